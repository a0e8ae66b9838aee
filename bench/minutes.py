"""Minutes benchmark: a large workshop exported to PDF — time, peak memory, file size.

Run from the repository root::

    .venv/bin/python bench/minutes.py [--photos 20] [--agenda 40] [--size medium]

The workshop is made in a temporary folder: the demo's details, an agenda of
``--agenda`` items with a full clock history, and ``--photos`` photos of
4000 × 3000 pixels (camera-sized JPEGs with noise, about 3–4 MB each, every
third one stored sideways with an EXIF orientation). Then ``zwdesktop export
FILE.zwd OUT.pdf`` runs in a child process, as a user would start it; its wall
time and peak resident memory (``ru_maxrss``) are measured, and the PDF's size
and page count are printed.

Ideas, dot votes and agreements are not in the file yet (those features come
with their own issues); when they are, this script should add 2,000 ideas and
40 agreements. Target (issue 7): under 5 s and under 20 MB on a 2-core machine.

This is a benchmark, not a test: it prints figures and always exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def camera_photo(seed: int, sideways: bool) -> bytes:
    """A 4000 × 3000 JPEG that compresses like a photo (noise), not like a flat colour."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    small = Image.effect_noise((1000, 750), 60).convert("RGB")
    image = small.resize((4000, 3000))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rng.randrange(3600), rng.randrange(2700)
        draw.rectangle((x, y, x + 400, y + 300), fill=rng.choice(("#fff176", "#81d4fa", "#a5d6a7", "#ffab91")))
    out = io.BytesIO()
    if sideways:
        exif = Image.Exif()
        exif[0x0112] = 6
        image.transpose(Image.Transpose.ROTATE_90).save(out, "JPEG", quality=92, exif=exif.tobytes())
    else:
        image.save(out, "JPEG", quality=92)
    return out.getvalue()


def make_workshop(path: Path, photos: int, agenda_items: int, ideas: int = 2000, agreements: int = 40) -> None:
    """The demo workshop, enlarged."""
    from zwdesktop.core.clock import ClockEvent
    from zwdesktop.core.photos import Photo
    from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, find_template, list_templates
    from zwdesktop.core.workshop import AgendaItem, Phase
    from zwdesktop.demo.workshop import demo_workshop
    from zwdesktop.paths import resource_dir
    from zwdesktop.store.merge import create_from_document

    templates, _problems = list_templates(resource_dir() / "templates", Path(tempfile.gettempdir()) / "none")
    template = find_template(templates, DEFAULT_TEMPLATE_ID)
    assert template is not None
    data = demo_workshop(template, dt.datetime.now(dt.UTC))
    phases = [p.value for p in Phase]
    data.agenda = [
        AgendaItem(title=f"Programmpunkt {n}: Gruppenarbeit „Zukunft gestalten“", phase=phases[n % len(phases)],
                   planned_minutes=5, position=n)
        for n in range(agenda_items)
    ]  # fmt: skip
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=5)
    data.clock_events = [ClockEvent(kind="started", at=start)] + [
        ClockEvent(kind="next", at=start + dt.timedelta(minutes=6 * n)) for n in range(1, agenda_items + 1)
    ]
    data.photos = [
        Photo(phase=phases[n % 5], caption=f"Pinnwand {n + 1}", position=n, original_name=f"IMG_{n:04d}.jpg",
              data=camera_photo(n, sideways=n % 3 == 0))
        for n in range(photos)
    ]  # fmt: skip
    # Ideas: the demo's clusters, cards of every length in the three phases.
    from zwdesktop.core.agreements import Agreement, AgreementsData, Meeting, Step
    from zwdesktop.core.ideas import Idea

    live_clusters: list[str | None] = [c.id for c in data.clusters if not c.deleted] or [None]
    idea_phases = ("critique", "fantasy", "realisation")
    data.ideas = [
        Idea(text=f"Karte {n}: " + "Mehr Begegnung im Ort, offene Räume und Zeit füreinander. " * (1 + n % 4),
             phase=idea_phases[n % 3], cluster_id=live_clusters[n % len(live_clusters)])
        for n in range(ideas)
    ]  # fmt: skip
    # Agreements: each with three steps and a first meeting (two QR codes in the minutes).
    records = AgreementsData()
    for n in range(agreements):
        agreement = Agreement(title=f"Projektgruppe {n + 1}", goal="Ein Treffpunkt für alle Generationen.",
                              contact_name="Eva Militz", contact_email="e.militz@rv.de",
                              signup_email="anmeldung@example.org", position=n)  # fmt: skip
        records.agreements.append(agreement)
        records.steps += [
            Step(agreement_id=agreement.id, what=f"Schritt {k + 1}", who="Gruppe", with_whom="Gemeinde",
                 due=dt.date.today() + dt.timedelta(days=14 * (k + 1)), position=k)
            for k in range(3)
        ]  # fmt: skip
        first = (start + dt.timedelta(days=10 + n)).replace(microsecond=0)
        records.meetings.append(Meeting(agreement_id=agreement.id, starts_at=first, ends_at=first + dt.timedelta(hours=2),
                                        place="Rathaus Aulendorf", purpose="Erstes Treffen"))  # fmt: skip
    data.agreements = records
    create_from_document(path, data).close()


def main() -> int:
    """Make the workshop, export it in a child process, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--photos", type=int, default=20)
    parser.add_argument("--agenda", type=int, default=40)
    parser.add_argument("--ideas", type=int, default=2000)
    parser.add_argument("--agreements", type=int, default=40)
    parser.add_argument("--size", choices=("small", "medium", "large"), default="medium")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="zw-bench-") as folder:
        workshop = Path(folder) / "gross.zwd"
        out = Path(folder) / "gross.pdf"
        began = time.perf_counter()
        make_workshop(workshop, args.photos, args.agenda, args.ideas, args.agreements)
        print(f"workshop: {args.agenda} agenda items, {args.ideas} ideas, {args.agreements} agreements, "
              f"{args.photos} photos 4000×3000, "
              f"{workshop.stat().st_size / 1e6:.1f} MB, made in {time.perf_counter() - began:.1f} s")  # fmt: skip
        env = {**os.environ, "PYTHONPATH": str(ROOT), "ZWDESKTOP_DATA_DIR": folder, "ZWDESKTOP_CONFIG_DIR": folder}
        command = [sys.executable, "-m", "zwdesktop", "export", str(workshop), str(out), "--photos", args.size]
        began = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if hasattr(os, "wait4"):
            _pid, status, usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - began
            peak = f"{usage.ru_maxrss / 1024:.0f} MB"
            code = os.waitstatus_to_exitcode(status)
        else:  # pragma: no cover - Windows
            code = process.wait()
            seconds = time.perf_counter() - began
            peak = "-"
        stdout = process.stdout.read().decode() if process.stdout else ""
        stderr = process.stderr.read().decode() if process.stderr else ""
        if code != 0:
            print(f"export failed ({code}): {stderr.strip()}")
            return 0
        print(
            f"export: {seconds:.2f} s wall, peak RSS {peak}, PDF {out.stat().st_size / 1e6:.2f} MB — {stdout.strip()}"
        )
        print("target: under 5 s, under 20 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

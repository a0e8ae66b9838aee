"""Details of the minutes a reader trips over: skipped items, origins named once, counts in words, photos of no phase."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from pathlib import Path

from PIL import Image

from zwdesktop.core.agreements import CONSENT_TEXT, Agreement, AgreementsData, Origin, Signup, SteeringMember
from zwdesktop.core.clock import ClockEvent
from zwdesktop.core.exchange import ExchangeData
from zwdesktop.core.ideas import Idea
from zwdesktop.core.photos import PHOTO_AT_END, Photo
from zwdesktop.core.workshop import AgendaItem, Workshop
from zwdesktop.export.minutes.options import MinutesOptions
from zwdesktop.export.minutes.story import build_minutes

from . import pdf_tools

START = dt.datetime(2026, 11, 25, 13, 0, tzinfo=dt.UTC)  # 14:00 in Berlin


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), "#3366aa").save(out, "JPEG")
    return out.getvalue()


def _pdf(tmp_path: Path, data: ExchangeData, language: str = "de") -> str:
    result = build_minutes(data, MinutesOptions(language=language), now=START + dt.timedelta(hours=5))
    path = tmp_path / f"minutes-{language}.pdf"
    path.write_bytes(result.pdf)
    return " ".join(pdf_tools.text(path).split())


def _workshop() -> ExchangeData:
    agenda = [
        AgendaItem(title="Ankommen", phase="arrival", planned_minutes=20, position=0),
        AgendaItem(title="Kleingruppen", phase="critique", planned_minutes=30, position=1),
        AgendaItem(title="Kritik im Plenum", phase="critique", planned_minutes=30, position=2),
        AgendaItem(title="Pause", phase="break", planned_minutes=15, position=3),
    ]
    events = [
        ClockEvent(kind="started", at=START),
        # The moderator jumps from "Ankommen" straight to "Kritik im Plenum": the small groups were skipped.
        ClockEvent(kind="jumped", at=START + dt.timedelta(minutes=20), item_id=agenda[2].id),
    ]
    consent = CONSENT_TEXT["de"]
    at = START.isoformat()
    agreement = Agreement(title="Bürgerbus", position=0)
    agreements = AgreementsData(
        agreements=[agreement],
        origins=[
            Origin(agreement_id=agreement.id, source_kind="vote", label="Bürgerbus am Abend", position=0),
            Origin(agreement_id=agreement.id, source_kind="idea", label="Bürgerbus  am Abend", position=1),
            Origin(agreement_id=agreement.id, source_kind="cluster", label="Mobilität", position=2),
        ],
        steering_members=[SteeringMember(name="Eva Militz", role="staff")],
        signups=[Signup(name="Ahmad", email="a@example.org", consent_text=consent, consent_at=at)],
    )
    photo = Photo(phase=PHOTO_AT_END, caption="Gruppenfoto", original_name="g.jpg", data=_jpeg())
    return ExchangeData(
        workshop=Workshop(title="Zukunftswerkstatt Aulendorf", date=START.date(), start_time=dt.time(14, 0)),
        agenda=agenda,
        clock_events=events,
        agreements=agreements,
        ideas=[Idea(text="Zu wenig Busse am Abend", phase="critique")],
        photos=[photo],
    )


def test_a_skipped_item_says_it_did_not_run_and_a_coming_one_does_not(tmp_path: Path) -> None:
    _pdf(tmp_path, _workshop())
    lines = pdf_tools.run("pdftotext", "-layout", "-enc", "UTF-8", tmp_path / "minutes-de.pdf", "-").splitlines()
    row = {line.split()[1]: line for line in lines if line.split()[:1] in (["2"], ["4"])}
    assert "nicht gelaufen" in row["Kleingruppen"]
    assert "nicht gelaufen" not in row["Pause"] and "–" in row["Pause"]  # the break has simply not come yet


def test_an_origin_named_twice_is_printed_once(tmp_path: Path) -> None:
    text = _pdf(tmp_path, _workshop())
    assert "Hervorgegangen aus Bürgerbus am Abend, Mobilität" in text
    assert text.count("Bürgerbus am Abend") == 1


def test_counts_of_one_are_singular_in_german_and_english(tmp_path: Path) -> None:
    german = _pdf(tmp_path, _workshop())
    assert "(1 Karte)" in german and "1 Karten" not in german
    assert "1 Mitglied (1 hauptamtlich" in german
    assert "1 Person hat sich mit Einwilligung in den Mail-Verteiler eingetragen." in german
    english = _pdf(tmp_path, _workshop(), "en")
    assert "(1 card)" in english
    assert "1 member (staff: 1, volunteers: 0, others: 0)" in english
    assert "1 person signed up for the mailing list with their consent." in english


def test_photos_of_no_phase_are_not_headed_like_the_closing_phase(tmp_path: Path) -> None:
    text = _pdf(tmp_path, _workshop())
    assert "Fotos ohne Phase" in text and "Zum Abschluss" not in text


def test_the_agreements_heading_never_stands_alone_at_the_foot_of_a_page(tmp_path: Path) -> None:
    """The new workshop a moderator filled in: the four-hour agenda, two ideas in a cluster, one agreement."""
    from zwdesktop.cli import main as cli_main
    from zwdesktop.core.agreements import AgreementBundle, Member
    from zwdesktop.core.ideas import Cluster
    from zwdesktop.export.minutes.file import minutes_data
    from zwdesktop.store import WorkshopStore

    path = tmp_path / "Aulendorf.zwd"
    assert cli_main(["new", str(path), "--title", "Zukunftswerkstatt Aulendorf"]) == 0
    with WorkshopStore.open(path) as store:
        cluster = store.ideas.add_cluster(Cluster(name="Mobilität & Bus"))
        store.ideas.add(Idea(text="Zu wenig Busse am Abend und am Wochenende", cluster_id=cluster.id))
        store.ideas.add(Idea(text="Kein Treffpunkt für Jugendliche"))
        agreement = Agreement(title="Bürgerbus", goal="Ein Bus am Abend", contact_name="Maria Schmid")
        store.agreements.put_bundle(
            AgreementBundle(agreement, members=[Member(agreement_id=agreement.id, name="Jana Roth")])
        )
        data = minutes_data(store)
    out = tmp_path / "minutes.pdf"
    out.write_bytes(build_minutes(data, MinutesOptions(), now=START).pdf)
    pages = int(pdf_tools.info(out)["Pages"])
    for page in range(1, pages + 1):
        text = pdf_tools.text(out, page)
        if "Verabredungen und Projektgruppen" in text:
            assert "Bürgerbus" in text, page


def _agenda_cells(tmp_path: Path, now: dt.datetime) -> tuple[str, str, str]:
    """Exported at ``now``: the 'tatsächlich' cell of "Kritik im Plenum" (its two lines), the total row, all text."""
    path = tmp_path / "minutes.pdf"
    path.write_bytes(build_minutes(_workshop(), MinutesOptions(), now=now).pdf)
    lines = pdf_tools.run("pdftotext", "-layout", "-enc", "UTF-8", path, "-").splitlines()
    row = next(index for index, line in enumerate(lines) if line.split()[:2] == ["3", "Kritik"])
    header = next(line for line in lines if "tatsächlich" in line and "geplant" in line)
    column = header.index("tatsächlich")
    actual = " ".join(line[column : column + 20].strip() for line in lines[row : row + 2]).strip()
    total = next(line for line in lines if line.split()[:1] == ["Gesamt"])
    return actual, total, " ".join(pdf_tools.text(path).split())


def test_the_running_item_counts_up_to_the_export_as_the_clock_page_shows_it(tmp_path: Path) -> None:
    # "Kritik im Plenum" has run since 14:20; the minutes are exported at 14:50 on the workshop's day.
    actual, total, text = _agenda_cells(tmp_path, START + dt.timedelta(minutes=50))
    assert actual == "14:20–(läuft) 30 min"  # not "0 min", as before
    assert total.split()[1:5] == ["95", "min", "50", "min"]  # planned 95, run so far 20 + 30
    assert "Der laufende Programmpunkt ist bis zum Export um 14:50 Uhr gezählt." in text


def test_a_clock_left_running_and_exported_days_later_gives_the_running_item_no_minutes(tmp_path: Path) -> None:
    actual, total, text = _agenda_cells(tmp_path, START + dt.timedelta(days=3))
    assert actual == "14:20–(läuft)"
    assert total.split()[1:5] == ["95", "min", "20", "min"]  # only what is known: Ankommen
    assert "bis zum Export" not in text


def test_the_steering_group_and_mailing_list_headings_go_with_their_tables(tmp_path: Path) -> None:
    """Wherever the page ends, a section's count line is followed by its table, not by the page's footer.

    A longer guiding question moves both sections down one line at a time across the first page's foot.
    """
    from msgspec.structs import replace

    from .workshops import demo_data

    _path, data = demo_data(tmp_path)
    workshop = data.workshop
    stranded = []
    for lines in range(40):
        data.workshop = replace(workshop, guiding_question=workshop.guiding_question + "\nNoch eine Zeile" * lines)
        out = tmp_path / "minutes.pdf"
        out.write_bytes(build_minutes(data, MinutesOptions(sections=("steering_group", "mailing_list"))).pdf)
        for page in pdf_tools.run("pdftotext", "-layout", "-enc", "UTF-8", out, "-").split("\f"):
            shown = [line for line in page.splitlines() if line.strip()]
            for line, after in itertools.pairwise(shown):
                if ("Mitglieder (" in line or "Personen haben sich" in line) and "Mit Unterstützung" in after:
                    stranded.append((lines, line.strip()))
    assert not stranded

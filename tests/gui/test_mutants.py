"""Byte-flipped copies of the demo file: check, export and the window give one verdict, never a traceback or a write."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import random
import sqlite3
from pathlib import Path

import pytest

from zwdesktop import cli
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, list_templates
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.paths import resource_dir
from zwdesktop.store.merge import create_from_document

# Bounded: 200 mutants of a 450 kB file, about 10 s on the development machine.
MUTANTS = 200
SEED = 20261201


def _command(*args: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(list(args))
    return code, err.getvalue()


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    templates, _problems = list_templates(resource_dir() / "templates", None)
    template = next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)
    path = tmp_path_factory.mktemp("demo") / "aulendorf.zwd"
    create_from_document(path, demo_workshop(template, dt.datetime.now(dt.UTC))).close()
    return path.read_bytes()


def _index_cell(data: bytes, folder: Path, index: str) -> int:
    """The offset of a byte in the last cell of an index's root page (its page ends with the cells)."""
    path = folder / "index.zwd"
    path.write_bytes(data)
    conn = sqlite3.connect(path)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [index]).fetchone()[0]
    finally:
        conn.close()
    path.unlink()
    return int((root - 1) * size + size - 12)


def test_byte_flipped_demo_files_get_one_verdict_everywhere(make_window, answers, demo_bytes, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(SEED)
    flips = [(rng.randrange(len(demo_bytes)), rng.randrange(1, 256)) for _number in range(MUTANTS)]
    # Random flips hit an index page only now and then (one in 200 for the demo as it is): one flip in
    # an index's cells as well, so that the "damaged but readable" verdict is always among them.
    flips.append((_index_cell(demo_bytes, tmp_path, "idx_agenda_item_workshop_id_position"), 0x55))
    window = make_window()
    verdicts = {"sound": 0, "refused": 0, "read-only": 0}
    for number, (offset, flip) in enumerate(flips):
        data = bytearray(demo_bytes)
        data[offset] ^= flip
        folder = tmp_path / f"m{number}"
        folder.mkdir()
        path = folder / "mutant.zwd"
        path.write_bytes(bytes(data))
        digest = hashlib.sha256(data).hexdigest()
        what = f"mutant {number} (byte {offset})"

        check, check_err = _command("check", str(path))
        assert check in (0, 1), what
        assert len(check_err.splitlines()) == (check == 1), (what, check_err)
        exported, export_err = _command("export", str(path), str(tmp_path / f"m{number}.json"))
        assert exported == check, (what, check_err, export_err)  # the same verdict

        answers.informed.clear()
        opened = window.open_file(path)
        if check == 0:
            assert opened and not window.session.read_only, (what, answers.informed)
            verdicts["sound"] += 1
        elif opened:
            assert window.session.read_only and window.session.store.read_only_reason == "damaged", what
            assert window.workspace.banner.isVisibleTo(window), what
            verdicts["read-only"] += 1
        else:
            assert len(answers.informed) == 1, what
            verdicts["refused"] += 1
        window.close_workshop()

        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, f"{what} was written"
        assert sorted(p.name for p in folder.iterdir()) == ["mutant.zwd"], what
    # The demo's mutants reach every verdict (a test that cannot fail would not show this).
    assert all(verdicts.values()), verdicts

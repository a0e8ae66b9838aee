"""The ``.zwd`` file alone holds the workshop at every moment; reading it leaves nothing beside it."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from file_helpers import insert_ideas, listing, make_file, make_wal_file, mark_written_by_newer_version, read_only_place

from zwdesktop import cli
from zwdesktop.core.ideas import Idea
from zwdesktop.store import StoreError, WorkshopStore
from zwdesktop.store.connection import journal_is_hot


def count_ideas(path: Path) -> int:
    with WorkshopStore.open(path, read_only=True) as store:
        return len(store.ideas.all())


# ---- a copy is complete ----------------------------------------------------------


def test_a_plain_copy_taken_while_the_program_runs_holds_every_change(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = make_file(tmp_path / "werkstatt.zwd")
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    with WorkshopStore.open(path) as store:
        for number in range(42):
            store.ideas.add(Idea(text=f"Idee {number}: ein Treffpunkt für alle", phase="critique"))
        store.update_workshop(title="Nach 25 Minuten")
        shutil.copyfile(path, stick / "kopie.zwd")  # only the .zwd, as a file manager copies it
    assert listing(stick) == ["kopie.zwd"]
    assert cli.main(["check", str(stick / "kopie.zwd")]) == 0
    assert "  42 Ideen" in capsys.readouterr().out
    with WorkshopStore.open(stick / "kopie.zwd", read_only=True) as copy:
        assert copy.workshop().title == "Nach 25 Minuten"
        assert len(copy.ideas.all()) == 42


def test_the_file_uses_a_rollback_journal_and_leaves_none_after_closing(tmp_path: Path) -> None:
    path = make_file(tmp_path / "werkstatt.zwd")
    with WorkshopStore.open(path) as store:
        store.update_workshop(title="Geändert")
        assert path.read_bytes()[18:20] == b"\x01\x01"  # not WAL
    assert listing(tmp_path) == ["werkstatt.zwd"]


KILLER = """
import sys
from zwdesktop.core.ideas import Idea
from zwdesktop.store import WorkshopStore
store = WorkshopStore.open(sys.argv[1])
number = 0
while True:
    idea = store.ideas.add(Idea(text=f"Zuruf {sys.argv[2]}-{number}", phase="critique"))
    print(idea.id, flush=True)  # acknowledged: the window would show it now
    number += 1
"""


def test_ideas_acknowledged_before_a_sigkill_are_all_in_the_file(tmp_path: Path) -> None:
    """Typing, killed mid-stream (``kill -9``): every idea reported as stored is in the file, and the file is sound."""
    path = make_file(tmp_path / "werkstatt.zwd")
    acknowledged: list[str] = []
    for round_number in range(4):
        process = subprocess.Popen(
            [sys.executable, "-c", KILLER, str(path), str(round_number)], stdout=subprocess.PIPE, text=True
        )
        assert process.stdout is not None
        for _ in range(30 + 17 * round_number):
            acknowledged.append(process.stdout.readline().strip())
        os.kill(process.pid, signal.SIGKILL)
        process.communicate()
        with WorkshopStore.open(path) as store:  # the stale lock is taken over
            assert store.integrity_problems() == []
            stored = {idea.id for idea in store.ideas.all()}
        assert set(acknowledged) <= stored
    assert listing(tmp_path) == ["werkstatt.zwd"]


# ---- an older version's WAL file --------------------------------------------------


def test_a_file_left_in_wal_mode_is_taken_whole_and_converted_when_opened(tmp_path: Path) -> None:
    path = make_wal_file(tmp_path / "alt.zwd", in_file=37, in_log=5)
    assert listing(tmp_path) == ["alt.zwd", "alt.zwd-wal"]
    with WorkshopStore.open(path) as store:
        assert not store.read_only
        assert len(store.ideas.all()) == 42
    assert path.read_bytes()[18:20] == b"\x01\x01"
    assert listing(tmp_path) == ["alt.zwd"]
    shutil.copyfile(path, tmp_path / "kopie.zwd")
    assert count_ideas(tmp_path / "kopie.zwd") == 42


def test_checking_and_exporting_a_wal_file_reads_its_log_and_changes_nothing(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "werkstatt"
    folder.mkdir()
    path = make_wal_file(folder / "alt.zwd")
    before = {name: (folder / name).read_bytes() for name in listing(folder)}
    assert cli.main(["check", str(path)]) == 0
    assert "  42 Ideen" in capsys.readouterr().out
    assert cli.main(["export", str(path), str(tmp_path / "alt.json")]) == 0
    assert (tmp_path / "alt.json").read_text(encoding="utf-8").count('"text": "Idee Nummer') == 42
    assert {name: (folder / name).read_bytes() for name in listing(folder)} == before


# ---- reading leaves no trace --------------------------------------------------------


def _foreign_database(path: Path, journal: str) -> Path:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute("CREATE TABLE kontakte (name TEXT, telefon TEXT)")
    conn.execute("INSERT INTO kontakte VALUES ('Eva', '0751 1234')")
    conn.commit()
    conn.close()
    return path


def _too_new(path: Path) -> Path:
    return mark_written_by_newer_version(make_file(path))


def _truncated(path: Path) -> Path:
    make_file(path)
    path.write_bytes(path.read_bytes()[:-4096])
    return path


@pytest.mark.parametrize(
    "make",
    [
        make_file,
        _too_new,
        _truncated,
        lambda path: _foreign_database(path, "delete"),
        lambda path: _foreign_database(path, "wal"),
    ],
    ids=["sound", "too-new", "truncated", "foreign", "foreign-wal"],
)
def test_check_export_and_read_only_open_leave_nothing_beside_the_file(tmp_path: Path, make, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "dateien"
    folder.mkdir()
    path = make(folder / "werkstatt.zwd")
    before = {name: (folder / name).read_bytes() for name in listing(folder)}
    cli.main(["check", str(path)])
    cli.main(["export", str(path), str(tmp_path / "out.json")])
    with contextlib.suppress(StoreError):
        WorkshopStore.open(path, read_only=True).close()
    capsys.readouterr()
    assert {name: (folder / name).read_bytes() for name in listing(folder)} == before


# ---- read-only places ------------------------------------------------------------


def test_a_wal_file_in_a_read_only_place_opens_read_only_with_all_its_content(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "cd"
    folder.mkdir()
    make_wal_file(folder / "alt.zwd", in_file=37, in_log=5)
    with read_only_place(folder) as place:
        with WorkshopStore.open(place / "alt.zwd") as store:
            assert store.read_only
            assert store.read_only_reason == "not_writable"
            assert len(store.ideas.all()) == 42
        assert cli.main(["check", str(place / "alt.zwd")]) == 0
        assert "  42 Ideen" in capsys.readouterr().out
        assert listing(place) == ["alt.zwd", "alt.zwd-wal"]


def test_the_sqlite3_shell_reads_a_closed_workshop_file_from_a_read_only_place(tmp_path: Path) -> None:
    folder = tmp_path / "cd"
    folder.mkdir()
    path = make_file(folder / "werkstatt.zwd")
    with WorkshopStore.open(path) as store:
        store.update_workshop(title="Vom Stick gelesen")
    with read_only_place(folder) as place:
        shell = shutil.which("sqlite3")
        if shell:
            result = subprocess.run(
                [shell, str(place / "werkstatt.zwd"), "SELECT title FROM workshop"], capture_output=True, text=True
            )
            assert (result.returncode, result.stdout.strip(), result.stderr) == (0, "Vom Stick gelesen", "")
        # A plain connection, as the shell and other tools open a file (read-write first, then read-only).
        conn = sqlite3.connect(place / "werkstatt.zwd")
        try:
            assert conn.execute("SELECT title FROM workshop").fetchone()[0] == "Vom Stick gelesen"
        finally:
            conn.close()
        assert listing(place) == ["werkstatt.zwd"]


def test_a_file_with_a_journal_left_by_a_crash_in_a_read_only_place_shows_its_last_commit(tmp_path: Path) -> None:
    """Killed in the middle of a commit: the journal beside it is rolled back in a private copy, not in the place."""
    folder = tmp_path / "cd"
    folder.mkdir()
    path = make_file(folder / "werkstatt.zwd")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    insert_ideas(conn, 300)
    conn.execute("PRAGMA cache_size = 2")  # the transaction spills into the file before its commit
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE idea SET text = 'halb geschrieben ' || text")
    journal = path.with_name(path.name + "-journal")
    assert journal_is_hot(journal)
    # The crash: the file and its journal as they are on disk in the middle of the transaction.
    snapshot = {name: (folder / name).read_bytes() for name in listing(folder)}
    conn.rollback()
    conn.close()
    for name, data in snapshot.items():
        (folder / name).write_bytes(data)
    with read_only_place(folder) as place:
        with WorkshopStore.open(place / "werkstatt.zwd") as store:
            assert store.read_only
            texts = {idea.text for idea in store.ideas.all()}
            assert texts == {f"Idee Nummer {n}: mehr Bänke am Marktplatz" for n in range(300)}
        assert listing(place) == sorted(snapshot)

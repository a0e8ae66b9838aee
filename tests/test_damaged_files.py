"""Damaged files: one verdict for check, export, import and the window; a bad value is damage, never a crash."""

from __future__ import annotations

import contextlib
import hashlib
import io
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from file_helpers import listing, make_file

from zwdesktop import cli
from zwdesktop.core.ideas import Cluster, Idea
from zwdesktop.store import StoreError, WorkshopStore, schema
from zwdesktop.store.columns import COLUMNS


def command(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = cli.main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """A workshop file with a running clock, a cluster and ideas in it."""
    path = make_file(tmp_path / "werkstatt.zwd")
    import datetime as dt

    from zwdesktop.core.clock import ClockEvent

    with WorkshopStore.open(path) as store:
        store.clock.add(ClockEvent(kind="started", at=dt.datetime.now(dt.UTC)))
        cluster = store.ideas.add_cluster(Cluster(name="Verkehr", colour="#3366cc"))
        store.ideas.add(Idea(text="Bus am Sonntag", phase="critique", cluster_id=cluster.id))
        store.ideas.add(Idea(text="Mehr Bänke", phase="critique"))
    return path


def spoil(path: Path, sql: str) -> None:
    """Change a value behind the program's back, as a bad byte or another tool would."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(sql)
    conn.commit()
    conn.close()


BAD_VALUES = {
    "clock timestamp": "UPDATE clock_event SET at = '2026-13-45T99:00:00+00:00'",
    "clock kind": "UPDATE clock_event SET kind = 'startet'",
    "phase": "UPDATE agenda_item SET phase = 'kritik' WHERE position = 1",
    "minutes": "UPDATE agenda_item SET planned_minutes = 100000000000 WHERE position = 2",
    "id": "UPDATE agenda_item SET id = 'a4c1b6de-0000-4000-8000-00000000000' WHERE position = 3",
    "type": "UPDATE workshop SET count_staff = 'viele'",
    "time zone": "UPDATE workshop SET timezone = 'Europe/Berlim'",
    "workshop times": "UPDATE workshop SET ends_at = starts_at",
    "reference": "UPDATE idea SET cluster_id = 'a4c1b6de-0000-4000-8000-000000000000' WHERE cluster_id IS NOT NULL",
    "colour": "UPDATE idea_cluster SET colour = 'blau'",
    "flag": "UPDATE idea SET deleted = 7",
    # A control character in a quoted id must not break the one-line message (str.splitlines splits on it).
    "id with a control character": "UPDATE idea SET id = 'a4c1b6de-0000-4000-8000-' || char(29) || '00000000000' "
    "WHERE text = 'Mehr Bänke'",
    "no workshop": "DELETE FROM workshop",
}


@pytest.mark.parametrize("bad", list(BAD_VALUES), ids=list(BAD_VALUES))
def test_a_bad_value_makes_the_file_damaged_for_every_command(filled: Path, tmp_path: Path, bad: str) -> None:
    spoil(filled, BAD_VALUES[bad])
    before = digest(filled)
    code, _out, err = command("check", filled)
    assert code == 1
    assert len(err.splitlines()) == 1 and "beschädigt" in err, err
    for args in (("export", filled, tmp_path / "out.json"), ("import", filled, tmp_path / "leer.json")):
        code, _out, err = command(*args)
        assert code == 1 and len(err.splitlines()) == 1, err
    with pytest.raises(StoreError) as caught:
        WorkshopStore.open(filled, damaged_ok=True)
    assert caught.value.kind == "corrupt"
    assert digest(filled) == before
    assert listing(filled.parent) == ["werkstatt.zwd"]


def _garble_index(path: Path) -> None:
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'idx_agenda_item_workshop_id_position'"
    ).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    assert data[start] == 0x0A  # a leaf page of an index
    # An empty, well-formed leaf: the index lost its entries, the table keeps its rows.
    data[start : start + page_size] = bytes([0x0A, 0, 0, 0, 0]) + page_size.to_bytes(2, "big") + bytes(page_size - 7)
    path.write_bytes(bytes(data))


def test_a_damaged_file_whose_records_read_opens_read_only_and_is_never_written(filled: Path, tmp_path: Path) -> None:
    _garble_index(filled)
    before = digest(filled)
    code, out, err = command("check", filled)
    assert code == 1 and "beschädigt" in err and "noch lesbar" in err
    assert "  2 Ideen" in out  # the counts are still shown
    code, _out, err = command("export", filled, tmp_path / "out.json")
    assert code == 1 and len(err.splitlines()) == 1
    with pytest.raises(StoreError) as caught:
        WorkshopStore.open(filled)
    assert caught.value.kind == "damaged_readable"
    with WorkshopStore.open(filled, damaged_ok=True) as store:
        assert store.read_only and store.read_only_reason == "damaged"
        assert store.damage
        assert len(store.ideas.all()) == 2
        with pytest.raises(StoreError):
            store.update_workshop(title="Nicht erlaubt")
    assert digest(filled) == before
    assert listing(filled.parent) == ["werkstatt.zwd"]


def test_the_window_and_check_judge_alike_where_quick_check_and_integrity_check_differ(filled: Path) -> None:
    """``quick_check`` misses an index that lacks rows; ``integrity_check`` (what ``check`` runs) finds it."""
    _garble_index(filled)
    conn = sqlite3.connect(f"{filled.resolve().as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
    with pytest.raises(StoreError) as caught:
        WorkshopStore.open(filled)
    assert caught.value.kind == "damaged_readable"


def test_the_column_list_the_verdict_uses_is_what_the_migrations_build() -> None:
    conn = sqlite3.connect(":memory:")
    schema.build_migrations().apply(sqlite_utils.Database(conn))
    built = {
        table: {row[1]: (row[2], bool(row[3])) for row in conn.execute(f"PRAGMA table_info([{table}])")}
        for (table,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\'"
        )
    }
    assert built == COLUMNS


def test_a_sound_file_passes_and_keeps_passing_after_every_kind_of_change(filled: Path, tmp_path: Path) -> None:
    """The verdict refuses no file the program itself wrote (deleted agenda items, merged ideas, removed clusters)."""
    with WorkshopStore.open(filled) as store:
        first, second = store.ideas.all()
        store.ideas.merge(first.id, second.id)
        store.agenda.remove(store.agenda.all()[0].id)  # the clock's event still names it
        store.ideas.delete_cluster(store.ideas.clusters()[0].id)
    code, _out, err = command("check", filled)
    assert code == 0, err
    shutil.copyfile(filled, tmp_path / "kopie.zwd")
    assert command("export", tmp_path / "kopie.zwd", tmp_path / "kopie.json")[0] == 0


def test_a_copy_saved_from_a_damaged_file_shown_read_only_is_sound(filled: Path, tmp_path: Path) -> None:
    """The read-only view has its indexes rebuilt, so "Save a copy…" rescues the workshop whole."""
    _garble_index(filled)
    with WorkshopStore.open(filled, damaged_ok=True) as store:
        store.save_copy(tmp_path / "gerettet.zwd")
    code, out, err = command("check", tmp_path / "gerettet.zwd")
    assert code == 0, err
    assert "  9 Programmpunkte" in out and "  2 Ideen" in out

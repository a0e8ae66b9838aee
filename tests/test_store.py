"""The workshop file (zwdesktop.store): create and reopen, commits, schema and migrations, lock, bad files."""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import hashlib
import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlite_utils

from zwdesktop.core.clock import ClockEvent
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, Template, list_templates
from zwdesktop.core.workshop import AgendaItem, Workshop
from zwdesktop.core.workshop_records import agenda_to_record, workshop_to_record
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.paths import resource_dir
from zwdesktop.store import LockedError, StoreError, WorkshopStore, schema
from zwdesktop.store import opening as opening_module
from zwdesktop.store.lock import lock_path
from zwdesktop.store.merge import create_from_document

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


# ---- helpers -------------------------------------------------------------


def builtin_template() -> Template:
    templates, problems = list_templates(resource_dir() / "templates", None)
    assert not problems
    return next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextlib.contextmanager
def reader(path: Path) -> Iterator[sqlite3.Connection]:
    """A second, plain, read-only connection to the file (as another program would look at it)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        yield conn
    finally:
        conn.close()


def raw_agenda(path: Path) -> list[tuple[int, str]]:
    with reader(path) as conn:
        return [(row["position"], row["title"]) for row in conn.execute("SELECT * FROM agenda_item ORDER BY position")]


def winter_workshop(**changes: object) -> Workshop:
    values: dict[str, object] = {
        "title": "Zukunftswerkstatt Bad Waldsee",
        "guiding_question": "Wie wollen wir in Bad Waldsee zusammenleben?",
        "municipality": "Bad Waldsee",
        "county": "Landkreis Ravensburg",
        "date": dt.date(2026, 1, 15),
        "start_time": dt.time(14, 0),
        "end_time": dt.time(18, 0),
        "contact_email": "kontakt@example.org",
    }
    values.update(changes)
    return Workshop(**values)  # type: ignore[arg-type]


def make_file(path: Path, **changes: object) -> Path:
    """A closed workshop file made from the built-in template."""
    WorkshopStore.create(path, winter_workshop(**changes), builtin_template().agenda("de")).close()
    return path


def make_old_file(path: Path) -> Workshop:
    """A workshop file as the first release wrote it: only the first migration applied."""
    workshop = winter_workshop(title="Alte Werkstatt")
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        db = sqlite_utils.Database(conn)
        schema.build_migrations(upto=1).apply(db)
        db.table("workshop").insert(workshop_to_record(workshop))
        for index, item in enumerate(builtin_template().agenda("de")[:3]):
            row = agenda_to_record(item)
            row.update(workshop_id=workshop.id, position=index)
            db.table("agenda_item").insert(row)
        conn.commit()
    finally:
        conn.close()
    return workshop


def make_foreign_file(path: Path) -> Path:
    """Another application's SQLite file (rollback journal, as SQLite makes it by default)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE kontakte (name TEXT, telefon TEXT)")
        conn.execute("INSERT INTO kontakte VALUES ('Eva', '0751 1234')")
        conn.commit()
    finally:
        conn.close()
    return path


def make_too_new_file(path: Path, journal: str = "wal") -> Path:
    """A workshop file on which a newer zwdesktop applied a migration this one does not know."""
    make_file(path)
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA journal_mode = {journal}")
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [schema.MIGRATION_SET, "9999_future", "2030-01-01 00:00:00+00:00"],
        )
        conn.commit()
    finally:
        conn.close()
    return path


def dead_pid() -> int:
    """The id of a process that has just ended."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo workshop file per module; tests copy it before touching it."""
    path = tmp_path_factory.mktemp("demo") / "aulendorf.zwd"
    data = demo_workshop(builtin_template(), dt.datetime.now(dt.UTC))
    create_from_document(path, data).close()
    return path


@pytest.fixture
def demo_file(demo_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "aulendorf.zwd"
    shutil.copyfile(demo_master, target)
    return target


@pytest.fixture
def store(tmp_path: Path) -> Iterator[WorkshopStore]:
    path = tmp_path / "werkstatt.zwd"
    opened = WorkshopStore.create(path, winter_workshop(), builtin_template().agenda("de"))
    yield opened
    opened.close()


# ---- create, reopen, commit ---------------------------------------------------


def test_create_from_builtin_template_and_reopen_gives_the_same_data(tmp_path: Path) -> None:
    path = tmp_path / "neu.zwd"
    with WorkshopStore.create(path, winter_workshop(), builtin_template().agenda("de")) as created:
        workshop, agenda = created.workshop(), created.agenda.all()
    assert len(agenda) == 9
    assert sum(item.planned_minutes for item in agenda) == 240
    assert [item.position for item in agenda] == list(range(9))
    assert not lock_path(path).exists()
    with WorkshopStore.open(path) as reopened:
        assert reopened.workshop() == workshop
        assert reopened.agenda.all() == agenda
        assert reopened.workshop().title == "Zukunftswerkstatt Bad Waldsee"
        assert reopened.workshop().planned_minutes == 240


def test_create_refuses_an_existing_file_and_leaves_it_alone(tmp_path: Path) -> None:
    path = make_file(tmp_path / "da.zwd")
    before = digest(path)
    with pytest.raises(StoreError) as caught:
        WorkshopStore.create(path, winter_workshop(title="Anderer Titel"), [])
    assert caught.value.kind == "exists"
    assert digest(path) == before


def test_create_refuses_an_agenda_item_the_rules_refuse(tmp_path: Path) -> None:
    """The store holds nothing its own rules (and the exchange format) would refuse."""
    path = tmp_path / "neu.zwd"
    bad_items = [AgendaItem(title="", phase="other", planned_minutes=30)]
    with pytest.raises(StoreError) as caught:
        WorkshopStore.create(path, winter_workshop(), bad_items).close()
    assert caught.value.kind == "invalid_value"
    assert not path.exists()


def test_create_is_not_fooled_by_a_leftover_of_an_interrupted_create(demo_master: Path, tmp_path: Path) -> None:
    """A power cut while a file was being made leaves ``NAME.zwd.creating``; the next create starts afresh."""
    path = tmp_path / "werkstatt.zwd"
    shutil.copyfile(demo_master, path.with_name(path.name + ".creating"))
    with WorkshopStore.create(path, winter_workshop(title="Ganz neu"), builtin_template().agenda()) as created:
        assert created.workshop().title == "Ganz neu"
        counts = created.counts()
        assert counts.pop("workshop") == 1 and counts.pop("agenda_items") == 9
        assert set(counts.values()) == {0}  # nothing else of the leftover came along


def test_every_change_is_on_disk_when_the_call_returns(store: WorkshopStore) -> None:
    path = store.path
    first = store.agenda.all()[0]
    with reader(path) as other:
        store.update_workshop(title="Neuer Titel", count_volunteers=12)
        row = other.execute("SELECT title, count_volunteers FROM workshop").fetchone()
        assert (row["title"], row["count_volunteers"]) == ("Neuer Titel", 12)

        store.agenda.update(first.id, title="Ankommen und Kaffee", planned_minutes=25)
        row = other.execute("SELECT title, planned_minutes FROM agenda_item WHERE id = ?", [first.id]).fetchone()
        assert (row["title"], row["planned_minutes"]) == ("Ankommen und Kaffee", 25)

        extra = AgendaItem(title="Grußwort Bürgermeister", phase="arrival", planned_minutes=5)
        store.agenda.insert(extra, 1)
        assert other.execute("SELECT count(*) FROM agenda_item").fetchone()[0] == 10

        store.agenda.remove(extra.id)
        assert other.execute("SELECT count(*) FROM agenda_item").fetchone()[0] == 9

        store.clock.add(ClockEvent(kind="started", at=dt.datetime.now(dt.UTC)))
        assert other.execute("SELECT count(*) FROM clock_event").fetchone()[0] == 1
    assert not store._conn.in_transaction


def test_journal_is_a_rollback_journal_with_full_sync_and_foreign_keys_on(store: WorkshopStore) -> None:
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "truncate"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    # The journal mode is recorded in the file itself (header bytes 18 and 19: 1 rollback, 2 WAL).
    assert store.path.read_bytes()[18:20] == b"\x01\x01"
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO agenda_item (id, workshop_id, position, title, phase, planned_minutes, updated_at)"
            " VALUES ('a4c1b6de-0000-4000-8000-000000000000', 'no-such-workshop', 9, 'x', 'other', 5, 'now')"
        )
    conn.rollback()
    assert len(store.agenda.all()) == 9


def test_every_row_has_a_uuid(demo_file: Path) -> None:
    with reader(demo_file) as conn:
        for table in ("workshop", "agenda_item", "clock_event"):
            ids = [row[0] for row in conn.execute(f"SELECT id FROM {table}")]
            assert ids, table
            assert all(UUID.match(value) for value in ids), (table, ids)
            assert len(set(ids)) == len(ids)
        workshop_id = conn.execute("SELECT id FROM workshop").fetchone()[0]
        for table in ("agenda_item", "clock_event"):
            assert {row[0] for row in conn.execute(f"SELECT workshop_id FROM {table}")} == {workshop_id}


@pytest.mark.parametrize(
    ("date", "starts_at", "ends_at"),
    [
        (dt.date(2026, 1, 15), "2026-01-15T13:00:00+00:00", "2026-01-15T17:00:00+00:00"),  # CET, UTC+1
        (dt.date(2026, 7, 15), "2026-07-15T12:00:00+00:00", "2026-07-15T16:00:00+00:00"),  # CEST, UTC+2
    ],
)
def test_times_are_stored_in_utc_and_shown_in_the_workshops_zone(
    tmp_path: Path, date: dt.date, starts_at: str, ends_at: str
) -> None:
    path = make_file(tmp_path / "zeit.zwd", date=date)
    with reader(path) as conn:
        row = conn.execute("SELECT starts_at, ends_at, timezone, updated_at FROM workshop").fetchone()
    assert (row["starts_at"], row["ends_at"], row["timezone"]) == (starts_at, ends_at, "Europe/Berlin")
    assert dt.datetime.fromisoformat(row["updated_at"]).utcoffset() == dt.timedelta(0)
    with WorkshopStore.open(path) as opened:
        workshop = opened.workshop()
    assert (workshop.date, workshop.start_time, workshop.end_time) == (date, dt.time(14, 0), dt.time(18, 0))


def test_moving_the_date_into_summer_time_keeps_the_wall_clock_time(store: WorkshopStore) -> None:
    store.update_workshop(date=dt.date(2026, 6, 20))
    with reader(store.path) as conn:
        assert conn.execute("SELECT starts_at FROM workshop").fetchone()[0] == "2026-06-20T12:00:00+00:00"
    assert store.workshop().start_time == dt.time(14, 0)


def test_clock_events_are_stored_in_utc(store: WorkshopStore) -> None:
    berlin = dt.datetime(2026, 7, 15, 14, 3, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    store.clock.add(ClockEvent(kind="started", at=berlin))
    with reader(store.path) as conn:
        at = conn.execute("SELECT at FROM clock_event").fetchone()[0]
    assert at.startswith("2026-07-15T12:03:30")
    assert at.endswith("+00:00")
    assert store.clock.events()[0].at == berlin


def test_a_refused_value_changes_nothing(store: WorkshopStore) -> None:
    before = dict(store._conn.execute("SELECT * FROM workshop").fetchone())
    with pytest.raises(StoreError) as caught:
        store.update_workshop(title="Gültig", contact_email="keine adresse")
    assert caught.value.kind == "invalid_value"
    assert caught.value.params["field"] == "contact_email"
    with pytest.raises(StoreError) as caught:
        store.update_workshop(end_time=dt.time(13, 0))
    assert caught.value.params["code"] == "end_before_start"
    with reader(store.path) as conn:
        assert dict(conn.execute("SELECT * FROM workshop").fetchone()) == before


# ---- agenda operations (the undo stack uses them forward and back) ---------------


def test_agenda_operations_keep_positions_contiguous_and_undo_restores(store: WorkshopStore) -> None:
    original = [item.title for item in store.agenda.all()]

    def positions() -> list[int]:
        return [position for position, _title in raw_agenda(store.path)]

    extra = AgendaItem(title="Mittagessen", phase="break", planned_minutes=45)
    store.agenda.insert(extra, 3)
    assert [item.title for item in store.agenda.all()][3] == "Mittagessen"
    assert positions() == list(range(10))

    store.agenda.insert(AgendaItem(title="Ganz am Ende", phase="other", planned_minutes=5), 99)
    assert store.agenda.all()[-1].title == "Ganz am Ende"
    assert positions() == list(range(11))
    removed, index = store.agenda.remove(store.agenda.all()[-1].id)
    assert (removed.title, index) == ("Ganz am Ende", 10)

    removed, index = store.agenda.remove(extra.id)
    assert index == 3
    assert positions() == list(range(9))
    assert [item.title for item in store.agenda.all()] == original
    store.agenda.insert(removed, index)  # undo of the removal
    assert store.agenda.all()[3].id == extra.id
    store.agenda.remove(extra.id)

    last = store.agenda.all()[-1]
    old = store.agenda.move(last.id, 0)
    assert old == 8
    assert store.agenda.all()[0].id == last.id
    assert positions() == list(range(9))
    store.agenda.move(last.id, old)  # undo of the move
    assert [item.title for item in store.agenda.all()] == original
    assert positions() == list(range(9))

    item = store.agenda.all()[4]
    store.agenda.update(item.id, planned_minutes=15)
    store.agenda.update(item.id, planned_minutes=item.planned_minutes)  # undo of the edit
    assert store.agenda.get(item.id).planned_minutes == 10
    assert positions() == list(range(9))


def test_removing_an_unknown_item_raises_not_found(store: WorkshopStore) -> None:
    with pytest.raises(StoreError) as caught:
        store.agenda.remove("00000000-0000-4000-8000-000000000000")
    assert caught.value.kind == "not_found"
    assert len(store.agenda.all()) == 9


# ---- save a copy ---------------------------------------------------------


def test_save_copy_writes_a_file_that_opens_with_the_same_data(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "kopie" / "aulendorf-kopie.zwd"
    target.parent.mkdir()
    with WorkshopStore.open(demo_file) as original:
        original.update_workshop(notes="Kurz vor dem Kopieren geändert")
        original.save_copy(target)
        expected = (original.workshop(), original.agenda.all(), original.clock.events(), original.counts())
    assert sorted(p.name for p in target.parent.iterdir()) == ["aulendorf-kopie.zwd"]
    with WorkshopStore.open(target) as copy:
        assert (copy.workshop(), copy.agenda.all(), copy.clock.events(), copy.counts()) == expected
        assert copy.integrity_problems() == []
        assert copy.workshop().notes == "Kurz vor dem Kopieren geändert"


# ---- schema and migrations ----------------------------------------------------


def test_a_new_file_has_the_current_schema(store: WorkshopStore) -> None:
    assert store.schema_version() == schema.SCHEMA_VERSION
    assert store.backup_path is None
    assert store._conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID


def test_an_older_file_is_migrated_after_a_backup_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "alt.zwd"
    workshop = make_old_file(path)
    with WorkshopStore.open(path) as opened:
        assert opened.schema_version() == schema.SCHEMA_VERSION
        assert opened.workshop().title == "Alte Werkstatt"
        assert opened.workshop().id == workshop.id
        assert [item.title for item in opened.agenda.all()] == [item.title for item in builtin_template().agenda()[:3]]
        opened.clock.add(ClockEvent(kind="started", at=dt.datetime.now(dt.UTC)))  # the new table works
        backup = opened.backup_path
    assert backup is not None
    assert backup.parent == path.parent
    assert backup.exists()
    assert backup != path
    with reader(backup) as old:
        assert [row[0] for row in old.execute("SELECT name FROM _sqlite_migrations")] == ["0001_initial"]
        assert old.execute("SELECT title FROM workshop").fetchone()[0] == "Alte Werkstatt"
        tables = {row[0] for row in old.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "clock_event" not in tables
    with reader(path) as migrated:
        assert migrated.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    with WorkshopStore.open(path) as again:  # nothing left to migrate: no second backup
        assert again.backup_path is None
        assert again.counts()["clock_events"] == 1


def test_an_older_file_that_cannot_be_written_opens_read_only_upgraded_in_a_private_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "alt.zwd"
    workshop = make_old_file(path)
    before = digest(path)
    monkeypatch.setattr(opening_module, "writable", lambda _path: False)
    with WorkshopStore.open(path) as opened:
        assert opened.read_only
        assert (opened.file_schema_version, opened.schema_version()) == (1, schema.SCHEMA_VERSION)
        assert opened.workshop().title == workshop.title
        assert opened.clock.events() == []  # a table of a later migration, there in the copy
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alt.zwd"]


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path, journal: str) -> None:
    """A newer zwdesktop may have written the file, or its "Save a copy…" (rollback journal)."""
    path = make_too_new_file(tmp_path / "zukunft.zwd", journal)
    before = digest(path)
    for read_only in (False, True):
        with pytest.raises(StoreError) as caught:
            WorkshopStore.open(path, read_only=read_only)
        assert caught.value.kind == "too_new"
        assert caught.value.params["version"] > schema.SCHEMA_VERSION
    assert digest(path) == before
    assert not lock_path(path).exists()


# ---- the lock ----------------------------------------------------------------


def test_a_second_open_names_who_holds_the_file_and_since_when(store: WorkshopStore) -> None:
    with pytest.raises(LockedError) as caught:
        WorkshopStore.open(store.path)
    params = caught.value.params
    assert caught.value.kind == "locked"
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    assert params["user"] == user
    assert params["host"] == socket.gethostname()
    assert params["pid"] == os.getpid()
    since = dt.datetime.fromisoformat(params["since"])
    assert abs(dt.datetime.now(dt.UTC) - since) < dt.timedelta(minutes=1)
    # The holder is not disturbed: it still writes.
    store.update_workshop(title="Weiter beschreibbar")


def test_a_held_file_opens_read_only(store: WorkshopStore) -> None:
    store.update_workshop(title="Vom Halter geschrieben")
    before = digest(store.path)
    with WorkshopStore.open(store.path, read_only=True) as looker:
        assert looker.read_only
        assert looker.workshop().title == "Vom Halter geschrieben"
        assert len(looker.agenda.all()) == 9
        with pytest.raises(StoreError) as caught:
            looker.update_workshop(title="Nicht erlaubt")
        assert caught.value.kind == "read_only"
    assert digest(store.path) == before
    assert store.workshop().title == "Vom Halter geschrieben"
    assert json.loads(lock_path(store.path).read_text(encoding="utf-8"))["pid"] == os.getpid()


def test_closing_releases_the_lock(tmp_path: Path) -> None:
    path = make_file(tmp_path / "frei.zwd")
    first = WorkshopStore.open(path)
    assert lock_path(path).exists()
    first.close()
    assert not lock_path(path).exists()
    with WorkshopStore.open(path) as second:
        assert not second.read_only


def test_a_stale_lock_of_a_process_that_is_gone_is_taken_over(tmp_path: Path) -> None:
    path = make_file(tmp_path / "verwaist.zwd")
    stale = {
        "user": "moderation",
        "host": socket.gethostname(),
        "pid": dead_pid(),
        "since": "2026-01-15T13:00:00+00:00",
    }
    lock_path(path).write_text(json.dumps(stale), encoding="utf-8")
    with WorkshopStore.open(path) as opened:
        assert not opened.read_only
        assert json.loads(lock_path(path).read_text(encoding="utf-8"))["pid"] == os.getpid()
        opened.update_workshop(title="Übernommen")
    assert not lock_path(path).exists()


def test_a_lock_of_a_crashed_program_is_taken_over(tmp_path: Path) -> None:
    path = make_file(tmp_path / "absturz.zwd")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from zwdesktop.store import WorkshopStore\n"
            f"s = WorkshopStore.open({str(path)!r}); s.update_workshop(title='Vor dem Absturz')\n"
            "print('ready', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(LockedError) as caught:
            WorkshopStore.open(path)
        assert caught.value.params["pid"] == holder.pid
    finally:
        holder.kill()
        holder.communicate()
    with WorkshopStore.open(path) as opened:
        assert opened.workshop().title == "Vor dem Absturz"  # committed before the crash


def test_a_lock_from_another_host_is_respected(tmp_path: Path) -> None:
    path = make_file(tmp_path / "geteilt.zwd")
    other = {"user": "eva", "host": "laptop-der-moderation", "pid": dead_pid(), "since": "2026-01-15T13:00:00+00:00"}
    lock_path(path).write_text(json.dumps(other), encoding="utf-8")
    with pytest.raises(LockedError) as caught:
        WorkshopStore.open(path)
    assert (caught.value.params["user"], caught.value.params["host"]) == ("eva", "laptop-der-moderation")
    assert caught.value.params["since"] == "2026-01-15T13:00:00+00:00"
    assert json.loads(lock_path(path).read_text(encoding="utf-8")) == other


# ---- read-only files -------------------------------------------------------


def _try_every_change(opened: WorkshopStore) -> None:
    first = opened.agenda.all()[0]
    changes: list[Callable[[], object]] = [
        lambda: opened.update_workshop(title="X"),
        lambda: opened.agenda.insert(AgendaItem(title="Neu"), 0),
        lambda: opened.agenda.remove(first.id),
        lambda: opened.agenda.move(first.id, 3),
        lambda: opened.agenda.update(first.id, planned_minutes=1),
        lambda: opened.agenda.set_minutes({first.id: 2}),
        lambda: opened.clock.add(ClockEvent(kind="started", at=dt.datetime.now(dt.UTC))),
    ]
    for change in changes:
        with pytest.raises(StoreError) as caught:
            change()
        assert caught.value.kind == "read_only"


def test_read_only_open_refuses_every_change_and_changes_nothing(demo_file: Path) -> None:
    before = digest(demo_file)
    with WorkshopStore.open(demo_file, read_only=True) as opened:
        assert opened.read_only
        data = (opened.workshop(), opened.agenda.all(), opened.clock.events())
        _try_every_change(opened)
        assert (opened.workshop(), opened.agenda.all(), opened.clock.events()) == data
    assert digest(demo_file) == before
    assert not lock_path(demo_file).exists()


def test_a_file_or_folder_that_cannot_be_written_opens_read_only(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(demo_file)
    monkeypatch.setattr(opening_module, "writable", lambda _path: False)
    with WorkshopStore.open(demo_file) as opened:
        assert opened.read_only
        assert opened.read_only_reason == "not_writable"
        assert opened.workshop().municipality == "Aulendorf"
        _try_every_change(opened)
    assert digest(demo_file) == before
    assert not lock_path(demo_file).exists()


# ---- bad files ---------------------------------------------------------------


def _open_fails(path: Path, kind: str, read_only: bool) -> None:
    before = digest(path) if path.is_file() else None
    with pytest.raises(StoreError) as caught:
        WorkshopStore.open(path, read_only=read_only)
    assert caught.value.kind == kind, caught.value.params
    if before is not None:
        assert digest(path) == before
    assert not lock_path(path).exists()


@pytest.mark.parametrize("read_only", [False, True])
def test_a_missing_file(tmp_path: Path, read_only: bool) -> None:
    _open_fails(tmp_path / "gibt-es-nicht.zwd", "missing", read_only)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("read_only", [False, True])
def test_a_folder_instead_of_a_file(tmp_path: Path, read_only: bool) -> None:
    folder = tmp_path / "ordner.zwd"
    folder.mkdir()
    _open_fails(folder, "not_a_file", read_only)


@pytest.mark.parametrize("read_only", [False, True])
def test_a_text_file(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "notizen.zwd"
    path.write_text("Tagesordnung:\n1. Begrüßung\n2. Kritikphase\n", encoding="utf-8")
    _open_fails(path, "not_sqlite", read_only)


@pytest.mark.parametrize("read_only", [False, True])
@pytest.mark.parametrize("keep", ["200 bytes", "half", "all but the last page"])
def test_a_truncated_workshop_file(demo_file: Path, read_only: bool, keep: str) -> None:
    data = demo_file.read_bytes()
    size = {"200 bytes": 200, "half": len(data) // 2, "all but the last page": len(data) - 4096}[keep]
    demo_file.write_bytes(data[:size])
    _open_fails(demo_file, "corrupt", read_only)


@pytest.mark.parametrize("read_only", [False, True])
@pytest.mark.parametrize("table", ["agenda_item", "clock_event", "workshop", "idx_agenda_item_workshop_id_position"])
def test_a_garbage_page_in_the_middle(demo_file: Path, read_only: bool, table: str) -> None:
    with reader(demo_file) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    data = bytearray(demo_file.read_bytes())
    assert 1 < root < len(data) // page_size  # a page in the middle of the file
    start = (root - 1) * page_size
    data[start : start + page_size] = bytes((i * 37 + 11) % 256 for i in range(page_size))
    demo_file.write_bytes(bytes(data))
    _open_fails(demo_file, "corrupt", read_only)


@pytest.mark.parametrize("read_only", [False, True])
def test_another_applications_sqlite_file_is_refused_and_left_untouched(tmp_path: Path, read_only: bool) -> None:
    _open_fails(make_foreign_file(tmp_path / "adressen.zwd"), "foreign", read_only)


def _handles_on(path: Path) -> list[str]:
    names = {str(path.resolve()), str(path.resolve()) + "-wal", str(path.resolve()) + "-shm"}
    found = []
    for fd in Path("/proc/self/fd").iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target in names:
                found.append(target)
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to see open files")
@pytest.mark.parametrize("kind", ["too_new", "foreign", "corrupt"])
def test_a_refused_file_is_not_kept_open_while_the_message_is_shown(tmp_path: Path, kind: str) -> None:
    """The caller keeps the error to show it; the file must already be closed (Windows could not move it)."""
    path = tmp_path / "abgelehnt.zwd"
    if kind == "too_new":
        make_too_new_file(path)
    elif kind == "foreign":
        make_foreign_file(path)
    else:
        make_file(path)
        path.write_bytes(path.read_bytes()[:-4096])
    with pytest.raises(StoreError) as caught:
        WorkshopStore.open(path)
    assert caught.value.kind == kind
    assert _handles_on(path) == []


def test_a_full_disk_refuses_the_change_and_keeps_the_previous_state(store: WorkshopStore) -> None:
    conn = store._conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    error: StoreError | None = None
    kept: list[AgendaItem] = []
    for number in range(500):
        kept = store.agenda.all()
        try:
            store.agenda.insert(
                AgendaItem(title=f"Block {number} " + "x" * 250, method="Methode " * 200, planned_minutes=5), 0
            )
        except StoreError as exc:
            error = exc
            break
    assert error is not None, "the page limit was never reached"
    assert error.kind == "disk_full"
    assert not conn.in_transaction
    assert store.agenda.all() == kept
    with reader(store.path) as other:
        assert other.execute("SELECT count(*) FROM agenda_item").fetchone()[0] == len(kept)

    conn.execute("PRAGMA max_page_count = 1073741823")  # space again
    store.agenda.insert(AgendaItem(title="Nach dem Aufräumen", planned_minutes=5), 0)
    store.update_workshop(notes="Wieder Platz")
    assert store.agenda.all()[0].title == "Nach dem Aufräumen"
    assert [item.position for item in store.agenda.all()] == list(range(len(kept) + 1))
    assert store.integrity_problems() == []

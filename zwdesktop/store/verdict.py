"""The verdict on a workshop file: the same for the window and every command.

Two questions, asked of every file that is opened:

1. Does SQLite find its pages sound? ``PRAGMA integrity_check`` and
   ``foreign_key_check`` (what ``zwdesktop check`` has always run).
2. Does every value read from it keep the rules, as if it came from outside?
   Each value's type against the schema (:mod:`.columns`), ids as canonical
   UUIDs, instants as ISO 8601 with a zone, dates, enumerations and numbers in
   their ranges, texts within the limits of the same rules an import applies,
   and references to rows that exist.

A file that fails (2), or whose pages cannot be read at all, is refused: the
window and the program would otherwise meet a value they cannot show. A file
that fails only (1) — an index or a free-page list is damaged, but every
record reads and keeps the rules — can still be shown read-only; it is never
written.
"""

from __future__ import annotations

import datetime as dt
import encodings.idna  # noqa: F401  (the agreements' web-address rule encodes hosts; see below)
import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from msgspec import Struct

from ..core import agreements as rules
from ..core import followup as followup_rules
from ..core.exchange_check import shown
from ..core.ideas_exchange import cluster_to_record, clusters_from_records, idea_to_record, ideas_from_records
from ..core.photos import MAX_PHOTO_BYTES, MEDIA_TYPES, PHOTO_EDITABLE_FIELDS, check_photo_field, sniff_image
from ..core.validation import check_agenda_field, check_workshop_field
from ..core.votes import check_round
from ..core.workshop import AGENDA_EDITABLE_FIELDS, WORKSHOP_EDITABLE_FIELDS
from .columns import COLUMNS

if TYPE_CHECKING:
    from .workshop_store import WorkshopStore

# encodings.idna is imported above, not left to the first str.encode("idna"): this module is
# loaded before PySide6 (gui/app.py), whose import hook makes a later import of it cost ~25 ms.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
# Columns that hold the id of a row (NULL or "" where the reference is optional).
_ID_COLUMNS = frozenset(
    {"id", "workshop_id", "item_id", "cluster_id", "reframed_from", "merged_into", "round_id"}
    | {"parent_option_id", "runoff_of", "agreement_id", "source_id"}
    | {"meeting_id", "step_id", "person_id"}
)
_DATE_COLUMNS = frozenset({"due", "day"})
_FIRST_YEAR, _LAST_YEAR = 1900, 2999
# Positions, counts and sizes: far beyond any real workshop, far inside what date and Qt arithmetic take.
_MAX_NUMBER = 10_000_000
_MAX_EXTENSION_SECONDS = 24 * 3600
_MAX_PHOTO_SIDE = 100_000
_PHOTO_COLUMNS = "id, phase, position, caption, original_name, media_type, width, height, created_at, updated_at"
_SHOWN = 80  # characters of a bad value in a problem line


class BadValue(ValueError):
    """A value that breaks the rules: ``where`` is table, row id and column."""

    def __init__(self, where: str, why: str) -> None:
        # ``where`` names a row by its id, which a damaged file may have spoilt with a line break or
        # another control character: written out, so the problem stays one line.
        where = shown(where, 2 * _SHOWN)
        super().__init__(f"{where}: {why}")
        self.where, self.why = where, why


class Verdict(Struct, frozen=True):
    """``bad_value``: why the records cannot be used (None when they can); ``damage``: what SQLite's checks found."""

    bad_value: str | None
    damage: tuple[str, ...]

    @property
    def sound(self) -> bool:
        """Nothing found at all."""
        return self.bad_value is None and not self.damage


def sqlite_problems(conn: sqlite3.Connection) -> list[str]:
    """What SQLite's integrity and foreign-key checks find (empty when sound); raises ``sqlite3.DatabaseError``."""
    problems = [" ".join(str(row[0]).split()) for row in conn.execute("PRAGMA integrity_check(20)") if row[0] != "ok"]
    for row in conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"foreign key: {row[0]} row {row[1]} -> {row[2]}")
    return problems


def judge(store: WorkshopStore) -> Verdict:
    """The verdict on an open (read-only) store; raises ``sqlite3.DatabaseError`` when pages cannot be read."""
    conn = store.conn
    damage = tuple(sqlite_problems(conn))
    try:
        _check_tables(conn)
        _check_rows(conn)
        _check_records(store)
    except BadValue as exc:
        return Verdict(str(exc), damage)
    except sqlite3.Error as exc:  # a page that cannot be read, text that is not UTF-8, …
        return Verdict(_cut(" ".join(str(exc).split())), damage)
    except UnicodeDecodeError:  # SQLite's own message quoting damaged bytes
        return Verdict("not UTF-8", damage)
    return Verdict(None, damage)


# ---- 1. the shape and every value's type -------------------------------------------


def _check_tables(conn: sqlite3.Connection) -> None:
    for table, columns in COLUMNS.items():
        found = {row[1]: (str(row[2]).upper(), bool(row[3])) for row in conn.execute(f"PRAGMA table_info([{table}])")}
        if not found:
            raise BadValue(table, "table missing")
        for name, spec in columns.items():
            if found.get(name) != spec:
                raise BadValue(f"{table}.{name}", "column missing or changed")


def _check_rows(conn: sqlite3.Connection) -> None:
    for table, columns in COLUMNS.items():
        names = [name for name in columns if not (table == "photo" and name == "data")]
        # What each column's values need is worked out once per table, not for every value.
        specs = [_column_spec(name, *columns[name]) for name in names]
        id_index = names.index("id")
        sql = f"SELECT {', '.join(f'[{n}]' for n in names)} FROM [{table}]"
        for values in conn.execute(sql):
            for value, spec in zip(values, specs, strict=True):
                problem = _value_problem(value, spec)
                if problem is not None:  # the row is named only for a value that fails
                    raise BadValue(f"{table} {str(values[id_index])[:36]}.{spec[0]}", problem)
        if table == "photo":
            _check_photo_data(conn)


_TYPES: dict[str, type] = {"TEXT": str, "INTEGER": int, "BLOB": bytes, "FLOAT": float}
# A column's name, its Python type, its declared type, whether it needs a value, and what else
# its values are checked for: "number" (range), "id", "instant", "date" or nothing ("").
# (The type is typed Any: "type(value) is expected" would narrow a value to a bare object for mypy.)
_ColumnSpec = tuple[str, Any, str, bool, str]


def _column_spec(name: str, declared: str, not_null: bool) -> _ColumnSpec:
    expected = _TYPES.get(declared, object)
    kind = ""
    if expected is int:
        kind = "number"
    elif expected is str:
        if name in _ID_COLUMNS:
            kind = "id"
        elif name == "at" or name.endswith("_at"):
            kind = "instant"
        elif name in _DATE_COLUMNS:
            kind = "date"
    return name, expected, declared, not_null or name == "id", kind


def _is_instant(text: str) -> bool:
    try:
        instant(text, "")  # the message is built only when the text fails
    except BadValue:
        return False
    return True


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _value_problem(value: Any, spec: _ColumnSpec) -> str | None:
    """Why one value breaks its column's rules, or None when it keeps them."""
    name, expected, declared, required, kind = spec
    if value is None:
        return "missing" if required else None
    if type(value) is not expected:
        return f"{type(value).__name__} instead of {declared.lower()}"
    if kind == "number":
        return None if abs(value) <= _MAX_NUMBER else f"number out of range ({value})"
    if not kind or (value == "" and name != "id"):  # an empty optional reference, text, instant or date
        return None
    if kind == "id":
        return None if _UUID.match(value) else f"not an id ({_cut(value)})"
    if kind == "instant":
        return None if _is_instant(value) else f"not a time ({_cut(value)})"
    return None if _is_date(value) else f"not a date ({_cut(value)})"


def instant(text: str, where: str) -> dt.datetime:
    """An ISO 8601 instant with a zone, in the years a workshop can have; raises :class:`BadValue`."""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise BadValue(where, f"not a time ({_cut(text)})") from exc
    if value.utcoffset() is None or not _FIRST_YEAR <= value.year <= _LAST_YEAR:
        raise BadValue(where, f"not a time ({_cut(text)})")
    return value


def _check_photo_data(conn: sqlite3.Connection) -> None:
    for row in conn.execute("SELECT id, typeof(data), length(data), substr(data, 1, 64) FROM photo"):
        where = f"photo {str(row[0])[:36]}.data"
        if row[1] != "blob" or not 0 < row[2] <= MAX_PHOTO_BYTES:
            raise BadValue(where, "not a photo")
        head = bytes(row[3])
        if not (head.startswith(b"\xff\xd8") or head.startswith(b"\x89PNG\r\n\x1a\n")):
            raise BadValue(where, "not a JPEG or PNG photo")
        if head.startswith(b"\x89PNG") and sniff_image(head) is None:
            raise BadValue(where, "not a PNG photo")


# ---- 2. the records, through the same readers and rules as the window and an import --------


def _check_records(store: WorkshopStore) -> None:
    checks: list[tuple[str, Callable[[WorkshopStore], None]]] = [
        ("workshop", _check_workshop),
        ("agenda_item", _check_agenda),
        ("clock_event", _check_clock),
        ("photo", _check_photos),
        ("idea", _check_ideas),
        ("vote_round", _check_votes),
        ("agreement", _check_agreements),
        ("meeting_note", _check_followup),
    ]
    for table, check in checks:
        try:
            check(store)
        except BadValue:
            raise
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError, LookupError) as exc:
            # A reader the window uses could not turn a row into a record: the file is damaged, not the program.
            raise BadValue(table, _cut(" ".join(str(exc).split()) or type(exc).__name__)) from exc


def _fail_on(where: str, problem: Any) -> None:
    if problem is not None:
        raise BadValue(where, problem.code)


def _check_workshop(store: WorkshopStore) -> None:
    conn = store.conn
    rows = conn.execute("SELECT starts_at, ends_at, timezone FROM workshop").fetchall()
    if len(rows) != 1:
        raise BadValue("workshop", "not exactly one workshop")
    row = rows[0]
    _fail_on("workshop.timezone", check_workshop_field("timezone", row[2]))
    starts, ends = instant(row[0], "workshop.starts_at"), instant(row[1], "workshop.ends_at")
    if not dt.timedelta(0) < ends - starts < dt.timedelta(days=1):
        raise BadValue("workshop.ends_at", "end_before_start")
    workshop = store.workshop()
    for name in WORKSHOP_EDITABLE_FIELDS:
        _fail_on(f"workshop.{name}", check_workshop_field(name, getattr(workshop, name)))


def _check_agenda(store: WorkshopStore) -> None:
    for item in store.agenda.all():
        for name in AGENDA_EDITABLE_FIELDS:
            _fail_on(f"agenda_item {item.id}.{name}", check_agenda_field(name, getattr(item, name)))


def _check_clock(store: WorkshopStore) -> None:
    for event in store.clock.events():  # each ClockEvent checks its kind, instant and extension itself
        if not 0 <= event.seconds <= _MAX_EXTENSION_SECONDS:
            raise BadValue(f"clock_event {event.id}.seconds", f"out of range ({event.seconds})")


def _check_photos(store: WorkshopStore) -> None:
    for photo in store.photos.all():
        where = f"photo {photo.id}"
        for name in PHOTO_EDITABLE_FIELDS:
            _fail_on(f"{where}.{name}", check_photo_field(name, getattr(photo, name)))
        if photo.media_type not in MEDIA_TYPES:
            raise BadValue(f"{where}.media_type", _cut(photo.media_type))
        if not (0 <= photo.width <= _MAX_PHOTO_SIDE and 0 <= photo.height <= _MAX_PHOTO_SIDE):
            raise BadValue(f"{where}.width", "out of range")


def _check_ideas(store: WorkshopStore) -> None:
    conn = store.conn
    for table in ("idea", "idea_cluster"):
        for row_id, deleted in conn.execute(f"SELECT id, deleted FROM [{table}]"):
            if deleted not in (0, 1):
                raise BadValue(f"{table} {row_id}.deleted", f"not 0 or 1 ({deleted})")
    clusters = store.ideas.clusters(include_deleted=True)
    ideas = store.ideas.all(include_hidden=True)
    # The import's rules, on the records the window reads.
    clusters_from_records([cluster_to_record(c) for c in clusters], _document_failure("idea_cluster", clusters))
    ideas_from_records([idea_to_record(i) for i in ideas], {c.id for c in clusters}, _document_failure("idea", ideas))


def _check_votes(store: WorkshopStore) -> None:
    data = store.votes.data()
    round_ids = {r.id for r in data.rounds}
    for round_ in data.rounds:
        _fail_on(f"vote_round {round_.id}", check_round(round_))
        if round_.runoff_of and round_.runoff_of not in round_ids:
            raise BadValue(f"vote_round {round_.id}.runoff_of", "unknown round")
        if not all(isinstance(i, str) and _UUID.match(i) for i in round_.chosen_ids):
            raise BadValue(f"vote_round {round_.id}.chosen_ids", "not a list of ids")
        instant(round_.created_at, f"vote_round {round_.id}.created_at")
    for option in data.options:
        if not 0 <= option.tally <= _MAX_NUMBER:
            raise BadValue(f"vote_option {option.id}.tally", "out of range")
    for ballot in data.ballots:
        if not all(_UUID.match(key) and 0 <= value <= _MAX_NUMBER for key, value in ballot.dots.items()):
            raise BadValue(f"vote_ballot {ballot.id}.dots", "not dots per option")
    for event in data.events:
        instant(event.at, f"vote_event {event.id}.at")
    for row_id, chosen in store.conn.execute("SELECT id, chosen_ids FROM vote_round"):
        if chosen and not isinstance(json.loads(chosen), list):
            raise BadValue(f"vote_round {row_id}.chosen_ids", "not a list")


def _check_agreements(store: WorkshopStore) -> None:
    data = store.agreements.data()
    checks: list[tuple[str, list[Any], Callable[[Any], tuple[str, Any] | None]]] = [
        ("agreement", data.agreements, rules.check_agreement),
        ("agreement_step", data.steps, rules.check_step),
        ("agreement_origin", data.origins, rules.check_origin),
        ("agreement_member", data.members, rules.check_member),
        ("meeting", data.meetings, rules.check_meeting),
        ("steering_member", data.steering_members, rules.check_steering_member),
        ("signup", data.signups, rules.check_signup),
    ]
    for table, rows, check in checks:  # the rules an import applies (core.agreements_exchange)
        for row in rows:
            found = check(row)
            if found:
                raise BadValue(f"{table} {row.id}.{found[0]}", found[1].code)


def _check_followup(store: WorkshopStore) -> None:
    data = store.followup.data()
    checks: list[tuple[str, list[Any], Callable[[Any], tuple[str, Any] | None]]] = [
        ("meeting_note", data.notes, followup_rules.check_note),
        ("meeting_attendee", data.attendees, followup_rules.check_attendee),
        ("minutes_revision", data.revisions, followup_rules.check_revision),
    ]
    for table, rows, check in checks:  # the rules an import applies (core.followup_exchange)
        for row in rows:
            found = check(row)
            if found:
                raise BadValue(f"{table} {row.id}.{found[0]}", found[1].code)


def _document_failure(table: str, records: Iterable[Any]) -> Callable[[str, str, dict[str, Any]], Exception]:
    ids = [record.id for record in records]

    def fail(path: str, code: str, params: dict[str, Any]) -> Exception:
        # "$.ideas[3].text" -> "idea <id>.text"
        index = path.split("[", 1)[1].split("]", 1)[0] if "[" in path else ""
        row_id = ids[int(index)] if index.isdigit() and int(index) < len(ids) else "?"
        return BadValue(f"{table} {row_id}.{path.rsplit('.', 1)[-1]}", code)

    return fail


def _cut(text: str) -> str:
    return shown(str(text), _SHOWN)

"""The follow-up in the workshop file: a recorded meeting, refusals, undo, the migration, the document, two laptops."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from msgspec.structs import asdict, replace

from zwdesktop.core.agreements import Meeting, Step
from zwdesktop.core.agreements_privacy import PersonQuery
from zwdesktop.core.exchange import build_document, parse_document
from zwdesktop.core.followup import Attendee, MeetingNote, MeetingRecord, MinutesRevision, people_of
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, load_template
from zwdesktop.core.workshop import utc_now
from zwdesktop.core.workshop_records import workshop_to_record
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.export.exchange_file import exchange_data, schema_path
from zwdesktop.paths import resource_dir
from zwdesktop.store import WorkshopStore, schema
from zwdesktop.store.changes import Area, Change
from zwdesktop.store.errors import InvalidValueError
from zwdesktop.store.merge import create_from_document, merge_document
from zwdesktop.store.row_journal import put_again, put_back

MADE = dt.datetime(2026, 10, 10, 13, 0, tzinfo=dt.UTC)  # the demo workshop's afternoon
LATER = MADE + dt.timedelta(weeks=3)  # when the organiser records the first meetings


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    template = load_template(resource_dir() / "templates" / f"{DEFAULT_TEMPLATE_ID}.json", builtin=True)
    path = tmp_path / "Aulendorf.zwd"
    create_from_document(path, demo_workshop(template, MADE)).close()
    opened = WorkshopStore.open(path)
    yield opened
    opened.close()


def _group(store: WorkshopStore, title: str) -> Any:
    return next(b for b in store.agreements.bundles() if b.agreement.title == title)


def _held_cafe(store: WorkshopStore) -> MeetingRecord:
    """The Sprachcafé's first meeting, held: 3 staff, 7 volunteers, 2 others, two decisions and a task, the next date."""
    cafe = _group(store, "Sprachcafé")
    first = cafe.meetings[0]
    person = people_of(store.agreements.data(), cafe.agreement.id)[0]
    step = Step(agreement_id=cafe.agreement.id, what="Kuchenliste anlegen", who="Jonas Weber")
    start = LATER + dt.timedelta(days=4)
    return MeetingRecord(
        meeting=replace(first, status="held", count_staff=3, count_volunteers=7, count_other=2),
        notes=[
            MeetingNote(kind="decision", text="Das Sprachcafé findet jeden zweiten Donnerstag statt."),
            MeetingNote(kind="decision", text="Die Stadt stellt den Raum kostenlos."),
            MeetingNote(kind="information", text="Zwölf Personen haben sich gemeldet."),
            MeetingNote(kind="task", text="Kuchenliste anlegen", step_id=step.id),
        ],
        attendees=[Attendee(person_kind=person.kind, person_id=person.id, name=person.name)],
        new_steps=[step],
        next_meeting=Meeting(
            agreement_id=cafe.agreement.id, starts_at=start, ends_at=start + dt.timedelta(hours=2), place="Bürgerhaus"
        ),
    )


def _state(store: WorkshopStore) -> Any:
    data = exchange_data(store)
    document = build_document(data, exported_at="2026-01-01T00:00:00+00:00")
    for key in ("meetings", "agreement_steps", "agreements", "meeting_notes", "meeting_attendees", "minutes_revisions"):
        for row in document.get(key, []):
            row.pop("updated_at", None)
    return document


def test_a_recorded_meeting_is_in_the_file_with_its_notes_people_new_step_and_next_date(store: WorkshopStore) -> None:
    changes: list[Change] = []
    store.add_listener(changes.append)
    record = _held_cafe(store)
    store.followup.record_meeting(record, now=LATER)
    assert changes and changes[-1].touches(Area.FOLLOWUP) and changes[-1].touches(Area.AGREEMENTS)
    again = store.followup.record(record.meeting.id)
    assert (again.meeting.status, again.meeting.attendance) == ("held", 12)
    assert [n.kind for n in again.notes] == ["decision", "decision", "information", "task"]
    assert [a.name for a in again.attendees] == [record.attendees[0].name]
    cafe = _group(store, "Sprachcafé")
    assert cafe.steps[-1].what == "Kuchenliste anlegen" and cafe.steps[-1].state == "open"
    summary = store.followup.summary(now=LATER)
    mine = next(a for a in summary.agreements if a.title == "Sprachcafé")
    assert mine.last_meeting is not None and mine.last_meeting.id == record.meeting.id
    assert mine.next_meeting is not None and mine.next_meeting.id == record.next_meeting.id  # type: ignore[union-attr]
    assert not mine.needs_meeting and summary.meetings_held == 1


def test_the_first_held_meeting_makes_a_planned_group_active(store: WorkshopStore) -> None:
    eltern = _group(store, "Offener Treff für alle Eltern mit Kindern")
    assert eltern.agreement.status == "planned" and not eltern.meetings
    start = LATER - dt.timedelta(days=1)
    meeting = Meeting(agreement_id=eltern.agreement.id, starts_at=start, ends_at=start + dt.timedelta(hours=1), status="held",
                      count_volunteers=4)  # fmt: skip
    store.followup.record_meeting(MeetingRecord(meeting), now=LATER)
    assert _group(store, "Offener Treff für alle Eltern mit Kindern").agreement.status == "active"


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"status": "held", "starts_at": LATER + dt.timedelta(hours=1)}, "date", "held_in_future"),
        ({"status": "held", "count_staff": 10000}, "count_staff", "count_invalid"),
        ({"status": "cancelled", "count_other": -1}, "count_other", "count_invalid"),
    ],
)
def test_a_refused_record_says_which_field_and_stores_nothing(
    store: WorkshopStore, change: dict[str, Any], field: str, code: str
) -> None:
    before = _state(store)
    record = _held_cafe(store)
    meeting = replace(record.meeting, **change)
    if "starts_at" in change:
        meeting = replace(meeting, ends_at=meeting.starts_at + dt.timedelta(hours=1))
    with pytest.raises(InvalidValueError) as refused:
        store.followup.record_meeting(replace(record, meeting=meeting), now=LATER)
    assert (refused.value.field, refused.value.problem.code) == (field, code)
    assert _state(store) == before


def test_a_recorded_meeting_is_taken_back_and_done_again_exactly(store: WorkshopStore) -> None:
    before = _state(store)
    rows = store.followup.record_meeting(_held_cafe(store), now=LATER)
    after = _state(store)
    cleared = put_back(store, rows)
    assert _state(store) == before
    put_again(store, rows, cleared)
    assert _state(store) == after


def test_step_states_group_status_and_the_minutes_versions(store: WorkshopStore) -> None:
    cafe = _group(store, "Sprachcafé")
    store.followup.set_step_state(cafe.steps[0].id, "done")
    store.followup.set_agreement_status(cafe.agreement.id, "paused")
    cafe = _group(store, "Sprachcafé")
    assert cafe.steps[0].state == "done" and cafe.agreement.status == "paused"
    with pytest.raises(InvalidValueError):
        store.followup.set_step_state(cafe.steps[0].id, "half")
    record = _held_cafe(store)
    store.followup.record_meeting(record, now=LATER)
    today = LATER.date()
    store.followup.add_revision(
        MinutesRevision(kind="correction", day=today, by="Eva Prox", what="Name korrigiert"), today
    )
    assert (store.followup.summary(LATER).minutes.number, store.followup.summary(LATER).minutes.approved) == (2, False)
    store.followup.add_revision(MinutesRevision(kind="approval", day=today, meeting_id=record.meeting.id), today)
    version = store.followup.summary(LATER).minutes
    assert version.approved and version.number == 2 and version.approval is not None
    with pytest.raises(InvalidValueError) as refused:
        store.followup.add_revision(MinutesRevision(kind="approval", day=today + dt.timedelta(days=1)), today)
    assert refused.value.problem.code == "revision_in_future"
    planned = _group(store, "Interkulturelles Fest").meetings[0]
    with pytest.raises(InvalidValueError) as refused:
        store.followup.add_revision(MinutesRevision(kind="approval", day=today, meeting_id=planned.id), today)
    assert refused.value.problem.code == "approval_meeting_not_held"


def test_a_meeting_with_a_record_is_not_removed_with_its_group_or_in_the_editor(store: WorkshopStore) -> None:
    record = _held_cafe(store)
    store.followup.record_meeting(record, now=LATER)
    cafe = _group(store, "Sprachcafé")
    without = replace(cafe, meetings=[m for m in cafe.meetings if m.id != record.meeting.id])
    with pytest.raises(InvalidValueError) as refused:
        store.agreements.put_bundle(without)
    assert refused.value.problem.code == "meeting_recorded"
    with pytest.raises(InvalidValueError):
        store.agreements.remove_agreement(cafe.agreement.id)
    assert _group(store, "Sprachcafé").meetings == cafe.meetings
    # The editor's own edit of the group keeps what the follow-up recorded.
    store.agreements.put_bundle(replace(cafe, agreement=replace(cafe.agreement, goal="Neu")))
    assert store.followup.record(record.meeting.id).meeting.status == "held"


def test_erasing_a_person_removes_them_from_the_attendance(store: WorkshopStore) -> None:
    record = _held_cafe(store)
    store.followup.record_meeting(record, now=LATER)
    name = record.attendees[0].name
    counts = store.agreements.erase_person(PersonQuery(name=name))
    assert counts.get("meeting_attendee") == 1
    assert store.followup.record(record.meeting.id).attendees == []


def test_the_exchange_document_carries_the_follow_up_and_a_new_file_from_it_holds_the_same(
    store: WorkshopStore, tmp_path: Path
) -> None:
    record = _held_cafe(store)
    store.followup.record_meeting(record, now=LATER)
    today = LATER.date()
    store.followup.add_revision(MinutesRevision(kind="approval", day=today, meeting_id=record.meeting.id), today)
    document = json.loads(json.dumps(build_document(exchange_data(store))))
    assert {"meeting_notes", "meeting_attendees", "minutes_revisions"} <= document.keys()
    held = next(m for m in document["meetings"] if m["id"] == record.meeting.id)
    assert (held["status"], held["count_volunteers"]) == ("held", 7)
    copy = create_from_document(tmp_path / "Kopie.zwd", parse_document(document, schema_path()))
    try:
        assert exchange_data(copy).followup == exchange_data(store).followup
        assert copy.followup.record(record.meeting.id) == store.followup.record(record.meeting.id)
    finally:
        copy.close()


def test_a_document_from_before_the_follow_up_still_imports(store: WorkshopStore, tmp_path: Path) -> None:
    document = json.loads(json.dumps(build_document(exchange_data(store))))
    for row in document["meetings"]:
        for key in ("status", "count_staff", "count_volunteers", "count_other"):
            del row[key]
    for row in document["agreement_steps"]:
        del row["state"]
    copy = create_from_document(tmp_path / "Alt.zwd", parse_document(document, schema_path()))
    try:
        assert {m.status for m in copy.agreements.data().meetings} == {"planned"}
        assert {s.state for s in copy.agreements.data().steps} == {"open"}
    finally:
        copy.close()


def test_a_document_with_a_note_of_an_unknown_meeting_is_refused(store: WorkshopStore) -> None:
    store.followup.record_meeting(_held_cafe(store), now=LATER)
    document = json.loads(json.dumps(build_document(exchange_data(store))))
    document["meeting_notes"][0]["meeting_id"] = "00000000-0000-4000-8000-000000000000"
    from zwdesktop.core.exchange import DocumentError

    with pytest.raises(DocumentError) as refused:
        parse_document(document, schema_path())
    assert refused.value.path == "$.meeting_notes[0].meeting_id"


def test_a_meeting_recorded_on_the_second_laptop_merges_into_the_first(store: WorkshopStore, tmp_path: Path) -> None:
    store.close()
    other_path = tmp_path / "Laptop2.zwd"
    shutil.copy(store.path, other_path)
    first, second = WorkshopStore.open(store.path), WorkshopStore.open(other_path)
    try:
        record = _held_cafe(second)
        second.followup.record_meeting(record, now=LATER)
        cafe = _group(first, "Sprachcafé")
        first.followup.set_step_state(cafe.steps[1].id, "started")  # meanwhile on the first laptop
        report = merge_document(
            first, parse_document(json.loads(json.dumps(build_document(exchange_data(second)))), schema_path())
        )
        assert report.added.get("meeting_notes") == 4 and report.added.get("meeting_attendees") == 1
        assert first.followup.record(record.meeting.id) == second.followup.record(record.meeting.id)
        assert [s.state for s in _group(first, "Sprachcafé").steps][:2] == ["open", "started"]
        again = merge_document(
            first, parse_document(json.loads(json.dumps(build_document(exchange_data(second)))), schema_path())
        )
        assert not again.changed
    finally:
        first.close()
        second.close()


def test_a_file_from_before_the_follow_up_is_upgraded_with_a_backup(tmp_path: Path) -> None:
    template = load_template(resource_dir() / "templates" / f"{DEFAULT_TEMPLATE_ID}.json", builtin=True)
    data = demo_workshop(template, MADE)
    path = tmp_path / "Vorher.zwd"
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        db = sqlite_utils.Database(conn)
        schema.build_migrations(upto=schema.MIGRATION_NAMES.index("0007_followup")).apply(db)
        workshop = data.workshop
        db.table("workshop").insert(workshop_to_record(workshop))
        agreement = data.agreements.agreements[0]
        db.table("agreement").insert({**asdict(agreement), "workshop_id": workshop.id})
        db.table("agreement_step").insert({"id": "5c0d4b54-3b51-4b0c-9a43-4bb3e2fa6f10", "agreement_id": agreement.id,
                                           "position": 0, "what": "Raum", "updated_at": utc_now()})  # fmt: skip
        start = "2026-10-20T17:00:00+00:00"
        db.table("meeting").insert({"id": "6d1e5c65-4c62-4d1d-8b54-5cc4f30b7021", "workshop_id": workshop.id,
                                    "agreement_id": agreement.id, "starts_at": start, "ends_at": "2026-10-20T18:00:00+00:00",
                                    "updated_at": utc_now()})  # fmt: skip
        conn.commit()
    finally:
        conn.close()
    opened = WorkshopStore.open(path)
    try:
        assert opened.backup_path is not None and opened.backup_path.exists()
        assert opened.schema_version() == schema.SCHEMA_VERSION
        data_now = opened.agreements.data()
        assert [s.state for s in data_now.steps] == ["open"]
        assert [(m.status, m.attendance) for m in data_now.meetings] == [("planned", 0)]
        assert opened.followup.data().empty
        assert opened.integrity_problems() == []
    finally:
        opened.close()


def test_another_module_reads_one_files_follow_up_without_opening_it_for_writing(store: WorkshopStore) -> None:
    from zwdesktop.store.followup import summary_of_file

    store.followup.record_meeting(_held_cafe(store), now=LATER)
    summary = summary_of_file(store.path, LATER)
    assert summary.title == "Lokale Zukunftswerkstatt Aulendorf" and summary.meetings_held == 1
    assert [a.title for a in summary.agreements][:2] == ["Interkulturelles Fest", "Sprachcafé"]

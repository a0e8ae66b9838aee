"""The follow-up in the workshop file (``store.followup``): recorded meetings, step states, the minutes' versions.

Each write is one committed transaction through a
:class:`~.row_journal.RowJournal` and returns the rows it wrote
(:class:`~.row_journal.WrittenRows`), so the window takes it back exactly with
:func:`~.row_journal.put_back` and does it again with
:func:`~.row_journal.put_again`. Its change names the areas of the tables it
wrote and :attr:`Area.FOLLOWUP <.changes.Area.FOLLOWUP>`. A refused value
raises :class:`~.errors.InvalidValueError` (field and why) before anything is
written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msgspec.structs import replace

from ..core.agreements import STATUSES, STEP_STATES, AgreementStatus, MeetingStatus
from ..core.agreements_records import agreement_from_record, meeting_from_record, step_from_record, to_record
from ..core.followup import (
    FollowupData,
    MeetingRecord,
    MinutesRevision,
    attendee_from_record,
    check_record,
    check_revision,
    check_revision_date,
    note_from_record,
    revision_from_record,
)
from ..core.followup_progress import FollowupSummary, followup_summary
from ..core.validation import Problem
from ..core.workshop import utc_now
from .changes import Area, Change
from .errors import InvalidValueError, StoreError, StoreErrorKind
from .repository import Repository
from .row_journal import RowJournal, WrittenRows

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

# The follow-up's own tables, parents first (as a merge writes them).
TABLES: tuple[tuple[str, str], ...] = (
    ("meeting_note", "meeting_notes"),
    ("meeting_attendee", "meeting_attendees"),
    ("minutes_revision", "minutes_revisions"),
)


def _same(new: dict[str, Any], old: dict[str, Any] | None) -> bool:
    return old is not None and all(old.get(key) == value for key, value in new.items() if key != "updated_at")


class FollowupRepository(Repository):
    """Reads and changes what was recorded after the workshop in one open file."""

    area = Area.FOLLOWUP

    # ---- rows ------------------------------------------------------------

    def note_row(self, note: Any) -> dict[str, Any]:
        """The ``meeting_note`` row of a note."""
        return to_record(note)

    def attendee_row(self, attendee: Any) -> dict[str, Any]:
        """The ``meeting_attendee`` row of an attendee."""
        return to_record(attendee)

    def revision_row(self, revision: MinutesRevision) -> dict[str, Any]:
        """The ``minutes_revision`` row of a revision of this workshop."""
        return {**to_record(revision), "workshop_id": self.workshop_id}

    def rows(self, data: FollowupData) -> list[tuple[str, str, list[dict[str, Any]]]]:
        """The rows of the follow-up's tables, parents first: (table, label for reports, rows)."""
        return [
            ("meeting_note", "meeting_notes", [self.note_row(n) for n in data.notes]),
            ("meeting_attendee", "meeting_attendees", [self.attendee_row(a) for a in data.attendees]),
            ("minutes_revision", "minutes_revisions", [self.revision_row(r) for r in data.revisions]),
        ]

    # ---- reading ---------------------------------------------------------

    def data(self) -> FollowupData:
        """Everything of this feature in the file."""
        return FollowupData(
            notes=[note_from_record(dict(r)) for r in self._rows("SELECT * FROM meeting_note ORDER BY position, id")],
            attendees=[
                attendee_from_record(dict(r))
                for r in self._rows("SELECT * FROM meeting_attendee ORDER BY position, id")
            ],
            revisions=[
                revision_from_record(dict(r))
                for r in self._rows(
                    "SELECT * FROM minutes_revision WHERE workshop_id = ? ORDER BY day, created_at, id",
                    [self.workshop_id],
                )
            ],
        )

    def record(self, meeting_id: str) -> MeetingRecord:
        """What is recorded about one meeting (for editing it again)."""
        row = self._row("SELECT * FROM meeting WHERE id = ?", [meeting_id])
        if row is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=meeting_id)
        data = self.data()
        return MeetingRecord(meeting_from_record(dict(row)), data.notes_of(meeting_id), data.attendees_of(meeting_id))

    def summary(self, now: dt.datetime | None = None) -> FollowupSummary:
        """Where things stand in this workshop (see :func:`~zwdesktop.core.followup_progress.followup_summary`)."""
        return followup_summary(self.store.workshop(), self.store.agreements.data(), self.data(), now)

    def is_recorded(self, meeting_id: str) -> bool:
        """Whether a meeting has an outcome, notes, attendees or an approval recorded (then it is not removed)."""
        row = self._row("SELECT status FROM meeting WHERE id = ?", [meeting_id])
        if row is not None and row[0] != MeetingStatus.PLANNED.value:
            return True
        for table in ("meeting_note", "meeting_attendee", "minutes_revision"):
            if self._row(f"SELECT 1 FROM [{table}] WHERE meeting_id = ? LIMIT 1", [meeting_id]) is not None:
                return True
        return False

    # ---- writing ---------------------------------------------------------

    def _journal(self, work: Callable[[RowJournal], None]) -> WrittenRows:
        written = WrittenRows()

        def change() -> Change:
            done = written.change()
            return Change(done.areas | {Area.FOLLOWUP}, done.ids)

        with self.store.write(change) as db:
            journal = RowJournal(db)
            work(journal)
            written = journal.written()
        return written

    def _stored(self, table: str, row_id: str) -> dict[str, Any] | None:
        row = self._row(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
        return None if row is None else dict(row)

    def _put(self, journal: RowJournal, table: str, row: dict[str, Any], now: str) -> None:
        """Write a row unless it is stored just so (an unchanged row keeps its time, for merging)."""
        stored = self._stored(table, row["id"])
        if _same(row, stored):
            return
        row = {**row, "updated_at": now}
        if stored is None:
            journal.insert(table, row)
        else:
            journal.update(table, row["id"], row)

    def record_meeting(self, record: MeetingRecord, now: dt.datetime | None = None) -> WrittenRows:
        """Write what was recorded about a meeting, in one transaction.

        The meeting (new or changed) with its outcome; its notes and attendees
        as given (others removed); the steps its tasks became, at the end of
        the group's steps; the next meeting. A group still planned becomes
        active with its first held meeting.
        """
        now = now or dt.datetime.now(dt.UTC)
        found = check_record(record, now)
        if found:
            raise InvalidValueError(found[0], found[1])
        meeting = record.meeting
        aid = meeting.agreement_id
        if aid is not None and self._row("SELECT 1 FROM agreement WHERE id = ?", [aid]) is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=aid)
        if record.next_meeting is not None and record.next_meeting.agreement_id != aid:
            raise InvalidValueError(
                "next.agreement_id", Problem("unknown_agreement", {"value": record.next_meeting.agreement_id})
            )
        stamp = utc_now()
        mid = meeting.id

        def work(journal: RowJournal) -> None:
            self._put(journal, "meeting", self.store.agreements.meeting_row(meeting), stamp)
            if aid is not None:
                steps = self._rows("SELECT position FROM agreement_step WHERE agreement_id = ?", [aid])
                position = 1 + max((int(r[0]) for r in steps), default=-1)
                for offset, step in enumerate(record.new_steps):
                    row = to_record(replace(step, agreement_id=aid, position=position + offset))
                    self._put(journal, "agreement_step", row, stamp)
                if meeting.status == MeetingStatus.HELD.value:
                    agreement = self._stored("agreement", aid)
                    if agreement is not None and agreement["status"] == AgreementStatus.PLANNED.value:
                        journal.update("agreement", aid, {"status": AgreementStatus.ACTIVE.value, "updated_at": stamp})
            parts: tuple[tuple[str, list[Any]], ...] = (
                ("meeting_note", record.notes),
                ("meeting_attendee", record.attendees),
            )
            for table, items in parts:
                keep = {item.id for item in items}
                for found in self._rows(f"SELECT id FROM [{table}] WHERE meeting_id = ?", [mid]):
                    if found[0] not in keep:
                        journal.delete(table, found[0])
                for index, item in enumerate(items):
                    self._put(journal, table, to_record(replace(item, meeting_id=mid, position=index)), stamp)
            if record.next_meeting is not None:
                self._put(journal, "meeting", self.store.agreements.meeting_row(record.next_meeting), stamp)

        return self._journal(work)

    def set_step_state(self, step_id: str, state: str) -> WrittenRows:
        """Change where a step stands (open, started, done, dropped)."""
        if state not in STEP_STATES:
            raise InvalidValueError("state", Problem("state_invalid", {"value": state}))
        stored = self._stored("agreement_step", step_id)
        if stored is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=step_id)
        step = replace(step_from_record(stored), state=state)
        return self._journal(lambda journal: self._put(journal, "agreement_step", to_record(step), utc_now()))

    def set_agreement_status(self, agreement_id: str, status: str) -> WrittenRows:
        """Change where a group stands (planned, active, paused, done, dropped)."""
        if status not in STATUSES:
            raise InvalidValueError("status", Problem("status_invalid", {"value": status}))
        row = self._stored("agreement", agreement_id)
        if row is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=agreement_id)
        agreement = replace(agreement_from_record(row), status=status)
        new = self.store.agreements.agreement_row(agreement)
        return self._journal(lambda journal: self._put(journal, "agreement", new, utc_now()))

    def add_revision(self, revision: MinutesRevision, today: dt.date | None = None) -> WrittenRows:
        """Record a correction or the approval of the minutes (not on a day still to come)."""
        found = check_revision(revision) or check_revision_date(revision, today or dt.date.today())
        if found:
            raise InvalidValueError(found[0], found[1])
        if revision.meeting_id is not None:
            row = self._stored("meeting", revision.meeting_id)
            if row is None:
                raise StoreError(StoreErrorKind.NOT_FOUND, id=revision.meeting_id)
            if row["status"] != MeetingStatus.HELD.value:
                raise InvalidValueError("meeting", Problem("approval_meeting_not_held"))
        return self._journal(
            lambda journal: self._put(journal, "minutes_revision", self.revision_row(revision), utc_now())
        )

    def remove_revision(self, revision_id: str) -> WrittenRows:
        """Remove a correction or approval recorded by mistake."""
        if self._stored("minutes_revision", revision_id) is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=revision_id)
        return self._journal(lambda journal: journal.delete("minutes_revision", revision_id))

    def check_removable(self, meeting_ids: Iterable[str]) -> None:
        """Refuse to remove a meeting that has something recorded: its history stays (set the group to dropped)."""
        for meeting_id in meeting_ids:
            if self.is_recorded(meeting_id):
                raise InvalidValueError("meeting", Problem("meeting_recorded"))


def summary_of_file(path: Path, now: dt.datetime | None = None) -> FollowupSummary:
    """One workshop file's follow-up, read without changing it (opened read-only; e.g. for the county overview)."""
    from .workshop_store import WorkshopStore  # here: the store imports this module for its repository

    with WorkshopStore.open(path, read_only=True) as store:
        return store.followup.summary(now)

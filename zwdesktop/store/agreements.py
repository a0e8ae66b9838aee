"""Agreements, meetings, the steering group and the mailing list in the workshop file.

The GUI edits an agreement as a whole (:class:`~zwdesktop.core.agreements.AgreementBundle`):
:meth:`AgreementRepository.put_bundle` writes it in one transaction and stamps
``updated_at`` only on the rows that really changed, so that merging two
laptops' files takes the later change of each row. Undo puts the previous
bundle back through the same operation.

Data protection lives here too: :meth:`AgreementRepository.person_report`
collects everything stored about one person, :meth:`AgreementRepository.erase_person`
removes them from every table in one transaction with SQLite's
``secure_delete`` on, so the freed pages do not keep the old text either.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from typing import TYPE_CHECKING, Any

from msgspec.structs import replace

from ..core.agreements import (
    Agreement,
    AgreementBundle,
    AgreementsData,
    Meeting,
    Member,
    Origin,
    Signup,
    SteeringMember,
    Step,
    check_agreement,
    check_meeting,
    check_member,
    check_origin,
    check_signup,
    check_steering_member,
    check_step,
)
from ..core.agreements_privacy import PersonQuery, erase_mentions
from ..core.agreements_records import (
    agreement_from_record,
    meeting_from_record,
    member_from_record,
    origin_from_record,
    signup_from_record,
    steering_member_from_record,
    step_from_record,
    to_record,
)
from ..core.workshop import utc_now
from .changes import EVERY_AREA, Area, Change
from .errors import InvalidValueError, StoreError, StoreErrorKind
from .ordering import renumber
from .repository import Repository

if TYPE_CHECKING:
    from sqlite_utils import Database

# Tables whose rows are people: erasure deletes their rows.
PERSON_TABLES = ("agreement_member", "steering_member", "signup")
# Columns that are never a person's text (ids, codes, times, bytes).
_NOT_TEXT = {"id", "workshop_id", "agreement_id", "item_id", "source_id", "updated_at", "created_at", "consent_at",
             "starts_at", "ends_at", "at", "kind", "status", "role", "phase", "media_type", "due", "source_kind",
             "timezone", "minutes_language", "groups"}  # fmt: skip
# (table, name column, email column, phone column, related columns to clear): contact fields of records that stay.
_CONTACTS = (
    ("agreement", "contact_name", "contact_email", "contact_phone", ("contact_role",)),
    ("workshop", "contact_name", "contact_email", "contact_phone", ("contact_role",)),
)


def _changed(new: dict[str, Any], old: dict[str, Any] | None) -> bool:
    if old is None:
        return True
    return any(new.get(key) != old.get(key) for key in new if key != "updated_at")


class AgreementRepository(Repository):
    """Reads and changes this feature's tables of one open workshop file (``store.agreements``)."""

    area = Area.AGREEMENTS

    # ---- rows ------------------------------------------------------------

    def _dicts(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in self._rows(sql, params)]

    def _wid(self) -> str:
        return self.workshop_id

    def agreement_row(self, agreement: Agreement) -> dict[str, Any]:
        """The ``agreement`` row of an agreement of this workshop."""
        return {**to_record(agreement), "workshop_id": self._wid()}

    def meeting_row(self, meeting: Meeting) -> dict[str, Any]:
        """The ``meeting`` row."""
        return {**to_record(meeting), "workshop_id": self._wid()}

    def steering_row(self, member: SteeringMember) -> dict[str, Any]:
        """The ``steering_member`` row."""
        return {**to_record(member), "workshop_id": self._wid()}

    def signup_row(self, signup: Signup) -> dict[str, Any]:
        """The ``signup`` row (groups as JSON text)."""
        row = to_record(signup)
        row["groups"] = json.dumps(row["groups"])
        return {**row, "workshop_id": self._wid()}

    @staticmethod
    def child_row(child: Step | Origin | Member) -> dict[str, Any]:
        """The row of a step, origin or member."""
        return to_record(child)

    # ---- reading ---------------------------------------------------------

    def data(self) -> AgreementsData:
        """Everything of this feature in the file."""
        wid = self._wid()
        agreements = [
            agreement_from_record(r)
            for r in self._dicts("SELECT * FROM agreement WHERE workshop_id = ? ORDER BY position, id", [wid])
        ]
        ids = [a.id for a in agreements]
        marks = ",".join("?" * len(ids))

        def children(table: str) -> list[dict[str, Any]]:
            if not ids:
                return []
            return self._dicts(f"SELECT * FROM [{table}] WHERE agreement_id IN ({marks}) ORDER BY position, id", ids)

        return AgreementsData(
            agreements=agreements,
            steps=[step_from_record(r) for r in children("agreement_step")],
            origins=[origin_from_record(r) for r in children("agreement_origin")],
            members=[member_from_record(r) for r in children("agreement_member")],
            meetings=[
                meeting_from_record(r)
                for r in self._dicts("SELECT * FROM meeting WHERE workshop_id = ? ORDER BY starts_at, id", [wid])
            ],
            steering_members=[
                steering_member_from_record(r)
                for r in self._dicts("SELECT * FROM steering_member WHERE workshop_id = ? ORDER BY position, id", [wid])
            ],
            signups=[
                signup_from_record(r)
                for r in self._dicts("SELECT * FROM signup WHERE workshop_id = ? ORDER BY created_at, id", [wid])
            ],
        )

    def bundles(self) -> list[AgreementBundle]:
        """The agreements in order, each with its parts."""
        return self.data().bundles()

    def bundle(self, agreement_id: str) -> AgreementBundle:
        """One agreement with its parts."""
        for bundle in self.bundles():
            if bundle.agreement.id == agreement_id:
                return bundle
        raise StoreError(StoreErrorKind.NOT_FOUND, id=agreement_id)

    def steering_members(self) -> list[SteeringMember]:
        """The steering group in order."""
        return self.data().steering_members

    def steering_meetings(self) -> list[Meeting]:
        """The steering group's meetings, earliest first."""
        return self.data().steering_meetings()

    def signups(self) -> list[Signup]:
        """The mailing list in the order people signed up."""
        return self.data().signups

    # ---- agreements ---------------------------------------------------------

    @staticmethod
    def check_bundle(bundle: AgreementBundle) -> None:
        """Raise :class:`InvalidValueError` naming the first refused field of the bundle."""
        found = check_agreement(bundle.agreement)
        if found:
            raise InvalidValueError(found[0], found[1])
        for step in bundle.steps:
            found = check_step(step)
            if found:
                raise InvalidValueError(f"step.{found[0]}", found[1])
        for origin in bundle.origins:
            found = check_origin(origin)
            if found:
                raise InvalidValueError(f"origin.{found[0]}", found[1])
        for member in bundle.members:
            found = check_member(member)
            if found:
                raise InvalidValueError(f"member.{found[0]}", found[1])
        for meeting in bundle.meetings:
            found = check_meeting(meeting)
            if found:
                raise InvalidValueError(f"meeting.{found[0]}", found[1])

    def put_bundle(self, bundle: AgreementBundle, index: int | None = None) -> AgreementBundle:
        """Write an agreement with all its parts (new, or replacing what is stored) in one transaction.

        A new agreement goes to ``index`` of the list (the end when None).
        Parts missing from the bundle are removed. Returns the bundle as stored.
        """
        self.check_bundle(bundle)
        aid = bundle.agreement.id
        now = utc_now()
        kept = {m.id for m in bundle.meetings}
        stored_meetings = [r[0] for r in self._rows("SELECT id FROM meeting WHERE agreement_id = ?", [aid])]
        self.store.followup.check_removable(m for m in stored_meetings if m not in kept)
        existing = self._dicts("SELECT * FROM agreement WHERE id = ?", [aid])
        order = [a.id for a in self.data().agreements]
        with self._write([aid]) as db:
            agreement = bundle.agreement
            if not existing:
                position = len(order) if index is None else max(0, min(index, len(order)))
                order.insert(position, aid)
                agreement = replace(agreement, position=position)
            else:
                agreement = replace(agreement, position=existing[0]["position"])
            row = self.agreement_row(agreement)
            if _changed(row, existing[0] if existing else None):
                row["updated_at"] = now
            db.table("agreement").upsert(row, pk="id")
            if not existing:
                renumber(db, "agreement", order)
            steps = [replace(s, agreement_id=aid, position=i) for i, s in enumerate(bundle.steps)]
            origins = [replace(o, agreement_id=aid, position=i) for i, o in enumerate(bundle.origins)]
            members = [replace(m, agreement_id=aid, position=i) for i, m in enumerate(bundle.members)]
            for table, rows in (
                ("agreement_step", [self.child_row(s) for s in steps]),
                ("agreement_origin", [self.child_row(o) for o in origins]),
                ("agreement_member", [self.child_row(m) for m in members]),
                ("meeting", [self.meeting_row(replace(m, agreement_id=aid)) for m in bundle.meetings]),
            ):
                self._replace_children(db, table, aid, rows, now)
        return self.bundle(aid)

    def _replace_children(self, db: Database, table: str, aid: str, rows: list[dict[str, Any]], now: str) -> None:
        stored = {r["id"]: r for r in self._dicts(f"SELECT * FROM [{table}] WHERE agreement_id = ?", [aid])}
        keep = {row["id"] for row in rows}
        for old_id in set(stored) - keep:
            db.table(table).delete(old_id)
        for row in rows:
            if _changed(row, stored.get(row["id"])):
                row["updated_at"] = now
                db.table(table).upsert(row, pk="id")

    def remove_agreement(self, agreement_id: str) -> tuple[AgreementBundle, int]:
        """Remove an agreement with its parts; returns them and its index, so an undo can put them back."""
        bundle = self.bundle(agreement_id)
        self.store.followup.check_removable(m.id for m in bundle.meetings)
        order = [a.id for a in self.data().agreements]
        index = order.index(agreement_id)
        order.remove(agreement_id)
        with self._write([agreement_id]) as db:
            for table in ("agreement_step", "agreement_origin", "agreement_member", "meeting"):
                db.execute(f"DELETE FROM [{table}] WHERE agreement_id = ?", [agreement_id])
            db.table("agreement").delete(agreement_id)
            renumber(db, "agreement", order)
        return bundle, index

    def move_agreement(self, agreement_id: str, index: int) -> int:
        """Move an agreement to ``index`` of the list; returns the index it came from."""
        order = [a.id for a in self.data().agreements]
        if agreement_id not in order:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=agreement_id)
        old = order.index(agreement_id)
        order.remove(agreement_id)
        order.insert(max(0, min(index, len(order))), agreement_id)
        with self._write([agreement_id]) as db:
            renumber(db, "agreement", order)
        return old

    # ---- steering group ---------------------------------------------------------

    def put_steering_member(self, member: SteeringMember, index: int | None = None) -> None:
        """Add or change a steering-group member (a new one at ``index``, the end when None)."""
        found = check_steering_member(member)
        if found:
            raise InvalidValueError(found[0], found[1])
        members = self.steering_members()
        ids = [m.id for m in members]
        stored = next((m for m in members if m.id == member.id), None)
        with self._write([member.id], Area.STEERING) as db:
            if stored is None:
                ids.insert(len(ids) if index is None else max(0, min(index, len(ids))), member.id)
            row = self.steering_row(replace(member, position=ids.index(member.id)))
            if _changed(row, self.steering_row(stored) if stored else None):
                row["updated_at"] = utc_now()
                db.table("steering_member").upsert(row, pk="id")
            renumber(db, "steering_member", ids)

    def remove_steering_member(self, member_id: str) -> tuple[SteeringMember, int]:
        """Remove a steering-group member; returns them and their index."""
        members = self.steering_members()
        index = next((i for i, m in enumerate(members) if m.id == member_id), None)
        if index is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=member_id)
        removed = members.pop(index)
        with self._write([member_id], Area.STEERING) as db:
            db.table("steering_member").delete(member_id)
            renumber(db, "steering_member", [m.id for m in members])
        return removed, index

    def put_meeting(self, meeting: Meeting) -> None:
        """Add or change a meeting of the steering group (``agreement_id`` None)."""
        if meeting.agreement_id is not None:
            raise StoreError(StoreErrorKind.UNKNOWN_FIELD, field="agreement_id")
        found = check_meeting(meeting)
        if found:
            raise InvalidValueError(found[0], found[1])
        stored = self._dicts("SELECT * FROM meeting WHERE id = ?", [meeting.id])
        row = self.meeting_row(meeting)
        if not _changed(row, stored[0] if stored else None):
            return
        row["updated_at"] = utc_now()
        with self._write([meeting.id], Area.STEERING) as db:
            db.table("meeting").upsert(row, pk="id")

    def remove_meeting(self, meeting_id: str) -> Meeting:
        """Remove a steering-group meeting; returns it."""
        rows = self._dicts("SELECT * FROM meeting WHERE id = ? AND agreement_id IS NULL", [meeting_id])
        if not rows:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=meeting_id)
        self.store.followup.check_removable([meeting_id])
        with self._write([meeting_id], Area.STEERING) as db:
            db.table("meeting").delete(meeting_id)
        return meeting_from_record(rows[0])

    # ---- mailing list ---------------------------------------------------------

    def add_signup(self, signup: Signup) -> None:
        """Store a sign-up; one without consent is refused (and nothing of it is stored)."""
        found = check_signup(signup)
        if found:
            raise InvalidValueError(found[0], found[1])
        stored = self._dicts("SELECT * FROM signup WHERE id = ?", [signup.id])
        row = self.signup_row(signup)
        if stored and not _changed(row, stored[0]):
            return
        row["updated_at"] = utc_now()
        with self._write([signup.id], Area.SIGNUPS) as db:
            db.table("signup").upsert(row, pk="id")

    def remove_signup(self, signup_id: str) -> Signup:
        """Remove a sign-up (consent withdrawn, or a typing mistake); returns it."""
        rows = self._dicts("SELECT * FROM signup WHERE id = ?", [signup_id])
        if not rows:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=signup_id)
        with self._write([signup_id], Area.SIGNUPS) as db:
            db.table("signup").delete(signup_id)
        return signup_from_record(rows[0])

    # ---- data protection ---------------------------------------------------------

    def _text_columns(self) -> dict[str, list[str]]:
        conn = self.store.conn
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_%' ESCAPE '\\'"
            )
        ]
        result: dict[str, list[str]] = {}
        for table in tables:
            columns = [
                r[1]
                for r in conn.execute(f"PRAGMA table_info([{table}])")
                if r[1] not in _NOT_TEXT and str(r[2]).upper() in ("TEXT", "")
            ]
            if columns:
                result[table] = columns
        return result

    def person_report(self, query: PersonQuery) -> dict[str, list[dict[str, Any]]]:
        """Every row that is this person or mentions them, by table (for a request for access, Art. 15 GDPR)."""
        if query.empty:
            return {}
        report: dict[str, list[dict[str, Any]]] = {}
        for table, columns in self._text_columns().items():
            hits = []
            for row in self._dicts(f"SELECT * FROM [{table}]"):
                is_person = table in PERSON_TABLES and query.matches(
                    str(row.get("name") or ""), str(row.get("email") or "")
                )
                if is_person or any(query.mentioned_in(str(row.get(c) or "")) for c in columns):
                    hits.append({k: v for k, v in row.items() if not isinstance(v, bytes)})
            if hits:
                report[table] = hits
        return report

    def erase_person(self, query: PersonQuery) -> dict[str, int]:
        """Remove a person from every table in one transaction; returns how many rows each table lost or changed.

        Their rows in the group members, the steering group and the mailing
        list are deleted; contact fields naming them are cleared (with the
        role, e-mail address and phone number); any other mention of their
        name, address or phone number in any text is replaced by ``[…]``.
        """
        if query.empty:
            return {}
        needles = query.needles()
        counts: dict[str, int] = {}
        conn = self.store.conn
        # Deleted text must not stay behind in free pages of the file.
        conn.execute("PRAGMA secure_delete = ON")
        try:
            with self.store.write(Change(EVERY_AREA)) as db:  # any text of any table may name them
                now = utc_now()
                for table in PERSON_TABLES:
                    for row in self._dicts(f"SELECT id, name, email, phone FROM [{table}]"):
                        if query.matches(str(row["name"] or ""), str(row["email"] or "")):
                            needles += [
                                n for n in (str(row["email"] or "").strip(), str(row["phone"] or "").strip()) if n
                            ]
                            db.table(table).delete(row["id"])
                            counts[table] = counts.get(table, 0) + 1
                for row in self._dicts("SELECT id, name FROM meeting_attendee"):
                    if query.matches(str(row["name"] or "")):
                        db.table("meeting_attendee").delete(row["id"])
                        counts["meeting_attendee"] = counts.get("meeting_attendee", 0) + 1
                for table, name_col, email_col, phone_col, extra in _CONTACTS:
                    for row in self._dicts(f"SELECT * FROM [{table}]"):
                        if query.matches(str(row[name_col] or ""), str(row[email_col] or "")):
                            needles += [n for n in (str(row[email_col] or ""), str(row[phone_col] or "")) if n.strip()]
                            cleared = dict.fromkeys((name_col, email_col, phone_col, *extra), "")
                            db.table(table).update(row["id"], {**cleared, "updated_at": now})
                            counts[table] = counts.get(table, 0) + 1
                for table, columns in self._text_columns().items():
                    for row in self._dicts(f"SELECT * FROM [{table}]"):
                        changes = {}
                        for column in columns:
                            value = row.get(column)
                            if isinstance(value, str) and value:
                                erased = erase_mentions(value, needles)
                                if erased != value:
                                    changes[column] = erased
                        if changes:
                            if "updated_at" in row:
                                changes["updated_at"] = now
                            db.table(table).update(row["id"], changes)
                            counts[table] = counts.get(table, 0) + 1
            # The rollback journal held the old page images until the commit truncated it; a file
            # still in WAL mode is converted when opened for writing, so this only tidies up.
            with contextlib.suppress(sqlite3.Error):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.execute("PRAGMA secure_delete = OFF")
        return counts

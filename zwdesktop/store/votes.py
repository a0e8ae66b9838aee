"""Dot votes in the workshop file (``store.votes``): rounds, options with tallies, ballots and each round's history.

Every method is one committed transaction through :meth:`WorkshopStore.write`
(reporting a change of :attr:`~.changes.Area.VOTES` with its ids), checked against the rules in
:mod:`zwdesktop.core.votes` first: a refused value raises
:class:`~zwdesktop.store.errors.InvalidValueError` and changes nothing.
Methods that change state return what an undo needs to take them back.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from msgspec import Struct, field
from msgspec.structs import replace

from ..core.validation import Problem
from ..core.votes import (
    Ballot,
    RoundEvent,
    VoteOption,
    VoteRound,
    check_ballot,
    check_option_label,
    check_round,
    check_round_field,
    check_tally,
)
from ..core.votes_exchange import VoteData
from ..core.votes_records import (
    ballot_from_record,
    event_from_record,
    option_from_record,
    option_to_record,
    round_from_record,
    round_to_record,
)
from ..core.workshop import utc_now
from .changes import Area
from .errors import InvalidValueError, StoreError, StoreErrorKind
from .fields import check_fields
from .repository import Repository

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .row_journal import RowJournal
ROUND_FIELDS = (
    "title",
    "phase",
    "participants",
    "dots_per_person",
    "stacking",
    "cap_per_option",
    "cutoff",
    "entry",
    "status",
    "settlement",
    "settlement_note",
    "chosen_ids",
)


class RoundSnapshot(Struct):
    """Everything of one round, so a removed round can be put back exactly (undo)."""

    round: VoteRound
    options: list[VoteOption] = field(default_factory=list)
    ballots: list[Ballot] = field(default_factory=list)
    events: list[RoundEvent] = field(default_factory=list)


def round_row(round_: VoteRound, workshop_id: str) -> dict[str, Any]:
    """The ``vote_round`` row of a round."""
    row = round_to_record(round_)
    row["chosen_ids"] = json.dumps(row["chosen_ids"])
    row["workshop_id"] = workshop_id
    return row


def option_row(option: VoteOption) -> dict[str, Any]:
    """The ``vote_option`` row of an option."""
    return option_to_record(option)


def ballot_row(ballot: Ballot) -> dict[str, Any]:
    """The ``vote_ballot`` row of a ballot (dots as JSON text)."""
    return {
        "id": ballot.id,
        "round_id": ballot.round_id,
        "number": ballot.number,
        "dots": json.dumps(dict(sorted(ballot.dots.items()))),
        "updated_at": ballot.updated_at,
    }


def event_row(event: RoundEvent) -> dict[str, Any]:
    """The ``vote_event`` row of a history entry."""
    return {"id": event.id, "round_id": event.round_id, "kind": event.kind, "at": event.at, "note": event.note}


def _round_of_row(row: dict[str, Any]) -> VoteRound:
    row = dict(row)
    row["chosen_ids"] = json.loads(row.get("chosen_ids") or "[]")
    return round_from_record(row)


def _ballot_of_row(row: dict[str, Any]) -> Ballot:
    row = dict(row)
    row["dots"] = json.loads(row.get("dots") or "{}")
    return ballot_from_record(row)


class VoteRepository(Repository):
    """The dot votes of one open workshop file."""

    area = Area.VOTES

    def _dicts(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        return [dict(row) for row in self._rows(sql, params)]

    # ---- reading -------------------------------------------------------

    def rounds(self) -> list[VoteRound]:
        """All rounds of the workshop, in their order."""
        rows = self._dicts(
            "SELECT * FROM vote_round WHERE workshop_id = ? ORDER BY position, created_at, id", [self.workshop_id]
        )
        return [_round_of_row(row) for row in rows]

    def round(self, round_id: str) -> VoteRound:
        """One round by id."""
        rows = self._dicts("SELECT * FROM vote_round WHERE id = ?", [round_id])
        if not rows:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=round_id)
        return _round_of_row(rows[0])

    def options(self, round_id: str | None = None) -> list[VoteOption]:
        """The options of one round (or of all rounds), in their order."""
        if round_id is None:
            rows = self._dicts("SELECT * FROM vote_option ORDER BY round_id, position, id", [])
        else:
            rows = self._dicts("SELECT * FROM vote_option WHERE round_id = ? ORDER BY position, id", [round_id])
        return [option_from_record(row) for row in rows]

    def option(self, option_id: str) -> VoteOption:
        """One option by id."""
        rows = self._dicts("SELECT * FROM vote_option WHERE id = ?", [option_id])
        if not rows:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=option_id)
        return option_from_record(rows[0])

    def ballots(self, round_id: str | None = None) -> list[Ballot]:
        """The ballots of one round (or of all), by participant number."""
        if round_id is None:
            rows = self._dicts("SELECT * FROM vote_ballot ORDER BY round_id, number, id", [])
        else:
            rows = self._dicts("SELECT * FROM vote_ballot WHERE round_id = ? ORDER BY number, id", [round_id])
        return [_ballot_of_row(row) for row in rows]

    def events(self, round_id: str | None = None) -> list[RoundEvent]:
        """The history of one round (or of all), oldest first."""
        if round_id is None:
            rows = self._dicts("SELECT * FROM vote_event ORDER BY at, id", [])
        else:
            rows = self._dicts("SELECT * FROM vote_event WHERE round_id = ? ORDER BY at, id", [round_id])
        return [event_from_record(row) for row in rows]

    def snapshot(self, round_id: str) -> RoundSnapshot:
        """Everything of one round."""
        return RoundSnapshot(
            self.round(round_id), self.options(round_id), self.ballots(round_id), self.events(round_id)
        )

    # ---- rounds --------------------------------------------------------

    def add_round(self, snapshot: RoundSnapshot) -> None:
        """Add a round with its options (and ballots and history, when putting a removed round back)."""
        problem = check_round(snapshot.round)
        if problem:
            raise InvalidValueError("round", problem)
        for option in snapshot.options:
            problem = check_option_label(option.label) or check_tally(option.tally)
            if problem:
                raise InvalidValueError("option", problem)
        ids = (snapshot.round.id, *(o.id for o in snapshot.options))
        with self._write(ids) as db:
            db.table("vote_round").insert(round_row(snapshot.round, self.workshop_id))
            self._insert_children(db, snapshot)

    @staticmethod
    def _insert_children(db: Database, snapshot: RoundSnapshot) -> None:
        if snapshot.options:
            db.table("vote_option").insert_all([option_row(o) for o in snapshot.options])
        if snapshot.ballots:
            db.table("vote_ballot").insert_all([ballot_row(b) for b in snapshot.ballots])
        if snapshot.events:
            db.table("vote_event").insert_all([event_row(e) for e in snapshot.events])

    def remove_round(self, round_id: str) -> RoundSnapshot:
        """Remove a round with everything in it; returns it for an undo. A round with a run-off keeps it (unlinked)."""
        snapshot = self.snapshot(round_id)
        with self._write([round_id]) as db:
            for table in ("vote_event", "vote_ballot", "vote_option"):
                db.execute(f"DELETE FROM [{table}] WHERE round_id = ?", [round_id])
            db.table("vote_round").delete(round_id)
        return snapshot

    def update_round(
        self,
        round_id: str,
        changes: dict[str, Any],
        add_event: RoundEvent | None = None,
        remove_event_id: str | None = None,
    ) -> VoteRound:
        """Change fields of a round (checked), optionally noting or taking back a history entry in the same step."""
        current = self.round(round_id)
        check_fields(changes, ROUND_FIELDS, check_round_field)
        updated = replace(current, **changes, updated_at=utc_now())
        problem = check_round(updated)
        if problem:
            raise InvalidValueError("round", problem)
        with self._write([round_id]) as db:
            db.table("vote_round").update(round_id, round_row(updated, self.workshop_id))
            if add_event is not None:
                db.table("vote_event").insert(event_row(add_event))
            if remove_event_id is not None:
                db.table("vote_event").delete(remove_event_id)
        return updated

    # ---- options and tallies --------------------------------------------

    def set_tallies(self, tallies: dict[str, int]) -> dict[str, int]:
        """Set the tallies of options (one or many, one step); returns the old ones for an undo."""
        for value in tallies.values():
            problem = check_tally(value)
            if problem:
                raise InvalidValueError("tally", problem)
        old = {option_id: self.option(option_id).tally for option_id in tallies}
        now = utc_now()
        with self._write(tallies) as db:
            for option_id, value in tallies.items():
                db.table("vote_option").update(option_id, {"tally": value, "updated_at": now})
        return old

    def add_option(self, option: VoteOption) -> None:
        """Add an option to a round."""
        problem = check_option_label(option.label) or check_tally(option.tally)
        if problem:
            raise InvalidValueError("label", problem)
        self.round(option.round_id)
        with self._write([option.id]) as db:
            db.table("vote_option").insert(option_row(replace(option, updated_at=utc_now())))

    def update_option_label(self, option_id: str, label: str) -> VoteOption:
        """Change the text of an option."""
        problem = check_option_label(label)
        if problem:
            raise InvalidValueError("label", problem)
        updated = replace(self.option(option_id), label=label, updated_at=utc_now())
        with self._write([option_id]) as db:
            db.table("vote_option").update(option_id, option_row(updated))
        return updated

    def remove_option(self, option_id: str) -> VoteOption:
        """Remove an option; returns it for an undo. Refused while a ballot has dots on it (remove those first)."""
        option = self.option(option_id)
        if any(ballot.dots.get(option_id) for ballot in self.ballots(option.round_id)):
            raise InvalidValueError("option", Problem("vote_option_has_dots", {"option": option.label}))
        with self._write([option_id]) as db:
            db.table("vote_option").delete(option_id)
        return option

    # ---- ballots -------------------------------------------------------

    def save_ballot(self, ballot: Ballot) -> Ballot | None:
        """Add or replace a ballot after checking it against the round's rules; returns the replaced one (or None).

        A ballot that breaks a rule raises :class:`InvalidValueError` whose
        problem names the rule; nothing is written.
        """
        round_ = self.round(ballot.round_id)
        options = self.options(ballot.round_id)
        others = self.ballots(ballot.round_id)
        cleaned = replace(ballot, dots={k: v for k, v in ballot.dots.items() if v}, updated_at=utc_now())
        problem = check_ballot(round_, options, cleaned, others)
        if problem:
            raise InvalidValueError("ballot", problem)
        previous = next((b for b in others if b.id == ballot.id), None)
        with self._write([ballot.id]) as db:
            if previous is None:
                db.table("vote_ballot").insert(ballot_row(cleaned))
            else:
                db.table("vote_ballot").update(ballot.id, ballot_row(cleaned))
        return previous

    def restore_ballot(self, ballot: Ballot) -> None:
        """Put a ballot back as it was (undo; no rule check, it was valid when written)."""
        with self._write([ballot.id]) as db:
            db.table("vote_ballot").upsert(ballot_row(ballot), pk="id")

    def remove_ballot(self, ballot_id: str) -> None:
        """Remove a ballot."""
        with self._write([ballot_id]) as db:
            db.table("vote_ballot").delete(ballot_id)

    # ---- the whole feature -------------------------------------------------

    def data(self) -> VoteData:
        """All dot votes of the file as records (for the exchange document and the results)."""
        return VoteData(self.rounds(), self.options(), self.ballots(), self.events())

    def insert_data(self, db: Database, data: VoteData) -> None:
        """Write all of ``data`` into a new file (inside the caller's transaction)."""
        if data.rounds:
            db.table("vote_round").insert_all([round_row(r, self.workshop_id) for r in data.rounds])
        self._insert_children(db, RoundSnapshot(VoteRound(), data.options, data.ballots, data.events))

    def merge_data(self, journal: RowJournal, data: VoteData, count: Callable[[str, str], None]) -> None:
        """Merge a document's votes by UUID (inside the caller's transaction): later ``updated_at`` wins.

        ``count(outcome, kind)`` is told of every row added, updated or kept
        because the file's copy was newer. History entries are only ever added.
        Rounds go first, so the options, ballots and entries of a new round find it.
        """
        mine = self.data()
        tables: list[tuple[str, str, list[Any], list[Any], Callable[[Any], dict[str, Any]]]] = [
            ("vote_rounds", "vote_round", data.rounds, mine.rounds, lambda r: round_row(r, self.workshop_id)),
            ("vote_options", "vote_option", data.options, mine.options, option_row),
            ("vote_ballots", "vote_ballot", data.ballots, mine.ballots, ballot_row),
        ]
        for kind, table, theirs, ours, to_row in tables:
            existing = {item.id: item for item in ours}
            for item in theirs:
                current = existing.get(item.id)
                if current is None:
                    journal.insert(table, to_row(item))
                    count("added", kind)
                elif item.updated_at > current.updated_at:
                    journal.update(table, item.id, to_row(item))
                    count("updated", kind)
                elif item.updated_at < current.updated_at and item != current:
                    count("kept_newer", kind)
        known_events = {event.id for event in mine.events}
        new_events = [event_row(e) for e in data.events if e.id not in known_events]
        journal.insert_all("vote_event", new_events)
        for _event in new_events:
            count("added", "vote_events")


__all__ = ["RoundSnapshot", "VoteRepository", "ballot_row", "event_row", "option_row", "round_row"]

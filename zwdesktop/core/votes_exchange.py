"""The dot votes' part of the exchange document: rounds, options (with tallies), ballots, history, results.

``vote_results`` is derived on export (ranking, tie flag, what goes forward)
and ignored on import, like ``actuals``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from msgspec import Struct, field

from .exchange_check import DocumentError, check_unique
from .instants import canonical_instant
from .votes import (
    Ballot,
    RoundEvent,
    VoteOption,
    VoteRound,
    check_ballot,
    check_option_label,
    check_round,
    check_round_field,
    outcome,
)
from .votes_records import (
    ballot_from_record,
    ballot_to_record,
    event_from_record,
    event_to_record,
    option_from_record,
    option_to_record,
    round_from_record,
    round_to_record,
)


class VoteData(Struct):
    """All dot votes of a workshop as records."""

    rounds: list[VoteRound] = field(default_factory=list)
    options: list[VoteOption] = field(default_factory=list)
    ballots: list[Ballot] = field(default_factory=list)
    events: list[RoundEvent] = field(default_factory=list)

    def runoffs(self) -> dict[str, tuple[VoteRound, list[VoteOption], list[Ballot]]]:
        """Round id -> its (latest) run-off round with options and ballots."""
        result: dict[str, tuple[VoteRound, list[VoteOption], list[Ballot]]] = {}
        for round_ in sorted(self.rounds, key=lambda r: (r.created_at, r.id)):
            if round_.runoff_of:
                result[round_.runoff_of] = (round_, self.options_of(round_.id), self.ballots_of(round_.id))
        return result

    def options_of(self, round_id: str) -> list[VoteOption]:
        """The options of one round in order."""
        return sorted((o for o in self.options if o.round_id == round_id), key=lambda o: (o.position, o.id))

    def ballots_of(self, round_id: str) -> list[Ballot]:
        """The ballots of one round by number."""
        return sorted((b for b in self.ballots if b.round_id == round_id), key=lambda b: (b.number, b.id))


def votes_to_document(data: VoteData) -> dict[str, Any]:
    """The document keys of the votes, in a stable order."""
    rounds = sorted(data.rounds, key=lambda r: (r.position, r.created_at, r.id))
    return {
        "vote_rounds": [round_to_record(r) for r in rounds],
        "vote_options": [
            option_to_record(o) for o in sorted(data.options, key=lambda o: (o.round_id, o.position, o.id))
        ],
        "vote_ballots": [ballot_to_record(b) for b in sorted(data.ballots, key=lambda b: (b.round_id, b.number, b.id))],
        "vote_events": [event_to_record(e) for e in sorted(data.events, key=lambda e: (e.at, e.id))],
        "vote_results": vote_results(data, rounds),
    }


def vote_results(data: VoteData, rounds: Sequence[VoteRound]) -> list[dict[str, Any]]:
    """Derived: per round the ranking (rank, dots, standing), whether a tie crosses the cut-off, what goes forward."""
    runoffs = data.runoffs()
    results = []
    for round_ in rounds:
        result = outcome(round_, data.options_of(round_.id), data.ballots_of(round_.id), runoffs)
        results.append(
            {
                "round_id": round_.id,
                "ranking": [
                    {"option_id": r.option_id, "rank": r.rank, "dots": r.count, "standing": r.standing}
                    for r in result.ranking
                ],
                "tie_at_cutoff": result.tie,
                "forward": result.forward,
            }
        )
    return results


def votes_from_document(document: dict[str, Any]) -> VoteData:
    """The votes of a schema-valid document, with references and rules checked (raises ``DocumentError``)."""

    def convert(key: str, convert_one: Any) -> list[Any]:
        items = []
        for index, record in enumerate(document.get(key, [])):
            try:
                items.append(convert_one(record))
            except (ValueError, KeyError, TypeError) as exc:
                raise DocumentError(f"$.{key}[{index}]", "invalid", message=str(exc)) from exc
        check_unique([item.id for item in items], f"$.{key}")
        return items

    rounds: list[VoteRound] = convert("vote_rounds", round_from_record)
    options: list[VoteOption] = convert("vote_options", option_from_record)
    ballots: list[Ballot] = convert("vote_ballots", ballot_from_record)
    events: list[RoundEvent] = convert("vote_events", event_from_record)
    round_ids = {r.id for r in rounds}
    for index, round_ in enumerate(rounds):
        round_.updated_at = canonical_instant(round_.updated_at)
        round_.created_at = canonical_instant(round_.created_at)
        for name in ("title", "settlement_note"):
            problem = check_round_field(name, getattr(round_, name))
            if problem:
                raise DocumentError(f"$.vote_rounds[{index}].{name}", problem.code, **problem.params)
        problem = check_round(round_)
        if problem:
            raise DocumentError(f"$.vote_rounds[{index}]", problem.code, **problem.params)
        if round_.runoff_of and round_.runoff_of not in round_ids:
            raise DocumentError(f"$.vote_rounds[{index}].runoff_of", "unknown_round", value=round_.runoff_of)
    owners: list[tuple[str, list[str]]] = [
        ("vote_options", [o.round_id for o in options]),
        ("vote_ballots", [b.round_id for b in ballots]),
        ("vote_events", [e.round_id for e in events]),
    ]
    for key, round_refs in owners:
        for index, round_id in enumerate(round_refs):
            if round_id not in round_ids:
                raise DocumentError(f"$.{key}[{index}].round_id", "unknown_round", value=round_id)
    for index, option in enumerate(options):
        option.updated_at = canonical_instant(option.updated_at)
        problem = check_option_label(option.label)
        if problem:
            raise DocumentError(f"$.vote_options[{index}].label", problem.code, **problem.params)
    for event in events:
        event.at = canonical_instant(event.at)
    by_round = VoteData(rounds, options, ballots, events)
    rounds_by_id = {r.id: r for r in rounds}
    for index, ballot in enumerate(ballots):
        ballot.updated_at = canonical_instant(ballot.updated_at)
        others = [b for b in by_round.ballots_of(ballot.round_id) if b.id != ballot.id]
        problem = check_ballot(rounds_by_id[ballot.round_id], by_round.options_of(ballot.round_id), ballot, others)
        if problem:
            raise DocumentError(f"$.vote_ballots[{index}]", problem.code, **problem.params)
    return by_round

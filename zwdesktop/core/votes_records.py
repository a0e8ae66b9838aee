"""Dot-vote records as plain dicts: the shape of the exchange document (the store adds its own columns)."""

from __future__ import annotations

from typing import Any

from msgspec.structs import asdict

from .votes import Ballot, RoundEvent, VoteOption, VoteRound


def round_to_record(round_: VoteRound) -> dict[str, Any]:
    """A round as a plain dict."""
    record = asdict(round_)
    record["chosen_ids"] = list(round_.chosen_ids)
    return record


def round_from_record(record: dict[str, Any]) -> VoteRound:
    """The round of such a dict (missing optional keys take their defaults)."""
    defaults = asdict(VoteRound(id=record["id"]))
    values = {key: record.get(key, default) for key, default in defaults.items()}
    for key in ("participants", "dots_per_person", "cap_per_option", "cutoff", "position"):
        values[key] = int(values[key] or 0)
    for key in ("phase", "settlement", "settlement_note"):
        values[key] = values[key] or ""
    values["chosen_ids"] = list(values["chosen_ids"] or [])
    return VoteRound(**values)


def option_to_record(option: VoteOption) -> dict[str, Any]:
    """An option as a plain dict."""
    return asdict(option)


def option_from_record(record: dict[str, Any]) -> VoteOption:
    """The option of such a dict."""
    return VoteOption(
        id=record["id"],
        round_id=record["round_id"],
        label=record["label"],
        source_kind=record.get("source_kind") or "custom",
        source_id=record.get("source_id"),
        tally=int(record.get("tally") or 0),
        position=int(record.get("position") or 0),
        parent_option_id=record.get("parent_option_id"),
        updated_at=record["updated_at"],
    )


def ballot_to_record(ballot: Ballot) -> dict[str, Any]:
    """A ballot as a plain dict (its dots as ``{option id: dots}``, in a stable order)."""
    record = asdict(ballot)
    record["dots"] = dict(sorted(ballot.dots.items()))
    return record


def ballot_from_record(record: dict[str, Any]) -> Ballot:
    """The ballot of such a dict."""
    return Ballot(
        id=record["id"],
        round_id=record["round_id"],
        number=int(record["number"]),
        dots={str(key): int(value) for key, value in dict(record.get("dots") or {}).items()},
        updated_at=record["updated_at"],
    )


def event_to_record(event: RoundEvent) -> dict[str, Any]:
    """A history entry as a plain dict."""
    return asdict(event)


def event_from_record(record: dict[str, Any]) -> RoundEvent:
    """The history entry of such a dict."""
    return RoundEvent(
        id=record["id"],
        round_id=record["round_id"],
        kind=record["kind"],
        at=record["at"],
        note=record.get("note") or "",
    )

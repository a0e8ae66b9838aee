"""The facts of the press text, gathered from everything in a workshop (one place for the GUI and the CLI)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .agreements import press_facts
from .votes import RoundStatus, outcome

if TYPE_CHECKING:
    from .exchange import ExchangeData
    from .press_text import PressFacts
    from .vote_exchange import VoteData


def top_topics(votes: VoteData) -> list[str]:
    """The options that went forward in the closed dot votes (not run-offs, not mood checks), in round order."""
    runoffs = votes.runoffs()
    topics: list[str] = []
    for round_ in sorted(votes.rounds, key=lambda r: (r.created_at, r.id)):
        if round_.runoff_of or round_.is_mood or round_.status != RoundStatus.CLOSED.value:
            continue
        options = votes.options_of(round_.id)
        result = outcome(round_, options, votes.ballots_of(round_.id), runoffs)
        labels = {option.id: option.label for option in options}
        for option_id in result.forward or []:
            label = labels.get(option_id, "").strip()
            if label and label not in topics:
                topics.append(label)
    return topics


def workshop_press_facts(data: ExchangeData) -> PressFacts:
    """Top topics from the dot votes and the agreements' first meetings."""
    result: PressFacts = press_facts(data.agreements, data.workshop.timezone, top_topics(data.votes))
    return result

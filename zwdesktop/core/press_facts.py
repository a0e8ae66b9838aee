"""The facts of the press text, gathered from everything in a workshop (one place for the GUI and the CLI)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from msgspec.structs import replace

from .agreements import AgreementsData, AgreementStatus
from .press_text import FirstMeeting, PressFacts
from .votes import RoundStatus, outcome
from .workshop import Phase

if TYPE_CHECKING:
    from .exchange import ExchangeData
    from .votes_exchange import VoteData


def topics_by_phase(votes: VoteData) -> dict[str, list[str]]:
    """What went forward in the closed dot votes (not run-offs, not mood checks), by the round's phase, in round order."""
    runoffs = votes.runoffs()
    found: dict[str, list[str]] = {}
    for round_ in sorted(votes.rounds, key=lambda r: (r.created_at, r.id)):
        if round_.runoff_of or round_.is_mood or round_.status != RoundStatus.CLOSED.value:
            continue
        options = votes.options_of(round_.id)
        result = outcome(round_, options, votes.ballots_of(round_.id), runoffs)
        labels = {option.id: option.label for option in options}
        topics = found.setdefault(round_.phase or "", [])
        for option_id in result.forward or []:
            label = labels.get(option_id, "").strip()
            if label and label not in topics:
                topics.append(label)
    return found


def top_topics(votes: VoteData) -> list[str]:
    """The options that went forward in the closed dot votes (every phase), in round order."""
    topics: list[str] = []
    for labels in topics_by_phase(votes).values():
        topics += [label for label in labels if label not in topics]
    return topics


def agreements_press_facts(data: AgreementsData, zone: str, top_topics: list[str] | None = None) -> PressFacts:
    """The agreements' first meetings for the press text (:class:`~zwdesktop.core.press_text.PressFacts`)."""
    firsts = []
    for bundle in data.bundles():
        if bundle.agreement.status == AgreementStatus.DROPPED.value:
            continue
        first = bundle.first_meeting
        if first is None:
            continue  # "meets for the first time." without a date says nothing
        firsts.append((first.starts_at, bundle.agreement.title, first.place))
    # A reader meets the groups as a calendar, the first to meet first: the agreements' own order
    # is the moderator's (by importance, say) and means nothing in a newspaper.
    firsts.sort(key=lambda first: first[0])
    local = ZoneInfo(zone)
    meetings = [
        FirstMeeting(group=title, start=starts.astimezone(local), place=place) for starts, title, place in firsts
    ]
    return PressFacts(top_topics=list(top_topics or []), meetings=meetings)


def workshop_press_facts(data: ExchangeData) -> PressFacts:
    """The critique points and wishes that went forward in the dot votes, and the agreements' first meetings."""
    by_phase = topics_by_phase(data.votes)
    critique = by_phase.pop(Phase.CRITIQUE.value, [])
    wishes = by_phase.pop(Phase.FANTASY.value, [])
    others = [label for labels in by_phase.values() for label in labels]
    result = agreements_press_facts(data.agreements, data.workshop.timezone, others)
    return replace(result, critique_topics=critique, wishes=wishes)

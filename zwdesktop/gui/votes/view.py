"""One round as the window and the projector show it: its data, results and bars."""

from __future__ import annotations

from msgspec import Struct, field

from ...core.votes import (
    FORWARD,
    MOOD_SCALE,
    OUT,
    TIED,
    Ballot,
    Outcome,
    RoundStatus,
    VoteOption,
    VoteRound,
    counts_of,
    outcome,
)
from ...store.votes import VoteRepository
from .chart import Bar
from .texts import VoteTexts


class RoundView(Struct):
    """A round with its options, ballots, dots per option and outcome."""

    round: VoteRound
    options: list[VoteOption]
    ballots: list[Ballot]
    counts: dict[str, int]
    outcome: Outcome
    # Round id -> its run-off (round, options, ballots), as the outcome was computed with.
    runoffs: dict[str, tuple[VoteRound, list[VoteOption], list[Ballot]]] = field(default_factory=dict)

    def option_text(self, option: VoteOption) -> str:
        """How an option is named in the window: its text, or a Blitzlicht face's word ("very good")."""
        if self.round.is_mood and option.label in MOOD_SCALE:
            return VoteTexts().mood_word(MOOD_SCALE.index(option.label))
        return option.label

    @property
    def closed(self) -> bool:
        """Whether the results may be shown."""
        return self.round.status == RoundStatus.CLOSED.value

    def label(self, option_id: str) -> str:
        """The text of an option."""
        return next((o.label for o in self.options if o.id == option_id), "")

    def tied_ids(self) -> list[str]:
        """The options in the tie at the cut-off line."""
        return [r.option_id for r in self.outcome.ranking if r.standing == TIED]

    def bars(self, hide_counts: bool = False) -> list[Bar]:
        """Bars sorted by dots (a mood check keeps the scale's order); settled ties show what goes forward."""
        forward = set(self.outcome.forward or [])
        ranking = {r.option_id: r for r in self.outcome.ranking}
        if self.round.is_mood or hide_counts:
            # Hidden counts keep the options' own order: a sorted list would give the result away.
            order = [o.id for o in self.options]
        else:
            order = [r.option_id for r in self.outcome.ranking]
        if self.outcome.forward is not None and not self.round.is_mood and not hide_counts:
            # Among equal counts, what goes forward (after a settled tie) stands above the cut-off line.
            order.sort(key=lambda i: (-ranking[i].count, i not in forward))
        bars = []
        texts = VoteTexts()
        for option_id in order:
            entry = ranking[option_id]
            standing = entry.standing
            if self.round.is_mood or hide_counts:
                standing = OUT
            elif self.outcome.forward is not None:
                standing = FORWARD if option_id in forward else OUT
            label = self.label(option_id)
            caption = texts.mood_word(MOOD_SCALE.index(label)) if self.round.is_mood and label in MOOD_SCALE else ""
            bars.append(Bar(label, entry.count, entry.rank, standing, hidden=hide_counts, caption=caption))
        return bars


def load_round(votes: VoteRepository, round_id: str) -> RoundView:
    """Everything about one round, computed afresh from the file."""
    round_ = votes.round(round_id)
    options = votes.options(round_id)
    ballots = votes.ballots(round_id)
    runoffs = {}
    for other in votes.rounds():
        if other.runoff_of:
            runoffs[other.runoff_of] = (other, votes.options(other.id), votes.ballots(other.id))
    result = outcome(round_, options, ballots, runoffs)
    return RoundView(round_, options, ballots, counts_of(round_, options, ballots), result, runoffs)

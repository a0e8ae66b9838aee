"""One round as the window and the projector show it: its data, results, bars and rule sentences."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..core.votes import (
    FORWARD,
    OUT,
    TIED,
    Ballot,
    Outcome,
    RoundStatus,
    Settlement,
    Stacking,
    VoteOption,
    VoteRound,
    counts_of,
    outcome,
)
from ..store.votes import VoteStore
from .i18n import arg
from .vote_chart import Bar


@dataclass
class RoundView:
    """A round with its options, ballots, dots per option and outcome."""

    round: VoteRound
    options: list[VoteOption]
    ballots: list[Ballot]
    counts: dict[str, int]
    outcome: Outcome

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
        for option_id in order:
            entry = ranking[option_id]
            standing = entry.standing
            if self.round.is_mood or hide_counts:
                standing = OUT
            elif self.outcome.forward is not None:
                standing = FORWARD if option_id in forward else OUT
            bars.append(Bar(self.label(option_id), entry.count, entry.rank, standing, hidden=hide_counts))
        return bars


def load_round(votes: VoteStore, round_id: str) -> RoundView:
    """Everything about one round, computed afresh from the file."""
    round_ = votes.round(round_id)
    options = votes.options(round_id)
    ballots = votes.ballots(round_id)
    runoffs = {}
    for other in votes.rounds():
        if other.runoff_of:
            runoffs[other.runoff_of] = (other, votes.options(other.id), votes.ballots(other.id))
    return RoundView(round_, options, ballots, counts_of(round_, options, ballots), outcome(round_, options, ballots, runoffs))


def rules_text(round_: VoteRound) -> str:
    """The rules announced before voting, e.g. "Each person has 5 dots, at most 2 per option. The top 3 go forward."."""
    if round_.is_mood:
        return QCoreApplication.translate("Votes", "Each person puts one dot on the face that fits best.")
    if round_.stacking == Stacking.CAP.value:
        text = QCoreApplication.translate("Votes", "Each person has %1 dots, at most %2 per option.")
        text = arg(text, str(round_.dots_per_person), str(round_.cap_per_option))
    else:
        text = QCoreApplication.translate("Votes", "Each person has %1 dots and may put several on one option.")
        text = arg(text, str(round_.dots_per_person))
    cutoff = arg(QCoreApplication.translate("Votes", "The top %1 go forward."), str(round_.cutoff))
    return f"{text} {cutoff}"


def settlement_text(view: RoundView) -> str:
    """How a tie at the cut-off was (or is to be) settled, for the window and the projector."""
    if not view.outcome.tie:
        return ""
    tied = ", ".join(view.label(i) for i in view.tied_ids())
    settlement = view.round.settlement
    if settlement == Settlement.RUNOFF.value:
        text = QCoreApplication.translate("Votes", "Tie at the cut-off line (%1): settled by a run-off round.")
        if view.outcome.forward is None:
            text = QCoreApplication.translate("Votes", "Tie at the cut-off line (%1): the run-off round decides.")
    elif settlement == Settlement.ALL_FORWARD.value:
        text = QCoreApplication.translate("Votes", "Tie at the cut-off line (%1): all tied options go forward.")
    elif settlement == Settlement.GROUP.value:
        text = QCoreApplication.translate("Votes", "Tie at the cut-off line (%1): the group decided.")
    else:
        text = QCoreApplication.translate("Votes", "Tie at the cut-off line: %1 have the same number of dots.")
    text = arg(text, tied)
    if view.round.settlement_note:
        text += " " + view.round.settlement_note
    return text

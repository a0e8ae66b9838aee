"""The run-off round that settles a tie at the cut-off line, and its score for the settled round's text.

Plain Python, no Qt, no SQL (see :mod:`zwdesktop.core.votes`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .votes import FORWARD, TIED, Ballot, Ranked, RoundStatus, Stacking, VoteOption, VoteRound, counts_of

Runoffs = Mapping[str, tuple[VoteRound, Sequence[VoteOption], Sequence[Ballot]]]


def runoff_round(
    round_: VoteRound, options: Sequence[VoteOption], ranking: Sequence[Ranked]
) -> tuple[VoteRound, list[VoteOption]]:
    """A new run-off round among the tied options of ``round_``, linked to it by ``runoff_of``.

    Its cut-off is the number of places the tie left open, and each person
    gets that many dots, at most one per option (the usual run-off at the
    board). Its options keep the source of the tied ones (idea, cluster, text)
    and point to them with ``parent_option_id``, so the winners are matched back.
    """
    clear = sum(1 for entry in ranking if entry.standing == FORWARD)
    tied = [entry.option_id for entry in ranking if entry.standing == TIED]
    by_id = {option.id: option for option in options}
    places = max(1, round_.cutoff - clear)
    runoff = VoteRound(
        title=round_.title,
        kind=round_.kind,
        phase=round_.phase,
        participants=round_.participants,
        dots_per_person=places,
        stacking=Stacking.CAP.value,
        cap_per_option=1,
        cutoff=places,
        entry=round_.entry,
        runoff_of=round_.id,
        position=round_.position + 1,
    )
    new_options = [
        VoteOption(
            round_id=runoff.id,
            label=by_id[option_id].label,
            source_kind=by_id[option_id].source_kind,
            source_id=by_id[option_id].source_id,
            parent_option_id=option_id,
            position=index,
        )
        for index, option_id in enumerate(tied)
    ]
    return runoff, new_options


def runoff_score(round_id: str, runoffs: Runoffs) -> list[tuple[str, int]]:
    """How the run-off of round ``round_id`` ended: ``(tied option id of that round, run-off dots)``, most first.

    Empty while the round has no run-off or it is still open. Equal counts keep the run-off's own order.
    """
    if round_id not in runoffs:
        return []
    runoff, options, ballots = runoffs[round_id]
    if runoff.status != RoundStatus.CLOSED.value:
        return []
    counts = counts_of(runoff, options, ballots)
    ordered = sorted(options, key=lambda option: (-counts[option.id], option.position))
    return [(option.parent_option_id or option.id, counts[option.id]) for option in ordered]

"""What a dot vote can be held on: the clusters and the unclustered ideas of a phase, and a new round's phase."""

from __future__ import annotations

from ...core.clock import ClockStatus
from ...core.validation import MAX_SHORT_TEXT
from ...core.votes import EventKind, SourceKind
from ...store import WorkshopStore
from ..session import WorkshopSession
from .results import CARRY_TARGETS


def _label(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= MAX_SHORT_TEXT else one_line[: MAX_SHORT_TEXT - 1] + "…"


def idea_sources(store: WorkshopStore, phase: str) -> list[tuple[str, str, str | None]]:
    """``(label, source_kind, source_id)``: the clusters holding ideas of ``phase``, then all its ideas.

    With ``phase`` empty (a hand-picked round) every phase's clusters and ideas are offered.
    """
    ideas = [idea for idea in store.ideas.all() if not phase or idea.phase == phase]
    used = {idea.cluster_id for idea in ideas if idea.cluster_id}
    sources: list[tuple[str, str, str | None]] = [
        (_label(cluster.name), SourceKind.CLUSTER.value, cluster.id)
        for cluster in store.ideas.clusters()
        if cluster.id in used
    ]
    sources += [(_label(idea.text), SourceKind.IDEA.value, idea.id) for idea in ideas]
    return sources


def new_round_phase(session: WorkshopSession) -> str:
    """Where a new dot vote's options come from (and so where its winners are carried forward).

    The idea phase that runs now (or that the Ideas section chose); before the clock runs, the
    phase the last dot vote carried its winners into (a critique round's become the fantasy
    phase's themes), else the last dot vote's own phase, else the agenda's first idea phase.
    """
    context = session.idea_context
    controller = context.controller
    running = controller is not None and controller.state.status in (ClockStatus.RUNNING, ClockStatus.PAUSED)
    if running or context.chosen_phase:
        return context.phase()
    votes = session.store.votes
    rounds = [r for r in votes.rounds() if not r.is_mood and not r.runoff_of]
    if rounds:
        last = rounds[-1]
        carried = any(e.kind == EventKind.CARRIED.value for e in votes.events(last.id))
        if carried and CARRY_TARGETS.get(last.phase) == "fantasy":
            return "fantasy"
        if last.phase:
            return last.phase
    return context.phase()

"""Settling a tie at the cut-off line (run-off, all forward, the group decides) and carrying the winners forward."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...core.validation import MAX_SHORT_TEXT
from ...core.votes import EventKind, RoundEvent, Settlement
from ...core.votes_runoff import runoff_round
from ...store.votes import RoundSnapshot
from ..i18n import arg
from ..phases import phase_name
from . import commands as vote_commands
from .carry import carry_command
from .dialogs import VoteAsk
from .results import CARRY_TARGETS

if TYPE_CHECKING:
    from .page import VotesPage


class TieActions(QObject):
    """The results' buttons of the votes page: each settles, takes back or carries forward as one undo step."""

    def __init__(self, page: VotesPage) -> None:
        super().__init__(page)
        self.page = page
        results = page.results
        results.runoff_button.clicked.connect(self.start_runoff)
        results.all_forward_button.clicked.connect(lambda: self.settle(Settlement.ALL_FORWARD.value))
        results.group_button.clicked.connect(self.group_decides)
        results.unsettle_button.clicked.connect(self.unsettle)
        results.carry_button.clicked.connect(self.carry_forward)

    def settle(self, settlement: str, note: str = "", chosen: list[str] | None = None) -> None:
        """Settle the tie at the cut-off: all tied go forward, or the group decided (with a note)."""
        view = self.page.view
        if view is None:
            return
        event = RoundEvent(round_id=view.round.id, kind=EventKind.SETTLED.value, note=note)
        changes: dict[str, object] = {"settlement": settlement, "settlement_note": note, "chosen_ids": chosen or []}
        self.page.push_update(self.tr("Settle the tie"), changes, event)

    def group_decides(self) -> None:
        """Ask which tied options the group chose, and a note, then settle."""
        view = self.page.view
        if view is None:
            return
        tied = view.tied_ids()
        answer = VoteAsk.group_decision(self.page, [view.label(i) for i in tied])
        if answer is None:
            return
        indexes, note = answer
        if not indexes:
            self.page.show_problem(self.tr("Please choose at least one option the group decided on."))
            return
        self.settle(Settlement.GROUP.value, note, [tied[i] for i in indexes])

    def unsettle(self) -> None:
        """Take back an "all forward" or group settlement (noted in the history)."""
        view = self.page.view
        if view is None:
            return
        event = RoundEvent(round_id=view.round.id, kind=EventKind.UNSETTLED.value)
        self.page.push_update(
            self.tr("Take back the settlement"),
            {"settlement": Settlement.NONE.value, "settlement_note": "", "chosen_ids": []},
            event,
        )

    def start_runoff(self) -> None:
        """Settle the tie by a run-off round among the tied options, linked to this one.

        The settlement's note stays empty: the run-off round itself says among which options, in any
        language (a sentence written into the file would stay in the language of the moment).
        """
        page = self.page
        view = page.view
        if view is None or page.session.read_only:
            return
        runoff, options = runoff_round(view.round, view.options, view.outcome.ranking)
        runoff.title = arg(self.tr("%1 (run-off)"), view.round.title)[:MAX_SHORT_TEXT]
        runoff.position = max((r.position for r in page.votes.rounds()), default=0) + 1
        event = RoundEvent(round_id=view.round.id, kind=EventKind.SETTLED.value)
        opened = RoundEvent(round_id=runoff.id, kind=EventKind.OPENED.value)
        old = {"settlement": view.round.settlement, "settlement_note": view.round.settlement_note}
        new = {"settlement": Settlement.RUNOFF.value, "settlement_note": ""}
        command = vote_commands.start_runoff(
            page.session,
            self.tr("Run-off round"),
            view.round.id,
            old,
            new,
            event,
            RoundSnapshot(runoff, options, [], [opened]),
        )
        if page.session.push(command):
            page.select_round(runoff.id)

    def carry_forward(self) -> None:
        """Carry the options that go forward into the next step with one action (noted in the history; undoable).

        The history notes the target as its code ("fantasy", "agreements"), shown in the interface's language.
        """
        page = self.page
        view = page.view
        if view is None or not view.outcome.forward or page.session.read_only:
            return
        target = CARRY_TARGETS.get(view.round.phase)
        if target is None:  # the button is shown only for the phases that carry forward
            return
        command, count = carry_command(
            page.session,
            view,
            target,
            self.tr("Carry forward"),
            target,
            lambda label: arg(self.tr("Wishes: %1"), label),
        )
        if page.session.push(command):
            text = arg(self.tr("Carried forward into “%1”: %n new.", "", count), phase_name(target))
            page.results.carry_label.setText(text)

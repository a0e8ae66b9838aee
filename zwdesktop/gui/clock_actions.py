"""The moderator's clock actions: one set, used by the live clock page and the projector window.

They exist as long as a workshop is open (also before the clock page was
shown), and their shortcuts work wherever they are added: the clock page and
the projector window. The gong hangs here too, so it sounds on any page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ..core.clock import minutes_to_save, remaining_items
from . import commands
from .actions import ActionRegistry
from .clock_controller import ClockController
from .gong import Gong
from .i18n import arg
from .session import WorkshopSession

if TYPE_CHECKING:
    from .end_on_time_dialog import EndOnTimeDialog

NAMES = (
    "clock.toggle",
    "clock.next",
    "clock.previous",
    "clock.extend1",
    "clock.extend5",
    "clock.extend_custom",
    "clock.end_on_time",
)


def ask_end_on_time(dialog: EndOnTimeDialog) -> bool:
    """Show the proposal; True when the moderator accepts it (tests replace this)."""
    return dialog.exec() == dialog.DialogCode.Accepted


def ask_extension(parent: QWidget | None) -> int | None:
    """How many minutes to add to the current item (None when cancelled; tests replace this)."""
    from PySide6.QtWidgets import QInputDialog  # here, not at the top: start-up time

    minutes, ok = QInputDialog.getInt(
        parent,
        QCoreApplication.translate("ClockActions", "Extend the current item"),
        QCoreApplication.translate("ClockActions", "Minutes more:"),
        3,
        1,
        120,
        1,
    )
    return minutes if ok else None


class ClockActions(QObject):
    """Creates the clock's QActions and carries out the ones that need a dialog."""

    message = Signal(str)  # feedback for the moderator, e.g. "nothing to shorten"

    def __init__(
        self,
        registry: ActionRegistry,
        session: WorkshopSession,
        controller: ClockController,
        gong: Gong,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.registry = registry
        self.session = session
        self.controller = controller
        self.dialog_parent = dialog_parent
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        add = registry.add
        add(
            "clock.toggle",
            self.tr("Start / &Pause / Resume"),
            controller.toggle,
            ["Space", "F5"],
            None,
            ctx,
            self.tr("Start the workshop, pause or resume the clock"),
        )
        add(
            "clock.next",
            self.tr("&Next item"),
            controller.next,
            ["Right", "PgDown"],
            None,
            ctx,
            self.tr("Go on to the next agenda item"),
        )
        add(
            "clock.previous",
            self.tr("P&revious item"),
            controller.previous,
            ["Left", "PgUp"],
            None,
            ctx,
            self.tr("Go back to the previous agenda item"),
        )
        add(
            "clock.extend1",
            self.tr("+&1 min"),
            lambda: controller.extend(1),
            "+",
            None,
            ctx,
            self.tr("Give the current item one more minute"),
        )
        add(
            "clock.extend5",
            self.tr("+&5 min"),
            lambda: controller.extend(5),
            ["*", "Ctrl++"],
            None,
            ctx,
            self.tr("Give the current item five more minutes"),
        )
        add(
            "clock.extend_custom",
            self.tr("&Extend by…"),
            self.extend_custom,
            "E",
            None,
            ctx,
            self.tr("Give the current item a chosen number of minutes more"),
        )
        add(
            "clock.end_on_time",
            self.tr("End &on time…"),
            self.end_on_time,
            "Ctrl+E",
            None,
            ctx,
            self.tr("Propose how the remaining items make up for the delay"),
        )
        for action in self.actions():
            # Owned here, so they go away with the workshop (also from the projector window).
            action.setParent(self)
            if session.read_only:
                action.setEnabled(False)
        controller.item_ended.connect(lambda _id: gong.play())

    def actions(self) -> list[QAction]:
        """The clock's actions, in button order."""
        return [self.registry.get(name) for name in NAMES]

    def get(self, name: str) -> QAction:
        """One of the clock's actions."""
        return self.registry.get(name)

    def extend_custom(self) -> None:
        """Ask how many minutes to add and add them."""
        minutes = ask_extension(self.dialog_parent)
        if minutes:
            self.controller.extend(minutes)

    def end_on_time(self) -> bool:
        """Offer a plan that ends on time; accepting changes the remaining items' minutes (undoable)."""
        state = self.controller.state
        needed = minutes_to_save(state.delay_seconds)
        if needed <= 0:
            self.message.emit(self.tr("The workshop is on time: nothing to shorten."))
            return False
        items = [item for item in remaining_items(state, self.controller.items) if item.planned_minutes > 0]
        from .end_on_time_dialog import EndOnTimeDialog

        dialog = EndOnTimeDialog(items, needed, self.dialog_parent)
        if not ask_end_on_time(dialog):
            return False
        proposal = dialog.proposal()
        if not proposal.new_minutes:
            return False
        old = {item.id: item.planned_minutes for item in items if item.id in proposal.new_minutes}
        text = arg(self.tr("End on time (%1 min)"), str(proposal.saved_minutes))
        return self.session.push(commands.set_agenda_minutes(self.session, text, old, dict(proposal.new_minutes)))

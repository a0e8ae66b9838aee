"""The moderator's clock actions: one set, used by the live clock page and the projector window.

They exist as long as a workshop is open (also before the clock page was
shown), and their shortcuts work wherever they are added: the clock page and
the projector window. The gong hangs here too, so it sounds on any page.
"""

from __future__ import annotations

import enum
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ...core.clock import minutes_to_save, remaining_items
from ...core.schedule import run_started_at
from ..actions import ActionCollection
from ..agenda import commands as agenda_commands
from ..commands import StoreCommand
from ..i18n import arg
from ..session import WorkshopSession
from .controller import ClockController
from .gong import Gong


class ClockAction(enum.StrEnum):
    """The names of the live clock's actions."""

    TOGGLE = "clock.toggle"
    NEXT = "clock.next"
    PREVIOUS = "clock.previous"
    EXTEND1 = "clock.extend1"
    EXTEND5 = "clock.extend5"
    EXTEND_CUSTOM = "clock.extend_custom"
    END_ON_TIME = "clock.end_on_time"
    RESET = "clock.reset"
    JUMP = "clock.jump"  # the live clock page's own (Enter in its table)


# The clock keys of the page, the section list and the projector, in button order.
KEYED = (
    ClockAction.TOGGLE,
    ClockAction.NEXT,
    ClockAction.PREVIOUS,
    ClockAction.EXTEND1,
    ClockAction.EXTEND5,
    ClockAction.EXTEND_CUSTOM,
    ClockAction.END_ON_TIME,
)


class ClockActions(ActionCollection):
    """The clock's QActions (as long as a workshop is open); carries out the ones that need a dialog."""

    message = Signal(str)  # feedback for the moderator, e.g. "nothing to shorten"

    def __init__(
        self,
        session: WorkshopSession,
        controller: ClockController,
        gong: Gong,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.session = session
        self.controller = controller
        self.dialog_parent = dialog_parent
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        add = self.add
        add(
            ClockAction.TOGGLE,
            self.tr("Start / &Pause / Resume"),
            controller.toggle,
            ["Space", "F5"],
            None,
            ctx,
            self.tr("Start the workshop, pause or resume the clock"),
        )
        add(
            ClockAction.NEXT,
            self.tr("&Next item"),
            controller.next,
            ["Right", "PgDown"],
            None,
            ctx,
            self.tr("Go on to the next agenda item"),
        )
        add(
            ClockAction.PREVIOUS,
            self.tr("P&revious item"),
            controller.previous,
            ["Left", "PgUp"],
            None,
            ctx,
            self.tr("Go back to the previous agenda item"),
        )
        add(
            ClockAction.EXTEND1,
            self.tr("+&1 min"),
            lambda: controller.extend(1),
            "+",
            None,
            ctx,
            self.tr("Give the current item one more minute"),
        )
        add(
            ClockAction.EXTEND5,
            self.tr("+&5 min"),
            lambda: controller.extend(5),
            ["*", "Ctrl++"],
            None,
            ctx,
            self.tr("Give the current item five more minutes"),
        )
        add(
            ClockAction.EXTEND_CUSTOM,
            self.tr("&Extend by…"),
            self.extend_custom,
            "E",
            None,
            ctx,
            self.tr("Give the current item a chosen number of minutes more"),
        )
        add(
            ClockAction.END_ON_TIME,
            self.tr("End &on time…"),
            self.end_on_time,
            "Ctrl+E",
            None,
            ctx,
            self.tr("Propose how the remaining items make up for the delay"),
        )
        # No key: a rehearsal is undone on purpose, from the live clock's button.
        self.reset_action = add(
            ClockAction.RESET,
            self.tr("Reset the &clock…"),
            self.reset,
            None,
            None,
            ctx,
            self.tr("Forget the clock's record (after a try-out or a rehearsal); undoable"),
        )
        if session.read_only:
            for action in self:
                action.setEnabled(False)
        controller.item_ended.connect(lambda _id: gong.play())
        controller.ticked.connect(self._update_reset)
        self._update_reset()

    def keyed(self) -> list[QAction]:
        """The clock's keys, in button order (for the page, the section list and the projector)."""
        return [self.get(name) for name in KEYED]

    def extend_custom(self) -> None:
        """Ask how many minutes to add and add them."""
        from .questions import ask_extension  # a dialog: loaded when first asked for

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
        from .end_on_time_dialog import EndOnTimeDialog  # a dialog: loaded when first asked for
        from .questions import ask_end_on_time

        dialog = EndOnTimeDialog(items, needed, self.dialog_parent)
        if not ask_end_on_time(dialog):
            return False
        proposal = dialog.proposal()
        if not proposal.new_minutes:
            return False
        old = {item.id: item.planned_minutes for item in items if item.id in proposal.new_minutes}
        text = arg(self.tr("End on time (%1 min)"), str(proposal.saved_minutes))
        return self.session.push(
            agenda_commands.set_agenda_minutes(self.session, text, old, dict(proposal.new_minutes))
        )

    def _update_reset(self, *_args: object) -> None:
        self.reset_action.setEnabled(bool(self.controller.events) and not self.session.read_only)

    def reset(self) -> bool:
        """After a confirmation that says what is lost, forget the clock's record (one undo step brings it back)."""
        events = self.controller.events
        if not events or self.session.read_only:
            return False
        workshop = self.controller.workshop
        zone = ZoneInfo(workshop.timezone)
        started = run_started_at(events) or events[0].at
        local = started.astimezone(zone)
        ran = len(self.controller.state.actuals)
        started_text = arg(
            self.tr("The clock was started on %1 at %2."), local.strftime("%d.%m.%Y"), local.strftime("%H:%M")
        )
        if self.controller.is_try_out():
            started_text += " " + arg(
                self.tr("That is not the workshop's date (%1): a try-out."), workshop.date.strftime("%d.%m.%Y")
            )
        lost = " ".join((
            self.tr("The actual times of %n agenda items are removed.", "", ran),
            self.tr("%n recorded clock steps (start, pause, next item, extension) are removed.", "", len(events)),
        ))  # fmt: skip
        kept = self.tr("The agenda itself stays as it is. Undo (Ctrl+Z) brings the clock back.")
        from .questions import ask_reset  # a dialog: loaded when first asked for

        if not ask_reset(
            self.dialog_parent, self.tr("Reset the clock to “not started”?"), "\n\n".join((started_text, lost, kept))
        ):
            return False
        store = self.session.store
        ids = [event.id for event in events]

        def put_back() -> None:
            with store.batch():  # all or nothing
                for event in events:
                    store.clock.add(event)

        command = StoreCommand(self.session, self.tr("Reset the clock"), lambda: store.clock.remove(ids), put_back)
        return self.session.push(command)

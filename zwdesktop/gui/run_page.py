"""The moderator's live clock: countdown, whole-workshop figures, controls, planned against actual."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.clock import (
    ClockLevel,
    ClockState,
    ClockStatus,
    format_countdown,
    format_delay_minutes,
    minutes_to_save,
    remaining_items,
)
from . import commands
from .actions import ActionRegistry
from .actuals_model import ActualsModel
from .clock_controller import ClockController
from .end_on_time_dialog import EndOnTimeDialog
from .gong import Gong
from .phases import phase_name
from .session import WorkshopSession

LEVEL_STYLES = {
    ClockLevel.NORMAL: "color: #1b5e20;",
    ClockLevel.WARNING: "color: #b26a00;",
    ClockLevel.ALERT: "color: #ffffff; background: #b00020;",
}


def _hm(seconds: float) -> str:
    minutes = int(abs(seconds) // 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


class RunPage(QWidget):
    """Runs the agenda against the clock; its actions also serve the projector window."""

    def __init__(
        self,
        session: WorkshopSession,
        registry: ActionRegistry,
        controller: ClockController,
        gong: Gong,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.controller = controller
        self.gong = gong
        self.phase_label = QLabel(self)
        self.item_label = QLabel(self)
        self.item_label.setObjectName("currentItem")
        self.item_label.setWordWrap(True)
        big = QFont(self.item_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.item_label.setFont(big)
        self.countdown = QLabel("--:--", self)
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        huge = QFont(self.countdown.font())
        huge.setPointSizeF(huge.pointSizeF() * 5)
        huge.setBold(True)
        self.countdown.setFont(huge)
        self.next_label = QLabel(self)
        self.next_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.elapsed_label = QLabel(self)
        self.remaining_label = QLabel(self)
        self.delay_label = QLabel(self)
        self.delay_label.setObjectName("delay")
        self.message_label = QLabel(self)
        self.message_label.setStyleSheet("color: #b00020;")

        self.actuals = ActualsModel(controller, self)
        self.table = QTableView(self)
        self.table.setObjectName("actualsTable")
        self.table.setModel(self.actuals)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.jump_to_row(index.row()))

        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        r = registry
        self.action_names = [
            "clock.toggle",
            "clock.next",
            "clock.previous",
            "clock.extend1",
            "clock.extend5",
            "clock.extend_custom",
            "clock.jump",
            "clock.end_on_time",
        ]
        r.add(
            "clock.toggle",
            self.tr("Start / &Pause / Resume"),
            controller.toggle,
            ["Space", "F5"],
            self,
            ctx,
            self.tr("Start the workshop, pause or resume the clock"),
        )
        r.add(
            "clock.next",
            self.tr("&Next item"),
            controller.next,
            ["Right", "PgDown"],
            self,
            ctx,
            self.tr("Go on to the next agenda item"),
        )
        r.add(
            "clock.previous",
            self.tr("P&revious item"),
            controller.previous,
            ["Left", "PgUp"],
            self,
            ctx,
            self.tr("Go back to the previous agenda item"),
        )
        r.add(
            "clock.extend1",
            self.tr("+&1 min"),
            lambda: controller.extend(1),
            "+",
            self,
            ctx,
            self.tr("Give the current item one more minute"),
        )
        r.add(
            "clock.extend5",
            self.tr("+&5 min"),
            lambda: controller.extend(5),
            ["*", "Ctrl++"],
            self,
            ctx,
            self.tr("Give the current item five more minutes"),
        )
        r.add(
            "clock.extend_custom",
            self.tr("&Extend by…"),
            self.extend_custom,
            "E",
            self,
            ctx,
            self.tr("Give the current item a chosen number of minutes more"),
        )
        r.add(
            "clock.jump",
            self.tr("&Jump to selected item"),
            lambda: self.jump_to_row(self.selected_row()),
            ["Return", "Enter"],
            self,
            ctx,
            self.tr("Make the item selected in the table the current one"),
        )
        r.add(
            "clock.end_on_time",
            self.tr("End &on time…"),
            self.end_on_time,
            "Ctrl+E",
            self,
            ctx,
            self.tr("Propose how the remaining items make up for the delay"),
        )
        self.toggle_action = r.get("clock.toggle")
        controller.refused.connect(self._refused)
        controller.ticked.connect(self.update_state)
        controller.item_ended.connect(lambda _id: self.gong.play())

        buttons = QHBoxLayout()
        for name in self.action_names:
            button = QToolButton(self)
            button.setDefaultAction(r.get(name))
            buttons.addWidget(button)
            if session.read_only:
                r.get(name).setEnabled(False)
        buttons.addStretch(1)

        figures = QGridLayout()
        figures.addWidget(self.elapsed_label, 0, 0)
        figures.addWidget(self.remaining_label, 0, 1)
        figures.addWidget(self.delay_label, 0, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.item_label)
        layout.addWidget(self.countdown)
        layout.addWidget(self.status_label)
        layout.addWidget(self.next_label)
        layout.addLayout(figures)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        self.update_state(controller.state)

    def clock_actions(self, registry: ActionRegistry) -> list:  # type: ignore[type-arg]
        """The clock's actions (for the projector window, so its keys work there too)."""
        return [registry.get(name) for name in self.action_names if name != "clock.jump"]

    # ---- display -------------------------------------------------------

    def update_state(self, state: ClockState) -> None:
        """Show the clock at this moment."""
        controller = self.controller
        item = controller.item(state.current_item_id)
        following = controller.next_item()
        if state.status is ClockStatus.NOT_STARTED:
            self.phase_label.setText(self.tr("Not started yet"))
            self.item_label.setText(following.title if following else "")
            self.countdown.setText(format_countdown(following.planned_minutes * 60) if following else "--:--")
            self.toggle_action.setText(self.tr("&Start"))
        elif state.status is ClockStatus.FINISHED:
            self.phase_label.setText(self.tr("Finished"))
            self.item_label.setText(self.tr("The workshop is over."))
            self.countdown.setText("00:00")
            self.toggle_action.setText(self.tr("Start / &Pause / Resume"))
        else:
            self.phase_label.setText(phase_name(item.phase) if item else "")
            self.item_label.setText(item.title if item else "")
            self.countdown.setText(format_countdown(state.item_remaining_seconds))
            paused = state.status is ClockStatus.PAUSED
            self.toggle_action.setText(self.tr("&Resume") if paused else self.tr("&Pause"))
        level = state.level if state.status in (ClockStatus.RUNNING, ClockStatus.PAUSED) else ClockLevel.NORMAL
        self.countdown.setStyleSheet(LEVEL_STYLES[level])
        self.countdown.setProperty("level", level.value)
        if state.status is ClockStatus.PAUSED:
            self.status_label.setText(self.tr("Paused for %1 min").replace("%1", str(int(state.paused_seconds // 60))))
        else:
            self.status_label.setText("")
        next_text = following.title if following and state.status is not ClockStatus.NOT_STARTED else ""
        self.next_label.setText(self.tr("Next: %1").replace("%1", next_text) if next_text else "")
        zone = ZoneInfo(controller.workshop.timezone)
        now_local = state.now.astimezone(zone).strftime("%H:%M")
        self.elapsed_label.setText(
            self.tr("Elapsed: %1 h (now %2)")
            .replace("%1", _hm(state.workshop_elapsed_seconds))
            .replace("%2", now_local)
        )
        if state.remaining_to_planned_end_seconds is not None:
            end_local = (state.now + dt.timedelta(seconds=state.remaining_to_planned_end_seconds)).astimezone(zone)
            self.remaining_label.setText(
                self.tr("Until the planned end (%1): %2 h")
                .replace("%1", end_local.strftime("%H:%M"))
                .replace("%2", _hm(max(0.0, state.remaining_to_planned_end_seconds)))
            )
        self.delay_label.setText(self.delay_text(state))

    def delay_text(self, state: ClockState) -> str:
        """“N min behind plan” / “N min ahead of plan” / “on time”."""
        if state.delay_seconds is None:
            return ""
        minutes = format_delay_minutes(state.delay_seconds)
        if minutes > 0:
            self.delay_label.setStyleSheet("color: #b00020; font-weight: bold;")
            return self.tr("%1 min behind plan").replace("%1", str(minutes))
        self.delay_label.setStyleSheet("color: #1b5e20;")
        if minutes < 0:
            return self.tr("%1 min ahead of plan").replace("%1", str(-minutes))
        return self.tr("On time")

    def _refused(self, code: str) -> None:
        texts = {
            "already_started": self.tr("The workshop has already started."),
            "not_started": self.tr("The workshop has not started yet."),
            "finished": self.tr("The workshop is finished."),
            "not_running": self.tr("The clock is not running."),
            "not_paused": self.tr("The clock is not paused."),
            "at_first_item": self.tr("This is the first item."),
            "same_item": self.tr("This item is already running."),
            "no_items": self.tr("The agenda is empty."),
        }
        self.message_label.setText(texts.get(code, code))

    # ---- actions -------------------------------------------------------

    def selected_row(self) -> int:
        """The row selected in the table (-1 when none)."""
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def jump_to_row(self, row: int) -> None:
        """Make the item in ``row`` the current one."""
        if 0 <= row < len(self.controller.items):
            self.message_label.clear()
            self.controller.jump(self.controller.items[row].id)

    def extend_custom(self) -> None:
        """Ask how many minutes to add and add them."""
        minutes, ok = QInputDialog.getInt(
            self, self.tr("Extend the current item"), self.tr("Minutes more:"), 3, 1, 120, 1
        )
        if ok:
            self.controller.extend(minutes)

    def end_on_time(self) -> bool:
        """Offer a plan that ends on time; accepting changes the remaining items' minutes (undoable)."""
        state = self.controller.state
        needed = minutes_to_save(state.delay_seconds)
        if needed <= 0:
            self.message_label.setText(self.tr("The workshop is on time: nothing to shorten."))
            return False
        items = [item for item in remaining_items(state, self.controller.items) if item.planned_minutes > 0]
        dialog = EndOnTimeDialog(items, needed, self)
        if not ask_end_on_time(dialog):
            return False
        proposal = dialog.proposal()
        if not proposal.new_minutes:
            return False
        old = {item_id: self.controller.item(item_id).planned_minutes for item_id in proposal.new_minutes}  # type: ignore[union-attr]
        text = self.tr("End on time (%1 min)").replace("%1", str(proposal.saved_minutes))
        return self.session.push(commands.set_agenda_minutes(self.session, text, old, dict(proposal.new_minutes)))


def ask_end_on_time(dialog: EndOnTimeDialog) -> bool:
    """Show the proposal; True when the moderator accepts it (tests replace this)."""
    return dialog.exec() == EndOnTimeDialog.DialogCode.Accepted

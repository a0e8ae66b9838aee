"""The moderator's live clock: countdown, whole-workshop figures, controls, planned against actual."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.clock import (
    ClockLevel,
    ClockState,
    ClockStatus,
    format_countdown,
    format_delay_minutes,
)
from ..actions import ActionCollection, action_buttons
from ..i18n import arg
from ..phases import phase_over_title
from ..session import WorkshopSession
from .actions import ClockAction, ClockActions
from .actuals_model import ActualsModel
from .controller import ClockController

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
        clock_actions: ClockActions,
        controller: ClockController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.controller = controller
        self.phase_label = QLabel(self)
        self.phase_label.setTextFormat(Qt.TextFormat.PlainText)
        self.item_label = QLabel(self)
        self.item_label.setTextFormat(Qt.TextFormat.PlainText)
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
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        # Said on a day that is not the workshop's: the clock is a try-out, measured from its own start.
        self.day_label = QLabel(self)
        self.day_label.setObjectName("tryOut")
        self.day_label.setWordWrap(True)
        self.day_label.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 4px;")
        self.day_label.hide()
        self.elapsed_label = QLabel(self)
        self.remaining_label = QLabel(self)
        self.delay_label = QLabel(self)
        self.delay_label.setObjectName("delay")
        # "Voraussichtliches Ende 18:05, 5 Min. nach dem geplanten Ende" wraps on a small screen.
        for label in (self.elapsed_label, self.remaining_label, self.delay_label):
            label.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setStyleSheet("color: #b00020;")

        self.actuals = ActualsModel(controller, self)
        self.table = QTableView(self)
        self.table.setObjectName("actualsTable")
        self.table.setModel(self.actuals)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The times and minutes are always narrower than their column titles, so each
        # column takes its title's width; sizing to the contents would ask the model
        # for every cell on every layout (start-up time). The title column stretches.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(1, self.actuals.columnCount()):
            header.resizeSection(column, header.sectionSizeHint(column))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.clock_actions = clock_actions
        self.page_actions = ActionCollection(self)
        self.jump_action = self.page_actions.add(
            ClockAction.JUMP,
            self.tr("&Jump to selected item"),
            lambda: self.jump_to_row(self.selected_row()),
            ["Return", "Enter"],
            self,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
            self.tr("Make the item selected in the table the current one"),
        )
        self.jump_action.setEnabled(not session.read_only)  # as every other clock key in a read-only file
        # A double-click jumps too, through the action (its first click has chosen the row).
        self.table.doubleClicked.connect(lambda _index: self.jump_action.trigger())
        # The clock's keys work while this page (or the projector) has focus.
        self.addActions(clock_actions.keyed())
        self.toggle_action = clock_actions.get(ClockAction.TOGGLE)
        controller.refused.connect(self._refused)
        controller.ticked.connect(self.update_state)
        clock_actions.message.connect(self.message_label.setText)

        buttons = action_buttons(
            self, [*clock_actions.keyed(), self.jump_action, clock_actions.reset_action], text_only=False
        )

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
        layout.addWidget(self.day_label)
        layout.addLayout(figures)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        # Tab in reading order: the buttons above, then the table (which was made before them).
        last = buttons.itemAt(buttons.count() - 1)
        last_button = last.widget() if last is not None else None
        if last_button is not None:
            QWidget.setTabOrder(last_button, self.table)
        self.update_state(controller.state)

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the section is chosen: the planned-against-actual table."""
        return self.table

    def keys_for_section_list(self) -> list[QAction]:
        """The clock's keys work from the section list too while this page is shown (see Workspace)."""
        return self.clock_actions.keyed()

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
            self.phase_label.setText(phase_over_title(item.phase, item.title) if item else "")
            self.item_label.setText(item.title if item else "")
            self.countdown.setText(format_countdown(state.item_remaining_seconds))
            paused = state.status is ClockStatus.PAUSED
            self.toggle_action.setText(self.tr("&Resume") if paused else self.tr("&Pause"))
        level = state.level if state.status in (ClockStatus.RUNNING, ClockStatus.PAUSED) else ClockLevel.NORMAL
        self.countdown.setStyleSheet(LEVEL_STYLES[level])
        self.countdown.setProperty("level", level.value)
        if state.status is ClockStatus.PAUSED:
            self.status_label.setText(arg(self.tr("Paused for %1 min"), str(int(state.paused_seconds // 60))))
        else:
            self.status_label.setText("")
        next_text = following.title if following and state.status is not ClockStatus.NOT_STARTED else ""
        self.next_label.setText(arg(self.tr("Next: %1"), next_text) if next_text else "")
        zone = ZoneInfo(controller.workshop.timezone)
        now_local = state.now.astimezone(zone).strftime("%H:%M")
        self.elapsed_label.setText(
            arg(self.tr("Elapsed: %1 h (now %2)"), _hm(state.workshop_elapsed_seconds), now_local)
        )
        remaining = state.remaining_to_planned_end_seconds
        if remaining is not None:
            end_local = (state.now + dt.timedelta(seconds=remaining)).astimezone(zone).strftime("%H:%M")
            # Once the planned end is past, how long ago: "0:00 h until the end" would hide the overrun.
            if remaining >= 0:
                text = arg(self.tr("Until the planned end (%1): %2 h"), end_local, _hm(remaining))
            else:
                text = arg(self.tr("Since the planned end (%1): %2 h"), end_local, _hm(-remaining))
            self.remaining_label.setText(text)
        else:
            self.remaining_label.setText("")
        self.delay_label.setText(self.delay_text(state))
        self._show_day(state)

    def _show_day(self, state: ClockState) -> None:
        """Say so when the clock is a try-out (not on the workshop's date), instead of a delay of days."""
        controller = self.controller
        if not controller.is_try_out():
            self.day_label.hide()
            return
        workshop_date = controller.workshop.date.strftime("%d.%m.%Y")
        if state.status is ClockStatus.NOT_STARTED:
            text = arg(
                self.tr("Today is not the workshop's date (%1): starting the clock now is a try-out."), workshop_date
            )
        else:
            text = arg(
                self.tr(
                    "Try-out: the clock was started on another day than the workshop's date (%1). Its figures are measured from its own start; reset the clock before the workshop."
                ),
                workshop_date,
            )
        self.day_label.setText(text)
        self.day_label.show()

    def delay_text(self, state: ClockState) -> str:
        """When the workshop will end at this pace, against its planned end.

        ("Expected end 18:05, 5 min after the planned end"): the delay is the projected end
        minus the workshop's planned end, not the current item against its own schedule.
        """
        if state.delay_seconds is None or state.remaining_to_planned_end_seconds is None:
            return ""
        minutes = format_delay_minutes(state.delay_seconds)
        zone = ZoneInfo(self.controller.workshop.timezone)
        # The remaining time is counted from the end when the workshop is over, else from now.
        counted_from = state.finished_at if state.status is ClockStatus.FINISHED and state.finished_at else state.now
        planned_end = counted_from + dt.timedelta(seconds=state.remaining_to_planned_end_seconds)
        # The rounded delay after the planned end, so the time and the minutes agree ("18:01, 1 min after").
        expected = (planned_end + dt.timedelta(minutes=minutes)).astimezone(zone).strftime("%H:%M")
        if minutes > 0:
            self.delay_label.setStyleSheet("color: #b00020; font-weight: bold;")
            return arg(self.tr("Expected end %1, %2 min after the planned end"), expected, str(minutes))
        self.delay_label.setStyleSheet("color: #1b5e20;")
        if minutes < 0:
            return arg(self.tr("Expected end %1, %2 min before the planned end"), expected, str(-minutes))
        return arg(self.tr("Expected end %1, as planned"), expected)

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

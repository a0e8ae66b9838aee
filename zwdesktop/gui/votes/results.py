"""A round's results on the page: the bar chart, the tie at the cut-off and how to settle it, what goes forward,
carrying it forward, and the round's history."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from ...core.votes import RoundEvent, Settlement
from ...core.workshop_records import utc_to_local
from .chart import VoteChart
from .texts import VoteTexts
from .view import RoundView
from .widgets import MessageLine, plain_label

# Where the options that go forward are carried: top critique -> fantasy themes, top wishes -> agreements.
CARRY_TARGETS = {"critique": "fantasy", "fantasy": "agreements"}


class ResultsBox(QGroupBox):
    """Chart, tie line with the settling buttons, the options going forward and *Carry forward*."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Results"))
        self.chart = VoteChart(self)
        self.chart.setObjectName("voteChart")
        self.chart.least_height = 220  # it grows with the rows (see VoteChart.grows)
        self.chart.setMinimumHeight(220)
        self.tie_label = plain_label(self, "tieNotice", "color: #7a5200; font-weight: bold;")
        self.runoff_button = QPushButton(self.tr("Run-off round"), self)
        self.all_forward_button = QPushButton(self.tr("All tied go forward"), self)
        self.group_button = QPushButton(self.tr("Group decides…"), self)
        self.unsettle_button = QPushButton(self.tr("Take back the settlement"), self)
        self.forward_label = plain_label(self, "forwardList")
        self.carry_button = QPushButton(self)
        self.carry_button.setObjectName("carryForward")
        self.carry_label = MessageLine(self, "carryMessage", lines=1)
        tie_row = QHBoxLayout()
        for button in self.tie_buttons():
            tie_row.addWidget(button)
        tie_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart)
        layout.addWidget(self.tie_label)
        layout.addLayout(tie_row)
        layout.addWidget(self.forward_label)
        layout.addWidget(self.carry_button)
        layout.addWidget(self.carry_label)

    def tie_buttons(self) -> list[QPushButton]:
        """The buttons that settle a tie (and take a settlement back), in reading order."""
        return [self.runoff_button, self.all_forward_button, self.group_button, self.unsettle_button]

    def focus_order(self) -> list[QWidget]:
        """The buttons in reading order."""
        return [*self.tie_buttons(), self.carry_button]

    def fill(self, view: RoundView, writable: bool) -> None:
        """Show this round's results, its tie and what goes forward."""
        texts = VoteTexts()
        # Before the first dot every option "ties" at 0: that is no result yet, not a tie to settle.
        no_dots = view.outcome.no_dots
        self.chart.set_bars(view.bars(hide_counts=no_dots), mood=view.round.is_mood)
        tie = view.outcome.tie and not view.round.is_mood
        settled = view.round.settlement != Settlement.NONE.value
        self.tie_label.setVisible(tie)
        self.tie_label.setText(texts.tie(view) if tie else "")
        for button in (self.runoff_button, self.all_forward_button, self.group_button):
            button.setVisible(tie and not settled)
            button.setEnabled(writable and view.closed)
        self.unsettle_button.setVisible(tie and settled and view.round.settlement != Settlement.RUNOFF.value)
        forward = view.outcome.forward
        if view.round.is_mood:
            self.forward_label.setText("")
        elif no_dots:
            self.forward_label.setText(self.tr("No dots entered yet: what goes forward follows from the dots."))
        elif forward is None:
            self.forward_label.setText(self.tr("What goes forward is open until the tie is settled."))
        else:
            self.forward_label.setText(texts.forward([view.label(i) for i in forward]))
        target = CARRY_TARGETS.get(view.round.phase, "")
        carries = bool(target) and not view.round.is_mood and not view.round.runoff_of
        self.carry_button.setVisible(carries)
        self.carry_label.setVisible(carries)
        self.carry_button.setText(
            self.tr("Carry forward: the top critiques become themes of the fantasy phase")
            if target == "fantasy"
            else self.tr("Carry forward: the top wishes become agreements")
        )
        self.carry_button.setEnabled(writable and view.closed and bool(forward) and not no_dots)


class HistoryBox(QGroupBox):
    """When the round was opened, closed, reopened, settled and carried forward."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("History of the round"))
        self.history = QListWidget(self)
        self.history.setObjectName("roundHistory")
        self.history.setMaximumHeight(110)
        QVBoxLayout(self).addWidget(self.history)

    def fill(self, events: list[RoundEvent], timezone: str) -> None:
        """List the events, with the local time of each."""
        texts = VoteTexts()
        self.history.clear()
        for event in events:
            when = utc_to_local(event.at, timezone).strftime("%H:%M")
            self.history.addItem(f"{when}  {texts.history_entry(event)}")

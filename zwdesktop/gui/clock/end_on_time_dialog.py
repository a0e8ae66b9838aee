"""Ending on time: a preview of shortened or dropped items that the moderator accepts or rejects."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.schedule import Proposal, minimum_minutes, propose_dropping, propose_shortening
from ...core.workshop import AgendaItem
from ..i18n import arg
from ..phases import phase_name


class EndOnTimeDialog(QDialog):
    """Shows the remaining items with their new minutes; ``proposal()`` is what accepting applies."""

    def __init__(self, items: list[AgendaItem], minutes_to_save: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End on time"))
        self.items = items
        self.minutes_to_save = minutes_to_save
        self.heading = QLabel(
            arg(
                self.tr(
                    "At this pace the workshop ends %1 min after its planned end. How shall the remaining items make up for it?"
                ),
                str(minutes_to_save),
            ),
            self,
        )
        self.heading.setWordWrap(True)
        self.shorten_button = QRadioButton(self.tr("&Shorten the remaining items in proportion"), self)
        self.drop_button = QRadioButton(self.tr("&Drop the items ticked below"), self)
        self.shorten_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.shorten_button)
        group.addButton(self.drop_button)
        self.table = QTableWidget(len(items), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Agenda item"), self.tr("Now"), self.tr("New"), self.tr("Minimum")]
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 280)
        self.title_cells: list[QTableWidgetItem] = []
        self.new_cells: list[QTableWidgetItem] = []
        for row, item in enumerate(items):
            title = QTableWidgetItem(f"{item.title} ({phase_name(item.phase)})")
            title.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            title.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, title)
            self.title_cells.append(title)
            self.table.setItem(row, 1, QTableWidgetItem(str(item.planned_minutes)))
            new_cell = QTableWidgetItem("")
            self.table.setItem(row, 2, new_cell)
            self.new_cells.append(new_cell)
            self.table.setItem(row, 3, QTableWidgetItem(str(minimum_minutes(item))))
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(self.tr("&Accept plan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("&Keep the agenda"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.shorten_button, self.drop_button, self.table, self.summary, self.buttons):
            layout.addWidget(widget)
        self.resize(620, 460)
        self.shorten_button.toggled.connect(self.refresh)
        self.table.itemChanged.connect(lambda _item: self.refresh())
        self.refresh()

    def dropped_ids(self) -> list[str]:
        """The ids of the ticked items."""
        return [
            self.items[row].id
            for row, cell in enumerate(self.title_cells)
            if cell.checkState() == Qt.CheckState.Checked
        ]

    def set_dropped(self, item_ids: list[str]) -> None:
        """Tick these items (and choose dropping)."""
        self.drop_button.setChecked(True)
        for row, item in enumerate(self.items):
            self.title_cells[row].setCheckState(
                Qt.CheckState.Checked if item.id in item_ids else Qt.CheckState.Unchecked
            )

    def proposal(self) -> Proposal:
        """The plan as the dialog shows it now."""
        if self.shorten_button.isChecked():
            return propose_shortening(self.items, self.minutes_to_save)
        return propose_dropping(self.items, self.dropped_ids(), self.minutes_to_save)

    def refresh(self) -> None:
        """Show the new minutes of the current plan and whether it reaches the end on time."""
        proposal = self.proposal()
        self.table.blockSignals(True)
        for row, item in enumerate(self.items):
            new = proposal.new_minutes.get(item.id, item.planned_minutes)
            # Every item shows the minutes it will have; the changed ones stand out in bold.
            cell = self.new_cells[row]
            cell.setText(str(new))
            font = cell.font()
            font.setBold(new != item.planned_minutes)
            cell.setFont(font)
        self.table.blockSignals(False)
        if proposal.feasible:
            text = arg(self.tr("This plan wins back %1 min: the workshop ends on time."), str(proposal.saved_minutes))
        else:
            text = arg(
                self.tr("This plan wins back only %1 min; %2 min are still missing."),
                str(proposal.saved_minutes),
                str(proposal.shortfall_minutes),
            )
        self.summary.setText(text)
        self.accept_button.setEnabled(bool(proposal.new_minutes))

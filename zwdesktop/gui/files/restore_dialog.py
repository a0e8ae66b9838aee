"""The list of backups behind File → Restore from backup…: workshop, date, time and what each held."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...store.backup import COUNTED, BackupInfo
from ..i18n import arg


def _column_titles() -> list[str]:
    translate = QCoreApplication.translate
    counted = {
        "agenda_items": translate("RestoreDialog", "Agenda items"),
        "ideas": translate("RestoreDialog", "Ideas"),
        "clusters": translate("RestoreDialog", "Clusters"),
        "vote_rounds": translate("RestoreDialog", "Dot votes"),
        "agreements": translate("RestoreDialog", "Agreements"),
        "photos": translate("RestoreDialog", "Photos"),
        "signups": translate("RestoreDialog", "Sign-ups"),
    }
    return [
        translate("RestoreDialog", "Workshop"),
        translate("RestoreDialog", "Workshop day"),
        translate("RestoreDialog", "Backup date"),
        translate("RestoreDialog", "Time"),
        *(counted[key] for key in COUNTED),
    ]


# The columns before the counts: workshop, its day, the backup's date and time.
_FIRST_COUNT = 4
_MIN_WIDTH = 900


class RestoreDialog(QDialog):
    """Every backup, the open workshop's first, newest first; ``chosen`` is the one to open as a new file."""

    def __init__(
        self, backups: list[BackupInfo], current: str | None, folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = sorted(backups, key=lambda b: (b.workshop_id != current, -b.taken_at.timestamp()))
        self.chosen: BackupInfo | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        if self.backups:
            intro.setText(
                arg(
                    self.tr(
                        "While a workshop is open, a backup is made every 10 minutes with changes and when it is"
                        " closed. The one you choose is opened as a new file; the workshop file itself stays as it"
                        " is. Backups are kept in %1."
                    ),
                    str(folder),
                )
            )
        else:
            intro.setText(
                arg(
                    self.tr(
                        "There are no backups yet. While a workshop is open, a backup is made every 10 minutes with"
                        " changes and when it is closed, in %1."
                    ),
                    str(folder),
                )
            )
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.backups), _FIRST_COUNT + len(COUNTED), self)
        self.table.setHorizontalHeaderLabels(_column_titles())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        locale = QLocale()
        for row, info in enumerate(self.backups):
            when = QDateTime.fromSecsSinceEpoch(int(info.taken_at.timestamp())).toLocalTime()
            cells = [
                info.title,
                locale.toString(QDate(info.day.year, info.day.month, info.day.day), QLocale.FormatType.ShortFormat)
                if info.day
                else "",
                locale.toString(when.date(), QLocale.FormatType.ShortFormat),
                locale.toString(when.time(), "HH:mm"),
                *(str(info.counts.get(key, 0)) for key in COUNTED),
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)  # plain text: titles are the users'
                if column >= _FIRST_COUNT:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = self.buttons.addButton(
            self.tr("Open as a new file…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setEnabled(False)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self._accept())
        if self.backups:
            self.table.selectRow(0)
        self.resize(self._fitting_width(), 420)

    def _fitting_width(self) -> int:
        """Wide enough for every column whole (the titles above all), within the screen it opens on."""
        header = self.table.horizontalHeader()
        columns = sum(
            max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))
            for column in range(self.table.columnCount())
        )
        layout = self.layout()
        assert layout is not None  # made in __init__
        margins = layout.contentsMargins()
        chrome = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        wanted = columns + chrome + margins.left() + margins.right()
        screen = self.screen().availableGeometry().width()
        return max(_MIN_WIDTH, min(wanted, screen * 19 // 20))

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _accept(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.chosen = self.backups[rows[0].row()]
        self.accept()

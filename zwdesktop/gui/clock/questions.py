"""The clock's questions to the moderator: reset the clock?, how many minutes more?, end on time?

Dialogs: the clock's actions load this module where they ask (not at start-up: the
message box, input dialog and spin box classes cost their enums when first imported).
Tests replace these functions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QInputDialog, QMessageBox, QSizePolicy, QSpacerItem, QSpinBox, QWidget

if TYPE_CHECKING:
    from .end_on_time_dialog import EndOnTimeDialog


def ask_end_on_time(dialog: EndOnTimeDialog) -> bool:
    """Show the proposal; True when the moderator accepts it (tests replace this)."""
    return dialog.exec() == dialog.DialogCode.Accepted


def ask_reset(parent: QWidget | None, question: str, details: str) -> bool:
    """Whether the moderator confirms resetting the clock (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ClockActions", "Reset the clock"),
                      question, QMessageBox.StandardButton.NoButton, parent)  # fmt: skip
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(details)
    reset = box.addButton(
        QCoreApplication.translate("ClockActions", "&Reset the clock"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    # A message box sizes itself to its text and ignores a minimum width; a spacer widens it to read well.
    grid = box.layout()
    if isinstance(grid, QGridLayout):
        grid.addItem(
            QSpacerItem(520, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding),
            grid.rowCount(),
            0,
            1,
            grid.columnCount(),
        )
    try:
        box.exec()
        return box.clickedButton() is reset
    finally:
        box.deleteLater()


def ask_extension(parent: QWidget | None) -> int | None:
    """How many minutes to add to the current item (None when cancelled; tests replace this)."""
    dialog = extension_dialog(parent)
    try:
        return dialog.intValue() if dialog.exec() == dialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def extension_dialog(parent: QWidget | None) -> QInputDialog:
    """The "extend the current item" dialog, wide enough for its whole title (Qt's minimum cuts it off)."""
    title = QCoreApplication.translate("ClockActions", "Extend the current item")
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(QCoreApplication.translate("ClockActions", "Minutes more:"))
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setIntRange(1, 120)
    dialog.setIntValue(3)
    # The window title is drawn by the system in its own (often bold, larger) font: leave room. The
    # dialog's layout keeps it at its contents' size, so it is the spin box that is made wider.
    room = max(380, dialog.fontMetrics().horizontalAdvance(title) * 3 // 2 + 160)
    spin = dialog.findChild(QSpinBox)
    if spin is not None:
        spin.setMinimumWidth(room - 40)
    return dialog

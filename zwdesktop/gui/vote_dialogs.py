"""The questions the dot-vote page asks, each replaceable in tests (like :class:`~zwdesktop.gui.dialogs.Ask`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.validation import clean_text


class VoteAsk:
    """Dialogs that return the moderator's answer. Tests replace these class methods."""

    @classmethod
    def group_decision(cls, parent: QWidget | None, labels: list[str]) -> tuple[list[int], str] | None:
        """Which of the tied options the group decided to take forward, and a note (None when cancelled)."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(QCoreApplication.translate("VoteAsk", "The group decides"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(QCoreApplication.translate("VoteAsk", "Which options did the group take forward?")))
        boxes = [QCheckBox(label, dialog) for label in labels]
        for box in boxes:
            layout.addWidget(box)
        note = QLineEdit(dialog)
        note.setPlaceholderText(QCoreApplication.translate("VoteAsk", "How the group decided (for the minutes)"))
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return [i for i, box in enumerate(boxes) if box.isChecked()], clean_text(note.text())

    @classmethod
    def pick_options(cls, parent: QWidget | None, labels: list[str], checked: list[bool]) -> list[int]:
        """Which of these ideas/clusters become options (``checked`` ones ticked at first; empty when cancelled)."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(QCoreApplication.translate("VoteAsk", "Options from ideas and clusters"))
        layout = QVBoxLayout(dialog)
        listing = QListWidget(dialog)
        for label, ticked in zip(labels, checked, strict=True):
            item = QListWidgetItem(label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            listing.addItem(item)
        layout.addWidget(listing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return [i for i in range(listing.count()) if listing.item(i).checkState() == Qt.CheckState.Checked]

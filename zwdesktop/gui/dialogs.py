"""The questions the program asks, each in one replaceable place (tests swap these functions)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _filter() -> str:
    return QCoreApplication.translate("Dialogs", "Workshop files (*.zwd)")


def ask_save_path(parent: QWidget | None, title: str, suggestion: str, file_filter: str, suffix: str) -> Path | None:
    """A file name to write (None when cancelled), with ``suffix`` added when the user left it out."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggestion, file_filter)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class Ask:
    """Dialogs that return the user's answer. Tests replace these class methods."""

    @classmethod
    def open_path(cls, parent: QWidget | None, folder: str = "") -> Path | None:
        """Which workshop file to open (None when cancelled)."""
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("Dialogs", "Open workshop"), folder, _filter()
        )
        return Path(name) if name else None

    @classmethod
    def save_path(cls, parent: QWidget | None, title: str, suggestion: str) -> Path | None:
        """Where to create or copy a workshop file (None when cancelled); adds ``.zwd`` when missing."""
        return ask_save_path(parent, title, suggestion, _filter(), ".zwd")

    @classmethod
    def open_read_only(cls, parent: QWidget | None, message: str) -> bool:
        """Whether to open a file that someone else holds for reading only."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Dialogs", "File is in use"),
            message + "\n\n" + QCoreApplication.translate("Dialogs", "Open it read-only?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, message: str) -> None:
        """Tell the user something went wrong or needs attention."""
        QMessageBox.warning(parent, title, message)

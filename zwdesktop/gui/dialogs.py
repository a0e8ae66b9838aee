"""The questions the program asks, each in one replaceable place (tests swap these functions)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .plain_text import plain_message

# QFileDialog and QMessageBox are imported in the functions that show them: their
# first use builds their enums, which opening the window should not wait for.


def _filter() -> str:
    return QCoreApplication.translate("Dialogs", "Workshop files (*.zwd)")


def ask_save_path(parent: QWidget | None, title: str, suggestion: str, file_filter: str, suffix: str) -> Path | None:
    """A file name to write (None when cancelled), with ``suffix`` added when the user left it out."""
    from PySide6.QtWidgets import QFileDialog

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
        from PySide6.QtWidgets import QFileDialog

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
        text = message + "\n\n" + QCoreApplication.translate("Dialogs", "Open it read-only?")
        title = QCoreApplication.translate("Dialogs", "File is in use")
        return plain_message(parent, "Question", title, text, ("Yes", "No"), "Yes") == "Yes"

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, message: str) -> None:
        """Tell the user something went wrong or needs attention."""
        plain_message(parent, "Warning", title, message)

    @classmethod
    def save_file(cls, parent: QWidget | None, title: str, suggestion: str, file_filter: str, suffix: str) -> Path | None:
        """Where to write an export (None when cancelled); adds ``suffix`` when missing."""
        return ask_save_path(parent, title, suggestion, file_filter, suffix)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, message: str) -> bool:
        """Whether to go ahead with something that cannot be undone."""
        return plain_message(parent, "Question", title, message, ("Yes", "Cancel"), "Cancel") == "Yes"

    @classmethod
    def confirm_removal(cls, parent: QWidget | None, title: str, message: str, button: str) -> bool:
        """Whether to remove something that holds results (it stays undoable); ``button`` names the removal."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.Cancel, parent)
        remove = box.addButton(button, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is remove

    @classmethod
    def person(cls, parent: QWidget | None, title: str) -> tuple[str, str] | None:
        """Whose data: a name and/or an e-mail address (None when cancelled)."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

        dialog = QDialog(parent)
        dialog.setWindowTitle(title)
        form = QFormLayout(dialog)
        hint = QLabel(
            QCoreApplication.translate(
                "Dialogs", "Name and/or e-mail address, as written in the file (case and spacing do not matter)."
            ),
            dialog,
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        name, email = QLineEdit(dialog), QLineEdit(dialog)
        form.addRow(QCoreApplication.translate("Dialogs", "Name"), name)
        form.addRow(QCoreApplication.translate("Dialogs", "E-mail"), email)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return name.text(), email.text()

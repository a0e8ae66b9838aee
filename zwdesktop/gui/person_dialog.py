"""The question "whose data?" (a name and/or an e-mail address): a form dialog, loaded when first asked for.

``Ask.person`` (``dialogs``) is its one entry point, which tests replace.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from .dialogs import fit_title


def ask_person(parent: QWidget | None, title: str) -> tuple[str, str] | None:
    """A name and/or an e-mail address (None when cancelled)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(480)  # the whole title ("Export everything stored about a person") and an address
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
    name.setMinimumWidth(name.fontMetrics().averageCharWidth() * 36)  # a long e-mail address fits
    fit_title(dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return name.text(), email.text()

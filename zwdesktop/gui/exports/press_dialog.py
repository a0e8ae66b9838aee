"""The press text: a draft from the facts in the file, editable, with a copy button (for the bulletin and the paper)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...export.workshop_data import draft_press_text
from ..session import WorkshopSession


class PressTextDialog(QDialog):
    """Shows the draft press text; the organiser edits it and copies it into a mail or the bulletin's form."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pressTextDialog")
        self.setWindowTitle(self.tr("Press text"))
        self.resize(640, 520)
        hint = QLabel(
            self.tr("A draft from the facts in the file. Please read it, add a quote or a photo credit, and copy it."),
            self,
        )
        hint.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("pressText")
        self.editor.setPlainText(draft_press_text(session.store))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("&Copy text"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)

    def copy(self) -> None:
        """Put the (edited) text on the clipboard."""
        QGuiApplication.clipboard().setText(self.editor.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

"""The questions the idea views ask, each in one replaceable place (tests swap these class methods)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..dialogs import WORKSHOPS
from ..file_dialogs import ask_open_path
from ..message_boxes import plain_message

DIALOG_WIDTH = 460  # wide enough for the whole window title and a cluster's name


def _input_dialog(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    # QInputDialog sizes itself to its contents (a minimum width on the dialog is overruled): widen its label.
    caption = dialog.findChild(QLabel)
    if caption is not None:
        caption.setMinimumWidth(DIALOG_WIDTH - 40)
        caption.setWordWrap(True)
    return dialog


class IdeaTextDialog(QDialog):
    """An idea's text in a field that wraps it; Ctrl+Enter saves (Enter makes a new line), Esc cancels."""

    def __init__(self, parent: QWidget | None, title: str, label: str, initial: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("ideaTextDialog")
        self.setWindowTitle(title)
        caption = QLabel(label, self)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("ideaText")
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setTabChangesFocus(True)
        self.editor.setPlainText(initial)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        caption.setBuddy(self.editor)
        hint = QLabel(QCoreApplication.translate("IdeaAsk", "Ctrl+Enter saves, Esc cancels."), self)
        hint.setStyleSheet("color: #52606d;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.editor.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.editor, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(560, 280)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the text saves (Enter alone makes a new line)."""
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def text(self) -> str:
        """The text as typed."""
        return self.editor.toPlainText()


class IdeaAsk:
    """Dialogs of the idea views that return the user's answer (None when cancelled)."""

    @classmethod
    def text(cls, parent: QWidget | None, title: str, label: str, initial: str = "") -> str | None:
        """One line of text, e.g. a cluster's name or a cluster's number or first letters."""
        dialog = _input_dialog(parent, title, label)
        dialog.setTextValue(initial)
        return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def multiline(cls, parent: QWidget | None, title: str, label: str, initial: str = "") -> str | None:
        """A text of several lines, e.g. an idea's text (wrapped; Ctrl+Enter saves)."""
        dialog = IdeaTextDialog(parent, title, label, initial)
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def choose(cls, parent: QWidget | None, title: str, label: str, options: list[str], current: int = 0) -> int | None:
        """The index of one of ``options``."""
        if not options:
            return None
        dialog = _input_dialog(parent, title, label)
        dialog.setComboBoxItems(options)
        dialog.setComboBoxEditable(False)
        dialog.setTextValue(options[max(0, min(current, len(options) - 1))])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        value = dialog.textValue()
        return options.index(value) if value in options else None

    @classmethod
    def colour(cls, parent: QWidget | None, initial: str) -> str | None:
        """A colour as ``#rrggbb``."""
        colour = QColorDialog.getColor(
            QColor(initial), parent, QCoreApplication.translate("IdeaAsk", "Colour of the cluster")
        )
        return colour.name() if colour.isValid() else None

    @classmethod
    def merge_source(cls, parent: QWidget | None, folder: str = "") -> Path | None:
        """The second laptop's workshop file or exchange document to merge ideas from."""
        return ask_open_path(
            parent,
            QCoreApplication.translate("IdeaAsk", "Merge ideas from another laptop"),
            QCoreApplication.translate("IdeaAsk", "Workshop files and exchange documents (*.zwd *.json)"),
            WORKSHOPS,
            folder,
        )

    @classmethod
    def report(cls, parent: QWidget | None, title: str, message: str) -> None:
        """Show what a merge did."""
        plain_message(parent, "Information", title, message)

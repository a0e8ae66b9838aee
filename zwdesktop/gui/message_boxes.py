"""The program's message boxes: the questions and notices of ``Ask``, and the error reporter's message.

A dialog module, loaded when the first message box is shown: QMessageBox builds
its enums the first time it is imported, which start-up need not wait for. Each
text is plain text (file names, card texts and round titles as typed).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def plain_message(
    parent: QWidget | None,
    icon: str,
    title: str,
    text: str,
    buttons: tuple[str, ...] = ("Ok",),
    default: str | None = None,
) -> str:
    """Show a message box whose text (file names, card texts) is plain text; returns the name of the button pressed.

    ``icon`` and the buttons are named as in Qt (``"Warning"``, ``"Yes"``, ``"Cancel"``).
    """
    standard = QMessageBox.StandardButton
    flags = standard.NoButton
    for name in buttons:
        flags |= getattr(standard, name)
    box = QMessageBox(getattr(QMessageBox.Icon, icon), title, text, flags, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default is not None:
        box.setDefaultButton(getattr(standard, default))
    pressed = standard(box.exec())
    return next((name for name in buttons if getattr(standard, name) == pressed), "")


def confirm_removal(parent: QWidget | None, title: str, message: str, button: str) -> bool:
    """Whether to remove something that holds results; ``button`` names the removal, Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes user text (a round's title) as typed
    remove = box.addButton(button, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is remove


def open_error_message(
    parent: QWidget | None, title: str, text: str, informative: str, details: str, closed: Callable[[], None]
) -> None:
    """Show the error reporter's warning without waiting for it; ``closed`` is called when it is closed."""
    box = QMessageBox(parent)
    box.setObjectName("errorMessage")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    box.setTextFormat(Qt.TextFormat.PlainText)  # after both texts: it applies to the labels that exist
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(closed)
    box.open()

"""The questions the idea views ask, each in one replaceable place (tests swap these class methods)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QWidget

from .dialogs import WORKSHOPS, ask_open_path
from .plain_text import plain_message


class IdeaAsk:
    """Dialogs of the idea views that return the user's answer (None when cancelled)."""

    @classmethod
    def text(cls, parent: QWidget | None, title: str, label: str, initial: str = "") -> str | None:
        """One line of text, e.g. a cluster's name or a cluster's number or first letters."""
        value, ok = QInputDialog.getText(parent, title, label, text=initial)
        return value if ok else None

    @classmethod
    def multiline(cls, parent: QWidget | None, title: str, label: str, initial: str = "") -> str | None:
        """A text of several lines, e.g. an idea's text."""
        value, ok = QInputDialog.getMultiLineText(parent, title, label, initial)
        return value if ok else None

    @classmethod
    def choose(cls, parent: QWidget | None, title: str, label: str, options: list[str], current: int = 0) -> int | None:
        """The index of one of ``options``."""
        if not options:
            return None
        value, ok = QInputDialog.getItem(parent, title, label, options, max(0, current), False)
        return options.index(value) if ok and value in options else None

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

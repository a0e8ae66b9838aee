"""Small widgets of the dot-vote page: a message line that keeps its place, a plain-text label, the Tab order."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget


def set_tab_chain(widgets: Sequence[QWidget]) -> None:
    """Tab goes from each of ``widgets`` to the next (hidden or disabled ones are skipped by Qt)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def plain_label(parent: QWidget, name: str = "", style: str = "") -> QLabel:
    """A word-wrapping label that shows user text as it is (no rich text, no links)."""
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


class MessageLine(QLabel):
    """A status or refusal message whose room is kept while it is empty.

    Its height is always that of ``lines`` lines of text, so the buttons
    below it stay where they are when a message appears or goes away.
    """

    def __init__(self, parent: QWidget, name: str, lines: int = 2, style: str = "") -> None:
        super().__init__(parent)
        self.lines = lines
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if style:
            self.setStyleSheet(style)
        self._reserve()

    def _reserve(self) -> None:
        metrics = self.fontMetrics()
        self.setMinimumHeight(metrics.lineSpacing() * self.lines + metrics.descent())

    def changeEvent(self, event: QEvent) -> None:
        """Keep the room right when the font changes (a style sheet, the system font)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._reserve()

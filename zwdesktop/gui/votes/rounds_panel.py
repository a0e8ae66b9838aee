"""The list of dot-vote rounds, with the buttons that make a round and remove one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget


class RoundsPanel(QWidget):
    """The workshop's rounds, one per entry (a long question wraps), above "new dot vote", "new Blitzlicht", "remove"."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.rounds = QListWidget(self)
        self.rounds.setObjectName("voteRounds")
        # A long question wraps in the list (its whole text is the tooltip too): no sideways scrolling.
        self.rounds.setWordWrap(True)
        self.rounds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rounds.setResizeMode(QListWidget.ResizeMode.Adjust)
        # Wrapped questions would run into each other: a gap shows where one round ends (as in Agreements).
        self.rounds.setSpacing(3)
        self.new_button = QPushButton(self.tr("New dot vote"), self)
        self.mood_button = QPushButton(self.tr("New Blitzlicht"), self)
        self.remove_button = QPushButton(self.tr("Remove round…"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Rounds"), self))
        layout.addWidget(self.rounds, 1)
        for button in (self.new_button, self.mood_button, self.remove_button):
            layout.addWidget(button)

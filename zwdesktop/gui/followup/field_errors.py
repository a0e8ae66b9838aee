"""The line under a follow-up form's field that says why its value was refused (hidden until then)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #9b1c1c;"  # the follow-up's red for what is late or refused


def error_label(parent: QWidget, field: str) -> QLabel:
    """A hidden, word-wrapped plain-text label for ``field``'s refusal, named ``error_<field>`` for tests."""
    label = QLabel(parent)
    label.setObjectName(f"error_{field.replace('.', '_')}")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label

"""The press text: a draft from the facts in the file, editable, with a copy button (for the bulletin and the paper).

Two kinds: the text right after the workshop, and the report back some weeks
later ("Was aus der Zukunftswerkstatt geworden ist": projects started,
meetings held, how to join). Once the workshop's day is past, the report back
is offered first when a follow-up meeting has been held.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.agreements import MeetingStatus
from ...core.followup_progress import day_is_past
from ...export.workshop_data import draft_press_text, draft_report_back
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
        self.session = session
        self.kind = QComboBox(self)
        self.kind.setObjectName("pressKind")
        self.kind.addItem(self.tr("Right after the workshop"), "evening")
        self.kind.addItem(self.tr("Report back after some weeks"), "report_back")
        store = session.store
        held = any(m.status == MeetingStatus.HELD.value for m in store.agreements.data().meetings)
        self.kind.setCurrentIndex(1 if held and day_is_past(store.workshop()) else 0)
        kind_row = QFormLayout()
        kind_row.addRow(self.tr("&Kind:"), self.kind)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("pressText")
        self._fill()
        self.kind.currentIndexChanged.connect(lambda _i: self._fill())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("&Copy text"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(kind_row)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)

    def _fill(self) -> None:
        store = self.session.store
        report = self.kind.currentData() == "report_back"
        self.editor.setPlainText(draft_report_back(store) if report else draft_press_text(store))

    def copy(self) -> None:
        """Put the (edited) text on the clipboard."""
        QGuiApplication.clipboard().setText(self.editor.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

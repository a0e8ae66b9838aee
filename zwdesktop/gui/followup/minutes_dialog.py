"""The minutes' versions: record a correction (what, when, by whom) or the approval at a follow-up meeting.

Each is one undoable step; a refused value says why beside its field and
nothing is stored. The approval names the meeting that approved them (the
latest held one is chosen) and its day.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core.agreements import MeetingStatus
from ...core.followup import MinutesRevision, RevisionKind
from ...core.validation import Problem, clean_text, date_problem, parse_date
from ..agreements.texts import zone_of
from ..messages import problem_text
from ..session import WorkshopSession
from .commands import JournalCommand, push_from_form
from .field_errors import error_label


class RevisionDialog(QDialog):
    """A correction (``kind`` correction) or the approval (``kind`` approval) of the workshop's minutes."""

    def __init__(self, session: WorkshopSession, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionDialog")
        self.session = session
        self.kind = kind
        approval = kind == RevisionKind.APPROVAL.value
        self.setWindowTitle(self.tr("Approve the minutes") if approval else self.tr("Record a correction"))
        store = session.store
        self.zone = zone_of(store.workshop().timezone)
        today = dt.datetime.now(self.zone).date()
        self.day = QLineEdit(f"{today:%d.%m.%Y}", self)
        self.day.setObjectName("revisionDay")
        self.by = QLineEdit(self)
        self.by.setObjectName("revisionBy")
        self.what = QLineEdit(self)
        self.what.setObjectName("revisionWhat")
        self.meeting = QComboBox(self)
        self.meeting.setObjectName("approvalMeeting")
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        if approval:
            data = store.agreements.data()
            titles = {a.id: a.title for a in data.agreements}
            held = sorted((m for m in data.meetings if m.status == MeetingStatus.HELD.value),
                          key=lambda m: m.starts_at, reverse=True)  # fmt: skip
            for m in held:
                group = titles.get(m.agreement_id or "", self.tr("Steering group"))
                self.meeting.addItem(f"{m.starts_at.astimezone(self.zone):%d.%m.%Y} – {group}", m.id)
            self.meeting.addItem(self.tr("(no follow-up meeting)"), "")
            self.what.hide()  # an approval corrects nothing
            self.meeting.currentIndexChanged.connect(self._meeting_day)
            form.addRow(self.tr("At the &meeting:"), self._error_below(self.meeting, "meeting"))
            self._meeting_day()
        else:
            self.meeting.hide()  # only an approval names a meeting
            form.addRow(self.tr("&What was corrected:"), self._error_below(self.what, "what"))
        form.addRow(self.tr("&On:"), self._error_below(self.day, "day"))
        form.addRow(self.tr("&By:"), self._error_below(self.by, "by"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        button = buttons.addButton(self.tr("&Approve") if approval else self.tr("&Record"),
                                   QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        (self.meeting if approval else self.what).setFocus()

    def _error_below(self, widget: QWidget, field: str) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)
        label = error_label(box, field)
        layout.addWidget(label)
        self.errors[field] = label
        return box

    def _meeting_day(self) -> None:
        meeting_id = self.meeting.currentData()
        meeting = next((m for m in self.session.store.agreements.data().meetings if m.id == meeting_id), None)
        if meeting is not None:
            self.day.setText(f"{meeting.starts_at.astimezone(self.zone):%d.%m.%Y}")

    def _show(self, field: str, problem: Problem) -> None:
        label = self.errors.get(field) or self.errors["day"]
        label.setText(problem_text(problem.code, problem.params))
        label.show()

    def save(self) -> None:
        """Check and write the revision (one undoable step); the dialog closes when it is written."""
        for label in self.errors.values():
            label.hide()
        day = parse_date(self.day.text())
        if day is None:
            self._show("day", date_problem(self.day.text()))
            return
        meeting_id = str(self.meeting.currentData() or "") or None if self.kind == RevisionKind.APPROVAL.value else None
        revision = MinutesRevision(kind=self.kind, day=day, by=clean_text(self.by.text()), what=clean_text(self.what.text()),
                                   meeting_id=meeting_id)  # fmt: skip
        today = dt.datetime.now(self.zone).date()
        approval = self.kind == RevisionKind.APPROVAL.value
        text = self.tr("Approve the minutes") if approval else self.tr("Record a correction of the minutes")
        command = JournalCommand(self.session, text, lambda: self.session.store.followup.add_revision(revision, today))
        if push_from_form(self.session, command, self._show):
            self.accept()

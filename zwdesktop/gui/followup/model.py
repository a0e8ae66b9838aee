"""The follow-up's tree: one row per group (its steps below it) and the steering group, read from the store.

Each row carries what it is (:data:`KIND_ROLE`: ``group``, ``step`` or
``steering``) and the id of its record (:data:`ID_ROLE`). The model reads
:meth:`~zwdesktop.store.followup.FollowupRepository.summary` again when a
change touches the agreements, the steering group, the follow-up or the
workshop (its page calls :meth:`FollowupModel.reload`, keeping the chosen row), and
keeps it as :attr:`FollowupModel.summary`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from ...core.agreements import Meeting
from ...core.followup_progress import AgreementSummary, FollowupSummary, is_overdue
from ...store.changes import Area
from ..agreements.texts import status_name, zone_of
from ..i18n import arg
from ..session import WorkshopSession
from .texts import step_state_name

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
LATE = QColor("#9b1c1c")
AREAS = (Area.AGREEMENTS, Area.STEERING, Area.FOLLOWUP, Area.WORKSHOP)


class FollowupModel(QStandardItemModel):
    """Groups with their steps, and the steering group: status, progress, last and next meeting, what needs attention."""

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Both set by reload() below: the summary, and the workshop's today that its overdue steps are counted on.
        self.summary: FollowupSummary
        self.today: dt.date
        self.setHorizontalHeaderLabels([
            self.tr("Group / step"), self.tr("Status"), self.tr("Progress / due"), self.tr("Last meeting"),
            self.tr("Next meeting"), self.tr("Needs attention"),
        ])  # fmt: skip
        self.reload()

    def _meeting(self, meeting: Meeting | None, with_count: bool = False) -> str:
        if meeting is None:
            return "–"
        start = meeting.starts_at.astimezone(zone_of(self.session.store.workshop().timezone))
        text = f"{start:%d.%m.%Y, %H:%M}"  # short: the group's and the step's texts need the room
        if with_count and meeting.attendance:
            text += " " + self.tr("(%n came)", "", meeting.attendance)
        return text

    def reload(self) -> None:
        """Read the summary again and show it (the tree's rows are made anew; the page keeps the selection)."""
        now = dt.datetime.now(dt.UTC)
        self.summary = self.session.store.followup.summary(now)
        zone = zone_of(self.session.store.workshop().timezone)
        today = self.today = now.astimezone(zone).date()
        self.removeRows(0, self.rowCount())
        for group in self.summary.agreements:
            self.appendRow(self._group_row(group, today))
        steering = [QStandardItem(self.tr("Steering group")), QStandardItem(""),
                    QStandardItem(self.tr("%n member(s)", "", self.summary.steering_members)),
                    QStandardItem(self._meeting(self.summary.steering_last, True)),
                    QStandardItem(self._meeting(self.summary.steering_next)), QStandardItem("")]  # fmt: skip
        self._mark(steering, "steering", "")
        self.appendRow(steering)

    def _group_row(self, group: AgreementSummary, today: dt.date) -> list[QStandardItem]:
        done = group.progress
        progress = arg(self.tr("%1 of %2 done"), str(done.done), str(done.total)) if done.total else self.tr("no steps")
        attention = []
        # A group whose first meeting is still ahead is on course (the workshop's evening, the weeks
        # before that date); it needs attention once that date passed unrecorded, or while none is planned.
        if group.needs_meeting and group.unrecorded:
            attention.append(self.tr("no meeting held yet"))
        elif group.needs_meeting and group.next_meeting is None:
            attention.append(self.tr("no meeting planned yet"))
        if group.overdue:
            attention.append(self.tr("%n step(s) overdue", "", len(group.overdue)))
        if group.unrecorded:
            attention.append(self.tr("%n meeting(s) to record", "", len(group.unrecorded)))
        row = [QStandardItem(group.title), QStandardItem(status_name(group.status)), QStandardItem(progress),
               QStandardItem(self._meeting(group.last_meeting, True)), QStandardItem(self._meeting(group.next_meeting)),
               QStandardItem(", ".join(attention))]  # fmt: skip
        self._mark(row, "group", group.agreement.id)
        if attention:
            row[5].setForeground(QBrush(LATE))
        bold = row[0].font()
        bold.setBold(True)
        row[0].setFont(bold)
        bundle = next(
            (b for b in self.session.store.agreements.bundles() if b.agreement.id == group.agreement.id), None
        )
        for step in bundle.steps if bundle else []:
            who = f" ({step.who.strip()})" if step.who.strip() else ""
            due = f"{step.due:%d.%m.%Y}" if step.due else ""
            late = is_overdue(step, today)
            cells = [QStandardItem(step.what + who), QStandardItem(step_state_name(step.state)), QStandardItem(due),
                     QStandardItem(""), QStandardItem(""), QStandardItem(self.tr("overdue") if late else "")]  # fmt: skip
            self._mark(cells, "step", step.id)
            if late:
                for cell in (cells[2], cells[5]):
                    cell.setForeground(QBrush(LATE))
            row[0].appendRow(cells)
        return row

    @staticmethod
    def _mark(cells: list[QStandardItem], kind: str, record_id: str) -> None:
        for cell in cells:
            cell.setEditable(False)
            cell.setToolTip(cell.text())  # the whole text, where a narrow column cuts it
            cell.setData(kind, KIND_ROLE)
            cell.setData(record_id, ID_ROLE)

"""The follow-up section (Nachbereitung): where every group stands weeks after the workshop.

A tree of the groups (status, progress, last and next meeting, what needs
attention) with their steps below them, and the steering group; the next
meetings of all groups in date order; the minutes' version and its history.
All by keyboard in the tree: **Enter** records a meeting of the chosen group
(or the steering group), **Space** moves the chosen step on (open → started →
done → dropped → open) or the chosen group (planned → active → paused → done →
dropped → planned); **Ctrl+Shift+K** records a correction of the minutes,
**Ctrl+Shift+A** their approval. Every change is saved at once and undone
with Ctrl+Z.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.agreements import STATUSES, STEP_STATES
from ...core.followup import RevisionKind
from ...core.followup_progress import revision_order
from ...store.changes import Change
from ..actions import ActionCollection, Needs, action_buttons
from ..agreements.texts import meeting_line, status_name
from ..i18n import arg
from ..session import WorkshopSession
from .commands import JournalCommand
from .minutes_dialog import RevisionDialog
from .model import AREAS, ID_ROLE, KIND_ROLE, FollowupModel
from .record_dialog import RecordMeetingDialog
from .texts import minutes_line, step_state_name
from .wrapping import WrappingDelegate


class FollowupAction(enum.StrEnum):
    """The names of the follow-up section's actions."""

    RECORD = "followup.record"
    NEXT_STATE = "followup.next_state"
    CORRECTION = "followup.correction"
    APPROVE = "followup.approve"


NOTES_COLUMN = 5  # the last: what to look out for


def _next(codes: tuple[str, ...], code: str) -> str:
    return codes[(codes.index(code) + 1) % len(codes)] if code in codes else codes[0]


class FollowupPage(QWidget):
    """The groups' state, the next meetings and the minutes' versions; the dialogs to record what happened."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followupPage")
        self.session = session
        self.model = FollowupModel(session, self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("followupTree")
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))  # long steps wrap (wrapping.py)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # The groups and steps take what the other columns leave. The notes ("no meeting held yet, 1 step
        # overdue, …") are as wide as they are up to about 35 characters (the cell's tooltip has them whole).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTES_COLUMN, QHeaderView.ResizeMode.Interactive)
        widest = self.tree.fontMetrics().averageCharWidth() * 35
        header.resizeSection(NOTES_COLUMN, min(self.tree.sizeHintForColumn(NOTES_COLUMN), widest))
        self.heading = QLabel(self)
        self.heading.setObjectName("followupHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.minutes = QLabel(self)
        self.minutes.setObjectName("minutesVersion")
        self.minutes.setTextFormat(Qt.TextFormat.PlainText)
        self.next_list = QListWidget(self)
        self.next_list.setObjectName("nextMeetings")
        self.history = QListWidget(self)
        self.history.setObjectName("minutesHistory")
        for shown in (self.next_list, self.history):
            shown.setWordWrap(True)
            shown.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.page_actions = ActionCollection(self)
        context = Qt.ShortcutContext.WidgetShortcut
        needs = Needs.WRITABLE
        self.page_actions.add(FollowupAction.RECORD, self.tr("&Record a meeting…"), self.record_meeting,
                         ["Return", "Enter"], self.tree, context, needs=needs)  # fmt: skip
        self.page_actions.add(FollowupAction.NEXT_STATE, self.tr("&Next state"), self.next_state, "Space", self.tree,
                         context, tip=self.tr("Move the chosen step or group on to its next state"), needs=needs)  # fmt: skip
        window_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.page_actions.add(FollowupAction.CORRECTION, self.tr("Record a &correction of the minutes…"),
                         lambda: self.revise(RevisionKind.CORRECTION.value), "Ctrl+Shift+K", self, window_wide,
                         needs=needs)  # fmt: skip
        self.page_actions.add(FollowupAction.APPROVE, self.tr("&Approve the minutes…"),
                         lambda: self.revise(RevisionKind.APPROVAL.value), "Ctrl+Shift+A", self, window_wide,
                         needs=needs)  # fmt: skip
        self.page_actions.enable_for(session)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.minutes)
        layout.addLayout(action_buttons(self, list(self.page_actions)))
        hint = QLabel(
            self.tr("Enter: record a meeting of the chosen group · Space: next state of a step or group"), self
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 4)
        below = QHBoxLayout()
        for title, widget in ((self.tr("Next meetings"), self.next_list), (self.tr("Minutes versions"), self.history)):
            box = QVBoxLayout()
            box.addWidget(QLabel(title, self))
            box.addWidget(widget)
            below.addLayout(box, 1)
        layout.addLayout(below, 1)

        session.changed.connect(self._on_changed)
        self._show_summary()
        if self.model.rowCount():
            self.select("group", str(self.model.index(0, 0).data(ID_ROLE)))

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the section is chosen: the groups' tree (Enter records a meeting)."""
        return self.tree

    # ---- showing ------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        if change.touches(*AREAS):
            chosen = self.chosen()
            self.model.reload()
            self._show_summary()
            if chosen is not None:
                self.select(*chosen)

    def _show_summary(self) -> None:
        summary = self.model.summary
        self.tree.expandAll()
        zone = self.session.store.workshop().timezone
        self.heading.setText(arg(
            self.tr("As of %1: %2, %3, %4"), f"{self.model.today:%d.%m.%Y}",  # the day the overdue steps are counted on
            self.tr("%n group(s)", "", len(summary.agreements)),
            self.tr("%n follow-up meeting(s) held", "", summary.meetings_held),
            self.tr("%n step(s) overdue", "", summary.overdue_steps),
        ))  # fmt: skip
        self.minutes.setText(minutes_line(summary.minutes))
        self.next_list.clear()
        for upcoming in summary.next_meetings:
            group = upcoming.group or self.tr("Steering group")
            self.next_list.addItem(f"{meeting_line(upcoming.meeting, zone)} – {group}")
        if not summary.next_meetings:
            self.next_list.addItem(self.tr("No meeting planned yet"))
        self.history.clear()
        self.history.addItem(
            arg(self.tr("Version 1: the minutes of %1"), f"{self.session.store.workshop().date:%d.%m.%Y}")
        )
        version = 1
        for revision in revision_order(self.session.store.followup.data().revisions):
            if revision.kind == RevisionKind.CORRECTION.value:
                version += 1
                line = arg(self.tr("Version %1: %2 corrected – %3"), str(version), f"{revision.day:%d.%m.%Y}",
                           revision.what)  # fmt: skip
            else:
                line = arg(self.tr("Approved on %1"), f"{revision.day:%d.%m.%Y}")
            if revision.by.strip():
                line += f" ({revision.by.strip()})"
            self.history.addItem(line)

    def chosen(self) -> tuple[str, str] | None:
        """What the tree's chosen row is: (``group``/``step``/``steering``, id), None when nothing is chosen."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return str(index.data(KIND_ROLE)), str(index.data(ID_ROLE) or "")

    def _find(self, kind: str, record_id: str, parent: QModelIndex | None = None) -> QModelIndex | None:
        parent = parent or QModelIndex()
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            if index.data(KIND_ROLE) == kind and (index.data(ID_ROLE) or "") == record_id:
                return index
            found = self._find(kind, record_id, index)
            if found is not None:
                return found
        return None

    def select(self, kind: str, record_id: str) -> bool:
        """Choose the row of a group, step or the steering group; False when it is not there."""
        index = self._find(kind, record_id)
        if index is None:
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tree.selectionModel().setCurrentIndex(index, flags)
        return True

    # ---- changing -------------------------------------------------------------

    def _push(self, text: str, write: object) -> None:
        assert callable(write)
        self.session.push(JournalCommand(self.session, text, write))

    def next_state(self) -> None:
        """Move the chosen step on (open → started → done → dropped) or the chosen group (planned → … → dropped)."""
        chosen = self.chosen()
        if chosen is None or self.session.read_only:
            return
        kind, record_id = chosen
        followup = self.session.store.followup
        data = self.session.store.agreements.data()
        if kind == "step":
            step = next(s for s in data.steps if s.id == record_id)
            state = _next(STEP_STATES, step.state)
            text = arg(self.tr("Step “%1”: %2"), step.what, step_state_name(state))
            self._push(text, lambda: followup.set_step_state(record_id, state))
        elif kind == "group":
            agreement = next(a for a in data.agreements if a.id == record_id)
            status = _next(STATUSES, agreement.status)
            text = arg(self.tr("“%1”: %2"), agreement.title, status_name(status))
            self._push(text, lambda: followup.set_agreement_status(record_id, status))

    def record_meeting(self) -> None:
        """Open the record of a meeting of the chosen group (of the steering group on its row)."""
        if self.session.read_only:
            return
        chosen = self.chosen()
        agreement_id: str | None = None
        if chosen is not None and chosen[0] == "group":
            agreement_id = chosen[1]
        elif chosen is not None and chosen[0] == "step":
            agreement_id = str(self.tree.currentIndex().parent().data(ID_ROLE))
        elif chosen is None and self.model.summary.agreements:
            agreement_id = self.model.summary.agreements[0].agreement.id
        self.dialog = RecordMeetingDialog(self.session, agreement_id, self)
        self.dialog.open()

    def revise(self, kind: str) -> None:
        """Open the dialog for a correction or the approval of the minutes."""
        if self.session.read_only:
            return
        self.revision_dialog = RevisionDialog(self.session, kind, self)
        self.revision_dialog.open()

"""The agreements section: the list of project groups on the left, the chosen one's editor on the right.

Everything is typed by keyboard: **Ins** in the list adds an agreement and
puts the cursor in its title; **Tab** walks through the fields; **Ins** in the
steps, meetings and members tables adds a row and starts typing in it,
**Tab** moves from cell to cell, **Del** removes the selected row. Each valid
change is written at once as one undoable step (typing a word is one step); a
refused value shows why beside the field or table and changes nothing (see
:mod:`.agreement_editor`). **Del** in the list removes an agreement; one with
steps, meetings or members asks first, naming them (the removal is undoable).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.agreements import Agreement, AgreementBundle
from ..actions import ActionCollection
from ..dialogs import Ask
from ..i18n import arg
from ..session import WorkshopSession
from ..wheel_guard import guard_fields_within
from . import commands
from .editor import AgreementEditor
from .model import AgreementListModel
from .page_actions import AgreementAction


class AgreementsPage(QWidget):
    """The list of agreements and the editor of the chosen one."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = AgreementListModel(session, self)
        self.list = QListView(self)
        self.list.setObjectName("agreementList")
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.editor = AgreementEditor(session, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        guard_fields_within(self.editor)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        context = Qt.ShortcutContext.WidgetShortcut
        self.page_actions = actions = ActionCollection(self)
        self.add_action = actions.add(AgreementAction.ADD, self.tr("&New agreement"), self.add_agreement, "Ins",
                                      self.list, context)  # fmt: skip
        self.remove_action = actions.add(AgreementAction.REMOVE, self.tr("&Remove agreement"), self.remove_agreement,
                                         "Del", self.list, context)  # fmt: skip
        self.up_action = actions.add(AgreementAction.UP, self.tr("Move &up"), lambda: self.move_by(-1), "Ctrl+Up",
                                     self.list, context)  # fmt: skip
        self.down_action = actions.add(AgreementAction.DOWN, self.tr("Move &down"), lambda: self.move_by(1), "Ctrl+Down",
                                       self.list, context)  # fmt: skip
        buttons = QHBoxLayout()
        for action in (self.add_action, self.remove_action):
            button = QPushButton(action.text(), self)
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)  # a read-only file: greyed like the keys
            buttons.addWidget(button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Agreements (Ins: new, Del: remove, Ctrl+↑/↓: move)"), left)
        heading.setWordWrap(True)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.setObjectName("agreementsSplitter")  # remembered (gui/splitter_memory.py)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.list.selectionModel().currentRowChanged.connect(lambda current, _prev: self._chosen(current.row()))
        self.model.modelReset.connect(self._keep_selection)
        for action in (self.add_action, self.remove_action, self.up_action, self.down_action):
            action.setEnabled(not session.read_only)
        if self.model.rowCount():
            self.select_row(0)

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the section is chosen: the list of agreements."""
        return self.list

    def _chosen(self, row: int) -> None:
        bundle = self.model.bundles[row] if 0 <= row < len(self.model.bundles) else None
        self.editor.set_agreement(bundle.agreement.id if bundle else None)

    def _keep_selection(self) -> None:
        row = self.model.row_of(self.editor.agreement_id) if self.editor.agreement_id else -1
        if row < 0 and self.model.rowCount():
            row = min(max(0, self.list.currentIndex().row()), self.model.rowCount() - 1)
        if row >= 0:
            self.select_row(row)
        else:
            self.editor.set_agreement(None)

    def select_row(self, row: int) -> None:
        """Choose the agreement in ``row``."""
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._chosen(row)

    def current_row(self) -> int:
        """The row of the chosen agreement (-1 when none)."""
        return self.list.currentIndex().row()

    def add_agreement(self) -> None:
        """Add an agreement after the chosen one and put the cursor in its title."""
        if self.session.read_only:
            return
        index = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        bundle = AgreementBundle(Agreement(title=self.tr("New agreement")))
        text = self.tr("New agreement")
        if not self.session.push(commands.PutBundleCommand(self.session, text, None, bundle, None, index)):
            return
        self.select_row(self.model.row_of(bundle.agreement.id))
        title = self.editor.lines["title"]
        title.setFocus()
        title.selectAll()
        QTimer.singleShot(0, title.selectAll)

    def remove_agreement(self) -> None:
        """Remove the chosen agreement (undoable)."""
        row = self.current_row()
        if row < 0 or self.session.read_only:
            return
        bundle = self.model.bundles[row]
        parts = [
            self.tr("%n step(s)", "", len(bundle.steps)) if bundle.steps else "",
            self.tr("%n follow-up meeting(s)", "", len(bundle.meetings)) if bundle.meetings else "",
            self.tr("%n member(s)", "", len(bundle.members)) if bundle.members else "",
        ]
        parts = [part for part in parts if part]
        if parts:
            # Results go with it: ask first, and say which (Ctrl+Z still brings everything back).
            message = arg(self.tr("“%1” is removed with:"), bundle.agreement.title)
            message += "\n" + "\n".join(f"• {part}" for part in parts) + "\n\n" + self.tr("Ctrl+Z brings it back.")
            title = self.tr("Remove agreement")
            if not Ask.confirm_removal(self, title, message, self.tr("&Remove")):
                return
        text = arg(self.tr("Remove agreement “%1”"), bundle.agreement.title)
        self.session.push(commands.remove_agreement(self.session, text, bundle, row))

    def move_by(self, delta: int) -> None:
        """Move the chosen agreement up (-1) or down (+1)."""
        row = self.current_row()
        target = row + delta
        if row < 0 or not 0 <= target < self.model.rowCount() or self.session.read_only:
            return
        bundle = self.model.bundles[row]
        text = arg(self.tr("Move “%1”"), bundle.agreement.title)
        if self.session.push(commands.move_agreement(self.session, text, bundle.agreement.id, row, target)):
            self.select_row(target)

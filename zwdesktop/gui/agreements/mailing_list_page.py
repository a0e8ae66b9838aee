"""The mailing list (Mail-Verteiler): sign-ups typed from the paper list or by participants at the laptop.

A sign-up is stored only with consent: the box next to the consent text must
be ticked, and the text shown and the time are stored with it. **Enter** in
any field signs up; the form is then empty for the next person. **Del** in
the list takes a sign-up off (undoable).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.agreements import STEERING_GROUP, Signup, check_signup
from ...core.validation import clean_text
from ...core.workshop import utc_now
from ...store.changes import Area, Change
from ..actions import ActionCollection
from ..i18n import arg
from ..messages import problem_text
from ..row_table import FittedTable
from ..session import WorkshopSession
from ..undo_keys import pass_undo_to_window
from . import commands
from .actions import AgreementActions, AgreementFileAction
from .page_actions import MailingAction
from .texts import consent_text, zone_of

FIELDS = ("name", "email", "phone", "municipality")


class MailingListPage(QWidget):
    """The sign-up form, the groups to hear from, the consent box, and the list of sign-ups."""

    def __init__(
        self, session: WorkshopSession, file_actions: AgreementActions | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {
            "name": self.tr("&Name"),
            "email": self.tr("&E-mail"),
            "phone": self.tr("Phone (optional)"),
            "municipality": self.tr("Municipality (optional)"),
        }
        for name in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"signup_{name}")
            edit.returnPressed.connect(self.sign_up)
            self.edits[name] = edit
            form.addRow(labels[name], edit)
        self.groups = QListWidget(self)
        self.groups.setObjectName("signup_groups")
        self.groups.setMaximumHeight(120)
        form.addRow(self.tr("Keep me informed about"), self.groups)
        self.consent = QCheckBox(self.tr("&Yes, I agree:"), self)
        self.consent.setObjectName("signup_consent")
        self.consent_label = QLabel(consent_text(), self)
        self.consent_label.setWordWrap(True)
        self.consent_label.setBuddy(self.consent)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent, 0, Qt.AlignmentFlag.AlignTop)
        consent_row.addWidget(self.consent_label, 1)
        self.add_button = QPushButton(self.tr("Sign &up"), self)
        self.add_button.setObjectName("signup_add")
        self.add_button.clicked.connect(self.sign_up)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setObjectName("signup_message")
        self.message.setWordWrap(True)
        # Two lines are kept for the message, so the list below does not jump when one appears.
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2 + 4)
        pass_undo_to_window(*self.edits.values())

        headers = [
            self.tr("Name"),
            self.tr("E-mail"),
            self.tr("Municipality"),
            self.tr("Groups"),
            self.tr("Consent given"),
        ]
        self.table = FittedTable(0, headers, stretch=(0, 1, 3), parent=self)
        self.table.setObjectName("signups")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.page_actions = ActionCollection(self)
        self.remove_action = self.page_actions.add(
            MailingAction.REMOVE, self.tr("Remove sign-up"), self.remove_selected, "Del", self.table,
            Qt.ShortcutContext.WidgetShortcut,
        )  # fmt: skip
        self.count_label = QLabel(self)
        buttons = QHBoxLayout()
        # The File menu's exports of the mailing list and a person's data, as buttons here too.
        shared = (AgreementFileAction.EXPORT_CSV, AgreementFileAction.PERSON_EXPORT, AgreementFileAction.PERSON_ERASE)
        for action in [file_actions.get(name) for name in shared] if file_actions is not None else []:
            button = QPushButton(action.text().replace("&", ""), self)
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(consent_row)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setEnabled(not session.read_only)
        session.changed.connect(self._on_changed)
        self.load()

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the section is chosen: the name of the next sign-up (typing is what
        the section is opened for; the list below takes Del)."""
        return self.edits["name"]

    def _on_changed(self, change: Change) -> None:
        if change.touches(Area.SIGNUPS, Area.AGREEMENTS):
            self.load()

    def load(self) -> None:
        """Show the groups to choose from and the sign-ups."""
        repo = self.session.store.agreements
        data = repo.data()
        self.signups = data.signups
        checked = {self.groups.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.groups.count())
                   if self.groups.item(i).checkState() == Qt.CheckState.Checked}  # fmt: skip
        self.groups.clear()
        titles = {STEERING_GROUP: self.tr("Steering group")}
        for bundle in data.bundles():
            if bundle.agreement.status != "dropped":
                titles[bundle.agreement.id] = bundle.agreement.title
        order = [k for k in titles if k != STEERING_GROUP] + [STEERING_GROUP]
        for key in order:
            item = QListWidgetItem(titles[key], self.groups)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
        all_titles = {b.agreement.id: b.agreement.title for b in data.bundles()} | titles
        tz = zone_of(self.session.store.workshop().timezone)
        self.table.setRowCount(0)
        for signup in self.signups:
            row = self.table.rowCount()
            self.table.insertRow(row)
            when = dt.datetime.fromisoformat(signup.consent_at).astimezone(tz).strftime("%d.%m.%Y %H:%M")
            groups = ", ".join(all_titles[g] for g in signup.groups if g in all_titles)
            for column, value in enumerate((signup.name, signup.email, signup.municipality, groups, when)):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, signup.id)
                self.table.setItem(row, column, cell)
        self.count_label.setText(self.tr("%n sign-up(s) with consent", "", len(self.signups)))

    def sign_up(self) -> None:
        """Store the form as a sign-up (with consent only) and clear it for the next person."""
        if self.session.read_only:
            return
        groups = [str(self.groups.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.groups.count())
                  if self.groups.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip
        agreed = self.consent.isChecked()
        signup = Signup(
            **{name: clean_text(edit.text()) for name, edit in self.edits.items()},
            groups=groups,
            consent_text=consent_text() if agreed else "",
            consent_at=utc_now() if agreed else "",
        )
        found = check_signup(signup)
        if found:
            self.message.setStyleSheet("color: #b00020; font-weight: bold;")
            self.message.setText(problem_text(found[1].code, found[1].params))
            target = self.consent if found[0] == "consent" else self.edits.get(found[0], self.edits["name"])
            target.setFocus()
            return
        text = arg(self.tr("Sign-up of %1"), signup.name)
        if not self.session.push(commands.add_signup(self.session, text, signup)):
            return
        for edit in self.edits.values():
            edit.setText("")  # not clear(): that could be undone in the field, so Ctrl+Z would not reach the sign-up
        self.consent.setChecked(False)
        for i in range(self.groups.count()):
            self.groups.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.message.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.message.setText(arg(self.tr("Thank you, %1 is on the mailing list."), signup.name))
        self.edits["name"].setFocus()

    def remove_selected(self) -> None:
        """Take the selected sign-up off the list (undoable)."""
        row = self.table.currentRow()
        if row < 0 or self.session.read_only:
            return
        item = self.table.item(row, 0)
        signup = next(
            (s for s in self.signups if item is not None and s.id == item.data(Qt.ItemDataRole.UserRole)), None
        )
        if signup is None:
            return
        text = arg(self.tr("Remove sign-up of %1"), signup.name)
        self.session.push(commands.remove_signup(self.session, text, signup))

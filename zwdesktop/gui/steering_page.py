"""The steering group (Steuerungsgruppe): members with a role and, with consent, contact details; its first meeting."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..core.agreements import STEERING_ROLES, Meeting, SteeringMember, check_meeting, check_steering_member
from ..core.model import utc_now
from ..core.validation import Problem, clean_text, parse_date, parse_time
from . import commands
from .agreement_texts import consent_text, role_name, zone_of
from .i18n import arg
from .messages import problem_text
from .row_table import RowTable
from .session import WorkshopSession

MEETING_FIELDS = ("date", "start", "end", "place", "address", "purpose")


class RoleDelegate(QStyledItemDelegate):
    """Picks a role from a list (staff, volunteer, other) in the role column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        """A combo box of the roles."""
        box = QComboBox(parent)
        for code in STEERING_ROLES:
            box.addItem(role_name(code), code)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Show the cell's role."""
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findText(str(index.data()))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex) -> None:
        """Write the chosen role's name into the cell."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class SteeringPage(QWidget):
    """Members of the steering group and its first meeting; every change undoable."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loading = False
        intro = QLabel(
            self.tr(
                "The steering group supports the staff in carrying the work on. Contact details only with consent "
                "(Ins adds a member, Del removes, Space ticks consent)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = RowTable(
            [self.tr("Name"), self.tr("Role"), self.tr("E-mail"), self.tr("Phone"), self.tr("Consent")], 4, self
        )
        self.table.setObjectName("steeringMembers")
        self.table.setItemDelegateForColumn(1, RoleDelegate(self.table))
        self.table.new_row_values = lambda: ["", role_name("volunteer"), "", "", False]
        header = self.table.horizontalHeaderItem(4)
        if header is not None:
            header.setToolTip(consent_text())
        self.table.edited.connect(self._members_edited)
        consent = QLabel(consent_text(), self)
        consent.setWordWrap(True)
        consent.setStyleSheet("color: #555;")

        self.meeting_edits: dict[str, QLineEdit] = {}
        box = QGroupBox(self.tr("First meeting of the steering group"), self)
        form = QFormLayout(box)
        labels = {
            "date": self.tr("Date (DD.MM.YYYY)"),
            "start": self.tr("Start (HH:MM)"),
            "end": self.tr("End (HH:MM)"),
            "place": self.tr("Place"),
            "address": self.tr("Address"),
            "purpose": self.tr("Purpose"),
        }
        for name in MEETING_FIELDS:
            edit = QLineEdit(box)
            edit.setObjectName(f"steering_{name}")
            edit.textEdited.connect(lambda _t: self._meeting_edited())
            self.meeting_edits[name] = edit
            form.addRow(labels[name], edit)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020; font-weight: bold;")
        self.problem.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(consent)
        layout.addWidget(self.problem)
        layout.addWidget(box)
        self.setEnabled(not session.read_only)
        session.changed.connect(self._on_changed)
        self.load()

    @property
    def zone(self) -> str:
        """The workshop's time zone."""
        return self.session.store.workshop().timezone

    def _on_changed(self, kind: str, _ids: tuple[str, ...]) -> None:
        if kind in ("steering", "workshop", "all"):
            self.load()

    def load(self) -> None:
        """Show what is stored."""
        repo = self.session.store.agreements
        self._members = repo.steering_members()
        meetings = repo.steering_meetings()
        self._meeting = meetings[0] if meetings else None
        self._loading = True
        try:
            self.table.set_rows(
                [(m.id, [m.name, role_name(m.role), m.email, m.phone, m.consented]) for m in self._members]
            )
            values = dict.fromkeys(MEETING_FIELDS, "")
            if self._meeting is not None:
                tz = zone_of(self.zone)
                start, end = self._meeting.starts_at.astimezone(tz), self._meeting.ends_at.astimezone(tz)
                values.update(
                    date=f"{start:%d.%m.%Y}", start=f"{start:%H:%M}", end=f"{end:%H:%M}", place=self._meeting.place,
                    address=self._meeting.address, purpose=self._meeting.purpose,
                )  # fmt: skip
            for name, edit in self.meeting_edits.items():
                if edit.text() != values[name]:
                    edit.setText(values[name])
        finally:
            self._loading = False

    def _show_problem(self, problem: Problem | None) -> None:
        self.problem.setVisible(problem is not None)
        self.problem.setText(problem_text(problem.code, problem.params) if problem else "")

    def problem_shown(self) -> str:
        """The refusal shown ('' when none)."""
        return self.problem.text() if not self.problem.isHidden() else ""

    def _members_edited(self) -> None:
        if self._loading or self.session.read_only:
            return
        rows = self.table.stored_rows()
        stored = {m.id: m for m in self._members}
        row_ids = [rid for rid, _ in rows]
        for member in self._members:
            if member.id not in row_ids:
                index = self._members.index(member)
                text = arg(self.tr("Remove “%1” from the steering group"), member.name)
                self.session.push(commands.remove_steering_member(self.session, text, member, index))
                return
        codes = {role_name(code): code for code in STEERING_ROLES}
        for index, (row_id, cells) in enumerate(rows):
            name, role, email, phone = (clean_text(str(c)) for c in cells[:4])
            old = stored.get(row_id)
            consented = bool(cells[4])
            if consented and old is not None and old.consented:
                ctext, cat = old.consent_text, old.consent_at
            elif consented:
                ctext, cat = consent_text(), utc_now()
            else:
                ctext, cat = "", ""
            member = SteeringMember(id=row_id, name=name, role=codes.get(role, "other"), email=email, phone=phone,
                                    consent_text=ctext, consent_at=cat, position=index,
                                    updated_at=old.updated_at if old else utc_now())  # fmt: skip
            if old is not None and member == old:
                continue
            found = check_steering_member(member)
            self._show_problem(found[1] if found else None)
            if found:
                return
            text = arg(self.tr("Steering group: %1"), name)
            self.session.push(commands.put_steering_member(self.session, text, old, member, index))
            return

    def _meeting_edited(self) -> None:
        if self._loading or self.session.read_only:
            return
        values = {name: clean_text(edit.text()) for name, edit in self.meeting_edits.items()}
        if not values["date"]:
            return  # nothing typed yet
        day, start, end = parse_date(values["date"]), parse_time(values["start"]), parse_time(values["end"])
        if day is None:
            self._show_problem(Problem("date_invalid", {"value": values["date"]}))
            return
        if start is None or end is None:
            self._show_problem(Problem("meeting_incomplete"))
            return
        tz = zone_of(self.zone)
        base = self._meeting or Meeting(agreement_id=None)
        meeting = replace(
            base,
            starts_at=dt.datetime.combine(day, start, tzinfo=tz).astimezone(dt.UTC),
            ends_at=dt.datetime.combine(day, end, tzinfo=tz).astimezone(dt.UTC),
            place=values["place"],
            address=values["address"],
            purpose=values["purpose"],
        )
        found = check_meeting(meeting)
        self._show_problem(found[1] if found else None)
        if found or meeting == self._meeting:
            return
        text = self.tr("First meeting of the steering group")
        self.session.push(commands.put_steering_meeting(self.session, text, self._meeting, meeting))

"""The steering group (Steuerungsgruppe): members with a role and, with consent, contact details; its first meeting.

A refused value never looks stored: a refused cell shows the stored value again
at once, with the reason right under the table; a refused meeting field is
marked red with the reason under the meeting while the cursor is in it, and
shows the stored value again when the cursor leaves.
"""

from __future__ import annotations

import datetime as dt
import functools

from msgspec.structs import replace
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
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

from ...core.agreements import STEERING_ROLES, Meeting, SteeringMember, check_meeting, check_steering_member
from ...core.validation import Problem, clean_text, date_problem, is_short_date, is_short_time, parse_date, parse_time
from ...core.workshop import utc_now
from ...store.changes import Area, Change
from ..i18n import arg
from ..line_left import when_left
from ..messages import not_stored_text, problem_text
from ..row_table import RowTable
from ..session import WorkshopSession
from ..stored_line import show_stored
from ..undo_keys import pass_undo_to_window
from . import commands
from .texts import consent_text, role_name, zone_of

MEETING_FIELDS = ("date", "start", "end", "place", "address", "purpose")
# The consent tick comes before the contact details it allows (Tab reaches it first).
COLUMNS = {"name": 0, "role": 1, "consent": 2, "email": 3, "phone": 4}
REFUSED_STYLE = "border: 2px solid #b00020;"
NOTE_STYLE = "color: #b00020; font-weight: bold;"
# A date or a time fits in the width the details give theirs (ui/details.ui): a field across the
# whole form for "18:00" reads as if a long text belonged there.
SHORT_FIELDS = ("date", "start", "end")
SHORT_FIELD_WIDTH = 160


def _is_short_form(field: str, text: str) -> bool:
    """Whether a meeting field holds a short form, taken once the field is left."""
    if field in ("start", "end"):
        return is_short_time(text)
    return field == "date" and is_short_date(text)


class RoleDelegate(QStyledItemDelegate):
    """Picks a role from a list (staff, volunteer, other) in the role column."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        """A combo box of the roles."""
        box = QComboBox(parent)
        for code in STEERING_ROLES:
            box.addItem(role_name(code), code)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Show the cell's role."""
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findText(str(index.data()))))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
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
            [self.tr("Name"), self.tr("Role"), self.tr("Consent"), self.tr("E-mail"), self.tr("Phone")],
            COLUMNS["consent"], self, stretch=(COLUMNS["name"], COLUMNS["email"]),
        )  # fmt: skip
        self.table.setObjectName("steeringMembers")
        roles = [role_name(code) for code in STEERING_ROLES]
        self.table.samples = {COLUMNS["phone"]: "0176 2231 4450", COLUMNS["role"]: max(roles, key=len) + " ▾"}
        self.table.setItemDelegateForColumn(COLUMNS["role"], RoleDelegate(self.table))
        self.table.new_row_values = lambda: ["", role_name("volunteer"), False, "", ""]
        header = self.table.horizontalHeaderItem(COLUMNS["consent"])
        if header is not None:
            header.setToolTip(consent_text())
        self.table.edited.connect(self._members_edited)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.problem.setObjectName("steeringProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(NOTE_STYLE)
        self.problem.hide()
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
            edit.textEdited.connect(lambda _t, n=name: self._meeting_edited(n))
            when_left(edit, functools.partial(self._meeting_field_left, name))
            self.meeting_edits[name] = edit
            if name in SHORT_FIELDS:
                edit.setMaximumWidth(SHORT_FIELD_WIDTH)
            form.addRow(labels[name], edit)
        self.meeting_problem = QLabel(box)
        self.meeting_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.meeting_problem.setObjectName("steeringMeetingProblem")
        self.meeting_problem.setWordWrap(True)
        self.meeting_problem.setStyleSheet(NOTE_STYLE)
        form.addRow(self.meeting_problem)
        form.setRowVisible(self.meeting_problem, False)
        self._meeting_form = form
        self._refused_field: str | None = None
        pass_undo_to_window(*self.meeting_edits.values())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(consent)
        layout.addWidget(box)
        self.setEnabled(not session.read_only)
        session.changed.connect(self._on_changed)
        self.load()

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the section is chosen: the members table."""
        return self.table

    @property
    def zone(self) -> str:
        """The workshop's time zone."""
        return self.session.store.workshop().timezone

    def _on_changed(self, change: Change) -> None:
        if change.touches(Area.STEERING, Area.WORKSHOP):
            self.load()

    def load(self) -> None:
        """Show what is stored."""
        repo = self.session.store.agreements
        self._members = repo.steering_members()
        meetings = repo.steering_meetings()
        self._meeting = meetings[0] if meetings else None
        self._loading = True
        try:
            self.table.set_rows([(m.id, self._cells(m)) for m in self._members])
            values = self._meeting_values()
            for name, edit in self.meeting_edits.items():
                if edit.text() != values[name]:
                    show_stored(edit, values[name])
                    self._show_meeting_problem("")
        finally:
            self._loading = False

    @staticmethod
    def _cells(member: SteeringMember) -> list[str | bool]:
        return [member.name, role_name(member.role), member.consented, member.email, member.phone]

    def _meeting_values(self) -> dict[str, str]:
        values = dict.fromkeys(MEETING_FIELDS, "")
        if self._meeting is not None:
            tz = zone_of(self.zone)
            start, end = self._meeting.starts_at.astimezone(tz), self._meeting.ends_at.astimezone(tz)
            values.update(
                date=f"{start:%d.%m.%Y}", start=f"{start:%H:%M}", end=f"{end:%H:%M}", place=self._meeting.place,
                address=self._meeting.address, purpose=self._meeting.purpose,
            )  # fmt: skip
        return values

    def _show_problem(self, text: str) -> None:
        self.problem.setVisible(bool(text))
        self.problem.setText(text)

    def problem_shown(self) -> str:
        """The refusal shown under the members or under the meeting ('' when none)."""
        return "\n".join(label.text() for label in (self.problem, self.meeting_problem) if label.text())

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
            name, role, email, phone = (
                clean_text(str(cells[COLUMNS[key]])) for key in ("name", "role", "email", "phone")
            )
            old = stored.get(row_id)
            consented = bool(cells[COLUMNS["consent"]])
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
            if found:
                self._refuse(row_id, COLUMNS.get(found[0], 0), found[1], old)
                return
            self._show_problem("")
            text = arg(self.tr("Steering group: %1"), name)
            self.session.push(commands.put_steering_member(self.session, text, old, member, index))
            return

    def _refuse(self, row_id: str, column: int, problem: Problem, old: SteeringMember | None) -> None:
        """Put the refused cell back to what is stored and say why right under the table."""
        row = self.table.row_of(row_id)
        edited = self.table.last_edited
        if edited is not None and edited[0] == row:
            column = edited[1]  # the cell just changed caused it
        kept = (self._cells(old) if old is not None else self.table.new_row_values())[column]
        item = self.table.item(row, column)
        typed = "" if item is None or column == self.table.check_column else item.text()
        self.table.set_cell(row, column, kept)
        first = self.table.item(row, 0)
        name = first.text().strip() if first is not None else ""
        header = self.table.horizontalHeaderItem(column)
        where = arg(self.tr("%1, %2"), name or arg(self.tr("Member %1"), str(row + 1)), header.text() if header else "")
        if column == COLUMNS["consent"]:
            reason = self.tr(
                "Consent stays ticked while an e-mail address or phone number is stored: delete them first."
            )
        else:
            reason = not_stored_text(typed, problem)
        self._show_problem(f"{where}: {reason}")

    def _show_meeting_problem(self, text: str, field: str | None = None) -> None:
        self.meeting_problem.setText(text)
        self._meeting_form.setRowVisible(self.meeting_problem, bool(text))
        for name, edit in self.meeting_edits.items():
            edit.setStyleSheet(REFUSED_STYLE if text and name == field else "")
        self._refused_field = field if text else None

    def _read_meeting(self) -> tuple[Meeting | None, str, Problem | None]:
        """The meeting as typed (None when nothing is typed yet), or the refused field and why."""
        values = {name: clean_text(edit.text()) for name, edit in self.meeting_edits.items()}
        if not values["date"]:
            return None, "", None  # nothing typed yet
        day, start, end = parse_date(values["date"]), parse_time(values["start"]), parse_time(values["end"])
        if day is None:
            return None, "date", date_problem(values["date"])
        if start is None or end is None:
            return None, "start" if start is None else "end", Problem("meeting_incomplete")
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
        if found:
            fields = {
                "starts_at": "start",
                "end_time": "end",
                "place": "place",
                "address": "address",
                "purpose": "purpose",
            }
            return None, fields.get(found[0], "end"), found[1]
        return meeting, "", None

    def _meeting_edited(self, field: str, left: bool = False) -> None:
        if self._loading or self.session.read_only:
            return
        short = _is_short_form(field, self.meeting_edits[field].text())
        if short and not left:
            self._show_meeting_problem("")  # "14" may become "1430", "12.1.20" "12.1.2027": taken when left
            return
        meeting, refused, problem = self._read_meeting()
        if problem is not None:
            # The field being typed in is the one that is not saved (a start moved past the end, say).
            shown = field if refused in ("start", "end") and field in ("start", "end") else refused
            self._show_meeting_problem(arg(self.tr("Not saved: %1"), problem_text(problem.code, problem.params)), shown)
            return
        self._show_meeting_problem("")
        if meeting is not None and meeting != self._meeting:
            text = self.tr("First meeting of the steering group")
            self.session.push(commands.SteeringMeetingCommand(self.session, text, self._meeting, meeting, field))
        if short and meeting is not None:
            self._loading = True
            try:  # "14" taken: shown as the stored 14:00 ("12.1.27" as 12.01.2027)
                self.meeting_edits[field].setText(self._meeting_values()[field])
            finally:
                self._loading = False

    def _meeting_field_left(self, field: str) -> None:
        """Enter in a meeting field, or the field left: a short form taken, a refused value shown as stored."""
        self._meeting_short_left(field)
        self._meeting_left()

    def _meeting_short_left(self, field: str) -> None:
        """A date, start or end left in a short form ("12.1.27", "14", "1930"): take it now (a long form
        was taken as it was typed)."""
        if _is_short_form(field, self.meeting_edits[field].text()):
            self._meeting_edited(field, left=True)

    def _meeting_left(self) -> None:
        """Leaving a refused field shows the stored value again and says what was not stored."""
        field = self._refused_field
        if field is None or self._loading:
            return
        edit = self.meeting_edits[field]
        if edit.hasFocus():
            return
        _meeting, _refused, problem = self._read_meeting()
        if problem is None:
            return
        typed = edit.text()
        self._loading = True
        try:
            edit.setText(self._meeting_values()[field])
        finally:
            self._loading = False
        self._show_meeting_problem(not_stored_text(typed, problem), field)
        edit.setStyleSheet("")

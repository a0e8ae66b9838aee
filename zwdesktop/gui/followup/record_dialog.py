"""Record a follow-up meeting of a group or of the steering group, all by keyboard.

The dialog opens on the group's first meeting still to record (a planned one
whose date has passed), or a new one today. **Tab** walks through: which
meeting, its date and times, held or cancelled, how many came (staff,
volunteers, others), who came (Space ticks a name), the notes (kind, text,
for a task who and by when; **Enter** adds the note, **Del** in the list
removes one), and the next meeting (leave its date empty when none was
fixed). **Ctrl+Enter** records. A refused value says why beside its field
and nothing is stored; the whole record is one undoable step.
"""

from __future__ import annotations

import datetime as dt

from msgspec.structs import replace
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.agreements import ATTENDANCE_FIELDS, Meeting, MeetingStatus, Step, check_step
from ...core.followup import (
    Attendee,
    MeetingNote,
    MeetingRecord,
    NoteKind,
    Person,
    check_after_workshop,
    check_note,
    check_outcome,
    check_record,
    check_ticked_counted,
    people_of,
)
from ...core.validation import Problem, clean_text, date_problem, parse_date, parse_time
from ..agreements.texts import zone_of
from ..i18n import arg
from ..messages import problem_text
from ..session import WorkshopSession
from .commands import JournalCommand, push_from_form
from .field_errors import error_label
from .texts import note_kind_name, outcome_name

NEW = ""  # the meeting combo's entry for a meeting not planned before


class RecordMeetingDialog(QDialog):
    """The record of one meeting; :meth:`record` checks and writes it (one undoable step)."""

    def __init__(self, session: WorkshopSession, agreement_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordMeetingDialog")
        self.session = session
        self.agreement_id = agreement_id
        store = session.store
        self.zone = zone_of(store.workshop().timezone)
        data = store.agreements.data()
        title = next((a.title for a in data.agreements if a.id == agreement_id), "") if agreement_id else ""
        self.group_title = title or self.tr("Steering group")
        self.setWindowTitle(arg(self.tr("Record a meeting: %1"), self.group_title))
        self.meetings = sorted((m for m in data.meetings if m.agreement_id == agreement_id), key=lambda m: m.starts_at)
        self.people: list[Person] = people_of(data, agreement_id)
        self.notes: list[MeetingNote] = []
        self.new_steps: dict[str, Step] = {}
        self.errors: dict[str, QLabel] = {}
        self.loaded: Meeting | None = None

        self.meeting_box = QComboBox(self)
        self.meeting_box.setObjectName("meetingChoice")
        for meeting in self.meetings:
            self.meeting_box.addItem(self._meeting_label(meeting), meeting.id)
        self.meeting_box.addItem(self.tr("A meeting not planned before"), NEW)
        self.date = self._line("date", self.tr("DD.MM.YYYY"))
        self.start = self._line("start_time", self.tr("HH:MM"))
        self.end = self._line("end_time", self.tr("HH:MM"))
        self.place = self._line("place", "")
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcome")
        self._error_label("status")
        for code in (MeetingStatus.HELD.value, MeetingStatus.CANCELLED.value, MeetingStatus.PLANNED.value):
            self.outcome.addItem(outcome_name(code), code)
        self.counts = {name: self._line(name, "0") for name in ATTENDANCE_FIELDS}
        self.people_list = QListWidget(self)
        self.people_list.setObjectName("attendees")
        for person in self.people:
            item = QListWidgetItem(person.name, self.people_list)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
        self.people_list.setMaximumHeight(110)
        self.note_kind = QComboBox(self)
        self.note_kind.setObjectName("noteKind")
        for kind in NoteKind:
            self.note_kind.addItem(note_kind_name(kind.value), kind.value)
        self.note_text = self._line("note.text", self.tr("What was decided, said or taken on – Enter adds it"))
        self.task_who = self._line("step.who", self.tr("who (task)"))
        self.task_due = self._line("step.due", self.tr("by DD.MM.YYYY (task)"))
        self.note_list = QListWidget(self)
        self.note_list.setObjectName("notes")
        self.note_list.setMaximumHeight(110)
        self.next_date = self._line("next.date", self.tr("DD.MM.YYYY – empty: no date yet"))
        self.next_start = self._line("next.start_time", self.tr("HH:MM"))
        self.next_end = self._line("next.end_time", self.tr("HH:MM"))
        self.next_place = self._line("next.place", "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.record_button = self.buttons.addButton(self.tr("&Record (Ctrl+Enter)"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        for button in self.buttons.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        self.note_text.returnPressed.connect(self.add_note)
        self.task_who.returnPressed.connect(self.add_note)
        self.task_due.returnPressed.connect(self.add_note)
        QShortcut(QKeySequence("Del"), self.note_list, self.remove_note, context=Qt.ShortcutContext.WidgetShortcut)
        self.meeting_box.currentIndexChanged.connect(lambda _i: self._load())
        self._layout()
        self.meeting_box.setCurrentIndex(self._first_to_record())
        self._load()
        self.resize(760, self.sizeHint().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter adds a note (in the note line) and never records by accident; Ctrl+Enter records."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.record()
            return
        super().keyPressEvent(event)

    # ---- building ---------------------------------------------------------

    def _line(self, field: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(field.replace(".", "_"))
        line.setPlaceholderText(placeholder)
        self._error_label(field)
        return line

    def _error_label(self, field: str) -> QLabel:
        error = error_label(self, field)
        self.errors[field] = error
        return error

    def _with_error(self, widget: QWidget, *fields: str) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        for field in fields:
            layout.addWidget(self.errors[field])
        return box

    def _row(self, *widgets: QWidget) -> QWidget:
        box = QWidget(self)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Meeting:"), self.meeting_box)
        when = self._row(self.date, QLabel(self.tr("from"), self), self.start, QLabel(self.tr("to"), self), self.end)
        form.addRow(self.tr("&Date:"), self._with_error(when, "date", "start_time", "end_time"))
        form.addRow(self.tr("&Place:"), self._with_error(self.place, "place"))
        form.addRow(self.tr("&Outcome:"), self._with_error(self.outcome, "status"))
        grid = QGridLayout()
        for column, (name, text) in enumerate(zip(ATTENDANCE_FIELDS, (self.tr("&Staff"), self.tr("&Volunteers"),
                                                                      self.tr("Ot&hers")), strict=True)):  # fmt: skip
            label = QLabel(text, self)
            label.setBuddy(self.counts[name])
            grid.addWidget(label, 0, column)
            grid.addWidget(self.counts[name], 1, column)
            grid.addWidget(self.errors[name], 2, column)
        counts = QWidget(self)
        counts.setLayout(grid)
        form.addRow(self.tr("How many came:"), counts)
        form.addRow(self.tr("&Who came:"), self.people_list)
        note = self._row(self.note_kind, self.note_text, self.task_who, self.task_due)
        self.note_text.setMinimumWidth(260)
        form.addRow(self.tr("&Notes:"), self._with_error(note, "note.text", "step.who", "step.due"))
        form.addRow("", self.note_list)
        nxt = self._row(self.next_date, QLabel(self.tr("from"), self), self.next_start, QLabel(self.tr("to"), self),
                        self.next_end, self.next_place)  # fmt: skip
        form.addRow(self.tr("Ne&xt meeting:"), self._with_error(nxt, "next.date", "next.start_time", "next.end_time"))
        hint = QLabel(self.tr("A task becomes a step of the group. Everything is saved at once and can be undone "
                              "with Ctrl+Z."), self)  # fmt: skip
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)  # a taller window gives its room to nothing, not to the rows of the form
        layout.addWidget(self.buttons)

    def _meeting_label(self, meeting: Meeting) -> str:
        start = meeting.starts_at.astimezone(self.zone)
        text = f"{start:%d.%m.%Y %H:%M}"
        if meeting.purpose.strip():
            text += " – " + meeting.purpose.strip().splitlines()[0]
        return f"{text} ({outcome_name(meeting.status)})"

    def _first_to_record(self) -> int:
        now = dt.datetime.now(dt.UTC)
        for index, meeting in enumerate(self.meetings):
            if meeting.status == MeetingStatus.PLANNED.value and meeting.starts_at <= now:
                return index
        return len(self.meetings)  # a new one

    def _load(self) -> None:
        """Fill the fields from the chosen meeting (what is recorded about it), or for a new one today."""
        meeting_id = self.meeting_box.currentData()
        self.loaded = next((m for m in self.meetings if m.id == meeting_id), None)
        self.notes = []
        self.new_steps = {}
        ticked: set[str] = set()
        if self.loaded is None:
            now = dt.datetime.now(self.zone)
            self.date.setText(f"{now:%d.%m.%Y}")
            self.start.setText("18:00")
            self.end.setText("19:30")
            self.place.clear()
            status, counts = MeetingStatus.HELD.value, dict.fromkeys(ATTENDANCE_FIELDS, 0)
        else:
            m = self.loaded
            start, end = m.starts_at.astimezone(self.zone), m.ends_at.astimezone(self.zone)
            self.date.setText(f"{start:%d.%m.%Y}")
            self.start.setText(f"{start:%H:%M}")
            self.end.setText(f"{end:%H:%M}")
            self.place.setText(m.place)
            status = m.status if m.status != MeetingStatus.PLANNED.value else MeetingStatus.HELD.value
            counts = {name: getattr(m, name) for name in ATTENDANCE_FIELDS}
            stored = self.session.store.followup.record(m.id)
            self.notes = list(stored.notes)
            ticked = {a.person_id for a in stored.attendees}
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(status)))
        for name, line in self.counts.items():
            line.setText(str(counts[name]) if counts[name] else "")
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for line in (self.next_date, self.next_start, self.next_end, self.next_place):
            line.clear()
        self._show_notes()
        self._clear_errors()

    def _show_notes(self) -> None:
        self.note_list.clear()
        for note in self.notes:
            text = f"{note_kind_name(note.kind)}: {note.text}"
            step = self.new_steps.get(note.step_id or "")
            if step is not None and (step.who or step.due):
                extra = [part for part in (step.who, f"{step.due:%d.%m.%Y}" if step.due else "") if part]
                text += f" ({', '.join(extra)})"
            self.note_list.addItem(text)

    # ---- notes ------------------------------------------------------------

    def add_note(self) -> None:
        """Add the note typed in the note line (a task with its step); a refused one says why beside the line."""
        self._clear_errors()
        text = clean_text(self.note_text.text())
        if not text:
            return
        kind = str(self.note_kind.currentData())
        note = MeetingNote(kind=kind, text=text)
        found = check_note(note)
        if found:
            self._show_error(f"note.{found[0]}", found[1])
            return
        if kind == NoteKind.TASK.value:
            due_text = self.task_due.text().strip()
            due = parse_date(due_text) if due_text else None
            if due_text and due is None:
                self._show_error("step.due", date_problem(due_text))
                return
            step = Step(
                agreement_id=self.agreement_id or "", what=text[:300], who=clean_text(self.task_who.text()), due=due
            )
            found = check_step(step)
            if found:
                self._show_error(f"step.{found[0]}", found[1])
                return
            if self.agreement_id is not None:
                self.new_steps[step.id] = step
                note = replace(note, step_id=step.id)
        self.notes.append(note)
        for line in (self.note_text, self.task_who, self.task_due):
            line.clear()
        self._show_notes()
        self.note_text.setFocus()

    def remove_note(self) -> None:
        """Remove the note chosen in the list."""
        row = self.note_list.currentRow()
        if 0 <= row < len(self.notes):
            note = self.notes.pop(row)
            self.new_steps.pop(note.step_id or "", None)
            self._show_notes()

    # ---- checking and writing ---------------------------------------------

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def _show_error(self, field: str, problem: Problem) -> None:
        label = self.errors.get(field) or self.errors.get(field.split(".")[0]) or self.errors["status"]
        label.setText(problem_text(problem.code, problem.params))
        label.show()
        widget = {"date": self.date, "start_time": self.start, "end_time": self.end, "place": self.place,
                  "status": self.outcome, "next.date": self.next_date, "next.start_time": self.next_start,
                  "next.end_time": self.next_end, **self.counts}.get(field)  # fmt: skip
        if widget is not None:
            widget.setFocus()

    def _when(
        self, date_line: QLineEdit, start_line: QLineEdit, end_line: QLineEdit, prefix: str
    ) -> tuple[dt.datetime, dt.datetime] | None:
        day = parse_date(date_line.text())
        if day is None:
            self._show_error(f"{prefix}date", date_problem(date_line.text()))
            return None
        start, end = parse_time(start_line.text()), parse_time(end_line.text())
        if start is None:
            self._show_error(f"{prefix}start_time", Problem("time_invalid", {"value": start_line.text()}))
            return None
        if end is None:
            self._show_error(f"{prefix}end_time", Problem("time_invalid", {"value": end_line.text()}))
            return None
        return (dt.datetime.combine(day, start, tzinfo=self.zone).astimezone(dt.UTC),
                dt.datetime.combine(day, end, tzinfo=self.zone).astimezone(dt.UTC))  # fmt: skip

    def build(self) -> MeetingRecord | None:
        """The record as entered, or None after showing why a value is refused."""
        self._clear_errors()
        if self.note_text.text().strip():
            self.add_note()  # a note typed but not yet added goes with the record
            if self.note_text.text().strip():
                return None
        now = dt.datetime.now(dt.UTC)
        status = str(self.outcome.currentData())
        counts: dict[str, object] = {}
        for name, line in self.counts.items():
            text = line.text().strip() or "0"
            counts[name] = int(text) if text.isdigit() or (text.startswith("-") and text[1:].isdigit()) else text
        starts = None
        if self.date.text().strip():
            found_when = self._when(self.date, self.start, self.end, "")
            if found_when is None:
                return None
            starts, ends = found_when
        found = check_outcome(status, starts, counts, now)
        if found:
            self._show_error(*found)
            return None
        if starts is None:  # cancelled or planned without a date: nothing to record it on
            self._show_error("date", Problem("date_invalid", {"value": ""}))
            return None
        base = self.loaded or Meeting(agreement_id=self.agreement_id)
        meeting = replace(base, starts_at=starts, ends_at=ends, place=clean_text(self.place.text()), status=status,
                          count_staff=int(str(counts["count_staff"])), count_volunteers=int(str(counts["count_volunteers"])),
                          count_other=int(str(counts["count_other"])))  # fmt: skip
        attendees: list[Attendee] = []
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                person = self.people[row]
                attendees.append(Attendee(meeting_id=meeting.id, person_kind=person.kind, person_id=person.id,
                                          name=person.name, position=len(attendees)))  # fmt: skip
        found = check_ticked_counted(
            status, {name: getattr(meeting, name) for name in ATTENDANCE_FIELDS}, len(attendees)
        )
        if found:
            self._show_error(*found)
            return None
        stored = (
            {a.person_id: a for a in self.session.store.followup.record(meeting.id).attendees} if self.loaded else {}
        )
        attendees = [
            replace(stored[a.person_id], position=a.position) if a.person_id in stored else a for a in attendees
        ]
        next_meeting = None
        if self.next_date.text().strip():
            if not self.next_start.text().strip():
                self.next_start.setText(self.start.text())
            if not self.next_end.text().strip():
                self.next_end.setText(self.end.text())
            found_next = self._when(self.next_date, self.next_start, self.next_end, "next.")
            if found_next is None:
                return None
            next_meeting = Meeting(agreement_id=self.agreement_id, starts_at=found_next[0], ends_at=found_next[1],
                                   place=clean_text(self.next_place.text()) or meeting.place,
                                   address=meeting.address)  # fmt: skip
        record = MeetingRecord(meeting, list(self.notes), attendees, list(self.new_steps.values()), next_meeting)
        workshop_day = self.session.store.workshop().date
        found = check_record(record, now) or check_after_workshop(
            meeting.starts_at.astimezone(self.zone).date(), workshop_day
        )
        if found:
            self._show_error(*found)
            return None
        return record

    def record(self) -> None:
        """Check the record and write it as one undoable step; the dialog closes when it is written."""
        record = self.build()
        if record is None:
            return
        text = arg(self.tr("Record meeting of “%1”"), self.group_title)
        command = JournalCommand(self.session, text, lambda: self.session.store.followup.record_meeting(record))
        if push_from_form(self.session, command, self._show_error):
            self.accept()

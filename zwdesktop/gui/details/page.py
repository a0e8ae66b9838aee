"""The workshop details: a form that validates as you type and commits every valid change at once."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.validation import (
    Problem,
    check_times,
    check_workshop_field,
    clean_text,
    date_problem,
    is_short_date,
    is_short_time,
    parse_date,
    parse_time,
)
from ...core.workshop import Workshop
from ...store.changes import Area, Change
from ..forms import align_label_columns, child, load_form
from ..i18n import arg
from ..line_left import when_left
from ..messages import not_stored_text, problem_text
from ..scroll_into_view import show_when_laid_out
from ..session import WorkshopSession
from ..stored_line import show_stored
from ..undo_keys import pass_undo_to_window
from ..wheel_guard import guard_fields_within
from .commands import SetWorkshopFieldCommand

TEXT_FIELDS = (
    "title",
    "municipality",
    "county",
    "venue_name",
    "contact_name",
    "contact_role",
    "contact_email",
    "contact_phone",
    "funder_line",
)
MULTILINE_FIELDS = ("guiding_question", "venue_address", "moderation_team", "notes")
COUNT_FIELDS = ("count_staff", "count_volunteers", "count_other")
TIME_FIELDS = ("start_time", "end_time")
SHORT_FORM_FIELDS = ("date", *TIME_FIELDS)  # a short form typed is taken when the field is left
TIMEZONES = ("Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/Luxembourg", "UTC")


def _is_short_form(name: str, text: str) -> bool:
    return is_short_time(text) if name in TIME_FIELDS else is_short_date(text)


def format_date(value: dt.date) -> str:
    """A date as the form shows it (German style, also understood when typed back)."""
    return value.strftime("%d.%m.%Y")


class DetailsPage(QWidget):
    """Edits the workshop record through undoable commands."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = load_form("details")
        align_label_columns(self.form)
        guard_fields_within(self.form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.language_box = child(self.form, QComboBox, "minutes_language")
        self.language_box.addItem(self.tr("German"), "de")
        self.language_box.addItem(self.tr("English"), "en")
        self.timezone_box = child(self.form, QComboBox, "timezone")
        for zone in TIMEZONES:
            self.timezone_box.addItem(zone, zone)
        self.total_label = child(self.form, QLabel, "participant_total")

        for name in (*TEXT_FIELDS, "date", *TIME_FIELDS):
            edit = child(self.form, QLineEdit, name)
            edit.textEdited.connect(lambda _text, n=name: self._edited(n))
            when_left(edit, functools.partial(self._line_left, name))
        for name in MULTILINE_FIELDS:
            plain = child(self.form, QPlainTextEdit, name)
            plain.textChanged.connect(lambda n=name: self._edited(n))
        for name in COUNT_FIELDS:
            spin = child(self.form, QSpinBox, name)
            spin.valueChanged.connect(lambda _v, n=name: self._edited(n))
        self.language_box.currentIndexChanged.connect(lambda _i: self._edited("minutes_language"))
        self.timezone_box.currentIndexChanged.connect(lambda _i: self._edited("timezone"))

        # Ctrl+Z in a field with no typing of its own to undo takes back the last change (the window's undo).
        pass_undo_to_window(
            *self.form.findChildren(QLineEdit),
            *self.form.findChildren(QPlainTextEdit),
            *self.form.findChildren(QSpinBox),
        )
        self._loading = False
        self.load()
        session.changed.connect(self._on_changed)
        self.set_read_only(session.read_only)

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the section is chosen: the title field."""
        return self.field("title")

    # ---- showing -------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        if change.touches(Area.WORKSHOP):
            self.load()

    def load(self) -> None:
        """Show the stored values (without disturbing a field that already shows them)."""
        workshop = self.session.store.workshop()
        self._loading = True
        try:
            for name in (*TEXT_FIELDS, "date"):
                self._set_line(name, self._line_text(name, workshop))
            for name in TIME_FIELDS:
                self._set_time_line(name, workshop)
            for name in MULTILINE_FIELDS:
                plain = child(self.form, QPlainTextEdit, name)
                if plain.toPlainText() != getattr(workshop, name):
                    plain.setPlainText(getattr(workshop, name))
            for name in COUNT_FIELDS:
                child(self.form, QSpinBox, name).setValue(int(getattr(workshop, name)))
            self.language_box.setCurrentIndex(max(0, self.language_box.findData(workshop.minutes_language)))
            if self.timezone_box.findData(workshop.timezone) < 0:
                self.timezone_box.addItem(workshop.timezone, workshop.timezone)
            self.timezone_box.setCurrentIndex(self.timezone_box.findData(workshop.timezone))
        finally:
            self._loading = False
        self.total_label.setText(QLocale().toString(workshop.participant_total))

    def _set_line(self, name: str, value: str) -> None:
        edit = child(self.form, QLineEdit, name)
        if edit.text() != value:
            show_stored(edit, value)
            self._show_problem(name, None)

    @staticmethod
    def _line_text(name: str, workshop: Workshop) -> str:
        """A one-line field's stored value as the field shows it."""
        value = getattr(workshop, name)
        if name == "date":
            return format_date(value)
        return value.strftime("%H:%M") if name in TIME_FIELDS else str(value)

    def _set_time_line(self, name: str, workshop: Workshop) -> None:
        # "14" being typed already means 14:00: rewriting it to "14:00" under the cursor would
        # turn the ":30" typed next into "14:00:30". The field shows "14:00" once it is left.
        if parse_time(child(self.form, QLineEdit, name).text()) != getattr(workshop, name):
            self._set_line(name, self._line_text(name, workshop))

    def _line_left(self, name: str) -> None:
        """Leaving a line: a short time ("14", "930") or date ("12.1.27") is taken and shown in its long
        form; a refused value gives way to the stored one, and the note under the line says what was
        not stored.

        As the agreements and the steering group do: while the cursor is in the line the typing
        stays to be mended (Enter keeps it there too); what the page shows afterwards is stored.
        """
        if self._loading or self.session.read_only:
            return
        edit = child(self.form, QLineEdit, name)
        if name in SHORT_FORM_FIELDS:
            self._edited(name, left=True)
            stored = self.session.store.workshop()
            parsed = parse_time(edit.text()) if name in TIME_FIELDS else parse_date(edit.text())
            if parsed == getattr(stored, name):
                self._set_line(name, self._line_text(name, stored))
        if edit.hasFocus() or not self.problem_shown(name):
            return
        typed = edit.text()
        workshop = self.session.store.workshop()
        _value, problem = self._checked(name, workshop)
        if problem is None:
            return
        self._loading = True
        try:
            self._set_line(name, self._line_text(name, workshop))
        finally:
            self._loading = False
        self._show_note(name, not_stored_text(typed, problem))

    def set_read_only(self, read_only: bool) -> None:
        """Make every field read-only (a file opened for reading)."""
        for edit in self.form.findChildren(QLineEdit):
            edit.setReadOnly(read_only)
        for plain in self.form.findChildren(QPlainTextEdit):
            plain.setReadOnly(read_only)
        for spin in self.form.findChildren(QSpinBox):
            spin.setReadOnly(read_only)
        self.language_box.setEnabled(not read_only)
        self.timezone_box.setEnabled(not read_only)

    # ---- editing -------------------------------------------------------

    def _read(self, name: str) -> tuple[Any, Problem | None]:
        """The typed value of a field, or the problem with it."""
        if name == "date":
            text = child(self.form, QLineEdit, name).text()
            parsed_date = parse_date(text)
            return parsed_date, None if parsed_date else date_problem(text)
        if name in TIME_FIELDS:
            text = child(self.form, QLineEdit, name).text()
            parsed_time = parse_time(text)
            return parsed_time, None if parsed_time else Problem("time_invalid", {"value": text})
        if name in TEXT_FIELDS:
            value: Any = clean_text(child(self.form, QLineEdit, name).text())
        elif name in MULTILINE_FIELDS:
            value = clean_text(child(self.form, QPlainTextEdit, name).toPlainText())
        elif name in COUNT_FIELDS:
            value = child(self.form, QSpinBox, name).value()
        elif name == "minutes_language":
            value = self.language_box.currentData()
        else:
            value = self.timezone_box.currentData()
        return value, check_workshop_field(name, value)

    def _checked(self, name: str, current: Workshop) -> tuple[Any, Problem | None]:
        """The typed value of a field and the problem with it (for a time: also a start after the end)."""
        value, problem = self._read(name)
        if problem is None and name in TIME_FIELDS:
            start = value if name == "start_time" else current.start_time
            end = value if name == "end_time" else current.end_time
            problem = check_times(start, end)
        return value, problem

    def _edited(self, name: str, left: bool = False) -> None:
        if self._loading or self.session.read_only:
            return
        if not left and name in SHORT_FORM_FIELDS and _is_short_form(name, child(self.form, QLineEdit, name).text()):
            self._show_problem(name, None)  # "14" may become "1430", "12.1.20" "12.1.2027": taken when left
            return
        current: Workshop = self.session.store.workshop()
        value, problem = self._checked(name, current)
        if problem is None and name in TIME_FIELDS:
            self._show_problem("start_time" if name == "end_time" else "end_time", None)
        self._show_problem(name, problem)
        if problem is not None:
            return
        old = getattr(current, name)
        if old == value:
            return
        label = child(self.form, QLabel, f"{name}_label").text().replace("&", "")
        command = SetWorkshopFieldCommand(self.session, arg(self.tr("Change %1"), label), name, old, value)
        self.session.push(command)

    def _show_problem(self, name: str, problem: Problem | None) -> None:
        self._show_note(
            name, problem_text(problem.code, problem.params) if problem else "", refused=problem is not None
        )

    def _show_note(self, name: str, text: str, refused: bool = False) -> None:
        """The text under a field ("" takes it away); a refused field, still holding what was typed, is marked red."""
        label = self.form.findChild(QLabel, f"{name}_error")
        if label is None:
            return
        appearing = bool(text) and label.isHidden()
        label.setText(text)
        label.setVisible(bool(text))
        widget = self.form.findChild(QWidget, name)
        if widget is not None:
            widget.setProperty("invalid", refused)
            widget.setStyleSheet("border: 2px solid #b00020;" if refused else "")
            if appearing and widget.hasFocus():
                show_when_laid_out(label)  # the reason under the field being typed in is read

    def problem_shown(self, name: str) -> str:
        """The message shown under a field ('' when none) — what a user reads, for tests too."""
        label = self.form.findChild(QLabel, f"{name}_error")
        return label.text() if label is not None and not label.isHidden() else ""

    def field(self, name: str) -> QWidget:
        """The editor widget of a field."""
        return child(self.form, QWidget, name)

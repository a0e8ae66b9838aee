"""The editor of one agreement: its fields, first steps, follow-up meetings, members and origins.

Everything is typed by keyboard and **Tab** walks the form in reading order
(title → goal → status → contact → sign-up → steps → meetings → members →
origin). Each valid change is written at once as one undoable step (typing a
word is one step). A refused value never looks stored: the reason shows right
under the field or table that holds it; a refused table cell shows the stored
value again at once, a refused line keeps the typing while the cursor is in it
(marked red) and shows the stored value when the cursor leaves.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.agreements import STATUSES, AgreementBundle, Meeting, meeting_warnings
from ...store.changes import Area, Change
from ..i18n import arg
from ..line_left import when_left
from ..messages import not_stored_text, problem_text
from ..row_table import RowTable
from ..scroll_into_view import has_focus_within, show_when_laid_out
from ..session import WorkshopSession
from ..stored_line import show_stored
from ..undo_keys import pass_undo_to_window
from . import commands
from .reading import MEMBER_CONSENT, EditorValues, Refusal, read_bundle
from .texts import consent_text, status_name, zone_of

LINE_FIELDS = ("title", "contact_name", "contact_role", "contact_email", "contact_phone", "signup_url", "signup_email")
TABLES = ("steps", "meetings", "members", "origins")
DEFAULT_START, DEFAULT_END = "19:00", "20:30"
REFUSED_STYLE = "border: 2px solid #b00020;"
NOTE_STYLE = "color: #b00020; font-weight: bold;"


def _note(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
    label.setObjectName(f"{name}_problem")
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    label.hide()
    return label


def table_rows(bundle: AgreementBundle, tz: dt.tzinfo) -> dict[str, list[tuple[str, list[str | bool]]]]:
    """What each table shows of a stored agreement."""
    meetings: list[tuple[str, list[str | bool]]] = []
    for m in bundle.meetings:
        start, end = m.starts_at.astimezone(tz), m.ends_at.astimezone(tz)
        meetings.append((m.id, [f"{start:%d.%m.%Y}", f"{start:%H:%M}", f"{end:%H:%M}", m.place, m.address, m.purpose]))
    steps: list[tuple[str, list[str | bool]]] = [
        (s.id, [s.what, s.who, s.with_whom, s.due.strftime("%d.%m.%Y") if s.due else ""]) for s in bundle.steps
    ]
    return {
        "steps": steps,
        "meetings": meetings,
        "members": [(m.id, [m.name, m.consented, m.email, m.phone]) for m in bundle.members],
        "origins": [(o.id, [o.label]) for o in bundle.origins],
    }


class AgreementEditor(QWidget):
    """Edits one agreement with its steps, origins, meetings and members."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.agreement_id: str | None = None
        self._loading = False
        self._stored: AgreementBundle | None = None
        self.notes: dict[str, QLabel] = {}

        labels = {
            "title": self.tr("&Title"),
            "contact_name": self.tr("Contact &person"),
            "contact_role": self.tr("Role"),
            "contact_email": self.tr("E-mail"),
            "contact_phone": self.tr("Phone"),
            "signup_url": self.tr("Sign-up &web address"),
            "signup_email": self.tr("Sign-up e-&mail"),
        }
        self.lines: dict[str, QLineEdit] = {}
        for name in LINE_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.textEdited.connect(lambda _t, n=name: self._edited(n))
            when_left(edit, functools.partial(self._left, name))
            self.lines[name] = edit
        self.lines["signup_url"].setPlaceholderText("https://…")
        self.lines["signup_email"].setPlaceholderText(self.tr("name@example.de – sign up by mail"))
        self.goal = QPlainTextEdit(self)
        self.goal.setObjectName("goal")
        self.goal.setTabChangesFocus(True)
        self.goal.setFixedHeight(64)
        self.goal.textChanged.connect(lambda: self._edited("goal"))
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        for code in STATUSES:
            self.status.addItem(status_name(code), code)
        self.status.currentIndexChanged.connect(lambda _i: self._edited("status"))

        self.form = QFormLayout()
        for name, label, field in (
            ("title", labels["title"], self.lines["title"]),
            ("goal", self.tr("&Goal"), self.goal),
            ("status", self.tr("&Status"), self.status),
            *((name, labels[name], self.lines[name]) for name in LINE_FIELDS[1:]),
        ):
            self.form.addRow(label, field)
            label_item = self.form.labelForField(field)
            if label_item is not None:
                label_item.setObjectName(f"{name}_label")
            self.notes[name] = _note(self, name)
            self.form.addRow("", self.notes[name])
            self.form.setRowVisible(self.notes[name], False)

        self.steps = RowTable([self.tr("What"), self.tr("Who"), self.tr("With whom"), self.tr("By when")], parent=self,
                              stretch=(0, 1, 2))  # fmt: skip
        self.meetings = RowTable(
            [self.tr("Date"), self.tr("Start"), self.tr("End"), self.tr("Place"), self.tr("Address"), self.tr("Purpose")],
            parent=self, stretch=(3, 4, 5),
        )  # fmt: skip
        self.meetings.new_row_values = lambda: ["", DEFAULT_START, DEFAULT_END, "", "", ""]
        # Consent before the contact details: Tab reaches the tick before the address it allows.
        self.members = RowTable([self.tr("Name"), self.tr("Consent"), self.tr("E-mail"), self.tr("Phone")],
                                check_column=MEMBER_CONSENT, parent=self, stretch=(0, 2))  # fmt: skip
        self.members.new_row_values = lambda: ["", False, "", ""]
        self.steps.samples = {3: "31.12.2026"}
        self.meetings.samples = {0: "31.12.2026", 1: "19:00", 2: "20:30"}
        self.members.samples = {3: "0176 2231 4450"}
        self.origins = RowTable([self.tr("Came from (idea, cluster, vote)")], parent=self)
        self.tables = {"steps": self.steps, "meetings": self.meetings, "members": self.members, "origins": self.origins}
        consent_header = self.members.horizontalHeaderItem(MEMBER_CONSENT)
        if consent_header is not None:
            consent_header.setToolTip(consent_text())
        for key, table in self.tables.items():
            table.setObjectName(key)
            table.edited.connect(lambda k=key: self._edited(k))
            table.setMinimumHeight(110)

        self.warnings = QLabel(self)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00;")
        self.warnings.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        for key, title, hint in (
            ("steps", self.tr("First steps (Ins adds, Del removes)"), ""),
            ("meetings", self.tr("Follow-up meetings (the earliest is the first)"), ""),
            ("members", self.tr("Members (e-mail and phone only with consent)"), consent_text()),
            ("origins", self.tr("Origin"), ""),
        ):
            box = QGroupBox(title, self)
            inner = QVBoxLayout(box)
            inner.addWidget(self.tables[key])
            self.notes[key] = _note(box, key)
            inner.addWidget(self.notes[key])
            if key == "meetings":
                inner.addWidget(self.warnings)
            if hint:
                note = QLabel(hint, box)
                note.setWordWrap(True)
                note.setStyleSheet("color: #555;")
                inner.addWidget(note)
            layout.addWidget(box)
        layout.addStretch(1)

        chain: list[QWidget] = [self.lines["title"], self.goal, self.status]
        chain += [self.lines[name] for name in LINE_FIELDS[1:]]
        chain += [self.tables[key] for key in TABLES]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        pass_undo_to_window(*self.lines.values(), self.goal)
        session.changed.connect(self._on_changed)
        self.set_agreement(None)

    # ---- showing -------------------------------------------------------

    @property
    def zone(self) -> str:
        """The workshop's time zone, in which dates are typed."""
        return self.session.store.workshop().timezone

    def set_agreement(self, agreement_id: str | None) -> None:
        """Edit this agreement (None: nothing chosen, the form is disabled)."""
        self.agreement_id = agreement_id
        for place in self.notes:
            self._show_note(place, "")
        bundle = self._fetch()
        self.setEnabled(bundle is not None and not self.session.read_only)
        if bundle is None:
            self._stored = None
            self._loading = True
            try:
                for edit in self.lines.values():
                    edit.clear()
                self.goal.clear()
                for table in self.tables.values():
                    table.setRowCount(0)
            finally:
                self._loading = False
            self.warnings.hide()
            return
        self.load(bundle)

    def _fetch(self) -> AgreementBundle | None:
        if self.agreement_id is None:
            return None
        try:
            return self.session.store.agreements.bundle(self.agreement_id)
        except Exception:  # the agreement was removed (e.g. by an undo)
            return None

    def _on_changed(self, change: Change) -> None:
        if change.touches(Area.AGREEMENTS, Area.WORKSHOP):
            bundle = self._fetch()
            if bundle is None:
                self.set_agreement(None)
            else:
                self.load(bundle)

    def load(self, bundle: AgreementBundle) -> None:
        """Show the stored agreement without disturbing a field that already shows its value."""
        self._stored = bundle
        a = bundle.agreement
        self._loading = True
        try:
            for name, edit in self.lines.items():
                if edit.text() != getattr(a, name):
                    show_stored(edit, getattr(a, name))
                    self._show_note(name, "")
            if self.goal.toPlainText() != a.goal:
                self.goal.setPlainText(a.goal)
                self._show_note("goal", "")
            self.status.setCurrentIndex(max(0, self.status.findData(a.status)))
            for key, rows in table_rows(bundle, zone_of(self.zone)).items():
                self.tables[key].set_rows(rows)
        finally:
            self._loading = False
        self._show_warnings(bundle.meetings)

    def _show_warnings(self, meetings: list[Meeting]) -> None:
        lines = []
        now = dt.datetime.now(dt.UTC)
        tz = zone_of(self.zone)
        for meeting in meetings:
            for code in meeting_warnings(meeting, now):
                lines.append(f"⚠ {meeting.starts_at.astimezone(tz):%d.%m.%Y}: {problem_text(code, {})}")
        if not meetings:
            lines.append("⚠ " + self.tr("No first meeting yet – agree one soon."))
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))

    def _show_note(self, place: str, text: str) -> None:
        """Show (or, with "", take away) the refusal under a field or table."""
        note = self.notes[place]
        appearing = bool(text) and not note.text()
        note.setText(text)
        if place in self.tables:
            note.setVisible(bool(text))
        else:
            self.form.setRowVisible(note, bool(text))
        widget = self.lines.get(place) or (self.goal if place == "goal" else None)
        if widget is not None and not text:
            widget.setStyleSheet("")
        typed_in = self.tables.get(place, widget)
        if appearing and typed_in is not None and has_focus_within(typed_in):
            show_when_laid_out(note)  # the reason under the field or table being typed in is read

    def problem_shown(self, place: str | None = None) -> str:
        """The refusal shown under a field or table ('' when none); without ``place`` every one shown."""
        places = [place] if place else list(self.notes)
        return "\n".join(self.notes[p].text() for p in places if self.notes[p].text())

    # ---- editing -------------------------------------------------------

    def _shown(self) -> EditorValues:
        stored = self._stored
        assert stored is not None
        return EditorValues(
            lines={name: edit.text() for name, edit in self.lines.items()},
            goal=self.goal.toPlainText(),
            status=str(self.status.currentData() or stored.agreement.status),
            **{key: table.stored_rows() for key, table in self.tables.items()},
        )

    def _edited(self, place: str) -> None:
        if self._loading or self._stored is None or self.session.read_only:
            return
        bundle, refusal = read_bundle(self._stored, self._shown(), zone_of(self.zone), consent_text)
        refused_cell = refusal is not None and refusal.place in self.tables
        if refusal is not None and refusal.place in self.tables:
            # The cell goes back to what is stored, and the reason stands right under its table.
            self._refuse_cell(refusal)
            bundle, refusal = read_bundle(self._stored, self._shown(), zone_of(self.zone), consent_text)
        if refusal is not None:
            if refusal.place in self.tables:
                self._show_note(refusal.place, problem_text(refusal.problem.code, refusal.problem.params))
            else:
                self._refuse_line(refusal)
            return
        if not refused_cell:
            self._show_note(place, "")
        assert bundle is not None
        if bundle == self._stored:
            return
        text = arg(self.tr("Edit agreement “%1”"), bundle.agreement.title)
        # Typing in one line is one undo step; a table row or a list choice is a step of its own.
        merge = f"{bundle.agreement.id}:{place}" if place in (*LINE_FIELDS, "goal") else None
        command = commands.PutBundleCommand(self.session, text, self._stored, bundle, merge)
        if self.session.push(command):
            self._stored = self.session.store.agreements.bundle(bundle.agreement.id)
            self._show_warnings(self._stored.meetings)

    def _refuse_line(self, refusal: Refusal) -> None:
        """A refused line keeps the typing, marked red, with the reason under it: it is not stored."""
        self._show_note(
            refusal.place, arg(self.tr("Not saved: %1"), problem_text(refusal.problem.code, refusal.problem.params))
        )
        widget = self.lines.get(refusal.place) or (self.goal if refusal.place == "goal" else None)
        if widget is not None:
            widget.setStyleSheet(REFUSED_STYLE)

    def _left(self, name: str) -> None:
        """Leaving a refused line shows the stored value again and says what was not stored.

        Enter keeps the typing in the line to be mended, as the details and the steering group do.
        """
        stored = self._stored
        if stored is None or self._loading or not self.notes[name].text() or self.lines[name].hasFocus():
            return
        typed, kept = self.lines[name].text(), str(getattr(stored.agreement, name))
        if typed == kept:
            return
        _bundle, refusal = read_bundle(stored, self._shown(), zone_of(self.zone), consent_text)
        if refusal is None or refusal.place != name:
            return
        self._loading = True
        try:
            show_stored(self.lines[name], kept)
        finally:
            self._loading = False
        self._show_note(name, not_stored_text(typed, refusal.problem))
        self.lines[name].setStyleSheet("")  # it shows what is stored again

    def _refuse_cell(self, refusal: Refusal) -> None:
        table = self.tables[refusal.place]
        row = table.row_of(refusal.row_id or "")
        column = refusal.column or 0
        edited = table.last_edited
        if edited is not None and edited[0] == row:
            column = edited[1]  # the cell just changed caused it (e.g. a start moved after the end)
        if row < 0:
            return
        stored = self._stored
        assert stored is not None
        kept_rows = dict(table_rows(stored, zone_of(self.zone))[refusal.place])
        kept = kept_rows.get(refusal.row_id or "", table.new_row_values())[column]
        item = table.item(row, column)
        typed = "" if item is None or column == table.check_column else item.text()
        table.set_cell(row, column, kept)
        header = table.horizontalHeaderItem(column)
        where = arg(self.tr("%1, %2"), self._row_name(refusal.place, row), header.text() if header else "")
        if column == table.check_column:
            reason = self.tr(
                "Consent stays ticked while an e-mail address or phone number is stored: delete them first."
            )
        else:
            reason = not_stored_text(typed, refusal.problem)
        self._show_note(refusal.place, f"{where}: {reason}")

    def _row_name(self, place: str, row: int) -> str:
        number = str(row + 1)
        if place == "members":
            item = self.members.item(row, 0)
            if item is not None and item.text().strip():
                return item.text().strip()
            return arg(self.tr("Member %1"), number)
        names = {"steps": self.tr("Step %1"), "meetings": self.tr("Meeting %1"), "origins": self.tr("Origin %1")}
        return arg(names[place], number)

    def field(self, name: str) -> QWidget:
        """The editor widget of a field (``title``, ``goal``, ``steps``, …)."""
        found = self.findChild(QWidget, name)
        assert found is not None
        return found

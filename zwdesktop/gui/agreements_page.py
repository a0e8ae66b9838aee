"""The agreements section: the list of project groups on the left, the chosen one's editor on the right.

Everything is typed by keyboard: **Ins** in the list adds an agreement and
puts the cursor in its title; **Tab** walks through the fields; **Ins** in the
steps, meetings and members tables adds a row and starts typing in it,
**Tab** moves from cell to cell, **Del** removes the selected row. Each valid
change is written at once as one undoable step (typing a word is one step); a
refused value shows why under the form and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.agreements import (
    STATUSES,
    Agreement,
    AgreementBundle,
    Meeting,
    Member,
    Origin,
    Step,
    check_agreement,
    check_meeting,
    check_member,
    check_origin,
    check_step,
    meeting_warnings,
)
from ..core.model import utc_now
from ..core.validation import Problem, clean_text, parse_date, parse_time
from . import commands
from .actions import ActionRegistry
from .agreement_texts import consent_text, status_name, zone_of
from .agreements_model import AgreementListModel
from .i18n import arg
from .messages import problem_text
from .row_table import RowTable
from .session import WorkshopSession

LINE_FIELDS = ("title", "contact_name", "contact_role", "contact_email", "contact_phone", "signup_url", "signup_email")
DEFAULT_START, DEFAULT_END = "19:00", "20:30"


class AgreementEditor(QWidget):
    """Edits one agreement with its steps, origins, meetings and members."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.agreement_id: str | None = None
        self._loading = False
        self._stored: AgreementBundle | None = None

        self.lines: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {
            "title": self.tr("&Title"),
            "contact_name": self.tr("Contact &person"),
            "contact_role": self.tr("Role"),
            "contact_email": self.tr("E-mail"),
            "contact_phone": self.tr("Phone"),
            "signup_url": self.tr("Sign-up &web address"),
            "signup_email": self.tr("Sign-up e-&mail"),
        }
        self.goal = QPlainTextEdit(self)
        self.goal.setObjectName("goal")
        self.goal.setTabChangesFocus(True)
        self.goal.setFixedHeight(64)
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        for code in STATUSES:
            self.status.addItem(status_name(code), code)
        for name in LINE_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.textEdited.connect(lambda _t, n=name: self._edited(n))
            self.lines[name] = edit
        self.lines["signup_url"].setPlaceholderText("https://…")
        self.lines["signup_email"].setPlaceholderText(self.tr("name@example.de – sign up by mail"))
        form.addRow(labels["title"], self.lines["title"])
        form.addRow(self.tr("&Goal"), self.goal)
        form.addRow(self.tr("&Status"), self.status)
        for name in LINE_FIELDS[1:]:
            form.addRow(labels[name], self.lines[name])
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if isinstance(label, QLabel) and field is not None:
                label.setObjectName(f"{field.objectName()}_label")
        self.goal.textChanged.connect(lambda: self._edited("goal"))
        self.status.currentIndexChanged.connect(lambda _i: self._edited("status"))

        self.origins = RowTable([self.tr("Came from (idea, cluster, vote)")], parent=self)
        self.origins.setObjectName("origins")
        self.steps = RowTable([self.tr("What"), self.tr("Who"), self.tr("With whom"), self.tr("By when")], parent=self)
        self.steps.setObjectName("steps")
        self.meetings = RowTable(
            [self.tr("Date"), self.tr("Start"), self.tr("End"), self.tr("Place"), self.tr("Address"), self.tr("Purpose")],
            parent=self,
        )
        self.meetings.setObjectName("meetings")
        self.meetings.new_row_values = lambda: ["", DEFAULT_START, DEFAULT_END, "", "", ""]
        self.members = RowTable(
            [self.tr("Name"), self.tr("E-mail"), self.tr("Phone"), self.tr("Consent")], check_column=3, parent=self
        )
        self.members.setObjectName("members")
        consent_header = self.members.horizontalHeaderItem(3)
        if consent_header is not None:
            consent_header.setToolTip(consent_text())
        for table, widths in ((self.steps, (260, 150, 150)), (self.meetings, (100, 70, 70, 200, 220)),
                              (self.members, (200, 230, 150))):  # fmt: skip
            for column, width in enumerate(widths):
                table.setColumnWidth(column, width)
        for table, key in ((self.origins, "origins"), (self.steps, "steps"), (self.meetings, "meetings"),
                           (self.members, "members")):  # fmt: skip
            table.edited.connect(lambda k=key: self._edited(k))
            table.setMinimumHeight(110)

        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020; font-weight: bold;")
        self.problem.hide()
        self.warnings = QLabel(self)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00;")
        self.warnings.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        for title, table, hint in (
            (self.tr("First steps (Ins adds, Del removes)"), self.steps, ""),
            (self.tr("Follow-up meetings (the earliest is the first)"), self.meetings, ""),
            (self.tr("Members (e-mail and phone only with consent)"), self.members, consent_text()),
            (self.tr("Origin"), self.origins, ""),
        ):
            box = QGroupBox(title, self)
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            if table is self.meetings:
                inner.addWidget(self.warnings)
            if hint:
                note = QLabel(hint, box)
                note.setWordWrap(True)
                note.setStyleSheet("color: #555;")
                inner.addWidget(note)
            layout.addWidget(box)
        layout.addStretch(1)
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
        self._show_problem(None)
        bundle = self._fetch()
        self.setEnabled(bundle is not None and not self.session.read_only)
        if bundle is None:
            self._stored = None
            self._loading = True
            try:
                for edit in self.lines.values():
                    edit.clear()
                self.goal.clear()
                for table in (self.steps, self.meetings, self.members, self.origins):
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

    def _on_changed(self, kind: str, _ids: tuple[str, ...]) -> None:
        if kind in ("agreements", "workshop", "all"):
            bundle = self._fetch()
            if bundle is None:
                self.set_agreement(None)
            else:
                self.load(bundle)

    def load(self, bundle: AgreementBundle) -> None:
        """Show the stored agreement without disturbing a field that already shows its value."""
        self._stored = bundle
        a = bundle.agreement
        tz = zone_of(self.zone)
        self._loading = True
        try:
            for name, edit in self.lines.items():
                if edit.text() != getattr(a, name):
                    edit.setText(getattr(a, name))
            if self.goal.toPlainText() != a.goal:
                self.goal.setPlainText(a.goal)
            self.status.setCurrentIndex(max(0, self.status.findData(a.status)))
            self.steps.set_rows(
                [(s.id, [s.what, s.who, s.with_whom, s.due.strftime("%d.%m.%Y") if s.due else ""]) for s in bundle.steps]
            )
            self.origins.set_rows([(o.id, [o.label]) for o in bundle.origins])
            rows: list[tuple[str, list[str | bool]]] = []
            for m in bundle.meetings:
                start, end = m.starts_at.astimezone(tz), m.ends_at.astimezone(tz)
                rows.append((m.id, [f"{start:%d.%m.%Y}", f"{start:%H:%M}", f"{end:%H:%M}", m.place, m.address, m.purpose]))
            self.meetings.set_rows(rows)
            self.members.set_rows([(m.id, [m.name, m.email, m.phone, m.consented]) for m in bundle.members])
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
            lines.append("⚠ " + self.tr("No first meeting yet – agree one soon (zeitnah erstes Folgetreffen)."))
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))

    def _show_problem(self, problem: Problem | None, where: str = "") -> None:
        if problem is None:
            self.problem.hide()
            self.problem.clear()
            return
        text = problem_text(problem.code, problem.params)
        self.problem.setText(f"{where}: {text}" if where else text)
        self.problem.show()

    def problem_shown(self) -> str:
        """The refusal shown under the form ('' when none)."""
        return self.problem.text() if not self.problem.isHidden() else ""

    # ---- editing -------------------------------------------------------

    def _read(self) -> tuple[AgreementBundle | None, Problem | None, str]:
        """The agreement as the widgets show it, or the first problem and where it is."""
        stored = self._stored
        assert stored is not None
        values: dict[str, Any] = {name: clean_text(edit.text()) for name, edit in self.lines.items()}
        values["goal"] = clean_text(self.goal.toPlainText())
        values["status"] = self.status.currentData() or stored.agreement.status
        agreement = replace(stored.agreement, **values)
        found = check_agreement(agreement)
        if found:
            return None, found[1], self._label(found[0])
        steps = []
        for index, (row_id, cells) in enumerate(self.steps.stored_rows()):
            what, who, with_whom, due_text = (clean_text(str(c)) for c in cells)
            due = parse_date(due_text) if due_text else None
            if due_text and due is None:
                return None, Problem("date_invalid", {"value": due_text}), arg(self.tr("Step %1"), str(index + 1))
            step = Step(id=row_id, agreement_id=agreement.id, what=what, who=who, with_whom=with_whom, due=due,
                        position=index)  # fmt: skip
            old = next((s for s in stored.steps if s.id == row_id), None)
            step.updated_at = old.updated_at if old else utc_now()
            found = check_step(step)
            if found:
                return None, found[1], arg(self.tr("Step %1"), str(index + 1))
            steps.append(step)
        origins = []
        for index, (row_id, cells) in enumerate(self.origins.stored_rows()):
            old_origin = next((o for o in stored.origins if o.id == row_id), None)
            origin = (
                replace(old_origin, label=clean_text(str(cells[0])), position=index)
                if old_origin
                else Origin(id=row_id, agreement_id=agreement.id, label=clean_text(str(cells[0])), position=index)
            )
            found = check_origin(origin)
            if found:
                return None, found[1], self.tr("Origin")
            origins.append(origin)
        meetings = []
        tz = zone_of(self.zone)
        for index, (row_id, cells) in enumerate(self.meetings.stored_rows()):
            date_text, start_text, end_text, place, address, purpose = (clean_text(str(c)) for c in cells)
            where = arg(self.tr("Meeting %1"), str(index + 1))
            day, start, end = parse_date(date_text), parse_time(start_text), parse_time(end_text)
            if day is None:
                return None, Problem("date_invalid", {"value": date_text}), where
            if start is None or end is None:
                return None, Problem("meeting_incomplete"), where
            old_meeting = next((m for m in stored.meetings if m.id == row_id), None)
            meeting = Meeting(
                id=row_id,
                agreement_id=agreement.id,
                starts_at=dt.datetime.combine(day, start, tzinfo=tz).astimezone(dt.UTC),
                ends_at=dt.datetime.combine(day, end, tzinfo=tz).astimezone(dt.UTC),
                place=place,
                address=address,
                purpose=purpose,
                updated_at=old_meeting.updated_at if old_meeting else utc_now(),
            )
            found = check_meeting(meeting)
            if found:
                return None, found[1], where
            meetings.append(meeting)
        members = []
        for index, (row_id, cells) in enumerate(self.members.stored_rows()):
            name, email, phone = (clean_text(str(c)) for c in cells[:3])
            consented = bool(cells[3])
            old_member = next((m for m in stored.members if m.id == row_id), None)
            if consented and old_member is not None and old_member.consented:
                text, at = old_member.consent_text, old_member.consent_at  # consent given earlier stays as given
            elif consented:
                text, at = consent_text(), utc_now()
            else:
                text, at = "", ""
            member = Member(id=row_id, agreement_id=agreement.id, name=name, email=email, phone=phone,
                            consent_text=text, consent_at=at, position=index,
                            updated_at=old_member.updated_at if old_member else utc_now())  # fmt: skip
            found = check_member(member)
            if found:
                return None, found[1], name or arg(self.tr("Member %1"), str(index + 1))
            members.append(member)
        return AgreementBundle(agreement, steps, origins, members, meetings), None, ""

    def _label(self, field: str) -> str:
        label = self.findChild(QLabel, f"{field}_label")
        return label.text().replace("&", "") if label is not None else ""

    def _edited(self, field: str) -> None:
        if self._loading or self._stored is None or self.session.read_only:
            return
        bundle, problem, where = self._read()
        self._show_problem(problem, where)
        if bundle is None:
            return
        if bundle == self._stored:
            return
        text = arg(self.tr("Edit agreement “%1”"), bundle.agreement.title)
        # Typing in one line is one undo step; a table row or a list choice is a step of its own.
        merge = f"{bundle.agreement.id}:{field}" if field in (*LINE_FIELDS, "goal") else None
        command = commands.PutBundleCommand(self.session, text, self._stored, bundle, merge)
        if self.session.push(command):
            self._stored = self.session.store.agreements.bundle(bundle.agreement.id)
            self._show_warnings(self._stored.meetings)

    def field(self, name: str) -> QWidget:
        """The editor widget of a field (``title``, ``goal``, ``steps``, …)."""
        found = self.findChild(QWidget, name)
        assert found is not None
        return found


class AgreementsPage(QWidget):
    """The list of agreements and the editor of the chosen one."""

    def __init__(self, session: WorkshopSession, actions: ActionRegistry, parent: QWidget | None = None) -> None:
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
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        context = Qt.ShortcutContext.WidgetShortcut
        self.add_action = actions.add("agreements.add", self.tr("&New agreement"), self.add_agreement, "Ins",
                                      self.list, context)  # fmt: skip
        self.remove_action = actions.add("agreements.remove", self.tr("&Remove agreement"), self.remove_agreement,
                                         "Del", self.list, context)  # fmt: skip
        self.up_action = actions.add("agreements.up", self.tr("Move &up"), lambda: self.move_by(-1), "Ctrl+Up",
                                     self.list, context)  # fmt: skip
        self.down_action = actions.add("agreements.down", self.tr("Move &down"), lambda: self.move_by(1), "Ctrl+Down",
                                       self.list, context)  # fmt: skip
        buttons = QHBoxLayout()
        for action in (self.add_action, self.remove_action):
            button = QPushButton(action.text(), self)
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
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

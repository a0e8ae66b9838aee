"""The capture field: type an idea, press Enter, and it is in the file — as fast as people talk.

Enter commits, Shift+Enter starts a new line. An empty idea is not stored;
one longer than 2,000 characters is refused with a message and stays in the
field, never cut. An exact duplicate in the same phase is flagged: Enter
again keeps both, Esc discards. Up in the empty field brings back the last
idea captured here for correcting it (Enter saves the change). The phase is
the running one (from the clock) unless another is chosen; the cluster is
picked by its number or first letters; the table group or author is optional.

The same :class:`CaptureBar` serves the ideas page and the assistant station.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from ...core.ideas import IDEA_PHASES, Idea, check_idea_text, choose_cluster, clean_idea_text
from ...core.workshop import PHASES
from ...store import StoreError
from ...store.changes import Area, Change
from ..i18n import arg
from ..messages import problem_text, store_error_text
from ..phases import phase_name
from ..placeholder_width import keep_placeholder_whole
from ..session import WorkshopSession
from ..undo_keys import pass_undo_to_window
from .commands import AddIdeaCommand, update_idea
from .context import AUTO, IdeaContext


class CaptureEdit(QPlainTextEdit):
    """A text field where Enter submits and Shift+Enter makes a new line; Up in an empty field asks for the last idea."""

    submitted = Signal()
    recall = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter submits, Shift+Enter inserts a line break, Esc cancels, Up in an empty field recalls."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.cancelled.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Up and not self.toPlainText():
            self.recall.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class CaptureBar(QWidget):
    """Capture field, phase, cluster and author, and one line of feedback.

    ``committed(idea_id)`` after an idea was stored (or corrected).
    """

    committed = Signal(str)

    def __init__(self, session: WorkshopSession, context: IdeaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.context = context
        self._pending_duplicate: str | None = None
        self._editing: Idea | None = None
        self._last_id: str | None = None
        self._saved: str | None = None  # the text of the idea just captured, while the line speaks of it

        self.edit = CaptureEdit(self)
        self.edit.setObjectName("captureEdit")
        self.edit.setPlaceholderText(
            self.tr("Type an idea and press Enter (Shift+Enter: new line; ↑: correct the last one)")
        )
        self.phase_box = QComboBox(self)
        self.phase_box.setObjectName("capturePhase")
        # Its first entry names the running phase and changes with the clock: the box follows its text.
        self.phase_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.phase_box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.cluster_edit = QLineEdit(self)
        self.cluster_edit.setObjectName("captureCluster")
        self.cluster_edit.setPlaceholderText(self.tr("Cluster: number or first letters"))
        self.cluster_edit.setClearButtonEnabled(True)
        self.cluster_label = QLabel(self)
        self.cluster_label.setTextFormat(Qt.TextFormat.PlainText)
        self.cluster_label.setObjectName("captureClusterName")
        self.author_edit = QLineEdit(self)
        self.author_edit.setObjectName("captureAuthor")
        self.author_edit.setPlaceholderText(self.tr("Table or author (optional)"))
        self.author_edit.setClearButtonEnabled(True)
        self.message = QLabel(self)
        self.message.setObjectName("captureMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.edit, 0, 0, 1, 4)
        grid.addWidget(self.phase_box, 1, 0)
        grid.addWidget(self.cluster_edit, 1, 1)
        grid.addWidget(self.cluster_label, 1, 2)
        grid.addWidget(self.author_edit, 1, 3)
        grid.addWidget(self.message, 2, 0, 1, 4)
        grid.setColumnStretch(2, 1)
        keep_placeholder_whole(self.cluster_edit, self.author_edit)

        self.edit.submitted.connect(self.submit)
        self.edit.recall.connect(self.recall_last)
        self.edit.cancelled.connect(self.cancel)
        self.edit.textChanged.connect(self._on_text_changed)
        self.cluster_edit.textChanged.connect(self._show_cluster)
        self.phase_box.activated.connect(self._on_phase_chosen)
        # Enter in the cluster or author field commits the idea, too.
        self.cluster_edit.returnPressed.connect(self._submit_from_side_field)
        self.author_edit.returnPressed.connect(self._submit_from_side_field)
        # Ctrl+Z in the empty field takes back the idea just captured; with text it undoes the typing.
        pass_undo_to_window(self.edit, when_empty=True)
        pass_undo_to_window(self.cluster_edit, self.author_edit)
        self.context.changed.connect(self._fill_phases)
        session.changed.connect(self._on_store_changed)
        self._fill_phases()
        self._show_cluster()
        self.setEnabled(not session.read_only)

    # ---- phase and cluster ---------------------------------------------

    def _fill_phases(self) -> None:
        self.phase_box.blockSignals(True)
        self.phase_box.clear()
        # Before the first idea phase (not started, arrival) the clock's phase is still to come.
        following = self.tr("Running phase: %1") if self.context.clock_phase_reached() else self.tr("Next phase: %1")
        self.phase_box.addItem(arg(following, phase_name(self.context.clock_phase())), AUTO)
        ordered = list(IDEA_PHASES) + [p for p in PHASES if p not in IDEA_PHASES]
        for code in ordered:
            self.phase_box.addItem(phase_name(code), code)
        self.phase_box.setCurrentIndex(max(0, self.phase_box.findData(self.context.chosen_phase)))
        self.phase_box.blockSignals(False)

    def _on_phase_chosen(self, index: int) -> None:
        self.context.set_phase(str(self.phase_box.itemData(index) or AUTO))

    def phase(self) -> str:
        """The phase the next idea goes into."""
        return self.context.phase()

    def _on_store_changed(self, change: Change) -> None:
        if change.touches(Area.CLUSTERS):
            self._show_cluster()
        if change.touches(Area.IDEAS) and self._last_id is not None and self._saved is not None:
            self._follow_last()

    def _follow_last(self) -> None:
        """After Ctrl+Z / Ctrl+Shift+Z the line says whether the idea just captured is still there."""
        try:
            idea = self.session.store.ideas.get(self._last_id or "")
        except StoreError:
            idea = None
        shown = _short(self._saved or "")
        if idea is None or not idea.visible:
            self._say(arg(self.tr("Taken back: %1 (Ctrl+Shift+Z brings it back)"), shown), about_saved=True)
        else:
            self._say(arg(self.tr("Saved: %1"), shown), about_saved=True)

    def chosen_cluster_id(self) -> tuple[bool, str | None]:
        """(whether the typed cluster is understood, its id or None for no cluster)."""
        typed = self.cluster_edit.text().strip()
        if not typed or typed in ("0", "-"):
            return True, None
        cluster = choose_cluster(self.session.store.ideas.clusters(), typed)
        return (cluster is not None), (cluster.id if cluster else None)

    def _show_cluster(self) -> None:
        typed = self.cluster_edit.text().strip()
        if not typed or typed in ("0", "-"):
            self.cluster_label.setText(self.tr("no cluster"))
            return
        cluster = choose_cluster(self.session.store.ideas.clusters(), typed)
        self.cluster_label.setText(f"→ {cluster.name}" if cluster else self.tr("no such cluster"))

    # ---- committing ------------------------------------------------------

    def _say(self, text: str, problem: bool = False, about_saved: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if problem else "")
        self.message.setText(text)
        if not about_saved:
            self._saved = None  # the line now speaks of something else

    def _on_text_changed(self) -> None:
        if self._pending_duplicate is not None and clean_idea_text(self.edit.toPlainText()) != self._pending_duplicate:
            self._pending_duplicate = None
            self._say("")

    def submit(self) -> bool:
        """Store the typed idea (or the correction of the last one); returns whether something was stored."""
        if self.session.read_only:
            return False
        text = clean_idea_text(self.edit.toPlainText())
        problem = check_idea_text(text)
        if problem is not None:
            if problem.code == "idea_empty":
                self._say(self.tr("An empty idea is not stored."))
            else:
                self._say(problem_text(problem.code, problem.params), problem=True)
            return False
        if self._editing is not None:
            return self._save_correction(text)
        known, cluster_id = self.chosen_cluster_id()
        if not known:
            self._say(
                arg(
                    self.tr("There is no cluster “%1”. Type its number or first letters, or clear the field."),
                    self.cluster_edit.text().strip(),
                ),
                problem=True,
            )
            return False
        phase = self.phase()
        duplicate = self.session.store.ideas.duplicate(text, phase)
        if duplicate is not None and self._pending_duplicate != text:
            self._pending_duplicate = text
            self._say(
                self.tr("This idea is already there in this phase. Enter again keeps both; Esc discards it."),
                problem=True,
            )
            return False
        idea = Idea(text=text, phase=phase, cluster_id=cluster_id, author=clean_idea_text(self.author_edit.text()))
        command = AddIdeaCommand(self.session, self.tr("Capture idea"), idea)
        if not self.session.push(command):
            return False
        self._pending_duplicate = None
        self._last_id = idea.id
        self.edit.clear()
        self._say(arg(self.tr("Saved: %1"), _short(text)))
        self._saved = text
        self.committed.emit(idea.id)
        return True

    def _submit_from_side_field(self) -> None:
        # The next shouted idea is typed at once, so the cursor goes back to the idea field, where
        # Enter and Esc also answer a flagged duplicate. A cluster that is not there keeps it in
        # the cluster field, where the mistake is.
        if self.submit() or self.chosen_cluster_id()[0]:
            self.focus_field()

    def _save_correction(self, text: str) -> bool:
        editing = self._editing
        assert editing is not None
        if text != editing.text:
            command = update_idea(self.session, self.tr("Correct idea"), editing, text=text)
            if not self.session.push(command):
                return False
        self._editing = None
        self.edit.clear()
        self._say(arg(self.tr("Corrected: %1"), _short(text)))
        self.committed.emit(editing.id)
        return True

    def recall_last(self) -> None:
        """Put the last idea captured here (else the newest of the phase) into the field for correcting."""
        idea: Idea | None = None
        if self._last_id is not None:
            try:
                idea = self.session.store.ideas.get(self._last_id)
            except StoreError:
                idea = None
            if idea is not None and not idea.visible:
                idea = None
        if idea is None:
            in_phase = [i for i in self.session.store.ideas.all() if i.phase == self.phase()]
            idea = in_phase[-1] if in_phase else None
        if idea is None:
            return
        self._editing = idea
        self.edit.setPlainText(idea.text)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
        self._say(self.tr("Correcting the last idea: Enter saves, Esc leaves it as it was."))

    def cancel(self) -> None:
        """Esc: drop a flagged duplicate or a correction (the field empties); otherwise only the message goes."""
        if self._pending_duplicate is not None or self._editing is not None:
            self.edit.clear()
        self._pending_duplicate = None
        self._editing = None
        self._say("")

    def focus_field(self) -> None:
        """Put the cursor into the capture field."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def report(self, error: StoreError) -> None:
        """Show a store error in the feedback line."""
        self._say(store_error_text(error), problem=True)


def _short(text: str, limit: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"

"""The question and rules of a dot vote: options from, participants, dots per person with the suggestion, stacking, cut-off, entry."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from ...core.validation import clean_text
from ...core.votes import MAX_DOTS, MAX_OPTIONS, MAX_PARTICIPANTS, Entry, Stacking, suggest_dots
from ..phases import phase_name
from ..stored_line import show_stored
from .texts import VoteTexts
from .view import RoundView
from .widgets import plain_label

VOTE_PHASES = ("", "critique", "fantasy", "realisation", "closing", "other")


class RulesBox(QGroupBox):
    """The rules form; an edit is reported as ``field_changed(name, value)`` for the page to store (undoable).

    ``dots_per_person`` and ``stacking`` are reported like the others; the
    page adjusts the cap with them. Nothing is reported while :meth:`fill`
    shows a round.
    """

    field_changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Question and rules"))
        self.view: RoundView | None = None
        self.loading = False
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("roundQuestion")
        self.phase_box = QComboBox(self)
        for code in VOTE_PHASES:
            self.phase_box.addItem(phase_name(code) if code else self.tr("(hand-picked)"), code)
        self.participants_spin = QSpinBox(self)
        self.participants_spin.setRange(0, MAX_PARTICIPANTS)
        self.dots_spin = QSpinBox(self)
        self.dots_spin.setRange(1, MAX_DOTS)
        self.use_suggestion_button = QPushButton(self.tr("Use the suggestion"), self)
        self.suggestion_label = plain_label(self, "dotSuggestion")
        self.stacking_box = QComboBox(self)
        self.stacking_box.addItem(self.tr("Free: several dots on one option"), Stacking.FREE.value)
        self.stacking_box.addItem(self.tr("Capped per option"), Stacking.CAP.value)
        self.cap_spin = QSpinBox(self)
        self.cap_spin.setRange(1, MAX_DOTS)
        self.cap_spin.setPrefix(self.tr("at most "))
        self.cutoff_spin = QSpinBox(self)
        self.cutoff_spin.setRange(1, MAX_OPTIONS)
        self.entry_box = QComboBox(self)
        self.entry_box.addItem(self.tr("Tallies from the board"), Entry.TALLIES.value)
        self.entry_box.addItem(self.tr("Ballots per participant"), Entry.BALLOTS.value)
        self.rules_label = plain_label(self, "rulesSentence", "font-weight: bold;")

        dots_row = QHBoxLayout()
        dots_row.addWidget(self.dots_spin)
        dots_row.addWidget(self.use_suggestion_button)
        dots_row.addStretch(1)
        stacking_row = QHBoxLayout()
        stacking_row.addWidget(self.stacking_box, 1)
        stacking_row.addWidget(self.cap_spin)
        form = QFormLayout(self)
        form.addRow(self.tr("Question"), self.title_edit)
        form.addRow(self.tr("Options from"), self.phase_box)
        form.addRow(self.tr("Participants"), self.participants_spin)
        form.addRow(self.tr("Dots per person"), dots_row)
        form.addRow("", self.suggestion_label)
        form.addRow(self.tr("Stacking"), stacking_row)
        form.addRow(self.tr("Go forward (top N)"), self.cutoff_spin)
        form.addRow(self.tr("Dots entered as"), self.entry_box)
        form.addRow(self.tr("Announced"), self.rules_label)

        # The question is saved as it is typed (nothing typed is lost to a crash), except while it is
        # empty on the way to a new one: an empty question is refused when the field is left.
        self.title_edit.textEdited.connect(self._question_typed)
        self.title_edit.editingFinished.connect(lambda: self._report("title", clean_text(self.title_edit.text())))
        self.phase_box.currentIndexChanged.connect(lambda _i: self._report("phase", self.phase_box.currentData()))
        self.participants_spin.valueChanged.connect(lambda v: self._report("participants", v))
        self.dots_spin.valueChanged.connect(lambda v: self._report("dots_per_person", v))
        self.cap_spin.valueChanged.connect(lambda v: self._report("cap_per_option", v))
        self.cutoff_spin.valueChanged.connect(lambda v: self._report("cutoff", v))
        self.stacking_box.currentIndexChanged.connect(
            lambda _i: self._report("stacking", self.stacking_box.currentData())
        )
        self.entry_box.currentIndexChanged.connect(lambda _i: self._report("entry", self.entry_box.currentData()))
        self.use_suggestion_button.clicked.connect(self.use_suggestion)

    def focus_order(self) -> list[QWidget]:
        """The fields in reading order (for the page's Tab order)."""
        return [
            self.title_edit,
            self.phase_box,
            self.participants_spin,
            self.dots_spin,
            self.use_suggestion_button,
            self.stacking_box,
            self.cap_spin,
            self.cutoff_spin,
            self.entry_box,
        ]

    def _question_typed(self, text: str) -> None:
        question = clean_text(text)
        if question:
            self._report("title", question)

    def _report(self, name: str, value: object) -> None:
        if not self.loading and self.view is not None:
            self.field_changed.emit(name, value)

    def use_suggestion(self) -> None:
        """Take the suggested dots per person."""
        if self.view is not None:
            self.dots_spin.setValue(suggest_dots(len(self.view.options), self.view.round.participants).suggested)

    def fill(self, view: RoundView, writable: bool) -> None:
        """Show the rules of this round (a Blitzlicht's are fixed)."""
        self.view = view
        round_ = view.round
        self.loading = True
        try:
            if not self.title_edit.hasFocus():
                show_stored(self.title_edit, round_.title)
            self.phase_box.setCurrentIndex(max(0, self.phase_box.findData(round_.phase)))
            self.participants_spin.setValue(round_.participants)
            self.dots_spin.setValue(round_.dots_per_person)
            self.stacking_box.setCurrentIndex(max(0, self.stacking_box.findData(round_.stacking)))
            self.cap_spin.setValue(max(1, round_.cap_per_option))
            self.cutoff_spin.setValue(round_.cutoff)
            self.entry_box.setCurrentIndex(max(0, self.entry_box.findData(round_.entry)))
        finally:
            self.loading = False
        mood = round_.is_mood
        for widget in (self.dots_spin, self.stacking_box, self.cap_spin, self.cutoff_spin, self.use_suggestion_button):
            widget.setEnabled(writable and not mood)
        # In a file opened read-only nothing may look changeable: a choice made there would not be stored.
        for widget in (self.phase_box, self.participants_spin, self.entry_box):
            widget.setEnabled(writable)
        self.title_edit.setReadOnly(not writable)  # the question stays selectable, to copy it
        self.cap_spin.setVisible(round_.stacking == Stacking.CAP.value and not mood)
        self.suggestion_label.setVisible(not mood)
        options = len(view.options)
        suggestion = suggest_dots(options, round_.participants)
        texts = VoteTexts()
        self.suggestion_label.setText(
            texts.suggestion(options, suggestion.participants, suggestion.half_rule, suggestion.ranking_rule)
        )
        self.rules_label.setText(texts.rules(round_))

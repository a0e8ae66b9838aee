"""The "Dot votes" section: rounds, their rules, dots from the board or ballots, results, ties and the Blitzlicht."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QIntValidator, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.model import utc_now
from ..core.records import utc_to_local
from ..core.validation import clean_text
from ..core.votes import (
    MAX_DOTS,
    MAX_OPTIONS,
    MAX_PARTICIPANTS,
    MOOD_SCALE,
    Entry,
    EventKind,
    RoundEvent,
    RoundKind,
    RoundStatus,
    Settlement,
    Stacking,
    VoteOption,
    VoteRound,
    check_option_label,
    plausibility,
    runoff_round,
    suggest_dots,
)
from ..store import StoreError
from ..store.votes import RoundSnapshot, VoteStore
from . import vote_commands
from .actions import ActionRegistry
from .i18n import arg
from .messages import problem_text
from .phases import phase_name
from .plain_text import plain_tooltip
from .session import WorkshopSession
from .vote_ballots import BallotPanel
from .vote_carry import carry_command
from .vote_chart import VoteChart
from .vote_dialogs import VoteAsk
from .vote_focus import vote_focus
from .vote_model import DOTS, LABEL, RANK, VoteOptionsModel
from .vote_view import RoundView, load_round, rules_text, settlement_text

VOTE_PHASES = ("", "critique", "fantasy", "realisation", "closing", "other")
# Where the options that go forward are carried: top critique -> fantasy themes, top wishes -> agreements.
CARRY_TARGETS = {"critique": "fantasy", "fantasy": "agreements"}


class TallyDelegate(QStyledItemDelegate):
    """Edits a tally as digits; Enter stores it and moves to the next option, ready for the next number."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        """A line edit that takes digits only."""
        editor = QLineEdit(parent)
        editor.setValidator(QIntValidator(0, 10000, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Enter: commit, close and go to the next row (the next number can be typed at once)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(editor, QLineEdit)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            row = self.view.currentIndex().row()
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            model = self.view.model()
            if row + 1 < model.rowCount():
                self.view.setCurrentIndex(model.index(row + 1, DOTS))
            self.view.setFocus()
            return True
        return super().eventFilter(editor, event)


class VotesPage(QWidget):
    """Rounds on the left; the chosen round's rules, dots, results, tie settlement and history on the right."""

    def __init__(self, session: WorkshopSession, actions: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.votes = VoteStore(session.store)
        self.focus = vote_focus(session)
        self.view: RoundView | None = None
        self._loading = False

        # ---- the rounds
        self.rounds = QListWidget(self)
        self.rounds.setObjectName("voteRounds")
        self.new_button = QPushButton(self.tr("New dot vote"), self)
        self.mood_button = QPushButton(self.tr("New Blitzlicht"), self)
        self.remove_button = QPushButton(self.tr("Remove round"), self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Rounds"), self))
        left_layout.addWidget(self.rounds, 1)
        for button in (self.new_button, self.mood_button, self.remove_button):
            left_layout.addWidget(button)

        # ---- rules
        self.title_edit = QLineEdit(self)
        self.phase_box = QComboBox(self)
        for code in VOTE_PHASES:
            self.phase_box.addItem(phase_name(code) if code else self.tr("(hand-picked)"), code)
        self.participants_spin = QSpinBox(self)
        self.participants_spin.setRange(0, MAX_PARTICIPANTS)
        self.dots_spin = QSpinBox(self)
        self.dots_spin.setRange(1, MAX_DOTS)
        self.suggestion_label = QLabel(self)
        self.suggestion_label.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion_label.setObjectName("dotSuggestion")
        self.suggestion_label.setWordWrap(True)
        self.use_suggestion_button = QPushButton(self.tr("Use the suggestion"), self)
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
        stacking_row = QHBoxLayout()
        stacking_row.addWidget(self.stacking_box, 1)
        stacking_row.addWidget(self.cap_spin)
        dots_row = QHBoxLayout()
        dots_row.addWidget(self.dots_spin)
        dots_row.addWidget(self.use_suggestion_button)
        dots_row.addStretch(1)
        self.rules_box = QGroupBox(self.tr("Question and rules"), self)
        form = QFormLayout(self.rules_box)
        form.addRow(self.tr("Question"), self.title_edit)
        form.addRow(self.tr("Options from"), self.phase_box)
        form.addRow(self.tr("Participants"), self.participants_spin)
        form.addRow(self.tr("Dots per person"), dots_row)
        form.addRow("", self.suggestion_label)
        form.addRow(self.tr("Stacking"), stacking_row)
        form.addRow(self.tr("Go forward (top N)"), self.cutoff_spin)
        form.addRow(self.tr("Dots entered as"), self.entry_box)
        self.rules_label = QLabel(self)
        self.rules_label.setTextFormat(Qt.TextFormat.PlainText)
        self.rules_label.setObjectName("rulesSentence")
        self.rules_label.setWordWrap(True)
        self.rules_label.setStyleSheet("font-weight: bold;")
        form.addRow(self.tr("Announced"), self.rules_label)

        # ---- status
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setObjectName("roundStatus")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeRound")
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.close_button)

        # ---- options and tallies
        self.model = VoteOptionsModel(session, self)
        self.table = QTableView(self)
        self.table.setObjectName("tallyTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(DOTS, TallyDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(DOTS, 70)
        self.table.setColumnWidth(RANK, 60)
        self.table.setMinimumHeight(220)
        self.plus_button = QPushButton("+", self)
        self.plus_button.setObjectName("plusDot")
        self.minus_button = QPushButton("−", self)
        self.minus_button.setObjectName("minusDot")
        self.option_edit = QLineEdit(self)
        self.option_edit.setObjectName("newOption")
        self.option_edit.setPlaceholderText(self.tr("Type an option and press Enter"))
        self.pick_button = QPushButton(self.tr("From ideas/clusters…"), self)
        self.remove_option_button = QPushButton(self.tr("Remove option"), self)
        self.problem_label = QLabel(self)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setObjectName("voteProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.sum_label = QLabel(self)
        self.sum_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sum_label.setObjectName("dotSum")
        self.sum_label.setWordWrap(True)
        option_row = QHBoxLayout()
        option_row.addWidget(self.plus_button)
        option_row.addWidget(self.minus_button)
        option_row.addWidget(self.option_edit, 1)
        option_row.addWidget(self.pick_button)
        option_row.addWidget(self.remove_option_button)
        self.options_box = QGroupBox(self.tr("Options and dots"), self)
        options_layout = QVBoxLayout(self.options_box)
        options_layout.addWidget(self.table)
        options_layout.addLayout(option_row)
        options_layout.addWidget(self.sum_label)

        # ---- ballots
        self.ballots = BallotPanel(session, self)
        self.ballots.problem.connect(self._show_problem)
        self.ballot_box = self.ballots

        # ---- results, tie, carry forward, history
        self.chart = VoteChart(self)
        self.chart.setObjectName("voteChart")
        self.chart.setMinimumHeight(220)
        self.tie_label = QLabel(self)
        self.tie_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tie_label.setObjectName("tieNotice")
        self.tie_label.setWordWrap(True)
        self.tie_label.setStyleSheet("color: #7a5200; font-weight: bold;")
        self.runoff_button = QPushButton(self.tr("Run-off round"), self)
        self.all_forward_button = QPushButton(self.tr("All tied go forward"), self)
        self.group_button = QPushButton(self.tr("Group decides…"), self)
        self.unsettle_button = QPushButton(self.tr("Take back the settlement"), self)
        tie_row = QHBoxLayout()
        for button in (self.runoff_button, self.all_forward_button, self.group_button, self.unsettle_button):
            tie_row.addWidget(button)
        tie_row.addStretch(1)
        self.forward_label = QLabel(self)
        self.forward_label.setTextFormat(Qt.TextFormat.PlainText)
        self.forward_label.setObjectName("forwardList")
        self.forward_label.setWordWrap(True)
        self.carry_button = QPushButton(self)
        self.carry_button.setObjectName("carryForward")
        self.carry_label = QLabel(self)
        self.carry_label.setTextFormat(Qt.TextFormat.PlainText)
        self.carry_label.setWordWrap(True)
        self.results_box = QGroupBox(self.tr("Results"), self)
        results_layout = QVBoxLayout(self.results_box)
        results_layout.addWidget(self.chart)
        results_layout.addWidget(self.tie_label)
        results_layout.addLayout(tie_row)
        results_layout.addWidget(self.forward_label)
        results_layout.addWidget(self.carry_button)
        results_layout.addWidget(self.carry_label)
        self.history = QListWidget(self)
        self.history.setObjectName("roundHistory")
        self.history.setMaximumHeight(110)
        self.history_box = QGroupBox(self.tr("History of the round"), self)
        QVBoxLayout(self.history_box).addWidget(self.history)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        for part in (self.rules_box,):
            body_layout.addWidget(part)
        body_layout.addLayout(status_row)
        body_layout.addWidget(self.problem_label)
        for part in (self.options_box, self.ballot_box, self.results_box, self.history_box):
            body_layout.addWidget(part)
        body_layout.addStretch(1)
        self.detail = QScrollArea(self)
        self.detail.setWidgetResizable(True)
        self.detail.setWidget(body)
        self.empty_label = QLabel(self.tr("No dot vote yet. Make one with “New dot vote” or “New Blitzlicht”."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty_label)
        right_layout.addWidget(self.detail, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._make_actions(actions)
        self._connect()
        self.reload_rounds()

    # ---- wiring --------------------------------------------------------

    def _make_actions(self, actions: ActionRegistry) -> None:
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        actions.add("votes.plus", self.tr("One dot more"), lambda: self.step_tally(1), "+", self.table, local)
        actions.add("votes.minus", self.tr("One dot less"), lambda: self.step_tally(-1), "-", self.table, local)
        actions.add(
            "votes.save_ballot",
            self.tr("Save ballot"),
            self.ballots.save,
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")],
            self.ballots,
            local,
        )
        actions.add("votes.remove_option", self.tr("Remove option"), self.remove_option, "Del", self.table, local)

    def _connect(self) -> None:
        self.session.changed.connect(self._on_changed)
        self.rounds.currentRowChanged.connect(lambda _row: self._show_current())
        self.new_button.clicked.connect(self.new_round)
        self.mood_button.clicked.connect(self.new_mood_round)
        self.remove_button.clicked.connect(self.remove_round)
        self.title_edit.editingFinished.connect(lambda: self._set_field("title", clean_text(self.title_edit.text())))
        self.phase_box.currentIndexChanged.connect(lambda _i: self._set_field("phase", self.phase_box.currentData()))
        self.participants_spin.valueChanged.connect(lambda v: self._set_field("participants", v))
        self.dots_spin.valueChanged.connect(self._set_dots)
        self.cap_spin.valueChanged.connect(lambda v: self._set_field("cap_per_option", v))
        self.cutoff_spin.valueChanged.connect(lambda v: self._set_field("cutoff", v))
        self.stacking_box.currentIndexChanged.connect(lambda _i: self._set_stacking())
        self.entry_box.currentIndexChanged.connect(lambda _i: self._set_field("entry", self.entry_box.currentData()))
        self.use_suggestion_button.clicked.connect(self._use_suggestion)
        self.close_button.clicked.connect(self.toggle_closed)
        self.plus_button.clicked.connect(lambda: self.step_tally(1))
        self.minus_button.clicked.connect(lambda: self.step_tally(-1))
        self.option_edit.returnPressed.connect(self.add_typed_option)
        self.pick_button.clicked.connect(self.pick_options)
        self.remove_option_button.clicked.connect(self.remove_option)
        self.model.problem.connect(self._show_problem)
        self.runoff_button.clicked.connect(self.start_runoff)
        self.all_forward_button.clicked.connect(lambda: self.settle(Settlement.ALL_FORWARD.value))
        self.group_button.clicked.connect(self.group_decides)
        self.unsettle_button.clicked.connect(self.unsettle)
        self.carry_button.clicked.connect(self.carry_forward)

    def _on_changed(self, kind: str, _ids: tuple[str, ...]) -> None:
        if kind in ("votes", "all", "workshop"):
            self.reload_rounds()

    # ---- the rounds list -------------------------------------------------

    def current_round_id(self) -> str:
        """The id of the chosen round ("" when there is none)."""
        item = self.rounds.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def reload_rounds(self, select: str | None = None) -> None:
        """Fill the list of rounds again (keeping or changing the choice) and show the chosen one."""
        chosen = select or self.current_round_id()
        rounds = self.votes.rounds()
        self._loading = True
        self.rounds.clear()
        for round_ in rounds:
            marker = "⚡ " if round_.is_mood else ("↻ " if round_.runoff_of else "")
            state = self.tr("open") if round_.status == RoundStatus.OPEN.value else self.tr("closed")
            item = QListWidgetItem(f"{marker}{round_.title} ({state})")
            item.setData(Qt.ItemDataRole.UserRole, round_.id)
            item.setToolTip(plain_tooltip(round_.title))
            self.rounds.addItem(item)
        ids = [r.id for r in rounds]
        self._loading = False
        if ids:
            self.rounds.setCurrentRow(ids.index(chosen) if chosen in ids else 0)
        self._show_current()

    def select_round(self, round_id: str) -> None:
        """Choose a round in the list."""
        self.reload_rounds(select=round_id)

    # ---- showing a round ------------------------------------------------

    def _show_current(self) -> None:
        if self._loading:
            return
        round_id = self.current_round_id()
        self.empty_label.setVisible(not round_id)
        self.detail.setVisible(bool(round_id))
        self.remove_button.setEnabled(bool(round_id) and not self.session.read_only)
        self.new_button.setEnabled(not self.session.read_only)
        self.mood_button.setEnabled(not self.session.read_only)
        if not round_id:
            self.view = None
            self.model.set_round("")
            return
        try:
            self.view = load_round(self.votes, round_id)
        except StoreError:
            self.view = None
            return
        if self.model.round_id != round_id:
            self.model.set_round(round_id)
        self.focus.show_round(round_id)
        self._fill()

    def _fill(self) -> None:
        view = self.view
        assert view is not None
        round_ = view.round
        self._loading = True
        try:
            if not self.title_edit.hasFocus():
                self.title_edit.setText(round_.title)
            self.phase_box.setCurrentIndex(max(0, self.phase_box.findData(round_.phase)))
            self.participants_spin.setValue(round_.participants)
            self.dots_spin.setValue(round_.dots_per_person)
            self.stacking_box.setCurrentIndex(max(0, self.stacking_box.findData(round_.stacking)))
            self.cap_spin.setValue(max(1, round_.cap_per_option))
            self.cutoff_spin.setValue(round_.cutoff)
            self.entry_box.setCurrentIndex(max(0, self.entry_box.findData(round_.entry)))
        finally:
            self._loading = False
        writable = not self.session.read_only
        mood = round_.is_mood
        for widget in (self.dots_spin, self.stacking_box, self.cap_spin, self.cutoff_spin, self.use_suggestion_button):
            widget.setEnabled(writable and not mood)
        self.cap_spin.setVisible(round_.stacking == Stacking.CAP.value and not mood)
        for other in (self.option_edit, self.pick_button, self.remove_option_button):
            other.setVisible(not mood)
        self.suggestion_label.setVisible(not mood)
        self.suggestion_label.setText(self._suggestion_text())
        self.rules_label.setText(rules_text(round_))
        closed = view.closed
        self.status_label.setText(
            self.tr("Closed: the results are shown on the projector.")
            if closed
            else self.tr("Open: people are voting; the projector shows the rules, not the counts.")
        )
        self.close_button.setText(self.tr("Reopen the round") if closed else self.tr("Close the round, show results"))
        self.close_button.setEnabled(writable)
        ballots = round_.entry == Entry.BALLOTS.value
        self.ballot_box.setVisible(ballots)
        self.plus_button.setEnabled(writable and not ballots)
        self.minus_button.setEnabled(writable and not ballots)
        if ballots:
            self.ballots.fill(view)
        self._fill_sum()
        self.chart.set_bars(view.bars(), mood=mood)
        self._fill_tie()
        self._fill_history()

    def _suggestion_text(self) -> str:
        assert self.view is not None
        options = len(self.view.options)
        suggestion = suggest_dots(options, self.view.round.participants)
        text = arg(self.tr(
            "Suggested: %1 dots per person – about half of the %2 options, at least 3 and at most 10."
        ), str(suggestion.half_rule), str(options))
        if suggestion.ranking_rule is not None and options > 1:
            pairs = options * (options - 1) // 2
            text += " " + (
                arg(self.tr("For a full ranking: %1 (%2 pairs of options ÷ %3 people, rounded up)."), str(suggestion.ranking_rule), str(pairs), str(suggestion.participants))
            )
        return text

    def _fill_sum(self) -> None:
        assert self.view is not None
        round_ = self.view.round
        total = sum(self.view.counts.values())
        if round_.participants:
            text = self.tr("%1 dots of at most %2 (%3 people × %4 dots).")
            text = (
                arg(text, str(total), str(round_.max_dots), str(round_.participants), str(round_.dots_per_person))
            )
        else:
            text = arg(self.tr("%1 dots (enter the number of participants to check the sum)."), str(total))
        warning = plausibility(round_, self.view.counts)
        if warning is not None:
            params = dict(warning.params)
            if "option_id" in params:
                params["option"] = self.view.label(str(params["option_id"]))
            text += " " + problem_text(warning.code, params)
            self.sum_label.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.sum_label.setStyleSheet("")
        self.sum_label.setText(text)

    def _fill_tie(self) -> None:
        assert self.view is not None
        view = self.view
        tie = view.outcome.tie and not view.round.is_mood
        settled = view.round.settlement != Settlement.NONE.value
        writable = not self.session.read_only
        self.tie_label.setVisible(tie)
        self.tie_label.setText(settlement_text(view) if tie else "")
        for button in (self.runoff_button, self.all_forward_button, self.group_button):
            button.setVisible(tie and not settled)
            button.setEnabled(writable and view.closed)
        self.unsettle_button.setVisible(tie and settled and view.round.settlement != Settlement.RUNOFF.value)
        forward = view.outcome.forward
        if view.round.is_mood:
            self.forward_label.setText("")
        elif forward is None:
            self.forward_label.setText(self.tr("What goes forward is open until the tie is settled."))
        else:
            names = "; ".join(view.label(i) for i in forward)
            self.forward_label.setText(arg(self.tr("Going forward: %1"), names) if names else "")
        target = CARRY_TARGETS.get(view.round.phase, "")
        self.carry_button.setVisible(bool(target) and not view.round.is_mood and not view.round.runoff_of)
        self.carry_button.setText(
            self.tr("Carry forward: the top critiques become themes of the fantasy phase")
            if target == "fantasy"
            else self.tr("Carry forward: the top wishes become agreements")
        )
        self.carry_button.setEnabled(writable and view.closed and bool(forward))

    def _fill_history(self) -> None:
        assert self.view is not None
        zone = self.session.store.workshop().timezone
        names = {
            EventKind.OPENED.value: self.tr("opened"),
            EventKind.CLOSED.value: self.tr("closed, results shown"),
            EventKind.REOPENED.value: self.tr("reopened"),
            EventKind.SETTLED.value: self.tr("tie settled"),
            EventKind.UNSETTLED.value: self.tr("settlement taken back"),
            EventKind.CARRIED.value: self.tr("carried forward"),
        }
        self.history.clear()
        for event in self.votes.events(self.view.round.id):
            when = utc_to_local(event.at, zone).strftime("%H:%M")
            note = f" – {event.note}" if event.note else ""
            self.history.addItem(f"{when}  {names.get(event.kind, event.kind)}{note}")

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)

    # ---- editing the round ------------------------------------------------

    def _push_update(self, text: str, changes: dict[str, object], event: RoundEvent | None = None) -> bool:
        if self.view is None or self.session.read_only:
            return False
        round_ = self.view.round
        old = {name: getattr(round_, name) for name in changes}
        if old == changes and event is None:
            return False
        candidate = VoteRound(**{**round_.__dict__, **changes})
        from ..core.votes import check_round

        problem = check_round(candidate)
        if problem:
            self._show_problem(problem_text(problem.code, problem.params))
            QTimer.singleShot(0, self._show_current)  # show what is really stored again
            return False
        self._show_problem("")
        return self.session.push(vote_commands.update_round(self.session, text, round_.id, old, changes, event))

    def _set_field(self, name: str, value: object) -> None:
        if self._loading or self.view is None:
            return
        if name == "title" and not str(value).strip():
            self._show_problem(problem_text("vote_title_empty", {}))
            self.title_edit.setText(self.view.round.title)
            return
        self._push_update(self.tr("Change the round"), {name: value})

    def _set_dots(self, value: int) -> None:
        if self._loading or self.view is None:
            return
        changes: dict[str, object] = {"dots_per_person": value}
        if self.view.round.stacking == Stacking.CAP.value and self.view.round.cap_per_option > value:
            changes["cap_per_option"] = value  # the cap can never be more than the dots a person has
        self._push_update(self.tr("Change the dots per person"), changes)

    def _set_stacking(self) -> None:
        if self._loading or self.view is None:
            return
        stacking = self.stacking_box.currentData()
        cap = min(2, self.view.round.dots_per_person) if stacking == Stacking.CAP.value else 0
        self._push_update(self.tr("Change the stacking rule"), {"stacking": stacking, "cap_per_option": cap})

    def _use_suggestion(self) -> None:
        if self.view is not None:
            self.dots_spin.setValue(suggest_dots(len(self.view.options), self.view.round.participants).suggested)

    def toggle_closed(self) -> None:
        """Close an open round (results shown) or reopen a closed one (noted in its history; undoable)."""
        if self.view is None:
            return
        if self.view.closed:
            event = RoundEvent(round_id=self.view.round.id, kind=EventKind.REOPENED.value)
            self._push_update(self.tr("Reopen the round"), {"status": RoundStatus.OPEN.value}, event)
        else:
            event = RoundEvent(round_id=self.view.round.id, kind=EventKind.CLOSED.value)
            self._push_update(self.tr("Close the round"), {"status": RoundStatus.CLOSED.value}, event)

    # ---- rounds ------------------------------------------------------------

    def _participants(self) -> int:
        return self.session.store.workshop().participant_total

    def new_round(self) -> None:
        """Make a new dot vote with the workshop's participants and sensible rules; options follow."""
        if self.session.read_only:
            return
        count = len(self.votes.rounds())
        round_ = VoteRound(
            title=arg(self.tr("Dot vote %1"), str(count + 1)),
            participants=self._participants(),
            dots_per_person=suggest_dots(0, self._participants()).suggested,
            position=count,
        )
        opened = RoundEvent(round_id=round_.id, kind=EventKind.OPENED.value)
        if self.session.push(vote_commands.add_round(self.session, self.tr("New dot vote"), RoundSnapshot(round_, [], [], [opened]))):
            self.select_round(round_.id)
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    def new_mood_round(self) -> None:
        """Make a Blitzlicht: one dot per person on a scale of four faces."""
        if self.session.read_only:
            return
        count = len(self.votes.rounds())
        round_ = VoteRound(
            title=self.tr("Blitzlicht: How was today for you?"),
            kind=RoundKind.MOOD.value,
            phase="closing",
            participants=self._participants(),
            dots_per_person=1,
            stacking=Stacking.CAP.value,
            cap_per_option=1,
            cutoff=1,
            position=count,
        )
        options = [VoteOption(round_id=round_.id, label=face, position=i) for i, face in enumerate(MOOD_SCALE)]
        opened = RoundEvent(round_id=round_.id, kind=EventKind.OPENED.value)
        if self.session.push(
            vote_commands.add_round(self.session, self.tr("New Blitzlicht"), RoundSnapshot(round_, options, [], [opened]))
        ):
            self.select_round(round_.id)

    def remove_round(self) -> None:
        """Remove the chosen round with its dots (undoable)."""
        round_id = self.current_round_id()
        if not round_id or self.session.read_only:
            return
        snapshot = self.votes.snapshot(round_id)
        self.session.push(vote_commands.remove_round(self.session, self.tr("Remove round"), snapshot))

    # ---- options and tallies ------------------------------------------------

    def add_typed_option(self) -> None:
        """Add the typed text as an option (Enter in the field)."""
        if self.view is None or self.session.read_only:
            return
        text = " ".join(clean_text(self.option_edit.text()).split())
        problem = check_option_label(text)
        if problem:
            self._show_problem(problem_text(problem.code, problem.params))
            return
        self.add_options([(text, "custom", None)])
        self.option_edit.clear()

    def add_options(self, entries: list[tuple[str, str, str | None]]) -> None:
        """Add options ``(label, source_kind, source_id)`` at the end of the chosen round (one undo step each)."""
        if self.view is None:
            return
        position = max((o.position for o in self.view.options), default=-1) + 1
        for offset, (label, kind, source_id) in enumerate(entries):
            option = VoteOption(
                round_id=self.view.round.id, label=label, source_kind=kind, source_id=source_id, position=position + offset
            )
            self.session.push(vote_commands.add_option(self.session, self.tr("Add option"), option))
        self._show_problem("")

    def pick_options(self) -> None:
        """Choose options from the ideas or clusters of a phase (when the workshop has them)."""
        if self.view is None:
            return
        from .vote_sources import idea_sources

        sources = idea_sources(self.session.store, self.view.round.phase)
        taken = {(o.source_kind, o.source_id) for o in self.view.options}
        sources = [source for source in sources if (source[1], source[2]) not in taken]
        if not sources:
            self._show_problem(self.tr("There are no (more) ideas or clusters to choose from: type the options instead."))
            return
        has_clusters = any(kind == "cluster" for _label, kind, _id in sources)
        labels = [arg(self.tr("Cluster: %1"), label) if kind == "cluster" else label for label, kind, _id in sources]
        # Clusters are what is usually voted on; without clusters, the ideas.
        checked = [(kind == "cluster") == has_clusters for _label, kind, _id in sources]
        chosen = VoteAsk.pick_options(self, labels, checked)
        if chosen:
            self.add_options([sources[i] for i in chosen])

    def remove_option(self) -> None:
        """Remove the selected option (undoable)."""
        if self.view is None or self.session.read_only:
            return
        option_id = self.model.option_id(self.table.currentIndex().row())
        option = next((o for o in self.view.options if o.id == option_id), None)
        if option is None:
            return
        if any(b.dots.get(option.id) for b in self.view.ballots):
            self._show_problem(problem_text("vote_option_has_dots", {"option": option.label}))
            return
        self.session.push(vote_commands.remove_option(self.session, self.tr("Remove option"), option))

    def step_tally(self, delta: int) -> None:
        """One dot more or less for the selected option (+ / − buttons and keys)."""
        if self.view is None or self.session.read_only or self.view.round.entry != Entry.TALLIES.value:
            return
        row = self.table.currentIndex().row()
        option_id = self.model.option_id(row)
        option = next((o for o in self.view.options if o.id == option_id), None)
        if option is None:
            return
        value = max(0, option.tally + delta)
        if value != option.tally:
            text = arg(self.tr("Dots for %1"), option.label)
            self.session.push(vote_commands.set_tallies(self.session, text, {option.id: option.tally}, {option.id: value}))
            self.table.setCurrentIndex(self.model.index(row, DOTS))

    # ---- ties and carrying forward ------------------------------------------------

    def settle(self, settlement: str, note: str = "", chosen: list[str] | None = None) -> None:
        """Settle the tie at the cut-off: all tied go forward, or the group decided (with a note)."""
        if self.view is None:
            return
        event = RoundEvent(round_id=self.view.round.id, kind=EventKind.SETTLED.value, note=note)
        changes: dict[str, object] = {"settlement": settlement, "settlement_note": note, "chosen_ids": chosen or []}
        self._push_update(self.tr("Settle the tie"), changes, event)

    def group_decides(self) -> None:
        """Ask which tied options the group chose, and a note, then settle."""
        if self.view is None:
            return
        tied = self.view.tied_ids()
        answer = VoteAsk.group_decision(self, [self.view.label(i) for i in tied])
        if answer is None:
            return
        indexes, note = answer
        if not indexes:
            self._show_problem(self.tr("Please choose at least one option the group decided on."))
            return
        self.settle(Settlement.GROUP.value, note, [tied[i] for i in indexes])

    def unsettle(self) -> None:
        """Take back an "all forward" or group settlement (noted in the history)."""
        if self.view is None:
            return
        event = RoundEvent(round_id=self.view.round.id, kind=EventKind.UNSETTLED.value)
        self._push_update(
            self.tr("Take back the settlement"),
            {"settlement": Settlement.NONE.value, "settlement_note": "", "chosen_ids": []},
            event,
        )

    def start_runoff(self) -> None:
        """Settle the tie by a run-off round among the tied options, linked to this one."""
        if self.view is None or self.session.read_only:
            return
        view = self.view
        runoff, options = runoff_round(view.round, view.options, view.outcome.ranking)
        runoff.title = arg(self.tr("%1 (run-off)"), view.round.title)[:300]
        others = self.votes.rounds()
        runoff.position = max((r.position for r in others), default=0) + 1
        note = arg(self.tr("Run-off among: %1"), ", ".join(view.label(i) for i in view.tied_ids()))
        event = RoundEvent(round_id=view.round.id, kind=EventKind.SETTLED.value, note=note)
        opened = RoundEvent(round_id=runoff.id, kind=EventKind.OPENED.value)
        old = {"settlement": view.round.settlement, "settlement_note": view.round.settlement_note}
        new = {"settlement": Settlement.RUNOFF.value, "settlement_note": note}
        command = vote_commands.start_runoff(
            self.session, self.tr("Run-off round"), view.round.id, old, new, event, RoundSnapshot(runoff, options, [], [opened])
        )
        if self.session.push(command):
            self.select_round(runoff.id)

    def carry_forward(self) -> None:
        """Carry the options that go forward into the next step with one action (noted in the history; undoable)."""
        if self.view is None or not self.view.outcome.forward or self.session.read_only:
            return
        view = self.view
        target = CARRY_TARGETS.get(view.round.phase, "")
        forward = list(view.outcome.forward or [])
        made = carry_command(
            self.session,
            view,
            target,
            self.tr("Carry forward"),
            phase_name(target),
            lambda label: arg(self.tr("Wishes: %1"), label),
        )
        if made is not None:
            command, count = made
            if self.session.push(command):
                self.focus.carry_forward.emit(view.round.id, target, forward)
                self.carry_label.setText(
                    arg(self.tr("Carried forward into %1: %2 new."), phase_name(target), str(count))
                )
            return
        if not self.focus.has_handler(target):
            self.carry_label.setText(
                arg(self.tr("Nothing takes these options yet: the %1 part of the program is not there."), phase_name(target))
            )
            return
        self.focus.carry(view.round.id, target, forward)
        event = RoundEvent(round_id=view.round.id, kind=EventKind.CARRIED.value, at=utc_now(), note=phase_name(target))
        self._push_update(self.tr("Note the carrying forward"), {}, event)
        self.carry_label.setText(arg(self.tr("Carried forward into: %1"), phase_name(target)))

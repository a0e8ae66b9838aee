"""The "Dot votes" section: rounds, their rules, dots from the board or ballots, results, ties and the Blitzlicht.

The page holds the editing; its parts are panels of their own:
:class:`~zwdesktop.gui.votes.rounds_panel.RoundsPanel` (the list of rounds),
:class:`~zwdesktop.gui.votes.rules.RulesBox` (question and rules),
:class:`~zwdesktop.gui.votes.tallies.OptionsBox` (options and dots),
:class:`~zwdesktop.gui.votes.ballots.BallotPanel`, and
:class:`~zwdesktop.gui.votes.results.ResultsBox` / ``HistoryBox``. Settling
a tie and carrying forward are in :class:`~zwdesktop.gui.votes.settle.TieActions`.
"""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.validation import clean_text
from ...core.votes import (
    MOOD_SCALE,
    Entry,
    EventKind,
    RoundEvent,
    RoundKind,
    RoundStatus,
    Stacking,
    VoteOption,
    VoteRound,
    check_option_label,
    check_round,
    rule_changes,
    suggest_dots,
)
from ...store import StoreError
from ...store.changes import Area, Change
from ...store.votes import RoundSnapshot
from ..actions import ActionCollection
from ..dialogs import Ask
from ..i18n import arg
from ..messages import problem_text
from ..plain_text import plain_tooltip
from ..session import WorkshopSession
from ..wheel_guard import guard_fields_within
from . import commands as vote_commands
from .actions import VotesAction
from .ballots import BallotPanel
from .dialogs import VoteAsk
from .model import DOTS, VoteOptionsModel
from .results import HistoryBox, ResultsBox
from .rounds_panel import RoundsPanel
from .rules import RulesBox
from .settle import TieActions
from .sources import idea_sources, new_round_phase
from .tallies import WARNING_STYLE, OptionsBox
from .texts import VoteTexts
from .view import RoundView, load_round
from .widgets import MessageLine, set_tab_chain


class VotesPage(QWidget):
    """Rounds on the left; the chosen round's rules, dots, results, tie settlement and history on the right."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.votes = session.store.votes
        self.focus = session.vote_focus
        self.view: RoundView | None = None
        self._loading = False
        self._shown_id = ""

        # ---- the rounds
        left = RoundsPanel(self)
        self.rounds = left.rounds
        self.new_button, self.mood_button, self.remove_button = left.new_button, left.mood_button, left.remove_button

        # ---- the chosen round
        self.rules = RulesBox(self)
        # The round's state and its close button stand above the scrolled form, in a line of fixed
        # height: however the texts in the form grow (the dots suggestion, a refusal), the button stays.
        self.status_label = MessageLine(self, "roundStatus")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeRound")
        # As wide as its longer text, so closing and reopening do not move its left edge either.
        widths = []
        for text in (self.tr("Reopen the round"), self.tr("Close the round, show results")):
            self.close_button.setText(text)
            widths.append(self.close_button.sizeHint().width())
        self.close_button.setMinimumWidth(max(widths))
        self.status_bar = QWidget(self)
        status_row = QHBoxLayout(self.status_bar)
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.problem_label = MessageLine(self, "voteProblem", style=WARNING_STYLE)
        self.model = VoteOptionsModel(session, self)
        self.options = OptionsBox(self.model, self)
        self.table = self.options.table
        self.ballots = BallotPanel(session, self)
        self.ballots.problem.connect(self.show_problem)
        self.results = ResultsBox(self)
        self.history_box = HistoryBox(self)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.rules)
        body_layout.addWidget(self.problem_label)
        for part in (self.options, self.ballots, self.results, self.history_box):
            body_layout.addWidget(part)
        body_layout.addStretch(1)
        self.detail = QScrollArea(self)
        self.detail.setWidgetResizable(True)
        self.detail.setWidget(body)
        guard_fields_within(body)  # the ballots' own boxes come and go with the options: guarded there
        self.empty_label = QLabel(self.tr("No dot vote yet. Make one with “New dot vote” or “New Blitzlicht”."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty_label)
        right_layout.addWidget(self.status_bar)
        right_layout.addWidget(self.detail, 1)
        splitter = QSplitter(self)
        splitter.setObjectName("votesSplitter")  # remembered (gui/splitter_memory.py)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._make_actions()
        self._connect()
        self._set_tab_order()
        self.reload_rounds()

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the section is chosen: the list of rounds."""
        return self.rounds

    # ---- wiring --------------------------------------------------------

    def _make_actions(self) -> None:
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.page_actions = actions = ActionCollection(self)
        actions.add(VotesAction.PLUS, self.tr("One dot more"), lambda: self.step_tally(1), "+", self.table, local)
        actions.add(VotesAction.MINUS, self.tr("One dot less"), lambda: self.step_tally(-1), "-", self.table, local)
        actions.add(
            VotesAction.SAVE_BALLOT,
            self.tr("Save ballot"),
            self.ballots.save,
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")],
            self.ballots,
            local,
        )
        actions.add(VotesAction.REMOVE_OPTION, self.tr("Remove option"), self.remove_option, "Del", self.table, local)

    def _connect(self) -> None:
        self.session.changed.connect(self._on_changed)
        self.rounds.currentRowChanged.connect(lambda _row: self._show_current())
        self.new_button.clicked.connect(self.new_round)
        self.mood_button.clicked.connect(self.new_mood_round)
        self.remove_button.clicked.connect(self.remove_round)
        self.rules.field_changed.connect(self._set_field)
        self.close_button.clicked.connect(self.toggle_closed)
        self.options.plus_button.clicked.connect(lambda: self.step_tally(1))
        self.options.minus_button.clicked.connect(lambda: self.step_tally(-1))
        self.options.option_edit.returnPressed.connect(self.add_typed_option)
        self.options.pick_button.clicked.connect(self.pick_options)
        self.options.remove_option_button.clicked.connect(self.remove_option)
        self.model.problem.connect(self.show_problem)
        self.tie_actions = TieActions(self)

    def _set_tab_order(self) -> None:
        """Tab goes through the page as it reads: the rounds, the rules, the options, the ballots, the results."""
        chain: list[QWidget] = [
            self.rounds,
            self.new_button,
            self.mood_button,
            self.remove_button,
            self.close_button,  # above the form (the status line)
            *self.rules.focus_order(),
            *self.options.focus_order(),
            *self.ballots.focus_order(),
            *self.results.focus_order(),
            self.history_box.history,
        ]
        set_tab_chain(chain)

    def _on_changed(self, change: Change) -> None:
        if change.touches(Area.VOTES, Area.WORKSHOP):
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
        if round_id != self._shown_id:
            # A message about one round says nothing about the next.
            self._shown_id = round_id
            self.show_problem("")
            self.results.carry_label.setText("")
        self.empty_label.setVisible(not round_id)
        self.detail.setVisible(bool(round_id))
        self.status_bar.setVisible(bool(round_id))
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
        writable = not self.session.read_only
        closed = view.closed
        # A closed round's results are shown as they stand: its rules, options and dots change once it is reopened.
        editable = self._options_editable()
        self.rules.fill(view, editable)
        self.status_label.setText(VoteTexts().round_status(view))
        self.close_button.setText(self.tr("Reopen the round") if closed else self.tr("Close the round, show results"))
        self.close_button.setEnabled(writable)
        self.options.fill(view, editable)
        for name in (VotesAction.PLUS, VotesAction.MINUS, VotesAction.REMOVE_OPTION, VotesAction.SAVE_BALLOT):
            self.page_actions.get(name).setEnabled(editable)
        ballots = view.round.entry == Entry.BALLOTS.value
        self.ballots.setVisible(ballots)
        if ballots:
            self.ballots.fill(view, editable)
        self.results.fill(view, writable)
        self.history_box.fill(self.votes.events(view.round.id), self.session.store.workshop().timezone)

    def show_problem(self, text: str) -> None:
        """Show why something was refused ("" clears it); the line keeps its room, so nothing moves."""
        self.problem_label.setText(text)

    # ---- editing the round ------------------------------------------------

    def push_update(self, text: str, changes: dict[str, object], event: RoundEvent | None = None) -> bool:
        """Change fields of the shown round as one undo step (checked first; a refusal is shown and nothing changes)."""
        if self.view is None or self.session.read_only:
            return False
        round_ = self.view.round
        old = {name: getattr(round_, name) for name in changes}
        if old == changes and event is None:
            return False
        problem = check_round(replace(round_, **changes))
        if problem:
            self.show_problem(problem_text(problem.code, problem.params))
            QTimer.singleShot(0, self._show_current)  # show what is really stored again
            return False
        self.show_problem("")
        return self.session.push(vote_commands.UpdateRoundCommand(self.session, text, round_.id, old, changes, event))

    def _set_field(self, name: str, value: object) -> None:
        """Store an edit of the rules form (the cap follows the dots and the stacking rule)."""
        if self.view is None:
            return
        round_ = self.view.round
        if name == "title" and not str(value).strip():
            self.show_problem(problem_text("vote_title_empty", {}))
            self.rules.title_edit.setText(round_.title)
            return
        self.push_update(VoteTexts().rule_change(name), rule_changes(round_, name, value))

    def toggle_closed(self) -> None:
        """Close an open round (results shown) or reopen a closed one (noted in its history; undoable)."""
        if self.view is None:
            return
        if self.view.closed:
            event = RoundEvent(round_id=self.view.round.id, kind=EventKind.REOPENED.value)
            self.push_update(self.tr("Reopen the round"), {"status": RoundStatus.OPEN.value}, event)
        else:
            round_id = self.view.round.id
            event = RoundEvent(round_id=round_id, kind=EventKind.CLOSED.value)
            if self.push_update(self.tr("Close the round"), {"status": RoundStatus.CLOSED.value}, event):
                self.focus.round_closed.emit(round_id)  # the projector, when shown, switches to the results

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
            phase=new_round_phase(self.session),
            participants=self._participants(),
            dots_per_person=suggest_dots(0, self._participants()).suggested,
            position=count,
        )
        opened = RoundEvent(round_id=round_.id, kind=EventKind.OPENED.value)
        if self.session.push(
            vote_commands.add_round(self.session, self.tr("New dot vote"), RoundSnapshot(round_, [], [], [opened]))
        ):
            self.select_round(round_.id)
            self._show_question()
            self.rules.title_edit.setFocus()
            self.rules.title_edit.selectAll()

    def _show_question(self) -> None:
        """Scroll the round's form to its top, where the question is (a new round starts there)."""
        self.detail.verticalScrollBar().setValue(0)
        self.detail.ensureWidgetVisible(self.rules.title_edit)

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
            vote_commands.add_round(
                self.session, self.tr("New Blitzlicht"), RoundSnapshot(round_, options, [], [opened])
            )
        ):
            self.select_round(round_.id)
            self._show_question()

    def remove_round(self) -> None:
        """Remove the chosen round with its dots (undoable); one with results asks first, naming what goes with it."""
        round_id = self.current_round_id()
        if not round_id or self.session.read_only or self.view is None:
            return
        view = self.view
        rounds = self.votes.rounds()
        runoff = next((r for r in rounds if r.runoff_of == round_id), None)
        first = next((r for r in rounds if r.id == view.round.runoff_of), None)
        carried = any(e.kind == EventKind.CARRIED.value for e in self.votes.events(round_id))
        has_results = view.closed or carried or any(view.counts.values()) or bool(view.ballots)
        if has_results:
            texts = VoteTexts()
            message = texts.removal(view, carried, runoff.title if runoff else "", first.title if first else "")
            if not Ask.confirm_removal(self, self.tr("Remove the round?"), message, self.tr("Remove round")):
                return
        snapshot = self.votes.snapshot(round_id)
        self.session.push(vote_commands.remove_round(self.session, self.tr("Remove round"), snapshot))

    # ---- options and tallies ------------------------------------------------

    def _options_editable(self) -> bool:
        """Whether the shown round's options and dots may change: it is open, in a writable file."""
        return self.view is not None and not self.session.read_only and not self.view.closed

    def add_typed_option(self) -> None:
        """Add the typed text as an option (Enter in the field)."""
        if not self._options_editable():
            return
        text = " ".join(clean_text(self.options.option_edit.text()).split())
        problem = check_option_label(text)
        if problem:
            self.show_problem(problem_text(problem.code, problem.params))
            return
        self.add_options([(text, "custom", None)])
        self.options.option_edit.clear()

    def add_options(self, entries: list[tuple[str, str, str | None]]) -> None:
        """Add options ``(label, source_kind, source_id)`` at the end of the chosen round (one undo step each)."""
        if self.view is None or not self._options_editable():
            return
        position = max((o.position for o in self.view.options), default=-1) + 1
        for offset, (label, kind, source_id) in enumerate(entries):
            option = VoteOption(
                round_id=self.view.round.id,
                label=label,
                source_kind=kind,
                source_id=source_id,
                position=position + offset,
            )
            self.session.push(vote_commands.add_option(self.session, self.tr("Add option"), option))
        self.show_problem("")

    def pick_options(self) -> None:
        """Choose options from the ideas or clusters of a phase (when the workshop has them)."""
        if self.view is None or not self._options_editable():
            return
        sources = idea_sources(self.session.store, self.view.round.phase)
        taken = {(o.source_kind, o.source_id) for o in self.view.options}
        sources = [source for source in sources if (source[1], source[2]) not in taken]
        if not sources:
            self.show_problem(
                self.tr("There are no (more) ideas or clusters to choose from: type the options instead.")
            )
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
        if self.view is None or not self._options_editable():
            return
        option_id = self.model.option_id(self.table.currentIndex().row())
        option = next((o for o in self.view.options if o.id == option_id), None)
        if option is None:
            return
        if any(b.dots.get(option.id) for b in self.view.ballots):
            self.show_problem(problem_text("vote_option_has_dots", {"option": option.label}))
            return
        self.session.push(vote_commands.remove_option(self.session, self.tr("Remove option"), option))

    def step_tally(self, delta: int) -> None:
        """One dot more or less for the selected option (+ / − buttons and keys)."""
        if self.view is None or not self._options_editable() or self.view.round.entry != Entry.TALLIES.value:
            return
        row = self.table.currentIndex().row()
        option_id = self.model.option_id(row)
        option = next((o for o in self.view.options if o.id == option_id), None)
        if option is None:
            return
        value = max(0, option.tally + delta)
        if value != option.tally:
            text = arg(self.tr("Dots for %1"), self.view.option_text(option))
            self.session.push(
                vote_commands.set_tallies(self.session, text, {option.id: option.tally}, {option.id: value})
            )
            self.table.setCurrentIndex(self.model.index(row, DOTS))

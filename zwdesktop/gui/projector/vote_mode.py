"""The dot vote on the projector: the rules while people vote (counts hidden), the results when the round is closed.

Shows the round chosen in the "Dot votes" section (see
:mod:`zwdesktop.gui.votes.focus`). While the round is open the hall sees the
question, the rules ("Each person has 5 dots, at most 2 per option. The top 3
go forward.") and the options without counts. When it is closed: the results
as large bars, sorted, with counts, the options going forward in the accent
colour, a tie at the cut-off line striped and explained.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...store import StoreError
from ...store.changes import Area, Change
from ..clock.controller import ClockController
from ..session import WorkshopSession
from ..votes.chart import ChartColors, VoteChart
from ..votes.texts import VoteTexts
from ..votes.view import RoundView, load_round
from .modes import ProjectorMode, Theme, elide_to_fit, fit_font, question_block

# Most rows of results on the wall; more would be unreadable from the back of the hall.
MAX_ROWS = 12
# While voting only the options' texts are shown, one short line each: more fit.
OPEN_MAX_ROWS = 20


class VoteMode(ProjectorMode):
    """Projector mode ``votes``: rules before and during voting, results after."""

    key = "votes"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: WorkshopSession | None = None
        self._dirty = True
        self.view: RoundView | None = None
        base = QFont(self.font())
        base.setBold(True)
        self.title_label = self._label(base, Qt.AlignmentFlag.AlignLeft)
        # The workshop's guiding question under the round's question, as on every projector mode.
        self.question_label = self._label(QFont(self.font()), Qt.AlignmentFlag.AlignLeft)
        self.question_label.setObjectName("guidingQuestion")
        self.question_label.setWordWrap(True)
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.rules_label = self._label(QFont(self.font()), Qt.AlignmentFlag.AlignLeft)
        self.rules_label.setWordWrap(True)
        self.status_label = self._label(QFont(self.font()), Qt.AlignmentFlag.AlignLeft)
        self.status_label.setWordWrap(True)
        self.chart = VoteChart(self)
        self.chart.row_limit = MAX_ROWS
        self.chart.grows = False  # the wall's chart keeps the room the layout gives it
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        layout.addWidget(self.title_label, 2)
        layout.addWidget(self.question_label)
        layout.addWidget(self.rules_label, 2)
        layout.addWidget(self.chart, 9)
        layout.addWidget(self.status_label, 1)

    def _label(self, font: QFont, alignment: Qt.AlignmentFlag) -> QLabel:
        label = QLabel(self)
        label.setFont(font)
        label.setAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        label.setProperty("full_text", "")
        return label

    def title(self) -> str:
        """The mode's name in menus."""
        return QCoreApplication.translate("VoteMode", "Dot vote")

    # ---- state ---------------------------------------------------------

    def _follow(self, session: WorkshopSession) -> None:
        if session is self._session:
            return
        if self._session is not None:
            with contextlib.suppress(RuntimeError):
                self._session.changed.disconnect(self._on_changed)
        self._session = session
        session.changed.connect(self._on_changed)
        session.vote_focus.round_changed.connect(self._mark_dirty)
        self._dirty = True

    def _on_changed(self, change: Change) -> None:
        if change.touches(Area.VOTES):
            self._mark_dirty()

    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True
        if self.isVisible() and self._session is not None:
            self._reload(self._session)

    def update_state(self, controller: ClockController) -> None:
        """Show the chosen round (read from the file only after a change, not on every clock tick)."""
        self._follow(controller.session)
        if self._dirty:
            self._reload(controller.session)

    def _reload(self, session: WorkshopSession) -> None:
        self._dirty = False
        round_id = session.vote_focus.round_id
        votes = session.store.votes
        if not round_id:
            rounds = votes.rounds()
            round_id = rounds[-1].id if rounds else ""
        self.view = None
        if round_id:
            with contextlib.suppress(StoreError):
                self.view = load_round(votes, round_id)
        self._show()

    def _show(self) -> None:
        view = self.view
        if view is None:
            self._set(self.title_label, self.tr("No dot vote yet"))
            self._set(self.question_label, "")
            self._set(self.rules_label, "")
            self._set(self.status_label, "")
            self.chart.set_bars([])
            return
        texts = VoteTexts()
        self._set(self.title_label, view.round.title)
        session = self._session
        self._set(self.question_label, session.store.workshop().guiding_question if session is not None else "")
        # A round closed before any dot was entered has no result to show: the hall keeps the rules and options.
        results = view.closed and not view.outcome.no_dots
        self.chart.row_limit = MAX_ROWS if results else OPEN_MAX_ROWS
        if results:
            self.rules_label.hide()
            self.chart.set_bars(view.bars(), mood=view.round.is_mood)
            status = texts.tie(view)
        else:
            self.rules_label.show()
            self._set(self.rules_label, texts.rules(view.round))
            self.chart.set_bars(view.bars(hide_counts=True), mood=view.round.is_mood)
            if view.closed:
                status = self.tr("No dots entered yet – the results follow once the dots are entered.")
            else:
                status = self.tr("Voting is open – the results follow when the round is closed.")
        hidden = len(view.options) - self.chart.row_limit
        if hidden > 0:
            more = self.tr("(%n more options below these)", "", hidden)
            status = f"{status} {more}".strip()
        self._set(self.status_label, status)

    # ---- drawing -------------------------------------------------------

    def _set(self, label: QLabel, text: str) -> None:
        label.setProperty("full_text", text)
        self._fit(label)

    def _fit(self, label: QLabel) -> None:
        text = str(label.property("full_text") or "")
        if label is self.question_label:
            margins = self.contentsMargins() + self._layout.contentsMargins()
            # The mode's width, not the label's: a hidden label (no question) has no width of its own.
            block = question_block(label.font(), text, max(1, self.width() - margins.left() - margins.right()),
                                   self.height())  # fmt: skip
            label.setFont(block.font)
            label.setText(block.text)
            label.setFixedHeight(block.height)  # as high as its lines: the chart keeps the rest
            label.setVisible(bool(block.text))
            return
        width, height = max(1, label.width()), max(1, label.height())
        share = 0.045 if label is self.status_label else 0.07
        font = fit_font(
            label.font(),
            text or "X",
            width,
            height,
            max_pixels=max(12, int(self.height() * share)),
            wrap=label.wordWrap(),
        )
        label.setFont(font)
        label.setText(elide_to_fit(font, text, width, height, wrap=label.wordWrap()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the texts and the chart's font to the new size."""
        super().resizeEvent(event)
        for label in (self.title_label, self.question_label, self.rules_label, self.status_label):
            self._fit(label)

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        """Fit again when shown (sizes are known only now)."""
        super().showEvent(event)  # type: ignore[arg-type]
        for label in (self.title_label, self.question_label, self.rules_label, self.status_label):
            self._fit(label)

    def apply_theme(self, theme: Theme) -> None:
        """Colour the texts and the bars in the theme."""
        super().apply_theme(theme)
        for label, color in (
            (self.title_label, theme.accent),
            (self.question_label, theme.muted),
            (self.rules_label, theme.text),
            (self.status_label, theme.muted),
        ):
            palette = label.palette()
            palette.setColor(label.foregroundRole(), color)
            label.setPalette(palette)
        self.chart.set_colors(
            ChartColors(
                background=theme.background,
                text=theme.text,
                bar=theme.muted.darker(160) if theme.name == "dark" else theme.muted.lighter(250),
                forward=theme.accent,
                tied=theme.warning,
            )
        )

"""The Ideas section: capture, the filtered idea list, and the clusters panel — all by keyboard, all undoable."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.ideas import (
    IDEA_PHASES,
    Cluster,
    Idea,
    IdeaFilter,
    check_idea_text,
    choose_cluster,
    clean_idea_text,
)
from ...core.workshop import PHASES, Phase
from ...store import StoreError
from ..actions import ActionCollection
from ..clock.controller import ClockController
from ..combo_items import refill
from ..i18n import arg
from ..messages import problem_text, store_error_text
from ..phases import phase_name
from ..search_to_list import lead_into
from ..session import WorkshopSession
from ..undo_keys import pass_undo_to_window
from . import commands as cmd
from .capture import CaptureBar
from .clusters_model import ClustersModel
from .clusters_panel import ClusterOperations
from .context import IdeaContext
from .dialogs import IdeaAsk
from .list_view import IdeaListView
from .model import IdeasModel
from .page_actions import ClusterAction, IdeaAction

ALL = "\x00all"  # the filter combos' "all" entry (no phase or cluster code looks like this)
NO_CLUSTER = ""


class IdeasPage(QWidget):
    """Capture bar on top; below, the idea list with search and filters, and the clusters panel beside it."""

    def __init__(
        self,
        session: WorkshopSession,
        controller: ClockController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.context: IdeaContext = session.idea_context
        self.capture = CaptureBar(session, self.context, self)
        self.capture.committed.connect(self._show_committed)

        self.model = IdeasModel(session, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("ideaSearch")
        self.search.setPlaceholderText(self.tr("Search ideas (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        pass_undo_to_window(self.search)
        self.phase_filter = QComboBox(self)
        self.phase_filter.setObjectName("ideaPhaseFilter")
        self.cluster_filter = QComboBox(self)
        self.cluster_filter.setObjectName("ideaClusterFilter")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("ideaCount")

        self.list = IdeaListView(self.model, self)
        self.list.setObjectName("ideaList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragEnabled(not session.read_only)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)

        self.clusters = ClustersModel(session, self)
        self.clusters.ideas_dropped.connect(self.assign_ids)
        self.cluster_list = QListView(self)
        self.cluster_list.setObjectName("clusterList")
        self.cluster_list.setModel(self.clusters)
        self.cluster_list.setAcceptDrops(True)
        self.cluster_list.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.cluster_list.setDropIndicatorShown(True)
        self.cluster_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cluster_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.cluster_ops = ClusterOperations(self)
        self.problem_label = QLabel(self)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setObjectName("ideaProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020; font-weight: bold;")

        self._make_actions()
        self._layout()
        self.search.textChanged.connect(self._apply_filter)
        lead_into(self.search, self.list)  # ↓ or Enter: on to the ideas found
        self.phase_filter.activated.connect(self._apply_filter)
        self.cluster_filter.activated.connect(self._apply_filter)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved, self.model.dataChanged):
            signal.connect(self._refresh_counts)
        self.clusters.modelReset.connect(self._refresh_counts)
        # The clusters panel keeps its selected cluster when the model is reset by a change.
        self.clusters.modelAboutToBeReset.connect(self.cluster_ops._remember_cluster)
        self.clusters.modelReset.connect(self.cluster_ops._restore_cluster)
        session.failed.connect(self._on_failed)
        self._refresh_counts()

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the section is chosen: the capture field."""
        return self.capture.edit

    # ---- layout and actions -----------------------------------------

    def _layout(self) -> None:
        filters = QHBoxLayout()
        # The phase filter fits its longest entry ("Verwirklichungsphase (12)"); the search gives way.
        # Cluster names may be long: that filter keeps room for "Alle Cluster (37)".
        self.phase_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.phase_filter.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.cluster_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.cluster_filter.setMinimumContentsLength(12)
        self.search.setMinimumWidth(120)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.phase_filter, 1)
        filters.addWidget(self.cluster_filter, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count_label)  # under the list: the filters keep the room for their counts
        left_layout.addWidget(self.problem_label)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Clusters (drop ideas here; Alt+1…9 assigns)"), right)
        title.setWordWrap(True)
        right_layout.addWidget(title)
        right_layout.addWidget(self.cluster_list, 1)
        buttons = QHBoxLayout()
        for name in (
            ClusterAction.NEW,
            ClusterAction.RENAME,
            ClusterAction.COLOUR,
            ClusterAction.UP,
            ClusterAction.DOWN,
            ClusterAction.DELETE,
        ):
            button = QToolButton(right)
            button.setDefaultAction(self.page_actions.get(name))
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        highlight = QToolButton(right)
        highlight.setDefaultAction(self.page_actions.get(ClusterAction.HIGHLIGHT))
        right_layout.addWidget(highlight)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("ideasSplitter")  # remembered (gui/splitter_memory.py)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.capture)
        layout.addWidget(splitter, 1)

    def _make_actions(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.page_actions = actions = ActionCollection(self)

        def add(name: IdeaAction | ClusterAction, text: str, slot: Callable[[], Any], key: Any, owner: QWidget,
                tip: str = "") -> None:  # fmt: skip
            actions.add(name, text, slot, key, owner, ctx, tip=tip)

        add(IdeaAction.SEARCH, self.tr("&Search ideas"), self.focus_search, "Ctrl+F", self)
        add(IdeaAction.EDIT, self.tr("&Edit idea…"), self.edit_selected, "F2", self.list)
        add(IdeaAction.DELETE, self.tr("&Delete ideas"), self.delete_selected, "Del", self.list)
        add(IdeaAction.PHASE, self.tr("Move to &phase…"), self.move_selected_to_phase, "Ctrl+Shift+P", self)
        add(IdeaAction.MERGE, self.tr("&Merge two ideas"), self.merge_selected, "Ctrl+M", self)
        add(
            IdeaAction.REFRAME,
            self.tr("Wish &reframed from a critique point…"),
            self.reframe_selected,
            "Ctrl+R",
            self,
            tip=self.tr("Mark the selected wish as reframed from a critique point (“It would be nice if …”)"),
        )
        add(IdeaAction.ASSIGN, self.tr("Put into &cluster…"), self.assign_selected_by_prompt, "Ctrl+K", self)
        add(IdeaAction.HIGHLIGHT, self.tr("&Highlight on the wall"), self.highlight_selected, "Ctrl+H", self)
        for number in range(10):
            add(
                IdeaAction(f"ideas.assign_{number}"),
                arg(self.tr("Into cluster %1"), str(number)) if number else self.tr("Out of its cluster"),
                functools.partial(self.assign_selected_to_number, number),
                f"Alt+{number}",
                self,
            )
        ops, panel = self.cluster_ops, self.cluster_list
        for name, text, slot, key, owner, tip in (
            (ClusterAction.NEW, self.tr("New"), ops.new_cluster, "Ctrl+Shift+N", self, self.tr("New cluster")),
            (ClusterAction.RENAME, self.tr("Rename"), ops.rename_cluster, "F2", panel, self.tr("Rename cluster")),
            (ClusterAction.COLOUR, self.tr("Colour"), ops.recolour_cluster, None, self,
             self.tr("Colour of the cluster")),
            (ClusterAction.UP, "↑", lambda: ops.move_cluster(-1), "Ctrl+Up", panel, self.tr("Cluster up")),
            (ClusterAction.DOWN, "↓", lambda: ops.move_cluster(1), "Ctrl+Down", panel, self.tr("Cluster down")),
            (ClusterAction.DELETE, self.tr("Delete"), ops.delete_cluster, "Del", panel,
             self.tr("Delete cluster (its ideas stay)")),
            (ClusterAction.HIGHLIGHT, self.tr("Highlight cluster on the wall"), ops.highlight_cluster, None, self, ""),
        ):  # fmt: skip
            add(name, text, slot, key, owner, tip)
        if self.session.read_only:  # searching and highlighting change nothing in the file
            keep = {actions.get(name) for name in (IdeaAction.SEARCH, IdeaAction.HIGHLIGHT, ClusterAction.HIGHLIGHT)}
            for action in actions:
                action.setEnabled(action in keep)
        # A double-click does what F2 does, as in the lists of other desktop programs.
        self.list.doubleClicked.connect(lambda _index: actions.get(IdeaAction.EDIT).trigger())
        self.cluster_list.doubleClicked.connect(lambda _index: actions.get(ClusterAction.RENAME).trigger())

    # ---- filter and counts -------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor into the search field."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_filter(self) -> IdeaFilter:
        """The filter the fields describe now."""
        phase = self.phase_filter.currentData()
        cluster = self.cluster_filter.currentData()
        return IdeaFilter(
            phase="" if phase in (None, ALL) else str(phase),
            cluster_id=None if cluster in (None, ALL) else str(cluster),
            text=self.search.text(),
        )

    def _apply_filter(self) -> None:
        chosen = [idea.id for idea in self.selected_ideas()]
        if not self.model.set_filter(self.current_filter()):
            self._refresh_counts()  # a new filter resets the model, which refreshes them
            return
        # The reset forgot the chosen ideas: choose again those still shown, in one selection, the first in
        # the middle of the list (a cleared search shows the found idea in context).
        self.list.choose([row for idea_id in chosen if (row := self.model.row_of(idea_id)) >= 0])

    def set_filter(self, phase: str | None = None, cluster_id: str | None = None, text: str | None = None) -> None:
        """Choose a phase (``""`` all), a cluster (``""`` without one, None all) and search words (for tests and menus)."""
        if phase is not None:
            self.phase_filter.setCurrentIndex(max(0, self.phase_filter.findData(phase or ALL)))
        if cluster_id is not None or text is not None:
            self.cluster_filter.setCurrentIndex(
                max(0, self.cluster_filter.findData(ALL if cluster_id is None else cluster_id))
            )
        if text is not None:
            self.search.setText(text)
        self._apply_filter()

    def _refresh_counts(self) -> None:
        counts = self.model.counts()
        flt = self.model.filter
        phases = [(arg(self.tr("All phases (%1)"), str(sum(counts.by_phase.values()))), ALL)]
        for code in list(IDEA_PHASES) + [p for p in PHASES if p not in IDEA_PHASES]:
            count = counts.by_phase.get(code, 0)
            if count or code in IDEA_PHASES or code == flt.phase:
                phases.append((f"{phase_name(code)} ({count})", code))
        refill(self.phase_filter, phases, flt.phase or ALL)
        # The phase filter grows with its counts but does not shrink back: while the user types, fewer
        # digits in the counts would narrow it and move the edge of the search field being typed in.
        grown = max(self.phase_filter.minimumWidth(), self.phase_filter.sizeHint().width())
        self.phase_filter.setMinimumWidth(grown)
        clusters: list[tuple[str, object]] = [
            (arg(self.tr("All clusters (%1)"), str(sum(counts.by_cluster.values()))), ALL),
            (arg(self.tr("Without cluster (%1)"), str(counts.by_cluster.get(NO_CLUSTER, 0))), NO_CLUSTER),
        ]
        for number, cluster in enumerate(self.clusters.clusters, start=1):
            clusters.append((f"{number} {cluster.name} ({counts.by_cluster.get(cluster.id, 0)})", cluster.id))
        refill(self.cluster_filter, clusters, ALL if flt.cluster_id is None else flt.cluster_id)
        self.clusters.set_counts(counts.by_cluster)
        self.count_label.setText(self.tr("%n idea(s) shown", "", self.model.rowCount()))

    # ---- selection helpers --------------------------------------------

    def selected_ideas(self) -> list[Idea]:
        """The selected ideas in list order."""
        rows = sorted(index.row() for index in self.list.selectionModel().selectedRows())
        return [idea for row in rows if (idea := self.model.idea_at(row)) is not None]

    def select_idea(self, idea_id: str, add: bool = False) -> None:
        """Select an idea's row (and scroll to it)."""
        row = self.model.row_of(idea_id)
        if row < 0:
            return
        index = self.model.index(row)
        flags = QItemSelectionModel.SelectionFlag.Select if add else QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.list.selectionModel().select(index, flags)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.list.scrollTo(index)

    def selected_cluster(self) -> Cluster | None:
        """The cluster selected in the panel."""
        index = self.cluster_list.currentIndex()
        return self.clusters.cluster_at(index.row()) if index.isValid() else None

    def _show_committed(self, idea_id: str) -> None:
        row = self.model.row_of(idea_id)
        if row >= 0:
            self.list.scrollTo(self.model.index(row))

    def _say(self, text: str) -> None:
        self.problem_label.setText(text)

    def _on_failed(self, error: StoreError) -> None:
        self._say(store_error_text(error))

    def _push(self, command: Any) -> bool:
        self._say("")
        return self.session.push(command)

    # ---- idea operations ------------------------------------------------

    def edit_selected(self) -> None:
        """Edit the text of the selected idea."""
        ideas = self.selected_ideas()
        if not ideas:
            return
        idea = ideas[0]
        text = IdeaAsk.multiline(self, self.tr("Edit idea"), self.tr("Text of the idea:"), idea.text)
        if text is None:
            return
        text = clean_idea_text(text)
        problem = check_idea_text(text)
        if problem is not None:
            self._say(problem_text(problem.code, problem.params))
            return
        if text != idea.text:
            self._push(cmd.update_idea(self.session, self.tr("Edit idea"), idea, text=text))

    def delete_selected(self) -> None:
        """Delete the selected ideas (undoable)."""
        ideas = self.selected_ideas()
        if not ideas:
            return
        row = self.list.currentIndex().row()
        text = self.tr("Delete ideas") if len(ideas) > 1 else self.tr("Delete idea")
        if self._push(cmd.delete_ideas(self.session, text, [i.id for i in ideas])) and self.model.rowCount():
            index = self.model.index(min(max(row, 0), self.model.rowCount() - 1))
            self.list.setCurrentIndex(index)

    def move_selected_to_phase(self) -> None:
        """Move the selected ideas to another phase."""
        ideas = self.selected_ideas()
        if not ideas:
            return
        codes = list(IDEA_PHASES) + [p for p in PHASES if p not in IDEA_PHASES]
        names = [phase_name(code) for code in codes]
        current = codes.index(ideas[0].phase) if ideas[0].phase in codes else 0
        chosen = IdeaAsk.choose(self, self.tr("Move to phase"), self.tr("Phase:"), names, current)
        if chosen is None:
            return
        phase = codes[chosen]
        moving = [i for i in ideas if i.phase != phase]
        if moving:
            text = arg(self.tr("Move to %1"), phase_name(phase))
            self._push(cmd.move_ideas_to_phase(self.session, text, moving, phase))

    def merge_selected(self) -> None:
        """Merge the two selected ideas into the first (both texts kept)."""
        ideas = self.selected_ideas()
        if len(ideas) != 2:
            self._say(self.tr("Select exactly two ideas to merge them (Ctrl+click or Shift+arrow)."))
            return
        survivor, absorbed = ideas
        self._push(cmd.merge_ideas(self.session, self.tr("Merge two ideas"), survivor.id, absorbed.id))
        self.select_idea(survivor.id)

    def reframe_selected(self) -> None:
        """Mark the selected wish as reframed from a critique point (chosen from a list), or undo that link."""
        ideas = self.selected_ideas()
        if len(ideas) != 1:
            self._say(self.tr("Select the one wish that was reframed from a critique point."))
            return
        wish = ideas[0]
        critique = [i for i in self.model.all_ideas() if i.phase == Phase.CRITIQUE.value and i.id != wish.id]
        if not critique:
            self._say(self.tr("There are no critique points yet."))
            return
        options = [self.tr("(no critique point)")] + [_one_line(i.text) for i in critique]
        current = next((n + 1 for n, i in enumerate(critique) if i.id == wish.reframed_from), 0)
        chosen = IdeaAsk.choose(
            self, self.tr("Reframed from"), self.tr("Critique point of this wish:"), options, current
        )
        if chosen is None:
            return
        source = critique[chosen - 1].id if chosen > 0 else None
        if source != wish.reframed_from:
            self._push(cmd.update_idea(self.session, self.tr("Mark wish as reframed"), wish, reframed_from=source))

    def assign_ids(self, ids: list[str], cluster_id: str | None) -> bool:
        """Put ideas into a cluster (None: none), undoably."""
        if not ids or self.session.read_only:
            return False
        if cluster_id is None:
            text = self.tr("Take out of cluster")
        else:
            cluster = next((c for c in self.clusters.clusters if c.id == cluster_id), None)
            text = arg(self.tr("Put into cluster “%1”"), cluster.name if cluster else "?")
        return self._push(cmd.assign_cluster(self.session, text, ids, cluster_id))

    def assign_selected_to_number(self, number: int, _checked: bool = False) -> None:
        """Alt+N: the selected ideas into cluster N (Alt+0: out of their cluster)."""
        ideas = self.selected_ideas()
        if not ideas:
            return
        if number == 0:
            self.assign_ids([i.id for i in ideas], None)
            return
        cluster = choose_cluster(self.clusters.clusters, str(number))
        if cluster is None:
            self._say(arg(self.tr("There is no cluster %1."), str(number)))
            return
        self.assign_ids([i.id for i in ideas], cluster.id)

    def assign_selected_by_prompt(self) -> None:
        """Ctrl+K: ask for a cluster's number or first letters (0 or empty: none); a new name makes a cluster."""
        ideas = self.selected_ideas()
        if not ideas:
            return
        typed = IdeaAsk.text(
            self,
            self.tr("Put into cluster"),
            self.tr("Cluster number or first letters (0: none; a new name makes one):"),
        )
        if typed is None:
            return
        typed = clean_idea_text(typed).replace("\n", " ")
        if typed in ("", "0", "-"):
            self.assign_ids([i.id for i in ideas], None)
            return
        cluster = choose_cluster(self.clusters.clusters, typed)
        if cluster is None:
            if typed.isdigit():
                self._say(arg(self.tr("There is no cluster %1."), typed))
                return
            cluster = self.cluster_ops.make_cluster(typed)
            if cluster is None:
                return
        self.assign_ids([i.id for i in ideas], cluster.id)

    def highlight_selected(self) -> None:
        """Highlight the selected idea on the wall (again: no highlight)."""
        ideas = self.selected_ideas()
        idea_id = ideas[0].id if ideas else None
        if idea_id == self.context.highlight_idea:
            idea_id = None
        self.context.set_highlight(idea_id=idea_id)

    def focus_capture(self) -> None:
        """Put the cursor into the capture field."""
        self.capture.focus_field()


def _one_line(text: str, limit: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"

"""File → County overview: several workshop files side by side, the recurring topics corrected by hand, the exports.

The files are read read-only (:mod:`zwdesktop.export.county.read`): nothing is
written into or beside them. The corrections of the topics (merge, split off,
not a topic) are undoable (Ctrl+Z, Ctrl+Shift+Z), remembered in the settings
and used by the exports made here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QHideEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.county import CountyOverview
from ...core.county_topics import TopicEdit
from ...export.county.read import read_county
from ..dialogs import WORKSHOPS, Ask
from ..file_dialogs import ask_folder, ask_open_paths
from ..fitted_columns import FittedColumns
from ..i18n import arg
from ..settings import Settings
from .models import KEY_ROLE, KIND_ROLE, RowsModel, TopicsModel, date_rows, file_rows, workshop_rows
from .settings import CountySettings


class CountyAsk:
    """Which files or which folder to read (tests replace these)."""

    @classmethod
    def files(cls, parent: QWidget | None) -> list[Path]:
        """Workshop files to read (empty when cancelled)."""
        title = QCoreApplication.translate("County", "Workshop files for the county overview")
        file_filter = QCoreApplication.translate("County", "Workshop files (*.zwd)")
        return ask_open_paths(parent, title, file_filter, WORKSHOPS)

    @classmethod
    def folder(cls, parent: QWidget | None) -> Path | None:
        """A folder to read with every workshop file in it and its subfolders (None when cancelled)."""
        return ask_folder(parent, QCoreApplication.translate("County", "Folder with workshop files"), WORKSHOPS)


class _EditCommand(QUndoCommand):
    """Corrections of the topics as one undoable step."""

    def __init__(self, dialog: CountyDialog, edits: list[TopicEdit], text: str) -> None:
        super().__init__(text)
        self.dialog, self.edits = dialog, edits

    def redo(self) -> None:
        """Make the corrections."""
        self.dialog.set_edits(self.dialog.edits + self.edits)

    def undo(self) -> None:
        """Take them back."""
        self.dialog.set_edits(self.dialog.edits[: len(self.dialog.edits) - len(self.edits)])


class CountyDialog(QDialog):
    """The county overview: the table of workshops, recurring topics, totals, next dates, files; the exports."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countyDialog")
        self.setWindowTitle(self.tr("County overview"))
        self.settings = settings
        self.remembered = CountySettings(settings)
        self.overview: CountyOverview | None = None
        self.paths: list[Path] = []
        self.edits: list[TopicEdit] = self.remembered.edits
        self.undo_stack = QUndoStack(self)
        # As wide as the laptop's screen allows: a dozen columns of a table, three of them texts.
        screen = (parent or self).screen().availableGeometry()
        self.resize(min(1340, screen.width() - 26), min(700, screen.height() - 60))
        geometry = settings.geometry("county")
        if geometry is not None:
            self.restoreGeometry(geometry)

        self.files_button = QPushButton(self.tr("Choose &files…"), self)
        self.folder_button = QPushButton(self.tr("Choose f&older…"), self)
        self.again_button = QPushButton(self.tr("&Read again"), self)
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.again_button.clicked.connect(lambda: self.load(self.paths or self.remembered.paths))
        self.summary = QLabel(self)
        self.summary.setObjectName("countySummary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        for button in (self.files_button, self.folder_button, self.again_button):
            top.addWidget(button)
        top.addWidget(self.summary, 1)

        self.tabs = QTabWidget(self)
        # Headers of two short lines, so that the text columns (question, topics, projects) keep their room.
        self.workshops = RowsModel(
            [self.tr("Municipality"), self.tr("Date"), self.tr("Guiding question"),
             self.tr("Participants\nstaff / vol. / other"), self.tr("Ideas"), self.tr("Top topics"),
             self.tr("Project groups"), self.tr("Steps\ndone"), self.tr("Meetings\nheld"), self.tr("Next\nmeeting"),
             self.tr("Steering\ngroup"), self.tr("Mailing\nlist")],
            numbers=(4, 8, 10, 11), parent=self,
        )  # fmt: skip
        self.workshops_view = self._table(self.workshops, "countyWorkshops", stretch=(2, 5, 6))
        self.tabs.addTab(self.workshops_view, self.tr("&Workshops"))
        self.tabs.addTab(self._topics_page(), self.tr("Recurring &topics"))
        self.totals = RowsModel([self.tr("Across all workshops"), self.tr("Number")], numbers=(1,), parent=self)
        totals_view = self._table(self.totals, "countyTotals", stretch=(0,))
        self.tabs.addTab(totals_view, self.tr("Total&s"))
        self.dates = RowsModel(
            [self.tr("When"), self.tr("Municipality"), self.tr("Group"), self.tr("Place")], parent=self
        )
        dates_view = self._table(self.dates, "countyDates", stretch=(2, 3))
        self.tabs.addTab(dates_view, self.tr("&Next dates"))
        self.files = RowsModel([self.tr("File"), self.tr("Read or left out")], parent=self)
        self.files_view = self._table(self.files, "countyFiles", stretch=(0, 1))
        self.tabs.addTab(self.files_view, self.tr("Files rea&d"))
        self._tab_views: list[QAbstractItemView] = [
            self.workshops_view,
            self.topics_view,
            totals_view,
            dates_view,
            self.files_view,
        ]
        # Switching tabs (Alt+letter, Ctrl+Tab) puts the keyboard into the tab's list, on its first row.
        self.tabs.currentChanged.connect(self._focus_tab)

        self.language = QComboBox(self)
        self.language.setObjectName("countyLanguage")
        self.language.addItem(self.tr("German"), "de")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(1 if self.remembered.language == "en" else 0)
        self.language.currentIndexChanged.connect(lambda _i: self._remember_language())
        language_label = QLabel(self.tr("&Language of the report:"), self)
        language_label.setBuddy(self.language)
        self.export_buttons: dict[str, QPushButton] = {}
        bottom = QHBoxLayout()
        bottom.addWidget(language_label)
        bottom.addWidget(self.language)
        bottom.addStretch(1)
        for suffix, label in (
            (".pdf", self.tr("Re&port (PDF)…")),
            (".csv", self.tr("Open data (&CSV)…")),
            (".json", self.tr("Open data (&JSON)…")),
            (".ics", self.tr("Calendar (&ICS)…")),
        ):
            button = QPushButton(label, self)
            button.clicked.connect(lambda _c=False, s=suffix: self.export(s))
            self.export_buttons[suffix] = button
            bottom.addWidget(button)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        bottom.addWidget(close)
        self.saved = QLabel(self)
        self.saved.setObjectName("countySaved")
        self.saved.setWordWrap(True)
        self.saved.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.saved)
        self._show_start()
        self._update_buttons()

    def _focus_tab(self, index: int) -> None:
        view = self._tab_views[index]
        view.setFocus(Qt.FocusReason.TabFocusReason)
        model = view.model()
        if not view.currentIndex().isValid() and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))

    def _show_start(self) -> None:
        text = self.tr("No files read yet: choose workshop files, or a folder (every .zwd in it and its subfolders).")
        last = self.remembered.paths
        if last:
            text += " " + arg(self.tr("Read again reads: %1"), ", ".join(str(p) for p in last))
        self.summary.setText(text)

    # ---- building -------------------------------------------------------

    def _table(self, model: RowsModel, name: str, stretch: tuple[int, ...]) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Text columns share what the short ones leave, each at least as wide as its longest word.
        FittedColumns(view, stretch)
        return view

    def _topics_page(self) -> QWidget:
        page = QWidget(self)
        hint = QLabel(
            self.tr(
                "Topics whose words (their stems) come up in the cluster names or project groups of several"
                " municipalities. Select topics and merge them (Ctrl+M), select names under a topic and split"
                " them off into a topic of their own (Ctrl+T), or drop what is no topic (Del). Ctrl+Z takes a"
                " correction back; the exports use the corrected topics."
            ),
            page,
        )
        hint.setWordWrap(True)
        self.topics = TopicsModel(
            [self.tr("Topic (shared words), and where it was found"), self.tr("Municipalities"), self.tr("Found in")],
            self,
        )
        self.topics_view = QTreeView(page)
        self.topics_view.setObjectName("countyTopics")
        self.topics_view.setModel(self.topics)
        self.topics_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.topics_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.topics_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.topics_view.setUniformRowHeights(True)
        self.topics_view.header().setStretchLastSection(False)
        self._fit_topic_columns()
        self.topics_view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.merge_button = self._topic_button(page, self.tr("&Merge"), self.merge_selected, "Ctrl+M")
        self.split_button = self._topic_button(page, self.tr("Split off"), self.split_selected, "Ctrl+T")
        self.drop_button = self._topic_button(
            page, self.tr("Not a topic"), self.drop_selected, QKeySequence.StandardKey.Delete
        )
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([undo, redo])
        self.undo_button = QPushButton(self.tr("Undo correction"), page)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.merge_button, self.split_button, self.drop_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.topics_view, 1)
        layout.addLayout(buttons)
        return page

    def _topic_button(
        self, page: QWidget, text: str, slot: Callable[[], None], key: str | QKeySequence.StandardKey
    ) -> QPushButton:
        button = QPushButton(text, page)
        button.clicked.connect(slot)
        action = QAction(text, self.topics_view)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.topics_view.addAction(action)
        button.setToolTip(
            f"{text.replace('&', '')} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        return button

    # ---- reading --------------------------------------------------------

    def choose_files(self) -> None:
        """Ask for workshop files and read them."""
        paths = CountyAsk.files(self)
        if paths:
            self.load(paths)

    def choose_folder(self) -> None:
        """Ask for a folder and read every workshop file in it."""
        folder = CountyAsk.folder(self)
        if folder is not None:
            self.load([folder])

    def load(self, paths: list[Path], now: dt.datetime | None = None) -> None:
        """Read ``paths`` (files and folders) and show them."""
        if not paths:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.overview = read_county(paths, now, self.edits)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.paths = list(paths)
        self.remembered.paths = self.paths
        self.undo_stack.clear()
        self._show()

    def _show(self) -> None:
        overview = self.overview
        if overview is None:
            return
        read, left = len(overview.workshops), len(overview.left_out)
        text = self.tr("%n workshop file(s) read", "", read)
        if left:
            text += " · " + self.tr("%n left out (see Files read)", "", left)
        self.summary.setText(text)
        self.workshops.set_rows(workshop_rows(overview))
        self.dates.set_rows(date_rows(overview))
        self.files.set_rows(file_rows(overview, self.tr("read: %1")))
        self.totals.set_rows(self._total_rows(overview))
        self._show_topics()
        self._update_buttons()

    def _total_rows(self, overview: CountyOverview) -> list[list[str]]:
        from ..agreements.texts import status_name

        t = overview.totals
        rows = [
            [self.tr("Workshops"), t.workshops],
            [self.tr("Municipalities"), t.municipalities],
            [self.tr("Participants"), t.participants],
            [self.tr("… staff"), t.count_staff],
            [self.tr("… volunteers"), t.count_volunteers],
            [self.tr("… others"), t.count_other],
            [self.tr("Ideas"), t.ideas],
            [self.tr("Project groups"), t.projects],
            *([arg(self.tr("… %1"), status_name(s)), n] for s, n in t.projects_by_status.items()),
            [self.tr("Project groups that have met"), t.projects_with_meeting],
            [self.tr("Follow-up meetings held"), t.meetings_held],
            [self.tr("Attendances at the meetings held"), t.meeting_attendance],
            [self.tr("Follow-up meetings planned"), t.meetings_upcoming],
            [self.tr("Steering-group members"), t.steering_members],
            [self.tr("Mailing-list sign-ups"), t.mailing_list],
        ]
        return [[str(label), str(value)] for label, value in rows]

    def _fit_topic_columns(self) -> None:
        header = self.topics_view.header()
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    def _show_topics(self) -> None:
        if self.overview is None:
            return
        self.topics.set_topics(self.overview.topics, self.tr("%1 (by hand)"), self.tr("%1 names"))
        self._fit_topic_columns()  # the model's reset forgets them

    # ---- corrections ----------------------------------------------------

    def set_edits(self, edits: list[TopicEdit]) -> None:
        """Use ``edits`` as the corrections (remembered at once)."""
        self.edits = list(edits)
        self.remembered.edits = self.edits
        if self.overview is not None:
            self.overview = self.overview.with_edits(self.edits)
            self._show_topics()
        self._update_buttons()

    def _selected(self) -> tuple[list[str], dict[str, list[str]]]:
        """The selected topics' keys, and the selected mentions' ids by their topic's key."""
        topics: list[str] = []
        mentions: dict[str, list[str]] = {}
        for index in self.topics_view.selectionModel().selectedRows(0):
            if index.data(KIND_ROLE) == "topic":
                topics.append(str(index.data(KEY_ROLE)))
            else:
                mentions.setdefault(str(index.parent().data(KEY_ROLE)), []).append(str(index.data(KEY_ROLE)))
        return topics, mentions

    def _push(self, edits: list[TopicEdit], text: str, select: str | None = None) -> None:
        self.undo_stack.push(_EditCommand(self, edits, text))
        self._select_topic(select)

    def _select_topic(self, key: str | None) -> None:
        """Select the topic ``key`` made (the merged or split-off one); after a drop nothing is selected."""
        if key is None:
            return
        for row in range(self.topics.rowCount()):
            index = self.topics.index(row, 0)
            if index.data(KEY_ROLE) == key:
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self.topics_view.selectionModel().setCurrentIndex(index, flags)
                return

    def merge_selected(self) -> None:
        """Merge the selected topics into one."""
        keys, _mentions = self._selected()
        if len(keys) < 2:
            return
        self._push([TopicEdit("merge", tuple(keys))], self.tr("Merge topics"), f"merge({','.join(sorted(keys))})")

    def split_selected(self) -> None:
        """Split the selected names off their topic into a topic of their own."""
        _keys, mentions = self._selected()
        if len(mentions) != 1:
            return
        key, ids = next(iter(mentions.items()))
        made = "split(" + key + ":" + ",".join(sorted(ids)) + ")"  # the key split_topic gives the new topic
        self._push([TopicEdit("split", (key,), tuple(ids))], self.tr("Split off"), made)

    def drop_selected(self) -> None:
        """Drop the selected topics (they are no topics)."""
        keys, _mentions = self._selected()
        if keys:
            self._push([TopicEdit("drop", (key,)) for key in keys], self.tr("Not a topic"), None)

    def _update_buttons(self) -> None:
        keys, mentions = self._selected() if self.topics_view.selectionModel() else ([], {})
        self.merge_button.setEnabled(len(keys) >= 2)
        self.split_button.setEnabled(len(mentions) == 1 and not keys)
        self.drop_button.setEnabled(bool(keys))
        has = self.overview is not None and bool(self.overview.workshops)
        for button in self.export_buttons.values():
            button.setEnabled(has)
        self.again_button.setEnabled(bool(self.paths or self.remembered.paths))

    # ---- exports --------------------------------------------------------

    def _remember_language(self) -> None:
        self.remembered.language = str(self.language.currentData())

    def export(self, suffix: str) -> None:
        """Write the report, the open data or the calendar of what is shown (with the corrected topics)."""
        if self.overview is None or not self.overview.workshops:
            return
        titles = {
            ".pdf": (self.tr("Save the county's report"), self.tr("county-report.pdf"), self.tr("PDF (*.pdf)")),
            ".csv": (self.tr("Save the open data"), self.tr("county-open-data.csv"), self.tr("CSV (*.csv)")),
            ".json": (self.tr("Save the open data"), self.tr("county-open-data.json"), self.tr("JSON (*.json)")),
            ".ics": (self.tr("Save the calendar"), self.tr("county-meetings.ics"), self.tr("iCalendar (*.ics)")),
        }
        title, suggestion, file_filter = titles[suffix]
        target = Ask.save_file(self, title, suggestion, file_filter, suffix)
        if target is None:
            return
        language = str(self.language.currentData())
        overview = self.overview.with_edits(self.edits)
        try:
            if suffix == ".pdf":
                from ...export.county.report import write_report

                pages = write_report(overview, target, language).pages
                message = arg(self.tr("Saved the report (%n page(s)): %1", "", pages), str(target))
            elif suffix == ".ics":
                from ...export.atomic import write_bytes_atomic
                from ...export.county.calendar import county_calendar

                write_bytes_atomic(target, county_calendar(overview, language))
                count = len(overview.next_dates)
                message = arg(self.tr("Saved the calendar (%n meeting(s)): %1", "", count), str(target))
            else:
                from ...export.county.open_data import write_open_data

                card = write_open_data(overview, target, language)
                message = arg(self.tr("Saved the open data: %1, its data card: %2"), str(target), card.name)
        except OSError as exc:
            Ask.inform(
                self,
                self.tr("Not saved"),
                arg(self.tr("%1 could not be written (%2)."), str(target), exc.strerror or str(exc)),
            )
            return
        self.saved.setText(message)

    def hideEvent(self, event: QHideEvent) -> None:
        """Remember the window's size and place (closed with the button, the title bar or Esc)."""
        self.settings.set_geometry("county", self.saveGeometry())
        super().hideEvent(event)

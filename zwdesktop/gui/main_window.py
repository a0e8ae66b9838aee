"""The main window: a frame around the welcome screen or the open workshop's sections.

It holds the open :class:`WorkshopSession` with its clock and backups, the
menus, and the window-wide action collections of the features: files, exports,
ideas, agreements, the projector. The pages and their own actions live in the
:class:`Workspace`, and go with it when the workshop is closed.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from .. import APP_NAME
from ..core.clock import Clock, ClockStatus
from ..store import StoreError, WorkshopStore
from ..store.changes import Area, Change
from .actions import ActionCollection, Needs
from .agreements.actions import AgreementActions, AgreementFileAction
from .clock.controller import ClockController
from .clock.gong import Gong
from .county.actions import CountyAction, CountyActions
from .dialogs import Ask, remember_folders_in
from .exports.actions import ExportAction, ExportActions
from .files.actions import FileAction, FileActions
from .files.backups import BackupKeeper
from .files.notices import read_only_banner
from .files.opening import open_store
from .i18n import arg
from .ideas.actions import IdeasWindowAction, IdeasWindowActions
from .messages import store_error_text
from .projector.control import MODE_ACTIONS, ProjectorAction, ProjectorControl
from .session import WorkshopSession
from .settings import LANGUAGES, Settings
from .user_text import escape_ampersands
from .window_geometry import place_window, refit_once_shown
from .workspace import SECTIONS, Workspace

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from .files.welcome_page import WelcomePage

DEFAULT_SIZE = (1100, 760)  # shrunk to fit a smaller screen


class WindowAction(enum.StrEnum):
    """The names of the frame's own actions: undo, the sections, the settings."""

    UNDO = "edit.undo"
    REDO = "edit.redo"
    DETAILS = "view.details"
    AGENDA = "view.agenda"
    CLOCK = "view.clock"
    PHOTOS = "view.photos"
    IDEAS = "view.ideas"
    VOTES = "view.votes"
    AGREEMENTS = "view.agreements"
    STEERING = "view.steering"
    MAILING = "view.mailing"
    FOLLOWUP = "view.followup"
    GONG = "settings.gong"
    LANGUAGE_SYSTEM = "settings.language.system"
    LANGUAGE_DE = "settings.language.de"
    LANGUAGE_EN = "settings.language.en"
    ABOUT = "help.about"


class MainWindow(QMainWindow):
    """Owns the open :class:`WorkshopSession` and the window-wide actions; pages do the rest."""

    def __init__(
        self, settings: Settings, language: str, parent: QWidget | None = None, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.clock = clock
        self.settings = settings
        self.language = language
        self.session: WorkshopSession | None = None
        self.workspace: Workspace | None = None
        self.controller: ClockController | None = None
        self.backups: BackupKeeper | None = None  # backs up the open workshop (gui/files/backups.py)
        self.gong = Gong(settings.gong, self)

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        # The status bar is there from the start: made by the first message, it would move every page's buttons.
        self.statusBar()
        self._welcome: WelcomePage | None = None  # built when first shown: opening straight onto a file skips it

        self.own_actions = self._make_actions()
        self.files = FileActions(self)
        self.exports = ExportActions(self, lambda: self.session)
        self.ideas = IdeasWindowActions(self)
        self.agreements = AgreementActions(self, lambda: self.session, language)
        self.projector_control = ProjectorControl(self, settings)
        self.county = CountyActions(self, settings)
        self._collections: list[ActionCollection] = [
            self.own_actions, self.files, self.exports, self.ideas, self.agreements, self.projector_control,
            self.county,
        ]  # fmt: skip
        self._make_menus()
        self.files.refresh_recent()
        self._update_title()
        self._update_actions()

        remember_folders_in(settings)
        self._shown_once = False
        place_window(self, settings.geometry("main"), DEFAULT_SIZE)

    def action(self, name: enum.StrEnum) -> QAction:
        """The window-wide action called ``name`` (of the frame or of a feature's collection)."""
        for collection in self._collections:
            if name in collection:
                return collection.get(name)
        raise KeyError(name)

    @property
    def welcome(self) -> WelcomePage:
        """The welcome screen (built when first needed)."""
        if self._welcome is None:
            from .files.welcome_page import WelcomePage  # a page: loaded when first shown

            welcome = WelcomePage(self)
            self._welcome = welcome
            self.stack.insertWidget(0, welcome)
            welcome.new_requested.connect(self.files.new_from_template)
            welcome.open_requested.connect(self.files.open_dialog)
            welcome.demo_requested.connect(self.files.open_demo)
            welcome.recent_requested.connect(lambda name: self.open_file(Path(name)))
            welcome.set_templates(self.files.templates, self.language)
            welcome.set_recent_files(self.settings.recent_files)
        return self._welcome

    def show_recent_files(self, files: list[str]) -> None:
        """Show the recent files on the welcome screen, if it was built."""
        if self._welcome is not None:
            self._welcome.set_recent_files(files)

    def setVisible(self, visible: bool) -> None:
        """Without an open workshop the window shows the welcome screen."""
        # Not showEvent: a Python showEvent makes PySide build QEvent's enum of 192
        # event types on the first show, about 15 M instructions of start-up.
        if visible and self.session is None:
            self.stack.setCurrentWidget(self.welcome)
        super().setVisible(visible)
        if visible and not self._shown_once:
            self._shown_once = True
            refit_once_shown(self)

    # ---- actions and menus ---------------------------------------------

    def _make_actions(self) -> ActionCollection:
        actions = ActionCollection(self)
        actions.add(WindowAction.UNDO, self.tr("&Undo"), self._undo, QKeySequence.StandardKey.Undo, self)
        actions.add(WindowAction.REDO, self.tr("&Redo"), self._redo, ["Ctrl+Shift+Z", "Ctrl+Y"], self)
        views = (
            (WindowAction.DETAILS, self.tr("&Details")),
            (WindowAction.AGENDA, self.tr("&Agenda")),
            (WindowAction.CLOCK, self.tr("&Live clock")),
            (WindowAction.PHOTOS, self.tr("&Photos")),
            (WindowAction.IDEAS, self.tr("&Ideas")),
            (WindowAction.VOTES, self.tr("D&ot votes")),
            (WindowAction.AGREEMENTS, self.tr("A&greements")),
            (WindowAction.STEERING, self.tr("&Steering group")),
            (WindowAction.MAILING, self.tr("&Mailing list")),
            (WindowAction.FOLLOWUP, self.tr("&Follow-up")),
        )
        for (name, text), section in zip(views, SECTIONS, strict=True):
            actions.add(name, text, lambda _c=False, k=section.key: self.show_section(k), section.shortcut, self,
                        needs=Needs.WORKSHOP)  # fmt: skip
        gong = actions.add(WindowAction.GONG, self.tr("&Gong at the end of an item"), self.set_gong, widget=self)
        gong.setCheckable(True)
        gong.setChecked(self.gong.enabled)
        group = QActionGroup(self)
        languages = (
            (WindowAction.LANGUAGE_SYSTEM, self.tr("As the &system")),
            (WindowAction.LANGUAGE_DE, "&Deutsch"),
            (WindowAction.LANGUAGE_EN, "&English"),
        )
        for (name, label), code in zip(languages, LANGUAGES, strict=True):
            action = actions.add(name, label, lambda _c=False, c=code: self.set_language(c), widget=self)
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
            group.addAction(action)
        actions.add(WindowAction.ABOUT, self.tr("&About zwdesktop…"), self.show_about, widget=self)
        return actions

    def _make_menus(self) -> None:
        bar = self.menuBar()
        menus = (
            (self.tr("&File"), (FileAction.NEW, FileAction.OPEN, FileAction.DEMO, FileAction.DEMO_LATER, self.files.recent_menu,
                                FileAction.RESTORE_BACKUP, None, FileAction.SAVE_COPY, *ExportAction,
                                AgreementFileAction.EXPORT_CSV, AgreementFileAction.EXPORT_ICS, None,
                                CountyAction.OVERVIEW, None,
                                AgreementFileAction.PERSON_EXPORT, AgreementFileAction.PERSON_ERASE, None,
                                FileAction.CLOSE, None, FileAction.QUIT)),
            (self.tr("&Edit"), (WindowAction.UNDO, WindowAction.REDO)),
            (self.tr("&View"), tuple(name for name in WindowAction if name.startswith("view."))),
            (self.tr("I&deas"), tuple(IdeasWindowAction)),
            (self.tr("&Projector"), (ProjectorAction.SHOW, ProjectorAction.SCREEN, None,
                                     *(name for name, _key, _shortcut in MODE_ACTIONS), None,
                                     ProjectorAction.MODE, ProjectorAction.THEME)),
        )  # fmt: skip
        for title, entries in menus:
            menu = bar.addMenu(title)
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                elif isinstance(entry, enum.StrEnum):
                    menu.addAction(self.action(entry))
                else:
                    menu.addMenu(entry)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.action(WindowAction.GONG))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for name in (WindowAction.LANGUAGE_SYSTEM, WindowAction.LANGUAGE_DE, WindowAction.LANGUAGE_EN):
            language_menu.addAction(self.action(name))
        bar.addMenu(self.tr("&Help")).addAction(self.action(WindowAction.ABOUT))

    def _update_actions(self) -> None:
        for collection in self._collections:
            collection.enable_for(self.session)
        writable = self.session is not None and not self.session.read_only
        stack = self.session.undo_stack if self.session else None
        undo, redo = self.action(WindowAction.UNDO), self.action(WindowAction.REDO)
        undo.setEnabled(bool(writable and stack and stack.canUndo()))
        redo.setEnabled(bool(writable and stack and stack.canRedo()))
        if stack is not None:
            undo_text, redo_text = stack.undoText(), stack.redoText()
            undo.setText(arg(self.tr("&Undo %1"), escape_ampersands(undo_text)) if undo_text else self.tr("&Undo"))
            redo.setText(arg(self.tr("&Redo %1"), escape_ampersands(redo_text)) if redo_text else self.tr("&Redo"))

    def _first_section(self, running: bool) -> str:
        """Where an opened workshop starts: the follow-up once its day is past, else its running clock or its details.

        A clock still running shows first (also past midnight), unless the workshop ended more than a day ago:
        a clock nobody finished on the evening no longer counts down anything.
        """
        assert self.session is not None
        from ..core.followup_progress import day_is_past, long_over

        workshop = self.session.store.workshop()
        now = self.clock.now() if self.clock is not None else None  # the window's clock (a test's fake one)
        if running and not long_over(workshop, now):
            return "clock"
        return "followup" if day_is_past(workshop, now) else "details"

    def _undo(self) -> None:
        if self.session is not None and not self.session.read_only:
            self.session.undo_stack.undo()

    def _redo(self) -> None:
        if self.session is not None and not self.session.read_only:
            self.session.undo_stack.redo()

    def _on_changed(self, change: Change) -> None:
        if change.touches(Area.WORKSHOP):  # the title shows the workshop's title
            self._update_title()

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(APP_NAME)
            return
        workshop = self.session.store.workshop()
        title = f"{workshop.title} – {self.session.store.path.name} – {APP_NAME}"
        if self.session.read_only:
            title += " " + self.tr("[read-only]")
        self.setWindowTitle(title)

    # ---- the open workshop ---------------------------------------------

    def open_file(self, path: Path, read_only: bool = False) -> bool:
        """Open a workshop file, explaining any problem; returns whether it is open now."""
        path = Path(path)
        if self.session is not None and self.session.store.path.resolve() == path.resolve():
            return True  # already open here: not "in use" by this very program
        if self.files.missing_recent(path):
            return False
        store = open_store(self, path, self.language, read_only)
        if store is None:
            return False
        self.show_store(store)
        if store.backup_path is not None:
            self.statusBar().showMessage(
                arg(
                    self.tr("The file was updated to the current version. A backup copy is at %1."),
                    str(store.backup_path),
                )
            )
        return True

    def show_store(self, store: WorkshopStore) -> None:
        """Close the workshop shown now and show ``store``'s (opened or just created)."""
        self.close_workshop()
        self.session = WorkshopSession(store, self)
        self.session.changed.connect(self._on_changed)
        self.session.failed.connect(self._on_failed)
        self.session.undo_stack.indexChanged.connect(lambda *_: self._update_actions())
        self.backups = BackupKeeper(store, self)
        self.backups.failed.connect(lambda message: self.statusBar().showMessage(message, 15000))
        self.controller = ClockController(self.session, self.clock, self)
        # A workshop whose clock runs opens on the clock: after a crash or a restart the
        # moderator sees the countdown at once.
        running = self.controller.state.status in (ClockStatus.RUNNING, ClockStatus.PAUSED)
        first = self._first_section(running)
        self.workspace = Workspace(
            self.session, self.controller, self.gong, self.agreements, self, first, self.settings
        )
        self.projector_control.follow(self.controller, self.workspace.clock_actions)
        if running:
            self.projector_control.reopen_after_crash()
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        if store.read_only:
            self.workspace.show_banner(read_only_banner(store))
        self.settings.add_recent_file(store.path)
        self.files.refresh_recent()
        self._update_title()
        self._update_actions()

    def _on_failed(self, error: StoreError) -> None:
        Ask.inform(self, self.tr("Not saved"), store_error_text(error))
        if self.workspace is not None and self.workspace.is_built("details"):
            # Show what is really in the file again, so nothing unsaved looks saved.
            self.workspace.details.load()

    def close_workshop(self, show_welcome: bool = True) -> None:
        """Close the open workshop (everything is already saved) and show the welcome screen."""
        if self.session is None:
            return
        focused = QApplication.focusWidget()
        if focused is not None and self.workspace is not None and self.workspace.isAncestorOf(focused):
            # A field stored when it is left (a photo's caption, a vote's question) is left now, while
            # the file is still open: closing or quitting loses nothing typed there.
            focused.clearFocus()
        if self.workspace is not None:  # its pages, and with them their actions
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.ideas.close_station()
        self.projector_control.follow(None, None)  # nothing of a closed workshop stays on the wall
        if self.controller is not None:
            self.controller.timer.stop()
            self.controller.deleteLater()
            self.controller = None
        if self.backups is not None:
            self.backups.finish()  # a last backup when anything changed
            self.backups.deleteLater()
            self.backups = None
        self.session.close()
        self.session.deleteLater()
        self.session = None
        if show_welcome:  # not when the window closes: building it then is wasted
            self.stack.setCurrentWidget(self.welcome)
        self.files.refresh_recent()
        self._update_title()
        self._update_actions()

    def show_section(self, key: str) -> None:
        """Show a section of the open workshop."""
        if self.workspace is not None:
            self.workspace.show_section(key)

    # ---- settings ------------------------------------------------------

    def set_gong(self, enabled: bool) -> None:
        """Switch the gong at the end of an item on or off (remembered)."""
        self.gong.enabled = enabled
        self.settings.gong = enabled

    def set_language(self, code: str) -> None:
        """Remember the interface language; it applies from the next start."""
        if code == self.settings.language:
            return
        self.settings.language = code
        self.settings.sync()
        self.statusBar().showMessage(self.tr("The language changes when zwdesktop is started again."), 10000)

    def show_about(self) -> None:
        """Help → About: version, licence, the fonts' licences."""
        from .about_dialog import AboutDialog  # a dialog: loaded when first asked for

        self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the geometry and close the file (which releases its lock)."""
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.sync()
        self.close_workshop(show_welcome=False)
        super().closeEvent(event)

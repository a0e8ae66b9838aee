"""The main window: a frame around the welcome screen or the open workshop's sections."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QWidget

from .. import APP_NAME
from ..core.clock import Clock, ClockStatus
from ..core.workshop import Workshop  # loaded before PySide6 with the store anyway (gui.app)
from ..paths import resource_dir, user_data_dir, user_templates_dir
from ..store import StoreError, WorkshopStore
from ..store.changes import Area, Change
from ..store.errors import StoreErrorKind
from .actions import ActionRegistry
from .agreements.actions import AgreementActions
from .clock.controller import ClockController
from .clock.gong import Gong
from .dialogs import Ask, remember_folders_in
from .files.backups import BackupKeeper, restore_from_backup
from .files.notices import read_only_banner
from .files.opening import make_demo, open_store, save_copy
from .i18n import arg
from .messages import store_error_text
from .session import WorkshopSession
from .settings import Settings
from .user_text import escape_ampersands
from .window_geometry import place_window, refit_once_shown
from .workspace import Workspace

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QShowEvent

    from ..core.templates import Template
    from .files.welcome_page import WelcomePage
    from .ideas.station import AssistantStation
    from .projector import ProjectorWindow  # imported when first shown (start-up time)

DEMO_FILE_NAME = "demo-aulendorf.zwd"
DEFAULT_SIZE = (1100, 760)  # shrunk to fit a smaller screen


class MainWindow(QMainWindow):
    """Owns the open :class:`WorkshopSession` and the application-wide actions; pages do the rest."""

    def __init__(
        self, settings: Settings, language: str, parent: QWidget | None = None, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.clock = clock
        self.controller: ClockController | None = None
        self.gong = Gong(settings.gong, self)
        self.projector: ProjectorWindow | None = None
        self.station: AssistantStation | None = None
        self.settings = settings
        self.language = language
        self.session: WorkshopSession | None = None
        self.workspace: Workspace | None = None
        self.registry = ActionRegistry(self)
        self.backups: BackupKeeper | None = None  # backs up the open workshop (gui/files/backups.py)

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        # The status bar is there from the start: made by the first message, it would move every page's buttons.
        self.statusBar()
        # Built when first needed: opening straight onto a file skips them (start-up time).
        self._welcome: WelcomePage | None = None
        self._templates: list[Template] | None = None

        self._make_actions()
        self._make_menus()
        self._refresh_recent()
        self._update_title()
        self._update_actions()

        remember_folders_in(settings)
        self._shown_once = False
        place_window(self, settings.geometry("main"), DEFAULT_SIZE)

    @property
    def templates(self) -> list[Template]:
        """The usable templates (built-in and the user's), read when first needed."""
        if self._templates is None:
            from ..core.templates import list_templates

            self._templates, _problems = list_templates(resource_dir() / "templates", user_templates_dir())
        return self._templates

    @property
    def welcome(self) -> WelcomePage:
        """The welcome screen (built when first needed)."""
        if self._welcome is None:
            from .files import welcome_page

            welcome = welcome_page.WelcomePage(self)
            self._welcome = welcome
            self.stack.insertWidget(0, welcome)
            welcome.new_requested.connect(self.new_from_template)
            welcome.open_requested.connect(self.open_dialog)
            welcome.demo_requested.connect(self.open_demo)
            welcome.recent_requested.connect(lambda name: self.open_file(Path(name)))
            welcome.set_templates(self.templates, self.language)
            welcome.set_recent_files(self.settings.recent_files)
        return self._welcome

    def showEvent(self, event: QShowEvent) -> None:
        """Without an open workshop the window shows the welcome screen."""
        if self.session is None:
            self.stack.setCurrentWidget(self.welcome)
        if not self._shown_once:
            self._shown_once = True
            refit_once_shown(self)
        super().showEvent(event)

    # ---- actions and menus ---------------------------------------------

    def _make_actions(self) -> None:
        a = self.registry
        a.add("file.new", self.tr("&New workshop…"), self._new_default, QKeySequence.StandardKey.New, self)
        a.add("file.open", self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open, self)
        a.add("file.demo", self.tr("Open the &demo workshop"), self.open_demo, None, self)
        a.add("file.restore_backup", self.tr("Restore from &backup…"), lambda _c=False: restore_from_backup(self), None, self)
        a.add("file.save_copy", self.tr("Save a &copy…"), self.save_copy, "Ctrl+Shift+S", self)
        a.add(
            "file.export_minutes",
            self.tr("Export &minutes (PDF)…"),
            self.export_minutes,
            QKeySequence.StandardKey.Print,
            self,
        )
        a.add("file.export_docx", self.tr("Export minutes for editing (&Word)…"), self.export_minutes_docx, None, self)
        a.add("file.export_poster", self.tr("Sign-up &poster (PDF)…"), self.export_poster, None, self)
        a.add("file.press_text", self.tr("Press &text…"), self.show_press_text, None, self)
        # Not the slot itself: triggered(checked=False) would arrive as show_welcome=False (an empty window).
        a.add("file.close", self.tr("&Close workshop"), lambda: self.close_workshop(), QKeySequence.StandardKey.Close, self)
        a.add("file.quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, self)
        a.add("edit.undo", self.tr("&Undo"), self._undo, QKeySequence.StandardKey.Undo, self)
        a.add("edit.redo", self.tr("&Redo"), self._redo, ["Ctrl+Shift+Z", "Ctrl+Y"], self)
        a.add("view.details", self.tr("&Details"), lambda: self.show_section("details"), "Ctrl+1", self)
        a.add("view.agenda", self.tr("&Agenda"), lambda: self.show_section("agenda"), "Ctrl+2", self)
        a.add("view.clock", self.tr("&Live clock"), lambda: self.show_section("clock"), "Ctrl+3", self)
        a.add("view.photos", self.tr("&Photos"), lambda: self.show_section("photos"), "Ctrl+4", self)
        a.add("view.ideas", self.tr("&Ideas"), lambda: self.show_section("ideas"), "Ctrl+5", self)
        a.add(
            "capture.focus",
            self.tr("&Capture an idea"),
            self.focus_capture,
            "Ctrl+I",
            self,
            tip=self.tr("Go to the Ideas section and put the cursor into the capture field"),
        )
        a.add(
            "capture.station",
            self.tr("&Assistant station"),
            self.open_assistant_station,
            "Ctrl+Shift+I",
            self,
            tip=self.tr("A compact second window for capturing ideas only"),
        )
        a.add("file.merge_ideas", self.tr("&Merge ideas from another laptop…"), self.merge_ideas_file, None, self)
        a.add("view.votes", self.tr("D&ot votes"), lambda: self.show_section("votes"), "Ctrl+9", self)
        a.add("view.agreements", self.tr("A&greements"), lambda: self.show_section("agreements"), "Ctrl+6", self)
        a.add("view.steering", self.tr("&Steering group"), lambda: self.show_section("steering"), "Ctrl+7", self)
        a.add("view.mailing", self.tr("&Mailing list"), lambda: self.show_section("mailing"), "Ctrl+8", self)
        self.agreement_actions = AgreementActions(self, a, lambda: self.session, self.language)
        a.add(
            "projector.show",
            self.tr("Show &projector"),
            self.toggle_projector,
            "Ctrl+B",
            self,
            tip=self.tr("Show or hide the projector window (full screen on the second screen)"),
        )
        a.add("projector.screen", self.tr("Choose projector &screen…"), self.choose_projector_screen, None, self)
        a.add(
            "projector.mode",
            self.tr("Next projector &mode (M in the projector)"),
            self._projector_next_mode,
            None,
            self,
        )
        a.add(
            "projector.theme",
            self.tr("Projector &theme dark/light (T in the projector)"),
            self._projector_theme,
            None,
            self,
        )
        a.add("help.about", self.tr("&About zwdesktop…"), self.show_about, None, self)
        gong = a.add("settings.gong", self.tr("&Gong at the end of an item"), self.set_gong, None, self)
        gong.setCheckable(True)
        gong.setChecked(self.gong.enabled)

        group = QActionGroup(self)
        for code, label in (("system", self.tr("As the &system")), ("de", "&Deutsch"), ("en", "&English")):
            action = a.add(
                f"settings.language.{code}", label, lambda _c=False, c=code: self.set_language(c), None, self
            )
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
            group.addAction(action)

    def _make_menus(self) -> None:
        a = self.registry
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for name in ("file.new", "file.open", "file.demo"):
            file_menu.addAction(a.get(name))
        self.recent_menu = QMenu(self.tr("&Recent files"), self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(a.get("file.restore_backup"))
        file_menu.addSeparator()
        file_menu.addAction(a.get("file.save_copy"))
        file_menu.addAction(a.get("file.export_minutes"))
        file_menu.addAction(a.get("file.export_docx"))
        file_menu.addAction(a.get("file.export_poster"))
        file_menu.addAction(a.get("file.press_text"))
        file_menu.addAction(a.get("file.export_csv"))
        file_menu.addAction(a.get("file.export_ics"))
        file_menu.addSeparator()
        file_menu.addAction(a.get("person.export"))
        file_menu.addAction(a.get("person.erase"))
        file_menu.addSeparator()
        file_menu.addAction(a.get("file.close"))
        file_menu.addSeparator()
        file_menu.addAction(a.get("file.quit"))
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(a.get("edit.undo"))
        edit_menu.addAction(a.get("edit.redo"))
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(a.get("view.details"))
        view_menu.addAction(a.get("view.agenda"))
        view_menu.addAction(a.get("view.clock"))
        view_menu.addAction(a.get("view.photos"))
        view_menu.addAction(a.get("view.ideas"))
        view_menu.addAction(a.get("view.votes"))
        for name in ("view.agreements", "view.steering", "view.mailing"):
            view_menu.addAction(a.get(name))
        ideas_menu = bar.addMenu(self.tr("I&deas"))
        for name in ("capture.focus", "capture.station", "file.merge_ideas"):
            ideas_menu.addAction(a.get(name))
        projector_menu = bar.addMenu(self.tr("&Projector"))
        for name in ("projector.show", "projector.screen", "projector.mode", "projector.theme"):
            projector_menu.addAction(a.get(name))
        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.addAction(a.get("settings.gong"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for code in ("system", "de", "en"):
            language_menu.addAction(a.get(f"settings.language.{code}"))
        bar.addMenu(self.tr("&Help")).addAction(a.get("help.about"))

    def _update_actions(self) -> None:
        has_file = self.session is not None
        writable = has_file and self.session is not None and not self.session.read_only
        for name in (
            "file.save_copy",
            "file.export_minutes",
            "file.export_docx",
            "file.export_poster",
            "file.press_text",
            "file.close",
            "view.details",
            "view.agenda",
            "view.clock",
            "view.photos",
            "view.ideas",
            "capture.focus",
            "capture.station",
            "view.votes",
            "projector.show",
            *AgreementActions.NAMES,
            "view.agreements",
            "view.steering",
            "view.mailing",
        ):
            self.registry.get(name).setEnabled(has_file)
        self.registry.get("person.erase").setEnabled(bool(writable))
        stack = self.session.undo_stack if self.session else None
        self.registry.get("file.merge_ideas").setEnabled(bool(writable))
        self.registry.get("edit.undo").setEnabled(bool(writable and stack and stack.canUndo()))
        self.registry.get("edit.redo").setEnabled(bool(writable and stack and stack.canRedo()))
        if stack is not None:
            undo_text = stack.undoText()
            redo_text = stack.redoText()
            self.registry.get("edit.undo").setText(
                arg(self.tr("&Undo %1"), escape_ampersands(undo_text)) if undo_text else self.tr("&Undo")
            )
            self.registry.get("edit.redo").setText(
                arg(self.tr("&Redo %1"), escape_ampersands(redo_text)) if redo_text else self.tr("&Redo")
            )

    def _undo(self) -> None:
        if self.session is not None and not self.session.read_only:
            self.session.undo_stack.undo()

    def _redo(self) -> None:
        if self.session is not None and not self.session.read_only:
            self.session.undo_stack.redo()

    def _refresh_recent(self) -> None:
        files = self.settings.recent_files
        if self._welcome is not None:
            self._welcome.set_recent_files(files)
        self.recent_menu.clear()
        for name in files:
            action = QAction(escape_ampersands(name), self.recent_menu)
            action.triggered.connect(lambda _c=False, n=name: self.open_file(Path(n)))
            action.setEnabled(Path(name).exists())
            self.recent_menu.addAction(action)
        self.recent_menu.setEnabled(bool(files))

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

    # ---- files ---------------------------------------------------------

    def open_dialog(self) -> None:
        """Ask for a workshop file and open it."""
        path = Ask.open_path(self)
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path, read_only: bool = False) -> bool:
        """Open a workshop file, explaining any problem; returns whether it is open now."""
        path = Path(path)
        if self.session is not None and self.session.store.path.resolve() == path.resolve():
            return True  # already open here: not "in use" by this very program
        store = open_store(self, path, self.language, read_only)
        if store is None:
            if not path.exists():
                self.settings.remove_recent_file(str(path.resolve()))
                self._refresh_recent()
            return False
        self._show_store(store)
        if store.backup_path is not None:
            self.statusBar().showMessage(
                arg(self.tr("The file was updated to the current version. A backup copy is at %1."), str(store.backup_path))
            )
        return True

    def _show_store(self, store: WorkshopStore) -> None:
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
        self.workspace = Workspace(
            self.session,
            self.registry,
            self.controller,
            self.gong,
            self,
            first_section="clock" if running else "details",
        )
        if self.projector is not None:
            self.projector.set_controller(self.controller)
            self.projector.adopt_actions(self.workspace.clock_actions.actions())
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        if store.read_only:
            self.workspace.show_banner(read_only_banner(store))
        self.settings.add_recent_file(store.path)
        self._refresh_recent()
        self._update_title()
        self._update_actions()

    def _on_failed(self, error: StoreError) -> None:
        Ask.inform(self, self.tr("Not saved"), store_error_text(error))
        if self.workspace is not None and "details" in self.workspace._built:
            # Show what is really in the file again, so nothing unsaved looks saved.
            self.workspace.details.load()

    def close_workshop(self, show_welcome: bool = True) -> None:
        """Close the open workshop (everything is already saved) and show the welcome screen."""
        if self.session is None:
            return
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.registry.remove_prefix("agenda.")
        self.registry.remove_prefix("clock.")
        self.registry.remove_prefix("photos.")
        self.registry.remove_prefix("agreements.")
        self.registry.remove_prefix("mailing.")
        self.registry.remove_prefix("ideas.")
        self.registry.remove_prefix("clusters.")
        if self.station is not None:
            self.station.close()
            self.station.deleteLater()
            self.station = None
        self.registry.remove_prefix("votes.")
        if self.projector is not None:
            self.projector.set_controller(None)
            self.projector.hide()  # nothing of a closed workshop stays on the wall
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
        self._refresh_recent()
        self._update_title()
        self._update_actions()

    def _default_template(self) -> Template | None:
        from ..core.templates import DEFAULT_TEMPLATE_ID, find_template

        return find_template(self.templates, DEFAULT_TEMPLATE_ID)

    def _new_default(self) -> None:
        template = self._default_template() or (self.templates[0] if self.templates else None)
        if self.session is not None or template is None:
            self.close_workshop()
            self.stack.setCurrentWidget(self.welcome)
            self.welcome.template_box.setFocus()
            return
        self.new_from_template(template)

    def new_from_template(self, template: Template) -> bool:
        """Ask where to save, create the workshop from ``template`` and open its details."""
        path = Ask.save_path(self, self.tr("New workshop"), self.tr("Future workshop.zwd"))
        if path is None:
            return False
        if path.exists():
            Ask.inform(self, self.tr("Cannot create the file"), store_error_text(StoreError(StoreErrorKind.EXISTS, path=str(path))))
            return False
        start = template.start
        end = (dt.datetime.combine(dt.date.today(), start) + dt.timedelta(minutes=template.total_minutes)).time()
        workshop = Workshop(
            title=template.display_name(self.language),
            date=dt.date.today(),
            start_time=start,
            end_time=end,
            minutes_language=self.language,
        )
        try:
            store = WorkshopStore.create(path, workshop, template.agenda(self.language))
        except StoreError as exc:
            Ask.inform(self, self.tr("Cannot create the file"), store_error_text(exc))
            return False
        self._show_store(store)
        self.show_section("details")
        if self.workspace is not None:
            title = self.workspace.details.field("title")
            # Deferred until the window is shown; by then the user may have gone to another section,
            # and taking the focus from there would close an editor they are typing in.
            QTimer.singleShot(0, title, lambda: title.setFocus() if title.isVisible() else None)
        return True

    def open_demo(self) -> bool:
        """Open the demo workshop, making it first when it does not exist yet."""
        path = user_data_dir() / DEMO_FILE_NAME
        if not path.exists():
            template = self._default_template()
            if template is None or not make_demo(self, path, template):
                return False
        return self.open_file(path)

    def save_copy(self) -> None:
        """Write a consistent copy of the open workshop to a file the user chooses."""
        if self.session is not None:
            save_copy(self, self.session.store)

    def export_minutes(self) -> None:
        """Open the export dialog for the minutes PDF."""
        self._open_export_dialog(word=False)

    def export_minutes_docx(self) -> None:
        """Open the export dialog for the minutes as an editable Word document."""
        self._open_export_dialog(word=True)

    def _open_export_dialog(self, word: bool) -> None:
        if self.session is None:
            return
        from .exports.minutes_dialog import ExportDialog

        dialog = ExportDialog(self.session, self, word=word)
        dialog.exported.connect(
            lambda path: self.statusBar().showMessage(arg(self.tr("Minutes saved as %1."), str(path)), 8000)
        )
        self.export_dialog = dialog  # reachable for tests while it is open
        dialog.open()

    def export_poster(self) -> None:
        """Choose the sign-up poster's paper size (A4 or A3) and write it to a PDF the user chooses."""
        if self.session is None:
            return
        from .exports.poster_dialog import PosterDialog

        dialog = PosterDialog(self.session, self)
        dialog.exported.connect(
            lambda path: self.statusBar().showMessage(arg(self.tr("Poster saved as %1."), str(path)), 8000)
        )
        self.poster_dialog = dialog  # reachable for tests while it is open
        dialog.open()

    def show_press_text(self) -> None:
        """Show the draft press text with a copy button."""
        if self.session is None:
            return
        from .exports.press_dialog import PressTextDialog

        self.press_dialog = PressTextDialog(self.session, self)
        self.press_dialog.open()

    def show_about(self) -> None:
        """Help → About: version, licence, the fonts' licences."""
        from .about_dialog import AboutDialog

        self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    # ---- ideas ---------------------------------------------------------

    def focus_capture(self) -> None:
        """Show the Ideas section with the cursor in the capture field."""
        if self.workspace is None:
            return
        self.show_section("ideas")
        self.workspace.ideas.focus_capture()

    def open_assistant_station(self) -> None:
        """Open (or bring forward) the assistant station: a compact window for capturing only."""
        if self.session is None:
            return
        if self.station is None:
            from .ideas.station import AssistantStation

            self.station = AssistantStation(self.session, self.controller, self.settings, self)
        self.station.open()

    def merge_ideas_file(self) -> None:
        """Merge the ideas and clusters of a second laptop's file or document into the open file."""
        if self.session is None or self.session.read_only:
            return
        from .ideas.merge import merge_ideas_from

        merge_ideas_from(self, self.session)

    # ---- view ----------------------------------------------------------

    def show_section(self, key: str) -> None:
        """Show a section of the open workshop."""
        if self.workspace is not None:
            self.workspace.show_section(key)

    # ---- projector -----------------------------------------------------

    def _projector(self) -> ProjectorWindow:
        if self.projector is None:
            from .projector import IdeaWallMode, ProjectorWindow

            self.projector = ProjectorWindow(self.settings, self.controller, self)
            self.projector.shown_changed.connect(self._projector_shown)
            self.projector.add_mode(IdeaWallMode())
            from .projector.vote_mode import VoteMode

            self.projector.add_mode(VoteMode())
            from .projector.agreements_modes import AgreementsMode, SignupMode

            self.projector.add_mode(AgreementsMode())
            self.projector.add_mode(SignupMode())
            if self.workspace is not None:
                self.projector.adopt_actions(self.workspace.clock_actions.actions())
        return self.projector

    def toggle_projector(self) -> None:
        """Show the projector window on its screen, or hide it when it is shown."""
        projector = self._projector()
        if projector.isVisible():
            projector.hide()
            return
        projector.open_on_screen(self)
        self.activateWindow()  # the moderator keeps typing on the laptop

    def _projector_shown(self, shown: bool) -> None:
        text = self.tr("Hide &projector") if shown else self.tr("Show &projector")
        self.registry.get("projector.show").setText(text)

    def choose_projector_screen(self) -> None:
        """Let the moderator pick the projector's screen (remembered for next time)."""
        if self._projector().open_on_screen(self, ask=True):
            self.activateWindow()

    def _projector_next_mode(self) -> None:
        self._projector().next_mode()

    def _projector_theme(self) -> None:
        self._projector().toggle_theme()

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

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the geometry and close the file (which releases its lock)."""
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.sync()
        self.close_workshop(show_welcome=False)
        super().closeEvent(event)

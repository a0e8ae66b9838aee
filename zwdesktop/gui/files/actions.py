"""The File menu's workshop files: new from a template, open, the demo, recent files, a backup, a copy, close, quit."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from ...core.templates import DEFAULT_TEMPLATE_ID, Template, find_template, list_templates
from ...core.workshop import Workshop
from ...paths import resource_dir, user_data_dir, user_templates_dir
from ...store import StoreError, WorkshopStore
from ...store.connection import sidecar
from ...store.errors import StoreErrorKind
from ...store.past_workshop import set_aside_if_past
from ..actions import ActionCollection, Needs
from ..dialogs import Ask
from ..i18n import arg
from ..messages import store_error_text
from ..user_text import escape_ampersands
from .backups import restore_from_backup
from .opening import make_demo, save_copy

if TYPE_CHECKING:
    from ..main_window import MainWindow

DEMO_FILE_NAME = "demo-aulendorf.zwd"
LATER_DEMO_FILE_NAME = "demo-aulendorf-nachbereitung.zwd"
LATER_WEEKS = 4  # the demo as an organiser opens it weeks after the evening


class FileAction(enum.StrEnum):
    """The names of the workshop files' actions."""

    NEW = "file.new"
    OPEN = "file.open"
    DEMO = "file.demo"
    DEMO_LATER = "file.demo_later"
    RESTORE_BACKUP = "file.restore_backup"
    SAVE_COPY = "file.save_copy"
    CLOSE = "file.close"
    QUIT = "file.quit"


class FileActions(ActionCollection):
    """Creates and opens workshop files for the main window, which shows them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._templates: list[Template] | None = None
        self.add(FileAction.NEW, self.tr("&New workshop…"), self.new_default, QKeySequence.StandardKey.New, window)
        self.add(FileAction.OPEN, self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open, window)
        self.add(FileAction.DEMO, self.tr("Open the &demo workshop"), self.open_demo, widget=window)
        self.add(FileAction.DEMO_LATER, self.tr("Open the demo four weeks &later"), self.open_later_demo, widget=window,
                 tip=self.tr("The demo workshop after its evening: the follow-up has begun"))  # fmt: skip
        self.add(FileAction.RESTORE_BACKUP, self.tr("Restore from &backup…"), lambda: restore_from_backup(window),
                 widget=window)  # fmt: skip
        self.add(FileAction.SAVE_COPY, self.tr("&Save a copy…"), self.save_copy, "Ctrl+Shift+S", window,
                 needs=Needs.WORKSHOP)  # fmt: skip
        # Not the slot itself: triggered(checked=False) would arrive as show_welcome=False (an empty window).
        self.add(FileAction.CLOSE, self.tr("&Close workshop"), lambda: window.close_workshop(),
                 QKeySequence.StandardKey.Close, window, needs=Needs.WORKSHOP)  # fmt: skip
        self.add(FileAction.QUIT, self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit, window)
        self.recent_menu = QMenu(self.tr("&Recent files"), window)

    @property
    def templates(self) -> list[Template]:
        """The usable templates (built-in and the user's), read when first needed."""
        if self._templates is None:
            self._templates, _problems = list_templates(resource_dir() / "templates", user_templates_dir())
        return self._templates

    def default_template(self) -> Template | None:
        """The built-in four-hour template, if it is there."""
        return find_template(self.templates, DEFAULT_TEMPLATE_ID)

    def refresh_recent(self) -> None:
        """Show the recent files in the menu and on the welcome screen (if it was built)."""
        files = self.window.settings.recent_files
        self.window.show_recent_files(files)
        self.recent_menu.clear()
        for name in files:
            action = QAction(escape_ampersands(name), self.recent_menu)
            # Always chosen: one not found now asks whether to keep it (a USB stick may come back).
            action.triggered.connect(lambda _c=False, n=name: self.window.open_file(Path(n)))
            self.recent_menu.addAction(action)
        self.recent_menu.setEnabled(bool(files))

    def missing_recent(self, path: Path) -> bool:
        """Whether ``path`` is a recently used file that is not there now; then asks whether to forget it.

        Perhaps it lies on a USB stick that is not plugged in: the entry stays unless the user lets it go.
        """
        recent = str(path.resolve())
        settings = self.window.settings
        if path.exists() or recent not in settings.recent_files:
            return False
        if Ask.forget_missing(self.window, recent):
            settings.remove_recent_file(recent)
            self.refresh_recent()
        return True

    def open_dialog(self) -> None:
        """Ask for a workshop file and open it."""
        path = Ask.open_path(self.window)
        if path is not None:
            self.window.open_file(path)

    def new_default(self) -> None:
        """A new workshop from the four-hour template; with a workshop open, the welcome screen to choose one."""
        template = self.default_template() or (self.templates[0] if self.templates else None)
        if self.window.session is not None or template is None:
            self.window.close_workshop()
            self.window.stack.setCurrentWidget(self.window.welcome)
            self.window.welcome.template_box.setFocus()
            return
        self.new_from_template(template)

    def new_from_template(self, template: Template) -> bool:
        """Ask where to save, create the workshop from ``template`` and open its details."""
        window = self.window
        path = Ask.save_path(window, self.tr("New workshop"), self.tr("Future workshop.zwd"))
        if path is None:
            return False
        if path.exists():
            error = StoreError(StoreErrorKind.EXISTS, path=str(path))
            Ask.inform(window, self.tr("Cannot create the file"), store_error_text(error))
            return False
        start = template.start
        end = (dt.datetime.combine(dt.date.today(), start) + dt.timedelta(minutes=template.total_minutes)).time()
        workshop = Workshop(
            title=template.display_name(window.language),
            date=dt.date.today(),
            start_time=start,
            end_time=end,
            minutes_language=window.language,
        )
        try:
            store = WorkshopStore.create(path, workshop, template.agenda(window.language))
        except StoreError as exc:
            Ask.inform(window, self.tr("Cannot create the file"), store_error_text(exc))
            return False
        window.show_store(store)
        window.show_section("details")
        if window.workspace is not None:
            title = window.workspace.details.field("title")
            # Deferred until the window is shown; by then the user may have gone to another section,
            # and taking the focus from there would close an editor they are typing in.
            QTimer.singleShot(0, title, lambda: _type_over(title) if title.isVisible() else None)
        return True

    def open_demo(self) -> bool:
        """Open the demo workshop, making it first when it does not exist yet or is from an earlier day.

        A demo of an earlier day (its clock hours past its time) goes to the backups first and is
        made anew for today; one of today opens with whatever was tried in it.
        """
        path = user_data_dir() / DEMO_FILE_NAME
        aside = None
        # Held by another window, or damaged: the demo stays, and opening it says so.
        with contextlib.suppress(StoreError):
            aside = set_aside_if_past(path, dt.datetime.now(dt.UTC)) if path.exists() else None
        if not path.exists():
            template = self.default_template()
            if template is None or not make_demo(self.window, path, template):
                return False
        opened = self.window.open_file(path)
        if opened and aside is not None:
            note = self.tr(
                "The demo workshop of %1 is among the backups now (File → Restore from backup); this one is today's."
            )
            self.window.statusBar().showMessage(arg(note, aside.day.strftime("%d.%m.%Y")), 15000)
        return opened

    def open_later_demo(self) -> bool:
        """Open the demo as it is four weeks after its evening (made anew each time, so its dates stay current)."""
        path = user_data_dir() / LATER_DEMO_FILE_NAME
        template = self.default_template()
        if template is None:
            return False
        if self.window.session is not None and self.window.session.store.path == path:
            self.window.close_workshop()
        for leftover in (path, sidecar(path, "-journal")):
            if leftover.exists():
                leftover.unlink()
        if not make_demo(self.window, path, template, LATER_WEEKS):
            return False
        return self.window.open_file(path)

    def save_copy(self) -> None:
        """Write a consistent copy of the open workshop to a file the user chooses."""
        if self.window.session is not None:
            save_copy(self.window, self.window.session.store)


def _type_over(field: QWidget) -> None:
    """Focus ``field`` with its text selected: the template's name is a stand-in the first keystroke replaces."""
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(field, QLineEdit):
        field.selectAll()

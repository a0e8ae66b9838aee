"""The File menu's exports: the minutes as PDF or Word, the sign-up poster, the press text.

The dialogs (and with them reportlab, python-docx and pikepdf) are loaded when
first asked for, here and nowhere else.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from ..actions import ActionCollection, Needs
from ..i18n import arg
from ..session import WorkshopSession

if TYPE_CHECKING:
    from collections.abc import Callable

    from .minutes_dialog import ExportDialog
    from .poster_dialog import PosterDialog
    from .press_dialog import PressTextDialog


class ExportAction(enum.StrEnum):
    """The names of the exports' actions."""

    MINUTES = "file.export_minutes"
    MINUTES_WORD = "file.export_docx"
    POSTER = "file.export_poster"
    PRESS_TEXT = "file.press_text"
    PROGRESS = "file.export_progress"


class ExportActions(ActionCollection):
    """Opens the export dialogs of the open workshop; the dialog open now stays reachable (for tests)."""

    def __init__(self, window: QMainWindow, session: Callable[[], WorkshopSession | None]) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.minutes_dialog: ExportDialog | None = None
        self.poster_dialog: PosterDialog | None = None
        self.press_dialog: PressTextDialog | None = None
        needs = Needs.WORKSHOP
        self.add(ExportAction.MINUTES, self.tr("Export &minutes (PDF)…"), self.export_minutes,
                 QKeySequence.StandardKey.Print, window, needs=needs)  # fmt: skip
        self.add(ExportAction.MINUTES_WORD, self.tr("Export minutes for editing (&Word)…"), self.export_minutes_word,
                 widget=window, needs=needs)  # fmt: skip
        self.add(ExportAction.POSTER, self.tr("Sign-up &poster (PDF)…"), self.export_poster, widget=window, needs=needs)
        self.add(ExportAction.PRESS_TEXT, self.tr("Press &text…"), self.show_press_text, widget=window, needs=needs)
        self.add(ExportAction.PROGRESS, self.tr("Pro&gress sheet (PDF)…"), self.export_progress, widget=window,
                 needs=needs, tip=self.tr("Where every group stands, for the steering group"))  # fmt: skip

    def _saved(self, template: str) -> Callable[[object], None]:
        return lambda path: self.window.statusBar().showMessage(arg(template, str(path)), 8000)

    def export_minutes(self) -> None:
        """Open the export dialog for the minutes PDF."""
        self._open_minutes_dialog(word=False)

    def export_minutes_word(self) -> None:
        """Open the export dialog for the minutes as an editable Word document."""
        self._open_minutes_dialog(word=True)

    def _open_minutes_dialog(self, word: bool) -> None:
        session = self.session()
        if session is None:
            return
        from .minutes_dialog import ExportDialog

        self.minutes_dialog = ExportDialog(session, self.window, word=word)
        self.minutes_dialog.exported.connect(self._saved(self.tr("Minutes saved as %1.")))
        self.minutes_dialog.open()

    def export_poster(self) -> None:
        """Choose the sign-up poster's paper size (A4 or A3) and write it to a PDF the user chooses."""
        session = self.session()
        if session is None:
            return
        from .poster_dialog import PosterDialog

        self.poster_dialog = PosterDialog(session, self.window)
        self.poster_dialog.exported.connect(self._saved(self.tr("Poster saved as %1.")))
        self.poster_dialog.open()

    def export_progress(self) -> None:
        """Ask where, and write the progress sheet for the steering group (one or two pages)."""
        session = self.session()
        if session is None:
            return
        from ...export.exchange_file import exchange_data
        from ...export.progress import write_progress
        from .minutes_dialog import ExportAsk

        store = session.store
        word = "Fortschritt" if store.workshop().minutes_language == "de" else "Progress"
        path = ExportAsk.progress_path(self.window, str(store.path.with_name(f"{store.path.stem} – {word}.pdf")))
        if path is None:
            return
        try:
            write_progress(exchange_data(store), path)
        except OSError as exc:
            message = arg(self.tr("%1 could not be written: %2"), str(path), exc.strerror or str(exc))
            ExportAsk.inform(self.window, self.tr("Not exported"), message)
            return
        self._saved(self.tr("Progress sheet saved as %1."))(path)

    def show_press_text(self) -> None:
        """Show the draft press text with a copy button."""
        session = self.session()
        if session is None:
            return
        from .press_dialog import PressTextDialog

        self.press_dialog = PressTextDialog(session, self.window)
        self.press_dialog.open()

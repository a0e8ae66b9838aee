"""The assistant station: a compact second window for capturing only, so the moderator's screen stays as it is.

It holds the same capture bar as the Ideas section and the last few ideas of
the running phase, newest at the bottom. It writes into the same open file
(same undo history): an assistant's Ctrl+Z takes back the last capture.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.ideas import IdeaFilter
from ..clock.controller import ClockController
from ..i18n import arg
from ..phases import phase_name
from ..session import WorkshopSession
from ..settings import Settings
from ..window_geometry import place_window, refit_once_shown
from .capture import CaptureBar
from .list_view import IdeaListView
from .model import IdeasModel

GEOMETRY_NAME = "assistant_station"
STATION_SIZE = (560, 420)


class AssistantStation(QWidget):
    """A small top-level window: the capture bar and the newest ideas of the phase."""

    def __init__(
        self,
        session: WorkshopSession,
        controller: ClockController | None,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("assistantStation")
        self.session = session
        self.settings = settings
        self.context = session.idea_context
        self.setWindowTitle(self.tr("Assistant station – capture ideas"))
        self.heading = QLabel(self)
        self.heading.setObjectName("stationHeading")
        self.capture = CaptureBar(session, self.context, self)
        self.model = IdeasModel(session, self)
        self.recent = IdeaListView(self.model, self)
        self.recent.setObjectName("stationList")
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.capture)
        layout.addWidget(self.recent, 1)
        undo = session.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        redo = session.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([undo, redo])
        self.context.changed.connect(self._follow_phase)
        self.model.rowsInserted.connect(lambda *_: self._show_newest())
        self._follow_phase()
        # Where it was last time, else centred on the screen (not in a corner under the main window).
        place_window(self, settings.geometry(GEOMETRY_NAME), STATION_SIZE)
        self._shown_once = False

    def _follow_phase(self) -> None:
        phase = self.context.phase()
        self.heading.setText(arg(self.tr("Ideas of the %1"), phase_name(phase)))
        self.model.set_filter(IdeaFilter(phase=phase))
        self._show_newest()

    def _show_newest(self) -> None:
        # scrollTo brings the scroll range up to date first; scrollToBottom used the one before.
        rows = self.model.rowCount()
        if rows:
            self.recent.scrollTo(self.model.index(rows - 1, 0))

    def open(self) -> None:
        """Show the window, bring it to the front and put the cursor into the capture field."""
        self.show()
        if not self._shown_once:
            self._shown_once = True
            refit_once_shown(self)
        self.raise_()
        self.activateWindow()
        self.capture.focus_field()
        # The rows' heights are known only once the list is laid out in the shown window: scroll
        # to the newest idea then (scrolled while hidden, the list opened at an older one).
        QTimer.singleShot(0, self.recent, self._show_newest)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember where the window was."""
        self.settings.set_geometry(GEOMETRY_NAME, self.saveGeometry())
        super().closeEvent(event)

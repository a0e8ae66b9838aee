"""The ideas' actions of the main window: capture from anywhere, the assistant station, merging another laptop's
ideas. The Ideas page's own are named in :mod:`.page_actions`, loaded with the page."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from ..actions import ActionCollection, Needs

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .station import AssistantStation


class IdeasWindowAction(enum.StrEnum):
    """The main window's actions of the ideas (the Ideas menu)."""

    CAPTURE = "capture.focus"
    STATION = "capture.station"
    MERGE_FILE = "file.merge_ideas"


class IdeasWindowActions(ActionCollection):
    """Capture from anywhere (Ctrl+I), the assistant station (Ctrl+Shift+I), merging another laptop's ideas."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.station: AssistantStation | None = None  # while a workshop is open, once asked for
        self.add(
            IdeasWindowAction.CAPTURE,
            self.tr("&Capture an idea"),
            self.focus_capture,
            "Ctrl+I",
            window,
            tip=self.tr("Go to the Ideas section and put the cursor into the capture field"),
            needs=Needs.WORKSHOP,
        )
        self.add(
            IdeasWindowAction.STATION,
            self.tr("&Assistant station"),
            self.open_station,
            "Ctrl+Shift+I",
            window,
            tip=self.tr("A compact second window for capturing ideas only"),
            needs=Needs.WORKSHOP,
        )
        self.add(
            IdeasWindowAction.MERGE_FILE,
            self.tr("&Merge ideas from another laptop…"),
            self.merge_file,
            widget=window,
            needs=Needs.WRITABLE,
        )

    def focus_capture(self) -> None:
        """Show the Ideas section with the cursor in the capture field."""
        if self.window.workspace is None:
            return
        self.window.show_section("ideas")
        self.window.workspace.ideas.focus_capture()

    def open_station(self) -> None:
        """Open (or bring forward) the assistant station: a compact window for capturing only."""
        session = self.window.session
        if session is None:
            return
        if self.station is None:
            from .station import AssistantStation  # a window of its own, made when first asked for

            self.station = AssistantStation(session, self.window.controller, self.window.settings, self.window)
        self.station.open()

    def close_station(self) -> None:
        """Close the station with the workshop it captures into."""
        if self.station is not None:
            self.station.close()
            self.station.deleteLater()
            self.station = None

    def merge_file(self) -> None:
        """Merge the ideas and clusters of a second laptop's file or document into the open file."""
        session = self.window.session
        if session is not None and not session.read_only:
            from .merge import merge_ideas_from  # the merge (exchange documents, conflicts): loaded when first used

            merge_ideas_from(self.window, session)

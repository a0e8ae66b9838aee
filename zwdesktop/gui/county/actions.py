"""The county overview's action: File → County overview… (also without an open workshop)."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ..actions import ActionCollection
from ..settings import Settings

if TYPE_CHECKING:
    from .dialog import CountyDialog

# The dialog (and the reading and exports behind it) is imported when it is first shown: start-up time.


class CountyAction(enum.StrEnum):
    """The names of the county view's actions."""

    OVERVIEW = "file.county"


class CountyActions(ActionCollection):
    """Makes the overview's action and keeps its window (one at a time, not modal)."""

    def __init__(self, window: QWidget, settings: Settings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self.dialog: CountyDialog | None = None
        self.add(
            CountyAction.OVERVIEW,
            self.tr("Count&y overview…"),
            lambda _checked=False: self.show(),
            widget=window,
            tip=self.tr("Several workshop files side by side: topics, totals, next dates, the county's report"),
        )

    def show(self) -> CountyDialog:
        """Show the overview (the one already open, or a new one)."""
        if self.dialog is None:
            from .dialog import CountyDialog

            self.dialog = CountyDialog(self.settings, self.window)
            self.dialog.destroyed.connect(self._gone)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _gone(self) -> None:
        self.dialog = None

"""The Projector menu of the main window: show or hide the projector window, its screen, mode and theme.

The projector window and its modes are built (and their modules loaded) when
the moderator first asks for them, here and nowhere else; it then lives as long
as the main window and follows whichever workshop is open.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from ..actions import ActionCollection, Needs
from ..settings import Settings

if TYPE_CHECKING:
    from ..clock.actions import ClockActions
    from ..clock.controller import ClockController
    from .window import ProjectorWindow


class ProjectorAction(enum.StrEnum):
    """The names of the Projector menu's actions."""

    SHOW = "projector.show"
    SCREEN = "projector.screen"
    MODE = "projector.mode"
    THEME = "projector.theme"


class ProjectorControl(ActionCollection):
    """The projector window (once made) and the menu's actions on it."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.projector: ProjectorWindow | None = None
        self._controller: ClockController | None = None
        self._clock_actions: ClockActions | None = None
        self.add(
            ProjectorAction.SHOW,
            self.tr("Show &projector"),
            self.toggle,
            "Ctrl+B",
            window,
            tip=self.tr("Show or hide the projector window (full screen on the second screen)"),
            needs=Needs.WORKSHOP,
        )
        self.add(ProjectorAction.SCREEN, self.tr("Choose projector &screen…"), self.choose_screen, widget=window)
        self.add(ProjectorAction.MODE, self.tr("Next projector &mode (M in the projector)"),
                 lambda: self.ensure().next_mode(), widget=window)  # fmt: skip
        self.add(ProjectorAction.THEME, self.tr("Projector &theme dark/light (T in the projector)"),
                 lambda: self.ensure().toggle_theme(), widget=window)  # fmt: skip

    def ensure(self) -> ProjectorWindow:
        """The projector window, made now with all its modes if it was not yet."""
        if self.projector is None:
            from .agreements_modes import AgreementsMode, SignupMode
            from .idea_wall import IdeaWallMode
            from .vote_mode import VoteMode
            from .window import ProjectorWindow

            projector = ProjectorWindow(self.settings, self._controller, self.window)
            projector.shown_changed.connect(self._shown)
            for mode in (IdeaWallMode(), VoteMode(), AgreementsMode(), SignupMode()):
                projector.add_mode(mode)
            self.projector = projector
            self._adopt()
        return self.projector

    def follow(self, controller: ClockController | None, clock_actions: ClockActions | None) -> None:
        """Show the workshop that ``controller`` runs (None: no workshop open; the projector hides)."""
        self._controller = controller
        self._clock_actions = clock_actions
        if self.projector is not None:
            self.projector.set_controller(controller)
            self._adopt()

    def _adopt(self) -> None:
        # The clock's keys work on the projector too (after a click into it).
        if self.projector is not None and self._clock_actions is not None:
            self.projector.adopt_actions(self._clock_actions.keyed())

    def toggle(self) -> None:
        """Show the projector window on its screen, or hide it when it is shown."""
        projector = self.ensure()
        if projector.isVisible():
            projector.hide()
            return
        projector.open_on_screen(self.window)
        self.window.activateWindow()  # the moderator keeps typing on the laptop

    def choose_screen(self) -> None:
        """Let the moderator pick the projector's screen (remembered for next time)."""
        if self.ensure().open_on_screen(self.window, ask=True):
            self.window.activateWindow()

    def _shown(self, shown: bool) -> None:
        text = self.tr("Hide &projector") if shown else self.tr("Show &projector")
        self.get(ProjectorAction.SHOW).setText(text)

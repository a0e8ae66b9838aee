"""The Projector menu of the main window: show or hide the projector window, its screen, mode and theme.

The projector window and its modes are built (and their modules loaded) when
the moderator first asks for them, here and nowhere else; it then lives as long
as the main window and follows whichever workshop is open.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtGui import QActionGroup, QGuiApplication
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
    CLOCK = "projector.mode.clock"
    IDEAS = "projector.mode.ideas"
    VOTES = "projector.mode.votes"
    AGREEMENTS = "projector.mode.agreements"
    SIGNUP = "projector.mode.signup"
    MODE = "projector.mode"
    THEME = "projector.theme"


# The modes the menu puts on the wall directly, by their keys (see the modes' ``key``): Ctrl+Shift
# with F1…F5 from the moderator's window, as F1…F4 alone in the projector itself (Ctrl+F4 without
# Shift closes a window on some systems).
MODE_ACTIONS = (
    (ProjectorAction.CLOCK, "clock", "Ctrl+Shift+F1"),
    (ProjectorAction.IDEAS, "ideas", "Ctrl+Shift+F2"),
    (ProjectorAction.VOTES, "votes", "Ctrl+Shift+F3"),
    (ProjectorAction.AGREEMENTS, "agreements", "Ctrl+Shift+F4"),
    (ProjectorAction.SIGNUP, "signup", "Ctrl+Shift+F5"),
)


class ProjectorControl(ActionCollection):
    """The projector window (once made) and the menu's actions on it."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.projector: ProjectorWindow | None = None
        # Read once at the start: whether the program stopped last time while the projector was shown.
        # Cleared at once, so that it counts for this start only (shown again, the projector sets it again).
        self._left_shown = settings.projector_left_shown
        if self._left_shown:
            settings.projector_left_shown = False
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
        titles = {
            "clock": self.tr("Show the &clock"),
            "ideas": self.tr("Show the &idea wall"),
            "votes": self.tr("Show the &dot vote"),
            "agreements": self.tr("Show the &agreements"),
            "signup": self.tr("Show the sign-&up codes"),
        }
        self.mode_group = QActionGroup(self)
        for name, key, shortcut in MODE_ACTIONS:
            action = self.add(name, titles[key], lambda _c=False, k=key: self.show_mode(k), shortcut, window,
                              needs=Needs.WORKSHOP)  # fmt: skip
            action.setCheckable(True)
            action.setChecked(key == "clock")
            self.mode_group.addAction(action)
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
            projector.mode_changed.connect(self._mode_changed)
            for mode in (IdeaWallMode(), VoteMode(), AgreementsMode(), SignupMode()):
                projector.add_mode(mode)
            self.projector = projector
            self._adopt()
        return self.projector

    def follow(self, controller: ClockController | None, clock_actions: ClockActions | None) -> None:
        """Show the workshop that ``controller`` runs (None: no workshop open; the projector hides)."""
        self._controller = controller
        self._clock_actions = clock_actions
        if controller is not None:
            # Closing a round puts its results on the wall when the projector is shown (the focus
            # goes with its workshop, and the connection with it).
            controller.session.vote_focus.round_closed.connect(self._round_closed)
        if self.projector is not None:
            self.projector.set_controller(controller)
            self._adopt()

    def _adopt(self) -> None:
        # The clock's keys work on the projector too (after a click into it).
        if self.projector is not None and self._clock_actions is not None:
            self.projector.adopt_actions(self._clock_actions.keyed())

    def show_mode(self, key: str) -> None:
        """Put a mode on the wall (``clock``, ``ideas``, ``votes``, ``agreements``, ``signup``), showing the projector if hidden.

        The keyboard stays with the moderator's window.
        """
        projector = self.ensure()
        projector.set_mode(key)
        if not projector.isVisible():
            projector.open_on_screen(self.window)
            self.window.activateWindow()
        self._mode_changed(key)

    def _round_closed(self, _round_id: str) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.projector.set_mode("votes")  # the vote mode shows the round the Dot votes section shows

    def _mode_changed(self, key: str) -> None:
        for name, mode, _shortcut in MODE_ACTIONS:
            if mode == key:
                self.get(name).setChecked(True)

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

    def reopen_after_crash(self) -> bool:
        """Show the projector again if the program stopped while it was shown, and its screen is there.

        Only a crash (or a pulled plug) stops the program with the projector shown: quitting and
        closing the workshop hide it first. The wall then shows the clock again, where the wall
        clock says it is, without the moderator having to find Ctrl+B in front of the hall.
        """
        left_shown, self._left_shown = self._left_shown, False  # once, for the first workshop opened
        if not left_shown or (self.projector is not None and self.projector.isVisible()):
            return False
        screens = QGuiApplication.screens()
        if len(screens) < 2 or self.settings.projector_screen not in {screen.name() for screen in screens}:
            return False  # the projector is not connected (back in the office)
        self.show_mode("clock")
        return True

    def _shown(self, shown: bool) -> None:
        text = self.tr("Hide &projector") if shown else self.tr("Show &projector")
        self.get(ProjectorAction.SHOW).setText(text)
        if self.settings.projector_left_shown != shown:
            self.settings.projector_left_shown = shown

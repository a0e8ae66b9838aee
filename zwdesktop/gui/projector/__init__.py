"""The projector window and its pluggable modes (the clock first)."""

from __future__ import annotations

from .clock_mode import ClockMode
from .idea_wall import IdeaWallMode
from .modes import DARK, LIGHT, THEMES, ProjectorMode, Theme, fit_font, theme_named
from .screens import ScreenPicker, choose_screen
from .window import ProjectorWindow

__all__ = [
    "DARK",
    "LIGHT",
    "THEMES",
    "ClockMode",
    "IdeaWallMode",
    "ProjectorMode",
    "ProjectorWindow",
    "ScreenPicker",
    "Theme",
    "choose_screen",
    "fit_font",
    "theme_named",
]

"""The short gong at the end of an agenda item: a shipped sound, switchable off.

A laptop without a working audio device (or without QtMultimedia's system
libraries) is not an error: the gong then stays silent.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject


class Gong(QObject):
    """Plays ``resources/sounds/gong.wav`` when enabled and when sound works here."""

    def __init__(self, enabled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.played = 0  # how often the gong was asked to sound (for tests and the status bar)
        self._effect: Any = None
        self._failed = False

    def _load(self) -> Any:
        if self._effect is None and not self._failed:
            try:
                from .sound import gong_effect  # QtMultimedia, a heavy library: loaded when the gong first sounds
            except ImportError:  # QtMultimedia's system libraries are missing
                self._failed = True
                return None
            self._effect = gong_effect(self)
        return self._effect

    def play(self) -> None:
        """Sound the gong (when switched on); silently nothing when there is no audio."""
        if not self.enabled:
            return
        self.played += 1
        effect = self._load()
        if effect is None:
            return
        if effect.status() == effect.Status.Error:
            return
        effect.play()

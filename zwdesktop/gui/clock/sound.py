"""The gong's sound effect, made from the shipped ``resources/sounds/gong.wav``.

A module of its own because QtMultimedia is a heavy library: ``Gong`` loads it
the first time the gong sounds, with the URL class that only the sound needs.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QSoundEffect

from ...paths import resource_dir


def gong_effect(parent: QObject) -> QSoundEffect:
    """The gong, ready to play (a little below full volume)."""
    effect = QSoundEffect(parent)
    effect.setSource(QUrl.fromLocalFile(str(resource_dir() / "sounds" / "gong.wav")))
    effect.setVolume(0.8)
    return effect

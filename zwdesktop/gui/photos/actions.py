"""The names of the photos page's actions (made by :class:`~zwdesktop.gui.photos.page.PhotosPage`, gone with it)."""

from __future__ import annotations

import enum


class PhotosAction(enum.StrEnum):
    """The photos' actions: attaching, removing and reordering."""

    ADD = "photos.add"
    REMOVE = "photos.remove"
    UP = "photos.up"
    DOWN = "photos.down"

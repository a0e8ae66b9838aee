"""The names of the agenda page's actions (made by :class:`~zwdesktop.gui.agenda.page.AgendaPage`, gone with it)."""

from __future__ import annotations

import enum


class AgendaAction(enum.StrEnum):
    """The agenda's actions: adding, removing, moving, duplicating, splitting and resizing items."""

    ADD = "agenda.add"
    REMOVE = "agenda.remove"
    UP = "agenda.up"
    DOWN = "agenda.down"
    DUPLICATE = "agenda.duplicate"
    SPLIT = "agenda.split"
    LONGER = "agenda.longer"
    SHORTER = "agenda.shorter"

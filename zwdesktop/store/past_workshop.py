"""A workshop file from a day gone by, set aside among the backups: how the demo stays a workshop of today.

The demo workshop is made "in its third hour" at the moment it is made, and its
live clock runs on in real time; opened again on a later day it showed a
fantasy phase hours over its time. :func:`set_aside_if_past` keeps such a file
as a backup (``zwdesktop backups`` lists it, ``restore`` brings it back) and
removes it, so that the caller can make the demo anew. A file of today stays
as it is, with whatever was tried in it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from msgspec import Struct

from ..core.schedule import workshop_days
from .backup import make_backup
from .connection import remove_quietly, sidecar
from .workshop_store import WorkshopStore


class SetAside(Struct, frozen=True):
    """A workshop file moved to the backups: where the backup is, and the workshop's date."""

    backup: Path
    day: dt.date
    """The date the workshop is held on, as its details show it (a workshop past midnight ends a day later)."""


def set_aside_if_past(path: Path, now: dt.datetime, root: Path | None = None) -> SetAside | None:
    """Back up and remove the workshop file ``path`` when its workshop's last day is before ``now``'s.

    Returns what was set aside, or None when the file stays (its workshop is today or later).
    Raises :class:`~.errors.StoreError` (a :class:`~.errors.LockedError` while another program
    has the file open) and then leaves the file as it was.
    """
    store = WorkshopStore.open(path)
    try:
        workshop = store.workshop()
        day = max(workshop_days(workshop))
        if day >= now.astimezone(ZoneInfo(workshop.timezone)).date():
            return None
        backup = make_backup(store, root, now)
    finally:
        store.close()
    path.unlink()
    remove_quietly(sidecar(path, "-journal"))
    return SetAside(backup, workshop.date)

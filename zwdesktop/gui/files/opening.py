"""Workshop files from the window: opening (the file-in-use question, the program's own lock), the demo, a copy.

The lock beside a file names its holder and since when (UTC). The moderator is
told the local date and time. A lock of this very process is never reported as
"in use": the window's own open file is simply shown, and any other lock with
this process's id is one this process left behind (an open that failed half
way), so it is taken back.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from ...core.instants import local_time_text
from ...store import LockedError, StoreError, WorkshopStore
from ...store.errors import StoreErrorKind
from ...store.lock import host_name, lock_path
from ..dialogs import Ask
from ..i18n import arg
from ..messages import store_error_text

if TYPE_CHECKING:
    from ...core.templates import Template

# The texts below keep the window's translation context "MainWindow": they moved here from main_window.py.


def is_own_lock(error: LockedError) -> bool:
    """Whether the lock was taken by this very process (on this computer)."""
    return error.params.get("pid") == os.getpid() and error.params.get("host") == host_name()


def in_use_text(error: LockedError, language: str) -> str:
    """Who has the file open and since when, in local time."""
    p = error.params
    shown = LockedError(
        str(p.get("path", "")),
        str(p.get("user", "")),
        str(p.get("host", "")),
        local_time_text(str(p.get("since", "")), language),
        int(p.get("pid", 0)),
    )
    return store_error_text(shown)


def open_store(parent: QWidget, path: Path, language: str, read_only: bool = False) -> WorkshopStore | None:
    """Open ``path`` for the window, asking and explaining as needed; None when it is not open.

    The caller has already made sure the file is not the one the window shows.
    """
    try:
        return WorkshopStore.open(path, read_only=read_only, damaged_ok=True)  # a damaged file opens read-only
    except LockedError as exc:
        if is_own_lock(exc):
            # Left behind by this process (nothing else in it holds a file): ours to take back.
            try:
                lock_path(path).unlink(missing_ok=True)
            except OSError:  # a folder that refuses the deletion: look, but do not write
                return open_store(parent, path, language, read_only=True)
            return open_store(parent, path, language, read_only)
        if not Ask.open_read_only(parent, in_use_text(exc, language)):
            return None
        return open_store(parent, path, language, read_only=True)
    except StoreError as exc:
        Ask.inform(parent, QCoreApplication.translate("MainWindow", "Cannot open the file"), store_error_text(exc))
        return None


def make_demo(parent: QWidget, path: Path, template: Template, weeks_later: int = 0) -> bool:
    """Write the demo workshop (Aulendorf, in its third hour, or ``weeks_later``) to ``path``; False after telling why not."""
    # The demo (a whole workshop's records) and the writer of a document load when first asked for.
    from ...demo.workshop import demo_workshop
    from ...store.merge import create_from_document

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        create_from_document(path, demo_workshop(template, dt.datetime.now(dt.UTC), weeks_later)).close()
    except (StoreError, OSError) as exc:
        error = (
            exc if isinstance(exc, StoreError) else StoreError(StoreErrorKind.IO_ERROR, path=str(path), detail=str(exc))
        )
        Ask.inform(parent, QCoreApplication.translate("MainWindow", "Cannot create the file"), store_error_text(error))
        return False
    return True


def save_copy(window: QMainWindow, store: WorkshopStore) -> None:
    """Write a consistent copy of the open workshop to a file the user chooses."""
    suggestion = str(
        store.path.with_name(arg(QCoreApplication.translate("MainWindow", "%1 (copy).zwd"), store.path.stem))
    )
    path = Ask.save_path(window, QCoreApplication.translate("MainWindow", "Save a copy"), suggestion)
    if path is None:
        return
    if path.resolve() == store.path.resolve():
        Ask.inform(
            window,
            QCoreApplication.translate("MainWindow", "Save a copy"),
            QCoreApplication.translate("MainWindow", "Please choose another file name than the open file's."),
        )
        return
    try:
        store.save_copy(path)
    except StoreError as exc:
        Ask.inform(window, QCoreApplication.translate("MainWindow", "Save a copy"), store_error_text(exc))
        return
    window.statusBar().showMessage(arg(QCoreApplication.translate("MainWindow", "Copy saved as %1."), str(path)), 8000)

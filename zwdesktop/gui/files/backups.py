"""Backups of the open workshop while the window runs, and File → Restore from backup….

:class:`BackupKeeper` makes a backup (``store/backup.py``) after every 10
minutes with changes and when the workshop is closed; a backup that cannot be
written (a full disk) is reported in the status bar and tried again later.
:func:`restore_from_backup` lists every backup and opens the chosen one as a
new file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ...store import StoreError, WorkshopStore
from ...store.backup import BackupInfo, BackupSchedule, backup_root, list_backups, make_backup, restore_backup
from ..dialogs import Ask
from ..i18n import arg
from ..messages import store_error_text

if TYPE_CHECKING:
    from ..main_window import MainWindow

CHECK_EVERY_MS = 60_000
# Characters no file name may hold on Windows, and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class BackupKeeper(QObject):
    """Backs up one open (writable) workshop: after every 10 minutes with changes, and at :meth:`finish`."""

    made = Signal(Path)
    failed = Signal(str)

    def __init__(
        self,
        store: WorkshopStore,
        parent: QObject | None = None,
        schedule: BackupSchedule | None = None,
        root: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.schedule = schedule or BackupSchedule()
        self.root = root
        store.add_listener(lambda _change: self.schedule.note_change())
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.tick)
        if not store.read_only:
            self.timer.start()

    def tick(self) -> None:
        """Make a backup if one is due."""
        if not self.store.read_only and self.schedule.due():
            self.backup_now()

    def backup_now(self) -> Path | None:
        """Make a backup at once; None when it could not be written (reported by ``failed``)."""
        try:
            path = make_backup(self.store, self.root)
        except StoreError as exc:
            self.schedule.last = self.schedule._clock()  # not again every minute: at the next interval
            self.failed.emit(
                arg(QCoreApplication.translate("Backups", "No backup could be made: %1"), store_error_text(exc))
            )
            return None
        self.schedule.done()
        self.made.emit(path)
        return path

    def finish(self) -> None:
        """The workshop is being closed: a last backup when anything changed since the previous one."""
        self.timer.stop()
        if not self.store.read_only and self.schedule.changed:
            self.backup_now()


def choose_backup(parent: MainWindow, backups: list[BackupInfo], current: str | None) -> BackupInfo | None:
    """Which backup to restore (None when cancelled); tests replace this function."""
    from .restore_dialog import RestoreDialog  # a window of its own: loaded when first shown

    dialog = RestoreDialog(backups, current, backup_root(), parent)
    return dialog.chosen if dialog.exec() else None


def suggested_name(info: BackupInfo) -> str:
    """A file name for a restored backup: the title and when the backup was made."""
    stamp = info.taken_at.astimezone().strftime("%Y-%m-%d %H-%M")
    title = _UNSAFE.sub(" ", info.title).strip(" .") or "zwdesktop"
    return arg(QCoreApplication.translate("Backups", "%1 (backup %2).zwd"), title[:80], stamp)


def restore_from_backup(window: MainWindow, choose: Callable[..., BackupInfo | None] | None = None) -> bool:
    """File → Restore from backup…: pick a backup, save it as a new file, open that; returns whether it is open."""
    current = window.session.store.workshop_id if window.session is not None else None
    chosen = (choose or choose_backup)(window, list_backups(), current)
    if chosen is None:
        return False
    recent = window.settings.recent_files
    folder = Path(recent[0]).parent if recent else Path.home()
    title = QCoreApplication.translate("Backups", "Restore from backup")
    path = Ask.save_path(window, title, str(folder / suggested_name(chosen)))
    if path is None:
        return False
    try:
        restore_backup(chosen.path, path)
    except StoreError as exc:
        Ask.inform(window, title, store_error_text(exc))
        return False
    return window.open_file(path)

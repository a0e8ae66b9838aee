"""The questions the program asks, each in one replaceable place (tests swap these functions).

Every file dialog of the program goes through here. Each kind of file starts in
its own folder: workshop files and exports in the Documents folder, photos in
the Pictures folder, and from then on in the folder the user last chose for that
kind (remembered in the settings) — never in the program's working directory.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .plain_text import plain_message

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from .settings import Settings

# The form that asks whose data (person_dialog) loads where Ask.person shows it: its form, line
# edit and button box classes build their enums when first imported, which start-up need not wait for.

WORKSHOPS, EXPORTS, PHOTOS = "workshops", "exports", "photos"
_folders: Settings | None = None


def remember_folders_in(settings: Settings | None) -> None:
    """Keep the last folder of each kind of file in ``settings`` (the main window's)."""
    global _folders
    _folders = settings


def start_folder(kind: str) -> Path:
    """Where a file dialog for ``kind`` opens: the last folder chosen, else Documents or Pictures."""
    remembered = _folders.last_folder(kind) if _folders is not None else ""
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    locations = QStandardPaths.StandardLocation
    standard = QStandardPaths.writableLocation(
        locations.PicturesLocation if kind == PHOTOS else locations.DocumentsLocation
    )
    if standard and Path(standard).is_dir():
        return Path(standard)
    return Path.home()


def _chosen(kind: str, path: Path) -> Path:
    if _folders is not None:
        _folders.set_last_folder(kind, str(path.parent))
    return path


def _start(kind: str, folder: str = "", suggestion: str = "") -> str:
    """The dialog's starting point: ``folder`` when the caller names one, else the kind's folder; plus a file name."""
    base = Path(folder) if folder and Path(folder).is_dir() else start_folder(kind)
    return str(base / Path(suggestion).name) if suggestion else str(base)


def _filter() -> str:
    return QCoreApplication.translate("Dialogs", "Workshop files (*.zwd)")


def ask_save_path(
    parent: QWidget | None, title: str, suggestion: str, file_filter: str, suffix: str, kind: str = EXPORTS
) -> Path | None:
    """A file name to write (None when cancelled), with ``suffix`` added when the user left it out.

    Only the file name of ``suggestion`` is used; the dialog opens in the folder of ``kind``.
    """
    name, _ = QFileDialog.getSaveFileName(parent, title, _start(kind, suggestion=suggestion), file_filter)
    if not name:
        return None
    path = Path(name)
    return _chosen(kind, path if path.suffix.lower() == suffix else path.with_name(path.name + suffix))


def ask_open_path(parent: QWidget | None, title: str, file_filter: str, kind: str, folder: str = "") -> Path | None:
    """One file to read (None when cancelled), starting in ``folder`` or the folder of ``kind``."""
    name, _ = QFileDialog.getOpenFileName(parent, title, _start(kind, folder), file_filter)
    return _chosen(kind, Path(name)) if name else None


def ask_open_paths(parent: QWidget | None, title: str, file_filter: str, kind: str, folder: str = "") -> list[Path]:
    """Several files to read (empty when cancelled), starting in ``folder`` or the folder of ``kind``."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, _start(kind, folder), file_filter)
    paths = [Path(name) for name in names]
    if paths:
        _chosen(kind, paths[0])
    return paths


def ask_folder(parent: QWidget | None, title: str, kind: str) -> Path | None:
    """A folder to read (None when cancelled), starting in the folder of ``kind``."""
    name = QFileDialog.getExistingDirectory(parent, title, _start(kind))
    if not name:
        return None
    folder = Path(name)
    _chosen(kind, folder / "_")  # remembered as the folder the next dialog opens in: the chosen one itself
    return folder


def fit_title(dialog: QDialog, extra: int = 160) -> None:
    """Make ``dialog`` at least as wide as its title needs (plus the title bar's buttons), within its screen."""
    needed = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + extra
    screen = dialog.screen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().width() - 40)
    dialog.setMinimumWidth(max(dialog.minimumWidth(), needed))


class Ask:
    """Dialogs that return the user's answer. Tests replace these class methods."""

    @classmethod
    def open_path(cls, parent: QWidget | None, folder: str = "") -> Path | None:
        """Which workshop file to open (None when cancelled)."""
        return ask_open_path(parent, QCoreApplication.translate("Dialogs", "Open workshop"), _filter(), WORKSHOPS, folder)

    @classmethod
    def save_path(cls, parent: QWidget | None, title: str, suggestion: str) -> Path | None:
        """Where to create or copy a workshop file (None when cancelled); adds ``.zwd`` when missing."""
        return ask_save_path(parent, title, suggestion, _filter(), ".zwd", WORKSHOPS)

    @classmethod
    def open_read_only(cls, parent: QWidget | None, message: str) -> bool:
        """Whether to open a file that someone else holds for reading only."""
        text = message + "\n\n" + QCoreApplication.translate("Dialogs", "Open it read-only?")
        title = QCoreApplication.translate("Dialogs", "File is in use")
        return plain_message(parent, "Question", title, text, ("Yes", "No"), "Yes") == "Yes"

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, message: str) -> None:
        """Tell the user something went wrong or needs attention."""
        plain_message(parent, "Warning", title, message)

    @classmethod
    def save_file(cls, parent: QWidget | None, title: str, suggestion: str, file_filter: str, suffix: str) -> Path | None:
        """Where to write an export (None when cancelled); adds ``suffix`` when missing."""
        return ask_save_path(parent, title, suggestion, file_filter, suffix)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, message: str) -> bool:
        """Whether to go ahead with something that cannot be undone."""
        return plain_message(parent, "Question", title, message, ("Yes", "Cancel"), "Cancel") == "Yes"

    @classmethod
    def confirm_removal(cls, parent: QWidget | None, title: str, message: str, button: str) -> bool:
        """Whether to remove something that holds results (it stays undoable); ``button`` names the removal."""
        box = QMessageBox(QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.Cancel, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes user text (a round's title) as typed
        remove = box.addButton(button, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is remove

    @classmethod
    def person(cls, parent: QWidget | None, title: str) -> tuple[str, str] | None:
        """Whose data: a name and/or an e-mail address (None when cancelled)."""
        from .person_dialog import ask_person  # a dialog: loaded when first asked for

        return ask_person(parent, title)

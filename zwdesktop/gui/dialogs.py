"""The questions the program asks, each in one replaceable place (tests swap these functions).

Every message box and file dialog of the program is asked for through here or
through the dialog modules it loads (``message_boxes``, ``file_dialogs``). Each
kind of file starts in its own folder (see ``file_dialogs``); the last folder of
each kind is remembered in the main window's settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .i18n import arg

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from .settings import Settings

# The dialogs themselves load where Ask first shows one: the message boxes (message_boxes), the
# file dialogs (file_dialogs) and the form that asks whose data (person_dialog). Their Qt classes
# build their enums when first imported, which start-up need not wait for.

WORKSHOPS, EXPORTS, PHOTOS = "workshops", "exports", "photos"
_folders: Settings | None = None


def remember_folders_in(settings: Settings | None) -> None:
    """Keep the last folder of each kind of file in ``settings`` (the main window's)."""
    global _folders
    _folders = settings


def remembered_folders() -> Settings | None:
    """The settings that keep the last folder of each kind of file (None until a main window set them)."""
    return _folders


def _filter() -> str:
    return QCoreApplication.translate("Dialogs", "Workshop files (*.zwd)")


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
        from .file_dialogs import ask_open_path  # a dialog: loaded when first asked for

        return ask_open_path(
            parent, QCoreApplication.translate("Dialogs", "Open workshop"), _filter(), WORKSHOPS, folder
        )

    @classmethod
    def save_path(cls, parent: QWidget | None, title: str, suggestion: str) -> Path | None:
        """Where to create or copy a workshop file (None when cancelled); adds ``.zwd`` when missing."""
        from .file_dialogs import ask_save_path  # a dialog: loaded when first asked for

        return ask_save_path(parent, title, suggestion, _filter(), ".zwd", WORKSHOPS)

    @classmethod
    def open_read_only(cls, parent: QWidget | None, message: str) -> bool:
        """Whether to open a file that someone else holds for reading only."""
        from .message_boxes import plain_message  # a dialog: loaded when first asked for

        text = message + "\n\n" + QCoreApplication.translate("Dialogs", "Open it read-only?")
        title = QCoreApplication.translate("Dialogs", "File is in use")
        return plain_message(parent, "Question", title, text, ("Yes", "No"), "Yes") == "Yes"

    @classmethod
    def forget_missing(cls, parent: QWidget | None, path: str) -> bool:
        """Whether to take a recent file that is not there now off the list (default: keep it)."""
        from .message_boxes import plain_message  # a dialog: loaded when first asked for

        title = QCoreApplication.translate("Dialogs", "File not found")
        text = arg(
            QCoreApplication.translate(
                "Dialogs",
                "%1 is not there now: perhaps on a USB stick that is not plugged in, or moved or deleted.\n\n"
                "Remove it from the recently used files?",
            ),
            path,
        )
        return plain_message(parent, "Question", title, text, ("Yes", "No"), "No") == "Yes"

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, message: str) -> None:
        """Tell the user something went wrong or needs attention."""
        from .message_boxes import plain_message  # a dialog: loaded when first asked for

        plain_message(parent, "Warning", title, message)

    @classmethod
    def save_file(
        cls, parent: QWidget | None, title: str, suggestion: str, file_filter: str, suffix: str
    ) -> Path | None:
        """Where to write an export (None when cancelled); adds ``suffix`` when missing."""
        from .file_dialogs import ask_save_path  # a dialog: loaded when first asked for

        return ask_save_path(parent, title, suggestion, file_filter, suffix)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, message: str) -> bool:
        """Whether to go ahead with something that cannot be undone."""
        from .message_boxes import plain_message  # a dialog: loaded when first asked for

        return plain_message(parent, "Question", title, message, ("Yes", "Cancel"), "Cancel") == "Yes"

    @classmethod
    def confirm_removal(cls, parent: QWidget | None, title: str, message: str, button: str) -> bool:
        """Whether to remove something that holds results (it stays undoable); ``button`` names the removal."""
        from .message_boxes import confirm_removal  # a dialog: loaded when first asked for

        return confirm_removal(parent, title, message, button)

    @classmethod
    def person(cls, parent: QWidget | None, title: str) -> tuple[str, str] | None:
        """Whose data: a name and/or an e-mail address (None when cancelled)."""
        from .person_dialog import ask_person  # a dialog: loaded when first asked for

        return ask_person(parent, title)

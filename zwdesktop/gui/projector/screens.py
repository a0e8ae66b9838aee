"""Which screen the projector picture goes to, and the small dialog in which the moderator picks one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..i18n import arg


def choose_screen(
    screens: Sequence[QScreen],
    remembered_name: str | None,
    avoid: QScreen | None = None,
    primary: QScreen | None = None,
) -> QScreen:
    """The screen for the projector window.

    The one remembered by name if it is connected; else one that is not
    ``avoid`` (the screen the moderator's window is on — the beamer is the
    *other* one, whichever of the two the system calls primary); else the
    primary screen (``primary``, by default the application's); else the first.
    Raises ``ValueError`` for an empty list.
    """
    if not screens:
        raise ValueError("no screens")
    if remembered_name:
        for screen in screens:
            if screen.name() == remembered_name:
                return screen
    if avoid is not None:
        for screen in screens:
            if screen is not avoid:
                return screen
    if primary is None:
        primary = QGuiApplication.primaryScreen()
    return primary if primary in screens else screens[0]


class ScreenPicker(QDialog):
    """A list of the connected screens (name and size) to put the projector picture on.

    This dialog belongs to the moderator's window, never to the projector:
    :meth:`ask` is the one way in, and tests replace it.
    """

    def __init__(
        self, screens: Sequence[QScreen], current: QScreen | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Projector screen"))
        self._screens = list(screens)
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("Show the projector picture on:"), self)
        layout.addWidget(prompt)
        self.list = QListWidget(self)
        prompt.setBuddy(self.list)
        primary = QGuiApplication.primaryScreen()
        for index, screen in enumerate(self._screens):
            size = screen.geometry().size()
            name = screen.name() or arg(self.tr("Screen %1"), str(index + 1))
            text = arg(self.tr("%1 – %2 × %3"), name, str(size.width()), str(size.height()))
            if screen is primary:
                text += " " + self.tr("(main screen)")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, index)
        self.list.setCurrentRow(self._screens.index(current) if current in self._screens else 0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Room for the whole title and the longest entry (Qt's minimum size cuts both off).
        metrics = self.fontMetrics()
        widest = max([metrics.horizontalAdvance(self.list.item(row).text()) for row in range(self.list.count())] or [0])
        title = metrics.horizontalAdvance(self.windowTitle()) * 3 // 2 + 160
        self.setMinimumWidth(max(420, widest + 80, title))
        self.list.setMinimumHeight(metrics.height() * (max(2, len(self._screens)) + 2))

    def selected_screen(self) -> QScreen | None:
        """The screen selected in the list."""
        row = self.list.currentRow()
        return self._screens[row] if 0 <= row < len(self._screens) else None

    @classmethod
    def ask(cls, parent: QWidget | None, screens: Sequence[QScreen], current: QScreen | None = None) -> QScreen | None:
        """Let the moderator pick a screen; None when cancelled."""
        dialog = cls(screens, current, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.selected_screen()
        finally:
            dialog.deleteLater()

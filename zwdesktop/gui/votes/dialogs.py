"""The questions the dot-vote page asks, each replaceable in tests (like :class:`~zwdesktop.gui.dialogs.Ask`).

The dialogs open at a size that shows their whole title and their options
(not at Qt's minimum), Tab goes through them in reading order, and option
texts are shown as typed: an "&" in "Mobilität & Bus" is no keyboard accelerator. Removing a round
with results asks through :meth:`zwdesktop.gui.dialogs.Ask.confirm_removal`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.validation import clean_text
from ..plain_text import plain_tooltip
from ..user_text import escape_ampersands
from .widgets import set_tab_chain

# Room a window manager takes beside a title (icon, buttons) in the title bar.
TITLE_BAR_EXTRA = 160
MIN_WIDTH = 440


def fit_title(dialog: QWidget, height: int = 0) -> None:
    """Open ``dialog`` wide enough for its whole title (and at least ``height`` high)."""
    # Window managers draw titles about as large as, and often bolder than, the dialog's own text.
    title_font = QFont(dialog.font())
    title_font.setBold(True)
    title = QFontMetrics(title_font).horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_EXTRA
    hint = dialog.sizeHint()
    width = min(max(MIN_WIDTH, title, hint.width()), _screen_width(dialog) - 40)
    dialog.resize(width, max(height, hint.height()))


def _screen_width(widget: QWidget) -> int:
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry().width() if screen is not None else 1280


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class GroupDecisionDialog(QDialog):
    """Tick the tied options the group took forward, and note how it decided (for the minutes)."""

    def __init__(self, labels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The group decides"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which options did the group take forward?"), self))
        boxes = QWidget(self)
        boxes_layout = QVBoxLayout(boxes)
        boxes_layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        for label in labels:
            box = QCheckBox(escape_ampersands(label), boxes)
            box.setToolTip(plain_tooltip(label))  # a long text is cut in the check box; its tool tip shows all
            boxes_layout.addWidget(box)
            self.boxes.append(box)
        boxes_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(boxes)
        layout.addWidget(scroll, 1)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("How the group decided (for the minutes)"))
        layout.addWidget(self.note)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)
        chain: list[QWidget] = [*self.boxes, self.note, *self.buttons.buttons()]
        set_tab_chain(chain)
        if self.boxes:
            self.boxes[0].setFocus()
        rows = min(len(self.boxes), 8)
        row = self.boxes[0].sizeHint().height() + boxes_layout.spacing() if self.boxes else 0
        fit_title(self, self.sizeHint().height() + rows * row)

    def answer(self) -> tuple[list[int], str]:
        """The ticked options (by position) and the note."""
        return [i for i, box in enumerate(self.boxes) if box.isChecked()], clean_text(self.note.text())


class PickOptionsDialog(QDialog):
    """A list of ideas and clusters to tick; the ticked ones become options."""

    def __init__(self, labels: list[str], checked: list[bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Options from ideas and clusters"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick what is voted on (Space ticks the selected line):"), self))
        self.listing = QListWidget(self)
        self.listing.setObjectName("pickOptions")
        self.listing.setWordWrap(True)
        for label, ticked in zip(labels, checked, strict=True):
            item = QListWidgetItem(label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            item.setToolTip(plain_tooltip(label))
            self.listing.addItem(item)
        if self.listing.count():
            self.listing.setCurrentRow(0)
        layout.addWidget(self.listing, 1)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)
        chain: list[QWidget] = [self.listing, *self.buttons.buttons()]
        set_tab_chain(chain)
        self.listing.setFocus()
        rows = min(max(self.listing.count(), 6), 14)
        fit_title(self, self.sizeHint().height() + rows * max(0, self.listing.sizeHintForRow(0)))
        self.resize(max(self.width(), 640), self.height())

    def answer(self) -> list[int]:
        """The ticked lines (by position)."""
        return [i for i in range(self.listing.count()) if self.listing.item(i).checkState() == Qt.CheckState.Checked]


class VoteAsk:
    """Dialogs that return the moderator's answer. Tests replace these class methods."""

    @classmethod
    def group_decision(cls, parent: QWidget | None, labels: list[str]) -> tuple[list[int], str] | None:
        """Which of the tied options the group decided to take forward, and a note (None when cancelled)."""
        dialog = GroupDecisionDialog(labels, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()

    @classmethod
    def pick_options(cls, parent: QWidget | None, labels: list[str], checked: list[bool]) -> list[int]:
        """Which of these ideas/clusters become options (``checked`` ones ticked at first; empty when cancelled)."""
        dialog = PickOptionsDialog(labels, checked, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return dialog.answer()

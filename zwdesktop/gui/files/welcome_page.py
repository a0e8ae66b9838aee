"""The welcome screen: a new workshop from a template, open a file, recent files, the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.templates import DEFAULT_TEMPLATE_ID, Template


class WelcomePage(QWidget):
    """What the window shows when no workshop is open."""

    new_requested = Signal(object)  # the chosen Template
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Welcome to zwdesktop"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Prepare and run a future workshop: agenda and clock, projector, ideas, dot votes, "
                "agreements and minutes. Everything is saved at once in one file, without internet."
            ),
            self,
        )
        intro.setWordWrap(True)

        new_box = QGroupBox(self.tr("New workshop"), self)
        self.template_box = QComboBox(new_box)
        self.template_box.setObjectName("templateBox")
        template_label = QLabel(self.tr("&Template:"), new_box)
        template_label.setBuddy(self.template_box)
        self.new_button = QPushButton(self.tr("&Create new workshop…"), new_box)
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self._new_clicked)
        new_layout = QHBoxLayout(new_box)
        new_layout.addWidget(template_label)
        new_layout.addWidget(self.template_box, 1)
        new_layout.addWidget(self.new_button)

        self.open_button = QPushButton(self.tr("&Open a workshop file…"), self)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button = QPushButton(self.tr("Open the de&mo workshop (Aulendorf)"), self)
        self.demo_button.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)

        recent_box = QGroupBox(self.tr("Recently used"), self)
        self.recent_list = QListWidget(recent_box)
        self.recent_list.setObjectName("recentList")
        self.recent_list.itemActivated.connect(
            lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        # An empty white list says nothing to someone opening the program for the first time.
        self.no_recent_label = QLabel(
            self.tr("No workshop has been opened here yet. The files you create or open will be listed here."),
            recent_box,
        )
        self.no_recent_label.setObjectName("noRecentFiles")
        self.no_recent_label.setTextFormat(Qt.TextFormat.PlainText)
        self.no_recent_label.setWordWrap(True)
        self.no_recent_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        recent_layout = QVBoxLayout(recent_box)
        recent_layout.addWidget(self.recent_list)
        recent_layout.addWidget(self.no_recent_label, 1)
        self._show_recent_hint(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addWidget(new_box)
        layout.addLayout(buttons)
        layout.addWidget(recent_box, 1)

    def set_templates(self, templates: list[Template], language: str) -> None:
        """Offer these templates (the four-hour workshop preselected)."""
        self.template_box.clear()
        for template in templates:
            minutes = template.total_minutes
            label = f"{template.display_name(language)} ({minutes // 60}:{minutes % 60:02d} h)"  # i18n-ok: "h", the hour, in both
            self.template_box.addItem(label, template)
        for index in range(self.template_box.count()):
            if self.template_box.itemData(index).id == DEFAULT_TEMPLATE_ID:
                self.template_box.setCurrentIndex(index)

    def set_recent_files(self, files: list[str]) -> None:
        """Show the recently used files (missing ones greyed out)."""
        self.recent_list.clear()
        for name in files:
            path = Path(name)
            item = QListWidgetItem(f"{path.name}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            if not path.exists():
                # Greyed, yet still chosen: a USB stick plugged in again brings the file back.
                item.setForeground(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
                item.setToolTip(self.tr("Not found now (a USB stick that is not plugged in?)."))
            self.recent_list.addItem(item)
        self._show_recent_hint(not files)

    def _show_recent_hint(self, empty: bool) -> None:
        self.recent_list.setVisible(not empty)
        self.no_recent_label.setVisible(empty)

    def _new_clicked(self) -> None:
        template = self.template_box.currentData()
        if template is not None:
            self.new_requested.emit(template)

"""The open workshop: a list of sections on the left, the chosen section on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from .actions import ActionRegistry
from .agenda_page import AgendaPage
from .clock_controller import ClockController
from .details_page import DetailsPage
from .gong import Gong
from .run_page import RunPage
from .session import WorkshopSession


class Workspace(QWidget):
    """The sections of one open workshop (details, agenda, and what later features add)."""

    def __init__(
        self,
        session: WorkshopSession,
        actions: ActionRegistry,
        controller: ClockController,
        gong: Gong,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.controller = controller
        self.banner = QLabel(self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px; font-weight: bold;")
        self.banner.hide()

        self.nav = QListWidget(self)
        self.nav.setObjectName("sectionList")
        self.nav.setMaximumWidth(200)
        self.stack = QStackedWidget(self)
        self.sections: dict[str, QWidget] = {}

        self.details = DetailsPage(session, self)
        self.agenda = AgendaPage(session, actions, self)
        self.add_section("details", self.tr("Details"), self.details)
        self.run = RunPage(session, actions, controller, gong, self)
        self.add_section("agenda", self.tr("Agenda"), self.agenda)
        self.add_section("clock", self.tr("Live clock"), self.run)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)

    def add_section(self, key: str, title: str, widget: QWidget) -> None:
        """Add a section to the navigation."""
        self.sections[key] = widget
        self.stack.addWidget(widget)
        self.nav.addItem(title)
        self.nav.item(self.nav.count() - 1).setData(Qt.ItemDataRole.UserRole, key)

    def show_section(self, key: str) -> None:
        """Switch to a section by key (``details``, ``agenda``, …)."""
        keys = list(self.sections)
        if key in keys:
            self.nav.setCurrentRow(keys.index(key))

    def current_section(self) -> str:
        """The key of the section shown."""
        return list(self.sections)[self.stack.currentIndex()]

    def show_banner(self, text: str) -> None:
        """Show a notice above the sections (e.g. read-only)."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

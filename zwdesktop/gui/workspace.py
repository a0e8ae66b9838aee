"""The open workshop: a list of sections on the left, the chosen section on the right."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from .actions import ActionRegistry
from .clock.actions import ClockActions
from .clock.controller import ClockController
from .clock.gong import Gong
from .session import WorkshopSession

if TYPE_CHECKING:
    from .agenda.page import AgendaPage
    from .agreements.mailing_list_page import MailingListPage
    from .agreements.page import AgreementsPage
    from .agreements.steering_page import SteeringPage
    from .clock.page import RunPage
    from .details.page import DetailsPage
    from .ideas.page import IdeasPage
    from .photos.page import PhotosPage


# The pages' modules are imported when a page is first built, so opening a file stays quick.
def _details(session: WorkshopSession, parent: QWidget) -> QWidget:
    from .details.page import DetailsPage

    return DetailsPage(session, parent)


def _agenda(session: WorkshopSession, actions: ActionRegistry, parent: QWidget) -> QWidget:
    from .agenda.page import AgendaPage

    return AgendaPage(session, actions, parent)


def _clock(
    session: WorkshopSession, clock_actions: ClockActions, controller: ClockController, parent: QWidget
) -> QWidget:
    from .clock.page import RunPage

    return RunPage(session, clock_actions, controller, parent)


def _photos(session: WorkshopSession, actions: ActionRegistry, parent: QWidget) -> QWidget:
    from .photos.page import PhotosPage

    return PhotosPage(session, actions, parent)


def _ideas(session: WorkshopSession, actions: ActionRegistry, controller: ClockController, parent: QWidget) -> QWidget:
    from .ideas.page import IdeasPage

    return IdeasPage(session, actions, controller, parent)


def _agreements(session: WorkshopSession, actions: ActionRegistry, parent: QWidget) -> QWidget:
    from .agreements.page import AgreementsPage

    return AgreementsPage(session, actions, parent)


def _steering(session: WorkshopSession, parent: QWidget) -> QWidget:
    from .agreements.steering_page import SteeringPage

    return SteeringPage(session, parent)


def _mailing(session: WorkshopSession, actions: ActionRegistry, parent: QWidget) -> QWidget:
    from .agreements.mailing_list_page import MailingListPage

    return MailingListPage(session, actions, parent)


def _votes(session: WorkshopSession, actions: ActionRegistry, parent: QWidget) -> QWidget:
    from .votes.page import VotesPage

    return VotesPage(session, actions, parent)


class Workspace(QWidget):
    """The sections of one open workshop (details, agenda, and what later features add)."""

    def __init__(
        self,
        session: WorkshopSession,
        actions: ActionRegistry,
        controller: ClockController,
        gong: Gong,
        parent: QWidget | None = None,
        first_section: str = "details",
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.controller = controller
        self.banner = QLabel(self)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px; font-weight: bold;")
        self.banner.hide()

        self.nav = QListWidget(self)
        self.nav.setObjectName("sectionList")
        self.stack = QStackedWidget(self)
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}
        self._keys: list[str] = []
        self._lent: list[QAction] = []

        # Sections are built when first shown, so opening a file stays quick.
        self.add_section("details", self.tr("Details"), lambda: _details(session, self))
        self.add_section("agenda", self.tr("Agenda"), lambda: _agenda(session, actions, self))
        self.clock_actions = ClockActions(actions, session, controller, gong, self)
        self.add_section("clock", self.tr("Live clock"), lambda: _clock(session, self.clock_actions, controller, self))
        self.add_section("photos", self.tr("Photos"), lambda: _photos(session, actions, self))
        self.add_section("ideas", self.tr("Ideas"), lambda: _ideas(session, actions, controller, self))
        self.add_section("votes", self.tr("Dot votes"), lambda: _votes(session, actions, self))
        self.add_section("agreements", self.tr("Agreements"), lambda: _agreements(session, actions, self))
        self.add_section("steering", self.tr("Steering group"), lambda: _steering(session, self))
        self.add_section("mailing", self.tr("Mailing list"), lambda: _mailing(session, actions, self))
        # Wide enough for the longest section name, so none is cut off (German names are long).
        frame = 2 * self.nav.frameWidth()
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + frame + self.nav.fontMetrics().averageCharWidth() * 2)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(self._keys.index(first_section) if first_section in self._keys else 0)

        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)

    def add_section(self, key: str, title: str, factory: Callable[[], QWidget]) -> None:
        """Add a section to the navigation; ``factory`` builds its page when it is first needed."""
        self._factories[key] = factory
        self._keys.append(key)
        placeholder = QWidget(self.stack)
        self.stack.addWidget(placeholder)
        self.nav.addItem(title)
        self.nav.item(self.nav.count() - 1).setData(Qt.ItemDataRole.UserRole, key)

    def section(self, key: str) -> QWidget:
        """The page of a section, built now if it was not yet."""
        page = self._built.get(key)
        if page is None:
            index = self._keys.index(key)
            page = self._factories[key]()
            placeholder = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self._built[key] = page
        return page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            page = self.section(self._keys[row])
            self.stack.setCurrentIndex(row)
            self._lend_keys(page)

    def _lend_keys(self, page: QWidget) -> None:
        # A page's keys that work from the section list too while it is shown (the live clock's:
        # the moderator need not click into the page first). Only then: in another section, the
        # list's keys are its own.
        for action in self._lent:
            self.nav.removeAction(action)
        lend = getattr(page, "keys_for_section_list", None)
        self._lent = list(lend()) if callable(lend) else []
        self.nav.addActions(self._lent)

    @property
    def details(self) -> DetailsPage:
        """The workshop details page."""
        page = self.section("details")
        from .details.page import DetailsPage

        assert isinstance(page, DetailsPage)
        return page

    @property
    def agenda(self) -> AgendaPage:
        """The agenda page."""
        page = self.section("agenda")
        from .agenda.page import AgendaPage

        assert isinstance(page, AgendaPage)
        return page

    @property
    def run(self) -> RunPage:
        """The live clock page."""
        page = self.section("clock")
        from .clock.page import RunPage

        assert isinstance(page, RunPage)
        return page

    @property
    def photos(self) -> PhotosPage:
        """The photos page."""
        page = self.section("photos")
        from .photos.page import PhotosPage

        assert isinstance(page, PhotosPage)
        return page

    @property
    def ideas(self) -> IdeasPage:
        """The ideas page."""
        page = self.section("ideas")
        from .ideas.page import IdeasPage

        assert isinstance(page, IdeasPage)
        return page

    def show_section(self, key: str) -> None:
        """Switch to a section by key (``details``, ``agenda``, …)."""
        if key in self._keys:
            self.nav.setCurrentRow(self._keys.index(key))

    def current_section(self) -> str:
        """The key of the section shown."""
        return self._keys[self.stack.currentIndex()]

    def show_banner(self, text: str) -> None:
        """Show a notice above the sections (e.g. read-only)."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    @property
    def agreements(self) -> AgreementsPage:
        """The agreements page."""
        page = self.section("agreements")
        from .agreements.page import AgreementsPage

        assert isinstance(page, AgreementsPage)
        return page

    @property
    def steering(self) -> SteeringPage:
        """The steering-group page."""
        page = self.section("steering")
        from .agreements.steering_page import SteeringPage

        assert isinstance(page, SteeringPage)
        return page

    @property
    def mailing(self) -> MailingListPage:
        """The mailing-list page."""
        page = self.section("mailing")
        from .agreements.mailing_list_page import MailingListPage

        assert isinstance(page, MailingListPage)
        return page

"""The open workshop: a list of sections on the left, the chosen section on the right.

Each section's page is built when it is first shown, and its module is loaded
then (opening a file stays quick): the functions below are the pages' one entry
point each. A page makes its own actions, which go with it when the workshop
is closed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from msgspec import Struct
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from .agreements.actions import AgreementActions
from .clock.actions import ClockActions
from .clock.controller import ClockController
from .clock.gong import Gong
from .session import WorkshopSession
from .settings import Settings
from .splitter_memory import remember_splitters

if TYPE_CHECKING:
    from .agenda.page import AgendaPage
    from .agreements.mailing_list_page import MailingListPage
    from .agreements.page import AgreementsPage
    from .agreements.steering_page import SteeringPage
    from .clock.page import RunPage
    from .details.page import DetailsPage
    from .ideas.page import IdeasPage
    from .photos.page import PhotosPage
    from .votes.page import VotesPage


class Section(Struct, frozen=True):
    """A section of the workshop: its key and the View menu's shortcut (the main window's ``view.*`` actions)."""

    key: str
    shortcut: str


SECTIONS = (
    Section("details", "Ctrl+1"),
    Section("agenda", "Ctrl+2"),
    Section("clock", "Ctrl+3"),
    Section("photos", "Ctrl+4"),
    Section("ideas", "Ctrl+5"),
    Section("votes", "Ctrl+6"),
    Section("agreements", "Ctrl+7"),
    Section("steering", "Ctrl+8"),
    Section("mailing", "Ctrl+9"),
    Section("followup", "Ctrl+0"),  # after the workshop
)


def _details(workspace: Workspace) -> QWidget:
    from .details.page import DetailsPage

    return DetailsPage(workspace.session, workspace)


def _agenda(workspace: Workspace) -> QWidget:
    from .agenda.page import AgendaPage

    return AgendaPage(workspace.session, workspace)


def _clock(workspace: Workspace) -> QWidget:
    from .clock.page import RunPage

    return RunPage(workspace.session, workspace.clock_actions, workspace.controller, workspace)


def _photos(workspace: Workspace) -> QWidget:
    from .photos.page import PhotosPage

    return PhotosPage(workspace.session, workspace)


def _ideas(workspace: Workspace) -> QWidget:
    from .ideas.page import IdeasPage

    return IdeasPage(workspace.session, workspace.controller, workspace)


def _votes(workspace: Workspace) -> QWidget:
    from .votes.page import VotesPage

    return VotesPage(workspace.session, workspace)


def _agreements(workspace: Workspace) -> QWidget:
    from .agreements.page import AgreementsPage

    return AgreementsPage(workspace.session, workspace)


def _steering(workspace: Workspace) -> QWidget:
    from .agreements.steering_page import SteeringPage

    return SteeringPage(workspace.session, workspace)


def _mailing(workspace: Workspace) -> QWidget:
    from .agreements.mailing_list_page import MailingListPage

    return MailingListPage(workspace.session, workspace.agreement_actions, workspace)


def _followup(workspace: Workspace) -> QWidget:
    from .followup.page import FollowupPage

    return FollowupPage(workspace.session, workspace)


class Workspace(QWidget):
    """The sections of one open workshop, from its details to the mailing list."""

    def __init__(
        self,
        session: WorkshopSession,
        controller: ClockController,
        gong: Gong,
        agreement_actions: AgreementActions | None = None,
        parent: QWidget | None = None,
        first_section: str = "details",
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.controller = controller
        self.agreement_actions = agreement_actions
        # The clock's actions exist as long as the workshop is open (the projector uses them too).
        self.clock_actions = ClockActions(session, controller, gong, self)
        self.banner = QLabel(self)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px; font-weight: bold;")
        self.banner.hide()

        self.nav = QListWidget(self)
        self.nav.setObjectName("sectionList")
        self.stack = QStackedWidget(self)
        self._built: dict[str, QWidget] = {}
        self._lent: list[QAction] = []
        pages: dict[str, tuple[str, Callable[[Workspace], QWidget]]] = {
            "details": (self.tr("Details"), _details),
            "agenda": (self.tr("Agenda"), _agenda),
            "clock": (self.tr("Live clock"), _clock),
            "photos": (self.tr("Photos"), _photos),
            "ideas": (self.tr("Ideas"), _ideas),
            "votes": (self.tr("Dot votes"), _votes),
            "agreements": (self.tr("Agreements"), _agreements),
            "steering": (self.tr("Steering group"), _steering),
            "mailing": (self.tr("Mailing list"), _mailing),
            "followup": (self.tr("Follow-up"), _followup),
        }
        self._keys = [section.key for section in SECTIONS]
        self._factories = {key: pages[key][1] for key in self._keys}
        for key in self._keys:
            self.stack.addWidget(QWidget(self.stack))  # a placeholder until the page is built
            self.nav.addItem(pages[key][0])
        # Wide enough for the longest section name, so none is cut off (German names are long).
        frame = 2 * self.nav.frameWidth()
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + frame + self.nav.fontMetrics().averageCharWidth() * 2)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentRowChanged.connect(self._show_row)
        # A click on a section (or Enter on it) goes on into the page; the arrow keys stay in the list,
        # so the moderator can walk through the sections (the clock's keys still work there).
        self.nav.itemClicked.connect(lambda _item: self.focus_page())
        self.nav.itemActivated.connect(lambda _item: self.focus_page())
        self.nav.setCurrentRow(self._keys.index(first_section) if first_section in self._keys else 0)

        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)

    def section(self, key: str) -> QWidget:
        """The page of a section, built now if it was not yet."""
        page = self._built.get(key)
        if page is None:
            index = self._keys.index(key)
            page = self._factories[key](self)
            if self.settings is not None:
                remember_splitters(page, key, self.settings)
            placeholder = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self._built[key] = page
        return page

    def is_built(self, key: str) -> bool:
        """Whether the section's page was built (shown at least once, or asked for)."""
        return key in self._built

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

    def show_section(self, key: str) -> None:
        """Switch to a section by key (``details``, ``agenda``, …), the keyboard on its main widget."""
        if key in self._keys:
            self.nav.setCurrentRow(self._keys.index(key))
            self.focus_page()

    def focus_page(self) -> None:
        """Put the keyboard on the shown page's main widget (its ``focus_target``: the agenda table,
        the capture field, …), so the keys typed next act there, not on a button that had the focus."""
        page = self.stack.currentWidget()
        target = getattr(page, "focus_target", None)
        widget = target() if callable(target) else page
        if isinstance(widget, QWidget):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_section(self) -> str:
        """The key of the section shown."""
        return self._keys[self.stack.currentIndex()]

    def show_banner(self, text: str) -> None:
        """Show a notice above the sections (e.g. read-only)."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # The pages by section, typed (each built when first asked for).

    @property
    def details(self) -> DetailsPage:
        """The workshop details page."""
        return cast("DetailsPage", self.section("details"))

    @property
    def agenda(self) -> AgendaPage:
        """The agenda page."""
        return cast("AgendaPage", self.section("agenda"))

    @property
    def run(self) -> RunPage:
        """The live clock page."""
        return cast("RunPage", self.section("clock"))

    @property
    def photos(self) -> PhotosPage:
        """The photos page."""
        return cast("PhotosPage", self.section("photos"))

    @property
    def ideas(self) -> IdeasPage:
        """The ideas page."""
        return cast("IdeasPage", self.section("ideas"))

    @property
    def votes(self) -> VotesPage:
        """The dot-vote page."""
        return cast("VotesPage", self.section("votes"))

    @property
    def agreements(self) -> AgreementsPage:
        """The agreements page."""
        return cast("AgreementsPage", self.section("agreements"))

    @property
    def steering(self) -> SteeringPage:
        """The steering-group page."""
        return cast("SteeringPage", self.section("steering"))

    @property
    def mailing(self) -> MailingListPage:
        """The mailing-list page."""
        return cast("MailingListPage", self.section("mailing"))

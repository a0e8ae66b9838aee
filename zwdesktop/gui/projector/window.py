"""The projector window: what the hall sees, full-screen on the beamer, switched between modes with one key.

The window holds :class:`~zwdesktop.gui.projector.modes.ProjectorMode` views
in a stack: the clock, the idea wall, the dot vote, the agreements and the sign-up.
It shows no pointer, no dialogs and no decorations when full-screen. Keys
while it has focus: **M** the next mode, **F1**–**F4** a mode directly,
**T** dark/light theme, **Esc** out of full screen, **F11** or **F** back
into it; the moderator's own clock shortcuts (space, arrows, +) are adopted
from the main window with :meth:`ProjectorWindow.adopt_actions`.

The projector never takes the keyboard by itself: showing it, moving it to
another screen or switching its mode leaves the keyboard with the window
that had it (the moderator goes on typing on the laptop). Only a click into
the projector gives it the keys.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QMouseEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from ..clock.controller import ClockController
from ..i18n import arg
from ..settings import Settings
from .clock_mode import ClockMode
from .modes import DARK, DEFAULT_THEME, LIGHT, THEMES, ProjectorMode, Theme, theme_named
from .screens import ScreenPicker, choose_screen

GEOMETRY_NAME = "projector"
# The ordinary window on a laptop with one screen (or after Esc): 16:9, as most beamers are.
DEFAULT_SIZE = QSize(960, 540)
# F1..F4 pick the first four modes directly.
DIRECT_KEYS = (Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F3, Qt.Key.Key_F4)
# How long after the program showed or moved the projector an activation of it is taken for the
# system's doing (a window manager focusing a new window), not the moderator's, and handed back.
HAND_BACK_MS = 1500


class ProjectorWindow(QWidget):
    """A separate top-level window with the projector modes; full-screen on a second screen, else ordinary.

    ``mode_changed(key)`` and ``theme_changed(name)`` tell the moderator's
    window, which may show the same state in its menus.
    """

    mode_changed = Signal(str)
    theme_changed = Signal(str)
    shown_changed = Signal(bool)

    def __init__(
        self, settings: Settings, controller: ClockController | None = None, parent: QWidget | None = None
    ) -> None:
        # Always its own top-level window, even with the main window as parent (which only ties lifetimes).
        super().__init__(parent, Qt.WindowType.Window)
        self.settings = settings
        self.controller: ClockController | None = None
        self._modes: list[ProjectorMode] = []
        self._mode_actions: list[QAction] = []
        self._target_screen: QScreen | None = None
        # The window that had the keyboard when the program last showed or moved the projector: an
        # activation of the projector that follows is handed back to it (see _guard_focus).
        self._hand_back_to: QWidget | None = None
        self._clicked = False
        self._hand_back_timer = QTimer(self)
        self._hand_back_timer.setSingleShot(True)
        self._hand_back_timer.timeout.connect(self._stop_guarding)
        # After a workshop was closed with the projector shown, the next one comes up on it again.
        self._show_again = False
        self.setWindowTitle(self.tr("Projector"))
        self.setCursor(Qt.CursorShape.BlankCursor)
        # Shown without taking the keyboard (the window manager is told not to focus it on mapping).
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        # The projector takes keys (M, T, Esc, the adopted clock shortcuts) when clicked into.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.stack = QStackedWidget(self)
        self.stack.setCursor(Qt.CursorShape.BlankCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack)
        self.theme: Theme = theme_named(settings.projector_theme or DEFAULT_THEME)

        self.next_mode_action = self._own_action(self.tr("Next projector mode"), "M", self.next_mode)
        self.theme_action = self._own_action(self.tr("Switch projector theme (dark/light)"), "T", self.toggle_theme)
        self.leave_full_screen_action = self._own_action(
            self.tr("Leave full screen"), QKeySequence(Qt.Key.Key_Escape), self.leave_full_screen
        )
        self.full_screen_action = self._own_action(
            self.tr("Full screen again"), QKeySequence(Qt.Key.Key_F11), self.enter_full_screen
        )
        self.full_screen_action.setShortcuts([QKeySequence(Qt.Key.Key_F11), QKeySequence(Qt.Key.Key_F)])

        self.clock_mode = ClockMode()
        self.add_mode(self.clock_mode)
        self._apply_theme(self.theme)
        self.set_controller(controller)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.connect(self._on_screen_removed)

    def _own_action(self, text: str, key: str | QKeySequence, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        # Only while the projector is the active window: the main window has its own keys.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ---- modes -------------------------------------------------------

    def add_mode(self, mode: ProjectorMode) -> None:
        """Add a mode at the end of the cycle; its key must be new. The first mode added is shown."""
        if not mode.key:
            raise ValueError("a projector mode needs a key")
        if mode.key in self.mode_keys():
            raise ValueError(f"a projector mode {mode.key!r} exists already")
        self._modes.append(mode)
        self.stack.addWidget(mode)
        mode.setCursor(Qt.CursorShape.BlankCursor)
        mode.apply_theme(self.theme)
        mode.follow(self.controller)
        index = len(self._modes) - 1
        if index < len(DIRECT_KEYS):
            key = mode.key
            action = self._own_action(
                arg(self.tr("Projector: %1"), mode.title()),
                QKeySequence(DIRECT_KEYS[index]),
                lambda: self.set_mode(key),
            )
            self._mode_actions.append(action)
        if self.controller is not None and mode is self.current_mode():
            mode.update_state(self.controller)

    def mode_keys(self) -> list[str]:
        """The modes' keys in cycle order."""
        return [mode.key for mode in self._modes]

    def mode(self, key: str) -> ProjectorMode:
        """The mode with this key (KeyError if there is none)."""
        for mode in self._modes:
            if mode.key == key:
                return mode
        raise KeyError(key)

    def current_mode(self) -> ProjectorMode:
        """The mode on show."""
        widget = self.stack.currentWidget()
        assert isinstance(widget, ProjectorMode)
        return widget

    def set_mode(self, key: str) -> None:
        """Show the mode with this key (KeyError if there is none)."""
        mode = self.mode(key)
        if mode is self.stack.currentWidget():
            return
        self.stack.setCurrentWidget(mode)
        self.refresh()
        self.mode_changed.emit(key)

    def next_mode(self) -> None:
        """Show the next mode, after the last one the first again (key M)."""
        index = self._modes.index(self.current_mode())
        self.set_mode(self._modes[(index + 1) % len(self._modes)].key)

    # ---- the clock ---------------------------------------------------

    def set_controller(self, controller: ClockController | None) -> None:
        """Follow ``controller``'s ticks (None: an empty window, e.g. while no workshop is open).

        The projector hides while there is no workshop (nothing of a closed
        workshop stays on the wall); when it was shown then, it comes back
        with the next workshop, in the same mode and on the same screen,
        still without taking the keyboard.
        """
        if self.controller is not None:
            # The old controller may be gone already (its workshop was closed); then so is the connection.
            with contextlib.suppress(RuntimeError):
                self.controller.ticked.disconnect(self._on_ticked)
        self.controller = controller
        for mode in self._modes:
            mode.follow(controller)
        if controller is None:
            self._show_again = self._show_again or self.isVisible()
            self.hide()
            return
        controller.ticked.connect(self._on_ticked)
        self.refresh()
        if self._show_again:
            self._show_again = False
            self.show_again()

    def _on_ticked(self, _state: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Let the current mode show the present state (only it: the others are refreshed when shown)."""
        if self.controller is not None:
            self.current_mode().update_state(self.controller)

    def adopt_actions(self, actions: Iterable[QAction]) -> None:
        """Make the moderator's actions (pause/resume, next, previous, extend, …) work while the projector has focus.

        The actions keep their owner and shortcuts; adding them here makes a
        ``Qt.WindowShortcut`` fire in this window too. Their shortcuts must
        not be M, T, F1–F4 or Esc, which are the projector's own.
        """
        present = self.actions()
        for action in actions:
            if action not in present:
                self.addAction(action)

    # ---- themes ------------------------------------------------------

    @property
    def theme_name(self) -> str:
        """``dark`` or ``light``."""
        return self.theme.name

    def set_theme(self, name: str) -> None:
        """Use the ``dark`` or ``light`` theme in every mode and remember it."""
        if name not in THEMES:
            raise ValueError(f"unknown projector theme {name!r}")
        self.settings.projector_theme = name
        if name == self.theme.name:
            return
        self._apply_theme(THEMES[name])
        self.theme_changed.emit(name)

    def toggle_theme(self) -> None:
        """Switch between the dark and the light theme (key T)."""
        self.set_theme(LIGHT if self.theme.name == DARK else DARK)

    def _apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        palette = self.palette()
        palette.setColor(self.backgroundRole(), theme.background)
        palette.setColor(self.foregroundRole(), theme.text)
        self.setPalette(palette)
        for mode in self._modes:
            mode.apply_theme(theme)

    # ---- screens -----------------------------------------------------

    def remembered_screen_name(self) -> str:
        """The name of the screen the projector was last put on ("" if none)."""
        return self.settings.projector_screen

    def open_on_screen(self, moderator_window: QWidget | None = None, *, ask: bool = False) -> bool:
        """Show the projector on the remembered screen, else on one the moderator's window is not on.

        With ``ask`` and more than one screen the moderator picks in a
        :class:`ScreenPicker` (belonging to ``moderator_window``); returns
        False when they cancel.
        """
        screens = QGuiApplication.screens()
        avoid = moderator_window.screen() if moderator_window is not None else None
        screen = choose_screen(screens, self.remembered_screen_name(), avoid=avoid)
        if ask and len(screens) > 1:
            picked = ScreenPicker.ask(moderator_window, screens, screen)
            if picked is None:
                return False
            screen = picked
        self.show_on(screen)
        return True

    def show_on(self, screen: QScreen) -> None:
        """Full-screen on ``screen`` when there are two or more screens; otherwise an ordinary window.

        With one screen the moderator still needs the laptop's controls, so
        the picture comes up as a resizable window (its last geometry, or
        960×540). The screen's name is remembered for next time. The
        keyboard stays where it was.
        """
        self._guard_focus()
        self._target_screen = screen
        if self.isVisible() and self.screen() is not screen:
            # A shown window does not move to another screen reliably (a full-screen one not at all):
            # it is put there hidden and shown again.
            self.hide()
        if len(QGuiApplication.screens()) >= 2:
            self.settings.projector_screen = screen.name()
            self.setScreen(screen)
            # Onto the target screen at a normal size first: a window goes full-screen on the screen it is
            # on, and Esc brings it back to this rectangle on the same screen. A full-screen window has no
            # frame on every platform; FramelessWindowHint is not used because changing window flags
            # re-creates the native window, which forgets its screen and its normal geometry.
            if self.isVisible() and self.isFullScreen():
                return  # there already
            if not self.isVisible():
                self.setWindowState(self.windowState() & ~Qt.WindowState.WindowFullScreen)
            self.setGeometry(self._normal_rect(screen))
            self._show_in_state(Qt.WindowState.WindowFullScreen)
        else:
            self.setScreen(screen)
            geometry = self.settings.geometry(GEOMETRY_NAME)
            if geometry is None or not self.restoreGeometry(geometry):
                self.setGeometry(self._normal_rect(screen))
            self._show_in_state(Qt.WindowState.WindowNoState)

    def show_again(self) -> None:
        """Show the projector where it was last (its screen if still connected), without taking the keyboard."""
        screens = QGuiApplication.screens()
        if self._target_screen in screens:
            assert self._target_screen is not None
            self.show_on(self._target_screen)
        elif screens:
            self.show_on(choose_screen(screens, self.remembered_screen_name(), avoid=self._moderator_screen()))

    def _moderator_screen(self) -> QScreen | None:
        parent = self.parentWidget()
        return parent.screen() if parent is not None else None

    def _show_in_state(self, state: Qt.WindowState) -> None:
        # Not showFullScreen()/showNormal(): those also activate the window, which takes the keyboard.
        states = self.windowState() & ~(
            Qt.WindowState.WindowMinimized | Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        )
        self.setWindowState(states | state)
        self.show()

    def leave_full_screen(self) -> None:
        """Back to an ordinary window on the same screen (key Esc); the projector stays open."""
        if self.isFullScreen():
            self._show_in_state(Qt.WindowState.WindowNoState)

    def enter_full_screen(self) -> None:
        """Full screen again on the screen the window is on (keys F11 and F in the projector)."""
        if self.isVisible() and not self.isFullScreen():
            self._show_in_state(Qt.WindowState.WindowFullScreen)

    # ---- the keyboard ------------------------------------------------

    def _guard_focus(self) -> None:
        """Hand the next activation back to the window that has the keyboard now (see the module docstring).

        Some platforms (and window managers) activate a window when it is
        shown or goes full-screen, whatever it asks for. The guard lasts a
        moment (:data:`HAND_BACK_MS`) or until the moderator clicks into
        the projector.
        """
        active = QApplication.activeWindow()
        if active is None or active is self:
            return
        self._hand_back_to = active
        self._clicked = False
        self._hand_back_timer.start(HAND_BACK_MS)

    def _stop_guarding(self) -> None:
        self._hand_back_to = None
        self._hand_back_timer.stop()

    def _hand_back(self) -> None:
        target = self._hand_back_to
        self._stop_guarding()
        if self._clicked or target is None or not shiboken6.isValid(target) or not target.isVisible():
            return
        if self.isActiveWindow():
            target.activateWindow()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click into the projector gives it the keyboard, on purpose."""
        self._clicked = True
        self._stop_guarding()
        self.activateWindow()
        super().mousePressEvent(event)

    @staticmethod
    def _normal_rect(screen: QScreen) -> QRect:
        available = screen.availableGeometry()
        bound = QSize(available.width() * 3 // 4, available.height() * 3 // 4)
        size = DEFAULT_SIZE
        if size.width() > bound.width() or size.height() > bound.height():
            # A small screen: the same 16:9 picture, smaller.
            size = size.scaled(bound, Qt.AspectRatioMode.KeepAspectRatio)
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(available.center())
        return rect

    def _on_screen_removed(self, screen: QScreen) -> None:
        # The beamer was unplugged: Qt moves the window to a remaining screen, where a full-screen
        # picture would cover the moderator's controls.
        if self.isFullScreen() and (screen is self._target_screen or len(QGuiApplication.screens()) < 2):
            self.leave_full_screen()

    def _save_geometry(self) -> None:
        if self.isVisible() and not self.isFullScreen():
            self.settings.set_geometry(GEOMETRY_NAME, self.saveGeometry())

    def changeEvent(self, event: QEvent) -> None:
        """Take the keyboard focus when activated on purpose; hand an activation by the system back."""
        super().changeEvent(event)
        if event.type() != QEvent.Type.ActivationChange or not self.isActiveWindow():
            return
        if self._hand_back_to is not None and not self._clicked:
            # Decided a moment later: on X11 the click that activated the window arrives after the activation.
            QTimer.singleShot(0, self, self._hand_back)
            return
        focused = QApplication.focusWidget()
        if focused is None or not (focused is self or self.isAncestorOf(focused)):
            self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        """Tell the moderator's window (its menu says "Hide projector" now)."""
        super().showEvent(event)
        self.shown_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        """Remember the ordinary window's geometry (a full-screen one is the screen's)."""
        self._save_geometry()
        super().hideEvent(event)
        self.shown_changed.emit(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the ordinary window's geometry before closing."""
        self._save_geometry()
        super().closeEvent(event)

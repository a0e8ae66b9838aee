"""Starting the GUI: application object, settings, translations, the main window."""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .. import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def _display_available() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _import_qt_free_layers() -> None:
    """Import the store and the core that opening a workshop needs, before PySide6.

    Once PySide6 is loaded, its import hook reads the source of every module
    imported after it (to look for ``__feature__``); modules already imported are
    not read. Importing the Qt-free layers first saves that start-up time.
    """
    from .. import paths  # noqa: F401
    from ..core import clock, schedule  # noqa: F401
    from ..store import workshop_store  # noqa: F401


def make_application() -> QApplication:
    """The application object as the program runs it: names, icon, the shipped fonts."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ..paths import resource_dir
    from .fonts import install_shipped_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    # The PNG, not the SVG: Qt reads PNG itself, an SVG icon loads the Qt Svg library (start-up time).
    app.setWindowIcon(QIcon(str(resource_dir() / "icons" / "zwdesktop-256.png")))
    # Before the first widget: widgets copy the application font with its fallbacks.
    install_shipped_fonts(app)
    return app


def run(path: str | None) -> int:
    """Show the main window (on ``path`` when given) and run until it closes."""
    if not _display_available():
        from ..cli.messages import text

        print(text("no_display"), file=sys.stderr)
        return 1
    # Start-up makes tens of thousands of long-lived objects (Qt's enum classes, our
    # record types); the cyclic collector would scan them again and again and find
    # nothing. It is switched on again once the window is shown.
    gc.disable()
    _import_qt_free_layers()
    from PySide6.QtCore import QTimer

    from .errors import ErrorReporter
    from .i18n import install_translators, resolve_language
    from .main_window import MainWindow
    from .settings import Settings

    app = make_application()
    window: MainWindow | None = None
    # From here on no exception reaches stderr: it is logged and told in a message.
    reporter = ErrorReporter(lambda: window, app)
    reporter.install()
    settings = Settings()
    language = resolve_language(settings.language)
    translators = install_translators(app, language)
    try:
        window = MainWindow(settings, language)
    except Exception as exc:
        reporter.handle(type(exc), exc, exc.__traceback__)
        app.exec()  # shows the message; the program ends when it is closed
        return 1
    window.translators = translators  # type: ignore[attr-defined]  # keep them alive
    if path:
        try:
            window.open_file(Path(path))
        except Exception as exc:
            # A file that breaks the program still leaves the window on the welcome screen.
            reporter.handle(type(exc), exc, exc.__traceback__)
    window.show()
    # The objects made so far live as long as the program: keep them out of the
    # collector's generations, then let it run as usual.
    gc.freeze()
    gc.enable()
    if os.environ.get("ZWDESKTOP_BENCH_SHOWN"):
        # The benchmark's contract: say when the window is on screen, then quit.
        def shown() -> None:
            print(f"SHOWN {time.time():.6f}", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)
    else:
        # Import the write path now, not on the user's first keystroke.
        QTimer.singleShot(200, _warm_up_writes)
    try:
        return int(app.exec())
    finally:
        reporter.uninstall()
        reporter.close()


def _warm_up_writes() -> None:
    import sqlite_utils  # noqa: F401

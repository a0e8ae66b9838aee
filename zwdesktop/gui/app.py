"""Starting the GUI: application object, settings, translations, the main window."""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path
from types import ModuleType
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

    Once PySide6 is loaded, its import hook looks into every module imported
    after it (see :func:`_cheapen_pysides_source_scan`); importing the Qt-free
    layers first spares them that and saves about 13 M instructions at start.
    """
    from .. import paths  # noqa: F401
    from ..core import clock, schedule  # noqa: F401
    from ..store import workshop_store  # noqa: F401


def _cheapen_pysides_source_scan() -> None:
    """Let PySide6 find out by a plain read of its file whether a module uses PySide6.

    To support ``from __feature__ import snake_case``, PySide6 (6.4 and later) notes for each
    module imported after it, and for each earlier one the first time an import statement
    names it again, whether the module's source mentions PySide6. It reads the source through
    ``inspect``, which decodes and splits it into lines and keeps them in ``linecache``: about
    28 M instructions at every start for the modules the window loads, and their sources kept
    in memory. Searching the file's bytes answers the same question. Modules without a source
    file of their own (built-in, compiled, in a zip) are left to PySide6; where a PySide6
    version has no such scan, nothing changes.
    """
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(scan) or getattr(scan, "reads_bytes", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(scan(module))

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]  # installed once, however often run() runs
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  (a module attribute mypy does not know)


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

    _cheapen_pysides_source_scan()

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

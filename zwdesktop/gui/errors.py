"""Unexpected errors: logged to a file in the user data folder and told once, never on stderr.

An exception raised in a slot, a timer or an overridden Qt method does not stop
a Qt program; PySide hands it to ``sys.excepthook``, whose default prints a
traceback on stderr that a moderator never sees. :class:`ErrorReporter` takes
that hook (and ``threading.excepthook``): it writes the traceback to
``zwdesktop.log`` (rotated, so it stays small) and shows a plain message once per
distinct error, so an error that repeats on every clock tick does not flood the
screen. The program carries on.

When the hook it replaces is not the interpreter's default — pytest-qt's, in
the tests — the exception is handed on to it too, so a test still fails.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from .. import __version__
from ..paths import user_data_dir
from .i18n import arg

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

LOG_NAME = "zwdesktop.log"
LOG_MAX_BYTES = 512 * 1024
LOG_BACKUPS = 2  # zwdesktop.log.1, .2: at most about 1.5 MB in all

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class RotatingLog(logging.FileHandler):
    """Appends to the log file; once it has reached ``LOG_MAX_BYTES``, it becomes ``.1`` (and ``.1`` becomes ``.2``).

    What ``logging.handlers.RotatingFileHandler`` does, without that module: it imports
    ``pickle``, ``queue`` and ``socket`` for its other handlers, and PySide6's import hook
    reads each module imported after PySide6, about 20 M instructions at every start.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        """Write one record, after moving a full log aside."""
        if self.stream is not None and self.stream.tell() >= LOG_MAX_BYTES:
            self.stream.close()
            path = Path(self.baseFilename)
            try:
                for number in range(LOG_BACKUPS - 1, 0, -1):
                    older = path.with_name(f"{path.name}.{number}")
                    if older.exists():
                        older.replace(path.with_name(f"{path.name}.{number + 1}"))
                path.replace(path.with_name(f"{path.name}.1"))
            except OSError:
                pass  # a log that cannot be moved aside (read-only folder, another program) grows instead
            self.stream = self._open()
        super().emit(record)


def log_file() -> Path:
    """Where unexpected errors are written (in the user data folder)."""
    return user_data_dir() / LOG_NAME


def _keys(kind: type[BaseException], tb: TracebackType | None) -> tuple[tuple[object, ...], tuple[object, ...]]:
    """What makes two errors "the same": for the log the whole way to the error, for the message the place raised.

    Both leave the exception's message out: it often names an id or a time that
    differs on every tick. One fault reached on two ways (opening a page, then
    every clock tick) is logged in full for each way but told once.
    """
    frames: list[tuple[str, int]] = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_filename, tb.tb_lineno))
        tb = tb.tb_next
    return (kind.__qualname__, tuple(frames)), (kind.__qualname__, frames[-1] if frames else None)


class ErrorReporter(QObject):
    """Logs every unhandled exception and shows a message once per distinct error."""

    occurred = Signal(object, str, str)  # the error's key, summary, traceback text — queued to the GUI thread

    def __init__(self, window: Callable[[], QWidget | None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window or (lambda: None)
        self._counts: dict[tuple[object, ...], int] = {}
        self._shown: set[tuple[object, ...]] = set()
        self._showing = False
        self._logger: logging.Logger | None = None
        self._log_failed = False
        self._previous: ExceptHook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        self._lock = threading.Lock()
        self.messages_shown = 0
        # Queued even from the GUI thread: the message comes up from the event loop,
        # never inside the code that just failed.
        self.occurred.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # ---- the hooks -----------------------------------------------------

    def install(self) -> None:
        """Take over ``sys.excepthook`` and ``threading.excepthook``."""
        self._previous = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        """Give the hooks back (when they are still ours)."""
        if sys.excepthook == self.handle and self._previous is not None:
            sys.excepthook = self._previous
        if threading.excepthook == self._handle_thread and self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        with contextlib.suppress(Exception):  # reporting an error must never raise one
            self._record(args.exc_type, args.exc_value, args.exc_traceback)
        previous = self._previous_thread_hook
        if previous is not None and previous is not threading.__excepthook__:
            previous(args)

    def handle(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        """Log the exception, ask the GUI thread to tell the user, and hand it on in tests."""
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        with contextlib.suppress(Exception):  # reporting an error must never raise one
            self._record(kind, value, tb)
        previous = self._previous
        if previous is not None and previous is not sys.__excepthook__:
            previous(kind, value, tb)

    def _record(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        way, place = _keys(kind, tb)
        with self._lock:
            count = self._counts.get(way, 0) + 1
            self._counts[way] = count
        text = "".join(traceback.format_exception(kind, value, tb))
        summary = "".join(traceback.format_exception_only(kind, value)).strip()
        logger = self._log()
        if logger is not None:
            if count == 1:
                logger.error("Unexpected error\n%s", text.rstrip())
            elif count in (2, 10) or count % 100 == 0:
                # A repeating error (a clock tick, a repaint) is logged in full once, then counted.
                logger.error("The same error again (%d times so far): %s", count, summary)
        if place not in self._shown:
            self.occurred.emit(place, summary, text)

    def _log(self) -> logging.Logger | None:
        """The file logger, set up on the first error (no log file is opened before)."""
        if self._logger is not None or self._log_failed:
            return self._logger
        logger = logging.getLogger("zwdesktop.errors")
        logger.propagate = False  # never to stderr through the root logger
        logger.setLevel(logging.INFO)
        try:
            path = log_file()
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = RotatingLog(path)
        except OSError:
            self._log_failed = True
            return None
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        logger.addHandler(handler)
        self._logger = logger
        logger.info("zwdesktop %s, Python %s, %s", __version__, sys.version.split()[0], sys.platform)
        return logger

    def close(self) -> None:
        """Close the log file."""
        if self._logger is not None:
            for handler in list(self._logger.handlers):
                handler.close()
                self._logger.removeHandler(handler)
            self._logger = None

    # ---- the message ---------------------------------------------------

    def _show(self, key: tuple[object, ...], summary: str, details: str) -> None:
        # One message at a time; one that could not be shown comes up when the error happens again.
        if self._showing or key in self._shown:
            return
        self._shown.add(key)
        self._showing = True
        self.messages_shown += 1
        where = str(log_file()) if not self._log_failed else self.tr("(the log file could not be written)")
        informative = arg(
            self.tr(
                "What was saved before stays saved in the workshop file; the last action may not have been"
                " completed. If something looks wrong, close the workshop (Ctrl+W) and open it again.\n\n"
                "%1\n\nThe details are written to the log file:\n%2"
            ),
            summary,
            where,
        )
        from .message_boxes import open_error_message  # a dialog: loaded when first shown

        open_error_message(
            self._window(),
            self.tr("Unexpected error"),
            self.tr("Something went wrong in zwdesktop. The program carries on."),
            informative,
            details,
            self._closed,
        )

    def _closed(self) -> None:
        self._showing = False

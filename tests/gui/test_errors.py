"""Unexpected errors: logged and told once, never on stderr, and still failing the tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from zwdesktop.cli import main as cli_main
from zwdesktop.gui.errors import LOG_MAX_BYTES, ErrorReporter, log_file

ROOT = Path(__file__).resolve().parents[2]


class _Ticker(QObject):
    """Stands for the clock: a signal that fires again and again into a broken slot."""

    tick = Signal()


def _message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_an_error_on_every_tick_is_logged_and_told_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    ticker = _Ticker()
    calls: list[int] = []

    def broken_slot() -> None:
        calls.append(1)
        raise ZeroDivisionError(f"tick {len(calls)}")  # the message differs on every tick

    ticker.tick.connect(broken_slot)
    reporter = ErrorReporter(lambda: window)
    with qtbot.captureExceptions() as captured:
        reporter.install()
        try:
            for _ in range(12):
                ticker.tick.emit()
            qtbot.waitUntil(lambda: len(_message_boxes()) == 1)
            box = _message_boxes()[0]
            assert box.windowTitle() == "Unexpected error"
            assert str(log_file()) in box.informativeText()
            assert "ZeroDivisionError: tick 1" in box.informativeText()
            assert "broken_slot" in box.detailedText()
            for _ in range(5):
                ticker.tick.emit()
            QApplication.processEvents()
            assert len(_message_boxes()) == 1  # still the one message, not one per tick
            box.accept()
            qtbot.waitUntil(lambda: not _message_boxes())
            ticker.tick.emit()
            QApplication.processEvents()
            assert not _message_boxes()  # told once is enough

            # Another error is another message; the window is usable all along.
            def other() -> None:
                raise KeyError("other")

            QTimer.singleShot(0, other)
            qtbot.waitUntil(lambda: len(_message_boxes()) == 1)
            assert "KeyError" in _message_boxes()[0].informativeText()
            _message_boxes()[0].accept()
        finally:
            reporter.uninstall()
            reporter.close()
    # In the tests the exceptions are handed on to pytest-qt: not hidden by our hook.
    assert len(captured) == 19
    assert reporter.messages_shown == 2
    log = log_file().read_text(encoding="utf-8")
    assert log.count("Unexpected error") == 2
    assert log.count("Traceback") == 2  # the repeating one in full once, then only counted
    assert "The same error again (10 times so far)" in log
    assert "in broken_slot" in log and "ZeroDivisionError: tick 1" in log


def _report_a_slot_error(qtbot, before_install: Callable[[], object] = lambda: None) -> list[object]:  # type: ignore[no-untyped-def]
    """An error in a slot, reported through the hook; its message is answered. Returns what pytest-qt caught."""
    window = QWidget()
    qtbot.addWidget(window)
    ticker = _Ticker()
    ticker.tick.connect(lambda: 1 / 0)
    reporter = ErrorReporter(lambda: window)
    with qtbot.captureExceptions() as captured:
        before_install()
        reporter.install()
        try:
            ticker.tick.emit()
            qtbot.waitUntil(lambda: len(_message_boxes()) == 1)
            _message_boxes()[0].accept()
        finally:
            reporter.uninstall()
            reporter.close()
    return list(captured)


def test_outside_the_tests_nothing_goes_to_stderr(qtbot, capfd) -> None:  # type: ignore[no-untyped-def]
    import sys as _sys

    def interpreters_hook() -> None:  # as in the program: the interpreter's own hook before ours
        _sys.excepthook = _sys.__excepthook__

    captured = _report_a_slot_error(qtbot, interpreters_hook)
    assert captured == []
    assert "Traceback" not in capfd.readouterr().err
    assert "ZeroDivisionError" in log_file().read_text(encoding="utf-8")


def test_a_full_log_is_moved_aside_and_at_most_two_older_ones_are_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    log = log_file()
    log.parent.mkdir(parents=True, exist_ok=True)
    older, oldest = log.with_name(log.name + ".1"), log.with_name(log.name + ".2")
    log.write_text("full\n" * (LOG_MAX_BYTES // 5 + 1), encoding="utf-8")
    older.write_text("older\n", encoding="utf-8")
    oldest.write_text("oldest\n", encoding="utf-8")
    _report_a_slot_error(qtbot)
    assert older.read_text(encoding="utf-8").startswith("full\n")  # the full log, whole
    assert oldest.read_text(encoding="utf-8") == "older\n"  # the oldest one is gone
    assert not log.with_name(log.name + ".3").exists()
    text = log.read_text(encoding="utf-8")
    assert "ZeroDivisionError" in text and "full" not in text
    assert log.stat().st_size < LOG_MAX_BYTES


def test_a_full_log_that_cannot_be_moved_aside_grows_and_the_error_is_still_told(qtbot) -> None:  # type: ignore[no-untyped-def]
    log = log_file()
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text("full\n" * (LOG_MAX_BYTES // 5 + 1), encoding="utf-8")
    log.with_name(log.name + ".1").write_text("older\n", encoding="utf-8")
    blocker = log.with_name(log.name + ".2")
    blocker.mkdir()  # a folder in the way: .1 cannot become .2, so nothing is moved
    (blocker / "keep").write_text("x", encoding="utf-8")
    _report_a_slot_error(qtbot)
    text = log.read_text(encoding="utf-8")
    assert text.startswith("full\n") and "ZeroDivisionError" in text
    assert log.with_name(log.name + ".1").read_text(encoding="utf-8") == "older\n"
    assert (blocker / "keep").read_text(encoding="utf-8") == "x"


def test_an_error_in_a_worker_thread_is_told_in_the_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    reporter = ErrorReporter(lambda: window)
    previous = threading.excepthook
    handed_on: list[type[BaseException]] = []
    threading.excepthook = lambda args: handed_on.append(args.exc_type)  # as pytest's own hook would
    reporter.install()
    try:
        worker = threading.Thread(target=lambda: [][1])
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(_message_boxes()) == 1)
        box = _message_boxes()[0]
        assert box.parent() is window and "IndexError" in box.informativeText()
        box.accept()
    finally:
        reporter.uninstall()
        reporter.close()
        threading.excepthook = previous
    assert handed_on == [IndexError]


INNER_TESTS = textwrap.dedent(
    """
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtWidgets import QWidget

    from zwdesktop.gui.errors import ErrorReporter


    class Emitter(QObject):
        fired = Signal()


    def broken() -> None:
        raise RuntimeError("raised in a slot")


    class BrokenWidget(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.painted = []

        def paintEvent(self, event) -> None:  # called by Qt's event loop, not by Python code
            self.painted.append(1)
            raise RuntimeError("raised in a virtual method")


    def slot(qtbot) -> None:
        emitter = Emitter()
        emitter.fired.connect(broken)
        emitter.fired.emit()


    def virtual(qtbot) -> None:
        widget = BrokenWidget()
        qtbot.addWidget(widget)
        widget.resize(120, 90)
        widget.show()
        qtbot.waitUntil(lambda: bool(widget.painted))


    def timer(qtbot) -> None:
        done = []
        QTimer.singleShot(0, lambda: (done.append(1), broken()))
        qtbot.waitUntil(lambda: bool(done))


    def with_our_hook(check, qtbot) -> None:
        reporter = ErrorReporter()
        reporter.install()
        try:
            check(qtbot)
        finally:
            reporter.uninstall()
            reporter.close()


    def test_slot(qtbot):
        slot(qtbot)


    def test_virtual(qtbot):
        virtual(qtbot)


    def test_timer(qtbot):
        timer(qtbot)


    def test_slot_with_our_hook(qtbot):
        with_our_hook(slot, qtbot)


    def test_virtual_with_our_hook(qtbot):
        with_our_hook(virtual, qtbot)


    def test_timer_with_our_hook(qtbot):
        with_our_hook(timer, qtbot)


    def test_nothing_raised(qtbot):
        widget = QWidget()
        qtbot.addWidget(widget)
        widget.show()
    """
)


def test_pytest_qt_fails_a_test_on_an_exception_in_a_slot_or_virtual_method(tmp_path: Path) -> None:
    """Run a small test file under our own pytest configuration and look at what failed."""
    tests = tmp_path / "test_inner.py"
    tests.write_text(INNER_TESTS, encoding="utf-8")
    report = tmp_path / "report.xml"
    config = ["-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path)]  # our own pytest configuration
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *config, f"--junitxml={report}", str(tests)],
        cwd=tmp_path,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert report.exists(), result.stdout + result.stderr
    outcomes: dict[str, str] = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        failure = case.find("failure")
        outcomes[case.get("name", "")] = (failure.text or "") if failure is not None else "passed"
    assert outcomes.pop("test_nothing_raised") == "passed", result.stdout
    assert set(outcomes) == {
        "test_slot",
        "test_virtual",
        "test_timer",
        "test_slot_with_our_hook",
        "test_virtual_with_our_hook",
        "test_timer_with_our_hook",
    }
    for name, message in outcomes.items():
        assert "Exceptions caught in Qt event loop" in message, (name, message)
        assert "raised in a" in message, (name, message)


PROGRAM = textwrap.dedent(
    """
    import json
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from zwdesktop.gui import app as gui_app
    from zwdesktop.gui.main_window import MainWindow, WindowAction

    def broken(self, key):
        raise RuntimeError("provoked in show_section " + key)

    MainWindow.show_section = broken  # a bug behind Ctrl+1 … Ctrl+9
    app = QApplication(sys.argv[:1])
    out = {}

    def window():
        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())

    def boxes():
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]

    def poke():
        for name in (WindowAction.AGENDA, WindowAction.CLOCK, WindowAction.AGENDA):
            window().action(name).trigger()
        look(50)

    def look(tries):
        if not boxes() and tries:
            QTimer.singleShot(10, lambda: look(tries - 1))
            return
        out["boxes"] = [(b.windowTitle(), b.text()) for b in boxes()]
        out["parent_is_window"] = bool(boxes()) and boxes()[0].parent() is window()
        for box in boxes():
            box.accept()
        out["title"] = window().windowTitle()
        out["still_open"] = window().session is not None
        window().action(WindowAction.CLOCK).trigger()  # the same fault once more: told already
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, finish))

    def finish():
        out["boxes_after"] = len(boxes())
        window().close()

    QTimer.singleShot(0, poke)
    code = gui_app.run(sys.argv[1])
    print(json.dumps(out))
    sys.exit(code)
    """
)


def test_the_program_tells_a_provoked_error_once_and_keeps_stderr_clean(tmp_path: Path) -> None:
    workshop = tmp_path / "Aulendorf.zwd"
    assert cli_main(["new", str(workshop), "--title", "Aulendorf"]) == 0
    script = tmp_path / "program.py"
    script.write_text(PROGRAM, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), str(workshop)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["boxes"] == [
        ["Unerwarteter Fehler", "In zwdesktop ist etwas schiefgegangen. Das Programm läuft weiter."]
    ]
    assert out["parent_is_window"] is True  # on the laptop, never on the projector
    assert out["boxes_after"] == 0
    assert out["still_open"] is True and "Aulendorf" in out["title"]
    assert "Traceback" not in result.stderr and "provoked" not in result.stderr, result.stderr
    log = log_file().read_text(encoding="utf-8")
    # The section keys reach the fault the same way: its traceback once, each repetition a line of its own.
    assert log.count("Traceback") == 1
    assert "RuntimeError: provoked in show_section agenda" in log
    assert "RuntimeError: provoked in show_section clock" in log

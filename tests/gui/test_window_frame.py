"""The window frame as a moderator meets it: Ctrl+W, a laptop screen, file dialogs, Tab, dialog sizes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from zwdesktop.cli import main as cli_main
from zwdesktop.gui import dialogs
from zwdesktop.gui.main_window import MainWindow
from zwdesktop.gui.settings import Settings
from zwdesktop.gui.window_geometry import fit_rect


def test_ctrl_w_after_starting_on_a_file_shows_the_welcome_screen(qtbot, settings, answers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "Aulendorf.zwd"
    assert cli_main(["new", str(path), "--title", "Aulendorf"]) == 0
    window = MainWindow(settings, "en")
    qtbot.addWidget(window)
    window.open_file(path)  # as `zwdesktop FILE.zwd` does: before the window is shown
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.workspace is not None and window.workspace.isVisible()
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.isVisible() and window.welcome.new_button.isVisible()
    assert window.welcome.recent_list.count() == 1  # the file just closed
    assert window.welcome.recent_list.isVisible() and not window.welcome.no_recent_label.isVisible()
    window.close()


# ---- fitting the screen ---------------------------------------------------


def test_fit_rect_keeps_the_frame_on_the_screen() -> None:
    laptop = QRect(0, 0, 1366, 768)
    fitted = fit_rect(QRect(0, 20, 1100, 760), laptop, QSize(600, 400))
    assert fitted.top() >= 34 and fitted.bottom() <= 768 - 6 and fitted.height() < 760
    # Remembered on a projector that is gone: back on the laptop, whole.
    fitted = fit_rect(QRect(2000, 100, 1200, 700), laptop, QSize(600, 400))
    assert laptop.contains(fitted.adjusted(-6, -34, 6, 6))
    # Never below the layout's minimum size.
    assert fit_rect(QRect(0, 0, 900, 700), QRect(0, 0, 640, 480), QSize(700, 500)).size() == QSize(700, 500)


SCREENS_SCRIPT = textwrap.dedent(
    """
    import json
    import sys

    from PySide6.QtCore import QRect, QTimer
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication

    from zwdesktop.gui import app as gui_app
    from zwdesktop.gui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    out = {}
    move_to = json.loads(sys.argv[2])

    def window():
        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())

    def scrolled(widget):
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QAbstractScrollArea):
                return True
            parent = parent.parentWidget()
        return False

    def look():
        w = window()
        screen = w.screen().availableGeometry()
        out["screen"] = [screen.x(), screen.y(), screen.width(), screen.height()]
        out["frame"] = [w.frameGeometry().x(), w.frameGeometry().y(), w.frameGeometry().width(), w.frameGeometry().height()]
        out["pages"] = {}
        for key in ("details", "agenda", "clock", "photos", "ideas", "votes", "agreements", "steering", "mailing"):
            w.show_section(key)
            QApplication.processEvents()
            page = w.workspace.section(key)
            outside = []
            for button in page.findChildren(QAbstractButton):
                if not button.isVisible() or scrolled(button):
                    continue
                rect = QRect(button.mapTo(w, button.rect().topLeft()), button.size())
                if not w.rect().contains(rect):
                    outside.append(button.text() or button.objectName())
            out["pages"][key] = outside
        out["minimum"] = [w.minimumSizeHint().width(), w.minimumSizeHint().height()]
        if move_to:
            w.setGeometry(*move_to)
        w.close()

    # After the window's own first-show adjustment (posted when it is shown).
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, look))
    code = gui_app.run(sys.argv[1])
    print(json.dumps(out))
    sys.exit(code)
    """
)

LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}
PROJECTOR = {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}


def _run_on_screens(tmp_path: Path, screens: list[dict[str, object]], demo: Path, move_to: list[int] | None) -> dict:  # type: ignore[type-arg]
    config = tmp_path / f"screens-{len(screens)}.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    script = tmp_path / "screens.py"
    script.write_text(SCREENS_SCRIPT, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), str(demo), json.dumps(move_to)],
        env=dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}"),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _inside(frame: list[int], screen: list[int]) -> bool:
    return QRect(*screen).contains(QRect(*frame))


def test_the_window_fits_a_1366x768_laptop_with_every_button_reachable(tmp_path: Path) -> None:
    demo = tmp_path / "demo.zwd"
    assert cli_main(["demo", str(demo)]) == 0
    # In German (the tests' locale), whose labels are the longest.
    first = _run_on_screens(tmp_path, [LAPTOP], demo, None)
    assert first["screen"] == [0, 0, 1366, 768]
    assert _inside(first["frame"], first["screen"]), first["frame"]
    assert first["minimum"][0] <= 1366 and first["minimum"][1] <= 768 - 40, first["minimum"]
    assert first["pages"] == {key: [] for key in first["pages"]}, first["pages"]

    # Left on the projector, then started with the laptop alone: on the laptop, whole.
    _run_on_screens(tmp_path, [LAPTOP, PROJECTOR], demo, [1500, 100, 1600, 900])
    alone = _run_on_screens(tmp_path, [LAPTOP], demo, None)
    assert _inside(alone["frame"], alone["screen"]), alone["frame"]


# ---- file dialogs ---------------------------------------------------------


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user's home with a Documents and a Pictures folder (as a fresh Windows or a desktop Linux has)."""
    home = tmp_path / "home"
    for name in ("Documents", "Pictures"):
        (home / name).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    for name in ("XDG_DOCUMENTS_DIR", "XDG_PICTURES_DIR"):
        monkeypatch.delenv(name, raising=False)
    return home


class FakeFileDialog:
    """Stands in for QFileDialog's static functions: records where each opened, answers with a file there."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.opened_in: list[str] = []
        self.answer = ""
        for name in ("getSaveFileName", "getOpenFileName"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self._one))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(self._many))

    def _one(self, parent: QWidget | None, title: str, start: str, file_filter: str) -> tuple[str, str]:
        self.opened_in.append(start)
        return self.answer, file_filter

    def _many(self, parent: QWidget | None, title: str, start: str, file_filter: str) -> tuple[list[str], str]:
        self.opened_in.append(start)
        return ([self.answer] if self.answer else []), file_filter


def test_file_dialogs_start_in_documents_and_pictures_then_in_the_last_folder(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)  # the program's working directory is never where a dialog opens
    settings = Settings(QSettings(str(tmp_path / "folders.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, "en")  # remembers the folders in its settings
    qtbot.addWidget(window)
    fake = FakeFileDialog(monkeypatch)
    documents, pictures = home / "Documents", home / "Pictures"

    assert dialogs.Ask.save_path(window, "New workshop", "Future workshop.zwd") is None  # cancelled
    assert fake.opened_in[-1] == str(documents / "Future workshop.zwd")
    assert dialogs.Ask.open_path(window) is None
    assert fake.opened_in[-1] == str(documents)
    # An export suggested beside a workshop in a hidden folder still opens in Documents.
    hidden = tmp_path / ".local" / "share" / "zwdesktop" / "demo-aulendorf.zwd"
    assert dialogs.Ask.save_file(window, "Export", str(hidden.with_suffix(".csv")), "CSV (*.csv)", ".csv") is None
    assert fake.opened_in[-1] == str(documents / "demo-aulendorf.csv")
    from zwdesktop.gui.photos.page import PhotoAsk

    assert PhotoAsk.image_paths(window) == []
    assert fake.opened_in[-1] == str(pictures)

    # Then each kind remembers its own last folder, also in the next session.
    stick = tmp_path / "USB-Stick"
    stick.mkdir()
    fake.answer = str(stick / "Werkstatt")
    assert dialogs.Ask.save_path(window, "New workshop", "Future workshop.zwd") == stick / "Werkstatt.zwd"
    fake.answer = str(pictures / "Pinnwand" / "IMG_0001.jpg")
    (pictures / "Pinnwand").mkdir()
    assert PhotoAsk.image_paths(window) == [pictures / "Pinnwand" / "IMG_0001.jpg"]
    fake.answer = ""
    again = MainWindow(Settings(QSettings(str(tmp_path / "folders.ini"), QSettings.Format.IniFormat)), "en")
    qtbot.addWidget(again)
    dialogs.Ask.open_path(again)
    assert fake.opened_in[-1] == str(stick)
    PhotoAsk.image_paths(again)
    assert fake.opened_in[-1] == str(pictures / "Pinnwand")
    dialogs.Ask.save_file(again, "Export", "Aulendorf – Protokoll.pdf", "PDF (*.pdf)", ".pdf")
    assert fake.opened_in[-1] == str(documents / "Aulendorf – Protokoll.pdf")
    # A remembered folder that is gone (the stick was pulled): Documents again.
    stick.rmdir()
    dialogs.Ask.open_path(again)
    assert fake.opened_in[-1] == str(documents)


def test_every_file_dialog_goes_through_the_file_dialogs_module() -> None:
    gui = Path(__file__).resolve().parents[2] / "zwdesktop" / "gui"
    users = sorted(
        str(path.relative_to(gui))
        for path in gui.rglob("*.py")
        if path.name != "file_dialogs.py" and "QFileDialog" in path.read_text(encoding="utf-8")
    )
    assert users == []


# ---- Tab order and dialog sizes -----------------------------------------------


def _tab_chain(start: QWidget, steps: int) -> list[QWidget]:
    chain = []
    widget = start
    for _ in range(steps):
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
        chain.append(widget)
    return chain


def test_tab_follows_the_welcome_screen_in_reading_order(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    welcome = window.welcome
    window.show_recent_files([str(Path(__file__))])
    welcome.template_box.setFocus()
    seen = [welcome.template_box]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [
        welcome.template_box,
        welcome.new_button,
        welcome.open_button,
        welcome.demo_button,
        welcome.recent_list,
    ]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is welcome.template_box  # round again, never into the hidden pages


def test_the_first_start_says_where_recent_files_will_be_and_tab_skips_the_empty_list(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    welcome = window.welcome
    assert welcome.no_recent_label.isVisible() and not welcome.recent_list.isVisible()
    assert "will be listed here" in welcome.no_recent_label.text()
    welcome.demo_button.setFocus()
    qtbot.keyClick(welcome.demo_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is welcome.template_box
    window.show_recent_files([str(Path(__file__))])
    assert welcome.recent_list.isVisible() and not welcome.no_recent_label.isVisible()
    window.show_recent_files([])
    assert welcome.no_recent_label.isVisible() and not welcome.recent_list.isVisible()


def test_tab_goes_from_the_section_list_into_the_page_and_round_again(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    answers.save_path = tmp_path / "Aulendorf.zwd"
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    workspace = window.workspace
    for key in ("details", "agenda", "clock", "photos", "ideas", "votes", "agreements", "steering", "mailing"):
        window.show_section(key)
        page = workspace.section(key)
        workspace.nav.setFocus()
        qtbot.keyClick(workspace.nav, Qt.Key.Key_Tab)
        first = QApplication.focusWidget()
        assert first is not None and page.isAncestorOf(first), (key, first)
        # From the list through the page's fields and back to the list: never into a hidden page.
        chain = _tab_chain(workspace.nav, 200)
        stop = chain.index(workspace.nav)
        assert chain[0] is first and all(page.isAncestorOf(w) for w in chain[:stop]), key
        if first.focusPolicy() & Qt.FocusPolicy.TabFocus and not hasattr(first, "tabKeyNavigation"):
            qtbot.keyClick(first, Qt.Key.Key_Backtab)  # a table uses Shift+Tab for its own cells
            assert QApplication.focusWidget() is workspace.nav, key


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_menu_of_the_menu_bar_has_its_own_alt_key(language: str, settings, qtbot) -> None:  # type: ignore[no-untyped-def]
    from zwdesktop.gui.i18n import install_translators

    app = QApplication.instance()
    translators = install_translators(app, language)  # type: ignore[arg-type]
    try:
        window = MainWindow(settings, language)
        qtbot.addWidget(window)
        titles = [action.text() for action in window.menuBar().actions()]
    finally:
        for translator in translators:
            app.removeTranslator(translator)  # type: ignore[union-attr]
    keys = [title[title.index("&") + 1].lower() for title in titles]
    assert len(set(keys)) == len(keys), titles


def test_the_person_dialog_is_wide_enough_for_its_title(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    sizes: list[tuple[int, int, str]] = []

    def look(dialog: QDialog) -> int:
        dialog.show()  # laid out and sized as the user sees it
        QApplication.processEvents()
        sizes.append(
            (dialog.width(), dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()), dialog.windowTitle())
        )
        dialog.hide()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", look)
    title = "Alles über eine Person exportieren, was in dieser Datei gespeichert ist"
    assert dialogs.Ask.person(None, title) is None
    width, needed, shown = sizes[0]
    assert shown == title and width >= needed + 100, (width, needed)

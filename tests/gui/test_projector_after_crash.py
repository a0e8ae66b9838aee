"""A crash in the middle of the workshop: the projector comes back on its screen when the program is started again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from zwdesktop.cli import main as cli_main

from .test_projector import TWO_SCREENS

# One start of the program on a laptop with a projector beside it (the offscreen platform reads its
# screens only when the application starts, hence a process of its own). ``crash`` shows the projector
# and dies at once, as a killed program does; ``start`` opens the workshop, says what the wall shows
# and quits as the moderator does.
START_SCRIPT = textwrap.dedent(
    """
    import json
    import os
    import sys
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from zwdesktop.gui.main_window import MainWindow
    from zwdesktop.gui.settings import Settings

    how, workshop, ini = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    app = QApplication([])
    laptop = next(screen for screen in app.screens() if screen.name() == "laptop")
    window = MainWindow(Settings(QSettings(ini, QSettings.Format.IniFormat)), "en")
    window.setScreen(laptop)
    window.setGeometry(50, 50, 1100, 700)
    window.show()
    QTest.qWaitForWindowExposed(window)
    assert window.open_file(workshop)
    if how == "crash":
        window.projector_control.toggle()
        QTest.qWait(100)
        print(json.dumps({"shown": window.projector_control.projector.isVisible()}), flush=True)
        os._exit(9)  # no closing, no saving: a crash
    QTest.qWait(100)
    projector = window.projector_control.projector
    shown = projector is not None and projector.isVisible()
    out = {"shown": shown, "laptop_has_keys": window.isActiveWindow() or not shown}
    if shown:
        out |= {"screen": projector.screen().name(), "full_screen": projector.isFullScreen(),
                "mode": projector.current_mode().key}
    window.close()  # the moderator quits
    print(json.dumps(out), flush=True)
    """
)


LAPTOP_ONLY = {"screens": TWO_SCREENS["screens"][:1]}


def _start(tmp_path: Path, how: str, screens: dict[str, object] = TWO_SCREENS) -> dict[str, object]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    script = tmp_path / "start.py"
    script.write_text(START_SCRIPT, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", ZWDESKTOP_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, str(script), how, str(tmp_path / "Aulendorf.zwd"), str(tmp_path / "settings.ini")],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == (9 if how == "crash" else 0), result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_after_a_crash_the_projector_shows_the_clock_again_and_after_quitting_it_does_not(tmp_path: Path) -> None:
    assert cli_main(["demo", str(tmp_path / "Aulendorf.zwd")]) == 0  # its clock runs: the workshop is on
    assert _start(tmp_path, "crash") == {"shown": True}
    again = _start(tmp_path, "start")
    assert again == {"shown": True, "laptop_has_keys": True, "screen": "beamer", "full_screen": True, "mode": "clock"}
    # That start ended as the moderator quits: the next one leaves the projector off until asked for.
    assert _start(tmp_path, "start") == {"shown": False, "laptop_has_keys": True}


def test_a_crash_counts_for_the_next_start_only(tmp_path: Path) -> None:
    """Crashed at the venue, started again in the office (no projector), the next day at the venue again."""
    assert cli_main(["demo", str(tmp_path / "Aulendorf.zwd")]) == 0
    assert _start(tmp_path, "crash") == {"shown": True}
    assert _start(tmp_path, "start", LAPTOP_ONLY) == {"shown": False, "laptop_has_keys": True}
    assert _start(tmp_path, "start") == {"shown": False, "laptop_has_keys": True}  # not unasked, later on

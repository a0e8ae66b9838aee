"""The window draws every script and the Blitzlicht faces with the fonts the program ships.

Run in a fresh process whose fontconfig knows only DejaVu (or no font at all): a venue
laptop without an Ethiopic and without an emoji font, as a fresh Windows is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from zwdesktop.core.votes import MOOD_SCALE

SCRIPT = textwrap.dedent(
    """
    import json
    import sys

    from PySide6.QtGui import QFontDatabase, QTextLayout
    from PySide6.QtWidgets import QLabel

    from zwdesktop.gui.app import make_application

    app = make_application()  # as the program starts
    label = QLabel()  # any widget: it takes the application font
    out = {"families": sorted(QFontDatabase.families())}
    for text in json.loads(sys.argv[1]):
        layout = QTextLayout(text, label.font())
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs = []
        for run in layout.glyphRuns():
            runs.append([run.rawFont().familyName(), list(run.glyphIndexes())])
        out[text] = runs
    print(json.dumps(out))
    """
)

TIGRINYA = "ሰላምታ"  # "greeting", one word: one run of glyphs
NEWER_EMOJI = "Tee 🫖 und Kuchen 🥲 🫶"  # Unicode 13-14: not in Symbola
TEXTS = [TIGRINYA, "".join(MOOD_SCALE), "Idee 💡 mit Emoji 👍", "مرحبا بكم", NEWER_EMOJI]


def _run(tmp_path: Path) -> dict[str, list[list[object]]]:
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        + (f"  <dir>{dejavu}</dir>\n" if dejavu.is_dir() else "")
        + f"  <cachedir>{tmp_path / 'fc-cache'}</cachedir>\n</fontconfig>\n",
        encoding="utf-8",
    )
    script = tmp_path / "glyphs.py"
    script.write_text(SCRIPT, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), json.dumps(TEXTS)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", FONTCONFIG_FILE=str(config)),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_tigrinya_emoji_and_the_blitzlicht_faces_have_glyphs_on_a_bare_laptop(tmp_path: Path) -> None:
    out = _run(tmp_path)
    families = out.pop("families")
    for family in ("Noto Sans Ethiopic", "Noto Sans Arabic", "Symbola", "Noto Emoji"):
        assert family in families
    for text, runs in out.items():
        glyphs = [glyph for _family, indexes in runs for glyph in indexes]  # type: ignore[union-attr]
        assert glyphs and 0 not in glyphs, (text, runs)  # glyph 0 is the empty box
    assert [family for family, _indexes in out[TIGRINYA]] == ["Noto Sans Ethiopic"]
    assert "Noto Emoji" in {family for family, _indexes in out[NEWER_EMOJI]}
    faces = {family for family, _indexes in out["".join(MOOD_SCALE)]}
    assert faces <= {"Symbola", "DejaVu Sans", "Noto Sans"}, faces

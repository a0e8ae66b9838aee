"""Fill German translations into resources/translations/zwdesktop_de.ts from a small table.

Usage: .venv/bin/python packaging/translate_de.py 'Context|Source text|Übersetzung' ...
A developer's helper next to update_translations.py: it only fills entries that
are still unfinished, so it never overwrites a translation someone made.
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "zwdesktop_de.ts"


def fill(pairs: list[tuple[str, str, str]]) -> list[str]:
    """Fill each (context, source, translation); returns the ones not found as unfinished."""
    text = TS.read_text(encoding="utf-8")
    missing = []
    for context, source, translation in pairs:
        context_start = text.find(f"<name>{escape(context)}</name>")
        if context_start < 0:
            missing.append(f"{context}|{source}")
            continue
        context_end = text.find("</context>", context_start)
        needle = f'<source>{escape(source)}</source>\n        <translation type="unfinished"></translation>'
        at = text.find(needle, context_start, context_end)
        if at < 0:
            missing.append(f"{context}|{source}")
            continue
        replacement = f"<source>{escape(source)}</source>\n        <translation>{escape(translation)}</translation>"
        text = text[:at] + replacement + text[at + len(needle) :]
    TS.write_text(text, encoding="utf-8")
    return missing


if __name__ == "__main__":
    rows = [tuple(arg.split("|", 2)) for arg in sys.argv[1:]]
    left = fill([(c, s, t) for c, s, t in rows])
    for item in left:
        print("not found or already translated:", item)
    sys.exit(1 if left else 0)

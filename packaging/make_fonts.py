#!/usr/bin/env python3
"""Rebuild ``resources/fonts`` from Debian's font packages (run once by a maintainer, not at install time).

    apt-get install fonts-noto-core && apt-get download fonts-symbola && dpkg -x fonts-symbola_*.deb /tmp/symbola
    .venv/bin/python -m pip install fonttools
    .venv/bin/python -m pip download --no-deps -d /tmp/emoji manimgx-fonts && unzip -d /tmp/emoji /tmp/emoji/*.whl
    .venv/bin/python packaging/make_fonts.py [--symbola /tmp/symbola/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf]
        [--noto-emoji "/tmp/emoji/manimgx_fonts/NotoEmoji[wght].ttf"]

The Noto fonts (SIL Open Font License 1.1) are copied unchanged from ``fonts-noto-core``. Symbola
("free for any use; may be opened, edited, modified, regenerated, packaged and redistributed",
George Douros) is cut down to its symbol and emoji blocks, which is all the minutes take from it:
that keeps the shipped folder at about 3 MB. Symbola stops at Unicode 9, so Noto Emoji (Google's
monochrome emoji outlines, SIL OFL 1.1, up to Unicode 15) follows it for the newer emoji (🫖, 🥲):
its variable font is fixed at the regular weight (about 0.9 MB). The PDF embeds only the glyphs a
document uses.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "fonts"
NOTO = Path("/usr/share/fonts/truetype/noto")
NOTO_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold.ttf",
)
SYMBOLA_DEFAULT = Path("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf")
NOTO_EMOJI_DEFAULT = Path("/tmp/emoji/manimgx_fonts/NotoEmoji[wght].ttf")
# Arrows to miscellaneous symbols and arrows (symbols, dingbats, geometric shapes), variation selectors,
# U+FFFD, and the emoji blocks (pictographs, emoticons, transport, supplemental symbols).
SYMBOLA_RANGES = ((0x2190, 0x2BFF), (0xFE00, 0xFE0F), (0xFFFD, 0xFFFD), (0x1F300, 0x1F6FF), (0x1F900, 0x1F9FF))


def main() -> int:
    """Copy the Noto fonts and write the Symbola subset."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--symbola", type=Path, default=SYMBOLA_DEFAULT)
    parser.add_argument("--noto-emoji", type=Path, default=NOTO_EMOJI_DEFAULT)
    args = parser.parse_args()
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    TARGET.mkdir(parents=True, exist_ok=True)
    for name in NOTO_FILES:
        shutil.copyfile(NOTO / name, TARGET / name)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False  # a PDF is scaled anyway; the hints doubled the size
    font = subset.load_font(str(args.symbola), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for lo, hi in SYMBOLA_RANGES for c in range(lo, hi + 1)])
    subsetter.subset(font)
    subset.save_font(font, str(TARGET / "Symbola-Symbols.ttf"), options)
    emoji = instancer.instantiateVariableFont(TTFont(str(args.noto_emoji)), {"wght": 400})
    emoji.save(str(TARGET / "NotoEmoji-Regular.ttf"))
    for path in sorted(TARGET.glob("*.ttf")):
        print(f"{path.name}\t{path.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Help → About: the program's version, its licence and the licences of the fonts it ships."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from msgspec import Struct
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..paths import resource_dir, shipped
from .i18n import arg

LICENCE_ID = "GPL-3.0-or-later"
GPL_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


class ShippedFont(Struct, frozen=True):
    """A font family in ``resources/fonts``: its files' common prefix and its licence."""

    family: str
    file_prefix: str
    covers: str
    licence: str
    licence_file: str


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


class AboutDialog(QDialog):
    """Version, licence (with its full text) and the shipped fonts with their licences (and texts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(arg(self.tr("About %1"), APP_NAME))
        self.resize(680, 520)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._about_page(), self.tr("About"))
        self.licence_text = self._text_page("licenceText", self._licence())
        self.tabs.addTab(self.licence_text, self.tr("Licence"))
        self.font_licence_text = self._text_page("fontLicenceText", self._font_licences())
        self.tabs.addTab(self.font_licence_text, self.tr("Font licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def fonts(self) -> list[ShippedFont]:
        """The font families the minutes PDF embeds, as ``resources/fonts/README.md`` lists them."""
        ofl = self.tr("SIL Open Font License 1.1")
        return [
            ShippedFont("Noto Sans", "NotoSans-", self.tr("Latin, Greek, Cyrillic"), ofl, "OFL-Noto.txt"),
            ShippedFont(
                "Noto Sans Arabic", "NotoSansArabic-", self.tr("Arabic, Farsi, Urdu, Sorani"), ofl, "OFL-Noto.txt"
            ),
            ShippedFont("Noto Sans Ethiopic", "NotoSansEthiopic-", self.tr("Tigrinya, Amharic"), ofl, "OFL-Noto.txt"),
            ShippedFont(
                "Symbola",
                "Symbola-",
                self.tr("symbols, dingbats, emoji"),
                self.tr("free for any use"),
                "LICENSE-Symbola.txt",
            ),
            ShippedFont("Noto Emoji", "NotoEmoji-", self.tr("emoji of Unicode 10 to 15"), ofl, "OFL-Noto.txt"),
        ]

    def _about_page(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(f"{APP_NAME} {__version__}", page)
        title.setObjectName("aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        summary = QLabel(
            self.tr(
                "Run a future workshop (Zukunftswerkstatt) offline: agenda and clock, projector, ideas, dot votes, "
                "agreements and minutes."
            ),
            page,
        )
        licence = QLabel(
            arg(
                self.tr(
                    "zwdesktop is free software: you may pass it on and change it under the terms of the GNU "
                    "General Public License, version 3 or (at your option) any later version (%1). It comes "
                    "with no warranty. The full text is on the “Licence” tab."
                ),
                LICENCE_ID,
            ),
            page,
        )
        licence.setObjectName("aboutLicence")
        fonts_heading = QLabel(self.tr("Fonts of the minutes (PDF), shipped with the program:"), page)
        self.font_table = QTreeWidget(page)
        self.font_table.setObjectName("aboutFonts")
        self.font_table.setRootIsDecorated(False)
        self.font_table.setHeaderLabels([self.tr("Font"), self.tr("Scripts"), self.tr("Licence")])
        for entry in self.fonts():
            self.font_table.addTopLevelItem(QTreeWidgetItem([entry.family, entry.covers, entry.licence]))
        for column in range(3):
            self.font_table.resizeColumnToContents(column)
        # As tall as its rows: four fonts need no scrolling and no empty space below them.
        rows = sum(self.font_table.sizeHintForRow(i) for i in range(self.font_table.topLevelItemCount()))
        frame = 2 * self.font_table.frameWidth() + 4
        self.font_table.setFixedHeight(self.font_table.header().sizeHint().height() + rows + frame)
        versions = QLabel(
            arg(self.tr("Qt %1, PySide6 %2, Python %3"), qVersion(), PySide6.__version__, platform.python_version()),
            page,
        )
        versions.setObjectName("aboutVersions")
        layout = QVBoxLayout(page)
        for label in (title, summary, licence, fonts_heading):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.font_table)
        versions.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(versions)
        layout.addStretch(1)
        return page

    def _text_page(self, name: str, text: str) -> QPlainTextEdit:
        view = QPlainTextEdit(self)
        view.setObjectName(name)
        view.setReadOnly(True)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        view.setPlainText(text)
        return view

    def _licence(self) -> str:
        text = _read(shipped("LICENSE"))
        if text is None:  # a repackaging that dropped the file
            return arg(self.tr("The licence text is missing here; it is the %1: %2"), LICENCE_ID, GPL_URL)
        return text

    def _font_licences(self) -> str:
        folder = resource_dir() / "fonts"
        parts = []
        for name in dict.fromkeys(entry.licence_file for entry in self.fonts()):
            families = ", ".join(entry.family for entry in self.fonts() if entry.licence_file == name)
            text = _read(folder / name) or arg(self.tr("(%1 is missing)"), name)
            parts.append(f"{families}\n{'=' * len(families)}\n\n{text.strip()}\n")
        return "\n\n".join(parts)

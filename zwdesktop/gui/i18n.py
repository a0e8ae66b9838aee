"""Loading the interface language: our translations and Qt's own (so standard dialogs match)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.bidi import contained
from ..paths import resource_dir

SUPPORTED = ("de", "en")
FALLBACK = "de"


def resolve_language(setting: str, system_locale: QLocale | None = None) -> str:
    """The language to use: the setting, else the system locale's if we have it, else German."""
    if setting in SUPPORTED:
        return setting
    locale = system_locale or QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return FALLBACK


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language``; returns them (they must be kept alive)."""
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(resource_dir() / "translations" / f"zwdesktop_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if language != "en" and qtbase.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qtbase)
        installed.append(qtbase)
    QLocale.setDefault(QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English))
    return installed


_PLACEHOLDER = re.compile(r"%([1-9])")


def arg(template: str, *values: object) -> str:
    """``template`` with ``%1``, ``%2`` … replaced by ``values`` in one pass, like ``QString.arg``.

    Substituting one placeholder after another would also replace a ``%2`` that the first value
    brought in (a user's text, a file name); here every placeholder of the template is read once.
    Placeholders without a value are left as they are.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        # A value's right-to-left override must not reverse the template's text after it.
        return contained(str(values[index])) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)

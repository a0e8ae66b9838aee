"""Where the program finds its shipped resources and keeps the user's data.

No Qt here: the command line uses these paths too. Tests and the benchmark
point ``ZWDESKTOP_DATA_DIR`` and ``ZWDESKTOP_CONFIG_DIR`` at temporary
folders so a user's own files are never touched.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import platformdirs

_APP = "zwdesktop"
_PACKAGE_DIR = Path(__file__).resolve().parent


@functools.cache
def shipped(name: str) -> Path:
    """A file or folder the program ships, by its name at the repository's top: ``resources``, ``ui``, ``LICENSE``.

    An installed wheel and the PyInstaller bundle carry them inside the package
    (``zwdesktop/resources`` …; the build maps the top-level folders there, see
    ``setup.py`` and ``packaging/zwdesktop.spec``); a checkout and an editable
    install have them beside the package, at the repository's top.
    """
    inside = _PACKAGE_DIR / name
    return inside if inside.exists() else _PACKAGE_DIR.parent / name


def resource_dir() -> Path:
    """The folder with fonts, icons, templates, translations, sounds and the schema."""
    return shipped("resources")


def ui_dir() -> Path:
    """The folder with the Qt Designer forms (``*.ui``)."""
    return shipped("ui")


def user_data_dir() -> Path:
    """The user's data folder: own templates, the demo workshop."""
    override = os.environ.get("ZWDESKTOP_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(_APP, appauthor=False))


def user_config_dir() -> Path:
    """The folder for settings (the GUI's QSettings INI file lives here)."""
    override = os.environ.get("ZWDESKTOP_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(_APP, appauthor=False))


def user_templates_dir() -> Path:
    """Where a user puts their own agenda templates (``*.json``)."""
    return user_data_dir() / "templates"

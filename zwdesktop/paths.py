"""Where the program finds its shipped resources and keeps the user's data.

No Qt here: the command line uses these paths too. Tests and the benchmark
point ``ZWDESKTOP_DATA_DIR`` and ``ZWDESKTOP_CONFIG_DIR`` at temporary
folders so a user's own files are never touched.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_APP = "zwdesktop"


def resource_dir() -> Path:
    """The folder with icons, templates, translations, sounds and the schema.

    In a PyInstaller bundle it lies in the unpacked bundle; in a checkout or an
    editable install beside the package; in a wheel install inside the package.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package_dir = Path(__file__).resolve().parent
    bundled = package_dir / "resources"
    if bundled.is_dir():
        return bundled
    return package_dir.parent / "resources"


def ui_dir() -> Path:
    """The folder with the Qt Designer forms (``*.ui``)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "ui"
    package_dir = Path(__file__).resolve().parent
    bundled = package_dir / "ui"
    if bundled.is_dir():
        return bundled
    return package_dir.parent / "ui"


def user_data_dir() -> Path:
    """The user's data folder: own templates, the demo workshop."""
    override = os.environ.get("ZWDESKTOP_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(_APP, appauthor=False))


def user_config_dir() -> Path:
    """The folder for settings (the GUI's QSettings INI file lives here)."""
    override = os.environ.get("ZWDESKTOP_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(_APP, appauthor=False))


def user_templates_dir() -> Path:
    """Where a user puts their own agenda templates (``*.json``)."""
    return user_data_dir() / "templates"

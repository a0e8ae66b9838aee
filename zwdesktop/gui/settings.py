"""Every setting of the GUI, declared once with its type and default (over QSettings).

The settings live in an INI file in the user's config folder
(``ZWDESKTOP_CONFIG_DIR`` overrides it), so tests never touch a user's own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ..paths import user_config_dir

MAX_RECENT = 8
LANGUAGES = ("system", "de", "en")


class Settings:
    """Typed access to the program's settings."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            folder = user_config_dir()
            folder.mkdir(parents=True, exist_ok=True)
            qsettings = QSettings(str(folder / "zwdesktop.ini"), QSettings.Format.IniFormat)
        self.q = qsettings

    def _get(self, key: str, default: Any, kind: type) -> Any:
        value = self.q.value(key, default)
        try:
            return kind(value) if value is not None else default
        except (TypeError, ValueError):
            return default

    def _flag(self, key: str, default: bool) -> bool:
        # Stored as "true"/"false": an INI file has no booleans, and bool("false") is True.
        return str(self.q.value(key, "true" if default else "false")).lower() in ("true", "1")

    def _set_flag(self, key: str, value: bool) -> None:
        self.q.setValue(key, "true" if value else "false")

    @property
    def language(self) -> str:
        """``system`` (follow the locale), ``de`` or ``en``."""
        value = str(self._get("ui/language", "system", str))
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("ui/language", value if value in LANGUAGES else "system")

    @property
    def gong(self) -> bool:
        """Whether a gong sounds when an agenda item's time is up."""
        return self._flag("clock/gong", True)

    @gong.setter
    def gong(self, enabled: bool) -> None:
        self._set_flag("clock/gong", enabled)

    @property
    def recent_files(self) -> list[str]:
        """Recently used workshop files, newest first."""
        value = self.q.value("files/recent", [])
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, list):
            return [str(v) for v in value if v]
        return []

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` first in the recent files."""
        text = str(Path(path).resolve())
        files = [text] + [f for f in self.recent_files if f != text]
        self.q.setValue("files/recent", files[:MAX_RECENT])

    def remove_recent_file(self, path: str) -> None:
        """Forget a recent file (e.g. one that no longer exists)."""
        self.q.setValue("files/recent", [f for f in self.recent_files if f != path])

    def last_folder(self, kind: str) -> str:
        """The folder last chosen in a file dialog for ``kind`` (workshops, exports, photos), or ""."""
        return str(self._get(f"folders/{kind}", "", str))

    def set_last_folder(self, kind: str, folder: str) -> None:
        """Remember the folder of the file just chosen for ``kind``."""
        self.q.setValue(f"folders/{kind}", folder)

    def geometry(self, window: str) -> QByteArray | None:
        """The saved geometry of a window, if any."""
        value = self.q.value(f"windows/{window}/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, window: str, geometry: QByteArray) -> None:
        """Remember a window's geometry."""
        self.q.setValue(f"windows/{window}/geometry", geometry)

    def splitter_state(self, key: str) -> QByteArray | None:
        """Where a page's splitter was left (``section/name``), if it was moved."""
        value = self.q.value(f"splitters/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_splitter_state(self, key: str, state: QByteArray) -> None:
        """Remember where a page's splitter was left."""
        self.q.setValue(f"splitters/{key}", state)

    @property
    def projector_theme(self) -> str:
        """The projector's colour theme (``dark`` or ``light``; "" before one was chosen)."""
        return str(self._get("projector/theme", "", str))

    @projector_theme.setter
    def projector_theme(self, name: str) -> None:
        self.q.setValue("projector/theme", name)

    @property
    def projector_screen(self) -> str:
        """The name of the screen the projector was last put on ("" if none)."""
        return str(self._get("projector/screen", "", str))

    @projector_screen.setter
    def projector_screen(self, name: str) -> None:
        self.q.setValue("projector/screen", name)

    @property
    def projector_left_shown(self) -> bool:
        """Whether the projector was shown when the program last stopped (only a crash leaves it so)."""
        return self._flag("projector/shown", False)

    @projector_left_shown.setter
    def projector_left_shown(self, shown: bool) -> None:
        self._set_flag("projector/shown", shown)
        self.q.sync()  # now: a program killed a moment later has it on disk

    @property
    def county_paths(self) -> str:
        """The county overview's files and folders read last (a JSON list of paths; "" before any)."""
        return str(self._get("county/paths", "", str))

    @county_paths.setter
    def county_paths(self, text: str) -> None:
        self.q.setValue("county/paths", text)

    @property
    def county_topic_edits(self) -> str:
        """The county overview's corrections of the recurring topics (a JSON list; "" before any)."""
        return str(self._get("county/topic_edits", "", str))

    @county_topic_edits.setter
    def county_topic_edits(self, text: str) -> None:
        self.q.setValue("county/topic_edits", text)

    @property
    def county_language(self) -> str:
        """The language of the county's report, data card and calendar: ``de`` unless ``en`` was chosen."""
        return "en" if self._get("county/language", "de", str) == "en" else "de"

    @county_language.setter
    def county_language(self, code: str) -> None:
        self.q.setValue("county/language", "en" if code == "en" else "de")

    def sync(self) -> None:
        """Write the settings to disk now."""
        self.q.sync()

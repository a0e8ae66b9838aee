"""What the county overview remembers: the files and folders last read, the topic corrections, the report's language."""

from __future__ import annotations

import json
from pathlib import Path

from ...core.county_topics import TopicEdit
from ..settings import Settings


def _json_list(text: str) -> list[object]:
    try:
        found = json.loads(text) if text else []
    except ValueError:
        return []
    return found if isinstance(found, list) else []


class CountySettings:
    """The county overview's settings as records, over the program's :class:`Settings`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @property
    def paths(self) -> list[Path]:
        """The workshop files and folders read last."""
        return [Path(p) for p in _json_list(self.settings.county_paths) if isinstance(p, str)]

    @paths.setter
    def paths(self, paths: list[Path]) -> None:
        self.settings.county_paths = json.dumps([str(p) for p in paths], ensure_ascii=False)

    @property
    def edits(self) -> list[TopicEdit]:
        """The corrections of the recurring topics, in the order they were made."""
        edits = [TopicEdit.from_record(r) for r in _json_list(self.settings.county_topic_edits)]
        return [e for e in edits if e is not None]

    @edits.setter
    def edits(self, edits: list[TopicEdit]) -> None:
        self.settings.county_topic_edits = json.dumps([e.to_record() for e in edits], ensure_ascii=False)

    @property
    def language(self) -> str:
        """The language of the report, data card and calendar: German unless English was chosen."""
        return self.settings.county_language

    @language.setter
    def language(self, value: str) -> None:
        self.settings.county_language = value

"""Agenda templates: data files shipped in ``resources/templates`` plus the user's own.

A template is a JSON object with ``id``, ``name`` (optional ``name_en``), an
optional default ``start`` (``HH:MM``) and ``items`` (``title``, optional
``title_en``, ``phase``, ``minutes``, optional ``method`` and ``material``, each
with an optional English ``method_en``, ``material_en``).
A user's template with the same id as a shipped one takes its place.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from msgspec import Struct

from .validation import check_agenda_field, parse_time
from .workshop import AgendaItem


class TemplateError(ValueError):
    """A template file that cannot be read or does not follow the format."""


class TemplateItem(Struct, frozen=True):
    """One agenda block of a template."""

    title: str
    title_en: str
    phase: str
    minutes: int
    method: str = ""
    material: str = ""
    method_en: str = ""
    material_en: str = ""

    def text(self, field: str, language: str) -> str:
        """``title``, ``method`` or ``material`` in ``language`` (the German text where no English is given)."""
        german: str = getattr(self, field)
        english: str = getattr(self, f"{field}_en")
        return english if language == "en" and english else german


class Template(Struct, frozen=True):
    """A named agenda to start a workshop from."""

    id: str
    name: str
    name_en: str
    start: dt.time
    items: tuple[TemplateItem, ...]
    path: Path
    builtin: bool

    @property
    def total_minutes(self) -> int:
        """The planned length of the whole agenda."""
        return sum(item.minutes for item in self.items)

    def display_name(self, language: str) -> str:
        """The template's name in ``language`` (German unless English is asked for)."""
        return self.name_en if language == "en" and self.name_en else self.name

    def agenda(self, language: str = "de") -> list[AgendaItem]:
        """Fresh agenda items (new ids) for a workshop made from this template."""
        return [
            AgendaItem(
                title=item.text("title", language),
                phase=item.phase,
                planned_minutes=item.minutes,
                method=item.text("method", language),
                material=item.text("material", language),
                position=index,
            )
            for index, item in enumerate(self.items)
        ]


def load_template(path: Path, builtin: bool = False) -> Template:
    """Read one template file; raises :class:`TemplateError` naming what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(f"{path.name}: {exc}") from exc
    try:
        items = []
        for raw in data["items"]:
            phase = str(raw.get("phase", "other"))
            minutes = raw["minutes"]
            title = str(raw["title"])
            for name, value in (("title", title), ("phase", phase), ("planned_minutes", minutes)):
                if check_agenda_field(name, value) is not None:
                    raise ValueError(f"item {title!r}: {name} {value!r}")
            items.append(
                TemplateItem(
                    title=title,
                    title_en=str(raw.get("title_en", "")),
                    phase=phase,
                    minutes=minutes,
                    method=str(raw.get("method", "")),
                    material=str(raw.get("material", "")),
                    method_en=str(raw.get("method_en", "")),
                    material_en=str(raw.get("material_en", "")),
                )
            )
        start = parse_time(str(data.get("start", "14:00")))
        if start is None:
            raise ValueError("start")
        return Template(
            id=str(data.get("id") or path.stem),
            name=str(data["name"]),
            name_en=str(data.get("name_en", "")),
            start=start,
            items=tuple(items),
            path=path,
            builtin=builtin,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TemplateError(f"{path.name}: {exc}") from exc


def list_templates(builtin_dir: Path, user_dir: Path | None) -> tuple[list[Template], list[str]]:
    """All usable templates (shipped first, then the user's) and the problems with unreadable files."""
    found: dict[str, Template] = {}
    problems: list[str] = []
    sources = [(builtin_dir, True)] + ([(user_dir, False)] if user_dir else [])
    for folder, builtin in sources:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                template = load_template(path, builtin)
            except TemplateError as exc:
                problems.append(str(exc))
                continue
            found[template.id] = template
    return list(found.values()), problems


def find_template(templates: list[Template], name: str) -> Template | None:
    """The template whose id or name (German or English) matches ``name``, ignoring case."""
    wanted = name.strip().casefold()
    for template in templates:
        if wanted in (template.id.casefold(), template.name.casefold(), template.name_en.casefold()):
            return template
    return None


DEFAULT_TEMPLATE_ID = "zukunftswerkstatt-4h"

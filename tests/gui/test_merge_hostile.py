"""Ideas → Merge ideas from another laptop… with hostile documents: every refusal is a short message, nothing changes."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, list_templates
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.export.exchange_file import write_exchange_file
from zwdesktop.gui.ideas.actions import IdeasWindowAction
from zwdesktop.gui.ideas.dialogs import IdeaAsk
from zwdesktop.paths import resource_dir
from zwdesktop.store import WorkshopStore
from zwdesktop.store.merge import create_from_document


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


HOSTILE: dict[str, Callable[[str, dict[str, Any]], str]] = {
    "30 February": lambda t, d: t.replace(d["ideas"][0]["updated_at"], "2025-02-30T10:00:00+00:00", 1),
    "2**63": lambda t, d: t.replace('"position": 0', f'"position": {2**63}', 1),
    "1e308": lambda t, d: t.replace('"position": 0', '"position": 1e308', 1),
    "nesting of 5000": lambda t, d: t.replace('"agenda": [', '"agenda": [' + _nested(5000) + ",", 1),
    "id with a line break": lambda t, d: t.replace(d["ideas"][1]["id"], d["ideas"][0]["id"] + "\\n", 1),
    "a 3 MB text": lambda t, d: t.replace('"text": "', '"text": "' + "x" * 3_000_000, 1),
    "not JSON": lambda t, d: t[: len(t) // 2],
    "a lone surrogate": lambda t, d: t.replace('"text": "', '"text": "\\udc80', 1),
}


@pytest.fixture
def laptops(tmp_path: Path) -> tuple[Path, str]:
    templates, _ = list_templates(resource_dir() / "templates", None)
    template = next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)
    main = tmp_path / "haupt.zwd"
    create_from_document(main, demo_workshop(template, dt.datetime.now(dt.UTC))).close()
    with WorkshopStore.open(main, read_only=True) as opened:
        write_exchange_file(opened, tmp_path / "b.json")
    return main, (tmp_path / "b.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_every_hostile_document_gets_a_short_message_and_changes_nothing(  # type: ignore[no-untyped-def]
    kind: str, laptops: tuple[Path, str], make_window, tmp_path: Path, monkeypatch
) -> None:
    main, text = laptops
    source = tmp_path / "feindlich.json"
    source.write_text(HOSTILE[kind](text, json.loads(text)), encoding="utf-8")
    reports: list[str] = []
    monkeypatch.setattr(IdeaAsk, "merge_source", classmethod(lambda cls, parent, folder="": source))
    monkeypatch.setattr(IdeaAsk, "report", classmethod(lambda cls, parent, title, message: reports.append(message)))
    window = make_window()
    assert window.open_file(main)
    before = hashlib.sha256(main.read_bytes()).hexdigest()
    ideas_before = window.session.store.ideas.all(include_hidden=True)
    window.action(IdeasWindowAction.MERGE_FILE).trigger()
    assert len(reports) == 1
    assert "\n" not in reports[0] and len(reports[0]) < 400, reports[0][:500]
    assert "Nothing was changed" in reports[0]
    assert window.session.store.ideas.all(include_hidden=True) == ideas_before
    window.close_workshop()
    assert hashlib.sha256(main.read_bytes()).hexdigest() == before

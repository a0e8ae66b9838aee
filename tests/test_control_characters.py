"""NUL, ESC and the other control characters never reach the file: removed from ideas, refused in every other field.

What the window does with typed text (it removes them before storing) is
tested in ``tests/gui/test_hostile_text.py``; here the store itself, which
the command line, imports and every page write through.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import msgspec.structs
import pytest

from zwdesktop.core.ideas import Cluster, Idea
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, list_templates
from zwdesktop.core.validation import check_text, clean_text
from zwdesktop.core.votes import VoteOption
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.paths import resource_dir
from zwdesktop.store import StoreError, WorkshopStore
from zwdesktop.store.merge import create_from_document

CONTROLS = ["\x00", "\x1b", "\x07", "\x0b", "\r", "\x7f", "\x85", "\x9b"]


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    templates, _ = list_templates(resource_dir() / "templates", None)
    template = next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)
    path = tmp_path_factory.mktemp("demo") / "demo.zwd"
    create_from_document(path, demo_workshop(template, dt.datetime.now(dt.UTC))).close()
    return path


@pytest.fixture
def store(master: Path, tmp_path: Path) -> Iterator[WorkshopStore]:
    path = tmp_path / "demo.zwd"
    path.write_bytes(master.read_bytes())
    with WorkshopStore.open(path) as opened:
        yield opened


def _workshop_title(s: WorkshopStore, text: str) -> object:
    return s.update_workshop(title=f"Aulendorf{text}")


def _notes(s: WorkshopStore, text: str) -> object:
    return s.update_workshop(notes=f"Zeile 1\nZeile 2{text}")


def _agenda_title(s: WorkshopStore, text: str) -> object:
    return s.agenda.update(s.agenda.all()[0].id, title=f"Ankommen{text}")


def _agenda_method(s: WorkshopStore, text: str) -> object:
    return s.agenda.update(s.agenda.all()[0].id, method=f"Karten{text}")


def _caption(s: WorkshopStore, text: str) -> object:
    return s.photos.update(s.photos.all()[0].id, caption=f"Pinnwand{text}")


def _vote_question(s: WorkshopStore, text: str) -> object:
    votes = s.votes
    return votes.update_round(votes.rounds()[0].id, {"title": f"Frage{text}"})


def _vote_option(s: WorkshopStore, text: str) -> object:
    votes = s.votes
    round_id = votes.rounds()[0].id
    return votes.add_option(VoteOption(round_id=round_id, label=f"Option{text}", position=99))


def _vote_note(s: WorkshopStore, text: str) -> object:
    votes = s.votes
    return votes.update_round(votes.rounds()[0].id, {"settlement_note": f"Per Handzeichen{text}"})


def _agreement(s: WorkshopStore, text: str) -> object:
    bundle = s.agreements.bundles()[0]
    changed = msgspec.structs.replace(bundle.agreement, title=f"Sprachcafé{text}")
    return s.agreements.put_bundle(msgspec.structs.replace(bundle, agreement=changed))


def _meeting_purpose(s: WorkshopStore, text: str) -> object:
    bundle = next(b for b in s.agreements.bundles() if b.meetings)
    meeting = msgspec.structs.replace(bundle.meetings[0], purpose=f"Erstes Treffen{text}")
    return s.agreements.put_bundle(msgspec.structs.replace(bundle, meetings=[meeting, *bundle.meetings[1:]]))


FIELDS: dict[str, Callable[[WorkshopStore, str], object]] = {
    "workshop title": _workshop_title,
    "workshop notes": _notes,
    "agenda title": _agenda_title,
    "agenda method": _agenda_method,
    "photo caption": _caption,
    "vote question": _vote_question,
    "vote option": _vote_option,
    "settlement note": _vote_note,
    "agreement title": _agreement,
    "meeting purpose": _meeting_purpose,
}


@pytest.mark.parametrize("field", list(FIELDS))
@pytest.mark.parametrize("control", ["\x00", "\x1b", "\x85"], ids=["NUL", "ESC", "NEL"])
def test_a_control_character_is_refused_in_every_field(store: WorkshopStore, field: str, control: str) -> None:
    with pytest.raises(StoreError) as caught:
        FIELDS[field](store, control)
    assert caught.value.params.get("code") == "text_control", caught.value.params


def test_line_breaks_only_where_a_field_has_lines() -> None:
    assert check_text("Zeile 1\nZeile 2") is None  # notes, purposes, goals
    assert check_text("Titel\nzweite Zeile", 300) is not None  # titles, names, places
    assert check_text("Spalte\tSpalte", 300) is None
    for control in CONTROLS:
        assert check_text(f"a{control}b") is not None, repr(control)
        assert clean_text(f" a{control}b\n") == ("a\nb" if control == "\r" else "ab"), repr(control)


def test_ideas_and_clusters_lose_their_control_characters(store: WorkshopStore) -> None:
    cluster = store.ideas.add_cluster(Cluster(name="Verkehr\x1b[1m"))
    idea = store.ideas.add(
        Idea(text="Bus\x00 fährt\x07 selten\nabends nie", author="Tisch\x1b 1", cluster_id=cluster.id)
    )
    assert (cluster.name, idea.text, idea.author) == ("Verkehr[1m", "Bus fährt selten\nabends nie", "Tisch 1")

"""Ideas and clusters in the workshop file: every operation committed, refused values change nothing, merges without duplicates."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from zwdesktop.core.exchange import build_document, dumps, parse_document
from zwdesktop.core.ideas import MAX_IDEA, Cluster, Idea
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, load_template
from zwdesktop.core.workshop import Workshop
from zwdesktop.export.exchange_file import exchange_data, schema_path
from zwdesktop.paths import resource_dir
from zwdesktop.store import StoreError, WorkshopStore
from zwdesktop.store.errors import InvalidValueError
from zwdesktop.store.merge import create_from_document, merge_document


def _agenda():  # type: ignore[no-untyped-def]
    return load_template(resource_dir() / "templates" / f"{DEFAULT_TEMPLATE_ID}.json", builtin=True).agenda("de")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[WorkshopStore]:
    """A fresh workshop file."""
    made = WorkshopStore.create(
        tmp_path / "main.zwd", Workshop(title="Aulendorf", date=dt.date(2026, 3, 14)), _agenda()
    )
    yield made
    made.close()


def test_ideas_are_committed_cleaned_and_read_back_in_any_script(store: WorkshopStore, tmp_path: Path) -> None:
    texts = [
        "  Mehr Bänke\x00 ",
        "Komşuluk kahvaltısı",
        "Мовне кафе",
        "مقهى اللغة",
        "کافه زبان",
        "ቤት ንኹሉ",
        "🚌 Bürgerbus 🚌",
    ]
    for text in texts:
        store.ideas.add(Idea(text=text))
    with WorkshopStore.open(store.path, read_only=True) as again:
        assert [i.text for i in again.ideas.all()] == ["Mehr Bänke", *texts[1:]]


def test_refused_ideas_change_nothing(store: WorkshopStore) -> None:
    with pytest.raises(InvalidValueError) as caught:
        store.ideas.add(Idea(text=" \n "))
    assert caught.value.problem.code == "idea_empty"
    with pytest.raises(InvalidValueError) as caught:
        store.ideas.add(Idea(text="x" * (MAX_IDEA + 1)))
    assert caught.value.problem.params["length"] == MAX_IDEA + 1
    with pytest.raises(InvalidValueError):
        store.ideas.add(Idea(text="ok", phase="nonsense"))
    with pytest.raises(StoreError):
        store.ideas.add(Idea(text="ok", cluster_id="7f1d8c1e-0000-4000-8000-000000000000"))
    assert store.ideas.all(include_hidden=True) == []


def test_delete_is_a_tombstone_and_restores(store: WorkshopStore) -> None:
    idea = store.ideas.add(Idea(text="Weg damit"))
    store.ideas.delete([idea.id])
    assert store.ideas.all() == [] and store.ideas.all(include_hidden=True)[0].deleted
    store.ideas.restore([idea.id])
    assert [i.text for i in store.ideas.all()] == ["Weg damit"]


def test_clusters_reorder_rename_and_delete_keeps_their_ideas(store: WorkshopStore) -> None:
    a = store.ideas.add_cluster(Cluster(name="Begegnung"))
    b = store.ideas.add_cluster(Cluster(name="ÖPNV", colour="#74c0fc"))
    idea = store.ideas.add(Idea(text="Bus", cluster_id=b.id))
    store.ideas.move_cluster(b.id, 0)
    assert [c.name for c in store.ideas.clusters()] == ["ÖPNV", "Begegnung"]
    store.ideas.update_cluster(a.id, name="  Nachbarschaft ", colour="#ffa8a8")
    assert store.ideas.cluster(a.id).name == "Nachbarschaft"
    removed, index, members = store.ideas.delete_cluster(b.id)
    assert (index, members) == (0, [idea.id])
    assert store.ideas.get(idea.id).cluster_id is None and [i.text for i in store.ideas.all()] == ["Bus"]
    store.ideas.restore_cluster(removed, index, members)
    assert store.ideas.get(idea.id).cluster_id == b.id and [c.name for c in store.ideas.clusters()] == [
        "ÖPNV",
        "Nachbarschaft",
    ]


def test_merging_two_ideas_keeps_both_texts(store: WorkshopStore) -> None:
    first = store.ideas.add(Idea(text="Sprachcafé"))
    second = store.ideas.add(Idea(text="Treffpunkt zum Deutschsprechen"))
    wish = store.ideas.add(Idea(text="Es wäre schön, wenn …", phase="fantasy", reframed_from=second.id))
    store.ideas.merge(first.id, second.id)
    assert [i.text for i in store.ideas.all() if i.phase == "critique"] == [
        "Sprachcafé\nTreffpunkt zum Deutschsprechen"
    ]
    assert store.ideas.get(second.id).merged_into == first.id and store.ideas.get(second.id).text == second.text
    assert store.ideas.get(wish.id).reframed_from == first.id


def _document(store: WorkshopStore) -> dict:  # type: ignore[type-arg]
    return json.loads(dumps(build_document(exchange_data(store))))


def test_a_second_laptop_merged_twice_gives_no_duplicates_and_later_change_wins(
    store: WorkshopStore, tmp_path: Path
) -> None:
    cluster = store.ideas.add_cluster(Cluster(name="Begegnung"))
    shared = store.ideas.add(Idea(text="Café fehlt", cluster_id=cluster.id))
    # Laptop B starts from the main file's document ...
    laptop_b = create_from_document(tmp_path / "b.zwd", parse_document(_document(store), schema_path()))
    with laptop_b:
        laptop_b.ideas.add(Idea(text="Bus am Abend"))
        laptop_b.ideas.add(Idea(text="Мовне кафе", cluster_id=cluster.id))
        laptop_b.ideas.update(shared.id, text="Das Café am Markt fehlt")
        b_document = _document(laptop_b)
    # ... and laptop A changes the same card afterwards: A's change is later and wins.
    store.ideas.update(shared.id, text="Café am Marktplatz fehlt")
    report = merge_document(store, parse_document(b_document, schema_path()))
    assert report.added == {"ideas": 2}
    assert [(c.kept.text, c.lost.text) for c in report.conflicts] == [
        ("Café am Marktplatz fehlt", "Das Café am Markt fehlt")
    ]  # type: ignore[union-attr]
    again = merge_document(store, parse_document(b_document, schema_path()))
    assert not again.changed
    texts = sorted(i.text for i in store.ideas.all())
    assert texts == sorted(["Café am Marktplatz fehlt", "Bus am Abend", "Мовне кафе"])


def test_ideas_of_a_new_file_on_another_laptop_merge_into_the_main_file(store: WorkshopStore, tmp_path: Path) -> None:
    other = WorkshopStore.create(tmp_path / "assistenz.zwd", Workshop(title="Assistenz"), _agenda())
    with other:
        c = other.ideas.add_cluster(Cluster(name="Wohnraum"))
        other.ideas.add(Idea(text="Bezahlbare Wohnungen fehlen", cluster_id=c.id))
        document = _document(other)
    before = store.workshop()
    report = merge_document(store, parse_document(document, schema_path()))
    assert report.other_workshop == "Assistenz"
    assert report.added == {"clusters": 1, "ideas": 1}
    assert store.workshop() == before and len(store.agenda.all()) == 9
    assert not merge_document(store, parse_document(document, schema_path())).changed


def test_round_trip_with_ideas_gives_the_same_document(store: WorkshopStore, tmp_path: Path) -> None:
    cluster = store.ideas.add_cluster(Cluster(name="Ehrenamt"))
    a = store.ideas.add(Idea(text="Immer dieselben zehn Leute", cluster_id=cluster.id))
    b = store.ideas.add(Idea(text="Ehrenamtsbörse", phase="fantasy", reframed_from=a.id))
    c = store.ideas.add(Idea(text="weg"))
    store.ideas.delete([c.id])
    store.ideas.merge(b.id, store.ideas.add(Idea(text="im Gemeindeblatt", phase="fantasy")).id)
    first = _document(store)
    with create_from_document(tmp_path / "copy.zwd", parse_document(first, schema_path())) as copy:
        second = _document(copy)
    first.pop("exported_at")
    second.pop("exported_at")
    assert first == second


def test_the_duplicate_check_follows_every_change_without_reading_every_idea(
    store: WorkshopStore, tmp_path: Path
) -> None:
    first = store.ideas.add(Idea(text="Mehr Busse am Abend", phase="critique"))
    assert store.ideas.duplicate("mehr  BUSSE am abend", "critique") == first
    assert store.ideas.duplicate("Mehr Busse am Abend", "fantasy") is None
    assert store.ideas.duplicate("Mehr Busse am Abend", "critique", ignore_id=first.id) is None
    # The kept index sees later writes: an edit, a move to another phase, a delete and its undo, a batch.
    store.ideas.update(first.id, text="Straße beleuchten")
    assert store.ideas.duplicate("Mehr Busse am Abend", "critique") is None
    assert store.ideas.duplicate("STRASSE beleuchten", "critique") == store.ideas.get(first.id)
    store.ideas.update(first.id, phase="fantasy")
    assert store.ideas.duplicate("Straße beleuchten", "critique") is None
    assert store.ideas.duplicate("Straße beleuchten", "fantasy") is not None
    store.ideas.delete([first.id])
    assert store.ideas.duplicate("Straße beleuchten", "fantasy") is None
    store.ideas.restore([first.id])
    assert store.ideas.duplicate("Straße beleuchten", "fantasy") is not None
    with store.batch():
        added = store.ideas.add(Idea(text="Sprachcafé", phase="critique"))
        assert store.ideas.duplicate("sprachcafé", "critique") == store.ideas.get(added.id)
    # Merging two ideas hides the absorbed one; the first captured of two equal texts is the answer.
    second = store.ideas.add(Idea(text="Sprachcafé", phase="critique"))
    assert store.ideas.duplicate("Sprachcafé", "critique").id == added.id  # type: ignore[union-attr]
    store.ideas.merge(second.id, added.id)
    assert store.ideas.duplicate("Sprachcafé", "critique") is None
    # Ideas merged in from another laptop's file count too.
    other = WorkshopStore.create(tmp_path / "b.zwd", Workshop(title="Assistenz"), _agenda())
    with other:
        other.ideas.add(Idea(text="Bus am Abend", phase="critique"))
        document = _document(other)
    merge_document(store, parse_document(document, schema_path()))
    assert store.ideas.duplicate("bus am abend", "critique") is not None

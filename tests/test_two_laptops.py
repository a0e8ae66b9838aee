"""Two laptops capture, cluster and merge ideas; after merging both ways both show the same ideas under the same numbers.

The property test makes random edits on both laptops (capture, edit, delete,
merge two ideas, put into a cluster, make, rename, move and delete clusters),
merges B into A and A into B, and compares what the moderator sees: the
clusters in order (their numbers for Alt+1…9 and the capture field), and every
idea with its text, phase, cluster and whether it is shown.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zwdesktop.core.exchange import build_document, dumps, parse_document
from zwdesktop.core.ideas import Cluster, Idea, choose_cluster
from zwdesktop.core.workshop import AgendaItem, Workshop
from zwdesktop.export.exchange_file import exchange_data, schema_path
from zwdesktop.store import StoreError, WorkshopStore
from zwdesktop.store.merge import create_from_document, merge_document

View = tuple[list[tuple[str, str]], list[tuple[str, str, str, str | None, bool]]]


def _document(store: WorkshopStore) -> Any:
    return parse_document(json.loads(dumps(build_document(exchange_data(store)))), schema_path())


def view(store: WorkshopStore) -> View:
    """What both laptops must agree on: the numbered clusters and every idea as shown."""
    clusters = store.ideas.clusters()
    names = {c.id: c.name for c in clusters}
    ideas = [
        (i.id, i.text, i.phase, names.get(i.cluster_id or ""), i.visible)
        for i in sorted(store.ideas.all(include_hidden=True), key=lambda i: i.id)
    ]
    return [(c.name, c.colour) for c in clusters], ideas


def _main_laptop(path: Path) -> WorkshopStore:
    workshop = Workshop(title="Zukunftswerkstatt Aulendorf", date=dt.date(2026, 3, 7))
    store = WorkshopStore.create(
        path, workshop, [AgendaItem(title="Kritikphase", phase="critique", planned_minutes=45)]
    )
    verkehr = store.ideas.add_cluster(Cluster(name="Verkehr"))
    store.ideas.add_cluster(Cluster(name="Begegnung", colour="#8ce99a"))
    for text in ("Bus am Abend", "Kein Café", "Radweg fehlt"):
        store.ideas.add(Idea(text=text, cluster_id=verkehr.id))
    return store


@pytest.fixture(scope="module")
def masters(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Laptop A's file and laptop B's, made from A's document (made once; each test works on copies)."""
    folder = tmp_path_factory.mktemp("masters")
    with _main_laptop(folder / "a.zwd") as a:
        create_from_document(folder / "b.zwd", _document(a)).close()
    return folder / "a.zwd", folder / "b.zwd"


def _copies(masters: tuple[Path, Path], folder: Path) -> tuple[WorkshopStore, WorkshopStore]:
    opened = []
    for master in masters:
        copy = folder / master.name
        copy.write_bytes(master.read_bytes())
        opened.append(WorkshopStore.open(copy))
    return opened[0], opened[1]


@pytest.fixture
def laptops(masters: tuple[Path, Path], tmp_path: Path) -> Iterator[tuple[WorkshopStore, WorkshopStore]]:
    a, b = _copies(masters, tmp_path)
    yield a, b
    a.close()
    b.close()


def both_ways(a: WorkshopStore, b: WorkshopStore) -> None:
    merge_document(a, _document(b))
    merge_document(b, _document(a))


OPERATIONS = ("capture", "edit", "delete", "merge", "cluster", "new cluster", "rename", "move", "delete cluster")


def apply(store: WorkshopStore, operation: str, first: int, second: int, word: str) -> None:
    """One edit as an assistant makes it; ``first`` and ``second`` pick ideas or clusters by number."""
    ideas, clusters = store.ideas.all(), store.ideas.clusters()
    idea = ideas[first % len(ideas)] if ideas else None
    other = ideas[second % len(ideas)] if ideas else None
    cluster = clusters[second % len(clusters)] if clusters else None
    try:
        if operation == "capture":
            store.ideas.add(Idea(text=f"Idee {word}", cluster_id=cluster.id if cluster and first % 2 else None))
        elif operation == "edit" and idea:
            store.ideas.update(idea.id, text=f"{idea.text} {word}"[-200:])
        elif operation == "delete" and idea:
            store.ideas.delete([idea.id])
        elif operation == "merge" and idea and other and idea.id != other.id:
            store.ideas.merge(idea.id, other.id)
        elif operation == "cluster" and idea:
            store.ideas.set_cluster([idea.id], cluster.id if cluster else None)
        elif operation == "new cluster":
            store.ideas.add_cluster(Cluster(name=f"Thema {word}"), index=first % (len(clusters) + 1))
        elif operation == "rename" and cluster:
            store.ideas.update_cluster(cluster.id, name=f"{cluster.name[:80]} {word}")
        elif operation == "move" and cluster:
            store.ideas.move_cluster(cluster.id, first % len(clusters))
        elif operation == "delete cluster" and cluster:
            store.ideas.delete_cluster(cluster.id)
    except StoreError:  # a merged text too long, say: refused as typing it would be
        pass


EDITS = st.lists(
    st.tuples(
        st.sampled_from("AB"),
        st.sampled_from(OPERATIONS),
        st.integers(0, 50),
        st.integers(0, 50),
        st.sampled_from(["Wohnen", "Кафе", "مقهى", "Kita", "🚲", "Ehrenamt"]),
    ),
    max_size=10,
)


def test_random_edits_on_two_laptops_merged_both_ways_give_the_same_workshop(
    masters: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    @settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(EDITS)
    def check(edits: list[tuple[str, str, int, int, str]]) -> None:
        a, b = _copies(masters, tmp_path_factory.mktemp("laptops"))
        with a, b:
            for laptop, operation, first, second, word in edits:
                apply(a if laptop == "A" else b, operation, first, second, word)
            both_ways(a, b)
            assert view(a) == view(b)
            for number in range(1, len(a.ideas.clusters()) + 1):  # Alt+1…9 and the capture field's number
                shown_a, shown_b = (
                    choose_cluster(a.ideas.clusters(), str(number)),
                    choose_cluster(b.ideas.clusters(), str(number)),
                )
                assert shown_a is not None and shown_b is not None and shown_a.name == shown_b.name
            live = {c.id for c in a.ideas.clusters()}
            assert all(i.cluster_id in live for i in a.ideas.all() if i.cluster_id), "an idea of a deleted cluster"
            assert not merge_document(a, _document(b)).changed  # merging again changes nothing
            assert not merge_document(b, _document(a)).changed

    check()


def test_new_clusters_on_both_laptops_get_the_same_numbers(laptops: tuple[WorkshopStore, WorkshopStore]) -> None:
    a, b = laptops
    a.ideas.add_cluster(Cluster(name="Wohnen"))
    b.ideas.add_cluster(Cluster(name="Kinder & Jugend"))
    b.ideas.add_cluster(Cluster(name="Ehrenamt"))
    both_ways(a, b)
    names = [c.name for c in a.ideas.clusters()]
    assert names == [c.name for c in b.ideas.clusters()]
    assert names[:2] == ["Verkehr", "Begegnung"] and sorted(names[2:]) == ["Ehrenamt", "Kinder & Jugend", "Wohnen"]
    assert choose_cluster(a.ideas.clusters(), "4") == choose_cluster(b.ideas.clusters(), "4")


def test_an_idea_merged_on_one_laptop_stays_merged_when_the_other_edited_it_later(
    laptops: tuple[WorkshopStore, WorkshopStore],
) -> None:
    a, b = laptops
    bus, cafe = (next(i for i in a.ideas.all() if i.text == text) for text in ("Bus am Abend", "Kein Café"))
    a.ideas.merge(bus.id, cafe.id)
    b.ideas.update(cafe.id, text="Kein Café am Marktplatz")  # later, not knowing of the merge
    report = merge_document(a, _document(b))
    assert [i.text for i in a.ideas.all() if "Café" in i.text] == ["Bus am Abend\nKein Café"]
    assert any(c.lost.text == "Kein Café am Marktplatz" for c in report.conflicts)  # the late edit is reported
    merge_document(b, _document(a))
    assert view(a) == view(b)
    assert b.ideas.get(cafe.id).merged_into == bus.id and "Kein Café am Marktplatz" not in [
        i.text for i in b.ideas.all()
    ]


def test_ideas_of_a_cluster_deleted_on_the_other_laptop_are_without_cluster(
    laptops: tuple[WorkshopStore, WorkshopStore],
) -> None:
    a, b = laptops
    begegnung = next(c for c in a.ideas.clusters() if c.name == "Begegnung")
    a.ideas.delete_cluster(begegnung.id)
    idea = b.ideas.add(Idea(text="Nachbarschaftsfest", cluster_id=begegnung.id))  # on B, later
    both_ways(a, b)
    for laptop in (a, b):
        assert laptop.ideas.get(idea.id).cluster_id is None and [c.name for c in laptop.ideas.clusters()] == ["Verkehr"]

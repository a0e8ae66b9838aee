"""Dot votes in the workshop file and the exchange document: store rules, history, demo, round trip and merge."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from zwdesktop.core.exchange import DocumentError, build_document, parse_document
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, Template, list_templates
from zwdesktop.core.votes import Ballot, Entry, EventKind, RoundEvent, Stacking, VoteOption, VoteRound, outcome
from zwdesktop.core.votes_exchange import VoteData
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.export.exchange_file import exchange_data, schema_path
from zwdesktop.paths import resource_dir
from zwdesktop.store import StoreError, WorkshopStore
from zwdesktop.store.errors import InvalidValueError
from zwdesktop.store.merge import create_from_document, merge_document
from zwdesktop.store.votes import RoundSnapshot


def builtin_template() -> Template:
    templates, _problems = list_templates(resource_dir() / "templates", None)
    return next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[WorkshopStore]:
    store = create_from_document(tmp_path / "demo.zwd", demo_workshop(builtin_template(), dt.datetime.now(dt.UTC)))
    yield store
    store.close()


def _results(store: WorkshopStore) -> dict[str, list[str] | None]:
    data = store.votes.data()
    runoffs = data.runoffs()
    labels = {o.id: o.label for o in data.options}
    results: dict[str, list[str] | None] = {}
    for round_ in data.rounds:
        forward = outcome(round_, data.options_of(round_.id), data.ballots_of(round_.id), runoffs).forward
        results[round_.title] = None if forward is None else [labels[i] for i in forward]
    return results


def test_demo_has_a_critique_tie_settled_by_a_runoff_a_fantasy_round_and_a_blitzlicht(demo: WorkshopStore) -> None:
    votes = demo.votes
    rounds = votes.rounds()
    assert [r.kind for r in rounds] == ["dots", "dots", "dots", "mood"]
    assert rounds[1].runoff_of == rounds[0].id and rounds[0].settlement == "runoff"
    results = _results(demo)
    assert results["Welche Kritikpunkte sind für Aulendorf am dringendsten?"] == [
        "Begegnung & Nachbarschaft",
        "Sprache & Sprachcafé",
        "Ehrenamt",
    ]
    # The options stand for the demo's clusters and wishes.
    clusters = {c.id: c.name for c in demo.ideas.clusters()}
    critique_options = votes.options(rounds[0].id)
    assert all(o.source_kind == "cluster" and clusters[o.source_id] == o.label for o in critique_options)
    wishes = {i.id for i in demo.ideas.all() if i.phase == "fantasy"}
    assert {o.source_id for o in votes.options(rounds[2].id)} == wishes
    assert [e.kind for e in votes.events(rounds[0].id)] == ["opened", "closed", "settled"]
    assert demo.counts()["vote_rounds"] == 4


def test_a_ballot_that_breaks_the_cap_is_refused_and_nothing_changes(demo: WorkshopStore) -> None:
    votes = demo.votes
    round_ = VoteRound(title="Test", participants=5, dots_per_person=3, stacking=Stacking.CAP.value, cap_per_option=1)
    round_.entry = Entry.BALLOTS.value
    options = [VoteOption(round_id=round_.id, label=f"Option {i}", position=i) for i in range(3)]
    votes.add_round(RoundSnapshot(round_, options))
    votes.save_ballot(Ballot(round_id=round_.id, number=1, dots={options[0].id: 1, options[1].id: 1}))
    with pytest.raises(InvalidValueError) as caught:
        votes.save_ballot(Ballot(round_id=round_.id, number=2, dots={options[0].id: 2}))
    assert caught.value.problem.code == "ballot_over_cap"
    assert len(votes.ballots(round_.id)) == 1
    # An option with dots on a ballot cannot be removed (the ballot would point nowhere).
    with pytest.raises(InvalidValueError):
        votes.remove_option(options[0].id)
    votes.remove_option(options[2].id)
    assert len(votes.options(round_.id)) == 2


def test_reopen_is_noted_in_the_history_and_can_be_taken_back(demo: WorkshopStore) -> None:
    votes = demo.votes
    round_ = votes.rounds()[0]
    event = RoundEvent(round_id=round_.id, kind=EventKind.REOPENED.value, note="Tippfehler")
    votes.update_round(round_.id, {"status": "open"}, add_event=event)
    assert votes.round(round_.id).status == "open"
    assert votes.events(round_.id)[-1].kind == "reopened"
    votes.update_round(round_.id, {"status": "closed"}, remove_event_id=event.id)
    assert "reopened" not in [e.kind for e in votes.events(round_.id)]


def test_refused_values_change_nothing(demo: WorkshopStore) -> None:
    votes = demo.votes
    option = votes.options(votes.rounds()[0].id)[0]  # the critique round: at most 2 of 4 dots per option
    with pytest.raises(InvalidValueError):
        votes.set_tallies({option.id: -1})
    with pytest.raises(InvalidValueError):
        votes.update_round(option.round_id, {"dots_per_person": 0})
    with pytest.raises(InvalidValueError) as caught:
        votes.update_round(option.round_id, {"cap_per_option": 9})
    assert caught.value.problem.code == "vote_cap_above_dots"
    with pytest.raises(StoreError):
        votes.update_round(option.round_id, {"nonsense": 1})
    assert votes.option(option.id).tally == option.tally


def test_round_trip_and_merge_of_votes(demo: WorkshopStore, tmp_path: Path) -> None:
    document = build_document(exchange_data(demo))
    assert len(document["vote_rounds"]) == 4 and document["vote_results"][0]["tie_at_cutoff"] is True
    copy_path = tmp_path / "copy.zwd"
    with create_from_document(copy_path, parse_document(json.loads(json.dumps(document)), schema_path())) as copied:
        again = build_document(exchange_data(copied))
    document.pop("exported_at"), again.pop("exported_at")
    assert again == document

    # A tally typed on the other laptop later wins; importing twice changes nothing more.
    other = copy.deepcopy(document)
    fantasy_option = next(o for o in other["vote_options"] if "Sprachcafé" in o["label"])
    fantasy_option["tally"] = 19
    fantasy_option["updated_at"] = dt.datetime.now(dt.UTC).isoformat()
    new_round = VoteRound(title="Nachtrag", participants=3)
    other["vote_rounds"].append(json.loads(json.dumps(build_document_round(new_round))))
    data = parse_document(other, schema_path())
    report = merge_document(demo, data)
    assert report.updated == {"vote_options": 1} and report.added == {"vote_rounds": 1}
    assert not merge_document(demo, parse_document(other, schema_path())).changed
    assert demo.votes.option(fantasy_option["id"]).tally == 19


def build_document_round(round_: VoteRound) -> dict[str, object]:
    from zwdesktop.core.votes_records import round_to_record

    return round_to_record(round_)


@pytest.mark.parametrize(
    ("change", "path", "code"),
    [
        (
            lambda d: d["vote_options"][0].update(round_id="99999999-9999-4999-8999-999999999999"),
            "$.vote_options[0].round_id",
            "unknown_round",
        ),
        (lambda d: d["vote_rounds"][0].update(dots_per_person=0), "$.vote_rounds[0].dots_per_person", "schema_minimum"),
        (lambda d: d["vote_rounds"][0].update(cap_per_option=7), "$.vote_rounds[0]", "vote_cap_above_dots"),
    ],
)
def test_a_document_with_broken_votes_is_refused_by_path(demo: WorkshopStore, change, path: str, code: str) -> None:  # type: ignore[no-untyped-def]
    document = json.loads(json.dumps(build_document(exchange_data(demo))))
    change(document)
    with pytest.raises(DocumentError) as caught:
        parse_document(document, schema_path())
    assert (caught.value.path, caught.value.code) == (path, code)


def test_a_ballot_breaking_the_rules_in_a_document_is_refused(demo: WorkshopStore) -> None:
    votes = demo.votes
    round_ = VoteRound(title="Zettel", participants=5, dots_per_person=2, entry=Entry.BALLOTS.value)
    option = VoteOption(round_id=round_.id, label="Eins")
    votes.add_round(RoundSnapshot(round_, [option]))
    votes.save_ballot(Ballot(round_id=round_.id, number=1, dots={option.id: 2}))
    document = json.loads(json.dumps(build_document(exchange_data(demo))))
    document["vote_ballots"][0]["dots"][option.id] = 3
    with pytest.raises(DocumentError) as caught:
        parse_document(document, schema_path())
    assert (caught.value.path, caught.value.code) == ("$.vote_ballots[0]", "ballot_too_many_dots")


def test_vote_data_is_empty_for_a_new_file(tmp_path: Path) -> None:
    from zwdesktop.core.workshop import Workshop

    with WorkshopStore.create(tmp_path / "neu.zwd", Workshop(title="Neu"), []) as store:
        assert store.votes.data() == VoteData()

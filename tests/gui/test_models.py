"""The model tester on every item model of the window, the live clock's included, while the workshop changes.

pytest-qt's ``qtmodeltester`` uses Qt's own QAbstractItemModelTester, which stays
attached after ``check`` and reports (as a Qt warning, which fails the test) any
wrong signal or index while the store changes the data underneath.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel

import zwdesktop.gui
from zwdesktop.core.ideas import Cluster, Idea
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, list_templates
from zwdesktop.core.workshop import AgendaItem
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.paths import resource_dir
from zwdesktop.store.agreements import AgreementRepository
from zwdesktop.store.merge import create_from_document


def _gui_models() -> set[type]:
    """Every QAbstractItemModel subclass defined in zwdesktop.gui (all of its modules imported)."""
    for info in pkgutil.walk_packages(zwdesktop.gui.__path__, "zwdesktop.gui."):
        importlib.import_module(info.name)
    found: set[type] = set()
    todo = [QAbstractItemModel]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("zwdesktop.gui"):
                found.add(sub)
    return found


@pytest.fixture
def demo(make_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The main window on the demo workshop (clock running, ideas, votes, agreements)."""
    templates, _ = list_templates(resource_dir() / "templates", None)
    template = next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)
    path = tmp_path / "demo.zwd"
    create_from_document(path, demo_workshop(template, dt.datetime.now(dt.UTC))).close()
    window = make_window()
    assert window.open_file(path)
    return window


def _agenda_changes(window: Any) -> None:
    store = window.session.store
    item = AgendaItem(title="Kaffee", phase="break", planned_minutes=10)
    store.agenda.insert(item, 0)
    store.agenda.update(item.id, planned_minutes=15)
    store.agenda.move(item.id, 3)
    store.agenda.remove(item.id)


def _clock_changes(window: Any) -> None:
    controller = window.controller
    for step in (
        controller.next,
        lambda: controller.extend(5),
        controller.pause,
        controller.resume,
        controller.previous,
    ):
        assert step()
        controller.tick()  # as the timer does every half second
    _agenda_changes(window)  # a row more and a row less while the clock runs


def _idea_changes(window: Any) -> None:
    store = window.session.store
    cluster = store.ideas.add_cluster(Cluster(name="Mobilität & Bus"), 0)
    idea = store.ideas.add(Idea(text="Bürgerbus 🚌 ሰላም", phase="critique"))
    store.ideas.set_cluster([idea.id], cluster.id)
    store.ideas.update(idea.id, text="Bürgerbus am Wochenende")
    store.ideas.move_cluster(cluster.id, 2)
    store.ideas.delete([idea.id])
    store.ideas.restore([idea.id])


def _vote_changes(window: Any) -> None:
    votes = window.session.store.votes
    model = window.workspace.section("votes").model
    options = votes.options(model.round_id)
    votes.set_tallies({option.id: 3 + index for index, option in enumerate(options)})
    votes.update_option_label(options[0].id, "Neu & anders")
    votes.remove_option(options[-1].id)


def _agreement_changes(window: Any) -> None:
    repo = AgreementRepository(window.session.store)
    bundles = repo.bundles()
    repo.move_agreement(bundles[0].agreement.id, len(bundles) - 1)
    repo.remove_agreement(bundles[1].agreement.id)


def _county(window: Any) -> Any:
    """The county overview on three workshops of the demo county (beside the demo's file)."""
    from county_helpers import county_files

    dialog = window.county.show()
    if dialog.overview is None:
        folder = window.session.store.path.parent / "Landkreis"
        county_files(folder, 3)
        dialog.load([folder])
    return dialog


def _county_changes(window: Any) -> None:
    dialog = _county(window)
    dialog.load(dialog.paths)  # read again
    first, second = (dialog.topics.index(row, 0) for row in (0, 1))
    dialog.topics_view.selectionModel().select(first, dialog.topics_view.selectionModel().SelectionFlag.Select)
    dialog.topics_view.selectionModel().select(second, dialog.topics_view.selectionModel().SelectionFlag.Select)
    dialog.merge_selected()
    dialog.undo_stack.undo()


def _followup_changes(window: Any) -> None:
    from zwdesktop.core.agreements import Meeting
    from zwdesktop.core.followup import MeetingNote, MeetingRecord

    followup = window.session.store.followup
    bundle = window.session.store.agreements.bundles()[0]
    followup.set_step_state(bundle.steps[0].id, "done")
    followup.set_agreement_status(bundle.agreement.id, "paused")
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    meeting = Meeting(agreement_id=bundle.agreement.id, starts_at=start, ends_at=start + dt.timedelta(hours=1),
                      status="held", count_volunteers=5)  # fmt: skip
    followup.record_meeting(MeetingRecord(meeting, [MeetingNote(kind="decision", text="Weiter so & mehr")]))
    _agreement_changes(window)  # a group less under the tree


# Where each model lives in the window, and what changes under it.
MODELS: dict[str, tuple[Callable[[Any], QAbstractItemModel], Callable[[Any], None]]] = {
    "AgendaModel": (lambda w: w.workspace.agenda.model, _agenda_changes),
    "ActualsModel": (lambda w: w.workspace.run.actuals, _clock_changes),
    "IdeasModel": (lambda w: w.workspace.ideas.model, _idea_changes),
    "ClustersModel": (lambda w: w.workspace.ideas.clusters, _idea_changes),
    "VoteOptionsModel": (lambda w: w.workspace.section("votes").model, _vote_changes),
    "AgreementListModel": (lambda w: w.workspace.agreements.model, _agreement_changes),
    "RowsModel": (lambda w: _county(w).workshops, _county_changes),
    "TopicsModel": (lambda w: _county(w).topics, _county_changes),
    "FollowupModel": (lambda w: w.workspace.section("followup").model, _followup_changes),
}


def test_every_item_model_is_checked_here() -> None:
    assert {model.__name__ for model in _gui_models()} == set(MODELS)


@pytest.mark.parametrize("name", sorted(MODELS))
def test_model_passes_the_model_tester_while_the_workshop_changes(name: str, demo, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    find, change = MODELS[name]
    model = find(demo)
    assert type(model).__name__ == name
    assert model.rowCount() > 0, "checked with data, not empty"
    qtmodeltester.check(model)
    change(demo)  # the tester is still attached: a wrong signal is a Qt warning, which fails the test
    qtmodeltester.check(model)

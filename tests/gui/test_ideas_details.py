"""The Ideas section's finer points: cluster colours that stay apart, counts in words, the edit dialog, dialog sizes."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from zwdesktop.cli import main as cli_main
from zwdesktop.core.ideas import Idea
from zwdesktop.gui.ideas.dialogs import IdeaAsk
from zwdesktop.gui.ideas.model import IdeasModel
from zwdesktop.gui.ideas.page_actions import IdeaAction

from .conftest import type_text


def _in_dialog(action: Callable[[QDialog], None], errors: list[BaseException]) -> None:
    """Run ``action`` on the modal dialog once it is open; a failure closes it (and is raised by the test)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, run)
            return
        try:
            action(dialog)
        except BaseException as exc:  # handed to the test
            errors.append(exc)
            dialog.reject()

    QTimer.singleShot(0, run)


def _open(make_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "w.zwd"
    assert cli_main(["new", str(path), "--title", "Zukunftswerkstatt Aulendorf"]) == 0
    window = make_window()
    assert window.open_file(path)
    window.show_section("ideas")
    return window


def test_cluster_colours_stay_apart_beyond_eight_and_every_view_shows_the_same(  # type: ignore[no-untyped-def]
    make_window, removals, tmp_path, qtbot, monkeypatch
) -> None:
    window = _open(make_window, tmp_path)
    page = window.workspace.ideas
    names = iter(f"Thema {n}" for n in range(1, 13))
    monkeypatch.setattr(IdeaAsk, "text", classmethod(lambda cls, p, t, label, initial="": next(names)))
    page.capture.focus_field()
    for _ in range(12):
        QTest.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    clusters = window.session.store.ideas.clusters()
    colours = [c.colour for c in clusters]
    assert len(set(colours)) == 12  # cluster 9 does not look like cluster 1
    assert all(a != b for a, b in itertools.pairwise(colours))
    # Deleting one and making another never gives a cluster its neighbour's colour.
    page.cluster_list.setCurrentIndex(page.clusters.index(11))
    page.cluster_ops.delete_cluster()
    names = iter(["Thema 13"])
    page.cluster_ops.new_cluster()
    colours = [c.colour for c in window.session.store.ideas.clusters()]
    assert colours[-1] != colours[-2]
    store = window.session.store
    for cluster in store.ideas.clusters()[:10]:
        store.ideas.add(Idea(text=f"Idee in {cluster.name}", cluster_id=cluster.id))
    # The idea list and the clusters panel draw the cluster's one colour.
    for row in range(page.model.rowCount()):
        idea = page.model.idea_at(row)
        assert idea is not None
        assert (
            page.model.data(page.model.index(row), IdeasModel.ColourRole) == store.ideas.cluster(idea.cluster_id).colour
        )
    for row, cluster in enumerate(store.ideas.clusters()):
        swatch: QPixmap = page.clusters.data(page.clusters.index(row), Qt.ItemDataRole.DecorationRole)
        assert swatch.toImage().pixelColor(3, 3).name() == cluster.colour
    # An idea in a cluster is drawn on a lighter shade of its colour in black; one without, in the theme's colours.
    store.ideas.add(Idea(text="Ohne Cluster"))
    model = page.model
    for row in range(model.rowCount()):
        index, idea = model.index(row), model.idea_at(row)
        assert idea is not None
        background = model.data(index, Qt.ItemDataRole.BackgroundRole)
        foreground = model.data(index, Qt.ItemDataRole.ForegroundRole)
        if idea.cluster_id is None:
            assert background is None and foreground is None
            assert model.data(index, IdeasModel.ColourRole) is None
        else:
            colour = store.ideas.cluster(idea.cluster_id).colour
            assert background.color() == QColor(colour).lighter(125)
            assert foreground.color() == QColor("#000000")
        assert (
            model.data(index, Qt.ItemDataRole.DisplayRole) == model.data(index, Qt.ItemDataRole.EditRole) == idea.text
        )
        assert model.data(index, Qt.ItemDataRole.FontRole) is None  # a role the model does not answer
    assert model.data(model.index(model.rowCount()), Qt.ItemDataRole.DisplayRole) is None  # past the last row


def test_counts_are_in_words_for_one_and_many(make_window, answers, tmp_path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, tmp_path)
    page = window.workspace.ideas
    store = window.session.store
    store.ideas.add(Idea(text="Mehr Bänke"))
    page.set_filter(text="")
    assert page.count_label.text() == "1 idea shown"
    store.ideas.add(Idea(text="Bürgerbus"))
    page.set_filter(text="")
    assert page.count_label.text() == "2 ideas shown"
    window.show_section("mailing")
    assert window.workspace.mailing.count_label.text() == "0 sign-ups with consent"


def test_f2_edits_an_idea_in_a_wrapping_field_saved_with_ctrl_enter(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, tmp_path)
    page = window.workspace.ideas
    long_text = "Ein Begegnungscafé im alten Bahnhof, wo Alteingesessene und Neuzugezogene " * 3
    idea = window.session.store.ideas.add(Idea(text=long_text.strip()))
    page.set_filter(text="")
    page.list.setFocus()
    page.list.selectionModel().setCurrentIndex(page.model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    seen: dict[str, object] = {}

    def edit_in_dialog(dialog: QDialog) -> None:
        from zwdesktop.gui.ideas.dialogs import IdeaTextDialog

        assert isinstance(dialog, IdeaTextDialog)
        editor = dialog.editor
        seen["wrapped"] = editor.document().firstBlock().layout().lineCount() > 1
        seen["width"] = dialog.width()
        seen["title_fits"] = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) < dialog.width()
        editor.selectAll()
        type_text(editor, "Begegnungscafé im Bahnhof")
        QTest.keyClick(editor, Qt.Key.Key_Return)  # Enter makes a new line …
        type_text(editor, "für alle")
        QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # … Ctrl+Enter saves

    errors: list[BaseException] = []
    _in_dialog(edit_in_dialog, errors)
    QTest.keyClick(page.list, Qt.Key.Key_F2)
    assert not errors, errors
    assert seen["wrapped"] and seen["title_fits"] and int(seen["width"]) >= 500  # type: ignore[call-overload]
    assert window.session.store.ideas.get(idea.id).text == "Begegnungscafé im Bahnhof\nfür alle"


def test_the_idea_questions_open_wide_enough_for_their_titles(make_window, answers, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, tmp_path)
    page = window.workspace.ideas
    window.session.store.ideas.add(Idea(text="Mehr Bänke"))
    page.set_filter(text="")
    page.list.setFocus()
    page.list.selectionModel().setCurrentIndex(page.model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    widths: list[tuple[str, int, int]] = []

    def measure_and_cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        widths.append(
            (dialog.windowTitle(), dialog.width(), dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()))
        )
        dialog.reject()

    for name in (IdeaAction.ASSIGN, IdeaAction.PHASE):  # Ctrl+K, Ctrl+Shift+P
        errors: list[BaseException] = []
        _in_dialog(measure_and_cancel, errors)
        window.workspace.ideas.page_actions.get(name).trigger()
        assert not errors, errors
    assert [title for title, _w, _t in widths] == ["Put into cluster", "Move to phase"]
    assert all(width >= 440 and title_width + 120 < width for _t, width, title_width in widths), widths

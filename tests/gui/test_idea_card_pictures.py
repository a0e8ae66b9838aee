"""Idea cards drawn from kept pictures look exactly as cards drawn afresh, and never show an old state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QImage, QPalette

from zwdesktop.gui.ideas.delegate import IdeaDelegate
from zwdesktop.gui.ideas.list_view import IdeaListView

from .test_idea_list_rows import _page_with_ideas


def _shown(view: IdeaListView) -> QImage:
    return view.viewport().grab().toImage()


def _drawn_afresh(view: IdeaListView) -> QImage:
    """The list as a new delegate, which has kept nothing, paints it."""
    kept = view.itemDelegate()
    view.setItemDelegate(IdeaDelegate(view))
    try:
        return _shown(view)
    finally:
        view.setItemDelegate(kept)


def test_cards_from_kept_pictures_look_as_cards_drawn_afresh(make_window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page_with_ideas(make_window, tmp_path, 14)
    view = page.list
    qtbot.waitExposed(view)
    reference = _drawn_afresh(view)
    pictures = [_shown(view) for _ in range(3)]  # drawn, then kept, then from the kept pictures
    assert view.cards._pictures, "the repeated paints did not keep any picture"
    assert all(image == reference for image in pictures)

    # A selected card is a different picture: highlighted at once, and as a fresh delegate draws it.
    view.selectionModel().select(view.model().index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    selected = [_shown(view) for _ in range(3)]
    assert selected[0] != reference
    assert all(image == _drawn_afresh(view) for image in selected)
    rect = view.visualRect(view.model().index(1, 0))
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    assert selected[-1].pixelColor(rect.center().x(), rect.top() + 2) == highlight


def test_a_changed_idea_never_shows_its_old_picture(make_window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page_with_ideas(make_window, tmp_path, 6)
    view = page.list
    qtbot.waitExposed(view)
    for _ in range(3):
        before = _shown(view)  # every card kept as a picture
    idea = page.model.idea_at(0)
    assert idea is not None
    page.session.store.ideas.update(idea.id, text="Ein ganz anderer Text")
    after = [_shown(view) for _ in range(3)]
    assert after[0] != before
    assert all(image == _drawn_afresh(view) for image in after)

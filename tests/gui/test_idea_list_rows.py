"""The idea list row by row: a new idea is one inserted row, selection and scroll stay, rows fit their text, counts stay right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest

from zwdesktop.cli import main as cli_main
from zwdesktop.core.ideas import Cluster, Idea, count_ideas
from zwdesktop.gui.ideas.commands import AddIdeaCommand
from zwdesktop.gui.ideas.delegate import IdeaDelegate
from zwdesktop.gui.ideas.page import IdeasPage
from zwdesktop.store import WorkshopStore

from .conftest import type_text


def _page_with_ideas(make_window, tmp_path: Path, count: int) -> IdeasPage:  # type: ignore[no-untyped-def]
    path = tmp_path / "w.zwd"
    assert cli_main(["new", str(path), "--title", "Zukunftswerkstatt"]) == 0
    with WorkshopStore.open(path) as store:
        cluster = store.ideas.add_cluster(Cluster(name="Begegnung"))
        with store.batch():
            for n in range(count):
                phase = "critique" if n % 3 else "fantasy"
                store.ideas.add(
                    Idea(
                        text=f"Idee {n}" + " mit vielen Worten" * (n % 7),
                        phase=phase,
                        cluster_id=cluster.id if n % 2 else None,
                    )
                )
    window = make_window()
    window.resize(1200, 800)
    assert window.open_file(path)
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    page: IdeasPage = window.workspace.ideas
    return page


def test_a_new_idea_is_one_inserted_row_and_the_selection_stays(make_window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page_with_ideas(make_window, tmp_path, 300)
    session = page.session
    chosen = page.model.idea_at(40)
    assert chosen is not None
    page.select_idea(chosen.id)
    resets: list[int] = []
    inserted: list[tuple[int, int]] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))

    # An idea added elsewhere (the assistant station, another capture bar) leaves the list where it was.
    page.list.verticalScrollBar().setValue(page.list.verticalScrollBar().maximum() // 3)
    scrolled = page.list.verticalScrollBar().value()
    session.push(AddIdeaCommand(session, "Capture idea", Idea(text="Von der Station", phase="critique")))
    assert inserted == [(300, 300)] and resets == []
    assert page.list.verticalScrollBar().value() == scrolled
    assert [idea.id for idea in page.selected_ideas()] == [chosen.id]

    # Captured here: one row more, the selection kept, and the new row scrolled into view.
    edit = page.capture.edit
    edit.setFocus()
    type_text(edit, "Bürgerbus am Sonntag\n")
    assert inserted == [(300, 300), (301, 301)] and resets == []
    assert page.model.rowCount() == 302
    assert [idea.id for idea in page.selected_ideas()] == [chosen.id]
    new_row = page.list.visualRect(page.model.index(301))
    assert page.list.viewport().rect().intersects(new_row)
    assert page.count_label.text() == "302 idea(s) shown"


def test_rows_are_as_high_as_their_wrapped_text_at_any_width(make_window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page_with_ideas(make_window, tmp_path, 20)
    long_text = " ".join(["Nachbarschaftshilfe für Seniorinnen und Senioren"] * 12)
    page.session.store.ideas.add(Idea(text=long_text, phase="critique"))
    page.session.store.ideas.add(Idea(text="Bus", phase="critique"))
    rows = page.model.rowCount()
    view = page.list
    long_height, short_height = view.rowHeight(rows - 2), view.rowHeight(rows - 1)
    assert long_height > 2 * short_height
    view.resize(view.width() // 2, view.height())
    qtbot.waitUntil(lambda: view.rowHeight(rows - 2) > long_height, timeout=2000)  # narrower: more lines
    assert view.rowHeight(rows - 1) == short_height
    # Ideas that come in while another section is shown are measured when the list is shown again.
    window = page.window()
    window.show_section("clock")
    page.session.store.ideas.add(Idea(text=long_text + " und mehr", phase="critique"))
    window.show_section("ideas")
    qtbot.waitUntil(lambda: view.rowHeight(rows) > 2 * short_height, timeout=2000)
    rows += 1

    every_row_fits(page)
    for words in ("worten", "senioren", "bus", ""):  # a search shows other rows, each as high as its text
        page.set_filter(text=words)
        every_row_fits(page)


def every_row_fits(page: IdeasPage) -> None:
    """Every row has the height its card needs to show all of its text, measured afresh (not from kept heights)."""
    view = page.list
    fresh = IdeaDelegate()
    fresh.measure_in(view.font())
    assert page.model.rowCount() > 0
    for row in range(page.model.rowCount()):
        idea = page.model.idea_at(row)
        assert idea is not None
        needed = fresh.row_height(idea.text, view.viewport().width())
        assert view.rowHeight(row) == needed, (row, idea.text)


def test_after_a_search_no_card_keeps_the_height_of_the_card_shown_there_before(  # type: ignore[no-untyped-def]
    make_window, tmp_path, qtbot
) -> None:
    # Long and short cards in turn; a search for the short ones shows them in the rows where long
    # cards were: each row must get its own card's height, not keep the long card's.
    page = _page_with_ideas(make_window, tmp_path, 0)
    store = page.session.store
    with store.batch():
        for n in range(30):
            text = f"Kurz {n}" if n % 2 else f"Lang {n} " + "mit vielen Worten über die Nachbarschaft " * 6
            store.ideas.add(Idea(text=text, phase="critique"))
    every_row_fits(page)
    for words in ("kurz", "lang", "kurz 1", ""):
        page.search.setText(words)
        QTest.qWait(1)
        every_row_fits(page)


def test_home_and_end_go_to_the_first_and_last_idea(make_window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page_with_ideas(make_window, tmp_path, 50)
    view = page.list
    view.setFocus()
    view.selectionModel().setCurrentIndex(page.model.index(10), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    QTest.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == 49
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().row() == 0
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(page.selected_ideas()) == 2


def test_kept_counts_equal_a_recount_after_every_change_and_search_folds_umlauts(  # type: ignore[no-untyped-def]
    make_window, tmp_path, qtbot
) -> None:
    page = _page_with_ideas(make_window, tmp_path, 60)
    store = page.session.store

    def recount() -> None:
        expected = count_ideas(store.ideas.all(), page.model.filter)
        counts = page.model.counts()
        assert (counts.total, counts.by_phase, counts.by_cluster) == (
            expected.total,
            expected.by_phase,
            expected.by_cluster,
        )
        assert page.model.rowCount() == expected.total

    page.set_filter(text="worten")
    recount()
    first = store.ideas.add(Idea(text="Mehr Worten für die BÜRGER", phase="critique"))
    recount()
    store.ideas.update(first.id, phase="fantasy")
    recount()
    store.ideas.update(first.id, text="Ganz anders")
    recount()
    store.ideas.delete([first.id])
    recount()
    store.ideas.restore([first.id])
    recount()
    page.set_filter(phase="fantasy", text="")
    recount()

    # Search is case-blind and finds umlauts typed composed or decomposed.
    page.set_filter(phase="", text="bürger")
    assert page.model.rowCount() == 0  # "Ganz anders" now
    store.ideas.update(first.id, text="Bürgerbus am Abend")
    assert [i.text for i in page.model.rows] == ["Bürgerbus am Abend"]
    page.set_filter(text="BU\u0308RGER")
    assert [i.text for i in page.model.rows] == ["Bürgerbus am Abend"]
    recount()


def test_the_cards_and_the_search_field_keep_their_width_while_a_search_narrows_and_clears_the_list(  # type: ignore[no-untyped-def]
    make_window, tmp_path, qtbot
) -> None:
    # The list's scroll bar stays: a search that leaves a few ideas and the next that shows all of
    # them again do not make every card wrap anew at another width. The field being typed in keeps
    # its place too: the phase filter beside it does not narrow when its counts get fewer digits.
    page = _page_with_ideas(make_window, tmp_path, 120)
    with page.session.store.batch():  # the longest phase's count changes as the search narrows
        for n in range(30):
            page.session.store.ideas.add(Idea(text=f"Idee {n} umsetzen", phase="realisation"))
    page.window().resize(900, 740)  # a narrow window: the filters get no more room than they ask for
    view = page.list
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0, timeout=2000)
    QTest.qWait(1)
    width, field = view.viewport().width(), page.search.geometry()
    for words in ("idee 1", "idee 11", "keine solche idee", "idee", ""):
        page.search.setText(words)
        QTest.qWait(1)
        assert view.viewport().width() == width, words
        assert page.search.geometry() == field, words

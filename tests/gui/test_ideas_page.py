"""The Ideas section: capture by keyboard in any script, clusters, undo, search, the assistant station, merging a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from zwdesktop.cli import main as cli_main
from zwdesktop.core.ideas import MAX_IDEA, Cluster, Idea
from zwdesktop.gui.ideas.actions import IdeasWindowAction
from zwdesktop.gui.ideas.dialogs import IdeaAsk
from zwdesktop.gui.ideas.model import MIME_TYPE
from zwdesktop.gui.ideas.page import IdeasPage
from zwdesktop.store import WorkshopStore

from .conftest import demo_file, placeholder_whole, type_text

SCRIPTS = [
    "Mehr Bänke am Schloßpark",
    "Komşularla tanışmak için yer yok",
    "Мовне кафе щоп'ятниці",
    "مقهى للقاء الجيران",
    "کافه زبان برای همه",
    "ቦታ ንመንእሰያት የለን",
    "🚌 Bürgerbus am Abend 🌙",
]


class Scripted:
    """What the replaced idea dialogs answer."""

    def __init__(self) -> None:
        self.text: list[str | None] = []
        self.choose: list[int | None] = []
        self.colour: str | None = None
        self.multiline: str | None = None
        self.source: Path | None = None
        self.reports: list[str] = []


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch) -> Scripted:
    """Replace every idea dialog with a scripted answer."""
    result = Scripted()
    monkeypatch.setattr(IdeaAsk, "text", classmethod(lambda cls, p, t, label, initial="": result.text.pop(0)))
    monkeypatch.setattr(
        IdeaAsk, "choose", classmethod(lambda cls, p, t, label, options, current=0: result.choose.pop(0))
    )
    monkeypatch.setattr(IdeaAsk, "colour", classmethod(lambda cls, p, initial: result.colour))
    monkeypatch.setattr(IdeaAsk, "multiline", classmethod(lambda cls, p, t, label, initial="": result.multiline))
    monkeypatch.setattr(IdeaAsk, "merge_source", classmethod(lambda cls, p, folder="": result.source))
    monkeypatch.setattr(IdeaAsk, "report", classmethod(lambda cls, p, t, message: result.reports.append(message)))
    return result


def _open(make_window, tmp_path: Path, qtbot, name: str = "w.zwd"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    assert cli_main(["new", str(path), "--title", "Zukunftswerkstatt Aulendorf"]) == 0
    window = make_window()
    assert window.open_file(path)
    return window


def _page(window) -> IdeasPage:  # type: ignore[no-untyped-def]
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # capture shortcut: section + focus
    page = window.workspace.ideas
    assert window.workspace.current_section() == "ideas"
    return page


def test_capture_100_ideas_by_keyboard_in_any_script_cluster_undo_and_search(  # type: ignore[no-untyped-def]
    make_window, answers, scripted, tmp_path, qtbot
) -> None:
    window = _open(make_window, tmp_path, qtbot)
    page = _page(window)
    edit = page.capture.edit
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    texts = [f"{SCRIPTS[n % len(SCRIPTS)]} {n}" for n in range(100)]
    for text in texts:
        type_text(edit, text + "\n")
    assert edit.toPlainText() == ""
    assert page.model.rowCount() == 100
    assert [idea.text for idea in window.session.store.ideas.all()] == texts
    assert all(
        idea.phase == "critique" for idea in window.session.store.ideas.all()
    )  # before the start: the first idea phase

    # Shift+Enter makes a second line, Enter commits both lines as one idea.
    type_text(edit, "Zeile eins")
    QTest.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(edit, "Zeile zwei\n")
    assert window.session.store.ideas.all()[-1].text == "Zeile eins\nZeile zwei"

    # Clusters: a new one by keyboard, ideas into it with Alt+1 and by dropping them on it.
    scripted.text = ["Begegnung"]
    QTest.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [c.name for c in window.session.store.ideas.clusters()] == ["Begegnung"]
    page.list.setFocus()
    page.select_idea(window.session.store.ideas.all()[0].id)
    page.select_idea(window.session.store.ideas.all()[1].id, add=True)
    QTest.keyClick(page.list, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    cluster_id = window.session.store.ideas.clusters()[0].id
    assert [i.cluster_id for i in window.session.store.ideas.all()[:3]] == [cluster_id, cluster_id, None]
    third = window.session.store.ideas.all()[2]
    data = QMimeData()
    data.setData(MIME_TYPE, third.id.encode("ascii"))
    assert page.clusters.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, page.clusters.index(0))
    page.clusters.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, page.clusters.index(0))
    assert window.session.store.ideas.get(third.id).cluster_id == cluster_id
    assert page.clusters.data(page.clusters.index(0)) == "1  Begegnung (3)"

    # Undo takes the drop back, then the Alt+1 assignment; redo does the Alt+1 assignment again.
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.store.ideas.get(third.id).cluster_id is None
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert all(i.cluster_id is None for i in window.session.store.ideas.all())
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
    assert window.session.store.ideas.get(window.session.store.ideas.all()[0].id).cluster_id == cluster_id

    # Search as you type, with counts.
    QTest.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(page.search, "кафе")
    assert page.model.rowCount() == 14 and all("кафе" in i.text for i in page.model.rows)
    assert page.phase_filter.itemText(0) == "All phases (14)"
    page.search.clear()
    type_text(page.search, "مقهى")
    assert page.model.rowCount() == 14
    index = page.model.index(0)
    assert page.model.data(index, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    page.search.clear()
    page.set_filter(cluster_id=cluster_id)
    assert page.model.rowCount() == 2

    # Undo of a capture removes the idea from the list at once.
    page.set_filter(phase="", cluster_id=None, text="")
    before = page.model.rowCount()
    edit.setFocus()
    type_text(edit, "Noch eine Idee\n")
    assert page.model.rowCount() == before + 1
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == before
    assert "Noch eine Idee" not in [i.text for i in window.session.store.ideas.all()]


def test_empty_too_long_and_duplicate_ideas(make_window, answers, scripted, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, tmp_path, qtbot)
    page = _page(window)
    bar, edit = page.capture, page.capture.edit
    type_text(edit, "   \n")
    assert window.session.store.ideas.all() == []
    edit.setPlainText("x" * (MAX_IDEA + 1))
    assert not bar.submit()
    assert str(MAX_IDEA + 1) in bar.message.text() and edit.toPlainText() == "x" * (MAX_IDEA + 1)
    assert window.session.store.ideas.all() == []
    edit.clear()
    type_text(edit, "Sprachcafé\n")
    type_text(edit, "sprachcafé\n")
    assert len(window.session.store.ideas.all()) == 1 and "already there" in bar.message.text()
    QTest.keyClick(edit, Qt.Key.Key_Return)  # Enter again keeps both
    assert len(window.session.store.ideas.all()) == 2
    type_text(edit, "Sprachcafé\n")
    QTest.keyClick(edit, Qt.Key.Key_Escape)  # Esc discards
    assert len(window.session.store.ideas.all()) == 2 and edit.toPlainText() == ""
    # A cluster by first letters in the capture; an unknown one refuses the idea.
    window.session.store.ideas.add_cluster(Cluster(name="Öffentlicher Verkehr"))
    type_text(bar.cluster_edit, "ver")
    assert bar.cluster_label.text() == "→ Öffentlicher Verkehr"
    type_text(edit, "Bus am Abend\n")
    assert window.session.store.ideas.all()[-1].cluster_id == window.session.store.ideas.clusters()[0].id
    bar.cluster_edit.setText("xyz")
    type_text(edit, "Noch was\n")
    assert "no cluster" in bar.message.text().lower() and len(window.session.store.ideas.all()) == 3
    # Up in the empty field corrects the last idea.
    bar.cluster_edit.clear()
    edit.clear()
    QTest.keyClick(edit, Qt.Key.Key_Up)
    assert edit.toPlainText() == "Bus am Abend"
    type_text(edit, " und am Wochenende\n")
    assert window.session.store.ideas.all()[-1].text == "Bus am Abend und am Wochenende"


def test_enter_in_the_cluster_field_stores_the_idea_and_the_next_one_is_typed_into_the_idea_field(  # type: ignore[no-untyped-def]
    make_window, answers, scripted, tmp_path, qtbot
) -> None:
    window = _open(make_window, tmp_path, qtbot)
    page = _page(window)
    bar, edit, store = page.capture, page.capture.edit, window.session.store
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    store.ideas.add_cluster(Cluster(name="Öffentlicher Verkehr"))
    type_text(edit, "Bus am Abend")
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # past the phase box
    assert QApplication.focusWidget() is bar.cluster_edit
    type_text(bar.cluster_edit, "ver\n")
    assert [idea.text for idea in store.ideas.all()] == ["Bus am Abend"]
    assert QApplication.focusWidget() is edit
    # The next idea goes into the idea field, with the cluster kept.
    type_text(QApplication.focusWidget(), "Mitfahrbank\n")
    assert [idea.text for idea in store.ideas.all()] == ["Bus am Abend", "Mitfahrbank"]
    assert {idea.cluster_id for idea in store.ideas.all()} == {store.ideas.clusters()[0].id}
    assert bar.cluster_edit.text() == "ver"
    # Enter in the author field does the same.
    type_text(edit, "Rufbus")
    bar.author_edit.setFocus()
    type_text(bar.author_edit, "Tisch 2\n")
    assert store.ideas.all()[-1].author == "Tisch 2" and QApplication.focusWidget() is edit
    # A cluster that is not there keeps the cursor where the mistake is, and stores nothing.
    type_text(edit, "Noch was")
    bar.cluster_edit.setFocus()
    bar.cluster_edit.selectAll()
    type_text(bar.cluster_edit, "xyz\n")
    assert len(store.ideas.all()) == 3 and "xyz" in bar.message.text()
    assert QApplication.focusWidget() is bar.cluster_edit and edit.toPlainText() == "Noch was"


def test_edit_delete_move_merge_reframe_all_undoable(make_window, answers, scripted, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, tmp_path, qtbot)
    page = _page(window)
    store = window.session.store
    critique = store.ideas.add(Idea(text="Kein Treffpunkt für Jugendliche"))
    other = store.ideas.add(Idea(text="Nach 18 Uhr ist alles zu"))
    wish = store.ideas.add(Idea(text="Es wäre schön, wenn es einen Jugendraum gäbe", phase="fantasy"))
    stack = window.session.undo_stack

    page.select_idea(critique.id)
    scripted.multiline = "Kein Treffpunkt für Jugendliche am Abend"
    page.list.setFocus()
    QTest.keyClick(page.list, Qt.Key.Key_F2)
    assert store.ideas.get(critique.id).text == "Kein Treffpunkt für Jugendliche am Abend"

    page.select_idea(critique.id)
    page.select_idea(other.id, add=True)
    QTest.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert store.ideas.get(critique.id).text == "Kein Treffpunkt für Jugendliche am Abend\nNach 18 Uhr ist alles zu"
    assert page.model.rowCount() == 2

    page.select_idea(wish.id)
    scripted.choose = [1]
    QTest.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert store.ideas.get(wish.id).reframed_from == critique.id

    page.select_idea(wish.id)
    scripted.choose = [2]  # realisation phase
    QTest.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert store.ideas.get(wish.id).phase == "realisation"

    page.select_idea(wish.id)
    page.list.setFocus()
    QTest.keyClick(page.list, Qt.Key.Key_Delete)
    assert [i.id for i in store.ideas.all()] == [critique.id]

    for _ in range(5):
        stack.undo()
    assert [i.text for i in store.ideas.all()] == [
        "Kein Treffpunkt für Jugendliche",
        "Nach 18 Uhr ist alles zu",
        "Es wäre schön, wenn es einen Jugendraum gäbe",
    ]
    assert store.ideas.get(wish.id).phase == "fantasy" and store.ideas.get(wish.id).reframed_from is None


def test_clusters_rename_colour_reorder_delete_keeps_ideas(
    make_window, removals, scripted, tmp_path, qtbot, english
) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, tmp_path, qtbot)
    page = _page(window)
    store = window.session.store
    scripted.text = ["Begegnung", "Ehrenamt"]
    page.cluster_ops.new_cluster()
    page.cluster_ops.new_cluster()
    _a, b = store.ideas.clusters()
    idea = store.ideas.add(Idea(text="Immer dieselben Leute", cluster_id=b.id))
    page.cluster_list.setCurrentIndex(page.clusters.index(1))
    page.cluster_list.setFocus()
    QTest.keyClick(page.cluster_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [c.name for c in store.ideas.clusters()] == ["Ehrenamt", "Begegnung"]
    scripted.text = ["Ehrenamt stärken"]
    QTest.keyClick(page.cluster_list, Qt.Key.Key_F2)
    scripted.colour = "#FFA8A8"
    page.cluster_ops.recolour_cluster()
    assert (store.ideas.cluster(b.id).name, store.ideas.cluster(b.id).colour) == ("Ehrenamt stärken", "#ffa8a8")
    # A cluster with ideas asks first and says how many; "Cancel" keeps it.
    removals.remove = False
    QTest.keyClick(page.cluster_list, Qt.Key.Key_Delete)
    assert removals.removals == ["The cluster “Ehrenamt stärken” holds 1 idea. It stays, without a cluster.\n\n"
                                "Ctrl+Z brings the cluster back with its ideas."]  # fmt: skip
    assert [c.name for c in store.ideas.clusters()] == ["Ehrenamt stärken", "Begegnung"]
    removals.remove = True
    QTest.keyClick(page.cluster_list, Qt.Key.Key_Delete)
    assert [c.name for c in store.ideas.clusters()] == ["Begegnung"]
    assert store.ideas.get(idea.id).cluster_id is None and page.model.rowCount() == 1
    window.session.undo_stack.undo()
    assert store.ideas.get(idea.id).cluster_id == b.id and [c.name for c in store.ideas.clusters()] == [
        "Ehrenamt stärken",
        "Begegnung",
    ]


def _double_click(view: QAbstractItemView, at: QPoint) -> None:
    """A double-click as a mouse gives it: press and release, then the second press (the double-click) and release."""
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)


def test_a_double_click_edits_an_idea_and_renames_a_cluster(make_window, answers, scripted, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, tmp_path, qtbot)
    page = _page(window)
    store = window.session.store
    first = store.ideas.add(Idea(text="Kein Treffpunkt"))
    second = store.ideas.add(Idea(text="Nach 18 Uhr ist alles zu"))
    cluster = store.ideas.add_cluster(Cluster(name="Begegnung"))
    window.show()
    qtbot.waitExposed(window)
    scripted.multiline = "Nach 18 Uhr ist alles zu, auch die Bücherei"
    rect = page.list.visualRect(page.model.index(page.model.row_of(second.id)))
    _double_click(page.list, rect.center())
    assert store.ideas.get(second.id).text == "Nach 18 Uhr ist alles zu, auch die Bücherei"
    assert store.ideas.get(first.id).text == "Kein Treffpunkt"
    scripted.text = ["Begegnung & Nachbarschaft"]
    rect = page.cluster_list.visualRect(page.clusters.index(0))
    _double_click(page.cluster_list, rect.center())
    assert store.ideas.cluster(cluster.id).name == "Begegnung & Nachbarschaft"
    window.session.undo_stack.undo()
    assert store.ideas.cluster(cluster.id).name == "Begegnung"


def test_models_pass_the_model_tester(make_window, answers, scripted, tmp_path, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, tmp_path, qtbot)
    store = window.session.store
    cluster = store.ideas.add_cluster(Cluster(name="A"))
    for n in range(5):
        store.ideas.add(Idea(text=f"Idee {n}", cluster_id=cluster.id if n % 2 else None))
    page = _page(window)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.clusters)
    page.set_filter(text="3")
    qtmodeltester.check(page.model)


def test_assistant_station_captures_into_the_same_file(make_window, answers, scripted, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, tmp_path, qtbot)
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    station = window.ideas.station
    assert station is not None and station.isVisible()
    # The first time it opens centred on the screen, whole, not in its top-left corner.
    area = station.screen().availableGeometry()
    offset = station.geometry().center() - area.center()
    assert (
        area.contains(station.geometry()) and abs(offset.x()) <= 20 and abs(offset.y()) <= 40
    )  # room for its title bar
    type_text(station.capture.edit, "Interkulturelles Fest 🎉\n")
    assert [i.text for i in window.session.store.ideas.all()] == ["Interkulturelles Fest 🎉"]
    assert station.model.rowCount() == 1
    page = _page(window)
    assert page.model.rowCount() == 1


def test_the_assistant_station_opens_with_the_newest_idea_in_view(
    make_window, answers, scripted, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_file(demo_file(tmp_path / "demo.zwd"))
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    station = window.ideas.station
    assert station is not None and station.isVisible()
    qtbot.waitExposed(station)
    recent, model = station.recent, station.model
    newest = model.index(model.rowCount() - 1, 0)
    assert model.rowCount() > 10  # more than the window shows at once

    def newest_in_view() -> bool:
        return recent.viewport().rect().contains(recent.visualRect(newest))

    qtbot.waitUntil(newest_in_view, timeout=2000)
    # Also when it is closed and opened again.
    station.close()
    recent.scrollToTop()
    window.ideas.open_station()
    assert station.isVisible()
    qtbot.waitUntil(newest_in_view, timeout=2000)
    # An idea typed there comes into view at the bottom.
    type_text(station.capture.edit, "Ein Boule-Platz am Schlosspark\n")
    newest = model.index(model.rowCount() - 1, 0)
    assert model.rows[-1].text == "Ein Boule-Platz am Schlosspark"
    qtbot.waitUntil(newest_in_view, timeout=2000)


def test_merge_ideas_from_another_laptops_file_twice_gives_no_duplicates(  # type: ignore[no-untyped-def]
    make_window, answers, scripted, tmp_path, qtbot
) -> None:
    other = tmp_path / "laptop-b.zwd"
    assert cli_main(["new", str(other), "--title", "Assistenz-Laptop"]) == 0
    with WorkshopStore.open(other) as b:
        c = b.ideas.add_cluster(Cluster(name="Wohnraum"))
        for text in ("Bezahlbare Wohnungen fehlen", "Вільних квартир немає", "Mitfahrbänke"):
            b.ideas.add(Idea(text=text, cluster_id=c.id))
    window = _open(make_window, tmp_path, qtbot)
    page = _page(window)
    scripted.source = other
    window.action(IdeasWindowAction.MERGE_FILE).trigger()
    assert "another workshop" in scripted.reports[0]
    assert page.model.rowCount() == 3 and [c.name for c in window.session.store.ideas.clusters()] == ["Wohnraum"]
    window.action(IdeasWindowAction.MERGE_FILE).trigger()
    assert "Nothing new" in scripted.reports[1]
    assert page.model.rowCount() == 3 and len(window.session.store.ideas.clusters()) == 1


def _text_room(combo) -> int:  # type: ignore[no-untyped-def]
    """The width a combo box has for its current text (its edit field, without the arrow)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)  # fmt: skip
    return field.width()


def test_the_phase_boxes_show_their_whole_text_in_german(make_window, answers, scripted, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """ "Verwirklichungsphase (0)" in the filter, "Nächste Phase: Kritikphase" before the clock reaches the critique
    and "Laufende Phase: Verwirklichungsphase" once it gets there: none is cut off, at the window's default size on
    the laptop."""
    from PySide6.QtWidgets import QApplication

    from zwdesktop.gui.i18n import install_translators

    app = QApplication.instance()
    translators = install_translators(app, "de")
    try:
        window = _open(make_window, tmp_path, qtbot)
        window.resize(1100, 740)  # the window's default size on the 1366×768 laptop
        page = _page(window)
        page.set_filter(phase="realisation")
        QApplication.processEvents()
        combo = page.phase_filter
        assert combo.currentText().startswith("Verwirklichungsphase")
        assert combo.fontMetrics().horizontalAdvance(combo.currentText()) <= _text_room(combo)
        box = page.capture.phase_box
        assert box.currentText() == "Nächste Phase: Kritikphase"  # the clock has not started
        # The hints of the cluster and author fields beside it are read whole.
        assert page.capture.author_edit.placeholderText() == "Tisch oder Name (freiwillig)"
        assert placeholder_whole(page.capture.cluster_edit) and placeholder_whole(page.capture.author_edit)
        controller = window.controller
        controller.start()
        QApplication.processEvents()
        assert box.currentText() == "Nächste Phase: Kritikphase"  # the welcome runs
        controller.jump(next(item for item in controller.items if item.phase == "critique").id)
        QApplication.processEvents()
        assert box.currentText() == "Laufende Phase: Kritikphase"
        controller.jump(next(item for item in controller.items if item.phase == "realisation").id)
        QApplication.processEvents()
        assert box.currentText() == "Laufende Phase: Verwirklichungsphase"
        assert box.fontMetrics().horizontalAdvance(box.currentText()) <= _text_room(box)
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_an_idea_found_by_search_stays_chosen_and_in_view_when_the_search_is_cleared(  # type: ignore[no-untyped-def]
    make_window, tmp_path: Path, qtbot
) -> None:
    path = tmp_path / "demo.zwd"
    assert cli_main(["demo", str(path)]) == 0
    window = make_window()
    assert window.open_file(path)
    page = _page(window)
    window.resize(1100, 700)
    qtbot.waitExposed(window)
    page.search.setFocus()
    type_text(page.search, "Bürgerbus")
    assert page.model.rowCount() == 1
    found = page.model.idea_at(0)
    assert found is not None
    first = page.list.visualRect(page.model.index(0)).center()
    QTest.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first)
    assert [i.id for i in page.selected_ideas()] == [found.id]
    page.search.clear()  # what the field's clear button does
    assert page.model.rowCount() > 30
    assert [i.id for i in page.selected_ideas()] == [found.id]
    index = page.model.index(page.model.row_of(found.id))
    assert page.list.viewport().rect().contains(page.list.visualRect(index).center())
    assert page.list.verticalScrollBar().value() > 0  # not back at the top of the list


def test_from_the_search_down_into_the_list_and_the_found_idea_into_a_cluster_by_keys(  # type: ignore[no-untyped-def]
    make_window, tmp_path: Path, qtbot
) -> None:
    """Ctrl+F, a word, ↓ (or Enter): the keyboard is on the first idea found, chosen, and Alt+5 puts it into
    cluster 5. Before, ↓ stayed in the field and Alt+5 met no chosen idea."""
    path = tmp_path / "demo.zwd"
    assert cli_main(["demo", str(path)]) == 0
    window = make_window()
    assert window.open_file(path)
    window.show()
    qtbot.waitExposed(window)
    page = _page(window)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    type_text(page.search, "Bürgerbus")
    assert page.model.rowCount() == 1
    QTest.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.list
    found = page.selected_ideas()
    assert [i.text for i in found] == ["Ein Bürgerbus am Abend und am Wochenende, von Ehrenamtlichen gefahren."]
    QTest.keyClick(page.list, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    fifth = window.session.store.ideas.clusters()[4]
    assert window.session.store.ideas.get(found[0].id).cluster_id == fifth.id
    # Enter does the same; with nothing found the keyboard stays in the field.
    page.search.setFocus()
    page.search.selectAll()
    type_text(page.search, "Mitfahrbänke")
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.list and len(page.selected_ideas()) == 1
    page.search.setFocus()
    page.search.selectAll()
    type_text(page.search, "nichts dergleichen")
    QTest.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.search

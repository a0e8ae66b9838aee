"""The Dot votes section as a moderator and an assistant use it, and the vote mode of the projector."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from zwdesktop.gui.main_window import WindowAction
from zwdesktop.gui.votes import dialogs as vote_dialogs
from zwdesktop.gui.votes.model import DOTS, LABEL, VoteOptionsModel
from zwdesktop.gui.votes.page import VotesPage

from .conftest import demo_file, type_text


def _page(window) -> VotesPage:  # type: ignore[no-untyped-def]
    window.action(WindowAction.VOTES).trigger()
    page = window.workspace.section("votes")
    assert isinstance(page, VotesPage)
    return page


@pytest.fixture
def demo_window(make_window, tmp_path):  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_file(demo_file(tmp_path / "demo.zwd"))
    return window


def _new_round_with_options(page: VotesPage, qtbot, count: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    for index in range(count):
        page.options.option_edit.setFocus()
        qtbot.keyClicks(page.options.option_edit, f"Option {index + 1}")
        QTest.keyClick(page.options.option_edit, Qt.Key.Key_Return)
    assert page.model.rowCount() == count


def test_thirty_tallies_by_keyboard_type_the_number_enter_goes_on(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    _new_round_with_options(page, qtbot, 30)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, DOTS))
    for index in range(30):
        qtbot.keyClicks(page.table, str(index % 9 + 1))
        editor = QApplication.focusWidget()
        assert editor is not page.table  # typing opened the editor on the current option
        QTest.keyClick(editor, Qt.Key.Key_Return)
    votes = demo_window.session.store.votes
    tallies = [o.tally for o in votes.options(page.current_round_id())]
    assert tallies == [i % 9 + 1 for i in range(30)]
    assert "dots of at most" in page.options.sum_label.text()
    # Each tally is one undo step.
    demo_window.action(WindowAction.UNDO).trigger()
    assert votes.options(page.current_round_id())[-1].tally == 0


def test_a_number_typed_digit_by_digit_is_one_undo_step(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    store, stack = demo_window.session.store, demo_window.session.undo_stack
    round_id = next(r.id for r in store.votes.rounds() if r.status == "open" and r.kind == "dots")
    page.select_round(round_id)
    before = store.votes.round(round_id).participants
    steps = stack.count()
    spin = page.rules.participants_spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "35")  # stored as 3, then as 35
    assert store.votes.round(round_id).participants == 35
    assert stack.count() == steps + 1
    stack.undo()
    assert store.votes.round(round_id).participants == before and spin.value() == before
    # The dots per person are a step of their own, and so is a choice in a box.
    page.rules.dots_spin.setValue(page.rules.dots_spin.value() + 1)
    page.rules.entry_box.setCurrentIndex(1 - page.rules.entry_box.currentIndex())
    assert stack.count() == steps + 2


def test_a_file_opened_read_only_offers_no_rule_to_change(make_window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_file(demo_file(tmp_path / "demo.zwd"), read_only=True)
    rules = _page(window).rules
    assert rules.title_edit.isReadOnly()
    changeable = [rules.phase_box, rules.participants_spin, rules.dots_spin, rules.stacking_box, rules.entry_box]
    assert not any(widget.isEnabled() for widget in changeable)


def test_plus_minus_and_the_plausibility_warning(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    _new_round_with_options(page, qtbot, 2)
    page.rules.participants_spin.setValue(2)
    page.rules.dots_spin.setValue(3)  # at most 6 dots on the board
    page.table.setCurrentIndex(page.model.index(0, DOTS))
    for _ in range(7):
        qtbot.mouseClick(page.options.plus_button, Qt.MouseButton.LeftButton)
    assert page.model.index(0, DOTS).data() == 7
    assert "Warning" in page.options.sum_label.text() and "6" in page.options.sum_label.text()
    qtbot.mouseClick(page.options.minus_button, Qt.MouseButton.LeftButton)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Minus)
    assert page.model.index(0, DOTS).data() == 5
    assert "Warning" not in page.options.sum_label.text()


def test_a_closed_round_shows_its_results_as_they_stand_until_it_is_reopened(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    votes = demo_window.session.store.votes
    _new_round_with_options(page, qtbot, 2)
    round_id = page.current_round_id()
    page.table.setCurrentIndex(page.model.index(0, DOTS))
    page.step_tally(1)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)  # the results go up on the projector
    assert "Reopen the round to change it" in page.status_label.text()
    # A key typed into the results table by accident changes nothing; nor do +, Del or a new option.
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, DOTS))
    QTest.keyClicks(page.table, "9")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QTest.keyClick(page.table, Qt.Key.Key_Plus)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert [o.tally for o in votes.options(round_id)] == [1, 0]
    assert not page.options.option_edit.isEnabled() and not page.rules.participants_spin.isEnabled()
    assert page.rules.title_edit.isReadOnly()
    # Reopened, it is corrected as before (and closing again shows the corrected results).
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, DOTS))
    QTest.keyClick(page.table, Qt.Key.Key_Plus)
    assert [o.tally for o in votes.options(round_id)] == [2, 0]
    assert page.options.option_edit.isEnabled() and not page.rules.title_edit.isReadOnly()


def test_a_closed_round_of_ballots_takes_no_ballot(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    _new_round_with_options(page, qtbot, 2)
    page.rules.entry_box.setCurrentIndex(page.rules.entry_box.findData("ballots"))
    page.ballots.spin(0).setValue(1)
    page.ballots.save()
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert not page.ballots.save_button.isEnabled() and not page.ballots.spin(0).isEnabled()
    page.ballots.save()  # Ctrl+Enter is off too; asked anyway, nothing is saved
    assert len(demo_window.session.store.votes.ballots(page.current_round_id())) == 1


def test_a_ballot_that_breaks_the_cap_is_refused_naming_the_rule(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    _new_round_with_options(page, qtbot, 3)
    page.rules.dots_spin.setValue(3)
    page.rules.stacking_box.setCurrentIndex(page.rules.stacking_box.findData("cap"))
    page.rules.cap_spin.setValue(1)
    page.rules.entry_box.setCurrentIndex(page.rules.entry_box.findData("ballots"))
    assert page.ballots.isVisible()
    page.ballots.spin(0).setValue(2)
    qtbot.mouseClick(page.ballots.save_button, Qt.MouseButton.LeftButton)
    assert "at most 1 per option" in page.problem_label.text()
    assert demo_window.session.store.votes.ballots(page.current_round_id()) == []
    page.ballots.spin(0).setValue(1)
    page.ballots.spin(1).setValue(1)
    qtbot.mouseClick(page.ballots.save_button, Qt.MouseButton.LeftButton)
    assert page.problem_label.text() == ""
    assert page.ballots.list.count() == 1 and page.ballots.number.value() == 2
    assert page.model.index(0, DOTS).data() == 1


def test_close_reopen_history_and_undo(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    page.rounds.setCurrentRow(0)  # the critique round, closed
    history = page.history_box.history.count()
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert "Open" in page.status_label.text()
    assert (
        page.history_box.history.count() == history + 1 and "reopened" in page.history_box.history.item(history).text()
    )
    demo_window.action(WindowAction.UNDO).trigger()
    assert "Closed" in page.status_label.text() and page.history_box.history.count() == history


def test_tie_all_forward_group_and_runoff(demo_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    _new_round_with_options(page, qtbot, 3)
    votes = demo_window.session.store.votes
    options = votes.options(page.current_round_id())
    votes.set_tallies({options[0].id: 5, options[1].id: 3, options[2].id: 3})
    page.rules.cutoff_spin.setValue(2)
    assert (
        page.results.tie_label.isVisible()
        and "“Option 2”, “Option 3” have 3 dots each." in page.results.tie_label.text()
    )
    assert not page.results.all_forward_button.isEnabled()  # settle only after closing
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.results.all_forward_button, Qt.MouseButton.LeftButton)
    assert page.results.forward_label.text() == "Going forward: “Option 1”, “Option 2” and “Option 3”"
    qtbot.mouseClick(page.results.unsettle_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(
        vote_dialogs.VoteAsk, "group_decision", classmethod(lambda cls, parent, labels: ([1], "Handzeichen"))
    )
    qtbot.mouseClick(page.results.group_button, Qt.MouseButton.LeftButton)
    assert page.results.forward_label.text().endswith("“Option 1” and “Option 3”")
    assert "Handzeichen" in page.results.tie_label.text()
    qtbot.mouseClick(page.results.unsettle_button, Qt.MouseButton.LeftButton)
    first = page.current_round_id()
    qtbot.mouseClick(page.results.runoff_button, Qt.MouseButton.LeftButton)
    runoff = votes.round(page.current_round_id())
    assert runoff.runoff_of == first and [o.label for o in votes.options(runoff.id)] == ["Option 2", "Option 3"]
    # The run-off decides: Option 2 wins.
    votes.set_tallies({votes.options(runoff.id)[0].id: 4})
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    page.select_round(first)
    assert page.results.forward_label.text().endswith("“Option 1” and “Option 2”")
    # One undo takes the run-off round away and the tie is open again.
    demo_window.action(WindowAction.UNDO).trigger()  # closing the run-off
    demo_window.action(WindowAction.UNDO).trigger()  # the run-off itself
    assert votes.round(first).settlement == "" and all(r.id != runoff.id for r in votes.rounds())


def test_blitzlicht_and_carry_forward(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    qtbot.mouseClick(page.mood_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 4 and not page.rules.dots_spin.isEnabled()
    page.rounds.setCurrentRow(0)  # critique, settled by its run-off
    assert page.results.carry_button.isEnabled()
    store = demo_window.session.store
    before = [c.name for c in store.ideas.clusters()]
    qtbot.mouseClick(page.results.carry_button, Qt.MouseButton.LeftButton)
    new = [c.name for c in store.ideas.clusters() if c.name not in before]
    assert new == ["Wishes: Begegnung & Nachbarschaft", "Wishes: Sprache & Sprachcafé", "Wishes: Ehrenamt"]
    assert "3 new" in page.results.carry_label.text()
    assert "carried forward" in page.history_box.history.item(page.history_box.history.count() - 1).text()
    demo_window.action(WindowAction.UNDO).trigger()
    assert [c.name for c in store.ideas.clusters()] == before


def test_options_from_the_clusters_and_ideas_of_a_phase(demo_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.rules.phase_box.setCurrentIndex(page.rules.phase_box.findData("critique"))
    offered: list[tuple[list[str], list[bool]]] = []

    def pick(cls, parent, labels, checked):  # type: ignore[no-untyped-def]
        offered.append((labels, checked))
        return [i for i, ticked in enumerate(checked) if ticked]

    monkeypatch.setattr(vote_dialogs.VoteAsk, "pick_options", classmethod(pick))
    qtbot.mouseClick(page.options.pick_button, Qt.MouseButton.LeftButton)
    labels, checked = offered[0]
    assert labels[0] == "Cluster: Begegnung & Nachbarschaft" and sum(checked) == 6  # the six critique clusters
    options = demo_window.session.store.votes.options(page.current_round_id())
    assert [o.source_kind for o in options] == ["cluster"] * 6
    assert page.rules.suggestion_label.text().startswith("Suggested: 3 dots")
    # Asking again offers only what is not an option yet: the critique cards themselves.
    qtbot.mouseClick(page.options.pick_button, Qt.MouseButton.LeftButton)
    assert not any(label.startswith("Cluster:") for label in offered[1][0])
    assert len(offered[1][0]) == len([i for i in demo_window.session.store.ideas.all() if i.phase == "critique"])


def test_options_model(demo_window, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = VoteOptionsModel(demo_window.session)
    model.set_round(demo_window.session.store.votes.rounds()[0].id)
    qtmodeltester.check(model)
    assert model.index(2, 2).data() == "3 =" or model.index(3, 2).data() == "3 ="


def test_vote_mode_hides_counts_while_open_and_shows_sorted_results(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    projector = demo_window.projector_control.ensure()
    projector.resize(1280, 720)
    projector.show()
    projector.set_mode("votes")
    mode = projector.mode("votes")
    page.rounds.setCurrentRow(2)  # fantasy, open
    projector.refresh()
    assert mode.view is not None and not mode.view.closed
    assert all(bar.hidden for bar in mode.chart.bars)
    assert [bar.label for bar in mode.chart.bars] == [o.label for o in mode.view.options]  # own order, not ranked
    assert "5 dots" in mode.rules_label.text()
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    projector.refresh()
    counts = [bar.count for bar in mode.chart.bars]
    assert counts == sorted(counts, reverse=True) and not any(bar.hidden for bar in mode.chart.bars)
    assert [bar.standing for bar in mode.chart.bars][:4] == ["forward", "forward", "forward", "out"]
    image = mode.grab()
    assert not image.isNull()


def test_top_wishes_become_agreements_with_one_undoable_action(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    store = demo_window.session.store
    before = len(store.agreements.bundles())
    page.rounds.setCurrentRow(2)  # fantasy round, open
    assert not page.results.carry_button.isEnabled()  # results first
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    forward = page.view.outcome.forward
    qtbot.mouseClick(page.results.carry_button, Qt.MouseButton.LeftButton)
    bundles = store.agreements.bundles()
    assert len(bundles) == before + 3
    made = bundles[-3:]
    assert [b.origins[0].source_id for b in made] == forward
    assert all(b.origins[0].source_kind == "vote" for b in made)
    assert made[0].agreement.title.startswith("Es wäre schön, wenn es ein offenes Begegnungscafé")
    assert made[0].origins[1].source_kind == "idea"  # and the wish it came from
    assert "carried forward" in page.history_box.history.item(page.history_box.history.count() - 1).text()
    # Carrying again makes nothing twice.
    qtbot.mouseClick(page.results.carry_button, Qt.MouseButton.LeftButton)
    assert len(store.agreements.bundles()) == before + 3
    demo_window.action(WindowAction.UNDO).trigger()  # the second (empty) carrying
    demo_window.action(WindowAction.UNDO).trigger()  # the first
    assert len(store.agreements.bundles()) == before
    assert "carried forward" not in page.history_box.history.item(page.history_box.history.count() - 1).text()


def _fresh_window(make_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    from zwdesktop.cli import main as cli_main

    path = tmp_path / "neu.zwd"
    assert cli_main(["new", str(path)]) == 0
    window = make_window()
    assert window.open_file(path)
    return window


def test_a_new_round_takes_the_phase_that_runs_and_offers_its_carry_forward(make_window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _fresh_window(make_window, tmp_path)
    page = _page(window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    # Before the clock runs: the agenda's first idea phase, the critique, not "(hand-picked)".
    assert page.view.round.phase == "critique"
    assert page.rules.phase_box.currentData() == "critique"
    assert page.results.carry_button.isVisibleTo(page)
    assert "fantasy phase" in page.results.carry_button.text()
    # In the fantasy phase a new round votes on the wishes, which become agreements.
    controller = window.controller
    controller.start()
    fantasy = next(item for item in controller.items if item.phase == "fantasy")
    controller.jump(fantasy.id)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.view.round.phase == "fantasy"
    assert page.results.carry_button.isVisibleTo(page)
    assert "agreements" in page.results.carry_button.text()


def test_before_the_clock_a_new_round_follows_the_last_rounds_phase(make_window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _fresh_window(make_window, tmp_path)
    page = _page(window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.rules.phase_box.setCurrentIndex(page.rules.phase_box.findData("fantasy"))
    assert page.view.round.phase == "fantasy"
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.view.round.phase == "fantasy"


def test_long_round_titles_wrap_in_the_list_without_sideways_scrolling(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    demo_window.resize(1366, 740)
    title = "Welche Kritikpunkte sind uns für das Zusammenleben in Aulendorf am allerwichtigsten?"
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.rules.title_edit.setText(title)
    page.rules.title_edit.editingFinished.emit()
    QApplication.processEvents()
    rounds = page.rounds
    item = rounds.currentItem()
    assert title in item.text() and title in item.toolTip()
    assert rounds.horizontalScrollBar().maximum() == 0
    rect = rounds.visualItemRect(item)
    assert rect.width() <= rounds.viewport().width()
    assert rect.height() >= 2 * rounds.fontMetrics().height()  # wrapped, not cut


def test_a_new_round_opens_at_its_question(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    demo_window.resize(1366, 740)
    QApplication.processEvents()
    bar = page.detail.verticalScrollBar()
    bar.setValue(bar.maximum())  # looking at the last round's results
    assert bar.value() > 0
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert bar.value() == 0
    title = page.rules.title_edit
    assert title.hasFocus()
    top = title.mapTo(page.detail.viewport(), title.rect().topLeft()).y()
    assert top >= 0 and top + title.height() <= page.detail.viewport().height()
    bar.setValue(bar.maximum())
    qtbot.mouseClick(page.mood_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert bar.value() == 0


def test_the_close_button_stays_put_when_the_texts_above_it_grow(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    demo_window.resize(1366, 740)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()

    def where() -> object:
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        return page.close_button.mapTo(page, page.close_button.rect().topLeft())

    before = where()
    for n in range(12):  # the dots suggestion changes with every option
        page.options.option_edit.setFocus()
        qtbot.keyClicks(page.options.option_edit, f"Ein ziemlich langer Vorschlag Nummer {n + 1}")
        QTest.keyClick(page.options.option_edit, Qt.Key.Key_Return)
        assert where() == before, n
    page.rules.participants_spin.setValue(3)
    assert where() == before
    page.show_problem("Eine lange Meldung, die über zwei Zeilen geht, weil sie so viel zu sagen hat. " * 2)
    assert where() == before
    page.detail.verticalScrollBar().setValue(page.detail.verticalScrollBar().maximum())
    assert where() == before  # outside the scrolled form: always in view
    width = page.close_button.width()
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)  # closed: "Reopen the round"
    assert page.view.closed
    assert where() == before and page.close_button.width() == width


def test_long_options_in_the_windows_chart_stay_readable(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Twelve long options: each label is drawn at least at the window's text size, wrapped or shortened at a word."""
    from PySide6.QtGui import QFontInfo

    page = _page(demo_window)
    demo_window.resize(1366, 740)
    labels = [f"Mehr Begegnungsorte für Jung und Alt in allen Ortsteilen, Vorschlag {n}" for n in range(12)]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.add_options([(label, "custom", None) for label in labels])
    chart = page.results.chart
    page.detail.ensureWidgetVisible(chart)
    chart.repaint()
    assert len(chart.drawn_labels) == 12
    least = max(11, QFontInfo(chart.font()).pixelSize())
    for text, pixels in chart.drawn_labels:
        assert pixels >= least, (text, pixels)
        assert text in labels or (text.endswith(" …") and any(label.startswith(text[:-2]) for label in labels)), text


def test_the_question_is_saved_as_it_is_typed_and_undone_in_one_step(demo_window, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    """A crash while the question is typed loses nothing the field shows; retyping it leaves no gap."""
    page = _page(demo_window)
    demo_window.show()
    qtbot.waitExposed(demo_window)
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow, timeout=2000)
    votes, stack = demo_window.session.store.votes, demo_window.session.undo_stack
    round_id = next(r.id for r in votes.rounds() if r.status == "open" and r.kind == "dots")
    page.select_round(round_id)
    before = next(r.title for r in votes.rounds() if r.id == round_id)
    steps = stack.count()
    title = page.rules.title_edit
    title.setFocus()
    title.selectAll()
    QTest.keyClick(title, Qt.Key.Key_Backspace)  # emptied on the way to a new question: not stored, not refused
    assert next(r.title for r in votes.rounds() if r.id == round_id) == before
    assert page.problem_label.text() == ""
    type_text(title, "Was wünschen wir uns? ")
    assert next(r.title for r in votes.rounds() if r.id == round_id) == "Was wünschen wir uns?"
    assert title.text() == "Was wünschen wir uns? " and title.hasFocus()  # the space being typed stays
    assert stack.count() == steps + 1 and stack.undoText() == "Change the question"
    title.clearFocus()
    stack.undo()
    assert next(r.title for r in votes.rounds() if r.id == round_id) == before


def test_digits_typed_on_an_options_text_are_its_dots_and_letters_still_edit_the_text(
    demo_window, qtbot, english
) -> None:  # type: ignore[no-untyped-def]
    """Tabbing into the table puts the cursor on the first option's text: "7", Enter replaced that text."""
    page = _page(demo_window)
    demo_window.show()
    qtbot.waitExposed(demo_window)
    votes = demo_window.session.store.votes
    round_id = next(r.id for r in votes.rounds() if r.status == "open" and r.kind == "dots")
    page.select_round(round_id)
    first = page.model.data(page.model.index(0, LABEL))
    page.table.setFocus(Qt.FocusReason.TabFocusReason)
    assert page.table.currentIndex().column() == LABEL  # where Qt puts the cursor on the way in
    QTest.keyClicks(page.table, "7")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)  # a text's editor commits queued
    assert page.model.data(page.model.index(0, LABEL)) == first
    assert page.model.data(page.model.index(0, DOTS)) == 7
    assert page.table.currentIndex().row() == 1  # on to the next option, ready for its number
    page.table.setCurrentIndex(page.model.index(1, LABEL))
    QTest.keyClick(page.table, Qt.Key.Key_F2)  # the text itself is still edited by F2
    assert QApplication.focusWidget().text() == page.model.data(page.model.index(1, LABEL))


def test_a_round_without_dots_shows_no_tie_to_settle(demo_window, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    """Before the first dot every option has 0: that is no result yet, not "a tie at the cut-off line"."""
    page = _page(demo_window)
    demo_window.show()
    qtbot.waitExposed(demo_window)
    _new_round_with_options(page, qtbot, 4)
    results = page.results
    assert not results.tie_label.isVisibleTo(page) and not results.runoff_button.isVisibleTo(page)
    assert results.forward_label.text() == "No dots entered yet: what goes forward follows from the dots."
    page.table.setCurrentIndex(page.model.index(0, DOTS))
    page.table.setFocus()
    type_text(page.table, "3")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "No dots" not in results.forward_label.text())
    assert results.tie_label.isVisibleTo(page)  # now three options tie at 0 below the cut-off of 3


def test_the_rounds_wrapped_questions_stand_apart_in_the_list(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    demo_window.show()
    qtbot.waitExposed(demo_window)
    rounds = page.rounds
    assert rounds.count() >= 3
    rects = [rounds.visualItemRect(rounds.item(row)) for row in range(rounds.count())]
    assert rects[0].height() > rounds.fontMetrics().height()  # the first question wraps
    # A visible gap between one round and the next, not one line running into the next.
    assert all(below.top() - above.bottom() > 4 for above, below in itertools.pairwise(rects))

"""The dot votes as a moderator meets them in front of a hall (issue 11): nothing with results goes at one click,
messages do not move the buttons, Tab reads the page in order, "&" stays "&", plurals and punctuation are right,
the dialogs open at a useful size, the Blitzlicht says its words, and no German shows in the English interface."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QSplitter,
    QWidget,
)

from zwdesktop.gui import dialogs
from zwdesktop.gui.i18n import install_translators
from zwdesktop.gui.main_window import WindowAction
from zwdesktop.gui.votes.dialogs import GroupDecisionDialog, PickOptionsDialog
from zwdesktop.gui.votes.model import DOTS, LABEL, RANK
from zwdesktop.gui.votes.page import VotesPage
from zwdesktop.gui.votes.texts import VoteTexts, join_sentences

from .conftest import demo_file, placeholder_whole, type_text
from .test_votes_page import _page


@pytest.fixture
def demo_window(make_window, tmp_path):  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_file(demo_file(tmp_path / "demo.zwd"))
    return window


def _language(language: str) -> Iterator[None]:
    app = QApplication.instance()
    translators = install_translators(app, language)
    yield
    for translator in translators:
        app.removeTranslator(translator)


@pytest.fixture
def german() -> Iterator[None]:
    """The German interface for the length of a test."""
    yield from _language("de")


@pytest.fixture
def english() -> Iterator[None]:
    """The English interface with its translations (the plural forms of the English texts are there)."""
    yield from _language("en")


def _round_named(page: VotesPage, start: str) -> None:
    for row in range(page.rounds.count()):
        if page.rounds.item(row).text().startswith(start):
            page.rounds.setCurrentRow(row)
            return
    raise AssertionError(start)


def _new_round(page: VotesPage, qtbot, labels: list[str]) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    for label in labels:
        page.options.option_edit.setFocus()
        type_text(page.options.option_edit, label)
        QTest.keyClick(page.options.option_edit, Qt.Key.Key_Return)
    assert page.model.rowCount() == len(labels)


def _type_tallies(page: VotesPage, tallies: list[int]) -> None:
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, DOTS))
    for tally in tallies:
        QTest.keyClicks(page.table, str(tally))
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _when_dialog(act: Callable[[QDialog], None]) -> list[QDialog]:
    """Run ``act`` on the next modal dialog as soon as it is open (the page waits in its ``exec()``)."""
    seen: list[QDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(5, look)
            return
        if not dialog.isActiveWindow():  # keys go to the focus widget of the active window: wait for it
            dialog.activateWindow()
            QTimer.singleShot(5, look)
            return
        seen.append(dialog)
        try:
            act(dialog)
        finally:
            if dialog.isVisible():  # the act failed or left it open: never leave the test waiting
                dialog.reject()

    QTimer.singleShot(0, look)
    return seen


# ---- removing a round with results asks first -----------------------------------------------


def test_removing_a_closed_round_asks_naming_what_goes_and_ctrl_z_brings_it_back(
    demo_window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    votes = demo_window.session.store.votes
    asked: list[tuple[str, str]] = []
    answer = [False]

    def confirm(cls, parent, title, message, button):  # type: ignore[no-untyped-def]
        asked.append((title, message))
        return answer[0]

    monkeypatch.setattr(dialogs.Ask, "confirm_removal", classmethod(confirm))
    page.rounds.setCurrentRow(0)  # the critique round: closed, settled by its run-off
    critique = page.current_round_id()
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and critique in [r.id for r in votes.rounds()]  # cancelled: nothing gone
    message = asked[0][1]
    assert "“Welche Kritikpunkte sind für Aulendorf am dringendsten?”" in message
    assert "6 options, 101 dots and its history" in message
    assert "Its run-off round “Welche Kritikpunkte sind für Aulendorf am dringendsten? (Stichwahl)” stays" in message
    assert "Ctrl+Z brings it back." in message
    answer[0] = True
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert critique not in [r.id for r in votes.rounds()]
    demo_window.action(WindowAction.UNDO).trigger()
    assert critique in [r.id for r in votes.rounds()] and len(votes.options(critique)) == 6
    # A fresh round without dots goes at once (and is undoable as well).
    asked.clear()
    _new_round(page, qtbot, [])
    fresh = page.current_round_id()
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert not asked and fresh not in [r.id for r in votes.rounds()]


def test_removing_a_round_whose_winners_were_carried_forward_says_so(demo_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs.Ask, "confirm_removal", classmethod(lambda cls, p, t, message, b: asked.append(message) or False)
    )
    _round_named(page, "Welche Wünsche")
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.results.carry_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "Its winners were carried forward; what was made from them stays." in asked[0]
    # The run-off names the round whose tie opens again.
    _round_named(page, "↻")
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert (
        "The tie in “Welche Kritikpunkte sind für Aulendorf am dringendsten?” then waits for a run-off again."
        in asked[1]
    )


def test_the_removal_question_defaults_to_cancel_and_shows_the_title_as_typed(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    page.rounds.setCurrentRow(0)
    seen = _when_dialog(lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Return))  # Enter keeps everything
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].textFormat() == Qt.TextFormat.PlainText
    assert len(demo_window.session.store.votes.rounds()) == 4


# ---- messages keep their place --------------------------------------------------------------


def _positions(page: VotesPage) -> dict[str, QPoint]:
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    widgets = {
        "close": page.close_button,
        "plus": page.options.plus_button,
        "pick": page.options.pick_button,
        "group": page.results.group_button,
        "history": page.history_box.history,
    }
    return {name: widget.mapTo(page, QPoint(0, 0)) for name, widget in widgets.items()}


def test_a_refusal_or_a_warning_does_not_move_the_buttons(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    demo_window.resize(1366, 740)
    _new_round(page, qtbot, ["Busse", "Radwege", "Carsharing"])
    page.rules.participants_spin.setValue(2)
    page.rules.cutoff_spin.setValue(1)
    _type_tallies(page, [2, 2, 0])
    page.detail.verticalScrollBar().setValue(0)
    before = _positions(page)
    assert page.problem_label.text() == ""
    page.options.option_edit.setFocus()
    QTest.keyClick(page.options.option_edit, Qt.Key.Key_Return)  # an empty option is refused
    assert page.problem_label.text() == "An option needs a text."
    assert _positions(page) == before
    _type_tallies(page, [4, 4])  # still a tie, but more than 2 people × 3 dots: the sum turns into a warning
    assert "Warning" in page.options.sum_label.text()
    assert _positions(page) == before
    # Closed on the tie, the settling buttons are shown; a message there moves nothing either.
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    page.detail.verticalScrollBar().setValue(0)
    before = _positions(page)
    page.show_problem("")
    assert page.results.group_button.isVisible() and _positions(page) == before


# ---- a message about one round does not show on another ----------------------------------------


def test_the_carried_forward_message_belongs_to_its_round(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    _round_named(page, "Welche Wünsche")
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.results.carry_button, Qt.MouseButton.LeftButton)
    assert page.results.carry_label.text() == "Carried forward into “Agreements”: 3 new."
    carried = page.current_round_id()
    page.rounds.setFocus()
    QTest.keyClick(page.rounds, Qt.Key.Key_Up)  # another round, by keyboard
    assert page.current_round_id() not in ("", carried) and page.results.carry_label.text() == ""
    QTest.keyClick(page.rounds, Qt.Key.Key_Down)
    assert page.results.carry_label.text() == ""  # and not back when returning either


# ---- Tab reads the page and the dialogs in order ----------------------------------------------


def _tab_through(start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus()
    seen = [start]
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_goes_through_the_page_in_reading_order(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    _round_named(page, "Welche Wünsche")  # open, tallies, free stacking (no cap field): every rule can be changed
    rules = page.rules
    expected: list[QWidget] = [
        page.rounds,
        page.new_button,
        page.mood_button,
        page.remove_button,
        page.close_button,
        rules.title_edit,
        rules.phase_box,
        rules.participants_spin,
        rules.dots_spin,
        rules.use_suggestion_button,
        rules.stacking_box,
        rules.cutoff_spin,
        rules.entry_box,
        page.table,
        page.options.plus_button,
        page.options.minus_button,
        page.options.option_edit,
        page.options.pick_button,
        page.options.remove_option_button,
        page.history_box.history,
    ]
    seen = _tab_through(page.rounds, len(expected) - 1)
    assert [w.objectName() or type(w).__name__ for w in seen] == [w.objectName() or type(w).__name__ for w in expected]
    assert seen == expected


def test_tab_in_a_closed_round_reaches_only_what_can_be_done_there(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    page.rounds.setCurrentRow(0)  # closed critique round (settled: no tie buttons; its winners can go forward)
    expected: list[QWidget] = [
        page.rounds,
        page.new_button,
        page.mood_button,
        page.remove_button,
        page.close_button,  # "Reopen the round"
        page.rules.title_edit,  # read-only: to read and copy the question
        page.table,
        page.results.carry_button,
        page.history_box.history,
    ]
    seen = _tab_through(page.rounds, len(expected) - 1)
    assert [w.objectName() or type(w).__name__ for w in seen] == [w.objectName() or type(w).__name__ for w in expected]
    assert seen == expected


def test_tab_goes_through_a_ballot_option_by_option(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    _new_round(page, qtbot, ["Busse", "Radwege"])
    page.rules.entry_box.setCurrentIndex(page.rules.entry_box.findData("ballots"))
    ballots = page.ballots
    seen = _tab_through(ballots.number, 4)
    assert seen == [ballots.number, ballots.table, ballots.spin(0), ballots.spin(1), ballots.save_button]


def test_after_a_ballot_is_saved_the_keyboard_is_on_the_next_ballots_first_option(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """An assistant types ballot after ballot: Ctrl+Enter, then straight on with the next one's first count."""
    page = _page(demo_window)
    _new_round(page, qtbot, ["Busse", "Radwege", "Carsharing"])
    page.rules.entry_box.setCurrentIndex(page.rules.entry_box.findData("ballots"))
    ballots = page.ballots
    ballots.spin(0).setFocus()
    for row, dots in enumerate([2, 0, 1]):
        field = ballots.spin(row)
        field.selectAll()
        type_text(field, str(dots))
        if row < 2:
            QTest.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ballots.spin(2)
    QTest.keyClick(ballots.spin(2), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ballots.list.count() == 1 and ballots.number.value() == 2
    assert QApplication.focusWidget() is ballots.spin(0)
    type_text(ballots.spin(0), "3")  # the 0 is selected: typing replaces it
    QTest.keyClick(ballots.spin(0), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = sorted(page.session.store.votes.ballots(page.current_round_id()), key=lambda ballot: ballot.number)
    assert [sorted(ballot.dots.values()) for ballot in stored] == [[1, 2], [3]]


def test_the_group_decision_dialog_by_keyboard_with_an_ampersand(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    _new_round(page, qtbot, ["Mobilität & Bus", "Kinder & Jugend", "Wohnraum"])
    page.rules.participants_spin.setValue(10)
    page.rules.cutoff_spin.setValue(1)
    _type_tallies(page, [5, 5, 1])
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    report: dict[str, object] = {}

    def decide(dialog: QDialog) -> None:
        boxes = dialog.findChildren(QCheckBox)
        report["texts"] = [box.text() for box in boxes]
        report["mnemonics"] = [QKeySequence.mnemonic(box.text()).isEmpty() for box in boxes]
        report["size"] = (dialog.width(), dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()))
        order = [QApplication.focusWidget()]
        for _ in range(3):
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            order.append(QApplication.focusWidget())
        report["order"] = [type(w).__name__ for w in order]
        for _ in range(3):
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # tick “Mobilität & Bus”
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        type_text(QApplication.focusWidget(), "Per Handzeichen.")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    seen = _when_dialog(decide)
    qtbot.mouseClick(page.results.group_button, Qt.MouseButton.LeftButton)
    assert seen
    assert report["texts"] == ["Mobilität && Bus", "Kinder && Jugend"]  # shown as typed
    assert report["mnemonics"] == [True, True]  # no Alt+B, no underlined letter
    assert report["order"] == ["QCheckBox", "QCheckBox", "QLineEdit", "QPushButton"]
    width, title = report["size"]  # type: ignore[misc]
    assert width >= title + 100
    assert page.results.forward_label.text() == "Going forward: “Mobilität & Bus”"
    tie = page.results.tie_label.text()
    assert tie == "Tie at the cut-off line (“Mobilität & Bus”, “Kinder & Jugend”): the group decided. Per Handzeichen."
    assert ".." not in tie


def test_the_pick_dialog_opens_at_a_useful_size_and_works_by_keyboard(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.rules.phase_box.setCurrentIndex(page.rules.phase_box.findData("critique"))
    report: dict[str, object] = {}

    def pick(dialog: QDialog) -> None:
        listing = dialog.findChild(QListWidget)
        report["title_fits"] = dialog.width() >= dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 100
        report["rows"] = listing.viewport().height() // max(1, listing.sizeHintForRow(0))
        report["focus"] = QApplication.focusWidget() is listing
        QTest.keyClick(listing, Qt.Key.Key_Space)  # untick the first cluster
        QTest.keyClick(listing, Qt.Key.Key_Tab)
        report["next"] = type(QApplication.focusWidget()).__name__
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    seen = _when_dialog(pick)
    qtbot.mouseClick(page.options.pick_button, Qt.MouseButton.LeftButton)
    assert seen and report["title_fits"] and report["focus"]
    assert report["rows"] >= 6  # not Qt's minimum of two or three lines
    assert report["next"] == "QPushButton"
    labels = [o.label for o in demo_window.session.store.votes.options(page.current_round_id())]
    assert len(labels) == 5 and "Begegnung & Nachbarschaft" not in labels


def test_option_texts_in_the_dialogs_stay_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    labels = ["<b>Fett</b> & mehr"]
    group = GroupDecisionDialog(labels)
    pick = PickOptionsDialog(labels, [True])
    for dialog in (group, pick):
        qtbot.addWidget(dialog)
    box = group.findChild(QCheckBox)
    assert box.text() == "<b>Fett</b> && mehr" and "&lt;b&gt;Fett&lt;/b&gt;" in box.toolTip()
    item = pick.findChild(QListWidget).item(0)
    assert item.text() == labels[0] and "&lt;b&gt;" in item.toolTip()


def test_the_dialogs_themselves_are_sized_for_their_titles(qtbot) -> None:  # type: ignore[no-untyped-def]
    long = ["Es wäre schön, wenn es ein offenes Begegnungscafé im Bürgerhaus gäbe"] * 3
    for dialog in (GroupDecisionDialog(long), PickOptionsDialog(long * 5, [True] * 15)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 100
        assert dialog.height() >= 200
        assert dialog.findChild(QDialogButtonBox) is not None
    assert isinstance(dialog.findChild(QLineEdit), type(None))  # the pick dialog has no note field


# ---- plurals and punctuation -----------------------------------------------------------------


def test_one_dot_one_option_one_pair_in_english(demo_window, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    _new_round(page, qtbot, ["Busse", "Radwege"])
    page.rules.participants_spin.setValue(1)
    page.rules.dots_spin.setValue(1)
    page.rules.cutoff_spin.setValue(1)
    assert page.rules.rules_label.text() == "Each person has one dot. The top option goes forward."
    assert "(1 pair of options ÷ 1 person, rounded up)" in page.rules.suggestion_label.text()
    _type_tallies(page, [1])
    assert page.options.sum_label.text() == "1 dot of at most 1 (1 person × 1 dot)."
    page.rules.dots_spin.setValue(3)
    page.rules.cutoff_spin.setValue(2)
    assert (
        page.rules.rules_label.text()
        == "Each person has 3 dots and may put several on one option. The top 2 go forward."
    )


@pytest.mark.parametrize(
    ("language", "before", "after"),
    [
        (
            "en",
            "Suggested for now: 3 dots per person. Once the options are in:",
            "Suggested: 4 dots per person – about half of the 8 options",
        ),
        (
            "de",
            "Vorschlag vorerst: 3 Punkte pro Person. Sobald die Optionen eingetragen sind:",
            "Vorschlag: 4 Punkte pro Person – etwa die Hälfte der 8 Optionen",
        ),
    ],
)
def test_the_suggestion_before_the_options_says_what_it_will_follow(
    demo_window, qtbot, language, before, after, request
) -> None:  # type: ignore[no-untyped-def]
    request.getfixturevalue("english" if language == "en" else "german")
    page = _page(demo_window)
    _new_round(page, qtbot, [])
    assert page.rules.suggestion_label.text().startswith(before)
    for label in ("Busse", "Radwege", "Bänke", "Café", "Markt", "Fest", "Spielplatz", "Kino"):
        page.options.option_edit.setFocus()
        type_text(page.options.option_edit, label)
        QTest.keyClick(page.options.option_edit, Qt.Key.Key_Return)
    assert page.rules.suggestion_label.text().startswith(after)


def test_one_dot_one_option_in_german(demo_window, qtbot, german) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    _new_round(page, qtbot, ["Busse", "Radwege"])
    page.rules.participants_spin.setValue(1)
    page.rules.dots_spin.setValue(1)
    page.rules.cutoff_spin.setValue(1)
    assert page.rules.rules_label.text() == "Jede Person hat einen Punkt. Die erste Option kommt weiter."
    assert "(1 Paar von Optionen ÷ 1 Person, aufgerundet)" in page.rules.suggestion_label.text()
    _type_tallies(page, [1])
    assert page.options.sum_label.text() == "1 Punkt von höchstens 1 (1 Person × 1 Punkt)."
    page.rules.dots_spin.setValue(4)
    page.rules.stacking_box.setCurrentIndex(page.rules.stacking_box.findData("cap"))
    page.rules.cutoff_spin.setValue(2)
    assert (
        page.rules.rules_label.text() == "Jede Person hat 4 Punkte, höchstens 2 pro Thema. Die ersten 2 kommen weiter."
    )


def test_the_projector_counts_what_it_leaves_out(demo_window, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    _new_round(page, qtbot, [f"Option {i}" for i in range(21)])  # the open round shows 20
    projector = demo_window.projector_control.ensure()
    projector.resize(1280, 720)
    projector.show()
    projector.set_mode("votes")
    projector.refresh()
    assert projector.mode("votes").status_label.property("full_text").endswith("(1 more option below these)")


def test_a_round_closed_before_any_dot_shows_no_result_on_the_wall(demo_window, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    """Closed with every option at 0, the round has no places and no winners: the projector keeps the rules
    and the options, without counts, and says that no dots were entered."""
    page = _page(demo_window)
    _new_round(page, qtbot, ["Sprachcafé", "Fahrdienst", "Begegnungsfest"])
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert page.close_button.text() == "Reopen the round"
    assert page.status_label.text() == "Closed before any dot was entered: reopen the round to enter the dots."
    assert [page.model.data(page.model.index(row, RANK)) for row in range(3)] == [None, None, None]
    assert not any(bar.standing in ("forward", "tied") for bar in page.results.chart.bars)
    assert all(bar.hidden for bar in page.results.chart.bars)
    projector = demo_window.projector_control.ensure()
    projector.resize(1280, 720)
    projector.show()
    projector.set_mode("votes")
    projector.refresh()
    mode = projector.mode("votes")
    assert mode.status_label.property("full_text") == (
        "No dots entered yet – the results follow once the dots are entered."
    )
    assert mode.rules_label.isVisibleTo(mode) and all(bar.hidden for bar in mode.chart.bars)
    # Reopened, given dots and closed again, the round has its result.
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    _type_tallies(page, [5, 2, 9])
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    projector.refresh()
    assert page.status_label.text().startswith("Closed: the results are in the projector view")
    assert [page.model.data(page.model.index(row, RANK)) for row in range(3)] == ["2", "3", "1"]
    assert [bar.label for bar in mode.chart.bars] == ["Begegnungsfest", "Sprachcafé", "Fahrdienst"]
    assert not mode.rules_label.isVisibleTo(mode) and not any(bar.hidden for bar in mode.chart.bars)


def test_the_new_option_field_shows_its_whole_hint_at_the_default_size(demo_window, qtbot, german) -> None:  # type: ignore[no-untyped-def]
    """On the 1366×768 laptop (the window at its default size) the field between the +/− buttons and
    "Aus Ideen/Clustern…" reads "Option eintippen und Enter drücken", also with the list of rounds dragged
    a little wider, and the form needs no sideways scrolling."""
    demo_window.resize(1100, 740)
    demo_window.show()
    qtbot.waitExposed(demo_window)
    page = _page(demo_window)
    _round_named(page, "Welche Wünsche")
    splitter = page.findChild(QSplitter, "votesSplitter")
    rounds, detail = splitter.sizes()
    splitter.setSizes([rounds + 30, detail - 30])
    QApplication.processEvents()
    edit = page.options.option_edit
    assert edit.placeholderText() == "Option eintippen und Enter drücken"
    assert placeholder_whole(edit)
    assert not page.detail.horizontalScrollBar().isVisible()


def test_an_open_round_of_many_options_stands_in_two_columns_on_the_projector_whole_and_large(  # type: ignore[no-untyped-def]
    demo_window, qtbot
) -> None:
    """The demo's wishes (15 sentences): on one column each was shrunk to fit a line; in two columns each is
    whole, on up to two lines, at least 2 % of the projector's height."""
    page = _page(demo_window)
    _round_named(page, "Welche Wünsche")
    projector = demo_window.projector_control.ensure()
    projector.resize(1920, 1080)
    projector.show()
    projector.set_mode("votes")
    projector.refresh()
    chart = projector.mode("votes").chart
    assert len(chart.bars) == 15 and all(bar.hidden for bar in chart.bars)
    chart.grab()  # paint
    labels = [bar.label for bar in chart.bars]
    assert [text for text, _size in chart.drawn_labels] == labels  # none shortened with "…"
    assert min(size for _text, size in chart.drawn_labels) >= 0.02 * 1080
    projector.hide()


def test_sentences_are_joined_without_doubling_a_full_stop() -> None:
    assert join_sentences("The group decided.", "Per Handzeichen.") == "The group decided. Per Handzeichen."
    assert join_sentences("The group decided.", "Per Handzeichen") == "The group decided. Per Handzeichen."
    assert join_sentences("A", "„Wir machen das.“", "") == "A. „Wir machen das.“"
    assert join_sentences("Wirklich?", "Ja!") == "Wirklich? Ja!"


# ---- the Blitzlicht says its words ----------------------------------------------------------------


def test_each_blitzlicht_face_shows_its_word(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    qtbot.mouseClick(page.mood_button, Qt.MouseButton.LeftButton)
    words = [page.model.index(row, LABEL).data() for row in range(4)]
    assert words == ["very good", "good", "so-so", "not good"]
    icons = [page.model.index(row, LABEL).data(Qt.ItemDataRole.DecorationRole) for row in range(4)]
    assert all(not icon.isNull() for icon in icons)  # the face, drawn: no emoji font needed
    assert not page.model.flags(page.model.index(0, LABEL)) & Qt.ItemFlag.ItemIsEditable  # the scale is fixed
    assert [bar.caption for bar in page.results.chart.bars] == words
    projector = demo_window.projector_control.ensure()
    projector.resize(1280, 720)
    projector.show()
    projector.set_mode("votes")
    projector.refresh()
    assert [bar.caption for bar in projector.mode("votes").chart.bars] == words
    assert not projector.mode("votes").grab().isNull()


# ---- no German in the English interface -------------------------------------------------------------


def test_the_demo_runoff_and_a_carrying_forward_speak_english(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    page.rounds.setCurrentRow(0)  # the critique round, settled by its run-off
    tie = page.results.tie_label.text()
    assert tie == (
        "Tie at the cut-off line (“Ehrenamt”, “Kinder & Jugend”): settled by a run-off round, "
        "17 : 11 for “Ehrenamt” over “Kinder & Jugend”."
    )
    projector = demo_window.projector_control.ensure()
    projector.resize(1280, 720)
    projector.show()
    projector.set_mode("votes")
    projector.refresh()
    assert projector.mode("votes").status_label.property("full_text") == tie
    history = [page.history_box.history.item(i).text() for i in range(page.history_box.history.count())]
    assert history[-1].endswith("tie settled") and not any("Stichwahl" in line for line in history)
    _round_named(page, "Welche Wünsche")
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.results.carry_button, Qt.MouseButton.LeftButton)
    last = page.history_box.history.item(page.history_box.history.count() - 1).text()
    assert last.endswith("carried forward – Agreements")
    # The file notes where to, not a word of the language of the moment.
    events = demo_window.session.store.votes.events(page.current_round_id())
    assert events[-1].note == "agreements"
    assert VoteTexts().history_entry(events[-1]) == "carried forward – Agreements"


def test_a_carrying_forward_in_german_reads_german(demo_window, qtbot, german) -> None:  # type: ignore[no-untyped-def]
    page = _page(demo_window)
    _round_named(page, "Welche Wünsche")
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.results.carry_button, Qt.MouseButton.LeftButton)
    assert page.results.carry_label.text() == "Übernommen in „Verabredungen“: 3 neu."
    last = page.history_box.history.item(page.history_box.history.count() - 1).text()
    assert last.endswith("übernommen – Verabredungen")


def test_a_closed_round_of_long_sentences_shows_each_whole_and_large_on_the_projector(  # type: ignore[no-untyped-def]
    demo_window, qtbot
) -> None:
    """The demo's wishes, closed: twelve rows of long sentences. Shrunk to one line each they were 15 px
    in rows of 57 at 1080p (not readable from the back of the hall); on two lines they are 21 px, and whole."""
    page = _page(demo_window)
    _round_named(page, "Welche Wünsche")
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert page.view.closed
    projector = demo_window.projector_control.ensure()
    projector.resize(1920, 1080)
    projector.show()
    projector.set_mode("votes")
    projector.refresh()
    chart = projector.mode("votes").chart
    assert len(chart.bars) == 15 and not any(bar.hidden for bar in chart.bars)
    chart.grab()  # paint
    shown = [bar.label for bar in chart.bars[: chart.row_limit]]
    assert [text for text, _size in chart.drawn_labels] == shown  # none shortened with "…"
    row = chart.height() / len(shown)
    assert min(size for _text, size in chart.drawn_labels) >= 0.35 * row  # two lines of the row, not one
    # The chart's size on a 1080p projector (a row of 56.9 px): the size chosen for two lines is also the one
    # drawn on two, not shortened to one line with "…" by a pixel of rounding.
    chart.setMinimumSize(0, 0)
    chart.resize(1824, 683)
    chart.grab()
    assert [text for text, _size in chart.drawn_labels] == shown
    assert min(size for _text, size in chart.drawn_labels) == 21
    projector.hide()

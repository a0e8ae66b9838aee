"""The Photos section and the minutes export, as an organiser uses them after the workshop."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton

from zwdesktop.cli import main as cli_main
from zwdesktop.core.photos import PHOTO_AT_END, phases_in_agenda_order, process_order
from zwdesktop.gui.exports import minutes_dialog as export_dialog
from zwdesktop.gui.exports.actions import ExportAction
from zwdesktop.gui.photos import page as photos_page

from .conftest import type_text


def write_photo(path: Path, colour: str, orientation: int | None = None) -> Path:
    image = Image.new("RGB", (120, 80), colour)
    out = io.BytesIO()
    if orientation:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, "JPEG", exif=exif.tobytes())
    else:
        image.save(out, "JPEG")
    path.write_bytes(out.getvalue())
    return path


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """What the file dialogs of the photo page and the export answer."""
    state: dict[str, object] = {"paths": [], "informed": [], "pdf": None, "open_folder": False, "shown": []}
    monkeypatch.setattr(photos_page.PhotoAsk, "image_paths", classmethod(lambda cls, parent, folder="": state["paths"]))
    monkeypatch.setattr(
        photos_page.PhotoAsk,
        "inform",
        classmethod(lambda cls, p, t, m: state["informed"].append(m)),  # type: ignore[attr-defined]
    )
    monkeypatch.setattr(export_dialog.ExportAsk, "pdf_path", classmethod(lambda cls, parent, s: state["pdf"]))
    monkeypatch.setattr(export_dialog.ExportAsk, "poster_path", classmethod(lambda cls, parent, s: state["pdf"]))
    monkeypatch.setattr(export_dialog.ExportAsk, "open_folder", classmethod(lambda cls, p, path: state["open_folder"]))
    monkeypatch.setattr(
        export_dialog.ExportAsk,
        "show_folder",
        classmethod(lambda cls, folder: state["shown"].append(folder)),  # type: ignore[attr-defined]
    )
    monkeypatch.setattr(
        export_dialog.ExportAsk,
        "inform",
        classmethod(lambda cls, p, t, m: state["informed"].append(m)),  # type: ignore[attr-defined]
    )
    return state


def open_workshop(make_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "fotos.zwd"
    assert cli_main(["new", str(path)]) == 0
    window = make_window()
    assert window.open_file(path)
    window.show_section("photos")
    return window


def test_add_caption_phase_reorder_remove_and_undo_everything(make_window, tmp_path, qtbot, chosen) -> None:  # type: ignore[no-untyped-def]
    window = open_workshop(make_window, tmp_path)
    page = window.workspace.photos
    store = window.session.store
    chosen["paths"] = [write_photo(tmp_path / "rot.jpg", "red"), write_photo(tmp_path / "blau.jpg", "blue", 6)]
    page.add_action.trigger()
    assert [p.original_name for p in store.photos.all()] == ["rot.jpg", "blau.jpg"]
    assert page.list.count() == 2
    assert page.list.item(0).icon().isNull() is False  # a thumbnail
    # The keyboard is in the caption of the photo just attached (the last one, selected).
    assert page.current_id() == store.photos.all()[1].id and QApplication.focusWidget() is page.caption

    # The caption is typed and committed on leaving the field; umlauts and Arabic go in as typed.
    page.list.setCurrentRow(0)
    page.caption.setFocus()
    type_text(page.caption, "Pinnwand Kritik – Grüße, سلام")
    page.caption.editingFinished.emit()
    assert store.photos.all()[0].caption == "Pinnwand Kritik – Grüße, سلام"

    # Without a running clock new photos go to the end; this one belongs to the critique phase.
    assert store.photos.all()[0].phase == PHOTO_AT_END
    critique = page.phase.findData("critique")
    page.phase.setCurrentIndex(critique)
    page.phase.activated.emit(critique)
    assert store.photos.all()[0].phase == "critique"

    page.list.setCurrentRow(1)
    page.up_action.trigger()
    assert [p.original_name for p in store.photos.all()] == ["blau.jpg", "rot.jpg"]
    assert page.current_id() == store.photos.all()[0].id  # the moved photo stays selected

    page.list.setCurrentRow(1)
    page.remove_action.trigger()
    assert [p.original_name for p in store.photos.all()] == ["blau.jpg"]

    stack = window.session.undo_stack
    stack.undo()  # remove
    assert [p.original_name for p in store.photos.all()] == ["blau.jpg", "rot.jpg"]
    assert store.photos.data(store.photos.all()[1].id) == (tmp_path / "rot.jpg").read_bytes()
    stack.undo()  # move
    stack.undo()  # phase
    stack.undo()  # caption
    assert next((p.original_name, p.caption, p.phase) for p in store.photos.all()) == ("rot.jpg", "", PHOTO_AT_END)
    stack.undo()
    stack.undo()  # both attachments
    assert store.photos.all() == [] and page.list.count() == 0
    stack.redo()
    assert [p.original_name for p in store.photos.all()] == ["rot.jpg"]


def test_a_file_that_is_no_photo_is_refused_with_a_message(make_window, tmp_path, chosen) -> None:  # type: ignore[no-untyped-def]
    window = open_workshop(make_window, tmp_path)
    page = window.workspace.photos
    fake = tmp_path / "notiz.jpg"
    fake.write_text("keine Fotodaten", encoding="utf-8")
    chosen["paths"] = [fake, write_photo(tmp_path / "gut.jpg", "green")]
    page.add_action.trigger()
    assert [p.original_name for p in window.session.store.photos.all()] == ["gut.jpg"]
    assert len(chosen["informed"]) == 1
    assert "notiz.jpg" in chosen["informed"][0] and "JPEG" in chosen["informed"][0]


def test_export_minutes_from_the_file_menu(make_window, tmp_path, qtbot, chosen) -> None:  # type: ignore[no-untyped-def]
    window = open_workshop(make_window, tmp_path)
    chosen["paths"] = [write_photo(tmp_path / "rot.jpg", "red")]
    window.workspace.photos.add_action.trigger()
    target = tmp_path / "Protokoll.pdf"
    chosen["pdf"] = target
    chosen["open_folder"] = True
    action = window.action(ExportAction.MINUTES)
    assert action.isEnabled()
    action.trigger()
    dialog = window.exports.minutes_dialog
    assert dialog.isVisible()
    dialog.section_boxes["workshop_data"].setChecked(False)
    dialog.names.setChecked(False)
    dialog.photo_size.setCurrentIndex(dialog.photo_size.findData("small"))
    options = dialog.options()
    assert "workshop_data" not in (options.sections or ()) and not options.include_names
    assert options.photo_size == "small"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.wait_for_build()
    qtbot.waitUntil(lambda: target.exists(), timeout=10000)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert target.read_bytes().startswith(b"%PDF")
    assert chosen["shown"] == [tmp_path]
    assert "Protokoll.pdf" in window.statusBar().currentMessage()


def test_press_text_and_poster_from_the_file_menu(make_window, tmp_path, qtbot, chosen) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    window = open_workshop(make_window, tmp_path)
    window.session.store.update_workshop(contact_name="Eva Militz", contact_email="e.militz@rv.de")
    window.action(ExportAction.PRESS_TEXT).trigger()
    dialog = window.exports.press_dialog
    assert "Eva Militz" in dialog.editor.toPlainText()
    dialog.editor.appendPlainText("Zitat: „Es war ein guter Anfang.“")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().endswith("Zitat: „Es war ein guter Anfang.“")
    dialog.close()

    chosen["pdf"] = tmp_path / "Aushang.pdf"
    window.action(ExportAction.POSTER).trigger()
    poster = window.exports.poster_dialog
    assert poster.isVisible() and poster.paper_size() == "A4"
    qtbot.mouseClick(poster.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "Aushang.pdf").read_bytes().startswith(b"%PDF")
    assert not poster.isVisible() and "Aushang.pdf" in window.statusBar().currentMessage()


def test_the_poster_offers_a4_and_a3_and_says_what_it_saves(make_window, tmp_path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    window = open_workshop(make_window, tmp_path)
    window.session.store.update_workshop(contact_name="Eva Militz", contact_email="e.militz@rv.de")
    asked: list[tuple[str, str]] = []

    def save_path(parent, title, suggestion, file_filter, suffix):  # type: ignore[no-untyped-def]
        asked.append((title, suggestion))
        return tmp_path / "Aushang A3.pdf"

    monkeypatch.setattr(export_dialog, "ask_save_path", save_path)
    window.action(ExportAction.POSTER).trigger()
    poster = window.exports.poster_dialog
    assert [poster.size_box.itemData(i) for i in range(poster.size_box.count())] == ["A4", "A3"]
    assert poster.minimumWidth() >= 400
    poster.size_box.setCurrentIndex(1)
    qtbot.mouseClick(poster.export_button, Qt.MouseButton.LeftButton)
    title, suggestion = asked[0]
    assert title == "Export the sign-up poster" and suggestion.endswith("A3.pdf")
    info = subprocess.run(["pdfinfo", str(tmp_path / "Aushang A3.pdf")], capture_output=True, text=True).stdout
    assert "Pages:           1" in info and "(A3)" in info


def test_no_phase_is_not_the_closing_phase_and_tab_follows_the_page(make_window, tmp_path, qtbot, chosen) -> None:  # type: ignore[no-untyped-def]
    window = open_workshop(make_window, tmp_path)
    page = window.workspace.photos
    texts = [page.phase.itemText(i) for i in range(page.phase.count()) if page.phase.itemData(i) is not None]
    assert "Closing" in texts and "No phase (after all phases)" in texts
    assert "At the end" not in texts
    chosen["paths"] = [write_photo(tmp_path / "a.jpg", "red"), write_photo(tmp_path / "b.jpg", "blue")]
    page.add_action.trigger()
    page.list.setCurrentRow(0)
    # Reading order: the buttons above, then the list, then caption and phase beside it.
    buttons = [b for b in page.findChildren(QToolButton) if b.isVisible() and b.isEnabled()]
    buttons.sort(key=lambda b: b.x())
    buttons[0].setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(len(buttons) + 2):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [*buttons, page.list, page.caption, page.phase]


def test_the_minutes_dialog_is_wide_enough_and_its_buttons_stay_put(make_window, tmp_path, qtbot, chosen) -> None:  # type: ignore[no-untyped-def]
    window = open_workshop(make_window, tmp_path)
    target = tmp_path / "Protokoll.pdf"
    chosen["pdf"] = target
    window.action(ExportAction.MINUTES).trigger()
    dialog = window.exports.minutes_dialog
    qtbot.waitExposed(dialog)
    title_width = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    assert dialog.width() >= 480 and title_width + 150 < dialog.width()
    before = dialog.export_button.mapTo(dialog, dialog.export_button.rect().topLeft())
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible()
    assert dialog.export_button.mapTo(dialog, dialog.export_button.rect().topLeft()) == before
    assert dialog.wait_for_build()
    qtbot.waitUntil(lambda: target.exists(), timeout=10000)


def test_a_poster_without_any_code_is_not_made_and_says_what_it_needs(make_window, tmp_path, qtbot, chosen) -> None:  # type: ignore[no-untyped-def]
    window = open_workshop(make_window, tmp_path)  # a new workshop: no group, no contact e-mail
    chosen["pdf"] = tmp_path / "Aushang.pdf"
    window.action(ExportAction.POSTER).trigger()
    qtbot.mouseClick(window.exports.poster_dialog.export_button, Qt.MouseButton.LeftButton)
    assert not (tmp_path / "Aushang.pdf").exists()
    assert len(chosen["informed"]) == 1 and "no QR code" in chosen["informed"][0]
    assert window.exports.poster_dialog.isVisible()  # the organiser can add a contact e-mail and try again


def test_a_long_caption_shows_its_beginning_when_its_photo_is_chosen(make_window, tmp_path, qtbot, chosen) -> None:  # type: ignore[no-untyped-def]
    window = open_workshop(make_window, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    page = window.workspace.photos
    chosen["paths"] = [write_photo(tmp_path / "a.jpg", "red"), write_photo(tmp_path / "b.jpg", "blue")]
    page.add_action.trigger()
    long = "Pinnwand der Kritikphase nach dem Clustern: drei Themen (Begegnung, Mobilität, Information) " * 2
    store = window.session.store
    first = store.photos.all()[0]
    store.photos.update(first.id, caption=long.strip())
    page.list.setFocus()  # the photo is chosen in the list, as a click or the arrow keys do
    page.list.setCurrentRow(1)
    page.list.setCurrentRow(0)
    assert page.caption.text() == long.strip()
    assert page.caption.cursorPosition() == 0  # "Pinnwand der …" shows, not "… Information)"


def _one_photo_attached(make_window, tmp_path, qtbot, chosen):  # type: ignore[no-untyped-def]
    """A shown, active window on a new workshop with one photo attached through the Photos section."""
    window = open_workshop(make_window, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    page = window.workspace.photos
    chosen["paths"] = [write_photo(tmp_path / "a.jpg", "red")]
    page.add_action.trigger()
    return window, page


def test_a_caption_being_typed_is_stored_when_the_window_closes(make_window, tmp_path, qtbot, chosen) -> None:  # type: ignore[no-untyped-def]
    window, page = _one_photo_attached(make_window, tmp_path, qtbot, chosen)
    assert QApplication.focusWidget() is page.caption
    type_text(page.caption, "Pinnwand der Kritik")  # not yet left (it is saved as it is typed)
    path = window.session.store.path
    # Quit with the caption not yet left. On the X11 desktop the file closed before the caption left its
    # field ("Cannot operate on a closed database", the caption lost); closing now leaves it first.
    window.close()
    from zwdesktop.store import WorkshopStore

    with WorkshopStore.open(path, read_only=True) as store:
        assert [p.caption for p in store.photos.all()] == ["Pinnwand der Kritik"]


def test_a_caption_is_saved_as_it_is_typed_and_undone_in_one_step(make_window, tmp_path, qtbot, chosen) -> None:  # type: ignore[no-untyped-def]
    """A crash while the caption is typed loses at most the last moment of typing; the list shows it too."""
    window, page = _one_photo_attached(make_window, tmp_path, qtbot, chosen)
    store, stack = window.session.store, window.session.undo_stack
    steps = stack.count()
    assert QApplication.focusWidget() is page.caption
    type_text(page.caption, "Pinnwand ")
    assert store.photos.all()[0].caption == ""  # not with every key (the row holds the photo's bytes) …
    qtbot.waitUntil(lambda: store.photos.all()[0].caption == "Pinnwand", timeout=2000)  # … a moment after
    assert store.photos.all()[0].caption == "Pinnwand"  # stored without the space still being typed
    assert page.caption.text() == "Pinnwand " and page.caption.cursorPosition() == len("Pinnwand ")
    type_text(page.caption, "der Kritik – Grüße")
    qtbot.waitUntil(lambda: store.photos.all()[0].caption == "Pinnwand der Kritik – Grüße", timeout=2000)
    assert store.photos.all()[0].caption == "Pinnwand der Kritik – Grüße"
    assert page.list.item(0).text().endswith("Pinnwand der Kritik – Grüße")
    assert QApplication.focusWidget() is page.caption
    assert stack.count() == steps + 1  # the whole caption is one undo step
    page.caption.clearFocus()
    stack.undo()
    assert store.photos.all()[0].caption == "" and page.caption.text() == ""


def test_photos_taken_in_the_running_phase_join_its_photos_where_the_minutes_print_them(
    make_window, tmp_path, chosen
) -> None:  # type: ignore[no-untyped-def]
    """The demo's clock runs the fantasy phase; the critique's photo is still selected from before."""
    window = make_window()
    assert window.files.open_demo()
    window.show_section("photos")
    page = window.workspace.photos
    store = window.session.store
    assert page.default_phase() == "fantasy"
    page.list.setCurrentRow(0)
    assert store.photos.all()[0].phase == "critique"
    chosen["paths"] = [write_photo(tmp_path / "pinnwand.jpg", "green"), write_photo(tmp_path / "gruppe.jpg", "blue")]
    page.add_action.trigger()
    listed = [(p.original_name, p.phase) for p in store.photos.all()]
    # After the fantasy phase's photo (attached earlier), before the one of no phase, in the order chosen.
    assert [name for name, _ in listed[-3:-1]] == ["pinnwand.jpg", "gruppe.jpg"]
    assert listed[-4][1] == "fantasy" and listed[-1][1] == PHOTO_AT_END
    printed = process_order(store.photos.all(), phases_in_agenda_order(store.agenda.all()))
    assert [p.id for _, group in printed for p in group] == [p.id for p in store.photos.all()]
    assert [page.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(page.list.count())] == [
        p.id for p in store.photos.all()
    ]

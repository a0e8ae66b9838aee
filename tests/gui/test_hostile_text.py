"""Hostile text stays text: markup typed by a user is shown as typed in every label, tooltip and message.

The demo workshop gets ``<b>fett</b>`` (and an ``<img>``) in every text a user
types that the window shows; then every section and every projector mode is
shown, and every label, tooltip and item text the user can see is checked:
wherever the marker appears, Qt must not read it as rich text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import msgspec.structs
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel

from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, list_templates
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.paths import resource_dir
from zwdesktop.store.merge import create_from_document

MARK = "<b>fett</b><img src=x>"


def _hostile_demo(path: Path) -> None:
    templates, _ = list_templates(resource_dir() / "templates", None)
    template = next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)
    data = demo_workshop(template, dt.datetime.now(dt.UTC))

    def mark(obj: Any, *names: str) -> None:
        for name in names:
            setattr(obj, name, getattr(obj, name)[:200] + MARK)

    mark(data.workshop, "title", "guiding_question", "contact_name", "venue_name", "municipality")
    for item in data.agenda:
        mark(item, "title")
    for cluster in data.clusters:
        cluster.name = cluster.name[:80] + MARK
    for idea in data.ideas:
        mark(idea, "text")
    for agreement in data.agreements.agreements:
        mark(agreement, "title", "contact_name")
    for meeting in data.agreements.meetings:
        mark(meeting, "place", "purpose")
    for round_ in data.votes.rounds:
        mark(round_, "title")
    for option in data.votes.options:
        mark(option, "label")
    data.photos = [msgspec.structs.replace(p, caption=p.caption[:100] + MARK) for p in data.photos]
    create_from_document(path, data).close()


def _shown_as_markup(text: str) -> bool:
    """Whether Qt would render ``text`` so that the marker does not appear literally."""
    if MARK not in text:
        return False
    document = QTextDocument()
    document.setHtml(text)
    return MARK not in document.toPlainText()


def _label_problems() -> list[str]:
    problems = []
    for widget in QApplication.allWidgets():
        plain = isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.PlainText
        if isinstance(widget, QLabel) and MARK in widget.text() and not plain:
            problems.append(f"label {widget.objectName() or type(widget.parent()).__name__}: {widget.text()[:60]}")
        if _shown_as_markup(widget.toolTip()):
            problems.append(f"tooltip of {type(widget).__name__}: {widget.toolTip()[:60]}")
    return problems


def _model_problems(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    problems = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list widget's own model keeps columnCount private: one column
        columns = 1
    for row in range(min(model.rowCount(parent), 200)):
        for column in range(columns):
            index = model.index(row, column, parent)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and _shown_as_markup(tip):
                problems.append(f"tooltip in {type(model).__name__}: {tip[:60]}")
    return problems


def _view_problems() -> list[str]:
    problems = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            problems.extend(_model_problems(widget.model()))
    return problems


def test_markup_in_user_text_is_shown_as_typed_everywhere(make_window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "hostile.zwd"
    _hostile_demo(path)
    window = make_window()
    assert window.open_file(path)
    workspace = window.workspace
    for key in ("details", "agenda", "clock", "photos", "ideas", "votes", "agreements", "steering", "mailing"):
        window.show_section(key)
    # The capture field's cluster by number shows the cluster's name beside it.
    ideas = workspace.section("ideas")
    ideas.capture.cluster_edit.setText("1")
    assert MARK in ideas.capture.cluster_label.text()
    # A closed round shows what goes forward.
    votes = workspace.section("votes")
    for row in range(votes.rounds.count()):
        votes.rounds.setCurrentRow(row)
        assert not _label_problems(), _label_problems()
    window.controller.tick()
    assert MARK in workspace.run.item_label.text()
    window.projector_control.toggle()
    projector = window.projector_control.projector
    for key in projector.mode_keys():
        projector.set_mode(key)
        projector.current_mode().grab()  # paint it: a paint event must not raise
    assert not _label_problems(), _label_problems()
    assert not _view_problems(), _view_problems()


def test_message_boxes_show_file_names_and_card_texts_as_typed(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from zwdesktop.gui.dialogs import Ask
    from zwdesktop.gui.exports.minutes_dialog import ExportAsk
    from zwdesktop.gui.ideas.dialogs import IdeaAsk

    shown: list[tuple[str, Qt.TextFormat]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.text(), box.textFormat()))
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    Ask.inform(None, "Datei", f"{MARK}.zwd ist beschädigt.")
    assert Ask.confirm(None, "Löschen", f"„{MARK}“ löschen?")
    assert Ask.open_read_only(None, f"{MARK}.zwd ist geöffnet.")
    IdeaAsk.report(None, "Zusammenführen", f"Übernommen: „{MARK}“")
    ExportAsk.inform(None, "Export", MARK)
    assert ExportAsk.open_folder(None, Path(f"/tmp/{MARK}.pdf"))
    assert len(shown) == 6
    assert all(MARK in text and fmt == Qt.TextFormat.PlainText for text, fmt in shown), shown


def test_control_characters_typed_into_captions_and_vote_texts_are_removed(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]

    path = tmp_path / "demo.zwd"
    _hostile_demo(path)
    window = make_window()
    assert window.open_file(path)
    store = window.session.store
    photos = window.workspace.section("photos")
    window.show_section("photos")
    photos.caption.setText("Pinnwand\x1b[31m der Kritik\x00")
    photos.caption.editingFinished.emit()
    assert store.photos.get(photos.current_id()).caption == "Pinnwand[31m der Kritik"
    votes = window.workspace.section("votes")
    window.show_section("votes")
    round_id = next(r.id for r in store.votes.rounds() if r.status == "open" and r.kind == "dots")
    votes.select_round(round_id)  # an open round: a closed one changes once reopened
    votes.rules.title_edit.setText("Was ist\x07 am dringendsten?")
    votes.rules.title_edit.editingFinished.emit()
    assert store.votes.round(round_id).title == "Was ist am dringendsten?"
    before = len(store.votes.options(round_id))
    votes.options.option_edit.setText("Bus\x1b fährt selten")
    votes.add_typed_option()
    labels = [o.label for o in store.votes.options(round_id)]
    assert len(labels) == before + 1 and "Bus fährt selten" in labels


def test_the_sign_up_picture_paints_with_a_purpose_of_2000_characters(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import shutil
    import subprocess

    from zwdesktop.core.qr_payloads import MAX_PAYLOAD_BYTES, payload_size

    templates, _ = list_templates(resource_dir() / "templates", None)
    template = next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)
    data = demo_workshop(template, dt.datetime.now(dt.UTC))
    purpose = ("Wir planen gemeinsam das Sprachcafé im Bürgerhaus, jeden zweiten Donnerstag. " * 30)[:2000]
    data.agreements.meetings = [msgspec.structs.replace(m, purpose=purpose) for m in data.agreements.meetings]
    path = tmp_path / "lang.zwd"
    create_from_document(path, data).close()
    window = make_window()
    assert window.open_file(path)
    projector = window.projector_control.ensure()
    projector.resize(1920, 1080)
    projector.show()
    projector.set_mode("signup")
    projector.refresh()
    QApplication.processEvents()
    picture = tmp_path / "anmeldung.png"
    assert projector.grab().save(str(picture))  # paints: before, segno raised on every repaint
    payloads = projector.mode("signup").visible_payloads()
    assert payloads and all(payload_size(p) <= MAX_PAYLOAD_BYTES for p in payloads)
    if shutil.which("zbarimg"):
        result = subprocess.run(
            ["zbarimg", "--raw", "--nodbus", "-q", "-Sdisable", "-Sqrcode.enable", str(picture)],
            capture_output=True,
            check=False,
        )
        assert "(gekürzt)" in result.stdout.decode("utf-8").replace("\r\n ", "")
    projector.hide()

"""Minutes a screen reader can read: the tagged PDF walked with pikepdf, and PDF/UA-1's machine-checkable rules.

veraPDF is not available offline; :mod:`.pdf_ua` checks its PDF/UA-1 rules
that concern our documents.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path
from zoneinfo import ZoneInfo

import pikepdf
import pytest

from zwdesktop.core.workshop import AgendaItem
from zwdesktop.export.minutes.labels import Labels
from zwdesktop.export.minutes.sections import SECTIONS
from zwdesktop.export.minutes.story import build_minutes
from zwdesktop.export.poster import build_poster

from . import pdf_tools, pdf_ua
from .test_minutes_pdf import ARABIC, FARSI, NOW, hostile_workshop
from .workshops import ARABIC_AGREEMENT, ARABIC_IDEA, FARSI_AGREEMENT, FARSI_IDEA, demo_data, multilingual_workshop


def _write(folder: Path, name: str, pdf: bytes) -> Path:
    path = folder / name
    path.write_bytes(pdf)
    return path


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pdf_ua.Document]:
    folder = tmp_path_factory.mktemp("demo")
    _file, data = demo_data(folder)
    path = _write(folder, "demo.pdf", build_minutes(data, now=NOW).pdf)
    return path, pdf_ua.Document(path)


@pytest.fixture(scope="module")
def multilingual(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pdf_ua.Document]:
    path = _write(tmp_path_factory.mktemp("many"), "many.pdf", build_minutes(multilingual_workshop(), now=NOW).pdf)
    return path, pdf_ua.Document(path)


def _roles(doc: pdf_ua.Document, role: str) -> list[pdf_ua.Node]:
    return [node for node in doc.elements() if node.role == role]


def test_the_demo_minutes_pass_the_machine_checkable_rules_of_pdf_ua(demo: tuple[Path, pdf_ua.Document]) -> None:
    path, doc = demo
    assert pdf_ua.check(path) == []
    assert str(doc.pdf.Root.Lang) == "de-DE"
    meta = doc.pdf.open_metadata()
    assert meta["dc:title"] == "Protokoll: Lokale Zukunftswerkstatt Aulendorf"
    assert pdf_tools.info(path)["Tagged"] == "yes"
    assert all(row[-5] == "yes" for row in pdf_tools.fonts(path))  # every font embedded (Helvetica is gone)


def test_headings_tell_the_title_and_every_section_in_reading_order(demo: tuple[Path, pdf_ua.Document]) -> None:
    _path, doc = demo
    texts = doc.marked_texts()
    (title,) = _roles(doc, "H1")
    assert title.text(_glyph_texts(doc) | texts) == "Lokale Zukunftswerkstatt Aulendorf"
    sections_read = [node.text(_glyph_texts(doc)) for node in _roles(doc, "H2")]
    labels = Labels("de")
    expected = [section.title(labels) for section in SECTIONS]
    # The sections the demo has, in the document's order (the contents heading first).
    assert sections_read[0] == "Inhalt"
    shown = [text for text in sections_read[1:]]
    assert shown == [title for title in expected if title in shown]
    assert {"Ablauf", "Ideen und Themen", "Impressionen", "Verabredungen und Projektgruppen"} <= set(shown)
    assert len(shown) >= 8
    assert _roles(doc, "H3"), "the phases and groups are headings below their sections"


def test_tables_have_rows_headers_with_scope_and_cells(demo: tuple[Path, pdf_ua.Document]) -> None:
    _path, doc = demo
    tables = _roles(doc, "Table")
    assert len(tables) >= 5
    glyphs = _glyph_texts(doc)
    agenda = next(t for t in tables if t.kids[0].kids[0].text(glyphs) == "Nr.")
    header = agenda.kids[0]
    assert [cell.role for cell in header.kids] == ["TH"] * 5
    assert all(str(cell.obj.A.Scope) == "/Column" for cell in header.kids)
    assert all(cell.role == "TD" for row in agenda.kids[1:] for cell in row.kids)
    assert agenda.kids[1].kids[1].text(glyphs).startswith("Ankommen, Begrüßung")
    facts = tables[0]  # the header's key facts: the label of each row is its header
    assert all(row.kids[0].role == "TH" and str(row.kids[0].obj.A.Scope) == "/Row" for row in facts.kids)


def test_every_photo_and_qr_code_is_a_figure_that_says_what_it_is(demo: tuple[Path, pdf_ua.Document]) -> None:
    _path, doc = demo
    alts = [str(node.obj.Alt) for node in _roles(doc, "Figure")]
    photos = [alt for alt in alts if alt.startswith("Foto")]
    codes = [alt for alt in alts if alt.startswith("QR-Code")]
    assert len(photos) == 3 and len(codes) == 7
    assert any("Kritikphase" in alt and "Pinnwand" in alt for alt in photos)
    assert any(alt.startswith("QR-Code: Anmeldung per E-Mail an sprachcafe@example.org") for alt in codes)
    # The demo's dates follow the day it is made on, so the expected date comes from its own record.
    _file, data = demo_data(_path.parent)
    first_cafe = next(meeting for meeting in data.agreements.meetings if meeting.purpose == "Erstes Sprachcafé")
    day = first_cafe.starts_at.astimezone(ZoneInfo(data.workshop.timezone)).strftime("%d.%m.%Y")
    assert any(
        alt.startswith(f"QR-Code: Termin in den Kalender: Sprachcafé: Erstes Sprachcafé, {day}") for alt in codes
    )
    assert any(alt.startswith("QR-Code: Kontakt ins Adressbuch: Eva Militz") for alt in codes)


def test_addresses_and_the_contents_are_links(demo: tuple[Path, pdf_ua.Document]) -> None:
    _path, doc = demo
    targets: dict[str, str] = {}
    for node in _roles(doc, "Link"):
        for annotation in node.annotations:
            action = annotation.get("/A")
            targets[str(node.obj.get("/Alt", ""))] = (
                str(action.URI) if action is not None else "#" + str(annotation.Dest)
            )
    assert targets["e.militz@rv.de"] == "mailto:e.militz@rv.de"
    assert targets["sprachcafe@example.org"] == "mailto:sprachcafe@example.org"
    web = "https://anmeldung.example.org/aulendorf/interkulturelles-fest"
    assert targets[web] == web
    toc = _roles(doc, "TOC")
    assert len(toc) == 1
    entries = [kid for kid in toc[0].kids if kid.role == "TOCI"]
    assert len(entries) >= 8 and all(entry.kids[0].role == "Link" and entry.kids[0].annotations for entry in entries)
    assert any(str(entry.kids[0].obj.Alt).startswith("Ablauf") for entry in entries)


def test_page_furniture_and_decoration_are_artifacts(demo: tuple[Path, pdf_ua.Document]) -> None:
    _path, doc = demo
    for number, page in enumerate(doc.pages, start=1):
        artifacts = [
            operands[1]
            for operands, operator in pikepdf.parse_content_stream(page)
            if str(operator) == "BDC" and str(operands[0]) == "/Artifact"
        ]
        subtypes = {str(a.get("/Subtype", "")) for a in artifacts}
        assert "/Footer" in subtypes, number
        assert number == 1 or "/Header" in subtypes, number
    # Nothing of the footer is read as text: "Seite 1 von …" belongs to no structure element.
    assert not any("Seite" in node.text(_glyph_texts(doc)) for node in doc.elements() if node.role == "P")


def test_lists_of_ideas(demo: tuple[Path, pdf_ua.Document]) -> None:
    _path, doc = demo
    items = _roles(doc, "LI")
    assert len(items) >= 20
    assert all([kid.role for kid in item.kids] == ["LBody"] for item in items)
    assert all(node.role == "L" for node in _roles(doc, "L"))


def test_right_to_left_text_copies_as_typed_with_its_language(multilingual: tuple[Path, pdf_ua.Document]) -> None:
    path, doc = multilingual
    assert pdf_ua.check(path) == []
    copied = " ".join(text for _page, _mcid, text in doc.actual_texts())
    for typed in (ARABIC, FARSI, ARABIC_IDEA, FARSI_IDEA, ARABIC_AGREEMENT, FARSI_AGREEMENT):
        assert " ".join(typed.split()) in copied, typed
    languages = {}
    for node in doc.elements():
        if "/Lang" in node.obj:
            languages[str(node.obj.Lang)] = node
    assert {"ar", "fa"} <= set(languages)
    paragraph = next(n for n in doc.elements() if str(n.obj.get("/Lang", "")) == "fa" and n.role in ("P", "H3", "TD"))
    assert paragraph is not None
    # Glyph by glyph (what a reader that ignores /ActualText copies): the letters typed, not joined forms.
    page_text = pdf_tools.text(path)
    assert not any(0xFE70 <= ord(ch) <= 0xFEFF or 0xFB50 <= ord(ch) <= 0xFDFF for ch in page_text)
    assert unicodedata.normalize("NFC", "مقهى") in page_text or "ىهقم" in page_text


def test_the_poster_and_english_minutes_are_tagged_too(tmp_path: Path) -> None:
    _file, data = demo_data(tmp_path)
    pdf, _payloads = build_poster(data)
    poster = _write(tmp_path, "poster.pdf", pdf)
    assert pdf_ua.check(poster) == []
    english = _write(tmp_path, "en.pdf", build_minutes(hostile_workshop("en"), now=NOW).pdf)
    assert pdf_ua.check(english) == []
    assert str(pikepdf.open(english).Root.Lang) == "en-GB"
    document = pdf_ua.Document(english)
    alts = [str(node.obj.Alt) for node in document.elements() if node.role == "Figure"]
    assert any(alt.startswith("QR code: contact into your address book") for alt in alts)


def test_a_long_table_split_over_pages_is_one_table_read_once(tmp_path: Path) -> None:
    data = hostile_workshop()
    data.agenda = [AgendaItem(title=f"Punkt {n}", phase="critique", planned_minutes=3, position=n) for n in range(90)]
    data.clock_events = []
    data.workshop.end_time = dt.time(23, 30)
    path = _write(tmp_path, "long.pdf", build_minutes(data, now=NOW).pdf)
    assert pdf_ua.check(path) == []
    doc = pdf_ua.Document(path)
    glyphs = _glyph_texts(doc)
    (agenda,) = [t for t in _roles(doc, "Table") if t.kids[0].kids[0].text(glyphs) == "Nr."]
    assert len(agenda.kids) == 1 + 90 + 1  # header, the items, the total: the repeated header is an artifact
    pages = {mcid[0] for row in agenda.kids for cell in row.kids for mcid in cell.mcids}
    assert len(pages) >= 2
    assert sum(cell.role == "TH" for row in agenda.kids for cell in row.kids) == 5


def _glyph_texts(doc: pdf_ua.Document) -> dict[tuple[int, int], str]:
    """The text of every MCID as a glyph-copying reader sees it (ToUnicode), /ActualText where present."""
    cached = getattr(doc, "_glyph_cache", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    texts: dict[tuple[int, int], str] = {}
    for index, page in enumerate(doc.pages):
        fonts = page.obj.get("/Resources", {}).get("/Font", {})
        maps = {name: _cmap(font) for name, font in fonts.items()}
        current: dict[str, int] = {}
        stack: list[tuple[int, str] | None] = []
        font = ""
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "BDC":
                props = operands[1]
                if isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                    key = (index, int(props.MCID))
                    stack.append(key)  # type: ignore[arg-type]
                    texts.setdefault(key, str(props.ActualText) if "/ActualText" in props else "")
                    current[str(key)] = "/ActualText" in props
                else:
                    stack.append(None)
            elif op == "BMC":
                stack.append(None)
            elif op == "EMC" and stack:
                stack.pop()
            elif op == "Tf":
                font = str(operands[0])
            elif op == "Tj" and stack and stack[-1] is not None:
                key = stack[-1]
                if not current.get(str(key)):
                    raw = bytes(operands[0])
                    texts[key] = texts.get(key, "") + "".join(maps.get(font, {}).get(b, "") for b in raw)  # type: ignore[index]
    doc._glyph_cache = texts  # type: ignore[attr-defined]
    return texts


def _cmap(font: pikepdf.Dictionary) -> dict[int, str]:
    """A simple font's ToUnicode map: code → text (reportlab's subsets use one-byte codes)."""
    import re

    mapping: dict[int, str] = {}
    if "/ToUnicode" not in font:
        return mapping
    data = font.ToUnicode.read_bytes().decode("latin-1")
    for section in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, text in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]+)>", section):
            mapping[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be")
    return mapping

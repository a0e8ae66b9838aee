"""Editable minutes: the Word document an office opens, edits and publishes, read back with python-docx."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from zwdesktop.cli import main as cli_main
from zwdesktop.export.minutes.options import MinutesOptions
from zwdesktop.export.minutes.story import build_minutes
from zwdesktop.export.minutes.word import build_minutes_docx

from . import pdf_ua
from .test_minutes_pdf import NOW
from .workshops import ARABIC_IDEA, FARSI_IDEA, demo_data, multilingual_workshop


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, docx.document.Document]:
    folder = tmp_path_factory.mktemp("docx")
    workshop, _data = demo_data(folder)
    out = folder / "Protokoll.docx"
    assert cli_main(["export", str(workshop), str(out)]) == 0
    return out, docx.Document(str(out))


def _headings(document: docx.document.Document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def test_the_word_document_has_the_pdfs_sections_in_the_same_order(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, document = demo
    _file, data = demo_data(tmp_path)
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(build_minutes(data, now=NOW).pdf)
    read = pdf_ua.Document(pdf)
    from .test_tagged_pdf import _glyph_texts

    glyphs = _glyph_texts(read)
    pdf_sections = [n.text(glyphs) for n in read.elements() if n.role == "H2"][1:]  # without "Inhalt"
    pdf_parts = [n.text(glyphs) for n in read.elements() if n.role == "H3"]
    assert _headings(document, 1) == ["Lokale Zukunftswerkstatt Aulendorf"]
    assert _headings(document, 2) == pdf_sections
    assert _headings(document, 3) == pdf_parts
    assert len(pdf_sections) >= 8


def test_real_tables_with_a_header_row_that_repeats(demo) -> None:  # type: ignore[no-untyped-def]
    _path, document = demo
    assert len(document.tables) >= 8
    agenda = next(t for t in document.tables if t.rows[0].cells[0].text == "Nr.")
    assert [c.text for c in agenda.rows[0].cells] == ["Nr.", "Programmpunkt", "geplant", "tatsächlich", "Abw."]
    assert agenda.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert agenda.rows[1].cells[1].text.startswith("Ankommen, Begrüßung")
    facts = document.tables[0]
    assert facts.rows[0].cells[0].text == "Kommune" and facts.rows[0].cells[1].text == "Aulendorf"


def test_an_agenda_item_named_after_its_phase_says_its_name_once(demo) -> None:  # type: ignore[no-untyped-def]
    _path, document = demo
    agenda = next(t for t in document.tables if t.rows[0].cells[0].text == "Nr.")
    items = {row.cells[1].text.split("\n")[0]: row.cells[1].text for row in agenda.rows[1:-1]}
    assert items["Kritikphase"] == "Kritikphase"
    assert items["Verwirklichungsphase"] == "Verwirklichungsphase"
    # An item with a name of its own still says which phase it belongs to.
    assert items["Punktabfrage"] == "Punktabfrage\nPhantasiephase"
    assert items["Blitzlicht, Dank und Abschluss"] == "Blitzlicht, Dank und Abschluss\nAbschluss"


def test_photos_and_qr_codes_are_pictures_with_alternative_text(demo) -> None:  # type: ignore[no-untyped-def]
    import zxingcpp
    from PIL import Image

    path, document = demo
    descriptions = [shape._inline.find(qn("wp:docPr")).get("descr") for shape in document.inline_shapes]
    assert sum(d.startswith("Foto (") for d in descriptions) == 3
    codes = [d for d in descriptions if d.startswith("QR-Code")]
    assert len(codes) == 7 and any(d.startswith("QR-Code: Termin in den Kalender:") for d in codes)
    # The pictures of the codes scan, and hold exactly the payloads of the PDF's codes.
    with WorkshopPdf(path) as payloads:
        decoded = []
        for relation in document.part.rels.values():
            if "image" in relation.reltype and relation.target_part.content_type == "image/png":
                image = Image.open(io.BytesIO(relation.target_part.blob))
                # QR codes only: with every format, a pattern in a code now and then reads as a bar code too.
                decoded += [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
        assert sorted(decoded) == sorted(payloads)


class WorkshopPdf:
    """The QR payloads the PDF of the same workshop prints (for comparing with the Word document's)."""

    def __init__(self, docx_path: Path) -> None:
        self.folder = docx_path.parent

    def __enter__(self) -> list[str]:
        _file, data = demo_data(self.folder)
        return list(build_minutes(data, now=NOW).qr_payloads)

    def __exit__(self, *exc: object) -> None:
        return None


def test_addresses_are_hyperlinks_and_the_footer_counts_pages(demo) -> None:  # type: ignore[no-untyped-def]
    _path, document = demo
    targets = {rel.target_ref for rel in document.part.rels.values() if rel.reltype.endswith("/hyperlink")}
    assert "mailto:e.militz@rv.de" in targets
    assert "https://anmeldung.example.org/aulendorf/interkulturelles-fest" in targets
    footer = document.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Mit Unterstützung des Programms")
    instructions = " ".join(t.text for t in footer._p.iter(qn("w:instrText")))
    assert "PAGE" in instructions and "NUMPAGES" in instructions
    assert "Seite" in footer.text and "von" in footer.text


def test_the_documents_language_title_and_contents(demo) -> None:  # type: ignore[no-untyped-def]
    _path, document = demo
    props = document.core_properties
    assert props.title == "Protokoll: Lokale Zukunftswerkstatt Aulendorf"
    assert props.language == "de-DE"
    lang = (
        document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    )
    assert lang.get(qn("w:val")) == "de-DE"
    assert any(p.style.name == "TOC Heading" for p in document.paragraphs)
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert "Neu Zugezogene kennen niemanden in der Straße." in bullets


def test_right_to_left_paragraphs_are_marked_with_their_language() -> None:
    document = docx.Document(io.BytesIO(build_minutes_docx(multilingual_workshop(), now=NOW).docx))
    marked = {}
    for paragraph in document.paragraphs:
        ppr = paragraph._p.pPr
        if ppr is not None and ppr.find(qn("w:bidi")) is not None:
            langs = {lang.get(qn("w:bidi")) for lang in paragraph._p.iter(qn("w:lang"))}
            marked[paragraph.text] = langs
    assert marked[ARABIC_IDEA] == {"ar-SA"}
    assert marked[FARSI_IDEA] == {"fa-IR"}
    assert not any(text.startswith("Mehr Feste") for text in marked)


def test_the_same_options_as_the_pdf(tmp_path: Path) -> None:
    _file, data = demo_data(tmp_path)
    only = docx.Document(
        io.BytesIO(build_minutes_docx(data, MinutesOptions(sections=("agenda", "contact")), now=NOW).docx)
    )
    assert _headings(only, 2) == ["Ablauf", "Kontakt"]
    anonymous = docx.Document(io.BytesIO(build_minutes_docx(data, MinutesOptions(include_names=False), now=NOW).docx))
    everything = "\n".join(p.text for p in anonymous.paragraphs) + "\n".join(
        c.text for t in anonymous.tables for r in t.rows for c in r.cells
    )
    assert "Eva Militz" not in everything and "Kontakt" not in _headings(anonymous, 2)
    small = build_minutes_docx(data, MinutesOptions(photo_size="small"), now=NOW)
    large = build_minutes_docx(data, MinutesOptions(photo_size="large"), now=NOW)
    assert len(small.docx) < len(large.docx)  # the photos are scaled as for the PDF


def test_bad_input_is_refused_and_an_old_file_stays(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workshop, _data = demo_data(tmp_path)
    out = tmp_path / "Protokoll.docx"
    assert cli_main(["export", str(workshop), str(out), "--poster"]) == 1
    assert "nur als PDF" in capsys.readouterr().err and not out.exists()
    assert cli_main(["export", str(tmp_path / "fehlt.zwd"), str(out)]) == 1
    assert not out.exists()
    out.write_bytes(b"the office's edited copy")
    assert cli_main(["export", str(workshop), str(tmp_path / "kein-ordner" / "x.docx")]) == 1
    assert out.read_bytes() == b"the office's edited copy"
    assert cli_main(["export", str(workshop), str(out), "--no-names"]) == 0
    assert out.read_bytes().startswith(b"PK")  # replaced whole, written atomically
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*docx*"))

"""Every text at its limit goes into every output: QR codes shortened with a note, the minutes built, bidi contained.

A 2,000-character meeting purpose made the calendar code overflow (segno's
DataOverflowError): the minutes export failed and the projector's sign-up
mode threw on every repaint. A right-to-left override in the title reversed
the date in every page header of the PDF.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import msgspec.structs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.export.pdf_tools import text
from zwdesktop import cli
from zwdesktop.core.agreements import MAX_SHORT_TEXT, MAX_TEXT
from zwdesktop.core.agreements_payloads import signup_codes
from zwdesktop.core.bidi import FSI, PDI, RLO, balanced, contained, isolated
from zwdesktop.core.exchange import ExchangeData
from zwdesktop.core.qr_matrix import qr_matrix
from zwdesktop.core.qr_payloads import MAX_PAYLOAD_BYTES, Contact, payload_size, vcard
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, list_templates
from zwdesktop.core.validation import clean_text
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.export.pdf.text import visual
from zwdesktop.paths import resource_dir
from zwdesktop.store.merge import create_from_document

PURPOSE = ("Wir treffen uns im Bürgerhaus und planen das Sprachcafé für den Herbst. " * 30)[:MAX_TEXT]


def _demo() -> ExchangeData:
    templates, _ = list_templates(resource_dir() / "templates", None)
    template = next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)
    return demo_workshop(template, dt.datetime(2026, 3, 7, 12, 0, tzinfo=dt.UTC))


def _at_the_limits(data: ExchangeData) -> ExchangeData:
    """Every text that goes into a code as long as the program lets anyone type it, in letters of two bytes."""
    data.agreements.meetings = [
        msgspec.structs.replace(m, purpose=PURPOSE, place="Ü" * MAX_SHORT_TEXT, address="ß" * MAX_TEXT)
        for m in data.agreements.meetings
    ]
    data.agreements.agreements = [
        msgspec.structs.replace(a, title="Ä" * MAX_SHORT_TEXT) for a in data.agreements.agreements
    ]
    data.workshop.title = "Ö" * MAX_SHORT_TEXT
    data.workshop.contact_name = "Émilie " + "É" * (MAX_SHORT_TEXT - 7)
    data.workshop.contact_role = "ß" * MAX_SHORT_TEXT
    data.workshop.county = "Ł" * MAX_SHORT_TEXT
    return data


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_code_of_texts_at_their_limits_fits_and_says_it_was_shortened(language: str) -> None:
    data = _at_the_limits(_demo())
    codes = signup_codes(data.agreements.bundles(), data.workshop, language)
    w = data.workshop
    contact = vcard(Contact(w.contact_name, w.county, w.contact_role, w.contact_email, w.contact_phone))
    payloads = [code.payload for code in codes] + [contact]
    assert {code.kind for code in codes} == {"signup", "calendar", "mailing_list"}
    for payload in payloads:
        assert payload_size(payload) <= MAX_PAYLOAD_BYTES
        assert len(qr_matrix(payload)) <= 17 + 4 * 17  # a code of version 17 at most
    calendar = next(code.payload for code in codes if code.kind == "calendar")
    note = "… (gekürzt)" if language == "de" else "… (shortened)"
    assert note in calendar.replace("\r\n ", "")  # unfolded, as a phone reads it


def test_a_long_purpose_is_the_titles_beginning_with_a_note() -> None:
    data = _demo()
    data.agreements.meetings = [msgspec.structs.replace(m, purpose=PURPOSE) for m in data.agreements.meetings]
    calendar = next(c.payload for c in signup_codes(data.agreements.bundles(), data.workshop) if c.kind == "calendar")
    unfolded = calendar.replace("\r\n ", "")
    summary = next(line for line in unfolded.split("\r\n") if line.startswith("SUMMARY:"))
    assert "Wir treffen uns" in summary and summary.endswith("… (gekürzt)") and len(summary) < 200
    assert payload_size(calendar) <= MAX_PAYLOAD_BYTES


@pytest.mark.skipif(
    shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None, reason="needs zbar and poppler"
)
def test_the_minutes_and_the_poster_carry_texts_at_their_limits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _demo()
    data.agreements.meetings = [msgspec.structs.replace(m, purpose=PURPOSE) for m in data.agreements.meetings]
    data.photos = []
    path = tmp_path / "lang.zwd"
    create_from_document(path, data).close()
    assert cli.main(["export", str(path), str(tmp_path / "protokoll.pdf")]) == 0
    assert cli.main(["export", str(path), str(tmp_path / "aushang.pdf"), "--poster"]) == 0
    pdf = tmp_path / "protokoll.pdf"
    page = next(n for n in range(1, 40) if "Kalender" in text(pdf, page=n))  # the first page with codes
    subprocess.run(
        ["pdftoppm", "-r", "150", "-f", str(page), "-l", str(page), "-png", str(pdf), str(tmp_path / "p")], check=True
    )
    png = next(tmp_path.glob("p-*.png"))
    decoded = subprocess.run(
        ["zbarimg", "--raw", "--nodbus", "-q", "-Sdisable", "-Sqrcode.enable", str(png)],
        capture_output=True,
        check=False,
    ).stdout
    assert "… (gekürzt)" in decoded.decode("utf-8").replace("\r\n ", "") and b"BEGIN:VEVENT" in decoded


def test_an_override_in_the_title_leaves_the_page_headers_date_alone(tmp_path: Path) -> None:
    data = _demo()
    data.workshop.title = f"Zukunftswerkstatt {RLO}Aulendorf"
    path = tmp_path / "rlo.zwd"
    create_from_document(path, data).close()
    assert cli.main(["export", str(path), str(tmp_path / "p.pdf")]) == 0
    header = text(tmp_path / "p.pdf", page=2).splitlines()[0]
    assert header.endswith("7. März 2026"), header  # not "6202 zräM .7"


ALPHABET = st.sampled_from(
    ["a", "ب", "1", " ", ".", "\u202a", "\u202b", "\u202c", "\u202d", RLO, "\u2066", "\u2067", FSI, PDI]
)


@settings(max_examples=200, deadline=None)
@given(st.text(ALPHABET, max_size=12))
def test_contained_text_is_balanced_idempotent_and_cannot_reach_the_text_after_it(value: str) -> None:
    inside = contained(value)
    assert contained(inside) == inside and balanced(inside) == inside
    assert inside == value or FSI + balanced(value) + PDI == inside
    assert visual(f"{isolated(value)} · 12.03.2026", rtl=False).endswith(" · 12.03.2026")
    assert visual(f"Vorher: {isolated(value)}", rtl=False).startswith("Vorher: ")


def test_typed_text_keeps_its_override_inside() -> None:
    assert clean_text(f"Titel{RLO}abc") == f"{FSI}Titel{RLO}abc\u202c{PDI}"
    assert clean_text("Aulendorf") == "Aulendorf"
    assert clean_text("مرحبا بكم") == "مرحبا بكم"

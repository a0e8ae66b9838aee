"""QR codes that scan from paper: every code of the minutes and the poster, as phones and scanner apps read it.

Each document is rendered with pdftoppm and decoded with ZXing at 72 dpi and
with zbar at 150 dpi after a one-pixel blur; the codes' modules, widths and
quiet zones are measured on the rendered pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zwdesktop.export.minutes.story import build_minutes
from zwdesktop.export.poster import build_poster

from . import pdf_tools
from .test_minutes_pdf import NOW
from .workshops import demo_data, multilingual_workshop


def _write(folder: Path, name: str, pdf: bytes) -> Path:
    path = folder / name
    path.write_bytes(pdf)
    return path


def test_every_code_of_the_demo_minutes_scans_from_paper(tmp_path: Path) -> None:
    _path, data = demo_data(tmp_path)
    result = build_minutes(data, now=NOW)
    assert len(result.qr_payloads) == 7  # three groups with two codes each, and the contact person
    pdf_tools.assert_codes_print_well(_write(tmp_path, "demo.pdf", result.pdf), tmp_path, list(result.qr_payloads))


def test_every_code_of_the_demo_poster_scans_from_paper(tmp_path: Path) -> None:
    _path, data = demo_data(tmp_path)
    pdf, payloads = build_poster(data)
    pdf_tools.assert_codes_print_well(_write(tmp_path, "poster.pdf", pdf), tmp_path, payloads)


@pytest.mark.parametrize("document", ["minutes", "poster"])
def test_codes_of_a_workshop_in_many_scripts_scan_from_paper(tmp_path: Path, document: str) -> None:
    data = multilingual_workshop()
    if document == "minutes":
        result = build_minutes(data, now=NOW)
        pdf, payloads = result.pdf, list(result.qr_payloads)
    else:
        pdf, payloads = build_poster(data)
    assert sum(p.startswith("BEGIN:VEVENT") for p in payloads) == 3 if document == "minutes" else len(payloads) >= 4
    pdf_tools.assert_codes_print_well(_write(tmp_path, f"{document}.pdf", pdf), tmp_path, payloads)

"""An agreement's QR codes in the minutes stay on the page of its title and steps (a page break never parts them)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import msgspec.structs

from zwdesktop.core.agreements import Agreement, AgreementsData, Step
from zwdesktop.core.exchange import ExchangeData
from zwdesktop.core.workshop import Workshop
from zwdesktop.export.minutes.story import build_minutes

from . import pdf_tools
from .test_minutes_pdf import NOW


def _workshop_with_groups(steps_per_group: list[int]) -> ExchangeData:
    workshop = Workshop(title="Zukunftswerkstatt Aulendorf", date=dt.date(2026, 11, 25))
    agreements, steps = [], []
    for n, count in enumerate(steps_per_group, start=1):
        agreement = Agreement(
            title=f"Projektgruppe Nummer {n}", goal="Ein Ziel, das in zwei Zeilen gut Platz hat. " * 3,
            signup_url=f"https://anmeldung.example.de/gruppe-{n}", position=n,
        )  # fmt: skip
        agreements.append(agreement)
        steps += [
            Step(agreement_id=agreement.id, what=f"Schritt {k} der Gruppe {n}: Räume anfragen und einladen",
                 who="Frau Beispiel", due=dt.date(2027, 1, k % 28 + 1), position=k)
            for k in range(count)
        ]  # fmt: skip
    return msgspec.structs.replace(
        ExchangeData(workshop=workshop, agenda=[]), agreements=AgreementsData(agreements=agreements, steps=steps)
    )


def test_each_agreements_code_is_on_the_page_of_its_title(tmp_path: Path) -> None:
    # Groups of different lengths: with the codes printed after the steps on their own, some of
    # them fell at the top of the next page, away from their group.
    counts = [3, 7, 2, 9, 4, 6, 1, 8, 5, 3, 10, 2]
    result = build_minutes(_workshop_with_groups(counts), now=NOW)
    path = tmp_path / "protokoll.pdf"
    path.write_bytes(result.pdf)
    codes = [code for code in pdf_tools.zxing_codes(path, tmp_path, 100) if "gruppe-" in code.text]
    assert sorted(code.text for code in codes) == sorted(f"https://anmeldung.example.de/gruppe-{n}"
                                                         for n in range(1, len(counts) + 1))  # fmt: skip
    for code in codes:
        number = code.text.rsplit("-", 1)[1]
        page = " ".join(pdf_tools.text(path, code.page).split())
        assert f"Projektgruppe Nummer {number} " in page + " ", (number, code.page)


def test_a_group_longer_than_a_page_keeps_its_codes_with_its_title(tmp_path: Path) -> None:
    result = build_minutes(_workshop_with_groups([2, 60]), now=NOW)
    path = tmp_path / "lang.pdf"
    path.write_bytes(result.pdf)
    codes = {code.text: code.page for code in pdf_tools.zxing_codes(path, tmp_path, 100) if "gruppe-" in code.text}
    assert len(codes) == 2
    long_page = codes["https://anmeldung.example.de/gruppe-2"]
    assert "Projektgruppe Nummer 2" in pdf_tools.text(path, long_page)
    assert int(pdf_tools.info(path)["Pages"]) > long_page  # its steps go on over the next page

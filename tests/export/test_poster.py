"""The sign-up poster: large codes that phones read, and room for the agreements' blocks."""

from __future__ import annotations

import datetime as dt
import urllib.parse
from pathlib import Path

import msgspec.structs

from zwdesktop.core.exchange import ExchangeData
from zwdesktop.core.workshop import Workshop
from zwdesktop.export import poster
from zwdesktop.export.minutes.labels import Labels

from . import pdf_tools


def data(**changes: object) -> ExchangeData:
    workshop = Workshop(
        title="Zukunftswerkstatt Aulendorf – Begegnung", contact_name="Eva Militz", contact_email="e.militz@rv.de",
        date=dt.date(2026, 11, 25),
    )  # fmt: skip
    return ExchangeData(workshop=msgspec.structs.replace(workshop, **changes), agenda=[])


def test_the_mailing_list_code_is_a_mail_naming_the_workshop(tmp_path: Path) -> None:
    pdf, payloads = poster.build_poster(data(), size="A3")
    path = tmp_path / "aushang.pdf"
    path.write_bytes(pdf)
    assert len(payloads) == 1
    subject = urllib.parse.unquote(payloads[0].split("subject=", 1)[1])
    assert subject == "Mail-Verteiler: Zukunftswerkstatt Aulendorf – Begegnung"
    pdf_tools.assert_decodes_to(pdf_tools.qr_output(path, tmp_path, dpi=100), payloads)
    assert pdf_tools.info(path)["Page size"].startswith("841.89 x 1190.55")  # A3
    assert "Machen Sie mit!" in pdf_tools.text(path)


def test_agreements_add_their_blocks_before_the_mailing_list(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(poster, "_PROVIDERS", list(poster._PROVIDERS))

    def agreements(_data: ExchangeData, _labels: Labels) -> list[poster.PosterBlock]:
        return [
            poster.PosterBlock("Interkulturelles Café", ("Erstes Treffen: 3. Dezember, 18 Uhr",), "https://x.de/cafe")
        ]

    poster.register_blocks(agreements)
    pdf, payloads = poster.build_poster(data(contact_email=""))
    assert payloads == ["https://x.de/cafe"]  # no address, no mailing-list block
    path = tmp_path / "p.pdf"
    path.write_bytes(pdf)
    assert "Erstes Treffen: 3. Dezember, 18 Uhr" in pdf_tools.text(path)


def test_the_demo_poster_has_a_block_per_open_agreement_with_its_first_meeting(tmp_path: Path) -> None:
    from zwdesktop.cli import main as cli_main
    from zwdesktop.core.agreements_payloads import calendar_payload, signup_payload
    from zwdesktop.export.minutes.file import minutes_data
    from zwdesktop.store import WorkshopStore

    workshop_file = tmp_path / "demo.zwd"
    assert cli_main(["demo", str(workshop_file)]) == 0
    with WorkshopStore.open(workshop_file, read_only=True) as store:
        data = minutes_data(store)
    pdf, payloads = poster.build_poster(data)
    out = tmp_path / "poster.pdf"
    out.write_bytes(pdf)
    text = " ".join(pdf_tools.text(out).split())
    expected = []
    for bundle in data.agreements.bundles():
        payload = signup_payload(bundle.agreement, data.workshop) or calendar_payload(bundle)
        if bundle.agreement.status in ("done", "dropped") or payload is None:
            continue
        expected.append(payload)
        assert bundle.agreement.title in text
        if bundle.first_meeting is not None:
            assert "Erstes Treffen:" in text
    assert expected, "the demo has agreements that take sign-ups"
    assert payloads[: len(expected)] == expected  # the agreements first, the mailing list last
    pdf_tools.assert_decodes_to(pdf_tools.qr_output(out, tmp_path), payloads)


def test_the_poster_is_one_page_up_to_nine_groups(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The door takes one sheet: the demo's five blocks in A4 and A3, nine blocks in A3, every code readable."""
    monkeypatch.setattr(poster, "_PROVIDERS", list(poster._PROVIDERS))

    def agreements(_data: ExchangeData, _labels: Labels) -> list[poster.PosterBlock]:
        return [
            poster.PosterBlock(
                f"Projektgruppe {n}", ("Erstes Treffen: 3. Dezember, 18 Uhr", "Rathaus"), f"https://x.de/g{n}"
            )
            for n in range(1, count + 1)
        ]

    poster.register_blocks(agreements)
    for count, sizes in ((2, ("A4", "A3")), (4, ("A4", "A3")), (8, ("A3",))):
        for size in sizes:
            pdf, payloads = poster.build_poster(data(), size=size)
            path = tmp_path / f"p{count}{size}.pdf"
            path.write_bytes(pdf)
            assert pdf_tools.info(path)["Pages"] == "1", (count, size)
            assert len(payloads) == count + 1
    pdf_tools.assert_decodes_to(pdf_tools.qr_output(tmp_path / "p8A3.pdf", tmp_path, dpi=150), payloads)


def test_many_groups_go_on_over_several_pages_with_codes_that_still_scan(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """24 groups do not fit one sheet: the poster takes more pages instead of shrinking modules below 0.7 mm."""
    from zwdesktop.core.qr_matrix import qr_matrix

    monkeypatch.setattr(poster, "_PROVIDERS", list(poster._PROVIDERS))

    def agreements(_data: ExchangeData, _labels: Labels) -> list[poster.PosterBlock]:
        return [
            poster.PosterBlock(f"Projektgruppe {n}", ("Erstes Treffen: 3. Dezember, 18 Uhr", "Rathaus"),
                               f"https://anmeldung.example.de/aulendorf/gruppe-{n}")
            for n in range(1, 25)
        ]  # fmt: skip

    poster.register_blocks(agreements)
    pdf, payloads = poster.build_poster(data())
    path = tmp_path / "viele.pdf"
    path.write_bytes(pdf)
    assert int(pdf_tools.info(path)["Pages"]) > 1
    text = " ".join(pdf_tools.text(path).split())
    for n in range(1, 25):
        assert f"Projektgruppe {n} " in text + " "
    mm = 72 / 25.4
    found = pdf_tools.zxing_codes(path, tmp_path, 150)
    assert sorted(code.text for code in found) == sorted(payloads)
    for code in found:
        module = (code.x_max - code.x_min) / len(qr_matrix(code.text))
        assert module >= 0.7 * mm - 0.5, (code.text, module / mm)  # half a point for the rendering's rounding
        if "gruppe-" in code.text:  # each code on the same page as its group's title: no block is split
            assert f"Projektgruppe {code.text.rsplit('-', 1)[1]}\n" in pdf_tools.text(path, code.page) + "\n"

"""The minutes PDF as the county office and the participants see it: every text exactly, QR codes that phones read."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image

from zwdesktop.cli import main as cli_main
from zwdesktop.core.clock import ClockEvent
from zwdesktop.core.exchange import ExchangeData
from zwdesktop.core.photos import PHOTO_AT_END, Photo
from zwdesktop.core.qr_payloads import CalendarEvent, Contact, mailto, signup_subject, vcard, vevent
from zwdesktop.core.workshop import AgendaItem, Workshop
from zwdesktop.export.minutes.options import MinutesOptions
from zwdesktop.export.minutes.story import build_minutes
from zwdesktop.export.pdf.document import MARGIN_X
from zwdesktop.export.pdf.flowables import QRCode
from zwdesktop.store import WorkshopStore

from . import pdf_tools

A4_WIDTH = 595.2756
NOW = dt.datetime(2026, 11, 25, 20, 0, tzinfo=dt.UTC)

LTR_TEXTS = {
    "german": "Grüße aus dem Bürgerhaus: Äpfel, Öfen, Übermut – „Straße“ ß",
    "turkish": "Ğüzel şehir İstanbul, ılık çay; Iğdır ÖĞRENCİ",
    "ukrainian": "Україна: їжак, ґанок, Європа — ЄДНІСТЬ і світло",
    "tigrinya": "ሰላም ንኹሉ ሰብ፡ ትግርኛ ቋንቋ ኤርትራ።",
    "markup": "a < b & c > d <b>fett</b> <font size=40>groß</font> &amp; &lt;",
    "emoji": "Stimmung 😀 👍 🎉 ☕ ❤ Tee 🫖 🥲 🫶 🪴",  # the last four are newer than Symbola (Unicode 10–15)
}
# Right-to-left paragraphs; only single Latin words or numbers between Arabic words (adjacent
# left-to-right words keep their own order inside the line, which the check below would reverse).
ARABIC = (
    "مرحبا بالعالم، هذا نص طويل يجب أن يلتف على عدة أسطر لكي نرى ترتيب الأسطر الصحيح في الفقرة 2025 "
    "مع كلمة Aulendorf في الوسط وتستمر الفقرة بعد ذلك لعدة كلمات أخرى حتى النهاية السعيدة"
)
FARSI = "می‌خواهیم باشگاه جوانان ۱۴۰۳ در شهر Aulendorf داشته باشیم تا همه با هم گفتگو کنند"
LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitän" * 7 + "Ende"  # 298 characters


def jpeg(size: tuple[int, int], orientation: int | None = None) -> bytes:
    image = Image.new("RGB", size, "#3366aa")
    # A red bar at the top of the upright picture tells which way is up.
    upright = Image.new("RGB", size, "#3366aa")
    upright.paste(Image.new("RGB", (size[0], size[1] // 5), "#dd2222"), (0, 0))
    out = io.BytesIO()
    if orientation == 6:
        image = upright.transpose(Image.Transpose.ROTATE_90)
        exif = Image.Exif()
        exif[0x0112] = 6
        image.save(out, "JPEG", quality=90, exif=exif.tobytes())
    else:
        upright.save(out, "JPEG", quality=90)
    return out.getvalue()


def hostile_workshop(minutes_language: str = "de") -> ExchangeData:
    workshop = Workshop(
        title="<b>Zukunftswerkstatt</b> Aulendorf & Umgebung",
        guiding_question=ARABIC,
        municipality="Aulendorf",
        county="Landkreis Ravensburg",
        venue_name=LTR_TEXTS["tigrinya"],
        venue_address="Hauptstraße 1, 88326 Aulendorf",
        date=dt.date(2026, 11, 25),
        start_time=dt.time(14, 0),
        end_time=dt.time(18, 0),
        moderation_team="Олена Коваленко (Moderation), Eva Prox",
        contact_name="Eva Militz",
        contact_role="Amt für Migration und Integration",
        contact_email="e.militz@rv.de",
        contact_phone="0751 85 9863",
        funder_line="Gefördert von „Land.Zuhause.Zukunft“ – Grüße & Dank",
        minutes_language=minutes_language,
        count_staff=9,
        count_volunteers=14,
        count_other=6,
        notes="\n".join([*LTR_TEXTS.values(), FARSI, LONG_WORD]),
    )
    agenda = [
        AgendaItem(title=LTR_TEXTS["german"], phase="arrival", planned_minutes=20, position=0),
        AgendaItem(title=LTR_TEXTS["turkish"], phase="critique", planned_minutes=45, position=1),
        AgendaItem(title=LTR_TEXTS["markup"], phase="break", planned_minutes=15, position=2),
        AgendaItem(title=LTR_TEXTS["emoji"], phase="fantasy", planned_minutes=60, position=3),
        AgendaItem(title=LONG_WORD, phase="closing", planned_minutes=10, position=4),
    ]
    start = dt.datetime(2026, 11, 25, 13, 0, tzinfo=dt.UTC)  # 14:00 in Berlin
    events = [
        ClockEvent(kind="started", at=start),
        ClockEvent(kind="next", at=start + dt.timedelta(minutes=22)),
        ClockEvent(kind="next", at=start + dt.timedelta(minutes=70)),
    ]
    return ExchangeData(workshop=workshop, agenda=agenda, clock_events=events)


@pytest.fixture(scope="module")
def hostile_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    result = build_minutes(hostile_workshop(), now=NOW)
    path = tmp_path_factory.mktemp("hostile") / "minutes.pdf"
    path.write_bytes(result.pdf)
    return path, result


def test_every_left_to_right_text_appears_exactly(hostile_pdf: tuple[Path, object]) -> None:
    path, _result = hostile_pdf
    text = pdf_tools.compact(pdf_tools.text(path))
    for script, sample in LTR_TEXTS.items():
        assert pdf_tools.compact(sample) in text, script
    assert pdf_tools.compact("<b>Zukunftswerkstatt</b> Aulendorf & Umgebung") in text
    assert LONG_WORD in text


@pytest.mark.parametrize("paragraph", [ARABIC, FARSI], ids=["arabic", "farsi"])
def test_right_to_left_paragraphs_read_in_order_line_by_line(hostile_pdf: tuple[Path, object], paragraph: str) -> None:
    """On the page: each line right to left, the lines top to bottom; copied: the text as typed, line by line."""
    path, _result = hostile_pdf
    expected = paragraph.replace("\u200c", "").split()
    wanted = set(expected)
    # The page as drawn (pdftotext -bbox gives the glyphs' places): words right to left, lines in order.
    found = [w for w in pdf_tools.words(path) if pdf_tools.logical(w.text) in wanted]
    first_page = min(w.page for w in found)
    lines: list[list[pdf_tools.Word]] = []
    for word in sorted((w for w in found if w.page == first_page), key=lambda w: w.y_min + w.y_max):
        centre = (word.y_min + word.y_max) / 2
        # Latin and Arabic glyph boxes differ in height: a line is what shares its vertical centre.
        if lines and abs((lines[-1][0].y_min + lines[-1][0].y_max) / 2 - centre) < 5:
            lines[-1].append(word)
        else:
            lines.append([word])
    assert len(lines) >= 2 or len(expected) < 12  # the Arabic paragraph wraps
    # Copied or read aloud: every drawn line carries what was typed (/ActualText), in reading order.
    from .pdf_ua import Document

    texts = [text for _page, _mcid, text in Document(path).actual_texts()]
    joined = " ".join(texts)
    typed = " ".join(paragraph.split())
    assert typed in joined
    start = next(i for i, text in enumerate(texts) if typed.startswith(text))
    copied: list[str] = []
    for text in texts[start:]:
        copied.append(text)
        if len(" ".join(copied)) >= len(typed):
            break
    assert " ".join(copied) == typed  # line after line, each as typed
    assert len(copied) >= 2 or paragraph is FARSI  # the Arabic paragraph wraps (the Farsi one fits a line)


def test_a_long_word_wraps_inside_the_margins(hostile_pdf: tuple[Path, object]) -> None:
    path, _result = hostile_pdf
    right_edge = A4_WIDTH - MARGIN_X + 1
    for word in pdf_tools.words(path):
        assert word.x_max <= right_edge, word
        assert word.x_min >= MARGIN_X - 1, word


def test_fonts_are_embedded_and_metadata_set(hostile_pdf: tuple[Path, object]) -> None:
    path, _result = hostile_pdf
    rows = pdf_tools.fonts(path)
    assert rows, "no fonts"
    assert all(row[-5] == "yes" for row in rows), rows  # the "emb" column: no font left to the reader's computer
    names = " ".join(row[0] for row in rows)
    for family in ("NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic", "NotoSansEthiopic", "Symbola"):
        assert family in names
    fields = pdf_tools.info(path)
    assert fields["Title"] == "Protokoll: <b>Zukunftswerkstatt</b> Aulendorf & Umgebung"
    assert fields["Author"] == "Олена Коваленко (Moderation), Eva Prox"
    assert fields["Subject"] == "Protokoll der Zukunftswerkstatt Aulendorf am 25. November 2026"
    import pikepdf

    assert str(pikepdf.open(path).Root.Lang) == "de-DE"


def test_every_page_says_page_x_of_y_and_carries_the_funder_line(hostile_pdf: tuple[Path, object]) -> None:
    path, result = hostile_pdf
    pages = int(pdf_tools.info(path)["Pages"])
    assert pages == result.pages  # type: ignore[attr-defined]
    for page in range(1, pages + 1):
        text = pdf_tools.text(path, page)
        assert f"Seite {page} von {pages}" in text
        assert "Gefördert von „Land.Zuhause.Zukunft“ – Grüße & Dank" in text


def test_english_minutes_say_page_x_of_y() -> None:
    import io

    import pikepdf

    result = build_minutes(hostile_workshop("en"), now=NOW)
    assert str(pikepdf.open(io.BytesIO(result.pdf)).Root.Lang) == "en-GB"


def test_agenda_shows_planned_and_actual_times_and_totals(hostile_pdf: tuple[Path, object]) -> None:
    path, _result = hostile_pdf
    text = pdf_tools.text(path)
    assert "14:00–14:20" in text and "14:00–14:22" in text  # arrival: planned, and two minutes over
    assert "14:22–15:10" in text  # critique ran 48 minutes
    assert "+2" in text and "+3" in text
    assert "Gesamt" in text and "150 min" in text


def test_no_names_leaves_out_moderation_and_contact(tmp_path: Path) -> None:
    result = build_minutes(hostile_workshop(), MinutesOptions(include_names=False), now=NOW)
    path = tmp_path / "ohne.pdf"
    path.write_bytes(result.pdf)
    text = pdf_tools.compact(pdf_tools.text(path))
    assert "EvaMilitz" not in text
    assert "ОленаКоваленко" not in text
    assert result.qr_payloads == ()


def test_chosen_sections_only(tmp_path: Path) -> None:
    result = build_minutes(hostile_workshop(), MinutesOptions(sections=("contact",)), now=NOW)
    path = tmp_path / "kontakt.pdf"
    path.write_bytes(result.pdf)
    text = pdf_tools.text(path)
    assert "Kontakt" in text and "Ablauf" not in text


def test_photos_are_upright_small_and_a_long_document_has_contents(tmp_path: Path) -> None:
    data = hostile_workshop()
    data.photos = [
        Photo(
            phase="critique", caption="Seitlich gespeichert – steht aufrecht", position=0, data=jpeg((1600, 1200), 6)
        ),
        *[
            Photo(phase=PHOTO_AT_END, caption=f"Bild {n} mit سلام", position=n, data=jpeg((4000, 3000)))
            for n in range(1, 7)
        ],
    ]
    result = build_minutes(data, MinutesOptions(photo_size="medium"), now=NOW)
    path = tmp_path / "fotos.pdf"
    path.write_bytes(result.pdf)
    listing = pdf_tools.run("pdfimages", "-list", path).splitlines()[2:]
    sizes = [(int(row.split()[3]), int(row.split()[4])) for row in listing]
    assert len(sizes) == 7
    # The sideways photo comes out landscape (1600 × 1200 upright), everything scaled to at most 1400 px.
    assert sizes[0][0] > sizes[0][1]
    assert all(max(size) <= 1400 for size in sizes)
    assert len(result.pdf) < 3_000_000
    # Which way is up: the red bar of the upright picture is at the top of the rendered photo.
    pdf_tools.run("pdfimages", "-f", "1", "-png", path, tmp_path / "img")
    first = sorted(tmp_path.glob("img-*.png"))[0]
    with Image.open(first) as image:
        top = image.convert("RGB").getpixel((image.width // 2, 5))
        bottom = image.convert("RGB").getpixel((image.width // 2, image.height - 5))
    assert top[0] > 180 and top[2] < 100, top
    assert bottom[2] > 120, bottom
    # More than four pages: a table of contents, with the photos' page.
    assert result.pages > 4
    text = pdf_tools.text(path)
    assert "Inhalt" in text and "Impressionen" in text
    assert "Seitlich gespeichert – steht aufrecht" in text


def test_every_qr_code_decodes_to_exactly_its_payload_and_is_3_cm_wide(tmp_path: Path) -> None:
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    berlin = dt.timezone(dt.timedelta(hours=1))
    payloads = [
        "https://aulendorf.de/zukunftswerkstatt/anmeldung",
        mailto("e.militz@rv.de", signup_subject("Zukunftswerkstatt Aulendorf", "Interkulturelles Café")),
        vevent(
            CalendarEvent(
                uid="0b1c5e1e-3c8d-4f0e-9a55-1f2e3d4c5b6a@zwdesktop",
                summary="Erstes Treffen: Grüße vom Bürgercafé – Begegnung für Jüngere und Ältere",
                start=dt.datetime(2026, 12, 3, 18, 0, tzinfo=berlin),
                end=dt.datetime(2026, 12, 3, 19, 30, tzinfo=berlin),
                location="Bürgerhaus Aulendorf, Hauptstraße 1",
            )
        ),
        vcard(Contact("Eva Militz", "Landratsamt Ravensburg", "Amt für Migration und Integration", "e.militz@rv.de")),
        "Bürger",  # short umlaut text: misread as Shift-JIS without the ECI marker (DESIGN.md §4)
        "ሰላም ንኹሉ ሰብ",
        "مرحبا بالعالم",
    ]
    path = tmp_path / "codes.pdf"
    story: list[object] = []
    for payload in payloads:
        story += [QRCode(payload), PageBreak()]
    SimpleDocTemplate(str(path)).build(story[:-1])
    output = pdf_tools.qr_output(path, tmp_path)
    pdf_tools.assert_decodes_to(output, payloads)
    for png in sorted(tmp_path.glob("page*.png")):
        assert pdf_tools.dark_box_width_cm(png, 200) >= 3.0, png


def test_demo_minutes_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workshop_file = tmp_path / "demo.zwd"
    out = tmp_path / "Protokoll.pdf"
    assert cli_main(["demo", str(workshop_file)]) == 0
    assert cli_main(["export", str(workshop_file), str(out)]) == 0
    assert "Protokoll" in capsys.readouterr().out
    with WorkshopStore.open(workshop_file, read_only=True) as store:
        from zwdesktop.export.minutes.file import minutes_pdf

        expected = list(minutes_pdf(store).qr_payloads)
        workshop = store.workshop()
    assert expected, "the demo minutes have QR codes"
    pdf_tools.assert_decodes_to(pdf_tools.qr_output(out, tmp_path), expected)
    text = pdf_tools.text(out)
    assert workshop.title in text and "Impressionen" in text
    assert len(out.read_bytes()) < 1_500_000


def test_command_line_refuses_an_unknown_format_and_a_missing_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workshop_file = tmp_path / "demo.zwd"
    assert cli_main(["demo", str(workshop_file)]) == 0
    assert cli_main(["export", str(workshop_file), str(tmp_path / "x.odt")]) == 1
    assert ".pdf" in capsys.readouterr().err
    assert cli_main(["export", str(workshop_file), str(tmp_path / "nope" / "x.pdf")]) == 1
    assert "nope" in capsys.readouterr().err


def test_press_text_and_poster_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workshop_file = tmp_path / "demo.zwd"
    assert cli_main(["demo", str(workshop_file)]) == 0
    assert cli_main(["export", str(workshop_file), str(tmp_path / "presse.txt")]) == 0
    text = (tmp_path / "presse.txt").read_text(encoding="utf-8")
    assert text.startswith("Lokale Zukunftswerkstatt Aulendorf") and "29 Menschen" in text
    assert cli_main(["export", str(workshop_file), str(tmp_path / "aushang.pdf"), "--poster"]) == 0
    assert "Aushang" in capsys.readouterr().out
    assert "mailto:e.militz@rv.de?subject=" in pdf_tools.qr_output(tmp_path / "aushang.pdf", tmp_path, dpi=100)


def test_agreements_steering_group_and_mailing_list_are_in_the_minutes(tmp_path: Path) -> None:
    workshop_file = tmp_path / "demo.zwd"
    out = tmp_path / "Protokoll.pdf"
    assert cli_main(["demo", str(workshop_file)]) == 0
    assert cli_main(["export", str(workshop_file), str(out)]) == 0
    with WorkshopStore.open(workshop_file, read_only=True) as store:
        data = store.agreements.data()
    text = " ".join(pdf_tools.text(out).split())
    assert "Verabredungen und Projektgruppen" in text
    for agreement in data.agreements:
        if agreement.status != "dropped":
            assert agreement.title in text
    assert "Was Wer Mit wem Bis wann" in text
    assert "Steuerungsgruppe" in text and f"{len(data.steering_members)} Mitglieder" in text
    consented = [s for s in data.signups if s.consent_at]
    assert f"{len(consented)} Personen haben sich mit Einwilligung" in text
    for signup in data.signups:  # no personal address of the mailing list in the minutes
        assert signup.email not in text
    # Without names: the steps' "who", members and contact persons are left out.
    anonymous = tmp_path / "ohne-namen.pdf"
    assert cli_main(["export", str(workshop_file), str(anonymous), "--no-names"]) == 0
    text = " ".join(pdf_tools.text(anonymous).split())
    for agreement in data.agreements:
        if agreement.contact_name:
            assert agreement.contact_name not in text


def test_the_demo_minutes_hold_every_idea_by_phase_and_cluster(tmp_path: Path) -> None:
    from zwdesktop.core.ideas import is_right_to_left
    from zwdesktop.export.pdf.fonts import font_set

    workshop_file = tmp_path / "demo.zwd"
    out = tmp_path / "Protokoll.pdf"
    assert cli_main(["demo", str(workshop_file)]) == 0
    assert cli_main(["export", str(workshop_file), str(out)]) == 0
    with WorkshopStore.open(workshop_file, read_only=True) as store:
        ideas = store.ideas.all()
        clusters = store.ideas.clusters()
    text = " ".join(pdf_tools.text(out).split())
    assert "Ideen und Themen" in text and "Kritikphase (" in text
    checked = 0
    for idea in ideas:
        if is_right_to_left(idea.text):
            continue  # right-to-left lines are checked by word order in test_right_to_left_paragraphs_…
        # What the PDF holds: the text as drawn, a character no shipped font has shown as U+FFFD.
        drawn = "".join(run.text for run in font_set().runs(" ".join(idea.text.split())))
        assert drawn in text, idea.text
        checked += 1
    assert checked >= 20
    for cluster in clusters:
        if any(i.cluster_id == cluster.id for i in ideas):
            assert cluster.name in text


def test_a_try_out_on_another_day_prints_no_actual_times(tmp_path: Path) -> None:
    data = hostile_workshop()
    rehearsal = dt.datetime(2026, 11, 19, 9, 0, tzinfo=dt.UTC)  # six days before the workshop
    events = [
        ClockEvent(kind="started", at=rehearsal),
        ClockEvent(kind="next", at=rehearsal + dt.timedelta(minutes=7)),
    ]
    result = build_minutes(ExchangeData(workshop=data.workshop, agenda=data.agenda, clock_events=events), now=NOW)
    path = tmp_path / "probe.pdf"
    path.write_bytes(result.pdf)
    text = pdf_tools.text(path)
    assert "14:00–14:20" in text  # the plan is there ...
    assert "10:00" not in text and "10:07" not in text  # ... the rehearsal's times are not
    assert pdf_tools.compact("nur zur Probe an einem anderen Tag") in pdf_tools.compact(text)

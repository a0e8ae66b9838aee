"""Reading our PDFs back with poppler-utils and zbar-tools, as a person's viewer and phone would."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path


def run(*command: str | Path) -> str:
    """Run a tool and return its standard output (UTF-8)."""
    result = subprocess.run([str(part) for part in command], capture_output=True, check=True, timeout=120)
    return result.stdout.decode("utf-8")


def text(pdf: Path, page: int | None = None) -> str:
    """The text of the PDF (or of one page)."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return run("pdftotext", "-enc", "UTF-8", *pages, pdf, "-")


def compact(value: str) -> str:
    """Without any whitespace, so a wrapped line compares with the unwrapped text."""
    return "".join(value.split())


@dataclass(frozen=True)
class Word:
    """A word on a page with its box (points, origin top left)."""

    page: int
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


def words(pdf: Path) -> list[Word]:
    """Every word with its position (``pdftotext -bbox``)."""
    html = run("pdftotext", "-enc", "UTF-8", "-bbox", pdf, "-")
    found: list[Word] = []
    for page_number, page in enumerate(re.findall(r"<page .*?</page>", html, re.S), start=1):
        for match in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page
        ):
            x0, y0, x1, y1, word = match.groups()
            import html as html_module

            found.append(Word(page_number, html_module.unescape(word), float(x0), float(y0), float(x1), float(y1)))
    return found


def is_arabic(word: str) -> bool:
    """Whether a word has Arabic letters (then pdftotext gives it in drawn, right-to-left order)."""
    return any(unicodedata.bidirectional(ch) == "AL" for ch in word)


def logical(word: str) -> str:
    """A word as typed: Arabic words turned back to reading order, joined forms to plain letters."""
    return unicodedata.normalize("NFKC", word[::-1] if is_arabic(word) else word)


def info(pdf: Path) -> dict[str, str]:
    """``pdfinfo``'s fields."""
    fields = {}
    for line in run("pdfinfo", pdf).splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields


def fonts(pdf: Path) -> list[list[str]]:
    """``pdffonts`` rows (name, type, encoding, emb, sub, uni, …)."""
    return [line.split() for line in run("pdffonts", pdf).splitlines()[2:]]


def qr_output(pdf: Path, tmp: Path, dpi: int = 200) -> str:
    """Render every page and decode every QR code with ``zbarimg --raw``: each payload followed by a newline.

    Only QR codes are looked for (``-Sdisable -Sqrcode.enable``), as a phone's camera app does for
    these codes: with every symbology on, zbar now and then reads a table rule or a run of letters as
    an Interleaved 2 of 5 bar code ("I2/5:989123"), which no page has.

    zbar reads the ECI marker and gives UTF-8 text, as a phone does. Payloads
    may themselves hold line breaks, so callers compare against the payloads
    they expect rather than splitting.
    """
    prefix = tmp / "page"
    run("pdftoppm", "-r", str(dpi), "-png", pdf, prefix)
    output = ""
    for png in sorted(tmp.glob("page*.png")):
        result = subprocess.run(
            ["zbarimg", "--raw", "--nodbus", "-q", "-Sdisable", "-Sqrcode.enable", str(png)],
            capture_output=True,
            timeout=120,
        )
        if result.returncode == 0:
            output += result.stdout.decode("utf-8")
    return output


def assert_decodes_to(output: str, payloads: list[str]) -> None:
    """Every payload was decoded exactly, and nothing else was."""
    for payload in payloads:
        assert payload + "\n" in output, f"not decoded: {payload!r}"
    assert len(output) == sum(len(payload) + 1 for payload in payloads), output


def dark_box_width_cm(png: Path, dpi: int) -> float:
    """The width of everything dark on a rendered page, in centimetres."""
    from PIL import Image

    with Image.open(png) as image:
        box = image.convert("L").point(lambda v: 255 if v < 128 else 0).getbbox()
    assert box is not None
    return (box[2] - box[0]) / dpi * 2.54


@dataclass(frozen=True)
class FoundCode:
    """A QR code ZXing found on a rendered page: its text and the symbol's box in points (quiet zone excluded)."""

    page: int
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


def zxing_codes(pdf: Path, tmp: Path, dpi: int = 72) -> list[FoundCode]:
    """Render every page at ``dpi`` and read every QR code with ZXing (what Android camera apps use)."""
    import zxingcpp
    from PIL import Image

    folder = tmp / f"zxing-{dpi}"
    folder.mkdir(exist_ok=True)
    run("pdftoppm", "-r", str(dpi), "-png", pdf, folder / "page")
    found: list[FoundCode] = []
    scale = 72 / dpi
    for number, png in enumerate(sorted(folder.glob("page*.png")), start=1):
        with Image.open(png) as image:
            results = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
        for result in results:
            p = result.position
            xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
            ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
            # ZXing gives the centres of the outer modules' edges: add the last module's pixel.
            found.append(
                FoundCode(number, result.text, min(xs) * scale, min(ys) * scale, (max(xs) + 1) * scale,
                          (max(ys) + 1) * scale)
            )  # fmt: skip
    return found


def zbar_blurred(pdf: Path, tmp: Path, dpi: int = 150) -> str:
    """Render at ``dpi``, blur every page by one pixel (a slightly soft printout or camera) and decode with zbar."""
    from PIL import Image, ImageFilter

    folder = tmp / f"zbar-{dpi}"
    folder.mkdir(exist_ok=True)
    run("pdftoppm", "-r", str(dpi), "-png", pdf, folder / "page")
    output = ""
    for png in sorted(folder.glob("page*.png")):
        blurred = png.with_name("blurred-" + png.name)
        with Image.open(png) as image:
            image.convert("L").filter(ImageFilter.GaussianBlur(1)).save(blurred)
        result = subprocess.run(
            ["zbarimg", "--raw", "--nodbus", "-q", "-Sdisable", "-Sqrcode.enable", str(blurred)],
            capture_output=True,
            timeout=120,
        )
        if result.returncode == 0:
            output += result.stdout.decode("utf-8")
    return output


def assert_codes_print_well(pdf: Path, tmp: Path, payloads: list[str]) -> None:
    """Every code reads with ZXing at 72 dpi and with zbar at 150 dpi after a blur; modules ≥ 0.5 mm,
    codes ≥ 3.2 cm, and four modules of quiet zone around each code without any text in them."""
    from zwdesktop.core.qr_matrix import qr_matrix

    assert payloads
    at_72 = zxing_codes(pdf, tmp, 72)
    assert sorted(code.text for code in at_72) == sorted(payloads)
    assert_decodes_to(zbar_blurred(pdf, tmp, 150), payloads)
    mm = 72 / 25.4
    every_word = words(pdf)
    for code in zxing_codes(pdf, tmp, 150):  # finer, for the measurements
        modules = len(qr_matrix(code.text))
        width = code.x_max - code.x_min
        assert width >= 32 * mm - 1, (code.text[:40], width / mm)
        module = width / modules
        assert module >= 0.5 * mm, (code.text[:40], module / mm)
        quiet = 4 * module - 0.75  # rendering rounds by up to half a pixel on each side
        for word in every_word:
            if word.page != code.page:
                continue
            inside = (word.x_max > code.x_min - quiet and word.x_min < code.x_max + quiet
                      and word.y_max > code.y_min - quiet and word.y_min < code.y_max + quiet)  # fmt: skip
            assert not inside, f"{word.text!r} in the quiet zone of {code.text[:40]!r}"

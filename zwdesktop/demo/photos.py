"""Pictures for the demo workshop: pinboards with coloured cards, drawn at demo time (Pillow, no files shipped).

One of them is stored sideways with an EXIF orientation tag, as phone cameras
do, so the demo shows that the minutes turn photos upright.
"""

from __future__ import annotations

import io
import random

from ..core.photos import PHOTO_AT_END, Photo
from ..core.workshop import Phase
from ..paths import resource_dir

CARD_COLOURS = ("#fff176", "#81d4fa", "#a5d6a7", "#ffab91", "#ce93d8", "#ffffff")
EXIF_ORIENTATION = 0x0112
ROTATE_90_CLOCKWISE_TO_VIEW = 6


def _pinboard(title: str, cards: list[str], seed: int, size: tuple[int, int] = (1200, 900)) -> object:
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(seed)
    image = Image.new("RGB", size, "#c49a6c")
    draw = ImageDraw.Draw(image)
    for _ in range(1800):  # the cork's grain
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        shade = rng.choice(("#b0875a", "#d2a97a", "#a97d4f"))
        draw.ellipse((x, y, x + 3, y + 3), fill=shade)
    # The shipped Noto Sans: Pillow's built-in font has no umlauts.
    font_file = str(resource_dir() / "fonts" / "NotoSans-Regular.ttf")
    title_font = ImageFont.truetype(font_file, 44)
    card_font = ImageFont.truetype(font_file, 22)
    draw.rectangle((40, 30, size[0] - 40, 110), fill="#fafafa", outline="#555555", width=2)
    draw.text((60, 40), title, fill="#222222", font=title_font)
    columns = 4
    card_w, card_h = (size[0] - 100) // columns - 20, 120
    for index, text in enumerate(cards):
        col, row = index % columns, index // columns
        x = 60 + col * (card_w + 20) + rng.randint(-6, 6)
        y = 150 + row * (card_h + 30) + rng.randint(-6, 6)
        draw.rectangle((x + 5, y + 5, x + card_w + 5, y + card_h + 5), fill="#7a5a3a")  # shadow
        draw.rectangle((x, y, x + card_w, y + card_h), fill=rng.choice(CARD_COLOURS), outline="#666666")
        words, line, lines = text.split(), "", []
        for word in words:
            if len(line) + len(word) > 18:
                lines.append(line)
                line = ""
            line = f"{line} {word}".strip()
        lines.append(line)
        for number, part in enumerate(lines[:3]):
            draw.text((x + 12, y + 12 + number * 32), part, fill="#1a1a1a", font=card_font)
        draw.ellipse((x + card_w // 2 - 7, y - 7, x + card_w // 2 + 7, y + 7), fill="#d32f2f")  # pin
    return image


def _jpeg(image: object, sideways: bool = False) -> bytes:
    from PIL import Image

    assert isinstance(image, Image.Image)
    out = io.BytesIO()
    if sideways:
        # Stored turned a quarter to the left, with the tag that says "turn right to view".
        stored = image.transpose(Image.Transpose.ROTATE_90)
        exif = Image.Exif()
        exif[EXIF_ORIENTATION] = ROTATE_90_CLOCKWISE_TO_VIEW
        stored.save(out, "JPEG", quality=80, exif=exif.tobytes())
    else:
        image.save(out, "JPEG", quality=80)
    return out.getvalue()


def demo_photos() -> list[Photo]:
    """Three pinboard photos: the critique and fantasy phases and one at the end (the first stored sideways)."""
    boards = [
        (
            Phase.CRITIQUE.value,
            "Kritik: Was stört uns?",
            [
                "Zu wenig Treffpunkte",
                "Busse fahren selten",
                "Vereine finden keinen Nachwuchs",
                "Sprachkurse voll",
                "Infos nur auf Deutsch",
                "Kaum Kontakt im Quartier",
                "Ehrenamt überlastet",
            ],
            "Pinnwand der Kritikphase nach dem Clustern: drei Themen (Begegnung, Mobilität, Information).",
            True,
        ),
        (
            Phase.FANTASY.value,
            "Es wäre schön, wenn …",
            [
                "Interkulturelles Café",
                "Mitfahrbank am Markt",
                "Willkommens-Paten",
                "Mehrsprachige Infotafel",
                "Fest der Kulturen",
                "Sprachtandems",
            ],
            "Phantasiephase: Wünsche der Kleingruppen, mit Klebepunkten bewertet.",
            False,
        ),
        (
            PHOTO_AT_END,
            "Verabredungen",
            ["Café ab März", "Paten-Treffen 12.3.", "Steuerungsgruppe: 5 Personen", "Mail-Verteiler: 17"],
            "Zum Abschluss: die ersten Verabredungen mit Terminen.",
            False,
        ),
    ]
    photos = []
    for position, (phase, title, cards, caption, sideways) in enumerate(boards):
        data = _jpeg(_pinboard(title, cards, seed=position), sideways=sideways)
        name = f"IMG_20{position:02d}_pinnwand.jpg"
        photos.append(Photo(phase=phase, caption=caption, position=position, original_name=name, data=data))
    return photos

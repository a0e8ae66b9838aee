"""Photos for the PDF: turned upright by their EXIF orientation, scaled down, re-encoded as JPEG."""

from __future__ import annotations

import io

from msgspec import Struct
from PIL import Image, ImageOps

# Longest side in pixels and JPEG quality per photo size the export dialog offers.
PHOTO_SIZES: dict[str, tuple[int, int]] = {
    "small": (900, 72),
    "medium": (1400, 78),
    "large": (2000, 82),
}


class PreparedImage(Struct, frozen=True):
    """JPEG bytes ready to embed, with the upright pixel size."""

    data: bytes
    width: int
    height: int


def prepare(data: bytes, longest_side: int, quality: int) -> PreparedImage:
    """The photo upright (EXIF orientation applied), no larger than ``longest_side``, as a baseline JPEG.

    Transparent PNGs are put on white (a PDF page is white). Raises
    ``OSError`` or ``ValueError`` (Pillow's) for bytes that are no image.
    """
    with Image.open(io.BytesIO(data)) as image:
        # draft() lets the JPEG decoder scale by 1/2, 1/4, 1/8 while decoding: a 12-megapixel
        # photo then never sits in memory at full size.
        image.draft("RGB", (longest_side, longest_side))
        upright = ImageOps.exif_transpose(image)
        upright.thumbnail((longest_side, longest_side), Image.Resampling.LANCZOS)
        if upright.mode in ("RGBA", "LA") or (upright.mode == "P" and "transparency" in upright.info):
            rgba = upright.convert("RGBA")
            background = Image.new("RGB", rgba.size, "white")
            background.paste(rgba, mask=rgba.getchannel("A"))
            upright = background
        elif upright.mode != "RGB":
            upright = upright.convert("RGB")
        out = io.BytesIO()
        upright.save(out, "JPEG", quality=quality, optimize=True)
        return PreparedImage(out.getvalue(), upright.width, upright.height)

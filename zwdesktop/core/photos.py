"""Photos of the pinboards ("Impressionen"): JPEG or PNG with a caption, per phase or at the end, in process order.

The photo's bytes are kept exactly as taken (turning and scaling happen
only in the PDF), so nothing is lost and a merge compares like with like.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable

from msgspec import Struct, field
from msgspec.structs import astuple

from .validation import MAX_TEXT, Problem, check_text
from .workshop import PHASES, AgendaItem, new_id, utc_now

PHOTO_AT_END = ""  # the phase value of a photo that belongs to no phase: shown after all phases
MAX_PHOTO_BYTES = 40 * 1024 * 1024  # a 40-megapixel JPEG straight from a camera still fits
MEDIA_TYPES = ("image/jpeg", "image/png")
PHOTO_EDITABLE_FIELDS = ("caption", "phase")


class Photo(Struct):
    """One photo: what it shows (caption), where it belongs (phase, or :data:`PHOTO_AT_END`), its place in the order.

    ``data`` holds the file's bytes; listings leave it empty (``b""``) and
    fetch it only when a picture is drawn.
    """

    id: str = field(default_factory=new_id)
    phase: str = PHOTO_AT_END
    caption: str = ""
    position: int = 0
    original_name: str = ""
    media_type: str = "image/jpeg"
    width: int = 0
    height: int = 0
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)
    data: bytes = b""

    # The bytes take no part in comparing or showing a photo: a listing (without them) equals the stored photo.
    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and astuple(self)[:-1] == astuple(other)[:-1]  # type: ignore[arg-type]

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__struct_fields__[:-1])
        return f"Photo({shown})"


def sniff_image(data: bytes) -> tuple[str, int, int] | None:
    """The media type and pixel size of JPEG or PNG bytes (None for anything else).

    Reads only the headers: plain Python, no image library, so the store can
    refuse a wrong file before anything is written.
    """
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return ("image/png", width, height) if width and height else None
    if not data.startswith(b"\xff\xd8"):
        return None
    index = 2
    while index + 4 <= len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        if marker == 0xFF:
            index += 1
            continue
        (length,) = struct.unpack(">H", data[index + 2 : index + 4])
        # Start-of-frame markers (baseline, progressive, …) carry the size; C4, C8 and CC are not frames.
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if index + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[index + 5 : index + 9])
            return ("image/jpeg", width, height) if width and height else None
        index += 2 + length
    return None


def check_photo_data(data: bytes) -> Problem | None:
    """A photo must be a JPEG or PNG file of at most :data:`MAX_PHOTO_BYTES`."""
    if len(data) > MAX_PHOTO_BYTES:
        return Problem(
            "photo_too_large", {"size_mb": round(len(data) / 1048576, 1), "limit_mb": MAX_PHOTO_BYTES // 1048576}
        )
    if sniff_image(data) is None:
        return Problem("photo_not_image")
    return None


def check_photo_field(name: str, value: object) -> Problem | None:
    """Check a photo's caption or phase."""
    if name == "caption":
        return check_text(str(value), MAX_TEXT)
    if name == "phase" and value != PHOTO_AT_END and value not in PHASES:
        return Problem("phase_invalid", {"value": value})
    return None


def phases_in_agenda_order(agenda: Iterable[AgendaItem]) -> list[str]:
    """The phases in the order the agenda runs them, each once: the order the minutes print photos in."""
    order: list[str] = []
    for item in sorted(agenda, key=lambda i: (i.position, i.id)):
        if item.phase not in order:
            order.append(item.phase)
    return order


def _phase_rank(phase: str, phase_order: list[str]) -> tuple[int, int]:
    # The phases the agenda runs first, in its order; then others (a phase removed from the agenda); the end last.
    if phase == PHOTO_AT_END:
        return (2, 0)
    if phase in phase_order:
        return (0, phase_order.index(phase))
    return (1, PHASES.index(phase) if phase in PHASES else len(PHASES))


def process_order(photos: list[Photo], phase_order: list[str]) -> list[tuple[str, list[Photo]]]:
    """Photos grouped by phase in the order the phases ran (``phase_order``), the end last; each group by position.

    Phases that are not in ``phase_order`` (e.g. a phase removed from the
    agenda) come after the known ones, before the end.
    """
    groups: dict[str, list[Photo]] = {}
    for photo in sorted(photos, key=lambda p: (p.position, p.created_at, p.id)):
        groups.setdefault(photo.phase, []).append(photo)
    return [(phase, groups[phase]) for phase in sorted(groups, key=lambda phase: _phase_rank(phase, phase_order))]


def insertion_index(photos: list[Photo], phase: str, phase_order: list[str], selected: str | None = None) -> int:
    """Where a new photo of ``phase`` goes in the order, so that the list reads as the minutes print it.

    Right after the ``selected`` photo when that one is of the same phase;
    else after the last photo of that phase; else before the first photo of
    a phase that comes later (the end last).
    """
    ordered = sorted(photos, key=lambda p: (p.position, p.created_at, p.id))
    ids = [photo.id for photo in ordered]
    if selected in ids and ordered[ids.index(selected)].phase == phase:
        return ids.index(selected) + 1
    same = [index for index, photo in enumerate(ordered) if photo.phase == phase]
    if same:
        return same[-1] + 1
    rank = _phase_rank(phase, phase_order)
    later = (index for index, photo in enumerate(ordered) if _phase_rank(photo.phase, phase_order) > rank)
    return next(later, len(ordered))

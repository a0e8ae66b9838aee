"""What the export dialog and the command line choose for the minutes (no PDF library needed to say it)."""

from __future__ import annotations

from msgspec import Struct


class MinutesOptions(Struct, frozen=True):
    """What the export dialog chooses: sections, whether names are printed, the photo size."""

    sections: tuple[str, ...] | None = None  # None: every section (keys of sections.SECTIONS)
    include_names: bool = True
    photo_size: str = "medium"  # a key of PHOTO_SIZES
    language: str | None = None  # None: the workshop's minutes language

"""The minutes (Protokoll) as PDF: a document a county office can send out unchanged.

The document is the header followed by the chosen **sections** of
:data:`~zwdesktop.export.minutes.sections.SECTIONS` (the list there is the
document's order, the process order of a workshop). Each section is a builder
``(MinutesContext) -> list[Flowable]`` that reads its records from
``context.data`` (the same :class:`~zwdesktop.core.exchange.ExchangeData`
the exchange document carries); the export dialog and the command line choose
sections by key.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from msgspec import Struct
from reportlab.platypus import Flowable, Spacer

from ...core.bidi import isolated
from ...core.exchange import ExchangeData
from ...core.photos import Photo
from ..pdf.document import Contents, DocumentInfo, render
from ..pdf.flowables import TextBlock
from ..pdf.images import PHOTO_SIZES, PreparedImage, prepare
from .common import (
    H2,
    MinutesContext,
)
from .labels import Labels
from .options import MinutesOptions
from .sections import SECTIONS
from .workshop import build_header

TOC_MIN_PAGES = 4  # a table of contents only when the minutes run to more pages than this


# ---- the whole document ---------------------------------------------------------


class MinutesResult(Struct, frozen=True):
    """The PDF and what went into it."""

    pdf: bytes
    pages: int
    qr_payloads: tuple[str, ...]


def _prepare_photos(
    photos: list[Photo],
    options: MinutesOptions,
    load_photo: Callable[[Photo], bytes | None],
    prepared: dict[tuple[str, str], PreparedImage],
) -> None:
    """Scale every photo at once on all cores (Pillow works outside the GIL); a bad one is left for its cell."""
    longest, quality = PHOTO_SIZES.get(options.photo_size, PHOTO_SIZES["medium"])
    # The bytes are read here, in this thread: the store's connection belongs to it.
    blobs = [(photo.id, load_photo(photo)) for photo in photos]
    with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
        futures = [(pid, pool.submit(prepare, blob, longest, quality)) for pid, blob in blobs if blob]
        for pid, future in futures:
            # A bad photo is left out here: _photo_cell tries again and prints the notice in its place.
            with contextlib.suppress(OSError, ValueError, SyntaxError):
                prepared[(pid, options.photo_size)] = future.result()


class MinutesStory(Struct):
    """The minutes as a story of flowables, before any file is made (the PDF and the Word document draw it)."""

    make: Callable[[Contents | None], list[Flowable]]  # a fresh story; ``contents`` where the contents go
    info: DocumentInfo
    labels: Labels
    payloads: list[str]  # the QR payloads of the story made last


def minutes_story(
    data: ExchangeData,
    options: MinutesOptions | None = None,
    load_photo: Callable[[Photo], bytes] | None = None,
    now: dt.datetime | None = None,
) -> MinutesStory:
    """The chosen sections of a workshop's minutes as flowables, with what the document says about itself.

    ``load_photo`` fetches a photo's bytes when they are not in the record
    (the store keeps them apart so listing photos stays cheap).
    """
    options = options or MinutesOptions()
    w = data.workshop
    labels = Labels(options.language or w.minutes_language)
    chosen = [s for s in SECTIONS if options.sections is None or s.key in options.sections]
    payloads: list[str] = []
    prepared: dict[tuple[str, str], PreparedImage] = {}
    if data.photos and any(s.key == "photos" for s in chosen):
        _prepare_photos(data.photos, options, load_photo or (lambda photo: photo.data), prepared)

    def story(contents: Contents | None) -> list[Flowable]:
        ctx = MinutesContext(
            data=data,
            options=options,
            labels=labels,
            now=now or dt.datetime.now(dt.UTC),
            load_photo=load_photo or (lambda photo: photo.data),
            prepared=prepared,
        )
        flowables = build_header(ctx)
        if contents is not None:
            flowables += [TextBlock(labels("contents"), H2.but(space_before=10, role="H2")), contents, Spacer(1, 6)]
        for section in chosen:
            flowables += section.build(ctx)
        payloads[:] = ctx.qr_payloads
        return flowables

    info = DocumentInfo(
        title=f"{labels('minutes')}: {w.title}",
        author=w.moderation_team if options.include_names and w.moderation_team else (w.county or w.municipality),
        subject=labels("subject", municipality=w.municipality or w.title, date=labels.long_date(w.date)),
        language=labels.bcp47,
        footer=w.funder_line,
        page_label=lambda page, pages: labels("page_of", page=page, pages=pages),
        running_title=f"{isolated(w.title)} · {labels.long_date(w.date)}",
        keywords="Zukunftswerkstatt, " + labels("minutes"),
    )
    return MinutesStory(story, info, labels, payloads)


def build_minutes(
    data: ExchangeData,
    options: MinutesOptions | None = None,
    load_photo: Callable[[Photo], bytes] | None = None,
    now: dt.datetime | None = None,
) -> MinutesResult:
    """The minutes PDF of a workshop (see :func:`minutes_story`)."""
    story = minutes_story(data, options, load_photo, now)
    pdf, pages = render(story.make, story.info, story.labels("contents"), TOC_MIN_PAGES)
    return MinutesResult(pdf, pages, tuple(story.payloads))

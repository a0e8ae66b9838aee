"""The module matrix of a QR code, one place for the projector and the PDF (so both encode alike).

segno with error correction M exactly; UTF-8 announced with an ECI marker when
the payload is not ASCII, so zbar and phone scanners do not misread umlauts as
Shift-JIS (DESIGN.md §4); pure ASCII needs none.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

QUIET_MODULES = 4  # the quiet zone the standard asks for, in modules

Matrix = tuple[tuple[bool, ...], ...]


@functools.lru_cache(maxsize=512)  # the minutes are laid out twice; the projector repaints often
def qr_matrix(payload: str) -> Matrix:
    """The dark (True) and light modules of ``payload``'s code, row by row."""
    import segno

    ascii_only = payload.isascii()
    code = segno.make(
        payload, error="m", boost_error=False, micro=False, encoding=None if ascii_only else "utf-8", eci=not ascii_only
    )
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix)


def dark_runs(row: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of every run of dark modules in a row: one rectangle each, no hairline gaps between modules."""
    column = 0
    while column < len(row):
        if not row[column]:
            column += 1
            continue
        start = column
        while column < len(row) and row[column]:
            column += 1
        yield start, column

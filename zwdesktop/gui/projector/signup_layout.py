"""Where the sign-up picture puts its codes: modules large enough to scan from the back of the hall.

A phone 8 m from a 3 m wide screen resolves about 8 mm: one module of every
code is at least :data:`MIN_MODULE_SHARE` of the screen's width (1/350, six
pixels at 1920). Groups (a title over their codes, a caption under each)
are placed in rows, as many as fit at that size; the rest go onto further
pages. A page with room to spare draws its codes larger. Pure arithmetic in
pixels, no Qt, so the layout is tested on its own.
"""

from __future__ import annotations

import math

from msgspec import Struct

MIN_MODULE_SHARE = 1 / 350  # of the screen's width: about 8 mm on a 3 m screen
MAX_MODULE_SHARE = 1 / 120  # no larger than this: a single code need not fill the screen


class Box(Struct, frozen=True):
    """A rectangle in pixels."""

    x: int
    y: int
    w: int
    h: int


class PlacedTile(Struct, frozen=True):
    """One group on a page: its title, its codes (squares with the quiet zone) and their captions."""

    index: int  # the tile's index in the list given to :func:`paginate`
    title: Box
    codes: tuple[Box, ...]
    captions: tuple[Box, ...]


class Metrics(Struct, frozen=True):
    """The sizes of the text around the codes and of the gaps, in pixels."""

    title_h: int
    caption_h: int
    gap: int  # between tiles and between rows
    inner_gap: int  # between the codes of one tile


def min_module(screen_width: int) -> int:
    """The smallest module in whole pixels for a screen ``screen_width`` pixels wide."""
    return max(1, math.ceil(screen_width * MIN_MODULE_SHARE))


def _tile_size(modules: list[int], module: int, m: Metrics) -> tuple[int, int]:
    sides = [count * module for count in modules]
    return sum(sides) + m.inner_gap * (len(sides) - 1), m.title_h + max(sides) + m.caption_h


def _rows(tiles: list[list[int]], indices: list[int], module: int, width: int, m: Metrics) -> list[list[int]]:
    """The tiles in rows no wider than ``width`` (a tile wider than that gets a row of its own)."""
    rows: list[list[int]] = []
    used = 0
    for index in indices:
        tile_w, _h = _tile_size(tiles[index], module, m)
        if rows and used + m.gap + tile_w <= width:
            rows[-1].append(index)
            used += m.gap + tile_w
        else:
            rows.append([index])
            used = tile_w
    return rows


def _height(tiles: list[list[int]], rows: list[list[int]], module: int, m: Metrics) -> int:
    heights = [max(_tile_size(tiles[i], module, m)[1] for i in row) for row in rows]
    return sum(heights) + m.gap * (len(rows) - 1)


def paginate(tiles: list[list[int]], width: int, height: int, module: int, m: Metrics) -> list[list[int]]:
    """The tiles (each given as the module counts of its codes, quiet zone included) split into pages.

    Each page holds as many whole tiles, in order, as fit ``width`` × ``height``
    with ``module`` pixels a module; a tile too large even alone has a page of
    its own (it is then drawn smaller, see :func:`place`).
    """
    pages: list[list[int]] = []
    current: list[int] = []
    for index in range(len(tiles)):
        candidate = [*current, index]
        if current and _height(tiles, _rows(tiles, candidate, module, width, m), module, m) > height:
            pages.append(current)
            candidate = [index]
        current = candidate
    if current:
        pages.append(current)
    return pages


def place(
    tiles: list[list[int]], page: list[int], area: Box, module: int, m: Metrics, max_module: int
) -> tuple[int, list[PlacedTile]]:
    """The module size and the boxes of one page's tiles, centred in ``area``.

    The module is the largest from ``module`` up to ``max_module`` at which
    the page still fits; when even ``module`` does not fit (one huge code),
    the largest smaller one that does.
    """

    def fits(size: int) -> bool:
        rows = _rows(tiles, page, size, area.w, m)
        widest = max(sum(_tile_size(tiles[i], size, m)[0] for i in row) + m.gap * (len(row) - 1) for row in rows)
        return widest <= area.w and _height(tiles, rows, size, m) <= area.h

    size = module
    while size < max_module and fits(size + 1):
        size += 1
    while size > 1 and not fits(size):
        size -= 1
    rows = _rows(tiles, page, size, area.w, m)
    total_h = _height(tiles, rows, size, m)
    y = area.y + max(0, (area.h - total_h) // 2)
    placed: list[PlacedTile] = []
    for row in rows:
        sizes = [_tile_size(tiles[i], size, m) for i in row]
        row_w = sum(w for w, _h in sizes) + m.gap * (len(row) - 1)
        row_h = max(h for _w, h in sizes)
        x = area.x + max(0, (area.w - row_w) // 2)
        for index, (tile_w, _tile_h) in zip(row, sizes, strict=True):
            side = max(tiles[index]) * size
            codes: list[Box] = []
            captions: list[Box] = []
            code_x = x
            for count in tiles[index]:
                code_side = count * size
                # Codes of one tile stand on one line, each centred on the tallest's middle.
                code_y = y + m.title_h + (side - code_side) // 2
                codes.append(Box(code_x, code_y, code_side, code_side))
                captions.append(Box(code_x, code_y + code_side, code_side, m.caption_h))
                code_x += code_side + m.inner_gap
            placed.append(PlacedTile(index, Box(x, y, tile_w, m.title_h), tuple(codes), tuple(captions)))
            x += tile_w + m.gap
        y += row_h + m.gap
    return size, placed

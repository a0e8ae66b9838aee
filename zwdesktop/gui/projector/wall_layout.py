"""Where every card of the idea wall goes: columns and one text size chosen so that everything fits.

The wall is read like a pinboard: cluster by cluster, each cluster's name
over its cards, flowing down a column and on into the next. The layout tries
text sizes from large to small (a binary search) and, for each, 1 to
:data:`MAX_COLUMNS` columns; it takes the largest size at which all cards fit
the area without overlapping. Text height is measured by the caller's
``measure`` function (Qt font metrics on the wall), so this module stays
plain arithmetic that a test can check.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from msgspec import Struct, field

MAX_COLUMNS = 12
# The smallest text on the wall in pixels; below it a card's text is shortened with "…".
MIN_PIXELS = 8
# Measure(text, pixel size, width, bold) -> the height the text needs when wrapped into width.
Measure = Callable[[str, int, int, bool], int]


class Box(Struct, frozen=True):
    """A rectangle in pixels."""

    x: int
    y: int
    w: int
    h: int

    def intersects(self, other: Box) -> bool:
        """Whether the two rectangles share any pixel."""
        return (
            self.x < other.x + other.w
            and other.x < self.x + self.w
            and self.y < other.y + other.h
            and other.y < self.y + self.h
        )


class WallItem(Struct, frozen=True):
    """One thing placed on the wall: a cluster header or a card, with its box and the text box inside it."""

    kind: str  # "header" or "card"
    key: str  # the idea's or cluster's id ("" for the unclustered header)
    group: int  # the index of its group
    text: str
    box: Box
    text_box: Box


class WallLayout(Struct):
    """The chosen text size and columns, and every item's place; ``fits`` is False when even the smallest size overflowed."""

    pixels: int = MIN_PIXELS
    columns: int = 1
    items: list[WallItem] = field(default_factory=list)
    fits: bool = True


class WallGroupText(Struct, frozen=True):
    """A group as the layout sees it: a header text and card texts with their ids.

    ``continued`` is the header over the group's cards at the top of a further
    column when the group flows on into it ("Mobilität (Fortsetzung)"; the
    header itself when empty).
    """

    key: str
    header: str
    cards: Sequence[tuple[str, str]]  # (id, text)
    continued: str = ""


def _metrics(pixels: int) -> tuple[int, int, int]:
    # (padding inside a card, gap between cards, gap between columns), all growing with the text.
    return max(3, pixels // 4), max(3, pixels // 4), max(6, pixels // 2)


def header_chip(pixels: int) -> int:
    """The width of the cluster's colour bar at the left of its header; the header's text starts after it."""
    return max(3, pixels // 3)


def _flow(
    groups: Sequence[WallGroupText], width: int, height: int, pixels: int, columns: int, measure: Measure
) -> WallLayout | None:
    pad, gap, column_gap = _metrics(pixels)
    column_width = (width - (columns - 1) * column_gap) // columns
    inner = column_width - 2 * pad
    if inner < pixels * 4:
        return None
    # Every card and header is at least one line high: when even that overflows the columns, nothing
    # is measured (a wall of thousands of ideas is known not to fit at once).
    line = measure("x", pixels, inner, False) * 4 // 5  # with room for a script whose font sets shorter lines
    cards = sum(len(group.cards) for group in groups)
    shortest = (cards + len(groups)) * (line + 2 * pad + gap) + len(groups) * gap
    if line > 0 and shortest > columns * (height + 2 * gap):
        return None
    items: list[WallItem] = []
    column, y = 0, 0

    # A header's text starts after its colour bar (and as far from it as a card's text from its edge).
    chip = header_chip(pixels)
    header_inner = inner - chip
    if header_inner < pixels * 3:
        return None

    def place(kind: str, key: str, group: int, text: str, text_height: int, keep_with: int = 0) -> bool:
        nonlocal column, y
        box_height = text_height + 2 * pad
        # A header moves on together with the first card under it.
        needed = box_height + keep_with
        if y > 0 and y + needed > height:
            column, y = column + 1, 0
        if column >= columns or y + needed > height:
            return False
        x = column * (column_width + column_gap)
        box = Box(x, y, column_width, box_height)
        indent = chip if kind == "header" else 0
        items.append(WallItem(kind, key, group, text, box, Box(x + pad + indent, y + pad, inner - indent, text_height)))
        y += box_height + gap
        return True

    for index, group in enumerate(groups):
        # Measured card by card: a layout that overflows stops measuring where it overflows.
        first_height = measure(group.cards[0][1], pixels, inner, False) if group.cards else 0
        header_height = measure(group.header, pixels, header_inner, True)
        first = first_height + 2 * pad + gap if group.cards else 0
        if not place("header", group.key, index, group.header, header_height, keep_with=first):
            return None
        for number, (idea_id, text) in enumerate(group.cards):
            text_height = first_height if number == 0 else measure(text, pixels, inner, False)
            card = text_height + 2 * pad
            if y > 0 and y + card > height:
                # The group flows on into the next column: its name goes over the cards there too.
                continued = group.continued or group.header
                column, y = column + 1, 0
                continued_height = measure(continued, pixels, header_inner, True)
                if not place("header", group.key, index, continued, continued_height, keep_with=card + gap):
                    return None
            if not place("card", idea_id, index, text, text_height):
                return None
        y += gap  # a little more room before the next cluster
    return WallLayout(pixels=pixels, columns=columns, items=items)


def layout_wall(
    groups: Sequence[WallGroupText],
    width: int,
    height: int,
    measure: Measure,
    max_pixels: int,
    hint: int | None = None,
    squeeze: bool = True,
) -> WallLayout:
    """The largest text size (and the fewest columns at it) at which every group fits ``width`` × ``height``.

    When nothing fits even at :data:`MIN_PIXELS` the smallest size with the
    most columns is returned with ``fits=False``; the painter then shortens
    the texts that overflow their cards. ``hint`` is the size of the last
    layout: one idea more or less rarely changes the size by more than one
    step, so the search starts there (the result is the same without it as
    long as every smaller size fits where a larger one does, which the binary
    search assumes anyway). Without ``squeeze`` a wall that does not fit
    comes back empty with ``fits=False`` (for a caller that would not use it).
    """
    if not groups or width <= 0 or height <= 0:
        return WallLayout(pixels=max_pixels)

    def best_at(pixels: int) -> WallLayout | None:
        for columns in range(1, MAX_COLUMNS + 1):
            found = _flow(groups, width, height, pixels, columns, measure)
            if found is not None:
                return found
        return None

    low, high = MIN_PIXELS, max(MIN_PIXELS, max_pixels)
    best: WallLayout | None = None
    if hint is not None and low <= hint <= high:
        # Try the hint and its neighbour first; the binary search below goes on only between them and the ends.
        at = best_at(hint)
        if at is not None:
            best, low = at, hint + 1
            if low <= high and (above := best_at(low)) is None:
                return at
            if low <= high:
                best, low = above, low + 1
        else:
            high = hint - 1
            if high >= low and (below := best_at(high)) is not None:
                return below
            high -= 1
    while low <= high:
        middle = (low + high) // 2
        found = best_at(middle)
        if found is not None:
            best, low = found, middle + 1
        else:
            high = middle - 1
    if best is not None:
        return best
    return _squeezed(groups, width, height, measure) if squeeze else WallLayout(pixels=MIN_PIXELS, fits=False)


def _squeezed(groups: Sequence[WallGroupText], width: int, height: int, measure: Measure) -> WallLayout:
    # Too much text for the screen: the smallest size, the most columns, and every card
    # given an equal share of its column (texts are shortened to fit by the painter).
    pixels, columns = MIN_PIXELS, MAX_COLUMNS
    pad, gap, column_gap = _metrics(pixels)
    column_width = (width - (columns - 1) * column_gap) // columns
    entries = [(i, "header", g.key, g.header) for i, g in enumerate(groups)]
    flat: list[tuple[int, str, str, str]] = []
    for index, group in enumerate(groups):
        flat.append(entries[index])
        flat.extend((index, "card", idea_id, text) for idea_id, text in group.cards)
    per_column = max(1, -(-len(flat) // columns))
    slot = max(1, (height - (per_column - 1) * gap) // per_column)
    items = []
    for n, (group_index, kind, key, text) in enumerate(flat):
        column, row = divmod(n, per_column)
        x, y = column * (column_width + column_gap), row * (slot + gap)
        box = Box(x, y, column_width, slot)
        indent = header_chip(pixels) if kind == "header" else 0
        text_box = Box(x + pad + indent, y + min(pad, slot // 4), max(1, column_width - 2 * pad - indent),
                       max(1, slot - 2 * min(pad, slot // 4)))  # fmt: skip
        items.append(WallItem(kind, key, group_index, text, box, text_box))
    return WallLayout(pixels=pixels, columns=columns, items=items, fits=False)

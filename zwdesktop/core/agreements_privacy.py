"""Finding a person in everything stored, and taking their name out of free text (the right of access and erasure)."""

from __future__ import annotations

from msgspec import Struct

ERASED = "[…]"  # what replaces a person's name in free text after erasure


def _fold(ch: str) -> str:
    # casefold() keeps Turkish ı apart from i and turns İ into i + a combining dot; a name typed
    # in capitals ("YILMAZ") must still match "Yılmaz".
    return ch.casefold().replace("ı", "i").replace("\u0307", "")


def normalised(text: str) -> str:
    """Case- and space-insensitive form of a name or address, for matching a person."""
    return "".join(_fold(ch) for ch in " ".join(text.split()))


class PersonQuery(Struct, frozen=True):
    """Who to find: a name and/or an e-mail address (either may be empty, not both)."""

    name: str = ""
    email: str = ""

    @property
    def empty(self) -> bool:
        """Whether there is nothing to look for."""
        return not normalised(self.name) and not normalised(self.email)

    def needles(self) -> list[str]:
        """The normalised texts that identify the person."""
        return [n for n in (normalised(self.name), normalised(self.email)) if n]

    def matches(self, name: str = "", email: str = "") -> bool:
        """Whether a record's name or e-mail address is this person's."""
        return bool(
            (normalised(self.name) and normalised(name) == normalised(self.name))
            or (normalised(self.email) and normalised(email) == normalised(self.email))
        )

    def mentioned_in(self, text: str) -> bool:
        """Whether a free text mentions the person (name or address, ignoring case and spacing)."""
        flat = normalised(text)
        return any(needle in flat for needle in self.needles())


def erase_mentions(text: str, needles: list[str]) -> str:
    """``text`` with every mention of the needles (ignoring case and spacing) replaced by :data:`ERASED`."""
    wanted = sorted({normalised(n) for n in needles if normalised(n)}, key=len, reverse=True)
    if not wanted:
        return text
    # The folded text with, for each of its characters, the index of the original character it came from.
    folded: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        if ch.isspace():
            if folded and folded[-1] == " ":
                continue
            folded.append(" ")
            origin.append(index)
            continue
        for part in _fold(ch):
            folded.append(part)
            origin.append(index)
    flat = "".join(folded)
    spans: list[tuple[int, int]] = []
    for needle in wanted:
        start = flat.find(needle)
        while start >= 0:
            end = start + len(needle)
            begin, stop = origin[start], origin[end - 1] + 1
            if not any(b < stop and begin < e for b, e in spans):
                spans.append((begin, stop))
            start = flat.find(needle, end)
    for begin, stop in sorted(spans, reverse=True):
        text = text[:begin] + ERASED + text[stop:]
    return text

"""Bidi controls in user text: kept inside the text that has them (Unicode's bidi algorithm, UAX #9).

A right-to-left override (U+202E) typed or pasted into a title reverses not
only the title but everything drawn after it in the same line: the date
beside the title in the PDF's page header came out as "6202.30.21". Text with
explicit directional formatting characters is therefore *contained* where it
is typed or imported: its unpaired openers are closed at its end, stray
closers dropped, and the whole wrapped in an isolate (FSI … PDI), so the text
around it is laid out as if it were a single neutral character. Text without
such characters (nearly all, Arabic and Farsi included) is stored exactly as
typed; where the PDF puts a user's text into one line with its own (the title
beside the date in the page header) it is *isolated* whatever it holds.

Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
EMBEDDINGS = frozenset(LRE + RLE + LRO + RLO)
ISOLATES = frozenset(LRI + RLI + FSI)
EXPLICIT = frozenset(EMBEDDINGS | ISOLATES | {PDF, PDI})


def has_explicit(text: str) -> bool:
    """Whether ``text`` has explicit directional formatting characters (embeddings, overrides, isolates)."""
    return not EXPLICIT.isdisjoint(text)


def balanced(text: str) -> str:
    """``text`` with every opener closed in order at its end and every closer without an opener dropped."""
    out: list[str] = []
    stack: list[str] = []
    for ch in text:
        if ch in EMBEDDINGS or ch in ISOLATES:
            stack.append(ch)
        elif ch == PDF:
            # A PDF closes the latest embedding, but never reaches past an isolate (UAX #9, X7).
            if not stack or stack[-1] not in EMBEDDINGS:
                continue
            stack.pop()
        elif ch == PDI:
            # A PDI closes the latest isolate and every embedding opened inside it (X6a).
            if not any(opener in ISOLATES for opener in stack):
                continue
            while stack and stack[-1] not in ISOLATES:
                out.append(PDF)
                stack.pop()
            stack.pop()
        out.append(ch)
    for opener in reversed(stack):
        out.append(PDI if opener in ISOLATES else PDF)
    return "".join(out)


def contained(text: str) -> str:
    """``text`` unchanged, or, when it has explicit bidi controls, balanced and wrapped in FSI … PDI (idempotent)."""
    return isolated(text) if has_explicit(text) else text


def isolated(text: str) -> str:
    """``text`` balanced and wrapped in FSI … PDI, so that beside other text it acts as one neutral character.

    For user text composed into a line with other text (a title beside a date):
    an Arabic title then stays on its side of the date as well (idempotent).
    """
    if text.startswith(FSI) and text.endswith(PDI) and balanced(text[1:-1]) == text[1:-1]:
        return text
    return FSI + balanced(text) + PDI

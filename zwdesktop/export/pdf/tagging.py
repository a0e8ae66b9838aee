"""Tagged PDF, the drawing side: marked content with MCIDs, and the structure it belongs to.

reportlab has no tagged PDF. Our flowables know what they are (a heading, a
paragraph, a list item, a table cell, a figure, a link) and draw their own
lines, so while they draw they wrap their content in marked-content
sequences (``/P <</MCID 3>> BDC … EMC``) and record, in a :class:`Tagger`
attached to the canvas, which structure element each sequence belongs to.
Page furniture (footers, running titles, rules, table backgrounds and
lines, a table header repeated on the next page) is wrapped as
``/Artifact``. After reportlab has written the file,
:mod:`.structure` turns the recorded tree into the PDF's structure tree
with pikepdf.

A right-to-left line is drawn in visual order (reshaped and reordered), so
its marked content carries the line as typed in ``/ActualText``: copying or
reading it aloud gives the logical text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from msgspec import Struct, field
from reportlab.pdfbase.pdfdoc import PDFString

# Arabic-script letters only Farsi uses (پ چ ژ گ ک ی and the Persian digits): such a paragraph is Farsi.
_FARSI_ONLY = frozenset("پچژگکی۰۱۲۳۴۵۶۷۸۹")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# E-mail and web addresses in user text become links. Trailing punctuation stays outside.
LINK_PATTERN = re.compile(
    r"(?<![\w@.])(?:(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]}»“”]|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})"
)


class Marked(Struct, frozen=True):
    """A marked-content sequence: the page (0-based) and its MCID there."""

    page: int
    mcid: int


class Annotation(Struct, frozen=True):
    """A link annotation: the page and its place among the page's annotations (in the order drawn)."""

    page: int
    index: int


class Element(Struct, eq=False):
    """A structure element (``role`` a standard structure type) with its kids in reading order."""

    role: str
    parent: Element | None = None
    kids: list[Element | Marked | Annotation] = field(default_factory=list)
    alt: str = ""
    actual_text: str = ""
    lang: str = ""
    scope: str = ""  # TH: "Row" or "Column"
    bbox: tuple[float, float, float, float] | None = None  # Figure: in page space
    url: str = ""  # Link: the address it opens, for the annotation's description

    def add(self, role: str, **attrs: Any) -> Element:
        """A new kid element at the end."""
        element = Element(role, self, **attrs)
        self.kids.append(element)
        return element


def passage_language(text: str) -> str:
    """``ar`` or ``fa`` for a paragraph in Arabic script (a Latin name or number may be in it), else ``""``.

    A paragraph whose letters are at least three quarters Arabic script is in
    that language; Farsi is told apart by its own letters.
    """
    if text.isascii() or not _ARABIC_SCRIPT.search(text):
        return ""  # no Arabic letter at all (the common case, checked quickly)
    arabic = other = 0
    farsi = False
    for ch in text:
        if not ch.isalpha():
            farsi = farsi or ch in _FARSI_ONLY
            continue
        if unicodedata.bidirectional(ch) == "AL":
            arabic += 1
            farsi = farsi or ch in _FARSI_ONLY
        else:
            other += 1
    if arabic == 0 or arabic < 3 * other:
        return ""
    return "fa" if farsi else "ar"


def pdf_text_string(text: str) -> str:
    """A PDF text string in a content stream: UTF-16BE with its byte-order mark, as hex."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


class Tagger:
    """The structure of one rendering pass: elements, their marked content per page, links, artifacts."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.root = Element("Document")
        self._stack: list[Element] = [self.root]
        self.page = 0
        self._next_mcid = 0
        self._annotations = 0
        self.links: list[tuple[Annotation, Element]] = []
        self._state: dict[int, Any] = {}  # per flowable (split parts share one): its element, or a table's
        self._keep: list[object] = []  # the objects keyed in _state stay alive for the pass (ids stay unique)
        self.silent = 0  # above 0: inside an artifact, so what is drawn there is not tagged

    # ---- where new elements go ------------------------------------------------

    @property
    def parent(self) -> Element:
        """The element new content goes into."""
        return self._stack[-1]

    def push(self, element: Element) -> None:
        """Make ``element`` the parent of what is drawn next."""
        self._stack.append(element)

    def pop(self) -> None:
        """Back to the previous parent."""
        if len(self._stack) > 1:
            self._stack.pop()

    def state(self, owner: object) -> Any:
        """What was stored for ``owner`` in this pass (None at first)."""
        return self._state.get(id(owner))

    def remember(self, owner: object, value: Any) -> None:
        """Store ``value`` for ``owner`` (a flowable, or the token its split parts share)."""
        if id(owner) not in self._state:
            self._keep.append(owner)
        self._state[id(owner)] = value

    def block_element(self, token: object, role: str, **attrs: Any) -> Element:
        """The element of a text block: made on its first part, found again for the parts after a page break.

        ``LI`` makes a list item (inside an ``L``, a new one unless the list
        item before it is the parent's last kid) whose text goes into its
        ``LBody``; ``LI+`` continues the last list item (a note under it).
        """
        found = self.state(token)
        if found is not None:
            return found  # type: ignore[no-any-return]
        parent = self.parent
        if role in ("LI", "LI+"):
            last = parent.kids[-1] if parent.kids else None
            if role == "LI+" and isinstance(last, Element) and last.role == "L" and last.kids:
                item = last.kids[-1]
                assert isinstance(item, Element)
                body = item.kids[-1]  # the last item's LBody
                assert isinstance(body, Element)
                element = body.add("P", **attrs)
            else:
                items = last if isinstance(last, Element) and last.role == "L" else parent.add("L")
                element = items.add("LI").add("LBody", **attrs)
        elif role == "P" and parent.role in ("TD", "TH", "Link"):
            # The text of a cell or a contents entry goes straight into it (no paragraph of its own).
            element = parent
            if attrs.get("lang") and not parent.lang:
                parent.lang = attrs["lang"]
        else:
            element = parent.add(role, **attrs)
        self.remember(token, element)
        return element

    # ---- marked content ---------------------------------------------------------

    def next_page(self) -> None:
        """The canvas went on to a new page."""
        self.page += 1
        self._next_mcid = 0
        self._annotations = 0

    def begin_marked(self, canvas: Any, element: Element, actual_text: str = "", lang: str = "") -> None:
        """Start a marked-content sequence of ``element`` (with the logical text when drawn reordered)."""
        mcid = self._next_mcid
        self._next_mcid += 1
        element.kids.append(Marked(self.page, mcid))
        props = f"/MCID {mcid}"
        tag = "P"
        if actual_text:
            tag = "Span"
            props += f" /ActualText {pdf_text_string(actual_text)}"
        if lang:
            props += f" /Lang {pdf_text_string(lang)}"
        canvas._code.append(f"/{tag} <<{props}>> BDC")

    @staticmethod
    def end_marked(canvas: Any) -> None:
        """End the sequence begun last."""
        canvas._code.append("EMC")

    @contextmanager
    def marked(self, canvas: Any, element: Element, actual_text: str = "", lang: str = "") -> Iterator[None]:
        """Everything drawn inside belongs to ``element``."""
        self.begin_marked(canvas, element, actual_text, lang)
        try:
            yield
        finally:
            self.end_marked(canvas)

    @staticmethod
    def begin_artifact(canvas: Any, kind: str = "Layout", subtype: str = "") -> None:
        """Start content that is no part of the text (page furniture, decoration)."""
        extra = f" /Subtype /{subtype}" if subtype else ""
        canvas._code.append(f"/Artifact <</Type /{kind}{extra}>> BDC")

    @contextmanager
    def artifact(self, canvas: Any, kind: str = "Layout", subtype: str = "") -> Iterator[None]:
        """Everything drawn inside is an artifact."""
        self.begin_artifact(canvas, kind, subtype)
        try:
            yield
        finally:
            self.end_marked(canvas)

    # ---- links --------------------------------------------------------------------

    def link_url(self, canvas: Any, element: Element, url: str, rect: tuple[float, float, float, float]) -> None:
        """A clickable area (in the current coordinates) that opens ``url``, tied to the Link ``element``."""
        canvas.linkURL(url, rect, relative=1, thickness=0, Contents=PDFString(element.alt or url))
        self._annotated(element)

    def link_destination(
        self, canvas: Any, element: Element, key: str, rect: tuple[float, float, float, float]
    ) -> None:
        """A clickable area that goes to the bookmark ``key`` (the table of contents)."""
        canvas.linkRect(element.alt, key, rect, relative=1, thickness=0)
        self._annotated(element)

    def _annotated(self, element: Element) -> None:
        annotation = Annotation(self.page, self._annotations)
        self._annotations += 1
        element.kids.append(annotation)
        self.links.append((annotation, element))


def tagger_of(canvas: Any) -> Tagger | None:
    """The canvas's tagger, when it draws a tagged document (None inside an artifact that holds text)."""
    tagger: Tagger | None = getattr(canvas, "zw_tagger", None)
    if tagger is not None and tagger.silent:
        return None
    return tagger


def link_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, target) of every e-mail and web address in ``text``; the target is a ``mailto:`` or ``https://`` URL."""
    spans = []
    for match in LINK_PATTERN.finditer(text):
        found = match.group(0)
        if "@" in found and "://" not in found and not found.startswith("www."):
            target = "mailto:" + found
        elif found.startswith("www."):
            target = "https://" + found
        else:
            target = found
        spans.append((match.start(), match.end(), target))
    return spans

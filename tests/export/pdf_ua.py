"""The machine-checkable rules of PDF/UA-1 (ISO 14289-1), checked with pikepdf.

veraPDF, the reference checker, is a Java program that is not available
offline here; these are the rules of its PDF/UA-1 profile (and of the
Matterhorn protocol's machine-checkable failure conditions) that concern
what our documents contain:

- the catalog: ``/MarkInfo /Marked true``, ``/Lang``, ``/ViewerPreferences
  /DisplayDocTitle true``, a ``/StructTreeRoot``, XMP metadata with
  ``pdfuaid:part`` 1 and a ``dc:title`` (7.1, 7.2, 5);
- every font embedded (7.21.4.1);
- every piece of page content either marked content of a structure element
  (an MCID the ``/ParentTree`` maps back) or an ``/Artifact`` — never both,
  never neither (7.1);
- only standard structure types; ``Figure`` with ``/Alt`` (7.3); ``TH`` with
  a ``/Scope``, tables of TR of TH/TD (7.5); lists of LI of Lbl/LBody (7.6);
  headings not skipping a level (7.4.2);
- every link annotation with ``/StructParent`` belonging to a ``Link``
  element that holds it as OBJR, with a ``/Contents`` description, and
  ``/Tabs /S`` on its page (7.18.1, 7.18.3, 7.18.5).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf

STANDARD_TYPES = {
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct",
    "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD",
    "THead", "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby",
    "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form",
}  # fmt: skip
_PAINT = {"Tj", "TJ", "'", '"', "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "sh", "Do", "BI"}


@dataclass
class Node:
    """A structure element as read back: its type, attributes and kids."""

    role: str
    obj: pikepdf.Dictionary
    kids: list[Node] = field(default_factory=list)
    mcids: list[tuple[int, int]] = field(default_factory=list)  # (page index, MCID)
    annotations: list[pikepdf.Dictionary] = field(default_factory=list)

    def walk(self) -> Iterator[Node]:
        """This node and every node below it, in reading order."""
        yield self
        for kid in self.kids:
            yield from kid.walk()

    def text(self, texts: dict[tuple[int, int], str]) -> str:
        """The text of its marked content (``texts``: see :func:`marked_texts`) in reading order."""
        own = [texts.get(mcid, "") for mcid in self.mcids]
        return "".join(own) + "".join(kid.text(texts) for kid in self.kids)


class Document:
    """A PDF opened for checking: its pages, structure tree and marked content."""

    def __init__(self, path: Path) -> None:
        self.pdf = pikepdf.open(path)
        self.pages = list(self.pdf.pages)
        self.page_index = {page.obj.objgen: index for index, page in enumerate(self.pages)}
        root = self.pdf.Root.get("/StructTreeRoot")
        self.root = self._read(root) if root is not None else None

    def _read(self, obj: pikepdf.Dictionary, page: int | None = None) -> Node:
        node = Node(str(obj.get("/S", "/StructTreeRoot"))[1:], obj)
        if "/Pg" in obj:
            page = self.page_index[obj.Pg.objgen]
        kids = obj.get("/K")
        if kids is None:
            return node
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        for kid in kids:
            if isinstance(kid, int):
                assert page is not None
                node.mcids.append((page, int(kid)))
            elif kid.get("/Type") == "/MCR":
                node.mcids.append((self.page_index[kid.Pg.objgen], int(kid.MCID)))
            elif kid.get("/Type") == "/OBJR":
                node.annotations.append(kid.Obj)
            else:
                node.kids.append(self._read(kid, page))
        return node

    def elements(self) -> list[Node]:
        """Every structure element in reading order (the root left out)."""
        assert self.root is not None
        return [node for node in self.root.walk() if node is not self.root]

    def marked_texts(self) -> dict[tuple[int, int], str]:
        """The text shown inside each MCID's marked content, by (page, MCID): ``/ActualText`` when it has one,
        else the Unicode of its glyphs (from the fonts' ToUnicode maps, via pdftotext's reading is not needed)."""
        texts: dict[tuple[int, int], str] = {}
        for index, (mcid, actual) in self._marked_sequences():
            if actual is not None:
                texts[(index, mcid)] = actual
        return texts

    def actual_texts(self) -> list[tuple[int, int, str]]:
        """(page, MCID, text) of every marked-content sequence that carries ``/ActualText``, in content order."""
        return [(index, mcid, actual) for index, (mcid, actual) in self._marked_sequences() if actual is not None]

    def _marked_sequences(self) -> Iterator[tuple[int, tuple[int, str | None]]]:
        for index, page in enumerate(self.pages):
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                    props = operands[1]
                    actual = str(props.ActualText) if "/ActualText" in props else None
                    yield index, (int(props.MCID), actual)


def check(path: Path) -> list[str]:
    """Every breach of the rules above, as sentences (an empty list: the file passes)."""
    doc = Document(path)
    problems: list[str] = []
    catalog = doc.pdf.Root
    if not bool(catalog.get("/MarkInfo", {}).get("/Marked", False)):
        problems.append("the catalog has no /MarkInfo /Marked true")
    if not str(catalog.get("/Lang", "")):
        problems.append("the document has no /Lang")
    if not bool(catalog.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
        problems.append("no /ViewerPreferences /DisplayDocTitle true")
    meta = doc.pdf.open_metadata()
    if str(meta.get("pdfuaid:part", "")) != "1":
        problems.append("the XMP metadata has no pdfuaid:part 1")
    if not str(meta.get("dc:title", "")).strip():
        problems.append("the XMP metadata has no dc:title")
    problems += _fonts(doc)
    if doc.root is None:
        return [*problems, "no structure tree"]
    problems += _content(doc)
    problems += _elements(doc)
    problems += _links(doc)
    return problems


def _fonts(doc: Document) -> list[str]:
    problems = []
    seen: set[tuple[int, int]] = set()
    for index, page in enumerate(doc.pages):
        fonts = page.obj.get("/Resources", {}).get("/Font", {})
        for name, font in fonts.items():
            if font.objgen in seen:
                continue
            seen.add(font.objgen)
            descriptor = font.get("/FontDescriptor")
            if "/DescendantFonts" in font:
                descriptor = font.DescendantFonts[0].get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            if not embedded:
                problems.append(f"page {index + 1}: font {name} ({font.get('/BaseFont')}) is not embedded")
    return problems


def _content(doc: Document) -> list[str]:
    """Every painting operator inside exactly one kind of marked content; every MCID mapped back."""
    problems = []
    parent_tree = _number_tree(doc.pdf.Root.StructTreeRoot.ParentTree)
    for index, page in enumerate(doc.pages):
        stack: list[str] = []  # "mcid", "artifact" or "other"
        mcids: set[int] = set()
        key = page.obj.get("/StructParents")
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BDC", "BMC"):
                tag = str(operands[0])
                props = operands[1] if op == "BDC" else None
                if tag == "/Artifact":
                    if "mcid" in stack:
                        problems.append(f"page {index + 1}: an artifact inside tagged content")
                    stack.append("artifact")
                elif isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                    if "artifact" in stack:
                        problems.append(f"page {index + 1}: tagged content inside an artifact")
                    if "mcid" in stack:
                        problems.append(f"page {index + 1}: tagged content inside tagged content")
                    mcid = int(props.MCID)
                    if mcid in mcids:
                        problems.append(f"page {index + 1}: MCID {mcid} twice")
                    mcids.add(mcid)
                    stack.append("mcid")
                else:
                    stack.append("other")
            elif op == "EMC":
                if not stack:
                    problems.append(f"page {index + 1}: EMC without BDC")
                else:
                    stack.pop()
            elif op in _PAINT and "mcid" not in stack and "artifact" not in stack:
                problems.append(f"page {index + 1}: content neither tagged nor an artifact ({op})")
        if stack:
            problems.append(f"page {index + 1}: marked content left open")
        if mcids:
            mapped = parent_tree.get(int(key)) if key is not None else None
            if mapped is None:
                problems.append(f"page {index + 1}: no /StructParents entry in the parent tree")
            else:
                for mcid in mcids:
                    if mcid >= len(mapped) or not isinstance(mapped[mcid], pikepdf.Dictionary):
                        problems.append(f"page {index + 1}: MCID {mcid} has no structure element")
    return sorted(set(problems))[:50]


def _number_tree(tree: pikepdf.Dictionary) -> dict[int, pikepdf.Object]:
    entries: dict[int, pikepdf.Object] = {}
    nums = tree.get("/Nums")
    if nums is not None:
        for position in range(0, len(nums), 2):
            entries[int(nums[position])] = nums[position + 1]
    for kid in tree.get("/Kids", []):
        entries.update(_number_tree(kid))
    return entries


def _elements(doc: Document) -> list[str]:
    problems = []
    owners: dict[tuple[int, int], int] = {}
    last_heading = 0
    for node in doc.elements():
        role = node.role
        if role not in STANDARD_TYPES:
            problems.append(f"structure type {role} is not standard (and has no role map)")
        for mcid in node.mcids:
            owners[mcid] = owners.get(mcid, 0) + 1
        if role == "Figure" and not str(node.obj.get("/Alt", "")).strip():
            problems.append("a Figure without alternative text")
        if role == "TH":
            attributes = node.obj.get("/A", {})
            if str(attributes.get("/Scope", "")) not in ("/Row", "/Column", "/Both"):
                problems.append("a TH without /Scope")
        if role == "Table" and any(kid.role not in ("TR", "THead", "TBody", "TFoot", "Caption") for kid in node.kids):
            problems.append("a Table with kids other than rows")
        if role == "TR" and any(kid.role not in ("TH", "TD") for kid in node.kids):
            problems.append("a TR with kids other than TH/TD")
        if role == "L" and any(kid.role not in ("LI", "Caption", "L") for kid in node.kids):
            problems.append("an L with kids other than LI")
        if role == "LI" and any(kid.role not in ("Lbl", "LBody") for kid in node.kids):
            problems.append("an LI with kids other than Lbl/LBody")
        if role in ("H1", "H2", "H3", "H4", "H5", "H6"):
            level = int(role[1])
            if level > last_heading + 1:
                problems.append(f"heading {role} after H{last_heading}: a level skipped")
            last_heading = level
    problems += [f"MCID {mcid} belongs to {count} elements" for mcid, count in owners.items() if count > 1]
    return problems


def _links(doc: Document) -> list[str]:
    problems = []
    held = {annotation.objgen for node in doc.elements() if node.role == "Link" for annotation in node.annotations}
    parent_tree = _number_tree(doc.pdf.Root.StructTreeRoot.ParentTree)
    for index, page in enumerate(doc.pages):
        annotations = page.obj.get("/Annots", [])
        if len(annotations) and str(page.obj.get("/Tabs", "")) != "/S":
            problems.append(f"page {index + 1}: annotations but no /Tabs /S")
        for annotation in annotations:
            if str(annotation.get("/Subtype")) != "/Link":
                continue
            if annotation.objgen not in held:
                problems.append(f"page {index + 1}: a link annotation no Link element holds")
            if not str(annotation.get("/Contents", "")).strip():
                problems.append(f"page {index + 1}: a link annotation without /Contents")
            key = annotation.get("/StructParent")
            target = parent_tree.get(int(key)) if key is not None else None
            if not isinstance(target, pikepdf.Dictionary) or str(target.get("/S")) != "/Link":
                problems.append(f"page {index + 1}: a link annotation whose /StructParent is no Link element")
    return problems

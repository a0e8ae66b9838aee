"""Tagged PDF, the file side: the structure tree, languages and PDF/UA metadata, written with pikepdf.

reportlab writes the pages with their marked content (see :mod:`.tagging`)
but has no structure tree. This module opens the finished file with pikepdf
and adds what PDF/UA-1 asks of it:

- ``/StructTreeRoot`` with the recorded elements in reading order, each
  pointing to its marked content (MCIDs) and link annotations (OBJR), and the
  ``/ParentTree`` that maps each page's MCIDs and each annotation back to its
  element (pages get ``/StructParents``, annotations ``/StructParent`` and a
  ``/Contents`` description, pages with annotations ``/Tabs /S``);
- ``/MarkInfo << /Marked true >>``, the document's ``/Lang``, and
  ``/ViewerPreferences << /DisplayDocTitle true >>``;
- XMP metadata with the title and the PDF/UA identifier (``pdfuaid:part 1``).
"""

from __future__ import annotations

import io
from typing import Any

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from .tagging import Annotation, Element, Marked, Tagger


def finish_tagged_pdf(data: bytes, tagger: Tagger, title: str) -> bytes:
    """``data`` (reportlab's PDF) with its structure tree and accessibility metadata."""
    pdf = pikepdf.open(io.BytesIO(data))
    pages = list(pdf.pages)
    page_refs = [page.obj for page in pages]
    parents: dict[int, dict[int, Any]] = {index: {} for index in range(len(pages))}
    annotation_keys: list[tuple[Annotation, Any]] = []
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))

    def write(element: Element, parent: Any) -> Any:
        node = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + element.role), P=parent))
        first_page = next((kid.page for kid in element.kids if isinstance(kid, (Marked, Annotation))), None)
        if first_page is not None and first_page < len(pages):
            node.Pg = page_refs[first_page]
        kids = Array()
        for kid in element.kids:
            if isinstance(kid, Element):
                kids.append(write(kid, node))
            elif isinstance(kid, Marked):
                if kid.page >= len(pages):
                    continue
                parents[kid.page][kid.mcid] = node
                if kid.page == first_page:
                    kids.append(kid.mcid)
                else:
                    kids.append(Dictionary(Type=Name.MCR, Pg=page_refs[kid.page], MCID=kid.mcid))
            elif kid.page < len(pages):
                annots = pages[kid.page].obj.get("/Annots", Array())
                if kid.index < len(annots):
                    annotation = annots[kid.index]
                    annotation_keys.append((kid, annotation))
                    annotation.StructParent = len(pages) + len(annotation_keys) - 1
                    if element.alt and not str(annotation.get("/Contents", "")):
                        annotation.Contents = String(element.alt)
                    kids.append(Dictionary(Type=Name.OBJR, Obj=annotation, Pg=page_refs[kid.page]))
                    parents.setdefault(-1, {})[len(annotation_keys) - 1] = node
        if len(kids):
            node.K = kids
        for key, value in (("/Alt", element.alt), ("/ActualText", element.actual_text), ("/Lang", element.lang)):
            if value:
                node[key] = String(value)
        attributes = Dictionary()
        if element.scope:
            attributes = Dictionary(O=Name.Table, Scope=Name("/" + element.scope))
        if element.bbox is not None:
            attributes = Dictionary(O=Name.Layout, BBox=Array([round(v, 2) for v in element.bbox]))
        if len(attributes):
            node.A = attributes
        return node

    document = write(tagger.root, root)
    root.K = Array([document])
    nums = Array()
    for page_index in range(len(pages)):
        by_mcid = parents[page_index]
        if by_mcid:
            nums.append(page_index)
            nums.append(Array([by_mcid.get(mcid, None) for mcid in range(max(by_mcid) + 1)]))
            pages[page_index].obj.StructParents = page_index
    for number, node in sorted(parents.get(-1, {}).items()):
        nums.append(len(pages) + number)
        nums.append(node)
    root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
    root.ParentTreeNextKey = len(pages) + len(annotation_keys)
    for page in pages:
        if "/Annots" in page.obj:
            page.obj.Tabs = Name.S  # the tab order follows the structure
    pdf.Root.StructTreeRoot = root
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    pdf.Root.Lang = String(tagger.language)
    pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    if "/Trapped" in pdf.docinfo:
        del pdf.docinfo["/Trapped"]  # reportlab's "not trapped" has no XMP form (and PDF/UA needs none)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta.load_from_docinfo(pdf.docinfo)
        meta["dc:title"] = title
        meta["pdfuaid:part"] = "1"
    out = io.BytesIO()
    pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue()

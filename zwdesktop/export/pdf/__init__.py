"""The PDF engine of the minutes and the poster: shipped fonts with per-character fallback, bidi, QR codes.

reportlab lays out the document; text goes through :mod:`.text` (our own line
breaking, font runs and right-to-left ordering) because reportlab's own
paragraphs have no font fallback and no bidi (DESIGN.md §4).
"""

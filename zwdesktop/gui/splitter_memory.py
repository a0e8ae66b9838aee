"""The split between a section's list and its editor stays where the user dragged it, also after a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from .settings import Settings


def remember_splitters(page: QWidget, section: str, settings: Settings) -> None:
    """Put each named splitter of ``page`` where it was left last time, and remember every move of it.

    Only the page's direct children with an object name take part: the name, with the section's key, is where the
    state is kept (``splitters/ideas/ideasSplitter``).
    """
    # The page's own splitters only: a search through every widget of the page cost the live clock,
    # built at start-up, about 8 M instructions.
    for splitter in page.findChildren(QSplitter, options=Qt.FindChildOption.FindDirectChildrenOnly):
        name = splitter.objectName()
        if not name:
            continue
        key = f"{section}/{name}"
        state = settings.splitter_state(key)
        if state is not None:
            splitter.restoreState(state)
        splitter.splitterMoved.connect(
            lambda _position, _index, moved=splitter, at=key: settings.set_splitter_state(at, moved.saveState())
        )

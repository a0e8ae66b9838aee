"""Filling a combo box with (text, data) entries, changing in place only what changed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox


def refill(combo: QComboBox, entries: Sequence[tuple[str, object]], current: object) -> None:
    """Show ``entries`` and choose the one whose data is ``current`` (else the first), without emitting signals.

    When the entries' data are those shown already (counts in the texts changed,
    as after every captured idea), only the changed texts are set: clearing and
    filling the combo anew would rebuild its popup model each time.
    """
    combo.blockSignals(True)
    try:
        if combo.count() == len(entries) and all(combo.itemData(n) == data for n, (_t, data) in enumerate(entries)):
            for n, (text, _data) in enumerate(entries):
                if combo.itemText(n) != text:
                    combo.setItemText(n, text)
        else:
            combo.clear()
            for text, data in entries:
                combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
    finally:
        combo.blockSignals(False)

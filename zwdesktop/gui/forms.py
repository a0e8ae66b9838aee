"""Loading the Qt Designer forms in ``ui/``."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QFormLayout, QWidget

from ..paths import ui_dir

T = TypeVar("T", bound=QObject)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget of ``ui/NAME.ui`` (its texts are translated by the installed translators)."""
    loader = QUiLoader()
    widget = loader.load(str(ui_dir() / f"{name}.ui"), parent)
    if widget is None:  # pragma: no cover - a broken form is a packaging error
        raise RuntimeError(f"cannot load form {name}: {loader.errorString()}")
    return widget


def child(form: QWidget, kind: type[T], name: str) -> T:
    """The form's child ``name`` of type ``kind`` (raises when the form lacks it)."""
    found = form.findChild(kind, name)
    if found is None:  # pragma: no cover - a form/code mismatch is a programming error
        raise LookupError(f"{form.objectName()} has no {kind.__name__} {name!r}")
    return found


def align_label_columns(form: QWidget) -> None:
    """Give the labels of every form layout in ``form`` the width of the widest, so their fields line up.

    Each group box lays out its own form; without this, the fields of one group start further
    right than those of the next, as far as its longest label reaches.
    """
    labels: list[QWidget] = []
    for layout in form.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                labels.append(label)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)

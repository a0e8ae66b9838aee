"""What Qt's item models are called with: the index type (a plain or a persistent index) and the roles as plain ints.

A view asks ``data()`` for about ten roles per row at every layout and paint:
comparing the role with a plain int is much quicker than looking up
``Qt.ItemDataRole.DisplayRole`` on each call, and a model that answers few
roles turns every other one away with one set lookup.
"""

from __future__ import annotations

from typing import TypeAlias

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
EDIT = int(Qt.ItemDataRole.EditRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
TEXT_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
USER = int(Qt.ItemDataRole.UserRole)

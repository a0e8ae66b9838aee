"""The index type Qt's item models and delegates are called with (a plain or a persistent index)."""

from __future__ import annotations

from typing import TypeAlias

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex

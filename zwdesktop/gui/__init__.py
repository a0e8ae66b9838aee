"""The PySide6 interface: windows, item models over the store, undo commands, the projector."""

"""Exports of a workshop (JSON exchange document; later PDF, CSV, iCalendar). No widgets here."""

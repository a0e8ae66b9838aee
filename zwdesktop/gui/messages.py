"""Sentences for store errors and refused values, in the interface language (Qt translations)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..store import StoreError


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def problem_text(code: str, params: dict[str, Any]) -> str:
    """A refused value's reason, e.g. for ``email_invalid``."""
    texts = {
        "title_empty": _t("The title must not be empty."),
        "item_title_empty": _t("The agenda item's title must not be empty."),
        "text_too_long": _t("The text is {length} characters long; at most {limit} are allowed."),
        "email_invalid": _t("This is not a valid e-mail address (example: name@example.de)."),
        "phone_invalid": _t("A phone number has digits, spaces and + - / ( ) only."),
        "count_invalid": _t("Please a whole number from 0 to {max}."),
        "language_invalid": _t("Unknown language."),
        "timezone_invalid": _t("Unknown time zone."),
        "date_invalid": _t("This is not a date. Please write DD.MM.YYYY, e.g. 14.06.2025."),
        "time_invalid": _t("This is not a time. Please write HH:MM, e.g. 14:00."),
        "end_before_start": _t("The end must come after the start."),
        "phase_invalid": _t("Unknown phase."),
        "minutes_invalid": _t("The duration must be 0 to {max} minutes."),
    }
    template = texts.get(code, code)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def store_error_text(error: StoreError) -> str:
    """The sentence for a store error, naming the file where that helps."""
    kind, params = error.kind, {"detail": "", "path": "", **error.params}
    if kind == "invalid_value":
        return problem_text(str(params.get("code", "")), params)
    texts = {
        "missing": _t("The file {path} does not exist (any more)."),
        "missing_folder": _t("The folder {path} does not exist."),
        "not_a_file": _t("{path} is not a file."),
        "no_permission": _t("You have no permission to read {path}."),
        "not_sqlite": _t("{path} is not a workshop file."),
        "corrupt": _t("{path} is damaged or incomplete. It was not changed."),
        "foreign": _t("{path} belongs to another program. It was not changed."),
        "too_new": _t(
            "{path} was written by a newer version of zwdesktop. Please update zwdesktop. The file was not changed."
        ),
        "needs_migration_read_only": _t(
            "{path} comes from an older version and needs an update, but it is read-only."
        ),
        "disk_full": _t("The disk is full. The last change could not be saved and was taken back."),
        "read_only": _t("The file is open read-only. Changes are not possible."),
        "exists": _t("{path} already exists."),
        "io_error": _t("{path} could not be read or written: {detail}"),
        "locked": _t("{path} is open by {user} on {host} since {since}."),
        "other_workshop": _t("The document belongs to a different workshop. Nothing was changed."),
        "not_found": _t("The entry no longer exists."),
        "unknown_field": _t("Unknown field."),
    }
    template = texts.get(kind, kind)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template

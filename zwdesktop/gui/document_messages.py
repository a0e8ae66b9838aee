"""Why an exchange document (or another laptop's file) was refused, in the interface language.

The window's counterpart of the command line's ``document_error_text``: one
short sentence naming the JSON path and the reason, with the quoted values
already cut to 80 characters by :class:`~zwdesktop.core.exchange_check.DocumentError`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.exchange_check import DocumentError, DocumentFileError
from .i18n import arg
from .messages import problem_text


def _reasons() -> dict[str, tuple[str, tuple[str, ...]]]:
    return {
        "too_large": (
            QCoreApplication.translate("DocumentMessages", "the document is %1 MB; at most %2 MB are allowed."),
            ("size_mb", "limit_mb"),
        ),
        "too_deep": (QCoreApplication.translate("DocumentMessages", "nested more than %1 levels deep."), ("limit",)),
        "too_new": (
            QCoreApplication.translate("DocumentMessages", "format version %1 is newer than this zwdesktop."),
            ("version",),
        ),
        "number_invalid": (QCoreApplication.translate("DocumentMessages", "“%1” is not a number."), ("value",)),
        "number_out_of_range": (
            QCoreApplication.translate("DocumentMessages", "the number %1 is outside %2 to %3."),
            ("value", "min", "max"),
        ),
        "text_invalid": (
            QCoreApplication.translate("DocumentMessages", "the text contains an invalid character (%1)."),
            ("char",),
        ),
        "not_uuid": (
            QCoreApplication.translate("DocumentMessages", "“%1” is not an id (a lower-case UUID of 36 characters)."),
            ("value",),
        ),
        "not_date_time": (
            QCoreApplication.translate(
                "DocumentMessages", "“%1” is not a valid instant (YYYY-MM-DDTHH:MM:SSZ, years 1900–2999)."
            ),
            ("value",),
        ),
        "not_date": (
            QCoreApplication.translate("DocumentMessages", "“%1” is not a valid date (YYYY-MM-DD, years 1900–2999)."),
            ("value",),
        ),
        "schema_pattern": (
            QCoreApplication.translate("DocumentMessages", "“%1” does not have the expected form."),
            ("value",),
        ),
        "schema_type": (
            QCoreApplication.translate("DocumentMessages", "expected: %1; found: %2."),
            ("expected", "value"),
        ),
        "schema_maximum": (
            QCoreApplication.translate("DocumentMessages", "%1 is greater than %2."),
            ("value", "limit"),
        ),
        "schema_minimum": (QCoreApplication.translate("DocumentMessages", "%1 is less than %2."), ("value", "limit")),
        "schema_maxLength": (
            QCoreApplication.translate("DocumentMessages", "the text is %1 characters long; at most %2 are allowed."),
            ("length", "limit"),
        ),
        "schema_minLength": (QCoreApplication.translate("DocumentMessages", "the text is empty or too short."), ()),
        "schema_maxItems": (QCoreApplication.translate("DocumentMessages", "more than %1 entries."), ("limit",)),
        "schema_minItems": (QCoreApplication.translate("DocumentMessages", "fewer than %1 entries."), ("limit",)),
        "schema_enum": (
            QCoreApplication.translate("DocumentMessages", "“%1” is not allowed (possible: %2)."),
            ("value", "allowed"),
        ),
        "schema_const": (
            QCoreApplication.translate("DocumentMessages", "expected: %1; found: %2."),
            ("expected", "value"),
        ),
        "schema_required": (QCoreApplication.translate("DocumentMessages", "the entry “%1” is missing."), ("name",)),
        "schema_unknown_key": (QCoreApplication.translate("DocumentMessages", "unknown entry “%1”."), ("name",)),
        "schema_invalid": (QCoreApplication.translate("DocumentMessages", "invalid value %1."), ("value",)),
        "duplicate_id": (QCoreApplication.translate("DocumentMessages", "the id %1 occurs twice."), ("value",)),
        "unknown_item": (
            QCoreApplication.translate("DocumentMessages", "refers to an unknown agenda item %1."),
            ("value",),
        ),
        "unknown_agreement": (
            QCoreApplication.translate("DocumentMessages", "refers to an unknown agreement %1."),
            ("value",),
        ),
        "unknown_meeting": (
            QCoreApplication.translate("DocumentMessages", "refers to an unknown follow-up meeting %1."),
            ("value",),
        ),
        "unknown_cluster": (
            QCoreApplication.translate("DocumentMessages", "refers to an unknown cluster %1."),
            ("value",),
        ),
        "unknown_idea": (QCoreApplication.translate("DocumentMessages", "refers to an unknown idea %1."), ("value",)),
        "unknown_round": (
            QCoreApplication.translate("DocumentMessages", "refers to an unknown dot vote %1."),
            ("value",),
        ),
        "invalid": (QCoreApplication.translate("DocumentMessages", "invalid: %1"), ("message",)),
    }


def document_error_text(error: DocumentError) -> str:
    """The sentence for a refused document: where, why, and that nothing was changed."""
    reasons = _reasons()
    if error.code in reasons:
        template, names = reasons[error.code]
        reason = arg(template, *(str(error.params.get(name, "")) for name in names))
    else:
        reason = problem_text(error.code, error.params)
    message = QCoreApplication.translate("DocumentMessages", "The document was refused at %1: %2 Nothing was changed.")
    return arg(message, error.path, reason)


def not_json_text(path: str, error: DocumentFileError) -> str:
    """The sentence for a file that is no JSON document at all."""
    message = QCoreApplication.translate(
        "DocumentMessages", "%1 is not an exchange document (line %2, column %3: %4). Nothing was changed."
    )
    return arg(message, path, str(error.line), str(error.column), error.detail)

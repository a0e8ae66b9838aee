"""The command line's sentences about a refused exchange document (``zwdesktop import``, ``check``).

Part of :data:`zwdesktop.cli.messages.MESSAGES`, kept apart because they are many: a document can be
refused at any of its values, and each rule of the schema has its sentence.
"""

from __future__ import annotations

DOCUMENT_MESSAGES: dict[str, tuple[str, str]] = {
    "document": ("Das Dokument ist ungültig bei {path}: {reason}", "The document is invalid at {path}: {reason}"),
    "document_json": (
        "{path} ist kein JSON-Dokument (Zeile {line}, Spalte {column}: {detail}).",
        "{path} is not a JSON document (line {line}, column {column}: {detail}).",
    ),
    "doc_too_large": (
        "das Dokument ist {size_mb} MB groß; erlaubt sind höchstens {limit_mb} MB.",
        "the document is {size_mb} MB; at most {limit_mb} MB are allowed.",
    ),
    "doc_too_deep": ("mehr als {limit} Ebenen ineinander verschachtelt.", "nested more than {limit} levels deep."),
    "doc_number_invalid": ("„{value}“ ist keine Zahl.", "“{value}” is not a number."),
    "doc_number_out_of_range": (
        "die Zahl {value} liegt außerhalb von {min} bis {max}.",
        "the number {value} is outside {min} to {max}.",
    ),
    "doc_text_invalid": (
        "der Text enthält ein ungültiges Zeichen ({char}).",
        "the text contains an invalid character ({char}).",
    ),
    "doc_not_uuid": (
        "„{value}“ ist keine Kennung (UUID in Kleinbuchstaben, 36 Zeichen).",
        "“{value}” is not an id (a lower-case UUID of 36 characters).",
    ),
    "doc_not_date_time": (
        "„{value}“ ist kein gültiger Zeitpunkt (JJJJ-MM-TTTHH:MM:SSZ, Jahre 1900–2999).",
        "“{value}” is not a valid instant (YYYY-MM-DDTHH:MM:SSZ, years 1900–2999).",
    ),
    "doc_not_date": (
        "„{value}“ ist kein gültiges Datum (JJJJ-MM-TT, Jahre 1900–2999).",
        "“{value}” is not a valid date (YYYY-MM-DD, years 1900–2999).",
    ),
    "doc_schema_pattern": ("„{value}“ hat nicht die erwartete Form.", "“{value}” does not have the expected form."),
    "doc_schema_type": ("erwartet: {expected}; im Dokument: {value}.", "expected: {expected}; found: {value}."),
    "doc_schema_maximum": ("{value} ist größer als {limit}.", "{value} is greater than {limit}."),
    "doc_schema_minimum": ("{value} ist kleiner als {limit}.", "{value} is less than {limit}."),
    "doc_schema_maxLength": (
        "der Text ist {length} Zeichen lang; erlaubt sind höchstens {limit}.",
        "the text is {length} characters long; at most {limit} are allowed.",
    ),
    "doc_schema_minLength": ("der Text ist leer oder zu kurz.", "the text is empty or too short."),
    "doc_schema_maxItems": ("mehr als {limit} Einträge.", "more than {limit} entries."),
    "doc_schema_minItems": ("weniger als {limit} Einträge.", "fewer than {limit} entries."),
    "doc_schema_enum": (
        "„{value}“ ist nicht erlaubt (möglich: {allowed}).",
        "“{value}” is not allowed (possible: {allowed}).",
    ),
    "doc_schema_const": ("erwartet: {expected}; im Dokument: {value}.", "expected: {expected}; found: {value}."),
    "doc_schema_required": ("der Eintrag „{name}“ fehlt.", "the entry “{name}” is missing."),
    "doc_schema_unknown_key": ("unbekannter Eintrag „{name}“.", "unknown entry “{name}”."),
    "doc_schema_invalid": ("ungültiger Wert {value}.", "invalid value {value}."),
    "doc_too_new": (
        "Das Dokument hat Format-Version {version}, neuer als diese zwdesktop-Version.",
        "The document has format version {version}, newer than this zwdesktop.",
    ),
    "doc_unknown_item": (
        "verweist auf einen unbekannten Programmpunkt {value}.",
        "refers to an unknown agenda item {value}.",
    ),
    "doc_duplicate_id": ("die ID {value} kommt doppelt vor.", "the id {value} occurs twice."),
    "doc_invalid": ("{message}", "{message}"),
}

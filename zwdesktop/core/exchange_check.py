"""The limits of an exchange document and the checks that hold them, before any record is made of it.

A document comes from outside (another laptop, an e-mail, a hand edit) and is
refused whole, with one short line naming the JSON path and the reason, when
it breaks any of these (the README's file-format section and the schema say
the same):

- at most :data:`MAX_DOCUMENT_BYTES` bytes and :data:`MAX_DEPTH` levels of nesting;
- numbers are integers within SQLite's range (:data:`MIN_INTEGER` … :data:`MAX_INTEGER`);
  ``NaN``, ``Infinity`` and overflowing literals such as ``1e999`` are no numbers;
- text is valid Unicode (no lone surrogates);
- ids are canonical UUIDs (lower case, 36 characters, nothing after them),
  instants and dates exist (no 30 February) and lie in the years 1900–2999;
- and the JSON Schema's rules; its patterns are anchored at the very end of the
  text (Python's ``$`` would let a trailing line break through).

Values quoted in a refusal are cut to :data:`MAX_SHOWN` characters with their
control characters written out, so a 30 MB value cannot become a 30 MB "line".
Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from .bidi import contained, has_explicit
from .instants import MAX_YEAR, MIN_YEAR, canonical_instant, parse_instant

MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
MAX_DEPTH = 16
MIN_INTEGER = -(2**63)
MAX_INTEGER = 2**63 - 1
MAX_SHOWN = 80
_MAX_DIGITS = 40  # longer integer literals are out of range anyway; int() of them would be slow
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(\+00:00|Z)")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Characters written out in a quoted value: controls, line and paragraph separators, bidi controls.
_UNSHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


class DocumentError(ValueError):
    """A document that does not validate: ``path`` is the JSON path of the first problem, ``code`` why.

    ``params`` hold what the message quotes, already shortened (:func:`shown`).
    """

    def __init__(self, path: str, code: str, **params: Any) -> None:
        path = shown(path, 120)
        params = {key: shown(value) if isinstance(value, str) else value for key, value in params.items()}
        super().__init__(f"{path}: {code} {params}")
        self.path = path
        self.code = code
        self.params = params


class DocumentFileError(ValueError):
    """The file is not JSON at all (``line``, ``column``, ``detail``)."""

    def __init__(self, line: int, column: int, detail: str) -> None:
        super().__init__(f"{line}:{column}: {detail}")
        self.line, self.column, self.detail = line, column, shown(detail)


def shown(value: object, limit: int = MAX_SHOWN) -> str:
    """``value`` as a message may quote it: one line, control characters written out, at most ``limit`` characters."""
    if isinstance(value, dict | list):
        return "{…}" if isinstance(value, dict) else "[…]"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = _UNSHOWN.sub(lambda m: f"\\u{ord(m.group()):04x}", text[: limit * 7])
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---- decoding --------------------------------------------------------------------------


def _no_constant(name: str) -> Any:
    raise DocumentError("$", "number_invalid", value=name)


def _integer(literal: str) -> int:
    if len(literal.lstrip("-")) > _MAX_DIGITS:
        raise DocumentError("$", "number_out_of_range", value=literal, min=MIN_INTEGER, max=MAX_INTEGER)
    return int(literal)


def decode_document(raw: bytes) -> Any:
    """The JSON value of a document's bytes; raises :class:`DocumentFileError` or :class:`DocumentError`."""
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise too_large(len(raw))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentFileError(1, exc.start + 1, "not UTF-8") from exc
    try:
        return json.loads(text, parse_constant=_no_constant, parse_int=_integer)
    except json.JSONDecodeError as exc:
        raise DocumentFileError(exc.lineno, exc.colno, exc.msg) from exc
    except RecursionError as exc:
        # Deeper than the interpreter's stack: far beyond MAX_DEPTH, refused like any too deep document.
        raise DocumentError("$", "too_deep", limit=MAX_DEPTH) from exc


def too_large(size: int) -> DocumentError:
    """The refusal of a document of ``size`` bytes."""
    return DocumentError("$", "too_large", size_mb=math.ceil(size / 2**20), limit_mb=MAX_DOCUMENT_BYTES // 2**20)


def check_structure(document: Any) -> None:
    """Nesting, numbers and text of a decoded document; integral floats (``20.0``) become integers.

    A text with explicit bidi controls is contained (:func:`~zwdesktop.core.bidi.contained`), as typed text is.

    Walks the document without recursion, so no depth can overflow the stack.
    """
    stack: list[tuple[Any, str, int]] = [(document, "$", 1)]
    while stack:
        node, path, depth = stack.pop()
        if isinstance(node, dict | list):
            if depth > MAX_DEPTH:
                raise DocumentError(path, "too_deep", limit=MAX_DEPTH)
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, value in items:
                if isinstance(key, str):
                    _check_string(key, path)
                    child = f"{path}.{key}" if re.fullmatch(r"\w+", key) else f"{path}[{json.dumps(key)}]"
                else:
                    child = f"{path}[{key}]"
                if isinstance(value, float):
                    node[key] = _checked_float(value, child)  # type: ignore[index]
                elif isinstance(value, str) and has_explicit(value):
                    _check_string(value, child)
                    node[key] = contained(value)  # type: ignore[index]  # a right-to-left override stays inside its text
                elif isinstance(value, dict | list | int | str):
                    stack.append((value, child, depth + 1))
        elif isinstance(node, bool):
            continue
        elif isinstance(node, int):
            if not MIN_INTEGER <= node <= MAX_INTEGER:
                raise DocumentError(path, "number_out_of_range", value=str(node), min=MIN_INTEGER, max=MAX_INTEGER)
        elif isinstance(node, str):
            _check_string(node, path)


def _checked_float(value: float, path: str) -> int | float:
    if not math.isfinite(value):
        raise DocumentError(path, "number_invalid", value=str(value))
    if value.is_integer():
        if not MIN_INTEGER <= value <= MAX_INTEGER:
            raise DocumentError(path, "number_out_of_range", value=str(value), min=MIN_INTEGER, max=MAX_INTEGER)
        return int(value)
    return value


def _check_string(text: str, path: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise DocumentError(path, "text_invalid", char=f"U+{ord(text[exc.start]):04X}") from exc


# ---- the schema ----------------------------------------------------------------------------


def _real_uuid(value: object) -> bool:
    return not isinstance(value, str) or _UUID.fullmatch(value) is not None


def _real_instant(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if _INSTANT.fullmatch(value) is None:
        return False
    try:
        parse_instant(value)
    except (ValueError, OverflowError):
        return False
    return True


def _real_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if _DATE.fullmatch(value) is None:
        return False
    try:
        return MIN_YEAR <= dt.date.fromisoformat(value).year <= MAX_YEAR
    except ValueError:
        return False


FORMATS = {"uuid": _real_uuid, "date-time": _real_instant, "date": _real_date}


@functools.cache
def validator(schema_path: Path) -> Any:
    """The schema's validator: formats checked for real, patterns anchored at the end of the text."""
    import jsonschema
    from jsonschema import ValidationError, validators

    def pattern(check: Any, regex: str, instance: Any, schema: dict[str, Any]) -> Any:
        if isinstance(instance, str) and not re.search(_anchored(regex), instance):
            yield ValidationError(f"{shown(instance)} does not match", validator="pattern", validator_value=regex)

    checker = jsonschema.FormatChecker(formats=())
    for name, check in FORMATS.items():
        checker.checks(name)(check)
    strict = validators.extend(jsonschema.Draft202012Validator, {"pattern": pattern})
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    return strict(schema, format_checker=checker)


@functools.cache
def _anchored(regex: str) -> str:
    # JSON Schema patterns are ECMA 262, where "$" is the end of the text; in Python it also matches before "\n".
    return regex[:-1] + r"\Z" if regex.endswith("$") and not regex.endswith(r"\$") else regex


def check_schema(document: Any, schema_path: Path) -> None:
    """Raise a :class:`DocumentError` for the document's first schema problem (by position in the document)."""
    errors = validator(schema_path).iter_errors(document)
    first = min(errors, key=_position, default=None)
    if first is not None:
        raise schema_error(first)


def _position(error: Any) -> tuple[list[tuple[int, int, str]], str]:
    """Where an error is in the document: array items by number, object keys by name."""
    steps = [(0, step, "") if isinstance(step, int) else (1, 0, str(step)) for step in error.absolute_path]
    return steps, str(error.validator)


def schema_error(error: Any) -> DocumentError:
    """A jsonschema error as a short refusal: the path and a reason code with the values it quotes."""
    kind, instance, expected, schema = str(error.validator), error.instance, error.validator_value, error.schema
    path = error.json_path
    if kind == "anyOf" and error.context:
        # "an id or null": say what is wrong with it as an id.
        rank = {"format": 0, "pattern": 0, "type": 2}
        best = min(error.context, key=lambda e: (rank.get(str(e.validator), 1), str(e.validator)))
        return (
            schema_error(best)
            if best.validator != "type"
            else DocumentError(path, "schema_type", value=shown(instance))
        )
    if kind in ("pattern", "format"):
        form = schema.get("format", "") if isinstance(schema, dict) else ""
        return DocumentError(path, f"not_{form.replace('-', '_')}" if form else "schema_pattern", value=shown(instance))
    if kind == "type":
        return DocumentError(path, "schema_type", expected=str(expected), value=shown(instance))
    if kind in ("maximum", "minimum"):
        return DocumentError(path, f"schema_{kind}", limit=expected, value=shown(instance))
    if kind in ("maxLength", "minLength"):
        length = len(instance) if isinstance(instance, str) else 0
        return DocumentError(path, f"schema_{kind}", limit=expected, length=length)
    if kind in ("maxItems", "minItems"):
        return DocumentError(path, f"schema_{kind}", limit=expected)
    if kind == "enum":
        return DocumentError(path, "schema_enum", value=shown(instance), allowed=shown(", ".join(map(str, expected))))
    if kind == "const":
        return DocumentError(path, "schema_const", expected=shown(expected), value=shown(instance))
    if kind == "required":
        missing = [key for key in expected if isinstance(instance, dict) and key not in instance]
        return DocumentError(path, "schema_required", name=shown(missing[0] if missing else ""))
    if kind == "additionalProperties":
        known = set(schema.get("properties", {})) if isinstance(schema, dict) else set()
        extra = sorted(k for k in instance if k not in known) if isinstance(instance, dict) else []
        return DocumentError(path, "schema_unknown_key", name=shown(extra[0] if extra else ""))
    return DocumentError(path, "schema_invalid", value=shown(instance))


def check_unique(ids: list[str], path: str) -> None:
    """Raise ``DocumentError`` (``duplicate_id``) at the first id that comes twice in the list at ``path``."""
    seen: set[str] = set()
    for index, item_id in enumerate(ids):
        if item_id in seen:
            raise DocumentError(f"{path}[{index}].id", "duplicate_id", value=item_id)
        seen.add(item_id)


def read_rows(
    document: Mapping[str, Any],
    key: str,
    reader: Callable[[dict[str, Any]], Any],
    check: Callable[[Any], tuple[str, Any] | None],
    *,
    document_key: Mapping[str, str] | None = None,
    known: tuple[str, Iterable[str], str] | None = None,
    instants: tuple[str, ...] = ("updated_at",),
) -> list[Any]:
    """The records of one array of a schema-checked document (``$.key``), each read, checked and made canonical.

    ``reader`` turns a dict into a record, ``check`` names a field and a problem
    (the rules of the store). Every record's id is unique in the array;
    ``known`` (a field, the ids it may name and the problem's code) is a
    reference that must exist; ``instants`` are written in the canonical form. ``document_key``
    names a field as the document does where the rules call it otherwise.
    Raises :class:`DocumentError` at the first problem, with its JSON path.
    """
    allowed = None if known is None else (known[0], set(known[1]), known[2])
    rows: list[Any] = []
    seen: set[str] = set()
    for index, record in enumerate(document.get(key, [])):
        path = f"$.{key}[{index}]"
        try:
            row = reader(record)
        except (ValueError, KeyError, TypeError) as exc:
            raise DocumentError(path, "invalid", message=str(exc)) from exc
        found = check(row)
        if found:
            name = (document_key or {}).get(found[0], found[0])
            raise DocumentError(f"{path}.{name}", found[1].code, **found[1].params)
        if row.id in seen:
            raise DocumentError(f"{path}.id", "duplicate_id", value=row.id)
        if allowed is not None:
            field_name, ids, code = allowed
            value = getattr(row, field_name)
            if value is not None and value not in ids:
                raise DocumentError(f"{path}.{field_name}", code, value=value)
        seen.add(row.id)
        for name in instants:
            if hasattr(row, name):
                setattr(row, name, canonical_instant(getattr(row, name)))
        rows.append(row)
    return rows

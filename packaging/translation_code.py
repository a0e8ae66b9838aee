"""What the translation check reads in the code itself (``update_translations.py --check`` runs it).

Three things lupdate does not tell us:

- :func:`unreadable_calls`: ``tr()``/``translate()`` calls whose text is not a string literal, so
  lupdate skips them (a helper that passes its argument on);
- :func:`untranslated_texts`: visible texts built outside ``tr()`` — a string literal with letters
  passed to a widget's text (``setText``, ``QLabel(...)``, ``addItem``, ``showMessage``,
  ``drawText``, a message box, a model's ``data()`` …), also as part of an f-string, a ``+``/``%``
  expression, ``.format()``, :func:`zwdesktop.gui.i18n.arg`, or a local variable assigned such a
  text. It shows the same in every language;
- German words in the English source strings (the source language is English: a German word
  there shows untranslated in the English interface), see :data:`GERMAN_WORDS`.

Not reported: user data (a variable, an attribute), texts from ``tr()``, literals without letters
("·", "%", "+", "−", "12", "%1 – %2"), placeholders (%1, %n, {name}, %s) and web or mail
addresses. A literal that is no language although it has letters (a paper size "A4", a brand
name), or a German word an English text quotes on purpose, is marked with the comment
``# i18n-ok`` (with a reason) on a line of its call or of the literal itself.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

# Receivers of ``.translate(context, text, ...)`` that are Qt's translation function (``painter.translate(x, y)``
# and ``str.translate(table)`` are something else).
TRANSLATE_OWNERS = {"QCoreApplication", "QGuiApplication", "QApplication"}
NOOP_FUNCTIONS = {"QT_TR_NOOP": 1, "QT_TRANSLATE_NOOP": 2, "QT_TRANSLATE_NOOP3": 2}

# Where a widget shows a text: method name -> the positions of its text arguments (-1: every argument).
TEXT_METHODS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(
        [
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setStatusTip",
            "setWhatsThis",
            "setPlaceholderText",
            "setTitle",
            "setPrefix",
            "setSuffix",
            "setSpecialValueText",
            "setLabelText",
            "setInformativeText",
            "setDetailedText",
            "setAccessibleName",
            "setAccessibleDescription",
            "setHeaderLabel",
            "setHeaderLabels",
            "setHorizontalHeaderLabels",
            "setVerticalHeaderLabels",
            "addItem",
            "addItems",
            "addAction",
            "addMenu",
            "addRow",
            "showMessage",
            "setButtonText",
        ],
        (0,),
    ),
    **dict.fromkeys(["setItemText", "setTabText", "setTabToolTip", "insertItem", "addTab", "insertRow"], (1,)),
    "insertTab": (2,),
    "drawText": (-1,),
    **dict.fromkeys(["information", "warning", "question", "critical", "about"], (1, 2)),  # QMessageBox
    **dict.fromkeys(["getText", "getMultiLineText", "getItem", "getInt", "getDouble"], (1, 2)),  # QInputDialog
    **dict.fromkeys(["getOpenFileName", "getOpenFileNames", "getSaveFileName"], (1, 3)),  # caption, filter
    "getExistingDirectory": (1,),
}
# Widgets and items whose constructor takes the text (a QAction's or a button's may follow an icon).
TEXT_CLASSES = {
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QCommandLinkButton",
    "QMenu",
    "QAction",
    "QListWidgetItem",
    "QTableWidgetItem",
    "QTreeWidgetItem",
    "QStandardItem",
    "QMessageBox",
}
TEXT_KEYWORDS = {"text", "title", "label", "caption", "toolTip", "windowTitle", "placeholderText", "message"}
# Methods of item models whose returned strings are shown.
MODEL_METHODS = {"data", "headerData"}

ALLOW_MARKER = "# i18n-ok"
# Not language: placeholders (%1, %n, %L1, %s, {name}) and web or mail addresses.
_NOT_LETTERS = re.compile(r"%(?:\d{1,2}|n|L\d|[sdifr])|\{[^{}]*\}|(?:https?://|mailto:|www\.)\S*")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")

# Words only German has (and any word with ä, ö, ü or ß). Method terms the English interface keeps on
# purpose (Blitzlicht, Zukunftswerkstatt) are not in the list.
GERMAN_WORDS = frozenset(
    [
        "aber",
        "alle",
        "allen",
        "aller",
        "alles",
        "als",
        "auch",
        "auf",
        "bei",
        "beim",
        "bis",
        "bitte",
        "dass",
        "dem",
        "der",
        "des",
        "dich",
        "dir",
        "doch",
        "durch",
        "ein",
        "eine",
        "einem",
        "einen",
        "einer",
        "eines",
        "entschieden",
        "erste",
        "ersten",
        "erstes",
        "folgetermin",
        "folgetreffen",
        "gibt",
        "gleichstand",
        "heute",
        "ich",
        "ihnen",
        "ihr",
        "ihre",
        "ist",
        "jede",
        "jeder",
        "jedes",
        "kein",
        "keine",
        "keinen",
        "kommen",
        "kommt",
        "mehr",
        "mit",
        "nach",
        "neue",
        "nicht",
        "noch",
        "nur",
        "oder",
        "ohne",
        "punkt",
        "punkte",
        "punkten",
        "schon",
        "sehr",
        "sich",
        "sie",
        "sind",
        "stichwahl",
        "teilnehmende",
        "teilnehmenden",
        "uhr",
        "und",
        "uns",
        "vom",
        "von",
        "verabredung",
        "verabredungen",
        "wenn",
        "werden",
        "wir",
        "wird",
        "wurde",
        "zeitnah",
        "zum",
        "zur",
        "zwischen",
    ]
)


def german_words(text: str) -> list[str]:
    """The words of ``text`` that are German, not English (see :data:`GERMAN_WORDS`)."""
    return [
        word
        for word in _WORD.findall(_NOT_LETTERS.sub(" ", text))
        if word.lower() in GERMAN_WORDS or any(ch in "äöüÄÖÜß" for ch in word)
    ]


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def is_translate(node: ast.expr) -> bool:
    """Whether ``node`` is ``QCoreApplication.translate`` (or the same of QGuiApplication/QApplication)."""
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "translate"
        and isinstance(node.value, ast.Name)
        and node.value.id in TRANSLATE_OWNERS
    )


def translate_aliases(files: Iterable[Path]) -> list[str]:
    """Names bound to ``QCoreApplication.translate`` (``_t = QCoreApplication.translate``).

    lupdate only knows them when told with ``-tr-function-alias``.
    """
    aliases: set[str] = set()
    for path in files:
        for node in ast.walk(_parse(path)):
            if isinstance(node, ast.Assign) and is_translate(node.value):
                aliases.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return sorted(aliases)


def _literal_count(node: ast.Call, aliases: set[str]) -> int:
    """How many leading literal arguments a translation call needs (0: no translation call)."""
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr == "tr":
        return 1
    if is_translate(func) or (isinstance(func, ast.Name) and func.id in aliases):
        return 2
    if isinstance(func, ast.Name) and func.id in NOOP_FUNCTIONS:
        return NOOP_FUNCTIONS[func.id]
    return 0


def unreadable_calls(root: Path, files: Iterable[Path]) -> list[str]:
    """``tr()``/``translate()`` calls whose texts are not string literals, so lupdate skips them.

    A helper such as ``def _t(text): return QCoreApplication.translate("Ctx", text)`` shows up here
    (at the call inside the helper): the strings passed to it never reach the ``.ts`` files.
    """
    files = list(files)
    aliases = set(translate_aliases(files))
    problems: list[str] = []
    for path in files:
        for node in ast.walk(_parse(path)):
            if not isinstance(node, ast.Call):
                continue
            count = _literal_count(node, aliases)
            if not count:
                continue
            args = node.args[:count]
            readable = (
                len(args) == count
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args)
                and not any(k.arg in (None, "context", "sourceText", "key") for k in node.keywords)
            )
            if not readable:
                problems.append(
                    f"{path.relative_to(root).as_posix()}:{node.lineno}: lupdate cannot read {ast.unparse(node)}"
                )
    return problems


class _TextScan(ast.NodeVisitor):
    """Walks one file, function by function (local variables are looked up in their function)."""

    def __init__(self, where: str, lines: list[str], aliases: set[str]) -> None:
        self.where, self.lines, self.aliases = where, lines, aliases
        self.problems: dict[tuple[int, str], str] = {}
        self.scopes: list[dict[str, list[ast.expr]]] = [{}]
        self.functions: list[str] = [""]

    # ---- scopes -----------------------------------------------------------

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        """Collect the function's assignments first, so a text built before its use is seen."""
        names: dict[str, list[ast.expr]] = {}
        for child in ast.walk(node):
            if isinstance(child, ast.Assign):
                for target in child.targets:
                    if isinstance(target, ast.Name):
                        names.setdefault(target.id, []).append(child.value)
            elif (
                isinstance(child, (ast.AugAssign, ast.AnnAssign)) and isinstance(child.target, ast.Name) and child.value
            ):
                names.setdefault(child.target.id, []).append(child.value)
        self.scopes.append(names)
        self.functions.append(node.name)
        self.generic_visit(node)
        self.scopes.pop()
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    # ---- what is shown ----------------------------------------------------------

    def visit_Call(self, node: ast.Call) -> None:
        """A translation call (its source must be English) or a call that shows a text."""
        if _literal_count(node, self.aliases):
            self._check_source(node)
            return  # its arguments are the translated text
        for argument in self._text_arguments(node):
            self._check_text(node, argument)
        self.generic_visit(node)

    def visit_Return(self, node: ast.Return) -> None:
        """A model's ``data()``/``headerData()`` returns what the view shows."""
        if self.functions[-1] in MODEL_METHODS:
            self._check_text(node, node.value)
        self.generic_visit(node)

    def _check_source(self, node: ast.Call) -> None:
        func = node.func
        position = (
            0
            if (isinstance(func, ast.Attribute) and func.attr == "tr")
            or (isinstance(func, ast.Name) and func.id == "QT_TR_NOOP")
            else 1
        )
        text = node.args[position] if len(node.args) > position else None
        if isinstance(text, ast.Constant) and isinstance(text.value, str) and not self._allowed(node):
            german = german_words(text.value)
            if german:
                self._report(node, text.value, f"German in an English source string ({', '.join(german)})")

    def _check_text(self, node: ast.AST, expression: ast.expr | None) -> None:
        if self._allowed(node):
            return
        for where, text in self._literals(expression, set()):
            if _LETTER.search(_NOT_LETTERS.sub("", text)) and not self._allowed(where):
                self._report(node, text, "shown without tr()")

    def _text_arguments(self, node: ast.Call) -> list[ast.expr]:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        chosen: list[ast.expr] = [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        if name in TEXT_CLASSES:
            chosen += node.args[:2]
        elif name in TEXT_METHODS and isinstance(func, ast.Attribute):
            positions = TEXT_METHODS[name]
            chosen += node.args if positions == (-1,) else [node.args[i] for i in positions if i < len(node.args)]
        return chosen

    def _literals(self, node: ast.expr | None, seen: set[str]) -> Iterator[tuple[ast.AST, str]]:
        """The string literals a text is built from (not those that go through tr()), each with where it is."""
        if node is None or (isinstance(node, ast.Call) and _literal_count(node, self.aliases)):
            return
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node, node.value
        elif isinstance(node, ast.JoinedStr):
            for part in node.values:
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    yield node, part.value
                elif isinstance(part, ast.FormattedValue):
                    yield from self._literals(part.value, seen)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
            yield from self._literals(node.left, seen)
            yield from self._literals(node.right, seen)
        elif isinstance(node, ast.IfExp):
            yield from self._literals(node.body, seen)
            yield from self._literals(node.orelse, seen)
        elif isinstance(node, (ast.List, ast.Tuple)):
            for element in node.elts:
                yield from self._literals(element, seen)
        elif isinstance(node, ast.Name) and node.id not in seen:
            for value in self.scopes[-1].get(node.id, []):
                yield from self._literals(value, seen | {node.id})
        elif isinstance(node, ast.Call):
            func = node.func
            # "… {}".format(x), ", ".join(…), and arg("%1 of %2", …): the template is the text.
            if isinstance(func, ast.Attribute) and func.attr in ("format", "join", "strip", "upper", "lower"):
                yield from self._literals(func.value, seen)
            elif isinstance(func, ast.Name) and func.id == "arg" and node.args:
                yield from self._literals(node.args[0], seen)

    # ---- reporting ---------------------------------------------------------

    def _allowed(self, node: ast.AST) -> bool:
        first = getattr(node, "lineno", 1)
        last = getattr(node, "end_lineno", first) or first
        return any(ALLOW_MARKER in self.lines[i - 1] for i in range(first, last + 1) if 0 < i <= len(self.lines))

    def _report(self, node: ast.AST, text: str, what: str) -> None:
        line = getattr(node, "lineno", 0)
        self.problems.setdefault((line, text), f"{self.where}:{line}: {what}: {text!r} in {ast.unparse(node)[:100]}")


def untranslated_texts(root: Path, files: Iterable[Path]) -> list[str]:
    """Visible texts that do not go through ``tr()``, and German words in English source strings (see above)."""
    files = list(files)
    aliases = set(translate_aliases(files))
    problems: list[str] = []
    for path in files:
        source = path.read_text(encoding="utf-8")
        scan = _TextScan(path.relative_to(root).as_posix(), source.splitlines(), aliases)
        scan.visit(ast.parse(source, str(path)))
        problems += [scan.problems[key] for key in sorted(scan.problems)]
    return problems

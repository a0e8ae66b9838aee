#!/usr/bin/env python3
"""Keep the translation files in step with the code.

    .venv/bin/python packaging/update_translations.py           # update the .ts files, then the .qm files
    .venv/bin/python packaging/update_translations.py --check   # change nothing; exit 1 listing every problem

Updating runs ``pyside6-lupdate`` over ``zwdesktop/gui/**/*.py`` and ``ui/*.ui`` into
``resources/translations/zwdesktop_de.ts`` and ``zwdesktop_en.ts`` (existing translations are kept,
strings gone from the code are dropped, no source locations are stored), fills every empty English
translation with its source text (the source strings are English), and writes the ``.qm`` files the
program loads with ``pyside6-lrelease``. New German strings then show up in ``zwdesktop_de.ts`` as
``<translation type="unfinished">``: translate them (in a text editor or ``pyside6-linguist``),
remove ``type="unfinished"`` and run the script once more to rebuild the ``.qm`` files.

``--check`` reports: strings in the code missing from a ``.ts`` (and entries the code no longer has),
unfinished or empty translations, placeholders (``%1``, ``%n``, ``{path}``) or accelerators (``&``)
that differ between source and translation, translatable calls that lupdate cannot read (a variable
instead of a string literal, e.g. a helper that passes its argument on), visible texts built outside
``tr()`` (a literal passed to ``setText``, ``QLabel(...)``, ``addItem`` …, also inside an f-string) and
German words in the English source strings (``translation_code.py`` beside this script says what counts
and how ``# i18n-ok`` marks a literal that is no language), and ``.qm`` files that differ from a fresh
``lrelease`` of their ``.ts``. ``tests/test_translations.py`` runs the same checks.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import translation_code

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS_DIR = Path("resources") / "translations"
SOURCE_DIRS = (Path("zwdesktop") / "gui",)  # every *.py below these (recursively)
UI_DIR = Path("ui")  # every *.ui in here
PREFIX = "zwdesktop"
LANGUAGES = ("de", "en")
SOURCE_LANGUAGE = "en"  # the language of the strings in the code; its .ts repeats them

LUPDATE_OPTIONS = ("-silent", "-no-obsolete", "-locations", "none", "-sort-messages")
LRELEASE_OPTIONS = ("-silent", "-nounfinished")


class ToolError(RuntimeError):
    """A Qt tool is missing or failed."""


@dataclass(frozen=True, order=True)
class MessageKey:
    """What identifies a message for Qt: context, source text and disambiguation comment."""

    context: str
    source: str
    comment: str = ""

    def __str__(self) -> str:
        extra = f" ({self.comment})" if self.comment else ""
        return f"[{self.context}] {self.source!r}{extra}"


@dataclass(frozen=True)
class Message:
    """One ``<message>`` of a ``.ts`` file."""

    key: MessageKey
    numerus: bool
    translations: tuple[str, ...]  # one text, or one per plural form
    type: str  # "" when finished, else "unfinished", "vanished", "obsolete"

    @property
    def done(self) -> bool:
        """Finished and every form non-empty."""
        return not self.type and bool(self.translations) and all(t.strip() for t in self.translations)


# ---- files and tools -------------------------------------------------------


def ts_path(language: str, root: Path = ROOT) -> Path:
    """The ``.ts`` file of ``language``."""
    return root / TRANSLATIONS_DIR / f"{PREFIX}_{language}.ts"


def qm_path(language: str, root: Path = ROOT) -> Path:
    """The ``.qm`` file of ``language`` (what the program loads)."""
    return root / TRANSLATIONS_DIR / f"{PREFIX}_{language}.qm"


def source_files(root: Path = ROOT) -> list[Path]:
    """The files lupdate reads, relative to ``root``, in a fixed order."""
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files += sorted(p.relative_to(root) for p in (root / folder).rglob("*.py") if "__pycache__" not in p.parts)
    files += sorted(p.relative_to(root) for p in (root / UI_DIR).glob("*.ui"))
    return files


def find_tool(name: str) -> list[str]:
    """The command for ``lupdate``/``lrelease``: ``pyside6-NAME`` beside this Python, else PySide6's own binary."""
    suffix = ".exe" if os.name == "nt" else ""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}{suffix}"]
    try:
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        candidates += [package / f"{name}{suffix}", package / "Qt" / "bin" / f"{name}{suffix}"]
    except ImportError:  # pragma: no cover - the venv always has PySide6
        pass
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    raise ToolError(f"pyside6-{name} not found (looked at {', '.join(map(str, candidates))}); is PySide6 installed?")


def _tool_environment() -> dict[str, str]:
    """The environment for the Qt tools: on Linux the always-present C.UTF-8 locale.

    Their output does not depend on the locale, but with a missing or non-UTF-8 one (``LANG=de_DE.UTF-8``
    on a machine without it) Qt prints a warning on every call.
    """
    env = dict(os.environ)
    if sys.platform.startswith("linux"):
        env["LC_ALL"] = "C.UTF-8"
    return env


def _run(command: Sequence[str], cwd: Path) -> None:
    result = subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, encoding="utf-8", check=False, env=_tool_environment()
    )
    # lupdate reports problems (e.g. a tr() it cannot parse) on stderr even when it succeeds.
    noise = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    if result.returncode != 0:
        raise ToolError(f"{' '.join(command)} failed ({result.returncode}):\n" + "\n".join(noise))
    for line in noise:
        print(f"{Path(command[0]).name}: {line}", file=sys.stderr)


def run_lupdate(ts_files: Iterable[Path], root: Path = ROOT) -> None:
    """Merge the strings of the code into ``ts_files`` (created when missing; language from the file name)."""
    files = [p.as_posix() for p in source_files(root)]
    aliases = translate_aliases(root)
    alias_option = ["-tr-function-alias", ",".join(f"translate+={a}" for a in aliases)] if aliases else []
    targets = [str(ts) for ts in ts_files]
    command = [
        *find_tool("lupdate"),
        *LUPDATE_OPTIONS,
        *alias_option,
        "-source-language",
        SOURCE_LANGUAGE,
        *files,
        "-ts",
        *targets,
    ]
    _run(command, root)


def run_lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``, replacing an existing ``qm`` in one step.

    Qt maps a loaded ``.qm`` file into memory: lrelease overwriting it in place
    pulls the text from under a running program (and a running test), which
    then crashes in ``tr()``. A new file renamed over the old one leaves their
    mapping intact.
    """
    fresh = qm.with_name(f".{qm.name}.new")
    try:
        _run([*find_tool("lrelease"), *LRELEASE_OPTIONS, str(ts), "-qm", str(fresh)], ts.parent)
        os.replace(fresh, qm)
    finally:
        fresh.unlink(missing_ok=True)


# ---- reading .ts files ------------------------------------------------------


def read_messages(ts: Path) -> dict[MessageKey, Message]:
    """The messages of a ``.ts`` file by key."""
    messages: dict[MessageKey, Message] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            key = MessageKey(name, element.findtext("source") or "", element.findtext("comment") or "")
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                forms = translation.findall("numerusform")
                texts = tuple(f.text or "" for f in forms) if numerus else (translation.text or "",)
                kind = translation.get("type", "")
            messages[key] = Message(key, numerus, texts, kind)
    return messages


def fill_with_source(ts: Path) -> int:
    """Give every empty or unfinished message of ``ts`` its source text as finished translation.

    For the source language only. A finished, non-empty English translation is kept (so a plural
    message may say "%n card" / "%n cards"). Returns how many messages were filled.
    """
    tree = ET.parse(ts)
    filled = 0
    for element in tree.getroot().iter("message"):
        translation = element.find("translation")
        if translation is None:
            translation = ET.SubElement(element, "translation")
        source = element.findtext("source") or ""
        forms = translation.findall("numerusform") if element.get("numerus") == "yes" else []
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if translation.get("type") is None and all(t.strip() for t in texts):
            continue
        if element.get("numerus") == "yes":
            if not forms:
                forms = [ET.SubElement(translation, "numerusform")]
            for form in forms:
                form.text = source
        else:
            translation.text = source
        translation.attrib.pop("type", None)
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def known_translations(ts: Path) -> dict[str, str]:
    """Source text → its finished translation, where every context that has it agrees (singular messages only)."""
    seen: dict[str, set[str]] = {}
    if ts.exists():
        for message in read_messages(ts).values():
            if message.done and not message.numerus:
                seen.setdefault(message.key.source, set()).add(message.translations[0])
    return {source: texts.pop() for source, texts in seen.items() if len(texts) == 1}


def suggest_translations(ts: Path, known: dict[str, str]) -> int:
    """Pre-fill empty unfinished messages whose source text has a known translation (e.g. moved to another class).

    They stay ``type="unfinished"``: a person confirms each suggestion (removing the marker) before it counts.
    Returns how many were filled.
    """
    tree = ET.parse(ts)
    filled = 0
    for element in tree.getroot().iter("message"):
        translation = element.find("translation")
        source = element.findtext("source") or ""
        if (
            translation is None
            or element.get("numerus") == "yes"
            or translation.get("type") != "unfinished"
            or (translation.text or "").strip()
            or source not in known
        ):
            continue
        translation.text = known[source]
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def unfinished_messages(ts: Path) -> list[Message]:
    """Messages without a finished, non-empty translation."""
    return [m for m in read_messages(ts).values() if not m.done]


# ---- checks on the texts ----------------------------------------------------

_PLACEHOLDER = re.compile(r"%(?:\d{1,2}|n|L\d{1,2}|Ln)|\{[A-Za-z_][A-Za-z0-9_]*(?:[!:][^{}]*)?\}")


def placeholders(text: str) -> set[str]:
    """The place markers of a text: ``%1``, ``%n``, ``%L1``, ``{path}`` (format specs ignored)."""
    return {re.sub(r"[!:].*\}$", "}", m) for m in _PLACEHOLDER.findall(text)}


def accelerators(text: str) -> int:
    """How many ``&x`` keyboard accelerators a text has (``&&`` is a literal ampersand)."""
    return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))


def text_problems(ts: Path) -> list[str]:
    """Placeholders or accelerators that differ between source and translation."""
    problems: list[str] = []
    for message in read_messages(ts).values():
        if not message.done:
            continue  # reported as unfinished
        wanted = placeholders(message.key.source)
        for text in message.translations:
            got = placeholders(text)
            if message.numerus:
                # A plural form may leave out %n ("one card"), but must not invent or drop others.
                wanted, got = wanted - {"%n", "%Ln"}, got - {"%n", "%Ln"}
            if got != wanted:
                problems.append(
                    f"{ts.name}: placeholders {sorted(got)} instead of {sorted(wanted)} in {message.key} → {text!r}"
                )
            if (accelerators(message.key.source) > 0) != (accelerators(text) == 1) or accelerators(text) > 1:
                problems.append(f"{ts.name}: accelerator (&) differs from the source in {message.key} → {text!r}")
    return problems


# ---- what lupdate cannot see (translation_code.py) ------------------------------


def _python_files(root: Path) -> list[Path]:
    return [root / p for p in source_files(root) if p.suffix == ".py"]


def translate_aliases(root: Path = ROOT) -> list[str]:
    """Names bound to ``QCoreApplication.translate``; :func:`run_lupdate` passes them with ``-tr-function-alias``."""
    return translation_code.translate_aliases(_python_files(root))


def unreadable_calls(root: Path = ROOT) -> list[str]:
    """``tr()``/``translate()`` calls whose texts are not string literals, so lupdate skips them."""
    return translation_code.unreadable_calls(root, _python_files(root))


def untranslated_texts(root: Path = ROOT) -> list[str]:
    """Visible texts built outside ``tr()``, and German words in the English source strings."""
    return translation_code.untranslated_texts(root, _python_files(root))


# ---- comparing with what the code has ---------------------------------------


@dataclass
class Drift:
    """How a ``.ts`` file differs from what lupdate would make of the current code."""

    missing: list[MessageKey]  # in the code, not in the .ts
    obsolete: list[MessageKey]  # in the .ts, no longer in the code


def ts_drift(root: Path = ROOT) -> dict[str, Drift]:
    """Run lupdate on temporary copies of the ``.ts`` files and compare their messages, per language."""
    result: dict[str, Drift] = {}
    with tempfile.TemporaryDirectory(prefix="zw-ts-") as temp:
        copies = {}
        for language in LANGUAGES:
            copy = Path(temp) / ts_path(language, root).name
            if ts_path(language, root).exists():
                shutil.copyfile(ts_path(language, root), copy)
            copies[language] = copy
        run_lupdate(copies.values(), root)
        for language, copy in copies.items():
            have = set(read_messages(ts_path(language, root))) if ts_path(language, root).exists() else set()
            want = set(read_messages(copy))
            result[language] = Drift(sorted(want - have), sorted(have - want))
    return result


def stale_qm_files(root: Path = ROOT) -> list[Path]:
    """The ``.qm`` files that are missing or differ from a fresh lrelease of their ``.ts``."""
    stale: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="zw-qm-") as temp:
        for language in LANGUAGES:
            ts, qm = ts_path(language, root), qm_path(language, root)
            if not ts.exists():
                continue
            fresh = Path(temp) / qm.name
            run_lrelease(ts, fresh)
            if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                stale.append(qm)
    return stale


def check(root: Path = ROOT) -> list[str]:
    """Every problem, one line each (empty when all is in step)."""
    problems = list(unreadable_calls(root)) + untranslated_texts(root)
    for language in LANGUAGES:
        if not ts_path(language, root).exists():
            problems.append(f"{ts_path(language, root).name} does not exist")
    for language, drift in ts_drift(root).items():
        name = ts_path(language, root).name
        problems += [f"{name}: missing (in the code, not in the .ts): {key}" for key in drift.missing]
        problems += [f"{name}: obsolete (no longer in the code): {key}" for key in drift.obsolete]
    for language in LANGUAGES:
        ts = ts_path(language, root)
        if ts.exists():
            problems += [f"{ts.name}: not translated: {m.key}" for m in unfinished_messages(ts)]
            problems += text_problems(ts)
    problems += [f"{qm.name}: stale (differs from lrelease of its .ts)" for qm in stale_qm_files(root)]
    return problems


# ---- updating ----------------------------------------------------------------


def update(root: Path = ROOT) -> list[str]:
    """Bring both ``.ts`` files up to date and rebuild the ``.qm`` files; returns what is left to translate."""
    (root / TRANSLATIONS_DIR).mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_path(language, root)
        if not ts.exists():
            # Name the language in the file: not every lupdate infers it from the file name, and
            # without it lrelease knows no plural rules.
            ts.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}" sourcelanguage="{SOURCE_LANGUAGE}">\n</TS>\n',
                encoding="utf-8",
            )
    before = {language: known_translations(ts_path(language, root)) for language in LANGUAGES}
    run_lupdate([ts_path(language, root) for language in LANGUAGES], root)
    for language in LANGUAGES:
        ts = ts_path(language, root)
        if language == SOURCE_LANGUAGE:
            changed = fill_with_source(ts)
        else:
            changed = suggest_translations(ts, {**before[language], **known_translations(ts)})
        if changed:
            run_lupdate([ts], root)  # back into lupdate's own layout, so the next run changes nothing
    for language in LANGUAGES:
        run_lrelease(ts_path(language, root), qm_path(language, root))
    todo: list[str] = []
    for language in LANGUAGES:
        ts = ts_path(language, root)
        for message in unfinished_messages(ts):
            hint = f" (suggested: {message.translations[0]!r})" if any(message.translations) else ""
            todo.append(f"{ts.name}: not translated: {message.key}{hint}")
        todo += text_problems(ts)
    return todo


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 listing every problem")
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = check()
            for line in problems:
                print(line)
            print(f"{len(problems)} problem(s)" if problems else "translations are complete and in step")
            return 1 if problems else 0
        for line in unreadable_calls():
            print(f"warning: {line}", file=sys.stderr)
        todo = update()
        counts = ", ".join(f"{ts_path(lang).name}: {len(read_messages(ts_path(lang)))} strings" for lang in LANGUAGES)
        print(f"updated {counts}; .qm files rebuilt")
        if todo:
            print("\nStill to do (edit the .ts, then run this script again):")
            for line in todo:
                print(f"  {line}")
            return 1
        return 0
    except ToolError as exc:
        print(exc, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

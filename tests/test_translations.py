"""The translations are complete and in step with the code.

When one of these fails: run ``.venv/bin/python packaging/update_translations.py``, translate what it
lists in ``resources/translations/zwdesktop_de.ts`` (remove ``type="unfinished"``), and run it again.
The checks themselves live in that script (``--check`` runs the same ones).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "update_translations.py"
HOW_TO_FIX = (
    "run `.venv/bin/python packaging/update_translations.py`, translate what it lists in "
    "resources/translations/zwdesktop_de.ts, then run it again"
)


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


ut = _load_script()


def _report(problems: list[str]) -> str:
    return "\n".join([*problems, "", f"To fix: {HOW_TO_FIX}."])


# ---- the real files ------------------------------------------------------------


def test_lupdate_can_read_every_translatable_call() -> None:
    problems = ut.unreadable_calls()
    assert not problems, _report(problems)


def test_every_visible_text_goes_through_tr_and_the_sources_are_english() -> None:
    problems = ut.untranslated_texts()
    assert not problems, "\n".join(
        [*problems, "", "Put the text through self.tr(); mark a literal that is no language with # i18n-ok."]
    )


def test_every_string_of_the_code_is_in_both_ts_files() -> None:
    problems = []
    for language, drift in ut.ts_drift().items():
        problems += [f"{language}: missing {key}" for key in drift.missing]
        problems += [f"{language}: obsolete {key}" for key in drift.obsolete]
    assert not problems, _report(problems)


@pytest.mark.parametrize("language", ut.LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    ts = ut.ts_path(language)
    assert ts.exists(), _report([f"{ts} is missing"])
    messages = ut.read_messages(ts)
    assert messages, f"{ts.name} has no messages"
    problems = [f"not translated: {m.key}" for m in ut.unfinished_messages(ts)]
    assert not problems, _report(problems)


@pytest.mark.parametrize("language", ut.LANGUAGES)
def test_placeholders_and_accelerators_match_the_source(language: str) -> None:
    problems = ut.text_problems(ut.ts_path(language))
    assert not problems, _report(problems)


def test_german_placeholders_match_exactly() -> None:
    for message in ut.read_messages(ut.ts_path("de")).values():
        for text in message.translations:
            got, wanted = ut.placeholders(text), ut.placeholders(message.key.source)
            if message.numerus:  # a plural form may say "Die erste Option kommt weiter." without %n
                got, wanted = got - {"%n"}, wanted - {"%n"}
            assert got == wanted, f"{message.key} → {text!r}"


def test_english_translations_are_the_source_texts() -> None:
    for message in ut.read_messages(ut.ts_path("en")).values():
        if not message.numerus:
            assert message.translations == (message.key.source,), message.key


def test_qm_files_are_fresh() -> None:
    stale = ut.stale_qm_files()
    assert not stale, _report([f"{qm.name} differs from a fresh lrelease of its .ts" for qm in stale])


def test_lrelease_output_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a.qm", tmp_path / "b.qm"
    ut.run_lrelease(ut.ts_path("de"), first)
    ut.run_lrelease(ut.ts_path("de"), second)
    assert first.read_bytes() == second.read_bytes()


def test_the_german_qm_translates() -> None:
    translator = QTranslator()
    assert translator.load(str(ut.qm_path("de")))
    assert translator.translate("Phases", "Critique phase") == "Kritikphase"
    assert translator.translate("Phases", "Fantasy phase") == "Phantasiephase"
    assert translator.translate("Phases", "Realisation phase") == "Verwirklichungsphase"
    assert translator.translate("DetailsForm", "&Guiding question") == "&Leitfrage"  # from ui/details.ui


def test_the_english_qm_loads_and_keeps_the_source() -> None:
    translator = QTranslator()
    assert translator.load(str(ut.qm_path("en")))
    assert translator.translate("Phases", "Critique phase") == "Critique phase"


# ---- the script itself, on a small project in a temporary folder -----------------


def _project(root: Path, code: str) -> Path:
    (root / "zwdesktop" / "gui").mkdir(parents=True)
    (root / "ui").mkdir()
    (root / "zwdesktop" / "gui" / "page.py").write_text(code, encoding="utf-8")
    return root


_CODE = """
from PySide6.QtCore import QCoreApplication, QObject


class Page(QObject):
    def texts(self, n):
        return [
            self.tr("&Open file"),
            QCoreApplication.translate("Phases", "Critique phase"),
            QCoreApplication.translate("Page", "{path} is open since %1"),
            QCoreApplication.translate("Page", "%n card(s)", None, n),
        ]
"""

_GERMAN = {
    "&Open file": ("Datei ö&ffnen",),
    "Critique phase": ("Kritikphase",),
    "{path} is open since %1": ("{path} ist seit %1 geöffnet",),
    "%n card(s)": ("%n Karte", "%n Karten"),
}


def _translate(ts: Path, texts: dict[str, tuple[str, ...]]) -> None:
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if source not in texts:
            continue
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        if forms:
            assert len(forms) == len(texts[source])
            for form, text in zip(forms, texts[source], strict=True):
                form.text = text
        else:
            translation.text = texts[source][0]
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def test_script_round_trip(tmp_path: Path) -> None:
    root = _project(tmp_path, _CODE)
    assert ut.check(root)  # no .ts files yet

    todo = ut.update(root)
    assert {ut.MessageKey("Page", "&Open file"), ut.MessageKey("Page", "%n card(s)")} <= set(
        ut.read_messages(ut.ts_path("de", root))
    )
    # English is filled from the source, German is left to a person.
    assert not ut.unfinished_messages(ut.ts_path("en", root))
    english = ut.read_messages(ut.ts_path("en", root))
    # Every plural form the tools made (lupdate versions differ in how many) is the source text.
    # Every plural form lupdate made for English (versions differ in how many) is the source text.
    forms = english[ut.MessageKey("Page", "%n card(s)")].translations
    assert forms and set(forms) == {"%n card(s)"}
    assert len(todo) == 4 and all("zwdesktop_de.ts" in line for line in todo)
    problems = ut.check(root)
    assert sum("not translated" in p for p in problems) == 4, problems

    _translate(ut.ts_path("de", root), _GERMAN)
    assert any("stale" in p for p in ut.check(root))  # the .qm was built before the translations
    assert ut.update(root) == []
    assert ut.check(root) == []
    # A second run changes nothing (no churn in git).
    after_ts = {p.name: p.read_bytes() for p in (root / ut.TRANSLATIONS_DIR).glob("*.ts")}
    assert ut.update(root) == []
    assert after_ts == {p.name: p.read_bytes() for p in (root / ut.TRANSLATIONS_DIR).glob("*.ts")}

    translator = QTranslator()
    assert translator.load(str(ut.qm_path("de", root)))
    assert translator.translate("Phases", "Critique phase") == "Kritikphase"
    # QTranslator picks the plural form; QCoreApplication.translate would then put in the number.
    # Only lupdate from PySide6 6.12 on marks Python's tr(text, "", n) as a plural; the 6.11 we
    # pin (see pyproject.toml) keeps it singular, and then there is one form for every count.
    german = ut.read_messages(ut.ts_path("de", root))[ut.MessageKey("Page", "%n card(s)")].translations
    if len(german) == 2:
        assert translator.translate("Page", "%n card(s)", None, 3) == "%n Karten"
    assert translator.translate("Page", "%n card(s)", None, 1) == "%n Karte"

    # New code: a new string is missing until the script runs; removed strings vanish; translations stay.
    code = _CODE.replace('self.tr("&Open file"),', 'self.tr("&Open file"), self.tr("Close"),').replace(
        'QCoreApplication.translate("Phases", "Critique phase"),', ""
    )
    (root / "zwdesktop" / "gui" / "page.py").write_text(code, encoding="utf-8")
    problems = ut.check(root)
    assert any("missing" in p and "'Close'" in p for p in problems), problems
    assert any("obsolete" in p and "Critique phase" in p for p in problems), problems
    todo = ut.update(root)
    assert todo == ["zwdesktop_de.ts: not translated: [Page] 'Close'"]
    german = ut.read_messages(ut.ts_path("de", root))
    assert ut.MessageKey("Phases", "Critique phase") not in german
    assert german[ut.MessageKey("Page", "&Open file")].translations == ("Datei ö&ffnen",)


def test_script_finds_bad_placeholders_and_accelerators(tmp_path: Path) -> None:
    root = _project(tmp_path, _CODE)
    ut.update(root)
    _translate(
        ut.ts_path("de", root),
        {**_GERMAN, "&Open file": ("Datei öffnen",), "{path} is open since %1": ("{pfad} ist seit %2 geöffnet",)},
    )
    problems = ut.text_problems(ut.ts_path("de", root))
    assert any("accelerator" in p and "&Open file" in p for p in problems), problems
    assert any("placeholders" in p and "{path}" in p for p in problems), problems


def test_script_sees_texts_that_lupdate_cannot(tmp_path: Path) -> None:
    code = """
from PySide6.QtCore import QCoreApplication

_t = QCoreApplication.translate


def _h(text):
    return QCoreApplication.translate("Messages", text)


def texts(painter, name):
    painter.translate(10, 20)  # not a translation
    return [_h("Passed through a helper"), _t("Messages", "Through an alias"), QCoreApplication.translate("X", name)]
"""
    root = _project(tmp_path, code)
    problems = ut.unreadable_calls(root)
    assert len(problems) == 2, problems
    assert any("page.py:8" in p for p in problems), problems  # inside the helper
    assert any("name)" in p for p in problems), problems
    # An alias of QCoreApplication.translate is passed on to lupdate, so its strings are found.
    ut.update(root)
    sources = {key.source for key in ut.read_messages(ut.ts_path("de", root))}
    assert "Through an alias" in sources
    assert "Passed through a helper" not in sources


_SHOWN = """
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QPushButton

from .i18n import arg


class Page(QObject):
    def fill(self, label, box, n, name, painter, rect, note):
        label.setText("Hello")                                             # caught: a plain literal
        label.setText(f"{n} dots")                                         # caught: in an f-string
        label.setText(self.tr("Fine") + " · " + name)                      # translated, joined by a dot
        box.addItem(self.tr("Tallies") if n else "Ballots")                # caught: one branch untranslated
        QLabel("Total: " + name)                                           # caught: joined by +
        QPushButton("+")                                                   # no letters: fine
        label.setToolTip(arg("%1 of %2", n, name))                         # caught: arg() on a raw template
        text = f"{note} – carried forward"
        label.setText(text)                                                # caught: through a local variable
        painter.drawText(rect, 0, "No dot vote yet")                       # caught: painted
        box.setHorizontalHeaderLabels([self.tr("Option"), "Dots"])         # caught: one header untranslated
        label.setText("%1 – %2")                                           # placeholders only: fine
        label.setPlaceholderText("https://…")                              # an address: fine
        box.addItem("A4")  # i18n-ok: a paper size
        label.setText(self.tr("Stichwahl zwischen %1"))                    # caught: German source
        label.setText(QCoreApplication.translate("X", "carried forward – Verabredungen"))  # caught: German
        label.setText(self.tr("Sign up at https://www.aulendorf.de/anmeldung"))  # the address is no word
        label.setText(self.tr("Each person puts one dot on the Blitzlicht"))  # a method term: fine
        label.setText(name)                                                # user data: fine
        unit = f"{n} h"  # i18n-ok: the hour symbol, marked where the literal is
        box.addItem(unit)


class Model(QAbstractListModel):
    def data(self, index, role=0):
        return "yes"                                                       # caught: a cell's text
"""


def test_script_finds_texts_shown_without_tr_and_german_sources(tmp_path: Path) -> None:
    root = _project(tmp_path, _SHOWN)
    problems = ut.untranslated_texts(root)
    lines = sorted(int(p.split(":")[1]) for p in problems)
    expected = [number for number, line in enumerate(_SHOWN.splitlines(), 1) if "# caught" in line]
    assert len(expected) == 11 and lines == expected, "\n".join(problems)
    assert any("German" in p and "Stichwahl, zwischen" in p for p in problems), problems
    assert all(ut.untranslated_texts(root) == problems for _ in range(2))  # stable order
    # --check reports them too.
    assert set(problems) <= set(ut.check(root))


def test_german_words_are_told_from_english() -> None:
    assert ut.translation_code.german_words("tie settled – Stichwahl zwischen A and B") == ["Stichwahl", "zwischen"]
    assert ut.translation_code.german_words("Größe") == ["Größe"]
    assert ut.translation_code.german_words("Each person has %n dots; the top %1 go forward.") == []
    assert ut.translation_code.german_words("New Blitzlicht (mood check), see https://www.zukunft.de/und") == []


def test_script_suggests_translations_of_moved_strings(tmp_path: Path) -> None:
    root = _project(tmp_path, _CODE)
    ut.update(root)
    _translate(ut.ts_path("de", root), _GERMAN)
    ut.update(root)
    (root / "zwdesktop" / "gui" / "page.py").write_text(_CODE.replace("class Page", "class Pane"), encoding="utf-8")
    todo = ut.update(root)
    assert "zwdesktop_de.ts: not translated: [Pane] '&Open file' (suggested: 'Datei ö&ffnen')" in todo
    assert ut.MessageKey("Pane", "&Open file") in {m.key for m in ut.unfinished_messages(ut.ts_path("de", root))}


def test_tools_are_found() -> None:
    for name in ("lupdate", "lrelease"):
        command = ut.find_tool(name)
        assert Path(command[0]).exists() or shutil.which(command[0])

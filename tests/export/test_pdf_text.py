"""The text engine of the PDF: direction, joining, bidi per line, wrapping, font fallback."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zwdesktop.export.pdf.fonts import REPLACEMENT, font_set
from zwdesktop.export.pdf.text import is_rtl, shape, visual, wrap_paragraph, wrap_text


def width_of(text: str) -> float:
    return font_set().width(text, 10)


def test_direction_follows_the_first_strong_character() -> None:
    assert is_rtl("مرحبا Aulendorf")
    assert is_rtl("  123 سلام")
    assert not is_rtl("Aulendorf مرحبا")
    assert not is_rtl("123 …")
    assert not is_rtl("")


def test_arabic_letters_are_joined_and_farsi_letters_kept() -> None:
    joined = shape("سلام")
    # Presentation forms (the joined shapes), which give the same letters back under NFKC.
    assert joined != "سلام"
    assert unicodedata.normalize("NFKC", joined) == "سلام"
    assert unicodedata.normalize("NFKC", shape("گروه پژوهش")) == "گروه پژوهش"
    assert shape("Grüße") == "Grüße"


def test_a_right_to_left_line_is_reversed_with_digits_and_latin_words_in_place() -> None:
    line = visual("مرحبا 2025 Aulendorf سلام", rtl=True)
    # Drawn from the left: the last Arabic word first, then the Latin word and the number read left to right.
    words = line.split()
    assert unicodedata.normalize("NFKC", words[0][::-1]) == "سلام"
    assert words[1:3] == ["Aulendorf", "2025"]
    assert unicodedata.normalize("NFKC", words[3][::-1]) == "مرحبا"


def test_brackets_are_mirrored_in_right_to_left_text() -> None:
    line = visual("(سلام)", rtl=True)
    assert line[0] == "(" and line[-1] == ")"


def test_wrapped_right_to_left_paragraph_keeps_its_lines_in_reading_order() -> None:
    words = [f"كلمة{n}" for n in "١٢٣٤٥٦٧٨٩"]
    lines = wrap_paragraph(" ".join(words), 80, width_of)
    assert len(lines) > 2
    # Wrapping happens in logical order: the first line holds the first words.
    assert " ".join(line.text for line in lines) == " ".join(words)
    assert lines[0].text.startswith(words[0])


def test_a_300_character_word_is_cut_to_fit_the_line() -> None:
    word = "Donaudampfschifffahrtsgesellschaft" * 9
    lines = wrap_paragraph(word, 200, width_of)
    assert len(lines) > 3
    assert "".join(line.text for line in lines) == word
    assert all(line.width <= 200 for line in lines)


def test_line_breaks_are_kept_and_empty_lines_too() -> None:
    lines = wrap_text("eins\n\nzwei", 500, width_of)
    assert [line.text for line, _rtl in lines] == ["eins", "", "zwei"]


def test_a_cut_never_separates_a_combining_mark_or_an_emoji_skin_tone() -> None:
    word = ("e\u0301" * 40) + ("👍🏽" * 10)
    lines = wrap_paragraph(word, 60, width_of)
    for line in lines:
        assert not unicodedata.combining(line.text[0])
        assert not 0x1F3FB <= ord(line.text[0]) <= 0x1F3FF


def test_runs_pick_the_first_font_that_has_each_character() -> None:
    fonts = font_set()
    runs = fonts.runs("Grüße سلام ሰላም 😀")
    # Spaces stay with the run they follow, so a line is not cut into pieces at every space.
    assert [run.font for run in runs] == ["ZWSans", "ZWArabic", "ZWEthiopic", "ZWSymbols"]
    assert "".join(run.text for run in runs) == "Grüße سلام ሰላም 😀"


def test_emoji_newer_than_symbola_come_from_noto_emoji() -> None:
    """Symbola stops at Unicode 9: a teapot (Unicode 13) or a smiling face with a tear (13) is Noto Emoji's."""
    fonts = font_set()
    assert fonts.font_for("😀") == "ZWSymbols"  # Symbola first, as before
    for sample in ("🫖", "🥲", "🫶", "🪴", "🦩"):
        assert fonts.font_for(sample) == "ZWEmoji", sample
    assert REPLACEMENT not in "".join(run.text for run in fonts.runs("Tee 🫖 und Kuchen 🥲"))


def test_a_character_no_font_has_becomes_a_visible_replacement_and_invisible_ones_vanish() -> None:
    runs = font_set().runs("a\U0010fffdb\u200d\ufe0fc")
    text = "".join(run.text for run in runs)
    assert text == f"a{REPLACEMENT}bc"


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=200), st.floats(min_value=20, max_value=400))
def test_wrapping_never_loses_a_character_or_overflows(text: str, width: float) -> None:
    text = text.replace("\r", " ").replace("\n", " ")
    lines = wrap_paragraph(text, width, width_of)
    assert "".join(line.text for line in lines).replace(" ", "") == "".join(text.split())
    for line in lines:
        # A single cluster wider than the line is the only thing allowed to overflow.
        assert line.width <= width or len(line.text) <= 3


@pytest.mark.parametrize("bold", [False, True])
def test_bold_fonts_cover_the_same_scripts(bold: bool) -> None:
    fonts = font_set()
    for sample in ("Ğ", "ї", "س", "ሰ", "😀", "🫖", "🥲"):
        assert fonts.font_for(sample, bold) is not None

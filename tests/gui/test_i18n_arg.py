"""The one-pass placeholder substitution every message goes through."""

from __future__ import annotations

from zwdesktop.gui.i18n import arg


def test_user_text_with_a_placeholder_stays_as_typed() -> None:
    # A file or idea named "100%2" must not pull in the second value.
    assert (
        arg("“%1” could not be written: %2", "Plan 100%2", "disk full")
        == "“Plan 100%2” could not be written: disk full"
    )


def test_placeholders_in_any_order_and_repeated() -> None:
    assert arg("%2 before %1, %1 again", "a", "b") == "b before a, a again"


def test_a_placeholder_without_a_value_is_left_alone() -> None:
    assert arg("%1 of %2", 3) == "3 of %2"

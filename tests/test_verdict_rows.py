"""The verdict's check of every value read from a file: each rule refuses with its own message.

Each damaged value below is caught by the check of the row's values (a type, a range, an id, an
instant, a date, a missing value), in a column whose record the later checks read without
complaint or with another message: so the message shows which check found it.
"""

from __future__ import annotations

import contextlib
import io
import sqlite3
from pathlib import Path

import pytest

from zwdesktop import cli
from zwdesktop.store import StoreError, WorkshopStore


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.zwd"
    with contextlib.redirect_stdout(io.StringIO()):
        assert cli.main(["demo", str(path)]) == 0
    return path


def _first_id(path: Path, table: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute(f"SELECT id FROM [{table}] ORDER BY rowid LIMIT 1").fetchone()[0])
    finally:
        conn.close()


def _refusal(demo: Path, tmp_path: Path, sql: str) -> str:
    path = tmp_path / "spoilt.zwd"
    path.write_bytes(demo.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(sql)
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as caught:
        WorkshopStore.open(path)
    assert caught.value.kind == "corrupt"
    return str(caught.value.params["detail"])


# table, the change to its first row, the column and why it is refused
ROW_RULES = {
    "missing": ("vote_event", "id = NULL", "id", "missing"),
    "type": ("idea", "created_at = x'35'", "created_at", "bytes instead of text"),
    "number": ("vote_option", "position = 10000001", "position", "number out of range (10000001)"),
    "negative number": ("vote_option", "position = -10000001", "position", "number out of range (-10000001)"),
    "id": (
        "vote_option",
        "round_id = 'A4C1B6DE-0000-4000-8000-000000000000'",
        "round_id",
        "not an id (A4C1B6DE-0000-4000-8000-000000000000)",
    ),
    "empty id": ("agenda_item", "id = ''", "id", "not an id ()"),
    "instant without a zone": (
        "agenda_item",
        "updated_at = '2026-01-15T14:00:00'",
        "updated_at",
        "not a time (2026-01-15T14:00:00)",
    ),
    "instant out of the years": (
        "agenda_item",
        "updated_at = '1899-12-31T23:00:00+00:00'",
        "updated_at",
        "not a time (1899-12-31T23:00:00+00:00)",
    ),
    "date": ("agreement_step", "due = '2026-02-30'", "due", "not a date (2026-02-30)"),
    # two bad values in one row: the first column is named
    "first of two": (
        "vote_option",
        "position = 10000001, tally = 'viele'",
        "position",
        "number out of range (10000001)",
    ),
}


@pytest.mark.parametrize("rule", list(ROW_RULES), ids=list(ROW_RULES))
def test_each_rule_for_a_value_refuses_the_file_naming_row_column_and_reason(
    demo: Path, tmp_path: Path, rule: str
) -> None:
    table, change, column, why = ROW_RULES[rule]
    row_id = _first_id(demo, table)
    found = _refusal(demo, tmp_path, f"UPDATE [{table}] SET {change} WHERE id = '{row_id}'")
    shown_id = "None" if change == "id = NULL" else ("" if change == "id = ''" else row_id)
    assert found == f"{table} {shown_id}.{column}: {why}"


def test_values_that_keep_the_rules_open(demo: Path, tmp_path: Path) -> None:
    """An empty optional date, a number at the limit: the file opens."""
    path = tmp_path / "fine.zwd"
    path.write_bytes(demo.read_bytes())
    conn = sqlite3.connect(path)
    step = _first_id(demo, "agreement_step")
    conn.execute(f"UPDATE agreement_step SET due = '' WHERE id = '{step}'")
    conn.commit()
    conn.close()
    WorkshopStore.open(path).close()

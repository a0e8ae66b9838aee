"""Hostile exchange documents are refused whole with one short line, or taken consistently; never a traceback.

Each case is imported with the command line (in this process, so that a
traceback fails the test) into a new file and into a copy of the demo file:
refused means exit 1, one line of at most a few hundred characters naming the
JSON path, no new file, and the existing file's bytes unchanged.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zwdesktop import cli
from zwdesktop.core.exchange_check import MAX_SHOWN, DocumentError, shown
from zwdesktop.core.instants import canonical_instant
from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, list_templates
from zwdesktop.demo.workshop import demo_workshop
from zwdesktop.export import exchange_file
from zwdesktop.export.exchange_file import read_exchange_file, write_exchange_file
from zwdesktop.paths import resource_dir
from zwdesktop.store import WorkshopStore
from zwdesktop.store.merge import create_from_document

Document = dict[str, Any]
LONGEST_LINE = 400


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    templates, _ = list_templates(resource_dir() / "templates", None)
    template = next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)
    data = demo_workshop(template, dt.datetime(2026, 3, 7, 12, 0, tzinfo=dt.UTC))
    data.photos = data.photos[:1]  # one photo is enough, and keeps every import quick
    path = tmp_path_factory.mktemp("demo") / "aulendorf.zwd"
    create_from_document(path, data).close()
    return path


@pytest.fixture(scope="module")
def demo_text(demo_master: Path) -> str:
    out = demo_master.with_suffix(".json")
    with WorkshopStore.open(demo_master, read_only=True) as opened:
        write_exchange_file(opened, out)
    return out.read_text(encoding="utf-8")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _import(target: Path, source: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main(["import", str(target), str(source)])
    return code, capsys.readouterr().err


def _assert_refused_or_consistent(
    folder: Path, demo_master: Path, source: Path, capsys: pytest.CaptureFixture[str], must_refuse: bool = False
) -> str:
    """Import ``source`` into a new file and into a copy of the demo; returns the refusal line ("" when taken)."""
    new = folder / "neu.zwd"
    existing = folder / "bestand.zwd"
    for path in folder.iterdir():
        if path != source:
            path.unlink()
    shutil.copyfile(demo_master, existing)
    before = _digest(existing)
    lines = []
    for target in (new, existing):
        code, err = _import(target, source, capsys)
        if code == 0:
            assert not must_refuse, f"taken: {target.name}"
            # Taken: a consistent file, whose own document is taken again.
            assert cli.main(["check", str(target)]) == 0
            assert cli.main(["export", str(target), str(folder / "wieder.json")]) == 0
            read_exchange_file(folder / "wieder.json")
            continue
        assert code == 1
        assert err.count("\n") == 1 and len(err) <= LONGEST_LINE, err[:500]
        assert "$" in err, err
        lines.append(err.strip())
        if target == new:
            assert not new.exists()
            assert sorted(p.name for p in folder.iterdir() if p.name != source.name) == ["bestand.zwd"]
        else:
            assert _digest(existing) == before
    return lines[0] if lines else ""


def _nested(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


def _set(document: Document, path: tuple[Any, ...], value: Any) -> None:
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def _trailing_newline_duplicate(document: Document) -> None:
    document["agenda"][1]["id"] = document["agenda"][0]["id"] + "\n"


def _meeting_ends_before_it_starts(document: Document) -> None:
    document["meetings"][0]["ends_at"] = document["meetings"][0]["starts_at"]


CASES: list[tuple[str, Callable[[Document], None], str]] = [
    (
        "30 February",
        lambda d: _set(d, ("workshop", "updated_at"), "2025-02-30T10:00:00+00:00"),
        "$.workshop.updated_at",
    ),
    ("hour 24", lambda d: _set(d, ("clock_events", 0, "at"), "2026-03-07T24:00:00Z"), "$.clock_events[0].at"),
    ("year 9999", lambda d: _set(d, ("workshop", "starts_at"), "9999-12-31T23:00:00Z"), "$.workshop.starts_at"),
    ("30 February due", lambda d: _set(d, ("agreement_steps", 0, "due"), "2025-02-30"), "$.agreement_steps[0].due"),
    ("2**63", lambda d: _set(d, ("clusters", 0, "position"), 2**63), "$.clusters[0].position"),
    ("below -2**63", lambda d: _set(d, ("actuals", 0, "actual_seconds"), -(2**63) - 1), "$.actuals[0].actual_seconds"),
    ("1e308", lambda d: _set(d, ("agenda", 0, "position"), 1e308), "$.agenda[0].position"),
    ("a position a file may not hold", lambda d: _set(d, ("clusters", 1, "position"), 10**9), "$.clusters[1].position"),
    (
        "an origin that is no id",
        lambda d: _set(d, ("agreement_origins", 0, "source_id"), "Idee 4"),
        "$.agreement_origins[0]",
    ),
    ("1e308 in an ignored part", lambda d: _set(d, ("vote_results", 0, "tie_at_cutoff"), 1e308), "$.vote_results[0]"),
    ("nesting 20", lambda d: _set(d, ("vote_results", 0, "ranking"), _nested(20)), "$.vote_results[0].ranking"),
    ("id with a trailing newline", _trailing_newline_duplicate, "$.agenda[1].id"),
    (
        "colour with a trailing newline",
        lambda d: _set(d, ("clusters", 0, "colour"), "#ffe066\n"),
        "$.clusters[0].colour",
    ),
    ("upper-case id", lambda d: _set(d, ("ideas", 0, "id"), d["ideas"][0]["id"].upper()), "$.ideas[0].id"),
    ("meeting ends before it starts", _meeting_ends_before_it_starts, "$.meetings[0].ends_at"),
    ("ESC in a title", lambda d: _set(d, ("agenda", 0, "title"), "Ankommen\x1b[31m"), "$.agenda[0].title"),
    ("NUL in a vote question", lambda d: _set(d, ("vote_rounds", 0, "title"), "Frage\x00"), "$.vote_rounds[0].title"),
    ("line break in a one-line field", lambda d: _set(d, ("workshop", "title"), "Aulendorf\nX"), "$.workshop.title"),
    (
        "control character in a caption",
        lambda d: _set(d, ("photos", 0, "caption"), "Pinnwand\x07"),
        "$.photos[0].caption",
    ),
]


@pytest.mark.parametrize(("change", "where"), [(c, w) for _n, c, w in CASES], ids=[n for n, _c, _w in CASES])
def test_a_hostile_document_is_refused_whole_naming_the_path(
    change: Callable[[Document], None],
    where: str,
    demo_text: str,
    demo_master: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    document = json.loads(demo_text)
    change(document)
    source = tmp_path / "feindlich.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    line = _assert_refused_or_consistent(tmp_path, demo_master, source, capsys, must_refuse=True)
    assert where in line, line


RAW_CASES: list[tuple[str, Callable[[str], str], str]] = [
    (
        "nesting of 100 000 levels",
        lambda t: t.replace('"agenda": [', '"agenda": [' + "[" * 100_000 + "]" * 100_000 + ",", 1),
        "$",
    ),
    ("NaN", lambda t: t.replace('"planned_minutes": 20', '"planned_minutes": NaN', 1), "NaN"),
    ("Infinity", lambda t: t.replace('"planned_minutes": 20', '"planned_minutes": -Infinity', 1), "Infinity"),
    (
        "1e999",
        lambda t: t.replace('"planned_minutes": 20', '"planned_minutes": 1e999', 1),
        "$.agenda[0].planned_minutes",
    ),
    (
        "an integer of 5000 digits",
        lambda t: t.replace('"planned_minutes": 20', '"planned_minutes": ' + "9" * 5000, 1),
        "$",
    ),
    ("a lone surrogate", lambda t: t.replace('"Ankommen', '"\\ud800Ankommen', 1), "$.agenda[0].title"),
    ("a 30 MB title", lambda t: t.replace('"title": "Lokale', '"title": "' + "x" * 30_000_000, 1), "$.workshop.title"),
]


@pytest.mark.parametrize(("change", "expected"), [(c, e) for _n, c, e in RAW_CASES], ids=[n for n, _c, _e in RAW_CASES])
def test_hostile_json_text_is_refused_in_one_short_line(
    change: Callable[[str], str],
    expected: str,
    demo_text: str,
    demo_master: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = tmp_path / "feindlich.json"
    source.write_text(change(demo_text), encoding="utf-8")
    line = _assert_refused_or_consistent(tmp_path, demo_master, source, capsys, must_refuse=True)
    assert expected in line, line


def test_a_document_larger_than_the_limit_is_refused_before_it_is_read(
    demo_text: str,
    demo_master: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(exchange_file, "MAX_DOCUMENT_BYTES", 100_000)
    source = tmp_path / "gross.json"
    source.write_text(demo_text, encoding="utf-8")
    line = _assert_refused_or_consistent(tmp_path, demo_master, source, capsys, must_refuse=True)
    assert "MB" in line


def test_values_in_a_refusal_are_cut_and_written_out() -> None:
    error = DocumentError("$.x", "schema_pattern", value="a\n\x1b" + "b" * 10_000)
    assert error.params["value"].startswith("a\\u000a\\u001bbbb")
    assert len(error.params["value"]) == MAX_SHOWN
    assert shown("\u202eevil") == "\\u202eevil"


def test_one_spelling_of_an_instant() -> None:
    assert canonical_instant("2026-03-07T09:00:00Z") == canonical_instant("2026-03-07T10:00:00+01:00")
    assert canonical_instant("2026-03-07T09:00:00Z") == "2026-03-07T09:00:00.000000+00:00"
    for bad in ("2025-02-30T00:00:00Z", "2026-03-07T09:00:00", "9999-12-31T23:59:59+00:00", 5):
        with pytest.raises(ValueError):
            canonical_instant(bad)


# ---- mutations of the demo's document (bounded) ----------------------------------------


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(node, dict):
        return [path] + [leaf for key, value in node.items() for leaf in _leaves(value, (*path, key))]
    if isinstance(node, list):
        return [path] + [leaf for index, value in enumerate(node[:3]) for leaf in _leaves(value, (*path, index))]
    return [path]


HOSTILE: list[Any] = [None, True, "", "2025-02-30", "2025-02-30T00:00:00+00:00", "9999-12-31T23:59:59Z"]
HOSTILE += [2**63, -(2**63) - 1, 10**9, 1e308, -1, 0, 1.5, "\x00", "\x1b[0m", "\u202e", "x" * 3000, [], {}, _nested(18)]
HOSTILE_VALUES = st.one_of(
    st.sampled_from(HOSTILE),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.text(max_size=20),
)


Mutation = tuple[int, str, Any]  # which leaf (by number), what to do, the value


MUTATIONS = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=10_000),
        st.sampled_from(["replace", "replace", "delete", "suffix", "copy id"]),
        HOSTILE_VALUES,
    ),
    min_size=1,
    max_size=3,
)


def _mutated(document: Document, mutations: list[Mutation]) -> Document:
    changed = copy.deepcopy(document)
    for number, action, value in mutations:
        paths = [p for p in _leaves(changed) if p]
        path = paths[number % len(paths)]
        parent: Any = changed
        for key in path[:-1]:
            parent = parent[key]
        if action == "delete":
            del parent[path[-1]]
        elif action == "suffix" and isinstance(parent[path[-1]], str):
            parent[path[-1]] += ["\n", " ", "\x1b", "Z", "0"][number % 5]
        elif action == "copy id" and isinstance(parent, dict) and "id" in parent and changed.get("agenda"):
            parent["id"] = changed["agenda"][0]["id"]
        else:
            parent[path[-1]] = value
    return changed


def test_mutants_of_the_demo_document_are_refused_in_one_line_or_taken_consistently(
    demo_text: str, demo_master: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    base = json.loads(demo_text)
    folder = tmp_path_factory.mktemp("mutants")
    outcomes: list[bool] = []

    @settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(MUTATIONS)
    def check(mutations: list[Mutation]) -> None:
        source = folder / "mutant.json"
        source.write_text(json.dumps(_mutated(base, mutations), ensure_ascii=False), encoding="utf-8")
        outcomes.append(bool(_assert_refused_or_consistent(folder, demo_master, source, capsys)))

    check()
    assert any(outcomes)  # the mutants do reach the refusals

"""Where the program finds what it ships: inside the package (wheel, bundle), else beside it (checkout)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from zwdesktop import paths


@pytest.fixture
def package_in(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A stand-in package folder ``tmp/site/zwdesktop`` that ``paths`` takes for its own."""
    package = tmp_path / "site" / "zwdesktop"
    package.mkdir(parents=True)
    monkeypatch.setattr(paths, "_PACKAGE_DIR", package)
    paths.shipped.cache_clear()
    yield package
    paths.shipped.cache_clear()


def test_installed_layout_has_the_data_inside_the_package(package_in: Path) -> None:
    for name in ("resources", "ui"):
        (package_in / name).mkdir()
    (package_in / "LICENSE").write_text("GPL", encoding="utf-8")
    assert paths.resource_dir() == package_in / "resources"
    assert paths.ui_dir() == package_in / "ui"
    assert paths.shipped("LICENSE") == package_in / "LICENSE"


def test_checkout_layout_has_the_data_beside_the_package(package_in: Path) -> None:
    top = package_in.parent
    for name in ("resources", "ui"):
        (top / name).mkdir()
    assert paths.resource_dir() == top / "resources"
    assert paths.ui_dir() == top / "ui"
    assert paths.shipped("LICENSE") == top / "LICENSE"


def test_this_checkout_finds_its_data() -> None:
    assert (paths.resource_dir() / "templates" / "zukunftswerkstatt-4h.json").is_file()
    assert (paths.ui_dir() / "details.ui").is_file()
    assert paths.shipped("LICENSE").read_text(encoding="utf-8").lstrip().startswith("GNU GENERAL PUBLIC LICENSE")

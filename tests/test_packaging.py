"""The wheel and the sdist as pip, pipx or a distribution builds them, and the wheel installed.

One build (``python -m build``: the sdist, then the wheel from the sdist) into a temporary folder;
the wheel is then installed without its dependencies (the test environment has them) into a
folder of its own and run from a folder outside the checkout, so only what the wheel carries counts.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import zwdesktop

REPO = Path(__file__).resolve().parent.parent
VERSION = zwdesktop.__version__
# Folders whose every file the sdist carries (to build and to test from it), and single files.
SDIST_FOLDERS = ("zwdesktop", "resources", "ui", "tests", "packaging", "bench")
SDIST_FILES = ("README.md", "LICENSE", "CHANGELOG.md", "pyproject.toml", "setup.py", "MANIFEST.in")


@dataclass
class Dists:
    """The built archives and what they hold."""

    wheel: Path
    sdist: Path
    wheel_names: set[str]
    sdist_names: set[str]


def _files_under(folder: Path) -> Iterator[Path]:
    for path in folder.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            yield path


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> Dists:
    """Build the sdist and, from it, the wheel (offline: the environment's setuptools)."""
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(REPO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    wheel = out / f"zwdesktop-{VERSION}-py3-none-any.whl"
    sdist = out / f"zwdesktop-{VERSION}.tar.gz"
    with zipfile.ZipFile(wheel) as archive:
        wheel_names = set(archive.namelist())
    with tarfile.open(sdist) as archive:
        prefix = f"zwdesktop-{VERSION}/"
        sdist_names = {m.name.removeprefix(prefix) for m in archive.getmembers() if m.isfile()}
    return Dists(wheel, sdist, wheel_names, sdist_names)


def test_wheel_carries_resources_ui_and_licences(dists: Dists) -> None:
    names = dists.wheel_names
    for expected in (
        "zwdesktop/resources/templates/zukunftswerkstatt-4h.json",
        "zwdesktop/resources/fonts/NotoSans-Regular.ttf",
        "zwdesktop/resources/schema/exchange.schema.json",
        "zwdesktop/resources/translations/zwdesktop_de.qm",
        "zwdesktop/resources/sounds/gong.wav",
        "zwdesktop/ui/details.ui",
        "zwdesktop/LICENSE",
        f"zwdesktop-{VERSION}.dist-info/licenses/LICENSE",
        f"zwdesktop-{VERSION}.dist-info/licenses/resources/fonts/OFL-Noto.txt",
        f"zwdesktop-{VERSION}.dist-info/licenses/resources/fonts/LICENSE-Symbola.txt",
    ):
        assert expected in names
    # Every shipped file and every module of the checkout, nothing forgotten when folders grow.
    for folder in ("resources", "ui", "zwdesktop"):
        for path in _files_under(REPO / folder):
            inside = path.relative_to(REPO).as_posix()
            name = inside if folder == "zwdesktop" else f"zwdesktop/{inside}"
            assert name in names, name
    metadata = zipfile.ZipFile(dists.wheel).read(f"zwdesktop-{VERSION}.dist-info/METADATA").decode()
    assert "License-Expression: GPL-3.0-or-later" in metadata
    assert f"Version: {VERSION}" in metadata


def test_sdist_holds_what_building_and_testing_need(dists: Dists) -> None:
    for name in SDIST_FILES:
        assert name in dists.sdist_names
    for folder in SDIST_FOLDERS:
        for path in _files_under(REPO / folder):
            assert str(path.relative_to(REPO)).replace(os.sep, "/") in dists.sdist_names, path


def test_licence_is_the_gpl3_text() -> None:
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in text and "END OF TERMS AND CONDITIONS" in text


def test_installed_wheel_runs_from_its_own_files(dists: Dists, tmp_path: Path) -> None:
    """Installed (not editable) and run outside the checkout: data, templates, fonts, schema are found."""
    site = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(dists.wheel)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    work = tmp_path / "work"
    work.mkdir()
    env = dict(os.environ, PYTHONPATH=str(site))

    def zwdesktop_cli(*args: str) -> str:
        run = subprocess.run(
            [sys.executable, "-m", "zwdesktop", *args], cwd=work, env=env, capture_output=True, text=True, check=False
        )
        assert run.returncode == 0, run.stdout + run.stderr
        return run.stdout + run.stderr

    where = subprocess.run(
        [sys.executable, "-c", "from zwdesktop import paths; print(paths.resource_dir(), paths.ui_dir(), sep='\\n')"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert where == [str(site / "zwdesktop" / "resources"), str(site / "zwdesktop" / "ui")]
    assert "zukunftswerkstatt-4h" in zwdesktop_cli("templates")
    assert f"zwdesktop {VERSION}" in zwdesktop_cli("--version")
    zwdesktop_cli("new", "w.zwd", "--title", "Aus dem Rad")
    zwdesktop_cli("export", "w.zwd", "w.pdf")
    assert (work / "w.pdf").read_bytes().startswith(b"%PDF-")
    zwdesktop_cli("export", "w.zwd", "w.json")
    assert "w2.zwd" in zwdesktop_cli("import", "w2.zwd", "w.json")


def test_version_comes_from_one_place(dists: Dists, capsys: pytest.CaptureFixture[str]) -> None:
    from zwdesktop.__main__ import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"zwdesktop {VERSION}\n"
    assert dists.wheel.name == f"zwdesktop-{VERSION}-py3-none-any.whl"
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    first_release = re.search(r"^## \[(\d[^\]]*)\] – (\d{4}-\d\d-\d\d)", changelog, re.MULTILINE)
    assert first_release is not None and first_release.group(1) == VERSION
    metainfo = (REPO / "packaging" / "de.zwdesktop.zwdesktop.metainfo.xml").read_text(encoding="utf-8")
    first_metainfo = re.search(r'<release version="([^"]+)" date="([^"]+)"', metainfo)
    assert first_metainfo is not None and first_metainfo.groups() == first_release.groups()


def test_demo_start_prints_no_installer_noise(tmp_path: Path) -> None:
    """``sh packaging/start-demo.sh`` (here: offscreen, the window shown and closed) says nothing but its own lines."""
    if not (REPO / ".venv" / "bin" / "zwdesktop").is_file():
        pytest.skip("needs the checkout's .venv (packaging/install.sh); not there in an unpacked sdist")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        ZWDESKTOP_BENCH_SHOWN="1",
        ZWDESKTOP_DEMO_FILE=str(tmp_path / "demo.zwd"),
    )
    done = subprocess.run(
        ["sh", "packaging/start-demo.sh"], cwd=REPO, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    allowed = re.compile(r"^(SHOWN |Beispiel-Werkstatt |zwdesktop: installing |This plugin does not support )")
    assert [line for line in lines if not allowed.match(line)] == []
    assert not re.search(r"(?i)editable|warning|deprecat", done.stdout + done.stderr)


def test_windows_installer_script_installs_the_bundle_with_association_and_start_menu() -> None:
    """packaging/windows/zwdesktop.iss cannot be built here; this checks what it refers to and declares."""
    folder = REPO / "packaging" / "windows"
    script = (folder / "zwdesktop.iss").read_text(encoding="utf-8")

    def resolved(windows_path: str) -> Path:
        return (folder / windows_path.replace("\\", "/")).resolve()

    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"', script, re.MULTILINE))
    assert resolved(defines["Bundle"]) == (REPO / "dist" / "zwdesktop").resolve()  # where the spec builds
    assert defines["AppExe"] == "zwdesktop.exe"
    assert 'APP_NAME = "zwdesktop"' in (REPO / "packaging" / "zwdesktop.spec").read_text(encoding="utf-8")
    license_file = re.search(r"^LicenseFile=(.+)$", script, re.MULTILINE)
    assert license_file is not None and resolved(license_file.group(1)) == (REPO / "LICENSE").resolve()
    assert "#error" in script and "{#AppVersion}" in script  # the version is passed in, never written here
    assert re.search(r'Subkey: "Software\\Classes\\\.zwd"; .*ValueData: "zwdesktop\.Workshop"', script)
    assert '""{app}\\{#AppExe}"" ""%1""' in script  # double-click opens the file
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', script, re.MULTILINE)
    assert "compiler:Languages\\German.isl" in script


def test_bundle_keeps_the_hyphenation_dictionaries_the_idea_wall_uses() -> None:
    """The spec leaves out pyphen's other dictionaries; the wall's languages must be among those kept."""
    spec = (REPO / "packaging" / "zwdesktop.spec").read_text(encoding="utf-8")
    kept = re.search(r"^KEEP_HYPHENATION = \{(.*)\}$", spec, re.MULTILINE)
    assert kept is not None
    wall = (REPO / "zwdesktop" / "gui" / "projector" / "wall_text.py").read_text(encoding="utf-8")
    languages = set(re.findall(r'return "([a-z]{2}_[A-Z]{2})"', wall))
    assert languages
    for language in languages:
        assert f'"hyph_{language}.dic"' in kept.group(1), language

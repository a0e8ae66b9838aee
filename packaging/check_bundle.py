"""Check a built PyInstaller bundle: its data and licences, the libraries it lacks, and its size.

    python3 packaging/check_bundle.py [dist/zwdesktop]

- The program's data and the licences are inside (``_internal/zwdesktop/…``).
- On Linux, every shared library in the bundle finds the libraries it links against: a library
  that the bundle lacks but one of the installed wheels ships means that ``packaging/zwdesktop.spec``
  left out something still in use. (Libraries neither the bundle nor this machine has, such as
  Wayland's client libraries on a machine without Wayland, are the target system's business.)
- The size on disk, against the target of at most 150 MB (MiB, as ``du -h`` counts).

Standard library only; exit code 0 when all passed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_MB = 150
REQUIRED = [
    "zwdesktop/LICENSE",
    "zwdesktop/resources/fonts/OFL-Noto.txt",
    "zwdesktop/resources/fonts/LICENSE-Symbola.txt",
    "zwdesktop/resources/fonts/NotoSans-Regular.ttf",
    "zwdesktop/resources/templates/zukunftswerkstatt-4h.json",
    "zwdesktop/resources/schema/exchange.schema.json",
    "zwdesktop/resources/translations/zwdesktop_de.qm",
    "zwdesktop/resources/sounds/gong.wav",
    "zwdesktop/ui/details.ui",
]


def size_on_disk(folder: Path) -> int:
    """Bytes the folder takes on disk (allocated blocks, as ``du`` counts; links once)."""
    total = 0
    seen: set[tuple[int, int]] = set()
    for root, _dirs, files in os.walk(folder):
        for name in files:
            info = os.lstat(os.path.join(root, name))
            if (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            total += getattr(info, "st_blocks", 0) * 512 or info.st_size
    return total


def wheel_libraries() -> set[str]:
    """File names of the shared libraries the installed wheels ship (this checkout's environment)."""
    site = Path(sysconfig.get_paths()["purelib"])
    return {p.name for p in site.rglob("*.so*") if p.is_file()}


def missing_libraries(internal: Path) -> list[str]:
    """``FILE: LIBRARY`` for every link the bundle cannot satisfy although a wheel ships the library."""
    shipped = wheel_libraries()
    problems = []
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False)
        for line in done.stdout.splitlines():
            if "not found" in line:
                library = line.split("=>")[0].strip()
                if library in shipped:
                    problems.append(f"{path.relative_to(internal)}: {library}")
    return sorted(set(problems))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the checks on the bundle folder named on the command line (default ``dist/zwdesktop``)."""
    args = list(sys.argv[1:] if argv is None else argv)
    bundle = Path(args[0] if args else REPO / "dist" / "zwdesktop").resolve()
    internal = bundle / "_internal"
    failures = 0
    lacking = [name for name in REQUIRED if not (internal / name).is_file()]
    if lacking:
        failures += 1
        print("FAIL  the bundle lacks: " + ", ".join(lacking))
    else:
        print(f"ok    data and licences ({len(REQUIRED)} files)")
    if sys.platform.startswith("linux"):
        problems = missing_libraries(internal)
        if problems:
            failures += 1
            print("FAIL  libraries left out but still linked:\n  " + "\n  ".join(problems))
        else:
            print("ok    every bundled library finds the libraries it links against")
    size = size_on_disk(bundle)
    mb = size / (1024 * 1024)  # as du -h and file managers count
    verdict = "ok   " if mb <= TARGET_MB else "FAIL "
    failures += mb > TARGET_MB
    print(
        f"{verdict} bundle size on disk: {mb:.1f} MB ({size / 1e6:.1f} million bytes; target: at most {TARGET_MB} MB)"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

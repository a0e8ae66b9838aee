#!/bin/sh
# Build the distributions and check them as a user gets them (part of packaging/run-tests.sh;
# needs the environment of `sh packaging/install.sh --test`):
#   1. the sdist, then the wheel built from the sdist (python -m build does both, in this order);
#   2. the wheel installed into a fresh virtual environment, and the smoke test run from there;
#   3. the test suite run from the unpacked sdist;
#   4. the PyInstaller bundle: built, checked (data, licences, libraries, size), the smoke test run
#      from it, its size printed.
# Everything goes to build/ and dist/ (ignored by git); the logs of the quiet steps stay in
# build/dist-check/ and are printed when a step fails.
set -eu
cd "$(dirname "$0")/.."
out=build/dist-check
py=.venv/bin/python
rm -rf "$out"
mkdir -p "$out"
version=$($py -c 'import zwdesktop; print(zwdesktop.__version__)')

quiet() {  # quiet LOG COMMAND…: run, keep the output in LOG, show it only on failure
  log="$1"; shift
  if ! "$@" >"$log" 2>&1; then
    cat "$log"
    echo "check-dist: failed: $*" >&2
    exit 1
  fi
}

echo "== sdist, and the wheel built from it"
quiet "$out/build.log" $py -m build --no-isolation --outdir "$out" .
wheel="$out/zwdesktop-$version-py3-none-any.whl"
sdist="$out/zwdesktop-$version.tar.gz"
ls -l "$sdist" "$wheel"

echo "== the wheel in a fresh virtual environment"
quiet "$out/venv.log" python3 -m venv "$out/venv"
quiet "$out/pip.log" "$out/venv/bin/python" -m pip install "$wheel"
python3 packaging/smoke_test.py "$out/venv/bin/zwdesktop"

echo "== the test suite from the unpacked sdist"
tar -xzf "$sdist" -C "$out"
repo=$(pwd)
(
  cd "$out/zwdesktop-$version"
  # The sdist's own package is the one under test, not this checkout's (python -m puts the cwd first).
  "$repo/$py" -c 'import pathlib, zwdesktop; assert pathlib.Path(zwdesktop.__file__).parent.parent == pathlib.Path.cwd()'
  # This run checks that the sdist is complete (a missing file fails every time); the failed tests
  # get one more try, so that a test that fails now and then under load (the checkout's run above
  # reports those) does not fail it by chance.
  if ! QT_QPA_PLATFORM=offscreen "$repo/$py" -m pytest -q -n auto; then
    echo "check-dist: the failed tests once more, from the sdist"
    QT_QPA_PLATFORM=offscreen "$repo/$py" -m pytest -q --last-failed --last-failed-no-failures none
  fi
)

echo "== the PyInstaller bundle"
quiet "$out/pyinstaller.log" .venv/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller \
  packaging/zwdesktop.spec
python3 packaging/check_bundle.py dist/zwdesktop
python3 packaging/smoke_test.py dist/zwdesktop/zwdesktop

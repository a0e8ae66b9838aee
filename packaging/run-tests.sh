#!/bin/sh
# Install zwdesktop with its test tools (see install.sh) and run every check: the test suite
# (offscreen Qt), ruff, mypy, the translation check, and the distributions (check-dist.sh: sdist,
# wheel, the wheel in a fresh environment, the tests from the sdist, the PyInstaller bundle).
set -eu
cd "$(dirname "$0")/.."
sh packaging/install.sh --test
export QT_QPA_PLATFORM=offscreen
status=0
# On every core (pytest-xdist); each worker has its own QApplication and temporary folders.
.venv/bin/python -m pytest -q -p no:cacheprovider -n auto "$@" || status=$?
.venv/bin/ruff check . || status=$?
.venv/bin/mypy || status=$?
if [ -f packaging/update_translations.py ]; then
  .venv/bin/python packaging/update_translations.py --check || status=$?
fi
# The distributions are part of the whole check, not of a run of chosen tests.
if [ $# -eq 0 ]; then
  sh packaging/check-dist.sh || status=$?
fi
exit $status

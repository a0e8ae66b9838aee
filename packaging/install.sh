#!/bin/sh
# Set up zwdesktop in ./.venv on Debian/Ubuntu: the system libraries Qt needs
# (through apt, as root or with sudo), a virtual environment and the package.
#   sh packaging/install.sh          the program
#   sh packaging/install.sh --test   the program, the test tools and what the tests need (Xvfb, pdftoppm, zbarimg)
set -eu
cd "$(dirname "$0")/.."

with_tests=no
[ "${1:-}" = "--test" ] && with_tests=yes

# Qt's xcb platform plugin and QtMultimedia need these (DESIGN.md §4).
packages="libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libpulse0 fonts-dejavu-core"
if [ "$with_tests" = yes ]; then
  packages="$packages xvfb xauth poppler-utils zbar-tools"
fi
if ! python3 -c "import ensurepip, venv" 2>/dev/null; then
  packages="$packages python3-venv"
fi

if command -v apt-get >/dev/null 2>&1; then
  missing=""
  for p in $packages; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
    echo "zwdesktop: installing system packages:$missing"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
else
  echo "zwdesktop: no apt-get here; make sure Qt's system libraries are installed." >&2
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
# Install (editable) only when the environment is new or pyproject.toml / setup.py changed since the
# last install; pip's and setuptools' chatter goes to a log, shown only when the install fails.
stamp=.venv/zwdesktop-install.stamp
log=.venv/zwdesktop-install.log
want="$(cat pyproject.toml setup.py | cksum | cut -d' ' -f1)"
have="$(cat "$stamp" 2>/dev/null || true)"
mode=plain
extras=""
if [ "$with_tests" = yes ]; then mode=test; extras="[test]"; fi
if [ -x .venv/bin/zwdesktop ] && { [ "$have" = "$want test" ] || [ "$have" = "$want $mode" ]; }; then
  exit 0  # up to date (an install with the test tools serves the plain one too)
fi
echo "zwdesktop: installing into .venv (log: $log)"
.venv/bin/python -m pip install --upgrade pip >"$log" 2>&1 || true
if ! .venv/bin/python -m pip install -e ".$extras" >>"$log" 2>&1; then
  cat "$log" >&2
  echo "zwdesktop: the installation failed (see above)" >&2
  exit 1
fi
echo "$want $mode" >"$stamp"

#!/bin/sh
# Install zwdesktop (see install.sh) and open it on the demo workshop (Aulendorf).
set -eu
cd "$(dirname "$0")/.."
sh packaging/install.sh
demo="${ZWDESKTOP_DEMO_FILE:-$(.venv/bin/python -c 'from zwdesktop.paths import user_data_dir; print(user_data_dir() / "demo-aulendorf.zwd")')}"
mkdir -p "$(dirname "$demo")"
[ -f "$demo" ] || .venv/bin/zwdesktop demo "$demo"
exec .venv/bin/zwdesktop "$demo"

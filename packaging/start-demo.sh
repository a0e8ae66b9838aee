#!/bin/sh
# Install zwdesktop (see install.sh) and open it on the demo workshop (Aulendorf).
set -eu
cd "$(dirname "$0")/.."
sh packaging/install.sh
demo="${ZWDESKTOP_DEMO_FILE:-$(.venv/bin/python -c 'from zwdesktop.paths import user_data_dir; print(user_data_dir() / "demo-aulendorf.zwd")')}"
mkdir -p "$(dirname "$demo")"
# Made when missing; a demo of an earlier day goes to the backups and is made anew (its clock would run
# hours over); today's stays. While another window holds it, it stays too: that window says so.
.venv/bin/zwdesktop demo --renew "$demo" || true
exec .venv/bin/zwdesktop "$demo"

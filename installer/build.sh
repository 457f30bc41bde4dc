#!/usr/bin/env bash
# Build the one-folder bundle and prove it starts: opens the main window offscreen, exits 0.
#   bash installer/build.sh [DIST_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${1:-dist}
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
"$PY" -m pip install -q 'pyinstaller>=6.5'
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" \
  --workpath "${DIST}/.build" installer/social-console.spec
home=$(mktemp -d)
SOCIAL_CONSOLE_HOME="$home" QT_QPA_PLATFORM=offscreen "$DIST/social-console/social-console" \
  --smoke --demo-user alice --demo-rate 20
rm -rf "$home"

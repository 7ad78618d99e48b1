#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The user guide's pictures: every view of the console on the embedded demo world, rendered under
# Xvfb at 1280×800 with --view and --screenshot, into docs/images/. Run after a build:
#   scripts/screenshots.sh [BUILD_DIR]        (default: build)
# Each view runs the market at 600× for a few seconds first, so the charts have a history; the
# stress view runs the built-in 30 % crash. The journal is off (nothing of these runs is kept),
# except for the audit log, which journals to a throwaway file so that the agent's decisions show.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
APP="$BUILD/app/clearmesh"
OUT=docs/images
[ -x "$APP" ] || { echo "no console at $APP: build first (scripts/dev.sh test)" >&2; exit 1; }
mkdir -p "$OUT"

JOURNAL=$(mktemp -d)
trap 'rm -rf "$JOURNAL"' EXIT

shot() { # shot FILE SECONDS ARGS...
  local file=$1 seconds=$2
  shift 2
  xvfb-run -a -s "-screen 0 1280x800x24" "$APP" --theme dark --speed 600 "$@" \
    --screenshot "$OUT/$file" --quit-after "$seconds" 2>/dev/null
  echo "$OUT/$file"
}

for view in overview collateral accounts oracles liquidations bridge proposals; do
  shot "$view.png" 8 --no-journal --view "$view"
done
shot audit.png 10 --db "$JOURNAL/audit.db" --view audit
shot stress.png 20 --no-journal --stress crash_30
shot overview_light.png 6 --no-journal --view overview --theme light
shot overview_de.png 6 --no-journal --view overview --lang de
shot collateral_zh_CN.png 6 --no-journal --view collateral --lang zh_CN

#!/usr/bin/env bash
# Regenerates every committed report under reports/ from data/. Usage: make-reports.sh JVGOV
# Each report is written atomically by jvgov itself; a failing model leaves its old report intact.
set -euo pipefail
jvgov=${1:?usage: make-reports.sh PATH/TO/jvgov}
cd "$(dirname "$0")/.."
"$jvgov" report data/stargate.toml --out reports/stargate
# Every example game under data/examples/ gets its report in reports/examples/<name>.md.
for game in data/examples/*.game.toml; do
    "$jvgov" report "$game" --out reports/examples
done

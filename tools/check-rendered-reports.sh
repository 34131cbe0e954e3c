#!/bin/sh
# Converts every report under reports/ (or the folder given) with pandoc's GFM reader to HTML and
# to DOCX and checks that every in-page link resolves in both and on GitHub, that every link to
# another report or file resolves in the HTML (links to .md rewritten to .html, as
# tools/render-html.sh does), and that no URL is left bare (tools/check-rendered-reports.py).
#   tools/check-rendered-reports.sh [REPORTS_DIR]
# Exits 1 naming each report with a link that does not resolve. Needs pandoc and python3.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
command -v pandoc >/dev/null || { echo "check-rendered-reports.sh: pandoc is not installed" >&2; exit 2; }
exec python3 "$here/check-rendered-reports.py" "$@"

#!/bin/sh
# Renders every report under reports/ (or the folder given) to standalone HTML beside it, with
# pandoc's GFM reader; links between reports ("control.md#who-controls-it") are rewritten to the
# HTML files (tools/md-links-to-html.lua), so the rendered folder can be browsed as it is.
#   tools/render-html.sh [REPORTS_DIR [OUTPUT_DIR]]
# OUTPUT_DIR (default: REPORTS_DIR) receives the same tree with .html for .md; charts and JSON
# files are copied beside them when OUTPUT_DIR differs. The page is 1280 px wide less pandoc's
# margins (tools/html-page-width.html; pandoc's own style sheet stops the text at 36em), the width
# tools/check-table-widths.py checks every table against. Needs pandoc (Debian: pandoc).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
reports=${1:-reports}
output=${2:-$reports}
command -v pandoc >/dev/null || { echo "render-html.sh: pandoc is not installed" >&2; exit 2; }
find "$reports" -type f | sort | while IFS= read -r file; do
  relative=${file#"$reports"/}
  case "$file" in
    *.md)
      target="$output/${relative%.md}.html"
      mkdir -p "$(dirname "$target")"
      title=$(sed -n 's/^# //p' "$file" | head -n 1)
      pandoc -f gfm -t html5 --standalone --metadata pagetitle="${title:-$relative}" \
        --include-in-header "$here/html-page-width.html" \
        --lua-filter "$here/md-links-to-html.lua" -o "$target" "$file"
      ;;
    *)
      if [ "$output" != "$reports" ]; then
        mkdir -p "$output/$(dirname "$relative")"
        cp "$file" "$output/$relative"
      fi
      ;;
  esac
done

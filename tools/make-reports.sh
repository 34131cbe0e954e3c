#!/usr/bin/env bash
# Regenerates every committed report under reports/ from data/.
# Usage: make-reports.sh JVGOV [REPORTS_DIR]   (REPORTS_DIR defaults to reports/; the tests
# write a copy elsewhere to check it, see tests/reports/CMakeLists.txt)
# data/stargate.toml goes to reports/stargate/, each example game data/examples/<name>.game.toml
# to reports/examples/<name>.md, each example model data/examples/<name>.toml to
# reports/examples/<name>/; reports/README.md indexes them all.
# Everything is first written into a scratch directory; only when every model and game has been
# reported does reports/ take the new files: changed files are replaced, files no longer generated
# (e.g. the chart of a matter that was removed) are deleted, unchanged files are left untouched.
# A failing model leaves all of reports/ as it was.
set -euo pipefail
jvgov=$(realpath "${1:?usage: make-reports.sh PATH/TO/jvgov [REPORTS_DIR]}")
out=$(realpath -m "${2:-$(dirname "$0")/../reports}")
cd "$(dirname "$0")/.."
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

"$jvgov" report data/stargate.toml --out "$stage/stargate" 2>/dev/null ||
    "$jvgov" report data/stargate.toml --out "$stage/stargate"  # again, to show the diagnostics
# Every example game under data/examples/ gets its report in reports/examples/<name>.md.
for game in data/examples/*.game.toml; do
    "$jvgov" report "$game" --out "$stage/examples" 2>/dev/null ||
        "$jvgov" report "$game" --out "$stage/examples"
done
# Every example governance model (data/examples/<name>.toml, not a game) gets its reports in
# reports/examples/<name>/, like the default model's in reports/stargate/.
for model in data/examples/*.toml; do
    [[ "$model" == *.game.toml ]] && continue
    name=$(basename "$model" .toml)
    "$jvgov" report "$model" --out "$stage/examples/$name" 2>/dev/null ||
        "$jvgov" report "$model" --out "$stage/examples/$name"
done

# reports/README.md: the index of every report, each model's summaries first.
title_of() { head -n 1 "$1" | sed 's/^# //'; }
# One table row per edition of a model's reports in directory $1 (relative to $stage).
edition_rows() {
    local dir=$1 suffix
    for suffix in "" "-latest"; do
        [[ -e "$stage/$dir/summary$suffix.md" ]] || continue
        local date
        date=$(title_of "$stage/$dir/summary$suffix.md" | sed 's/.* as of \([0-9-]*\): summary$/\1/')
        echo "| $date | [summary]($dir/summary$suffix.md) | [governance]($dir/governance$suffix.md) | [control]($dir/control$suffix.md) | [voting power]($dir/voting-power$suffix.md) |"
    done
}
{
    echo "# Reports"
    echo
    echo "Generated from \`data/\` by \`make reports\`; do not edit. Start with a model's summary: its status, who controls it and by which test, who decides, blocks or is powerless on each matter, and the assumptions the answers rest on. Each report links to the others."
    echo
    echo "## Stargate (\`data/stargate.toml\`)"
    echo
    echo "| As of | Summary | Governance | Control | Voting power |"
    echo "| :--- | :--- | :--- | :--- | :--- |"
    edition_rows stargate
    for model in data/examples/*.toml; do
        [[ "$model" == *.game.toml ]] && continue
        name=$(basename "$model" .toml)
        echo
        echo "## $(title_of "$stage/examples/$name/summary.md" | sed 's/ as of .*//') (\`$model\`)"
        echo
        echo "| As of | Summary | Governance | Control | Voting power |"
        echo "| :--- | :--- | :--- | :--- | :--- |"
        edition_rows "examples/$name"
    done
    echo
    echo "## Example games with published values"
    echo
    for game in data/examples/*.game.toml; do
        name=$(basename "$game" .game.toml)
        echo "- [$(title_of "$stage/examples/$name.md")](examples/$name.md) (\`$game\`)"
    done
} >"$stage/README.md"
mkdir -p "$out"
if ! cmp -s "$stage/README.md" "$out/README.md"; then
    cp "$stage/README.md" "$out/README.md"
    echo "make-reports: updated $out/README.md"
fi

for dir in stargate examples; do
    mkdir -p "$out/$dir"
    (cd "$out/$dir" && find . -type f) | while read -r file; do
        [[ -e "$stage/$dir/$file" ]] || { rm "$out/$dir/$file"; echo "make-reports: removed $out/$dir/${file#./}"; }
    done
    find "$out/$dir" -type d -empty -delete
    (cd "$stage/$dir" && find . -type f) | sort | while read -r file; do
        target="$out/$dir/${file#./}"
        if ! cmp -s "$stage/$dir/$file" "$target"; then
            mkdir -p "$(dirname "$target")"
            cp "$stage/$dir/$file" "$target"
            echo "make-reports: updated $target"
        fi
    done
done
echo "make-reports: $out is up to date with data/"

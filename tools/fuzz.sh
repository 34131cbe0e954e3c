#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz (docs/robustness.md) on their seed corpora.
#   tools/fuzz.sh BUILD_DIR SECONDS [TARGET...]
# BUILD_DIR: a build of the 'sanitize' preset (build/sanitize). SECONDS: how long each target runs.
# TARGET: fuzz_model_report, fuzz_game_power, fuzz_text_parsers (default: all three).
# The seeds come from data/, the examples and the test inputs; what a run adds to the corpus is
# kept in BUILD_DIR/corpus/<target> for the next run. A finding (crash, sanitizer report,
# timeout over 20 s per input, more than 2 GiB) stops the run with exit 1 and leaves the input in
# BUILD_DIR/findings/<target>/ (libFuzzer prints how to reproduce it).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  echo "usage: tools/fuzz.sh BUILD_DIR SECONDS [TARGET...]" >&2
  exit 2
fi
build=$1
seconds=$2
shift 2
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_model_report fuzz_game_power fuzz_text_parsers)

# seeds TARGET DIR: the seed inputs of TARGET, copied into DIR.
seeds() {
  local target=$1 dir=$2
  rm -rf "$dir"
  mkdir -p "$dir"
  case $target in
    fuzz_model_report)
      for f in data/*.toml data/examples/*.toml tests/load/valid/*.toml tests/load/invalid/*.toml \
               tests/golden/*.toml tests/governance/*.toml tests/explain/*.toml tests/cli/*.toml \
               tests/compile/*.toml tests/bench/*.toml; do
        # Two scale inputs are left out, because each run of them or of a mutation of them takes
        # about as long as the 20 s a fuzz input may take: alphabet.toml (30 s in a release build,
        # a dispersed float over billions of shares) and board-1000-seats.toml (15 to 26 s under
        # ASan: 1,000 directors on 10 matters). Their own tests cover them (docs/robustness.md).
        case $f in
          *.game.toml | data/examples/alphabet.toml | tests/cli/board-1000-seats.toml) continue ;;
        esac
        cp "$f" "$dir/$(echo "$f" | tr / _)"
      done ;;
    fuzz_game_power)
      for f in data/examples/*.game.toml tests/cli/*.game.toml tests/power/cli/*.game.toml; do
        cp "$f" "$dir/$(echo "$f" | tr / _)"
      done ;;
    fuzz_text_parsers)
      # The first byte picks the parser (fuzz_text_parsers.cpp): 0 weights file, 1 share,
      # 2 decimal, 3 date, 4 month, 5 weight, 6 quota.
      { printf '\000'; cat data/examples/imf2022-votes.txt; } > "$dir/weights-imf"
      printf '\000name,weight\r\n"Smith, John",5\r\n"say ""hi""",2\r\n' > "$dir/weights-csv"
      local i=0 entry
      for entry in '\001'"40%" '\001'"33.33%" '\001'"1/3" '\001'"0.4" '\002'"19e9" \
                   '\002'"19_000_000_000" '\002'"3.5e9" '\003'"2025-01-21" '\004'"2025-01" \
                   '\005'"1_000" '\005'"3e6" '\006'"more than 50%" '\006'"2/3" '\006'"majority"; do
        printf "%b" "$entry" > "$dir/seed-$i"
        i=$((i + 1))
      done ;;
    *)
      echo "fuzz.sh: unknown target '$target'" >&2
      exit 2 ;;
  esac
}

status=0
for target in "${targets[@]}"; do
  exe="$build/tests/fuzz/$target"
  [ -x "$exe" ] || { echo "fuzz.sh: $exe is not built (cmake --build --preset sanitize)" >&2; exit 2; }
  corpus="$build/corpus/$target"
  findings="$build/findings/$target"
  mkdir -p "$corpus" "$findings"
  seeds "$target" "$build/seeds/$target"
  dict=()
  [ "$target" = fuzz_text_parsers ] || dict=(-dict=tests/fuzz/toml.dict)
  echo "fuzz.sh: $target for ${seconds}s"
  if ! ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
       "$exe" "${dict[@]}" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
       -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" \
       "$corpus" "$build/seeds/$target" > "$build/$target.log" 2>&1; then
    echo "fuzz.sh: $target found a problem; see $build/$target.log and $findings/" >&2
    tail -40 "$build/$target.log" >&2
    status=1
  else
    grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$build/$target.log" || true
  fi
done
exit $status

#!/bin/sh
# Runs the weighted-game benchmarks of docs/performance.md and prints a markdown table.
#
#   tools/run-bench.sh BUILD_DIR [WORKLOAD...]
#
# BUILD_DIR is a configured and built Release tree (make bench uses build/release). Each workload
# runs in its own process (so its peak memory is its own), REPEAT times (default 3; the slow
# IMF Shapley-Shubik, Deegan-Packel and Johnston workloads SLOW_REPEAT times, default 1; the
# baseline 3 * REPEAT times); the table gives the median, the range, the peak resident memory,
# and the median divided by the baseline workload's median measured in the same run (a rough
# correction for the load of a shared machine).
#
# A workload named cli-WORKLOAD times whole `jvgov power` processes on WORKLOAD's game instead
# (BUILD_DIR/model/cli/jvgov, --weights-file with the game's weights written by
# `jvgov_bench WORKLOAD --write-weights`, --quota, --index from the workload's name: banzhaf-*
# banzhaf, ss-* shapley_shubik, dp-* deegan_packel, pg-* public_good, johnston-* johnston;
# --format json to a scratch file): the wall-clock seconds of the process (reading, computing,
# formatting, writing), its peak resident memory from /usr/bin/time, and as the check the first
# 12 hex digits of the output's SHA-256 and its size. Put WORKLOAD before cli-WORKLOAD to have
# the in-process engine time beside it in the same run.
set -eu
if [ $# -lt 1 ]; then
  echo "usage: $0 BUILD_DIR [WORKLOAD...]" >&2
  exit 2
fi
build=$1
shift
bench=$build/tests/bench/jvgov_bench
jvgov=$build/model/cli/jvgov
if [ ! -x "$bench" ]; then
  echo "$0: $bench not found; build the jvgov_bench target first" >&2
  exit 1
fi
repeat=${REPEAT:-3}
slow_repeat=${SLOW_REPEAT:-1}
if [ $# -gt 0 ]; then
  workloads=$*
else
  workloads="$("$bench" --list) cli-banzhaf-n5000-w100-50 cli-banzhaf-n1000-w1000-50
    cli-pg-n200-w1000-50 cli-ss-imf-85"
fi

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Times REPEAT whole `jvgov power` processes on a workload's game; prints the line jvgov_bench
# would print (workload, n, quota, total, median, min, max, runs, peak MiB, check).
cli_line() {
  name=$1
  game=${name#cli-}
  case $game in
    banzhaf-*|baseline-*) index=banzhaf ;;
    ss-*) index=shapley_shubik ;;
    dp-*) index=deegan_packel ;;
    pg-*) index=public_good ;;
    johnston-*) index=johnston ;;
    *) echo "$0: no index for $name" >&2; return 1 ;;
  esac
  quota=$("$bench" "$game" --write-weights "$scratch/weights.txt") || return 1
  players=$(wc -l < "$scratch/weights.txt")
  : > "$scratch/times"
  r=0
  while [ $r -lt "$2" ]; do
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$scratch/memory" "$jvgov" power --weights-file \
      "$scratch/weights.txt" --quota "$quota" --index $index --format json \
      > "$scratch/out.json" || return 1
    stop=$(date +%s%N)
    echo "$(( (stop - start) / 1000 )) $(cat "$scratch/memory")" >> "$scratch/times"
    r=$((r + 1))
  done
  check="sha256 $(sha256sum < "$scratch/out.json" | cut -c1-12), $(wc -c < "$scratch/out.json") bytes"
  sort -n "$scratch/times" | awk -v name="$name" -v n="$players" -v q="$quota" -v check="$check" '
    { t[NR] = $1 / 1e6; if ($2 > peak) peak = $2 }
    END {
      median = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
      printf "%s\t%s\t%s\t\t%s\t%s\t%s\t%s\t%s\t%s\n", name, n, q, median, t[1], t[NR], NR,
             peak / 1024, check }'
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| workload | n | quota | median s | min–max s | runs | peak MiB | × baseline | check |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
baseline=""
status=0
for workload in baseline-banzhaf-n500-w2000 $workloads; do
  case $workload in
    baseline-banzhaf-n500-w2000) [ -n "$baseline" ] && continue; runs=$((repeat * 3)) ;;
    ss-imf-*|cli-ss-imf-*|dp-imf-*|cli-dp-imf-*|johnston-imf-*|cli-johnston-imf-*)
      runs=$slow_repeat ;;
    *) runs=$repeat ;;
  esac
  case $workload in
    cli-*) run="cli_line $workload $runs" ;;
    *) run="\"$bench\" $workload --repeat $runs" ;;
  esac
  if ! line=$(eval "$run"); then
    echo "| $workload | | | failed | | | | | |"
    status=1
    continue
  fi
  echo "$line" | awk -F'\t' -v base="$baseline" '{
    ratio = (base == "" || base == 0) ? "1.0" : sprintf("%.1f", $5 / base);
    printf "| %s | %s | %s | %.3f | %.3f–%.3f | %s | %.0f | %s | %s |\n",
           $1, $2, $3, $5, $6, $7, $8, $9, ratio, $10 }'
  if [ -z "$baseline" ]; then
    baseline=$(echo "$line" | cut -f5)
  fi
done
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status

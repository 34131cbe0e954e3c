#!/bin/sh
# Runs the weighted-game benchmarks of docs/performance.md and prints a markdown table.
#
#   tools/run-bench.sh BUILD_DIR [WORKLOAD...]
#
# BUILD_DIR is a configured and built Release tree (make bench uses build/release). Each workload
# runs in its own process (so its peak memory is its own), REPEAT times (default 3; the slow
# IMF Shapley-Shubik workloads SLOW_REPEAT times, default 1; the baseline 3 * REPEAT times); the
# table gives the median, the range, the peak resident memory, and the median divided by the
# baseline workload's median measured in the same run (a rough correction for the load of a
# shared machine).
set -eu
if [ $# -lt 1 ]; then
  echo "usage: $0 BUILD_DIR [WORKLOAD...]" >&2
  exit 2
fi
build=$1
shift
bench=$build/tests/bench/jvgov_bench
if [ ! -x "$bench" ]; then
  echo "$0: $bench not found; build the jvgov_bench target first" >&2
  exit 1
fi
repeat=${REPEAT:-3}
slow_repeat=${SLOW_REPEAT:-1}
if [ $# -gt 0 ]; then
  workloads=$*
else
  workloads=$("$bench" --list)
fi

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| workload | n | quota | median s | min–max s | runs | peak MiB | × baseline | check |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
baseline=""
status=0
for workload in baseline-banzhaf-n500-w2000 $workloads; do
  case $workload in
    baseline-banzhaf-n500-w2000) [ -n "$baseline" ] && continue; runs=$((repeat * 3)) ;;
    ss-imf-*) runs=$slow_repeat ;;
    *) runs=$repeat ;;
  esac
  if ! line=$("$bench" "$workload" --repeat "$runs"); then
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

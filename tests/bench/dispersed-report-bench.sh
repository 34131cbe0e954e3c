#!/bin/sh
# Times `jvgov report` on a listed company with a dispersed float and 20 major holders
# (tests/bench/dispersed-float-20.toml, synthetic): the whole process (loading, compiling, the
# exact oceanic values of both matters, the three reports and charts, writing the files), as wall
# clock seconds of REPEAT runs (default 5); prints the median, the fastest and the slowest run.
#
#   tests/bench/dispersed-report-bench.sh BUILD_DIR
#
# The target of issue 10: under 1 s (docs/performance.md).
set -eu
if [ $# -ne 1 ]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi
jvgov=$1/model/cli/jvgov
model=$(dirname "$0")/dispersed-float-20.toml
repeat=${REPEAT:-5}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
runs=""
i=0
while [ "$i" -lt "$repeat" ]; do
  start=$(date +%s%N)
  "$jvgov" report "$model" --out "$scratch/out" 2>/dev/null
  end=$(date +%s%N)
  runs="$runs $(( (end - start) / 1000000 ))"
  i=$((i + 1))
done
echo "$runs" | tr ' ' '\n' | grep . | sort -n | awk -v n="$repeat" '
  { t[NR] = $1 }
  END { printf "jvgov report, dispersed float + 20 majors: median %.3f s (min %.3f, max %.3f, %d runs)\n",
        t[int((NR + 1) / 2)] / 1000, t[1] / 1000, t[NR] / 1000, n }'

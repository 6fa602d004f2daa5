#!/usr/bin/env bash
# Start-up benchmark: times `tandem --quit-when-ready` (start to first painted window, then exit)
# under Xvfb with an empty data folder, a 10-year demo folder and the large benchmark store
# (tandem_bench_makestore: 100,000 entries, or $TANDEM_BENCH_JOURNAL_ENTRIES), and a bare Qt
# Widgets window built the same way, each RUNS times (default 15) interleaved so that load on a
# shared machine hits all four alike. Prints the medians and the three ratios, and exits 1 when a
# budget is broken:  10-year / empty <= 1.15,  large / empty <= 1.2,  empty / bare window <= 3
# (unless STARTUP_CHECK_BUDGETS=0: the smoke run in the test suite only prints them).
#
#   bench/startup.sh [BUILD_DIR] [RUNS]      (BUILD_DIR defaults to build/release, built if needed)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/release}
runs=${2:-15}

if [[ ! -x $build/app/tandem || ! -x $build/bench/tandem_bare_window || ! -x $build/bench/tandem_bench_makestore ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTANDEM_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" --target tandem tandem-cli tandem_bare_window tandem_bench_makestore >/dev/null
fi
command -v Xvfb >/dev/null || { echo "startup.sh: Xvfb is missing (apt-get install xvfb)" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
Xvfb -displayfd 3 -screen 0 1280x860x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
xvfb=$!
for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.05; done
export DISPLAY=:$(cat "$work/display")
unset QT_QPA_PLATFORM TANDEM_DATA_DIR

"$build/app/tandem-cli" --data-dir "$work/ten" demo --years 10 --seed 1 >/dev/null
# The large store comes from the build tree's cache (bench-stores/), built there the first time.
"$build/bench/tandem_bench_makestore" "$work/large" --entries "${TANDEM_BENCH_JOURNAL_ENTRIES:-100000}"
mkdir -p "$work/empty"

# time_ms COMMAND...: wall time of one run in milliseconds; fails if the command fails.
time_ms() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# Warm the file cache once for each, so the first measured run is not the odd one out.
"$build/bench/tandem_bare_window" >/dev/null 2>&1
"$build/app/tandem" --data-dir "$work/empty" --quit-when-ready >/dev/null 2>&1
"$build/app/tandem" --data-dir "$work/ten" --quit-when-ready >/dev/null 2>&1
"$build/app/tandem" --data-dir "$work/large" --quit-when-ready >/dev/null 2>&1

: >"$work/bare"; : >"$work/e"; : >"$work/t"; : >"$work/l"
for ((i = 0; i < runs; i++)); do
  time_ms "$build/bench/tandem_bare_window" >>"$work/bare"
  time_ms "$build/app/tandem" --data-dir "$work/empty" --quit-when-ready >>"$work/e"
  time_ms "$build/app/tandem" --data-dir "$work/ten" --quit-when-ready >>"$work/t"
  time_ms "$build/app/tandem" --data-dir "$work/large" --quit-when-ready >>"$work/l"
done

bare=$(median <"$work/bare")
empty=$(median <"$work/e")
ten=$(median <"$work/t")
large=$(median <"$work/l")
ratio_data=$(awk -v a="$ten" -v b="$empty" 'BEGIN {printf "%.2f", a / b}')
ratio_large=$(awk -v a="$large" -v b="$empty" 'BEGIN {printf "%.2f", a / b}')
ratio_bare=$(awk -v a="$empty" -v b="$bare" 'BEGIN {printf "%.2f", a / b}')

echo "runs: $runs each (median wall time, start to first paint to exit)"
echo "bare Qt Widgets window: ${bare} ms"
echo "tandem, empty folder:   ${empty} ms"
echo "tandem, 10-year demo:   ${ten} ms"
echo "tandem, large store:    ${large} ms"
echo "10-year / empty:        ${ratio_data}  (budget <= 1.15)"
echo "large / empty:          ${ratio_large}  (budget <= 1.2)"
echo "empty / bare window:    ${ratio_bare}  (budget <= 3)"

[[ ${STARTUP_CHECK_BUDGETS:-1} == 0 ]] && exit 0
ok=1
awk -v r="$ratio_data" 'BEGIN {exit !(r <= 1.15)}' || { echo "BUDGET BROKEN: 10-year / empty"; ok=0; }
awk -v r="$ratio_large" 'BEGIN {exit !(r <= 1.2)}' || { echo "BUDGET BROKEN: large / empty"; ok=0; }
awk -v r="$ratio_bare" 'BEGIN {exit !(r <= 3)}' || { echo "BUDGET BROKEN: empty / bare window"; ok=0; }
((ok))

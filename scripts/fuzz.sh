#!/usr/bin/env bash
# Builds the importers' libFuzzer targets with clang in build/fuzz and runs each for SECONDS
# (default 60), starting from its seed corpus in fuzz/corpus/. Fails on any crash, sanitizer
# report, leak or timeout; prints one summary line per target. What a run finds is kept in
# build/fuzz/findings/ (reproduce with: build/fuzz/fuzz/fuzz_NAME FILE).
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
tandem_install_packages

seconds=${1:-60}
build="${TANDEM_FUZZ_BUILD_DIR:-$TANDEM_ROOT/build/fuzz}"
# -max_len per target: a few times the largest realistic seed, small enough to stay fast.
targets=(tandemjson:32768 rednotebook:8192 jrnl:8192)

CC=clang CXX=clang++ tandem_configure "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTANDEM_BUILD_FUZZ=ON -DTANDEM_BUILD_GUI=OFF -DTANDEM_BUILD_TESTS=OFF -DTANDEM_BUILD_BENCH=OFF
cmake --build "$build" --target fuzz_tandemjson fuzz_rednotebook fuzz_jrnl

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$TANDEM_ROOT/.ci/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
mkdir -p "$build/findings" "$build/logs"

failed=0
summary=()
for spec in "${targets[@]}"; do
  name=${spec%%:*}
  max_len=${spec##*:}
  corpus="$build/corpus/$name"  # grows from run to run; the seeds stay untouched
  mkdir -p "$corpus"
  dict=()
  case $name in
    rednotebook) dict=(-dict="$TANDEM_ROOT/fuzz/rednotebook.dict") ;;
    *) dict=(-dict="$TANDEM_ROOT/fuzz/json.dict") ;;
  esac
  log="$build/logs/$name.log"
  echo "== fuzz_$name: ${seconds}s, -max_len=$max_len =="
  status=0
  "$build/fuzz/fuzz_$name" "$corpus" "$TANDEM_ROOT/fuzz/corpus/$name" \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/findings/$name-" -print_final_stats=1 "${dict[@]}" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  corp=$(grep -oE 'corp: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  if [[ $status -eq 0 ]]; then
    verdict="no crash"
  else
    verdict="FAILED (exit $status; see $log and $build/findings/)"
    failed=1
    tail -n 40 "$log"
  fi
  summary+=("fuzz_$name: ${runs:-0} runs in ${seconds}s, coverage ${cov:-?}, corpus ${corp:-?}, peak RSS ${rss:-?} MB, $verdict")
done

echo "== fuzz summary =="
printf '%s\n' "${summary[@]}"
exit $failed

#!/usr/bin/env bash
# A long fuzz run outside CI: every target of build-san (cmake/sanitize.sh builds them), two at a time,
# from the committed seeds and the corpus they have grown; the parsers of whole documents (html, charset,
# markdown, text) for DOC_SECONDS each, the fast ones (normalizer, lexicon, profile, webvtt) for
# FAST_SECONDS each. Prints each target's executions and the total.
# Usage: tests/fuzz/long-run.sh [DOC_SECONDS] [FAST_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
doc_seconds=${1:-600}
fast_seconds=${2:-600}
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export LSAN_OPTIONS="suppressions=$(pwd)/tests/fuzz/lsan.supp:print_suppressions=0"
mkdir -p build-san/fuzz-logs build-san/fuzz-crashes
run() {
  local t=$1 seconds=$2
  mkdir -p "build-san/fuzz-corpus/$t"
  build-san/tests/fuzz/fuzz_"$t" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=3072 \
    -print_final_stats=1 -artifact_prefix="build-san/fuzz-crashes/$t-" \
    "build-san/fuzz-corpus/$t" "tests/fuzz/seeds/$t" > "build-san/fuzz-logs/$t.log" 2>&1 || echo "$t: FAILED (see build-san/fuzz-logs/$t.log)"
}
targets=(html charset markdown text normalizer lexicon profile webvtt)
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  seconds=$fast_seconds
  ((i < 4)) && seconds=$doc_seconds
  run "${targets[i]}" "$seconds" &
  run "${targets[i+1]}" "$seconds" &
  wait
done
total=0
for t in "${targets[@]}"; do
  n=$(awk '/stat::number_of_executed_units/ {n = $2} END {print n}' "build-san/fuzz-logs/$t.log")
  printf '%-12s %12s executions\n' "$t" "${n:-?}"
  total=$((total + ${n:-0}))
done
printf '%-12s %12s executions; crashes: %s\n' total "$total" "$(ls build-san/fuzz-crashes | wc -l)"

#!/usr/bin/env bash
# The whole test suite again, built by clang with AddressSanitizer and UndefinedBehaviorSanitizer
# (-fno-sanitize-recover: any report fails its test), plus the libFuzzer targets, each run for a bounded
# number of executions (ctest label "fuzz"). Build tree: build-san/. Run after cmake/setup.sh, which
# installs clang-14 and libclang-rt-14-dev.
#   cmake/sanitize.sh                 # build, then every test but the corpus ones, the twenty-page edition and Slurm
#   READCAST_FUZZ_RUNS=200000 cmake/sanitize.sh -L fuzz   # only the fuzzers, longer
set -euo pipefail
cd "$(dirname "$0")/.."
unity=()  # as in setup.sh: a first build compiles eight sources to a unit
[ -f build-san/CMakeCache.txt ] || unity=(-DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=8)
cmake -S . -B build-san -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 "${unity[@]}" \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DREADCAST_SANITIZE_ADDRESS=ON -DREADCAST_SANITIZE_UNDEFINED=ON -DREADCAST_FUZZ=ON -DREADCAST_TESTS_BY_SUITE=ON \
  -DREADCAST_FUZZ_RUNS="${READCAST_FUZZ_RUNS:-3000}" >/dev/null
cmake --build build-san -j"$(nproc)"
# Leaks are reported too; eSpeak NG's own allocations at exit are not readcast's.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$(pwd)/tests/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
if [ "$#" -gt 0 ]; then
  ctest --test-dir build-san --output-on-failure -j2 "$@"
else
  # The edition of twenty corpus pages is left to the release run: under ASan it renders for three
  # minutes what the other render tests cover, and the fuzzers read those pages sanitized already. So is
  # the Slurm job array (40 s under ASan): what it adds to the batch tests' shards is Slurm's own part.
  ctest --test-dir build-san --output-on-failure -j2 -LE corpus -E 'TwentyCorpusPages|SlurmCliTest'
fi

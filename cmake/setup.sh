#!/usr/bin/env bash
# Installs the Debian 12 packages readcast needs (only those missing), then configures and builds it
# in ./build. Safe to run again: it does nothing that is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config
  libespeak-ng-dev espeak-ng-data libsndfile1-dev libmp3lame-dev libsoxr-dev libicu-dev libmd4c-dev
  libtag1-dev libgumbo-dev libcli11-dev libtomlplusplus-dev nlohmann-json3-dev libgtest-dev libgmock-dev
  libcld2-dev libebur128-dev nettle-dev
  ffmpeg mp3val espeak-ng lame time bc   # independent decoders for the tests; the plain pipeline for the benchmark
  slurm-wlm munge                        # a one-node Slurm cluster the batch test starts itself
  chromium libxml2-utils                 # a real browser for the edition page's test; xmllint for feeds
  clang-14 libclang-rt-14-dev            # the sanitizer build and the libFuzzer targets (cmake/sanitize.sh)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Node.js for the tests' independent clients (a WebVTT parser...), from Debian unless one is installed;
# their npm packages go into tests/js/node_modules (git-ignored), pinned by tests/js/package-lock.json.
if ! command -v npm >/dev/null 2>&1; then
  echo "setup: installing nodejs npm" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
if [ ! -f tests/js/node_modules/.package-lock.json ] || [ tests/js/package-lock.json -nt tests/js/node_modules/.package-lock.json ]; then
  echo "setup: installing the tests' npm packages into tests/js/node_modules" >&2
  npm ci --prefix tests/js --no-audit --no-fund --loglevel=error >/dev/null
fi

# A first build compiles the sources eight to a unit (half the compiler's time: the heavy headers are
# parsed and instantiated once a batch); a tree already configured keeps its setting, so that a developer
# who turned it off (-DCMAKE_UNITY_BUILD=OFF) for quick rebuilds of one file keeps that.
unity=()
[ -f build/CMakeCache.txt ] || unity=(-DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=8)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo "${unity[@]}" >/dev/null
cmake --build build -j"$(nproc)"

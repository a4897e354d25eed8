#!/usr/bin/env bash
# Installs the Debian 12 packages readcast needs (only those missing), then configures and builds it
# in ./build. Safe to run again: it does nothing that is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config
  libespeak-ng-dev espeak-ng-data libsndfile1-dev libmp3lame-dev libsoxr-dev libicu-dev libmd4c-dev
  libtag1-dev libgumbo-dev libcli11-dev libtomlplusplus-dev nlohmann-json3-dev libgtest-dev libgmock-dev
  libcld2-dev libebur128-dev
  ffmpeg mp3val espeak-ng lame time bc   # independent decoders for the tests; the plain pipeline for the benchmark
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

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"

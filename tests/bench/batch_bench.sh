#!/usr/bin/env bash
# Times `readcast batch -j 2` over the shared corpus's 130 pages against the plain serial loop (per
# article: the espeak-ng program writing a WAV, then the lame program, at the same settings, speaking
# the same scripts, printed by `readcast script` beforehand and untimed), in one run. Peak memory of the
# whole batch is the largest sum of the resident memory of readcast's processes, sampled every 0.1 s.
# Usage: tests/bench/batch_bench.sh [CORPUS_DIR] [JOBS]     (build first: ./cmake/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:-../shared/corpus/readability}
jobs=${2:-2}
bin=$(pwd)/build/readcast
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
voice=en-us+m3 rate=165 pitch=45

mkdir -p "$work/pages" "$work/scripts"
for page in "$corpus"/*/source.html; do
  name=$(basename "$(dirname "$page")")
  cp "$page" "$work/pages/$name.html"
  "$bin" script "$page" > "$work/scripts/$name.txt" 2>/dev/null || true
done
articles=$(ls "$work/pages" | wc -l)

# readcast batch, with its whole process tree's memory sampled.
tree_rss_kib() { ps -o rss= --ppid "$1" 2>/dev/null | awk -v self="$(ps -o rss= -p "$1" 2>/dev/null)" '{s += $1} END {print s + self}'; }
t0=$(date +%s.%N)
"$bin" batch "$work/pages" -o "$work/out" -j "$jobs" -q > /dev/null 2>&1 &
pid=$!
peak=0
while kill -0 "$pid" 2>/dev/null; do
  now=$(tree_rss_kib "$pid" || true)
  if [ -n "$now" ] && [ "$now" -gt "$peak" ]; then peak=$now; fi
  sleep 0.1
done
wait "$pid" || true
t1=$(date +%s.%N)
batch_s=$(echo "$t1 - $t0" | bc -l)
rendered=$(ls "$work/out"/*.mp3 | wc -l)
audio_s=$("$bin" manifest "$work/out" --json | awk -F': ' '/"audio_s"/ {gsub(",", "", $2); print $2; exit}')

# The plain serial loop over the same scripts.
t0=$(date +%s.%N)
for script in "$work/scripts"/*.txt; do
  [ -s "$script" ] || continue
  espeak-ng -v "$voice" -s "$rate" -p "$pitch" -f "$script" -w "$work/plain.wav" >/dev/null 2>&1
  lame --quiet -m m -b 96 --resample 44.1 "$work/plain.wav" "$work/plain.mp3"
done
t1=$(date +%s.%N)
plain_s=$(echo "$t1 - $t0" | bc -l)

printf 'corpus: %d pages, %d rendered by readcast; %.0f s of audio\n' "$articles" "$rendered" "$audio_s"
printf '| pipeline | seconds | articles a minute |\n|---|---|---|\n'
printf '| readcast batch -j %d | %.1f | %.1f |\n' "$jobs" "$batch_s" "$(echo "$articles * 60 / $batch_s" | bc -l)"
printf '| espeak-ng -w + lame, one article after another | %.1f | %.1f |\n' "$plain_s" "$(echo "$articles * 60 / $plain_s" | bc -l)"
printf 'throughput readcast / plain: %.2f; peak memory of the whole batch: %d KiB\n' "$(echo "$plain_s / $batch_s" | bc -l)" "$peak"

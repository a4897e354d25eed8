#!/usr/bin/env bash
# Times `readcast render` against the plain pipeline at the same settings, in one run:
#   espeak-ng writes a WAV, then lame encodes it (-m m -b 96 --resample 44.1, LAME's default quality).
# The plain pipeline speaks the same words: the article's script, printed by `readcast script` beforehand
# (untimed), one utterance a line.
# Prints wall-clock medians (readcast with its default loudness mastering and without it), the ratio,
# and peak memory for a normal and a 60-times longer article.
# Usage: tests/bench/render_bench.sh [ARTICLE] [RUNS]     (build first: ./cmake/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
article=${1:-samples/north-korea-russia-alliance.txt}
runs=${2:-5}
bin=build/readcast
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The default narrator profile's settings, so both sides speak alike.
voice=en-us+m3 rate=165 pitch=45

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1; t1=$(date +%s.%N); echo "$t1 - $t0" | bc -l; }
plain() {
  espeak-ng -v "$voice" -s "$rate" -p "$pitch" -f "$1" -w "$work/plain.wav"
  lame --quiet -m m -b 96 --resample 44.1 "$work/plain.wav" "$work/plain.mp3"
}
# The same two programs joined by a pipe (eSpeak NG's WAV on stdout), and eSpeak NG into ffmpeg's LAME.
pipe() { espeak-ng -v "$voice" -s "$rate" -p "$pitch" -f "$1" --stdout | lame --quiet -m m -b 96 --resample 44.1 - "$work/pipe.mp3"; }
ffpipe() {
  espeak-ng -v "$voice" -s "$rate" -p "$pitch" -f "$1" --stdout |
    ffmpeg -v error -y -i - -ac 1 -ar 44100 -c:a libmp3lame -b:a 96k "$work/ffpipe.mp3"
}
# At eSpeak NG's own rate (22.05 kHz, 64 kbps): nothing to resample.
pipe22() { espeak-ng -v "$voice" -s "$rate" -p "$pitch" -f "$1" --stdout | lame --quiet -m m -b 64 - "$work/pipe22.mp3"; }
peak_kib() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }

"$bin" script "$article" > "$work/script.txt"
readcast_times=() plain_times=() off_times=() pipe_times=() ffpipe_times=() r22_times=() off22_times=() pipe22_times=()
for ((i = 0; i < runs; i++)); do
  readcast_times+=("$(seconds "$bin" render "$article" -o "$work/readcast.mp3" --force -q)")
  off_times+=("$(seconds "$bin" render "$article" -o "$work/off.mp3" --force -q --loudness off)")
  plain_times+=("$(seconds plain "$work/script.txt")")
  pipe_times+=("$(seconds pipe "$work/script.txt")")
  ffpipe_times+=("$(seconds ffpipe "$work/script.txt")")
  r22_times+=("$(seconds "$bin" render "$article" -o "$work/r22.mp3" --force -q --sample-rate 22050 --bitrate 64)")
  off22_times+=("$(seconds "$bin" render "$article" -o "$work/off22.mp3" --force -q --sample-rate 22050 --bitrate 64 --loudness off)")
  pipe22_times+=("$(seconds pipe22 "$work/script.txt")")
done
r=$(printf '%s\n' "${readcast_times[@]}" | median)
o=$(printf '%s\n' "${off_times[@]}" | median)
p=$(printf '%s\n' "${plain_times[@]}" | median)
pp=$(printf '%s\n' "${pipe_times[@]}" | median)
fp=$(printf '%s\n' "${ffpipe_times[@]}" | median)
r22=$(printf '%s\n' "${r22_times[@]}" | median)
o22=$(printf '%s\n' "${off22_times[@]}" | median)
p22=$(printf '%s\n' "${pipe22_times[@]}" | median)
audio=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$work/readcast.mp3")
plain_audio=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$work/plain.mp3")

# A long article: the body paragraphs 60 times over (about 3.6 hours of audio), each copy distinct.
{ echo "A long article"; for ((i = 1; i <= 60; i++)); do awk 'length > 200' "$article" | sed "s/^/In part $i, /"; done; } > "$work/long.txt"
mem_short=$(peak_kib "$bin" render "$article" -o "$work/m1.mp3" -q)
mem_long=$(peak_kib "$bin" render "$work/long.txt" --no-intro -o "$work/m2.mp3" -q)
long_audio=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$work/m2.mp3")

# Article extraction over the saved pages of the corpus, one process per page as a user would run it.
corpus=../shared/corpus/readability
pages=0 extract_total=0
if [ -d "$corpus" ]; then
  t0=$(date +%s.%N)
  for page in "$corpus"/*/source.html; do
    "$bin" extract --text "$page" >/dev/null 2>&1 || true
    pages=$((pages + 1))
  done
  t1=$(date +%s.%N)
  extract_total=$(echo "$t1 - $t0" | bc -l)
  baseline_total=$( { t0=$(date +%s.%N); for page in "$corpus"/*/source.html; do "$bin" --help >/dev/null; done; t1=$(date +%s.%N); echo "$t1 - $t0" | bc -l; } )
  # The same pages in one process (extract --jsonl): the program starts once.
  jsonl_total=$(seconds "$bin" extract --jsonl "$corpus"/*/source.html)
fi

# Normalization: the seed's sentences many times over through `script --bare`, against the same run
# with a language that has no rules (the lexicon pass and I/O alone).
"$bin" script --no-intro "$article" > "$work/sentences.txt"
for ((i = 0; i < 400; i++)); do cat "$work/sentences.txt"; done > "$work/many.txt"
sentences=$(wc -l < "$work/many.txt")
norm_s=$(seconds "$bin" script --bare "$work/many.txt")
plain_s=$(seconds "$bin" script --bare --language xx "$work/many.txt")

ratio() { echo "$1 / $2" | bc -l; }
printf 'article: %s, %d runs, median wall time, %d cores\n' "$article" "$runs" "$(nproc)"
printf '| pipeline | seconds | readcast / this |\n|---|---|---|\n'
printf '| readcast render (MP3 96 kbps mono 44.1 kHz, -19 LUFS, decoded check) | %.2f | |\n' "$r"
printf '| readcast render --loudness off | %.2f | |\n' "$o"
printf '| espeak-ng -w, then lame -m m -b 96 --resample 44.1 (plain pipeline) | %.2f | %.2f (off: %.2f) |\n' "$p" "$(ratio "$r" "$p")" "$(ratio "$o" "$p")"
printf '| espeak-ng --stdout | lame (plain pipe) | %.2f | %.2f (off: %.2f) |\n' "$pp" "$(ratio "$r" "$pp")" "$(ratio "$o" "$pp")"
printf '| espeak-ng --stdout | ffmpeg -c:a libmp3lame (ffmpeg pipe) | %.2f | %.2f (off: %.2f) |\n' "$fp" "$(ratio "$r" "$fp")" "$(ratio "$o" "$fp")"
printf '| readcast render --sample-rate 22050 --bitrate 64 | %.2f | |\n' "$r22"
printf '| the same, --loudness off | %.2f | |\n' "$o22"
printf '| espeak-ng --stdout | lame -m m -b 64 (22.05 kHz) | %.2f | %.2f (off: %.2f) |\n' "$p22" "$(ratio "$r22" "$p22")" "$(ratio "$o22" "$p22")"
printf 'audio: readcast %.0f s, plain pipeline %.0f s\n' "$audio" "$plain_audio"
printf 'peak memory: %d KiB for %.0f s of audio, %d KiB for %.0f s (60 times the article)\n' \
  "$mem_short" "$audio" "$mem_long" "$long_audio"
printf 'normalization: %d sentences in %.2f s with English rules, %.2f s without (%.1f microseconds a sentence for the rules)\n' \
  "$sentences" "$norm_s" "$plain_s" "$(echo "($norm_s - $plain_s) * 1000000 / $sentences" | bc -l)"
# Start-up: 300 starts of extract on a one-paragraph page and of --help, with the shared libraries each
# loads (the audio ones only come with render, batch, edition, feed and voices).
printf '<html><head><title>T</title></head><body><article><p>One short paragraph of a story.</p></article></body></html>' > "$work/small.html"
starts() { local t0 t1; t0=$(date +%s.%N); for ((k = 0; k < 300; k++)); do "$@" >/dev/null 2>&1; done; t1=$(date +%s.%N); echo "($t1 - $t0) * 1000 / 300" | bc -l; }
start_extract=$(starts "$bin" extract "$work/small.html")
start_help=$(starts "$bin" --help)
# The floor under both: the machine starting a program that does nothing (fork, exec, exit).
start_true=$(starts /bin/true)
libraries=$(ldd "$bin" | grep -c '=>')
printf 'start-up: extract on a small page %.2f ms, --help %.2f ms, /bin/true %.2f ms (a start each, over 300), %d shared libraries loaded\n' \
  "$start_extract" "$start_help" "$start_true" "$libraries"
if ((pages > 0)); then
  printf 'extraction: %d corpus pages in %.2f s, %.1f ms a page; starting the program alone (--help) %d times takes %.2f s\n' \
    "$pages" "$extract_total" "$(echo "$extract_total * 1000 / $pages" | bc -l)" "$pages" "$baseline_total"
  printf 'extraction in one process (extract --jsonl): %d pages in %.2f s, %.1f ms a page (%.2f times the throughput of a process a page)\n' \
    "$pages" "$jsonl_total" "$(echo "$jsonl_total * 1000 / $pages" | bc -l)" "$(echo "$extract_total / $jsonl_total" | bc -l)"
fi

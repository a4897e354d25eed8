#pragma once
// How the audio is encoded. Defaults follow podcast platforms' advice for spoken word.
//
//   EncoderSettings s;                             // 44.1 kHz; for MP3 96 kbps CBR
//   AudioFormat f = formatForPath("story.flac").value_or(AudioFormat::Mp3);   // Flac

#include <optional>
#include <string>

namespace readcast {

enum class AudioFormat { Mp3, Wav, Flac, Ogg, Opus };  // Ogg: Vorbis in Ogg; Opus: Opus in Ogg

struct EncoderSettings {
    int sample_rate_hz = 44100;
    int bitrate_kbps = 96;   // MP3 constant bitrate
    int vbr_quality = -1;    // 0 (best) .. 9; -1 means constant bitrate
    // The highest frequency the audio holds, when known (eSpeak NG's 22.05 kHz speech has nothing above
    // 11.025 kHz): MP3 spends no bits above it. 0: unknown, the encoder's own lowpass.
    int content_bandwidth_hz = 0;
    // LAME's algorithm quality, 0 (slowest) to 9; -1: LAME's own (3). Synthetic speech alone is coded at
    // 7, without LAME's noise shaping: a third less time, and the decoded speech as close to the source
    // or closer (measured as signal-to-noise, per 20 ms and whole, on eSpeak NG's speech).
    int algorithm_quality = -1;
    // MP3 is coded in pieces cut inside pauses, on this many threads at once (0: one per core). The
    // pieces, and so the file's bytes, do not depend on the thread count.
    unsigned threads = 0;
    // Seconds of audio a piece holds before a pause is looked for to cut it; 0: one encoder, no cuts.
    double segment_seconds = 3.0;
};

// Opus encodes at 8, 12, 16, 24 or 48 kHz only: the nearest of those at or above the rate asked for.
int opusSampleRate(int requested_hz);

// The file extension for a format: Mp3 -> ".mp3".
std::string formatExtension(AudioFormat format);
// The format a file name's extension names (".WAV" -> Wav), or nothing.
std::optional<AudioFormat> formatForPath(const std::string& path);
// The format a job will be written in: asked for, else the output's extension, else MP3.
AudioFormat resolveFormat(const std::optional<AudioFormat>& asked, const std::string& output);

}  // namespace readcast

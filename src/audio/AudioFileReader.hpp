#pragma once
// Any audio file libsndfile reads (WAV, FLAC, Ogg Vorbis and Opus, MP3, AIFF…), mixed down to mono and
// pushed through a PcmSink a chunk at a time. Used for jingles and music beds, and to measure a
// rendered file as a listener's player will decode it.
//
//   AudioFileInfo info = probeAudioFile("jingle.wav");   // throws Error naming the file when it is not audio
//   readAudioFile("jingle.wav", sink);                   // sink.init(info.sample_rate_hz) ... done()

#include <cstdint>
#include <string>

#include "model/PcmSink.hpp"

namespace readcast {

struct AudioFileInfo {
    int sample_rate_hz = 0;
    int channels = 0;
    std::int64_t frames = 0;
    // MPEG audio (MP3): a frame may draw on the frames before it (the bit reservoir), so a decoder that
    // starts mid-stream misses what it needs, and libmpg123 says so on stderr.
    bool mpeg = false;
    double seconds() const { return sample_rate_hz > 0 ? static_cast<double>(frames) / sample_rate_hz : 0.0; }
};

// A file's rate, channels and length; throws Error naming the file when it is not audio.
AudioFileInfo audioFileInfo(const std::string& path);
// The same for a jingle, which must also hold at least 50 ms.
AudioFileInfo probeAudioFile(const std::string& path);
// Samples [first, first + count) (count -1: to the end), mixed down to mono.
void readAudioFile(const std::string& path, PcmSink& sink, std::int64_t first = 0, std::int64_t count = -1);

}  // namespace readcast

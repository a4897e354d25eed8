#pragma once
// Where each utterance sits in the audio, in samples at `sample_rate_hz` (the synthesizer's rate).
// Sidecar writers turn samples into clock times; nothing else does.
//
//   double start_s = double(t.utterances[i].start_sample) / t.sample_rate_hz;

#include <cstddef>
#include <cstdint>
#include <vector>

namespace readcast {

// A word of an utterance's spoken text (bytes of Utterance::text) and where it starts.
struct WordTiming {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::int64_t start_sample = 0;
};

struct UtteranceTiming {
    std::int64_t start_sample = 0;
    std::int64_t end_sample = 0;  // end of speech, before the pause
    std::vector<WordTiming> words;
};

struct Timeline {
    int sample_rate_hz = 0;
    std::int64_t total_samples = 0;
    std::vector<UtteranceTiming> utterances;  // parallel to Script::utterances

    double seconds() const { return sample_rate_hz > 0 ? static_cast<double>(total_samples) / sample_rate_hz : 0.0; }
    // Everything later by `seconds` (audio put before the narration).
    void shift(double seconds) { shiftSamples(static_cast<std::int64_t>(seconds * sample_rate_hz + 0.5)); }
    void shiftSamples(std::int64_t by) {
        for (UtteranceTiming& u : utterances) {
            u.start_sample += by;
            u.end_sample += by;
            for (WordTiming& w : u.words) w.start_sample += by;
        }
        total_samples += by;
    }
};

}  // namespace readcast

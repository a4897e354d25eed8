#pragma once
// Speaks a Script into a PcmSink: each utterance through eSpeak NG, its own leading and trailing
// silence trimmed, then the script's pause after it. Only one utterance's PCM is held at a time.
// Returns where each utterance sits in the audio, in samples at the synthesizer's rate.
//
//   Narrator narrator(tts);
//   Timeline t = narrator.narrate(script, sink);   // sink.init/process/done are all called

#include <cstdint>
#include <vector>

#include "audio/PcmSink.hpp"
#include "speech/EspeakSynthesizer.hpp"
#include "text/Script.hpp"

namespace readcast {

struct UtteranceTiming {
    std::int64_t start_sample = 0;
    std::int64_t end_sample = 0;  // end of speech, before the pause
};

struct Timeline {
    int sample_rate_hz = 0;
    std::int64_t total_samples = 0;
    std::vector<UtteranceTiming> utterances;  // parallel to Script::utterances
};

class Narrator {
public:
    explicit Narrator(EspeakSynthesizer& tts) : tts_(tts) {}
    Timeline narrate(const Script& script, PcmSink& sink);

private:
    EspeakSynthesizer& tts_;
};

}  // namespace readcast

#pragma once
// Speaks a Script into a PcmSink: each utterance through the synthesizer, its own leading and
// trailing silence trimmed, then the script's pause after it. Only one utterance's PCM is held at a
// time. Returns where each utterance sits in the audio, in samples at the synthesizer's rate.
// The caller owns the sink's lifetime: it calls init() before and done() after, so that it can finish
// what depends on the timeline (tags, chapters) before the output is closed.
//
//   Narrator narrator(tts);
//   sink.init(tts.sampleRate());
//   Timeline t = narrator.narrate(script, sink);
//   sink.done();

#include "model/PcmSink.hpp"
#include "model/Script.hpp"
#include "model/Timeline.hpp"
#include "speech/Synthesizer.hpp"

namespace readcast {

class Narrator {
public:
    explicit Narrator(Synthesizer& tts) : tts_(tts) {}
    Timeline narrate(const Script& script, PcmSink& sink);

private:
    Synthesizer& tts_;
};

}  // namespace readcast

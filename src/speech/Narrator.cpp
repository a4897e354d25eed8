#include "speech/Narrator.hpp"

#include <algorithm>

#include "audio/Silence.hpp"
#include "core/LanguageTag.hpp"
#include "speech/LanguageRuns.hpp"

namespace readcast {
namespace {

// About -50 dBFS: below eSpeak NG's quietest consonants, above its dithering-free digital silence.
constexpr float kSilenceThreshold = 0.003f;
// Keep a few milliseconds around the speech so plosives and fricatives are not clipped.
constexpr int kEdgeMarginMs = 15;

}  // namespace

Timeline Narrator::narrate(const Script& script, PcmSink& sink) {
    Timeline timeline;
    timeline.sample_rate_hz = tts_.sampleRate();
    const auto msToSamples = [&](int ms) { return static_cast<std::size_t>(ms) * static_cast<std::size_t>(timeline.sample_rate_hz) / 1000; };
    std::vector<float> pcm;
    std::int64_t position = 0;
    for (const Utterance& u : script.utterances) {
        pcm.clear();
        for (const LanguageRun& run : splitByScript(u.text, u.language)) {
            tts_.speak(run.text, run.language == primaryLanguage(u.language) ? "" : run.language, pcm);
        }
        auto [first, last] = audibleRange(pcm, kSilenceThreshold);
        const std::size_t margin = msToSamples(kEdgeMarginMs);
        first = first > margin ? first - margin : 0;
        last = std::min(pcm.size(), last + margin);
        UtteranceTiming timing;
        timing.start_sample = position;
        if (last > first) sink.process(pcm.data() + first, last - first);
        position += static_cast<std::int64_t>(last - first);
        timing.end_sample = position;
        timeline.utterances.push_back(timing);
        const std::size_t pause = msToSamples(u.pause_after_ms);
        silence(sink, pause);
        position += static_cast<std::int64_t>(pause);
    }
    timeline.total_samples = position;
    return timeline;
}

}  // namespace readcast

#include "speech/Narrator.hpp"

#include <algorithm>

#include "audio/Silence.hpp"
#include "audio/SilenceTrimmer.hpp"
#include "core/LanguageTag.hpp"
#include "speech/LanguageRuns.hpp"

namespace readcast {
namespace {

// About -50 dBFS: below eSpeak NG's quietest consonants, above its dithering-free digital silence.
constexpr float kSilenceThreshold = 0.003f;
// Keep a few milliseconds around the speech so plosives and fricatives are not clipped.
constexpr int kEdgeMarginMs = 15;

}  // namespace

Timeline Narrator::narrate(const Script& script, PcmSink& sink, std::size_t first, std::size_t last) {
    Timeline timeline;
    timeline.sample_rate_hz = tts_.sampleRate();
    const auto msToSamples = [&](int ms) { return static_cast<std::size_t>(ms) * static_cast<std::size_t>(timeline.sample_rate_hz) / 1000; };
    SilenceTrimmer trimmed(sink, kSilenceThreshold, msToSamples(kEdgeMarginMs));
    std::vector<WordMark> marks;
    std::int64_t position = 0;
    bool headingVoice = false;
    last = std::min(last, script.utterances.size());
    for (std::size_t i = first; i < last; ++i) {
        const Utterance& u = script.utterances[i];
        const bool heading = !voices_.headings.empty() && (u.role == Role::Title || u.role == Role::Heading);
        if (heading != headingVoice) {
            tts_.setVoice(heading ? voices_.headings : voices_.body, voices_.settings);
            headingVoice = heading;
        }
        UtteranceTiming timing;
        std::size_t searchFrom = 0;
        for (const LanguageRun& run : splitByScript(u.text, u.language)) {
            marks.clear();
            const std::size_t runStart = trimmed.given();
            tts_.speak(run.text, run.language == primaryLanguage(u.language) ? "" : run.language, trimmed, &marks);
            // Runs are pieces of the utterance in order: their words' offsets move into the utterance's
            // text, their samples into the utterance's.
            const std::size_t runAt = u.text.find(run.text, searchFrom);
            const std::size_t base = runAt == std::string::npos ? searchFrom : runAt;
            searchFrom = base + run.text.size();
            for (const WordMark& m : marks) {
                timing.words.push_back({base + m.offset, m.length, static_cast<std::int64_t>(runStart + m.sample)});
            }
        }
        const SilenceTrimmer::Kept kept = trimmed.finish();
        // Word times count from the trimmed start, inside the utterance's speech.
        for (WordTiming& w : timing.words) {
            const std::int64_t inside = std::clamp<std::int64_t>(w.start_sample - static_cast<std::int64_t>(kept.first), 0,
                                                                 static_cast<std::int64_t>(kept.last - kept.first));
            w.start_sample = position + inside;
        }
        timing.start_sample = position;
        position += static_cast<std::int64_t>(kept.last - kept.first);
        timing.end_sample = position;
        timeline.utterances.push_back(timing);
        const std::size_t pause = msToSamples(u.pause_after_ms);
        silence(sink, pause);
        position += static_cast<std::int64_t>(pause);
    }
    if (headingVoice) tts_.setVoice(voices_.body, voices_.settings);
    timeline.total_samples = position;
    return timeline;
}

}  // namespace readcast

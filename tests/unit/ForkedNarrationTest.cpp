// A script's later part spoken by a forked copy of the test process, with a synthesizer whose output
// depends on nothing but the text: what reaches the sink, and the timeline, must be exactly what one
// Narrator speaking the whole script gives.

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "CollectingSink.hpp"
#include "core/Error.hpp"
#include "speech/ForkedNarration.hpp"
#include "speech/Narrator.hpp"

using namespace readcast;
using readcast::testing::CollectingSink;

namespace {

// Each word a burst as long as the word, between silences the narrator trims; the voice's name sets
// the tone, so that a part spoken with the wrong voice would show.
class WordTones : public Synthesizer {
public:
    int sampleRate() const override { return 16000; }
    void setVoice(const std::string& voice, const VoiceSettings&) override { voice_ = voice; }
    void speak(const std::string& text, const std::string&, PcmSink& out, std::vector<WordMark>* marks) override {
        if (!fail_on.empty() && text.find(fail_on) != std::string::npos) throw Error(ExitCode::Synthesis, "no voice for '" + fail_on + "'");
        ++calls;
        std::vector<float> pcm(200, 0.0f);
        const double hz = voice_ == "heading" ? 500.0 : 300.0;
        std::size_t start = 0;
        while (start < text.size()) {
            const std::size_t end = std::min(text.find(' ', start), text.size());
            if (marks != nullptr) marks->push_back({start, end - start, pcm.size()});
            // 16-bit values, as eSpeak NG's are (the copy's part waits in a 16-bit spool).
            for (std::size_t i = 0; i < 400 * (end - start); ++i) {
                pcm.push_back(static_cast<float>(std::round(13000 * std::sin(hz * static_cast<double>(i) / 2546.0))) / 32768.0f);
            }
            pcm.insert(pcm.end(), 80, 0.0f);
            start = end + 1;
        }
        for (std::size_t at = 0; at < pcm.size(); at += 512) out.process(pcm.data() + at, std::min<std::size_t>(512, pcm.size() - at));
    }
    std::string fail_on;
    int calls = 0;  // in this process

private:
    std::string voice_;
};

Script longScript() {
    Script s;
    for (int i = 0; i < 80; ++i) {
        Utterance u;
        u.text = i % 10 == 0 ? "Heading number " + std::to_string(i) : "Sentence " + std::to_string(i) + " says a few words more than the last";
        u.role = i % 10 == 0 ? Role::Heading : Role::Body;
        u.pause_after_ms = i % 10 == 9 ? 700 : 300;
        s.utterances.push_back(u);
    }
    return s;
}

void expectSameTimeline(const Timeline& a, const Timeline& b) {
    EXPECT_EQ(a.sample_rate_hz, b.sample_rate_hz);
    EXPECT_EQ(a.total_samples, b.total_samples);
    ASSERT_EQ(a.utterances.size(), b.utterances.size());
    for (std::size_t i = 0; i < a.utterances.size(); ++i) {
        EXPECT_EQ(a.utterances[i].start_sample, b.utterances[i].start_sample) << i;
        EXPECT_EQ(a.utterances[i].end_sample, b.utterances[i].end_sample) << i;
        ASSERT_EQ(a.utterances[i].words.size(), b.utterances[i].words.size()) << i;
        for (std::size_t k = 0; k < a.utterances[i].words.size(); ++k) {
            EXPECT_EQ(a.utterances[i].words[k].offset, b.utterances[i].words[k].offset);
            EXPECT_EQ(a.utterances[i].words[k].length, b.utterances[i].words[k].length);
            EXPECT_EQ(a.utterances[i].words[k].start_sample, b.utterances[i].words[k].start_sample);
        }
    }
}

}  // namespace

TEST(ForkedNarrationTest, shouldGiveTheSamplesAndTimesOfOneNarration) {
    const Script script = longScript();
    WordTones alone;
    Narrator one(alone, {"body", "heading", {}});
    CollectingSink whole;
    whole.init(alone.sampleRate());
    const Timeline expected = one.narrate(script, whole);

    for (unsigned threads : {2u, 1u}) {  // side by side, and the copy first
        WordTones tts;
        Narrator narrator(tts, {"body", "heading", {}});
        const std::unique_ptr<ForkedNarration> ahead = ForkedNarration::start(narrator, script, threads);
        ASSERT_NE(ahead, nullptr) << "a long script, nothing else running";
        CollectingSink split;
        split.init(tts.sampleRate());
        const Timeline got = ahead->narrate(split);

        EXPECT_LT(tts.calls, alone.calls) << "the later part was spoken in the other process";
        EXPECT_GT(tts.calls, 0);
        expectSameTimeline(got, expected);
        EXPECT_EQ(split.samples, whole.samples) << "the same samples, in the same order";
    }
}

TEST(ForkedNarrationTest, shouldSayWhyTheCopyFailed) {
    const Script script = longScript();
    WordTones tts;
    tts.fail_on = "Sentence 77";  // in the copy's part
    Narrator narrator(tts, {"body", "", {}});
    ForkedNarration ahead(narrator, script, ForkedNarration::splitPoint(script, 0.5), true);
    CollectingSink sink;
    sink.init(tts.sampleRate());
    try {
        ahead.narrate(sink);
        FAIL() << "the copy's failure must reach the caller";
    } catch (const Error& e) {
        EXPECT_STREQ(e.what(), "no voice for 'Sentence 77'");
    }
}

TEST(ForkedNarrationTest, shouldNotForkAShortScript) {
    WordTones tts;
    Narrator narrator(tts);
    const Script script = longScript();
    Script shortOne;
    shortOne.utterances.assign(script.utterances.begin(), script.utterances.begin() + 5);
    EXPECT_EQ(ForkedNarration::start(narrator, shortOne, 2), nullptr) << "too little text";
    EXPECT_EQ(ForkedNarration::splitPoint(shortOne, 0.5), 0u);
    // The split leaves about the share asked for to the copy.
    const std::size_t from = ForkedNarration::splitPoint(script, 0.5);
    std::size_t later = 0, total = 0;
    for (std::size_t i = 0; i < script.utterances.size(); ++i) {
        total += script.utterances[i].text.size();
        if (i >= from) later += script.utterances[i].text.size();
    }
    EXPECT_NEAR(static_cast<double>(later) / static_cast<double>(total), 0.5, 0.02);
}

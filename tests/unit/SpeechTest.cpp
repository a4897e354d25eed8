// eSpeak NG through the library, narrator profiles, and the narrator's pauses and timing.

#include <gtest/gtest.h>

#include "../TestTemp.hpp"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <algorithm>
#include <iterator>

#include "CollectingSink.hpp"
#include "core/Error.hpp"
#include "speech/EspeakSynthesizer.hpp"
#include "speech/LanguageRuns.hpp"
#include "speech/Narrator.hpp"
#include "speech/NarratorProfile.hpp"
#include "speech/VoiceCatalog.hpp"
#include "speech/VoiceChoice.hpp"
#include "VoicesDir.hpp"

using namespace readcast;
using readcast::testing::CollectingSink;
namespace fs = std::filesystem;

namespace {
}

TEST(EspeakSynthesizerTest, shouldSpeakTextAsAudibleSamples) {
    EspeakSynthesizer tts;
    EXPECT_EQ(tts.sampleRate(), 22050);
    tts.setVoice("en-us", VoiceSettings{});
    std::vector<float> pcm;
    tts.speak("The parliament passed the budget on Friday.", "", pcm);
    EXPECT_GT(pcm.size(), 22050u) << "more than a second of speech";
    float peak = 0;
    for (float x : pcm) peak = std::max(peak, std::fabs(x));
    EXPECT_GT(peak, 0.1f);
}

// A lexicon's "[[...]]" is eSpeak NG phoneme input: "[[h@l'oU]]" is the word "hello", not symbols read
// out ("h at l oh u").
TEST(EspeakSynthesizerTest, shouldSpeakLexiconPhonemesAsPhonemes) {
    EspeakSynthesizer tts;
    tts.setVoice("en-us", VoiceSettings{});
    std::vector<float> phonemes, word;
    tts.speak("[[h@l'oU]]", "", phonemes);
    tts.speak("hello", "", word);
    ASSERT_GT(word.size(), 0u);
    EXPECT_NEAR(static_cast<double>(phonemes.size()), static_cast<double>(word.size()), 0.25 * static_cast<double>(word.size()))
        << "spoken as the word, not spelled out";
}

TEST(EspeakSynthesizerTest, shouldAllowOnlyOneInstance) {
    EspeakSynthesizer tts;
    EXPECT_THROW(EspeakSynthesizer second, Error);
}

TEST(EspeakSynthesizerTest, shouldRejectUnknownVoice) {
    EspeakSynthesizer tts;
    try {
        tts.setVoice("no-such-voice", VoiceSettings{});
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ExitCode::Voice);
    }
}

TEST(NarratorProfileTest, shouldLoadEveryShippedProfile) {
    const auto profiles = listProfiles(readcast::testing::kVoicesDir);
    ASSERT_GE(profiles.size(), 2u);
    const NarratorProfile p = loadProfile(readcast::testing::kVoicesDir + "/newsreader.toml");
    EXPECT_EQ(p.name, "newsreader");
    EXPECT_EQ(p.espeakName(), "en-us+m3");
    EXPECT_TRUE(p.default_for_language);
    EXPECT_GT(p.pauses.title_ms, p.pauses.paragraph_ms);
    EXPECT_GT(p.pauses.paragraph_ms, p.pauses.sentence_ms);
}

TEST(NarratorProfileTest, shouldNameFileAndKeyOfBadProfile) {
    const fs::path dir = readcast::testing::tempRoot() / "readcast-profiles";
    fs::create_directories(dir);
    std::ofstream(dir / "fast.toml") << "language = \"en\"\nespeak_voice = \"en\"\nrate_wpm = 900\n";
    std::ofstream(dir / "broken.toml") << "language = \"en\"\nespeak_voice = \n";
    try {
        loadProfile((dir / "fast.toml").string());
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("fast.toml: 'rate_wpm' must be a whole number from 80 to 450"),
                  std::string::npos)
            << e.what();
    }
    try {
        loadProfile((dir / "broken.toml").string());
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("broken.toml:2:"), std::string::npos) << e.what();
    }
    fs::remove_all(dir);
}

TEST(VoiceChoiceTest, shouldPickProfileEspeakVoiceOrLanguageDefault) {
    const VoiceCatalog& tts = VoiceCatalog::installed();
    EXPECT_EQ(chooseVoice(readcast::testing::kVoicesDir, "anchor", "en", tts).espeak_voice, "en-gb");
    EXPECT_EQ(chooseVoice(readcast::testing::kVoicesDir, "en-gb+f2", "en", tts).espeakName(), "en-gb+f2");
    EXPECT_EQ(chooseVoice(readcast::testing::kVoicesDir, "", "en-US", tts).name, "newsreader");
    // A profile that lists the article's region reads it before the language's default.
    EXPECT_EQ(chooseVoice(readcast::testing::kVoicesDir, "", "en-GB", tts).name, "anchor");
    EXPECT_EQ(chooseVoice(readcast::testing::kVoicesDir, "", "en_au", tts).name, "anchor");
    EXPECT_EQ(chooseVoice(readcast::testing::kVoicesDir, "", "es-MX", tts).espeak_voice, "es-419");
    EXPECT_EQ(chooseVoice(readcast::testing::kVoicesDir, "", "es-ES", tts).name, "es-news");
    EXPECT_EQ(chooseVoice(readcast::testing::kVoicesDir, "", "es", tts).name, "es-news");
    EXPECT_EQ(chooseVoice(readcast::testing::kVoicesDir, "", "fr", tts).language, "fr");
    EXPECT_EQ(chooseVoice(readcast::testing::kVoicesDir, "", "fr", tts).name, "fr-news");
    EXPECT_EQ(chooseVoice(readcast::testing::kVoicesDir, "", "fr-BE", tts).espeak_voice, "fr-be") << "septante, nonante";
    EXPECT_EQ(chooseVoice(readcast::testing::kVoicesDir, "", "fr-CH", tts).espeak_voice, "fr-ch");
    EXPECT_EQ(chooseVoice(readcast::testing::kVoicesDir, "", "it", tts).espeak_voice, "it") << "no profile: eSpeak NG's voice";
    EXPECT_THROW(chooseVoice(readcast::testing::kVoicesDir, "nobody", "en", tts), Error);
    std::string note;
    EXPECT_EQ(chooseVoice(readcast::testing::kVoicesDir, "", "ev", tts, &note).name, "newsreader") << "a mistyped lang attribute";
    EXPECT_NE(note.find("no voice for language 'ev'"), std::string::npos) << note;
}

TEST(NarratorTest, shouldTrimSpeechAndInsertTheScriptsPauses) {
    EspeakSynthesizer tts;
    tts.setVoice("en-us", VoiceSettings{});
    Script script;
    Utterance hello, goodbye;
    hello.text = "Hello there.";
    hello.pause_after_ms = 1000;
    goodbye.text = "Goodbye.";
    script.utterances = {hello, goodbye};
    CollectingSink sink;
    sink.init(tts.sampleRate());
    const Timeline t = Narrator(tts).narrate(script, sink);
    sink.done();
    ASSERT_EQ(t.utterances.size(), 2u);
    EXPECT_EQ(t.utterances[0].start_sample, 0);
    EXPECT_EQ(t.utterances[1].start_sample - t.utterances[0].end_sample, 22050) << "exactly the 1000 ms pause";
    EXPECT_EQ(t.total_samples, static_cast<std::int64_t>(sink.samples.size()));
    EXPECT_TRUE(sink.finished);
    // The pause is silent; eSpeak NG's own trailing silence was trimmed, so speech ends near end_sample.
    for (auto i = t.utterances[0].end_sample; i < t.utterances[1].start_sample; ++i) {
        ASSERT_EQ(sink.samples[static_cast<std::size_t>(i)], 0.0f);
    }
    float tail = 0;
    for (auto i = t.utterances[0].end_sample - 2205; i < t.utterances[0].end_sample - 331; ++i) {
        tail = std::max(tail, std::fabs(sink.samples[static_cast<std::size_t>(i)]));
    }
    EXPECT_GT(tail, 0.003f) << "speech within the last 100 ms before the pause";
}

TEST(LanguageRunsTest, shouldSplitForeignScriptNamesOut) {
    const auto runs = splitByScript("Putin (\u041F\u0443\u0442\u0438\u043D) met Yoon \uC724\uC11D\uC5F4.", "en-US");
    ASSERT_EQ(runs.size(), 4u);
    EXPECT_EQ(runs[0].text, "Putin (");
    EXPECT_EQ(runs[1].text, "\u041F\u0443\u0442\u0438\u043D");
    EXPECT_EQ(runs[1].language, "ru");
    EXPECT_EQ(runs[2].text, ") met Yoon ");
    EXPECT_EQ(runs[2].language, "en");
    EXPECT_EQ(runs[3].language, "ko");
    EXPECT_EQ(runs[3].text, "\uC724\uC11D\uC5F4.") << "a full stop at the very end stays with the last run";
}

TEST(LanguageRunsTest, shouldKeepTextInItsOwnScriptWhole) {
    const auto ko = splitByScript("\uC724\uC11D\uC5F4 \uB300\uD1B5\uB839\uC740 2025\uB144\uC5D0.", "ko");
    ASSERT_EQ(ko.size(), 1u);
    const auto ja = splitByScript("\u65E5\u672C\u306E\u9996\u76F8", "ja");
    ASSERT_EQ(ja.size(), 1u);
    EXPECT_EQ(splitByScript("Plain English, 3.5 percent.", "en").size(), 1u);
}

TEST(NarratorTest, shouldSpeakForeignScriptNamesWithTheirLanguageNotLetterByLetter) {
    EspeakSynthesizer tts;
    tts.setVoice("en-us", VoiceSettings{});
    std::vector<float> named, spelled;
    tts.speak("\u0412\u043B\u0430\u0434\u0438\u043C\u0438\u0440 \u041F\u0443\u0442\u0438\u043D", "ru", named);
    tts.speak("\u0412\u043B\u0430\u0434\u0438\u043C\u0438\u0440 \u041F\u0443\u0442\u0438\u043D", "", spelled);
    // Spelled out, the eleven letters take far longer than the two words said in Russian.
    EXPECT_LT(named.size() * 2, spelled.size());
}

TEST(EspeakSynthesizerTest, shouldRenderOneUtteranceWithEveryListedVoiceAndPrintNothing) {
    EspeakSynthesizer tts;
    const VoiceCatalog& catalog = VoiceCatalog::installed();
    const std::vector<std::string> names = catalog.listedNames();
    ASSERT_GT(names.size(), 50u);
    // eSpeak NG's own messages must not reach the terminal: stderr is captured while every voice speaks.
    std::fflush(stderr);
    const int saved = ::dup(2);
    char path[] = "/tmp/readcast-espeak-stderr-XXXXXX";
    const int capture = ::mkstemp(path);
    ASSERT_GE(capture, 0);
    ::dup2(capture, 2);
    std::vector<std::string> silent;
    for (const std::string& name : names) {
        std::vector<float> pcm;
        try {
            tts.setVoice(name, VoiceSettings{});
            tts.speak("Hello, 1 2 3.", "", pcm);
        } catch (const Error& e) {
            silent.push_back(name + " (" + e.what() + ")");
            continue;
        }
        if (pcm.size() < 2205) silent.push_back(name + " (no audio)");
    }
    std::fflush(stderr);
    ::dup2(saved, 2);
    ::close(saved);
    std::ifstream in(path);
    const std::string printed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ::close(capture);
    ::unlink(path);
    EXPECT_TRUE(silent.empty()) << ::testing::PrintToString(silent);
    EXPECT_EQ(printed, "") << "eSpeak NG wrote to the terminal";
    std::vector<std::string> sorted = names;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(std::adjacent_find(sorted.begin(), sorted.end()), sorted.end()) << "every name listed once";
    EXPECT_EQ(catalog.identifierOf("en-gb+f2"), "gmw/en+f2");
    EXPECT_TRUE(catalog.identifierOf("en-gb+nobody").empty());
}

// Found by the profile fuzzer: a float where a whole number belongs was converted out of range.
TEST(NarratorProfileTest, shouldRefuseAFloatWhereAWholeNumberBelongs) {
    try {
        parseProfile("language = \"en\"\nespeak_voice = \"en-us\"\nrate_wpm = 1e201\n", "odd.toml");
        FAIL() << "accepted";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("odd.toml: 'rate_wpm' must be a whole number"), std::string::npos) << e.what();
    }
}

TEST(NarratorProfileTest, shouldReadRegionsAndRefuseAnythingButAListOfCodes) {
    EXPECT_EQ(parseProfile("language = \"en\"\nespeak_voice = \"en-gb\"\nregions = [\"gb\", \"IE\"]\n", "p.toml").regions,
              (std::vector<std::string>{"GB", "IE"}));
    for (const char* bad : {"regions = \"GB\"\n", "regions = [1]\n", "regions = [\"Britain\"]\n"}) {
        try {
            parseProfile(std::string("language = \"en\"\nespeak_voice = \"en-gb\"\n") + bad, "p.toml");
            FAIL() << "accepted " << bad;
        } catch (const Error& e) {
            EXPECT_NE(std::string(e.what()).find("p.toml: regions must be a list of region codes"), std::string::npos) << e.what();
        }
    }
}

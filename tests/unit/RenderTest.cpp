// The whole render chain as a library call, driven by a fake synthesizer: no eSpeak NG, so the
// timing and the files can be checked exactly.

#include <gtest/gtest.h>

#include "../TestTemp.hpp"
#include <sndfile.h>
#include <taglib/chapterframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <numbers>

#include "core/Error.hpp"
#include "render/Render.hpp"
#include "VoicesDir.hpp"

using namespace readcast;
namespace fs = std::filesystem;

namespace {


// Says each word as 100 ms of a tone, between 30 ms of silence on each side (trimmed by the narrator).
class FakeSynthesizer : public Synthesizer {
public:
    int sampleRate() const override { return 22050; }
    void setVoice(const std::string& voice, const VoiceSettings& settings) override {
        voice_ = voice;
        settings_ = settings;
    }
    // Each word a 0.1 s tone, between 30 ms of silence on each side, given in chunks of 1000 samples
    // as eSpeak NG gives its own.
    void speak(const std::string& text, const std::string&, PcmSink& out, std::vector<WordMark>* marks) override {
        if (!fail_on.empty() && text.find(fail_on) != std::string::npos) throw Error(ExitCode::Synthesis, "fake failure");
        std::size_t words = 0;
        bool inWord = false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c != ' ' && !inWord) {
                if (marks != nullptr) marks->push_back({i, text.find(' ', i) == std::string::npos ? text.size() - i : text.find(' ', i) - i,
                                                        661 + words * 2205});
                ++words;
            }
            inWord = c != ' ';
        }
        spoken_with.push_back(voice_);
        std::vector<float> pcm(661, 0.0f);
        const std::size_t tone = words * 2205;
        for (std::size_t i = 0; i < tone; ++i) {
            pcm.push_back(0.5f * static_cast<float>(std::sin(2 * std::numbers::pi * 300 * static_cast<double>(i) / 22050)));
        }
        pcm.insert(pcm.end(), 661, 0.0f);
        for (std::size_t at = 0; at < pcm.size(); at += 1000) out.process(pcm.data() + at, std::min<std::size_t>(1000, pcm.size() - at));
        ++utterances;
    }
    std::string voice_;
    VoiceSettings settings_;
    std::string fail_on;
    int utterances = 0;
    std::vector<std::string> spoken_with;  // the voice of each speak() call
};

class RenderTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir = readcast::testing::tempRoot() /
              ("readcast-render-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir);
        fs::create_directories(dir);
        article = dir / "story.md";
        std::ofstream(article) << "---\ntitle: Rain returns\nauthor: Jane Doe\ndate: 2025-06-02\n---\n\n"
                                  "It rained all day. The river rose two meters.\n\n## Outlook\n\nMore rain is coming.\n";
        job.script.article = article.string();
        job.script.voices_dir = readcast::testing::kVoicesDir;
    }
    void TearDown() override { fs::remove_all(dir); }
    std::vector<std::string> files() const {
        std::vector<std::string> names;
        for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }
    fs::path dir, article;
    RenderJob job;
    FakeSynthesizer tts;
};

}  // namespace

TEST_F(RenderTest, shouldRenderTheWholeChainAndReturnWhatWasWritten) {
    job.script.rate_wpm = 200;
    const RenderResult r = render(job, tts);
    EXPECT_EQ(r.output, (dir / "story.mp3").string()) << "named after the article";
    EXPECT_EQ(r.files, std::vector<std::string>{r.output});
    EXPECT_EQ(r.bytes, fs::file_size(r.output));
    EXPECT_EQ(r.format, AudioFormat::Mp3);
    EXPECT_EQ(tts.voice_, "en-us+m3") << "the English default profile's voice";
    EXPECT_EQ(tts.settings_.rate_wpm, 200) << "the job's rate over the profile's";
    EXPECT_EQ(r.narration.narrator.settings.rate_wpm, 200);

    // Title, intro, two sentences, heading, one sentence, outro: seven utterances, each timed.
    ASSERT_EQ(r.narration.script.utterances.size(), 7u);
    EXPECT_EQ(tts.utterances, 7);
    ASSERT_EQ(r.timeline.utterances.size(), 7u);
    const Pauses& pauses = r.narration.narrator.pauses;
    const auto& t = r.timeline.utterances;
    EXPECT_EQ(t[0].start_sample, 0) << "the leading silence was trimmed";
    // "It rained all day." is four words of tone, 30 ms of trim margin on each side at most.
    EXPECT_NEAR(static_cast<double>(t[2].end_sample - t[2].start_sample), 4 * 2205, 2 * 331);
    EXPECT_EQ(t[3].start_sample - t[2].end_sample, pauses.sentence_ms * 22050 / 1000);
    EXPECT_EQ(t[4].start_sample - t[3].end_sample, pauses.paragraph_ms * 22050 / 1000);
    EXPECT_EQ(t[6].start_sample - t[5].end_sample, pauses.title_ms * 22050 / 1000) << "a long pause before the outro";
    EXPECT_EQ(r.timeline.total_samples, t[6].end_sample) << "no pause after the last utterance";
    EXPECT_NEAR(r.seconds, static_cast<double>(r.timeline.total_samples) / 22050, 1e-9);

    // The tag written first was finished at the end: its length is the audio's.
    TagLib::MPEG::File file(r.output.c_str());
    ASSERT_TRUE(file.isValid());
    ASSERT_NE(file.ID3v2Tag(), nullptr);
    EXPECT_EQ(file.ID3v2Tag()->title().to8Bit(true), "Rain returns");
    const auto tlen = file.ID3v2Tag()->frameListMap()["TLEN"];
    ASSERT_FALSE(tlen.isEmpty());
    EXPECT_EQ(tlen.front()->toString().toInt(), static_cast<int>(std::lround(r.seconds * 1000)));
    SF_INFO info{};
    SNDFILE* decoded = sf_open(r.output.c_str(), SFM_READ, &info);
    ASSERT_NE(decoded, nullptr) << "the rewritten tag left the MPEG stream readable";
    EXPECT_EQ(info.samplerate, 44100);
    sf_close(decoded);
}

TEST_F(RenderTest, shouldLeaveNoFileWhenSynthesisFailsHalfWay) {
    tts.fail_on = "river";
    // Through the spool, and straight to the encoder (no target level): the encoder had begun writing.
    for (const bool target : {true, false}) {
        if (!target) job.loudness_lufs.reset();
        tts.utterances = 0;
        try {
            render(job, tts);
            FAIL() << "the fake failure must reach the caller";
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), ExitCode::Synthesis);
        }
        EXPECT_GE(tts.utterances, 3) << "the failure came after audio had been written";
        EXPECT_EQ(files(), std::vector<std::string>{"story.md"});
    }
}

TEST_F(RenderTest, shouldTakeTheFormatFromTheOutputNameUnlessAsked) {
    EXPECT_EQ(resolveFormat(std::nullopt, "a.FLAC"), AudioFormat::Flac);
    EXPECT_EQ(resolveFormat(std::nullopt, "a.wav"), AudioFormat::Wav);
    EXPECT_EQ(resolveFormat(std::nullopt, "-"), AudioFormat::Mp3);
    EXPECT_EQ(resolveFormat(AudioFormat::Wav, "a.mp3"), AudioFormat::Wav);
    job.output = (dir / "out.wav").string();
    const RenderResult r = render(job, tts);
    EXPECT_EQ(r.format, AudioFormat::Wav);
    SF_INFO info{};
    SNDFILE* f = sf_open(r.output.c_str(), SFM_READ, &info);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(info.frames, r.timeline.total_samples * 2) << "22.05 kHz speech resampled to 44.1 kHz, sample for sample";
    sf_close(f);
}

TEST_F(RenderTest, shouldRefuseToOverwriteTheArticle) {
    job.output = article.string();
    job.force = true;
    try {
        render(job, tts);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ExitCode::Output);
        EXPECT_NE(std::string(e.what()).find("it is the article being read"), std::string::npos) << e.what();
    }
    EXPECT_EQ(tts.utterances, 0);
}

TEST_F(RenderTest, shouldPrepareTheScriptWithoutASynthesizer) {
    const Narration n = prepareNarration(job.script);
    ASSERT_FALSE(n.script.utterances.empty());
    EXPECT_EQ(n.script.utterances.front().text, "Rain returns.");
    EXPECT_EQ(n.narrator.name, "newsreader");
    EXPECT_TRUE(n.warnings.empty());
}

TEST_F(RenderTest, shouldReadTheHeadlineAndHeadingsWithTheProfilesHeadingVoice) {
    const fs::path voices = dir / "voices";
    fs::create_directories(voices);
    std::ofstream(voices / "duo.toml") << "language = \"en\"\ndefault = true\nespeak_voice = \"en-us\"\nvariant = \"m3\"\n"
                                          "heading_espeak_voice = \"en-gb\"\nheading_variant = \"f3\"\n";
    job.script.voices_dir = voices.string();
    job.output = (dir / "story.wav").string();
    job.loudness_lufs.reset();
    const RenderResult r = render(job, tts);
    const auto& u = r.narration.script.utterances;
    ASSERT_EQ(tts.spoken_with.size(), u.size());
    for (std::size_t i = 0; i < u.size(); ++i) {
        const bool heading = u[i].role == Role::Title || u[i].role == Role::Heading;
        EXPECT_EQ(tts.spoken_with[i], heading ? "en-gb+f3" : "en-us+m3") << u[i].text;
    }
    EXPECT_EQ(tts.voice_, "en-us+m3") << "the body's voice again at the end";
}

// The LAME quality a file was coded at, from its info frame's quality indicator (100 - 10 x VBR quality
// - quality; LAME's CBR keeps VBR quality 4): -1 when the file has none.
static int lameQuality(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::size_t at = bytes.find("Info");
    if (at == std::string::npos) at = bytes.find("Xing");
    if (at == std::string::npos) return -1;
    const auto word = [&](std::size_t k) {
        return (static_cast<unsigned char>(bytes[k]) << 24) | (static_cast<unsigned char>(bytes[k + 1]) << 16) |
               (static_cast<unsigned char>(bytes[k + 2]) << 8) | static_cast<unsigned char>(bytes[k + 3]);
    };
    const int flags = word(at + 4);
    std::size_t k = at + 8 + ((flags & 1) ? 4 : 0) + ((flags & 2) ? 4 : 0) + ((flags & 4) ? 100 : 0);
    return (flags & 8) ? 60 - word(k) : -1;
}

// Synthetic speech alone is coded at LAME's quality 7; with a jingle, which may be music, at LAME's own.
TEST_F(RenderTest, shouldCodeSpeechAloneAtTheFasterQuality) {
    EXPECT_EQ(lameQuality(render(job, tts).output), 7);
    const fs::path jingle = dir / "jingle.wav";
    {
        SF_INFO info{};
        info.samplerate = 22050;
        info.channels = 1;
        info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
        SNDFILE* f = sf_open(jingle.c_str(), SFM_WRITE, &info);
        std::vector<float> tone(22050);
        for (std::size_t i = 0; i < tone.size(); ++i) tone[i] = 0.3f * static_cast<float>(std::sin(2 * std::numbers::pi * 440 * static_cast<double>(i) / 22050));
        sf_writef_float(f, tone.data(), static_cast<sf_count_t>(tone.size()));
        sf_close(f);
    }
    job.intro_audio = jingle.string();
    job.force = true;
    EXPECT_EQ(lameQuality(render(job, tts).output), 3);
}

// Without a target level or jingles the narration goes straight to the encoder: the same timeline and
// chapters as through the spool, the chapters' frames filled in at the end with their times, the
// length tagged, and the whole narration decoded back.
TEST_F(RenderTest, shouldSpeakStraightToTheEncoderWithTheSameTimesAndChapters) {
    std::ofstream(article) << "---\ntitle: Rain returns\nauthor: Jane Doe\n---\n\nIt rained all day.\n\n## Outlook\n\nMore rain is coming.\n\n"
                              "## Roads\n\nTwo roads are closed.\n";
    const RenderResult spooled = render(job, tts);
    job.loudness_lufs.reset();
    job.force = true;
    const RenderResult straight = render(job, tts);
    EXPECT_FALSE(straight.loudness_measured_decoded) << "measured as given to the encoder";
    EXPECT_LT(straight.loudness_lufs, -5.0);
    ASSERT_EQ(straight.timeline.utterances.size(), spooled.timeline.utterances.size());
    for (std::size_t i = 0; i < straight.timeline.utterances.size(); ++i) {
        EXPECT_EQ(straight.timeline.utterances[i].start_sample, spooled.timeline.utterances[i].start_sample) << i;
        EXPECT_EQ(straight.timeline.utterances[i].end_sample, spooled.timeline.utterances[i].end_sample) << i;
    }
    ASSERT_GE(straight.chapters.size(), 3u);  // the opening, each heading, the closing
    TagLib::MPEG::File file(straight.output.c_str());
    ASSERT_TRUE(file.isValid());
    ASSERT_NE(file.ID3v2Tag(), nullptr);
    const auto frames = file.ID3v2Tag()->frameListMap()["CHAP"];
    ASSERT_EQ(frames.size(), straight.chapters.size());
    std::size_t k = 0;
    for (const auto* frame : frames) {
        const auto* chapter = dynamic_cast<const TagLib::ID3v2::ChapterFrame*>(frame);
        ASSERT_NE(chapter, nullptr);
        EXPECT_EQ(chapter->startTime(), static_cast<unsigned>(straight.chapters[k].start_ms)) << k;
        EXPECT_EQ(straight.chapters[k].start_ms, spooled.chapters[k].start_ms) << k;
        ++k;
    }
    EXPECT_GT(straight.chapters[1].start_ms, 0);
    EXPECT_EQ(file.ID3v2Tag()->frameListMap()["TLEN"].front()->toString().toInt(), static_cast<int>(std::lround(straight.seconds * 1000)));
    SF_INFO info{};
    SNDFILE* decoded = sf_open(straight.output.c_str(), SFM_READ, &info);
    ASSERT_NE(decoded, nullptr);
    sf_close(decoded);
    EXPECT_NEAR(static_cast<double>(info.frames) / info.samplerate, straight.seconds, 0.03);
}

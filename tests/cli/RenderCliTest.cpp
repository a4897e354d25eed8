// readcast render, end to end: the MP3 is decoded by independent decoders and checked.

#include <nlohmann/json.hpp>
#include <sndfile.h>

#include <cmath>
#include <cstring>

#include "CliRunner.hpp"

namespace readcast::testing {
namespace {

class RenderCliTest : public CliTest {};

std::string ffprobeTag(const fs::path& file, const std::string& tag) {
    std::string v = shell("ffprobe -v error -show_entries format_tags=" + tag + " -of default=nw=1:nk=1 " +
                          quote(file.string()));
    while (!v.empty() && v.back() == '\n') v.pop_back();
    return v;
}

// The audio's bit rate: the bytes after the ID3v2 tag (its size is a 28-bit "synchsafe" number) over
// the decoded duration, so tags and chapters do not count in a short file.
double audioKbps(const fs::path& mp3, double seconds) {
    const std::string bytes = readFile(mp3);
    std::size_t tag = 0;
    if (bytes.size() > 10 && bytes.compare(0, 3, "ID3") == 0) {
        for (int i = 6; i < 10; ++i) tag = tag << 7 | (static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]) & 0x7f);
        tag += 10;
    }
    return static_cast<double>(bytes.size() - tag) * 8 / seconds / 1000;
}

// What the script says the audio should last: its words at the narrator's rate plus its pauses.
double expectedSeconds(const nlohmann::json& script) {
    const double wpm = script["rate_wpm"].get<int>();
    double words = 0, pauses = 0;
    for (const auto& u : script["utterances"]) {
        std::istringstream in(u["text"].get<std::string>());
        std::string w;
        while (in >> w) ++words;
        pauses += u["pause_after_ms"].get<int>() / 1000.0;
    }
    return words / wpm * 60.0 + pauses;
}

TEST_F(RenderCliTest, shouldRenderSeedToPodcastReadyMp3) {
    const RunResult r = run("render " + quote(seed()) + " -o seed.mp3");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(r.out.empty()) << "stdout carries data only";
    const fs::path mp3 = dir / "seed.mp3";
    const Decoded d = decode(mp3);
    EXPECT_EQ(d.sample_rate, 44100);
    EXPECT_EQ(d.channels, 1);

    const RunResult s = run("script --json " + quote(seed()));
    ASSERT_EQ(s.exit_code, 0) << s.err;
    const double expected = expectedSeconds(nlohmann::json::parse(s.out));
    EXPECT_NEAR(d.seconds, expected, expected * 0.25) << "decoded " << d.seconds << " s, script predicts " << expected;

    EXPECT_EQ(ffprobeTag(mp3, "title"), "North Korea and Russia\u2019s dangerous new alliance");
    EXPECT_EQ(ffprobeTag(mp3, "date"), "2025-04-29");
    EXPECT_EQ(ffprobeTag(mp3, "comment"), "Read by AI (eSpeak NG)") << "no local path in a published file";
    EXPECT_FALSE(ffprobeTag(mp3, "artist").empty());
    EXPECT_EQ(ffprobeTag(mp3, "language"), "eng");

    // 96 kbps CBR: the file size follows from the duration.
    const double kbps = static_cast<double>(fs::file_size(mp3)) * 8 / d.seconds / 1000;
    EXPECT_NEAR(kbps, 96, 3);
    // A Xing/LAME "Info" frame right after the ID3 tag, so players know the duration.
    EXPECT_NE(readFile(mp3).substr(0, 64 * 1024).find("Info"), std::string::npos);
}

TEST_F(RenderCliTest, shouldTagPublisherMetadataGivenOnTheCommandLine) {
    ASSERT_EQ(run("render " + quote(shortReport()) + " -o short.mp3 -q --site 'Harbour Weekly' --author 'Town Desk'")
                  .exit_code,
              0);
    EXPECT_EQ(ffprobeTag(dir / "short.mp3", "artist"), "Town Desk");
    EXPECT_EQ(ffprobeTag(dir / "short.mp3", "album"), "Harbour Weekly");
}

TEST_F(RenderCliTest, shouldPassMp3ValidationWithoutErrors) {
    ASSERT_EQ(run("render " + quote(shortReport()) + " -o seed.mp3 -q").exit_code, 0);
    const std::string report = shell("mp3val " + quote((dir / "seed.mp3").string()) + " 2>&1");
    ASSERT_NE(report.find("MPEG frames"), std::string::npos) << "mp3val did not analyse the file: " << report;
    EXPECT_EQ(report.find("WARNING"), std::string::npos) << report;
    EXPECT_EQ(report.find("ERROR"), std::string::npos) << report;
}

TEST_F(RenderCliTest, shouldMatchWavDurationWhenEncodingMp3) {
    ASSERT_EQ(run("render " + quote(shortReport()) + " -o seed.mp3 -q").exit_code, 0);
    ASSERT_EQ(run("render " + quote(shortReport()) + " -o seed.wav -q").exit_code, 0);
    const Decoded mp3 = decode(dir / "seed.mp3");
    const Decoded wav = decode(dir / "seed.wav");
    EXPECT_EQ(wav.sample_rate, 44100);
    // The decoder strips the encoder's delay and padding from the info frame: within one MP3 frame.
    EXPECT_NEAR(mp3.seconds, wav.seconds, 1152.0 / 44100);
}

TEST_F(RenderCliTest, shouldStreamStdinToStdoutAsMp3BytesOnly) {
    const RunResult r = run("render - -o - -q", shortReport());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_GT(r.out.size(), 10000u);
    EXPECT_EQ(r.out.substr(0, 3), "ID3");
    writeFile(dir / "piped.mp3", r.out);
    const Decoded d = decode(dir / "piped.mp3");
    EXPECT_EQ(d.sample_rate, 44100);
    EXPECT_GT(d.seconds, 30);
}

TEST_F(RenderCliTest, shouldDefaultOutputToArticleNameWithMp3) {
    fs::copy_file(shortReport(), dir / "story.md");
    ASSERT_EQ(run("render story.md -q").exit_code, 0);
    EXPECT_EQ(files(), (std::vector<std::string>{"story.md", "story.mp3"}));
}

TEST_F(RenderCliTest, shouldRefuseToOverwriteWithoutForce) {
    writeFile(dir / "out.mp3", "keep me");
    const RunResult r = run("render " + quote(shortReport()) + " -o out.mp3");
    EXPECT_EQ(r.exit_code, 4);
    EXPECT_NE(r.err.find("out.mp3"), std::string::npos);
    EXPECT_NE(r.err.find("--force"), std::string::npos);
    EXPECT_EQ(readFile(dir / "out.mp3"), "keep me");
    EXPECT_EQ(run("render " + quote(shortReport()) + " -o out.mp3 --force -q").exit_code, 0);
    EXPECT_GT(fs::file_size(dir / "out.mp3"), 300000u);
    EXPECT_EQ(files(), (std::vector<std::string>{"out.mp3"}));
}

TEST_F(RenderCliTest, shouldHonourBitrateSampleRateAndVbr) {
    ASSERT_EQ(run("render " + quote(shortReport()) + " -o a.mp3 -q --bitrate 64 --sample-rate 22050").exit_code, 0);
    const Decoded a = decode(dir / "a.mp3");
    EXPECT_EQ(a.sample_rate, 22050);
    EXPECT_NEAR(audioKbps(dir / "a.mp3", a.seconds), 64, 1);

    ASSERT_EQ(run("render " + quote(shortReport()) + " -o b.mp3 -q --vbr-quality 2 --sample-rate 48000").exit_code, 0);
    const Decoded b = decode(dir / "b.mp3");
    EXPECT_EQ(b.sample_rate, 48000);
    EXPECT_NEAR(b.seconds, a.seconds, 0.1);
}

TEST_F(RenderCliTest, shouldWriteFlacWithTags) {
    ASSERT_EQ(run("render " + quote(shortReport()) + " --format flac -o seed.flac -q").exit_code, 0);
    const Decoded d = decode(dir / "seed.flac");
    EXPECT_EQ(d.sample_rate, 44100);
    EXPECT_GT(d.seconds, 30);
    EXPECT_EQ(ffprobeTag(dir / "seed.flac", "title"), "Harbour town votes to rebuild its sea wall");
}

TEST_F(RenderCliTest, shouldReadCaptionsOnlyWhenAsked) {
    ASSERT_EQ(run("render " + quote(shortReport()) + " -o plain.wav -q").exit_code, 0);
    ASSERT_EQ(run("render " + quote(shortReport()) + " -o captions.wav -q --captions read").exit_code, 0);
    // The figure's caption, 22 words, adds at least five seconds.
    EXPECT_GT(decode(dir / "captions.wav").seconds, decode(dir / "plain.wav").seconds + 5);
}

TEST_F(RenderCliTest, shouldSpeakFasterWithHigherRate) {
    ASSERT_EQ(run("render " + quote(shortReport()) + " -o slow.wav -q --rate 120").exit_code, 0);
    ASSERT_EQ(run("render " + quote(shortReport()) + " -o fast.wav -q --rate 240").exit_code, 0);
    EXPECT_LT(decode(dir / "fast.wav").seconds, decode(dir / "slow.wav").seconds * 0.7);
}

std::vector<float> floatsOf(const std::string& bytes) {
    std::vector<float> out(bytes.size() / sizeof(float));
    std::memcpy(out.data(), bytes.data(), out.size() * sizeof(float));
    return out;
}

// Normalized correlation of a and b over [from, to), b shifted by `lag` samples.
double correlation(const std::vector<float>& a, const std::vector<float>& b, std::size_t from, std::size_t to, long lag) {
    double ab = 0, aa = 0, bb = 0;
    for (std::size_t i = from; i < to; ++i) {
        const long j = static_cast<long>(i) + lag;
        if (j < 0 || static_cast<std::size_t>(j) >= b.size() || i >= a.size()) continue;
        ab += a[i] * b[static_cast<std::size_t>(j)];
        aa += a[i] * a[i];
        bb += b[static_cast<std::size_t>(j)] * b[static_cast<std::size_t>(j)];
    }
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0.0;
}

// MP3 is coded in pieces on several threads: decoded by ffmpeg, it lines up with the WAV render sample
// for sample from the first minute to the last (the seams keep one encoder's timing), and one thread
// writes the very same bytes.
TEST_F(RenderCliTest, shouldEncodeMp3OnSeveralThreadsInLineWithTheWavAndTheSameOnOne) {
    ASSERT_EQ(run("render " + quote(seed()) + " -o two.mp3 -q --threads 2").exit_code, 0);
    ASSERT_EQ(run("render " + quote(seed()) + " -o one.mp3 -q --threads 1").exit_code, 0);
    ASSERT_EQ(run("render " + quote(seed()) + " -o seed.wav -q").exit_code, 0);
    EXPECT_EQ(readFile(dir / "one.mp3"), readFile(dir / "two.mp3"));

    // The WAV is mastered a little louder (MP3 is given LAME's usual loss): the correlation is
    // normalized, so only the timing counts.
    const std::vector<float> mp3 = floatsOf(shell("ffmpeg -v error -i " + quote((dir / "two.mp3").string()) + " -f f32le -ac 1 -"));
    SF_INFO info{};
    SNDFILE* f = sf_open((dir / "seed.wav").c_str(), SFM_READ, &info);
    ASSERT_NE(f, nullptr);
    std::vector<float> wav(static_cast<std::size_t>(info.frames));
    sf_readf_float(f, wav.data(), info.frames);
    sf_close(f);
    ASSERT_GT(wav.size(), 60u * 44100);
    EXPECT_NEAR(static_cast<double>(mp3.size()), static_cast<double>(wav.size()), 1152);
    const std::size_t minute = 60 * 44100;
    for (std::size_t from = 0; from + minute / 2 < wav.size(); from += minute) {
        const std::size_t to = std::min(wav.size(), from + minute);
        const double aligned = correlation(wav, mp3, from, to, 0);
        EXPECT_GT(aligned, 0.97) << "minute " << from / minute;
        // A shift of a few samples either way already fits worse: the alignment is to the sample.
        EXPECT_GT(aligned, correlation(wav, mp3, from, to, 3)) << "minute " << from / minute;
        EXPECT_GT(aligned, correlation(wav, mp3, from, to, -3)) << "minute " << from / minute;
    }
}

}  // namespace
}  // namespace readcast::testing

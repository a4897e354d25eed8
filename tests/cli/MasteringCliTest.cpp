// Loudness and jingles, end to end: every file readcast writes is decoded by ffmpeg and measured with its
// own EBU R128 meter (ebur128=peak=true), not with anything of readcast's.

#include <regex>

#include "CliRunner.hpp"

namespace readcast::testing {
namespace {

class MasteringCliTest : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        article = dir / "short.txt";
        writeFile(article, "Harbour reopens after storm\n\nThe harbour reopened on Tuesday after a storm closed it for "
                           "three days. Fishing boats returned to their moorings by noon, and the ferry to the island "
                           "resumed its timetable in the afternoon. Officials said repairs to the sea wall would cost "
                           "about two million pounds and take most of the winter.\n");
    }
    void expectPodcastLoudness(const fs::path& file, double target = -19.0) const {
        const Measured m = ffmpegLoudness(file);
        ASSERT_TRUE(m.ok) << file;
        EXPECT_NEAR(m.lufs, target, 0.5) << file;
        EXPECT_LE(m.true_peak, -1.0) << file;
    }
    fs::path article;
};

TEST_F(MasteringCliTest, shouldMeetPodcastLoudnessAtEveryMp3Bitrate) {
    for (int kbps : {8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320}) {
        const std::string out = "b" + std::to_string(kbps) + ".mp3";
        const RunResult r = run("render " + quote(article.string()) + " -o " + out + " --bitrate " + std::to_string(kbps));
        ASSERT_EQ(r.exit_code, 0) << r.err;
        expectPodcastLoudness(dir / out);
    }
}

TEST_F(MasteringCliTest, shouldMeetPodcastLoudnessAtEverySampleRateAndWithVbr) {
    for (int hz : {8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000}) {
        const std::string out = "r" + std::to_string(hz) + ".mp3";
        const RunResult r = run("render " + quote(article.string()) + " -o " + out + " --sample-rate " + std::to_string(hz));
        ASSERT_EQ(r.exit_code, 0) << r.err;
        expectPodcastLoudness(dir / out);
    }
    ASSERT_EQ(run("render " + quote(article.string()) + " -o vbr.mp3 --vbr-quality 2").exit_code, 0);
    expectPodcastLoudness(dir / "vbr.mp3");
}

TEST_F(MasteringCliTest, shouldMeetPodcastLoudnessInEveryFormat) {
    for (const char* out : {"a.wav", "a.flac", "a.ogg", "a.opus"}) {
        const RunResult r = run("render " + quote(article.string()) + " -o " + out);
        ASSERT_EQ(r.exit_code, 0) << r.err;
        expectPodcastLoudness(dir / out);
    }
}

TEST_F(MasteringCliTest, shouldReachAnotherTargetOrLeaveTheLevelAlone) {
    ASSERT_EQ(run("render " + quote(article.string()) + " -o loud.mp3 --loudness -16").exit_code, 0);
    expectPodcastLoudness(dir / "loud.mp3", -16.0);
    const RunResult off = run("render " + quote(article.string()) + " -o off.wav --loudness off");
    ASSERT_EQ(off.exit_code, 0) << off.err;
    const Measured m = ffmpegLoudness(dir / "off.wav");
    ASSERT_TRUE(m.ok);
    EXPECT_LT(m.lufs, -20.0) << "eSpeak NG speaks at about -21 LUFS, quieter than a podcast";
    const RunResult bad = run("render " + quote(article.string()) + " -o bad.mp3 --loudness -45");
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("--loudness: '-45' is not off or a loudness from -40 to -10 LUFS"), std::string::npos) << bad.err;
}

TEST_F(MasteringCliTest, shouldPrintTheLoudnessReachedInTheSummary) {
    const RunResult r = run("render " + quote(article.string()) + " -o s.mp3");
    ASSERT_EQ(r.exit_code, 0);
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r.err, m, std::regex(R"((-[0-9.]+) LUFS, true peak (-[0-9.]+) dBTP)"))) << r.err;
    const Measured f = ffmpegLoudness(dir / "s.mp3");
    EXPECT_NEAR(std::stod(m[1]), f.lufs, 0.3) << "the summary reports what a decoder measures";
    EXPECT_NEAR(std::stod(m[2]), f.true_peak, 0.3);
}

// The decoded check reads the whole MP3 at 22.05 kHz, where LAME's frames lean on the bit reservoir
// most: a decoder started mid-file printed "part2_3_length too large" among the summary's lines.
TEST_F(MasteringCliTest, shouldCheckAnMp3AtHalfTheRateWithoutTheDecodersComplaints) {
    // (The sample article: long enough to be measured on two threads, and one whose frames at this rate do.)
    const std::string sample = std::string(READCAST_SOURCE_DIR) + "/samples/north-korea-russia-alliance.txt";
    const RunResult r = run("render " + quote(sample) + " -o half.mp3 -q --sample-rate 22050");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    expectPodcastLoudness(dir / "half.mp3", -19.0);
}

TEST_F(MasteringCliTest, shouldPlayJinglesAroundTheNarrationAtItsLoudness) {
    // A loud stereo jingle at 48 kHz and a quiet mono one at 32 kHz, made by ffmpeg.
    ASSERT_EQ(std::system(("ffmpeg -loglevel error -f lavfi -i sine=frequency=440:duration=2:sample_rate=48000 -ac 2 "
                           "-af volume=0.9 " + quote((dir / "in.wav").string()) + " && ffmpeg -loglevel error -f lavfi "
                           "-i sine=frequency=660:duration=1.5:sample_rate=32000 -af volume=0.05 " +
                           quote((dir / "out.flac").string())).c_str()), 0);
    ASSERT_EQ(run("render " + quote(article.string()) + " -o plain.wav").exit_code, 0);
    const RunResult r = run("render " + quote(article.string()) + " -o framed.wav --intro-audio in.wav --outro-audio out.flac");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NEAR(decode(dir / "framed.wav").seconds - decode(dir / "plain.wav").seconds, 2.0 + 1.5 + 2 * 0.5, 0.05);
    expectPodcastLoudness(dir / "framed.wav");
    // The jingles were brought to the narration's loudness: the first two seconds measure near the target.
    ASSERT_EQ(std::system(("ffmpeg -loglevel error -i " + quote((dir / "framed.wav").string()) + " -t 2 " +
                           quote((dir / "head.wav").string())).c_str()), 0);
    EXPECT_NEAR(ffmpegLoudness(dir / "head.wav").lufs, -19.0, 1.0);
}

TEST_F(MasteringCliTest, shouldRefuseAJingleThatIsNotAudioBeforeSpeaking) {
    writeFile(dir / "fake.wav", "this is text, not audio");
    const RunResult r = run("render " + quote(article.string()) + " -o x.mp3 --intro-audio fake.wav");
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("cannot read fake.wav: not an audio file"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_FALSE(fs::exists(dir / "x.mp3"));
    const RunResult missing = run("render " + quote(article.string()) + " -o x.mp3 --outro-audio nowhere.wav");
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_FALSE(fs::exists(dir / "x.mp3"));
}

}  // namespace
}  // namespace readcast::testing

// Transcripts and chapters, end to end: cues are checked against the speech ffmpeg decodes from the
// MP3 (encoder delay and all), the WebVTT by a real parser (webvtt-parser, from npm), chapters by ffprobe.

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <iostream>
#include <regex>

#include "CliRunner.hpp"

namespace readcast::testing {
namespace {

using nlohmann::json;

// Where speech starts after at least 150 ms of silence, in seconds, in the audio as ffmpeg decodes it.
std::vector<double> speechOnsets(const fs::path& audio, const fs::path& scratch) {
    const fs::path raw = scratch / "decoded.raw";
    if (std::system(("ffmpeg -loglevel error -y -i " + quote(audio.string()) + " -f s16le -ac 1 -ar 44100 " +
                     quote(raw.string())).c_str()) != 0) {
        return {};
    }
    const std::string bytes = readFile(raw);
    const std::size_t frame = 441;  // 10 ms
    const std::size_t samples = bytes.size() / 2;
    std::vector<double> onsets;
    int quiet = 1000;
    for (std::size_t f = 0; f * frame + frame <= samples; ++f) {
        double energy = 0;
        for (std::size_t i = 0; i < frame; ++i) {
            std::int16_t v;
            std::memcpy(&v, bytes.data() + 2 * (f * frame + i), 2);
            energy += static_cast<double>(v) * v;
        }
        const double dbfs = 10 * std::log10(energy / frame / (32768.0 * 32768.0) + 1e-12);
        if (dbfs > -45) {
            if (quiet >= 15) onsets.push_back(static_cast<double>(f * frame) / 44100);
            quiet = 0;
        } else {
            ++quiet;
        }
    }
    return onsets;
}

json parseVtt(const fs::path& vtt) {
    const std::string out = shell("node " + quote(std::string(READCAST_SOURCE_DIR) + "/tests/js/check-webvtt.js") + " " +
                                  quote(vtt.string()));
    return json::parse(out, nullptr, false);
}

class TranscriptCliTest : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        writeFile(dir / "story.md",
                  "---\ntitle: Harbour reopens after storm\nauthor: Jane Doe\ndate: 2025-06-02\n---\n\n"
                  "The harbour reopened on Tuesday after a storm closed it for three days. Fishing boats returned by noon.\n\n"
                  "## Repairs\n\nOfficials said repairs to the sea wall would cost about $2.5m. Work starts in March.\n\n"
                  "## The ferry\n\nThe ferry to the island resumed its timetable. Passengers cheered.\n");
    }
    void expectCuesOnSpeech(const fs::path& audio, const json& cues) {
        const std::vector<double> onsets = speechOnsets(audio, dir);
        ASSERT_FALSE(onsets.empty());
        double worst = 0;
        for (const json& cue : cues) {
            const double start = cue["start"].get<double>();
            double nearest = 1e9;
            for (double o : onsets) nearest = std::min(nearest, std::abs(o - start));
            EXPECT_LE(nearest, 0.05) << "cue at " << start << " s: " << cue["text"];
            worst = std::max(worst, nearest);
        }
        std::cout << "cue starts within " << worst * 1000 << " ms of the speech onsets ffmpeg decodes\n";
    }
};

TEST_F(TranscriptCliTest, shouldTimeEveryCueWhereItsSpeechStartsInTheDecodedMp3) {
    const RunResult r = run("render story.md -o story.mp3 --transcript vtt,srt,json --chapters");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json vtt = parseVtt(dir / "story.vtt");
    ASSERT_FALSE(vtt.is_discarded()) << readFile(dir / "story.vtt");
    EXPECT_TRUE(vtt["errors"].empty()) << vtt["errors"].dump();
    const std::string script = run("script story.md").out;
    const auto lines = std::count(script.begin(), script.end(), '\n');
    ASSERT_EQ(static_cast<long>(vtt["cues"].size()), lines) << "one cue an utterance";
    EXPECT_EQ(vtt["cues"][0]["text"], "Harbour reopens after storm.");
    EXPECT_EQ(vtt["cues"][5]["text"], "Officials said repairs to the sea wall would cost about $2.5m.") << "as written";
    expectCuesOnSpeech(dir / "story.mp3", vtt["cues"]);
    for (std::size_t i = 0; i + 1 < vtt["cues"].size(); ++i) {
        EXPECT_LE(vtt["cues"][i]["end"].get<double>(), vtt["cues"][i + 1]["start"].get<double>()) << "cues do not overlap";
    }

    // SubRip: the same cues, with commas.
    const std::string srt = readFile(dir / "story.srt");
    EXPECT_EQ(srt.rfind("1\n00:00:00,000 --> ", 0), 0u) << srt.substr(0, 80);
    EXPECT_EQ(std::count(srt.begin(), srt.end(), '\n'), 4 * lines - 1);
}

TEST_F(TranscriptCliTest, shouldMarkSentencesAndWordsByTheirBytesInTheSpokenScript) {
    ASSERT_EQ(run("render story.md -o story.mp3 --transcript json").exit_code, 0);
    const std::string script = run("script story.md").out;
    const json marks = json::parse(readFile(dir / "story.json"));
    int sentences = 0, words = 0;
    long long last = -1;
    for (const json& m : marks) {
        const std::size_t start = m["start"], end = m["end"];
        ASSERT_LE(end, script.size());
        EXPECT_EQ(script.substr(start, end - start), m["value"].get<std::string>());
        EXPECT_GE(m["time"].get<long long>(), last) << "in time order";
        last = m["time"];
        (m["type"] == "sentence" ? sentences : words)++;
    }
    EXPECT_EQ(sentences, std::count(script.begin(), script.end(), '\n'));
    EXPECT_GE(words, 50);
}

TEST_F(TranscriptCliTest, shouldCountIntroAudioInEveryTimeAndChapter) {
    ASSERT_EQ(std::system(("ffmpeg -loglevel error -f lavfi -i sine=frequency=440:duration=1.5:sample_rate=48000 " +
                           quote((dir / "in.wav").string())).c_str()), 0);
    const RunResult r = run("render story.md -o story.mp3 --intro-audio in.wav --transcript vtt --chapters");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json vtt = parseVtt(dir / "story.vtt");
    EXPECT_NEAR(vtt["cues"][0]["start"].get<double>(), 1.5 + 0.5, 0.02) << "after the jingle and its gap";
    expectCuesOnSpeech(dir / "story.mp3", vtt["cues"]);
    const json chapters = json::parse(readFile(dir / "story.chapters.json"));
    EXPECT_EQ(chapters["version"], "1.2.0");
    EXPECT_EQ(chapters["chapters"][0]["startTime"].get<double>(), 0.0) << "the opening includes the jingle";
}

TEST_F(TranscriptCliTest, shouldTagChaptersThatFfprobeListsAsTheChaptersFileDoes) {
    ASSERT_EQ(run("render story.md -o story.mp3 --chapters").exit_code, 0);
    const json file = json::parse(readFile(dir / "story.chapters.json"));
    const json probed = json::parse(shell("ffprobe -v error -show_chapters -of json " + quote((dir / "story.mp3").string())));
    const json& list = file["chapters"];
    ASSERT_EQ(list.size(), 5u) << "opening, lead, two headings, closing: " << list.dump();
    EXPECT_EQ(list[2]["title"], "Repairs");
    EXPECT_EQ(list[3]["title"], "The ferry");
    EXPECT_EQ(list[4]["title"], "This audio report was read by a synthetic voice");
    ASSERT_EQ(probed["chapters"].size(), list.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
        EXPECT_NEAR(std::stod(probed["chapters"][i]["start_time"].get<std::string>()), list[i]["startTime"].get<double>(), 0.002);
        EXPECT_EQ(probed["chapters"][i]["tags"]["title"], list[i]["title"]);
    }
    // Each heading's chapter starts where the heading is heard.
    const std::vector<double> onsets = speechOnsets(dir / "story.mp3", dir);
    double nearest = 1e9;
    for (double o : onsets) nearest = std::min(nearest, std::abs(o - list[2]["startTime"].get<double>()));
    EXPECT_LE(nearest, 0.05);
}

TEST_F(TranscriptCliTest, shouldRefuseSidecarsItCannotNameOrThatWouldReplaceTheArticle) {
    RunResult r = run("render story.md -o story.mp3 --transcript txt");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("'txt' is not one of vtt, srt, json"), std::string::npos) << r.err;
    r = run("render story.md -o - --transcript vtt");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("name it with -o FILE"), std::string::npos) << r.err;
    writeFile(dir / "notes.json", "{\"title\": \"kept\"}");
    fs::copy(dir / "story.md", dir / "notes.txt");
    r = run("render notes.json --from markdown -o notes.mp3 --transcript json --force");
    EXPECT_EQ(r.exit_code, 4);
    EXPECT_NE(r.err.find("cannot write notes.json: it is the article being read"), std::string::npos) << r.err;
    EXPECT_EQ(readFile(dir / "notes.json"), "{\"title\": \"kept\"}");
    EXPECT_FALSE(fs::exists(dir / "notes.mp3"));
    writeFile(dir / "story.vtt", "mine");
    r = run("render story.md -o story.mp3 --transcript vtt");
    EXPECT_NE(r.exit_code, 0);
    EXPECT_EQ(readFile(dir / "story.vtt"), "mine") << "nothing a user has is overwritten without --force";
    EXPECT_FALSE(fs::exists(dir / "story.mp3")) << "all files or none";
}

}  // namespace
}  // namespace readcast::testing

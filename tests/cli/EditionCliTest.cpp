// readcast edition, end to end: six articles in the order a list gives, one edition MP3 with a chapter
// per article and its headings, a transcript, a feed both npm parsers read, and a page tested in
// Debian's Chromium (tests/js/check-edition.js): the sentence marked as read is the one being heard,
// clicking and the keyboard move the audio, no console error, no network request.

#include <nlohmann/json.hpp>

#include <algorithm>

#include "CliRunner.hpp"

namespace readcast::testing {
namespace {

using nlohmann::json;

json nodeJson(const std::string& script, const std::string& args) {
    return json::parse(shell("node " + quote(std::string(READCAST_SOURCE_DIR) + "/tests/js/" + script) + " " + args + " 2>&1"), nullptr,
                       false);
}

class EditionCliTest : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        fs::create_directories(dir / "in");
        const char* const places[] = {"Seoul", "Lagos", "Lima", "Oslo", "Hanoi", "Quito"};
        std::string list;
        for (int i = 0; i < 6; ++i) {
            const std::string name = "in/" + std::string(1, static_cast<char>('a' + i)) + ".md";
            std::string text = "---\ntitle: Rain returns to " + std::string(places[i]) + "\nauthor: Reporter " + std::to_string(i + 1) +
                               "\ndate: 2025-06-0" + std::to_string(i + 1) + "\n---\n\nHeavy rain fell on " + places[i] +
                               " on Monday, forecasters said. Schools stayed open. Buses ran late.\n\n";
            if (i == 1) text += "## What comes next\n\nMore rain is due on Thursday. Rivers are high.\n";
            writeFile(dir / name, text);
            list = name + "\n" + list;  // the list names them last to first
        }
        writeFile(dir / "today.txt", list);
    }
};

TEST_F(EditionCliTest, shouldMakeTheEditionAudioPageAndFeed) {
    const RunResult r = run("edition @today.txt -o ed --title 'Morning Report' --date 2025-06-07 --base-url https://example.com/ed -j 2");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (const char* f : {"edition.mp3", "edition.vtt", "edition.chapters.json", "index.html", "feed.xml", "manifest.jsonl"}) {
        EXPECT_TRUE(fs::exists(dir / "ed" / f)) << f;
    }
    // The edition's audio: in the list's order, a chapter per article, the headings inside.
    const json probe = json::parse(shell("ffprobe -v error -show_chapters -show_format -of json " + quote((dir / "ed/edition.mp3").string())));
    std::vector<std::string> titles;
    for (const json& c : probe["chapters"]) titles.push_back(c["tags"]["title"]);
    const std::vector<std::string> expected{"Morning Report. Six stories",
                                            "Rain returns to Quito", "Rain returns to Hanoi", "Rain returns to Oslo",
                                            "Rain returns to Lima", "Rain returns to Lagos", "What comes next",
                                            "Rain returns to Seoul", "This audio report was read by a synthetic voice"};
    EXPECT_EQ(titles, expected);
    const Measured loud = ffmpegLoudness(dir / "ed/edition.mp3");
    ASSERT_TRUE(loud.ok);
    EXPECT_NEAR(loud.lufs, -19.0, 0.5);
    EXPECT_LE(loud.true_peak, -1.0);
    // Its chapters file: the same starts.
    const json chapters = json::parse(readFile(dir / "ed/edition.chapters.json"));
    ASSERT_EQ(chapters["chapters"].size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_NEAR(chapters["chapters"][i]["startTime"].get<double>(), std::stod(probe["chapters"][i]["start_time"].get<std::string>()), 0.01);
    }
    // One transcript for it all, valid for a strict parser, the closing said once.
    const json vtt = nodeJson("check-webvtt.js", quote((dir / "ed/edition.vtt").string()));
    ASSERT_TRUE(vtt.is_object());
    EXPECT_TRUE(vtt["errors"].empty()) << vtt["errors"].dump();
    int closings = 0;
    for (const json& c : vtt["cues"]) closings += c["text"] == "This audio report was read by a synthetic voice." ? 1 : 0;
    EXPECT_EQ(closings, 1);
    const std::string script = readFile(dir / "ed/edition.vtt");
    EXPECT_LT(script.find("Rain returns to Quito"), script.find("Rain returns to Seoul"));

    // The feed over the single articles.
    const json feed = nodeJson("read-feed.js", quote((dir / "ed/feed.xml").string()));
    ASSERT_TRUE(feed.is_object());
    EXPECT_EQ(feed["partytime"]["items"].size(), 6u) << feed.dump();
    EXPECT_EQ(feed["partytime"]["title"], "Morning Report");
    EXPECT_EQ(feed["rssParser"]["items"].size(), 6u);

    // The page, in a real browser.
    const fs::path shot = fs::path(READCAST_BUILD_DIR) / "edition.png";
    const json page = nodeJson("check-edition.js", quote((dir / "ed/index.html").string()) + " " + quote(shot.string()));
    ASSERT_TRUE(page.is_object()) << "check-edition.js printed no JSON";
    ASSERT_FALSE(page.contains("fatal")) << page["fatal"];
    EXPECT_TRUE(page["consoleErrors"].empty()) << page["consoleErrors"].dump();
    for (const json& url : page["requests"]) {
        EXPECT_EQ(url.get<std::string>().rfind("file://", 0), 0u) << "a network request: " << url;
    }
    ASSERT_EQ(page["articles"].size(), 6u);
    EXPECT_EQ(page["articles"][0]["title"], "Rain returns to Quito");
    for (const json& a : page["articles"]) {
        EXPECT_EQ(a["lang"], "en");
        EXPECT_GE(a["sentences"].get<int>(), 6) << a.dump();
        EXPECT_TRUE(a["ordered"].get<bool>());
    }
    // Playing: the marked sentence is the one whose cue holds the audio's time (or whose pause it is in).
    const json& playing = page["playing"];
    EXPECT_FALSE(playing["paused"].get<bool>()) << playing.dump();
    EXPECT_GT(playing["t"].get<double>(), 0.5) << "the audio plays";
    ASSERT_EQ(playing["marked"], 1) << playing.dump();
    EXPECT_LE(playing["start"].get<double>(), playing["t"].get<double>());
    EXPECT_LT(playing["t"].get<double>(), playing["nextStart"].is_null() ? 1e9 : playing["nextStart"].get<double>());
    // Clicking the fifth sentence plays from its cue, and marks it.
    const json& clicked = page["clicked"];
    const double start5 = clicked["cues"][4][0], end5 = clicked["cues"][4][1];
    EXPECT_GE(clicked["t"].get<double>(), start5) << clicked.dump();
    EXPECT_LT(clicked["t"].get<double>(), end5) << clicked.dump();
    EXPECT_EQ(clicked["index"], 4);
    // The arrow goes to the sixth; Space pauses, and plays again.
    EXPECT_EQ(page["arrowRight"]["index"], 5) << page["arrowRight"].dump();
    EXPECT_GE(page["arrowRight"]["t"].get<double>(), clicked["cues"][5][0].get<double>());
    EXPECT_TRUE(page["afterSpace"]["paused"].get<bool>());
    EXPECT_FALSE(page["afterSecondSpace"]["paused"].get<bool>());
    EXPECT_TRUE(fs::exists(shot));
    EXPECT_EQ(page["darkBackground"], "rgb(23, 24, 26)") << "dark mode";
    EXPECT_FALSE(page["phoneOverflow"].get<bool>()) << "no sideways scrolling on a phone";

    // Again: every article's render reused, the edition made again.
    const RunResult again = run("edition @today.txt -o ed --title 'Morning Report' --date 2025-06-07 -j 2 --json");
    ASSERT_EQ(again.exit_code, 0) << again.err;
    const json summary = json::parse(again.out);
    EXPECT_EQ(summary["articles"], 6);
    std::size_t reused = 0;
    for (const std::string& line : {readFile(dir / "ed/manifest.jsonl")}) {
        for (std::size_t at = line.find("already rendered (--resume)"); at != std::string::npos; at = line.find("already rendered", at + 1)) ++reused;
    }
    EXPECT_EQ(reused, 6u);
}

// The issue's own measure: an edition of 20 real pages of the shared corpus (skipped where the corpus is
// not checked out beside the project).
TEST_F(EditionCliTest, shouldMakeAnEditionOfTwentyCorpusPages) {
    const fs::path corpus = fs::path(READCAST_CORPUS_DIR) / "readability";
    if (!fs::is_directory(corpus)) GTEST_SKIP() << "no corpus at " << corpus;
    std::vector<std::string> pages;
    for (const auto& e : fs::directory_iterator(corpus)) pages.push_back((e.path() / "source.html").string());
    std::sort(pages.begin(), pages.end());
    pages.resize(20);
    std::string list;
    for (const std::string& p : pages) list += p + "\n";
    writeFile(dir / "pages.txt", list);
    // Spoken fast and encoded small: this test is about twenty real pages making one edition, its feed and
    // its page, not about the sound (the other tests check that at the default settings).
    const RunResult r = run("edition @pages.txt -o ed --title 'Corpus Edition' --date 2026-01-05 --base-url https://example.com/ed -q"
                            " --rate 400 --sample-rate 22050 --bitrate 32");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(std::system(("xmllint --noout " + quote((dir / "ed/feed.xml").string())).c_str()), 0);
    const json feed = nodeJson("read-feed.js", quote((dir / "ed/feed.xml").string()));
    ASSERT_TRUE(feed.is_object());
    EXPECT_EQ(feed["partytime"]["items"].size(), 20u);
    EXPECT_EQ(feed["rssParser"]["items"].size(), 20u);
    const Measured loud = ffmpegLoudness(dir / "ed/edition.mp3");
    EXPECT_NEAR(loud.lufs, -19.0, 0.5);
    EXPECT_LE(loud.true_peak, -1.0);
    const json page = nodeJson("check-edition.js", quote((dir / "ed/index.html").string()) + " " +
                                                       quote((fs::path(READCAST_BUILD_DIR) / "edition-corpus.png").string()));
    ASSERT_TRUE(page.is_object());
    ASSERT_FALSE(page.contains("fatal")) << page["fatal"];
    EXPECT_TRUE(page["consoleErrors"].empty()) << page["consoleErrors"].dump();
    ASSERT_EQ(page["articles"].size(), 20u);
    for (const json& a : page["articles"]) {
        EXPECT_GE(a["sentences"].get<int>(), 2) << a.dump();
        EXPECT_TRUE(a["ordered"].get<bool>()) << a.dump();
    }
    const json& playing = page["playing"];
    ASSERT_EQ(playing["marked"], 1) << playing.dump();
    EXPECT_LE(playing["start"].get<double>(), playing["t"].get<double>());
    EXPECT_LT(playing["t"].get<double>(), playing["nextStart"].get<double>());
    EXPECT_EQ(page["clicked"]["index"], 4);
}

TEST_F(EditionCliTest, shouldEscapeWhatArticlesHoldAndStillRender) {
    writeFile(dir / "in/a.md", "---\ntitle: Budget <script>alert(1)</script> & \"cuts\" ]]> مرحبا\nlang: en\n---\n\n"
                               "The council <b>published</b> its budget. It was late.\n");
    const RunResult r = run("edition in/a.md -o ed --title 'News & <Views>' --date 2025-06-07 -j 1");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string html = readFile(dir / "ed/index.html");
    EXPECT_EQ(html.find("<script>alert"), std::string::npos);
    EXPECT_NE(html.find("Budget &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;cuts&quot; ]]&gt; مرحبا"), std::string::npos);
    EXPECT_NE(html.find("<h1>News &amp; &lt;Views&gt;</h1>"), std::string::npos);
    EXPECT_FALSE(fs::exists(dir / "ed/feed.xml")) << "no base URL, no feed";
}

TEST_F(EditionCliTest, shouldNameWhatItLeftOutAndNeverReadItsOwnFiles) {
    RunResult r = run("edition in/a.md in/missing.md -o ed --title T -q");
    EXPECT_EQ(r.exit_code, 7) << r.err;
    EXPECT_TRUE(fs::exists(dir / "ed/edition.mp3"));
    r = run("edition ed -o ed --title T");
    EXPECT_EQ(r.exit_code, 3) << r.err;
    EXPECT_NE(r.err.find("ed: it is the output folder"), std::string::npos) << r.err;
    fs::create_directories(dir / "page");
    writeFile(dir / "page/index.html", readFile(dir / "in/a.md"));
    r = run("edition page/index.html -o page --title T");
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_EQ(readFile(dir / "page/index.html"), readFile(dir / "in/a.md")) << "the user's file is untouched";
    // Options that can only fail are checked before anything is rendered.
    r = run("edition in/a.md -o fresh --title T --base-url javascript:x");
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_FALSE(fs::exists(dir / "fresh/manifest.jsonl"));
    EXPECT_FALSE(fs::exists(dir / "fresh/edition.mp3"));
}

TEST_F(EditionCliTest, shouldRefuseAnEditionWithoutArticles) {
    fs::create_directories(dir / "empty");
    const RunResult r = run("edition empty -o ed --title T");
    EXPECT_EQ(r.exit_code, 3) << r.err;
    EXPECT_NE(r.err.find("no articles"), std::string::npos) << r.err;
    const RunResult d = run("edition in -o ed --title T --date yesterday");
    EXPECT_EQ(d.exit_code, 2) << d.err;
    EXPECT_NE(d.err.find("--date yesterday: not a date"), std::string::npos) << d.err;
    EXPECT_EQ(run("edition in -o ed --title T --date 'June 2, 2025'").exit_code, 2);
}

}  // namespace
}  // namespace readcast::testing

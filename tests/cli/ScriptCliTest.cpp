// readcast script, voices, --help and --version: what a user sees before any audio is made.

#include <nlohmann/json.hpp>

#include "CliRunner.hpp"

namespace readcast::testing {
namespace {

class ScriptCliTest : public CliTest {};

TEST_F(ScriptCliTest, shouldPrintSeedScriptMatchingGoldenFile) {
    const RunResult r = run("script " + quote(seed()));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, readFile(std::string(READCAST_TEST_DATA) + "/seed.script.txt"));
    EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST_F(ScriptCliTest, shouldDescribeSeedScriptAsJsonMatchingGoldenFile) {
    const RunResult r = run("script --json " + quote(seed()));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, readFile(std::string(READCAST_TEST_DATA) + "/seed.script.json"));
}

TEST_F(ScriptCliTest, shouldReadAPastedPageWithoutItsFurnitureMatchingGoldenFile) {
    // A whole page pasted as text: menu, share and ad labels, a read-more link, a copyright line.
    const RunResult r = run("script " + quote(std::string(READCAST_TEST_DATA) + "/pasted-page.txt"));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, readFile(std::string(READCAST_TEST_DATA) + "/pasted-page.script.txt"));
}

TEST_F(ScriptCliTest, shouldLeaveOutEverythingThatIsNotTheArticle) {
    const std::string out = run("script " + quote(seed())).out;
    for (const char* unwanted : {"Published:", "Audio report", "read by AI", "![", "https://", ".jpg", "SPRAVDI",
                                 "YONHAP", "An image released", "A wounded soldier", "To write comments",
                                 "Standards Board Policy", "250", "with the Korea JoongAng Daily", "Translated from"}) {
        EXPECT_EQ(out.find(unwanted), std::string::npos) << "script says: " << unwanted;
    }
    EXPECT_EQ(out.rfind("North Korea and Russia\u2019s dangerous new alliance.\n", 0), 0u) << "headline first";
}

TEST_F(ScriptCliTest, shouldReadEachParagraphOnce) {
    const std::string out = run("script " + quote(seed())).out;
    for (const char* sentence : {"North Korea has officially acknowledged for the first time",
                                 "In matters of national security, there is no divide",
                                 "Candidates running in the early presidential election"}) {
        const std::size_t first = out.find(sentence);
        ASSERT_NE(first, std::string::npos) << sentence;
        EXPECT_EQ(out.find(sentence, first + 1), std::string::npos) << "read twice: " << sentence;
    }
}

TEST_F(ScriptCliTest, shouldReadEachCaptionOnceWhenAsked) {
    const std::string out = run("script --captions read " + quote(seed())).out;
    const std::string caption = "A wounded soldier, suspected to be North Korean";
    const std::size_t first = out.find(caption);
    ASSERT_NE(first, std::string::npos);
    EXPECT_EQ(out.find(caption, first + 1), std::string::npos);
    EXPECT_EQ(out.find("YONHAP"), std::string::npos) << "credits are never read";
}

TEST_F(ScriptCliTest, shouldDescribeUtterancesAsJson) {
    const RunResult r = run("script --json " + quote(seed()));
    ASSERT_EQ(r.exit_code, 0);
    const auto doc = nlohmann::json::parse(r.out);
    const auto& u = doc["utterances"];
    ASSERT_GT(u.size(), 10u);
    EXPECT_EQ(u[0]["role"], "title");
    EXPECT_EQ(u[1]["role"], "intro");
    // Longer pauses after the headline and paragraphs than between sentences.
    EXPECT_GT(u[0]["pause_after_ms"].get<int>(), u[2]["pause_after_ms"].get<int>());
    int paragraphPause = 0;
    for (std::size_t i = 2; i + 1 < u.size(); ++i) {
        if (u[i]["block"] != u[i + 1]["block"]) paragraphPause = u[i]["pause_after_ms"].get<int>();
    }
    EXPECT_GT(paragraphPause, u[2]["pause_after_ms"].get<int>());
}

TEST_F(ScriptCliTest, shouldReadMarkdownWithItsHeadingsAndWithoutCode) {
    writeFile(dir / "story.md",
              "---\ntitle: Rain returns to Seoul\nauthor: Jane Doe\ndate: 2025-06-02\n---\n\n"
              "The monsoon arrived early this year, forecasters said on Monday.\n\n"
              "![Umbrellas on a street [YONHAP]](http://example.com/u.jpg)\n\n"
              "Umbrellas on a street [YONHAP]\n\n"
              "## What comes next\n\n"
              "> Expect more rain, the agency warned.\n\n"
              "- Schools may close.\n- Flights may be delayed.\n\n"
              "```\nnot narrated();\n```\n");
    const RunResult r = run("script story.md");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out,
              "Rain returns to Seoul.\n"
              "By Jane Doe. Published June second, twenty twenty-five.\n"
              "The monsoon arrived early this year, forecasters said on Monday.\n"
              "What comes next.\n"
              "Expect more rain, the agency warned.\n"
              "Schools may close.\n"
              "Flights may be delayed.\n");
}

TEST_F(ScriptCliTest, shouldLeaveOutIntroWhenAsked) {
    const std::string out = run("script --no-intro " + quote(seed())).out;
    EXPECT_EQ(out.find("Published"), std::string::npos);
}

TEST_F(ScriptCliTest, shouldListProfilesAndEspeakVoices) {
    const RunResult r = run("voices");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("newsreader"), std::string::npos);
    EXPECT_NE(r.out.find("[default]"), std::string::npos);
    EXPECT_NE(r.out.find("en-us"), std::string::npos);
}

TEST_F(ScriptCliTest, shouldShowDefaultsInHelp) {
    const RunResult r = run("render --help");
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.out.find("--bitrate"), std::string::npos);
    EXPECT_NE(r.out.find("96"), std::string::npos);
    EXPECT_NE(r.out.find("44100"), std::string::npos);
    const RunResult v = run("--version");
    EXPECT_EQ(v.exit_code, 0);
    EXPECT_EQ(v.out.rfind("readcast ", 0), 0u) << v.out;
}

}  // namespace
}  // namespace readcast::testing

namespace readcast::testing {
namespace {

TEST_F(ScriptCliTest, shouldWarnWhenTheVoiceSpeaksAnotherLanguage) {
    const RunResult r = run("script --voice fr-news " + quote(seed()));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("the article is in English but voice fr-news speaks French"), std::string::npos) << r.err;
    const RunResult same = run("script --voice anchor " + quote(seed()));
    EXPECT_TRUE(same.err.empty()) << same.err;
}

TEST_F(ScriptCliTest, shouldRenderWithTheBritishProfileAndRefuseAVoiceThatCannotRender) {
    const RunResult r = run("render " + quote(seed()) + " --voice anchor -o anchor.wav -q");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_GT(decode(dir / "anchor.wav").seconds, 60);
    for (const char* command : {"script", "render -o x.mp3"}) {
        const RunResult bad = run(std::string(command) + " " + quote(seed()) + " --voice en-gb+nosuchvariant");
        EXPECT_EQ(bad.exit_code, 5) << command;
        EXPECT_NE(bad.err.find("unknown voice 'en-gb+nosuchvariant'"), std::string::npos) << bad.err;
    }
}

}  // namespace
}  // namespace readcast::testing

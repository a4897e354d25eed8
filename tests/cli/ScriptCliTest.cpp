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
              "Flights may be delayed.\n"
              "This audio report was read by a synthetic voice.\n");
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
    const RunResult r = run("render " + quote(shortReport()) + " --voice anchor -o anchor.wav -q");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_GT(decode(dir / "anchor.wav").seconds, 30);
    for (const char* command : {"script", "render -o x.mp3"}) {
        const RunResult bad = run(std::string(command) + " " + quote(seed()) + " --voice en-gb+nosuchvariant");
        EXPECT_EQ(bad.exit_code, 5) << command;
        EXPECT_NE(bad.err.find("unknown voice 'en-gb+nosuchvariant'"), std::string::npos) << bad.err;
    }
}

}  // namespace
}  // namespace readcast::testing

namespace readcast::testing {
namespace {

class FramingCliTest : public CliTest {
protected:
    // A copy of the shipped voices folder, to change one file of it.
    fs::path voices() const {
        const fs::path v = dir / "voices";
        fs::copy(std::string(READCAST_SOURCE_DIR) + "/voices", v, fs::copy_options::recursive);
        return v;
    }
};

TEST_F(FramingCliTest, shouldTellListenersTheVoiceIsSyntheticUnlessAskedNotTo) {
    const std::string with = run("script " + quote(seed())).out;
    EXPECT_EQ(with.substr(with.rfind('\n', with.size() - 2) + 1), "This audio report was read by a synthetic voice.\n");
    const RunResult without = run("script --no-outro --no-intro " + quote(seed()));
    ASSERT_EQ(without.exit_code, 0) << without.err;
    EXPECT_EQ(without.out.find("synthetic voice"), std::string::npos);
    EXPECT_EQ(without.out.find("Published"), std::string::npos);
}

TEST_F(FramingCliTest, shouldSayTheFramingInTheArticlesLanguage) {
    writeFile(dir / "fr.md", "---\ntitle: La pluie revient\nauthor: Jeanne Dupont, Paul Martin et Luc Petit\ndate: 2025-06-02\nlang: fr\n---\n\n"
                             "La mousson est arrivée tôt cette année, ont indiqué les prévisionnistes lundi.\n");
    const RunResult r = run("script fr.md");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("Par Jeanne Dupont, Paul Martin et Luc Petit. Publié le 2 juin 2025.\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Ce reportage audio a été lu par une voix de synthèse.\n"), std::string::npos) << r.out;
}

// --language: the publisher's word over the detector's, in the rules, the framing and the voice; a tag that is none is refused.
TEST_F(FramingCliTest, shouldReadAnArticleInTheLanguageItIsGiven) {
    writeFile(dir / "es.md", "# River gole\u00f3 a Belgrano\n\nRiver Plate venci\u00f3 4-1 a Belgrano y Boca Juniors empat\u00f3 2-2 con Racing.\n");
    const RunResult es = run("script --language es-AR es.md");
    ASSERT_EQ(es.exit_code, 0) << es.err;
    EXPECT_NE(es.out.find("4 a 1 a Belgrano"), std::string::npos) << es.out;
    EXPECT_NE(es.out.find("Este informe de audio fue le\u00eddo por una voz sint\u00e9tica."), std::string::npos) << es.out;
    const RunResult en = run("script --language en es.md");
    ASSERT_EQ(en.exit_code, 0) << en.err;
    EXPECT_NE(en.out.find("This audio report was read by a synthetic voice."), std::string::npos) << en.out;
    const RunResult bad = run("script --language 'x y' es.md");
    EXPECT_NE(bad.exit_code, 0);
    EXPECT_NE(bad.err.find("--language"), std::string::npos) << bad.err;
    EXPECT_TRUE(bad.out.empty()) << bad.out;
}

TEST_F(FramingCliTest, shouldLetAProfileReplaceTheFramingAndWarnForALanguageWithout) {
    const fs::path v = voices();
    std::ofstream(v / "newsreader.toml", std::ios::app)
        << "\n[framing]\nintro = \"Filed by {author}. For {site}, {date}.\"\noutro = \"You heard {site}, read by an AI voice.\"\n";
    const RunResult r = run("script --voices-dir voices --site 'Daily Harbour' " + quote(seed()));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("\nFor Daily Harbour, April twenty-ninth, twenty twenty-five.\n"), std::string::npos)
        << "the seed names no author: that sentence is left out\n" << r.out;
    EXPECT_NE(r.out.find("You heard Daily Harbour, read by an AI voice.\n"), std::string::npos) << r.out;

    writeFile(dir / "mt.md", "---\ntitle: Xita\nlang: mt\n---\n\nXita qawwija niżlet il-lejl li għadda fuq Malta u Għawdex.\n");
    const RunResult mt = run("script --voices-dir voices mt.md");
    ASSERT_EQ(mt.exit_code, 0) << mt.err;
    EXPECT_NE(mt.err.find("no spoken framing for Maltese"), std::string::npos) << mt.err;
    EXPECT_NE(mt.out.find("This audio report was read by a synthetic voice."), std::string::npos) << "still disclosed";

    std::ofstream(v / "anchor.toml", std::ios::app) << "\n[framing]\nclosing = \"x\"\n";
    const RunResult bad = run("script --voices-dir voices --voice anchor " + quote(seed()));
    EXPECT_EQ(bad.exit_code, 5);
    EXPECT_NE(bad.err.find("anchor.toml: [framing] has 'closing'; only intro and outro"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace readcast::testing

namespace readcast::testing {
namespace {

class UnreadableScriptCliTest : public CliTest {};

// eSpeak NG cannot read Chinese characters or Japanese kanji to a listener: the user is told, by name
// of the file, before publishing; an English article draws no such warning.
TEST_F(UnreadableScriptCliTest, shouldWarnWhenTheVoiceCannotReadTheArticlesCharacters) {
    writeFile(dir / "zh.html", "<html lang='zh'><head><title>\xE6\x96\xB0\xE9\x97\xBB</title></head><body><article><p>"
                               "\xE8\xBF\x99\xE8\xAE\xA9\xE4\xBA\xBA\xE6\x84\x9F\xE5\x88\xB0\xE5\xBE\x88\xE6\x83\x8A\xE8\xAE\xB6\xE3\x80\x82"
                               "\xE8\xBF\x99\xE8\xAE\xA9\xE4\xBA\xBA\xE6\x84\x9F\xE5\x88\xB0\xE5\xBE\x88\xE6\x83\x8A\xE8\xAE\xB6\xE3\x80\x82"
                               "</p></article></body></html>");
    const RunResult zh = run("script zh.html");
    EXPECT_EQ(zh.exit_code, 0) << zh.err;
    EXPECT_NE(zh.err.find("zh.html: eSpeak NG's Chinese voices read characters as romanised syllables"), std::string::npos) << zh.err;
    const RunResult en = run("script " + quote(shortReport()));
    EXPECT_EQ(en.err.find("voices read characters"), std::string::npos) << en.err;
}

// Where the voice cannot read the article at all (Japanese kanji in every sentence; Hebrew, whose consonants alone eSpeak NG
// sounds out), render makes no file a publisher might ship unheard: a one-line error naming the file and the reason, and no
// output. script still shows what would be said, with the same reason.
TEST_F(UnreadableScriptCliTest, shouldRefuseToRenderWhatTheVoiceCannotRead) {
    const std::string kanji = "\xE6\x94\xBF\xE5\xBA\x9C\xE3\x81\xAF\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xA7\xE4\xBC\x9A\xE8\xAD\xB0\xE3\x82\x92"
                              "\xE9\x96\x8B\xE3\x81\x84\xE3\x81\x9F\xE3\x80\x82";  // 政府は東京で会議を開いた。
    std::string body;
    for (int k = 0; k < 6; ++k) body += kanji;
    writeFile(dir / "ja.html", "<html lang='ja'><head><title>\xE4\xBC\x9A\xE8\xAD\xB0</title></head><body><article><p>" + body + "</p><p>" + body +
                                   "</p></article></body></html>");
    const RunResult ja = run("render ja.html -o ja.mp3");
    EXPECT_EQ(ja.exit_code, 5) << ja.err;
    EXPECT_NE(ja.err.find("ja.html: eSpeak NG's Japanese voice reads kana only"), std::string::npos) << ja.err;
    EXPECT_NE(ja.err.find("no audio made"), std::string::npos) << ja.err;
    EXPECT_FALSE(fs::exists(dir / "ja.mp3"));
    const RunResult shown = run("script ja.html");
    EXPECT_EQ(shown.exit_code, 0) << shown.err;
    EXPECT_NE(shown.err.find("render makes no audio of it"), std::string::npos) << shown.err;
    const std::string hebrew = "\xD7\x91\xD7\xA0\xD7\xA7 \xD7\x99\xD7\xA9\xD7\xA8\xD7\x90\xD7\x9C \xD7\x94\xD7\x95\xD7\x93\xD7\x99\xD7\xA2 "
                               "\xD7\x94\xD7\x99\xD7\x95\xD7\x9D. ";  // בנק ישראל הודיע היום.
    std::string words;
    for (int k = 0; k < 12; ++k) words += hebrew;
    writeFile(dir / "he.html", "<html lang='he' dir='rtl'><head><title>\xD7\x91\xD7\xA0\xD7\xA7</title></head><body><article><p>" + words +
                                   "</p><p>" + words + "</p></article></body></html>");
    const RunResult he = run("render he.html -o he.mp3");
    EXPECT_EQ(he.exit_code, 5) << he.err;
    EXPECT_NE(he.err.find("he.html: eSpeak NG's Hebrew voice cannot read Hebrew words"), std::string::npos) << he.err;
    EXPECT_FALSE(fs::exists(dir / "he.mp3"));
}


// The program loads no audio library of its own: extract, script --bare and --help start without them,
// and the commands that need them find the audio module beside the program.
TEST_F(ScriptCliTest, shouldStartWithoutTheAudioLibrariesAndLoadThemOnlyForAudio) {
    const std::string needed = shell("readelf -d " + quote(READCAST_BIN) + " 2>&1");
    ASSERT_NE(needed.find("NEEDED"), std::string::npos) << needed;
    for (const char* library : {"libmp3lame", "libsndfile", "libtag", "libespeak", "libsoxr", "libebur128", "libnettle",
                                "libtomlplusplus"}) {
        EXPECT_EQ(needed.find(library), std::string::npos) << library << " is loaded at every start:\n" << needed;
    }
    const RunResult version = run("--version");
    EXPECT_EQ(version.exit_code, 0) << version.err;
    EXPECT_NE(version.out.find("LAME"), std::string::npos) << version.out;
    // Copied alone, without its module, the program still extracts and names what is missing for audio.
    fs::copy_file(READCAST_BIN, dir / "readcast");
    writeFile(dir / "a.txt", "Council approves flood barrier\n\nThe council approved the barrier on Tuesday.\n");
    const std::string lone = quote((dir / "readcast").string());
    EXPECT_NE(shell(lone + " extract --text " + quote((dir / "a.txt").string()) + " 2>&1").find("approved the barrier"),
              std::string::npos);
    const std::string missing = shell(lone + " render " + quote((dir / "a.txt").string()) + " -o " +
                                      quote((dir / "a.mp3").string()) + " 2>&1; echo \"exit $?\"");
    EXPECT_NE(missing.find("readcast-audio.so"), std::string::npos) << missing;
    EXPECT_EQ(missing.find("exit 0"), std::string::npos) << missing;
    EXPECT_FALSE(fs::exists(dir / "a.mp3"));
}

}  // namespace
}  // namespace readcast::testing

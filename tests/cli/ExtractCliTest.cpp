// readcast extract, and HTML pages through script and render.

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "CliRunner.hpp"

namespace readcast::testing {
namespace {

// Pages the tests write themselves.
using ExtractCliTest = CliTest;

// A real page from ../shared/corpus.
class CorpusPageCliTest : public CliTest {
protected:
    static std::string corpusPage(const std::string& name) {
        return std::string(READCAST_CORPUS_DIR) + "/readability/" + name + "/source.html";
    }
    void SetUp() override {
        CliTest::SetUp();
        if (!fs::exists(corpusPage("bbc-1"))) GTEST_SKIP() << "corpus not found";
    }
};

TEST_F(CorpusPageCliTest, shouldPrintArticleAndMetadataAsJson) {
    const RunResult r = run("extract " + quote(corpusPage("bbc-1")));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["title"], "Obama admits US gun laws are his 'biggest frustration'");
    EXPECT_EQ(doc["site"], "BBC News");
    EXPECT_EQ(doc["published"], "2015-07-24T05:36:09+01:00") << "as the page declares it, offset included";
    EXPECT_EQ(doc["language"], "en-GB") << "declared \"en\", and the text is the BBC's British English (\"legalised\")";
    EXPECT_EQ(doc["url"], "http://www.bbc.com/news/world-us-canada-33646704") << "the canonical link";
    EXPECT_FALSE(doc["lead_image"]["url"].get<std::string>().empty());
    ASSERT_GT(doc["blocks"].size(), 5u);
    EXPECT_EQ(doc["blocks"][0]["kind"], "paragraph");
    EXPECT_EQ(doc["blocks"][0]["text"].get<std::string>().rfind("President Barack Obama has admitted", 0), 0u);
}

TEST_F(CorpusPageCliTest, shouldPrintBodyAsPlainTextParagraphs) {
    const RunResult r = run("extract --text " + quote(corpusPage("bbc-1")));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("President Barack Obama has admitted", 0), 0u) << "no title or byline first";
    EXPECT_NE(r.out.find(".\n\nIn an interview with the BBC"), std::string::npos) << "one blank line between paragraphs";
    EXPECT_EQ(r.out.find("\n\n\n"), std::string::npos);
}

TEST_F(CorpusPageCliTest, shouldDetectHtmlOnStdinAndUnderOtherNames) {
    const RunResult piped = run("extract --text -", corpusPage("bbc-1"));
    ASSERT_EQ(piped.exit_code, 0) << piped.err;
    EXPECT_EQ(piped.out.rfind("President Barack Obama", 0), 0u);
    fs::copy_file(corpusPage("bbc-1"), dir / "page.txt");
    const RunResult renamed = run("extract --text page.txt");
    EXPECT_EQ(renamed.out, piped.out);
}

TEST_F(CorpusPageCliTest, shouldReadPageTitleOnceThenTheBody) {
    const RunResult r = run("script --no-intro " + quote(corpusPage("bbc-1")));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("Obama admits US gun laws are his biggest frustration.\nPresident Barack Obama has admitted", 0), 0u)
        << r.out.substr(0, 300);
}

TEST_F(ExtractCliTest, shouldExtractAPageMatchingGoldenFile) {
    // A page with JSON-LD and OpenGraph metadata, navigation, scripts, a share bar, a figure with its
    // caption and credit, a standfirst, a list, a quote, a data table and a related-stories box.
    fs::copy_file(std::string(READCAST_TEST_DATA) + "/article.html", dir / "article.html");
    const RunResult r = run("extract article.html");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, readFile(std::string(READCAST_TEST_DATA) + "/article.extract.json"));
}

// Many articles in one process: a line of JSON each, the same document a single extract prints; an
// article that cannot be read is a line with its error, the others are still printed, exit code 7.
TEST_F(ExtractCliTest, shouldExtractManyArticlesAsJsonLinesAndGoOnPastABadOne) {
    fs::copy_file(std::string(READCAST_TEST_DATA) + "/article.html", dir / "article.html");
    writeFile(dir / "empty.html", "");
    const RunResult r = run("extract --jsonl article.html empty.html " + quote(seed()));
    EXPECT_EQ(r.exit_code, 7) << r.err;
    std::vector<nlohmann::json> lines;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
    ASSERT_EQ(lines.size(), 3u) << r.out;
    EXPECT_EQ(lines[0], nlohmann::json::parse(readFile(std::string(READCAST_TEST_DATA) + "/article.extract.json")));
    EXPECT_EQ(lines[1]["source"], "empty.html");
    EXPECT_NE(lines[1]["error"].get<std::string>().find("empty"), std::string::npos) << lines[1];
    EXPECT_EQ(lines[2]["title"], "North Korea and Russia\u2019s dangerous new alliance");
    EXPECT_NE(r.err.find("empty.html"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("1 of 3 articles"), std::string::npos) << r.err;
    // Several articles without --jsonl, or --jsonl with --text, is a usage error.
    EXPECT_EQ(run("extract article.html article.html").exit_code, 2);
    EXPECT_EQ(run("extract --jsonl --text article.html").exit_code, 2);
    EXPECT_EQ(run("extract --jsonl article.html").exit_code, 0);
    EXPECT_EQ(run("extract --threads 2 article.html").exit_code, 2);
}

// Read on several threads, the lines are the same and in the order the articles were given, a bad one
// among them included.
TEST_F(ExtractCliTest, shouldPrintTheSameLinesInOrderWhateverTheThreads) {
    fs::copy_file(std::string(READCAST_TEST_DATA) + "/article.html", dir / "article.html");
    writeFile(dir / "empty.html", "");
    std::string args;
    for (int i = 0; i < 12; ++i) args += i == 5 ? " empty.html" : i % 2 ? " article.html" : " " + quote(seed());
    const RunResult one = run("extract --jsonl --threads 1" + args);
    const RunResult three = run("extract --jsonl --threads 3" + args);
    EXPECT_EQ(one.exit_code, 7);
    EXPECT_EQ(three.exit_code, 7);
    EXPECT_EQ(three.out, one.out);
    EXPECT_EQ(three.err, one.err);
    EXPECT_EQ(std::count(three.out.begin(), three.out.end(), '\n'), 12);
}

TEST_F(ExtractCliTest, shouldNarrateForeignPageWithAVoiceForItsLanguage) {
    writeFile(dir / "fr.html",
              "<html lang='fr'><head><title>La banque relève ses taux</title></head><body><article>"
              "<p>La banque centrale a relevé jeudi son taux directeur, invoquant une inflation restée au-dessus de "
              "l'objectif pendant trois ans.</p><p>Les marchés s'attendaient à cette décision, et la bourse a "
              "légèrement progressé après l'annonce.</p></article></body></html>");
    const RunResult r = run("script --json fr.html");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["voice"], "fr-news");
    EXPECT_EQ(doc["utterances"][1]["language"], "fr");
    EXPECT_EQ(run("render fr.html -o fr.mp3 -q").exit_code, 0);
    EXPECT_GT(decode(dir / "fr.mp3").seconds, 3);
}

TEST_F(CorpusPageCliTest, shouldRenderASavedPage) {
    const RunResult r = run("render " + quote(corpusPage("bbc-1")) + " -o bbc.mp3 -q");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_GT(decode(dir / "bbc.mp3").seconds, 60);
    // The comment names the article's own address, not the saved file.
    const std::string comment = shell("ffprobe -v error -show_entries format_tags=comment -of default=nw=1:nk=1 " +
                                      quote((dir / "bbc.mp3").string()));
    EXPECT_NE(comment.find("http://www.bbc.com/news/world-us-canada-33646704"), std::string::npos) << comment;
}

TEST_F(ExtractCliTest, shouldFailCleanlyOnBinaryOrEmptyPages) {
    std::string png = "\x89PNG\r\n\x1a\n";
    png += std::string(100, '\0');
    writeFile(dir / "photo.html", png);
    const RunResult binary = run("render photo.html -o out.mp3");
    EXPECT_EQ(binary.exit_code, 3);
    EXPECT_NE(binary.err.find("photo.html: this is a binary file"), std::string::npos) << binary.err;
    writeFile(dir / "menu.html", "<html><body><nav><a href='/'>Home</a><a href='/a'>About</a></nav></body></html>");
    const RunResult menu = run("render menu.html -o out.mp3");
    EXPECT_EQ(menu.exit_code, 3);
    EXPECT_NE(menu.err.find("menu.html: no article found on this page"), std::string::npos) << menu.err;
    EXPECT_EQ(files(), (std::vector<std::string>{"menu.html", "photo.html"}));
}

TEST_F(ExtractCliTest, shouldSurviveHugeAndPathologicallyNestedPages) {
    const std::string paragraph =
        "<p>The central bank raised its key rate on Thursday, citing inflation that has stayed above target, "
        "and signalled that more increases could follow later this year.</p>\n";
    // 16 MiB, about 100 000 paragraphs: anything quadratic in the page's length would take hours here, and the
    // page stays a third of the default 64 MB limit so the sanitized run (five times slower) takes a minute, not five.
    std::string big = "<html><body><article>";
    while (big.size() < 16u * 1024 * 1024) big += paragraph;
    big += "</article></body></html>";
    writeFile(dir / "big.html", big);
    const RunResult huge = run("extract --text big.html");
    EXPECT_EQ(huge.exit_code, 0) << huge.err;
    EXPECT_EQ(huge.out.rfind("The central bank raised", 0), 0u);

    std::string deep = "<html><body>";
    for (int i = 0; i < 100000; ++i) deep += "<div>";
    deep += paragraph + "</body></html>";
    writeFile(dir / "deep.html", deep);
    const RunResult nested = run("extract --text deep.html");
    EXPECT_EQ(nested.exit_code, 0) << "read, however deep: " << nested.err;
    EXPECT_EQ(nested.out.rfind("The central bank raised", 0), 0u) << nested.out;
}

}  // namespace
}  // namespace readcast::testing

namespace readcast::testing {
namespace {

class StartupCliTest : public CliTest {};

// eSpeak NG (and the twenty libraries its audio output brings: PulseAudio, ALSA, X11…) is loaded when
// something is spoken or its voices listed, not at every start: extraction, the bare normalizer and
// --help never load it; a script (which picks a voice) and a render do. The dynamic loader's own log
// (LD_DEBUG=files) names every library initialized.
TEST_F(StartupCliTest, shouldLoadESpeakNgOnlyWhenSpeechOrVoicesAreNeeded) {
    const auto loads = [&](const std::string& args) {
        const std::string log = shell("cd " + quote(dir.string()) + " && LD_DEBUG=files " + quote(READCAST_BIN) + " " + args +
                                      " 2>&1 >/dev/null </dev/null");
        EXPECT_NE(log.find("calling init"), std::string::npos) << "the loader's log is missing: " << log.substr(0, 200);
        return log.find("libespeak-ng") != std::string::npos;
    };
    EXPECT_FALSE(loads("extract " + quote(shortReport())));
    EXPECT_FALSE(loads("script --bare " + quote(shortReport())));
    EXPECT_FALSE(loads("--help"));
    EXPECT_TRUE(loads("script " + quote(shortReport())));
    EXPECT_TRUE(loads("--version"));
}

}  // namespace
}  // namespace readcast::testing

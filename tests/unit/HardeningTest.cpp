// What an attacker or a careless user gives: lexicons with a million entries or bad lines, language tags
// that are paths, private-use characters, UTF-16 files, Chinese plain text, oversized inputs.

#include <gtest/gtest.h>

#include "../TestTemp.hpp"

#include <filesystem>
#include <fstream>

#include "core/Error.hpp"
#include "core/LanguageTag.hpp"
#include "core/Text.hpp"
#include "ingest/Ingest.hpp"
#include "ingest/InputReader.hpp"
#include "render/ChapterList.hpp"
#include "text/Lexicon.hpp"
#include "text/ScriptBuilder.hpp"
#include "text/Normalizer.hpp"

namespace readcast {
namespace {

namespace fs = std::filesystem;

fs::path tempFile(const std::string& name, const std::string& bytes) {
    const fs::path path = readcast::testing::tempRoot() / ("readcast-hardening-" + name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

std::string loadError(const std::string& bytes) {
    const fs::path path = tempFile("lexicon.tsv", bytes);
    Lexicon lexicon;
    try {
        lexicon.load(path.string());
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

TEST(HardeningTest, shouldLoadAMillionLexiconEntriesAndFindThem) {
    std::string big;
    for (int i = 0; i < 1000000; ++i) big += "word" + std::to_string(i) + "\tspoken" + std::to_string(i) + "\n";
    const fs::path path = tempFile("million.tsv", big);
    Lexicon lexicon;
    lexicon.load(path.string());
    EXPECT_EQ(lexicon.size(), 1000000u);
    const Normalizer n("en", &lexicon);
    EXPECT_EQ(n.normalize("word999999 and word0 and word12"), "spoken999999 and spoken0 and spoken12");
    fs::remove(path);
}

TEST(HardeningTest, shouldLetTheLaterEntryForAWrittenFormWin) {
    Lexicon lexicon;
    lexicon.add({"Kyiv", "Kiev", true});
    lexicon.add({"Kyiv", "Keev", true});
    EXPECT_EQ(lexicon.size(), 1u);
    EXPECT_EQ(Normalizer("en", &lexicon).normalize("In Kyiv."), "In Keev.");
}

TEST(HardeningTest, shouldLetARunsLexiconWinOverTheShippedOneWhateverTheCase) {
    const fs::path voices = readcast::testing::tempRoot() / "readcast-hardening-voices";
    fs::create_directories(voices);
    std::ofstream(voices / "en.lexicon.tsv") << "Kyiv\tKeev\nZelensky\tZelensky\n";
    const fs::path run = tempFile("run.tsv", "kyiv\tKee-iv\nzelensky\tZeh-LEN-skee\n");
    const Lexicon lexicon = loadLexicons(voices.string(), "en", {run.string()});
    EXPECT_EQ(Normalizer("en", &lexicon).normalize("Kyiv and Zelensky."), "Kee-iv and Zeh-LEN-skee.");
    fs::remove_all(voices);
    fs::remove(run);
}

TEST(HardeningTest, shouldFindEntriesThatShareAFirstWord) {
    Lexicon lexicon;
    for (int i = 0; i < 20000; ++i) lexicon.add({"the word" + std::to_string(i), "entry " + std::to_string(i), true});
    lexicon.add({"the", "thee", true});
    EXPECT_EQ(Normalizer("en", &lexicon).normalize("the word19999 and the word7 and the end"),
              "entry 19999 and entry 7 and thee end") << "a lexicon's spoken form is said as it is";
}

TEST(HardeningTest, shouldCutLongHeadlinesAndHeadingsButKeepThemOneChapter) {
    Article a;
    std::string longWords;
    for (int i = 0; i < 150; ++i) longWords += "word" + std::to_string(i) + " ";
    a.title = "Headline " + longWords;
    a.blocks = {{BlockKind::Paragraph, "The story starts here. It goes on.", 0, 0},
                {BlockKind::Heading, "Heading " + longWords, 2, 0},
                {BlockKind::Paragraph, "More of the story. The end.", 0, 0}};
    const Script script = buildScript(a, ScriptOptions{});
    std::size_t titles = 0, headings = 0;
    for (const Utterance& u : script.utterances) {
        EXPECT_LE(u.text.size(), kMaxUtteranceBytes);
        titles += u.role == Role::Title ? 1 : 0;
        headings += u.role == Role::Heading ? 1 : 0;
    }
    EXPECT_GE(titles, 2u) << "cut";
    EXPECT_GE(headings, 2u) << "cut";
    Timeline timeline;
    timeline.sample_rate_hz = 1000;
    for (std::size_t i = 0; i < script.utterances.size(); ++i) {
        timeline.utterances.push_back({static_cast<std::int64_t>(i * 1000), static_cast<std::int64_t>(i * 1000 + 900), {}});
    }
    timeline.total_samples = static_cast<std::int64_t>(script.utterances.size() * 1000);
    std::size_t headingChapters = 0;
    for (const ChapterMark& c : chaptersOf(script, timeline)) headingChapters += c.title.rfind("Heading word0", 0) == 0 ? 1 : 0;
    EXPECT_EQ(headingChapters, 1u);
}

TEST(HardeningTest, shouldRefuseMalformedLexiconLines) {
    EXPECT_NE(loadError("Kyiv\tKeev\textra\n").find(":1: more than one tab"), std::string::npos);
    EXPECT_NE(loadError(std::string("Ky\0iv\tKeev\n", 11)).find(":1: a NUL byte"), std::string::npos);
    EXPECT_NE(loadError("ok\tfine\nKy\xFFiv\tKeev\n").find(":2: not UTF-8"), std::string::npos);
    EXPECT_EQ(loadError("# comment\n\nKyiv\tKeev\n"), "");
}

TEST(HardeningTest, shouldTakeOnlyLanguageTagsThatLookLikeBcp47) {
    for (const char* good : {"en", "en-GB", "zh-Hans-CN", "pt_BR", "es-419", "yue"}) EXPECT_TRUE(isLanguageTag(good)) << good;
    for (const char* bad : {"", "../../tmp/evil", "english", "e", "en-", "en--GB", "en GB", "en\" onmouseover=\"x", "1en"}) {
        EXPECT_FALSE(isLanguageTag(bad)) << bad;
    }
    const Article a = ingestArticle({"evil.md", "---\ntitle: T\nlang: ../../tmp/evil\n---\n\nThe council met on Monday. It agreed.\n"},
                                    InputFormat::Markdown);
    EXPECT_EQ(a.language, "en") << "the declared value is dropped and the text's language found";
    EXPECT_TRUE(sameLanguage("cmn", "zh-Hans"));
    EXPECT_FALSE(sameLanguage("en", "fr"));
}

TEST(HardeningTest, shouldDropPrivateUseCharactersThatCouldStandInForLexiconEntries) {
    EXPECT_EQ(withoutControls("A \xEE\x80\x80 B \xF3\xB0\x80\x80 C"), "A  B  C");
    const Article a = ingestArticle({"pua.txt", "Title\n\nThe \xEE\x80\x80 mayor spoke on Monday. She left.\n"}, InputFormat::Text);
    ASSERT_FALSE(a.blocks.empty());
    EXPECT_EQ(a.blocks.front().text.find("\xEE\x80\x80"), std::string::npos);
}

TEST(HardeningTest, shouldDecodeUtf16AndUtf32WithAByteOrderMark) {
    EXPECT_EQ(fromUnicodeWithBom(std::string("\xFF\xFEH\0i\0", 6)), "Hi");
    EXPECT_EQ(fromUnicodeWithBom(std::string("\xFE\xFF\0H\0i", 6)), "Hi");
    EXPECT_EQ(fromUnicodeWithBom(std::string("\xFF\xFE\0\0H\0\0\0", 8)), "H");
    EXPECT_EQ(fromUnicodeWithBom("plain"), "plain");
    std::string utf16("\xFF\xFE", 2);
    for (char c : std::string("Title\n\nThe council met on Monday. It agreed.\n")) utf16 += std::string{c, '\0'};
    const fs::path path = tempFile("utf16.txt", utf16);
    const Article a = ingestArticle(readInput(path.string()), InputFormat::Auto);
    EXPECT_EQ(a.title, "Title");
    fs::remove(path);
}

TEST(HardeningTest, shouldReadChineseAndJapanesePlainText) {
    EXPECT_GE(countWords("东京电力公司今天宣布，将在明年开始排放处理过的水。"), 10u);
    EXPECT_EQ(countWords("By Jane Doe"), 3u);
    const Article zh = ingestArticle({"zh.txt", "东京电力公司\n\n东京电力公司今天宣布，将在明年开始排放处理过的水。这项计划引起了邻国的关注。\n"},
                                     InputFormat::Text);
    EXPECT_EQ(zh.title, "东京电力公司");
    ASSERT_EQ(zh.blocks.size(), 1u);
    EXPECT_EQ(primaryLanguage(zh.language), "zh");
}

TEST(HardeningTest, shouldRefuseAnInputLargerThanTheCapBeforeReadingItAll) {
    const fs::path path = tempFile("big.txt", std::string(3u << 20, 'a'));
    try {
        readInput(path.string(), 2u << 20);
        FAIL() << "read a 3 MB file with a 2 MB cap";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("larger than 2 MB, the most an article may be (--max-input MB raises it)"),
                  std::string::npos)
            << e.what();
    }
    try {
        readInput("/dev/zero", 1u << 20);
        FAIL() << "read /dev/zero";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("/dev/zero: larger than 1 MB"), std::string::npos) << e.what();
    }
    fs::remove(path);
}

}  // namespace
}  // namespace readcast

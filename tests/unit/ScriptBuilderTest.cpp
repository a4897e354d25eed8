#include <gtest/gtest.h>

#include "speech/FramingTemplates.hpp"
#include "speech/NarratorProfile.hpp"
#include "text/FramingText.hpp"
#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"
#include "text/ScriptBuilder.hpp"

using namespace readcast;

namespace {

Article sample() {
    Article a;
    a.title = "Rain returns";
    a.byline = "Jane Doe";
    a.published = DateTime{.year = 2025, .month = 6, .day = 2};
    a.blocks = {{BlockKind::Paragraph, "It rained. It poured.", 0, 0},
                {BlockKind::Caption, "Umbrellas on a street.", 0, 0},
                {BlockKind::Credit, "YONHAP", 0, 0},
                {BlockKind::Heading, "Outlook", 2, 0},
                {BlockKind::Quote, "More is coming.", 0, 0}};
    return a;
}

std::vector<std::string> texts(const Script& s) {
    std::vector<std::string> out;
    for (const Utterance& u : s.utterances) out.push_back(u.text);
    return out;
}

}  // namespace

TEST(ScriptBuilderTest, shouldReadTitleIntroAndBodyButNotCaptionsOrCredits) {
    const Script s = buildScript(sample(), ScriptOptions{});
    EXPECT_EQ(texts(s), (std::vector<std::string>{"Rain returns.", "By Jane Doe. Published June 2, 2025.", "It rained.",
                                                  "It poured.", "Outlook.", "More is coming.",
                                                  "This audio report was read by a synthetic voice."}));
    EXPECT_EQ(s.utterances[0].role, Role::Title);
    EXPECT_EQ(s.utterances[1].role, Role::Intro);
    EXPECT_EQ(s.utterances[4].role, Role::Heading);
    EXPECT_EQ(s.utterances[5].role, Role::Quote);
    EXPECT_EQ(s.utterances[6].role, Role::Outro);
}

TEST(ScriptBuilderTest, shouldReadCaptionsWhenAsked) {
    ScriptOptions o;
    o.read_captions = true;
    o.intro = false;
    o.outro = false;
    const Script s = buildScript(sample(), o);
    EXPECT_EQ(texts(s), (std::vector<std::string>{"Rain returns.", "It rained.", "It poured.",
                                                  "Umbrellas on a street.", "Outlook.", "More is coming."}));
    EXPECT_EQ(s.utterances[3].role, Role::Caption);
}

TEST(ScriptBuilderTest, shouldPauseLongestAfterTitleThenParagraphsThenSentences) {
    ScriptOptions o;
    o.pauses = {1100, 800, 600, 200};
    const Script s = buildScript(sample(), o);
    EXPECT_EQ(s.utterances[0].pause_after_ms, 600) << "title, then the intro";
    EXPECT_EQ(s.utterances[1].pause_after_ms, 1100) << "the intro ends the heading part";
    EXPECT_EQ(s.utterances[2].pause_after_ms, 200) << "between sentences";
    EXPECT_EQ(s.utterances[3].pause_after_ms, 600) << "end of paragraph";
    EXPECT_EQ(s.utterances[4].pause_after_ms, 800) << "after a heading";
    EXPECT_EQ(s.utterances.back().pause_after_ms, 0) << "nothing after the last";
}

TEST(ScriptBuilderTest, shouldFillTheFramingInTheArticlesLanguage) {
    Article a = sample();
    a.language = "fr";
    ScriptOptions o;
    o.framing = {"Par {author}. Source : {agency}. Publié le {date}.", "Ce reportage audio a été lu par une voix de synthèse.", ""};
    const Script s = buildScript(a, o);
    EXPECT_EQ(s.utterances[1].text, "Par Jane Doe. Publié le 2 juin 2025.") << "no agency: that sentence is left out";
    EXPECT_EQ(s.utterances[1].language, "fr");
    EXPECT_EQ(s.utterances.back().text, "Ce reportage audio a été lu par une voix de synthèse.");
    o.framing = {"", "", ""};
    EXPECT_EQ(buildScript(a, o).utterances.size(), 5u) << "empty templates say nothing";
}

TEST(ScriptBuilderTest, shouldSayAnAgencyAsTheSourceAndLeaveOutWhatIsUnknown) {
    Article a = sample();
    a.byline = "Reuters";
    a.byline_is_agency = true;
    a.published.reset();
    EXPECT_EQ(buildScript(a, ScriptOptions{}).utterances[1].text, "From Reuters.");
    ScriptOptions o;
    o.intro = false;
    o.outro = false;
    EXPECT_EQ(buildScript(a, o).utterances.size(), 5u);
}

TEST(ScriptBuilderTest, shouldSayUpdatedWhenOnlyTheUpdateDateIsKnown) {
    Article a = sample();
    a.byline.clear();
    a.published.reset();
    a.modified = DateTime{.year = 2024, .month = 6, .day = 12, .hour = 15, .minute = 45};
    EXPECT_EQ(buildScript(a, ScriptOptions{}).utterances[1].text, "Updated June 12, 2024.");
}

TEST(ScriptBuilderTest, shouldCutOverlongSentencesAtClauseBoundaries) {
    Article a;
    std::string run;
    for (int i = 0; i < 80; ++i) run += "item number " + std::to_string(i) + ", ";
    a.blocks = {{BlockKind::Paragraph, run + "and the end", 0, 0}};
    ScriptOptions o;
    o.intro = false;
    o.outro = false;
    const Script s = buildScript(a, o);
    ASSERT_GT(s.utterances.size(), 2u);
    std::string joined;
    for (const Utterance& u : s.utterances) {
        EXPECT_LE(u.text.size(), kMaxUtteranceBytes);
        joined += u.text + " ";
    }
    EXPECT_EQ(joined, run + "and the end ") << "nothing lost or doubled at the cuts";
}

TEST(ScriptBuilderTest, shouldNeverCutAnOverlongSentenceInsideANameOrANumber) {
    Article a;
    std::string run;
    for (int i = 0; i < 60; ++i) run += "Secretary General Antonio Guterres met 1,500 delegates ";
    a.blocks = {{BlockKind::Paragraph, run + "today.", 0, 0}};
    ScriptOptions o;
    o.intro = false;
    o.outro = false;
    const Script s = buildScript(a, o);
    ASSERT_GT(s.utterances.size(), 2u);
    for (std::size_t k = 0; k + 1 < s.utterances.size(); ++k) {
        const std::string& next = s.utterances[k + 1].text;
        EXPECT_TRUE(next.rfind("met ", 0) == 0 || next.rfind("delegates ", 0) == 0) << "cut before: " << next.substr(0, 30);
    }
}

TEST(ScriptBuilderTest, shouldReadAWireDatelineAsThePlaceAloneAndDropInstrumentCodes) {
    Article a;
    a.title = "Stocks slide";
    a.blocks = {{BlockKind::Paragraph, "NEW YORK (Reuters) - The S&P 500 .SPX fell. Oil CLc1 rose.", 0, 0},
                {BlockKind::Paragraph, "BOSTON (AP) - This is no dateline, it is the second paragraph.", 0, 0}};
    ScriptOptions o;
    o.intro = false;
    o.outro = false;
    const Script s = buildScript(a, o);
    const std::vector<std::string> t = texts(s);
    ASSERT_EQ(t.size(), 5u);
    EXPECT_EQ(t[1], "New York.");
    EXPECT_EQ(t[2], "The S&P 500 fell.");
    EXPECT_EQ(t[3], "Oil rose.");
    EXPECT_EQ(t[4], "BOSTON (AP) - This is no dateline, it is the second paragraph.");
}

TEST(FramingTextTest, shouldLeaveOutSentencesWhosePlaceholderIsEmpty) {
    const std::map<std::string, std::string> v{{"author", "Jane Doe"}, {"date", ""}, {"site", "The Post"}};
    EXPECT_EQ(fillTemplate("By {author}. Published {date}. For {site}!", v), "By Jane Doe. For The Post!");
    EXPECT_EQ(fillTemplate("Published {date}.", v), "");
    EXPECT_EQ(fillTemplate("Read by {nobody}. Thanks.", v), "Thanks.") << "an unknown placeholder has no value";
    EXPECT_EQ(fillTemplate("\xE4\xBD\x9C\xE8\x80\x85\xEF\xBC\x9A{author}\xE3\x80\x82\xE5\x8F\x91\xE5\xB8\x83\xE4\xBA\x8E{date}\xE3\x80\x82", v),
              "\xE4\xBD\x9C\xE8\x80\x85\xEF\xBC\x9AJane Doe\xE3\x80\x82") << "CJK full stops end sentences too";
    EXPECT_EQ(fillTemplate("", v), "");
}

TEST(FramingTextTest, shouldWriteTheDateAsTheLanguageDoes) {
    const DateTime d{.year = 2025, .month = 4, .day = 29, .hour = 23, .minute = 30};
    EXPECT_EQ(writtenDate(d, "en"), "April 29, 2025");
    EXPECT_EQ(writtenDate(d, "de"), "29. April 2025");
    EXPECT_EQ(writtenDate(d, "es"), "29 de abril de 2025");
    EXPECT_EQ(writtenDate(d, "ko"), "2025\xEB\x85\x84 4\xEC\x9B\x94 29\xEC\x9D\xBC");
    // Russian writes "2025 г.": the word is said ("года"), and no dot is left to double the sentence's.
    EXPECT_EQ(writtenDate(d, "ru"), "29 \xD0\xB0\xD0\xBF\xD1\x80\xD0\xB5\xD0\xBB\xD1\x8F 2025 \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0");
}

// "am 8. April" is read "am acht", then a full stop: where the framing gives the day's spell-out rule,
// the day is said as the ordinal its grammar wants, and the dot goes; a date written without the dot
// ("11 mars", "18 września") is said with its rule too.
TEST(FramingTextTest, shouldSayTheDayOfADottedDateAsAnOrdinalWord) {
    const DateTime d{.year = 2015, .month = 4, .day = 22};
    EXPECT_EQ(writtenDate(d, "de", "%spellout-ordinal-n"), "zweiundzwanzigsten April 2015");
    EXPECT_EQ(writtenDate(d, "da", "%spellout-ordinal-common"), "toogtyvende april 2015");
    EXPECT_EQ(writtenDate(d, "en"), "April 22, 2015") << "no rule: as ICU writes it";
    EXPECT_EQ(writtenDate(d, "sv", "%spellout-ordinal-neuter"), "tjugoandra april 2015");
    EXPECT_EQ(writtenDate(DateTime{.year = 2025, .month = 9, .day = 18}, "pl", "polish-genitive"), "osiemnastego wrze\xC5\x9Bnia 2025");
    EXPECT_EQ(writtenDate(DateTime{.year = 2025, .month = 9, .day = 21}, "pl", "polish-genitive"), "dwudziestego pierwszego wrze\xC5\x9Bnia 2025");
    EXPECT_EQ(writtenDate(DateTime{.year = 2025, .month = 6, .day = 3}, "cs", "czech-genitive"), "t\xC5\x99" "et\xC3\xADho \xC4\x8D" "ervna 2025");
    EXPECT_EQ(writtenDate(DateTime{.year = 2025, .month = 6, .day = 30}, "sk", "slovak-genitive"), "tridsiateho j\xC3\xBAna 2025");
    EXPECT_EQ(writtenDate(d, "de", "%no-such-rule"), "22. April 2015") << "an unknown rule changes nothing";
    // The shipped framing file names the rule for German.
    std::string warning;
    const Framing de = framingFor(std::string(READCAST_SOURCE_DIR) + "/voices", "de", NarratorProfile{}, &warning);
    EXPECT_EQ(de.day_rule, "%spellout-ordinal-n");
}

// A bullet typed as a character at the start of an item is not said ("plus Added Slime Block").
TEST(ScriptBuilderTest, shouldNotSayABulletTypedAsACharacter) {
    Article a;
    a.title = "Update notes";
    a.blocks = {{BlockKind::ListItem, "+ Added a new block.", 0, 0},
                {BlockKind::Paragraph, "\u2022 Villager trading has been rebalanced.", 0, 0},
                {BlockKind::Paragraph, "+5 points for the home side.", 0, 0}};
    ScriptOptions o;
    o.intro = false;
    o.outro = false;
    EXPECT_EQ(texts(buildScript(a, o)), (std::vector<std::string>{"Update notes.", "Added a new block.",
                                                                  "Villager trading has been rebalanced.",
                                                                  "+5 points for the home side."}));
}

// After a standfirst, the story's first paragraph may still open on a dateline.
TEST(ScriptBuilderTest, shouldReadADatelineAfterAStandfirst) {
    Article a;
    a.title = "Impeachment fails";
    a.blocks = {{BlockKind::Paragraph, "The president had apologized for a short-lived declaration of martial law.", 0, 0},
                {BlockKind::Paragraph, "SEOUL, South Korea \xE2\x80\x94 A plan to impeach the president failed on Saturday.", 0, 0}};
    ScriptOptions o;
    o.intro = false;
    o.outro = false;
    const std::vector<std::string> t = texts(buildScript(a, o));
    ASSERT_EQ(t.size(), 4u);
    EXPECT_EQ(t[2], "Seoul, South Korea.");
    EXPECT_EQ(t[3], "A plan to impeach the president failed on Saturday.");
}

// Korean wire copy opens on "(place=agency) reporter =": the place is said, the "=" never.
TEST(ScriptBuilderTest, shouldReadAKoreanWireDatelineAsThePlace) {
    Article a;
    a.title = "\xEC\x84\x9C\xEC\x9A\xB8\xEC\x8B\x9C \xEB\xB2\x84\xEC\x8A\xA4";  // 서울시 버스
    a.language = "ko";
    a.blocks = {{BlockKind::Paragraph,
                 "(\xEC\x84\x9C\xEC\x9A\xB8=\xEC\x97\xB0\xED\x95\xA9\xEB\x89\xB4\xEC\x8A\xA4) "  // (서울=연합뉴스)
                 "\xEA\xB9\x80\xEB\xAF\xBC\xEC\x88\x98 \xEA\xB8\xB0\xEC\x9E\x90 = "                  // 김민수 기자 =
                 "\xEC\x84\x9C\xEC\x9A\xB8\xEC\x8B\x9C\xEA\xB0\x80 \xEB\xB0\x9D\xED\x98\x94\xEB\x8B\xA4.",  // 서울시가 밝혔다.
                 0, 0}};
    ScriptOptions o;
    o.intro = false;
    o.outro = false;
    const std::vector<std::string> t = texts(buildScript(a, o));
    ASSERT_EQ(t.size(), 3u);
    EXPECT_EQ(t[1], "\xEC\x84\x9C\xEC\x9A\xB8.");  // 서울.
    EXPECT_EQ(t[2].find('='), std::string::npos);
}

// A line of marks between scenes is not read; the pause before the next scene is a heading's.
TEST(ScriptBuilderTest, shouldPauseAtASectionBreakWithoutReadingIt) {
    Article a;
    a.blocks = {{BlockKind::Paragraph, "The door closed.", 0, 0},
                {BlockKind::Paragraph, "* * *", 0, 0},
                {BlockKind::Paragraph, "\u2766", 0, 0},
                {BlockKind::Paragraph, "Morning came.", 0, 0}};
    ScriptOptions o;
    o.intro = false;
    o.outro = false;
    o.pauses.paragraph_ms = 600;
    o.pauses.heading_ms = 900;
    const Script s = buildScript(a, o);
    EXPECT_EQ(texts(s), (std::vector<std::string>{"The door closed.", "Morning came."}));
    EXPECT_EQ(s.utterances.front().pause_after_ms, 900);
}

// An initialism in brackets after its name is not said, unless the story uses it again: then the name is given
// with it once, "…, or IEDA,".
TEST(ScriptBuilderTest, shouldGiveAnInitialismWithItsNameOnlyWhereTheStoryUsesItAgain) {
    Article a;
    a.title = "Grant approved";
    a.language = "en";
    a.blocks = {{BlockKind::Paragraph, "The Iowa Economic Development Authority (IEDA) approved a grant in general obligation (GO) bonds.", 0, 0},
                {BlockKind::Paragraph, "IEDA said the jobs would pay well.", 0, 0}};
    static const Lexicon kNone;
    const Normalizer normalizer("en", &kNone);
    ScriptOptions o;
    o.intro = false;
    o.outro = false;
    o.normalizer = &normalizer;
    const Script s = buildScript(a, o);
    EXPECT_EQ(texts(s), (std::vector<std::string>{"Grant approved.",
                                                  "The Iowa Economic Development Authority, or IEDA, approved a grant in general obligation bonds.",
                                                  "IEDA said the jobs would pay well."}));
    EXPECT_EQ(s.utterances[1].written, "The Iowa Economic Development Authority (IEDA) approved a grant in general obligation (GO) bonds.");
}

// A standfirst set as a heading, sentences of a few words, is read as sentences; "Step 1. Prepare the soil" stays a heading.
TEST(ScriptBuilderTest, shouldReadASentencedHeadingAsSentences) {
    Article a;
    a.title = "Vote";
    a.language = "es";
    a.blocks = {{BlockKind::Heading, "La ley sale adelante por 176 votos. Junts se abstiene en el \xC3\xBAltimo momento", 2, 0},
                {BlockKind::Heading, "Step 1. Prepare the soil", 2, 0}};
    ScriptOptions o;
    o.intro = false;
    o.outro = false;
    const Script s = buildScript(a, o);
    EXPECT_EQ(texts(s), (std::vector<std::string>{"Vote.", "La ley sale adelante por 176 votos.", "Junts se abstiene en el \xC3\xBAltimo momento.",
                                                  "Step 1. Prepare the soil."}));
    EXPECT_EQ(s.utterances[1].role, Role::Body);
    EXPECT_EQ(s.utterances[3].role, Role::Heading);
}

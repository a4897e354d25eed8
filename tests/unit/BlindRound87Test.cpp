// Blind round 87, and round 86's findings left open: what listeners found wrong in pages and pasted texts written for
// the round, each fix beside the neighbouring case that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "ingest/DateParser.hpp"

using namespace readcast;

namespace {

const std::string kFreeParagraphs =
    "<p>Two of the region's largest hospital systems plan to merge in a deal valued at about $2.3 billion, creating a network "
    "of 14 hospitals.</p><p>The systems announced the agreement early Thursday, saying the combined nonprofit would be the "
    "state's third-largest hospital operator.</p><p>The deal still needs approval from the Federal Trade Commission and "
    "is expected to close next year.</p>";

const std::string kLockedParagraphs =
    "<p>Under the agreement, the chief executive of the larger system would lead the combined group, while the other's "
    "would become board chair, and both brands would remain in place for at least the next two years.</p>"
    "<p>The systems pledged to invest $450 million over five years in rural facilities, including a new 48-bed tower "
    "and an expanded emergency department that treated about 41,500 patients last year.</p>"
    "<p>The nurses' union said it was deeply concerned about staffing and prices after the merger is complete.</p>";

std::string paywalledPage(const std::string& declaration, const std::string& style, const std::string& locked) {
    return "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
           "\"headline\":\"Hospital systems to merge\"" + declaration + "}</script><style>" + style + "</style></head><body>"
           "<article><h1>Hospital systems to merge</h1>" + kFreeParagraphs +
           "<div class=\"paywall-prompt\"><h3>Subscribe to continue reading</h3><p>You've read 3 of 3 free articles this month."
           "</p><a href=\"/subscribe\">Subscribe now</a></div>" + locked + "</article></body></html>";
}

const std::string kDeclaredLocked =
    ",\"isAccessibleForFree\":\"False\",\"hasPart\":{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":\"False\","
    "\"cssSelector\":\".paywalled-content\"}";

}  // namespace

// The paragraphs a page declares locked and hides with its own style sheet ("<style>.paywalled-content{display:none}"),
// not only with an attribute, are shown as a subscriber's browser shows them; the prompt over them is not read.
TEST(BlindRound87Test, shouldReadTheLockedPartAPageHidesWithItsStyleSheet) {
    const std::string locked = "<div class=\"paywalled-content\">" + kLockedParagraphs + "</div>";
    const Article a = blindPageArticle(paywalledPage(kDeclaredLocked, ".paywalled-content{display:none}", locked));
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("41,500 patients"), std::string::npos) << body;
    EXPECT_EQ(body.find("free articles"), std::string::npos) << body;
    EXPECT_FALSE(a.partial);
    // (Undeclared, the style sheet's word stands: the page hides it from every reader.)
    const Article undeclared = blindPageArticle(paywalledPage("", ".paywalled-content{display:none}", locked));
    EXPECT_EQ(blindBodyOf(undeclared).find("41,500 patients"), std::string::npos) << blindBodyOf(undeclared);
}

// A page that serves only the start of a story, the rest kept for subscribers, is read as far as it goes and marked
// partial: by the paywall's prompt shown on a story declared not free, or by a declared length the words read fall
// well short of. A whole story is not.
TEST(BlindRound87Test, shouldMarkAStoryThePageCutsShortForSubscribers) {
    const Article cut = blindPageArticle(paywalledPage(",\"isAccessibleForFree\":false", "", ""));
    EXPECT_TRUE(cut.partial);
    EXPECT_NE(blindBodyOf(cut).find("close next year"), std::string::npos) << blindBodyOf(cut);
    // (The prompt inside the story's box says as much without a declaration; a prompt the page hides says nothing.)
    EXPECT_TRUE(blindPageArticle(paywalledPage("", "", "")).partial);
    EXPECT_FALSE(blindPageArticle(paywalledPage(",\"isAccessibleForFree\":false", ".paywall-prompt{display:none}", "")).partial);
    // (A meter's count over the page, or a note over the story, cuts nothing: the story read is whole.)
    std::string metered = paywalledPage(",\"isAccessibleForFree\":false", ".paywall-prompt{display:none}", "");
    metered.replace(metered.find("<article>"), 9, "<div class=\"paywall-banner\">You have 2 free articles left this month.</div><article>");
    EXPECT_FALSE(blindPageArticle(metered).partial);
    std::string noted = paywalledPage("", ".paywall-prompt{display:none}", "");
    noted.replace(noted.find("<p>Two of"), 3, "<div class=\"paywall-hint\">This article is free for subscribers.</div><p>");
    EXPECT_FALSE(blindPageArticle(noted).partial);
    // (The whole story, free, with a word count near the words read.)
    const std::string whole = paywalledPage(",\"wordCount\":190", ".paywall-prompt{display:none}", kLockedParagraphs);
    EXPECT_FALSE(blindPageArticle(whole).partial);
    std::string longer = whole;
    longer.replace(longer.find("190"), 3, "900");
    EXPECT_TRUE(blindPageArticle(longer).partial);
}

// A results wire's lines, a side's goals with the scorers and their minutes in brackets, are its story, read; a cricket
// card's lines, figures in the brackets, are still not.
TEST(BlindRound87Test, shouldReadAResultsWiresScorersLines) {
    const std::string lines =
        "Arsenal 2 (Saka 23, Havertz 78) Everton 1 (Calvert-Lewin 56 pen) Halftime: 1-0; Attendance: 60,284\n"
        "Manchester City 4 (Haaland 8, 34, 71, Foden 90+3) Brentford 0 Halftime: 2-0; Attendance: 53,117\n"
        "Liverpool 1 (Salah 45+2) Chelsea 1 (Palmer 67) Halftime: 1-0; Attendance: 60,101\n"
        "Nottingham Forest 0 Aston Villa 2 (Watkins 12, Rogers 88) Halftime: 0-1; Attendance: 30,012\n";
    const Article a = blindTextArticle("Premier League results\n\nOct 18 (Reuters) - Results from the English Premier League matches on "
                                       "Saturday, with the scorers and the crowds.\n\n" + lines +
                                       "\nArsenal stay top of the table after their fifth win in a row this season.\n");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("Arsenal 2 (Saka 23"), std::string::npos) << body;
    EXPECT_NE(body.find("Rogers 88"), std::string::npos) << body;
    const Article card = blindTextArticle("Kohli leads the chase\n\nVirat Kohli made a fluent half-century as the hosts chased down "
                                          "their target with two overs to spare on Sunday night.\n\n"
                                          "V. Kohli c Ravindra b Pathirana 64 (41b, 6x4, 2x6)\nF. du Plessis lbw b Jadeja 28 (19b, 3x4)\n"
                                          "R. Patidar c Dube b Theekshana 14 (11b, 1x6)\nG. Maxwell not out 22 (12b, 2x4, 1x6)\n"
                                          "\nThe win lifts the hosts to fourth in the table before the play-offs begin next week.\n");
    EXPECT_EQ(blindBodyOf(card).find("Pathirana"), std::string::npos) << blindBodyOf(card);
}

// A league table's row with a nought in it is a row of counts, not a number to call; a number led by its trunk's nought,
// "020 7946 0018", still is.
TEST(BlindRound87Test, shouldReadATableRowsNoughtAsACount) {
    EXPECT_EQ(blindSay("1 Arsenal 8 6 2 0 18 5 20", "en-GB").find("oh"), std::string::npos) << blindSay("1 Arsenal 8 6 2 0 18 5 20", "en-GB");
    EXPECT_NE(blindSay("19 Southampton 8 0 3 5 6 15 3", "en-GB").find("zero, three, five, six, fifteen, three"), std::string::npos)
        << blindSay("19 Southampton 8 0 3 5 6 15 3", "en-GB");
    EXPECT_NE(blindSay("Call the desk on 020 7946 0018 today.", "en-GB").find("oh two oh"), std::string::npos)
        << blindSay("Call the desk on 020 7946 0018 today.", "en-GB");
}

// A byline box's row of fields parted by dots or bars gives the writer and the date, whatever else it holds: a job, the
// update's time, a place, a desk's credit, the reading time. A field naming the writer another way is left to the byline's
// rules, and two writers' names are no row's.
TEST(BlindRound87Test, shouldTakeTheWriterAndDateFromABylineBoxsRow) {
    const std::string story = "\n\nThe weather service has issued an amber warning for wind covering much of the coast on Friday, as the storm "
                              "sweeps in from the Atlantic.\n\nA second paragraph of the story follows with more words in it for the reader.\n";
    const Article uk = blindTextArticle("# Storm to bring gusts of 80mph\n\n*By Priya Natarajan, Weather Correspondent · Published 06:15 GMT, "
                                        "Thursday 6 November 2025 · Updated 11:40 GMT*" + story, "story.md");
    EXPECT_EQ(uk.byline, "Priya Natarajan");
    ASSERT_TRUE(uk.published.has_value());
    EXPECT_EQ(uk.published->day, 6);
    const Article nl = blindTextArticle("# Kabinet trekt geld uit voor dijken\n\n*Door onze politieke redactie* · **Sanne de Vries** · 17 oktober "
                                        "2025, 07:30 · Leestijd 4 minuten" + story, "story.md");
    EXPECT_EQ(nl.byline, "Sanne de Vries");
    const Article es = blindTextArticle("# Alerta roja por calor en Madrid\n\n*Laura Sánchez Ortega* | Madrid | 09 ago 2025 - 13:45 CEST" + story,
                                        "story.md");
    EXPECT_EQ(es.byline, "Laura Sánchez Ortega");
    ASSERT_TRUE(es.published.has_value());
    EXPECT_EQ(es.published->month, 8);
    EXPECT_EQ(blindBodyOf(es).find("Madrid |"), std::string::npos) << blindBodyOf(es);
    const Article interview = blindTextArticle("# A glaciologist on what the Alps have left\n\n*Interview by Tom Erikson · 9 March 2026 · 12 min "
                                               "read*" + story, "story.md");
    EXPECT_EQ(interview.byline, "Tom Erikson");
}

// "12 out 2025", "09 ago 2025": a Romance month cut short is a month between a day and a year, and nowhere else.
TEST(BlindRound87Test, shouldReadARomanceMonthCutShortOnlyBetweenDayAndYear) {
    ASSERT_TRUE(parseDate("12 out 2025, 18:05").has_value());
    EXPECT_EQ(parseDate("12 out 2025, 18:05")->month, 10);
    EXPECT_EQ(parseDate("3 janv. 2026")->month, 1);
    EXPECT_FALSE(parseDate("out 12, 2025").has_value());
    EXPECT_FALSE(parseDate("Set 4 of the 2025 series").has_value());
}

// Pasted text: a section's name right over the byline box, "Economia" over "Por …", "Inrikes" over "Publicerad …", is not
// read, nor taken for the writer; the writer's line under the dates is; a share bar's "Kopiera länk" is not read.
TEST(BlindRound87Test, shouldPassOverASectionsNameOverThePastedBylineBox) {
    const Article sv = blindTextArticle(
        "Regeringen sänker skatten på diesel\n\nInrikes\nPublicerad 2025-09-16 09.12\nUppdaterad 2025-09-16 11.48\n\nAv Johan Lindqvist\nTT\n\n"
        "Dela\nFacebook\nX\nKopiera länk\n\nRegeringen föreslår i höstbudgeten att skatten på diesel och bensin sänks med totalt 1,20 kronor "
        "per liter från den 1 januari 2026.\n\nÅtgärden beräknas kosta statskassan 4,8 miljarder kronor per år enligt budgeten.\n");
    EXPECT_EQ(sv.byline, "Johan Lindqvist");
    EXPECT_EQ(blindBodyOf(sv).find("Inrikes"), std::string::npos) << blindBodyOf(sv);
    EXPECT_EQ(blindBodyOf(sv).find("Kopiera"), std::string::npos) << blindBodyOf(sv);
    const Article pt = blindTextArticle(
        "Governo aprova aumento do salário mínimo para 920 euros\n\nEconomia\nPor Inês Carvalho Mendes\n12 out 2025, 18:05\n\n"
        "O Conselho de Ministros aprovou esta quinta-feira o aumento do salário mínimo nacional de 870 para 920 euros a partir de janeiro.\n\n"
        "A medida vai abranger cerca de 850 mil trabalhadores, segundo a ministra do Trabalho.\n");
    EXPECT_EQ(pt.byline, "Inês Carvalho Mendes");
    ASSERT_TRUE(pt.published.has_value());
    EXPECT_EQ(blindBodyOf(pt).find("Economia"), std::string::npos) << blindBodyOf(pt);
    EXPECT_EQ(blindBodyOf(pt).find("12 out"), std::string::npos) << blindBodyOf(pt);
}

// What blind round 64 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"

#include "text/StoryCues.hpp"

using namespace readcast;

// A page's text size buttons and its save, print and send links, pasted with the story, are no headline.
TEST(BlindRound64Test, shouldNotTakeAPagesTextSizeButtonsForTheHeadline) {
    const Article a = blindTextArticle("Sport > Cricket\n\nHead's blitz flattens England as Australia go 2-0 up\n\nAndrew Fitz-Simmons\n"
                                       "December 7, 2025\n\nSave\nShare\nNormal text size\nLarger text size\nVery large text size\n\n"
                                       "Travis Head smashed 142 off just 111 balls as Australia crushed England by eight wickets at the "
                                       "Gabba on Sunday.\n\nPrint this page Email A Friend!\n\nThe third Test starts in Adelaide on "
                                       "December 17, and Australia name an unchanged side.\n");
    EXPECT_EQ(a.title, "Head's blitz flattens England as Australia go 2-0 up");
    EXPECT_EQ(a.byline, "Andrew Fitz-Simmons");
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("text size"), std::string::npos) << body;
    EXPECT_EQ(body.find("Email A Friend"), std::string::npos) << body;
    EXPECT_NE(body.find("Travis Head smashed"), std::string::npos) << body;
}

// A tailwind glued to its unit with a sign before it ("(+0.6m/s)") is metres per second, not millions; a French
// name's saint joined by a hyphen ("St-Pierre") is no street.
TEST(BlindRound64Test, shouldReadASignedSpeedAndAHyphenedSaint) {
    EXPECT_EQ(blindSay("in 9.79 seconds (+0.6m/s)", "en-GB"), "in nine point seven nine seconds, plus zero point six meters per second");
    EXPECT_EQ(blindSay("a \xC2\xA3" "1.5m deal", "en-GB"), "a one point five million pound deal");
    EXPECT_EQ(blindSay("By Daniel St-Pierre in Ste-Foy"), "By Daniel Saint-Pierre in Sainte-Foy");
    EXPECT_EQ(blindSay("an Oxford St-based firm"), "an Oxford Street-based firm");
}

// A batter not out keeps the star of the score in pasted text, and a cricket report says it; so a side's wickets for
// its runs with a slash ("2/246"), where neither could be a date.
TEST(BlindRound64Test, shouldReadACricketReportsNotOutAndSlashedScores) {
    const Article a = blindTextArticle("Cricket report\n\nHead and Marnus Labuschagne (67*) shared a 178-run stand as Australia won the "
                                       "second Test by eight wickets.\n");
    EXPECT_NE(blindBodyOf(a).find("(67*)"), std::string::npos) << blindBodyOf(a);
    EXPECT_EQ(blindTextArticle("Notes\n\nThe *new* rules start in 2026 for all 12 clubs in the league this season.\n").blocks.back().text,
              "The new rules start in 2026 for all 12 clubs in the league this season.");
    EXPECT_EQ(blindSayInCricketReport("Labuschagne (67*) shared the stand.", "en-AU"), "Labuschagne, sixty-seven not out, shared the stand.");
    EXPECT_EQ(blindSayInCricketReport("Australia 370 & 2/246", "en-AU"), "Australia three hundred and seventy and two for two hundred and forty-six");
    EXPECT_EQ(blindSayInCricketReport("The next Test starts on 7/12.", "en-AU"), "The next Test starts on the seventh of December.");
}

// What blind round 76 found read wrong, and what was left from round 75, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "text/SentenceSplitter.hpp"

using namespace readcast;

// A word a narrow column broke with a hyphen is one word again however short its line, and none of the lines after it is
// lost; a compound keeps its hyphen ("well-known", "self-employed"), and a hyphen before "and" stays ("pre- and post-war").
TEST(BlindRound76Test, shouldJoinAWordANarrowLineBrokeWithAHyphen) {
    const Article a = blindTextArticle("Headline here\n\nThe state govern-\nment made the call. The new infor-\nmation came as the depart-\n"
                                       "ment said the well-\nknown rule and the self-\nemployed workers would be fine.\n");
    EXPECT_EQ(blindBodyOf(a),
              "The state government made the call. The new information came as the department said the well-known rule and the "
              "self-employed workers would be fine.\n");
    const Article shortRun = blindTextArticle("Headline here\n\nThe state govern-\nment made the call. The new infor-\n"
                                              "mation came as the depart-\nment said the rule would be fine.\n");
    EXPECT_EQ(blindBodyOf(shortRun), "The state government made the call. The new information came as the department said the rule would be fine.\n");
    const Article conjunction = blindTextArticle("Headline here\n\nPrices in the pre-\nand post-war years rose as the\n"
                                                 "ministry said they would, and the town grew fast.\n");
    EXPECT_NE(blindBodyOf(conjunction).find("pre- and post-war"), std::string::npos);
}

// Hansard's cheer in brackets inside a paragraph is not read, and no sentence ends on its "Hon.".
TEST(BlindRound76Test, shouldNotEndASentenceOnHonourableInBrackets) {
    const std::vector<std::string> s = SentenceSplitter("en-GB")("It rose. [Hon. Members: \"Hear, hear!\"] He went on.");
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[1], "[Hon. Members: \"Hear, hear!\"]");
    // (A sentence that ends on a word in brackets still ends: "[sic]." is no short form.)
    EXPECT_EQ(SentenceSplitter("en")("He wrote it [sic]. Then he left.").size(), 2u);
}

// One star after a figure is the figure's unit: "4★" is "four stars"; a row of stars is still a rating.
TEST(BlindRound76Test, shouldSayAStarAfterAFigureAsItsUnit) {
    EXPECT_EQ(blindSay("Rated 4\xE2\x98\x85 by critics."), "Rated four stars by critics.");
    EXPECT_EQ(blindSay("It got 1 \xE2\x98\x85."), "It got one star.");
    EXPECT_EQ(blindSay("\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86"), "Four stars out of five.");
}

// A distance on a bearing is in nautical miles, whatever else the sentence speaks of; a chip's process and light's
// wavelength stay in nanometres.
TEST(BlindRound76Test, shouldSayNauticalMilesOnABearing) {
    EXPECT_EQ(blindSay("A low lay 200 nm west of Ireland."), "A low lay two hundred nautical miles west of Ireland.");
    EXPECT_EQ(blindSay("It sits 50nm SW of Cork."), "It sits fifty nautical miles southwest of Cork.");
    EXPECT_EQ(blindSay("The 3 nm process is new."), "The three nanometer process is new.");
}

// A count of machines times their power is no size: "112 x 15 MW turbines" are a hundred and twelve fifteen-megawatt
// turbines; a room's sides are still "by".
TEST(BlindRound76Test, shouldSayACountOfMachinesOfAPower) {
    EXPECT_EQ(blindSay("The farm has 112 x 15 MW turbines.", "en-GB"), "The farm has one hundred and twelve fifteen megawatt turbines.");
    EXPECT_EQ(blindSay("A 3 x 4 m room."), "A three by four meters room.");
}

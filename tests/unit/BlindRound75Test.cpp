// What blind round 75 found read wrong, and what was left from round 74, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "ingest/EnglishRegion.hpp"

using namespace readcast;

// A side behind or ahead by a score is "two-one down" in British English, as the result "won two-one" is; a ratio after
// "were" is still a range.
TEST(BlindRound75Test, shouldSayAScoreASideIsBehindOrAheadBy) {
    EXPECT_EQ(blindSay("They were 2-1 down at half-time.", "en-GB"), "They were two-one down at half-time.");
    EXPECT_EQ(blindSay("They came from 2-0 down to win 3-2.", "en-GB"), "They came from two-nil down to win three-two.");
    EXPECT_EQ(blindSay("Leading 1-0 at the break, United pressed on.", "en-GB"), "Leading one-nil at the break, United pressed on.");
    EXPECT_EQ(blindSay("Prices were 2-3 times higher.", "en-GB"), "Prices were two to three times higher.");
}

// A British text that names no pound and no institution is known by its spelling: "popularised", "rumours",
// "kilometres", a fortnight, an address in ".co.uk".
TEST(BlindRound75Test, shouldKnowBritishSpellingByItsEndings) {
    EXPECT_EQ(withEnglishRegion("en", "The idea was popularised in the 1950s. Rumours of its demise, the saviour of the "
                                      "harbour said, were exaggerated by ten kilometres."),
              "en-GB");
    EXPECT_EQ(withEnglishRegion("en", "Fresh beans delivered every fortnight, at lumencoffee.co.uk, the host said on 9 September."),
              "en-GB");
    // (Words every English spells so: "promise", "arise", "treatise", "glamour", "analyses", and French's "entre".)
    EXPECT_EQ(withEnglishRegion("en", "The promise may arise from a treatise on glamour; their analyses, entre nous, were "
                                      "compromised, the organization said on March 3."),
              "en");
}

// An episode's line over its transcript, "Recorded … Released …": the release is its date, and neither is read.
TEST(BlindRound75Test, shouldTakeAnEpisodesReleaseAsItsDate) {
    const Article a = blindTextArticle("The Inside Track, Episode 212\n\nRecorded 9 September 2025. Released 12 September 2025.\n\n"
                                       "Hello and welcome to the show, which is about trains and why they are late so often.\n\n"
                                       "We talk to a professor about it today, and he has many things to say.\n");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->day, 12);
    EXPECT_EQ(blindBodyOf(a).find("Recorded"), std::string::npos);
    // (A sentence that opens on "Released" is the story's.)
    const Article bail = blindTextArticle("The Inside Track\n\nReleased on bail on 12 September 2025, the man went home to his family "
                                          "and friends in the town.\n\nHe said he was glad to be home again after a long time away.\n");
    EXPECT_NE(blindBodyOf(bail).find("Released on bail"), std::string::npos);
}

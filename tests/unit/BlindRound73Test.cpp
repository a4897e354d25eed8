// What blind round 72's open findings and round 73 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "ingest/Boilerplate.hpp"

using namespace readcast;

// A compass letter after a house number, or after the preposition a street takes, is the street's quarter;
// an initial in a name stays a letter.
TEST(BlindRound73Test, shouldReadACompassLetterBeforeAStreetWithNoType) {
    EXPECT_EQ(blindSay("The offices at 1400-1420 N. Broadway are empty.", "en-US"),
              "The offices at fourteen hundred to fourteen twenty North Broadway are empty.");
    EXPECT_EQ(blindSay("A fire on S. Main closed shops.", "en-US"), "A fire on South Main closed shops.");
    EXPECT_EQ(blindSay("A report on J. Edgar Hoover appeared.", "en-US"), "A report on J Edgar Hoover appeared.");
    EXPECT_EQ(blindSay("A film on W. Somerset Maugham opens.", "en-US"), "A film on W Somerset Maugham opens.");
    EXPECT_EQ(blindSay("The 12 E. Coli cases were traced.", "en-US"), "The twelve E Coli cases were traced.");
}

// A broadcaster's credit to the wires it drew on is no sentence of the story.
TEST(BlindRound73Test, shouldNotReadABroadcastersFilesCredit) {
    EXPECT_TRUE(isCreditLine("With files from The Canadian Press"));
    EXPECT_TRUE(isCreditLine("With files from Reuters and CBC's Jane Doe"));
    EXPECT_FALSE(isCreditLine("Files from the archive show the plan was dropped in 1998, the historians said."));
}

// Blind round 90: what listeners found wrong in pages and pasted texts written for the round, each fix beside the
// neighbouring case that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"

using namespace readcast;

// A million square feet written "2m sq ft": the square is a word of its own before the unit it squares, and the measure
// before a noun is its adjective.
TEST(BlindRound90Test, shouldReadMillionsOfSquareFeet) {
    EXPECT_EQ(blindSay("It has 1.5m sq. ft of space.", "en-GB"), "It has one point five million square feet of space.");
    EXPECT_EQ(blindSay("A 2m sq ft warehouse opened.", "en-GB"), "A two million square foot warehouse opened.");
    EXPECT_EQ(blindSay("Sea ice covered 1.99m km\xC2\xB2 on Monday.", "en-GB"),
              "Sea ice covered one point nine nine million square kilometers on Monday.");
    EXPECT_EQ(blindSay("A 2,000 sq ft flat.", "en-GB"), "A two thousand square foot flat.");
}

// An amount before its noun after the words that qualify it ("its original", "the latest") is the noun's adjective.
TEST(BlindRound90Test, shouldReadAQualifiedAmountBeforeItsNoun) {
    EXPECT_EQ(blindSay("Facebook paid less than its original $4 billion asking price."),
              "Facebook paid less than its original four billion dollar asking price.");
    EXPECT_EQ(blindSay("The latest $2bn loss widened."), "The latest two billion dollar loss widened.");
    EXPECT_EQ(blindSay("Its original owners paid $4 billion."), "Its original owners paid four billion dollars.");
}

// A Bitcoin fee rate in satoshis per virtual byte; "sat" between words is still the verb.
TEST(BlindRound90Test, shouldReadAFeeRateInSatoshis) {
    EXPECT_EQ(blindSay("Fees rose to 12 sat/vB on Tuesday."), "Fees rose to twelve satoshis per virtual byte on Tuesday.");
    EXPECT_EQ(blindSay("He sat/stood there."), "He sat or stood there.");
}

// A baseball score in a sentence that counts a pitcher's innings is a score, not runs for wickets; a cricket side's total
// at the end of its innings still is.
TEST(BlindRound90Test, shouldTellABaseballScoreFromACricketTotal) {
    EXPECT_EQ(blindSay("Yamamoto allowed one run over 6 1/3 innings and the Dodgers routed the Padres 11-2 on Tuesday night."),
              "Yamamoto allowed one run over six and a third innings and the Dodgers routed the Padres eleven to two on Tuesday night.");
    EXPECT_EQ(blindSay("The Mets won 11-2 as the pitcher lasted seven innings."), "The Mets won eleven to two as the pitcher lasted seven innings.");
    EXPECT_EQ(blindSay("England were 245-6 at the end of the innings."), "England were two hundred forty-five for six at the end of the innings.");
    EXPECT_EQ(blindSay("Root batted for six innings without a fifty before scoring 120-3."),
              "Root batted for six innings without a fifty before scoring one hundred twenty for three.");
}

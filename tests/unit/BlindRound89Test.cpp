// Blind round 89: what listeners found wrong in pages and pasted texts written for the round, each fix beside the
// neighbouring case that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "text/SentenceSplitter.hpp"

using namespace readcast;

// British copy's "m" is a million where the sentence names what is counted, with no noun after a whole figure or with a
// word of quantity before the plural; a length stays a length.
TEST(BlindRound89Test, shouldReadMillionsOfACountedList) {
    EXPECT_EQ(blindSay("The waiting list has fallen below 7m for the first time.", "en-GB"),
              "The waiting list has fallen below seven million for the first time.");
    EXPECT_EQ(blindSay("The list peaked at 7.77m in September.", "en-GB"), "The list peaked at seven point seven seven million in September.");
    EXPECT_EQ(blindSay("The plan delivers 2m extra appointments a year.", "en-GB"), "The plan delivers two million extra appointments a year.");
    EXPECT_EQ(blindSay("The river peaked at 7.77m on Sunday.", "en-GB"), "The river peaked at seven point seven seven meters on Sunday.");
    EXPECT_EQ(blindSay("Patients waited beside a 3m wall.", "en-GB"), "Patients waited beside a three meter wall.");
}

// A million in "m" before another unit counts that unit.
TEST(BlindRound89Test, shouldReadAMillionOfAnotherUnit) {
    EXPECT_EQ(blindSay("Sea ice fell to 1.99m km\xC2\xB2 in February.", "en-GB"),
              "Sea ice fell to one point nine nine million square kilometers in February.");
    EXPECT_EQ(blindSay("He ran 100m in 9.58s.", "en-GB"), "He ran one hundred meters in nine point five eight seconds.");
}

// "I" after a counted word in lower case is the writer where a verb follows; "phase I trials" is still a phase.
TEST(BlindRound89Test, shouldTellThePronounFromANumeral) {
    EXPECT_EQ(blindSay("That is the part I keep coming back to."), "That is the part I keep coming back to.");
    EXPECT_EQ(blindSay("Phase I trials could begin."), "Phase one trials could begin.");
    EXPECT_EQ(blindSay("Part I of the series."), "Part one of the series.");
}

// A ballot measure's or a route's number with its letter is no temperature; a warming is.
TEST(BlindRound89Test, shouldReadADesignatorsLetterNotDegrees) {
    EXPECT_EQ(blindSay("Measure 2C fails by a narrow margin."), "Measure two C fails by a narrow margin.");
    EXPECT_EQ(blindSay("It was 2C warmer."), "It was two degrees Celsius warmer.");
}

// A latitude and a longitude named by their words; nautical miles only on a real bearing.
TEST(BlindRound89Test, shouldReadNamedCoordinatesAndANodeSize) {
    EXPECT_EQ(blindSay("It was near latitude 25.4N, longitude 78.2W."), "It was near latitude twenty-five point four north, longitude seventy-eight point two west.");
    EXPECT_EQ(blindSay("Demand for our 3nm NW-X900 accelerators grew."), "Demand for our three nanometer N W X nine hundred accelerators grew.");
    EXPECT_EQ(blindSay("The ship was 3nm NW of the port."), "The ship was three nautical miles northwest of the port.");
}

// A results table's incumbent, a recall's number after its label, a barcode figure by figure, an inch mark after a fraction.
TEST(BlindRound89Test, shouldReadAResultsNoteARecallAndABarcode) {
    EXPECT_EQ(blindSay("Darrell Watson (inc.) 11,204 votes"), "Darrell Watson, incumbent, eleven thousand two hundred four votes");
    EXPECT_EQ(blindSay("Recall Number: 25-147"), "Recall Number: twenty-five dash one forty-seven");
    EXPECT_EQ(blindSay("Prices rose 25-30 cents."), "Prices rose twenty-five to thirty cents.");
    EXPECT_EQ(blindSay("UPC 8 41234 56789 0, Color Black"), "U.P.C eight, four one two three four, five six seven eight nine, zero, Color Black");
    EXPECT_EQ(blindSay("Cut the cord \xC2\xBD\" from the base."), "Cut the cord half an inch from the base.");
    EXPECT_EQ(blindSay("He said \"it was \xC2\xBD\" a joke."), "He said it was one half a joke.");
}

// A short form in brackets before a figure ends no sentence.
TEST(BlindRound89Test, shouldNotEndASentenceAtABracketedShortForm) {
    SentenceSplitter split{"en"};
    const std::vector<std::string> parts = split("District 9: Darrell Watson (inc.) 11,204, 58.3%. District 10: Chris Hinds won.");
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_EQ(parts[0], "District 9: Darrell Watson (inc.) 11,204, 58.3%.");
}

// A saint's name before what a saint names, after "Mount".
TEST(BlindRound89Test, shouldReadASaintAfterMount) {
    EXPECT_EQ(blindSay("Burial followed at Mount St. Benedict Cemetery."), "Burial followed at Mount Saint Benedict Cemetery.");
    EXPECT_EQ(blindSay("They met on Main St. Boston was cold."), "They met on Main Street Boston was cold.");
}

// A chip's three-digit model, a chip process's code, a ratio of two clocks, a launch's time with its seconds.
TEST(BlindRound89Test, shouldReadChipModelsAndALaunchTime) {
    EXPECT_EQ(blindSay("Intel's Core Ultra 9 285K is built on the 3nm N3B node."),
              "Intel's Core Ultra nine, two hundred eighty-five K is built on the three nanometer N three B node.");
    EXPECT_EQ(blindSay("Lagos traders paid N3B for it."), "Lagos traders paid three billion naira for it.");
    EXPECT_EQ(blindSay("It ran at a 1:1 UCLK:MCLK ratio."), "It ran at a one to one U.C.L.K to MCLK ratio.");
    EXPECT_EQ(blindSay("Liftoff came at 0607:30 UTC."), "Liftoff came at oh six oh seven and thirty seconds UTC.");
    EXPECT_EQ(blindSay("Cores/threads: 16/32"), "Cores or threads: sixteen and thirty-two");
    EXPECT_EQ(blindSay("She ate 3/4 of it."), "She ate three quarters of it.");
}

// A Greek letter opening a protein's name; a strand's ends are primes, a wall's height is feet.
TEST(BlindRound89Test, shouldReadAGreekOpeningAndAStrandsEnds) {
    EXPECT_EQ(blindSay("There were 30 \xCE\xB3H2AX foci."), "There were thirty gamma H two AX foci.");
    EXPECT_EQ(blindSay("the 3' UTR of the gene"), "the three prime U.T.R of the gene");
    EXPECT_EQ(blindSay("a 3' wall"), "a three feet wall");
}

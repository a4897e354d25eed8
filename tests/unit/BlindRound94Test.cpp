// Blind round 94: what listeners found wrong in statistics releases, press releases, saved pages, interface text, reader
// pages, less-tried languages and island outlets (and the last round's leftovers), each fix beside the neighbouring case
// that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"

using namespace readcast;

// Figures joined by dashes with nothing asking to call them: a rising span or a tally, not a telephone number.
TEST(BlindRound94Test, shouldNotCallASpanOrATally) {
    EXPECT_EQ(blindSay("Between 5000-6000 people came."), "Between five thousand and six thousand people came.");
    EXPECT_EQ(blindSay("Tickets numbered 15617-15959 were void."),
              "Tickets numbered fifteen thousand six hundred seventeen to fifteen thousand nine hundred fifty-nine were void.");
    EXPECT_EQ(blindSay("Scores of 100-80-100 were posted."), "Scores of one hundred-eighty-one hundred were posted.");
    EXPECT_EQ(blindSay("Call 98765-43210 for help."), "Call nine eight seven six five, four three two one oh for help.");
    EXPECT_EQ(blindSay("Dial 100-80-100 now."), "Dial one oh oh, eight oh, one oh oh now.");
}

// The last of a run of figures with slashes, or a number's two parts after "no.", is no fraction.
TEST(BlindRound94Test, shouldNotTakeAChainOfSlashesForAFraction) {
    EXPECT_EQ(blindSay("He ran a 5/1/5 schedule."), "He ran a five slash one slash five schedule.");
    EXPECT_EQ(blindSay("Lots no. 138/140 were sold."), "Lots number one hundred thirty-eight slash one hundred forty were sold.");
    EXPECT_EQ(blindSay("Add 1/2 cup of milk."), "Add one half cup of milk.");
}

// Two sides in feet with the sign glued to the second: as the spaced form is said.
TEST(BlindRound94Test, shouldSayTwoSidesInFeetGlued) {
    EXPECT_EQ(blindSay("A 6'x4' shed costs $400."), "A six-by-four-foot shed costs four hundred dollars.");
    EXPECT_EQ(blindSay("The lot is 40'x120'."), "The lot is forty by one hundred twenty feet.");
    EXPECT_EQ(blindSay("He is 6' tall."), "He is six feet tall.");
}

// A book's or a journal's number figure by figure in its printed groups.
TEST(BlindRound94Test, shouldSayABooksNumberFigureByFigure) {
    EXPECT_EQ(blindSay("ISBN 978-0-14-312755-0"), "I.S.B.N nine seven eight, zero, one four, three one two seven five five, zero");
    EXPECT_EQ(blindSay("ISSN 0028-083X"), "I.S.S.N zero zero two eight, zero eight three, X");
}

// A wine's grape written short.
TEST(BlindRound94Test, shouldSayAGrapeWrittenShort) {
    EXPECT_EQ(blindSay("Our 2024 Cab. Sauv. was superb, the Sauv Blanc too."), "Our twenty twenty-four Cabernet Sauvignon was superb, the Sauvignon Blanc too.");
}

// German opening hours: two short weekdays joined by a dash, one alone before its hours; the word "so" stays.
TEST(BlindRound94Test, shouldSayGermanOpeningDays) {
    EXPECT_EQ(blindSay("Geöffnet Mo–Fr 9–18 Uhr, Sa 10–14 Uhr.", "de"), "Geöffnet Montag bis Freitag 9 bis 18 Uhr, Samstag 10 bis 14 Uhr.");
    EXPECT_EQ(blindSay("Öffnungszeiten: Di-So 10-17 Uhr", "de"), "Öffnungszeiten: Dienstag bis Sonntag 10 bis 17 Uhr");
    EXPECT_EQ(blindSay("So geht es nicht.", "de"), "So geht es nicht.");
}

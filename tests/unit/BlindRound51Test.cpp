// What blind round 51 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "ingest/Ingest.hpp"
#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"
#include "text/SentenceSplitter.hpp"

using namespace readcast;

namespace {

std::string sayRound51(const std::string& text, const std::string& language = "en") {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", language, {});
    return Normalizer(language, &lexicon).normalize(text);
}

}  // namespace

// A street's type written out ends its name as the short form does, so its house number is said in pairs.
TEST(BlindRound51Test, shouldReadAHouseNumberBeforeAStreetWhoseTypeIsWrittenOut) {
    EXPECT_EQ(sayRound51("He lives at 2552 N Maple Road."), "He lives at twenty-five fifty-two North Maple Road.");
    EXPECT_EQ(sayRound51("The fire at 410 Elm Street spread."), "The fire at four ten Elm Street spread.");
    EXPECT_EQ(sayRound51("She moved to 12 Downing Street."), "She moved to twelve Downing Street.");
    // (A count before a capitalized word is no address.)
    EXPECT_EQ(sayRound51("About 2552 Maple residents signed."), "About two thousand five hundred fifty-two Maple residents signed.");
}

// A capital X after a decimal, or before a word in lower case after no name, is a multiple too.
TEST(BlindRound51Test, shouldReadACapitalXAsAMultipleUnlessItIsPartOfAName) {
    EXPECT_EQ(sayRound51("Shares traded at 2.7X sales."), "Shares traded at two point seven times sales.");
    EXPECT_EQ(sayRound51("Revenue grew 3X last year."), "Revenue grew three times last year.");
    EXPECT_EQ(sayRound51("The Model 3X launched."), "The Model three X launched.");
}

// "F/A-18": an "A" after the pair's hyphen is the letter, which eSpeak NG says only when it is spelled "eh".
TEST(BlindRound51Test, shouldSayTheLetterAInAPairOfCapitals) {
    EXPECT_EQ(sayRound51("The F/A-18 Super Hornet flew."), "The F-eh-eighteen Super Hornet flew.");
    EXPECT_EQ(sayRound51("A/B testing and I/O."), "A-B testing and I-O.");
}

// "took 1/5 of the vote" is a share; "took 3/42" a bowler's figures.
TEST(BlindRound51Test, shouldReadAShareAfterTookAsAFraction) {
    EXPECT_EQ(sayRound51("He took 1/5 of the vote."), "He took one fifth of the vote.");
    EXPECT_EQ(sayRound51("Starc took 3/42 on day one."), "Starc took three for forty-two on day one.");
}

// Czech: eSpeak NG says a decimal's comma "čárka", a clock time's colon as two numbers, and "%" "procento"
// after any figure.
TEST(BlindRound51Test, shouldSayCzechDecimalsTimesAndPercentagesAsANewsreaderDoes) {
    EXPECT_EQ(sayRound51("Cena vzrostla o 1,4 procenta.", "cs"), "Cena vzrostla o jedna cel\xC3\xA1 4 procenta.");
    EXPECT_EQ(sayRound51("Inflace je 2,5 % a HDP 1,05 bodu.", "cs"),
              "Inflace je dv\xC4\x9B cel\xC3\xA9 5 procenta a HDP jedna cel\xC3\xA1 nula 5 bodu.");
    EXPECT_EQ(sayRound51("Podpora 1 % a 2 % a 5 %.", "cs"), "Podpora jedno procento a dv\xC4\x9B procenta a 5 procent.");
    EXPECT_EQ(sayRound51("Zasahovala v 7:00 r\xC3\xA1no.", "cs"), "Zasahovala v 7 hodin r\xC3\xA1no.");
    EXPECT_EQ(sayRound51("Otev\xC5\x99" "eno od 1:00 do 17:00.", "cs"),
              "Otev\xC5\x99" "eno od jedn\xC3\xA9 hodiny do sedmn\xC3\xA1" "cti hodin.");
    EXPECT_EQ(sayRound51("Za\xC4\x8Dne ve 14:30.", "cs"), "Za\xC4\x8Dne ve 14 30.");
    // (A score has no word that places it in time; a list of figures is no decimal.)
    EXPECT_EQ(sayRound51("Sparta vyhr\xC3\xA1la 2:1 a 10:00.", "cs"), "Sparta vyhr\xC3\xA1la 2:1 a 10:00.");
    EXPECT_EQ(sayRound51("Body 1,2,3 a 4.", "cs"), "Body 1,2,3 a 4.");
}

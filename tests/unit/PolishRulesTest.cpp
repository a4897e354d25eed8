// Polish Roman numerals: ordinals that agree with the century, the feminine noun or the ruler they number.
#include <gtest/gtest.h>

#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"

using namespace readcast;

namespace {

std::string say(const std::string& text) {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", "pl", {});
    return Normalizer("pl", &lexicon).normalize(text);
}

}  // namespace

TEST(PolishRulesTest, shouldSayACenturyInRomanFiguresInTheCaseOfItsNoun) {
    EXPECT_EQ(say("W XXI wieku."), "W dwudziestym pierwszym wieku.");
    EXPECT_EQ(say("Od XIX w. do XX wieku, a XX wiek minął."), "Od dziewiętnastego wieku do dwudziestego wieku, a dwudziesty wiek minął.");
    EXPECT_EQ(say("Budynek z XVIII w."), "Budynek z osiemnastego wieku.");
    EXPECT_EQ(say("W latach 70. i 80. XX wieku."), "W latach 70. i 80. dwudziestego wieku.");
}

TEST(PolishRulesTest, shouldSayARomanOrdinalBeforeAFeminineNoun) {
    EXPECT_EQ(say("Po II wojnie światowej i w czasie II wojny światowej."), "Po drugiej wojnie światowej i w czasie drugiej wojny światowej.");
    EXPECT_EQ(say("II wojna światowa i X kadencja Sejmu."), "Druga wojna światowa i dziesiąta kadencja Sejmu.");
}

TEST(PolishRulesTest, shouldSayARulersNumeralInTheCaseHisOrHerNameShows) {
    EXPECT_EQ(say("Jan Paweł II odwiedził Kraków."), "Jan Paweł Drugi odwiedził Kraków.");
    EXPECT_EQ(say("Lotnisko Jana Pawła II w Balicach."), "Lotnisko Jana Pawła Drugiego w Balicach.");
    EXPECT_EQ(say("Spotkał się z Janem Pawłem II."), "Spotkał się z Janem Pawłem Drugim.");
    EXPECT_EQ(say("Królowa Elżbieta II zmarła. Pogrzeb Elżbiety II."), "Królowa Elżbieta Druga zmarła. Pogrzeb Elżbiety Drugiej.");
    EXPECT_EQ(say("Król Karol III i papież Leon XIV."), "Król Karol Trzeci i papież Leon Czternasty.");
    // (A reserve team, a stage or a name in capitals is no ruler.)
    EXPECT_EQ(say("Legia II Warszawa przegrała."), "Legia II Warszawa przegrała.");
    EXPECT_EQ(say("Etap II ruszy, a Kowalski II nie."), "Etap II ruszy, a Kowalski II nie.");
}

// A result with a colon, the second side in the genitive; a table's place before "miejsce" in its case.
TEST(PolishRulesTest, shouldSayAResultAndATablesPlace) {
    EXPECT_EQ(say("Legia wygrała 2:1 (0:1), a Lech 3:0."), "Legia wygrała 2 do jednego (zero do jednego), a Lech 3 do zera.");
    EXPECT_EQ(say("o godz. 14:30"), "o godzinie czternastej 30");
    EXPECT_EQ(say("awansował na 4. miejsce, był na 10. miejscu, spadł z 3. miejsca"),
              "awansował na czwarte miejsce, był na dziesiątym miejscu, spadł z trzeciego miejsca");
}

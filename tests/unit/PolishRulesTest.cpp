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

// A count after a preposition that takes the genitive, and a count of men, in the genitive (eSpeak NG reads a figure in
// the nominative); a figure that counts nothing named, a decimal, one alone, stay figures.
TEST(PolishRulesTest, shouldSayACountAfterAGenitivePrepositionInTheGenitive) {
    EXPECT_EQ(say("Limit wzro\xC5\x9Bnie z 30 tysi\xC4\x99" "cy z\xC5\x82otych do 40 tysi\xC4\x99" "cy z\xC5\x82otych."),
              "Limit wzro\xC5\x9Bnie z trzydziestu tysi\xC4\x99" "cy z\xC5\x82otych do czterdziestu tysi\xC4\x99" "cy z\xC5\x82otych.");
    EXPECT_EQ(say("Za ustaw\xC4\x85 g\xC5\x82osowa\xC5\x82o 412 pos\xC5\x82\xC3\xB3w."), "Za ustaw\xC4\x85 g\xC5\x82osowa\xC5\x82o czterystu dwunastu pos\xC5\x82\xC3\xB3w.");
    EXPECT_EQ(say("Kwota powy\xC5\xBC" "ej 300 tysi\xC4\x99" "cy."), "Kwota powy\xC5\xBC" "ej trzystu tysi\xC4\x99" "cy.");
    EXPECT_EQ(say("Ma 30 lat i z 15,5 proc. akcji."), "Ma 30 lat i z 15,5 proc. akcji.");
}

// A year a plan or a budget is for ("na 2027 r.", "na 2027 rok", "za 2024 rok") is named whole, in the accusative; the
// year things happen in keeps its locative, and one that is counted from its genitive.
TEST(PolishRulesTest, shouldSayTheYearAPlanIsForInTheAccusative) {
    EXPECT_EQ(say("Bud\xC5\xBC" "et na 2027 r. i plan na 2027 rok."),
              "Bud\xC5\xBC" "et na dwa tysi\xC4\x85" "ce dwudziesty si\xC3\xB3" "dmy rok i plan na dwa tysi\xC4\x85" "ce dwudziesty si\xC3\xB3" "dmy rok.");
    EXPECT_EQ(say("Wynik za 2024 rok."), "Wynik za dwa tysi\xC4\x85" "ce dwudziesty czwarty rok.");
    EXPECT_EQ(say("W 2027 r. i od 2027 r."),
              "W dwa tysi\xC4\x85" "ce dwudziestym si\xC3\xB3" "dmym roku i od dwa tysi\xC4\x85" "ce dwudziestego si\xC3\xB3" "dmego roku.");
    // (A count before "rok" is no year: "na 3 rok studiów" has no four figures.)
    EXPECT_EQ(say("Wr\xC3\xB3" "ci\xC5\x82 na 3 rok studi\xC3\xB3w."), "Wr\xC3\xB3" "ci\xC5\x82 na 3 rok studi\xC3\xB3w.");
}

// A law's citation, "Dz.U. z 2024 r. poz. 123, art. 5 ust. 2 pkt 3": the journal, the item, the paragraph and the point
// named (eSpeak NG spells "Dz.U." and says "poz"); a point numbered after its paragraph is not two points. ("ust." before
// its number is the Polish rules'; "z jego ust." is a mouth's.)
TEST(PolishRulesTest, shouldSayALawsCitation) {
    EXPECT_EQ(say("Art. 5 ust. 2 pkt 3 ustawy (Dz.U. z 2024 r. poz. 123)."),
              "Artyku\xC5\x82 5 ust\xC4\x99p 2 punkt 3 ustawy (Dziennik Ustaw z dwa tysi\xC4\x85" "ce dwudziestego czwartego roku pozycja 123).");
    EXPECT_EQ(say("Ma 3 pkt przewagi i 12 pkt. proc. wi\xC4\x99" "cej."),
              "Ma 3 punkty przewagi i 12 punkt\xC3\xB3w procentowych wi\xC4\x99" "cej.");
}

// "ust." after no number is no paragraph of a law: "z jego ust." is a mouth's.
TEST(PolishRulesTest, shouldKeepAMouthsUst) { EXPECT_EQ(say("Padło to z jego ust. Potem wyszedł."), "Padło to z jego ust. Potem wyszedł."); }

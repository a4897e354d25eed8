// Blind round 85, and round 84's findings left open: what listeners found wrong in pages and pasted texts written for
// the round, each fix beside the neighbouring case that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"

using namespace readcast;

// A date written with dots, "31.12.2028", in a language with no date rules of its own: said as the language writes it in
// words (Romanian's first of a month "întâi", Ukrainian's and Bulgarian's day an ordinal), not its figures and points.
TEST(BlindRound85Test, shouldSayADottedDateInWordsWhereTheLanguageHasNoDateRules) {
    EXPECT_EQ(blindSay("prelungite până la 31.12.2028 iar de la 1.3.2027 apoi.", "ro"),
              "prelungite până la 31 decembrie 2028 iar de la întâi martie 2027 apoi.");
    EXPECT_EQ(blindSay("De la 1 ianuarie 2025 crește cu 1 leu.", "ro"), "De la întâi ianuarie 2025 crește cu 1 leu.");
    EXPECT_EQ(blindSay("Son tarih 31.12.2028.", "tr"), "Son tarih 31 Aral\304\261k 2028.");
    EXPECT_EQ(blindSay("\320\224\320\276 31.12.2028", "uk"),
              "\320\224\320\276 \321\202\321\200\320\270\320\264\321\206\321\217\321\202\321\214 \320\277\320\265\321\200\321\210\320\276\320\263\320\276 "
              "\320\263\321\200\321\203\320\264\320\275\321\217 2028 \321\200\320\276\320\272\321\203");
    // (A version's parts, a day no month has, and a language whose dates hold dots stay as they are.)
    EXPECT_EQ(blindSay("versiunea 1.2.2028.4 din 31.2.2028", "ro"), "versiunea 1.2.2028.4 din 31.2.2028");
    EXPECT_EQ(blindSay("Sparad 12.3.2028 igen", "hu").find("m\303\241rcius"), std::string::npos);
}

// Romanian's "de" after a large count's word, also where the lexicon said a short form: "95,6 mld. lei".
TEST(BlindRound85Test, shouldJoinARomanianLargeCountToItsNounWithDe) {
    EXPECT_EQ(blindSay("Deficitul a ajuns la 95,6 mld. lei, adică 3 milioane dolari.", "ro"),
              "Deficitul a ajuns la 95,6 miliarde de lei, adică 3 milioane de dolari.");
    EXPECT_EQ(blindSay("Au fost ale\310\231i 25 deputa\310\233i.", "ro"), "Au fost ale\310\231i 25 de deputa\310\233i.");
    // (Where "de" is written, or no noun follows, nothing is added.)
    EXPECT_EQ(blindSay("1,9 milioane de salaria\310\233i, 2 milioane.", "ro"), "1,9 milioane de salaria\310\233i, 2 milioane.");
}

// An exchange rate after its figure, "4,9749 lei/euro": the slash said as the language's "for one".
TEST(BlindRound85Test, shouldSayAnExchangeRatesSlash) {
    EXPECT_EQ(blindSay("Cursul a fost de 4,9749 lei/euro.", "ro"), "Cursul a fost de 4,9749 lei pentru un euro.");
    EXPECT_NE(blindSay("Kurs 4,30 z\305\202/euro.", "pl").find("za euro"), std::string::npos);
    // (No figure before it: a pair's name, not a rate.)
    EXPECT_EQ(blindSay("cursul lei/euro a crescut", "ro").find("pentru"), std::string::npos);
}

// A METAR quoted in an aviation story: said as what it codes, never "twenty-three thousand and fourteen kilotons".
TEST(BlindRound85Test, shouldSayAMetarAsWhatItCodes) {
    const std::string said = blindSay("A METAR at the time showed EINN 031300Z 23014KT 9999 FEW025 SCT040 14/09 Q1011 NOSIG.", "en-IE");
    EXPECT_EQ(said,
              "A METAR at the time showed E I N N, at thirteen hundred U.T.C on the third: wind from two hundred and thirty degrees at fourteen knots, "
              "visibility ten kilometres or more, few clouds at two thousand five hundred feet, scattered clouds at four thousand feet, "
              "temperature fourteen, dew point nine, pressure one thousand and eleven hectopascals, no significant change.");
    const std::string american = blindSay("METAR KBOS 041854Z 27015G28KT 3/4SM -SHRA BR OVC015CB M02/M05 A2992 RMK AO2 SLP132=", "en-US");
    EXPECT_NE(american.find("gusting twenty-eight, visibility three quarters of a statute mile, light rain showers, mist, overcast at fifteen "
                            "hundred feet, cumulonimbus, temperature minus two, dew point minus five, altimeter twenty-nine point nine two inches"),
              std::string::npos)
        << american;
    EXPECT_EQ(american.find("SLP"), std::string::npos) << american;
    // (A yield in kilotons is no wind: without a station and its time, the figure and its unit stay.)
    EXPECT_EQ(blindSay("The test was 15KT.", "en-US"), "The test was fifteen kilotons.");
}

// Afrikaans amounts, decimals, thousands, units, roads, dates and initialisms, as an Afrikaans newsreader says them.
#include <gtest/gtest.h>

#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"

using namespace readcast;

namespace {

std::string sayAfrikaans(const std::string& text) {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", "af", {});
    return Normalizer("af", &lexicon).normalize(text);
}

}  // namespace

TEST(AfrikaansRulesTest, shouldSayRandAfterTheAmountWithItsDecimalComma) {
    EXPECT_EQ(sayAfrikaans("skade van R1,2 miljard aan oeste"), "skade van 1 komma 2 miljard rand aan oeste");
    EXPECT_EQ(sayAfrikaans("tot R5 340 per ton, of R4 985/t"), "tot 5340 rand per ton, of 4985 rand per ton");
    EXPECT_EQ(sayAfrikaans("tussen R11 000 en R14 000 ’n ton"), "tussen 11000 rand en 14000 rand ’n ton");
    EXPECT_EQ(sayAfrikaans("Nog R120 miljoen word verwag."), "Nog 120 miljoen rand word verwag.");
}

TEST(AfrikaansRulesTest, shouldJoinThousandsAndSayDecimals) {
    EXPECT_EQ(sayAfrikaans("sowat 38 000 hektaar en 3,5% minder"), "sowat 38000 hektaar en 3 komma 5% minder");
    EXPECT_EQ(sayAfrikaans("’n oes van 15,8 miljoen ton"), "’n oes van 15 komma 8 miljoen ton");
}

TEST(AfrikaansRulesTest, shouldSayUnitsAfterFigures) {
    EXPECT_EQ(sayAfrikaans("12 500 ha sonneblom en 47 mm reën"), "12500 hektaar sonneblom en 47 millimeter reën");
    EXPECT_EQ(sayAfrikaans("’n stoor van 1 200 m² by 34 °C"), "’n stoor van 1200 vierkante meter by 34 grade Celsius");
    EXPECT_EQ(sayAfrikaans("teen -5 °C"), "teen min 5 grade Celsius");
}

TEST(AfrikaansRulesTest, shouldSayARoadsNumberFigureByFigure) {
    EXPECT_EQ(sayAfrikaans("hul voertuig op die R504 naby Leeudoringstad"), "hul voertuig op die R 5 0 4 naby Leeudoringstad");
    // (An amount after "die" with its magnitude is money.)
    EXPECT_EQ(sayAfrikaans("die R35 miljoen uit die noodfonds"), "die 35 miljoen rand uit die noodfonds");
}

TEST(AfrikaansRulesTest, shouldSayADayWithoutItsZeroAndSpellInitialisms) {
    EXPECT_EQ(sayAfrikaans("Gepubliseer op 04 Maart 2025."), "Gepubliseer op 4 Maart 2025.");
    EXPECT_EQ(sayAfrikaans("woordvoerder van die SAPD"), "woordvoerder van die S A P D");
    EXPECT_EQ(sayAfrikaans("Kapt. Tumi Sekgota"), "Kaptein Tumi Sekgota");
}

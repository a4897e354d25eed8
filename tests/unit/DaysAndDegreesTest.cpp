// Days written in figures before their month, seasons across two years and degrees after a figure, in the
// languages of continental Europe and Indonesia: what eSpeak NG would say wrong and what a newsreader says.
#include <gtest/gtest.h>

#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"

using namespace readcast;

namespace {

std::string say(const std::string& text, const std::string& language) {
    static const Lexicon kNone;
    return Normalizer(language, &kNone).normalize(text);
}

// The language's shipped lexicon too, as a render has it.
std::string sayShipped(const std::string& text, const std::string& language) {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", language, {});
    return Normalizer(language, &lexicon).normalize(text);
}

}  // namespace

TEST(DaysAndDegreesTest, shouldSayASpanOfDaysWithTheLanguagesWordsForFromAndTo) {
    EXPECT_EQ(say("Il festival, 2-13 dicembre, a Roma.", "it"), "Il festival, dal 2 al 13 dicembre, a Roma.");
    EXPECT_EQ(say("Dal 5-20 marzo.", "it"), "Dal 5 al 20 marzo.");
    EXPECT_EQ(say("El festival, 2–13 de diciembre.", "es"), "El festival, del 2 al 13 de diciembre.");
    EXPECT_EQ(say("Del 02-09 de marzo.", "es"), "Del 2 al 9 de marzo.");
    EXPECT_EQ(say("O festival, 2-13 de dezembro, em Lisboa.", "pt"), "O festival, de 2 a 13 de dezembro, em Lisboa.");
    EXPECT_EQ(say("Du 2-13 décembre.", "fr"), "Du 2 au 13 décembre.");
    // (A result or a span that is no run of days stays as the language's other rules read it.)
    EXPECT_EQ(say("Vinse 2-1 il 3 marzo.", "it"), "Vinse 2 a 1 il 3 marzo.");
    EXPECT_EQ(say("Ganó 2-1 el domingo.", "es"), "Ganó 2 a 1 el domingo.");
    EXPECT_EQ(say("Perse 13-2 dicembre scorso.", "it"), "Perse 13 a 2 dicembre scorso.");
}

TEST(DaysAndDegreesTest, shouldSayADayWithoutItsLeadingNought) {
    EXPECT_EQ(say("No dia 06 de março.", "pt"), "No dia 6 de março.");
    EXPECT_EQ(say("El 06 de marzo.", "es"), "El 6 de marzo.");
    EXPECT_EQ(say("Il 06 marzo.", "it"), "Il 6 marzo.");
    EXPECT_EQ(say("Le 06 mars.", "fr"), "Le 6 mars.");
    // (A code or a figure with its nought that no month follows keeps it.)
    EXPECT_EQ(say("La linea 06 parte.", "it"), "La linea 06 parte.");
}

TEST(DaysAndDegreesTest, shouldSayAFrenchHourWithoutItsLeadingNought) {
    EXPECT_EQ(say("À 09h30 et à 09h05.", "fr"), "À 9 heures 30 et à 9 heures 5.");
}

TEST(DaysAndDegreesTest, shouldSayTheDayInBracketsAfterAPortugueseWeekday) {
    EXPECT_EQ(say("Na terça-feira (3), o presidente falou.", "pt"), "Na terça-feira, dia 3, o presidente falou.");
    EXPECT_EQ(say("O governo anunciou nesta Sexta-feira (14) que vai cortar.", "pt"), "O governo anunciou nesta Sexta-feira, dia 14, que vai cortar.");
    EXPECT_EQ(say("No domingo (31).", "pt"), "No domingo, dia 31.");
    // (A bracketed figure after another word is not a day.)
    EXPECT_EQ(say("O jogo (2) terminou.", "pt"), "O jogo (2) terminou.");
    EXPECT_EQ(say("Na terça-feira (45) nada.", "pt"), "Na terça-feira (45) nada.");
}

TEST(DaysAndDegreesTest, shouldSayDegreesInTheLanguageWithOrWithoutTheSpace) {
    EXPECT_EQ(say("Det var -5 °C i Kiruna och 12°C i Malmö.", "sv"), "Det var minus 5 grader i Kiruna och 12 grader i Malmö.");
    EXPECT_EQ(say("Det var 12 °C i Oslo.", "no"), "Det var 12 grader i Oslo.");
    EXPECT_EQ(say("Det var 21°C.", "da"), "Det var 21 grader.");
    EXPECT_EQ(say("Het was 12 °C en 5°C.", "nl"), "Het was 12 graden en 5 graden.");
    EXPECT_EQ(say("Suhu -3 °C dan 30°C.", "id"), "Suhu minus 3 derajat Celsius dan 30 derajat Celsius.");
    // Polish agrees with the figure: 1 "stopień", 2–4 "stopnie" (not 12–14), else "stopni".
    EXPECT_EQ(say("Było 12 °C, 2°C i 1 °C.", "pl"), "Było 12 stopni Celsjusza, 2 stopnie Celsjusza i 1 stopień Celsjusza.");
}

TEST(DaysAndDegreesTest, shouldSayAnIndonesianSpanBeforeAUnitTheLexiconSays) {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", "id", {});
    EXPECT_EQ(Normalizer("id", &lexicon).normalize("Jalan 2-3 km, kalah 1-2."), "Jalan 2 hingga 3 kilometer, kalah 1-2.");
}

TEST(DaysAndDegreesTest, shouldSayASeasonAcrossTwoYearsWithoutItsSlash) {
    EXPECT_EQ(say("sæsonen 2029/30", "da"), "sæsonen 2029 til 30");
    EXPECT_EQ(say("het seizoen 2025/26 en de jaarwisseling 2025/2026", "nl"), "het seizoen 2025-26 en de jaarwisseling 2025-2026");
    EXPECT_EQ(say("la temporada 2024/25", "es"), "la temporada 2024-25");
    EXPECT_EQ(say("a época 2024-25", "pt"), "a época 2024 a 25");
    // (Only the next year: a date's year and month, a span of years and a fraction stay.)
    EXPECT_EQ(say("el 2024/03 y 1990/95 y 12/13", "es"), "el 2024/03 y 1990/95 y 12/13");
    EXPECT_EQ(say("Saison 2025/26", "de"), "Saison 2025/26");
}

TEST(DaysAndDegreesTest, shouldSayShortFormsTheLexiconsGained) {
    EXPECT_EQ(sayShipped("(§§ 165 ff. SGB III)", "de"), "(Paragrafen 165 folgende S G B 3)");
    EXPECT_EQ(sayShipped("ao abrigo do art.º 12.º", "pt"), "ao abrigo do artigo 12º");
    EXPECT_EQ(sayShipped("§ 4, stk. 2, ifm. renoveringen", "da"), "paragraf 4, stykke 2, i forbindelse med renoveringen");
    EXPECT_EQ(sayShipped("il c.d. fondo montagna", "it"), "il cosiddetto fondo montagna");
    EXPECT_EQ(sayShipped("Perrotin (88e s.p.)", "fr"), "Perrotin (quatre-vingt-huitième sur penalty)");
    EXPECT_EQ(say("H. Ahmad Fauzan dan Jalan M.H. Thamrin", "id"), "Haji Ahmad Fauzan dan Jalan M.H. Thamrin");
}

TEST(DaysAndDegreesTest, shouldSayCupRoundsResultLinesClubsPostcodesAndHourSpans) {
    EXPECT_EQ(say("en 1/8 de finale, les 1/4 de finale et la 1/2 finale", "fr"), "en huitièmes de finale, les quarts de finale et la demi-finale");
    EXPECT_EQ(say("Sporting Valdora - FC Brennau 0-0", "fr"), "Sporting Valdora - F C Brennau 0 à 0");
    EXPECT_EQ(say("Le prix - fixé à 12-15", "fr"), "Le prix - fixé à 12-15");
    EXPECT_EQ(say("1. FC Köln verliert", "de"), "erster F C Köln verliert");
    EXPECT_EQ(say("nach SGB III, nicht für OS X", "de"), "nach S G B 3, nicht für O S X");
    EXPECT_EQ(say("postcodes 7522 AH t/m 7522 AW, 7500 AE Enschede, in 2025 NS Reizigers", "nl"),
              "postcodes 75 22 A H t/m 75 22 A W, 75 00 A E Enschede, in 2025 NS Reizigers");
    EXPECT_EQ(say("pukul 08.00-17.00 WIB, harga Rp2.300/kg, RT 03/RW 05", "id"), "pukul 8 sampai 17 WIB, harga 2.300 rupiah per kg, RT 03 RW 05");
}

// One degree is singular: "1 grad", "1 graad".
TEST(DaysAndDegreesTest, shouldSayOneDegreeInTheSingular) {
    EXPECT_EQ(say("Det blev 1 °C och 21 °C och -1°C.", "sv"), "Det blev 1 grad och 21 grader och minus 1 grad.");
    EXPECT_EQ(say("Het was 1 °C en 11 °C.", "nl"), "Het was 1 graad en 11 graden.");
}

// A Spanish postal code led by a nought, figure by figure.
TEST(DaysAndDegreesTest, shouldSayASpanishPostalCodeFigureByFigure) {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", "es", {});
    EXPECT_EQ(Normalizer("es", &lexicon).normalize("C.P. 08040, Ciudad de México"), "código postal 0 8 0 4 0, Ciudad de México");
    EXPECT_EQ(say("el CP 03100 de Benito Juárez; tiene 08040 habitantes", "es"), "el C P 0 3 1 0 0 de Benito Juárez; tiene cero ocho cero cuatro cero habitantes");
}

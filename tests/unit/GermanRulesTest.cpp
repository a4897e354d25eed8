// German spoken forms: what eSpeak NG's German voice misreads in news copy (each test names what it
// said) and what must stay as written because it reads it right.

#include <gtest/gtest.h>

#include "text/Normalizer.hpp"

using namespace readcast;

namespace {

std::string sag(const std::string& text) {
    static const Lexicon kNone;
    return Normalizer("de", &kNone).normalize(text);
}

}  // namespace

// "am 14. Juli" was "am vierzehn Juli", with a stop after the number.
TEST(GermanRulesTest, shouldReadOrdinalsWithTheEndingTheirWordsAsk) {
    EXPECT_EQ(sag("Am 14. Juli wird gew\u00E4hlt."), "Am vierzehnten Juli wird gew\u00E4hlt.");
    EXPECT_EQ(sag("Freitag, 7. M\u00E4rz: Streik"), "Freitag, siebter M\u00E4rz: Streik");
    EXPECT_EQ(sag("Das war im 4. Jahr nach der 2. Wahl."), "Das war im vierten Jahr nach der zweiten Wahl.");
    EXPECT_EQ(sag("Morgen ist der 9. November."), "Morgen ist der neunte November.");
    EXPECT_EQ(sag("Sieger der 3. Etappe, die 5. Auflage, zum 10. Mal"), "Sieger der dritten Etappe, die f\u00FCnfte Auflage, zum zehnten Mal");
    EXPECT_EQ(sag("in der 31. und 88. Minute"), "in der einunddrei\u00DFigsten und achtundachtzigsten Minute");
    EXPECT_EQ(sag("vom 6.-8. Juni"), "vom sechsten bis achten Juni");
    // A rank before its noun, with no article: the noun's gender.
    EXPECT_EQ(sag("GA 2. Klasse, im 2. Weltkrieg, zum 3. Mal"), "G A zweite Klasse, im zweiten Weltkrieg, zum dritten Mal");
    // A goal's minute in brackets after its scorer, in a match report; the section sign of a law.
    EXPECT_EQ(sag("Kr\u00F6ger (12.) traf, Kane (45.+2) glich aus."), "Kr\u00F6ger (zw\u00F6lfte Minute) traf, Kane (f\u00FCnfundvierzigste Minute plus 2) glich aus.");
    EXPECT_EQ(sag("Die Zahl (12.) steht hier."), "Die Zahl (12.) steht hier.");
    EXPECT_EQ(sag("Nach dem Spiel lag Mainz (8.) hinter Freiburg (5.)."), "Nach dem Spiel lag Mainz (8.) hinter Freiburg (5.).");
    EXPECT_EQ(sag("wegen K\u00F6rperverletzung (\u00A7 224 StGB) und nach \u00A7\u00A7 242, 243"),
              "wegen K\u00F6rperverletzung (Paragraf 224 StGB) und nach Paragrafen 242, 243");
    // A number ending a sentence is no ordinal.
    EXPECT_EQ(sag("Sie wurde 4. Danach kam nichts."), "Sie wurde 4. Danach kam nichts.");
}

// "2.10.2023" was "zwei Punkt zehn Punkt zweitausenddreiundzwanzig".
TEST(GermanRulesTest, shouldReadDatesInFigures) {
    EXPECT_EQ(sag("Stand: 2.10.2023"), "Stand: zweiter Oktober zweitausenddreiundzwanzig");
    EXPECT_EQ(sag("seit dem 05.11.98 und bis 1.4."), "seit dem f\u00FCnften November neunzehnhundertachtundneunzig und bis ersten April");
    EXPECT_EQ(sag("Version 3.2.1 und 17.735 Punkte"), "Version 3.2.1 und 17.735 Punkte");
}

// "20:15 Uhr" was "zwanzig Uhr f\u00FCnfzehn Uhr", "2:0" "zwei null".
TEST(GermanRulesTest, shouldReadTimesAndResults) {
    EXPECT_EQ(sag("Anpfiff um 20:15 Uhr, Ende gegen 22:00"), "Anpfiff um 20 Uhr 15, Ende gegen 22 Uhr");
    EXPECT_EQ(sag("ab 7.05 Uhr"), "ab 7 Uhr 5");
    EXPECT_EQ(sag("Leipzig siegte 2:0 (1:0), die Handballer 31:29."), "Leipzig siegte 2 zu 0 (1 zu 0), die Handballer 31 zu 29.");
}

// "1961" was "eintausendneunhunderteinundsechzig"; a count of that size stays a count.
TEST(GermanRulesTest, shouldReadYearsAsYearsButCountsAsCounts) {
    EXPECT_EQ(sag("1961 wurde die Mauer gebaut, im Jahr 1871 das Reich."),
              "neunzehnhunderteinundsechzig wurde die Mauer gebaut, im Jahr achtzehnhunderteinundsiebzig das Reich.");
    EXPECT_EQ(sag("Es kamen 1800 G\u00E4ste und 1200 \u20AC."), "Es kamen 1800 G\u00E4ste und 1200 Euro.");
    EXPECT_EQ(sag("die 1970er-Jahre, von 1618-1648"), "die neunzehnhundertsiebziger Jahre, von sechzehnhundertachtzehn bis sechzehnhundertachtundvierzig");
}

// "4,99 \u20AC" was "vier Komma neun neun Euro", "$3" "Dollar drei", "km/h" "ka em ha".
TEST(GermanRulesTest, shouldReadAmountsUnitsAndRanges) {
    EXPECT_EQ(sag("nur 4,99 \u20AC statt 7,50 Euro, also 1 Euro"), "nur 4 Euro 99 statt 7 Euro 50, also ein Euro");
    EXPECT_EQ(sag("f\u00FCr $3 oder \u20AC 2,5 Mrd."), "f\u00FCr 3 Dollar oder 2,5 Mrd. Euro");
    EXPECT_EQ(sag("mit 80 km/h bei 35 \u00B0C auf 2 km, 1 t"), "mit 80 Kilometer pro Stunde bei 35 Grad Celsius auf 2 Kilometer, eine Tonne");
    EXPECT_EQ(sag("20-30 Prozent, Tel. 030-12345, 3-mal"), "20 bis 30 Prozent, Tel. 0 3 0 - 1 2 3 4 5, 3-mal");
    EXPECT_EQ(sag("5 mal so viel"), "5 mal so viel");
}

// "BKA" and "UN" are letters, "UN" was "un"; "NATO" is a word; a line in capitals is words.
TEST(GermanRulesTest, shouldSpellInitialismsButNotWordsInCapitals) {
    EXPECT_EQ(sag("Das BKA, die UN und die NATO"), "Das B K A, die U N und die NATO");
    EXPECT_EQ(sag("der KfW-Kredit und das \u00D6RR-Budget"), "der K F W-Kredit und das \u00D6 R R-Budget");
    EXPECT_EQ(sag("die UEFA und die IAEA"), "die UEFA und die IAEA");
    EXPECT_EQ(sag("ACHTUNG: HOCHWASSER IN PASSAU ERWARTET"), "ACHTUNG: HOCHWASSER IN PASSAU ERWARTET");
}

// "Heinrich VIII." was "Heinrich r\u00F6misch acht".
TEST(GermanRulesTest, shouldReadARulersNumberInItsCase) {
    EXPECT_EQ(sag("Heinrich VIII. heiratete sechsmal."), "Heinrich der Achte heiratete sechsmal.");
    EXPECT_EQ(sag("ein Brief von K\u00F6nig Ludwig XVI. an sie"), "ein Brief von K\u00F6nig Ludwig dem Sechzehnten an sie");
    // (A part's number without a dot is counted, "Teil zwei", where eSpeak NG says "römisch zwei".)
    EXPECT_EQ(sag("Teil II und Level IV"), "Teil 2 und Level 4");
}

// A postcode after the street and a telephone number are said digit by digit, a count is not; a club's
// founding year is a year; a weekday written short before a date in figures; a street written short;
// a fraction; a web address and an e-mail address.
TEST(GermanRulesTest, shouldReadAddressesNumbersOfTelephonesFractionsAndWebAddresses) {
    EXPECT_EQ(sag("Kirchweg 4, 70173 Stuttgart, Tel. 0711 2345-6"), "Kirchweg 4, 7 0 1 7 3 Stuttgart, Tel. 0 7 1 1, 2 3 4 5 - 6");
    EXPECT_EQ(sag("unter 0800 1000 4800 wenden"), "unter 0 8 0 0, 1 0 0 0, 4 8 0 0 wenden");
    EXPECT_EQ(sag("Es kamen 12000 Menschen."), "Es kamen 12000 Menschen.");
    EXPECT_EQ(sag("Das Haus kostet 85.000 Euro, der Tank fasst 1,050 Liter."), "Das Haus kostet 85.000 Euro, der Tank fasst 1,050 Liter.");
    EXPECT_EQ(sag("Der VfB 1893 spielt am Sa., 8.11. in der Schillerstr."),
              "Der V F B achtzehnhundertdreiundneunzig spielt am Samstag, dem achten November in der Schillerstra\u00DFe");
    EXPECT_EQ(sag("Rund 3/4 der Mitglieder"), "Rund 3 Viertel der Mitglieder");
    EXPECT_EQ(sag("Mehr auf stadt-ulm.de oder an presse@stadt-ulm.de."), "Mehr auf stadt-ulm Punkt de oder an presse at stadt-ulm Punkt de.");
}

// A date beside "am Montag" takes its case; a unit after "pro", seconds after a number.
TEST(GermanRulesTest, shouldReadADateBesideItsWeekdayAndUnitsAfterPro) {
    EXPECT_EQ(sag("Am Freitag, 9. Mai beginnt das Fest."), "Am Freitag, dem neunten Mai beginnt das Fest.");
    EXPECT_EQ(sag("Sie kostet 11 Euro pro m\u00B2 und lief 200 m in 23,4 s."),
              "Sie kostet 11 Euro pro Quadratmeter und lief 200 Meter in 23,4 Sekunden.");
}

// A minus set as a dash or as the sign itself before a figure: eSpeak NG passes over both, a hyphen it
// says "minus"; a dash between two figures is still "bis".
TEST(GermanRulesTest, shouldSayAMinusSetAsADash) {
    EXPECT_EQ(sag("Es hat \u201312 \u00B0C, nachts \u22125 \u00B0C."), "Es hat -12 Grad Celsius, nachts -5 Grad Celsius.");
    EXPECT_EQ(sag("die Seiten 3\u20135"), "die Seiten 3 bis 5");
}

// A line set in capitals is words, not letters to spell; an initialism in a sentence is spelled.
TEST(GermanRulesTest, shouldReadAShoutedLineAsWords) {
    EXPECT_EQ(sag("DAS WETTER"), "DAS WETTER");
    EXPECT_EQ(sag("Die Pressestelle der BVG teilte mit."), "Die Pressestelle der B V G teilte mit.");
}

// Swiss prices: a point before the centimes, a dash for none, the sign before or after ("Fr. 33.–" was
// "Freitag dreiunddreißigster bis"); a Friday's date stays a date.
TEST(GermanRulesTest, shouldReadSwissPricesInFrancs) {
    EXPECT_EQ(sag("Neu bei Fr. 33.\u2013, bisher 28.20 Fr. und CHF 12.50."), "Neu bei 33 Franken, bisher 28 Franken 20 und 12 Franken 50.");
    EXPECT_EQ(sag("Halbtax: 195 Fr. (bisher 190 Fr.)"), "Halbtax: 195 Franken (bisher 190 Franken)");
    EXPECT_EQ(sag("Das kostet 195 Fr."), "Das kostet 195 Franken.");
    EXPECT_EQ(sag("Am Fr. 12.10. wird gefeiert."), "Am Freitag 12.10. wird gefeiert.");
}

// A date after a weekday written short takes the case of "am" ("am Di., 14. Oktober"), a range's second
// day after an en dash is an ordinal too, and a road's kilometre post is "Kilometer".
TEST(GermanRulesTest, shouldReadShortWeekdaysDashedRangesAndKilometrePosts) {
    const Normalizer de("de", nullptr);
    EXPECT_EQ(de.normalize("am Di., 14. Oktober"), "am Dienstag, dem vierzehnten Oktober");
    EXPECT_EQ(de.normalize("vom 15.\u201317. Juni"), "vom f\u00FCnfzehnten bis siebzehnten Juni");
    EXPECT_EQ(de.normalize("bei km 214 der A 7, nach 5 km"), "bei Kilometer 214 der A 7, nach 5 Kilometer");
}

// Reuters writes "Mrd" and "Mio" without their dots; one million is "eine Million". A goal's minutes in brackets
// after a card, the post or a header, several of them, with added time after a space and how the goal came.
TEST(GermanRulesTest, shouldSayMillionsWithoutTheirDotsAndEveryMinuteOfAMatch) {
    const Lexicon shipped = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", "de", {});
    EXPECT_EQ(Normalizer("de", &shipped).normalize("bis zu 800 Mrd Euro, von 530 bis 590 Mio Euro, 1 Mio. Euro und 2,1 Mio. Euro"),
              "bis zu 800 Milliarden Euro, von 530 bis 590 Millionen Euro, eine Million Euro und 2,1 Millionen Euro");
    EXPECT_EQ(sag("Er sah die Gelb-Rote Karte (78.)."), "Er sah die Gelb-Rote Karte (achtundsiebzigste Minute).");
    EXPECT_EQ(sag("Kane traf doppelt (12., 67./Foulelfmeter), Musiala glich aus (45. +2)."),
              "Kane traf doppelt (zw\xC3\xB6lfte Minute, siebenundsechzigste Minute, Foulelfmeter), Musiala glich aus (f\xC3\xBCnfundvierzigste Minute plus 2).");
    EXPECT_EQ(sag("Mainz (8.) lag hinter Freiburg (5.)."), "Mainz (8.) lag hinter Freiburg (5.).");
}

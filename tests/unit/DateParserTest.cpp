#include <gtest/gtest.h>

#include "core/Months.hpp"
#include "ingest/DateParser.hpp"

using namespace readcast;

namespace {
std::string iso(const std::string& text) {
    const auto d = parseDate(text);
    return d ? d->iso() : "none";
}
}  // namespace

TEST(DateParserTest, shouldReadDayMonthYearWithTime) { EXPECT_EQ(iso("Published: 29 Apr. 2025, 00:00"), "2025-04-29T00:00"); }

TEST(DateParserTest, shouldReadMonthDayYear) {
    EXPECT_EQ(iso("April 29, 2025"), "2025-04-29");
    EXPECT_EQ(iso("Tuesday, Sept. 3 2024"), "2024-09-03");
}

TEST(DateParserTest, shouldReadTwelveHourTimes) {
    EXPECT_EQ(iso("Updated Jan 5, 2024 3:45 p.m. EST"), "2024-01-05T15:45");
    EXPECT_EQ(iso("Jan 5, 2024 12:10 am"), "2024-01-05T00:10");
}

TEST(DateParserTest, shouldReadIsoDatesAndTimestamps) {
    EXPECT_EQ(iso("2025-04-29"), "2025-04-29");
    EXPECT_EQ(iso("2025-04-29T09:15:00+09:00"), "2025-04-29T09:15:00+09:00") << "the UTC offset is kept";
    EXPECT_EQ(iso("2025-04-29T09:15:00Z"), "2025-04-29T09:15:00Z");
    EXPECT_EQ(iso("2015-07-24T05:36:08-0400"), "2015-07-24T05:36:08-04:00");
    EXPECT_EQ(iso("Jan 5, 2024 3:45 PM -05:00"), "2024-01-05T15:45") << "a zone only in ISO timestamps";
}

TEST(DateParserTest, shouldReadNumericDatesInEveryCommonOrder) {
    EXPECT_EQ(iso("2/26/2015 7:11 AM PST BY TMZ STAFF"), "2015-02-26T07:11");
    EXPECT_EQ(iso("26/2/2015"), "2015-02-26") << "a first number over 12 is the day";
    EXPECT_EQ(iso("Le Monde | 04.05.2015 \u00E0 13h36"), "2015-05-04") << "dotted dates are day first";
    EXPECT_EQ(iso("2018/08/25 15:24"), "2018-08-25T15:24");
    EXPECT_EQ(iso("\uAE30\uC0AC\uC785\uB825 :[ 2018.08.25 15:24 ]"), "2018-08-25T15:24");
    EXPECT_EQ(iso("2018\uB144 8\uC6D4 25\uC77C"), "2018-08-25");
    EXPECT_EQ(iso("\u914D\u4FE1 2017\u5E743\u67089\u65E5"), "2017-03-09");
}

TEST(DateParserTest, shouldReadMonthNamesOfOtherLanguages) {
    EXPECT_EQ(iso("Publi\u00E9 le 4 mai 2015"), "2015-05-04");
    EXPECT_EQ(iso("12. M\u00E4rz 2025"), "2025-03-12");
    EXPECT_EQ(iso("21 de diciembre de 2018"), "2018-12-21");
    EXPECT_EQ(iso("21 dezembro 2018"), "2018-12-21");
    EXPECT_EQ(iso("13 de Novembro, 2025 | 08h15").substr(0, 10), "2025-11-13");
    EXPECT_EQ(iso("3 settembre 2024, 10:15"), "2024-09-03T10:15");
    EXPECT_EQ(iso("12 maj 2025"), "2025-05-12");
    EXPECT_EQ(iso("3 augusti 2025"), "2025-08-03");
    EXPECT_EQ(iso("14 Kas\u0131m 2024"), "2024-11-14");
    EXPECT_EQ(iso("1 \u015Eubat 2025"), "2025-02-01");
}

TEST(DateParserTest, shouldRejectImpossibleOrIncompleteDates) {
    EXPECT_EQ(iso("Feb 30, 2025"), "none");
    EXPECT_EQ(iso("April 29"), "none");
    EXPECT_EQ(iso("the 1990s"), "none");
    EXPECT_EQ(iso("2025-13-01"), "none");
}

TEST(DateParserTest, shouldKnowMonthNamesAndAbbreviations) {
    EXPECT_EQ(monthFromName("Apr."), 4);
    EXPECT_EQ(monthFromName("sept"), 9);
    EXPECT_EQ(monthFromName("December"), 12);
    EXPECT_EQ(monthFromName("Ma"), 0);
    EXPECT_EQ(monthFromName("Monday"), 0);
    EXPECT_EQ(monthFromName("MAR"), 3);
    EXPECT_EQ(monthName(4), std::string("April"));
    EXPECT_EQ(monthName(13), std::string(""));
}

// Fractions of a second do not lose the zone after them.
TEST(DateParserTest, shouldKeepTheZoneAfterFractionsOfASecond) {
    EXPECT_EQ(parseDate("2025-03-03T11:00:00.412Z")->iso(), "2025-03-03T11:00:00Z");
    EXPECT_EQ(parseDate("2025-03-03T11:00:00.000-05:00")->iso(), "2025-03-03T11:00:00-05:00");
}

// Danish months where they differ from German and Swedish: "14. marts 2025".
TEST(DateParserTest, shouldReadDanishMonths) { EXPECT_EQ(iso("14. marts 2025"), "2025-03-14"); }

// Czech, Slovak, Croatian and Finnish months as their dates write them, in the genitive or partitive.
TEST(DateParserTest, shouldReadCentralEuropeanAndFinnishMonths) {
    const auto day = [](const std::string& text) {
        const auto d = parseDate(text);
        return d ? std::to_string(d->year) + "-" + std::to_string(d->month) + "-" + std::to_string(d->day) : std::string("none");
    };
    EXPECT_EQ(day("Publikov\xC3\xA1no 3. \xC4\x8D" "ervna 2025"), "2025-6-3");
    EXPECT_EQ(day("21. janu\xC3\xA1ra 2025"), "2025-1-21");
    EXPECT_EQ(day("1. srpnja 2025."), "2025-7-1");
    EXPECT_EQ(day("3. kes\xC3\xA4kuuta 2025"), "2025-6-3");
    EXPECT_EQ(day("18 listopada 2025"), "2025-11-18") << "Polish November, not Croatian October";
}

// March as French, Swedish and Norwegian write it, between a day and a year; the planet alone is no date.
TEST(DateParserTest, shouldReadMarsAsMarchInADate) {
    EXPECT_EQ(iso("Publi\u00E9 le 5 mars 2025"), "2025-03-05");
    EXPECT_EQ(iso("onsdag 5 mars 2025"), "2025-03-05");
    EXPECT_FALSE(parseDate("a mission to Mars").has_value());
}

// "07/03/2025" could be either order: a weekday named beside it decides, and without one the order is
// marked a guess that the article's language may turn round.
TEST(DateParserTest, shouldTellDayFromMonthByTheWeekdayAndMarkAGuess) {
    EXPECT_EQ(iso("Issued: 11:00 Friday 07/03/2025"), "2025-03-07");
    EXPECT_EQ(iso("Thursday 07/03/2025"), "2025-07-03");
    const auto guessed = parseDate("04/03/2025 11:52 GMT");
    ASSERT_TRUE(guessed);
    EXPECT_TRUE(guessed->order_guessed);
    EXPECT_FALSE(parseDate("04/23/2025")->order_guessed);
    EXPECT_FALSE(parseDate("Friday 07/03/2025")->order_guessed);
    DateTime d = *guessed;
    d.swapDayAndMonth();
    EXPECT_EQ(d.dateIso(), "2025-03-04");
}

// Russian months in the genitive a date takes, Indonesian and Malay months where they differ.
TEST(DateParserTest, shouldReadRussianAndIndonesianMonths) {
    EXPECT_EQ(iso("03 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2026, 15:27"), "2026-03-03T15:27");
    EXPECT_EQ(iso("12 \xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8F 2025"), "2025-12-12");
    EXPECT_EQ(iso("Selasa, 3 Maret 2026 15:21 WIB"), "2026-03-03T15:21");
    EXPECT_EQ(iso("17 Agustus 2025"), "2025-08-17");
}

// German months cut short where they are no English abbreviation: "Mär", "Okt", "Dez", as Austria's agency dates its copy.
TEST(DateParserTest, shouldReadGermanMonthsCutShort) {
    EXPECT_EQ(parseDate("Di, 03.M\u00E4r 2026")->iso(), "2026-03-03");
    EXPECT_EQ(parseDate("12. Okt. 2025")->iso(), "2025-10-12");
    EXPECT_EQ(parseDate("1. Dez 2024")->iso(), "2024-12-01");
}

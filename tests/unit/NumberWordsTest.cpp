#include <gtest/gtest.h>

#include "text/NumberWords.hpp"

using namespace readcast;

TEST(NumberWordsTest, shouldNameCardinals) {
    EXPECT_EQ(cardinalWords(0), "zero");
    EXPECT_EQ(cardinalWords(13), "thirteen");
    EXPECT_EQ(cardinalWords(45), "forty-five");
    EXPECT_EQ(cardinalWords(100), "one hundred");
    EXPECT_EQ(cardinalWords(2025), "two thousand twenty-five");
    EXPECT_EQ(cardinalWords(1000001), "one million one");
    EXPECT_EQ(cardinalWords(250000000000ULL), "two hundred fifty billion");
}

TEST(NumberWordsTest, shouldNameOrdinals) {
    EXPECT_EQ(ordinalWords(1), "first");
    EXPECT_EQ(ordinalWords(2), "second");
    EXPECT_EQ(ordinalWords(12), "twelfth");
    EXPECT_EQ(ordinalWords(20), "twentieth");
    EXPECT_EQ(ordinalWords(21), "twenty-first");
    EXPECT_EQ(ordinalWords(29), "twenty-ninth");
    EXPECT_EQ(ordinalWords(100), "one hundredth");
}

TEST(NumberWordsTest, shouldSayYearsAsYears) {
    EXPECT_EQ(yearWords(2025), "twenty twenty-five");
    EXPECT_EQ(yearWords(1945), "nineteen forty-five");
    EXPECT_EQ(yearWords(2005), "two thousand five");
    EXPECT_EQ(yearWords(2000), "two thousand");
    EXPECT_EQ(yearWords(1900), "nineteen hundred");
    EXPECT_EQ(yearWords(1905), "nineteen oh five");
    EXPECT_EQ(yearWords(2010), "twenty ten");
}

TEST(NumberWordsTest, shouldSayIsoDates) {
    EXPECT_EQ(spokenDate(DateTime{.year = 2025, .month = 4, .day = 29, .hour = 0, .minute = 0}), "April twenty-ninth, twenty twenty-five");
    EXPECT_EQ(spokenDate(DateTime{.year = 1999, .month = 12, .day = 1}), "December first, nineteen ninety-nine");
}

// English outside North America says "and" before the last part of a number under a hundred.
TEST(NumberWordsTest, shouldSayAndInsideNumbersTheBritishWay) {
    EXPECT_EQ(withBritishAnd("one hundred eighty-seven pounds"), "one hundred and eighty-seven pounds");
    EXPECT_EQ(withBritishAnd("in two thousand eight"), "in two thousand and eight");
    EXPECT_EQ(withBritishAnd("one hundred twenty thousand people"), "one hundred and twenty thousand people");
    EXPECT_EQ(withBritishAnd("one million twenty thousand"), "one million twenty thousand");
    EXPECT_EQ(withBritishAnd("three million five hundred thousand"), "three million five hundred thousand");
    EXPECT_EQ(withBritishAnd("the one hundred first day"), "the one hundred and first day");
    EXPECT_EQ(withBritishAnd("at fourteen hundred GMT, three hundred years"), "at fourteen hundred GMT, three hundred years");
    EXPECT_EQ(withBritishAnd("a hundred people"), "a hundred people");
    EXPECT_EQ(withBritishAnd("rose to seventy-three thousand five hundred."), "rose to seventy-three thousand five hundred.");
    EXPECT_EQ(withBritishAnd("oh eight hundred, one two three"), "oh eight hundred, one two three");
}

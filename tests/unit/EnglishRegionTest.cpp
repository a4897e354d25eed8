#include <gtest/gtest.h>

#include "ingest/EnglishRegion.hpp"
#include "ingest/Ingest.hpp"
#include "text/Normalizer.hpp"

using namespace readcast;

TEST(EnglishRegionTest, shouldFindTheRegionACommonwealthTextIsWrittenIn) {
    const std::string british = "The council's programme will cost £4.2m, or 3 per cent of its budget, from 14 March. "
                                "The centre will open in the spring, councillors said.";
    EXPECT_EQ(withEnglishRegion("en", british), "en-GB");
    const std::string australian = "Saturday 13 April 2024 - 10.48pm AEST. The Blues led by 23 points before the break, and "
                                   "the crowd of 86,512 saw the favourites fall on 25 April.";
    EXPECT_EQ(withEnglishRegion("en", australian), "en-AU");
    const std::string indian = "The corporation will spend Rs 31,774 crore on capital works, 12 per cent more, from 1 April.";
    EXPECT_EQ(withEnglishRegion("en", indian), "en-IN");
}

TEST(EnglishRegionTest, shouldLeaveAmericanTextsShortOnesAndDeclaredRegionsAlone) {
    const std::string american = "The program will cost $4 million, or 3 percent of the budget, from March 14. The center "
                                 "will open in the spring, and the organization said its behavior was fine.";
    EXPECT_EQ(withEnglishRegion("en", american), "en");
    // A story about Britain in American spelling stays American.
    EXPECT_EQ(withEnglishRegion("en", "The £50 million program was 4 percent over budget, the organization said on May 3."), "en");
    EXPECT_EQ(withEnglishRegion("en", "Colour."), "en");
    EXPECT_EQ(withEnglishRegion("en-US", "The colour of the centre's programme, 3 per cent"), "en-US");
    EXPECT_EQ(withEnglishRegion("fr", "Le programme du centre"), "fr");
}

TEST(EnglishRegionTest, shouldReadACommonwealthTextsNumbersAsItsNewsreadersDo) {
    const Article a = ingestArticle(Input{"budget.txt", "Council backs budget\n\nBand D households will pay £1,847.21 a year from "
                                                        "April, 4.9 per cent more, after councillors backed the programme on "
                                                        "12 February.\n\nThe authority runs 312 buildings.\n"},
                                    InputFormat::Auto);
    EXPECT_EQ(a.language, "en-GB");
    const Normalizer normalizer(a.language, nullptr);
    EXPECT_EQ(normalizer.normalize("The authority runs 312 buildings."), "The authority runs three hundred and twelve buildings.");
}

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
    // (Named by its states and cities where no money sign says it: an AAP court story in dollars.)
    const std::string sydney = "A Sydney adviser was jailed in the NSW District Court for an offence against a client, "
                               "with a non-parole period of seven years, 3 per cent of whose savings were lost on March 3, "
                               "March 8 and March 9 in Parramatta, Sydney.";
    EXPECT_EQ(withEnglishRegion("en", sydney), "en-AU");
    const std::string drilling = "Perth-based Karinga (ASX: KRM) said hole 12 hit 6.2 metres of ore on March 31; it is authorised "
                                 "to drill 4,316 metres more in its program, with A$5.5 million, from June 20.";
    EXPECT_EQ(withEnglishRegion("en", drilling), "en-AU");
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
    // (An American story that names Sydney and Melbourne stays American.)
    EXPECT_EQ(withEnglishRegion("en", "The program moved from Sydney to Melbourne, 4 percent of the center's budget, on May 3."), "en");
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

// What the review of the rule found: names and words that only look like a spelling say nothing.
TEST(EnglishRegionTest, shouldNotTakeNamesVerbsOrCanadianCopyForBritishWriting) {
    // A party's name ("Labour"), a verb ("may"), Greenwich time in an American wire story.
    EXPECT_EQ(withEnglishRegion("en", "Labour won 412 seats, Labour said, as Labour leaders met at 0900 GMT. Turnout was 60 percent, "
                                      "and Labour's program passed."),
              "en");
    EXPECT_EQ(withEnglishRegion("en", "Officials said 25 may have been exposed and 40 may need care; 15 may recover, the center said."), "en");
    // Canada writes "defence", "centre" and "per cent", and reads its numbers as the United States does.
    EXPECT_EQ(withEnglishRegion("en", "Ottawa will raise defence spending to 1.76 per cent, with a new operations centre and a "
                                      "defence review in Toronto."),
              "en-CA");
    // ("CA$" is no Australian dollar.)
    EXPECT_EQ(withEnglishRegion("en", "The CA$2.1 billion programme, 3 per cent of the budget, opens the centre in 2026."), "en-CA");
}

// A London wire that writes "percent" and "March 4" as America does, but prices in pounds and names the
// FTSE and the Bank of England; an Irish weather warning in km/h with Met Éireann; an American story that
// quotes one British price.
TEST(EnglishRegionTest, shouldKnowBritainAndIrelandByTheirInstitutions) {
    EXPECT_EQ(withEnglishRegion("en", "LONDON, March 4 (Reuters) - The Bank of England held rates, the FTSE 100 rose 0.3 percent and "
                                      "the FTSE 250 fell. Bills will rise on April 1 to \xC2\xA3" "1,738, the May 8 meeting may cut."),
              "en-GB");
    EXPECT_EQ(withEnglishRegion("en", "Met \xC3\x89ireann has issued a Status Orange wind warning for Ireland. Gusts of 130 km/h are "
                                      "expected, Met \xC3\x89ireann said, and Irish ports may close."),
              "en-IE");
    EXPECT_EQ(withEnglishRegion("en", "The color of the new center in Ohio, which cost \xC2\xA3" "5 million to design, was praised on "
                                      "March 4 by the governor, who said it would open on April 9."),
              "en");
}

// Four of Britain's institutions name it without a price; one, in an American story, does not.
TEST(EnglishRegionTest, shouldKnowBritainByFourInstitutionsAlone) {
    EXPECT_EQ(withEnglishRegion("en", "The Bank of England held rates as MPs questioned Ofgem over bills, and NHS trusts warned that A&E "
                                      "waits were rising on March 4."),
              "en-GB");
    EXPECT_EQ(withEnglishRegion("en", "The Federal Reserve held rates on March 4, a day after the Bank of England did the same, and the "
                                      "color of the markets was calm."),
              "en");
}

// Round 60: an Irish court story dated as the Irish Times dates its pages ("Thu Mar 13 2025", "on April 3rd") and a
// New Zealand one with "Nov 25" are still Irish and New Zealand English (month-first dates, with nothing spelled as
// America spells, do not make a story American, where five of the country's names are); a South African report of a match against Pakistan is South African.
TEST(EnglishRegionTest, shouldKnowIrelandAndNewZealandDatedMonthFirstAndSouthAfricaPlayingPakistan) {
    EXPECT_EQ(withEnglishRegion("en", "Thu Mar 13 2025. A developer has lost its High Court challenge to An Bord Pleanála over a "
                                      "scheme in Galway. Judgment is reported as [2025] IEHC 141. Costs will be heard on April 3rd, "
                                      "the court in Galway said, and Galway City Council took no part."),
              "en-IE");
    EXPECT_EQ(withEnglishRegion("en", "The National Party will form New Zealand's next government. Te Pāti Māori gained a seat in "
                                      "Auckland, and Māori voters turned out in Waikato. A by-election will be held on Nov 25."),
              "en-NZ");
    EXPECT_EQ(withEnglishRegion("en", "Heinrich Klaasen struck 104 as South Africa beat Pakistan at the Wanderers. Pakistan posted 287, "
                                      "and the Proteas now face their opener in Karachi. In Durban, the Sharks won; Cape Town hosts next."),
              "en-ZA");
    // (A story from Washington that names Ireland three times writes as America writes: it stays American.)
    EXPECT_EQ(withEnglishRegion("en", "The president will visit Ireland on March 3, the White House said. Irish officials in Dublin "
                                      "prepared a program of events, and the color guard will honor the visit."),
              "en");
}

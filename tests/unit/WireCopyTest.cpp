// Agency datelines and instrument codes: dropped or reshaped for a listener, and nothing else touched.

#include <gtest/gtest.h>

#include "text/WireCopy.hpp"

using namespace readcast;

TEST(WireCopyTest, shouldTurnADatelineIntoThePlaceAsItsOwnSentence) {
    auto d = splitDateline("SANTA FE, N.M. (AP) \xE2\x80\x94 The governor signed the bill.");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->place, "Santa Fe, N.M.");
    EXPECT_EQ(d->rest, "The governor signed the bill.");
    d = splitDateline("WASHINGTON (Reuters) - Stocks fell on Monday.");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->place, "Washington.");
    EXPECT_EQ(d->rest, "Stocks fell on Monday.");
    d = splitDateline("SEOUL, South Korea \xE2\x80\x94 A plan failed.");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->place, "Seoul, South Korea.");
    d = splitDateline("ST. LOUIS (AP) \xE2\x80\x93 Crews worked overnight.");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->place, "St. Louis.");
}

TEST(WireCopyTest, shouldDropTheDateAndAgencyOfADateline) {
    auto d = splitDateline("LONDON, Nov 28 (Reuters) - Britain's economy grew.");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->place, "London.");
    EXPECT_EQ(d->rest, "Britain's economy grew.");
    d = splitDateline("NEW DELHI: The court ruled on Friday.");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->place, "New Delhi.");
}

TEST(WireCopyTest, shouldLeaveParagraphsThatOnlyLookLikeDatelinesAlone) {
    EXPECT_FALSE(splitDateline("NASA \xE2\x80\x94 the space agency \xE2\x80\x94 said no."));
    EXPECT_FALSE(splitDateline("A - B testing is common."));
    EXPECT_FALSE(splitDateline("The mayor of SEOUL - a city of ten million - spoke."));
    EXPECT_FALSE(splitDateline("Stocks fell on Monday."));
    EXPECT_FALSE(splitDateline("LONDON"));
}

TEST(WireCopyTest, shouldDropInstrumentCodesButKeepTheNames) {
    EXPECT_EQ(withoutInstrumentCodes("The Dow Jones Industrial Average .DJI fell 1%."),
              "The Dow Jones Industrial Average fell 1%.");
    EXPECT_EQ(withoutInstrumentCodes("The 10-year yield US10YT=RR rose, while the euro EUR= slipped."),
              "The 10-year yield rose, while the euro slipped.");
    EXPECT_EQ(withoutInstrumentCodes("Brent crude LCOc1 gained and U.S. crude CLc1 fell."),
              "Brent crude gained and U.S. crude fell.");
    EXPECT_EQ(withoutInstrumentCodes("Apple (AAPL.O) and Volkswagen (VOWG_p.DE) led; Toyota (7203.T) lagged."),
              "Apple and Volkswagen led; Toyota lagged.");
    // In brackets too, and a listed company's exchange and ticker.
    EXPECT_EQ(withoutInstrumentCodes("The dollar index (=USD) fell, the euro (EUR=) rose, crude (CLc1) settled; Intel (NASDAQ: INTC) fell."),
              "The dollar index fell, the euro rose, crude settled; Intel fell.");
    EXPECT_EQ(withoutInstrumentCodes("The Nikkei .N225 closed higher."), "The Nikkei closed higher.");
}

TEST(WireCopyTest, shouldNotTakeOrdinaryTextForCodes) {
    for (const char* text : {"He paid $3.50 (about 2.8 pounds).", "Einstein wrote E=mc2 in 1905.", "The U.S. and U.K. agreed.",
                             "It rose 3.5% (see Table 2.1).", "Call 555-0100 (ext. 22).", "Version 2.0 ships today.",
                             "x = 5 and y = 7"}) {
        EXPECT_EQ(withoutInstrumentCodes(text), text);
    }
}

// A press release's dateline: the place is said, the date and the wire's name are not, and a place a
// page set apart leaves the wire's name alone at the start.
TEST(WireCopyTest, shouldSayAPressReleasesPlaceWithoutItsWire) {
    auto d = splitDateline("AUSTIN, Texas, Aug. 5, 2025 /PRNewswire/ -- Acme Inc. today announced a widget.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "Austin, Texas.");
    EXPECT_EQ(d->rest, "Acme Inc. today announced a widget.");
    d = splitDateline(", /PRNewswire/ -- Acme Inc. today announced a widget.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "");
    EXPECT_EQ(d->rest, "Acme Inc. today announced a widget.");
    d = splitDateline("BOSTON--(BUSINESS WIRE)--Acme Inc. today announced a widget.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "Boston.");
    // (A distributor this program does not know, between slashes after the date and its year.)
    d = splitDateline("CAMBRIDGE, Mass., Feb. 26, 2025 /Wirecast Direct/ -- Acme Inc. today announced a widget.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "Cambridge, Mass.");
    EXPECT_EQ(d->rest, "Acme Inc. today announced a widget.");
    EXPECT_FALSE(splitDateline("The 2025 figures /Annual Report/ -- were late, said nobody.").has_value());
}

// An agency named between slashes after the place and the date; a fraction or "and/or" is no agency.
TEST(WireCopyTest, shouldSplitADatelineWithTheAgencyBetweenSlashes) {
    auto d = splitDateline("\xD8\xB5\xD8\xAD\xD8\xA7\xD8\xB1 \xD9\x81\xD9\x8A 6 \xD9\x85\xD8\xA7\xD9\x8A\xD9\x88 /\xD8\xB3\xD8\xA7\xD8\xAD\xD9\x84/ "
                           "\xD8\xA7\xD9\x81\xD8\xAA\xD8\xAA\xD8\xAD\xD8\xAA \xD8\xA7\xD9\x84\xD9\x85\xD8\xAD\xD8\xB7\xD8\xA9.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "\xD8\xB5\xD8\xAD\xD8\xA7\xD8\xB1 \xD9\x81\xD9\x8A 6 \xD9\x85\xD8\xA7\xD9\x8A\xD9\x88.");
    EXPECT_EQ(d->rest, "\xD8\xA7\xD9\x81\xD8\xAA\xD8\xAA\xD8\xAD\xD8\xAA \xD8\xA7\xD9\x84\xD9\x85\xD8\xAD\xD8\xB7\xD8\xA9.");
    EXPECT_FALSE(splitDateline("On 12/03/2024 the council voted to close the bridge.").has_value());
    EXPECT_FALSE(splitDateline("Doses of 10 mg/kg/day were given to 40 patients.").has_value());

}

// A Spanish or Portuguese agency's dateline: the place is said, the date and the agency are not.
TEST(WireCopyTest, shouldSplitASpanishAgencysDateline) {
    auto d = splitDateline("Murcia, 12 mar (AIN).- La Confederaci\xC3\xB3n ha aprobado el recorte.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "Murcia.");
    EXPECT_EQ(d->rest, "La Confederaci\xC3\xB3n ha aprobado el recorte.");
    d = splitDateline("Madrid, 3 de abril (EFE).- El Gobierno aprob\xC3\xB3 el plan.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "Madrid.");
    // (A word after the day that names no month is no dateline: "Juan, 3 goles (ayer) - …".)
    EXPECT_FALSE(splitDateline("Juan, 3 goles (ayer) - un récord para el club.").has_value());
}

TEST(WireCopyTest, shouldSplitADatelineAroundAKnownAgencysName) {
    auto d = splitDateline("Berlin (dpa) - Die Gewerkschaft legt den Bahnverkehr lahm.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "Berlin.");
    EXPECT_EQ(d->rest, "Die Gewerkschaft legt den Bahnverkehr lahm.");
    d = splitDateline("Oslo (NTB): Regjeringen vil videref\xC3\xB8re str\xC3\xB8mst\xC3\xB8tten.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "Oslo.");
    d = splitDateline("Lisboa, 19 mar 2024 (Lusa) -- O Governo pretende alienar a TAP.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "Lisboa.");
    EXPECT_EQ(d->rest, "O Governo pretende alienar a TAP.");
    d = splitDateline("(ANSA) - ROMA, 23 GEN - L'Aula del Senato ha approvato il ddl.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "Roma.");
    EXPECT_EQ(d->rest, "L'Aula del Senato ha approvato il ddl.");
    // (An agency this program does not know, in a wire's full dateline: the place in capitals, two places
    // joined by a slash, the date, the agency capitalized, a dash.)
    d = splitDateline("LONDON/SINGAPORE, June 3 (Meridian) - Oil prices rose on Tuesday.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "London and Singapore.");
    EXPECT_EQ(d->rest, "Oil prices rose on Tuesday.");
    EXPECT_FALSE(splitDateline("Smith, June 3 (Meridian) - Oil prices rose on Tuesday.").has_value());
    // (Brackets that hold no agency's name, or a name before them that is a sentence's start, are no dateline.)
    EXPECT_FALSE(splitDateline("Merkel (CDU) - die Kanzlerin - sprach lange.").has_value());
    EXPECT_FALSE(splitDateline("The minister said on Monday that the plan (dpa) - was dead.").has_value());
}

// A Russian agency's dateline, its name between slashes after the date's full stop: the place is said.
TEST(WireCopyTest, shouldTakeARussianAgencysDateline) {
    const auto d = splitDateline("YEKATERINBURG, February 12. /TASS/. The government will build a second line.");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->place, "Yekaterinburg.");
    EXPECT_EQ(d->rest, "The government will build a second line.");
}

// A Korean outlet's bracket of its name and its reporter opening the story: the byline's, not said.
TEST(WireCopyTest, shouldDropAKoreanReportersBracket) {
    const auto d = splitDateline("[\xED\x95\x9C\xEB\xB9\x9B\xEA\xB2\xBD\xEC\xA0\x9C \xEA\xB9\x80\xEC\x84\x9C\xEC\x9C\xA4 \xEA\xB8\xB0\xEC\x9E\x90] \xEC\x84\x9C\xEC\x9A\xB8 \xEC\x95\x84\xED\x8C\x8C\xED\x8A\xB8 \xEA\xB0\x80\xEA\xB2\xA9\xEC\x9D\xB4 \xEC\x98\xAC\xEB\x9E\x90\xEB\x8B\xA4.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "");
    EXPECT_EQ(d->rest, "\xEC\x84\x9C\xEC\x9A\xB8 \xEC\x95\x84\xED\x8C\x8C\xED\x8A\xB8 \xEA\xB0\x80\xEA\xB2\xA9\xEC\x9D\xB4 \xEC\x98\xAC\xEB\x9E\x90\xEB\x8B\xA4.");
    EXPECT_FALSE(splitDateline("[\xEC\x86\x8D\xEB\xB3\xB4] \xEC\x84\x9C\xEC\x9A\xB8 \xEC\x95\x84\xED\x8C\x8C\xED\x8A\xB8 \xEA\xB0\x80\xEA\xB2\xA9\xEC\x9D\xB4 \xEC\x98\xAC\xEB\x9E\x90\xEB\x8B\xA4.").has_value());
}

// A Nordic agency's dateline: the place in capitals, the agency in brackets and no dash ("GÖTEBORG (TT) Enligt …");
// a place written as a name still needs its dash or its date.
TEST(WireCopyTest, shouldReadANordicDatelineWithoutItsDash) {
    auto d = splitDateline("G\xC3\x96TEBORG (TT) Enligt SMHI v\xC3\xA4ntas stormen n\xC3\xA5 land.");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->place, "G\xC3\xB6teborg.");
    EXPECT_EQ(d->rest, "Enligt SMHI v\xC3\xA4ntas stormen n\xC3\xA5 land.");
    EXPECT_FALSE(splitDateline("Harrisburg (PA) The governor signed the bill on Monday."));
}

// A release's dateline keeps a province's two letters for the rules that say them: "VANCOUVER, BC".
TEST(WireCopyTest, shouldKeepAProvincesLettersInAReleasesDateline) {
    const auto d = splitDateline("VANCOUVER, BC, July 29, 2026 /Maple Newswire/ - Northgale Minerals Inc. reported record production.");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->place, "Vancouver, BC.");
}

// A Russian agency's dateline in Cyrillic, its name between slashes after the day and month.
TEST(WireCopyTest, shouldTakeARussianAgencysDatelineInCyrillic) {
    const auto d = splitDateline("\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90, 3 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0. /\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1/. "
                                 "\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBF\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x8F \xD0\xBD\xD0\xB0\xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82 187 \xD0\xBC\xD0\xBB\xD1\x80\xD0\xB4.");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->place, "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0.");
    EXPECT_EQ(d->rest.rfind("\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBF\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x8F", 0), 0u);
    // (A place in small letters, or no agency between the slashes, is none.)
    EXPECT_FALSE(splitDateline("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0, 3 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0. /\xD0\xB8\xD1\x82\xD0\xB0\xD0\xBA/. \xD0\x92\xD1\x81\xD1\x91."));
}

// A future's most traded month, a metal's three months on the LME and its stocks: codes for a terminal.
TEST(WireCopyTest, shouldDropMoreInstrumentCodes) {
    EXPECT_EQ(withoutInstrumentCodes("U.S. gold futures GCv1 rose 0.3% and the August contract SCFcv1 climbed."),
              "U.S. gold futures rose 0.3% and the August contract climbed.");
    EXPECT_EQ(withoutInstrumentCodes("Copper on the LME CMCU3 rose 0.8%; stocks MCUSTX-TOTAL fell."), "Copper on the LME rose 0.8%; stocks fell.");
    // (A protocol's or a processor's version is no code: "IPv6", "ARMv7".)
    EXPECT_EQ(withoutInstrumentCodes("It speaks IPv6 on an ARMv7 CPU."), "It speaks IPv6 on an ARMv7 CPU.");
}

// An agency's name alone in brackets before the lead is not read; a bracket that names no agency is the story's.
TEST(WireCopyTest, shouldLeaveOutAnAgencysNameInBracketsBeforeTheLead) {
    const auto d = splitDateline("(Belga) Pr\xC3\xA8s de 70.000 personnes ont d\xC3\xA9" "fil\xC3\xA9 lundi.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "");
    EXPECT_EQ(d->rest, "Pr\xC3\xA8s de 70.000 personnes ont d\xC3\xA9" "fil\xC3\xA9 lundi.");
    EXPECT_FALSE(splitDateline("(Updated) The council voted on Monday.").has_value());
}

// A Korean agency's dateline with two reporters before the "=": the place is said, the reporters are the byline's.
TEST(WireCopyTest, shouldDropTwoKoreanReportersAfterTheDateline) {
    const auto d = splitDateline("(\xEC\x84\x9C\xEC\x9A\xB8=\xEC\x97\xB0\xED\x95\xA9\xEB\x89\xB4\xEC\x8A\xA4) \xEA\xB9\x80\xEC\xA7\x80\xED\x9B\x88 "
                                 "\xEB\xB0\x95\xEC\x88\x98\xEC\xA7\x84 \xEA\xB8\xB0\xEC\x9E\x90 = \xEA\xB5\xAD\xED\x9A\x8C\xEB\x8A\x94 3\xEC\x9D\xBC "
                                 "\xEB\xB3\xB8\xED\x9A\x8C\xEC\x9D\x98\xEB\xA5\xBC \xEC\x97\xB4\xEC\x97\x88\xEB\x8B\xA4.");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->place, "\xEC\x84\x9C\xEC\x9A\xB8.");
    EXPECT_EQ(d->rest.rfind("\xEA\xB5\xAD\xED\x9A\x8C\xEB\x8A\x94 3", 0), 0u) << d->rest;
}

// A portal's name as a web address after the place, "JAKARTA, KOMPAS.com -": the place alone.
TEST(WireCopyTest, shouldDropAPortalsWebAddressFromTheDateline) {
    const auto d = splitDateline("JAKARTA, KABARNUSA.com - Menteri Keuangan menyebut anggaran program itu naik.");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->place, "Jakarta.");
    EXPECT_EQ(d->rest, "Menteri Keuangan menyebut anggaran program itu naik.");
}

// A wire's dateline with its date and no place ("Oct 23 (Reuters) - ") is not read; a date before a bracket that names
// no agency is the story's.
TEST(WireCopyTest, shouldLeaveOutADatelineOfADateAndAnAgency) {
    const auto d = splitDateline("Oct 23 (Reuters) - Halvorsen Systems reported third-quarter profit.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "");
    EXPECT_EQ(d->rest, "Halvorsen Systems reported third-quarter profit.");
    EXPECT_FALSE(splitDateline("March 3 (Tuesday) - The council voted.").has_value());
}

// "МОСКВА, 3 мар - Интерфакс. ": an agency after its dash and full stop; "BRUSSEL 03/03 (BELGA) = ": an agency in brackets
// before an equals sign. The place is said, nothing else; a place in small letters or an unknown name is no dateline.
TEST(WireCopyTest, shouldDropAnAgencyAfterADashOrBeforeAnEqualsSign) {
    auto d = splitDateline("\u041C\u041E\u0421\u041A\u0412\u0410, 3 \u043C\u0430\u0440 - \u0418\u043D\u0442\u0435\u0440\u0444\u0430\u043A\u0441. "
                           "\u041C\u0438\u043D\u0444\u0438\u043D \u0441\u043E\u043E\u0431\u0449\u0438\u043B.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "\u041C\u043E\u0441\u043A\u0432\u0430.");
    EXPECT_EQ(d->rest, "\u041C\u0438\u043D\u0444\u0438\u043D \u0441\u043E\u043E\u0431\u0449\u0438\u043B.");
    d = splitDateline("BRUSSEL 03/03 (BELGA) = De Kamer heeft dinsdag gestemd.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "Brussel.");
    EXPECT_EQ(d->rest, "De Kamer heeft dinsdag gestemd.");
    EXPECT_FALSE(splitDateline("Brussel 03/03 (Kamer) = De Kamer heeft dinsdag gestemd.").has_value());
}

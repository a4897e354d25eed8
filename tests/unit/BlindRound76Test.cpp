// What blind round 76 found read wrong, and what was left from round 75, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/TrackedChanges.hpp"
#include "text/SentenceSplitter.hpp"

using namespace readcast;

// A word a narrow column broke with a hyphen is one word again however short its line, and none of the lines after it is
// lost; a compound keeps its hyphen ("well-known", "self-employed"), and a hyphen before "and" stays ("pre- and post-war").
TEST(BlindRound76Test, shouldJoinAWordANarrowLineBrokeWithAHyphen) {
    const Article a = blindTextArticle("Headline here\n\nThe state govern-\nment made the call. The new infor-\nmation came as the depart-\n"
                                       "ment said the well-\nknown rule and the self-\nemployed workers would be fine.\n");
    EXPECT_EQ(blindBodyOf(a),
              "The state government made the call. The new information came as the department said the well-known rule and the "
              "self-employed workers would be fine.\n");
    const Article shortRun = blindTextArticle("Headline here\n\nThe state govern-\nment made the call. The new infor-\n"
                                              "mation came as the depart-\nment said the rule would be fine.\n");
    EXPECT_EQ(blindBodyOf(shortRun), "The state government made the call. The new information came as the department said the rule would be fine.\n");
    const Article conjunction = blindTextArticle("Headline here\n\nPrices in the pre-\nand post-war years rose as the\n"
                                                 "ministry said they would, and the town grew fast.\n");
    EXPECT_NE(blindBodyOf(conjunction).find("pre- and post-war"), std::string::npos);
}

// Hansard's cheer in brackets inside a paragraph is not read, and no sentence ends on its "Hon.".
TEST(BlindRound76Test, shouldNotEndASentenceOnHonourableInBrackets) {
    const std::vector<std::string> s = SentenceSplitter("en-GB")("It rose. [Hon. Members: \"Hear, hear!\"] He went on.");
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[1], "[Hon. Members: \"Hear, hear!\"]");
    // (A sentence that ends on a word in brackets still ends: "[sic]." is no short form.)
    EXPECT_EQ(SentenceSplitter("en")("He wrote it [sic]. Then he left.").size(), 2u);
}

// One star after a figure is the figure's unit: "4★" is "four stars"; a row of stars is still a rating.
TEST(BlindRound76Test, shouldSayAStarAfterAFigureAsItsUnit) {
    EXPECT_EQ(blindSay("Rated 4\xE2\x98\x85 by critics."), "Rated four stars by critics.");
    EXPECT_EQ(blindSay("It got 1 \xE2\x98\x85."), "It got one star.");
    EXPECT_EQ(blindSay("\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86"), "Four stars out of five.");
}

// A distance on a bearing is in nautical miles, whatever else the sentence speaks of; a chip's process and light's
// wavelength stay in nanometres.
TEST(BlindRound76Test, shouldSayNauticalMilesOnABearing) {
    EXPECT_EQ(blindSay("A low lay 200 nm west of Ireland."), "A low lay two hundred nautical miles west of Ireland.");
    EXPECT_EQ(blindSay("It sits 50nm SW of Cork."), "It sits fifty nautical miles southwest of Cork.");
    EXPECT_EQ(blindSay("The 3 nm process is new."), "The three nanometer process is new.");
}

// A count of machines times their power is no size: "112 x 15 MW turbines" are a hundred and twelve fifteen-megawatt
// turbines; a room's sides are still "by".
TEST(BlindRound76Test, shouldSayACountOfMachinesOfAPower) {
    EXPECT_EQ(blindSay("The farm has 112 x 15 MW turbines.", "en-GB"), "The farm has one hundred and twelve fifteen megawatt turbines.");
    EXPECT_EQ(blindSay("A 3 x 4 m room."), "A three by four meters room.");
}

// A police log's place: a street's "St." before a word that opens sentences ends one ("…N. Elm St. A resident
// reported…"); its direction after a comma is a direction where a street's type follows, a writer's initial where none does.
TEST(BlindRound76Test, shouldEndASentenceOnAStreetAndSayItsDirection) {
    const std::vector<std::string> s = SentenceSplitter("en")("Theft, 1200 block of N. Elm St. A resident reported it. Crash at S. 3rd St. Two cars hit.");
    ASSERT_EQ(s.size(), 4u);
    EXPECT_EQ(s[0], "Theft, 1200 block of N. Elm St.");
    EXPECT_EQ(SentenceSplitter("en")("He went to 410 N.E. Ave. A, and then home.").size(), 1u);
    EXPECT_EQ(blindSay("Vehicle crash, E. Jefferson Ave. and S. 3rd St."), "Vehicle crash, East Jefferson Avenue and South Third Street.");
    EXPECT_EQ(blindSay("The author, E. Jefferson, said so."), "The author, E Jefferson, said so.");
}

// The paragraphs of a judgment numbered in brackets are all read, however short, and their numbers are not.
TEST(BlindRound76Test, shouldReadAJudgmentsNumberedParagraphs) {
    const Article a = blindTextArticle(
        "Court rules on cladding\n\n[1] The appellant, the body corporate of a 48-unit apartment building, sued the respondent for the cost "
        "of replacing defective cladding installed in 2012. The claim was for $4.86 million and it was struck out in the District Court.\n\n"
        "[3] Harland J allowed the appeal in part.\n\n[31] The appeal is allowed in part. The order is set aside.\n\n[32] Costs are reserved.\n");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("\nHarland J allowed the appeal in part.\n"), std::string::npos) << body;
    EXPECT_NE(body.find("\nThe appeal is allowed in part. The order is set aside.\n"), std::string::npos) << body;
    EXPECT_EQ(body.find('['), std::string::npos) << body;
    // (Notes under a story, short and numbered so, are still not read.)
    const Article notes = blindTextArticle("Dam plan revised\n\nThe regional government revised the dam's emergency plan on Monday after "
                                           "the floods of last spring, officials said.\n\nIt will take effect next year.\n\n"
                                           "[1] Datos del Plan de Emergencia de la Presa, revision de 2015.\n\n[2] Informe anual, 2023.\n\n"
                                           "[3] Nota de prensa del ministerio.\n");
    EXPECT_EQ(blindBodyOf(notes).find("Datos"), std::string::npos);
}

// A headline in capitals that ends on its day is no running head with a page number: "SUNNYSIDE POOL TO REOPEN JUNE 14".
TEST(BlindRound76Test, shouldKeepAHeadlineInCapitalsEndingOnADay) {
    EXPECT_FALSE(isBoilerplate("SUNNYSIDE POOL TO REOPEN JUNE 14"));
    EXPECT_TRUE(isBoilerplate("CR\xC3\x93NICAS DEL AGUA 57"));
    EXPECT_TRUE(isBoilerplate("58 LUC\xC3\x8D" "A ARRIETA SANZ"));
}

// A short sentence that ends on a quotation in guillemets is no link with its arrow: "Le opposizioni: «Misura tampone»".
TEST(BlindRound76Test, shouldKeepAQuotationInGuillemetsThatEndsALine) {
    EXPECT_FALSE(isBoilerplate("Le opposizioni: \xC2\xAB" "Misura tampone\xC2\xBB"));
    EXPECT_TRUE(isBoilerplate("More stories \xC2\xBB"));
}

// Czech: a flow in cubic metres a second, a height above the sea, an area, a day and month in figures with no year, a
// first day joined to it, a clock time written with a dot, a time after a day's name, a rate per euro.
TEST(BlindRound76Test, shouldSayCzechMeasuresDatesAndTimes) {
    EXPECT_EQ(blindSay("Průtok činil 148 m\xC2\xB3/s a 2 m\xC2\xB3/s.", "cs"),
              "Pr\xC5\xAFtok \xC4\x8Dinil 148 metr\xC5\xAF krychlov\xC3\xBD" "ch za sekundu a 2 metry krychlov\xC3\xA9 za sekundu.");
    EXPECT_EQ(blindSay("Sn\xC4\x9B\xC5\xBEit za\xC4\x8Dne a\xC5\xBE nad 1200 m n. m.", "cs"),
              "Sn\xC4\x9B\xC5\xBEit za\xC4\x8Dne a\xC5\xBE nad 1200 metr\xC5\xAF nad mo\xC5\x99" "em.");
    EXPECT_EQ(blindSay("P\xC5\x99ijde o v\xC3\xADkendu, tj. 8. a 9. 3.", "cs"),
              "P\xC5\x99ijde o v\xC3\xADkendu, to jest osm\xC3\xA9ho a dev\xC3\xA1t\xC3\xA9ho b\xC5\x99" "ezna.");
    EXPECT_EQ(blindSay("Zve\xC5\x99" "ejn\xC3\xAD 14. 2. na webu.", "cs"), "Zve\xC5\x99" "ejn\xC3\xAD \xC4\x8Dtrn\xC3\xA1" "ct\xC3\xA9ho \xC3\xBAnora na webu.");
    EXPECT_EQ(blindSay("Svolal na 14.30 krizov\xC3\xBD \xC5\xA1t\xC3\xA1" "b.", "cs"), "Svolal na 14 30 krizov\xC3\xBD \xC5\xA1t\xC3\xA1" "b.");
    EXPECT_EQ(blindSay("Index vzrostl o 14.30 bodu.", "cs"), "Index vzrostl o 14.30 bodu.");
    EXPECT_EQ(blindSay("Kurz byl 25,12 K\xC4\x8D/EUR.", "cs"), "Kurz byl 25 cel\xC3\xBD" "ch 12 koruny za euro.");
    // (A list of ordinals is no date, and a price with a dot no time.)
    EXPECT_EQ(blindSay("Na 2. 3. a 4. m\xC3\xADst\xC4\x9B skon\xC4\x8Dili.", "cs"), "Na 2. 3. a 4. m\xC3\xADst\xC4\x9B skon\xC4\x8Dili.");
    EXPECT_EQ(blindSay("Cena je na 23.50 K\xC4\x8D.", "cs"), "Cena je na 23.50 korun.");
    // (A year after the month is the full date's, read as before.)
    EXPECT_EQ(blindSay("Bylo to 5. 3. 2025 r\xC3\xA1no.", "cs"), "Bylo to p\xC3\xA1t\xC3\xA9ho b\xC5\x99" "ezna 2025 r\xC3\xA1no.");
}

// Swedish rent per square metre and Indonesian areas and volumes, which eSpeak NG read as letters and a slash.
TEST(BlindRound76Test, shouldSaySquareAndCubicMetresInSwedishAndIndonesian) {
    EXPECT_EQ(blindSay("Hyran landar p\xC3\xA5 1 427 kr/kvm f\xC3\xB6r 75 kvm.", "sv"),
              "Hyran landar p\xC3\xA5 1 427 kronor per kvadratmeter f\xC3\xB6r 75 kvadratmeter.");
    EXPECT_EQ(blindSay("Rob merendam 12 km\xC2\xB2 lahan, pompa 18 m\xC2\xB3 per detik.", "id"),
              "Rob merendam 12 kilometer persegi lahan, pompa 18 meter kubik per detik.");
}

// A section classed "summary" under a heading of its own, with paragraphs, is the story, not a standfirst: a results
// page's "What we know" is read.
TEST(BlindRound76Test, shouldReadASummarySectionUnderItsOwnHeading) {
    const std::string para = "<p>Democrat Maria Keller, a two-term council member and former nurse, won the special election in the "
                             "district, according to a race call at 11:42 p.m., leading her rival by 18,339 votes.</p>";
    const Article a = blindPageArticle(
        "<html><body><main><article class=\"liveblog\"><h1>Keller defeats Dunbar in special election</h1>"
        "<p class=\"dek\">The Toledo Democrat will fill the vacant seat.</p><section class=\"summary\"><h2>What we know</h2>" +
        para + "<p>The result keeps the Lake Erie seat in Democratic hands, and she is expected to be sworn in as early as Nov. 12, "
               "officials said on Wednesday.</p><p>Republicans had targeted the district, and outside groups spent more than $14.6 "
               "million on television and digital ads, according to a tracking firm.</p></section>"
               "<section class=\"updates\"><h2>Live updates</h2><p>12:58 a.m. Dunbar conceded in a short speech to supporters in "
               "Bowling Green, thanking his volunteers and his family.</p></section></article></main></body></html>");
    EXPECT_NE(blindBodyOf(a).find("Democrat Maria Keller"), std::string::npos) << blindBodyOf(a);
}

// A chip's model letter glued after its series is no volt: "Core Ultra 7 258V", "Arc 140V GPU"; a battery's are volts.
TEST(BlindRound76Test, shouldNotSayAChipsModelLetterAsVolts) {
    EXPECT_EQ(blindSay("The integrated Arc 140V GPU is good."), "The integrated Arc one hundred forty V GPU is good.");
    EXPECT_EQ(blindSay("A 12V battery and 230V mains."), "A twelve volt battery and two hundred thirty volt mains.");
}

// An episode's chapters are read by their titles, without their places in the recording; a day's schedule keeps its times.
TEST(BlindRound76Test, shouldReadAnEpisodesChaptersWithoutTheirTimes) {
    const auto page = [](const std::string& heading, const std::string& items) {
        return blindPageArticle("<html><body><article><h1>Water mains</h1><p>This week we talk about the water mains under every city and "
                                "why so many of them are older than anyone alive today, and what it costs to replace them, with an "
                                "engineer who spent twenty years at a utility.</p><h2>" + heading + "</h2><ul>" + items +
                                "</ul></article></body></html>");
    };
    const std::string body = blindBodyOf(page("Chapters", "<li>(00:00) Intro</li><li>(02:34) How water mains age</li>"
                                                          "<li>(38:51) Rates, bonds and money</li><li>(1:00:12) Outro</li>"));
    EXPECT_NE(body.find("\nHow water mains age\n"), std::string::npos) << body;
    EXPECT_EQ(body.find("02:34"), std::string::npos) << body;
    const std::string schedule = blindBodyOf(page("Schedule", "<li>(09:00) Registration opens</li><li>(10:30) Keynote by the mayor</li>"
                                                              "<li>(12:00) Lunch in the hall</li>"));
    EXPECT_NE(schedule.find("(10:30) Keynote"), std::string::npos) << schedule;
    // (A night's times from midnight stay within the clock: they are times.)
    const std::string night = blindBodyOf(page("Tonight", "<li>00:00 Fireworks from the castle</li><li>00:30 Music in the square</li>"
                                                          "<li>01:15 Last buses leave</li>"));
    EXPECT_NE(night.find("00:30 Music"), std::string::npos) << night;
}

// A transcript's "(Laughter)" and "(Applause)" are not read, in parentheses too; "Best Original Score (Music)" still is.
TEST(BlindRound76Test, shouldNotReadAnAudiencesSoundsInParentheses) {
    EXPECT_EQ(blindSay("(Laughter) I shall aim for rather less.", "en-GB"), "I shall aim for rather less.");
    EXPECT_EQ(blindSay("It won Best Original Score (Music) last year."), "It won Best Original Score, Music, last year.");
}

// A book of the Bible shortened before its chapter and verse is its name, with its part's ordinal, in one sentence.
TEST(BlindRound76Test, shouldSayAShortenedBookOfTheBible) {
    EXPECT_EQ(blindSay("It was from 1 Cor. 13:4-7 and John 3:16.", "en-GB"),
              "It was from First Corinthians thirteen, verses four to seven and John three, verse sixteen.");
    EXPECT_EQ(blindSay("In Ps. 23 we hear of a table."), "In Psalm twenty-three we hear of a table.");
    EXPECT_EQ(blindSay("He met Rev. Green at 3:30."), "He met Reverend Green at three thirty.");
    EXPECT_EQ(SentenceSplitter("en")("The reading was from 1 Cor. 13:4-7. It was short.").size(), 2u);
}

// A draft with its revisions and comments still in it is read as it stands once they are accepted: CriticMarkup, a word
// processor's braces, a printout's balloons and comments; a story's own line that opens on "Deleted:" is read.
TEST(BlindRound76Test, shouldReadADraftWithItsRevisionsAccepted) {
    EXPECT_EQ(withoutTrackedChanges("down from 67,905 in October{deleted: 2024}{inserted: last year}. The trust said so."),
              "down from 67,905 in October last year. The trust said so.");
    EXPECT_EQ(withoutTrackedChanges("It cost {--\xC2\xA3" "20m--}{++\xC2\xA3" "21.4m++} in {~~2023~>2024~~}.{>>check this<<}"),
              "It cost \xC2\xA3" "21.4m in 2024.");
    EXPECT_EQ(withoutTrackedChanges("[Comment HC1]: Confirm the figure by Thursday.\n\nThe hub opened in September[Comment SO2: add cost?].\n\n"
                                    "Deleted: Union officials said staff were exhausted.\n\nInserted: Rachel Donnelly said so.\n"),
              "\n\nThe hub opened in September.\n\n\n\nRachel Donnelly said so.\n");
    // (A story's own "Deleted:" line, with no other mark of revision, is the story's.)
    const std::string story = "The log showed entries such as:\n\nDeleted: a message the mayor sent on Friday night.\n\n"
                              "Deleted: spam post.\n\nInserted: a warning.\n";
    EXPECT_EQ(withoutTrackedChanges(story), story);
}

// A Czech writer's name over "Aktualizováno …" is the byline without the label.
TEST(BlindRound76Test, shouldNotTakeACzechUpdateLabelIntoTheByline) {
    const Article a = blindTextArticle("\xC4\x8CNB sn\xC3\xAD\xC5\xBEila sazby\n\nBankovn\xC3\xAD rada ve \xC4\x8Dtvrtek sn\xC3\xAD\xC5\xBEila z\xC3\xA1kladn\xC3\xAD sazbu.\n\n"
                                       "Jana Hor\xC3\xA1kov\xC3\xA1\nAktualizov\xC3\xA1no 6. 2. 2025 15:42\n\n"
                                       "Bankovn\xC3\xAD rada \xC4\x8C" "esk\xC3\xA9 n\xC3\xA1rodn\xC3\xAD banky na sv\xC3\xA9m zased\xC3\xA1n\xC3\xAD sn\xC3\xAD\xC5\xBEila "
                                       "dvout\xC3\xBD" "denn\xC3\xAD repo sazbu o 0,25 procentn\xC3\xAD" "ho bodu na 3,75 %. Rozhodnut\xC3\xAD plat\xC3\xAD od p\xC3\xA1tku.\n");
    EXPECT_EQ(a.byline, "Jana Hor\xC3\xA1kov\xC3\xA1");
}

// A paper's initials before its number, with a leading nought or a number far longer than its year: an identifier, no range.
TEST(BlindRound76Test, shouldSayAPapersNumberAfterItsInitials) {
    EXPECT_EQ(blindSay("A conditional use permit (CUP 25-09) for 96 units."),
              "A conditional use permit, CUP twenty-five dash oh nine, for ninety-six units.");
    EXPECT_EQ(blindSay("HB 24-1003 passed."), "HB twenty-four dash one thousand three passed.");
    EXPECT_EQ(blindSay("USA 2-1 Mexico."), "USA two, Mexico one.");
}

// A social post's chrome: its counts under it with their pictographs, its tags after its last sentence, and an account named
// in a sentence, said by its name ("with the @NYSDEC team"); "Follow @readcast" still says where to find it.
TEST(BlindRound76Test, shouldReadASocialPostWithoutItsChrome) {
    EXPECT_TRUE(isBoilerplate("\xF0\x9F\x92\xAC 214   \xF0\x9F\x94\x81 1.2K   \xE2\x9D\xA4\xEF\xB8\x8F 4.8K   \xF0\x9F\x93\x8A 312K"));
    EXPECT_FALSE(isBoilerplate("\xE2\x98\x85 4.5"));
    EXPECT_EQ(blindSay("Here is what we know. #LakeOssining #WaterQuality"), "Here is what we know.");
    EXPECT_EQ(blindSay("Using the hashtag #MeToo, she wrote."), "Using the hashtag Me Too, she wrote.");
    EXPECT_EQ(blindSay("I was out with the @NYSDEC team."), "I was out with the NYSDEC team.");
    EXPECT_EQ(blindSay("@OssiningVillage confirmed this."), "Ossining Village confirmed this.");
    EXPECT_EQ(blindSay("Follow @readcast and #MeToo"), "Follow at readcast and hashtag Me Too");
}

// Parties and names: a Swedish councillor's party after "oppositionsråd", Portugal's IL and PAN, the surname Ng; an
// Italian goal's score after a bare "l'".
TEST(BlindRound76Test, shouldSayPartiesNamesAndAScoreAfterAnElidedArticle) {
    EXPECT_EQ(blindSay("Sara Nystr\xC3\xB6m (S), oppositionsr\xC3\xA5" "d, sade nej.", "sv"),
              "Sara Nystr\xC3\xB6m (Socialdemokraterna), oppositionsr\xC3\xA5" "d, sade nej.");
    EXPECT_EQ(blindSay("Votaram contra a IL e o PAN.", "pt-PT"), "Votaram contra a I \xC3\x89le e o P\xC3\xA3.");
    EXPECT_EQ(blindSay("Dr Kevin Ng said so."), "Doctor Kevin Ing said so.");
    EXPECT_EQ(blindSay("Kon\xC3\xA9 firma l'1-2 con un sinistro.", "it"), "Kon\xC3\xA9 firma l'uno a 2 con un sinistro.");
    EXPECT_EQ(blindSay("Cresce l'1-2% annuo.", "it"), "Cresce l'uno-2% annuo.");
}

// A correction's note at a British paper's foot and a court summary's disclaimer are not the story.
TEST(BlindRound76Test, shouldNotReadACorrectionsNoteOrACourtSummarysDisclaimer) {
    EXPECT_TRUE(isBoilerplate("This article was amended on 14 February 2025. An earlier version said the mine closed in 1988; it "
                              "closed in 1998."));
    EXPECT_TRUE(isBoilerplate("This summary is provided to assist in understanding the Court's judgment. It does not form part of the "
                              "reasons for judgment. The full judgment with reasons is the only authoritative document."));
    EXPECT_FALSE(isBoilerplate("The mine was amended in its plans on 14 February 2025, the company said."));
    // (Nor a speech's "Check against delivery", in any of its languages.)
    EXPECT_TRUE(isBoilerplate("Check against delivery"));
    EXPECT_TRUE(isBoilerplate("Es gilt das gesprochene Wort."));
    EXPECT_FALSE(isBoilerplate("Check the delivery times before you travel."));
}

// What blind round 56 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "ingest/Boilerplate.hpp"
#include "ingest/EnglishRegion.hpp"
#include "ingest/Ingest.hpp"
#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"
#include "text/SentenceSplitter.hpp"

using namespace readcast;

namespace {

std::string sayRound56(const std::string& text, const std::string& language = "en") {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", language, {});
    return Normalizer(language, &lexicon).normalize(text);
}

Article textArticle56(const std::string& text) { return ingestArticle(Input{"story.txt", text}, InputFormat::Auto); }

std::string bodyOf56(const Article& a) {
    std::string body;
    for (const Block& b : a.blocks) body += b.text + "\n";
    return body;
}

}  // namespace

// A list's items that differ only in their figures, "• a 19-year-old man" over "• a 23-year-old man", are all read:
// none is a printed page's running head, which never repeats on the line under itself nor as an item.
TEST(BlindRound56Test, shouldReadEveryItemOfAListThatDiffersOnlyInItsFigures) {
    const std::string body = bodyOf56(textArticle56(
        "Four arrested\n\nThe following were arrested on suspicion of robbery:\n\n\xE2\x80\xA2 a 19-year-old man\n"
        "\xE2\x80\xA2 a 23-year-old man\n\xE2\x80\xA2 a 24-year-old man\n\xE2\x80\xA2 a 31-year-old man, also arrested\n\n"
        "Three have been bailed.\n"));
    for (const char* age : {"19", "23", "24", "31"}) EXPECT_NE(body.find(std::string("a ") + age + "-year-old man"), std::string::npos) << body;
    // (Items without marks, one under the other, too.)
    const std::string bare = bodyOf56(textArticle56("Arrests\n\nThose charged are:\n\nA man, 19, from Croydon\nA man, 23, from Croydon\n\nBoth deny it.\n"));
    EXPECT_NE(bare.find("A man, 23, from Croydon"), std::string::npos) << bare;
}

// A story's provenance and the page's or the email's own notes are no part of it, in whatever words they name the
// publication: a wire's "first published" tagline with any month, "Originally posted on …", a blog feed's "appeared
// first on", a comments box's rules, an email's "view it online", a text advertisement's label, a summary box's.
TEST(BlindRound56Test, shouldLeaveOutProvenanceNotesAndAnEmailsOwnLines) {
    for (const char* line : {"This report by The Canadian Press was first published May 10, 2025.", "Originally posted on Space.com.",
                             "The post TSMC's Arizona fab starts 4nm production appeared first on TechReport Daily.",
                             "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
                             "For more information, please see our Comments FAQ", "Having trouble viewing this email?", "View it online.",
                             "In Summary", "TEXT AD: Call Willie \xE2\x80\x93 +2348098788999"}) {
        EXPECT_TRUE(isBoilerplate(line)) << line;
    }
    // (The story's own words about such things stay.)
    for (const char* line : {"The novel was first published in May 1951 and sold poorly.", "The council said comments are welcome until Friday.",
                             "The summary of the report ran to 40 pages."}) {
        EXPECT_FALSE(isBoilerplate(line)) << line;
    }
}

namespace {

Article pageArticle56(const std::string& top) {
    return ingestArticle(Input{"story.html", "<html><head><title>Two new polio cases reported</title></head><body><article>"
                                             "<h1>Two new polio cases reported</h1>" + top +
                                             "<p>Two more children have been paralysed by wild poliovirus type 1 in Khyber-Pakhtunkhwa and "
                                             "Sindh, taking the country's tally for 2025 to 29, officials confirmed on Wednesday.</p>"
                                             "<p>According to the laboratory, the cases were reported from Lakki Marwat and from Badin.</p>"
                                             "</article></body></html>"},
                         InputFormat::Auto);
}

}  // namespace

// A byline box's fields set side by side as elements of their own are apart; a desk's name for its writers with
// the date is the box, not the story; a dateline in capitals over the page's date is no writer; the page's date run
// on into its reading time is the page's date line.
TEST(BlindRound56Test, shouldReadNoBylineBoxNorDateLineOfAPage) {
    const Article desk = pageArticle56("<div class=\"left-authorbox\"><span>Our Correspondent</span><span>October 08, 2025</span></div>"
                                       "<div class=\"author-date\">ISLAMABAD:  Updated Oct 08, 2025 02:20pm</div>");
    EXPECT_EQ(desk.byline, "");
    EXPECT_EQ(bodyOf56(desk).find("Correspondent"), std::string::npos) << bodyOf56(desk);
    EXPECT_EQ(bodyOf56(desk).find("Updated"), std::string::npos) << bodyOf56(desk);
    const Article named = pageArticle56("<div class=\"authorbox\"><span>Jane Smith</span><span>October 08, 2025</span></div>");
    EXPECT_EQ(named.byline, "Jane Smith");
    ASSERT_TRUE(named.published);
    EXPECT_EQ(named.published->day, 8);
    const Article timed = pageArticle56("<time>5 Aug, 2025 04:15 PM</time> <span>4 mins to read</span>");
    EXPECT_EQ(bodyOf56(timed).find("read"), std::string::npos) << bodyOf56(timed);
    // (A drop capital's letter stays with its word.)
    const Article dropped = ingestArticle(Input{"story.html", "<html><body><article><h1>Rains return</h1><p><span class=\"dropcap\">T</span>"
                                                             "<span>he</span> rains returned to Nairobi on Monday, flooding roads and "
                                                             "stranding thousands of commuters across the city, officials said.</p>"
                                                             "</article></body></html>"},
                                          InputFormat::Auto);
    EXPECT_NE(bodyOf56(dropped).find("The rains returned"), std::string::npos) << bodyOf56(dropped);
}

// A police log's reference after a currency's letters is no money; East Africa's shillings glued to a price are;
// a toll-free line's short number is dialed; a count after a verb of change and "to" is no year.
TEST(BlindRound56Test, shouldSayReferencesShillingsShortLinesAndCounts) {
    EXPECT_EQ(sayRound56("Call 101 quoting CAD 5523/14JUN.", "en-GB").find("dollar"), std::string::npos);
    EXPECT_EQ(sayRound56("It cost USD 500/month."), "It cost five hundred dollars a month.");
    EXPECT_EQ(sayRound56("Maize flour now at Sh150 will go up by at least Sh10.", "en-KE"),
              "Maize flour now at one hundred and fifty shillings will go up by at least ten shillings.");
    EXPECT_EQ(sayRound56("Gene variants Sh2 and Sh3 were found.", "en-KE"), "Gene variants Sh two and Sh three were found.");
    EXPECT_EQ(sayRound56("Call the Red Cross toll-free line 1199 for help.", "en-KE"), "Call the Red Cross toll-free line one one nine nine for help.");
    EXPECT_EQ(sayRound56("The death toll rose to 1199."), "The death toll rose to one thousand one hundred ninety-nine.");
    EXPECT_EQ(sayRound56("It was moved to 2026."), "It was moved to twenty twenty-six.");
}

// A measure glued to its figure before a noun describes it; a police rank's "Sen." is Senior; a swing from one party's
// label to another's names both; an initialism in the plural keeps its letters apart.
TEST(BlindRound56Test, shouldSayMeasuresBeforeNounsRanksAndSwings) {
    EXPECT_EQ(sayRound56("TSMC starts 4nm production in Arizona."), "TSMC starts four nanometer production in Arizona.");
    EXPECT_EQ(sayRound56("It rained 25mm overnight."), "It rained twenty-five millimeters overnight.");
    EXPECT_EQ(sayRound56("The town is 40km away."), "The town is forty kilometers away.");
    EXPECT_EQ(sayRound56("Det. Sen. Sgt Wood said.", "en-AU"), "Detective Senior Sergeant Wood said.");
    EXPECT_EQ(sayRound56("Sen. Warren said."), "Senator Warren said.");
    EXPECT_EQ(sayRound56("The swing from Con to Lab was 10pts.", "en-GB"), "The swing from Conservative to Labour was ten points.");
    EXPECT_EQ(sayRound56("He went to the lab to con them.", "en-GB"), "He went to the lab to con them.");
    EXPECT_EQ(sayRound56("Students and OAPs pay less.", "en-GB"), "Students and O eh P's pay less.");
}

// A British story that spells nothing either way is known by one institution and four of the country's places; a
// Canadian one by the country named twice; a page's day-first date in capitals or cut short counts as one.
TEST(BlindRound56Test, shouldKnowBritishAndCanadianStoriesThatSpellNothingEitherWay) {
    const std::string storm =
        "Storm Isha: Met Office warns of 80mph gusts across the UK\nThe warning covers Greater Manchester, Lancashire and the "
        "Pennines from noon. Forecasters said power cuts were likely across the UK and in Manchester on Sunday.";
    EXPECT_EQ(withEnglishRegion("en", storm), "en-GB");
    const std::string budget = "Federal budget tabled\nThe federal government tabled a budget with a deficit of $78.3 billion, 1.9 per cent of "
                               "GDP, down from 2.1 per cent. Canada's finance minister said Canadians would see relief, and MPs will vote.";
    EXPECT_EQ(withEnglishRegion("en", budget), "en-CA");
    EXPECT_EQ(withEnglishRegion("en", "City hold Arsenal\n22 Sep 2024 19:01 BST\nManchester City and Arsenal drew 2-2 on 22 Sep 2024. "
                                      "Kick-off was 4.30pm BST."),
              "en-GB");
    // (An American story that names Britain and London keeps its English.)
    EXPECT_EQ(withEnglishRegion("en", "Biden visits London\nThe U.S. president met the UK prime minister in London on March 4, and "
                                      "Americans watched as Britain and America signed the deal in Washington's name."),
              "en");
}

// A goal that "made it 2-0" is a result ("two-nil" in Britain); a tax form of four figures and its letter in pairs.
TEST(BlindRound56Test, shouldSayAScoreAGoalMadeAndAFormsNumber) {
    EXPECT_EQ(sayRound56("Havertz made it 2-0 after the break.", "en-GB"), "Havertz made it two-nil after the break.");
    EXPECT_EQ(sayRound56("Watch for 1099-K forms."), "Watch for ten ninety-nine K forms.");
    EXPECT_EQ(sayRound56("File Form 10-K."), "File Form ten K.");
}

// A feed's author field names the writer in brackets after an address; a press office's letterhead and a draft's note
// of its version are no headline; a release's "Sub-heading:" field is its standfirst, read without its label.
TEST(BlindRound56Test, shouldTakeAFeedsAuthorAndPassOverALetterheadAndADraftNote) {
    const Article feed = textArticle56("Title: TSMC's Arizona fab starts production\nPublished: Mon, 13 Jan 2025 14:05:22 +0000\n"
                                       "Author: newsroom@techreport-daily.net (Ines Varga)\n\nTSMC has begun volume production of chips at "
                                       "its first fab in Phoenix, Arizona, the company said on Monday in a statement.\n");
    EXPECT_EQ(feed.byline, "Ines Varga");
    EXPECT_EQ(bodyOf56(feed).find("newsroom"), std::string::npos) << bodyOf56(feed);
    const Article release = textArticle56("University of Edinburgh \xE2\x80\x93 Press Office\nDRAFT v3 \xE2\x80\x93 approved by PI 03/03/25\n\n"
                                          "Ancient ocean heatwave wiped out 90% of plankton species, study finds\n\n"
                                          "Sub-heading: Sediment cores reveal a spike 56 million years ago\n\n"
                                          "A sudden rise in ocean temperatures killed off up to 90% of some plankton species, according to "
                                          "research published today in Nature.\n");
    EXPECT_EQ(release.title, "Ancient ocean heatwave wiped out 90% of plankton species, study finds");
    EXPECT_EQ(bodyOf56(release).find("Sub-heading"), std::string::npos) << bodyOf56(release);
    EXPECT_NE(bodyOf56(release).find("Sediment cores reveal"), std::string::npos) << bodyOf56(release);
    EXPECT_FALSE(isBoilerplate("The draft 2025 budget was approved by the council on Monday."));
}

// A list's bullet with a word processor's tab after it, "•<TAB>pH fell from about 7.9 to 7.6", opens an item as "• "
// does: the items are read, not taken for headings over nothing.
TEST(BlindRound56Test, shouldReadAListWhoseBulletsHaveATabAfterThem) {
    const std::string body = bodyOf56(textArticle56(
        "Heatwave study\n\nScientists reported the findings on Monday in a long paper in Nature about ocean warming.\n\nKey findings\n"
        "\xE2\x80\xA2\tWarming of 5.5C in the surface ocean\n\xE2\x80\xA2\tpH fell from about 7.9 to 7.6\n\n"
        "Table 1: Estimated change\nMeasure\tBefore\tPeak\nSpecies count\t212\t23\n\nThe team will go back next year.\n"));
    EXPECT_NE(body.find("Warming of 5.5C in the surface ocean"), std::string::npos) << body;
    EXPECT_NE(body.find("pH fell from about 7.9 to 7.6"), std::string::npos) << body;
}

// A schedule's entries in plain text, a time and what happens then, are a list's items, all read; none is a heading.
TEST(BlindRound56Test, shouldReadEveryEntryOfASchedule) {
    const std::string body = bodyOf56(textArticle56(
        "Markets brief\n\nStocks fell on Monday as investors weighed new tariffs on imports from Canada and Mexico.\n\n"
        "ON THE CALENDAR (all times ET)\n\n10:00 a.m. - JOLTS job openings\n1:00 p.m. - Fed's John Williams speaks in NYC\n"
        "4:05 p.m. - Earnings from CrowdStrike\n\nThat is all for today.\n"));
    EXPECT_NE(body.find("John Williams speaks"), std::string::npos) << body;
    EXPECT_NE(body.find("Earnings from CrowdStrike"), std::string::npos) << body;
}

// A page's strapline that is all one quotation, which the story quotes again with its speaker, is read once, where
// the story has it; a strapline the story does not repeat is read.
TEST(BlindRound56Test, shouldReadAStraplineQuoteOnceWhereTheStoryHasIt) {
    const std::string story = "<p>The telescope found a black hole that existed just 570 million years after the Big Bang, one of the "
                              "earliest ever seen.</p><p>\"It's like seeing a 10-year-old who's already 6 feet tall,\" team leader Rebecca "
                              "Larson told reporters on Tuesday.</p></article></body></html>";
    const Article a = ingestArticle(Input{"story.html", "<html><body><article><h1>Webb spots early black hole</h1><p class=\"strapline\">"
                                                        "\"It's like seeing a 10-year-old who's already 6 feet tall.\"</p>" + story},
                                    InputFormat::Auto);
    const std::string body = bodyOf56(a);
    EXPECT_EQ(body.find("It's like seeing"), body.rfind("It's like seeing")) << body;
    EXPECT_NE(body.find("Larson told"), std::string::npos) << body;
    const Article b = ingestArticle(Input{"story.html", "<html><body><article><h1>Webb spots early black hole</h1><p class=\"strapline\">"
                                                        "\"Nothing like it has been seen before.\"</p>" + story},
                                    InputFormat::Auto);
    EXPECT_NE(bodyOf56(b).find("Nothing like it"), std::string::npos) << bodyOf56(b);
}

// A match's result under the headline, "Manchester City 2-2 Arsenal", is the story's line and is read; the writer's
// handle alone under the byline is not.
TEST(BlindRound56Test, shouldReadAResultLineUnderTheHeadlineButNoHandle) {
    const std::string body = bodyOf56(textArticle56(
        "Football \xE2\x80\xBA Premier League\n\nStones rescues point for City after Arsenal's 10 men dig in\n\nManchester City 2-2 Arsenal\n\n"
        "By Jamie Rennick\n@JRennickFootball\nSun 22 Sep 2024 19:04 BST\n\nErling Haaland's 300th goal looked like it would be a "
        "footnote until John Stones bundled in a 98th-minute equaliser at the Etihad Stadium on Sunday.\n"));
    EXPECT_NE(body.find("Manchester City 2-2 Arsenal"), std::string::npos) << body;
    EXPECT_EQ(body.find("JRennick"), std::string::npos) << body;
    EXPECT_TRUE(isBoilerplate("@JRennickFootball"));
    EXPECT_FALSE(isBoilerplate("@JRennickFootball said the match was close."));
}

// A transcript's note of how it was made is no part of what was said.
TEST(BlindRound56Test, shouldLeaveOutATranscriptsNoteOfHowItWasMade) {
    EXPECT_TRUE(isBoilerplate("Transcript (auto-generated, lightly edited)"));
    EXPECT_TRUE(isBoilerplate("This transcript has been edited for clarity."));
    EXPECT_FALSE(isBoilerplate("The transcript of the call was released by the White House on Wednesday."));
}

// An editor's initials after a slash at the end of the last paragraph, "… 0919-160-4470. /cb", are not read; a slash
// inside the story's sentence stays.
TEST(BlindRound56Test, shouldLeaveOutAnEditorsInitialsAfterTheLastSentence) {
    const std::string body = bodyOf56(textArticle56(
        "Court acts on ghost projects\n\nThe court ordered the arrest of 21 officials over flood-control projects worth P2.1 billion on "
        "Monday.\n\nThe public may report anomalous projects by texting 0919-160-4470. /cb\n"));
    EXPECT_EQ(body.find("/cb"), std::string::npos) << body;
    EXPECT_NE(body.find("0919-160-4470."), std::string::npos) << body;
}

// A dose after "a weekly" describes the injection: "a weekly two point four milligram injection".
TEST(BlindRound56Test, shouldSayADoseBeforeItsNounAfterAWeekly) {
    EXPECT_EQ(sayRound56("Patients got a weekly 2.4 mg injection."), "Patients got a weekly two point four milligram injection.");
}

// Round 57: a scorer's minute in brackets after the name is a minute, not feet; a height stays feet.
TEST(BlindRound56Test, shouldSayAScorersBracketedMinute) {
    EXPECT_EQ(sayRound56("Villa pulled one back through Ollie Watkins (62') but lost."),
              "Villa pulled one back through Ollie Watkins, sixty-second minute, but lost.");
    EXPECT_EQ(sayRound56("Shaquille O'Neal (7') towered over them."), "Shaquille O'Neal, seven feet, towered over them.");
}

// Round 57: a police report's ".45 cal. pistol" is a calibre, and its short form's stop does not end the sentence.
TEST(BlindRound56Test, shouldSayAShortCalibre) {
    EXPECT_EQ(sayRound56("Officers recovered a .45 cal. pistol."), "Officers recovered a forty-five caliber pistol.");
    EXPECT_EQ(sayRound56("He had a .38-cal revolver."), "He had a thirty-eight caliber revolver.");
}

// Round 57: one month twice is a nickname, not a range: "Jun-Jun" is not "June to June".
TEST(BlindRound56Test, shouldNotReadOneMonthTwiceAsARange) {
    EXPECT_EQ(sayRound56("Mark \"Jun-Jun\" Reyes was arrested on Sunday.").find("June"), std::string::npos);
    EXPECT_EQ(sayRound56("Sales rose Jan-Mar."), "Sales rose January to March.");
}

// Round 57: a transcript's speaker in capitals keeps its title: "SEN. MARIA CANTWELL (D-Wash.):" is one sentence
// that opens "Senator".
TEST(BlindRound56Test, shouldSayATitleInCapitalsBeforeANameInCapitals) {
    const std::vector<std::string> sentences =
        SentenceSplitter("en")("SEN. MARIA CANTWELL (D-Wash.): Thank you, Mr. Chairman. We will begin the hearing now.");
    ASSERT_EQ(sentences.size(), 2u);
    EXPECT_EQ(sayRound56(sentences[0]), "Senator MARIA CANTWELL, Democrat of Washington: Thank you, Mister Chairman.");
}

// Round 57: a sound a transcript notes in square brackets is not read, however it is written; an editor's name in
// square brackets is.
TEST(BlindRound56Test, shouldLeaveOutASoundInSquareBracketsInAnyCase) {
    EXPECT_EQ(sayRound56("[Coughs] Since 2022 we have grown."), "Since twenty twenty-two we have grown.");
    EXPECT_EQ(sayRound56("[Jones] said the plan was [Clears throat] sound."), "Jones said the plan was sound.");
}

// Blind round 93: what listeners found wrong in pages and pasted texts written for the round (and the last round's
// leftovers), each fix beside the neighbouring case that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "ingest/Boilerplate.hpp"
#include "text/CodeGuard.hpp"
#include "text/SentenceSplitter.hpp"

using namespace readcast;

namespace {

std::vector<std::string> sentences93(const std::string& text) { return SentenceSplitter("en")(text); }

std::string sayInRacingReport93(const std::string& text) {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", "en-GB", {});
    StoryCues cues;
    cues.racing = true;
    return Normalizer("en-GB", &lexicon, cues).normalize(text);
}

// A page of a story's paragraphs around `middle`, long enough to be taken for an article.
std::string pageAround93(const std::string& middle) {
    return "<html><head><title>Backdoor found in compression tools</title></head><body><article><h1>Backdoor found in compression tools</h1>"
           "<p>A backdoor was found in widely used compression tools on Friday, and distributions are racing to ship fixed packages to "
           "their users this weekend.</p>" +
           middle +
           "<p>Users should upgrade at once, the maintainers said, and check their systems for signs of tampering before the weekend is "
           "over.</p><p>The maintainers thanked the engineer who found it while looking into a slow login.</p></article></body></html>";
}

}  // namespace

// Degrees written with a dot between their parts are said by their letters and syllables, not "dot"; a single capital
// before ".Tech" or ".Com" is a degree, not a web address.
TEST(BlindRound93Test, shouldSayDottedDegrees) {
    EXPECT_EQ(blindSay("She has a B.Tech from Delhi and an M.Phil. from Oxford."), "She has a B Tech from Delhi and an M Phil from Oxford.");
    EXPECT_EQ(blindSay("He earned an LL.B. and an Ed.D. in Boston."), "He earned an L L B and an Ed D in Boston.");
    EXPECT_EQ(blindSay("Visit X.com or Amazon.com today."), "Visit X dot com or amazon dot com today.");
}

// Seconds written with their symbol after a range.
TEST(BlindRound93Test, shouldSayARangeOfSeconds) {
    EXPECT_EQ(blindSay("Each pulse lasts 4\xE2\x80\x93" "8 s."), "Each pulse lasts four to eight seconds.");
    EXPECT_EQ(blindSay("Each pulse lasts 8 s."), "Each pulse lasts eight seconds.");
}

// Carbon's price per tonne emitted; the emissions themselves stay a quantity.
TEST(BlindRound93Test, shouldSayCarbonsPricePerTonne) {
    EXPECT_EQ(blindSay("Credits traded at $6.40/tCO2e on Friday."), "Credits traded at six dollars and forty cents per tonne of C O two equivalent on Friday.");
    EXPECT_EQ(blindSay("It emitted 5 tCO2e."), "It emitted five tonnes of CO2 equivalent.");
}

// In a racing report a horse's price in brackets after its name as prose prints it ("Lightning Bolt (11/4)"); a team's
// record with a dash stays a record.
TEST(BlindRound93Test, shouldSayAHorsesPriceAfterItsName) {
    EXPECT_EQ(sayInRacingReport93("Lightning Bolt (11/4) won the Gold Cup."), "Lightning Bolt, eleven to four, won the Gold Cup.");
    EXPECT_EQ(blindSay("Lightning Bolt (11/4) won the Gold Cup.").find("eleven to four"), std::string::npos);
}

// Microsoft's ".NET" is neither an index's code nor the end of a sentence, and "C# 13" is the language's version.
TEST(BlindRound93Test, shouldSayDotNetAndCSharpsVersion) {
    EXPECT_EQ(sentences93("Microsoft's .NET 9 ships. It is free."),
              (std::vector<std::string>{"Microsoft's .NET 9 ships.", "It is free."}));
    EXPECT_EQ(blindSay("Microsoft's .NET 9 and C# 13 are due."), "Microsoft's dot net nine and C sharp thirteen are due.");
    EXPECT_EQ(blindSay("Room #4 was open."), "Room number four was open.");
}

// A language's or a product's pluses are no increments: the sentence is read.
TEST(BlindRound93Test, shouldNotTakeCPlusPlusForCode) {
    EXPECT_FALSE(looksLikeCode("GCC 14 already implements most of C++23, and work on C++26 continues."));
    EXPECT_FALSE(looksLikeCode("The cream has SPF 50 and PA++++ protection, and an A+++ rating."));
    EXPECT_TRUE(looksLikeCode("for (i = 0; i < n; i++) { total += x[i]; }"));
}

// A list item that names dates, the last of them ISO's, is no press contact's telephone number.
TEST(BlindRound93Test, shouldKeepAListItemEndingOnAnIsoDate) {
    const Article a = blindPageArticle(pageAround93("<ul><li>Fedora Rawhide and Fedora 41 beta builds</li>"
                                                  "<li>Arch Linux installation media 2024.03.01 and container images between 2024-02-24 and 2024-03-28</li>"
                                                  "<li>Debian testing and unstable builds</li></ul>"));
    EXPECT_NE(blindBodyOf(a).find("Arch Linux"), std::string::npos) << blindBodyOf(a);
}

// The first of a list's several points under a picture without a caption is the list's, not the picture's caption.
TEST(BlindRound93Test, shouldNotTakeAListsFirstPointForACaption) {
    const Article a = blindPageArticle(pageAround93("<figure><img src=\"https://example.org/bus.jpg\" alt=\"A bus\"></figure>"
                                                  "<ul><li>\xC2\xA3" "1.2 billion for bus services in England</li><li>\xC2\xA3" "2 fare cap extended</li></ul>"));
    bool point = false;
    for (const Block& b : a.blocks) point = point || (b.kind == BlockKind::ListItem && b.text.find("1.2 billion") != std::string::npos);
    EXPECT_TRUE(point) << blindBodyOf(a);
}

// A live blog's entries have their own writers: the first entry's is not the page's.
TEST(BlindRound93Test, shouldNotTakeALiveBlogEntrysWriterForThePages) {
    std::string entries;
    for (const char* writer : {"Jacob Magid", "Emanuel Fabian", "Lazar Berman"}) {
        entries += std::string("<div class=\"liveblog-entry\"><h4>An update</h4><div class=\"liveblog-byline\">By <a href=\"/writers/x/\">") + writer +
                   "</a></div><p>Officials said on Monday that talks on the ceasefire text would continue through the night in New York.</p></div>";
    }
    const Article a = blindPageArticle("<html><head><title>Live updates</title></head><body><div id=\"liveblog-main\"><h1>Live updates</h1>"
                                       "<div class=\"liveblog-entries\">" + entries + "</div></div></body></html>");
    EXPECT_EQ(a.byline.find("Magid"), std::string::npos) << a.byline;
    const Article single = blindPageArticle("<html><head><title>Talks go on</title></head><body><article><h1>Talks go on</h1>"
                                            "<div class=\"byline\">By <a href=\"/writers/jacob-magid/\">Jacob Magid</a></div>"
                                            "<p>Officials said on Monday that talks on the ceasefire text would continue through the night in New York.</p>"
                                            "<p>Diplomats said a vote could come as soon as Tuesday afternoon, after a final round of changes.</p></article></body></html>");
    EXPECT_EQ(single.byline, "Jacob Magid");
}

// An analysts' report's notes about itself: its map's updates, its data's cut-off, its method and its endnotes.
TEST(BlindRound93Test, shouldNotReadAReportsNotesAboutItself) {
    for (const char* note : {"This map is updated daily alongside the static maps present in this report.",
                             "Note: The data cut-off for this product was 1:30pm ET on March 14.",
                             "Note: ISW does not receive any classified material from any source, uses only publicly available information, and "
                             "draws extensively on Russian, Ukrainian, and Western reporting and social media as well as commercially available "
                             "satellite imagery and other geospatial data as the basis for these reports. References to all sources used are "
                             "provided in the endnotes of each update."}) {
        EXPECT_TRUE(isBoilerplate(note)) << note;
    }
    EXPECT_FALSE(isBoilerplate("Note: the ministry said the data showed no rise in cases since March."));
    EXPECT_FALSE(isBoilerplate("This map is the first to show every flooded road in the county, officials said."));
}

// A score out of a total no date has is said out of it; a date's and a dose's figures are not.
TEST(BlindRound93Test, shouldSayAScoreOutOfItsTotal) {
    EXPECT_EQ(blindSay("The couple finished with 39/40."), "The couple finished with thirty-nine out of forty.");
    EXPECT_EQ(blindSay("Pure and medium-bodied, 16/20."), "Pure and medium-bodied, sixteen out of twenty.");
    EXPECT_EQ(blindSay("Cooking 9/10 \xC2\xB7 Atmosphere 8/10"), "Cooking nine out of ten, Atmosphere eight out of ten");
    EXPECT_EQ(blindSay("Deadline 5/20 for entries.").find("out of"), std::string::npos);
    EXPECT_EQ(blindSay("Only 3/5 of respondents agreed.").find("out of"), std::string::npos);
}

// A critic's scores out of 20 at the end of paragraphs are no thread's counter of its posts; "1/3", "2/3", "3/3" are.
TEST(BlindRound93Test, shouldKeepScoresThatAreNoThreadCounter) {
    const Article wines = blindTextArticle("# Three wines for winter\n\nThe first wine is pure and medium-bodied, with cassis and graphite. **16/20**\n\n"
                                           "The second wine is fresh, with red fruit and a long finish. **17/20**\n\n"
                                           "The third wine is round and ripe, with plums and spice. **19/20**\n",
                                           "wines.md");
    EXPECT_NE(blindBodyOf(wines).find("19/20"), std::string::npos) << blindBodyOf(wines);
    const Article thread = blindTextArticle("A thread on the budget\n\nThe budget raises the levy by three per cent this year. 1/3\n\n"
                                            "Most of the money goes to road repairs and two libraries. 2/3\n\nThe council will review it next spring. 3/3\n");
    EXPECT_EQ(blindBodyOf(thread).find("2/3"), std::string::npos) << blindBodyOf(thread);
}

// A review's verdict line, its price band and its stars, is read; the band's signs counted.
TEST(BlindRound93Test, shouldReadAPriceBandAndItsStars) {
    const Article a = blindTextArticle("# The Fenwick\n\nThe verdict is clear and long enough to be a paragraph of its own.\n\n"
                                       "Price \xC2\xA3\xC2\xA3\xC2\xA3\xC2\xA3 \xC2\xB7 Score \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\n\n"
                                       "Another paragraph that is long enough to be kept in the story.\n",
                                       "review.md");
    EXPECT_NE(blindBodyOf(a).find("Price"), std::string::npos) << blindBodyOf(a);
    EXPECT_EQ(blindSay("Price: $$$"), "Price: three dollar signs");
    EXPECT_EQ(blindSay("It needs tight integration or $$$.").find("signs"), std::string::npos);
    EXPECT_FALSE(isBoilerplate("Price \xC2\xA3\xC2\xA3\xC2\xA3\xC2\xA3 \xC2\xB7 Score \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85"));
    EXPECT_TRUE(isBoilerplate("Subscribe \xC2\xB7 Sign in"));
}

// A wine's château written short before its name, and a growth's rank in French; a chapter stays a chapter.
TEST(BlindRound93Test, shouldSayAWinesChateauAndGrowth) {
    EXPECT_EQ(sentences93("Ch. Figeac, St-\xC3\x89milion 1er Grand Cru Class\xC3\xA9 2019. Buy it."),
              (std::vector<std::string>{"Ch. Figeac, St-\xC3\x89milion 1er Grand Cru Class\xC3\xA9 2019.", "Buy it."}));
    EXPECT_EQ(blindSay("Ch. Figeac, St-\xC3\x89milion 1er Grand Cru Class\xC3\xA9 2019."),
              "Chateau Figeac, Saint-\xC3\x89milion prem-yay Grand Cru Class\xC3\xA9 twenty nineteen.");
    EXPECT_EQ(blindSay("Ch. Lynch-Bages, a 5\xC3\xA8me Cru in Pauillac."), "Chateau Lynch-Bages, a sank-yem Cru in Pauillac.");
    EXPECT_EQ(blindSay("Read Ch. IV tonight."), "Read Chapter four tonight.");
}

// A page's notes about itself and its readers' part, in any story: its print edition, its thanks, its player's words, its call
// for tips, its newsletter, its syndication's pointer, its share box, its stamps; a story that reports such things is read.
TEST(BlindRound93Test, shouldNotReadAPagesNotesAboutItself) {
    for (const char* note : {"This article appears in the March 2026 print edition with the headline \"Say It Whole.\"",
                             "When you buy a book using a link on this page, we receive a commission.", "Thank you for supporting The Atlantic.",
                             "From the April 2026 issue", "Enjoy more audio and podcasts on iOS or Android.", "Text settings Comments",
                             "Do you have a story for The Sun?",
                             "If you've got a celebrity story, video or pictures get in touch with the entertainment team by emailing us "
                             "tips@example.co.uk - we'd love to hear from you.",
                             "Never miss a story \xE2\x80\x94 sign up for PEOPLE's free daily newsletter to stay up-to-date.",
                             "Read the original article on People.", "Share or comment on this article:", "Originally Published -- 10:05 AM PT",
                             "Filed under.", "Listing image: Getty Images", "Dieser Artikel ist in der ZEIT Nr. 11/2026 erschienen.",
                             "Mitarbeit: Jonas Pfeiffer", "Dieser Artikel ist Teil von Z+. Jetzt 4 Wochen kostenlos testen."}) {
        EXPECT_TRUE(isBoilerplate(note)) << note;
    }
    for (const char* story : {"The magazine said the article appears in the March issue because the writer asked for more time.",
                              "Thank you for supporting us, the mayor told volunteers who had cleared the river banks.",
                              "Do you have a story for the inquiry? The panel asked residents to come forward by Friday."}) {
        EXPECT_FALSE(isBoilerplate(story)) << story;
    }
}

// A link to a topic's page among a tags box's links is the story's subject, not its writer; a byline's link with "By" is.
TEST(BlindRound93Test, shouldNotTakeATagsBoxLinkForTheWriter) {
    const std::string story = "<p>The actor is being sued for $4.5 million by a woman who says he plowed into her car in Malibu on Friday night.</p>"
                              "<p>His lawyer said the claim was false and that the actor would fight it in court, according to the filing.</p>";
    const Article tags = blindPageArticle("<html><head><title>Actor sued</title></head><body><article><h1>Actor sued</h1>" + story +
                                          "<div class=\"article__tags\"><a href=\"/people/marcus-delaney/\">Marcus Delaney</a><a href=\"/categories/"
                                          "lawsuits/\">Lawsuits</a></div></article></body></html>");
    EXPECT_EQ(tags.byline.find("Delaney"), std::string::npos) << tags.byline;
    const Article by = blindPageArticle("<html><head><title>Actor sued</title></head><body><article><h1>Actor sued</h1><div>By <a href=\"/people/"
                                        "jane-doe/\">Jane Doe</a> in <a href=\"/categories/lawsuits/\">Lawsuits</a></div>" + story + "</article></body></html>");
    EXPECT_EQ(by.byline, "Jane Doe");
}

// Common words shouted in capitals in a sentence of small letters are said as words, not spelled; "QUEEN" is a word too.
TEST(BlindRound93Test, shouldSayShoutedWordsAsWords) {
    EXPECT_EQ(blindSay("She ATE and left no crumbs."), "She ate and left no crumbs.");
    EXPECT_EQ(blindSay("Meghan's jam SELLS OUT in 45 minutes."), "Meghan's jam SELLS out in forty-five minutes.");
    EXPECT_EQ(blindSay("Chloe wrote: QUEEN."), "Chloe wrote: QUEEN.");
    EXPECT_EQ(blindSay("The ACT government said so."), "The ACT government said so.");
    EXPECT_EQ(blindSay("The UCSF team spoke."), "The U.C.S.F team spoke.");
}

// A post's kisses at its end are not said; a chapter's numeral is.
TEST(BlindRound93Test, shouldNotSayAPostsKisses) {
    EXPECT_EQ(blindSay("Thanks for the love xx"), "Thanks for the love");
    EXPECT_EQ(blindSay("Chapter xx of the book."), "Chapter twenty of the book.");
}

// A network's hour and the Central zone's, a caption's dotted date, a product's two versions, a securities rule's number.
TEST(BlindRound93Test, shouldSayBroadcastHoursDatesVersionsAndRules) {
    EXPECT_EQ(blindSay("It premieres at 8/7c tonight."), "It premieres at eight, seven central tonight.");
    EXPECT_EQ(blindSay("They wed on 9.14.24 in Malibu."), "They wed on September fourteenth, twenty twenty-four in Malibu.");
    EXPECT_EQ(blindSay("Version 1.14.24 is out.").find("September"), std::string::npos);
    EXPECT_EQ(blindSay("Red Hat Enterprise Linux (RHEL) 8/9 is not affected."), "Red Hat Enterprise Linux eight and nine is not affected.");
    EXPECT_EQ(blindSay("On Friday 8/9 we met.").find("eight and nine"), std::string::npos);
    EXPECT_EQ(blindSay("It falls under Rule 10b5-1 plans."), "It falls under Rule ten b five one plans.");
    EXPECT_EQ(blindSay("Windows Hyper-V flaws were fixed."), "Windows Hyper V flaws were fixed.");
}

// A legal report's plural articles and numbers, an Indian court's senior advocate, a case's other parties; a lower-case "no."
// before its number ends no sentence.
TEST(BlindRound93Test, shouldSayALegalReportsShortForms) {
    EXPECT_EQ(blindSay("See Arts. 2 and 3 and nos. 4 and 5 in Smith & Ors. v Jones."),
              "See Articles two and three and numbers four and five in Smith and Others versus Jones.");
    EXPECT_EQ(blindSay("Sr. Adv. Kapil Sibal argued."), "Senior Advocate Kapil Sibal argued.");
    EXPECT_EQ(sentences93("The court cited Sweden GC, no. 35252/08, at length. It ruled."),
              (std::vector<std::string>{"The court cited Sweden GC, no. 35252/08, at length.", "It ruled."}));
}

// A Dublin district's letter, a range of inches, British times with their dots before what leaves or in a span.
TEST(BlindRound93Test, shouldSayDistrictsInchesAndDottedTimes) {
    EXPECT_EQ(blindSay("She lives in Dublin 6W now."), "She lives in Dublin six W now.");
    EXPECT_EQ(blindSay("A 60W bulb."), "A sixty watt bulb.");
    EXPECT_EQ(blindSay("Expect 1-3\" of snow tonight."), "Expect one to three inches of snow tonight.");
    EXPECT_EQ(blindSay("Catch the 8.50 ferry to Cowes."), "Catch the eight fifty ferry to Cowes.");
    EXPECT_EQ(blindSay("He lunched from 12.45 until 3.15 at the George."), "He lunched from twelve forty-five until three fifteen at the George.");
    EXPECT_EQ(blindSay("Shares fell from 2.45 to 1.30 today.").find("forty-five"), std::string::npos);
}

// A broadcast transcript's turns: the speaker's name said as a name, the programme's role and the transcriber's stage directions
// left out, a label alone on its line opening the paragraph under it. A round-up's datelines and a notice's fields are no turns.
TEST(BlindRound93Test, shouldSayATranscriptsSpeakersByName) {
    const Article a = blindTextArticle("Farmworkers brace for heat rules\n\nAMY LEE, HOST:\n\nFarmworkers in California say new heat rules are not "
                                       "enough.\n\nTOM REYES, BYLINE: At 6 a.m., the fields near Fresno are already warm.\n\nUNIDENTIFIED PERSON #1: "
                                       "(Speaking Spanish).\n\nMARIA SOTO: (Through interpreter) We need more breaks, not more paperwork.\n\nREYES: "
                                       "Soto has picked grapes here for twenty years.\n\nLEE: That's Tom Reyes reporting.\n");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("Amy Lee: Farmworkers in California"), std::string::npos) << body;
    EXPECT_NE(body.find("Tom Reyes: At 6 a.m."), std::string::npos) << body;
    EXPECT_NE(body.find("Maria Soto: We need more breaks"), std::string::npos) << body;
    EXPECT_NE(body.find("Lee: That's"), std::string::npos) << body;
    EXPECT_EQ(body.find("Speaking Spanish"), std::string::npos) << body;
    EXPECT_EQ(body.find("BYLINE"), std::string::npos) << body;
    const Article roundUp = blindTextArticle("India briefs\n\nNEW DELHI: The government on Monday raised the support price for wheat by 6%, "
                                             "officials said.\n\nMUMBAI: Shares closed higher for a third day as banks rallied.\n\nNEW DELHI: The "
                                             "weather office forecast heavy rain in the capital for the rest of the week.\n");
    EXPECT_EQ(blindBodyOf(roundUp).find("New Delhi:"), std::string::npos) << blindBodyOf(roundUp);
}

// What the round's adversarial check found the new rules must leave alone.
TEST(BlindRound93Test, shouldLeaveTheCasesTheRoundsRulesMustNotTouch) {
    // A ratio, a unit's two figures, a price to win, an eye test.
    EXPECT_EQ(blindSay("It is a 40/60 split.").find("out of"), std::string::npos);
    EXPECT_EQ(blindSay("It films at 24/30 fps.").find("out of"), std::string::npos);
    EXPECT_EQ(blindSay("The Lions are 13/20 to win.").find("out of"), std::string::npos);
    EXPECT_EQ(blindSay("He reads 20/40 in each eye.").find("out of"), std::string::npos);
    // A product's version, a band's and a DJ's name, acronyms that are tickers and statistics, a chapter in a wine book.
    EXPECT_EQ(blindSay("Kubernetes 1.28.13 is out.").find("January"), std::string::npos);
    EXPECT_EQ(blindSay("He joined his bandmates in The xx."), "He joined his bandmates in The xx.");
    EXPECT_EQ(blindSay("Ch. Three of the wine book.").find("Chateau"), std::string::npos);
    EXPECT_EQ(blindSay("Shares in the MAN truck unit and the WAR stat rose in the league table."),
              "Shares in the MAN truck unit and the WAR stat rose in the league table.");
    // A measure's span, a school's arts before a year, a bowler's figures.
    EXPECT_EQ(blindSay("It weighed between 3.20 and 3.45 kilograms.").find("twenty"), std::string::npos);
    EXPECT_EQ(blindSay("It weighed from 3.20 to 3.45 kg.").find("three twenty"), std::string::npos);
    EXPECT_EQ(blindSay("The Academy of Fine Arts. 2024 was busy.").find("Articles"), std::string::npos);
    EXPECT_EQ(sayInRacingReport93("Stuart Broad (3/45) starred.").find("three to forty-five"), std::string::npos);
    // A stop typed apart from its sentence ends it; a compiler's command is code; a paragraph reporting a commission or a
    // publisher's sources is the story's.
    EXPECT_EQ(sentences93("He resigned on Tuesday .He had left."), (std::vector<std::string>{"He resigned on Tuesday .", "He had left."}));
    EXPECT_TRUE(looksLikeCode("Compile it with g++ -std=c++23 -O2 main.cpp -o main && ./main"));
    EXPECT_FALSE(isBoilerplate("Critics say few of the sources used are provided in the endnotes, and the report was withdrawn."));
    EXPECT_FALSE(isBoilerplate("Netflix l\xC3\xA4sst Neukunden seit 2020 nicht mehr einen Monat kostenlos testen."));
    EXPECT_FALSE(isBoilerplate("\"When you buy a painting here, we receive a commission,\" the gallery owner said."));
}

// A city named by its quarter before its saint; a pronoun shouted in a headline's label; a pull quote whose sentences the story
// gives with its speaker between them.
TEST(BlindRound93Test, shouldSayQuarterCitiesShoutedPronounsAndDropEchoedPullQuotes) {
    EXPECT_EQ(blindSay("He grew up in East St. Louis, Ill."), "He grew up in East Saint Louis, Illinois.");
    EXPECT_EQ(blindSay("He moved to East St. to live."), "He moved to East Street to live.");
    EXPECT_EQ(blindSay("LEAVE IT ALONE: the row over the old pier"), "LEAVE it ALONE: the row over the old pier");
    const Article a = blindPageArticle(
        "<html><head><title>The keeper</title></head><body><article><h1>The keeper</h1><p>Halvorsen has kept the light on the point "
        "for thirty-one years, through storms, budget cuts and the automation of every other station on the lake.</p>"
        "<aside class=\"PullQuote\"><blockquote>\xE2\x80\x9CThe light doesn\xE2\x80\x99t need me. I think I need the light.\xE2\x80\x9D</blockquote></aside>"
        "<p>When I first visited, in August, the lake was flat and the color of pewter, and he met me at the dock.</p>"
        "<p>\xE2\x80\x9CThe light doesn\xE2\x80\x99t need me,\xE2\x80\x9D he said, watching the beacon blink. \xE2\x80\x9CI think I need the "
        "light.\xE2\x80\x9D</p></article></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("me. I think"), std::string::npos) << body;
    EXPECT_NE(body.find("he said, watching the beacon"), std::string::npos) << body;
}

// A price per person glued to its amount, and a television listing's hour with its "p" before the zone or the Central hour;
// a price in pence stays pence.
TEST(BlindRound93Test, shouldSayPricesPerPersonAndListingsHours) {
    EXPECT_EQ(blindSay("Flights cost \xC2\xA3" "1,299pp for 3 nights."), "Flights cost one thousand two hundred ninety-nine pounds per person for three nights.");
    EXPECT_EQ(blindSay("Aired 2-3p ET"), "Aired two to three P-M Eastern time");
    EXPECT_EQ(blindSay("Watch at 10p/9c on NBC."), "Watch at ten P-M, nine central on N.B.C.");
    EXPECT_EQ(blindSay("It cost 9p at the shop."), "It cost nine pence at the shop.");
}

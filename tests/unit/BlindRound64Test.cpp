// What blind round 64 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"

#include "text/SentenceSplitter.hpp"
#include "text/StoryCues.hpp"

using namespace readcast;

// A page's text size buttons and its save, print and send links, pasted with the story, are no headline.
TEST(BlindRound64Test, shouldNotTakeAPagesTextSizeButtonsForTheHeadline) {
    const Article a = blindTextArticle("Sport > Cricket\n\nHead's blitz flattens England as Australia go 2-0 up\n\nAndrew Fitz-Simmons\n"
                                       "December 7, 2025\n\nSave\nShare\nNormal text size\nLarger text size\nVery large text size\n\n"
                                       "Travis Head smashed 142 off just 111 balls as Australia crushed England by eight wickets at the "
                                       "Gabba on Sunday.\n\nPrint this page Email A Friend!\n\nThe third Test starts in Adelaide on "
                                       "December 17, and Australia name an unchanged side.\n");
    EXPECT_EQ(a.title, "Head's blitz flattens England as Australia go 2-0 up");
    EXPECT_EQ(a.byline, "Andrew Fitz-Simmons");
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("text size"), std::string::npos) << body;
    EXPECT_EQ(body.find("Email A Friend"), std::string::npos) << body;
    EXPECT_NE(body.find("Travis Head smashed"), std::string::npos) << body;
}

// A tailwind glued to its unit with a sign before it ("(+0.6m/s)") is metres per second, not millions; a French
// name's saint joined by a hyphen ("St-Pierre") is no street.
TEST(BlindRound64Test, shouldReadASignedSpeedAndAHyphenedSaint) {
    EXPECT_EQ(blindSay("in 9.79 seconds (+0.6m/s)", "en-GB"), "in nine point seven nine seconds, plus zero point six meters per second");
    EXPECT_EQ(blindSay("a \xC2\xA3" "1.5m deal", "en-GB"), "a one point five million pound deal");
    EXPECT_EQ(blindSay("By Daniel St-Pierre in Ste-Foy"), "By Daniel Saint-Pierre in Sainte-Foy");
    EXPECT_EQ(blindSay("an Oxford St-based firm"), "an Oxford Street-based firm");
}

// A batter not out keeps the star of the score in pasted text, and a cricket report says it; so a side's wickets for
// its runs with a slash ("2/246"), where neither could be a date.
TEST(BlindRound64Test, shouldReadACricketReportsNotOutAndSlashedScores) {
    const Article a = blindTextArticle("Cricket report\n\nHead and Marnus Labuschagne (67*) shared a 178-run stand as Australia won the "
                                       "second Test by eight wickets.\n");
    EXPECT_NE(blindBodyOf(a).find("(67*)"), std::string::npos) << blindBodyOf(a);
    EXPECT_EQ(blindTextArticle("Notes\n\nThe *new* rules start in 2026 for all 12 clubs in the league this season.\n").blocks.back().text,
              "The new rules start in 2026 for all 12 clubs in the league this season.");
    EXPECT_EQ(blindSayInCricketReport("Labuschagne (67*) shared the stand.", "en-AU"), "Laboo-shane, sixty-seven not out, shared the stand.");
    EXPECT_EQ(blindSayInCricketReport("Australia 370 & 2/246", "en-AU"), "Australia three hundred and seventy and two for two hundred and forty-six");
    EXPECT_EQ(blindSayInCricketReport("The next Test starts on 7/12.", "en-AU"), "The next Test starts on the seventh of December.");
}

// A game story's last word on the next game ("Up next: The series finale is Sunday at 1:35 p.m.") is the story's; a
// pointer to another story under the same label is not.
TEST(BlindRound64Test, shouldKeepAGameStorysNextGame) {
    const std::string page = "<html><body><article><h1>Orioles beat Yankees</h1><p>The Orioles beat the Yankees 5-3 on Saturday night at "
                             "Camden Yards in Baltimore, with a late homer deciding it.</p><p><strong>Up next:</strong> The series finale is "
                             "Sunday at 1:35 p.m. ET. Zach Eflin faces Carlos Rodon.</p><p><a href=\"/a\">Up next: Five things we learned "
                             "from the Orioles' weekend</a></p><p>Tickets start at $19 at the box office, the club said on Saturday night.</p>"
                             "</article></body></html>";
    const std::string body = blindBodyOf(blindPageArticle(page));
    EXPECT_NE(body.find("Up next: The series finale is Sunday at 1:35 p.m. ET."), std::string::npos) << body;
    EXPECT_EQ(body.find("Five things"), std::string::npos) << body;
}

// A table's column counted in millions ("Votes (m)") says its figures in millions; marks on a five- or ten-point scale
// are "out of", a share of something stays a fraction; a range from a mixed number has its "to".
TEST(BlindRound64Test, shouldSayColumnsInMillionsMarksOutOfAndFractionRanges) {
    const std::string page = "<html><body><article><h1>Election results</h1><p>Independents backed by the party won the most seats in the "
                             "national assembly, the election commission said on Friday.</p><table><tr><th>Party</th><th>Seats</th>"
                             "<th>Votes (m)</th></tr><tr><td>Independents</td><td>101</td><td>18.6</td></tr></table></article></body></html>";
    EXPECT_NE(blindBodyOf(blindPageArticle(page)).find("Independents, seats 101, votes 18.6 million"), std::string::npos)
        << blindBodyOf(blindPageArticle(page));
    EXPECT_EQ(blindSay("Service: 3/5, Food: 5/5"), "Service: three out of five, Food: five out of five");
    EXPECT_EQ(blindSay("The sambal is about a 7/10 for heat"), "The sambal is about a seven out of ten for heat");
    EXPECT_EQ(blindSay("a 3/5 majority of the Senate"), "a three fifths majority of the Senate");
    EXPECT_EQ(blindSay("It passed with 3/5 of the vote."), "It passed with three fifths of the vote.");
    EXPECT_EQ(blindSay("Bake for 2\xC2\xBD\xE2\x80\x93" "3 hours."), "Bake for two and a half to three hours.");
}

// A day and a month without their year, after a word that dates, where the day is over twelve ("by 31/10" in
// Singapore, "by 10/31" in the US); noon and midnight by name ("12pm", "12am").
TEST(BlindRound64Test, shouldSayADayAndMonthWithoutTheirYearAndNoonByName) {
    EXPECT_EQ(blindSay("Pre-order by 31/10 at 12pm.", "en-SG"), "Pre-order by the thirty-first of October at noon.");
    // (Not odds, a side's score or a fraction of the same shape, nor "12am on Friday", whose midnight would be heard a day late.)
    EXPECT_EQ(blindSay("Bookmakers cut his odds from 16/1 to 8/1 overnight.", "en-GB"),
              "Bookmakers cut his odds from sixteen to one to eight to one overnight.");
    EXPECT_EQ(blindSay("Punters piled in, and his price shortened to 13/2.", "en-GB"), "Punters piled in, and his price shortened to thirteen to two.");
    EXPECT_EQ(blindSay("India were reduced to 17/2 in the sixth over.", "en-IN").find("February"), std::string::npos);
    EXPECT_EQ(blindSay("The note fell by 1/16.", "en-US"), "The note fell by one sixteenth.");
    EXPECT_EQ(blindSay("It applies from 12am on Friday.", "en-GB"), "It applies from twelve A-M on Friday.");
    EXPECT_EQ(blindSay("Applications close at 12pm (midday) on Friday.", "en-GB"), "Applications close at noon on Friday.");
    EXPECT_EQ(blindSay("It costs 3/10 of the budget.", "en-GB"), "It costs three tenths of the budget.");
    EXPECT_NE(blindSay("R v Kallakis [2017] EWCA Crim 2310", "en-GB").find("twenty seventeen, E.W.C.A Criminal"), std::string::npos);
}

// A short step of a how-to list that sends the reader to a site ("2. Visit https://ghana.waecdirect.org.") is the
// story's, and the site's name is said as the word it is.
TEST(BlindRound64Test, shouldKeepAStepThatSendsTheReaderToASite) {
    const Article a = blindTextArticle("# Results out\n\nThe results were released on Friday and students can now check them online, the "
                                       "council said in a statement.\n\n### How to check\n\n1. Buy a checker PIN for GH\xE2\x82\xB5" "25 from "
                                       "any vendor.\n2. Visit https://ghana.waecdirect.org.\n3. Enter your 10-digit index number.\n\nThe "
                                       "minister welcomed the results on Friday.\n",
                                       "results.md");
    EXPECT_NE(blindBodyOf(a).find("Visit https://ghana.waecdirect.org."), std::string::npos) << blindBodyOf(a);
    EXPECT_EQ(blindSay("Visit ghana.waecdirect.org."), "Visit ghana dot waecdirect dot org.");
    EXPECT_EQ(blindSay("See oecd.org for more."), "See O E C D dot org for more.");
}

// A pasted story's foot: the paper's app and e-paper pitched, its columnists' disclaimer, the reporter's address signed
// under the story; the story's last paragraph stays.
TEST(BlindRound64Test, shouldDropAPastedStorysAppAndEpaperPitchesDisclaimerAndSignedAddress) {
    const Article a = blindTextArticle(
        "Heavy rain warning for Eastern Cape\n\nA Level 6 warning for disruptive rain is in place for the OR Tambo district, the weather "
        "service said on Sunday.\n\nEskom said it had teams on standby in case of outages, while disaster teams were on high alert.\n\n"
        "Get real-time weather alerts on the News24 app.\n\n-- orane.spence@example.com\n\nDisclaimer: News24 encourages freedom of "
        "speech and the expression of diverse views. The views of columnists published on News24 are therefore their own and do not "
        "necessarily represent the views of News24.\n\nNow you can read the Daily Observer ePaper anytime, anywhere. The Daily Observer "
        "ePaper is available to you at home or at work, and is the same edition as the printed copy.\n\n85 comments\n");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("disaster teams were on high alert."), std::string::npos) << body;
    for (const char* furniture : {"News24 app", "orane.spence", "views of columnists", "freedom of speech", "ePaper"}) {
        EXPECT_EQ(body.find(furniture), std::string::npos) << furniture << "\n" << body;
    }
}

// Numbers said as their trade says them: a flight's in pairs, a hotline's figure by figure, a hurdles race by its
// distance, a goal kicker's conversions and penalties, a laboratory count per litre; a price with its cents before an
// adverb is no adjective; kilograms written "kgs"; New Zealand's time.
TEST(BlindRound64Test, shouldSayFlightsHotlinesHurdlesKicksAndLabCounts) {
    EXPECT_EQ(blindSay("on flight SBA 4312 from Lagos", "en-GB"), "on flight SBA forty-three twelve from Lagos");
    EXPECT_EQ(blindSay("Flight 117 landed", "en-GB"), "Flight one seventeen landed");
    EXPECT_EQ(blindSay("The airline ran 1200 flights", "en-GB"), "The airline ran one thousand two hundred flights");
    EXPECT_EQ(blindSay("calling the 1926 hotline", "en-GB"), "calling the one nine two six hotline");
    EXPECT_EQ(blindSay("the 2024 hotline review", "en-GB"), "the twenty twenty-four hotline review");
    EXPECT_EQ(blindSay("the women's 100mH in 12.49", "en-GB"), "the women's one hundred meter hurdles in twelve point four nine");
    EXPECT_EQ(blindSay("He kicked 2 cons, 3 pens", "en-GB"), "He kicked two conversions, three penalties");
    EXPECT_EQ(blindSay("She bought 2 pens and a notebook", "en-GB"), "She bought two pens and a notebook");
    EXPECT_EQ(blindSay("a platelet count of 100 x 10\xE2\x81\xB9/L.", "en-GB"),
              "a platelet count of one hundred times ten to the power of nine per liter.");
    EXPECT_EQ(blindSay("hit a record $212.40 intraday", "en-US"), "hit a record two hundred twelve dollars and forty cents intraday");
    EXPECT_EQ(blindSay("a $5 fee", "en-US"), "a five dollar fee");
    EXPECT_EQ(blindSay("412.7 million kgs of tea", "en-GB"), "four hundred and twelve point seven million kilograms of tea");
    EXPECT_EQ(blindSay("kick-off at 7.05pm NZT", "en-GB"), "kick-off at seven oh five P-M New Zealand time");
}

// A pasted byline of an Irish name with its one-letter "Ó", and two writers apart a bar, over the writer's job and the date.
TEST(BlindRound64Test, shouldTakeAnIrishNameAndTwoWritersApartABarAsTheByline) {
    const auto pasted = [](const std::string& byline) {
        return blindTextArticle("Fianna Fail tops poll in Dublin Bay South\n\n" + byline +
                                "\nPolitical Reporter\nSun, Jun 8, 2025, 23:15\n\nThe count at the RDS concluded shortly before 11pm on "
                                "Sunday with the party elected on the first count, exceeding the quota.\n\nTurnout in the six-seat "
                                "constituency was 48.7%, down from 52.1% in 2019, officials said.\n");
    };
    EXPECT_EQ(pasted("Ciar\xC3\xA1n \xC3\x93 S\xC3\xBAilleabh\xC3\xA1in").byline, "Ciar\xC3\xA1n \xC3\x93 S\xC3\xBAilleabh\xC3\xA1in");
    EXPECT_EQ(pasted("Khurram Husain-Qureshi | Tahir Sherani").byline, "Khurram Husain-Qureshi and Tahir Sherani");
    EXPECT_EQ(pasted("News | Politics | Business").byline, "");
}

// The paper's name before the date on one line ("*Daily Mirror Online* — 15 July 2025, 07:12 pm") is the page's own
// line, not the story's; a sentence with a dash before a date stays.
TEST(BlindRound64Test, shouldTakeAPapersNameAndDateLineAsMetadata) {
    const Article a = blindTextArticle("# Dengue cases top 38,000\n\n*Daily Mirror Online* \xE2\x80\x94 15 July 2025, 07:12 pm\n\nThe National "
                                       "Dengue Control Unit said 38,416 suspected cases had been reported island-wide this year.\n\nThe "
                                       "council meets again \xE2\x80\x94 on 20 July 2025, officials said.\n",
                                       "dengue.md");
    EXPECT_EQ(a.site, "Daily Mirror Online");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->day, 15);
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("Daily Mirror"), std::string::npos) << body;
    EXPECT_NE(body.find("The council meets again"), std::string::npos) << body;
}

// A reviewer's sweep of rounds 63 and 64's rules over ordinary sentences and pages: where each must not fire.
TEST(BlindRound64Test, shouldNotFireRound64sRulesWhereTheyDoNotBelong) {
    // A cricket report's other figures: odds, votes, verdicts, a roundup's rugby, a record, a hotel's stars.
    EXPECT_EQ(blindSayInCricketReport("Bookmakers have Afghanistan at 40/1 to lift the trophy."),
              "Bookmakers have Afghanistan at forty to one to lift the trophy.");
    EXPECT_EQ(blindSayInCricketReport("Nepal are 100-1 outsiders."), "Nepal are one hundred to one outsiders.");
    EXPECT_EQ(blindSayInCricketReport("Butt was convicted by a majority verdict of 11-1.").find(" for "), std::string::npos);
    EXPECT_EQ(blindSayInCricketReport("The committee voted 14-0 to scrap the rule.").find("without loss"), std::string::npos);
    EXPECT_EQ(blindSayInCricketReport("The Stormers were 31-7 victors in Cape Town.").find(" for "), std::string::npos);
    EXPECT_EQ(blindSayInCricketReport("The Bulls led 17-3 at the break.").find(" for "), std::string::npos);
    EXPECT_EQ(blindSayInCricketReport("Australia are 11-1 in day-night Tests.").find(" for "), std::string::npos);
    EXPECT_EQ(blindSayInCricketReport("The squad is staying at a 5* hotel.").find("not out"), std::string::npos);
    EXPECT_EQ(blindSayInCricketReport("Our critic gave the film 4* out of five.").find("not out"), std::string::npos);
    // A column in metres, a story's own e-edition, a reader's rating widget.
    const std::string storm = "<html><body><article><h1>Storm batters the coast</h1><p>Waves of twenty metres were recorded off the west "
                              "coast on Sunday night as the storm passed, the weather service said.</p><table><tr><th>Buoy</th>"
                              "<th>Max wave height (m)</th></tr><tr><td>M6</td><td>20.5</td></tr></table></article></body></html>";
    EXPECT_EQ(blindBodyOf(blindPageArticle(storm)).find("million"), std::string::npos) << blindBodyOf(blindPageArticle(storm));
    const Article print = blindTextArticle("Paper ends print edition\n\nThe Post will stop printing on December 31 after 240 years, its "
                                           "owner said on Monday.\n\nThe e-edition will be available to all existing print subscribers at "
                                           "no extra cost from January 1, the company said in a statement.\n\nStaff were told on Monday.\n");
    EXPECT_NE(blindBodyOf(print).find("The e-edition will be available"), std::string::npos) << blindBodyOf(print);
    const std::string recipe = "<html><body><article><h1>Lemon drizzle cake</h1><div class=\"recipe-rating\">Rate this recipe "
                               "<button aria-label=\"1 out of 5 stars\"></button><button aria-label=\"2 out of 5 stars\"></button>"
                               "<button aria-label=\"3 out of 5 stars\"></button></div><p>This lemon drizzle cake is the easiest bake "
                               "you will make all year, and it keeps for a week in a tin.</p><p>Heat the oven to 180C and line a loaf "
                               "tin with baking paper before you start.</p></article></body></html>";
    EXPECT_EQ(blindBodyOf(blindPageArticle(recipe)).find("\xE2\x98\x85"), std::string::npos) << blindBodyOf(blindPageArticle(recipe));
    // Numbers and words beside the new rules' words.
    EXPECT_EQ(blindSay("The government set up 150 helplines.", "en-GB"), "The government set up one hundred and fifty helplines.");
    EXPECT_EQ(blindSay("The service received 4500 helpline calls a day.", "en-GB"),
              "The service received four thousand five hundred helpline calls a day.");
    EXPECT_EQ(blindSay("The 1999 hotline scandal rocked the ministry.", "en-GB"), "The nineteen ninety-nine hotline scandal rocked the ministry.");
    EXPECT_EQ(blindSay("The review lists 5 pros and 3 cons.", "en-GB"), "The review lists five pros and three cons.");
    EXPECT_EQ(blindSay("Traffic was diverted at the George St-Park St intersection.", "en-AU"),
              "Traffic was diverted at the George Street-Park Street intersection.");
    EXPECT_EQ(blindSay("The principal, Rev Sr Francisca Okafor, welcomed them.", "en-NG"),
              "The principal, Reverend Sister Francisca Okafor, welcomed them.");
    EXPECT_EQ(blindSay("The bank paid a $2.6 billion then-record fine.", "en-US"), "The bank paid a two point six billion dollar then-record fine.");
    EXPECT_EQ(blindSay("SAN DIEGO ZOO WELCOMES TWIN CUBS", "en-US").find("S.A.N"), std::string::npos);
    const Article signs = blindTextArticle("New street signs for the town centre\n\nThe council will replace 300 street signs in the town "
                                           "centre this spring, it said on Monday.\n\nFont size was the main complaint.\n\nTake hwy. 401 "
                                           "east to reach the new depot, which opens in May.\n");
    EXPECT_NE(blindBodyOf(signs).find("Font size was the main complaint."), std::string::npos) << blindBodyOf(signs);
    EXPECT_EQ(SentenceSplitter("en")(signs.blocks.back().text).size(), 1U);
}

// A post embedded in a figure classed "embed-tweet", signed under it, is read as its author's words.
TEST(BlindRound64Test, shouldReadAPostEmbeddedAsATweetWithItsAuthor) {
    const std::string page = "<html><body><article><h1>Independents lead count</h1><p>Candidates backed by the party won the most seats, "
                             "the election commission said on Friday, as internet services stayed cut.</p><figure class=\"embed-tweet\">"
                             "<blockquote>\"We have won the election with a clear majority.\" \xE2\x80\x94 Gohar Ali Khan (@BarristerGohar) "
                             "February 9, 2024</blockquote></figure><p>The party's rivals said they would form a coalition, and talks "
                             "began on Sunday evening.</p></article></body></html>";
    const std::string body = blindBodyOf(blindPageArticle(page));
    EXPECT_NE(body.find("Gohar Ali Khan wrote: "), std::string::npos) << body;
    EXPECT_EQ(body.find("@BarristerGohar"), std::string::npos) << body;
}

// A scorecard's dismissal in a table's cell after the batter's ("S Konstas, c Jaiswal b Bumrah"): caught, then bowled.
TEST(BlindRound64Test, shouldSayACatchInAScorecardsCell) {
    EXPECT_EQ(blindSay("S Konstas, c Jaiswal b Bumrah, 23", "en-AU"), "S Konstas, caught Jaiswal bowled Bumrah, twenty-three");
    EXPECT_EQ(blindSay("Woakes c Pant b Siraj 18", "en-GB"), "Woakes caught Pant bowled Siraj eighteen");
    EXPECT_EQ(blindSay("vitamins A, c Smith b", "en-GB"), "vitamins A, c Smith b");
}

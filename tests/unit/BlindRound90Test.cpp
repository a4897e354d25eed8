// Blind round 90: what listeners found wrong in pages and pasted texts written for the round, each fix beside the
// neighbouring case that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "ingest/Furniture.hpp"
#include "text/SentenceSplitter.hpp"
#include "text/WireCopy.hpp"

using namespace readcast;

// A million square feet written "2m sq ft": the square is a word of its own before the unit it squares, and the measure
// before a noun is its adjective.
TEST(BlindRound90Test, shouldReadMillionsOfSquareFeet) {
    EXPECT_EQ(blindSay("It has 1.5m sq. ft of space.", "en-GB"), "It has one point five million square feet of space.");
    EXPECT_EQ(blindSay("A 2m sq ft warehouse opened.", "en-GB"), "A two million square foot warehouse opened.");
    EXPECT_EQ(blindSay("Sea ice covered 1.99m km\xC2\xB2 on Monday.", "en-GB"),
              "Sea ice covered one point nine nine million square kilometers on Monday.");
    EXPECT_EQ(blindSay("A 2,000 sq ft flat.", "en-GB"), "A two thousand square foot flat.");
}

// An amount before its noun after the words that qualify it ("its original", "the latest") is the noun's adjective.
TEST(BlindRound90Test, shouldReadAQualifiedAmountBeforeItsNoun) {
    EXPECT_EQ(blindSay("Facebook paid less than its original $4 billion asking price."),
              "Facebook paid less than its original four billion dollar asking price.");
    EXPECT_EQ(blindSay("The latest $2bn loss widened."), "The latest two billion dollar loss widened.");
    EXPECT_EQ(blindSay("Its original owners paid $4 billion."), "Its original owners paid four billion dollars.");
}

// A Bitcoin fee rate in satoshis per virtual byte; "sat" between words is still the verb.
TEST(BlindRound90Test, shouldReadAFeeRateInSatoshis) {
    EXPECT_EQ(blindSay("Fees rose to 12 sat/vB on Tuesday."), "Fees rose to twelve satoshis per virtual byte on Tuesday.");
    EXPECT_EQ(blindSay("He sat/stood there."), "He sat or stood there.");
}

// A baseball score in a sentence that counts a pitcher's innings is a score, not runs for wickets; a cricket side's total
// at the end of its innings still is.
TEST(BlindRound90Test, shouldTellABaseballScoreFromACricketTotal) {
    EXPECT_EQ(blindSay("Yamamoto allowed one run over 6 1/3 innings and the Dodgers routed the Padres 11-2 on Tuesday night."),
              "Yamamoto allowed one run over six and a third innings and the Dodgers routed the Padres eleven to two on Tuesday night.");
    EXPECT_EQ(blindSay("The Mets won 11-2 as the pitcher lasted seven innings."), "The Mets won eleven to two as the pitcher lasted seven innings.");
    EXPECT_EQ(blindSay("England were 245-6 at the end of the innings."), "England were two hundred forty-five for six at the end of the innings.");
    EXPECT_EQ(blindSay("Root batted for six innings without a fifty before scoring 120-3."),
              "Root batted for six innings without a fifty before scoring one hundred twenty for three.");
}

// A power of ten with the typeset minus sign, "10<sup>−6</sup>", is a power as with a hyphen; a unit's negative power still
// reads "per".
TEST(BlindRound90Test, shouldReadAPowerWithATypesetMinus) {
    const Article a = blindPageArticle(
        "<html><body><article><h1>Error rates fall</h1><p>Error rates fell below 10<sup>\xE2\x88\x92" "6</sup> per cycle at the lab, "
        "while the broth grew at 2 g L<sup>\xE2\x88\x92" "1</sup> h<sup>\xE2\x88\x92" "1</sup> in the vessel.</p></article></body></html>");
    const std::string said = blindSay(blindBodyOf(a));
    EXPECT_NE(said.find("ten to the power of minus six per cycle"), std::string::npos) << said;
    EXPECT_NE(said.find("two grams per liter per hour"), std::string::npos) << said;
}

// An en dash glued to a temperature after a bracket is its minus sign; a range in a bracket is still a range.
TEST(BlindRound90Test, shouldReadAMinusTemperatureInABracket) {
    EXPECT_EQ(blindSay("At \xE2\x80\x93" "20 \xC2\xB0" "C (\xE2\x80\x93" "4 \xC2\xB0" "F), capacity fell."),
              "At minus twenty degrees Celsius, minus four degrees Fahrenheit, capacity fell.");
    EXPECT_EQ(blindSay("Highs (20\xE2\x80\x93" "25\xC2\xB0" "C) are due."), "Highs, twenty to twenty-five degrees Celsius, are due.");
}

// A battery's C-rate is "four C", where no temperature is spoken of; a warm cell's temperature stays in degrees.
TEST(BlindRound90Test, shouldReadABatterysCRate) {
    EXPECT_EQ(blindSay("The cell went from 10% to 80% state of charge at a peak rate of 4C."),
              "The cell went from ten percent to eighty percent state of charge at a peak rate of four C.");
    EXPECT_EQ(blindSay("Battery pack continuous discharge: 3C; 10-second peak: 6C."),
              "Battery pack continuous discharge: three C; ten-second peak: six C.");
    EXPECT_EQ(blindSay("He was charged after his dog was left in a cell at 2C."), "He was charged after his dog was left in a cell at two degrees Celsius.");
    EXPECT_EQ(blindSay("Stem cells are stored at 4C before charging the kit."), "Stem cells are stored at four degrees Celsius before charging the kit.");
    EXPECT_EQ(blindSay("The battery was stored at 25C."), "The battery was stored at twenty-five degrees Celsius.");
    EXPECT_EQ(blindSay("Temperatures hit 4C overnight."), "Temperatures hit four degrees Celsius overnight.");
}

// A model's name with its version and size joined by hyphens is no range; a range in a name's number still is one.
TEST(BlindRound90Test, shouldReadAModelsVersionAndSizeApart) {
    EXPECT_EQ(blindSay("It comes as Stratus-4.5-70B."), "It comes as Stratus-four point five, seventy B.");
    EXPECT_EQ(blindSay("The COVID-19-20 wave."), "The COVID-nineteen to twenty wave.");
    EXPECT_EQ(blindSay("Prices rose 4.5-7 percent."), "Prices rose four point five to seven percent.");
}

// A preprint's number and a file's hash are left unsaid; a short commit's letters and figures are still read.
TEST(BlindRound90Test, shouldLeaveOutPreprintNumbersAndHashes) {
    EXPECT_EQ(blindSay("It was in the technical report (arXiv:2605.01234) today."), "It was in the technical report today.");
    EXPECT_EQ(blindSay("The hash 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 was published."),
              "The hash was published.");
    EXPECT_EQ(blindSay("The commit a1b2c3d fixed it."), "The commit A-one B two C three D fixed it.");
}

// A handle with figures among its small letters is spelled sign by sign; one of words and a figure is said as words.
TEST(BlindRound90Test, shouldSpellAHandleWrittenForTheEye) {
    EXPECT_EQ(blindSay("A researcher who goes by @n0_sl33p on X."), "A researcher who goes by n zero underscore s l three three p on X.");
    EXPECT_EQ(blindSay("Ask @Covid19Tracker now."), "Ask Covid nineteen Tracker now.");
}

// A program's name with its version and letter glued on is no weight; a time in seconds still is one.
TEST(BlindRound90Test, shouldReadAProgramsBuildName) {
    EXPECT_EQ(blindSay("It is available as python3.15t now."), "It is available as python three point one five t now.");
    EXPECT_EQ(blindSay("He ran 100m in 9.58s."), "He ran one hundred meters in nine point five eight seconds.");
    EXPECT_EQ(blindSay("The women's 4x200m free relay."), "The women's four by two hundred meters free relay.");
}

// A team's one-two is no range; a score of one goal to two still is one.
TEST(BlindRound90Test, shouldReadATeamsOneTwo) {
    EXPECT_EQ(blindSay("George Russell led a Mercedes 1-2 in the Las Vegas Grand Prix."),
              "George Russell led a Mercedes one-two in the Las Vegas Grand Prix.");
    EXPECT_EQ(blindSay("It was a 1-2 finish for Ferrari."), "It was a one-two finish for Ferrari.");
    EXPECT_EQ(blindSay("Arsenal lost 1-2 at home."), "Arsenal lost one to two at home.");
    EXPECT_EQ(blindSay("Take 1-2 tablets daily."), "Take one to two tablets daily.");
}

// A box score's "A:" before a crowd in thousands is its attendance; an interview's answer stays an answer.
TEST(BlindRound90Test, shouldReadABoxScoresAttendance) {
    EXPECT_EQ(blindSay("A: 47,744 (40,209)."), "Attendance: forty-seven thousand seven hundred forty-four, forty thousand two hundred nine.");
    EXPECT_EQ(blindSay("A: 1,500 people came, I think."), "Answer: one thousand five hundred people came, I think.");
}

// A rider's country code in a results line with a race time or a gap later, and two sides' codes either side of "vs".
TEST(BlindRound90Test, shouldNameCountriesInResultsAndHeadlines) {
    EXPECT_EQ(blindSay("Tadej Poga\xC4\x8D" "ar (Slo) UAE Team Emirates 5:03:34"),
              "Tadej Poga\xC4\x8D" "ar, Slovenia, U.A.E Team Emirates five hours, three minutes and thirty-four seconds");
    EXPECT_EQ(blindSay("Jonas Vingegaard (Den) Visma-Lease a Bike +0:01:08"),
              "Jonas Vingegaard, Denmark, Visma-Lease a Bike plus one minute and eight seconds");
    EXPECT_EQ(blindSay("2. Malaika Mihambo (GER) 7.05m"), "two. Malaika Mihambo, Germany, seven point zero five meters");
    EXPECT_EQ(blindSay("IND vs AUS, 2nd ODI: India win."), "India versus Australia, second O.D.I: India win.");
    EXPECT_EQ(blindSay("DEN vs PHI: the preview."), "DEN versus PHI: the preview.");
    EXPECT_EQ(blindSay("Kenneth (Ken) Clarke spoke at 4:30."), "Kenneth Ken Clarke spoke at four thirty.");
}

// A race's times and gaps in minutes and seconds, the kilometres left, a launch's clock; a clock stays a clock.
TEST(BlindRound90Test, shouldReadRaceTimesGapsAndALaunchsClock) {
    EXPECT_EQ(blindSay("He won in 1h22m05.969s."), "He won in one hour, twenty-two minutes and five point nine six nine seconds.");
    EXPECT_EQ(blindSay("He set a record for the 15.8km climb of 39:41."),
              "He set a record for the fifteen point eight kilometer climb of thirty-nine minutes forty-one seconds.");
    EXPECT_EQ(blindSay("It ended with a score of 25:20."), "It ended with a score of twenty-five to twenty.");
    EXPECT_EQ(blindSay("Pogacar extended his overall lead to 3:09."), "Pogacar extended his overall lead to three minutes nine seconds.");
    EXPECT_EQ(blindSay("Vingegaard crossed the line 1:08 later."), "Vingegaard crossed the line one minute eight seconds later.");
    EXPECT_EQ(blindSay("We met at 6:30 later that day."), "We met at six thirty later that day.");
    EXPECT_EQ(blindSay("He attacked at 5k to go."), "He attacked at five K to go.");
    EXPECT_EQ(blindSay("He had 5k left in the bank."), "He had five thousand left in the bank.");
    EXPECT_EQ(blindSay("The boosters separated at T+2:34."), "The boosters separated at T plus two minutes thirty-four seconds.");
    EXPECT_EQ(blindSay("Liftoff came at T-0:00 exactly."), "Liftoff came at T minus zero exactly.");
}

// Brazil's "bi" after an amount in reais is billions; rand amounts in a sentence about grants, or before "to" and a rand
// amount, are rand; a bond's and a road's letters stay codes.
TEST(BlindRound90Test, shouldReadReaisBillionsAndRandGrants) {
    EXPECT_EQ(blindSay("It will cost around R$35 bi a year."), "It will cost around thirty-five billion reais a year.");
    EXPECT_EQ(blindSay("The child grant rises by R30 to R560.", "en-ZA"),
              "The child grant rises by thirty rand to five hundred and sixty rand.");
    EXPECT_EQ(blindSay("The R2035 government bond rallied.", "en-ZA"), "The R twenty thirty-five government bond rallied.");
    EXPECT_EQ(blindSay("Take the R61 to Cape Town.", "en-ZA"), "Take the R sixty-one to Cape Town.");
    EXPECT_EQ(blindSay("Millions rely on the SRD R350 grant every month.", "en-ZA"), "Millions rely on the SRD R three fifty grant every month.");
}

// "rang 999" is an emergency number as "called 999" is; a bell that rang twelve times still counts.
TEST(BlindRound90Test, shouldReadANumberRung) {
    EXPECT_EQ(blindSay("She rang 999 at once.", "en-GB"), "She rang nine nine nine at once.");
    EXPECT_EQ(blindSay("The bell rang 12 times.", "en-GB"), "The bell rang twelve times.");
}

// A lexicon's entry that starts with a figure does not start inside a decimal: "55,1 δισ." is fifty-five point one billion.
TEST(BlindRound90Test, shouldNotStartALexiconsFigureInsideADecimal) {
    EXPECT_EQ(blindSay("Είναι 55,1 δισ. ευρώ.", "el"), "Είναι 55,1 δισεκατομμύρια ευρώ.");
    EXPECT_EQ(blindSay("Είναι 1 δισ. ευρώ.", "el"), "Είναι ένα δισεκατομμύριο ευρώ.");
}

// A pasted wire's headline that ends on a unit's short form after a figure ("5,75 proc.") is still its headline.
TEST(BlindRound90Test, shouldTakeAHeadlineEndingOnAnAbbreviation) {
    const Article a = blindTextArticle(
        "RPP pozostawi\xC5\x82" "a stopy procentowe bez zmian; referencyjna nadal 5,75 proc.\n\n"
        "Warszawa, 09.10.2024 (PAP) - Rada Polityki Pieni\xC4\x99\xC5\xBCnej pozostawi\xC5\x82" "a stopy procentowe bez zmian, z referencyjn\xC4\x85 "
        "na poziomie 5,75 proc. - poda\xC5\x82 NBP w komunikacie. Decyzja jest zgodna z oczekiwaniami rynku.\n\n"
        "Stopa lombardowa wynosi nadal 6,25 proc., stopa depozytowa 5,25 proc., stopa redyskontowa weksli 5,80 proc., a stopa "
        "dyskontowa weksli 5,85 proc.\n");
    EXPECT_EQ(a.title, "RPP pozostawi\xC5\x82" "a stopy procentowe bez zmian; referencyjna nadal 5,75 proc.");
}

// A widget's buttons run together in one line, a betting partner's pitch and a match's summary box are furniture; a story
// about the odds and a line that names one control in a sentence are read.
TEST(BlindRound90Test, shouldDropWidgetsPitchesAndSummaryBoxes) {
    const std::string story =
        "<p>The Wallabies have beaten the All Blacks on home soil for the first time since 2002, holding on for a 24-18 win in front "
        "of 70,143 fans at Accor Stadium on Saturday night.</p><p>Bookmakers had the hosts at odds of 4-1 before kick-off, and the "
        "text size of the programme was the talk of the stands.</p>";
    const Article a = blindPageArticle(
        "<html><body><article><h1>Wallabies stun All Blacks in Sydney</h1>"
        "<p class=\"readaloud\">Normal text size Larger text size Very large text size</p>"
        "<section class=\"match-summary\"><ul class=\"scorers\"><li>Watkins (58', 90+4')</li></ul><p class=\"status\">FT</p></section>" +
        story +
        "<p><em>Sports betting: Get the latest NFL odds and picks at Sportsline.com. If you or someone you know has a gambling "
        "problem, call 1-800-GAMBLER.</em></p></article></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("text size Larger"), std::string::npos) << body;
    EXPECT_EQ(body.find("Watkins"), std::string::npos) << body;
    EXPECT_EQ(body.find("Sportsline"), std::string::npos) << body;
    EXPECT_NE(body.find("odds of 4-1"), std::string::npos) << body;
    EXPECT_NE(body.find("text size of the programme"), std::string::npos) << body;
}

// A site header's menu of section names without links, and a market page's quote box, are furniture; a story's list of
// short items and a sentence with a share's move are read.
TEST(BlindRound90Test, shouldDropAHeaderMenuAndAQuoteBox) {
    const Article a = blindPageArticle(
        "<html><body><header class=\"GlobalNav\"><ul><li>Markets</li><li>Business</li><li>Investing</li><li>Tech</li><li>Video</li></ul>"
        "</header><div><h1>Apple beats on earnings as services revenue hits record</h1>"
        "<p>Apple reported fiscal first-quarter results on Thursday that beat Wall Street's expectations for sales and earnings.</p>"
        "<p>The company's shopping list for the quarter was short:</p><ul><li>Chips</li><li>Screens</li><li>Batteries</li><li>Glass</li></ul>"
        "<p>AAPL rose 0.47% to $237.59 in extended trading, the company said on Thursday evening.</p>"
        "<div class=\"QuoteStrip\"><span>AAPL Apple Inc 237.59 +1.12 (+0.47%)</span></div></div></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("Investing"), std::string::npos) << body;
    EXPECT_EQ(body.find("+1.12"), std::string::npos) << body;
    EXPECT_NE(body.find("Batteries"), std::string::npos) << body;
    EXPECT_NE(body.find("AAPL rose 0.47%"), std::string::npos) << body;
}

// A range of heights with its foot mark; a level in a year after "around"; a zone's letter ends its sentence.
TEST(BlindRound90Test, shouldReadFeetLevelsAndAZonesLetter) {
    EXPECT_EQ(blindSay("In Tampa Bay, surge of 4-6' is possible."), "In Tampa Bay, surge of four to six feet is possible.");
    EXPECT_EQ(blindSay("He said 'go 4-6' and left."), "He said go four to six and left.");
    EXPECT_EQ(blindSay("Numbers were expected to be around 2019 levels."), "Numbers were expected to be around twenty nineteen levels.");
    EXPECT_EQ(blindSay("They counted about 2019 people."), "They counted about two thousand nineteen people.");
    SentenceSplitter split{"en"};
    const std::vector<std::string> sentences = split("The county issued an evacuation order for Zone A. Taylor, Dixie and Levy counties ordered evacuations.");
    ASSERT_EQ(sentences.size(), 2u);
    EXPECT_EQ(sentences[1], "Taylor, Dixie and Levy counties ordered evacuations.");
    EXPECT_EQ(split("The letter was signed by J. Smith and others.").size(), 1u);
}

// Shortcodes an export left in a page's text go, a pull quote's with its words (the story says them); a bracket of the
// story's stays. A box of corrections goes whole, its label and its time stamp with its note.
TEST(BlindRound90Test, shouldDropShortcodesAndACorrectionsBox) {
    const Article a = blindPageArticle(
        "<html><body><h1>Storm knocks out power to 86,000 homes</h1>"
        "<p>Severe thunderstorms tore through the Peninsula on Thursday afternoon, toppling hundreds of trees and cutting power.</p>"
        "[gallery ids=\"48214,48215,48216\" columns=\"2\" size=\"medium\"]"
        "<p>[pullquote align=\"right\"]It sounded like a freight train.[/pullquote]</p>"
        "<p>\"It sounded like a freight train,\" said a resident [of Bayview Drive] who lost a roof.</p>"
        "<div class=\"corrections\"><p><strong>Corrections</strong></p><p>An earlier version of this story said the road was 240 km long.</p>"
        "<p>Mar 22, 2025 2:15 PM MT</p></div></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("gallery"), std::string::npos) << body;
    EXPECT_EQ(body.find("pullquote"), std::string::npos) << body;
    EXPECT_EQ(body.find("Corrections"), std::string::npos) << body;
    EXPECT_EQ(body.find("2:15 PM"), std::string::npos) << body;
    EXPECT_NE(body.find("[of Bayview Drive]"), std::string::npos) << body;
}

// The editor's own link under an agency's story is no byline: the agency the metadata names is; a pasted dateline with a
// day's ordinal is the story's date.
TEST(BlindRound90Test, shouldNameTheAgencyOverItsEditorAndReadAnOrdinalDateline) {
    const Article page = blindPageArticle(
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Lok Sabha passes supplementary demands\","
        "\"author\":{\"@type\":\"Organization\",\"name\":\"Press Trust of India\"},\"datePublished\":\"2026-12-07T19:30:00+05:30\"}</script>"
        "</head><body><h1>Lok Sabha passes supplementary demands</h1><div class=\"pst-by\"><span>Edited by: <a href=\"/authors/chandrashekar-srinivasan\">"
        "Chandrashekar Srinivasan</a></span><span>Press Trust of India</span></div>"
        "<p>The Lok Sabha on Monday passed the second batch of supplementary demands for grants, authorising more spending.</p>"
        "<p>The opposition walked out before the vote, saying it had not been given time to debate the demands in full.</p></body></html>");
    EXPECT_EQ(page.byline.find("Srinivasan"), std::string::npos) << page.byline;
    const Article pasted = blindTextArticle(
        "Council approves plan to fix Swindon roads\n\nSwindon Advertiser\nMonday 7th December 2026, 6:15pm\nBy Aled Thomas, Local Democracy "
        "Reporter\n\nSwindon Borough Council has approved a plan to repair potholes across the town, with work due to start in January.\n\n"
        "The cabinet backed the plan on Monday evening after a heated debate, councillors said.\n");
    ASSERT_TRUE(pasted.published.has_value());
    EXPECT_EQ(pasted.published->iso().substr(0, 10), "2026-12-07");
    EXPECT_EQ(blindBodyOf(pasted).find("7th December"), std::string::npos) << blindBodyOf(pasted);
}

// The writer's own mention of the newsletter in an argument is read; the newsletter's plea for subscribers, and its words
// about itself, are not.
TEST(BlindRound90Test, shouldReadAWritersMentionOfTheNewsletter) {
    EXPECT_FALSE(isCallToAction("I've been critical of the company in this newsletter, so let me be clear: this is a real achievement."));
    EXPECT_TRUE(isCallToAction("To receive new posts and support my work, consider becoming a free or paid subscriber."));
    EXPECT_TRUE(isCallToAction("This newsletter is free because members pay for it."));
    EXPECT_TRUE(isCallToAction("Please share this newsletter with a friend."));
}

// A "Read more:" list of titles ends at its blank line: a live page's next entry under it is read.
TEST(BlindRound90Test, shouldEndAReadMoreListAtItsBlankLine) {
    const Article a = blindTextArticle(
        "Quake strikes near Seddon\n\nBy Hana Te Wiata\n\n5.30pm\nThe Prime Minister has been speaking at Parliament about the quake and "
        "the response.\n\nRead more:\n* Why Cook Strait quakes are felt so widely in Wellington\n* Kaikoura earthquake: 10 years on, what "
        "have we learned?\n\n4.55pm\nHere is what we know about the quake itself, from the duty seismologist:\nThe quake was centred 15km "
        "SE of Seddon, at a depth of 33km.\n\n3.20pm\nThe hospital says it treated three people with minor injuries this afternoon.\n");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("Here is what we know"), std::string::npos) << body;
    EXPECT_EQ(body.find("Cook Strait"), std::string::npos) << body;
}

// An initial before another initial in any script, and a Greek first name or title written short, start no sentence; a
// Greek place's name at a sentence's end still ends it.
TEST(BlindRound90Test, shouldKeepInitialsAndGreekShortNamesInTheirSentence) {
    SentenceSplitter ru{"ru"};
    EXPECT_EQ(ru("\xD0\x9E\xD0\xB1 \xD1\x8D\xD1\x82\xD0\xBE\xD0\xBC \xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB8\xD0\xBB \xD0\x9D. \xD0\x92. "
                 "\xD0\x9B\xD0\xB0\xD1\x80\xD0\xB8\xD0\xBE\xD0\xBD\xD0\xBE\xD0\xB2 \xD0\xB2 \xD0\xBF\xD0\xBE\xD0\xBD\xD0\xB5\xD0\xB4\xD0\xB5\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xB8\xD0\xBA.")
                  .size(),
              1u);
    SentenceSplitter el{"el"};
    // "Το δήλωσε ο κύριος Χρ. Δήμας στη Βουλή." / "Έφτασε στη Ρώμη. Ο Δήμας μίλησε."
    EXPECT_EQ(el("\xCE\xA4\xCE\xBF \xCE\xB4\xCE\xAE\xCE\xBB\xCF\x89\xCF\x83\xCE\xB5 \xCE\xBF \xCE\xBA\xCF\x8D\xCF\x81\xCE\xB9\xCE\xBF\xCF\x82 "
                 "\xCE\xA7\xCF\x81. \xCE\x94\xCE\xAE\xCE\xBC\xCE\xB1\xCF\x82 \xCF\x83\xCF\x84\xCE\xB7 \xCE\x92\xCE\xBF\xCF\x85\xCE\xBB\xCE\xAE.")
                  .size(),
              1u);
    EXPECT_EQ(el("\xCE\x88\xCF\x86\xCF\x84\xCE\xB1\xCF\x83\xCE\xB5 \xCF\x83\xCF\x84\xCE\xB7 \xCE\xA1\xCF\x8E\xCE\xBC\xCE\xB7. "
                 "\xCE\x9F \xCE\x94\xCE\xAE\xCE\xBC\xCE\xB1\xCF\x82 \xCE\xBC\xCE\xAF\xCE\xBB\xCE\xB7\xCF\x83\xCE\xB5.")
                  .size(),
              2u);
}

// Tickers: several exchanges' in one bracket, and a symbol set in its own element after the name or the index it stands
// for; a symbol after "of" is the sentence's noun and stays.
TEST(BlindRound90Test, shouldDropTickersAfterTheirNames) {
    EXPECT_EQ(withoutInstrumentCodes("Larsen Infotech (NSE: LARSINFO, BSE: 543871) on Thursday reported a profit."),
              "Larsen Infotech on Thursday reported a profit.");
    EXPECT_EQ(withoutInstrumentCodes("UBS Group AG (SIX: UBSG; NYSE: UBS) reported a profit."), "UBS Group AG reported a profit.");
    EXPECT_EQ(withoutInstrumentCodes("He moved to Oslo (Oslo: 2021) then."), "He moved to Oslo (Oslo: 2021) then.");
    const Article page = blindPageArticle(
        "<html><body><h1>Stocks rally as inflation cools</h1><p>The S&amp;P 500 <span class=\"ticker\">SPX</span> gained 107 points on "
        "Wednesday, its biggest gain since November, traders said.</p><p>Citigroup Inc. <span class=\"ticker\">C</span> gained 6.5% after "
        "announcing a buyback, while shares of <span class=\"ticker\">XYZ</span> fell.</p></body></html>");
    const std::string body = blindBodyOf(page);
    EXPECT_EQ(body.find("SPX"), std::string::npos) << body;
    EXPECT_NE(body.find("Citigroup Inc. gained"), std::string::npos) << body;
    EXPECT_NE(body.find("shares of XYZ fell"), std::string::npos) << body;
}

// An evening story's moment in UTC is the next day's: the date the page's label for screen readers gives is the story's.
TEST(BlindRound90Test, shouldTakeTheDateThePageLabelsAsPublished) {
    const Article a = blindPageArticle(
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Chiefs beat Bills in overtime\","
        "\"datePublished\":\"2024-11-18T00:47:12Z\",\"dateModified\":\"2024-11-18T03:10:58Z\"}</script></head><body><article>"
        "<h1>Chiefs beat Bills in overtime</h1><div class=\"gnt_ar_dt\" aria-label=\"Published: 7:47 PM EST November 17, 2024 Updated: "
        "10:10 PM EST November 17, 2024\">Published 7:47 p.m. ET Nov. 17, 2024</div><p>Patrick Mahomes led a fourth-quarter comeback as the "
        "Chiefs beat the Bills in overtime on Sunday night.</p><p>The win kept Kansas City unbeaten this season.</p></article></body></html>");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->dateIso(), "2024-11-17");
}

// A Google Docs export's paragraph in its Title style is the headline where the page prints no h1; its sections'
// headings stay headings.
TEST(BlindRound90Test, shouldTakeAGoogleDocsTitle) {
    const Article a = blindPageArticle(
        "<html><head><meta content=\"text/html; charset=UTF-8\" http-equiv=\"content-type\"></head><body class=\"c5 doc-content\">"
        "<p class=\"c2 title\"><span class=\"c0\">Measles cases climb to 19 in Bell County</span></p>"
        "<p class=\"c2 subtitle\"><span class=\"c0\">Most of those infected were unvaccinated children under 10</span></p>"
        "<p class=\"c1\"><span>The number of confirmed measles cases in Bell County rose to 19 this week, the county health district said "
        "Friday.</span></p><h2 class=\"c2\"><span class=\"c0\">Vaccination rates slip</span></h2><p class=\"c1\"><span>Statewide, the share "
        "of kindergartners with all required shots fell for the fourth year in a row.</span></p></body></html>");
    EXPECT_EQ(a.title, "Measles cases climb to 19 in Bell County");
    EXPECT_NE(blindBodyOf(a).find("Vaccination rates slip"), std::string::npos) << blindBodyOf(a);
}

// An HTML table inside Markdown is read a row at a time, each cell after its column's name, in its place among the
// block's paragraphs.
TEST(BlindRound90Test, shouldReadAnHtmlTableInMarkdown) {
    const Article a = blindTextArticle(
        "# Board votes to raise fares\n\nThe board voted on Tuesday night after a long debate about fares and services.\n\n"
        "<div><p>Before the table.</p><table><tr><th>Yes</th><th>No</th></tr><tr><td>Chair Michael Brennan, Tom Akers</td>"
        "<td>Ayesha Rahman, Greg Hansen</td></tr></table><p>After the table.</p></div>\n\nThe fares rise in March, the board said.\n",
        "story.md");
    const std::string body = blindBodyOf(a);
    const std::size_t before = body.find("Before the table."), row = body.find("Yes: Chair Michael Brennan, Tom Akers; No: Ayesha Rahman, Greg Hansen"),
                      after = body.find("After the table.");
    ASSERT_NE(row, std::string::npos) << body;
    EXPECT_LT(before, row);
    EXPECT_LT(row, after);
}

// A cell's charge, a rocket's thrust, a chip's time and a fridge's cold in their units; kelvin before a comparison where the
// sentence speaks of cold; a state's letters before its ZIP code stay a state.
TEST(BlindRound90Test, shouldReadScienceUnits) {
    EXPECT_EQ(blindSay("The engine makes 600 kN of thrust."), "The engine makes six hundred kilonewtons of thrust.");
    EXPECT_EQ(blindSay("Kept at 12 mK, about 0.012 K above absolute zero."),
              "Kept at twelve millikelvin, about zero point zero one two kelvin above absolute zero.");
    EXPECT_EQ(blindSay("It processes each round in under 900 ns."), "It processes each round in under nine hundred nanoseconds.");
    EXPECT_EQ(blindSay("Capacity: 27 Ah."), "Capacity: twenty-seven amp hours.");
    EXPECT_EQ(blindSay("It has 4.1 mn users."), "It has four point one million users.");
    EXPECT_EQ(blindSay("St. Paul, MN 55101 is the address."), "Saint Paul, Minnesota five five one zero one is the address.");
}

// An ordered list of a race's places says each place; a list of steps does not.
TEST(BlindRound90Test, shouldSayThePlacesOfAnOrderedResultsList) {
    const Article a = blindPageArticle(
        "<html><body><article><h1>Pogacar wins stage 14</h1><p>Tadej Pogacar won the stage on Saturday, extending his overall lead as "
        "rivals struggled on the final climb.</p><ol class=\"results\"><li>Tadej Pogacar (Slo) UAE Team Emirates 5:03:34</li>"
        "<li>Jonas Vingegaard (Den) Visma-Lease a Bike +0:01:08</li><li>Remco Evenepoel (Bel) Soudal-QuickStep +0:02:51</li></ol>"
        "<h2>How to watch</h2><ol><li>Open the app.</li><li>Choose the race.</li><li>Press play.</li></ol></article></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("2. Jonas Vingegaard"), std::string::npos) << body;
    EXPECT_NE(body.find("\nOpen the app."), std::string::npos) << body;
}

// What the round's re-check and review found the first rules overreached on, each now read as before.
TEST(BlindRound90Test, shouldKeepWhatTheRoundsRulesMustNotTouch) {
    // A sentence that ends on a signed figure is no quote box; two preprints' numbers glued by a comma both go.
    EXPECT_FALSE(isStockQuoteLine("UK growth slowed to 0.1 from -0.3."));
    EXPECT_TRUE(isStockQuoteLine("AAPL Apple Inc 237.59 +1.12 (+0.47%)"));
    EXPECT_EQ(blindSay("See arXiv:2401.00001,arXiv:2401.00002 for details."), "See [['A@kaIv]],[['A@kaIv]] for details.");
    // A match's result is no team's one-two; a quoted score no height; a rung count no number to dial.
    EXPECT_EQ(blindSay("It was another Champions League 1-2 defeat."), "It was another Champions League one to two defeat.");
    EXPECT_EQ(blindSay("He wrote '6-4' on the board."), "He wrote 'six to four' on the board.");
    EXPECT_EQ(blindSay("The surgery rang 300 patients.", "en-GB"), "The surgery rang three hundred patients.");
    // India's "inning" is a cricket side's; a train's time and a door's stay clocks; a handle of words and a figure is said.
    EXPECT_EQ(blindSay("India were 245-6 at tea after Kohli's brilliant inning.", "en-IN"),
              "India were two hundred and forty-five for six at tea after Kohli's brilliant inning.");
    EXPECT_EQ(blindSay("The 7:45 down to Brighton was cancelled."), "The seven forty-five down to Brighton was cancelled.");
    EXPECT_EQ(blindSay("Doors open 7:30 ahead of the show."), "Doors open seven thirty ahead of the show.");
    EXPECT_EQ(blindSay("Follow @bbc5live for updates."), "Follow at bbc five live for updates.");
    // A first name before an initial is no label's letter.
    SentenceSplitter split{"en"};
    EXPECT_EQ(split("The Ward J. Mooney Center opened on Monday.").size(), 1u);
    // A writer's argument about the newsletter is read.
    EXPECT_FALSE(isCallToAction("As readers of this newsletter will know, the council has been here before."));
}

// The page-level rules' neighbours: a ticker in brackets goes with its brackets; a chemist's symbol stays; a list counting
// down keeps its own order; an article's own header is no menu; a job title is no Google Docs title; a bracket of the story
// with an equals sign stays.
TEST(BlindRound90Test, shouldKeepThePageRulesNeighbours) {
    const Article a = blindPageArticle(
        "<html><body><header><h1>Council sets out its pledges</h1><ul><li>Cheaper buses</li><li>More homes</li><li>Cleaner air</li>"
        "<li>Safer streets</li></ul></header><p>Costco Wholesale (<span class=\"ticker\">COST</span>) said sales rose, as rising "
        "<span class=\"symbol\">CO2</span> levels worried the council, according to a survey [n=2,140] published on Monday.</p>"
        "<ol reversed><li>Third: Ana Lopez 2:03:41</li><li>Second: Kim Park 2:03:12</li><li>First: Sam Ode 2:02:59</li></ol></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("Costco Wholesale said"), std::string::npos) << body;
    EXPECT_NE(body.find("rising CO2 levels"), std::string::npos) << body;
    EXPECT_NE(body.find("[n=2,140]"), std::string::npos) << body;
    EXPECT_NE(body.find("Cheaper buses"), std::string::npos) << body;
    EXPECT_EQ(body.find("1. Third"), std::string::npos) << body;
    const Article job = blindPageArticle(
        "<html><body><p class=\"title\">Senior Health Reporter</p><h2>Measles cases climb in Bell County</h2><p>The number of "
        "cases rose to 19 this week, the county said on Friday.</p><p>Most of those infected were children.</p></body></html>");
    EXPECT_NE(job.title, "Senior Health Reporter");
}

// Watts and volts joined to a figure before the noun they rate; a filing's letter stays a letter. A unit's symbol in brackets
// after its name is not said again; a name's initials in brackets are.
TEST(BlindRound90Test, shouldReadRatedPartsAndLeaveOutAUnitsSymbolAfterItsName) {
    EXPECT_EQ(blindSay("The spacecraft has a 35-W Ka-band amplifier."), "The spacecraft has a thirty-five-watt Ka-band amplifier.");
    EXPECT_EQ(blindSay("A 12-V battery."), "A twelve-volt battery.");
    EXPECT_EQ(blindSay("He filed Form 10-K today."), "He filed Form ten K today.");
    EXPECT_EQ(blindSay("Particles 2.5 micrometers (\xC2\xB5m) or less in diameter."), "Particles two point five micrometers or less in diameter.");
    EXPECT_EQ(blindSay("He met Kim (KM) later."), "He met Kim, KM, later.");
}

// A figure over a hundred joined to the word it measures is said with its "and"; a range of pages is not.
TEST(BlindRound90Test, shouldJoinAHundredsFigureToTheWordItMeasures) {
    EXPECT_EQ(blindSay("The 106-year-old halibut schooner sailed."), "The one hundred and six-year-old halibut schooner sailed.");
    EXPECT_EQ(blindSay("A 35-year-old man."), "A thirty-five-year-old man.");
    EXPECT_EQ(blindSay("Pages 101-150 are missing."), "Pages one hundred one to one hundred fifty are missing.");
}

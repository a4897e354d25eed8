// What blind rounds 57 and 58 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"

#include "ingest/Ingest.hpp"
#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"
#include "text/SentenceSplitter.hpp"

using namespace readcast;

// Round 57: a port's capacity in millions of containers, "1.42m TEU", is not a length; a range of millions
// written twice, "2.8m–2.9m", says "to" between them. A river's height over its datum stays in meters.
TEST(BlindRound58Test, shouldCountContainersInMillionsAndJoinARangeOfMillions) {
    EXPECT_EQ(blindSay("The port handled 1.42m TEU last year."), "The port handled one point four two million T.E.U last year.");
    EXPECT_EQ(blindSay("Exports hit 2.8m\xE2\x80\x93" "2.9m tonnes."), "Exports hit two point eight million to two point nine million tonnes.");
    EXPECT_EQ(blindSay("The river peaked at 10.6m on Sunday."), "The river peaked at ten point six meters on Sunday.");
}

// Round 57: a decimal power raised on a small number, "10<sup>8.6</sup>" solar masses, is a power, not "108.6";
// a note's mark on a word stays out.
TEST(BlindRound58Test, shouldRaiseADecimalPowerOnASmallNumber) {
    const Article a = ingestArticle(
        Input{"page.html", "<html><body><article><h1>Stars</h1><p>The galaxy holds 10<sup>8.6</sup> solar masses, "
                           "the survey says.<sup>3</sup> Its year 2019<sup>2.5</sup> was quiet.</p></article></body></html>"},
        InputFormat::Auto);
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("10^8.6 solar"), std::string::npos) << body;
    EXPECT_EQ(body.find("^3"), std::string::npos) << body;
    EXPECT_EQ(body.find("2019^"), std::string::npos) << body;
}

// Round 57: a state's code of laws cited short is one sentence, named whole: "Minn. Stat. § 142D.21" is not split
// after "Minn." and its lettered section says its letter and its subsection; a title and section joined by a dash
// is no range.
TEST(BlindRound58Test, shouldReadAStatesCodeOfLawsAndItsSection) {
    const std::vector<std::string> sentences = SentenceSplitter("en")("Under Minn. Stat. \xC2\xA7 142D.21, providers must keep records. Others disagree.");
    ASSERT_EQ(sentences.size(), 2u);
    EXPECT_EQ(blindSay(sentences[0]), "Under Minnesota Statutes section one forty-two D point two one, providers must keep records.");
    EXPECT_EQ(blindSay("He was charged under Ariz. Rev. Stat. \xC2\xA7 13-1105."),
              "He was charged under Arizona Revised Statutes section thirteen dash eleven oh five.");
    EXPECT_EQ(blindSay("It broke Tex. Penal Code \xC2\xA7 22.01."), "It broke Texas Penal Code section twenty-two point oh one.");
    EXPECT_EQ(blindSay("\xC2\xA7\xC2\xA7 2-4 apply."), "sections two to four apply.");
}

namespace {
std::vector<std::string> spoken58(const std::string& paragraph) {
    std::vector<std::string> out;
    for (const std::string& sentence : SentenceSplitter("en")(paragraph)) out.push_back(blindSay(sentence));
    return out;
}
}  // namespace

// Round 58: a secretary's "Sec." and an Australian councillor's "Cr." before a name end no sentence, and are said
// as titles; "Sec. 4" stays a section and "Cr." before "The" ends one.
TEST(BlindRound58Test, shouldKeepASecretarysAndACouncillorsTitleWithTheName) {
    EXPECT_EQ(spoken58("DSWD Sec. Rex Gatchalian said 12 families left."),
              std::vector<std::string>{"DSWD Secretary Rex Gatchalian said twelve families left."});
    EXPECT_EQ(spoken58("Moved Cr. Laufiso, seconded Cr. Weatherall. It passed."),
              (std::vector<std::string>{"Moved Councillor Laufiso, seconded Councillor Weatherall.", "It passed."}));
    EXPECT_EQ(blindSay("See Sec. 4 of the act."), "See Section four of the act.");
    EXPECT_EQ(blindSay("Nickel and Cr. The alloy."), "Nickel and Cr. The alloy.");
}

// Round 58: a grant's number after a lower-case "no." keeps its sentence, "award no. DE-SC0021266".
TEST(BlindRound58Test, shouldReadAnAwardsNumberInItsSentence) {
    EXPECT_EQ(spoken58("It was funded under award no. DE-SC0021266. It ended."),
              (std::vector<std::string>{"It was funded under award number D E S C zero zero two one two six six.", "It ended."}));
}

// Round 58: a court citation's bracket, "(4th Cir. Mar. 13, 2024)", is one sentence and no telephone's area code; a
// page and its year, "556 (2007)", neither. Area codes in brackets come first: "(02) 1234 5678", "+44 (0)20 7946 0018".
TEST(BlindRound58Test, shouldReadACitationsBracketAsNoTelephoneNumber) {
    EXPECT_EQ(spoken58("See Smith v. Jones, No. 22-1847 (4th Cir. Mar. 13, 2024). She cited it."),
              (std::vector<std::string>{"See Smith versus Jones, number twenty-two dash eighteen forty-seven, fourth Circuit March thirteenth, "
                                        "twenty twenty-four.",
                                        "She cited it."}));
    EXPECT_EQ(blindSay("Twombly, 550 U.S. 544, 556 (2007) was cited.").find("five five six"), std::string::npos);
    EXPECT_EQ(blindSay("Ring (02) 9876 5432."), "Ring oh two, nine eight seven six, five four three two.");
    EXPECT_EQ(blindSay("Call +44 (0)20 7946 0018 now."), "Call plus four four, oh, two oh, seven nine four six, oh oh one eight now.");
}

// Round 58: "St." after a middle initial is a surname's saint, "Ashley R. St. John"; after a street's name, a street.
TEST(BlindRound58Test, shouldSaySaintAfterAMiddleInitial) {
    EXPECT_EQ(blindSay("By Ashley R. St. John."), "By Ashley R Saint John.");
    EXPECT_EQ(blindSay("He lives on High St. John said so."), "He lives on High Street John said so.");
}

// Round 58: two figures read one after the other are parted by a pause, or the ear joins them: "H100 80GB" is not
// "one hundred eighty"; a magnitude goes on its number, "2 mil. views".
TEST(BlindRound58Test, shouldPartTwoFiguresReadOneAfterTheOther) {
    EXPECT_EQ(blindSay("It runs on a single NVIDIA H100 80GB GPU."), "It runs on a single Nvidia H one hundred, eighty gigabytes GPU.");
    EXPECT_EQ(blindSay("In 2019 40 people died."), "In twenty nineteen, forty people died.");
    EXPECT_EQ(blindSay("the gov't; 2 mil. views"), "the government; two million views");
}

// Round 58: models and units the context names: an aircraft's "777X" and "ATR 72-600" (no multiple, no range), a
// cruise's knots (a bomb's kilotons stay), a field's microgauss said once, a telescope's meters.
TEST(BlindRound58Test, shouldReadModelsAndUnitsAsTheirContextNamesThem) {
    EXPECT_EQ(blindSay("taking total 777X charges past $15bn"), "taking total seven seventy-seven X charges past fifteen billion dollars");
    EXPECT_EQ(blindSay("a 10x return"), "a ten times return");
    EXPECT_EQ(blindSay("twelve ATR 72-600 turboprops"), "twelve eh T.R seventy-two six hundred turboprops");
    EXPECT_EQ(blindSay("kids aged 8-100 came"), "kids aged eight to one hundred came");
    EXPECT_EQ(blindSay("It will cruise at 275 kt (510 km/h)."), "It will cruise at two hundred seventy-five knots, five hundred ten kilometers per hour.");
    EXPECT_EQ(blindSay("a 15 kt bomb"), "a fifteen kiloton bomb");
    EXPECT_EQ(blindSay("a field of about 3 \xCE\xBCG (microgauss)"), "a field of about three microgauss");
    EXPECT_EQ(blindSay("the 4.2m William Herschel Telescope"), "the four point two meter William Herschel Telescope");
}

// Round 58: a pasted story's figures set out at its end are the story's: a list under its own label ("Sydney median
// house prices:" over "2015 - $1.01m"), a box under "BY THE NUMBERS" (no byline, "By the numbers"); a Markdown pipe
// table typed in the text reads row by row, each figure named by its column.
TEST(BlindRound58Test, shouldReadTheFiguresAPastedStorySetsOut) {
    const Article prices = blindTextArticle(
        "Sydney house prices hit record\n\nBy Liz Chen\n\nSydney's median house price has hit a record, according to the report.\n\n"
        "Sydney median house prices:\n2015 - $1.01m\n2020 - $1.14m\n2025 - $1.71m\n\nAd\n\n"
        "Related: Best suburbs for first-home buyers under $800k\n");
    const std::string body = blindBodyOf(prices);
    for (const char* line : {"Sydney median house prices:", "2015 - $1.01m", "2025 - $1.71m"}) EXPECT_NE(body.find(line), std::string::npos) << body;
    EXPECT_EQ(body.find("Best suburbs"), std::string::npos) << body;

    const Article box = blindTextArticle(
        "Boeing slips again\n\nBoeing has pushed first delivery of the 777-9 to 2027, more than seven years late, it said on Tuesday.\n\n"
        "=== BY THE NUMBERS ===\n\n$1.2 trillion \xE2\x80\x94 estimated value of the backlog\n17,000+ \xE2\x80\x94 aircraft on order worldwide\n"
        "1 in 4 \xE2\x80\x94 share of the Airbus backlog that is A321neo\n");
    EXPECT_EQ(box.title, "Boeing slips again");
    EXPECT_EQ(box.byline, "");
    const std::string figures = blindBodyOf(box);
    for (const char* line : {"Boeing has pushed", "$1.2 trillion", "17,000+", "1 in 4"}) EXPECT_NE(figures.find(line), std::string::npos) << figures;

    const Article table = blindTextArticle(
        "Lions win flag\n\nBrisbane have won their second premiership, beating Geelong by 23 points at the MCG.\n\n"
        "| Team | Q1 | Final |\n|------|----|-------|\n| Brisbane | 3.2 | 14.12 (96) |\n| Geelong | 4.1 | 11.7 (73) |\n\n"
        "The crowd of 100,024 was the largest since 1970, officials said.\n");
    const std::string rows = blindBodyOf(table);
    EXPECT_NE(rows.find("Brisbane, Q1: 3.2, Final 14.12 (96)."), std::string::npos) << rows;
    EXPECT_NE(rows.find("Geelong, Q1: 4.1, Final 11.7 (73)."), std::string::npos) << rows;
    EXPECT_EQ(rows.find('|'), std::string::npos) << rows;
}

// Round 58: a page's shop box ("product-box": its prices at shops), a donation appeal ("support-box") and a pull quote in
// an aside ("<aside class="pull">") are not read; the quote is read once, in the paragraph that has it.
TEST(BlindRound58Test, shouldLeaveOutShopAndDonationBoxesAndAnAsidesPullQuote) {
    const Article a = ingestArticle(
        Input{"page.html",
              "<html><body><article><h1>Patch Tuesday fixes 71 flaws</h1>"
              "<p>Microsoft fixed 71 flaws this month, four of them already used in attacks, the company said on Tuesday.</p>"
              "<aside class=\"pull\"><p>\"It's a small patch cycle, but one you can't skip.\"</p></aside>"
              "<p>\"It's a small patch cycle, but one you can't skip,\" said Dustin Childs of the Zero Day Initiative.</p>"
              "<div class=\"product-box\"><h4>Apple iPhone 16 Pro (128GB)</h4><p>$999 at Amazon</p><p>$999 at Best Buy</p></div>"
              "<p>Windows 10 reaches the end of its support in October, after which updates cost businesses money.</p>"
              "<div class=\"support-box\"><h3>Support independent science journalism</h3><p>We're a nonprofit. Donate today.</p></div>"
              "</article></body></html>"},
        InputFormat::Auto);
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("Best Buy"), std::string::npos) << body;
    EXPECT_EQ(body.find("Donate"), std::string::npos) << body;
    const std::size_t first = body.find("small patch cycle");
    ASSERT_NE(first, std::string::npos) << body;
    EXPECT_EQ(body.find("small patch cycle", first + 1), std::string::npos) << body;
    EXPECT_NE(body.find("said Dustin Childs"), std::string::npos) << body;
}

// Round 58: a range before a unit's letter, "Drink 2–3 L of water", is no match's score in British English.
TEST(BlindRound58Test, shouldNotTakeARangeBeforeAUnitForAScore) {
    EXPECT_EQ(blindSay("Drink 2\xE2\x80\x93" "3 L of water a day.", "en-GB"), "Drink two to three liters of water a day.");
    EXPECT_EQ(blindSay("Arsenal 2-1 Chelsea", "en-GB"), "Arsenal two, Chelsea one");
}

// Round 58: forms a listener heard wrong, each with a neighbour that stays.
TEST(BlindRound58Test, shouldSayRound58sEnglishForms) {
    // a clock after what someone did at a moment, in a country that writes it dotted; a price stays a number
    EXPECT_EQ(blindSay("I rang Wayne at 11.30 to congratulate him.", "en-NZ"), "I rang Wayne at eleven thirty to congratulate him.");
    EXPECT_EQ(blindSay("Shares closed at 11.30.", "en-NZ"), "Shares closed at eleven point three zero.");
    // one part of a large number, its ordinal written on
    EXPECT_EQ(blindSay("roughly 1/100,000th the strength"), "roughly one one-hundred-thousandth the strength");
    // an amount and its plus; an age's plus stays "and over"
    EXPECT_EQ(blindSay("17,000+ aircraft are on order"), "more than seventeen thousand aircraft are on order");
    EXPECT_EQ(blindSay("People aged 65+ were hit."), "People aged sixty-five and over were hit.");
    // a round number of millions
    EXPECT_EQ(blindSay("the state's 8.0 million voters"), "the state's eight million voters");
    EXPECT_EQ(blindSay("version 8.0 shipped"), "version eight point zero shipped");
    // a weekday alone in brackets after a date
    EXPECT_EQ(blindSay("Sept 25 (Wed): trains resume"), "September twenty-fifth, Wednesday: trains resume");
    // a prescription's times a day; a dose per strain; an atmosphere and gigatonnes
    EXPECT_EQ(blindSay("apixaban 5 mg b.i.d."), "apixaban five milligrams twice a day");
    EXPECT_EQ(blindSay("60 \xC2\xB5g HA/strain"), "sixty micrograms HA per strain");
    EXPECT_EQ(blindSay("at 1 atm and 0.9 Gt a year"), "at one atmosphere and zero point nine gigatonnes a year");
    // a drug candidate's code; a service's number ending in 11; a short code to text
    EXPECT_EQ(blindSay("Moderna's mRNA-1345"), "Moderna's M R N A-thirteen forty-five");
    EXPECT_EQ(blindSay("call Health811 now"), "call Health eight one one now");
    EXPECT_EQ(blindSay("send an SMS to 32211"), "send an SMS to three two two one one");
}

// Round 58, pasted text: more forms a listener heard wrong.
TEST(BlindRound58Test, shouldSayRound58sPastedForms) {
    EXPECT_EQ(blindSay("via Proclamation No. 728, s. 2024 now"), "via Proclamation number seven hundred twenty-eight, series of twenty twenty-four now");
    EXPECT_EQ(blindSay("under Ohio Rev. Code \xC2\xA7 3505.32"), "under Ohio Revised Code section thirty-five oh five point three two");
    EXPECT_EQ(blindSay("Rev. Smith prayed."), "Reverend Smith prayed.");
    EXPECT_EQ(blindSay("a star of about 0.45 M\xE2\x98\x89 and one of 1 M\xE2\x98\x89"), "a star of about zero point four five solar masses and one of one solar mass");
    EXPECT_EQ(blindSay("a 2019-built ship"), "a twenty nineteen-built ship");
    EXPECT_EQ(blindSay("Spot rates fell to $3,050/FEU."), "Spot rates fell to three thousand fifty dollars per FEU.");
    EXPECT_EQ(blindSay("The ships measure 366 m LOA."), "The ships measure three hundred sixty-six meters LOA.");
    EXPECT_EQ(blindSay("The Tories (Con) were third and the Greens (Grn) fourth.", "en-GB"), "The Tories were third and the Greens fourth.");
    EXPECT_EQ(blindSay("Jane Roe (Con) won.", "en-GB"), "Jane Roe, Conservative, won.");
    EXPECT_EQ(blindSay("in Regions I, II, III, IV-A, V and the CAR"), "in Regions one, two, three, four-A, five and the CAR");
    EXPECT_EQ(blindSay("Sinn F\xC3\xA9in's finance spokesperson"), "[[SIn f'eInz]] finance spokesperson");
}

// Round 58: a date line that opens on "Posted" is no writer's, and the byline under it keeps its name without the
// writer's address.
TEST(BlindRound58Test, shouldTakeTheBylineUnderAPostedDateLine) {
    const Article a = blindTextArticle(
        "Springfield council OKs budget\n\nPosted Tuesday, April 8, 2025 7:58 pm\nBy Tom Hendricks thendricks@springfieldledger.com\n\n"
        "SPRINGFIELD \xE2\x80\x94 The council voted on Monday night to approve a budget for the year, officials said.\n");
    EXPECT_EQ(a.byline, "Tom Hendricks");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->year, 2025);
    EXPECT_EQ(blindBodyOf(a).find("thendricks"), std::string::npos);
}

// Round 58, web pages: a House member's district in brackets; a date that names an event after "the"; a scorecard's
// innings and its declaration, spaced.
TEST(BlindRound58Test, shouldSayADistrictAnEventsDateAndAScorecardsInnings) {
    EXPECT_EQ(blindSay("Rep. Luisa Ortega-Blake (D-OH 9th) said no."), "Representative Luisa Ortega-Blake, Democrat of Ohio's ninth district, said no.");
    EXPECT_EQ(blindSay("Rep. Jo Ng (D-OH) said no."), "Representative Jo Ing, Democrat of Ohio, said no.");
    EXPECT_EQ(blindSay("told analysts on the 10/29 call"), "told analysts on the October twenty-ninth call");
    EXPECT_EQ(blindSay("a 2/3 majority"), "a two thirds majority");
    EXPECT_EQ(blindSay("India, 1st inns: 487/6 d", "en-IN"), "India, first innings: four hundred and eighty-seven for six declared");
}

// Round 59: forms a listener heard wrong in pasted text and pages.
TEST(BlindRound58Test, shouldSayRound59sForms) {
    // "may" in small letters is the verb, unless a year follows it
    EXPECT_EQ(blindSay("Tropical Cyclone Wind Signal No. 1 may be raised."), "Tropical Cyclone Wind Signal number one may be raised.");
    // a Senior Counsel in a court's story; a state after its city elsewhere
    EXPECT_EQ(blindSay("Dr. Peter Kaluma, SC, told the court on behalf of the petitioners."),
              "Doctor Peter Kaluma, Senior Counsel, told the court on behalf of the petitioners.");
    EXPECT_EQ(blindSay("He lives in Columbia, SC."), "He lives in Columbia, South Carolina.");
    EXPECT_EQ(blindSay("A federal judge in Columbia, SC, blocked the law."), "A federal judge in Columbia, South Carolina, blocked the law.");
    // a chapter of the laws; a fertiliser's blend; an em dash between amounts is no range; an even chance
    EXPECT_EQ(blindSay("under the Land Act, Cap. 280"), "under the Land Act, Chapter two hundred eighty");
    EXPECT_EQ(blindSay("NPK 20:10:10 fertiliser"), "N.P.K twenty ten ten fertiliser");
    EXPECT_EQ(blindSay("sold for $872,500 \xE2\x80\x94 $22,600 over asking"),
              "sold for eight hundred seventy-two thousand five hundred dollars, twenty-two thousand six hundred dollars over asking");
    EXPECT_EQ(blindSay("the only 50-50 season"), "the only fifty-fifty season");
    EXPECT_EQ(blindSay("He had 14 ATM cards."), "He had fourteen eh T.M cards.");
}

// Round 59: a company's legal forms one after the other and a short form's dot before a bracket's close end no sentence.
TEST(BlindRound58Test, shouldKeepLegalFormsAndABracketedShortFormInTheirSentence) {
    EXPECT_EQ(SentenceSplitter("en")("Economists at Goldman Sachs & Co. LLC expect a cut. Others disagree.").size(), 2u);
    EXPECT_EQ(SentenceSplitter("en")("He was charged under the Cybercrimes (Prohibition, Prevention, etc.) Act 2015. He denied it.").size(), 2u);
    EXPECT_EQ(SentenceSplitter("en")("They sold fruit (apples, pears, etc.) The market closed.").size(), 2u);
}

// Round 59, web pages: a sidebar of the site's other stories ("More MLB", "Trending"), a contribution ask and a licence
// to republish are not read; a short pull quote the story has said already is read once; a verdict that ends on the
// desk's address keeps its verdict.
TEST(BlindRound58Test, shouldLeaveOutRound59sFurnitureAndKeepTheVerdict) {
    const std::string story = "<p>The Ministry of Health will on Monday begin giving the malaria vaccine to about 1.3 million children, "
                              "officials said.</p><p>\"Malaria kills about 12,000 Kenyans every year,\" Nakhumicha said. \"This is a historic day.\"</p>"
                              "<p>In the phase III trial the vaccine showed 75% efficacy over 12 months in areas of seasonal transmission.</p>";
    const Article a = ingestArticle(
        Input{"page.html", "<html><body><article><h1>Malaria vaccine rollout begins</h1>" + story +
                               "<blockquote class=\"pq\">\"This is a historic day.\"</blockquote>"
                               "<div class=\"more-mlb\"><h3>More MLB</h3><ul><li>Judge hits No. 58</li><li>Power rankings: Week 26</li></ul></div>"
                               "<aside><h4>Trending</h4><ol><li>Springboks named for Wales Test</li><li>Petrol price to drop in December</li></ol></aside>"
                               "<p>At under 50,000 rupees, the Nova X5 Pro is the most complete Android phone you can buy right now. "
                               "For queries, write to reviews@techpulse.in.</p>"
                               "<div class=\"contribution\">Support the Examiner: Fund free, independent journalism from \xC2\xA3" "1.</div>"
                               "<div class=\"republish\">Republish this article for free under a CC BY-ND 4.0 licence.</div>"
                               "</article></body></html>"},
        InputFormat::Auto);
    const std::string body = blindBodyOf(a);
    for (const char* gone : {"Judge hits", "Springboks", "Support the Examiner", "Republish", "reviews@"}) EXPECT_EQ(body.find(gone), std::string::npos) << gone << "\n" << body;
    const std::size_t first = body.find("This is a historic day.");
    ASSERT_NE(first, std::string::npos) << body;
    EXPECT_EQ(body.find("This is a historic day.", first + 1), std::string::npos) << body;
    EXPECT_NE(body.find("the most complete Android phone you can buy right now."), std::string::npos) << body;
}

// Round 59: a cricket card's dismissals, a British prescription's doses, the week commencing; a pasted match report's
// brief scores, lines of figures, are read as a list's items (not dropped as headings in a row).
TEST(BlindRound58Test, shouldReadDismissalsDosesAndBriefScores) {
    EXPECT_EQ(blindSay("Woakes c Pant b Siraj 18", "en-GB"), "Woakes caught Pant bowled Siraj eighteen");
    EXPECT_EQ(blindSay("Plan B Capital said"), "Plan B Capital said");
    EXPECT_EQ(blindSay("take 2 mg b.d. and 1 mg s.c. q.w.", "en-GB"), "take two milligrams twice a day and one milligram under the skin once a week");
    EXPECT_EQ(blindSay("in w/c 6 Jan the list fell", "en-GB"), "in the week commencing the sixth of January the list fell");
    const std::string body = blindBodyOf(blindTextArticle(
        "India win by six wickets\n\nBy Staff\n\nIndia beat Australia by six wickets in the second one-day international in Nagpur on "
        "Sunday to take an unbeatable lead in the series.\n\nBrief scores:\nAustralia 288/8 (T. Head 98, S. Smith 56; J. Bumrah 3-41)\n"
        "India 290/4 in 47.4 ov (V. Kohli 117*, S. Iyer 64; A. Zampa 2-55)\n\nThe third and final match will be played in Mumbai on "
        "March 17, starting at 1:30 p.m.\n"));
    EXPECT_NE(body.find("Australia 288/8"), std::string::npos) << body;
    EXPECT_NE(body.find("India 290/4"), std::string::npos) << body;
}

// Round 59: a subscription's offer to gift articles and a company's address and registration at a newsletter's foot are
// not read.
TEST(BlindRound58Test, shouldLeaveOutAGiftOfferAndANewslettersRegistration) {
    const std::string body = blindBodyOf(blindTextArticle(
        "NHS waiting list falls\n\nThe NHS waiting list in England fell to 7.42 million in November, the fourth monthly fall in a row, "
        "figures showed on Thursday.\n\nThe BMA said junior doctors in England will get a 22.3% pay rise over two years.\n\n"
        "Subscribe to gift this article\nGift 5 articles to anyone you choose each month when you subscribe.\n\n"
        "The Morning Dose Ltd, 20 Farringdon Road, London EC1M 3HE. Registered in England No. 12345678.\n"));
    EXPECT_NE(body.find("junior doctors"), std::string::npos) << body;
    for (const char* gone : {"Gift 5", "Farringdon", "Registered"}) EXPECT_EQ(body.find(gone), std::string::npos) << gone << "\n" << body;
}

// Round 59: an astronomical event named by its date and a letter is said figure by figure; an amount after a currency's
// letters stays an amount.
TEST(BlindRound58Test, shouldSayABurstsNameFigureByFigure) {
    EXPECT_EQ(blindSay("The burst FRB 20220610A came from far away."), "The burst FRB two oh two two oh six one oh eh came from far away.");
    EXPECT_EQ(blindSay("GRB 221009A was bright."), "GRB two two one oh oh nine eh was bright.");
}

// A reviewer's read of rounds 58 and 59's rules: where each must not fire.
TEST(BlindRound58Test, shouldNotFireRound58sRulesWhereTheyDoNotBelong) {
    EXPECT_EQ(blindSay("Carmakers are racing toward Level 3+ autonomy."), "Carmakers are racing toward Level three plus autonomy.");
    EXPECT_EQ(blindSay("Inflation came in at 2.30 percent.", "en-GB"), "Inflation came in at two point three percent.");
    EXPECT_EQ(blindSay("S.C. Johnson said so and Actor B.D. Wong joins."), "S.C Johnson said so and Actor B.D Wong joins.");
    EXPECT_EQ(blindSay("said CR Senior Director Jake Fisher"), "said CR Senior Director Jake Fisher");
    EXPECT_EQ(blindSay("According to the Mirror, 1.2m Britons are waiting."), "According to the Mirror, one point two million Britons are waiting.");
    EXPECT_EQ(blindSay("Aircraft at the airport emitted 950 kt of CO2."), "Aircraft at the airport emitted nine hundred fifty kilotons of C O two.");
    EXPECT_EQ(blindSay("Palantir trades at 245X forward earnings."), "Palantir trades at two hundred forty-five times forward earnings.");
    EXPECT_EQ(blindSay("The Kings fell to 3-2-1 after a controversial offside call."), "The Kings fell to three, two and one after a controversial offside call.");
    EXPECT_EQ(blindSay("The CEO sent a message to 4500 Amazon workers."), "The CEO sent a message to four thousand five hundred Amazon workers.");
    EXPECT_EQ(blindSay("Send an SMS to 32211 now."), "Send an SMS to three two two one one now.");
    EXPECT_EQ(blindSay("at 1200 G. St. NW in Washington"), "at twelve hundred G Street NW in Washington");
    EXPECT_EQ(SentenceSplitter("en")("Tesla settled with the SEC. Musk later called the deal unfair.").size(), 2u);
    EXPECT_EQ(SentenceSplitter("en")("They were arrested in Wichita, Kan. Code enforcement officers found dogs.").size(), 2u);
}

// Round 59: the writer's name and job after a comma, with no "By", over the date line, is the byline; a headline over a
// date line with a dotted clock stays the headline.
TEST(BlindRound58Test, shouldTakeANameAndJobWithoutByAsTheByline) {
    const Article a = blindTextArticle(
        "Albanese calls May 3 election as Labor trails Coalition 48-52 in latest Newspoll\n\nPhillip Coorey, Political Editor\n"
        "Mar 28, 2025 \xE2\x80\x93 5.14pm\n\nPrime Minister Anthony Albanese has called the federal election for Saturday, May 3, after "
        "visiting the Governor-General at Government House in Canberra.\n\nThe 48th Parliament will be dissolved on Monday. The writs "
        "will be issued on March 31, with the electoral rolls closing at 8pm on April 7.\n\nThe latest Newspoll shows the Coalition "
        "ahead 52-48 on a two-party preferred basis, with Labor's primary vote at 31 per cent.\n");
    EXPECT_EQ(a.title, "Albanese calls May 3 election as Labor trails Coalition 48-52 in latest Newspoll");
    EXPECT_EQ(a.byline, "Phillip Coorey");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->day, 28);
}

// Round 59: a newsletter's first numbered item is no headline of the whole; its e-mail's subject is.
TEST(BlindRound58Test, shouldTakeANewslettersSubjectOverItsFirstNumberedItem) {
    const Article a = blindTextArticle(
        "From: The Morning Dose <newsletter@morningdose.co.uk>\nSubject: Tuesday's briefing: NHS waiting list falls to 7.42m\n"
        "Date: Tue, 11 Feb 2025 06:00:00 +0000\n\nGood morning. Here's what you need to know.\n\n1. NHS waiting list falls for 4th month\n\n"
        "The NHS in England waiting list fell to 7.42 million in December, NHS England said, down from a peak of 7.77m in Sept 2023.\n\n"
        "2. Flu cases ease\n\nUptake among over-65s was 72.4% this winter, and cases of flu fell for a second week, the UKHSA said.\n");
    EXPECT_EQ(a.title, "Tuesday's briefing: NHS waiting list falls to 7.42m");
    EXPECT_NE(blindBodyOf(a).find("NHS waiting list falls for 4th month"), std::string::npos) << blindBodyOf(a);
}

// Rounds 57 and 59: a result's record after its time ("3:52.15 MR"), a new record named ("a new WR of"), the hurdles after
// a distance; a speaker in capitals stays "MR SMITH".
TEST(BlindRound58Test, shouldSayAResultsRecordsAndHurdles) {
    EXPECT_EQ(blindSay("Kipyegon won in 3:52.15 MR."), "Kipyegon won in three minutes fifty-two point one five seconds, a meet record.");
    EXPECT_EQ(blindSay("She set a new WR of 52.10 in the final."), "She set a new world record of fifty-two point one zero in the final.");
    EXPECT_EQ(blindSay("Bol won the 400m H easily."), "Bol won the four hundred meter hurdles easily.");
    EXPECT_EQ(blindSay("MR SMITH: Thank you."), "MR SMITH: Thank you.");
}

// Round 59: a rugby card's kicks, goals from attempts after the kicker's name; a half elsewhere stays a half.
TEST(BlindRound58Test, shouldSayAKickersGoalsFromAttempts) {
    EXPECT_EQ(blindSay("Cons: Crowley 1/2. Pens: Crowley 3/4.", "en-IE"), "Conversions: Crowley one from two. Pens: Crowley three from four.");
    EXPECT_EQ(blindSay("He ate 1/2 a pie."), "He ate half a pie.");
}

// Round 59: a transcript's own line, "Transcript of proceedings, Thursday 6 March 2025, 9.30am", dates it.
TEST(BlindRound58Test, shouldDateATranscriptByItsProceedingsLine) {
    const Article a = blindTextArticle(
        "Wellington City Council \xE2\x80\x93 Regulatory Processes Committee\nTranscript of proceedings, Thursday 6 March 2025, 9.30am\n"
        "Council Chamber, 113 The Terrace, Wellington\n\nMAYOR WHANAU: Kia ora koutou. I call this meeting to order. Item 2.1, apologies.\n\n"
        "CR FOSTER: Thank you, Madam Chair. I move that the apologies be accepted, and that the minutes be confirmed.\n");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->year, 2025);
    EXPECT_EQ(a.published->month, 3);
    EXPECT_EQ(a.published->day, 6);
}

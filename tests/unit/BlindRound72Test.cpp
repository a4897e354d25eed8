// What blind round 71's open findings and round 72 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/Byline.hpp"
#include "ingest/Furniture.hpp"
#include "text/SentenceSplitter.hpp"
#include "text/WireCopy.hpp"
#include "text/StoryCues.hpp"

using namespace readcast;

namespace {

std::string sayInGolfReport(const std::string& text) {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", "en-GB", {});
    StoryCues cues;
    cues.golf = true;
    return Normalizer("en-GB", &lexicon, cues).normalize(text);
}

}  // namespace

// A pasted list's item that stops short of its full stop goes on on the indented line under it, whatever that line opens
// with; an indented numbered sub-item and an item that has ended stay items of their own.
TEST(BlindRound72Test, shouldCarryAnUnfinishedListItemOntoItsNumber) {
    const std::string body = blindBodyOf(blindTextArticle(
        "Insulin in short supply across Chennai\n\nPatients in Chennai said they had visited several shops before finding the medicines "
        "they needed this month.\n\n- Government hospitals supply insulin free of cost on production of a\n  prescription.\n- Complaints "
        "about overcharging can be made to the toll-free number\n  1800-425-1111 (9 a.m. to 6 p.m., Monday-Saturday).\n- Stock is expected "
        "by March 15.\n  2025 stock will follow.\n"));
    EXPECT_NE(body.find("the toll-free number 1800-425-1111 (9 a.m."), std::string::npos) << body;
    EXPECT_NE(body.find("on production of a prescription."), std::string::npos) << body;
    EXPECT_EQ(body.find("March 15. 2025 stock"), std::string::npos) << body;
}

// A caption with its credit set off by a bar after it, "… on Sunday. | Photo Credit: B. Jothi Ramalingam", is a caption
// (the initial's dot is no sentence's); a sentence with a bar in it is not.
TEST(BlindRound72Test, shouldKnowACaptionByItsBarredCredit) {
    EXPECT_TRUE(endsWithPhotoCredit("A pharmacist at a private medical shop on Usman Road, T. Nagar, shows empty shelves on Sunday. | Photo "
                                    "Credit: B. Jothi Ramalingam"));
    EXPECT_TRUE(endsWithPhotoCredit("Firefighters at the scene on Monday. | Photo: Special Arrangement"));
    EXPECT_FALSE(endsWithPhotoCredit("The scores were level at the break. | Credits to the coach, who changed the side at half-time, "
                                     "and to the bench, who won it."));
}

// A footer's row of links, a few words each and none a sentence, is the page's; a row of a results line or of
// sentences is not.
TEST(BlindRound72Test, shouldKnowAFootersRowOfLinks) {
    EXPECT_TRUE(isRowOfShortItems("Corrections and clarifications | Submit a news tip | Report error"));
    EXPECT_FALSE(isRowOfShortItems("Smith 12 | Jones 9 | Lee 4 | Park 3"));
    EXPECT_FALSE(isRowOfShortItems("Prices rose. | Wages fell. | Rents climbed."));
}

// A desk's name beside the writer's in a pasted byline box, "ABC Western Plains" over "/" over "By Lani Oataway", is not
// read as the story's first heading; a short headline right over the mark stays the title.
TEST(BlindRound72Test, shouldDropADesksNameBesideThePastedByline) {
    const Article a = blindTextArticle(
        "ABC News\nJust In\nPolitics\nPolice release CCTV of man wanted over Dubbo service station armed robbery\nABC Western Plains\n/\n"
        "By Lani Oataway\nTue 11 Feb 2025 at 2:35pm\nPolice are searching for a man who threatened a service station worker with a knife in "
        "Dubbo early on Sunday morning.\nThe man fled with about $1,800 in cash and several cartons of cigarettes, police said.\n");
    EXPECT_EQ(a.title, "Police release CCTV of man wanted over Dubbo service station armed robbery");
    EXPECT_EQ(a.byline, "Lani Oataway");
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("Western Plains"), std::string::npos) << body;
    EXPECT_EQ(body.rfind("Police are searching", 0), 0u) << body;
}

// Places numbered in one line, "1. Texas 372, 2. Cal 341.5", are one sentence, each rank said with a comma, and the scores
// counted, not read as models; a number that ends a sentence still ends it.
TEST(BlindRound72Test, shouldReadPlacesNumberedInOneLine) {
    SentenceSplitter split{"en"};
    const std::string line = "Team scores after Day 3: 1. Texas 372, 2. Cal 341.5, 3. Arizona State 298, 4. Indiana 270.";
    EXPECT_EQ(split(line).size(), 1u);
    EXPECT_EQ(split("He came 2. Smith was 3.").size(), 2u);
    EXPECT_EQ(blindSay(line), "Team scores after Day three: one, Texas three hundred seventy-two, two, Cal three hundred forty-one point "
                              "five, three, Arizona State two hundred ninety-eight, four, Indiana two hundred seventy.");
    EXPECT_EQ(blindSay("The standings were 1. Norway, 2. Sweden and 3. Finland."), "The standings were one, Norway, two, Sweden and three, Finland.");
    EXPECT_EQ(blindSay("The Boeing 737 landed."), "The Boeing seven thirty-seven landed.");
}

// In a golf report a score against par is said so where the sentence names no golf; a leaderboard's home nations and its
// "E" are said; outside golf "-11" is minus eleven.
TEST(BlindRound72Test, shouldReadAGolfReportsScoresAgainstPar) {
    EXPECT_TRUE(isGolfReport("He had four birdies and a bogey. His putts dropped. The golf was superb."));
    EXPECT_FALSE(isGolfReport("The golf club's car park will be built on the site, the council said."));
    EXPECT_EQ(sayInGolfReport("He started the day tied for the lead with Tommy Fleetwood on -11."),
              "He started the day tied for the lead with Tommy Fleetwood on eleven under.");
    EXPECT_EQ(sayInGolfReport("Connor Syme (+3) and Richie Ramsay (+5) made the cut."), "Connor Syme, three over, and Richie Ramsay, five over, made the cut.");
    EXPECT_EQ(sayInGolfReport("Tied for fifth, Ewen Ferguson (Sco), E, 72"), "Tied for fifth, Ewen Ferguson, Scotland, level par, seventy-two");
    EXPECT_EQ(blindSay("Rory McIlroy (NIr), -10, 274", "en-GB"), "Rory McIlroy, Northern Ireland, minus ten, two hundred and seventy-four");
    EXPECT_EQ(blindSay("Overnight it fell to -11 in Braemar.", "en-GB"), "Overnight it fell to minus eleven in Braemar.");
}

// A boxer's record with its draws and knockouts in brackets, and a round by its letter where the sentence tells of a fight;
// a road's "R2" stays a road's.
TEST(BlindRound72Test, shouldReadABoxersRecordAndRound) {
    EXPECT_EQ(blindSay("Mensah: 32 years, 26-3-1 (19 KOs), Accra.", "en-GB"), "Mensah: thirty-two years, twenty-six, three and one, nineteen K O's, Accra.");
    EXPECT_EQ(blindSay("Efe Ajagba Jnr (12-0) knocked out Jean-Paul Ndongo in R2.", "en-GB"),
              "Efe Ajagba Junior, twelve and oh, knocked out Jean-Paul Ndongo in round two.");
    EXPECT_EQ(blindSay("The road to the R2 junction was closed.", "en-GB"), "The road to the R two junction was closed.");
    EXPECT_EQ(blindSay("Liverpool (4-3-3) won.", "en-GB"), "Liverpool, four-three-three, won.");
}

// A match's figures, successes of attempts, are "out of"; a share of something stays a fraction.
TEST(BlindRound72Test, shouldReadAMatchsFiguresOutOfTheirAttempts) {
    EXPECT_EQ(blindSay("Break points won: 5/14 vs 4/9", "en-GB"), "Break points won: five out of fourteen versus four out of nine");
    EXPECT_EQ(blindSay("Goff completed 22/34 passes for 265 yards."), "Goff completed twenty-two out of thirty-four passes for two hundred sixty-five yards.");
    EXPECT_EQ(blindSay("About 3/4 of the first serve points went his way.", "en-GB"), "About three quarters of the first serve points went his way.");
}

// A utility's notice of power cuts, its county, area, date and hours set as fields for each place, is the story: its
// fields are read, the date field is not taken for the day the story was published; an event's box of facts beside a
// story, once, still goes.
TEST(BlindRound72Test, shouldReadANoticesScheduleOfFields) {
    const std::string notice =
        "Power cuts on Thursday in four counties\n\nBy Jane Doe\n\n7 May 2025\n\nKenya Power has announced scheduled power "
        "interruptions in several parts of the country on Thursday, May 8, 2025.\n\nIn a notice on Wednesday, the utility said the outages "
        "were meant to facilitate maintenance, upgrade of the network and the connection of new customers.\n\nNAIROBI COUNTY\nAREA: PART "
        "OF KAREN\nDATE: Thursday 08.05.2025 TIME: 9.00 A.M. - 5.00 P.M.\nKaren Rd, Marula Lane, Hardy & adjacent customers.\n\nKIAMBU "
        "COUNTY\nAREA: RUIRU, KAMAKIS\nDATE: Thursday 08.05.2025 TIME: 8.30 A.M. - 5.00 P.M.\nEastern Bypass, Kamakis Corner & adjacent "
        "customers.\n\nThe company said customers could report emergencies by calling its contact centre.\n";
    const Article a = blindTextArticle(notice);
    const std::string body = blindBodyOf(a);
    // (Near the top, the fields run on in one line in capitals are parted, a line each.)
    EXPECT_NE(body.find("NAIROBI COUNTY\nAREA: PART OF KAREN\nDATE: Thursday 08.05.2025\nTIME: 9.00 A.M. - 5.00 P.M.\nKaren Rd"), std::string::npos) << body;
    EXPECT_NE(body.find("KIAMBU COUNTY\nAREA: RUIRU, KAMAKIS\nDATE: Thursday 08.05.2025\nTIME: 8.30 A.M."), std::string::npos) << body;
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->day, 7);
    const std::string boxed = blindBodyOf(blindTextArticle(
        "Jazz festival returns to the harbour\n\nBy Jane Doe\n\nThe harbour jazz festival returns this summer with forty acts on three "
        "stages, the organisers said on Monday.\n\nWhen: 12-14 July\nWhere: Harbour Park\nTickets: from $45\n\nLast year more than twenty "
        "thousand people attended over the three days, a record for the festival.\n"));
    EXPECT_EQ(boxed.find("Harbour Park"), std::string::npos) << boxed;
}

// A field's label in capitals before its colon, "TIME: 9.00 A.M. - 5.00 P.M.", is no dateline's place; "ISLAMABAD: …" is.
TEST(BlindRound72Test, shouldTakeNoFieldsLabelForADatelinesPlace) {
    EXPECT_FALSE(splitDateline("TIME: 9.00 A.M. - 5.00 P.M.").has_value());
    EXPECT_FALSE(splitDateline("NOTE: The figures are provisional.").has_value());
    const auto dateline = splitDateline("ISLAMABAD: Pakistan launched its first satellite on Friday.");
    ASSERT_TRUE(dateline.has_value());
    EXPECT_EQ(dateline->place, "Islamabad.");
}

// A broadcaster's name after the writer's, "Rachel Lippmann | St. Louis Public Radio", is no second writer; a writer's desk
// after the name still goes.
TEST(BlindRound72Test, shouldNameNoBroadcasterAsASecondWriter) {
    EXPECT_EQ(cleanByline("Rachel Lippmann | St. Louis Public Radio", "").names, "Rachel Lippmann");
    EXPECT_EQ(cleanByline("Jane Doe, Kelli Miller Health", "").names, "Jane Doe and Kelli Miller");
    EXPECT_EQ(cleanByline("Jane Doe TV", "").names, "Jane Doe");
}

// A race's minutes and seconds where no height could be written so (more than eleven inches, a second's leading zero, a gap's
// sign) are a time; a height is a height; a results line's code in small letters is its country where a time follows.
TEST(BlindRound72Test, shouldReadARacesTimesAndCodesWithoutRaceWords) {
    EXPECT_EQ(blindSay("Pogačar's time of 39'41\" on the final climb broke the record.", "en-GB"),
              "Pogačar's time of thirty-nine minutes forty-one seconds on the final climb broke the record.");
    EXPECT_EQ(blindSay("Jonas Vingegaard (Den) Visma-Lease a Bike, +3'09\"", "en-GB"),
              "Jonas Vingegaard, Denmark, Visma-Lease a Bike, plus three minutes nine seconds");
    EXPECT_EQ(blindSay("He is 6'11\" tall.", "en-GB"), "He is six feet eleven inches tall.");
    EXPECT_EQ(blindSay("The room is 12' 6\" wide.", "en-GB"), "The room is twelve feet six inches wide.");
    EXPECT_EQ(blindSay("Kenneth (Ken) Clarke left at 4:30.", "en-GB"), "Kenneth Ken Clarke left at four thirty.");
}

// A chess olympiad's match points out of twenty-two and a score with its half as a decimal, in a chess report.
TEST(BlindRound72Test, shouldReadAChessReportsScoresOutOfTheirGames) {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", "en-IN", {});
    StoryCues cues;
    cues.chess = true;
    const Normalizer chess("en-IN", &lexicon, cues);
    EXPECT_EQ(chess.normalize("India finished on 21/22 match points."), "India finished on twenty-one out of twenty-two match points.");
    EXPECT_EQ(chess.normalize("Divya scored 9.5/11 on board three."), "Divya scored nine and a half out of eleven on board three.");
    EXPECT_EQ(chess.normalize("He won 0.5/2 in the tiebreak."), "He won a half out of two in the tiebreak.");
}

// Britain's money before 1971; a decade stays a decade.
TEST(BlindRound72Test, shouldReadPoundsShillingsAndPence) {
    EXPECT_EQ(blindSay("It was sold for £20 10s in 1790.", "en-GB"), "It was sold for twenty pounds ten shillings in seventeen ninety.");
    EXPECT_EQ(blindSay("He paid £3 4s 6d for it.", "en-GB"), "He paid three pounds four shillings and six pence for it.");
    EXPECT_EQ(blindSay("In the 10s and 20s.", "en-GB"), "In the tens and twenties.");
}

// Nigeria's short form in a company's name neither ends the sentence nor is said as a word.
TEST(BlindRound72Test, shouldReadNigeriasShortFormInACompanysName) {
    SentenceSplitter split{"en"};
    EXPECT_EQ(split("He sued Chiwetalu & Sons Nig. Ltd, on an amended charge. The case continues.").size(), 2u);
    EXPECT_EQ(blindSay("Dangote Cement Nig. Plc shares rose.", "en-NG"), "Dangote Cement Nigeria Plc shares rose.");
}

// A live page's "LIVE UPDATES:" is its headline's label, not a ticker over it; a caption over the story is no title.
TEST(BlindRound72Test, shouldTakeALivePagesLabelledHeadline) {
    const Article a = blindTextArticle(
        "LIVE UPDATES: Fire hits Manila Central Post Office\n\nBy Inquirer.net staff\nMay 22, 2023 - 12:45 AM\n\nMANILA, Philippines — A "
        "fire broke out late Sunday night at the century-old Manila Central Post Office building in Ermita, Manila.\n\n11:54 PM\nThe Bureau "
        "of Fire Protection received the first report at 11:41 p.m. Sunday, according to the Manila Fire District.\n\n12:08 AM\nFire now "
        "at third alarm. Thick smoke seen from Jones Bridge and Quiapo, and motorists were advised to avoid the area.\n\nPhoto: Firefighters "
        "battle the blaze at the Manila Central Post Office. (INQUIRER.net / Richard A. Reyes)\n\n1:15 AM\nTask Force Alpha declared at 1:05 "
        "a.m. as more fire trucks arrived from the neighbouring districts.\n");
    EXPECT_EQ(a.title, "Fire hits Manila Central Post Office");
}

// A release's letterhead over its label, the body's name, address and telephone, and the label again at a page's head, are not
// read; the headline under them is the title.
TEST(BlindRound72Test, shouldDropAReleasesLetterheadOverItsLabel) {
    const Article a = blindTextArticle(
        "MINERALS COUNCIL SOUTH AFRICA\nMinerals Council House, 7th Floor, 5 Hollard Street, Marshalltown, Johannesburg 2001\nPO Box 61809, "
        "Marshalltown 2107 | Tel: +27 11 498 7100 | www.mineralscouncil.org.za\n\nMEDIA RELEASE\nFor immediate release\nJohannesburg, 14 May "
        "2025\n\nMINERALS COUNCIL WELCOMES SARS CLARITY ON ROYALTY ACT\n\nThe Minerals Council South Africa has welcomed the draft "
        "interpretation note on the Royalty Act, but warned that the proposed treatment could cost producers as much as R4.8-billion a "
        "year.\n\nPage 1 of 3\n\nMEDIA RELEASE \xE2\x80\x93 MINERALS COUNCIL SOUTH AFRICA\n\nThe Minerals Council has asked National Treasury to "
        "extend the comment period, which closes on 30 June 2025, by a further 60 days.\n");
    EXPECT_EQ(a.title, "MINERALS COUNCIL WELCOMES SARS CLARITY ON ROYALTY ACT");
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("Hollard"), std::string::npos) << body;
    EXPECT_EQ(body.find("PO Box"), std::string::npos) << body;
    EXPECT_EQ(body.find("MEDIA RELEASE"), std::string::npos) << body;
    EXPECT_NE(body.find("extend the comment period"), std::string::npos) << body;
}

// A paywall's reminder and a pointer to a document on another site are not the story's.
TEST(BlindRound72Test, shouldDropAPaywallsReminderAndAPointerToADocument) {
    EXPECT_TRUE(isBoilerplate("Reminder, this is a Premium article and requires a subscription to read."));
    EXPECT_TRUE(isLinkOut("Read the full Council conclusions at consilium.europa.eu (PDF, 2.3MB)"));
    EXPECT_FALSE(isLinkOut("Read the full complaint, which runs 40 pages, and you see why the judge was angry."));
}

// A timeline's entry opens on its year before a colon or a dash.
TEST(BlindRound72Test, shouldReadATimelinesYear) {
    EXPECT_EQ(blindSay("1651: sold in the Commonwealth Sale.", "en-GB"), "sixteen fifty-one: sold in the Commonwealth Sale.");
    EXPECT_EQ(blindSay("1926 \xE2\x80\x93 completed by Juan Arellano.", "en-GB"), "nineteen twenty-six, completed by Juan Arellano.");
    EXPECT_EQ(blindSay("They counted 1651 votes.", "en-GB"), "They counted one thousand six hundred and fifty-one votes.");
}

// A plural's possessive before an amount that qualifies a noun; a list of quarters; a councillor's ward by its ordinal; a
// ballot measure by its letter.
TEST(BlindRound72Test, shouldReadAmountsQuartersWardsAndMeasures) {
    EXPECT_EQ(blindSay("Porter Airlines' $1.1bn takeover of WestJet was approved.", "en-CA"),
              "Porter Airlines' one point one billion dollar takeover of WestJet was approved.");
    EXPECT_EQ(blindSay("Sales rose in Q1 and Q2."), "Sales rose in the first quarter and the second quarter.");
    EXPECT_EQ(blindSay("Alderman Rasheen Aldridge (D-14th Ward) tried."), "Alderman Rasheen Aldridge, Democrat of the fourteenth Ward, tried.");
    EXPECT_EQ(blindSay("Rep. Jane Doe (D-Calif.) said."), "Representative Jane Doe, Democrat of California, said.");
    EXPECT_EQ(blindSay("It will spend $2.75 million in Prop. S funds."), "It will spend two point seven five million dollars in Proposition S funds.");
    SentenceSplitter split{"en"};
    EXPECT_EQ(split("It will spend $2.75 million in Prop. S funds. The vote is Monday.").size(), 2u);
}

// An academic year written as a fiscal one; a results line's "bt"; a New Zealand story known by its institutions' letters.
TEST(BlindRound72Test, shouldReadAcademicYearsResultsAndKnowNewZealand) {
    EXPECT_EQ(blindSay("The fee for AY2024/25 rises.", "en-SG"), "The fee for academic year twenty twenty-four to twenty-five rises.");
    EXPECT_EQ(blindSay("Zhao Xintong bt Mark Williams 18-12.", "en-GB"), "Zhao Shin-tong beat Mark Williams eighteen to twelve.");
    EXPECT_EQ(blindSay("The bt.com site was down.", "en-GB"), "The B T dot com site was down.");
    const Article a = blindTextArticle(
        "Auckland auction rooms heat up as rate cuts bring buyers back\n\nBy Ellen Tait\n\nAuckland's auction rooms were busier on Saturday "
        "than at any time since the market's peak, agents said, as the Reserve Bank's rate cuts brought buyers back.\n\nThe REINZ index shows "
        "prices are still below their peak, and the NZ median price was $785,000 in September, up on the year before.\n\nAgents in Auckland "
        "expect another cut on November 27 to bring more first-home buyers to the rooms before Christmas, New Zealand's busiest season.\n");
    EXPECT_EQ(a.language, "en-NZ");
}

// Round 71's open findings: a rand fare after a road's number in the same sentence; a tennis draw's "d"; a case's "& Anor";
// a constitution's article with its section and subsection.
TEST(BlindRound72Test, shouldReadFaresDrawsCasesAndArticles) {
    EXPECT_EQ(blindSay("Traffic on the R45 was heavy. Shuttles at R650 return were full.", "en-ZA"),
              "Traffic on the R forty-five was heavy. Shuttles at six hundred and fifty rand return were full.");
    EXPECT_EQ(blindSay("Take the R45 each morning.", "en-ZA"), "Take the R forty-five each morning.");
    EXPECT_EQ(blindSay("(1) J. Sinner (ITA) d (12) B. Shelton (USA) 6-4, 6-3", "en-AU"),
              "one, J Sinner, Italy, beat, twelve, B Shelton, United States, six-four, six-three");
    EXPECT_EQ(blindSay("Vitamin d (the sunshine one) fell 3-4 percent."), "Vitamin d, the sunshine one, fell three to four percent.");
    EXPECT_EQ(blindSay("In Smith & Anor v Minister for Justice, the court ruled.", "en-IE"),
              "In Smith and another versus Minister for Justice, the court ruled.");
    EXPECT_EQ(blindSay("Under Article 34.5.3\xC2\xB0 of the Constitution.", "en-IE"),
              "Under Article thirty-four, section five, subsection three of the Constitution.");
    EXPECT_EQ(blindSay("Article 5 applies.", "en-IE"), "Article five applies.");
}

// The letter A of a grade, a band or a list is said "eh", with its star too (eSpeak NG says "uh-star" after "of", "a level"
// for "A-level"); the article opening a sentence stays the article.
TEST(BlindRound72Test, shouldSayTheGradeLetterA) {
    EXPECT_EQ(blindSay("The share of A* grades rose.", "en-GB"), "The share of eh-star grades rose.");
    EXPECT_EQ(blindSay("Students at A-level did well.", "en-GB"), "Students at eh-level did well.");
    EXPECT_EQ(blindSay("She got an A grade and two B grades.", "en-GB"), "She got an eh grade and two B grades.");
    EXPECT_EQ(blindSay("A grade is a letter.", "en-GB"), "A grade is a letter.");
    EXPECT_EQ(blindSay("Zhao Xintong won.", "en-GB"), "Zhao Shin-tong won.");
}

// A two-line paragraph wrapped in the middle of a name is one paragraph; a headline over its standfirst at the text's top
// stays two.
TEST(BlindRound72Test, shouldJoinTwoLinesWrappedInsideAName) {
    const std::string body = blindBodyOf(blindTextArticle(
        "Kiplagat wins\n\nBy Jane Doe\n\nThe Kenyan ran a personal best of 2:18:40 on Sunday to beat Vivian\nKiplagat and Brigid Kosgei in a "
        "sprint finish at the line.\n\nShe said it was the best day of her career so far, and thanked her coach.\n"));
    EXPECT_NE(body.find("to beat Vivian Kiplagat and Brigid Kosgei"), std::string::npos) << body;
    const Article top = blindTextArticle(
        "Police hunt man who threatened a worker at a service station on Cobra Street\nPolice are searching for a man who threatened a "
        "service station worker with a knife.\n\nThe man fled with cash and cigarettes, police said on Sunday morning.\n");
    EXPECT_EQ(top.title, "Police hunt man who threatened a worker at a service station on Cobra Street");
}

// A scorer's second minute after the first; a phone's dialling code kept through the markup and said.
TEST(BlindRound72Test, shouldReadAScorersMinutesAndADiallingCode) {
    EXPECT_EQ(blindSay("Wrexham: Palmer 42', 67'", "en-GB"), "Wrexham: Palmer forty-second minute, sixty-seventh minute");
    EXPECT_EQ(blindSay("The posts are 6', 8' and 10' tall.", "en-GB"), "The posts are six feet, eight feet and ten feet tall.");
    const std::string body = blindBodyOf(blindTextArticle(
        "Power cuts on Thursday\n\nCustomers can report emergencies through the USSD code *977# or by SMS, the company said on Monday in "
        "a statement to customers.\n\nThe *planned* cuts are needed for maintenance of the network, it said.\n"));
    EXPECT_NE(body.find("USSD code *977# or"), std::string::npos) << body;
    EXPECT_NE(body.find("The planned cuts"), std::string::npos) << body;
    EXPECT_EQ(blindSay("Dial *144*1# to check.", "en-KE"), "Dial star one four four star one hash to check.");
}

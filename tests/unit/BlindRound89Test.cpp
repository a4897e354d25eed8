// Blind round 89: what listeners found wrong in pages and pasted texts written for the round, each fix beside the
// neighbouring case that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/Byline.hpp"
#include "ingest/Furniture.hpp"
#include "text/NoteMarks.hpp"
#include "text/ScriptBuilder.hpp"
#include "text/SentenceSplitter.hpp"

using namespace readcast;

// British copy's "m" is a million where the sentence names what is counted, with no noun after a whole figure or with a
// word of quantity before the plural; a length stays a length.
TEST(BlindRound89Test, shouldReadMillionsOfACountedList) {
    EXPECT_EQ(blindSay("The waiting list has fallen below 7m for the first time.", "en-GB"),
              "The waiting list has fallen below seven million for the first time.");
    EXPECT_EQ(blindSay("The list peaked at 7.77m in September.", "en-GB"), "The list peaked at seven point seven seven million in September.");
    EXPECT_EQ(blindSay("The plan delivers 2m extra appointments a year.", "en-GB"), "The plan delivers two million extra appointments a year.");
    EXPECT_EQ(blindSay("The river peaked at 7.77m on Sunday.", "en-GB"), "The river peaked at seven point seven seven meters on Sunday.");
    EXPECT_EQ(blindSay("Patients waited beside a 3m wall.", "en-GB"), "Patients waited beside a three meter wall.");
}

// A million in "m" before another unit counts that unit.
TEST(BlindRound89Test, shouldReadAMillionOfAnotherUnit) {
    EXPECT_EQ(blindSay("Sea ice fell to 1.99m km\xC2\xB2 in February.", "en-GB"),
              "Sea ice fell to one point nine nine million square kilometers in February.");
    EXPECT_EQ(blindSay("He ran 100m in 9.58s.", "en-GB"), "He ran one hundred meters in nine point five eight seconds.");
}

// "I" after a counted word in lower case is the writer where a verb follows; "phase I trials" is still a phase.
TEST(BlindRound89Test, shouldTellThePronounFromANumeral) {
    EXPECT_EQ(blindSay("That is the part I keep coming back to."), "That is the part I keep coming back to.");
    EXPECT_EQ(blindSay("Phase I trials could begin."), "Phase one trials could begin.");
    EXPECT_EQ(blindSay("Part I of the series."), "Part one of the series.");
}

// A ballot measure's or a route's number with its letter is no temperature; a warming is.
TEST(BlindRound89Test, shouldReadADesignatorsLetterNotDegrees) {
    EXPECT_EQ(blindSay("Measure 2C fails by a narrow margin."), "Measure two C fails by a narrow margin.");
    EXPECT_EQ(blindSay("It was 2C warmer."), "It was two degrees Celsius warmer.");
}

// A latitude and a longitude named by their words; nautical miles only on a real bearing.
TEST(BlindRound89Test, shouldReadNamedCoordinatesAndANodeSize) {
    EXPECT_EQ(blindSay("It was near latitude 25.4N, longitude 78.2W."), "It was near latitude twenty-five point four north, longitude seventy-eight point two west.");
    EXPECT_EQ(blindSay("Demand for our 3nm NW-X900 accelerators grew."), "Demand for our three nanometer N W X nine hundred accelerators grew.");
    EXPECT_EQ(blindSay("The ship was 3nm NW of the port."), "The ship was three nautical miles northwest of the port.");
}

// A results table's incumbent, a recall's number after its label, a barcode figure by figure, an inch mark after a fraction.
TEST(BlindRound89Test, shouldReadAResultsNoteARecallAndABarcode) {
    EXPECT_EQ(blindSay("Darrell Watson (inc.) 11,204 votes"), "Darrell Watson, incumbent, eleven thousand two hundred four votes");
    EXPECT_EQ(blindSay("Recall Number: 25-147"), "Recall Number: twenty-five dash one forty-seven");
    EXPECT_EQ(blindSay("Prices rose 25-30 cents."), "Prices rose twenty-five to thirty cents.");
    EXPECT_EQ(blindSay("UPC 8 41234 56789 0, Color Black"), "U.P.C eight, four one two three four, five six seven eight nine, zero, Color Black");
    EXPECT_EQ(blindSay("Cut the cord \xC2\xBD\" from the base."), "Cut the cord half an inch from the base.");
    EXPECT_EQ(blindSay("He said \"it was \xC2\xBD\" a joke."), "He said it was one half a joke.");
}

// A short form in brackets before a figure ends no sentence.
TEST(BlindRound89Test, shouldNotEndASentenceAtABracketedShortForm) {
    SentenceSplitter split{"en"};
    const std::vector<std::string> parts = split("District 9: Darrell Watson (inc.) 11,204, 58.3%. District 10: Chris Hinds won.");
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_EQ(parts[0], "District 9: Darrell Watson (inc.) 11,204, 58.3%.");
}

// A saint's name before what a saint names, after "Mount".
TEST(BlindRound89Test, shouldReadASaintAfterMount) {
    EXPECT_EQ(blindSay("Burial followed at Mount St. Benedict Cemetery."), "Burial followed at Mount Saint Benedict Cemetery.");
    EXPECT_EQ(blindSay("They met on Main St. Boston was cold."), "They met on Main Street Boston was cold.");
}

// A chip's three-digit model, a chip process's code, a ratio of two clocks, a launch's time with its seconds.
TEST(BlindRound89Test, shouldReadChipModelsAndALaunchTime) {
    EXPECT_EQ(blindSay("Intel's Core Ultra 9 285K is built on the 3nm N3B node."),
              "Intel's Core Ultra nine, two hundred eighty-five K is built on the three nanometer N three B node.");
    EXPECT_EQ(blindSay("Lagos traders paid N3B for it."), "Lagos traders paid three billion naira for it.");
    EXPECT_EQ(blindSay("It ran at a 1:1 UCLK:MCLK ratio."), "It ran at a one to one U.C.L.K to MCLK ratio.");
    EXPECT_EQ(blindSay("Liftoff came at 0607:30 UTC."), "Liftoff came at oh six oh seven and thirty seconds UTC.");
    EXPECT_EQ(blindSay("Cores/threads: 16/32"), "Cores or threads: sixteen and thirty-two");
    EXPECT_EQ(blindSay("She ate 3/4 of it."), "She ate three quarters of it.");
}

// A Greek letter opening a protein's name; a strand's ends are primes, a wall's height is feet.
TEST(BlindRound89Test, shouldReadAGreekOpeningAndAStrandsEnds) {
    EXPECT_EQ(blindSay("There were 30 \xCE\xB3H2AX foci."), "There were thirty gamma H two AX foci.");
    EXPECT_EQ(blindSay("the 3' UTR of the gene"), "the three prime U.T.R of the gene");
    EXPECT_EQ(blindSay("a 3' wall"), "a three-foot wall");
}

// Portuguese "D." before a name is the title Dom (Dona before a woman's); an initial or a vitamin's letter stays.
TEST(BlindRound89Test, shouldReadThePortugueseTitleDom) {
    EXPECT_EQ(blindSay("O cardeal D. Manuel Clemente esteve na avenida Infante D. Henrique.", "pt"),
              "O cardeal Dom Manuel Clemente esteve na avenida Infante Dom Henrique.");
    EXPECT_EQ(blindSay("D. Maria II reinou.", "pt"), "Dona Maria segunda reinou.");
    EXPECT_EQ(blindSay("Franklin D. Roosevelt e a vitamina D. Estudos", "pt"), "Franklin D. Roosevelt e a vitamina D. Estudos");
}

// Italian: a saint's "S." before the name; a span's magnitude or degrees after its second figure, a closing quote after it.
TEST(BlindRound89Test, shouldReadItalianSaintsAndSpans) {
    EXPECT_EQ(blindSay("da Venezia S. Lucia alle 6", "it"), "da Venezia Santa Lucia alle 6");
    EXPECT_EQ(blindSay("la basilica di S. Pietro", "it"), "la basilica di San Pietro");
    EXPECT_EQ(blindSay("Mario S. Rossi", "it"), "Mario S. Rossi");
    EXPECT_EQ(blindSay("\xC2\xABparla di 45-50 mln\xC2\xBB", "it"), "\xC2\xABparla di 45 a 50 milioni\xC2\xBB");
    EXPECT_EQ(blindSay("scenderanno a 14-16 \xC2\xB0" "C", "it"), "scenderanno a 14 a 16 gradi");
}

// Dutch: a weekday's short form before a day and month in figures; an air-quality reading's unit. German: a capitalized
// kilometre post.
TEST(BlindRound89Test, shouldReadADutchDateAndUnitAndAGermanPost) {
    EXPECT_EQ(blindSay("de tol op vr 16/08 is gratis", "nl"), "de tol op vrijdag 16 augustus is gratis");
    EXPECT_EQ(blindSay("piekte op 48 \xC2\xB5g/m\xC2\xB3.", "nl"), "piekte op 48 microgram per kubieke meter.");
    EXPECT_EQ(blindSay("bei Km 612,4 auf das Stauende", "de"), "bei Kilometer 612,4 auf das Stauende");
}

// A temperature reached is no emergency line; a call to one is.
TEST(BlindRound89Test, shouldNotDialATemperature) {
    EXPECT_EQ(blindSay("Temperatures reached 112\xC2\xB0" "F last July."), "Temperatures reached one hundred twelve degrees Fahrenheit last July.");
    EXPECT_EQ(blindSay("Call 112 now."), "Call one one two now.");
}

// A plural of two capitals that make a word is spelled; "OKs" is a verb. A standard's edition year; a quarter before
// what it qualifies.
TEST(BlindRound89Test, shouldReadPluralCapitalsAStandardAndAQuarter) {
    EXPECT_EQ(blindSay("It has four hybrid ORs."), "It has four hybrid O R's.");
    EXPECT_EQ(blindSay("Council OKs a budget."), "Council OKs a budget.");
    EXPECT_EQ(blindSay("It beat the ASHRAE 90.1-2019 baseline."), "It beat the ASHRAE ninety point one, twenty nineteen baseline.");
    EXPECT_EQ(blindSay("Rates of 4.5-5.5 percent."), "Rates of four point five to five point five percent.");
    EXPECT_EQ(blindSay("They await the Q2 GDP numbers."), "They await the second-quarter GDP numbers.");
    EXPECT_EQ(blindSay("Q3 was a record."), "The third quarter was a record.");
}

// "c." before an amount is "about" and ends no sentence; a note's number after a quotation's closing mark goes.
TEST(BlindRound89Test, shouldReadCircaAndDropANoteAfterAQuote) {
    SentenceSplitter split{"en"};
    const std::vector<std::string> parts = split("The repayment of c. \xC2\xA3" "2.2m would be large. It was agreed.");
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_EQ(blindSay(parts[0], "en-GB"), "The repayment of about two point two million pounds would be large.");
    EXPECT_EQ(withoutGluedReferences("was \"better than nothing.\"2 The vote"), "was \"better than nothing.\" The vote");
    EXPECT_EQ(withoutGluedReferences("He said \"it was 2.\" 20 people came"), "He said \"it was 2.\" 20 people came");
}

// A PDF's line wrapped after a month's or "about"'s short form carries on into the figure under it.
TEST(BlindRound89Test, shouldCarryAWrappedLineOnAfterAShortForm) {
    const Article a = blindTextArticle(
        "Council weighs flood plan\n\n"
        "Councillors will on Tuesday vote on a flood-defence package that officials say would protect about\n"
        "3,200 homes along the estuary. The proposal, first floated in Sept.\n"
        "2022, has been revised three times, and the council's engineers have now costed every option\n"
        "in detail, from a raised embankment to a tidal gate at Quayside Road, officials said on Monday.\n"
        "Councillor Tom Whitfield said the annual repayment on the loan would come to roughly\n"
        "a tenth of the council's net revenue budget, at a time when it is closing libraries.\n");
    EXPECT_NE(blindBodyOf(a).find("first floated in Sept. 2022, has been revised"), std::string::npos) << blindBodyOf(a);
}

namespace {

const std::string kSchoolStory =
    "School board approves budget\n\n"
    "The Ann Arbor school board voted 5-2 on Wednesday night to approve a budget that closes a gap of $12 million with job cuts "
    "and a draw on reserves, after three hours of public comment from teachers and parents.\n\n"
    "Trustees said the cuts would fall mostly on central office staff, and that no teacher would be laid off before the end of "
    "the school year, when enrolment figures for the autumn are known.\n\n";

}  // namespace

// A site's compensation disclosure, a newsletter's sponsor line, a dashed wire credit: furniture, not the story.
TEST(BlindRound89Test, shouldDropDisclosuresSponsorsAndCredits) {
    const Article a = blindTextArticle(kSchoolStory +
                                       "Presented by NorthPeak Wealth\n\n"
                                       "--Editing by Alanna Weissman.\n\n"
                                       "If you purchase a product or register for an account through a link on our site, we may receive compensation.\n");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("no teacher would be laid off"), std::string::npos) << body;
    EXPECT_EQ(body.find("NorthPeak"), std::string::npos) << body;
    EXPECT_TRUE(isCreditLine("--Editing by Alanna Weissman."));
    EXPECT_FALSE(isCreditLine("--Officials said the editing took three weeks."));
    EXPECT_EQ(body.find("compensation"), std::string::npos) << body;
    // (A sentence that opens so and goes on is the story's.)
    const Article b = blindTextArticle(kSchoolStory + "Presented by the district's finance director, the plan drew sharp questions from two trustees.\n");
    EXPECT_NE(blindBodyOf(b).find("Presented by the district's finance director"), std::string::npos);
}

// A regional page's closing ask for tips in Dutch; a Belgian agency's desk initials under the story.
TEST(BlindRound89Test, shouldDropATipBoxAndADesksInitials) {
    const Article a = blindPageArticle(
        "<html><head><title>Treinstoring legt Noorden plat</title></head><body><article><h1>Treinstoring legt Noorden plat</h1>"
        "<p>Door een storing in de bovenleiding rijden er sinds vanochtend geen treinen tussen Zwolle en Meppel, meldt ProRail. "
        "Reizigers moeten rekening houden met een uur extra reistijd.</p>"
        "<p>NS zet tussen Zwolle en Meppel 35 stopbussen in. De intercity's uit Den Haag rijden alleen tot Zwolle, en ook de "
        "stoptreinen naar Emmen zijn aangepast.</p>"
        "<p class=\"meld\">Heb jij een tip of zie je een fout? Mail naar nieuws@example.nl of app ons via 06-12345678.</p>"
        "</article></body></html>");
    EXPECT_NE(blindBodyOf(a).find("stopbussen"), std::string::npos);
    EXPECT_EQ(blindBodyOf(a).find("tip"), std::string::npos) << blindBodyOf(a);
    const Article b = blindTextArticle(
        "Brand in de haven\n\nANTWERPEN (Belga) - In de haven van Antwerpen is dinsdagavond een zware brand uitgebroken in een loods "
        "met kunststofkorrels. De brandweer was met een groot aantal ploegen ter plaatse en had het vuur rond middernacht onder "
        "controle.\n\nNiemand raakte gewond, maar de omwonenden werd gevraagd ramen en deuren gesloten te houden.\n\nMVB/ (Belga)\n");
    EXPECT_EQ(blindBodyOf(b).find("MVB"), std::string::npos) << blindBodyOf(b);
    EXPECT_NE(blindBodyOf(b).find("omwonenden"), std::string::npos);
}

// A standfirst read without the list of links to other stories set under its summary.
TEST(BlindRound89Test, shouldReadAStandfirstWithoutItsRelatedLink) {
    const Article a = blindPageArticle(
        "<html><head><title>Waiting list falls below 7m</title></head><body><header><h1>Waiting list falls below 7m</h1>"
        "<div data-testid=\"standfirst\" class=\"dcr-standfirst\"><p>Figures show 6.94 million treatments waiting in January, but "
        "A&amp;E performance worsened</p><ul><li><p><a href=\"/other\">NHS England to cut 9,000 jobs in shake-up</a></p></li></ul></div>"
        "</header><main><div id=\"maincontent\"><p>The NHS waiting list in England has fallen below 7m for the first time since March "
        "2023, official figures show, though emergency departments recorded their worst February on record.</p><p>There were 6.94m "
        "treatments waiting to be carried out at the end of January, down from 7.02m in December, according to NHS England.</p>"
        "</div></main></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("performance worsened"), std::string::npos) << body;
    EXPECT_EQ(body.find("9,000 jobs"), std::string::npos) << body;
}

// The writer's field after a section's label in a row of fields; a date field's label and the newsroom are nobody's name;
// a dateline's place after the site's name in a byline.
TEST(BlindRound89Test, shouldFindTheWriterInARowAndDropLabelsAndPlaces) {
    const Article a = blindTextArticle(
        "Lucid Air review: long range\nRoad Test | By Chris Delgado | Published Feb. 18, 2025\n\n"
        "The Lucid Air Grand Touring remains the range champion of the electric car world, and its battery earns a long range on "
        "small wheels.\n\nIn our testing, the sedan ran from zero to sixty in three seconds and stopped quickly from seventy miles an "
        "hour.\n");
    EXPECT_EQ(a.byline, "Chris Delgado");
    EXPECT_EQ(cleanByline("Redactie \xC2\xB7 Laatste update", "", "nl").names, "");
    EXPECT_EQ(cleanByline("Por Fernanda Scherer e Rafael Dornelles, Correio do Sul \xE2\x80\x94 Porto Alegre", "Correio do Sul", "pt").names,
              "Fernanda Scherer e Rafael Dornelles");
    EXPECT_EQ(cleanByline("Analysis | By Jane Doe", "", "en").names, "Jane Doe");
    EXPECT_EQ(cleanByline("Jane Doe, Reuters \xE2\x80\x94 John Roe", "", "en").names, "Jane Doe and John Roe");
}

// A Word document saved as a web page: its title style's paragraph is the headline, its slug line and an editor's bracketed
// note to the desk are not read.
TEST(BlindRound89Test, shouldReadAWordExportsHeadlineWithoutItsDraftNotes) {
    const Article a = blindPageArticle(
        "<html><head><meta name=ProgId content=Word.Document><title>School budget story FINAL v3</title></head><body>"
        "<p class=MsoNormal>SLUG: SCHOOLS-BUDGET // 650 wds // for Weds A1 // photo: TBD</p>"
        "<p class=MsoTitle>School board approves $1.34 billion budget, closes $47 million gap</p>"
        "<p class=MsoNormal>The Fairmont County Board of Education voted 5-2 late Monday to approve a $1.34 billion operating budget "
        "that eliminates 210 positions, most of them central-office and support jobs.</p>"
        "<p class=MsoNormal>The cuts close a $47 million shortfall driven largely by the expiration of federal pandemic relief funds, "
        "which had paid for about 380 positions since 2021.</p></body></html>");
    EXPECT_EQ(a.title, "School board approves $1.34 billion budget, closes $47 million gap");
    EXPECT_EQ(blindBodyOf(a).find("SLUG"), std::string::npos) << blindBodyOf(a);
    EXPECT_EQ(withoutNoteMarks("[AP: confirm figure w/ CFO office before pub] The district will also draw $18.5 million.", nullptr),
              "The district will also draw $18.5 million.");
    EXPECT_EQ(withoutNoteMarks("The mayor said this [attack] was planned.", nullptr), "The mayor said this [attack] was planned.");
}

// A transcript's header: its label off the title, its broadcast's date, the names of who speaks not read; a speaker's label
// that opens every turn is no dateline.
TEST(BlindRound89Test, shouldReadATranscriptsHeader) {
    const Article a = blindTextArticle(
        "TRANSCRIPT: \"The Week Ahead\" \xE2\x80\x94 interview with the Governor of the Central Bank\n\n"
        "Broadcast: Sunday, 16 June 2024, 09:10 BST\nInterviewer: SARAH BLAKE\nGuest: DR. ALAN MERCER, Governor\n\n"
        "SARAH BLAKE: Governor, thank you for joining us. Inflation fell to 2.3% in April. Why not cut rates now?\n\n"
        "DR. ALAN MERCER: Well, good morning, Sarah. Services inflation is still running at 5.9%, and wage growth is about 6%.\n\n"
        "SARAH BLAKE: So when will you cut?\n");
    EXPECT_EQ(a.title.rfind("TRANSCRIPT", 0), std::string::npos) << a.title;
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->day, 16);
    EXPECT_TRUE(isCreditLine("Guest: DR. ALAN MERCER, Governor"));
    EXPECT_FALSE(isCreditLine("Host: Welcome back to the show."));
}

// A wire's header line, its name and dateline before the labelled date: the date is taken and the line not read.
TEST(BlindRound89Test, shouldTakeTheDateFromAWiresHeaderLine) {
    const Article a = blindTextArticle(
        "# Quake strikes off Taiwan coast\n\n*Associated Press* \xE2\x80\x94 TAIPEI, Taiwan (AP) \xE2\x80\x94 **Published 4:18 AM GMT+8, March 12, 2026**\n\n"
        "A magnitude 6.4 earthquake struck off the east coast early Thursday, shaking buildings in the capital, officials said.\n\n"
        "There were no immediate reports of deaths or damage in the city, the fire agency said.\n",
        "quake.md");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->month, 3);
    EXPECT_EQ(blindBodyOf(a).find("Published"), std::string::npos) << blindBodyOf(a);
}

// The re-check's overreaches, each kept as it was read before this round.
TEST(BlindRound89Test, shouldKeepWhatTheRoundsRulesMustNotTouch) {
    EXPECT_EQ(blindSay("The list of flood warnings grew as the Ouse rose to 5.1m.", "en-GB"),
              "The list of flood warnings grew as the Ouse rose to five point one meters.");
    EXPECT_EQ(blindSay("She ran the 400m in front of a waiting crowd.", "en-GB"), "She ran the four hundred meters in front of a waiting crowd.");
    EXPECT_EQ(blindSay("Patients with type I need insulin."), "Patients with type one need insulin.");
    EXPECT_EQ(blindSay("Each building was 2C cooler."), "Each building was two degrees Celsius cooler.");
    EXPECT_EQ(blindSay("Number: 12-14 people attended."), "Number: twelve to fourteen people attended.");
    EXPECT_EQ(blindSay("The UPC 2024 conference opened."), "The U.P.C twenty twenty-four conference opened.");
    EXPECT_EQ(blindSay("They met at Main St. Baptist Church."), "They met at Main Street Baptist Church.");
    EXPECT_EQ(blindSay("Eskom needs R5B this year."), "Eskom needs five billion rand this year.");
    EXPECT_EQ(blindSay("Waves of 3'-5' are expected."), "Waves of three feet to five feet are expected.");
    EXPECT_EQ(blindSay("The boat is 5' end to end."), "The boat is five feet end to end.");
    EXPECT_EQ(blindSay("The survivors were found 8nm NW-SW of the rig."), "The survivors were found eight nautical miles NW-SW of the rig.");
    EXPECT_EQ(blindSay("The NHS 2.5-2024 budget was cut."), "The NHS two point five to two thousand twenty-four budget was cut.");
    EXPECT_EQ(blindSay("Use a \xC2\xBD\" drill bit."), "Use a half-inch drill bit.");
    EXPECT_EQ(blindSay("The 6\xC2\xBD\" screen is big."), "The six-and-a-half-inch screen is big.");
    EXPECT_EQ(blindSay("Hail was 3\xC2\xBD\" across."), "Hail was three and a half inches across.");
    EXPECT_EQ(blindSay("do grupo D. Cristiano Ronaldo marcou", "pt"), "do grupo D. Cristiano Ronaldo marcou");
    EXPECT_EQ(blindSay("Francesco S. Martino ha detto", "it"), "Francesco S. Martino ha detto");
    EXPECT_EQ(blindSay("Op vr 31/06 is de deadline.", "nl"), "Op vr 31/06 is de deadline.");
    EXPECT_EQ(withoutGluedReferences("He said \"he is dead.\"10 Downing Street declined."), "He said \"he is dead.\"10 Downing Street declined.");
    EXPECT_EQ(withoutNoteMarks("He said [PM: Rishi Sunak] was late.", nullptr), "He said [PM: Rishi Sunak] was late.");
}

// Furniture's new lines only where they are furniture: a police appeal, a sentence reporting a disclosure, a sponsor that is
// no name.
TEST(BlindRound89Test, shouldKeepAppealsReportsAndSentencesLikeFurniture) {
    const Article a = blindTextArticle(kSchoolStory +
                                       "Critics say readers rarely notice when a review site says we may receive compensation for purchases.\n");
    EXPECT_NE(blindBodyOf(a).find("Critics say"), std::string::npos) << blindBodyOf(a);
    EXPECT_FALSE(isCallToAction("Powered by federal infrastructure money"));
    EXPECT_TRUE(isCallToAction("Presented by NorthPeak Wealth [2]"));
    const Article b = blindTextArticle(
        "Overval op juwelier\n\nBij een overval op een juwelier in het centrum van Zwolle is dinsdagavond een medewerker gewond "
        "geraakt. De twee daders gingen er op een scooter vandoor.\n\nDe politie zoekt getuigen van de overval en wil ook camerabeelden "
        "zien.\n\nHeb jij een tip over de overval? Bel dan de politie via 0900-8844.\n");
    EXPECT_NE(blindBodyOf(b).find("Heb jij een tip"), std::string::npos) << blindBodyOf(b);
}

// A speaker's label that opens a turn twice is no dateline only where two speakers take turns: a round-up's places are.
TEST(BlindRound89Test, shouldTellASpeakersLabelFromARoundUpsDatelines) {
    const Article a = blindTextArticle(
        "India briefs\n\nNEW DELHI: The government on Monday raised the minimum support price for wheat by 6%, officials said.\n\n"
        "MUMBAI: Shares closed higher for a third day as banks rallied on hopes of a rate cut next month.\n\n"
        "NEW DELHI: The weather office forecast heavy rain in the capital for the rest of the week.\n");
    const Script s = buildScript(a, ScriptOptions{});
    std::string all;
    for (const Utterance& u : s.utterances) all += u.text + "\n";
    EXPECT_NE(all.find("New Delhi."), std::string::npos) << all;
}

// A sentence of the story with a link inside it, set in a block of its own, stays; a note that ends on its link does not.
TEST(BlindRound89Test, shouldKeepASentenceWithALinkInsideIt) {
    const std::string block = "<div data-component=\"text-block\"><p>";
    const Article a = blindPageArticle(
        "<html><head><title>Bridge tolls will not return</title></head><body><article><h1>Bridge tolls will not return</h1>" + block +
        "Tolls will not return to the Severn bridges, the Welsh government has said, despite a large bill to repair the newer crossing "
        "over the next four years.</p></div>" + block +
        "Charges of six pounds for cars were scrapped in December 2018, ending 52 years of tolls on the route between England and "
        "Wales.</p></div>" + block +
        "Motorists were told to expect delays of up to <a href=\"https://example.co.uk/travel\">45 minutes at peak times</a> during "
        "the works.</p></div>" + block +
        "A spokeswoman said the work was essential to keep the bridge open for the next 120 years, and that the older bridge was not "
        "affected.</p></div>" + block + "For other uses, see <a href=\"/wiki/x\">Severn Bridge (disambiguation)</a>.</p></div>"
        "</article></body></html>");
    EXPECT_NE(blindBodyOf(a).find("Motorists were told"), std::string::npos) << blindBodyOf(a);
    EXPECT_EQ(blindBodyOf(a).find("For other uses"), std::string::npos) << blindBodyOf(a);
}

// A ticker in brackets linked to its quote page, after a company's name or in its own brackets, is not read; the screen
// reader's note after a link either.
TEST(BlindRound89Test, shouldDropQuoteChipsInBrackets) {
    const Article a = blindPageArticle(
        "<html><head><title>Costco keeps chicken price</title></head><body><article><h1>Costco keeps chicken price</h1>"
        "<p>Costco Wholesale (<a href=\"https://finance.example.com/quote/COST/\">COST</a>) said Thursday that its rotisserie chicken "
        "will stay at $4.99 through at least the end of fiscal 2027, even as tariffs push up costs.</p>"
        "<p>Copper inventories in warehouses <a href=\"https://example.com/markets/quote/MCU-STX-LME\">(MCU-STX-LME)</a>, opens new tab "
        "fell 3,175 tons to 98,650 tons, the lowest since October 2024, traders said on Friday.</p>"
        "<p>The company (<a href=\"/quote/AAPL\">AAPL</a>) reported results, and analysts at the bank said gains could continue.</p>"
        "</article></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("Costco Wholesale said Thursday"), std::string::npos) << body;
    EXPECT_NE(body.find("warehouses fell 3,175 tons"), std::string::npos) << body;
    EXPECT_NE(body.find("(AAPL)"), std::string::npos) << body;
}

// A Markdown table keyed by a figure under a column's word names the key with it.
TEST(BlindRound89Test, shouldNameAFigureKeyedRow) {
    const Article a = blindTextArticle(
        "# Trees\n\nThe city will plant trees in three wards over the next decade, the council decided on Tuesday night.\n\n"
        "| Ward | Canopy today | Trees planned |\n|------|-------------:|--------------:|\n| 3    | 12%          | 24,000        |\n",
        "trees.md");
    EXPECT_NE(blindBodyOf(a).find("Ward 3, Canopy today 12%, Trees planned 24,000."), std::string::npos) << blindBodyOf(a);
}

// A conference record is no height; a tip line's word for its figures; a page's age stamps and its app and video teasers.
TEST(BlindRound89Test, shouldReadARecordATipLineAndDropStampsAndTeasers) {
    EXPECT_EQ(blindSay("The Buckeyes (8-1, 6-0 Big Ten) won."), "The Buckeyes, eight and one, six and oh Big Ten, won.");
    EXPECT_EQ(blindSay("He is a 6-2 forward."), "He is a six-foot-two forward.");
    EXPECT_EQ(blindSay("Call the tip line at 215-686-TIPS (8477) today."), "Call the tip line at two one five, six eight six, tips today.");
    EXPECT_TRUE(isCallToAction("Posted 5h ago 5 hours ago, updated 19m ago 19 minutes ago"));
    EXPECT_FALSE(isCallToAction("Updated figures released a week ago showed a rise."));
    EXPECT_TRUE(isBoilerplate("347 Read in app"));
    const Article a = blindPageArticle(
        "<html><head><title>Mumbai rains flood subway</title></head><body><article><h1>Mumbai rains flood subway</h1>"
        "<p>Heavy rain lashed Mumbai for a second day on Tuesday, flooding the Andheri subway and forcing police to divert traffic "
        "during the morning rush hour.</p><div class=\"watch-video\"><span>Watch</span><span>Mumbai rains: Heavy waterlogging in "
        "Andheri subway; traffic diverted</span></div><p>The weather office has issued an orange alert for the city and its suburbs "
        "until Thursday, with more heavy showers expected.</p></article></body></html>");
    EXPECT_EQ(blindBodyOf(a).find("waterlogging"), std::string::npos) << blindBodyOf(a);
    EXPECT_NE(blindBodyOf(a).find("orange alert"), std::string::npos);
}

// "N+" after a determiner qualifies what follows; a model's number after its name in capitals made plural; a mortgage's years.
TEST(BlindRound89Test, shouldReadPlusPluralModelsAndAMortgagesYears) {
    EXPECT_EQ(blindSay("It needs a 740+ FICO score."), "It needs a seven hundred forty-plus FICO score.");
    EXPECT_EQ(blindSay("There were 100+ people."), "There were more than one hundred people.");
    EXPECT_EQ(blindSay("United grounded its MAX 9s."), "United grounded its Max nines.");
    EXPECT_EQ(blindSay("It had a lead of 12s."), "It had a lead of twelve seconds.");
    EXPECT_EQ(blindSay("It bought four 737s."), "It bought four seven thirty-sevens.");
    EXPECT_EQ(blindSay("Rates on a 5/1 ARM rose."), "Rates on a five-one ARM rose.");
}

// A pull quote the story repeats goes with its credit, whoever the story named.
TEST(BlindRound89Test, shouldDropARepeatedPullQuotesCredit) {
    const Article a = blindPageArticle(
        "<html><head><title>Utility bills to rise</title></head><body><article><h1>Utility bills to rise</h1>"
        "<p>Regulators on Tuesday approved a rate increase for the state's largest utility, adding about $9 a month to a typical "
        "household bill from January.</p><p>\xE2\x80\x9CNobody likes to see their bill go up, but the alternative is a grid that fails when "
        "Ohioans need it most,\xE2\x80\x9D said Jenna Morales, the company's vice president, in a statement.</p>"
        "<figure class=\"wp-block-pullquote\"><blockquote><p>\xE2\x80\x9CNobody likes to see their bill go up, but the alternative is a grid "
        "that fails when Ohioans need it most.\xE2\x80\x9D</p><cite>Consumers\xE2\x80\x99 Counsel Maureen R. Willis</cite></blockquote></figure>"
        "<p>Consumer groups said they would appeal the decision to the state Supreme Court before the end of the year.</p>"
        "</article></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("Willis"), std::string::npos) << body;
    EXPECT_NE(body.find("Consumer groups said"), std::string::npos) << body;
}

// The review's cases: a service line before "in"; a walk in metres; a saint's gender; a queen's title; two-letter words made
// plural; a time that ends its sentence before the next one's opener.
TEST(BlindRound89Test, shouldKeepTheReviewsCases) {
    EXPECT_EQ(blindSay("Use NHS 111 in the first instance.", "en-GB"), "Use NHS one one one in the first instance.");
    EXPECT_EQ(blindSay("Patients were asked to walk 6m in six minutes.", "en-GB"), "Patients were asked to walk six meters in six minutes.");
    EXPECT_EQ(blindSay("W/L 10/4 this year"), "W-L ten and four this year");
    EXPECT_EQ(blindSay("a S. Croce e a S. Nicola", "it"), "a Santa Croce e a San Nicola");
    EXPECT_EQ(blindSay("di S. Agata", "it"), "di Sant'Agata");
    EXPECT_EQ(blindSay("a Rainha D. Leonor chegou", "pt"), "a Rainha Dona Leonor chegou");
    EXPECT_EQ(blindSay("the DOs and DON'Ts"), "the DOs and DON'Ts");
    SentenceSplitter split{"en"};
    EXPECT_EQ(split("He caught the 6:47 a.m. The train was late.").size(), 2u);
    EXPECT_EQ(split("The 6:47 a.m. Paoli train was late.").size(), 1u);
}

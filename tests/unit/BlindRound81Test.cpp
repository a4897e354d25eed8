// Blind round 81: what listeners found wrong in pages and pasted texts written for the round, each fix beside the
// neighbouring case that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "text/SentenceSplitter.hpp"

using namespace readcast;

namespace {

const std::string kSchoolStory =
    "RIVERTON \xE2\x80\x94 The Riverton Unified School District is facing a $14.6 million budget shortfall for the 2025-26 school "
    "year, district officials said Monday, and the board is weighing whether to close two elementary schools.\n\n"
    "Enrollment has fallen from 12,480 students in 2019 to 10,915 this fall, a drop of about 12.5%, Superintendent Carla Nguyen said.\n\n";

}  // namespace

// A draft's notes to colleagues and the desk, in brackets or double brackets or after a desk's label in round brackets, are
// not read; the writer's own aside in round brackets is.
TEST(BlindRound81Test, shouldLeaveOutADraftsNotesToTheDesk) {
    const Article a = blindTextArticle("District faces shortfall\n\n" + kSchoolStory +
                                       "[Comment from Marcus: can we get the exact figure from the CFO? Lena: TK]\n\n"
                                       "The district's chief financial officer said the gap could grow by 2027.\n\n"
                                       "[[NEED PHOTO of Lincoln \xE2\x80\x94 ask photo desk]]\n\n"
                                       "(Suggested: add sidebar w/ 10-yr enrollment chart \xE2\x80\x94 ML)\n\n"
                                       "[hold for legal review before 6pm \xE2\x80\x94 JK]\n\n"
                                       "(Note: the district's figures exclude charter schools.)\n\n"
                                       "A vote on the closures is scheduled for April 14 at 6 p.m.\n");
    const std::string body = blindBodyOf(a);
    for (const char* note : {"Comment from", "NEED PHOTO", "Suggested", "legal review"}) EXPECT_EQ(body.find(note), std::string::npos) << note;
    EXPECT_NE(body.find("exclude charter schools"), std::string::npos);
    EXPECT_NE(body.find("A vote on the closures"), std::string::npos);
}

// A release's contact field is no headline.
TEST(BlindRound81Test, shouldTakeNoHeadlineFromAReleasesContactLine) {
    const Article a = blindTextArticle("MAPLE GROVE POLICE DEPARTMENT\nPRESS RELEASE\nFOR IMMEDIATE RELEASE\nDate: 03/03/2025\n"
                                       "Contact: Sgt. Teresa Vance, Public Information Officer, (555) 214-7780\n\n"
                                       "Two arrested after armed robbery at N. Main St. convenience store\n\n"
                                       "On Saturday, March 1, 2025, officers were dispatched to the 1200 block of N. Main St. after a report of "
                                       "an armed robbery at the QuickStop Market.\n\nThe clerk, a 52-year-old man, told officers that two "
                                       "suspects entered the store, one displaying a handgun, and demanded cash from the register.\n");
    EXPECT_EQ(a.title, "Two arrested after armed robbery at N. Main St. convenience store");
}

// "--" alone under a story of some length, and a short tail under it: a newsletter's foot, a forwarder's name, a notice.
TEST(BlindRound81Test, shouldLeaveOutWhatFollowsASignatureMarkUnderAStory) {
    std::string story;
    for (int k = 0; k < 4; ++k) {
        story += "The library board voted 5 to 2 to cut weekend hours at the Northgate branch, saying the budget left no other choice "
                 "this year.\n\n";
    }
    const Article a = blindTextArticle("Library cuts weekend hours\n\n" + story +
                                       "--\nEastfield Gazette | 500 Main St., Eastfield, OH 44101 | (555) 301-2200\n\n--\nTom Reilly\n"
                                       "Sent from my iPhone\n");
    EXPECT_EQ(blindBodyOf(a).find("Eastfield Gazette"), std::string::npos);
    EXPECT_EQ(blindBodyOf(a).find("Tom Reilly"), std::string::npos);
    // (A rule in Markdown, "---", is no such mark; nor is "--" over more of the story than above it.)
    const Article rule = blindTextArticle("Library cuts weekend hours\n\n" + story + "---\n\nThe branch will stay open on weekdays.\n", "story.md");
    EXPECT_NE(blindBodyOf(rule).find("stay open on weekdays"), std::string::npos);
}

// An agency's offer of alerts beside its prompt, and links under a label, at a story's foot.
TEST(BlindRound81Test, shouldLeaveOutAnAgencysAlertsPitchAndLinkLine) {
    const std::string page =
        "<html><head><title>Oregon holds off Washington</title></head><body><article><h1>Oregon holds off Washington</h1>"
        "<p>No. 7 Oregon held off Washington 31-28 on Saturday night, stopping a two-point try with 41 seconds left.</p>"
        "<p>Dante Moore threw for 287 yards and two touchdowns, and the Ducks improved to 7-1.</p>"
        "<p>Get poll alerts and updates on the AP Top 25 throughout the season. Sign up here. AP college football: "
        "https://apnews.com/hub/ap-top-25-college-football-poll and https://apnews.com/hub/college-football</p>"
        "</article></body></html>";
    const std::string body = blindBodyOf(blindPageArticle(page));
    EXPECT_EQ(body.find("poll alerts"), std::string::npos);
    EXPECT_EQ(body.find("apnews"), std::string::npos);
    EXPECT_NE(body.find("improved to 7-1"), std::string::npos);
}

// Britain's postcode areas in a list are spelled, never America's states; a list of states is still said.
TEST(BlindRound81Test, shouldSpellPostcodeAreasAndSayOnlyAListOfStates) {
    EXPECT_EQ(blindSay("Homes in the CA, LA and DG postcode areas lost power.", "en-GB"), "Homes in the C.A, L.A and D.G postcode areas lost power.");
    EXPECT_EQ(blindSay("Residents in CA, LA and DG should prepare.", "en-GB").find("California"), std::string::npos);
    EXPECT_EQ(blindSay("States like FL, TX and CA passed the law.", "en-US"), "States like Florida, Texas and California passed the law.");
    EXPECT_EQ(blindSay("It has offices in MD, VA and DC.", "en-US"), "It has offices in Maryland, Virginia and DC.");
    EXPECT_EQ(blindSay("The firm sells postcode data and expanded into TX, OK and AR.", "en-US").find("T.X"), std::string::npos);
}

// English: a round thousand as a house's number, a team's records with its conference's name, a police radio's ten-code,
// the change year on year written short, an index's name.
TEST(BlindRound81Test, shouldReadHouseNumbersRecordsTenCodesAndIndexes) {
    EXPECT_EQ(blindSay("Gifts to Hospice, 30000 E. River Rd., Perrysburg.", "en-US"), "Gifts to Hospice, thirty thousand East River Road, Perrysburg.");
    EXPECT_EQ(blindSay("He lives at 12345 Main St.", "en-US"), "He lives at one twenty-three forty-five Main Street.");
    EXPECT_EQ(blindSay("No. 7 Oregon (7-1, 4-1 Big Ten) hosts Iowa (5-3, 2-3).", "en-US"),
              "Number seven Oregon, seven and one, four and one Big Ten, hosts Iowa, five and three, two and three.");
    EXPECT_EQ(blindSay("The plant (5-10 Celsius) grows fast.", "en-US"), "The plant, five to ten Celsius, grows fast.");
    EXPECT_EQ(blindSay("Officers responded to a 10-31 at the store.", "en-US"), "Officers responded to a ten thirty-one at the store.");
    EXPECT_EQ(blindSay("The team won 10-3 as police watched.", "en-US"), "The team won ten to three as police watched.");
    EXPECT_NE(blindSay("Police said the council approved it on a 10-4 vote.", "en-US").find("ten to four"), std::string::npos);
    EXPECT_NE(blindSay("Deputies work a 10-12 hour shift, police said.", "en-US").find("ten to twelve"), std::string::npos);
    EXPECT_NE(blindSay("Everton (3-1 Liverpool) went top.", "en-GB").find("three to one"), std::string::npos);
    EXPECT_EQ(blindSay("Sales rose 4% yr/yr.", "en-GB"), "Sales rose four percent year on year.");
    EXPECT_EQ(blindSay("The STOXX 600 fell 0.4%.", "en-GB"), "The Stocks six hundred fell zero point four percent.");
}

// Other languages: German "S. 12" and "Einw.", a Spanish middle initial that is no king's number, and a
// month's short form between its day and its year ends no sentence.
TEST(BlindRound81Test, shouldReadPagesInhabitantsAveragesAndInitials) {
    EXPECT_EQ(blindSay("Das steht auf S. 12 des Berichts.", "de"), "Das steht auf Seite 12 des Berichts.");
    EXPECT_EQ(blindSay("Gegen Thomas S. 2021 wurde ermittelt.", "de").find("Seite"), std::string::npos);
    EXPECT_EQ(blindSay("S. Müller sagte das.", "de"), "S. Müller sagte das.");
    EXPECT_EQ(blindSay("Die Stadt hat 45.000 Einw. und wächst.", "de"), "Die Stadt hat 45.000 Einwohner und wächst.");
    EXPECT_EQ(blindSay("Fue trasladado al Hospital Civil Dr. Juan I. Menchaca.", "es").find("primero"), std::string::npos);
    EXPECT_EQ(blindSay("Lo dijo Felipe V. Después habló.", "es"), "Lo dijo Felipe quinto. Después habló.");
    EXPECT_EQ(blindSay("Reinó Carlos I. Después vino su hijo.", "es"), "Reinó Carlos primero. Después vino su hijo.");
    const std::vector<std::string> sentences = SentenceSplitter("sv")("Biljetten är gratis sedan 1 jan. 2024. Priset höjs igen.");
    ASSERT_EQ(sentences.size(), 2u);
    EXPECT_EQ(sentences.front(), "Biljetten är gratis sedan 1 jan. 2024.");
}

// A newsletter's contents under their label, and its ask to the reader it was forwarded to; an agency's letters before a
// writer's job; Italian's signature line; a league table's goal difference and points no number to call.
TEST(BlindRound81Test, shouldLeaveOutContentsAndForwardPromptsAndCleanBylines) {
    const std::string section = "Average asking rents in Portmere rose 11.4% in the 12 months to February, to £1,185 a month, according to "
                                "figures from the letting agency Coastline Homes.\n\n";
    const Article a = blindTextArticle("# The Harbour Ledger\n\nHi friends,\n\nWelcome back. If someone forwarded this to you, "
                                       "[subscribe here](https://example.org/subscribe).\n\n**In this issue:**\n\n- Rents jump 11.4% in a year\n"
                                       "- The ferry timetable fight\n\n## Rents jump 11.4% in a year\n\n" + section +
                                       "## The ferry timetable fight\n\n" + section, "issue.md");
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("forwarded"), std::string::npos);
    EXPECT_EQ(body.find("Rents jump 11.4% in a year\nRents jump"), std::string::npos);
    EXPECT_NE(body.find("Rents jump 11.4% in a year"), std::string::npos);
    // (A list the story sets out under its own words stays.)
    const Article steps = blindTextArticle("# How to claim\n\n" + section + "**What you need:**\n\n- Your latest bill\n- Proof of address\n\n" + section,
                                           "steps.md");
    EXPECT_NE(blindBodyOf(steps).find("Proof of address"), std::string::npos);

    const Article ap = blindPageArticle("<html><head><title>Oregon holds off Washington</title></head><body><article><h1>Oregon holds off "
                                        "Washington</h1><div class=\"story-byline\">By TIM HARKNESS AP Sports Writer</div><p>No. 7 Oregon held "
                                        "off Washington 31-28 on Saturday night, stopping a two-point try with 41 seconds left.</p><p>Dante Moore "
                                        "threw for 287 yards and two touchdowns, and the Ducks improved to 7-1.</p></article></body></html>");
    EXPECT_EQ(ap.byline, "Tim Harkness");
    const Article it = blindPageArticle(
        "<html><head><title>Manovra</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\","
        "\"name\":\"Redazione\"}}</script></head><body><div class=\"art-head\"><h1>Manovra, scontro sulle pensioni</h1>"
        "<div class=\"firma\">di Lorenzo De Santis e Chiara Fabbri</div></div><div class=\"art-body\"><p>Il governo cerca 4,2 miliardi per la "
        "manovra e lo scontro sulle pensioni si fa più duro nella maggioranza.</p><p>Le opposizioni chiedono un confronto in aula prima del "
        "voto finale previsto per la fine del mese prossimo.</p></div></body></html>");
    EXPECT_EQ(it.byline, "Lorenzo De Santis e Chiara Fabbri");
    EXPECT_EQ(blindSay("1 Ashcombe Town 31 19 7 5 +24 64", "en-GB").find("two four"), std::string::npos);
    EXPECT_EQ(blindSay("Call +44 20 7946 0321 now.", "en-GB"), "Call plus four four, two oh, seven nine four six, oh three two one now.");
}

// French: the elided "de" before the figure one is said with its word ("près d'1 milliard" "d'un milliard").
TEST(BlindRound81Test, shouldSayTheFigureOneAfterAnElidedDe) {
    EXPECT_EQ(blindSay("Il reste plus d'1 million d'habitants.", "fr"), "Il reste plus d'un million d'habitants.");
    EXPECT_EQ(blindSay("Le coût atteint près d'1 Md\xE2\x82\xAC.", "fr"), "Le coût atteint près d'un milliard d'euros.");
    EXPECT_EQ(blindSay("Le score est de 1-0.", "fr"), "Le score est de 1 à 0.");
}

// Swedish: an initialism's genitive after its colon said on the last letter's name ("SL:s" "ess-ells"); a word's capitals
// with their ending ("NATO:s" "Natos"); a clock and a score keep their colons.
TEST(BlindRound81Test, shouldSaySwedishInitialismsWithTheirEndings) {
    EXPECT_EQ(blindSay("Enligt SL:s prognos och EU:s regler.", "sv"), "Enligt ess-ells prognos och e-us regler.");
    EXPECT_EQ(blindSay("Inför NATO:s toppmöte.", "sv"), "Inför Natos toppmöte.");
    EXPECT_EQ(blindSay("Klockan var 14:30 och resultatet 2:1.", "sv"), "Klockan var 14:30 och resultatet 2:1.");
}

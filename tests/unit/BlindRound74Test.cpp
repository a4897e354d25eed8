// What blind round 74 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/Furniture.hpp"
#include "text/WireCopy.hpp"

using namespace readcast;

// A Korean wire's dateline in square brackets, its reporter run on after them, is the byline's: the place alone is said.
TEST(BlindRound74Test, shouldSplitAKoreanWiresDatelineInSquareBrackets) {
    const auto d = splitDateline("[세종=뉴시스]이지현 기자 = 반도체 수출이 석 달 연속 증가했다.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "세종.");
    EXPECT_EQ(d->rest, "반도체 수출이 석 달 연속 증가했다.");
    const auto round = splitDateline("(서울=연합뉴스) 김민수 기자 = 서울시가 예산을 늘렸다.");
    ASSERT_TRUE(round.has_value());
    EXPECT_EQ(round->rest, "서울시가 예산을 늘렸다.");
    // (A bracket of the story's own is no dateline.)
    EXPECT_FALSE(splitDateline("[단독] 반도체 수출이 늘었다.").has_value());
}

// A Korean portal's foot under the story: the desk's signature with the writer's address, its pointers to subscribe
// and to go elsewhere, and the portal's note on sections.
TEST(BlindRound74Test, shouldLeaveOutAKoreanPortalsFoot) {
    EXPECT_TRUE(isSignOff("◎공감언론 뉴시스 jihyun@newsis.com"));
    EXPECT_TRUE(isLinkOut("▶ 네이버에서 뉴시스 구독하기"));
    EXPECT_TRUE(isLinkOut("▶ 뉴시스 빅데이터 MSI 주가시세표 바로가기"));
    EXPECT_TRUE(isLinkOut("▶ 뉴시스 SNS [페이스북] [트위터]"));
    EXPECT_TRUE(isLinkOut("► Watch the full interview"));
    EXPECT_TRUE(isPublisherNote("기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다."));
    // (A point of the story after an arrow says a sentence; a sentence may end on an address.)
    EXPECT_FALSE(isLinkOut("▶ 정부는 다음 달 하반기 수출 전략을 발표할 예정이다."));
    EXPECT_FALSE(isLinkOut("► The council will vote on the plan next month."));
    EXPECT_FALSE(isSignOff("Tips can be sent to the desk at tips@example.com"));
}

// A promo under a one-word label in capitals is a promo.
TEST(BlindRound74Test, shouldLeaveOutAPromoUnderALabel) {
    EXPECT_TRUE(isCallToAction("DOWNLOAD: Get the free KVTN 8 Storm Tracker app"));
    EXPECT_FALSE(isCallToAction("UPDATE: The storm warning was lifted at 9 p.m."));
}

// A substitute's minute beside his rating, and a minute of stoppage time, are minutes; a length in feet stays feet.
TEST(BlindRound74Test, shouldReadAMatchsMinutesInARatingsBoxAndStoppageTime) {
    EXPECT_EQ(blindSay("Vance 5 (Okafor 46' 8); Mensah 8 (Okonkwo 83' 8).", "en-GB"),
              "Vance five, Okafor forty-sixth minute, eight; Mensah eight, Okonkwo eighty-third minute, eight.");
    EXPECT_EQ(blindSay("Okonkwo strikes in 90+4' to sink Ashbourne", "en-GB"),
              "Okonkwo strikes in the ninetieth minute plus four to sink Ashbourne");
    EXPECT_EQ(blindSay("The room is (12' 6) wide.", "en-GB"), "The room is, twelve feet six, wide.");
    EXPECT_EQ(blindSay("The wall was 12' high.", "en-GB"), "The wall was twelve feet high.");
}

// A common fraction in Russian is said in words, in the case the word before it asks for.
TEST(BlindRound74Test, shouldReadARussianFractionInItsCase) {
    EXPECT_EQ(blindSay("около 2/3 торговли", "ru"), "около двух третей торговли");
    EXPECT_EQ(blindSay("2/3 депутатов проголосовали", "ru"), "две трети депутатов проголосовали");
    EXPECT_EQ(blindSay("почти 1/2 всех", "ru"), "почти половина всех");
    EXPECT_EQ(blindSay("около 3/5 бюджета", "ru"), "около трёх пятых бюджета");
    // (Not a code or a round-the-clock "24/7".)
    EXPECT_EQ(blindSay("в режиме 24/7", "ru"), "в режиме 24/7");
}

// A wiki article copied from a browser: its edit links, tagline, hatnote, contents, pointers, references and foot go;
// its text and headings stay.
TEST(BlindRound74Test, shouldReadAWikiArticleWithoutItsChrome) {
    const Article a = blindTextArticle(
        "Thermohaline circulation\nFrom Wikipedia, the free encyclopedia\n"
        "This article is about the global ocean current system. For the atmospheric equivalent, see Hadley cell.\n\n"
        "Thermohaline circulation is a part of the large-scale ocean circulation that is driven by global density gradients created by "
        "surface heat and freshwater fluxes.[1][2]\n\nContents\n1 Overview\n2 Possible slowdown\n3 References\n\n"
        "Overview[edit]\nThe movement of surface currents pushed by the wind is fairly intuitive, and the deep ocean was long assumed "
        "to be static.[5]\n\nPossible slowdown[edit]\nMain article: Atlantic meridional overturning circulation\n"
        "Some studies suggest that the circulation has weakened by around 15% since the mid-20th century, although records are short.[17]\n\n"
        "References[edit]\n^ Rahmstorf, S. (2003). \"The concept of the thermohaline circulation\". Nature. 421 (6924): 699.\n\n"
        "Retrieved from \"https://en.wikipedia.org/w/index.php?title=Thermohaline_circulation&oldid=1234567890\"\n"
        "Categories: Physical oceanography | Ocean currents\nThis page was last edited on 4 February 2025, at 17:22 (UTC).\n");
    EXPECT_EQ(a.title, "Thermohaline circulation");
    const std::string body = blindBodyOf(a);
    for (const char* gone : {"Wikipedia", "This article is about", "Contents", "1 Overview", "[edit]", "edit\n", "Main article", "Rahmstorf",
                             "Retrieved", "Categories", "last edited"}) {
        EXPECT_EQ(body.find(gone), std::string::npos) << gone;
    }
    for (const char* kept : {"Overview\n", "Possible slowdown\n", "driven by global density", "fairly intuitive", "weakened by around"}) {
        EXPECT_NE(body.find(kept), std::string::npos) << kept;
    }
    // (A text that only mentions an edit is no wiki's copy.)
    const Article plain = blindTextArticle("Editors at work\n\nThe newsroom added a note [edit] to the story after readers wrote in about "
                                           "the error in its second paragraph on Tuesday.\n\nFrom Wikipedia to wikis: the editors said more.\n");
    EXPECT_NE(blindBodyOf(plain).find("From Wikipedia to wikis"), std::string::npos);
}

// An election's tally, a line a party with its seats and their change in brackets, is the story's, said in words.
TEST(BlindRound74Test, shouldReadAnElectionTallyLineByLine) {
    const Article a = blindTextArticle(
        "Election results\n\nWith 598 of 650 seats declared, our projection now puts the parties on the following totals:\n\n"
        "Lab 298 (-113)\nCon 211 (+90)\nLD 64 (-8)\nOthers 11\n\nMajority needed: 326. Turnout is running at 63.4 per cent, up from "
        "59.8 per cent in 2024 and the highest since the 1990s.\n");
    EXPECT_NE(blindBodyOf(a).find("Lab 298 (-113)\nCon 211 (+90)\nLD 64 (-8)\n"), std::string::npos);
    EXPECT_EQ(blindSay("Lab 298 (-113)", "en-GB"), "Labour two hundred and ninety-eight, down one hundred and thirteen");
    EXPECT_EQ(blindSay("Con 211 (+90)", "en-GB"), "Conservative two hundred and eleven, up ninety");
    // (A batsman's line in a scorecard is still a scorecard's; a lab's number is no party's.)
    EXPECT_EQ(blindSay("Room Lab 3 is closed.", "en-GB"), "Room Lab three is closed.");
}

// A notice's venues and their hours are what it tells: an address ends on its postcode, a schedule names days and hours.
TEST(BlindRound74Test, shouldKeepANoticesVenuesAndHours) {
    const Article a = blindTextArticle(
        "Measles clinics open across the borough\n\nCases of measles are rising across north London, and the council has opened walk-in "
        "clinics for children and adults who have missed doses.\n\nWalk-in clinics (no appointment needed)\n\n"
        "Harrowdene Leisure Centre, Station Road, HD4 7QT\nMon–Fri 9am–5pm; Sat 10am–2pm\n\n"
        "St Cuthbert's Community Hall, Mill Lane, HD1 9BB\nTues and Thurs 3.30pm–7.30pm (after-school sessions)\n\n"
        "The council said the clinics would stay open until the end of March, and more dates would be added if demand was high.\n");
    const std::string body = blindBodyOf(a);
    for (const char* kept : {"Walk-in clinics", "Harrowdene Leisure Centre, Station Road, HD4 7QT", "St Cuthbert's Community Hall",
                             "Tues and Thurs 3.30pm"}) {
        EXPECT_NE(body.find(kept), std::string::npos) << kept;
    }
}

// A sentence with its note marks after the stop is punctuated: the story's last paragraphs stay over an empty
// "References" heading.
TEST(BlindRound74Test, shouldTakeASentenceWithNoteMarksForPunctuated) {
    EXPECT_FALSE(isUnpunctuatedShortLine("The deep ocean was long assumed to be static.[5]", 15));
    EXPECT_FALSE(isUnpunctuatedShortLine("The density reaches 1,050 kg/m3.[citation needed]", 15));
    EXPECT_TRUE(isUnpunctuatedShortLine("Most read [3]", 15));
    const Article a = blindTextArticle(
        "Ocean currents slow down\n\nThe deep ocean circulation has weakened by around fifteen per cent since the middle of the last century, "
        "scientists say.\n\nSlowdown\nSome studies suggest that the circulation has weakened further, although records are short and the "
        "trend is disputed.[17]\n\nReferences\n");
    EXPECT_NE(blindBodyOf(a).find("the trend is disputed"), std::string::npos);
}

// "13.7m (44.9ft)" is a length given again in feet, and a figure in "m" beside it is one too; money stays money.
TEST(BlindRound74Test, shouldReadMetresGivenAgainInFeet) {
    EXPECT_EQ(blindSay("The port cut the maximum draft for ships to 13.7m (44.9ft), down from 15.2m.", "en-GB"),
              "The port cut the maximum draft for ships to thirteen point seven meters, forty-four point nine feet, down from fifteen point two meters.");
    EXPECT_EQ(blindSay("The 13.7m people affected.", "en-GB"), "The thirteen point seven million people affected.");
}

// A ship's tonnage in capitals is gross tons; a year before a model's name is a year.
TEST(BlindRound74Test, shouldReadAShipsGrossTonnage) {
    EXPECT_EQ(blindSay("Container ships over 130,000 GT were diverted.", "en-GB"),
              "Container ships over one hundred and thirty thousand gross tons were diverted.");
    EXPECT_EQ(blindSay("Emissions hit 37 Gt of carbon.", "en-GB"), "Emissions hit thirty-seven gigatonnes of carbon.");
    EXPECT_EQ(blindSay("The 2024 GT model sold out.", "en-GB"), "The twenty twenty-four GT model sold out.");
}

// A document's "Last edited" after the writer's name is the date's label, not the name's.
TEST(BlindRound74Test, shouldEndABylineBeforeLastEdited) {
    const Article a = blindTextArticle("# Four-day week trial: what 61 companies learned\n\n**Written by** Hannah Abernethy-Osei\n"
                                       "**Last edited** 2 June 2025\n\nFifty-four of the sixty-one firms kept the four-day week after the trial "
                                       "ended, the organisers said on Monday.\n",
                                       "notes.md");
    EXPECT_EQ(a.byline, "Hannah Abernethy-Osei");
}

// A press contact's line, a name and a number, is no sentence of the release; a line that tells the reader to call is.
TEST(BlindRound74Test, shouldLeaveOutAPressContactsLine) {
    EXPECT_TRUE(isContactLine("Marcus Lindqvist, Chief Financial Officer    +44 (0)20 7946 0321"));
    EXPECT_TRUE(isContactLine("Tessa Moyo / Jonah Pryce                      +44 (0)20 7404 5959"));
    EXPECT_FALSE(isContactLine("Call the helpline on 0300 123 4567"));
    EXPECT_FALSE(isContactLine("The council's number for the scheme is 0300 123 4567."));
}

// (A notice's date field is no telephone number.)
TEST(BlindRound74Test, shouldNotTakeADateFieldForAPhoneNumber) {
    EXPECT_FALSE(isContactLine("DATE: Thursday 08.05.2025"));
    EXPECT_FALSE(isContactLine("Opening day 12 03 2025"));
}

// A broadcast script: the reader's words without the studio's cues, the pronunciation guides or the crew's line; its
// title and date from its first line.
TEST(BlindRound74Test, shouldReadABroadcastScriptWithoutItsCues) {
    const Article a = blindTextArticle(
        "MIDDAY NEWS BULLETIN — THURSDAY 12 JUNE 2025\nProducer: KAREN OYELARAN-SMITH   Duration: 4'30\"   Reader: DAVID MCALLISTER\n\n"
        "Rescue teams in the French Alps are searching for two British climbers who went missing near CHAMONIX [PRON: SHAM-oh-nee] "
        "late last night.\n\nVO: Helicopters from the mountain rescue unit have been flying since first light, police said.\n\n"
        "SOT: CAPTAIN JULIEN CHEVANNES [PRON: sheh-VAHN], PGHM (0:41)\nIN: \"We have located equipment...\"\n"
        "OUT: \"...but the slope remains unstable.\"\nDUR: 0:14\n\nThe Foreign Office says it is supporting the families of the two men.\n");
    EXPECT_EQ(a.title, "MIDDAY NEWS BULLETIN");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->day, 12);
    const std::string body = blindBodyOf(a);
    for (const char* gone : {"PRON", "SHAM-oh-nee", "VO:", "SOT", "IN:", "OUT:", "DUR:", "Producer", "We have located"}) {
        EXPECT_EQ(body.find(gone), std::string::npos) << gone;
    }
    EXPECT_NE(body.find("near CHAMONIX late last night."), std::string::npos) << body;
    EXPECT_NE(body.find("\nHelicopters from the mountain rescue unit"), std::string::npos) << body;
    // (A story's own "Out:" in a sentence, one cue alone, is the story's.)
    const Article story = blindTextArticle("Cup draw made\n\nThe draw for the fourth round was made on Monday night at the club's ground.\n\n"
                                           "Out: the holders, beaten on penalties by a side from the fifth tier of English football.\n");
    EXPECT_NE(blindBodyOf(story).find("Out: the holders"), std::string::npos);
}

// A title and its date after a dash on a text's first line: the title alone is the headline.
TEST(BlindRound74Test, shouldPartATitleFromItsDate) {
    const Article a = blindTextArticle("Weekly markets briefing — Thursday 12 June 2025\n\nShares in London rose on Thursday after the Bank of "
                                       "England held interest rates at 4.25 per cent, as expected by most economists.\n");
    EXPECT_EQ(a.title, "Weekly markets briefing");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->month, 6);
}

// A podcast's transcript: its question in quotes is the headline, and the "Transcript" tab under it no line of it.
TEST(BlindRound74Test, shouldTakeAQuotedQuestionForTheHeadline) {
    const Article a = blindTextArticle("The Inside Track, Episode 212: \"Why is my train always late?\"\nTranscript\nReleased 12 September 2025.\n\n"
                                       "[00:00:08] GEMMA ACHTERBERG: Hello and welcome to The Inside Track, the podcast about the systems that "
                                       "quietly run our lives. Today: trains.\n\n[00:00:24] DANIEL OKONKWO-REID: Only four? That is better than "
                                       "most of the lines I have studied over the past twenty years.\n");
    EXPECT_EQ(a.title, "The Inside Track, Episode 212: \"Why is my train always late?\"");
    EXPECT_EQ(blindBodyOf(a).find("Transcript\n"), std::string::npos);
}

// A clock's reading in a story of trains and clocks is hours and minutes; a price or a share stays a decimal.
TEST(BlindRound74Test, shouldReadABritishClockInATrainStory) {
    EXPECT_EQ(blindSay("The station clock says 12.47", "en-GB"), "The station clock says twelve forty-seven");
    EXPECT_EQ(blindSay("your 7.42 was late again", "en-GB"), "your seven forty-two was late again");
    EXPECT_EQ(blindSay("It was 12.47 when he arrived.", "en-GB"), "It was twelve forty-seven when he arrived.");
    EXPECT_EQ(blindSay("At 12.47 the train stopped.", "en-GB"), "At twelve forty-seven the train stopped.");
    EXPECT_EQ(blindSay("At 12.47 the shares were flat.", "en-GB"), "At twelve point four seven the shares were flat.");
    EXPECT_EQ(blindSay("My 4.25 mortgage rate is fixed.", "en-GB"), "My four point two five mortgage rate is fixed.");
}

// A result's "Maj:" field is its majority.
TEST(BlindRound74Test, shouldReadAResultsMajorityField) {
    EXPECT_EQ(blindSay("Maj: 1,847. Turnout: 61.9%.", "en-GB"),
              "Majority: one thousand eight hundred and forty-seven. Turnout: sixty-one point nine percent.");
}

// Italian elides the article before "otto" and "undici": "l'8 aprile", "dall'11 marzo".
TEST(BlindRound74Test, shouldElideTheItalianArticleBeforeEightAndEleven) {
    EXPECT_EQ(blindSay("Pubblicato il 8 aprile 2025.", "it"), "Pubblicato l'otto aprile 2025.");
    EXPECT_EQ(blindSay("dal 11 marzo al 8 aprile", "it"), "dall'undici marzo all'otto aprile");
    EXPECT_EQ(blindSay("il 18 aprile", "it"), "il 18 aprile");
}

// A street's quarter after its type, or between its name and its type, is a compass point.
TEST(BlindRound74Test, shouldReadAStreetsQuarterAfterItsType) {
    EXPECT_EQ(blindSay("The shelter at 3443 S. 129th E. Ave. is open.", "en-US"),
              "The shelter at thirty-four forty-three South One hundred twenty-ninth East Avenue is open.");
    EXPECT_EQ(blindSay("Flooding closed 121st St. S. near the school.", "en-US"), "Flooding closed one hundred twenty-first Street South near the school.");
    EXPECT_EQ(blindSay("He met Ann St. S. Jones.", "en-US"), "He met Ann Street S Jones.");
}

// A ratio of three parts, hundreds among them, is a ratio; a clock's hours, minutes and seconds stay a clock.
TEST(BlindRound74Test, shouldReadARatioOfHundreds) {
    EXPECT_EQ(blindSay("the \"100:80:100\" model", "en-GB"), "the one hundred to eighty to one hundred model");
    EXPECT_EQ(blindSay("at 10:30:15", "en-GB"), "at ten hours, thirty minutes and fifteen seconds");
}

// A court's press summary: the case's name is its headline, not the field under it; its neutral citation keeps its year.
TEST(BlindRound74Test, shouldTakeACasesNameForTheHeadline) {
    const Article a = blindTextArticle(
        "PRESS SUMMARY\n\nHalvorsen Shipping Ltd (Appellant) v Commissioners for His Majesty's Revenue and Customs (Respondent)\n"
        "[2025] UKSC 18\nOn appeal from: [2023] EWCA Civ 412\n\nJUSTICES: Lord Reed (President), Lord Hodge (Deputy President), Lady Rose, "
        "Lord Hamblen, Lady Simler\n\nThis appeal concerns the meaning of \"qualifying vessel\" in the Tonnage Tax Act and whether a company "
        "whose ships spent most of the period laid up could remain within the regime.\n\nHalvorsen Shipping operates a fleet of eleven "
        "dry-bulk carriers, seven of which were laid up at anchor off Singapore during the pandemic.\n");
    EXPECT_EQ(a.title, "Halvorsen Shipping Ltd (Appellant) v Commissioners for His Majesty's Revenue and Customs (Respondent)");
    EXPECT_EQ(blindSay("Halvorsen Shipping Ltd (Appellant) v Commissioners for HMRC (Respondent)", "en-GB"),
              "Halvorsen Shipping Limited, Appellant, versus Commissioners for HMRC, Respondent");
    EXPECT_EQ(blindSay("[2025] UKSC 18", "en-GB"), "twenty twenty-five, U.K.S.C eighteen");
    // (A note mark left at a sentence's start still goes.)
    EXPECT_EQ(blindSay("[12] In 1645 he left.", "en-GB"), "In sixteen forty-five he left.");
}

// A tabloid's facts under arrows are a list of the story; a pointer under an arrow, or a row of bracketed networks, is not.
TEST(BlindRound74Test, shouldReadAListUnderArrows) {
    const Article a = blindTextArticle(
        "Council approves housing plan\n\nThe council approved a plan on Tuesday to build thousands of homes on the edge of the city over the "
        "next decade.\n\n► 3,000 homes to be built by 2030\n► A new primary school on the site\n► Two bus routes extended\n\n"
        "► Read more: Mayor backs new tram line\n\nThe plan will now go to the mayor for final approval, officials said on Tuesday evening.\n");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("3,000 homes to be built by 2030\nA new primary school on the site\nTwo bus routes extended\n"), std::string::npos) << body;
    EXPECT_EQ(body.find("Read more"), std::string::npos) << body;
    EXPECT_TRUE(isLinkOut("뉴시스 SNS [페이스북] [트위터]"));
    EXPECT_TRUE(isLinkOut("Follow us [Facebook] [X] [Instagram]"));
    EXPECT_FALSE(isLinkOut("The mayor [Jane Doe] said the plan [for the tram] would go ahead."));
}

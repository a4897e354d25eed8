// What blind round 63 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"

#include "text/SentenceSplitter.hpp"
#include "text/StoryCues.hpp"

using namespace readcast;

// A story is a cricket report by cricket's own words throughout, not by one of them or by a baseball game's innings.
TEST(BlindRound63Test, shouldKnowACricketReportByItsWordsThroughout) {
    const Article report = blindTextArticle(
        "Babar powers Pakistan to 43-run win\n\nBabar Azam made 102 as Pakistan beat South Africa in the first ODI.\n\n"
        "Shaheen took four wickets and South Africa were bowled out in 46.3 overs.\n\nPakistan had slipped to 38-2 early on.\n");
    EXPECT_TRUE(cuesOfStory(report).cricket);
    EXPECT_FALSE(isCricketReport("The minister, a keen follower of cricket, said the budget would be balanced. The vote is on Tuesday."));
    EXPECT_FALSE(isCricketReport("Cole pitched seven innings and the Yankees won 5-2. The bullpen held on for two innings."));
    EXPECT_FALSE(cuesOfStory(blindTextArticle("Council approves budget\n\nThe council approved a budget of $4m for 2026-27.\n")).cricket);
}

// In a cricket report a score with a dash is runs for wickets, a bowler's figures wickets for runs, though the sentence
// names no wicket; a series score and a year's span stay as they were.
TEST(BlindRound63Test, shouldReadACricketReportsScoresAsRunsForWickets) {
    EXPECT_EQ(blindSayInCricketReport("Pakistan had slipped to 38-2 when Babar came in."),
              "Pakistan had slipped to thirty-eight for two when Babar came in.");
    EXPECT_EQ(blindSayInCricketReport("Kagiso Rabada 2-51, Lungi Ngidi 2-57"), "Kagiso Rabada two for fifty-one, Lungi Ngidi two for fifty-seven");
    EXPECT_EQ(blindSayInCricketReport("Shaheen Shah Afridi (4-38) was named player of the match."),
              "Shaheen Shah Afridi, four for thirty-eight, was named player of the match.");
    EXPECT_EQ(blindSayInCricketReport("England were 42-0 at lunch."), "England were forty-two without loss at lunch.");
    EXPECT_EQ(blindSayInCricketReport("Pakistan lead the series 2-1."), "Pakistan lead the series two-one.");
    EXPECT_EQ(blindSayInCricketReport("The 2025-26 season starts in May."), "The twenty twenty-five to twenty-six season starts in May.");
    // (A roundup's rugby or football result keeps its score.)
    EXPECT_EQ(blindSayInCricketReport("Pollard kicked well in their 31-10 win over Glasgow."), "Pollard kicked well in their thirty-one to ten win over Glasgow.");
    EXPECT_EQ(blindSayInCricketReport("The Bulls beat Glasgow 31-10."), "The Bulls beat Glasgow thirty-one to ten.");
    // (Outside a cricket report the same figures are no cricket: a bowler's shape is a range, a slip a team's record.)
    EXPECT_EQ(blindSay("Kagiso Rabada 2-51", "en-GB"), "Kagiso Rabada two to fifty-one");
    EXPECT_EQ(blindSay("The Lakers slipped to 38-22 on the season."), "The Lakers slipped to thirty-eight and twenty-two on the season.");
}

// A side that goes a goal up, or leads a series, is "one-nil up", "two-one" in British English, "one to nothing" in
// American; a share's range going up stays a range.
TEST(BlindRound63Test, shouldReadASideGoingAheadAsAScore) {
    EXPECT_EQ(blindSay("Arsenal went 1-0 up after ten minutes.", "en-GB"), "Arsenal went one-nil up after ten minutes.");
    EXPECT_EQ(blindSay("They beat South Africa to go 1-0 up in the three-match series.", "en-GB"),
              "They beat South Africa to go one-nil up in the three-match series.");
    EXPECT_EQ(blindSay("India lead the series 2-1.", "en-GB"), "India lead the series two-one.");
    EXPECT_EQ(blindSay("Chelsea were 2-0 down at the break.", "en-GB"), "Chelsea were two-nil down at the break.");
    EXPECT_EQ(blindSay("Arsenal went 1-0 up after ten minutes.", "en-US"), "Arsenal went one to nothing up after ten minutes.");
    EXPECT_EQ(blindSay("Shares went 2-3 percent up.", "en-GB"), "Shares went two to three percent up.");
}

// A review's stars beside its headline, as signs in a rating box or as icons labelled for screen readers, are read
// first; stars the body gives already, or signs in a box that names no rating, are not added.
TEST(BlindRound63Test, shouldReadAReviewsStarsBesideItsHeadline) {
    const std::string body = "<div class=\"body\"><p>The production opens on a bare stage, and for much of its length it is the most "
                             "entertaining Shakespeare in London this year.</p><p>The second half is weaker, and the battle goes on "
                             "for too long, but the lead performance carries it through to the end.</p></div>";
    const auto page = [&](const std::string& beside, const std::string& inBody = "") {
        return "<html><head><title>Richard III review</title></head><body><article><h1>Richard III review: a thrilling king</h1>" + beside +
               body.substr(0, body.size() - 6) + inBody + "</div></article></body></html>";
    };
    const std::string glyphs = "<div class=\"star-rating\"><span>\xE2\x98\x85</span><span>\xE2\x98\x85</span><span>\xE2\x98\x85</span>"
                               "<span>\xE2\x98\x85</span><span class=\"empty\">\xE2\x98\x86</span></div>";
    EXPECT_EQ(blindPageArticle(page(glyphs)).blocks.front().text, "\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86");
    const std::string icons = "<div role=\"img\" aria-label=\"3.5 out of 5 stars\"><svg></svg><svg></svg><svg></svg><svg></svg></div>";
    EXPECT_EQ(blindSay(blindPageArticle(page(icons)).blocks.front().text), "Three and a half stars out of five.");
    // (Not twice, and not a row of signs in a box that names no rating.)
    const Article twice = blindPageArticle(page(glyphs, "<p>Rating: \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86</p>"));
    // (The body's own "Rating:" line is read, a field and its stars; the box beside the headline is not added over it.)
    ASSERT_NE(blindBodyOf(twice).find("Rating: \xE2\x98\x85"), std::string::npos) << blindBodyOf(twice);
    EXPECT_EQ(blindBodyOf(twice).find("\xE2\x98\x85"), blindBodyOf(twice).find("Rating: \xE2\x98\x85") + 8);
    const std::string decoration = "<div class=\"divider\">\xE2\x98\x85 \xE2\x98\x85 \xE2\x98\x85</div>";
    EXPECT_EQ(blindBodyOf(blindPageArticle(page(decoration))).find("\xE2\x98\x85"), std::string::npos);
}

// Midnight named by a weekday on the twenty-four-hour clock: "00:00 on Tuesday" opens Tuesday, so it is Monday night's
// midnight ("midnight on Tuesday" is heard a day late); "24:00 on Friday" closes Friday.
TEST(BlindRound63Test, shouldSayMidnightByTheNightItEnds) {
    EXPECT_EQ(blindSay("The warning is valid from 00:00 on Tuesday.", "en-ZA"), "The warning is valid from midnight on Monday night.");
    EXPECT_EQ(blindSay("The curfew runs until 24:00 on Friday.", "en-GB"), "The curfew runs until midnight on Friday night.");
    EXPECT_EQ(blindSay("Polls open at 00:00 on Sun", "en-GB"), "Polls open at midnight on Saturday night");
    // (A date after it, or midnight alone, stays midnight.)
    EXPECT_EQ(blindSay("It starts at 00:00 on 1 January.", "en-GB"), "It starts at midnight on the first of January.");
    EXPECT_EQ(blindSay("The shop shuts at 00:00.", "en-GB"), "The shop shuts at midnight.");
}

// Pakistan's newsreaders say "paisa" where India's say "paise"; Ireland's "euro" in the plural.
TEST(BlindRound63Test, shouldSayACountrysOwnPluralOfItsMoney) {
    EXPECT_EQ(blindSay("Petrol rose by Rs4.80 a litre.", "en-PK"), "Petrol rose by four rupees and eighty paisa a litre.");
    EXPECT_EQ(blindSay("Petrol rose by Rs4.80 a litre.", "en-IN"), "Petrol rose by four rupees and eighty paise a litre.");
    EXPECT_EQ(blindSay("It cost 300 euros each.", "en-IE"), "It cost three hundred euro each.");
}

// An offensive or defensive lineman and a defensive back by their letters before a player's name, in a sentence about
// the game; names the lexicon now says as their own people do.
TEST(BlindRound63Test, shouldSayLinemenAndNamesAsTheirPeopleDo) {
    EXPECT_EQ(blindSay("OL Frank Ragnow did not practice with the offense.", "en-US"),
              "Offensive lineman Frank Ragnow did not practice with the offense.");
    EXPECT_EQ(blindSay("The DL Group bought a new office.", "en-US"), "The DL Group bought a new office.");
    EXPECT_EQ(blindSay("Jokic beat Doncic in Quezon City.", "en-US"), "[[j'oUkItS]] beat [[d'0ntSItS]] in [[k'Es0n]] City.");
}

// Two months' short names apart a slash name a sitting or an issue by both ("Nov/Dec"); "Jr" and "Sr" without their dot
// after a name are a son's and a father's.
TEST(BlindRound63Test, shouldSayShortMonthsAndGenerationsInFull) {
    EXPECT_EQ(blindSay("the 2025 WASSCE (Nov/Dec) series", "en-GB"), "the twenty twenty-five [[w'asi:]], November-December, series");
    EXPECT_EQ(blindSay("the Jun/Jul issue"), "the June-July issue");
    EXPECT_EQ(blindSay("Ken Griffey Sr and Ken Griffey Jr said"), "Ken Griffey Senior and Ken Griffey Junior said");
    EXPECT_EQ(blindSay("Sr isotopes were measured"), "Sr isotopes were measured");
}

// A sentence that opens on a figure after one that ends on a short word ("the back end. 260 was chaseable") is two;
// a short form of three letters before a figure ("12 min. 30 sec") goes on.
TEST(BlindRound63Test, shouldEndASentenceBeforeAFigureAfterAShortWord) {
    const Article a = blindTextArticle("Bavuma on the defeat\n\nWe gave them too much at the back end. 260 was chaseable on that surface. "
                                       "The record run took 12 min. 30 sec was the gap to second place.\n");
    const std::string body = blindBodyOf(a);
    const std::vector<std::string> sentences = SentenceSplitter("en")(a.blocks.back().text);
    ASSERT_EQ(sentences.size(), 3U) << body;
    EXPECT_EQ(sentences[0], "We gave them too much at the back end.");
    EXPECT_EQ(sentences[2], "The record run took 12 min. 30 sec was the gap to second place.");
}

// What blind round 66 found read wrong (and round 64's open findings), each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"

#include "ingest/SportsTableHeaders.hpp"

using namespace readcast;

namespace {

std::string pageWith(const std::string& body) {
    return "<html><body><article><h1>Storm side wins the title</h1><p>The home side won the title on Saturday night in front of a "
           "crowd of more than forty thousand people at the stadium.</p>" +
           body + "<p>The coach said afterwards that the squad would take a week off before the next campaign began.</p></article></body></html>";
}

}  // namespace

// "More obituaries" over other stories' cut-off openings inside the article's box: a teaser list, not the story. A list
// of the story's own under a heading that starts the same way stays.
TEST(BlindRound66Test, shouldDropAMoreHeadingOverCutOffTeasers) {
    const std::string teasers = blindBodyOf(blindPageArticle(
        pageWith("<div class=\"x-more\"><h4>More obituaries</h4><ul><li>Jabu Khanyile: musician whose voice ...</li>"
                 "<li>Sheila Tlou: nurse who \xE2\x80\xA6</li></ul></div>")));
    EXPECT_EQ(teasers.find("More obituaries"), std::string::npos) << teasers;
    EXPECT_EQ(teasers.find("Khanyile"), std::string::npos) << teasers;
    EXPECT_NE(teasers.find("The coach said"), std::string::npos) << teasers;
    const std::string list = blindBodyOf(blindPageArticle(
        pageWith("<h2>More changes ahead</h2><ul><li>Ticket prices rise by five per cent next season.</li>"
                 "<li>The east stand closes for repairs in June.</li></ul>")));
    EXPECT_NE(list.find("The east stand closes"), std::string::npos) << list;
}

// A sports table's short headers are said as words, the row of headers saying which sport: a league's "P W L Pts", a
// batter's "R B SR", a bowler's "O M R W", a line score's "R H E" (without its innings).
TEST(BlindRound66Test, shouldSayASportsTablesShortHeaders) {
    const std::string standings = blindBodyOf(blindPageArticle(pageWith(
        "<table><tr><th>Team</th><th>P</th><th>W</th><th>L</th><th>Pts</th></tr>"
        "<tr><td>South Africa</td><td>6</td><td>5</td><td>1</td><td>25</td></tr>"
        "<tr><td>Australia</td><td>6</td><td>1</td><td>5</td><td>1</td></tr></table>")));
    EXPECT_NE(standings.find("South Africa, played 6, won 5, lost 1, 25 points"), std::string::npos) << standings;
    EXPECT_NE(standings.find("Australia, played 6, won 1, lost 5, 1 point"), std::string::npos) << standings;
    const std::string batting = blindBodyOf(blindPageArticle(pageWith(
        "<table><tr><th>Batter</th><th></th><th>R</th><th>B</th><th>4s</th><th>SR</th></tr>"
        "<tr><td>S Smith</td><td>not out</td><td>104</td><td>187</td><td>11</td><td>55.61</td></tr></table>")));
    EXPECT_NE(batting.find("S Smith, not out, 104 runs, 187 balls, 11 fours, strike rate 55.61"), std::string::npos) << batting;
    const std::string bowling = blindBodyOf(blindPageArticle(pageWith(
        "<table><tr><th>Bowler</th><th>O</th><th>M</th><th>R</th><th>W</th></tr>"
        "<tr><td>J Bumrah</td><td>22</td><td>4</td><td>61</td><td>1</td></tr></table>")));
    EXPECT_NE(bowling.find("J Bumrah, 22 overs, 4 maidens, 61 runs, 1 wicket"), std::string::npos) << bowling;
    const std::string lineScore = blindBodyOf(blindPageArticle(pageWith(
        "<table><tr><th>Team</th><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th><th>6</th><th>7</th><th>8</th><th>9</th>"
        "<th>R</th><th>H</th><th>E</th></tr><tr><td>Boston</td><td>0</td><td>1</td><td>0</td><td>1</td><td>0</td><td>3</td>"
        "<td>0</td><td>0</td><td>0</td><td>5</td><td>9</td><td>1</td></tr></table>")));
    EXPECT_NE(lineScore.find("Boston, 5 runs, 9 hits, 1 error"), std::string::npos) << lineScore;
    // (Headers that fit no sport keep what they were: "W" and "L" alone are no league's.)
    const std::vector<SportsColumn> plain = sportsColumns({"Size", "W", "L", "Price"});
    EXPECT_TRUE(std::all_of(plain.begin(), plain.end(), [](const SportsColumn& c) { return c.words.empty() && !c.dropped; }));
}

// A sentence that opened on a capital opens on one when a rule says its first word; a letter standing alone keeps the
// case eSpeak NG reads it by.
TEST(BlindRound66Test, shouldOpenASaidSentenceOnItsCapital) {
    EXPECT_EQ(blindSay("RHP Zach Eflin faces LHP Carlos Rodon.", "en-US"), "Right-hander Zach Eflin faces left-hander Carlos Rodon.");
    EXPECT_EQ(blindSay("iPhone sales rose.", "en-US"), "iPhone sales rose.");
    EXPECT_EQ(blindSay("L'OM a gagn\xC3\xA9.", "fr"), "l'O M a gagn\xC3\xA9.");
}

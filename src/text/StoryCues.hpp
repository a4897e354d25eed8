#pragma once
// What the whole story tells the rules that one sentence may not: the country it is about (see CountryCues.hpp)
// and whether it is a cricket report, where "Pakistan had slipped to 38-2" is thirty-eight for two and
// "Rabada 2-51" two for fifty-one though the sentence names no wicket; or a chess report, where "all three finished on
// 5/7" is a score out of seven rounds, not the seventh of May.
//
//   cuesOfStory(article)   // {"", true} for a report of a one-day international in Lahore

#include <string>
#include <vector>

#include "model/Article.hpp"

namespace readcast {

struct StoryCues {
    std::string country;   // an ISO 3166 region code, or "" (CountryCues.hpp)
    bool cricket = false;  // a cricket report: a score with a dash is runs for wickets, a bowler's wickets for runs
    bool chess = false;    // a chess report: "finished on 5/7" is five out of seven, "(+3 =4 −0)" wins, draws and losses
    bool racing = false;   // a horse racing report: "SEÑOR ATOMIC (4-5)" and "4-5f" are odds, "four to five"
    bool betting = false;  // a betting preview: "Arsenal are 11/10, the draw 5/2" are prices, "eleven to ten", not fractions
    bool golf = false;     // a golf report: "tied for the lead on -11" is eleven under par, "Syme (+3)" three over
    bool court = false;    // a court report: "Madlanga J said" is Justice Madlanga where the sentence names no court
    bool football = false; // a football match report: "58'" is the fifty-eighth minute, "1-0." one-nil, wherever they stand
    bool gaelic = false;   // a hurling or Gaelic football report: "O'Donnell's 1-4" is a goal and four points, not one to four
    // The judges the story calls "Lady Justice Carr": "Carr LJ" further on is Lady Justice Carr, not Lord Justice.
    std::vector<std::string> lady_justices{};
};

StoryCues cuesOfStory(const Article& article);

// The names after "Lady Justice" in the text: "Lady Justice Carr, with whom …" -> {"Carr"}.
std::vector<std::string> ladyJusticesOf(const std::string& text);

// The story speaks of cricket throughout: its words (wickets, overs, lbw, ODI, T20 …) come three times at least,
// two of them different. (One "cricket" in a story of politics, or a baseball game's "innings", is not enough.)
bool isCricketReport(const std::string& text);

// The story speaks of chess throughout, as isCricketReport of cricket.
bool isChessReport(const std::string& text);

// The story speaks of golf throughout: birdies, bogeys, fairways, putts, caddies.
bool isGolfReport(const std::string& text);

// The story speaks of a court throughout: judgments, appeals, justices, appellants and respondents.
bool isCourtReport(const std::string& text);

// The story speaks of association football throughout: keepers, strikers, free-kicks, half-time, stoppage time.
bool isFootballReport(const std::string& text);

// The story speaks of hurling or Gaelic football throughout: the GAA, the All-Ireland, frees, sliotars, camogie.
bool isGaelicReport(const std::string& text);

// The story speaks of horse racing throughout: jockeys, trainers, furlongs, favourites, fillies.
bool isRacingReport(const std::string& text);

// The story speaks of betting throughout: odds, bookmakers by name, punters, tips, stakes.
bool isBettingReport(const std::string& text);

}  // namespace readcast

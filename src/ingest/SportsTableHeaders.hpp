#pragma once
// The short column headers of a sports table, said as words: a standings table's "P W D L Pts" ("played 6, won 5,
// lost 1, 25 points"), a cricket scorecard's "R B 4s 6s SR" and bowling figures' "O M R W Econ", a baseball line
// score's "R H E" (its innings' columns left out: nine figures a listener cannot follow) and a basketball box score's
// "MIN PTS REB AST". A header alone says little ("W" is won in a table, wickets in a bowler's row), so the table's
// whole row of headers decides which sport it is, and a row that fits none keeps its headers as they are.
//
//   sportsColumns({"Team", "P", "W", "L", "Pts"})  // {}, {"played"}, {"won"}, {"lost"}, {"points", "point", after}
//   sayWithColumn({"points", "point", true}, "25")  // "25 points"

#include <string>
#include <vector>

namespace readcast {

struct SportsColumn {
    std::string words;     // "played", "points", "strike rate"; empty: not a sports header (or no sports table)
    std::string singular;  // "point" for a figure of one, when the words follow the figure
    bool after = false;    // "25 points" rather than "played 6"
    bool dropped = false;  // an inning's column of a line score, left out
};

// One entry per header; all empty when the row of headers is no sports table's.
std::vector<SportsColumn> sportsColumns(const std::vector<std::string>& headers);

// The cell said with its column's words: "played 6", "25 points", "1 point".
std::string sayWithColumn(const SportsColumn& column, const std::string& cell);

}  // namespace readcast

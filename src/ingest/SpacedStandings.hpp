#pragma once
// A league table typed or pasted as plain text, its columns parted by spaces or tabs: "Pos Team P W D L Pts" over "1 Chiefs 6
// 5 0 1 24". Read as it stands, a listener hears "Pos Team P W D L Pts" spelled and a string of bare figures. Each row becomes
// a sentence that says its figures with their columns' words, as a page's table is read ("1, Chiefs, played 6, won 5, drawn
// 0, lost 1, 24 points."), and the row of headers is not read. The headers say which sport's table it is (SportsTableHeaders);
// a text without such a table is returned as it is.
//
//   spacedStandingsAsRows("Pos Team P W L Pts\n1 Chiefs 6 5 1 24\n2 Blues 6 5 1 23\n")
//   // "1, Chiefs, played 6, won 5, lost 1, 24 points.\n\n2, Blues, played 6, won 5, lost 1, 23 points.\n\n"

#include <string>

namespace readcast {

std::string spacedStandingsAsRows(const std::string& text);

}  // namespace readcast

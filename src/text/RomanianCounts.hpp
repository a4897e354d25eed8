#pragma once
// A Romanian count of twenty and more before its noun takes "de": "3.700 de lei", "800 de euro", "21 de ani" (eSpeak NG
// reads "3.700 lei" as written, "trei mii șapte sute lei", where a newsreader says "trei mii șapte sute de lei"). Below
// twenty, and where the last two figures are 01 to 19 ("101 lei"), none is said. Only before the money and the units news
// counts most.
//
//   withRomanianCountsJoined("costă 3.700 lei", log)   // "costă 3.700 de lei"

#include <string>
#include <vector>

#include "model/Script.hpp"

namespace readcast {

std::string withRomanianCountsJoined(const std::string& text, std::vector<Rewrite>* log);

// The words of a large count, "milioane", "miliarde", "mii", take "de" before their noun too: "95,6 miliarde de lei"
// (also where the lexicon has said a short form, "mld. lei"; run after it).
//
//   withRomanianLargeCountsJoined("95,6 miliarde lei", log)   // "95,6 miliarde de lei"
std::string withRomanianLargeCountsJoined(const std::string& text, std::vector<Rewrite>* log);

}  // namespace readcast

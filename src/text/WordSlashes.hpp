#pragma once
// A slash between two words, "il rapporto deficit/Pil", "non performing loan/NPL", "e/o": eSpeak NG says it
// ("barra", "garis miring", "snedstreck") where a newsreader reads the two words as one term.
//
//   withWordSlashesSaid("il rapporto deficit/Pil", "it", log)   // "il rapporto deficit Pil"
//   withWordSlashesSaid("tahunan (year on year/yoy)", "id", log)   // "tahunan (year on year)"

#include <string>
#include <string_view>
#include <vector>

#include "text/Normalizer.hpp"

namespace readcast {

// `text` with each slash between two words made a space, in every language but English (whose rules read
// "and/or" and "w/o" themselves). Not after a figure's unit ("50 mg/l", "100 km/jam"), and not in an address
// ("rai.it/news") or a date.
std::string withWordSlashesSaid(const std::string& text, std::string_view language, std::vector<Rewrite>* log);

}  // namespace readcast

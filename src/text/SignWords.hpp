#pragma once
// A figure's sign said in the article's language where eSpeak NG would drop it: after a bracket it says
// neither "-" nor "+" in any of its European voices ("(-8,7 %)" is "acht Komma sieben Prozent", a fall
// heard as a rise), and its Spanish and French voices drop a minus after a space too ("de -5 grados").
//
//   withSignWords("Aufträge (-8,7 %)", "de", log)   // "Aufträge (minus 8,7 %)"

#include <string>
#include <string_view>
#include <vector>

#include "text/Normalizer.hpp"

namespace readcast {

// `text` with each sign before a figure said, for the languages whose words are known (English and the
// languages with rules of their own for it are left as they are).
std::string withSignWords(const std::string& text, std::string_view language, std::vector<Rewrite>* log);

}  // namespace readcast

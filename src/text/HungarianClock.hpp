#pragma once
// A Hungarian clock time written with a dot or a colon, "18.45-kor", "9:30-tól", "14.00", which eSpeak NG reads as a
// decimal ("tizennyolc pont negyvenötkor"): a newsreader says the hour, "óra", and the minutes with the case ending
// ("tizennyolc óra negyvenötkor"). A whole hour keeps its ending on the hour: "14.00-kor" "14 órakor".
//
//   withHungarianClockSaid("A meccs 18.45-kor kezdődik.", log)   // "A meccs 18 óra 45-kor kezdődik."
//
// (A date's "2025. 03. 15." has spaces; a decimal is written with a comma.)

#include <string>
#include <vector>

#include "model/Script.hpp"

namespace readcast {

std::string withHungarianClockSaid(const std::string& text, std::vector<Rewrite>* log);

}  // namespace readcast

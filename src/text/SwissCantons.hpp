#pragma once
// A Swiss member's party and canton in brackets, as the Swiss agencies write them after a name: "Andri
// Silberschmidt (FDP/ZH)", "Pirmin Bischof (Mitte/SO)", "Céline Amaudruz (UDC/GE)". eSpeak NG spells the canton's
// letters ("Zet-Ha"); a newsreader says its name: "FDP, Zürich". German, French and Italian, each with its own names.
//
//   withSwissCantons("Andri Silberschmidt (FDP/ZH) sagte", "de", log)   // "Andri Silberschmidt (FDP, Zürich) sagte"

#include <string>
#include <string_view>
#include <vector>

#include "text/Normalizer.hpp"

namespace readcast {

std::string withSwissCantons(const std::string& text, std::string_view language, std::vector<Rewrite>* log);

}  // namespace readcast

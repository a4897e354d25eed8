#pragma once
// What a Czech date's day and a law's section sign become in the case their words give them: eSpeak NG
// reads "3. října" as "tři října" and "podle § 256" as "podle paragraf".
//
//   withCzechCasesSaid("loni 3. října upozornili", log)   // "loni třetího října upozornili"
//   withCzechCasesSaid("podle § 256 zákoníku", log)       // "podle paragrafu 256 zákoníku"

#include <string>
#include <vector>

#include "text/Normalizer.hpp"

namespace readcast {

std::string withCzechCasesSaid(const std::string& text, std::vector<Rewrite>* log);

}  // namespace readcast

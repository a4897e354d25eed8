#pragma once
// A Czech amount's magnitude and currency agree with the figure before them. The lexicon
// (voices/cs.lexicon.tsv) says "mld.", "mil.", "tis." and "Kč" in the genitive plural, the form after five and
// more; after one, two to four and a decimal the noun takes another case:
//
//   withCzechAmountsAgreeing("1,4 miliard korun", log)   // "1,4 miliardy korun"
//   withCzechAmountsAgreeing("2 milionů korun", log)     // "2 miliony korun"
//   withCzechAmountsAgreeing("cena je 1 korun", log)     // "cena je 1 koruna"

#include <string>
#include <vector>

#include "text/Normalizer.hpp"

namespace readcast {

std::string withCzechAmountsAgreeing(const std::string& text, std::vector<Rewrite>* log);

}  // namespace readcast

#pragma once
// Russian figures joined to a word with a hyphen make one word, the figure in the genitive: eSpeak NG reads
// "52-летний" as "пятьдесят двалетний".
//
//   withCompoundNumbersSaid("52-летний Волков", log)    // "пятидесятидвухлетний Волков"
//   withCompoundNumbersSaid("вырос в 1,5 раза", log)    // "вырос в полтора раза"

#include <string>
#include <vector>

#include "text/Normalizer.hpp"

namespace readcast::russian {

std::string withCompoundNumbersSaid(const std::string& text, std::vector<Rewrite>* log);

}  // namespace readcast::russian

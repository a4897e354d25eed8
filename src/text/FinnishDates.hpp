#pragma once
// Finnish dates in figures, which eSpeak NG reads as cardinals with "piste" for each dot ("16.4.2025" "kuusitoista piste
// neljä piste kaksituhatta…") and a day before a month's name as a cardinal ("16. huhtikuuta" "kuusitoista huhtikuuta").
// A newsreader says the day as an ordinal, in the essive as a date that says when ("kuudentenatoista"), and the month's
// figure as an ordinal in the partitive:
//
//   withFinnishDatesSaid("16.4.2025 illalla", log)    // "kuudentenatoista neljättä 2025 illalla"
//   withFinnishDatesSaid("16. huhtikuuta", log)       // "kuudentenatoista huhtikuuta"
//   withFinnishDatesSaid("Kokous on 5.3.", log)       // "Kokous on viidentenä kolmatta."
//
// (A clock's "klo 16.40" has one dot and is no date; a version's "1.2.3.4" is not one either.)

#include <string>
#include <vector>

#include "model/Script.hpp"

namespace readcast {

std::string withFinnishDatesSaid(const std::string& text, std::vector<Rewrite>* log);

}  // namespace readcast

#pragma once
// A review's rating in star signs, "★★★★½" or "★★★☆☆": eSpeak NG says nothing for a star and "one half"
// for the half, so a four-and-a-half-star verdict would be heard as "one half". A newsreader says "four and
// a half stars".
//
//   withStarRatings("Rating: ★★★★½", "en")   // "Rating: four and a half stars"

#include <string>
#include <string_view>
#include <vector>

#include "text/Normalizer.hpp"

namespace readcast {

// `text` with each run of filled stars (U+2605), a half after them or not, and the empty stars (U+2606) that
// complete it, said in words, in the languages whose words for them are known; otherwise as it is.
std::string withStarRatings(const std::string& text, std::string_view language, std::vector<Rewrite>* log);

}  // namespace readcast

#pragma once
// A season or a fiscal year across two calendar years, "2025/26", "2023/2024", "2024-25", as copy in
// languages other than English writes it: eSpeak NG says the slash ("slesj", "barra", "слэш", "garis
// miring") and, in Portuguese, the hyphen as a minus. The slash becomes the hyphen the language's rules
// and eSpeak NG read as a span; Portuguese's hyphen becomes "a".
//
//   withYearSpans("la temporada 2024/25", "es", log)   // "la temporada 2024-25"

#include <string>
#include <string_view>
#include <vector>

#include "text/Normalizer.hpp"

namespace readcast {

std::string withYearSpans(const std::string& text, std::string_view language, std::vector<Rewrite>* log);

}  // namespace readcast

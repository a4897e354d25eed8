#pragma once
// A fraction set as one character, alone or after a whole number: "4 ½", "2½ horas", "¾ des votes".
// eSpeak NG says them in English in Spanish ("cuatro a half"), and "quatre un demi" in French; a
// newsreader says "quatre et demi", "dos y media horas", "trois quarts des votes".
//
//   withVulgarFractionsSaid("un 4 ½ à louer", "fr", log)   // "un 4 et demi à louer"

#include <string>
#include <string_view>
#include <vector>

#include "text/Normalizer.hpp"

namespace readcast {

// `text` with each such fraction in the words of `language` (French, Spanish, Italian, Portuguese, Dutch and
// the Nordic languages); any other language's text is returned as it is (English says its own; eSpeak NG
// says German's).
std::string withVulgarFractionsSaid(const std::string& text, std::string_view language, std::vector<Rewrite>* log);

}  // namespace readcast

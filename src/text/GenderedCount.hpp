#pragma once
// A count before a feminine noun in the Romance languages, which eSpeak NG says in the masculine: "2
// casas" is "dois casas" to it, "1 compressa" "uno compressa", "21 heures" "vingt et un heures". The
// words come from ICU's feminine spell-out where they differ from the masculine ("duas", "una",
// "vingt et une", "duzentas e cinquenta mil"); the language says which nouns are feminine.
//
//   feminineCountAt("Foram 2 mortes", 6, pt, isPortugueseFeminine, spoken)   // 7; spoken == "duas"

#include <string>

#include "text/Spellout.hpp"

namespace readcast {

using FeminineNoun = bool (*)(const std::string& lowerNoun);

// When a whole number (digits, "." grouping thousands; with "mil" after it, "2 mil casas") at `i` counts
// the feminine noun after it, sets `spoken` to its feminine words and returns where the number (and its
// "mil") ends; otherwise returns `i`. Years (1000–2100 written without a dot) are never counts.
std::size_t feminineCountAt(const std::string& text, std::size_t i, const Spellout& spellout, FeminineNoun feminine,
                            std::string& spoken);

// Whether the word before the number at `i` is a feminine plural determiner of Portuguese, Spanish or
// French ("outras 687", "las 250", "toutes"): the number agrees with it, even where the noun is left out
// ("investiga outras 687"). (Italian's "altre 21" is left: "ventuno" is said before either gender.)
bool afterFeminineDeterminer(const std::string& text, std::size_t i);

// n in ICU's feminine words where they differ from the masculine ("una", "vingt et une", "duas"), which
// eSpeak NG would not say; otherwise `otherwise` (the figure, which it says right). An hour is feminine in
// the Romance languages: "a las 21 hs" is "veintiuna horas".
std::string feminineWordsOr(const Spellout& spellout, long long n, const std::string& otherwise);

// The nouns each language's counts agree with.
bool isPortugueseFeminine(const std::string& lowerNoun);
bool isItalianFeminine(const std::string& lowerNoun);
bool isFrenchFeminine(const std::string& lowerNoun);

}  // namespace readcast

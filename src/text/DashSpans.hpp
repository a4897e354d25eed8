#pragma once
// A span between two figures written with an en dash, "150–300 minuter", "2–8 °C", "2021–2023", which eSpeak NG reads in
// most of its languages as the two figures alone ("etthundrafemtio trehundra"): the language's word for "to" is said between
// them ("150 till 300 minuter", "2 a 8 °C", "2021 až 2023").
//
//   withDashSpansSaid("ca 85–90 % av fallen", spanWordsFor("sv"), log)   // "ca 85 till 90 % av fallen"
//   withDashSpansSaid("vann med 3–2 mot Finland", spanWordsFor("sv"), log) // unchanged: a score
//
// Where the language says a score with the same word ("3 a 2" in Spanish, Italian, Portuguese, "3 à 2" in French) every
// span is said so; elsewhere only one that rises and measures something after it, a unit, a sign or a noun, or two years.
// (A chain, a date's "2024–05–12" or a number's groups, is left; so is a span the language's own rules have said.)

#include <string>
#include <vector>

#include "model/Script.hpp"

namespace readcast {

struct SpanWords {
    std::string between{};  // " till ", " a "; empty where the language has none here
    bool scores = false;   // the word is said in a score too: every span takes it
    bool hyphen = false;   // a hyphen between figures is a span too (Czech, which writes a score with a colon)
    std::string and_{};    // said instead after the language's "between": "entre 2 y 8 °C", "tra 2 e 8 gradi"
    std::string betweens{};  // those words, space-separated with a space before and after: " entre tra fra "
    // Where a hyphen is a span only before these words (space-separated, a space before and after): French's age groups,
    // "les 60-64 ans" (a score or a season with a hyphen is left as written).
    std::string hyphenBefore{};
};

SpanWords spanWordsFor(const std::string& primaryLanguage);

std::string withDashSpansSaid(const std::string& text, const SpanWords& words, std::vector<Rewrite>* log);

}  // namespace readcast

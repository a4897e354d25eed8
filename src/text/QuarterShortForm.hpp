#pragma once
// A quarter of the year as financial copy writes it short: "2T24", "no 3T de 2024", "au T2 2024". A
// newsreader says "segundo trimestre de 2024", "deuxième trimestre 2024"; eSpeak NG would say "dos te
// veinticuatro".
//
//   quarterAt("o lucro do 2T24 subiu", 12, portugueseQuarters, spoken)  // "segundo trimestre de 2024", returns 16

#include <array>
#include <string>

namespace readcast {

struct QuarterStyle {
    std::array<std::string, 4> ordinals;  // first to fourth, in the gender of `noun`
    std::string noun;                     // "trimestre"
    std::string yearJoin;                 // between the quarter and its year: "de", or "" for none
    std::array<std::string, 4> articles;  // lower-case words that make a lone "2T" a quarter: "el", "no"…
};

// When a quarter written short starts at `i` on a word's boundary, sets `spoken` and returns where it
// ends; otherwise returns `i`. The digit comes first ("2T", "3T24", "1T 2025"), or the letter does
// ("T2 2024", which alone is a flat of two rooms in France, so the letter first needs a year). A digit
// first without a year needs one of `articles` before it ("en el 2T").
std::size_t quarterAt(const std::string& text, std::size_t i, const QuarterStyle& style, std::string& spoken);

}  // namespace readcast

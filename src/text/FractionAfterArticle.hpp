#pragma once
// A share written as a fraction after a plural article, "les 3/4 des élus", "i 2/3 dei voti": eSpeak NG
// reads "trois quatre", "due barra tre"; a newsreader says "les trois quarts", "i due terzi".
//
//   fractionAfterArticleAt("les 3/4 des élus", 4, frenchFractions, spoken)   // spoken == "3 quarts", returns 7

#include <array>
#include <string>
#include <vector>

namespace readcast {

struct FractionWords {
    std::vector<std::string> articles;         // lower-case plural articles and determiners: "les", "des"
    std::array<std::string, 11> denominators;  // the plural of each part, by its number (3 to 10): "tiers", "quarts"
    std::vector<std::string> partitives;       // the words a share of something takes after it: "des", "du", "de"
    std::array<std::string, 11> ones = {};     // one part, by its number: "un tiers", "un quart" (empty: not said)
};

// When "a/b" starts at `i` after one of the articles and before one of the partitives (a from 2 to
// b - 1, b from 3 to 10 with a word for it), sets `spoken` to the numerator's digits and the part's
// plural and returns where it ends; otherwise returns `i`. Before a partitive with no article, a share
// too: "cioè 1/3 degli iscritti" ("un terzo", from `ones`), "cerca de 3/4 dos alunos".
std::size_t fractionAfterArticleAt(const std::string& text, std::size_t i, const FractionWords& words, std::string& spoken);

}  // namespace readcast

#pragma once
// An abbreviation that is said in full only before a figure or a Roman numeral ("s. XIX" is "siglo
// XIX", "séc. XVI" "século XVI", "n. 5" "numero 5"): alone, the same letters are other words, so a
// lexicon cannot hold them.
//
//   shortFormBeforeFigure("del s. XIX", 4, {{"s. ", "siglo "}}, spoken)   // spoken == "siglo ", returns 7

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace readcast {

using ShortForms = std::vector<std::pair<std::string_view, std::string_view>>;  // written (with its space), said

// When one of `forms` starts at `i` on a word's boundary, not right after a figure, and digits or a
// canonical Roman numeral follow it, sets `spoken` to what it says and returns where it ends (the figure
// is left); otherwise returns `i`.
std::size_t shortFormBeforeFigure(const std::string& text, std::size_t i, const ShortForms& forms, std::string& spoken);

}  // namespace readcast

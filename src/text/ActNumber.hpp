#pragma once
// A law, a decree or a bill cited by its number and its year, "Lei 14.133/2021", "legge 104/1992", "PEC
// 45/2019": said "14.133 de 2021", "104 del 1992". eSpeak NG leaves the slash silent in Portuguese
// ("catorze mil cento e trinta e três dois mil e vinte e um") and says "barra" in Italian.
//
//   actNumberAt("a Lei 14.133/2021", 6, {{"lei"}, {"n.", "nº"}, "de"}, spoken)   // "14.133 de 2021", returns 17

#include <string>
#include <string_view>
#include <vector>

namespace readcast {

struct ActNumberStyle {
    std::vector<std::string_view> actWords;     // lower case: "lei", "decreto"; an acronym in capitals counts too
    std::vector<std::string_view> numberMarks;  // between the act and its number: "n.", "nº", "número"
    std::string_view joiner;                    // "de", "del"
};

// When a figure, a slash and a year (1900 to 2099) start at `i`, right after an act's word or an acronym
// in capitals (a number mark between them allowed), sets `spoken` to the number, the joiner and the year
// and returns where the year ends; otherwise returns `i`. (Without the act, "10/2024" is a month.)
std::size_t actNumberAt(const std::string& text, std::size_t i, const ActNumberStyle& style, std::string& spoken);

}  // namespace readcast

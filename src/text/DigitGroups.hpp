#pragma once
// Thousands grouped with an apostrophe, as Switzerland writes them ("2'400 metri", "CHF 1'250'000"):
// eSpeak NG reads each group as a number of its own ("due … quattrocento"). The apostrophes go, so the
// figure is one number.
//
//   withoutApostropheGroups("2'400 metri")   // "2400 metri"
//   withoutApostropheGroups("1'596 Euro", ".")   // "1.596 Euro": German's own mark, so that no rule takes it for a year

#include <string>
#include <string_view>

namespace readcast {

std::string withoutApostropheGroups(const std::string& text, std::string_view mark = "");

// Thousands grouped with a dot or a space, as Czech, Slovak, Croatian and Hungarian write them ("5.000",
// "12 500", "1.250.000"): eSpeak NG reads "5.000" as "five point zero zero zero" and "5 400" as two
// numbers there. The marks go between a number of one to three digits and groups of exactly three.
std::string withoutDotAndSpaceGroups(const std::string& text);

// The groups of exactly three digits from `at`, just after a figure's leading digits, each after the same mark
// (a dot, a space, a no-break or a narrow no-break space) and none run into a digit or a word after it ("12 500",
// "17.002"): their digits appended to `digits`, and where they end (`at` when there is none).
std::size_t thousandsGroupsEnd(const std::string& text, std::size_t at, std::string& digits);

}  // namespace readcast

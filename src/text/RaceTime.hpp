#pragma once
// A time in a race as Romance sports pages write it: "4h12'30\"", "1'05\"", "a 12\"" (hours, then minutes
// after an apostrophe or a prime, seconds after a double quote or a double prime, and hundredths after
// them). eSpeak NG reads "4h12'30\"" as "quattro acca dodici trenta" and leaves the marks silent.
//
//   raceTimeAt("in 1h28'15\"", 3, italian, spoken)   // "un'ora, 28 minuti e 15 secondi", returns 11

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace readcast {

struct RaceTimeStyle {
    std::array<std::string_view, 2> hour, minute, second;  // one (with its article: "un'ora"), many ("ore")
    std::string_view and_;                                  // before the last part: "e", "et", "y"
    std::array<std::string_view, 3> fractions;              // after the seconds: tenths, hundredths, thousandths
    std::vector<std::string_view> beforeSeconds;            // words that make a lone "12\"" seconds ("di", "a")
    // The words for a count of hours, minutes or seconds where eSpeak NG would give the wrong gender
    // (French "vingt et une minutes"); unset, the figures are left to it.
    std::function<std::string(int)> count;
    // Two hours where the count agrees with a feminine noun that eSpeak NG does not make it agree with
    // (Portuguese "duas horas"; it says "dois"); empty, "2" and the plural.
    std::string_view twoHours = {};
};

// When such a time starts at `i`, sets `spoken` to its words (figures left to eSpeak NG) and returns where
// it ends; otherwise returns `i`. A lone "12\"" counts only after one of `beforeSeconds` and outside a
// quotation (its double quote would close one).
std::size_t raceTimeAt(const std::string& text, std::size_t i, const RaceTimeStyle& style, std::string& spoken);

}  // namespace readcast

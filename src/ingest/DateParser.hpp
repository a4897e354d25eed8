#pragma once
// Dates as news pages write them, to a DateTime: "29 Apr. 2025, 00:00", "April 29, 2025 10:30 a.m.",
// "Tuesday, Apr 29 2025", "2025-04-29", "2025-04-29T00:00:00+09:00" (the UTC offset is kept).
//
//   auto d = parseDate("29 Apr. 2025, 00:00");   // d->iso() == "2025-04-29T00:00"

#include <optional>
#include <string>

#include "model/DateTime.hpp"

namespace readcast {

std::optional<DateTime> parseDate(const std::string& text);

// The same, for a page in `language` (a BCP 47 tag, "en-IE"): "09/05/2025" is the 9th of May everywhere
// but in the United States ("en-US", or English without a region), where it is the 5th of September.
std::optional<DateTime> parseDate(const std::string& text, const std::string& language);

// A month's name or abbreviation in English, French, Spanish, Portuguese, German, Italian or Polish
// ("Februar", "lutego"): 1 to 12, 0 for any other word.
int monthFromAnyName(const std::string& word);
// A Romance month cut short where the short form is also a word ("ago", "out", "set"): a month only between a day and a year.
int shortMonthFromName(const std::string& word);

}  // namespace readcast

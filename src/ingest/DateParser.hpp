#pragma once
// Dates as news pages write them, to ISO 8601: "29 Apr. 2025, 00:00", "April 29, 2025 10:30 a.m.",
// "Tuesday, Apr 29 2025", "2025-04-29", "2025-04-29T00:00:00+09:00".
//
//   auto d = parseDate("29 Apr. 2025, 00:00");   // {2025, 4, 29, 0, 0}; toIso(*d) == "2025-04-29T00:00"

#include <optional>
#include <string>

namespace readcast {

struct CalendarDate {
    int year = 0;
    int month = 0;    // 1..12
    int day = 0;      // 1..31
    int hour = -1;    // -1 when the text has no time
    int minute = -1;
};

std::optional<CalendarDate> parseDate(const std::string& text);

// "2025-04-29" or "2025-04-29T00:00".
std::string toIso(const CalendarDate& date);

// Month number for an English month name or its abbreviation ("Apr", "Sept", "april"), else 0.
int monthFromName(const std::string& word);

}  // namespace readcast

#pragma once
// Dates as RSS wants them (RFC 2822: "Tue, 29 Apr 2025 09:15:00 +0900"), from the DateTime an article
// declared, its UTC offset kept.
//
//   rfc2822(DateTime{2025, 4, 29, 9, 15, 0, 540})   // "Tue, 29 Apr 2025 09:15:00 +0900"

#include <cstdint>
#include <string>

#include "model/DateTime.hpp"

namespace readcast {

// A date with no time of day is given noon UTC, so that it stays the same calendar day for listeners
// from UTC−11 to UTC+11; a time with no zone is taken as UTC.
std::string rfc2822(const DateTime& when);

// Seconds since 1970-01-01T00:00Z of the same instant, for sorting items by date.
std::int64_t unixSeconds(const DateTime& when);

// The UTC time `seconds` after the epoch, as a DateTime with offset 0.
DateTime utcDateTime(std::int64_t seconds);

}  // namespace readcast

#pragma once
// Time as people read it: durations as a clock ("4:05", "1:02:03") and the current UTC time in a
// strftime format.
//
//   clockTime(245.2)              // "4:05"
//   utcNow("%Y-%m-%dT%H:%M:%SZ")  // "2026-11-28T08:40:00Z"

#include <string>

namespace readcast {

std::string clockTime(double seconds);
std::string utcNow(const char* format);

}  // namespace readcast

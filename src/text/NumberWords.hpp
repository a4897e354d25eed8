#pragma once
// English number names, as a newsreader says them.
//
//   cardinalWords(2025)  // "two thousand twenty-five"
//   ordinalWords(29)     // "twenty-ninth"
//   yearWords(2025)      // "twenty twenty-five";  yearWords(2005) // "two thousand five"

#include <cstdint>
#include <string>

#include "model/DateTime.hpp"

namespace readcast {

std::string cardinalWords(std::uint64_t n);
std::string ordinalWords(std::uint64_t n);
std::string yearWords(int year);

// British, Irish, Australian, Indian and other English say "and" inside a number: "one hundred eighty-seven"
// becomes "one hundred and eighty-seven", "two thousand eight" "two thousand and eight"; the number
// names in `spoken` (the output of the rules) are changed, other words are not.
std::string withBritishAnd(const std::string& spoken);

// "April twenty-ninth, twenty twenty-five" (the time of day is not said).
std::string spokenDate(const DateTime& date);

}  // namespace readcast

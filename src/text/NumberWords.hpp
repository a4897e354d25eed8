#pragma once
// English number names, as a newsreader says them.
//
//   cardinalWords(2025)  // "two thousand twenty-five"
//   ordinalWords(29)     // "twenty-ninth"
//   yearWords(2025)      // "twenty twenty-five";  yearWords(2005) // "two thousand five"

#include <cstdint>
#include <string>

namespace readcast {

std::string cardinalWords(std::uint64_t n);
std::string ordinalWords(std::uint64_t n);
std::string yearWords(int year);

// "April twenty-ninth, twenty twenty-five" for an ISO date "2025-04-29" (time ignored); "" if malformed.
std::string spokenIsoDate(const std::string& iso);

}  // namespace readcast

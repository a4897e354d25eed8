#pragma once
// English month names, kept once: the date parser reads them, the normalizer and the intro say them.
//
//   monthName(4)            // "April"
//   monthFromName("Sept.")  // 9;  monthFromName("MAR") // 3;  monthFromName("Monday") // 0

#include <string>

namespace readcast {

// "January".."December" for 1..12; "" otherwise.
const char* monthName(int month);

// Month number for an English month name or its abbreviation in any letter case, with or without a
// trailing dot ("Apr", "Apr.", "Sept", "april"), else 0.
int monthFromName(const std::string& word);

}  // namespace readcast

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

// The weekday a name in lower case says, 0 for Sunday to 6 for Saturday, in English, French, German,
// Spanish, Italian, Portuguese, Dutch, Afrikaans and the Nordic languages ("dinsdag", "vrydag",
// "terça-feira", "tisdag"); -1 for any other word.
int weekdayFromName(const std::string& lower);

// The day of the week of a date of the Gregorian calendar, 0 for Sunday to 6 for Saturday, or -1 when the
// month or the day is out of range: "Friday 07/03/2025" tells which of its figures is the day.
int weekdayOf(int year, int month, int day);

}  // namespace readcast

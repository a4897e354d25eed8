#pragma once
// Reading numbers aloud: parsing written forms ("1,234.5", "1.234,5", "007") and saying them as
// quantities, years, decades and fractions.
//
//   numberWords(parseNumber("3.5"))   // "three point five"
//   decadeWords("1990")               // "nineteen nineties"

#include <optional>
#include <string>
#include <utility>

#include "text/english/Tokens.hpp"

namespace readcast::english {

struct Num {
    std::string whole;     // digits only
    std::string fraction;  // digits after the decimal point
    bool valid = false;
};

Num parseNumber(const std::string& text);
std::string digitWords(const std::string& digits);  // "zero zero seven"
std::string dialWords(const std::string& digits, bool alone = false);   // a number to dial: "oh one oh one", "eight hundred"
std::string wholeWords(const std::string& digits);  // a code (leading zero) or a very long number digit by digit
std::string numberWords(const Num& n);
// "1.5" thousand "one thousand five hundred", "98.5" "ninety-eight thousand five hundred": a number of
// thousands with a fraction said whole, as a newsreader says "$1.5K"; nothing when it has no fraction or
// more than three places.
std::optional<std::string> thousandsInFull(const Num& n);
bool isOne(const Num& n);
std::string countOf(int n, const char* one, const char* many);  // "one hour", "twenty-five minutes"

std::optional<int> smallInt(const Token* t, int low, int high);  // a plain integer token within bounds
bool callContext(const Tokens& t, std::size_t i);              // "call", "dial", "helpline"... shortly before i
// The raised figures from `at`, "¹⁴", "⁷" (a token each): their digits, "14", and where they end (`at` where there are none).
std::size_t raisedFigures(const Tokens& t, std::size_t at, std::string& digits);
bool digitsOnly(const std::string& s);                          // "0123", not "", "1.5" or "12a"
bool isYear(const Token* t);                                     // four digits, 1000..2999
std::string yearSpoken(const std::string& digits);
std::string pluralWords(const std::string& words);    // the last word made plural: "forty-seven" -> "forty-sevens"
// "12,50,000" (Indian grouping) -> "twelve lakh fifty thousand"; nothing for other numbers.
std::optional<std::string> indianGrouped(const std::string& text);
// The pieces of digits between separators, joined by "point": "1.7" -> "one point seven", "2.4.1" ->
// "two point four point one" (versions, odd groupings).
std::string pointedWords(const std::string& text);
std::string decadeWords(const std::string& digits);  // "1990" -> "nineteen nineties", "90" -> "nineties"
// "three quarters", "five eighths", "one hundredth"; with `mixed` (after a whole number and "and"),
// "a half", "a quarter", "a third".
std::string fractionWords(unsigned numerator, unsigned denominator, bool mixed = false);
// A fraction set as one character, "½", "¾", "⅛": its numerator and denominator, or nothing for any other text.
std::optional<std::pair<unsigned, unsigned>> vulgarFraction(const std::string& glyph);
// A number said in pairs, as model numbers, house numbers, flights and routes are: "737" -> "seven
// thirty-seven", "101" -> "one oh one", "3080" -> "thirty eighty", "1600" -> "sixteen hundred".
std::string pairWords(const std::string& digits);

}  // namespace readcast::english

#pragma once
// Roman numerals as written in capitals, in their canonical form only ("XIV" is 14; "IIII" and "MIX"
// as a word are not numbers), for the rules of every language that reads a ruler's or a century's number.
//
//   romanNumeralValue("XIV")  // 14
//   romanNumeralValue("XVX")  // 0

#include <string_view>

namespace readcast {

// The value of `written`, or 0 when it is no canonical numeral in capitals.
int romanNumeralValue(std::string_view written);

}  // namespace readcast

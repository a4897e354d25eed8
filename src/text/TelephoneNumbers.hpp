#pragma once
// A telephone number in the languages whose rules do not read one: "034 11 300 00", "(0981) 123 456",
// "06-1234 5678", "tfn 018-25 600", "bellen met 525-1111". eSpeak NG reads each group as a quantity
// ("onze mille trois cents", "vijfhonderdvijfentwintigduizend honderdelf"); a newsreader says the digits,
// group by group (in French, each group as the number it is, "zéro trente-quatre, onze, trois cents").
//
//   withTelephoneNumbersSaid("bellen met 525-1111", "nl", log)   // "bellen met 5 2 5, 1 1 1 1"

#include <string>
#include <string_view>
#include <vector>

#include "text/Normalizer.hpp"

namespace readcast {

// `text` with each telephone number said group by group: one that starts with a trunk "0" (or an area
// code in brackets) and has two groups at least, or, after a word that asks to call or names a number
// ("tel.", "bellen", "WhatsApp"), any figure of two groups or more. English and German read their own;
// other languages' text is returned as it is when it holds none.
std::string withTelephoneNumbersSaid(const std::string& text, std::string_view language, std::vector<Rewrite>* log);

}  // namespace readcast

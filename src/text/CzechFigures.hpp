#pragma once
// Czech figures that eSpeak NG reads as they are written. A decimal's comma it says "čárka" ("1,4" "jeden
// čárka čtyři"), where a newsreader says "jedna celá čtyři"; a clock time's colon it reads as two numbers
// ("v 7:00" "v sedm nula nula"), where a newsreader says "v sedm hodin"; and "%" it says "procento" after any
// figure ("5 %" "pět procento").
//
//   withCzechFiguresSaid("vzrostla o 1,4 procenta", log)   // "vzrostla o jedna celá 4 procenta"
//   withCzechFiguresSaid("začne v 7:00", log)               // "začne v 7 hodin"
//   withCzechFiguresSaid("do 14:30", log)                  // "do 14 30"
//
// (Figures left as digits are eSpeak NG's to say; only the forms it gets wrong are written out.)
//
// Run after the amounts have agreed with their figures (CzechAmounts.hpp), which read the written decimal.

#include <string>
#include <vector>

#include "model/Script.hpp"

namespace readcast {

std::string withCzechFiguresSaid(const std::string& text, std::vector<Rewrite>* log);

}  // namespace readcast

#pragma once
// An initialism in brackets after the words it stands for, "the Iowa Economic Development Authority
// (IEDA)", is a key for the reader's eye. A newsreader gives the name and goes on; where the story uses the
// initialism again, the name is given with it once, "the Iowa Economic Development Authority, or IEDA,".
//
//   auto reused = initialismsUsedAgain({"The Iowa … Authority (IEDA) approved it.", "IEDA said …"});  // {"IEDA"}
//   introducingInitialisms("The Iowa … Authority (IEDA) approved it.", reused)
//       // "The Iowa … Authority, or IEDA, approved it."

#include <map>
#include <set>
#include <string>
#include <vector>

#include "text/english/Tokens.hpp"

namespace readcast::english {

// The word in brackets after `open` ("(IEDA)", "(bpd)") is made of the first letters of the words before
// the bracket, in order, small words between them allowed.
bool glossesWordsBefore(const Tokens& t, std::size_t open);

// The initialisms of two to six capitals that stand in `texts` outside a bracket of their own.
std::set<std::string> initialismsUsedAgain(const std::vector<std::string>& texts);

// `sentence` with each bracketed initialism that glosses the words before it and is used again written as
// ", or IEDA,"; the others left for the normalizer, which does not say them.
std::string introducingInitialisms(const std::string& sentence, const std::set<std::string>& reused);

// A unit the story gives once in words with a figure and a short form in brackets, "up 81 million bushels (mb)",
// then writes short: {"mb": "million bushels"}. The short form alone may say something else to the normalizer
// ("50 mb" megabytes, "420 lh" letters); the story has said what it means.
std::map<std::string, std::string> glossedUnits(const std::vector<std::string>& texts);

// `sentence` with a figure's glossed unit written as its words: "lowered 50 mb" -> "lowered 50 million bushels".
std::string withGlossedUnits(const std::string& sentence, const std::map<std::string, std::string>& units);

}  // namespace readcast::english

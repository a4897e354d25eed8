#pragma once
// A date written in figures with dots, day first ("31.12.2028", "1.3.2027"): eSpeak NG reads its dots as points
// ("treizeci și unu punct doisprezece punct …"); a newsreader says it as the language writes a date in words,
// "31 decembrie 2028". Done in the languages whose rules have no dates of their own and whose long date (by ICU) holds
// no dot: Romanian, Greek, Ukrainian, Bulgarian, Macedonian, Albanian, Turkish, Irish, Welsh. Where ICU writes the
// day with a dot ("31. decembra"), the day is an ordinal eSpeak NG says only with that language's own rule.
//
//   withDottedDatesSaid("până la 31.12.2028", "ro", log)   // "până la 31 decembrie 2028"
//   withDottedDatesSaid("de la 1 ianuarie", "ro", log)     // "de la întâi ianuarie"

#include <string>
#include <vector>

#include "model/Script.hpp"

namespace readcast {

// `text` with each dotted date of a real day (a four-figure year after it, nothing but a sign or a space around it: not a
// version's "1.2.2028.4") said in words, and, in Romanian, the first of a month as "întâi" ("1 ianuarie"): the ordinal
// a newsreader says for that day only.
std::string withDottedDatesSaid(const std::string& text, const std::string& language, std::vector<Rewrite>* log);

}  // namespace readcast

#pragma once
// The words English rules need by name: currencies, magnitudes, units of measure, time zones.
// Data, kept apart from the rules that read it.

#include <map>
#include <string>

namespace readcast::english {

struct Currency {
    const char* one;
    const char* many;
    const char* cent_one;   // "" when the minor unit is not said
    const char* cent_many;
};

struct Unit {
    const char* one;
    const char* many;
};

const std::map<std::string, Currency>& prefixCurrencies();     // "$", "US$", "EUR", "€"...
const std::map<std::string, std::string>& magnitudes();        // "bn" -> "billion"
const std::map<std::string, Unit>& units();                    // "km" -> kilometer(s)
const std::map<std::string, std::string>& timeZones();         // "KST" -> "Korea Standard Time"
// Titles and ranks before a name, which never end a sentence: "Gen" -> "General".
const std::map<std::string, std::string>& titleAbbreviations();

}  // namespace readcast::english

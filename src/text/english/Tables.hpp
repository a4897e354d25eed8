#pragma once
// The words English rules need by name: currencies, magnitudes, units of measure, time zones.
// Data, kept apart from the rules that read it.

#include <string_view>
#include <unordered_map>
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

const std::unordered_map<std::string, Currency>& prefixCurrencies();     // "$", "US$", "EUR", "€"...
// True for a currency's letters that also mean other things ("R", "N", "COP"): they are money only
// before or after an amount with a magnitude, thousands separators or cents ("R2.5bn", "N5,000").
bool currencyNeedsMoneyShape(const std::string& written);
// Whether the currency is one of readcast's own list, not one only ICU names.
bool listedCurrency(const std::string& written);
const std::unordered_map<std::string, std::string>& magnitudes();        // "bn" -> "billion"
const std::unordered_map<std::string, Unit>& units();                    // "km" -> kilometer(s)
const std::pair<const std::string, Unit>* findUnit(const std::string& written);  // also "KM", "Kg"; null if none
const std::unordered_map<std::string, std::string>& timeZones();         // "CEST" -> "C E S T": said as letters
// US states as AP style and the Postal Service abbreviate them ("Calif", "N.M.", "CA") -> "California",
// and Australian ones written short ("Ballarat, Vic.").
const std::unordered_map<std::string, std::string>& states();
// Street types after a street's name ("St", "Ave", "Pkwy") -> "Street", "Avenue", "Parkway".
const std::unordered_map<std::string, std::string>& streetTypes();
// "Aves" -> "Avenues", "Sts" -> "Streets": two streets of a type named once; "" for any other word (and
// for "Drs", "Mts", "Pls", "Stes", "Apts", whose plurals name doctors, mountains and the like).
std::string streetTypePlural(const std::string& written);
// Compass directions in addresses ("N", "NE", "N.E.") -> "North", "Northeast".
const std::unordered_map<std::string, std::string>& directions();
// A sports federation's country codes as results print them ("KEN" -> "Kenya"); not "IND", an independent's label.
const std::unordered_map<std::string, std::string>& teamCountryCodes();
// The books of the Bible as a citation shortens them before its chapter, "1 Cor. 13:4-7", "Ps. 23" -> "Corinthians",
// "Psalm".
const std::unordered_map<std::string, std::string>& bibleBookAbbreviations();
// Weekday abbreviations ("Tue", "Thurs") -> "Tuesday".
const std::unordered_map<std::string, std::string>& weekdays();
// The weekday a word names, short or in full ("Tue", "Tuesday" -> "Tuesday"); "" for any other word.
std::string weekdayName(const std::string& word);
// Titles and ranks before a name, which never end a sentence: "Gen" -> "General".
const std::unordered_map<std::string, std::string>& titleAbbreviations();
// "Ma." is Maria, as Philippine names write it, before a given name ("Ma. Teresa", "Ma. Lourdes") or after
// a man's first name ("Jose Ma. Sison"); elsewhere it is a surname or a mother ("Jack Ma. Daniel Zhang…").
bool isMariaWrittenShort(const std::string& before, const std::string& next);
// A title written in lower case after "ex-" ("gov", "sen"): its words, "Governor", or null.
const std::string* titleWrittenSmall(const std::string& word);
// The same title set in capitals, as a transcript names its speaker: "SEN" is "Senator".
const std::string* titleWrittenInCapitals(std::string_view word);

}  // namespace readcast::english

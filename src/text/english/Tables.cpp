#include "text/english/Tables.hpp"

namespace readcast::english {

const std::map<std::string, Currency>& prefixCurrencies() {
    static const std::map<std::string, Currency> kMap{
        {"$", {"dollar", "dollars", "cent", "cents"}},
        {"US$", {"US dollar", "US dollars", "cent", "cents"}},
        {"A$", {"Australian dollar", "Australian dollars", "cent", "cents"}},
        {"C$", {"Canadian dollar", "Canadian dollars", "cent", "cents"}},
        {"HK$", {"Hong Kong dollar", "Hong Kong dollars", "cent", "cents"}},
        {"NZ$", {"New Zealand dollar", "New Zealand dollars", "cent", "cents"}},
        {"\xE2\x82\xAC", {"euro", "euros", "cent", "cents"}},
        {"\xC2\xA3", {"pound", "pounds", "penny", "pence"}},
        {"\xC2\xA5", {"yen", "yen", "", ""}},
        {"\xE2\x82\xA9", {"won", "won", "", ""}},
        {"\xE2\x82\xB9", {"rupee", "rupees", "paisa", "paise"}},
        {"CHF", {"Swiss franc", "Swiss francs", "centime", "centimes"}},
        {"USD", {"dollar", "dollars", "cent", "cents"}},
        {"EUR", {"euro", "euros", "cent", "cents"}},
        {"GBP", {"pound", "pounds", "penny", "pence"}},
        {"JPY", {"yen", "yen", "", ""}},
        {"KRW", {"won", "won", "", ""}},
        {"CNY", {"yuan", "yuan", "", ""}},
        {"RMB", {"yuan", "yuan", "", ""}},
        {"INR", {"rupee", "rupees", "", ""}},
        {"R$", {"real", "reais", "centavo", "centavos"}},
        {"\xE2\x82\xBD", {"ruble", "rubles", "", ""}},
        {"\xE2\x82\xB4", {"hryvnia", "hryvnias", "", ""}},
    };
    return kMap;
}

const std::map<std::string, std::string>& magnitudes() {
    static const std::map<std::string, std::string> kMap{
        {"thousand", "thousand"}, {"million", "million"}, {"billion", "billion"}, {"trillion", "trillion"},
        {"k", "thousand"},        {"m", "million"},       {"mn", "million"},    {"mln", "million"},
        {"bn", "billion"},        {"b", "billion"},       {"tn", "trillion"},   {"trn", "trillion"},
    };
    return kMap;
}

const std::map<std::string, Unit>& units() {
    static const std::map<std::string, Unit> kMap{
        {"km", {"kilometer", "kilometers"}},       {"m", {"meter", "meters"}},
        {"cm", {"centimeter", "centimeters"}},     {"mm", {"millimeter", "millimeters"}},
        {"mi", {"mile", "miles"}},                 {"ft", {"foot", "feet"}},
        {"kg", {"kilogram", "kilograms"}},         {"mg", {"milligram", "milligrams"}},
        {"lb", {"pound", "pounds"}},               {"lbs", {"pound", "pounds"}},
        {"oz", {"ounce", "ounces"}},               {"mph", {"mile per hour", "miles per hour"}},
        {"kph", {"kilometer per hour", "kilometers per hour"}},
        {"km/h", {"kilometer per hour", "kilometers per hour"}},
        {"kmh", {"kilometer per hour", "kilometers per hour"}},
        {"GB", {"gigabyte", "gigabytes"}},         {"MB", {"megabyte", "megabytes"}},
        {"TB", {"terabyte", "terabytes"}},         {"KB", {"kilobyte", "kilobytes"}},
        {"kB", {"kilobyte", "kilobytes"}},         {"GHz", {"gigahertz", "gigahertz"}},
        {"MHz", {"megahertz", "megahertz"}},       {"Hz", {"hertz", "hertz"}},
        {"kW", {"kilowatt", "kilowatts"}},         {"MW", {"megawatt", "megawatts"}},
        {"GW", {"gigawatt", "gigawatts"}},         {"kWh", {"kilowatt hour", "kilowatt hours"}},
        {"MWh", {"megawatt hour", "megawatt hours"}}, {"GWh", {"gigawatt hour", "gigawatt hours"}},
        {"ha", {"hectare", "hectares"}},           {"ml", {"milliliter", "milliliters"}},
        {"mL", {"milliliter", "milliliters"}},     {"L", {"liter", "liters"}},
        {"l", {"liter", "liters"}},                {"sq", {"square", "square"}},
        {"km2", {"square kilometer", "square kilometers"}},
        {"km\xC2\xB2", {"square kilometer", "square kilometers"}},
        {"m2", {"square meter", "square meters"}}, {"m\xC2\xB2", {"square meter", "square meters"}},
        {"t", {"tonne", "tonnes"}},                {"kt", {"kiloton", "kilotons"}},
        {"Mt", {"megaton", "megatons"}},           {"kn", {"knot", "knots"}},
    };
    return kMap;
}

const std::map<std::string, std::string>& timeZones() {
    static const std::map<std::string, std::string> kMap{
        {"EST", "Eastern Standard Time"}, {"EDT", "Eastern Daylight Time"}, {"ET", "Eastern Time"},
        {"CST", "Central Standard Time"}, {"CDT", "Central Daylight Time"}, {"CT", "Central Time"},
        {"MST", "Mountain Standard Time"}, {"MDT", "Mountain Daylight Time"}, {"PST", "Pacific Standard Time"},
        {"PDT", "Pacific Daylight Time"}, {"PT", "Pacific Time"}, {"GMT", "G M T"}, {"UTC", "U T C"},
        {"BST", "British Summer Time"}, {"CET", "Central European Time"}, {"CEST", "Central European Summer Time"},
        {"KST", "Korea Standard Time"}, {"JST", "Japan Standard Time"}, {"IST", "India Standard Time"},
        {"AEST", "Australian Eastern Standard Time"}, {"HKT", "Hong Kong Time"}, {"SGT", "Singapore Time"},
    };
    return kMap;
}

const std::map<std::string, std::string>& titleAbbreviations() {
    static const std::map<std::string, std::string> kMap{
        {"Mr", "Mister"},        {"Mrs", "Missus"},      {"Ms", "Miz"},          {"Dr", "Doctor"},
        {"Prof", "Professor"},   {"Gen", "General"},     {"Sen", "Senator"},     {"Rep", "Representative"},
        {"Gov", "Governor"},     {"Lt", "Lieutenant"},   {"Col", "Colonel"},     {"Capt", "Captain"},
        {"Sgt", "Sergeant"},     {"Adm", "Admiral"},     {"Maj", "Major"},       {"Rev", "Reverend"},
        {"Pres", "President"},   {"Supt", "Superintendent"}, {"Cmdr", "Commander"}, {"Insp", "Inspector"},
        {"Det", "Detective"},    {"Amb", "Ambassador"},  {"Hon", "Honorable"},   {"Fr", "Father"},
        {"Mt", "Mount"},         {"Ft", "Fort"},         {"Messrs", "Messieurs"}, {"Gens", "Generals"},
        {"Sens", "Senators"},    {"Reps", "Representatives"},
    };
    return kMap;
}

}  // namespace readcast::english

#include "text/english/Tables.hpp"

#include <algorithm>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/unistr.h>

#include <cctype>
#include <deque>
#include <set>
#include <unordered_set>

#include "core/WordSet.hpp"
#include "core/Ascii.hpp"

namespace readcast::english {

// The currencies written out below, with their signs, their minor units and their country's names.
const std::unordered_map<std::string, Currency>& listedCurrencies();

namespace {

// The ISO codes of the world's other currencies, named as ICU's English data names them, one and many ("MOP 12" "twelve
// Macanese patacas", "KWD 3.5m" "three point five million Kuwaiti dinars"); their minor units unsaid. (Not the
// codes of metals and funds, "XAU", whose amounts are ounces, nor the unknown "XXX".)
void addIcuCurrencies(std::unordered_map<std::string, Currency>& map, std::unordered_set<std::string>& added) {
    static std::deque<std::string> names;  // (the map's words point into it, for the life of the program)
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration* codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    if (U_FAILURE(status)) return;
    const char* code = nullptr;
    int32_t length = 0;
    while ((code = uenum_next(codes, &length, &status)) != nullptr && U_SUCCESS(status)) {
        const std::string iso(code, static_cast<std::size_t>(length));
        if (iso.size() != 3 || map.count(iso) != 0 || (iso[0] == 'X' && iso != "XOF" && iso != "XAF" && iso != "XPF")) continue;
        icu::UnicodeString uiso(iso.c_str());
        std::string said[2];
        for (int k = 0; k < 2; ++k) {
            UErrorCode nameStatus = U_ZERO_ERROR;
            UBool choice = false;
            int32_t nameLength = 0;
            const UChar* name = ucurr_getPluralName(uiso.getTerminatedBuffer(), "en", &choice, k == 0 ? "one" : "other", &nameLength, &nameStatus);
            if (U_SUCCESS(nameStatus) && name != nullptr) icu::UnicodeString(name, nameLength).toUTF8String(said[k]);
        }
        // (A name that is the code itself, where ICU has none in English, is no name.)
        if (said[0].empty() || said[1].empty() || said[0] == iso) continue;
        names.push_back(said[0]);
        const char* one = names.back().c_str();
        names.push_back(said[1]);
        map.emplace(iso, Currency{one, names.back().c_str(), "", ""});
        added.insert(iso);
    }
    uenum_close(codes);
}

std::unordered_set<std::string>& icuCurrencyCodes() {
    static std::unordered_set<std::string> codes;
    return codes;
}

}  // namespace

const std::unordered_map<std::string, Currency>& prefixCurrencies() {
    static const std::unordered_map<std::string, Currency> kMap = [] {
        std::unordered_map<std::string, Currency> map = listedCurrencies();
        addIcuCurrencies(map, icuCurrencyCodes());
        return map;
    }();
    return kMap;
}

const std::unordered_map<std::string, Currency>& listedCurrencies() {
    static const std::unordered_map<std::string, Currency> kMap{
        // Signs, and a country's letters glued to a sign ("US$", "GH¢", "E£").
        {"$", {"dollar", "dollars", "cent", "cents"}},
        {"US$", {"US dollar", "US dollars", "cent", "cents"}},
        {"A$", {"Australian dollar", "Australian dollars", "cent", "cents"}},
        {"AU$", {"Australian dollar", "Australian dollars", "cent", "cents"}},
        {"AUD$", {"Australian dollar", "Australian dollars", "cent", "cents"}},
        {"C$", {"Canadian dollar", "Canadian dollars", "cent", "cents"}},
        {"J$", {"Jamaican dollar", "Jamaican dollars", "cent", "cents"}},
        {"JA$", {"Jamaican dollar", "Jamaican dollars", "cent", "cents"}},
        {"TT$", {"Trinidad and Tobago dollar", "Trinidad and Tobago dollars", "cent", "cents"}},
        {"CA$", {"Canadian dollar", "Canadian dollars", "cent", "cents"}},
        {"S$", {"Singapore dollar", "Singapore dollars", "cent", "cents"}},
        {"NT$", {"New Taiwan dollar", "New Taiwan dollars", "cent", "cents"}},
        {"HK$", {"Hong Kong dollar", "Hong Kong dollars", "cent", "cents"}},
        {"NZ$", {"New Zealand dollar", "New Zealand dollars", "cent", "cents"}},
        // Ireland's pound before the euro, "IR£5,000", as its papers still write an old sum
        {"IR\xC2\xA3", {"Irish pound", "Irish pounds", "penny", "pence"}},
        {"BND$", {"Brunei dollar", "Brunei dollars", "cent", "cents"}},
        {"R$", {"real", "reais", "centavo", "centavos"}},
        {"MX$", {"peso", "pesos", "centavo", "centavos"}},
        {"GH\xC2\xA2", {"cedi", "cedis", "pesewa", "pesewas"}},
        {"GH\xE2\x82\xB5", {"cedi", "cedis", "pesewa", "pesewas"}},
        // the other dollars, said as a newsreader in their country says them
        {"B$", {"dollar", "dollars", "cent", "cents"}},
        {"Bds$", {"Barbados dollar", "Barbados dollars", "cent", "cents"}},
        {"EC$", {"Eastern Caribbean dollar", "Eastern Caribbean dollars", "cent", "cents"}},
        {"BZ$", {"Belize dollar", "Belize dollars", "cent", "cents"}},
        {"FJ$", {"Fiji dollar", "Fiji dollars", "cent", "cents"}},
        {"G$", {"Guyana dollar", "Guyana dollars", "cent", "cents"}},
        {"N$", {"Namibian dollar", "Namibian dollars", "cent", "cents"}},
        {"E\xC2\xA3", {"Egyptian pound", "Egyptian pounds", "piastre", "piastres"}},
        {"\xE2\x82\xAC", {"euro", "euros", "cent", "cents"}},
        {"\xC2\xA3", {"pound", "pounds", "penny", "pence"}},
        {"\xC2\xA5", {"yen", "yen", "", ""}},
        {"\xE2\x82\xA9", {"won", "won", "", ""}},
        {"\xE2\x82\xB9", {"rupee", "rupees", "paisa", "paise"}},
        {"\xE2\x82\xA8", {"rupee", "rupees", "paisa", "paise"}},
        {"\xE2\x82\xBD", {"ruble", "rubles", "kopek", "kopeks"}},
        {"\xE2\x82\xB4", {"hryvnia", "hryvnias", "kopiyka", "kopiyky"}},
        {"\xE2\x82\xBA", {"lira", "lira", "kurus", "kurus"}},
        {"\xE2\x82\xA6", {"naira", "naira", "kobo", "kobo"}},
        {"\xE2\x82\xB1", {"peso", "pesos", "centavo", "centavos"}},
        {"\xE2\x82\xAA", {"shekel", "shekels", "agora", "agorot"}},
        {"\xE0\xB8\xBF", {"baht", "baht", "satang", "satang"}},
        {"\xE2\x82\xAB", {"dong", "dong", "", ""}},
        // Letters written before the amount ("Rs 500", "RM50", "KSh 1,500"). "R" (rand), "N" (naira) and
        // "Sh" (shillings) are also roads and grades, so they count only before an amount that could
        // only be money (see moneyRule).
        {"Rs", {"rupee", "rupees", "paisa", "paise"}},
        {"RM", {"ringgit", "ringgit", "sen", "sen"}},
        {"Rp", {"rupiah", "rupiah", "", ""}},
        {"KSh", {"Kenyan shilling", "Kenyan shillings", "cent", "cents"}},
        {"Ksh", {"Kenyan shilling", "Kenyan shillings", "cent", "cents"}},
        {"KShs", {"Kenyan shilling", "Kenyan shillings", "cent", "cents"}},
        {"Kshs", {"Kenyan shilling", "Kenyan shillings", "cent", "cents"}},
        {"USh", {"Ugandan shilling", "Ugandan shillings", "cent", "cents"}},
        {"TSh", {"Tanzanian shilling", "Tanzanian shillings", "cent", "cents"}},
        {"Tk", {"taka", "taka", "poisha", "poisha"}},
        {"R", {"rand", "rand", "cent", "cents"}},
        {"N", {"naira", "naira", "kobo", "kobo"}},
        // the Philippine peso as its papers type it without the sign: "P2.3 million", "P1,500"
        {"P", {"peso", "pesos", "centavo", "centavos"}},
        {"Sh", {"shilling", "shillings", "cent", "cents"}},
        {"Shs", {"shilling", "shillings", "cent", "cents"}},
        {"Dh", {"dirham", "dirhams", "fil", "fils"}},
        {"Dhs", {"dirham", "dirhams", "fil", "fils"}},
        {"Rwf", {"Rwandan franc", "Rwandan francs", "", ""}},
        {"Frw", {"Rwandan franc", "Rwandan francs", "", ""}},
        {"FRw", {"Rwandan franc", "Rwandan francs", "", ""}},
        {"Le", {"leone", "leones", "cent", "cents"}},
        {"NLe", {"leone", "leones", "cent", "cents"}},
        {"Kz", {"kwanza", "kwanzas", "centimo", "centimos"}},
        {"MK", {"kwacha", "kwacha", "tambala", "tambala"}},
        {"Nu", {"ngultrum", "ngultrum", "", ""}},
        {"Rf", {"rufiyaa", "rufiyaa", "laari", "laari"}},
        {"VT", {"vatu", "vatu", "", ""}},
        {"NAf", {"guilder", "guilders", "cent", "cents"}},
        {"Afl", {"florin", "florins", "cent", "cents"}},
        {"L$", {"Liberian dollar", "Liberian dollars", "cent", "cents"}},
        {"CI$", {"Cayman Islands dollar", "Cayman Islands dollars", "cent", "cents"}},
        {"WS$", {"tala", "tala", "sene", "sene"}},
        {"SI$", {"Solomon Islands dollar", "Solomon Islands dollars", "cent", "cents"}},
        {"BDS$", {"Barbados dollar", "Barbados dollars", "cent", "cents"}},
        {"Bds$", {"Barbados dollar", "Barbados dollars", "cent", "cents"}},
        {"BD$", {"Bermuda dollar", "Bermuda dollars", "cent", "cents"}},
        {"T$", {"pa'anga", "pa'anga", "seniti", "seniti"}},
        {"\xE2\x82\xA1", {"col\xC3\xB3n", "colones", "", ""}},
        {"RD$", {"Dominican peso", "Dominican pesos", "centavo", "centavos"}},
        {"SRD", {"Surinamese dollar", "Surinamese dollars", "cent", "cents"}},
        // ISO codes, before or after the amount ("USD 5", "300 DKK").
        {"CHF", {"Swiss franc", "Swiss francs", "centime", "centimes"}},
        {"USD", {"dollar", "dollars", "cent", "cents"}},
        {"EUR", {"euro", "euros", "cent", "cents"}},
        {"GBP", {"pound", "pounds", "penny", "pence"}},
        {"JPY", {"yen", "yen", "", ""}},
        {"KRW", {"won", "won", "", ""}},
        {"CNY", {"yuan", "yuan", "", ""}},
        {"RMB", {"yuan", "yuan", "", ""}},
        {"INR", {"rupee", "rupees", "", ""}},
        {"PKR", {"Pakistani rupee", "Pakistani rupees", "", ""}},
        {"LKR", {"Sri Lankan rupee", "Sri Lankan rupees", "cent", "cents"}},
        {"NPR", {"Nepalese rupee", "Nepalese rupees", "", ""}},
        {"AUD", {"Australian dollar", "Australian dollars", "cent", "cents"}},
        {"CAD", {"Canadian dollar", "Canadian dollars", "cent", "cents"}},
        {"NZD", {"New Zealand dollar", "New Zealand dollars", "cent", "cents"}},
        {"SGD", {"Singapore dollar", "Singapore dollars", "cent", "cents"}},
        {"HKD", {"Hong Kong dollar", "Hong Kong dollars", "cent", "cents"}},
        {"TWD", {"Taiwan dollar", "Taiwan dollars", "", ""}},
        {"RUB", {"ruble", "rubles", "", ""}},
        {"UAH", {"hryvnia", "hryvnias", "", ""}},
        {"BRL", {"real", "reais", "", ""}},
        {"MXN", {"peso", "pesos", "", ""}},
        {"ARS", {"Argentine peso", "Argentine pesos", "", ""}},
        {"CLP", {"Chilean peso", "Chilean pesos", "", ""}},
        {"COP", {"Colombian peso", "Colombian pesos", "", ""}},
        {"PHP", {"Philippine peso", "Philippine pesos", "", ""}},
        {"SEK", {"krona", "kronor", "", ""}},
        {"NOK", {"krone", "kroner", "", ""}},
        {"DKK", {"krone", "kroner", "", ""}},
        {"ISK", {"krona", "kronur", "", ""}},
        {"PLN", {"zloty", "zlotys", "", ""}},
        {"CZK", {"koruna", "korunas", "", ""}},
        {"HUF", {"forint", "forints", "", ""}},
        // (the currencies the euro replaced, in a history's or a wire's figures: "BEF 12 bn", "DEM 4m")
        {"BEF", {"Belgian franc", "Belgian francs", "", ""}},
        {"DEM", {"Deutsche mark", "Deutsche marks", "pfennig", "pfennigs"}},
        {"FRF", {"French franc", "French francs", "centime", "centimes"}},
        {"ITL", {"lira", "lire", "", ""}},
        {"NLG", {"guilder", "guilders", "cent", "cents"}},
        {"ATS", {"schilling", "schillings", "", ""}},
        {"PTE", {"escudo", "escudos", "", ""}},
        {"IEP", {"Irish pound", "Irish pounds", "penny", "pence"}},
        {"FIM", {"markka", "markkaa", "", ""}},
        {"GRD", {"drachma", "drachmas", "", ""}},
        {"RON", {"leu", "lei", "", ""}},
        {"TRY", {"lira", "lira", "", ""}},
        {"ZAR", {"rand", "rand", "cent", "cents"}},
        {"NGN", {"naira", "naira", "", ""}},
        {"KES", {"Kenyan shilling", "Kenyan shillings", "", ""}},
        {"UGX", {"Ugandan shilling", "Ugandan shillings", "", ""}},
        {"TZS", {"Tanzanian shilling", "Tanzanian shillings", "", ""}},
        {"GHS", {"cedi", "cedis", "", ""}},
        {"EGP", {"Egyptian pound", "Egyptian pounds", "", ""}},
        {"MAD", {"dirham", "dirhams", "", ""}},
        {"AED", {"dirham", "dirhams", "fils", "fils"}},
        {"SAR", {"riyal", "riyals", "halala", "halalas"}},
        {"QAR", {"riyal", "riyals", "dirham", "dirhams"}},
        {"ILS", {"shekel", "shekels", "agora", "agorot"}},
        // the shekel as Israel's English press writes it, "NIS 12 million"; Egypt's pound as Cairo's and the Gulf's, "LE30.9"
        {"NIS", {"shekel", "shekels", "agora", "agorot"}},
        {"LE", {"Egyptian pound", "Egyptian pounds", "piastre", "piastres"}},
        {"IDR", {"rupiah", "rupiah", "", ""}},
        {"MYR", {"ringgit", "ringgit", "sen", "sen"}},
        {"THB", {"baht", "baht", "", ""}},
        {"VND", {"dong", "dong", "", ""}},
        {"BDT", {"taka", "taka", "poisha", "poisha"}},
        {"RWF", {"Rwandan franc", "Rwandan francs", "", ""}},
        {"SLE", {"leone", "leones", "cent", "cents"}},
        {"SLL", {"leone", "leones", "", ""}},
        {"AOA", {"kwanza", "kwanzas", "centimo", "centimos"}},
        {"BWP", {"pula", "pula", "thebe", "thebe"}},
        {"PGK", {"kina", "kina", "toea", "toea"}},
        {"ZMW", {"kwacha", "kwacha", "ngwee", "ngwee"}},
        {"MWK", {"kwacha", "kwacha", "tambala", "tambala"}},
        {"LRD", {"Liberian dollar", "Liberian dollars", "cent", "cents"}},
        {"KYD", {"Cayman Islands dollar", "Cayman Islands dollars", "cent", "cents"}},
        {"SCR", {"Seychelles rupee", "Seychelles rupees", "cent", "cents"}},
        {"MUR", {"Mauritian rupee", "Mauritian rupees", "cent", "cents"}},
        {"WST", {"tala", "tala", "sene", "sene"}},
        {"SBD", {"Solomon Islands dollar", "Solomon Islands dollars", "cent", "cents"}},
        {"FJD", {"Fiji dollar", "Fiji dollars", "cent", "cents"}},
        {"BBD", {"Barbados dollar", "Barbados dollars", "cent", "cents"}},
        {"BSD", {"Bahamian dollar", "Bahamian dollars", "cent", "cents"}},
        {"JMD", {"Jamaican dollar", "Jamaican dollars", "cent", "cents"}},
        {"TTD", {"Trinidad and Tobago dollar", "Trinidad and Tobago dollars", "cent", "cents"}},
        {"XCD", {"Eastern Caribbean dollar", "Eastern Caribbean dollars", "cent", "cents"}},
        {"GYD", {"Guyana dollar", "Guyana dollars", "cent", "cents"}},
        {"ETB", {"birr", "birr", "santim", "santim"}},
        {"MVR", {"rufiyaa", "rufiyaa", "laari", "laari"}},
        {"BTN", {"ngultrum", "ngultrum", "", ""}},
        {"DOP", {"Dominican peso", "Dominican pesos", "centavo", "centavos"}},
        {"LKR", {"Sri Lankan rupee", "Sri Lankan rupees", "cent", "cents"}},
        {"TOP", {"pa'anga", "pa'anga", "seniti", "seniti"}},
        {"NAD", {"Namibia dollar", "Namibia dollars", "cent", "cents"}},
        {"BMD", {"Bermuda dollar", "Bermuda dollars", "cent", "cents"}},
        {"LSL", {"loti", "maloti", "sente", "lisente"}},
        {"GMD", {"dalasi", "dalasi", "butut", "bututs"}},
        {"SZL", {"lilangeni", "emalangeni", "cent", "cents"}},
        {"CVE", {"escudo", "escudos", "centavo", "centavos"}},
        {"CRC", {"col\xC3\xB3n", "colones", "", ""}},
        {"XCG", {"Caribbean guilder", "Caribbean guilders", "cent", "cents"}},
        {"ANG", {"guilder", "guilders", "cent", "cents"}},
    };
    return kMap;
}

bool listedCurrency(const std::string& written) { return listedCurrencies().count(written) != 0; }

bool currencyNeedsMoneyShape(const std::string& written) {
    // Letters that are also roads ("R350", "N11"), grades, "PHP 8", "COP 28", "RON 95" petrol: money
    // only when the amount could be nothing else; "a 9.8 CVE", a flaw's score, is no escudos.
    static const std::unordered_set<std::string> kAmbiguous{"R",   "N",   "P",   "Sh",  "Shs", "Dh", "Dhs", "PHP", "COP", "MAD", "SAR",
                                                            "RON", "ARS", "ILS", "TRY", "ISK", "CLP", "Le",  "MK",  "Nu",
                                                            "VT",  "Rf",  "TOP", "DOP", "SCR", "CVE",
                                                            // (a directive, "NIS2"; a car's trim, "Corolla LE 2024")
                                                            "NIS", "LE",
                                                            // (the currencies the euro replaced: "DEM 51%" is an exit poll's party)
                                                            "BEF", "DEM", "FRF", "ITL", "NLG", "ATS", "PTE", "IEP", "FIM", "GRD"};
    // (Nor are the codes only ICU names sure: "AMD 7000", "ALL 3", "PEN 5" are a chip, a word and a pen first.)
    prefixCurrencies();
    return kAmbiguous.count(written) != 0 || icuCurrencyCodes().count(written) != 0;
}

const std::unordered_map<std::string, std::string>& magnitudes() {
    static const std::unordered_map<std::string, std::string> kMap{
        {"thousand", "thousand"}, {"million", "million"}, {"billion", "billion"}, {"trillion", "trillion"},
        {"k", "thousand"},        {"m", "million"},       {"mn", "million"},    {"mln", "million"},
        {"bn", "billion"},        {"b", "billion"},       {"tn", "trillion"},   {"trn", "trillion"},
        {"crore", "crore"},       {"lakh", "lakh"},       {"lakhs", "lakh"},    {"cr", "crore"},    {"mil", "million"},
        {"bil", "billion"},       {"t", "trillion"},      {"bln", "billion"},   {"trln", "trillion"},  {"tr", "trillion"},
        {"tril", "trillion"},
        // Brazil's, kept in English copy: "R$35 bi", "R$1,2 tri"
        {"bi", "billion"},        {"tri", "trillion"},
        // Indonesia's and Malaysia's words after an amount, kept in English copy: "Rp450 juta", "Rp1.2 triliun", "RM3 juta"
        {"ribu", "thousand"},     {"juta", "million"},    {"miliar", "billion"}, {"milyar", "billion"}, {"triliun", "trillion"},
    };
    return kMap;
}

const std::unordered_map<std::string, Unit>& units() {
    // Written as pages write them. Lookups also try the lower-case form for the multi-letter ones
    // (see findUnit), so "40KM" and "5 Km" are kilometers; single letters keep their case.
    static const std::unordered_map<std::string, Unit> kMap{
        {"km", {"kilometer", "kilometers"}},       {"m", {"meter", "meters"}},
        {"cm", {"centimeter", "centimeters"}},     {"mm", {"millimeter", "millimeters"}},
        {"nm", {"nanometer", "nanometers"}},       {"\xC2\xB5m", {"micrometer", "micrometers"}},
        // astronomers' distances: "3.2 kpc"; "pc" alone only as a unit to a power ("1,458 pc cm−3"), else it is per cent
        {"pc", {"parsec", "parsecs"}},             {"kpc", {"kiloparsec", "kiloparsecs"}},
        {"Mpc", {"megaparsec", "megaparsecs"}},    {"Gpc", {"gigaparsec", "gigaparsecs"}},
        {"Nm", {"newton meter", "newton meters"}},  // an engine's torque ("230 Nm"); "nm" is nanometers
        // a chemist's concentrations, told from lengths by the capital: "10 mM", "45 µM", "20 nM"
        {"mM", {"millimolar", "millimolar"}},      {"\xC2\xB5M", {"micromolar", "micromolar"}},
        {"\xCE\xBCM", {"micromolar", "micromolar"}}, {"nM", {"nanomolar", "nanomolar"}},
        {"pM", {"picomolar", "picomolar"}},
        // a crystallographer's and a physicist's lengths: "1.6 Å resolution"
        {"\xC3\x85", {"angstrom", "angstroms"}},  {"\xE2\x84\xAB", {"angstrom", "angstroms"}},
        // radiation doses
        {"mSv", {"millisievert", "millisieverts"}}, {"\xC2\xB5Sv", {"microsievert", "microsieverts"}},
        {"uSv", {"microsievert", "microsieverts"}}, {"Sv", {"sievert", "sieverts"}},
        {"mi", {"mile", "miles"}},                 {"ft", {"foot", "feet"}},
        {"yd", {"yard", "yards"}},                 {"yds", {"yard", "yards"}},
        {"T", {"tesla", "tesla"}},                 {"mT", {"millitesla", "millitesla"}},      {"nT", {"nanotesla", "nanotesla"}},
        {"\xC2\xB5T", {"microtesla", "microtesla"}}, {"\xCE\xBCT", {"microtesla", "microtesla"}},                 {"wkt", {"wicket", "wickets"}},            {"wkts", {"wicket", "wickets"}},
        {"ov", {"over", "overs"}},
        // gas as the trade counts it
        {"bcm", {"billion cubic meters", "billion cubic meters"}}, {"bcf", {"billion cubic feet", "billion cubic feet"}},
        {"tcf", {"trillion cubic feet", "trillion cubic feet"}},   {"mcm", {"million cubic meters", "million cubic meters"}},
        {"in", {"inch", "inches"}},                {"kg", {"kilogram", "kilograms"}},
        {"g", {"gram", "grams"}},                  {"mg", {"milligram", "milligrams"}},
        {"\xC2\xB5s", {"microsecond", "microseconds"}},  {"\xC2\xB5l", {"microliter", "microliters"}},
        {"\xC2\xB5L", {"microliter", "microliters"}},
        {"\xC2\xB5g", {"microgram", "micrograms"}},  {"\xC2\xB5G", {"microgauss", "microgauss"}}, {"\xCE\xBCG", {"microgauss", "microgauss"}},  {"mcg", {"microgram", "micrograms"}},
        {"lb", {"pound", "pounds"}},               {"lbs", {"pound", "pounds"}},               {"kgs", {"kilogram", "kilograms"}},
        {"oz", {"ounce", "ounces"}},               {"bbl", {"barrel", "barrels"}},
        // (A mine's resource of gold or silver in millions of ounces: "1.24Moz Au".)
        {"Moz", {"million ounces", "million ounces"}},
        // a mine's output in thousands of ounces, a plant's capacity in millions of tonnes a year: "402koz", "30 mtpa"
        {"koz", {"thousand ounces", "thousand ounces"}}, {"mtpa", {"million tonnes a year", "million tonnes a year"}},
        // carbon's price per tonne emitted: "$6.40/tCO2e"
        {"tCO2e", {"tonne of CO2 equivalent", "tonnes of CO2 equivalent"}}, {"tCO2", {"tonne of CO2", "tonnes of CO2"}},
        {"mph", {"mile per hour", "miles per hour"}},
        {"kph", {"kilometer per hour", "kilometers per hour"}},
        {"kmph", {"kilometer per hour", "kilometers per hour"}},
        {"kmpl", {"kilometer per liter", "kilometers per liter"}},
        {"km/h", {"kilometer per hour", "kilometers per hour"}},
        {"kmh", {"kilometer per hour", "kilometers per hour"}},
        {"m/s", {"meter per second", "meters per second"}},
        // an ore's grade: "3.4 g/t", "0.5 oz/t"
        {"g/t", {"gram per tonne", "grams per tonne"}},  {"oz/t", {"ounce per tonne", "ounces per tonne"}},
        // a Bitcoin transaction's fee rate: "12 sat/vB"
        {"sat/vB", {"satoshi per virtual byte", "satoshis per virtual byte"}},
        {"sats/vB", {"satoshi per virtual byte", "satoshis per virtual byte"}},
        {"sat/B", {"satoshi per byte", "satoshis per byte"}},
        // a memory's and a bus's transfers: "8,400 MT/s", "PCIe at 16 GT/s" (no tonnes)
        {"MT/s", {"megatransfer per second", "megatransfers per second"}}, {"GT/s", {"gigatransfer per second", "gigatransfers per second"}},
        // energy per mass: "3,000 J/kg" of a storm's instability ("J" alone is a seat's letter, "11J")
        {"J/kg", {"joule per kilogram", "joules per kilogram"}},
        // a game's or a camera's frame rate: "60fps", "120 FPS"
        {"GB", {"gigabyte", "gigabytes"}},         {"MB", {"megabyte", "megabytes"}},
        // a small "b" is a bit: "38 Mb/s", "40Gb/s", "a 512Kb chip"
        {"Mb", {"megabit", "megabits"}},           {"Gb", {"gigabit", "gigabits"}},
        {"Kb", {"kilobit", "kilobits"}},           {"Tb", {"terabit", "terabits"}},
        {"TB", {"terabyte", "terabytes"}},         {"KB", {"kilobyte", "kilobytes"}},
        {"kB", {"kilobyte", "kilobytes"}},         {"PB", {"petabyte", "petabytes"}},
        // the binary multiples software copy writes: "2 GiB of memory"
        {"GiB", {"gibibyte", "gibibytes"}},        {"MiB", {"mebibyte", "mebibytes"}},
        {"TiB", {"tebibyte", "tebibytes"}},        {"KiB", {"kibibyte", "kibibytes"}},
        // a proof-of-work network's hash rate: "642 EH/s"
        {"EH/s", {"exahash per second", "exahashes per second"}}, {"TH/s", {"terahash per second", "terahashes per second"}},
        {"PH/s", {"petahash per second", "petahashes per second"}}, {"GH/s", {"gigahash per second", "gigahashes per second"}},
        {"MH/s", {"megahash per second", "megahashes per second"}},
        {"Gbps", {"gigabit per second", "gigabits per second"}},
        {"Mbps", {"megabit per second", "megabits per second"}},
        // bytes by their capital B, "1,812 MBps", eight times the bits ("MBPS" in capitals stays the bits' speed)
        {"MBps", {"megabyte per second", "megabytes per second"}}, {"GBps", {"gigabyte per second", "gigabytes per second"}},
        {"kBps", {"kilobyte per second", "kilobytes per second"}},
        {"Kbps", {"kilobit per second", "kilobits per second"}},
        {"Tbps", {"terabit per second", "terabits per second"}},
        {"Mbit", {"megabit", "megabits"}},         {"Gbit", {"gigabit", "gigabits"}},
        {"kbit", {"kilobit", "kilobits"}},         {"Tbit", {"terabit", "terabits"}},
        {"mol", {"mole", "moles"}},
        {"IU", {"international unit", "international units"}},
        {"GHz", {"gigahertz", "gigahertz"}},       {"MHz", {"megahertz", "megahertz"}},
        {"kHz", {"kilohertz", "kilohertz"}},       {"Hz", {"hertz", "hertz"}},
        {"W", {"watt", "watts"}},                  {"kW", {"kilowatt", "kilowatts"}},
        {"MW", {"megawatt", "megawatts"}},         {"GW", {"gigawatt", "gigawatts"}},
        {"TW", {"terawatt", "terawatts"}},         {"Wh", {"watt hour", "watt hours"}},
        {"kWh", {"kilowatt hour", "kilowatt hours"}}, {"MWh", {"megawatt hour", "megawatt hours"}},
        {"GWh", {"gigawatt hour", "gigawatt hours"}}, {"TWh", {"terawatt hour", "terawatt hours"}},
        // a solar plant's output on either side of its inverters, and at its peak: "680 MWac / 875 MWdc", "5 kWp"
        {"MWac", {"megawatt AC", "megawatts AC"}}, {"MWdc", {"megawatt DC", "megawatts DC"}},
        {"MWp", {"megawatt peak", "megawatts peak"}}, {"kWp", {"kilowatt peak", "kilowatts peak"}},
        // a molecule's mass: "a 1.6 kDa peptide"
        {"kDa", {"kilodalton", "kilodaltons"}},
        {"mAh", {"milliamp hour", "milliamp hours"}}, {"V", {"volt", "volts"}},
        // a cell's charge, an engine's thrust, a chip's time, a fridge's cold: "27 Ah", "600 kN", "900 ns", "12 mK" (not "MN",
        // Minnesota's letters after a highway's number)
        {"Ah", {"amp hour", "amp hours"}},         {"kN", {"kilonewton", "kilonewtons"}},
        {"ns", {"nanosecond", "nanoseconds"}},     {"mK", {"millikelvin", "millikelvin"}},
        {"kV", {"kilovolt", "kilovolts"}},         {"mA", {"milliamp", "milliamps"}},
        // (A geologist's mega-annum, "2 Ma", million years, written so: the milliamp is "mA".)
        {"Ma", {"million years", "million years"}},
        {"hp", {"horsepower", "horsepower"}},      {"hPa", {"hectopascal", "hectopascals"}},
        {"kPa", {"kilopascal", "kilopascals"}},    {"MPa", {"megapascal", "megapascals"}},
        {"GPa", {"gigapascal", "gigapascals"}},    {"Pa", {"pascal", "pascals"}},
        {"ha", {"hectare", "hectares"}},           {"ml", {"milliliter", "milliliters"}},
        {"mL", {"milliliter", "milliliters"}},     {"cl", {"centiliter", "centiliters"}},
        {"L", {"liter", "liters"}},                {"l", {"liter", "liters"}},
        {"tsp", {"teaspoon", "teaspoons"}},        {"tbsp", {"tablespoon", "tablespoons"}},
        {"sq", {"square", "square"}},              {"t", {"tonne", "tonnes"}},
        {"kt", {"kiloton", "kilotons"}},           {"Gt", {"gigatonne", "gigatonnes"}}, {"atm", {"atmosphere", "atmospheres"}},           {"Mt", {"megaton", "megatons"}},
        {"kn", {"knot", "knots"}},                 {"kcal", {"kilocalorie", "kilocalories"}},
        {"cal", {"calorie", "calories"}},          {"dB", {"decibel", "decibels"}},
        {"pts", {"point", "points"}},              {"pt", {"point", "points"}},
        {"px", {"pixel", "pixels"}},
        {"hrs", {"hour", "hours"}},                {"hr", {"hour", "hours"}},
        {"min", {"minute", "minutes"}},            {"mins", {"minute", "minutes"}},
        {"sec", {"second", "seconds"}},            {"secs", {"second", "seconds"}},
        {"ms", {"millisecond", "milliseconds"}},   {"yr", {"year", "years"}},
        {"yrs", {"year", "years"}},                {"wk", {"week", "weeks"}},
        {"wks", {"week", "weeks"}},                {"mo", {"month", "months"}},
        {"mos", {"month", "months"}},              {"mth", {"month", "months"}},
        {"mths", {"month", "months"}},              {"sqft", {"square foot", "square feet"}},
        // a flat's price per square metre, as Philippine and Asian property copy writes it, "P890/sqm", "120 sqm"
        {"sqm", {"square meter", "square meters"}},
        {"ppm", {"part per million", "parts per million"}},
        {"M\xE2\x84\x93", {"megalitre", "megalitres"}}, {"k\xE2\x84\x93", {"kilolitre", "kilolitres"}},
        {"\xE2\x84\x93", {"liter", "liters"}},          {"cr", {"crore", "crore"}},
        {"pax", {"passenger", "passengers"}},
        // astronomy's distances: "about 29,000 ly from Earth", "4.2 ly away"
        {"ly", {"light-year", "light-years"}},
        // where no share or rate moves ("a 3 ppt lead" is percentage points, MoneyRules): a contaminant's level
        {"ppb", {"part per billion", "parts per billion"}}, {"ppt", {"part per trillion", "parts per trillion"}},
        {"bpm", {"beat per minute", "beats per minute"}},
        {"bps", {"basis point", "basis points"}},  {"bp", {"basis point", "basis points"}},
        {"mmHg", {"millimeter of mercury", "millimeters of mercury"}},
        {"dL", {"deciliter", "deciliters"}},       {"dl", {"deciliter", "deciliters"}},
        {"eV", {"electronvolt", "electronvolts"}}, {"keV", {"kilo-electronvolt", "kilo-electronvolts"}},
        {"MeV", {"mega-electronvolt", "mega-electronvolts"}}, {"GeV", {"giga-electronvolt", "giga-electronvolts"}},
        {"TeV", {"tera-electronvolt", "tera-electronvolts"}}, {"mbar", {"millibar", "millibars"}},
        {"mmol", {"millimole", "millimoles"}},     {"\xC2\xB5mol", {"micromole", "micromoles"}},
        {"umol", {"micromole", "micromoles"}},     {"nmol", {"nanomole", "nanomoles"}},
        {"pmol", {"picomole", "picomoles"}},       {"fmol", {"femtomole", "femtomoles"}},
        {"mEq", {"milliequivalent", "milliequivalents"}},
        {"rpm", {"revolution per minute", "revolutions per minute"}},
        {"kts", {"knot", "knots"}},                {"kt.", {"knot", "knots"}},
        {"nmi", {"nautical mile", "nautical miles"}}, {"gal", {"gallon", "gallons"}},
        {"cwt", {"hundredweight", "hundredweight"}}, {"lbf", {"pound of thrust", "pounds of thrust"}},
        {"MP", {"megapixel", "megapixels"}},       {"bpd", {"barrel a day", "barrels a day"}},
        {"b/d", {"barrel a day", "barrels a day"}}, {"bu", {"bushel", "bushels"}},
        // a gas field's output a day: "1.62 bscf/d", "2.5 Bcf/d", "400 mmscf/d", "400 MMscfd"
        {"bscf/d", {"billion standard cubic feet a day", "billion standard cubic feet a day"}},
        {"bcf/d", {"billion cubic feet a day", "billion cubic feet a day"}},
        {"mmscf/d", {"million standard cubic feet a day", "million standard cubic feet a day"}},
        {"mmscfd", {"million standard cubic feet a day", "million standard cubic feet a day"}},
        {"bscf", {"billion standard cubic feet", "billion standard cubic feet"}},
        {"tcf", {"trillion cubic feet", "trillion cubic feet"}},
        {"mb/d", {"million barrels a day", "million barrels a day"}}, {"kb/d", {"thousand barrels a day", "thousand barrels a day"}},
        {"mbpd", {"million barrels a day", "million barrels a day"}},
        {"ng", {"nanogram", "nanograms"}},         {"\xCE\xBCg", {"microgram", "micrograms"}}, {"pg", {"picogram", "picograms"}},
        {"inHg", {"inch of mercury", "inches of mercury"}},
        {"MMBtu", {"million British thermal units", "million British thermal units"}},
        {"mmBtu", {"million British thermal units", "million British thermal units"}},
        {"kJ", {"kilojoule", "kilojoules"}},       {"MJ", {"megajoule", "megajoules"}},
        {"GJ", {"gigajoule", "gigajoules"}},       {"TJ", {"terajoule", "terajoules"}},
        {"gm", {"gram", "grams"}},                 {"gms", {"gram", "grams"}},
        {"mpg", {"mile per gallon", "miles per gallon"}},
        // commodity and pump-price trade shorthand: "169.5 MMT" of soybeans, petrol "up 4.5 cpl"
        {"MMT", {"million metric tons", "million metric tons"}},
        {"cpl", {"cent a liter", "cents a liter"}},
        // a pump's and a dividend's shorthand in Asian papers: "Rs 280/ltr", "5 ltrs", "a dividend of 5 cts"
        {"ltr", {"liter", "liters"}},              {"ltrs", {"liter", "liters"}},
        {"Ltr", {"liter", "liters"}},              {"cts", {"cent", "cents"}},
        // water as dams and allocations count it: "1.3 million ML" are megalitres ("mL" and "ml" stay milliliters)
        // (Written "-litre": eSpeak NG says "megaliters" "mega-LIT-ers", "megalitres" right.)
        {"ML", {"megalitre", "megalitres"}},       {"GL", {"gigalitre", "gigalitres"}},
        {"Ml", {"megalitre", "megalitres"}},  // as British water companies write it, "147 Ml/d"
        // a ship's gross tonnage in capitals, "130,000 GT" ("Gt" is the gigatonne)
        {"GT", {"gross ton", "gross tons"}},       {"GRT", {"gross register ton", "gross register tons"}},

        {"DWT", {"deadweight ton", "deadweight tons"}}, {"dwt", {"deadweight ton", "deadweight tons"}},
    };
    return kMap;
}

const std::pair<const std::string, Unit>* findUnit(const std::string& written) {
    const auto& table = units();
    if (const auto it = table.find(written); it != table.end()) return &*it;
    // Multi-letter symbols in any case: "KM", "Kg", "GBPS"; single letters are too ambiguous, and so is
    // an initialism's plural ("HRs" home runs, "PRs" are not hours or points).
    // ("44 HR" are home runs, or human resources: never hours in capitals.)
    // ("2024 EV": an electric vehicle; the electronvolt is written "eV".)
    // ("the Mini-Mental State (3MS) exam": milliseconds are never written in capitals.)
    // ("F1.2 GM": a lens's line, General Motors too; a gram is "g" or "gm" in small letters.)
    if (written.size() < 2 || written == "HR" || written == "EV" || written == "EVs" || written == "MS" || written == "GM") return nullptr;
    if (written.size() >= 3 && written.back() == 's' && std::isupper(static_cast<unsigned char>(written[0])) &&
        std::isupper(static_cast<unsigned char>(written[written.size() - 2]))) {
        return nullptr;
    }
    const std::string lower = lowerAscii(written);
    for (const auto& entry : table) {
        // (A bit's symbol, "Mb", only as written: "500 mb" in any other case is megabytes.)
        // (So too a concentration's, "mM", "nM", "pM": "10 MM" is millimeters, "6 PM" a clock.)
        const bool bits = std::isupper(static_cast<unsigned char>(entry.first[0])) && entry.first.back() == 'b';
        // (Nor the units whose case tells them from initials: "3 MT of sugar" are metric tons, "9 MPC members" a committee's,
        // "2 NT seats" a territory's; only "mT", "Mpc", "nT" as written.)
        const bool caseTold = entry.first == "mT" || entry.first == "nT" || entry.first == "Mpc" || entry.first == "Gpc" || entry.first == "kpc" ||
                              entry.first == "pc" || entry.first == "mM" || entry.first == "nM" || entry.first == "pM" ||
                              // ("4.1 mn users" are millions, "NS" Nova Scotia, "MK" a town's letters: only "ns", "mK" as written)
                              entry.first == "kN" || entry.first == "ns" || entry.first == "mK" || entry.first == "Ah" ||
                              // ("a 3.6 GPA" is a grade point average, "an MPA" a marine protected area: pascals only as written)
                              entry.first == "GPa" || entry.first == "MPa" || entry.first == "kPa" ||
                              entry.first == "MBps" || entry.first == "GBps" || entry.first == "kBps";
        if (entry.first.size() >= 2 && !bits && !caseTold && lowerAscii(entry.first) == lower) return &entry;
    }
    return nullptr;
}

const std::unordered_map<std::string, std::string>& timeZones() {
    // America's four zones written for the season ("ET", "PT") or for summer ("EDT") are said by name, as
    // its newsreaders say them ("three P M Eastern time"); the standard ones ("EST") and the others as their
    // letters ("G M T"). eSpeak NG spells most of them by itself; these it would read as words, so they are
    // spelled out ("AT" would be the word "at"), an A as "eh" (a spaced A is the article "uh" to it).
    static const std::unordered_map<std::string, std::string> kMap{
        {"EST", "EST"},          {"EDT", "Eastern time"}, {"ET", "Eastern time"},   {"CST", "CST"},
        {"CDT", "Central time"}, {"CT", "Central time"},  {"MST", "MST"},           {"MDT", "Mountain time"},
        {"MT", "Mountain time"}, {"PST", "PST"},          {"PDT", "Pacific time"},  {"PT", "Pacific time"},
        // (Canada's Atlantic and Newfoundland zones too: "11:30 a.m. NT", "7 p.m. AT".)
        // ("NT" stays letters: Australia's Northern Territory is written so after a time as often.)
        {"AT", "Atlantic time"}, {"ADT", "Atlantic time"}, {"NT", "N T"}, {"NDT", "N D T"}, {"NST", "N S T"},
        {"GMT", "GMT"}, {"UTC", "UTC"}, {"BST", "BST"},   {"CET", "CET"},    {"CEST", "C E S T"}, {"EET", "E E T"},
        {"EEST", "E E S T"}, {"WET", "W E T"}, {"KST", "K S T"}, {"JST", "J S T"}, {"IST", "I S T"},
        // (Australia's by name, not to be taken for America's: "Australian Eastern Daylight Time".)
        {"AEST", "Australian Eastern Standard Time"}, {"AEDT", "Australian Eastern Daylight Time"},
        {"ACST", "Australian Central Standard Time"}, {"ACDT", "Australian Central Daylight Time"},
        {"AWST", "Australian Western Standard Time"}, {"HKT", "HKT"}, {"SGT", "SGT"}, {"MSK", "M S K"},
        {"AKST", "A-K S T"}, {"HST", "H S T"}, {"NZST", "New Zealand Standard Time"}, {"NZT", "New Zealand time"}, {"PKT", "Pakistan time"}, {"NZDT", "New Zealand Daylight Time"}, {"WIB", "W I B"},
        {"PHT", "P H T"}, {"ICT", "I C T"}, {"BRT", "B R T"}, {"ART", "A-R T"}, {"SAST", "S eh S T"},
        {"WAT", "W eh T"}, {"EAT", "E eh T"}, {"CAT", "C eh T"}, {"AST", "A-S T"},
    };
    return kMap;
}

const std::unordered_map<std::string, std::string>& titleAbbreviations() {
    static const std::unordered_map<std::string, std::string> kMap{
        {"Mr", "Mister"},        {"Mrs", "Missus"},      {"Ms", "Miz"},          {"Dr", "Doctor"},
        {"Prof", "Professor"},   {"Gen", "General"},     {"Sen", "Senator"},     {"Rep", "Representative"},
        {"Gov", "Governor"},     {"Lt", "Lieutenant"},   {"Col", "Colonel"},     {"Capt", "Captain"},
        {"Sgt", "Sergeant"},     {"Adm", "Admiral"},     {"Maj", "Major"},       {"Rev", "Reverend"},
        {"Pres", "President"},   {"Supt", "Superintendent"}, {"Cmdr", "Commander"}, {"Insp", "Inspector"},
        {"Coun", "Councillor"},  {"Atty", "Attorney"},   {"Asst", "Assistant"},  {"Dep", "Deputy"},
        {"Det", "Detective"},    {"Amb", "Ambassador"},  {"Hon", "Honorable"},   {"Fr", "Father"},
        {"Mt", "Mount"},         {"Ft", "Fort"},         {"Messrs", "Messieurs"}, {"Gens", "Generals"},
        {"Sens", "Senators"},    {"Reps", "Representatives"}, {"Brig", "Brigadier"}, {"Smt", "Shrimati"},
        {"Cpl", "Corporal"},     {"Pvt", "Private"},     {"Gov.-Gen", "Governor-General"},
        {"Const", "Constable"},  {"Cst", "Constable"},   {"Revd", "Reverend"},   {"Mx", "Mix"},
        {"Msgr", "Monsignor"},   {"Mgr", "Monsignor"},   {"Ss", "Saints"},       {"Sts", "Saints"},
        // a given name as old letters and registers shorten it, before the surname: "Wm. Clark", "Jno. Adams"
        {"Wm", "William"},       {"Thos", "Thomas"},     {"Jno", "John"},        {"Benj", "Benjamin"},
        {"Saml", "Samuel"},      {"Robt", "Robert"},
        {"Cde", "Comrade"},      {"Shri", "Shree"},       {"Sh", "Shree"},
        // an engineer's title in East Africa and South Asia ("Eng. Patrick Nkurunziza", "Er. Ram Thapa"); an
        // alderman; an advocate in India
        {"Eng", "Engineer"},     {"Engr", "Engineer"},   {"Er", "Engineer"},     {"Ald", "Alderman"},
        {"Adv", "Advocate"},
        // a police officer, as American departments write the rank ("Ofc. Kyle Brassard")
        {"Ofc", "Officer"},
        // an American soldier's ranks, "Spc. Jordan Alvarez", "Pfc. Dana Cole"; a church's archbishop and archdeacon, "Abp. Charles
        // Thompson", "The Ven. Richard Worsfold"
        {"Spc", "Specialist"},   {"Pfc", "Private First Class"}, {"Abp", "Archbishop"}, {"Ven", "Venerable"},
        // the Philippines' assistant and under secretaries, "Asec. Vigor Mendoza", "Usec. Ana Cruz"; a retired officer, "Rtd. ACP Williams"
        {"Asec", "Assistant Secretary"}, {"Usec", "Undersecretary"}, {"Rtd", "retired"},
        // an Irish police chief's rank, "Garda Comm Drew Harris"
        {"Comm", "Commissioner"},
        // Maria as Philippine names write it: "Ma. Teresa Bautista"
        {"Ma", "Maria"},
        // the Philippine police's ranks, one word each: "PLt. Col. Ana Cruz", "PMaj. Jose Reyes"
        {"PLt", "Police Lieutenant"}, {"PLtCol", "Police Lieutenant Colonel"}, {"PCol", "Police Colonel"},
        {"PMaj", "Police Major"},  {"PCapt", "Police Captain"}, {"PBGen", "Police Brigadier General"},
        {"PMGen", "Police Major General"}, {"PLtGen", "Police Lieutenant General"}, {"PGen", "Police General"},
        {"PSSg", "Police Staff Sergeant"}, {"PMSg", "Police Master Sergeant"}, {"PCpl", "Police Corporal"},
    };
    return kMap;
}

bool isMariaWrittenShort(const std::string& before, const std::string& next) {
    static constexpr WordSet kGiven({
        "Teresa", "Theresa", "Cristina", "Christina", "Lourdes", "Victoria", "Luisa", "Elena", "Concepcion", "Corazon", "Leonor",
        "Isabel", "Rosario", "Carmen", "Fe", "Angelica", "Antonia", "Clara", "Cecilia", "Gracia", "Lorna", "Rosa", "Socorro",
        "Soledad", "Consuelo", "Paz", "Luz", "Aurora", "Estrella", "Ana", "Josefina", "Carmela", "Dolores", "Mercedes", "Pilar",
        "Remedios", "Lucia", "Elvira", "Rowena", "Lea", "Leah", "Milagros", "Cora", "Nena", "Esperanza", "Regina", "Patricia",
        "Kristina", "Kristine", "Katrina", "Christine", "Fatima", "Gloria", "Teresita", "Rosalinda", "Rosalie", "Criselda", "Angela"});
    // (Or opening a byline or a sentence before a capitalized name: "By Ma. Kristina Dela Cruz"; "Jack Ma. Daniel Zhang" has
    // the surname's owner before it.)
    const bool opens = (before.empty() || before == "By" || before == "by") && !next.empty() && std::isupper(static_cast<unsigned char>(next[0]));
    return kGiven.count(next) != 0 || opens || before == "Jose" || before == "Juan" || before == "Jesus";
}

const std::string* titleWrittenSmall(const std::string& word) {
    if (word.empty() || !std::islower(static_cast<unsigned char>(word[0]))) return nullptr;
    std::string capital = word;
    capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
    const auto title = titleAbbreviations().find(capital);
    return title == titleAbbreviations().end() ? nullptr : &title->second;
}

const std::string* titleWrittenInCapitals(std::string_view word) {
    if (word.size() < 2 || !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return nullptr;
    std::string titled(word);
    std::transform(titled.begin() + 1, titled.end(), titled.begin() + 1, [](char c) { return static_cast<char>(c - 'A' + 'a'); });
    const auto title = titleAbbreviations().find(titled);
    return title == titleAbbreviations().end() ? nullptr : &title->second;
}

const std::unordered_map<std::string, std::string>& states() {
    static const std::unordered_map<std::string, std::string> kMap{
        // AP style (written with a dot after it, or dotted initials)
        {"Ala", "Alabama"}, {"Ariz", "Arizona"}, {"Ark", "Arkansas"}, {"Calif", "California"}, {"Cal", "California"},
        {"Colo", "Colorado"}, {"Conn", "Connecticut"}, {"Del", "Delaware"}, {"Fla", "Florida"}, {"Ga", "Georgia"},
        {"Ill", "Illinois"}, {"Ind", "Indiana"}, {"Kan", "Kansas"}, {"Kans", "Kansas"}, {"Ky", "Kentucky"},
        {"La", "Louisiana"}, {"Md", "Maryland"}, {"Mass", "Massachusetts"}, {"Mich", "Michigan"},
        {"Minn", "Minnesota"}, {"Miss", "Mississippi"}, {"Mo", "Missouri"}, {"Mont", "Montana"}, {"Neb", "Nebraska"},
        {"Nebr", "Nebraska"}, {"Nev", "Nevada"}, {"N.H.", "New Hampshire"}, {"N.J.", "New Jersey"},
        {"N.M.", "New Mexico"}, {"N.Y.", "New York"}, {"N.C.", "North Carolina"}, {"N.D.", "North Dakota"},
        {"Okla", "Oklahoma"}, {"Ore", "Oregon"}, {"Pa", "Pennsylvania"}, {"R.I.", "Rhode Island"},
        {"S.C.", "South Carolina"}, {"S.D.", "South Dakota"}, {"Tenn", "Tennessee"}, {"Tex", "Texas"},
        {"Vt", "Vermont"}, {"Va", "Virginia"}, {"Wash", "Washington"}, {"W.Va.", "West Virginia"},
        {"Wis", "Wisconsin"}, {"Wisc", "Wisconsin"}, {"Wyo", "Wyoming"}, {"D.C.", "D C"},
        // Canada's provinces as The Canadian Press writes them after a city: "Red Deer, Alta."
        {"Alta", "Alberta"}, {"Ont", "Ontario"}, {"Que", "Quebec"}, {"Sask", "Saskatchewan"}, {"Man", "Manitoba"},
        {"N.S.", "Nova Scotia"}, {"N.B.", "New Brunswick"}, {"Nfld", "Newfoundland"}, {"N.L.", "Newfoundland and Labrador"},
        {"P.E.I.", "P E I"}, {"B.C.", "British Columbia"}, {"N.W.T.", "Northwest Territories"},
        // Postal codes
        {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
        {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"FL", "Florida"}, {"GA", "Georgia"},
        {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"}, {"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"},
        {"KY", "Kentucky"}, {"LA", "Louisiana"}, {"ME", "Maine"}, {"MD", "Maryland"}, {"MA", "Massachusetts"},
        {"MI", "Michigan"}, {"MN", "Minnesota"}, {"MS", "Mississippi"}, {"MO", "Missouri"}, {"MT", "Montana"},
        {"NE", "Nebraska"}, {"NV", "Nevada"}, {"NH", "New Hampshire"}, {"NJ", "New Jersey"}, {"NM", "New Mexico"},
        {"NY", "New York"}, {"NC", "North Carolina"}, {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"},
        {"OR", "Oregon"}, {"PA", "Pennsylvania"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"},
        {"SD", "South Dakota"}, {"TN", "Tennessee"}, {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"},
        {"VA", "Virginia"}, {"WA", "Washington"}, {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"},
        {"DC", "D C"},
        // Canada's postal abbreviations: "Ottawa, ON"
        {"ON", "Ontario"}, {"QC", "Quebec"}, {"BC", "British Columbia"}, {"AB", "Alberta"}, {"MB", "Manitoba"},
        {"SK", "Saskatchewan"}, {"NS", "Nova Scotia"}, {"NB", "New Brunswick"}, {"NL", "Newfoundland and Labrador"},
        {"PE", "P E I"}, {"YT", "Yukon"}, {"NU", "Nunavut"},
        // Australia
        {"Vic", "Victoria"}, {"Qld", "Queensland"}, {"Tas", "Tasmania"}, {"VIC", "Victoria"}, {"QLD", "Queensland"},
        {"TAS", "Tasmania"},
    };
    return kMap;
}

const std::unordered_map<std::string, std::string>& streetTypes() {
    static const std::unordered_map<std::string, std::string> kMap{
        {"St", "Street"}, {"Ave", "Avenue"}, {"Av", "Avenue"}, {"Blvd", "Boulevard"}, {"Rd", "Road"}, {"Dr", "Drive"},
        {"Ct", "Court"}, {"Ln", "Lane"}, {"Pl", "Place"}, {"Pkwy", "Parkway"}, {"Hwy", "Highway"},
        {"Expy", "Expressway"}, {"Fwy", "Freeway"}, {"Tpke", "Turnpike"}, {"Ter", "Terrace"}, {"Cir", "Circle"},
        {"Sq", "Square"}, {"Ste", "Suite"}, {"Apt", "Apartment"}, {"Rte", "Route"}, {"Bldg", "Building"},
        {"Cres", "Crescent"}, {"Hts", "Heights"}, {"Mt", "Mount"}, {"Mwy", "Motorway"},
    };
    return kMap;
}

std::string streetTypePlural(const std::string& written) {
    if (written.size() < 3 || written.back() != 's') return "";
    const std::string one = written.substr(0, written.size() - 1);
    if (one == "Mt" || one == "Ste" || one == "Apt" || one == "Dr" || one == "Pl") return "";
    const auto s = streetTypes().find(one);
    return s == streetTypes().end() ? "" : s->second + "s";
}

const std::unordered_map<std::string, std::string>& teamCountryCodes() {
    static const std::unordered_map<std::string, std::string> kMap{
        {"KEN", "Kenya"}, {"ETH", "Ethiopia"}, {"UGA", "Uganda"}, {"ERI", "Eritrea"}, {"TAN", "Tanzania"}, {"RSA", "South Africa"},
        {"MAR", "Morocco"}, {"ALG", "Algeria"}, {"NGR", "Nigeria"}, {"BEL", "Belgium"}, {"NED", "the Netherlands"}, {"ITA", "Italy"},
        {"POR", "Portugal"}, {"ESP", "Spain"}, {"FRA", "France"}, {"GER", "Germany"}, {"GBR", "Great Britain"}, {"IRL", "Ireland"},
        {"SUI", "Switzerland"}, {"AUT", "Austria"}, {"DEN", "Denmark"}, {"NOR", "Norway"}, {"SWE", "Sweden"}, {"FIN", "Finland"},
        {"POL", "Poland"}, {"CZE", "the Czech Republic"}, {"SVK", "Slovakia"}, {"SLO", "Slovenia"}, {"CRO", "Croatia"}, {"SRB", "Serbia"},
        {"HUN", "Hungary"}, {"ROU", "Romania"}, {"BUL", "Bulgaria"}, {"GRE", "Greece"}, {"TUR", "Turkey"}, {"UKR", "Ukraine"},
        {"LAT", "Latvia"}, {"LTU", "Lithuania"}, {"EST", "Estonia"}, {"LUX", "Luxembourg"}, {"COL", "Colombia"}, {"ECU", "Ecuador"},
        {"VEN", "Venezuela"}, {"ARG", "Argentina"}, {"BRA", "Brazil"}, {"CHI", "Chile"}, {"MEX", "Mexico"}, {"USA", "United States"},
        {"CAN", "Canada"}, {"AUS", "Australia"}, {"NZL", "New Zealand"}, {"JPN", "Japan"}, {"CHN", "China"}, {"KOR", "South Korea"},
        {"KAZ", "Kazakhstan"}, {"ISR", "Israel"}, {"BRN", "Bahrain"}, {"JAM", "Jamaica"}, {"BAH", "the Bahamas"},
        {"TTO", "Trinidad and Tobago"}, {"ECU", "Ecuador"}, {"PER", "Peru"}, {"URU", "Uruguay"}, {"ISL", "Iceland"},
        // Asia, Africa, the Americas and Oceania beyond the athletics' and cycling's usual fields: a chess or a badminton table's
        {"IND", "India"}, {"IRI", "Iran"}, {"PHI", "the Philippines"}, {"VIE", "Vietnam"}, {"INA", "Indonesia"}, {"MAS", "Malaysia"},
        {"SGP", "Singapore"}, {"THA", "Thailand"}, {"PAK", "Pakistan"}, {"SRI", "Sri Lanka"}, {"BAN", "Bangladesh"}, {"EGY", "Egypt"},
        {"GHA", "Ghana"}, {"CMR", "Cameroon"}, {"SEN", "Senegal"}, {"CIV", "Ivory Coast"}, {"UZB", "Uzbekistan"}, {"ARM", "Armenia"},
        {"AZE", "Azerbaijan"}, {"GEO", "Georgia"}, {"MGL", "Mongolia"}, {"TPE", "Chinese Taipei"}, {"HKG", "Hong Kong"},
        {"PRK", "North Korea"}, {"QAT", "Qatar"}, {"KSA", "Saudi Arabia"}, {"UAE", "the United Arab Emirates"}, {"IRQ", "Iraq"},
        {"JOR", "Jordan"}, {"CUB", "Cuba"}, {"DOM", "the Dominican Republic"}, {"PUR", "Puerto Rico"}, {"BAR", "Barbados"},
        {"ZIM", "Zimbabwe"}, {"ZAM", "Zambia"}, {"BOT", "Botswana"}, {"NAM", "Namibia"}, {"RWA", "Rwanda"}, {"TUN", "Tunisia"},
        {"FIJ", "Fiji"}, {"SAM", "Samoa"}, {"TGA", "Tonga"}, {"PNG", "Papua New Guinea"}, {"BLR", "Belarus"}, {"RUS", "Russia"},
        {"MDA", "Moldova"}, {"MKD", "North Macedonia"}, {"BIH", "Bosnia and Herzegovina"}, {"MNE", "Montenegro"}, {"ALB", "Albania"},
        {"CYP", "Cyprus"}, {"MLT", "Malta"},
        // Golf's and rugby's home nations, "Robert MacIntyre (Sco)", "Rory McIlroy (NIr)"
        {"SCO", "Scotland"}, {"ENG", "England"}, {"WAL", "Wales"}, {"NIR", "Northern Ireland"}};
    return kMap;
}

const std::unordered_map<std::string, std::string>& directions() {
    static const std::unordered_map<std::string, std::string> kMap{
        {"N", "North"}, {"S", "South"}, {"E", "East"}, {"W", "West"}, {"NE", "Northeast"}, {"NW", "Northwest"},
        {"SE", "Southeast"}, {"SW", "Southwest"}, {"N.E.", "Northeast"}, {"N.W.", "Northwest"},
        {"S.E.", "Southeast"}, {"S.W.", "Southwest"},
    };
    return kMap;
}

const std::unordered_map<std::string, std::string>& bibleBookAbbreviations() {
    static const std::unordered_map<std::string, std::string> kMap{
        {"Gen", "Genesis"},     {"Exod", "Exodus"},       {"Ex", "Exodus"},          {"Lev", "Leviticus"},     {"Num", "Numbers"},
        {"Deut", "Deuteronomy"}, {"Josh", "Joshua"},      {"Judg", "Judges"},        {"Sam", "Samuel"},        {"Kgs", "Kings"},
        {"Chron", "Chronicles"}, {"Neh", "Nehemiah"},     {"Esth", "Esther"},        {"Ps", "Psalm"},          {"Psa", "Psalm"},
        {"Prov", "Proverbs"},    {"Eccl", "Ecclesiastes"}, {"Eccles", "Ecclesiastes"}, {"Isa", "Isaiah"},     {"Jer", "Jeremiah"},
        {"Lam", "Lamentations"}, {"Ezek", "Ezekiel"},     {"Dan", "Daniel"},         {"Hos", "Hosea"},         {"Obad", "Obadiah"},
        {"Mic", "Micah"},        {"Hab", "Habakkuk"},     {"Zeph", "Zephaniah"},     {"Hag", "Haggai"},        {"Zech", "Zechariah"},
        {"Mal", "Malachi"},      {"Matt", "Matthew"},     {"Mk", "Mark"},            {"Lk", "Luke"},           {"Jn", "John"},
        {"Rom", "Romans"},       {"Cor", "Corinthians"},  {"Gal", "Galatians"},      {"Eph", "Ephesians"},     {"Phil", "Philippians"},
        {"Col", "Colossians"},   {"Thess", "Thessalonians"}, {"Tim", "Timothy"},     {"Philem", "Philemon"},   {"Heb", "Hebrews"},
        {"Jas", "James"},        {"Pet", "Peter"},        {"Rev", "Revelation"},
        // a lectionary's shortenings, with or without their dot: "Mt 5:3-12", "Sir 3:2-6", "Wis 7:7"
        {"Mt", "Matthew"},       {"Sir", "Sirach"},       {"Wis", "Wisdom"},         {"Bar", "Baruch"},        {"Tob", "Tobit"},
        {"Jdt", "Judith"},       {"Macc", "Maccabees"},   {"Jon", "Jonah"},          {"Zec", "Zechariah"},
    };
    return kMap;
}

const std::unordered_map<std::string, std::string>& weekdays() {
    static const std::unordered_map<std::string, std::string> kMap{
        {"Mon", "Monday"}, {"Tue", "Tuesday"}, {"Tues", "Tuesday"}, {"Wed", "Wednesday"}, {"Thu", "Thursday"},
        {"Thur", "Thursday"}, {"Thurs", "Thursday"}, {"Weds", "Wednesday"}, {"Fri", "Friday"}, {"Sat", "Saturday"}, {"Sun", "Sunday"},
    };
    return kMap;
}

std::string weekdayName(const std::string& word) {
    if (const auto d = weekdays().find(word); d != weekdays().end()) return d->second;
    for (const auto& [abbreviation, name] : weekdays()) {
        if (word == name) return name;
    }
    return "";
}

}  // namespace readcast::english

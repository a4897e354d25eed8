// English spoken-form rules. The text is split into tokens (words, numbers, spaces, symbols); at
// each token the rules below are tried in order, and the first that matches rewrites the tokens it
// covers. Each rule is general: it reads the shape of the text and the words around it, never a
// list of example sentences.

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <map>
#include <optional>

#include "core/Ascii.hpp"
#include "ingest/DateParser.hpp"
#include "text/Normalizer.hpp"
#include "text/NumberWords.hpp"

namespace readcast {
namespace {

enum class Kind { Word, Number, Space, Symbol };

struct Token {
    Kind kind;
    std::string text;
};

bool isLetter(UChar32 c) { return c < 0xE000 || c > 0xF8FF ? u_isalpha(c) != 0 : false; }

UChar32 codePointAt(const std::string& s, std::size_t i, std::size_t* next) {
    int32_t k = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(s.data(), k, static_cast<int32_t>(s.size()), c);
    *next = static_cast<std::size_t>(k);
    return c;
}

std::vector<Token> tokenize(const std::string& s) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t next = 0;
        const UChar32 c = codePointAt(s, i, &next);
        if (c >= '0' && c <= '9') {
            std::size_t j = i;
            while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) ||
                                    ((s[j] == ',' || s[j] == '.') && j + 1 < s.size() &&
                                     std::isdigit(static_cast<unsigned char>(s[j + 1])) && j > i))) {
                ++j;
            }
            tokens.push_back({Kind::Number, s.substr(i, j - i)});
            i = j;
        } else if (isLetter(c)) {
            // Initialisms with dots keep them: "U.S.", "a.m.", "e.g."
            std::size_t j = i, letters = 0;
            while (j + 1 < s.size() && std::isalpha(static_cast<unsigned char>(s[j])) && s[j + 1] == '.') {
                j += 2;
                ++letters;
            }
            if (letters >= 2) {
                tokens.push_back({Kind::Word, s.substr(i, j - i)});
                i = j;
                continue;
            }
            j = i;
            while (j < s.size()) {
                std::size_t n = 0;
                const UChar32 d = codePointAt(s, j, &n);
                if (isLetter(d)) {
                    j = n;
                } else if ((d == '\'' || d == 0x2019) && n < s.size()) {
                    std::size_t n2 = 0;
                    if (!isLetter(codePointAt(s, n, &n2))) break;
                    j = n;
                } else {
                    break;
                }
            }
            tokens.push_back({Kind::Word, s.substr(i, j - i)});
            i = j;
        } else if (u_isUWhiteSpace(c)) {
            std::size_t j = next;
            while (j < s.size()) {
                std::size_t n = 0;
                if (!u_isUWhiteSpace(codePointAt(s, j, &n))) break;
                j = n;
            }
            tokens.push_back({Kind::Space, " "});
            i = j;
        } else {
            tokens.push_back({Kind::Symbol, s.substr(i, next - i)});
            i = next;
        }
    }
    return tokens;
}

bool isCapitalized(const std::string& w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); }

// ---- numbers -------------------------------------------------------------------------------

struct Num {
    std::string whole;     // digits only
    std::string fraction;  // digits after the decimal point
    bool valid = false;
};

// "1,234.5" (English), "1.234,5" (continental), "3.5", "007".
Num parseNumber(const std::string& text) {
    Num n;
    const std::size_t commas = static_cast<std::size_t>(std::count(text.begin(), text.end(), ','));
    const std::size_t dots = static_cast<std::size_t>(std::count(text.begin(), text.end(), '.'));
    char group = ',', decimal = '.';
    if (dots > 1 && commas <= 1) std::swap(group, decimal);  // 1.234.567 or 1.234,5
    if (dots == 1 && commas == 1 && text.find('.') < text.find(',')) std::swap(group, decimal);
    if (std::count(text.begin(), text.end(), decimal) > 1) return n;
    const std::size_t point = text.find(decimal);
    std::string whole = text.substr(0, point);
    // Thousands groups must be three digits long.
    std::size_t lastGroup = whole.rfind(group);
    while (lastGroup != std::string::npos) {
        const std::size_t nextGroup = whole.find(group, lastGroup + 1);
        const std::size_t end = nextGroup == std::string::npos ? whole.size() : nextGroup;
        if (end - lastGroup - 1 != 3) return n;
        lastGroup = lastGroup == 0 ? std::string::npos : whole.rfind(group, lastGroup - 1);
    }
    whole.erase(std::remove(whole.begin(), whole.end(), group), whole.end());
    n.whole = whole;
    if (point != std::string::npos) n.fraction = text.substr(point + 1);
    n.valid = !n.whole.empty();
    return n;
}

std::string digitWords(const std::string& digits) {
    static const std::array<const char*, 10> kDigits{"zero", "one", "two", "three", "four",
                                                     "five", "six", "seven", "eight", "nine"};
    std::string out;
    for (char d : digits) {
        if (!std::isdigit(static_cast<unsigned char>(d))) continue;
        if (!out.empty()) out += ' ';
        out += kDigits[static_cast<std::size_t>(d - '0')];
    }
    return out;
}

std::string wholeWords(const std::string& digits) {
    if (digits.size() > 1 && digits[0] == '0') return digitWords(digits);  // a code: "007"
    if (digits.size() > 18) return digitWords(digits);                     // too long to be a quantity
    return cardinalWords(std::stoull(digits));
}

std::string numberWords(const Num& n) {
    std::string out = wholeWords(n.whole);
    if (!n.fraction.empty()) out += " point " + digitWords(n.fraction);
    return out;
}

bool isOne(const Num& n) { return n.whole == "1" && (n.fraction.empty() || n.fraction.find_first_not_of('0') == std::string::npos); }

// ---- the rule engine ------------------------------------------------------------------------

struct Match {
    std::size_t length = 0;  // tokens consumed
    std::string spoken;
    const char* rule = "";
};

class English : public LanguageRules {
public:
    explicit English(bool dayFirst) : day_first_(dayFirst) {}
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override;

private:
    using Tokens = std::vector<Token>;
    std::optional<Match> tryRules(const Tokens& t, std::size_t i) const;
    bool day_first_;
};

const Token* tok(const std::vector<Token>& t, std::size_t i) { return i < t.size() ? &t[i] : nullptr; }
bool isKind(const std::vector<Token>& t, std::size_t i, Kind k) { return i < t.size() && t[i].kind == k; }
bool isSym(const std::vector<Token>& t, std::size_t i, const char* s) {
    return i < t.size() && t[i].kind == Kind::Symbol && t[i].text == s;
}
bool isDash(const std::vector<Token>& t, std::size_t i) {
    return isSym(t, i, "-") || isSym(t, i, "\xE2\x80\x93") || isSym(t, i, "\xE2\x80\x94");
}
bool isWordIn(const std::vector<Token>& t, std::size_t i, std::initializer_list<const char*> words) {
    if (!isKind(t, i, Kind::Word)) return false;
    const std::string w = lowerAscii(t[i].text);
    for (const char* x : words) {
        if (w == x) return true;
    }
    return false;
}
// Index after an optional single space.
std::size_t skip(const std::vector<Token>& t, std::size_t i) { return isKind(t, i, Kind::Space) ? i + 1 : i; }
// The word before position i (skipping one space), or "".
std::string previousWord(const std::vector<Token>& t, std::size_t i) {
    if (i == 0) return "";
    std::size_t j = i - 1;
    if (t[j].kind == Kind::Space) {
        if (j == 0) return "";
        --j;
    }
    return t[j].kind == Kind::Word ? t[j].text : "";
}

// ---- currencies and units -------------------------------------------------------------------

struct Currency {
    const char* one;
    const char* many;
    const char* cent_one;   // "" when the minor unit is not said
    const char* cent_many;
};

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

struct Unit {
    const char* one;
    const char* many;
};

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

const char* const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

// ---- rules ----------------------------------------------------------------------------------

std::optional<int> smallInt(const Token* t, int low, int high) {
    if (t == nullptr || t->kind != Kind::Number || t->text.size() > 4) return std::nullopt;
    if (t->text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    const int v = std::stoi(t->text);
    if (v < low || v > high) return std::nullopt;
    return v;
}

bool isYear(const Token* t) { return t != nullptr && t->kind == Kind::Number && t->text.size() == 4 && smallInt(t, 1000, 2999).has_value(); }

std::string yearSpoken(const std::string& digits) { return yearWords(std::stoi(digits)); }

// Month word at i, with an optional dot after an abbreviation: returns month and tokens used.
std::optional<std::pair<int, std::size_t>> monthAt(const std::vector<Token>& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word) || !isCapitalized(t[i].text)) return std::nullopt;
    const int m = monthFromName(t[i].text);
    if (m == 0) return std::nullopt;
    const bool abbreviated = t[i].text.size() <= 4 && lowerAscii(t[i].text) != "june" && lowerAscii(t[i].text) != "july";
    // "May" and "March" are also words: only a date when a day number follows (checked by callers).
    if (abbreviated && isSym(t, i + 1, ".")) return std::make_pair(m, std::size_t{2});
    return std::make_pair(m, std::size_t{1});
}

std::optional<Match> dateRule(const std::vector<Token>& t, std::size_t i, bool dayFirst) {
    // Month Day[, Year]: "Apr. 29, 2025", "April 26", "Jan. 11"
    if (auto month = monthAt(t, i)) {
        std::size_t j = skip(t, i + month->second);
        if (auto day = smallInt(tok(t, j), 1, 31); day && !isKind(t, j + 1, Kind::Word) && !isSym(t, j + 1, ":")) {
            std::string spoken = std::string(kMonthNames[month->first - 1]) + " " + ordinalWords(static_cast<unsigned>(*day));
            std::size_t end = j + 1;
            std::size_t k = end;
            if (isSym(t, k, ",")) ++k;
            k = skip(t, k);
            if (isYear(tok(t, k))) {
                spoken += ", " + yearSpoken(t[k].text);
                end = k + 1;
            }
            return Match{end - i, spoken, "date"};
        }
        if (isYear(tok(t, j))) {  // "August 1945"
            return Match{j + 1 - i, std::string(kMonthNames[month->first - 1]) + " " + yearSpoken(t[j].text), "date"};
        }
        if (month->second == 2) {  // a lone abbreviated month: "in Sept."
            return Match{1, kMonthNames[month->first - 1], "date"};
        }
    }
    // Day Month [Year]: "29 Apr. 2025", "3 March"
    if (auto day = smallInt(tok(t, i), 1, 31)) {
        const std::size_t j = skip(t, i + 1);
        if (j > i + 1) {
            if (auto month = monthAt(t, j)) {
                std::string spoken = "the " + ordinalWords(static_cast<unsigned>(*day)) + " of " + kMonthNames[month->first - 1];
                std::size_t end = j + month->second;
                const std::size_t k = skip(t, end);
                if (isYear(tok(t, k))) {
                    spoken += ", " + yearSpoken(t[k].text);
                    end = k + 1;
                }
                return Match{end - i, spoken, "date"};
            }
        }
    }
    // ISO: 2025-04-29
    if (isYear(tok(t, i)) && isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Number) && t[i + 2].text.size() == 2 &&
        isSym(t, i + 3, "-") && isKind(t, i + 4, Kind::Number) && t[i + 4].text.size() == 2) {
        const int m = std::stoi(t[i + 2].text), d = std::stoi(t[i + 4].text);
        if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
            return Match{5, std::string(kMonthNames[m - 1]) + " " + ordinalWords(static_cast<unsigned>(d)) + ", " +
                                yearSpoken(t[i].text),
                         "date"};
        }
    }
    // Slashes: 4/29/2025 (month first unless the locale or the numbers say otherwise)
    if (auto a = smallInt(tok(t, i), 1, 31); a && isSym(t, i + 1, "/")) {
        if (auto b = smallInt(tok(t, i + 2), 1, 31); b && isSym(t, i + 3, "/") && isKind(t, i + 4, Kind::Number) &&
                                                   (t[i + 4].text.size() == 4 || t[i + 4].text.size() == 2)) {
            int month = *a, day = *b;
            if ((dayFirst && *b <= 12) || *a > 12) std::swap(month, day);
            if (month <= 12) {
                const std::string y = t[i + 4].text.size() == 2 ? "20" + t[i + 4].text : t[i + 4].text;
                return Match{5, std::string(kMonthNames[month - 1]) + " " + ordinalWords(static_cast<unsigned>(day)) +
                                    ", " + yearSpoken(y),
                             "date"};
            }
        }
    }
    return std::nullopt;
}

std::string decadeWords(const std::string& digits) {
    // 1990 -> "nineteen nineties", 2000 -> "two thousands", 1900 -> "nineteen hundreds", 90 -> "nineties"
    const int v = std::stoi(digits);
    if (digits.size() == 2) {
        const std::string w = cardinalWords(static_cast<unsigned>(v));
        return w.substr(0, w.size() - 1) + "ies";
    }
    if (v % 1000 == 0) return cardinalWords(static_cast<unsigned>(v)) + "s";
    if (v % 100 == 0) return cardinalWords(static_cast<unsigned>(v / 100)) + " hundreds";
    const std::string tens = cardinalWords(static_cast<unsigned>(v % 100));
    return cardinalWords(static_cast<unsigned>(v / 100)) + " " + tens.substr(0, tens.size() - 1) + "ies";
}

std::optional<Match> decadeRule(const std::vector<Token>& t, std::size_t i) {
    // "1990s", "1990's", "'90s"
    const bool apostrophe = isSym(t, i, "'") || isSym(t, i, "\xE2\x80\x99");
    const std::size_t n = apostrophe ? i + 1 : i;
    if (!isKind(t, n, Kind::Number)) return std::nullopt;
    const std::string& d = t[n].text;
    const bool shape = apostrophe ? d.size() == 2 && d[1] == '0' : d.size() == 4 && d[3] == '0' && isYear(&t[n]);
    if (!shape) return std::nullopt;
    std::size_t end = n + 1;
    if (isKind(t, end, Kind::Word) && t[end].text == "s") {
        end += 1;
    } else if ((isSym(t, end, "'") || isSym(t, end, "\xE2\x80\x99")) && isKind(t, end + 1, Kind::Word) && t[end + 1].text == "s") {
        end += 2;
    } else {
        return std::nullopt;
    }
    return Match{end - i, decadeWords(d), "decade"};
}

bool isMeridiem(const std::vector<Token>& t, std::size_t i) {
    return isWordIn(t, i, {"a.m.", "am", "p.m.", "pm"});
}

std::optional<Match> timeRule(const std::vector<Token>& t, std::size_t i) {
    // "10 a.m.", "3pm": an hour alone
    if (auto h = smallInt(tok(t, i), 1, 12); h && isMeridiem(t, skip(t, i + 1))) {
        const std::size_t k = skip(t, i + 1);
        std::string spoken = cardinalWords(static_cast<unsigned>(*h)) + (lowerAscii(t[k].text)[0] == 'a' ? " a m" : " p m");
        std::size_t end = k + 1;
        if (t[k].text.back() == '.' && end >= t.size()) spoken += '.';  // "p.m." also ended the sentence
        const std::size_t z = skip(t, end);
        if (isKind(t, z, Kind::Word)) {
            const auto zone = timeZones().find(t[z].text);
            if (zone != timeZones().end()) {
                spoken += " " + zone->second;
                end = z + 1;
            }
        }
        return Match{end - i, spoken, "time"};
    }
    auto hour = smallInt(tok(t, i), 0, 24);
    if (!hour || !isSym(t, i + 1, ":") || !isKind(t, i + 2, Kind::Number) || t[i + 2].text.size() != 2) return std::nullopt;
    const int minute = std::stoi(t[i + 2].text);
    if (minute > 59) return std::nullopt;
    std::size_t end = i + 3;
    std::string suffix;
    std::size_t k = skip(t, end);
    if (isKind(t, k, Kind::Word)) {
        const std::string w = lowerAscii(t[k].text);
        if (w == "a.m." || w == "am" || w == "p.m." || w == "pm") {
            suffix = w[0] == 'a' ? " a m" : " p m";
            end = k + 1;
            if (w.back() == '.' && end >= t.size()) suffix += '.';  // "p.m." also ended the sentence
            // "a.m." ends with its own dot; "a.m" + "." is the sentence end, kept below by the caller.
        }
    }
    std::string zone;
    k = skip(t, end);
    if (isKind(t, k, Kind::Word)) {
        const auto z = timeZones().find(t[k].text);
        if (z != timeZones().end()) {
            zone = " " + z->second;
            end = k + 1;
        }
    }
    std::string spoken;
    if (suffix.empty() && minute == 0 && (*hour == 0 || *hour == 24)) {
        spoken = "midnight";
    } else if (suffix.empty() && minute == 0 && *hour == 12) {
        spoken = "noon";
    } else {
        const int h = suffix.empty() ? *hour : (*hour == 0 ? 12 : *hour);
        spoken = cardinalWords(static_cast<unsigned>(h));
        if (minute == 0) {
            spoken += suffix.empty() && *hour > 12 ? " hundred" : suffix.empty() ? " o'clock" : "";
        } else if (minute < 10) {
            spoken += " oh " + cardinalWords(static_cast<unsigned>(minute));
        } else {
            spoken += " " + cardinalWords(static_cast<unsigned>(minute));
        }
    }
    return Match{end - i, spoken + suffix + zone, "time"};
}

// "a $5 fee", "a 2.5 billion dollar deal": an amount before a noun takes the singular unit.
bool beforeNoun(const std::vector<Token>& t, std::size_t end) {
    if (!isKind(t, end, Kind::Space) || !isKind(t, end + 1, Kind::Word)) return false;
    const std::string& w = t[end + 1].text;
    if (!std::islower(static_cast<unsigned char>(w[0])) || isKind(t, end + 2, Kind::Word)) return false;
    static const char* const kFunctionWords[] = {
        "and", "or", "but", "nor", "in", "of", "to", "for", "from", "on", "at", "by", "with", "was", "is", "were",
        "are", "will", "would", "has", "had", "have", "a", "an", "the", "this", "that", "each", "per", "more", "less",
        "than", "as", "into", "over", "under", "last", "this", "next", "a", "year", "month", "week", "day", "annually",
        "apiece", "each", "since", "after", "before", "until", "while", "when", "which", "who", "so", "if", "be", "been",
        "worth", "plus", "minus", "off", "up", "down", "out", "away", "back", "ago", "already", "then", "now", "also",
        "only", "just", "or", "against", "between", "through", "toward", "towards", "across", "about", "around", "among",
        // adjectives of measure: "1.5 km long", "200 m wide"
        "long", "wide", "high", "tall", "deep", "thick", "away", "old", "apart", "below", "above", "north", "south",
        "east", "west", "inland", "offshore", "higher", "lower", "deeper", "further", "farther"};
    for (const char* f : kFunctionWords) {
        if (w == f) return false;
    }
    return true;
}

std::optional<Match> moneyRule(const std::vector<Token>& t, std::size_t i) {
    // Pence and cents written after the number: "20p", "50c"
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Word) && (t[i + 1].text == "p" || t[i + 1].text == "c") &&
        !isKind(t, i + 2, Kind::Word) && t[i].text.find_first_not_of("0123456789") == std::string::npos) {
        const bool one = t[i].text == "1";
        return Match{2, wholeWords(t[i].text) + (t[i + 1].text == "p" ? (one ? " penny" : " pence") : (one ? " cent" : " cents")),
                     "money"};
    }
    // Prefix: "$", "US$", "€", "CHF 100", "USD 5"
    std::size_t j = i;
    std::string symbol;
    if (isKind(t, j, Kind::Word) && (t[j].text == "US" || t[j].text == "A" || t[j].text == "C" || t[j].text == "HK" ||
                                     t[j].text == "NZ" || t[j].text == "R") &&
        isSym(t, j + 1, "$")) {
        symbol = t[j].text + "$";
        j += 2;
    } else if (isKind(t, j, Kind::Symbol) || isKind(t, j, Kind::Word)) {
        symbol = t[j].text;
        ++j;
        if (isKind(t, j - 1, Kind::Word)) j = skip(t, j);  // "CHF 100"
    }
    const auto cur = prefixCurrencies().find(symbol);
    if (cur == prefixCurrencies().end() || !isKind(t, j, Kind::Number)) return std::nullopt;
    const Num amount = parseNumber(t[j].text);
    if (!amount.valid) return std::nullopt;
    std::size_t end = j + 1;
    // Optional range: "$5-10 million", "$5 to $10"
    std::optional<Num> upper;
    if (isDash(t, end) && isKind(t, end + 1, Kind::Number)) {
        upper = parseNumber(t[end + 1].text);
        end += 2;
    } else if (isDash(t, end) && isKind(t, end + 1, Kind::Symbol) && t[end + 1].text == symbol &&
               isKind(t, end + 2, Kind::Number)) {  // "£15-£20"
        upper = parseNumber(t[end + 2].text);
        end += 3;
    }
    // Optional magnitude, attached ("3.5bn", "5m") or spoken ("2.5 billion")
    std::string magnitude;
    std::size_t k = isKind(t, end, Kind::Word) ? end : skip(t, end);
    if (isKind(t, k, Kind::Word)) {
        const auto m = magnitudes().find(lowerAscii(t[k].text));
        const bool spelled = m != magnitudes().end() && m->first == m->second;
        if (m != magnitudes().end() && (spelled || k == end)) {
            magnitude = m->second;
            end = k + 1;
        }
    }
    const Currency& c = cur->second;
    std::string spoken = numberWords(amount);
    if (upper && upper->valid) spoken += " to " + numberWords(*upper);
    const bool adjective = beforeNoun(t, end);
    if (!magnitude.empty()) return Match{end - i, spoken + " " + magnitude + " " + (adjective ? c.one : c.many), "money"};
    const Num& last = upper && upper->valid ? *upper : amount;
    // $3.50: dollars and cents; $0.99: cents alone.
    if (amount.fraction.size() == 2 && !upper && *c.cent_one != '\0') {
        const unsigned cents = static_cast<unsigned>(std::stoi(amount.fraction));
        const std::string centWords = cardinalWords(cents) + " " + (cents == 1 ? c.cent_one : c.cent_many);
        if (amount.whole == "0") return Match{end - i, centWords, "money"};
        const std::string units = wholeWords(amount.whole) + " " + (amount.whole == "1" ? c.one : c.many);
        return Match{end - i, cents == 0 ? units : units + " and " + centWords, "money"};
    }
    return Match{end - i, spoken + " " + (isOne(last) || adjective ? c.one : c.many), "money"};
}

std::optional<Match> percentRule(const std::vector<Token>& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number)) return std::nullopt;
    const Num n = parseNumber(t[i].text);
    if (!n.valid) return std::nullopt;
    std::size_t j = i + 1;
    std::optional<Num> upper;
    if (isDash(t, j) && isKind(t, j + 1, Kind::Number) && (isSym(t, j + 2, "%") || isSym(t, j + 2, "\xE2\x80\xB0"))) {
        upper = parseNumber(t[j + 1].text);
        j += 2;
    }
    std::size_t k = skip(t, j);
    const char* word = isSym(t, k, "%") ? "percent" : isSym(t, k, "\xE2\x80\xB0") ? "per mille" : nullptr;
    if (word == nullptr) return std::nullopt;
    // "5.25%-5.5%": both ends carry the sign
    if (!upper && isDash(t, k + 1) && isKind(t, k + 2, Kind::Number) && isSym(t, k + 3, t[k].text.c_str())) {
        upper = parseNumber(t[k + 2].text);
        k += 3;
    }
    std::string spoken = numberWords(n);
    if (upper && upper->valid) spoken += " to " + numberWords(*upper);
    return Match{k + 1 - i, spoken + " " + word, "percent"};
}

std::optional<Match> ordinalRule(const std::vector<Token>& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || !isKind(t, i + 1, Kind::Word)) return std::nullopt;
    const std::string suffix = lowerAscii(t[i + 1].text);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
    const Num n = parseNumber(t[i].text);
    if (!n.valid || !n.fraction.empty() || n.whole.size() > 15) return std::nullopt;
    return Match{2, ordinalWords(std::stoull(n.whole)), "ordinal"};
}

std::string fractionWords(unsigned numerator, unsigned denominator) {
    std::string d;
    if (denominator == 2) {
        d = numerator == 1 ? "half" : "halves";
    } else if (denominator == 4) {
        d = numerator == 1 ? "quarter" : "quarters";
    } else {
        d = ordinalWords(denominator);
        if (numerator != 1) d += "s";
    }
    return (numerator == 1 && denominator <= 4 ? (denominator == 2 ? std::string("one") : std::string("a"))
                                               : cardinalWords(numerator)) +
           " " + d;
}

std::optional<Match> fractionRule(const std::vector<Token>& t, std::size_t i) {
    static const std::map<std::string, std::pair<unsigned, unsigned>> kVulgar{
        {"\xC2\xBD", {1, 2}}, {"\xC2\xBC", {1, 4}}, {"\xC2\xBE", {3, 4}}, {"\xE2\x85\x93", {1, 3}},
        {"\xE2\x85\x94", {2, 3}}, {"\xE2\x85\x9B", {1, 8}}, {"\xE2\x85\x95", {1, 5}}};
    // Unicode fraction, alone or after a whole number: "½", "3½"
    if (isKind(t, i, Kind::Symbol)) {
        const auto v = kVulgar.find(t[i].text);
        if (v != kVulgar.end()) return Match{1, fractionWords(v->second.first, v->second.second), "fraction"};
    }
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Symbol) && kVulgar.count(t[i + 1].text) != 0) {
        const auto& f = kVulgar.at(t[i + 1].text);
        return Match{2, wholeWords(t[i].text) + " and " + fractionWords(f.first, f.second), "fraction"};
    }
    // "3 3/4" and "1/2": a small denominator and a numerator below it
    std::size_t j = i;
    std::string whole;
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number) && isSym(t, i + 3, "/")) {
        whole = t[i].text;
        j = i + 2;
    }
    auto num = smallInt(tok(t, j), 1, 99);
    auto den = isSym(t, j + 1, "/") ? smallInt(tok(t, j + 2), 2, 16) : std::nullopt;
    if (!num || !den || *num >= *den || isSym(t, j + 3, "/")) return std::nullopt;
    std::string spoken = fractionWords(static_cast<unsigned>(*num), static_cast<unsigned>(*den));
    if (!whole.empty()) spoken = wholeWords(whole) + " and " + spoken;
    return Match{j + 3 - i, spoken, "fraction"};
}

std::optional<Match> rangeRule(const std::vector<Token>& t, std::size_t i) {
    // "2010–2015", "2010-15", "pages 3-5", "a 3-1 win"
    if (!isKind(t, i, Kind::Number) || !isDash(t, i + 1) || !isKind(t, i + 2, Kind::Number)) return std::nullopt;
    if (isSym(t, i + 3, "-")) return std::nullopt;  // 555-123-4567 is a phone number
    const Num a = parseNumber(t[i].text), b = parseNumber(t[i + 2].text);
    if (!a.valid || !b.valid) return std::nullopt;
    if (isYear(&t[i]) && (isYear(&t[i + 2]) || t[i + 2].text.size() == 2)) {
        const std::string second = t[i + 2].text.size() == 2 ? t[i + 2].text : "";
        const std::string upper = second.empty() ? yearSpoken(t[i + 2].text)
                                                 : yearSpoken(t[i].text.substr(0, 2) + second);
        return Match{3, yearSpoken(t[i].text) + " to " + upper, "range"};
    }
    return Match{3, numberWords(a) + " to " + numberWords(b), "range"};
}

std::optional<Match> unitRule(const std::vector<Token>& t, std::size_t i) {
    std::size_t j = i;
    bool negative = false;
    if ((isSym(t, j, "-") || isSym(t, j, "\xE2\x88\x92")) && isKind(t, j + 1, Kind::Number) &&
        (j == 0 || isKind(t, j - 1, Kind::Space))) {
        negative = true;
        ++j;
    }
    if (!isKind(t, j, Kind::Number)) return std::nullopt;
    const Num n = parseNumber(t[j].text);
    if (!n.valid) return std::nullopt;
    std::string prefix = (negative ? "minus " : "") + numberWords(n);
    std::size_t k = j + 1;
    // "5,000 sq km": a magnitude word may stand between
    // Degrees: "-5°C", "30 °F", "90°"
    std::size_t d = skip(t, k);
    if (isSym(t, d, "\xC2\xB0")) {
        std::string spoken = prefix + (isOne(n) && !negative ? " degree" : " degrees");
        std::size_t end = d + 1;
        if (isKind(t, end, Kind::Word) && (t[end].text == "C" || t[end].text == "F")) {
            spoken += t[end].text == "C" ? " Celsius" : " Fahrenheit";
            ++end;
        }
        return Match{end - i, spoken, "unit"};
    }
    if (!isKind(t, d, Kind::Word)) return std::nullopt;
    std::string unitText = t[d].text;
    std::size_t end = d + 1;
    if (unitText == "km" && isSym(t, end, "/") && isWordIn(t, end + 1, {"h"})) {
        unitText = "km/h";
        end += 2;
    } else if ((unitText == "km" || unitText == "m") && isKind(t, end, Kind::Number) && t[end].text == "2") {
        unitText += "2";
        end += 1;
    } else if ((unitText == "km" || unitText == "m") && isSym(t, end, "\xC2\xB2")) {
        unitText += "\xC2\xB2";
        end += 1;
    }
    const auto u = units().find(unitText);
    if (u == units().end()) return std::nullopt;
    // A unit is a unit only where a word cannot be: not followed by more letters or an apostrophe.
    if (isKind(t, end, Kind::Word) || isSym(t, end, "'")) return std::nullopt;
    // "m" and "t" are also "million" and "tonnes": after a space they are ambiguous words ("5 m" rare)
    // "m" and "t" are also "million" and "tonnes": spaced from the number they are units only before a
    // word of measure ("200 m wide"); attached to a decimal ("1.5m people") "m" is a million.
    const bool measureWord = isWordIn(t, skip(t, end), {"long", "wide", "high", "tall", "deep", "away", "thick"});
    if ((unitText == "m" || unitText == "t" || unitText == "l" || unitText == "L") && d != k && !measureWord) {
        return std::nullopt;
    }
    if (unitText == "m" && d == k && !n.fraction.empty()) return Match{end - i, prefix + " million", "number"};
    const bool singular = (isOne(n) && !negative && n.fraction.empty()) || beforeNoun(t, end);
    return Match{end - i, prefix + " " + (singular ? u->second.one : u->second.many), "unit"};
}

std::optional<Match> magnitudeRule(const std::vector<Token>& t, std::size_t i) {
    // "3.5bn", "250k" attached to a number
    if (!isKind(t, i, Kind::Number) || !isKind(t, i + 1, Kind::Word)) return std::nullopt;
    const std::string w = lowerAscii(t[i + 1].text);
    if (w != "bn" && w != "k" && w != "tn" && w != "mn" && w != "trn") return std::nullopt;
    const Num n = parseNumber(t[i].text);
    if (!n.valid) return std::nullopt;
    return Match{2, numberWords(n) + " " + magnitudes().at(w), "number"};
}

std::optional<Match> phoneRule(const std::vector<Token>& t, std::size_t i) {
    // "+1 555-123-4567", "(02) 1234 5678", "555-1234": groups of digits read digit by digit
    std::size_t j = i;
    std::string spoken;
    if (isSym(t, j, "+") && isKind(t, j + 1, Kind::Number)) {
        spoken = "plus ";
        ++j;
    }
    std::vector<std::string> groups;
    std::size_t end = j;
    bool parenthesis = false;
    while (true) {
        std::size_t k = end;
        if (isSym(t, k, "(")) {
            parenthesis = true;
            ++k;
        }
        if (!isKind(t, k, Kind::Number) || t[k].text.find_first_not_of("0123456789") != std::string::npos ||
            t[k].text.size() > 4) {
            break;
        }
        groups.push_back(t[k].text);
        ++k;
        if (isSym(t, k, ")")) ++k;
        end = k;
        if ((isSym(t, k, "-") || isSym(t, k, ".") || isKind(t, k, Kind::Space)) && k + 1 < t.size() &&
            (isKind(t, k + 1, Kind::Number) || isSym(t, k + 1, "("))) {
            // Only continue over a space when the next group is a digit group too.
            end = k + 1;
            continue;
        }
        break;
    }
    // Trim a dangling separator we stepped onto
    while (end > j && (isKind(t, end - 1, Kind::Space) || isSym(t, end - 1, "-") || isSym(t, end - 1, "."))) --end;
    std::size_t digits = 0;
    for (const std::string& g : groups) digits += g.size();
    const bool dashed = groups.size() >= 2 && !isKind(t, j + 1, Kind::Space);
    if (groups.size() < 2 || digits < 7 || digits > 15 || (!dashed && !parenthesis && spoken.empty())) return std::nullopt;
    for (std::size_t g = 0; g < groups.size(); ++g) spoken += (g ? ", " : "") + digitWords(groups[g]);
    return Match{end - i, spoken, "phone"};
}

std::optional<Match> numberRule(const std::vector<Token>& t, std::size_t i) {
    std::size_t j = i;
    bool negative = false;
    if ((isSym(t, j, "-") || isSym(t, j, "\xE2\x88\x92")) && isKind(t, j + 1, Kind::Number) &&
        (j == 0 || isKind(t, j - 1, Kind::Space) || isSym(t, j - 1, "("))) {
        negative = true;
        ++j;
    }
    if (!isKind(t, j, Kind::Number)) return std::nullopt;
    const std::string& text = t[j].text;
    Num n = parseNumber(text);
    std::string spoken;
    if (!n.valid) {
        // Mixed or odd separators ("1.2.3", "1,2,3"): read the pieces with their separators.
        std::string piece;
        for (char c : text + ".") {
            if (std::isdigit(static_cast<unsigned char>(c))) {
                piece += c;
                continue;
            }
            if (!spoken.empty()) spoken += " point ";
            spoken += wholeWords(piece);
            piece.clear();
        }
    } else {
        const std::string prev = lowerAscii(previousWord(t, i));
        // A bare four-digit number after "in", "since"... is a year.
        if (!negative && isYear(&t[j]) && n.fraction.empty() && text.find(',') == std::string::npos &&
            (prev == "in" || prev == "since" || prev == "until" || prev == "till" || prev == "by" || prev == "from" ||
             prev == "during" || prev == "before" || prev == "after" || prev == "of" || prev == "year" ||
             prev == "early" || prev == "late" || prev == "mid" || prev == "circa" || prev == "between" ||
             prev == "and" || prev == "to" || prev == "through" || prev == "summer" || prev == "winter" ||
             prev == "spring" || prev == "autumn" || prev == "fall" || prev == "election" || prev == "season")) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        // "... in the summer of 2012." and "2025, a year of ..." : a recent year standing alone
        const bool clauseEnd = j + 1 >= t.size() || isSym(t, j + 1, ",") || isSym(t, j + 1, ".") ||
                               isSym(t, j + 1, ";") || isSym(t, j + 1, ":") || isSym(t, j + 1, ")");
        const bool sentenceStart = i == 0;
        // "the 2024 Paris Olympics", "the 2020 election": a year naming an event
        const std::size_t after = skip(t, j + 1);
        const bool eventNext =
            after > j + 1 && isKind(t, after, Kind::Word) &&
            (isCapitalized(t[after].text) ||
             isWordIn(t, after, {"election", "elections", "season", "budget", "census", "campaign", "vote", "race",
                                 "midterms", "championship", "olympics", "games", "edition", "model", "summit",
                                 "presidential", "general", "world", "tournament", "cup", "final", "finals"}));
        if (!negative && n.fraction.empty() && text.size() == 4 && eventNext && std::stoi(text) >= 1900 &&
            std::stoi(text) <= 2099) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        if (!negative && n.fraction.empty() && text.size() == 4 && (clauseEnd || sentenceStart) && std::stoi(text) >= 1900 &&
            std::stoi(text) <= 2099) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        spoken = numberWords(n);
    }
    return Match{j + 1 - i, (negative ? "minus " : "") + spoken, "number"};
}

// Abbreviations ending in a dot, read by what is around them.
std::optional<Match> abbreviationRule(const std::vector<Token>& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word)) return std::nullopt;
    const std::string& w = t[i].text;
    const std::string lw = lowerAscii(w);
    // Dotted forms first: "e.g.", "i.e.", "a.m." as words of their own
    if (lw == "e.g.") return Match{1, "for example", "abbreviation"};
    if (lw == "i.e.") return Match{1, "that is", "abbreviation"};
    if (!isSym(t, i + 1, ".")) return std::nullopt;
    const std::size_t after = skip(t, i + 2);
    const Token* next = tok(t, after);
    const bool nextCapital = next != nullptr && next->kind == Kind::Word && isCapitalized(next->text);
    const bool nextNumber = next != nullptr && next->kind == Kind::Number;
    const bool prevCapital = isCapitalized(previousWord(t, i));
    // The dot also ended the sentence when nothing follows: keep one.
    const std::string tail = next == nullptr ? "." : "";
    static const std::map<std::string, std::string> kTitles{
        {"Mr", "Mister"},        {"Mrs", "Missus"},      {"Ms", "Miz"},          {"Dr", "Doctor"},
        {"Prof", "Professor"},   {"Gen", "General"},     {"Sen", "Senator"},     {"Rep", "Representative"},
        {"Gov", "Governor"},     {"Lt", "Lieutenant"},   {"Col", "Colonel"},     {"Capt", "Captain"},
        {"Sgt", "Sergeant"},     {"Adm", "Admiral"},     {"Maj", "Major"},       {"Rev", "Reverend"},
        {"Pres", "President"},   {"Supt", "Superintendent"}, {"Cmdr", "Commander"}, {"Insp", "Inspector"},
        {"Det", "Detective"},    {"Amb", "Ambassador"},  {"Hon", "Honorable"},   {"Fr", "Father"},
        {"Mt", "Mount"},         {"Ft", "Fort"},         {"Messrs", "Messieurs"},
    };
    if (const auto title = kTitles.find(w); title != kTitles.end() && nextCapital) {
        return Match{2, title->second, "abbreviation"};
    }
    if (w == "St") {  // "St. Louis" is a saint, "Main St." a street
        if (nextCapital && !prevCapital) return Match{2, "Saint", "abbreviation"};
        if (prevCapital) return Match{2, "Street" + tail, "abbreviation"};
        if (nextCapital) return Match{2, "Saint", "abbreviation"};
    }
    if (w == "Dr" && prevCapital) return Match{2, "Drive" + tail, "abbreviation"};
    if ((w == "No" || w == "Nos") && nextNumber) return Match{2, w == "No" ? "number" : "numbers", "abbreviation"};
    static const std::map<std::string, std::string> kAlways{
        {"vs", "versus"},          {"etc", "et cetera"},     {"approx", "approximately"}, {"Ave", "Avenue"},
        {"Blvd", "Boulevard"},     {"Rd", "Road"},           {"Jr", "Junior"},            {"Sr", "Senior"},
        {"Inc", "Incorporated"},   {"Corp", "Corporation"},  {"Ltd", "Limited"},          {"Co", "Company"},
        {"Dept", "Department"},    {"Univ", "University"},   {"Assn", "Association"},     {"Bros", "Brothers"},
        {"est", "estimated"},      {"Jan", "January"},       {"Feb", "February"},         {"Aug", "August"},
        {"Sept", "September"},     {"Oct", "October"},       {"Nov", "November"},         {"Dec", "December"},
        {"Mon", "Monday"},         {"Tue", "Tuesday"},       {"Tues", "Tuesday"},         {"Wed", "Wednesday"},
        {"Thu", "Thursday"},       {"Thurs", "Thursday"},    {"Fri", "Friday"},           {"Sat", "Saturday"},
        {"Sun", "Sunday"},         {"v", "versus"},
    };
    if (const auto a = kAlways.find(w); a != kAlways.end()) {
        if (w == "v" && !prevCapital) return std::nullopt;
        if (w == "Co" && !prevCapital) return std::nullopt;
        return Match{2, a->second + tail, "abbreviation"};
    }
    return std::nullopt;
}

// Roman numerals: "Henry VIII" -> "Henry the Eighth", "World War II" -> "World War Two".
int romanValue(const std::string& s) {
    static const std::map<char, int> kValues{{'I', 1}, {'V', 5}, {'X', 10}, {'L', 50}, {'C', 100}, {'D', 500}, {'M', 1000}};
    int total = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto v = kValues.find(s[i]);
        if (v == kValues.end()) return 0;
        const auto n = i + 1 < s.size() ? kValues.find(s[i + 1]) : kValues.end();
        total += (n != kValues.end() && n->second > v->second) ? -v->second : v->second;
    }
    return total;
}

std::string canonicalRoman(int v) {
    static const std::pair<int, const char*> kParts[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                                         {90, "XC"},  {50, "L"},   {40, "XL"}, {10, "X"},   {9, "IX"},
                                                         {5, "V"},    {4, "IV"},   {1, "I"}};
    std::string out;
    for (const auto& [value, text] : kParts) {
        while (v >= value) {
            out += text;
            v -= value;
        }
    }
    return out;
}

std::optional<Match> romanRule(const std::vector<Token>& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word)) return std::nullopt;
    const std::string& w = t[i].text;
    const int v = romanValue(w);
    if (v < 2 || v > 99 || canonicalRoman(v) != w) return std::nullopt;  // "I" stays the pronoun
    const std::string prev = previousWord(t, i);
    if (prev.empty() || !isCapitalized(prev) || i < 2 || !isKind(t, i - 1, Kind::Space)) return std::nullopt;
    // Numbered things take a cardinal; monarchs and popes an ordinal.
    static const char* const kCounted[] = {"War", "Bowl", "Part", "Chapter", "Phase", "Title", "Article", "Volume",
                                           "Act", "Round", "Stage", "Level", "Grade", "Type", "Class", "Category",
                                           "Book", "Episode", "Season", "Vatican", "Apollo", "Gemini", "Mark",
                                           "Section", "Division", "Tier", "League", "Schedule", "Annex"};
    for (const char* c : kCounted) {
        if (prev == c) return Match{1, cardinalWords(static_cast<unsigned>(v)), "roman"};
    }
    // "V", "X", "L", "C", "D", "M" alone after a name are letters more often than numbers
    if (w.size() == 1) return std::nullopt;
    std::string ordinal = ordinalWords(static_cast<unsigned>(v));
    ordinal[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(ordinal[0])));
    return Match{1, "the " + ordinal, "roman"};
}

std::optional<Match> symbolRule(const std::vector<Token>& t, std::size_t i) {
    if (!isKind(t, i, Kind::Symbol)) return std::nullopt;
    const std::string& s = t[i].text;
    const bool spaced = (i > 0 && isKind(t, i - 1, Kind::Space)) || i == 0;
    const bool numberNext = isKind(t, i + 1, Kind::Number) || isKind(t, skip(t, i + 1), Kind::Number);
    if (s == "&") return Match{1, " and ", "symbol"};
    if (s == "+" && (spaced || isKind(t, i - 1, Kind::Number))) return Match{1, " plus ", "symbol"};
    if (s == "=") return Match{1, " equals ", "symbol"};
    if (s == "@") return Match{1, " at ", "symbol"};
    if (s == "#" && numberNext) return Match{1, " number ", "symbol"};
    if (s == "\xC2\xB1") return Match{1, " plus or minus ", "symbol"};
    if (s == "\xC3\x97") return Match{1, isKind(t, i - 1, Kind::Number) && numberNext ? " by " : " times ", "symbol"};
    if (s == "\xC2\xB0") return Match{1, " degrees ", "symbol"};
    if (s == "~" && numberNext) return Match{1, " about ", "symbol"};
    if (s == "<" && numberNext) return Match{1, " less than ", "symbol"};
    if (s == ">" && numberNext) return Match{1, " more than ", "symbol"};
    if (s == "\xE2\x80\x94" || s == "\xE2\x80\x95") return Match{1, ", ", "pause"};  // em dash
    if (s == "\xE2\x80\x93" && isKind(t, i - 1, Kind::Space)) return Match{1, ", ", "pause"};  // spaced en dash
    if (s == "(" || s == "[" || s == "{") return Match{1, ", ", "pause"};
    if (s == ")" || s == "]" || s == "}") {
        const bool endsClause = isSym(t, i + 1, ".") || isSym(t, i + 1, ",") || isSym(t, i + 1, ";") || i + 1 >= t.size();
        return Match{1, endsClause ? "" : ", ", "pause"};
    }
    if (s == "/" && isKind(t, i - 1, Kind::Word) && isKind(t, i + 1, Kind::Word)) return Match{1, " or ", "symbol"};
    if (s == "/" && i > 0 && isKind(t, i - 1, Kind::Number) && isKind(t, i + 1, Kind::Number)) return Match{1, " slash ", "symbol"};
    if (s == "\"" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" || s == "\xC2\xAB" || s == "\xC2\xBB") {
        return Match{1, "", "quote"};
    }
    if (s == "*" || s == "_" || s == "|" || s == "\xE2\x80\xA2" || s == "\xC2\xB7") return Match{1, " ", "symbol"};
    if (s == "\xE2\x86\x92") return Match{1, " to ", "symbol"};                 // →
    if (s == "\xC3\xB7") return Match{1, " divided by ", "symbol"};              // ÷
    if (s == "\xE2\x89\x88") return Match{1, " about ", "symbol"};              // ≈
    if (s == "\xE2\x89\xA4") return Match{1, " at most ", "symbol"};            // ≤
    if (s == "\xE2\x89\xA5") return Match{1, " at least ", "symbol"};           // ≥
    // Emoji, arrows, trade marks and other pictographs: eSpeak NG would read their Unicode names
    // ("grinning face"), which no newsreader says.
    std::size_t next = 0;
    const UChar32 c = codePointAt(s, 0, &next);
    const int8_t category = u_charType(c);
    if (category == U_OTHER_SYMBOL || category == U_MODIFIER_SYMBOL || c == 0xFE0F || c == 0x200D) {
        return Match{1, "", "symbol"};
    }
    return std::nullopt;
}

// A span in another script inside English text: kept for a voice that speaks it when it is a name,
// dropped when it is interface text stuck to digits or slashes ("(0/250자)").
bool isLatinOrCommon(const std::string& word) {
    std::size_t i = 0;
    while (i < word.size()) {
        std::size_t next = 0;
        const UChar32 c = codePointAt(word, i, &next);
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        if (script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED) return false;
        i = next;
    }
    return true;
}

std::optional<Match> foreignScriptRule(const std::vector<Token>& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word) || isLatinOrCommon(t[i].text)) return std::nullopt;
    const bool stuckToSymbols = (i > 0 && (isKind(t, i - 1, Kind::Number) || isSym(t, i - 1, "/"))) ||
                                isKind(t, i + 1, Kind::Number) || isSym(t, i + 1, "/");
    if (stuckToSymbols) return Match{1, "", "foreign-interface"};
    return std::nullopt;
}

// ---- web addresses --------------------------------------------------------------------------

bool isUrlChar(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7F && c != '"' && c != '<' && c != '>' && c != ')' && c != ']';
}

std::string spellHost(std::string host) {
    if (host.rfind("www.", 0) == 0) host.erase(0, 4);
    std::string out;
    for (char c : host) {
        if (c == '.') out += " dot ";
        else if (c == '-') out += " dash ";
        else if (c == '_') out += " underscore ";
        else out += c;
    }
    return out;
}

// URLs, e-mail addresses, handles and hashtags, read briefly: "www.example.com/a/b" -> "example dot com".
std::string webAddresses(const std::string& text, std::vector<Rewrite>* log) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const bool wordStart = i == 0 || std::isspace(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '(';
        if (wordStart) {
            std::size_t end = i;
            while (end < text.size() && isUrlChar(text[end])) ++end;
            while (end > i && std::strchr(".,;:!?'", text[end - 1]) != nullptr) --end;
            const std::string word = text.substr(i, end - i);
            std::string spoken, rule;
            const std::size_t at = word.find('@');
            const std::size_t scheme = word.find("://");
            if (word.rfind("http://", 0) == 0 || word.rfind("https://", 0) == 0 || word.rfind("www.", 0) == 0) {
                std::string host = word.substr(scheme == std::string::npos ? 0 : scheme + 3);
                host = host.substr(0, host.find_first_of("/?#:"));
                spoken = spellHost(host);
                rule = "url";
            } else if (at != std::string::npos && at > 0 && word.find('.', at) != std::string::npos &&
                       std::isalnum(static_cast<unsigned char>(word.back()))) {
                spoken = spellHost(word.substr(0, at)) + " at " + spellHost(word.substr(at + 1));
                rule = "email";
            } else if (word.size() > 1 && word[0] == '@' && std::isalnum(static_cast<unsigned char>(word[1]))) {
                spoken = "at " + word.substr(1);
                rule = "handle";
            } else if (word.size() > 1 && word[0] == '#' && std::isalpha(static_cast<unsigned char>(word[1]))) {
                spoken = "hashtag " + word.substr(1);
                rule = "hashtag";
            }
            if (!rule.empty()) {
                if (log != nullptr) log->push_back({word, spoken, rule});
                out += spoken;
                i = end;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

void appendSeparated(std::string& out, const std::string& piece) {
    if (!out.empty() && !piece.empty() && std::isalnum(static_cast<unsigned char>(out.back())) &&
        std::isalnum(static_cast<unsigned char>(piece.front()))) {
        out += ' ';
    }
    out += piece;
}

std::optional<Match> English::tryRules(const Tokens& t, std::size_t i) const {
    using Rule = std::optional<Match> (*)(const std::vector<Token>&, std::size_t);
    if (auto m = dateRule(t, i, day_first_)) return m;
    static const Rule kRules[] = {moneyRule,  decadeRule,   timeRule,   percentRule, fractionRule,      phoneRule,
                                  rangeRule,  ordinalRule,  unitRule,   magnitudeRule, numberRule,      abbreviationRule,
                                  romanRule,  symbolRule,   foreignScriptRule};
    for (Rule rule : kRules) {
        if (auto m = rule(t, i)) return m;
    }
    return std::nullopt;
}

std::string English::apply(const std::string& text, std::vector<Rewrite>* log) const {
    const Tokens t = tokenize(webAddresses(text, log));
    std::string out;
    std::size_t i = 0;
    bool rewritten = false;  // the last piece came from a rule: "5G" must not become "fiveG"
    while (i < t.size()) {
        if (auto m = tryRules(t, i)) {
            std::string written;
            for (std::size_t k = i; k < i + m->length && k < t.size(); ++k) written += t[k].text;
            if (log != nullptr && written != m->spoken) log->push_back({written, m->spoken, m->rule});
            appendSeparated(out, m->spoken);
            i += std::max<std::size_t>(1, m->length);
            rewritten = true;
        } else {
            if (rewritten) {
                appendSeparated(out, t[i].text);
            } else {
                out += t[i].text;
            }
            rewritten = false;
            ++i;
        }
    }
    // Tidy what the pause rules leave: ", ," and " ," and a comma right before the full stop.
    std::string tidy;
    for (std::size_t k = 0; k < out.size(); ++k) {
        if (out[k] == ',' && !tidy.empty()) {
            while (!tidy.empty() && tidy.back() == ' ') tidy.pop_back();
            if (!tidy.empty() && (tidy.back() == ',' || tidy.back() == '.' || tidy.back() == '?' || tidy.back() == '!')) continue;
            if (tidy.empty()) continue;
        }
        if ((out[k] == '.' || out[k] == '?' || out[k] == '!' || out[k] == ';' || out[k] == ':') && !tidy.empty()) {
            while (!tidy.empty() && tidy.back() == ' ') tidy.pop_back();
            if (!tidy.empty() && tidy.back() == ',') tidy.pop_back();
        }
        tidy += out[k];
    }
    while (!tidy.empty() && (tidy.front() == ',' || tidy.front() == ' ')) tidy.erase(0, 1);
    return tidy;
}

}  // namespace

std::unique_ptr<LanguageRules> rulesFor(const std::string& language) {
    std::string lang = lowerAscii(language);
    if (lang == "en" || lang.rfind("en-", 0) == 0 || lang.rfind("en_", 0) == 0) {
        // Dates like 4/5/2025 are day first outside North America.
        const bool dayFirst = lang != "en" && lang != "en-us" && lang != "en_us" && lang != "en-ca" && lang != "en-ph";
        return std::make_unique<English>(dayFirst);
    }
    return nullptr;
}

}  // namespace readcast

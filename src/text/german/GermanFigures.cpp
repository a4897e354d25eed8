#include "text/german/GermanFigures.hpp"

#include <cctype>
#include <cstring>
#include <unordered_set>
#include <vector>

#include "core/Ascii.hpp"
#include "text/SpokenAddress.hpp"
#include "text/german/GermanWords.hpp"

namespace readcast::german {
namespace {

bool startsWith(const std::string& text, std::size_t i, const char* s) { return text.compare(i, std::strlen(s), s) == 0; }

bool endsWord(const std::string& text, std::size_t i) { return i >= text.size() || !isWordByte(text[i]); }

// A number from i: digits, perhaps grouped by dots in threes ("1.250"), perhaps with decimals after a
// comma ("1,5"). Returns its end, i when there is none; `whole` is the end of the part before the comma.
std::size_t numberEnd(const std::string& text, std::size_t i, std::size_t* whole = nullptr) {
    std::size_t e = digitsEnd(text, i);
    if (e == i) return i;
    while (e + 3 < text.size() + 0 && text[e] == '.' && isDigit(text[e + 1]) && isDigit(text[e + 2]) && isDigit(text[e + 3]) &&
           (e + 4 >= text.size() || !isDigit(text[e + 4]))) {
        e += 4;
    }
    if (whole != nullptr) *whole = e;
    if (e + 1 < text.size() && text[e] == ',' && isDigit(text[e + 1])) e = digitsEnd(text, e + 1);
    return e;
}

std::string withoutLeadingZero(const std::string& digits) { return digits.size() > 1 && digits[0] == '0' ? digits.substr(1) : digits; }

// A lexicon placeholder (U+E000..U+F8FF, three bytes): "Mio." already made "Millionen".
bool placeholderAt(const std::string& text, std::size_t i) {
    return i + 2 < text.size() && (text[i] == '\xEE' || text[i] == '\xEF') && static_cast<unsigned char>(text[i + 1]) < 0xA4;
}

struct Currency {
    const char* written;
    const char* name;
};

// After an amount: "12,99 €", "4,50 Euro", "3 Mrd. USD".
constexpr Currency kCurrencies[] = {{"\xE2\x82\xAC", "Euro"}, {"Euro", "Euro"},       {"EUR", "Euro"},   {"US-Dollar", "US-Dollar"},
                                    {"Dollar", "Dollar"},     {"USD", "US-Dollar"},   {"$", "Dollar"},   {"\xC2\xA3", "Pfund"},
                                    {"Pfund", "Pfund"},       {"CHF", "Franken"},     {"Franken", "Franken"}};

const Currency* currencyAt(const std::string& text, std::size_t i) {
    for (const Currency& c : kCurrencies) {
        const std::size_t n = std::strlen(c.written);
        if (startsWith(text, i, c.written) && (!std::isalpha(static_cast<unsigned char>(c.written[n - 1])) || endsWord(text, i + n))) return &c;
    }
    return nullptr;
}

// "12,99" as money: "12 Euro 99"; "1" "ein Euro"; "0,32" its hundredths alone, "32 Cent".
std::string moneyWords(const std::string& amount, const char* name) {
    const std::size_t comma = amount.find(',');
    const std::string whole = amount.substr(0, comma);
    if (whole == "0" && comma != std::string::npos && amount.size() == comma + 3 && amount.compare(comma + 1, 2, "00") != 0) {
        const char* hundredth = std::strcmp(name, "Pfund") == 0 ? "Pence" : std::strcmp(name, "Franken") == 0 ? "Rappen" : "Cent";
        return withoutLeadingZero(amount.substr(comma + 1)) + " " + hundredth;
    }
    std::string spoken = (whole == "1" ? std::string("ein") : whole) + " " + name;
    if (comma != std::string::npos) {
        const std::string cents = amount.substr(comma + 1);
        if (cents != "00" && cents != "-") spoken += " " + withoutLeadingZero(cents);
    }
    return spoken;
}

struct Unit {
    const char* written;
    const char* plural;
    const char* one;  // after "1"
};

// Longest first where one begins another ("km/h" before "km", "m²" before "m").
constexpr Unit kUnits[] = {
    {"km/h", "Kilometer pro Stunde", "ein Kilometer pro Stunde"},
    {"\xC2\xB5g/m\xC2\xB3", "Mikrogramm pro Kubikmeter", "ein Mikrogramm pro Kubikmeter"},  // fine dust in the air
    {"mg/kg", "Milligramm pro Kilogramm", "ein Milligramm pro Kilogramm"},
    {"mmol/l", "Millimol pro Liter", "ein Millimol pro Liter"},
    {"l/m\xC2\xB2", "Liter pro Quadratmeter", "ein Liter pro Quadratmeter"},  // rain in a forecast
    {"m/s", "Meter pro Sekunde", "ein Meter pro Sekunde"},
    {"Mbit/s", "Megabit pro Sekunde", "ein Megabit pro Sekunde"},
    {"km\xC2\xB2", "Quadratkilometer", "ein Quadratkilometer"},
    {"m\xC2\xB2", "Quadratmeter", "ein Quadratmeter"},
    {"m\xC2\xB3", "Kubikmeter", "ein Kubikmeter"},
    {"qm", "Quadratmeter", "ein Quadratmeter"},
    {"km", "Kilometer", "ein Kilometer"},
    {"cm", "Zentimeter", "ein Zentimeter"},
    {"mm", "Millimeter", "ein Millimeter"},
    {"kg", "Kilogramm", "ein Kilogramm"},
    {"mg", "Milligramm", "ein Milligramm"},
    {"ml", "Milliliter", "ein Milliliter"},
    {"ha", "Hektar", "ein Hektar"},
    {"kWh", "Kilowattstunden", "eine Kilowattstunde"},
    {"MWh", "Megawattstunden", "eine Megawattstunde"},
    {"GWh", "Gigawattstunden", "eine Gigawattstunde"},
    {"TWh", "Terawattstunden", "eine Terawattstunde"},
    {"kW", "Kilowatt", "ein Kilowatt"},
    {"MW", "Megawatt", "ein Megawatt"},
    {"GW", "Gigawatt", "ein Gigawatt"},
    {"min", "Minuten", "eine Minute"},
    {"\xC2\xB0" "C", "Grad Celsius", "ein Grad Celsius"},
    {"\xC2\xB0", "Grad", "ein Grad"},
    {"m", "Meter", "ein Meter"},
    {"g", "Gramm", "ein Gramm"},
    {"t", "Tonnen", "eine Tonne"},
    {"l", "Liter", "ein Liter"},
    {"h", "Stunden", "eine Stunde"},
    {"s", "Sekunden", "eine Sekunde"},
};

}  // namespace

bool clockTimeAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken) {
    const std::size_t h = digitsEnd(text, i);
    if (h - i < 1 || h - i > 2 || h + 2 >= text.size() || (text[h] != ':' && text[h] != '.') || !isDigit(text[h + 1]) ||
        !isDigit(text[h + 2])) {
        return false;
    }
    const std::size_t mEnd = h + 3;
    if (mEnd < text.size() && (isWordByte(text[mEnd]) || ((text[mEnd] == ':' || text[mEnd] == '.') && mEnd + 1 < text.size() && isDigit(text[mEnd + 1])))) {
        return false;
    }
    const int hour = std::stoi(text.substr(i, h - i));
    const int minute = std::stoi(text.substr(h + 1, 2));
    if (hour > 24 || minute > 59) return false;
    const bool uhr = startsWith(text, mEnd, " Uhr") && endsWord(text, mEnd + 4);
    if (!uhr) {
        // "um 18:30" without its "Uhr"; a dot between hour and minutes is a time only with it.
        const std::string before = lowerGerman(wordBefore(text, i).word);
        const bool timeWord = before == "um" || before == "ab" || before == "gegen" || before == "bis" || before == "seit" ||
                              before == "von" || before == "zwischen";
        // (Or a dotted one that opens a span ending on its "Uhr": "zwischen 6.30 und 9 Uhr", "von 8.00 bis 18 Uhr".)
        bool span = false;
        for (const char* to : {" und ", " bis ", "-", "\xE2\x80\x93"}) {
            const std::size_t n = std::strlen(to);
            if (!startsWith(text, mEnd, to)) continue;
            const std::size_t u = text.find(" Uhr", mEnd + n);
            span = timeWord && u != std::string::npos && u - (mEnd + n) <= 5 && isDigit(text[mEnd + n]) &&
                   text.find_first_not_of("0123456789.:", mEnd + n) == u;
        }
        if ((text[h] != ':' && !span) || !timeWord) return false;
    }
    const std::string minutes = text.substr(h + 1, 2);
    spoken = withoutLeadingZero(text.substr(i, h - i)) + " Uhr" + (minutes == "00" ? "" : " " + withoutLeadingZero(minutes));
    end = uhr ? mEnd + 4 : mEnd;
    return true;
}

bool raceTimeAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken) {
    const std::size_t a = digitsEnd(text, i);
    if (a == i || a - i > 2 || a + 3 >= text.size() || text[a] != ':' || (i > 0 && (text[i - 1] == ':' || isDigit(text[i - 1])))) return false;
    const std::size_t b = digitsEnd(text, a + 1);
    if (b - a - 1 != 2 || b + 1 >= text.size() || text[b] != ',' || !isDigit(text[b + 1])) return false;
    const std::size_t c = digitsEnd(text, b + 1);
    if (c < text.size() && isWordByte(text[c])) return false;
    // (A race's by its unit after it or "in" before it: "1:12,50 Euro" is a price's ratio.)
    const bool unit = startsWith(text, c, " Min.") || (startsWith(text, c, " Minuten") && endsWord(text, c + 8));
    const std::string before = lowerGerman(wordBefore(text, i).word);
    if (!unit && before != "in") return false;
    const std::string minutes = text.substr(i, a - i);
    std::string seconds = text.substr(a + 1, c - a - 1);
    if (seconds[0] == '0') seconds.erase(0, 1);  // "2:03,1" "3,1 Sekunden"
    // ("in einer Minute": one minute in the dative after its preposition.)
    const bool dative = before == "in" || before == "mit" || before == "nach" || before == "von" || before == "bei" || before == "aus";
    spoken = (minutes == "1" ? std::string(dative ? "einer Minute " : "eine Minute ") : minutes + " Minuten ") + seconds + " Sekunden";
    // (Its "Min." or "Minuten" goes with it; the dot stays where it ends the sentence.)
    end = c;
    if (startsWith(text, c, " Minuten") && endsWord(text, c + 8)) end = c + 8;
    if (startsWith(text, c, " Min.")) {
        const std::size_t next = text.find_first_not_of(' ', c + 5);
        end = next == std::string::npos ? c + 4 : c + 5;
    }
    return true;
}

bool resultAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken) {
    const std::size_t a = digitsEnd(text, i);
    if (a - i > 3 || a + 1 >= text.size() || text[a] != ':' || !isDigit(text[a + 1])) return false;
    const std::size_t b = digitsEnd(text, a + 1);
    if (b - a - 1 > 3 || (b < text.size() && (isWordByte(text[b]) || (text[b] == ':' && b + 1 < text.size() && isDigit(text[b + 1]))))) return false;
    if (i > 0 && text[i - 1] == ':') return false;
    spoken = text.substr(i, a - i) + " zu " + text.substr(a + 1, b - a - 1);
    end = b;
    return true;
}

bool amountAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken) {
    std::size_t whole = i;
    std::size_t e = numberEnd(text, i, &whole);
    if (e == i) return false;
    const bool cents = e - whole == 3;           // ",99"
    const bool dash = e == whole && startsWith(text, e, ",-");  // "5,-"
    if (dash) e += 2;
    if (!cents && !dash && text.substr(i, e - i) != "1") return false;
    const std::size_t c = e < text.size() && text[e] == ' ' ? e + 1 : e;
    const Currency* currency = currencyAt(text, c);
    if (currency == nullptr) return false;
    // ("0,25 €/kWh": a price by its unit, which perUnitAt reads from the sign, where it knows the unit.)
    if (std::string perUnit; startsWith(text, c + std::strlen(currency->written), "/")) {
        std::size_t perEnd = 0;
        if (perUnitAt(text, c, perEnd, perUnit)) return false;
    }
    spoken = moneyWords(text.substr(i, e - i), currency->name);
    end = c + std::strlen(currency->written);
    return true;
}

bool currencyFirstAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken) {
    // ("N$ 58": Namibia's dollar, as its German press writes it.)
    static const Currency kBefore[] = {{"US$", "US-Dollar"}, {"N$", "Namibia-Dollar"}, {"\xE2\x82\xAC", "Euro"}, {"$", "Dollar"}, {"\xC2\xA3", "Pfund"},
                                       {"EUR ", "Euro"},     {"USD ", "US-Dollar"},    {"CHF ", "Franken"}};
    for (const Currency& c : kBefore) {
        if (!startsWith(text, i, c.written)) continue;
        std::size_t n = i + std::strlen(c.written);
        if (n < text.size() && text[n] == ' ') ++n;
        std::size_t whole = n;
        std::size_t e = numberEnd(text, n, &whole);
        if (e == n || (e < text.size() && isWordByte(text[e]))) return false;
        std::string amount = text.substr(n, e - n);
        if (startsWith(text, e, ",-")) e += 2;
        // "$1,5 Mrd.": the currency after the magnitude, "1,5 Milliarden Dollar".
        std::string magnitude;
        if (e + 1 < text.size() && text[e] == ' ' && placeholderAt(text, e + 1)) {
            magnitude = text.substr(e, 4);
            e += 4;
        } else {
            for (const char* word : {" Millionen", " Milliarden", " Billionen", " Mio.", " Mrd.", " Mio", " Mrd"}) {
                if (startsWith(text, e, word) && (word[std::strlen(word) - 1] == '.' || endsWord(text, e + std::strlen(word)))) {
                    magnitude = word;
                    e += std::strlen(word);
                    break;
                }
            }
        }
        spoken = magnitude.empty() ? moneyWords(amount, c.name) : amount + magnitude + " " + c.name;
        end = e;
        return true;
    }
    return false;
}

bool swissFrancsAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken) {
    static const char* const kSigns[] = {"Fr.", "SFr.", "CHF", "Franken"};
    // The sign first ("Fr. 33.–"), or after the amount ("28.20 Fr.").
    const char* before = nullptr;
    std::size_t n = i;
    for (const char* sign : kSigns) {
        // (The word is written after the amount only: "449.20 Franken".)
        if (startsWith(text, i, sign) && std::strcmp(sign, "Franken") != 0) {
            before = sign;
            n = i + std::strlen(sign);
            if (n < text.size() && text[n] == ' ') ++n;
            break;
        }
    }
    const std::size_t wholeEnd = digitsEnd(text, n);
    if (wholeEnd == n || wholeEnd - n > 9) return false;
    // ("am Fr. 9 Uhr", "Fr. 12. Mai", "Mo.-Fr. 9-17 Uhr": Friday, before its time or its day, or after
    // "am" or another day; "ab Fr. 25.–", "kostet Fr. 15." are francs.)
    if (before != nullptr && std::strcmp(before, "Fr.") == 0) {
        const std::size_t k = wholeEnd;
        std::size_t monthLength = 0;
        const bool dayOfMonth = k + 2 < text.size() && text[k] == '.' && text[k + 1] == ' ' && monthAt(text, k + 2, &monthLength) != 0;
        const bool clock = startsWith(text, k, " Uhr") || (k < text.size() && text[k] == '-' && isDigit(text[k + 1 < text.size() ? k + 1 : k]) &&
                                                          text.find(" Uhr", k) != std::string::npos && text.find(" Uhr", k) - k <= 6);
        const bool afterDay = (i >= 3 && startsWith(text, i - 3, "am ")) || (i >= 1 && text[i - 1] == '-') ||
                              (i >= 3 && startsWith(text, i - 3, "\xE2\x80\x93"));
        if (dayOfMonth || clock || afterDay) return false;
    }
    std::size_t e = wholeEnd;
    std::string centimes;
    if (e + 1 < text.size() && text[e] == '.' && (text[e + 1] == '-' || startsWith(text, e + 1, "\xE2\x80\x93"))) {
        e += text[e + 1] == '-' ? 2 : 4;
    } else if (e + 2 < text.size() && text[e] == '.' && isDigit(text[e + 1]) && isDigit(text[e + 2])) {
        // ("Fr. 12.10." with a dot after it is the 12th of October.)
        const bool fridaysDate = before != nullptr && std::strcmp(before, "Fr.") == 0 && e + 3 < text.size() && text[e + 3] == '.' &&
                                 std::stoi(text.substr(n, wholeEnd - n)) <= 31 && std::stoi(text.substr(e + 1, 2)) <= 12;
        if ((e + 3 < text.size() && isDigit(text[e + 3])) || fridaysDate) return false;
        centimes = text.substr(e + 1, 2);
        e += 3;
    }
    // ("CHF 2,4 Mrd.", "Fr. 3,5 Millionen": millions and billions of francs, "2,4 Milliarden Franken".)
    if (before != nullptr && e + 1 < text.size() && text[e] == ',' && isDigit(text[e + 1])) {
        std::size_t f = e + 1;
        while (f < text.size() && isDigit(text[f])) ++f;
        const std::size_t m = f < text.size() && text[f] == ' ' ? f + 1 : f;
        for (const auto& [written, said] : std::initializer_list<std::pair<const char*, const char*>>{
                 {"Mrd.", "Milliarden"}, {"Mia.", "Milliarden"}, {"Milliarden", "Milliarden"}, {"Mio.", "Millionen"}, {"Millionen", "Millionen"}}) {
            if (startsWith(text, m, written) && (written[std::strlen(written) - 1] == '.' || endsWord(text, m + std::strlen(written)))) {
                spoken = text.substr(n, f - n) + " " + said + " Franken";
                end = m + std::strlen(written);
                // (The abbreviation's dot that also ends the sentence stays for it.)
                if (written[std::strlen(written) - 1] == '.' && end >= text.size()) --end;
                return true;
            }
        }
        return false;
    }
    if (e < text.size() && isWordByte(text[e])) return false;
    if (before == nullptr) {
        const std::size_t s = e < text.size() && text[e] == ' ' ? e + 1 : e;
        const char* after = nullptr;
        for (const char* sign : kSigns) {
            if (startsWith(text, s, sign) && (sign[std::strlen(sign) - 1] == '.' || endsWord(text, s + std::strlen(sign)))) after = sign;
        }
        // ("195 Fr." ends its sentence with the sign's dot: the dot is kept for the sentence. The word itself
        // only after a price with its centimes, "449.20 Franken": a whole sum before it is counted as any.)
        if (after == nullptr || (std::strcmp(after, "Franken") == 0 && centimes.empty())) return false;
        e = s + std::strlen(after);
        if (after[std::strlen(after) - 1] == '.' && (e >= text.size() || text[e] == '\n')) --e;
    }
    const std::string whole = withoutLeadingZero(text.substr(n, wholeEnd - n));
    spoken = (whole == "1" ? std::string("ein") : whole) + " Franken";
    if (!centimes.empty() && centimes != "00") spoken += " " + withoutLeadingZero(centimes);
    // ("0.80 Franken": centimes alone, "80 Rappen".)
    if (whole == "0" && !centimes.empty() && centimes != "00") spoken = withoutLeadingZero(centimes) + " Rappen";
    end = e;
    return true;
}

bool perUnitAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken) {
    // ("30 €/MWh", "12 ct/kWh": a price by its sign, the unit after a slash, "Euro pro Megawattstunde".)
    std::string per = "pro ";
    std::size_t from = i + 4;
    if (startsWith(text, i, "\xE2\x82\xAC/")) {
        per = "Euro pro ";
        from = i + 4;
    } else if (startsWith(text, i, "ct/")) {
        per = "Cent pro ";
        from = i + 3;
    } else if (!startsWith(text, i, "pro ")) {
        return false;
    }
    for (const Unit& unit : kUnits) {
        const std::size_t n = std::strlen(unit.written);
        const std::size_t u = from;
        if (!startsWith(text, u, unit.written) || std::strlen(unit.written) < 2) continue;
        if (u + n < text.size() && isWordByte(text[u + n])) continue;
        // "pro m²" is "pro Quadratmeter": the unit's name without its "ein".
        const std::string one = unit.one;
        spoken = per + one.substr(one.find(' ') + 1);
        end = u + n;
        return true;
    }
    return false;
}

bool measureAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken) {
    const std::size_t e = numberEnd(text, i);
    if (e == i) return false;
    // A compound of a measure and a noun, "70-m²-Wohnung", "40-t-Lkw": "70-Quadratmeter-Wohnung".
    if (e + 1 < text.size() && text[e] == '-') {
        for (const Unit& unit : kUnits) {
            const std::size_t n = std::strlen(unit.written);
            const std::size_t after = e + 1 + n;
            if (!startsWith(text, e + 1, unit.written) || after + 1 >= text.size() || text[after] != '-') continue;
            const auto c = static_cast<unsigned char>(text[after + 1]);
            if (!(std::isupper(c) || c == 0xC3)) continue;
            spoken = text.substr(i, e - i) + "-" + unit.plural + "-";
            end = after + 1;
            return true;
        }
    }
    std::size_t u = e < text.size() && text[e] == ' ' ? e + 1 : e;
    // ("56,2 Mio. t", "2 Mrd. m³": millions of a unit, "56,2 Millionen Tonnen"; the lexicon has said the magnitude.)
    std::string magnitude;
    if (u > e && placeholderAt(text, u) && u + 4 < text.size() && text[u + 3] == ' ') {
        magnitude = text.substr(e, 4);
        u += 4;
    } else if (u > e) {
        for (const char* word : {"Millionen ", "Milliarden ", "Mio. ", "Mrd. "}) {
            if (startsWith(text, u, word)) {
                magnitude = " " + std::string(word, std::strlen(word) - 1);
                u += std::strlen(word);
                break;
            }
        }
    }
    for (const Unit& unit : kUnits) {
        const std::size_t n = std::strlen(unit.written);
        if (!startsWith(text, u, unit.written)) continue;
        const std::size_t after = u + n;
        // A unit ends there: "5 m hoch", "5 m.", but not "5 mal", "3 t-online", "2 h-Milch".
        if (after < text.size() && (isWordByte(text[after]) || (text[after] == '-' && after + 1 < text.size() && isWordByte(text[after + 1])))) {
            continue;
        }
        const std::string number = text.substr(i, e - i);
        spoken = number == "1" && magnitude.empty() ? std::string(unit.one) : number + magnitude + " " + unit.plural;
        end = after;
        return true;
    }
    return false;
}

bool rangeAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken) {
    if (text[i] == '0' || (i > 0 && (text[i - 1] == '-' || text[i - 1] == '/' || text[i - 1] == '.' || text[i - 1] == ','))) return false;
    const std::size_t a = numberEnd(text, i);
    std::size_t dash = a;
    std::size_t width = 0;
    if (startsWith(text, a, "-")) {
        width = 1;
    } else if (startsWith(text, a, "\xE2\x80\x93")) {
        width = 3;
    } else if (startsWith(text, a, " \xE2\x80\x93 ") || startsWith(text, a, " - ")) {
        width = text[a + 1] == '-' ? 3 : 5;
    }
    if (width == 0) return false;
    // ("auf der B 27 – 19-Jähriger schwer verletzt": a road's number before a spaced dash, a headline's pause; "A 7", "L 1140",
    // "K 12", "St 2045". Only a road class's letters: "Vitamin D 10 – 20" is a range.)
    if (width >= 3 && text[a] == ' ' && i >= 2 && text[i - 1] == ' ') {
        std::size_t w = i - 1;
        while (w > 0 && std::isalpha(static_cast<unsigned char>(text[w - 1])) != 0) --w;
        const std::string road = text.substr(w, i - 1 - w);
        if ((road == "A" || road == "B" || road == "L" || road == "K" || road == "St") && (w == 0 || text[w - 1] == ' ')) return false;
    }
    const std::size_t b = dash + width;
    if (b >= text.size() || !isDigit(text[b]) || text[b] == '0') return false;
    const std::size_t bEnd = numberEnd(text, b);
    // "030-123-456" is a telephone number, "3-4-3" a formation.
    if (bEnd < text.size() && (isWordByte(text[bEnd]) || text[bEnd] == '-' || text[bEnd] == '/')) {
        if (!(bEnd < text.size() && text[bEnd] == '%') && !(bEnd + 1 < text.size() && text[bEnd] == '-' && !isDigit(text[bEnd + 1]))) return false;
    }
    spoken = text.substr(i, a - i) + " bis ";
    end = b;
    return true;
}

bool initialismAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken) {
    static const char* const kWords[] = {"NATO", "UNO",  "UNESCO", "UNICEF", "DAX",  "MDAX", "SDAX", "T\xC3\x9CV", "ESA",
                                         "NASA", "FIFA", "UEFA",   "OPEC",   "AIDS", "ASEAN", "GAU", "DIN",  "ISO",
                                         "PIN",  "TAN",  "LAN",    "WLAN",   "SIM",  "PISA", "KITA", "COVID", "CERN",
                                         "EURO", "NABU", "BUND",   "ZOB",    "APO",  "IKEA", "AWO",  "ARTE", "GEMA"};
    std::vector<std::string> letters;
    std::size_t e = i;
    for (std::size_t n = capitalAt(text, e); n != 0; n = capitalAt(text, e)) {
        letters.push_back(text.substr(e, n));
        e += n;
    }
    // "AfD", "BfV", "KfW": a small letter between two capitals.
    if (letters.size() == 1 && e + 1 < text.size() && std::islower(static_cast<unsigned char>(text[e])) && capitalAt(text, e + 1) == 1 &&
        capitalAt(text, e + 2) == 0 && smallLetterAt(text, e + 2) == 0 && !(e + 2 < text.size() && isDigit(text[e + 2]))) {
        letters.push_back(upperAscii(text.substr(e, 1)));  // said as a letter, not a short word
        letters.push_back(text.substr(e + 1, 1));
        e += 2;
    } else if (letters.size() < 2 || letters.size() > 5 || (e < text.size() && (isWordByte(text[e]) && capitalAt(text, e) == 0))) {
        return false;
    }
    const std::string word = text.substr(i, e - i);
    for (const char* w : kWords) {
        if (word == w) return false;
    }
    if (word.find_first_not_of("IVX") == std::string::npos) return false;  // a Roman numeral
    if (letters.size() >= 4) {
        std::size_t vowels = 0;
        for (const std::string& l : letters) vowels += std::strchr("AEIOU", l[0]) != nullptr || l.size() == 2 ? 1 : 0;
        if (vowels > 1) return false;
    }
    spoken.clear();
    for (const std::string& l : letters) spoken += (spoken.empty() ? "" : " ") + l;
    end = e;
    return true;
}

namespace {

std::string spacedDigits(const std::string& digits) {
    std::string out;
    for (char c : digits) {
        if (!isDigit(c)) continue;
        out += (out.empty() ? "" : " ") + std::string(1, c);
    }
    return out;
}

}  // namespace

bool digitsSaidOneByOneAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken) {
    // (Never the groups of a number: "85.000", "1,500".)
    if (i > 0 && (text[i - 1] == '.' || text[i - 1] == ',') && i >= 2 && isDigit(text[i - 2])) return false;
    const std::size_t e = digitsEnd(text, i);
    if (e < text.size() && (isWordByte(text[e]) || text[e] == '.' || text[e] == ',' || text[e] == ':')) return false;
    // (Vienna's "01" is an area code of two digits, before its slash: "01/4000-8080".)
    const std::size_t local = e + 1 < text.size() && text[e] == '/' ? e + 1 : startsWith(text, e, " / ") ? e + 3 : text.size();
    const bool shortArea = e - i == 2 && local < text.size() && digitsEnd(text, local) - local >= 3;
    if (text[i] == '0' && (e - i >= 3 || shortArea)) {
        // A telephone number and its groups: "0711 8990-0", "030 / 1234 567".
        spoken = spacedDigits(text.substr(i, e - i));
        end = e;
        while (true) {
            std::size_t k = end;
            while (k < text.size() && (text[k] == ' ' || text[k] == '-' || text[k] == '/')) ++k;
            if (k == end || k - end > 3 || k >= text.size() || !isDigit(text[k])) break;
            const std::size_t groupEnd = digitsEnd(text, k);
            // (Its sentence or clause may end after it: "… 2345-6.", "… 2345-6, …".)
            const bool stop = groupEnd < text.size() && (text[groupEnd] == '.' || text[groupEnd] == ',' || text[groupEnd] == ';') &&
                              (groupEnd + 1 == text.size() || text[groupEnd + 1] == ' ');
            if (groupEnd < text.size() && (isWordByte(text[groupEnd]) || ((text[groupEnd] == '.' || text[groupEnd] == ',') && !stop))) break;
            // (A pause between its groups, as they are written: "0800 1000 4800".)
            spoken += (text.compare(end, k - end, "-") == 0 ? " - " : ", ") + spacedDigits(text.substr(k, groupEnd - k));
            end = groupEnd;
        }
        return true;
    }
    // Five digits after the street in an address ("Hauptstr. 12, 80331 München") are the town's postcode.
    std::size_t back = i;
    while (back > 0 && text[back - 1] == ' ') --back;
    const bool afterAddress = back >= 2 && text[back - 1] == ',' && isDigit(text[back - 2]);
    if (e - i == 5 && afterAddress && e + 1 < text.size() && text[e] == ' ' && capitalAt(text, e + 1) != 0) {
        spoken = spacedDigits(text.substr(i, 5));
        end = e;
        return true;
    }
    return false;
}

bool fractionAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken) {
    static const char* const kParts[] = {"", "", "halb", "Drittel", "Viertel", "F\xC3\xBCnftel", "Sechstel", "Siebtel", "Achtel",
                                         "Neuntel", "Zehntel"};
    if (i + 2 >= text.size() || !isDigit(text[i]) || text[i + 1] != '/' || !isDigit(text[i + 2])) return false;
    if (i > 0 && (text[i - 1] == '/' || isDigit(text[i - 1]))) return false;
    std::size_t e = i + 3;
    int denominator = text[i + 2] - '0';
    if (e < text.size() && text[e] == '0' && denominator == 1) {
        denominator = 10;
        ++e;
    }
    if (e < text.size() && (isWordByte(text[e]) || text[e] == '/' || text[e] == '.')) return false;
    const int numerator = text[i] - '0';
    if (numerator == 0 || denominator < 2 || numerator >= denominator) return false;
    spoken = (numerator == 1 ? std::string(denominator == 2 ? "ein" : "ein") : std::string(1, text[i])) + " " + kParts[denominator];
    if (numerator == 1 && denominator == 2) spoken = "einhalb";
    end = e;
    return true;
}

bool webAddressAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken) {
    end = spokenAddressAt(text, i, {"Punkt", "at"}, spoken);
    return end != i;
}

namespace {
// The weekday a two-letter short form names ("Mo" "Montag"), with its dot if it has one; 0 where none starts at i.
std::size_t weekdayAt(const std::string& text, std::size_t i, std::string& day) {
    static const std::pair<const char*, const char*> kDays[] = {{"Mo", "Montag"},     {"Di", "Dienstag"}, {"Mi", "Mittwoch"}, {"Do", "Donnerstag"},
                                                               {"Fr", "Freitag"},    {"Sa", "Samstag"},  {"So", "Sonntag"}};
    for (const auto& [written, said] : kDays) {
        // (A dash after it is no letter: "Mo–Fr".)
        if (text.compare(i, 2, written) != 0 || (i + 2 < text.size() && isWordByte(text[i + 2]) && text.compare(i + 2, 2, "\xE2\x80") != 0)) continue;
        day = said;
        return i + 2 < text.size() && text[i + 2] == '.' ? 3 : 2;
    }
    return 0;
}
}  // namespace

// Opening hours: "Mo–Fr 9–18 Uhr", "Di.-So.", "Mo bis Fr", "Sa 10–14 Uhr": two short weekdays joined by a dash are
// "Montag bis Freitag"; one alone is its day where a time follows it ("Sa 10 Uhr", not the word "so").
bool weekdaySpanAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken) {
    std::string first, second;
    const std::size_t n = weekdayAt(text, i, first);
    if (n == 0) return false;
    std::size_t k = i + n;
    std::size_t joint = k;
    while (joint < text.size() && text[joint] == ' ') ++joint;
    std::size_t after = joint;
    if (text.compare(joint, 1, "-") == 0) after = joint + 1;
    else if (text.compare(joint, 3, "\xE2\x80\x93") == 0) after = joint + 3;
    else if (text.compare(joint, 4, "bis ") == 0) after = joint + 3;
    if (after != joint) {
        while (after < text.size() && text[after] == ' ') ++after;
        if (const std::size_t m = weekdayAt(text, after, second); m != 0) {
            spoken = first + " bis " + second;
            end = after + m;
            return true;
        }
    }
    // (Alone, before the hours it opens, with "Uhr" after them: "Sa 10–14 Uhr", "So.: 11 bis 17 Uhr".)
    std::size_t digit = k;
    if (digit < text.size() && text[digit] == ':') ++digit;
    if (digit >= text.size() || text[digit] != ' ') return false;
    ++digit;
    if (digit >= text.size() || !isDigit(text[digit])) return false;
    // (Only figures, their marks and "bis" before the word "Uhr": "So 3 Stunden bis 12 Uhr" is "so".)
    const std::size_t hours = text.find(" Uhr", digit);
    if (hours == std::string::npos || hours - digit > 16 || (hours + 4 < text.size() && isWordByte(text[hours + 4]))) return false;
    for (std::size_t k = digit; k < hours; ++k) {
        const bool mark = isDigit(text[k]) || text[k] == '.' || text[k] == ':' || text[k] == '-' || text[k] == ' ' ||
                          static_cast<unsigned char>(text[k]) >= 0x80 || text.compare(k, 3, "bis") == 0;
        if (!mark && !(k >= 1 && text.compare(k - 1, 3, "bis") == 0) && !(k >= 2 && text.compare(k - 2, 3, "bis") == 0)) return false;
    }
    spoken = first;
    end = k;
    return true;
}

bool shortWordAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken) {
    std::size_t e = i;
    for (std::size_t n = capitalAt(text, e) + smallLetterAt(text, e); n != 0; n = capitalAt(text, e) + smallLetterAt(text, e)) e += n;
    if (e == i || e >= text.size() || text[e] != '.') return false;
    const std::string word = text.substr(i, e - i);
    // "Di., 15.10.", "Sa. 3. Mai": a weekday before its date.
    static const std::pair<const char*, const char*> kDays[] = {{"Mo", "Montag"},  {"Di", "Dienstag"}, {"Mi", "Mittwoch"},
                                                               {"Do", "Donnerstag"}, {"Fr", "Freitag"}, {"Sa", "Samstag"},
                                                               {"So", "Sonntag"}};
    std::size_t after = e + 1;
    if (after < text.size() && text[after] == ',') ++after;
    if (after < text.size() && text[after] == ' ') ++after;
    // ("am So.", "bis Di. früh": after a word that gives a day, none follows; "Fr." after "ab" is a price's
    // francs, "ab Fr. 25.–", and "so." ends many a sentence: only the capitalized short forms count.)
    std::size_t wordStart = i >= 1 && text[i - 1] == ' ' ? i - 1 : i;
    while (wordStart > 0 && isWordByte(text[wordStart - 1])) --wordStart;
    const std::string dayWord = wordStart < i ? lowerGerman(text.substr(wordStart, i - 1 - wordStart)) : "";
    const bool dayBefore = dayWord == "am" || dayWord == "bis" || dayWord == "seit" || dayWord == "vom" || dayWord == "jeden" ||
                           dayWord == "ab";
    for (const auto& [written, said] : kDays) {
        if (word == written && after < text.size() &&
            (isDigit(text[after]) || (dayBefore && word != "Fr" && !isDigit(text[after])))) {
            spoken = said;
            end = e + 1;
            return true;
        }
    }
    // "St. Vith", "St. Wendel": a place named for a saint, "Sankt" (after a figure, "5 St.", it is pieces).
    if (word == "St" && after < text.size() && capitalAt(text, after) != 0 && text[e + 1] == ' ' &&
        !(i >= 2 && text[i - 1] == ' ' && isDigit(text[i - 2]))) {
        // (An English or a French saint keeps its "Saint": "St. Louis", "St. Kitts", "St. Mary's".)
        std::size_t nameEnd = after;
        while (nameEnd < text.size() && (isWordByte(text[nameEnd]) || text[nameEnd] == '\'')) ++nameEnd;
        const std::string name = text.substr(after, nameEnd - after);
        static const std::unordered_set<std::string> kSaints{"Louis", "Kitts", "Lucia", "Vincent", "Helens", "Andrews", "Albans", "Ives",
                                                             "Tropez", "Barth", "Malo", "Denis", "Etienne", "\xC3\x89tienne", "Pierre",
                                                             "Germain", "Augustine", "Catharines", "Cloud", "Kilda", "Leonards"};
        spoken = kSaints.count(name) != 0 || (name.size() > 2 && name.compare(name.size() - 2, 2, "'s") == 0) ? "Saint" : "Sankt";
        end = e + 1;
        return true;
    }
    // "Hauptstr.", "Bahnhofstr. 12": a street.
    if (word.size() > 4 && word.compare(word.size() - 3, 3, "str") == 0 && capitalAt(word, 0) != 0) {
        spoken = word + "a\xC3\x9F" "e";
        end = e + 1;
        return true;
    }
    return false;
}

bool isShouting(const std::string& text) {
    std::size_t words = 0;
    std::size_t capitals = 0;
    bool longWord = false;
    for (std::size_t i = 0; i < text.size();) {
        if (capitalAt(text, i) == 0 && smallLetterAt(text, i) == 0) {
            ++i;
            continue;
        }
        std::size_t letters = 0;
        bool allCapitals = true;
        for (std::size_t n = capitalAt(text, i) + smallLetterAt(text, i); n != 0; n = capitalAt(text, i) + smallLetterAt(text, i)) {
            allCapitals = allCapitals && capitalAt(text, i) != 0;
            ++letters;
            i += n;
        }
        if (letters < 2) continue;
        ++words;
        capitals += allCapitals ? 1 : 0;
        longWord = longWord || (allCapitals && letters >= 5);
    }
    // (Or a short line all in capitals with a long word in it: "DAS WETTER", a newsletter's heading.)
    return (words >= 4 && capitals * 4 >= words * 3) || (words >= 2 && capitals == words && longWord);
}

}  // namespace readcast::german

// Indonesian (and Malay) spoken-form rules. eSpeak NG reads Indonesian numbers with their dot for
// thousands ("3.500" is "tiga ribu lima ratus") and says the decimal comma, but reads a date in figures
// as its slashes ("5/5/2025": "lima garis miring lima…"), the clock's dot as "titik" ("05.00 WIB": "nol
// lima titik nol nol"), and spells "Rp" before an amount.

#include <algorithm>
#include <cstring>
#include <set>
#include <cctype>
#include <iterator>
#include <string_view>

#include "core/Ascii.hpp"
#include "core/WordSet.hpp"
#include "text/Normalizer.hpp"
#include "text/RewriteScan.hpp"
#include "text/UnitAfterNumber.hpp"
#include "text/RomanNumerals.hpp"
#include "text/NumericDate.hpp"
#include "text/SpokenAddress.hpp"

namespace readcast {
namespace indonesian {
namespace {

const NumericDateStyle& dates() {
    static const NumericDateStyle kStyle{{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                                          "Oktober", "November", "Desember"},
                                         "", "", ""};
    return kStyle;
}

// "10.30", "7:15": an hour and its minutes from `i`; returns where they end, or `i`.
std::size_t clockFigures(const std::string& text, std::size_t i, int& hour, int& minute) {
    if (i >= text.size() || !isAsciiDigit(text[i])) return i;
    const std::size_t e = digitsEnd(text, i);
    if (e - i > 2 || e + 2 >= text.size() || (text[e] != '.' && text[e] != ':') || !isAsciiDigit(text[e + 1]) || !isAsciiDigit(text[e + 2]) ||
        (e + 3 < text.size() && isAsciiDigit(text[e + 3]))) {
        return i;
    }
    hour = std::stoi(text.substr(i, e - i));
    minute = std::stoi(text.substr(e + 1, 2));
    return hour > 24 || minute > 59 ? i : e + 3;
}

// "05.00 WIB", "pukul 10.30", "jam 7.15": the clock, said "pukul 5", "pukul 10 30"; "pukul 08.00-17.00 WIB", a
// span of hours, "pukul 8 sampai 17" (eSpeak NG says nothing for the dash).
std::size_t clockAt(const std::string& text, std::size_t i, std::string& spoken) {
    int hour = 0, minute = 0;
    std::size_t after = clockFigures(text, i, hour, minute);
    if (after == i) return i;
    const auto said = [](int h, int m) { return std::to_string(h) + (m == 0 ? "" : " " + std::to_string(m)); };
    std::string until;
    const std::size_t dash = text.compare(after, 1, "-") == 0 ? 1 : text.compare(after, 3, "\xE2\x80\x93") == 0 ? 3 : 0;
    if (int h2 = 0, m2 = 0; dash != 0) {
        if (const std::size_t end = clockFigures(text, after + dash, h2, m2); end != after + dash) {
            until = " sampai " + said(h2, m2);
            after = end;
        }
    }
    const std::string zone = after + 1 < text.size() && text[after] == ' ' ? text.substr(after + 1, 4) : "";
    const bool zoned = zone.rfind("WIB", 0) == 0 || zone.rfind("WITA", 0) == 0 || zone.rfind("WIT", 0) == 0;
    const bool named = (i >= 6 && text.compare(i - 6, 6, "pukul ") == 0) || (i >= 4 && text.compare(i - 4, 4, "jam ") == 0);
    if (!zoned && !named) return i;
    spoken = (named ? "" : "pukul ") + said(hour, minute) + until;
    return after;
}

// "(3/3)" after a weekday, "Senin (3/3)": the day and the month, said "3 Maret".
std::size_t weekdayDateAt(const std::string& text, std::size_t i, std::string& spoken) {
    if (text[i] != '(') return i;
    static const char* const kDays[] = {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad"};
    const std::string day = lowerWordBefore(text, i);
    std::size_t w = i;
    while (w > 0 && text[w - 1] == ' ') --w;
    // (The weekday's name as written, with its capital.)
    if (day.empty() || !std::isupper(static_cast<unsigned char>(text[w - day.size()])) ||
        std::none_of(std::begin(kDays), std::end(kDays), [&](const char* d) { return day == d; })) {
        return i;
    }
    std::size_t a = i + 1;
    while (a < text.size() && isAsciiDigit(text[a])) ++a;
    std::size_t b = a + 1;
    while (b < text.size() && isAsciiDigit(text[b])) ++b;
    if (a == i + 1 || a - i - 1 > 2 || a >= text.size() || text[a] != '/' || b == a + 1 || b - a - 1 > 2 || b >= text.size() || text[b] != ')') {
        return i;
    }
    const int d = std::stoi(text.substr(i + 1, a - i - 1)), m = std::stoi(text.substr(a + 1, b - a - 1));
    if (d < 1 || d > 31 || m < 1 || m > 12) return i;
    spoken = "(" + std::to_string(d) + " " + std::string(dates().months[static_cast<std::size_t>(m - 1)]) + ")";
    return b + 1;
}

// A span between two figures or two Roman numerals, "4,8-5,0 persen", "III–IV MMI": "4,8 hingga 5,0",
// "3 hingga 4" (a Roman numeral of a scale is read as its figure: "V MMI" is "5 MMI").
std::size_t spanOrScaleAt(const std::string& text, std::size_t i, std::string& spoken) {
    const auto numberAt = [&](std::size_t at, std::string& value) {
        std::size_t e = at;
        if (e < text.size() && isAsciiDigit(text[e])) {
            while (e < text.size() && (isAsciiDigit(text[e]) || (text[e] == ',' && e + 1 < text.size() && isAsciiDigit(text[e + 1])))) ++e;
            value = text.substr(at, e - at);
            return e;
        }
        while (e < text.size() && std::string("IVXL").find(text[e]) != std::string::npos) ++e;
        const int roman = e > at ? romanNumeralValue(std::string_view(text).substr(at, e - at)) : 0;
        if (roman == 0 || (e < text.size() && std::isalnum(static_cast<unsigned char>(text[e])))) return at;
        value = std::to_string(roman);
        return e;
    };
    std::string first, second;
    const std::size_t a = numberAt(i, first);
    if (a == i) return i;
    const bool roman = !isAsciiDigit(text[i]);
    const std::size_t dash = text.compare(a, 3, "\xE2\x80\x93") == 0 ? 3 : (a < text.size() && text[a] == '-') ? 1 : 0;
    const std::size_t b = dash == 0 ? a : numberAt(a + dash, second);
    // (A scale's numeral alone, before its name: "V MMI", "skala VI".)
    const auto scaleAfter = [&](std::size_t at) { return text.compare(at, 4, " MMI") == 0 || text.compare(at, 4, " SR ") == 0; };
    if (roman && (dash == 0 || b == a + dash)) {
        if (!scaleAfter(a)) return i;
        spoken = first;
        return a;
    }
    if (dash == 0 || b == a + dash || (b < text.size() && isWordByte(text[b]) && !roman)) return i;
    // (A telephone's or a code's groups are no span: "021-5678", a leading nought, "123-456-789".)
    if (!roman && (text[i] == '0' || text[a + dash] == '0') && first.find(',') == std::string::npos) return i;
    if (b < text.size() && text[b] == '-') return i;
    // (Nor a score, "kalah 1-2", "imbang 1-1": a span is of a measure, with its decimals or its unit after it.)
    if (!roman && first.find(',') == std::string::npos && second.find(',') == std::string::npos) {
        std::size_t w = b;
        while (w < text.size() && text[w] == ' ') ++w;
        std::size_t we = w;
        while (we < text.size() && std::isalpha(static_cast<unsigned char>(text[we]))) ++we;
        static const char* const kUnits[] = {"persen", "tahun", "orang", "juta", "miliar", "triliun", "ribu", "kilometer", "km", "meter",
                                             "derajat", "hari", "bulan", "minggu", "jam", "menit", "kali", "unit", "rumah", "kg", "ton"};
        const std::string unit = text.substr(w, we - w);
        // (A word the lexicon said, one private-use character here, is a unit written short: "2-3 km".)
        const bool shortUnit = w > b && isLexiconPlaceholderAt(text, w);
        if (!shortUnit && (w == b || std::none_of(std::begin(kUnits), std::end(kUnits), [&](const char* u) { return unit == u; }))) return i;
    }
    if (roman != !isAsciiDigit(text[a + dash])) return i;
    if (roman && !scaleAfter(b)) return i;
    spoken = first + " hingga " + second;
    return b;
}

// "32 °C", "32°C" at the degree sign: eSpeak NG says "derajat C"; a newsreader, "derajat Celsius". Returns
// where the sign (and its C) ends, or `i`.
std::size_t degreeAt(const std::string& text, std::size_t i, std::string& spoken) {
    if (!degreeSignAfterFigure(text, i)) return i;
    const bool celsius = text.compare(i + 2, 1, "C") == 0 && (i + 3 >= text.size() || !isWordByte(text[i + 3]));
    spoken = std::string(text[i - 1] == ' ' ? "" : " ") + (celsius ? "derajat Celsius" : "derajat");
    return i + (celsius ? 3 : 2);
}

// "3 °C", "2,5°C" from the figure: what `belowZero` reads after a minus sign.
std::size_t figureWithDegreeAt(const std::string& text, std::size_t i, std::string& spoken) {
    std::size_t d = digitsEnd(text, i);
    if (d == i) return i;
    while (d + 1 < text.size() && text[d] == ',' && isAsciiDigit(text[d + 1])) d = digitsEnd(text, d + 1);
    const std::size_t sign = d < text.size() && text[d] == ' ' ? d + 1 : d;
    std::string degree;
    const std::size_t end = degreeAt(text, sign, degree);
    if (end == sign) return i;
    spoken = text.substr(i, sign - i) + degree;
    return end;
}

class Indonesian : public LanguageRules {
public:
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override {
        return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
            const bool boundary = i == 0 || !isWordByte(text[i - 1]);
            std::size_t end = i;
            if (const std::size_t degreeEnd = degreeAt(text, i, spoken); degreeEnd != i) {
                kind = "unit";
                return degreeEnd;
            }
            // "RT 03/RW 05": a neighbourhood and its ward, no slash said between them.
            if (text[i] == '/' && text.compare(i + 1, 3, "RW ") == 0 && i > 0 && isAsciiDigit(text[i - 1])) {
                kind = "address";
                spoken = " ";
                return i + 1;
            }
            // "-3 °C": eSpeak NG says "tanda kurang" for the sign; a newsreader, "minus".
            if (const std::size_t minusEnd = belowZero(text, i, "minus", figureWithDegreeAt, spoken); minusEnd != i) {
                kind = "unit";
                return minusEnd;
            }
            // "H. Ahmad Fauzan", "Insinyur H. Bambang": a pilgrim's title before his name (not an initial among
            // others, "Jalan M.H. Thamrin").
            // (A name of two words after it; never a group's, a block's or an initial's letter, "Grup H. Mereka", "berinisial H.
            // Polisi", which end a sentence.)
            if ((i == 0 || text[i - 1] == ' ' || text[i - 1] == '(') && text.compare(i, 3, "H. ") == 0 && i + 3 < text.size() &&
                std::isupper(static_cast<unsigned char>(text[i + 3])) && text.compare(i + 4, 1, ".") != 0) {
                std::size_t name = i + 3;
                while (name < text.size() && isWordByte(text[name])) ++name;
                const bool twoNames = name > i + 4 && name + 1 < text.size() && text[name] == ' ' &&
                                      std::isupper(static_cast<unsigned char>(text[name + 1]));
                static constexpr WordSet kLetterWords({"grup", "blok", "berinisial", "inisial", "dan", "kelas", "pasal", "huruf"});
                if (twoNames && kLetterWords.count(lowerWordBefore(text, i)) == 0) {
                    kind = "abbreviation";
                    spoken = "Haji ";
                    return i + 3;
                }
            }
            // "kuartal I 2026", "triwulan IV", "semester II": a part of the year by its Roman numeral, said as its figure
            // ("kuartal satu"; eSpeak NG says the letter "i").
            if (boundary && std::isupper(static_cast<unsigned char>(text[i]))) {
                static constexpr WordSet kParts({"kuartal", "triwulan", "caturwulan", "semester", "tahap", "gelombang", "jilid"});
                std::size_t e = i;
                while (e < text.size() && std::strchr("IVX", text[e]) != nullptr) ++e;
                const int value = e > i ? romanNumeralValue(std::string_view(text).substr(i, e - i)) : 0;
                // (Not a Balinese name's "I" before it: "tahap I Wayan Koster".)
                const bool name = e + 1 < text.size() && text[e] == ' ' && std::isupper(static_cast<unsigned char>(text[e + 1]));
                if (value >= 1 && value <= 12 && (e >= text.size() || !isWordByte(text[e])) && !name && kParts.count(lowerWordBefore(text, i)) != 0) {
                    kind = "number";
                    spoken = std::to_string(value);
                    return e;
                }
            }
            if (boundary) {
                if ((end = numericDate(text, i, dates(), spoken)) != i) {
                    kind = "date";
                } else if ((end = clockAt(text, i, spoken)) != i) {
                    kind = "time";
                } else if ((end = spokenAddressAt(text, i, {"titik", "et"}, spoken)) != i) {
                    kind = "url";
                } else if ((end = weekdayDateAt(text, i, spoken)) != i) {
                    kind = "date";
                } else if ((end = spanOrScaleAt(text, i, spoken)) != i) {
                    kind = "number";
                } else if (text.compare(i, 2, "Rp") == 0) {
                    // "Rp 3.500", "Rp3,5 triliun", "Rp. 12.000": the amount, then "rupiah".
                    std::size_t from = i + 2;
                    if (from < text.size() && text[from] == '.') ++from;
                    if (from < text.size() && text[from] == ' ') ++from;
                    std::size_t e = from;
                    while (e < text.size() && (isAsciiDigit(text[e]) || ((text[e] == '.' || text[e] == ',') && e + 1 < text.size() && isAsciiDigit(text[e + 1])))) ++e;
                    if (e > from) {
                        std::string amount = text.substr(from, e - from);
                        // (A magnitude after it stays before the currency: "Rp 3,5 triliun" is "3,5 triliun rupiah".)
                        // (In any letter case: "Rp 4,2 Triliun" in a headline set in title case.)
                        for (const char* magnitude : {" ribu", " juta", " miliar", " triliun"}) {
                            if (lowerAscii(text.substr(e, std::char_traits<char>::length(magnitude))) == magnitude &&
                                (e + std::char_traits<char>::length(magnitude) >= text.size() ||
                                 !std::isalpha(static_cast<unsigned char>(text[e + std::char_traits<char>::length(magnitude)])))) {
                                amount += magnitude;
                                e += std::char_traits<char>::length(magnitude);
                                break;
                            }
                        }
                        spoken = amount + " rupiah";
                        // ("Rp2.300/kg", "Rp12.000/liter": a price by its measure, "per kilogram".)
                        if (e + 1 < text.size() && text[e] == '/' && (std::isalpha(static_cast<unsigned char>(text[e + 1])) ||
                                                                      isLexiconPlaceholderAt(text, e + 1))) {
                            spoken += " per ";
                            ++e;
                        }
                        end = e;
                        kind = "money";
                    }
                }
            }
            return end;
        });
    }
};

}  // namespace
}  // namespace indonesian

std::unique_ptr<LanguageRules> makeIndonesianRules() { return std::make_unique<indonesian::Indonesian>(); }

}  // namespace readcast

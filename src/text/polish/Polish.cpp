// Polish spoken-form rules. eSpeak NG's Polish voice reads cardinals well, but Polish news says most of
// its figures as ordinals in a case the sentence chooses, and eSpeak NG says every figure as a cardinal:
// "od 1 stycznia 2027 roku" is "od jeden stycznia dwa tysiące dwadzieścia siedem roku" to it, where a
// newsreader says "od pierwszego stycznia dwa tysiące dwudziestego siódmego roku". ICU has no Polish
// ordinals, so they are built here from their parts.
//
// Read: a day before its month ("1 stycznia", genitive, or after "przed"/"po" the instrumental and
// locative), a year before "roku"/"r." (genitive; locative after "w", "o", "po", "przy"), a numbered
// year of life ("do 20. roku życia"), a quarter in Roman figures ("II kwartale"), an adjective built on
// a figure ("20-minutowy" is "dwudziestominutowy"), and złoty amounts ("4,60 zł": "cztery złote
// sześćdziesiąt"). The minus sign before a temperature is said, as for other languages.

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <tuple>
#include <set>
#include <string_view>

#include "core/Ascii.hpp"
#include "core/WordSet.hpp"
#include "core/Text.hpp"
#include "text/DigitGroups.hpp"
#include "text/Normalizer.hpp"
#include "text/RewriteScan.hpp"
#include "text/RomanNumerals.hpp"
#include "text/SpelledInitialism.hpp"
#include "text/Spellout.hpp"

namespace readcast {
namespace polish {
namespace {

// The word before `at`, or a short form's with its dot: "ok. 160 tys." has "ok" (około) before its figure.
std::string wordOrShortFormBefore(const std::string& text, std::size_t at) {
    std::string before = lowerWordBefore(text, at);
    std::size_t end = at;
    while (end > 0 && text[end - 1] == ' ') --end;
    if (before.empty() && end >= 3 && text[end - 1] == '.') before = lowerWordBefore(text, end - 1);
    return before;
}

enum class Case { Nominative, Genitive, Locative };  // (the instrumental's ordinal is the locative's: "-ym")

constexpr std::array<std::string_view, 20> kOrdinalUnits{"", "pierwszy", "drugi", "trzeci", "czwarty", "pi\xC4\x85ty", "sz\xC3\xB3sty",
                                                         "si\xC3\xB3" "dmy", "\xC3\xB3smy", "dziewi\xC4\x85ty", "dziesi\xC4\x85ty",
                                                         "jedenasty", "dwunasty", "trzynasty", "czternasty", "pi\xC4\x99tnasty",
                                                         "szesnasty", "siedemnasty", "osiemnasty", "dziewi\xC4\x99tnasty"};
constexpr std::array<std::string_view, 10> kOrdinalTens{"", "", "dwudziesty", "trzydziesty", "czterdziesty", "pi\xC4\x99\xC4\x87" "dziesi\xC4\x85ty",
                                                        "sze\xC5\x9B\xC4\x87" "dziesi\xC4\x85ty", "siedemdziesi\xC4\x85ty",
                                                        "osiemdziesi\xC4\x85ty", "dziewi\xC4\x99\xC4\x87" "dziesi\xC4\x85ty"};
constexpr std::array<std::string_view, 10> kHundreds{"", "sto", "dwie\xC5\x9B" "cie", "trzysta", "czterysta", "pi\xC4\x99\xC4\x87" "set",
                                                     "sze\xC5\x9B\xC4\x87" "set", "siedemset", "osiemset", "dziewi\xC4\x99\xC4\x87" "set"};
constexpr std::array<std::string_view, 10> kOrdinalHundreds{"", "setny", "dwusetny", "trzechsetny", "czterechsetny", "pi\xC4\x99\xC4\x87" "setny",
                                                            "sze\xC5\x9B\xC4\x87" "setny", "siedemsetny", "osiemsetny", "dziewi\xC4\x99\xC4\x87" "setny"};

// One ordinal word in a case: "drugi" -> "drugiego", "drugim"; "pierwszy" -> "pierwszego", "pierwszym".
std::string inflected(std::string_view word, Case c) {
    std::string w(word);
    if (c == Case::Nominative || w.empty()) return w;
    const bool soft = w.back() == 'i';  // "drugi", "trzeci": the i stays
    if (!soft) w.pop_back();
    return w + (c == Case::Genitive ? "ego" : (soft ? "m" : "ym"));
}

// One ordinal word in the feminine's genitive, dative and locative, which are one: "pierwszy" ->
// "pierwszej", "drugi" -> "drugiej".
std::string feminineOblique(std::string_view word) {
    std::string w(word);
    if (!w.empty() && w.back() == 'y') w.pop_back();
    return w + "ej";
}

std::string feminineOrdinal(int n) {
    if (n <= 0 || n > 99) return "";
    if (n < 20) return feminineOblique(kOrdinalUnits[static_cast<std::size_t>(n)]);
    std::string s = feminineOblique(kOrdinalTens[static_cast<std::size_t>(n / 10)]);
    if (n % 10 != 0) s += " " + feminineOblique(kOrdinalUnits[static_cast<std::size_t>(n % 10)]);
    return s;
}

// 1 to 99 as an ordinal: "dwudziesty pierwszy", each word in the case.
std::string ordinalBelowHundred(int n, Case c) {
    if (n < 20) return inflected(kOrdinalUnits[static_cast<std::size_t>(n)], c);
    std::string s = inflected(kOrdinalTens[static_cast<std::size_t>(n / 10)], c);
    if (n % 10 != 0) s += " " + inflected(kOrdinalUnits[static_cast<std::size_t>(n % 10)], c);
    return s;
}

// 1 to 2099 as an ordinal, as a year is said: the thousands and hundreds as counts, the rest as an
// ordinal ("dwa tysiące dwudziestego szóstego"); a round one an ordinal of its own ("dwutysięcznego").
std::string ordinal(int n, Case c, const Spellout& cardinal) {
    if (n <= 0 || n > 2099) return "";
    if (n < 100) return ordinalBelowHundred(n, c);
    const int thousands = n / 1000, hundreds = n / 100 % 10, rest = n % 100;
    if (rest == 0 && hundreds == 0) return inflected(thousands == 2 ? "dwutysi\xC4\x99" "czny" : "tysi\xC4\x99" "czny", c);
    std::string s = thousands > 0 ? cardinal.say(thousands * 1000, "%spellout-cardinal-masculine") : "";
    if (rest == 0) return (s.empty() ? "" : s + " ") + inflected(kOrdinalHundreds[static_cast<std::size_t>(hundreds)], c);
    if (hundreds > 0) s += (s.empty() ? "" : " ") + std::string(kHundreds[static_cast<std::size_t>(hundreds)]);
    return (s.empty() ? "" : s + " ") + ordinalBelowHundred(rest, c);
}

// The form of a figure that begins a compound adjective: 20 "dwudziesto" (-minutowy), 24
// "dwudziestocztero", 3 "trzy", 100 "stu".
std::string combining(int n) {
    static constexpr std::array<std::string_view, 20> kUnits{"", "jedno", "dwu", "trzy", "cztero", "pi\xC4\x99" "cio", "sze\xC5\x9B" "cio",
                                                             "siedmio", "o\xC5\x9Bmio", "dziewi\xC4\x99" "cio", "dziesi\xC4\x99" "cio",
                                                             "jedenasto", "dwunasto", "trzynasto", "czternasto", "pi\xC4\x99tnasto",
                                                             "szesnasto", "siedemnasto", "osiemnasto", "dziewi\xC4\x99tnasto"};
    static constexpr std::array<std::string_view, 10> kTens{"", "", "dwudziesto", "trzydziesto", "czterdziesto", "pi\xC4\x99\xC4\x87" "dziesi\xC4\x99" "cio",
                                                            "sze\xC5\x9B\xC4\x87" "dziesi\xC4\x99" "cio", "siedemdziesi\xC4\x99" "cio",
                                                            "osiemdziesi\xC4\x99" "cio", "dziewi\xC4\x99\xC4\x87" "dziesi\xC4\x99" "cio"};
    if (n == 100) return "stu";
    if (n <= 0 || n > 99) return "";
    if (n < 20) return std::string(kUnits[static_cast<std::size_t>(n)]);
    return std::string(kTens[static_cast<std::size_t>(n / 10)]) + (n % 10 == 0 ? "" : std::string(kUnits[static_cast<std::size_t>(n % 10)]));
}

constexpr std::array<std::string_view, 12> kMonthsGenitive{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
                                                          "wrze\xC5\x9Bnia", "pa\xC5\xBA" "dziernika", "listopada", "grudnia"};

// The case a preposition gives an ordinal after it: "przed 1 stycznia", "po 1 stycznia" (pierwszym),
// "w 2026 roku" (dwudziestym szóstym); otherwise the genitive a date and "roku" take.
Case caseAfter(const std::string& word) {
    for (const char* p : {"przed", "za", "mi\xC4\x99" "dzy", "nad", "pod", "po", "w", "we", "o", "przy"}) {
        if (word == p) return Case::Locative;
    }
    return Case::Genitive;
}

// "zł" or "złotych" after an amount: the form a count takes, 1 "złoty", 2–4 "złote" (but 12–14), else
// "złotych".
std::string zlotys(long long n) {
    if (n == 1) return "z\xC5\x82oty";
    const long long last = n % 10, tens = n % 100;
    if (last >= 2 && last <= 4 && !(tens >= 12 && tens <= 14)) return "z\xC5\x82ote";
    return "z\xC5\x82otych";
}

// "w latach 1873–1878", "10–20 osób": an en dash between two figures, which eSpeak NG's Polish voice passes over, the two
// numbers then run into one; "do", after which the second takes its case ("do dwudziestu osób"). (A hyphen is left: it joins
// a date's parts and the hours the time's rule says, "godz. 10-12".)
std::string withSpansSaid(const std::string& text, std::vector<Rewrite>* log) {
    if (text.find("\xE2\x80\x93") == std::string::npos) return text;
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 3, "\xE2\x80\x93") == 0 && i > 0 && isAsciiDigit(text[i - 1]) && i + 3 < text.size() && isAsciiDigit(text[i + 3])) {
            out += " do ";
            if (log != nullptr) log->push_back({"\xE2\x80\x93", " do ", "range"});
            i += 2;
            continue;
        }
        out += text[i];
    }
    return out;
}

// The form a noun takes after a figure: 1 `one`, 2–4 (not 12–14) `few`, others `many`, a fraction `part`
// ("1,2 tys." is "tysiąca").
struct CountedNoun {
    std::string_view written;  // "tys.", "pkt proc."
    std::string_view one, few, many, part;
};

constexpr CountedNoun kCountedNouns[] = {
    {"pkt. proc.", "punkt procentowy", "punkty procentowe", "punkt\xC3\xB3w procentowych", "punktu procentowego"},
    {"pkt proc.", "punkt procentowy", "punkty procentowe", "punkt\xC3\xB3w procentowych", "punktu procentowego"},
    {"p.p.", "punkt procentowy", "punkty procentowe", "punkt\xC3\xB3w procentowych", "punktu procentowego"},
    {"tys.", "tysi\xC4\x85" "c", "tysi\xC4\x85" "ce", "tysi\xC4\x99" "cy", "tysi\xC4\x85" "ca"},
    {"mln", "milion", "miliony", "milion\xC3\xB3w", "miliona"},
    {"mld", "miliard", "miliardy", "miliard\xC3\xB3w", "miliarda"},
    {"pkt", "punkt", "punkty", "punkt\xC3\xB3w", "punktu"},
    // units after a figure, which eSpeak NG spells: "450 m" "450 metrów", "30 km/h"
    {"km/h", "kilometr na godzin\xC4\x99", "kilometry na godzin\xC4\x99", "kilometr\xC3\xB3w na godzin\xC4\x99", "kilometra na godzin\xC4\x99"},
    {"km", "kilometr", "kilometry", "kilometr\xC3\xB3w", "kilometra"},
    {"m", "metr", "metry", "metr\xC3\xB3w", "metra"},
    {"kg", "kilogram", "kilogramy", "kilogram\xC3\xB3w", "kilograma"},
    // a weather warning's: "60 mm deszczu", "15 cm \xC5\x9Bniegu", "1005 hPa", "do 30 l na metr"
    {"mm", "milimetr", "milimetry", "milimetr\xC3\xB3w", "milimetra"},
    {"cm", "centymetr", "centymetry", "centymetr\xC3\xB3w", "centymetra"},
    {"hPa", "hektopaskal", "hektopaskale", "hektopaskali", "hektopaskala"},
    {"min", "minuta", "minuty", "minut", "minuty"},
    // "na ok. 3 mies.", "2 tyg.": months and weeks written short after their count
    {"mies.", "miesi\xC4\x85" "c", "miesi\xC4\x85" "ce", "miesi\xC4\x99" "cy", "miesi\xC4\x85" "ca"},
    {"tyg.", "tydzie\xC5\x84", "tygodnie", "tygodni", "tygodnia"},
    {"ha", "hektar", "hektary", "hektar\xC3\xB3w", "hektara"},
    // (A degree is "stopień C" to eSpeak NG whatever the figure: "12 °C" is "dwanaście stopni Celsjusza".)
    {"\xC2\xB0" "C", "stopie\xC5\x84 Celsjusza", "stopnie Celsjusza", "stopni Celsjusza", "stopnia Celsjusza"},
    {"\xC2\xB0", "stopie\xC5\x84", "stopnie", "stopni", "stopnia"},
};

// A feminine ordinal in the nominative ("dwudziesta pierwsza"), the oblique cases' "-ej" or the
// instrumental's and accusative's "-ą", 1 to 99: an hour of the clock, a war, a queen.
std::string feminineOrdinalIn(int n, char form) {
    const auto one = [&](std::string_view word) {
        std::string w(word);
        const bool soft = w.back() == 'i';  // "drugi", "trzeci" keep their i before "-ej"
        w.pop_back();
        if (form == 'o') return w + (soft ? "iej" : "ej");
        const bool third = w.ends_with("trzec");  // "trzecia", "trzecią"
        return w + (form == 'n' ? (third ? "ia" : "a") : (third ? "i\xC4\x85" : "\xC4\x85"));
    };
    if (n < 1 || n > 99) return "";
    if (n < 20) return one(kOrdinalUnits[static_cast<std::size_t>(n)]);
    std::string s = one(kOrdinalTens[static_cast<std::size_t>(n / 10)]);
    if (n % 10 != 0) s += " " + one(kOrdinalUnits[static_cast<std::size_t>(n % 10)]);
    return s;
}

class Polish : public LanguageRules {
public:
    Polish() : cardinal_("pl") {}

    // Before the lexicon says them in one form: a count's noun written short agrees with its figure
    // ("2,5 mln" is "2,5 miliona", "3 pkt proc." "3 punkty procentowe"), and "godz." before an hour is
    // the hour's ordinal in the case its preposition gives ("o godz. 21" is "o godzinie dwudziestej
    // pierwszej", "od godz. 8" "od godziny ósmej").
    std::string beforeLexicon(const std::string& text, std::vector<Rewrite>* log) const override {
        if (text.find_first_of("0123456789") == std::string::npos && text.find("godz.") == std::string::npos && text.find("os. ") == std::string::npos &&
            text.find("ul. ") == std::string::npos && text.find("al. ") == std::string::npos) {
            return text;
        }
        return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
            if (i > 0 && isWordByte(text[i - 1])) return i;
            if (text.compare(i, 6, "godz. ") == 0 || text.compare(i, 6, "Godz. ") == 0) {
                kind = "time";
                return hourAt(text, i, spoken);
            }
            // "ok. 56 proc.": "około" said here, so that the figure after it sees the word that puts it in the
            // genitive ("około pięćdziesięciu sześciu"); the lexicon's form would hide it. "za godz." is "za godzinę".
            if (text.compare(i, 4, "ok. ") == 0 && i + 4 < text.size() && isAsciiDigit(text[i + 4])) {
                kind = "abbreviation";
                spoken = "oko\xC5\x82o ";
                return i + 4;
            }
            // "przez ul. Lublańską", "z al. Jerozolimskimi"... the street's word in the case its name shows: a name in "-ą" is in the
            // accusative ("ulicę"), or after "z", "za", "pod", "nad", "przed", "między" the instrumental ("ulicą"); the
            // lexicon's "ulicy", "alei" serve the genitive and the locative, "przy ul. Długiej".
            for (const auto& [written, accusative, instrumental] : {std::tuple<std::string_view, std::string_view, std::string_view>{"ul. ", "ulic\xC4\x99 ", "ulic\xC4\x85 "},
                                                                    {"al. ", "alej\xC4\x99 ", "alej\xC4\x85 "}}) {
                if (text.compare(i, written.size(), written) != 0) continue;
                std::size_t w = i + written.size();
                while (w < text.size() && (isWordByte(text[w]) || static_cast<unsigned char>(text[w]) >= 0x80)) ++w;
                if (w - (i + written.size()) < 3 || text.compare(w - 2, 2, "\xC4\x85") != 0) continue;
                const std::string before = lowerWordBefore(text, i);
                const bool withCase = before == "z" || before == "ze" || before == "za" || before == "pod" || before == "nad" || before == "przed" ||
                                      before == "mi\xC4\x99" "dzy";
                kind = "abbreviation";
                spoken = std::string(withCase ? instrumental : accusative);
                return i + written.size();
            }
            // "przez os. Oświecenia": a housing estate before its name, "osiedle" ("5 tys. os." after a figure is people, "osób").
            if (text.compare(i, 4, "os. ") == 0 && i + 4 < text.size() && (std::isupper(static_cast<unsigned char>(text[i + 4])) ||
                                                                          static_cast<unsigned char>(text[i + 4]) >= 0xC3)) {
                kind = "abbreviation";
                spoken = "osiedle ";
                return i + 4;
            }
            // "o pow. 50 m²": an area before its figure, "powierzchni" ("pow. warszawski", a district, is the lexicon's).
            if (text.compare(i, 5, "pow. ") == 0 && i + 5 < text.size() && isAsciiDigit(text[i + 5])) {
                kind = "abbreviation";
                spoken = "powierzchni ";
                return i + 5;
            }
            if (text.compare(i, 5, "godz.") == 0 && lowerWordBefore(text, i) == "za" && (i + 5 >= text.size() || !isAsciiDigit(text[std::min(i + 6, text.size() - 1)]))) {
                kind = "abbreviation";
                spoken = "godzin\xC4\x99";
                return i + 5;
            }
            // "zgodnie z art. 3 ust. 1", "w art. 12", "na podstawie art. 5": a law's article in the case the word before
            // gives it (instrumental after "z", locative after "w", genitive after the others), its paragraph "ustęp";
            // "maks. 2150 zł" is "maksymalnie". (eSpeak NG says "art", "ust", "maks" and stops at their dots.)
            for (const auto& [written, nominative] : {std::pair<std::string_view, std::string_view>{"art. ", "artyku\xC5\x82"}, {"Art. ", "Artyku\xC5\x82"},
                                                      {"ust. ", "ust\xC4\x99p"}, {"maks. ", "maksymalnie"}}) {
                if (text.compare(i, written.size(), written) != 0 || i + written.size() >= text.size() || !isAsciiDigit(text[i + written.size()])) continue;
                kind = "abbreviation";
                spoken = std::string(nominative) + " ";
                if (written == "art. ") {
                    const std::string before = lowerWordBefore(text, i);
                    // ("zgodnie z art." is "z artykułem"; "zarzut z art. 148" is "z artykułu".)
                    const std::size_t z = text.rfind(' ', i >= 2 ? i - 2 : 0);
                    const bool accordingTo = (before == "z" || before == "ze") && z != std::string::npos && lowerWordBefore(text, z + 1) == "zgodnie";
                    spoken = accordingTo ? "artyku\xC5\x82" "em " : before == "z" || before == "ze" ? "artyku\xC5\x82u " : before == "w" || before == "we" || before == "o" ? "artykule "
                             : before.empty() || before == "i" || before == "oraz" || before == "a" ? "artyku\xC5\x82 " : "artyku\xC5\x82u ";
                }
                return i + written.size();
            }
            if (!isAsciiDigit(text[i]) || (i > 0 && (text[i - 1] == ',' || text[i - 1] == '.'))) return i;
            std::size_t e = digitsEnd(text, i);
            // "od 6:00 do 9:00", "o 15:30": a clock after the preposition that gives its case, without "godz.", the hour's
            // ordinal ("od szóstej do dziewiątej"); eSpeak NG said "sześć zero zero".
            if (e - i <= 2 && e + 2 < text.size() && text[e] == ':' && isAsciiDigit(text[e + 1]) && isAsciiDigit(text[e + 2]) &&
                (e + 3 >= text.size() || !isAsciiDigit(text[e + 3]))) {
                const std::string before = lowerWordBefore(text, i);
                const int hour = std::stoi(text.substr(i, e - i)), minute = std::stoi(text.substr(e + 1, 2));
                char form = 0;
                if (before == "od" || before == "do" || before == "oko\xC5\x82o" || before == "o" || before == "po" || before == "w") form = 'o';
                if (before == "przed" || before == "mi\xC4\x99" "dzy" || before == "za" || before == "na") form = 'i';
                if (form != 0 && hour >= 0 && hour <= 24 && minute <= 59) {
                    kind = "time";
                    spoken = feminineOrdinalIn(hour == 0 ? 24 : hour, form);
                    if (minute != 0) spoken += " " + text.substr(e + 1, 2);
                    return e + 3;
                }
            }
            // "ul. Świętokrzyskiej 11/21": a house and its flat, "11 łamane przez 21".
            if (e + 1 < text.size() && text[e] == '/' && isAsciiDigit(text[e + 1]) && e - i <= 4) {
                const std::size_t f = digitsEnd(text, e + 1);
                // (Right after the street's name: the street's word, then a name of a few words and no comma.)
                const std::size_t from = i > 48 ? i - 48 : 0;
                const std::string near = text.substr(from, i - from);
                std::size_t street = std::string::npos;
                for (const char* word : {"ulicy ", "ul. ", "alei ", "al. ", "placu ", "pl. "}) {
                    const std::size_t at = near.rfind(word);
                    if (at != std::string::npos && (street == std::string::npos || at > street)) street = at + std::strlen(word);
                }
                const std::string name = street == std::string::npos ? "" : near.substr(street);
                if (f - e - 1 <= 4 && (f >= text.size() || !isWordByte(text[f])) && !name.empty() && countWords(name) <= 4 &&
                    name.find_first_of(",;:()") == std::string::npos) {
                    kind = "address";
                    spoken = text.substr(i, e - i) + " \xC5\x82" "amane przez " + text.substr(e + 1, f - e - 1);
                    return f;
                }
            }
            bool fraction = false;
            if (e + 1 < text.size() && text[e] == ',' && isAsciiDigit(text[e + 1])) {
                fraction = true;
                e = digitsEnd(text, e + 1);
            }
            // (A degree sign may follow its figure without the space: "12°C".)
            const bool degree = text.compare(e, 2, "\xC2\xB0") == 0;
            if (e >= text.size() || (text[e] != ' ' && !degree) || e - i > 9) return i;
            const std::size_t u = degree ? e : e + 1;  // where the noun starts
            for (const CountedNoun& noun : kCountedNouns) {
                const std::size_t n = noun.written.size();
                // ("5 m. 12", "3 m 4": a flat's number after the house's; "3 m-ce", "2 m.in.": other words.)
                if (noun.written == "m" && text.compare(u, 1, "m") == 0) {
                    const std::size_t k = u + 1;
                    const auto figureAt = [&](std::size_t at) { return at + 1 < text.size() && text[at] == ' ' && isAsciiDigit(text[at + 1]); };
                    const bool other = k < text.size() && (text[k] == '-' || figureAt(k) ||
                                                           (text[k] == '.' && (figureAt(k + 1) || (k + 1 < text.size() && isWordByte(text[k + 1])))));
                    if (other) continue;
                }
                if (text.compare(u, n, noun.written) != 0 || (u + n < text.size() && isWordByte(text[u + n]) && noun.written.back() != '.')) {
                    continue;
                }
                // ("art. 5 ust. 2 pkt 3": a law's point numbered after its paragraph, not two points.)
                if (noun.written == "pkt" && u + n + 1 < text.size() && text[u + n] == ' ' && isAsciiDigit(text[u + n + 1])) continue;
                // ("tys." at the sentence's end keeps its dot as the full stop; "pkt." in a sentence loses it, and "12
                // tys. Polaków" goes on to its capital.)
                std::size_t end = u + n;
                if (noun.written.back() != '.' && end < text.size() && text[end] == '.') ++end;
                const bool last = text[end - 1] == '.' && text.find_first_not_of(' ', end) == std::string::npos;
                if (last) --end;
                const long long whole = fraction ? 0 : std::stoll(text.substr(i, e - i));
                const long long tens = whole % 100, units = whole % 10;
                // (After a word that takes the genitive, "około 782 mln", the many's form, and one's "miliona".)
                const std::string before = wordOrShortFormBefore(text, i);
                bool genitive = false;
                for (const char* word : {"oko\xC5\x82o", "ok", "z", "ze", "od", "do", "dla", "bez", "u", "ko\xC5\x82o", "sprzed", "w\xC5\x9Br\xC3\xB3" "d",
                                         "spo\xC5\x9Br\xC3\xB3" "d", "powy\xC5\xBC" "ej", "poni\xC5\xBC" "ej", "blisko", "wiele", "kilka"}) {
                    genitive = genitive || before == word;
                }
                const std::string_view form = fraction || (whole == 1 && genitive)                                  ? noun.part
                                              : whole == 1                                                          ? noun.one
                                              : units >= 2 && units <= 4 && !(tens >= 12 && tens <= 14) && !genitive ? noun.few
                                                                                                                    : noun.many;
                kind = "number";
                // (The figure too, in the genitive: "ok. 160 tys." is "około stu sześćdziesięciu tysięcy".)
                std::string figure = text.substr(i, e - i);
                if (genitive && !fraction && whole >= 2) {
                    if (std::string said = cardinal_.say(whole, "%spellout-cardinal-masculine-genitive"); !said.empty()) figure = said;
                }
                spoken = figure + " " + std::string(form);
                return end;
            }
            return i;
        });
    }

    std::string apply(const std::string& written, std::vector<Rewrite>* log) const override {
        const std::string text = withSpansSaid(written, log);
        const bool shouting = mostlyCapitals(text);
        const std::string out = rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
            if (i > 0 && isWordByte(text[i - 1])) return i;
            // "zł" and "r." with no figure before them (which agree with it otherwise): "złotych", "roku".
            kind = "abbreviation";
            if (text.compare(i, 3, "z\xC5\x82") == 0 && (i + 3 >= text.size() || !isWordByte(text[i + 3]))) {
                spoken = "z\xC5\x82otych";
                return i + 3;
            }
            if (text.compare(i, 2, "r.") == 0 && (i + 2 >= text.size() || !isWordByte(text[i + 2]))) {
                const bool last = i + 2 >= text.size() || (text[i + 2] == ' ' && i + 3 < text.size() && std::isupper(static_cast<unsigned char>(text[i + 3])));
                spoken = last ? "roku." : "roku";
                return i + 2;
            }
            if (const std::size_t end = quarterAt(text, i, spoken); end != i) {
                kind = "ordinal";
                return end;
            }
            if (const std::size_t end = romanOrdinalAt(text, i, spoken); end != i) {
                kind = "ordinal";
                return end;
            }
            // Capitals eSpeak NG reads as a word ("OPZZ" "opss", "PKO" "pko"): spelled by the letters' Polish names.
            // ("ZUS", "NATO", "NIK" make syllables and are said as words; two capitals, "KO", "UE", are eSpeak NG's.)
            static const std::unordered_map<char, std::string> kLetters{
                {'A', "a"}, {'B', "be"}, {'C', "ce"}, {'D', "de"}, {'E', "e"}, {'F', "ef"}, {'G', "gie"}, {'H', "ha"}, {'I', "i"},
                {'J', "jot"}, {'K', "ka"}, {'L', "el"}, {'M', "em"}, {'N', "en"}, {'O', "o"}, {'P', "pe"}, {'R', "er"},
                {'S', "es"}, {'T', "te"}, {'U', "u"}, {'W', "wu"}, {'Y', "igrek"}, {'Z', "zet"}};
            if (!shouting && i + 2 < text.size() && std::isupper(static_cast<unsigned char>(text[i + 2])) && std::isupper(static_cast<unsigned char>(text[i]))) {
                if (const std::size_t end = spelledInitialismAt(text, i, {}, spoken, kLetters); end != i) {
                    kind = "initialism";
                    return end;
                }
            }
            // "+/- 2 proc.": "plus minus".
            if (text.compare(i, 3, "+/-") == 0) {
                kind = "symbol";
                spoken = "plus minus";
                return i + 3;
            }
            if (!isAsciiDigit(text[i]) || (i > 0 && (text[i - 1] == '.' || text[i - 1] == ',' || text[i - 1] == '-'))) return i;
            const std::size_t e = digitsEnd(text, i);
            if (e - i > 4) return i;
            const int n = std::stoi(text.substr(i, e - i));
            // "wygrała 2:1", "(0:1)": a result or a ratio, "dwa do jednego", the second side in the genitive (a clock's
            // minutes have two figures).
            if (e - i <= 2 && e + 1 < text.size() && text[e] == ':' && isAsciiDigit(text[e + 1]) &&
                (e + 2 >= text.size() || !isAsciiDigit(text[e + 2])) && (i == 0 || text[i - 1] != ':') &&
                !(e + 2 < text.size() && text[e + 2] == ':')) {
                static constexpr std::array<std::string_view, 10> kGenitive{"zera", "jednego", "dw\xC3\xB3" "ch", "trzech", "czterech",
                                                                           "pi\xC4\x99" "ciu", "sze\xC5\x9B" "ciu", "siedmiu", "o\xC5\x9Bmiu",
                                                                           "dziewi\xC4\x99" "ciu"};
                kind = "score";
                spoken = (n == 0 ? std::string("zero") : text.substr(i, e - i)) + " do " + std::string(kGenitive[static_cast<std::size_t>(text[e + 1] - '0')]);
                return e + 2;
            }
            // "o 2-4 proc.", "350-500 zł", "5-10 tys.": a range before what it counts, "od … do", the second figure in the
            // genitive "do" asks for ("o dwa do czterech procent"); eSpeak NG says the two figures side by side.
            if (e - i <= 4 && e + 1 < text.size() && text[e] == '-' && isAsciiDigit(text[e + 1])) {
                std::size_t f = e + 1;
                while (f < text.size() && isAsciiDigit(text[f])) ++f;
                const long long second = f - e - 1 <= 4 ? std::stoll(text.substr(e + 1, f - e - 1)) : 0;
                const std::size_t w = f < text.size() && text[f] == ' ' ? f + 1 : f;
                std::size_t wEnd = w;
                while (wEnd < text.size() && isWordByte(text[wEnd])) ++wEnd;
                static constexpr WordSet kCountedAfter({"proc", "procent", "z\xC5\x82", "z\xC5\x82otych", "tys", "mln", "mld",
                                                                 "os\xC3\xB3" "b", "euro", "dolar\xC3\xB3w", "km", "metr\xC3\xB3w", "lat", "dni",
                                                                 "godzin", "minut", "ton", "sztuk", "tysi\xC4\x99" "cy", "milion\xC3\xB3w", "miliard\xC3\xB3w"});
                if (second > n && (f >= text.size() || !isWordByte(text[f])) && w < text.size() && w > f - 1 &&
                    kCountedAfter.count(lowerUtf8(text.substr(w, wEnd - w))) != 0) {
                    if (std::string said = cardinal_.say(second, "%spellout-cardinal-masculine-genitive"); !said.empty()) {
                        kind = "range";
                        spoken = text.substr(i, e - i) + " do " + said;
                        return f;
                    }
                }
            }
            kind = "ordinal";
            if (const std::size_t end = feminineOrdinalAt(text, i, e, n, spoken); end != i) return end;
            kind = "date";
            if (const std::size_t end = dateAt(text, i, e, n, spoken); end != i) return end;
            // ("siódmego kwietnia 2024": a year after a day written out and its month, as the intro says a date.)
            const std::string before = wordOrShortFormBefore(text, i);
            const bool monthBefore = std::find(kMonthsGenitive.begin(), kMonthsGenitive.end(), std::string_view(before)) != kMonthsGenitive.end();
            std::size_t monthStart = i;
            while (monthStart > 0 && text[monthStart - 1] == ' ') --monthStart;
            while (monthStart > 0 && isWordByte(text[monthStart - 1])) --monthStart;
            const std::string day = monthStart > 0 ? lowerWordBefore(text, monthStart) : "";
            // (Not an amount or a count after a month: "z listopada 2048 zł", "od stycznia 2000 osób".)
            std::size_t next = e;
            while (next < text.size() && text[next] == ' ') ++next;
            std::size_t nextEnd = next;
            while (nextEnd < text.size() && isWordByte(text[nextEnd])) ++nextEnd;
            const std::string following = lowerUtf8(text.substr(next, nextEnd - next));
            bool counted = false;
            for (const char* w : {"z\xC5\x82", "z\xC5\x82otych", "z\xC5\x82ote", "os\xC3\xB3" "b", "ludzi", "mieszka\xC5\x84" "c\xC3\xB3w",
                                  "sztuk", "euro", "dolar\xC3\xB3w", "turyst\xC3\xB3w", "pracownik\xC3\xB3w", "km", "m", "tys", "mln", "mld"}) {
                counted = counted || following == w;
            }
            const bool afterMonth = e - i == 4 && n >= 1900 && n <= 2100 && monthBefore && (day.ends_with("ego") || !counted);
            if (const std::size_t end = yearAt(text, i, e, n, before, spoken, afterMonth); end != i) return end;
            kind = "number";
            // "20-minutowy", "24-godzinny": a compound adjective on a figure, one word.
            if (e + 2 < text.size() && text[e] == '-' && std::islower(static_cast<unsigned char>(text[e + 1]))) {
                std::size_t w = e + 1;
                while (w < text.size() && isWordByte(text[w])) ++w;
                // (Not a goal's minute and how it was scored, alone in its bracket: "(34-głową)", "(58-karny)".)
                const bool minuteNote = i > 0 && text[i - 1] == '(' && w < text.size() && text[w] == ')';
                if (const std::string first = minuteNote ? std::string() : combining(n); !first.empty()) {
                    spoken = first + text.substr(e + 1, w - e - 1);
                    return w;
                }
            }
            // "z 30 tysięcy złotych do 40 tysięcy", "powyżej 300 tys. zł", "na poziomie 120 tysięcy": a count after a
            // preposition that takes the genitive is in the genitive ("z trzydziestu tysięcy"); so is a count of men,
            // "412 posłów" ("czterystu dwunastu posłów"). eSpeak NG reads the figure in the nominative.
            {
                static constexpr WordSet kGenitiveBefore({
                    "z", "ze", "do", "od", "powy\xC5\xBC" "ej", "poni\xC5\xBC" "ej", "oko\xC5\x82o", "spo\xC5\x9Br\xC3\xB3" "d",
                    "w\xC5\x9Br\xC3\xB3" "d", "dla", "bez", "wed\xC5\x82ug", "sprzed", "poziomie", "wysoko\xC5\x9B" "ci", "rz\xC4\x99" "du",
                    // "ok. 160 tys.": "około" written short
                    "ok", "ok."});
                static constexpr WordSet kMen({
                    "pos\xC5\x82\xC3\xB3w", "senator\xC3\xB3w", "radnych", "pracownik\xC3\xB3w", "\xC5\xBC" "o\xC5\x82nierzy",
                    "policjant\xC3\xB3w", "lekarzy", "student\xC3\xB3w", "uczni\xC3\xB3w", "kandydat\xC3\xB3w", "cz\xC5\x82onk\xC3\xB3w",
                    "mieszka\xC5\x84" "c\xC3\xB3w", "obywateli", "parlamentarzyst\xC3\xB3w", "deputowanych", "rolnik\xC3\xB3w",
                    "g\xC3\xB3rnik\xC3\xB3w", "nauczycieli", "funkcjonariuszy", "stra\xC5\xBC" "ak\xC3\xB3w", "ratownik\xC3\xB3w",
                    "s\xC4\x99" "dzi\xC3\xB3w", "turyst\xC3\xB3w", "pasa\xC5\xBC" "er\xC3\xB3w", "zawodnik\xC3\xB3w", "pi\xC5\x82karzy"});
                static constexpr WordSet kCounted({
                    "tysi\xC4\x99" "cy", "tys", "milion\xC3\xB3w", "mln", "miliard\xC3\xB3w", "mld", "z\xC5\x82otych", "z\xC5\x82", "os\xC3\xB3" "b",
                    "proc", "procent", "ludzi", "euro", "dolar\xC3\xB3w", "lat", "dni", "km", "sztuk", "g\xC5\x82os\xC3\xB3w", "godzin",
                    "minut", "metr\xC3\xB3w", "ton", "hektar\xC3\xB3w", "gospodarstw", "mieszka\xC5\x84", "firm", "przedsi\xC4\x99" "biorstw"});
                const bool decimal = e + 1 < text.size() && text[e] == ',' && isAsciiDigit(text[e + 1]);
                const bool men = kMen.count(following) != 0;
                // ("w ciągu ostatnich 3 lat": an adjective in the genitive plural between the figure and what governs it; the
                // adjective alone asks no case, "Kolejnych 5 osób trafiło", "na kolejnych 5 lat".)
                bool governed = kGenitiveBefore.count(before) != 0;
                for (const char* adjective : {"ostatnich", "kolejnych", "najbli\xC5\xBCszych",
                                              "minionych", "nast\xC4\x99pnych"}) {
                    if (before != adjective) continue;
                    std::size_t start = i;
                    while (start > 0 && text[start - 1] == ' ') --start;
                    start -= std::min(start, before.size());
                    const std::string governor = lowerWordBefore(text, start);
                    governed = kGenitiveBefore.count(governor) != 0 || governor == "ci\xC4\x85gu";
                }
                // ("około 3 880 złotych": thousands set apart by a space, the whole amount in the genitive.)
                if (e - i <= 3 && e + 4 <= text.size() && text[e] == ' ' && governed) {
                    std::string digits = text.substr(i, e - i);
                    const std::size_t g = thousandsGroupsEnd(text, e, digits);
                    std::size_t wordEnd = g + 1;
                    while (wordEnd < text.size() && isWordByte(text[wordEnd])) ++wordEnd;
                    if (g != e && digits.size() <= 9 && g + 1 < text.size() && text[g] == ' ' &&
                        kCounted.count(lowerUtf8(text.substr(g + 1, wordEnd - g - 1))) != 0) {
                        if (std::string said = cardinal_.say(std::stoll(digits), "%spellout-cardinal-masculine-genitive"); !said.empty()) {
                            kind = "number";
                            spoken = said;
                            return g;
                        }
                    }
                }
                // (Four figures too before money or a count written with its noun, "do 4806 zł"; not a year, "do 2030 roku".)
                if (n >= 2 && !decimal && (e - i <= 3 || (e - i == 4 && !men && kCounted.count(following) != 0)) && next == e + 1 &&
                    (men || (governed && kCounted.count(following) != 0))) {
                    if (std::string said = cardinal_.say(n, "%spellout-cardinal-masculine-genitive"); !said.empty()) {
                        kind = "number";
                        spoken = said;
                        return e;
                    }
                }
            }
            kind = "money";
            return zlotyAt(text, i, e, spoken);
        });
        return withMinusSaid(out, "minus", log);
    }

private:
    // "1 stycznia", "31 grudnia 2026", "od 1 stycznia 2027 roku": the day an ordinal in the genitive (or
    // after "przed", "po" the instrumental's and locative's "-ym"), a year after it too.
    std::size_t dateAt(const std::string& text, std::size_t i, std::size_t e, int day, std::string& spoken) const {
        if (day < 1 || day > 31 || e >= text.size()) return i;
        // "1-5 maja", "1–5 maja": the days from one to another, "od pierwszego do piątego maja".
        const std::size_t dash = text[e] == '-' ? 1 : text.compare(e, 3, "\xE2\x80\x93") == 0 ? 3 : 0;
        if (dash != 0 && e + dash < text.size() && isAsciiDigit(text[e + dash])) {
            const std::size_t k = e + dash, ke = digitsEnd(text, k);
            std::string last;
            if (const std::size_t end = ke - k <= 2 ? dateAt(text, k, ke, std::stoi(text.substr(k, ke - k)), last) : k; end != k) {
                // ("na 6-7 maja": after "na" the days themselves, "na szósty i siódmy maja".)
                const int lastDay = std::stoi(text.substr(k, ke - k));
                const std::string lastGenitive = ordinalBelowHundred(lastDay, Case::Genitive);
                const std::string before = lowerWordBefore(text, i);
                if (before == "na" && last.rfind(lastGenitive, 0) == 0) {
                    spoken = ordinalBelowHundred(day, Case::Nominative) + " i " + ordinalBelowHundred(lastDay, Case::Nominative) +
                             last.substr(lastGenitive.size());
                    return end;
                }
                spoken = (before == "od" ? "" : "od ") + ordinalBelowHundred(day, Case::Genitive) + " do " + last;
                return end;
            }
        }
        // "od 1 do 5 maja", "3 i 4 lipca", "1, 2 i 3 lipca": a day whose month is named after the last one.
        if (daysBeforeMonth(text, i)) {
            spoken = ordinalBelowHundred(day, caseAfter(lowerWordBefore(text, i)));
            return e;
        }
        // "30.08.2024 r.", "5.11.2025": a date in figures with its year, the month by name (eSpeak NG said "trzydzieści zero osiem").
        if (text[e] == '.' && e + 1 < text.size() && isAsciiDigit(text[e + 1])) {
            const std::size_t me = digitsEnd(text, e + 1);
            const int month = me - e - 1 <= 2 ? std::stoi(text.substr(e + 1, me - e - 1)) : 0;
            if (month >= 1 && month <= 12 && me + 1 < text.size() && text[me] == '.' && digitsEnd(text, me + 1) - me - 1 == 4) {
                const std::size_t y = digitsEnd(text, me + 1);
                const int year = std::stoi(text.substr(me + 1, 4));
                if (year >= 1900 && year <= 2100 && (y >= text.size() || (!isWordByte(text[y]) && !(text[y] == '.' && y + 1 < text.size() && isAsciiDigit(text[y + 1]))))) {
                    std::string said;
                    const std::size_t yearEnd = yearAt(text, me + 1, y, year, "", said, true);
                    if (yearEnd != me + 1) {
                        spoken = ordinalBelowHundred(day, caseAfter(lowerWordBefore(text, i))) + " " + std::string(kMonthsGenitive[static_cast<std::size_t>(month - 1)]) +
                                 " " + said;
                        return yearEnd;
                    }
                }
            }
        }
        if (text[e] != ' ') return i;
        for (const std::string_view month : kMonthsGenitive) {
            // (Capitalized in a street's or a square's name: "ul. 3 Maja", "al. 29 Listopada".)
            const bool named = e + 1 < text.size() && static_cast<char>(std::tolower(static_cast<unsigned char>(text[e + 1]))) == month[0] &&
                               text.compare(e + 2, month.size() - 1, month.substr(1)) == 0;
            if (!named || (e + 1 + month.size() < text.size() && isWordByte(text[e + 1 + month.size()]))) {
                continue;
            }
            // ("z numerem 7 Maja Nowak": a first name and a surname after it.)
            const std::size_t after = e + 2 + month.size();
            if (std::isupper(static_cast<unsigned char>(text[e + 1])) && after < text.size() && text[after - 1] == ' ' &&
                (std::isupper(static_cast<unsigned char>(text[after])) || static_cast<unsigned char>(text[after]) >= 0xC3)) {
                continue;
            }
            const Case c = caseAfter(lowerWordBefore(text, i));
            spoken = ordinalBelowHundred(day, c) + " " + text.substr(e + 1, month.size());
            std::size_t end = e + 1 + month.size();
            std::string year;
            if (end + 5 <= text.size() && text[end] == ' ' && isAsciiDigit(text[end + 1])) {
                const std::size_t y = digitsEnd(text, end + 1);
                // (A year of the last centuries: "od 1 stycznia 1500 rodzin" counts families.)
                if (y - end - 1 == 4 && std::stoi(text.substr(end + 1, 4)) >= 1900 && std::stoi(text.substr(end + 1, 4)) <= 2100) {
                    std::string said;
                    const std::size_t yearEnd = yearAt(text, end + 1, y, std::stoi(text.substr(end + 1, 4)), "", said, true);
                    if (yearEnd != end + 1) {
                        spoken += " " + said;
                        end = yearEnd;
                    }
                }
            }
            return end;
        }
        return i;
    }

    // Whether the day at `i` is followed by others joined to it ("do", "i", "lub", "albo", a comma) and
    // then by the month they share.
    static bool daysBeforeMonth(const std::string& text, std::size_t i) {
        std::size_t e = digitsEnd(text, i);
        if (e - i > 2 || e == i) return false;
        for (const char* joiner : {" do ", " i ", " lub ", " albo ", ", "}) {
            const std::size_t n = std::strlen(joiner);
            if (text.compare(e, n, joiner) != 0 || e + n >= text.size() || !isAsciiDigit(text[e + n])) continue;
            const std::size_t k = e + n, ke = digitsEnd(text, k);
            if (ke - k > 2 || std::stoi(text.substr(k, ke - k)) > 31) return false;
            if (ke < text.size() && text[ke] == ' ') {
                for (const std::string_view month : kMonthsGenitive) {
                    if (text.compare(ke + 1, month.size(), month) == 0 &&
                        (ke + 1 + month.size() >= text.size() || !isWordByte(text[ke + 1 + month.size()]))) {
                        return true;
                    }
                }
            }
            return daysBeforeMonth(text, k);
        }
        return false;
    }

    // "2026 roku", "2026 r.", "w 2026 roku", "do 20. roku życia": a year, or a year of life, said as an
    // ordinal before "roku" (genitive, or locative after "w"); `dated`: after a day and a month, where
    // "roku" may be left out ("1 stycznia 2027") and is said.
    std::size_t yearAt(const std::string& text, std::size_t i, std::size_t e, int n, const std::string& before, std::string& spoken,
                       bool dated = false) const {
        std::size_t k = e;
        const bool dotted = k < text.size() && text[k] == '.' && !dated;  // "20. roku życia"
        if (dotted) ++k;
        const bool roku = text.compare(k, 5, " roku") == 0 && (k + 5 >= text.size() || !isWordByte(text[k + 5]));
        const bool r = !roku && text.compare(k, 3, " r.") == 0;
        const bool rokiem = text.compare(k, 7, " rokiem") == 0;
        // ("na 2027 rok", "za 2024 rok": the year named whole, in the accusative.)
        const bool rok = !dated && (before == "za" || before == "na") && text.compare(k, 4, " rok") == 0 &&
                         (k + 4 >= text.size() || !isWordByte(text[k + 4]));
        if (!roku && !r && !rokiem && !rok && !dated) return i;
        if (!dotted && e - i != 4 && !dated) return i;  // (a year in figures, or a numbered year of life)
        // ("za 2024 r.": the year itself, "za dwa tysiące dwudziesty czwarty rok", as "na 2027 r.", a plan's or a
        // budget's year; "przed 2020 r.": "przed … dwudziestym rokiem".)
        const bool za = !dated && ((before == "za" && (r || roku)) || (before == "na" && r) || rok);
        const bool instrumental = !dated && (before == "przed" || before == "nad" || before == "pod" || before == "mi\xC4\x99" "dzy") && (r || rokiem);
        const Case c = za ? Case::Nominative : rokiem || instrumental ? Case::Locative : dated ? Case::Genitive : caseAfter(before);
        const std::string words = ordinal(n, c, cardinal_);
        if (words.empty()) return i;
        spoken = words + (za ? " rok" : rokiem || instrumental ? " rokiem" : c == Case::Genitive || roku || r || dated ? " roku" : "");
        if (roku) return k + 5;
        if (rok) return k + 4;
        // ("2028 r." at the sentence's end: its dot is the sentence's full stop too.)
        if (r && (k + 3 >= text.size() || (text[k + 3] == ' ' && k + 4 < text.size() && std::isupper(static_cast<unsigned char>(text[k + 4]))))) {
            spoken += ".";
        }
        if (r) return k + 3;
        if (rokiem) return k + 7;
        return e;
    }

    // "w 4. min.", "po 17. kolejce", "w 23. minucie", "do 3. rundy": an ordinal written with its dot before a
    // feminine noun in the genitive or locative ("czwartej minucie", "siedemnastej kolejce"); "min." is
    // said in the case the preposition gives it.
    static std::size_t feminineOrdinalAt(const std::string& text, std::size_t i, std::size_t e, int n, std::string& spoken) {
        if (e + 2 >= text.size() || text[e] != '.' || text[e + 1] != ' ' || n < 1 || n > 99) return i;
        const std::size_t noun = e + 2;
        std::size_t w = noun;
        while (w < text.size() && isWordByte(text[w])) ++w;
        const std::string word = text.substr(noun, w - noun);
        if (word == "min") {
            const std::string before = lowerWordBefore(text, i);
            const bool locative = before == "w" || before == "we" || before == "po" || before == "o" || before == "przy";
            spoken = feminineOrdinal(n) + (locative ? " minucie" : " minuty");
            // ("min." at the sentence's end keeps its dot as the full stop.)
            const bool last = w + 1 >= text.size() || (w + 2 < text.size() && text[w + 1] == ' ' && std::isupper(static_cast<unsigned char>(text[w + 2])));
            if (w < text.size() && text[w] == '.') return last ? w : w + 1;
            return w;
        }
        // "na 4. miejsce", "na 10. miejscu", "z 3. miejsca": a place in a table, neuter ("czwarte", "dziesiątym", "trzeciego").
        for (const auto& [neuter, c] : {std::pair<std::string_view, Case>{"miejscu", Case::Locative}, {"miejsca", Case::Genitive},
                                        {"miejscem", Case::Locative}, {"miejsce", Case::Nominative}}) {
            if (word != neuter) continue;
            std::string said = ordinalBelowHundred(n, c);
            // (The nominative's neuter ends in "-e": "czwarty" -> "czwarte", "trzeci" -> "trzecie".)
            if (c == Case::Nominative) {
                std::string neuterSaid;
                for (const std::string& part : splitWords(said)) {
                    std::string p = part;
                    if (p.ends_with("y")) p.back() = 'e';
                    else if (p.ends_with("i")) p += "e";
                    neuterSaid += (neuterSaid.empty() ? "" : " ") + p;
                }
                said = neuterSaid;
            }
            spoken = said;
            return e + 1;
        }
        for (const char* feminine : {"minucie", "minuty", "kolejce", "kolejki", "rundzie", "rundy", "lidze", "ligi", "klasie", "klasy",
                                     "edycji", "kadencji", "sesji", "rocznicy", "dywizji", "brygady", "kompanii", "etapie", "etapu"}) {
            if (word != feminine) continue;
            // ("etapie", "etapu" are masculine: "czwartym etapie", "czwartego etapu".)
            if (word == "etapie") return spoken = ordinalBelowHundred(n, Case::Locative), e + 1;
            if (word == "etapu") return spoken = ordinalBelowHundred(n, Case::Genitive), e + 1;
            spoken = feminineOrdinal(n);
            return e + 1;
        }
        return i;
    }

    // A Roman numeral is an ordinal that agrees with what it numbers, which eSpeak NG spells ("XXI" "iks iks
    // i"): a century ("w XXI wieku" "w dwudziestym pierwszym wieku", "od XIX w." "od dziewiętnastego
    // wieku", "XX wiek"), a feminine noun ("II wojny światowej" "drugiej wojny światowej", "X kadencji"),
    // a ruler after his or her name, in the case the name shows ("Jan Paweł II" "Drugi", "Jana Pawła II"
    // "Drugiego", "Janem Pawłem II" "Drugim", "Elżbieta II" "Druga", "Elżbiety II" "Drugiej").
    static std::size_t romanOrdinalAt(const std::string& text, std::size_t i, std::string& spoken) {
        std::size_t e = i;
        while (e < text.size() && std::strchr("IVXLC", text[e]) != nullptr && text[e] != '\0') ++e;
        if (e == i || (e < text.size() && isWordByte(text[e]))) return i;
        const int n = romanNumeralValue(std::string_view(text).substr(i, e - i));
        if (n < 1 || n > 99) return i;
        // ('n' nominative, 'o' oblique (-ej), 'i' instrumental (-ą).)
        const auto feminine = [&](char form) { return feminineOrdinalIn(n, form); };
        // (Opening a sentence, in capitals: "II wojna" is "Druga wojna".)
        std::size_t p = i;
        while (p > 0 && text[p - 1] == ' ') --p;
        // ("80. XX wieku": a dot after a figure is an ordinal's, not a full stop.)
        const bool opens = p == 0 || (text[p - 1] == '.' && !(p > 1 && isAsciiDigit(text[p - 2]))) || text[p - 1] == '!' || text[p - 1] == '?';
        const auto withCapital = [](std::string said) {
            if (!said.empty() && static_cast<unsigned char>(said[0]) < 0x80) said[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(said[0])));
            return said;
        };
        const auto capitalized = [&](std::string said) { return opens ? withCapital(std::move(said)) : said; };
        std::size_t w = e < text.size() && text[e] == ' ' ? e + 1 : e;
        std::size_t we = w;
        while (we < text.size() && isWordByte(text[we])) ++we;
        const std::string next = text.substr(w, we - w);
        const std::string before = lowerWordBefore(text, i);
        // (The conjunction "I" opening a sentence, "I armia, i policja…", and the platform "X", "w serwisie X armia trolli",
        // are no numerals.)
        const std::string numeral = text.substr(i, e - i);
        if ((numeral == "I" && opens) || (numeral == "X" && (before == "serwisie" || before == "platformie" || before == "portalu" ||
                                                             before == "na" || before == "w" || before == "serwis"))) {
            return i;
        }
        // ("z przełomu XIX i XX wieku", "od XVIII do XX wieku", "XIX–XX w.": the first of two centuries, which the noun after
        // the second names, in the case that noun's form or its own preposition gives.)
        {
            std::size_t j = std::string::npos;
            if (w > e && (next == "i" || next == "do" || next == "lub" || next == "albo" || next == "oraz") && we < text.size() && text[we] == ' ') {
                j = we + 1;
            } else if (e < text.size() && text[e] == '-') {
                j = e + 1;
            } else if (text.compare(e, 3, "\xE2\x80\x93") == 0) {
                j = e + 3;
            }
            std::size_t j2 = j;
            while (j2 != std::string::npos && j2 < text.size() && std::strchr("IVXLC", text[j2]) != nullptr && text[j2] != '\0') ++j2;
            if (j != std::string::npos && j2 > j && j2 + 1 < text.size() && text[j2] == ' ' &&
                romanNumeralValue(std::string_view(text).substr(j, j2 - j)) > 0) {
                std::size_t ne = j2 + 1;
                while (ne < text.size() && isWordByte(text[ne])) ++ne;
                const std::string noun = text.substr(j2 + 1, ne - j2 - 1);
                const bool shortForm = noun == "w" && ne < text.size() && text[ne] == '.';
                if (noun == "wiek" || noun == "wieku" || noun == "wiekiem" || shortForm) {
                    const Case c = noun == "wiek" ? Case::Nominative : noun == "wiekiem" ? Case::Locative : caseAfter(before);
                    return spoken = capitalized(ordinalBelowHundred(n, c)), e;
                }
            }
        }
        // (The second of two takes its case from the first one's preposition: "w XIX i XX w." is "w dziewiętnastym i
        // dwudziestym wieku".)
        std::string caseWord = before;
        if (before == "i" || before == "lub" || before == "albo" || before == "oraz") {
            std::size_t end = i;
            while (end > 0 && text[end - 1] == ' ') --end;
            std::size_t start = end;
            while (start > 0 && isWordByte(text[start - 1])) --start;
            std::size_t ne2 = start;
            while (ne2 > 0 && text[ne2 - 1] == ' ') --ne2;
            std::size_t ns2 = ne2;
            while (ns2 > 0 && std::strchr("IVXLC", text[ns2 - 1]) != nullptr && text[ns2 - 1] != '\0') --ns2;
            if (ns2 < ne2 && (ns2 == 0 || !isWordByte(text[ns2 - 1]))) caseWord = lowerWordBefore(text, ns2);
        }
        if (w > e) {
            if (next == "wiek") return spoken = capitalized(ordinalBelowHundred(n, Case::Nominative)), e;
            if (next == "wieku") return spoken = capitalized(ordinalBelowHundred(n, caseAfter(caseWord))), e;
            if (next == "wiekiem") return spoken = capitalized(ordinalBelowHundred(n, Case::Locative)), e;
            // A warning's or an injury's degree, a masculine noun in the case it shows: "ostrzeżenia III stopnia" "trzeciego stopnia",
            // "II stopień" "drugi stopień", "w III stopniu" "trzecim stopniu".
            if (next == "stopnia") return spoken = ordinalBelowHundred(n, Case::Genitive), e;
            if (next == "stopie\xC5\x84") return spoken = ordinalBelowHundred(n, Case::Nominative), e;
            if (next == "stopniu" || next == "stopniem") return spoken = ordinalBelowHundred(n, Case::Locative), e;
            // ("XX w.": the century written short, "wieku" in the case its preposition gives.)
            if (next == "w" && we < text.size() && text[we] == '.') {
                const bool last = we + 1 >= text.size() || (we + 2 < text.size() && text[we + 1] == ' ' &&
                                                            std::isupper(static_cast<unsigned char>(text[we + 2])));
                spoken = capitalized(ordinalBelowHundred(n, caseAfter(caseWord))) + (last ? " wieku." : " wieku");
                return we + 1;
            }
            for (const char* stem : {"wojn", "kadencj", "edycj", "rzeczpospolit", "rzeczypospolit", "konferencj", "klas", "dywizj", "armi"}) {
                const std::string lower = lowerUtf8(next);
                if (!lower.starts_with(stem)) continue;
                const bool instrumental = lower.ends_with("\xC4\x85");
                const bool nominative = lower.ends_with("a") && !lower.starts_with("rzeczypospolit");
                return spoken = capitalized(feminine(instrumental ? 'i' : nominative ? 'n' : 'o')), e;
            }
        }
        // A ruler: right after a ruler's name ("Karol III", "Jana Pawła II") or a name after a ruler's title
        // ("król Harald V", "papieża Leona XIV"); not a reserve team ("Legia II") or a stage ("etap II").
        std::size_t ne = i;
        while (ne > 0 && text[ne - 1] == ' ') --ne;
        std::size_t ns = ne;
        while (ns > 0 && isWordByte(text[ns - 1])) --ns;
        if (ne == i || ns == ne || n > 30) return i;
        const std::string name = lowerUtf8(text.substr(ns, ne - ns));
        // (A surname's initial with its dot in police and court copy, "Karol I. był świadkiem", is no ruler.)
        if (e + 2 < text.size() && text[e] == '.' && text[e + 1] == ' ' && std::islower(static_cast<unsigned char>(text[e + 2]))) return i;
        static const char* const kRulers[] = {"karol", "jerz", "henryk", "ludwik", "fryderyk", "wilhelm", "zygmunt", "kazimierz",
                                              "w\xC5\x82" "adys\xC5\x82" "aw", "boles\xC5\x82" "aw", "mieszk", "stanis\xC5\x82" "aw",
                                              "august", "aleksand", "miko\xC5\x82" "aj", "piotr", "jan", "paw\xC5\x82", "pawe\xC5\x82",
                                              "pawl", "pius", "leon", "benedykt", "francisz", "filip", "edward", "ryszard", "jakub",
                                              "iwan", "napoleon", "gustaw", "olaf", "harald", "haakon", "wac\xC5\x82" "aw", "otton",
                                              "grzegorz", "klemens", "innocent", "el\xC5\xBC" "biet", "el\xC5\xBC" "biec", "katarzyn",
                                              "mari", "wiktori", "krystyn", "ma\xC5\x82gorzat", "izabel"};
        const bool rulerName = std::any_of(std::begin(kRulers), std::end(kRulers), [&](const char* r) { return name.starts_with(r); });
        const std::string title = ns > 0 ? lowerWordBefore(text, ns) : "";
        bool titled = false;
        for (const char* t : {"kr\xC3\xB3l", "papie\xC5\xBC", "cesarz", "car", "cara", "carem", "carowi", "ksi\xC4\x85\xC5\xBC",
                              "ksi\xC4\x99\xC5\xBC", "monarch", "su\xC5\x82tan", "kr\xC3\xB3low", "faraon"}) {
            titled = titled || title.starts_with(t);
        }
        if (!rulerName && !titled) return i;
        // (Nor before a place that names a team: "Legia II Warszawa".)
        if (w > e && !next.empty() && std::isupper(static_cast<unsigned char>(next[0]))) return i;
        static const char* const kQueens[] = {"el\xC5\xBC" "bieta", "katarzyna", "maria", "anna", "izabela", "wiktoria", "krystyna",
                                              "ma\xC5\x82gorzata", "jadwiga", "joanna", "beatrycze", "ludwika", "eleonora"};
        const bool queen = std::any_of(std::begin(kQueens), std::end(kQueens), [&](const char* q) { return name == q; });
        std::string said;
        if (queen) {
            said = feminine('n');
        } else if (name.ends_with("em")) {
            said = ordinalBelowHundred(n, Case::Locative);  // the instrumental: "Janem Pawłem II" "Drugim"
        } else if (name.ends_with("ego") || (name.ends_with("a") && !name.ends_with("ia"))) {
            said = ordinalBelowHundred(n, Case::Genitive);  // "Jana Pawła II", "Jerzego VI"
        } else if (name.ends_with("y") || name.ends_with("ii") || name.ends_with("cie")) {
            said = feminine('o');  // a queen's genitive or dative: "Elżbiety II", "Marii I", "Elżbiecie II"
        } else if (name.ends_with("ie") || name.ends_with("u")) {
            said = ordinalBelowHundred(n, Case::Locative);  // "o Janie Pawle II"
        } else if (!name.ends_with("a") && !name.ends_with("i") && !name.ends_with("o") && !name.ends_with("e")) {
            said = ordinalBelowHundred(n, Case::Nominative);  // "Jan Paweł II", "Karol III"
        } else {
            return i;
        }
        // (A ruler's numeral is part of the name: in capitals, "Drugi".)
        spoken = withCapital(said);
        return e;
    }

    // "II kwartale", "w I kwartale", "III kwartału", "IV kwartał": a quarter (or a half) in Roman figures.
    static std::size_t quarterAt(const std::string& text, std::size_t i, std::string& spoken) {
        static constexpr std::array<std::string_view, 4> kRoman{"IV", "III", "II", "I"};
        for (std::size_t r = 0; r < kRoman.size(); ++r) {
            const std::string_view roman = kRoman[r];
            if (text.compare(i, roman.size(), roman) != 0 || i + roman.size() >= text.size() || text[i + roman.size()] != ' ') continue;
            const std::size_t noun = i + roman.size() + 1;
            const int n = 4 - static_cast<int>(r);
            for (const auto& [word, c] : {std::pair<std::string_view, Case>{"kwartale", Case::Locative}, {"kwarta\xC5\x82u", Case::Genitive},
                                          {"kwarta\xC5\x82", Case::Nominative}, {"p\xC3\xB3\xC5\x82roczu", Case::Locative},
                                          {"p\xC3\xB3\xC5\x82rocza", Case::Genitive}}) {
                if (text.compare(noun, word.size(), word) == 0 && (noun + word.size() >= text.size() || !isWordByte(text[noun + word.size()]))) {
                    spoken = inflected(kOrdinalUnits[static_cast<std::size_t>(n)], c);
                    return i + roman.size();
                }
            }
            // "w II kw.", "przed IV kw. 2024 r.": the quarter written short, in the case its preposition gives
            // ("w drugim kwartale", "przed czwartym kwartałem", "do trzeciego kwartału").
            if (text.compare(noun, 3, "kw.") == 0) {
                const std::string before = lowerWordBefore(text, i);
                std::string quarter = "kwarta\xC5\x82";
                Case c = Case::Nominative;
                if (before == "w" || before == "we" || before == "po" || before == "o") c = Case::Locative, quarter = "kwartale";
                if (before == "przed" || before == "za" || before == "nad" || before == "pod" || before == "mi\xC4\x99" "dzy") {
                    c = Case::Locative, quarter = "kwarta\xC5\x82" "em";
                }
                if (before == "do" || before == "od" || before == "z" || before == "dla" || before == "ko\xC5\x84" "ca" || before == "pocz\xC4\x85tku") {
                    c = Case::Genitive, quarter = "kwarta\xC5\x82u";
                }
                spoken = inflected(kOrdinalUnits[static_cast<std::size_t>(n)], c) + " " + quarter;
                const std::size_t end = noun + 3;
                // (The dot stays where it also ends the sentence.)
                return end >= text.size() ? end - 1 : end;
            }
            // "w II poł. 2025 r.": a half of the year written short, feminine ("w drugiej połowie", "do drugiej połowy").
            if (text.compare(noun, 5, "po\xC5\x82.") == 0) {
                const std::string before = lowerWordBefore(text, i);
                const bool in = before == "w" || before == "we" || before == "o" || before == "po";
                spoken = feminineOblique(kOrdinalUnits[static_cast<std::size_t>(n)]) + (in ? " po\xC5\x82owie" : " po\xC5\x82owy");
                const std::size_t end = noun + 5;
                return end >= text.size() ? end - 1 : end;
            }
            // "I ligi", "w II lidze", "w II połowie": a league or a half, feminine ("pierwszej ligi").
            for (const std::string_view word : {"ligi", "lidze", "po\xC5\x82owie", "po\xC5\x82owy"}) {
                if (text.compare(noun, word.size(), word) == 0 && (noun + word.size() >= text.size() || !isWordByte(text[noun + word.size()]))) {
                    spoken = feminineOblique(kOrdinalUnits[static_cast<std::size_t>(n)]);
                    return i + roman.size();
                }
            }
        }
        return i;
    }

    // "o godz. 21", "od godz. 8.30 do godz. 16": the hour as a feminine ordinal in the case the word before
    // "godz." gives it, its minutes after it.
    static std::size_t hourAt(const std::string& text, std::size_t i, std::string& spoken) {
        const std::size_t h = i + 6;
        const std::size_t e = digitsEnd(text, h);
        if (e == h || e - h > 2) return i;
        const int hour = std::stoi(text.substr(h, e - h));
        std::size_t end = e;
        std::string minutes;
        if (e + 2 < text.size() && (text[e] == ':' || text[e] == '.') && isAsciiDigit(text[e + 1]) && isAsciiDigit(text[e + 2]) &&
            (e + 3 >= text.size() || !isAsciiDigit(text[e + 3]))) {
            minutes = text.substr(e + 1, 2);
            end = e + 3;
        }
        if (hour > 24 || (!minutes.empty() && std::stoi(minutes) > 59)) return i;
        // ("o godz. 0:00", "od godz. 24": midnight, "o północy", "przed północą" (eSpeak NG said "o godzina zero zero zero").)
        if ((hour == 0 || hour == 24) && (minutes.empty() || minutes == "00")) {
            const std::string before = lowerWordBefore(text, i);
            spoken = before == "przed" || before == "mi\xC4\x99" "dzy" || before == "za" ? "p\xC3\xB3\xC5\x82noc\xC4\x85"
                     : before == "o" || before == "po" || before == "od" || before == "do" || before == "oko\xC5\x82o" || before == "w"
                         ? "p\xC3\xB3\xC5\x82nocy"
                         : "p\xC3\xB3\xC5\x82noc";
            return end;
        }
        if (hour < 1) return i;
        // ("w godz. 6–20": the hours between two, "w godzinach od szóstej do dwudziestej"; otherwise the first
        // hour as one.)
        if (end < text.size() && (text[end] == '-' || text.compare(end, 3, "\xE2\x80\x93") == 0)) [&] {
            const std::size_t second = end + (text[end] == '-' ? 1 : 3);
            const std::size_t last = digitsEnd(text, second);
            const int until = last > second && last - second <= 2 ? std::stoi(text.substr(second, last - second)) : 0;
            const bool clockAfter = last < text.size() && (text[last] == ':' || (text[last] == '.' && last + 1 < text.size() && isAsciiDigit(text[last + 1])));
            if (lowerWordBefore(text, i) != "w" || !minutes.empty() || until < 1 || until > 24 || clockAfter) return;
            spoken = "godzinach od " + feminineOrdinalIn(hour, 'o') + " do " + feminineOrdinalIn(until, 'o');
            end = last;
        }();
        if (!spoken.empty()) return end;
        std::string before = lowerWordBefore(text, i);
        // ("ok. godz. 16.30": the word before written short, with its dot.)
        if (std::size_t j = i; before.empty()) {
            while (j > 0 && text[j - 1] == ' ') --j;
            if (j > 0 && text[j - 1] == '.') before = lowerWordBefore(text, j - 1);
        }
        char form = 'n';
        std::string noun = "godzina";
        if (before == "o" || before == "po" || before == "w") form = 'o', noun = "godzinie";
        if (before == "od" || before == "do" || before == "oko\xC5\x82o" || before == "ok" || before == "ko\xC5\x82o" || before == "sprzed") {
            form = 'o', noun = "godziny";
        }
        if (before == "przed" || before == "mi\xC4\x99" "dzy" || before == "za") form = 'i', noun = "godzin\xC4\x85";
        if (before == "na") form = 'i', noun = "godzin\xC4\x99";
        if (text[i] == 'G') noun[0] = 'G';
        spoken = noun + " " + feminineOrdinalIn(hour, form);
        if (!minutes.empty() && minutes != "00") spoken += " " + minutes;
        // ("od godz. 7 do 20": the second hour without its "godz.", as the first, "do dwudziestej".)
        if (before == "od" && minutes.empty() && text.compare(end, 4, " do ") == 0) {
            const std::size_t second = end + 4;
            const std::size_t last = digitsEnd(text, second);
            if (last > second && last - second <= 2 && (last >= text.size() || (!isWordByte(text[last]) && text[last] != ':' &&
                                                                               !(text[last] == '.' && last + 1 < text.size() && isAsciiDigit(text[last + 1]))))) {
                const int until = std::stoi(text.substr(second, last - second));
                // (An hour only before a mark or a small word of the sentence: "do 16 lat" counts years.)
                const bool clauseGoesOn = last + 1 < text.size() && text[last] == ' ' && isWordByte(text[last + 1]);
                const std::string after = clauseGoesOn ? lowerWordAfter(text, last + 1) : "";
                const bool hourShaped = !clauseGoesOn || after == "w" || after == "we" || after == "i" || after == "oraz" || after == "a" ||
                                        after == "lub" || after == "od" || after == "codziennie";
                if (until >= 1 && until <= 24 && hourShaped) {
                    spoken += " do " + feminineOrdinalIn(until, 'o');
                    end = last;
                }
            }
        }
        return end;
    }

    // "4,60 zł", "4,60 złotych", "12 zł": an amount in złoty, "cztery złote sześćdziesiąt", "dwanaście złotych".
    std::size_t zlotyAt(const std::string& text, std::size_t i, std::size_t e, std::string& spoken) const {
        std::string grosze;
        std::size_t k = e;
        if (k + 2 < text.size() && text[k] == ',' && isAsciiDigit(text[k + 1]) && isAsciiDigit(text[k + 2]) &&
            (k + 3 >= text.size() || !isAsciiDigit(text[k + 3]))) {
            grosze = text.substr(k + 1, 2);
            k += 3;
        }
        if (k >= text.size() || text[k] != ' ') return i;
        std::size_t sign = 0;
        for (const char* word : {"z\xC5\x82otych", "z\xC5\x82ote", "z\xC5\x82oty", "z\xC5\x82"}) {
            const std::size_t n = std::strlen(word);
            if (text.compare(k + 1, n, word) == 0 && (k + 1 + n >= text.size() || !isWordByte(text[k + 1 + n]))) {
                sign = n;
                break;
            }
        }
        if (sign == 0) return i;
        const long long whole = std::stoll(text.substr(i, e - i));
        // "0,50 zł": fifty grosze, "pięćdziesiąt groszy" (1 "grosz", 2–4 "grosze", but 12–14); after the złoty
        // too, as a newsreader says the amount in full ("8 912,45 zł": "… złotych czterdzieści pięć groszy").
        const auto groszy = [&] {
            const int g = std::stoi(grosze), last = g % 10;
            return std::to_string(g) + (g == 1 ? " grosz" : last >= 2 && last <= 4 && !(g >= 12 && g <= 14) ? " grosze" : " groszy");
        };
        if (whole == 0 && !grosze.empty() && grosze != "00") {
            spoken = groszy();
            return k + 1 + sign;
        }
        spoken = text.substr(i, e - i) + " " + zlotys(whole);
        if (!grosze.empty() && grosze != "00") spoken += " " + groszy();
        // (A dot after "zł" is left: it ends the sentence as often as the short form.)
        return k + 1 + sign;
    }

    Spellout cardinal_;
};

}  // namespace
}  // namespace polish

std::unique_ptr<LanguageRules> makePolishRules() { return std::make_unique<polish::Polish>(); }

}  // namespace readcast

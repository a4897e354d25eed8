// Swedish, Danish and Norwegian spoken-form rules. eSpeak NG reads their numbers itself, but reads the
// clock's dot as a decimal point ("kl. 14.30" is "fjorton punkt trettio", "13.00" "tretton punkt noll
// noll"), spells the units of energy and area ("8 MW" is "em dobbeltve", "80 m²" "em to") and, in
// Swedish, says a decimal comma as "punkt" ("1,5 miljoner" is "ett punkt fem") and spells "mkr" and
// "mdkr" letter by letter. All three need the minus said before a temperature (Swedish eSpeak NG says
// the minus sign "−" in English).

#include <array>
#include <cctype>
#include <cstring>
#include <map>
#include <string_view>
#include <utility>
#include <vector>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "core/WordSet.hpp"
#include "text/Normalizer.hpp"
#include "text/RewriteScan.hpp"
#include "text/SpelledInitialism.hpp"
#include "text/UnitAfterNumber.hpp"
#include "text/RomanNumerals.hpp"
#include "text/SpokenAddress.hpp"

namespace readcast {
namespace scandinavian {
namespace {

// A lone "l" after a figure is a litre where what is measured follows it, "2 l mjölk", "5 l/100 km"; an address's or a
// class's letter ends the phrase, "Storgatan 12 l", "klass 9 l".
bool litreAt(const std::string& text, std::size_t i) {
    if (i + 2 >= text.size()) return false;
    if (text[i + 1] == '/') return true;
    if (text[i + 1] != ' ' || !(std::islower(static_cast<unsigned char>(text[i + 2])) || static_cast<unsigned char>(text[i + 2]) >= 0xC3)) return false;
    // (Not a class's, a flat's or a street number's letter: "klass 9 l", "Storgatan 12 l".)
    std::size_t figure = i;
    while (figure > 0 && (text[figure - 1] == ' ' || std::isdigit(static_cast<unsigned char>(text[figure - 1])))) --figure;
    std::size_t word = figure;
    while (word > 0 && text[word - 1] != ' ') --word;
    const std::string before = lowerUtf8(text.substr(word, figure - word));
    for (const char* place : {"klass", "klasse", "rum", "lgh", "nr", "gatan", "v\xC3\xA4gen", "gade", "gate", "vej", "veien", "vegen", "torget",
                              "torv", "plads", "\xC3\xA5k", "\xC3\xA5rskurs", "kvarter", "kvarteret", "hus", "port", "trappa", "v\xC3\xA5ning",
                              "etasje", "sal"}) {
        if (before == place || (std::strlen(place) >= 4 && before.ends_with(place))) return false;
    }
    // (Not before a small word that goes on the sentence: "Eleverne i 2 l på Aarhus Katedralskole" is a class's letter.)
    std::size_t end = i + 2;
    while (end < text.size() && text[end] != ' ' && text[end] != ',' && text[end] != '.') ++end;
    const std::string next = text.substr(i + 2, end - i - 2);
    for (const char* small : {"p\xC3\xA5", "i", "og", "och", "for", "f\xC3\xB6r", "med", "til", "till", "ved", "vid", "af", "av", "fra",
                              "fr\xC3\xA5n", "som", "er", "\xC3\xA4r", "var", "har", "ska", "skal", "vandt", "vann"}) {
        if (next == small) return false;
    }
    return true;
}

struct Style {
    std::string_view clock;                                           // "klockan", "klokken", "klokka"
    std::string_view until;                                           // between two times: "till", "til"
    std::pair<std::string_view, std::string_view> address;            // an address's dot and at sign
    std::vector<std::pair<std::string_view, std::string_view>> units;  // after a figure: "MW" "megawatt"
    bool swedish;                                                      // its decimal comma and "mkr"
    std::string minus;                                                 // said before a temperature ("" when eSpeak NG says it)
    std::array<std::string_view, 12> months;                           // "januar" … "desember"
    std::vector<std::pair<std::string_view, std::string_view>> perUnit; // after "per", one of it: "kWh" "kilowattime"
    std::string_view hundred;                                          // a year's hundreds: "1588" is "15 hundrede 88"
    std::array<std::string_view, 20> regnal;                           // a ruler's number, "Frederik 10." "den tiende", "Karl XII" "den tolfte"
};

// A party's letters in brackets after a politician's name, "Lars Jensen (S)", "Tina Bru (H)": the party's
// name, as a newsreader says it (eSpeak NG says "(V)" as the letter, "(Ap)" as a word).
const std::vector<std::pair<std::string_view, std::string_view>>& partiesFor(const std::string& primary) {
    static const std::vector<std::pair<std::string_view, std::string_view>> kDanish{
        {"S", "Socialdemokratiet"}, {"V", "Venstre"}, {"K", "De Konservative"}, {"SF", "SF"}, {"EL", "Enhedslisten"}, {"\xC3\x98", "Enhedslisten"},
        {"DF", "Dansk Folkeparti"}, {"O", "Dansk Folkeparti"}, {"LA", "Liberal Alliance"}, {"I", "Liberal Alliance"}, {"R", "Radikale Venstre"},
        {"RV", "Radikale Venstre"}, {"B", "Radikale Venstre"}, {"M", "Moderaterne"}, {"\xC3\x85", "Alternativet"}, {"DD", "Danmarksdemokraterne"},
        {"\xC3\x86", "Danmarksdemokraterne"}, {"A", "Socialdemokratiet"}, {"C", "De Konservative"}, {"F", "SF"}};
    static const std::vector<std::pair<std::string_view, std::string_view>> kNorwegian{
        {"Ap", "Arbeiderpartiet"}, {"H", "H\xC3\xB8yre"}, {"Frp", "Fremskrittspartiet"}, {"FrP", "Fremskrittspartiet"}, {"Sp", "Senterpartiet"},
        {"SV", "SV"}, {"V", "Venstre"}, {"KrF", "Kristelig Folkeparti"}, {"MDG", "MDG"}, {"R", "R\xC3\xB8" "dt"}};
    static const std::vector<std::pair<std::string_view, std::string_view>> kSwedish{
        {"S", "Socialdemokraterna"}, {"M", "Moderaterna"}, {"SD", "Sverigedemokraterna"}, {"C", "Centerpartiet"}, {"V", "V\xC3\xA4nsterpartiet"},
        {"KD", "Kristdemokraterna"}, {"L", "Liberalerna"}, {"MP", "Milj\xC3\xB6partiet"}};
    return primary == "sv" ? kSwedish : primary == "da" ? kDanish : kNorwegian;
}

const Style& styleFor(const std::string& primary) {
    static const Style kSwedish{"klockan", "till", {"punkt", "snabel-a"},
                                {{"MWh", "megawattimmar"}, {"kWh", "kilowattimmar"}, {"GWh", "gigawattimmar"}, {"MW", "megawatt"},
                                 {"kW", "kilowatt"}, {"km\xC2\xB2", "kvadratkilometer"}, {"GHz", "gigahertz"}, {"MHz", "megahertz"}, {"Hz", "hertz"}, {"mAh", "milliamperetimmar"}, {"W", "watt"},
                                 {"nm", "nanometer"}, {"TB", "terabyte"}, {"GB", "gigabyte"}, {"Gbit/s", "gigabit per sekund"}, {"Mbit/s", "megabit per sekund"}, {"m\xC2\xB2", "kvadratmeter"},
                                 {"m\xC2\xB3", "kubikmeter"}, {"kg", "kilo"}, {"g", "gram"}, {"ml", "milliliter"}, {"cl", "centiliter"}, {"dl", "deciliter"}, {"l", "liter"}, {"mn", "miljoner"}, {"\xC2\xB0" "C", "grader"}, {"\xC2\xB0", "grader"}},
                                true, "minus",
                                {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
                                 "december"},
                                {{"MWh", "megawattimme"}, {"kWh", "kilowattimme"}, {"GWh", "gigawattimme"}},
                                "hundra",
                                // (A king's first and second in their masculine form: "Gustav den andre Adolf".)
                                {"f\xC3\xB6rste", "andre", "tredje", "fj\xC3\xA4rde", "femte", "sj\xC3\xA4tte", "sjunde", "\xC3\xA5ttonde",
                                 "nionde", "tionde", "elfte", "tolfte", "trettonde", "fjortonde", "femtonde", "sextonde", "sjuttonde", "artonde",
                                 "nittonde", "tjugonde"}};
    static const Style kDanish{"klokken", "til", {"punktum", "snabel-a"},
                               {{"MWh", "megawatttimer"}, {"kWh", "kilowatttimer"}, {"GWh", "gigawatttimer"}, {"MW", "megawatt"},
                                {"kW", "kilowatt"}, {"km\xC2\xB2", "kvadratkilometer"}, {"GHz", "gigahertz"}, {"MHz", "megahertz"}, {"Hz", "hertz"}, {"mAh", "milliamperetimer"}, {"W", "watt"},
                                 {"nm", "nanometer"}, {"TB", "terabyte"}, {"GB", "gigabyte"}, {"Gbit/s", "gigabit per sekund"}, {"Mbit/s", "megabit per sekund"}, {"m\xC2\xB2", "kvadratmeter"},
                                {"m\xC2\xB3", "kubikmeter"}, {"kg", "kilo"}, {"g", "gram"}, {"ml", "milliliter"}, {"cl", "centiliter"}, {"dl", "deciliter"}, {"l", "liter"}, {"\xC2\xB0" "C", "grader"}, {"\xC2\xB0", "grader"}},
                               false, "minus",
                               {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
                                "december"},
                               {{"MWh", "megawatttime"}, {"kWh", "kilowatttime"}, {"GWh", "gigawatttime"}},
                               "hundrede",
                               {"f\xC3\xB8rste", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
                                "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende", "nittende",
                                "tyvende"}};
    static const Style kNorwegian{"klokka", "til", {"punktum", "krøllalfa"},
                                  {{"MWh", "megawattimer"}, {"kWh", "kilowattimer"}, {"GWh", "gigawattimer"}, {"MW", "megawatt"},
                                   {"kW", "kilowatt"}, {"km\xC2\xB2", "kvadratkilometer"}, {"GHz", "gigahertz"}, {"MHz", "megahertz"}, {"Hz", "hertz"}, {"mAh", "milliamperetimer"}, {"W", "watt"},
                                 {"nm", "nanometer"}, {"TB", "terabyte"}, {"GB", "gigabyte"}, {"Gbit/s", "gigabit per sekund"}, {"Mbit/s", "megabit per sekund"}, {"m\xC2\xB2", "kvadratmeter"},
                                   {"m\xC2\xB3", "kubikmeter"}, {"kg", "kilo"}, {"g", "gram"}, {"ml", "milliliter"}, {"cl", "centiliter"}, {"dl", "deciliter"}, {"l", "liter"}, {"\xC2\xB0" "C", "grader"}, {"\xC2\xB0", "grader"}},
                                  false, "minus",
                                  {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
                                   "desember"},
                                  {{"MWh", "megawattime"}, {"kWh", "kilowattime"}, {"GWh", "gigawattime"}},
                                  "hundre og",
                                  {"f\xC3\xB8rste", "andre", "tredje", "fjerde", "femte", "sjette", "sjuende", "\xC3\xA5ttende", "niende",
                                   "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende",
                                   "nittende", "tjuende"}};
    if (primary == "sv") return kSwedish;
    if (primary == "da") return kDanish;
    return kNorwegian;
}

// "06.30", "18.30", "13.00": a clock's hours and minutes, "06 30", "13" on the hour; `i` when none starts there.
std::size_t clockAt(const std::string& text, std::size_t i, std::string& spoken) {
    std::size_t e = i;
    while (e < text.size() && isAsciiDigit(text[e])) ++e;
    if (e == i || e - i > 2 || e + 2 >= text.size() || text[e] != '.' || !isAsciiDigit(text[e + 1]) || !isAsciiDigit(text[e + 2]) ||
        (e + 3 < text.size() && isAsciiDigit(text[e + 3])) || std::stoi(text.substr(i, e - i)) > 24 || std::stoi(text.substr(e + 1, 2)) > 59 ||
        // (Nor a date's day and month, "01.07.2024".)
        (e + 4 < text.size() && text[e + 3] == '.' && isAsciiDigit(text[e + 4]))) {
        return i;
    }
    // (The hour without its nought: eSpeak NG says "06" as "null seks".)
    const std::string hour = e - i == 2 && text[i] == '0' ? text.substr(i + 1, 1) : text.substr(i, e - i);
    spoken = hour + (text.compare(e + 1, 2, "00") == 0 ? "" : " " + text.substr(e + 1, 2));
    return e + 3;
}

// A day of the month as Swedish says it, an ordinal ("7 april" is "sjunde april"; eSpeak NG says "sju").
std::string swedishDay(int day) {
    static constexpr std::array<std::string_view, 32> kDays{
        "", "f\xC3\xB6rsta", "andra", "tredje", "fj\xC3\xA4rde", "femte", "sj\xC3\xA4tte", "sjunde", "\xC3\xA5ttonde", "nionde",
        "tionde", "elfte", "tolfte", "trettonde", "fjortonde", "femtonde", "sextonde", "sjuttonde", "artonde", "nittonde", "tjugonde",
        "tjugof\xC3\xB6rsta", "tjugoandra", "tjugotredje", "tjugofj\xC3\xA4rde", "tjugofemte", "tjugosj\xC3\xA4tte", "tjugosjunde",
        "tjugo\xC3\xA5ttonde", "tjugonionde", "trettionde", "trettiof\xC3\xB6rsta"};
    return day >= 1 && day <= 31 ? std::string(kDays[static_cast<std::size_t>(day)]) : std::to_string(day);
}

// "31.12.2029", "1.10.2025": a date in figures, day first, said with its month's name ("31. desember 2029";
// Swedish, "31 december 2029"). `i` when none starts there.
std::size_t dottedDateAt(const std::string& text, std::size_t i, const Style& style, std::string& spoken) {
    if (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ',')) return i;
    std::size_t d = i;
    while (d < text.size() && isAsciiDigit(text[d])) ++d;
    std::size_t m = d + 1;
    while (m < text.size() && isAsciiDigit(text[m])) ++m;
    std::size_t y = m + 1;
    while (y < text.size() && isAsciiDigit(text[y])) ++y;
    // ("den 20.9", "den 3.10.", "fredag 11/10": a day and a month without their year after "den" or a weekday, as the
    // Nordic papers write them; a decimal there would have a comma.)
    const std::string wordBefore = lowerWordBefore(text, i);
    bool weekday = false;
    for (const char* w : {"m\xC3\xA5ndag", "tisdag", "onsdag", "torsdag", "fredag", "l\xC3\xB6rdag", "s\xC3\xB6ndag", "mandag", "tirsdag",
                          "l\xC3\xB8rdag", "s\xC3\xB8ndag"}) {
        weekday = weekday || wordBefore == w;
    }
    // (Not a share of them: "Den 3/4 av väljarna".)
    const bool shareOf = m + 3 < text.size() && (text.compare(m, 4, " av ") == 0 || text.compare(m, 4, " af ") == 0);
    const bool slashed = d < text.size() && text[d] == '/' && (weekday || wordBefore == "den") && (m >= text.size() || text[m] != '/') && !shareOf;
    // (Or with its month's dot too where the sentence goes on after it, "på Aspmyra 8.12. selges": no time, "avgår 8.05.", nor
    // a decimal has a dot there but the sentence's own.)
    const bool twoDots = d < text.size() && text[d] == '.' && m + 2 < text.size() && text[m] == '.' && text[m + 1] == ' ' &&
                         (std::islower(static_cast<unsigned char>(text[m + 2])) || static_cast<unsigned char>(text[m + 2]) >= 0xC3) &&
                         !(wordBefore == "versjon" || wordBefore == "version" || wordBefore == "punkt" || wordBefore == "kapittel" ||
                           wordBefore == "kapitel" || wordBefore == "avsnitt" || wordBefore == "afsnit" || wordBefore == "paragraf" ||
                           wordBefore == "ios" || wordBefore == "android" || wordBefore == "windows" || wordBefore == "macos" ||
                           wordBefore == "tabell" || wordBefore == "tabel" || wordBefore == "figur" || wordBefore == "del");
    if (d > i && d - i <= 2 && d < text.size() && (text[d] == '.' || slashed) && m > d + 1 && m - d - 1 <= 2 &&
        (m >= text.size() || text[m] != '.' || y == m + 1) && (m >= text.size() || !isWordByte(text[m])) && (wordBefore == "den" || weekday || twoDots)) {
        const int day = std::stoi(text.substr(i, d - i)), month = std::stoi(text.substr(d + 1, m - d - 1));
        if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
            spoken = std::string(weekday ? "den " : "") + (style.swedish ? swedishDay(day) + " " : std::to_string(day) + ". ") +
                     std::string(style.months[static_cast<std::size_t>(month - 1)]);
            // (The month's dot goes where the sentence goes on in small letters or figures, "den 3.10. i Oslo"; before a
            // capital it also ends the sentence, "den 14.9. Arbeiderpartiet leder", and stays.)
            const bool goesOn = m + 2 < text.size() && text[m + 1] == ' ' &&
                                (std::islower(static_cast<unsigned char>(text[m + 2])) || isAsciiDigit(text[m + 2]));
            return m < text.size() && text[m] == '.' && goesOn ? m + 1 : m;
        }
    }
    if (d == i || d - i > 2 || d >= text.size() || text[d] != '.' || m == d + 1 || m - d - 1 > 2 || m >= text.size() || text[m] != '.' ||
        y - m - 1 != 4 || (y < text.size() && (isWordByte(text[y]) || (text[y] == '.' && y + 1 < text.size() && isAsciiDigit(text[y + 1]))))) {
        return i;
    }
    const int day = std::stoi(text.substr(i, d - i)), month = std::stoi(text.substr(d + 1, m - d - 1));
    if (day < 1 || day > 31 || month < 1 || month > 12) return i;
    spoken = (style.swedish ? swedishDay(day) + " " : std::to_string(day) + ". ") + std::string(style.months[static_cast<std::size_t>(month - 1)]) +
             " " + text.substr(m + 1, 4);
    return y;
}

// Whether one of the style's months is named at `at`, a whole word ("7 april", not "aprils").
bool monthNamedAt(const std::string& text, std::size_t at, const Style& style) {
    for (const std::string_view month : style.months) {
        if (text.compare(at, month.size(), month) == 0 && (at + month.size() >= text.size() || !isWordByte(text[at + month.size()]))) return true;
    }
    return false;
}

// "20 nov.", "3. des. 2024": a month written short after its day, its name said whole ("nov" is eSpeak NG's syllable) for the
// date's rules to read with the day. (The dot that also ends the sentence stays for it.)
std::size_t shortMonthAt(const std::string& text, std::size_t i, const Style& style, std::string& spoken) {
    if (i < 2 || text[i - 1] != ' ' || !(isAsciiDigit(text[i - 2]) || (i >= 3 && text[i - 2] == '.' && isAsciiDigit(text[i - 3])))) return i;
    for (const std::string_view month : style.months) {
        for (const std::size_t letters : {std::size_t{3}, std::size_t{4}}) {
            if (month.size() <= letters || text.compare(i, letters, month.substr(0, letters)) != 0 || i + letters >= text.size() ||
                text[i + letters] != '.') {
                continue;
            }
            const std::size_t end = i + letters + 1;
            const bool endsSentence = end >= text.size() || (end + 1 < text.size() && text[end] == ' ' && std::isupper(static_cast<unsigned char>(text[end + 1])));
            spoken = std::string(month) + (endsSentence ? "." : "");
            return end;
        }
    }
    return i;
}

// A lexicon match as the rules see it, one private-use character: "kl." expanded.
bool lexiconMatchBefore(const std::string& text, std::size_t at) {
    return at >= 4 && text[at - 1] == ' ' && isLexiconPlaceholderAt(text, at - 4);
}

// What a figure measures when a word for it follows (the figure's span "til" another perhaps): "fra 4.50 til
// 4.25 prosent" is a rate, "fra 10.50 kroner" a price, not times of day.
bool measuredAfter(const std::string& text, std::size_t at) {
    std::size_t k = at;
    const auto skipFigure = [&] {
        while (k < text.size() && (isAsciiDigit(text[k]) || text[k] == '.' || text[k] == ',')) ++k;
    };
    skipFigure();
    for (const char* until : {" til ", " till "}) {
        if (text.compare(k, std::strlen(until), until) == 0 && k + std::strlen(until) < text.size() && isAsciiDigit(text[k + std::strlen(until)])) {
            k += std::strlen(until);
            skipFigure();
        }
    }
    while (k < text.size() && text[k] == ' ') ++k;
    // (A word the lexicon said, one private-use character here, is a unit written short: "12.00 kr.")
    if (k < text.size() && (text[k] == '%' || isLexiconPlaceholderAt(text, k))) return true;
    std::size_t e = k;
    while (e < text.size() && isWordByte(text[e])) ++e;
    const std::string word = lowerAscii(text.substr(k, e - k));
    for (const char* unit : {"prosent", "procent", "kroner", "kronor", "kr", "euro", "dollar", "meter", "kilo", "liter", "grader", "mio",
                             "mill", "milliarder", "miljoner", "millioner", "prosentpoeng", "procentenheter"}) {
        if (word == unit) return true;
    }
    return false;
}

// "klokka 06.45, 07.45, 15.30 og 16.30": a time in a list of times, after another with a comma or "og".
bool afterListedClock(const std::string& text, std::size_t at) {
    std::size_t k = at;
    if (k >= 2 && text.compare(k - 2, 2, ", ") == 0) {
        k -= 2;
    } else {
        bool joined = false;
        for (const char* w : {" og ", " och ", " eller ", " samt "}) {
            const std::size_t n = std::strlen(w);
            if (!joined && k >= n && text.compare(k - n, n, w) == 0) {
                k -= n;
                joined = true;
            }
        }
        if (!joined) return false;
    }
    std::size_t start = k;
    while (start > 0 && (isAsciiDigit(text[start - 1]) || text[start - 1] == '.')) --start;
    std::string clock;
    if (start >= k || (start > 0 && isWordByte(text[start - 1])) || clockAt(text, start, clock) != k) return false;
    // (The time before it right after the lexicon's "kl.", or itself in the list: "kl. 07.30, 09.30 og 11.30".)
    if (lexiconMatchBefore(text, start) || afterListedClock(text, start)) return true;
    // (A list the clock's word opened: "klokka 06.45, 07.45 og 15.30"; "Fristene er 15.03, 15.06 og 15.09" are dates.)
    const std::string lead = lowerAscii(text.substr(start >= 60 ? start - 60 : 0, std::min<std::size_t>(start, 60)));
    return lead.find("kl.") != std::string::npos || lead.find("kl ") != std::string::npos || lead.find("klokk") != std::string::npos ||
           lead.find("klock") != std::string::npos;
}

// "8–17", "9-16" after a word of the clock: hours alone, a span, "8 till 17". Returns where it ends, or h.
std::size_t hourSpanAt(const std::string& text, std::size_t h, std::string_view until, std::string& spoken) {
    const std::size_t a = digitsEnd(text, h);
    const std::size_t dash = text.compare(a, 3, "\xE2\x80\x93") == 0 ? 3 : (a < text.size() && text[a] == '-') ? 1 : 0;
    const std::size_t b = dash == 0 ? a : digitsEnd(text, a + dash);
    // (Not a figure going on after it: "8-17,5", "8-17.30".)
    const bool goesOn = b + 1 < text.size() && (text[b] == '.' || text[b] == ',') && isAsciiDigit(text[b + 1]);
    if (a == h || a - h > 2 || dash == 0 || b == a + dash || b - a - dash > 2 || (b < text.size() && isWordByte(text[b])) || goesOn) {
        return h;
    }
    if (std::stoi(text.substr(h, a - h)) > 24 || std::stoi(text.substr(a + dash, b - a - dash)) > 24) return h;
    spoken = text.substr(h, a - h) + " " + std::string(until) + " " + text.substr(a + dash, b - a - dash);
    return b;
}

// "fra klokken 17.00 til 20.30", "mellan 9.15 och 10.00": a word that gives a time before the figure.
bool clockWordBefore(const std::string& text, std::size_t at) {
    if (at >= 4 && afterListedClock(text, at) && !measuredAfter(text, at)) return true;
    if (at < 3 || text[at - 1] != ' ' || measuredAfter(text, at)) return false;
    std::size_t start = at - 1;
    while (start > 0 && isWordByte(text[start - 1])) --start;
    const std::string word = lowerAscii(text.substr(start, at - 1 - start));
    // ("til"/"till" only after another time, "17.00 til 20.30": "sänktes till 2.25 procent" is a rate.)
    if (word == "til" || word == "till") {
        std::string before;
        return start >= 2 && text[start - 1] == ' ' && clockAt(text, start >= 6 && isAsciiDigit(text[start - 6]) ? start - 6 : start - 5, before) == start - 1;
    }
    for (const char* w : {"klockan", "klokken", "klokka", "kl", "fra", "fr\xC3\xA5n", "fr\xC3\xA5", "mellom", "mellan", "innan",
                          "f\xC3\xB8r", "f\xC3\xB6re", "efter", "etter", "senest", "sidan", "siden"}) {
        if (word == w) return true;
    }
    return false;
}

// "1588": a year before 1900 by its hundreds, "15 hundrede 88" (eSpeak NG says a year so only from 1900 on,
// and "et tusind femhundrede otteogfirs" before); other figures as they are.
std::string yearSaid(const std::string& digits, const Style& style) {
    const int year = std::stoi(digits);
    if (digits.size() != 4 || year < 1100 || year > 1899) return digits;
    const int rest = year % 100;
    if (rest == 0) return std::to_string(year / 100) + " " + std::string(style.hundred.substr(0, style.hundred.find(' ')));
    return std::to_string(year / 100) + " " + std::string(style.hundred) + " " + std::to_string(rest);
}

// "Frederik 10.", "kong Christian 4.", "Christian 7.s Palæ": a ruler's number, "Frederik den tiende" ("den
// syvendes" for the genitive); `i` when none starts there. Only after a name that rulers bear, or any name
// after "kong", "dronning".
std::size_t regnalNumberAt(const std::string& text, std::size_t i, const Style& style, std::string& spoken) {
    if (style.regnal[0].empty() || !std::isupper(static_cast<unsigned char>(text[i]))) return i;
    std::size_t e = i;
    while (e < text.size() && isWordByte(text[e])) ++e;
    if (e + 3 > text.size() || text[e] != ' ') return i;
    const std::string name = text.substr(i, e - i);
    static const char* const kRulers[] = {"Frederik", "Christian", "Margrethe", "Harald", "Olav", "Haakon", "H\xC3\xA5kon", "Magnus",
                                          "Erik", "Eirik", "Valdemar", "Knud", "Oluf", "Christoffer", "Sverre", "Sigurd",
                                          "Karl", "Carl", "Gustav", "Oscar", "Oskar"};
    bool ruler = false;
    for (const char* r : kRulers) ruler = ruler || name == r;
    const std::string before = lowerUtf8(text.substr(i >= 11 ? i - 11 : 0, i >= 11 ? 11 : i));
    ruler = ruler || before.ends_with("kong ") || before.ends_with("dronning ") || before.ends_with("kung ") || before.ends_with("drottning ") ||
            before.ends_with("p\xC3\xA5ve ") || before.ends_with("pave ") || before.ends_with("kungen ");
    // "Karl XII", "Carl XVI Gustaf", "Karl XII:s torg": the number in Roman numerals, as Swedish writes it,
    // "den tolfte", its genitive after a colon, "den tolftes".
    if (ruler && (text[e + 1] == 'I' || text[e + 1] == 'V' || text[e + 1] == 'X')) {
        std::size_t r = e + 1;
        while (r < text.size() && (text[r] == 'I' || text[r] == 'V' || text[r] == 'X')) ++r;
        const int n = romanNumeralValue(std::string_view(text).substr(e + 1, r - e - 1));
        const bool genitive = text.compare(r, 2, ":s") == 0 && (r + 2 >= text.size() || !isWordByte(text[r + 2]));
        const std::size_t end = genitive ? r + 2 : r;
        if (n >= 1 && n <= 20 && (end >= text.size() || !isWordByte(text[end]))) {
            spoken = name + " den " + std::string(style.regnal[static_cast<std::size_t>(n - 1)]) + (genitive ? "s" : "");
            return end;
        }
    }
    if (!isAsciiDigit(text[e + 1])) return i;
    std::size_t d = e + 1;
    while (d < text.size() && isAsciiDigit(text[d])) ++d;
    if (!ruler || d - e - 1 > 2 || d >= text.size() || text[d] != '.') return i;
    const int n = std::stoi(text.substr(e + 1, d - e - 1));
    if (n < 1 || n > 20) return i;
    const bool genitive = d + 1 < text.size() && text[d + 1] == 's' && (d + 2 >= text.size() || !isWordByte(text[d + 2]));
    std::size_t end = genitive ? d + 2 : d + 1;
    if (end < text.size() && isWordByte(text[end])) return i;
    spoken = name + " den " + std::string(style.regnal[static_cast<std::size_t>(n - 1)]) + (genitive ? "s" : "");
    // (Its dot may end the sentence too: "…kong Frederik 9. Hun har…", "…Frederik 10.")
    if (!genitive && (end >= text.size() || (end + 1 < text.size() && text[end] == ' ' && std::isupper(static_cast<unsigned char>(text[end + 1]))))) {
        --end;
    }
    return end;
}

// "6,50 kr", "187,60 kroner", "1.234,75 kr.", "2,50 euro": kroner and øre (kronor and öre), "seks kroner og femti øre", as a
// newsreader says a price (eSpeak NG says the øre figure by figure after "komma", "fem null"); whole kroner after
// ",00". Sets `spoken` and returns where the amount and its word end, or returns `i`. (Not a price by its measure,
// "2,50 kr./kWh": the unit rule's "per".)
std::size_t kronerAt(const std::string& text, std::size_t i, bool swedish, std::string& spoken) {
    if ((i > 0 && isWordByte(text[i - 1])) || !isAsciiDigit(text[i])) return i;
    // (Thousands apart by a space, or by a point outside Sweden: "1 234,50", "1.234,75".)
    const auto grouped = [&](std::size_t e) {
        return (text[e] == ' ' || (text[e] == '.' && !swedish)) && e + 3 < text.size() && isAsciiDigit(text[e + 1]) &&
               isAsciiDigit(text[e + 2]) && isAsciiDigit(text[e + 3]);
    };
    std::size_t e = i;
    while (e < text.size() && (isAsciiDigit(text[e]) || grouped(e))) ++e;
    if (e + 2 >= text.size() || text[e] != ',' || !isAsciiDigit(text[e + 1]) || !isAsciiDigit(text[e + 2]) ||
        (e + 3 < text.size() && isAsciiDigit(text[e + 3]))) {
        return i;
    }
    std::size_t c = e + 3;
    if (c < text.size() && text[c] == ' ') ++c;
    std::size_t length = 0;
    // (Euros and their cents too: "2,50 euro", "12,90 €".)
    bool euro = false;
    for (const char* word : {"kroner", "kronor", "kr.", "kr", "euro", "\xE2\x82\xAC"}) {
        const std::size_t n = std::strlen(word);
        if (length == 0 && text.compare(c, n, word) == 0 &&
            (word[n - 1] == '.' || c + n >= text.size() || !isWordByte(text[c + n]) || word[0] == '\xE2')) {
            length = n;
            euro = word[0] == 'e' || word[0] == '\xE2';
        }
    }
    if (length == 0) return i;
    std::string whole;
    for (std::size_t k = i; k < e; ++k) {
        if (isAsciiDigit(text[k])) whole += text[k];
    }
    const std::string ore = text[e + 1] == '0' ? text.substr(e + 2, 1) : text.substr(e + 1, 2);
    const std::string crowns = euro ? "euro" : swedish ? "kronor" : "kroner", coins = euro ? "cent" : swedish ? "\xC3\xB6re" : "\xC3\xB8re",
                      joint = swedish ? " och " : " og ";
    spoken = whole == "0" ? ore + " " + coins
                          : whole + " " + (whole == "1" ? (euro ? "euro" : swedish ? "krona" : "krone") : crowns) + (ore == "0" ? "" : joint + ore + " " + coins);
    std::size_t end = c + length;
    // (The dot of "kr." that also ends the sentence stays for it.)
    if (text[end - 1] == '.' && end >= text.size()) --end;
    return end;
}

// "SL:s", "SVT:s", "EU:s", "FN:n": Swedish initialisms with their genitive's or their definite form's ending after a colon,
// which eSpeak NG reads as the letters and then the ending's letter, "ess-ell ess". A newsreader says the ending on the last
// letter's name, "ess-ells", "e-us"; capitals that make syllables are a word with its ending on it ("NATO:s" "Natos").
std::size_t swedishInitialismEndingAt(const std::string& text, std::size_t i, std::string& spoken) {
    static const std::map<char, std::string> kNames{{'A', "a"}, {'B', "be"}, {'C', "se"}, {'D', "de"}, {'E', "e"}, {'F', "eff"},
                                                    {'G', "ge"}, {'H', "h\xC3\xA5"}, {'I', "i"}, {'J', "ji"}, {'K', "k\xC3\xA5"},
                                                    {'L', "ell"}, {'M', "emm"}, {'N', "enn"}, {'O', "o"}, {'P', "pe"}, {'Q', "ku"},
                                                    {'R', "\xC3\xA4rr"}, {'S', "ess"}, {'T', "te"}, {'U', "u"}, {'V', "ve"},
                                                    {'W', "dubbelve"}, {'X', "eks"}, {'Y', "y"}, {'Z', "s\xC3\xA4ta"}};
    if (i > 0 && isWordByte(text[i - 1])) return i;
    std::size_t end = i;
    while (end < text.size() && text[end] >= 'A' && text[end] <= 'Z') ++end;
    if (end - i < 2 || end - i > 5 || end + 1 >= text.size() || text[end] != ':') return i;
    std::size_t ending = end + 1;
    while (ending < text.size() && std::islower(static_cast<unsigned char>(text[ending]))) ++ending;
    const std::string suffix = text.substr(end + 1, ending - end - 1);
    if ((ending < text.size() && isWordByte(text[ending])) ||
        (suffix != "s" && suffix != "n" && suffix != "en" && suffix != "ens" && suffix != "et" && suffix != "ets" && suffix != "ns")) {
        return i;
    }
    const std::string letters = text.substr(i, end - i);
    // (A ruler's number after his name is the ordinals' rule's: "Karl XII:s torg" "Karl den tolftes"; "DVD:s" is letters.)
    if (letters.find_first_not_of("IVXLCDM") == std::string::npos && i >= 2 && text[i - 1] == ' ') {
        std::size_t name = i - 1;
        while (name > 0 && isWordByte(text[name - 1])) --name;
        if (name < i - 1 && std::isupper(static_cast<unsigned char>(text[name]))) return i;
    }
    if (capitalsAlternate(letters)) {
        spoken = letters.substr(0, 1) + lowerAscii(letters.substr(1)) + suffix;
        return ending;
    }
    spoken.clear();
    for (std::size_t k = 0; k < letters.size(); ++k) spoken += (k == 0 ? "" : "-") + kNames.at(letters[k]);
    spoken += suffix;
    return ending;
}

class Scandinavian : public LanguageRules {
public:
    Scandinavian(const Style& style, const std::vector<std::pair<std::string_view, std::string_view>>& parties)
        : style_(style), parties_(parties) {}
    // After the lexicon: a unit it said in the plural after "1" in the singular, Swedish "1 tim." "en timme" (not "1 timmar").
    std::string agree(const std::string& text, std::vector<Rewrite>* log) const override {
        if (!style_.swedish) return text;
        std::string out = text;
        // "tionde", "fyrtionde", "tiondel": eSpeak NG says the "tion" of "station" in them, "sjonde", near "sjunde" (seventh); with
        // a "j" it says "ti-onde". (After "tret", "sjut", "åt", "nit" it says them right.)
        for (std::size_t at = out.find("ionde"); at != std::string::npos; at = out.find("ionde", at + 1)) {
            if (at == 0 || (out[at - 1] != 't' && out[at - 1] != 'T')) continue;
            std::size_t start = at - 1;
            while (start > 0 && isWordByte(out[start - 1])) --start;
            const std::string head = lowerAscii(out.substr(start, at - 1 - start));
            if (!head.empty() && head != "fyr" && head != "fem" && head != "sex") continue;
            out.insert(at + 1, "j");
        }
        // ("45 min. utan paus": minutes after a figure; "mamma min." is a pronoun.)
        for (std::size_t at = out.find(" min"); at != std::string::npos; at = out.find(" min", at + 1)) {
            const std::size_t end = at + 4;
            const bool figure = at > 0 && isAsciiDigit(out[at - 1]);
            if (!figure || (end < out.size() && isWordByte(out[end]))) continue;
            const bool dot = end + 2 < out.size() && out[end] == '.' && out[end + 1] == ' ' &&
                             std::islower(static_cast<unsigned char>(out[end + 2]));
            if (log != nullptr) log->push_back({out.substr(at + 1, dot ? 4 : 3), "minuter", "unit"});
            out.replace(at + 1, dot ? 4 : 3, "minuter");
        }
        if (out.find("1 ") == std::string::npos) return out;
        for (const auto& [many, one] : {std::pair<std::string_view, std::string_view>{"1 timmar", "en timme"}, {"1 minuter", "en minut"},
                                        {"1 sekunder", "en sekund"}, {"1 veckor", "en vecka"}, {"1 m\xC3\xA5nader", "en m\xC3\xA5nad"},
                                        {"1 kronor", "en krona"}}) {
            for (std::size_t at = out.find(many); at != std::string::npos; at = out.find(many, at + 1)) {
                // (Not a decimal's last figure, its comma said already: "2 komma 1 kronor".)
                const bool start = (at == 0 || !(std::isalnum(static_cast<unsigned char>(out[at - 1])) || out[at - 1] == ',' || out[at - 1] == '.')) &&
                                   lowerWordBefore(out, at) != "komma";
                const std::size_t end = at + many.size();
                if (!start || (end < out.size() && isWordByte(out[end]))) continue;
                if (log != nullptr) log->push_back({std::string(many), std::string(one), "number"});
                out.replace(at, many.size(), one);
            }
        }
        return out;
    }
    // Before the lexicon, which says "kr" alone and spells "Ap": an amount of kroner with its øre, and a party's
    // letters in brackets, "(Ap)", while they are still as written.
    std::string beforeLexicon(const std::string& given, std::vector<Rewrite>* log) const override {
        const std::string ended = !style_.swedish || given.find(':') == std::string::npos
                                      ? given
                                      : rewriteEach(given, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
                                            kind = "initialism";
                                            return swedishInitialismEndingAt(given, i, spoken);
                                        });
        const std::string dated = rewriteEach(ended, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
            kind = "date";
            return shortMonthAt(ended, i, style_, spoken);
        });
        const std::string text = dated.find('(') == std::string::npos ? dated : rewriteEach(dated, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
            kind = "abbreviation";
            return partyAt(dated, i, spoken);
        });
        if (text.find("kr") == std::string::npos && text.find("euro") == std::string::npos && text.find("\xE2\x82\xAC") == std::string::npos) return text;
        return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
            kind = "money";
            return kronerAt(text, i, style_.swedish, spoken);
        });
    }
    std::string apply(const std::string& given, std::vector<Rewrite>* log) const override {
        // (Swedish says its decimal comma below: the minus is said first, while "−41,2" still shows a measure.)
        const std::string text = style_.swedish ? withMinusSaid(given, style_.minus, log) : given;
        const std::string out = rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
            const bool boundary = i == 0 || !isWordByte(text[i - 1]);
            std::size_t end = i;
            // "62 mm", "30-50 mm regn": millimetres after their figure, which eSpeak NG spells ("em em"); "mm." alone is "og
            // mere" and "Mm," a sound, the lexicon's and the voice's.
            if (boundary && text.compare(i, 2, "mm") == 0 && (i + 2 >= text.size() || !isWordByte(text[i + 2])) && i >= 2 && text[i - 1] == ' ' &&
                isAsciiDigit(text[i - 2])) {
                kind = "unit";
                spoken = "millimeter";
                return i + 2;
            }
            kind = "address";
            if (boundary) end = spokenAddressAt(text, i, {style_.address.first, style_.address.second}, spoken);
            // "1 240 000 kronor": eSpeak NG's Swedish says a million and more under two without its "en" ("miljon
            // tvåhundrafyrtiotusen"); the "en" is said before the figure, which it then reads whole, its stress on
            // "miljon"'s last syllable. (Its Danish and Norwegian say it.)
            if (end == i && boundary && style_.swedish && text[i] == '1' && (i == 0 || (text[i - 1] != ',' && text[i - 1] != '.'))) {
                std::size_t k = i + 1;
                std::string rest;
                const bool spaced = k < text.size() && (text[k] == ' ' || text.compare(k, 2, "\xC2\xA0") == 0);
                if (!spaced && digitsEnd(text, k) == k + 6) {
                    rest = text.substr(k, 6);
                    k += 6;
                }
                for (int group = 0; spaced && group < 2; ++group) {
                    const std::size_t gap = text[k] == ' ' ? 1 : text.compare(k, 2, "\xC2\xA0") == 0 ? 2 : 0;
                    if (gap == 0 || digitsEnd(text, k + gap) != k + gap + 3) {
                        rest.clear();
                        break;
                    }
                    rest += text.substr(k + gap, 3);
                    k += gap + 3;
                }
                if (rest.size() == 6 && (k >= text.size() || (!isAsciiDigit(text[k]) && !(text[k] == ' ' && k + 1 < text.size() && isAsciiDigit(text[k + 1]))))) {
                    kind = "number";
                    spoken = "en " + text.substr(i, k - i);
                    end = k;
                }
            }
            // "ved 04-tiden", "vid 06-tiden": an hour's time of day without its leading zero ("nul fire").
            if (end == i && boundary && text[i] == '0' && i + 2 < text.size() && isAsciiDigit(text[i + 1]) && text.compare(i + 2, 6, "-tiden") == 0) {
                kind = "time";
                spoken = std::string(1, text[i + 1]);
                end = i + 2;
            }
            // "4,50 kr. pr. pose", "kr. pr. kWh": "per" (small letters: "ren PR." is public relations).
            if (end == i && boundary && text.compare(i, 4, "pr. ") == 0 && i + 4 < text.size() && isWordByte(text[i + 4])) {
                kind = "abbreviation";
                spoken = "per ";
                end = i + 4;
            }
            if (end == i) kind = "time";
            // "2.51,34", "1.23,4": a race's minutes, then its seconds with their hundredths, as ski and skating results
            // write them ("to minutter, femtien komma trettifire"; eSpeak NG said "to punktum femtien"). Two figures after
            // the dot are no thousands, and a clock has no decimals.
            if (end == i && boundary && isAsciiDigit(text[i]) && !(i > 0 && (text[i - 1] == '.' || text[i - 1] == ','))) {
                const std::size_t a = digitsEnd(text, i);
                if (a - i <= 2 && a + 5 <= text.size() && text[a] == '.' && isAsciiDigit(text[a + 1]) && isAsciiDigit(text[a + 2]) &&
                    text[a + 3] == ',' && isAsciiDigit(text[a + 4]) && text[a + 1] <= '5') {
                    const std::size_t f = digitsEnd(text, a + 4);
                    if (f - a - 4 <= 2 && (f >= text.size() || (!isWordByte(text[f]) && !(text[f] == '.' && f + 1 < text.size() && isAsciiDigit(text[f + 1]))))) {
                        const std::string minutes = text.substr(i, a - i);
                        const std::string one = style_.clock == "klokka" ? "minutt" : "minut", many = style_.swedish ? "minuter" : "minutter";
                        // (Seconds under ten without their nought: "1.05,3" is "1 minutt, 5,3".)
                        spoken = minutes + " " + (minutes == "1" ? one : many) + ", " + text.substr(text[a + 1] == '0' ? a + 2 : a + 1, f - a - (text[a + 1] == '0' ? 2 : 1));
                        end = f;
                    }
                }
            }
            // "kl. 14.30", "klockan 9.15": the clock, "klockan fjorton trettio". (The lexicon may have said "kl."
            // already: a time after any of its words.)
            const std::string word = std::string(style_.clock) + " ";
            const bool kl = text.compare(i, 4, "kl. ") == 0 || text.compare(i, 4, "Kl. ") == 0;
            const bool bareKl = text.compare(i, 3, "kl ") == 0 || text.compare(i, 3, "Kl ") == 0;
            if (end == i && boundary && (kl || bareKl || text.compare(i, word.size(), word) == 0)) {
                std::string clock;
                const std::size_t h = i + (kl ? 4 : bareKl ? 3 : word.size());
                if (const std::size_t e = clockAt(text, h, clock); e != h) {
                    spoken = std::string(style_.clock) + " " + clock;
                    end = e;
                } else if (const std::size_t e = hourSpanAt(text, h, style_.until, clock); e != h) {
                    spoken = std::string(style_.clock) + " " + clock;
                    end = e;
                } else if (h + 1 < text.size() && text[h] == '0' && isAsciiDigit(text[h + 1]) && text[h + 1] != '0' &&
                           (h + 2 >= text.size() || (!isWordByte(text[h + 2]) && text[h + 2] != '.' && text[h + 2] != ':' && text[h + 2] != ','))) {
                    // ("klokka 09 til 15": an hour alone with its nought, said without it.)
                    spoken = std::string(style_.clock) + " " + text.substr(h + 1, 1);
                    end = h + 2;
                }
            }
            // "06.30–18.30", "9.15": a dotted clock (these languages write decimals with a comma), and a dash
            // between two such times is "till". (Only a range of two, an hour written with its zero, "06.30",
            // or a time after the lexicon's "kl.": "2.25 procent", a decimal copied with a point, stays a number.)
            if (end == i && boundary && isAsciiDigit(text[i]) && !(i > 0 && (text[i - 1] == '.' || text[i - 1] == ','))) {
                std::string first, second;
                const std::size_t e = clockAt(text, i, first);
                const std::size_t dash = text.compare(e, 3, "\xE2\x80\x93") == 0 ? 3 : (e < text.size() && text[e] == '-') ? 1 : 0;
                if (e != i && dash != 0 && e + dash < text.size()) {
                    if (const std::size_t f = clockAt(text, e + dash, second); f != e + dash) {
                        spoken = first + " " + std::string(style_.until) + " " + second;
                        end = f;
                    }
                }
                // ("mellan lag 7–10", "på plats 1–6", "sidorna 12–15": a span of places, teams or pages, "7 till 10"; eSpeak NG
                // said "sju tio". Only after such a word: "vann 3–2" is a score.)
                const std::string word = lowerWordBefore(text, i);
                if (end == i && e == i) {
                    const std::size_t a = digitsEnd(text, i);
                    const std::size_t d = text.compare(a, 3, "\xE2\x80\x93") == 0 ? 3 : (a < text.size() && text[a] == '-') ? 1 : 0;
                    const std::size_t b = d == 0 ? a : digitsEnd(text, a + d);
                    bool cue = false;
                    for (const char* w : {"plats", "platserna", "placering", "lag", "lagen", "mellan", "mellom", "sidorna", "sidene", "siderne",
                                          "sidor", "sider", "paragraferna", "kapitel", "kapitlen", "plads", "pladserne", "plass", "plassene",
                                          "\xC3\xA5ldern", "alderen", "alder", "\xC3\xA5r", "\xC3\xA5ren", "\xC3\xA5rene"}) {
                        cue = cue || word == w;
                    }
                    if (cue && d != 0 && a - i <= 4 && b > a + d && b - a - d <= 4 && (b >= text.size() || (!isWordByte(text[b]) && !((text[b] == ',' || text[b] == '.') && b + 1 < text.size() && isAsciiDigit(text[b + 1])))) &&
                        std::stoi(text.substr(i, a - i)) < std::stoi(text.substr(a + d, b - a - d))) {
                        spoken = text.substr(i, a - i) + " " + std::string(style_.until) + " " + text.substr(a + d, b - a - d);
                        end = b;
                    }
                }
                // ("kl. 8–17" after the lexicon's "kl.": hours alone, a span.)
                if (std::string span; end == i && e == i && (lexiconMatchBefore(text, i) || clockWordBefore(text, i))) {
                    if (const std::size_t f = hourSpanAt(text, i, style_.until, span); f != i) {
                        spoken = span;
                        end = f;
                    }
                }
                if (end == i && e != i && (text[i] == '0' || lexiconMatchBefore(text, i) || clockWordBefore(text, i))) {
                    spoken = first;
                    end = e;
                }
                // ("kl. 06 blev": an hour alone after the clock's word, its leading zero unsaid; and the hour that pairs with it,
                // "kl. 08 og 09".)
                const auto pairedHour = [&] {
                    if (i < 8 || text[i - 1] != ' ') return false;
                    std::size_t start = i - 1;
                    while (start > 0 && isWordByte(text[start - 1])) --start;
                    const std::string word = lowerAscii(text.substr(start, i - 1 - start));
                    if ((word != "og" && word != "och" && word != "eller" && word != "el") || start < 4 || text[start - 1] != ' ') return false;
                    const std::size_t hour = start - 3;
                    return text[hour] == '0' && isAsciiDigit(text[hour + 1]) && (lexiconMatchBefore(text, hour) || clockWordBefore(text, hour));
                };
                if (end == i && text[i] == '0' && i + 1 < text.size() && isAsciiDigit(text[i + 1]) &&
                    (i + 2 >= text.size() || (!isAsciiDigit(text[i + 2]) && !((text[i + 2] == '.' || text[i + 2] == ':' || text[i + 2] == ',') &&
                                                                             i + 3 < text.size() && isAsciiDigit(text[i + 3])))) &&
                    (lexiconMatchBefore(text, i) || clockWordBefore(text, i) || pairedHour())) {
                    spoken = text.substr(i + 1, 1);
                    end = i + 2;
                }
            }
            if (end == i) kind = "ordinal";
            if (end == i && boundary) end = regnalNumberAt(text, i, style_, spoken);
            if (end == i) kind = "date";
            if (end == i && boundary && isAsciiDigit(text[i])) end = dottedDateAt(text, i, style_, spoken);
            // "torsdag 27. mars": a Norwegian day past the twentieth before its month's name, as the ordinal it is
            // ("tjuesjuende"; eSpeak NG says "tjuende-sju").
            if (end == i && !style_.swedish && style_.clock == "klokka" && boundary && isAsciiDigit(text[i]) && i + 3 < text.size() &&
                isAsciiDigit(text[i + 1]) && text[i + 2] == '.' && text[i + 3] == ' ' && !(i > 0 && (text[i - 1] == '.' || text[i - 1] == ','))) {
                const int day = std::stoi(text.substr(i, 2));
                static constexpr std::array<std::string_view, 11> kDays{
                    "tjuef\xC3\xB8rste", "tjueandre", "tjuetredje", "tjuefjerde", "tjuefemte", "tjuesjette", "tjuesjuende", "tjue\xC3\xA5ttende",
                    "tjueniende", "trettiende", "trettif\xC3\xB8rste"};
                if (day >= 21 && day <= 31 && monthNamedAt(text, i + 4, style_)) {
                    spoken = std::string(kDays[static_cast<std::size_t>(day - 21)]);
                    end = i + 3;
                    kind = "date";
                }
            }
            // "den 7 april": a Swedish day before its month's name, as the ordinal it is said as. (Not the second of
            // two days, "7-9 april", "7 och 8 april", which stay figures alike.)
            const bool secondDay = i > 0 && (text[i - 1] == '-' || (i >= 6 && text.compare(i - 5, 5, " och ") == 0 && isAsciiDigit(text[i - 6])) ||
                                             (i >= 3 && text.compare(i - 3, 3, "\xE2\x80\x93") == 0));
            if (end == i && style_.swedish && boundary && isAsciiDigit(text[i]) && !secondDay && !(i > 0 && (text[i - 1] == '.' || text[i - 1] == ','))) {
                std::size_t d = i;
                while (d < text.size() && isAsciiDigit(text[d])) ++d;
                const int day = d - i <= 2 ? std::stoi(text.substr(i, d - i)) : 0;
                // ("11–13 oktober": a span of days, "elfte till trettonde oktober"; eSpeak NG said "elva tretton".)
                const std::size_t dash = text.compare(d, 3, "\xE2\x80\x93") == 0 ? 3 : (d < text.size() && text[d] == '-') ? 1 : 0;
                const std::size_t e = dash == 0 ? d : digitsEnd(text, d + dash);
                const int last = dash != 0 && e > d + dash && e - d - dash <= 2 ? std::stoi(text.substr(d + dash, e - d - dash)) : 0;
                if (day >= 1 && last > day && last <= 31 && e + 1 < text.size() && text[e] == ' ' && monthNamedAt(text, e + 1, style_)) {
                    spoken = swedishDay(day) + " " + std::string(style_.until) + " " + swedishDay(last);
                    end = e;
                }
                if (day >= 1 && day <= 31 && d + 1 < text.size() && text[d] == ' ' && monthNamedAt(text, d + 1, style_)) {
                    spoken = swedishDay(day);
                    end = d;
                }
            }
            // "i 2022-24", "1914–1918": a span of years, "2022 til 24".
            if (end == i && boundary && isAsciiDigit(text[i]) && (text[i] == '1' || text[i] == '2')) {
                std::size_t y = i;
                while (y < text.size() && isAsciiDigit(text[y])) ++y;
                const std::size_t dash = text.compare(y, 3, "\xE2\x80\x93") == 0 ? 3 : (y < text.size() && text[y] == '-') ? 1 : 0;
                std::size_t z = y + dash;
                while (z < text.size() && isAsciiDigit(text[z])) ++z;
                // (A later year, and no more figures after it: "2024-05-12" is a date, "2023-0145" a number.)
                const int from = std::stoi(text.substr(i, 4));
                const int to = z - y - dash == 2 || z - y - dash == 4 ? std::stoi(text.substr(y + dash, z - y - dash)) : 0;
                const bool later = z - y - dash == 2 ? to > from % 100 : to > from && to - from <= 100;
                // ("1 november 2026–31 mars 2027": a day and its month after the dash, no year's end.)
                std::size_t monthAt = z < text.size() && text[z] == ' ' ? z + 1 : z;
                std::size_t monthEnd = monthAt;
                while (monthEnd < text.size() && isWordByte(text[monthEnd])) ++monthEnd;
                const std::string month = lowerAscii(text.substr(monthAt, monthEnd - monthAt));
                bool dayNext = false;
                for (const char* m : {"januari", "januar", "februari", "februar", "mars", "marts", "april", "maj", "mai", "juni", "juli",
                                      "augusti", "august", "september", "oktober", "november", "december", "desember"}) {
                    dayNext = dayNext || (z - y - dash <= 2 && month == m);
                }
                if (y - i == 4 && dash != 0 && (z - y - dash == 2 || z - y - dash == 4) && later && from >= 1000 && !dayNext &&
                    (z >= text.size() || (!isWordByte(text[z]) && text[z] != '-' &&
                                          (text[z] != '.' || z + 1 >= text.size() || text[z + 1] == ' ')))) {
                    const std::string last = text.substr(y + dash, z - y - dash);
                    spoken = yearSaid(text.substr(i, 4), style_) + " " + std::string(style_.until) + " " + (last.size() == 4 ? yearSaid(last, style_) : last);
                    end = z;
                } else if (y - i == 4 && dash != 0 && dayNext) {
                    // (The year, then "till": the day and its month after it are the date rule's.)
                    spoken = text.substr(i, 4) + " " + std::string(style_.until) + " ";
                    end = y + dash;
                }
            }
            // "i 1588", "(1588–1648)": a year before 1900 (figures in the thousands are grouped, "1 588").
            if (end == i && boundary && isAsciiDigit(text[i]) && !(i >= 2 && text[i - 1] == ' ' && isAsciiDigit(text[i - 2]))) {
                std::size_t y = i;
                while (y < text.size() && isAsciiDigit(text[y])) ++y;
                const bool alone = y >= text.size() || (!isWordByte(text[y]) && !((text[y] == ',' || text[y] == '.') && y + 1 < text.size() &&
                                                                               isAsciiDigit(text[y + 1])) &&
                                                        !(text[y] == ' ' && y + 1 < text.size() && isAsciiDigit(text[y + 1])));
                // (After a word that gives a time: "i 1588", "fra 1618"; "1550 København", "1588 ansøgere" are not years.)
                std::size_t p = i;
                while (p > 0 && text[p - 1] == ' ') --p;
                std::size_t q = p;
                while (q > 0 && isWordByte(text[q - 1])) --q;
                const std::string lead = lowerAscii(text.substr(q, p - q));
                bool timed = p > 0 && text[p - 1] == '(';
                for (const char* w : {"i", "\xC3\xA5r", "\xC3\xA5ret", "fra", "fr\xC3\xA5n", "til", "till", "siden", "sedan", "efter",
                                      "etter", "f\xC3\xB8r", "f\xC3\xB6re", "indtil", "inntil", "omkring", "cirka", "ca", "innan", "under",
                                      "anno", "mellem", "mellom", "mellan", "og", "och"}) {
                    timed = timed || lead == w;
                }
                // (Or a year's figure with no count's word before it or after it: "Grundloven af 1849 blev…", not
                // "Der var 1588 ansøgere", "1550 København".)
                std::size_t n = y;
                while (n < text.size() && text[n] == ' ') ++n;
                std::size_t ne = n;
                while (ne < text.size() && isWordByte(text[ne])) ++ne;
                const std::string after = lowerAscii(text.substr(n, ne - n));
                bool counted = n < text.size() && std::isupper(static_cast<unsigned char>(text[n]));
                for (const char* w : {"var", "er", "har", "fik", "fikk", "fick", "f\xC3\xA5r", "med", "over", "hele", "kun", "bare", "endast",
                                      "n\xC3\xA6sten", "nesten", "n\xC3\xA4stan", "omkring", "cirka", "ca", "knap", "drygt", "dr\xC3\xB8yt",
                                      "flere", "fler", "mere", "mer", "p\xC3\xA5", "nr", "nummer"}) {
                    counted = counted || lead == w;
                }
                for (const char* w : {"personer", "mennesker", "m\xC3\xA4nniskor", "ans\xC3\xB8gere", "s\xC3\xB8kere", "medlemmer", "medlemmar",
                                      "kroner", "kronor", "euro", "meter", "kilometer", "stemmer", "r\xC3\xB6ster", "tilskuere", "tilskuerne",
                                      "\xC3\xA5sk\xC3\xA5" "dare", "inv\xC3\xA5nare", "indbyggere", "innbyggere", "elever", "studenter",
                                      "biler", "bilar", "boliger", "bost\xC3\xA4" "der", "ansatte", "anst\xC3\xA4llda", "deltagere", "deltakere"}) {
                    counted = counted || after == w;
                }
                timed = timed || !counted;
                if (y - i == 4 && alone && timed && !measuredAfter(text, i)) {
                    if (std::string said = yearSaid(text.substr(i, 4), style_); said != text.substr(i, 4)) {
                        spoken = said;
                        end = y;
                    }
                }
            }
            // "2-3 minutter", "10–12 grader": a span before what it counts, "2 til 3 minutter" (a result,
            // "vandt 2-1 over", has no such word after it).
            if (end == i && boundary && isAsciiDigit(text[i])) {
                std::size_t a = i;
                while (a < text.size() && isAsciiDigit(text[a])) ++a;
                const std::size_t dash = text.compare(a, 3, "\xE2\x80\x93") == 0 ? 3 : (a < text.size() && text[a] == '-') ? 1 : 0;
                std::size_t b = a + dash;
                while (b < text.size() && isAsciiDigit(text[b])) ++b;
                if (dash != 0 && a - i <= 3 && b - a - dash >= 1 && b - a - dash <= 3 && b < text.size() && text[b] == ' ' &&
                    std::stoi(text.substr(a + dash, b - a - dash)) > std::stoi(text.substr(i, a - i))) {
                    std::size_t w = b + 1;
                    while (w < text.size() && isWordByte(text[w])) ++w;
                    const std::string noun = text.substr(b + 1, w - b - 1);
                    // (Or a unit the lexicon spells out, "cm", which stands here as its placeholder.)
                    bool counted = isLexiconPlaceholderAt(text, b + 1);
                    for (const char* word : {"minutter", "minutters", "minuter", "timer", "timers", "timmar", "dage", "dages", "dager",
                                             "dagar", "d\xC3\xB8gn", "uger", "uker", "veckor", "m\xC3\xA5neder", "m\xC3\xA5nader",
                                             "\xC3\xA5r", "\xC3\xA5rs", "gange", "ganger", "g\xC3\xA5nger", "procent", "prosent",
                                             "grader", "kroner", "kronor", "personer", "meter", "kilometer", "sekunder", "centimeter",
                                             "millimeter", "timers", "m", "kg", "mil", "ton", "tonn"}) {
                        counted = counted || noun == word;
                    }
                    if (counted) {
                        spoken = text.substr(i, a - i) + " " + std::string(style_.until) + " " + text.substr(a + dash, b - a - dash);
                        end = b;
                    }
                }
            }
            // "§ 387", "§§ 12 og 14": the paragraph (or paragraphs) of a law; "d. 3. december": the date's "den".
            if (end == i && text.compare(i, 2, "\xC2\xA7") == 0) {
                const bool two = text.compare(i + 2, 2, "\xC2\xA7") == 0;
                spoken = two ? "paragrafene" : "paragraf";
                end = i + (two ? 4 : 2);
            }
            if (end == i && boundary && text.compare(i, 3, "d. ") == 0 && i + 3 < text.size() && isAsciiDigit(text[i + 3]) &&
                !style_.swedish) {
                spoken = "den";
                end = i + 2;
            }
            if (end == i) kind = "number";
            // "1,5 miljoner": a Swedish decimal comma is "komma" (Swedish groups thousands with spaces).
            if (end == i && style_.swedish && text[i] == ',' && i > 0 && isAsciiDigit(text[i - 1]) && i + 1 < text.size() &&
                isAsciiDigit(text[i + 1])) {
                spoken = " komma ";
                end = i + 1;
            }
            // "3 mkr", "2,5 mdkr": millions and thousands of millions of kronor.
            if (end == i && style_.swedish && boundary && (text.compare(i, 3, "mkr") == 0 || text.compare(i, 4, "mdkr") == 0)) {
                const std::size_t n = text[i + 1] == 'k' ? 3 : 4;
                if (i + n >= text.size() || !isWordByte(text[i + n])) {
                    spoken = n == 3 ? "miljoner kronor" : "miljarder kronor";
                    end = i + n;
                }
            }
            if (end == i) kind = "unit";
            // "40 øre/kWh", "2,50 kr./kWh": a price by its measure, "per kilowattime".
            if (end == i && text[i] == '/' && i > 0 && isWordByte(text[i - 1]) && !isAsciiDigit(text[i - 1])) {
                for (const auto& [written, said] : style_.perUnit) {
                    if (end == i && text.compare(i + 1, written.size(), written) == 0 &&
                        (i + 1 + written.size() >= text.size() || !isWordByte(text[i + 1 + written.size()]))) {
                        spoken = " per " + std::string(said);
                        end = i + 1 + written.size();
                    }
                }
            }
            // ("2,50 kr/liter", "10 kroner/stk.": a price by any measure, "per" before it.)
            if (end == i && text[i] == '/' && i + 1 < text.size() &&
                (std::isalpha(static_cast<unsigned char>(text[i + 1])) || isLexiconPlaceholderAt(text, i + 1))) {
                std::size_t w = i;
                while (w > 0 && isWordByte(text[w - 1])) --w;
                // (After an amount: "kroner/euro-kursen" is a rate of exchange.)
                const std::string before = text.substr(w, i - w);
                const bool amount = w >= 2 && text[w - 1] == ' ' && isAsciiDigit(text[w - 2]);
                // ("kr" is the lexicon's by now, a placeholder: "10 kr/stk".)
                const bool said = w + 3 == i && isLexiconPlaceholderAt(text, w);
                static constexpr WordSet kMoney({"kroner", "krone", "kronor", "krona", "\xC3\xB8re", "\xC3\xB6re", "euro", "cent"});
                if (amount && (said || kMoney.count(before) != 0)) {
                    spoken = " per ";
                    end = i + 1;
                }
            }
            // "8 MW", "80 m²": a unit after a figure and a space, or one of it after "per" ("40 øre per kWh").
            const bool afterPer = i >= 4 && (text.compare(i - 4, 4, "per ") == 0 || text.compare(i - 4, 4, "pr. ") == 0) &&
                                  (i == 4 || !isWordByte(text[i - 5]));
            // (A degree sign may follow its figure without the space: "12°C".)
            const bool gluedDegree = degreeSignAfterFigure(text, i) && text[i - 1] != ' ';
            if (end == i && (gluedDegree || (i >= 2 && text[i - 1] == ' ' && (isAsciiDigit(text[i - 2]) || afterPer)))) {
                // (After "per", one of it where the language has its singular, else the unit as after a figure.)
                for (const auto* list : {afterPer ? &style_.perUnit : &style_.units, &style_.units}) {
                    for (const auto& [written, said] : *list) {
                        if (end == i && text.compare(i, written.size(), written) == 0 &&
                            (i + written.size() >= text.size() || !isWordByte(text[i + written.size()])) &&
                            (written != "l" || litreAt(text, i))) {
                            // ("1 °C": one degree, "grad".)
                            spoken = (gluedDegree ? " " : "") + std::string(degreeSignAfterOne(text, i) ? "grad" : said);
                            end = i + written.size();
                        }
                    }
                }
            }
            return end;
        });
        return style_.swedish ? out : withMinusSaid(out, style_.minus, log);
    }

private:
    // The end of a party's letters in brackets at i, its name said in spoken; i when there are none.
    std::size_t partyAt(const std::string& text, std::size_t i, std::string& spoken) const {
        std::size_t end = i;
        // "Lars Bøgh Jensen (S)": the party after a name (a word in capitals before the bracket).
        // (A name of two words at least, "Lars Jensen", not a label, "Bilag (A)"; a party of one letter only
        // where the sentence speaks of politics: "Lindsey Graham (R)" is no Radikale.)
        if (text[i] == '(' && i >= 3 && text[i - 1] == ' ' && isWordByte(text[i - 2])) {
            std::size_t w = i - 1, names = 0;
            for (std::size_t k = i - 1; k > 0;) {
                std::size_t start = k;
                while (start > 0 && isWordByte(text[start - 1])) --start;
                if (start == k) break;
                const auto c = static_cast<unsigned char>(text[start]);
                if (!(std::isupper(c) || c == 0xC3 || c == 0xC5)) break;
                ++names;
                w = start;
                if (start < 2 || text[start - 1] != ' ') break;
                k = start - 1;
            }
            const auto first = static_cast<unsigned char>(text[w]);
            // (Words of the country's politics, "minister", "ordfører", "riksdag": "valgte", a coach's choice, is
            // none; and none of the United States', where "(R)" and "(D)" are theirs.)
            const std::string lower = " " + lowerUtf8(text);
            const auto starts = [&](const char* stem) { return lower.find(std::string(" ") + stem) != std::string::npos; };
            bool politics = false;
            for (const char* stem : {"minist", "borgmester", "ordf\xC3\xB8rer", "ordf\xC3\xB6rande", "formand", "folketing", "storting",
                                     "riksdag", "byr\xC3\xA5" "d", "kommunalr\xC3\xA5" "d", "statsr\xC3\xA5" "d", "gruppeformand", "gruppledare",
                                     "r\xC3\xA5" "dmand", "regionsr\xC3\xA5" "d", "kommunestyre", "partiformand", "partileder", "partiledare",
                                     "stortingsrepresentant", "riksdagsledamot", "folketingsmedlem", "talsperson", "talesperson",
                                     "oppositionsr\xC3\xA5" "d", "fullm\xC3\xA4ktige", "kommunstyrelse", "bystyre", "kommunestyre"}) {
                politics = politics || lower.find(stem) != std::string::npos;  // (in a compound too: "finansminister")
            }
            for (const char* american : {"senator", "republikan", "demokrat", "kongres", "guvern\xC3\xB8r", "guvern\xC3\xB6r", "pr\xC3\xA6sident"}) {
                politics = politics && !starts(american);
            }
            for (const auto& [letters, name] : parties_) {
                if (names >= 2 && (letters.size() > 1 || politics) && (std::isupper(first) || first >= 0xC3) &&
                    text.compare(i + 1, letters.size(), letters) == 0 &&
                    text.compare(i + 1 + letters.size(), 1, ")") == 0) {
                    spoken = "(" + std::string(name) + ")";
                    // ("Liberal Alliance (LA)": the party's letters after its own name are not said again.)
                    if (std::string_view(text).substr(0, i - 1).ends_with(name)) spoken.clear();
                    end = i + 2 + letters.size();
                    break;
                }
            }
        }
        return end;
    }

    const Style& style_;
    const std::vector<std::pair<std::string_view, std::string_view>>& parties_;
};

}  // namespace
}  // namespace scandinavian

std::unique_ptr<LanguageRules> makeScandinavianRules(const std::string& primary) {
    return std::make_unique<scandinavian::Scandinavian>(scandinavian::styleFor(primary), scandinavian::partiesFor(primary));
}

}  // namespace readcast

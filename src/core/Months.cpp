#include "core/Months.hpp"

#include <array>
#include <cctype>
#include <string>
#include <string_view>

#include "core/Ascii.hpp"

namespace readcast {
namespace {

constexpr std::array<const char*, 12> kMonths{"January", "February", "March",     "April",   "May",      "June",
                                             "July",    "August",   "September", "October", "November", "December"};

}  // namespace

const char* monthName(int month) { return month >= 1 && month <= 12 ? kMonths[static_cast<std::size_t>(month - 1)] : ""; }

int monthFromName(const std::string& word) {
    // Called at every capitalized word of every sentence: no allocation, and most words leave at once.
    std::size_t n = word.size();
    if (n > 0 && word[n - 1] == '.') --n;
    if (n < 3 || n > 9) return 0;
    char w[10];
    for (std::size_t i = 0; i < n; ++i) w[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
    const std::string_view v(w, n);
    if (v == "sept") return 9;
    static const std::array<std::string, 12> kLower = [] {
        std::array<std::string, 12> lower;
        for (std::size_t m = 0; m < kMonths.size(); ++m) lower[m] = lowerAscii(kMonths[m]);
        return lower;
    }();
    for (std::size_t m = 0; m < kLower.size(); ++m) {
        if (v == kLower[m] || (n == 3 && kLower[m].compare(0, 3, v) == 0)) return static_cast<int>(m + 1);
    }
    return 0;
}

int weekdayFromName(const std::string& lower) {
    static const char* const kNames[][7] = {
        {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"},
        {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
        {"sonntag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag"},
        {"domingo", "lunes", "martes", "mi\xC3\xA9rcoles", "jueves", "viernes", "s\xC3\xA1" "bado"},
        {"domenica", "luned\xC3\xAC", "marted\xC3\xAC", "mercoled\xC3\xAC", "gioved\xC3\xAC", "venerd\xC3\xAC", "sabato"},
        {"domingo", "segunda-feira", "ter\xC3\xA7" "a-feira", "quarta-feira", "quinta-feira", "sexta-feira", "s\xC3\xA1" "bado"},
        {"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"},
        {"sondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrydag", "saterdag"},
        {"s\xC3\xB6ndag", "m\xC3\xA5ndag", "tisdag", "onsdag", "torsdag", "fredag", "l\xC3\xB6rdag"},
        {"s\xC3\xB8ndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "l\xC3\xB8rdag"},
        // Hungarian, Polish, Czech, Finnish: "2026. április 14., kedd 17:32"
        {"vas\xC3\xA1rnap", "h\xC3\xA9tf\xC5\x91", "kedd", "szerda", "cs\xC3\xBCt\xC3\xB6rt\xC3\xB6k", "p\xC3\xA9ntek", "szombat"},
        {"niedziela", "poniedzia\xC5\x82" "ek", "wtorek", "\xC5\x9Broda", "czwartek", "pi\xC4\x85tek", "sobota"},
        {"ned\xC4\x9Ble", "pond\xC4\x9Bl\xC3\xAD", "\xC3\xBAter\xC3\xBD", "st\xC5\x99" "eda", "\xC4\x8Dtvrtek", "p\xC3\xA1tek", "sobota"},
        {"sunnuntai", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai"}};
    for (const auto& names : kNames) {
        for (int d = 0; d < 7; ++d) {
            if (lower == names[d]) return d;
        }
    }
    return -1;
}

int weekdayOf(int year, int month, int day) {
    // (Sakamoto's method: the offsets of each month's first day, the year counted from March.)
    if (month < 1 || month > 12 || day < 1 || day > 31) return -1;
    static const int kOffsets[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    const int y = month < 3 ? year - 1 : year;
    return (y + y / 4 - y / 100 + y / 400 + kOffsets[month - 1] + day) % 7;
}

}  // namespace readcast

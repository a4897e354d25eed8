// French spoken-form rules. eSpeak NG reads French numbers, written dates and most signs itself; what it
// gets wrong is the time of day as French news writes it ("5h45" is "cinq hache quarante-cinq" to it) and
// dates written in figures ("25/11" is "vingt-cinq onze").

#include <cctype>

#include "core/Ascii.hpp"
#include "text/Normalizer.hpp"

namespace readcast {
namespace french {
namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

class French : public LanguageRules {
public:
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override;
};

// "25/11", "02/12/2024": a date, day first, with its month written in two digits ("1/3" is a third).
// eSpeak NG says "vingt-cinq onze"; a newsreader says "25 novembre", "2 décembre 2024", "1er mars".
// Returns the end of the date and sets `spoken`, or returns `i` when there is none at i.
std::size_t numericDate(const std::string& text, std::size_t i, std::string& spoken) {
    static const char* const kMonths[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                          "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
    if (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '/' || text[i - 1] == '.' || text[i - 1] == ',')) return i;
    std::size_t d = i;
    while (d < text.size() && isDigit(text[d]) && d - i < 3) ++d;
    if (d - i == 0 || d - i > 2 || d + 3 > text.size() || text[d] != '/' || !isDigit(text[d + 1]) || !isDigit(text[d + 2])) return i;
    const int day = std::stoi(text.substr(i, d - i));
    const int month = std::stoi(text.substr(d + 1, 2));
    if (day < 1 || day > 31 || month < 1 || month > 12) return i;
    std::size_t end = d + 3;
    std::string year;
    if (end < text.size() && text[end] == '/') {
        std::size_t y = end + 1;
        while (y < text.size() && isDigit(text[y])) ++y;
        if (y - end - 1 != 4) return i;
        year = " " + text.substr(end + 1, 4);
        end = y;
    }
    if (end < text.size() && (isWordByte(text[end]) || text[end] == '/')) return i;
    spoken = (day == 1 ? std::string("1er") : std::to_string(day)) + " " + kMonths[month - 1] + year;
    return end;
}

// "5h45", "17 h 30", "14h" (hours 0 to 24, minutes 00 to 59): "5 heures 45", "14 heures"; one o'clock
// is "1 heure". The digits stay digits: eSpeak NG says them in French.
std::string French::apply(const std::string& text, std::vector<Rewrite>* log) const {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        std::string date;
        if (const std::size_t dateEnd = numericDate(text, i, date); dateEnd != i) {
            if (log != nullptr) log->push_back({text.substr(i, dateEnd - i), date, "date"});
            out += date;
            i = dateEnd;
            continue;
        }
        const bool start = isDigit(text[i]) && (i == 0 || !isWordByte(text[i - 1]));
        std::size_t end = i;
        while (start && end < text.size() && isDigit(text[end]) && end - i < 3) ++end;
        std::size_t h = end < text.size() && text[end] == ' ' ? end + 1 : end;
        const bool hours = start && end - i <= 2 && std::stoi(text.substr(i, end - i)) <= 24 && h < text.size() && text[h] == 'h';
        if (!hours) {
            out += text[i++];
            continue;
        }
        std::size_t m = h + 1;
        if (m < text.size() && text[m] == ' ' && m + 1 < text.size() && isDigit(text[m + 1])) ++m;
        std::size_t mEnd = m;
        while (mEnd < text.size() && isDigit(text[mEnd])) ++mEnd;
        const bool minutes = mEnd - m == 2 && std::stoi(text.substr(m, 2)) < 60;
        const std::size_t stop = minutes ? mEnd : h + 1;
        if (stop < text.size() && isWordByte(text[stop])) {  // "4h2o", "24hvol": not a time
            out += text[i++];
            continue;
        }
        const std::string hour = text.substr(i, end - i);
        std::string spoken = hour + (hour == "1" || hour == "01" ? " heure" : " heures");
        if (minutes) spoken += " " + text.substr(m, 2);
        if (log != nullptr) log->push_back({text.substr(i, stop - i), spoken, "time"});
        out += spoken;
        i = stop;
    }
    return out;
}

}  // namespace
}  // namespace french

std::unique_ptr<LanguageRules> makeFrenchRules() { return std::make_unique<french::French>(); }

}  // namespace readcast

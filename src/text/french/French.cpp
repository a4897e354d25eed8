// French spoken-form rules. eSpeak NG reads French numbers, dates and most signs itself; what it gets
// wrong is the time of day as French news writes it: "5h45" is "cinq hache quarante-cinq" to it.

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

// "5h45", "17 h 30", "14h" (hours 0 to 24, minutes 00 to 59): "5 heures 45", "14 heures"; one o'clock
// is "1 heure". The digits stay digits: eSpeak NG says them in French.
std::string French::apply(const std::string& text, std::vector<Rewrite>* log) const {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
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

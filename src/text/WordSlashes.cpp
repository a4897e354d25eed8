#include "text/WordSlashes.hpp"

#include <algorithm>
#include <cctype>

namespace readcast {
namespace {

// A letter of any script: ASCII letters and every byte of a multi-byte character (accented Latin, Cyrillic).
bool slashWordByte(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80; }

// The ASCII letters `shortForm` (two to six) are the first letters of the words that end at `slash`, in order.
bool glossesWordsBefore(const std::string& text, std::size_t slash, const std::string& shortForm) {
    if (shortForm.size() < 2 || shortForm.size() > 6 ||
        !std::all_of(shortForm.begin(), shortForm.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; })) {
        return false;
    }
    std::size_t end = slash;
    for (std::size_t k = shortForm.size(); k-- > 0;) {
        std::size_t start = end;
        while (start > 0 && slashWordByte(text[start - 1])) --start;
        if (start == end || std::tolower(static_cast<unsigned char>(text[start])) != std::tolower(static_cast<unsigned char>(shortForm[k]))) return false;
        if (k == 0) return true;
        if (start == 0 || (text[start - 1] != ' ' && text[start - 1] != '-')) return false;
        end = start - 1;
    }
    return false;
}

}  // namespace

std::string withWordSlashesSaid(const std::string& text, std::string_view language, std::vector<Rewrite>* log) {
    if (text.find('/') == std::string::npos || language.substr(0, 2) == "en") return text;
    std::string out = text;
    for (std::size_t i = out.find('/'); i != std::string::npos; i = out.find('/', i + 1)) {
        if (i == 0 || i + 1 >= out.size() || !slashWordByte(out[i - 1]) || !slashWordByte(out[i + 1])) continue;
        // (A sign beside it is no word: "€/MWh", "₽/л" (U+2000 to U+33FF, led by 0xE2 or 0xE3).)
        std::size_t lead = i - 1;
        while (lead > 0 && (static_cast<unsigned char>(out[lead]) & 0xC0) == 0x80) --lead;
        const auto symbol = [](unsigned char c) { return c == 0xE2 || c == 0xE3; };
        if (symbol(static_cast<unsigned char>(out[lead])) || symbol(static_cast<unsigned char>(out[i + 1]))) continue;
        std::size_t start = i;
        while (start > 0 && slashWordByte(out[start - 1])) --start;
        std::size_t end = i + 1;
        while (end < out.size() && slashWordByte(out[end])) ++end;
        // (An address's or a path's part, "rai.it/news", "a/b/c"; a unit after its figure, "50 mg/l".)
        const char before = start > 0 ? out[start - 1] : ' ';
        const char after = end < out.size() ? out[end] : ' ';
        if (before == '.' || before == ':' || before == '/' || before == '-' || after == '/' ||
            (after == '.' && end + 1 < out.size() && slashWordByte(out[end + 1]))) {
            continue;
        }
        // (A unit is written in Latin letters: "3 مارس/آذار", a date's month named twice, is no unit.)
        if (start >= 2 && before == ' ' && std::isdigit(static_cast<unsigned char>(out[start - 2]))) continue;
        if (start >= 1 && std::isdigit(static_cast<unsigned char>(before))) continue;
        // (A short form of single letters is the rules' or the lexicon's: "r/r", "г/г", "s/n". Letters, not bytes, counted.)
        const auto letters = [&](std::size_t from, std::size_t to) {
            std::size_t n = 0;
            for (std::size_t k = from; k < to; ++k) n += (static_cast<unsigned char>(out[k]) & 0xC0) != 0x80;
            return n;
        };
        // (A syllable of Korean or a Chinese character is a word: "원/달러 환율".)
        const auto syllabic = [&](std::size_t at) { return static_cast<unsigned char>(out[at]) >= 0xE0; };
        if ((letters(start, i) < 2 && !syllabic(start)) || (letters(i + 1, end) < 2 && !syllabic(i + 1))) continue;
        // (A unit's power: "zł/m²".)
        if (out.compare(end - 2, 2, "\xC2\xB2") == 0 || out.compare(end - 2, 2, "\xC2\xB3") == 0) continue;
        // "(year on year/yoy)", "(non performing loan/NPL)": a short form of the words before it, which glosses them. In
        // small letters it would be said as those words again, and goes; in capitals it is named after a pause.
        const std::string shortForm = out.substr(i + 1, end - i - 1);
        if (glossesWordsBefore(out, i, shortForm)) {
            const bool small = std::all_of(shortForm.begin(), shortForm.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
            const std::string said = small ? std::string() : ", " + shortForm;
            if (log != nullptr) log->push_back({"/" + shortForm, said, "symbol"});
            out.replace(i, end - i, said);
            continue;
        }
        if (log != nullptr) log->push_back({out.substr(start, end - start), out.substr(start, i - start) + " " + out.substr(i + 1, end - i - 1), "symbol"});
        out[i] = ' ';
    }
    return out;
}

}  // namespace readcast

#include "text/FinnishDates.hpp"

#include <array>
#include <cctype>
#include <string_view>

#include "core/Ascii.hpp"
#include "core/WordSet.hpp"
#include "text/Spellout.hpp"

namespace readcast {
namespace {

constexpr std::array<std::string_view, 12> kMonthsPartitive{
    "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kes\xC3\xA4kuuta",
    "hein\xC3\xA4kuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"};

const Spellout& finnish() {
    static const Spellout spellout("fi");
    return spellout;
}

// The figures from `at` (two at most); `value` their number. Returns where they end (`at` for none).
std::size_t smallFigureAt(const std::string& text, std::size_t at, int& value) {
    std::size_t end = at;
    while (end < text.size() && isAsciiDigit(text[end]) && end - at < 2) ++end;
    if (end == at || (end < text.size() && isAsciiDigit(text[end]))) return at;
    value = std::stoi(text.substr(at, end - at));
    return end;
}

bool monthNamedAt(const std::string& text, std::size_t at) {
    for (const std::string_view month : kMonthsPartitive) {
        if (text.compare(at, month.size(), month) == 0 && (at + month.size() >= text.size() || !isWordByte(text[at + month.size()]))) return true;
    }
    return false;
}

// A date at `i`: its spoken words in `spoken`, and where it ends; `i` for none.
// The word that ends before byte `at` (a space between), in small letters.
std::string wordBefore(const std::string& text, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && (isWordByte(text[start - 1]) || text[start - 1] == '.')) --start;
    std::string word = text.substr(start, end - start);
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return word;
}

// The case of a date's day by the word after the date (`end`): from it, "1.1.2025 alkaen", "1. tammikuuta lähtien", in the
// elative ("ensimmäisestä"); until it, "31.3. asti", "saakka", in the illative ("kolmanteenkymmenenteenensimmäiseen"); else the
// essive of a date that says when.
const char* dayCase(const std::string& text, std::size_t end) {
    std::size_t k = end;
    // (Past the month's name: "1. tammikuuta 2025 alkaen".)
    for (int words = 0; words < 3 && k < text.size(); ++words) {
        while (k < text.size() && text[k] == ' ') ++k;
        std::size_t e = k;
        while (e < text.size() && (isWordByte(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80)) ++e;
        const std::string word = text.substr(k, e - k);
        if (word == "alkaen" || word == "l\xC3\xA4htien") return "%spellout-ordinal-elative";
        if (word == "asti" || word == "saakka") return "%spellout-ordinal-illative";
        if (word.empty() || (!monthNamedAt(text, k) && word.find_first_not_of("0123456789") != std::string::npos)) break;
        k = e;
    }
    return "%spellout-ordinal-essive";
}

std::size_t dateAt(const std::string& text, std::size_t i, std::string& spoken) {
    // (After an en dash, a span's second date: "16.4.–20.5.2025".)
    const bool afterDash = i >= 3 && text.compare(i - 3, 3, "\xE2\x80\x93") == 0;
    if (i > 0 && !afterDash && (isWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ',' || text[i - 1] == ':')) return i;
    // (A clock's time written with its dot, "klo 9.12.", and a chapter's or a section's number, "luvussa 5.3.", are no dates.)
    static constexpr WordSet kNotBefore({"klo", "kello", "kl.", "luku", "luvussa", "luvun", "luvut", "kohta", "kohdassa", "kohdan",
                                         "kappale", "kappaleessa", "kappaleen", "pyk\xC3\xA4l\xC3\xA4", "pyk\xC3\xA4l\xC3\xA4ss\xC3\xA4", "versio"});
    if (kNotBefore.count(wordBefore(text, i)) != 0) return i;
    int day = 0, month = 0;
    const std::size_t d = smallFigureAt(text, i, day);
    if (d == i || d >= text.size() || text[d] != '.' || day < 1 || day > 31) return i;
    // "22.–23.4.": a span's first day, its month the second's, in the case the span takes.
    if (d + 4 < text.size() && text.compare(d + 1, 3, "\xE2\x80\x93") == 0 && isAsciiDigit(text[d + 4])) {
        std::string second;
        const std::size_t e = dateAt(text, d + 4, second);
        if (e != d + 4) {
            spoken = finnish().say(day, dayCase(text, e));
            return d + 1;
        }
    }
    // "16. huhtikuuta": the day before its month's name.
    if (d + 1 < text.size() && text[d + 1] == ' ' && monthNamedAt(text, d + 2)) {
        spoken = finnish().say(day, dayCase(text, d + 1));
        return d + 1;
    }
    const std::size_t m = smallFigureAt(text, d + 1, month);
    if (m == d + 1 || m >= text.size() || text[m] != '.' || month < 1 || month > 12) return i;
    std::size_t end = m + 1;
    spoken = finnish().say(day, dayCase(text, end)) + " " + finnish().say(month, "%spellout-ordinal-partitive");
    // "16.4.2025": the year after it, left to the voice ("kaksituhatta kaksikymmentäviisi"), a space between.
    std::size_t y = end;
    while (y < text.size() && isAsciiDigit(text[y])) ++y;
    if (y - end == 4) {
        if (y < text.size() && (isWordByte(text[y]) || (text[y] == '.' && y + 1 < text.size() && isAsciiDigit(text[y + 1])))) return i;
        spoken += " " + text.substr(end, 4);
        return y;
    }
    if (y != end) return i;
    // "5.3.": its last dot ends the sentence too when nothing or a capital follows.
    if (end >= text.size() || (end + 1 < text.size() && text[end] == ' ' && std::isupper(static_cast<unsigned char>(text[end + 1])))) spoken += ".";
    return end;
}

}  // namespace

std::string withFinnishDatesSaid(const std::string& text, std::vector<Rewrite>* log) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::string spoken;
        const std::size_t end = isAsciiDigit(text[i]) ? dateAt(text, i, spoken) : i;
        if (end == i) {
            out += text[i++];
            continue;
        }
        if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "date"});
        out += spoken;
        i = end;
    }
    return out;
}

}  // namespace readcast

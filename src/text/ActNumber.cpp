#include "text/ActNumber.hpp"

#include <algorithm>
#include <cctype>

#include "core/Ascii.hpp"
#include "text/Normalizer.hpp"

namespace readcast {
namespace {

// The word (letters, dots and signs such as "º") that ends right before the space at `space`, and where it starts.
std::string_view wordBefore(const std::string& text, std::size_t space, std::size_t& start) {
    start = space;
    while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '(' && text[start - 1] != '\n') --start;
    return std::string_view(text).substr(start, space - start);
}

bool isAcronym(std::string_view w) {
    return w.size() >= 2 && w.size() <= 6 &&
           std::all_of(w.begin(), w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
}

// A lexicon match, as the rules see it ("n.º", "d.lgs." expanded).
bool isLexiconMatch(std::string_view w) { return w.size() == 3 && isLexiconPlaceholderAt(std::string(w), 0); }

}  // namespace

std::size_t actNumberAt(const std::string& text, std::size_t i, const ActNumberStyle& style, std::string& spoken) {
    if (i < 3 || !isAsciiDigit(text[i]) || text[i - 1] != ' ') return i;
    // The number: digits with thousands dots ("14.133"), then a slash and a year of four digits.
    std::size_t e = i;
    while (e < text.size() && (isAsciiDigit(text[e]) || (text[e] == '.' && e + 1 < text.size() && isAsciiDigit(text[e + 1])))) ++e;
    if (e + 3 > text.size() || text[e] != '/' || text[e - 1] == '.') return i;
    // (A year first is a season, "2023/2024", or an EU act, "2019/1937", whose year is written first.)
    const std::string_view number = std::string_view(text).substr(i, e - i);
    if (number.size() == 4 && (number.substr(0, 2) == "19" || number.substr(0, 2) == "20")) return i;
    // The year: four figures from 1900 to 2099, or two, "8.666/93" (after the act's own word only).
    std::size_t y = e + 1;
    while (y < text.size() && isAsciiDigit(text[y])) ++y;
    std::string_view year = std::string_view(text).substr(e + 1, y - e - 1);
    const bool shortYear = year.size() == 2;
    if (!(year.size() == 4 && (year.substr(0, 2) == "19" || year.substr(0, 2) == "20")) && !shortYear) return i;
    // (A closing quotation mark after the year is none of its word: "del D.Lgs. 42/2004»".)
    if (!isWordEnd(text, y) || (y < text.size() && text[y] == '/')) return i;
    std::size_t start = 0;
    std::string_view before = wordBefore(text, i - 1, start);
    const auto marked = [&](std::string_view w) {
        return std::find(style.numberMarks.begin(), style.numberMarks.end(), lowerAscii(std::string(w))) != style.numberMarks.end();
    };
    const auto isAct = [&](std::string_view w) {
        const std::string act = lowerAscii(std::string(w));
        return isAcronym(w) || std::find(style.actWords.begin(), style.actWords.end(), act) != style.actWords.end();
    };
    bool act = isAct(before) && !(shortYear && isAcronym(before));
    if (!act && (marked(before) || isLexiconMatch(before)) && start >= 2 && text[start - 1] == ' ') {
        const bool expanded = isLexiconMatch(before);
        before = wordBefore(text, start - 1, start);
        // ("o Decreto-Lei n.º 10/2024": the mark expanded; "il d.l. numero 73/2021": the act expanded, before its
        // mark; "il d.lgs. 36/2023": the act expanded, after its article.)
        act = isAct(before) || (!expanded && isLexiconMatch(before)) || (expanded && before.size() <= 5 && !before.empty() &&
                                std::all_of(before.begin(), before.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }));
    }
    if (!act) return i;
    // ("81/08", "190/12": a year of this century is said whole, "2008", "2012", not "zero eight"; one of the
    // last, "104/92", as its two figures, "novantadue".)
    const std::string said = shortYear && year < "30" ? "20" + std::string(year) : std::string(year);
    spoken = text.substr(i, e - i) + " " + std::string(style.joiner) + " " + said;
    return y;
}

}  // namespace readcast

#include "text/RomanianCounts.hpp"

#include "core/Ascii.hpp"
#include "core/WordSet.hpp"
#include "text/RewriteScan.hpp"

namespace readcast {

namespace {

// The nouns news counts most, which take "de" after a count of twenty and more.
constexpr WordSet kNouns({"lei", "euro", "dolari", "ani", "persoane", "oameni", "kilometri", "metri", "voturi", "locuri",
                                     "deputa\xC8\x9Bi", "senatori", "mandate", "zile", "ore", "minute", "procente", "tone", "milioane",
                                     "miliarde", "mii", "case", "copii", "elevi", "angaja\xC8\x9Bi"});

}  // namespace

std::string withRomanianCountsJoined(const std::string& text, std::vector<Rewrite>* log) {
    std::string out;
    out.reserve(text.size() + 16);
    for (std::size_t i = 0; i < text.size();) {
        if (!isAsciiDigit(text[i]) || (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == ',' || text[i - 1] == '.'))) {
            out += text[i++];
            continue;
        }
        // The figure, its thousands grouped with dots ("3.700"); a decimal's comma makes it a share, "2,5 milioane de lei".
        std::size_t e = i;
        std::string digits;
        while (e < text.size() && (isAsciiDigit(text[e]) || (text[e] == '.' && e + 3 < text.size() && isAsciiDigit(text[e + 1]) &&
                                                             isAsciiDigit(text[e + 2]) && isAsciiDigit(text[e + 3])))) {
            if (isAsciiDigit(text[e])) digits += text[e];
            ++e;
        }
        out += text.substr(i, e - i);
        i = e;
        if (i >= text.size() || text[i] != ' ' || digits.empty()) continue;
        std::size_t w = i + 1;
        while (w < text.size() && isWordByte(text[w])) ++w;
        const std::string noun = text.substr(i + 1, w - i - 1);
        const int lastTwo = std::stoi(digits.substr(digits.size() >= 2 ? digits.size() - 2 : 0));
        const bool twentyOrMore = digits.size() > 2 ? (lastTwo == 0 || lastTwo >= 20) : lastTwo >= 20;
        if (!twentyOrMore || kNouns.count(noun) == 0) continue;
        if (log != nullptr) log->push_back({digits + " " + noun, digits + " de " + noun, "number"});
        out += " de";
    }
    return out;
}

std::string withRomanianLargeCountsJoined(const std::string& text, std::vector<Rewrite>* log) {
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        while (i < text.size() && isWordByte(text[i])) ++i;
        if (i == start) {
            out += text[i++];
            continue;
        }
        const std::string word = text.substr(start, i - start);
        out += word;
        if ((word != "milioane" && word != "miliarde" && word != "mii") || i >= text.size() || text[i] != ' ') continue;
        const std::string noun = lowerWordAfter(text, i + 1);
        if (noun == "milioane" || noun == "miliarde" || noun == "mii" || kNouns.count(noun) == 0) continue;
        if (log != nullptr) log->push_back({word + " " + noun, word + " de " + noun, "number"});
        out += " de";
    }
    return out;
}

}  // namespace readcast

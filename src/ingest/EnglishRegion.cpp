#include "ingest/EnglishRegion.hpp"

#include <array>
#include <cctype>
#include <string_view>

#include "core/Ascii.hpp"
#include "core/Months.hpp"

namespace readcast {
namespace {

// Words spelled one way in Britain and the Commonwealth and another in the United States, both ways.
// (Only words news copy uses, and none whose other spelling is a word of its own: "tire", "meter",
// "program" and the "-ize" of Oxford spelling say nothing.)
struct Pair {
    std::string_view commonwealth, american;
};
constexpr std::array<Pair, 40> kPairs{{
    {"colour", "color"},         {"colours", "colors"},         {"favour", "favor"},         {"favourite", "favorite"},
    {"honour", "honor"},         {"labour", "labor"},           {"neighbour", "neighbor"},   {"neighbours", "neighbors"},
    {"neighbourhood", "neighborhood"}, {"behaviour", "behavior"}, {"centre", "center"},     {"centres", "centers"},
    {"theatre", "theater"},      {"programme", "program"},      {"programmes", "programs"},  {"organisation", "organization"},
    {"organisations", "organizations"}, {"organised", "organized"}, {"recognised", "recognized"}, {"realised", "realized"},
    {"criticised", "criticized"}, {"apologised", "apologized"}, {"defence", "defense"},      {"offence", "offense"},
    {"offences", "offenses"},    {"travelled", "traveled"},     {"travelling", "traveling"}, {"cancelled", "canceled"},
    {"modelling", "modeling"},   {"labelled", "labeled"},       {"fuelled", "fueled"},       {"jewellery", "jewelry"},
    {"catalogue", "catalog"},    {"analyse", "analyze"},        {"paediatric", "pediatric"}, {"aluminium", "aluminum"},
    {"cheque", "check"},         {"whilst", ""},                {"amongst", ""},             {"kerb", ""},
}};

bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// How often `word` stands in `text` as a word of its own, in any case.
std::size_t count(const std::string& lower, std::string_view word) {
    if (word.empty()) return 0;
    std::size_t n = 0;
    for (std::size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + word.size())) {
        const bool before = at == 0 || !isWordChar(lower[at - 1]);
        const bool after = at + word.size() >= lower.size() || !isWordChar(lower[at + word.size()]);
        n += before && after;
    }
    return n;
}

// A month's full name, in small letters, is the word of `lower` from `at` to `end`.
bool monthWord(const std::string& lower, std::size_t at, std::size_t end) {
    if (end <= at) return false;
    const std::string word = lower.substr(at, end - at);
    const int month = monthFromName(word);
    return month != 0 && lowerAscii(monthName(month)) == word;
}

// Dates written day first, "14 March", and month first, "March 14".
void countDates(const std::string& lower, std::size_t& dayFirst, std::size_t& monthFirst) {
    for (std::size_t at = 0; at < lower.size(); ++at) {
        if (!std::isdigit(static_cast<unsigned char>(lower[at])) || (at > 0 && isWordChar(lower[at - 1]))) continue;
        std::size_t end = at;
        while (end < lower.size() && std::isdigit(static_cast<unsigned char>(lower[end]))) ++end;
        if (end - at <= 2 && (end >= lower.size() || !isWordChar(lower[end]) )) {
            if (end + 1 < lower.size() && lower[end] == ' ') {
                std::size_t wordEnd = end + 1;
                while (wordEnd < lower.size() && std::isalpha(static_cast<unsigned char>(lower[wordEnd]))) ++wordEnd;
                if (monthWord(lower, end + 1, wordEnd)) ++dayFirst;
            }
            if (at >= 2 && lower[at - 1] == ' ') {
                std::size_t start = at - 1;
                while (start > 0 && std::isalpha(static_cast<unsigned char>(lower[start - 1]))) --start;
                if (monthWord(lower, start, at - 1)) ++monthFirst;
            }
        }
        at = end;
    }
}

}  // namespace

std::string withEnglishRegion(const std::string& language, const std::string& text) {
    if (lowerAscii(language) != "en") return language;
    const std::string lower = lowerAscii(text);
    std::size_t commonwealth = 0, american = 0;
    for (const Pair& p : kPairs) {
        commonwealth += count(lower, p.commonwealth);
        american += count(lower, p.american);
    }
    commonwealth += count(lower, "per cent");
    american += count(lower, "percent");
    std::size_t dayFirst = 0, monthFirst = 0;
    countDates(lower, dayFirst, monthFirst);
    commonwealth += dayFirst;
    american += monthFirst;
    // Which country: its money and its clocks, which count for the Commonwealth's writing too.
    const auto signs = [&](std::string_view sign) {
        std::size_t n = 0;
        for (std::size_t at = text.find(sign); at != std::string::npos; at = text.find(sign, at + sign.size())) ++n;
        return n;
    };
    const std::size_t australia = signs("A$") + signs("AU$") + count(lower, "aest") + count(lower, "aedt") + count(lower, "awst") +
                                  count(lower, "acst");
    const std::size_t zealand = signs("NZ$") + count(lower, "nzst") + count(lower, "nzdt");
    const std::size_t india = signs("\xE2\x82\xB9") + count(lower, "crore") + count(lower, "lakh");
    const std::size_t britain = signs("\xC2\xA3") + count(lower, "bst") + count(lower, "gmt");
    commonwealth += australia + zealand + india + britain;
    if (commonwealth < 3 || commonwealth < 2 * american) return language;
    if (australia > 0) return "en-AU";
    if (zealand > 0) return "en-NZ";
    if (india > 0) return "en-IN";
    if (britain == 0 && signs("\xE2\x82\xAC") > 0) return "en-IE";
    return "en-GB";
}

}  // namespace readcast

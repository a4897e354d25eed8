#include "text/NumberWords.hpp"

#include "core/Months.hpp"

#include <array>

namespace readcast {
namespace {

constexpr std::array<const char*, 20> kOnes{"zero",    "one",     "two",       "three",    "four",
                                            "five",    "six",     "seven",     "eight",    "nine",
                                            "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<const char*, 10> kTens{"",      "",      "twenty",  "thirty", "forty",
                                            "fifty", "sixty", "seventy", "eighty", "ninety"};
constexpr std::array<const char*, 7> kScales{"", "thousand", "million", "billion", "trillion", "quadrillion",
                                             "quintillion"};
std::string belowThousand(unsigned n) {
    std::string out;
    if (n >= 100) {
        out = std::string(kOnes[n / 100]) + " hundred";
        n %= 100;
        if (n == 0) return out;
        out += ' ';
    }
    if (n < 20) return out + kOnes[n];
    out += kTens[n / 10];
    if (n % 10 != 0) out += std::string("-") + kOnes[n % 10];
    return out;
}

}  // namespace

std::string cardinalWords(std::uint64_t n) {
    if (n == 0) return "zero";
    std::array<unsigned, 7> groups{};
    for (std::size_t i = 0; n > 0 && i < groups.size(); ++i, n /= 1000) groups[i] = static_cast<unsigned>(n % 1000);
    std::string out;
    for (std::size_t i = groups.size(); i-- > 0;) {
        if (groups[i] == 0) continue;
        if (!out.empty()) out += ' ';
        out += belowThousand(groups[i]);
        if (i > 0) out += std::string(" ") + kScales[i];
    }
    return out;
}

std::string ordinalWords(std::uint64_t n) {
    std::string words = cardinalWords(n);
    // Only the last word changes: "twenty-one" -> "twenty-first", "one hundred" -> "one hundredth".
    std::size_t start = words.find_last_of(" -");
    start = start == std::string::npos ? 0 : start + 1;
    const std::string last = words.substr(start);
    static const std::array<std::pair<const char*, const char*>, 9> kIrregular{{{"one", "first"},
                                                                                {"two", "second"},
                                                                                {"three", "third"},
                                                                                {"five", "fifth"},
                                                                                {"eight", "eighth"},
                                                                                {"nine", "ninth"},
                                                                                {"twelve", "twelfth"},
                                                                                {"zero", "zeroth"},
                                                                                {"four", "fourth"}}};
    for (const auto& [cardinal, ordinal] : kIrregular) {
        if (last == cardinal) return words.substr(0, start) + ordinal;
    }
    if (last.back() == 'y') return words.substr(0, start) + last.substr(0, last.size() - 1) + "ieth";
    return words + "th";
}

std::string yearWords(int year) {
    if (year <= 0) return cardinalWords(static_cast<std::uint64_t>(year < 0 ? -year : 0));
    const auto y = static_cast<unsigned>(year);
    // 2000-2009 and round thousands are said whole; other three- and four-digit years in two halves
    // ("seven fifty-three", "nineteen oh five").
    if (y < 100 || (y >= 1000 && y % 1000 < 10) || y >= 10000) return cardinalWords(y);
    const unsigned high = y / 100, low = y % 100;
    if (low == 0) return cardinalWords(high) + " hundred";
    if (low < 10) return cardinalWords(high) + " oh " + cardinalWords(low);
    return cardinalWords(high) + " " + cardinalWords(low);
}

std::string spokenDate(const DateTime& date) {
    return std::string(monthName(date.month)) + " " + ordinalWords(static_cast<std::uint64_t>(date.day)) + ", " +
           yearWords(date.year);
}

}  // namespace readcast

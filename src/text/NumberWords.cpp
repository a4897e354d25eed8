#include "text/NumberWords.hpp"

#include "core/Months.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

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

namespace {

// A number name below a hundred, cardinal or ordinal, with the punctuation after it taken off:
// "seven", "eighty-seven", "twenty-first", "ninth,".
bool isBelowHundredWord(std::string w) {
    while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.back()))) w.pop_back();
    const std::size_t hyphen = w.rfind('-');
    if (hyphen != std::string::npos) {
        const std::string tens = w.substr(0, hyphen);
        bool known = false;
        for (const char* t : kTens) known = known || (*t != '\0' && tens == t);
        if (!known) return false;
        w = w.substr(hyphen + 1);
    }
    for (std::size_t n = 1; n < kOnes.size(); ++n) {
        if (w == kOnes[n] || w == ordinalWords(n)) return true;
    }
    for (std::size_t t = 2; t < kTens.size(); ++t) {
        if (w == kTens[t] || w == ordinalWords(t * 10)) return true;
    }
    return false;
}

// "thousand", "hundred." (punctuation after it is not part of the word).
bool isScaleWord(std::string w) {
    while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.back()))) w.pop_back();
    for (const char* s : kScales) {
        if (*s != '\0' && w == s) return true;
    }
    return w == "hundred";
}

}  // namespace

std::string withBritishAnd(const std::string& spoken) {
    if (spoken.find("hundred") == std::string::npos && spoken.find("thousand") == std::string::npos &&
        spoken.find("illion") == std::string::npos) {
        return spoken;
    }
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start <= spoken.size()) {
        const std::size_t end = std::min(spoken.find(' ', start), spoken.size());
        words.push_back(spoken.substr(start, end - start));
        start = end + 1;
    }
    // A number made into a compound says its "and" all the same: "a five hundred and forty-three-member
    // house", "a two thousand five hundred-seat arena" (the noun after the last hyphen is no number).
    const auto numberPart = [](std::string w) {
        for (std::size_t hyphen = w.rfind('-'); hyphen != std::string::npos && hyphen > 0; hyphen = w.rfind('-')) {
            if (isBelowHundredWord(w) || isScaleWord(w.substr(hyphen + 1))) break;
            w.resize(hyphen);  // "twenty-year-old" -> "twenty-year" -> "twenty"
        }
        return w;
    };
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) out += ' ';
        out += words[i];
        // Only between a scale and the last part under a hundred: "hundred | eighty-seven", "thousand |
        // eight", not "thousand | five hundred" nor "hundred | thousand".
        // (A scale word with a comma or a stop after it ends its number: "oh eight hundred, one two three".)
        const char last = words[i].empty() ? ' ' : words[i].back();
        if (!std::isalpha(static_cast<unsigned char>(last)) || !isScaleWord(words[i]) || i + 1 >= words.size() ||
            !isBelowHundredWord(numberPart(words[i + 1]))) {
            continue;
        }
        // After "thousand" or "million", the next group may go on to its own scale ("one million twenty
        // thousand"); after "hundred" the "and" is always said ("one hundred and twenty thousand").
        const bool groupGoesOn = words[i] != "hundred" && i + 2 < words.size() && isScaleWord(numberPart(words[i + 2]));
        // (A number said with its point ends on its scale: "one point six million | twenty-foot units" is two things.)
        bool decimal = false;
        // (Not past a comma: "one hundred and seventy-three point four, one hundred and fifty-two" are two numbers.)
        for (std::size_t k = i; k-- > 0 && !decimal;) {
            if (!words[k].empty() && !std::isalpha(static_cast<unsigned char>(words[k].back()))) break;
            if (words[k] == "point") decimal = true;
            else if (!isBelowHundredWord(words[k]) && !isScaleWord(words[k]) && words[k] != "oh" && words[k] != "zero") break;
        }
        if (!groupGoesOn && !decimal) out += " and";
    }
    return out;
}

std::string spokenDate(const DateTime& date) {
    return std::string(monthName(date.month)) + " " + ordinalWords(static_cast<std::uint64_t>(date.day)) + ", " +
           yearWords(date.year);
}

}  // namespace readcast

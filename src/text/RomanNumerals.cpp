#include "text/RomanNumerals.hpp"

#include <string>
#include <utility>

namespace readcast {
namespace {

std::string canonical(int v) {
    static const std::pair<int, const char*> kParts[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                                         {90, "XC"},  {50, "L"},   {40, "XL"}, {10, "X"},   {9, "IX"},
                                                         {5, "V"},    {4, "IV"},   {1, "I"}};
    std::string out;
    for (const auto& [value, text] : kParts) {
        while (v >= value) {
            out += text;
            v -= value;
        }
    }
    return out;
}

int letterValue(char c) {
    switch (c) {
        case 'I': return 1;
        case 'V': return 5;
        case 'X': return 10;
        case 'L': return 50;
        case 'C': return 100;
        case 'D': return 500;
        case 'M': return 1000;
        default: return 0;
    }
}

}  // namespace

int romanNumeralValue(std::string_view written) {
    if (written.empty() || written.size() > 15) return 0;
    int total = 0;
    for (std::size_t i = 0; i < written.size(); ++i) {
        const int v = letterValue(written[i]);
        if (v == 0) return 0;
        const int next = i + 1 < written.size() ? letterValue(written[i + 1]) : 0;
        total += next > v ? -v : v;
    }
    return total > 0 && canonical(total) == written ? total : 0;
}

}  // namespace readcast

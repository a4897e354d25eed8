#include "text/YearSpans.hpp"

#include "core/Ascii.hpp"
#include "text/RewriteScan.hpp"

namespace readcast {

std::string withYearSpans(const std::string& text, std::string_view language, std::vector<Rewrite>* log) {
    // (English reads its own spans: "FY2023/24", "the 2024-25 season"; eSpeak NG passes over German's slash, "Saison
    // 2022/23", as a reader does.)
    if (language == "en" || language == "de" || (text.find('/') == std::string::npos && language != "pt")) return text;
    const bool portuguese = language == "pt";
    return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
        if (!isAsciiDigit(text[i]) || (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '/' || text[i - 1] == '.' || text[i - 1] == ','))) {
            return i;
        }
        const std::size_t a = digitsEnd(text, i);
        if (a - i != 4 || a + 2 >= text.size() || (text[a] != '/' && text[a] != '-')) return i;
        // (Portuguese: its hyphen only, a minus to eSpeak NG; its slash eSpeak NG passes over, "época 2026/27".)
        if ((text[a] == '-') != portuguese) return i;
        const std::size_t b = digitsEnd(text, a + 1);
        const std::size_t width = b - a - 1;
        if ((width != 2 && width != 4) || (b < text.size() && (isWordByte(text[b]) || text[b] == '/' || text[b] == '-'))) return i;
        const int first = std::stoi(text.substr(i, 4)), second = std::stoi(text.substr(a + 1, width));
        // (The next year only: "2023/24", "2023/2024"; "1990/95" or a date's "2024/03" is no season.)
        const bool next = width == 2 ? second == (first + 1) % 100 : second == first + 1;
        // (Portuguese's hyphen between two years is a span whatever its length, "(2019-2023)": eSpeak NG says "menos".)
        // (Not a telephone's number after its area code, "(11) 2030-2045".)
        const bool areaCode = i >= 2 && text[i - 1] == ' ' && text[i - 2] == ')';
        const bool later = portuguese && width == 4 && second > first && second <= 2099 && !areaCode;
        if (first < 1900 || first > 2099 || !(next || later)) return i;
        kind = "year";
        // ("entre 1998-2002": between one year and the other, "e".)
        const bool between = portuguese && i >= 6 && (text.compare(i - 6, 6, "entre ") == 0 || text.compare(i - 6, 6, "Entre ") == 0);
        spoken = text.substr(i, 4) + (portuguese ? (between ? " e " : " a ") : "-") + text.substr(a + 1, width);
        return b;
    });
}

}  // namespace readcast

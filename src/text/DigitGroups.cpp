#include "text/DigitGroups.hpp"

#include "core/Ascii.hpp"

namespace readcast {

std::string withoutApostropheGroups(const std::string& text, std::string_view mark) {
    if (text.find('\'') == std::string::npos && text.find("\xE2\x80\x99") == std::string::npos) return text;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        // (A group of exactly three digits after one to three: "l'1,4%", an elision, keeps its apostrophe.)
        const std::size_t width = text[i] == '\'' ? 1 : text.compare(i, 3, "\xE2\x80\x99") == 0 ? 3 : 0;
        if (width != 0 && i > 0 && isAsciiDigit(text[i - 1]) && i + width + 2 < text.size() && isAsciiDigit(text[i + width]) &&
            isAsciiDigit(text[i + width + 1]) && isAsciiDigit(text[i + width + 2]) &&
            (i + width + 3 >= text.size() || !isAsciiDigit(text[i + width + 3]))) {
            i += width - 1;
            out += mark;
            continue;
        }
        out += text[i];
    }
    return out;
}

std::string withoutDotAndSpaceGroups(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isAsciiDigit(text[i]) || (i > 0 && (isAsciiDigit(text[i - 1]) || isWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ','))) {
            out += text[i++];
            continue;
        }
        std::size_t lead = i;
        while (lead < text.size() && isAsciiDigit(text[lead])) ++lead;
        // (Not a telephone's groups: after another group of figures, "2310 555 555", or from a nought, "0 800 500 335".)
        const bool afterFigures = i >= 2 && text[i - 1] == ' ' && isAsciiDigit(text[i - 2]);
        if (lead - i > 3 || afterFigures || (text[i] == '0' && lead - i == 1 && lead < text.size() && text[lead] == ' ')) {
            out.append(text, i, lead - i);
            i = lead;
            continue;
        }
        std::string digits = text.substr(i, lead - i);
        i = thousandsGroupsEnd(text, lead, digits);
        out += digits;
    }
    return out;
}

std::size_t thousandsGroupsEnd(const std::string& text, std::size_t at, std::string& digits) {
    char mark = 0;
    while (at < text.size()) {
        const std::size_t width = text[at] == '.' || text[at] == ' ' ? 1 : text.compare(at, 2, "\xC2\xA0") == 0 ? 2
                                  : text.compare(at, 3, "\xE2\x80\xAF") == 0                                    ? 3
                                                                                                                 : 0;
        if (width == 0 || (mark != 0 && text[at] != mark) || at + width + 3 > text.size() || !isAsciiDigit(text[at + width]) ||
            !isAsciiDigit(text[at + width + 1]) || !isAsciiDigit(text[at + width + 2]) ||
            (at + width + 3 < text.size() && (isAsciiDigit(text[at + width + 3]) || isWordByte(text[at + width + 3])))) {
            break;
        }
        mark = text[at];
        digits.append(text, at + width, 3);
        at += width + 3;
    }
    return at;
}

}  // namespace readcast

#include "text/DigitGroups.hpp"

#include "core/Ascii.hpp"

namespace readcast {

std::string withoutApostropheGroups(const std::string& text) {
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
            continue;
        }
        out += text[i];
    }
    return out;
}

}  // namespace readcast

#include "publish/Xml.hpp"

#include <cstdio>

#include "core/Utf8.hpp"

namespace readcast {

std::string xmlEscape(const std::string& text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t start = i;
        const char32_t c = nextCodePoint(text, i);
        const bool allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                             (c >= 0xE000 && c <= 0xFFFC) || (c >= 0x10000 && c <= 0x10FFFF);
        // U+FFFD is left out too: it is what nextCodePoint gives for bytes that are not UTF-8.
        if (!allowed) continue;
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out.append(text, start, i - start);
        }
    }
    return out;
}

std::string percentEncodeSegment(const std::string& segment) {
    std::string out;
    char hex[4];
    for (const unsigned char c : segment) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                                c == '.' || c == '_' || c == '~';
        if (unreserved) {
            out.push_back(static_cast<char>(c));
        } else {
            std::snprintf(hex, sizeof hex, "%%%02X", c);
            out += hex;
        }
    }
    return out;
}

}  // namespace readcast

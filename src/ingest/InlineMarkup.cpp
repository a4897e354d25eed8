#include "ingest/InlineMarkup.hpp"

#include <unicode/utf8.h>

#include <array>
#include <cctype>
#include <cstring>
#include <string_view>

namespace readcast {
namespace {

// Finds the index just past the bracket that closes the one at `open`, or npos.
std::size_t matchBracket(const std::string& s, std::size_t open, char opening, char closing) {
    int depth = 0;
    for (std::size_t i = open; i < s.size(); ++i) {
        if (s[i] == '\\') {
            ++i;
            continue;
        }
        if (s[i] == opening) ++depth;
        if (s[i] == closing && --depth == 0) return i + 1;
    }
    return std::string::npos;
}

void appendUtf8(std::string& out, uint32_t cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    char buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, static_cast<UChar32>(cp), error);
    (void)error;  // cannot happen: the buffer holds any code point
    out.append(buf, static_cast<std::size_t>(len));
}

struct NamedEntity {
    std::string_view name;
    uint32_t code_point;
};

// The references that survive in copy-pasted news text; gumbo decodes the full table for real HTML.
constexpr std::array<NamedEntity, 26> kEntities{{
    {"amp", '&'},        {"lt", '<'},         {"gt", '>'},         {"quot", '"'},       {"apos", '\''},
    {"nbsp", 0xA0},      {"ndash", 0x2013},   {"mdash", 0x2014},   {"hellip", 0x2026},  {"lsquo", 0x2018},
    {"rsquo", 0x2019},   {"ldquo", 0x201C},   {"rdquo", 0x201D},   {"copy", 0xA9},      {"reg", 0xAE},
    {"trade", 0x2122},   {"euro", 0x20AC},    {"pound", 0xA3},     {"yen", 0xA5},       {"cent", 0xA2},
    {"deg", 0xB0},       {"eacute", 0xE9},    {"middot", 0xB7},    {"bull", 0x2022},    {"laquo", 0xAB},
    {"raquo", 0xBB},
}};

// Parses a Markdown link destination "(url "title")" starting at `open`; returns index past it.
std::size_t skipDestination(const std::string& s, std::size_t open) {
    if (open >= s.size() || s[open] != '(') return std::string::npos;
    return matchBracket(s, open, '(', ')');
}

}  // namespace

std::string collapseWhitespace(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        bool space = std::isspace(c) != 0;
        std::size_t width = 1;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            space = true;  // U+00A0 no-break space
            width = 2;
        } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
            const auto c2 = static_cast<unsigned char>(text[i + 2]);
            if ((c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xAF) {  // U+2000..U+200A, U+202F spaces
                space = true;
                width = 3;
            } else if (c2 == 0x8B) {  // U+200B zero-width space: drop it
                i += 2;
                continue;
            }
        } else if (c == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   static_cast<unsigned char>(text[i + 2]) == 0x80) {  // U+3000 ideographic space
            space = true;
            width = 3;
        }
        if (space) {
            pendingSpace = !out.empty();
            i += width - 1;
            continue;
        }
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += text[i];
    }
    return out;
}

std::string decodeEntities(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '&') {
            out += text[i];
            continue;
        }
        const std::size_t semi = text.find(';', i + 1);
        if (semi == std::string::npos || semi - i > 12) {
            out += '&';
            continue;
        }
        const std::string_view ref(text.data() + i + 1, semi - i - 1);
        bool decoded = false;
        if (ref.size() > 1 && ref[0] == '#') {
            const bool hex = ref[1] == 'x' || ref[1] == 'X';
            const std::string digits(ref.substr(hex ? 2 : 1));
            if (!digits.empty() && digits.find_first_not_of(hex ? "0123456789abcdefABCDEF" : "0123456789") ==
                                       std::string::npos) {
                appendUtf8(out, static_cast<uint32_t>(std::stoul(digits, nullptr, hex ? 16 : 10)));
                decoded = true;
            }
        } else {
            for (const NamedEntity& e : kEntities) {
                if (e.name == ref) {
                    appendUtf8(out, e.code_point);
                    decoded = true;
                    break;
                }
            }
        }
        if (decoded) {
            i = semi;
        } else {
            out += '&';
        }
    }
    return out;
}

std::string takeImages(const std::string& line, std::vector<Image>& images) {
    std::string rest;
    std::size_t i = 0;
    while (i < line.size()) {
        if (line.compare(i, 2, "![") == 0) {
            const std::size_t altEnd = matchBracket(line, i + 1, '[', ']');
            const std::size_t destEnd = altEnd == std::string::npos ? altEnd : skipDestination(line, altEnd);
            if (destEnd != std::string::npos) {
                Image image;
                image.alt = collapseWhitespace(line.substr(i + 2, altEnd - i - 3));
                std::string dest = line.substr(altEnd + 1, destEnd - altEnd - 2);
                image.url = dest.substr(0, dest.find(' '));
                images.push_back(std::move(image));
                i = destEnd;
                continue;
            }
        }
        rest += line[i++];
    }
    return rest;
}

std::string stripInlineMarkup(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '[') {  // Markdown link [text](url) -> text
            const std::size_t close = matchBracket(text, i, '[', ']');
            const std::size_t destEnd = close == std::string::npos ? close : skipDestination(text, close);
            if (destEnd != std::string::npos) {
                out += text.substr(i + 1, close - i - 2);
                i = destEnd;
                continue;
            }
        } else if (c == '<') {  // HTML tag or comment: drop it, keep a word boundary
            const bool comment = text.compare(i, 4, "<!--") == 0;
            const std::size_t end = comment ? text.find("-->", i) : text.find('>', i);
            const bool tagLike = comment || (i + 1 < text.size() && (std::isalpha(static_cast<unsigned char>(text[i + 1])) ||
                                                                     text[i + 1] == '/' || text[i + 1] == '!'));
            if (end != std::string::npos && tagLike) {
                out += ' ';
                i = end + (comment ? 3 : 1);
                continue;
            }
        } else if (c == '*' || c == '`' || (c == '_' && i + 1 < text.size() && text[i + 1] == '_')) {
            // Emphasis and code markers; a lone underscore inside a word (snake_case) stays.
            while (i < text.size() && text[i] == c) ++i;
            continue;
        }
        out += c;
        ++i;
    }
    return collapseWhitespace(decodeEntities(out));
}

bool splitTrailingCredit(const std::string& text, std::string& body, std::string& credit) {
    std::string t = collapseWhitespace(text);
    if (t.empty() || t.back() != ']') return false;
    const std::size_t open = t.rfind('[');
    if (open == std::string::npos) return false;
    const std::string inside = t.substr(open + 1, t.size() - open - 2);
    // Agency credits are written in capitals: [YONHAP], [SPRAVDI/YONHAP], [AP Photo/Jane Doe].
    std::size_t upper = 0, letters = 0;
    for (char ch : inside) {
        if (std::isalpha(static_cast<unsigned char>(ch))) {
            ++letters;
            if (std::isupper(static_cast<unsigned char>(ch))) ++upper;
        }
    }
    if (letters == 0 || inside.size() > 80 || upper * 2 < letters) return false;
    body = collapseWhitespace(t.substr(0, open));
    credit = inside;
    return true;
}

}  // namespace readcast

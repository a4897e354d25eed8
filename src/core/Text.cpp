#include "core/Text.hpp"

#include <array>
#include <cctype>
#include <limits>
#include <string_view>

#include "core/Utf8.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace readcast {
namespace {

struct NamedEntity {
    std::string_view name;
    char32_t code_point;
};

// The references that survive in copy-pasted news text.
constexpr std::array<NamedEntity, 26> kEntities{{
    {"amp", '&'},        {"lt", '<'},         {"gt", '>'},         {"quot", '"'},       {"apos", '\''},
    {"nbsp", 0xA0},      {"ndash", 0x2013},   {"mdash", 0x2014},   {"hellip", 0x2026},  {"lsquo", 0x2018},
    {"rsquo", 0x2019},   {"ldquo", 0x201C},   {"rdquo", 0x201D},   {"copy", 0xA9},      {"reg", 0xAE},
    {"trade", 0x2122},   {"euro", 0x20AC},    {"pound", 0xA3},     {"yen", 0xA5},       {"cent", 0xA2},
    {"deg", 0xB0},       {"eacute", 0xE9},    {"middot", 0xB7},    {"bull", 0x2022},    {"laquo", 0xAB},
    {"raquo", 0xBB},
}};

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
            if (!digits.empty() && digits.size() <= 8 &&
                digits.find_first_not_of(hex ? "0123456789abcdefABCDEF" : "0123456789") == std::string::npos) {
                appendUtf8(out, static_cast<char32_t>(std::stoul(digits, nullptr, hex ? 16 : 10)));
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

std::size_t countWords(const std::string& text) {
    std::size_t words = 0;
    std::size_t ideographs = 0;
    bool inWord = false;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            const bool space = std::isspace(byte) != 0;
            if (!space && !inWord) ++words;
            inWord = !space;
            ++i;
            continue;
        }
        const char32_t c = nextCodePoint(text, i);
        // Chinese and Japanese put no spaces between words: their characters are counted, about two
        // to a word, and their punctuation (U+3000..U+303F, full-width forms) separates like a space.
        const bool punctuation = (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20);
        const bool ideograph = (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
                               (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
        if (punctuation || ideograph) {
            ideographs += ideograph ? 1 : 0;
            inWord = false;
            continue;
        }
        if (!inWord) ++words;
        inWord = true;
    }
    return words + (ideographs + 1) / 2;
}

std::string foldForComparison(const std::string& text) {
    std::string out;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
        if (u >= 0x80) out += c;  // letters of other scripts are kept as they are
    }
    return out;
}

std::string lowerUtf8(const std::string& text) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    u.toLower(icu::Locale::getRoot());
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::vector<std::string> splitWords(const std::string& text) {
    std::vector<std::string> words;
    std::string current;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!current.empty()) words.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) words.push_back(current);
    return words;
}

std::string withoutControls(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if ((c >= 0x20 && c != 0x7F) || c == '\t' || c == '\n' || c == '\r') out += text[i];
            ++i;
            continue;
        }
        std::size_t next = i;
        const char32_t cp = nextCodePoint(text, next);
        const bool c1 = cp >= 0x80 && cp <= 0x9F;
        const bool bidi = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
        // Private-use characters mean nothing to a listener, and the normalizer uses them as its own
        // placeholders: an article's must not stand in for a lexicon entry.
        const bool privateUse = (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000;
        if (!c1 && !bidi && !privateUse) out.append(text, i, next - i);
        i = next;
    }
    return out;
}

std::string printable(const std::string& text) {
    static const char* const kHex = "0123456789abcdef";
    std::string out;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7F) {
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else {
            out += ch;
        }
    }
    return withoutControls(out);
}

namespace {

// Digits from `text` (spaces and a sign first), saturating at `max`; the sign is given back.
unsigned long long digitsValue(const std::string& text, unsigned long long max, bool& negative) {
    std::size_t i = 0;
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    negative = i < text.size() && text[i] == '-';
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    unsigned long long value = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
        const unsigned digit = static_cast<unsigned>(text[i] - '0');
        if (value > (max - digit) / 10) return max;
        value = value * 10 + digit;
    }
    return value;
}

}  // namespace

int toInt(const std::string& text) {
    bool negative = false;
    const unsigned long long v = digitsValue(text, static_cast<unsigned long long>(std::numeric_limits<int>::max()), negative);
    return negative ? -static_cast<int>(v) : static_cast<int>(v);
}

unsigned long long toUnsigned(const std::string& text) {
    bool negative = false;
    return digitsValue(text, std::numeric_limits<unsigned long long>::max(), negative);
}

}  // namespace readcast

#include "core/Text.hpp"

#include "core/Ascii.hpp"

#include <array>
#include <cctype>
#include <limits>
#include <string_view>
#include <utility>

#include "core/Utf8.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace readcast {
namespace {

struct NamedEntity {
    std::string_view name;
    char32_t code_point;
};

// HTML 4's named character references, all 252 of them, and XHTML's &apos;: what pages and text
// pasted from them carry ("Yucat&aacute;n").
constexpr std::array<NamedEntity, 253> kEntities{{
    {"quot", 0x22}, {"apos", 0x27}, {"amp", 0x26}, {"lt", 0x3C}, {"gt", 0x3E}, {"nbsp", 0xA0}, {"iexcl", 0xA1}, {"cent", 0xA2},
    {"pound", 0xA3}, {"curren", 0xA4}, {"yen", 0xA5}, {"brvbar", 0xA6}, {"sect", 0xA7}, {"uml", 0xA8},
    {"copy", 0xA9}, {"ordf", 0xAA}, {"laquo", 0xAB}, {"not", 0xAC}, {"shy", 0xAD}, {"reg", 0xAE}, {"macr", 0xAF},
    {"deg", 0xB0}, {"plusmn", 0xB1}, {"sup2", 0xB2}, {"sup3", 0xB3}, {"acute", 0xB4}, {"micro", 0xB5},
    {"para", 0xB6}, {"middot", 0xB7}, {"cedil", 0xB8}, {"sup1", 0xB9}, {"ordm", 0xBA}, {"raquo", 0xBB},
    {"frac14", 0xBC}, {"frac12", 0xBD}, {"frac34", 0xBE}, {"iquest", 0xBF}, {"Agrave", 0xC0}, {"Aacute", 0xC1},
    {"Acirc", 0xC2}, {"Atilde", 0xC3}, {"Auml", 0xC4}, {"Aring", 0xC5}, {"AElig", 0xC6}, {"Ccedil", 0xC7},
    {"Egrave", 0xC8}, {"Eacute", 0xC9}, {"Ecirc", 0xCA}, {"Euml", 0xCB}, {"Igrave", 0xCC}, {"Iacute", 0xCD},
    {"Icirc", 0xCE}, {"Iuml", 0xCF}, {"ETH", 0xD0}, {"Ntilde", 0xD1}, {"Ograve", 0xD2}, {"Oacute", 0xD3},
    {"Ocirc", 0xD4}, {"Otilde", 0xD5}, {"Ouml", 0xD6}, {"times", 0xD7}, {"Oslash", 0xD8}, {"Ugrave", 0xD9},
    {"Uacute", 0xDA}, {"Ucirc", 0xDB}, {"Uuml", 0xDC}, {"Yacute", 0xDD}, {"THORN", 0xDE}, {"szlig", 0xDF},
    {"agrave", 0xE0}, {"aacute", 0xE1}, {"acirc", 0xE2}, {"atilde", 0xE3}, {"auml", 0xE4}, {"aring", 0xE5},
    {"aelig", 0xE6}, {"ccedil", 0xE7}, {"egrave", 0xE8}, {"eacute", 0xE9}, {"ecirc", 0xEA}, {"euml", 0xEB},
    {"igrave", 0xEC}, {"iacute", 0xED}, {"icirc", 0xEE}, {"iuml", 0xEF}, {"eth", 0xF0}, {"ntilde", 0xF1},
    {"ograve", 0xF2}, {"oacute", 0xF3}, {"ocirc", 0xF4}, {"otilde", 0xF5}, {"ouml", 0xF6}, {"divide", 0xF7},
    {"oslash", 0xF8}, {"ugrave", 0xF9}, {"uacute", 0xFA}, {"ucirc", 0xFB}, {"uuml", 0xFC}, {"yacute", 0xFD},
    {"thorn", 0xFE}, {"yuml", 0xFF}, {"OElig", 0x152}, {"oelig", 0x153}, {"Scaron", 0x160}, {"scaron", 0x161},
    {"Yuml", 0x178}, {"fnof", 0x192}, {"circ", 0x2C6}, {"tilde", 0x2DC}, {"Alpha", 0x391}, {"Beta", 0x392},
    {"Gamma", 0x393}, {"Delta", 0x394}, {"Epsilon", 0x395}, {"Zeta", 0x396}, {"Eta", 0x397}, {"Theta", 0x398},
    {"Iota", 0x399}, {"Kappa", 0x39A}, {"Lambda", 0x39B}, {"Mu", 0x39C}, {"Nu", 0x39D}, {"Xi", 0x39E},
    {"Omicron", 0x39F}, {"Pi", 0x3A0}, {"Rho", 0x3A1}, {"Sigma", 0x3A3}, {"Tau", 0x3A4}, {"Upsilon", 0x3A5},
    {"Phi", 0x3A6}, {"Chi", 0x3A7}, {"Psi", 0x3A8}, {"Omega", 0x3A9}, {"alpha", 0x3B1}, {"beta", 0x3B2},
    {"gamma", 0x3B3}, {"delta", 0x3B4}, {"epsilon", 0x3B5}, {"zeta", 0x3B6}, {"eta", 0x3B7}, {"theta", 0x3B8},
    {"iota", 0x3B9}, {"kappa", 0x3BA}, {"lambda", 0x3BB}, {"mu", 0x3BC}, {"nu", 0x3BD}, {"xi", 0x3BE},
    {"omicron", 0x3BF}, {"pi", 0x3C0}, {"rho", 0x3C1}, {"sigmaf", 0x3C2}, {"sigma", 0x3C3}, {"tau", 0x3C4},
    {"upsilon", 0x3C5}, {"phi", 0x3C6}, {"chi", 0x3C7}, {"psi", 0x3C8}, {"omega", 0x3C9}, {"thetasym", 0x3D1},
    {"upsih", 0x3D2}, {"piv", 0x3D6}, {"ensp", 0x2002}, {"emsp", 0x2003}, {"thinsp", 0x2009}, {"zwnj", 0x200C},
    {"zwj", 0x200D}, {"lrm", 0x200E}, {"rlm", 0x200F}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E},
    {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022}, {"hellip", 0x2026}, {"permil", 0x2030},
    {"prime", 0x2032}, {"Prime", 0x2033}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"oline", 0x203E},
    {"frasl", 0x2044}, {"euro", 0x20AC}, {"image", 0x2111}, {"weierp", 0x2118}, {"real", 0x211C},
    {"trade", 0x2122}, {"alefsym", 0x2135}, {"larr", 0x2190}, {"uarr", 0x2191}, {"rarr", 0x2192},
    {"darr", 0x2193}, {"harr", 0x2194}, {"crarr", 0x21B5}, {"lArr", 0x21D0}, {"uArr", 0x21D1}, {"rArr", 0x21D2},
    {"dArr", 0x21D3}, {"hArr", 0x21D4}, {"forall", 0x2200}, {"part", 0x2202}, {"exist", 0x2203},
    {"empty", 0x2205}, {"nabla", 0x2207}, {"isin", 0x2208}, {"notin", 0x2209}, {"ni", 0x220B}, {"prod", 0x220F},
    {"sum", 0x2211}, {"minus", 0x2212}, {"lowast", 0x2217}, {"radic", 0x221A}, {"prop", 0x221D},
    {"infin", 0x221E}, {"ang", 0x2220}, {"and", 0x2227}, {"or", 0x2228}, {"cap", 0x2229}, {"cup", 0x222A},
    {"int", 0x222B}, {"there4", 0x2234}, {"sim", 0x223C}, {"cong", 0x2245}, {"asymp", 0x2248}, {"ne", 0x2260},
    {"equiv", 0x2261}, {"le", 0x2264}, {"ge", 0x2265}, {"sub", 0x2282}, {"sup", 0x2283}, {"nsub", 0x2284},
    {"sube", 0x2286}, {"supe", 0x2287}, {"oplus", 0x2295}, {"otimes", 0x2297}, {"perp", 0x22A5},
    {"sdot", 0x22C5}, {"lceil", 0x2308}, {"rceil", 0x2309}, {"lfloor", 0x230A}, {"rfloor", 0x230B},
    {"lang", 0x2329}, {"rang", 0x232A}, {"loz", 0x25CA}, {"spades", 0x2660}, {"clubs", 0x2663},
    {"hearts", 0x2665}, {"diams", 0x2666},
}};

}  // namespace

std::string collapseWhitespace(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        bool space = isAsciiSpace(c);
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
        // (A run of bytes that are neither spaces nor the lead bytes of one, copied at once: this runs on every
        // element's text of every page.)
        std::size_t j = i + 1;
        while (j < text.size()) {
            const auto d = static_cast<unsigned char>(text[j]);
            if (isAsciiSpace(d) || d == 0xC2 || d == 0xE2 || d == 0xE3) break;
            ++j;
        }
        out.append(text, i, j - i);
        i = j - 1;
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

void blankKeepingLines(std::string& text, std::size_t begin, std::size_t end) {
    for (std::size_t k = begin; k < end && k < text.size(); ++k) {
        if (text[k] != '\n') text[k] = ' ';
    }
}

std::size_t occurrences(const std::string& text, std::string_view piece) {
    if (piece.empty()) return 0;
    std::size_t n = 0;
    for (std::size_t at = text.find(piece); at != std::string::npos; at = text.find(piece, at + piece.size())) ++n;
    return n;
}

std::size_t occurrencesAsWord(const std::string& text, std::string_view word) {
    if (word.empty()) return 0;
    std::size_t n = 0;
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + word.size())) {
        const bool before = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
        const bool after = at + word.size() >= text.size() || !std::isalnum(static_cast<unsigned char>(text[at + word.size()]));
        n += before && after;
    }
    return n;
}

std::size_t countWords(const std::string& text) {
    std::size_t words = 0;
    std::size_t ideographs = 0;
    bool inWord = false;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            const bool space = isAsciiSpace(byte);
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

std::string foldedAccents(const std::string& text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) return lowerUtf8(text);
    const icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString::fromUTF8(text).toLower(icu::Locale::getRoot()), status);
    if (U_FAILURE(status)) return lowerUtf8(text);
    icu::UnicodeString bare;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
        i += U16_LENGTH(c);
    }
    std::string out;
    bare.toUTF8String(out);
    return out;
}

bool startsWithAnyOf(std::string_view text, std::initializer_list<std::string_view> prefixes) {
    for (const std::string_view p : prefixes) {
        if (text.substr(0, p.size()) == p) return true;
    }
    return false;
}

bool containsAnyOf(std::string_view text, std::initializer_list<std::string_view> parts) {
    for (const std::string_view p : parts) {
        if (text.find(p) != std::string_view::npos) return true;
    }
    return false;
}

bool hasLetterOrDigit(const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (std::isalnum(c)) return true;
            ++i;
            continue;
        }
        if (u_isalnum(static_cast<UChar32>(nextCodePoint(text, i)))) return true;
    }
    return false;
}

std::string lowerUtf8(const std::string& text) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    u.toLower(icu::Locale::getRoot());
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

std::vector<std::string> splitWords(const std::string& text) {
    std::vector<std::string> words;
    std::string current;
    for (char c : text) {
        if (isAsciiSpace(static_cast<unsigned char>(c))) {
            if (!current.empty()) words.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) words.push_back(current);
    return words;
}

bool startsCapitalized(const std::string& word) {
    return !word.empty() && (std::isupper(static_cast<unsigned char>(word[0])) || static_cast<unsigned char>(word[0]) >= 0xC3);
}

bool allWordsCapitalized(const std::string& text) {
    for (const std::string& w : splitWords(text)) {
        if (!startsCapitalized(w)) return false;
    }
    return true;
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
    while (i < text.size() && isAsciiSpace(static_cast<unsigned char>(text[i]))) ++i;
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

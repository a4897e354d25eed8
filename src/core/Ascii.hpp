#pragma once
// Small ASCII helpers shared by the stages. Case folding here is ASCII only on purpose: it serves
// markup, file names, class names and English keywords, never the article's own text.

#include <cctype>
#include <string>

namespace readcast {

// (By the byte's value, not the C library's locale-aware calls: these run over every word of a page.)
inline std::string lowerAscii(std::string s) {
    for (char& c : s) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
    return s;
}

inline std::string upperAscii(std::string s) {
    for (char& c : s) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - ('a' - 'A')) : c;
    return s;
}

// Space, tab, line feed, carriage return, form feed, vertical tab: what std::isspace says in the C locale.
inline bool isAsciiSpace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// "0" to "9", whatever the locale (std::isdigit wants an unsigned char).
inline bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// A byte of a word in UTF-8 text: an ASCII letter or digit, or any byte of a non-ASCII character (so a
// match is never cut inside "Müller" or "서울").
inline bool isWordByte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || u >= 0x80;
}

// Whether a word ends at `at`: the text's end, a character of ASCII that is no letter or figure, or a mark beyond ASCII that
// closes or parts words (guillemets, curly quotation marks, dashes, an ellipsis, a no-break space): "сентября»", "2004”".
inline bool isWordEnd(const std::string& text, std::size_t at) {
    if (at >= text.size()) return true;
    if (!isWordByte(text[at])) return true;
    const auto u = static_cast<unsigned char>(text[at]);
    if (u == 0xC2 && at + 1 < text.size()) {
        const auto v = static_cast<unsigned char>(text[at + 1]);
        return v == 0xBB || v == 0xAB || v == 0xA0;
    }
    if (u == 0xE2 && at + 2 < text.size() && static_cast<unsigned char>(text[at + 1]) == 0x80) {
        const auto v = static_cast<unsigned char>(text[at + 2]);
        return (v >= 0x93 && v <= 0x9E) || v == 0xA6 || v == 0xAF || v == 0xBA || v == 0xB9;
    }
    return false;
}

// ".mp3" for "a/b/Story.MP3", "" when the last path component has no extension.
inline std::string lowerExtension(const std::string& path) {
    const std::size_t dot = path.find_last_of('.');
    const std::size_t slash = path.find_last_of('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
    return lowerAscii(path.substr(dot));
}

}  // namespace readcast

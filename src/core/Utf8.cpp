#include "core/Utf8.hpp"

#include <unicode/utf8.h>

namespace readcast {

char32_t nextCodePoint(const std::string& s, std::size_t& i) {
    auto k = static_cast<int32_t>(i);
    UChar32 c = 0;
    U8_NEXT(s.data(), k, static_cast<int32_t>(s.size()), c);
    i = static_cast<std::size_t>(k);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

char32_t codePointAt(const std::string& s, std::size_t i) {
    if (i >= s.size()) return 0;
    return nextCodePoint(s, i);
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    uint8_t buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(buf, len, 4, static_cast<UChar32>(cp), error);
    (void)error;  // cannot happen: four bytes hold any code point
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(len));
}

std::size_t firstInvalidUtf8(const std::string& bytes) {
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int32_t>(bytes.size());
    int32_t i = 0;
    while (i < length) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0) return static_cast<std::size_t>(start);
    }
    return std::string::npos;
}

std::size_t codePointCount(const std::string& s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

}  // namespace readcast

#pragma once
// Walking UTF-8 text one code point at a time, and checking that bytes are UTF-8. The one place
// readcast decodes UTF-8 by hand; everything else calls these.
//
//   std::size_t i = 0;
//   while (i < s.size()) { char32_t c = nextCodePoint(s, i); ... }   // i moves past the code point
//   firstInvalidUtf8("abc\xFF")   // 3

#include <cstddef>
#include <string>

namespace readcast {

// The code point at byte `i`, advancing `i` past it. A malformed sequence yields U+FFFD and advances
// by at least one byte, so a loop over any bytes ends.
char32_t nextCodePoint(const std::string& s, std::size_t& i);

// The code point at byte `i` without moving (U+FFFD when malformed); 0 past the end.
char32_t codePointAt(const std::string& s, std::size_t i);

// Appends `cp` as UTF-8; NUL, surrogates and values past U+10FFFF become U+FFFD.
void appendUtf8(std::string& out, char32_t cp);

// Code points in `s`, a length in characters of any script (bytes that continue a sequence are not counted).
std::size_t codePointCount(const std::string& s);

// Byte offset of the first malformed UTF-8 sequence, or std::string::npos.
std::size_t firstInvalidUtf8(const std::string& bytes);

inline bool isValidUtf8(const std::string& bytes) { return firstInvalidUtf8(bytes) == std::string::npos; }

}  // namespace readcast

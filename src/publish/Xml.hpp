#pragma once
// Text made safe for XML 1.0 and HTML: the five special characters escaped, and what XML cannot hold at
// all (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF, invalid UTF-8) left out. Every
// string from an article goes through it on its way into a feed or a page.
//
//   xmlEscape("A & B <c>")   // "A &amp; B &lt;c&gt;"

#include <string>

namespace readcast {

std::string xmlEscape(const std::string& text);

// A URL path segment (a file name) percent-encoded as RFC 3986 wants: unreserved characters kept,
// every other byte of its UTF-8 as %XX ("my story é.mp3" -> "my%20story%20%C3%A9.mp3").
std::string percentEncodeSegment(const std::string& segment);

}  // namespace readcast

#pragma once
// The parts of a web address readcast needs.
//
//   hostName("https://www.bbc.com/news/world-1?x=2")   // "bbc.com"
//   hostName("not a url")                              // ""

#include <string>

namespace readcast {

// The host of an http(s) address without "www." and port, lower-cased; "" when there is none.
std::string hostName(const std::string& url);

// The region a country's domain gives a language written there, "-GB" for English at "bbc.co.uk", "-AR" for
// Spanish at "lanacion.com.ar", "-CH" for French or German at a ".ch"; "" where the host or the language says none.
std::string regionOfHost(const std::string& language, const std::string& host);

// Whether `line` is one web address and nothing else, with a path after its host: "https://example.com.au/local/story",
// "www.example.com/a"; not "www.example.com", not "see https://example.com/a".
bool isBareWebAddressWithPath(const std::string& line);

// `reference` made absolute against the http(s) address `base`, as a browser resolves a link (RFC 3986:
// "/a.jpg", "../a.jpg", "//cdn.example.com/a.jpg", "a.jpg?w=2"); an address with a scheme of its own is
// returned as it is, and `reference` unchanged when `base` is no http(s) address.
//
//   resolveUrl("https://example.com/news/2024/story.html", "../img/a.jpg")   // "https://example.com/news/img/a.jpg"
std::string resolveUrl(const std::string& base, const std::string& reference);

// An e-mail address as written in a line, for std::regex ("jihyun@newsis.com", "photo@newsis.com"): a name of word
// characters, dots, pluses or hyphens, "@", and a domain of two labels at least.
inline constexpr const char* kEmailAddressPattern = R"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)";

}  // namespace readcast

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

}  // namespace readcast

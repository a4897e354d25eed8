#pragma once
// The parts of a web address readcast needs.
//
//   hostName("https://www.bbc.com/news/world-1?x=2")   // "bbc.com"
//   hostName("not a url")                              // ""

#include <string>

namespace readcast {

// The host of an http(s) address without "www." and port, lower-cased; "" when there is none.
std::string hostName(const std::string& url);

}  // namespace readcast

#pragma once
// Text handed to TagLib: readcast holds UTF-8 everywhere, TagLib needs to be told.

#include <taglib/tstring.h>

#include <string>

namespace readcast {

inline TagLib::String utf8(const std::string& s) { return TagLib::String(s, TagLib::String::UTF8); }

}  // namespace readcast

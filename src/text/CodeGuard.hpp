#pragma once
// The last guard before speech: text that looks like program code or serialized data (a script or a
// JSON blob that slipped through extraction, a code sample) is never spoken. The signs are general
// ones of code, not of a site: braces around key:value pairs or assignments, declarations and arrows,
// escaped slashes, markup tags, call-and-terminate punctuation, and a density of symbols prose never has.
//
//   looksLikeCode("var x = {\"a\": 1};")      // true
//   looksLikeCode("He won 5-3 (a record).")    // false

#include <string>

namespace readcast {

bool looksLikeCode(const std::string& text);

// Markup left in text as characters ("a bit of wreck</font> in the", an escaped tag a page shows):
// removed, with a space where it stood. Tags are never read aloud.
std::string withoutTagResidue(const std::string& text);

}  // namespace readcast

#pragma once
// The language an article is written in, from its text (CLD2, the Compact Language Detector), for
// pages that do not say or say wrong: a Spanish page with no lang attribute, a template that declares
// "en" around a Korean story.
//
//   detectLanguage("Los pueblos indígenas reclaman por derechos …")   // "es"
//   detectLanguage("ok")                                              // "" (too little text to tell)

#include <string>

namespace readcast {

// The BCP 47 tag of the text's language when the detector is sure of it (it holds `share` percent of
// the text at least), else "".
std::string detectLanguage(const std::string& utf8, int share = 80);

// The language to read an article in: the declared one, unless its text is long enough and clearly in
// another language (or nothing was declared).
std::string confirmedLanguage(const std::string& declared, const std::string& bodyText);

}  // namespace readcast

#pragma once
// BCP 47 language tags as the stages compare them: by primary subtag, case-insensitively.
//
//   primaryLanguage("en-GB")  // "en"
//   isEnglish("EN_us")        // true
//   regionOf("es-mx")         // "MX"
//   languageName("fr-FR")     // "French (France)"

#include <string>

#include "core/Ascii.hpp"

namespace readcast {

inline std::string primaryLanguage(const std::string& tag) { return lowerAscii(tag.substr(0, tag.find_first_of("-_"))); }

// Whether two tags name the same language, a macrolanguage and its members counted as one (eSpeak NG's
// Mandarin "cmn" and Cantonese "yue" read Chinese "zh").
bool sameLanguage(const std::string& a, const std::string& b);

// Whether `tag` has the shape of a BCP 47 tag in use: a primary subtag of 2-3 letters, then subtags of
// 1-8 letters or digits, joined by "-" (or "_"), 35 characters at most. Anything else an input declares
// ("../../x", "english") is not a language and is never used in a path or a lookup.
bool isLanguageTag(const std::string& tag);

inline bool isEnglish(const std::string& tag) { return primaryLanguage(tag) == "en"; }

// The region subtag in upper case ("en-gb" -> "GB", "es-419" -> "419", "zh-Hant-TW" -> "TW"), or "".
std::string regionOf(const std::string& tag);

// Whether dates in figures are written month first in this language: English with no region or with
// America's, Canada's or the Philippines' ("4/5/2025" is April 5); every other language and English
// elsewhere writes the day first. An empty tag (nothing known yet) counts as English with no region.
inline bool writesMonthFirst(const std::string& tag) {
    if (tag.empty()) return true;
    if (!isEnglish(tag)) return false;
    const std::string region = regionOf(tag);
    return region.empty() || region == "US" || region == "CA" || region == "PH";
}

// The language's English name, for messages; the tag itself when ICU does not know it.
std::string languageName(const std::string& tag);

}  // namespace readcast

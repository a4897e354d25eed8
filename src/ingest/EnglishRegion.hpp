#pragma once
// The region of an English text that does not say it, from how it is written: "colour", "per cent",
// "14 March", "£412m" are written outside North America, where a newsreader says "four hundred and
// twelve" and a date in figures puts the day first. The currency and the time zones it names tell
// which country; a text in American spelling, or one too short to tell, keeps plain "en".
//
//   withEnglishRegion("en", "The council's programme will cost £4m, or 3 per cent of …")  // "en-GB"
//   withEnglishRegion("en", "The program will cost $4 million, or 3 percent of …")        // "en"

#include <string>

namespace readcast {

// `language` with the region `text` shows, when it is English with no region and the text is clearly
// written in Commonwealth spelling; else `language` as it is.
std::string withEnglishRegion(const std::string& language, const std::string& text);

}  // namespace readcast

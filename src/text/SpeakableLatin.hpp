#pragma once
// Latin letters eSpeak NG's voices cannot say: Yoruba's "ọ", "ẹ", "ṣ", Vietnamese "ễ", "ạ" (Latin Extended
// Additional) and combining accents after a letter. eSpeak NG spells each one out by its Unicode name ("letter one E C
// D, grave"), so a name such as "Adébáyọ̀" would be heard as a list of characters. A newsreader without the language
// says the letters without their marks, as the voice does for the names it knows: "Adébáyo". The accents of Latin-1
// and Latin Extended-A, "é", "ł", "ř", which the voices say, stay.
//
//   withSpeakableLatin("Adébáyọ̀ spoke")   // "Adébáyo spoke"

#include <string>

namespace readcast {

// `text` with each letter of Latin Extended Additional (U+1E00-U+1EFF) said as its base letter, and each combining mark
// (U+0300-U+036F) folded into the letter before it where one character holds both in Latin-1 or Latin Extended-A, else
// left out.
std::string withSpeakableLatin(const std::string& text);

}  // namespace readcast

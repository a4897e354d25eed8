#pragma once
// An initialism in Latin capitals inside a sentence of another script: "FOMC" in a Korean story, "HSBC" in a Russian
// one. eSpeak NG switches to English for the word alone and, with no sentence around it, says as a word what it can
// pronounce at all ("fomk", "hizbk"). A newsreader spells them; spaced, the English voice says the letters ("F O M C").
// Capitals that make an English word's syllables ("NATO", "OPEC", "KOSPI") are said as words, as they are; so are those of two
// vowels and more, names more often than letters ("TOYOTA", "NVIDIA"), and two and three capitals, which eSpeak NG spells itself
// inside a sentence ("IMF", "CEO").
//
//   withLatinInitialismsSpelled("미 연준은 FOMC 회의에서", log)   // "미 연준은 F O M C 회의에서"

#include <string>
#include <vector>

#include "text/Normalizer.hpp"

namespace readcast {

// `text` with each word of four to seven Latin capitals, one vowel at most, that no English word could be made of spelled, when most of
// the text's letters are of another script (Cyrillic, Hangul, Greek, Arabic, Hebrew, Han…).
std::string withLatinInitialismsSpelled(const std::string& text, std::vector<Rewrite>* log);

}  // namespace readcast

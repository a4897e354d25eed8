#pragma once
// Words in a script the sentence's voice would spell letter by letter: an Urdu quote in an English story (eSpeak NG
// says "Arabic meem, Arabic noon, …" for each letter), a name in Chinese characters or Cyrillic beside its
// transliteration. Left out of the spoken text, as a newsreader reads the translation beside them and not the letters'
// names. (Scripts eSpeak NG reads in their own language's voice, Devanagari, Bengali, Tamil and the other Indic ones,
// are kept; so is a Greek letter alone, a symbol the rules name.) Only in a language written in the Latin script.
//
//   withoutUnsayableScripts("\"ہم نے محنت کی\" — \"We worked hard,\" she said.", "en", log)   // "\"We worked hard,\" she said."

#include <string>
#include <vector>

#include "text/Normalizer.hpp"

namespace readcast {

std::string withoutUnsayableScripts(const std::string& text, const std::string& language, std::vector<Rewrite>* log);

}  // namespace readcast

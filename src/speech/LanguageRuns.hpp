#pragma once
// Splits an utterance into runs by writing system, so that a name written in another script inside an
// English sentence ("Путин", "윤석열") is spoken by a voice for that script's language instead of
// being spelled out letter by letter. Spaces, digits and punctuation stay with the run around them.
//
//   splitByScript("Putin (Путин) spoke", "en")  // {"Putin (", "en"}, {"Путин", "ru"}, {") spoke", "en"}

#include <string>
#include <vector>

namespace readcast {

struct LanguageRun {
    std::string text;
    std::string language;
};

std::vector<LanguageRun> splitByScript(const std::string& text, const std::string& language);

// The language most texts in a script are written in ("ru" for Cyrillic), or "" for Latin and
// scripts shared by many languages.
std::string languageOfScript(int uscript_code);

}  // namespace readcast

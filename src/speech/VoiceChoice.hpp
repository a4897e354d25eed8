#pragma once
// Which narrator reads an article: the profile asked for by name, else an eSpeak NG voice of that
// name, else the profile marked default for the article's language, else eSpeak NG's voice for it,
// else (a language nobody speaks, such as a page's mistyped lang attribute) the English default,
// with a note saying so.
//
//   std::string note;
//   NarratorProfile p = chooseVoice(voicesDir, options.voice, article.language, VoiceCatalog::installed(), &note);

#include <string>

#include "speech/VoiceCatalog.hpp"
#include "speech/NarratorProfile.hpp"

namespace readcast {

NarratorProfile chooseVoice(const std::string& voices_dir, const std::string& requested, const std::string& language,
                            const VoiceCatalog& voices, std::string* fallback_note = nullptr);

}  // namespace readcast

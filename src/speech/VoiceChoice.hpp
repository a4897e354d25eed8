#pragma once
// Which narrator reads an article: the profile asked for by name, else an eSpeak NG voice of that
// name, else the profile marked default for the article's language, else eSpeak NG's voice for it.
//
//   NarratorProfile p = chooseVoice(voicesDir, options.voice, article.language, tts);

#include <string>

#include "speech/EspeakSynthesizer.hpp"
#include "speech/NarratorProfile.hpp"

namespace readcast {

NarratorProfile chooseVoice(const std::string& voices_dir, const std::string& requested, const std::string& language,
                            const EspeakSynthesizer& tts);

}  // namespace readcast

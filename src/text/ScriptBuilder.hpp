#pragma once
// Article -> Script: the headline, the intro (byline and date), the body sentence by sentence, then the
// outro that tells the listener the voice is synthetic. Captions are read only when asked; credits never.
//
//   ScriptOptions options;                 // pauses usually come from the narrator profile
//   options.read_captions = true;
//   Script s = buildScript(article, options);

#include "model/Article.hpp"
#include "model/Framing.hpp"
#include "model/Pauses.hpp"
#include "text/Normalizer.hpp"
#include "model/Script.hpp"

namespace readcast {

struct ScriptOptions {
    const Normalizer* normalizer = nullptr;  // null: text is spoken as written
    bool read_captions = false;
    Framing framing = englishFraming();      // what is said around the story (model/Framing.hpp)
    bool intro = true;                        // "By ... Published April twenty-ninth, twenty twenty-five."
    bool outro = true;                        // "This audio report was read by a synthetic voice."
    Pauses pauses;
};

// No utterance is longer: its audio is held whole while its silence is trimmed, so a paragraph without
// sentence punctuation (a list pasted as one line, unpunctuated CJK text) is cut at a clause or word
// boundary. 600 bytes is about 40 seconds of speech.
inline constexpr std::size_t kMaxUtteranceBytes = 600;

Script buildScript(const Article& article, const ScriptOptions& options);

}  // namespace readcast

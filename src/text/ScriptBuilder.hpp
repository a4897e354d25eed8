#pragma once
// Article -> Script: the headline, an optional spoken intro (byline and date), then the body sentence
// by sentence. Captions are read only when asked; credits never.
//
//   ScriptOptions options;                 // pauses usually come from the narrator profile
//   options.read_captions = true;
//   Script s = buildScript(article, options);

#include "ingest/Article.hpp"
#include "text/Normalizer.hpp"
#include "text/Script.hpp"

namespace readcast {

struct ScriptPauses {
    int title_ms = 1000;
    int heading_ms = 700;
    int paragraph_ms = 650;
    int sentence_ms = 250;
};

struct ScriptOptions {
    const Normalizer* normalizer = nullptr;  // null: text is spoken as written
    bool read_captions = false;
    bool intro = true;  // "By ... Published April twenty-ninth, twenty twenty-five."
    ScriptPauses pauses;
};

Script buildScript(const Article& article, const ScriptOptions& options);

}  // namespace readcast

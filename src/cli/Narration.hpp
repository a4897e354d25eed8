#pragma once
// What render and script share: read the article, choose its narrator, build its script.
//
//   EspeakSynthesizer tts;
//   Narration n = prepareNarration(options.article, tts);   // n.script is what will be said

#include "cli/Options.hpp"
#include "ingest/Article.hpp"
#include "speech/EspeakSynthesizer.hpp"
#include "speech/NarratorProfile.hpp"
#include "text/Lexicon.hpp"
#include "text/Script.hpp"

namespace readcast {

struct Narration {
    Article article;
    NarratorProfile narrator;  // with --rate and --pitch applied
    Lexicon lexicon;
    Script script;
};

Narration prepareNarration(const ArticleOptions& options, const EspeakSynthesizer& tts);

// voices/<language>.lexicon.tsv when it exists, then each --lexicon file (later entries win ties).
Lexicon loadLexicons(const std::string& voices_dir, const std::string& language, const std::vector<std::string>& extra);

}  // namespace readcast

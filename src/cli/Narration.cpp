#include "cli/Narration.hpp"

#include <filesystem>
#include <iostream>

#include "core/LanguageTag.hpp"
#include "ingest/Ingest.hpp"
#include "speech/VoiceChoice.hpp"
#include "text/ScriptBuilder.hpp"

namespace readcast {

Lexicon loadLexicons(const std::string& voices_dir, const std::string& language, const std::vector<std::string>& extra) {
    Lexicon lexicon;
    // Run files first: for the same written form the first loaded entry is found first.
    for (const std::string& path : extra) lexicon.load(path);
    const std::filesystem::path shipped = std::filesystem::path(voices_dir) / (primaryLanguage(language) + ".lexicon.tsv");
    if (std::filesystem::exists(shipped)) lexicon.load(shipped.string());
    return lexicon;
}

Narration prepareNarration(const ArticleOptions& options, const EspeakSynthesizer& tts) {
    Narration n;
    n.article = ingestArticle(readInput(options.article), options.from);
    if (!options.title.empty()) n.article.title = options.title;
    if (!options.author.empty()) n.article.byline = options.author;
    if (!options.site.empty()) n.article.site = options.site;
    std::string note;
    n.narrator = chooseVoice(options.voices_dir, options.voice, n.article.language, tts, &note);
    if (!note.empty()) std::cerr << "readcast: warning: " << n.article.source << ": " << note << '\n';
    if (options.rate_wpm) n.narrator.rate_wpm = *options.rate_wpm;
    if (options.pitch) n.narrator.pitch = *options.pitch;
    n.lexicon = loadLexicons(options.voices_dir, n.article.language, options.lexicons);
    const Normalizer normalizer(n.article.language, &n.lexicon);
    ScriptOptions scriptOptions;
    scriptOptions.normalizer = &normalizer;
    scriptOptions.read_captions = options.read_captions;
    scriptOptions.intro = !options.no_intro;
    scriptOptions.pauses = n.narrator.pauses;
    n.script = buildScript(n.article, scriptOptions);
    return n;
}

}  // namespace readcast

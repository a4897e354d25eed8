#include "cli/Narration.hpp"

#include "ingest/Ingest.hpp"
#include "speech/VoiceChoice.hpp"
#include "text/ScriptBuilder.hpp"

namespace readcast {

Narration prepareNarration(const ArticleOptions& options, const EspeakSynthesizer& tts) {
    Narration n;
    n.article = ingestArticle(readInput(options.article), options.from);
    if (!options.title.empty()) n.article.title = options.title;
    if (!options.author.empty()) n.article.byline = options.author;
    if (!options.site.empty()) n.article.site = options.site;
    n.narrator = chooseVoice(options.voices_dir, options.voice, n.article.language, tts);
    if (options.rate_wpm) n.narrator.rate_wpm = *options.rate_wpm;
    if (options.pitch) n.narrator.pitch = *options.pitch;
    ScriptOptions scriptOptions;
    scriptOptions.read_captions = options.read_captions;
    scriptOptions.intro = !options.no_intro;
    scriptOptions.pauses = n.narrator.pauses;
    n.script = buildScript(n.article, scriptOptions);
    return n;
}

}  // namespace readcast

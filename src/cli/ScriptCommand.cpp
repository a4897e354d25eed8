#include <iostream>

#include "cli/Commands.hpp"
#include "cli/PrintRewrites.hpp"
#include "core/Text.hpp"
#include "ingest/InputReader.hpp"
#include "core/Install.hpp"
#include "core/LanguageTag.hpp"
#include "text/Normalizer.hpp"

namespace readcast {
namespace {

// --bare: the spoken form of the text alone, one output line per input line.
void runBare(const ScriptOptions& o) {
    const std::string language = o.job.language.empty() ? "en" : o.job.language;
    const Lexicon lexicon = loadLexicons(o.job.voices_dir.empty() ? defaultVoicesDir() : o.job.voices_dir, language, o.job.lexicons);
    // (A currency's letter by the tag's region: "--language en-PG" reads "K620 million" as kina.)
    const Normalizer normalizer(language, &lexicon, StoryCues{regionOf(language)});
    // A line in, a line out, as it is read: a pipe gets each line at once and memory holds one line.
    forEachTextLine(o.job.article, o.job.max_input_bytes, [&](const std::string& raw) {
        const std::string line = collapseWhitespace(raw);
        if (line.empty()) return;
        std::vector<Rewrite> rewrites;
        std::cout << normalizer.normalize(line, o.explain ? &rewrites : nullptr) << '\n';
        printRewrites(std::cout, rewrites);
        if (o.job.article == "-") std::cout.flush();  // a pipe's reader hears each line as it comes
    });
}

}  // namespace

void runScript(const ScriptOptions& o) {
    if (o.bare) {
        runBare(o);
        return;
    }
    runNarrationScript(o);
}

}  // namespace readcast

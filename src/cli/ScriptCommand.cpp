#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/Commands.hpp"
#include "core/Text.hpp"
#include "ingest/InputReader.hpp"
#include "render/Render.hpp"
#include "text/Normalizer.hpp"

namespace readcast {
namespace {

void printRewrites(const std::vector<Rewrite>& rewrites) {
    for (const Rewrite& r : rewrites) std::cout << "    " << r.written << " -> " << r.spoken << "  [" << r.rule << "]\n";
}

// --bare: the spoken form of the text alone, one output line per input line.
void runBare(const ScriptOptions& o) {
    const Lexicon lexicon =
        loadLexicons(o.job.voices_dir.empty() ? defaultVoicesDir() : o.job.voices_dir, o.language, o.job.lexicons);
    const Normalizer normalizer(o.language, &lexicon);
    // A line in, a line out, as it is read: a pipe gets each line at once and memory holds one line.
    forEachTextLine(o.job.article, o.job.max_input_bytes, [&](const std::string& raw) {
        const std::string line = collapseWhitespace(raw);
        if (line.empty()) return;
        std::vector<Rewrite> rewrites;
        std::cout << normalizer.normalize(line, o.explain ? &rewrites : nullptr) << '\n';
        printRewrites(rewrites);
        if (o.job.article == "-") std::cout.flush();  // a pipe's reader hears each line as it comes
    });
}

}  // namespace

void runScript(const ScriptOptions& o) {
    if (o.bare) {
        runBare(o);
        return;
    }
    const Narration n = prepareNarration(o.job);
    for (const std::string& warning : n.warnings) std::cerr << "readcast: warning: " << printable(warning) << '\n';
    if (!o.json) {
        for (const Utterance& u : n.script.utterances) {
            std::cout << u.text << '\n';
            if (o.explain) printRewrites(u.rewrites);
        }
        return;
    }
    nlohmann::ordered_json doc;
    doc["title"] = n.article.title;
    doc["voice"] = n.narrator.name;
    doc["espeak_voice"] = n.narrator.espeakName();
    doc["rate_wpm"] = n.narrator.settings.rate_wpm;
    doc["pitch"] = n.narrator.settings.pitch;
    doc["utterances"] = nlohmann::ordered_json::array();
    for (const Utterance& u : n.script.utterances) {
        nlohmann::ordered_json item{{"text", u.text},
                                    {"written", u.written},
                                    {"role", toString(u.role)},
                                    {"language", u.language},
                                    {"pause_after_ms", u.pause_after_ms},
                                    {"block", u.block}};
        if (o.explain) {
            item["rewrites"] = nlohmann::ordered_json::array();
            for (const Rewrite& r : u.rewrites) {
                item["rewrites"].push_back({{"written", r.written}, {"spoken", r.spoken}, {"rule", r.rule}});
            }
        }
        doc["utterances"].push_back(item);
    }
    std::cout << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace readcast

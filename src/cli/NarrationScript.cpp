// `readcast script ARTICLE`: what render would say, built as render builds it (the narrator, its framing,
// the lexicons), without speaking. Runs in the audio module, which chooses the narrator.

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/Commands.hpp"
#include "cli/PrintRewrites.hpp"
#include "core/Text.hpp"
#include "render/Render.hpp"

namespace readcast {

void runNarrationScript(const ScriptOptions& o) {
    const Narration n = prepareNarration(o.job);
    for (const std::string& warning : n.warnings) std::cerr << "readcast: warning: " << printable(warning) << '\n';
    // (Shown, not refused: the script is what a user checks before deciding.)
    if (!n.unreadable.empty()) std::cerr << "readcast: warning: " << printable(n.unreadable) << "; render makes no audio of it\n";
    if (!o.json) {
        for (const Utterance& u : n.script.utterances) {
            std::cout << u.text << '\n';
            if (o.explain) printRewrites(std::cout, u.rewrites);
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

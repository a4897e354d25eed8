#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/Commands.hpp"
#include "cli/Narration.hpp"

namespace readcast {

void runScript(const ScriptOptionsCli& o) {
    EspeakSynthesizer tts;  // to check the voice exists, as render would
    const Narration n = prepareNarration(o.article, tts);
    if (!o.json) {
        for (const Utterance& u : n.script.utterances) std::cout << u.text << '\n';
        return;
    }
    nlohmann::ordered_json doc;
    doc["title"] = n.article.title;
    doc["voice"] = n.narrator.name;
    doc["utterances"] = nlohmann::ordered_json::array();
    for (const Utterance& u : n.script.utterances) {
        doc["utterances"].push_back({{"text", u.text},
                                     {"role", toString(u.role)},
                                     {"language", u.language},
                                     {"pause_after_ms", u.pause_after_ms},
                                     {"block", u.block}});
    }
    std::cout << doc.dump(2) << '\n';
}

}  // namespace readcast

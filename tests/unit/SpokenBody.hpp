#pragma once
// What a render would speak of an input's body, one utterance a line, without the intro: the tests of what
// is read and what is left out of whole pages and texts compare against it.

#include <string>

#include "ingest/Ingest.hpp"
#include "text/ScriptBuilder.hpp"

namespace readcast {

inline std::string spokenBody(const Input& input) {
    const Article a = ingestArticle(input, InputFormat::Auto);
    ScriptOptions o;
    o.intro = false;
    std::string out;
    for (const Utterance& u : buildScript(a, o).utterances) out += u.text + "\n";
    return out;
}

}  // namespace readcast

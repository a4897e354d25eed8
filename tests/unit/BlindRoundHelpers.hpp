// What the blind rounds' tests share: a sentence said in a language with the shipped lexicons, an article ingested from
// pasted text or from a page, and the text of its blocks a line each.
#pragma once

#include <string>

#include "ingest/Ingest.hpp"
#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"

namespace readcast {

inline std::string blindSay(const std::string& text, const std::string& language = "en") {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", language, {});
    return Normalizer(language, &lexicon).normalize(text);
}

// As said in a cricket report (StoryCues.hpp), where a score's dash is runs for wickets whatever the sentence says.
inline std::string blindSayInCricketReport(const std::string& text, const std::string& language = "en-GB") {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", language, {});
    return Normalizer(language, &lexicon, StoryCues{"", true}).normalize(text);
}

inline Article blindTextArticle(const std::string& text, const std::string& name = "story.txt") {
    return ingestArticle(Input{name, text}, InputFormat::Auto);
}

inline Article blindPageArticle(const std::string& html) { return ingestArticle(Input{"page.html", html}, InputFormat::Auto); }

inline std::string blindBodyOf(const Article& a) {
    std::string body;
    for (const Block& b : a.blocks) body += b.text + "\n";
    return body;
}


// The blocks read aloud, a line each: not the captions and credits kept beside them.
inline std::string blindReadBodyOf(const Article& a) {
    std::string body;
    for (const Block& b : a.blocks) {
        if (b.kind != BlockKind::Caption && b.kind != BlockKind::Credit) body += b.text + "\n";
    }
    return body;
}

}  // namespace readcast

#include "text/ScriptBuilder.hpp"

#include "text/NumberWords.hpp"
#include "text/SentenceSplitter.hpp"

namespace readcast {
namespace {

Role roleOf(BlockKind kind) {
    switch (kind) {
        case BlockKind::Heading: return Role::Heading;
        case BlockKind::Quote: return Role::Quote;
        case BlockKind::ListItem: return Role::ListItem;
        case BlockKind::Caption: return Role::Caption;
        default: return Role::Body;
    }
}

// eSpeak NG pauses at sentence punctuation; a headline without it would run into what follows.
std::string withFullStop(std::string text) {
    const char last = text.empty() ? '.' : text.back();
    if (last != '.' && last != '!' && last != '?' && last != ':') text += '.';
    return text;
}

void add(Script& script, std::string text, Role role, const std::string& language, int pause_ms, int block) {
    Utterance u;
    u.text = std::move(text);
    u.role = role;
    u.language = language;
    u.pause_after_ms = pause_ms;
    u.block = block;
    script.utterances.push_back(std::move(u));
}

}  // namespace

Script buildScript(const Article& article, const ScriptOptions& options) {
    Script script;
    const ScriptPauses& p = options.pauses;
    const std::string& lang = article.language;
    if (!article.title.empty()) {
        add(script, withFullStop(article.title), Role::Title, lang, p.title_ms, -1);
    }
    // The intro's words are English; other languages go straight from the headline to the body.
    if (options.intro && (lang == "en" || lang.rfind("en-", 0) == 0 || lang.rfind("en_", 0) == 0)) {
        std::string intro;
        if (!article.byline.empty()) intro = withFullStop("By " + article.byline);
        // A page that only says when it was updated gets that date, named as such.
        const bool updatedOnly = article.published.empty() && !article.modified.empty();
        const std::string date = spokenIsoDate(updatedOnly ? article.modified : article.published);
        if (!date.empty()) intro += (intro.empty() ? "" : " ") + ((updatedOnly ? "Updated " : "Published ") + date + ".");
        if (!intro.empty()) {
            // Headline and intro are heard as one opening: a short pause inside it, the long one after.
            if (!script.utterances.empty()) script.utterances.back().pause_after_ms = p.paragraph_ms;
            add(script, intro, Role::Intro, lang, p.title_ms, -1);
        }
    }

    const SentenceSplitter split(lang);
    for (std::size_t i = 0; i < article.blocks.size(); ++i) {
        const Block& block = article.blocks[i];
        if (block.kind == BlockKind::Credit) continue;
        if (block.kind == BlockKind::Caption && !options.read_captions) continue;
        const Role role = roleOf(block.kind);
        const int index = static_cast<int>(i);
        if (block.kind == BlockKind::Heading) {
            add(script, withFullStop(block.text), role, lang, p.heading_ms, index);
            continue;
        }
        for (std::string& sentence : split(block.text)) {
            add(script, std::move(sentence), role, lang, p.sentence_ms, index);
        }
        if (!script.utterances.empty() && script.utterances.back().block == index) {
            script.utterances.back().pause_after_ms = p.paragraph_ms;
        }
    }
    if (!script.utterances.empty()) script.utterances.back().pause_after_ms = 0;
    for (Utterance& u : script.utterances) {
        u.written = u.text;
        if (options.normalizer != nullptr && u.role != Role::Intro) u.text = options.normalizer->normalize(u.written, &u.rewrites);
    }
    // Normalization can leave nothing to say (a line of interface text in another script).
    std::erase_if(script.utterances, [](const Utterance& u) { return u.text.find_first_not_of(" .,;:!?") == std::string::npos; });
    return script;
}

}  // namespace readcast

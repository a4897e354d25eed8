#include "ingest/AssistantReply.hpp"

#include <initializer_list>
#include <string_view>
#include <vector>

#include "core/Ascii.hpp"
#include "core/Text.hpp"

namespace readcast {
namespace {

struct Paragraph {
    std::size_t begin = 0, end = 0;  // bytes of the text, without the blank lines around it
};

std::vector<Paragraph> paragraphsOf(const std::string& text) {
    std::vector<Paragraph> out;
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && (text[at] == '\n' || text[at] == '\r' || text[at] == ' ')) ++at;
        if (at >= text.size()) break;
        std::size_t end = text.find("\n\n", at);
        if (end == std::string::npos) end = text.size();
        out.push_back({at, end});
        at = end;
    }
    return out;
}

bool opensWithAny(const std::string& lower, std::initializer_list<std::string_view> openings) {
    for (std::string_view o : openings) {
        if (lower.rfind(o, 0) == 0) return true;
    }
    return false;
}

// "Sure! Here's the article …:", "Certainly. Below is the cleaned text:", "Voici l'article nettoyé :".
bool isAssistantOpening(const std::string& paragraph) {
    const std::string lower = lowerUtf8(collapseWhitespace(paragraph));
    if (lower.empty() || countWords(lower) > 60 || paragraph.find('\n') != std::string::npos) return false;
    // (It ends with a colon; "Here's what we know about the fire" is a headline.)
    if (lower.back() != ':') return false;
    if (opensWithAny(lower, {"sure", "certainly", "of course", "absolutely", "okay", "ok!", "ok,", "bien s\xC3\xBBr", "claro",
                              "\xC2\xA1" "claro", "gerne", "certo", "natuurlijk", "com certeza"})) {
        return true;
    }
    // "Here's the article, cleaned up:", "Voici le texte :": an offer of the text itself.
    const bool offer = opensWithAny(lower, {"here's", "here is", "below is", "i've ", "i have ", "voici", "aqu\xC3\xAD tienes", "aqu\xC3\xAD est\xC3\xA1",
                                             "hier ist", "ecco", "aqui est\xC3\xA1", "hier is"});
    for (const char* noun : {"article", "text", "story", "version", "markdown", "draft", "cleaned", "formatted", "rewritten",
                             "texte", "texto", "artikel", "testo", "articolo", "art\xC3\xAD" "culo", "artigo", "tekst"}) {
        if (offer && lower.find(noun) != std::string::npos) return true;
    }
    return false;
}

// "Let me know if you'd like …", "I hope this helps!", "Would you like me to …?"
bool isAssistantClosing(const std::string& paragraph) {
    const std::string lower = lowerUtf8(collapseWhitespace(paragraph));
    return countWords(lower) <= 60 &&
           opensWithAny(lower, {"let me know if", "let me know whether", "i hope this helps", "hope this helps", "would you like me to",
                                 "if you'd like, i can", "if you would like, i can", "if you want, i can", "feel free to ask",
                                 "dites-moi si", "n'h\xC3\xA9sitez pas", "av\xC3\xADsame si", "d\xC3\xADme si", "sag mir, ob",
                                 "sag mir bescheid", "fammi sapere", "me avise se", "diga-me se", "laat me weten"});
}

bool isRule(std::string_view line) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    return line == "---" || line == "***" || line == "___" || line == "- - -" || line == "* * *";
}

}  // namespace

std::string withoutAssistantWords(std::string text) {
    const std::vector<Paragraph> paragraphs = paragraphsOf(text);
    if (paragraphs.size() < 3) return text;
    const Paragraph& first = paragraphs.front();
    if (!isAssistantOpening(text.substr(first.begin, first.end - first.begin))) return text;
    const auto blank = [&](std::size_t begin, std::size_t end) { blankKeepingLines(text, begin, end); };
    blank(first.begin, first.end);
    if (isRule(text.substr(paragraphs[1].begin, paragraphs[1].end - paragraphs[1].begin))) blank(paragraphs[1].begin, paragraphs[1].end);
    std::size_t last = paragraphs.size() - 1;
    if (isAssistantClosing(text.substr(paragraphs[last].begin, paragraphs[last].end - paragraphs[last].begin))) {
        blank(paragraphs[last].begin, paragraphs[last].end);
        --last;
    }
    // What the assistant added under the story's last rule: its summary, its notes.
    for (std::size_t k = last; k >= 2 && k + 3 >= paragraphs.size(); --k) {
        if (!isRule(text.substr(paragraphs[k].begin, paragraphs[k].end - paragraphs[k].begin))) continue;
        const std::string after = lowerUtf8(text.substr(paragraphs[k].end, paragraphs[last].end - paragraphs[k].end));
        std::size_t label = after.find_first_not_of(" \n*#_");
        if (label != std::string::npos &&
            opensWithAny(after.substr(label), {"summary", "key points", "key takeaways", "tl;dr", "tldr", "notes:", "note:", "r\xC3\xA9sum\xC3\xA9",
                                                "resumen", "zusammenfassung", "riassunto", "resumo", "samenvatting"})) {
            blank(paragraphs[k].begin, paragraphs[last].end);
        }
        break;
    }
    return text;
}

}  // namespace readcast

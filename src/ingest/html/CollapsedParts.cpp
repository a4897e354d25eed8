#include "ingest/html/CollapsedParts.hpp"

#include <string>
#include <unordered_map>

#include "core/Text.hpp"
#include "ingest/html/HtmlDom.hpp"

namespace readcast {
namespace {

// Paragraphs of prose inside: a sentence's worth of words in <p> elements.
bool holdsProse(const GumboNode* box) {
    std::size_t words = 0;
    for (const GumboNode* p : elementsByTag(box, GUMBO_TAG_P)) words += countWords(textContent(p));
    return words >= 12;
}

}  // namespace

std::vector<const GumboNode*> collapsedParts(const GumboNode* root) {
    std::vector<const GumboNode*> parts;
    std::vector<const GumboNode*> toggles;
    std::unordered_map<std::string, const GumboNode*> byId;
    walkElements(root, [&](const GumboNode* n, int) {
        if (lowerAscii(attribute(n, "aria-expanded")) == "false") toggles.push_back(n);
        if (const std::string id = attribute(n, "id"); !id.empty()) byId.emplace(id, n);
        return true;
    });
    for (const GumboNode* toggle : toggles) {
        const GumboNode* target = nullptr;
        if (const std::string controls = attribute(toggle, "aria-controls"); !controls.empty()) {
            const auto it = byId.find(controls);
            if (it != byId.end()) target = it->second;
        } else {
            target = nextElement(toggle);
        }
        // (Where the story flows into it: its toggle stands after a paragraph of the story, and neither is named for comments,
        // a gift, a player or a note on the paper's standards.)
        const GumboNode* box = isElement(toggle->parent) && tagOf(toggle->parent) != GUMBO_TAG_BODY ? toggle->parent : toggle;
        bool afterProse = false;
        for (const GumboNode* at : {toggle, box}) {
            for (const GumboNode* p = previousElement(at); p != nullptr && !afterProse; p = previousElement(p)) {
                afterProse = tagOf(p) == GUMBO_TAG_P && countWords(textContent(p)) >= 15;
                if (tagOf(p) != GUMBO_TAG_P) break;
            }
        }
        const std::string names = target == nullptr ? "" : classAndId(target) + " " + classAndId(toggle) + " " + classAndId(box) + " " +
                                                           lowerUtf8(textContent(toggle));
        const bool furniture = containsAnyOf(names, {"comment", "gift", "share", "listen", "audio", "player", "standard", "policy", "newsletter",
                                                     "summary", "faq", "transcript", "disclaimer", "reply", "replies", "kommentar",
                                                     "comentario", "commentaire", "commenti", "about us", "ethic"});
        if (target != nullptr && afterProse && !furniture && isHidden(target) && holdsProse(target)) parts.push_back(target);
    }
    return parts;
}

}  // namespace readcast

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

// The element after `n` among its parent's children, skipping text between them.
const GumboNode* nextElement(const GumboNode* n) {
    if (!isElement(n->parent)) return nullptr;
    const GumboVector& siblings = n->parent->v.element.children;
    for (unsigned k = n->index_within_parent + 1; k < siblings.length; ++k) {
        const auto* c = static_cast<const GumboNode*>(siblings.data[k]);
        if (isElement(c)) return c;
    }
    return nullptr;
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
        if (target != nullptr && isHidden(target) && holdsProse(target)) parts.push_back(target);
    }
    return parts;
}

}  // namespace readcast

#include "ingest/html/PaywalledParts.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "ingest/html/HtmlDom.hpp"
#include "ingest/html/HtmlHints.hpp"

namespace readcast {
namespace {

using Json = nlohmann::json;

// Every "cssSelector" of a part declared not free, wherever it stands: under "hasPart" (one or a list), in an "@graph".
void collectSelectors(const Json& j, std::vector<std::string>& selectors, int depth = 0) {
    if (depth > 8) return;
    if (j.is_array()) {
        for (const Json& item : j) collectSelectors(item, selectors, depth + 1);
        return;
    }
    if (!j.is_object()) return;
    if (j.contains("isAccessibleForFree") && isDeclaredFalse(j["isAccessibleForFree"]) && j.contains("cssSelector") && j["cssSelector"].is_string()) {
        selectors.push_back(j["cssSelector"].get<std::string>());
    }
    for (const char* key : {"hasPart", "@graph", "mainEntity"}) {
        if (j.contains(key)) collectSelectors(j[key], selectors, depth + 1);
    }
}

bool hasClass(const GumboNode* n, const std::string& name) {
    for (const std::string& c : splitWords(attribute(n, "class"))) {
        if (c == name) return true;
    }
    return false;
}

// One simple selector: a tag, classes and an id, "div.article-premium.locked", "#rest". (Combinators are not read:
// publishers name the part by its class.)
bool matches(const GumboNode* n, const std::string& selector) {
    if (selector.empty() || selector.find_first_of(" >+~[:") != std::string::npos) return false;
    std::size_t at = 0;
    const std::size_t first = selector.find_first_of(".#");
    if (first != 0) {
        const std::string tag = lowerAscii(selector.substr(0, first));
        if (tag != gumbo_normalized_tagname(tagOf(n))) return false;
        if (first == std::string::npos) return true;
        at = first;
    }
    while (at < selector.size()) {
        const std::size_t next = selector.find_first_of(".#", at + 1);
        const std::string name = selector.substr(at + 1, next == std::string::npos ? std::string::npos : next - at - 1);
        if (name.empty()) return false;
        if (selector[at] == '.' ? !hasClass(n, name) : attribute(n, "id") != name) return false;
        at = next == std::string::npos ? selector.size() : next;
    }
    return true;
}

// An element with paragraphs of its own: text a script hides, not a button's or a menu's.
bool holdsParagraphs(const GumboNode* n) {
    const GumboVector& children = n->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        if (tagOf(static_cast<const GumboNode*>(children.data[i])) == GUMBO_TAG_P) return true;
    }
    return false;
}

}  // namespace

bool isDeclaredFalse(const Json& v) {
    return (v.is_boolean() && !v.get<bool>()) || (v.is_string() && lowerAscii(v.get<std::string>()) == "false");
}

std::vector<const GumboNode*> paywalledParts(const GumboNode* root, const std::vector<Json>& jsonLd) {
    std::vector<std::string> selectors;
    for (const Json& doc : jsonLd) collectSelectors(doc, selectors);
    std::vector<const GumboNode*> parts;
    if (selectors.empty()) return parts;
    std::vector<std::string> simple;
    for (const std::string& list : selectors) {
        std::size_t from = 0;
        while (from <= list.size()) {
            const std::size_t comma = std::min(list.find(',', from), list.size());
            std::string one = list.substr(from, comma - from);
            one.erase(0, one.find_first_not_of(' '));
            one.erase(one.find_last_not_of(' ') + 1);
            if (!one.empty()) simple.push_back(one);
            from = comma + 1;
        }
    }
    walkElements(root, [&](const GumboNode* n, int) {
        const bool named = std::any_of(simple.begin(), simple.end(), [&](const std::string& s) { return matches(n, s); });
        if (!named) return true;
        parts.push_back(n);
        // (The part may hold the story's rest in a child of its own the page hides until the reader subscribes,
        // "<div class=paywall><div class=paywall-content style='display:none'><p>…", beside the prompt it shows instead.)
        // (One such child, named for the story's text, "paywall-content", "article-body", "premium-text"; several hidden copies,
        // a translation, a quiz's answer or a copy for another screen are not the story's rest.)
        std::vector<const GumboNode*> rest;
        walkElements(n, [&](const GumboNode* d, int) {
            if (d != n && isHidden(d) && holdsParagraphs(d)) rest.push_back(d);
            return true;
        });
        if (rest.size() == 1 && hasClassWord(lowerAscii(classAndId(rest.front())), {"content", "body", "text", "article", "story", "rest", "full", "premium", "locked",
                                                            "paywall", "paywalled", "subscriber", "more"})) {
            parts.push_back(rest.front());
        }
        return false;
    });
    return parts;
}

}  // namespace readcast

#include "ingest/html/CutShortStory.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "ingest/html/HtmlDom.hpp"
#include "ingest/html/HtmlHints.hpp"
#include "ingest/html/PaywalledParts.hpp"

namespace readcast {
namespace {

using Json = nlohmann::json;

struct DeclaredAccess {
    bool not_free = false;
    std::size_t words = 0;
};

std::size_t wordCountOf(const Json& v) {
    if (v.is_number_unsigned() || v.is_number_integer()) return static_cast<std::size_t>(std::max<long long>(0, v.get<long long>()));
    if (v.is_string()) {
        const std::string s = v.get<std::string>();
        if (!s.empty() && s.size() < 9 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::stoul(s);
    }
    return 0;
}

// The story's object, wherever it stands: alone, in a list, in an "@graph" or as a page's "mainEntity".
void collect(const Json& j, DeclaredAccess& d, int depth = 0) {
    if (depth > 8) return;
    if (j.is_array()) {
        for (const Json& item : j) collect(item, d, depth + 1);
        return;
    }
    if (!j.is_object()) return;
    if (j.contains("isAccessibleForFree") && isDeclaredFalse(j["isAccessibleForFree"])) d.not_free = true;
    if (j.contains("wordCount")) d.words = std::max(d.words, wordCountOf(j["wordCount"]));
    for (const char* key : {"@graph", "mainEntity"}) {
        if (j.contains(key)) collect(j[key], d, depth + 1);
    }
}

bool inside(const GumboNode* n, const std::vector<const GumboNode*>& roots) {
    for (const GumboNode* p = n; p != nullptr; p = p->parent) {
        if (std::find(roots.begin(), roots.end(), p) != roots.end()) return true;
    }
    return false;
}

// A paywall's or a registration wall's prompt the page shows, a few words: "div.paywall-prompt", "#regwall". (A wrapper
// so named that holds the story, "div.paywall" round its paragraphs, is longer.)
bool isShownPrompt(const GumboNode* n, const ContentFinder& finder) {
    // (A newsletter's sign-up box, "newsletter-gate", asks for an address, not a subscription to read on.)
    const std::string s = classAndId(n);
    if (!hasClassWord(s, {"paywall", "regwall", "paygate", "piano", "meter", "metered", "gate"}) || s.find("newsletter") != std::string::npos ||
        s.find("signup") != std::string::npos || s.find("sign-up") != std::string::npos) {
        return false;
    }
    const std::size_t words = countWords(textContent(n));
    return words >= 4 && words <= 80 && finder.isShown(n);
}

// Whether a prompt's words say the story goes on behind it: "Subscribe to continue reading", "You've read 3 of 3 free
// articles", "Already a subscriber? Log in to read on". (An offer alone, "Subscribe now for €1.99 for the first month", may
// close a whole story.)
bool saysStoryGoesOn(const GumboNode* n) {
    const std::string s = lowerUtf8(collapseWhitespace(textContent(n)));
    for (const char* on : {"continue reading", "keep reading", "read on", "read the rest", "read the full", "rest of this", "rest of the",
                           "to read more", "full story", "full article", "unlock", "already a subscriber", "already subscribed", "free articles",
                           "free article", "to continue", "weiterlesen", "weiter lesen", "lire la suite", "pour lire", "pour continuer",
                           "seguir leyendo", "continuar leyendo", "para leer", "continue lendo", "continuar lendo", "para ler",
                           "continua a leggere", "per leggere", "lees verder", "verder lezen", "l\xC3\xA4s vidare", "les videre",
                           "l\xC3\xA6s videre", "czytaj dalej", "subscribers only", "for subscribers", "exclusive to subscribers",
                           "members only", "full access", "premium content", "reservado a suscriptores", "exclusivo para assinantes",
                           "r\xC3\xA9serv\xC3\xA9 aux abonn\xC3\xA9s", "nur f\xC3\xBCr abonnenten", "solo per abbonati"}) {
        if (s.find(on) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

bool isCutShort(const GumboNode* root, const std::vector<Json>& jsonLd, const ContentFinder& finder, const std::vector<const GumboNode*>& story,
                const std::vector<const GumboNode*>& shownParts, StoryRead read) {
    DeclaredAccess declared;
    for (const Json& doc : jsonLd) collect(doc, declared);
    // (A third of it at most: a count of words is a publisher's, taken another way than ours, with captions, lists, boxes and notes;
    // Yoast counts a post's footnotes too.)
    // (Twice, where the page declares the story not free.)
    if (declared.words >= 150 && (read.words * 3 < declared.words || (declared.not_free && read.words * 2 < declared.words))) return true;
    // (A part shown holds the rest: the prompt stands over it, for readers without the subscription.)
    std::size_t shownWords = 0;
    for (const GumboNode* part : shownParts) shownWords += countWords(textContent(part));
    // (A cut story shows its opening, a few paragraphs.)
    if (shownWords >= 50 || read.words >= 500) return false;
    bool cut = false;
    walkElements(root, [&](const GumboNode* n, int) {
        if (cut) return false;
        if (n->v.element.start_pos.offset > read.last_offset && isShownPrompt(n, finder) &&
            (declared.not_free || (inside(n, story) && saysStoryGoesOn(n)))) {
            cut = true;
        }
        return !cut;
    });
    return cut;
}

bool isFirstOfPages(const GumboNode* root, const std::string& ownUrl) {
    std::string next;
    walkElements(root, [&](const GumboNode* n, int) {
        if (!next.empty()) return false;
        if (tagOf(n) == GUMBO_TAG_LINK && lowerAscii(attribute(n, "rel")) == "next") next = attribute(n, "href");
        return tagOf(n) != GUMBO_TAG_BODY;
    });
    if (next.empty()) return false;
    // ("?page=2": the same address with a page's number.)
    if (next.front() == '?') return true;
    // (The addresses' paths, less their figures, their query and their marks, the same: "…/last-bus?page=2" and
    // "…/hochwasser-pegel-2,8812345.html" beside their first pages.)
    const auto shape = [](std::string url) {
        const std::size_t scheme = url.find("://");
        if (scheme != std::string::npos) url.erase(0, url.find('/', scheme + 3) == std::string::npos ? url.size() : url.find('/', scheme + 3));
        url.erase(std::min(url.find('?'), url.size()));
        url.erase(std::min(url.find('#'), url.size()));
        std::string kept;
        for (const char c : lowerAscii(url)) {
            if (std::isalpha(static_cast<unsigned char>(c)) != 0) kept += c;
        }
        // (A page's word in the path: "/page/2/", "/seite-2".)
        for (const char* word : {"page", "seite", "pagina"}) {
            if (kept.size() > std::strlen(word) && kept.ends_with(word)) kept.resize(kept.size() - std::strlen(word));
        }
        return kept;
    };
    if (!ownUrl.empty()) {
        const std::string own = shape(ownUrl);
        return own.size() >= 8 && own == shape(next);
    }
    // (No address of its own: the next page's says it is a second page, "?page=2", "/page/2/", "…-2,8812345.html".)
    const std::string lower = lowerAscii(next);
    // (Not "…-update-2.html", a post's name taken twice, nor a query's "step=2".)
    for (const char* second : {"?page=2", "&page=2", "?p=2", "&p=2", "?seite=2", "&seite=2", "?pagina=2", "&pagina=2", "/page/2", "/seite/2",
                               "/seite-2", "-2,"}) {
        if (lower.find(second) != std::string::npos) return true;
    }
    return false;
}

}  // namespace readcast

#pragma once
// A parsed HTML5 document (gumbo) and the small queries extraction needs. Traversals stop at
// kMaxHtmlDepth levels: pathological nesting (100 000 levels) must not exhaust the stack, and no
// article lives that deep.
//
//   HtmlDocument doc(utf8);
//   for (const GumboNode* n : elementsByTag(doc.root(), GUMBO_TAG_META)) attribute(n, "property");

#include <gumbo.h>

#include <functional>
#include <string>
#include <vector>

namespace readcast {

inline constexpr int kMaxHtmlDepth = 400;

class HtmlDocument {
public:
    // (The document keeps its own copy of the markup: gumbo's nodes point into it for their original
    // tags and text, so it must live as long as they do.)
    explicit HtmlDocument(std::string html);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument&) = delete;
    HtmlDocument& operator=(const HtmlDocument&) = delete;

    const GumboNode* root() const { return output_->root; }
    // Shows an element its page hides (its "hidden", "aria-hidden" and inline "display:none"), as a subscriber's browser
    // would: a story's part behind a paywall (PaywalledParts.hpp).
    void reveal(const GumboNode* node);

private:
    std::string html_;
    GumboOutput* output_;
};

bool isElement(const GumboNode* node);
GumboTag tagOf(const GumboNode* node);
std::string attribute(const GumboNode* node, const char* name);  // "" when absent
// class and id together, lower-cased, for the hint patterns
std::string classAndId(const GumboNode* node);
// The element before or after `node` among its parent's children, text between them passed over; nullptr where there is none.
const GumboNode* previousElement(const GumboNode* node);
const GumboNode* nextElement(const GumboNode* node);

// Visits elements depth-first in document order; return false from `visit` to skip a subtree.
void walkElements(const GumboNode* root, const std::function<bool(const GumboNode*, int depth)>& visit);
std::vector<const GumboNode*> elementsByTag(const GumboNode* root, GumboTag tag);
// The data a <script> of `type` holds ("application/ld+json", "application/json"), as written; "" for a script of
// another type or with none.
std::string scriptData(const GumboNode* script, const char* type);

// All text below `node`, whitespace collapsed. Scripts, styles and templates contribute nothing.
std::string textContent(const GumboNode* node);
// The same without the elements below `node` that `skip` accepts (a heading's "[edit]" link).
std::string textContent(const GumboNode* node, bool (*skip)(const GumboNode*));
// An element of kind `tag` among the `maxDepth` nearest ancestors of `node`.
bool hasAncestor(const GumboNode* node, GumboTag tag, int maxDepth);
inline bool isHeading(GumboTag t) { return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6; }
// Text with the entities a page escaped twice decoded ("400&amp;percnt;" reaches the text as
// "400&percnt;"): returned as it is when nothing in it looks like an entity.
std::string withLeftoverEntitiesDecoded(const std::string& text);
// A link that leads somewhere: an <a> with an address, not "javascript:" (a page's own control, such as
// a note that opens in place, whose text is the page's). Only the text of a paragraph is judged so: a
// widget of such controls (a poll, a player) is still link-dense furniture.
bool isLinkAway(const GumboNode* a);
// Length in bytes of the text inside links below `node`; links to the same page ("#part") count 0.3.
std::size_t linkTextLength(const GumboNode* node);
// How many of `node`'s children are elements; how many are `tag` elements ("li" items of a list).
std::size_t elementChildren(const GumboNode* node);
std::size_t childrenTagged(const GumboNode* node, GumboTag tag);
// How many <p> below `node` hold `min_bytes` of text or more: its paragraphs of prose.
std::size_t longParagraphs(const GumboNode* node, std::size_t min_bytes);

// hidden, aria-hidden="true", display:none or visibility:hidden, an AMP placeholder or fallback. A collapsed <details> body is not
// hidden: the reader can open it, and it is read.
bool isHidden(const GumboNode* node);

// A custom element a page's own components lay out as a block ("<story-para>", "<news-article>"): a
// name with a hyphen, not set inside a paragraph, a heading or a run of text.
bool isCustomBlock(const GumboNode* node);

// A picture in the page: <img>, or AMP's <amp-img>.
bool isPicture(const GumboNode* node);

// Whether `node` holds a picture (itself included).
bool holdsPicture(const GumboNode* node);

}  // namespace readcast

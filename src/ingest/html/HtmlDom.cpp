#include "core/Ascii.hpp"
#include "ingest/html/HtmlDom.hpp"

#include <algorithm>
#include <cctype>

#include "ingest/InlineMarkup.hpp"

namespace readcast {
namespace {

// Elements that mark words inside a line of text without breaking it. Not <span>: pages set boxes of
// their layout in spans (styled as blocks) as often as words; not <sup> and <sub> (see appendText).
bool isTextMark(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI: case GUMBO_TAG_BDO: case GUMBO_TAG_CITE:
        case GUMBO_TAG_CODE: case GUMBO_TAG_DATA: case GUMBO_TAG_DFN: case GUMBO_TAG_EM: case GUMBO_TAG_FONT: case GUMBO_TAG_I:
        case GUMBO_TAG_KBD: case GUMBO_TAG_MARK: case GUMBO_TAG_Q: case GUMBO_TAG_S: case GUMBO_TAG_SAMP: case GUMBO_TAG_SMALL:
        case GUMBO_TAG_STRONG: case GUMBO_TAG_TIME: case GUMBO_TAG_U:
        case GUMBO_TAG_VAR: case GUMBO_TAG_DEL: case GUMBO_TAG_INS:
            return true;
        default:
            return false;
    }
}

// Blocks that always begin on a line of their own, whatever their style.
bool startsALine(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
        case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR:
        case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
        case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_PRE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
            return true;
        default:
            return false;
    }
}

bool silentTag(GumboTag tag) {
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_NOSCRIPT ||
           tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_TITLE;
}

void appendText(const GumboNode* node, std::string& out, int depth, bool (*skip)(const GumboNode*) = nullptr) {
    if (depth > kMaxHtmlDepth) return;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        out += node->v.text.text;
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
    if (silentTag(node->v.element.tag) || (depth > 0 && skip != nullptr && skip(node))) return;
    if (node->v.element.tag == GUMBO_TAG_BR) {
        out += ' ';
        return;
    }
    // A unit's power is written as in a paragraph: "km<sup>2</sup>" in a table's cell is "km^2" (a unit
    // of one or two lower-case letters, raised to 2 or 3).
    if (node->v.element.tag == GUMBO_TAG_SUP && node->v.element.children.length == 1) {
        const auto* only = static_cast<const GumboNode*>(node->v.element.children.data[0]);
        const std::size_t n = out.size();
        const auto lower = [&](std::size_t back) { return n >= back && std::islower(static_cast<unsigned char>(out[n - back])) != 0; };
        const bool unit = lower(1) && (n == 1 || !std::isalpha(static_cast<unsigned char>(out[n - 2])) ||
                                       (lower(2) && (n == 2 || !std::isalpha(static_cast<unsigned char>(out[n - 3])))));
        if (unit && only->type == GUMBO_NODE_TEXT && (std::string_view(only->v.text.text) == "2" || std::string_view(only->v.text.text) == "3")) {
            out += '^';
            out += only->v.text.text;
            return;
        }
        // An ordinal's ending raised after its figure is written on to it, as a paragraph's text has it: "1<sup>er</sup>
        // avril" is "1er avril", "21<sup>st</sup>" "21st" (not "1 er").
        const std::string_view ending = only->type == GUMBO_NODE_TEXT ? std::string_view(only->v.text.text) : std::string_view();
        const bool letters = !ending.empty() && ending.size() <= 3 &&
                             std::all_of(ending.begin(), ending.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
        if (letters && n > 0 && std::isdigit(static_cast<unsigned char>(out[n - 1]))) {
            out += ending;
            return;
        }
    }
    // A superscript or subscript is a word of its own ("10<sup>6</sup>" is not 106), and a block starts
    // one ("village.<p>It is" in a table's cell).
    if (node->v.element.tag == GUMBO_TAG_SUP || node->v.element.tag == GUMBO_TAG_SUB || startsALine(node->v.element.tag)) out += ' ';
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        appendText(static_cast<const GumboNode*>(children.data[i]), out, depth + 1, skip);
    }
    // A block ends a word; a run of text marks does not: "<em>b</em><em>y Your Name</em>" is "by".
    if (!isTextMark(node->v.element.tag)) out += ' ';  // collapsed afterwards
}

}  // namespace

bool isLinkAway(const GumboNode* a) {
    const std::string href = collapseWhitespace(attribute(a, "href"));
    return !href.empty() && lowerAscii(href.substr(0, 11)) != "javascript:";
}

namespace {

// Text inside links, in tenths of a byte: a link to a place on the same page ("#section", a heading's
// permalink) weighs 0.3 of one that leads away, as in Readability.
std::size_t linkText(const GumboNode* node, int depth, int weight) {
    if (depth > kMaxHtmlDepth) return 0;
    // (Text outside links weighs nothing: no need to measure it, which was a fifth of an extraction's time.)
    if (node->type == GUMBO_NODE_TEXT) return weight == 0 ? 0 : static_cast<std::size_t>(weight) * collapseWhitespace(node->v.text.text).size();
    if (node->type != GUMBO_NODE_ELEMENT) return 0;
    if (silentTag(node->v.element.tag)) return 0;
    if (weight == 0 && node->v.element.tag == GUMBO_TAG_A) weight = attribute(node, "href").rfind('#', 0) == 0 ? 3 : 10;
    std::size_t total = 0;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        total += linkText(static_cast<const GumboNode*>(children.data[i]), depth + 1, weight);
    }
    return total;
}

bool walk(const GumboNode* node, const std::function<bool(const GumboNode*, int)>& visit, int depth) {
    if (depth > kMaxHtmlDepth || !isElement(node)) return true;
    if (!visit(node, depth)) return true;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) walk(static_cast<const GumboNode*>(children.data[i]), visit, depth + 1);
    return true;
}

}  // namespace

HtmlDocument::HtmlDocument(std::string html)
    : html_(std::move(html)), output_(gumbo_parse_with_options(&kGumboDefaultOptions, html_.data(), html_.size())) {}

HtmlDocument::~HtmlDocument() { gumbo_destroy_output(&kGumboDefaultOptions, output_); }

std::string scriptData(const GumboNode* script, const char* type) {
    if (tagOf(script) != GUMBO_TAG_SCRIPT || lowerAscii(attribute(script, "type")) != type || script->v.element.children.length == 0) return "";
    const auto* text = static_cast<const GumboNode*>(script->v.element.children.data[0]);
    if (text->type != GUMBO_NODE_TEXT && text->type != GUMBO_NODE_CDATA && text->type != GUMBO_NODE_WHITESPACE) return "";
    return text->v.text.text;
}

void HtmlDocument::reveal(const GumboNode* node) {
    if (!isElement(node)) return;
    // (The node is this document's own: its attributes' strings are gumbo's copies, which it frees by their pointers, so
    // they are emptied in place, never replaced.)
    const GumboVector& attributes = node->v.element.attributes;
    for (unsigned i = 0; i < attributes.length; ++i) {
        auto* a = static_cast<GumboAttribute*>(attributes.data[i]);
        const std::string name = lowerAscii(a->name);
        if (name == "hidden") const_cast<char*>(a->name)[0] = '\0';
        if ((name == "aria-hidden" || name == "style") && a->value != nullptr) const_cast<char*>(a->value)[0] = '\0';
    }
}

std::string withLeftoverEntitiesDecoded(const std::string& text) {
    // Only where something that looks like an entity is left: "&percnt;", "&#8217;", "&#x2019;".
    bool found = false;
    for (std::size_t at = text.find('&'); at != std::string::npos && !found; at = text.find('&', at + 1)) {
        std::size_t k = at + 1;
        if (k < text.size() && text[k] == '#') ++k;
        const std::size_t start = k;
        while (k < text.size() && k - start < 10 && std::isalnum(static_cast<unsigned char>(text[k]))) ++k;
        found = k > start + 1 && k < text.size() && text[k] == ';';
    }
    if (!found) return text;
    // The page's own parser decodes them, as it decoded the first layer: no table of entities of our own.
    // Angle brackets in the text are text ("a <b> tag"), not markup to parse.
    std::string escaped;
    escaped.reserve(text.size() + 16);
    for (char c : text) {
        if (c == '<') {
            escaped += "&lt;";
        } else {
            escaped += c;
        }
    }
    const HtmlDocument fragment(escaped);
    return textContent(fragment.root());
}

bool isElement(const GumboNode* node) {
    return node != nullptr && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

const GumboNode* previousElement(const GumboNode* node) {
    if (node->parent == nullptr || node->parent->type != GUMBO_NODE_ELEMENT) return nullptr;
    const GumboVector& siblings = node->parent->v.element.children;
    for (unsigned i = node->index_within_parent; i-- > 0;) {
        const auto* e = static_cast<const GumboNode*>(siblings.data[i]);
        if (e->type == GUMBO_NODE_ELEMENT) return e;
    }
    return nullptr;
}

const GumboNode* nextElement(const GumboNode* node) {
    if (node->parent == nullptr || node->parent->type != GUMBO_NODE_ELEMENT) return nullptr;
    const GumboVector& siblings = node->parent->v.element.children;
    for (unsigned i = node->index_within_parent + 1; i < siblings.length; ++i) {
        const auto* e = static_cast<const GumboNode*>(siblings.data[i]);
        if (e->type == GUMBO_NODE_ELEMENT) return e;
    }
    return nullptr;
}

GumboTag tagOf(const GumboNode* node) { return isElement(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN; }

std::string attribute(const GumboNode* node, const char* name) {
    if (!isElement(node)) return "";
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a == nullptr ? "" : a->value;
}

std::string classAndId(const GumboNode* node) {
    // Pages whose classes are hashes ("ssrcss-1gqhyrx", "a_c") name their components in data attributes.
    return lowerAscii(attribute(node, "class") + " " + attribute(node, "id") + " " + attribute(node, "data-component") + " " +
                      attribute(node, "data-testid") + " " + attribute(node, "data-module") + " " +
                      attribute(node, "data-region") + " " + attribute(node, "data-dtm-region") + " " + attribute(node, "data-widget") + " " +
                      attribute(node, "data-gu-name") + " " + attribute(node, "data-area") + " " + attribute(node, "data-slot") +
                      // data-promo="betting", data-widget="match-stats": the attribute's name says what the element is
                      (gumbo_get_attribute(&node->v.element.attributes, "data-promo") != nullptr ? " promo" : "") +
                      (gumbo_get_attribute(&node->v.element.attributes, "data-widget") != nullptr ? " widget" : "") +
                      (gumbo_get_attribute(&node->v.element.attributes, "data-ad") != nullptr ? " advertisement" : "") +
                      (gumbo_get_attribute(&node->v.element.attributes, "data-live-price") != nullptr ? " live-price" : ""));
}

void walkElements(const GumboNode* root, const std::function<bool(const GumboNode*, int)>& visit) {
    walk(root, visit, 0);
}

std::vector<const GumboNode*> elementsByTag(const GumboNode* root, GumboTag tag) {
    std::vector<const GumboNode*> found;
    walkElements(root, [&](const GumboNode* n, int) {
        if (tagOf(n) == tag) found.push_back(n);
        return true;
    });
    return found;
}

std::string textContent(const GumboNode* node) {
    std::string out;
    appendText(node, out, 0);
    return collapseWhitespace(out);
}

std::string textContent(const GumboNode* node, bool (*skip)(const GumboNode*)) {
    std::string out;
    appendText(node, out, 0, skip);
    return collapseWhitespace(out);
}

bool hasAncestor(const GumboNode* node, GumboTag tag, int maxDepth) {
    for (const GumboNode* p = node->parent; p != nullptr && maxDepth-- > 0; p = p->parent) {
        if (tagOf(p) == tag) return true;
    }
    return false;
}

std::size_t linkTextLength(const GumboNode* node) { return linkText(node, 0, 0) / 10; }

std::size_t elementChildren(const GumboNode* node) {
    std::size_t n = 0;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) n += isElement(static_cast<const GumboNode*>(children.data[i])) ? 1 : 0;
    return n;
}

std::size_t childrenTagged(const GumboNode* node, GumboTag tag) {
    std::size_t n = 0;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) n += tagOf(static_cast<const GumboNode*>(children.data[i])) == tag ? 1 : 0;
    return n;
}

std::size_t longParagraphs(const GumboNode* node, std::size_t min_bytes) {
    std::size_t n = 0;
    for (const GumboNode* p : elementsByTag(node, GUMBO_TAG_P)) n += textContent(p).size() >= min_bytes ? 1 : 0;
    return n;
}

bool isCustomBlock(const GumboNode* node) {
    if (!isElement(node) || node->v.element.tag != GUMBO_TAG_UNKNOWN) return false;
    const GumboStringPiece& raw = node->v.element.original_tag;
    if (raw.data == nullptr || raw.length < 4) return false;
    const std::string_view opening(raw.data, raw.length);
    const std::size_t end = opening.find_first_of(" \t\r\n/>", 1);
    if (opening.substr(1, end == std::string_view::npos ? std::string_view::npos : end - 1).find('-') == std::string_view::npos) return false;
    // (AMP's components are pictures, players and embeds, each placed where its markup says.)
    if (opening.size() > 5 && (opening.substr(1, 4) == "amp-" || opening.substr(1, 4) == "AMP-")) return false;
    for (const GumboNode* a = node->parent; isElement(a); a = a->parent) {
        // (Set among text of its own container's, or among a run of text's elements, it is a word of that
        // text: MathJax's "<mjx-container>" inside a sentence, "<span>Shares of</span> <stock-ticker>…".
        // The first children tell: a container of hundreds is not read through for each of them.)
        const GumboVector& children = a->v.element.children;
        for (unsigned i = 0; i < children.length && i < 64; ++i) {
            const auto* child = static_cast<const GumboNode*>(children.data[i]);
            if (child->type == GUMBO_NODE_TEXT) return false;
            if (a == node->parent && child->type == GUMBO_NODE_ELEMENT && (child->v.element.tag == GUMBO_TAG_SPAN || isTextMark(child->v.element.tag))) {
                return false;
            }
        }
        switch (a->v.element.tag) {
            case GUMBO_TAG_P: case GUMBO_TAG_A: case GUMBO_TAG_SPAN: case GUMBO_TAG_B: case GUMBO_TAG_STRONG: case GUMBO_TAG_EM:
            case GUMBO_TAG_I: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
            case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
                return false;
            case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_BODY:
                return true;
            default:
                break;
        }
    }
    return true;
}

bool isPicture(const GumboNode* node) {
    if (!isElement(node)) return false;
    if (node->v.element.tag == GUMBO_TAG_IMG) return true;
    if (node->v.element.tag != GUMBO_TAG_UNKNOWN) return false;
    const GumboStringPiece& raw = node->v.element.original_tag;
    return raw.data != nullptr && raw.length >= 8 && lowerAscii(std::string(raw.data + 1, 7)) == "amp-img";
}

bool holdsPicture(const GumboNode* node) {
    bool found = false;
    walkElements(node, [&](const GumboNode* e, int) {
        found = found || isPicture(e);
        return !found;
    });
    return found;
}

bool isHidden(const GumboNode* node) {
    if (!isElement(node)) return false;
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden") != nullptr) return true;
    if (lowerAscii(attribute(node, "aria-hidden")) == "true") return true;
    // An AMP component's placeholder or fallback: shown while its content loads, or if it cannot. (Not
    // an embedded post's: <amp-twitter> holds the tweet's own text in its placeholder, which the story
    // introduces.)
    if (node->parent != nullptr && isElement(node->parent) && node->parent->v.element.tag == GUMBO_TAG_UNKNOWN &&
        (gumbo_get_attribute(&node->v.element.attributes, "placeholder") != nullptr ||
         gumbo_get_attribute(&node->v.element.attributes, "fallback") != nullptr)) {
        const std::string cls = lowerAscii(attribute(node, "class"));
        const bool post = node->v.element.tag == GUMBO_TAG_BLOCKQUOTE &&
                          (cls.find("twitter-tweet") != std::string::npos || cls.find("instagram-media") != std::string::npos ||
                           cls.find("tiktok-embed") != std::string::npos || cls.find("bluesky-embed") != std::string::npos);
        if (!post) return true;
    }
    std::string style = lowerAscii(attribute(node, "style"));
    std::string compact;
    for (char c : style) {
        if (c != ' ') compact += c;
    }
    return compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos;
}

}  // namespace readcast

#include "ingest/html/ContentFinder.hpp"

#include "ingest/Furniture.hpp"

#include "core/Ascii.hpp"
#include "core/Text.hpp"

#include <algorithm>

#include "ingest/html/HtmlHints.hpp"
#include "ingest/html/StyleSheets.hpp"

namespace readcast {
namespace {

bool isBlockTag(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
        case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_FIGURE: case GUMBO_TAG_DL: case GUMBO_TAG_SELECT: case GUMBO_TAG_IMG: case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_MAIN: case GUMBO_TAG_FORM:
            return true;
        default: return false;
    }
}

// Elements that are never article text, wherever they stand.
bool isAlwaysExcluded(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT:
        case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_NAV: case GUMBO_TAG_SVG:
        case GUMBO_TAG_CANVAS: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
        case GUMBO_TAG_HEAD: case GUMBO_TAG_MENU:
            return true;
        default: return false;
    }
}

bool hasBlockChild(const GumboNode* node) {
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (isElement(child) && (isBlockTag(tagOf(child)) || isCustomBlock(child))) return true;
    }
    return false;
}

// The text a block holds outside its block children: a body written as text and <br>s with an
// advertisement's div among it ("<div class=Normal>The directive…<br><br>…<div id=ads>…</div>…</div>").
std::string ownInlineText(const GumboNode* node) {
    std::string text;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT) {
            text += child->v.text.text;
        } else if (isElement(child) && !isBlockTag(tagOf(child))) {
            text += textContent(child);
        }
    }
    return text;
}

double tagBase(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_DIV: return 5;
        case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
        case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
        case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
        case GUMBO_TAG_H6: case GUMBO_TAG_TH: return -5;
        default: return 0;
    }
}

// schema.org microdata or RDFa naming the article body.
double schemaBonus(const GumboNode* node) {
    for (const char* attr : {"itemprop", "property"}) {
        const std::string value = attribute(node, attr);
        if (value.find("articleBody") != std::string::npos) return 25;
    }
    return 0;
}

std::size_t countCommas(const std::string& text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ',') ++n;
        // U+FF0C fullwidth comma, U+3001 ideographic comma, U+060C Arabic comma
        if (text.compare(i, 3, "\xEF\xBC\x8C") == 0 || text.compare(i, 3, "\xE3\x80\x81") == 0 ||
            text.compare(i, 2, "\xD8\x8C") == 0) {
            ++n;
        }
    }
    return n;
}

}  // namespace

double linkDensity(const GumboNode* node) {
    const std::size_t length = textContent(node).size();
    return length == 0 ? 0.0 : static_cast<double>(linkTextLength(node)) / static_cast<double>(length);
}

ContentFinder::ContentFinder(const GumboNode* root, const std::vector<const GumboNode*>& shown) : root_(root), hiddenClasses_(hiddenClasses(root)) {
    for (const GumboNode* n : shown) {
        for (const std::string& c : splitWords(attribute(n, "class"))) hiddenClasses_.erase(c);
    }
    for (const GumboNode* n : elementsByTag(root, GUMBO_TAG_BODY)) {
        body_ = n;
        break;
    }
    if (body_ == nullptr) body_ = root;
}

bool ContentFinder::hasHiddenClass(const GumboNode* node) const {
    if (hiddenClasses_.empty()) return false;
    const std::string classes = collapseWhitespace(attribute(node, "class"));
    std::size_t start = 0;
    while (start < classes.size()) {
        std::size_t end = classes.find(' ', start);
        if (end == std::string::npos) end = classes.size();
        if (hiddenClasses_.count(classes.substr(start, end - start)) != 0) return true;
        start = end + 1;
    }
    return false;
}

bool ContentFinder::isShown(const GumboNode* node) const {
    for (const GumboNode* n = node; n != nullptr && isElement(n); n = n->parent) {
        if (isHidden(n) || hasHiddenClass(n)) return false;
    }
    return true;
}

void ContentFinder::exclude(const GumboNode* node, bool unlikelyToo) {
    walkElements(node, [&](const GumboNode* n, int) {
        const GumboTag tag = tagOf(n);
        // Page-level asides and footers are never the article, on the second look either.
        // (A "nav" that holds a paragraph of prose is a page builder's drop-down, an FAQ's answer: not
        // the site's navigation.)
        const bool proseNav = tag == GUMBO_TAG_NAV && longParagraphs(n, 120) >= 1 && linkDensity(n) < 0.3;
        bool out = (isAlwaysExcluded(tag) && !proseNav) || isHidden(n) || hasHiddenClass(n) || hasFurnitureRole(n) ||
                   ((tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER) && !hasAncestor(n, GUMBO_TAG_ARTICLE, 12));
        // A subhead with a permalink anchor is named for it ("header-anchor-post", "headerlink"): the text's
        // own heading, not the page's header.
        // (So is a heading named a "header": "h3.wprm-recipe-header" over a recipe's ingredients.)
        // (A short one of words alone: "h4.t-list-header" holding a rating's widget is no heading of the text.)
        const bool subhead = (tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4) &&
                             (classAndId(n).find("anchor") != std::string::npos ||
                              (classAndId(n).find("header") != std::string::npos && countWords(textContent(n)) <= 4 && !hasBlockChild(n)));
        if (!out && unlikelyToo && !subhead && tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_A && tag != GUMBO_TAG_ARTICLE &&
            tag != GUMBO_TAG_MAIN && !hasAncestor(n, GUMBO_TAG_TABLE, 12) && !hasAncestor(n, GUMBO_TAG_CODE, 12)) {
            out = isUnlikelyCandidate(n) && !isEntryHeader(n);
        }
        if (out) excluded_.insert(n);
        return !out;
    });
}

void ContentFinder::scoreParagraphs() {
    walkElements(body_, [&](const GumboNode* n, int) {
        if (excluded_.count(n) != 0) return false;
        const GumboTag tag = tagOf(n);
        const bool leafDiv = (tag == GUMBO_TAG_DIV || isCustomBlock(n)) && !hasBlockChild(n);
        std::string own;
        if (tag == GUMBO_TAG_DIV && !leafDiv) own = ownInlineText(n);
        const bool textDiv = own.size() >= 400;  // prose of its own beside its blocks
        const bool scorable = tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TD ||
                              tag == GUMBO_TAG_SECTION || (tag >= GUMBO_TAG_H2 && tag <= GUMBO_TAG_H6) || leafDiv || textDiv;
        if (!scorable) return true;
        const std::string text = textDiv ? own : textContent(n);
        if (text.size() < 25) return true;
        // A photo's caption, known by its credit, is never the article, however its wrapper is named
        // ("t603__textwrapper" holding "… on Feb. 3. (Photo: … / …)").
        if (text.size() < 400 && endsWithPhotoCredit(text)) return true;
        const double contentScore = 1.0 + static_cast<double>(countCommas(text)) +
                                    std::min(static_cast<double>(text.size() / 100), 3.0);
        int level = 0;
        for (const GumboNode* a = n->parent; isElement(a) && level < 5; a = a->parent, ++level) {
            if (tagOf(a) == GUMBO_TAG_HTML) break;
            // A div that only wraps this one paragraph is no container of its own: the paragraph
            // counts for what holds the div.
            if (level == 0 && tagOf(a) == GUMBO_TAG_DIV && tag == GUMBO_TAG_P && elementChildren(a) == 1 &&
                textContent(a).size() == text.size()) {
                --level;
                continue;
            }
            auto [it, inserted] = scores_.try_emplace(a, 0.0);
            // A standfirst ("article-dek", "c-standfirst") summarizes the body and is never it, whatever
            // else its class says ("article" would count for it).
            // (A table or a list classed a "summary" is a box of the story's facts, not its standfirst.)
            // (Nor is a wrapper around one of the story's subheadings, "div[data-component=subheadline-block]".)
            // (Looked at only for a standfirst's class, and only in an element of one child: every paragraph's
            // every ancestor comes here, and a page may hold tens of thousands.)
            const auto subheading = [&] {
                if (elementChildren(a) != 1) return false;
                const std::size_t headings =
                    elementsByTag(a, GUMBO_TAG_H2).size() + elementsByTag(a, GUMBO_TAG_H3).size() + elementsByTag(a, GUMBO_TAG_H4).size();
                return headings == 1;
            };
            // (Nor a section under a heading of its own with paragraphs, "section.summary" with "What we know" over three: a
            // standfirst has no heading.)
            const auto headedSection = [&] {
                std::size_t headings = 0, paragraphs = 0;
                for (unsigned k = 0; k < a->v.element.children.length; ++k) {
                    const auto* child = static_cast<const GumboNode*>(a->v.element.children.data[k]);
                    if (!isElement(child)) continue;
                    headings += tagOf(child) == GUMBO_TAG_H2 || tagOf(child) == GUMBO_TAG_H3 || tagOf(child) == GUMBO_TAG_H4;
                    paragraphs += tagOf(child) == GUMBO_TAG_P;
                }
                return headings >= 1 && paragraphs >= 2;
            };
            const bool standfirst = inserted && isStandfirstElement(a) && tagOf(a) != GUMBO_TAG_TABLE && tagOf(a) != GUMBO_TAG_TBODY &&
                                    tagOf(a) != GUMBO_TAG_UL && tagOf(a) != GUMBO_TAG_OL && tagOf(a) != GUMBO_TAG_DL && !subheading() &&
                                    !headedSection();
            if (inserted) it->second = tagBase(tagOf(a)) + classWeight(a) + schemaBonus(a) - (standfirst ? 50 : 0);
            const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            it->second += contentScore / divider;
        }
        return tag != GUMBO_TAG_P;  // text inside a paragraph is scored once
    });
    for (auto& [node, score] : scores_) score *= 1.0 - linkDensity(node);
}

double ContentFinder::scoreOf(const GumboNode* node) const {
    const auto it = scores_.find(node);
    return it == scores_.end() ? 0.0 : it->second;
}

const GumboNode* ContentFinder::topCandidate() const {
    const GumboNode* top = nullptr;
    double best = 0;
    for (const auto& [node, score] : scores_) {
        if (top == nullptr || score > best || (score == best && node->index_within_parent < top->index_within_parent)) {
            top = node;
            best = score;
        }
    }
    return top;
}

namespace {

// An embedded post ("blockquote.twitter-tweet", "div.fb-post") within a few levels.
bool holdsSocialEmbed(const GumboNode* n) {
    bool found = false;
    walkElements(n, [&](const GumboNode* e, int depth) {
        found = found || isSocialEmbed(e);
        return !found && depth < 4;
    });
    return found;
}

// A layout table's row holds the page's columns (navigation, the story, a rail): the story is the cell
// with the most text outside links, when it holds most of the row's.
const GumboNode* storyCell(const GumboNode* top) {
    if (tagOf(top) != GUMBO_TAG_TR || elementChildren(top) < 2) return top;
    const GumboNode* best = top;
    std::size_t most = 0, all = 0;
    const GumboVector& cells = top->v.element.children;
    for (unsigned i = 0; i < cells.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(cells.data[i]);
        if (tagOf(c) != GUMBO_TAG_TD) continue;
        const std::size_t text = textContent(c).size(), links = linkTextLength(c);
        const std::size_t own = text > links ? text - links : 0;
        all += own;
        if (own > most) {
            most = own;
            best = c;
        }
    }
    return most * 10 >= all * 7 ? best : top;
}

// A story's own headline: its first h1 or h2 ahead of its first paragraph; null where there is none.
const GumboNode* storyHeadline(const GumboNode* story) {
    const GumboNode* headline = nullptr;
    bool paragraph = false;
    walkElements(story, [&](const GumboNode* e, int) {
        if (headline != nullptr || paragraph) return false;
        if (tagOf(e) == GUMBO_TAG_P) paragraph = true;
        if (tagOf(e) == GUMBO_TAG_H1 || tagOf(e) == GUMBO_TAG_H2) headline = e;
        return headline == nullptr && !paragraph;
    });
    return headline;
}

// The next story a page of endless scrolling sets after the first, in the same template: an element of the first
// one's tag and class whose headline wears the class of the first one's h1 ("<article class="story"><h1
// class="story-headline">" then "<article class="story"><h2 class="story-headline">"). A live page's entries, each
// with a heading of its own, are no such thing: the page's h1 stands over them, in none of them.
bool isNextStory(const GumboNode* first, const GumboNode* later) {
    // (Stories are articles: a long read's chapters, "<section class="chapter">" each under its heading, are one story.)
    if (!isElement(first) || !isElement(later) || first == later || tagOf(first) != GUMBO_TAG_ARTICLE || tagOf(later) != GUMBO_TAG_ARTICLE) {
        return false;
    }
    const std::string kind = attribute(first, "class");
    if (kind.empty() || attribute(later, "class") != kind) return false;
    const GumboNode* own = storyHeadline(first);
    const GumboNode* next = storyHeadline(later);
    if (own == nullptr || next == nullptr || tagOf(own) != GUMBO_TAG_H1) return false;
    const std::string headlineClass = attribute(own, "class");
    if (headlineClass.empty() || attribute(next, "class") != headlineClass) return false;
    // (The first one's h1 is the page's first: a long read's sections, each under an h1 of the same class, follow the
    // headline of the page, which stands in none of them. Looked for last, as it walks the page.)
    const GumboNode* root = first;
    while (isElement(root->parent)) root = root->parent;
    const std::vector<const GumboNode*> headlines = elementsByTag(root, GUMBO_TAG_H1);
    return !headlines.empty() && headlines.front() == own;
}

// The first story where the container holds it and the next ones under it: the one of the page's h1.
// (Its articles only are compared: a story's container may hold a hundred thousand paragraphs.)
const GumboNode* firstStoryOf(const GumboNode* top) {
    std::vector<const GumboNode*> articles;
    const GumboVector& children = top->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(children.data[i]);
        if (isElement(c) && tagOf(c) == GUMBO_TAG_ARTICLE) articles.push_back(c);
    }
    for (std::size_t i = 0; i < articles.size() && articles.size() <= 64; ++i) {
        for (std::size_t k = i + 1; k < articles.size(); ++k) {
            if (isNextStory(articles[i], articles[k])) return articles[i];
        }
    }
    return top;
}

}  // namespace

ContentSelection ContentFinder::find(bool strip_unlikely) {
    excluded_.clear();
    scores_.clear();
    exclude(root_, strip_unlikely);
    scoreParagraphs();
    const GumboNode* top = topCandidate();
    if (top == nullptr) return {{body_}};
    top = climbToStrongerParent(widenToCommonAncestor(top));
    top = storyCell(top);
    top = firstStoryOf(top);
    while (isElement(top->parent) && top->parent != body_ && elementChildren(top->parent) == 1) top = top->parent;
    ContentSelection repeated = repeatedContainers(top);
    ContentSelection selection = repeated.roots.size() > 1 ? repeated : withSiblings(top);
    withLinkedSections(selection);
    withSummaryBox(selection);
    return selection;
}

// A live page's or a long read's summary box over the story, "Key points" and its list, set in the
// page's header beside the headline while the entries are the top candidate: it is the story's too,
// read first. (Known by its class: key points, key facts, takeaways, at a glance, summary.)
void ContentFinder::withSummaryBox(ContentSelection& selection) const {
    if (selection.roots.empty()) return;
    const GumboNode* first = selection.roots.front();
    const GumboNode* around = first->parent;
    for (int up = 0; up < 2 && isElement(around) && around != body_ && isElement(around->parent) && around->parent != body_; ++up) {
        around = around->parent;
    }
    if (!isElement(around)) return;
    const GumboNode* box = nullptr;
    walkElements(around, [&](const GumboNode* n, int) {
        if (box != nullptr || n->v.element.start_pos.offset >= first->v.element.start_pos.offset) return false;
        for (const GumboNode* root : selection.roots) {
            for (const GumboNode* a = n; isElement(a); a = a->parent) {
                if (a == root) return false;
            }
        }
        // (Through the header that holds it, which is no story of its own.)
        const std::string hints = classAndId(n);
        bool summary = false;
        for (const char* word : {"key-points", "keypoints", "key_points", "key-facts", "keyfacts", "takeaways", "key-takeaways", "at-a-glance",
                                 "summary-box", "story-summary", "live-summary"}) {
            summary = summary || hints.find(word) != std::string::npos;
        }
        if (!summary) return true;
        // (Its points in a list, or in paragraphs of the story's length: a live page's summary over its entries.)
        bool paragraphs = false;
        for (const GumboNode* p : elementsByTag(n, GUMBO_TAG_P)) paragraphs = paragraphs || countWords(textContent(p)) >= 15;
        if ((!elementsByTag(n, GUMBO_TAG_LI).empty() || paragraphs) && linkDensity(n) < 0.3 && !isHidden(n)) box = n;
        return false;
    });
    if (box != nullptr) selection.roots.insert(selection.roots.begin(), box);
}

// Text split over several strong blocks: their common ancestor is the article.
const GumboNode* ContentFinder::widenToCommonAncestor(const GumboNode* top) const {
    std::vector<const GumboNode*> alternatives;
    for (const auto& [node, score] : scores_) {
        if (node != top && score >= scoreOf(top) * 0.75) alternatives.push_back(node);
    }
    if (alternatives.size() < 3) return top;
    for (const GumboNode* p = top->parent; isElement(p) && p != body_; p = p->parent) {
        std::size_t containing = 0;
        for (const GumboNode* alt : alternatives) {
            for (const GumboNode* a = alt; a != nullptr; a = a->parent) {
                if (a == p) {
                    ++containing;
                    break;
                }
            }
        }
        if (containing >= 3) return p;
    }
    return top;
}

// Climb while the parent scores higher: the top candidate may be one column of the article.
const GumboNode* ContentFinder::climbToStrongerParent(const GumboNode* top) const {
    double lastScore = scoreOf(top);
    const double threshold = lastScore / 3;
    for (const GumboNode* p = top->parent; isElement(p) && p != body_; p = p->parent) {
        if (scores_.count(p) == 0) continue;
        const double s = scoreOf(p);
        if (s < threshold) break;
        if (s > lastScore) return p;
        lastScore = s;
    }
    return top;
}

// An article split over repeated containers ("story-body" blocks with ads between them): when the top
// candidate's parent has siblings of the very same class holding prose, they are read together.
ContentSelection ContentFinder::repeatedContainers(const GumboNode* top) const {
    ContentSelection repeated;
    const GumboNode* holder = top->parent;
    if (!isElement(holder) || holder == body_ || !isElement(holder->parent)) return repeated;
    const std::string holderClass = attribute(holder, "class");
    if (holderClass.empty()) return repeated;
    const GumboVector& around = holder->parent->v.element.children;
    for (unsigned i = 0; i < around.length; ++i) {
        const auto* s = static_cast<const GumboNode*>(around.data[i]);
        if (!isElement(s) || excluded_.count(s) != 0 || attribute(s, "class") != holderClass || isNextStory(holder, s)) continue;
        if (s == holder || (textContent(s).size() > 100 && linkDensity(s) < 0.3)) repeated.roots.push_back(s);
    }
    return repeated;
}

namespace {

// Two elements of one page component: the same first class name, one specific enough to mean it
// (not a layout class such as "row" or "container").
bool sameComponent(const GumboNode* a, const GumboNode* b) {
    const auto first = [](const GumboNode* n) {
        const std::string c = collapseWhitespace(attribute(n, "class"));
        return c.substr(0, c.find(' '));
    };
    // (Pages without classes name their components in data attributes: data-area="text"; page builders
    // name each block's type, data-record-type="106", data-widget_type="text-editor.default".)
    for (const char* role : {"data-area", "data-component", "data-block-type", "data-type", "data-record-type", "data-widget_type"}) {
        const std::string value = attribute(a, role);
        if (!value.empty() && value == attribute(b, role) && tagOf(a) == tagOf(b)) return true;
    }
    const std::string name = lowerAscii(first(a));
    if (name.size() < 6 || name != lowerAscii(first(b))) return false;
    for (const char* layout : {"container", "wrapper", "clearfix", "column", "columns", "module", "section", "content"}) {
        if (name == layout) return false;
    }
    return true;
}

}  // namespace

namespace {

bool isStorySummary(const GumboNode* n) {
    const std::string hints = classAndId(n);
    for (const char* word : {"verdict", "keypoints", "key-points", "key_points", "takeaways", "tldr", "bottom-line",
                             "bottomline", "at-a-glance", "pros-cons", "proscons", "pros-and-cons", "essentiel"}) {
        if (hints.find(word) != std::string::npos) return true;
    }
    // Or by the heading over its list, in the languages readcast reads most: "Key points", "Ce qu'il faut
    // retenir", "Lo más importante", "Das Wichtigste".
    const GumboNode* heading = nullptr;
    walkElements(n, [&](const GumboNode* e, int) {
        if (heading == nullptr && tagOf(e) >= GUMBO_TAG_H2 && tagOf(e) <= GUMBO_TAG_H4) heading = e;
        return heading == nullptr;
    });
    if (heading == nullptr || elementsByTag(n, GUMBO_TAG_LI).size() < 2) return false;
    const std::string label = foldForComparison(textContent(heading));
    // ("Summary", "Highlights" over a list: the meeting's or the report's points, in the writer's words.)
    const auto classWord = [&](std::string_view word) {
        for (std::size_t at = hints.find(word); at != std::string::npos; at = hints.find(word, at + 1)) {
            const std::size_t end = at + word.size();
            if ((at == 0 || !std::isalnum(static_cast<unsigned char>(hints[at - 1]))) &&
                (end >= hints.size() || !std::isalnum(static_cast<unsigned char>(hints[end])))) {
                return true;
            }
        }
        return false;
    };
    if (classWord("summary") || classWord("highlights")) return true;
    for (const char* key : {"keypoints", "keyfacts", "whatweknow", "whatyouneedtoknow", "ataglance", "cequilfautretenir",
                            "lessentiel", "cequonsait", "lomasimportante", "loesencial", "claves", "daswichtigste",
                            "dasistbekannt", "inkurze", "ilpunto", "inbreve", "oquesesabe", "emresumo", "puntiichiave",
                            "summary", "highlights", "keytakeaways", "takeaways", "zusammenfassung", "resume", "resumen",
                            "riassunto", "resumo", "samenvatting"}) {
        if (label == key) return true;
    }
    return false;
}

}  // namespace

// A section the story's own table of contents links to ("#faq": "Frequently asked questions" after the
// body, in a section of its own) is the story's, when it holds prose and is no furniture.
void ContentFinder::withLinkedSections(ContentSelection& selection) const {
    const auto inSelection = [&](const GumboNode* n) {
        for (const GumboNode* root : selection.roots) {
            for (const GumboNode* a = n; isElement(a); a = a->parent) {
                if (a == root) return true;
            }
        }
        return false;
    };
    std::unordered_set<std::string> anchors;
    for (const GumboNode* root : selection.roots) {
        // (The contents may stand beside the story's text, in the container they share.)
        const GumboNode* around = isElement(root->parent) && root->parent != body_ ? root->parent : root;
        for (const GumboNode* a : elementsByTag(around, GUMBO_TAG_A)) {
            const std::string href = attribute(a, "href");
            if (href.size() > 1 && href[0] == '#') anchors.insert(href.substr(1));
        }
    }
    if (anchors.empty()) return;
    walkElements(body_, [&](const GumboNode* n, int) {
        const std::string id = attribute(n, "id");
        if (id.empty() || anchors.count(id) == 0) return true;
        if (inSelection(n) || excluded_.count(n) != 0 || isFurniture(n) || classWeight(n) < 0) return false;
        // (Not a section that holds the story: the selection's roots inside it would be read twice.)
        for (const GumboNode* root : selection.roots) {
            for (const GumboNode* a = root; isElement(a); a = a->parent) {
                if (a == n) return false;
            }
        }
        if (longParagraphs(n, 80) >= 2 && linkDensity(n) < 0.3) {
            // In the page's order: after the roots it follows.
            auto at = selection.roots.begin();
            while (at != selection.roots.end() && (*at)->v.element.start_pos.offset < n->v.element.start_pos.offset) ++at;
            selection.roots.insert(at, n);
        }
        return false;
    });
}

// The top candidate with the siblings that belong with it: strong scores, or plain paragraphs of prose.
ContentSelection ContentFinder::withSiblings(const GumboNode* top) const {
    ContentSelection selection;
    const GumboNode* parent = top->parent;
    if (!isElement(parent)) return {{top}};
    const double siblingThreshold = std::max(10.0, scoreOf(top) * 0.2);
    const std::string topClass = attribute(top, "class");
    const GumboVector& siblings = parent->v.element.children;
    for (unsigned i = 0; i < siblings.length; ++i) {
        const auto* s = static_cast<const GumboNode*>(siblings.data[i]);
        if (!isElement(s) || excluded_.count(s) != 0) continue;
        if (s == top) {
            selection.roots.push_back(s);
            continue;
        }
        if (classWeight(s) < 0 || isFurniture(s)) continue;  // a promo or comments box beside the article
        // (Nor the next story of endless scrolling, in the first one's template.)
        if (isNextStory(top, s)) continue;
        double bonus = 0;
        if (!topClass.empty() && attribute(s, "class") == topClass) bonus += scoreOf(top) * 0.2;
        bool append = scores_.count(s) != 0 && scoreOf(s) + bonus >= siblingThreshold;
        if (!append && tagOf(s) == GUMBO_TAG_P) {
            const std::string text = textContent(s);
            const double density = linkDensity(s);
            // (A short line that introduces what follows, "The mayor wrote on her channel:", is prose too, when a
            // post or a quotation follows it: "You might also be interested in these stories:" over links is not.)
            const auto introducesQuote = [&] {
                for (unsigned k = i + 1; k < siblings.length; ++k) {
                    const auto* n = static_cast<const GumboNode*>(siblings.data[k]);
                    if (!isElement(n)) continue;
                    return tagOf(n) == GUMBO_TAG_BLOCKQUOTE || holdsSocialEmbed(n);
                }
                return false;
            };
            // (Not one addressed to the reader, "You might also be interested in these stories:", "Here is what
            // other readers are talking about:".)
            const std::string lead = " " + lowerAscii(text) + " ";
            const bool addressed = lead.find(" you") != std::string::npos || lead.find(" our ") != std::string::npos ||
                                   lead.find(" us ") != std::string::npos || lead.find("readers") != std::string::npos;
            append = (text.size() > 80 && density < 0.25) ||
                     (!text.empty() && text.size() <= 80 && density == 0 &&
                      (text.find(". ") != std::string::npos || text.back() == '.' ||
                       (text.back() == ':' && countWords(text) >= 2 && !addressed && introducesQuote())));
        }
        // An item of the same component with little to score ("buzz_superlist_item
        // buzz_superlist_item_image" beside "buzz_superlist_item buzz_superlist_item_text"): its sentence
        // is the story's.
        if (!append && sameComponent(s, top)) {
            const std::string text = collapseWhitespace(textContent(s));
            append = text.size() >= 60 && linkDensity(s) < 0.3 && (text.find(". ") != std::string::npos || text.back() == '.');
        }
        // A summary the writer set apart from the body, before or after it: a review's verdict with its
        // pros and cons, a story's key points.
        if (!append && isStorySummary(s)) {
            const std::string text = collapseWhitespace(textContent(s));
            append = text.size() >= 60 && linkDensity(s) < 0.3;
        }
        // An embedded post that the line before it introduces ("The council posted on Facebook:"): whether it
        // is read is the post's own question (see BlockWriter::socialPost).
        if (!append && !selection.roots.empty() && selection.roots.back()->index_within_parent + 2 >= s->index_within_parent &&
            holdsSocialEmbed(s)) {
            const std::string before = collapseWhitespace(textContent(selection.roots.back()));
            append = !before.empty() && before.back() == ':';
        }
        if (append) selection.roots.push_back(s);
    }
    // A table of figures between two parts of the story ("NRF deposits and withdrawals" in a block of
    // its own between two blocks of prose): it has no prose to score, and it is the story's.
    if (selection.roots.size() >= 2) {
        std::vector<const GumboNode*> roots;
        unsigned first = siblings.length, last = 0;
        for (unsigned i = 0; i < siblings.length; ++i) {
            if (std::find(selection.roots.begin(), selection.roots.end(), siblings.data[i]) == selection.roots.end()) continue;
            first = std::min(first, i);
            last = i;
        }
        for (unsigned i = 0; i < siblings.length; ++i) {
            const auto* s = static_cast<const GumboNode*>(siblings.data[i]);
            const bool chosen = std::find(selection.roots.begin(), selection.roots.end(), s) != selection.roots.end();
            const bool table = !chosen && i > first && i < last && isElement(s) && excluded_.count(s) == 0 && classWeight(s) >= 0 &&
                               !isFurniture(s) && (tagOf(s) == GUMBO_TAG_TABLE || !elementsByTag(s, GUMBO_TAG_TABLE).empty()) &&
                               linkDensity(s) < 0.3;
            if (chosen || table) roots.push_back(s);
        }
        selection.roots = std::move(roots);
    }
    return selection;
}

}  // namespace readcast

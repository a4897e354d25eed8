#include "ingest/html/HtmlIngest.hpp"

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "ingest/ArticleAssembler.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/DateParser.hpp"
#include "ingest/html/Charset.hpp"
#include "ingest/html/ContentFinder.hpp"
#include "ingest/html/HtmlBlocks.hpp"
#include "ingest/html/HtmlDom.hpp"
#include "ingest/html/NestingLimit.hpp"
#include "ingest/html/HtmlHints.hpp"
#include "ingest/html/HtmlMetadata.hpp"
#include "ingest/html/StarRating.hpp"
#include "ingest/InlineMarkup.hpp"

namespace readcast {
namespace {

constexpr std::size_t kShortArticleBytes = 500;

// What a reading holds: first its prose, paragraphs of a sentence or more that are not links (a
// sidebar's lists of headlines, chosen where a class name hid the story, hold none), then all its text.
std::pair<std::size_t, std::size_t> textLength(const std::vector<RawBlock>& blocks) {
    std::size_t prose = 0, all = 0;
    for (const RawBlock& b : blocks) {
        if (b.kind == BlockKind::Caption || b.kind == BlockKind::Credit) continue;
        all += b.text.size();
        if (b.link_density < 0.5 && b.text.size() >= 60) prose += b.text.size();
    }
    return {prose, all};
}

bool looksLikeMarkup(const std::string& text) {
    std::size_t tags = 0;
    for (const char* tag : {"<p>", "<p ", "</p>", "<br", "<div", "<script", "<a ", "<span", "<h2", "<li"}) {
        for (std::size_t at = text.find(tag); at != std::string::npos && tags < 3; at = text.find(tag, at + 1)) ++tags;
    }
    return tags >= 2;
}

// The summary a page sets under its headline ("standfirst", "dek") often sits in the story's header,
// outside the body the finder chose; a newsreader reads it first.
// (Before the body's first block: a header inside the chosen element, whose headline and labels are not
// read, may hold it too.)
const GumboNode* standfirstBefore(const GumboNode* root, const std::vector<const GumboNode*>& roots, const std::string& title,
                                  std::size_t firstBlock) {
    if (roots.empty()) return nullptr;
    const unsigned bodyStart = std::max<unsigned>(roots.front()->v.element.start_pos.offset, static_cast<unsigned>(firstBlock));
    const GumboNode* found = nullptr;
    bool afterHeadline = false;  // a site header's tagline comes before the headline; the standfirst after
    int textsAfterHeadline = 0;
    bool storyHeadline = false;
    const auto isStoryHeadline = [&](const GumboNode* n) {
        const std::string h = foldForComparison(textContent(n)), t = foldForComparison(title);
        if (!h.empty() && !t.empty() && (t.find(h) != std::string::npos || h.find(t) != std::string::npos) && h.size() * 2 >= t.size()) {
            return true;
        }
        // (Or a headline the metadata words otherwise, an SEO title beside it: an h1 inside the article
        // element, as a story's own is set; a blog's name over its posts is not.)
        return tagOf(n) == GUMBO_TAG_H1 && countWords(textContent(n)) >= 4 && hasAncestor(n, GUMBO_TAG_ARTICLE, 8);
    };
    // A blog sets its own name as h1 over its tagline, and the post's title in a lesser heading: the
    // standfirst comes after that heading, when there is one.
    const GumboNode* postTitle = nullptr;
    const GumboNode* classedTitle = nullptr;  // "<h3 class="heading">", where a page sets no h1
    bool h1 = false;
    walkElements(root, [&](const GumboNode* n, int) {
        if (postTitle != nullptr || n->v.element.start_pos.offset >= bodyStart) return false;
        h1 = h1 || (tagOf(n) == GUMBO_TAG_H1 && !isHidden(n));
        if ((tagOf(n) == GUMBO_TAG_H2 || tagOf(n) == GUMBO_TAG_H3) && !isHidden(n) && isStoryHeadline(n)) postTitle = n;
        if ((tagOf(n) == GUMBO_TAG_H2 || tagOf(n) == GUMBO_TAG_H3) && !isHidden(n) && classedTitle == nullptr &&
            hasClassWord(classAndId(n), {"heading", "headline", "title"})) {
            classedTitle = n;
        }
        return postTitle == nullptr;
    });
    if (postTitle == nullptr && !h1) postTitle = classedTitle;
    walkElements(root, [&](const GumboNode* n, int) {
        if (found != nullptr || n->v.element.start_pos.offset >= bodyStart) return false;
        if (n == postTitle) {
            afterHeadline = storyHeadline = true;
            return false;  // (the headline is no summary of itself)
        }
        if (tagOf(n) == GUMBO_TAG_H1 && !isHidden(n)) {
            // The story's own headline (not a blog's name set as h1) lets any first sentence under it count.
            storyHeadline = isStoryHeadline(n);
            afterHeadline = storyHeadline || postTitle == nullptr;
        }
        const GumboTag tag = tagOf(n);
        // (A photo's caption under the headline is about the photo, not a summary of the story; a lead
        // video's title and description are about the clip.)
        const std::string hints = classAndId(n);
        if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_SCRIPT ||
            tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_FIGURE || tag == GUMBO_TAG_FIGCAPTION || isHidden(n) ||
            (isCaptionElement(n) && !isStandfirstElement(n)) ||
            // (A video page's article, "nd-article--video", holds its headline: it is not the clip.)
            ((hints.find("video") != std::string::npos || hints.find("player") != std::string::npos) &&
             elementsByTag(n, GUMBO_TAG_H1).empty())) {
            return false;
        }
        // (Here, where only a short text under the headline can be taken, an "intro" too: "article__intro".)
        const bool intro = hasClassWord(hints, {"intro"});
        // (A review's summary box, "review-summary", is its furniture, not the story's summary.)
        if (afterHeadline && (tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4) &&
            (isStandfirstElement(n) || intro) && !isFurniture(n)) {
            const std::size_t length = textContent(n).size();
            // (A dek may be a short line, "Inside the fight for the lower Darling": four words at least.)
            if (length >= 24 && countWords(textContent(n)) >= 4 && length <= 500 && n->v.element.end_pos.offset <= bodyStart) found = n;
        }
        // Whatever its class: the first text under the headline, when it is a sentence of its own in a
        // subheading or a paragraph ("h2.content-head__subtitle", "h2.sortDec"), not a byline, a date or
        // a prompt.
        if (afterHeadline && storyHeadline && found == nullptr && textsAfterHeadline < 3 &&
            (tag == GUMBO_TAG_P || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3)) {
            const std::string text = textContent(n);
            ++textsAfterHeadline;
            const std::string first = lowerUtf8(text.substr(0, text.find(' ')));
            const bool byline = first == "by" || first == "por" || first == "par" || first == "von" || first == "di" ||
                                first == "door" || first == "av" || first == "af" || first == "autor:" || first == "by:";
            // (Nor a note in a box whose class names it page furniture: "medical-review-box".)
            const bool boxed = isElement(n->parent) && isFurniture(n->parent);
            // (Ending before the body's first block: not the element that holds it.)
            if (text.size() >= 40 && text.size() <= 400 && countWords(text) >= 6 && linkDensity(n) < 0.3 && !byline &&
                !isBoilerplate(text) && !parseDate(text) && !boxed && n->v.element.end_pos.offset <= bodyStart) {
                found = n;
            }
            return false;
        }
        return true;
    });
    return found;
}

// articleBody is meant to be plain text, its paragraphs separated by line breaks; some sites put the
// body's HTML there instead, scripts and all. Markup is read as a page of its own, so no script, style
// or template text gets in.
std::vector<RawBlock> declaredBodyBlocks(const std::string& body) {
    if (looksLikeMarkup(body)) {
        const HtmlDocument fragment(body);
        ContentFinder finder(fragment.root());
        return htmlBlocks(finder.find(false).roots, finder);
    }
    std::vector<RawBlock> blocks;
    std::size_t start = 0;
    while (start < body.size()) {
        std::size_t end = body.find('\n', start);
        if (end == std::string::npos) end = body.size();
        RawBlock b;
        b.text = collapseWhitespace(decodeEntities(body.substr(start, end - start)));
        if (!b.text.empty()) blocks.push_back(std::move(b));
        start = end + 1;
    }
    return blocks;
}

// An element whose itemprop or class names it the article's body, outside the page's furniture.
const GumboNode* markedArticleBody(const GumboNode* root, const ContentFinder& finder) {
    const GumboNode* found = nullptr;
    walkElements(root, [&](const GumboNode* n, int) {
        if (found != nullptr || finder.isExcluded(n)) return false;
        const std::string itemprop = attribute(n, "itemprop");
        const std::string hints = classAndId(n);
        if (itemprop.find("articleBody") != std::string::npos || hints.find("articlebody") != std::string::npos ||
            hints.find("article-body") != std::string::npos || hints.find("article_body") != std::string::npos ||
            hints.find("story-body") != std::string::npos) {
            found = n;
        }
        return found == nullptr;
    });
    return found;
}

// The one element schema.org marks as the article's body (itemprop="articleBody"), inside what the
// finder chose and holding a story of its own: the finder's wider choice also took the modules beside it
// (an obituary's guest book and service times, a shop's upsell), which the page itself says are not the
// article.
void narrowToDeclaredBody(const GumboNode* root, const ContentFinder& finder, ContentSelection& selection) {
    std::vector<const GumboNode*> marked;
    walkElements(root, [&](const GumboNode* n, int) {
        if (finder.isExcluded(n)) return false;
        if (attribute(n, "itemprop") == "articleBody") marked.push_back(n);
        return true;
    });
    if (marked.size() != 1 || selection.roots.size() != 1 || marked.front() == selection.roots.front()) return;
    const GumboNode* body = marked.front();
    bool inside = false;
    for (const GumboNode* a = body->parent; a != nullptr && !inside; a = a->parent) inside = a == selection.roots.front();
    if (!inside) return;
    if (longParagraphs(body, 80) < 3) return;
    selection.roots = {body};
}

}  // namespace

void readHtmlArticle(const std::string& bytes, Article& article) {
    const HtmlDocument doc(limitNesting(decodeHtml(article.source, bytes)));
    const std::string declaredBody = readHtmlMetadata(doc.root(), article);
    ContentFinder finder(doc.root());
    ContentSelection selection = finder.find(true);
    narrowToDeclaredBody(doc.root(), finder, selection);
    std::vector<RawBlock> blocks = htmlBlocks(selection.roots, finder);
    // Class names such as "sidebar-layout" on a wrapper can hide a whole article: with too little
    // text, look again without excluding by class name, and keep the longer reading.
    if (textLength(blocks).first < kShortArticleBytes) {
        ContentSelection second = finder.find(false);
        std::vector<RawBlock> retry = htmlBlocks(second.roots, finder);
            if (textLength(retry) > textLength(blocks)) {
            blocks = std::move(retry);
            selection = std::move(second);
        }
    }
    // (The body's first block of prose: a category link or the headline over it, "Explainers", may come first
    // where the chosen element holds the story's header.)
    std::size_t firstBlock = blocks.empty() ? 0 : blocks.front().offset;
    for (const RawBlock& b : blocks) {
        firstBlock = b.offset;
        // (Past a heading, a label or a name with its job, "Anna Kowalczyk Dziennikarka Puls Kraju": a few
        // words with no stop.)
        const bool label = countWords(b.text) <= 3 || (countWords(b.text) <= 6 && std::string(".!?:\"\xE2\x80\x9D").find(b.text.back()) == std::string::npos);
        if (!(b.kind == BlockKind::Heading || label)) break;
    }
    // (Not a paragraph the body reads already.)
    const auto readAlready = [&](const GumboNode* summary) {
        const std::string text = foldForComparison(textContent(summary));
        return std::any_of(blocks.begin(), blocks.end(), [&](const RawBlock& b) { return foldForComparison(b.text) == text; });
    };
    if (const GumboNode* summary = standfirstBefore(doc.root(), selection.roots, article.title, firstBlock);
        summary != nullptr && !readAlready(summary)) {
        // Block by block: a standfirst may hold its summary and a credit line ("by … (reporting) and …
        // (photography)") in paragraphs of their own, each judged for what it is.
        std::vector<RawBlock> lede = htmlBlocks({summary}, finder);
        if (lede.empty()) {
            RawBlock whole;
            whole.text = textContent(summary);
            whole.offset = summary->v.element.start_pos.offset;
            lede.push_back(std::move(whole));
        }
        // (And the story's first paragraphs, set beside it in the same box before the body the finder chose:
        // a page builder's text module holding the standfirst and the news lead under it.)
        if (tagOf(summary) == GUMBO_TAG_P && isElement(summary->parent)) {
            const GumboVector& siblings = summary->parent->v.element.children;
            bool after = false;
            for (unsigned k = 0; k < siblings.length; ++k) {
                const auto* n = static_cast<const GumboNode*>(siblings.data[k]);
                if (n == summary) {
                    after = true;
                    continue;
                }
                if (!after || !isElement(n)) continue;
                const std::string text = textContent(n);
                // (Plain paragraphs of prose only: not a box's, "p.author-bio", a caption or a credit, "… Picture: Joe
                // Bloggs", or a note on the print edition.)
                const std::string lower = lowerUtf8(text);
                const bool credit = lower.find("picture:") != std::string::npos || lower.find("photo:") != std::string::npos ||
                                    lower.find("foto:") != std::string::npos || lower.find("image:") != std::string::npos ||
                                    lower.find("credit:") != std::string::npos || lower.find("first published") != std::string::npos;
                if (tagOf(n) != GUMBO_TAG_P || n->v.element.end_pos.offset > firstBlock || text.size() < 40 || linkDensity(n) >= 0.3 ||
                    !attribute(n, "class").empty() || isCaptionElement(n) || credit || isBoilerplate(text) || readAlready(n)) {
                    break;
                }
                const std::vector<RawBlock> more = htmlBlocks({n}, finder);
                lede.insert(lede.end(), more.begin(), more.end());
            }
        }
        blocks.insert(blocks.begin(), lede.begin(), lede.end());
    }
    // A review's stars beside its headline are its verdict, read first.
    if (auto stars = ratingBesideHeadline(doc.root(), firstBlock, blocks)) blocks.insert(blocks.begin(), std::move(*stars));
    // Still little or nothing: the element the page marks as the article's body (schema.org
    // articleBody, a class naming it), even when short.
    if (textLength(blocks).second < kShortArticleBytes) {
        if (const GumboNode* marked = markedArticleBody(doc.root(), finder)) {
            std::vector<RawBlock> own = htmlBlocks({marked}, finder);
            if (textLength(own).second > textLength(blocks).second) blocks = std::move(own);
        }
    }
    // A page that renders its body with scripts may carry the text only in JSON-LD articleBody: used
    // when it holds much more than the page shows, or whenever the page shows nothing.
    if (!declaredBody.empty() && (textLength(blocks).second == 0 ||
                                  (declaredBody.size() > kShortArticleBytes && textLength(blocks).second * 2 < declaredBody.size()))) {
        blocks = declaredBodyBlocks(declaredBody);
    }
    assembleArticle(std::move(blocks), BlockSource::Markup, article);
}

}  // namespace readcast

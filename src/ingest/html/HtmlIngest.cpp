#include "ingest/html/HtmlIngest.hpp"

#include <algorithm>
#include <cstring>
#include <regex>
#include <set>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "core/Url.hpp"
#include "ingest/ArticleAssembler.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/DateParser.hpp"
#include "ingest/html/Charset.hpp"
#include "ingest/html/ContentFinder.hpp"
#include "ingest/html/CutShortStory.hpp"
#include "ingest/html/HtmlBlocks.hpp"
#include "ingest/html/HtmlDom.hpp"
#include "ingest/html/NestingLimit.hpp"
#include "ingest/html/HtmlHints.hpp"
#include "ingest/html/HtmlMetadata.hpp"
#include "ingest/html/JsonLdScripts.hpp"
#include "ingest/html/CollapsedParts.hpp"
#include "ingest/html/PaywalledParts.hpp"
#include "ingest/html/PublisherContacts.hpp"
#include "ingest/html/ScriptDataBody.hpp"
#include "ingest/html/StarRating.hpp"
#include "ingest/html/StoryNotes.hpp"
#include "ingest/InlineMarkup.hpp"

namespace readcast {
namespace {

constexpr std::size_t kShortArticleBytes = 500;
// A teaser's length at most: a standfirst and a few paragraphs.
constexpr std::size_t kTeaserBytes = 3000;

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
        // (And a "lead", "<div class="lead">", holding no picture: "lead-image" holds one, and its caption is no summary.)
        const bool intro = hasClassWord(hints, {"intro"}) ||
                           (hasClassWord(hints, {"lead"}) && elementsByTag(n, GUMBO_TAG_IMG).empty() && elementsByTag(n, GUMBO_TAG_FIGURE).empty());
        // (A review's summary box, "review-summary", is its furniture, not the story's summary.)
        if (afterHeadline && (tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4) &&
            (isStandfirstElement(n) || intro) && !isFurniture(n)) {
            const std::size_t length = textContent(n).size();
            // (A dek may be a short line, "Inside the fight for the lower Darling": four words at least.)
            if (length >= 24 && countWords(textContent(n)) >= 4 && length <= 500 && n->v.element.end_pos.offset <= bodyStart) found = n;
        }
        // Whatever its class: the first text under the headline, when it is a sentence of its own in a
        // subheading or a paragraph ("h2.content-head__subtitle", "h2.sortDec"), not a byline, a date or
        // a prompt. (A date line is short: a lead that names its day, "przyjęła w poniedziałek, 12 maja 2025 r., zmiany…", is
        // the news.)
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
                !isBoilerplate(text) && !(parseDate(text) && countWords(text) <= 12) && !boxed && n->v.element.end_pos.offset <= bodyStart) {
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

// Whether a block holds a picture with an address: an icon, a logo or an avatar kept only its place.
bool holdsAddressedPicture(const RawBlock& block) {
    return std::any_of(block.images.begin(), block.images.end(), [](const Image& image) { return !image.url.empty(); });
}

// The story's lead picture where the page sets it between the headline and the body the finder chose, outside
// that body ("<h1>…</h1><figure>…</figure><article>…"): a figure (or a box marked "lead", "hero",
// "featured") after the headline, in none of the page's furniture, that is no link to another page: its
// blocks, the picture and its caption.
std::vector<RawBlock> leadFigureBefore(const GumboNode* root, const ContentFinder& finder, std::size_t bodyStart) {
    const GumboNode* figure = nullptr;
    // (Where the headline stands, whether or not the box around it is furniture: "story__header" with its share bar.)
    std::size_t headlineEnd = 0;
    for (const GumboNode* h1 : elementsByTag(root, GUMBO_TAG_H1)) {
        if (!isHidden(h1) && h1->v.element.end_pos.offset < bodyStart) {
            headlineEnd = h1->v.element.end_pos.offset;
            break;
        }
    }
    walkElements(root, [&](const GumboNode* n, int) {
        if (figure != nullptr || n->v.element.start_pos.offset >= bodyStart) return false;
        const GumboTag tag = tagOf(n);
        if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_SCRIPT ||
            finder.isExcluded(n) || isHidden(n)) {
            return false;
        }
        const bool marked = tag == GUMBO_TAG_FIGURE ||
                            ((tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SPAN) &&
                             hasClassWord(classAndId(n), {"lead", "hero", "featured", "feature-image", "main-image", "top-image", "lead-media"}));
        // (The class of a box around the story, "b-right-rail-advanced", says nothing of a figure in it: the figure's own does.)
        if (n->v.element.start_pos.offset < headlineEnd || !marked || !holdsPicture(n) || isFurniture(n)) return true;
        // (A teaser's picture links to its story; a lead picture, if anywhere, to itself.)
        for (const GumboNode* a = n->parent; a != nullptr && isElement(a); a = a->parent) {
            if (tagOf(a) != GUMBO_TAG_A) continue;
            const std::string href = lowerAscii(attribute(a, "href"));
            const std::string path = href.substr(0, href.find_first_of("?#"));
            if (!(path.ends_with(".jpg") || path.ends_with(".jpeg") || path.ends_with(".png") || path.ends_with(".webp"))) return false;
        }
        figure = n;
        return false;
    });
    if (figure == nullptr) return {};
    std::vector<RawBlock> blocks = htmlBlocks({figure}, finder);
    const bool picture = std::any_of(blocks.begin(), blocks.end(), holdsAddressedPicture);
    // (Nothing but a picture and the words about it: a box of text with a picture in it is no lead figure.)
    const bool captionsOnly = std::all_of(blocks.begin(), blocks.end(), [](const RawBlock& b) {
        return b.kind == BlockKind::Caption || b.kind == BlockKind::Credit || b.text.empty();
    });
    return picture && captionsOnly ? blocks : std::vector<RawBlock>{};
}

// Whether two addresses name the same picture, at whatever size the page asks for it: the same file, its
// size left out ("…/s615/0_JS34.jpg" and "…/s1200/0_JS34.jpg", "hq-1600x900.jpg" and "hq.jpg").
bool samePicture(const std::string& a, const std::string& b) {
    const auto file = [](const std::string& url) {
        static const std::regex kSize(R"(-\d+x\d+(\.[a-z]+)$)");
        const std::string name = std::regex_replace(pictureFile(url), kSize, "$1");
        return name.substr(0, name.rfind('.'));
    };
    if (a.empty() || b.empty()) return false;
    // (Or a file named by the other's name and a crop: "183512345-8f2c1e4a" and "183512345-8f2c1e4a-7b6d-4e3f".)
    const std::string x = file(a), y = file(b);
    const std::string& shorter = x.size() < y.size() ? x : y;
    const std::string& longer = x.size() < y.size() ? y : x;
    return x == y || (shorter.size() >= 8 && longer.compare(0, shorter.size(), shorter) == 0 &&
                      std::string("-_").find(longer[shorter.size()]) != std::string::npos);
}

// The caption the page sets for the picture at `url`: the caption block that holds the picture, or the one
// right under it; "" where the picture has none, or is not in the page's text (a share image of its own).
// The picture that opens the story, before its second paragraph, is taken for the one at `url` whatever its
// address: a page's share picture is its lead picture, cropped and named for sharing.
std::string captionOfPicture(const std::vector<RawBlock>& blocks, const std::string& url) {
    std::size_t paragraphs = 0;
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        const bool atTop = paragraphs < 2;
        if (blocks[k].kind == BlockKind::Paragraph && blocks[k].text.size() >= 80) ++paragraphs;
        if (!std::any_of(blocks[k].images.begin(), blocks[k].images.end(),
                         [&](const Image& image) { return !image.url.empty() && (atTop || samePicture(image.url, url)); })) {
            continue;
        }
        for (std::size_t next = k; next < blocks.size() && next <= k + 1; ++next) {
            if (blocks[next].kind == BlockKind::Caption) return blocks[next].text;
            if (next > k && !blocks[next].images.empty()) break;
            if (!blocks[next].text.empty() && blocks[next].kind != BlockKind::Credit && next > k) break;
        }
        return "";
    }
    return "";
}

// The address a page's relative links are read against: its <base href>, else its own address.
std::string baseAddress(const GumboNode* root, const std::string& pageUrl) {
    for (const GumboNode* base : elementsByTag(root, GUMBO_TAG_BASE)) {
        if (const std::string href = attribute(base, "href"); !href.empty()) return resolveUrl(pageUrl, href);
    }
    return pageUrl;
}

// An email newsletter holding one story ("View in browser" at its head, "Unsubscribe" at its foot): after the story's
// paragraphs, a section the letter labels in capitals ("QUICK HITS", "ELSEWHERE") holds its other items, not the story's.
// The blocks from that label on go.
void dropNewsletterSections(const GumboNode* root, std::vector<RawBlock>& blocks) {
    // (The page's words are read only where such a label stands after a story: most pages have none.)
    const auto letter = [&] {
        const std::string text = lowerUtf8(textContent(root));
        return text.find("unsubscribe") != std::string::npos &&
               (text.find("view in browser") != std::string::npos || text.find("view this email") != std::string::npos ||
                text.find("trouble viewing") != std::string::npos || text.find("trouble reading this email") != std::string::npos ||
                text.find("receiving this email") != std::string::npos);
    };
    std::size_t paragraphs = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const RawBlock& b = blocks[i];
        if (b.kind == BlockKind::Paragraph && countWords(b.text) >= 15) ++paragraphs;
        const std::string label = collapseWhitespace(b.text);
        const bool capitals = !label.empty() && countWords(label) <= 4 &&
                              std::any_of(label.begin(), label.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }) &&
                              std::none_of(label.begin(), label.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
        if (b.kind == BlockKind::Heading && capitals && paragraphs >= 3) {
            if (letter()) blocks.resize(i);
            return;
        }
    }
}

}  // namespace

void readHtmlArticle(const std::string& bytes, Article& article) {
    HtmlDocument doc(limitNesting(decodeHtml(article.source, bytes)));
    // (Parsed once, for the metadata, the paywalled parts and whether the story is cut short.)
    const std::vector<nlohmann::json> jsonLd = jsonLdScripts(doc.root());
    const std::vector<const GumboNode*> paywalled = paywalledParts(doc.root(), jsonLd);
    for (const GumboNode* part : paywalled) doc.reveal(part);
    for (const GumboNode* part : collapsedParts(doc.root())) doc.reveal(part);
    const std::string declaredBody = readHtmlMetadata(doc.root(), jsonLd, article);
    ContentFinder finder(doc.root(), paywalled);
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
    // (Not a paragraph the body reads already, nor one whose lines it reads each: "<p>…<br>…</p>" is two blocks.)
    const auto readAlready = [&](const std::string& text) {
        const std::string folded = foldForComparison(text);
        return std::any_of(blocks.begin(), blocks.end(), [&](const RawBlock& b) { return foldForComparison(b.text) == folded; });
    };
    const GumboNode* summary = standfirstBefore(doc.root(), selection.roots, article.title, firstBlock);
    // Block by block: a standfirst may hold its summary and a credit line ("by … (reporting) and …
    // (photography)") in paragraphs of their own, each judged for what it is.
    std::vector<RawBlock> lede = summary != nullptr ? htmlBlocks({summary}, finder) : std::vector<RawBlock>{};
    // (Without the list of links a standfirst may hold under its summary, another story's headline: a Guardian standfirst's
    // "<p>…</p><ul><li><a>NHS England to cut 9,000 jobs in shake-up</a></li></ul>".)
    std::vector<std::string> linkItems;
    for (std::vector<const GumboNode*> pending{summary}; summary != nullptr && !pending.empty();) {
        const GumboNode* n = pending.back();
        pending.pop_back();
        if (!isElement(n)) continue;
        if (tagOf(n) == GUMBO_TAG_LI && linkDensity(n) >= 0.9) {
            if (const std::string text = collapseWhitespace(textContent(n)); !text.empty()) linkItems.push_back(text);
            continue;
        }
        const GumboVector& children = n->v.element.children;
        for (unsigned k = 0; k < children.length; ++k) pending.push_back(static_cast<const GumboNode*>(children.data[k]));
    }
    const auto withoutLinkItems = [&](std::string text) {
        text = collapseWhitespace(text);
        for (const std::string& item : linkItems) {
            if (text.size() > item.size() && text.ends_with(item)) {
                text.resize(text.size() - item.size());
                while (!text.empty() && text.back() == ' ') text.pop_back();
            }
        }
        return text;
    };
    const bool linesReadAlready = !lede.empty() && std::all_of(lede.begin(), lede.end(), [&](const RawBlock& line) { return readAlready(line.text); });
    if (summary != nullptr && !readAlready(textContent(summary)) && !linesReadAlready) {
        if (lede.empty()) {
            RawBlock whole;
            whole.text = linkItems.empty() ? textContent(summary) : withoutLinkItems(textContent(summary));
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
                    !attribute(n, "class").empty() || isCaptionElement(n) || credit || isBoilerplate(text) || readAlready(text)) {
                    break;
                }
                const std::vector<RawBlock> more = htmlBlocks({n}, finder);
                lede.insert(lede.end(), more.begin(), more.end());
            }
        }
        blocks.insert(blocks.begin(), lede.begin(), lede.end());
    }
    // (Where no picture comes before the body's first prose, the lead figure may stand outside it. The body is
    // the longest of the elements chosen: a standfirst chosen beside it may come before the figure.)
    std::size_t bodyStart = firstBlock;
    std::size_t longest = 0;
    for (const GumboNode* r : selection.roots) {
        if (const std::size_t length = textContent(r).size(); length > longest && selection.roots.size() > 1) {
            longest = length;
            bodyStart = std::max<std::size_t>(firstBlock, r->v.element.start_pos.offset);
        }
    }
    const bool pictureFirst =
        std::any_of(blocks.begin(), blocks.end(), [&](const RawBlock& b) { return b.offset <= bodyStart && holdsAddressedPicture(b); });
    // (Its caption is the picture's, kept beside it: no part of the text the page sets as the story's.)
    std::vector<RawBlock> leadFigure;
    if (!pictureFirst && !blocks.empty()) leadFigure = leadFigureBefore(doc.root(), finder, bodyStart);
    // A review's stars beside its headline are its verdict, read first.
    if (auto stars = ratingBesideHeadline(doc.root(), firstBlock, blocks)) blocks.insert(blocks.begin(), std::move(*stars));
    // An update's or a correction's note beside the story's element, where the page shows it: over the body or under it.
    for (const GumboNode* note : notesBesideStory(selection.roots, finder)) {
        const std::vector<RawBlock> lines = htmlBlocks({note}, finder);
        const std::size_t at = note->v.element.start_pos.offset;
        const auto after = std::find_if(blocks.begin(), blocks.end(), [&](const RawBlock& b) { return b.offset > at; });
        blocks.insert(after, lines.begin(), lines.end());
    }
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
    // Or the body a page hands its scripts as data, where it shows no more than a teaser: the data's longest list of
    // paragraphs, more than twice the teaser. (Beside a story the page shows, the data's lists are the next story's or the
    // comments, never read.)
    // (Or a teaser of a few paragraphs, where the data's list opens on the page's first paragraph: the same story, the rest
    // left to the scripts. Before it, what the page shows over the story, a standfirst, stays.)
    const auto firstProse = std::find_if(blocks.begin(), blocks.end(), [](const RawBlock& b) {
        return b.kind == BlockKind::Paragraph && b.link_density < 0.5 && countWords(b.text) >= 12;
    });
    // (A body the page declares, "div.ArticleBody_body", may be such a teaser too. A page that shows a story's length is
    // not searched: its data is not read for nothing.)
    const std::size_t shown = textLength(blocks).second;
    const bool shortPage = declaredBody.empty() && shown < kShortArticleBytes;
    if (shortPage || (firstProse != blocks.end() && shown < kTeaserBytes)) {
        if (const std::string data = scriptDataBody(doc.root()); !data.empty() && shown * 2 < data.size()) {
            std::vector<RawBlock> dataBlocks = declaredBodyBlocks(data);
            // (Compared by their letters, less the quotation marks, which the page may straighten and the data curl.)
            const auto opensOn = [](const std::string& text) {
                std::string folded = foldForComparison(text);
                for (const char* mark : {"\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB"}) {
                    for (std::size_t at = folded.find(mark); at != std::string::npos; at = folded.find(mark, at)) folded.erase(at, std::strlen(mark));
                }
                return folded.substr(0, 120);
            };
            std::set<std::string> openings;
            for (const RawBlock& b : dataBlocks) openings.insert(opensOn(b.text));
            // (The page's first paragraph the data holds: the story's, under a standfirst the data may not hold.)
            const auto teaser = std::find_if(firstProse, blocks.end(), [&](const RawBlock& block) {
                if (block.kind != BlockKind::Paragraph) return false;
                const std::string opening = opensOn(block.text);
                return opening.size() >= 40 && openings.count(opening) != 0;
            });
            if (teaser != blocks.end()) {
                blocks.erase(teaser, blocks.end());
                blocks.insert(blocks.end(), dataBlocks.begin(), dataBlocks.end());
            } else if (shortPage) {
                blocks = std::move(dataBlocks);
            }
        }
    }
    // (A site's stock picture set as every page's share image is the story's picture only for want of one.)
    if (isStockPicture(article.lead_image_url)) article.lead_image_url.clear();
    dropNewsletterSections(doc.root(), blocks);
    dropPublisherContacts(article.url, article.site, blocks);
    const std::vector<RawBlock> pageBlocks = blocks;
    assembleArticle(std::move(blocks), BlockSource::Markup, article);
    StoryRead read;
    for (const Block& b : article.blocks) {
        read.words += countWords(b.text);
        read.last_offset = std::max(read.last_offset, b.source_offset);
    }
    if (isCutShort(doc.root(), jsonLd, finder, selection.roots, paywalled, read)) {
        article.partial = Partial::ForSubscribers;
    } else if (isFirstOfPages(doc.root(), article.url)) {
        article.partial = Partial::FirstPage;
    }
    for (const RawBlock& b : leadFigure) {
        for (const Image& image : b.images) {
            if (article.lead_image_url.empty()) article.lead_image_url = image.url;
        }
    }
    // (The lead picture's own caption, not the first caption in the story: another picture's.)
    article.lead_image_caption = !leadFigure.empty() ? captionOfPicture(leadFigure, article.lead_image_url) : "";
    if (article.lead_image_caption.empty()) article.lead_image_caption = captionOfPicture(pageBlocks, article.lead_image_url);
    // (A picture's address as the page writes it, "../img/a.jpg", means nothing away from the page.)
    article.lead_image_url = resolveUrl(baseAddress(doc.root(), article.url), article.lead_image_url);
    if (lowerAscii(article.lead_image_url).rfind("data:", 0) == 0) article.lead_image_url.clear();
}

}  // namespace readcast

#include "ingest/html/HtmlBlocks.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <unordered_set>

#include "ingest/Boilerplate.hpp"
#include "ingest/DateParser.hpp"
#include "ingest/Furniture.hpp"
#include "ingest/html/HtmlHints.hpp"
#include "ingest/InlineMarkup.hpp"
#include "ingest/TemplateTags.hpp"
#include "ingest/SportsTableHeaders.hpp"
#include "ingest/TableMoney.hpp"
#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "core/Utf8.hpp"

namespace readcast {
namespace {

// The picture an <img> shows, as a page loads it. A lazy-loading page sets a placeholder in `src` (a one-pixel
// "data:" GIF) and the picture in `data-src` or a `srcset`, whose widest candidate is taken. An icon, a logo or
// an avatar is no picture of the story: it keeps its place (a caption may still follow it) but no address, so
// it is never taken for the lead image.
Image imageOf(const GumboNode* img) {
    Image image{collapseWhitespace(attribute(img, "alt")), ""};
    const auto usable = [](const std::string& url) { return !url.empty() && lowerAscii(url).rfind("data:", 0) != 0; };
    // The widest candidate of a srcset, "a.jpg 320w, b.jpg 640w", read as the HTML standard reads it: an
    // address runs to a space (commas inside it, "c_fill,w_320", are its own), its width to the next comma.
    const auto widest = [](const std::string& srcset) {
        std::string best;
        long bestWidth = -1;
        std::size_t at = 0;
        while (at < srcset.size()) {
            at = srcset.find_first_not_of(" \t\n,", at);
            if (at == std::string::npos) break;
            std::size_t end = srcset.find_first_of(" \t\n", at);
            if (end == std::string::npos) end = srcset.size();
            std::string url = srcset.substr(at, end - at);
            long width = 0;
            if (!url.empty() && url.back() == ',') {
                while (!url.empty() && url.back() == ',') url.pop_back();
                at = end;
            } else {
                const std::size_t comma = srcset.find(',', end);
                const std::string descriptor = srcset.substr(end, comma == std::string::npos ? std::string::npos : comma - end);
                width = std::strtol(descriptor.c_str(), nullptr, 10);
                at = comma == std::string::npos ? srcset.size() : comma + 1;
            }
            if (!url.empty() && width > bestWidth) {
                best = url;
                bestWidth = width;
            }
        }
        return best;
    };
    for (const char* name : {"src", "data-src", "data-lazy-src", "data-original", "data-url"}) {
        if (usable(attribute(img, name))) {
            image.url = attribute(img, name);
            break;
        }
    }
    if (image.url.empty()) {
        for (const char* name : {"data-srcset", "srcset", "data-lazy-srcset"}) {
            if (const std::string url = widest(attribute(img, name)); usable(url)) {
                image.url = url;
                break;
            }
        }
    }
    // (Set at under a hundred pixels, a thumbnail or an icon; named a logo, an avatar or an icon by its class or file.)
    for (const char* dimension : {"width", "height"}) {
        const std::string value = attribute(img, dimension);
        if (!value.empty() && std::isdigit(static_cast<unsigned char>(value[0])) && std::strtol(value.c_str(), nullptr, 10) < 100) image.url.clear();
    }
    // (A logo or an avatar set in the page, "logo_trans.png", is the site's or the writer's.)
    const std::string file = pictureFile(image.url);
    if (isStockPicture(image.url) || file.find("logo") != std::string::npos || file.find("avatar") != std::string::npos) image.url.clear();
    if (hasClassWord(classAndId(img), {"logo", "avatar", "icon", "author", "byline", "profile", "emoji", "wp-smiley"})) image.url.clear();
    return image;
}

// Text that ends with an elision mark, "[…]", "[...]" or "…", and spaces (no-break ones too).
bool endsWithElision(const std::string& text) {
    std::size_t end = text.size();
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\n')) --end;
    while (end >= 2 && text.compare(end - 2, 2, "\xC2\xA0") == 0) {
        end -= 2;
        while (end > 0 && text[end - 1] == ' ') --end;
    }
    const std::string_view t(text.data(), end);
    for (std::string_view mark : {"[\xE2\x80\xA6]", "[...]", "\xE2\x80\xA6", "(\xE2\x80\xA6)", "(...)"}) {
        if (t.size() >= mark.size() && t.compare(t.size() - mark.size(), mark.size(), mark) == 0) return true;
    }
    return false;
}

// Text whose last sentence has ended: ". ", "! ", "? " before the spaces at its end.
bool endsWithSentence(const std::string& text) {
    const std::size_t end = text.find_last_not_of(" \t\n");
    return end != std::string::npos && end + 1 < text.size() && (text[end] == '.' || text[end] == '!' || text[end] == '?');
}

// Tags whose content is laid out as blocks of their own.
bool isContainer(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
        case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_CENTER:
        case GUMBO_TAG_BODY: case GUMBO_TAG_DL: case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_ADDRESS:
        case GUMBO_TAG_HGROUP: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_FIELDSET:
        case GUMBO_TAG_FORM: case GUMBO_TAG_HR:
            return true;
        default: return false;
    }
}

class BlockWriter {
public:
    BlockWriter(const ContentFinder& finder, const std::vector<const GumboNode*>& roots)
        : finder_(finder), roots_(roots.begin(), roots.end()) {}

    void element(const GumboNode* n, int depth, BlockKind context);
    std::vector<RawBlock> take() {
        flush();
        return std::move(blocks_);
    }

private:
    void inlineNode(const GumboNode* n, int depth);
    void flush();
    void emit(BlockKind kind, std::string text, int level, const GumboNode* n);
    bool dropConditionally(const GumboNode* n) const;
    bool supAsText(const GumboNode* sup);
    void table(const GumboNode* n, int depth, BlockKind context);
    void socialPost(const GumboNode* n);
    void figure(const GumboNode* n, int depth);
    void leaveOutIntroOf(const GumboNode* n);

    const ContentFinder& finder_;
    std::unordered_set<const GumboNode*> roots_;  // chosen as the article: never cleaned out whole
    std::vector<RawBlock> blocks_;
    std::string pending_;       // inline text waiting for a block boundary
    BlockKind pendingKind_ = BlockKind::Paragraph;
    std::size_t pendingOffset_ = 0;
    int breaks_ = 0;            // consecutive <br>: two end a paragraph
    int linkDepth_ = 0;         // inside <a>
    std::string linkTitle_;     // the title of the link the text is in, collapsed
    // Where a link right after an elision ("[…]") or a finished sentence begins and ends in pending_: if
    // nothing follows it, it is a link-out to the rest of the text ("… l'icône […] Lire la suite sur
    // Libération.fr", "… unique. Read the review on Example.com").
    std::size_t linkOutStart_ = std::string::npos, linkOutEnd_ = std::string::npos;
    std::size_t pendingLinkBytes_ = 0;
    bool closeAfterChip_ = false;  // a quote chip in brackets was left out: its closing bracket goes with it
    // The list of places last asked about, whether it is one, and the place its next item says (its items come in order: the
    // list is judged once, not at each item).
    const GumboNode* placedList_ = nullptr;
    bool placed_ = false;
    int nextPlace_ = 1;
    int boldDepth_ = 0;         // inside <b> or <strong>
    std::size_t pendingBoldBytes_ = 0;
    int italicDepth_ = 0;       // inside <em> or <i>
    std::size_t pendingItalicBytes_ = 0;
    std::size_t lineStart_ = 0;  // where the current line of pending_ began (after the last <br>)
    std::vector<Image> images_;
};

void BlockWriter::emit(BlockKind kind, std::string text, int level, const GumboNode* n) {
    const std::size_t rawSize = text.size();
    // (A publishing system's shortcodes left in the page's text by an export: "[gallery ids="48214,48215"]".)
    text = collapseWhitespace(withoutShortcodes(withLeftoverEntitiesDecoded(text)));
    if (text.empty() && images_.empty()) return;
    RawBlock b;
    b.kind = kind;
    // Links inside this block: counted while its inline text was gathered, or measured on the element.
    b.link_density = n != nullptr ? linkDensity(n)
                                  : rawSize == 0 ? 0.0 : static_cast<double>(pendingLinkBytes_) / static_cast<double>(rawSize);
    b.italic_share = n != nullptr || rawSize == 0 ? 0.0 : static_cast<double>(pendingItalicBytes_) / static_cast<double>(rawSize);
    b.text = std::move(text);
    b.level = level;
    b.offset = n != nullptr ? n->v.element.start_pos.offset : pendingOffset_;
    b.images = std::move(images_);
    images_.clear();
    blocks_.push_back(std::move(b));
}

void BlockWriter::flush() {
    // After a sentence rather than an elision, only a label without a full stop ("Read the review on
    // Example.com"): a linked sentence of the story ends as a sentence does.
    const auto label = [&] {
        if (endsWithElision(pending_.substr(0, linkOutStart_))) return true;
        const std::string text = collapseWhitespace(pending_.substr(linkOutStart_, linkOutEnd_ - linkOutStart_));
        return !text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?' && countWords(text) >= 3;
    };
    // (A block inside the link flushes in between: then its start is gone and nothing is cut.)
    if (linkOutStart_ != std::string::npos && linkOutEnd_ != std::string::npos && linkOutStart_ <= linkOutEnd_ &&
        linkOutEnd_ <= pending_.size() &&
        collapseWhitespace(pending_.substr(linkOutEnd_)).empty() && !collapseWhitespace(pending_.substr(0, linkOutStart_)).empty() &&
        label()) {
        pendingLinkBytes_ -= std::min(pendingLinkBytes_, pending_.size() - linkOutStart_);
        pending_.erase(linkOutStart_);
    }
    linkOutStart_ = linkOutEnd_ = std::string::npos;
    if (!collapseWhitespace(pending_).empty()) emit(pendingKind_, pending_, 0, nullptr);
    pending_.clear();
    pendingLinkBytes_ = 0;
    pendingBoldBytes_ = 0;
    pendingItalicBytes_ = 0;
    lineStart_ = 0;
    breaks_ = 0;
}

namespace {

// The character of the text right beside an inline element, before it (step -1) or after it (step 1), its spaces passed
// over; '\0' where an element or nothing stands there. A letter there puts the element inside a sentence.
char textEdgeBeside(const GumboNode* n, int step) {
    const long at = static_cast<long>(n->index_within_parent) + step;
    if (n->parent == nullptr || at < 0 || at >= static_cast<long>(n->parent->v.element.children.length)) return '\0';
    const auto* sibling = static_cast<const GumboNode*>(n->parent->v.element.children.data[at]);
    if (sibling->type != GUMBO_NODE_TEXT) return '\0';
    const std::string beside = collapseWhitespace(sibling->v.text.text);
    return beside.empty() ? '\0' : step < 0 ? beside.back() : beside.front();
}

// Two words or more ending as a sentence ends ("." "!" "?" or a closing quote after one), with no link.
bool isShortSentence(const std::string& text, double linkDensity) {
    const std::string t = collapseWhitespace(text);
    if (linkDensity > 0 || countWords(t) < 2 || t.empty()) return false;
    std::string end = t;
    for (const char* quote : {"\xE2\x80\x9D", "\xE2\x80\x99", "\"", "'"}) {
        const std::string q = quote;
        if (end.size() > q.size() && end.compare(end.size() - q.size(), q.size(), q) == 0) end.erase(end.size() - q.size());
    }
    const char last = end.back();
    return (last == '.' || last == '!' || last == '?') && end.find("...") == std::string::npos &&
           end.find("\xE2\x80\xA6") == std::string::npos;
}

// A list nested in an item whose own words before it end with a colon: "In progress:" over its entries.
bool isIntroducedByItsItem(const GumboNode* list) {
    const GumboNode* item = list->parent;
    if (item == nullptr || tagOf(item) != GUMBO_TAG_LI) return false;
    std::string before;
    const GumboVector& children = item->v.element.children;
    for (unsigned i = 0; i < children.length && children.data[i] != list; ++i) {
        before += textContent(static_cast<const GumboNode*>(children.data[i]));
    }
    before = collapseWhitespace(before);
    return !before.empty() && before.back() == ':';
}

// "The figures also show:" in a box of its own over a list in the next: the list's lead-in, the story's.
bool introducesAList(const GumboNode* n, const std::string& text) {
    const std::string trimmed = collapseWhitespace(text);
    if (trimmed.empty() || trimmed.back() != ':' || linkDensity(n) > 0.3) return false;
    // The next element after it, in its wrappers' siblings when it is their last.
    for (int up = 0; up < 3 && isElement(n) && isElement(n->parent); ++up, n = n->parent) {
        const GumboVector& siblings = n->parent->v.element.children;
        for (unsigned i = n->index_within_parent + 1; i < siblings.length; ++i) {
            const auto* next = static_cast<const GumboNode*>(siblings.data[i]);
            if (!isElement(next)) continue;
            const GumboTag tag = tagOf(next);
            return tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || !elementsByTag(next, GUMBO_TAG_UL).empty() ||
                   !elementsByTag(next, GUMBO_TAG_OL).empty();
        }
    }
    return false;
}

}  // namespace

// Readability's conditional cleaning, for lists, tables, forms and divs inside the article.
bool BlockWriter::dropConditionally(const GumboNode* n) const {
    const GumboTag tag = tagOf(n);
    if (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_SECTION && tag != GUMBO_TAG_UL &&
        tag != GUMBO_TAG_TABLE && tag != GUMBO_TAG_FORM && tag != GUMBO_TAG_FIELDSET && tag != GUMBO_TAG_ASIDE) {
        return false;
    }
    const int weight = classWeight(n);
    const bool isList = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL;
    const std::string text = textContent(n);
    // A wrapper that holds the story itself, whatever its class says ("sidebar_1" around a whole article):
    // long prose, few of its words links.
    if (!isList && text.size() >= 1500 && std::count(text.begin(), text.end(), ',') >= 10 && linkDensity(n) < 0.25) return false;
    // (A live page's entry time in a box of its own, "<div class="entry-time"><time>2:10 PM</time></div>": when the update was
    // posted, which the assembler sets before the entry.)
    if (text.size() < 30 && isEntryTimeStamp(text) && [&] {
            for (const GumboNode* p = n->parent; p != nullptr && p->type == GUMBO_NODE_ELEMENT; p = p->parent) {
                const std::string c = lowerAscii(classAndId(p));
                if (c.find("live") != std::string::npos || c.find("entry") != std::string::npos || c.find("update") != std::string::npos) return true;
            }
            return false;
        }()) {
        return false;
    }
    // (A review's stars, "★★★★☆", are its verdict, whatever their box is named: the text stage says "four stars out of five".)
    if (text.size() < 40 && text.find("\xE2\x98\x85") != std::string::npos && countWords(text) <= 3 && linkDensity(n) == 0) return false;
    // A list starts from a negative tag score, so only its class can condemn it here.
    // (Nor a live page's summary over its entries, "div.live-summary", its paragraphs the story's own first: the finder's
    // mark against a standfirst, which is no body to choose, is no mark of furniture.)
    const bool liveSummary = hasClassWord(classAndId(n), {"live", "liveblog"}) && hasClassWord(classAndId(n), {"summary"});
    if (!liveSummary && weight + (isList ? std::max(0.0, finder_.scoreOf(n)) : finder_.scoreOf(n)) < 0) return true;
    if (std::count(text.begin(), text.end(), ',') >= 10) return false;
    std::size_t paragraphs = 0, images = 0, items = 0, inputs = 0, headings = 0, embeds = 0;
    // Pictures, not <img> elements: a lazy-loading page's placeholder ("src" empty, the file in "data-src") and the
    // same file again in its <noscript> fallback are one picture beside a paragraph, not a gallery of two.
    std::vector<std::string> pictures;
    walkElements(n, [&](const GumboNode* e, int) {
        switch (tagOf(e)) {
            case GUMBO_TAG_P: ++paragraphs; break;
            case GUMBO_TAG_IMG: {
                const std::string url = imageOf(e).url;
                if (url.empty() || std::find(pictures.begin(), pictures.end(), url) == pictures.end()) ++images;
                if (!url.empty()) pictures.push_back(url);
                break;
            }
            case GUMBO_TAG_LI: ++items; break;
            case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: ++inputs; break;
            case GUMBO_TAG_IFRAME: case GUMBO_TAG_EMBED: case GUMBO_TAG_OBJECT: ++embeds; break;
            default:
                if (isHeading(tagOf(e))) ++headings;
        }
        return true;
    });
    const double density = linkDensity(n);
    const std::size_t length = text.size();
    if (tag == GUMBO_TAG_TABLE && paragraphs == 0 && inputs == 0 && density < 0.5) return false;  // data table
    if (images > 1 && static_cast<double>(paragraphs) / static_cast<double>(images) < 0.5 && !isList) return true;
    if (!isList && items > paragraphs + 10 && density > 0.3) return true;
    if (inputs > paragraphs / 3 + 1) return true;
    // A short line of prose ("They both took one.", "“What the hell?”"), a paragraph set in divs, stays;
    // a short label or button text does not.
    if (!isList && length < 25 && (images == 0 || images > 2) && headings == 0 && !isShortSentence(text, density) &&
        !introducesAList(n, text)) {
        return true;
    }
    // A list of short links is navigation ("More stories"); a list of sentences that cite links is prose,
    // and so is the sub-list of links a written item introduces ("Still under discussion:").
    if (isList) return density > 0.8 && items > 0 && length / items < 60 && !isIntroducedByItsItem(n);
    // (A paragraph of the story set in a div of its own with a link inside its sentence stays: "Motorists were told to expect delays of
    // up to <a>45 minutes at peak times</a> during the works.", "Drivers are advised to check <a>nationalhighways.co.uk</a> before
    // travelling." A link that opens it, "<a>Read more</a> about …", is a pointer's.)
    const auto sentenceWithLink = [&] {
        const std::string t = collapseWhitespace(text);
        if (paragraphs > 1 || items > 0 || density >= 0.5 || countWords(t) < 8 || t.empty() || t.back() != '.' ||
            !std::isupper(static_cast<unsigned char>(t[0]))) {
            return false;
        }
        // (Words after its last link too: a note that sends the reader on, "For other uses, see <a>…</a>.", ends on it.)
        const std::vector<const GumboNode*> links = elementsByTag(n, GUMBO_TAG_A);
        if (links.empty() || links.size() > 2) return false;
        const std::string first = collapseWhitespace(textContent(links.front())), last = collapseWhitespace(textContent(links.back()));
        const std::size_t lastAt = last.empty() ? std::string::npos : t.rfind(last);
        if (first.empty() || t.rfind(first, 0) == 0 || lastAt == std::string::npos) return false;
        const std::string after = t.substr(lastAt + last.size());
        return std::any_of(after.begin(), after.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
    };
    if (weight < 25 && density > 0.2 && length < 400 + 200 * paragraphs && !sentenceWithLink()) return true;
    if (weight >= 25 && density > 0.5) return true;
    if ((embeds == 1 && length < 75) || embeds > 1) return true;
    return false;
}

// A superscript number is written as print and the text stage read it: after a small number, a unit or
// a variable it is an exponent, "10<sup>6</sup>" as 10^6, "5 m<sup>2</sup>" as 5 m^2, "n<sup>2</sup>" as
// n^2 (not "106", "m2"); after a word or a longer number it is a note mark, "Smith<sup>1</sup>" as
// Smith[1], "in 2019<sup>2</sup>" as 2019[2], not read.
bool BlockWriter::supAsText(const GumboNode* sup) {
    if (pending_.empty()) return false;
    std::string text = collapseWhitespace(textContent(sup));
    // (A power's minus sign as typeset, "10<sup>−6</sup>", is the hyphen the text rules read as one.)
    if (text.rfind("\xE2\x88\x92", 0) == 0) text.replace(0, 3, "-");
    // "g L<sup>-1</sup> h<sup>−1</sup>": a unit to a negative power, written with the superscript signs the text rules read as
    // "per" ("L⁻¹" "per liter"); a caret, "L^-1", they read as a sum.
    {
        const std::size_t sign = text.rfind("-", 0) == 0 ? 1 : 0;
        const std::size_t last = pending_.find_last_not_of(' ');
        if (sign != 0 && text.size() == sign + 1 && text[sign] >= '1' && text[sign] <= '4' && last != std::string::npos && last + 1 == pending_.size() &&
            std::isalpha(static_cast<unsigned char>(pending_[last])) != 0) {
            static const char* const kPowers[] = {"", "\xC2\xB9", "\xC2\xB2", "\xC2\xB3", "\xE2\x81\xB4"};
            pending_ += std::string("\xE2\x81\xBB") + kPowers[text[sign] - '0'];
            return true;
        }
    }
    const std::string_view digits = std::string_view(text).substr(!text.empty() && text[0] == '-' ? 1 : 0);
    // (A decimal power, "10<sup>8.6</sup>" solar masses, is raised too, on a small number only.)
    const std::size_t point = digits.find('.');
    const bool decimal = point != std::string_view::npos && point > 0 && point + 1 < digits.size() && digits.size() <= 5 &&
                         digits.find_first_not_of("0123456789", point + 1) == std::string_view::npos;
    const std::string_view whole = decimal ? digits.substr(0, point) : digits;
    if (whole.empty() || whole.size() > 3 || whole.find_first_not_of("0123456789") != std::string_view::npos) return false;
    const std::size_t end = pending_.find_last_not_of(' ');
    if (end == std::string::npos) return false;
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    // The word the superscript sits on.
    std::size_t wordStart = end + 1;
    while (wordStart > 0 && std::isalpha(static_cast<unsigned char>(pending_[wordStart - 1]))) --wordStart;
    // A unit or a variable: a lower-case word of at most two letters ("km", "m", "mc" of "mc²"), one
    // letter ("n", "x"), or a small number ("10", "2"): a note mark sits on a word or a longer number
    // ("in 2019<sup>2</sup>").
    const std::size_t letters = end + 1 - wordStart;
    const bool unit = letters == 1 || (letters == 2 && std::islower(static_cast<unsigned char>(pending_[wordStart])) &&
                                       std::islower(static_cast<unsigned char>(pending_[wordStart + 1])));
    std::size_t numberStart = end + 1;
    while (numberStart > 0 && isDigit(pending_[numberStart - 1])) --numberStart;
    const bool smallNumber = letters == 0 && end + 1 - numberStart >= 1 && end + 1 - numberStart <= 2 &&
                             (numberStart == 0 || (!std::isalnum(static_cast<unsigned char>(pending_[numberStart - 1])) &&
                                                   pending_[numberStart - 1] != '.' && pending_[numberStart - 1] != ','));
    if (decimal && !smallNumber) return false;
    if (end + 1 == pending_.size() && (smallNumber || unit)) {
        pending_ += "^" + text;
        return true;
    }
    // ("using <sup>50</sup>Ti", "<sup>14</sup>C dating": an isotope's mass number raised before its element's symbol, a word of
    // its own before it; written on to the symbol in raised figures, "⁵⁰Ti", as print sets it and the text rules read it.)
    if (end + 1 < pending_.size() && !decimal && sup->parent != nullptr && sup->index_within_parent + 1 < sup->parent->v.element.children.length) {
        const auto* after = static_cast<const GumboNode*>(sup->parent->v.element.children.data[sup->index_within_parent + 1]);
        if (after->type == GUMBO_NODE_TEXT) {
            const std::string_view next(after->v.text.text);
            std::size_t symbol = 0;
            if (!next.empty() && std::isupper(static_cast<unsigned char>(next[0]))) symbol = next.size() > 1 && std::islower(static_cast<unsigned char>(next[1])) ? 2 : 1;
            if (symbol != 0 && (next.size() == symbol || !std::isalpha(static_cast<unsigned char>(next[symbol])))) {
                static const char* const kRaised[] = {"\xE2\x81\xB0", "\xC2\xB9", "\xC2\xB2", "\xC2\xB3", "\xE2\x81\xB4",
                                                      "\xE2\x81\xB5", "\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8", "\xE2\x81\xB9"};
                for (const char digit : text) pending_ += kRaised[digit - '0'];
                return true;
            }
        }
    }
    const bool onText = std::isalnum(static_cast<unsigned char>(pending_[end])) != 0 ||
                        std::string_view(".,;:!?)%\"'").find(pending_[end]) != std::string_view::npos;
    if (text[0] == '-' || !onText) return false;
    pending_.erase(end + 1);
    pending_ += "[" + text + "]";
    return true;
}

void BlockWriter::inlineNode(const GumboNode* n, int depth) {
    if (depth > kMaxHtmlDepth) return;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
        if (collapseWhitespace(pending_).empty()) pendingOffset_ = n->v.text.start_pos.offset;
        std::string text = n->v.text.text;
        // ("Costco Wholesale (<a href="/quote/COST/">COST</a>) said": the bracket that closed the chip left out.)
        if (closeAfterChip_) {
            closeAfterChip_ = false;
            if (const std::size_t at = text.find_first_not_of(' '); at != std::string::npos && text[at] == ')') text.erase(0, at + 1);
        }
        // (The note saved after the link, in a reader's copy of the page: "… BHP <a>(BHP.AX)</a>, opens new tab, walked out".)
        for (const char* note : {", opens new tab", ", opens in new tab", ", opens in a new tab", ", opens new window"}) {
            if (text.rfind(note, 0) == 0) text.erase(0, std::strlen(note));
        }
        // A link's note for screen readers written into its text: "Kestrel Foods (KSTF.N), opens new tab".
        if (linkDepth_ > 0) {
            for (const char* note : {", opens new tab", ", opens in new tab", ", opens in a new tab", " (opens in a new tab)",
                                     " (opens in new tab)", ", opens new window", " (opens in a new window)", " (opens in new window)"}) {
                for (std::size_t at = text.find(note); at != std::string::npos; at = text.find(note)) text.erase(at, std::strlen(note));
            }
        }
        // (Or the note as an element of its own after a comma: "Calloway (CLWY.O), <a class=sr>opens new tab</a> on Tuesday".)
        if (const std::string bare = lowerAscii(collapseWhitespace(text));
            bare == "opens new tab" || bare == "opens in new tab" || bare == "opens in a new tab" || bare == "opens new window" ||
            bare == "opens in a new window" || bare == "opens in new window") {
            while (!pending_.empty() && (pending_.back() == ' ' || pending_.back() == ',')) pending_.pop_back();
            pending_ += ' ';
            return;
        }
        pending_ += text;
        if (linkDepth_ > 0) pendingLinkBytes_ += text.size();
        if (boldDepth_ > 0) pendingBoldBytes_ += text.size();
        if (italicDepth_ > 0) pendingItalicBytes_ += text.size();
        breaks_ = 0;
        return;
    }
    if (n->type == GUMBO_NODE_WHITESPACE) {
        pending_ += ' ';
        return;
    }
    if (!isElement(n) || finder_.isExcluded(n) || isHidden(n)) return;
    // A share's price set into a sentence as a widget ("Kaveri Motors <span class=stock-chip>Kaveri Motors
    // share price 1,023.45 +2.31%</span> on Wednesday said"): the page's live figures, not the story's.
    if (tagOf(n) == GUMBO_TAG_SPAN && hasClassWord(classAndId(n), {"stock", "ticker", "quote-chip", "stockchip", "stock-chip"})) {
        const std::string text = textContent(n);
        if (text.find('%') != std::string::npos && std::any_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
            pending_ += ' ';
            return;
        }
    }
    // "<a href="#comments">412 Kommentare</a>" beside a header's date: a link to the page's own comments, their count, not the
    // story's words ("as readers said <a href="#comments">below</a>" is).
    if (tagOf(n) == GUMBO_TAG_A) {
        const std::string href = lowerAscii(attribute(n, "href"));
        // (The count first, "412 Kommentare", "12": "in comment 4521" names one of them, in a sentence.)
        const std::string label = collapseWhitespace(textContent(n));
        // (Not inside a sentence, a word in small letters before or after it: "We have collected <a href="#reactions">12
        // reactions</a> from around the world".)
        const bool inSentence = std::islower(static_cast<unsigned char>(textEdgeBeside(n, -1))) != 0 ||
                                std::islower(static_cast<unsigned char>(textEdgeBeside(n, 1))) != 0;
        const bool count = countWords(label) <= 3 && !label.empty() && std::isdigit(static_cast<unsigned char>(label[0])) != 0 && !inSentence;
        if (const std::size_t hash = href.find('#'); hash != std::string::npos &&
                                                     (href.compare(hash, 8, "#comment") == 0 || href.compare(hash, 7, "#disqus") == 0 ||
                                                      href.compare(hash, 10, "#kommentar") == 0 || href.compare(hash, 11, "#commentair") == 0 ||
                                                      href.compare(hash, 10, "#reactions") == 0) && count) {
            pending_ += ' ';
            return;
        }
    }
    // "<span>Our Correspondent</span><span>October 08, 2025</span>": two fields set side by side as elements of their
    // own, laid apart by the page's style, are two words apart, not "CorrespondentOctober". (A drop capital's letter
    // before the rest of its word, "<span>T</span><span>he</span>", stays one word.)
    // (Korean's syllables have no capitals: "<span>이수진 기자</span><span>입력 2026.03.05</span>" is two fields too.)
    const auto hangul = [](char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; };
    const auto hangulLast = [&] {
        std::size_t lead = pending_.size() - 1;
        while (lead > 0 && (static_cast<unsigned char>(pending_[lead]) & 0xC0) == 0x80) --lead;
        return hangul(codePointAt(pending_, lead));
    };
    if ((tagOf(n) == GUMBO_TAG_SPAN || tagOf(n) == GUMBO_TAG_TIME) && n->parent != nullptr && n->index_within_parent > 0 && !pending_.empty() &&
        (std::isalnum(static_cast<unsigned char>(pending_.back())) || hangulLast())) {
        const auto* before = static_cast<const GumboNode*>(n->parent->v.element.children.data[n->index_within_parent - 1]);
        if (isElement(before) && (tagOf(before) == GUMBO_TAG_SPAN || tagOf(before) == GUMBO_TAG_TIME)) {
            const std::string text = textContent(n);
            const std::size_t first = text.find_first_not_of(" \t\n");
            // (Hangul only between fields of a few words each, "이수진 기자" and "입력 2026.03.05": a word processor splits a word's
            // syllables and its particle into spans of their own, "지원" and "을", and words across them.)
            // (And each named a field by its class: a word processor's spans carry a style alone.)
            const auto fields = [&] {
                const std::string own = collapseWhitespace(textContent(before)), next = collapseWhitespace(text);
                return own.find(' ') != std::string::npos && next.find(' ') != std::string::npos && !attribute(before, "class").empty() &&
                       !attribute(n, "class").empty();
            };
            if (first != std::string::npos && (std::isupper(static_cast<unsigned char>(text[first])) || std::isdigit(static_cast<unsigned char>(text[first])) ||
                                               (hangul(codePointAt(text, first)) && fields()))) {
                pending_ += ' ';
            }
        }
    }
    element(n, depth, pendingKind_);
}

namespace {

// The rows of this table, not of a table nested in one of its cells.
std::vector<const GumboNode*> ownRows(const GumboNode* table) {
    std::vector<const GumboNode*> rows;
    const GumboVector& children = table->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(children.data[i]);
        const GumboTag t = tagOf(c);
        if (t == GUMBO_TAG_TR) rows.push_back(c);
        if (t != GUMBO_TAG_THEAD && t != GUMBO_TAG_TBODY && t != GUMBO_TAG_TFOOT) continue;
        const GumboVector& sectionRows = c->v.element.children;
        for (unsigned k = 0; k < sectionRows.length; ++k) {
            const auto* r = static_cast<const GumboNode*>(sectionRows.data[k]);
            if (tagOf(r) == GUMBO_TAG_TR) rows.push_back(r);
        }
    }
    return rows;
}

std::vector<const GumboNode*> cellsOf(const GumboNode* row) {
    std::vector<const GumboNode*> cells;
    const GumboVector& children = row->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(children.data[i]);
        if (tagOf(c) == GUMBO_TAG_TD || tagOf(c) == GUMBO_TAG_TH) cells.push_back(c);
    }
    return cells;
}

bool isNoteMark(const GumboNode* e);

// What a cell says: its text without note marks ("Travelers<sup>[4]</sup>", a note's link given in full)
// or hidden labels.
std::string cellText(const GumboNode* cell) {
    return collapseWhitespace(textContent(cell, [](const GumboNode* e) {
        if (isHidden(e) || isNoteMark(e)) return true;
        if (tagOf(e) != GUMBO_TAG_SUP) return false;
        const std::string text = collapseWhitespace(textContent(e));
        return text.size() >= 3 && text.size() <= 8 && text.front() == '[' && text.back() == ']';
    }));
}

// A header that reads as words before a figure: "Votes", "Seats won", "Évolution depuis 2020", "2025 to
// 2026", "Peak (6 a.m.–8 p.m.)"; not "Jan/Feb (°C)", and not the header "Year" or "Date" over years or
// dates, which the figure says itself.
bool isPlainLabel(const std::string& label) {
    // (A degree is a unit, unless it marks an ordinal after its figure and dot: "Desde el 1.° de julio".)
    const std::size_t degree = label.find("\xC2\xB0");
    const bool ordinal = degree != std::string::npos && degree >= 2 && label[degree - 1] == '.' &&
                         std::isdigit(static_cast<unsigned char>(label[degree - 2])) && label.find("\xC2\xB0", degree + 2) == std::string::npos;
    if (label.empty() || countWords(label) > 6 || (degree != std::string::npos && !ordinal)) return false;
    for (char c : label) {
        const auto u = static_cast<unsigned char>(c);
        // ("Peak (6 a.m.–8 p.m.)", "Değişim (%)", "Mart 2025 (milyar dolar)": a header may say its unit in brackets.)
        // ("2024/25": a year's span.)
        if (!std::isalnum(u) && u < 0x80 && c != ' ' && c != '-' && c != '(' && c != ')' && c != '%' && c != '.' && c != '/') return false;
    }
    const std::string lower = lowerUtf8(label);
    return lower != "year" && lower != "date" && std::any_of(label.begin(), label.end(), [](char c) {
               return std::isalpha(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
                      static_cast<unsigned char>(c) >= 0x80;
           });
}

// The money a column's header names in brackets, "Taxable income (R)", "Price ($)", "Fee (KSh)": its sign, else empty.
std::string moneyMagnitude(const std::string& label);

std::string columnCurrency(const std::string& label) {
    if (label.size() < 4 || label.back() != ')') return "";
    const std::size_t open = label.rfind(" (");
    if (open == std::string::npos) return "";
    const std::string inside = label.substr(open + 2, label.size() - open - 3);
    // (A letter alone is money only over a word of money: "Respondents (N)", "Load (N)", "Runs (R)" are none.)
    if (inside.size() == 1 && !containsAnyOf(lowerUtf8(label.substr(0, open)),
                                             {"income", "price", "cost", "tax", "salary", "pay", "wage", "amount", "value", "budget", "fee",
                                              "fare", "rent", "levy", "revenue", "profit", "spend", "allocation", "grant", "bursary", "rate"})) {
        return "";
    }
    for (const char* sign : {"$", "US$", "A$", "C$", "NZ$", "S$", "R", "Rs", "KSh", "Ksh", "Sh", "RM", "N", "J$", "\xC2\xA3", "\xE2\x82\xAC", "\xC2\xA5", "\xE2\x82\xB9",
                             "\xE2\x82\xA6", "\xE2\x82\xB1", "GH\xE2\x82\xB5"}) {
        if (inside == sign) return inside;
        // ("Revenue (US$m)", "Profit (£bn)": the money and its magnitude, moneyMagnitude's.)
        if (inside.size() > std::strlen(sign) && inside.rfind(sign, 0) == 0 && !moneyMagnitude(label).empty()) return sign;
    }
    return "";
}

std::string moneyMagnitude(const std::string& label) {
    const std::size_t open = label.rfind(" (");
    if (open == std::string::npos || label.back() != ')') return "";
    const std::string inside = label.substr(open + 2, label.size() - open - 3);
    for (const auto& [written, said] : std::initializer_list<std::pair<const char*, const char*>>{
             {"m", "million"}, {"mn", "million"}, {"mln", "million"}, {" million", "million"}, {"bn", "billion"}, {" billion", "billion"},
             {"'000", "thousand"}, {"k", "thousand"}}) {
        const std::size_t n = std::strlen(written);
        // (After a sign of money, a letter or more: "US$m"; "(mm)" or "(m)" alone are no money's.)
        // (A sign of money in the bracket, "$" or one beyond ASCII: "Torque (Nm)" is newton-metres, no naira.)
        if (inside.size() > n && inside.compare(inside.size() - n, n, written) == 0 &&
            std::string("$\xA3\xAC\xA5\xB9\xA6\xB1\xB5").find(inside[inside.size() - n - 1]) != std::string::npos) {
            return said;
        }
    }
    return "";
}

// A cell's bare amounts with the column's money before them: "1 – 237 100" under "Taxable income (R)" is
// "R1 – R237 100", "42 678 + 26% of taxable income" "R42 678 + …" (the figure at its start and the one after a range's
// dash; a figure inside the words is the text's own).
std::string withCurrency(const std::string& cell, const std::string& sign) {
    if (cell.empty() || !std::isdigit(static_cast<unsigned char>(cell[0]))) return cell;
    // (Not a rate in a column of money, "18% of taxable income" under "Rate of tax (R)".)
    const std::size_t figureEnd = cell.find_first_not_of("0123456789 ,.");
    if (figureEnd != std::string::npos && cell[figureEnd] == '%') return cell;
    std::string out = sign + cell;
    for (const char* dash : {" \xE2\x80\x93 ", " - ", "\xE2\x80\x93"}) {
        const std::size_t at = out.find(dash);
        const std::size_t after = at + std::strlen(dash);
        if (at != std::string::npos && after < out.size() && std::isdigit(static_cast<unsigned char>(out[after])) &&
            figureEnd + sign.size() >= at && figureEnd + sign.size() <= at + 1) {
            out.insert(after, sign);
            break;
        }
    }
    return out;
}

// A label a listener can hear as a word or words: not a sports table's "Pld", "Pts", "GD" or "W".
bool isSayableLabel(const std::string& label) {
    std::size_t letters = 0, vowels = 0, lower = 0;
    for (char c : label) {
        if (!std::isalpha(static_cast<unsigned char>(c))) continue;
        ++letters;
        lower += std::islower(static_cast<unsigned char>(c)) != 0;
        vowels += std::strchr("aeiouyAEIOUY", c) != nullptr;
    }
    // (A period, "2025 to 2026", or letters beyond ASCII are said as they are.)
    const bool beyondAscii = std::any_of(label.begin(), label.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    const bool figures = std::any_of(label.begin(), label.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
    if (beyondAscii || figures) return true;
    // (Two letters are a word in a few headers: Dutch and Swedish "Nu", "now", Norwegian and Danish "Ny",
    // "new"; an English table's "No", "Av", "Ex" are short forms.)
    if (label == "Nu" || label == "Ny" || label == "Nå") return true;
    return letters >= 3 && vowels > 0 && !(lower == 0 && letters <= 4);
}

// A cell that is a year, or a season's or a financial year's span: "2022", "2024/25", "2024-2025".
bool isYearKey(const std::string& text) {
    const auto year = [](const std::string& t, std::size_t at) {
        if (at + 4 > t.size() || !std::all_of(t.begin() + static_cast<std::ptrdiff_t>(at), t.begin() + static_cast<std::ptrdiff_t>(at) + 4,
                                              [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
            return false;
        }
        const int y = std::stoi(t.substr(at, 4));
        return y >= 1800 && y <= 2100;
    };
    if (text.size() == 4) return year(text, 0);
    if ((text.size() == 7 || text.size() == 9) && year(text, 0) && (text[4] == '/' || text[4] == '-')) {
        return std::all_of(text.begin() + 5, text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
    }
    return false;
}

// A short cell that is a figure: "1947", "9,708,716", "33.4%", "+2".
bool isFigureCell(const std::string& text) {
    if (text.empty() || text.size() > 16) return false;
    std::size_t digits = 0;
    for (char c : text) digits += std::isdigit(static_cast<unsigned char>(c)) != 0;
    return digits * 2 >= text.size();
}

// A code listing as a highlighter or an embedded gist lays it out: "<div class="gist">", "<table
// class="highlight"><td class="blob-code">", "<div class="hljs">", "<code class="language-py">".
bool isCodeListing(const GumboNode* n) {
    // (Each class or id as a whole word's start: "logistics-news" holds no gist.)
    for (const std::string& name : splitWords(lowerAscii(classAndId(n)))) {
        for (const char* mark : {"gist", "blob-code", "codehilite", "hljs", "language-", "code-block", "codeblock", "sourcecode",
                                 "syntaxhighlighter", "prettyprint", "highlight-source", "code-snippet", "wp-block-code"}) {
            if (name.rfind(mark, 0) == 0) return true;
        }
    }
    return false;
}

}  // namespace

void BlockWriter::table(const GumboNode* n, int depth, BlockKind context) {
    const std::vector<const GumboNode*> rows = ownRows(n);
    std::vector<std::vector<const GumboNode*>> cells;
    for (const GumboNode* row : rows) cells.push_back(cellsOf(row));
    // A data table says so with a caption or header cells; then a paragraph in a cell is only a long
    // description ("Churuli | 2021 | The film … <p>The original story …</p>").
    bool headed = false;
    for (const auto& rowCells : cells) {
        for (const GumboNode* cell : rowCells) headed = headed || tagOf(cell) == GUMBO_TAG_TH;
    }
    const GumboVector& children = n->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) headed = headed || tagOf(static_cast<const GumboNode*>(children.data[i])) == GUMBO_TAG_CAPTION;
    // Without them, a table that holds blocks in its cells is a page's layout: read those blocks.
    bool layout = false;
    walkElements(n, [&](const GumboNode* e, int) {
        const GumboTag t = tagOf(e);
        if (e != n && (t == GUMBO_TAG_TABLE || (!headed && (t == GUMBO_TAG_P || t == GUMBO_TAG_DIV || isHeading(t))))) layout = true;
        return !layout;
    });
    // (So is a table of one column whose cells hold prose, a headline's row over a byline's and the story's: no figures
    // under labels to read a row at a time.)
    if (!headed && !layout && cells.size() >= 2 && std::all_of(cells.begin(), cells.end(), [](const auto& row) { return row.size() <= 1; })) {
        layout = std::any_of(cells.begin(), cells.end(), [](const auto& row) { return !row.empty() && countWords(textContent(row[0])) >= 25; });
    }
    if (layout) {
        for (unsigned i = 0; i < children.length; ++i) element(static_cast<const GumboNode*>(children.data[i]), depth + 1, context);
        return;
    }
    // A highlighter lays a code listing out as a table: the listing in a cell, often beside a gutter of
    // line numbers ("div.wp_syntax > table > tr > td.code > pre"). Nothing in it is read, as for any <pre>.
    if (!headed) {
        bool listing = false;
        walkElements(n, [&](const GumboNode* e, int) {
            // (Not a word set as code in a cell, "<code class="language-js">", which an options table holds.)
            const GumboTag t = tagOf(e);
            listing = listing || (e != n && (t == GUMBO_TAG_PRE || (isCodeListing(e) && t != GUMBO_TAG_CODE && t != GUMBO_TAG_SPAN)));
            return !listing;
        });
        if (listing) return;
    }
    // What each cell says, once.
    std::vector<std::vector<std::string>> texts;
    std::size_t count = 0, blank = 0;
    for (const auto& rowCells : cells) {
        texts.emplace_back();
        for (const GumboNode* cell : rowCells) {
            texts.back().push_back(cellText(cell));
            ++count;
            blank += texts.back().back().empty();
        }
    }
    // A table whose cells are mostly pictures (status icons, ticks) says nothing read aloud.
    if (count >= 6 && blank * 2 > count) return;
    // The caption introduces the rows: "Films with time loops:".
    std::string captions;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(children.data[i]);
        if (tagOf(c) != GUMBO_TAG_CAPTION) continue;
        std::string caption = collapseWhitespace(textContent(c));
        if (caption.empty()) continue;
        captions += caption + " ";
        if (std::string_view(".:!?").find(caption.back()) == std::string_view::npos) caption += ':';
        emit(BlockKind::Paragraph, caption, 0, c);
    }
    // A first row of header cells gives each figure under it its label ("Labour, votes 9,708,716, seats
    // 411") and is not read itself; a row of words reads as it stands ("Repeat Performance, 1947, A woman
    // who …").
    std::vector<std::string> labels;
    std::vector<bool> percentColumns;
    std::vector<std::string> magnitudeColumns;  // "Votes (m)": its bare figures are millions
    std::vector<std::string> currencyColumns;
    std::vector<std::string> moneyMagnitudes;  // "Revenue (US$m)": "million" after each amount
    std::vector<SportsColumn> sportsColumnsOf;  // "P W L Pts": "played 6, won 5, lost 1, 25 points"
    // "(unaudited; in millions, except per-share amounts)", "($ in thousands)": a report's table counts its money in a
    // magnitude its caption or its corner says once; each amount of money says it, "$2,410" being $2,410 million.
    const std::string magnitude = tableMagnitude(captions + (texts.empty() || texts[0].empty() ? "" : texts[0][0]));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (!magnitude.empty()) {
            // (Not in a row of amounts per share or per unit, which the caption leaves out.)
            if (!texts[r].empty() && !isPerShareRow(texts[r][0])) {
                for (std::size_t i = 1; i < texts[r].size(); ++i) texts[r][i] = withMagnitude(texts[r][i], magnitude);
            }
        }
        if (r > 0) {
            for (std::size_t i = 0; i < texts[r].size() && i < currencyColumns.size(); ++i) {
                if (currencyColumns[i].empty()) continue;
                const std::string signed_ = withCurrency(texts[r][i], currencyColumns[i]);
                // (A bare amount only: "n/a", "3.2%" and a cell that says its own magnitude keep theirs.)
                const bool bare = signed_ != texts[r][i] && signed_.find_first_not_of("0123456789,.", currencyColumns[i].size()) == std::string::npos;
                // ("-1,740", "(38)": a loss in the same column, its sign before the money's.)
                const std::string plain = texts[r][i];
                const bool negative = !plain.empty() && (plain[0] == '-' || plain[0] == '(') && plain.size() > 1 &&
                                      plain.find_first_not_of("0123456789,.", 1) >= plain.size() - (plain[0] == '(' ? 1 : 0) &&
                                      std::isdigit(static_cast<unsigned char>(plain[1]));
                if (negative && i < moneyMagnitudes.size() && !moneyMagnitudes[i].empty()) {
                    const std::string digits = plain[0] == '(' ? plain.substr(1, plain.size() - 2) : plain.substr(1);
                    texts[r][i] = "-" + currencyColumns[i] + digits + " " + moneyMagnitudes[i];
                    continue;
                }
                texts[r][i] = signed_ + (bare && i < moneyMagnitudes.size() && !moneyMagnitudes[i].empty() ? " " + moneyMagnitudes[i] : "");
            }
            for (std::size_t i = 0; i < texts[r].size() && i < magnitudeColumns.size(); ++i) {
                std::string& cell = texts[r][i];
                if (!magnitudeColumns[i].empty() && !cell.empty() && std::isdigit(static_cast<unsigned char>(cell[0])) &&
                    cell.find_first_not_of("0123456789.,") == std::string::npos) {
                    cell += " " + magnitudeColumns[i];
                }
            }
            for (std::size_t i = 0; i < texts[r].size() && i < percentColumns.size(); ++i) {
                std::string& cell = texts[r][i];
                // (".780" under "Win %" is a rate, read from its point.)
                if (percentColumns[i] && !cell.empty() && cell[0] != '.' && std::isdigit(static_cast<unsigned char>(cell.back())) &&
                    cell.find_first_not_of("0123456789.,+-\xE2\x88\x92") == std::string::npos) {
                    cell += '%';
                }
            }
        }
        // (A line score's innings are left out: its runs, hits and errors say the game.)
        for (std::size_t i = 0; r > 0 && i < texts[r].size() && i < sportsColumnsOf.size(); ++i) {
            if (sportsColumnsOf[i].dropped) texts[r][i].clear();
        }
        // ("(67.5)" under a year in a row of figures: an outflow or a loss as accounts write it, its minus said; a figure with
        // a point or a thousands' comma only, so that a seed's or a count's "(7)" stays.)
        for (std::size_t i = 1; r > 0 && i < texts[r].size(); ++i) {
            std::string& cell = texts[r][i];
            if (cell.size() >= 4 && cell.front() == '(' && cell.back() == ')' && std::isdigit(static_cast<unsigned char>(cell[1])) &&
                cell.find_first_not_of("0123456789,.", 1) == cell.size() - 1 && cell.find_first_of(",.") != std::string::npos) {
                cell = "-" + cell.substr(1, cell.size() - 2);
            }
        }
        // A results table's winner over the loser, "[1] J. Sinner (ITA) | d. | [5] D. Medvedev": "d." between two names is the
        // win said ("beat"), and a seed in brackets before a name is said after it, "J. Sinner (ITA), seed 1" (at the start of
        // the line, "[1] …" is a note's mark, which is no part of the story).
        for (std::size_t i = 0; i < texts[r].size(); ++i) {
            std::string& cell = texts[r][i];
            if (i > 0 && i + 1 < texts[r].size() && (cell == "d." || cell == "def." || cell == "bt" || cell == "bt.") &&
                !texts[r][i - 1].empty() && !texts[r][i + 1].empty() &&
                (std::isupper(static_cast<unsigned char>(texts[r][i + 1][0])) || texts[r][i + 1][0] == '[')) {
                cell = "beat";
                continue;
            }
            const std::size_t close = cell.find("] ");
            // (A player's name after it, its words capitalized but a particle's, "A. de Minaur": "[1] Figures are seasonally
            // adjusted" is a note.)
            const auto named = [&] {
                const std::vector<std::string> words = splitWords(cell.substr(close + 2));
                return words.size() <= 5 && std::all_of(words.begin(), words.end(), [](const std::string& w) {
                           return std::isupper(static_cast<unsigned char>(w[0])) || w[0] == '(' || w == "de" || w == "van" || w == "von" ||
                                  w == "da" || w == "del" || w == "der" || w == "di" || w == "le" || w == "la";
                       });
            };
            if (cell.size() > 5 && cell[0] == '[' && close != std::string::npos && close <= 3 &&
                cell.find_first_not_of("0123456789", 1) == close && std::isupper(static_cast<unsigned char>(cell[close + 2])) && named()) {
                cell = cell.substr(close + 2) + ", seed " + cell.substr(1, close - 1);
            }
        }
        // (A cell that holds only a dash, "—", holds nothing.)
        for (std::string& cell : texts[r]) {
            if (cell == "\xE2\x80\x94" || cell == "\xE2\x80\x93" || cell == "-" || cell == "--") cell.clear();
        }
        const std::vector<std::string>& cellTexts = texts[r];
        if (r == 0 && !cells[r].empty() &&
            std::all_of(cells[r].begin(), cells[r].end(), [](const GumboNode* cell) { return tagOf(cell) == GUMBO_TAG_TH; })) {
            labels = cellTexts;
            // (A sports table's short headers, said as words: the row of them says which sport.)
            sportsColumnsOf = sportsColumns(labels);
            for (std::size_t k = 0; k < labels.size(); ++k) {
                if (!sportsColumnsOf[k].words.empty()) labels[k] = sportsColumnsOf[k].words;
            }
            // ("%", "2021 %", "Share (%)": a column of percentages; its figures say the sign, "48.7%", and what is left of
            // the label names them, "2021: 68.3%".)
            percentColumns.assign(labels.size(), false);
            // ("Taxable income (R)": a column of money; its figures say the sign, "R237 100", and the label is what is left.)
            // ("Revenue (US$m)": and its magnitude after them, "US$3,503.1 million".)
            currencyColumns.assign(labels.size(), "");
            moneyMagnitudes.assign(labels.size(), "");
            for (std::size_t k = 0; k < labels.size(); ++k) {
                currencyColumns[k] = columnCurrency(labels[k]);
                if (!currencyColumns[k].empty()) {
                    moneyMagnitudes[k] = moneyMagnitude(labels[k]);
                    labels[k].erase(labels[k].rfind(" ("));
                }
            }
            // ("Votes (m)", "Turnout ('000)": a column counted in millions or thousands; its figures say it, "18.6 million".)
            magnitudeColumns.assign(labels.size(), "");
            for (std::size_t k = 0; k < labels.size(); ++k) {
                for (const auto& [written, said] : std::initializer_list<std::pair<const char*, const char*>>{
                         {" (m)", "million"}, {" (mn)", "million"}, {" (mln)", "million"}, {" (million)", "million"}, {" (millions)", "million"},
                         {" (bn)", "billion"}, {" (billion)", "billion"}, {" ('000)", "thousand"}, {" (000s)", "thousand"},
                         {" (thousands)", "thousand"}}) {
                    // ("(m)" is metres as often, "Max wave height (m)": millions only over a count or an amount.)
                    const bool counted = std::string(written) != " (m)" ||
                                         containsAnyOf(lowerUtf8(labels[k]), {"votes", "voters", "population", "viewers", "sales", "revenue", "customers",
                                                                          "users", "subscribers", "passengers", "visitors", "spending", "budget",
                                                                          "income", "profit", "turnover", "value", "cost", "shares", "tourists",
                                                                          "residents", "people", "members", "downloads", "listeners", "readers"});
                    if (counted && labels[k].size() > std::strlen(written) && labels[k].ends_with(written)) {
                        magnitudeColumns[k] = said;
                        labels[k].erase(labels[k].size() - std::strlen(written));
                        break;
                    }
                }
            }
            for (std::size_t k = 0; k < labels.size(); ++k) {
                std::string& label = labels[k];
                for (const char* sign : {" (%)", "(%)", " %", "%"}) {
                    if (label.size() >= std::strlen(sign) && label.ends_with(sign)) {
                        label.erase(label.size() - std::strlen(sign));
                        percentColumns[k] = true;
                        break;
                    }
                }
                // ("% chg", "% change": the sign first, as market tables set it.)
                if (!percentColumns[k] && label.rfind("% ", 0) == 0 && countWords(label) <= 3) {
                    label.erase(0, 2);
                    percentColumns[k] = true;
                }
            }
            // "(HK$ million)", "(in € mln)": the corner over the rows' names gives the unit of every figure,
            // said once before them.
            // ("Kerncijfers (in € mln)": a title with its unit.)
            // (A unit: a currency or a magnitude in the bracket, not a name's gloss, "Aotearoa (Māori)".)
            const std::string corner = collapseWhitespace(cellTexts.empty() ? "" : cellTexts[0]);
            const std::string bracket = corner.find('(') == std::string::npos ? "" : lowerUtf8(corner.substr(corner.rfind('(')));
            bool unit = false;
            for (const char* u : {"$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5", "%", "million", "mln", "mn", "bn", "billion", "thousand",
                                  "'000", "mio", "mrd", "miljoen", "miljard", "milion", "millones", "milh", "miliard"}) {
                unit = unit || bracket.find(u) != std::string::npos;
            }
            if (unit && corner.size() > 2 && corner.back() == ')' && countWords(corner) <= 6) {
                const bool whole = corner.front() == '(';
                emit(BlockKind::Paragraph, (whole ? corner.substr(1, corner.size() - 2) : corner) + ":", 0, cells[r][0]);
            }
            // "Range (c/kg lwt)", "Average (c/kg)": a unit in brackets that cannot be said as a word is left
            // out of the label ("range 330–410").
            for (std::string& label : labels) {
                const std::size_t open = label.find(" (");
                // (A month's temperature, "July (°C)", keeps its unit and stays no label: "14/7" is a high and a
                // low. A word's, "Low (°F)", "Desde el 1.° de julio", is the label.)
                // ("Jan/Feb (°C)", "Dec–Feb (°C)": months, one or several.)
                std::string before = open == std::string::npos ? label : label.substr(0, open);
                for (char& c : before) {
                    if (c == '/' || c == '-') c = ' ';
                }
                const std::vector<std::string> named = splitWords(before);
                const bool monthly = !named.empty() && std::any_of(named.begin(), named.end(), [](const std::string& w) { return monthFromAnyName(w) != 0; });
                if ((!isPlainLabel(label) || label.find('/', open) != std::string::npos) && open != std::string::npos && label.back() == ')' &&
                    (label.find("\xC2\xB0") == std::string::npos || !monthly)) {
                    label.erase(open);
                }
            }
            continue;
        }
        // A match's statistics, a figure for each side around the measure ("61% | Possession | 39%" under
        // "Harbour City | | Eastvale Rovers"): "Possession: Harbour City 61%, Eastvale Rovers 39%".
        if (cellTexts.size() == 3 && labels.size() == 3 && !labels[0].empty() && !labels[2].empty() &&
            isFigureCell(cellTexts[0]) && isFigureCell(cellTexts[2]) && !cellTexts[1].empty() && !isFigureCell(cellTexts[1])) {
            emit(BlockKind::Paragraph, cellTexts[1] + ": " + labels[0] + " " + cellTexts[0] + ", " + labels[2] + " " + cellTexts[2],
                 0, rows[r]);
            continue;
        }
        // Labels name the figures of a row that a name opens ("Labour, votes 9,708,716"); a row of
        // figures around a name reads as it stands.
        // (A year names its row as a word does: "2022 | US$607.6M | US$200M" under "Year | Deposits |
        // Withdrawn" is "2022, deposits US$607.6M, withdrawn US$200M".)
        const bool named = !cellTexts.empty() && (!isFigureCell(cellTexts[0]) || isYearKey(cellTexts[0]));
        // (A row keyed by a figure, "$500,000 | $3,240 | $3,561 | +$6.17" under "Capital value | 2024/25 |
        // 2025/26 | Weekly change", is labelled from its first cell: bare, its figures mean nothing.)
        const bool figureKeyed = !named && cellTexts.size() >= 3 && labels.size() == cellTexts.size() && !labels[0].empty() &&
                                 std::all_of(cellTexts.begin(), cellTexts.end(), [](const std::string& c) {
                                     return c.empty() || isFigureCell(c) ||
                                            std::none_of(c.begin(), c.end(), [](char k) { return std::isalpha(static_cast<unsigned char>(k)); });
                                 });
        // (A cell of money under a column that names it, "R1 – R237 100" under "Taxable income (R)", is a cell of figures.)
        const auto withoutSign = [&](std::size_t i) {
            std::string plain = cellTexts[i];
            if (i >= currencyColumns.size() || currencyColumns[i].empty()) return plain;
            for (std::size_t at = plain.find(currencyColumns[i]); at != std::string::npos; at = plain.find(currencyColumns[i], at)) {
                plain.erase(at, currencyColumns[i].size());
            }
            return plain;
        };
        // (So is a row of two keyed by a range of it: "R237 101 – R370 500 | R42 678 + 26% of taxable income above 237 100",
        // "taxable income R237 101 to R370 500, …".)
        const std::string firstPlain = cellTexts.empty() ? "" : withoutSign(0);
        const bool rangeKeyed = cellTexts.size() == 2 && labels.size() == 2 && !labels[0].empty() && !currencyColumns.empty() &&
                                !currencyColumns[0].empty() &&
                                std::none_of(firstPlain.begin(), firstPlain.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
        // (A sports table's row opening on its place, "1 | Rowley Athletic | 29 | +24 | 63" under "Pos | Team | P | GD | Pts":
        // its sport's figures said with their columns' words, the place and the name as they are.)
        const bool placed = !named && cellTexts.size() >= 3 && !isFigureCell(cellTexts[1]) &&
                            std::any_of(sportsColumnsOf.begin(), sportsColumnsOf.end(), [](const SportsColumn& c) { return !c.words.empty(); });
        const auto sportsFigure = [&](std::size_t i) { return placed && i < sportsColumnsOf.size() && !sportsColumnsOf[i].words.empty(); };
        std::string line;
        for (std::size_t i = 0; i < cellTexts.size(); ++i) {
            const std::string& text = cellTexts[i];
            if (text.empty()) continue;
            std::string label;
            const std::string plain = withoutSign(i);
            // (A short cell of words is labelled too when the row has three cells at least, as a timetable's
            // "off from Tue 13 May, 20:00, back by Thu 15 May, 02:00, impact Low": said bare, a listener
            // cannot tell one column from the next.)
            // (Or a range of figures, "$99,000 - $140,000", too long for one.)
            const bool letters = std::any_of(plain.begin(), plain.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
            const bool figures = std::any_of(plain.begin(), plain.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
            const bool shortWords = countWords(text) <= 4 && ((cellTexts.size() >= 3 && letters) || (!letters && figures));
            if (((named && i > 0) || figureKeyed || (rangeKeyed && i == 0) || sportsFigure(i)) && labels.size() == cellTexts.size() && (isFigureCell(text) || shortWords || (rangeKeyed && i == 0)) &&
                isPlainLabel(labels[i]) && isSayableLabel(labels[i])) {
                // A common noun is said in lower case ("votes"); a name keeps its capitals ("Eastvale Rovers").
                const std::size_t space = labels[i].find(' ');
                // (So does a label ending on an abbreviation's dot: "Establishment No." before its figure.)
                const bool properName = (space != std::string::npos && space + 1 < labels[i].size() &&
                                         std::isupper(static_cast<unsigned char>(labels[i][space + 1]))) ||
                                        labels[i].back() == '.';
                // (A label of figures, a period's "2025 to 2026", stands apart from the figure under it.)
                const bool figures = std::any_of(labels[i].begin(), labels[i].end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
                // (Only a word of small letters after its capital is a common noun's: "H1 2025", "EBITDA", "Q3" keep theirs.)
                std::string said;
                for (const std::string& word : splitWords(labels[i])) {
                    const bool plain = std::none_of(word.begin() + 1, word.end(), [](char c) {
                        return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c));
                    }) && !std::isdigit(static_cast<unsigned char>(word[0]));
                    said += (said.empty() ? "" : " ") + (plain ? lowerUtf8(word) : word);
                }
                // (A sports header's words are already written as said, "Tordifferenz" with its capital.)
                const bool sportsWords = i < sportsColumnsOf.size() && !sportsColumnsOf[i].words.empty();
                label = (properName || sportsWords ? labels[i] : said) + (figures ? ": " : " ");
            }
            const bool counted = !label.empty() && i < sportsColumnsOf.size() && sportsColumnsOf[i].after;
            line += (line.empty() ? "" : ", ") + (counted ? sayWithColumn(sportsColumnsOf[i], text) : label + text);
        }
        emit(BlockKind::Paragraph, line, 0, rows[r]);
    }
}

namespace {

// The page's language, as its <html lang> declares it: "it" for "it-IT"; empty when it declares none.
std::string pageLanguage(const GumboNode* n) {
    const GumboNode* html = n;
    while (html->parent != nullptr && tagOf(html) != GUMBO_TAG_HTML) html = html->parent;
    const std::string lang = lowerAscii(attribute(html, "lang"));
    return lang.substr(0, lang.find_first_of("-_"));
}

// "Jane Doe wrote: …" in the page's language (a colon alone in those not listed).
std::string wroteIn(const std::string& language) {
    static const std::pair<const char*, const char*> kWrote[] = {
        {"en", " wrote: "}, {"", " wrote: "}, {"fr", " a \xC3\xA9" "crit : "}, {"de", " schrieb: "}, {"es", " escribi\xC3\xB3: "},
        {"it", " ha scritto: "}, {"pt", " escreveu: "}, {"nl", " schreef: "}, {"sv", " skrev: "}, {"da", " skrev: "},
        {"no", " skrev: "}, {"nb", " skrev: "}, {"pl", " napisa\xC5\x82: "}};
    for (const auto& [tag, wrote] : kWrote) {
        if (language == tag) return wrote;
    }
    return ": ";
}


// The embedded post an element wraps with little else ("View this post on Instagram" links, a
// figure's frame); null when it wraps none, or holds more than a post.
const GumboNode* wrappedSocialEmbed(const GumboNode* n) {
    const GumboTag tag = tagOf(n);
    if (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_FIGURE && tag != GUMBO_TAG_SECTION && tag != GUMBO_TAG_ASIDE) return nullptr;
    const GumboNode* embed = nullptr;
    walkElements(n, [&](const GumboNode* e, int depth) {
        if (embed == nullptr && e != n && isSocialEmbed(e)) embed = e;
        return embed == nullptr && depth < 4;
    });
    if (embed == nullptr) return nullptr;
    // (Not a block that holds a paragraph of the story beside the post, the line that introduces it:
    // "<div><p>In a Facebook post, the council announced:</p><div class=fb-post>…": the paragraph is read,
    // then the post, introduced.)
    bool paragraph = false;
    walkElements(n, [&](const GumboNode* e, int) {
        if (e == embed) return false;
        paragraph = paragraph || (tagOf(e) == GUMBO_TAG_P && countWords(textContent(e)) >= 4);
        return !paragraph;
    });
    if (paragraph) return nullptr;
    return textContent(n).size() <= textContent(embed).size() + 120 ? embed : nullptr;
}

// Inside one post of a live feed: an item of a list, or an article, among three or more alike. A post
// embedded there is one of the feed's updates.
bool insideFeedEntry(const GumboNode* n) {
    const GumboNode* a = n->parent;
    for (int up = 0; up < 5 && isElement(a); ++up, a = a->parent) {
        const GumboTag tag = tagOf(a);
        if ((tag != GUMBO_TAG_LI && tag != GUMBO_TAG_ARTICLE) || !isElement(a->parent)) continue;
        return childrenTagged(a->parent, tag) >= 3 && !elementsByTag(a, GUMBO_TAG_HEADER).empty();
    }
    return false;
}

// A post's paragraph with its line breaks kept as the ends of its lines: "FULL-TIME | Enyimba 2-1 Rangers<br><br>Three
// points in the derby!" is two lines, the first ended with a stop where it has none, so the voice pauses between them.
std::string postLines(const GumboNode* p) {
    std::string out;
    const GumboVector& children = p->v.element.children;
    for (unsigned k = 0; k < children.length; ++k) {
        const auto* c = static_cast<const GumboNode*>(children.data[k]);
        if (isElement(c) && tagOf(c) == GUMBO_TAG_BR) {
            std::string line = collapseWhitespace(out);
            // (A line of pictographs alone, "⭐️⭐️⭐️⭐️", ends nothing.)
            const bool words = std::any_of(line.begin(), line.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
            if (words && std::string(".!?:;,").find(line.back()) == std::string::npos) line += '.';
            out = line + " ";
            continue;
        }
        // (A text's own spaces kept: "⬇️ <a>pic.twitter.com/…</a>" are two words.)
        out += c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE ? std::string(c->v.text.text) : textContent(c);
    }
    return collapseWhitespace(out);
}

}  // namespace

// An embedded post is the article's only when the article introduces it ("She wrote on Twitter:",
// "See the tweets:"): then it is read as a quote with its author, "Jane Doe wrote: …". Otherwise it is
// page furniture, like a share bar.
void BlockWriter::socialPost(const GumboNode* n) {
    if (blocks_.empty()) return;
    const std::string before = lowerUtf8(blocks_.back().text);
    const bool introduced = (!before.empty() && before.back() == ':') || insideFeedEntry(n) ||
                            before.find("tweet") != std::string::npos || before.find("wrote") != std::string::npos ||
                            before.find("posted") != std::string::npos || before.find("on twitter") != std::string::npos ||
                            before.find("on x") != std::string::npos || before.find("on instagram") != std::string::npos ||
                            before.find("on facebook") != std::string::npos;
    std::string post, author;
    const std::vector<const GumboNode*> paragraphs = elementsByTag(n, GUMBO_TAG_P);
    for (const GumboNode* p : paragraphs) {
        const std::string text = postLines(p);
        // The line that signs a channel's post, "Сергей Воропанов | Мэр Вологды": its author and role.
        // (A person's name before the bar, two or three words in capitals: "Evacuation centres open | Hotline" is none.)
        if (p == paragraphs.back() && paragraphs.size() >= 2 && text.find(" | ") != std::string::npos && countWords(text) <= 8 &&
            text.find_first_of(".!?0123456789") == std::string::npos) {
            const std::string name = text.substr(0, text.find(" | "));
            const std::vector<std::string> parts = splitWords(name);
            const bool person = parts.size() >= 2 && parts.size() <= 3 && std::all_of(parts.begin(), parts.end(), [](const std::string& w) {
                const auto c = static_cast<unsigned char>(w[0]);
                return std::isupper(c) || c >= 0xC3;
            });
            if (person) {
                author = name;
                continue;
            }
        }
        // Instagram's line under the post: "A post shared by Jane Doe (@janedoe)".
        if (text.rfind("A post shared by ", 0) == 0) {
            const std::size_t handle = text.find(" (@");
            author = collapseWhitespace(text.substr(17, handle == std::string::npos ? std::string::npos : handle - 17));
            continue;
        }
        post += (post.empty() ? "" : " ") + text;
    }
    // Facebook's line under the post: "Posted by <a>Cebu Provincial Government</a> on …", in the page's
    // language ("Slået op af", "Publié par").
    walkElements(n, [&](const GumboNode* e, int) {
        if (!author.empty() || tagOf(e) != GUMBO_TAG_A || !isElement(e->parent) || e->index_within_parent == 0) return author.empty();
        const auto* before = static_cast<const GumboNode*>(e->parent->v.element.children.data[e->index_within_parent - 1]);
        if (before->type != GUMBO_NODE_TEXT) return true;
        const std::string lead = lowerUtf8(collapseWhitespace(before->v.text.text));
        for (const char* by : {"posted by", "sl\xC3\xA5" "et op af", "publi\xC3\xA9 par", "publicado por", "pubblicato da", "gepostet von",
                               "geplaatst door", "postet av", "upplagt av", "opublikowany przez"}) {
            if (lead.ends_with(by)) author = collapseWhitespace(textContent(e));
        }
        return author.empty();
    });
    // The author line after the post: "— Jane Doe (@jdoe) May 3, 2024".
    const std::string all = textContent(n);
    const std::size_t dash = all.rfind("\xE2\x80\x94");
    if (dash != std::string::npos && author.empty()) {
        author = all.substr(dash + 3);
        author = author.substr(0, author.find(" (@"));
        author = collapseWhitespace(author.substr(0, author.find('@')));
    }
    // (A post the story does not introduce is read when it is signed, "— NSW RFS (@NSWRFS) November 16, 2024": the
    // story embeds a source's own words, said as theirs.)
    if (!introduced && (author.empty() || author.size() > 60 || author.find_first_of("0123456789") != std::string::npos)) return;
    if (post.empty()) post = dash == std::string::npos ? all : all.substr(0, dash);
    // A video's music after its note sign, "♬ original sound - Chicago Sky", is no part of the post; the account's name it
    // gives, where it is the post's own sound, says who posted it.
    if (const std::size_t note = post.find("\xE2\x99\xAC"); note != std::string::npos) {
        const std::string music = collapseWhitespace(post.substr(note + 3));
        const std::string lowerMusic = lowerUtf8(music);
        post = collapseWhitespace(post.substr(0, note));
        for (const char* own : {"original sound - ", "original sound \xE2\x80\x93 ", "som original - ", "sonido original - ", "son original - ",
                                "originalton - ", "suono originale - "}) {
            if (author.empty() && lowerMusic.rfind(own, 0) == 0) author = collapseWhitespace(music.substr(std::strlen(own)));
        }
        if (!introduced && author.empty()) return;
    }
    // (Nor the account's handle the post opens on, as a video's caption shows it: "@chicagosky 11 years. 1 ring."; it names the
    // account where nothing else does.)
    if (post.size() > 1 && post[0] == '@') {
        const std::size_t space = post.find(' ');
        if (author.empty() && space != std::string::npos && space > 2) author = post.substr(1, space - 1);
        post = space == std::string::npos ? "" : collapseWhitespace(post.substr(space + 1));
    }
    // The links a post's picture or video leaves in its text are not read: "pic.twitter.com/BUPgYtgHaY".
    std::string words;
    for (const std::string& w : splitWords(post)) {
        if (w.rfind("pic.twitter.com/", 0) == 0 || w.rfind("https://t.co/", 0) == 0 || w.rfind("http://t.co/", 0) == 0) continue;
        words += (words.empty() ? "" : " ") + w;
    }
    // (Nor the hashtags the post ends on after its last sentence, "… services. #KristinePH", or in a run: labels
    // for the network's search. One that ends the sentence is read, "we stand with #Ukraine", and so is "#1".)
    {
        std::vector<std::string> all = splitWords(words);
        std::size_t keep = all.size();
        // (And the handles and emoji among them: "… this city, @jadawhit_22 💙 #SkyTown".)
        const auto tag = [](const std::string& w) {
            return w.size() >= 2 && (w[0] == '#' || w[0] == '@') && std::isalpha(static_cast<unsigned char>(w[1]));
        };
        const auto emoji = [](const std::string& w) {
            return std::none_of(w.begin(), w.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }) &&
                   static_cast<unsigned char>(w[0]) >= 0xE2;
        };
        bool hashtag = false;
        for (std::size_t k = keep; k > 0 && (tag(all[k - 1]) || emoji(all[k - 1])); --k) hashtag = hashtag || all[k - 1][0] == '#';
        while (hashtag && keep > 0 && (tag(all[keep - 1]) || emoji(all[keep - 1]))) --keep;
        // (A handle the sentence names as its object stays, "Nobody deserves it more than @CoachMaria 💙 #CoachOfTheYear";
        // one after a comma or a stop is a greeting's.)
        while (keep < all.size() && all[keep][0] == '@' && keep > 0 && std::string(",.!?").find(all[keep - 1].back()) == std::string::npos) ++keep;
        // (After the last sentence, or two or more in a row, "ranked #1 #KristinePH #BayanihanPH".)
        const bool afterSentence = keep < all.size() && keep > 0 && std::string(".!?").find(all[keep - 1].back()) != std::string::npos;
        if (afterSentence || all.size() - keep >= 2) {
            words.clear();
            for (std::size_t k = 0; k < keep; ++k) words += (words.empty() ? "" : " ") + all[k];
            // (A comma the handle followed ends the post: "… this city.")
            if (!words.empty() && (words.back() == ',' || words.back() == ';')) words.back() = '.';
        }
    }
    post = words;
    if (post.empty()) return;
    emit(BlockKind::Quote, author.empty() || author.size() > 60 ? post : author + wroteIn(pageLanguage(n)) + post, 0, n);
}

void BlockWriter::figure(const GumboNode* n, int depth) {
    // A quotation set in a figure with its source in the caption ("<figure><blockquote>…</blockquote>
    // <figcaption>— Jimmy Hogg</figcaption>"): a quote, its source read after it.
    if (const auto quotes = elementsByTag(n, GUMBO_TAG_BLOCKQUOTE); !quotes.empty() && !holdsPicture(n)) {
        for (const GumboNode* quote : quotes) emit(BlockKind::Quote, textContent(quote), 0, quote);
        for (const GumboNode* caption : elementsByTag(n, GUMBO_TAG_FIGCAPTION)) emit(BlockKind::Quote, textContent(caption), 0, caption);
        return;
    }
    // A figure that holds a table ("wp-block-table") is the story's table, read a row at a time.
    for (const GumboNode* t : elementsByTag(n, GUMBO_TAG_TABLE)) {
        if (!hasAncestor(t, GUMBO_TAG_TABLE, kMaxHtmlDepth)) table(t, depth + 1, BlockKind::Paragraph);
    }
    walkElements(n, [&](const GumboNode* e, int) {
        if (isPicture(e)) images_.push_back(imageOf(e));
        return tagOf(e) != GUMBO_TAG_FIGCAPTION;
    });
    for (const GumboNode* caption : elementsByTag(n, GUMBO_TAG_FIGCAPTION)) {
        if (depth > kMaxHtmlDepth) break;
        std::string text, credit;
        const GumboVector& children = caption->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto* c = static_cast<const GumboNode*>(children.data[i]);
            if (isElement(c) && isSlideCount(c)) continue;
            const std::string piece = isElement(c) ? textContent(c) : c->type == GUMBO_NODE_TEXT ? c->v.text.text : "";
            (isElement(c) && isCreditElement(c) ? credit : text) += ' ' + piece;
        }
        emit(BlockKind::Caption, text, 0, caption);
        if (!collapseWhitespace(credit).empty()) emit(BlockKind::Credit, credit, 0, caption);
    }
    if (!images_.empty()) emit(BlockKind::Paragraph, "", 0, n);  // images with no caption still mark the place
}

namespace {

bool isMediaTag(GumboTag tag) {
    return tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_VIDEO || tag == GUMBO_TAG_AUDIO || tag == GUMBO_TAG_EMBED ||
           tag == GUMBO_TAG_OBJECT;
}

// A video, an audio player or an embedded post: something a paragraph may introduce ("Watch the
// highlights:") that is not read. (A line before a code listing still says what the code does.)
bool holdsMedia(const GumboNode* n) {
    bool media = false;
    walkElements(n, [&](const GumboNode* e, int) {
        media = media || isMediaTag(tagOf(e)) || isSocialEmbed(e);
        return !media;
    });
    return media;
}

// A footnote or citation mark: "email alerts,<sup><a href="#n22">22</a></sup> and pages", "[3]", "*". A
// link to a note on the same page, in a superscript, with a number, a letter or a sign for text; never
// read. A superscript without such a link is an exponent ("10<sup>6</sup>") and stays.
bool isNoteMark(const GumboNode* e) {
    const GumboTag tag = tagOf(e);
    if (tag != GUMBO_TAG_SUP && tag != GUMBO_TAG_A) return false;
    const std::string text = collapseWhitespace(textContent(e));
    const auto letters = std::count_if(text.begin(), text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    if (text.empty() || text.size() > 8 || letters > 2) return false;
    const GumboNode* link = tag == GUMBO_TAG_A ? e : nullptr;
    bool sup = tag == GUMBO_TAG_SUP;
    walkElements(e, [&](const GumboNode* d, int) {
        if (tagOf(d) == GUMBO_TAG_A && link == nullptr) link = d;
        if (tagOf(d) == GUMBO_TAG_SUP) sup = true;
        return true;
    });
    const std::string href = link == nullptr ? "" : attribute(link, "href");
    // Without a superscript, a link named a footnote's anchor: "<a class='footnote-anchor' href='#footnote-1'>1</a>".
    if (link != nullptr && !sup) {
        const std::string hints = classAndId(link) + " " + lowerAscii(href);
        const bool digits = text.find_first_not_of("0123456789[]") == std::string::npos;
        return digits && !href.empty() && href[0] == '#' &&
               (hints.find("footnote") != std::string::npos || hints.find("#fn") != std::string::npos ||
                hints.find("noteref") != std::string::npos || hints.find("#cite") != std::string::npos);
    }
    // An unlinked superscript is a note's mark where no power could be written so: in brackets, "EBITDA<sup>(1)</sup>"; signs,
    // "<sup>†</sup>"; or figures glued to a word of three letters or more, to a bracket, a percent or a stop: "£66.0m¹" is no power
    // of a metre, "margin<sup>2</sup>" none of a word ("km<sup>2</sup>", "10<sup>6</sup>", "x<sup>2</sup>" are).
    if (link == nullptr && sup) {
        const bool bracketed = text.size() >= 3 && ((text.front() == '(' && text.back() == ')') || (text.front() == '[' && text.back() == ']')) &&
                               text.find_first_not_of("0123456789", 1) == text.size() - 1;
        if (bracketed) return true;
        if (text.find_first_not_of("*\xE2\x80\xA0\xA1") == std::string::npos) return true;  // *, †, ‡
        if (text.find_first_not_of("0123456789,") != std::string::npos || text.size() > 2) return false;
        const GumboNode* before = e->index_within_parent > 0 && e->parent != nullptr
                                      ? static_cast<const GumboNode*>(e->parent->v.element.children.data[e->index_within_parent - 1])
                                      : nullptr;
        // ("<p><sup>1</sup> Company-compiled consensus …</p>": the mark opening the note itself, under the story.)
        if ((before == nullptr || before->type == GUMBO_NODE_WHITESPACE) && isElement(e->parent) && tagOf(e->parent) == GUMBO_TAG_P) return true;
        if (before == nullptr || before->type != GUMBO_NODE_TEXT) return false;
        const std::string_view prose(before->v.text.text);
        if (prose.empty()) return false;
        const char last = prose.back();
        if (last == ')' || last == '%' || last == '.' || last == ',') return true;
        if (text == "1" && std::isalpha(static_cast<unsigned char>(last))) return true;  // no power is 1
        std::size_t letters = 0;
        while (letters < prose.size() && std::isalpha(static_cast<unsigned char>(prose[prose.size() - 1 - letters]))) ++letters;
        return letters >= 3;
    }
    if (link == nullptr || !sup) return false;
    return !href.empty() && href[0] == '#';
}

// "<ol class="results"><li>Tadej Pogačar (Slo) UAE Team Emirates 5:03:34</li>…": a race's or a table's places in an ordered list,
// where the number the page shows is the place and no item writes its own: three items at least, each with a time or a gap
// ("5:03:34", "+0:01:08", "s.t."), or a class that names results or standings.
bool isPlacedList(const GumboNode* list) {
    // (Counting down, "reversed", or with its own numbers on the items, it is left as it is.)
    if (tagOf(list) != GUMBO_TAG_OL || (gumbo_get_attribute(&list->v.element.attributes, "reversed") != nullptr)) return false;
    const std::string hints = classAndId(list);
    const bool named = hints.find("result") != std::string::npos || hints.find("standing") != std::string::npos ||
                       hints.find("classification") != std::string::npos || hints.find("ranking") != std::string::npos ||
                       hints.find("leaderboard") != std::string::npos;
    std::size_t items = 0, timed = 0;
    for (unsigned k = 0; k < list->v.element.children.length; ++k) {
        const auto* li = static_cast<const GumboNode*>(list->v.element.children.data[k]);
        if (tagOf(li) != GUMBO_TAG_LI) continue;
        const std::string text = collapseWhitespace(textContent(li));
        if (text.empty() || std::isdigit(static_cast<unsigned char>(text[0])) || (gumbo_get_attribute(&li->v.element.attributes, "value") != nullptr)) return false;
        ++items;
        // (A race's time, hours, minutes and seconds, or a gap signed "+", or "s.t.": a schedule's "7:30 p.m." is no place.)
        bool clock = text.find("s.t.") != std::string::npos;
        for (std::size_t at = text.find(':'); at != std::string::npos && !clock; at = text.find(':', at + 1)) {
            const bool figures = at > 0 && at + 2 < text.size() && std::isdigit(static_cast<unsigned char>(text[at - 1])) &&
                                 std::isdigit(static_cast<unsigned char>(text[at + 1])) && std::isdigit(static_cast<unsigned char>(text[at + 2]));
            std::size_t start = at;
            while (start > 0 && std::isdigit(static_cast<unsigned char>(text[start - 1]))) --start;
            clock = figures && ((at + 3 < text.size() && text[at + 3] == ':') || (start > 0 && text[start - 1] == '+'));
        }
        timed += clock;
    }
    return items >= 3 && (named || timed == items);
}

// A market page's symbol set in its own element beside the name, "JPMorgan Chase & Co. <span class="ticker">JPM</span> rose":
// capitals, a class that names it a ticker or a symbol.
bool isTickerElement(const GumboNode* n) {
    const GumboTag tag = tagOf(n);
    if (tag != GUMBO_TAG_SPAN && tag != GUMBO_TAG_ABBR && tag != GUMBO_TAG_A && tag != GUMBO_TAG_B && tag != GUMBO_TAG_STRONG) return false;
    // (A symbol of a stock's only: "<span class="symbol">CO2</span>" is a chemist's.)
    const std::string classes = lowerAscii(attribute(n, "class"));
    if (classes.find("ticker") == std::string::npos && classes.find("stock-symbol") == std::string::npos &&
        classes.find("quote-symbol") == std::string::npos && classes.find("stocksymbol") == std::string::npos) {
        return false;
    }
    const std::string text = collapseWhitespace(textContent(n));
    return !text.empty() && text.size() <= 14 && std::isupper(static_cast<unsigned char>(text[0])) &&
           std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '^' || c == ':'; });
}

// A link to a stock's quote page whose text is the ticker in its address: "/markets/stocks/CTC-A-T/", "/quote/AAPL".
bool isQuoteChip(const GumboNode* a) {
    // (The address first: every link of a page passes here, and few lead to a quote page.)
    const std::string href = attribute(a, "href");
    const std::string lower = lowerAscii(href);
    // (A market page's "/investing/stock/hlvm" and "/investing/index/sox" too, the symbol in lower case there.)
    if (lower.find("/stocks/") == std::string::npos && lower.find("/stock/") == std::string::npos && lower.find("/quote/") == std::string::npos &&
        lower.find("/quotes/") == std::string::npos && lower.find("/symbol/") == std::string::npos && lower.find("/ticker/") == std::string::npos &&
        lower.find("/index/") == std::string::npos) {
        return false;
    }
    std::string text = collapseWhitespace(textContent(a));
    // ("<a href="/markets/quote/SCFcv1">(SCFcv1)</a>": a contract's code in its brackets, in the case the address writes it.)
    if (text.size() > 2 && text.front() == '(' && text.back() == ')') {
        const std::string inner = text.substr(1, text.size() - 2);
        const bool code = !inner.empty() && inner.size() <= 14 && std::isupper(static_cast<unsigned char>(inner[0])) &&
                          std::all_of(inner.begin(), inner.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '='; });
        if (code && href.find(inner) != std::string::npos) return true;
    }
    if (text.empty() || text.size() > 14 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '-' || c == '.' || c == ':'; })) {
        return false;
    }
    // (The symbol as the address writes it; under "/index/" the address's last part, no index page's own link text.)
    std::string path = lower.substr(0, lower.find_first_of("?#"));
    while (!path.empty() && path.back() == '/') path.pop_back();
    const std::string last = path.substr(path.rfind('/') + 1);
    return lower.find("/index/") != std::string::npos ? last == lowerAscii(text) : lower.find(lowerAscii(text)) != std::string::npos;
}

// A heading's controls: a wiki's "[edit]" link, a permalink anchor ("¶", "#"), a hidden label, a note mark.
bool isHeadingControl(const GumboNode* e) {
    if (isHidden(e) || isNoteMark(e)) return true;
    const std::string hints = lowerAscii(attribute(e, "class"));
    if (hints.find("editsection") != std::string::npos || hints.find("headerlink") != std::string::npos ||
        hints.find("anchor") != std::string::npos || hints.find("permalink") != std::string::npos) {
        return true;
    }
    if (tagOf(e) != GUMBO_TAG_A) return false;
    const std::string href = attribute(e, "href");
    const std::string text = textContent(e);
    return href.find("action=edit") != std::string::npos ||
           (!href.empty() && href[0] == '#' && (text == "#" || text == "\xC2\xB6" || text == "\xC2\xA7" || text.empty()));
}

}  // namespace

// The line that introduced what is not read goes with it: "Watch the highlights:" before a video, in any
// language, known by its colon.
void BlockWriter::leaveOutIntroOf(const GumboNode* n) {
    if (blocks_.empty()) return;
    RawBlock& intro = blocks_.back();
    // The cheap tests first: most elements left out follow no such line, and holdsMedia walks the subtree.
    if (intro.kind != BlockKind::Paragraph || intro.text.empty() || intro.text.back() != ':' || countWords(intro.text) > 30 ||
        !collapseWhitespace(pending_).empty() || !holdsMedia(n)) {
        return;
    }
    if (intro.images.empty()) {
        blocks_.pop_back();
    } else {
        intro.text.clear();
    }
}

namespace {

// The text after a line break begins with a lower-case letter.
bool nextTextStartsLowerCase(const GumboNode* br) {
    if (br->parent == nullptr) return false;
    const GumboVector& siblings = br->parent->v.element.children;
    for (unsigned i = br->index_within_parent + 1; i < siblings.length; ++i) {
        const auto* next = static_cast<const GumboNode*>(siblings.data[i]);
        if (tagOf(next) == GUMBO_TAG_BR) return false;
        const std::string text = next->type == GUMBO_NODE_TEXT ? collapseWhitespace(next->v.text.text)
                                                               : isElement(next) ? textContent(next) : "";
        if (text.empty()) continue;
        return std::islower(static_cast<unsigned char>(text[0])) != 0;
    }
    return false;
}

// A clip's running time, alone or labelled: "0:58", "02:14", "Duration 1:12", "1:02:33", "3 Min".
bool isRunningTime(const std::string& text) {
    if (text.size() > 24) return false;
    std::size_t colon = text.find(':');
    while (colon != std::string::npos) {
        const bool before = colon > 0 && std::isdigit(static_cast<unsigned char>(text[colon - 1]));
        const bool after = colon + 2 < text.size() && std::isdigit(static_cast<unsigned char>(text[colon + 1])) &&
                           std::isdigit(static_cast<unsigned char>(text[colon + 2])) &&
                           (colon + 3 == text.size() || !std::isdigit(static_cast<unsigned char>(text[colon + 3])));
        if (before && after) return true;
        colon = text.find(':', colon + 1);
    }
    // "3 Min", "12 min", "4 mins": a number and a minute, nothing else.
    const std::size_t space = text.find(' ');
    if (space == std::string::npos || space == 0 || text.find_first_not_of("0123456789") != space) return false;
    const std::string unit = lowerAscii(text.substr(space + 1));
    return unit == "min" || unit == "min." || unit == "mins" || unit == "minutes";
}

// A player: an element named for a video or an audio clip, holding a control (a button), a running
// time, or parts named for a player's controls ("vjs-control-text", "video__upnext"), and little text:
// the clip's title, "Now Playing", "Up Next" and the like, never read.
bool isPlayerPlaceholder(const GumboNode* n) {
    const std::string hints = classAndId(n);
    if (hints.find("video") == std::string::npos && hints.find("player") == std::string::npos && hints.find("embed") == std::string::npos &&
        hints.find("audio") == std::string::npos) {
        return false;
    }
    if (hints.find("article") != std::string::npos || hints.find("body") != std::string::npos) return false;
    const std::string text = textContent(n);
    if (text.size() >= 400) return false;
    // (A table embedded in the story, "results-embed", its race times no clip's running time, is no player.)
    if (tagOf(n) == GUMBO_TAG_TABLE || !elementsByTag(n, GUMBO_TAG_TABLE).empty()) return false;
    bool player = false;
    walkElements(n, [&](const GumboNode* e, int) {
        player = player || tagOf(e) == GUMBO_TAG_BUTTON || lowerAscii(attribute(e, "role")) == "button";
        if (!player && e != n) {
            static const char* const kControls[] = {"control", "duration", "current-time", "upnext", "up-next", "now-playing",
                                                    "play-button", "playbutton", "title-bar", "mediaplayer", "player-label", "vjs-"};
            const std::string own = classAndId(e);
            for (const char* c : kControls) player = player || own.find(c) != std::string::npos;
        }
        if (!player) {
            // A running time, as an element's whole text.
            player = elementChildren(e) == 0 && isRunningTime(textContent(e));
        }
        return !player;
    });
    return player;
}

// Paragraphs of the story wrapped in a class that names who may read them ("subscriber-only"): two
// paragraphs of prose or more, few of their words links. A sign-up prompt is a line or two of links
// and buttons. Or one paragraph marked alone ("<div class='para paywalled'>"): a long sentence that
// asks the reader for nothing and names no subscription.
bool storyBehindAccessClass(const GumboNode* n) {
    if (!marksReaderAccess(n)) return false;
    const std::string text = textContent(n);
    if (linkTextLength(n) * 4 >= text.size()) return false;
    if (longParagraphs(n, 150) >= 2) return true;
    const std::string line = collapseWhitespace(text);
    const std::string lower = lowerAscii(line);
    bool asks = isCallToAction(line);
    for (const char* word : {"subscri", "sign in", "log in", "sign up", "register", "free trial", "your account", "abonn", "suscri"}) {
        asks = asks || lower.find(word) != std::string::npos;
    }
    // (A wire's paid part is often short paragraphs: "Excluding items, the company earned $1.18 per share.")
    if (longParagraphs(n, 60) >= 2 && text.size() >= 200 && !asks) return true;
    if (longParagraphs(n, 0) > 1 || text.size() < 150) return false;
    const std::size_t stop = line.find_last_of(".!?");
    const bool sentence = stop != std::string::npos && stop + 4 >= line.size();
    return sentence && !asks;
}

// A box that asks the reader for something, whatever its classes ("rounded-xl bg-amber-50"): a short one
// holding a form for an email address (a newsletter's), or an aside whose words ask (a donation's, whose
// label "Support nonprofit news" alone is no prompt), or a box of a title over paragraphs that all ask ("WEATHER
// UPDATE" over "Get real-time typhoon updates. Follow @… and turn on notifications."): its title goes with them.
bool isAskingBox(const GumboNode* n) {
    const GumboTag tag = tagOf(n);
    if (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_SECTION && tag != GUMBO_TAG_ASIDE) return false;
    // (A box is small: past 60 elements the walk stops, so a page's wrappers cost little each.)
    std::size_t elements = 0, titles = 0, paragraphs = 0, asking = 0;
    bool input = false, more = false;  // more: a list, a table or a picture, which the title may head ("How to apply" over its steps)
    bool giving = false;
    walkElements(n, [&](const GumboNode* e, int) {
        const GumboTag t = tagOf(e);
        input = input || t == GUMBO_TAG_INPUT;
        more = more || t == GUMBO_TAG_LI || t == GUMBO_TAG_TABLE || t == GUMBO_TAG_IMG || t == GUMBO_TAG_FIGURE || t == GUMBO_TAG_BLOCKQUOTE;
        titles += t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
        if (t == GUMBO_TAG_P) {
            const std::string line = collapseWhitespace(textContent(e));
            paragraphs += !line.empty();
            asking += !line.empty() && (isCallToAction(line) || isBoilerplate(line));
        }
        // (A link to the page where readers give or subscribe: "<a href="/donate">Donate now</a>".)
        if (t == GUMBO_TAG_A && !giving) {
            std::string path = lowerAscii(attribute(e, "href"));
            if (const std::size_t scheme = path.find("://"); scheme != std::string::npos) {
                const std::size_t slash = path.find('/', scheme + 3);
                path = slash == std::string::npos ? "" : path.substr(slash);
            }
            for (const char* page : {"/donate", "/donation", "/contribute", "/support-us", "/supportus", "/membership", "/become-a-member",
                                     "/join-us", "/subscribe", "/spenden", "/faire-un-don", "/dona", "/doneer"}) {
                giving = giving || path.rfind(page, 0) == 0;
            }
        }
        return ++elements <= 60;
    });
    if (elements > 60) return false;
    const std::string text = collapseWhitespace(textContent(n));
    if (text.empty() || countWords(text) > 80) return false;
    if (titles == 1 && paragraphs >= 1 && asking == paragraphs && !more && countWords(text) <= 50) return true;
    // (Or a title and a line or two over a link to give: "Support independent journalism" over "… thousands of readers chip in.
    // Give R50 a month." and "Donate now".)
    // (A title over it, and words to the reader: a story's paragraph in a box of its own with a link to a charity's page is none.)
    if (giving && titles == 1 && paragraphs >= 1 && paragraphs <= 2 && !more && countWords(text) <= 50) {
        const std::string lower = " " + lowerUtf8(text) + " ";
        for (const char* reader : {" you ", " your ", " readers ", " our ", " us ", " we "}) {
            if (lower.find(reader) != std::string::npos) return true;
        }
    }
    if (!input && tag != GUMBO_TAG_ASIDE) return false;
    bool email = false, asks = false;
    walkElements(n, [&](const GumboNode* e, int) {
        if (tagOf(e) == GUMBO_TAG_INPUT) {
            const std::string what = lowerAscii(attribute(e, "type") + " " + attribute(e, "name") + " " + attribute(e, "placeholder") + " " +
                                                attribute(e, "aria-label"));
            email = email || what.find("email") != std::string::npos || what.find("e-mail") != std::string::npos ||
                    what.find("correo") != std::string::npos;
        }
        if (tag == GUMBO_TAG_ASIDE && tagOf(e) == GUMBO_TAG_P) asks = asks || isBoilerplate(textContent(e));
        return !email;
    });
    return email || asks;
}

// A live quote: a symbol and its change, "VRDN+14.21%", "NVDA -2.3%", "AAPL ▲1.2%", "(BHP, -1.82%)", or
// the change alone.
bool isQuoteChip(const std::string& text) {
    const bool bracketed = !text.empty() && text[0] == '(';
    std::size_t i = bracketed ? 1 : 0;
    const std::size_t symbol = i;
    while (i < text.size() && (std::isupper(static_cast<unsigned char>(text[i])) || text[i] == '.')) ++i;
    if (i - symbol > 6) return false;
    if (i > symbol && i < text.size() && text[i] == ',') ++i;
    while (i < text.size() && text[i] == ' ') ++i;
    if (text.compare(i, 1, "+") == 0 || text.compare(i, 1, "-") == 0) {
        i += 1;
    } else if (text.compare(i, 3, "\xE2\x88\x92") == 0 || text.compare(i, 3, "\xE2\x96\xB2") == 0 ||
               text.compare(i, 3, "\xE2\x96\xBC") == 0) {  // − ▲ ▼
        i += 3;
    } else {
        return false;
    }
    const std::size_t digits = i;
    while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.' || text[i] == ',')) ++i;
    return i > digits && text.compare(i, std::string::npos, bracketed ? "%)" : "%") == 0;
}

// A box of facts the reporter wrote beside the story ("infobox" holding "Welche Rechte haben Fahrgäste?"
// and two paragraphs that answer it): read. A box of an event's dates and places has no such prose.
bool isFactBox(const GumboNode* n) {
    const std::string hints = classAndId(n);
    if (hints.find("infobox") == std::string::npos && hints.find("info-box") == std::string::npos) return false;
    std::size_t prose = 0;
    for (const GumboNode* p : elementsByTag(n, GUMBO_TAG_P)) {
        const std::string text = textContent(p);
        // Ends on a full stop, a question or an exclamation mark, perhaps inside a closing quotation mark.
        const std::size_t stop = text.find_last_of(".!?");
        prose += text.size() >= 80 && stop != std::string::npos && stop + 4 >= text.size() ? 1 : 0;
    }
    if (linkTextLength(n) * 5 >= textContent(n).size() || tagOf(n) == GUMBO_TAG_TABLE) return false;
    if (prose >= 2) return true;
    // Or a box under its own heading: a person's portrait ("Zur Person" over a sentence of their life)
    // or a list of the story's facts ("Der Brenner-Nordzulauf" over its length and cost).
    bool heading = false;
    walkElements(n, [&](const GumboNode* e, int) {
        heading = heading || isHeading(tagOf(e)) || tagOf(e) == GUMBO_TAG_STRONG;
        return !heading;
    });
    if (!heading) return false;
    std::size_t items = 0, itemWords = 0;
    for (const GumboNode* li : elementsByTag(n, GUMBO_TAG_LI)) {
        ++items;
        itemWords += countWords(textContent(li));
    }
    return prose >= 1 || (items >= 2 && itemWords >= items * 4);
}

// A fact box or a part of one ("infobox__headline", "infobox__text" inside "infobox").
bool inFactBox(const GumboNode* n) {
    for (int up = 0; up < 3 && isElement(n); ++up, n = n->parent) {
        if (isFactBox(n)) return true;
    }
    return false;
}

// A list of links to the sections of one page ("#History", ".../Mozilla#Values"), all but its text: a
// table of contents, which a listener cannot follow.
bool isInPageIndex(const GumboNode* list) {
    if (tagOf(list) != GUMBO_TAG_UL && tagOf(list) != GUMBO_TAG_OL) return false;
    std::size_t links = 0, anchors = 0, linkChars = 0;
    std::string page;  // the address before the "#", the same for every link
    walkElements(list, [&](const GumboNode* e, int) {
        if (tagOf(e) != GUMBO_TAG_A) return true;
        ++links;
        linkChars += textContent(e).size();
        const std::string href = attribute(e, "href");
        const std::size_t hash = href.find('#');
        if (hash == std::string::npos || hash + 1 >= href.size()) return false;
        if (anchors == 0) page = href.substr(0, hash);
        anchors += href.compare(0, hash, page) == 0 && page.size() == hash;
        return false;
    });
    const std::size_t chars = textContent(list).size();
    return links >= 3 && anchors == links && chars > 0 && linkChars * 10 >= chars * 8;
}

// "<header class="GlobalNav"> … <ul><li>Markets</li><li>Business</li>…": a site's header and its menu of section names, four
// or more, none longer than three words, with no sentence among them, whether or not each is a link.
bool isHeaderMenu(const GumboNode* list) {
    if (tagOf(list) != GUMBO_TAG_UL && tagOf(list) != GUMBO_TAG_OL) return false;
    bool inHeader = false;
    for (const GumboNode* up = list->parent; up != nullptr && isElement(up) && !inHeader; up = up->parent) {
        if (tagOf(up) == GUMBO_TAG_ARTICLE || tagOf(up) == GUMBO_TAG_MAIN) return false;
        // (Not an article's own header, the one that holds its headline: "<header><h1>…</h1><ul><li>Pledge one</li>…".)
        inHeader = (tagOf(up) == GUMBO_TAG_HEADER || lowerAscii(attribute(up, "role")) == "banner") && elementsByTag(up, GUMBO_TAG_H1).empty();
    }
    if (!inHeader) return false;
    std::size_t items = 0;
    bool short_ = true;
    walkElements(list, [&](const GumboNode* e, int) {
        if (tagOf(e) != GUMBO_TAG_LI) return true;
        const std::string text = collapseWhitespace(textContent(e));
        ++items;
        short_ = short_ && countWords(text) <= 3 && text.find_first_of(".!?") == std::string::npos;
        return false;
    });
    return items >= 4 && short_;
}

}  // namespace

void BlockWriter::element(const GumboNode* n, int depth, BlockKind context) {
    if (depth > kMaxHtmlDepth || !isElement(n) || isHidden(n)) return;
    if (finder_.isExcluded(n)) {
        leaveOutIntroOf(n);
        return;
    }
    const GumboTag tag = tagOf(n);
    if (tag == GUMBO_TAG_BR) {
        // A line that ends without punctuation before a line break is a unit of its own: a run-in subhead
        // in bold ("Task scheduling<br>Clients can…"), a list or schedule line ("1. Finland<br>2. Norway").
        // A line that ends a sentence or a lead-in (":") before the break ends its block too; only a soft
        // break inside a long sentence keeps the lines together.
        // A sentence wrapped by hand goes on, though: the line ends on a word that cannot end one ("Request
        // and<br>Response."), or the next line starts in lower case ("filters<br>supporting CORS").
        const std::string line = collapseWhitespace(pending_.substr(std::min(lineStart_, pending_.size())));
        const bool wrapped = endsOnJoiningWord(line) || nextTextStartsLowerCase(n);
        const bool ends = !line.empty() && !wrapped &&
                          (isUnpunctuatedShortLine(line, 12) || !isUnpunctuatedShortLine(line, SIZE_MAX));
        if (++breaks_ >= 2 || ends) {
            const bool bold = pendingBoldBytes_ * 10 >= collapseWhitespace(pending_).size() * 9 && !line.empty() &&
                              line.size() == collapseWhitespace(pending_).size();
            if (bold && breaks_ < 2) {
                const BlockKind saved = pendingKind_;
                pendingKind_ = BlockKind::Heading;
                flush();
                pendingKind_ = saved;
            } else {
                flush();
            }
        }
        pending_ += ' ';
        lineStart_ = pending_.size();
        return;
    }
    if (isPicture(n)) {
        images_.push_back(imageOf(n));
        return;
    }
    const bool block = isContainer(tag) || isCustomBlock(n) || isHeading(tag) || tag == GUMBO_TAG_P || tag == GUMBO_TAG_UL ||
                       tag == GUMBO_TAG_OL || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_BLOCKQUOTE ||
                       tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_FIGURE || tag == GUMBO_TAG_PRE ||
                       tag == GUMBO_TAG_FIGCAPTION ||
                       // (A layout table's rows and cells, reached here only through a table read as a page's layout:
                       // each a block of its own, as a headline's row above a byline's and the story's.)
                       tag == GUMBO_TAG_TR || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH;
    // A caption set in a span inside the text ("pb-caption", "caption" around an "attribution") is a
    // caption all the same: it leaves the paragraph it sits in, which goes on after it.
    if (!block && tag == GUMBO_TAG_SPAN && (isCaptionElement(n) || isPhotoCreditElement(n))) {
        const std::string text = textContent(n);
        if (text.size() < 500 && !collapseWhitespace(text).empty()) {
            flush();
            // (The photo it may hold is the page's still: "end_photo_org" around the image and its caption.)
            walkElements(n, [&](const GumboNode* e, int) {
                if (isPicture(e)) images_.push_back(imageOf(e));
                return true;
            });
            emit(isCaptionElement(n) ? BlockKind::Caption : BlockKind::Credit, text, 0, n);
            return;
        }
    }
    // A numbered note mark is set in the text as print sets it, "[22]", whatever the page's markup (the
    // text stage knows that form and does not read it, and the words stay those of the page); a mark of
    // signs or letters ("*", "†", "a") is left out.
    if (!block && isNoteMark(n)) {
        std::string mark = collapseWhitespace(textContent(n));
        if (mark.size() > 2 && mark.front() == '[' && mark.back() == ']') mark = mark.substr(1, mark.size() - 2);
        if (!mark.empty() && mark.find_first_not_of("0123456789") == std::string::npos) {
            pending_ += "[" + mark + "]";
            pendingLinkBytes_ += mark.size() + 2;
        }
        return;
    }
    if (!block && tag == GUMBO_TAG_SUP && supAsText(n)) return;
    // A stock's quote chip after a company's name, a link to its quote page with the ticker for text: "Canadian Tire
    // Corp. Ltd. <a href="/investing/markets/stocks/CTC-A-T/">CTC-A-T</a> reported …". The name was said.
    // (After a name only: "Shares of <a>XYZ</a>", "The <a>VIX</a>, Wall Street's fear gauge" have the symbol for a noun.)
    if (!block && ((tag == GUMBO_TAG_A && isQuoteChip(n)) || isTickerElement(n))) {
        // (The last word before `limit` in what is pending, over the spaces after it; `at` where it starts.)
        const auto wordBefore = [&](std::size_t limit, std::size_t& at) {
            const std::size_t end = limit == 0 ? std::string::npos : pending_.find_last_not_of(' ', limit - 1);
            if (end == std::string::npos) return std::string();
            const std::size_t space = pending_.find_last_of(' ', end);
            at = space == std::string::npos ? 0 : space + 1;
            return pending_.substr(at, end + 1 - at);
        };
        const auto isName = [](const std::string& w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])) && w != "The" && w != "A" && w != "An"; };
        std::size_t lastAt = 0;
        const std::string last = wordBefore(pending_.size(), lastAt);
        // (A code in its own brackets, "warehouses <a>(MCU-STX-LME)</a>", is an aside whatever stands before it.)
        if (isName(last) || collapseWhitespace(textContent(n)).rfind('(', 0) == 0) return;
        // ("Costco Wholesale (<a>COST</a>) said": in brackets after the name, the brackets go with it.)
        std::size_t nameAt = 0;
        if (const std::string word = last == "(" ? wordBefore(lastAt, nameAt) : std::string(); isName(word)) {
            pending_.resize(nameAt + word.size());
            closeAfterChip_ = true;
            return;
        }
        // (A symbol its class names so after the index or the security it stands for, "The S&P 500 <span class="ticker">SPX</span>",
        // "the 10-year Treasury note <span class="ticker">BX:TMUBMUSD10Y</span>": only after a preposition or an article is it a noun.)
        static constexpr WordSet kNounBefore({"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"});
        if (tag != GUMBO_TAG_A && !last.empty() && last != "(" && kNounBefore.count(lowerAscii(last)) == 0) return;
    }
    // "<time datetime=…>3h ago</time>": a live page's age of an entry, true when the page was loaded and not after; its clock
    // beside it says when.
    if (!block && tag == GUMBO_TAG_TIME) {
        const std::string age = lowerUtf8(collapseWhitespace(textContent(n)));
        const bool digit = std::any_of(age.begin(), age.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
        // (Not inside a sentence: "broke out <time>two hours ago</time>, and …".)
        const bool inSentence = std::isalpha(static_cast<unsigned char>(textEdgeBeside(n, -1))) != 0 ||
                                std::isalpha(static_cast<unsigned char>(textEdgeBeside(n, 1))) != 0;
        if (!inSentence &&
            countWords(age) <= 4 && (age == "just now" || (digit && (age.ends_with(" ago") || age.ends_with("ago") || age.rfind("vor ", 0) == 0 ||
                                                                     age.rfind("il y a ", 0) == 0 || age.rfind("hace ", 0) == 0 ||
                                                                     age.rfind("h\xC3\xA1 ", 0) == 0 || age.ends_with(" fa") ||
                                                                     age.ends_with(" geleden") || age.ends_with(" sedan"))))) {
            pending_ += ' ';
            return;
        }
    }
    // "<time><span>April 25, 2024</span><span>6:42 PM</span></time>": its parts are apart, as shown.
    if (!block && tag == GUMBO_TAG_TIME) {
        const GumboVector& children = n->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            inlineNode(static_cast<const GumboNode*>(children.data[i]), depth + 1);
            pending_ += ' ';
        }
        return;
    }
    // A pronunciation guide: "<ruby>鰻<rt>うなぎ</rt></ruby>". Once, not twice: its reading where that is
    // kana (a Japanese voice reads kana, not every kanji), else the base text ("漢<rt>hàn</rt>").
    if (!block && tag == GUMBO_TAG_RUBY) {
        std::string base, reading;
        const GumboVector& children = n->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto* c = static_cast<const GumboNode*>(children.data[i]);
            if (tagOf(c) == GUMBO_TAG_RP) continue;
            if (tagOf(c) == GUMBO_TAG_RT) {
                reading += textContent(c);
            } else {
                base += c->type == GUMBO_NODE_TEXT ? std::string(c->v.text.text) : isElement(c) ? textContent(c) : "";
            }
        }
        bool kana = !reading.empty();
        for (std::size_t at = 0; at < reading.size() && kana;) {
            const char32_t cp = nextCodePoint(reading, at);
            kana = (cp >= 0x3040 && cp <= 0x30FF) || cp == 0x30FC;
        }
        if (collapseWhitespace(pending_).empty()) pendingOffset_ = n->v.element.start_pos.offset;
        pending_ += kana ? reading : base;
        return;
    }
    // A link's label for screen readers, in an icon or repeating the link's title ("said<span
    // class="external-link-icon">Opens a new window</span>"): read, it runs into the sentence.
    if (!block && tag != GUMBO_TAG_A && linkDepth_ > 0) {
        const bool icon = classAndId(n).find("icon") != std::string::npos;
        if (icon || !linkTitle_.empty()) {  // the text only when it can matter: most links have neither
            const std::string text = collapseWhitespace(textContent(n));
            if ((!linkTitle_.empty() && text == linkTitle_) || (icon && text.size() < 40)) return;
        }
    }
    // A label over the headline or a paywall's badge set inline ("<span class=kicker>RA+ Verkehrswende</span>"),
    // and a stock's live quote set in the sentence after its company's name ("VRDN +14.21%").
    if (!block && n->v.element.attributes.length > 0) {
        const std::string hints = classAndId(n);
        if (hints.find("kicker") != std::string::npos || hints.find("eyebrow") != std::string::npos ||
            hints.find("badge") != std::string::npos) {
            return;
        }
        if ((hints.find("quote") != std::string::npos || hints.find("ticker") != std::string::npos ||
             hints.find("stock") != std::string::npos) &&
            isQuoteChip(textContent(n))) {
            return;
        }
        // A live price set in the sentence: "(BTC)<span class='price-chip' data-live-price>$61,587.34 ▼ 2.87%</span>".
        if (hints.find("price-chip") != std::string::npos || hints.find("live-price") != std::string::npos) return;
    }
    if (!block) {  // inline: its text joins the current paragraph
        const bool bold = tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG;
        const bool italic = tag == GUMBO_TAG_EM || tag == GUMBO_TAG_I;
        const bool link = tag == GUMBO_TAG_A && isLinkAway(n);
        const std::string outerTitle = linkTitle_;
        const bool mayBeLinkOut = link && (endsWithElision(pending_) || endsWithSentence(pending_));
        if (link) {
            ++linkDepth_;
            linkTitle_ = collapseWhitespace(attribute(n, "title"));
        }
        if (mayBeLinkOut) linkOutStart_ = pending_.size();
        if (bold) ++boldDepth_;
        if (italic) ++italicDepth_;
        const GumboVector& children = n->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) inlineNode(static_cast<const GumboNode*>(children.data[i]), depth + 1);
        if (link) {
            --linkDepth_;
            linkTitle_ = outerTitle;
        }
        if (mayBeLinkOut) linkOutEnd_ = pending_.size();
        if (bold) --boldDepth_;
        if (italic) --italicDepth_;
        return;
    }
    flush();
    // An embedded post, or the wrapper a page sets it in ("figure.element-tweet", "div.mol-instagram").
    if (const GumboNode* embed = isSocialEmbed(n) ? n : roots_.count(n) == 0 ? wrappedSocialEmbed(n) : nullptr) {
        const std::size_t before = blocks_.size();
        socialPost(embed);
        if (blocks_.size() == before) leaveOutIntroOf(n);
        return;
    }
    // A figure is read for its caption and its images mark where a caption may follow, whatever its
    // class says ("fig--has-shares" is about a share button on the photo).
    // (A pull quote set in a figure, "figure.wp-block-pullquote", is a quote: read where it does not
    // repeat the body.)
    if (tag == GUMBO_TAG_FIGURE && !isPullQuoteElement(n)) {
        // (A figure that frames a code listing, Medium's gist embed, holds nothing to read.)
        bool listing = false;
        walkElements(n, [&](const GumboNode* e, int) {
            listing = listing || isCodeListing(e) || tagOf(e) == GUMBO_TAG_PRE;
            return !listing;
        });
        if (!listing) figure(n, depth);
        return;
    }
    // A player's placeholder: a play button and the clip's title ("Susza na Wiśle. Zobacz nagranie"), no
    // prose of its own; also when it was taken in as a sibling of the story's body.
    if ((roots_.count(n) == 0 || roots_.size() > 1) && isPlayerPlaceholder(n)) {
        leaveOutIntroOf(n);
        return;
    }
    // A form's control and its label ("<label><input type=checkbox> Show key events only</label>").
    if (tag == GUMBO_TAG_LABEL || tag == GUMBO_TAG_BUTTON) return;
    // What readers wrote beside the form they write it in: comments, a guest book, a tribute wall.
    if (roots_.count(n) == 0 && holdsReaderForm(n)) {
        leaveOutIntroOf(n);
        return;
    }
    // A live blog's post or a list's entry: its heading is read, not its time stamp and labels.
    if (roots_.count(n) == 0 && isEntryHeader(n)) {
        // (Its time, where it is a clock's alone, goes before its heading: the assembler says it where the page's entries
        // are so stamped.)
        walkElements(n, [&](const GumboNode* e, int) {
            if (tagOf(e) != GUMBO_TAG_TIME) return true;
            if (const std::string stamp = collapseWhitespace(textContent(e)); isEntryTimeStamp(stamp)) emit(BlockKind::Paragraph, stamp, 0, e);
            return false;
        });
        walkElements(n, [&](const GumboNode* e, int) {
            const GumboTag t = tagOf(e);
            if (t < GUMBO_TAG_H2 || t > GUMBO_TAG_H6) return true;
            emit(BlockKind::Heading, textContent(e, isHeadingControl), t - GUMBO_TAG_H1 + 1, e);
            return false;
        });
        return;
    }
    if ((roots_.count(n) == 0 && ((isFurniture(n) && textContent(n).size() < 1000 && !storyBehindAccessClass(n) && !inFactBox(n)) ||
                                  dropConditionally(n) || isInPageIndex(n) || isHeaderMenu(n))) ||
        isAskingBox(n)) {
        leaveOutIntroOf(n);
        return;
    }
    // "<h2 class="jeg_post_subtitle">", "<h3 class="subtitle">": a standfirst set as a subheading, a sentence
    // or two under the headline, is read as the story's opening paragraph.
    if (isHeading(tag) && tag != GUMBO_TAG_H1 && isStandfirstElement(n) && countWords(textContent(n)) >= 8 &&
        !isUnpunctuatedShortLine(textContent(n), 8)) {
        emit(BlockKind::Paragraph, textContent(n, isHeadingControl), 0, n);
        return;
    }
    if (isHeading(tag) && !isCaptionElement(n)) {
        emit(BlockKind::Heading, textContent(n, isHeadingControl), tag - GUMBO_TAG_H1 + 1, n);
        return;
    }
    // Preformatted blocks hold code samples, terminal sessions and data listings: never narrated; nor do
    // the tables and boxes a highlighter or an embedded gist lays code out in ("blob-code", "hljs").
    if (tag == GUMBO_TAG_PRE || isCodeListing(n)) return;
    // (A table that holds a photo and its caption, as blogs lay them out, "tr-caption-container", is a caption.)
    if (tag == GUMBO_TAG_TABLE && !(isCaptionElement(n) && textContent(n).size() < 500)) {
        table(n, depth, context);
        return;
    }
    if (tag == GUMBO_TAG_FIGCAPTION || (isCaptionElement(n) && textContent(n).size() < 500)) {
        emit(BlockKind::Caption, textContent(n, isSlideCount), 0, n);
        return;
    }
    if (isPhotoCreditElement(n) && textContent(n).size() < 200) {
        emit(BlockKind::Credit, textContent(n), 0, n);
        return;
    }
    const BlockKind kind = tag == GUMBO_TAG_BLOCKQUOTE || isPullQuoteElement(n) ? BlockKind::Quote
                           : tag == GUMBO_TAG_LI                              ? BlockKind::ListItem
                                                                              : context;
    const BlockKind saved = pendingKind_;
    pendingKind_ = kind;
    // (An item of a list of places says its place, as the page shows it: "2. Jonas Vingegaard (Den) …".)
    if (tag == GUMBO_TAG_LI && isElement(n->parent) && tagOf(n->parent) == GUMBO_TAG_OL) {
        if (placedList_ != n->parent) {
            placedList_ = n->parent;
            placed_ = isPlacedList(n->parent);
            const int start = std::atoi(attribute(n->parent, "start").c_str());
            nextPlace_ = start > 0 ? start : 1;
        }
        if (placed_) {
            if (collapseWhitespace(pending_).empty()) pendingOffset_ = n->v.element.start_pos.offset;
            pending_ += std::to_string(nextPlace_++) + ". ";
        }
    }
    const GumboVector& children = n->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) inlineNode(static_cast<const GumboNode*>(children.data[i]), depth + 1);
    flush();
    pendingKind_ = saved;
}

}  // namespace

std::vector<RawBlock> htmlBlocks(const std::vector<const GumboNode*>& roots, const ContentFinder& finder) {
    BlockWriter writer(finder, roots);
    for (const GumboNode* root : roots) writer.element(root, 0, BlockKind::Paragraph);
    return writer.take();
}

}  // namespace readcast

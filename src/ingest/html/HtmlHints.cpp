#include "ingest/html/HtmlHints.hpp"

#include <cctype>
#include <cstring>
#include <regex>
#include <string_view>

#include "core/Ascii.hpp"
#include "core/Text.hpp"

namespace readcast {
namespace {

// "hid" as a whole class word ("hid", "x hid") without matching "hidden-gem".
bool hasWord(const std::string& s, std::string_view word) {
    for (std::size_t pos = s.find(word); pos != std::string::npos; pos = s.find(word, pos + 1)) {
        const bool startOk = pos == 0 || !std::isalnum(static_cast<unsigned char>(s[pos - 1]));
        const std::size_t end = pos + word.size();
        const bool endOk = end >= s.size() || !std::isalnum(static_cast<unsigned char>(s[end]));
        if (startOk && endOk) return true;
    }
    return false;
}

// "gallery", "article-gallery", "gallery__slide", but not a modifier of something else's look
// ("headline-container--gallery") nor a word inside another ("galleryfoo" is a name of its own).
bool namesAGallery(const std::string& s) {
    for (std::size_t at = s.find("gallery"); at != std::string::npos; at = s.find("gallery", at + 7)) {
        const bool modifier = at >= 2 && s.compare(at - 2, 2, "--") == 0;
        const bool wordStart = at == 0 || s[at - 1] == ' ' || s[at - 1] == '-' || s[at - 1] == '_';
        const std::size_t end = at + 7;
        const bool wordEnd = end >= s.size() || s[end] == ' ' || s[end] == '-' || s[end] == '_';
        // (Not the gallery story's header over it, "gallery-head", "gallery__header", where its headline and standfirst stand.)
        const std::size_t part = s.find_first_not_of("-_", end);
        const bool header = part != std::string::npos && end < s.size() && s[end] != ' ' && s.compare(part, 4, "head") == 0;
        if (wordStart && wordEnd && !modifier && !header) return true;
    }
    return false;
}

// A widget is a sidebar's box, unless the page is built of widgets (Elementor's
// "elementor-widget-container", its "text-editor" widget), where the story is one too.
bool isWidgetBox(const std::string& s) {
    return s.find("widget") != std::string::npos && s.find("elementor") == std::string::npos &&
           s.find("widget-container") == std::string::npos && s.find("text-editor") == std::string::npos;
}

bool positive(const std::string& s) {
    return containsAnyOf(s, {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
                           "post", "text", "blog", "story"});
}

// "hidden" in a class hides the element ("hidden", "is-hidden", "hidden-xs"), unless it names a part of
// it that is hidden: Drupal sets every body field "field--label-hidden" (its label is not shown).
bool hidesItself(const std::string& s) {
    for (std::size_t at = s.find("hidden"); at != std::string::npos; at = s.find("hidden", at + 6)) {
        std::size_t word = at;
        while (word > 0 && (s[word - 1] == '-' || s[word - 1] == '_')) --word;
        std::size_t begin = word;
        while (begin > 0 && std::isalpha(static_cast<unsigned char>(s[begin - 1]))) --begin;
        const std::string part = s.substr(begin, word - begin);
        if (part != "label" && part != "title" && part != "heading" && part != "header" && part != "caption" && part != "icon" &&
            part != "image" && part != "img") {
            return true;
        }
    }
    return false;
}

// "post-meta", "entry-meta", "metadata": a story's metadata line, not the "meta" in "timetable", "metal", "metabolism".
bool namesMetadata(const std::string& s) {
    for (std::size_t at = s.find("meta"); at != std::string::npos; at = s.find("meta", at + 1)) {
        const char next = at + 4 < s.size() ? s[at + 4] : '-';
        if (next != 'b' && next != 'l') return true;
    }
    return false;
}

// "media", "social-media", "media-player": a box of pictures or players, not a "media-statement" or "media_release", which is
// a release's own text.
bool namesMediaBox(const std::string& s) {
    for (std::size_t at = s.find("media"); at != std::string::npos; at = s.find("media", at + 1)) {
        std::size_t next = at + 5;
        if (next < s.size() && (s[next] == '-' || s[next] == '_' || s[next] == ' ')) ++next;
        if ((s.compare(next, 9, "statement") != 0 && s.compare(next, 7, "release") != 0) || s.find("boilerplate", next) != std::string::npos) return true;
    }
    return false;
}

bool negative(const std::string& s) {
    return hidesItself(s) || namesMediaBox(s) || containsAnyOf(s, {"-ad-", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
                           "masthead", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
                           "sidebar", "skyscraper", "sponsor", "shopping", "tags"}) || namesMetadata(s) || isWidgetBox(s) ||
           hasWord(s, "hid");
}

}  // namespace

bool hasClassWord(std::string s, std::initializer_list<std::string_view> words) {
    for (char& c : s) {
        if (c == '-' || c == '_') c = ' ';
    }
    for (std::string_view w : words) {
        if (hasWord(s, w)) return true;
    }
    return false;
}

int classWeight(const GumboNode* node) {
    int weight = 0;
    for (const char* name : {"class", "id"}) {
        const std::string value = lowerAscii(attribute(node, name));
        if (value.empty()) continue;
        if (negative(value)) weight -= 25;
        if (positive(value)) weight += 25;
    }
    return weight;
}

bool isUnlikelyCandidate(const GumboNode* node) {
    std::string s = classAndId(node);
    if (s.size() <= 1) return false;
    // A sub-header is the text's own heading, not the page's header.
    for (std::size_t at = s.find("subheader"); at != std::string::npos; at = s.find("subheader", at)) s.erase(at, 9);
    const bool unlikely =
        containsAnyOf(s, {"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap",
                        "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
                        "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
                        "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote"});
    const bool maybe = containsAnyOf(s, {"and", "article", "body", "column", "content", "main", "mathjax", "shadow"});
    return unlikely && !maybe;
}

namespace {

// "condolence-box", "guestbook": a class word naming a book of condolences, not a post's tag or category.
// A dateline's box that holds the story's first sentence after the place and date, as a release's template
// sets it: twenty words and more, most of them in lower case, no bars or share buttons between them.
bool holdsALead(const std::string& text) {
    if (countWords(text) < 20 || text.find('|') != std::string::npos) return false;
    std::size_t lower = 0;
    for (const std::string& w : splitWords(text)) lower += std::islower(static_cast<unsigned char>(w[0])) != 0;
    const std::string l = lowerUtf8(text);
    return lower >= 10 && l.find("share") == std::string::npos && l.find("updated") == std::string::npos &&
           l.find("min read") == std::string::npos;
}

bool condolenceBook(const std::string& classes) {
    for (const std::string& word : splitWords(classes)) {
        if (word.rfind("tag-", 0) == 0 || word.rfind("category-", 0) == 0) continue;
        if (word.find("condolence") != std::string::npos || word.find("guestbook") != std::string::npos ||
            word.find("guest-book") != std::string::npos) {
            return true;
        }
    }
    return false;
}

}  // namespace

// A box of a few words around the element schema.org marks as the author: "<div class="authorItem"><span
// itemprop="author">Anna Kowalczyk</span><span>Dziennikarka Puls Kraju</span></div>", the byline said already.
bool bylineBox(const GumboNode* node) {
    // (A box, its first element the author's: a paragraph that names a book's author, "The Climate Book by
    // <span itemprop=author>…", is the story's.)
    const GumboTag tag = tagOf(node);
    if (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_SPAN) return false;
    const GumboVector& children = node->v.element.children;
    for (unsigned k = 0; k < children.length; ++k) {
        const auto* child = static_cast<const GumboNode*>(children.data[k]);
        if (!isElement(child)) continue;
        return lowerAscii(attribute(child, "itemprop")) == "author" && countWords(textContent(node)) <= 10;
    }
    return false;
}

// A short box whose text discloses that its links earn the publisher a commission.
static bool affiliateBox(const GumboNode* node) {
    const GumboTag tag = tagOf(node);
    if (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_ASIDE && tag != GUMBO_TAG_SECTION) return false;
    const std::string text = lowerAscii(textContent(node));
    // (The publisher's disclosure, not a story's word: "each agent may earn a commission of about $12,000" is copy.)
    return countWords(text) <= 120 && containsAnyOf(text, {"affiliate link", "affiliate commission", "we may earn a commission", "we may receive a commission",
                                                         "may earn a commission if you", "earn a commission from purchases"});
}

// A paragraph of buttons alone, "$1,999 at Amazon  $1,999 at REI": a shop's links set as buttons, nothing said
// between them.
static bool buttonsOnly(const GumboNode* node) {
    const GumboTag tag = tagOf(node);
    if (tag != GUMBO_TAG_P && tag != GUMBO_TAG_DIV) return false;
    const GumboVector& children = node->v.element.children;
    int buttons = 0;
    for (unsigned k = 0; k < children.length; ++k) {
        const auto* child = static_cast<const GumboNode*>(children.data[k]);
        if (child->type == GUMBO_NODE_TEXT) {
            if (countWords(child->v.text.text) > 0) return false;
            continue;
        }
        if (!isElement(child)) continue;
        if (tagOf(child) != GUMBO_TAG_A || !hasClassWord(classAndId(child), {"button", "btn", "buy-button", "cta", "shop-button"})) return false;
        ++buttons;
    }
    return buttons > 0;
}

// "<div class="reactions"><span>What did you think?</span><button>👍 1.2K</button><button>👎 38</button></div>": a question to
// the reader over buttons to answer it with, in any language; a widget, no part of the story.
static bool promptOverButtons(const GumboNode* node) {
    if (tagOf(node) != GUMBO_TAG_DIV && tagOf(node) != GUMBO_TAG_SECTION && tagOf(node) != GUMBO_TAG_ASIDE) return false;
    const GumboVector& children = node->v.element.children;
    int buttons = 0;
    std::string prompt;
    for (unsigned k = 0; k < children.length; ++k) {
        const auto* child = static_cast<const GumboNode*>(children.data[k]);
        if (child->type == GUMBO_NODE_TEXT) {
            if (countWords(child->v.text.text) > 0) return false;
            continue;
        }
        if (!isElement(child)) continue;
        if (tagOf(child) == GUMBO_TAG_BUTTON) {
            ++buttons;
        } else if (prompt.empty() && buttons == 0) {
            prompt = collapseWhitespace(textContent(child));
            if (prompt.empty()) return false;
        } else {
            return false;
        }
    }
    return buttons >= 2 && !prompt.empty() && countWords(prompt) <= 6 && (prompt.back() == '?' || prompt.back() == ':');
}

// Whether the text below `node` runs to `limit` bytes at most, stopping as soon as it is longer (isFurniture asks
// of every div and paragraph whether it is a slide count, and most hold far more).
static bool textWithin(const GumboNode* node, std::size_t& limit) {
    const GumboVector& children = node->v.element.children;
    for (unsigned k = 0; k < children.length; ++k) {
        const auto* child = static_cast<const GumboNode*>(children.data[k]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) {
            const std::size_t n = std::strlen(child->v.text.text);
            if (n > limit) return false;
            limit -= n;
        } else if (isElement(child) && !textWithin(child, limit)) {
            return false;
        }
    }
    return true;
}

// A small box that ends on a link or a button asking the reader to act, after a sentence that pitches it, in any language:
// "Havi 1000 forinttól. <a>Támogatom</a>", "Voit keskustella aiheesta … <a>Siirry keskusteluun</a>", "skenk vandag R50. <a>Skenk
// nou</a>". A donation's, a subscription's or the comments' pitch, no part of the story.
static bool endsOnCallToAction(const GumboNode* node) {
    const GumboTag tag = tagOf(node);
    if (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_SECTION && tag != GUMBO_TAG_ASIDE) return false;
    // (Small: its text's bytes counted only up to a limit, as this is asked of every box.)
    std::size_t limit = 320;
    if (!textWithin(node, limit)) return false;
    const std::string all = collapseWhitespace(textContent(node));
    if (countWords(all) > 40) return false;
    // (A box of three parts at most, none of them the page's headline or its standfirst: a story's header ends on its share
    // link too.)
    unsigned parts = 0;
    for (unsigned k = 0; k < node->v.element.children.length; ++k) parts += isElement(static_cast<const GumboNode*>(node->v.element.children.data[k]));
    // (Nor a factbox's list, nor a story's paragraphs ending on a link: one paragraph of pitch at most.)
    if (parts > 3 || !elementsByTag(node, GUMBO_TAG_H1).empty() || !elementsByTag(node, GUMBO_TAG_H2).empty() ||
        !elementsByTag(node, GUMBO_TAG_UL).empty() || !elementsByTag(node, GUMBO_TAG_OL).empty() || elementsByTag(node, GUMBO_TAG_P).size() > 1) {
        return false;
    }
    const GumboNode* last = node;
    for (bool deeper = true; deeper;) {
        deeper = false;
        const GumboVector& children = last->v.element.children;
        for (unsigned k = children.length; k-- > 0;) {
            const auto* c = static_cast<const GumboNode*>(children.data[k]);
            if (c->type == GUMBO_NODE_TEXT) {
                if (countWords(c->v.text.text) > 0) return false;  // words after the link
                continue;
            }
            if (!isElement(c)) continue;
            last = c;
            deeper = tagOf(c) != GUMBO_TAG_A && tagOf(c) != GUMBO_TAG_BUTTON;
            break;
        }
    }
    if (tagOf(last) != GUMBO_TAG_A && tagOf(last) != GUMBO_TAG_BUTTON) return false;
    const std::string action = collapseWhitespace(textContent(last));
    if (action.empty() || countWords(action) > 3 || action.back() == '.') return false;
    const std::string pitch = collapseWhitespace(all.substr(0, all.size() >= action.size() ? all.size() - action.size() : 0));
    // (A pitch of a few words, in a box classed as one of its own kind: a briefing's items and a live blog's entries, each
    // ending on "Read more", are siblings of one class; a document's link is no call to act.)
    if (countWords(pitch) < 4 || countWords(pitch) > 25 || !(pitch.back() == '.' || pitch.back() == '!' || pitch.back() == '?')) return false;
    // (A sentence or two: a factbox's figures run as three or more, "$3bn total budget. 40 new officers. Six-day library week.")
    std::size_t sentences = 1;
    for (const char* end : {". ", "! ", "? "}) {
        for (std::size_t at = pitch.find(end); at != std::string::npos; at = pitch.find(end, at + 2)) ++sentences;
    }
    if (sentences > 2) return false;
    const std::string cls = attribute(node, "class");
    if (classAndId(node).empty() || lowerAscii(attribute(last, "href")).find(".pdf") != std::string::npos) return false;
    if (isElement(node->parent)) {
        const GumboVector& siblings = node->parent->v.element.children;
        for (unsigned k = 0; k < siblings.length; ++k) {
            const auto* c = static_cast<const GumboNode*>(siblings.data[k]);
            if (c != node && isElement(c) && tagOf(c) == tagOf(node) && attribute(c, "class") == cls) return false;
        }
    }
    return true;
}

bool isSlideCount(const GumboNode* node) {
    const GumboTag tag = tagOf(node);
    if (tag != GUMBO_TAG_SPAN && tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_P && tag != GUMBO_TAG_SMALL && tag != GUMBO_TAG_EM &&
        tag != GUMBO_TAG_B && tag != GUMBO_TAG_STRONG) {
        return false;
    }
    // (A count is a few characters, however the page indents them.)
    std::size_t limit = 256;
    if (!textWithin(node, limit)) return false;
    const std::string text = collapseWhitespace(textContent(node));
    if (text.size() > 16) return false;
    static const std::regex kCount("^\\d{1,3} ?(?:of|/|von|de|di|sur|van|av|af|z|из) ?\\d{1,3}$");
    return std::regex_match(text, kCount);
}

// A box the paragraph before introduces with a colon, "Transport Secretary Heidi Alexander said:" over "<div
// class="call-to-action"><p>This £1.2bn investment is …</p></div>": the quote it announces, in sentences and without a
// link, is the story's whatever the box is named (a government's pages set quotes so).
static bool isIntroducedQuote(const GumboNode* node) {
    const GumboNode* before = previousElement(node);
    if (before == nullptr || tagOf(before) != GUMBO_TAG_P) return false;
    std::string intro = collapseWhitespace(textContent(before));
    if (intro.empty() || intro.back() != ':' || countWords(intro) < 2) return false;
    if (!elementsByTag(node, GUMBO_TAG_A).empty() || !elementsByTag(node, GUMBO_TAG_BUTTON).empty() || !elementsByTag(node, GUMBO_TAG_FORM).empty() ||
        !elementsByTag(node, GUMBO_TAG_INPUT).empty()) {
        return false;
    }
    const std::string text = collapseWhitespace(textContent(node));
    return countWords(text) >= 8 && countWords(text) <= 300 && (text.back() == '.' || text.back() == '"' || text.back() == '!' ||
                                                                 text.compare(text.size() >= 3 ? text.size() - 3 : 0, 3, "\xE2\x80\x9D") == 0);
}

// Furniture by the element's class and id, and by the few shapes that name it.
static bool isFurnitureByName(const GumboNode* node, std::string s) {
    // "p.article__teaser", "p.story-teaser": the story's own summary as some systems name it, a paragraph
    // without a link (a teaser of other stories links to them, or is a box, not a paragraph).
    if (tagOf(node) == GUMBO_TAG_P && containsAnyOf(s, {"article__teaser", "article-teaser", "articleteaser", "story-teaser"}) &&
        elementsByTag(node, GUMBO_TAG_A).empty()) {
        return false;
    }
    // A heading's id is its text made an anchor ("practical-tips" for "Practical tips"): not a class.
    if (const GumboTag tag = tagOf(node); tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6) {
        const std::string id = lowerAscii(attribute(node, "id"));
        if (const std::size_t at = id.empty() ? std::string::npos : s.find(id); at != std::string::npos) s.erase(at, id.size());
    }
    return containsAnyOf(s, {"share", "sharing", "social", "newsletter", "subscribe", "related", "read-more",
                           "readmore", "recommend", "promo", "advert", "sponsor", "signup", "sign-up", "paywall",
                           "popup", "modal", "cookie", "comment", "coment", "kommentar", "outbrain", "taboola",
                           "breadcrumb", "toolbar",
                           // a review's score box (its pros, cons and buy button) and its spec sheet beside the text that says the same
                           "review-summary", "review-score",
                           "score-box", "rating-box", "specs-table", "spec-table", "spec-sheet", "specsheet", "product-specs",
                           // a match report's scoreboard over it (the teams, the score, the scorers' minutes), which the report tells
                           // (its scorers' list too: a prose summary, "match-summary", is read)
                           "scoreboard", "match-header", "matchheader", "score-header", "scorers",
                           // a box of corrections, its label and its time stamp with the note (the notes are publisher's notes, Furniture.hpp)
                           "corrections", "correction-note", "correction-notice",
                           "abo-box", "abo-teaser", "abo-promo", "abonnement", "abbonamento",
                           "suscripcion", "assinatura", "subscription",
                           "print-only", "visually-hidden", "sr-only", "screen-reader", "author-bio", "author-info", "author-profile", "author-card",
                           "about-author", "author-box", "byline", "timestamp", "article-meta", "post-meta",
                           "tag-list", "tags-list", "topics", "more-stories", "most-popular", "most-read", "trending",
                           "further-reading", "see-also", "inline-ad", "ad-slot", "ad-container", "advertisement",
                           // embedded posts from social networks are not the article's own words
                           "twitter-tweet", "instagram-media", "tiktok-embed", "fb-post", "social-embed",
                           "author-card", "authorcard", "author_card", "authorbio", "post-author", "contributor",
                           "footnote", "disclosure", "affiliate", "recirc", "read-next", "up-next", "more-on",
                           "teaser", "promo-box", "donate", "membership", "infobox", "info-box", "event-info",
                           "event-details", "factbox-promo", "table-of-contents", "tableofcontents", "betting",
                           "sportsbook", "bet-slip", "betslip", "odds-widget", "whatsapp-canal", "whatsapp-channel",
                           "product-box", "productbox", "product-card", "buy-box", "buybox", "deal-box", "dealbox", "where-to-buy",
                           "support-box", "donation", "republish", "more-mlb", "more-nfl", "more-nba", "more-sport", "more-news",
                           "playlist", "shoppable", "shop-the-look", "shopthelook", "book-box", "bookshop", "contribution-ask", "support-us",
                           "reader-revenue", "medical-review", "review-note", "article-history", "revision-history",
                           "live-price", "price-chip", "disclaimer", "jump-links", "jumplinks", "jump-to", "inline-deal",
                           "price-widget", "reading-time", "read-time", "call-to-action", "calltoaction", "videoplayer",
                           "video-player", "player-title", "how-we-test", "howwetest", "how-we-review", "our-methodology",
                           // a match's data panels under its report: the teams' sheets and the numbers
                           "lineup", "line-up", "team-sheet", "teamsheet", "match-stats", "matchstats", "match-facts", "matchfacts",
                           // a share bar named in its page's language: "c-partage", "compartir", "condividi"
                           "partage", "compartir", "condivid", "compartilh", "teilen-", "-teilen",
                           // a label over the headline, and a paywall's badge beside it
                           "kicker", "eyebrow", "overline", "dachzeile", "volanta", "antetitulo", "sobretitulo", "premium-badge",
                           "plus-badge",
                           // the story's section named over it: "<span class="section-label">Life &amp; Style | Food</span>"
                           "section-label", "section-name", "section-title-label", "category-label"}) ||
           // readers' reactions after the story, a few words: "Bagaimana perasaanmu…" over "Senang 0 Sedih 14"
           // (a section of the story named "reactions" holds sentences)
           (hasClassWord(s, {"feedback", "reaction", "reactions", "emotion", "emotions", "mood"}) && countWords(textContent(node)) <= 25 &&
            textContent(node).find('.') == std::string::npos) ||
           bylineBox(node) ||
           // a forum post's profile beside it (the poster's rank, posts, place), its signature under it and the board's list of who
           // is reading; a blog platform's notes under a post, each a reader's reblog or like
           containsAnyOf(s, {"postprofile", "profile-rank", "online-list", "whoisonline", "who-is-online"}) ||
           (hasClassWord(s, {"signature"}) && lowerAscii(attribute(node, "id")).rfind("sig", 0) == 0) ||
           (tagOf(node) == GUMBO_TAG_LI && hasClassWord(s, {"note"}) && hasClassWord(s, {"reblog", "like", "reply", "posted"})) ||
           // a gallery's count of its slides before each caption, "<span class="slide-count">1 of 14</span>": an element
           // that holds that alone
           isSlideCount(node) ||
           // a search engine's FAQ box after the story, "FAQs" over questions the story has answered ("Q. What is the price…"), a
           // box without an anchor; an explainer's own section of questions, a part of the page its contents link to
           // ("<section id='faq'>"), is the story's
           (containsAnyOf(s, {"faq"}) && tagOf(node) == GUMBO_TAG_DIV && attribute(node, "id").empty() && [&] {
               const std::string text = lowerUtf8(collapseWhitespace(textContent(node)));
               return countWords(text) <= 400 && (text.rfind("faq", 0) == 0 || text.rfind("frequently asked", 0) == 0);
           }()) ||
           // a box beside the story that discloses its affiliate links ("Affiliate links: … may earn a commission"): a shop's
           // promotion, its heading and pitch with it
           (hasClassWord(s, {"box", "factbox", "panel"}) && affiliateBox(node)) ||
           // a dateline's box, a place and a date (a release's template may hold its whole lead there: "SAN JOSE, Calif., Dec.
           // 2, 2025 /Wire/ -- Quillon Networks, Inc. today announced …", which is the story's)
           (containsAnyOf(s, {"dateline"}) && !holdsALead(textContent(node))) ||
           // an obituary's book of condolences, where readers leave messages (a post tagged so, "tag-condolences", is none)
           condolenceBook(s) ||
           // (An ad's slot named in another language holds a label and a line at most: French "annonce" is also an
           // announcement, whose box holds the story's text.)
           (hasClassWord(s, {"annonce", "annoncer", "annons", "anzeige", "reklama", "reklame", "adv"}) && countWords(textContent(node)) <= 12) ||
           // (a Korean portal's box of the reporter with a subscribe button under the story, "reporter_area": a name and its
           // counts, a few words; a reporter's notebook or quote in the story, "section.reporter-notebook", is the story's)
           (hasClassWord(s, {"reporter"}) && countWords(textContent(node)) <= 30 &&
            textContent(node).find_first_of(".!?\"") == std::string::npos) ||
           hasClassWord(s, {"bio", "bios", "authors", "ad", "ads",
                            "rail", "tip", "tips", "references", "toc",
                               // a story's strip of byline, dates and reading time ("article__meta", "entry-meta")
                               "meta", "readtime",
                               // a paywall's or a registration wall's prompt: "premium-gate", "regwall"
                               "gate", "regwall", "paygate", "meter", "piano",
                               // a fundraising appeal after a story ("contributions epic", "contribution")
                               "epic", "contribution", "contributions", "trending",
                               // a box asking for something ("cta-boletin", "inline-cta"); a story's production credits
                               "cta", "credits"});
}

// A review's box of pros and cons in bullets marked with their signs, "+Excellent value", "-Dim screen": the verdict's widget,
// the body says it (the reviewer's own paragraphs in such a box, and an explainer's arguments for and against, are the story's).
bool isProsAndConsBullets(const GumboNode* node, const std::string& s) {
    if (!containsAnyOf(s, {"pros-cons", "proscons", "pros-and-cons", "pros_cons", "procon"})) return false;
    bool written = false;
    int signed_ = 0;
    walkElements(node, [&](const GumboNode* e, int) {
        written = written || (tagOf(e) == GUMBO_TAG_P && countWords(textContent(e)) >= 12);
        if (tagOf(e) == GUMBO_TAG_LI) {
            const std::string item = collapseWhitespace(textContent(e));
            signed_ += !item.empty() && (item[0] == '+' || item[0] == '-' || item.rfind("\xE2\x88\x92", 0) == 0 || item.rfind("\xE2\x9C\x93", 0) == 0 ||
                                         item.rfind("\xE2\x9C\x97", 0) == 0);
        }
        return !written;
    });
    return !written && signed_ >= 2;
}

bool isFurniture(const GumboNode* node) {
    const std::string s = classAndId(node);
    if (isWidgetBox(s) || isReadersPoll(node) || buttonsOnly(node) || promptOverButtons(node) || isProsAndConsBullets(node, s)) return true;
    if (endsOnCallToAction(node)) return true;
    // (A video's teaser in the story, "<div class="watch-video"><span>Watch</span><span>Mumbai rains: …</span></div>": a box named
    // for video whose text opens on "Watch", a headline and no sentence.)
    if (s.find("video") != std::string::npos && tagOf(node) != GUMBO_TAG_ARTICLE && tagOf(node) != GUMBO_TAG_MAIN && tagOf(node) != GUMBO_TAG_BODY) {
        const std::string text = collapseWhitespace(textContent(node));
        if (text.rfind("Watch", 0) == 0 && countWords(text) <= 24 && text.find(". ") == std::string::npos && (text.empty() || text.back() != '.')) {
            return true;
        }
    }
    // (An embedded clip's transcript folded under its summary, "<details><summary>Show transcript</summary>…": the clip's words,
    // not the story's, which a page's text says in its own.)
    if (tagOf(node) == GUMBO_TAG_DETAILS) {
        std::string summary;
        for (const GumboNode* sum : elementsByTag(node, GUMBO_TAG_SUMMARY)) summary += lowerUtf8(textContent(sum));
        // (A label of three words at most, "Show transcript": "How we obtained the transcripts" heads the story's own account.)
        if (containsAnyOf(s, {"transcript"}) ||
            (countWords(summary) <= 3 && containsAnyOf(summary, {"transcript", "transkript", "transcription", "transcripci", "trascrizione"}))) {
            return true;
        }
    }
    // (A quote a paragraph announces is the story's whatever its box is named; asked only of a box so named, as the
    // paragraph's text is read to know.)
    return isFurnitureByName(node, s) && !isIntroducedQuote(node);
}

bool isReadersPoll(const GumboNode* node) {
    // ("Poll_root__x0Y1a", CSS modules' names; a table of an election's polls has no buttons, and a story
    // filed under "category-polls" is an article, not a box in one.)
    const GumboTag tag = tagOf(node);
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) return false;
    const std::string s = classAndId(node);
    if (!hasClassWord(s, {"poll", "polls", "quiz", "survey", "vote"})) return false;
    // Its buttons or labels, or its results: answers each with its share ("Nein, das ist zu teuer 58%").
    bool controls = false, table = false;
    int shares = 0, labels = 0;
    walkElements(node, [&](const GumboNode* e, int depth) {
        const GumboTag t = tagOf(e);
        controls = controls || t == GUMBO_TAG_BUTTON || t == GUMBO_TAG_INPUT || t == GUMBO_TAG_FORM;
        labels += t == GUMBO_TAG_LABEL;
        table = table || t == GUMBO_TAG_TABLE;
        if (t == GUMBO_TAG_LI) {
            std::string text = textContent(e);
            while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
            shares += !text.empty() && text.back() == '%';
        }
        return !controls && depth < 6;
    });
    if (controls || shares >= 2) return true;
    if (labels < 2 || table || !hasClassWord(s, {"poll", "polls", "quiz", "survey"})) return false;
    // (Or the answers' labels, whose inputs a script adds: "<label>Yes</label><label>No</label>", a few words, in a box named a
    // poll's, a quiz's or a survey's: a "vote-breakdown" box of a roll call is the story's figures.)
    // (Its words outside the labels and the question a count at most, "1,284 votes": "<label>Economy</label> was named by 64
    // percent of respondents" is a sentence of findings.)
    std::size_t asking = 0;
    walkElements(node, [&](const GumboNode* e, int) {
        const GumboTag t = tagOf(e);
        if (t == GUMBO_TAG_LABEL || (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) || t == GUMBO_TAG_LEGEND) {
            asking += countWords(textContent(e));
            return false;
        }
        return true;
    });
    const std::size_t words = countWords(textContent(node));
    return words <= 40 && words <= asking + 4;
}

bool isEntryHeader(const GumboNode* node) {
    if (tagOf(node) != GUMBO_TAG_HEADER && classAndId(node).find("header") == std::string::npos) return false;
    const GumboNode* entry = node->parent;
    for (int up = 0; up < 3 && isElement(entry) && tagOf(entry) != GUMBO_TAG_ARTICLE && tagOf(entry) != GUMBO_TAG_LI; ++up) {
        entry = entry->parent;
    }
    // (An entry may also be one of several sibling articles in the page's main column, or an item of a
    // feed's list: "ol.lx-stream__feed > li".)
    if (!isElement(entry) || !isElement(entry->parent)) return false;
    if (tagOf(entry) == GUMBO_TAG_LI) {
        if (childrenTagged(entry->parent, GUMBO_TAG_LI) < 3) return false;
    } else if (tagOf(entry) != GUMBO_TAG_ARTICLE ||
               (!hasAncestor(entry, GUMBO_TAG_ARTICLE, 12) && elementsByTag(entry->parent, GUMBO_TAG_ARTICLE).size() < 3)) {
        return false;
    }
    bool heading = false;
    walkElements(node, [&](const GumboNode* e, int) {
        const GumboTag t = tagOf(e);
        heading = heading || (t >= GUMBO_TAG_H2 && t <= GUMBO_TAG_H6);
        return !heading;
    });
    // (An entry without a title has a header of its time and labels alone: "29m ago 09.14 GMT".)
    return heading || textContent(node).size() < 120;
}

bool marksReaderAccess(const GumboNode* node) {
    return containsAnyOf(classAndId(node), {"subscriber", "members-only", "member-only", "premium", "paywall", "metered",
                                          "locked-content"});
}

namespace {

const GumboNode* childAt(const GumboNode* node, unsigned i) { return static_cast<const GumboNode*>(node->v.element.children.data[i]); }

// A form with a text area: a comment's, a guest book's. (A bare text area is a share box's message.)
bool isReaderForm(const GumboNode* node) {
    if (tagOf(node) != GUMBO_TAG_FORM) return false;
    bool area = false;
    walkElements(node, [&](const GumboNode* e, int) {
        area = area || tagOf(e) == GUMBO_TAG_TEXTAREA;
        return !area;
    });
    return area;
}

}  // namespace

bool holdsReaderForm(const GumboNode* node) {
    if (!isElement(node)) return false;
    bool form = false;
    bool story = false;  // a child that is a story of its own: three paragraphs of prose, no form
    for (unsigned i = 0; i < node->v.element.children.length; ++i) {
        const GumboNode* c = childAt(node, i);
        if (!isElement(c)) continue;
        if (isReaderForm(c)) {
            form = true;
            continue;
        }
        // The form in a wrapper of its own ("comment-respond"): its grandchild.
        bool wrapped = false;
        if (tagOf(c) == GUMBO_TAG_DIV || tagOf(c) == GUMBO_TAG_SECTION) {
            for (unsigned j = 0; j < c->v.element.children.length; ++j) {
                wrapped = wrapped || (isElement(childAt(c, j)) && isReaderForm(childAt(c, j)));
            }
        }
        form = form || wrapped;
        if (!wrapped && !story) story = longParagraphs(c, 100) >= 3;
    }
    // (A post and its comments in one wrapper, "blog-post" over "post-body" and "comments": the
    // comments' wrapper is the one left out, not the post.)
    return form && !story;
}

bool isSocialEmbed(const GumboNode* node) {
    return containsAnyOf(classAndId(node), {"twitter-tweet", "instagram-media", "instagram-caption", "tiktok-embed", "fb-post", "social-embed",
                                          "bluesky-embed", "mastodon-embed", "threads-post", "embed-facebook", "facebook-embed",
                                          "fb-xfbml-parse-ignore", "telegram-post", "embed-twitter", "twitter-embed", "embed-instagram",
                                          "instagram-embed", "reddit-embed", "linkedin-embed", "embed-tiktok", "embed-tweet", "tweet-embed", "embedded-tweet"});
}

bool isCreditElement(const GumboNode* node) {
    const std::string s = classAndId(node);
    return containsAnyOf(s, {"credit", "copyright", "photographer", "source", "byline", "attribution", "author"});
}

bool isPhotoCreditElement(const GumboNode* node) {
    return containsAnyOf(classAndId(node), {"credit", "copyright", "photographer"});
}

bool isPullQuoteElement(const GumboNode* node) {
    const std::string s = classAndId(node);
    // (Or "pull" alone on an aside, "<aside class="pull">".)
    return containsAnyOf(s, {"pullquote", "pull-quote", "pull_quote"}) || (tagOf(node) == GUMBO_TAG_ASIDE && hasClassWord(s, {"pull"})) ||
           (tagOf(node) == GUMBO_TAG_BLOCKQUOTE && hasClassWord(s, {"pq", "pull"}));
}

bool isCaptionElement(const GumboNode* node) {
    std::string s = classAndId(node);
    // "no_caption", "has-no-caption": a class that says the element has none.
    for (const char* negated : {"no_caption", "no-caption", "nocaption", "without_caption", "without-caption"}) {
        for (std::size_t at = s.find(negated); at != std::string::npos; at = s.find(negated)) s.erase(at, std::strlen(negated));
    }
    // A slideshow's or a lightbox's text is about its photos: their captions, however it is marked up,
    // and so is a gallery's, or what a page calls a carousel or its slides for screen readers.
    // (In other languages: "epigrafe", "pie-de-foto", "légende", "bildunterschrift", "didascalia", "legenda".)
    const std::string role = lowerAscii(attribute(node, "aria-roledescription"));
    if (role == "carousel" || role == "slide") return true;
    // (An article that holds a gallery, "article inline-gallery", is still an article.)
    if (namesAGallery(s) && tagOf(node) != GUMBO_TAG_ARTICLE && tagOf(node) != GUMBO_TAG_MAIN && tagOf(node) != GUMBO_TAG_BODY &&
        longParagraphs(node, 150) < 2) {
        return true;
    }
    // (A picture component's own text, named as BEM names an element of its block: "cmp-image__title", "c-photo__text",
    // "media__description"; the page's title is "article__title", no picture's.)
    for (const char* block : {"image__", "img__", "photo__", "picture__", "media__", "figure__"}) {
        const std::size_t at = s.find(block);
        if (at == std::string::npos) continue;
        const std::string element = s.substr(at + std::strlen(block), s.find_first_of(" ", at) - at - std::strlen(block));
        if (element.rfind("title", 0) == 0 || element.rfind("text", 0) == 0 || element.rfind("desc", 0) == 0 || element.rfind("alt", 0) == 0 ||
            element.rfind("legend", 0) == 0) {
            return true;
        }
    }
    // (Blogger's: the picture in a "separator" div, its caption in the next one, small text and no picture.)
    // (Short, or set in small type: a paragraph of the post in such a div is the post's.)
    const bool separator = tagOf(node) == GUMBO_TAG_DIV && hasClassWord(s, {"separator"});
    const std::size_t separatorWords = separator ? countWords(textContent(node)) : 0;
    if (separator && elementsByTag(node, GUMBO_TAG_IMG).empty() && node->parent != nullptr &&
        (separatorWords <= 15 ||
         (separatorWords <= 30 && [&] {
             bool small = false;
             walkElements(node, [&](const GumboNode* e, int) {
                 small = small || lowerAscii(attribute(e, "style")).find("font-size") != std::string::npos;
                 return !small;
             });
             return small;
         }()))) {
        if (const GumboNode* before = previousElement(node);
            before != nullptr && tagOf(before) == GUMBO_TAG_DIV && hasClassWord(classAndId(before), {"separator"}) &&
            !elementsByTag(before, GUMBO_TAG_IMG).empty()) {
            return true;
        }
    }
    // (A Korean portal's photo and its caption, "end_photo_org" around "img_desc".)
    return containsAnyOf(s, {"caption", "tr-caption", "photo-text", "img-desc", "image-desc", "media-desc", "slideshow", "carousel", "lightbox",
                           "img_desc", "image_desc", "photo_org",
                           // (and written short: "img_cptn", "photo-cap")
                           "cptn", "img_cap", "img-cap", "photo_cap", "photo-cap", "image_cap", "image-cap",
                           "epigrafe", "pie-de-foto", "piedefoto", "pie_foto", "legende", "l\xC3\xA9gende",
                           "bildunterschrift", "didascalia", "legenda"});
}

bool isStandfirstElement(const GumboNode* node) {
    // Whole words of the class ("article-dek", "c-standfirst"), so "leaderboard" is not a "lead".
    std::string words = classAndId(node);
    for (char& c : words) {
        if (c == '-' || c == '_') c = ' ';
    }
    // Drupal's body field is "text with summary": the text, which may have a summary, not the summary.
    for (std::size_t at = words.find("with summary"); at != std::string::npos; at = words.find("with summary", at)) words.erase(at, 12);
    // In several languages: "perex" (Czech, Slovak), "bajada" and "entradilla" (Spanish), "chapo" and
    // "chapeau" (French), "sottotitolo" (Italian).
    for (const char* word : {"standfirst", "dek", "deck", "strapline", "subtitle", "subheadline", "summary", "lede",
                             "excerpt", "description", "subhead", "perex", "bajada", "entradilla", "chapo", "chapeau",
                             "sottotitolo", "ingress", "leadtext", "sumario", "subheading",
                             "resumen", "olho", "occhiello", "catenaccio", "opener", "sommario", "vorspann", "inleiding"}) {
        if (hasWord(words, word)) return true;
    }
    // schema.org's own mark for an article's summary.
    return lowerAscii(attribute(node, "itemprop")) == "description";
}

bool hasFurnitureRole(const GumboNode* node) {
    const std::string label = lowerAscii(attribute(node, "aria-label"));
    for (const char* furniture : {"related", "newsletter", "advert", "sponsor", "share", "comments", "promo", "more from",
                                  "recommended", "trending", "most read", "most popular", "breadcrumb", "author"}) {
        if (label.find(furniture) != std::string::npos) return true;
    }
    const std::string role = lowerAscii(attribute(node, "role"));
    return role == "menu" || role == "menubar" || role == "complementary" || role == "navigation" || role == "alert" ||
           role == "alertdialog" || role == "dialog" || role == "banner" || role == "contentinfo" || role == "search";
}

std::string pictureFile(const std::string& url) {
    const std::string path = lowerAscii(url.substr(0, url.find_first_of("?#")));
    const std::size_t slash = path.find_last_of('/');
    return path.substr(slash == std::string::npos ? 0 : slash + 1);
}

bool isStockPicture(const std::string& url) {
    const std::string file = pictureFile(url);
    for (const char* word : {"sprite", "spacer", "favicon", "placeholder", "default", "blank.", "pixel."}) {
        if (file.find(word) != std::string::npos) return true;
    }
    return false;
}

}  // namespace readcast

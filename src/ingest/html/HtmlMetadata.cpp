#include "core/Ascii.hpp"
#include "ingest/html/HtmlMetadata.hpp"

#include "core/Months.hpp"
#include "core/Url.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <map>
#include <set>

#include "ingest/Boilerplate.hpp"
#include "ingest/Byline.hpp"
#include "ingest/DateParser.hpp"
#include "ingest/html/HtmlHints.hpp"
#include "ingest/InlineMarkup.hpp"

namespace readcast {
namespace {

using Json = nlohmann::json;

std::string clean(const std::string& s) { return collapseWhitespace(decodeEntities(s)); }

bool isArticleType(const Json& type) {
    static const char* const kTypes[] = {"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
                                         "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
                                         "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report",
                                         "ScholarlyArticle", "TechArticle", "MedicalScholarlyArticle", "Review", "CriticReview",
                                         // A health publisher's article, with its writer and its reviewer.
                                         "MedicalWebPage",
                                         // A podcast's or a show's episode page.
                                         "PodcastEpisode", "Episode", "TVEpisode", "RadioEpisode"};
    if (type.is_array()) {
        for (const Json& t : type) {
            if (isArticleType(t)) return true;
        }
        return false;
    }
    if (!type.is_string()) return false;
    for (const char* t : kTypes) {
        if (type.get<std::string>() == t) return true;
    }
    return false;
}

std::string stringOf(const Json& v) {
    if (v.is_string()) return clean(v.get<std::string>());
    if (v.is_object()) {
        for (const char* key : {"name", "url", "@value"}) {
            if (v.contains(key) && v[key].is_string()) return clean(v[key].get<std::string>());
        }
    }
    if (v.is_array() && !v.empty()) return stringOf(v.front());
    return "";
}

std::string authorsOf(const Json& v) {
    if (v.is_array()) {
        // (A person beside an organisation, "Tom Pegg" and the "Local Democracy Reporting Service" that
        // placed his story: the person is the byline.)
        const auto organisation = [](const Json& a) {
            return a.is_object() && a.contains("@type") && a["@type"].is_string() && a["@type"].get<std::string>() == "Organization";
        };
        const bool person = std::any_of(v.begin(), v.end(), [&](const Json& a) { return a.is_object() && !organisation(a); });
        std::string out;
        for (const Json& a : v) {
            if (person && organisation(a)) continue;
            const std::string name = authorsOf(a);
            if (!name.empty()) out += (out.empty() ? "" : ", ") + name;
        }
        return out;
    }
    if (v.is_object() && v.contains("name")) return stringOf(v["name"]);
    if (v.is_string() && v.get<std::string>().rfind("http", 0) != 0) return clean(v.get<std::string>());
    return "";
}

const Json* findArticle(const Json& node, int depth = 0) {
    if (depth > 8) return nullptr;
    if (node.is_array()) {
        for (const Json& n : node) {
            if (const Json* found = findArticle(n, depth + 1)) return found;
        }
        return nullptr;
    }
    if (!node.is_object()) return nullptr;
    if (node.contains("@type") && isArticleType(node["@type"])) return &node;
    if (node.contains("@graph")) return findArticle(node["@graph"], depth + 1);
    if (node.contains("mainEntity")) return findArticle(node["mainEntity"], depth + 1);
    return nullptr;
}

struct Declared {
    std::string title, byline, published, modified, site, language, image, body, url;
    bool author_is_organisation = false;  // "author": {"@type": "Organization", …}
};

// The JSON-LD author is an organisation, not a person: every author given is typed so.
bool organisationsOnly(const Json& v) {
    if (v.is_array()) {
        bool all = !v.empty();
        for (const Json& a : v) all = all && organisationsOnly(a);
        return all;
    }
    if (!v.is_object() || !v.contains("@type")) return false;
    const std::string type = lowerAscii(stringOf(v["@type"]));
    return type.find("organization") != std::string::npos || type.find("organisation") != std::string::npos;
}

// A byline's names that are the site's, or part of it, or an organisation's ("Ground Truth" of "Ground
// Truth Desk", "KRVN").
bool isOrganisationName(const std::string& names, const std::string& site) {
    if (names.empty()) return false;
    const std::string n = foldForComparison(names), s = foldForComparison(site);
    // (Letter case tells an organisation only in scripts that have it: "肖春芳" has none.)
    const bool cased = std::any_of(names.begin(), names.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
    return (cased && looksLikeOrganisation(names)) ||
           (!s.empty() && n.size() >= 4 && (s.find(n) != std::string::npos || n.find(s) != std::string::npos));
}

// `letters` are the capitals of `name`'s words, small joining words left out: "ABP" of "Associated
// Business Press", "AFP" of "Agence France-Presse" (a hyphen starts a word).
bool isInitialsOf(const std::string& letters, const std::string& name) {
    if (letters.size() < 2 || letters.size() > 6 ||
        !std::all_of(letters.begin(), letters.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; })) {
        return false;
    }
    std::string initials;
    std::string spaced = name;
    std::replace(spaced.begin(), spaced.end(), '-', ' ');
    for (const std::string& w : splitWords(spaced)) {
        const std::string l = lowerAscii(w);
        if (l == "of" || l == "and" || l == "the" || l == "for" || l == "&") continue;
        initials += static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
    }
    return initials == letters;
}

// The page prints the writers the metadata names and more: "Maya Okafor and Luis Ferrante" over "Maya
// Okafor".
// (Each of the printed names a person's: two to four capitalized words, "Aclu Speech, Privacy and
// Technology Project" after a name is the writer's job.)
bool namesMoreWriters(const std::string& printed, const std::string& declared) {
    const auto people = [](std::string names) {
        for (const char* sep : {" and ", " et ", " e ", " y ", " und "}) {
            for (std::size_t at = names.find(sep); at != std::string::npos; at = names.find(sep)) names.replace(at, std::strlen(sep), ", ");
        }
        std::size_t count = 0;
        std::size_t start = 0;
        while (start <= names.size()) {
            std::size_t comma = names.find(", ", start);
            if (comma == std::string::npos) comma = names.size();
            const std::string piece = names.substr(start, comma - start);
            const std::vector<std::string> words = splitWords(piece);
            start = comma + 2;
            // (A degree or an honour after its comma, "Hyun-woo Park, M.D.", "Jane Doe, PhD", is the name's.)
            if (words.size() == 1 && words.front().size() <= 6 && !std::islower(static_cast<unsigned char>(words.front().back())) &&
                std::count_if(words.front().begin(), words.front().end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }) >= 2) {
                continue;
            }
            // ("Ma. Kristina D. Dela Cruz", "Jose Emmanuel P. Reyes III": a name of initials and particles may run to six words.)
            bool person = words.size() >= 2 && words.size() <= 6;
            for (const std::string& w : words) person = person && std::isupper(static_cast<unsigned char>(w[0]));
            if (!person || looksLikeOrganisation(piece)) return std::size_t{0};
            ++count;
        }
        return count;
    };
    // (The metadata may title the writer the page does not: "Dr. Hyun-woo Park" where it prints "Hyun-woo Park, M.D.".)
    std::string bare = declared;
    for (const char* title : {"Dr. ", "Dr ", "Prof. ", "Prof ", "Professor "}) {
        if (bare.rfind(title, 0) == 0) bare.erase(0, std::strlen(title));
    }
    return !bare.empty() && foldForComparison(printed).find(foldForComparison(bare)) != std::string::npos && people(printed) > people(declared);
}

std::vector<std::string> lowerTokens(const std::string& s) {
    std::vector<std::string> tokens;
    std::string current;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80) {
            current += static_cast<char>(std::tolower(u));
        } else if (!current.empty()) {
            tokens.push_back(current);
            current.clear();
        }
    }
    if (!current.empty()) tokens.push_back(current);
    return tokens;
}

// Share of b's text made of words that also occur in a (Readability's text similarity).
double similarity(const std::string& a, const std::string& b) {
    const std::vector<std::string> ta = lowerTokens(a), tb = lowerTokens(b);
    if (ta.empty() || tb.empty()) return 0;
    std::size_t total = 0, unique = 0;
    for (const std::string& t : tb) {
        total += t.size() + 1;
        if (std::find(ta.begin(), ta.end(), t) == ta.end()) unique += t.size() + 1;
    }
    return 1.0 - static_cast<double>(unique) / static_cast<double>(total);
}

// `documentTitle`: the cleaned <title>, to tell a site name in "name" from the headline.
void readJsonLd(const std::vector<Json>& jsonLd, const std::string& documentTitle, Declared& d) {
    for (const Json& doc : jsonLd) {
        const Json* a = findArticle(doc);
        if (a == nullptr) continue;
        if (d.title.empty()) {
            const std::string name = stringOf(a->value("name", Json()));
            const std::string headline = stringOf(a->value("headline", Json()));
            // Some sites put their own name in "name": then the headline is the one like the page title.
            d.title = name;
            if (name.empty()) {
                d.title = headline;
            } else if (!headline.empty() && name != headline && !documentTitle.empty()) {
                if (similarity(name, documentTitle) <= 0.75 && similarity(headline, documentTitle) > 0.75) {
                    d.title = headline;
                }
            }
        }
        if (d.byline.empty() && a->contains("author")) {
            // The publisher named as its own author ("author": the paper's organisation) is no byline: the
            // visible one, or none, is read.
            const std::string publisher = a->contains("publisher") ? stringOf((*a)["publisher"]) : "";
            const std::string authors = authorsOf((*a)["author"]);
            if (publisher.empty() || lowerUtf8(authors) != lowerUtf8(publisher)) d.byline = authors;
            d.author_is_organisation = organisationsOnly((*a)["author"]);
        }
        if (d.published.empty()) d.published = stringOf(a->value("datePublished", Json()));
        if (d.modified.empty()) d.modified = stringOf(a->value("dateModified", Json()));
        if (d.site.empty() && a->contains("publisher")) d.site = stringOf((*a)["publisher"]);
        if (d.language.empty()) d.language = stringOf(a->value("inLanguage", Json()));
        if (d.image.empty() && a->contains("image")) d.image = stringOf((*a)["image"]);
        // The page's own address: "url", or the page the article is the main entity of ("mainEntityOfPage", an address or
        // an object whose "@id" is one).
        if (d.url.empty() && a->contains("url")) d.url = stringOf((*a)["url"]);
        if (d.url.empty() && a->contains("mainEntityOfPage")) {
            const Json& page = (*a)["mainEntityOfPage"];
            d.url = page.is_object() && page.contains("@id") && page["@id"].is_string() ? page["@id"].get<std::string>() : stringOf(page);
        }
        if (d.body.empty() && a->contains("articleBody") && (*a)["articleBody"].is_string()) {
            d.body = (*a)["articleBody"].get<std::string>();
        }
    }
}

// Microdata of something inside the page, not of the page: an embedded video's "datePublished", an
// author's "name". The nearest itemscope above says what the item is.
bool describesAnotherItem(const GumboNode* meta) {
    for (const GumboNode* p = meta->parent; p != nullptr && p->type == GUMBO_NODE_ELEMENT; p = p->parent) {
        if (gumbo_get_attribute(&p->v.element.attributes, "itemscope") == nullptr) continue;
        const std::string type = lowerAscii(attribute(p, "itemtype"));
        return !type.empty() && type.find("article") == std::string::npos && type.find("posting") == std::string::npos &&
               type.find("webpage") == std::string::npos && type.find("report") == std::string::npos;
    }
    return false;
}

// <meta property|name|itemprop=KEY content=VALUE>, keys lower-cased, first value wins.
std::map<std::string, std::string> metaValues(const GumboNode* root) {
    std::map<std::string, std::string> values;
    for (const GumboNode* meta : elementsByTag(root, GUMBO_TAG_META)) {
        const std::string content = clean(attribute(meta, "content"));
        if (content.empty()) continue;
        const bool otherItem = describesAnotherItem(meta);
        for (const char* attr : {"property", "name", "itemprop"}) {
            if (otherItem && std::string(attr) == "itemprop") continue;
            // property may list several space-separated names: "og:title twitter:title"
            std::string keys = lowerAscii(attribute(meta, attr));
            std::size_t pos = 0;
            while (pos < keys.size()) {
                std::size_t end = keys.find(' ', pos);
                if (end == std::string::npos) end = keys.size();
                if (end > pos) values.emplace(keys.substr(pos, end - pos), content);
                pos = end + 1;
            }
        }
    }
    return values;
}

// The publication's name: the first declared value that is one. A section ("World", "U.S.") or a
// handle set where the site's name belongs is not.
std::string publicationName(std::initializer_list<std::string> candidates) {
    static const char* const kSections[] = {"news", "world", "politics", "business", "sport", "sports", "opinion",
                                            "tech", "technology", "entertainment", "health", "science", "home",
                                            "us", "uk", "local", "national", "international", "latest", "article"};
    for (std::string name : candidates) {
        name = collapseWhitespace(name);
        if (name.empty() || name[0] == '@' || name.rfind("http", 0) == 0) continue;
        const std::string folded = foldForComparison(name);
        bool section = false;
        for (const char* s : kSections) section = section || folded == s;
        // Short capitals or dotted abbreviations ("U.S.", "UK") are places, not publications; unless another
        // of the page's names says the same ("DR" as its og:site_name, its publisher and its title's end).
        const auto agreed = std::count_if(candidates.begin(), candidates.end(),
                                          [&](const std::string& other) { return foldForComparison(collapseWhitespace(other)) == folded; });
        bool shortCaps = name.size() <= 5 && name.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos &&
                         (name.find('.') != std::string::npos || folded.size() <= 2) && agreed < 2;
        // (Nor the platform a blog is hosted on: Blogger's pages name "Blogger" as their publisher.)
        bool platform = false;
        for (const char* p : {"blogger", "blogspot", "wordpress", "wordpress.com", "tumblr", "wix", "squarespace", "webflow"}) {
            platform = platform || folded == p;
        }
        if (section || shortCaps || platform) continue;
        // "Oberschwaben-Echo GmbH & Co. KG", "WarmteNet Utrecht B.V.": the name without the company's legal form.
        for (const char* form : {" GmbH & Co. KG", " GmbH & Co KG", " GmbH", " AG", " KG", " B.V.", " BV", " N.V.", " Pty Ltd", " Pty. Ltd.",
                                 " Ltd.", " Ltd", " Limited", ", Inc.", " Inc.", " Inc", " LLC", " S.A.", " S.p.A.", " S.r.l.", " S.L.", " plc", " PLC",
                                 " ASA", " A/S", " AB", " Oy", " Sp. z o.o."}) {
            const std::size_t n = std::strlen(form);
            if (name.size() > n + 2 && name.compare(name.size() - n, n, form) == 0) {
                name.resize(name.size() - n);
                break;
            }
        }
        // "Yahoo News - Latest News & Headlines": the name without its tagline.
        for (const char* sep : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ", ": "}) {
            const std::size_t at = name.find(sep);
            if (at != std::string::npos && at > 0 && countWords(name.substr(at)) >= 3) name = name.substr(0, at);
        }
        return name;
    }
    return "";
}

std::string first(const std::map<std::string, std::string>& values, std::initializer_list<const char*> keys) {
    for (const char* k : keys) {
        const auto it = values.find(k);
        if (it != values.end() && !it->second.empty()) return it->second;
    }
    return "";
}



// Separators between a headline and a site name in <title>.
const char* const kSeparators[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \\ ", " / ", " > ", " \xC2\xBB "};

// The text of the page's <title> as written (textContent() leaves <title> out on purpose: it is not body
// text).
std::string rawDocumentTitle(const GumboNode* root) {
    for (const GumboNode* t : elementsByTag(root, GUMBO_TAG_TITLE)) {
        std::string text;
        for (unsigned i = 0; i < t->v.element.children.length; ++i) {
            const auto* c = static_cast<const GumboNode*>(t->v.element.children.data[i]);
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE) text += c->v.text.text;
        }
        return collapseWhitespace(text);
    }
    return "";
}

std::string documentTitleOf(const GumboNode* root) {
    std::vector<std::string> headings, h1s;
    for (const GumboNode* h : elementsByTag(root, GUMBO_TAG_H1)) {
        h1s.push_back(textContent(h));
        headings.push_back(h1s.back());
    }
    for (const GumboNode* h : elementsByTag(root, GUMBO_TAG_H2)) headings.push_back(textContent(h));
    if (const std::string text = rawDocumentTitle(root); !text.empty()) {
        std::string title = cleanDocumentTitle(clean(text), headings, h1s);
        // A chain of labels after the headline loses each of them, the site's and its section's: "Council
        // approves budget | Local News | The Daily Courier" (the first goes above; a section of a few words is
        // no headline's part).
        // (A label has no figure: "… | Day 2 highlights" is the headline's own part.)
        for (std::size_t bar = title.rfind(" | "); bar != std::string::npos && countWords(title.substr(bar + 3)) <= 3 &&
                                                   countWords(title.substr(0, bar)) >= 4 &&
                                                   title.find_first_of("0123456789", bar) == std::string::npos;
             bar = title.rfind(" | ")) {
            title.resize(bar);
        }
        if (!title.empty()) return title;
    }
    return h1s.empty() ? "" : h1s.front();
}

// A list of references, of comments or of related stories, named so by a class of its own ("references",
// "comment-list"): the dates in it are theirs. `parts`: a part of a class word counts too, "section-related",
// "related_list" (only for an element after the headline: a wrapper around the story, "layout--with-related",
// holds the story's own date; and not "comments", which "date-and-comments" is part of, the story's date line).
bool isElsewhereList(const GumboNode* n, bool parts) {
    for (const std::string& c : splitWords(lowerAscii(attribute(n, "class")))) {
        for (const char* list : {"references", "reflist", "citation", "footnotes", "comments", "comment-list",
                                 "commentlist", "comments-area", "related", "related-posts"}) {
            if (c == list) return true;
        }
        for (std::size_t from = 0; parts && from < c.size();) {
            const std::size_t end = std::min(c.find_first_of("-_", from), c.size());
            const std::string part = c.substr(from, end - from);
            if (part == "related" || part == "references" || part == "footnotes") return true;
            from = end + 1;
        }
    }
    return false;
}

// A reader's name or date in a comment or a guest book entry: a few levels under the form readers write in.
bool inReadersSection(const GumboNode* n) {
    int levels = 0;
    for (const GumboNode* a = n->parent; isElement(a) && levels < 4 && tagOf(a) != GUMBO_TAG_BODY; a = a->parent, ++levels) {
        if (holdsReaderForm(a)) return true;
    }
    // (Or a comment's own stamp, "<p class="comment-date">July 2, 2023 at 9:12 pm</p>" in "div#comments", where the thread
    // has no form of its own: a reader's time, never the story's. A commentary is the story.)
    levels = 0;
    for (const GumboNode* a = n; isElement(a) && levels < 8 && tagOf(a) != GUMBO_TAG_BODY; a = a->parent, ++levels) {
        // (A class or an id that opens on the word, "comment-date", "comments", "commentlist": not a header's "date-and-comments"
        // line, whose link counts them.)
        // (A British paper's opinion section is "Comment": "commentisfree", "comment-section" hold columns.)
        const std::vector<std::string> names = splitWords(lowerAscii(classAndId(a)));
        // (An opinion page's own box, "article comment", "post comment": the story, not a reader's.)
        if (std::any_of(names.begin(), names.end(), [](const std::string& n) {
                return n == "article" || n == "post" || n == "story" || n == "opinion" || n == "column" || n == "hentry" || n == "entry";
            })) {
            continue;
        }
        for (const std::string& name : names) {
            if (!name.starts_with("comment")) continue;
            std::string rest = name.substr(7);
            if (!rest.empty() && rest[0] == 's') rest.erase(0, 1);
            if (!rest.empty() && (rest[0] == '-' || rest[0] == '_')) rest.erase(0, 1);
            for (const char* part : {"", "date", "meta", "time", "author", "body", "content", "list", "item", "thread", "reply", "area", "respond",
                                     "metadata", "text", "wrapper", "container", "box", "block", "stamp", "timestamp"}) {
                if (rest == part) return true;
            }
            if (!rest.empty() && std::all_of(rest.begin(), rest.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) return true;
        }
    }
    return false;
}

// "June 14, 1938 – February 27, 2025": a life's or an event's span under a name, not when the page was
// published.
bool isDateSpan(const std::string& text) {
    for (const char* dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", "\xE2\x80\x93", " to "}) {
        const std::size_t at = text.find(dash);
        if (at == std::string::npos) continue;
        if (parseDate(text.substr(0, at)) && parseDate(text.substr(at + std::strlen(dash)))) return true;
    }
    return false;
}

// The first date shown in an element that is there to show it: <time>, or a short element whose class
// or id says date, time, published, posted, timestamp or dateline.
const GumboNode* headlineElement(const GumboNode* root, const std::string& title);

// The words that label a date as an update's, "Updated", "Actualizado", "Mis à jour".
constexpr std::string_view kUpdateLabels[] = {"updated", "modified", "aktualisiert", "actualizado", "actualis", "mis \xC3\xA0 jour",
                                              "atualizado", "aggiornato", "bijgewerkt", "oppdatert", "uppdaterad", "opdateret"};

// `from`: where the headline starts; a date element after it is looked for first, for one before it may
// be today's in a masthead that names itself in no known way ("Vrijdag 13 februari 2026" in a "kop").
std::optional<DateTime> visibleDateFrom(const GumboNode* root, const std::string& language, unsigned from) {
    std::optional<DateTime> found;
    walkElements(root, [&](const GumboNode* n, int) {
        if (found) return false;
        if (n->v.element.end_pos.offset < from) return false;
        const GumboTag tag = tagOf(n);
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_HEAD || isHidden(n)) return false;
        const std::string hints = classAndId(n) + " " + lowerAscii(attribute(n, "itemprop"));
        // A source's date in a reference list ("Retrieved 2016-05-01"), a comment's or a teaser's is not
        // the page's.
        if (tag == GUMBO_TAG_CITE || hints.find("accessdate") != std::string::npos ||
            isElsewhereList(n, from > 0 && n->v.element.start_pos.offset > from)) {
            return false;
        }
        // Nor is today's date in the site's masthead ("Sunday, March 23, 2025" in its top bar), nor the day a print version was
        // made ("<span class="print-date">Printed on Thursday, December 19, 2024</span>").
        for (const char* bar : {"header-top", "top-bar", "topbar", "masthead", "site-header", "top-menu", "print-date", "printdate", "printed"}) {
            if (hints.find(bar) != std::string::npos) return false;
        }
        // (The word for a date in the page's language too: "datum", "fecha", "data", "datumtijd".)
        // (And the line under a headline that holds the date with its byline, "article__meta", "post-meta",
        // "lb-byline": only right under the headline, not a teaser's card, a comment's or the footer's, and
        // not where it gives an update.)
        bool metaLine = from > 0 && n->v.element.start_pos.offset - from < 4000 &&
                        (hints.find("meta") != std::string::npos || hints.find("byline") != std::string::npos);
        for (const char* elsewhere : {"comment", "card", "footer", "widget", "related", "teaser", "more", "sidebar", "promo"}) {
            metaLine = metaLine && hints.find(elsewhere) == std::string::npos;
        }
        const bool dateWord = hasClassWord(hints, {"data", "datum", "fecha", "datumtijd", "datas", "fechas"}) || metaLine;
        const bool dateElement = tag == GUMBO_TAG_TIME ||
                                 ((dateWord || hints.find("date") != std::string::npos || hints.find("time") != std::string::npos ||
                                   hints.find("publish") != std::string::npos || hints.find("posted") != std::string::npos ||
                                   hints.find("dateline") != std::string::npos) &&
                                  hints.find("update") == std::string::npos && hints.find("modif") == std::string::npos);
        // (Or one whose label for screen readers gives the publication's date, whatever its class: "<div class="gnt_ar_dt"
        // aria-label="Published: 7:47 PM EST November 17, 2024 Updated: …">".)
        std::string label = collapseWhitespace(attribute(n, "aria-label"));
        if (const std::string lowerLabel = lowerAscii(label); lowerLabel.rfind("published", 0) == 0) {
            label = label.substr(0, lowerLabel.find(" updated") == std::string::npos ? label.size() : lowerLabel.find(" updated"));
            if (auto when = parseDate(label, language); when && when->year > 0) {
                found = when;
                return false;
            }
        }
        if (!dateElement) return true;
        const std::string text = textContent(n);
        if (text.empty() || text.size() > 120) return true;
        if (isDateSpan(text) || inReadersSection(n)) return false;
        // (Nor a date the element itself says is an update's, "<time>Actualizado Domingo, 5 octubre 2025 - 00:41</time>", unless it
        // gives the publication's after it, "Updated Mar 5 · Published Mar 3".)
        if (const std::string said = lowerUtf8(collapseWhitespace(text));
            (startsWithAnyOf(said, {"update:", "last updated"}) ||
             std::any_of(std::begin(kUpdateLabels), std::end(kUpdateLabels), [&](std::string_view label) { return said.starts_with(label); })) &&
            !containsAnyOf(said, {"published", "posted", "publicado", "ver\xC3\xB6" "ffentlicht", "publi\xC3\xA9", "pubblicato", "gepubliceerd",
                                  "publicerad", "publiceret", "publisert"})) {
            return true;
        }
        // (A line that also gives the update's date says two dates: the element named for the date, or the
        // metadata, tell which is the story's.)
        if (metaLine && !hasClassWord(hints, {"data", "datum", "fecha", "datumtijd", "datas", "fechas"}) && hints.find("date") == std::string::npos) {
            const std::string lower = lowerUtf8(text);
            for (std::string_view update : kUpdateLabels) {
                if (lower.find(update) != std::string::npos) return true;
            }
            for (const char* update : {"update",
                                       // (nor another story's date: "Related: Bridge costs soar – 12 January 2024")
                                       "related", "see also", "read more", "read also", "lesen sie", "lire aussi", "leia tamb", "lee tamb"}) {
                if (lower.find(update) != std::string::npos) return true;
            }
        }
        found = parseDate(text, language);
        return !found;
    });
    return found;
}

std::optional<DateTime> visibleDate(const GumboNode* root, const std::string& language, const std::string& title) {
    const GumboNode* headline = headlineElement(root, title);
    if (headline != nullptr) {
        if (auto below = visibleDateFrom(root, language, headline->v.element.start_pos.offset)) return below;
    }
    return visibleDateFrom(root, language, 0);
}

// `later` falls on the calendar day after `earlier`.
bool dayAfter(const DateTime& earlier, const DateTime& later) {
    DateTime a = earlier, b = later;
    a.hour = b.hour = 12;
    a.minute = b.minute = 0;
    a.utc_offset_minutes = b.utc_offset_minutes = 0;
    return b.instantMinutes().value_or(0) - a.instantMinutes().value_or(0) == 1440;
}

std::optional<DateTime> dateInAddress(const std::string& url) {
    // "/2015/03/18/": year, month and day as path segments.
    for (std::size_t at = url.find('/'); at != std::string::npos && at + 11 < url.size(); at = url.find('/', at + 1)) {
        const std::string part = url.substr(at, 12);
        if (part[5] != '/' || part[8] != '/' || part[11] != '/') continue;
        if (part.substr(1, 4).find_first_not_of("0123456789") != std::string::npos ||
            part.substr(6, 2).find_first_not_of("0123456789") != std::string::npos ||
            part.substr(9, 2).find_first_not_of("0123456789") != std::string::npos) {
            continue;
        }
        if (auto d = parseDate(part.substr(1, 10))) return d;
    }
    return std::nullopt;
}

}  // namespace

std::string cleanDocumentTitle(const std::string& original, const std::vector<std::string>& headings,
                               const std::vector<std::string>& h1s) {
    std::string title = original;
    bool hierarchical = false;
    std::size_t lastSep = std::string::npos, firstSep = std::string::npos, firstLen = 0;
    for (const char* sep : kSeparators) {
        const std::size_t at = original.rfind(sep);
        const std::size_t at1 = original.find(sep);
        if (at != std::string::npos && (lastSep == std::string::npos || at > lastSep)) {
            lastSep = at;
            hierarchical = std::string(sep) == " \\ " || std::string(sep) == " / " || std::string(sep) == " > " ||
                           std::string(sep) == " \xC2\xBB ";
        }
        if (at1 != std::string::npos && (firstSep == std::string::npos || at1 < firstSep)) {
            firstSep = at1;
            firstLen = std::string(sep).size();
        }
    }
    if (lastSep != std::string::npos) {
        title = original.substr(0, lastSep);
        if (countWords(title) < 3) title = original.substr(firstSep + firstLen);
    } else if (original.find(": ") != std::string::npos) {
        bool matchesHeading = false;
        for (const std::string& h : headings) matchesHeading = matchesHeading || h == original;
        if (!matchesHeading) {
            title = original.substr(original.rfind(':') + 1);
            if (countWords(title) < 3) {
                title = original.substr(original.find(':') + 1);
            } else if (countWords(original.substr(0, original.find(':'))) > 5) {
                title = original;
            }
        }
    } else if ((original.size() > 150 || original.size() < 15) && h1s.size() == 1) {
        title = h1s.front();
    }
    title = collapseWhitespace(title);
    const std::size_t words = countWords(title);
    if (words <= 4) {
        std::string stripped;
        for (char c : original) {
            if (c != '|' && c != '-' && c != '\\' && c != '/' && c != '>') stripped += c;
        }
        if (!hierarchical || words != countWords(stripped) - 1) title = collapseWhitespace(original);
    }
    return title;
}

namespace {

// The headline's element: the h1 whose text is the title (a logo may be the page's first h1), else the
// first h1; null when there is none.
const GumboNode* headlineElement(const GumboNode* root, const std::string& title) {
    const std::vector<const GumboNode*> h1s = elementsByTag(root, GUMBO_TAG_H1);
    const std::string wanted = foldForComparison(title);
    for (const GumboNode* h : h1s) {
        const std::string text = foldForComparison(textContent(h));
        if (!text.empty() && !wanted.empty() && (wanted.find(text) != std::string::npos || text.find(wanted) != std::string::npos) &&
            text.size() * 2 >= wanted.size()) {
            return h;
        }
    }
    return h1s.empty() ? nullptr : h1s.front();
}

// The words of a title, lower-cased, of three bytes or more ("news", "siberia").
std::set<std::string> titleWords(const std::string& title) {
    std::set<std::string> words;
    std::string word;
    for (char c : lowerUtf8(title) + " ") {
        if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
            word += c;
        } else {
            if (word.size() >= 3) words.insert(word);
            word.clear();
        }
    }
    return words;
}

// A meta title that shares no word with the page's own <title>, where that <title> is the headline over
// the story (an h1 says it), names the site, not the story: "Yahoo News - Latest News & Headlines" on
// every page of a site.
bool isSiteWideTitle(const GumboNode* root, const std::string& meta, const std::string& document) {
    if (meta.empty() || document.empty()) return false;
    const std::set<std::string> a = titleWords(meta), b = titleWords(document);
    if (a.empty() || b.empty()) return false;
    for (const std::string& w : a) {
        if (b.count(w) != 0) return false;
    }
    // The h1 must read as a headline, four words at least: a logo's h1 names the site, as a <title> of
    // the site's name alone does.
    const std::string wanted = foldForComparison(document);
    for (const GumboNode* h : elementsByTag(root, GUMBO_TAG_H1)) {
        const std::string text = textContent(h);
        const std::string folded = foldForComparison(text);
        if (!folded.empty() && wanted.find(folded) != std::string::npos && folded.size() * 2 >= wanted.size() &&
            countWords(text) >= 4) {
            return true;
        }
    }
    return false;
}

// The headline the page prints over the story, when it says the same story in other words than the title
// declared for search engines and social networks ("E-buses: Kigali to add 200 vehicles, fares up on 3
// routes" declared, "Kigali to add 200 electric buses as fares rise on three routes" printed): the
// listener hears what a reader sees. The page's first h1 that reads as a headline, outside the page's header, navigation and
// footer (a logo's h1 names the site), sharing a word with the declared title or the page's <title>.
std::string printedHeadline(const GumboNode* root, const std::string& declared, const std::string& document) {
    static const char* const kOverlayHints[] = {"consent", "cookie", "gdpr", "modal", "dialog", "popup", "newsletter", "paywall"};
    const std::set<std::string> declaredWords = titleWords(declared), documentWords = titleWords(document);
    for (const GumboNode* h : elementsByTag(root, GUMBO_TAG_H1)) {
        bool chrome = false;
        // (Nor in a dialog over the page: "Lagos Ledger asks for your consent to use your personal data to:".)
        for (const GumboNode* a = h; a != nullptr && a->type == GUMBO_NODE_ELEMENT && !chrome; a = a->parent) {
            const GumboTag tag = a->v.element.tag;
            const std::string hints = classAndId(a);
            chrome = tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_ASIDE ||
                     (tag == GUMBO_TAG_HEADER && !hasAncestor(a, GUMBO_TAG_ARTICLE, 64) && !hasAncestor(a, GUMBO_TAG_MAIN, 64)) ||
                     attribute(a, "role") == "dialog" || attribute(a, "aria-modal") == "true" ||
                     std::any_of(std::begin(kOverlayHints), std::end(kOverlayHints),
                                 [&](const char* hint) { return hints.find(hint) != std::string::npos; }) ||
                     (a == h && (hints.find("logo") != std::string::npos || hints.find("site-title") != std::string::npos ||
                                 hints.find("brand") != std::string::npos));
        }
        const std::string text = collapseWhitespace(textContent(h));
        if (chrome || text.empty() || text.back() == ':') continue;
        const std::size_t words = countWords(text);
        if (words > 40 || (words < 4 && text.size() < 24)) continue;
        for (const std::string& w : titleWords(text)) {
            if (declaredWords.count(w) != 0 || documentWords.count(w) != 0) return text;
        }
        return {};  // the page's headline is about something else: a section's name, another story
    }
    return {};
}

// A link to a writer's own page ("/author/jane-doe", "/profile/lucia/profile").
bool linksToAWritersPage(const GumboNode* n) {
    const std::string href = lowerAscii(attribute(n, "href"));
    for (const char* path : {"/author/", "/authors/", "/profile/", "/people/", "/autor/", "/autores/", "/auteur/", "/autore/",
                             "/journalist/", "/journalists/", "/staff/", "/writers/", "/writer/"}) {
        if (href.find(path) != std::string::npos) return true;
    }
    return false;
}

// "By <a href=/author/a>Hyun-woo Park, M.D.</a> and <a href=/author/b>Eleanor McBride</a> July 24, 2025": each writer's own
// link in one line; all of them, "Hyun-woo Park, M.D. and Eleanor McBride", or "" where the line links one writer only.
std::string writersLinkedBeside(const GumboNode* link) {
    if (!isElement(link->parent)) return "";
    std::vector<std::string> names;
    std::set<std::string> pages;  // (a second link to the same writer's page, "More stories by Jane", names nobody new)
    const GumboVector& children = link->parent->v.element.children;
    for (unsigned k = 0; k < children.length; ++k) {
        const auto* c = static_cast<const GumboNode*>(children.data[k]);
        if (isElement(c) && tagOf(c) == GUMBO_TAG_A && linksToAWritersPage(c) && pages.insert(lowerAscii(attribute(c, "href"))).second) {
            if (const std::string name = collapseWhitespace(textContent(c)); !name.empty() && countWords(name) <= 5) names.push_back(name);
        }
    }
    if (names.size() < 2) return "";
    std::string joined;
    for (std::size_t k = 0; k < names.size(); ++k) joined += (k == 0 ? "" : k + 1 == names.size() ? " and " : ", ") + names[k];
    return joined;
}

// A surname's second part after its hyphen, "Haas" of "Quintero-Haas": a capital, then small letters, and no agency's, desk's,
// month's or label's word ("Quintero-AP", "Lee-Reuters", "Lee-Staff", "Lee-Updated", "Lee-Jan" are a page's run-ons).
static bool isSurnamePart(const std::string& part) {
    if (part.size() < 2 || !std::isupper(static_cast<unsigned char>(part[0])) ||
        !std::all_of(part.begin() + 1, part.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; })) {
        return false;
    }
    const std::string lower = lowerUtf8(part);
    return !isNewsAgency(part) && monthFromName(part) == 0 && weekdayFromName(lower) < 0 && !isDeskName(part) &&
           lower != "staff" && lower != "updated" && lower != "published" && lower != "posted" && lower != "editor" && lower != "reporter" &&
           lower != "writer" && lower != "correspondent" && lower != "news" && lower != "wire" && lower != "desk";
}

// A visible byline: rel=author, itemprop=author, or a short element whose class says so, after `from`
// (the headline, since teasers above it carry bylines of their own). The author's own link (rel or itemprop
// "author") wins over a class that merely says byline, and a byline in a list item belongs to a teaser
// of another story ("most read") unless no other names anybody. `ownOnly`: the author's own links alone.
// Whether `n` is inside one of a live blog's entries: an element classed as a live blog's, beside another of the same class.
bool inLiveBlogEntry(const GumboNode* n) {
    for (const GumboNode* a = n->parent; isElement(a) && tagOf(a) != GUMBO_TAG_BODY; a = a->parent) {
        const std::string cls = lowerAscii(attribute(a, "class"));
        if (cls.empty() || !containsAnyOf(cls, {"liveblog", "live-blog", "live_blog", "live-update", "live-entry", "live-post"}) ||
            !isElement(a->parent)) {
            continue;
        }
        int same = 0;
        const GumboVector& siblings = a->parent->v.element.children;
        for (unsigned k = 0; k < siblings.length && same < 2; ++k) {
            const auto* c = static_cast<const GumboNode*>(siblings.data[k]);
            if (isElement(c) && lowerAscii(attribute(c, "class")) == cls) ++same;
        }
        if (same >= 2) return true;
    }
    return false;
}

std::string visibleBylineFrom(const GumboNode* root, unsigned from, bool ownOnly) {
    std::string best;
    int bestRank = -1;
    walkElements(root, [&](const GumboNode* n, int) {
        if (bestRank == 3) return false;
        if (n->v.element.start_pos.offset < from && n->v.element.end_pos.offset < from) return false;
        const std::string rel = lowerAscii(attribute(n, "rel"));
        const std::string itemprop = lowerAscii(attribute(n, "itemprop"));
        // Components named in data attributes count as classes do ("data-component=byline-block").
        std::string hints = classAndId(n) + " " + lowerAscii(attribute(n, "data-component")) + " " +
                            lowerAscii(attribute(n, "data-testid"));
        for (char& c : hints) {
            if (c == '-' || c == '_') c = ' ';
        }
        // A link to the writer's own page ("/author/jane-doe", "/profile/lucia/profile") names the writer.
        bool authorLink = false;
        if (tagOf(n) == GUMBO_TAG_A) {
            authorLink = linksToAWritersPage(n);
            // (A link alone in its line, perhaps after "By": one in a sentence or a citation is no byline.)
            const std::size_t words = countWords(textContent(n));
            // (Or in a line that opens on "By", "Written by …", a date after it: "Written by Emily Tran on March 30, 2026".)
            const std::string line = isElement(n->parent) ? lowerAscii(collapseWhitespace(textContent(n->parent))) : "";
            const bool opened = line.rfind("by ", 0) == 0 || line.rfind("written by ", 0) == 0 || line.rfind("words by ", 0) == 0;
            authorLink = authorLink && words <= 4 && isElement(n->parent) && countWords(line) <= words + (opened ? 8 : 2);
            // (Nor one among links to a topic's or a section's pages with no "By" before it, a tags box: "/people/marcus-delaney/"
            // beside "/categories/lawsuits/" names the story's subject.)
            if (authorLink && !opened) {
                for (const GumboNode* a : elementsByTag(n->parent, GUMBO_TAG_A)) {
                    const std::string other = lowerAscii(attribute(a, "href"));
                    if (a != n && containsAnyOf(other, {"/categories/", "/category/", "/tag/", "/tags/", "/topic/", "/topics/"})) authorLink = false;
                }
            }
            // (Not the editor's or the photographer's own page, "Edited by: Chandrashekar Srinivasan" over an agency's story: they
            // did not write it.)
            if (startsWithAnyOf(line, {"edited by", "editor:", "editing by", "reviewed by", "fact-checked by", "fact checked by", "photos by",
                                       "photo by", "photographs by", "produced by", "curated by", "translated by"})) {
                return true;
            }
        }
        // (Drupal's "submitted" line names its writer by RDFa: "<span property="foaf:name">Njeri Wambui</span>".)
        const bool rdfaName = lowerAscii(attribute(n, "property")).find("foaf:name") != std::string::npos && isElement(n->parent) &&
                              classAndId(n->parent).find("submitted") != std::string::npos;
        const bool own = rel == "author" || itemprop.find("author") != std::string::npos || authorLink || rdfaName;
        const std::string spaced = " " + hints + " ";
        const auto word = [&](const char* w) { return spaced.find(w) != std::string::npos; };
        const bool looks = own || hints.find("byline") != std::string::npos || hints.find("writtenby") != std::string::npos ||
                           hints.find("contributor name") != std::string::npos ||
                           hints.find("contributorname") != std::string::npos ||
                           ((word(" author ") || word(" authors ") || word(" auteurs ") || word(" autores ") || word(" autori ") ||
                             word(" auteur ") || word(" autor ") || word(" autore ") ||
                             // (Italian's and Spanish's signature line: "<div class="firma">di Lorenzo De Santis e Chiara Fabbri".)
                             word(" firma ") || word(" firme ")) &&
                            hints.find("bio") == std::string::npos && hints.find("about") == std::string::npos) ||
                           word(" author name ");
        if (!looks || (ownOnly && !own) || isHidden(n) || inReadersSection(n)) return true;
        // The signature of a reader's comment or a guest book entry names a reader, not the writer.
        bool readers = false;
        for (const GumboNode* a = n->parent; isElement(a) && !readers && tagOf(a) != GUMBO_TAG_BODY; a = a->parent) {
            const std::string around = classAndId(a);
            readers = around.find("comment") != std::string::npos || around.find("guestbook") != std::string::npos ||
                      around.find("guest-book") != std::string::npos || around.find("condolence") != std::string::npos ||
                      around.find("reply") != std::string::npos || around.find("replies") != std::string::npos ||
                      around.find("testimonial") != std::string::npos || around.find("review-list") != std::string::npos;
        }
        if (readers) return false;
        // (Nor an entry's writer in a live blog, one of its entries side by side: the page's is in its header, "By ToI Staff",
        // where the first entry is Jacob Magid's.)
        if (inLiveBlogEntry(n)) return false;
        // (Nor a letters page's signatures: the same element after each letter, "<p class="author">Dr. Klaus Berger, Freising</p>",
        // two of them at least, each after its own letter's prose, this one too. A story's co-authors named together at its
        // foot are its byline, and so is a digest's first story signed under its headline, "By Nathan Willis", whatever signs
        // the stories after it.)
        if (isElement(n->parent) && !own) {
            const std::string cls = attribute(n, "class");
            int signedAfterProse = 0;
            bool prose = false, thisAfterProse = false;
            const GumboVector& siblings = n->parent->v.element.children;
            for (unsigned k = 0; k < siblings.length; ++k) {
                const auto* c = static_cast<const GumboNode*>(siblings.data[k]);
                if (!isElement(c)) continue;
                if (tagOf(c) == tagOf(n) && attribute(c, "class") == cls) {
                    signedAfterProse += prose ? 1 : 0;
                    thisAfterProse = thisAfterProse || (c == n && prose);
                    prose = false;
                } else if (tagOf(c) == GUMBO_TAG_P && countWords(textContent(c)) >= 15) {
                    prose = true;
                }
            }
            if (signedAfterProse >= 2 && thisAfterProse && !cls.empty()) return true;
        }
        // (Nor a photographer's credit that a template classes as a byline inside a picture's caption: "Gazette file photo".)
        bool caption = false;
        for (const GumboNode* a = n->parent; isElement(a) && !caption && tagOf(a) != GUMBO_TAG_BODY; a = a->parent) {
            const std::string around = classAndId(a);
            // (A class named "caption" beside a picture only: the Independent's "ul.caption.meta" holds the byline itself.)
            caption = tagOf(a) == GUMBO_TAG_FIGCAPTION || tagOf(a) == GUMBO_TAG_FIGURE ||
                      (around.find("caption") != std::string::npos && around.find("meta") == std::string::npos && isElement(a->parent) &&
                       !elementsByTag(a->parent, GUMBO_TAG_IMG).empty());
        }
        if (caption) return true;
        // (Without the words set for screen readers alone: phpBB's "<span class="sr-only">Post</span>by <a>Sugar Loaf Halt</a>".)
        std::string text = textContent(n, [](const GumboNode* e) {
            const std::string c = classAndId(e);
            return c.find("sr-only") != std::string::npos || c.find("visually-hidden") != std::string::npos || c.find("screen-reader") != std::string::npos;
        });
        // A byline block of lines (the name, then a job title, then a date): the name is its first line.
        std::vector<std::string> lines;
        const GumboVector& children = n->v.element.children;
        for (unsigned k = 0; k < children.length; ++k) {
            const auto* c = static_cast<const GumboNode*>(children.data[k]);
            // (Or spans set one under the other: "<span>By Phil McNulty</span><span>Chief football writer at Emirates Stadium</span>".)
            // (Spans only where the first opens on "By": a name's span beside a date's is read whole, its date kept.)
            const bool spanLine = tagOf(c) == GUMBO_TAG_SPAN && lowerAscii(collapseWhitespace(textContent(n))).rfind("by ", 0) == 0;
            if (isElement(c) && (tagOf(c) == GUMBO_TAG_DIV || tagOf(c) == GUMBO_TAG_P || spanLine) && !textContent(c).empty()) {
                lines.push_back(textContent(c));
            }
        }
        if (lines.size() >= 2 && text.size() < 160 && countWords(lines.front()) <= 6 &&
            !cleanByline(lines.front(), "").names.empty()) {
            text = lines.front();
        }
        if (text.empty() || text.size() >= 100 || isBoilerplate(text)) return true;
        // (An author's box that tells who they are in a sentence, "Andrea Fontana Giornalista, si occupa di mercati
        // per Radiocor e Il Sole 24 Ore.", is a bio, no byline.)
        if (const std::string line = collapseWhitespace(text); line.ends_with(".") && countWords(line) > 8 &&
                                                                 !startsWithAnyOf(lowerUtf8(line), {"by ", "por ", "par ", "di ", "von ", "door ", "av ", "af "})) {
            return true;
        }
        // One that names somebody: a teaser's initials or a "Sign in" link do not.
        if (cleanByline(text, "").names.empty()) return true;
        // The element that holds the name alone beats the block around it with a job title and a date.
        // ("by Maya Okafor and Luis Ferrante" holds names alone too: its words are the names' and an opening.)
        const int rank = (hasAncestor(n, GUMBO_TAG_LI, kMaxHtmlDepth) ? 0 : 2) +
                         (own || countWords(text) <= 5 || countWords(text) <= countWords(cleanByline(text, "").names) + 1 ? 1 : 0);
        if (rank > bestRank) {
            bestRank = rank;
            best = collapseWhitespace(text);
            // (The writers' own links side by side are the byline whole, not its first name.)
            if (tagOf(n) == GUMBO_TAG_A && own) {
                if (const std::string all = writersLinkedBeside(n); !all.empty()) best = all;
            }
        }
        return true;  // the author's own link inside a "byline" element is better still
    });
    return best;
}

std::string visibleByline(const GumboNode* root, const std::string& title) {
    const GumboNode* headline = headlineElement(root, title);
    unsigned from = headline == nullptr ? 0 : headline->v.element.start_pos.offset;
    // (Some set the byline above the headline, in the header they share: from the start of that header.)
    if (headline != nullptr && isElement(headline->parent) && tagOf(headline->parent) != GUMBO_TAG_BODY &&
        tagOf(headline->parent) != GUMBO_TAG_HTML) {
        from = headline->parent->v.element.start_pos.offset;
    }
    std::string shown = visibleBylineFrom(root, from, false);
    // A post's header that sets the writer's own link in a block of its own over the headline's (Wix's
    // "post-metadata" over its "post-title"): from a few levels up, the author's own links alone.
    const GumboNode* header = headline == nullptr ? nullptr : headline->parent;
    for (int up = 0; shown.empty() && header != nullptr && up < 3; ++up) {
        if (!isElement(header->parent) || tagOf(header->parent) == GUMBO_TAG_BODY || tagOf(header->parent) == GUMBO_TAG_HTML) break;
        header = header->parent;
        shown = visibleBylineFrom(root, header->v.element.start_pos.offset, true);
    }
    return shown;
}

// "The Prairie Gazette Online - County voters back new jail levy": a site that sets its name first. The
// side the page prints on its own as a headline (a heading, or bold or large type) is the headline.
std::string printedSide(const GumboNode* root, const std::string& title) {
    std::size_t at = std::string::npos, width = 0;
    for (const char* sep : kSeparators) {
        const std::size_t found = title.find(sep);
        if (found != std::string::npos && (at == std::string::npos || found < at)) {
            at = found;
            width = std::strlen(sep);
        }
    }
    if (at == std::string::npos || title.find(" ", at + width) == std::string::npos) return title;
    const std::string left = foldForComparison(title.substr(0, at)), right = foldForComparison(title.substr(at + width));
    bool leftPrinted = false, rightPrinted = false;
    walkElements(root, [&](const GumboNode* e, int) {
        const GumboTag tag = tagOf(e);
        if (tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) return false;
        if (tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG || tag == GUMBO_TAG_FONT || (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H4)) {
            const std::string text = foldForComparison(textContent(e));
            leftPrinted = leftPrinted || (!left.empty() && text == left);
            rightPrinted = rightPrinted || (!right.empty() && text == right);
        }
        return true;
    });
    // (A headline runs longer than a site's name: a name printed in bold in a footer does not win.)
    const std::size_t rightWords = countWords(title.substr(at + width));
    if (rightPrinted && !leftPrinted && rightWords >= 3 && rightWords > countWords(title.substr(0, at))) {
        return collapseWhitespace(title.substr(at + width));
    }
    return title;
}

}  // namespace

std::string readHtmlMetadata(const GumboNode* root, const std::vector<Json>& jsonLd, Article& article) {
    Declared d;
    const std::string documentTitle = documentTitleOf(root);
    readJsonLd(jsonLd, documentTitle, d);
    const auto values = metaValues(root);

    std::string title = d.title;
    if (title.empty()) {
        title = first(values, {"dc:title", "dc.title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
                               "title", "twitter:title", "parsely-title"});
    }
    if (title.empty() || isSiteWideTitle(root, title, documentTitle)) title = documentTitle;
    // (A document saved as a web page by Microsoft Word: its <title> is the file's name, "School budget story FINAL v3"; the
    // paragraph set in its Title style, "<p class=MsoTitle>", is the headline.)
    // (And a Google Docs export's paragraph in its Title style, "<p class="c2 title">", its style classes beside it, where the
    // page prints no h1 and it is the first paragraph: a teaser's or a job title's "<p class="title">" is none.)
    if (d.title.empty() && title == documentTitle) {
        const bool noH1 = elementsByTag(root, GUMBO_TAG_H1).empty();
        bool firstParagraph = true;
        walkElements(root, [&](const GumboNode* n, int) {
            const std::string classes = attribute(n, "class");
            const bool styled = classes.size() >= 2 && classes[0] == 'c' && std::isdigit(static_cast<unsigned char>(classes[1]));
            const bool docsTitle = noH1 && firstParagraph && tagOf(n) == GUMBO_TAG_P && styled && hasClassWord(classes, {"title"});
            if (tagOf(n) == GUMBO_TAG_P && !collapseWhitespace(textContent(n)).empty()) firstParagraph = false;
            if (hasClassWord(classes, {"MsoTitle"}) || docsTitle) {
                if (const std::string text = collapseWhitespace(textContent(n)); countWords(text) >= 3) title = text;
                return false;
            }
            return true;
        });
    }
    article.title = printedSide(root, title);
    // (The page's h1s, looked for once, for this and what follows.)
    const std::vector<const GumboNode*> h1s = elementsByTag(root, GUMBO_TAG_H1);
    // "The Prairie Brief: Saskatoon's $1.2B transit bet" over the h1 "Saskatoon council approves $1.2B bus rapid transit plan
    // in 7–4 vote": an email's subject, its newsletter's name before a colon, where the page declares no title of its own; the
    // one headline it prints, which shares the subject's words, is the story's.
    if (const std::size_t colon = article.title.find(": "); d.title.empty() && first(values, {"og:title", "twitter:title"}).empty() &&
                                                           colon != std::string::npos && article.title == documentTitle) {
        const std::string name = article.title.substr(0, colon), subject = article.title.substr(colon + 2);
        const std::string printed = h1s.size() == 1 ? collapseWhitespace(textContent(h1s.front())) : "";
        if (countWords(name) <= 4 && allWordsCapitalized(name) && countWords(printed) >= 5 && countWords(printed) <= 30 &&
            similarity(printed, subject) >= 0.3 && foldForComparison(printed).find(foldForComparison(subject)) == std::string::npos) {
            article.title = printed;
        }
    }
    // A label for every page of its kind ("Match Report", "News Post") is no headline: the printed one, which
    // the page's <title> also gives, is.
    std::size_t labelEnd = article.title.size();
    for (const char* sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xE2\x80\xA2 "}) labelEnd = std::min(labelEnd, article.title.find(sep));
    // (The page's first h1 only, for this and the next.)
    const std::string printed = h1s.empty() ? std::string() : collapseWhitespace(textContent(h1s.front()));
    if (!h1s.empty() && countWords(article.title.substr(0, labelEnd)) <= 2 && countWords(printed) >= 4 && countWords(printed) <= 40 &&
        foldForComparison(documentTitle).find(foldForComparison(printed)) != std::string::npos) {
        article.title = printed;
    }
    // The headline the page prints may say more than the one it gives search engines and social networks,
    // which is cut to fit: "…, les commerçants inquiets" after the same words. The printed one is read.
    if (!h1s.empty()) {
        const std::string shortKey = foldForComparison(article.title), longKey = foldForComparison(printed);
        if (shortKey.size() >= 12 && longKey.size() > shortKey.size() && longKey.size() <= shortKey.size() * 2 &&
            longKey.rfind(shortKey, 0) == 0 && countWords(printed) <= 40) {
            article.title = printed;
        }
        // Or it says the same story in more words, the declared one an SEO title cut short ("CWCM Q1 output up
        // 18%" for "CWCM copper output jumps 18% in first quarter"): most of the declared title's text is
        // in the printed one, which runs longer. (Only a title set for social networks: a page's <title> alone
        // may be the headline its h1 words another way.)
        // (Its site's name after it, "… | Mining Weekly", as some set it. And only an h1 of words: one that holds
        // a kicker or a time in its own elements, "<span>Business</span> … <time>", says more than its headline.)
        const std::string social = first(values, {"og:title", "twitter:title"});
        bool wordsOnly = true;
        walkElements(h1s.front(), [&](const GumboNode* e, int depth) {
            if (depth == 0) return true;
            const GumboTag tag = tagOf(e);
            const std::string names = classAndId(e);
            bool label = tag == GUMBO_TAG_TIME || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_P || tag == GUMBO_TAG_SMALL;
            for (const char* word : {"kicker", "label", "sub", "eyebrow", "overline", "section", "categ", "tag", "date", "time", "rubri"}) {
                label = label || names.find(word) != std::string::npos;
            }
            // (A span around the words, as site builders set one, "<span class="post-title">", is still words.)
            wordsOnly = wordsOnly && (!label || (tag == GUMBO_TAG_SPAN && names.find("title") != std::string::npos));
            return true;
        });
        if (!social.empty() && wordsOnly && foldForComparison(social).rfind(shortKey, 0) == 0 && longKey.size() > shortKey.size() && longKey.size() <= shortKey.size() * 3 && countWords(printed) >= 4 &&
            countWords(printed) <= 40 && similarity(printed, article.title) >= 0.5 && h1s.size() == 1) {
            article.title = printed;
        }
    }
    // (A page with no h1, its headline in another element: the title for social networks, where it says the declared one's words
    // and more, and the page's <title> says the same: "서울 아파트 … 돌파…1년 새 8.3% 올라" for JSON-LD's "서울 아파트 … 돌파".)
    if (h1s.empty()) {
        const std::string social = collapseWhitespace(first(values, {"og:title", "twitter:title"}));
        const std::string shortKey = foldForComparison(article.title), socialKey = foldForComparison(social);
        // (Only more of the headline's words: a site's or a section's name or a label after a separator, "| The Courier", "—
        // Opinion", "(VIDEO)", is none.)
        const std::string declared = collapseWhitespace(article.title);
        const std::string more = social.rfind(declared, 0) == 0 ? social.substr(declared.size()) : "";
        const bool label = more.find('|') != std::string::npos || more.find(" - ") != std::string::npos || more.find('(') != std::string::npos ||
                           more.find('[') != std::string::npos || more.find(" \xE2\x80\x94") != std::string::npos ||
                           more.find(" \xE2\x80\x93") != std::string::npos || more.find(": ") != std::string::npos;
        if (shortKey.size() >= 12 && socialKey.size() > shortKey.size() && socialKey.size() <= shortKey.size() * 2 && !more.empty() && !label &&
            socialKey.rfind(shortKey, 0) == 0 && foldForComparison(documentTitle).find(socialKey) != std::string::npos) {
            article.title = social;
        }
    }
    // "Deutsche Bahn: Konzern macht … Verlust": a headline printed under its subject's kicker, which the title for social
    // networks sets before it with a colon, while the declared one leaves it out: the kicker says what the rest is about, and
    // is read with it. (Only a kicker the printed heading opens on, "<h2><span>Deutsche Bahn</span> <span>Konzern …".)
    {
        const std::string social = collapseWhitespace(first(values, {"og:title", "twitter:title"}));
        const std::size_t colon = social.find(": ");
        if (colon != std::string::npos && colon > 0 && countWords(social.substr(0, colon)) <= 4 &&
            foldForComparison(social.substr(colon + 2)) == foldForComparison(article.title) && !article.title.empty()) {
            const std::string whole = foldForComparison(social);
            bool printedWhole = false;
            for (const GumboTag tag : {GUMBO_TAG_H1, GUMBO_TAG_H2}) {
                for (const GumboNode* h : elementsByTag(root, tag)) printedWhole = printedWhole || foldForComparison(textContent(h)) == whole;
            }
            if (printedWhole) article.title = social;
        }
    }
    // The one headline the page prints, whole inside its <title>, where the title taken so far is that headline and a site's name
    // after a separator ("… hopes alive | The Northern Chronicle", as a copy saved by an archive keeps it, naming no site of its
    // own), or a part of it cut at a colon ("un week-end … sous tension" of "Instapaper: Grève à la SNCF : un week-end …").
    if (h1s.size() == 1 && countWords(printed) >= 4 && countWords(printed) <= 40) {
        const std::string taken = collapseWhitespace(article.title), raw = collapseWhitespace(rawDocumentTitle(root));
        const std::string printedKey = foldForComparison(printed), takenKey = foldForComparison(taken);
        bool suffixed = false;
        if (taken.size() > printed.size() && taken.rfind(printed, 0) == 0) {
            const std::string rest = taken.substr(printed.size());
            // (A name after it, its words capitalized and no figure: "This Week in City Hall – The $3bn budget vote" and "… – mayor"
            // are the headline's own part.)
            // (The separator's own bytes left off before the name is read: a dash or a dot takes two or three.)
            for (const char* sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 "}) {
                if (rest.rfind(sep, 0) != 0) continue;
                const std::string name = collapseWhitespace(rest.substr(std::strlen(sep)));
                suffixed = countWords(rest) <= 6 && allWordsCapitalized(name) && name.find_first_of("0123456789$") == std::string::npos;
            }
        }
        // (A head of three words at least: "Opinion: …" is a section's label, left off.)
        const bool cut = takenKey.size() >= 12 && printedKey.size() > takenKey.size() && printedKey.ends_with(takenKey) &&
                         foldForComparison(raw).find(printedKey) != std::string::npos && countWords(printed) >= countWords(taken) + 3;
        if (suffixed || cut) article.title = printed;
    }
    // (Only where the page's own <title> sides with the printed one: the declared title is the headline
    // on most pages whose h1 says something else, a subject's label or a teaser's words.)
    if (const std::string shown = printedHeadline(root, article.title, documentTitle);
        !shown.empty() && foldForComparison(shown) != foldForComparison(article.title) &&
        similarity(shown, documentTitle) >= similarity(article.title, documentTitle) + 0.2) {
        article.title = shown;
    }
    // The other side of such a <title> names the site, when nothing else does: before the headline in
    // the title the page declares, or after it in its own <title> ("… | Nieuwsroom WarmteNet Utrecht"); a
    // blog on Blogger, which names the platform its publisher, sets its name before a colon ("Harbour
    // Bulletin: …").
    std::string titleSite;
    const std::string pageTitle = rawDocumentTitle(root);
    const bool onBlogger = foldForComparison(d.site) == "blogger";
    for (const std::string* each : std::array<const std::string*, 2>{&title, &pageTitle}) {
        const std::string& named = *each;
        if (!titleSite.empty() || named == article.title) continue;
        if (const std::size_t at = named.rfind(article.title); at != std::string::npos && at > 0 && (each == &title || onBlogger)) {
            titleSite = named.substr(0, at);
            // Less the separator: " - ", " | ", " – ", " — " (and Blogger's ": ").
            while (!titleSite.empty() && (titleSite.back() == ' ' || titleSite.back() == '-' || titleSite.back() == '|' ||
                                          (titleSite.back() == ':' && onBlogger) || static_cast<unsigned char>(titleSite.back()) >= 0x80)) {
                if (static_cast<unsigned char>(titleSite.back()) >= 0x80) {
                    // a dash's bytes (U+2013, U+2014), nothing else
                    if (titleSite.size() < 3 || titleSite.compare(titleSite.size() - 3, 2, "\xE2\x80") != 0) break;
                    titleSite.resize(titleSite.size() - 3);
                } else {
                    titleSite.pop_back();
                }
            }
            titleSite = collapseWhitespace(titleSite);
        } else if (each == &pageTitle && named.size() > article.title.size() && named.rfind(article.title, 0) == 0) {
            for (const char* sep : kSeparators) {
                if (named.compare(article.title.size(), std::strlen(sep), sep) != 0) continue;
                titleSite = collapseWhitespace(named.substr(article.title.size() + std::strlen(sep)));
                // (A name, not the rest of a chain of labels, "… - My Hero Academia [Archive of Our Own]", nor a
                // page's own label, "… - Page 2", "… | Live updates", "… | Sunday, March 23, 2025", "… | Breaking News, Sport".)
                const std::string label = lowerAscii(titleSite);
                bool pageLabel = titleSite.find_first_of("0123456789,") != std::string::npos;
                for (const char* l : {"live", "updated", "update", "video", "videos", "comments", "photos", "gallery", "opinion",
                                      "analysis", "page", "watch", "listen", "podcast", "home", "news", "breaking"}) {
                    pageLabel = pageLabel || label == l || label.rfind(std::string(l) + " ", 0) == 0;
                }
                if (countWords(titleSite) > 5 || titleSite.find_first_of("[(") != std::string::npos || pageLabel) titleSite.clear();
                break;
            }
        }
    }

    article.byline = !d.byline.empty() ? d.byline
                                       : first(values, {"dc:creator", "dcterm:creator", "author", "parsely-author",
                                                        "article:author", "byl", "byline", "sailthru.author"});
    if (article.byline.rfind("http", 0) == 0) article.byline.clear();
    if (lowerAscii(article.byline.substr(0, 3)) == "by ") article.byline = article.byline.substr(3);  // read as "By ..." once
    // The byline the page shows wins where the metadata names nobody, only a desk ("Redazione" where the
    // page says "di Mario Rossi"), the publication or another organisation ("KRVN 7 News Staff",
    // "Riverbend Magazine"), or fewer of the writers than the page prints.
    const std::string shown = visibleByline(root, article.title);
    {
        std::string siteName = !d.site.empty() ? d.site : first(values, {"og:site_name"});
        if (siteName.empty()) siteName = titleSite;
        const Byline declared = cleanByline(article.byline, siteName);
        const Byline printed = cleanByline(shown, siteName);
        // (Or only a login, "jef", "azielinska": one word in lower case, where the page prints a name.)
        const std::string declaredName = collapseWhitespace(article.byline);
        const bool login = !declaredName.empty() && std::all_of(declaredName.begin(), declaredName.end(), [](char c) {
            return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_' || c == '.';
        });
        const bool organisation = d.author_is_organisation || isOrganisationName(declared.names, siteName) || isDeskName(article.byline) || login;
        // (The names the page prints beyond the declared writer's, each in a field of its own after a bar, "Written by Aniruddh
        // Menon | New Delhi | Updated: …": the place it was filed from, no writer.)
        const auto extrasInFields = [&] {
            if (shown.find('|') == std::string::npos || declared.names.empty() || printed.names.rfind(declared.names, 0) != 0) return false;
            const std::string extra = printed.names.substr(declared.names.size());
            const std::string name = extra.rfind(" and ", 0) == 0 ? extra.substr(5) : extra.rfind(", ", 0) == 0 ? extra.substr(2) : "";
            const std::size_t at = name.empty() ? std::string::npos : shown.find(name);
            if (at == std::string::npos || at == 0) return false;
            const std::size_t before = shown.find_last_not_of(' ', at - 1);
            return before != std::string::npos && shown[before] == '|';
        };
        // An organisation other than the publication named as the author, whose initials the page prints as
        // the byline ("ABP" for "Associated Business Press"): a news agency, said by its name, "From …".
        if (d.author_is_organisation && !declared.names.empty() && lowerAscii(declared.names) != lowerAscii(siteName) &&
            isInitialsOf(collapseWhitespace(shown), declared.names)) {
            article.byline = declared.names;
            article.byline_is_agency = true;
        } else if (!shown.empty() && (declared.names.empty() || (!printed.names.empty() && !printed.agency && !declared.agency &&
                                                          (organisation || (namesMoreWriters(printed.names, declared.names) && !extrasInFields()))))) {
            article.byline = shown;
        } else if (!shown.empty() && !printed.agency && !declared.agency && !declared.names.empty() &&
                   printed.names.size() > declared.names.size() + 1 && printed.names.rfind(declared.names, 0) == 0 &&
                   printed.names[declared.names.size()] == '-' && printed.names.find(' ', declared.names.size()) == std::string::npos &&
                   printed.names.find(',') == std::string::npos && isSurnamePart(printed.names.substr(declared.names.size() + 1))) {
            // (The same writer's fuller name on the page, "Marisol Quintero-Haas" where the metadata says "Marisol Quintero": the
            // page's, as the writer signs. Only a surname's second part joined by its hyphen: what follows a space may be a job or
            // the site, "Tan Wei Ling Senior", "Lucy Akins eHow".)
            article.byline = shown;
        } else if (!shown.empty() && declared.agency && !printed.names.empty() && !isNewsAgency(printed.names) &&
                   lowerAscii(printed.names) != lowerAscii(declared.names)) {
            // (A news agency named as the author where the page prints its writers beside it, "By DEVI SHASTRI and
            // JAMIE STENGLE Associated Press": the writers.)
            article.byline = shown;
        } else if (shown.empty() && d.author_is_organisation && !declared.agency) {
            // An office or a company named as the author, and no writer printed: the intro names nobody
            // ("By Kdot Office" was the office of communications cut short).
            article.byline.clear();
        }
        // A publishing system's account is nobody's name ("By Super User"): the body may print the writer's.
        if (isPublishingAccount(article.byline)) article.byline.clear();
    }

    // A photographer the metadata lists among the authors, whom the page credits for its pictures ("Foto:
    // Oskar Mattsson"): not the writer. (Only where another name is left.)
    if (article.byline.find(',') != std::string::npos || article.byline.find(" and ") != std::string::npos) {
        std::vector<std::string> names;
        std::string rest = article.byline;
        for (const char* sep : {" and ", " & "}) {
            for (std::size_t at = rest.find(sep); at != std::string::npos; at = rest.find(sep)) rest.replace(at, std::strlen(sep), ", ");
        }
        for (std::size_t from = 0; from <= rest.size();) {
            const std::size_t comma = std::min(rest.find(',', from), rest.size());
            if (const std::string name = collapseWhitespace(rest.substr(from, comma - from)); !name.empty()) names.push_back(name);
            from = comma + 1;
        }
        const std::string page = collapseWhitespace(textContent(root));
        const std::string shownLower = lowerUtf8(shown);
        std::vector<std::string> writers;
        for (const std::string& name : names) {
            bool photographer = false;
            for (const char* credit : {"Foto: ", "Foto ", "Fotos: ", "Photo: ", "Photo by ", "Photos: ", "Bild: ", "Kuva: ", "Fotograf: ",
                                       "Fotografía: ", "Fotografia: ", "Picture: ", "Image: "}) {
                // (The whole name: "Foto: Anna Bergström" credits no "Anna Berg".)
                const std::string said = std::string(credit) + name;
                for (std::size_t at = page.find(said); at != std::string::npos && !photographer; at = page.find(said, at + 1)) {
                    const std::size_t end = at + said.size();
                    photographer = end >= page.size() || !(std::isalpha(static_cast<unsigned char>(page[end])) || static_cast<unsigned char>(page[end]) >= 0x80);
                }
            }
            // (An agency credited for both, "Anna Berg, TT" with "Foto: TT", stays the story's source.)
            if (name.size() <= 4 && std::none_of(name.begin(), name.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); })) {
                photographer = false;
            }
            // (A writer who also took the pictures, printed in the byline, "Elin Gwyn, Rhodri Evans", stays.)
            const std::size_t inByline = shownLower.find(lowerUtf8(name));
            bool credited = false;
            for (const char* credit : {"foto", "photo", "bild", "kuva", "fotograf"}) {
                credited = credited || (inByline != std::string::npos && shownLower.rfind(credit, inByline) != std::string::npos);
            }
            if (inByline != std::string::npos && !credited) photographer = false;
            if (!photographer) writers.push_back(name);
        }
        if (!writers.empty() && writers.size() < names.size()) {
            std::string joined;
            for (const std::string& w : writers) joined += (joined.empty() ? "" : ", ") + w;
            article.byline = joined;
        }
    }

    const std::string published = !d.published.empty() ? d.published
                                  : first(values, {"article:published_time", "article.published", "datepublished", "parsely-pub-date",
                                                   "pubdate", "publishdate", "date", "dc.date", "dc.date.issued",
                                                   "dcterms.created", "sailthru.date", "og:published_time"});
    article.published = parseDate(published);
    if (!article.published) {
        for (const GumboNode* t : elementsByTag(root, GUMBO_TAG_TIME)) {
            article.published = parseDate(attribute(t, "datetime"));
            if (article.published) break;
        }
    }
    article.modified = parseDate(!d.modified.empty() ? d.modified
                                                      : first(values, {"article:modified_time", "datemodified",
                                                                       "og:updated_time", "dcterms.modified"}));
    // A moment given in UTC ("2025-03-05T03:15Z") is said in the publisher's own time when the page also
    // writes it with its zone (<time datetime="2025-03-04T22:15-05:00">): an evening story is that day's.
    // (The same moment given in another zone than the page shows, "…02T00:48+01:00" in the metadata and
    // "1 avril 2026 à 23h48" in a <time> of that moment, is the day the page shows too.)
    if (article.published && article.published->instantMinutes()) {
        const bool utc = article.published->utc_offset_minutes == 0;
        for (const GumboNode* t : elementsByTag(root, GUMBO_TAG_TIME)) {
            const std::optional<DateTime> local = parseDate(attribute(t, "datetime"));
            if (!local || local->instantMinutes() != article.published->instantMinutes()) continue;
            if (utc && local->utc_offset_minutes.value_or(0) != 0) {
                article.published = local;
                break;
            }
            // <time datetime="…T03:30Z">March 3, 2025 at 10:30 p.m. EST</time>: the day its text shows (or,
            // east of Greenwich, <time datetime="…16T23:15Z">Wednesday 17 June 2026, 00:15</time>).
            const DateTime& said = *article.published;
            // (Not another moment the element shows beside it, an update's: <time datetime="…04T23:14+02:00">Actualizado
            // Domingo, 5 octubre 2025 - 00:41</time>. The zones of the world differ by quarters of an hour.)
            const std::optional<DateTime> shown = parseDate(textContent(t));
            const bool otherMoment = shown && shown->hasTime() && said.hasTime() && shown->minute >= 0 && said.minute >= 0 &&
                                     ((shown->minute - said.minute) % 15 + 15) % 15 != 0;
            if (shown && !otherMoment && (dayAfter(*shown, said) || (shown->hasTime() && dayAfter(said, *shown)))) {
                article.published = shown;
                break;
            }
        }
    }
    // The date the page shows its readers: it fills a gap, and where it contradicts the metadata it wins
    // only when it gives the time as well (a bare visible date is often a section's or an update's), or
    // when it is the day before a UTC moment's (the same evening in the publisher's time).
    // (A date in figures is read in the page's language: "09/05/2025" is May on an Irish page.)
    // (The <html> element's language attributes, found once for the dates here and the language below.)
    std::string htmlLang, htmlXmlLang;
    for (const GumboNode* html : elementsByTag(root, GUMBO_TAG_HTML)) {
        htmlLang = attribute(html, "lang");
        htmlXmlLang = attribute(html, "xml:lang");
    }
    const std::string dateLanguage = !htmlLang.empty() ? htmlLang : d.language;
    if (const std::optional<DateTime> visible = visibleDate(root, dateLanguage, article.title)) {
        // (The update's day, unless both give a time whose minutes no zone could reconcile: "17 June 2026,
        // 00:15" is not the update at 07:02 UTC; "12:32 IST" is that at 07:02 UTC, half an hour apart.)
        const bool otherMinute = article.modified && visible->hasTime() && article.modified->hasTime() &&
                                 (visible->minute - article.modified->minute + 60) % 30 != 0;
        const bool isTheUpdate = article.modified && visible->dateIso() == article.modified->dateIso() && !otherMinute;
        const bool dayBeforeUtc = article.published && article.published->utc_offset_minutes == 0 &&
                                  article.published->hasTime() && article.published->hour < 12 && !visible->hasTime() &&
                                  dayAfter(*visible, *article.published);
        // (Or the day after, east of Greenwich: "2024-11-13T22:10:00Z" printed "14 Kasım 2024" in Istanbul.)
        const bool dayAfterUtc = article.published && article.published->utc_offset_minutes == 0 &&
                                 article.published->hasTime() && article.published->hour >= 12 && !visible->hasTime() &&
                                 dayAfter(*article.published, *visible);
        if (!article.published || dayBeforeUtc || dayAfterUtc ||
            (visible->hasTime() && !isTheUpdate && visible->dateIso() != article.published->dateIso())) {
            article.published = visible;
        }
    }
    // "By Anna Fenwick, 3 November 2026": a byline that carries the date, where nothing else gives one.
    // (With its year: "By Jane Doe, May 2" is no date a page prints for its story.)
    if (!article.published && !shown.empty()) {
        if (const std::optional<DateTime> inByline = parseDate(shown, dateLanguage); inByline && inByline->year > 0) article.published = inByline;
    }
    // (The og:site_name first where the page's <title> names it too: a group's name as the JSON-LD publisher,
    // "Australian Community Media", gives way to its paper's, "… | The Land | NSW".)
    const std::string ogSite = collapseWhitespace(first(values, {"og:site_name"}));
    const std::size_t ogAt = ogSite.size() >= 2 ? pageTitle.rfind(ogSite) : std::string::npos;
    // (A name written as one, not a host, "DN.se", nor in capitals, "PÚBLICO", where the publisher's is better.)
    const bool written = ogSite.find('.') == std::string::npos &&
                         std::any_of(ogSite.begin(), ogSite.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    // (Or the publisher is the company its name is part of: "El País" of "Ediciones EL PAÍS", "PÚBLICO" of "PÚBLICO
    // Comunicação Social SA".)
    const std::string foldedOg = foldForComparison(lowerUtf8(ogSite)), foldedPublisher = foldForComparison(lowerUtf8(d.site));
    const bool company = foldedOg.size() >= 3 && foldedPublisher.size() > foldedOg.size() + 2 && foldedPublisher.find(foldedOg) != std::string::npos;
    // (Not where the title ends on the publisher's name after the og:site_name, a section's: "… | Economia | G1" with "g1"
    // as the publisher.)
    const std::string foldedTitle = foldForComparison(lowerUtf8(pageTitle));
    const bool sectionBeforePublisher = foldedPublisher.size() >= 2 && foldedTitle.size() > foldedPublisher.size() &&
                                        foldedTitle.compare(foldedTitle.size() - foldedPublisher.size(), foldedPublisher.size(), foldedPublisher) == 0 &&
                                        foldedTitle.rfind(foldedOg) != std::string::npos &&
                                        foldedTitle.rfind(foldedOg) + foldedOg.size() <= foldedTitle.size() - foldedPublisher.size() &&
                                        foldedOg != foldedPublisher;
    const bool ogNamed = company || (written && ogAt != std::string::npos && ogAt > 0 && foldForComparison(ogSite) != foldForComparison(d.site) &&
                                     !sectionBeforePublisher);
    article.site = ogNamed ? publicationName({ogSite, d.site, first(values, {"application-name"}), first(values, {"publisher"}),
                                              first(values, {"twitter:site"}), titleSite})
                           : publicationName({d.site, ogSite, first(values, {"application-name"}), first(values, {"publisher"}),
                                              first(values, {"twitter:site"}), titleSite});

    std::string lang = !htmlLang.empty() ? htmlLang : htmlXmlLang;
    if (lang.empty()) lang = d.language;
    if (lang.empty()) lang = first(values, {"og:locale", "content-language", "language", "dc.language"});
    for (char& c : lang) {
        if (c == '_') c = '-';
    }
    lang = collapseWhitespace(lang);
    if (!lang.empty()) article.language = lang;
    article.lead_image_url = !d.image.empty() ? d.image : first(values, {"og:image", "twitter:image", "image"});
    for (const GumboNode* link : elementsByTag(root, GUMBO_TAG_LINK)) {
        if (lowerAscii(attribute(link, "rel")) == "canonical" && attribute(link, "href").rfind("http", 0) == 0) {
            article.url = attribute(link, "href");
            break;
        }
    }
    if (article.url.empty()) article.url = first(values, {"og:url", "twitter:url"});
    if (article.url.rfind("http", 0) != 0) article.url = d.url;
    if (article.url.rfind("http", 0) != 0) article.url.clear();
    if (article.site.empty()) article.site = hostName(article.url);
    // Last resort: many news addresses carry the date, ".../2015/03/18/story".
    if (!article.published) article.published = dateInAddress(article.url);
    return d.body;
}

}  // namespace readcast

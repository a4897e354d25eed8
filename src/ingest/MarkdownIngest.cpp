#include "ingest/MarkdownIngest.hpp"
#include "core/WordSet.hpp"
#include "ingest/PipeTable.hpp"
#include "ingest/SpacedTable.hpp"
#include "ingest/TemplateTags.hpp"

#include <md4c.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <cctype>
#include <set>

#include "core/Ascii.hpp"
#include "core/Error.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/InlineMarkup.hpp"
#include "ingest/DateParser.hpp"

namespace readcast {
namespace {

struct ParseState {
    const char* base = nullptr;
    std::vector<RawBlock> blocks;
    RawBlock current;
    bool collecting = false;     // inside a leaf block whose text we keep
    int skipDepth = 0;           // inside code or raw HTML blocks
    int quoteDepth = 0;
    int listItemDepth = 0;
    int imageDepth = 0;          // text inside an image span is its alt text
    int linkDepth = 0;
    int emphasisDepth = 0;
    std::size_t linkBytes = 0;   // of the current block's text, inside links
    std::size_t italicBytes = 0; // and in emphasis
    std::string altText;
    std::string imageUrl;
    bool rowHasCells = false;
    std::string html;            // a raw HTML block's source, read when it leaves
    std::string linkHref;        // the link being read: where it goes
    std::string linkText;        // and what it says
    // A link that only points ("read more", "watch here"), held to be dropped from this byte of the leaf's text if the
    // bracket around it closes next or the leaf ends after it; npos for none.
    std::size_t pointerAt = std::string::npos;
    bool pointerBracketed = false;
    std::string mastheadLink;    // a link to the site's own front page among the first lines: its name
};

// "https://meridianmarkets.example/", "https://www.example.co.uk": a site's front page, no path.
bool isFrontPageUrl(const std::string& href) {
    const std::size_t scheme = href.find("://");
    if (scheme == std::string::npos || (href.compare(0, scheme, "https") != 0 && href.compare(0, scheme, "http") != 0)) return false;
    const std::size_t path = href.find('/', scheme + 3);
    return path == std::string::npos || path + 1 == href.size();
}

// A raw HTML block in Markdown, as WordPress's and other exports leave the story's paragraphs
// ("<p class="has-drop-cap">…</p>", "<blockquote>…</blockquote>", "<ul><li>…</li></ul>"): its prose
// elements are read as the blocks they are; scripts, styles, frames, forms and anything else are not.
void readHtmlBlock(ParseState& s, const std::string& html, std::size_t offset) {
    const std::string lower = lowerAscii(html);
    // (Nor one filled in by code as the page loads, "<span>${d3.format(",")(avg)}</span>": its labels have no values.)
    for (const char* code : {"<script", "<style", "<iframe", "<form", "<svg", "<template", "<noscript", "<pre", "<code", "${"}) {
        if (lower.find(code) != std::string::npos) return;
    }
    // (Nor a box whose classes name the page's chrome: "kg-signup-card", "newsletter", "related".)
    for (std::size_t at = lower.find("class=\""); at != std::string::npos; at = lower.find("class=\"", at + 7)) {
        const std::string classes = lower.substr(at + 7, lower.find('"', at + 7) - at - 7);
        for (const char* chrome : {"signup", "sign-up", "newsletter", "subscribe", "cta", "promo", "share", "sharing", "social", "advert",
                                   "ad-", "related", "comment", "author", "bio", "footer", "nav", "menu", "cookie", "paywall", "donate",
                                   "membership", "button", "btn", "toc"}) {
            if (classes.find(chrome) != std::string::npos) return;
        }
    }
    // A table among them, "<table><tr><th>Yes</th><th>No</th></tr><tr><td>Chair Brennan, …</td><td>Rahman, …</td></tr></table>": a
    // row a paragraph, each cell after its column's name where the first row names them ("Yes: Chair Brennan, …; No: Rahman, …").
    // (A table laid out with paragraphs or headings in its cells is a page's layout: its blocks are read as blocks, below.)
    const std::size_t table = lower.find("<table");
    const std::size_t tableEnd = table == std::string::npos ? std::string::npos : lower.find("</table>", table);
    const auto layout = [&] {
        for (const char* block : {"<p", "<h1", "<h2", "<h3", "<h4", "<div", "<ul", "<ol", "<blockquote"}) {
            const std::size_t at = lower.find(block, table);
            if (at < tableEnd && (lower[at + std::strlen(block)] == '>' || lower[at + std::strlen(block)] == ' ')) return true;
        }
        return false;
    };
    if (tableEnd != std::string::npos && !layout()) {
        const std::size_t end = tableEnd;
        readHtmlBlock(s, html.substr(0, table), offset);  // what stands before it, in its order
        std::vector<std::string> names;
        bool first = true;
        for (std::size_t row = lower.find("<tr", table); row != std::string::npos && row < end; row = lower.find("<tr", row + 3)) {
            const std::size_t rowEnd = std::min(lower.find("</tr>", row), end);
            std::vector<std::string> cells;
            bool headed = true;
            for (std::size_t cell = lower.find("<t", row + 3); cell != std::string::npos && cell < rowEnd; cell = lower.find("<t", cell + 2)) {
                const bool th = lower.compare(cell, 3, "<th") == 0, td = lower.compare(cell, 3, "<td") == 0;
                if (!th && !td) continue;
                const std::size_t open = lower.find('>', cell);
                const std::size_t close = lower.find(th ? "</th>" : "</td>", open);
                if (open == std::string::npos || close == std::string::npos || close > rowEnd) break;
                headed = headed && th;
                cells.push_back(collapseWhitespace(stripInlineMarkup(html.substr(open + 1, close - open - 1))));
                cell = close;
            }
            if (cells.empty()) continue;
            if (first && headed) {
                names = cells;
                first = false;
                continue;
            }
            first = false;
            std::string text;
            for (std::size_t k = 0; k < cells.size(); ++k) {
                if (cells[k].empty()) continue;
                if (!text.empty()) text += names.size() == cells.size() ? "; " : ", ";
                text += names.size() == cells.size() && !names[k].empty() ? names[k] + ": " + cells[k] : cells[k];
            }
            if (text.empty()) continue;
            RawBlock block;
            block.kind = BlockKind::Paragraph;
            block.text = text;
            block.offset = offset + row;
            s.blocks.push_back(std::move(block));
        }
        readHtmlBlock(s, html.substr(end + 8), offset + end + 8);
        return;
    }
    static const std::pair<const char*, BlockKind> kElements[] = {
        {"p", BlockKind::Paragraph}, {"li", BlockKind::ListItem}, {"blockquote", BlockKind::Quote}, {"h2", BlockKind::Heading},
        {"h3", BlockKind::Heading},  {"h4", BlockKind::Heading},  {"h1", BlockKind::Heading}};
    for (std::size_t at = lower.find('<'); at != std::string::npos; at = lower.find('<', at + 1)) {
        for (const auto& [name, kind] : kElements) {
            const std::size_t n = std::strlen(name);
            if (lower.compare(at + 1, n, name) != 0 || (lower[at + 1 + n] != '>' && lower[at + 1 + n] != ' ')) continue;
            const std::size_t open = lower.find('>', at);
            const std::size_t close = lower.find(std::string("</") + name, open == std::string::npos ? at : open);
            if (open == std::string::npos || close == std::string::npos) continue;
            // (A quote's paragraphs are the quote's: "<blockquote><p>…</p></blockquote>" is one block.)
            RawBlock block;
            block.kind = kind;
            block.level = kind == BlockKind::Heading ? name[1] - '0' : 0;
            block.text = stripInlineMarkup(html.substr(open + 1, close - open - 1));
            block.offset = offset + at;
            if (!block.text.empty()) s.blocks.push_back(std::move(block));
            at = close;
            break;
        }
    }
}

void startLeaf(ParseState& s, BlockKind kind, int level) {
    s.current = RawBlock{};
    s.linkBytes = s.italicBytes = 0;
    s.current.kind = kind;
    s.current.level = level;
    s.collecting = true;
}

void finishLeaf(ParseState& s) {
    if (!s.collecting) return;
    s.collecting = false;
    // (A pointer link that ends the leaf goes: "… now unlikely. [Read more →](…)".)
    if (s.pointerAt != std::string::npos && !s.pointerBracketed && s.pointerAt <= s.current.text.size()) {
        s.current.text.resize(s.pointerAt);
        while (!s.current.text.empty() && s.current.text.back() == ' ') s.current.text.pop_back();
    }
    s.pointerAt = std::string::npos;
    if (!s.current.text.empty()) {
        const double size = static_cast<double>(s.current.text.size());
        s.current.link_density = std::min(1.0, static_cast<double>(s.linkBytes) / size);
        s.current.italic_share = std::min(1.0, static_cast<double>(s.italicBytes) / size);
    }
    s.current.text = withoutBlockId(collapseWhitespace(s.current.text));
    if (!s.current.text.empty() || !s.current.images.empty()) s.blocks.push_back(std::move(s.current));
    s.current = RawBlock{};
}

int enterBlock(MD_BLOCKTYPE type, void* detail, void* userdata) {
    auto& s = *static_cast<ParseState*>(userdata);
    switch (type) {
        case MD_BLOCK_QUOTE: ++s.quoteDepth; break;
        case MD_BLOCK_LI: ++s.listItemDepth; break;
        case MD_BLOCK_CODE: ++s.skipDepth; break;
        case MD_BLOCK_HTML:
            ++s.skipDepth;
            s.html.clear();
            break;
        case MD_BLOCK_H:
            startLeaf(s, BlockKind::Heading, static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level));
            break;
        case MD_BLOCK_P:
            if (s.collecting) break;  // a loose list item's paragraph continues the item
            startLeaf(s, s.quoteDepth > 0       ? BlockKind::Quote
                         : s.listItemDepth > 0 ? BlockKind::ListItem
                                               : BlockKind::Paragraph,
                      0);
            break;
        case MD_BLOCK_TR:
            startLeaf(s, BlockKind::Paragraph, 0);
            s.rowHasCells = false;
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            // Cells are read as a list: "Seoul, 9.7 million, 605 square kilometres."
            if (s.rowHasCells) s.current.text += ", ";
            s.rowHasCells = true;
            break;
        default: break;
    }
    // A tight list item has no paragraph inside: its text is collected directly.
    if (type == MD_BLOCK_LI) {
        finishLeaf(s);  // the text of an outer item ends where a nested list starts
        startLeaf(s, s.quoteDepth > 0 ? BlockKind::Quote : BlockKind::ListItem, 0);
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void*, void* userdata) {
    auto& s = *static_cast<ParseState*>(userdata);
    switch (type) {
        case MD_BLOCK_QUOTE: --s.quoteDepth; break;
        case MD_BLOCK_LI:
            finishLeaf(s);
            --s.listItemDepth;
            break;
        case MD_BLOCK_CODE: --s.skipDepth; break;
        case MD_BLOCK_HTML:
            --s.skipDepth;
            if (s.skipDepth == 0 && !s.collecting) readHtmlBlock(s, s.html, 0);
            s.html.clear();
            break;
        case MD_BLOCK_H:
        case MD_BLOCK_TR: finishLeaf(s); break;
        case MD_BLOCK_P:
            if (s.listItemDepth == 0) finishLeaf(s);
            break;
        default: break;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void* detail, void* userdata) {
    auto& s = *static_cast<ParseState*>(userdata);
    if (type == MD_SPAN_A) {
        if (s.linkDepth++ == 0) {
            const auto* a = static_cast<MD_SPAN_A_DETAIL*>(detail);
            s.linkHref.assign(a->href.text, a->href.size);
            s.linkText.clear();
        }
    }
    if (type == MD_SPAN_EM) ++s.emphasisDepth;
    if (type == MD_SPAN_IMG) {
        if (s.imageDepth++ == 0) {
            const auto* img = static_cast<MD_SPAN_IMG_DETAIL*>(detail);
            s.imageUrl.assign(img->src.text, img->src.size);
            s.altText.clear();
        }
    }
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void*, void* userdata) {
    auto& s = *static_cast<ParseState*>(userdata);
    if (type == MD_SPAN_A && s.linkDepth > 0 && --s.linkDepth == 0) {
        // "earlier.[1](#footnote-1) For context": a footnote's number linked to its note below the story, which eSpeak NG
        // would say after the full stop ("dot one"); a reader reads on. (A number linked anywhere else is the text's.)
        // (A note's anchor, "#footnote-1", "#fn2", "#ref-3", or a number glued to the word or the stop before it; "part
        // [2](#part-2)" is the text's.)
        const std::string mark = collapseWhitespace(s.linkText);
        const std::string anchor = lowerAscii(s.linkHref);
        const bool noteAnchor = startsWithAnyOf(anchor, {"#fn", "#footnote", "#note", "#ref", "#cite", "#user-content-fn", "#endnote"});
        const std::size_t before = s.current.text.size() - std::min(s.current.text.size(), s.linkText.size());
        const bool glued = before > 0 && s.current.text[before - 1] != ' ';
        if (!s.linkHref.empty() && s.linkHref[0] == '#' && (noteAnchor || glued) && !mark.empty() && mark.size() <= 3 &&
            std::all_of(mark.begin(), mark.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }) &&
            s.current.text.size() >= s.linkText.size() &&
            s.current.text.compare(s.current.text.size() - s.linkText.size(), s.linkText.size(), s.linkText) == 0) {
            s.current.text.resize(s.current.text.size() - s.linkText.size());
        }
        // "([watch here](https://…))", "([link](…))": a link that only points, alone in its brackets, says nothing of the story
        // without its address; it goes with its brackets.
        // ("[Read more →](…)" after a newsletter's item: the same, its arrow and all; "[Video](…) released by police" and
        // "[Here](…) is the list" are the story's words, kept.)
        std::string pointer = lowerUtf8(mark);
        for (const char* arrow : {"\xE2\x86\x92", "\xC2\xBB", "\xE2\x80\xBA", ">"}) {
            if (pointer.ends_with(arrow)) pointer = collapseWhitespace(pointer.substr(0, pointer.size() - std::strlen(arrow)));
        }
        const bool pointing = pointer == "here" || pointer == "watch here" || pointer == "read here" || pointer == "listen here" ||
                              pointer == "link" || pointer == "watch" || pointer == "video" || pointer == "read more" || pointer == "more" ||
                              pointer == "source" || pointer == "click here" || pointer == "full story" || pointer == "continue reading";
        const bool endsText = s.current.text.size() >= s.linkText.size() &&
                              s.current.text.compare(s.current.text.size() - s.linkText.size(), s.linkText.size(), s.linkText) == 0;
        if (!s.linkHref.empty() && s.linkHref[0] != '#' && pointing && endsText) {
            const std::size_t at = s.current.text.size() - s.linkText.size();
            const bool bracketed = at > 0 && s.current.text[at - 1] == '(';
            const std::string before = collapseWhitespace(s.current.text.substr(0, at - (bracketed ? 1 : 0)));
            // (Alone in its brackets, or after a sentence's stop; dropped once what follows it shows it ends there.)
            if (bracketed || before.empty() || std::string(".!?:").find(before.back()) != std::string::npos) {
                s.pointerAt = at - (bracketed ? 1 : 0);
                s.pointerBracketed = bracketed;
            }
        }
        // "[Meridian Markets](https://meridianmarkets.example/) | Markets | …": the masthead over a pasted page's menu,
        // in its first two lines, names the publication (before a copyright's company, "Meridian Media LP").
        const std::string name = collapseWhitespace(s.linkText);
        const std::size_t words = countWords(name);
        if (s.mastheadLink.empty() && s.blocks.size() < 2 && isFrontPageUrl(s.linkHref) && words >= 1 && words <= 4 &&
            (std::isupper(static_cast<unsigned char>(name[0])) || static_cast<unsigned char>(name[0]) >= 0x80)) {
            const std::string lower = lowerUtf8(name);
            if (lower != "home" && lower != "homepage" && lower != "start" && lower != "accueil" && lower != "inicio" && lower != "startseite") {
                s.mastheadLink = name;
            }
        }
    }
    if (type == MD_SPAN_EM && s.emphasisDepth > 0) --s.emphasisDepth;
    if (type == MD_SPAN_IMG && --s.imageDepth == 0 && s.collecting) {
        s.current.images.push_back({collapseWhitespace(s.altText), s.imageUrl});
    }
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
    auto& s = *static_cast<ParseState*>(userdata);
    // (A raw HTML block's source, kept for when it leaves; only outside code.)
    if (type == MD_TEXT_HTML && s.skipDepth == 1 && !s.collecting) {
        s.html.append(text, size);
        return 0;
    }
    if (!s.collecting || s.skipDepth > 0) return 0;
    std::string piece;
    switch (type) {
        case MD_TEXT_NORMAL:
        case MD_TEXT_CODE: piece.assign(text, size); break;
        case MD_TEXT_ENTITY: piece = decodeEntities(std::string(text, size)); break;
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR: piece = " "; break;
        case MD_TEXT_NULLCHAR: piece = "\xEF\xBF\xBD"; break;
        default: return 0;  // inline HTML and math are not narrated
    }
    if (s.pointerAt != std::string::npos && s.linkDepth == 0) {
        // (What follows the pointer: its closing bracket drops it with it; anything but a space or a stop keeps it.)
        const std::size_t visible = piece.find_first_not_of(' ');
        if (s.pointerBracketed && visible != std::string::npos && piece[visible] == ')') {
            s.current.text.resize(s.pointerAt);
            while (!s.current.text.empty() && s.current.text.back() == ' ') s.current.text.pop_back();
            piece.erase(0, visible + 1);
            s.pointerAt = std::string::npos;
        } else if (visible != std::string::npos && (s.pointerBracketed || std::string(".!?").find(piece[visible]) == std::string::npos)) {
            s.pointerAt = std::string::npos;
        }
    }
    if (s.imageDepth > 0) {
        s.altText += piece;
    } else {
        if (s.current.text.empty() && type == MD_TEXT_NORMAL) {
            s.current.offset = static_cast<std::size_t>(text - s.base);
        }
        s.current.text += piece;
        if (s.linkDepth > 0) s.linkText += piece;
        // (Spaces count for neither: "*A caption.* " is all italics.)
        const std::size_t visible = piece.find_first_not_of(' ') == std::string::npos ? 0 : piece.size();
        if (s.linkDepth > 0) s.linkBytes += visible;
        if (s.emphasisDepth > 0) s.italicBytes += visible;
    }
    return 0;
}

// A front matter value as written, its quotes taken off: 'It''s' is "It's" (YAML doubles a single quote).
std::string unquoted(std::string value) {
    value = collapseWhitespace(value);
    // A note app's link to the writer's page: "[[Cordelia Whitmore-Baines]]".
    for (std::size_t open = value.find("[["); open != std::string::npos; open = value.find("[[", open)) {
        const std::size_t close = value.find("]]", open + 2);
        if (close == std::string::npos) break;
        value.erase(close, 2);
        value.erase(open, 2);
    }
    if (value.size() < 2 || (value.front() != '"' && value.front() != '\'') || value.back() != value.front()) return value;
    const char quote = value.front();
    std::string out;
    for (std::size_t i = 1; i + 1 < value.size(); ++i) {
        if (quote == '\'' && value[i] == '\'' && value[i + 1] == '\'') {
            ++i;  // YAML doubles a single quote inside single quotes
        } else if (quote == '"' && value[i] == '\\' && i + 2 < value.size()) {
            ++i;
        }
        out += value[i];
    }
    return out;
}

// "[Ana Ruiz, Ben Ode]" or "{name: Ana Ruiz, twitter: x}": the names in a list, or the name in a map.
std::vector<std::string> namesIn(const std::string& value) {
    std::vector<std::string> names;
    if (value.size() < 2) return names;
    const std::string inner = value.substr(1, value.size() - 2);
    std::size_t start = 0;
    while (start <= inner.size()) {
        std::size_t comma = inner.find(',', start);
        if (comma == std::string::npos) comma = inner.size();
        std::string item = collapseWhitespace(inner.substr(start, comma - start));
        start = comma + 1;
        if (value.front() == '{') {
            const std::size_t colon = item.find(':');
            if (colon == std::string::npos || lowerAscii(collapseWhitespace(item.substr(0, colon))) != "name") continue;
            item = item.substr(colon + 1);
        }
        item = unquoted(item);
        if (!item.empty()) names.push_back(item);
    }
    return names;
}

std::string joinedNames(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
}

// A key that gives the date of publication, however a generator spells it: "date", "pubDate",
// "published_at", "publishedDate", "pub_date", "date-published".
bool isPublishedKey(const std::string& key) {
    std::string compact;
    for (char c : key) {
        if (c != '_' && c != '-') compact += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    static constexpr WordSet kKeys({"date", "published", "pubdate", "publishdate", "publishedat", "datepublished", "publicationdate",
                                            "publisheddate", "publishedon", "postdate", "posted", "postedon", "releasedate", "fecha",
                                            "datum", "data"});
    return kKeys.count(compact) != 0;
}

void takeFrontMatterValue(const std::string& named, const std::string& value, Article& article) {
    if (value.empty()) return;
    // ("autor_name", "author-name": the author's key with a suffix a template added.)
    std::string key = named;
    for (const char* suffix : {"_name", "-name", "name"}) {
        const std::size_t n = std::strlen(suffix);
        if (key.size() > n + 4 && key.compare(key.size() - n, n, suffix) == 0 && key.rfind("aut", 0) == 0) key.erase(key.size() - n);
    }
    // (The keys in the languages readcast reads most, and "headline".)
    if (key == "title" || key == "headline" || key == "titulo" || key == "t\xC3\xADtulo" || key == "titre" || key == "titel" ||
        key == "titolo") {
        article.title = value;
    } else if (key == "author" || key == "byline" || key == "authors" || key == "autor" || key == "autora" || key == "auteur" ||
               key == "autore" || key == "autores" || key == "primary_author" || key == "writer" || key == "creator" ||
               key == "skribent" || key == "f\xC3\xB6rfattare" || key == "forfatter" || key == "yazar" || key == "autorka") {
        article.byline = value;
    } else if (key == "site" || key == "publisher" || key == "publication") {
        article.site = value;
    } else if (key == "lang" || key == "language") {
        article.language = value;
    } else if (key == "url" || key == "canonical" || key == "link") {
        article.url = value;
    } else if (isPublishedKey(key)) {
        if (const auto d = parseDate(value)) article.published = *d;
    } else if (key == "updated" || key == "modified" || key == "lastmod" || key == "updateddate" || key == "updated_at") {
        if (const auto d = parseDate(value)) article.modified = *d;
    }
}

// The fields of a JSON front matter object; false when `json` is no object.
bool takeJsonFields(const std::string& json, Article& article) {
    const nlohmann::json fields = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (!fields.is_object()) return false;
    for (const auto& [name, value] : fields.items()) {
        const std::string key = lowerAscii(name);
        if (value.is_string()) {
            takeFrontMatterValue(key, collapseWhitespace(value.get<std::string>()), article);
        } else if (value.is_array() || value.is_object()) {
            // ("authors": ["Ana Ruiz", "Ben Ode"], "author": {"name": "Ana Ruiz"}.)
            std::vector<std::string> names;
            for (const auto& item : value.is_array() ? value : nlohmann::json::array({value})) {
                if (item.is_string()) names.push_back(collapseWhitespace(item.get<std::string>()));
                if (item.is_object() && item.contains("name") && item["name"].is_string()) names.push_back(item["name"].get<std::string>());
            }
            if (!names.empty() && (key.find("author") != std::string::npos || key == "byline" || key == "autor" || key == "auteur")) {
                takeFrontMatterValue(key, joinedNames(names), article);
            }
        }
    }
    return true;
}

// JSON front matter: Hugo's, an object from a "{" line to a "}" line at the very start, or Eleventy's,
// between a "---json" line and a "---" line.
std::size_t readJsonFrontMatter(const std::string& md, Article& article) {
    std::size_t close = std::string::npos, after = 0;
    std::string json;
    if (md.rfind("---json\n", 0) == 0 || md.rfind("---json\r\n", 0) == 0) {
        close = md.find("\n---", 7);
        if (close == std::string::npos) return 0;
        json = md.substr(7, close - 7);
        after = close + 4;
    } else if (md.rfind("{\n", 0) == 0 || md.rfind("{\r\n", 0) == 0) {
        close = md.find("\n}", 1);
        if (close == std::string::npos) return 0;
        json = md.substr(0, close + 2);
        after = close + 2;
    } else {
        return 0;
    }
    if (!takeJsonFields(json, article)) return 0;
    const std::size_t bodyStart = md.find('\n', after);
    return bodyStart == std::string::npos ? md.size() : bodyStart + 1;
}

// Pelican's and MultiMarkdown's metadata: "Title: …", "Date: …", "Authors: …" lines at the very start,
// up to the first blank line, the first of them a title, an author or a date.
std::size_t readKeyValueHeader(const std::string& md, Article& article) {
    static const std::set<std::string> kFirst{"title", "author", "authors", "date"};
    std::size_t pos = 0;
    bool first = true;
    std::vector<std::pair<std::string, std::string>> fields;
    while (pos < md.size()) {
        std::size_t eol = md.find('\n', pos);
        if (eol == std::string::npos) eol = md.size();
        const std::string line = md.substr(pos, eol - pos);
        if (collapseWhitespace(line).empty()) break;
        const std::size_t colon = line.find(": ");
        const std::string key = colon == std::string::npos ? "" : lowerAscii(line.substr(0, colon));
        const bool keyShaped = !key.empty() && key.size() <= 20 && std::isalpha(static_cast<unsigned char>(key[0])) &&
                               key.find_first_not_of("abcdefghijklmnopqrstuvwxyz _-") == std::string::npos;
        if (!keyShaped || (first && kFirst.count(key) == 0)) return 0;
        fields.emplace_back(key, collapseWhitespace(line.substr(colon + 2)));
        first = false;
        pos = eol + 1;
    }
    if (fields.size() < 2) return 0;
    for (const auto& [key, value] : fields) {
        if (key == "authors" && value.find(',') != std::string::npos) {
            std::vector<std::string> names;
            for (const std::string& name : namesIn("[" + value + "]")) names.push_back(name);
            takeFrontMatterValue(key, joinedNames(names), article);
        } else {
            takeFrontMatterValue(key, unquoted(value), article);
        }
    }
    return std::min(pos, md.size());
}

// Hexo's front matter may leave out its opening "---": YAML lines from the very start ("title: …", a
// list's "  - item") down to a "---" line. Returns where that line starts, or 0.
std::size_t unopenedFrontMatterEnd(const std::string& md) {
    static constexpr WordSet kFirst({"title", "date", "author", "layout", "tags", "categories"});
    const std::size_t colon = md.find(':');
    if (colon == std::string::npos || colon > 12 || kFirst.count(md.substr(0, colon)) == 0) return 0;
    for (std::size_t start = 0, lines = 0; start < md.size() && lines < 40; ++lines) {
        std::size_t eol = md.find('\n', start);
        if (eol == std::string::npos) eol = md.size();
        const std::string line = md.substr(start, eol - start);
        if (collapseWhitespace(line) == "---") return start;
        const std::size_t mark = line.find(':');
        const bool field = mark != std::string::npos && mark > 0 && mark <= 24 && std::islower(static_cast<unsigned char>(line[0])) &&
                           line.find(' ') > mark;
        const bool item = !line.empty() && (line[0] == ' ' || line[0] == '\t' || line[0] == '-');
        if (!field && !item && !collapseWhitespace(line).empty()) return 0;
        start = eol + 1;
    }
    return 0;
}

// Front matter at the very start: YAML between "---" lines ("title: X", an author as a map or a list of
// names, nested or in brackets, a block scalar) or without its opening line, TOML between "+++" lines
// ('title = "X"'; its tables, "[params]", are the theme's), JSON, or a Pelican header. Returns where the
// Markdown body begins.
std::size_t readFrontMatter(const std::string& md, Article& article) {
    if (const std::size_t body = readJsonFrontMatter(md, article); body != 0) return body;
    if (const std::size_t close = unopenedFrontMatterEnd(md); close != 0) {
        // (Read as if it were opened: the body begins after the closing line all the same.)
        const std::size_t body = readFrontMatter("---\n" + md, article);
        return body >= 4 ? body - 4 : 0;
    }
    if (const std::size_t body = readKeyValueHeader(md, article); body != 0) return body;
    const bool toml = md.rfind("+++\n", 0) == 0;
    if (!toml && md.rfind("---\n", 0) != 0) return 0;
    const std::size_t end = md.find(toml ? "\n+++" : "\n---", 3);
    if (end == std::string::npos) return 0;
    std::size_t pos = 4;
    std::string open;                  // a YAML key whose value follows on indented lines
    std::vector<std::string> listed;   // its "- name" items
    std::string scalarKey, scalar;     // a YAML block scalar ("title: |" or ">", its text indented below)
    bool inTable = false;
    bool authorTable = false;
    const auto closeOpen = [&] {
        if (!open.empty() && !listed.empty()) takeFrontMatterValue(open, joinedNames(listed), article);
        open.clear();
        listed.clear();
    };
    while (pos < end) {
        std::size_t eol = md.find('\n', pos);
        if (eol == std::string::npos || eol > end) eol = end;
        const std::string line = md.substr(pos, eol - pos);
        pos = eol + 1;
        const bool indented = !line.empty() && (line[0] == ' ' || line[0] == '\t');
        const std::string trimmed = collapseWhitespace(line);
        if (!scalarKey.empty()) {
            if (indented || trimmed.empty()) {
                scalar += (scalar.empty() ? "" : " ") + trimmed;
                continue;
            }
            takeFrontMatterValue(scalarKey, collapseWhitespace(scalar), article);
            scalarKey.clear();
            scalar.clear();
        }
        if (toml && !trimmed.empty() && trimmed.front() == '[') {
            inTable = true;
            // "[params.author]", "[author]": the table that names the writer.
            const std::string table = lowerAscii(trimmed);
            authorTable = table == "[author]" || (table.size() > 8 && table.compare(table.size() - 8, 8, ".author]") == 0);
            continue;
        }
        if (toml && inTable) {
            const std::size_t eq = line.find('=');
            if (authorTable && eq != std::string::npos && lowerAscii(collapseWhitespace(line.substr(0, eq))) == "name" &&
                article.byline.empty()) {
                article.byline = unquoted(line.substr(eq + 1));
            }
            continue;
        }
        if (!toml && indented && !open.empty()) {
            if (trimmed.rfind("- ", 0) == 0) {
                std::string item = trimmed.substr(2);
                if (lowerAscii(item).rfind("name:", 0) == 0) item = item.substr(5);  // "- name: Ana Ruiz"
                if (item.find(':') == std::string::npos) listed.push_back(unquoted(item));
            } else if (lowerAscii(trimmed).rfind("name:", 0) == 0) {
                listed.push_back(unquoted(trimmed.substr(5)));
            }
            continue;
        }
        if (!toml && trimmed.rfind("- ", 0) == 0 && !open.empty()) {
            listed.push_back(unquoted(trimmed.substr(2)));
            continue;
        }
        closeOpen();
        const std::size_t mark = line.find(toml ? '=' : ':');
        if (mark == std::string::npos) continue;
        const std::string key = lowerAscii(collapseWhitespace(line.substr(0, mark)));
        const std::string raw = collapseWhitespace(line.substr(mark + 1));
        if (raw.empty()) {
            open = key;
            continue;
        }
        if (!toml && (raw == "|" || raw == ">" || raw == "|-" || raw == ">-" || raw == "|+" || raw == ">+")) {
            scalarKey = key;
            continue;
        }
        if ((raw.front() == '[' && raw.back() == ']') || (raw.front() == '{' && raw.back() == '}')) {
            takeFrontMatterValue(key, joinedNames(namesIn(raw)), article);
            continue;
        }
        takeFrontMatterValue(key, unquoted(raw), article);
    }
    closeOpen();
    if (!scalarKey.empty()) takeFrontMatterValue(scalarKey, collapseWhitespace(scalar), article);
    const std::size_t bodyStart = md.find('\n', end + 1);
    return bodyStart == std::string::npos ? md.size() : bodyStart + 1;
}

// What a crawler or a blog platform writes in Markdown that CommonMark reads otherwise: a citation mark;
// an image's attributes inside its address, '![](https://cdn/x.jpeg align="center")' (Hashnode), which
// leave the image as text, its address read out; and a date line that starts with a day's ordinal dot,
// "18. September 2024, 06:00 Uhr", which is an ordered list's first item to CommonMark.
std::string withPlatformQuirksMended(std::string text) {
    // A crawler's citation marks after the words they cite, "Priya Ramdin-Gopaul⟨10⟩" (Crawl4AI).
    for (std::size_t at = text.find("\xE2\x9F\xA8"); at != std::string::npos; at = text.find("\xE2\x9F\xA8", at)) {
        std::size_t k = at + 3;
        while (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
        if (k > at + 3 && text.compare(k, 3, "\xE2\x9F\xA9") == 0) {
            text.erase(at, k + 3 - at);
        } else {
            at += 3;
        }
    }
    // pandoc's citations, "[@usf2025, 2]", "[see @doe99; @smith04, p. 33]": the keys are for the
    // bibliography, not for a listener (an address in brackets, "[ana@example.com]", has letters before
    // its "@").
    for (std::size_t at = text.find('['); at != std::string::npos; at = text.find('[', at + 1)) {
        const std::size_t close = text.find_first_of("[]\n", at + 1);
        if (close == std::string::npos || text[close] != ']' || (close + 1 < text.size() && (text[close + 1] == '(' || text[close + 1] == '['))) {
            continue;
        }
        // (Every part of it a key, after a prefix pandoc knows, "see", "cf.", "e.g.", and before its locator:
        // "[via @reuters]" is a credit.)
        bool key = true;
        for (std::size_t from = at + 1; from < close && key;) {
            std::size_t to = text.find(';', from);
            if (to == std::string::npos || to > close) to = close;
            std::string part = collapseWhitespace(text.substr(from, to - from));
            for (const char* prefix : {"see also ", "see ", "cf. ", "e.g. ", "compare "}) {
                if (part.rfind(prefix, 0) == 0) part.erase(0, std::strlen(prefix));
            }
            if (part.rfind("-@", 0) == 0) part.erase(0, 1);
            std::size_t k = 1;
            while (k < part.size() && (std::isalnum(static_cast<unsigned char>(part[k])) || part[k] == '_' || part[k] == ':' || part[k] == '-')) ++k;
            key = part.size() >= 2 && part[0] == '@' && k > 1 && (k == part.size() || part[k] == ',');
            from = to + 1;
        }
        if (!key) continue;
        const std::size_t from = at > 0 && text[at - 1] == ' ' ? at - 1 : at;
        text.erase(from, close + 1 - from);
        at = from;
    }
    for (std::size_t at = text.find("!["); at != std::string::npos; at = text.find("![", at + 2)) {
        const std::size_t open = text.find("](", at);
        const std::size_t eol = text.find('\n', at);
        if (open == std::string::npos || open > eol) continue;
        const std::size_t close = text.find(')', open);
        if (close == std::string::npos || close > eol) continue;
        const std::size_t space = text.find(' ', open);
        if (space == std::string::npos || space > close) continue;
        // (A title in quotes is CommonMark's own: '![x](a.jpg "A title")'.)
        const std::string rest = text.substr(space + 1, close - space - 1);
        const std::size_t equals = rest.find('=');
        if (equals == std::string::npos || equals == 0 || !std::isalpha(static_cast<unsigned char>(rest[0]))) continue;
        text.erase(space, close - space);
    }
    for (std::size_t line = 0; line < text.size();) {
        std::size_t eol = text.find('\n', line);
        if (eol == std::string::npos) eol = text.size();
        // Docsify's marks: a heading's anchor, "## Co się zmieni :id=zmiany", and a tip's or a warning's
        // opening, "?> …", "!> …"; the words stay.
        if (const std::size_t id = text.rfind(" :id=", eol); id != std::string::npos && id > line &&
                                                              text.find_first_of(" \t", id + 5) >= eol) {
            text.erase(id, eol - id);
            eol = id;
        }
        if (eol - line > 3 && (text.compare(line, 3, "?> ") == 0 || text.compare(line, 3, "!> ") == 0)) {
            text.erase(line, 3);
            eol -= 3;
        }
        std::size_t k = line;
        while (k < eol && k - line < 2 && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
        if (k > line && k + 2 < eol && text[k] == '.' && text[k + 1] == ' ') {
            std::size_t wordEnd = k + 2;
            while (wordEnd < eol && (std::isalpha(static_cast<unsigned char>(text[wordEnd])) || static_cast<unsigned char>(text[wordEnd]) >= 0x80)) ++wordEnd;
            const std::string word = text.substr(k + 2, wordEnd - k - 2);
            if (monthFromAnyName(word) != 0 && wordEnd + 5 <= eol && text[wordEnd] == ' ' &&
                std::isdigit(static_cast<unsigned char>(text[wordEnd + 1])) && std::isdigit(static_cast<unsigned char>(text[wordEnd + 4]))) {
                text.insert(k, "\\");  // "18\. September 2024": the dot is the date's
                eol += 1;
            }
        }
        line = eol + 1;
    }
    return text;
}

// Whether the lines are prose: words and sentences, few of the signs code is made of.
bool isProse(const std::string& body) {
    std::size_t letters = 0, signs = 0, words = 0;
    for (char c : body) {
        const auto u = static_cast<unsigned char>(c);
        letters += std::isalpha(u) != 0 || u >= 0x80;
        signs += std::string("{};=<>()[]$\\|_#").find(c) != std::string::npos;
    }
    words = countWords(body);
    return words >= 40 && letters >= 20 * std::max<std::size_t>(signs, 1) && body.find(". ") != std::string::npos;
}

// A fence that holds no code: a chat's quote of an article ("```quote" on Zulip, "```spoiler"), Markdown
// kept as it is ("```markdown"), or prose fenced to keep its lines ("```" or "```text" over sentences,
// as chats paste an article). Its fence lines go, and what it holds is read as the document's own.
std::string withProseFencesOpened(std::string text) {
    std::size_t line = 0;
    while (line < text.size()) {
        std::size_t eol = text.find('\n', line);
        if (eol == std::string::npos) eol = text.size();
        std::size_t k = line;
        while (k < eol && k - line < 3 && text[k] == ' ') ++k;
        const char mark = k < eol ? text[k] : '\0';
        std::size_t run = k;
        while (run < eol && text[run] == mark) ++run;
        if ((mark != '`' && mark != '~') || run - k < 3) {
            line = eol + 1;
            continue;
        }
        const std::string info = lowerAscii(collapseWhitespace(text.substr(run, eol - run)));
        // Its closing fence: the same mark, as many at least, alone on its line.
        std::size_t close = eol + 1, closeEnd = std::string::npos;
        while (close < text.size()) {
            std::size_t end = text.find('\n', close);
            if (end == std::string::npos) end = text.size();
            const std::string fence = collapseWhitespace(text.substr(close, end - close));
            if (fence.size() >= run - k && fence.find_first_not_of(mark) == std::string::npos) {
                closeEnd = end;
                break;
            }
            close = end + 1;
        }
        if (closeEnd == std::string::npos) break;
        const std::string body = eol + 1 < close ? text.substr(eol + 1, close - eol - 1) : "";
        // (A Markdown sample in a technical article is code too, unless it is prose.)
        const bool quoted = info == "quote" || info == "spoiler";
        const bool plain = info.empty() || info == "text" || info == "txt" || info == "plain" || info == "plaintext" || info == "markdown" ||
                           info == "md";
        if (quoted || (plain && isProse(body))) {
            text.replace(line, closeEnd - line, body);
            line += body.size();
            continue;
        }
        line = closeEnd + 1;
    }
    return text;
}

// Lines that CommonMark would run into one paragraph but that stand alone: a line set wholly in bold
// or italics ("**Water cuts to continue…**" over "*By Leias Natapei*" over "*Tuesday 3 June 2025*", a
// headline, its byline and its date) and a chat's header, "**Marie Kalsakau** 08:12", over its message.
// A blank line after each keeps them apart. A line in bold over a byline is the headline: a heading.
std::string withStandaloneLinesApart(const std::string& text) {
    std::string out;
    bool fenced = false;
    for (std::size_t line = 0; line < text.size();) {
        std::size_t eol = text.find('\n', line);
        if (eol == std::string::npos) eol = text.size();
        const std::string raw = text.substr(line, eol - line);
        const std::string trimmed = collapseWhitespace(raw);
        if (trimmed.rfind("```", 0) == 0 || trimmed.rfind("~~~", 0) == 0) fenced = !fenced;
        if (!fenced && eol < text.size() && (trimmed.rfind("**", 0) == 0 || trimmed.rfind("__", 0) == 0) && trimmed.size() > 4 &&
            trimmed.compare(trimmed.size() - 2, 2, trimmed.substr(0, 2)) == 0 && countWords(trimmed) <= 25 &&
            trimmed[trimmed.size() - 3] != '.') {
            const std::size_t nextEnd = text.find('\n', eol + 1);
            std::string next;
            for (char c : text.substr(eol + 1, (nextEnd == std::string::npos ? text.size() : nextEnd) - eol - 1)) {
                if (c != '*' && c != '_') next += c;
            }
            next = collapseWhitespace(next);
            // (A byline names people: "By Leias Natapei", not "By Tuesday the river had crested.")
            for (const char* by : {"By ", "Por ", "Par ", "Von ", "Di ", "Door ", "Av ", "Af "}) {
                if (next.rfind(by, 0) != 0 || countWords(next) > 8) continue;
                const std::vector<std::string> names = splitWords(next.substr(std::strlen(by)));
                const bool people = !names.empty() && std::all_of(names.begin(), names.end(), [](const std::string& w) {
                    return std::isupper(static_cast<unsigned char>(w[0])) || w == "and" || w == "y" || w == "et" || w == "und" ||
                           w == "e" || w == "en" || w == "och" || w == "og";
                });
                if (people && next.back() != '.') out += "## ";
                break;
            }
        }
        // An MDX component's opening or closing tag alone on its line, '<Cifras titulo="En cifras">' over a
        // list: CommonMark would take the tag and all under it to the next blank line for raw HTML, and the
        // list would not be read. Blank lines around the tag leave what it holds to Markdown.
        // (Not a box beside the story, by its kind or its name: '<Aside type="tip">', '<Callout type="info">',
        // '<NewsletterSignup>' stay raw HTML, unread, as before.)
        const std::string tag = lowerAscii(trimmed);
        bool beside = false;
        for (const char* kind : {"type=\"tip", "type=\"info", "type=\"note", "type=\"warning", "type=\"caution", "type=\"danger",
                                 "newsletter", "promo", "signup", "subscribe", "related", "advert", "sponsor", "donate"}) {
            beside = beside || tag.find(kind) != std::string::npos;
        }
        const bool component = !fenced && !beside && trimmed.size() >= 3 && trimmed[0] == '<' && trimmed.back() == '>' &&
                               trimmed.compare(trimmed.size() - 2, 2, "/>") != 0 &&
                               std::isupper(static_cast<unsigned char>(trimmed[trimmed[1] == '/' ? 2 : 1])) != 0 &&
                               trimmed.find('>') == trimmed.size() - 1;
        if (component && !out.empty() && out.compare(out.size() - std::min<std::size_t>(2, out.size()), 2, "\n\n") != 0) out += '\n';
        out += raw;
        if (eol < text.size()) out += '\n';
        if (component) out += '\n';
        line = eol + 1;
        const std::size_t nextEnd = line < text.size() ? text.find('\n', line) : std::string::npos;
        const std::string next = line < text.size() ? collapseWhitespace(text.substr(line, (nextEnd == std::string::npos ? text.size() : nextEnd) - line)) : "";
        // ("> **The Good:** …" over "> **The Bad:** …": a quote's lines each opening on a label in bold are fields apart, one
        // paragraph to Markdown.)
        if (!fenced && trimmed.size() > 2 && trimmed[0] == '>' && next.size() > 4 && next.rfind("> **", 0) == 0) {
            const std::size_t label = next.find(":**");
            const std::size_t labelAfter = next.find("**:");
            if ((label != std::string::npos && label < 40) || (labelAfter != std::string::npos && labelAfter < 40)) {
                out += ">\n";
                continue;
            }
        }
        if (fenced || trimmed.size() < 3 || next.empty() || next[0] == '-' || next[0] == '#' || next[0] == '|' || next[0] == '>') continue;
        const char mark = trimmed[0];
        const bool emphasized = (mark == '*' || mark == '_') && trimmed.back() == mark && trimmed[1] != ' ' &&
                                trimmed.find_first_not_of("*_ ") != std::string::npos && trimmed[trimmed.size() - 2] != ' ';
        // ("Av *Johan Bergqvist*, TT" over "Publicerad 2024-09-05 11:24 | Uppdaterad …": the byline and the page's date line,
        // one paragraph to Markdown, are two lines of the page.)
        // (The byline set in bold, "**By Duncan McAllister** | Golf Correspondent", over "Last updated: …" too.)
        bool bylineOverDate = false;
        const std::string plainLine = trimmed.substr(std::min(trimmed.size(), trimmed.find_first_not_of("*_")));
        for (const char* by : {"By ", "Por ", "Par ", "Von ", "Door ", "Av ", "Af "}) {
            bylineOverDate = bylineOverDate || (plainLine.rfind(by, 0) == 0 && countWords(plainLine) <= 8);
        }
        bylineOverDate = bylineOverDate && startsWithAnyOf(lowerUtf8(next), {"publicerad", "published", "updated", "last updated", "uppdaterad", "publi\xC3\xA9",
                                                                              "ver\xC3\xB6" "ffentlicht", "publicado", "pubblicato", "gepubliceerd",
                                                                              "publisert", "publiceret", "opublikowano"});
        if (emphasized || isSpeakerStampLine(trimmed) || bylineOverDate) out += '\n';
    }
    return out;
}

// A reading app's export of an article (Readwise, Obsidian's highlights): the reader's own sections over
// the article, "## Summary", "## Highlights" with their notes and links back, then "## Full Document"
// over the text itself. The summary and the highlights repeat the story or speak of it; they are not
// read, nor the heading over the document and its link. The metadata's fields stay, less their heading.
std::string withoutReadersNotes(const std::string& text) {
    std::vector<std::string> lines = splitLines(text);
    const auto headingText = [](const std::string& line) {
        const std::size_t hashes = line.find_first_not_of('#');
        if (hashes == 0 || hashes == std::string::npos || hashes > 6 || line[hashes] != ' ') return std::string();
        return lowerUtf8(collapseWhitespace(line.substr(hashes)));
    };
    std::size_t full = lines.size();
    for (std::size_t i = 0; i < lines.size() && full == lines.size(); ++i) {
        const std::string h = headingText(lines[i]);
        if (h == "full document" || h == "full text" || h == "full article" || h == "texte int\xC3\xA9gral" || h == "testo completo" ||
            h == "texto completo" || h == "volltext" || h == "volledige tekst") {
            full = i;
        }
    }
    if (full == lines.size()) return text;
    // (The app's sections, two of them at least: an article's own "## Summary" over "## Full text" is the
    // article's.)
    std::size_t sections = 0;
    for (std::size_t i = 0; i < full; ++i) {
        const std::string h = headingText(lines[i]);
        sections += h == "metadata" || h == "summary" || h == "highlights" || h == "notes" || h == "my notes";
    }
    if (sections < 2) return text;
    bool notes = false, any = false;
    for (std::size_t i = 0; i < full; ++i) {
        const std::string h = headingText(lines[i]);
        if (!h.empty()) {
            const bool readers = h == "summary" || h == "highlights" || h == "notes" || h == "my notes" || h == "zusammenfassung" ||
                                 h == "r\xC3\xA9sum\xC3\xA9" || h == "riassunto" || h == "resumen" || h == "resumo" || h == "samenvatting";
            any = any || readers;
            notes = readers;
            if (readers || h == "metadata") lines[i].clear();
            continue;
        }
        if (notes) lines[i].clear();
    }
    if (!any) return text;
    lines[full].clear();
    for (std::size_t i = full + 1; i < lines.size(); ++i) {
        const std::string line = collapseWhitespace(lines[i]);
        if (line.empty()) continue;
        // ("[[Trento, la funivia … - Full Document]]", its brackets perhaps gone already.)
        const std::string lower = lowerUtf8(line);
        if ((line.rfind("[[", 0) == 0 && line.size() > 4 && line.compare(line.size() - 2, 2, "]]") == 0) ||
            lower.find("full document") != std::string::npos) {
            lines[i].clear();
        }
        break;
    }
    std::string out;
    for (const std::string& line : lines) out += line + '\n';
    return out;
}

// pandoc's bracketed spans, "[le second semestre]{.insertion author="…"}", as its converters write a
// document's tracked changes, comments and bookmarks: an insertion's words and any other span's are
// the text's; a deletion's are not, nor a comment's ("[Vérifier…]{.comment-start id="0"}"); a bookmark,
// "[]{#_Hlk195012345 .anchor}", is nothing.
std::string withPandocSpansResolved(std::string text) {
    for (std::size_t at = text.find("]{"); at != std::string::npos; at = text.find("]{", at)) {
        const std::size_t attrsEnd = text.find('}', at + 2);
        const std::size_t eol = text.find('\n', at);
        if (attrsEnd == std::string::npos || attrsEnd > eol) {
            at += 2;
            continue;
        }
        const std::string attrs = text.substr(at + 2, attrsEnd - at - 2);
        if (attrs.empty() || (attrs[0] != '.' && attrs[0] != '#' && attrs.find('=') == std::string::npos)) {
            at += 2;
            continue;
        }
        // The span's opening bracket, past any brackets inside it.
        std::size_t open = at, depth = 0;
        bool found = false;
        while (open-- > 0 && text[open] != '\n') {
            if (text[open] == ']') ++depth;
            if (text[open] == '[') {
                if (depth == 0) {
                    found = true;
                    break;
                }
                --depth;
            }
        }
        if (!found) {
            at += 2;
            continue;
        }
        // (".comment-start" holds a comment's words; ".comment-end" holds none.)
        const bool dropped = attrs.find(".deletion") != std::string::npos || attrs.find(".comment-start") != std::string::npos;
        const std::string kept = dropped ? "" : text.substr(open + 1, at - open - 1);
        text.replace(open, attrsEnd + 1 - open, kept);
        at = open + kept.size();
    }
    return text;
}

// "• Revenue up 12%", "·      Net cash of £12.3m": bullets typed as characters, which Markdown takes for
// words of one paragraph, made its list marks ("- ", the spaces after the bullet with them: five or more
// would make the item code).
// Pandoc's grid tables, "+----+----+" borders around "| cell | cell |" rows whose cells may run over
// several lines ("Old price" over "(EC$/box)"): CommonMark has none, and the borders read as code. Each
// becomes a pipe table, a row's lines joined cell by cell, the rows over a "+====+" border its header.
std::string withGridTablesAsPipeTables(const std::string& text) {
    if (text.find("\n+-") == std::string::npos && text.rfind("+-", 0) != 0) return text;
    const std::vector<std::string> lines = splitLines(text);
    const auto border = [](const std::string& l) {
        const std::string t = collapseWhitespace(l);
        return t.size() >= 3 && t.front() == '+' && t.back() == '+' && t.find_first_not_of("+-=:") == std::string::npos;
    };
    std::string out;
    for (std::size_t i = 0; i < lines.size();) {
        if (!border(lines[i])) {
            out += lines[i] + "\n";
            ++i;
            continue;
        }
        // The columns: where the first border sets its '+'.
        std::vector<std::size_t> cuts;
        for (std::size_t k = 0; k < lines[i].size(); ++k) {
            if (lines[i][k] == '+') cuts.push_back(k);
        }
        std::vector<std::vector<std::string>> rows;
        std::size_t headerRows = 0;
        std::vector<std::string> row;
        std::size_t j = i + 1;
        for (; j < lines.size(); ++j) {
            const std::string& l = lines[j];
            if (border(l)) {
                if (!row.empty()) rows.push_back(row);
                row.clear();
                if (l.find('=') != std::string::npos) headerRows = rows.size();
                continue;
            }
            if (l.empty() || l[0] != '|') break;
            if (row.empty()) row.assign(cuts.size() > 1 ? cuts.size() - 1 : 1, "");
            for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
                if (cuts[c] + 1 >= l.size()) break;
                const std::string cell = collapseWhitespace(l.substr(cuts[c] + 1, cuts[c + 1] - cuts[c] - 1));
                if (!cell.empty()) row[c] += (row[c].empty() ? "" : " ") + cell;
            }
        }
        if (rows.empty() || cuts.size() < 3) {
            for (std::size_t k = i; k < j; ++k) out += lines[k] + "\n";
            i = j;
            continue;
        }
        // (Without a header border the first row heads the pipe table, as CommonMark needs one.)
        const std::size_t header = headerRows == 0 ? 1 : headerRows;
        const auto emit = [&](const std::vector<std::string>& cells) {
            out += "|";
            for (const std::string& cell : cells) out += " " + cell + " |";
            out += "\n";
        };
        out += "\n";
        std::vector<std::string> head(rows[0].size(), "");
        for (std::size_t r = 0; r < header && r < rows.size(); ++r) {
            for (std::size_t c = 0; c < head.size() && c < rows[r].size(); ++c) head[c] += (head[c].empty() ? "" : " ") + rows[r][c];
        }
        emit(head);
        out += "|";
        for (std::size_t c = 0; c < head.size(); ++c) out += " --- |";
        out += "\n";
        for (std::size_t r = header; r < rows.size(); ++r) emit(rows[r]);
        out += "\n";
        i = j;
    }
    return out;
}

// Pandoc's caption of a table, ": Average prices by region" or "Table: …" on its own paragraph next to the table:
// its words are read, not the colon that marks them (a definition list's ": " follows a term, no table).
std::string withTableCaptionsAsText(const std::string& text) {
    if (text.find("\n: ") == std::string::npos && text.find("\nTable: ") == std::string::npos) return text;
    std::vector<std::string> lines = splitLines(text);
    const auto tableRow = [&](std::size_t k) { return k < lines.size() && !lines[k].empty() && (lines[k][0] == '|' || lines[k][0] == '+'); };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::size_t marker = lines[i].rfind(": ", 0) == 0 ? 2 : lines[i].rfind("Table: ", 0) == 0 ? 7 : 0;
        if (marker == 0) continue;
        const bool after = i >= 2 && lines[i - 1].empty() && tableRow(i - 2);
        const bool before = i + 2 < lines.size() && lines[i + 1].empty() && tableRow(i + 2);
        if (after || before) lines[i] = lines[i].substr(marker);
    }
    std::string out;
    for (const std::string& line : lines) out += line + "\n";
    return out;
}

std::string withTypedBulletsAsLists(std::string text) {
    for (std::size_t at = 0; at < text.size();) {
        for (const char* bullet : {"\xE2\x80\xA2 ", "\xC2\xB7 ", "\xE2\x96\xAA "}) {
            const std::size_t n = std::strlen(bullet);
            if (text.compare(at, n, bullet) == 0) {
                std::size_t end = at + n;
                while (end < text.size() && text[end] == ' ') ++end;
                text.replace(at, end - at, "- ");
                break;
            }
        }
        const std::size_t eol = text.find('\n', at);
        if (eol == std::string::npos) break;
        at = eol + 1;
    }
    return text;
}

}  // namespace

std::vector<RawBlock> markdownBlocks(const std::string& markdown, Article& article) {
    const std::size_t bodyStart = readFrontMatter(markdown, article);
    // (Taken out of the body alone: the front matter's length must not change where the body starts.)
    const std::string text = withTypedBulletsAsLists(withPlatformQuirksMended(withStandaloneLinesApart(withProseFencesOpened(withoutReadersNotes(withoutTemplateTags(pipeTablesAsRows(spacedTablesAsPipeTables(withTableCaptionsAsText(withGridTablesAsPipeTables(withPandocSpansResolved(markdown.substr(bodyStart)))), true))))))));
    ParseState state;
    state.base = text.data();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = onText;
    if (md_parse(text.data(), static_cast<MD_SIZE>(text.size()), &parser, &state) !=
        0) {
        throw Error(ExitCode::Input, article.source + ": the Markdown parser gave up on this file");
    }
    if (article.site.empty() && !state.mastheadLink.empty()) article.site = state.mastheadLink;
    return std::move(state.blocks);
}

}  // namespace readcast

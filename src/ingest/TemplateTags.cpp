#include "ingest/TemplateTags.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>
#include <vector>

#include "core/Ascii.hpp"
#include "core/Text.hpp"

namespace readcast {
namespace {

// Bytes to leave out, marked first and cut at the end, so that the scans see the text as it was.
using Cuts = std::vector<bool>;

void mark(Cuts& cuts, const std::string& text, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to && i < text.size(); ++i) {
        if (text[i] != '\n') cuts[i] = true;  // lines stay lines
    }
}

bool isNameByte(char c) { return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_' || c == '-'; }

// Shortcodes whose content is never the story: a picture's caption, an embed, an advertisement, a button.
bool dropsItsContent(const std::string& name) {
    for (const char* n : {"caption", "wp_caption", "gallery", "embed", "video", "audio", "playlist", "adrotate", "ad", "ads",
                          "button", "su_button", "cta", "newsletter", "mc4wp_form", "contact-form-7", "related", "tweet",
                          // boxes beside the story: "{{< banner type="live" >}}Volg ook ons liveblog…{{< /banner >}}"
                          "banner", "notice", "alert", "callout", "aside", "admonition", "promo", "subscribe", "signup",
                          "donate", "ad-slot",
                          // a forum's BBCode: the post replied to, a folded box, a poll ("[quote="erik.b, post:1"]…[/quote]")
                          "quote", "details", "poll", "spoiler",
                          // a pull quote, which repeats a sentence of the story
                          "pullquote", "pull_quote", "pull-quote", "blockquote_pull"}) {
        if (name == n) return true;
    }
    return false;
}

// "[name attr="v"]", "[name]" (with a "[/name]" after it), "[/name]": a shortcode's tag at i, its end and
// name; 0 when there is none. A bracket of words ("[sic]", "[the minister]") or a link's text is none.
std::size_t shortcodeAt(const std::string& text, std::size_t i, std::string& name, bool& closing) {
    if (text[i] != '[') return 0;
    std::size_t k = i + 1;
    closing = k < text.size() && text[k] == '/';
    if (closing) ++k;
    const std::size_t start = k;
    while (k < text.size() && isNameByte(text[k])) ++k;
    if (k == start || !std::islower(static_cast<unsigned char>(text[start])) || k >= text.size()) return 0;
    name = text.substr(start, k - start);
    const std::size_t end = text.find(']', k);
    if (end == std::string::npos || end - i > 600 || text.find('\n', k) < end) return 0;
    if (text[k] == ']') {
        if (closing) return end + 1;
        // "[name]" alone is a shortcode only when it is closed, and is not a link's text.
        if (end + 1 < text.size() && text[end + 1] == '(') return 0;
        return text.find("[/" + name + "]", end) != std::string::npos ? end + 1 : 0;
    }
    // ("[details="Sources"]": BBCode gives the tag itself a value.)
    if (!closing && text[k] == '=' && (end + 1 >= text.size() || text[end + 1] != '(')) return end + 1;
    if (closing || text[k] != ' ') return 0;
    // Attributes: at least one name=value.
    const std::string inside = text.substr(k, end - k);
    return inside.find('=') != std::string::npos && (end + 1 >= text.size() || text[end + 1] != '(') ? end + 1 : 0;
}

// CriticMarkup, a draft's tracked changes in Markdown: "{++added++}" and "{==highlighted==}" are read
// without their marks, "{~~old~>new~~}" as the new words, "{--deleted--}" and "{>>a comment<<}" not at all.
void markCriticMarkup(const std::string& text, Cuts& cuts) {
    for (std::size_t at = text.find('{'); at != std::string::npos; at = text.find('{', at + 1)) {
        if (at + 3 >= text.size()) break;
        const std::string open = text.substr(at, 3);
        const char* close = open == "{++" ? "++}" : open == "{--" ? "--}" : open == "{~~" ? "~~}" : open == "{>>" ? "<<}"
                            : open == "{==" ? "==}" : nullptr;
        if (close == nullptr) continue;
        const std::size_t end = text.find(close, at + 3);
        if (end == std::string::npos || end - at > 4000) continue;
        if (open == "{--" || open == "{>>") {
            mark(cuts, text, at, end + 3);
        } else if (open == "{~~") {
            const std::size_t arrow = text.find("~>", at + 3);
            mark(cuts, text, at, arrow != std::string::npos && arrow < end ? arrow + 2 : at + 3);
            mark(cuts, text, end, end + 3);
        } else {
            mark(cuts, text, at, at + 3);
            mark(cuts, text, end, end + 3);
        }
        at = end + 2;
    }
}

// (`shortest`: in a page's text, where a bracket of the story may hold "[n=2,140]" or "[x = 2y]", names of three letters at least.)
void markShortcodes(const std::string& text, Cuts& cuts, std::size_t shortest = 1) {
    for (std::size_t i = text.find('['); i != std::string::npos; i = text.find('[', i + 1)) {
        std::string name;
        bool closing = false;
        const std::size_t end = shortcodeAt(text, i, name, closing);
        if (end == 0 || name.size() < shortest) continue;
        std::size_t to = end;
        if (!closing && dropsItsContent(name)) {
            const std::size_t close = text.find("[/" + name + "]", end);
            if (close != std::string::npos && close - end < 2000) to = close + name.size() + 3;
        }
        mark(cuts, text, i, to);
        i = to - 1;
    }
}

// "{{< name … >}}", "{{% name … %}}": a Hugo shortcode's name, or "" when i holds none.
std::string hugoShortcodeName(const std::string& text, std::size_t i) {
    if (text.compare(i, 3, "{{<") != 0 && text.compare(i, 3, "{{%") != 0) return "";
    std::size_t k = i + 3;
    while (k < text.size() && text[k] == ' ') ++k;
    const std::size_t start = k;
    while (k < text.size() && isNameByte(text[k])) ++k;
    return text.substr(start, k - start);
}

// "{% … %}", "{{ … }}", "{: … }" on one line; "{.kg-btn}", "{#signup}": a class or an id set on what is
// before it. A Hugo shortcode that boxes something beside the story goes with its content.
void markTemplateBraces(const std::string& text, Cuts& cuts) {
    for (std::size_t i = text.find('{'); i != std::string::npos; i = text.find('{', i + 1)) {
        // "{/* truncate */}": an MDX comment.
        if (text.compare(i, 3, "{/*") == 0) {
            const std::size_t end = text.find("*/}", i + 3);
            if (end != std::string::npos && end - i < 2000) {
                mark(cuts, text, i, end + 3);
                i = end + 2;
                continue;
            }
        }
        // "{% details Sources %}…{% enddetails %}": a Liquid block boxing something beside the story goes with
        // its content.
        if (text.compare(i, 2, "{%") == 0) {
            std::size_t k = i + 2;
            while (k < text.size() && (text[k] == ' ' || text[k] == '-')) ++k;
            const std::size_t start = k;
            while (k < text.size() && isNameByte(text[k])) ++k;
            const std::string name = text.substr(start, k - start);
            if (!name.empty() && dropsItsContent(name)) {
                const std::size_t close = text.find("end" + name, k);
                const std::size_t end = close == std::string::npos ? std::string::npos : text.find("%}", close);
                if (end != std::string::npos && end - i < 3000) {
                    mark(cuts, text, i, end + 2);
                    i = end + 1;
                    continue;
                }
            }
        }
        if (const std::string name = hugoShortcodeName(text, i); !name.empty() && dropsItsContent(name)) {
            const char delimiter = text[i + 2];
            const std::string closing = std::string("{{") + delimiter + " /" + name;
            const std::size_t close = text.find(closing, i);
            const std::size_t end = close == std::string::npos ? std::string::npos : text.find("}}", close);
            if (end != std::string::npos && end - i < 3000) {
                mark(cuts, text, i, end + 2);
                i = end + 1;
                continue;
            }
        }
        const char kind = i + 1 < text.size() ? text[i + 1] : '\0';
        // (Glued to what it marks, "[Join](#/signup){.btn}", "![](x.jpg){width="100%"}"; or closing a line
        // after a space, a heading's '{#gotland .headline}' as pandoc writes it.)
        const std::size_t brace = text.find('}', i);
        const bool glued = i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n';
        const bool afterMarkup = i > 0 && (text[i - 1] == ']' || text[i - 1] == ')');
        const bool lineEnd = brace != std::string::npos && (brace + 1 >= text.size() || text[brace + 1] == '\n' || text[brace + 1] == '\r');
        if (((kind == '.' || kind == '#') && (glued || lineEnd)) || (afterMarkup && std::islower(static_cast<unsigned char>(kind)))) {
            const std::size_t end = brace;
            // (A heading's id is its words joined: as long as the heading.)
            bool attributes = end != std::string::npos && end - i <= 240;
            for (std::size_t k = i + 1; attributes && k < end; ++k) {
                attributes = isNameByte(text[k]) || std::isupper(static_cast<unsigned char>(text[k])) || text[k] == '.' ||
                             text[k] == '#' || text[k] == ' ' || text[k] == '=' || text[k] == '"' || text[k] == '%';
            }
            // (A key without a value is no attribute list: "{name}" is a template's placeholder, below.)
            attributes = attributes && (kind == '.' || kind == '#' || text.find('=', i) < end);
            if (attributes) {
                mark(cuts, text, i, end + 1);
                // '[Publicerad 8 juli 2025]{.date}': a span's brackets go with its classes (a link's stay).
                if (text[i - 1] == ']') {
                    const std::size_t lineStart = text.rfind('\n', i) == std::string::npos ? 0 : text.rfind('\n', i) + 1;
                    int depth = 0;
                    for (std::size_t k = i - 1; k + 1 > lineStart + 0 && k != static_cast<std::size_t>(-1); --k) {
                        if (text[k] == ']') ++depth;
                        if (text[k] == '[' && --depth == 0) {
                            if (k == 0 || text[k - 1] != '!') {
                                mark(cuts, text, k, k + 1);
                                mark(cuts, text, i - 1, i);
                            }
                            break;
                        }
                        if (k == lineStart) break;
                    }
                }
                continue;
            }
        }
        const char* close = kind == '%' ? "%}" : kind == '{' ? "}}" : kind == ':' ? "}" : nullptr;
        if (close == nullptr) continue;
        const std::size_t end = text.find(close, i + 2);
        if (end == std::string::npos || text.find('\n', i) < end) continue;
        mark(cuts, text, i, end + std::strlen(close));
    }
}

// An outliner's block properties ("title:: …", "collapsed:: false", "id:: 65f0…", Logseq's and Roam's) and
// a task list's items ("- [ ] ask the council", "- [x] done"): the reader's own notes, not the story.
void markNoteLines(const std::string& text, Cuts& cuts) {
    // Tana's node at the top, "- Port Moresby buai ban: … #article", over its fields: its name is the
    // headline, without its bullet and its supertag.
    if (text.find("%%tana%%") != std::string::npos || text.find("\n  - Author::") != std::string::npos) {
        std::size_t line = text.find("\n- ");
        if (text.rfind("- ", 0) == 0) line = 0;
        else if (line != std::string::npos) ++line;
        if (line != std::string::npos) {
            const std::size_t end = std::min(text.find('\n', line), text.size());
            mark(cuts, text, line, line + 2);
            if (const std::size_t tag = text.rfind(" #", end); tag != std::string::npos && tag > line &&
                text.find_first_of(" \t", tag + 2) >= end) {
                mark(cuts, text, tag, end);
            }
        }
    }
    std::size_t notesIndent = std::string::npos;  // inside a "My notes::" node: its children are cut
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::size_t k = start;
        while (k < end && (text[k] == ' ' || text[k] == '\t')) ++k;
        const std::size_t indent = k - start;
        if (notesIndent != std::string::npos && indent > notesIndent && k < end) {
            mark(cuts, text, start, end);
            start = end + 1;
            continue;
        }
        notesIndent = std::string::npos;
        if (k < end && (text[k] == '-' || text[k] == '*') && k + 1 < end && text[k + 1] == ' ') k += 2;
        std::size_t name = k;
        while (name < end && (std::islower(static_cast<unsigned char>(text[name])) || text[name] == '-' || text[name] == '_')) ++name;
        const bool property = name > k && text.compare(name, 3, ":: ") == 0;
        const bool task = text.compare(k, 4, "[ ] ") == 0 || text.compare(k, 4, "[x] ") == 0 || text.compare(k, 4, "[X] ") == 0;
        if ((property || (task && k > start && (text[k - 2] == '-' || text[k - 2] == '*')))) {
            mark(cuts, text, start, end);
        } else if (const std::size_t marks = text.find("::", k); marks != std::string::npos && marks < end && marks > k && marks - k <= 24 &&
                                                                  std::isupper(static_cast<unsigned char>(text[k]))) {
            // Tana's and Roam's fields, capitalized: "Author:: [[Rhoda Kila]]" and "Published:: [[date:2025-06-12]]"
            // become the fields the story's header gives ("Author: Rhoda Kila"); "Article::" over the story is
            // its node's name; "My notes::" holds the reader's notes, not read; the others ("Saved::",
            // "Status::", "URL::") are not read.
            std::string key;
            for (std::size_t c = k; c < marks; ++c) key += static_cast<char>(std::tolower(static_cast<unsigned char>(text[c])));
            const bool named = key.find_first_not_of("abcdefghijklmnopqrstuvwxyz ") == std::string::npos;
            const bool empty = text.find_first_not_of(" \t\r", marks + 2) >= end;
            if (named && (key == "author" || key == "authors" || key == "published" || key == "date" || key == "title") && !empty) {
                mark(cuts, text, marks, marks + 1);
                if (const std::size_t day = text.find("[[date:", marks); day != std::string::npos && day < end) mark(cuts, text, day + 2, day + 7);
            } else if (named && empty && (key == "my notes" || key == "notes" || key == "note" || key == "comments" || key == "todo")) {
                mark(cuts, text, start, end);
                notesIndent = indent;
            } else if (named) {
                mark(cuts, text, start, end);
            }
        }
        start = end + 1;
    }
}

// Note apps' marks: "==highlighted==" (whose "==" look like code's comparisons), "[[Wiki link]]" (its
// text kept), "![[picture.jpg]]" (gone), a callout's "[!note]".
void markNoteAppSyntax(const std::string& text, Cuts& cuts) {
    for (std::size_t i = text.find("=="); i != std::string::npos; i = text.find("==", i + 2)) {
        const std::size_t close = text.find("==", i + 2);
        if (close == std::string::npos || text.find('\n', i) < close || close == i + 2 || text[i + 2] == ' ' || text[close - 1] == ' ') continue;
        mark(cuts, text, i, i + 2);
        mark(cuts, text, close, close + 2);
        i = close;
    }
    for (std::size_t i = text.find("[["); i != std::string::npos; i = text.find("[[", i + 2)) {
        const std::size_t close = text.find("]]", i);
        if (close == std::string::npos || text.find('\n', i) < close) continue;
        // "- [[Brno MHD — rozpočet 2026]]": a list item that is a link to another note and nothing else goes whole.
        const std::size_t lineStart = text.rfind('\n', i) == std::string::npos ? 0 : text.rfind('\n', i) + 1;
        const std::size_t lineEnd = std::min(text.find('\n', close), text.size());
        const std::string before = text.substr(lineStart, i - lineStart), after = text.substr(close + 2, lineEnd - close - 2);
        const bool bullet = before.find_first_not_of(" \t") != std::string::npos && before.find_first_not_of(" \t-*+") == std::string::npos;
        // ("[[NEED PHOTO of Lincoln — ask photo desk]]": a draft's note to the desk alone on its line, its first word in capitals.)
        const std::string inner = text.substr(i + 2, close - i - 2);
        // (Its first two words in capitals: "[[NASA Artemis program]]" links to a note.)
        const std::vector<std::string> words = splitWords(inner);
        const auto capitals = [](const std::string& w) {
            return w.size() >= 3 && std::all_of(w.begin(), w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
        };
        const bool deskNote = before.find_first_not_of(" \t") == std::string::npos && after.find_first_not_of(" \t\r") == std::string::npos &&
                              words.size() >= 3 && capitals(words[0]) && capitals(words[1]);
        if ((bullet && after.find_first_not_of(" \t\r") == std::string::npos) || deskNote) {
            mark(cuts, text, lineStart, lineEnd);
        } else if (i > 0 && text[i - 1] == '!') {
            mark(cuts, text, i - 1, close + 2);
        } else {
            mark(cuts, text, i, i + 2);
            // "[[Page|shown text]]": the text shown.
            const std::size_t bar = text.find('|', i);
            mark(cuts, text, bar < close ? i : close, bar < close ? bar + 1 : close);
            mark(cuts, text, close, close + 2);
        }
        i = close;
    }
    for (std::size_t i = text.find("[!"); i != std::string::npos; i = text.find("[!", i + 2)) {
        const std::size_t close = text.find(']', i);
        if (close == std::string::npos || close - i >= 20 || text.find('\n', i) < close) continue;
        // A callout opening a quote block ("> [!info] Shore power in brief") is an aside: all its lines go,
        // but a quotation set as one ("[!quote]") keeps its words.
        const std::size_t lineStart = text.rfind('\n', i) == std::string::npos ? 0 : text.rfind('\n', i) + 1;
        const std::string type = lowerAscii(text.substr(i + 2, close - i - 2));
        // (A callout's type is a word: "[![](picture.jpg)](link)" is a linked picture.)
        if (type.empty() || type.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") != std::string::npos) continue;
        if (text.compare(lineStart, 1, ">") == 0 && type != "quote" && type != "cite") {
            std::size_t end = lineStart;
            while (end < text.size() && text[end] == '>') {
                const std::size_t eol = text.find('\n', end);
                end = eol == std::string::npos ? text.size() : eol + 1;
            }
            mark(cuts, text, lineStart, end);
            i = end - 2;  // (the search goes on from the line after the callout)
            continue;
        }
        mark(cuts, text, i, close + 1);
    }
    // Ulysses' marks inside a line: "++sjekk tall – Kari++", a comment, and "||Bybanen Utbygging||", words
    // struck out. (Each opens after a space and closes before one: "C++ and C++" is no comment.)
    for (const char* pair : {"++", "||"}) {
        for (std::size_t i = text.find(pair); i != std::string::npos; i = text.find(pair, i + 2)) {
            const bool opens = (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n') && i + 2 < text.size() && text[i + 2] != ' ' &&
                               text[i + 2] != '\n' && text[i + 2] != pair[0];
            if (!opens) continue;
            const std::size_t close = text.find(pair, i + 2);
            const std::size_t eol = text.find('\n', i);
            if (close == std::string::npos || close > eol || close - i > 300 || text[close - 1] == ' ') continue;
            if (close + 2 < text.size() && std::isalnum(static_cast<unsigned char>(text[close + 2]))) continue;
            mark(cuts, text, i, close + 2);
            i = close;
        }
    }
    // "%% TODO: check the quote %%": a comment for the writer, on one line or over several. (Ulysses writes
    // one a line without closing it, "%% DESK: 4000 characters": where the next "%%" opens a line of text
    // of its own, the comment is the line.)
    const auto opensLine = [&](std::size_t at) {
        return (at == 0 || text[at - 1] == '\n') && at + 3 < text.size() && text[at + 2] == ' ' && text[at + 3] != '\n';
    };
    for (std::size_t i = text.find("%%"); i != std::string::npos; i = text.find("%%", i + 2)) {
        const std::size_t eol = text.find('\n', i);
        std::size_t close = text.find("%%", i + 2);
        if (opensLine(i) && (close == std::string::npos || (close > eol && opensLine(close)))) {
            mark(cuts, text, i, eol == std::string::npos ? text.size() : eol);
            if (eol == std::string::npos) break;
            i = eol;
            continue;
        }
        if (close == std::string::npos || close - i > 4000) break;
        mark(cuts, text, i, close + 2);
        i = close;
    }
}

// A writer's or an editor's note to the desk in a draft's text, in brackets after a word in capitals that
// says what is to be done: "[CHECK with Amila – the sheet says 11,204]", "[TK – reasons?]", "[TK]",
// "[TODO: quote]". (A bracket of the story's own words, "[the minister]", starts in lower case.)
void markDeskNotes(const std::string& text, Cuts& cuts) {
    for (std::size_t open = text.find('['); open != std::string::npos; open = text.find('[', open + 1)) {
        const std::size_t close = text.find(']', open);
        if (close == std::string::npos || close - open > 400 || text.find('\n', open) < close) continue;
        std::size_t k = open + 1;
        while (k < close && std::isupper(static_cast<unsigned char>(text[k]))) ++k;
        const std::string word = text.substr(open + 1, k - open - 1);
        bool note = false;
        for (const char* w : {"CHECK", "TK", "TKTK", "TODO", "FIXME", "FIX", "QUERY", "CONFIRM", "VERIFY", "NB", "ED", "EDS"}) {
            note = note || word == w;
        }
        // (The word alone, or followed by its note: "[TK]", "[CHECK: …]", "[TK – reasons?]".)
        if (!note || (k < close && text[k] != ' ' && text[k] != ':')) continue;
        std::size_t from = open;
        while (from > 0 && text[from - 1] == ' ') --from;  // the space before it goes too
        mark(cuts, text, from, close + 1);
    }
}

// Whole lines: "[^1]: The note…", "*[NTSB]: National Transportation Safety Board"; and the marks "[^1]".
void markNotes(const std::string& text, Cuts& cuts) {
    std::size_t line = 0;
    while (line < text.size()) {
        std::size_t eol = text.find('\n', line);
        if (eol == std::string::npos) eol = text.size();
        const bool note = text.compare(line, 2, "[^") == 0 && text.find("]:", line) < eol;
        const bool abbreviation = text.compare(line, 2, "*[") == 0 && text.find("]:", line) < eol;
        if (note || abbreviation) mark(cuts, text, line, eol);
        line = eol + 1;
    }
    for (std::size_t i = text.find("[^"); i != std::string::npos; i = text.find("[^", i + 1)) {
        const std::size_t end = text.find(']', i);
        if (end == std::string::npos || end - i > 12) continue;
        mark(cuts, text, i, end + 1);
    }
}

// MDX's module lines at the start of a line: "import Chart from '../components/Chart.astro';",
// "export const meta = {…}" (one line). Several in a row would otherwise be one paragraph of paths.
void markModuleLines(const std::string& text, Cuts& cuts) {
    std::size_t line = 0;
    while (line < text.size()) {
        std::size_t eol = text.find('\n', line);
        if (eol == std::string::npos) eol = text.size();
        const std::string_view l(text.data() + line, eol - line);
        const bool import = l.rfind("import ", 0) == 0 && (l.find(" from '") != std::string_view::npos || l.find(" from \"") != std::string_view::npos);
        const bool exported = l.rfind("export const ", 0) == 0 || l.rfind("export default ", 0) == 0 || l.rfind("export let ", 0) == 0;
        if (import || exported) mark(cuts, text, line, eol);
        line = eol + 1;
    }
}

// Docusaurus's and VitePress's admonitions, ":::info Methodology" to ":::" on lines of their own: a note,
// a tip or a warning boxed beside the story, not read.
void markAdmonitions(const std::string& text, Cuts& cuts) {
    for (std::size_t open = text.find(":::"); open != std::string::npos; open = text.find(":::", open + 3)) {
        if ((open > 0 && text[open - 1] != '\n') || open + 3 >= text.size() || !std::isalpha(static_cast<unsigned char>(text[open + 3]))) {
            continue;
        }
        std::size_t close = text.find("\n:::", open + 3);
        while (close != std::string::npos && close + 4 < text.size() && text[close + 4] != '\n' && text[close + 4] != ' ' &&
               text[close + 4] != '\r') {
            close = text.find("\n:::", close + 4);
        }
        if (close == std::string::npos || close - open > 4000) continue;
        mark(cuts, text, open, close + 4);
        open = close + 1;
    }
}

// Pandoc's fenced divs, "::: {.cookie-banner}" to ":::" (longer fences nest): the fences go; so does all
// a div holds when its classes name the page's chrome (header, navigation, consent, advertisement,
// related stories, newsletter, share buttons, comments, footer). A fact box or the story's own div keeps
// its text. (":::info" with no space is Docusaurus's, above.)
void markFencedDivs(const std::string& text, Cuts& cuts) {
    std::vector<bool> open;  // whether each open div is chrome
    for (std::size_t line = 0; line < text.size();) {
        std::size_t eol = text.find('\n', line);
        if (eol == std::string::npos) eol = text.size();
        const std::string_view l(text.data() + line, eol - line);
        std::size_t colons = 0;
        while (colons < l.size() && l[colons] == ':') ++colons;
        const std::string_view rest = colons < l.size() ? l.substr(colons) : std::string_view();
        const bool closes = colons >= 3 && rest.find_first_not_of(" \t\r") == std::string_view::npos;
        const bool opens = colons >= 3 && !rest.empty() && rest[0] == ' ' && rest.find_first_not_of(" \t\r") != std::string_view::npos;
        if (opens) {
            std::string classes = lowerAscii(std::string(rest));
            // (The article's own header, ".article-header", ".entry-header", holds its headline and byline.)
            for (const char* own : {"article-header", "article__header", "entry-header", "post-header", "story-header", "article-head"}) {
                for (std::size_t at = classes.find(own); at != std::string::npos; at = classes.find(own)) classes.erase(at, std::strlen(own));
            }
            bool chrome = !open.empty() && open.back();
            for (const char* word : {"header", "nav", "menu", "cookie", "consent", "banner", "ad-", "ads", "advert", "annons", "anzeige",
                                     "sponsor", "promo", "related", "newsletter", "subscribe", "signup", "share", "social", "footer",
                                     "comment", "sidebar", "aside", "breadcrumb", "paywall", "popup", "modal", "teaser",
                                     // an editor's note to the desk in a manuscript: ".nota-redactie", ".editor-note", ".internal"
                                     "redac", "redak", "editor", "internal", "todo"}) {
                chrome = chrome || classes.find(word) != std::string::npos;
            }
            // (".ad" alone, a class of two letters, is an advertisement too.)
            chrome = chrome || classes.find(".ad}") != std::string::npos || classes.find(".ad ") != std::string::npos || classes == " ad";
            open.push_back(chrome);
            mark(cuts, text, line, eol);
        } else if (closes && !open.empty()) {
            open.pop_back();
            mark(cuts, text, line, eol);
        } else if (!open.empty() && open.back()) {
            mark(cuts, text, line, eol);
        }
        line = eol + 1;
    }
}

// MkDocs's and Python-Markdown's admonitions: '!!! tip "Read also"' (or '??? question "Comments"',
// folded) and the lines indented under it, a box beside the story like the ones above.
void markIndentedAdmonitions(const std::string& text, Cuts& cuts) {
    for (std::size_t line = 0; line < text.size();) {
        std::size_t eol = text.find('\n', line);
        if (eol == std::string::npos) eol = text.size();
        const bool opens = (text.compare(line, 4, "!!! ") == 0 || text.compare(line, 4, "??? ") == 0 || text.compare(line, 5, "???+ ") == 0) &&
                           line + 5 < eol && std::isalpha(static_cast<unsigned char>(text[text.find(' ', line) + 1]));
        if (!opens) {
            line = eol + 1;
            continue;
        }
        // (Its body: the lines indented under it, and blank lines between them.)
        std::size_t end = eol, next = eol + 1;
        while (next < text.size()) {
            std::size_t nextEol = text.find('\n', next);
            if (nextEol == std::string::npos) nextEol = text.size();
            const std::string_view l(text.data() + next, nextEol - next);
            const bool blank = l.find_first_not_of(" \t\r") == std::string_view::npos;
            const bool indented = l.rfind("    ", 0) == 0 || l.rfind("\t", 0) == 0;
            if (!blank && !indented) break;
            if (indented) end = nextEol;
            next = nextEol + 1;
        }
        mark(cuts, text, line, end);
        line = end + 1;
    }
}

}  // namespace

// A generator's table of contents alone on its line: "[[toc]]", "[TOC]", "${toc}", "{:toc}", "[[_TOC_]]".
void markTableOfContents(const std::string& text, Cuts& cuts) {
    for (std::size_t line = 0; line < text.size();) {
        std::size_t eol = text.find('\n', line);
        if (eol == std::string::npos) eol = text.size();
        std::string here;
        for (std::size_t k = line; k < eol; ++k) {
            if (text[k] != ' ' && text[k] != '\r') here += static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
        }
        if (here == "[[toc]]" || here == "[toc]" || here == "${toc}" || here == "{:toc}" || here == "[[_toc_]]") mark(cuts, text, line, eol);
        line = eol + 1;
    }
}

// A mailing tool's greeting to a reader whose name it fills in when it sends: "Hola, {{ .Subscriber.FirstName }}:",
// "Hi *|FNAME|*,". The placeholder is cut with the rest of the template's tags; the greeting left, a word
// or two and a comma or a colon, is cut with it.
void markGreetingsToPlaceholders(const std::string& text, Cuts& cuts) {
    for (const auto& [open, shut] : {std::pair<const char*, const char*>{"{{", "}}"}, {"*|", "|*"}}) {
        for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at + 2)) {
            const std::size_t eol = std::min(text.find('\n', at), text.size());
            const std::size_t close = text.find(shut, at + 2);
            if (close == std::string::npos || close > eol) continue;
            const std::size_t start = text.rfind('\n', at) == std::string::npos ? 0 : text.rfind('\n', at) + 1;
            const std::string left = collapseWhitespace(text.substr(start, at - start) + " " + text.substr(close + 2, eol - close - 2));
            const bool greeting = !left.empty() && countWords(left) <= 2 && left.find_first_of(",:") != std::string::npos &&
                                  left.find_first_of(".!?") == std::string::npos;
            if (greeting) mark(cuts, text, start, eol);
        }
    }
}

std::string withoutShortcodes(const std::string& text) {
    if (text.find('[') == std::string::npos) return text;
    Cuts cuts(text.size(), false);
    markShortcodes(text, cuts, 3);
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!cuts[i]) out += text[i];
    }
    return out;
}

std::string withoutTemplateTags(std::string text) {
    // A word processor's Markdown export escapes the syntax a writer typed as text: "\#\# Heading",
    // "\[caption id=…\]…\[/caption\]", "attachment\_5531". Where it did so (a line that opens on "\#",
    // or a shortcode's "\[/"), the marks are what the writer meant, and are read as Markdown.
    if (text.find("\n\\#") != std::string::npos || text.rfind("\\#", 0) == 0 || text.find("\\[/") != std::string::npos) {
        std::string plain;
        plain.reserve(text.size());
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\\' && i + 1 < text.size() && std::strchr("#[]_", text[i + 1]) != nullptr) continue;
            plain += text[i];
        }
        text = std::move(plain);
    }
    const bool brackets = text.find('[') != std::string::npos, braces = text.find('{') != std::string::npos;
    const bool modules = text.find("import ") != std::string::npos || text.find("export ") != std::string::npos;
    const bool admonitions = text.find(":::") != std::string::npos;
    const bool indentedAdmonitions = text.find("!!! ") != std::string::npos || text.find("??? ") != std::string::npos ||
                                     text.find("???+ ") != std::string::npos;
    if (!brackets && !braces && !modules && !admonitions && !indentedAdmonitions && text.find("==") == std::string::npos &&
        text.find("%%") == std::string::npos && text.find('\\') == std::string::npos && text.find(":: ") == std::string::npos &&
        text.find("++") == std::string::npos && text.find("||") == std::string::npos && text.find("*|") == std::string::npos) {
        return text;
    }
    Cuts cuts(text.size(), false);
    if (modules) markModuleLines(text, cuts);
    if (admonitions) {
        markAdmonitions(text, cuts);
        markFencedDivs(text, cuts);
    }
    if (indentedAdmonitions) markIndentedAdmonitions(text, cuts);
    if (brackets) {
        markDeskNotes(text, cuts);
        markNotes(text, cuts);
        markShortcodes(text, cuts);
    }
    if (brackets || text.find("==") != std::string::npos || text.find("%%") != std::string::npos || text.find("++") != std::string::npos ||
        text.find("||") != std::string::npos) {
        markNoteAppSyntax(text, cuts);
    }
    if (brackets || text.find(":: ") != std::string::npos) markNoteLines(text, cuts);
    if (braces) {
        markCriticMarkup(text, cuts);
        markTemplateBraces(text, cuts);
    }
    if (brackets || braces) markTableOfContents(text, cuts);
    if (braces || text.find("*|") != std::string::npos) markGreetingsToPlaceholders(text, cuts);
    // "\newpage", "\pagebreak", "\vspace{1em}": a line that is a LaTeX command alone, in a Pandoc manuscript.
    for (std::size_t at = text.find('\\'); at != std::string::npos; at = text.find('\\', at + 1)) {
        if (at > 0 && text[at - 1] != '\n') continue;
        std::size_t k = at + 1;
        while (k < text.size() && std::isalpha(static_cast<unsigned char>(text[k]))) ++k;
        if (k == at + 1) continue;
        if (k < text.size() && text[k] == '{') {
            const std::size_t close = text.find('}', k);
            if (close == std::string::npos || text.find('\n', k) < close) continue;
            k = close + 1;
        }
        while (k < text.size() && (text[k] == ' ' || text[k] == '\r')) ++k;
        if (k < text.size() && text[k] != '\n') continue;
        mark(cuts, text, at, k);
    }
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!cuts[i]) out += text[i];
    }
    return out;
}

}  // namespace readcast

#include "ingest/LightMarkup.hpp"

#include <cctype>
#include <cstring>
#include <string_view>
#include <vector>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "core/Utf8.hpp"

namespace readcast {
namespace {

enum class Markup { None, AsciiDoc, Rst, Org, Textile, Wiki };

bool lineStarts(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool lineEnds(std::string_view s, std::string_view p) { return s.size() >= p.size() && s.substr(s.size() - p.size()) == p; }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool isIndented(const std::string& line) { return !line.empty() && (line[0] == ' ' || line[0] == '\t'); }

// ":Author: Tom Ackroyd", ":imagesdir: ../assets": a name between colons at the start of a line, then a
// space or nothing. Sets the name and the value.
bool colonField(std::string_view line, std::string& name, std::string& value) {
    if (line.size() < 3 || line[0] != ':') return false;
    const std::size_t close = line.find(':', 1);
    if (close == std::string_view::npos || close == 1 || close > 40) return false;
    const std::string_view key = line.substr(1, close - 1);
    for (char c : key) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != ' ' && c != '!' &&
            static_cast<unsigned char>(c) < 0x80) {
            return false;
        }
    }
    if (close + 1 < line.size() && line[close + 1] != ' ') return false;
    name = std::string(key);
    value = std::string(trimmed(line.substr(close + 1)));
    return true;
}

// A line of one punctuation mark repeated: a reStructuredText title's underline ("=====", "-----").
bool isAdornment(std::string_view line) {
    line = trimmed(line);
    if (line.size() < 3 || std::strchr("=-~^\"'`#*+:._", line[0]) == nullptr) return false;
    return line.find_first_not_of(line[0]) == std::string_view::npos;
}

// "== Background ==": a wikitext heading, and its level (two signs: a section, "##").
int wikiHeadingLevel(std::string_view line) {
    line = trimmed(line);
    std::size_t open = 0;
    while (open < line.size() && line[open] == '=') ++open;
    std::size_t close = 0;
    while (close < line.size() && line[line.size() - 1 - close] == '=') ++close;
    if (open < 2 || open > 6 || close != open || line.size() <= open + close) return 0;
    return static_cast<int>(open);
}

// "h2. Le proteste", "p(occhiello). Dopo …", "bq. …", "fn1. …": a Textile block's signature, its
// length (with the space after it) and its tag ("h2", "p", "bq", "fn").
std::size_t textileSignature(std::string_view line, std::string& tag) {
    std::size_t i = 0;
    while (i < line.size() && std::isalnum(static_cast<unsigned char>(line[i])) && i < 4) ++i;
    tag = std::string(line.substr(0, i));
    const bool known = tag == "p" || tag == "bq" || tag == "bc" || tag == "pre" ||
                       (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') ||
                       (tag.size() >= 3 && lineStarts(tag, "fn") && std::isdigit(static_cast<unsigned char>(tag[2])));
    if (!known) return 0;
    // A class, a style or a language: "(firma)", "{color:red}", "[it]".
    while (i < line.size() && (line[i] == '(' || line[i] == '{' || line[i] == '[')) {
        const char close = line[i] == '(' ? ')' : line[i] == '{' ? '}' : ']';
        const std::size_t end = line.find(close, i);
        if (end == std::string_view::npos || end - i > 40) return 0;
        i = end + 1;
    }
    if (i + 1 >= line.size() || line[i] != '.' || line[i + 1] != ' ') return 0;
    return i + 2;
}

Markup detect(const std::vector<std::string>& lines) {
    int org = 0, orgDrawers = 0;
    int rstDirectives = 0, rstFields = 0, rstTitles = 0;
    int adocTitle = 0, adocSections = 0, adocAttributes = 0, adocMacros = 0;
    int textile = 0;
    int wikiHeadings = 0, wikiLinks = 0, wikiBold = 0;
    bool first = true;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        const std::string_view t = trimmed(line);
        if (t.empty()) continue;
        if (lineStarts(line, "#+") && line.size() > 3 && std::isalpha(static_cast<unsigned char>(line[2])) &&
            (line.find(':') != std::string::npos || lineStarts(line, "#+BEGIN") || lineStarts(line, "#+END") ||
             lineStarts(line, "#+begin") || lineStarts(line, "#+end"))) {
            ++org;
        }
        if (t == ":PROPERTIES:" || t == ":END:") ++orgDrawers;
        if (lineStarts(line, ".. ") && line.find("::") != std::string::npos) ++rstDirectives;
        std::string name, value;
        const bool field = colonField(line, name, value);
        if (field) {
            ++rstFields;
            ++adocAttributes;
        }
        if (i + 1 < lines.size() && !isAdornment(t) && isAdornment(lines[i + 1]) &&
            trimmed(lines[i + 1]).size() >= codePointCount(std::string(t)) && !isIndented(line)) {
            ++rstTitles;
        }
        if (first && lineStarts(line, "= ") && line.size() > 2 && line[2] != '=') ++adocTitle;
        if ((lineStarts(line, "== ") || lineStarts(line, "=== ")) && !lineEnds(t, "==")) ++adocSections;
        if (lineStarts(line, "image::") || lineStarts(line, "include::") || lineStarts(line, "video::") || lineStarts(line, "toc::")) {
            ++adocMacros;
        }
        std::string tag;
        if (textileSignature(line, tag) != 0) ++textile;
        if (wikiHeadingLevel(line) != 0) ++wikiHeadings;
        if (line.find("[[") != std::string::npos && line.find("]]") != std::string::npos) ++wikiLinks;
        if (line.find("'''") != std::string::npos) ++wikiBold;
        first = false;
    }
    const int adocKinds = (adocTitle > 0) + (adocSections > 0) + (adocAttributes > 0) + (adocMacros > 0);
    if (org >= 2 || (org >= 1 && orgDrawers >= 2)) return Markup::Org;
    if (adocKinds >= 2 && (adocTitle > 0 || adocSections > 0)) return Markup::AsciiDoc;
    if ((rstDirectives > 0) + (rstFields > 0) + (rstTitles > 0) >= 2 || rstDirectives >= 2) return Markup::Rst;
    if (textile >= 2) return Markup::Textile;
    if (wikiHeadings > 0 && (wikiLinks > 0 || wikiBold > 0)) return Markup::Wiki;
    return Markup::None;
}

std::string headingMark(int level) { return std::string(static_cast<std::size_t>(std::max(1, std::min(level, 6))), '#') + " "; }

// A document's fields as the text reader takes them: "Author: …", "Date: …", "Title: …"; a field it
// has no use for is not read.
std::string fieldLine(std::string name, const std::string& value) {
    name = lowerAscii(name);
    if (value.empty()) return "";
    if (name == "title") return "Title: " + value;
    if (name == "author" || name == "authors" || name == "byline") return "Author: " + value;
    if (name == "date" || name == "revdate" || name == "published" || name == "pubdate") return "Date: " + value;
    return "";
}

// Org's "[[https://…][the administration]]" and "[[https://…]]": the words, else the address.
std::string withoutOrgLinks(std::string line) {
    for (std::size_t at = line.find("[["); at != std::string::npos; at = line.find("[[", at)) {
        const std::size_t end = line.find("]]", at);
        if (end == std::string::npos) break;
        const std::string inner = line.substr(at + 2, end - at - 2);
        const std::size_t split = inner.find("][");
        const std::string words = split == std::string::npos ? inner : inner.substr(split + 2);
        line.replace(at, end + 2 - at, words);
        at += words.size();
    }
    return line;
}

std::vector<std::string> fromOrg(const std::vector<std::string>& lines) {
    std::vector<std::string> out;
    bool drawer = false, quote = false, skipped = false;
    for (const std::string& line : lines) {
        const std::string_view t = trimmed(line);
        if (drawer) {
            out.emplace_back();
            drawer = t != ":END:";
            continue;
        }
        if (t == ":PROPERTIES:" || t == ":LOGBOOK:") {
            drawer = true;
            out.emplace_back();
            continue;
        }
        if (lineStarts(line, "#+")) {
            const std::string upper = upperAscii(line);
            if (lineStarts(upper, "#+BEGIN_QUOTE")) quote = true;
            if (lineStarts(upper, "#+END_QUOTE")) quote = false;
            if (lineStarts(upper, "#+BEGIN_SRC") || lineStarts(upper, "#+BEGIN_EXAMPLE") || lineStarts(upper, "#+BEGIN_COMMENT")) skipped = true;
            if (lineStarts(upper, "#+END_SRC") || lineStarts(upper, "#+END_EXAMPLE") || lineStarts(upper, "#+END_COMMENT")) skipped = false;
            const std::size_t colon = line.find(':');
            std::string value = colon == std::string::npos ? "" : std::string(trimmed(std::string_view(line).substr(colon + 1)));
            // "<2025-02-14 Fri 11:20>": a timestamp, its date and time.
            if (value.size() > 2 && (value.front() == '<' || value.front() == '[') && (value.back() == '>' || value.back() == ']')) {
                value = value.substr(1, value.size() - 2);
                const std::size_t space = value.find(' ');
                const std::size_t clock = value.find(':');
                value = value.substr(0, space) + (clock != std::string::npos && clock > 2 ? " " + value.substr(clock - 2, 5) : "");
            }
            out.push_back(colon == std::string::npos ? "" : fieldLine(line.substr(2, colon - 2), value));
            continue;
        }
        if (skipped || lineStarts(line, "# ") || line == "#") {
            out.emplace_back();  // a comment, or code
            continue;
        }
        std::size_t stars = 0;
        while (stars < line.size() && line[stars] == '*') ++stars;
        if (stars > 0 && stars < line.size() && line[stars] == ' ') {
            // "* Что изменится :tag:": a heading, less its tags.
            std::string heading(trimmed(std::string_view(line).substr(stars + 1)));
            if (heading.size() > 2 && heading.back() == ':') {
                const std::size_t space = heading.rfind(' ');
                if (space != std::string::npos && heading[space + 1] == ':') heading = std::string(trimmed(heading.substr(0, space)));
            }
            out.push_back(headingMark(static_cast<int>(stars) + 1) + withoutOrgLinks(heading));
            continue;
        }
        // In a quote, its attribution ("— Иван Колыхматов, глава") stands after it, not in it.
        const bool attribution = lineStarts(t, "\xE2\x80\x94") || lineStarts(t, "-- ") || lineStarts(t, "\xE2\x80\x93 ");
        out.push_back((quote && !t.empty() && !attribution ? "> " : "") + withoutOrgLinks(std::string(t.empty() ? std::string_view() : std::string_view(line))));
    }
    return out;
}

// "[#]_", "[1]_", "`the agency <https://…>`_", "``49.3``": reStructuredText's marks in a line.
std::string rstInline(std::string line) {
    for (std::size_t at = line.find(" ["); at != std::string::npos; at = line.find(" [", at + 1)) {
        const std::size_t close = line.find("]_", at);
        if (close != std::string::npos && close - at < 16) line.erase(at, close + 2 - at);
    }
    if (line.size() > 1 && line[0] == '[') {
        const std::size_t close = line.find("]_");
        if (close != std::string::npos && close < 16) line.erase(0, close + 2 + (close + 2 < line.size() && line[close + 2] == ' '));
    }
    for (std::size_t at = line.find('`'); at != std::string::npos; at = line.find('`', at)) {
        const std::size_t close = line.find("`_", at + 1);
        const std::size_t next = line.find('`', at + 1);
        if (close == std::string::npos || next != close) {
            if (line.compare(at, 2, "``") == 0) {
                line.erase(at, 2);
                continue;
            }
            ++at;
            continue;
        }
        std::string words = line.substr(at + 1, close - at - 1);
        const std::size_t angle = words.find(" <");
        if (angle != std::string::npos) words.erase(angle);
        line.replace(at, close + 2 - at, words);
        at += words.size();
    }
    return line;
}

std::vector<std::string> fromRst(const std::vector<std::string>& lines) {
    std::vector<std::string> out(lines.size());
    std::vector<char> styles;  // the adornments in the order they first appear: the first is the title's
    bool sawTitle = false;
    bool onlyTitlesYet = true;  // nothing but titles and blank lines so far
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        const std::string_view t = trimmed(line);
        // A title, with or without its overline.
        if (!t.empty() && !isAdornment(t) && !isIndented(line) && i + 1 < lines.size() && isAdornment(lines[i + 1]) &&
            trimmed(lines[i + 1]).size() >= codePointCount(std::string(t))) {
            const char mark = trimmed(lines[i + 1])[0];
            std::size_t level = 0;
            while (level < styles.size() && styles[level] != mark) ++level;
            if (level == styles.size()) styles.push_back(mark);
            // The second style right under the title is its subtitle: a standfirst, read as it stands.
            const bool subtitle = level == 1 && sawTitle && onlyTitlesYet;
            out[i] = (subtitle ? std::string() : headingMark(static_cast<int>(level) + 1)) + rstInline(std::string(t));
            if (i > 0 && isAdornment(lines[i - 1])) out[i - 1].clear();
            out[i + 1].clear();
            sawTitle = true;
            ++i;
            continue;
        }
        if (isAdornment(t)) continue;  // an overline, set above
        if (!t.empty()) onlyTitlesYet = false;
        std::string name, value;
        if (!isIndented(line) && colonField(line, name, value)) {
            out[i] = fieldLine(name, value);
            continue;
        }
        if (lineStarts(line, "..")) {
            // ".. [#] Figures from …": a footnote's text, read; any other explicit markup (a directive, a
            // comment, an image with its caption) is not, with the lines indented under it, except an
            // admonition's own text.
            const std::size_t open = line.find('[');
            if (open == 3 && line.find("] ") != std::string::npos) {
                out[i] = rstInline(line.substr(line.find("] ") + 2));
                continue;
            }
            const std::size_t mark = line.find("::");
            const std::string directive = mark == std::string::npos ? "" : lowerAscii(std::string(trimmed(line.substr(2, mark - 2))));
            const bool admonition = directive == "note" || directive == "tip" || directive == "important" || directive == "warning" ||
                                    directive == "caution" || directive == "attention" || directive == "hint" || directive == "danger" ||
                                    directive == "admonition";
            std::size_t k = i + 1;
            while (k < lines.size() && (isIndented(lines[k]) || (trimmed(lines[k]).empty() && k + 1 < lines.size() && isIndented(lines[k + 1])))) {
                std::string inner;
                if (admonition && !lineStarts(trimmed(lines[k]), ":")) inner = rstInline(std::string(trimmed(lines[k])));
                out[k] = inner;
                ++k;
            }
            if (admonition && mark != std::string::npos && mark + 2 < line.size()) out[i] = rstInline(std::string(trimmed(line.substr(mark + 2))));
            i = k - 1;
            continue;
        }
        out[i] = rstInline(line);
    }
    return out;
}

// AsciiDoc's "link:https://…[the map]", "https://…[the map]", "<<section,the section>>": the words.
std::string adocInline(std::string line) {
    for (std::size_t at = line.find("<<"); at != std::string::npos; at = line.find("<<", at)) {
        const std::size_t end = line.find(">>", at);
        if (end == std::string::npos) break;
        const std::string inner = line.substr(at + 2, end - at - 2);
        const std::size_t comma = inner.find(',');
        const std::string words = comma == std::string::npos ? inner : std::string(trimmed(inner.substr(comma + 1)));
        line.replace(at, end + 2 - at, words);
        at += words.size();
    }
    for (const char* scheme : {"link:", "https://", "http://", "mailto:"}) {
        for (std::size_t at = line.find(scheme); at != std::string::npos; at = line.find(scheme, at + 1)) {
            std::size_t end = at;
            while (end < line.size() && line[end] != '[' && line[end] != ' ') ++end;
            if (end >= line.size() || line[end] != '[') continue;
            const std::size_t close = line.find(']', end);
            if (close == std::string::npos) break;
            std::string words = line.substr(end + 1, close - end - 1);
            if (words.empty()) words = line.substr(at, end - at);
            line.replace(at, close + 1 - at, words);
        }
    }
    // "footnote:[…]": a note, not read in the sentence.
    for (std::size_t at = line.find("footnote:["); at != std::string::npos; at = line.find("footnote:[", at)) {
        const std::size_t close = line.find(']', at);
        if (close == std::string::npos) break;
        line.erase(at, close + 1 - at);
    }
    return line;
}

std::vector<std::string> fromAsciiDoc(const std::vector<std::string>& lines) {
    std::vector<std::string> out(lines.size());
    std::string closing;     // the delimiter that ends the block being skipped or quoted
    bool quoting = false, skipping = false;
    std::string attribution;  // "[quote, Dr. Ana Ruiz, Pima County]": who the next quote block is by
    bool afterImage = false;
    std::size_t header = 0;  // lines of the document's header after its title: its author, its revision
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        const std::string_view t = trimmed(line);
        if (!closing.empty()) {
            if (t == closing) {
                if (quoting && !attribution.empty()) out[i] = "\xE2\x80\x94 " + attribution;
                closing.clear();
                quoting = skipping = false;
                attribution.clear();
            } else if (!skipping && !t.empty()) {
                out[i] = (quoting ? "> " : "") + adocInline(std::string(t));
            }
            continue;
        }
        if (lineStarts(line, "= ") && i == header) {
            out[i] = "# " + adocInline(line.substr(2));
            header = i + 1;
            continue;
        }
        // The header's author line ("Marisol Archuleta <marchuleta@…>") and revision line ("v1.3, 2024-05-22: …").
        if (header != 0 && i == header && !t.empty() && t[0] != ':') {
            if (std::isdigit(static_cast<unsigned char>(t[t[0] == 'v' ? 1 : 0])) && t.find(',') != std::string_view::npos) {
                const std::size_t comma = t.find(',');
                const std::string_view rest = trimmed(t.substr(comma + 1));
                out[i] = "Date: " + std::string(rest.substr(0, rest.find(':')));
            } else {
                std::string names(t);
                const std::size_t angle = names.find(" <");
                if (angle != std::string::npos) names.erase(angle, names.find('>', angle) == std::string::npos ? std::string::npos : names.find('>', angle) + 1 - angle);
                for (std::size_t at = names.find(';'); at != std::string::npos; at = names.find(';', at)) names.replace(at, 1, " and");
                out[i] = "By " + std::string(trimmed(names));
            }
            header = i + 1;
            continue;
        }
        if (t.empty()) {
            afterImage = false;
            continue;
        }
        if (lineStarts(t, "//") && !lineStarts(t, "////")) continue;  // a comment
        std::string name, value;
        if (colonField(line, name, value)) {
            out[i] = fieldLine(name, value);
            continue;
        }
        if (t.size() >= 4 && (t[0] == '=' || t[0] == '-' || t[0] == '_' || t[0] == '*' || t[0] == '.' || t[0] == '+' || t[0] == '/') &&
            t.find_first_not_of(t[0]) == std::string_view::npos) {
            // A delimited block: a quote ("____"), an example or a sidebar ("====", "****"), read; a listing,
            // a literal, a passthrough or a comment, not.
            closing = std::string(t);
            quoting = t[0] == '_';
            skipping = t[0] == '-' || t[0] == '.' || t[0] == '+' || t[0] == '/';
            continue;
        }
        const int level = [&] {
            int n = 0;
            while (n < static_cast<int>(t.size()) && t[static_cast<std::size_t>(n)] == '=') ++n;
            return n >= 2 && n < static_cast<int>(t.size()) && t[static_cast<std::size_t>(n)] == ' ' ? n : 0;
        }();
        if (level != 0) {
            out[i] = headingMark(level) + adocInline(std::string(t.substr(static_cast<std::size_t>(level) + 1)));
            continue;
        }
        if (t.front() == '[' && t.back() == ']') {
            // A block's attributes: "[.lead]", "[NOTE]", "[quote, Dr. Ana Ruiz, Pima County]".
            const std::string inner(t.substr(1, t.size() - 2));
            if (lineStarts(inner, "quote") || lineStarts(inner, "verse")) {
                // (Who, and what of: "Dr. Aisha Benally, pediatrician at El Rio Health".)
                const std::size_t comma = inner.find(',');
                if (comma != std::string::npos) attribution = std::string(trimmed(std::string_view(inner).substr(comma + 1)));
            }
            continue;
        }
        if (lineStarts(t, "image::") || lineStarts(t, "include::") || lineStarts(t, "video::") || lineStarts(t, "toc::") ||
            lineStarts(t, "audio::")) {
            afterImage = lineStarts(t, "image::") || lineStarts(t, "video::");
            continue;
        }
        // ".How to check your own line": a block's title; under an image, its caption, which is not read.
        if (t.size() > 1 && t[0] == '.' && t[1] != '.' && t[1] != ' ') {
            if (!afterImage) out[i] = "### " + adocInline(std::string(t.substr(1)));
            continue;
        }
        // ". First step", "* a point", "** a point within it": list items.
        std::size_t bullets = 0;
        while (bullets < t.size() && (t[bullets] == '*' || t[bullets] == '.')) ++bullets;
        if (bullets > 0 && bullets < t.size() && t[bullets] == ' ') {
            out[i] = "- " + adocInline(std::string(t.substr(bullets + 1)));
            continue;
        }
        out[i] = adocInline(line);
    }
    return out;
}

// Textile's '"the map":https://…' and '!/images/x.jpg(caption)!': the words; no picture.
std::string textileInline(std::string line) {
    for (std::size_t at = line.find("\":"); at != std::string::npos; at = line.find("\":", at)) {
        const std::size_t open = line.rfind('"', at == 0 ? 0 : at - 1);
        std::size_t end = at + 2;
        while (end < line.size() && line[end] != ' ' && line[end] != ')' ) ++end;
        if (open == std::string::npos || open >= at || end == at + 2) {
            at += 2;
            continue;
        }
        std::string words = line.substr(open + 1, at - open - 1);
        // (The address's own last stop belongs to the sentence.)
        if (end > at + 2 && (line[end - 1] == '.' || line[end - 1] == ',')) --end;
        line.replace(open, end - open, words);
        at = open + words.size();
    }
    for (std::size_t at = line.find('!'); at != std::string::npos; at = line.find('!', at)) {
        const std::size_t close = line.find('!', at + 1);
        if (close == std::string::npos) break;
        const std::string inner = line.substr(at + 1, close - at - 1);
        const bool picture = inner.find('/') != std::string::npos || inner.find(".jpg") != std::string::npos || inner.find(".png") != std::string::npos;
        if (picture && inner.find(' ') == std::string::npos) {
            line.erase(at, close + 1 - at);
        } else if (picture && inner.find('(') != std::string::npos && inner.find(' ') > inner.find('(')) {
            line.erase(at, close + 1 - at);
        } else {
            at = close;
        }
    }
    // "…la petizione[1]": a footnote's mark.
    for (std::size_t at = line.find('['); at != std::string::npos; at = line.find('[', at + 1)) {
        const std::size_t close = line.find(']', at);
        if (close == std::string::npos || close - at > 4 || close == at + 1) continue;
        bool digits = true;
        for (std::size_t k = at + 1; k < close; ++k) digits = digits && std::isdigit(static_cast<unsigned char>(line[k]));
        if (digits && at > 0 && line[at - 1] != ' ') line.erase(at, close + 1 - at);
    }
    return line;
}

std::vector<std::string> fromTextile(const std::vector<std::string>& lines) {
    std::vector<std::string> out;
    for (const std::string& line : lines) {
        std::string tag;
        const std::size_t signature = textileSignature(line, tag);
        std::string rest = textileInline(line.substr(signature));
        if (signature != 0) {
            if (tag[0] == 'h') {
                out.push_back(headingMark(tag[1] - '0') + rest);
            } else if (tag == "bq") {
                out.push_back("> " + rest);
            } else if (tag == "bc" || tag == "pre") {
                out.emplace_back();  // code
            } else {
                out.push_back(rest);
            }
            continue;
        }
        if ((lineStarts(line, "# ") || lineStarts(line, "* ") || lineStarts(line, "** ") || lineStarts(line, "## "))) {
            out.push_back("- " + std::string(trimmed(rest.substr(rest.find(' ') + 1))));
            continue;
        }
        out.push_back(trimmed(rest).empty() ? std::string() : rest);
    }
    return out;
}

// Wikitext's "[[w:Halifax, Nova Scotia|Halifax]]", "[[Canada]]", "[https://… the report]", "'''bold'''",
// "<ref>…</ref>"; a picture "[[File:…|thumb|…]]" is not read.
std::string wikiInline(std::string line) {
    for (std::size_t at = line.find("[["); at != std::string::npos; at = line.find("[[", at)) {
        // The link's end, over links nested in a picture's caption.
        std::size_t depth = 0, end = at;
        for (; end + 1 < line.size(); ++end) {
            if (line.compare(end, 2, "[[") == 0) {
                ++depth;
                ++end;
            } else if (line.compare(end, 2, "]]") == 0) {
                if (--depth == 0) break;
                ++end;
            }
        }
        if (depth != 0) break;
        const std::string inner = line.substr(at + 2, end - at - 2);
        const std::string lower = lowerAscii(inner.substr(0, inner.find(':') == std::string::npos ? 0 : inner.find(':')));
        std::string words;
        if (lower != "file" && lower != "image" && lower != "category" && lower != "fichier" && lower != "datei" &&
            lower != "archivo" && lower != "imagen" && lower != "immagine" && lower != "ficheiro" && lower != "kategorie") {
            const std::size_t bar = inner.rfind('|');
            words = bar == std::string::npos ? inner : inner.substr(bar + 1);
            if (bar == std::string::npos && lineStarts(words, "w:")) words = words.substr(2);
        }
        line.replace(at, end + 2 - at, words);
        at += words.size();
    }
    for (std::size_t at = line.find("[http"); at != std::string::npos; at = line.find("[http", at)) {
        const std::size_t close = line.find(']', at);
        if (close == std::string::npos) break;
        const std::size_t space = line.find(' ', at);
        const std::string words = space != std::string::npos && space < close ? line.substr(space + 1, close - space - 1) : "";
        line.replace(at, close + 1 - at, words);
        at += words.size();
    }
    for (std::size_t at = line.find("<ref"); at != std::string::npos; at = line.find("<ref", at)) {
        const std::size_t tagEnd = line.find('>', at);
        if (tagEnd == std::string::npos) break;
        if (line[tagEnd - 1] == '/') {
            line.erase(at, tagEnd + 1 - at);
            continue;
        }
        const std::size_t close = line.find("</ref>", tagEnd);
        line.erase(at, close == std::string::npos ? tagEnd + 1 - at : close + 6 - at);
    }
    for (const char* quotes : {"'''", "''"}) {
        for (std::size_t at = line.find(quotes); at != std::string::npos; at = line.find(quotes, at)) line.erase(at, std::strlen(quotes));
    }
    return line;
}

std::vector<std::string> fromWiki(const std::vector<std::string>& lines) {
    std::vector<std::string> out;
    for (const std::string& line : lines) {
        const std::string_view t = trimmed(line);
        if (const int level = wikiHeadingLevel(t); level != 0) {
            out.push_back(headingMark(level) + std::string(trimmed(t.substr(static_cast<std::size_t>(level), t.size() - 2 * static_cast<std::size_t>(level)))));
            continue;
        }
        // "{{date|April 10, 2024}}": the story's date, as Wikinews sets it.
        if (lineStarts(t, "{{date|") && lineEnds(t, "}}")) {
            out.push_back("Date: " + std::string(t.substr(7, t.size() - 9)));
            continue;
        }
        if (t == "<references/>" || t == "<references />") {
            out.emplace_back();
            continue;
        }
        std::string text = wikiInline(std::string(t));
        if (lineStarts(text, "* ") || lineStarts(text, "# ") || lineStarts(text, "** ")) text = "- " + std::string(trimmed(text.substr(text.find(' ') + 1)));
        out.push_back(trimmed(text).empty() ? std::string() : text);
    }
    return out;
}

}  // namespace

std::string lightMarkupAsText(const std::string& text) {
    const std::vector<std::string> lines = splitLines(text);
    std::vector<std::string> out;
    switch (detect(lines)) {
        case Markup::None: return text;
        case Markup::Org: out = fromOrg(lines); break;
        case Markup::Rst: out = fromRst(lines); break;
        case Markup::AsciiDoc: out = fromAsciiDoc(lines); break;
        case Markup::Textile: out = fromTextile(lines); break;
        case Markup::Wiki: out = fromWiki(lines); break;
    }
    std::string joined;
    joined.reserve(text.size());
    for (std::size_t i = 0; i < out.size(); ++i) joined += (i == 0 ? "" : "\n") + out[i];
    return joined;
}

bool hasLightMarkup(const std::string& text) { return detect(splitLines(text)) != Markup::None; }

}  // namespace readcast

#include "ingest/LeftoverHtml.hpp"

#include <cctype>

#include "core/Ascii.hpp"
#include "core/Text.hpp"

namespace readcast {
namespace {

// The tag's name when `line` (already trimmed) opens with one, lower-cased ("p", "li", "h2", "/ul"); else "".
std::string openingTag(const std::string& line) {
    if (line.size() < 3 || line[0] != '<') return "";
    std::size_t end = 1;
    if (line[end] == '/') ++end;
    while (end < line.size() && std::isalnum(static_cast<unsigned char>(line[end]))) ++end;
    if (end >= line.size() || (line[end] != '>' && line[end] != ' ')) return "";
    return lowerAscii(line.substr(1, end - 1));
}

bool isBlockTag(const std::string& name) {
    const std::string bare = !name.empty() && name[0] == '/' ? name.substr(1) : name;
    return bare == "p" || bare == "li" || bare == "ul" || bare == "ol" || bare == "div" || bare == "blockquote" || bare == "section" ||
           bare == "article" || (bare.size() == 2 && bare[0] == 'h' && bare[1] >= '1' && bare[1] <= '6');
}

// The line less its opening tag (with attributes) and the closing tag at its end.
std::string inner(const std::string& line, const std::string& name) {
    const std::size_t open = line.find('>');
    std::string rest = line.substr(open + 1);
    const std::string close = "</" + name + ">";
    if (rest.size() >= close.size() && lowerAscii(rest.substr(rest.size() - close.size())) == close) rest.resize(rest.size() - close.size());
    return collapseWhitespace(rest);
}

// A line that is one bold or strong span and nothing else: a subhead typed in an editor.
bool isBoldLine(const std::string& line) {
    for (const char* name : {"strong", "b"}) {
        const std::string open = std::string("<") + name + ">", close = std::string("</") + name + ">";
        const std::string lower = lowerAscii(line);
        if (lower.rfind(open, 0) == 0 && lower.size() > open.size() + close.size() && lower.compare(lower.size() - close.size(), close.size(), close) == 0 &&
            lower.find(close) == lower.size() - close.size()) {
            return true;
        }
    }
    return false;
}

}  // namespace

std::string leftoverHtmlAsText(const std::string& text) {
    std::size_t tags = 0;
    for (std::size_t start = 0; start < text.size() && tags < 2;) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        tags += isBlockTag(openingTag(collapseWhitespace(text.substr(start, end - start))));
        start = end + 1;
    }
    if (tags < 2) return text;
    std::string out;
    out.reserve(text.size() + 64);
    // (A paragraph or a heading whose closing tag is on a later line, its text wrapped: the lines until it are one block.)
    std::string pending;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string raw = text.substr(start, end - start);
        const std::string line = collapseWhitespace(raw);
        const std::string name = openingTag(line);
        if (!pending.empty() && !isBlockTag(name)) {
            const std::string close = "</" + pending + ">";
            const std::size_t at = lowerAscii(line).rfind(close);
            out += " " + collapseWhitespace(at == std::string::npos ? line : line.substr(0, at));
            if (at != std::string::npos) {
                out += "\n\n";
                pending.clear();
            }
            if (end == text.size()) break;
            start = end + 1;
            continue;
        }
        if (!pending.empty()) {
            out += "\n\n";
            pending.clear();
        }
        const bool wraps = (name == "p" || (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')) &&
                           lowerAscii(line).find("</" + name + ">") == std::string::npos;
        if (wraps) {
            out += "\n" + inner(line, name);
            pending = name;
        } else if (isBlockTag(name) && name[0] == '/') {
            out += "\n";  // a list's or a box's end
        } else if (name == "li") {
            out += "- " + inner(line, name) + "\n";
        } else if (isBlockTag(name)) {
            // (A container's opening alone, "<ul>", "<div class=…>", leaves a blank line; a paragraph or a heading
            // stands between blank ones.)
            const std::string body = inner(line, name);
            out += body.empty() ? "\n" : "\n" + body + "\n\n";
        } else if (isBoldLine(line)) {
            out += "\n" + line + "\n\n";
        } else {
            out += raw + "\n";
        }
        if (end == text.size()) break;
        start = end + 1;
    }
    if (!text.empty() && text.back() != '\n' && !out.empty()) out.pop_back();
    return out;
}

}  // namespace readcast

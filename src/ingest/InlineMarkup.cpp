#include "ingest/InlineMarkup.hpp"

#include <cctype>
#include <cstring>

namespace readcast {
namespace {

// Finds the index just past the bracket that closes the one at `open`, or npos.
std::size_t matchBracket(const std::string& s, std::size_t open, char opening, char closing) {
    int depth = 0;
    for (std::size_t i = open; i < s.size(); ++i) {
        if (s[i] == '\\') {
            ++i;
            continue;
        }
        if (s[i] == opening) ++depth;
        if (s[i] == closing && --depth == 0) return i + 1;
    }
    return std::string::npos;
}

// Parses a Markdown link destination "(url "title")" starting at `open`; returns index past it.
std::size_t skipDestination(const std::string& s, std::size_t open) {
    if (open >= s.size() || s[open] != '(') return std::string::npos;
    return matchBracket(s, open, '(', ')');
}

}  // namespace

std::string takeImages(const std::string& line, std::vector<Image>& images) {
    std::string rest;
    std::size_t i = 0;
    while (i < line.size()) {
        if (line.compare(i, 2, "![") == 0) {
            const std::size_t altEnd = matchBracket(line, i + 1, '[', ']');
            const std::size_t destEnd = altEnd == std::string::npos ? altEnd : skipDestination(line, altEnd);
            if (destEnd != std::string::npos) {
                Image image;
                image.alt = collapseWhitespace(line.substr(i + 2, altEnd - i - 3));
                std::string dest = line.substr(altEnd + 1, destEnd - altEnd - 2);
                image.url = dest.substr(0, dest.find(' '));
                images.push_back(std::move(image));
                i = destEnd;
                continue;
            }
        }
        rest += line[i++];
    }
    return rest;
}

std::string stripInlineMarkup(const std::string& text) {
    std::string out;
    int stars = 0;  // runs of "*" taken as emphasis so far: an odd count leaves one open
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '[') {  // Markdown link [text](url) -> text
            const std::size_t close = matchBracket(text, i, '[', ']');
            const std::size_t destEnd = close == std::string::npos ? close : skipDestination(text, close);
            if (destEnd != std::string::npos) {
                out += text.substr(i + 1, close - i - 2);
                i = destEnd;
                continue;
            }
        } else if (c == '<') {  // HTML tag or comment: drop it, keep a word boundary
            const bool comment = text.compare(i, 4, "<!--") == 0;
            const std::size_t end = comment ? text.find("-->", i) : text.find('>', i);
            const bool tagLike = comment || (i + 1 < text.size() && (std::isalpha(static_cast<unsigned char>(text[i + 1])) ||
                                                                     text[i + 1] == '/' || text[i + 1] == '!'));
            if (end != std::string::npos && tagLike) {
                out += ' ';
                i = end + (comment ? 3 : 1);
                continue;
            }
        } else if (c == '*' || c == '`' || (c == '_' && i + 1 < text.size() && text[i + 1] == '_')) {
            // Emphasis and code markers; a lone underscore inside a word (snake_case) stays. So does the star of an
            // exam's grade, "an A*", "A*-G": one star after a capital standing alone, with no emphasis open before it.
            const bool grade = c == '*' && (i + 1 >= text.size() || (text[i + 1] != '*' && !std::isalnum(static_cast<unsigned char>(text[i + 1])))) &&
                               i >= 1 && std::isupper(static_cast<unsigned char>(text[i - 1])) &&
                               (i == 1 || !std::isalnum(static_cast<unsigned char>(text[i - 2]))) && stars % 2 == 0;
            // (And a batter's score not out, "(67*)", "Labuschagne 67*,": one star after a figure, none open before it.)
            std::size_t digits = i;
            while (digits > 0 && std::isdigit(static_cast<unsigned char>(text[digits - 1]))) --digits;
            const bool notOut = c == '*' && digits < i && i - digits <= 3 && (digits == 0 || !std::isalnum(static_cast<unsigned char>(text[digits - 1]))) &&
                                (i + 1 >= text.size() || (text[i + 1] != '*' && !std::isalnum(static_cast<unsigned char>(text[i + 1])))) &&
                                stars % 2 == 0;
            // (And a phone's dialling code, "*977#", "*144*1#": stars and figures closed by a hash, no emphasis.)
            const bool dialled = c == '*' && stars % 2 == 0 && [&] {
                std::size_t k = i;
                while (k < text.size() && (text[k] == '*' || std::isdigit(static_cast<unsigned char>(text[k])))) ++k;
                return k > i + 1 && k < text.size() && text[k] == '#' && std::isdigit(static_cast<unsigned char>(text[i + 1]));
            }();
            if (grade || notOut || dialled) {
                out += c;
                ++i;
                continue;
            }
            if (c == '*') ++stars;
            while (i < text.size() && text[i] == c) ++i;
            continue;
        }
        out += c;
        ++i;
    }
    return withoutBlockId(collapseWhitespace(decodeEntities(out)));
}

std::string withoutBlockId(std::string text) {
    // (Letters in it: "2 ^1024" is a power.)
    if (const std::size_t caret = text.rfind(" ^"); caret != std::string::npos && text.size() - caret - 2 >= 4 &&
                                                     text.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-", caret + 2) == std::string::npos &&
                                                     text.find_first_of("abcdefghijklmnopqrstuvwxyz", caret + 2) != std::string::npos) {
        text.resize(caret);
    }
    return text;
}

bool splitTrailingCredit(const std::string& text, std::string& body, std::string& credit) {
    std::string t = collapseWhitespace(text);
    if (t.empty() || t.back() != ']') return false;
    const std::size_t open = t.rfind('[');
    if (open == std::string::npos) return false;
    const std::string inside = t.substr(open + 1, t.size() - open - 2);
    // Agency credits are written in capitals: [YONHAP], [SPRAVDI/YONHAP], [AP Photo/Jane Doe].
    std::size_t upper = 0, letters = 0;
    for (char ch : inside) {
        if (std::isalpha(static_cast<unsigned char>(ch))) {
            ++letters;
            if (std::isupper(static_cast<unsigned char>(ch))) ++upper;
        }
    }
    if (letters == 0 || inside.size() > 80 || upper * 2 < letters) return false;
    body = collapseWhitespace(t.substr(0, open));
    credit = inside;
    return true;
}

}  // namespace readcast

#include "ingest/ParagraphNumbers.hpp"

#include <cctype>
#include <vector>

#include "core/Text.hpp"

namespace readcast {
namespace {

struct Numbered {
    std::size_t at;      // where the line's "[" is
    std::size_t length;  // of "[12] "
    long number;
    std::size_t words;   // the line's words after it
};

}  // namespace

std::string withoutParagraphNumbers(const std::string& text) {
    if (text.find("\n[") == std::string::npos && text.rfind('[', 0) != 0) return text;
    std::vector<Numbered> lines;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::size_t at = start;
        while (at < end && (text[at] == ' ' || text[at] == '\t')) ++at;
        if (at < end && text[at] == '[') {
            std::size_t k = at + 1;
            while (k < end && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
            if (k > at + 1 && k - at - 1 <= 3 && k + 1 < end && text[k] == ']' && text[k + 1] == ' ') {
                lines.push_back({at, k + 2 - at, std::stol(text.substr(at + 1, k - at - 1)), countWords(text.substr(k + 2, end - k - 2))});
            }
        }
        start = end + 1;
    }
    if (lines.size() < 3) return text;
    bool longOne = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        // (Rising, with gaps where an excerpt skips paragraphs: "[3]" to "[12]".)
        if (i > 0 && lines[i].number <= lines[i - 1].number) return text;
        longOne = longOne || lines[i].words > 30;
    }
    if (!longOne) return text;
    std::string out;
    out.reserve(text.size());
    std::size_t from = 0;
    for (const Numbered& line : lines) {
        out.append(text, from, line.at - from);
        from = line.at + line.length;
    }
    out.append(text, from, std::string::npos);
    return out;
}

}  // namespace readcast

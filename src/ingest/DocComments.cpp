#include "ingest/DocComments.hpp"

#include <cctype>
#include <set>
#include <vector>

namespace readcast {
namespace {

// The anchor's letters at `at` ("[a]", "[bc]", escaped by a Markdown export as "\[a\]"), and where it ends; "" when
// there is none.
std::string anchorAt(const std::string& text, std::size_t at, std::size_t& end) {
    const bool escaped = text.compare(at, 2, "\\[") == 0;
    std::size_t k = at + (escaped ? 2 : 1);
    if (!escaped && (at >= text.size() || text[at] != '[')) return "";
    const std::size_t from = k;
    while (k < text.size() && k - from < 2 && std::islower(static_cast<unsigned char>(text[k]))) ++k;
    if (k == from) return "";
    if (escaped ? text.compare(k, 2, "\\]") != 0 : (k >= text.size() || text[k] != ']')) return "";
    end = k + (escaped ? 2 : 1);
    return text.substr(from, k - from);
}

}  // namespace

std::string withoutDocComments(const std::string& text) {
    if (text.find("[a]") == std::string::npos && text.find("\\[a\\]") == std::string::npos) return text;
    // The lines, and the comments that close the text: each a line that opens on an anchor and says something after it.
    std::vector<std::pair<std::size_t, std::size_t>> lines;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        lines.emplace_back(start, end);
        start = end + 1;
    }
    std::set<std::string> comments;
    std::size_t firstComment = lines.size();
    for (std::size_t k = lines.size(); k-- > 0;) {
        const auto [start, end] = lines[k];
        std::size_t from = start;
        while (from < end && (text[from] == ' ' || text[from] == '\t')) ++from;
        if (from == end) continue;
        std::size_t after = 0;
        const std::string letters = anchorAt(text, from, after);
        if (letters.empty() || after >= end) break;
        comments.insert(letters);
        firstComment = k;
    }
    // (Only where every comment's anchor stands in the text above, glued to what it is about.)
    if (comments.empty() || firstComment == lines.size()) return text;
    const std::size_t bodyEnd = lines[firstComment].first;
    std::set<std::string> anchored;
    for (std::size_t at = 1; at < bodyEnd; ++at) {
        std::size_t after = 0;
        const std::string letters = (text[at] == '[' || text[at] == '\\') ? anchorAt(text, at, after) : "";
        if (!letters.empty() && text[at - 1] != ' ' && text[at - 1] != '\n' && comments.count(letters) != 0) anchored.insert(letters);
    }
    if (anchored != comments) return text;
    std::string out;
    out.reserve(bodyEnd);
    for (std::size_t at = 0; at < bodyEnd;) {
        std::size_t after = 0;
        const std::string letters = at > 0 && (text[at] == '[' || text[at] == '\\') && text[at - 1] != ' ' && text[at - 1] != '\n'
                                        ? anchorAt(text, at, after)
                                        : "";
        if (!letters.empty() && comments.count(letters) != 0) {
            at = after;
            continue;
        }
        out += text[at++];
    }
    return out;
}

}  // namespace readcast

#include "ingest/TrackedChanges.hpp"

#include <cctype>
#include <cstring>
#include <string_view>

#include "core/Ascii.hpp"

namespace readcast {
namespace {

// CriticMarkup's marks: the opening, the closing, and whether what is inside is kept.
struct Mark {
    const char* open;
    const char* close;
    bool kept;
};
constexpr Mark kCriticMarks[] = {{"{--", "--}", false}, {"{++", "++}", true}, {"{>>", "<<}", false}, {"{==", "==}", true}};

// A word processor's marks written out in braces: "{deleted: …}", "{inserted: …}".
struct Label {
    const char* word;
    bool kept;
};
constexpr Label kBracedLabels[] = {{"deleted", false}, {"deletion", false}, {"inserted", true}, {"insertion", true}};

// "[Comment HC1: add cost?]", "[Comment HC1]", "Comment [SO2]": a reviewer's comment, its initials and number; where it
// ends in `text` from `at`, or `at` when there is none there.
std::size_t commentAt(const std::string& text, std::size_t at) {
    std::size_t k = at;
    const bool bracketed = k < text.size() && text[k] == '[';
    if (bracketed) ++k;
    if (text.compare(k, 8, "Comment ") != 0) return at;
    k += 8;
    const bool inner = !bracketed && k < text.size() && text[k] == '[';
    if (inner) ++k;
    const std::size_t initials = k;
    while (k < text.size() && std::isupper(static_cast<unsigned char>(text[k]))) ++k;
    const std::size_t digits = k;
    while (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
    if (k - initials < 2 || k - initials > 6 || k == digits) return at;
    if (inner) return k < text.size() && text[k] == ']' ? k + 1 : at;
    if (!bracketed) return at;
    if (k < text.size() && text[k] == ']') return k + 1;
    // ("[Comment SO2: add cost – £21.4m?]": the comment inside the brackets, on one line.)
    if (k < text.size() && text[k] == ':') {
        const std::size_t close = text.find(']', k);
        const std::size_t eol = text.find('\n', k);
        if (close != std::string::npos && close < eol) return close + 1;
    }
    return at;
}

std::string lineAfterLabel(std::string_view line, std::string_view label) {
    if (line.size() <= label.size() || line.compare(0, label.size(), label) != 0) return "";
    return std::string(line.substr(label.size()));
}

}  // namespace

std::string withoutTrackedChanges(const std::string& text) {
    if (text.find('{') == std::string::npos && text.find("Comment ") == std::string::npos && text.find("Deleted: ") == std::string::npos &&
        text.find("Inserted: ") == std::string::npos) {
        return text;
    }
    std::string out;
    out.reserve(text.size());
    std::size_t marks = 0;
    for (std::size_t i = 0; i < text.size();) {
        bool matched = false;
        if (text[i] == '{') {
            for (const Mark& m : kCriticMarks) {
                if (text.compare(i, 3, m.open) != 0) continue;
                const std::size_t close = text.find(m.close, i + 3);
                if (close == std::string::npos || text.find("\n\n", i) < close) break;
                if (m.kept) out.append(text, i + 3, close - i - 3);
                i = close + 3;
                matched = true;
                break;
            }
            // "{~~2024~>last year~~}": a substitution, the new words kept.
            if (!matched && text.compare(i, 3, "{~~") == 0) {
                const std::size_t arrow = text.find("~>", i + 3), close = text.find("~~}", i + 3);
                if (arrow != std::string::npos && close != std::string::npos && arrow < close && text.find("\n\n", i) > close) {
                    out.append(text, arrow + 2, close - arrow - 2);
                    i = close + 3;
                    matched = true;
                }
            }
            for (const Label& l : kBracedLabels) {
                if (matched) break;
                const std::size_t n = std::strlen(l.word);
                if (text.compare(i + 1, n, l.word) != 0 || i + 1 + n >= text.size() || text[i + 1 + n] != ':') continue;
                const std::size_t close = text.find('}', i);
                if (close == std::string::npos || text.find('\n', i) < close) break;
                std::size_t from = i + 2 + n;
                while (from < close && text[from] == ' ') ++from;
                if (l.kept) {
                    // (Its space before where it is run on to the word: "October{inserted: last year}".)
                    if (!out.empty() && std::isalnum(static_cast<unsigned char>(out.back()))) out += ' ';
                    out.append(text, from, close - from);
                }
                i = close + 1;
                matched = true;
            }
        } else if (text.compare(i, 8, "Comment ") == 0 || text.compare(i, 9, "[Comment ") == 0) {
            if (const std::size_t end = commentAt(text, i); end != i) {
                // (A comment on a line of its own takes its words with it: "[Comment HC1]: Trust press office to confirm…".)
                const bool lineStart = i == 0 || text[i - 1] == '\n';
                std::size_t next = end;
                if (lineStart && next < text.size() && text[next] == ':') next = text.find('\n', next);
                i = next == std::string::npos ? text.size() : next;
                matched = true;
            }
        }
        if (matched) {
            ++marks;
            continue;
        }
        out += text[i++];
    }
    // A printout's balloons, a line each, where the text holds another mark or several such lines.
    std::size_t balloons = 0;
    for (std::size_t start = 0; start < out.size();) {
        const std::size_t end = std::min(out.find('\n', start), out.size());
        const std::string_view line(out.data() + start, end - start);
        balloons += line.rfind("Deleted: ", 0) == 0 || line.rfind("Inserted: ", 0) == 0 || line.rfind("Formatted: ", 0) == 0;
        start = end + 1;
    }
    // (Only beside another mark: lines quoted from a log, "Deleted: spam post", are a story's.)
    if (balloons == 0 || marks == 0) return out;
    std::string result;
    result.reserve(out.size());
    for (std::size_t start = 0; start < out.size();) {
        const std::size_t end = std::min(out.find('\n', start), out.size());
        const std::string_view line(out.data() + start, end - start);
        if (line.rfind("Deleted: ", 0) != 0 && line.rfind("Formatted: ", 0) != 0) {
            const std::string inserted = lineAfterLabel(line, "Inserted: ");
            result += inserted.empty() ? std::string(line) : inserted;
        }
        if (end < out.size()) result += '\n';
        start = end + 1;
    }
    return result;
}

}  // namespace readcast

#include "core/Ascii.hpp"
#include "text/Lexicon.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <filesystem>
#include <fstream>

#include "core/Error.hpp"
#include "core/LanguageTag.hpp"
#include "core/Text.hpp"

namespace readcast {
namespace {

bool isWordByte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || u >= 0x80;
}

}  // namespace

void Lexicon::add(LexiconEntry entry) {
    entry.case_sensitive = lowerAscii(entry.written) != entry.written;
    entries_.push_back(std::move(entry));
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const LexiconEntry& a, const LexiconEntry& b) { return a.written.size() > b.written.size(); });
}

void Lexicon::load(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw Error(ExitCode::Input, "cannot open lexicon " + systemReason(path, errno));
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (collapseWhitespace(line).empty() || collapseWhitespace(line)[0] == '#') continue;
        const std::size_t tab = line.find('\t');
        const std::string written = tab == std::string::npos ? "" : collapseWhitespace(line.substr(0, tab));
        const std::string spoken = tab == std::string::npos ? "" : collapseWhitespace(line.substr(tab + 1));
        if (written.empty() || spoken.empty() || spoken.find('\t') != std::string::npos) {
            throw Error(ExitCode::Input, path + ":" + std::to_string(number) +
                                             ": expected WRITTEN<TAB>SPOKEN, got \"" + line.substr(0, 60) + "\"");
        }
        add({written, spoken, true});
    }
}

std::vector<LexiconMatch> Lexicon::find(const std::string& text) const {
    std::vector<LexiconMatch> matches;
    if (entries_.empty()) return matches;
    const std::string lower = lowerAscii(text);
    std::size_t i = 0;
    while (i < text.size()) {
        const bool wordStart = i == 0 || !isWordByte(text[i - 1]);
        bool matched = false;
        if (wordStart && isWordByte(text[i])) {
            for (const LexiconEntry& e : entries_) {
                const std::string& hay = e.case_sensitive ? text : lower;
                const std::string needle = e.case_sensitive ? e.written : lowerAscii(e.written);
                const std::size_t end = i + needle.size();
                if (hay.compare(i, needle.size(), needle) == 0 && (end >= text.size() || !isWordByte(text[end]))) {
                    matches.push_back({i, end, &e});
                    i = end;
                    matched = true;
                    break;
                }
            }
        }
        if (!matched) ++i;
    }
    return matches;
}

Lexicon loadLexicons(const std::string& voices_dir, const std::string& language, const std::vector<std::string>& extra) {
    Lexicon lexicon;
    // Run files first: for the same written form the first loaded entry is found first.
    for (const std::string& path : extra) lexicon.load(path);
    const std::filesystem::path shipped = std::filesystem::path(voices_dir) / (primaryLanguage(language) + ".lexicon.tsv");
    if (std::filesystem::exists(shipped)) lexicon.load(shipped.string());
    return lexicon;
}

}  // namespace readcast

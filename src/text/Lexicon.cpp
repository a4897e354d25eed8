#include "core/Ascii.hpp"
#include "text/Lexicon.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "core/Error.hpp"
#include "core/Files.hpp"
#include "core/LanguageTag.hpp"
#include "core/Text.hpp"
#include "core/Utf8.hpp"

namespace readcast {
namespace {

// Whether the character that ends at byte `at` (exclusive) or starts at it is punctuation or a space set
// outside ASCII: the General Punctuation block (’ ‘ ” “ — – …, U+2000–U+206F) and the no-break space and
// guillemets of Latin-1. A word ends before "’s" and starts after "“" as it does at an ASCII quote.
bool punctuationStartsAt(const std::string& text, std::size_t at) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    if (at + 2 < text.size() && b(at) == 0xE2 && (b(at + 1) == 0x80 || b(at + 1) == 0x81)) return true;
    return at + 1 < text.size() && b(at) == 0xC2 && (b(at + 1) == 0xA0 || b(at + 1) == 0xAB || b(at + 1) == 0xBB);
}
bool punctuationEndsAt(const std::string& text, std::size_t at) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    if (at >= 3 && b(at - 3) == 0xE2 && (b(at - 2) == 0x80 || b(at - 2) == 0x81)) return true;
    return at >= 2 && b(at - 2) == 0xC2 && (b(at - 1) == 0xA0 || b(at - 1) == 0xAB || b(at - 1) == 0xBB);
}

// The lower-cased first word of a text from byte `i` (word bytes: letters, digits, anything non-ASCII but
// punctuation).
std::string lowerFirstWord(const std::string& text, std::size_t i = 0) {
    std::size_t end = i;
    while (end < text.size() && isWordByte(text[end]) && !punctuationStartsAt(text, end)) ++end;
    return lowerAscii(text.substr(i, end - i));
}

// Whether a figure in digits ends just before byte `at`, a space or a no-break space between them: "30 min.".
bool afterFigure(const std::string& text, std::size_t at) {
    std::size_t k = at;
    if (k >= 2 && static_cast<unsigned char>(text[k - 2]) == 0xC2 && static_cast<unsigned char>(text[k - 1]) == 0xA0) {
        k -= 2;
    } else if (k >= 1 && text[k - 1] == ' ') {
        --k;
    }
    return k >= 1 && std::isdigit(static_cast<unsigned char>(text[k - 1])) != 0;
}

}  // namespace

void Lexicon::add(LexiconEntry entry) {
    entry.case_sensitive = lowerAscii(entry.written) != entry.written;
    if (const auto same = by_written_.find(entry.written); same != by_written_.end()) {
        entries_[same->second] = std::move(entry);
        generation_[same->second] = ++added_;
        needs_sort_ = true;
        return;
    }
    const std::size_t index = entries_.size();
    by_written_[entry.written] = index;
    lowered_.push_back(lowerAscii(entry.written));
    generation_.push_back(++added_);
    Bucket& bucket = by_first_word_[lowerFirstWord(lowered_.back())];
    bucket.by_form[lowered_.back()].push_back(index);
    if (std::find(bucket.lengths.begin(), bucket.lengths.end(), lowered_.back().size()) == bucket.lengths.end()) {
        bucket.lengths.push_back(lowered_.back().size());
    }
    entries_.push_back(std::move(entry));
    needs_sort_ = true;
}

void Lexicon::sortBuckets() {
    for (auto& [word, bucket] : by_first_word_) {
        std::sort(bucket.lengths.begin(), bucket.lengths.end(), std::greater<>());
        for (auto& [form, indexes] : bucket.by_form) {
            std::sort(indexes.begin(), indexes.end(), [&](std::size_t a, std::size_t b) { return generation_[a] > generation_[b]; });
        }
    }
    needs_sort_ = false;
}

void Lexicon::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ExitCode::Input, "cannot open lexicon " + systemReason(path, errno));
    // Read with a cap, not by the size the file claims: a device or a pipe has none.
    const std::string text = readCapped(in, kMaxLexiconBytes);
    if (text.size() > kMaxLexiconBytes) {
        throw Error(ExitCode::Input, path + ": larger than " + std::to_string(kMaxLexiconBytes >> 20) + " MB, the most a lexicon may be");
    }
    loadText(text, path);
}

void Lexicon::loadText(const std::string& text, const std::string& name) {
    std::istringstream in(text);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const std::string shown = printable(line.substr(0, 60));
        const auto malformed = [&](const std::string& why) {
            return Error(ExitCode::Input, name + ":" + std::to_string(number) + ": " + why + ", got \"" + shown + "\"");
        };
        if (line.find('\0') != std::string::npos) throw malformed("a NUL byte; expected WRITTEN<TAB>SPOKEN");
        if (!isValidUtf8(line)) throw malformed("not UTF-8; expected WRITTEN<TAB>SPOKEN");
        const std::string trimmed = collapseWhitespace(line);
        if (trimmed.empty() || trimmed[0] == '#') continue;
        const std::size_t tab = line.find('\t');
        if (tab != std::string::npos && line.find('\t', tab + 1) != std::string::npos) {
            throw malformed("more than one tab; expected WRITTEN<TAB>SPOKEN");
        }
        const std::string written = tab == std::string::npos ? "" : collapseWhitespace(line.substr(0, tab));
        const std::string spoken = tab == std::string::npos ? "" : collapseWhitespace(line.substr(tab + 1));
        if (written.empty() || spoken.empty()) throw malformed("expected WRITTEN<TAB>SPOKEN");
        if (written == "{N}") throw malformed("expected a word after {N}");
        const bool figureFirst = written.starts_with("{N} ");
        add({figureFirst ? written.substr(4) : written, spoken, true, figureFirst});
    }
    sortBuckets();
}

std::vector<LexiconMatch> Lexicon::find(const std::string& text) const {
    std::vector<LexiconMatch> matches;
    if (entries_.empty()) return matches;
    if (needs_sort_) const_cast<Lexicon*>(this)->sortBuckets();
    const std::string lower = lowerAscii(text);
    std::size_t i = 0;
    while (i < text.size()) {
        // (Small letters after a dot glued to a word's are a web address's or a file's next part, "Onet.pl", "gov.pl":
        // no short form "pl." starts there.)
        const bool inAddress = i >= 2 && text[i - 1] == '.' && std::isalnum(static_cast<unsigned char>(text[i - 2])) &&
                               std::islower(static_cast<unsigned char>(text[i]));
        // (Nor does a figure after a decimal sign start one: "55,1 δισ." is no "1 δισ.", fifty-five and one billion.)
        const bool inFigure = i >= 2 && std::isdigit(static_cast<unsigned char>(text[i])) && (text[i - 1] == ',' || text[i - 1] == '.') &&
                              std::isdigit(static_cast<unsigned char>(text[i - 2]));
        const bool wordStart = i == 0 || (!inAddress && !inFigure && (!isWordByte(text[i - 1]) || punctuationEndsAt(text, i)));
        bool matched = false;
        const auto bucket = wordStart && isWordByte(text[i]) ? by_first_word_.find(lowerFirstWord(lower, i)) : by_first_word_.end();
        if (bucket != by_first_word_.end()) {
            // Each length an entry of this word has, longest first; one lookup each.
            for (const std::size_t length : bucket->second.lengths) {
                const std::size_t end = i + length;
                // ("AU$1,899": letters glued to a dollar sign name the currency, not the lexicon's word.)
                if (end > text.size() ||
                    (end < text.size() && ((isWordByte(text[end]) && !punctuationStartsAt(text, end)) || text[end] == '$'))) {
                    continue;
                }
                const auto form = bucket->second.by_form.find(lower.substr(i, length));
                if (form == bucket->second.by_form.end()) continue;
                for (const std::size_t index : form->second) {
                    const LexiconEntry& e = entries_[index];
                    if (e.case_sensitive && text.compare(i, length, e.written) != 0) continue;
                    if (e.after_figure && !afterFigure(text, i)) continue;
                    // (A hyphenated entry inside a longer hyphenated word is not that word: "y-o" in "y-o-y".)
                    if (end + 1 < text.size() && text[end] == '-' && isWordByte(text[end + 1]) && e.written.find('-') != std::string::npos) continue;
                    matches.push_back({i, end, &e});
                    i = end;
                    matched = true;
                    break;
                }
                if (matched) break;
            }
        }
        if (!matched) ++i;
    }
    return matches;
}

Lexicon loadLexicons(const std::string& voices_dir, const std::string& language, const std::vector<std::string>& extra) {
    Lexicon lexicon;
    // The shipped file first, then the run's in order: an entry for a written form already there
    // replaces it, so the later file wins.
    // (Norwegian's two written standards, Bokmål "nb" and Nynorsk "nn", share one file, "no"; so do
    // Malay "ms" and Indonesian "id".)
    std::string primary = primaryLanguage(language);
    if (primary == "nb" || primary == "nn") primary = "no";
    if (primary == "ms") primary = "id";
    const std::filesystem::path shipped = std::filesystem::path(voices_dir) / (primary + ".lexicon.tsv");
    if (std::filesystem::exists(shipped)) lexicon.load(shipped.string());
    for (const std::string& path : extra) lexicon.load(path);
    return lexicon;
}

}  // namespace readcast

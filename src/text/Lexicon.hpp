#pragma once
// Pronunciation lexicon: words and phrases mapped to what eSpeak NG should say instead, either a
// respelling ("Kyiv" -> "Keev") or eSpeak NG phonemes in double brackets ("[[pj'0Nj'aN]]").
//
// File format (UTF-8, one entry a line, "#" starts a comment line):
//   WRITTEN<TAB>SPOKEN
// An entry with a capital letter matches that case exactly ("Kim Jong-un"); an all-lower-case entry
// matches any case. Matching is by whole words; the longest entry wins. "{N} " before WRITTEN matches it only after a
// figure written in digits ("{N} min." in "30 min.", not in "z min. roku").
//
//   Lexicon lex;
//   lex.load("voices/en.lexicon.tsv");     // throws Error naming file and line for a malformed line

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace readcast {

struct LexiconEntry {
    std::string written;
    std::string spoken;
    bool case_sensitive = true;
    // "{N} min.": matched only after a figure ("30 min."), the unit's short form that elsewhere is another word's ("z min.
    // roku", last year's).
    bool after_figure = false;
};

struct LexiconMatch {
    std::size_t begin = 0;  // byte offsets in the text
    std::size_t end = 0;
    const LexiconEntry* entry = nullptr;
};

// A lexicon file larger than this is refused (a million entries take about 30 MB).
inline constexpr std::uintmax_t kMaxLexiconBytes = 256u << 20;

class Lexicon {
public:
    // Linear in the file's size: a million entries load in about three seconds. An entry for a written
    // form already there replaces it, and among entries that match the same words the later wins (a
    // later file over an earlier one, a run's --lexicon over the shipped file).
    void load(const std::string& path);
    // The entries of a lexicon file's text; `name` names it in errors.
    void loadText(const std::string& text, const std::string& name);
    void add(LexiconEntry entry);
    bool empty() const { return entries_.empty(); }
    std::size_t size() const { return entries_.size(); }
    // Non-overlapping matches in reading order.
    std::vector<LexiconMatch> find(const std::string& text) const;

private:
    // The entries that can match at a word: those whose written form starts with it (lower-cased), by
    // the lower-cased written form, longest first; for one form, the latest added first.
    struct Bucket {
        std::vector<std::size_t> lengths;                                  // distinct, longest first
        std::unordered_map<std::string, std::vector<std::size_t>> by_form;  // lower-cased form -> entries
    };
    std::vector<LexiconEntry> entries_;
    std::vector<std::string> lowered_;        // each entry's written form, lower-cased once
    std::vector<std::size_t> generation_;     // when each entry was last added: the later wins
    std::unordered_map<std::string, Bucket> by_first_word_;
    std::unordered_map<std::string, std::size_t> by_written_;  // exact written form -> entry
    std::size_t added_ = 0;
    bool needs_sort_ = false;
    void sortBuckets();
};

// voices/<language>.lexicon.tsv when it exists, then each extra file; for the same written form the
// extra files win, the later over the earlier.
Lexicon loadLexicons(const std::string& voices_dir, const std::string& language, const std::vector<std::string>& extra);

}  // namespace readcast

#pragma once
// Pronunciation lexicon: words and phrases mapped to what eSpeak NG should say instead, either a
// respelling ("Kyiv" -> "Keev") or eSpeak NG phonemes in double brackets ("[[pj'0Nj'aN]]").
//
// File format (UTF-8, one entry a line, "#" starts a comment line):
//   WRITTEN<TAB>SPOKEN
// An entry with a capital letter matches that case exactly ("Kim Jong-un"); an all-lower-case entry
// matches any case. Matching is by whole words; the longest entry wins.
//
//   Lexicon lex;
//   lex.load("voices/en.lexicon.tsv");     // throws Error naming file and line for a malformed line

#include <string>
#include <vector>

namespace readcast {

struct LexiconEntry {
    std::string written;
    std::string spoken;
    bool case_sensitive = true;
};

struct LexiconMatch {
    std::size_t begin = 0;  // byte offsets in the text
    std::size_t end = 0;
    const LexiconEntry* entry = nullptr;
};

class Lexicon {
public:
    void load(const std::string& path);
    void add(LexiconEntry entry);
    bool empty() const { return entries_.empty(); }
    // Non-overlapping matches in reading order.
    std::vector<LexiconMatch> find(const std::string& text) const;

private:
    std::vector<LexiconEntry> entries_;  // longest first
};

// voices/<language>.lexicon.tsv when it exists, then each extra file; for the same written form the
// extra files win, the later over the earlier.
Lexicon loadLexicons(const std::string& voices_dir, const std::string& language, const std::vector<std::string>& extra);

}  // namespace readcast

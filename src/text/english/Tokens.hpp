#pragma once
// English rules work on tokens: words, numbers, spaces and single symbols, in reading order, with the
// original text of each so that whatever no rule rewrites is passed on untouched.
//
//   auto t = tokenize("on Apr. 29, 2025");   // Word "on", Space, Word "Apr", Symbol ".", ...
//   isWordIn(t, 0, {"on", "in"})             // true

#include <unicode/umachine.h>

#include <initializer_list>
#include <string>
#include <vector>

namespace readcast::english {

enum class Kind { Word, Number, Space, Symbol };

struct Token {
    Kind kind;
    std::string text;
};

using Tokens = std::vector<Token>;

Tokens tokenize(const std::string& s);
bool isCapitalized(const std::string& word);
// A word the lexicon stood in for: one private-use character (its parity says whether it was capitalized).
bool isLexiconPlaceholder(const std::string& word);
// Four in five of the words of four letters or more are capitalized, and there are `minimumWords` of
// them at least: a headline or a heading set in title case.
bool isTitleCased(const Tokens& t, std::size_t minimumWords);
bool isUpperWord(const std::string& word);  // letters, none of them lower case ("NASA", "4K" has its K)

const Token* tok(const Tokens& t, std::size_t i);  // null past the end
// Asked at nearly every token by every rule: inline, and a symbol's first byte is compared first.
inline bool isKind(const Tokens& t, std::size_t i, Kind k) { return i < t.size() && t[i].kind == k; }
inline bool isSym(const Tokens& t, std::size_t i, const char* s) {
    return i < t.size() && t[i].kind == Kind::Symbol && !t[i].text.empty() && t[i].text[0] == s[0] && t[i].text == s;
}
bool isDash(const Tokens& t, std::size_t i);  // hyphen, en dash or em dash
// The sign between a size's sides or a product's factors at i: "x" or "×" ("4 x 6", "1.1 m × 0.7 m").
bool isTimesSign(const Tokens& t, std::size_t i);
// A minus sign at i before a number: "-27", "−27" after a space or a bracket, and an en dash glued to the
// number after a word ("plunge to –27 C"; "10 – 20" and "pages 10 –20" are spans).
bool isMinusSignAt(const Tokens& t, std::size_t i);
// The last straight single quote before token i opens a quotation ("'Tiny Titans 2'"): a "'" after a figure there closes
// it, and is no foot mark. (An opening mark before a figure, "'90s", drops a year's figures.)
bool singleQuoteOpenBefore(const Tokens& t, std::size_t i);
// An inch mark at k, a straight double quote or a double prime, where no quotation is open before it ('cut the cord ½" from the
// base', '1-3" of snow'; in 'he said "3-2" and left' it closes a quotation).
bool inchMarkAt(const Tokens& t, std::size_t k);
bool isWordIn(const Tokens& t, std::size_t i, std::initializer_list<const char*> words);  // any case
// Any word of the text is one of `words` (any case): the sentence speaks of cricket, of betting, of weather.
bool anyWordIn(const Tokens& t, std::initializer_list<const char*> words);
// The sentence speaks of a ratio or of shares ("The funding ratio will be 90:10"): two figures that add up to a
// hundred there are the shares, not minutes and seconds.
bool speaksOfARatio(const Tokens& t);
// A score in the sentence: a number, a dash, a number ("3-2").
bool anyNumberDash(const Tokens& t);
// The word at i is a lower-case plural noun, or "people", "children", "men", "women": "12 people", "9 votes".
bool isPluralNounAt(const Tokens& t, std::size_t i);
std::size_t skip(const Tokens& t, std::size_t i);        // past one space, if there is one
std::string previousWord(const Tokens& t, std::size_t i);  // the word before i, over one space
// A word in the possessive ("company's", "Nyong'o’s"), not a contraction ("it's", "that’s").
bool isPossessive(const std::string& word);
// Takes a possessive's "'s" or "’s" off `word` ("NCAA's" -> "NCAA"); whether there was one.
bool dropPossessive(std::string& word);
// " and " after "between" ("between 10 and 20 percent"), else " to ": how the two ends of a range at i join.
const char* rangeJoiner(const Tokens& t, std::size_t i);

}  // namespace readcast::english

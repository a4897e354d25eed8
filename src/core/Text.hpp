#pragma once
// Text helpers every stage needs: whitespace, HTML character references, word counts, and a folded
// form for comparing texts that differ only in punctuation and spacing.
//
//   collapseWhitespace("  a \u00A0 b ")        // "a b"
//   decodeEntities("AT&amp;T &#8217;")         // "AT&T ’"
//   countWords("By Jane Doe")                  // 3
//   foldForComparison("Seoul, Korea.")         // "seoulkorea"

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace readcast {

// Collapses whitespace (including no-break and other Unicode spaces) to single spaces and trims;
// zero-width spaces are dropped.
std::string collapseWhitespace(const std::string& text);

// Decodes HTML character references (&amp; &#8217; &#x2014; and the named ones copy-pasted news
// text carries); gumbo decodes the full table for real HTML.
std::string decodeEntities(const std::string& text);

// Runs of non-space characters; Chinese and Japanese characters count about two to a word.
std::size_t countWords(const std::string& text);
// How often `word` stands in `text` as a word of its own (no letter or digit of ASCII beside it), as written:
// "Lae" once in "Lae and Laetitia".
std::size_t occurrencesAsWord(const std::string& text, std::string_view word);
// The name counted most among those offered, and the count of the one after it: the country a story names most,
// where it must be named more than any other.
struct MostCounted {
    std::string name;
    std::size_t count = 0, second = 0;
    void offer(const std::string& who, std::size_t n) {
        if (n > count) {
            second = count;
            count = n;
            name = who;
        } else if (n > second) {
            second = n;
        }
    }
};
// How often `piece` stands in `text`, anywhere: a sign ("R$", "NZ$"), a word's ending ("ômico" in "econômico").
std::size_t occurrences(const std::string& text, std::string_view piece);
// Text from an article without what could act on a terminal or hide text: C0 controls (tab, newline
// and carriage return stay), DEL, C1 controls, and the bidirectional embedding, override and isolate
// controls (U+202A..U+202E, U+2066..U+2069), and private-use characters (U+E000..U+F8FF, planes 15-16).
std::string withoutControls(const std::string& text);
// A file name or message for a terminal, one line: controls shown as \xNN, as ls -b shows them.
std::string printable(const std::string& text);

// The pieces of `text` between runs of ASCII whitespace: splitWords(" a  b ") == {"a", "b"}.
std::vector<std::string> splitWords(const std::string& text);
// A word that starts with a capital ("Varginha"), or with a letter beyond ASCII ("İzmir", "Élodie"),
// which a name in any script may do.
bool startsCapitalized(const std::string& word);
// Every word of `text` so (true for no words): a place ("Plaza Huincul", "Belo Horizonte (MG)") or a name.
bool allWordsCapitalized(const std::string& text);
// The lines of `text` without their line ends (a CR before the LF dropped): splitLines("a\r\nb\n") ==
// {"a", "b", ""}.
std::vector<std::string> splitLines(const std::string& text);
// Blanks [begin, end) of `text` with spaces, its newlines kept, so that offsets and the lines stay where
// they were: a stage's way of leaving out what is not the story before the lines are read.
void blankKeepingLines(std::string& text, std::size_t begin, std::size_t end);

// Letters and digits only (ASCII lower-cased, other scripts kept as they are).
std::string foldForComparison(const std::string& text);

// Lower case without accents, for matching a name against its account's slug: "Rocío" -> "rocio".
std::string foldedAccents(const std::string& text);

// Whether a letter or a digit of any script is in the text: "—", "* * *" and "→" say nothing aloud.
bool hasLetterOrDigit(const std::string& text);

// Whether `text` opens on one of `prefixes` ("read more" in "read more: …"), compared as written.
bool startsWithAnyOf(std::string_view text, std::initializer_list<std::string_view> prefixes);
// Whether any of `parts` stands anywhere in `text`, as written.
bool containsAnyOf(std::string_view text, std::initializer_list<std::string_view> parts);

// Lower case in every script ("À LIRE AUSSI" -> "à lire aussi"), for matching phrases of any language.
std::string lowerUtf8(const std::string& text);

// The number a run of digits (after optional spaces and a sign) names, as std::stoi reads it, but never
// throwing: too large saturates at the type's maximum, no digits give 0 (toUnsigned ignores a minus
// sign). Text from an article can hold a thirty-digit "number".
int toInt(const std::string& text);
unsigned long long toUnsigned(const std::string& text);

}  // namespace readcast

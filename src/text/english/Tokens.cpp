#include "text/english/Tokens.hpp"

#include "text/Normalizer.hpp"

#include <unicode/uchar.h>

#include <cctype>
#include <string_view>

#include "core/Ascii.hpp"
#include "core/Utf8.hpp"

namespace readcast::english {

namespace {

// The code point at byte i; *next is set past it.
UChar32 codePointFrom(const std::string& s, std::size_t i, std::size_t* next) {
    *next = i;
    return static_cast<UChar32>(nextCodePoint(s, *next));
}

// Letters, but not the private-use placeholders that hold lexicon matches.
bool isLetter(UChar32 c) { return c < 0xE000 || c > 0xF8FF ? u_isalpha(c) != 0 : false; }

}  // namespace

Tokens tokenize(const std::string& s) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t next = 0;
        const UChar32 c = codePointFrom(s, i, &next);
        // ".7", "$.25": a decimal written without its zero, where a number may start.
        const bool leadingPoint = c == '.' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1])) &&
                                  (i == 0 || s[i - 1] == ' ' || s[i - 1] == '$' || s[i - 1] == '(' || s[i - 1] == '~' ||
                                   s[i - 1] == '<' || s[i - 1] == '>' || s[i - 1] == '=' ||  // "P<.001", as journals write it
                                   s[i - 1] == '/' ||                                          // ".312/.405/.589", a slash line
                                   static_cast<unsigned char>(s[i - 1]) >= 0x80);
        if (c >= 0xE000 && c <= 0xF8FF) {
            // A lexicon match held by its placeholder: a word of its own, capitalized as it was written.
            tokens.push_back({Kind::Word, s.substr(i, next - i)});
            i = next;
        } else if ((c >= '0' && c <= '9') || leadingPoint) {
            std::size_t j = leadingPoint ? i + 1 : i;
            while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) ||
                                    ((s[j] == ',' || s[j] == '.') && j + 1 < s.size() &&
                                     std::isdigit(static_cast<unsigned char>(s[j + 1])) && j > i))) {
                ++j;
            }
            tokens.push_back({Kind::Number, s.substr(i, j - i)});
            i = j;
        } else if (isLetter(c)) {
            // Initialisms with dots keep them: "U.S.", "a.m.", "e.g."
            std::size_t j = i, letters = 0;
            while (j + 1 < s.size() && std::isalpha(static_cast<unsigned char>(s[j])) && s[j + 1] == '.') {
                j += 2;
                ++letters;
            }
            if (letters >= 2) {
                tokens.push_back({Kind::Word, s.substr(i, j - i)});
                i = j;
                continue;
            }
            j = i;
            while (j < s.size()) {
                std::size_t n = 0;
                const UChar32 d = codePointFrom(s, j, &n);
                if (isLetter(d)) {
                    j = n;
                } else if ((d == '\'' || d == 0x2019) && n < s.size()) {
                    std::size_t n2 = 0;
                    if (!isLetter(codePointFrom(s, n, &n2))) break;
                    j = n;
                } else {
                    break;
                }
            }
            tokens.push_back({Kind::Word, s.substr(i, j - i)});
            i = j;
        } else if (u_isUWhiteSpace(c)) {
            std::size_t j = next;
            while (j < s.size()) {
                std::size_t n = 0;
                if (!u_isUWhiteSpace(codePointFrom(s, j, &n))) break;
                j = n;
            }
            tokens.push_back({Kind::Space, " "});
            i = j;
        } else {
            tokens.push_back({Kind::Symbol, s.substr(i, next - i)});
            i = next;
        }
    }
    return tokens;
}

bool isUpperWord(const std::string& w) {
    bool letter = false;
    for (char c : w) {
        if (std::islower(static_cast<unsigned char>(c))) return false;
        letter = letter || std::isalpha(static_cast<unsigned char>(c));
    }
    return letter;
}

bool isLexiconPlaceholder(const std::string& w) { return w.size() == 3 && isLexiconPlaceholderAt(w, 0); }

bool isCapitalized(const std::string& w) {
    // A lexicon placeholder: its odd ones were capitalized.
    if (isLexiconPlaceholder(w)) {
        std::size_t at = 0;
        return (nextCodePoint(w, at) & 1) != 0;
    }
    if (w.empty()) return false;
    if (static_cast<unsigned char>(w[0]) < 0x80) return std::isupper(static_cast<unsigned char>(w[0])) != 0;
    // (A name may open on a capital beyond ASCII: "Élise", "Łukasz", "Ørsted".)
    std::size_t at = 0;
    return u_isupper(static_cast<UChar32>(nextCodePoint(w, at))) != 0;
}

bool isTitleCased(const Tokens& t, std::size_t minimumWords) {
    std::size_t words = 0, capitals = 0;
    for (const Token& k : t) {
        if (k.kind != Kind::Word || k.text.size() < 4) continue;
        ++words;
        capitals += isCapitalized(k.text) ? 1 : 0;
    }
    return words >= minimumWords && capitals * 10 >= words * 8;
}

const Token* tok(const Tokens& t, std::size_t i) { return i < t.size() ? &t[i] : nullptr; }
bool isDash(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Symbol)) return false;
    const std::string& s = t[i].text;
    return s == "-" || s == "\xE2\x80\x93" || s == "\xE2\x80\x94";
}
// Rules ask this at every token: compared in place, letter by letter, without a lower-cased copy.
bool isWordIn(const Tokens& t, std::size_t i, std::initializer_list<const char*> words) {
    if (!isKind(t, i, Kind::Word)) return false;
    const std::string& w = t[i].text;
    for (const char* x : words) {
        std::size_t k = 0;
        while (k < w.size() && x[k] != '\0' &&
               std::tolower(static_cast<unsigned char>(w[k])) == static_cast<unsigned char>(x[k])) {
            ++k;
        }
        if (k == w.size() && x[k] == '\0') return true;
    }
    return false;
}
bool anyNumberDash(const Tokens& t) {
    for (std::size_t k = 0; k + 2 < t.size(); ++k) {
        if (isKind(t, k, Kind::Number) && isDash(t, k + 1) && isKind(t, k + 2, Kind::Number)) return true;
    }
    return false;
}

bool anyWordIn(const Tokens& t, std::initializer_list<const char*> words) {
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (isWordIn(t, k, words)) return true;
    }
    return false;
}
bool isPluralNounAt(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word)) return false;
    if (isWordIn(t, i, {"people", "children", "men", "women"})) return true;
    const std::string& w = t[i].text;
    return std::islower(static_cast<unsigned char>(w[0])) && w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
}
// Index after an optional single space.
bool isTimesSign(const Tokens& t, std::size_t i) { return isWordIn(t, i, {"x"}) || isSym(t, i, "\xC3\x97"); }

bool speaksOfARatio(const Tokens& t) { return anyWordIn(t, {"ratio", "ratios", "proportion", "formula", "sharing"}); }

std::size_t skip(const Tokens& t, std::size_t i) { return isKind(t, i, Kind::Space) ? i + 1 : i; }
// The word before position i (skipping one space), or "".
std::string previousWord(const Tokens& t, std::size_t i) {
    if (i == 0) return "";
    std::size_t j = i - 1;
    if (t[j].kind == Kind::Space) {
        if (j == 0) return "";
        --j;
    }
    return t[j].kind == Kind::Word ? t[j].text : "";
}

const char* rangeJoiner(const Tokens& t, std::size_t i) {
    // ("between 2026-27 and 2028-29": each span is one end of the "between … and …", said with "to".)
    const bool end = isKind(t, i + 3, Kind::Space) && isWordIn(t, i + 4, {"and"});
    return lowerAscii(previousWord(t, i)) == "between" && !end ? " and " : " to ";
}

bool dropPossessive(std::string& word) {
    for (const std::string_view mark : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
        if (word.size() > mark.size() && word.ends_with(mark)) {
            word.resize(word.size() - mark.size());
            return true;
        }
    }
    return false;
}

bool isPossessive(const std::string& word) {
    // (Asked of many words: the copy only for the few that end so.)
    if (!word.ends_with("s") || (!word.ends_with("'s") && !word.ends_with("\xE2\x80\x99s"))) return false;
    std::string stem = word;
    if (!dropPossessive(stem)) return false;
    stem = lowerAscii(stem);
    for (const char* contraction : {"it", "that", "what", "there", "here", "he", "she", "who", "let"}) {
        if (stem == contraction) return false;
    }
    return true;
}

bool singleQuoteOpenBefore(const Tokens& t, std::size_t i) {
    for (std::size_t q = i; q-- > 0;) {
        if (!isSym(t, q, "'")) continue;
        return (q == 0 || isKind(t, q - 1, Kind::Space) || isSym(t, q - 1, "(")) && isKind(t, q + 1, Kind::Word);
    }
    return false;
}

bool inchMarkAt(const Tokens& t, std::size_t k) {
    if (!isSym(t, k, "\"") && !isSym(t, k, "\xE2\x80\xB3")) return false;
    std::size_t quotes = 0;
    for (std::size_t q = 0; q < k; ++q) quotes += isSym(t, q, "\"") ? 1 : 0;
    return quotes % 2 == 0;
}

bool isMinusSignAt(const Tokens& t, std::size_t i) {
    if (!isKind(t, i + 1, Kind::Number)) return false;
    if (isSym(t, i, "-") || isSym(t, i, "\xE2\x88\x92")) return i == 0 || isKind(t, i - 1, Kind::Space) || isSym(t, i - 1, "(");
    // ("(–5.9% y/y)": an en dash glued to a share that opens a bracket is its sign, as "+2.3%" is.)
    // (Or a temperature's, "At –20 °C (–4 °F)".)
    const bool degrees = isSym(t, i + 2, "\xC2\xB0") ||
                         (isKind(t, i + 2, Kind::Space) && (isSym(t, i + 3, "\xC2\xB0") || isWordIn(t, i + 3, {"c", "f", "degrees", "celsius", "fahrenheit"}))) ||
                         isWordIn(t, i + 2, {"c", "f"});
    if (isSym(t, i, "\xE2\x80\x93") && i >= 1 && isSym(t, i - 1, "(") && (isSym(t, i + 2, "%") || degrees || isWordIn(t, i + 2, {"pc", "per", "percent"}))) {
        return true;
    }
    // ("Change: –3%", a table's cell "Low: –5°C", "Sales, –12,000": one glued to its figure that opens a line or a cell, after a
    // colon, a comma or a bar.)
    if (isSym(t, i, "\xE2\x80\x93") &&
        (i == 0 || (isKind(t, i - 1, Kind::Space) && i >= 2 && (isSym(t, i - 2, ":") || isSym(t, i - 2, ",") || isSym(t, i - 2, "|"))))) {
        return true;
    }
    // ("FTSE –0.5%, Dow +0.3%": one glued to a share after a word is its sign among signed shares, a market's list; "Labour
    // voters –45%, Conservative voters 30%" sets its figures off with it.)
    if (isSym(t, i, "\xE2\x80\x93") && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) &&
        (isSym(t, i + 2, "%") || (isKind(t, i + 2, Kind::Space) && isWordIn(t, i + 3, {"pc", "percent"})))) {
        for (std::size_t k = 0; k + 1 < t.size(); ++k) {
            if (isSym(t, k, "+") && isKind(t, k + 1, Kind::Number) && (k == 0 || !isKind(t, k - 1, Kind::Number))) return true;
        }
    }
    // (An en dash after a word that takes a value, "plunge to –27", "near –35", "lows of –12", or before a
    // degree; "top of the league –10 points clear" is an aside's dash.)
    if (!isSym(t, i, "\xE2\x80\x93") || i < 2 || !isKind(t, i - 1, Kind::Space) || !isKind(t, i - 2, Kind::Word)) return false;
    return degrees || isWordIn(t, i - 2, {"to", "at", "of", "from", "near", "around", "about", "hit", "hits", "reached", "reach", "fell",
                                          "dropped", "plunged", "plunge", "dipped", "sank", "below", "between", "and", "as", "low", "lows",
                                          "high", "highs", "minimum", "maximum", "chill", "values", "reading", "readings", "temperature",
                                          "temperatures", "was", "were", "is"});
}

}  // namespace readcast::english

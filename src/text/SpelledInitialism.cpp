#include "text/SpelledInitialism.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>

namespace readcast {
namespace {

bool isCapital(char c) { return c >= 'A' && c <= 'Z'; }
bool isVowel(char c) { return std::strchr("AEIOU", c) != nullptr; }

// Consonants that start a syllable in French, Spanish, Italian and Portuguese: one, or a stop or "F"
// before "L" or "R" ("PR", "BL", "TR").
bool onset(std::string_view c) {
    if (c.size() <= 1) return true;
    return c.size() == 2 && std::strchr("BCDFGPTV", c[0]) != nullptr && (c[1] == 'R' || (c[1] == 'L' && c[0] != 'D' && c[0] != 'T'));
}

// Capitals said as syllables: consonants between vowels split into a syllable's end (one of "LMNRS")
// and the next one's start; at the end, one consonant; never three vowels in a row.
bool syllables(std::string_view w) {
    std::size_t i = 0, vowels = 0;
    while (i < w.size()) {
        std::size_t j = i;
        while (j < w.size() && !isVowel(w[j])) ++j;
        const std::string_view consonants = w.substr(i, j - i);
        std::size_t k = j;
        while (k < w.size() && isVowel(w[k])) ++k;
        if (k - j > 2) return false;
        if (k > j) ++vowels;
        if (i == 0) {
            if (!onset(consonants)) return false;
        } else if (k == j) {
            if (consonants.size() > 1) return false;
        } else if (!onset(consonants) &&
                   !(std::strchr("LMNRS", consonants[0]) != nullptr && onset(consonants.substr(1)))) {
            return false;
        }
        i = k;
    }
    return vowels > 0;
}

}  // namespace

std::size_t spelledInitialismAt(const std::string& text, std::size_t i, const std::unordered_set<std::string>& saidAsWords,
                                std::string& spoken, const std::unordered_map<char, std::string>& letterNames) {
    if (i >= text.size() || !isCapital(text[i])) return i;
    // "L'OM", "D'EDF" starting a sentence: the elided article goes with the letters, in lower case, for
    // eSpeak NG reads a capital "L'" before a lone letter as "elle apostrophe".
    if ((text[i] == 'L' || text[i] == 'D') && (i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
        const std::size_t mark = text.compare(i + 1, 3, "\xE2\x80\x99") == 0 ? 3 : text.compare(i + 1, 1, "'") == 0 ? 1 : 0;
        if (mark != 0) {
            const std::size_t end = spelledInitialismAt(text, i + 1 + mark, saidAsWords, spoken, letterNames);
            if (end != i + 1 + mark) spoken = std::string(1, text[i] == 'L' ? 'l' : 'd') + "'" + spoken;
            return end == i + 1 + mark ? i : end;
        }
    }
    if (i > 0) {
        const unsigned char before = static_cast<unsigned char>(text[i - 1]);
        // (After "l'", "d'" or "l’", the elided article's apostrophe.)
        const bool apostrophe = before == '\'' || (i >= 3 && text.compare(i - 3, 3, "\xE2\x80\x99") == 0);
        if (!apostrophe && (std::isalnum(before) || before >= 0x80 || before == '-' || before == '.' || before == '_')) return i;
        // ("450 MW", "12 GW": a unit after its number, for the unit rules.)
        if (before == ' ' && i >= 2 && std::isdigit(static_cast<unsigned char>(text[i - 2]))) return i;
    }
    std::size_t e = i;
    while (e < text.size() && isCapital(text[e])) ++e;
    const std::size_t n = e - i;
    // (Up to seven where they hold one vowel at most, "SNPVAC", a union's: six capitals with more, "DIRECT",
    // are a shouted word.)
    if (n < 2 || n > 7) return i;
    if (n >= 6 && std::count_if(text.begin() + static_cast<std::ptrdiff_t>(i), text.begin() + static_cast<std::ptrdiff_t>(e), isVowel) > 1) return i;
    // "la CFE-CGC", "CDU-CSU": two sets of capitals joined by a hyphen, each spelled or said as it would be alone
    // (eSpeak NG made one word of them).
    if (e + 2 < text.size() && text[e] == '-' && isCapital(text[e + 1])) {
        std::size_t f = e + 1;
        while (f < text.size() && isCapital(text[f])) ++f;
        const bool ends = f >= text.size() || !(std::isalnum(static_cast<unsigned char>(text[f])) || static_cast<unsigned char>(text[f]) >= 0x80 ||
                                                text[f] == '-' || text[f] == '_' || text[f] == '/');
        if (ends && f - e - 1 >= 2) {
            const std::string first = text.substr(i, n), second = text.substr(e + 1, f - e - 1);
            std::string a, b;
            const bool spelledFirst = spelledInitialismAt(first, 0, saidAsWords, a, letterNames) == first.size();
            const bool spelledSecond = spelledInitialismAt(second, 0, saidAsWords, b, letterNames) == second.size();
            if (spelledFirst || spelledSecond) {
                spoken = (spelledFirst ? a : first) + " " + (spelledSecond ? b : second);
                return f;
            }
        }
    }
    if (e < text.size()) {
        const unsigned char after = static_cast<unsigned char>(text[e]);
        // ("G20", "CO2", "UE-27", "ONU.org", a word in mixed case: not these capitals alone.)
        // ("US$ 2", "R$ 300": a currency's sign, for the money rules.)
        if (std::isalnum(after) || after >= 0x80 || after == '-' || after == '_' || after == '@' || after == '/' || after == '$' ||
            (after == '.' && e + 1 < text.size() && std::isalnum(static_cast<unsigned char>(text[e + 1])))) {
            return i;
        }
    }
    const std::string word = text.substr(i, n);
    if (word.find_first_not_of("IVXL") == std::string::npos) return i;  // a Roman numeral: "Felipe VI", "XXI"
    if (saidAsWords.count(word) != 0) return i;
    // ("EL PAÍS", "LA VANGUARDIA", "LE MONDE": an article or a preposition before a name set in capitals, a masthead's,
    // is a word.)
    if (n == 2 && e + 1 < text.size() && text[e] == ' ') {
        static const char* const kSmallWords[] = {"EL", "LA", "LE", "LO", "IL", "DE", "DI", "DA", "DO", "DU", "OS", "AS", "UN"};
        std::size_t capitals = 0;
        for (std::size_t k = e + 1; k < text.size() && (std::isalpha(static_cast<unsigned char>(text[k])) || static_cast<unsigned char>(text[k]) >= 0x80); ++k) {
            if (std::islower(static_cast<unsigned char>(text[k]))) {
                capitals = 0;
                break;
            }
            capitals += isCapital(text[k]) ? 1 : 0;
        }
        if (capitals >= 3 && std::any_of(std::begin(kSmallWords), std::end(kSmallWords), [&](const char* w) { return word == w; })) return i;
    }
    // Three letters or more that make syllables are said as a word ("ONU", "RAI"); two never are ("UE").
    if (n >= 3 && syllables(word)) return i;
    spoken.clear();
    for (std::size_t k = 0; k < n; ++k) {
        const auto name = letterNames.find(word[k]);
        spoken += std::string(k == 0 ? "" : " ") + (name != letterNames.end() ? name->second : std::string(1, word[k]));
    }
    return e;
}

std::size_t appendSpelledInitialism(const std::string& text, std::size_t i, const std::unordered_set<std::string>& saidAsWords,
                                    std::string& out, std::vector<Rewrite>* log, const std::unordered_map<char, std::string>& letterNames) {
    std::string spoken;
    const std::size_t end = spelledInitialismAt(text, i, saidAsWords, spoken, letterNames);
    if (end == i) return i;
    if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "initialism"});
    out += spoken;
    return end;
}

bool mostlyCapitals(const std::string& text) {
    std::size_t upper = 0, lower = 0;
    for (char c : text) {
        upper += isCapital(c) ? 1 : 0;
        lower += c >= 'a' && c <= 'z' ? 1 : 0;
    }
    // (Not more capitals than small letters: a sentence thick with initialisms still has its words.)
    return upper > 4 * lower;
}

bool capitalsAlternate(const std::string& letters) {
    std::size_t vowels = 0;
    for (std::size_t k = 0; k < letters.size(); ++k) {
        const bool vowel = std::string("AEIOUY").find(letters[k]) != std::string::npos;
        vowels += vowel;
        if (k > 0 && vowel == (std::string("AEIOUY").find(letters[k - 1]) != std::string::npos)) return false;
    }
    return vowels >= 2;
}

}  // namespace readcast

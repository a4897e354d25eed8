#include "text/GlossedShortForms.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>

#include <unicode/uchar.h>

#include "core/WordSet.hpp"
#include "core/Text.hpp"
#include "core/Utf8.hpp"
#include "text/Lexicon.hpp"

namespace readcast {
namespace {

// Words a short form's letters skip: "Banco de la República (BR)", "year-on-year (yoy)" takes "on".
bool isLinkWord(const std::string& lower) {
    static constexpr WordSet kWords({"de", "da", "do", "das", "dos", "del", "la", "las", "los", "el", "le", "les", "des", "du",
                                              "di", "della", "delle", "dei", "e", "y", "et", "und", "der", "die", "das", "van", "het",
                                              "en", "og", "och", "i", "dan", "of", "and", "the", "for", "на", "и"});
    return kWords.count(lower) != 0;
}

// Unit symbols said in every language once their figure is read: the word before the bracket names the unit.
bool isUnitSymbol(std::string_view s) {
    static constexpr WordSet kUnits({"kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "ha", "m2", "m3", "km2", "km",
                                                   "cm", "mm", "kg", "Hz", "kHz", "MHz", "GHz", "m\xC2\xB2", "m\xC2\xB3",
                                                   "km\xC2\xB2", "l", "hl"});
    return kUnits.count(s) != 0;
}

// The words before `end` in `text`, split at spaces, hyphens and slashes, the last first (at most `most`).
std::vector<std::string> wordsBefore(const std::string& text, std::size_t end, std::size_t most) {
    std::vector<std::string> words;
    std::size_t k = end;
    while (k > 0 && words.size() < most) {
        while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '-' || text[k - 1] == '/')) --k;
        std::size_t start = k;
        while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '-' && text[start - 1] != '/' && text[start - 1] != '(' &&
               text[start - 1] != ')' && text[start - 1] != ',' && text[start - 1] != '.' && text[start - 1] != ';' && text[start - 1] != ':') {
            --start;
        }
        if (start == k) break;
        words.push_back(text.substr(start, k - start));
        k = start;
        if (k > 0 && text[k - 1] != ' ' && text[k - 1] != '-' && text[k - 1] != '/') break;
    }
    return words;
}

std::string firstLetterLower(const std::string& word) {
    std::size_t at = 0;
    const auto c = static_cast<UChar32>(nextCodePoint(word, at));
    std::string out;
    appendUtf8(out, static_cast<char32_t>(u_tolower(c)));
    return out;
}

// Whether the bracket's `inside` is the initials of the words before `open`, or a unit symbol one of the last three
// words names.
bool glosses(const std::string& text, std::size_t open, const std::string& inside, bool unit) {
    if (unit) {
        const std::string first(1, static_cast<char>(std::tolower(static_cast<unsigned char>(inside[0]))));
        for (const std::string& w : wordsBefore(text, open, 3)) {
            // (A kilo- is written "quilo-" in Portuguese, "chilo-" in Italian: "quilômetros (km)".)
            const std::string letter = firstLetterLower(w);
            const bool kilo = first == "k" && (letter == "q" || letter == "c");
            if (w.size() > inside.size() + 1 && (letter == first || kilo) && std::isalpha(static_cast<unsigned char>(w[0]))) return true;
        }
        return false;
    }
    std::string letters;
    for (char c : inside) {
        if (std::isalpha(static_cast<unsigned char>(c))) {
            letters += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else if (c != '.' && c != ' ' && c != '/') {
            return false;
        }
    }
    if (letters.size() < 2 || letters.size() > 6) return false;
    std::size_t wanted = letters.size();
    for (const std::string& w : wordsBefore(text, open, 12)) {
        if (wanted == 0) break;
        const std::string lower = lowerUtf8(w);
        if (firstLetterLower(w) == std::string(1, letters[wanted - 1]) && lower.size() > 1) {
            --wanted;
        } else if (!isLinkWord(lower)) {
            return false;
        }
    }
    return wanted == 0;
}

// Whether the bracket's `inside` is a party's letters right after the party's own name, as Nordic copy writes it:
// "Centerpartiet (C)", "Enhedslisten (EL)", "Det Konservative Folkeparti (K)", "Danmarksdemokraterne (DD)". (After a
// person's name the letters are the party the person belongs to, "Ebba Busch (KD)", which a newsreader says.)
bool partyOfItsName(const std::string& text, std::size_t open, const std::string& inside) {
    if (inside.empty() || inside.size() > 3 || !std::all_of(inside.begin(), inside.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        return false;
    }
    const std::vector<std::string> words = wordsBefore(text, open, 3);
    // (The name ends at the bracket: its last word is the party's, "…Folkeparti (K)"; "Sara Svensson (S)" is a person's.)
    const auto partyWord = [](const std::string& w) {
        const std::string lower = lowerUtf8(w);
        return lower.find("parti") != std::string::npos || lower.find("listen") != std::string::npos || lower.find("demokrat") != std::string::npos ||
               lower.find("alliance") != std::string::npos || (lower.size() > 6 && lower.ends_with("erne"));
    };
    if (words.empty() || !partyWord(words.front())) return false;
    // (A word of the name opens on the first letter and holds the others in order: "Enhedslisten" for "EL".)
    for (const std::string& w : words) {
        const std::string lower = lowerUtf8(w);
        if (lower.empty() || lower[0] != static_cast<char>(std::tolower(static_cast<unsigned char>(inside[0])))) continue;
        std::size_t at = 1;
        for (std::size_t k = 1; k < inside.size() && at != std::string::npos; ++k) {
            at = lower.find(static_cast<char>(std::tolower(static_cast<unsigned char>(inside[k]))), at);
            if (at != std::string::npos) ++at;
        }
        if (at != std::string::npos) return true;
    }
    return false;
}

}  // namespace

std::string withoutGlossedShortForms(const std::string& text, const Lexicon* lexicon, std::vector<Rewrite>* log) {
    if (text.find('(') == std::string::npos) return text;
    std::string out;
    std::size_t from = 0;
    for (std::size_t open = text.find(" ("); open != std::string::npos; open = text.find(" (", open + 1)) {
        const std::size_t close = text.find(')', open + 2);
        if (close == std::string::npos || close - open - 2 > 12 || close == open + 2) continue;
        const std::string inside = text.substr(open + 2, close - open - 2);
        const bool unit = isUnitSymbol(inside);
        if (inside.find_first_of("0123456789") != std::string::npos && !unit) continue;
        if (partyOfItsName(text, open, inside)) {
            out.append(text, from, open - from);
            if (log != nullptr) log->push_back({text.substr(open, close + 1 - open), "", "glossed short form"});
            from = close + 1;
            continue;
        }
        if (!glosses(text, open, inside, unit)) continue;
        // (An initialism the lexicon does not say as words is said as letters, the name the story may use again.)
        if (!unit) {
            const std::vector<LexiconMatch> said = lexicon == nullptr ? std::vector<LexiconMatch>{} : lexicon->find(inside);
            if (said.size() != 1 || said[0].begin != 0 || said[0].end != inside.size()) continue;
            // (The words, not the short form said as a word: "SAT" is "sat", the name used again.)
            const std::string& words = said[0].entry->spoken;
            if (words.find_first_of(" -") == std::string::npos && words.size() <= inside.size() + 2) continue;
            // (Nor its letters spelled, "P I B", "Bi ci e": the words are pieces of more than two letters.)
            std::size_t pieces = 0, letters = 0;
            for (std::size_t at = 0; at < words.size();) {
                std::size_t end = words.find_first_of(" -", at);
                if (end == std::string::npos) end = words.size();
                if (end > at) {
                    ++pieces;
                    letters += end - at <= 2;
                }
                at = end + 1;
            }
            if (pieces > 0 && letters * 2 >= pieces) continue;
        }
        out.append(text, from, open - from);
        if (log != nullptr) log->push_back({text.substr(open, close + 1 - open), "", "glossed short form"});
        from = close + 1;
    }
    out.append(text, from, std::string::npos);
    return out;
}

}  // namespace readcast

#include "text/VulgarFractions.hpp"

#include <array>
#include <cctype>

#include "text/GenderedCount.hpp"

namespace readcast {
namespace {

struct FractionWords {
    std::string_view and_;                    // after a whole number: "et", "y", "e"
    std::string_view half, halfFeminine;      // after "et": "demi", "demie"
    std::string_view aHalf, aHalfFeminine;    // alone: "un demi", "media"
    std::string_view quarter, threeQuarters;  // "un quart", "trois quarts"
    std::string_view third, twoThirds;        // "un tiers", "deux tiers"
    FeminineNoun feminine;                    // the nouns a half agrees with (none: it does not)
};

bool isSpanishFeminine(const std::string& noun) {
    for (const char* masculine : {"d\xC3\xAD" "a", "d\xC3\xAD" "as", "mapa", "problema", "programa", "sistema", "tema", "clima", "planeta"}) {
        if (noun == masculine) return false;
    }
    return (noun.size() > 1 && noun.back() == 'a') || (noun.size() > 2 && noun.compare(noun.size() - 2, 2, "as") == 0);
}

const FractionWords* wordsFor(std::string_view language) {
    static const FractionWords kFrench{"et", "demi", "demie", "un demi", "une demie", "un quart", "trois quarts", "un tiers", "deux tiers",
                                       isFrenchFeminine};
    static const FractionWords kSpanish{"y", "medio", "media", "medio", "media", "un cuarto", "tres cuartos", "un tercio", "dos tercios",
                                        isSpanishFeminine};
    static const FractionWords kItalian{"e", "mezzo", "mezzo", "mezzo", "mezza", "un quarto", "tre quarti", "un terzo", "due terzi",
                                        isItalianFeminine};
    static const FractionWords kPortuguese{"e", "meio", "meia", "meio", "meia", "um quarto", "tr\xC3\xAAs quartos", "um ter\xC3\xA7o",
                                           "dois ter\xC3\xA7os", isPortugueseFeminine};
    const std::string_view primary = language.substr(0, language.find_first_of("-_"));
    if (primary == "fr") return &kFrench;
    if (primary == "es") return &kSpanish;
    if (primary == "it") return &kItalian;
    if (primary == "pt") return &kPortuguese;
    return nullptr;
}

// The lower-case ASCII-or-UTF-8 word after `k` (past one space), for its gender.
std::string nounAfter(const std::string& text, std::size_t k) {
    if (k < text.size() && text[k] == ' ') ++k;
    std::size_t e = k;
    while (e < text.size() && (std::isalpha(static_cast<unsigned char>(text[e])) || static_cast<unsigned char>(text[e]) >= 0x80)) ++e;
    std::string noun = text.substr(k, e - k);
    for (char& c : noun) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return noun;
}

// Words that follow a figure without being what it counts: "un 4 ½ à louer", "2½ de los votos".
bool isFunctionWord(const std::string& w) {
    for (const char* f : {"a", "\xC3\xA0", "de", "des", "du", "d", "en", "et", "y", "e", "o", "ou", "da", "do", "di", "del", "dei", "della",
                          "para", "per", "pour", "que", "che", "con", "com", "sur", "por", "no", "na", "em", "in", "il", "la", "le", "les",
                          "el", "los", "las", "un", "una", "um", "uma", "au", "aux", "al", "ao", "nel", "dans", "mais", "ma", "pero", "mas"}) {
        if (w == f) return true;
    }
    return false;
}

}  // namespace

std::string withVulgarFractionsSaid(const std::string& text, std::string_view language, std::vector<Rewrite>* log) {
    const FractionWords* words = wordsFor(language);
    // (All five signs start with 0xC2 (½ ¼ ¾) or 0xE2 0x85 (⅓ ⅔).)
    if (words == nullptr || (text.find("\xC2\xBD") == std::string::npos && text.find("\xC2\xBC") == std::string::npos &&
                             text.find("\xC2\xBE") == std::string::npos && text.find("\xE2\x85\x93") == std::string::npos &&
                             text.find("\xE2\x85\x94") == std::string::npos)) {
        return text;
    }
    enum Part { kHalf, kQuarter, kThreeQuarters, kThird, kTwoThirds };
    static const std::array<std::pair<std::string_view, Part>, 5> kSigns{
        {{"\xC2\xBD", kHalf}, {"\xC2\xBC", kQuarter}, {"\xC2\xBE", kThreeQuarters}, {"\xE2\x85\x93", kThird}, {"\xE2\x85\x94", kTwoThirds}}};
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size();) {
        bool found = false;
        for (const auto& [sign, part] : kSigns) {
            if (text.compare(i, sign.size(), sign) != 0) continue;
            const std::size_t end = i + sign.size();
            // After a whole number, glued or one space apart: "4½", "4 ½".
            std::size_t back = out.size();
            if (back > 0 && out[back - 1] == ' ') --back;
            const bool whole = back > 0 && std::isdigit(static_cast<unsigned char>(out[back - 1])) != 0;
            const bool feminine = words->feminine != nullptr && words->feminine(nounAfter(text, end));
            std::string said;
            switch (part) {
                case kHalf: said = std::string(whole ? (feminine ? words->halfFeminine : words->half) : (feminine ? words->aHalfFeminine : words->aHalf)); break;
                case kQuarter: said = std::string(words->quarter); break;
                case kThreeQuarters: said = std::string(words->threeQuarters); break;
                case kThird: said = std::string(words->third); break;
                case kTwoThirds: said = std::string(words->twoThirds); break;
            }
            std::size_t next = end;
            if (whole) {
                out.resize(back);
                said = " " + std::string(words->and_) + " " + said;
                // "2½ horas" is "2 horas y media": the noun comes first, and the count agrees with it.
                const std::string noun = nounAfter(text, end);
                if (!noun.empty() && !isFunctionWord(noun) && end < text.size() && text[end] == ' ' &&
                    std::islower(static_cast<unsigned char>(text[end + 1])) != 0) {
                    said = " " + text.substr(end + 1, noun.size()) + said;
                    next = end + 1 + noun.size();
                }
            } else if (!out.empty() && out.back() != ' ' && out.back() != '(') {
                said = " " + said;
            }
            if (log != nullptr) log->push_back({std::string(sign), said, "number"});
            out += said;
            i = next;
            found = true;
            break;
        }
        if (!found) out += text[i++];
    }
    return out;
}

}  // namespace readcast

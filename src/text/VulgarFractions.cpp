#include "text/VulgarFractions.hpp"

#include <array>
#include <cctype>
#include <vector>

#include "core/Ascii.hpp"
#include "text/GenderedCount.hpp"

namespace readcast {
namespace {

// A noun a half is said after, "2½ horas" as "2 horas y media": its plural, its singular (after "1") and
// its gender. Other words stay where they are ("2½ sobre el segundo").
struct MeasureNoun {
    std::string_view plural, singular;
    bool feminine;
};

struct HalfWords {
    std::string_view and_;                    // after a whole number: "et", "y", "e"
    std::string_view half, halfFeminine;      // after "et": "demi", "demie"
    std::string_view aHalf, aHalfFeminine;    // alone: "un demi", "media"
    std::string_view quarter, threeQuarters;  // "un quart", "trois quarts"
    std::string_view third, twoThirds;        // "un tiers", "deux tiers"
    FeminineNoun feminine;                    // the nouns a half agrees with (none: it does not)
    std::vector<MeasureNoun> measures;        // the nouns a half follows
};

bool isSpanishFeminine(const std::string& noun) {
    for (const char* masculine : {"d\xC3\xAD" "a", "d\xC3\xAD" "as", "mapa", "problema", "programa", "sistema", "tema", "clima", "planeta"}) {
        if (noun == masculine) return false;
    }
    return (noun.size() > 1 && noun.back() == 'a') || (noun.size() > 2 && noun.compare(noun.size() - 2, 2, "as") == 0);
}

// Dutch "een halve liter" before a de-word, "een half jaar" before a het-word (the measures news counts in halves).
bool isDutchDeWord(const std::string& noun) {
    for (const char* de : {"liter", "kilo", "meter", "kilometer", "minuut", "week", "dag", "maand", "eeuw", "fles", "kop", "seconde", "mijl",
                           "theelepel", "eetlepel", "ton", "euro", "cent", "l", "kg", "km", "m", "cm", "dl", "el", "tl"}) {
        if (noun == de) return true;
    }
    return false;
}

// The Nordic languages' "en halv liter" before a common noun, "ett halvt år" (Swedish), "et halvt år" before a
// neuter one.
bool isNordicCommonGender(const std::string& noun) {
    for (const char* neuter : {"\xC3\xA5r", "kilo", "ton", "dygn", "d\xC3\xB8gn", "pund", "procent", "prosent", "hekto", "glas", "kort"}) {
        if (noun == neuter) return false;
    }
    return true;
}

const HalfWords* wordsFor(std::string_view language) {
    static const HalfWords kFrench{"et", "demi", "demie", "un demi", "une demie", "un quart", "trois quarts", "un tiers", "deux tiers",
                                       isFrenchFeminine,
                                       {{"heures", "heure", true}, {"ans", "an", false}, {"jours", "jour", false}, {"semaines", "semaine", true},
                                        {"mois", "mois", false}, {"minutes", "minute", true}, {"kilos", "kilo", false}, {"litres", "litre", false},
                                        {"m\xC3\xA8tres", "m\xC3\xA8tre", false}, {"kilom\xC3\xA8tres", "kilom\xC3\xA8tre", false},
                                        {"tasses", "tasse", true}, {"points", "point", false}}};
    static const HalfWords kSpanish{"y", "medio", "media", "medio", "media", "un cuarto", "tres cuartos", "un tercio", "dos tercios",
                                        isSpanishFeminine,
                                        {{"horas", "hora", true}, {"a\xC3\xB1os", "a\xC3\xB1o", false}, {"d\xC3\xAD" "as", "d\xC3\xAD" "a", false},
                                         {"semanas", "semana", true}, {"meses", "mes", false}, {"minutos", "minuto", false}, {"veces", "vez", true},
                                         {"kilos", "kilo", false}, {"litros", "litro", false}, {"metros", "metro", false},
                                         {"kil\xC3\xB3metros", "kil\xC3\xB3metro", false}, {"tazas", "taza", true}, {"puntos", "punto", false}}};
    static const HalfWords kItalian{"e", "mezzo", "mezzo", "mezzo", "mezza", "un quarto", "tre quarti", "un terzo", "due terzi",
                                        isItalianFeminine,
                                        {{"ore", "ora", true}, {"anni", "anno", false}, {"giorni", "giorno", false}, {"settimane", "settimana", true},
                                         {"mesi", "mese", false}, {"minuti", "minuto", false}, {"volte", "volta", true}, {"chili", "chilo", false},
                                         {"litri", "litro", false}, {"metri", "metro", false}, {"chilometri", "chilometro", false},
                                         {"punti", "punto", false}}};
    static const HalfWords kPortuguese{"e", "meio", "meia", "meio", "meia", "um quarto", "tr\xC3\xAAs quartos", "um ter\xC3\xA7o",
                                           "dois ter\xC3\xA7os", isPortugueseFeminine,
                                           {{"horas", "hora", true}, {"anos", "ano", false}, {"dias", "dia", false}, {"semanas", "semana", true},
                                            {"meses", "m\xC3\xAAs", false}, {"minutos", "minuto", false}, {"vezes", "vez", true},
                                            {"quilos", "quilo", false}, {"litros", "litro", false}, {"metros", "metro", false},
                                            {"quil\xC3\xB4metros", "quil\xC3\xB4metro", false}, {"x\xC3\xAD" "caras", "x\xC3\xAD" "cara", true},
                                            {"pontos", "ponto", false}}};
    // (eSpeak NG says the sign in English in these: "a half liter".)
    static const HalfWords kDutch{"en", "een half", "een halve", "een half", "een halve", "een kwart", "driekwart", "een derde", "twee derde",
                                      isDutchDeWord, {}};
    static const HalfWords kSwedish{"och", "ett halvt", "en halv", "ett halvt", "en halv", "en fj\xC3\xA4rdedel", "tre fj\xC3\xA4rdedelar",
                                        "en tredjedel", "tv\xC3\xA5 tredjedelar", isNordicCommonGender, {}};
    static const HalfWords kDanish{"og", "et halvt", "en halv", "et halvt", "en halv", "en fjerdedel", "tre fjerdedele", "en tredjedel",
                                       "to tredjedele", isNordicCommonGender, {}};
    static const HalfWords kNorwegian{"og", "et halvt", "en halv", "et halvt", "en halv", "en fjerdedel", "tre fjerdedeler", "en tredjedel",
                                          "to tredjedeler", isNordicCommonGender, {}};
    const std::string_view primary = language.substr(0, language.find_first_of("-_"));
    if (primary == "nl") return &kDutch;
    if (primary == "sv") return &kSwedish;
    if (primary == "da") return &kDanish;
    if (primary == "nb" || primary == "no" || primary == "nn") return &kNorwegian;
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

}  // namespace

std::string withVulgarFractionsSaid(const std::string& text, std::string_view language, std::vector<Rewrite>* log) {
    const HalfWords* words = wordsFor(language);
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
            const std::string noun = nounAfter(text, end);
            const MeasureNoun* measure = nullptr;
            for (const MeasureNoun& m : words->measures) {
                if (noun == m.plural || noun == m.singular) measure = &m;
            }
            const bool feminine = measure != nullptr ? measure->feminine : words->feminine != nullptr && words->feminine(noun);
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
                // "2½ horas" is "2 horas y media": a measure comes first, and the count agrees with it ("1½ horas",
                // "una hora y media").
                if (measure != nullptr && end < text.size() && text[end] == ' ') {
                    std::size_t d = back;
                    while (d > 0 && std::isdigit(static_cast<unsigned char>(out[d - 1])) != 0) --d;
                    const bool one = out.compare(d, back - d, "1") == 0 && (d == 0 || !std::isdigit(static_cast<unsigned char>(out[d - 1])));
                    said = " " + std::string(one ? measure->singular : measure->plural) + said;
                    next = end + 1 + noun.size();
                }
            } else if (!out.empty() && out.back() != ' ' && out.back() != '(') {
                said = " " + said;
            } else {
                // ("Un ⅓ de los votantes": the article is already there, "un tercio".)
                const std::size_t space = said.find(' ');
                const std::string article = space == std::string::npos ? "" : said.substr(0, space + 1);
                if (!article.empty() && out.size() >= article.size() &&
                    lowerAscii(out.substr(out.size() - article.size())) == article &&
                    (out.size() == article.size() || out[out.size() - article.size() - 1] == ' ')) {
                    said.erase(0, space + 1);
                }
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

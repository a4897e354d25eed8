#include "text/StarRatings.hpp"

#include <cctype>

namespace readcast {
namespace {

constexpr std::string_view kFull = "\xE2\x98\x85", kEmpty = "\xE2\x98\x86", kHalf = "\xC2\xBD";

struct Words {
    std::string_view language;
    std::string_view numbers[6];  // zero to five
    std::string_view half, star, stars, outOf;
    bool halfAfterNoun = false;   // "due stelle e mezza", not "due e mezza stelle"
};

constexpr Words kWords[] = {
    {"en", {"no", "one", "two", "three", "four", "five"}, " and a half", "star", "stars", " out of "},
    {"de", {"kein", "ein", "zwei", "drei", "vier", "f\xC3\xBCnf"}, "einhalb", "Stern", "Sterne", " von "},
    {"fr", {"aucune", "une", "deux", "trois", "quatre", "cinq"}, " et demie", "\xC3\xA9toile", "\xC3\xA9toiles", " sur ", true},
    {"es", {"ninguna", "una", "dos", "tres", "cuatro", "cinco"}, " y media", "estrella", "estrellas", " de ", true},
    {"it", {"nessuna", "una", "due", "tre", "quattro", "cinque"}, " e mezza", "stella", "stelle", " su ", true},
    {"pt", {"nenhuma", "uma", "duas", "tr\xC3\xAAs", "quatro", "cinco"}, " e meia", "estrela", "estrelas", " de ", true},
    {"nl", {"geen", "\xC3\xA9\xC3\xA9n", "twee", "drie", "vier", "vijf"}, " en een half", "ster", "sterren", " van de "},
    {"sv", {"inga", "en", "tv\xC3\xA5", "tre", "fyra", "fem"}, " och en halv", "stj\xC3\xA4rna", "stj\xC3\xA4rnor", " av "},
    {"da", {"ingen", "en", "to", "tre", "fire", "fem"}, " og en halv", "stjerne", "stjerner", " ud af "},
    {"no", {"ingen", "\xC3\xA9n", "to", "tre", "fire", "fem"}, " og en halv", "stjerne", "stjerner", " av "},
    {"nb", {"ingen", "\xC3\xA9n", "to", "tre", "fire", "fem"}, " og en halv", "stjerne", "stjerner", " av "},
};

}  // namespace

std::string withStarRatings(const std::string& text, std::string_view language, std::vector<Rewrite>* log) {
    if (text.find(kFull) == std::string::npos) return text;
    const std::string_view primary = language.substr(0, language.find_first_of("-_"));
    const Words* words = nullptr;
    for (const Words& w : kWords) {
        if (w.language == primary) words = &w;
    }
    if (words == nullptr) return text;
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (text.compare(i, kFull.size(), kFull) != 0) {
            out += text[i++];
            continue;
        }
        std::size_t e = i, full = 0;
        while (text.compare(e, kFull.size(), kFull) == 0) e += kFull.size(), ++full;
        const bool half = text.compare(e, kHalf.size(), kHalf) == 0;
        if (half) e += kHalf.size();
        std::size_t empty = 0;
        while (text.compare(e, kEmpty.size(), kEmpty) == 0) e += kEmpty.size(), ++empty;
        // ("4★", "4.5 ★": one star after a figure is its unit, "four stars"; a lone "1★" one star.)
        if (full == 1 && !half && empty == 0) {
            std::size_t at = out.size();
            while (at > 0 && out[at - 1] == ' ') --at;
            if (at > 0 && std::isdigit(static_cast<unsigned char>(out[at - 1]))) {
                std::size_t figure = at;
                while (figure > 0 && (std::isdigit(static_cast<unsigned char>(out[figure - 1])) || out[figure - 1] == '.' || out[figure - 1] == ',')) --figure;
                const bool one = out.compare(figure, at - figure, "1") == 0;
                out.erase(at);
                const std::string said = " " + std::string(one ? words->star : words->stars);
                if (log != nullptr) log->push_back({text.substr(i, e - i), said.substr(1), "number"});
                out += said;
                i = e;
                continue;
            }
        }
        // (One star alone, no figure before it, is a mark, "★ Hauptbahnhof", "★Nouveau★", not a rating.)
        if (full > 5 || (full == 1 && !half && empty == 0)) {
            out.append(text, i, e - i);
            i = e;
            continue;
        }
        const std::string noun(full == 1 && !half ? words->star : words->stars);
        std::string said = words->halfAfterNoun ? std::string(words->numbers[full]) + " " + noun + (half ? std::string(words->half) : "")
                                                : std::string(words->numbers[full]) + (half ? std::string(words->half) : "") + " " + noun;
        // ("★★★★☆": the empty stars say the scale, "four stars out of five".)
        if (const std::size_t scale = full + (half ? 1 : 0) + empty; empty > 0 && scale <= 5) said += std::string(words->outOf) + std::string(words->numbers[scale]);
        // (Alone or opening its line, the rating is a sentence's start: "Four stars out of five.")
        if (i == 0 && !said.empty() && said[0] >= 'a' && said[0] <= 'z') said[0] = static_cast<char>(said[0] - 'a' + 'A');
        if (i == 0 && e == text.size()) said += '.';
        if (log != nullptr) log->push_back({text.substr(i, e - i), said, "number"});
        out += said;
        i = e;
    }
    return out;
}

}  // namespace readcast

#include "text/CatalanFigures.hpp"

#include <cctype>

#include "core/Ascii.hpp"
#include "text/RewriteScan.hpp"
#include "text/Spellout.hpp"

namespace readcast {
namespace {

const Spellout& catalan() {
    static const Spellout spellout("ca");
    return spellout;
}

// A letter of a word at `at` (a byte of a multi-byte letter counts): what may not follow a figure's ending.
bool letterAt(const std::string& text, std::size_t at) {
    return at < text.size() && (std::isalnum(static_cast<unsigned char>(text[at])) != 0 || static_cast<unsigned char>(text[at]) >= 0x80);
}

// The ordinal said for figure `n` and its ending at `at`, and where the ending stops; `at` for none. The masculine's
// endings are the word's last letters ("1r" primer, "2n" segon, "3r" tercer, "4t" quart, "5è" cinquè), the feminine's
// "a" ("1a" primera), and their plurals an "s" more ("2ns", "3es").
std::size_t ordinalEnding(const std::string& text, std::size_t at, int n, std::string& spoken) {
    static const char* const kMasculine[] = {"", "r", "n", "r", "t"};
    std::size_t e = at;
    while (e < text.size() && e - at < 4 && letterAt(text, e) && !isAsciiDigit(text[e])) ++e;
    const std::string ending = text.substr(at, e - at);
    if (ending.empty()) return at;
    const bool plural = ending.size() > 1 && ending.back() == 's';
    const std::string stem = plural ? ending.substr(0, ending.size() - 1) : ending;
    bool feminine = false;
    if (stem == "a" || (plural && stem == "e")) {
        feminine = true;
    } else if (!((n >= 1 && n <= 4 && stem == kMasculine[n]) || (n >= 5 && stem == "\xC3\xA8"))) {
        return at;
    }
    spoken = catalan().say(n, feminine ? "%spellout-ordinal-feminine" : "%spellout-ordinal-masculine");
    if (spoken.empty()) return at;
    // (The first and the third before their noun: "el 1r premi" "el primer premi", ICU's "primer" already.)
    // ("les 3es jornades": the feminine's plural, its "a" become "es".)
    if (plural && feminine && spoken.back() == 'a') spoken.back() = 'e';
    if (plural) spoken += "s";
    return e;
}

}  // namespace

std::string withCatalanFiguresSaid(const std::string& text, std::vector<Rewrite>* log) {
    return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) -> std::size_t {
        if (i > 0 && (letterAt(text, i - 1) || text[i - 1] == '.' || text[i - 1] == ',' || text[i - 1] == ':')) return i;
        // "el 1 de març", "l'1 de març", "l'11 de setembre": the day one and eleven, whose article is elided before the vowel.
        for (const char* article : {"el ", "El ", "l'", "L'", "l\xE2\x80\x99", "L\xE2\x80\x99"}) {
            const std::size_t n = std::string_view(article).size();
            if (text.compare(i, n, article) != 0) continue;
            const bool eleven = text.compare(i + n, 2, "11") == 0;
            const std::size_t after = i + n + (eleven ? 2 : 1);
            if ((!eleven && text.compare(i + n, 1, "1") != 0) || letterAt(text, after) || text.compare(after, 4, " de ") != 0) continue;
            spoken = std::string(std::isupper(static_cast<unsigned char>(article[0])) ? "L'" : "l'") + (eleven ? "onze" : "u");
            kind = "date";
            return after;
        }
        if (!isAsciiDigit(text[i])) return i;
        std::size_t d = i;
        while (d < text.size() && isAsciiDigit(text[d]) && d - i < 3) ++d;
        if (d - i > 2) return i;
        const int figure = std::stoi(text.substr(i, d - i));
        // "12.30 h", "9:05 h": a clock, its hour and minutes joined by "i" ("a les 12 i 30"), on the hour the hour alone.
        if (d + 5 <= text.size() && (text[d] == '.' || text[d] == ':') && isAsciiDigit(text[d + 1]) && isAsciiDigit(text[d + 2]) &&
            text.compare(d + 3, 2, " h") == 0 && !letterAt(text, d + 5) && figure < 24 && std::stoi(text.substr(d + 1, 2)) < 60) {
            const std::string minutes = text.compare(d + 1, 2, "00") == 0 ? std::string() : " i " + std::to_string(std::stoi(text.substr(d + 1, 2)));
            spoken = text.substr(i, d - i) + minutes;
            kind = "time";
            return d + 5;
        }
        // "20 h": the hours by their letter after a figure ("de 8 a 20 h").
        if (text.compare(d, 2, " h") == 0 && !letterAt(text, d + 2) && figure <= 24) {
            spoken = text.substr(i, d - i) + (figure == 1 && d - i == 1 ? " hora" : " hores");
            kind = "time";
            return d + 2;
        }
        // "2n", "1r", "5a": an ordinal, its figure and its ending.
        const std::size_t e = ordinalEnding(text, d, figure, spoken);
        if (e == d || letterAt(text, e)) return i;
        kind = "ordinal";
        return e;
    });
}

}  // namespace readcast

#include "text/QuarterShortForm.hpp"

#include <cctype>

#include "core/Ascii.hpp"

namespace readcast {
namespace {

bool digitAt(const std::string& text, std::size_t i) { return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) != 0; }

// Whether no letter or digit goes on at i.
bool wordEnds(const std::string& text, std::size_t i) {
    return i >= text.size() || (!std::isalnum(static_cast<unsigned char>(text[i])) && static_cast<unsigned char>(text[i]) < 0x80);
}

// A year after the quarter, "24" glued or " 2024" / "-2024" apart: the year in four figures and where it
// ends, or "" when none is there.
std::string yearAt(const std::string& text, std::size_t i, bool glued, std::size_t& end) {
    if (glued && digitAt(text, i) && digitAt(text, i + 1) && wordEnds(text, i + 2)) {
        end = i + 2;
        return "20" + text.substr(i, 2);
    }
    if (!glued && i < text.size() && (text[i] == ' ' || text[i] == '-') && digitAt(text, i + 1) && digitAt(text, i + 2) &&
        digitAt(text, i + 3) && digitAt(text, i + 4) && wordEnds(text, i + 5) && (text[i + 1] == '1' || text[i + 1] == '2')) {
        end = i + 5;
        return text.substr(i + 1, 4);
    }
    return "";
}

}  // namespace

std::size_t quarterAt(const std::string& text, std::size_t i, const QuarterStyle& style, std::string& spoken) {
    if (i > 0 && !wordEnds(text, i - 1)) return i;
    const bool digitFirst = i + 1 < text.size() && text[i] >= '1' && text[i] <= '4' && text[i + 1] == 'T';
    const bool letterFirst = i + 1 < text.size() && text[i] == 'T' && text[i + 1] >= '1' && text[i + 1] <= '4';
    if (!digitFirst && !letterFirst) return i;
    const int quarter = (digitFirst ? text[i] : text[i + 1]) - '1';
    std::size_t end = i + 2;
    std::string year = yearAt(text, end, true, end);
    if (year.empty()) {
        if (!wordEnds(text, end)) return i;
        year = yearAt(text, end, false, end);
    }
    // ("2T de 2024": the year after the language's own word, left to be said as written.)
    bool yearAfterJoin = false;
    if (year.empty() && !style.yearJoin.empty()) {
        const std::string join = " " + style.yearJoin;
        std::size_t after = end + join.size();
        yearAfterJoin = text.compare(end, join.size(), join) == 0 && !yearAt(text, after, false, after).empty();
    }
    // ("Un T2 2024 à louer": a flat of two rooms, its year of building.)
    if (letterFirst && i >= 3 && (lowerAscii(text.substr(i - 3, 3)) == "un " || (i >= 4 && lowerAscii(text.substr(i - 4, 4)) == "une "))) return i;
    if (year.empty() && !yearAfterJoin) {
        if (letterFirst) return i;
        // (Alone, "2T" is a match's second half as often, "gol aos 15 minutos do 2T": a quarter only in a
        // sentence about money or the economy.)
        const std::string lower = lowerAscii(text);
        bool money = false;
        for (const char* word : {"lucro", "receita", "vendas", "ventas", "ingresos", "beneficio", "utilidad", "inflaci", "infla\xC3\xA7",
                                 "ricavi", "fatturato", "utile", "chiffre d'affaires", "b\xC3\xA9n\xC3\xA9" "fice", "pib", "ebitda",
                                 "faturamento", "crescimento", "crecimiento", "interanual", "intertrimestral", "resultado", "facturaci",
                                 "econom", "produzione", "producci", "produ\xC3\xA7\xC3\xA3o", "exporta", "desemprego", "desempleo"}) {
            money = money || lower.find(word) != std::string::npos;
        }
        if (!money) return i;
        // ("en el 2T": the article before it.)
        std::size_t b = i;
        while (b > 0 && text[b - 1] == ' ') --b;
        std::size_t a = b;
        while (a > 0 && std::isalpha(static_cast<unsigned char>(text[a - 1]))) --a;
        const std::string before = lowerAscii(text.substr(a, b - a));
        bool article = false;
        for (const std::string& w : style.articles) article = article || (!w.empty() && before == w);
        if (!article || b == i) return i;
    }
    spoken = style.ordinals[static_cast<std::size_t>(quarter)] + " " + style.noun;
    if (!year.empty()) spoken += (style.yearJoin.empty() ? " " : " " + style.yearJoin + " ") + year;
    return end;
}

}  // namespace readcast

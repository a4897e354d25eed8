#include "text/ShortFormBeforeFigure.hpp"

#include <cctype>

#include "text/RomanNumerals.hpp"

namespace readcast {

std::size_t shortFormBeforeFigure(const std::string& text, std::size_t i, const ShortForms& forms, std::string& spoken) {
    const auto wordByte = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80; };
    if (i > 0 && wordByte(text[i - 1])) return i;
    // (Right after a figure, the short form is that figure's unit: "a 5 km 2 ciclistas" is no road's post. A
    // number's sign is none: "articolo 61 n. 1", a paragraph's number after its article's.)
    const bool afterFigure = i >= 2 && text[i - 1] == ' ' && std::isdigit(static_cast<unsigned char>(text[i - 2])) != 0;
    for (const auto& [written, said] : forms) {
        if (text.compare(i, written.size(), written) != 0) continue;
        if (afterFigure && written != "n. " && written != "nn. ") return i;
        const std::size_t figure = i + written.size();
        std::size_t e = figure;
        if (e < text.size() && std::isdigit(static_cast<unsigned char>(text[e]))) {
            spoken = said;
            return figure;
        }
        while (e < text.size() && (text[e] == 'I' || text[e] == 'V' || text[e] == 'X' || text[e] == 'L' || text[e] == 'C')) ++e;
        if (e > figure && (e >= text.size() || !wordByte(text[e])) && romanNumeralValue(std::string_view(text).substr(figure, e - figure)) > 0) {
            spoken = said;
            return figure;
        }
    }
    return i;
}

}  // namespace readcast

#include "text/CzechAmounts.hpp"

#include <cctype>
#include <cstring>

namespace readcast {
namespace {

// Each noun in the genitive plural, then after one, after two to four, after a decimal.
struct CzechForms {
    const char* plural;
    const char* one;
    const char* few;
    const char* decimal;
};

constexpr CzechForms kCzechForms[] = {
    {"bilion\xC5\xAF", "bilion", "biliony", "bilionu"},
    {"miliard", "miliarda", "miliardy", "miliardy"},
    {"milion\xC5\xAF", "milion", "miliony", "milionu"},
    {"tis\xC3\xAD" "c", "tis\xC3\xAD" "c", "tis\xC3\xAD" "ce", "tis\xC3\xAD" "ce"},
    {"korun", "koruna", "koruny", "koruny"},
    // the measures the lexicon says after a figure: "20 m/s", "5 °C" ("metrů čtverečních" before "metrů")
    {"metr\xC5\xAF \xC4\x8Dtvere\xC4\x8Dn\xC3\xAD" "ch", "metr \xC4\x8Dtvere\xC4\x8Dn\xC3\xAD", "metry \xC4\x8Dtvere\xC4\x8Dn\xC3\xAD", "metru \xC4\x8Dtvere\xC4\x8Dn\xC3\xAD" "ho"},
    {"metr\xC5\xAF krychlov\xC3\xBD" "ch", "metr krychlov\xC3\xBD", "metry krychlov\xC3\xA9", "metru krychlov\xC3\xA9" "ho"},
    {"kilometr\xC5\xAF \xC4\x8Dtvere\xC4\x8Dn\xC3\xAD" "ch", "kilometr \xC4\x8Dtvere\xC4\x8Dn\xC3\xAD", "kilometry \xC4\x8Dtvere\xC4\x8Dn\xC3\xAD",
     "kilometru \xC4\x8Dtvere\xC4\x8Dn\xC3\xAD" "ho"},
    // (a height above the sea, "1491 m n. m.")
    {"metr\xC5\xAF nad mo\xC5\x99" "em", "metr nad mo\xC5\x99" "em", "metry nad mo\xC5\x99" "em", "metru nad mo\xC5\x99" "em"},
    {"milimetr\xC5\xAF", "milimetr", "milimetry", "milimetru"},
    {"centimetr\xC5\xAF", "centimetr", "centimetry", "centimetru"},
    {"kilometr\xC5\xAF", "kilometr", "kilometry", "kilometru"},
    {"metr\xC5\xAF", "metr", "metry", "metru"},
    {"stup\xC5\x88\xC5\xAF", "stupe\xC5\x88", "stupn\xC4\x9B", "stupn\xC4\x9B"},
};

}  // namespace

std::string withCzechAmountsAgreeing(const std::string& text, std::vector<Rewrite>* log) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        // A figure standing as a word: "1,4", "2", "1250".
        if (!std::isdigit(static_cast<unsigned char>(text[i])) || (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
            out += text[i++];
            continue;
        }
        std::size_t end = i;
        bool decimal = false;
        while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) ||
                                     (text[end] == ',' && end + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[end + 1]))))) {
            decimal = decimal || text[end] == ',';
            ++end;
        }
        const std::string figure = text.substr(i, end - i);
        out += figure;
        i = end;
        if (i >= text.size() || text[i] != ' ') continue;
        for (const CzechForms& forms : kCzechForms) {
            const std::size_t length = std::strlen(forms.plural);
            if (text.compare(i + 1, length, forms.plural) != 0) continue;
            const std::size_t after = i + 1 + length;
            if (after < text.size() && (std::isalpha(static_cast<unsigned char>(text[after])) || static_cast<unsigned char>(text[after]) >= 0x80)) break;
            const char* form = forms.plural;
            if (decimal) {
                form = forms.decimal;
            } else if (figure == "1") {
                form = forms.one;
            } else if (figure == "2" || figure == "3" || figure == "4") {
                form = forms.few;
            }
            if (log != nullptr && std::strcmp(form, forms.plural) != 0) log->push_back({figure + " " + forms.plural, figure + " " + form, "number"});
            out += std::string(" ") + form;
            i = after;
            break;
        }
    }
    return out;
}

}  // namespace readcast

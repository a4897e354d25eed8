#include "text/SignWords.hpp"

#include <algorithm>

#include "core/Ascii.hpp"

namespace readcast {
namespace {

struct Signs {
    const char* language;
    const char* minus;
    const char* plus;
    bool afterSpace;  // the voice drops a minus after a space too
};

constexpr Signs kSigns[] = {
    // (French "plus" is left to eSpeak NG, which says it [plys] after a bracket; the word alone it says [ply].)
    {"de", "minus", "plus", false},   {"es", "menos", "m\xC3\xA1s", true}, {"fr", "moins", "", true},
    {"it", "meno", "pi\xC3\xB9", false}, {"pt", "menos", "mais", false},  {"nl", "min", "plus", false},
    {"sv", "minus", "plus", false},   {"da", "minus", "plus", false},     {"no", "minus", "pluss", false},
    {"nb", "minus", "pluss", false},  {"nn", "minus", "pluss", false},    {"pl", "minus", "plus", false},
    {"id", "minus", "plus", false},   {"ms", "minus", "tambah", false}};

// The word that ends at `end` (a space after it) is one a signed figure follows in Spanish or French.
bool leadsAFigure(const std::string& text, std::size_t end) {
    std::size_t b = end;
    while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '(') --b;
    std::string word = text.substr(b, end - b);
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* w : {"de", "a", "\xC3\xA0", "entre", "hasta", "desde", "en", "y", "et", "par", "sur", "con", "sin", "sans", "avec",
                          "le", "la", "les", "el", "los", "las", "un", "una", "une", "des", "del", "du", "est", "es", "fue", "era", "\xC3\xA9tait",
                          "atteint", "alcanz\xC3\xB3", "jusqu'\xC3\xA0", "vers", "hacia", "de:", "a:"}) {
        if (word == w) return true;
    }
    return false;
}

// "±": eSpeak NG says "plus or minus" in its English voice from within nearly every other language's ("2,5±1%" in
// Indonesian, "±300 orang"); the language's own words for it.
std::string withPlusOrMinusSaid(const std::string& text, std::string_view primary, std::vector<Rewrite>* log) {
    static const std::pair<const char*, const char*> kWords[] = {{"de", "plus minus"}, {"es", "m\xC3\xA1s menos"}, {"fr", "plus ou moins"}, {"it", "pi\xC3\xB9 o meno"}, {"pt", "mais ou menos"}, {"nl", "plus min"}, {"sv", "plus minus"}, {"da", "plus minus"}, {"no", "pluss minus"}, {"nb", "pluss minus"}, {"nn", "pluss minus"}, {"pl", "plus minus"}, {"id", "plus minus"}, {"ms", "plus minus"}, {"ru", "\xD0\xBF\xD0\xBB\xD1\x8E\xD1\x81-\xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x81"}, {"uk", "\xD0\xBF\xD0\xBB\xD1\x8E\xD1\x81-\xD0\xBC\xD1\x96\xD0\xBD\xD1\x83\xD1\x81"}, {"cs", "plus minus"}, {"sk", "plus m\xC3\xADnus"}, {"fi", "plus miinus"}, {"ca", "m\xC3\xA9s menys"}, {"el", "\xCF\x83\xCF\x85\xCE\xBD \xCF\x80\xCE\xBB\xCE\xB7\xCE\xBD"}, {"tr", "art\xC4\xB1 eksi"}, {"ko", "\xED\x94\x8C\xEB\x9F\xAC\xEC\x8A\xA4 \xEB\xA7\x88\xEC\x9D\xB4\xEB\x84\x88\xEC\x8A\xA4"}, {"hu", "plusz-m\xC3\xADnusz"}, {"ro", "plus minus"}};
    const char* word = nullptr;
    for (const auto& [language, said] : kWords) {
        if (primary == language) word = said;
    }
    if (word == nullptr || text.find("\xC2\xB1") == std::string::npos) return text;
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\xC2\xB1") != 0) {
            out += text[i];
            continue;
        }
        if (!out.empty() && out.back() != ' ' && out.back() != '(') out += ' ';
        out += word;
        if (i + 2 < text.size() && text[i + 2] != ' ') out += ' ';
        if (log != nullptr) log->push_back({"\xC2\xB1", word, "number"});
        ++i;
    }
    return out;
}

// "p < 0,001", "n > 50", "≤ 5 %": a comparison before a figure, which eSpeak NG leaves unsaid in every voice but its English
// one ("p cero coma cero cero uno", the meaning lost); the language's words for it.
std::string withComparisonsSaid(const std::string& text, std::string_view primary, std::vector<Rewrite>* log) {
    struct Words {
        const char* language;
        const char* less;
        const char* greater;
        const char* atMost;
        const char* atLeast;
    };
    static constexpr Words kWords[] = {
        {"es", "menor que", "mayor que", "menor o igual que", "mayor o igual que"},
        {"pt", "menor que", "maior que", "menor ou igual a", "maior ou igual a"},
        {"it", "minore di", "maggiore di", "minore o uguale a", "maggiore o uguale a"},
        {"fr", "inf\xC3\xA9rieur \xC3\xA0", "sup\xC3\xA9rieur \xC3\xA0", "inf\xC3\xA9rieur ou \xC3\xA9gal \xC3\xA0", "sup\xC3\xA9rieur ou \xC3\xA9gal \xC3\xA0"},
        {"de", "kleiner als", "gr\xC3\xB6\xC3\x9F" "er als", "kleiner gleich", "gr\xC3\xB6\xC3\x9F" "er gleich"},
        {"nl", "kleiner dan", "groter dan", "kleiner dan of gelijk aan", "groter dan of gelijk aan"},
        {"sv", "mindre \xC3\xA4n", "st\xC3\xB6rre \xC3\xA4n", "h\xC3\xB6gst", "minst"},
        {"da", "mindre end", "st\xC3\xB8rre end", "h\xC3\xB8jst", "mindst"},
        {"no", "mindre enn", "st\xC3\xB8rre enn", "h\xC3\xB8yst", "minst"}, {"nb", "mindre enn", "st\xC3\xB8rre enn", "h\xC3\xB8yst", "minst"},
        {"cs", "men\xC5\xA1\xC3\xAD ne\xC5\xBE", "v\xC4\x9Bt\xC5\xA1\xC3\xAD ne\xC5\xBE", "nejv\xC3\xBD\xC5\xA1" "e", "nejm\xC3\xA9n\xC4\x9B"},
        {"pl", "mniejsze ni\xC5\xBC", "wi\xC4\x99ksze ni\xC5\xBC", "co najwy\xC5\xBC" "ej", "co najmniej"}};
    const Words* words = nullptr;
    for (const Words& w : kWords) {
        if (primary == w.language) words = &w;
    }
    if (words == nullptr || text.find_first_of("<>\xE2") == std::string::npos) return text;
    // (A breadcrumb's or a route's arrows, "Inicio > 2024 > Noticias", "Madrid > Barcelona > 3 días", are no comparisons.)
    if (std::count(text.begin(), text.end(), '>') >= 2 || std::count(text.begin(), text.end(), '<') >= 2) return text;
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::size_t width = text[i] == '<' || text[i] == '>' ? 1 : text.compare(i, 3, "\xE2\x89\xA4") == 0 || text.compare(i, 3, "\xE2\x89\xA5") == 0 ? 3 : 0;
        const bool spaceBefore = i == 0 || text[i - 1] == ' ' || text[i - 1] == '(';
        std::size_t figure = i + width;
        if (figure < text.size() && text[figure] == ' ') ++figure;
        if (width == 0 || !spaceBefore || figure >= text.size() || !isAsciiDigit(text[figure])) {
            out += text[i];
            continue;
        }
        const char* said = text[i] == '<' ? words->less : text[i] == '>' ? words->greater : text[i + 2] == '\xA4' ? words->atMost : words->atLeast;
        out += std::string(said) + " ";
        if (log != nullptr) log->push_back({text.substr(i, width), said, "number"});
        i = figure - 1;
    }
    return out;
}

}  // namespace

std::string withSignWords(const std::string& written, std::string_view language, std::vector<Rewrite>* log) {
    const std::string_view primary = language.substr(0, language.find_first_of("-_"));
    const std::string text = withComparisonsSaid(withPlusOrMinusSaid(written, primary, log), primary, log);
    const Signs* signs = nullptr;
    for (const Signs& s : kSigns) {
        if (primary == s.language) signs = &s;
    }
    if (signs == nullptr || text.find_first_of("-+\xE2") == std::string::npos) return text;
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        // A hyphen, a minus sign (U+2212) or a plus, right before a digit; or an en dash, which Swedish and Danish
        // typesetting makes the minus, right after a bracket: "842 mkr (–120)".
        const bool bracket = i > 0 && text[i - 1] == '(';
        const std::size_t width = text[i] == '-' || text[i] == '+'                                       ? 1
                                  : text.compare(i, 3, "\xE2\x88\x92") == 0                            ? 3
                                  : bracket && text.compare(i, 3, "\xE2\x80\x93") == 0                 ? 3
                                                                                                          : 0;
        const bool digitAfter = width != 0 && i + width < text.size() && isAsciiDigit(text[i + width]);
        // (After a bracket; after a space only where the voice drops it there too, and not between two
        // figures, "10 -20", nor after a word joined to it, "A-4".)
        // (After a space, only after a word a figure follows: "à -5 degrés", "bajó a -2"; "de 9h -12h", "1 % -1,5 %",
        // "20 euros -10 euros" are spans.)
        const bool spaced = signs->afterSpace && text[i] != '+' && i > 0 && text[i - 1] == ' ' && leadsAFigure(text, i - 1);
        if (digitAfter && (bracket || spaced) && !(text[i] == '+' && std::string_view(signs->plus).empty())) {
            const std::string word = text[i] == '+' ? signs->plus : signs->minus;
            if (log != nullptr) log->push_back({text.substr(i, width), word, "number"});
            out += word + " ";
            i += width;
            continue;
        }
        out += text[i++];
    }
    return out;
}

}  // namespace readcast

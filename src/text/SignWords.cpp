#include "text/SignWords.hpp"

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
    {"de", "minus", "plus", false},   {"es", "menos", "m\xC3\xA1s", true}, {"fr", "moins", "plus", true},
    {"it", "meno", "pi\xC3\xB9", false}, {"pt", "menos", "mais", false},  {"nl", "min", "plus", false},
    {"sv", "minus", "plus", false},   {"da", "minus", "plus", false},     {"no", "minus", "pluss", false},
    {"nb", "minus", "pluss", false},  {"nn", "minus", "pluss", false},    {"pl", "minus", "plus", false},
    {"id", "minus", "plus", false},   {"ms", "minus", "tambah", false}};

}  // namespace

std::string withSignWords(const std::string& text, std::string_view language, std::vector<Rewrite>* log) {
    const std::string_view primary = language.substr(0, language.find_first_of("-_"));
    const Signs* signs = nullptr;
    for (const Signs& s : kSigns) {
        if (primary == s.language) signs = &s;
    }
    if (signs == nullptr || text.find_first_of("-+\xE2") == std::string::npos) return text;
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        // A hyphen, a minus sign (U+2212) or a plus, right before a digit.
        const std::size_t width = text[i] == '-' || text[i] == '+' ? 1 : text.compare(i, 3, "\xE2\x88\x92") == 0 ? 3 : 0;
        const bool digitAfter = width != 0 && i + width < text.size() && isAsciiDigit(text[i + width]);
        // (After a bracket; after a space only where the voice drops it there too, and not between two
        // figures, "10 -20", nor after a word joined to it, "A-4".)
        const bool bracket = i > 0 && text[i - 1] == '(';
        const bool spaced = signs->afterSpace && text[i] != '+' && i > 0 && text[i - 1] == ' ' && (i < 2 || !isAsciiDigit(text[i - 2]));
        if (digitAfter && (bracket || spaced)) {
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

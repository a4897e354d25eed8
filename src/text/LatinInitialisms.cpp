#include "text/LatinInitialisms.hpp"

#include <algorithm>

#include <unicode/uchar.h>

#include "core/Utf8.hpp"
#include "text/english/Rules.hpp"

namespace readcast {
namespace {

bool isAsciiCapital(char c) { return c >= 'A' && c <= 'Z'; }
bool isAsciiAlnum(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// More words of scripts other than Latin than words of Latin letters alone: eSpeak NG's voice is that script's, and a
// Latin word is a switch to English of its own. (Words, not letters: a Hangul syllable holds two or three letters. A word
// with a particle glued to it, "HSBC와", is the script's.)
bool mostlyAnotherScript(const std::string& text) {
    std::size_t latin = 0, other = 0;
    bool anyLatin = false, anyOther = false;
    const auto endWord = [&] {
        if (anyOther) ++other;
        else if (anyLatin) ++latin;
        anyLatin = anyOther = false;
    };
    for (std::size_t k = 0; k < text.size();) {
        const auto u = static_cast<unsigned char>(text[k]);
        if (u < 0x80) {
            if (u == ' ' || u == '\n' || u == '\t') endWord();
            anyLatin = anyLatin || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z');
            ++k;
            continue;
        }
        const auto c = static_cast<UChar32>(nextCodePoint(text, k));
        // (Latin-1 and the Latin extensions up to U+024F, and Latin Extended Additional, are Latin.)
        if (!u_isalpha(c)) continue;
        if (c < 0x250 || (c >= 0x1E00 && c < 0x1F00)) anyLatin = true;
        else anyOther = true;
    }
    endWord();
    return other > latin;
}

}  // namespace

std::string withLatinInitialismsSpelled(const std::string& text, std::vector<Rewrite>* log) {
    if (!mostlyAnotherScript(text)) return text;
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isAsciiCapital(text[i]) || (i > 0 && isAsciiAlnum(text[i - 1]))) {
            out += text[i++];
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && isAsciiCapital(text[end])) ++end;
        const std::string letters = text.substr(i, end - i);
        // (Not a part of a longer Latin word or code, "FOMCs", "COVID-19", "A4".)
        const bool alone = end == text.size() || (!isAsciiAlnum(text[end]) && text[end] != '-');
        // (Two vowels and more make a name or a word more often than letters, "TOYOTA", "NVIDIA", "QUEEN": left to eSpeak NG.)
        const auto vowels = std::count_if(letters.begin(), letters.end(), [](char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == 'Y'; });
        if (!alone || letters.size() < 4 || letters.size() > 7 || vowels > 1 || english::sayableAsWord(letters)) {
            out += letters;
            i = end;
            continue;
        }
        // (An "A" is the article "uh" to the English voice, apart or first: its name is written as said.)
        std::string spoken;
        for (const char c : letters) spoken += (spoken.empty() ? "" : " ") + (c == 'A' ? std::string("eh") : std::string(1, c));
        if (log != nullptr) log->push_back({letters, spoken, "initialism"});
        out += spoken;
        i = end;
    }
    return out;
}

}  // namespace readcast

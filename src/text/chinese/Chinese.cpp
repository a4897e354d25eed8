// Chinese spoken-form rules. eSpeak NG's Mandarin voice reads the characters for numbers, but passes over a
// decimal point ("5.46" is heard as "five four six"), says the percent sign in English and reads a year as
// a quantity. Every figure is written in characters (ICU's spell-out), a year a digit at a time ("2026年"
// "二〇二六年"), a percentage "百分之" before its number, as a newsreader says them.

#include <memory>
#include <string>

#include "core/Ascii.hpp"
#include "text/Normalizer.hpp"
#include "text/RewriteScan.hpp"
#include "text/Spellout.hpp"

namespace readcast {
namespace chinese {
namespace {

// A digit said alone, after the point or in a code: "零" to "九".
std::string digitCharacter(char d) {
    static const std::string kAll = "\xE9\x9B\xB6\xE4\xB8\x80\xE4\xBA\x8C\xE4\xB8\x89\xE5\x9B\x9B\xE4\xBA\x94\xE5\x85\xAD\xE4\xB8\x83\xE5\x85\xAB\xE4\xB9\x9D";
    return kAll.substr(static_cast<std::size_t>(d - '0') * 3, 3);
}

bool asciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

class Chinese : public LanguageRules {
public:
    explicit Chinese(const std::string& language) : words_(language) {}

    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override {
        if (text.find_first_of("0123456789") == std::string::npos) return text;
        return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*&) {
            // (Not inside a figure or a code: "1,234", "3.2.1", "G20", "2024-25".)
            const bool gluedToFigure = i >= 2 && (text[i - 1] == '.' || text[i - 1] == ',' || text[i - 1] == '-' || text[i - 1] == '/') &&
                                       isAsciiDigit(text[i - 2]);
            if (!isAsciiDigit(text[i]) || (i > 0 && (isAsciiDigit(text[i - 1]) || asciiLetter(text[i - 1]))) || gluedToFigure) return i;
            // The whole part, its thousands set apart by commas ("1,234"), then the decimals.
            std::string whole;
            std::size_t end = i;
            while (end < text.size()) {
                if (isAsciiDigit(text[end])) {
                    whole += text[end++];
                } else if (text[end] == ',' && end + 3 < text.size() && isAsciiDigit(text[end + 1]) && isAsciiDigit(text[end + 2]) &&
                           isAsciiDigit(text[end + 3]) && (end + 4 >= text.size() || !isAsciiDigit(text[end + 4]))) {
                    ++end;
                } else {
                    break;
                }
            }
            std::string decimals;
            if (end + 1 < text.size() && text[end] == '.' && isAsciiDigit(text[end + 1])) {
                const std::size_t d = digitsEnd(text, end + 1);
                decimals = text.substr(end + 1, d - end - 1);
                end = d;
            }
            // (A code, a model or a version glued to Latin letters, "G20", "5G", "3.2.1", is left to the voice.)
            if (end < text.size() && (asciiLetter(text[end]) || text[end] == '.' || text[end] == '-' || text[end] == ':' || text[end] == '/')) return i;
            // "2026年": a year, a digit at a time.
            if (decimals.empty() && whole.size() == 4 && text.compare(end, 3, "\xE5\xB9\xB4") == 0) {
                spoken = words_.say(std::stoll(whole), "%spellout-numbering-year");
                return spoken.empty() ? i : end;
            }
            // A telephone's or an account's number, or one that opens on a nought: a digit at a time.
            if (whole.size() > 12 || (whole.size() > 1 && whole[0] == '0')) {
                for (char d : whole) spoken += digitCharacter(d);
                return end;
            }
            std::string said = words_.say(std::stoll(whole), "%spellout-cardinal");
            if (said.empty()) return i;
            if (!decimals.empty()) {
                said += "\xE7\x82\xB9";  // 点
                for (char d : decimals) said += digitCharacter(d);
            }
            // "2.3%", "2.3％": "百分之二点三".
            if (text.compare(end, 1, "%") == 0 || text.compare(end, 3, "\xEF\xBC\x85") == 0) {
                spoken = "\xE7\x99\xBE\xE5\x88\x86\xE4\xB9\x8B" + said;  // 百分之
                return end + (text[end] == '%' ? 1 : 3);
            }
            spoken = said;
            return end;
        });
    }

private:
    Spellout words_;
};

}  // namespace
}  // namespace chinese

std::unique_ptr<LanguageRules> makeChineseRules(const std::string& language) { return std::make_unique<chinese::Chinese>(language); }

}  // namespace readcast

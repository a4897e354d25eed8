// Hebrew spoken-form rules. eSpeak NG's Hebrew voice says nothing at all for a figure: "בגיל 87" is heard
// as "בגיל". Every number is said in words (ICU's spell-out for Hebrew: "שמונים ושבע", "שתים עשרה נקודה
// חמש"), a prefix letter joined to it by a hyphen is joined to its words ("ב-3" is "בשלוש"), the percent
// sign is "אחוז" and the clock's hours and minutes are said apart ("16:30").

#include <cctype>

#include "core/Ascii.hpp"
#include "text/Normalizer.hpp"
#include "text/Spellout.hpp"

namespace readcast {
namespace hebrew {
namespace {

// The one-letter prefixes Hebrew joins to a word, written before a figure with a hyphen or a maqaf.
bool isPrefixLetter(const std::string& text, std::size_t at) {
    if (at + 1 >= text.size() || static_cast<unsigned char>(text[at]) != 0xD7) return false;
    const auto c = static_cast<unsigned char>(text[at + 1]);
    // ב ה ו כ ל מ ש
    return c == 0x91 || c == 0x94 || c == 0x95 || c == 0x9B || c == 0x9C || c == 0x9E || c == 0xA9;
}

class Hebrew : public LanguageRules {
public:
    Hebrew() : spell_("he") {}

    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override {
        std::string out;
        out.reserve(text.size() * 2);
        for (std::size_t i = 0; i < text.size();) {
            // "ב-3", "מ־1962", "בכ-60%": the prefixes, then the number's words with nothing between.
            if (isPrefixLetter(text, i) && (i == 0 || !isWordByte(text[i - 1]))) {
                std::size_t dash = i;
                while (dash - i < 6 && isPrefixLetter(text, dash)) dash += 2;
                const std::size_t width = text.compare(dash, 1, "-") == 0 ? 1 : text.compare(dash, 2, "\xD6\xBE") == 0 ? 2 : 0;
                if (width != 0 && dash + width < text.size() && isAsciiDigit(text[dash + width])) {
                    out += text.substr(i, dash - i);
                    i = dash + width;
                    continue;
                }
            }
            // (Every figure: after a comma in a list, "1,2", or a date's dot, its words too.)
            if (!isAsciiDigit(text[i]) || (i > 0 && isAsciiDigit(text[i - 1]))) {
                out += text[i++];
                continue;
            }
            std::size_t e = i;
            std::string digits;
            // (Thousands grouped with commas: "2,400".)
            while (e < text.size() && (isAsciiDigit(text[e]) || (text[e] == ',' && e + 3 < text.size() && isAsciiDigit(text[e + 1]) &&
                                                              isAsciiDigit(text[e + 2]) && isAsciiDigit(text[e + 3]) && (e + 4 >= text.size() || !isAsciiDigit(text[e + 4]))))) {
                if (text[e] != ',') digits += text[e];
                ++e;
            }
            std::string spoken;
            if (digits.size() > 15) {
                out += text.substr(i, e - i);
                i = e;
                continue;
            }
            // "16:30": the hours, then the minutes.
            if (digits.size() <= 2 && e + 2 < text.size() && text[e] == ':' && isAsciiDigit(text[e + 1]) && isAsciiDigit(text[e + 2])) {
                const int minutes = std::stoi(text.substr(e + 1, 2));
                spoken = spell_.say(std::stoll(digits), "%spellout-numbering") + (minutes == 0 ? "" : " " + spell_.say(minutes, "%spellout-numbering"));
                e += 3;
            } else {
                spoken = spell_.say(std::stoll(digits), "%spellout-numbering");
                // ("12.3.2024": a date's day, month and year, each said; no decimal point.)
                std::size_t f = e + 1;
                while (f < text.size() && isAsciiDigit(text[f])) ++f;
                std::size_t g = f + 1;
                while (g < text.size() && isAsciiDigit(text[g])) ++g;
                const bool date = e + 1 < text.size() && text[e] == '.' && f > e + 1 && f - e - 1 <= 2 && f + 1 < text.size() &&
                                  text[f] == '.' && g > f + 1 && g - f - 1 <= 4;
                if (date) {
                    spoken += " " + spell_.say(std::stoll(text.substr(e + 1, f - e - 1)), "%spellout-numbering") + " " +
                              spell_.say(std::stoll(text.substr(f + 1, g - f - 1)), "%spellout-numbering");
                    e = g;
                } else if (e + 1 < text.size() && text[e] == '.' && isAsciiDigit(text[e + 1])) {
                    spoken += " \xD7\xA0\xD7\xA7\xD7\x95\xD7\x93\xD7\x94";  // נקודה
                    for (++e; e < text.size() && isAsciiDigit(text[e]); ++e) spoken += " " + spell_.say(text[e] - '0', "%spellout-numbering");
                }
                if (e < text.size() && text[e] == '%') {
                    spoken += " \xD7\x90\xD7\x97\xD7\x95\xD7\x96";  // אחוז
                    ++e;
                }
            }
            if (spoken.empty()) {
                out += text.substr(i, e - i);
            } else {
                if (log != nullptr) log->push_back({text.substr(i, e - i), spoken, "number"});
                out += spoken;
            }
            i = e;
        }
        return out;
    }

private:
    Spellout spell_;
};

}  // namespace
}  // namespace hebrew

std::unique_ptr<LanguageRules> makeHebrewRules() { return std::make_unique<hebrew::Hebrew>(); }

}  // namespace readcast

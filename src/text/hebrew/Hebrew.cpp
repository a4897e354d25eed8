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

// The shekel after a figure, as a sign or its abbreviation: "22 ₪", "264 ש"ח", "264 ש״ח". Returns where it ends, or `at`.
std::size_t shekelAt(const std::string& text, std::size_t at) {
    std::size_t k = at < text.size() && text[at] == ' ' ? at + 1 : at;
    if (text.compare(k, 3, "\xE2\x82\xAA") == 0) return k + 3;
    for (const char* mark : {"\"", "\xD7\xB4"}) {  // " and gershayim
        const std::string abbreviation = std::string("\xD7\xA9") + mark + "\xD7\x97";  // ש"ח
        if (text.compare(k, abbreviation.size(), abbreviation) == 0 && (k + abbreviation.size() >= text.size() || !isWordByte(text[k + abbreviation.size()]))) {
            return k + abbreviation.size();
        }
    }
    return at;
}

// "שקלים", said after a price.
constexpr const char* kShekels = " \xD7\xA9\xD7\xA7\xD7\x9C\xD7\x99\xD7\x9D";

// A million or a billion after a figure, with its space: "2 מיליארד". Returns its length, or 0.
std::size_t magnitudeAfter(const std::string& text, std::size_t at) {
    for (const char* word : {" \xD7\x9E\xD7\x99\xD7\x9C\xD7\x99\xD7\x90\xD7\xA8\xD7\x93", " \xD7\x9E\xD7\x99\xD7\x9C\xD7\x99\xD7\x95\xD7\x9F"}) {  // מיליארד, מיליון
        const std::size_t n = std::char_traits<char>::length(word);
        if (text.compare(at, n, word) == 0) return n;
    }
    return 0;
}

// A month's name after "ב", the day before it: "1 באפריל" (the day is counted in the masculine, "אחד באפריל").
bool monthAfter(const std::string& text, std::size_t at) {
    if (text.compare(at, 3, " \xD7\x91") != 0) return false;  // " ב"
    static const char* const kMonths[] = {"\xD7\x99\xD7\xA0\xD7\x95\xD7\x90\xD7\xA8", "\xD7\xA4\xD7\x91\xD7\xA8\xD7\x95\xD7\x90\xD7\xA8",
                                          "\xD7\x9E\xD7\xA8\xD7\xA5", "\xD7\x90\xD7\xA4\xD7\xA8\xD7\x99\xD7\x9C", "\xD7\x9E\xD7\x90\xD7\x99",
                                          "\xD7\x99\xD7\x95\xD7\xA0\xD7\x99", "\xD7\x99\xD7\x95\xD7\x9C\xD7\x99",
                                          "\xD7\x90\xD7\x95\xD7\x92\xD7\x95\xD7\xA1\xD7\x98", "\xD7\xA1\xD7\xA4\xD7\x98\xD7\x9E\xD7\x91\xD7\xA8",
                                          "\xD7\x90\xD7\x95\xD7\xA7\xD7\x98\xD7\x95\xD7\x91\xD7\xA8", "\xD7\xA0\xD7\x95\xD7\x91\xD7\x9E\xD7\x91\xD7\xA8",
                                          "\xD7\x93\xD7\xA6\xD7\x9E\xD7\x91\xD7\xA8"};
    for (const char* month : kMonths) {
        if (text.compare(at + 3, std::char_traits<char>::length(month), month) == 0) return true;
    }
    return false;
}

// Abbreviations written with gershayim that eSpeak NG spells letter by letter, and what a newsreader says; a prefix
// letter may stand before them ("לקוט"ש").
const std::pair<const char*, const char*> kAbbreviations[] = {
    {"\xD7\xA9\xD7\x97", "\xD7\xA9\xD7\xA7\xD7\x9C\xD7\x99\xD7\x9D"},                                    // ש"ח שקלים
    {"\xD7\x97\xD7\x9B", "\xD7\x97\xD7\x91\xD7\xA8 \xD7\x94\xD7\x9B\xD7\xA0\xD7\xA1\xD7\xAA"},         // ח"כ חבר הכנסת
    {"\xD7\x99\xD7\x95\xD7\xA8", "\xD7\x99\xD7\x95\xD7\xA9\xD7\x91 \xD7\xA8\xD7\x90\xD7\xA9"},         // יו"ר יושב ראש
    {"\xD7\xA7\xD7\x95\xD7\x98\xD7\xA9", "\xD7\xA7\xD7\x99\xD7\x9C\xD7\x95\xD7\x95\xD7\x90\xD7\x98 \xD7\xA9\xD7\xA2\xD7\x94"},  // קוט"ש קילוואט שעה
    {"\xD7\x9E\xD7\xA7", "\xD7\x9E\xD7\x98\xD7\xA8 \xD7\x9E\xD7\xA2\xD7\x95\xD7\xA7\xD7\x91"}};      // מ"ק מטר מעוקב

// The abbreviation at `at` (its letters around a " or a gershayim), said; returns where it ends, or `at`.
std::size_t abbreviationAt(const std::string& text, std::size_t at, std::string& spoken) {
    for (const auto& [letters, said] : kAbbreviations) {
        const std::string l(letters);
        for (const char* mark : {"\"", "\xD7\xB4"}) {
            const std::string written = l.substr(0, l.size() - 2) + mark + l.substr(l.size() - 2);
            if (text.compare(at, written.size(), written) == 0 && (at + written.size() >= text.size() || !isWordByte(text[at + written.size()]))) {
                spoken = said;
                return at + written.size();
            }
        }
    }
    return at;
}

class Hebrew : public LanguageRules {
public:
    Hebrew() : spell_("he") {}

    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override {
        std::string out;
        out.reserve(text.size() * 2);
        bool shekelBefore = false;
        for (std::size_t i = 0; i < text.size();) {
            // "ש"ח", "ח"כ", "לקוט"ש": an abbreviation said in words, after its prefix letters.
            if (i == 0 || !isWordByte(text[i - 1])) {
                std::size_t from = i;
                while (from - i < 4 && isPrefixLetter(text, from)) from += 2;
                std::string said;
                for (std::size_t start = i; start <= from; start += 2) {
                    if (const std::size_t end = abbreviationAt(text, start, said); end != start) {
                        if (log != nullptr) log->push_back({text.substr(i, end - i), text.substr(i, start - i) + said, "abbreviation"});
                        out += text.substr(i, start - i) + said;
                        i = end;
                        break;
                    }
                }
                if (!said.empty()) continue;
            }
            // "₪22", "כ-₪22": the shekel before its figure, said after it.
            if (text.compare(i, 3, "\xE2\x82\xAA") == 0 && i + 3 < text.size() && isAsciiDigit(text[i + 3])) {
                shekelBefore = true;
                i += 3;
                continue;
            }
            // "ב-3", "מ־1962", "בכ-60%": the prefixes, then the number's words with nothing between.
            if (isPrefixLetter(text, i) && (i == 0 || !isWordByte(text[i - 1]))) {
                std::size_t dash = i;
                while (dash - i < 6 && isPrefixLetter(text, dash)) dash += 2;
                const std::size_t width = text.compare(dash, 1, "-") == 0 ? 1 : text.compare(dash, 2, "\xD6\xBE") == 0 ? 2 : 0;
                // (Or the shekel's sign between: "כ-₪22".)
                if (width != 0 && text.compare(dash + width, 3, "\xE2\x82\xAA") == 0 && dash + width + 3 < text.size() &&
                    isAsciiDigit(text[dash + width + 3])) {
                    out += text.substr(i, dash - i);
                    shekelBefore = true;
                    i = dash + width + 3;
                    continue;
                }
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
                // (The shekel and a date's day are counted in the masculine: "עשרים ושניים שקלים", "אחד באפריל".)
                // (So are a million and a billion: "חמישה מיליארד".)
                const bool magnitude = magnitudeAfter(text, e) != 0;
                std::size_t decimalsEnd = e;
                if (e + 1 < text.size() && text[e] == '.' && isAsciiDigit(text[e + 1])) {
                    decimalsEnd = e + 1;
                    while (decimalsEnd < text.size() && isAsciiDigit(text[decimalsEnd])) ++decimalsEnd;
                }
                const std::size_t shekel = shekelAt(text, decimalsEnd);
                const bool priced = shekelBefore || shekel != decimalsEnd;
                // (A decimal is said in the feminine whatever it counts: "שתיים נקודה חמש מיליארד".)
                const bool masculine = (priced || magnitude || monthAfter(text, e)) && (decimalsEnd == e || (priced && decimalsEnd - e == 3 && !magnitude));
                spoken = spell_.say(std::stoll(digits), masculine ? "%spellout-cardinal-masculine" : "%spellout-numbering");
                // ("₪8.15": shekels and agorot, "שמונה שקלים וחמש עשרה אגורות"; "₪22"; and "₪2.5 מיליארד", "₪2 מיליון": the shekels after
                // the whole amount, its decimals and its magnitude said, below.)
                const bool withAgorot = priced && decimalsEnd - e == 3;
                const bool whole = priced && decimalsEnd == e && !magnitude;
                const bool shekelsAfterAmount = priced && !withAgorot && !whole;
                if (priced) shekelBefore = false;
                if (withAgorot) {
                    const int agorot = std::stoi(text.substr(e + 1, 2));
                    spoken += kShekels;
                    if (agorot != 0) spoken += " \xD7\x95" + spell_.say(agorot, "%spellout-cardinal-feminine") + " \xD7\x90\xD7\x92\xD7\x95\xD7\xA8\xD7\x95\xD7\xAA";  // ו… אגורות
                    e = shekel;
                } else if (whole) {
                    spoken += kShekels;
                    e = shekel;
                }
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
                if (shekelsAfterAmount) {
                    const std::size_t word = magnitudeAfter(text, e);
                    spoken += text.substr(e, word) + kShekels;
                    e = shekelAt(text, e + word);
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

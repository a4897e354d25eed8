// Turkish spoken-form rules. Turkish writes a case ending after a name, a figure or an initialism with an
// apostrophe ("Ankara'da", "2026'da", "%31'e", "TCMB'nin"); eSpeak NG pauses at the apostrophe as at a comma,
// and after a figure says the ending as a word of its own ("iki bin yirmi altı, da"). The ending is joined to
// the word, to the figure's words ("iki bin yirmi altıda", "yüzde otuz bire", "üçüncü") and to the last
// letter's name of an initialism ("te ce me benin"). A clock time, "saat 14.30", is said in hours and minutes
// ("on dört otuz", where eSpeak NG says "on dört nokta otuz"); a minus before a measure is "eksi".

#include <cctype>

#include "core/Ascii.hpp"
#include "text/DottedDates.hpp"
#include "text/Normalizer.hpp"
#include "text/RewriteScan.hpp"
#include "text/Spellout.hpp"

namespace readcast {
namespace turkish {
namespace {

// The apostrophe at `at`, straight or typographic: its length, or 0.
std::size_t apostropheAt(const std::string& text, std::size_t at) {
    if (at < text.size() && text[at] == '\'') return 1;
    return text.compare(at, 3, "\xE2\x80\x99") == 0 ? 3 : 0;
}

// A Turkish letter in lower case at `at` (ASCII, or ç ğ ı ö ş ü â î û): its length in bytes, or 0.
std::size_t lowerLetterAt(const std::string& text, std::size_t at) {
    if (at >= text.size()) return 0;
    if (std::islower(static_cast<unsigned char>(text[at])) != 0) return 1;
    for (const char* c : {"\xC3\xA7", "\xC4\x9F", "\xC4\xB1", "\xC3\xB6", "\xC5\x9F", "\xC3\xBC", "\xC3\xA2", "\xC3\xAE", "\xC3\xBB"}) {
        if (text.compare(at, 2, c) == 0) return 2;
    }
    return 0;
}

// A Turkish capital at `at` (ASCII, or Ç Ğ İ Ö Ş Ü): its length in bytes, or 0.
std::size_t capitalAt(const std::string& text, std::size_t at) {
    if (at >= text.size()) return 0;
    if (std::isupper(static_cast<unsigned char>(text[at])) != 0) return 1;
    for (const char* c : {"\xC3\x87", "\xC4\x9E", "\xC4\xB0", "\xC3\x96", "\xC5\x9E", "\xC3\x9C"}) {
        if (text.compare(at, 2, c) == 0) return 2;
    }
    return 0;
}

// The case ending after an apostrophe at `at` ("'da", "’nin"): where it ends, or `at` when none is there.
std::size_t endingAfter(const std::string& text, std::size_t at) {
    const std::size_t mark = apostropheAt(text, at);
    if (mark == 0) return at;
    std::size_t k = at + mark;
    while (const std::size_t n = lowerLetterAt(text, k)) k += n;
    // (A quotation closed by an apostrophe, "'Ankara' dedi", has no letters after it.)
    return k > at + mark && k - at - mark <= 16 ? k : at;
}

// The name of a capital letter as Turkish says it in an initialism ("TCMB" "te ce me be").
std::string letterName(const std::string& letter) {
    static const std::pair<const char*, const char*> kNames[] = {
        {"A", "a"},   {"B", "be"},  {"C", "ce"}, {"\xC3\x87", "\xC3\xA7" "e"}, {"D", "de"},  {"E", "e"},   {"F", "fe"}, {"G", "ge"},
        {"\xC4\x9E", "yumu\xC5\x9F" "ak ge"}, {"H", "he"}, {"I", "\xC4\xB1"}, {"\xC4\xB0", "i"}, {"J", "je"}, {"K", "ke"}, {"L", "le"}, {"M", "me"},
        {"N", "ne"},  {"O", "o"},   {"\xC3\x96", "\xC3\xB6"},  {"P", "pe"}, {"Q", "k\xC3\xBB"},  {"R", "re"},  {"S", "se"}, {"\xC5\x9E", "\xC5\x9F" "e"},
        {"T", "te"},  {"U", "u"},   {"\xC3\x9C", "\xC3\xBC"},  {"V", "ve"}, {"W", "\xC3\xA7ift ve"}, {"X", "iks"}, {"Y", "ye"}, {"Z", "ze"}};
    for (const auto& [written, said] : kNames) {
        if (letter == written) return said;
    }
    return letter;
}

bool isTurkishVowel(const std::string& letter) {
    for (const char* v : {"A", "E", "I", "\xC4\xB0", "O", "\xC3\x96", "U", "\xC3\x9C"}) {
        if (letter == v) return true;
    }
    return false;
}

// Capitals said as a word ("NATO", "TÜİK", "MİT", "ODTÜ"), not spelled ("TCMB", "ABD", "BAE", "AB"): three letters
// at least, opening and ending on one consonant at most, never three in a row, a vowel among them; three letters
// make a syllable only as "MİT" or "ECE" do.
bool sayableAsWord(const std::vector<std::string>& letters) {
    if (letters.size() < 3) return false;
    std::string pattern;
    for (const std::string& l : letters) pattern += isTurkishVowel(l) ? 'V' : 'C';
    if (pattern.find('V') == std::string::npos || pattern.compare(0, 2, "CC") == 0 || pattern.compare(pattern.size() - 2, 2, "CC") == 0 ||
        pattern.find("CCC") != std::string::npos) {
        return false;
    }
    return letters.size() >= 4 || pattern == "CVC" || pattern == "VCV";
}

// A Turkish capital in small letters, its dotless and dotted I kept apart ("I" "ı", "İ" "i").
std::string lowerTurkish(const std::string& letter) {
    static const std::pair<const char*, const char*> kSmall[] = {{"I", "\xC4\xB1"}, {"\xC4\xB0", "i"}, {"\xC3\x87", "\xC3\xA7"}, {"\xC4\x9E", "\xC4\x9F"}, {"\xC3\x96", "\xC3\xB6"}, {"\xC5\x9E", "\xC5\x9F"}, {"\xC3\x9C", "\xC3\xBC"}};
    for (const auto& [capital, small] : kSmall) {
        if (letter == capital) return small;
    }
    return lowerAscii(letter);
}

// A figure's words and the ending written after it: "dört" softens before a vowel ("2024'ün" "yirmi dördün").
std::string withEnding(std::string said, const std::string& ending) {
    const std::string four = "d\xC3\xB6rt";
    if (!ending.empty() && said.size() >= four.size() && said.compare(said.size() - four.size(), four.size(), four) == 0 &&
        (std::string("aeiou").find(ending[0]) != std::string::npos || ending.rfind("\xC4\xB1", 0) == 0 || ending.rfind("\xC3\xB6", 0) == 0 ||
         ending.rfind("\xC3\xBC", 0) == 0)) {
        said.back() = 'd';
    }
    return said + ending;
}

// A figure as Turkish writes it: digits in groups of three after dots ("17.002"), a decimal after a comma
// ("36,5"). Sets its value's words and returns where it ends, or `at` when no figure starts there.
std::size_t figureAt(const std::string& text, std::size_t at, const Spellout& words, std::string& said) {
    std::size_t k = digitsEnd(text, at);
    // (Three figures at most before a group's dot, "17.002"; a run without dots up to twelve.)
    const bool grouped = k < text.size() && text[k] == '.';
    if (k == at || k - at > (grouped ? 3U : 12U)) return at;
    std::string digits = text.substr(at, k - at);
    while (k + 3 < text.size() && text[k] == '.' && digitsEnd(text, k + 1) == k + 4) {
        digits += text.substr(k + 1, 3);
        k += 4;
    }
    if (digits.size() > 12) return at;
    said = words.say(std::stoll(digits), "%spellout-numbering");
    if (k + 1 < text.size() && text[k] == ',' && isAsciiDigit(text[k + 1])) {
        const std::size_t end = digitsEnd(text, k + 1);
        if (end - k - 1 > 3) return at;
        std::string fraction;
        for (std::size_t d = k + 1; d < end && text[d] == '0'; ++d) fraction += "s\xC4\xB1" "f\xC4\xB1r ";
        said += " virg\xC3\xBCl " + fraction + words.say(std::stoll(text.substr(k + 1, end - k - 1)), "%spellout-numbering");
        k = end;
    }
    return said.empty() ? at : k;
}

class Turkish : public LanguageRules {
public:
    Turkish() : words_("tr") {}

    std::string apply(const std::string& written, std::vector<Rewrite>* log) const override {
        // (A date's dots first: "31.12.2028" is no clock and no number.)
        const std::string text = withMinusSaid(withDottedDatesSaid(written, "tr", log), "eksi", log);
        if (text.find('\'') == std::string::npos && text.find("\xE2\x80\x99") == std::string::npos && text.find("saat") == std::string::npos &&
            text.find_first_of(".:") == std::string::npos) {
            return text;
        }
        return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
            const bool wordStart = i == 0 || !isWordByte(text[i - 1]);
            // "saat 14.30", "14.30'da": hours and minutes.
            if (wordStart && isAsciiDigit(text[i])) {
                const std::size_t hourEnd = digitsEnd(text, i);
                if (hourEnd - i <= 2 && hourEnd + 2 < text.size() && (text[hourEnd] == '.' || text[hourEnd] == ':') &&
                    digitsEnd(text, hourEnd + 1) == hourEnd + 3) {
                    const int hour = std::stoi(text.substr(i, hourEnd - i)), minute = std::stoi(text.substr(hourEnd + 1, 2));
                    const std::size_t ending = endingAfter(text, hourEnd + 3);
                    // (Or an hour written with its nought, "06.00", and the hour on the hour of a span with it, "06.00 ile
                    // 11.00 arasında"; "yüzde 10.50", "12.05 tarihinde" are a decimal and a date.)
                    const std::string wordBefore = lowerWordBefore(text, i);
                    const bool spanned = text.compare(hourEnd + 1, 2, "00") == 0 &&
                                         (wordBefore == "ile" || text.compare(hourEnd + 3, 5, " ile ") == 0 || (i >= 2 && text[i - 1] == '-'));
                    // (Or after the part of the day it is in: "sabah 06.00", "gece 24.00", "akşam 19.30".)
                    const bool partOfDay = wordBefore == "sabah" || wordBefore == "gece" || wordBefore == "ak\xC5\x9F" "am" ||
                                           wordBefore == "\xC3\xB6\xC4\x9Fle" || wordBefore == "\xC3\xB6\xC4\x9Fleden" || wordBefore == "sabah\xC4\xB1n";
                    const bool clock = wordBefore == "saat" || partOfDay || ending != hourEnd + 3 || (text[i] == '0' && hourEnd - i == 2) || spanned;
                    const bool more = hourEnd + 3 < text.size() && (isAsciiDigit(text[hourEnd + 3]) ||
                                                                    ((text[hourEnd + 3] == '.' || text[hourEnd + 3] == ',') &&
                                                                     hourEnd + 4 < text.size() && isAsciiDigit(text[hourEnd + 4])));
                    if (clock && !more && hour <= 24 && minute <= 59) {
                        kind = "time";
                        spoken = words_.say(hour, "%spellout-numbering");
                        // ("10.05": "on sıfır beş", as "on beş" is fifteen.)
                        if (minute != 0) spoken += std::string(minute < 10 ? " s\xC4\xB1" "f\xC4\xB1r " : " ") + words_.say(minute, "%spellout-numbering");
                        spoken = withEnding(spoken, text.substr(hourEnd + 3 + apostropheAt(text, hourEnd + 3),
                                                                ending == hourEnd + 3 ? 0 : ending - hourEnd - 3 - apostropheAt(text, hourEnd + 3)));
                        return ending;
                    }
                }
            }
            // "5. sırada", "21. yüzyılda": an ordinal written with its dot before a word in small letters (eSpeak NG says
            // the cardinal, "beş"); before a capital the dot ends a sentence.
            // (Not the last group of a figure with its thousands' dots, "1.000. ziyaretçi".)
            if (wordStart && isAsciiDigit(text[i]) && !(i > 0 && (text[i - 1] == '.' || text[i - 1] == ','))) {
                const std::size_t end = digitsEnd(text, i);
                if (end - i <= 4 && end + 2 < text.size() && text[end] == '.' && text[end + 1] == ' ' && lowerLetterAt(text, end + 2) != 0) {
                    spoken = words_.say(std::stoll(text.substr(i, end - i)), "%spellout-ordinal");
                    if (!spoken.empty()) {
                        kind = "ordinal";
                        return end + 1;
                    }
                }
            }
            // "2026'da", "%31'e", "3'üncü": a figure and its ending, one word.
            const bool percent = text[i] == '%';
            if ((wordStart || percent) && (isAsciiDigit(text[i]) || (percent && i + 1 < text.size() && isAsciiDigit(text[i + 1])))) {
                std::string said;
                const std::size_t start = percent ? i + 1 : i;
                const std::size_t end = figureAt(text, start, words_, said);
                if (end != start) {
                    const std::size_t ending = endingAfter(text, end);
                    if (ending != end) {
                        spoken = (percent ? "y\xC3\xBCzde " : "") + withEnding(said, text.substr(end + apostropheAt(text, end), ending - end - apostropheAt(text, end)));
                        return ending;
                    }
                }
                return i;
            }
            // "TCMB'nin", "TL'ye": the letters' names, the ending joined to the last.
            if (wordStart && capitalAt(text, i) != 0) {
                std::vector<std::string> letters;
                std::size_t k = i;
                while (const std::size_t n = capitalAt(text, k)) {
                    letters.push_back(text.substr(k, n));
                    k += n;
                }
                const std::size_t ending = endingAfter(text, k);
                if (letters.size() >= 2 && letters.size() <= 6 && ending != k) {
                    kind = "initialism";
                    const std::string suffix = text.substr(k + apostropheAt(text, k), ending - k - apostropheAt(text, k));
                    // ("NATO'nun", "TÜİK'in", "AFAD'ın": capitals that make Turkish syllables are said as a word, in small
                    // letters so that eSpeak NG does not spell them.)
                    if (sayableAsWord(letters)) {
                        for (const std::string& letter : letters) spoken += lowerTurkish(letter);
                        spoken += suffix;
                        return ending;
                    }
                    for (const std::string& letter : letters) spoken += (spoken.empty() ? "" : " ") + letterName(letter);
                    spoken += suffix;
                    return ending;
                }
                return i;
            }
            // "Ankara'da": the apostrophe goes, the ending joins its word.
            if (i > 0 && isWordByte(text[i - 1]) && apostropheAt(text, i) != 0 && endingAfter(text, i) != i) {
                kind = "word";
                return i + apostropheAt(text, i);
            }
            return i;
        });
    }

private:
    Spellout words_;
};

}  // namespace
}  // namespace turkish

std::unique_ptr<LanguageRules> makeTurkishRules() { return std::make_unique<turkish::Turkish>(); }

}  // namespace readcast

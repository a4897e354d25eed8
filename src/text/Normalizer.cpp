#include "text/Normalizer.hpp"

#include <cstring>
#include <map>
#include <set>

#include <unicode/uchar.h>

#include "core/WordSet.hpp"
#include "core/Ascii.hpp"
#include "core/LanguageTag.hpp"
#include "core/Text.hpp"
#include "core/Utf8.hpp"
#include "text/CzechAmounts.hpp"
#include "text/CzechCases.hpp"
#include "text/CzechFigures.hpp"
#include "text/DashSpans.hpp"
#include "text/CatalanFigures.hpp"
#include "text/Dois.hpp"
#include "text/FinnishDates.hpp"
#include "text/HungarianClock.hpp"
#include "text/RomanianCounts.hpp"
#include "text/DottedDates.hpp"
#include "text/DigitGroups.hpp"
#include "text/GlossedShortForms.hpp"
#include "text/SwissCantons.hpp"
#include "text/NoteMarks.hpp"
#include "text/RewriteScan.hpp"
#include "text/SpelledInitialism.hpp"
#include "text/UkrainianSigns.hpp"
#include "text/UnsayableScripts.hpp"
#include "text/UnitAfterNumber.hpp"
#include "text/VulgarFractions.hpp"
#include "text/WordSlashes.hpp"
#include "text/SignWords.hpp"
#include "text/YearSpans.hpp"
#include "text/SpeakableLatin.hpp"
#include "text/LatinInitialisms.hpp"
#include "text/StarRatings.hpp"
#include "text/TelephoneNumbers.hpp"

namespace readcast {
namespace {

// Lexicon matches are swapped for placeholders while the rules run, so a respelling or a phoneme
// string (which may hold digits and apostrophes) is never rewritten again. U+E000.. private use; an odd
// one stands for a match written with a capital, so that the rules still see a name ("Pres. Zelensky").
std::string placeholder(std::size_t index, bool capital) {
    const auto cp = static_cast<unsigned>(0xE000 + index * 2 + (capital ? 1 : 0));
    std::string s;
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
    return s;
}

// The Greek small mu typed for the micro sign before a unit, "12 μm", "5 μg": the micro sign, which the unit
// tables know ("micrometres"). A mu alone, "the μ parameter", stays a letter.
std::string withMicroSigns(const std::string& text) {
    if (text.find("\xCE\xBC") == std::string::npos) return text;
    std::string out = text;
    for (std::size_t at = out.find("\xCE\xBC"); at != std::string::npos; at = out.find("\xCE\xBC", at + 2)) {
        const bool unitAfter = at + 2 < out.size() && std::isalpha(static_cast<unsigned char>(out[at + 2]));
        const bool figureBefore = at > 0 && (std::isdigit(static_cast<unsigned char>(out[at - 1])) ||
                                             (out[at - 1] == ' ' && at > 1 && std::isdigit(static_cast<unsigned char>(out[at - 2]))));
        if (unitAfter && figureBefore) out.replace(at, 2, "\xC2\xB5");
    }
    return out;
}

// "NO₂", "CO₂", "CH₄", "H₂O": a chemical formula with its counts set below the line, which eSpeak NG reads as the word its
// letters spell ("no two"); each element's letters apart and its count a figure, "N O 2", "C H 4", "H 2 O", as chemists say them.
std::string withChemicalFormulas(const std::string& text) {
    if (text.find("\xE2\x82") == std::string::npos) return text;
    const auto subscript = [&](std::size_t k) {
        return k + 2 < text.size() && text.compare(k, 2, "\xE2\x82") == 0 && static_cast<unsigned char>(text[k + 2]) >= 0x80 &&
               static_cast<unsigned char>(text[k + 2]) <= 0x89;
    };
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size();) {
        // A formula: elements (a capital, perhaps a small letter) with counts, one count at least, standing alone.
        std::size_t k = i;
        std::string said;
        bool counted = false;
        if (std::isupper(static_cast<unsigned char>(text[i])) && (i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
            while (k < text.size() && std::isupper(static_cast<unsigned char>(text[k]))) {
                std::string element(1, text[k++]);
                if (k < text.size() && std::islower(static_cast<unsigned char>(text[k]))) element += text[k++];
                said += (said.empty() ? "" : " ") + element;
                std::string count;
                while (subscript(k)) {
                    count += static_cast<char>('0' + (static_cast<unsigned char>(text[k + 2]) - 0x80));
                    k += 3;
                    // ("PM₂.₅": a decimal set below the line too.)
                    if (k + 1 < text.size() && text[k] == '.' && subscript(k + 1)) {
                        count += '.';
                        ++k;
                    }
                }
                if (!count.empty()) {
                    said += " " + count;
                    counted = true;
                }
            }
        }
        if (counted && (k >= text.size() || !std::isalnum(static_cast<unsigned char>(text[k])))) {
            out += said;
            i = k;
            continue;
        }
        // ("tCO₂e", "gCO₂/km": a count below the line inside a longer word, a unit's, is its figure, which the lexicon knows;
        // eSpeak NG says nothing for the sign.)
        if (subscript(i) && i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]))) {
            out += static_cast<char>('0' + (static_cast<unsigned char>(text[i + 2]) - 0x80));
            i += 3;
            continue;
        }
        out += text[i++];
    }
    return out;
}

// "40 m2", "1.932 euros/m2", "12 km2": a unit's power typed as a plain figure, which the languages' unit tables know
// only as the superscript ("m²": "metros quadrados", "vierkante meter"); eSpeak NG says "em twee".
std::string withSuperscriptUnits(const std::string& text) {
    if (text.find("m2") == std::string::npos && text.find("m3") == std::string::npos) return text;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool power = (text[i] == '2' || text[i] == '3') && i >= 1 && text[i - 1] == 'm' &&
                           (i + 1 >= text.size() || !std::isalnum(static_cast<unsigned char>(text[i + 1])));
        if (power) {
            // (After a figure, "40 m2", "40m2", or a measure's slash, "euros/m2"; the unit "m", "km", "cm" or "mm" alone.)
            std::size_t unit = i - 1;
            if (unit >= 1 && (text[unit - 1] == 'k' || text[unit - 1] == 'c' || text[unit - 1] == 'm')) --unit;
            std::size_t before = unit;
            if (before >= 1 && text[before - 1] == ' ') --before;
            // (A figure of its own: not a code's, "A320m2".)
            std::size_t figure = before;
            while (figure > 0 && (std::isdigit(static_cast<unsigned char>(text[figure - 1])) || text[figure - 1] == '.' || text[figure - 1] == ',')) --figure;
            const bool ownFigure = figure < before && (figure == 0 || !std::isalpha(static_cast<unsigned char>(text[figure - 1])));
            // (Or after a word that says "per": "7,5 euros por m2", "5 euros par m2", "10 Euro pro m2", "3.500 euro al m2".)
            const auto per = [&] {
                for (const char* word : {" por ", " par ", " pro ", " per ", " je ", " al "}) {
                    const std::size_t n = std::strlen(word);
                    if (unit >= n && text.compare(unit - n, n, word) == 0) return true;
                }
                return false;
            };
            const bool placed = unit >= 1 && (ownFigure || text[unit - 1] == '/' || per());
            if (placed && (unit == 0 || !std::isalpha(static_cast<unsigned char>(text[unit - 1])))) {
                out += text[i] == '2' ? "\xC2\xB2" : "\xC2\xB3";
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

// Fullwidth forms (U+FF01..U+FF5E: "８５％", "ＡＢＣ") and the ideographic space, as East Asian text
// sets Latin letters, digits and signs, are the ASCII characters they stand for: eSpeak NG says
// nothing for "％", and the rules and the lexicon match only the ASCII forms.
std::string withoutFullwidthForms(const std::string& text) {
    // (And the forms East Asian copy sets beside them: the tilde operator "∼" and the wave dash "〜" of a span,
    // "2026∼2028년", and Roman numerals as one character each, "프라이드Ⅱ", "Ⅲ기", whose letters the rules read.)
    if (text.find("\xEF\xBC") == std::string::npos && text.find("\xEF\xBD") == std::string::npos &&
        text.find("\xE3\x80\x80") == std::string::npos && text.find("\xE2\x88\xBC") == std::string::npos &&
        text.find("\xE3\x80\x9C") == std::string::npos && text.find("\xE2\x85") == std::string::npos) {
        return text;
    }
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t cp = nextCodePoint(text, i);
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            out += static_cast<char>(cp - 0xFEE0);
        } else if (cp == 0x3000) {
            out += ' ';
        } else if (cp == 0x223C || cp == 0x301C) {
            out += '~';
        } else if (cp >= 0x2160 && cp <= 0x216B) {
            static const char* const kRoman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
            out += kRoman[cp - 0x2160];
        } else {
            out.append(text, start, i - start);
        }
    }
    return out;
}

// Signs typed as a typewriter sets them. Two hyphens for a dash between two figures: "the 2023--24 season", "pages 10--12".
// The en dash they stand for, which the rules read as a span.
std::string withTypewriterSigns(const std::string& text) {
    if (text.find("--") == std::string::npos && text.find("=") == std::string::npos) return text;
    std::string out = text;
    for (std::size_t at = out.find("--"); at != std::string::npos; at = out.find("--", at + 1)) {
        const bool figures = at > 0 && std::isdigit(static_cast<unsigned char>(out[at - 1])) && at + 2 < out.size() &&
                             std::isdigit(static_cast<unsigned char>(out[at + 2]));
        if (figures && (at < 2 || out[at - 2] != '-') && out[at + 2] != '-') out.replace(at, 2, "\xE2\x80\x93");
    }
    // "subscore <=1", "(>=5%)": a comparison typed in two signs before a figure, the sign it stands for ("≤", "≥"), which
    // the rules say; the "=" alone would be "equals". (After a space or a bracket: "a<=b" is code's.)
    for (std::size_t at = out.find('='); at != std::string::npos; at = out.find('=', at + 1)) {
        if (at == 0 || (out[at - 1] != '<' && out[at - 1] != '>')) continue;
        const std::size_t sign = at - 1;
        std::size_t figure = at + 1;
        if (figure < out.size() && out[figure] == ' ') ++figure;
        const bool opens = sign == 0 || out[sign - 1] == ' ' || out[sign - 1] == '(';
        if (!opens || figure >= out.size() || !std::isdigit(static_cast<unsigned char>(out[figure]))) continue;
        out.replace(sign, 2, out[sign] == '<' ? "\xE2\x89\xA4" : "\xE2\x89\xA5");
        at = sign + 2;
    }
    return out;
}

// Emoji and pictographs ("🧵", "👉", "😊", a flag's two letters, their joiners and variation selectors),
// which eSpeak NG reads by their Unicode names in every language ("hilo", "dorso de mano con índice"): no
// newsreader says them. (Signs below U+2300, "°", "©", "™", are left to the rules.)
std::string withoutPictographs(const std::string& text) {
    bool any = false;
    for (unsigned char c : text) any = any || c >= 0xE2;
    if (!any) return text;
    std::string out;
    out.reserve(text.size());
    bool found = false;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t cp = nextCodePoint(text, i);
        const auto c = static_cast<UChar32>(cp);
        // (The Sun's sign after an astronomer's M, R or L is a unit, "0.45 M☉": the language's rules say it.)
        const bool solar = cp == 0x2609 && start > 0 && (text[start - 1] == 'M' || text[start - 1] == 'R' || text[start - 1] == 'L');
        const bool pictograph = !solar && ((cp >= 0x2300 && u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) || cp == 0xFE0F || cp == 0x200D ||
                                           (cp >= 0x1F1E6 && cp <= 0x1F1FF) || (cp >= 0x1F3FB && cp <= 0x1F3FF));
        if (!pictograph) {
            out.append(text, start, i - start);
            continue;
        }
        found = true;
        // ("New chapter unlocked 🔑🏡 Can't believe this is ours": pictographs between a word and a capital part two
        // sentences, a stop for the listener.)
        {
            std::size_t k = i;
            while (k < text.size()) {
                std::size_t n = k;
                const char32_t next = nextCodePoint(text, n);
                const bool more = next == ' ' || (next >= 0x2300 && u_hasBinaryProperty(static_cast<UChar32>(next), UCHAR_EXTENDED_PICTOGRAPHIC)) ||
                                  next == 0xFE0F || next == 0x200D || (next >= 0x1F3FB && next <= 0x1F3FF);
                if (!more) break;
                k = n;
            }
            std::size_t last = out.size();
            while (last > 0 && out[last - 1] == ' ') --last;
            if (k < text.size() && k > i && text[k - 1] == ' ' && std::isupper(static_cast<unsigned char>(text[k])) && last > 0 &&
                std::isalnum(static_cast<unsigned char>(out[last - 1]))) {
                out.resize(last);
                out += '.';
            }
        }
        // (No space where it stood before a stop or a comma: "read more 😊." is "read more.")
        while (!out.empty() && out.back() == ' ' && i < text.size() && (text[i] == '.' || text[i] == ',' || text[i] == ' ')) out.pop_back();
        if (!out.empty() && out.back() != ' ') out += ' ';
    }
    if (!found) return text;
    for (std::size_t at = out.find(" ."); at != std::string::npos; at = out.find(" .", at)) {
        if (at + 2 < out.size() && out[at + 2] == '.') break;  // an ellipsis stays
        out.erase(at, 1);
    }
    return out;
}

// "Why now?': the answer", "Any supporters?.": a colon or a full stop right after a question or an
// exclamation (and its closing quote) adds nothing a listener hears but the word "colon", which is what
// eSpeak NG says for it there, or a second stop.
std::string withoutMarkAfterQuestion(std::string text) {
    for (std::size_t at = text.find_first_of(":."); at != std::string::npos; at = text.find_first_of(":.", at)) {
        std::size_t k = at;
        while (k > 0 && (text[k - 1] == '\'' || text[k - 1] == '"')) --k;
        for (const char* quote : {"\xE2\x80\x99", "\xE2\x80\x9D"}) {  // ’ ”
            if (k >= 3 && text.compare(k - 3, 3, quote) == 0) k -= 3;
        }
        if (k > 0 && (text[k - 1] == '?' || text[k - 1] == '!')) {
            text.erase(at, 1);
        } else {
            ++at;
        }
    }
    return text;
}

// "–18 grader", "−5 °C", "-0,4 %", "–5 asteeseen": a minus sign, or the dash set for one, at a word's start before a
// temperature, a percentage or a decimal. eSpeak NG says nothing for either in most languages (Danish
// and Polish drop the hyphen too): the value heard would be the opposite of the one written. It becomes
// the language's word. (A whole number alone is left: "OL -94" is a year, "2010 -2015" a span.)
bool isSignedMeasure(const std::string& text, std::size_t digits) {
    std::size_t k = digits;
    while (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k])) != 0) ++k;
    if (k + 1 < text.size() && (text[k] == ',' || text[k] == '.') && std::isdigit(static_cast<unsigned char>(text[k + 1])) != 0) return true;
    if (k < text.size() && text[k] == ' ') ++k;
    if (text.compare(k, 2, "\xC2\xB0") == 0 || (k < text.size() && text[k] == '%')) return true;
    // (A unit the lexicon has said, one private-use character here: "-5 °C" where the lexicon says "derece".)
    if (isLexiconPlaceholderAt(text, k)) return true;
    for (const char* degrees : {"grader", "grad", "graders", "aste", "stopni", "stopnie", "stupn", "fok", "derece", "graus"}) {
        // (Not a scale's "asteikolla".)
        if (text.compare(k, std::strlen(degrees), degrees) == 0 && text.compare(k, 6, "asteik") != 0) return true;
    }
    return false;
}

}  // namespace

bool isLexiconPlaceholderAt(const std::string& text, std::size_t at) {
    if (at + 3 > text.size() || static_cast<unsigned char>(text[at]) < 0xEE || static_cast<unsigned char>(text[at]) > 0xEF) return false;
    std::size_t k = at;
    const char32_t c = nextCodePoint(text, k);
    return c >= 0xE000 && c <= 0xF8FF;
}

std::string withMinusSaid(const std::string& text, const std::string& minus, std::vector<Rewrite>* log) {
    // (The figure itself is left as written, for eSpeak NG. The minus sign itself, "−40", is one before any
    // figure, never a dash; a hyphen or an en dash is one before a measure only.)
    const auto figure = [](const std::string& t, std::size_t at, std::string& said) {
        std::size_t end = at;
        while (end < t.size() && std::isdigit(static_cast<unsigned char>(t[end])) != 0) ++end;
        said = t.substr(at, end - at);
        return end;
    };
    const auto measure = [&](const std::string& t, std::size_t at, std::string& said) { return isSignedMeasure(t, at) ? figure(t, at, said) : at; };
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::string spoken;
        const bool minusSign = text.compare(i, 3, "\xE2\x88\x92") == 0;
        if (const std::size_t end = belowZero(text, i, minus, minusSign ? NumberReader(figure) : NumberReader(measure), spoken); end != i) {
            if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "number"});
            out += spoken;
            i = end;
            continue;
        }
        out += text[i++];
    }
    return out;
}

namespace {

// "5 %", "36%" in Finnish: the sign after a figure in the partitive, "prosenttia", where eSpeak NG says the
// nominative "prosentti" ("1 %" keeps it). A case ending after a colon, "23,7 %:iin", is left as it is.
std::string withPercentWord(const std::string& text, const std::string& many, const std::string& one, std::vector<Rewrite>* log) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        // (Nor a compound's first part, "0,25 %-yksikköä", said "prosenttiyksikköä" by eSpeak NG itself.)
        if (text[i] == '%' && i > 0 && (i + 1 >= text.size() || (text[i + 1] != ':' && text[i + 1] != '-' && !isWordByte(text[i + 1])))) {
            std::size_t figure = out.size();
            while (figure > 0 && out[figure - 1] == ' ') --figure;
            std::size_t start = figure;
            while (start > 0 && (isAsciiDigit(out[start - 1]) || ((out[start - 1] == ',' || out[start - 1] == '.') && start >= 2 && isAsciiDigit(out[start - 2])))) --start;
            if (start < figure && isAsciiDigit(out[figure - 1])) {
                const std::string word = out.compare(start, figure - start, "1") == 0 ? one : many;
                out.resize(figure);
                out += " " + word;
                if (log != nullptr) log->push_back({"%", word, "percent"});
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

// "12,4%-kal", "3%-os", "6,5%-on" in Hungarian: the sign with its case ending after a hyphen, written as it joins the word
// "százalék" ("százalékkal", "százalékos"). eSpeak NG says the word with the ending and then the ending again; the word is
// written out before its ending here.
std::string withSuffixedPercentWord(const std::string& text, const std::string& word, std::vector<Rewrite>* log) {
    if (text.find("%-") == std::string::npos) return text;
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "%-") == 0 && i > 0 && isAsciiDigit(text[i - 1]) && i + 2 < text.size() && isWordByte(text[i + 2]) &&
            !isAsciiDigit(text[i + 2])) {
            std::size_t end = i + 2;
            while (end < text.size() && isWordByte(text[end])) ++end;
            const std::string said = " " + word + text.substr(i + 2, end - i - 2);
            if (log != nullptr) log->push_back({text.substr(i, end - i), said.substr(1), "percent"});
            out += said;
            i = end - 1;
            continue;
        }
        out += text[i];
    }
    return out;
}

// "SAK:n", "VR:ään", "HSL:n": Finnish initialisms with a case ending after a colon, which eSpeak NG reads as the
// letters and then the ending alone, "äs-aa-koo än". A newsreader says the ending on the last letter's name, "äs-aa-koon",
// "vee-ärrän": after a name that ends on a consonant, that consonant doubled and "ä" before an ending that opens on a
// consonant ("ärrän", "ällä"), the consonant doubled alone before one that opens on a vowel ("ärrään").
std::string withFinnishInitialismEndings(const std::string& text, std::vector<Rewrite>* log) {
    static const std::map<char, std::string> kNames{{'A', "aa"}, {'B', "bee"}, {'C', "see"}, {'D', "dee"}, {'E', "ee"}, {'F', "\xC3\xA4" "f"}, {'G', "gee"}, {'H', "hoo"}, {'I', "ii"}, {'J', "jii"}, {'K', "koo"}, {'L', "\xC3\xA4l"}, {'M', "\xC3\xA4m"}, {'N', "\xC3\xA4n"}, {'O', "oo"}, {'P', "pee"}, {'Q', "kuu"}, {'R', "\xC3\xA4r"}, {'S', "\xC3\xA4s"}, {'T', "tee"}, {'U', "uu"}, {'V', "vee"}, {'W', "kaksoisvee"}, {'X', "\xC3\xA4ks"}, {'Y', "yy"}, {'Z', "tset"}};
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const bool boundary = i == 0 || !isWordByte(text[i - 1]);
        std::size_t end = i;
        while (end < text.size() && text[end] >= 'A' && text[end] <= 'Z') ++end;
        std::size_t ending = end + 1;
        while (ending < text.size() && (std::islower(static_cast<unsigned char>(text[ending])) || static_cast<unsigned char>(text[ending]) >= 0xC3)) {
            ending += static_cast<unsigned char>(text[ending]) >= 0xC3 ? 2 : 1;
        }
        if (!boundary || end - i < 2 || end - i > 6 || end >= text.size() || text[end] != ':' || ending == end + 1 || ending - end - 1 > 6 ||
            (ending < text.size() && isWordByte(text[ending]))) {
            out += text[i++];
            continue;
        }
        // (Capitals that make syllables, consonant and vowel in turn, are said as a word with its ending on it: "NATO:n" is
        // "Naton", "YLE:n" "Ylen", where eSpeak NG said "nato än".)
        const std::string letters = text.substr(i, end - i);
        if (capitalsAlternate(letters)) {
            const std::string word = letters.substr(0, 1) + lowerAscii(letters.substr(1)) + text.substr(end + 1, ending - end - 1);
            if (log != nullptr) log->push_back({text.substr(i, ending - i), word, "initialism"});
            out += word;
            i = ending;
            continue;
        }
        std::string spoken;
        for (std::size_t k = i; k < end; ++k) spoken += (k == i ? "" : "-") + kNames.at(text[k]);
        const std::string suffix = text.substr(end + 1, ending - end - 1);
        const char last = spoken.back();
        const bool vowelLast = std::string("aeiouy").find(last) != std::string::npos || spoken.ends_with("\xC3\xA4") || spoken.ends_with("\xC3\xB6");
        const bool suffixVowel = std::string("aeiouy").find(suffix[0]) != std::string::npos || suffix.rfind("\xC3\xA4", 0) == 0 ||
                                 suffix.rfind("\xC3\xB6", 0) == 0;
        if (!vowelLast) spoken += std::string(1, last) + (suffixVowel ? "" : "\xC3\xA4");
        spoken += suffix;
        if (log != nullptr) log->push_back({text.substr(i, ending - i), spoken, "initialism"});
        out += spoken;
        i = ending;
    }
    return out;
}

// Finnish short forms the lexicon cannot tell apart: "n. 300" is "noin 300" before a figure ("Matti N. Virtanen" keeps
// his initial), and "12 mm" after one is millimetres ("mm." elsewhere is "muun muassa", the lexicon's).
std::string withFinnishFigureShortForms(const std::string& text, std::vector<Rewrite>* log) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool boundary = i == 0 || text[i - 1] == ' ' || text[i - 1] == '(';
        // "klo 23.59", "kello 18.30": a time after the word for the clock, its dot said as "piste" by eSpeak NG; the hour
        // and its minutes apart ("kaksikymmentäkolme viisikymmentäyhdeksän").
        if (boundary && (text.compare(i, 4, "klo ") == 0 || text.compare(i, 4, "Klo ") == 0 || text.compare(i, 6, "kello ") == 0 ||
                         text.compare(i, 6, "Kello ") == 0)) {
            const std::size_t at = i + (text[i + 1] == 'l' ? 4 : 6);
            std::size_t h = at;
            while (h < text.size() && isAsciiDigit(text[h]) && h - at < 2) ++h;
            if (h > at && h + 2 < text.size() && text[h] == '.' && isAsciiDigit(text[h + 1]) && isAsciiDigit(text[h + 2]) &&
                (h + 3 == text.size() || !isAsciiDigit(text[h + 3])) && std::stoi(text.substr(at, h - at)) < 24 && std::stoi(text.substr(h + 1, 2)) < 60) {
                // (On the hour the hour alone: "klo 8.00" is "kello kahdeksan".)
                const std::string minutes = text.compare(h + 1, 2, "00") == 0 ? std::string() : " " + text.substr(h + 1, 2);
                out += text.substr(i, h - i) + minutes;
                if (log != nullptr) log->push_back({text.substr(at, h + 3 - at), text.substr(at, h - at) + minutes, "time"});
                i = h + 2;
                // ("klo 8.00–9.00": the span's end is a time too.)
                if (h + 3 < text.size() && text.compare(h + 3, 3, "\xE2\x80\x93") == 0) {
                    std::size_t e = h + 6;
                    while (e < text.size() && isAsciiDigit(text[e]) && e - h - 6 < 2) ++e;
                    if (e > h + 6 && e + 2 < text.size() && text[e] == '.' && text.compare(e + 1, 2, "00") == 0 &&
                        (e + 3 == text.size() || !isAsciiDigit(text[e + 3]))) {
                        out += "\xE2\x80\x93" + text.substr(h + 6, e - h - 6);
                        i = e + 2;
                    }
                }
                continue;
            }
        }
        if (boundary && text.compare(i, 3, "n. ") == 0 && i + 3 < text.size() && isAsciiDigit(text[i + 3])) {
            out += "noin ";
            if (log != nullptr) log->push_back({"n.", "noin", "abbreviation"});
            i += 2;
            continue;
        }
        if (i >= 2 && text[i - 1] == ' ' && isAsciiDigit(text[i - 2]) && text.compare(i, 2, "mm") == 0 &&
            (i + 2 >= text.size() || !isWordByte(text[i + 2]))) {
            out += "millimetri\xC3\xA4";
            if (log != nullptr) log->push_back({"mm", "millimetri\xC3\xA4", "unit"});
            ++i;  // (a dot after it stays the sentence's)
            continue;
        }
        out += text[i];
    }
    return out;
}

// "την Κυριακή 10/11", "στις 3/12/2024": a Greek date in figures, day first, which eSpeak NG reads with "slash" in its
// English voice; the day and the month's name in the genitive, as a Greek date is said ("10 Νοεμβρίου").
std::string withGreekNumericDates(const std::string& text, std::vector<Rewrite>* log) {
    static const char* const kMonths[] = {"\xCE\x99\xCE\xB1\xCE\xBD\xCE\xBF\xCF\x85\xCE\xB1\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85", "\xCE\xA6\xCE\xB5\xCE\xB2\xCF\x81\xCE\xBF\xCF\x85\xCE\xB1\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85", "\xCE\x9C\xCE\xB1\xCF\x81\xCF\x84\xCE\xAF\xCE\xBF\xCF\x85", "\xCE\x91\xCF\x80\xCF\x81\xCE\xB9\xCE\xBB\xCE\xAF\xCE\xBF\xCF\x85", "\xCE\x9C\xCE\xB1\xCE\x90\xCE\xBF\xCF\x85", "\xCE\x99\xCE\xBF\xCF\x85\xCE\xBD\xCE\xAF\xCE\xBF\xCF\x85", "\xCE\x99\xCE\xBF\xCF\x85\xCE\xBB\xCE\xAF\xCE\xBF\xCF\x85", "\xCE\x91\xCF\x85\xCE\xB3\xCE\xBF\xCF\x8D\xCF\x83\xCF\x84\xCE\xBF\xCF\x85", "\xCE\xA3\xCE\xB5\xCF\x80\xCF\x84\xCE\xB5\xCE\xBC\xCE\xB2\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85", "\xCE\x9F\xCE\xBA\xCF\x84\xCF\x89\xCE\xB2\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85", "\xCE\x9D\xCE\xBF\xCE\xB5\xCE\xBC\xCE\xB2\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85", "\xCE\x94\xCE\xB5\xCE\xBA\xCE\xB5\xCE\xBC\xCE\xB2\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85"};
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (!isAsciiDigit(text[i]) || (i > 0 && (isAsciiDigit(text[i - 1]) || text[i - 1] == '/' || text[i - 1] == '.'))) {
            out += text[i++];
            continue;
        }
        std::size_t d = i;
        while (d < text.size() && isAsciiDigit(text[d]) && d - i < 2) ++d;
        std::size_t m = d + 1;
        while (m < text.size() && isAsciiDigit(text[m]) && m - d - 1 < 2) ++m;
        if (d == i || d >= text.size() || text[d] != '/' || m == d + 1 || (m < text.size() && isAsciiDigit(text[m]))) {
            out += text[i++];
            continue;
        }
        const int day = std::stoi(text.substr(i, d - i)), month = std::stoi(text.substr(d + 1, m - d - 1));
        std::size_t end = m;
        std::string year;
        if (end + 4 < text.size() + 0 && text[end] == '/' && end + 5 <= text.size() && std::all_of(text.begin() + static_cast<long>(end) + 1, text.begin() + static_cast<long>(end) + 5, [](char c) { return isAsciiDigit(c); }) &&
            (end + 5 == text.size() || !isAsciiDigit(text[end + 5]))) {
            year = " " + text.substr(end + 1, 4);
            end += 5;
        } else if (end < text.size() && (text[end] == '/' || isWordByte(text[end]))) {
            out += text[i++];
            continue;
        }
        // (A date by what stands before it, a weekday or "στις", or by its year: "1/3 των ψήφων" is a third.)
        std::size_t wordEnd = i;
        while (wordEnd > 0 && text[wordEnd - 1] == ' ') --wordEnd;
        std::size_t wordStart = wordEnd;
        while (wordStart > 0 && text[wordStart - 1] != ' ') --wordStart;
        static constexpr WordSet kBefore({"\xCF\x83\xCF\x84\xCE\xB9\xCF\x82", "\xCF\x84\xCE\xB7\xCE\xBD", "\xCF\x84\xCE\xB7", "\xCE\xB1\xCF\x80\xCF\x8C", "\xCE\xAD\xCF\x89\xCF\x82", "\xCE\xBC\xCE\xAD\xCF\x87\xCF\x81\xCE\xB9", "\xCF\x89\xCF\x82", "\xCF\x8E\xCF\x82", "\xCE\x9A\xCF\x85\xCF\x81\xCE\xB9\xCE\xB1\xCE\xBA\xCE\xAE", "\xCE\x94\xCE\xB5\xCF\x85\xCF\x84\xCE\xAD\xCF\x81\xCE\xB1", "\xCE\xA4\xCF\x81\xCE\xAF\xCF\x84\xCE\xB7", "\xCE\xA4\xCE\xB5\xCF\x84\xCE\xAC\xCF\x81\xCF\x84\xCE\xB7", "\xCE\xA0\xCE\xAD\xCE\xBC\xCF\x80\xCF\x84\xCE\xB7", "\xCE\xA0\xCE\xB1\xCF\x81\xCE\xB1\xCF\x83\xCE\xBA\xCE\xB5\xCF\x85\xCE\xAE", "\xCE\xA3\xCE\xAC\xCE\xB2\xCE\xB2\xCE\xB1\xCF\x84\xCE\xBF", "\xCE\xA3\xCE\xB1\xCE\xB2\xCE\xB2\xCE\xAC\xCF\x84\xCE\xBF\xCF\x85", "\xCE\x9A\xCF\x85\xCF\x81\xCE\xB9\xCE\xB1\xCE\xBA\xCE\xAE\xCF\x82", "\xCE\xB7\xCE\xBC\xCE\xB5\xCF\x81\xCE\xBF\xCE\xBC\xCE\xB7\xCE\xBD\xCE\xAF\xCE\xB1"});
        const bool dated = !year.empty() || kBefore.count(text.substr(wordStart, wordEnd - wordStart)) != 0;
        if (day < 1 || day > 31 || month < 1 || month > 12 || !dated) {
            out += text[i++];
            continue;
        }
        const std::string said = std::to_string(day) + " " + kMonths[month - 1] + year;
        if (log != nullptr) log->push_back({text.substr(i, end - i), said, "date"});
        out += said;
        i = end;
    }
    return out;
}

// "από τις 8:00 έως τις 20:00", "στις 14:30": a Greek clock time, which eSpeak NG reads figure by figure ("οκτώ μηδέν
// μηδέν"); the hour alone on the hour, else the hour "και" its minutes, as Greek says it ("δεκατέσσερα και τριάντα").
std::string withGreekClockTimes(const std::string& text, std::vector<Rewrite>* log) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const bool starts = isAsciiDigit(text[i]) && (i == 0 || (!isAsciiDigit(text[i - 1]) && text[i - 1] != ':' && text[i - 1] != '.' && text[i - 1] != ','));
        std::size_t h = i;
        while (starts && h < text.size() && isAsciiDigit(text[h]) && h - i < 2) ++h;
        if (!starts || h >= text.size() || text[h] != ':' || h + 3 > text.size() || !isAsciiDigit(text[h + 1]) || !isAsciiDigit(text[h + 2]) ||
            (h + 3 < text.size() && (isAsciiDigit(text[h + 3]) || text[h + 3] == ':'))) {
            out += text[i++];
            continue;
        }
        const int hour = std::stoi(text.substr(i, h - i)), minute = std::stoi(text.substr(h + 1, 2));
        // (A time of day where the words before it say so, "στις", "από τις", "έως τις", "ώρα"; a scale's "1:50", a ratio's "1:15"
        // and a duration's "1:45 ώρες" are not.)
        const std::string before = lowerWordBefore(text, i);
        const bool placed = before == "\xCF\x84\xCE\xB9\xCF\x82" || before == "\xcf\x83\xcf\x84\xce\xb9\xcf\x82" ||
                            before == "\xcf\x8e\xcf\x81\xce\xb1" || before == "\xce\xad\xcf\x89\xcf\x82" || before == "\xce\xbc\xce\xad\xcf\x87\xcf\x81\xce\xb9";
        if (hour > 24 || minute > 59 || !placed) {
            out += text[i++];
            continue;
        }
        const std::string said = std::to_string(hour) + (minute == 0 ? std::string() : " \xCE\xBA\xCE\xB1\xCE\xB9 " + std::to_string(minute));
        if (log != nullptr) log->push_back({text.substr(i, h + 3 - i), said, "time"});
        out += said;
        i = h + 3;
    }
    return out;
}

// "του ν. 4808/2021": a Greek law by its number and year, "του νόμου 4808 του 2021" (eSpeak NG said the letter and "slash"
// in English); the noun in the case its article gives, "ο νόμος", "τον νόμο".
std::string withGreekLawNumbers(const std::string& text, std::vector<Rewrite>* log) {
    static const std::string kNu = "\xCE\xBD.", kCapitalNu = "\xCE\x9D.";
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const bool letter = (text.compare(i, kNu.size(), kNu) == 0 || text.compare(i, kCapitalNu.size(), kCapitalNu) == 0) &&
                            (i == 0 || text[i - 1] == ' ' || text[i - 1] == '(');
        std::size_t n = i + kNu.size();
        if (letter && n < text.size() && text[n] == ' ') ++n;
        std::size_t d = n;
        while (letter && d < text.size() && isAsciiDigit(text[d])) ++d;
        if (!letter || d == n || d + 5 > text.size() || text[d] != '/' || !std::all_of(text.begin() + static_cast<long>(d) + 1, text.begin() + static_cast<long>(d) + 5, [](char c) { return isAsciiDigit(c); }) ||
            (d + 5 < text.size() && isAsciiDigit(text[d + 5]))) {
            out += text[i++];
            continue;
        }
        const std::string article = lowerWordBefore(text, i);
        const std::string noun = article == "\xCE\xBF" ? "\xCE\xBD\xCF\x8C\xCE\xBC\xCE\xBF\xCF\x82"
                                 : article == "\xCF\x84\xCE\xBF\xCE\xBD" || article == "\xCF\x84\xCE\xBF" ? "\xCE\xBD\xCF\x8C\xCE\xBC\xCE\xBF"
                                                                                                              : "\xCE\xBD\xCF\x8C\xCE\xBC\xCE\xBF\xCF\x85";
        const std::string said = noun + " " + text.substr(n, d - n) + " \xCF\x84\xCE\xBF\xCF\x85 " + text.substr(d + 1, 4);
        if (log != nullptr) log->push_back({text.substr(i, d + 5 - i), said, "law"});
        out += said;
        i = d + 5;
    }
    return out;
}

// "3-2", "5-7", "08:00-20:00": a hyphen between two figures, a result or a span, which eSpeak NG says as a minus in
// Greek and Catalan ("τρία μείον δύο"). `between` is said for it: Catalan's "a" ("tres a dos", "de cinc a set"), an en
// dash's pause in Greek. A chain of them, a date's "2024-11-03" or a number's groups, is left.
std::string withFigureSpansSaid(const std::string& text, const std::string& between, std::vector<Rewrite>* log) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '-' && i > 0 && i + 1 < text.size() && isAsciiDigit(text[i - 1]) && isAsciiDigit(text[i + 1])) {
            std::size_t start = i, end = i + 1;
            while (start > 0 && (isAsciiDigit(text[start - 1]) || text[start - 1] == ':' || text[start - 1] == ',' || text[start - 1] == '.')) --start;
            while (end < text.size() && (isAsciiDigit(text[end]) || ((text[end] == ':' || text[end] == ',' || text[end] == '.') &&
                                                                   end + 1 < text.size() && isAsciiDigit(text[end + 1])))) {
                ++end;
            }
            const bool chained = (start > 0 && (text[start - 1] == '-' || text[start - 1] == '/')) ||
                                 (end < text.size() && (text[end] == '-' || text[end] == '/'));
            if (!chained) {
                out += between;
                if (log != nullptr) log->push_back({text.substr(start, end - start), text.substr(start, i - start) + between + text.substr(i + 1, end - i - 1), "span"});
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

// The rules of a language that has none of its own: a minus said, and the thousands joined where
// eSpeak NG misreads their groups (see DigitGroups.hpp); Finnish's percent and its short forms by a figure.
class CommonRules : public LanguageRules {
public:
    CommonRules(std::string language, bool joinThousands, std::string minus, bool czech, bool finnish = false, std::string span = "",
                bool greek = false, std::string suffixedPercent = "", bool romanian = false, bool catalan = false)
        : language_(std::move(language)), join_thousands_(joinThousands), minus_(std::move(minus)), czech_(czech), finnish_(finnish), span_(std::move(span)), greek_(greek),
          suffixed_percent_(std::move(suffixedPercent)), romanian_(romanian), catalan_(catalan) {}
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override {
        // (The dates first: "31.12.2028" is no number of groups.)
        const std::string dated = withDottedDatesSaid(text, language_, log);
        std::string out = join_thousands_ ? withoutDotAndSpaceGroups(dated) : dated;
        if (romanian_) out = withRomanianCountsJoined(out, log);
        if (log != nullptr && out != dated) log->push_back({dated, out, "number"});
        if (finnish_) out = withPercentWord(out, "prosenttia", "prosentti", log);
        // (Hungarian's clock with it: the language this sign's word is given for.)
        if (!suffixed_percent_.empty()) out = withHungarianClockSaid(withSuffixedPercentWord(out, suffixed_percent_, log), log);
        if (!span_.empty()) out = withFigureSpansSaid(out, span_, log);
        if (greek_) out = withGreekClockTimes(withGreekLawNumbers(withGreekNumericDates(out, log), log), log);
        return minus_.empty() ? out : withMinusSaid(out, minus_, log);
    }
    std::string beforeLexicon(const std::string& text, std::vector<Rewrite>* log) const override {
        if (catalan_) return withCatalanFiguresSaid(text, log);
        // (Before the lexicon says "млрд", which follows a currency's figure.)
        if (primaryLanguage(language_) == "uk") return withUkrainianSignsSaid(text, log);
        return finnish_ ? withFinnishInitialismEndings(withFinnishFigureShortForms(withFinnishDatesSaid(text, log), log), log) : text;
    }
    // (After the lexicon has said an amount's short forms: "1,4 mld. Kč" "1,4 miliardy korun".)
    std::string agree(const std::string& text, std::vector<Rewrite>* log) const override {
        if (romanian_) return withRomanianLargeCountsJoined(text, log);
        return czech_ ? withCzechFiguresSaid(withCzechCasesSaid(withCzechAmountsAgreeing(text, log), log), log) : text;
    }

private:
    std::string language_;
    bool join_thousands_;
    std::string minus_;
    bool czech_;
    bool finnish_;
    std::string span_;
    bool greek_;
    std::string suffixed_percent_;  // Hungarian's "százalék", said before a case ending: "12,4%-kal"
    bool romanian_ = false;         // a count of twenty and more joined to its noun by "de"
    bool catalan_ = false;          // clocks, ordinals and the elided article before a figure
};

}  // namespace

std::unique_ptr<LanguageRules> rulesFor(const std::string& language, const StoryCues& story) {
    const std::string lang = lowerAscii(language);
    if (isEnglish(lang)) {
        // Dates like 4/5/2025 are day first outside North America.
        const bool dayFirst = !writesMonthFirst(lang);
        // (The country the story is about, else the one its language's region names: "en-AU".)
        StoryCues cues = story;
        if (cues.country.empty()) cues.country = upperAscii(regionOf(lang));
        return makeEnglishRules(dayFirst, cues, story.country.empty());
    }
    if (primaryLanguage(lang) == "fr") return makeFrenchRules();
    if (primaryLanguage(lang) == "de") return makeGermanRules();
    if (primaryLanguage(lang) == "es") return makeSpanishRules(lang);
    if (primaryLanguage(lang) == "it") return makeItalianRules();
    if (primaryLanguage(lang) == "pt") return makePortugueseRules(lang);
    if (const std::string p = primaryLanguage(lang); p == "sv" || p == "da" || p == "no" || p == "nb" || p == "nn") return makeScandinavianRules(p);
    if (primaryLanguage(lang) == "id" || primaryLanguage(lang) == "ms") return makeIndonesianRules();
    if (primaryLanguage(lang) == "he" || primaryLanguage(lang) == "iw") return makeHebrewRules();
    if (primaryLanguage(lang) == "ko") return makeKoreanRules();
    if (primaryLanguage(lang) == "nl") return makeDutchRules();
    if (primaryLanguage(lang) == "af") return makeAfrikaansRules();
    if (primaryLanguage(lang) == "pl") return makePolishRules();
    if (primaryLanguage(lang) == "ar") return makeArabicRules();
    if (primaryLanguage(lang) == "ru") return makeRussianRules();
    if (primaryLanguage(lang) == "tr") return makeTurkishRules();
    // Languages with no rules of their own (some whose thousands eSpeak NG misreads).
    const std::string p = primaryLanguage(lang);
    // (And Ukrainian, Belarusian, Lithuanian, Latvian and Greek, whose voices say "9 000" as "nine, nought nought nought".)
    const bool thousands = p == "cs" || p == "sk" || p == "hr" || p == "hu" || p == "sl" || p == "bs" || p == "sr" || p == "uk" || p == "be" ||
                           p == "lt" || p == "lv" || p == "el";
    // (The word for the sign in the languages eSpeak NG reads with a voice of their own; none elsewhere.)
    static const std::map<std::string, std::string> kMinus{
        {"af", "min"}, {"fi", "miinus"}, {"et", "miinus"}, {"sk", "m\xC3\xADnus"}, {"hu", "m\xC3\xADnusz"}, {"tr", "eksi"},
        {"ca", "menys"}, {"lv", "m\xC4\xABnus"}, {"ru", "\xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x81"},
        {"uk", "\xD0\xBC\xD1\x96\xD0\xBD\xD1\x83\xD1\x81"}, {"el", "\xCE\xBC\xCE\xB5\xCE\xAF\xCE\xBF\xCE\xBD"},
        {"da", "minus"}, {"no", "minus"}, {"nb", "minus"}, {"nn", "minus"}, {"pl", "minus"}, {"cs", "minus"}, {"hr", "minus"},
        {"sl", "minus"}, {"sr", "minus"}, {"bs", "minus"}, {"ro", "minus"}, {"lt", "minus"}, {"is", "m\xC3\xADnus"}};
    const auto minus = kMinus.find(p);
    const std::string span = p == "ca" ? " a " : p == "el" ? "\xE2\x80\x93" : "";
    return std::make_unique<CommonRules>(lang, thousands, minus != kMinus.end() ? minus->second : "", p == "cs", p == "fi", span, p == "el",
                                         p == "hu" ? "sz\xC3\xA1zal\xC3\xA9k" : "", p == "ro", p == "ca");
}

Normalizer::Normalizer(const std::string& language, const Lexicon* lexicon, const StoryCues& story)
    : lexicon_(lexicon), rules_(rulesFor(language, story)), language_(lowerAscii(language)) {}
Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer&&) noexcept = default;
Normalizer& Normalizer::operator=(Normalizer&&) noexcept = default;

std::string Normalizer::normalize(const std::string& written, std::vector<Rewrite>* log) const {
    // (Numbers to call first, while the words that ask for them are still as written: "tel.", not the lexicon's.)
    const std::string said = withTelephoneNumbersSaid(
        withoutNoteMarks(withoutPictographs(withStarRatings(withTypewriterSigns(withMicroSigns(withSuperscriptUnits(withChemicalFormulas(withoutFullwidthForms(withoutDois(withoutUnsayableScripts(written, language_, log), log)))))), language_, log)), log),
        language_, log);
    const std::string primary = primaryLanguage(language_);
    const std::string glossed = primary == "en" ? said : withSwissCantons(withoutGlossedShortForms(said, lexicon_, log), primary, log);
    const std::string signed_ = withWordSlashesSaid(withSignWords(withYearSpans(glossed, primary, log), language_, log), language_, log);
    const std::string text = rules_ ? rules_->beforeLexicon(signed_, log) : signed_;
    std::string work;
    std::vector<const LexiconEntry*> held;
    std::vector<bool> capitals;
    std::size_t at = 0;
    if (lexicon_ != nullptr) {
        for (const LexiconMatch& m : lexicon_->find(text)) {
            if (held.size() >= 6000) break;
            work += text.substr(at, m.begin - at);
            const bool capital = std::isupper(static_cast<unsigned char>(text[m.begin])) != 0;
            work += placeholder(held.size(), capital);
            // (An abbreviation's dot at the end of the sentence is the sentence's full stop too: "2 Euro p. P.")
            // (So is the dot of the short forms that end a list, "and so on", or a month, before a capital: "dll. Telepon",
            // "usw. Die". Others stand before names: "sen. Rossi", "ul. Długiej".)
            const std::size_t after = text.find_first_not_of(" \t", m.end);
            // (And a yearly rate's "p. a.", after its figure: "7,5 % p. a. Tatsächlich …".)
            static constexpr WordSet kListEnds({"dll.", "dsb.", "dkk.", "usw.", "etc.", "itd.", "itp.", "osv.", "ecc.", "etc", "p. a.",
                                                         "jne.", "yms.", "tms.", "\xce\xba.\xce\xbb\xcf\x80.",
                                                         // (and a month written short: "en jun. Los vecinos")
                                                         "ene.", "feb.", "abr.", "jun.", "jul.", "ago.", "sep.", "sept.", "oct.", "nov.", "dic."});
            if (m.end > m.begin && text[m.end - 1] == '.' &&
                (after == std::string::npos || (after > m.end && kListEnds.count(text.substr(m.begin, m.end - m.begin)) != 0 &&
                                                std::isupper(static_cast<unsigned char>(text[after]))))) {
                work += '.';
            }
            held.push_back(m.entry);
            capitals.push_back(capital);
            if (log != nullptr) log->push_back({text.substr(m.begin, m.end - m.begin), m.entry->spoken, "lexicon"});
            at = m.end;
        }
    }
    work += text.substr(at);
    work = withVulgarFractionsSaid(work, language_, log);
    std::string out = rules_ ? rules_->apply(work, log) : work;
    out = withDashSpansSaid(out, spanWordsFor(primaryLanguage(language_)), log);
    // "[[" switches eSpeak NG to phoneme input; only the lexicon may do that, not the article's text.
    for (std::size_t pos = out.find("[["); pos != std::string::npos; pos = out.find("[[", pos)) out.replace(pos, 2, "[ [");
    for (std::size_t pos = out.find("]]"); pos != std::string::npos; pos = out.find("]]", pos)) out.replace(pos, 2, "] ]");
    for (std::size_t i = 0; i < held.size(); ++i) {
        const std::string mark = placeholder(i, capitals[i]);
        for (std::size_t pos = out.find(mark); pos != std::string::npos; pos = out.find(mark, pos)) {
            std::string spoken = held[i]->spoken;
            std::size_t used = mark.size();
            // ("Sinn Féin's": a possessive after phonemes is said with them, "…z", not as the letter S after a pause.)
            if (spoken.size() > 4 && spoken.starts_with("[[") && spoken.ends_with("]]")) {
                for (const char* apostrophe : {"'s", "\xE2\x80\x99s"}) {
                    const std::size_t n = std::strlen(apostrophe);
                    if (out.compare(pos + used, n, apostrophe) == 0 &&
                        (pos + used + n >= out.size() || !std::isalnum(static_cast<unsigned char>(out[pos + used + n])))) {
                        spoken.insert(spoken.size() - 2, "z");
                        used += n;
                        break;
                    }
                }
            }
            out.replace(pos, used, spoken);
            pos += spoken.size();
        }
    }
    if (rules_) out = rules_->agree(out, log);
    // (A possessive a rule moved onto the word before it, "Federation \x01's": glued to that word.)
    for (std::size_t pos = out.find('\x01'); pos != std::string::npos; pos = out.find('\x01', pos)) {
        std::size_t from = pos;
        while (from > 0 && out[from - 1] == ' ') --from;
        out.erase(from, pos + 1 - from);
        pos = from;
    }
    // (Vietnamese's and Yoruba's own voices say their letters; the others spell them out.)
    if (primary != "vi" && primary != "yo") out = withSpeakableLatin(out);
    out = withLatinInitialismsSpelled(out, log);
    out = collapseWhitespace(withoutMarkAfterQuestion(std::move(out)));
    // A sentence that opened on a capital opens on one still when a rule said its first word: "RHP Zach Eflin faces…"
    // is "Right-hander Zach Eflin faces…" in the transcript. ("iPhone sales" opened on its small letter, and keeps it.)
    // (Past what opens a sentence before its word: spaces, quotation marks, a bracket, a dash, "“", "‘", "—".)
    std::size_t first = 0;
    while (first < written.size()) {
        if (std::string(" \t\"'(").find(written[first]) != std::string::npos) {
            ++first;
        } else if (written.compare(first, 2, "\xE2\x80") == 0 && first + 2 < written.size()) {
            first += 3;  // U+2000 to U+203F: quotation marks, dashes
        } else {
            break;
        }
    }
    // (Not a letter standing alone, which eSpeak NG reads by its case: Italian "l'A1" is "la", "L'A1" the letter L.)
    if (out.size() >= 2 && first < written.size() && std::isupper(static_cast<unsigned char>(written[first])) &&
        std::islower(static_cast<unsigned char>(out[0])) && std::islower(static_cast<unsigned char>(out[1]))) {
        out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    }
    return out;
}

}  // namespace readcast

#include "text/UnsayableScripts.hpp"

#include <cstring>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "core/Text.hpp"
#include "core/Utf8.hpp"

namespace readcast {
namespace {

UScriptCode scriptOf(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(c, &status);
}

// A script the Latin-script voices spell by its letters' names (measured with espeak-ng -x -v en-gb).
bool spelledByLatinVoices(UScriptCode script) {
    switch (script) {
        // (Hangul, Georgian, Armenian and the Indic scripts switch eSpeak NG to their own language's voice: kept.)
        case USCRIPT_ARABIC: case USCRIPT_HEBREW: case USCRIPT_CYRILLIC: case USCRIPT_GREEK: case USCRIPT_HAN: case USCRIPT_HIRAGANA:
        case USCRIPT_KATAKANA: case USCRIPT_THAI: case USCRIPT_LAO: case USCRIPT_KHMER: case USCRIPT_MYANMAR: case USCRIPT_ETHIOPIC:
        case USCRIPT_SYRIAC: case USCRIPT_THAANA: case USCRIPT_TIBETAN:
            return true;
        default:
            return false;
    }
}

// Languages written in the Latin script, whose voices spell the others.
bool latinLanguage(const std::string& primary) {
    for (const char* l : {"en", "fr", "de", "es", "it", "pt", "nl", "sv", "da", "no", "nb", "nn", "fi", "pl", "cs", "sk", "ro", "hu", "tr",
                          "id", "ms", "vi", "af", "sw", "yo", "ga", "cy", "ca", "eu", "gl", "hr", "sl", "et", "lv", "lt", "is", "mt", "sq", "tl"}) {
        if (primary == l) return true;
    }
    return false;
}

}  // namespace

std::string withoutUnsayableScripts(const std::string& text, const std::string& language, std::vector<Rewrite>* log) {
    if (!latinLanguage(language.substr(0, language.find_first_of("-_")))) return text;
    // (Most sentences leave here: nothing beyond ASCII but accents and punctuation is far commoner than another script.)
    bool any = false;
    for (std::size_t k = 0; k < text.size() && !any;) {
        const auto u = static_cast<unsigned char>(text[k]);
        if (u < 0x80) {
            ++k;
            continue;
        }
        any = spelledByLatinVoices(scriptOf(static_cast<UChar32>(nextCodePoint(text, k))));
    }
    if (!any) return text;
    // Words, as spaces part them; a word of the script goes whole with the marks glued to it ("محنت،", "«Путин»").
    std::string out;
    std::string dropped;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find(' ', at);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(at, end - at);
        std::size_t letters = 0, foreign = 0, greek = 0;
        for (std::size_t k = 0; k < word.size();) {
            const auto c = static_cast<UChar32>(nextCodePoint(word, k));
            if (!u_isalpha(c)) continue;
            ++letters;
            const UScriptCode script = scriptOf(c);
            foreign += spelledByLatinVoices(script);
            greek += script == USCRIPT_GREEK;
        }
        // (Greek letters of a few, "γδ T cells", "ΣΑΕ", "ΟΧΙ Day", are a science's or a name's symbols, which eSpeak NG names
        // letter by letter as a reader would: a Greek word is one of four letters and more.)
        if (greek == letters && letters < 4) foreign = 0;
        // (A word of the script whole: a Greek letter alone is a symbol, "5σ", "the α particle", and one glued to a Latin
        // letter a unit or an isotope, "μT", "δ13C": the rules name them.)
        if (letters >= 2 && foreign == letters) {
            dropped += (dropped.empty() ? "" : " ") + word;
        } else {
            out += word;
        }
        if (end < text.size()) out += ' ';
        at = end + 1;
    }
    if (dropped.empty()) return text;
    // What the words stood in is left empty: quotation marks, brackets and dashes around nothing go too.
    std::string cleaned = collapseWhitespace(out);
    for (bool again = true; again;) {
        again = false;
        for (const char* empty : {"\"\"", "\" \"", "\xE2\x80\x9C\xE2\x80\x9D", "\xE2\x80\x9C \xE2\x80\x9D", "()", "( )", "\xC2\xAB\xC2\xBB",
                                  "\xC2\xAB \xC2\xBB", "''", "\xE2\x80\x98\xE2\x80\x99"}) {
            for (std::size_t p = cleaned.find(empty); p != std::string::npos; p = cleaned.find(empty)) {
                cleaned.erase(p, std::strlen(empty));
                again = true;
            }
        }
        cleaned = collapseWhitespace(cleaned);
    }
    // (Marks left side by side where the words stood: "said: «…» — Putin" is "said: Putin".)
    for (const char* doubled : {": \xE2\x80\x94", ": \xE2\x80\x93", ":,", ": ,", ", \xE2\x80\x94", ",,", ", ,"}) {
        for (std::size_t p = cleaned.find(doubled); p != std::string::npos; p = cleaned.find(doubled, p + 1)) {
            cleaned.erase(p + 1, std::strlen(doubled) - 1);
        }
    }
    cleaned = collapseWhitespace(cleaned);
    // (A dash or a comma left at the start: "— \"We worked hard\"" opens on the quote. Not a minus the text opened on: "-40C".)
    const std::string original = collapseWhitespace(text);
    for (bool again = true; again;) {
        again = false;
        for (const char* lead : {"\xE2\x80\x94", "\xE2\x80\x93", "-", ",", ":", ";"}) {
            if (cleaned.rfind(lead, 0) == 0 && original.rfind(lead, 0) != 0) {
                cleaned = collapseWhitespace(cleaned.substr(std::strlen(lead)));
                again = true;
            }
        }
    }
    if (log != nullptr) log->push_back({dropped, "", "unsayable-script"});
    return cleaned;
}

}  // namespace readcast

#include "speech/LanguageRuns.hpp"

#include <unicode/uscript.h>

#include <cctype>

#include "core/LanguageTag.hpp"
#include "core/Utf8.hpp"

namespace readcast {
std::string languageOfScript(int code) {
    switch (static_cast<UScriptCode>(code)) {
        case USCRIPT_CYRILLIC: return "ru";
        case USCRIPT_HANGUL: return "ko";
        case USCRIPT_HAN: return "cmn";
        case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA: return "ja";
        case USCRIPT_ARABIC: return "ar";
        case USCRIPT_HEBREW: return "he";
        case USCRIPT_GREEK: return "el";
        case USCRIPT_THAI: return "th";
        case USCRIPT_DEVANAGARI: return "hi";
        case USCRIPT_GEORGIAN: return "ka";
        case USCRIPT_ARMENIAN: return "hy";
        case USCRIPT_BENGALI: return "bn";
        case USCRIPT_TAMIL: return "ta";
        default: return "";
    }
}

std::vector<LanguageRun> splitByScript(const std::string& text, const std::string& language) {
    std::vector<LanguageRun> runs;
    const std::string home = primaryLanguage(language);
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t start = i;
        const auto c = static_cast<UChar32>(nextCodePoint(text, i));
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = c == 0xFFFD ? USCRIPT_COMMON : uscript_getScript(c, &status);
        std::string lang = home;
        if (script != USCRIPT_COMMON && script != USCRIPT_INHERITED && script != USCRIPT_LATIN) {
            const std::string other = languageOfScript(script);
            // A Chinese character inside Japanese text is Japanese; inside anything else, Mandarin.
            if (!other.empty() && primaryLanguage(other) != home && !(home == "ja" && script == USCRIPT_HAN) &&
                !(home == "zh" && script == USCRIPT_HAN)) {
                lang = other;
            }
        } else if (script != USCRIPT_LATIN && !runs.empty()) {
            lang = runs.back().language;  // spaces and punctuation join the run they are in
        }
        if (runs.empty() || runs.back().language != lang) {
            // Trailing spaces and punctuation of a foreign run belong back home.
            if (!runs.empty() && lang == home) {
                std::string& prev = runs.back().text;
                std::size_t cut = prev.size();
                while (cut > 0 && static_cast<unsigned char>(prev[cut - 1]) < 0x80 &&
                       !std::isalnum(static_cast<unsigned char>(prev[cut - 1]))) {
                    --cut;
                }
                std::string moved = prev.substr(cut);
                prev.erase(cut);
                if (prev.empty()) runs.pop_back();
                if (!runs.empty() && runs.back().language == home) {
                    runs.back().text += moved;
                } else {
                    runs.push_back({moved, home});
                }
                runs.back().text.append(text, start, i - start);
                continue;
            }
            runs.push_back({"", lang});
        }
        runs.back().text.append(text, start, i - start);
    }
    return runs;
}

}  // namespace readcast

#include "ingest/LanguageDetector.hpp"

#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <string>

#include <cld2/public/compact_lang_det.h>

#include "core/LanguageTag.hpp"

namespace readcast {
namespace {

// Text shorter than this is not enough to overrule what a page declares.
constexpr std::size_t kEnoughBytes = 200;

}  // namespace

std::string detectLanguage(const std::string& utf8, int share) {
    CLD2::Language top3[3];
    int percent3[3] = {0, 0, 0};
    int textBytes = 0;
    bool reliable = false;
    const CLD2::Language language =
        CLD2::DetectLanguageSummary(utf8.data(), static_cast<int>(utf8.size()), true, top3, percent3, &textBytes, &reliable);
    // (Close relatives split a text between them, "sv 79%, no 20%": together they are enough.)
    const auto family = [](const std::string& code) {
        for (const char* group : {" sv no nb nn da ", " cs sk ", " hr sr bs ", " id ms ", " es gl ", " ru uk be "}) {
            if (std::string(group).find(" " + code + " ") != std::string::npos) return std::string(group);
        }
        return std::string();
    };
    const std::string first = CLD2::LanguageCode(top3[0]), second = CLD2::LanguageCode(top3[1]);
    const bool relatives = !family(first).empty() && family(first) == family(second) && percent3[0] >= 50 && percent3[0] + percent3[1] >= 80;
    // (CLD2 calls a text unreliable where its words are few among names and figures, a match report's "es 72%" over its
    // results and table, the rest no language at all: a clear majority of enough text is taken all the same, not left to
    // the fallback, English.)
    const bool clearAll = textBytes >= 300 && (percent3[0] >= 75 || (percent3[0] >= 60 && percent3[1] == 0));
    if ((!reliable && !clearAll) || language == CLD2::UNKNOWN_LANGUAGE || (percent3[0] < share && !relatives)) return "";
    // CLD2 names some languages by their withdrawn codes: Hebrew "iw", Javanese "jw", Indonesian "in",
    // Yiddish "ji". The stages, the voices and the framing know the current ones.
    // (CLD2's summary prefers another language over English where English leads, a page's English chrome around its
    // text; an article's body, its chrome gone, that is three quarters English is English: "en 82%, it 17%" is a
    // stage race's report with its Italian riders and towns.)
    const std::string code = top3[0] == CLD2::ENGLISH && percent3[0] >= 75 ? "en" : CLD2::LanguageCode(language);
    if (code == "iw") return "he";
    if (code == "jw") return "jv";
    if (code == "in") return "id";
    if (code == "ji") return "yi";
    return code;
}

std::string confirmedLanguage(const std::string& declared, const std::string& bodyText) {
    // (With nothing declared, a text mostly in one language, "es 79%, en 20%" with a site's English
    // buttons, is in it: the fallback would read all of it as English.)
    const std::string detected =
        bodyText.size() >= (declared.empty() ? 40 : kEnoughBytes) ? detectLanguage(bodyText, declared.empty() ? 60 : 80) : "";
    if (detected.empty()) return declared.empty() ? "en" : declared;
    if (declared.empty()) return detected;
    // Same language: the declaration's region stays ("pt-BR" is more than "pt").
    return primaryLanguage(detected) == primaryLanguage(declared) ? declared : detected;
}

}  // namespace readcast

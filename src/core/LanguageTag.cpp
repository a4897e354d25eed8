#include "core/LanguageTag.hpp"

#include <unicode/locid.h>
#include <cctype>
#include <unicode/unistr.h>

namespace readcast {

std::string languageName(const std::string& tag) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
    if (U_FAILURE(status) || locale.isBogus()) return tag;
    icu::UnicodeString name;
    locale.getDisplayName(icu::Locale::getEnglish(), name);
    std::string out;
    name.toUTF8String(out);
    // ICU echoes a code it has no name for ("xx"): say the tag as written.
    return out.empty() || out == locale.getLanguage() ? tag : out;
}

bool sameLanguage(const std::string& a, const std::string& b) {
    const auto macro = [](const std::string& tag) {
        const std::string p = primaryLanguage(tag);
        if (p == "cmn" || p == "yue" || p == "hak" || p == "nan" || p == "wuu") return std::string("zh");
        if (p == "nb" || p == "nn") return std::string("no");
        return p;
    };
    return macro(a) == macro(b);
}

bool isLanguageTag(const std::string& tag) {
    if (tag.empty() || tag.size() > 35) return false;
    std::size_t start = 0;
    bool primary = true;
    while (start <= tag.size()) {
        std::size_t end = tag.find_first_of("-_", start);
        if (end == std::string::npos) end = tag.size();
        const std::size_t length = end - start;
        if (length == 0 || length > 8) return false;
        for (std::size_t i = start; i < end; ++i) {
            const unsigned char c = static_cast<unsigned char>(tag[i]);
            const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && !(c >= '0' && c <= '9' && !primary)) return false;
        }
        if (primary && (length < 2 || length > 3)) return false;
        primary = false;
        start = end + 1;
    }
    return true;
}

std::string regionOf(const std::string& tag) {
    std::size_t start = tag.find_first_of("-_");
    while (start != std::string::npos) {
        const std::size_t end = tag.find_first_of("-_", start + 1);
        const std::string part = tag.substr(start + 1, end == std::string::npos ? std::string::npos : end - start - 1);
        const bool letters = part.size() == 2 && std::isalpha(static_cast<unsigned char>(part[0])) &&
                             std::isalpha(static_cast<unsigned char>(part[1]));
        const bool digits = part.size() == 3 && part.find_first_not_of("0123456789") == std::string::npos;
        if (letters || digits) return upperAscii(part);
        start = end;
    }
    return "";
}

}  // namespace readcast

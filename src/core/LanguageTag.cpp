#include "core/LanguageTag.hpp"

#include <unicode/locid.h>
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

}  // namespace readcast

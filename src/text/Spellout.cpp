#include "text/Spellout.hpp"

#include <unicode/locid.h>
#include <unicode/rbnf.h>

namespace readcast {

Spellout::Spellout(const std::string& language) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::forLanguageTag(language.empty() ? "en" : language, status);
    if (U_FAILURE(status)) return;
    auto format = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, locale, status);
    if (U_SUCCESS(status)) format_ = std::move(format);
}

Spellout::~Spellout() = default;
Spellout::Spellout(Spellout&&) noexcept = default;
Spellout& Spellout::operator=(Spellout&&) noexcept = default;

std::string Spellout::say(std::int64_t n, const std::string& rule_set) const {
    if (format_ == nullptr) return "";
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString words;
    icu::FieldPosition ignored;
    format_->format(n, icu::UnicodeString::fromUTF8(rule_set), words, ignored, status);
    if (U_FAILURE(status)) return "";
    words.findAndReplace(icu::UnicodeString(static_cast<char16_t>(0x00AD)), icu::UnicodeString());  // soft hyphens
    std::string out;
    words.toUTF8String(out);
    return out;
}

}  // namespace readcast

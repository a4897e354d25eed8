#include "batch/Slug.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

#include "batch/Hashing.hpp"

namespace readcast {
namespace {

std::string ascii(const std::string& text) {
    static const std::unique_ptr<icu::Transliterator> kToAscii = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    if (kToAscii) kToAscii->transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return out;
}

}  // namespace

std::string slugFor(const std::string& headline, const std::string& key) {
    const std::string suffix = "-" + sha256Hex(key).substr(0, 6);
    std::string slug;
    for (char c : ascii(headline)) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            slug += c;
        } else if (u >= 'A' && u <= 'Z') {
            slug += static_cast<char>(u - 'A' + 'a');
        } else if (c == '\'' || u >= 0x80) {
            continue;  // "Russia's" is one word; anything ICU left unconverted goes
        } else if (!slug.empty() && slug.back() != '-') {
            slug += '-';
        }
    }
    // Cut at a word boundary to leave room for the suffix.
    const std::size_t room = kMaxSlugBytes - suffix.size();
    if (slug.size() > room) {
        slug.resize(room);
        const std::size_t hyphen = slug.find_last_of('-');
        if (hyphen != std::string::npos && hyphen > room / 2) slug.resize(hyphen);
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return (slug.empty() ? "article" : slug) + suffix;
}

}  // namespace readcast

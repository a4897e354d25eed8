#include "text/SpeakableLatin.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace readcast {
namespace {

bool extendedAdditional(UChar32 c) { return c >= 0x1E00 && c <= 0x1EFF; }
bool combiningMark(UChar32 c) { return c >= 0x0300 && c <= 0x036F; }

}  // namespace

std::string withSpeakableLatin(const std::string& text) {
    // (Most text has neither: its bytes are ASCII or two-byte letters, and it is returned untouched.)
    bool found = false;
    for (std::size_t i = 0; i + 2 < text.size() && !found; ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        found = (b == 0xE1 && (static_cast<unsigned char>(text[i + 1]) == 0xB8 || static_cast<unsigned char>(text[i + 1]) == 0xB9 ||
                               static_cast<unsigned char>(text[i + 1]) == 0xBA || static_cast<unsigned char>(text[i + 1]) == 0xBB)) ||
                (b == 0xCC || (b == 0xCD && static_cast<unsigned char>(text[i + 1]) <= 0xAF));
    }
    if (!found) return text;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) return text;
    // Composed first: "e" and a combining acute are "é", which the voices say.
    const icu::UnicodeString composed = nfc->normalize(icu::UnicodeString::fromUTF8(text), status);
    if (U_FAILURE(status)) return text;
    icu::UnicodeString out;
    for (int32_t i = 0; i < composed.length();) {
        const UChar32 c = composed.char32At(i);
        i += U16_LENGTH(c);
        if (combiningMark(c)) {
            // (A mark left after a letter made plain, "ẹ" and an acute: the two as one where the voices have it, "é"; else
            // no mark.)
            if (out.length() > 0) {
                const UChar32 last = out.char32At(out.length() - 1);
                const UChar32 pair = last < 0x80 ? nfc->composePair(last, c) : -1;
                if (pair >= 0 && pair <= 0x017F) out.setCharAt(out.length() - 1, static_cast<char16_t>(pair));
            }
            continue;
        }
        if (!extendedAdditional(c)) {
            out.append(c);
            continue;
        }
        // "ọ̀", "ễ": the base letter, with one of its marks where Latin-1 or Extended-A has the two as one ("ệ" "ê").
        const icu::UnicodeString parts = nfd->normalize(icu::UnicodeString(c), status);
        if (U_FAILURE(status) || parts.length() == 0) return text;
        const UChar32 base = parts.char32At(0);
        // (The first mark that makes such a letter with it: "ẹ́" is "é", its dot below left out.)
        UChar32 said = base;
        for (int32_t k = U16_LENGTH(base); k < parts.length() && said == base;) {
            const UChar32 mark = parts.char32At(k);
            k += U16_LENGTH(mark);
            const UChar32 pair = nfc->composePair(base, mark);
            if (pair >= 0 && pair <= 0x017F) said = pair;
        }
        out.append(said);
    }
    std::string bytes;
    out.toUTF8String(bytes);
    return bytes;
}

}  // namespace readcast

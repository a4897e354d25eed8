// Swedish spoken-form rules. eSpeak NG reads Swedish numbers itself, but says a decimal comma as
// "punkt" ("1,5 miljoner" is "ett punkt fem"), reads the clock's dot the same way ("kl. 14.30" is "k o el
// fjorton punkt trettio", "06.30–18.30" "noll sex punkt trettio") and spells "mkr" and "mdkr" letter by
// letter.

#include <cctype>
#include <string_view>

#include "core/Ascii.hpp"
#include "text/Normalizer.hpp"
#include "text/RewriteScan.hpp"
#include "text/SpokenAddress.hpp"

namespace readcast {
namespace swedish {
namespace {

// "06.30", "18.30": a clock's hours and minutes, "06 30"; `i` when none starts there.
std::size_t clockAt(const std::string& text, std::size_t i, std::string& spoken) {
    std::size_t e = i;
    while (e < text.size() && isAsciiDigit(text[e])) ++e;
    if (e == i || e - i > 2 || e + 2 >= text.size() || text[e] != '.' || !isAsciiDigit(text[e + 1]) || !isAsciiDigit(text[e + 2]) ||
        (e + 3 < text.size() && isAsciiDigit(text[e + 3])) || std::stoi(text.substr(i, e - i)) > 24 || std::stoi(text.substr(e + 1, 2)) > 59) {
        return i;
    }
    spoken = text.substr(i, e - i) + " " + text.substr(e + 1, 2);
    return e + 3;
}

class Swedish : public LanguageRules {
public:
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override {
        return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*&) {
            const bool boundary = i == 0 || !isWordByte(text[i - 1]);
            std::size_t end = i;
            if (boundary) end = spokenAddressAt(text, i, {"punkt", "snabel-a"}, spoken);
            // "kl. 14.30", "klockan 9.15": the clock, "klockan fjorton trettio".
            if (end == i && boundary && (text.compare(i, 4, "kl. ") == 0 || text.compare(i, 8, "klockan ") == 0)) {
                std::string clock;
                const std::size_t h = i + (text[i + 2] == '.' ? 4 : 8);
                if (const std::size_t e = clockAt(text, h, clock); e != h) {
                    spoken = "klockan " + clock;
                    end = e;
                }
            }
            // "06.30–18.30", "9.15": a dotted clock (Swedish writes its decimals with a comma), and a dash
            // between two such times is "till".
            // (Only a range of two, or an hour written with its zero, "06.30": "2.25 procent", a decimal copied
            // with a point, stays a number.)
            if (end == i && boundary && isAsciiDigit(text[i]) && !(i > 0 && (text[i - 1] == '.' || text[i - 1] == ','))) {
                std::string first, second;
                const std::size_t e = clockAt(text, i, first);
                const std::size_t dash = text.compare(e, 3, "\xE2\x80\x93") == 0 ? 3 : (e < text.size() && text[e] == '-') ? 1 : 0;
                if (e != i && dash != 0 && e + dash < text.size()) {
                    if (const std::size_t f = clockAt(text, e + dash, second); f != e + dash) {
                        spoken = first + " till " + second;
                        end = f;
                    }
                }
                if (end == i && e != i && text[i] == '0') {
                    spoken = first;
                    end = e;
                }
            }
            // "1,5 miljoner": a decimal comma is "komma" (Swedish groups thousands with spaces).
            if (end == i && text[i] == ',' && i > 0 && isAsciiDigit(text[i - 1]) && i + 1 < text.size() && isAsciiDigit(text[i + 1])) {
                spoken = " komma ";
                end = i + 1;
            }
            // "3 mkr", "2,5 mdkr": millions and thousands of millions of kronor.
            if (end == i && boundary && (text.compare(i, 3, "mkr") == 0 || text.compare(i, 4, "mdkr") == 0)) {
                const std::size_t n = text[i + 1] == 'k' ? 3 : 4;
                if (i + n >= text.size() || !isWordByte(text[i + n])) {
                    spoken = n == 3 ? "miljoner kronor" : "miljarder kronor";
                    end = i + n;
                }
            }
            return end;
        });
    }
};

}  // namespace
}  // namespace swedish

std::unique_ptr<LanguageRules> makeSwedishRules() { return std::make_unique<swedish::Swedish>(); }

}  // namespace readcast

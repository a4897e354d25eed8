// Swedish spoken-form rules. eSpeak NG reads Swedish numbers itself, but says a decimal comma as
// "punkt" ("1,5 miljoner" is "ett punkt fem"), reads the clock's dot the same way ("kl. 14.30" is "k o el
// fjorton punkt trettio") and spells "mkr" and "mdkr" letter by letter.

#include <cctype>
#include <string_view>

#include "core/Ascii.hpp"
#include "text/Normalizer.hpp"
#include "text/SpokenAddress.hpp"

namespace readcast {
namespace swedish {
namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

class Swedish : public LanguageRules {
public:
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override {
        std::string out;
        out.reserve(text.size() + 16);
        for (std::size_t i = 0; i < text.size();) {
            const bool boundary = i == 0 || !isWordByte(text[i - 1]);
            std::string spoken;
            std::size_t end = i;
            if (boundary) end = spokenAddressAt(text, i, {"punkt", "snabel-a"}, spoken);
            // "kl. 14.30", "klockan 9.15": the clock, "klockan fjorton trettio".
            if (end == i && boundary && (text.compare(i, 4, "kl. ") == 0 || text.compare(i, 8, "klockan ") == 0)) {
                const std::size_t h = i + (text[i + 2] == '.' ? 4 : 8);
                std::size_t e = h;
                while (e < text.size() && isDigit(text[e])) ++e;
                if (e > h && e - h <= 2 && e + 2 < text.size() && (text[e] == '.' || text[e] == ':') && isDigit(text[e + 1]) &&
                    isDigit(text[e + 2]) && (e + 3 >= text.size() || !isDigit(text[e + 3]))) {
                    spoken = "klockan " + text.substr(h, e - h) + " " + text.substr(e + 1, 2);
                    end = e + 3;
                }
            }
            // "1,5 miljoner": a decimal comma is "komma" (Swedish groups thousands with spaces).
            if (end == i && text[i] == ',' && i > 0 && isDigit(text[i - 1]) && i + 1 < text.size() && isDigit(text[i + 1])) {
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
            if (end != i) {
                if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "number"});
                out += spoken;
                i = end;
                continue;
            }
            out += text[i++];
        }
        return out;
    }
};

}  // namespace
}  // namespace swedish

std::unique_ptr<LanguageRules> makeSwedishRules() { return std::make_unique<swedish::Swedish>(); }

}  // namespace readcast

// Korean spoken-form rules. eSpeak NG's Korean voice reads figures in Sino-Korean words, but passes over
// a decimal point ("0.12" is "영 십이", heard as "zero twelve") and says the percent sign in English.
// The point is "점", the decimals a digit at a time, and the sign "퍼센트", as a newsreader says them.

#include <cctype>

#include "core/Ascii.hpp"
#include "text/Normalizer.hpp"

namespace readcast {
namespace korean {
namespace {

class Korean : public LanguageRules {
public:
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override {
        std::string out;
        out.reserve(text.size() + 16);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '.' && i > 0 && isAsciiDigit(text[i - 1]) && i + 1 < text.size() && isAsciiDigit(text[i + 1])) {
                // (The decimals are said a digit at a time: "0.12" is "영 점 일 이".)
                std::string spoken = " \xEC\xA0\x90";  // 점
                std::size_t e = i + 1;
                for (; e < text.size() && isAsciiDigit(text[e]); ++e) spoken += std::string(" ") + text[e];
                if (log != nullptr) log->push_back({text.substr(i, e - i), spoken, "number"});
                out += spoken;
                i = e - 1;
            } else if (text[i] == '%' && i > 0 && isAsciiDigit(text[i - 1])) {
                if (log != nullptr) log->push_back({"%", " \xED\x8D\xBC\xEC\x84\xBC\xED\x8A\xB8", "symbol"});
                out += " \xED\x8D\xBC\xEC\x84\xBC\xED\x8A\xB8";  // 퍼센트
            } else {
                out += text[i];
            }
        }
        return out;
    }
};

}  // namespace
}  // namespace korean

std::unique_ptr<LanguageRules> makeKoreanRules() { return std::make_unique<korean::Korean>(); }

}  // namespace readcast

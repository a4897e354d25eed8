// Korean spoken-form rules. eSpeak NG's Korean voice reads figures in Sino-Korean words, but passes over
// a decimal point ("0.12" is "영 십이", heard as "zero twelve") and says the percent sign in English.
// The point is "점", the decimals a digit at a time, and the sign "퍼센트", as a newsreader says them.

#include <cctype>
#include <string>

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
            // "2024.03.12": a date written with dots, "2024년 3월 12일" (never decimals).
            if (isAsciiDigit(text[i]) && (i == 0 || !isAsciiDigit(text[i - 1])) && text.size() - i >= 8) {
                std::size_t y = i;
                while (y < text.size() && isAsciiDigit(text[y])) ++y;
                std::size_t m = y + 1;
                while (m < text.size() && isAsciiDigit(text[m])) ++m;
                std::size_t d = m + 1;
                while (d < text.size() && isAsciiDigit(text[d])) ++d;
                if (y - i == 4 && y < text.size() && text[y] == '.' && m - y - 1 >= 1 && m - y - 1 <= 2 && m < text.size() && text[m] == '.' &&
                    d - m - 1 >= 1 && d - m - 1 <= 2) {
                    const int month = std::stoi(text.substr(y + 1, m - y - 1)), day = std::stoi(text.substr(m + 1, d - m - 1));
                    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                        const std::string spoken = text.substr(i, 4) + "\xEB\x85\x84 " + std::to_string(month) + "\xEC\x9B\x94 " + std::to_string(day) +
                                                   "\xEC\x9D\xBC";  // 년 월 일
                        if (log != nullptr) log->push_back({text.substr(i, d - i), spoken, "date"});
                        out += spoken;
                        i = (d < text.size() && text[d] == '.') ? d : d - 1;
                        continue;
                    }
                }
            }
            if (text[i] == '.' && i > 0 && isAsciiDigit(text[i - 1]) && i + 1 < text.size() && isAsciiDigit(text[i + 1])) {
                // (The decimals are said a digit at a time: "0.12" is "영 점 일 이".)
                std::string spoken = " \xEC\xA0\x90";  // 점
                std::size_t e = i + 1;
                for (; e < text.size() && isAsciiDigit(text[e]); ++e) spoken += std::string(" ") + text[e];
                if (log != nullptr) log->push_back({text.substr(i, e - i), spoken, "number"});
                out += spoken;
                i = e - 1;
            } else if (text[i] == '%' && i > 0 && isAsciiDigit(text[i - 1])) {
                // ("0.5%p": percentage points, "퍼센트포인트".)
                const bool points = i + 1 < text.size() && text[i + 1] == 'p' && (i + 2 >= text.size() || !std::isalpha(static_cast<unsigned char>(text[i + 2])));
                const std::string spoken = points ? " \xED\x8D\xBC\xEC\x84\xBC\xED\x8A\xB8\xED\x8F\xAC\xEC\x9D\xB8\xED\x8A\xB8"
                                                  : " \xED\x8D\xBC\xEC\x84\xBC\xED\x8A\xB8";  // 퍼센트(포인트)
                if (log != nullptr) log->push_back({points ? "%p" : "%", spoken, "symbol"});
                out += spoken;
                if (points) ++i;
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

// Portuguese spoken-form rules. eSpeak NG reads Portuguese numbers and percentages itself. What it gets
// wrong is an amount after its sign ("R$ 300 mil" is "real trezentos mil", "US$ 40" "us cifrão
// quarenta") and the time of day as Brazilian and Portuguese news write it ("14h30" is "catorze agá
// trinta").

#include <cctype>

#include "core/Ascii.hpp"
#include "text/Normalizer.hpp"
#include "text/SignedAmount.hpp"

namespace readcast {
namespace portuguese {
namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

const SignedAmountStyle& amounts() {
    static const SignedAmountStyle kStyle{
        {{"R$", "real", "reais", "centavo", "centavos"},
         {"US$", "d\xC3\xB3lar", "d\xC3\xB3lares", "centavo", "centavos"},
         {"\xE2\x82\xAC", "euro", "euros", "c\xC3\xAAntimo", "c\xC3\xAAntimos"},
         {"$", "d\xC3\xB3lar", "d\xC3\xB3lares", "centavo", "centavos"},
         {"\xC2\xA3", "libra", "libras", "", ""}},
        {{"mil", "mil", false},
         {"milh\xC3\xB5" "es", "milh\xC3\xB5" "es", true},
         {"milh\xC3\xA3o", "milh\xC3\xA3o", true},
         {"bilh\xC3\xB5" "es", "bilh\xC3\xB5" "es", true},
         {"bilh\xC3\xA3o", "bilh\xC3\xA3o", true},
         {"trilh\xC3\xB5" "es", "trilh\xC3\xB5" "es", true},
         {"trilh\xC3\xA3o", "trilh\xC3\xA3o", true},
         {"mi", "milh\xC3\xB5" "es", true},
         {"bi", "bilh\xC3\xB5" "es", true},
         {"tri", "trilh\xC3\xB5" "es", true}},
        "de",
        "e"};
    return kStyle;
}

class Portuguese : public LanguageRules {
public:
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override {
        std::string out;
        std::size_t i = 0;
        while (i < text.size()) {
            std::string spoken;
            if (const std::size_t end = signedAmount(text, i, amounts(), spoken); end != i) {
                if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "money"});
                out += spoken;
                i = end;
                continue;
            }
            if (const std::size_t end = timeOfDay(text, i, spoken); end != i) {
                if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "time"});
                out += spoken;
                i = end;
                continue;
            }
            out += text[i++];
        }
        return out;
    }

private:
    // "14h30", "9h", "14h30min", "1h": "14 horas e 30", "9 horas", "1 hora".
    static std::size_t timeOfDay(const std::string& text, std::size_t i, std::string& spoken) {
        if (!isDigit(text[i]) || (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ','))) return i;
        std::size_t h = i;
        while (h < text.size() && isDigit(text[h]) && h - i < 3) ++h;
        if (h - i > 2 || h >= text.size() || text[h] != 'h') return i;
        const int hour = std::stoi(text.substr(i, h - i));
        std::size_t end = h + 1;
        int minute = -1;
        if (end + 1 < text.size() && isDigit(text[end]) && isDigit(text[end + 1])) {
            minute = std::stoi(text.substr(end, 2));
            end += 2;
            if (text.compare(end, 3, "min") == 0) end += 3;
        }
        if (hour > 24 || minute > 59 || (end < text.size() && isWordByte(text[end]))) return i;
        spoken = std::to_string(hour) + (hour == 1 ? " hora" : " horas");
        if (minute > 0) spoken += " e " + std::to_string(minute);
        return end;
    }
};

}  // namespace
}  // namespace portuguese

std::unique_ptr<LanguageRules> makePortugueseRules() { return std::make_unique<portuguese::Portuguese>(); }

}  // namespace readcast

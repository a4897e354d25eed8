// Arabic spoken-form rules. eSpeak NG reads Arabic numbers itself but says nothing for a percent sign,
// Latin or Arabic ("25%", "٢٥٪"), so "نحو 25% من" would lose its meaning: the sign becomes the word.

#include "text/Normalizer.hpp"

namespace readcast {
namespace arabic {
namespace {

class Arabic : public LanguageRules {
public:
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override {
        static const std::string kPercent = " \xD8\xA8\xD8\xA7\xD9\x84\xD9\x85\xD8\xA6\xD8\xA9";  // " بالمئة"
        std::string out;
        for (std::size_t i = 0; i < text.size();) {
            const bool latin = text[i] == '%';
            const bool arabic = text.compare(i, 2, "\xD9\xAA") == 0;  // ٪
            if (latin || arabic) {
                if (log != nullptr) log->push_back({latin ? "%" : "\xD9\xAA", kPercent.substr(1), "percent"});
                out += kPercent;
                i += latin ? 1 : 2;
                continue;
            }
            out += text[i++];
        }
        return out;
    }
};

}  // namespace
}  // namespace arabic

std::unique_ptr<LanguageRules> makeArabicRules() { return std::make_unique<arabic::Arabic>(); }

}  // namespace readcast

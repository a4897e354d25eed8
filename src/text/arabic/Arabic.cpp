// Arabic spoken-form rules. eSpeak NG reads Arabic numbers itself but says nothing for a percent sign,
// Latin or Arabic ("25%", "٢٥٪"), so "نحو 25% من" would lose its meaning: the sign becomes the word, "بالمائة".

#include "text/Normalizer.hpp"

namespace readcast {
namespace arabic {
namespace {

class Arabic : public LanguageRules {
public:
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override {
        // (Spelled with its alif, "بالمائة": eSpeak NG says "بالمئة" without its vowel, "bilmt".)
        static const std::string kPercent = " \xD8\xA8\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD8\xA6\xD8\xA9";  // " بالمائة"
        std::string out;
        for (std::size_t i = 0; i < text.size();) {
            // "د. سامح": a doctor's title written short before the name, "الدكتور" (eSpeak NG says the letter, "daal").
            if (text.compare(i, 4, "\xD8\xAF. ") == 0 && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '(')) {
                if (log != nullptr) log->push_back({"\xD8\xAF.", "\xD8\xA7\xD9\x84\xD8\xAF\xD9\x83\xD8\xAA\xD9\x88\xD8\xB1", "abbreviation"});
                out += "\xD8\xA7\xD9\x84\xD8\xAF\xD9\x83\xD8\xAA\xD9\x88\xD8\xB1 ";  // الدكتور
                i += 4;
                continue;
            }
            // "مارس/آذار": a month named twice, as the Levant and Egypt name it; the slash is not said.
            if (text[i] == '/' && i >= 2 && i + 2 < text.size() && (static_cast<unsigned char>(text[i - 2]) == 0xD8 || static_cast<unsigned char>(text[i - 2]) == 0xD9) &&
                (static_cast<unsigned char>(text[i + 1]) == 0xD8 || static_cast<unsigned char>(text[i + 1]) == 0xD9)) {
                out += ' ';
                ++i;
                continue;
            }
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

// Dutch spoken-form rules. eSpeak NG's Dutch voice reads figures and the decimal comma well, but spells
// the short forms of units and amounts after a figure ("20 km" is "twintig ka em", "3 mln" "em el en").
// They are said in full, as a newsreader says them.

#include <cctype>
#include <string_view>

#include "core/Ascii.hpp"
#include "text/Normalizer.hpp"
#include "text/RewriteScan.hpp"
#include "text/SignedAmount.hpp"
#include "text/SpokenAddress.hpp"

namespace readcast {
namespace dutch {
namespace {

// The short forms after a figure, longest first where one begins another ("km/u" before "km").
constexpr std::pair<std::string_view, std::string_view> kAfterFigure[] = {
    {"km/u", "kilometer per uur"}, {"km/h", "kilometer per uur"}, {"km\xC2\xB2", "vierkante kilometer"},
    {"m\xC2\xB2", "vierkante meter"}, {"m\xC2\xB3", "kubieke meter"}, {"km", "kilometer"}, {"kg", "kilo"}, {"cm", "centimeter"},
    {"mm", "millimeter"}, {"mln", "miljoen"}, {"mld", "miljard"}, {"mrd", "miljard"}};

// "€ 8,4 miljoen", "€ 1,35": an amount after its sign, which eSpeak NG reads "euroteken" first; a
// newsreader says "8,4 miljoen euro", "1 euro 35".
const SignedAmountStyle& amounts() {
    static const SignedAmountStyle kStyle{{{"\xE2\x82\xAC", "euro", "euro", "cent", "cent"},
                                           {"$", "dollar", "dollar", "cent", "cent"},
                                           {"\xC2\xA3", "pond", "pond", "pence", "pence"}},
                                          {{"miljoen", "miljoen", false},
                                           {"miljard", "miljard", false},
                                           {"mln.", "miljoen", false},
                                           {"mln", "miljoen", false},
                                           {"mld.", "miljard", false},
                                           {"mld", "miljard", false},
                                           {"mrd.", "miljard", false},
                                           {"mrd", "miljard", false}},
                                          "",
                                          "en"};
    return kStyle;
}

class Dutch : public LanguageRules {
public:
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override {
        return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
            kind = "money";
            if (const std::size_t amountEnd = signedAmount(text, i, amounts(), spoken); amountEnd != i) return amountEnd;
            kind = "unit";
            std::size_t end = spokenAddressAt(text, i, {"punt", "apenstaartje"}, spoken);
            // "20 km", "3 mln euro": a unit or a magnitude after a figure and a space.
            if (end == i && i >= 2 && text[i - 1] == ' ' && isAsciiDigit(text[i - 2])) {
                for (const auto& [written, said] : kAfterFigure) {
                    if (text.compare(i, written.size(), written) == 0 &&
                        (i + written.size() >= text.size() || !isWordByte(text[i + written.size()]))) {
                        spoken = said;
                        end = i + written.size();
                        break;
                    }
                }
            }
            return end;
        });
    }
};

}  // namespace
}  // namespace dutch

std::unique_ptr<LanguageRules> makeDutchRules() { return std::make_unique<dutch::Dutch>(); }

}  // namespace readcast

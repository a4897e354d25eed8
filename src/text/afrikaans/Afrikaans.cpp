// Afrikaans spoken-form rules. eSpeak NG's Afrikaans voice passes over the decimal comma ("1,2" is "een twee"),
// reads the space between thousands as a pause ("38 000" is "agt-en-dertig nul-nul nul"), says the rand's sign as
// the letter before its amount and spells the short forms of units ("47 mm" "em-em"). A newsreader says "een komma
// twee miljard rand", "agt-en-dertigduisend", "sewe-en-veertig millimeter".

#include <cstring>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "core/Ascii.hpp"
#include "text/DigitGroups.hpp"
#include "text/Normalizer.hpp"
#include "text/RewriteScan.hpp"
#include "text/SignedAmount.hpp"
#include "text/SpelledInitialism.hpp"

namespace readcast {
namespace afrikaans {
namespace {

// The short forms after a figure, longer first where one begins another ("km/h" before "km").
constexpr std::pair<std::string_view, std::string_view> kAfterFigure[] = {
    {"km/h", "kilometer per uur"}, {"km/u", "kilometer per uur"}, {"km\xC2\xB2", "vierkante kilometer"}, {"m\xC2\xB2", "vierkante meter"},
    {"m\xC2\xB3", "kubieke meter"}, {"km", "kilometer"}, {"kg", "kilogram"}, {"cm", "sentimeter"}, {"mm", "millimeter"},
    {"ha", "hektaar"}, {"mg", "milligram"}, {"ml", "milliliter"}, {"t", "ton"}, {"\xC2\xB0" "C", "grade Celsius"}, {"\xC2\xB0", "grade"}};

// "R1,2 miljard", "R5 340 per ton", "R4 985/t": the rand's sign before its amount, said after it.
const SignedAmountStyle& amounts() {
    static const SignedAmountStyle kStyle{{{"US$", "dollar", "dollar", "sent", "sent"},
                                           {"R", "rand", "rand", "sent", "sent"},
                                           {"\xE2\x82\xAC", "euro", "euro", "sent", "sent"},
                                           {"$", "dollar", "dollar", "sent", "sent"},
                                           {"\xC2\xA3", "pond", "pond", "pennie", "pennies"}},
                                          {{"miljoen", "miljoen", false},
                                           {"miljard", "miljard", false},
                                           {"biljoen", "biljoen", false},
                                           {"mjd", "miljard", false},
                                           {"m", "miljoen", false},
                                           {"bn", "miljard", false}},
                                          "",
                                          "en",
                                          {{"t", "per ton"}, {"kg", "per kilogram"}, {"l", "per liter"}, {"ha", "per hektaar"}}};
    return kStyle;
}

// The months, for a day written with its leading zero: "04 Maart" is "vier Maart" (eSpeak NG says "nul vier").
bool monthAt(const std::string& text, std::size_t at) {
    for (const char* month : {"Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September",
                              "Oktober", "November", "Desember"}) {
        if (text.compare(at, std::strlen(month), month) == 0) return true;
    }
    return false;
}

// "op die R504 naby Leeudoringstad": a road's number after its letter, said figure by figure ("R vyf nul vier"), not an
// amount of rand. Known by the article before it, a place after it or a word of the road in the sentence, and no
// magnitude, decimals or compound after it ("die R350-toelaag", "die R500 per maand" are money).
std::size_t roadAt(const std::string& text, std::size_t i, std::string& spoken) {
    const std::size_t from = text.compare(i, 2, "R ") == 0 ? i + 2 : i + 1;
    if (text[i] != 'R' || lowerWordBefore(text, i) != "die" || from >= text.size() || !isAsciiDigit(text[from])) return i;
    const std::size_t end = digitsEnd(text, from);
    if (end - from > 3 || (end < text.size() && (isWordByte(text[end]) || text[end] == ',' || text[end] == '-')) ||
        text.compare(end, 8, " miljoen") == 0 || text.compare(end, 8, " miljard") == 0) {
        return i;
    }
    const std::string lower = lowerUtf8(text);
    bool road = false;
    for (const char* w : {" naby ", " tussen ", " buite ", "pad", "roete", "snelweg", "hoofweg", "voertuig", "motor", "verkeer", "ongeluk",
                          "kruising", "vragmotor", "bestuurder"}) {
        road = road || lower.find(w) != std::string::npos;
    }
    if (!road) return i;
    spoken = "R";
    for (std::size_t k = from; k < end; ++k) spoken += std::string(" ") + text[k];
    return end;
}

// "R5 340", "R11 000": the sign set apart from its figure, whose groups are then joined like any other ("R 5340").
std::string withSignApart(const std::string& text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        out += text[i];
        if (text[i] == 'R' && (i == 0 || !isWordByte(text[i - 1])) && i + 1 < text.size() && isAsciiDigit(text[i + 1])) out += ' ';
    }
    return out;
}

class Afrikaans : public LanguageRules {
public:
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override {
        const std::string joined = withoutDotAndSpaceGroups(withSignApart(text));
        if (log != nullptr && joined != text) log->push_back({text, joined, "number"});
        const bool shouted = mostlyCapitals(joined);
        const std::string said = rewriteEach(joined, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
            kind = "address";
            if (const std::size_t end = roadAt(joined, i, spoken); end != i) return end;
            kind = "money";
            if (const std::size_t end = signedAmount(joined, i, amounts(), spoken); end != i) return end;
            kind = "date";
            if (joined[i] == '0' && (i == 0 || !isWordByte(joined[i - 1])) && i + 3 < joined.size() && isAsciiDigit(joined[i + 1]) &&
                joined[i + 2] == ' ' && monthAt(joined, i + 3)) {
                spoken = joined.substr(i + 1, 1);
                return i + 2;
            }
            // "SAPD", "SAWD": capitals that make no Afrikaans word, spelled.
            kind = "initialism";
            if (!shouted) {
                static const std::unordered_set<std::string> kWords{"NAVO", "SASSA", "COSATU", "NUMSA", "SANRAL", "FIFA", "UEFA", "OPEC"};
                if (const std::size_t end = spelledInitialismAt(joined, i, kWords, spoken); end != i) return end;
            }
            kind = "unit";
            const bool afterFigure = i >= 1 && (isAsciiDigit(joined[i - 1]) || (i >= 2 && joined[i - 1] == ' ' && isAsciiDigit(joined[i - 2])));
            if (!afterFigure) return i;
            for (const auto& [written, words] : kAfterFigure) {
                if (joined.compare(i, written.size(), written) != 0 ||
                    (i + written.size() < joined.size() && (isWordByte(joined[i + written.size()]) || joined[i + written.size()] == '/'))) {
                    continue;
                }
                spoken = (joined[i - 1] == ' ' ? "" : " ") + std::string(words);
                return i + written.size();
            }
            return i;
        });
        // "1,2", "3,5%": the decimal comma said, "komma".
        std::string out;
        out.reserve(said.size() + 16);
        for (std::size_t i = 0; i < said.size(); ++i) {
            if (said[i] == ',' && i > 0 && isAsciiDigit(said[i - 1]) && i + 1 < said.size() && isAsciiDigit(said[i + 1])) {
                if (log != nullptr) log->push_back({",", " komma ", "number"});
                out += " komma ";
                continue;
            }
            out += said[i];
        }
        return withMinusSaid(out, "min", log);
    }
};

}  // namespace
}  // namespace afrikaans

std::unique_ptr<LanguageRules> makeAfrikaansRules() { return std::make_unique<afrikaans::Afrikaans>(); }

}  // namespace readcast

// Indonesian (and Malay) spoken-form rules. eSpeak NG reads Indonesian numbers with their dot for
// thousands ("3.500" is "tiga ribu lima ratus") and says the decimal comma, but reads a date in figures
// as its slashes ("5/5/2025": "lima garis miring lima…"), the clock's dot as "titik" ("05.00 WIB": "nol
// lima titik nol nol"), and spells "Rp" before an amount.

#include <cctype>

#include "core/Ascii.hpp"
#include "text/Normalizer.hpp"
#include "text/RewriteScan.hpp"
#include "text/NumericDate.hpp"
#include "text/SpokenAddress.hpp"

namespace readcast {
namespace indonesian {
namespace {

const NumericDateStyle& dates() {
    static const NumericDateStyle kStyle{{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                                          "Oktober", "November", "Desember"},
                                         "", "", ""};
    return kStyle;
}

// "05.00 WIB", "pukul 10.30", "jam 7.15": the clock, said "pukul 5", "pukul 10 30".
std::size_t clockAt(const std::string& text, std::size_t i, std::string& spoken) {
    if (!isAsciiDigit(text[i])) return i;
    std::size_t e = i;
    while (e < text.size() && isAsciiDigit(text[e])) ++e;
    if (e - i > 2 || e + 2 >= text.size() || (text[e] != '.' && text[e] != ':') || !isAsciiDigit(text[e + 1]) || !isAsciiDigit(text[e + 2]) ||
        (e + 3 < text.size() && isAsciiDigit(text[e + 3]))) {
        return i;
    }
    const int hour = std::stoi(text.substr(i, e - i));
    const int minute = std::stoi(text.substr(e + 1, 2));
    if (hour > 24 || minute > 59) return i;
    const std::size_t after = e + 3;
    const std::string zone = after + 1 < text.size() && text[after] == ' ' ? text.substr(after + 1, 4) : "";
    const bool zoned = zone.rfind("WIB", 0) == 0 || zone.rfind("WITA", 0) == 0 || zone.rfind("WIT", 0) == 0;
    const bool named = (i >= 6 && text.compare(i - 6, 6, "pukul ") == 0) || (i >= 4 && text.compare(i - 4, 4, "jam ") == 0);
    if (!zoned && !named) return i;
    spoken = (named ? "" : "pukul ") + std::to_string(hour) + (minute == 0 ? "" : " " + std::to_string(minute));
    return after;
}

class Indonesian : public LanguageRules {
public:
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override {
        return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
            const bool boundary = i == 0 || !isWordByte(text[i - 1]);
            std::size_t end = i;
            if (boundary) {
                if ((end = numericDate(text, i, dates(), spoken)) != i) {
                    kind = "date";
                } else if ((end = clockAt(text, i, spoken)) != i) {
                    kind = "time";
                } else if ((end = spokenAddressAt(text, i, {"titik", "et"}, spoken)) != i) {
                    kind = "url";
                } else if (text.compare(i, 2, "Rp") == 0) {
                    // "Rp 3.500", "Rp3,5 triliun", "Rp. 12.000": the amount, then "rupiah".
                    std::size_t from = i + 2;
                    if (from < text.size() && text[from] == '.') ++from;
                    if (from < text.size() && text[from] == ' ') ++from;
                    std::size_t e = from;
                    while (e < text.size() && (isAsciiDigit(text[e]) || ((text[e] == '.' || text[e] == ',') && e + 1 < text.size() && isAsciiDigit(text[e + 1])))) ++e;
                    if (e > from) {
                        std::string amount = text.substr(from, e - from);
                        // (A magnitude after it stays before the currency: "Rp 3,5 triliun" is "3,5 triliun rupiah".)
                        for (const char* magnitude : {" ribu", " juta", " miliar", " triliun"}) {
                            if (text.compare(e, std::char_traits<char>::length(magnitude), magnitude) == 0) {
                                amount += magnitude;
                                e += std::char_traits<char>::length(magnitude);
                                break;
                            }
                        }
                        spoken = amount + " rupiah";
                        end = e;
                        kind = "money";
                    }
                }
            }
            return end;
        });
    }
};

}  // namespace
}  // namespace indonesian

std::unique_ptr<LanguageRules> makeIndonesianRules() { return std::make_unique<indonesian::Indonesian>(); }

}  // namespace readcast

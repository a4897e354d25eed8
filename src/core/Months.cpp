#include "core/Months.hpp"

#include <array>

#include "core/Ascii.hpp"

namespace readcast {
namespace {

constexpr std::array<const char*, 12> kMonths{"January", "February", "March",     "April",   "May",      "June",
                                             "July",    "August",   "September", "October", "November", "December"};

}  // namespace

const char* monthName(int month) { return month >= 1 && month <= 12 ? kMonths[static_cast<std::size_t>(month - 1)] : ""; }

int monthFromName(const std::string& word) {
    std::string w = lowerAscii(word);
    if (!w.empty() && w.back() == '.') w.pop_back();
    if (w.size() < 3) return 0;
    if (w == "sept") return 9;
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        const std::string full = lowerAscii(kMonths[m]);
        if (w == full || (w.size() == 3 && full.compare(0, 3, w) == 0)) return static_cast<int>(m + 1);
    }
    return 0;
}

}  // namespace readcast

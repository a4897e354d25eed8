#include "model/DateTime.hpp"

#include <utility>

#include <cstdio>
#include <cstdlib>

namespace readcast {

void DateTime::swapDayAndMonth() {
    std::swap(day, month);
    order_guessed = false;
}

std::string DateTime::dateIso() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::optional<long long> DateTime::instantMinutes() const {
    if (!hasTime() || !utc_offset_minutes) return std::nullopt;
    // Days from the civil date (Howard Hinnant's algorithm, proleptic Gregorian calendar).
    const long long y = year - (month <= 2 ? 1 : 0);
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const long long days = era * 146097 + doe - 719468;
    return days * 1440 + hour * 60 + (minute < 0 ? 0 : minute) - *utc_offset_minutes;
}

std::string DateTime::iso() const {
    std::string out = dateIso();
    if (!hasTime()) return out;
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute < 0 ? 0 : minute);
    out += buf;
    if (second >= 0) {
        std::snprintf(buf, sizeof buf, ":%02d", second);
        out += buf;
    }
    if (utc_offset_minutes) {
        const int offset = *utc_offset_minutes;
        if (offset == 0) return out + "Z";
        std::snprintf(buf, sizeof buf, "%c%02d:%02d", offset < 0 ? '-' : '+', std::abs(offset) / 60, std::abs(offset) % 60);
        out += buf;
    }
    return out;
}

}  // namespace readcast

#include "publish/Rfc2822.hpp"

#include <cstdio>
#include <cstdlib>

namespace readcast {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = static_cast<int>(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

DateTime withDefaults(DateTime when) {
    if (!when.hasTime()) {
        when.hour = 12;
        when.minute = 0;
        when.second = 0;
        when.utc_offset_minutes = 0;
    }
    if (when.minute < 0) when.minute = 0;
    if (when.second < 0) when.second = 0;
    return when;
}

}  // namespace

std::string rfc2822(const DateTime& given) {
    static const char* const kDays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};  // 1970-01-01 was a Thursday
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const DateTime when = withDefaults(given);
    const std::int64_t days = daysFromCivil(when.year, when.month, when.day);
    const int offset = when.utc_offset_minutes.value_or(0);
    char out[64];
    std::snprintf(out, sizeof out, "%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d", kDays[((days % 7) + 7) % 7], when.day,
                  kMonths[(when.month - 1) % 12], when.year, when.hour, when.minute, when.second, offset < 0 ? '-' : '+',
                  std::abs(offset) / 60, std::abs(offset) % 60);
    return out;
}

std::int64_t unixSeconds(const DateTime& given) {
    const DateTime when = withDefaults(given);
    return daysFromCivil(when.year, when.month, when.day) * 86400 + when.hour * 3600 + when.minute * 60 + when.second -
           static_cast<std::int64_t>(when.utc_offset_minutes.value_or(0)) * 60;
}

DateTime utcDateTime(std::int64_t seconds) {
    // H. Hinnant's civil_from_days.
    std::int64_t days = seconds / 86400;
    std::int64_t rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const int doe = static_cast<int>(days - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    DateTime t;
    t.day = doy - (153 * mp + 2) / 5 + 1;
    t.month = mp < 10 ? mp + 3 : mp - 9;
    t.year = static_cast<int>(yoe + era * 400 + (t.month <= 2));
    t.hour = static_cast<int>(rest / 3600);
    t.minute = static_cast<int>(rest % 3600 / 60);
    t.second = static_cast<int>(rest % 60);
    t.utc_offset_minutes = 0;
    return t;
}

}  // namespace readcast

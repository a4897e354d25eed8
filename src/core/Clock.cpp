#include "core/Clock.hpp"

#include <cmath>
#include <cstdio>
#include <ctime>

namespace readcast {

std::string clockTime(double seconds) {
    const long s = std::lround(seconds);
    char out[32];
    if (s >= 3600) {
        std::snprintf(out, sizeof out, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    } else {
        std::snprintf(out, sizeof out, "%ld:%02ld", s / 60, s % 60);
    }
    return out;
}

std::string utcNow(const char* format) {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char out[64];
    return std::strftime(out, sizeof out, format, &tm) > 0 ? out : "";
}

}  // namespace readcast

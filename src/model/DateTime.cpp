#include "model/DateTime.hpp"

#include <cstdio>
#include <cstdlib>

namespace readcast {

std::string DateTime::dateIso() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
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

#pragma once
// A calendar date with an optional time of day and UTC offset, as an article declares it. The offset
// is kept as written ("+09:00" stays +09:00): the date a Seoul paper printed is the date it names.
//
//   DateTime d{2025, 4, 29, 9, 15};  d.utc_offset_minutes = 540;
//   d.iso()        // "2025-04-29T09:15+09:00"
//   d.dateIso()    // "2025-04-29"

#include <optional>
#include <string>

namespace readcast {

struct DateTime {
    int year = 0;
    int month = 0;       // 1..12
    int day = 0;         // 1..31
    int hour = -1;       // -1: the text gives no time of day
    int minute = -1;
    int second = -1;     // -1: not given
    std::optional<int> utc_offset_minutes = std::nullopt;  // +09:00 -> 540, Z -> 0; empty when the text names no zone
    // "04/03/2025" with nothing around it to say which is the day: read month first, as America writes
    // it, until the article's language says otherwise (see swapDayAndMonth).
    bool order_guessed = false;

    bool hasTime() const { return hour >= 0; }
    // ISO 8601: "2025-04-29", "2025-04-29T09:15", "2025-04-29T09:15:30+09:00".
    std::string iso() const;
    std::string dateIso() const;  // "2025-04-29"
    // Minutes since 1970-01-01T00:00Z when the time and its zone are known: two timestamps written in
    // different zones name the same moment when these are equal.
    std::optional<long long> instantMinutes() const;
    // The day, the month and the other way round: "04/03/2025" read day first after all.
    void swapDayAndMonth();
    // (The same date, however its order was found.)
    bool operator==(const DateTime& o) const {
        return year == o.year && month == o.month && day == o.day && hour == o.hour && minute == o.minute && second == o.second &&
               utc_offset_minutes == o.utc_offset_minutes;
    }
};

}  // namespace readcast

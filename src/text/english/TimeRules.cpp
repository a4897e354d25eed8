// Times of day, durations and time zones as a newsreader says them: "9 a.m." is "nine A-M" (eSpeak NG
// says a spaced "a m" as "uh em"), "21:00" is "twenty-one hundred", "06:00" "oh six hundred",
// "0800 GMT" "oh eight hundred G M T", "2:05:30" "two hours, five minutes and thirty seconds", and
// "9 a.m.-5 p.m." "nine A-M to five P-M".

#include <string>
#include <vector>

#include "core/Ascii.hpp"
#include "core/Months.hpp"
#include "core/Text.hpp"
#include "text/NumberWords.hpp"
#include "text/english/NumberReading.hpp"
#include "text/english/Rules.hpp"
#include "text/english/Tables.hpp"

namespace readcast::english {
namespace {

struct Clock {
    int hour = 0;
    int minute = -1;       // -1: an hour alone ("9 a.m.")
    int second = -1;
    std::string tenths;    // a duration's fraction of a second: "4" in "2:05:30.4"
    char meridiem = 0;     // 'a', 'p' or 0
    bool leadingZero = false;
    bool endsSentence = false;  // "p.m." was also the sentence's full stop
    std::size_t end = 0;   // token after the clock (and its meridiem)
};

// "a.m.", "am", "AM", "a" + "." + "m" + "." as some texts split it.
std::optional<std::pair<char, std::size_t>> meridiemAt(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word)) return std::nullopt;
    const std::string w = lowerAscii(t[i].text);
    if (w == "a.m." || w == "am" || w == "a.m") return std::make_pair('a', i + 1);
    if (w == "p.m." || w == "pm" || w == "p.m") return std::make_pair('p', i + 1);
    return std::nullopt;
}

// The British dotted clock without a.m. or p.m. ("kicks off at 19.30 tonight", "from 9.30 to 17.30"): only
// after "at", "from", "until" or "by", and before a word of the day or another time; a price has neither.
bool dottedClockContext(const Tokens& t, std::size_t i, std::size_t end) {
    const auto dotted = [&](std::size_t k) { return isKind(t, k, Kind::Number) && t[k].text.find('.') != std::string::npos; };
    // (A sentence of prices, rates, races or measures: "The rand was trading at 17.45 in the morning", "clocked 11.05 in the
    // morning heats", "between 18.20 and 19.35 metres".)
    const auto figures = [&] {
        return anyWordIn(t, {"rand", "cedi", "naira", "shilling", "rupee", "ringgit", "peso", "pound", "pounds", "dollar", "dollars", "euro",
                             "euros", "yen", "sterling", "currency", "shares", "stock", "index", "price", "prices", "rate", "rates", "traded",
                             "trading", "points", "yield", "bond", "clocked", "heat", "heats", "final", "race", "ran", "throw", "throws", "jump",
                             "metres", "meters", "seconds", "million", "billion", "percent", "cent", "weakened", "firmed", "firming",
                             "strengthened", "quoted", "barrel"});
    };
    // A range of hours goes forward, and looks like a day's hours: "from 9.30 to 17.30" (a price falls "from
    // 4.35 to 4.10").
    const auto hours = [&](std::size_t a, std::size_t b) {
        const std::string& x = t[a].text;
        const std::string& y = t[b].text;
        const double from = std::stod(x), to = std::stod(y);
        const auto quarter = [](const std::string& v) {
            const std::string m = v.substr(v.find('.') + 1);
            return m == "00" || m == "15" || m == "30" || m == "45";
        };
        return to > from && to < 24.6 && (to >= 13 || from >= 13 || (quarter(x) && quarter(y)));
    };
    // "open daily 10.00–18.00": a day's hours joined by a dash, the first or the second, one of them past noon (a scale's
    // "3.00–4.00", a pH's "6.00–8.00" are no hours).
    const auto pastNoon = [&](std::size_t a, std::size_t b) { return std::stod(t[a].text) >= 13 || std::stod(t[b].text) >= 13; };
    if (isDash(t, end) && dotted(end + 1) && !figures() && !isSym(t, skip(t, end + 2), "%")) return pastNoon(i, end + 1) && hours(i, end + 1);
    if (i >= 2 && isDash(t, i - 1) && dotted(i - 2) && !figures() && !isSym(t, end, "%")) return pastNoon(i - 2, i) && hours(i - 2, i);
    // The second of a range: "from 9.30 to 17.30".
    if (i >= 6 && isWordIn(t, i - 2, {"to", "until"}) && dotted(i - 4) && isWordIn(t, i - 6, {"from"})) return hours(i - 4, i);
    const std::size_t after = skip(t, end);
    if (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"from"}) && isWordIn(t, after, {"to", "until"}) && dotted(skip(t, after + 1))) {
        return hours(i, skip(t, after + 1));
    }
    // "between 07.00 and 20.00": a range of hours with "between … and", the first or the second.
    if (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"between"}) && isWordIn(t, skip(t, end), {"and"}) && dotted(skip(t, skip(t, end) + 1))) {
        return !figures() && hours(i, skip(t, skip(t, end) + 1));
    }
    if (i >= 6 && isWordIn(t, i - 2, {"and"}) && dotted(i - 4) && isWordIn(t, i - 6, {"between"})) return !figures() && hours(i - 4, i);
    const std::size_t next = skip(t, end);
    // A timetable's times after its verbs, "departs 07.00, arrives 09.35", and a clock's hour written with its leading
    // nought, "the 07.00 service", which no other figure is.
    {
        const std::string& clock = t[i].text;
        const std::size_t point = clock.find('.');
        const bool hoursAndMinutes = point == 2 && clock.size() == 5 && toInt(clock.substr(0, 2)) <= 23 && toInt(clock.substr(3)) <= 59;
        const bool measureAfter = isKind(t, next, Kind::Word) &&
                                  (findUnit(t[next].text) != nullptr || isWordIn(t, next, {"percent", "per", "times", "yards", "points", "seconds",
                                                                                           "million", "billion", "thousand", "euros", "euro",
                                                                                           "dollars", "pounds", "people", "passengers"}));
        if (hoursAndMinutes && !measureAfter && !(i > 0 && isKind(t, i - 1, Kind::Symbol)) &&
            (clock[0] == '0' || isWordIn(t, i >= 2 ? i - 2 : t.size(), {"departs", "depart", "departing", "departure", "dep", "arrives", "arrive",
                                                                         "arriving", "arrival", "arr"}))) {
            return true;
        }
    }
    // A timetable's or a fixture's time: "the 17.05 from King's Cross", "the 3.00 kick-off".
    if (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"the"}) &&
        isWordIn(t, next, {"from", "to", "service", "train", "departure", "arrival", "kick", "kickoff", "start", "show",
                           "flight", "sailing", "bus"})) {
        return true;
    }
    // After a verb of a schedule: "gates open at 1.30", "it kicks off at 3.00".
    if (i >= 4 && isWordIn(t, i - 2, {"at"}) &&
        isWordIn(t, i - 4, {"open", "opens", "opened", "start", "starts", "begin", "begins", "off", "arrive", "arrives",
                            "leave", "leaves", "depart", "departs", "close", "closes", "resume", "resumes", "meet", "meets"})) {
        return true;
    }
    // ("16.45 GMT: What we know so far", "the 14.05 BST update": hours and minutes before a time zone in capitals
    // are a clock wherever they stand.)
    if (const std::size_t point = t[i].text.find('.');
        // (Of three letters at least: "rose to 1.25 MT" is a weight, "2.15 CT" no clock.)
        isKind(t, next, Kind::Word) && isUpperWord(t[next].text) && t[next].text.size() >= 3 &&
        (timeZones().count(t[next].text) != 0 || isWordIn(t, next, {"gmt", "bst", "utc", "cet"})) &&
        point != std::string::npos && point >= 1 && point <= 2 && t[i].text.size() == point + 3 && toInt(t[i].text.substr(0, point)) <= 23) {
        return true;
    }
    // ("starting shifts at 3.45 in the morning", "10.30 at night": the part of the day said after it.)
    // (Not a market's move in its morning session: "rose 3.45 in the morning session".)
    const std::size_t part = skip(t, skip(t, next + 1) + 1);
    if (isWordIn(t, next, {"in"}) && isWordIn(t, skip(t, next + 1), {"the"}) && isWordIn(t, part, {"morning", "afternoon", "evening"}) && !figures() &&
        !isWordIn(t, skip(t, part + 1), {"session", "trade", "trading", "deals"}) &&
        !isWordIn(t, i >= 2 ? i - 2 : t.size(), {"rose", "fell", "gained", "lost", "up", "down", "added", "shed", "climbed", "dropped", "slipped",
                                                 "jumped", "by"})) {
        return true;
    }
    if (isWordIn(t, next, {"at"}) && isWordIn(t, skip(t, next + 1), {"night"})) return true;
    {
        // A clock's reading in a story of trains and clocks, hours and minutes: "The station clock says 12.47", "It was 12.47
        // when he arrived", "your 7.42 was late again", "At 12.47 the train stopped".
        const std::string& clock = t[i].text;
        const std::size_t point = clock.find('.');
        const bool hoursAndMinutes = point != std::string::npos && point >= 1 && point <= 2 && clock.size() == point + 3 &&
                                     toInt(clock.substr(0, point)) <= 23 && toInt(clock.substr(point + 1)) <= 59 && !figures();
        const std::size_t before = i >= 2 ? i - 2 : t.size();
        const bool read = isWordIn(t, before, {"says", "said", "shows", "showed", "read", "reads", "struck"}) && i >= 4 &&
                          isWordIn(t, i - 4, {"clock", "clocks", "watch", "board", "display"});
        const bool itWas = isWordIn(t, before, {"was", "is"}) && i >= 4 && isWordIn(t, i - 4, {"it"}) && isWordIn(t, next, {"when", "before", "and"});
        const bool train = isWordIn(t, before, {"my", "your", "his", "her", "our", "their"}) &&
                           anyWordIn(t, {"train", "trains", "late", "delayed", "cancelled", "canceled", "platform", "station", "commute", "service"});
        const bool opening = before == 0 && isWordIn(t, 0, {"at"}) && isWordIn(t, next, {"the", "he", "she", "they", "we", "i", "a", "an", "it"});
        if (hoursAndMinutes && (read || itWas || train || (opening && !anyWordIn(t, {"shares", "share", "price", "index", "pound", "dollar", "rate"})))) {
            return true;
        }
    }
    if (!isWordIn(t, i >= 2 ? i - 2 : t.size(), {"at", "from", "until", "till", "by"})) return false;
    // ("at 12.30 on Wednesday", "at 7.45 on 3 May": a day after it.)
    const auto dayAt = [&](std::size_t k) {
        return isKind(t, k, Kind::Word) && (!weekdayName(t[k].text).empty() || monthFromName(t[k].text) != 0);
    };
    // (Not in market copy, where "at 1.25 on Monday" is a rate or a price.)
    const bool market = anyWordIn(t, {"pound", "pounds", "dollar", "dollars", "euro", "euros", "yen", "sterling", "currency", "shares",
                                      "share", "stock", "stocks", "index", "price", "prices", "rate", "rates", "traded", "trading",
                                      "closed", "fell", "rose", "points", "barrel", "yield", "yields", "bond", "bonds", "pence", "cents",
                                      "bought", "sold", "buy", "sell", "valued", "priced", "worth", "odds", "paid"});
    if (!market && isWordIn(t, next, {"on"}) &&
        (dayAt(skip(t, next + 1)) || (isKind(t, skip(t, next + 1), Kind::Number) && dayAt(skip(t, skip(t, next + 1) + 1))))) {
        return true;
    }
    if (!market && dayAt(next)) return true;
    // ("I rang Wayne at 11.30", "the quake struck at 4.15": after something a person or an event did at a moment, a
    // clock's hours and minutes.)
    const std::string& clock = t[i].text;
    const std::size_t point = clock.find('.');
    const bool hoursAndMinutes = point != std::string::npos && point >= 1 && point <= 2 && clock.size() == point + 3 &&
                                 toInt(clock.substr(0, point)) <= 23 && toInt(clock.substr(point + 1)) <= 59;
    const auto eventVerb = [&](std::size_t k) {
        return isWordIn(t, k, {"rang", "called", "phoned", "arrived", "left", "woke", "met", "spoke", "landed", "departed", "returned",
                               "struck", "happened", "occurred", "died", "texted", "emailed", "visited", "ended", "began", "adjourned",
                               "concluded", "erupted", "exploded", "collapsed"});
    };
    const bool measureAfter = isKind(t, next, Kind::Word) &&
                              (findUnit(t[next].text) != nullptr || isWordIn(t, next, {"percent", "per", "times", "yards", "points", "seconds"}));
    // ("Fridays until 21.00", "from 13.00": an hour past noon on the hour after a word of a span; no price is written so there.)
    if (!market && hoursAndMinutes && !measureAfter && point == 2 && clock.compare(3, 2, "00") == 0 && toInt(clock.substr(0, 2)) >= 13 &&
        isWordIn(t, i - 2, {"until", "till", "from", "before", "after"}) && !isSym(t, next, "%") && !figures()) {
        return true;
    }
    // ("The line is closed until 23.58 on Sunday": an hour past noon with its minutes after a word of a span, before the day; a
    // closure's "closed" is no market's where nothing is priced.)
    const bool priced = anyWordIn(t, {"pound", "pounds", "dollar", "dollars", "euro", "euros", "yen", "sterling", "currency", "shares", "share",
                                      "stock", "stocks", "index", "price", "prices", "rate", "rates", "barrel", "yield", "yields", "bond", "bonds",
                                      "pence", "cents", "points", "traded", "trading", "slid", "fell", "rose", "lower", "higher", "gained",
                                      "crude", "oil", "gold", "lira", "rupee", "peso", "bitcoin"});
    if (!priced && hoursAndMinutes && !measureAfter && point == 2 && toInt(clock.substr(0, 2)) >= 13 &&
        isWordIn(t, i - 2, {"until", "till", "before", "after"}) && isWordIn(t, next, {"on"}) &&
        (dayAt(skip(t, next + 1)) || (isKind(t, skip(t, next + 1), Kind::Number) && dayAt(skip(t, skip(t, next + 1) + 1))))) {
        return true;
    }
    if (!market && hoursAndMinutes && !measureAfter && isWordIn(t, i - 2, {"at"}) && i >= 4 &&
        (eventVerb(i - 4) || (i >= 6 && isKind(t, i - 4, Kind::Word) && isCapitalized(t[i - 4].text) && eventVerb(i - 6)))) {
        return true;
    }
    return isWordIn(t, next, {"tonight", "today", "tomorrow", "this", "bst", "gmt", "cet", "local", "hours", "sharp",
                              "yesterday"}) ||
           (isKind(t, next, Kind::Word) && timeZones().count(t[next].text) != 0);
}

std::optional<Clock> clockAt(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number)) return std::nullopt;
    Clock c;
    const std::string& first = t[i].text;
    std::size_t k = i + 1;
    if (digitsOnly(first) && first.size() <= 2) {
        c.hour = toInt(first);
        c.leadingZero = first.size() == 2 && first[0] == '0';
        if (isSym(t, k, ":") && isKind(t, k + 1, Kind::Number) && t[k + 1].text.size() == 2 &&
            digitsOnly(t[k + 1].text)) {
            c.minute = toInt(t[k + 1].text);
            k += 2;
            // (With its fraction of a second, "2:05:30.4", a race time.)
            const std::string& sec = isKind(t, k + 1, Kind::Number) ? t[k + 1].text : std::string();
            const bool fraction = sec.size() > 3 && sec[2] == '.' && digitsOnly(sec.substr(3));
            if (isSym(t, k, ":") && isKind(t, k + 1, Kind::Number) && (sec.size() == 2 || fraction) && digitsOnly(sec.substr(0, 2))) {
                c.second = toInt(sec.substr(0, 2));
                if (fraction) c.tenths = sec.substr(3);
                k += 2;
            }
        }
    } else if (first.size() == 4 && first[1] == '.' && std::isdigit(static_cast<unsigned char>(first[0]))) {
        // "7.30pm": the British dotted form, only with a.m./p.m. after it (checked below).
        c.hour = first[0] - '0';
        c.minute = toInt(first.substr(2));
    } else if (first.size() == 5 && first[2] == '.') {
        c.hour = toInt(first.substr(0, 2));
        c.minute = toInt(first.substr(3));
        c.leadingZero = first[0] == '0';
    } else {
        return std::nullopt;
    }
    // (A duration's hours may pass a day's: "56:18:42", a stage race's overall time.)
    if ((c.hour > 24 && c.second < 0) || c.minute > 59 || c.second > 59) return std::nullopt;
    if (auto m = meridiemAt(t, skip(t, k))) {
        if (c.hour < 1 || c.hour > 12) return std::nullopt;
        c.meridiem = m->first;
        c.endsSentence = t[m->second - 1].text.back() == '.' && m->second >= t.size();
        k = m->second;
    } else if (c.minute < 0) {
        return std::nullopt;  // "9" alone is not a time
    } else if (first.find('.') != std::string::npos && !dottedClockContext(t, i, k)) {
        return std::nullopt;  // nor "1.25" ("the pound was at 1.25")
    }
    c.end = k;
    return c;
}

std::string hourWords(int hour) { return cardinalWords(static_cast<unsigned>(hour)); }

std::string minuteWords(int minute) {
    return minute < 10 ? "oh " + cardinalWords(static_cast<unsigned>(minute)) : cardinalWords(static_cast<unsigned>(minute));
}

// A time on the twenty-four-hour clock as a newsreader says it, on the twelve-hour clock with its half of the day:
// "06:00" "six A-M", "17:53" "five fifty-three P-M", "21:00" "nine P-M" (not a soldier's "oh six hundred").
std::string sayTwelveHour(const Clock& c) {
    if (c.hour == 0 || c.hour == 24) return c.minute <= 0 ? "midnight" : "twelve " + minuteWords(c.minute) + " A-M";
    if (c.hour == 12 && c.minute <= 0) return "noon";
    std::string s = hourWords(c.hour > 12 ? c.hour - 12 : c.hour);
    if (c.minute > 0) s += " " + minuteWords(c.minute);
    return s + (c.hour >= 12 ? " P-M" : " A-M");
}

// `start`: the first of a range, said short when on the hour ("eight to eleven thirty"; before a time on the
// twenty-four-hour clock the caller passes false, "eight thirty to fourteen hundred").
std::string say(const Clock& c, bool start, bool twelveOnTheHour = false) {
    if (c.meridiem != 0) {
        // ("at 12pm": noon by name, which no listener mistakes; "12am on Tuesday" stays as written, midnight on it being
        // heard as the day's end.)
        if (c.hour == 12 && c.minute <= 0 && c.second < 0 && c.meridiem == 'p') return "noon";
        std::string s = hourWords(c.hour);
        if (c.minute > 0) s += " " + minuteWords(c.minute);
        if (c.second >= 0) s += " and " + cardinalWords(static_cast<unsigned>(c.second)) + " seconds";
        return s + (c.meridiem == 'a' ? " A-M" : " P-M");
    }
    if (c.second >= 0) {  // without a.m./p.m., h:mm:ss is a duration: a race time, a recording's length
        std::string s = c.hour > 0 ? countOf(c.hour, "hour", "hours") + ", " : "";
        if (!c.tenths.empty()) {
            std::string point;
            for (const char d : c.tenths) point += " " + cardinalWords(static_cast<unsigned>(d - '0'));
            return s + countOf(c.minute, "minute", "minutes") + " and " + cardinalWords(static_cast<unsigned>(c.second)) + " point" + point +
                   " seconds";
        }
        // The parts that are not zero, "00:00:12" "twelve seconds", "2:05:00" "two hours and five minutes".
        std::vector<std::string> parts;
        if (c.hour > 0) parts.push_back(countOf(c.hour, "hour", "hours"));
        if (c.minute > 0) parts.push_back(countOf(c.minute, "minute", "minutes"));
        if (c.second > 0 || parts.empty()) parts.push_back(countOf(c.second, "second", "seconds"));
        std::string said = parts[0];
        for (std::size_t p = 1; p < parts.size(); ++p) said += (p + 1 == parts.size() ? " and " : ", ") + parts[p];
        return said;
    }
    if (c.minute == 0 && (c.hour == 0 || c.hour == 24)) return "midnight";
    if (c.hour == 0) return "twelve " + minuteWords(c.minute) + " A-M";  // "00:01": a minute past midnight
    if (c.minute == 0 && c.hour == 12 && !c.leadingZero) return "noon";
    // (On the hour, as a newsreader says it: "06:00" "six A-M", "21:00" "nine P-M", not a soldier's "oh six hundred";
    // where the caller allows it.)
    if (twelveOnTheHour && c.minute == 0 && (c.leadingZero || c.hour > 12)) return sayTwelveHour(c);
    std::string s = c.leadingZero ? "oh " + hourWords(c.hour) : hourWords(c.hour);
    if (c.minute == 0) {
        if (start && !c.leadingZero && c.hour <= 12) return s;
        return s + (c.hour > 12 || c.leadingZero ? " hundred" : " o'clock");
    }
    return s + " " + minuteWords(c.minute);
}

// A zone after a time: "EST", "GMT", "CEST" (spelled where eSpeak NG would make a word of it).
std::string zoneAfter(const Tokens& t, std::size_t& end) {
    const std::size_t z = skip(t, end);
    if (!isKind(t, z, Kind::Word)) return "";
    const auto zone = timeZones().find(t[z].text);
    if (zone == timeZones().end()) return "";
    // (Not a name that opens on a zone's letters: "At 4pm AT&T shares", "AT-X".)
    if (isSym(t, z + 1, "&") || isSym(t, z + 1, "-")) return "";
    end = z + 1;
    return " " + zone->second;
}

}  // namespace

namespace {

// The part of a compact duration at i: a whole number glued to "h"/"hr"/"hrs", "m"/"min"/"mins" or
// "s"/"sec"/"secs". Returns the unit's letter ('h', 'm', 's') and its number.
std::optional<std::pair<char, int>> durationPart(const Tokens& t, std::size_t i, bool spaced) {
    const std::size_t w = spaced ? skip(t, i + 1) : i + 1;
    // (Hours by the thousand too, as a test counts them: "after 1,500 h of use".)
    std::string figure = isKind(t, i, Kind::Number) ? t[i].text : "";
    const bool thousands = figure.size() == 5 && figure[1] == ',' && spaced;
    if (thousands) figure.erase(1, 1);
    if (figure.empty() || !digitsOnly(figure) || (figure.size() > 3 && !thousands) || !isKind(t, w, Kind::Word)) {
        return std::nullopt;
    }
    const std::string& u = t[w].text;
    const char unit = u == "h" || u == "hr" || u == "hrs" ? 'h' : u == "m" || u == "min" || u == "mins" ? 'm'
                    : u == "s" || u == "sec" || u == "secs" ? 's' : '\0';
    if (unit == '\0' || (thousands && unit != 'h')) return std::nullopt;
    return std::make_pair(unit, toInt(figure));
}

// "7h 25m", "1h30m", "2hr 5min 30s": hours, then minutes, then seconds, each written glued to its
// letter. Alone, "25m" is meters and "5s" a plural; together they are a duration. Written apart
// ("4 h 35 min"), the parts are a duration only when there are two of them at least.
std::optional<Match> compactDuration(const Tokens& t, std::size_t i) {
    // "took 1:02h", "lasted 15:42h": hours and minutes with the hours' letter glued after them, a battery test's or a
    // recording's length ("fifteen hours forty-two minutes"), not a clock nor minutes and seconds.
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 3 && isSym(t, i + 1, ":") && isKind(t, i + 2, Kind::Number) &&
        t[i + 2].text.size() == 2 && digitsOnly(t[i + 2].text) && isKind(t, i + 3, Kind::Word) && (t[i + 3].text == "h" || t[i + 3].text == "hrs") &&
        !isKind(t, i + 4, Kind::Word) && !isKind(t, i + 4, Kind::Number) && (i == 0 || !isSym(t, i - 1, ":")) &&
        // (After a word of a moment it is a clock, as Spain's and Latin America's English write one: "kick-off at 19:30h", "20:45h
        // CET"; a running time is a test's or a battery's, the sentence says so.)
        !isWordIn(t, i >= 2 ? i - 2 : t.size(), {"at", "from", "until", "till", "by", "before", "after", "around", "since", "to", "between", "is"}) &&
        !(isKind(t, i + 4, Kind::Space) && isKind(t, i + 5, Kind::Word) && timeZones().count(t[i + 5].text) != 0) &&
        anyWordIn(t, {"battery", "charge", "charging", "lasted", "lasts", "took", "takes", "runtime", "playback", "endurance", "score", "test",
                      "tests", "benchmark", "browsing", "streaming"})) {
        const int hours = toInt(t[i].text), minutes = toInt(t[i + 2].text);
        if (minutes < 60) {
            return Match{4, countOf(hours, "hour", "hours") + (minutes > 0 ? " " + countOf(minutes, "minute", "minutes") : ""), "time"};
        }
    }
    const bool spaced = !isKind(t, i + 1, Kind::Word);
    const auto first = durationPart(t, i, spaced);
    if (!first || first->first == 's') return std::nullopt;
    std::vector<std::pair<char, int>> parts{*first};
    std::size_t end = (spaced ? i + 3 : i + 2);
    for (;;) {
        const std::size_t next = isKind(t, end, Kind::Space) ? end + 1 : end;
        const auto part = durationPart(t, next, spaced);
        const auto order = [](char unit) { return unit == 'h' ? 0 : unit == 'm' ? 1 : 2; };
        if (!part || order(part->first) <= order(parts.back().first)) break;  // hours, then minutes, then seconds
        parts.push_back(*part);
        end = next + (spaced ? 3 : 2);
    }
    // ("12 min." takes its dot when another word follows; "48 hrs. for most patients" alone too, before a small letter.)
    const std::size_t wordAfterDot = skip(t, end + 1);
    const bool sentenceGoesOn = isKind(t, wordAfterDot, Kind::Word) && std::islower(static_cast<unsigned char>(t[wordAfterDot].text[0]));
    if (spaced && (parts.size() >= 2 || sentenceGoesOn) && isSym(t, end, ".") && end + 1 < t.size() && t[end - 1].text.size() > 1) ++end;
    if (spaced && parts.size() < 2 && parts[0].first != 'h') return std::nullopt;
    // "1m 29.708s": a lap's seconds to the thousandth, after its minutes.
    std::string fractionalSeconds;
    {
        const std::size_t next = isKind(t, end, Kind::Space) ? end + 1 : end;
        if (parts.back().first != 's' && isKind(t, next, Kind::Number) && t[next].text.find('.') != std::string::npos &&
            isKind(t, next + 1, Kind::Word) && t[next + 1].text == "s" && !isKind(t, next + 2, Kind::Word)) {
            Num seconds = parseNumber(t[next].text);
            // (The seconds' leading zero is not said: "1h22m05.969s" is "five point nine six nine seconds".)
            if (seconds.whole.size() == 2 && seconds.whole[0] == '0') seconds.whole.erase(0, 1);
            if (seconds.valid) {
                fractionalSeconds = numberWords(seconds) + " seconds";
                end = next + 2;
            }
        }
    }
    // Alone, "3h" is hours all the same, and anything before "ago" is a time ("29m ago").
    const bool alone = parts.size() == 1 && fractionalSeconds.empty() &&
                       (parts[0].first == 'h' || (isKind(t, end, Kind::Space) && isWordIn(t, end + 1, {"ago"})));
    if ((parts.size() < 2 && fractionalSeconds.empty() && !alone) || isKind(t, end, Kind::Word)) return std::nullopt;
    // "a 4 h drive", "a 3h wait": hours alone before the noun they describe are said "a four-hour drive".
    if (alone && parts[0].first == 'h' && beforeNoun(t, i, end)) {
        return Match{end - i, wholeWords(std::to_string(parts[0].second)) + "-hour", "time"};
    }
    // ("a 2h 40m video call": every part before the noun it describes, "a two-hour forty-minute video call".)
    if (parts.size() >= 2 && fractionalSeconds.empty() && beforeNoun(t, i, end)) {
        std::string spoken;
        for (const auto& [unit, n] : parts) {
            spoken += (spoken.empty() ? "" : " ") + wholeWords(std::to_string(n)) + (unit == 'h' ? "-hour" : unit == 'm' ? "-minute" : "-second");
        }
        return Match{end - i, spoken, "time"};
    }
    std::string spoken;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        const auto [unit, n] = parts[k];
        // (Written apart, "1 hr 12 min" is said as written, "one hour twelve minutes".)
        if (k > 0) spoken += spaced ? " " : k + 1 == parts.size() && fractionalSeconds.empty() ? " and " : ", ";
        spoken += unit == 'h' ? countOf(n, "hour", "hours") : unit == 'm' ? countOf(n, "minute", "minutes")
                                                                          : countOf(n, "second", "seconds");
    }
    if (!fractionalSeconds.empty()) spoken += (parts.size() == 1 ? " " : " and ") + fractionalSeconds;
    return Match{end - i, spoken, "time"};
}

// A run's or a lap's time in minutes and seconds: "1:28.197", "3:49.04" (to the hundredth), "won in
// 31:45" (more minutes than a day has hours, so no clock).
std::optional<Match> minutesAndSeconds(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || !digitsOnly(t[i].text) || t[i].text.size() > 2 || !isSym(t, i + 1, ":") ||
        !isKind(t, i + 2, Kind::Number) || isSym(t, i + 3, ":")) {
        return std::nullopt;
    }
    const Num seconds = parseNumber(t[i + 2].text);
    if (!seconds.valid || seconds.whole.size() != 2 || toInt(seconds.whole) > 59) return std::nullopt;
    // ("a 59:41 ratio", "a 60:40 split": two shares of a whole; "a 63:40 split" is a runner's time.)
    // ("The funding ratio will be 90:10": shares of a hundred in a sentence about a ratio.)
    const bool hundred = toInt(t[i].text) + toInt(t[i + 2].text) == 100;
    if (isWordIn(t, skip(t, i + 3), {"ratio", "ratios"}) || (hundred && isWordIn(t, skip(t, i + 3), {"split", "majority", "margin", "mix"})) ||
        (hundred && speaksOfARatio(t))) {
        return std::nullopt;
    }
    const int minutes = toInt(t[i].text);
    if (!seconds.fraction.empty()) {
        // (The seconds' leading zero is not said: "4:01.07" is "four minutes one point oh seven seconds".)
        Num said = seconds;
        if (said.whole.size() == 2 && said.whole[0] == '0') said.whole = said.whole.substr(1);
        return Match{3, countOf(minutes, "minute", "minutes") + " " + numberWords(said) + " seconds", "time"};
    }
    // ("it took 6:41, versus 5:58": after a verb of lasting, a length of time, and so is the one it is set against.)
    const auto lasting = [&](std::size_t k) {
        return isWordIn(t, k, {"took", "takes", "taking", "lasted", "lasts", "lasting", "clocked", "clocks"});
    };
    bool measured = i >= 2 && lasting(i - 2);
    if (!measured && i >= 2 && isWordIn(t, i - 2, {"versus", "vs", "than", "against"})) {
        for (std::size_t k = 0; k + 3 < i && !measured; ++k) measured = lasting(k) && isKind(t, k + 2, Kind::Number) && isSym(t, k + 3, ":");
    }
    // ("crossed the line 1:08 later", "finished 2:15 behind", "extended his lead to 3:09", "leads by 1:45": a race's gap, minutes
    // and seconds, never a clock.)
    const std::size_t next = skip(t, i + 3);
    // (Nor a train's or a door's clock: "the 7:45 down to Brighton", "Doors open 7:30 ahead of the show".)
    const bool clockWord = i >= 2 && isWordIn(t, i - 2, {"at", "until", "till", "from", "before", "after", "around", "about", "by", "since", "the",
                                                         "open", "opens", "opened", "start", "starts", "begin", "begins", "kicks"});
    const bool gap = (isWordIn(t, next, {"later", "behind", "adrift", "ahead", "clear", "back", "down"}) && !clockWord) ||
                     (i >= 4 && isWordIn(t, i - 2, {"to", "of", "by"}) &&
                      isWordIn(t, i - 4, {"lead", "leads", "led", "advantage", "gap", "deficit", "margin", "won", "wins", "trails", "trailed",
                                          "trail"}));
    measured = measured || gap;
    if (!digitsOnly(t[i + 2].text) || !((measured && minutes < 60) || (t[i].text.size() == 2 && minutes > 24))) return std::nullopt;
    return Match{3, countOf(minutes, "minute", "minutes") + " " + countOf(toInt(seconds.whole), "second", "seconds"), "time"};
}

}  // namespace

std::optional<Match> timeRule(const Tokens& t, std::size_t i) {
    // "1100 PM AST", "at 200 AM": a forecaster's clock, hours and minutes run together before the meridiem ("eleven P M",
    // "two A M"), as the hurricane centres write their advisories. (Not an AM station's frequency, "1100 AM radio".)
    if (const auto meridiem = isKind(t, i + 1, Kind::Space) ? meridiemAt(t, i + 2) : std::nullopt;
        meridiem && isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && (t[i].text.size() == 3 || t[i].text.size() == 4) && t[i].text[0] != '0' &&
        (i == 0 || !isSym(t, i - 1, ":"))) {
        const int hour = toInt(t[i].text.substr(0, t[i].text.size() - 2)), minute = toInt(t[i].text.substr(t[i].text.size() - 2));
        // (A clock by what stands round it: a zone after it, "1100 PM AST", or a word of time before it and the clause going on
        // in small letters, "at 200 AM.", "At 1130 am the bell rang"; "ESPN 1000 AM", "1200 AM WCHB", "1130 PM SHRI schools",
        // "1100 PM-KISAN beneficiaries" are a station's or a scheme's.)
        const std::size_t after = meridiem->second;
        const bool zone = isKind(t, after, Kind::Space) && isKind(t, after + 1, Kind::Word) && timeZones().count(t[after + 1].text) != 0;
        const bool timeWord = i >= 2 && isKind(t, i - 1, Kind::Space) &&
                              isWordIn(t, i - 2, {"at", "by", "until", "till", "from", "before", "after", "since", "around", "about", "to", "and"});
        const bool goesOn = after >= t.size() || isSym(t, after, ".") || isSym(t, after, ",") || isSym(t, after, ";") || isSym(t, after, ")") ||
                            (isKind(t, after, Kind::Space) && isKind(t, after + 1, Kind::Word) &&
                             std::islower(static_cast<unsigned char>(t[after + 1].text[0])));
        if (hour >= 1 && hour <= 12 && minute < 60 && (zone || (timeWord && goesOn)) &&
            !anyWordIn(t, {"radio", "station", "stations", "khz", "fm", "frequency", "dial", "listen", "listeners", "broadcast", "airwaves"})) {
            return Match{1, minute > 0 ? hourWords(hour) + " " + minuteWords(minute) : hourWords(hour), "time"};
        }
    }
    // "13:05Z", "0715Z": a time in UTC as aviation and the military write it, the zone's letter glued to the figures ("zed"
    // to a listener).
    if (isKind(t, i, Kind::Word) && t[i].text == "Z" && i >= 1 && isKind(t, i - 1, Kind::Number) && digitsOnly(t[i - 1].text) &&
        (t[i - 1].text.size() == 2 || t[i - 1].text.size() == 4) && (t[i - 1].text.size() == 4 || (i >= 3 && isSym(t, i - 2, ":"))) &&
        !isKind(t, i + 1, Kind::Word) && !isKind(t, i + 1, Kind::Number)) {
        return Match{1, "UTC", "time"};
    }
    // "NPK 20:10:10 fertiliser", "a 4:1 ratio" after its word: a blend's parts, no clock ("twenty ten ten").
    // ("a ratio of 1:10", "a 1:10 ratio": one to ten.)
    // ("the pupil-teacher ratio is 1:40", "ratio stands at 1:25": the ratio's verb between.)
    const bool ratio = i >= 2 && (isWordIn(t, i - 2, {"ratio", "ratios"}) ||
                                  (isWordIn(t, i - 2, {"of", "is", "was", "at", "stands", "remains", "reached", "hit", "to"}) && i >= 4 &&
                                   isWordIn(t, i - 4, {"ratio", "ratios"})) ||
                                  (isWordIn(t, i - 2, {"at", "of", "to"}) && i >= 6 && isWordIn(t, i - 4, {"is", "was", "stands", "remains", "rose", "fell"}) &&
                                   isWordIn(t, i - 6, {"ratio", "ratios"})));
    // (Not a clock after the ratio's word: "the ratio at 10:30 a.m.", "at 9:00".)
    const bool clock = isKind(t, i + 2, Kind::Number) &&
                       ((t[i + 2].text.size() == 2 && t[i + 2].text[0] == '0') ||
                        (isKind(t, i + 3, Kind::Space) && isWordIn(t, i + 4, {"a.m", "p.m", "a.m.", "p.m.", "am", "pm", "a", "p"})) ||
                        isWordIn(t, i + 3, {"am", "pm", "a", "p"}));
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && isSym(t, i + 1, ":") && isKind(t, i + 2, Kind::Number) && i >= 2 && !clock &&
        (ratio || isWordIn(t, i - 2, {"npk", "n-p-k", "blend", "mix"}))) {
        std::string spoken = wholeWords(t[i].text);
        std::size_t k = i + 1;
        while (isSym(t, k, ":") && isKind(t, k + 1, Kind::Number) && digitsOnly(t[k + 1].text)) {
            spoken += (ratio ? " to " : " ") + wholeWords(t[k + 1].text);
            k += 2;
        }
        return Match{k - i, spoken, "time"};
    }
    // "from 00:00 on Tuesday", "until 24:00 on Friday": midnight named by the day it opens or closes. "Midnight on
    // Tuesday" is heard as Tuesday's end, a day late; a newsreader says "midnight on Monday night", "midnight on Friday night".
    if (isKind(t, i, Kind::Number) && (t[i].text == "00" || t[i].text == "24") && (isSym(t, i + 1, ":") || isSym(t, i + 1, ".")) &&
        isKind(t, i + 2, Kind::Number) && t[i + 2].text == "00" && isKind(t, i + 3, Kind::Space) && isWordIn(t, i + 4, {"on"}) &&
        isKind(t, i + 5, Kind::Space) && isKind(t, i + 6, Kind::Word) && isCapitalized(t[i + 6].text)) {
        static const char* const kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
        const std::string day = weekdayName(t[i + 6].text);
        const int index = day.empty() ? -1 : weekdayFromName(lowerAscii(day));
        if (index >= 0 && index <= 6) {
            return Match{7, std::string("midnight on ") + kDays[t[i].text == "00" ? (index + 6) % 7 : index] + " night", "time"};
        }
    }
    // "T+2:34", "T-0:03", "T-0:00": a launch's clock glued to its sign, minutes and seconds after or before liftoff ("T plus
    // two minutes thirty-four seconds", "T minus zero").
    if (isKind(t, i, Kind::Word) && t[i].text == "T" && (isSym(t, i + 1, "+") || isSym(t, i + 1, "-")) && isKind(t, i + 2, Kind::Number) &&
        digitsOnly(t[i + 2].text) && t[i + 2].text.size() <= 2 && isSym(t, i + 3, ":") && isKind(t, i + 4, Kind::Number) &&
        t[i + 4].text.size() == 2 && digitsOnly(t[i + 4].text) && !isSym(t, i + 5, ":") && (i == 0 || !isKind(t, i - 1, Kind::Word))) {
        const int minutes = toInt(t[i + 2].text), seconds = toInt(t[i + 4].text);
        if (seconds < 60) {
            std::string spoken = isSym(t, i + 1, "+") ? "T plus " : "T minus ";
            if (minutes == 0 && seconds == 0) spoken += "zero";
            else if (minutes == 0) spoken += countOf(seconds, "second", "seconds");
            else spoken += countOf(minutes, "minute", "minutes") + (seconds == 0 ? "" : " " + countOf(seconds, "second", "seconds"));
            return Match{5, spoken, "time"};
        }
    }
    // "T-minus 10:00", "T minus 00:09:30": a launch's countdown, the time left, not a time of day ("ten minutes").
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && isSym(t, i + 1, ":") && isKind(t, i + 2, Kind::Number) && t[i + 2].text.size() == 2 &&
        digitsOnly(t[i + 2].text) && i >= 4 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"minus"}) &&
        (isSym(t, i - 3, "-") || isKind(t, i - 3, Kind::Space)) && isKind(t, i - 4, Kind::Word) && (t[i - 4].text == "T" || t[i - 4].text == "L")) {
        std::vector<unsigned> parts{static_cast<unsigned>(toInt(t[i].text)), static_cast<unsigned>(toInt(t[i + 2].text))};
        std::size_t end = i + 3;
        if (isSym(t, end, ":") && isKind(t, end + 1, Kind::Number) && t[end + 1].text.size() == 2 && digitsOnly(t[end + 1].text)) {
            parts.push_back(static_cast<unsigned>(toInt(t[end + 1].text)));
            end += 2;
        }
        if (parts.size() == 2) parts.insert(parts.begin(), 0);
        std::vector<std::string> said;
        if (parts[0] > 0) said.push_back(countOf(static_cast<int>(parts[0]), "hour", "hours"));
        if (parts[1] > 0) said.push_back(countOf(static_cast<int>(parts[1]), "minute", "minutes"));
        if (parts[2] > 0) said.push_back(countOf(static_cast<int>(parts[2]), "second", "seconds"));
        if (parts[1] < 60 && parts[2] < 60) {
            std::string spoken = said.empty() ? "zero" : said.front();
            for (std::size_t k = 1; k < said.size(); ++k) spoken += (k + 1 == said.size() ? " and " : ", ") + said[k];
            return Match{end - i, spoken, "time"};
        }
    }
    // "3. Evenepoel (BEL) +1:12", "+1:02:45": a gap in a race's results, signed, minutes and seconds (or hours, minutes
    // and seconds) behind the winner; never a clock, which no one writes with a plus.
    if (isSym(t, i, "+") && (i == 0 || isKind(t, i - 1, Kind::Space) || isSym(t, i - 1, "(")) && isKind(t, i + 1, Kind::Number) &&
        digitsOnly(t[i + 1].text) && t[i + 1].text.size() <= 2 && t[i + 1].text != "0" && isSym(t, i + 2, ":") && isKind(t, i + 3, Kind::Number) &&
        t[i + 3].text.size() == 2 && digitsOnly(t[i + 3].text) && !meridiemAt(t, skip(t, i + 4)) && !isKind(t, i + 4, Kind::Word)) {
        std::vector<unsigned> parts{static_cast<unsigned>(toInt(t[i + 1].text)), static_cast<unsigned>(toInt(t[i + 3].text))};
        std::size_t end = i + 4;
        if (isSym(t, end, ":") && isKind(t, end + 1, Kind::Number) && t[end + 1].text.size() == 2 && digitsOnly(t[end + 1].text)) {
            parts.push_back(static_cast<unsigned>(toInt(t[end + 1].text)));
            end += 2;
        }
        if (!isSym(t, end, ":") && !(isSym(t, end, ".") && isKind(t, end + 1, Kind::Number)) && parts.back() < 60 && parts[1] < 60) {
            static const char* const kUnits[3][2] = {{"hour", "hours"}, {"minute", "minutes"}, {"second", "seconds"}};
            const std::size_t first = parts.size() == 3 ? 0 : 1;
            std::vector<std::string> said;
            for (std::size_t k = 0; k < parts.size(); ++k) {
                if (parts[k] > 0) said.push_back(countOf(static_cast<int>(parts[k]), kUnits[first + k][0], kUnits[first + k][1]));
            }
            std::string spoken = "plus " + said.front();
            for (std::size_t k = 1; k < said.size(); ++k) spoken += (k + 1 == said.size() ? " and " : ", ") + said[k];
            return Match{end - i, spoken, "time"};
        }
    }
    // "with 0:03 left", "0:45 remaining", ":04 on the clock": a game clock's last seconds, not a time of day.
    {
        const bool zero = isKind(t, i, Kind::Number) && t[i].text == "0" && isSym(t, i + 1, ":");
        const bool bare = isSym(t, i, ":") && (i == 0 || isKind(t, i - 1, Kind::Space));
        const std::size_t s = zero ? i + 2 : i + 1;
        if ((zero || bare) && isKind(t, s, Kind::Number) && t[s].text.size() == 2 && digitsOnly(t[s].text) && isKind(t, s + 1, Kind::Space) &&
            (isWordIn(t, s + 2, {"left", "remaining", "to"}) ||
             (isWordIn(t, s + 2, {"on"}) && isKind(t, s + 3, Kind::Space) && isWordIn(t, s + 4, {"the"}) && isKind(t, s + 5, Kind::Space) &&
              isWordIn(t, s + 6, {"clock", "game", "shot", "play"})))) {
            const unsigned seconds = static_cast<unsigned>(toInt(t[s].text));
            if (seconds > 0 && seconds < 60) return Match{s + 1 - i, cardinalWords(seconds) + (seconds == 1 ? " second" : " seconds"), "time"};
        }
        // "at 0:41", "+0:12": a gap in a race's results, seconds after a lone zero (a clock writes midnight's hour
        // "00:41"; not before a.m. or p.m.).
        // (A sentence may end on a signed one: "Evenepoel was third, +0:41."; "leaves at 0:41." is a clock's.)
        const bool signedGap = i >= 1 && isSym(t, i - 1, "+");
        if (zero && isKind(t, s, Kind::Number) && t[s].text.size() == 2 && digitsOnly(t[s].text) && !isSym(t, s + 1, ":") &&
            !(isSym(t, s + 1, ".") && (isKind(t, s + 2, Kind::Number) || !signedGap)) && !meridiemAt(t, skip(t, s + 1)) &&
            !(isKind(t, skip(t, s + 1), Kind::Word) && (timeZones().count(t[skip(t, s + 1)].text) != 0 || isWordIn(t, skip(t, s + 1), {"local", "gmt", "utc"})))) {
            const unsigned seconds = static_cast<unsigned>(toInt(t[s].text));
            if (seconds > 0 && seconds < 60) return Match{s + 1 - i, cardinalWords(seconds) + (seconds == 1 ? " second" : " seconds"), "time"};
        }
    }

    // "noon AEST", "midnight GMT": a zone after a time said in words. A zone of four letters is one
    // anywhere ("AEDT" is no word; "EAT" and "ART" are).
    if (isWordIn(t, i, {"noon", "midnight", "midday"})) {
        std::size_t end = i + 1;
        if (const std::string zone = zoneAfter(t, end); !zone.empty()) return Match{end - i, t[i].text + zone, "time"};
    }
    if (isKind(t, i, Kind::Word) && t[i].text.size() >= 4 && t[i].text.size() <= 5 && std::isupper(static_cast<unsigned char>(t[i].text[1])) &&
        !isKind(t, i + 1, Kind::Word)) {
        if (const auto zone = timeZones().find(t[i].text); zone != timeZones().end()) return Match{1, zone->second, "time"};
    }
    // "between 18h00 and 20h30", "from 06h30": a clock as South African and French-influenced copy
    // writes it, the hours and minutes either side of an "h".
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 2 && isKind(t, i + 1, Kind::Word) &&
        t[i + 1].text == "h" && isKind(t, i + 2, Kind::Number) && t[i + 2].text.size() == 2 && digitsOnly(t[i + 2].text) &&
        !isKind(t, i + 3, Kind::Word) && !isKind(t, i + 3, Kind::Number)) {
        Clock c;
        c.hour = toInt(t[i].text);
        c.minute = toInt(t[i + 2].text);
        c.leadingZero = t[i].text.size() == 2 && t[i].text[0] == '0';
        if (c.hour <= 24 && c.minute <= 59) {
            std::size_t end = i + 3;
            std::string spoken = say(c, false);
            spoken += zoneAfter(t, end);
            return Match{end - i, spoken, "time"};
        }
    }
    // A time with its dot, as British copy writes it, "2.40", "12.45": its hour and minute, or nothing.
    const auto dottedClock = [&](std::size_t k) -> std::optional<std::pair<unsigned, unsigned>> {
        if (!isKind(t, k, Kind::Number)) return std::nullopt;
        const std::string& w = t[k].text;
        const std::size_t dot = w.find('.');
        if (dot == std::string::npos || dot < 1 || dot > 2 || w.size() != dot + 3 || !digitsOnly(w.substr(0, dot)) || !digitsOnly(w.substr(dot + 1))) {
            return std::nullopt;
        }
        const unsigned hour = static_cast<unsigned>(toInt(w.substr(0, dot))), minute = static_cast<unsigned>(toInt(w.substr(dot + 1)));
        if (hour < 1 || hour > 12 || minute > 59) return std::nullopt;
        return std::make_pair(hour, minute);
    };
    // (Its minutes after a space, or after a hyphen where the time names a race: "two-forty".)
    const auto clockWords = [](std::pair<unsigned, unsigned> c, const char* joint = " ") {
        return cardinalWords(c.first) + (c.second == 0 ? " o'clock" : c.second < 10 ? " oh " + cardinalWords(c.second) : joint + cardinalWords(c.second));
    };
    // "the 2.40 at Cheltenham", "the 4.00 at Aintree": a race named by its time, as British racing copy
    // writes it, "the two-forty", "the four o'clock".
    if (const auto c = dottedClock(i); c && i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"the"}) && isKind(t, i + 1, Kind::Space) &&
                                       isWordIn(t, i + 2, {"at"}) && isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word) &&
                                       std::isupper(static_cast<unsigned char>(t[i + 4].text[0]))) {
        return Match{1, clockWords(*c, "-"), "time"};
    }
    // "the 8.50 ferry", "from 12.45 until 3.15": the same before what leaves at it or in a span of two ("twelve forty-five until
    // three fifteen"). (Not "3.15 per cent", "from 2.50 to 3.10 a litre": no price's or rate's word after the span.)
    if (const auto c = dottedClock(i); c && i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"the"}) && isKind(t, i + 1, Kind::Space) &&
                                       isWordIn(t, i + 2, {"ferry", "train", "bus", "coach", "flight", "sailing", "service", "departure", "boat",
                                                           "tram", "shuttle"})) {
        return Match{1, clockWords(*c), "time"};
    }
    if (const auto c = dottedClock(i); c && i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"from"}) &&
                                       isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"until", "till", "to"}) && isKind(t, i + 3, Kind::Space) &&
                                       !(isKind(t, skip(t, i + 5), Kind::Word) && findUnit(t[skip(t, i + 5)].text) != nullptr)) {
        if (const auto d = dottedClock(i + 4); d && !isKind(t, i + 5, Kind::Word) &&
                                               !isWordIn(t, skip(t, i + 5), {"per", "percent", "a", "an", "each", "million", "billion", "points", "pence", "p",
                                                                             "cents", "euros", "pounds", "dollars", "metres", "meters", "seconds", "m", "kg"}) &&
                                               !anyWordIn(t, {"percent", "per", "rate", "rates", "price", "prices", "growth", "inflation", "points", "rose",
                                                              "fell", "slowed", "climbed", "dropped", "increased", "decreased", "jumped", "slipped",
                                                              "eased", "cut", "raised", "lowered", "shares", "stock", "index", "yield", "average",
                                                              "score", "scored", "ratio", "grew", "shrank", "odds", "traded", "trading",
                                                              "ph", "level", "levels", "euro", "dollar", "pound", "yen", "exchange"})) {
            return Match{5, clockWords(*c) + " " + t[i + 2].text + " " + clockWords(*d), "time"};
        }
    }
    if (auto duration = compactDuration(t, i)) return duration;
    if (auto run = minutesAndSeconds(t, i)) return run;
    // "from 0100-0600hrs", "1800–2200 hours": two times of the military form, "oh one hundred to oh six hundred hours".
    const auto military = [&](std::size_t k) {
        return isKind(t, k, Kind::Number) && t[k].text.size() == 4 && digitsOnly(t[k].text) && toInt(t[k].text.substr(0, 2)) <= 24 &&
               toInt(t[k].text.substr(2)) <= 59;
    };
    if (military(i) && isDash(t, i + 1) && military(i + 2) && isWordIn(t, skip(t, i + 3), {"hours", "hrs", "hr"})) {
        const auto said = [&](const std::string& w) {
            const int hour = toInt(w.substr(0, 2)), minute = toInt(w.substr(2));
            return (w[0] == '0' ? "oh " : "") + hourWords(hour) + (minute == 0 ? " hundred" : " " + minuteWords(minute));
        };
        return Match{3, said(t[i].text) + " to " + said(t[i + 2].text), "time"};
    }
    // "0800 GMT", "1430 hours", "2100 local time": the military form.
    if (isKind(t, i, Kind::Number) && t[i].text.size() == 4 && digitsOnly(t[i].text)) {
        const int hour = toInt(t[i].text.substr(0, 2)), minute = toInt(t[i].text.substr(2));
        // ("0607:30 UTC": its seconds after a colon, as a launch's timeline gives them.)
        const bool seconds = isSym(t, i + 1, ":") && isKind(t, i + 2, Kind::Number) && t[i + 2].text.size() == 2 && digitsOnly(t[i + 2].text) &&
                             toInt(t[i + 2].text) <= 59 && isKind(t, skip(t, i + 3), Kind::Word) && timeZones().count(t[skip(t, i + 3)].text) != 0;
        if (seconds && hour <= 23 && minute <= 59) {
            std::size_t end = i + 3;
            const int second = toInt(t[i + 2].text);
            const std::string spoken = (t[i].text[0] == '0' ? "oh " : "") + hourWords(hour) + (minute == 0 ? " hundred" : " " + minuteWords(minute)) +
                                       (second == 0 ? "" : " and " + countOf(second, "second", "seconds"));
            const std::string zone = zoneAfter(t, end);
            return Match{end - i, spoken + zone, "time"};
        }
        const std::size_t n = skip(t, i + 1);
        // "reopened at 0500": a leading zero after "at" is a clock, never a count.
        const bool marked = (isKind(t, n, Kind::Word) && timeZones().count(t[n].text) != 0) ||
                            isWordIn(t, n, {"hours", "hrs", "local", "zulu"}) ||
                            (t[i].text[0] == '0' && isWordIn(t, i >= 2 ? i - 2 : t.size(), {"at", "by", "until", "from"}) &&
                             // (not a mobile number's first group, "at 0917-123-4567")
                             !(isDash(t, i + 1) && isKind(t, i + 2, Kind::Number)));
        if (hour <= 23 && minute <= 59 && marked) {
            std::string spoken = (t[i].text[0] == '0' ? "oh " : "") + hourWords(hour) +
                                 (minute == 0 ? " hundred" : " " + minuteWords(minute));
            std::size_t end = i + 1;
            spoken += zoneAfter(t, end);
            return Match{end - i, spoken, "time"};
        }
    }
    // (A time on the hour on the twenty-four-hour clock is said on the twelve-hour one, "at 06:00" "at six A-M", unless the
    // sentence keeps the twenty-four-hour clock for other times, "between 18h00 and 20h30", "17:53", or counts hours,
    // "06:00 hrs".)
    // (Nor a game's clock or a recording's place: "14:00 remaining", "the 20:00 mark".)
    // (Asked only once a clock is found: it looks at every token of the sentence.)
    const auto twelveOnTheHour = [&] {
        if (anyWordIn(t, {"hrs", "hours", "zulu", "remaining", "mark", "clock", "period", "elapsed", "video", "clip", "footage",
                          "timestamp", "recording"})) {
            return false;
        }
        for (std::size_t k = 0; k < t.size(); ++k) {
            if (k == i) continue;
            if (auto other = clockAt(t, k); other && other->meridiem == 0 && other->minute > 0 && (other->hour > 12 || other->leadingZero)) return false;
        }
        return true;
    };
    // "10-11:30 a.m.": a range whose first hour borrows the second's a.m. or p.m.
    // ("between 5-7pm": "between five and seven", where "five to seven" would be a time of its own.)
    const char* joiner = i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"between"}) ? " and " : " to ";
    if (auto h = smallInt(tok(t, i), 1, 12); h && isDash(t, i + 1)) {
        if (auto second = clockAt(t, i + 2); second && second->meridiem != 0 && second->hour > *h) {
            std::size_t end = second->end;
            std::string spoken = hourWords(*h) + joiner + say(*second, false) + zoneAfter(t, end);
            if (second->endsSentence) spoken += '.';
            return Match{end - i, spoken, "time"};
        }
    }
    auto first = clockAt(t, i);
    if (!first) return std::nullopt;
    std::size_t end = first->end;
    std::string spoken;
    // "9 a.m.-5 p.m.", "8:00-14:00", "22:00 to 06:00".
    std::size_t next = end;
    const bool joined = isDash(t, next) || (isKind(t, next, Kind::Space) && isWordIn(t, next + 1, {"to", "until", "till"}) &&
                                            isKind(t, next + 2, Kind::Space));
    if (joined) {
        const std::size_t at = isDash(t, next) ? next + 1 : next + 3;
        if (auto second = clockAt(t, at)) {
            // (A range that ends on the twenty-four-hour clock starts on it too, its half of the day said: "10:00 to 17:00"
            // "ten A-M to five P-M", as "ten to five P-M" is heard as ten minutes before five.)
            const bool twentyFour = second->hour > 12 || second->leadingZero;
            const bool clock = twentyFour && first->meridiem == 0 && first->second < 0 && first->minute == 0 && second->minute == 0 &&
                               first->hour <= 23;
            // (Both on the hour, a day's opening hours, "10.00–18.00": "ten A-M to six P-M" whatever other clocks the sentence
            // keeps; "ten hundred" is no one's.)
            const std::string from = clock && (twelveOnTheHour() || !first->leadingZero) ? sayTwelveHour(*first)
                                     : clock ? std::string(first->hour < 10 ? "oh " : "") + hourWords(first->hour) + " hundred"
                                             : say(*first, !twentyFour);
            spoken = from + (isDash(t, next) ? joiner : " to ") +
                     (clock && !first->leadingZero ? sayTwelveHour(*second) : say(*second, false, twelveOnTheHour()));
            end = second->end;
            spoken += zoneAfter(t, end);
            if (second->endsSentence) spoken += '.';
            return Match{end - i, spoken, "time"};
        }
    }
    spoken = say(*first, false, twelveOnTheHour()) + zoneAfter(t, end);
    // "at 09:31:05 UTC", "14:02:11 local time": h:mm:ss before a zone is a time of day to the second.
    if (first->second >= 0 && first->meridiem == 0 && first->tenths.empty() && first->hour < 24 &&
        (end != first->end || (isKind(t, end, Kind::Space) && isWordIn(t, end + 1, {"local"}) && isKind(t, end + 2, Kind::Space) &&
                               isWordIn(t, end + 3, {"time"})))) {
        Clock day = *first;
        day.second = -1;
        std::size_t zoneEnd = first->end;
        const std::string zone = zoneAfter(t, zoneEnd);
        spoken = say(day, false) + (first->second > 0 ? " and " + countOf(first->second, "second", "seconds") : "") + zone;
    }
    // "06:00 hrs": the military form says "hours".
    if (isKind(t, end, Kind::Space) && isWordIn(t, end + 1, {"hrs", "hours"}) && first->meridiem == 0) {
        spoken += " hours";
        end += 2;
    }
    // "12:00 noon", "00:00 midnight": the word already said.
    if ((spoken == "noon" || spoken == "midnight") && isKind(t, end, Kind::Space) && isWordIn(t, end + 1, {"noon", "midnight"})) {
        end += 2;
    }
    // "10 a.m.–noon": a span to noon or midnight.
    if (isDash(t, end) && isWordIn(t, end + 1, {"noon", "midnight"})) {
        spoken += " to " + lowerAscii(t[end + 1].text);
        end += 2;
    }
    if (first->endsSentence && end == first->end) spoken += '.';
    return Match{end - i, spoken, "time"};
}

}  // namespace readcast::english

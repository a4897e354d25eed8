#include "ingest/DateParser.hpp"

#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

namespace readcast {
namespace {

constexpr std::array<const char*, 12> kMonths{"january", "february", "march",     "april",   "may",      "june",
                                             "july",    "august",   "september", "october", "november", "december"};

struct Token {
    std::string text;
    bool number = false;
};

std::vector<Token> tokenize(const std::string& s) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (std::isdigit(c)) {
            Token t{"", true};
            while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) t.text += s[i++];
            tokens.push_back(t);
        } else if (std::isalpha(c)) {
            Token t;
            while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i])))
                t.text += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i++])));
            tokens.push_back(t);
        } else {
            if (s[i] == ':' || s[i] == '-') tokens.push_back({std::string(1, s[i]), false});
            ++i;
        }
    }
    return tokens;
}

bool validDay(int y, int m, int d) {
    static constexpr std::array<int, 12> kDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= kDays[static_cast<std::size_t>(m - 1)];
}

}  // namespace

int monthFromName(const std::string& word) {
    std::string w;
    for (char c : word) {
        if (c != '.') w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (w.size() < 3) return 0;
    if (w == "sept") return 9;
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        const std::string full = kMonths[m];
        if (w == full || (w.size() == 3 && full.compare(0, 3, w) == 0)) return static_cast<int>(m + 1);
    }
    return 0;
}

std::optional<CalendarDate> parseDate(const std::string& text) {
    const std::vector<Token> t = tokenize(text);
    CalendarDate d;
    std::size_t afterDate = 0;
    // ISO form first: 2025-04-29
    for (std::size_t i = 0; i + 4 < t.size() && d.year == 0; ++i) {
        if (t[i].number && t[i].text.size() == 4 && t[i + 1].text == "-" && t[i + 2].number && t[i + 3].text == "-" &&
            t[i + 4].number) {
            d.year = std::stoi(t[i].text);
            d.month = std::stoi(t[i + 2].text);
            d.day = std::stoi(t[i + 4].text);
            afterDate = i + 5;
        }
    }
    // Written form: a month name with a day number beside it and a four-digit year.
    for (std::size_t i = 0; i < t.size() && d.year == 0; ++i) {
        if (t[i].number) continue;
        const int month = monthFromName(t[i].text);
        if (month == 0) continue;
        int day = 0, year = 0;
        std::size_t end = i + 1;
        if (i + 1 < t.size() && t[i + 1].number && t[i + 1].text.size() <= 2) {  // April 29, 2025
            day = std::stoi(t[i + 1].text);
            if (i + 2 < t.size() && t[i + 2].number && t[i + 2].text.size() == 4) {
                year = std::stoi(t[i + 2].text);
                end = i + 3;
            }
        } else if (i > 0 && t[i - 1].number && t[i - 1].text.size() <= 2) {  // 29 Apr. 2025
            day = std::stoi(t[i - 1].text);
            if (i + 1 < t.size() && t[i + 1].number && t[i + 1].text.size() == 4) {
                year = std::stoi(t[i + 1].text);
                end = i + 2;
            }
        }
        if (day > 0 && year > 0) {
            d = {year, month, day};
            afterDate = end;
        }
    }
    if (!validDay(d.year, d.month, d.day)) return std::nullopt;
    // A time right after the date: 00:00, 10:30 a.m., T09:15 (not one belonging to a later date).
    for (std::size_t i = afterDate; i + 2 < t.size() && i <= afterDate + 1; ++i) {
        if (t[i].number && t[i + 1].text == ":" && t[i + 2].number) {
            int hour = std::stoi(t[i].text);
            const int minute = std::stoi(t[i + 2].text);
            std::size_t next = i + 3;
            while (next < t.size() && t[next].text == ":") next += 2;  // seconds
            if (next < t.size() && (t[next].text == "pm" || t[next].text == "p") && hour < 12) hour += 12;
            if (next < t.size() && (t[next].text == "am" || t[next].text == "a") && hour == 12) hour = 0;
            if (hour <= 23 && minute <= 59) {
                d.hour = hour;
                d.minute = minute;
            }
            break;
        }
    }
    return d;
}

std::string toIso(const CalendarDate& date) {
    char buf[32];
    if (date.hour >= 0) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", date.year, date.month, date.day, date.hour,
                      date.minute);
    } else {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
    }
    return buf;
}

}  // namespace readcast

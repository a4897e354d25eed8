#include "ingest/DateParser.hpp"

#include "core/Months.hpp"

#include <array>
#include <cctype>
#include <vector>

namespace readcast {
namespace {

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
            if (s[i] == ':' || s[i] == '-' || s[i] == '+') tokens.push_back({std::string(1, s[i]), false});
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

std::optional<DateTime> parseDate(const std::string& text) {
    const std::vector<Token> t = tokenize(text);
    DateTime d;
    std::size_t afterDate = 0;
    bool isoForm = false;
    // ISO form first: 2025-04-29
    for (std::size_t i = 0; i + 4 < t.size() && d.year == 0; ++i) {
        if (t[i].number && t[i].text.size() == 4 && t[i + 1].text == "-" && t[i + 2].number && t[i + 3].text == "-" &&
            t[i + 4].number) {
            d.year = std::stoi(t[i].text);
            d.month = std::stoi(t[i + 2].text);
            d.day = std::stoi(t[i + 4].text);
            afterDate = i + 5;
            isoForm = true;
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
            int second = -1;
            std::size_t next = i + 3;
            if (next + 1 < t.size() && t[next].text == ":" && t[next + 1].number) {
                second = std::stoi(t[next + 1].text);
                next += 2;
            }
            if (next < t.size() && (t[next].text == "pm" || t[next].text == "p") && hour < 12) hour += 12;
            if (next < t.size() && (t[next].text == "am" || t[next].text == "a") && hour == 12) hour = 0;
            if (hour > 23 || minute > 59 || second > 60) break;
            d.hour = hour;
            d.minute = minute;
            d.second = second;
            // An ISO timestamp's zone: "Z", "+09:00", "-0500". Kept, not converted.
            if (isoForm && next < t.size()) {
                if (t[next].text == "z") {
                    d.utc_offset_minutes = 0;
                } else if ((t[next].text == "+" || t[next].text == "-") && next + 1 < t.size() && t[next + 1].number) {
                    const std::string& digits = t[next + 1].text;
                    int hours = -1, minutes = 0;
                    if (digits.size() == 4) {
                        hours = std::stoi(digits.substr(0, 2));
                        minutes = std::stoi(digits.substr(2));
                    } else if (digits.size() <= 2) {
                        hours = std::stoi(digits);
                        if (next + 3 < t.size() && t[next + 2].text == ":" && t[next + 3].number) {
                            minutes = std::stoi(t[next + 3].text);
                        }
                    }
                    if (hours >= 0 && hours <= 14 && minutes <= 59) {
                        d.utc_offset_minutes = (t[next].text == "-" ? -1 : 1) * (hours * 60 + minutes);
                    }
                }
            }
            break;
        }
    }
    return d;
}

}  // namespace readcast

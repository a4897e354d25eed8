// Dates, decades and times as a newsreader says them.

#include <unicode/uchar.h>

#include "core/Ascii.hpp"
#include "core/Months.hpp"
#include "text/NumberWords.hpp"
#include "text/english/NumberReading.hpp"
#include "text/english/Rules.hpp"
#include "text/english/Tables.hpp"

namespace readcast::english {

namespace {

// Month word at i, with an optional dot after an abbreviation: returns month and tokens used.
std::optional<std::pair<int, std::size_t>> monthAt(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word) || !isCapitalized(t[i].text)) return std::nullopt;
    const int m = monthFromName(t[i].text);
    if (m == 0) return std::nullopt;
    const bool abbreviated = t[i].text.size() <= 4 && lowerAscii(t[i].text) != "june" && lowerAscii(t[i].text) != "july";
    // "May" and "March" are also words: only a date when a day number follows (checked by callers).
    if (abbreviated && isSym(t, i + 1, ".")) return std::make_pair(m, std::size_t{2});
    return std::make_pair(m, std::size_t{1});
}

}  // namespace

std::optional<Match> dateRule(const Tokens& t, std::size_t i, bool dayFirst) {
    // Month Day[, Year]: "Apr. 29, 2025", "April 26", "Jan. 11"
    if (auto month = monthAt(t, i)) {
        std::size_t j = skip(t, i + month->second);
        if (auto day = smallInt(tok(t, j), 1, 31); day && !isKind(t, j + 1, Kind::Word) && !isSym(t, j + 1, ":")) {
            std::string spoken = std::string(monthName(month->first)) + " " + ordinalWords(static_cast<unsigned>(*day));
            std::size_t end = j + 1;
            // "July 30-31": a range of days
            if (isDash(t, end)) {
                if (auto last = smallInt(tok(t, end + 1), 1, 31); last && *last > *day) {
                    spoken += " to " + ordinalWords(static_cast<unsigned>(*last));
                    end += 2;
                }
            }
            std::size_t k = end;
            if (isSym(t, k, ",")) ++k;
            k = skip(t, k);
            if (isYear(tok(t, k))) {
                spoken += ", " + yearSpoken(t[k].text);
                end = k + 1;
            }
            return Match{end - i, spoken, "date"};
        }
        if (isYear(tok(t, j))) {  // "August 1945"
            return Match{j + 1 - i, std::string(monthName(month->first)) + " " + yearSpoken(t[j].text), "date"};
        }
        if (month->second == 2) {  // a lone abbreviated month: "in Sept."
            return Match{1, monthName(month->first), "date"};
        }
    }
    // Day Month [Year]: "29 Apr. 2025", "3 March"
    if (auto day = smallInt(tok(t, i), 1, 31)) {
        const std::size_t j = skip(t, i + 1);
        if (j > i + 1) {
            if (auto month = monthAt(t, j)) {
                std::string spoken = "the " + ordinalWords(static_cast<unsigned>(*day)) + " of " + monthName(month->first);
                std::size_t end = j + month->second;
                const std::size_t k = skip(t, end);
                if (isYear(tok(t, k))) {
                    spoken += ", " + yearSpoken(t[k].text);
                    end = k + 1;
                }
                return Match{end - i, spoken, "date"};
            }
        }
    }
    // ISO: 2025-04-29
    if (isYear(tok(t, i)) && isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Number) && t[i + 2].text.size() == 2 &&
        isSym(t, i + 3, "-") && isKind(t, i + 4, Kind::Number) && t[i + 4].text.size() == 2) {
        const int m = std::stoi(t[i + 2].text), d = std::stoi(t[i + 4].text);
        if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
            return Match{5, std::string(monthName(m)) + " " + ordinalWords(static_cast<unsigned>(d)) + ", " +
                                yearSpoken(t[i].text),
                         "date"};
        }
    }
    // Slashes: 4/29/2025 (month first unless the locale or the numbers say otherwise)
    if (auto a = smallInt(tok(t, i), 1, 31); a && isSym(t, i + 1, "/")) {
        if (auto b = smallInt(tok(t, i + 2), 1, 31); b && isSym(t, i + 3, "/") && isKind(t, i + 4, Kind::Number) &&
                                                   (t[i + 4].text.size() == 4 || t[i + 4].text.size() == 2)) {
            int month = *a, day = *b;
            if ((dayFirst && *b <= 12) || *a > 12) std::swap(month, day);
            if (month <= 12) {
                const std::string y = t[i + 4].text.size() == 2 ? "20" + t[i + 4].text : t[i + 4].text;
                return Match{5, std::string(monthName(month)) + " " + ordinalWords(static_cast<unsigned>(day)) +
                                    ", " + yearSpoken(y),
                             "date"};
            }
        }
    }
    return std::nullopt;
}

std::optional<Match> decadeRule(const Tokens& t, std::size_t i) {
    // "1990s", "1990's", "'90s"
    const bool apostrophe = isSym(t, i, "'") || isSym(t, i, "\xE2\x80\x99");
    const std::size_t n = apostrophe ? i + 1 : i;
    if (!isKind(t, n, Kind::Number)) return std::nullopt;
    const std::string& d = t[n].text;
    const bool shape = apostrophe ? d.size() == 2 && d[1] == '0' : d.size() == 4 && d[3] == '0' && isYear(&t[n]);
    if (!shape) return std::nullopt;
    std::size_t end = n + 1;
    if (isKind(t, end, Kind::Word) && t[end].text == "s") {
        end += 1;
    } else if ((isSym(t, end, "'") || isSym(t, end, "\xE2\x80\x99")) && isKind(t, end + 1, Kind::Word) && t[end + 1].text == "s") {
        end += 2;
    } else {
        return std::nullopt;
    }
    return Match{end - i, decadeWords(d), "decade"};
}

}  // namespace readcast::english

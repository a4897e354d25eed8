// Dates, decades and times as a newsreader says them.

#include <vector>
#include <unicode/uchar.h>

#include <cctype>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "core/Months.hpp"
#include "text/NumberWords.hpp"
#include "text/english/NumberReading.hpp"
#include "text/english/Rules.hpp"
#include "text/english/Tables.hpp"

namespace readcast::english {

namespace {

bool isDayOrdinalSuffix(const Tokens& t, std::size_t i) { return isWordIn(t, i, {"st", "nd", "rd", "th"}); }

// Month word at i, with an optional dot after an abbreviation: returns month and tokens used. In any
// letter case ("mar", "MARCH") when `loose` (a day number stands beside it); capitalised otherwise.
std::optional<std::pair<int, std::size_t>> monthAt(const Tokens& t, std::size_t i, bool loose = false) {
    if (!isKind(t, i, Kind::Word) || (!loose && !isCapitalized(t[i].text))) return std::nullopt;
    // ("Signal No. 1 may be raised", "the 2 march on": in small letters, "may" and "march" are the verb and the noun.)
    if ((t[i].text == "may" || t[i].text == "march") && !(isKind(t, i + 1, Kind::Space) && isYear(tok(t, i + 2)))) return std::nullopt;
    const int m = monthFromName(t[i].text);
    if (m == 0) return std::nullopt;
    const bool abbreviated = t[i].text.size() <= 4 && lowerAscii(t[i].text) != "june" && lowerAscii(t[i].text) != "july";
    // "May" and "March" are also words: only a date when a day number follows (checked by callers).
    if (abbreviated && isSym(t, i + 1, ".")) return std::make_pair(m, std::size_t{2});
    return std::make_pair(m, std::size_t{1});
}

// What follows a number counts things ("to 12 people", "to 9 votes"): it is no day of a month.
bool countedAfter(const Tokens& t, std::size_t i) { return isKind(t, i, Kind::Space) && isPluralNounAt(t, i + 1); }

// A day number at i, with an optional ordinal suffix ("22nd"): the day and the tokens used.
std::optional<std::pair<int, std::size_t>> dayAt(const Tokens& t, std::size_t i) {
    auto day = smallInt(tok(t, i), 1, 31);
    if (!day || t[i].text.size() > 2) return std::nullopt;
    return std::make_pair(*day, isDayOrdinalSuffix(t, i + 1) ? std::size_t{2} : std::size_t{1});
}

// Two-digit years belong to the century they are nearest: "'97" is 1997, "'21" 2021.
std::string yearOf(const std::string& digits) {
    if (digits.size() != 2) return digits;
    return (toInt(digits) > 40 ? "19" : "20") + digits;
}

// The weekday's name of a date, "Sunday".
std::string weekdayOfDate(int year, int month, int day) {
    static const char* const kNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    const int weekday = weekdayOf(year, month, day);
    return weekday < 0 ? "" : kNames[weekday];
}

// "the twenty-first of August" (day first) or "August twenty-first" (month first), with its year.
std::string sayDate(int month, int day, const std::string& year, bool dayFirst) {
    std::string spoken = dayFirst ? "the " + ordinalWords(static_cast<unsigned>(day)) + " of " + monthName(month)
                                  : std::string(monthName(month)) + " " + ordinalWords(static_cast<unsigned>(day));
    if (!year.empty()) spoken += (dayFirst ? " " : ", ") + yearSpoken(year);
    return spoken;
}

// The dot of an abbreviated month that also ended the sentence ("on 12 Oct.") is kept.
std::string keepFinalDot(const Tokens& t, std::size_t end, std::string spoken) {
    if (end >= t.size() && end > 0 && isSym(t, end - 1, ".")) spoken += '.';
    return spoken;
}

}  // namespace

// A sentence of betting or of a cricket score, where "16/1", "13/2" and "17/2" are odds and runs for wickets, not days.
static bool speaksOfOddsOrScores(const Tokens& t) {
    return anyWordIn(t, {"odds", "bookmakers", "bookies", "punters", "price", "priced", "backed", "favourite", "favorite", "outsider", "bet",
                         "overs", "wickets", "wicket", "innings"});
}

std::optional<Match> dateRule(const Tokens& t, std::size_t i, bool dayFirst) {
    // "2081-09-18 BS", "2081/09/18 B.S.": a date of Nepal's Bikram Sambat calendar, its months their own, "the eighteenth of
    // Poush, twenty eighty-one B S" (not September, nor 2081 of the Gregorian years).
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() == 4 && (isSym(t, i + 1, "-") || isSym(t, i + 1, "/")) &&
        isKind(t, i + 2, Kind::Number) && digitsOnly(t[i + 2].text) && t[i + 2].text.size() <= 2 && isSym(t, i + 3, t[i + 1].text.c_str()) &&
        isKind(t, i + 4, Kind::Number) && digitsOnly(t[i + 4].text) && t[i + 4].text.size() <= 2 && isKind(t, i + 5, Kind::Space) &&
        isWordIn(t, i + 6, {"bs", "b.s", "b.s."})) {
        static const char* const kMonths[] = {"Baisakh", "Jestha", "Asar", "Shrawan", "Bhadra", "Ashwin",
                                              "Kartik", "Mangsir", "Poush", "Magh", "Falgun", "Chaitra"};
        const int month = toInt(t[i + 2].text), day = toInt(t[i + 4].text);
        if (month >= 1 && month <= 12 && day >= 1 && day <= 32) {
            // (The abbreviation's last dot stays where it ends the sentence.)
            const std::size_t end = i + 7;
            return Match{end - i, "the " + ordinalWords(day) + " of " + kMonths[month - 1] + ", " + yearSpoken(t[i].text) + " B S", "date"};
        }
    }
    // "pre-order by 31/10", "from 15/8": a day and a month without their year, after a word that dates, where the order
    // the story's English writes them in leaves no doubt (the day over twelve).
    // (Only where the day is written first, and not after "to", "and" or "from": odds, "shortened to 13/2", "from 16/1 to
    // 8/1", a side's "reduced to 17/2" and a US fraction, "fell by 1/16", have the same shape.)
    if (dayFirst && isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 2 && isSym(t, i + 1, "/") &&
        isKind(t, i + 2, Kind::Number) && digitsOnly(t[i + 2].text) && t[i + 2].text.size() <= 2 && !isSym(t, i + 3, "/") &&
        !isKind(t, i + 3, Kind::Number) && !isDash(t, i + 3) && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        isWordIn(t, i - 2, {"by", "on", "until", "till", "before", "after", "since", "dated"}) && !isWordIn(t, skip(t, i + 3), {"of"}) &&
        !speaksOfOddsOrScores(t)) {
        const int day = toInt(t[i].text), month = toInt(t[i + 2].text);
        if (day >= 13 && day <= 31 && month >= 1 && month <= 12) return Match{3, sayDate(month, day, "", dayFirst), "date"};
    }
    // "expiring 05/2027", "exp. 11/2027": a month and its year in figures, as a card or a batch prints them ("May twenty
    // twenty-seven"; no fraction has a year under its line).
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && (t[i].text.size() <= 2 || t[i].text.size() == 4) && isSym(t, i + 1, "/") &&
        isKind(t, i + 2, Kind::Number) &&
        digitsOnly(t[i + 2].text) && t[i + 2].text.size() == 4 && !isSym(t, i + 3, "/") && !isKind(t, i + 3, Kind::Word) && !isSym(t, i + 3, "-") &&
        (i == 0 || (!isSym(t, i - 1, "/") && !isSym(t, i - 1, "-") && !isKind(t, i - 1, Kind::Number)))) {
        const int month = toInt(t[i].text), year = toInt(t[i + 2].text);
        // (Two figures for the month, or a word of expiry before it; never a law's or a decree's number, "Ley 12/2023", "No.
        // 4/2026", "Decreto-ley 4/2026".)
        const std::size_t before = i >= 2 && isKind(t, i - 1, Kind::Space) ? i - 2 : t.size();
        const bool expiry = isWordIn(t, before, {"expires", "expiring", "expiry", "exp", "expiration", "until", "through", "valid", "thru"}) ||
                            anyWordIn(t, {"expiration", "expiry", "expires", "expiring", "expire", "exp", "valid", "use-by"});
        const bool numbered = before < t.size() && isKind(t, before, Kind::Word) &&
                              (isCapitalized(t[before].text) || isWordIn(t, before, {"no", "nos", "number", "law", "decree", "act", "ley", "lei",
                                                                                      "regulation", "directive", "resolution", "case", "order", "ruling",
                                                                                      "decision", "judgment", "judgement", "circular", "notice"}));
        // (Or two figures for the month, as a site's works or a contract's term are dated, "from 09/2026 to 06/2027", and no
        // abbreviation's dot before it, "No. 05/2024".)
        const bool twoFigures = t[i].text.size() == 2 && year >= 2000 && !(before < t.size() && isSym(t, before, "."));
        if (month >= 1 && month <= 12 && year >= 1950 && year <= 2099 && !numbered && (expiry || twoFigures)) {
            return Match{3, std::string(monthName(month)) + " " + yearSpoken(t[i + 2].text), "date"};
        }
        // ("the 2024/2025 season": two years that follow each other, a season's or a budget's span.)
        const int first = toInt(t[i].text);
        if (t[i].text.size() == 4 && first >= 1900 && year > first && year <= first + 2) {
            return Match{3, yearSpoken(t[i].text) + " to " + yearSpoken(t[i + 2].text), "date"};
        }
    }
    // "11-Mar-2025", "03-SEP-2024": a day, a month's short name and a year between hyphens, as a release's or a database's
    // date is printed.
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 2 && isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Word) &&
        isSym(t, i + 3, "-") && isKind(t, i + 4, Kind::Number) && isYear(&t[i + 4]) && !isSym(t, i + 5, "-") && !isKind(t, i + 5, Kind::Word)) {
        const int month = monthFromName(t[i + 2].text);
        const int day = toInt(t[i].text);
        if (month != 0 && day >= 1 && day <= 31) {
            // ("the 5-Jan-2025 deadline": the article is the sentence's already, not said twice.)
            std::string spoken = sayDate(month, day, t[i + 4].text, dayFirst);
            if (dayFirst && i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"the"})) spoken.erase(0, 4);
            return Match{5, spoken, "date"};
        }
    }
    // Month Day[, Year]: "Apr. 29, 2025", "April 26", "Jan. 11", "Dec 22nd", "mar 3 2019"
    if (auto month = monthAt(t, i, true)) {
        std::size_t j = skip(t, i + month->second);
        const bool capital = isCapitalized(t[i].text);
        if (auto day = dayAt(t, j); day && (capital || month->second == 2 || isYear(tok(t, skip(t, j + day->second))) ||
                                            day->second == 2)) {
            // (A colon after the day is a time's, "Feb. 1:30", unless nothing or a space follows it: "Correction, Jan. 10: …".)
            const std::size_t after = j + day->second;
            const bool timeColon = isSym(t, after, ":") && after + 1 < t.size() && isKind(t, after + 1, Kind::Number);
            if (!isKind(t, after, Kind::Word) && !timeColon) {
                // (British English says the month first as "March the tenth".)
                std::string spoken = std::string(monthName(month->first)) + (dayFirst ? " the " : " ") + ordinalWords(static_cast<unsigned>(day->first));
                std::size_t end = j + day->second;
                // "July 30-31", "Nov. 10 to 26": a range of days (two days running are one "and" the other: "May 1-2"
                // "May first and second")
                if (isDash(t, end)) {
                    if (auto last = smallInt(tok(t, end + 1), 1, 31); last && *last > day->first) {
                        spoken += (*last == day->first + 1 ? " and " : " to ") + std::string(dayFirst ? "the " : "") + ordinalWords(static_cast<unsigned>(*last));
                        end += 2;
                        if (isDayOrdinalSuffix(t, end)) ++end;  // "Oct 1st–3rd"
                    }
                } else if (isKind(t, end, Kind::Space) && isWordIn(t, end + 1, {"to", "through", "until", "till"}) &&
                           isKind(t, end + 2, Kind::Space) && !isKind(t, end + 4, Kind::Word) && !isSym(t, end + 4, ":") &&
                           !countedAfter(t, end + 4)) {
                    if (auto last = smallInt(tok(t, end + 3), 1, 31); last && *last > day->first && t[end + 3].text.size() <= 2) {
                        spoken += " " + lowerAscii(t[end + 1].text) + " " + ordinalWords(static_cast<unsigned>(*last));
                        end += 4;
                    }
                } else if (isKind(t, end, Kind::Space) && isWordIn(t, end + 1, {"and", "or"}) && isKind(t, end + 2, Kind::Space) &&
                           !isKind(t, end + 4, Kind::Word) && !isSym(t, end + 4, ":") && !countedAfter(t, end + 4) &&
                           // (What follows is no count: "June 3 and 4 percent".)
                           (!isKind(t, end + 4, Kind::Space) || isCapitalized(tok(t, end + 5) ? t[end + 5].text : "") ||
                            isWordIn(t, end + 5, {"at", "in", "on", "with", "when", "and", "for", "to", "the", "a", "will", "was",
                                                  "were", "is", "are", "from", "this", "next", "last", "respectively"}))) {
                    // "July 19 and 23": a second day of the same month.
                    if (auto other = smallInt(tok(t, end + 3), 1, 31); other && *other > day->first && t[end + 3].text.size() <= 2 &&
                        !isSym(t, end + 4, "%")) {
                        spoken += " " + lowerAscii(t[end + 1].text) + " " + ordinalWords(static_cast<unsigned>(*other));
                        end += 4;
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
        }
        // "Dec '23", "June ’24": a month and a short year.
        if (capital && (isSym(t, j, "'") || isSym(t, j, "\xE2\x80\x99")) && isKind(t, j + 1, Kind::Number) &&
            t[j + 1].text.size() == 2 && digitsOnly(t[j + 1].text) && !isKind(t, j + 2, Kind::Word)) {
            return Match{j + 2 - i, std::string(monthName(month->first)) + " " + yearSpoken(yearOf(t[j + 1].text)), "date"};
        }
        if (capital && isYear(tok(t, j))) {  // "August 1945"
            return Match{j + 1 - i, std::string(monthName(month->first)) + " " + yearSpoken(t[j].text), "date"};
        }
        // "Jan.-March", "June-Aug.": a range of months. ("Nov/Dec": an exam's sitting or a magazine's issue named by
        // both months, "November-December".)
        const std::size_t dash = i + month->second;
        const bool slash = isSym(t, dash, "/");
        if (capital && (isDash(t, dash) || slash)) {
            // (Not one month twice: "Jun-Jun" is a nickname.)
            // (Nor three months named together, "the October-November-December rains": a season's months, said as written.)
            const bool chained = (i >= 2 && isDash(t, i - 1) && monthAt(t, i - 2, true)) ||
                                 [&] {
                                     const auto last = monthAt(t, dash + 1, true);
                                     return last && isDash(t, dash + 1 + last->second) && monthAt(t, dash + 2 + last->second, true);
                                 }();
            if (auto last = monthAt(t, dash + 1, true); !chained && last && isCapitalized(t[dash + 1].text) && last->first != month->first) {
                std::size_t end = dash + 1 + last->second;
                std::string spoken = std::string(monthName(month->first)) + (slash ? "-" : " to ") + monthName(last->first);
                if (last->second == 2 && end >= t.size()) spoken += '.';  // its dot also ended the sentence
                return Match{end - i, spoken, "date"};
            }
        }
        // A lone abbreviated month: "in Sept.", "from Oct. to Jan." (not a name: "The award went to Jan.").
        const std::string before = lowerAscii(previousWord(t, i));
        bool monthEarlier = false;
        for (std::size_t k = 0; k + 2 < i && !monthEarlier; ++k) monthEarlier = monthAt(t, k).has_value();
        const bool timeWordBefore = before == "in" || before == "since" || before == "until" || before == "by" ||
                                    before == "from" || before == "of" || before == "before" || before == "after" ||
                                    before == "through" || before == "till" || before == "early" || before == "late" ||
                                    before == "mid" || before == "last" || before == "next" || before == "this" ||
                                    before == "during" || (before == "to" && monthEarlier) || i == 0;
        if (capital && month->second == 2 && timeWordBefore) {
            // Its dot stays where it may end the sentence; before a comma or a lower-case word it is only
            // the abbreviation's, and would swallow the comma's pause ("in Nov., the lowest").
            const std::size_t after = i + 2;
            const bool dotIsAbbreviation = isSym(t, after, ",") || isSym(t, after, ";") || isSym(t, after, ")") ||
                                           (isKind(t, after, Kind::Space) && isKind(t, after + 1, Kind::Word) &&
                                            std::islower(static_cast<unsigned char>(t[after + 1].text[0])));
            return Match{dotIsAbbreviation ? std::size_t{2} : std::size_t{1}, monthName(month->first), "date"};
        }
    }
    // Day [to day] Month [Year]: "29 Apr. 2025", "3 MARCH", "22nd Dec", "10-14 June", "18-20 Sept."
    if (auto day = dayAt(t, i)) {
        std::size_t j = i + day->second;
        std::optional<int> last;
        std::string joiner = " to the ";
        // ("the night of 23/24 June": two days joined by a slash, the night between them.)
        const bool nightOf = isSym(t, j, "/") && dayAt(t, j + 1) && dayAt(t, j + 1)->first == day->first + 1;
        if ((isDash(t, j) || nightOf) && dayAt(t, j + 1)) {
            last = dayAt(t, j + 1)->first;
            j += 1 + dayAt(t, j + 1)->second;
        } else if (isKind(t, j, Kind::Space) && isWordIn(t, j + 1, {"to", "until", "till"}) && isKind(t, j + 2, Kind::Space) && dayAt(t, j + 3) &&
                   dayAt(t, j + 3)->first > day->first && monthAt(t, skip(t, j + 3 + dayAt(t, j + 3)->second), true)) {
            // ("from 18 to 20 March": the first day's span written out, "the eighteenth to the twentieth of March".)
            joiner = " " + lowerAscii(t[j + 1].text) + " the ";
            last = dayAt(t, j + 3)->first;
            j += 3 + dayAt(t, j + 3)->second;
        } else {
            // "3 and 5 June", "1, 3 and 5 February": days of one month, the month after the last.
            std::size_t k = j;
            std::vector<int> more;
            while (isSym(t, k, ",") && isKind(t, k + 1, Kind::Space) && dayAt(t, k + 2) && more.size() < 6) {
                more.push_back(dayAt(t, k + 2)->first);
                k += 2 + dayAt(t, k + 2)->second;
            }
            if (isKind(t, k, Kind::Space) && isWordIn(t, k + 1, {"and", "or"}) && isKind(t, k + 2, Kind::Space) && dayAt(t, k + 3) &&
                monthAt(t, skip(t, k + 3 + dayAt(t, k + 3)->second), true)) {
                joiner.clear();
                for (int d : more) joiner += ", " + ordinalWords(static_cast<unsigned>(d));
                joiner += " " + lowerAscii(t[k + 1].text) + (more.empty() ? " the " : " ");
                last = dayAt(t, k + 3)->first;
                j = k + 3 + dayAt(t, k + 3)->second;
            } else if (more.empty() && isKind(t, k, Kind::Space) && isWordIn(t, k + 1, {"and", "or", "to", "until", "till"}) && isKind(t, k + 2, Kind::Space) &&
                       !weekdayName(tok(t, k + 3) ? t[k + 3].text : "").empty() && isKind(t, k + 4, Kind::Space) && dayAt(t, k + 5) &&
                       i >= 2 && !weekdayName(previousWord(t, i)).empty() &&
                       monthAt(t, skip(t, k + 5 + dayAt(t, k + 5)->second), true)) {
                // "Monday 5 and Friday 9 January", "from Monday 3 to Thursday 6 March": each day with its weekday, the month
                // after the last.
                // (The weekday said whole: "Sat 7 and Sun 8 Dec".)
                joiner = " " + lowerAscii(t[k + 1].text) + " " + weekdayName(t[k + 3].text) + " the ";
                last = dayAt(t, k + 5)->first;
                j = k + 5 + dayAt(t, k + 5)->second;
            }
        }
        const std::size_t m = skip(t, j);
        if (m > j || (isKind(t, m, Kind::Word) && day->second == 2)) {
            if (auto month = monthAt(t, m, true); month && (!last || *last > day->first)) {
                // "the 29 February 2000 leap day" already has its article.
                // (So does "the MPC's 6 November meeting", its possessive the article's place: "the MPC's sixth of November meeting".)
                const std::size_t before = i >= 2 && isKind(t, i - 1, Kind::Space) ? i - 2 : t.size();
                const bool article = isWordIn(t, before, {"the", "its", "their", "his", "our"}) ||
                                     (before < t.size() && isKind(t, before, Kind::Word) && isPossessive(t[before].text)) ||
                                     (before < t.size() && before >= 1 && (isSym(t, before, "'") || isSym(t, before, "\xE2\x80\x99")) &&
                                      isKind(t, before - 1, Kind::Word) && t[before - 1].text.back() == 's');
                std::string spoken = (article ? "" : "the ") + ordinalWords(static_cast<unsigned>(day->first));
                if (last) spoken += joiner + ordinalWords(static_cast<unsigned>(*last));
                spoken += std::string(" of ") + monthName(month->first);
                std::size_t end = m + month->second;
                const std::size_t k = skip(t, end);
                if (isYear(tok(t, k))) {
                    spoken += ", " + yearSpoken(t[k].text);
                    end = k + 1;
                }
                return Match{end - i, keepFinalDot(t, end, spoken), "date"};
            }
        }
    }
    // ISO: 2025-04-29
    if (isYear(tok(t, i)) && isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Number) && t[i + 2].text.size() == 2 &&
        isSym(t, i + 3, "-") && isKind(t, i + 4, Kind::Number) && t[i + 4].text.size() == 2) {
        const int m = toInt(t[i + 2].text), d = toInt(t[i + 4].text);
        if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return Match{5, sayDate(m, d, t[i].text, false), "date"};
    }
    // Dotted, day first: "21.08.2024", and unpadded as continental Europe writes it in an English story, "published on
    // 3.12.2026" (one number token; no version's number, "version 3.12.2026", "1.4.2025.3").
    if (isKind(t, i, Kind::Number) && std::count(t[i].text.begin(), t[i].text.end(), '.') == 2 &&
        !isWordIn(t, i >= 2 && isKind(t, i - 1, Kind::Space) ? i - 2 : t.size(), {"version", "v", "build", "release", "firmware", "update", "patch", "ver"}) &&
        !(isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Number))) {
        const std::string& s = t[i].text;
        const std::size_t a = s.find('.'), b = s.find('.', a + 1);
        const std::string day = s.substr(0, a), month = s.substr(a + 1, b - a - 1), year = s.substr(b + 1);
        if (!day.empty() && day.size() <= 2 && !month.empty() && month.size() <= 2 && year.size() == 4 && digitsOnly(day) && digitsOnly(month) &&
            digitsOnly(year)) {
            const int d = toInt(day), m = toInt(month), y = toInt(year);
            // (A day the month has, in a year of dates: "NT 6.1.7601" is a build's number, "30.2.2025" none.)
            static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            if (m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1] && y >= 1800 && y <= 2099) return Match{1, sayDate(m, d, year, true), "date"};
        }
    }
    // Dotted with the year in two figures, as a post's caption writes a wedding's day: "9.14.24", "14.9.24". Only where the
    // figures tell the order (one of them over twelve) and no version is named before it ("version 1.14.24").
    if (isKind(t, i, Kind::Number) && std::count(t[i].text.begin(), t[i].text.end(), '.') == 2 && t[i].text.size() >= 6 && t[i].text.size() <= 8 &&
        !isKind(t, i + 1, Kind::Word) && !isSym(t, i + 1, ".") && (i == 0 || !isKind(t, i - 1, Kind::Word)) &&
        // (Nor after a name, a product's version: "Kubernetes 1.28.13", "Clause 4.13.20".)
        !(i >= 2 && isKind(t, i - 2, Kind::Word) && std::isupper(static_cast<unsigned char>(t[i - 2].text[0]))) &&
        !isWordIn(t, i >= 2 ? i - 2 : t.size(), {"version", "v", "release", "build", "update", "firmware", "ios", "android", "macos",
                                                 "python", "node", "patch", "kernel", "linux", "chrome", "firefox", "rel",
                                                 // (nor a race's time, "clocked 2.15.27")
                                                 "in", "clocked", "time", "timed", "at", "of", "was", "is"})) {
        const std::string& s = t[i].text;
        const std::size_t a = s.find('.'), b = s.find('.', a + 1);
        const std::string first = s.substr(0, a), second = s.substr(a + 1, b - a - 1), year = s.substr(b + 1);
        if (!first.empty() && !second.empty() && first.size() <= 2 && second.size() <= 2 && year.size() == 2 && digitsOnly(first) && digitsOnly(second) && digitsOnly(year) &&
            first[0] != '0' && second[0] != '0' && toInt(year) <= 39) {
            const int x = toInt(first), y = toInt(second);
            const bool monthFirst = x >= 1 && x <= 12 && y > 12 && y <= 31, dayFirstHere = y >= 1 && y <= 12 && x > 12 && x <= 31;
            if (monthFirst || dayFirstHere) {
                return Match{1, sayDate(monthFirst ? x : y, monthFirst ? y : x, "20" + year, dayFirstHere), "date"};
            }
        }
    }
    // Slashes: 4/29/2025, 09/14/21 (month first unless the locale or the numbers say otherwise); a
    // day-first locale also says the day first: "the first of April". Hyphens with a year of four
    // figures too: "1-2-2025" (a score or a span has no third number).
    if (auto a = smallInt(tok(t, i), 1, 31); a && isSym(t, i + 1, "-") && (i == 0 || !isSym(t, i - 1, "-")) &&
                                             t[i].text.size() <= 2) {
        if (auto b = smallInt(tok(t, i + 2), 1, 31); b && t[i + 2].text.size() <= 2 && isSym(t, i + 3, "-") &&
                                                   isKind(t, i + 4, Kind::Number) && isYear(&t[i + 4]) && !isSym(t, i + 5, "-")) {
            int month = *a, day = *b;
            if ((dayFirst && *b <= 12) || *a > 12) std::swap(month, day);
            if (month <= 12) return Match{5, sayDate(month, day, t[i + 4].text, dayFirst), "date"};
        }
    }
    if (auto a = smallInt(tok(t, i), 1, 31); a && isSym(t, i + 1, "/")) {
        if (auto b = smallInt(tok(t, i + 2), 1, 31); b && isSym(t, i + 3, "/") && isKind(t, i + 4, Kind::Number) &&
                                                   (t[i + 4].text.size() == 4 || t[i + 4].text.size() == 2)) {
            int month = *a, day = *b;
            if ((dayFirst && *b <= 12) || *a > 12) std::swap(month, day);
            // ("Sunday 09/03/2025": the weekday named before it says which order, whatever the region.)
            // (With its comma too: "Thursday, 04/03/2025".)
            const std::size_t dayAt = i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ",") ? i - 2 : i;
            if (const std::string weekday = dayAt >= 2 ? weekdayName(previousWord(t, dayAt)) : ""; !weekday.empty() && *a <= 12 && *b <= 12 && *a != *b) {
                const std::string year = yearOf(t[i + 4].text);
                const auto named = [&](int m, int d) { return !year.empty() && weekdayOfDate(toInt(year), m, d) == weekday; };
                if (named(*b, *a)) month = *b, day = *a;
                else if (named(*a, *b)) month = *a, day = *b;
            }
            if (month <= 12) return Match{5, sayDate(month, day, yearOf(t[i + 4].text), dayFirst), "date"};
        }
        // Without the year, only where a day is named: "on 3/15", "Wed 4/2", "by 15/3" (else "3/4" is a fraction).
        const std::string before = previousWord(t, i);
        // ("by 1/5" and "since 1/3" are changes by a fraction as often; "9/11" and "24/7" are names.)
        // A period's end ("the week to 14/9", "the year ending 3/31") names a day too; so does a span whose
        // other end can be no fraction ("from 1/7 to 30/9": no thirty ninths).
        const auto unambiguous = [&](std::size_t k) {
            const auto x = smallInt(tok(t, k), 1, 31), y = smallInt(tok(t, k + 2), 1, 31);
            return x && y && isSym(t, k + 1, "/") && t[k].text.size() <= 2 && t[k + 2].text.size() <= 2 &&
                   (dayFirst ? *x > 12 && *y <= 12 : *y > 12 && *x <= 12);
        };
        // "(1/1–3/31)", "4/1-6/30": a span of two days, written short, where one end can be no fraction ("3/31": no
        // thirty-first parts).
        if (isDash(t, i + 3) && isKind(t, i + 4, Kind::Number) && isSym(t, i + 5, "/") && isKind(t, i + 6, Kind::Number) &&
            !isSym(t, i + 7, "/") && !isKind(t, i + 7, Kind::Word) && t[i].text.size() <= 2 && t[i + 2].text.size() <= 2 &&
            (unambiguous(i) || unambiguous(i + 4))) {
            const auto b = smallInt(tok(t, i + 2), 1, 31), c = smallInt(tok(t, i + 4), 1, 31), d = smallInt(tok(t, i + 6), 1, 31);
            // (Not a span of fractions, "3/16-5/16 inch": the same parts of an inch, halves to sixty-fourths.)
            const bool fractions = b && d && *b == *d && (*b == 2 || *b == 4 || *b == 8 || *b == 16 || *b == 32);
            if (b && c && d && !fractions) {
                int m1 = *a, d1 = *b, m2 = *c, d2 = *d;
                if (dayFirst) std::swap(m1, d1), std::swap(m2, d2);
                if (m1 <= 12 && m2 <= 12) return Match{7, sayDate(m1, d1, "", dayFirst) + " to " + sayDate(m2, d2, "", dayFirst), "date"};
            }
        }
        const bool periodEnd = isWordIn(t, i >= 2 ? i - 2 : t.size(), {"to", "ending", "ended"}) &&
                               isWordIn(t, i >= 4 ? i - 4 : t.size(), {"week", "weeks", "month", "months", "year", "quarter", "fortnight",
                                                                       "period", "season", "days"});
        const bool spanFrom = isWordIn(t, i >= 2 ? i - 2 : t.size(), {"from", "between"}) && isKind(t, i + 3, Kind::Space) &&
                              isWordIn(t, i + 4, {"to", "and", "until"}) && isKind(t, i + 5, Kind::Space) && unambiguous(i + 6);
        const bool spanTo = isWordIn(t, i >= 2 ? i - 2 : t.size(), {"to", "and", "until"}) && i >= 8 && isKind(t, i - 7, Kind::Space) &&
                            isWordIn(t, i - 8, {"from", "between"}) && (unambiguous(i) || unambiguous(i - 6));
        const bool dayWord = (weekdays().count(before) != 0 || periodEnd || spanFrom || spanTo ||
                              isWordIn(t, i >= 2 ? i - 2 : t.size(), {"on", "until", "monday", "tuesday", "wednesday", "thursday",
                                                                       "friday", "saturday", "sunday", "available", "effective",
                                                                       "starting", "beginning", "due", "expires", "expiring"}) ||
                              // ("on the 10/29 call", "the 3/14 meeting": a date that names an event after "the", unambiguous as one.)
                              (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"the"}) && unambiguous(i) && isKind(t, i + 3, Kind::Space) &&
                               isWordIn(t, i + 4, {"call", "meeting", "hearing", "vote", "election", "deadline", "session", "attack",
                                                   "shooting", "storm", "fire", "raid", "primary", "debate", "announcement", "report",
                                                   "release", "launch", "game", "match", "event", "rally", "protest", "letter", "memo"}))) &&
                             !(t[i].text == "9" && t[i + 2].text == "11") && !(t[i].text == "24" && t[i + 2].text == "7") && !speaksOfOddsOrScores(t);
        if (auto b = smallInt(tok(t, i + 2), 1, 31); b && dayWord && !isSym(t, i + 3, "/") && !isKind(t, i + 3, Kind::Word) &&
                                                   !isWordIn(t, skip(t, i + 3), {"of"}) &&
                                                   t[i + 2].text.size() <= 2 && t[i].text.size() <= 2) {
            int month = *a, day = *b;
            if ((dayFirst && *b <= 12) || *a > 12) std::swap(month, day);
            if (month <= 12) return Match{3, sayDate(month, day, "", dayFirst), "date"};
        }
    }
    // Weekday ranges: "Monday-Friday", "Tue-Sun", "Mon.-Fri.".
    if (isKind(t, i, Kind::Word) && isSym(t, i + 1, ".") && isDash(t, i + 2) && isKind(t, i + 3, Kind::Word) &&
        weekdays().count(t[i].text) != 0 && weekdays().count(t[i + 3].text) != 0) {
        const std::size_t end = isSym(t, i + 4, ".") ? i + 5 : i + 4;
        const bool sentenceEnd = end == i + 5 && (end >= t.size() || (isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Word) &&
                                                                     isCapitalized(t[end + 1].text)));
        return Match{end - i, weekdays().at(t[i].text) + " to " + weekdays().at(t[i + 3].text) + (sentenceEnd ? "." : ""),
                     "date"};
    }
    if (isKind(t, i, Kind::Word) && isDash(t, i + 1) && isKind(t, i + 2, Kind::Word)) {
        const std::string from = weekdayName(t[i].text), to = weekdayName(t[i + 2].text);
        if (!from.empty() && !to.empty()) return Match{3, from + " to " + to, "date"};
    }
    // Eras: "AD 79", "44 BC", "500 BCE".
    // ("AD 1215" is said like a year, "A-D twelve fifteen".)
    if (isWordIn(t, i, {"ad"}) && t[i].text == "AD" && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number)) {
        const auto sayYear = [](const std::string& digits) {
            const bool yearLike = digits.size() == 4 && digitsOnly(digits) && digits[0] != '0';
            return yearLike ? yearWords(toInt(digits)) : wholeWords(digits);
        };
        // ("AD 306–337", "AD 770-880": a reign's or an era's span, "to" the second year.)
        if (isDash(t, i + 3) && isKind(t, i + 4, Kind::Number) && digitsOnly(t[i + 2].text) && digitsOnly(t[i + 4].text) &&
            t[i + 4].text.size() <= 4 && toInt(t[i + 4].text) > toInt(t[i + 2].text)) {
            return Match{5, "A-D " + sayYear(t[i + 2].text) + " to " + sayYear(t[i + 4].text), "date"};
        }
        return Match{3, "A-D " + sayYear(t[i + 2].text), "date"};
    }
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) &&
        (t[i + 2].text == "BC" || t[i + 2].text == "BCE" || t[i + 2].text == "CE" || t[i + 2].text == "AD" ||
         t[i + 2].text == "B.C." || t[i + 2].text == "A.D.")) {
        std::string era = t[i + 2].text;
        std::string spelled;
        for (char c : era) {
            if (c == '.') continue;
            spelled += (spelled.empty() ? "" : c == 'D' && spelled.back() == '-' ? "" : " ") + std::string(1, c);
            if (c == 'A') spelled += '-';
        }
        // "753 BC" is said like a year, "seven fifty-three", not as a count.
        const std::string& digits = t[i].text;
        const bool yearLike = digits.size() <= 4 && digitsOnly(digits);
        return Match{3, (yearLike ? yearWords(toInt(digits)) : wholeWords(digits)) + " " + spelled, "date"};
    }
    return std::nullopt;
}

std::optional<Match> decadeRule(const Tokens& t, std::size_t i) {
    // "1990s", "1990's", "'90s"
    const bool apostrophe = isSym(t, i, "'") || isSym(t, i, "\xE2\x80\x99");
    const std::size_t n = apostrophe ? i + 1 : i;
    if (!isKind(t, n, Kind::Number)) return std::nullopt;
    const std::string& d = t[n].text;
    // ("a 10s time penalty": a race's seconds, the unit rule's, no decade.)
    if (!apostrophe && d.size() == 2 && isWordIn(t, n + 1, {"s"}) && i >= 2 && isWordIn(t, i - 2, {"a", "another", "extra"}) && isKind(t, n + 2, Kind::Space) &&
        isWordIn(t, n + 3, {"time", "penalty", "gap", "lead", "advantage", "deficit", "margin", "stop", "pit", "delay", "drive-through"})) {
        return std::nullopt;
    }
    // "2023's highest-grossing release": a year in the possessive.
    const bool possessive = (isSym(t, n + 1, "'") || isSym(t, n + 1, "\xE2\x80\x99")) && isKind(t, n + 2, Kind::Word) &&
                            t[n + 2].text == "s" && !isKind(t, n + 3, Kind::Word);
    if (!apostrophe && possessive && d.size() == 4 && d[3] != '0' && isYear(&t[n])) {
        return Match{3, yearSpoken(d) + t[n + 1].text + "s", "year"};
    }
    // ("exceed 2020's record": a round year in the possessive, after a verb and before its noun; "the 1990's
    // music", "in 1980's America" are decades written with an apostrophe.)
    if (!apostrophe && possessive && d.size() == 4 && isYear(&t[n]) && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) &&
        std::islower(static_cast<unsigned char>(t[i - 2].text[0])) &&
        !isWordIn(t, i - 2, {"the", "in", "early", "late", "mid", "of", "during", "since", "through", "throughout", "from", "by", "a",
                             "until", "into", "to", "like", "and", "or"}) &&
        // (Before what a single year has: its record, its total, its election; "1980's music" is the decade's.)
        isKind(t, n + 3, Kind::Space) &&
        isWordIn(t, n + 4, {"record", "high", "low", "level", "levels", "peak", "total", "totals", "election", "budget", "season",
                            "result", "results", "figure", "figures", "tally", "turnout", "count", "census", "champion", "champions",
                            "winner", "winners", "final", "edition", "class", "draft", "mark", "pace", "numbers", "forecast",
                            "loss", "losses", "profit", "revenue", "sales", "deficit", "surplus", "harvest", "outbreak", "storm"})) {
        return Match{3, yearSpoken(d) + t[n + 1].text + "s", "year"};
    }
    // "a 2019-built ship", "a 2010-made car", "2022-registered vehicles": the year something was made, said as a year.
    if (!apostrophe && d.size() == 4 && isYear(&t[n]) && isSym(t, n + 1, "-") && isKind(t, n + 2, Kind::Word) && !isKind(t, n + 3, Kind::Number) &&
        !isSym(t, n + 3, "-")) {
        const std::string& made = t[n + 2].text;
        if (made == "built" || made == "made" || made == "born" || made == "vintage" || made == "style" || made == "era" ||
            (made.size() >= 6 && made.ends_with("ed") && std::islower(static_cast<unsigned char>(made[0])))) {
            return Match{3, yearSpoken(d) + "-" + made, "year"};
        }
    }
    // "the spread between 2s and 10s", "5s and 30s": bonds named by their years, a figure in the plural beside another
    // ("twos and tens"; a lone "2s" is no word).
    if (!apostrophe && d.size() == 1 && isKind(t, n + 1, Kind::Word) && t[n + 1].text == "s" && !isKind(t, n + 2, Kind::Word)) {
        // (Joined to it by "and", "or", "vs": "8s" alone is seconds, "a 5s penalty".)
        const auto pluralFigure = [&](std::size_t k) {
            return k < t.size() && isKind(t, k, Kind::Number) && digitsOnly(t[k].text) && t[k].text.size() <= 2 && isKind(t, k + 1, Kind::Word) &&
                   t[k + 1].text == "s";
        };
        const auto joint = [&](std::size_t k) { return isWordIn(t, k, {"and", "or", "vs", "versus"}); };
        const bool other = (isKind(t, n + 2, Kind::Space) && joint(n + 3) && isKind(t, n + 4, Kind::Space) && pluralFigure(n + 5)) ||
                           (n >= 5 && isKind(t, n - 1, Kind::Space) && joint(n - 2) && isKind(t, n - 3, Kind::Space) && pluralFigure(n - 5));
        if (other) {
            const std::string one = cardinalWords(static_cast<unsigned>(toInt(d)));
            return Match{2, one + (one == "six" ? "es" : "s"), "number"};
        }
    }
    // "the 50s" too: two digits and an "s" glued on.
    const bool shape = apostrophe ? d.size() == 2
                                  : (d.size() == 4 && d[3] == '0' && isYear(&t[n]) && d != "1000") ||
                                        (d.size() == 2 && d[1] == '0' && d[0] != '0' && isKind(t, n + 1, Kind::Word) &&
                                         t[n + 1].text == "s");
    if (!shape) return std::nullopt;
    std::size_t end = n + 1;
    if (isKind(t, end, Kind::Word) && t[end].text == "s") {
        end += 1;
    } else if ((isSym(t, end, "'") || isSym(t, end, "\xE2\x80\x99")) && isKind(t, end + 1, Kind::Word) && t[end + 1].text == "s") {
        end += 2;
    } else if (apostrophe && d.size() == 2 && !isKind(t, end, Kind::Word)) {
        // "class of '97"; "in '09" is "oh-nine".
        const unsigned year = static_cast<unsigned>(toInt(d));
        return Match{end - i, d[0] == '0' ? "oh-" + cardinalWords(year) : cardinalWords(year), "year"};
    } else {
        return std::nullopt;
    }
    return Match{end - i, decadeWords(d), "decade"};
}

}  // namespace readcast::english

#pragma once
// A date written in figures, day first, as the languages of continental Europe write it ("25/11",
// "02/12/2024", "15/03/2025"): eSpeak NG says the figures and their slashes ("quinze barra zero três");
// a newsreader says the day and the month's name ("15 de março de 2025", "25 novembre").
//
//   numericDate("le 02/12/2024", 3, frenchDates, spoken)   // spoken == "2 décembre 2024", returns 13

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace readcast {

struct NumericDateStyle {
    std::array<std::string_view, 12> months;  // "janvier" … "décembre"
    std::string_view firstDay;                // the first of the month: "1er", "primo"; empty: the figure
    std::string_view beforeMonth;             // "de": "15 de março"; empty: "15 mars"
    std::string_view beforeYear;              // "de": "de 2025"; empty: "mars 2025"
    // Words after which a day and a month of one digit are a date, not a fraction: "dal 15/7", "el 3/5".
    std::vector<std::string_view> leadWords = {};
    // The words of a span of days: "dal" and "al", "2-13 dicembre" is "dal 2 al 13 dicembre"; empty: none.
    std::string_view spanFrom = {};
    std::string_view spanTo = {};
    std::string_view spanAnd = {};  // two days in a row after an article: "les 5-6 juin" is "les 5 et 6 juin"
};

// When a day and a month in two digits ("1/3" is a third, unless a lead word comes before it), perhaps a
// four-digit year, start at `i`,
// sets `spoken` (the day and the year stay figures, which eSpeak NG says in the language) and returns
// where the date ends; otherwise returns `i`.
std::size_t numericDate(const std::string& text, std::size_t i, const NumericDateStyle& style, std::string& spoken);

// When a month and its year in figures start at `i`, "09/2026", "06/2027" (a site's works, a contract's term, a card's
// expiry written in full), sets `spoken` to the month's name and the year, "September 2026" ("septiembre de 2026" with the
// style's `beforeYear`), and returns where it ends; otherwise returns `i`. The month in two figures, the year a
// twentieth- or twenty-first-century one: "1/2000" is a fraction.
std::size_t monthAndYear(const std::string& text, std::size_t i, const std::array<std::string_view, 12>& months,
                         std::string_view beforeYear, std::string& spoken);

// Whether a day of a month starts at `at`: its figure (the first written as an ordinal too, "1er", "1º",
// "1.º"), then its month by name or short ("déc.", "14 de dic."; or a lexicon word, which the lexicon may
// have made of the short month) after the style's `beforeMonth`, or in figures after one of `separators`
// ("3/6"). What a weekday written short before it needs to be one ("sam. 14 déc.").
bool dayOfMonthAt(const std::string& text, std::size_t at, const NumericDateStyle& style, std::string_view separators);

// When a span of days before their month ("2-13 dicembre", "2–13 de diciembre") starts at `i`, sets
// `spoken` to it with the style's span words ("dal 2 al 13"; "2 al 13" after "dal"), or a day written
// with a leading nought ("06 de março") to its figure alone, and returns where the (second) day ends;
// otherwise returns `i`. eSpeak NG reads the hyphen as a minus or not at all, and says the nought.
std::size_t daysBeforeMonthAt(const std::string& text, std::size_t i, const NumericDateStyle& style, std::string& spoken);

}  // namespace readcast

#include "text/RaceTime.hpp"

#include <algorithm>
#include <cctype>

#include "core/Ascii.hpp"

namespace readcast {
namespace {

std::size_t digitsAt(const std::string& text, std::size_t k, std::size_t most) {
    std::size_t e = k;
    while (e < text.size() && isAsciiDigit(text[e]) && e - k < most) ++e;
    return e;
}

// The length of a minutes' mark at k ("'", "′", "’"), or 0.
std::size_t minuteMark(const std::string& text, std::size_t k) {
    if (k < text.size() && text[k] == '\'' && !(k + 1 < text.size() && text[k + 1] == '\'')) return 1;
    // (Not two curled apostrophes, "1’15’’": the seconds' mark as French pages curl it.)
    if (text.compare(k, 3, "\xE2\x80\xB2") == 0 || (text.compare(k, 3, "\xE2\x80\x99") == 0 && text.compare(k + 3, 3, "\xE2\x80\x99") != 0)) return 3;
    return 0;
}

// The length of a seconds' mark at k ("\"", "''", "″"), or 0.
std::size_t secondMark(const std::string& text, std::size_t k) {
    if (k < text.size() && text[k] == '"') return 1;
    if (text.compare(k, 2, "''") == 0) return 2;
    if (text.compare(k, 6, "\xE2\x80\x99\xE2\x80\x99") == 0) return 6;
    // (Not "”": "in 3”" closes a quotation.)
    if (text.compare(k, 3, "\xE2\x80\xB3") == 0) return 3;
    return 0;
}

std::string counted(std::string_view figures, const std::array<std::string_view, 2>& unit, const RaceTimeStyle& style) {
    while (figures.size() > 1 && figures[0] == '0') figures.remove_prefix(1);
    if (figures == "1") return std::string(unit[0]);
    if (figures == "2" && &unit == &style.hour && !style.twoHours.empty()) return std::string(style.twoHours);
    const std::string said = style.count ? style.count(std::stoi(std::string(figures))) : "";
    return (said.empty() ? std::string(figures) : said) + " " + std::string(unit[1]);
}

// "21:30:00 horas", "a las 10:43:25 hora local", "às 17:00:00", "à 10:43:25": a clock read to the second,
// as an official notice or a seismologist's report gives it, by its word after or before.
bool clockWordAround(const std::string& text, std::size_t start, std::size_t k) {
    if (k < text.size() && text[k] == ' ') {
        std::size_t e = k + 1;
        while (e < text.size() && isWordByte(text[e])) ++e;
        const std::string word = text.substr(k + 1, e - k - 1);
        for (const char* w : {"h", "hs", "hrs", "hora", "horas", "heure", "heures", "ora", "ore", "Uhr", "uur", "hours", "GMT", "UTC"}) {
            if (word == w) return true;
        }
    }
    if (start < 2 || text[start - 1] != ' ') return false;
    std::size_t b = start - 1;
    while (b > 0 && isWordByte(text[b - 1])) --b;
    const std::string before = text.substr(b, start - 1 - b);
    for (const char* w : {"las", "\xC3\xA0s", "as", "alle", "dalle", "delle", "\xC3\xA0", "vers", "um", "at", "ore", "hasta", "desde"}) {
        if (before == w) return true;
    }
    return false;
}

}  // namespace

std::size_t raceTimeAt(const std::string& text, std::size_t i, const RaceTimeStyle& style, std::string& spoken) {
    if (!isAsciiDigit(text[i]) || (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ',' || text[i - 1] == ':'))) return i;
    std::vector<std::string> parts;
    bool seconds = false;  // (hundredths follow only seconds)
    std::size_t e = digitsAt(text, i, 2);
    std::size_t k = e;
    // "2:05:30", a time with its seconds: a duration, as no clock is read to the second ("2:05" alone is one).
    if (k + 5 < text.size() && text[k] == ':' && digitsAt(text, k + 1, 2) == k + 3 && text[k + 3] == ':' &&
        digitsAt(text, k + 4, 2) == k + 6 && (k + 6 >= text.size() || (!isAsciiDigit(text[k + 6]) && text[k + 6] != ':')) &&
        !clockWordAround(text, i, k + 6)) {
        // (A part that is nought is not said: "2:07:00" is two hours and seven minutes.)
        const bool noMinutes = text.compare(k + 1, 2, "00") == 0, noSeconds = text.compare(k + 4, 2, "00") == 0;
        if (text.compare(i, e - i, std::string(e - i, '0')) != 0) parts.push_back(counted(std::string_view(text).substr(i, e - i), style.hour, style));
        if (!noMinutes || parts.empty()) parts.push_back(counted(std::string_view(text).substr(k + 1, 2), style.minute, style));
        const bool fraction = k + 7 < text.size() && (text[k + 6] == '.' || text[k + 6] == ',') && isAsciiDigit(text[k + 7]);
        if (!noSeconds || fraction) parts.push_back(counted(std::string_view(text).substr(k + 4, 2), style.second, style));
        e = k + 6;
        // (Its tenths or hundredths after a decimal sign: "2:05:30.4".)
        if (e + 1 < text.size() && (text[e] == '.' || text[e] == ',') && isAsciiDigit(text[e + 1])) {
            const std::size_t f = digitsAt(text, e + 1, 3);
            if (f >= text.size() || !isAsciiDigit(text[f])) {
                parts.push_back(std::string(text.substr(e + 1, f - e - 1)) + " " + std::string(style.fractions[f - e - 2]));
                e = f;
            }
        }
    } else if (k + 1 < text.size() && text[k] == 'h' && isAsciiDigit(text[k + 1]) && text.compare(digitsAt(text, k + 1, 2), 3, "min") == 0) {
        // "2h21min5s": hours, minutes and seconds each with its unit's letters. (Without its seconds,
        // "às 10h15min" is as often the time of day.)
        const std::size_t m = digitsAt(text, k + 1, 2);
        const std::size_t s = digitsAt(text, m + 3, 2);
        if (s == m + 3 || s >= text.size() || text[s] != 's') return i;
        parts.push_back(counted(std::string_view(text).substr(i, e - i), style.hour, style));
        parts.push_back(counted(std::string_view(text).substr(k + 1, m - k - 1), style.minute, style));
        parts.push_back(counted(std::string_view(text).substr(m + 3, s - m - 3), style.second, style));
        e = s + 1;
    } else if (k + 1 < text.size() && text[k] == 'h' && isAsciiDigit(text[k + 1])) {
        // Hours: "4h12'…"
        const std::size_t m = digitsAt(text, k + 1, 2);
        const std::size_t mark = minuteMark(text, m);
        if (m - k - 1 != 2 || mark == 0) return i;
        parts.push_back(counted(std::string_view(text).substr(i, e - i), style.hour, style));
        parts.push_back(counted(std::string_view(text).substr(k + 1, 2), style.minute, style));
        k = m + mark;
        e = k;
        const std::size_t s = digitsAt(text, k, 2);
        if (s - k == 2 && secondMark(text, s) != 0) {
            parts.push_back(counted(std::string_view(text).substr(k, 2), style.second, style));
            e = s + secondMark(text, s);
            seconds = true;
        }
    } else if (const std::size_t mark = minuteMark(text, k); mark != 0) {
        // Minutes and seconds: "1'05\"" (a minute alone, "al 45'", is a match's minute, not read here).
        const std::size_t s = digitsAt(text, k + mark, 2);
        if (s - k - mark != 2 || secondMark(text, s) == 0) return i;
        parts.push_back(counted(std::string_view(text).substr(i, e - i), style.minute, style));
        parts.push_back(counted(std::string_view(text).substr(k + mark, 2), style.second, style));
        e = s + secondMark(text, s);
        seconds = true;
    } else if (const std::size_t mark = secondMark(text, k); mark != 0) {
        // A lone "12\"": after a word that gives a gap or a time, and not the end of a quotation.
        std::size_t w = i;
        if (w < 2 || text[w - 1] != ' ') return i;
        std::size_t ws = w - 1;
        while (ws > 0 && isWordByte(text[ws - 1])) --ws;
        const std::string word = text.substr(ws, w - 1 - ws);
        if (std::find(style.beforeSeconds.begin(), style.beforeSeconds.end(), word) == style.beforeSeconds.end()) return i;
        // (Quotation marks only: a double quote right after a figure is a mark of seconds or inches. A curly
        // quotation still open counts too: "“Perdimos en 2\"".)
        std::size_t quotes = 0;
        for (std::size_t q = 0; q < i; ++q) quotes += text[q] == '"' && !(q > 0 && isAsciiDigit(text[q - 1])) ? 1 : 0;
        const std::size_t opened = text.rfind("\xE2\x80\x9C", i), closed = text.rfind("\xE2\x80\x9D", i);
        if (quotes % 2 != 0 || (opened != std::string::npos && (closed == std::string::npos || closed < opened))) return i;
        // (Seconds alone are under a minute, and a screen's inches follow the same words, "di 65\"", "de 6\"": a
        // lone mark counts only with its hundredths, "9\"58", or before a word of a gap, "di 12\" su Rossi".)
        const std::size_t after = k + mark;
        const bool hundredths = after < text.size() && isAsciiDigit(text[after]);
        const std::string next = after + 1 < text.size() && text[after] == ' ' ? text.substr(after + 1, 12) : "";
        bool gap = false;
        // (Not "da", "del", "de": "un televisore di 55\" da 400 euro" is a screen.)
        for (const char* w : {"su ", "sul ", "sulla ", "di vantaggio", "di ritardo", "sobre ", "de ventaja", "de retraso", "sur ",
                              "d'avance", "de retard", "de vantagem", "de atraso"}) {
            gap = gap || next.rfind(w, 0) == 0;
        }
        if (std::stoi(text.substr(i, e - i)) > 59 || (!hundredths && !gap)) return i;
        parts.push_back(counted(std::string_view(text).substr(i, e - i), style.second, style));
        e = k + mark;
        seconds = true;
    } else {
        return i;
    }
    // Hundredths after the seconds: "1'12\"34".
    if (seconds) {
        const std::size_t f = digitsAt(text, e, 3);
        if (f > e && (f >= text.size() || !isWordByte(text[f]))) {
            parts.push_back(std::string(text.substr(e, f - e)) + " " + std::string(style.fractions[f - e - 1]));
            e = f;
        }
    }
    if (e < text.size() && isWordByte(text[e])) return i;
    spoken.clear();
    for (std::size_t p = 0; p < parts.size(); ++p) {
        if (p > 0) spoken += p + 1 == parts.size() ? " " + std::string(style.and_) + " " : ", ";
        spoken += parts[p];
    }
    return e;
}

}  // namespace readcast

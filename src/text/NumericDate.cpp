#include "text/NumericDate.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "core/WordSet.hpp"
#include "text/Normalizer.hpp"
#include "text/RewriteScan.hpp"

namespace readcast {

std::size_t monthAndYear(const std::string& text, std::size_t i, const std::array<std::string_view, 12>& months,
                         std::string_view beforeYear, std::string& spoken) {
    if (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '/' || text[i - 1] == '.' || text[i - 1] == ',' || text[i - 1] == '-')) return i;
    if (i + 7 > text.size() || !isAsciiDigit(text[i]) || !isAsciiDigit(text[i + 1]) || text[i + 2] != '/') return i;
    for (std::size_t k = i + 3; k < i + 7; ++k) {
        if (!isAsciiDigit(text[k])) return i;
    }
    const std::size_t end = i + 7;
    if (end < text.size() && (isWordByte(text[end]) || text[end] == '/' || (text[end] == '.' && end + 1 < text.size() && isAsciiDigit(text[end + 1])))) {
        return i;
    }
    const int month = std::stoi(text.substr(i, 2));
    const std::string year = text.substr(i + 3, 4);
    if (month < 1 || month > 12 || (year.compare(0, 2, "19") != 0 && year.compare(0, 2, "20") != 0)) return i;
    // (Not a law's, a ruling's or a file's number by its year, "La Ley 12/2023", "Real Decreto 11/2024", "décision 10/2024",
    // "Az. 10/2024", "Nr. 05/2025": the word before it numbers things.)
    std::size_t end0 = i;
    while (end0 > 0 && (text[end0 - 1] == ' ' || text[end0 - 1] == '.')) --end0;
    std::size_t start0 = end0;
    while (start0 > 0 && (isWordByte(text[start0 - 1]) || static_cast<unsigned char>(text[start0 - 1]) >= 0x80)) --start0;
    static constexpr WordSet kNumbering({"ley", "leyes", "decreto", "decretos", "sentencia", "expediente", "n\xC3\xBAmero", "numero", "no", "nr", "nro",
                                         "n\xC2\xBA", "n\xC2\xB0", "nos", "az", "aktenzeichen", "nummer", "gesetz", "verordnung", "urteil",
                                         "beschluss", "d\xC3\xA9" "cision", "circulaire", "loi", "arr\xC3\xAA" "t\xC3\xA9", "d\xC3\xA9" "cret",
                                         "ordonnance", "dossier", "affaire", "lei", "processo", "ac\xC3\xB3rd\xC3\xA3o", "portaria", "resolu\xC3\xA7\xC3\xA3o",
                                         "resoluci\xC3\xB3n", "orden", "reglamento", "directiva", "legge", "sentenza", "circolare", "delibera",
                                         "causa", "caso", "wet", "besluit", "zaak", "uu", "nomor", "perpres", "pp", "permen", "perda", "ustawa",
                                         "sygn", "case", "ruling", "decision", "order", "law", "act", "n", "real", "regulation", "directive",
                                         "rundschreiben", "erlass", "richtlinie", "cuenta", "factura", "oficio", "n\xC3\xBAm", "num",
                                         // (a season's years, "Saison 09/2010")
                                         "saison", "season", "temporada", "stagione", "seizoen", "sezon"});
    if (start0 < end0 && kNumbering.count(lowerUtf8(text.substr(start0, end0 - start0))) != 0) return i;
    // (Nor after an initialism, a court's or a body's paper, "STS 10/2024", "BOE 05/2025".)
    if (start0 < end0 && std::none_of(text.begin() + static_cast<std::ptrdiff_t>(start0), text.begin() + static_cast<std::ptrdiff_t>(end0),
                                      [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80; })) {
        return i;
    }
    // (Nor after a short form the lexicon says, which numbers things as often: "Nr.", "Az.", "Art.")
    if (start0 < end0 && isLexiconPlaceholderAt(text, start0)) return i;
    spoken = std::string(months[static_cast<std::size_t>(month - 1)]) + " " + (beforeYear.empty() ? "" : std::string(beforeYear) + " ") + year;
    return end;
}

std::size_t numericDate(const std::string& text, std::size_t i, const NumericDateStyle& style, std::string& spoken) {
    if (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '/' || text[i - 1] == '.' || text[i - 1] == ',')) return i;
    if (const std::size_t end = monthAndYear(text, i, style.months, style.beforeYear, spoken); end != i) return end;
    std::size_t d = i;
    while (d < text.size() && isAsciiDigit(text[d]) && d - i < 3) ++d;
    if (d - i == 0 || d - i > 2 || d + 2 > text.size() || text[d] != '/' || !isAsciiDigit(text[d + 1])) return i;
    // (A month of one digit only in a full date, "5/5/2025": "1/3" alone is a third.)
    const std::size_t monthDigits = d + 2 < text.size() && isAsciiDigit(text[d + 2]) ? 2 : 1;
    // (Or after a word that only a date follows, its article between them perhaps: "dal 15/7 al 20/8",
    // "desde el 3/5". "El 1/3 de la gente" is a third.)
    const auto wordBefore = [&](std::size_t at, std::size_t& start) {
        std::size_t end = at;
        while (end > 0 && text[end - 1] == ' ') --end;
        start = end;
        while (start > 0 && (isWordByte(text[start - 1]) || text[start - 1] == '\'')) --start;
        return lowerAscii(text.substr(start, end - start));
    };
    std::size_t start = 0;
    std::string before = wordBefore(i, start);
    if (before == "el" || before == "il" || before == "le" || before == "lo" || before == "o") before = wordBefore(start, start);
    bool led = false;
    for (std::string_view w : style.leadWords) led = led || before == w;
    // ("hasta 1/3 de su salario", "du 1/8 de finale": a share of something is a fraction.)
    if (led && monthDigits == 1) {
        std::size_t after = d + 2;
        while (after < text.size() && text[after] == ' ') ++after;
        std::size_t afterEnd = after;
        while (afterEnd < text.size() && isWordByte(text[afterEnd])) ++afterEnd;
        const std::string next = lowerAscii(text.substr(after, afterEnd - after));
        for (const char* of : {"de", "do", "da", "dos", "das", "des", "du", "del", "della", "dei", "degli", "delle", "of"}) led = led && next != of;
        // (Nor before a word a date does not stand before: "el lunes 3/4 partes", "el domingo 2/1 ganó" are a share and a
        // score; "el sábado 27/9 a las 21" and "dal 15/7 al 20/8" dates.)
        static constexpr WordSet kAfterDate({"a", "al", "alle", "y", "e", "et", "en", "in", "desde", "hasta", "por", "para", "con", "entre",
                                             "o", "ou", "u", "tras", "antes", "despu\xC3\xA9s", "las", "los", "la", "le", "les", "el", "il",
                                             "lo", "hacia", "sobre", "dans", "pour", "avec", "jusqu'au", "au", "fino", "dalle", "ore", "\xC3\xA0",
                                             "\xC3\xA0s", "at\xC3\xA9", "partir", "ab", "bis", "um", "und", "om", "tot", "en", "och", "till"});
        if (!next.empty() && std::islower(static_cast<unsigned char>(text[after])) != 0 && kAfterDate.count(next) == 0) led = false;
    }
    if (monthDigits == 1 && !led && (d + 2 >= text.size() || text[d + 2] != '/')) return i;
    const int day = std::stoi(text.substr(i, d - i));
    const int month = std::stoi(text.substr(d + 1, monthDigits));
    // (A day its month has: "31/2" is no date.)
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day < 1 || month < 1 || month > 12 || day > kDays[month - 1]) return i;
    std::size_t end = d + 1 + monthDigits;
    std::string year;
    if ((monthDigits == 1 && !(led && (end >= text.size() || text[end] != '/'))) || (end < text.size() && text[end] == '/')) {
        std::size_t y = end + 1;
        while (y < text.size() && isAsciiDigit(text[y])) ++y;
        if (y - end - 1 != 4) return i;
        year = " " + (style.beforeYear.empty() ? std::string() : std::string(style.beforeYear) + " ") + text.substr(end + 1, 4);
        end = y;
    }
    if (end < text.size() && (isWordByte(text[end]) || text[end] == '/')) return i;
    const std::string dayWords = day == 1 && !style.firstDay.empty() ? std::string(style.firstDay) : std::to_string(day);
    spoken = dayWords + " " + (style.beforeMonth.empty() ? std::string() : std::string(style.beforeMonth) + " ") +
             std::string(style.months[static_cast<std::size_t>(month - 1)]) + year;
    return end;
}

bool dayOfMonthAt(const std::string& text, std::size_t at, const NumericDateStyle& style, std::string_view separators) {
    std::size_t e = at;
    while (e < text.size() && isAsciiDigit(text[e])) ++e;
    if (e == at || e - at > 2 || e >= text.size()) return false;
    for (const char* first : {"er", "\xC2\xBA", "\xC2\xB0", ".\xC2\xBA"}) {
        if (text.compare(at, e - at, "1") == 0 && text.compare(e, std::strlen(first), first) == 0) e += std::strlen(first);
    }
    if (separators.find(text[e]) != std::string_view::npos) return e + 1 < text.size() && isAsciiDigit(text[e + 1]);
    if (text[e] != ' ' || e + 1 >= text.size()) return false;
    std::size_t m = e + 1;
    if (!style.beforeMonth.empty() && text.compare(m, style.beforeMonth.size() + 1, std::string(style.beforeMonth) + " ") == 0) {
        m += style.beforeMonth.size() + 1;
    }
    if (isLexiconPlaceholderAt(text, m)) return true;
    // (A month's first three letters, the shortest it is written: "déc", "dic", "sept" too.)
    for (const std::string_view month : style.months) {
        if (text.compare(m, 3, month.substr(0, 3)) == 0) return true;
    }
    return false;
}

std::size_t daysBeforeMonthAt(const std::string& text, std::size_t i, const NumericDateStyle& style, std::string& spoken) {
    if (i >= text.size() || !isAsciiDigit(text[i]) || (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '-' || text[i - 1] == '.' ||
                                                                  text[i - 1] == '/'))) {
        return i;
    }
    const std::size_t a = digitsEnd(text, i);
    if (a - i == 2 && text[i] == '0' && text[i + 1] != '0' && dayOfMonthAt(text, i, style, "")) {
        spoken = text.substr(i + 1, 1);
        return a;
    }
    if (style.spanFrom.empty()) return i;
    const std::size_t dash = text.compare(a, 3, "\xE2\x80\x93") == 0 ? 3 : (a < text.size() && text[a] == '-') ? 1 : 0;
    if (a - i > 2 || dash == 0 || a + dash >= text.size() || !isAsciiDigit(text[a + dash])) return i;
    const std::size_t b = digitsEnd(text, a + dash);
    if (b - a - dash > 2 || !dayOfMonthAt(text, a + dash, style, "")) return i;
    const int first = std::stoi(text.substr(i, a - i)), last = std::stoi(text.substr(a + dash, b - a - dash));
    if (first < 1 || first >= last || last > 31) return i;
    // (After the span's own first word, "dal 2-13 dicembre", that word is not said twice.)
    std::size_t w = i;
    while (w > 0 && text[w - 1] == ' ') --w;
    std::size_t ws = w;
    while (ws > 0 && isWordByte(text[ws - 1])) --ws;
    std::string before = text.substr(ws, w - ws);
    for (char& c : before) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // (After an article or a preposition of its own, "del 26-27 giugno", "les 5-20 juin", the span's first word is not
    // said again: two days in a row are joined by "and", others by "to".)
    const bool article = before != style.spanFrom && !before.empty() && before.size() <= 5 && ws < w && (ws == 0 || text[ws - 1] == ' ') &&
                         std::islower(static_cast<unsigned char>(text[ws]));
    if (article) {
        spoken = std::to_string(first) + " " + std::string(last == first + 1 && !style.spanAnd.empty() ? style.spanAnd : style.spanTo) + " " +
                 std::to_string(last);
        return b;
    }
    spoken = (before == style.spanFrom ? "" : std::string(style.spanFrom) + " ") + std::to_string(first) + " " + std::string(style.spanTo) + " " +
             std::to_string(last);
    return b;
}

}  // namespace readcast

#include "ingest/DateParser.hpp"
#include "core/Text.hpp"

#include "core/Ascii.hpp"
#include "core/Months.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <cctype>
#include <vector>

namespace readcast {
namespace {

struct Token {
    std::string text;
    bool number = false;
};

// CJK date markers become one-letter tokens: 年/년 "y", 月/월 "m", 日/일 "d".
const char* cjkMarker(const std::string& s, std::size_t i) {
    static const std::pair<const char*, const char*> kMarkers[] = {
        {"\xE5\xB9\xB4", "y"}, {"\xEB\x85\x84", "y"}, {"\xE6\x9C\x88", "m"}, {"\xEC\x9B\x94", "m"},
        {"\xE6\x97\xA5", "d"}, {"\xEC\x9D\xBC", "d"}};
    for (const auto& [bytes, marker] : kMarkers) {
        if (s.compare(i, 3, bytes) == 0) return marker;
    }
    return nullptr;
}

std::vector<Token> tokenize(const std::string& s) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (std::isdigit(c)) {
            Token t{"", true};
            while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) t.text += s[i++];
            tokens.push_back(t);
            // "5th June", "1st": an ordinal's letters are not a word of their own.
            for (const char* suffix : {"st", "nd", "rd", "th", "er", "e"}) {
                const std::size_t n = std::strlen(suffix);
                if (t.text.size() <= 2 && s.compare(i, n, suffix) == 0 && (i + n >= s.size() || !std::isalpha(static_cast<unsigned char>(s[i + n])))) {
                    i += n;
                    break;
                }
            }
        } else if (const char* marker = cjkMarker(s, i)) {
            tokens.push_back({std::string("#") + marker, false});
            i += 3;
        } else if (std::isalpha(c) || c >= 0x80) {
            // Words of any Latin-script language ("août", "März", "Şubat"), in lower case.
            Token t;
            while (i < s.size() && (std::isalpha(static_cast<unsigned char>(s[i])) ||
                                    (static_cast<unsigned char>(s[i]) >= 0x80 && cjkMarker(s, i) == nullptr))) {
                t.text += s[i++];
            }
            // (ICU only for letters beyond ASCII: a date is looked for on many lines.)
            const bool ascii = std::all_of(t.text.begin(), t.text.end(), [](char b) { return static_cast<unsigned char>(b) < 0x80; });
            t.text = ascii ? lowerAscii(t.text) : lowerUtf8(t.text);
            tokens.push_back(t);
        } else {
            if (s[i] == ':' || s[i] == '-' || s[i] == '+' || s[i] == '/' || s[i] == '.') tokens.push_back({std::string(1, s[i]), false});
            ++i;
        }
    }
    return tokens;
}

// English month names (and abbreviations) first, then those of the languages news pages write dates
// in most: French, Spanish, Portuguese, German, Italian.
int monthOfWord(const std::string& word) {
    if (const int english = monthFromName(word)) return english;
    static const std::pair<const char*, int> kMonths[] = {
        // (French, Swedish and Norwegian March, "5 mars 2025", read only between a day and a year or beside them.)
        {"janvier", 1}, {"f\xC3\xA9vrier", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6}, {"juillet", 7},
        {"ao\xC3\xBBt", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"d\xC3\xA9\x63\x65mbre", 12},
        {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7},
        {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
        {"janeiro", 1}, {"fevereiro", 2}, {"mar\xC3\xA7o", 3}, {"maio", 5}, {"junho", 6}, {"julho", 7},
        {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12}, {"januar", 1}, {"februar", 2}, {"m\xC3\xA4rz", 3},
        {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"dezember", 12}, {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4},
        {"maggio", 5}, {"giugno", 6}, {"luglio", 7}, {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
        // Austrian January ("15. Jänner 2025", "Mi, 15.Jän 2025")
        {"j\xC3\xA4nner", 1}, {"j\xC3\xA4n", 1},
        // German months cut short where they differ from English ("Di, 03.M\xC3\xA4r 2026", "12. Okt. 2025", "1. Dez.")
        {"m\xC3\xA4r", 3}, {"okt", 10}, {"dez", 12},
        // Dutch ("22 mei 2024")
        {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8},
        // Afrikaans ("12 Januarie 2026")
        {"januarie", 1}, {"februarie", 2}, {"junie", 6}, {"julie", 7}, {"desember", 12},
        // Polish, in the genitive a date takes ("18 lutego 2025")
        {"stycznia", 1}, {"lutego", 2}, {"marca", 3}, {"kwietnia", 4}, {"maja", 5}, {"czerwca", 6}, {"lipca", 7},
        {"sierpnia", 8}, {"wrze\xC5\x9Bnia", 9}, {"pa\xC5\xBA" "dziernika", 10}, {"listopada", 11}, {"grudnia", 12},
        // Czech and Slovak, in the genitive ("3. června 2025", "21. januára 2025")
        {"ledna", 1}, {"\xC3\xBAnora", 2}, {"b\xC5\x99" "ezna", 3}, {"dubna", 4}, {"kv\xC4\x9Btna", 5}, {"\xC4\x8D" "ervna", 6},
        {"\xC4\x8D" "ervence", 7}, {"srpna", 8}, {"z\xC3\xA1\xC5\x99\xC3\xAD", 9}, {"\xC5\x99\xC3\xADjna", 10}, {"listopadu", 11},
        {"prosince", 12}, {"janu\xC3\xA1ra", 1}, {"febru\xC3\xA1ra", 2}, {"apr\xC3\xADla", 4}, {"m\xC3\xA1ja", 5},
        {"j\xC3\xBAna", 6}, {"j\xC3\xBAla", 7}, {"augusta", 8}, {"septembra", 9}, {"okt\xC3\xB3" "bra", 10}, {"novembra", 11},
        {"decembra", 12},
        // Croatian, in the genitive ("1. srpnja 2025"; its October, "listopada", is Polish November: left out)
        {"sije\xC4\x8Dnja", 1}, {"velja\xC4\x8D" "e", 2}, {"o\xC5\xBEujka", 3}, {"travnja", 4}, {"svibnja", 5}, {"lipnja", 6},
        {"srpnja", 7}, {"kolovoza", 8}, {"rujna", 9}, {"studenoga", 11}, {"studenog", 11}, {"prosinca", 12},
        // Finnish, in the partitive ("3. kesäkuuta 2025")
        {"tammikuuta", 1}, {"helmikuuta", 2}, {"maaliskuuta", 3}, {"huhtikuuta", 4}, {"toukokuuta", 5}, {"kes\xC3\xA4kuuta", 6},
        {"hein\xC3\xA4kuuta", 7}, {"elokuuta", 8}, {"syyskuuta", 9}, {"lokakuuta", 10}, {"marraskuuta", 11}, {"joulukuuta", 12},
        // Swedish, Danish and Norwegian where they differ ("12 maj 2025", "3 augusti")
        {"maj", 5}, {"augusti", 8}, {"desember", 12}, {"marts", 3},
        // Indonesian and Malay where they differ ("3 Maret 2026", "17 Agustus", "Ogos")
        {"maret", 3}, {"agustus", 8}, {"mac", 3}, {"ogos", 8}, {"disember", 12},
        // Russian and Ukrainian, in the genitive a date takes ("3 марта 2026")
        {"\xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F", 1}, {"\xD1\x84\xD0\xB5\xD0\xB2\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8F", 2},
        {"\xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0", 3}, {"\xD0\xB0\xD0\xBF\xD1\x80\xD0\xB5\xD0\xBB\xD1\x8F", 4},
        {"\xD0\xBC\xD0\xB0\xD1\x8F", 5}, {"\xD0\xB8\xD1\x8E\xD0\xBD\xD1\x8F", 6}, {"\xD0\xB8\xD1\x8E\xD0\xBB\xD1\x8F", 7},
        {"\xD0\xB0\xD0\xB2\xD0\xB3\xD1\x83\xD1\x81\xD1\x82\xD0\xB0", 8},
        {"\xD1\x81\xD0\xB5\xD0\xBD\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", 9},
        {"\xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", 10}, {"\xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", 11},
        {"\xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8F", 12},
        // (and written short, as an agency's header stamps it: "24 ноя 2026, 13:42")
        {"\xD1\x8F\xD0\xBD\xD0\xB2", 1}, {"\xD1\x84\xD0\xB5\xD0\xB2", 2}, {"\xD0\xBC\xD0\xB0\xD1\x80", 3}, {"\xD0\xB0\xD0\xBF\xD1\x80", 4}, {"\xD0\xB8\xD1\x8E\xD0\xBD", 6}, {"\xD0\xB8\xD1\x8E\xD0\xBB", 7}, {"\xD0\xB0\xD0\xB2\xD0\xB3", 8}, {"\xD1\x81\xD0\xB5\xD0\xBD", 9}, {"\xD1\x81\xD0\xB5\xD0\xBD\xD1\x82", 9}, {"\xD0\xBE\xD0\xBA\xD1\x82", 10}, {"\xD0\xBD\xD0\xBE\xD1\x8F", 11}, {"\xD0\xB4\xD0\xB5\xD0\xBA", 12},
        // Greek, in the genitive a date takes ("3 Νοεμβρίου 2024")
        {"\xCE\xB9\xCE\xB1\xCE\xBD\xCE\xBF\xCF\x85\xCE\xB1\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85", 1}, {"\xCF\x86\xCE\xB5\xCE\xB2\xCF\x81\xCE\xBF\xCF\x85\xCE\xB1\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85", 2}, {"\xCE\xBC\xCE\xB1\xCF\x81\xCF\x84\xCE\xAF\xCE\xBF\xCF\x85", 3}, {"\xCE\xB1\xCF\x80\xCF\x81\xCE\xB9\xCE\xBB\xCE\xAF\xCE\xBF\xCF\x85", 4}, {"\xCE\xBC\xCE\xB1\xCE\x90\xCE\xBF\xCF\x85", 5}, {"\xCE\xB9\xCE\xBF\xCF\x85\xCE\xBD\xCE\xAF\xCE\xBF\xCF\x85", 6}, {"\xCE\xB9\xCE\xBF\xCF\x85\xCE\xBB\xCE\xAF\xCE\xBF\xCF\x85", 7}, {"\xCE\xB1\xCF\x85\xCE\xB3\xCE\xBF\xCF\x8D\xCF\x83\xCF\x84\xCE\xBF\xCF\x85", 8}, {"\xCF\x83\xCE\xB5\xCF\x80\xCF\x84\xCE\xB5\xCE\xBC\xCE\xB2\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85", 9}, {"\xCE\xBF\xCE\xBA\xCF\x84\xCF\x89\xCE\xB2\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85", 10}, {"\xCE\xBD\xCE\xBF\xCE\xB5\xCE\xBC\xCE\xB2\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85", 11}, {"\xCE\xB4\xCE\xB5\xCE\xBA\xCE\xB5\xCE\xBC\xCE\xB2\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85", 12},
        // Catalan where it differs ("1 de febrer de 2025", "12 de març")
        {"gener", 1}, {"febrer", 2}, {"mar\xC3\xA7", 3}, {"maig", 5}, {"juny", 6}, {"juliol", 7}, {"agost", 8}, {"setembre", 9}, {"desembre", 12},
        // Romanian where it differs ("3 noiembrie 2024")
        {"ianuarie", 1}, {"martie", 3}, {"aprilie", 4}, {"iunie", 6}, {"iulie", 7}, {"septembrie", 9}, {"octombrie", 10}, {"noiembrie", 11}, {"decembrie", 12},
        // Hungarian, its year first ("2025. június 3.")
        {"janu\xC3\xA1r", 1}, {"febru\xC3\xA1r", 2}, {"m\xC3\xA1rcius", 3}, {"\xC3\xA1prilis", 4}, {"m\xC3\xA1jus", 5}, {"j\xC3\xBAnius", 6},
        {"j\xC3\xBAlius", 7}, {"augusztus", 8}, {"szeptember", 9}, {"okt\xC3\xB3" "ber", 10},
        // Turkish ("14 Kasım 2024")
        {"ocak", 1}, {"\xC5\x9F" "ubat", 2}, {"mart", 3}, {"nisan", 4}, {"may\xC4\xB1s", 5}, {"haziran", 6},
        {"temmuz", 7}, {"a\xC4\x9F" "ustos", 8}, {"eyl\xC3\xBCl", 9}, {"ekim", 10}, {"kas\xC4\xB1m", 11}, {"aral\xC4\xB1k", 12}};
    for (const auto& [name, month] : kMonths) {
        if (word == name) return month;
    }
    return 0;
}

bool validDay(int y, int m, int d) {
    static constexpr std::array<int, 12> kDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= kDays[static_cast<std::size_t>(m - 1)];
}

}  // namespace

int monthFromAnyName(const std::string& word) { return monthOfWord(lowerUtf8(word)); }

namespace {

// Months cut short in the Romance languages where the short form is a word of its own elsewhere ("ago", "out", "set",
// "dic"): a month only between a day and a year, "09 ago 2025", "12 out 2025", "3 janv. 2026".
int shortMonthOfWord(const std::string& word) {
    static const std::pair<const char*, int> kShort[] = {
        {"ene", 1}, {"gen", 1}, {"janv", 1}, {"fev", 2}, {"f\xC3\xA9vr", 2}, {"abr", 4}, {"avr", 4}, {"mag", 5}, {"giu", 6},
        {"juil", 7}, {"lug", 7}, {"ago", 8}, {"set", 9}, {"out", 10}, {"ott", 10}, {"dic", 12}, {"d\xC3\xA9\x63", 12}};
    for (const auto& [name, month] : kShort) {
        if (word == name) return month;
    }
    return 0;
}

}  // namespace

int shortMonthFromName(const std::string& word) { return shortMonthOfWord(lowerUtf8(word)); }

namespace {

// Whether one of `words` (in lower case) stands among the date's words.
bool holdsWord(const std::vector<Token>& t, std::initializer_list<const char*> words) {
    for (const Token& w : t) {
        if (w.number) continue;
        for (const char* word : words) {
            if (w.text == word) return true;
        }
    }
    return false;
}

// The weekday a date's words name ("Friday 07/03/2025", "vendredi", "Freitag"), 0 for Sunday, or -1.
int namedWeekday(const std::vector<Token>& t) {
    for (const Token& w : t) {
        if (w.number) continue;
        if (const int d = weekdayFromName(w.text); d >= 0) return d;
    }
    return -1;
}

// `regionDayFirst`: the page's language writes the day first; `usPage`: it is American English, where
// even a date with dashes puts the month first.
std::optional<DateTime> parseDateIn(const std::string& text, bool regionDayFirst, bool usPage) {
    const std::vector<Token> t = tokenize(text);
    DateTime d;
    std::size_t afterDate = 0;
    bool isoForm = false;
    // ISO form first: 2025-04-29
    for (std::size_t i = 0; i + 4 < t.size() && d.year == 0; ++i) {
        if (t[i].number && t[i].text.size() == 4 && t[i + 1].text == "-" && t[i + 2].number && t[i + 3].text == "-" &&
            t[i + 4].number) {
            d.year = toInt(t[i].text);
            d.month = toInt(t[i + 2].text);
            d.day = toInt(t[i + 4].text);
            afterDate = i + 5;
            isoForm = true;
        }
    }
    // Other numeric forms: 2025/04/29, 2025.04.29, 29.04.2025 (day first), 4/29/2025 (month first unless
    // the first number cannot be a month), 2025年4月29日 and 2025년 4월 29일.
    for (std::size_t i = 0; i + 4 < t.size() && d.year == 0; ++i) {
        if (!t[i].number || !t[i + 2].number || !t[i + 4].number) continue;
        const std::string& s1 = t[i + 1].text;
        const std::string& s2 = t[i + 3].text;
        const int a = toInt(t[i].text), b = toInt(t[i + 2].text);
        if (t[i].text.size() == 4 && ((s1 == "/" && s2 == "/") || (s1 == "." && s2 == ".") || (s1 == "#y" && s2 == "#m"))) {
            d = DateTime{.year = a, .month = b, .day = toInt(t[i + 4].text)};
            afterDate = i + 5 + (i + 5 < t.size() && t[i + 5].text == "#d" ? 1 : 0);
        } else if (t[i + 4].text.size() == 4 && s1 == s2 && (s1 == "." || s1 == "/" || s1 == "-") && t[i].text.size() <= 2 &&
                   t[i + 2].text.size() <= 2) {
            const int year = toInt(t[i + 4].text);
            // (Day first too where the words around are of a language that writes it so: "Publié le
            // 05/03/2025 à 11h42", "Publicado el 05/03/2025".)
            const bool dayFirstWords = holdsWord(t, {"le", "\xC3\xA0", "publi\xC3\xA9", "publicado", "publicada", "pubblicato", "ver\xC3\xB6" "ffentlicht",
                                                     "gepubliceerd", "el", "\xC3\xA0s", "alle", "um", "op", "den", "kl", "mis", "jour", "actualizado",
                                                     "atualizado", "aggiornato", "aktualisiert", "publicerad", "opublikowano", "del", "de"});
            // (With dashes, "12-03-2024", a wire's header writes the day first.)
            const bool dayFirst = (s1 == "." && b <= 12) || (s1 == "-" && !usPage && b <= 12) || a > 12 ||
                                  ((dayFirstWords || regionDayFirst) && b <= 12);
            d = DateTime{.year = year, .month = dayFirst ? b : a, .day = dayFirst ? a : b};
            // (Either order could be meant: a weekday named beside it tells which, "Friday 07/03/2025" is the
            // 7th of March; without one, the order stays a guess the article's language may correct.)
            if (a <= 12 && b <= 12 && a != b && s1 == "/") {
                const int named = namedWeekday(t);
                if (named >= 0 && weekdayOf(year, a, b) == named) {
                    d.month = a;
                    d.day = b;
                } else if (named >= 0 && weekdayOf(year, b, a) == named) {
                    d.month = b;
                    d.day = a;
                } else {
                    d.order_guessed = !dayFirst;
                }
            }
            afterDate = i + 5;
        } else if (s1 == "." && s2 == "." && t[i].text.size() <= 2 && t[i + 2].text.size() <= 2 && t[i + 4].text.size() == 2 && a >= 1 &&
                   a <= 31 && b >= 1 && b <= 12 && (i + 5 >= t.size() || t[i + 5].text != ".")) {
            // "Publisert: 27.02.25 14:58": a page's date with its year in two figures, the day first, after the label of
            // a publication or an update (alone, "12.03.24" may be a version or a score).
            if (holdsWord(t, {"publisert", "oppdatert", "publicerad", "uppdaterad", "publiceret", "opdateret", "julkaistu", "p\xC3\xA4ivitetty",
                              "ver\xC3\xB6" "ffentlicht", "aktualisiert", "gepubliceerd", "bijgewerkt", "published", "updated", "posted",
                              "publi\xC3\xA9", "publicado", "pubblicato"})) {
                d = DateTime{.year = 2000 + toInt(t[i + 4].text), .month = b, .day = a};
                afterDate = i + 5;
            }
        }
    }
    // A release service's header, "14-OCT-2025", "03-Mar-2026": day, month's short name and year between hyphens.
    for (std::size_t i = 0; i + 4 < t.size() && d.year == 0; ++i) {
        if (t[i].number && t[i].text.size() <= 2 && t[i + 1].text == "-" && !t[i + 2].number && monthOfWord(t[i + 2].text) != 0 &&
            t[i + 3].text == "-" && t[i + 4].number && t[i + 4].text.size() == 4) {
            d = DateTime{.year = toInt(t[i + 4].text), .month = monthOfWord(t[i + 2].text), .day = toInt(t[i].text)};
            afterDate = i + 5;
        }
        // ("Mar - 04 - 2025 , 10:26": the month's short name first, as Ghana's Graphic Online sets its date line.)
        if (!t[i].number && monthOfWord(t[i].text) != 0 && t[i + 1].text == "-" && t[i + 2].number && t[i + 2].text.size() <= 2 &&
            t[i + 3].text == "-" && t[i + 4].number && t[i + 4].text.size() == 4) {
            d = DateTime{.year = toInt(t[i + 4].text), .month = monthOfWord(t[i].text), .day = toInt(t[i + 2].text)};
            afterDate = i + 5;
        }
    }
    // Written form: a month name with a day number beside it and a four-digit year ("April 29, 2025",
    // "29 Apr. 2025", "12. März 2025", "4 mai 2015", "21 de diciembre de 2018"); abbreviation and ordinal
    // dots, and the "de" of Spanish and Portuguese dates, are passed over.
    const auto filler = [&](std::size_t k) { return t[k].text == "." || t[k].text == "de" || t[k].text == "del"; };
    const auto overDots = [&](std::size_t k) {
        while (k < t.size() && filler(k)) ++k;
        return k;
    };
    for (std::size_t i = 0; i < t.size() && d.year == 0; ++i) {
        if (t[i].number) continue;
        int month = monthOfWord(t[i].text);
        const bool shortOnly = month == 0;
        if (shortOnly) month = shortMonthOfWord(t[i].text);
        if (month == 0) continue;
        int day = 0, year = 0;
        std::size_t end = i + 1;
        const std::size_t after = overDots(i + 1);
        std::size_t before = i;
        while (before > 0 && filler(before - 1)) --before;
        if (!shortOnly && after < t.size() && t[after].number && t[after].text.size() <= 2) {  // April 29, 2025
            day = toInt(t[after].text);
            const std::size_t y = overDots(after + 1);
            if (y < t.size() && t[y].number && t[y].text.size() == 4) {
                year = toInt(t[y].text);
                end = y + 1;
            } else if (before > 0 && t[before - 1].number && t[before - 1].text.size() == 4) {  // 2025. június 3., Hungarian's
                year = toInt(t[before - 1].text);
                end = overDots(after + 1);
            }
        } else if (before > 0 && t[before - 1].number && t[before - 1].text.size() <= 2) {  // 29 Apr. 2025
            day = toInt(t[before - 1].text);
            if (after < t.size() && t[after].number && t[after].text.size() == 4) {
                year = toInt(t[after].text);
                end = after + 1;
            }
        }
        if (day > 0 && year > 0) {
            d = DateTime{.year = year, .month = month, .day = day};
            afterDate = end;
        }
    }
    if (!validDay(d.year, d.month, d.day)) return std::nullopt;
    // A time right after the date: 00:00, 10:30 a.m., T09:15 (not one belonging to a later date).
    for (std::size_t i = afterDate; i + 2 < t.size() && i <= afterDate + 1; ++i) {
        if (t[i].number && t[i + 1].text == ":" && t[i + 2].number) {
            int hour = toInt(t[i].text);
            const int minute = toInt(t[i + 2].text);
            int second = -1;
            std::size_t next = i + 3;
            if (next + 1 < t.size() && t[next].text == ":" && t[next + 1].number) {
                second = toInt(t[next + 1].text);
                next += 2;
            }
            // Fractions of a second ("11:00:00.412Z") are not kept, but the zone after them is.
            if (isoForm && second >= 0 && next + 1 < t.size() && t[next].text == "." && t[next + 1].number) next += 2;
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
                        hours = toInt(digits.substr(0, 2));
                        minutes = toInt(digits.substr(2));
                    } else if (digits.size() <= 2) {
                        hours = toInt(digits);
                        if (next + 3 < t.size() && t[next + 2].text == ":" && t[next + 3].number) {
                            minutes = toInt(t[next + 3].text);
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

}  // namespace

std::optional<DateTime> parseDate(const std::string& text) { return parseDateIn(text, false, false); }

std::optional<DateTime> parseDate(const std::string& text, const std::string& language) {
    std::string tag = lowerAscii(language);
    std::replace(tag.begin(), tag.end(), '_', '-');
    const bool us = tag.rfind("en-us", 0) == 0;
    const bool monthFirst = tag.empty() || tag == "en" || us;
    return parseDateIn(text, !monthFirst, us);
}

}  // namespace readcast

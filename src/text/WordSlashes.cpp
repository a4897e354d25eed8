#include "text/WordSlashes.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "core/Ascii.hpp"
#include "core/WordSet.hpp"

namespace readcast {
namespace {

// A letter of any script: ASCII letters and every byte of a multi-byte character (accented Latin, Cyrillic).
bool slashWordByte(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80; }

// The ASCII letters `shortForm` (two to six) are the first letters of the words that end at `slash`, in order.
bool glossesWordsBefore(const std::string& text, std::size_t slash, const std::string& shortForm) {
    if (shortForm.size() < 2 || shortForm.size() > 6 ||
        !std::all_of(shortForm.begin(), shortForm.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; })) {
        return false;
    }
    std::size_t end = slash;
    for (std::size_t k = shortForm.size(); k-- > 0;) {
        std::size_t start = end;
        while (start > 0 && slashWordByte(text[start - 1])) --start;
        if (start == end || std::tolower(static_cast<unsigned char>(text[start])) != std::tolower(static_cast<unsigned char>(shortForm[k]))) return false;
        if (k == 0) return true;
        if (start == 0 || (text[start - 1] != ' ' && text[start - 1] != '-')) return false;
        end = start - 1;
    }
    return false;
}

// "10 min/dag", "8 500 kronor/mån", "120 Euro/Monat": a measure by the day, the month or the year after a figure, said with the
// language's "per" and the period's whole word ("kronor per månad"; eSpeak NG says "snedstreck"). Empty for none.
std::string perPeriodSaid(std::string_view language, const std::string& period) {
    struct Period {
        std::string_view language;
        std::string_view written;  // in small letters
        std::string_view said;     // with the language's "per"
    };
    static constexpr Period kPeriods[] = {
        {"sv", "dag", "per dag"}, {"sv", "dygn", "per dygn"}, {"sv", "vecka", "per vecka"}, {"sv", "v", "per vecka"},
        {"sv", "m\xC3\xA5n", "per m\xC3\xA5nad"}, {"sv", "m\xC3\xA5nad", "per m\xC3\xA5nad"}, {"sv", "\xC3\xA5r", "per \xC3\xA5r"},
        {"sv", "timme", "per timme"}, {"sv", "tim", "per timme"}, {"sv", "h", "per timme"}, {"sv", "st", "per styck"}, {"sv", "person", "per person"},
        {"da", "dag", "om dagen"}, {"da", "uge", "om ugen"}, {"da", "md", "om m\xC3\xA5neden"}, {"da", "md.", "om m\xC3\xA5neden"},
        {"da", "m\xC3\xA5ned", "om m\xC3\xA5neden"}, {"da", "\xC3\xA5r", "om \xC3\xA5ret"}, {"da", "time", "i timen"},
        {"no", "dag", "per dag"}, {"no", "uke", "per uke"}, {"no", "mnd", "per m\xC3\xA5ned"}, {"no", "m\xC3\xA5ned", "per m\xC3\xA5ned"},
        {"no", "\xC3\xA5r", "per \xC3\xA5r"}, {"no", "time", "per time"},
        {"nb", "dag", "per dag"}, {"nb", "uke", "per uke"}, {"nb", "mnd", "per m\xC3\xA5ned"}, {"nb", "m\xC3\xA5ned", "per m\xC3\xA5ned"},
        {"nb", "\xC3\xA5r", "per \xC3\xA5r"}, {"nb", "time", "per time"},
        {"nl", "dag", "per dag"}, {"nl", "week", "per week"}, {"nl", "maand", "per maand"}, {"nl", "mnd", "per maand"}, {"nl", "jaar", "per jaar"},
        {"nl", "uur", "per uur"}, {"nl", "persoon", "per persoon"},
        {"de", "tag", "pro Tag"}, {"de", "woche", "pro Woche"}, {"de", "monat", "pro Monat"}, {"de", "jahr", "pro Jahr"}, {"de", "stunde", "pro Stunde"},
        {"de", "std", "pro Stunde"}, {"de", "person", "pro Person"}, {"de", "kopf", "pro Kopf"},
        {"fr", "jour", "par jour"}, {"fr", "semaine", "par semaine"}, {"fr", "mois", "par mois"}, {"fr", "an", "par an"}, {"fr", "heure", "de l'heure"},
        {"fr", "personne", "par personne"},
        {"es", "d\xC3\xAD" "a", "al d\xC3\xAD" "a"}, {"es", "semana", "a la semana"}, {"es", "mes", "al mes"}, {"es", "a\xC3\xB1o", "al a\xC3\xB1o"},
        {"es", "hora", "por hora"},
        {"it", "giorno", "al giorno"}, {"it", "settimana", "alla settimana"}, {"it", "mese", "al mese"}, {"it", "anno", "all'anno"}, {"it", "ora", "all'ora"},
        {"id", "jam", "per jam"}, {"id", "hari", "per hari"}, {"id", "bulan", "per bulan"}, {"id", "tahun", "per tahun"}, {"id", "orang", "per orang"},
        {"pt", "dia", "por dia"}, {"pt", "semana", "por semana"}, {"pt", "m\xC3\xAAs", "por m\xC3\xAAs"}, {"pt", "ano", "por ano"}, {"pt", "hora", "por hora"}};
    const std::string lower = lowerAscii(period);
    const std::string_view primary = language.substr(0, language.find_first_of("-_"));
    for (const Period& p : kPeriods) {
        if (p.language == primary && p.written == lower) return std::string(p.said);
    }
    return "";
}

// "4,9749 lei/euro", "11,40 kr/euro": an exchange rate, an amount of one money for one of another, said with the
// language's word for "for one" ("lei pentru un euro", "kronor per euro"). Empty where the word after the slash is no
// money by its name, or the language has no such word here. (A code, "Kč/EUR", is the lexicon's, which says it whole.)
std::string perCurrencySaid(std::string_view language, const std::string& currency) {
    static constexpr WordSet kCurrencies({"euro", "euros", "dolar", "dollar", "franc", "franken", "frank", "leu", "lira", "zloty", "forint",
                                          "yen", "yuan", "pound", "rubel", "rublo", "real", "peso"});
    static constexpr std::pair<std::string_view, std::string_view> kFor[] = {
        {"ro", "pentru un"}, {"fr", "pour un"}, {"es", "por"}, {"pt", "por"}, {"it", "per"}, {"de", "pro"}, {"nl", "per"}, {"sv", "per"},
        {"da", "per"}, {"no", "per"}, {"nb", "per"}, {"nn", "per"}, {"pl", "za"}, {"cs", "za"}, {"sk", "za"}};
    if (kCurrencies.count(lowerAscii(currency)) == 0) return "";
    const std::string_view primary = language.substr(0, language.find_first_of("-_"));
    for (const auto& [code, word] : kFor) {
        if (code == primary) return std::string(word) + " " + currency;
    }
    return "";
}

}  // namespace

std::string withWordSlashesSaid(const std::string& text, std::string_view language, std::vector<Rewrite>* log) {
    if (text.find('/') == std::string::npos || language.substr(0, 2) == "en") return text;
    std::string out = text;
    for (std::size_t i = out.find('/'); i != std::string::npos; i = out.find('/', i + 1)) {
        if (i == 0 || i + 1 >= out.size() || !slashWordByte(out[i - 1]) || !slashWordByte(out[i + 1])) continue;
        // (A sign beside it is no word: "€/MWh", "₽/л" (U+2000 to U+33FF, led by 0xE2 or 0xE3).)
        std::size_t lead = i - 1;
        while (lead > 0 && (static_cast<unsigned char>(out[lead]) & 0xC0) == 0x80) --lead;
        const auto symbol = [](unsigned char c) { return c == 0xE2 || c == 0xE3; };
        if (symbol(static_cast<unsigned char>(out[lead])) || symbol(static_cast<unsigned char>(out[i + 1]))) continue;
        std::size_t start = i;
        while (start > 0 && slashWordByte(out[start - 1])) --start;
        std::size_t end = i + 1;
        while (end < out.size() && slashWordByte(out[end])) ++end;
        // (Letters, not bytes, counted.)
        const auto letters = [&](std::size_t from, std::size_t to) {
            std::size_t n = 0;
            for (std::size_t k = from; k < to; ++k) n += (static_cast<unsigned char>(out[k]) & 0xC0) != 0x80;
            return n;
        };
        // (An address's or a path's part, "rai.it/news", "a/b/c"; a unit after its figure, "50 mg/l".)
        const char before = start > 0 ? out[start - 1] : ' ';
        const char after = end < out.size() ? out[end] : ' ';
        if (before == '.' || before == ':' || before == '/' || before == '-' || after == '/' ||
            (after == '.' && end + 1 < out.size() && slashWordByte(out[end + 1]))) {
            continue;
        }
        // (A unit is written in Latin letters: "3 مارس/آذار", a date's month named twice, is no unit.)
        if (start >= 2 && before == ' ' && std::isdigit(static_cast<unsigned char>(out[start - 2]))) {
            std::string per = perPeriodSaid(language, out.substr(i + 1, end - i - 1));
            if (per.empty()) per = perCurrencySaid(language, out.substr(i + 1, end - i - 1));
            if (!per.empty() && letters(start, i) >= 2) {
                const std::string said = " " + per;
                if (log != nullptr) log->push_back({out.substr(i, end - i), per, "symbol"});
                out.replace(i, end - i, said);
                i += said.size() - 1;
            }
            continue;
        }
        if (start >= 1 && std::isdigit(static_cast<unsigned char>(before))) continue;
        // (A short form of single letters is the rules' or the lexicon's: "r/r", "г/г", "s/n".)
        // (A syllable of Korean or a Chinese character is a word: "원/달러 환율".)
        const auto syllabic = [&](std::size_t at) { return static_cast<unsigned char>(out[at]) >= 0xE0; };
        if ((letters(start, i) < 2 && !syllabic(start)) || (letters(i + 1, end) < 2 && !syllabic(i + 1))) continue;
        // (A unit's power: "zł/m²".)
        if (out.compare(end - 2, 2, "\xC2\xB2") == 0 || out.compare(end - 2, 2, "\xC2\xB3") == 0) continue;
        // "(year on year/yoy)", "(non performing loan/NPL)": a short form of the words before it, which glosses them. In
        // small letters it would be said as those words again, and goes; in capitals it is named after a pause.
        const std::string shortForm = out.substr(i + 1, end - i - 1);
        if (glossesWordsBefore(out, i, shortForm)) {
            const bool small = std::all_of(shortForm.begin(), shortForm.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
            const std::string said = small ? std::string() : ", " + shortForm;
            if (log != nullptr) log->push_back({"/" + shortForm, said, "symbol"});
            out.replace(i, end - i, said);
            continue;
        }
        if (log != nullptr) log->push_back({out.substr(start, end - start), out.substr(start, i - start) + " " + out.substr(i + 1, end - i - 1), "symbol"});
        out[i] = ' ';
    }
    return out;
}

}  // namespace readcast

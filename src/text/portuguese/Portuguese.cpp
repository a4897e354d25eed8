// Portuguese spoken-form rules. eSpeak NG reads Portuguese numbers and percentages itself. What it gets
// wrong is an amount after its sign ("R$ 300 mil" is "real trezentos mil", "US$ 40" "us cifrão
// quarenta"), the time of day as Brazilian and Portuguese news write it ("14h30" is "catorze agá
// trinta"), a result ("2x1" "dois xis um"), a ruler's number ("D. Pedro II" "quinhentos Pedro dois"),
// degrees ("32 °C" "grau cê") and a Brazilian postcode ("01310-100" read as a subtraction).

#include <cctype>
#include <cstring>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/Ascii.hpp"
#include "core/WordSet.hpp"
#include "core/LanguageTag.hpp"
#include "text/Normalizer.hpp"
#include "text/RewriteScan.hpp"
#include "text/RomanNumerals.hpp"
#include "text/SpelledInitialism.hpp"
#include "text/SpokenAddress.hpp"
#include "text/SignedAmount.hpp"
#include "text/GenderedCount.hpp"
#include "text/Spellout.hpp"
#include "text/NumericDate.hpp"
#include "text/UnitAfterNumber.hpp"
#include "text/QuarterShortForm.hpp"
#include "text/RaceTime.hpp"
#include "text/ShortFormBeforeFigure.hpp"
#include "text/ActNumber.hpp"
#include "text/FractionAfterArticle.hpp"

namespace readcast {
namespace portuguese {
namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// "15/03/2025", a date in figures, day first.
const NumericDateStyle& dates() {
    static const NumericDateStyle kStyle{{"janeiro", "fevereiro", "mar\xC3\xA7o", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                                          "novembro", "dezembro"},
                                         "1\xC2\xBA", "de", "de", {"no", "dia", "at\xC3\xA9", "desde"}, "de", "a", "e"};
    return kStyle;
}

// After a number: "300 km", "20 €", "3,50 €", "2-1".
// A price by its rate or its measure: "R$ 6,19/l" is "por litro".
const PriceMeasures& portugueseMeasures() {
    static const PriceMeasures kMeasures{{"m\xC3\xAAs", "por m\xC3\xAAs"}, {"ano", "por ano"}, {"dia", "por dia"}, {"noite", "por noite"},
                                         {"hora", "por hora"}, {"h", "por hora"}, {"pessoa", "por pessoa"}, {"kWh", "por quilowatt-hora"},
                                         {"MWh", "por megawatt-hora"}, {"m\xC2\xB2", "por metro quadrado"}, {"m2", "por metro quadrado"},
                                         {"kg", "por quilo"}, {"litro", "por litro"}, {"l", "por litro"}, {"barril", "por barril"},
                                         {"t", "por tonelada"}, {"saca", "por saca"}, {"arroba", "por arroba"}};
    return kMeasures;
}

const UnitAfterNumberStyle& units() {
    static const UnitAfterNumberStyle kStyle{
        {{"km/h", "quil\xC3\xB4metro por hora", "quil\xC3\xB4metros por hora"},
         {"km\xC2\xB2", "quil\xC3\xB4metro quadrado", "quil\xC3\xB4metros quadrados"},
         {"m\xC2\xB2", "metro quadrado", "metros quadrados"},
         {"m\xC2\xB3/s", "metro c\xC3\xBA" "bico por segundo", "metros c\xC3\xBA" "bicos por segundo"},
         {"hm\xC2\xB3", "hect\xC3\xB3metro c\xC3\xBA" "bico", "hect\xC3\xB3metros c\xC3\xBA" "bicos"},
         {"m\xC2\xB3", "metro c\xC3\xBA" "bico", "metros c\xC3\xBA" "bicos"},
         {"km", "quil\xC3\xB4metro", "quil\xC3\xB4metros"},
         {"cm", "cent\xC3\xADmetro", "cent\xC3\xADmetros"},
         {"mm", "mil\xC3\xADmetro", "mil\xC3\xADmetros"},
         {"m", "metro", "metros"},
         {"kg", "quilo", "quilos"},
         {"mg/dia", "miligrama por dia", "miligramas por dia"},
         {"mg", "miligrama", "miligramas"},
         {"\xC2\xB5g", "micrograma", "microgramas"},
         {"g", "grama", "gramas"},
         {"ml", "mililitro", "mililitros"},
         {"l", "litro", "litros"},
         {"GB", "gigabyte", "gigabytes"},
         {"TB", "terabyte", "terabytes"},
         {"MB", "megabyte", "megabytes"},
         // a phone's or a computer's figures: "120 Hz", "3,5 GHz", "5.000 mAh", "45 W", "48 MP", "3 nm", "1 Gbit/s"
         {"GHz", "gigahertz", "gigahertz"},
         {"MHz", "megahertz", "megahertz"},
         {"kHz", "quilohertz", "quilohertz"},
         {"Hz", "hertz", "hertz"},
         {"mAh", "miliampere-hora", "miliamperes-hora"},
         {"W", "watt", "watts"},
         {"MP", "megapixel", "megapixels"},
         {"nm", "nan\xc3\xb4metro", "nan\xc3\xb4metros"},
         {"Gbit/s", "gigabit por segundo", "gigabits por segundo"},
         {"Mbit/s", "megabit por segundo", "megabits por segundo"},
         {"Gbps", "gigabit por segundo", "gigabits por segundo"},
         {"Mbps", "megabit por segundo", "megabits por segundo"},
         {"ha", "hectare", "hectares"},
         {"MW", "megawatt", "megawatts"},
         {"kWh", "quilowatt-hora", "quilowatts-hora"},
         {"\xC2\xBA" "C", "grau", "graus"},
         {"min", "minuto", "minutos"},
         {"h", "hora", "horas"},
         // a magnitude glued to the euro sign, "12 M€"; Angola's and Mozambique's currencies after the figure
         {"M\xE2\x82\xAC", "milh\xC3\xA3o de euros", "milh\xC3\xB5" "es de euros"},
         {"Kz", "kwanza", "kwanzas", true},
         {"MT", "metical", "meticais", true},
         {"\xE2\x82\xAC", "euro", "euros", true}},
        "e",
        "a",
        "menos",
        false,
        portugueseMeasures()};
    return kStyle;
}

const SignedAmountStyle& amounts() {
    static const SignedAmountStyle kStyle{
        {{"R$", "real", "reais", "centavo", "centavos"},
         {"US$", "d\xC3\xB3lar", "d\xC3\xB3lares", "centavo", "centavos"},
         {"\xE2\x82\xAC", "euro", "euros", "c\xC3\xAAntimo", "c\xC3\xAAntimos"},
         {"$", "d\xC3\xB3lar", "d\xC3\xB3lares", "centavo", "centavos"},
         {"\xC2\xA3", "libra", "libras", "", ""},
         {"Kz", "kwanza", "kwanzas", "c\xC3\xAAntimo", "c\xC3\xAAntimos"},  // Angola
         {"MT", "metical", "meticais", "centavo", "centavos"}},                  // Mozambique
        {// ("R$ 31 mil milhões": Portugal's thousand millions, both words before the currency.)
         {"mil milh\xC3\xB5" "es", "mil milh\xC3\xB5" "es", true},
         {"mil", "mil", false},
         {"milh\xC3\xB5" "es", "milh\xC3\xB5" "es", true},
         {"milh\xC3\xA3o", "milh\xC3\xA3o", true},
         {"bilh\xC3\xB5" "es", "bilh\xC3\xB5" "es", true},
         {"bilh\xC3\xA3o", "bilh\xC3\xA3o", true},
         {"trilh\xC3\xB5" "es", "trilh\xC3\xB5" "es", true},
         {"trilh\xC3\xA3o", "trilh\xC3\xA3o", true},
         {"mi", "milh\xC3\xB5" "es", true, "milh\xC3\xA3o"},
         {"bi", "bilh\xC3\xB5" "es", true, "bilh\xC3\xA3o"},
         {"tri", "trilh\xC3\xB5" "es", true, "trilh\xC3\xA3o"}},
        "de",
        "e",
        portugueseMeasures()};
    return kStyle;
}

// "1,8 biliões de Kz", "640 mil milhões de MT": Angola's and Mozambique's currencies by their codes after a magnitude
// and "de", in words ("capa-zê" to eSpeak NG).
std::string withCurrencyAfterMagnitude(const std::string& text, std::vector<Rewrite>* log) {
    if (text.find(" de Kz") == std::string::npos && text.find(" de MT") == std::string::npos) return text;
    std::string out = text;
    for (const auto& [code, name] : {std::pair<std::string, std::string>{" de Kz", " de kwanzas"}, {" de MT", " de meticais"}}) {
        for (std::size_t at = out.find(code); at != std::string::npos; at = out.find(code, at + 1)) {
            const std::size_t end = at + code.size();
            if (end < out.size() && std::isalnum(static_cast<unsigned char>(out[end]))) continue;
            std::size_t start = at;
            while (start > 0 && out[start - 1] != ' ') --start;
            const std::string magnitude = out.substr(start, at - start);
            if (magnitude != "milh\xC3\xB5" "es" && magnitude != "milh\xC3\xA3o" && magnitude != "bili\xC3\xB5" "es" && magnitude != "bili\xC3\xA3o" &&
                magnitude != "bilh\xC3\xB5" "es" && magnitude != "bilh\xC3\xA3o" && magnitude != "mil" && magnitude != "trilh\xC3\xB5" "es") {
                continue;
            }
            if (log != nullptr) log->push_back({code.substr(1), name.substr(1), "money"});
            out.replace(at, code.size(), name);
        }
    }
    return out;
}

// "Lei 14.133/2021", "PEC 45/2019", "Decreto-Lei n.º 10/2024": an act by its number "de" its year.
const ActNumberStyle& acts() {
    static const ActNumberStyle kStyle{{"lei", "decreto", "decreto-lei", "portaria", "resolu\xC3\xA7\xC3\xA3o", "emenda", "medida",
                                        "provis\xC3\xB3ria", "instru\xC3\xA7\xC3\xA3o", "normativa", "complementar", "s\xC3\xBAmula",
                                        "ac\xC3\xB3rd\xC3\xA3o", "processo", "projeto", "parecer", "despacho", "of\xC3\xAD" "cio"},
                                       {"n.", "n.\xC2\xBA", "n\xC2\xBA", "n\xC2\xB0", "n.\xC2\xB0", "n\xC3\xBAmero"},
                                       "de"};
    return kStyle;
}

// Portuguese acronyms said as words whatever their letters.
const std::unordered_set<std::string>& portugueseAcronyms() {
    static const std::unordered_set<std::string> kWords{"USP", "PEC", "IVA"};
    return kWords;
}

// Letters eSpeak NG would take for the words "a" (the article's unstressed "ɐ"), "e" ("i") and "o" ("u"): their names, "á",
// "é" and "ó" ("AD" is "á dê").
const std::unordered_map<char, std::string>& portugueseLetterNames() {
    static const std::unordered_map<char, std::string> kNames{{'A', "\xC3\xA1"}, {'E', "\xC3\xA9"}, {'O', "\xC3\xB3"}};
    return kNames;
}

// "2.150$00", "128$50": Cape Verde's escudo, its sign standing where the decimal mark would, "2.150
// escudos", "128 escudos e 50 centavos" (eSpeak NG says "cifrão").
std::size_t escudosAt(const std::string& text, std::size_t i, std::string& spoken) {
    if (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ',')) return i;
    std::size_t e = i;
    while (e < text.size() && (isDigit(text[e]) || (text[e] == '.' && e + 1 < text.size() && isDigit(text[e + 1])))) ++e;
    if (e == i || e + 2 >= text.size() || text[e] != '$' || !isDigit(text[e + 1]) || !isDigit(text[e + 2]) ||
        (e + 3 < text.size() && isWordByte(text[e + 3]))) {
        return i;
    }
    const std::string whole = text.substr(i, e - i), cents = text.substr(e + 1, 2);
    spoken = whole + (whole == "1" ? " escudo" : " escudos");
    if (cents != "00") spoken += " e " + (cents[0] == '0' ? cents.substr(1) : cents) + (cents == "01" ? " centavo" : " centavos");
    return e + 3;
}

// "nesta terça-feira (3)", "no sábado (14)": Brazil's wires give the day of the month in brackets after
// its weekday; a newsreader says "terça-feira, dia 3". Starts at the space before the bracket.
std::size_t dayAfterWeekdayAt(const std::string& text, std::size_t i, std::string& spoken) {
    if (text.compare(i, 2, " (") != 0) return i;
    const std::size_t e = digitsEnd(text, i + 2);
    if (e == i + 2 || e - i - 2 > 2 || e >= text.size() || text[e] != ')') return i;
    const int day = std::stoi(text.substr(i + 2, e - i - 2));
    if (day < 1 || day > 31) return i;
    std::size_t w = i;
    while (w > 0 && (isWordByte(text[w - 1]) || text[w - 1] == '-')) --w;
    std::string weekday = text.substr(w, i - w);
    for (char& c : weekday) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!weekday.ends_with("-feira") && weekday != "s\xC3\xA1" "bado" && weekday != "domingo") return i;
    // (Set off by commas like the bracket it replaces: "nesta sexta-feira, dia 14, que".)
    spoken = ", dia " + std::to_string(day) + (e + 1 < text.size() && text[e + 1] == ' ' ? "," : "");
    return e + 1;
}

class Portuguese : public LanguageRules {
public:
    // (ICU's "pt" spells as Brazil does, "pt-PT" as Portugal and the other countries do.)
    explicit Portuguese(bool brazil) : brazil_(brazil), spellout_(brazil ? "pt" : "pt-PT") {}
    // Before the lexicon says "p.p." in the plural: under two it is one, "0,25 ponto percentual" (Portuguese
    // counts below two in the singular, "1,5 milhão").
    std::string beforeLexicon(const std::string& text, std::vector<Rewrite>* log) const override {
        if (text.find(" p.p.") == std::string::npos) return text;
        return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
            if (!std::isdigit(static_cast<unsigned char>(text[i])) || (i > 0 && (std::isalnum(static_cast<unsigned char>(text[i - 1])) ||
                                                                             text[i - 1] == ','))) {
                return i;
            }
            std::size_t e = i;
            while (e < text.size() && std::isdigit(static_cast<unsigned char>(text[e]))) ++e;
            const std::string whole = text.substr(i, e - i);
            if (e + 1 < text.size() && text[e] == ',' && std::isdigit(static_cast<unsigned char>(text[e + 1]))) {
                ++e;
                while (e < text.size() && std::isdigit(static_cast<unsigned char>(text[e]))) ++e;
            }
            if (text.compare(e, 5, " p.p.") != 0 || whole.size() > 2 || std::stoi(whole) >= 2) return i;
            // (Its dot ends the sentence where nothing follows.)
            const bool last = text.find_first_not_of(' ', e + 5) == std::string::npos;
            kind = "unit";
            spoken = text.substr(i, e - i) + " ponto percentual" + (last ? "." : "");
            return e + 5;
        });
    }

    std::string apply(const std::string& written, std::vector<Rewrite>* log) const override {
        // (Not in Brazil, whose "MT" is Mato Grosso and whose copy prices in reais.)
        const std::string joined = withSpacedThousandsJoined(written, log);
        const std::string text = brazil_ ? joined : withCurrencyAfterMagnitude(joined, log);
        const bool shouting = mostlyCapitals(text);
        std::string out;
        std::size_t i = 0;
        while (i < text.size()) {
            std::string spoken;
            // An email or a web address, said with the language's words for its signs.
            if (const std::size_t end = appendSpokenAddress(text, i, {"ponto", "arroba"}, out, log); end != i) {
                i = end;
                continue;
            }
            // "1 de outubro", "1.º de janeiro" aside: Brazil says a month's first day as an ordinal, "primeiro de outubro", and its
            // other days as numbers ("2 de outubro", "dois").
            if (brazil_ && text[i] == '1' && (i == 0 || !isWordByte(text[i - 1])) && text.compare(i + 1, 4, " de ") == 0) {
                bool month = false;
                for (const char* name : {"janeiro", "fevereiro", "mar\xC3\xA7o", "abril", "maio", "junho", "julho", "agosto", "setembro",
                                         "outubro", "novembro", "dezembro"}) {
                    const std::size_t n = std::strlen(name);
                    month = month || (text.compare(i + 5, n, name) == 0 && (i + 5 + n >= text.size() || !isWordByte(text[i + 5 + n])));
                }
                if (month) {
                    if (log != nullptr) log->push_back({"1", "primeiro", "date"});
                    out += "primeiro";
                    ++i;
                    continue;
                }
            }
            // Capitals eSpeak NG would make a word of ("l'OMS", "FMI"): spelled.
            if (const std::size_t end = shouting ? i : appendSpelledInitialism(text, i, portugueseAcronyms(), out, log, portugueseLetterNames()); end != i) {
                i = end;
                continue;
            }
            // (The rule that read the text at i: its words are said, and i moves past what it read.)
            const auto took = [&](std::size_t end, const char* kind) {
                if (end == i) return false;
                if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, kind});
                out += spoken;
                i = end;
                return true;
            };
            // "Aos 28', Pavlidis fez o 2-0": a match's minute written with a prime, "aos 28 minutos" (eSpeak NG dropped the
            // mark); a race's "1'05\"" is the race time's, below.
            if (std::isdigit(static_cast<unsigned char>(text[i])) && (i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
                std::size_t e = i;
                while (e < text.size() && std::isdigit(static_cast<unsigned char>(text[e])) && e - i < 3) ++e;
                const std::size_t mark = text.compare(e, 1, "'") == 0 ? 1 : text.compare(e, 3, "\xE2\x80\x99") == 0 ? 3 : 0;
                if (mark != 0 && (e + mark >= text.size() || (!std::isalnum(static_cast<unsigned char>(text[e + mark])) && text[e + mark] != '"' &&
                                                             text[e + mark] != '\'' && static_cast<unsigned char>(text[e + mark]) < 0x80))) {
                    const std::string minutes = text.substr(i, e - i);
                    spoken = minutes + (minutes == "1" ? " minuto" : " minutos");
                    if (took(e + mark, "number")) continue;
                }
            }
            // "venceu por 2 x 1", "o placar de 3x0": a match's result, "2 a 1", in a sentence about a match (a room's
            // "3 x 4 metros" is its size).
            if (std::isdigit(static_cast<unsigned char>(text[i])) && (i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
                std::size_t e = i;
                while (e < text.size() && std::isdigit(static_cast<unsigned char>(text[e])) && e - i < 3) ++e;
                const std::size_t x = e < text.size() && text[e] == ' ' ? e + 1 : e;
                // (A capital X between the teams of a headline set in capitals: "FLAMENGO 3 X 2 PALMEIRAS".)
                const std::size_t f = x + 1 < text.size() && (text[x] == 'x' || (text[x] == 'X' && x > e && text[x + 1] == ' ')) ? (text[x + 1] == ' ' ? x + 2 : x + 1) : x;
                std::size_t g = f;
                while (g < text.size() && std::isdigit(static_cast<unsigned char>(text[g])) && g - f < 3) ++g;
                const bool spacedAlike = (x > e) == (f > x + 1);
                // (Glued, "2x1", only after what a result follows: "basquete 3x3" is a format, "no 1 x 1" a duel.)
                const std::string wordBefore = lowerWordBefore(text, i);
                const bool resultBefore = wordBefore == "por" || wordBefore == "de" || wordBefore == "placar" || wordBefore == "foi" ||
                                          wordBefore == "terminou" || wordBefore == "ficou" || wordBefore == "venceu" || wordBefore == "vence" ||
                                          wordBefore == "perdeu" || wordBefore == "bateu" || wordBefore == "derrotou" || wordBefore == "empatou";
                if (e - i <= 2 && f > x && g > f && g - f <= 2 && spacedAlike && (g >= text.size() || !std::isalnum(static_cast<unsigned char>(text[g])))) {
                    const std::string lower = lowerUtf8(text);
                    bool match = false;
                    for (const char* w : {"venceu", "vence", "perdeu", "empat", "placar", "gol", "jogo", "partida", "vit\xC3\xB3ria", "derrota",
                                          "campeonato", "rodada", "goleada", "bateu", "derrotou", "superou", "final", "cl\xC3\xA1ssico"}) {
                        match = match || lower.find(w) != std::string::npos;
                    }
                    // (Or a team's name on each side, "Flamengo 2 x 1 Palmeiras", or the result's verb before it: "fez 2 x 1 no
                    // Palmeiras".)
                    const auto capitalAt = [&](std::size_t at) { return at < text.size() && (std::isupper(static_cast<unsigned char>(text[at])) || static_cast<unsigned char>(text[at]) == 0xC3); };
                    std::size_t before = i;
                    while (before > 0 && text[before - 1] == ' ') --before;
                    while (before > 0 && std::isalpha(static_cast<unsigned char>(text[before - 1]))) --before;
                    const std::size_t after = text.find_first_not_of(' ', g);
                    match = match || resultBefore || wordBefore == "fez" || (before < i && capitalAt(before) && after != std::string::npos && capitalAt(after));
                    // (Not a size: "3 x 4 metros", "2 x 2 m".)
                    std::size_t u = g < text.size() && text[g] == ' ' ? g + 1 : g;
                    std::size_t ue = u;
                    while (ue < text.size() && std::isalpha(static_cast<unsigned char>(text[ue]))) ++ue;
                    const std::string unit = lowerAscii(text.substr(u, ue - u));
                    const bool size = unit == "m" || unit == "metros" || unit == "cm" || unit == "mm" || unit == "km" || unit == "polegadas" ||
                                      unit == "centimetros" || unit == "metro";
                    if (match && !size && (x > e || resultBefore) && wordBefore != "no" && wordBefore != "num") {
                        spoken = text.substr(i, e - i) + " a " + text.substr(f, g - f);
                        if (took(g, "score")) continue;
                    }
                }
                // "em 12x sem juros", "10x de R$ 99": a price paid in instalments, "12 vezes" (eSpeak NG says "doze xis").
                if (e - i <= 2 && e + 1 < text.size() && text[e] == 'x' && (e + 1 == text.size() || text[e + 1] == ' ' || text[e + 1] == ',')) {
                    const std::size_t w = text.find_first_not_of(' ', e + 1);
                    const std::string next = w == std::string::npos ? "" : lowerAscii(text.substr(w, text.find_first_of(" ,.", w) - w));
                    if (next == "sem" || next == "de" || next == "no" || next == "iguais" || next == "mensais" || next == "parcelas" || next == "com") {
                        spoken = text.substr(i, e - i) + " vezes";
                        if (took(e + 1, "number")) continue;
                    }
                }
            }
            // "D. Duarte Pio", "o cardeal D. Manuel Clemente", "Infante D. Henrique": the title Dom (Dona before a woman's
            // name, "D. Maria") before a given name; eSpeak NG said the letter as a Roman five hundred.
            if (text.compare(i, 3, "D. ") == 0 && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '(') && i + 3 < text.size() &&
                std::isupper(static_cast<unsigned char>(text[i + 3]))) {
                std::size_t end = i + 3;
                while (end < text.size() && (isWordByte(text[end]) || static_cast<unsigned char>(text[end]) >= 0x80)) ++end;
                const std::string name = text.substr(i + 3, end - i - 3);
                // (After a title or a street's word, the name alone, "Infante D. Henrique"; after a small word, a name of two
                // words, "o cardeal D. Manuel Clemente"; "Franklin D. Roosevelt" has an initial, "a vitamina D. Estudos …" ends.)
                std::size_t b = i > 0 ? i - 1 : 0;
                while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '(') --b;
                const std::string before = i > 0 ? text.substr(b, i - 1 - b) : "";
                static constexpr WordSet kTitles({"Infante", "Infanta", "Rei", "Rainha", "Pr\xC3\xADncipe", "Princesa", "Cardeal", "Bispo",
                                                  "Arcebispo", "Avenida", "Av.", "Rua", "Pra\xC3\xA7" "a", "Largo", "Escola", "Col\xC3\xA9gio",
                                                  "Hospital", "Ponte", "Liceu", "Funda\xC3\xA7\xC3\xA3o"});
                const bool titled = kTitles.count(before) != 0;
                // (After an article, a preposition or a churchman's title: "o cardeal D. Manuel Clemente"; "do grupo D. Cristiano
                // Ronaldo …" ends a sentence on the group's letter.)
                static constexpr WordSet kLeading({"o", "a", "do", "da", "de", "ao", "\xC3\xA0", "com", "e", "pelo", "pela", "por", "para",
                                                   "cardeal", "bispo", "arcebispo", "padre", "frei", "rei", "rainha", "infante", "infanta",
                                                   "pr\xC3\xADncipe", "princesa", "duque", "duquesa", "avenida", "rua", "pra\xC3\xA7" "a"});
                const bool small = before.empty() || kLeading.count(before) != 0 || before.back() == ',';
                const bool twoNames = end + 1 < text.size() && text[end] == ' ' && std::isupper(static_cast<unsigned char>(text[end + 1]));
                if (name.size() >= 3 && (titled || (small && twoNames)) &&
                    std::all_of(name.begin() + 1, name.end(), [](char c) { return !std::isupper(static_cast<unsigned char>(c)); })) {
                    // (Dona for a woman: her name's "a", a queen's or a princess's title, "Rainha D. Leonor", or a name known
                    // as a woman's.)
                    static constexpr WordSet kWomen({"Leonor", "Isabel", "Beatriz", "In\xC3\xAAs", "Carmen", "Raquel", "Ester", "Mercedes"});
                    const bool woman = name.back() == 'a' || kWomen.count(name) != 0 || before == "Rainha" || before == "Infanta" ||
                                       before == "Princesa" || before == "Duquesa";
                    spoken = woman ? "Dona " : "Dom ";
                    if (took(i + 3, "abbreviation")) continue;
                }
            }
            // A short form said in full before its figure or numeral (a road's kilometre post too: "no km 32",
            // "quilômetro" in Brazil, "quilómetro" elsewhere); "2T24", "no 3T": a quarter of the year.
            const char* post = brazil_ ? "quil\xC3\xB4metro " : "quil\xC3\xB3metro ";
            static const QuarterStyle kQuarters{{"primeiro", "segundo", "terceiro", "quarto"}, "trimestre", "de", {"o", "no", "do", "ao"}};
            // "4h12'30\"", "a 1'05\"": a time in a race (before "4h12" is taken for the time of day).
            // "os 2/3 dos votos", "cerca de 3/4 dos alunos", "1/3 da população": a share, "dois terços", "um terço".
            static const FractionWords kFractions{{"os", "dos", "aos", "nos", "pelos", "estes", "esses"},
                                                  {"", "", "", "ter\xC3\xA7os", "quartos", "quintos", "sextos", "s\xC3\xA9timos", "oitavos",
                                                   "nonos", "d\xC3\xA9" "cimos"},
                                                  {"de", "dos", "das", "do", "da"},
                                                  {"", "", "", "um ter\xC3\xA7o", "um quarto", "um quinto", "um sexto", "um s\xC3\xA9timo",
                                                   "um oitavo", "um nono", "um d\xC3\xA9" "cimo"}};
            static const RaceTimeStyle kRace{{"uma hora", "horas"}, {"um minuto", "minutos"}, {"um segundo", "segundos"}, "e",
                                             {"d\xC3\xA9" "cimos", "cent\xC3\xA9simos", "mil\xC3\xA9simos"}, {"a", "em"}, {}, "duas horas"};
            if (took(shortFormBeforeFigure(text, i, {{"s\xC3\xA9" "c. ", "s\xC3\xA9" "culo "}, {"S\xC3\xA9" "c. ", "s\xC3\xA9" "culo "},
                                                     {"km ", post}, {"Km ", post}}, spoken),
                     "abbreviation") ||
                took(quarterAt(text, i, kQuarters, spoken), "date") || took(dayAfterWeekdayAt(text, i, spoken), "date") || took(fractionAfterArticleAt(text, i, kFractions, spoken), "number") ||
                took(actNumberAt(text, i, acts(), spoken), "number") ||
                took(raceTimeAt(text, i, kRace, spoken), "time") ||
                // "2 mortes", "1 compressa": a count agreeing with its feminine noun.
                took(numberedNounAt(text, i, spoken), "ordinal") || took(feminineCountAt(text, i, spellout_, isPortugueseFeminine, spoken), "number") || took(escudosAt(text, i, spoken), "money") ||
                took(figureAt(text, i, spoken), "number") || took(rulerAt(text, i, spoken), "ordinal") ||
                took(signedAmount(text, i, amounts(), spoken), "money") || took(timeOfDay(text, i, spoken), "time") ||
                // "15/03/2025": a date in figures, day first.
                took(numericDate(text, i, dates(), spoken), "date") || took(daysBeforeMonthAt(text, i, dates(), spoken), "date") ||
                took(magnitudeShortAt(text, i, spoken), "number") || took(unitAfterNumber(text, i, units(), spoken), "unit")) {
                // (Portugal writes "quilómetro", with the open vowel it says; Brazil "quilômetro".)
                if (!brazil_) {
                    for (std::size_t at = out.find("quil\xC3\xB4metro"); at != std::string::npos; at = out.find("quil\xC3\xB4metro", at)) {
                        out.replace(at + 4, 2, "\xC3\xB3");
                    }
                }
                continue;
            }
            out += text[i++];
        }
        // ("1 mil reais": a thousand is "mil" alone, which eSpeak NG says "um mil".)
        for (std::size_t at = out.find("1 mil"); at != std::string::npos; at = out.find("1 mil", at + 1)) {
            const bool alone = (at == 0 || (!isAsciiDigit(out[at - 1]) && out[at - 1] != ',' && out[at - 1] != '.')) &&
                               (at + 5 == out.size() || !std::isalpha(static_cast<unsigned char>(out[at + 5])));
            if (!alone) continue;
            out.erase(at, 2);
            if (log != nullptr) log->push_back({"1 mil", "mil", "number"});
        }
        return withMilAnd(out, log);
    }

private:
    // A figure grouped by spaces, as Portugal writes thousands ("28 437", "350 000 €"): one figure, which
    // eSpeak NG otherwise reads as two ("vinte e oito quatrocentos…").
    static std::string withSpacedThousandsJoined(const std::string& text, std::vector<Rewrite>* log) {
        if (text.find(' ') == std::string::npos) return text;
        std::string out;
        for (std::size_t i = 0; i < text.size();) {
            const bool start = isDigit(text[i]) && (i == 0 || !(isDigit(text[i - 1]) || text[i - 1] == ',' || text[i - 1] == '.' ||
                                                                (text[i - 1] == ' ' && i >= 2 && isDigit(text[i - 2]))));
            std::size_t e = i;
            while (start && e < text.size() && isDigit(text[e])) ++e;
            std::size_t g = e;
            while (start && e - i <= 3 && g + 3 < text.size() && text[g] == ' ' && isDigit(text[g + 1]) && isDigit(text[g + 2]) &&
                   isDigit(text[g + 3]) && (g + 4 >= text.size() || !isDigit(text[g + 4]))) {
                g += 4;
            }
            // (Up to seven figures: "912 345 678" is a telephone, "NIF 501 234 567" a tax number.)
            if (!start || g == e || (e - i) + (g - e) / 4 * 3 > 7) {
                out += text[i++];
                continue;
            }
            std::string joined;
            for (std::size_t k = i; k < g; ++k) {
                if (text[k] != ' ') joined += text[k];
            }
            if (log != nullptr) log->push_back({text.substr(i, g - i), joined, "number"});
            out += joined;
            i = g;
        }
        return out;
    }

    // "1.200", "28437", "2050": Portuguese says "e" after "mil" where what follows is under a hundred or
    // whole hundreds ("mil e duzentos", "vinte e oito mil e quatrocentos"); eSpeak NG leaves it out. (Five
    // figures or grouped ones: "1200" alone may be a year.)
    static std::string withMilAnd(const std::string& text, std::vector<Rewrite>* log) {
        std::string out;
        for (std::size_t i = 0; i < text.size();) {
            // (Not a code with its leading nought, "02050".)
            const bool start = isDigit(text[i]) && text[i] != '0' && (i == 0 || !(isWordByte(text[i - 1]) || text[i - 1] == ',' || text[i - 1] == '.'));
            std::size_t e = i;
            std::string digits;
            bool grouped = false;
            while (start && e < text.size() && (isDigit(text[e]) || (text[e] == '.' && e + 3 < text.size() && isDigit(text[e + 1]) &&
                                                                      isDigit(text[e + 2]) && isDigit(text[e + 3]) &&
                                                                      (e + 4 >= text.size() || !isDigit(text[e + 4]))))) {
                grouped = grouped || text[e] == '.';
                if (text[e] != '.') digits += text[e];
                ++e;
            }
            const bool decimal = e + 1 < text.size() && text[e] == ',' && isDigit(text[e + 1]);
            const long n = start && !digits.empty() && digits.size() <= 6 ? std::stol(digits) : 0;
            const long rest = n % 1000;
            if (!start || decimal || (e < text.size() && isWordByte(text[e])) || n < 1000 || (!grouped && digits.size() < 5) || rest == 0 ||
                !(rest < 100 || rest % 100 == 0)) {
                if (!start) {
                    out += text[i++];
                } else {
                    out += text.substr(i, std::max<std::size_t>(e - i, 1));
                    i += std::max<std::size_t>(e - i, 1);
                }
                continue;
            }
            const std::string said = std::to_string(n - rest) + " e " + std::to_string(rest);
            if (log != nullptr) log->push_back({text.substr(i, e - i), said, "number"});
            out += said;
            i = e;
        }
        return out;
    }

    // "acima dos 42,4 mi previstos", "3 bi de reais": Brazil's magnitudes written short after a figure, said whole ("milhões").
    // (After a decimal or before "de": "200 mi da costa" are miles, "em 2021 bi" a second title.)
    static std::size_t magnitudeShortAt(const std::string& text, std::size_t i, std::string& spoken) {
        if (!isDigit(text[i]) || (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ','))) return i;
        std::size_t e = i;
        while (e < text.size() && (isDigit(text[e]) || ((text[e] == ',' || text[e] == '.') && e + 1 < text.size() && isDigit(text[e + 1])))) ++e;
        const std::string figure = text.substr(i, e - i);
        for (const auto& [written, one, many] : {std::tuple<const char*, const char*, const char*>{"mi", "milh\xC3\xA3o", "milh\xC3\xB5" "es"},
                                                {"bi", "bilh\xC3\xA3o", "bilh\xC3\xB5" "es"},
                                                {"tri", "trilh\xC3\xA3o", "trilh\xC3\xB5" "es"}}) {
            const std::size_t n = std::strlen(written);
            if (e + 1 + n > text.size() || text[e] != ' ' || text.compare(e + 1, n, written) != 0 ||
                (e + 1 + n < text.size() && isWordByte(text[e + 1 + n]))) {
                continue;
            }
            const bool decimal = figure.find(',') != std::string::npos;
            if (!decimal && text.compare(e + 1 + n, 4, " de ") != 0) continue;
            const bool single = figure.size() == 1 && figure[0] == '1';
            const bool belowTwo = decimal && figure[0] == '1' && figure[1] == ',';
            spoken = figure + " " + (single || belowTwo ? one : many);
            return e + 1 + n;
        }
        return i;
    }

    // "3456-7890" -> "3 4 5 6, 7 8 9 0", "123.456.789-09" -> "1 2 3, 4 5 6, 7 8 9, 0 9": digits said one by one, a pause at
    // each sign between groups.
    static std::string digitGroups(const std::string& text, std::size_t from, std::size_t to) {
        std::string spoken;
        for (std::size_t k = from; k < to; ++k) spoken += !isDigit(text[k]) ? std::string(",") : (spoken.empty() ? "" : " ") + std::string(1, text[k]);
        return spoken;
    }

    // "Flamengo 2x1 Palmeiras": a result between two names, "2 a 1"; "01310-100": a postcode, digit by
    // digit; "32 °C": degrees, "32 graus".
    static std::size_t figureAt(const std::string& text, std::size_t i, std::string& spoken) {
        // "-4 °C": below zero (only degrees: a sign alone is for eSpeak NG).
        const auto figure = [&](const std::string& t, std::size_t at, std::string& said) { return figureAt(t, at, said); };
        if (const std::size_t end = degreesBelowZero(text, i, "menos", "grau", figure, spoken); end != i) return end;
        if (!isDigit(text[i]) || (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ','))) return i;
        std::size_t e = i;
        while (e < text.size() && isDigit(text[e])) ++e;
        // "1.º classificado", "2.ª vez": an ordinal with the dot Portugal sets before its sign, which eSpeak
        // NG reads as "um ordinal masculino"; without the dot it says "primeiro".
        if (text.compare(e, 3, ".\xC2\xBA") == 0 || text.compare(e, 3, ".\xC2\xAA") == 0) {
            spoken = text.substr(i, e - i) + text.substr(e + 1, 2);
            return e + 3;
        }
        const auto capitalWordAround = [&](std::size_t before, std::size_t after) {
            return before >= 2 && text[before - 1] == ' ' && std::isupper(static_cast<unsigned char>(text[before - 2])) == 0 &&
                   std::isalpha(static_cast<unsigned char>(text[before - 2])) && after + 1 < text.size() && text[after] == ' ' &&
                   (std::isupper(static_cast<unsigned char>(text[after + 1])) || static_cast<unsigned char>(text[after + 1]) >= 0xC3);
        };
        if (e - i <= 2 && e + 1 < text.size() && (text[e] == 'x' || text[e] == 'X') && isDigit(text[e + 1])) {
            std::size_t f = e + 1;
            while (f < text.size() && isDigit(text[f])) ++f;
            std::size_t nameStart = i >= 2 ? i - 2 : 0;
            while (nameStart > 0 && text[nameStart - 1] != ' ') --nameStart;
            const bool named = i >= 2 && std::isupper(static_cast<unsigned char>(text[nameStart])) && capitalWordAround(i, f);
            if (f - e - 1 <= 2 && (f >= text.size() || !isWordByte(text[f])) && named) {
                spoken = text.substr(i, e - i) + " a " + text.substr(e + 1, f - e - 1);
                return f;
            }
        }
        // "123.456.789-09", "12.345.678/0001-90", "12.345.678-9": a person's or a firm's number (CPF, CNPJ, RG), its groups
        // parted by points and a slash and its check digits after a hyphen, said digit by digit (eSpeak NG reads one sum of
        // millions "menos" nine); after "final", "234-56", the end of one.
        {
            std::size_t k = e, groups = 1;
            // (Its first group of two or three figures and the others of three after a point: "1.200.000-13 mil", "2.500.000-3
            // milhões" are a span of amounts.)
            bool points = false, grouped = e - i >= 2 && e - i <= 3;
            while (k + 1 < text.size() && (text[k] == '.' || text[k] == '/') && isDigit(text[k + 1])) {
                const bool point = text[k] == '.';
                points = points || point;
                const std::size_t from = ++k;
                while (k < text.size() && isDigit(text[k])) ++k;
                grouped = grouped && (!point || k - from == 3);
                ++groups;
            }
            if (k + 1 < text.size() && text[k] == '-' && isDigit(text[k + 1])) {
                std::size_t check = k + 1;
                while (check < text.size() && isDigit(text[check])) ++check;
                const bool ended = check >= text.size() || (!isWordByte(text[check]) && !(text[check] == '.' && check + 1 < text.size() &&
                                                                                          isDigit(text[check + 1])));
                // (After a document's name: "CPF final 234-56"; "venceu a final 102-95" is a match's.)
                const std::string before = " " + lowerUtf8(text.substr(i >= 24 ? i - 24 : 0, i >= 24 ? 24 : i));
                const bool final = groups == 1 && lowerWordBefore(text, i) == "final" && e - i <= 4 &&
                                   containsAnyOf(before, {" cpf ", " cnpj ", " rg ", " cart\xC3\xA3o ", " conta ", " placa ", " celular ", " telefone ", " documento "});
                if (ended && check - k - 1 <= 2 && ((points && grouped && groups >= 3) || final)) {
                    spoken = digitGroups(text, i, check);
                    return check;
                }
            }
        }
        if (e - i == 5 && e + 4 <= text.size() && text[e] == '-' && isDigit(text[e + 1]) && isDigit(text[e + 2]) && isDigit(text[e + 3]) &&
            (e + 4 >= text.size() || !isWordByte(text[e + 4]))) {
            spoken = digitGroups(text, i, e + 4);
            return e + 4;
        }
        // "(11) 3456-7890", "99876-5432": a Brazilian telephone number, said digit by digit in its groups
        // (a range of years, "1998-2002", has four digits and no area code before it).
        if ((e - i == 5 || (e - i == 4 && i >= 2 && text.compare(i - 2, 2, ") ") == 0)) && e + 5 <= text.size() && text[e] == '-' &&
            isDigit(text[e + 1]) && isDigit(text[e + 2]) && isDigit(text[e + 3]) && isDigit(text[e + 4]) &&
            (e + 5 >= text.size() || !isWordByte(text[e + 5]))) {
            spoken = digitGroups(text, i, e + 5);
            return e + 5;
        }
        // ("42,1 °C": a decimal, its comma and the tenths before the sign.)
        std::size_t numberEnd = e;
        if (e + 1 < text.size() && text[e] == ',' && isDigit(text[e + 1])) {
            numberEnd = e + 1;
            while (numberEnd < text.size() && isDigit(text[numberEnd])) ++numberEnd;
        }
        std::size_t d = numberEnd < text.size() && text[numberEnd] == ' ' ? numberEnd + 1 : numberEnd;
        if (text.compare(d, 2, "\xC2\xB0") == 0) {
            std::size_t unit = d + 2;
            if (unit < text.size() && text[unit] == ' ') ++unit;
            if (unit < text.size() && (text[unit] == 'C' || text[unit] == 'F') && (unit + 1 >= text.size() || !isWordByte(text[unit + 1]))) {
                const std::string number = text.substr(i, numberEnd - i);
                spoken = number + (number == "1" ? " grau" : " graus") + (text[unit] == 'F' ? " Fahrenheit" : "");
                return unit + 1;
            }
        }
        return i;
    }

    // "D. Pedro II", "Pedro I", "João VI": a ruler's number, an ordinal up to ten ("Dom Pedro segundo"),
    // a count above; "D." before the name is "Dom" (or "Dona" before a woman's).
    std::size_t rulerAt(const std::string& text, std::size_t i, std::string& spoken) const {
        if (text.compare(i, 3, "D. ") == 0 && (i == 0 || text[i - 1] == ' ') && i + 3 < text.size() &&
            (std::isupper(static_cast<unsigned char>(text[i + 3])) || static_cast<unsigned char>(text[i + 3]) >= 0xC3)) {
            std::size_t nameEnd = i + 3;
            while (nameEnd < text.size() && text[nameEnd] != ' ' && text[nameEnd] != ',' && text[nameEnd] != '.') ++nameEnd;
            const std::string name = text.substr(i + 3, nameEnd - i - 3);
            // (Only a ruler's: a Roman numeral after the name. "Franklin D. Roosevelt", "vitamina D. Estudos" stay.)
            std::size_t numeral = nameEnd + 1, numeralEnd = numeral;
            while (numeralEnd < text.size() && std::string("IVX").find(text[numeralEnd]) != std::string::npos) ++numeralEnd;
            if (nameEnd >= text.size() || text[nameEnd] != ' ' || numeralEnd == numeral ||
                (numeralEnd < text.size() && isWordByte(text[numeralEnd]))) {
                return i;
            }
            spoken = std::string(name.back() == 'a' ? "Dona " : "Dom ");
            return i + 3;
        }
        if (i < 3 || text[i - 1] != ' ' || !std::isupper(static_cast<unsigned char>(text[i]))) return i;
        std::size_t e = i;
        while (e < text.size() && std::string("IVX").find(text[e]) != std::string::npos) ++e;
        std::size_t nameStart = i - 1;
        while (nameStart > 0 && text[nameStart - 1] != ' ') --nameStart;
        // ("D. Manuel I", "rei João I": a lone "I" is a numeral after a ruler's title.)
        const std::string before = text.substr(0, nameStart);
        bool titled = false;
        for (const char* title : {"D. ", "Dom ", "Dona ", "rei ", "rainha ", "papa ", "imperador ", "imperatriz ", "infante "}) {
            const std::size_t n = std::strlen(title);
            titled = titled || (before.size() >= n && before.compare(before.size() - n, n, title) == 0);
        }
        if (e == i || (e < text.size() && isWordByte(text[e])) || (e - i == 1 && text[i] != 'V' && !(text[i] == 'I' && titled))) return i;
        const int value = romanNumeralValue(std::string_view(text).substr(i, e - i));
        if (value < 1 || value > 39 || i - 1 - nameStart < 3 || !std::isupper(static_cast<unsigned char>(text[nameStart]))) return i;
        const bool queen = text[i - 2] == 'a';
        spoken = value <= 10 ? spellout_.say(value, queen ? "%spellout-ordinal-feminine" : "%spellout-ordinal-masculine")
                             : spellout_.say(value, "%spellout-cardinal-masculine");
        return spoken.empty() ? i : e;
    }

    // "a II Guerra Mundial", "da I Liga", "o III Congresso": a Roman numeral between an article and a capitalized noun
    // is the ordinal that agrees with the article ("Segunda Guerra", "Primeira Liga"; eSpeak NG said "dois guerra" and
    // the letter "i"). Also "§ 2º", "parágrafo" (eSpeak NG said "seção").
    std::size_t numberedNounAt(const std::string& text, std::size_t i, std::string& spoken) const {
        if (text.compare(i, 2, "\xC2\xA7") == 0 && (i + 3 < text.size() && text[i + 2] == ' ' && isDigit(text[i + 3]))) {
            spoken = "par\xC3\xA1grafo";
            return i + 2;
        }
        if (i < 2 || text[i - 1] != ' ' || (text[i] != 'I' && text[i] != 'V' && text[i] != 'X')) return i;
        std::size_t e = i;
        while (e < text.size() && (text[e] == 'I' || text[e] == 'V' || text[e] == 'X')) ++e;
        if (e + 2 >= text.size() || text[e] != ' ' || !std::isupper(static_cast<unsigned char>(text[e + 1])) ||
            !std::islower(static_cast<unsigned char>(text[e + 2]))) {
            return i;
        }
        const std::string article = lowerWordBefore(text, i);
        const bool feminine = article == "a" || article == "da" || article == "na" || article == "\xC3\xA0" || article == "pela";
        const bool masculine = article == "o" || article == "do" || article == "no" || article == "ao" || article == "pelo";
        const int value = romanNumeralValue(std::string_view(text).substr(i, e - i));
        if ((!feminine && !masculine) || value < 1 || value > 20) return i;
        std::string ordinal = spellout_.say(value, feminine ? "%spellout-ordinal-feminine" : "%spellout-ordinal-masculine");
        if (ordinal.empty()) return i;
        ordinal[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(ordinal[0])));
        spoken = ordinal;
        return e;
    }

    // "14h30", "9h", "14h30min", "1h": "catorze horas e 30", "nove horas", "uma hora"; the hours in the
    // feminine, which eSpeak NG would not give them ("vinte e duas horas", not "vinte e dois").
    std::size_t timeOfDay(const std::string& text, std::size_t i, std::string& spoken) const {
        if (!isDigit(text[i]) || (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ','))) return i;
        std::size_t h = i;
        while (h < text.size() && isDigit(text[h]) && h - i < 3) ++h;
        // ("15:00", "09:30": the clock with a colon, two figures for its minutes, is said the same way.)
        // (Only where a word of the clock stands before it, "às 15:00", or "horas" after it: "dura 4:12 minutos", "João
        // 3:16" and a race's "3:29" are no times of day.)
        const std::string before = lowerWordBefore(text, i);
        const bool clockWord = before == "\xC3\xA0s" || before == "as" || before == "das" || before == "pelas" || before == "at\xC3\xA9" ||
                               before == "entre" || before == "desde" || before == "partir" || before == "\xC3\xA0" || before == "e";
        const bool colon = h < text.size() && text[h] == ':' && h + 2 < text.size() && isDigit(text[h + 1]) && isDigit(text[h + 2]) &&
                           (h + 3 >= text.size() || (!isDigit(text[h + 3]) && text[h + 3] != ':')) &&
                           (clockWord || text.compare(h + 3, 6, " horas") == 0 || text.compare(h + 3, 2, " h") == 0);
        if (h - i > 2 || h >= text.size() || (text[h] != 'h' && !colon)) return i;
        const int hour = std::stoi(text.substr(i, h - i));
        std::size_t end = h + 1;
        int minute = -1;
        if (end + 1 < text.size() && isDigit(text[end]) && isDigit(text[end + 1])) {
            minute = std::stoi(text.substr(end, 2));
            end += 2;
            if (text.compare(end, 3, "min") == 0) end += 3;
        }
        if (hour > 24 || minute > 59 || (end < text.size() && isWordByte(text[end]))) return i;
        // ("às 21:00 horas", "15:00 h": the word written after it is said once.)
        if (colon) {
            for (const char* word : {" horas", " hora", " h"}) {
                const std::size_t n = std::strlen(word);
                if (text.compare(end, n, word) == 0 && (end + n >= text.size() || !isWordByte(text[end + n]))) end += n;
            }
        }
        const std::string hours = spellout_.say(hour, "%spellout-cardinal-feminine");
        spoken = (hours.empty() ? std::to_string(hour) : hours) + (hour == 1 ? " hora" : " horas");
        if (minute > 0) spoken += " e " + std::to_string(minute);
        return end;
    }

    bool brazil_;
    Spellout spellout_;
};

}  // namespace
}  // namespace portuguese

std::unique_ptr<LanguageRules> makePortugueseRules(const std::string& language) {
    return std::make_unique<portuguese::Portuguese>(regionOf(language) == "BR");
}

}  // namespace readcast

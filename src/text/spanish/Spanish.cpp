// Spanish spoken-form rules. eSpeak NG reads Spanish numbers and most signs itself, with a comma as the
// decimal mark and a point between thousands, as Spain writes them. What it gets wrong is the
// Americas' way ("$1,250" is "dólar uno coma doscientos cincuenta" to it: a thousand times too
// little) and the time of day in figures ("22:00" is "veintidós cero cero").

#include <cctype>
#include <cstring>
#include <unordered_set>

#include "core/Ascii.hpp"
#include "core/LanguageTag.hpp"
#include "text/Normalizer.hpp"
#include "text/GenderedCount.hpp"
#include "core/WordSet.hpp"
#include "text/RewriteScan.hpp"
#include "text/RomanNumerals.hpp"
#include "text/SpelledInitialism.hpp"
#include "text/SpokenAddress.hpp"
#include "text/QuarterShortForm.hpp"
#include "text/RaceTime.hpp"
#include "text/ShortFormBeforeFigure.hpp"
#include "text/Spellout.hpp"
#include "text/NumericDate.hpp"
#include "text/UnitAfterNumber.hpp"

namespace readcast {
namespace spanish {
namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// "15/03/2025", a date in figures, day first.
const NumericDateStyle& dates() {
    static const NumericDateStyle kStyle{{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
                                          "diciembre"},
                                         // (and a weekday: "el sábado 27/9")
                                         "", "de", "de", {"del", "al", "desde", "hasta", "lunes", "martes", "mi\xC3\xA9rcoles", "jueves", "viernes",
                                                          "s\xC3\xA1" "bado", "domingo"}, "del", "al", "y"};
    return kStyle;
}

// After a number: "300 km", "20 €", "3,50 €", "2-1".
const UnitAfterNumberStyle& units() {
    static const UnitAfterNumberStyle kStyle{
        {{"km/h", "kil\xC3\xB3metro por hora", "kil\xC3\xB3metros por hora"},
         {"mph", "milla por hora", "millas por hora"},
         {"mg/l", "miligramo por litro", "miligramos por litro"},
         // a dose by the body's weight, a pressure: "2,5 mg/kg", "6 mmHg"
         {"mg/kg", "miligramo por kilo", "miligramos por kilo"},
         {"mmHg", "mil\xC3\xADmetro de mercurio", "mil\xC3\xADmetros de mercurio"},
         {"\xC2\xB5g/m\xC2\xB3", "microgramo por metro c\xC3\xBA" "bico", "microgramos por metro c\xC3\xBA" "bico"},
         {"g/l", "gramo por litro", "gramos por litro"},
         {"l/m\xC2\xB2", "litro por metro cuadrado", "litros por metro cuadrado"},
         {"m\xC2\xB3/s", "metro c\xC3\xBA" "bico por segundo", "metros c\xC3\xBA" "bicos por segundo"},
         {"hm\xC2\xB3", "hect\xC3\xB3metro c\xC3\xBA" "bico", "hect\xC3\xB3metros c\xC3\xBA" "bicos"},
         {"m\xC2\xB3", "metro c\xC3\xBA" "bico", "metros c\xC3\xBA" "bicos"},
         {"km\xC2\xB2", "kil\xC3\xB3metro cuadrado", "kil\xC3\xB3metros cuadrados"},
         {"m\xC2\xB2", "metro cuadrado", "metros cuadrados"},
         {"km", "kil\xC3\xB3metro", "kil\xC3\xB3metros"},
         {"cm", "cent\xC3\xADmetro", "cent\xC3\xADmetros"},
         {"mm", "mil\xC3\xADmetro", "mil\xC3\xADmetros"},
         {"m", "metro", "metros"},
         {"kg", "kilo", "kilos"},
         {"mg", "miligramo", "miligramos"},
         {"\xC2\xB5g", "microgramo", "microgramos"},
         {"g", "gramo", "gramos"},
         {"ml", "mililitro", "mililitros"},
         {"l", "litro", "litros"},
         {"GB", "gigabyte", "gigabytes"},
         {"TB", "terabyte", "terabytes"},
         {"MB", "megabyte", "megabytes"},
         // a phone's or a computer's figures: "120 Hz", "3,5 GHz", "5.000 mAh", "45 W", "48 MP", "3 nm", "1 Gbit/s"
         {"GHz", "gigahercio", "gigahercios"},
         {"MHz", "megahercio", "megahercios"},
         {"kHz", "kilohercio", "kilohercios"},
         {"Hz", "hercio", "hercios"},
         {"mAh", "miliamperio hora", "miliamperios hora"},
         {"kW", "kilovatio", "kilovatios"},
         {"W", "vatio", "vatios"},
         {"MP", "megap\xc3\xadxel", "megap\xc3\xadxeles"},
         {"nm", "nan\xc3\xb3metro", "nan\xc3\xb3metros"},
         {"Gbit/s", "gigabit por segundo", "gigabits por segundo"},
         {"Mbit/s", "megabit por segundo", "megabits por segundo"},
         {"Gbps", "gigabit por segundo", "gigabits por segundo"},
         {"Mbps", "megabit por segundo", "megabits por segundo"},
         // a rate's change in percentage points, "0,178 pp" (the party, "el PP", is in capitals)
         {"pp", "punto porcentual", "puntos porcentuales"},
         {"ha", "hect\xC3\xA1rea", "hect\xC3\xA1reas"},
         {"MW", "megavatio", "megavatios"},
         {"GW", "gigavatio", "gigavatios"},
         {"kWh", "kilovatio hora", "kilovatios hora"},
         {"MWh", "megavatio hora", "megavatios hora"},
         {"GWh", "gigavatio hora", "gigavatios hora"},
         {"TWh", "teravatio hora", "teravatios hora"},
         {"\xC2\xB0" "C", "grado", "grados"},
         {"\xC2\xBA" "C", "grado", "grados"},  // "42 ºC": the masculine ordinal sign set for a degree
         {"min", "minuto", "minutos"},
         {"h", "hora", "horas"},
         {"\xE2\x82\xAC", "euro", "euros", true},
         {"MXN", "peso mexicano", "pesos mexicanos", true},
         // (The word itself before a price's measure, "12,3 euros/m²".)
         {"euros", "euro", "euros", true}},
        "con",
        "a",
        "menos",
        false,
        // a price by its rate or its measure: "1.100 €/mes", "1,69 €/l"
        {{"mes", "al mes"}, {"a\xC3\xB1o", "al a\xC3\xB1o"}, {"d\xC3\xAD" "a", "al d\xC3\xAD" "a"}, {"hora", "la hora"}, {"h", "la hora"},
         {"noche", "la noche"}, {"persona", "por persona"}, {"kWh", "el kilovatio hora"}, {"MWh", "el megavatio hora"},
         {"m\xC2\xB2", "el metro cuadrado"}, {"m2", "el metro cuadrado"}, {"kg", "el kilo"}, {"litro", "el litro"}, {"l", "el litro"},
         {"barril", "el barril"}, {"t", "la tonelada"}}};
    return kStyle;
}

bool oneOf(const std::string& region, std::initializer_list<const char*> regions) {
    for (const char* r : regions) {
        if (region == r) return true;
    }
    return false;
}

// Spanish acronyms said as words whatever their letters.
const std::unordered_set<std::string>& spanishAcronyms() {
    static const std::unordered_set<std::string> kWords{"PSOE", "CHA", "BOE", "INE"};
    return kWords;
}

class Spanish : public LanguageRules {
public:
    explicit Spanish(const std::string& region)
        // Where a comma groups thousands and a point marks decimals.
        : commaThousands_(oneOf(region, {"MX", "US", "PR", "DO", "GT", "HN", "NI", "PA", "SV", "CU"})),
          // Where "$" is the peso; elsewhere it is the dollar.
          pesos_(oneOf(region, {"MX", "AR", "CL", "CO", "UY", "DO", "CU"})),
          // An article that names no country: "$6,000" groups thousands as in the Americas (Spain writes
          // "6.000 dólares"), and so does "4,000 personas" (no one writes three decimal zeros).
          unknownRegion_(region.empty()),
          bolivia_(region == "BO"),
          spellout_("es") {}
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override;
    std::string beforeLexicon(const std::string& text, std::vector<Rewrite>* log) const override;
    std::string agree(const std::string& text, std::vector<Rewrite>* log) const override;

private:
    std::size_t regnalAt(const std::string& text, std::size_t i, std::string& spoken) const;
    std::size_t hourWithMarkAt(const std::string& text, std::size_t i, std::string& spoken) const;
    std::size_t countBeforeNounAt(const std::string& text, std::size_t i, std::string& spoken) const;
    bool commaThousands_;
    bool pesos_;
    bool unknownRegion_;
    bool bolivia_;
    Spellout spellout_;
};

bool endsWord(const std::string& text, std::size_t i) {
    return i >= text.size() || (!isWordByte(text[i]) && static_cast<unsigned char>(text[i]) < 0x80);
}

// The half of the day after a time, "8:00 a. m.", "4 p.m.", "12:00 m." (noon, as Venezuela and Colombia
// write it): 'a' or 'p' or 'm', and where it ends (past its last dot, unless that dot also ends the
// sentence); '\0' when none follows.
char meridiemAt(const std::string& text, std::size_t at, std::size_t& end) {
    std::size_t k = at;
    if (k < text.size() && text[k] == ' ') ++k;
    for (const auto& [written, half] : {std::pair<const char*, char>{"a. m.", 'a'}, {"p. m.", 'p'}, {"a.m.", 'a'}, {"p.m.", 'p'},
                                        {"a.m", 'a'}, {"p.m", 'p'}, {"am", 'a'}, {"pm", 'p'}, {"m.", 'm'}}) {
        const std::size_t n = std::strlen(written);
        if (text.compare(k, n, written) != 0 || (k + n < text.size() && std::isalnum(static_cast<unsigned char>(text[k + n])))) continue;
        end = k + n;
        // (The dot that also ends the sentence stays: "… a las 8 p. m." before the end or a capital.)
        const bool last = written[n - 1] == '.' && (end >= text.size() || (end + 1 < text.size() && text[end] == ' ' &&
                                                                             std::isupper(static_cast<unsigned char>(text[end + 1]))));
        if (last) --end;
        return half;
    }
    return '\0';
}

// What a newsreader says for the half of the day at an hour: "de la mañana", "del mediodía", "de la
// tarde", "de la noche".
std::string partOfDay(int hour, char half) {
    if (half == 'm' || (half == 'p' && hour == 12)) return "del mediod\xC3\xAD" "a";
    if (half == 'a') return hour == 12 ? "de la noche" : "de la ma\xC3\xB1" "ana";
    return hour >= 8 && hour <= 11 ? "de la noche" : "de la tarde";
}

// The word from i (letters, accented ones too), and where it ends.
std::string wholeWordAt(const std::string& text, std::size_t i, std::size_t& end) {
    end = i;
    while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) || static_cast<unsigned char>(text[end]) >= 0x80)) ++end;
    return text.substr(i, end - i);
}

// "Felipe VI", "Isabel II", "Alfonso XIII", "el siglo XXI": a ruler's number is an ordinal up to ten
// ("Felipe sexto", "Isabel segunda"), a count above ("Alfonso trece"); a century's is a count, and so is
// a part's or a phase's ("la Fase II", "Tomo III") and a named place's ("El Cuchillo II"). A lone "I" is
// a numeral only after a ruler's name and before no capitalized word ("Carlos I de España"; eSpeak NG
// says the letter).
std::size_t Spanish::regnalAt(const std::string& text, std::size_t i, std::string& spoken) const {
    if (i < 3 || text[i - 1] != ' ') return i;
    std::size_t e = i;
    while (e < text.size() && std::string("IVXL").find(text[e]) != std::string::npos) ++e;
    if (!endsWord(text, e) || (e - i == 1 && text[i] != 'V' && text[i] != 'I')) return i;
    if (text.compare(i, e - i, "I") == 0 && e + 1 < text.size() && text[e] == ' ' && std::isupper(static_cast<unsigned char>(text[e + 1]))) {
        return i;
    }
    // (Nor one with its dot before a surname after a title and a given name: "Dr. Juan I. Menchaca" has a middle initial; "Carlos
    // I. Después" is a king at a sentence's end.)
    if (text[i] == 'I' && e - i == 1 && e + 2 < text.size() && text[e] == '.' && text[e + 1] == ' ' &&
        (std::isupper(static_cast<unsigned char>(text[e + 2])) || static_cast<unsigned char>(text[e + 2]) >= 0xC3)) {
        std::size_t given = i - 1;
        while (given > 0 && text[given - 1] != ' ') --given;
        // (The title as written, "Dr.", as said, "doctor", or as the lexicon stands in for it here.)
        static constexpr WordSet kTitles({"doctor", "doctora", "licenciado", "licenciada", "ingeniero", "ingeniera", "se\xC3\xB1or",
                                          "se\xC3\xB1ora", "profesor", "profesora", "don", "do\xC3\xB1" "a", "general", "coronel"});
        const bool titled = given >= 3 && text[given - 1] == ' ' &&
                            (text[given - 2] == '.' || kTitles.count(lowerWordBefore(text, given - 1)) != 0 ||
                             (given >= 4 && isLexiconPlaceholderAt(text, given - 4)));
        if (titled) return i;
    }
    const int value = romanNumeralValue(std::string_view(text).substr(i, e - i));
    if (value < 1 || value > 39) return i;
    // "la XV Legislatura", "el III Congreso": a numeral between an article and the noun it ranks is an
    // ordinal of that noun's gender ("la decimoquinta legislatura"). (Two letters at least: "la I" may be a letter.)
    if (e - i >= 2 && e + 2 < text.size() && text[e] == ' ' && std::isalpha(static_cast<unsigned char>(text[e + 1]))) {
        std::size_t a = i - 1;
        while (a > 0 && text[a - 1] != ' ') --a;
        const std::string article = lowerAscii(text.substr(a, i - 1 - a));
        if (article == "la" || article == "las" || article == "el" || article == "los" || article == "del" || article == "al") {
            const std::string noun = lowerAscii(wholeWordAt(text, e + 1, a));
            const bool feminine = article == "la" || article == "las" || (!noun.empty() && noun.back() == 'a');
            // (Before the noun the masculine's "primero" and "tercero" lose their "o": "el III Congreso", "tercer".)
            spoken = feminine ? spellout_.say(value, "%spellout-ordinal-feminine") : spellout_.say(value, "%spellout-ordinal-masculine-adjective");
            if (spoken.empty() && !feminine) spoken = spellout_.say(value, "%spellout-ordinal-masculine");
            if (!spoken.empty()) return e;
        }
    }
    std::size_t nameStart = i - 1;
    while (nameStart > 0 && text[nameStart - 1] != ' ') --nameStart;
    const std::string name = text.substr(nameStart, i - 1 - nameStart);
    const std::string lower = lowerAscii(name);
    static const std::unordered_set<std::string> kCounted{
        "fase", "fases", "parte", "tomo", "volumen", "cap\xC3\xADtulo", "t\xC3\xADtulo", "art\xC3\xAD" "culo", "grupo", "nivel",
        "tipo", "categor\xC3\xAD" "a", "clase", "acto", "libro", "temporada", "etapa", "secci\xC3\xB3n", "anexo", "ronda",
        "jornada", "divisi\xC3\xB3n", "serie", "zona", "sector", "distrito", "regi\xC3\xB3n", "vol", "vol."};
    // (A name with an article is a place's or a work's, numbered: "el acueducto El Cuchillo I" is "uno".)
    std::size_t articleEnd = nameStart;
    while (articleEnd > 0 && text[articleEnd - 1] == ' ') --articleEnd;
    std::size_t articleStart = articleEnd;
    while (articleStart > 0 && std::isalpha(static_cast<unsigned char>(text[articleStart - 1]))) --articleStart;
    const std::string article = lowerAscii(text.substr(articleStart, articleEnd - articleStart));
    const bool named = !name.empty() && std::isupper(static_cast<unsigned char>(name[0])) && (article == "el" || article == "la" || article == "los" || article == "las" || article == "del" || article == "al");
    if (lower == "siglo" || lower == "siglos" || kCounted.count(lower) != 0 || named) {
        spoken = spellout_.say(value, "%spellout-numbering");
    } else if (name.size() >= 3 && std::isupper(static_cast<unsigned char>(name[0])) && name.find('.') == std::string::npos) {
        // (A queen's name ends in "a" mostly, or is one of those that do not: "Isabel II", "Leonor I".)
        const bool queen = name.back() == 'a' || lower == "isabel" || lower == "leonor" || lower == "beatriz";
        spoken = value <= 10 ? spellout_.say(value, queen ? "%spellout-ordinal-feminine" : "%spellout-ordinal-masculine")
                             : spellout_.say(value, "%spellout-cardinal-masculine");
    }
    return spoken.empty() ? i : e;
}

// "19 hs", "22 hs.", "9 hrs": the hour, said "diecinueve horas" (one and twenty-one in the feminine, as
// hours are). The mark's dot goes unless it also ends the sentence.
std::size_t Spanish::hourWithMarkAt(const std::string& text, std::size_t i, std::string& spoken) const {
    std::size_t h = i;
    while (h < text.size() && isDigit(text[h]) && h - i < 3) ++h;
    if (h - i > 2) return i;
    // AFP's "16H00", "19H30": the hour, then its minutes unless on the hour ("dieciséis horas", "diecinueve horas 30").
    if (h > i && h + 2 < text.size() && text[h] == 'H' && isDigit(text[h + 1]) && isDigit(text[h + 2]) &&
        (h + 3 >= text.size() || !isWordByte(text[h + 3]))) {
        const int hour = std::stoi(text.substr(i, h - i)), minute = std::stoi(text.substr(h + 1, 2));
        if (hour > 24 || minute > 59) return i;
        spoken = feminineWordsOr(spellout_, hour, std::to_string(hour)) + (hour == 1 ? " hora" : " horas") +
                 (minute > 0 ? " " + std::to_string(minute) : "");
        return h + 3;
    }
    for (const char* mark : {" hs", " hrs"}) {
        const std::size_t n = std::strlen(mark);
        if (text.compare(h, n, mark) != 0 || (h + n < text.size() && isWordByte(text[h + n]))) continue;
        const int hour = std::stoi(text.substr(i, h - i));
        if (hour > 24) return i;
        std::size_t end = h + n;
        const bool dot = end < text.size() && text[end] == '.';
        const bool last = dot && (end + 1 >= text.size() ||
                                  (end + 2 < text.size() && text[end + 1] == ' ' && std::isupper(static_cast<unsigned char>(text[end + 2]))));
        if (dot) ++end;
        spoken = feminineWordsOr(spellout_, hour, std::to_string(hour)) + (hour == 1 ? " hora" : " horas") + (last ? "." : "");
        return end;
    }
    return i;
}

// "21 personas", "1.500 viviendas", "301 mujeres": a count of a feminine noun takes the feminine of
// "uno" and of the hundreds, "veintiuna personas", "mil quinientas viviendas"; of a masculine one, the
// short "un", "treinta y un diputados".
std::size_t Spanish::countBeforeNounAt(const std::string& text, std::size_t i, std::string& spoken) const {
    if (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == ',' || text[i - 1] == '.')) return i;
    // (A score's second side counts nothing: "el 2 a 1 definitivo" is "dos a uno"; a span's does, "de 2 a 1 hora".)
    if (i >= 4 && text.compare(i - 3, 3, " a ") == 0 && isDigit(text[i - 4])) {
        std::size_t wordEnd = 0;
        std::size_t e = i;
        while (e < text.size() && isDigit(text[e])) ++e;
        const std::string next = e < text.size() && text[e] == ' ' ? lowerAscii(wholeWordAt(text, e + 1, wordEnd)) : std::string();
        if (next == "definitivo" || next == "final" || next == "parcial" || next == "inicial" || next == "provisional" || next == "favorable" ||
            next == "en" || next == "con" || next == "ante" || next == "sobre" || next.empty()) {
            return i;
        }
    }
    std::size_t e = i;
    std::string digits;
    // (A dot before three digits and no more groups thousands in a count whatever the region: no one
    // counts people to the thousandth.)
    while (e < text.size() && (isDigit(text[e]) || (text[e] == '.' && e + 3 < text.size() && isDigit(text[e + 1]) && isDigit(text[e + 2]) &&
                                                    isDigit(text[e + 3]) && (e + 4 >= text.size() || !isDigit(text[e + 4]) ||
                                                                             !commaThousands_)))) {
        if (isDigit(text[e])) digits += text[e];
        ++e;
    }
    // ("otras 687", "las 21": after a feminine determiner, the feminine, its noun said or not.)
    // (Thousands are the count's rule below, which says their hundreds in the feminine too.)
    // (Not an hour with its minutes, "las 21.00", "las 21:30": the time's rule says those.)
    const bool clock = e + 2 < text.size() && (text[e] == '.' || text[e] == ':') && isDigit(text[e + 1]) && isDigit(text[e + 2]);
    if (!digits.empty() && digits.size() <= 3 && digits[0] != '0' && afterFeminineDeterminer(text, i) && !clock &&
        (e >= text.size() || !isWordByte(text[e])) && text.compare(e, 5, " mil ") != 0) {
        const std::string female = feminineWordsOr(spellout_, std::stoll(digits), "");
        if (!female.empty()) {
            spoken = female;
            return e;
        }
    }
    // ("0.061 miligramos": a decimal, read as written.)
    if (digits.empty() || digits.size() > 9 || e >= text.size() || text[e] != ' ' || (digits.size() > 1 && digits[0] == '0')) return i;
    std::size_t wordEnd = 0;
    std::string noun = lowerAscii(wholeWordAt(text, e + 1, wordEnd));
    // "500 mil personas", "21 mil votos": thousands in a word, the noun after them ("quinientas mil", "veintiún mil").
    long long thousands = 1;
    std::size_t countEnd = e;
    if (noun == "mil" && wordEnd < text.size() && text[wordEnd] == ' ') {
        std::size_t nextEnd = 0;
        noun = lowerAscii(wholeWordAt(text, wordEnd + 1, nextEnd));
        thousands = 1000;
        countEnd = wordEnd;
    }
    const auto endsWith = [&](const char* tail) {
        const std::size_t n = std::strlen(tail);
        return noun.size() > n && noun.compare(noun.size() - n, n, tail) == 0;
    };
    static const char* const kMasculineInAs[] = {"dias", "d\xC3\xAD" "as", "problemas", "programas", "sistemas", "temas", "mapas",
                                                 "planetas", "idiomas", "dramas", "poemas", "esquemas", "dilemas", "climas",
                                                 // words before a noun, not the noun: "en 1995 las ventas"
                                                 "las", "unas", "todas", "estas", "esas", "aquellas", "otras", "muchas", "pocas",
                                                 "algunas", "varias", "ambas", "sus", "mis", "tus", "nuestras", "vuestras", "cuantas"};
    bool masculine = endsWith("istas");  // "21 periodistas": either gender, said as the masculine
    for (const char* m : kMasculineInAs) masculine = masculine || noun == m;
    // (A year is no count: "en 1995 las ventas cayeron".)
    if (digits.size() == 4 && text.substr(i, e - i).find('.') == std::string::npos && digits >= "1000" && digits <= "2100") return i;
    static const char* const kFeminine[] = {"mujeres", "veces", "noches", "calles", "leyes", "clases", "madres", "flores",
                                            "fuentes", "redes", "sedes", "muertes", "partes", "torres", "naves"};
    bool feminine = !masculine && (endsWith("as") || endsWith("dades") || endsWith("ciones") || endsWith("siones"));
    // ("1 persona": one, before a feminine noun in the singular.)
    feminine = feminine || (digits == "1" && endsWith("a") && noun != "d\xC3\xAD" "a" && noun != "dia" && noun != "mapa" &&
                            noun != "problema" && noun != "programa" && noun != "sistema" && noun != "tema");
    for (const char* f : kFeminine) feminine = feminine || noun == f;
    if (noun.empty()) return i;
    const long long n = std::stoll(digits) * thousands;
    // "31 diputados": before a masculine noun "uno" loses its "o", "treinta y un diputados" (eSpeak NG
    // says "treinta y uno").
    if (!feminine) {
        // (And "21.000 afiliados": before "mil" too, "veintiún mil".)
        const bool endsInOne = (n % 10 == 1 && n % 100 != 11) || (n % 1000 == 0 && (n / 1000) % 10 == 1 && (n / 1000) % 100 != 11 && n > 1000);
        // (A plural noun after it; after "1", a masculine singular one: "1 diputado", "1 día", "1 mes".)
        const bool singular = n == 1 && (noun.back() == 'o' || masculine || noun == "d\xC3\xAD" "a" || noun == "dia" || noun == "mes");
        // ("21 periodistas": either gender; left to eSpeak NG.)
        if (!endsInOne || endsWith("istas") || noun.size() < 3 || (noun.back() != 's' && !singular) ||
            std::isupper(static_cast<unsigned char>(text[e + 1]))) {
            return i;
        }
        spoken = spellout_.say(n, "%spellout-cardinal-masculine");
        return spoken.empty() ? i : countEnd;
    }
    std::string female = spellout_.say(n, "%spellout-cardinal-feminine");
    // (ICU leaves the hundreds of the thousands masculine, "quinientos mil"; before a feminine noun they
    // agree too, "quinientas mil personas".)
    if (n >= 2000 && n < 1000000) {
        const long long low = n % 1000;
        female = spellout_.say(n / 1000, "%spellout-cardinal-feminine") + " mil" +
                 (low != 0 ? " " + spellout_.say(low, "%spellout-cardinal-feminine") : "");
    }
    if (female.empty() || female == spellout_.say(n, "%spellout-cardinal-masculine")) return i;
    spoken = female;
    return countEnd;
}

// Digits grouped by commas in threes from i ("1,250", "12,500,000"); its end, or i when there is none.
std::size_t commaGrouped(const std::string& text, std::size_t i) {
    std::size_t end = i;
    while (end < text.size() && isDigit(text[end]) && end - i < 4) ++end;
    if (end == i || end - i > 3) return i;
    bool grouped = false;
    while (end + 3 < text.size() + 0 && text[end] == ',' && isDigit(text[end + 1]) && isDigit(text[end + 2]) &&
           isDigit(text[end + 3]) && (end + 4 >= text.size() || !isDigit(text[end + 4]))) {
        end += 4;
        grouped = true;
    }
    return grouped ? end : i;
}

std::string withoutCommas(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c != ',') out += c;
    }
    return out;
}

// The next word from i, lower-cased ASCII letters only.
std::string wordAt(const std::string& text, std::size_t i) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::string w;
    while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) w += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
    return w;
}

namespace {

// A match's minute at `at`, its figure from `figure` on: after a bracket or a comma (not "a 30 m. 5 veces"), a
// figure of a match's minutes, with its added time ("90+2"), then a bracket, a comma or a colon.
bool minuteAt(const std::string& text, std::size_t at, std::size_t figure) {
    std::size_t before = at;
    while (before > 0 && text[before - 1] == ' ') --before;
    std::size_t end = figure;
    while (end < text.size() && (isDigit(text[end]) || text[end] == '+')) ++end;
    if (end == figure || end - figure > 6 || std::stoi(text.substr(figure, std::min<std::size_t>(3, end - figure))) > 130) return false;
    // ("en el min. 61", "al min. 78": the minute after its article, as a match report writes it in a sentence.)
    if (text.compare(at, 5, "min. ") == 0) {
        const std::string article = lowerAscii(lowerWordBefore(text, at));
        if (article == "el" || article == "al" || article == "del") return true;
    }
    if (before == 0 || (text[before - 1] != '(' && text[before - 1] != ',')) return false;
    // (Closed by its bracket or a scorer's colon: "Madrid, min. 5, max. 18" is a forecast's low.)
    if (end < text.size() && text[end] != ')' && text[end] != ':') return false;
    // (Or the last of a card's note in its bracket: "la expulsión de Mingueza (2.ª amarilla, min. 83)".)
    if (text.compare(at, 5, "min. ") == 0 && text[before - 1] == ',' && end < text.size() && text[end] == ')') {
        const std::size_t open = text.rfind('(', at);
        if (open != std::string::npos && at - open <= 40 && text.find(')', open) == end) return true;
    }
    // (And a name's: "Brandão (min. 61)", "(Llorente, m. 79)", or a score's "2 a 1, m. 88:"; "la torre (m. 2)" is a height.)
    std::size_t w = before - 1;
    while (w > 0 && text[w - 1] == ' ') --w;
    std::size_t start = w;
    while (start > 0 && (isWordByte(text[start - 1]) || static_cast<unsigned char>(text[start - 1]) >= 0x80)) --start;
    return start < w && (std::isupper(static_cast<unsigned char>(text[start])) || static_cast<unsigned char>(text[start]) >= 0xC3 ||
                         isDigit(text[start]));
}

// The word before `at` is a name's, capitalized ("Av. Federalismo Norte No. 1880"), or one that is numbered
// ("casa No. 5", "oficio no. 312").
bool numberedBefore(const std::string& text, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ',')) --end;
    std::size_t start = end;
    while (start > 0 && (isWordByte(text[start - 1]) || text[start - 1] == '.')) --start;
    const std::string word = text.substr(start, end - start);
    if (word.empty()) return false;
    const std::string lower = lowerAscii(word);
    for (const char* numbered : {"calle", "avenida", "casa", "oficio", "expediente", "lote", "local", "exterior", "interior", "int.", "ext.",
                                 "departamento", "depto.", "manzana", "edificio", "piso", "folio", "acuerdo", "decreto", "resoluci\xC3\xB3n"}) {
        if (lower == numbered) return true;
    }
    return std::isupper(static_cast<unsigned char>(word[0])) && word != "No" && word.size() >= 3;
}

// "El Ibex 35 ha cerrado", "la cifra de 2025 ha sido": "ha" before a participle is the verb "haber", not a hectare
// ("5 ha de viñedo", "30 ha en total"). `i` is at the figure.
bool haIsTheVerb(const std::string& text, std::size_t i) {
    std::size_t e = i;
    while (e < text.size() && (isDigit(text[e]) || ((text[e] == ',' || text[e] == '.') && e + 1 < text.size() && isDigit(text[e + 1])))) ++e;
    if (e == i || text.compare(e, 4, " ha ") != 0) return false;
    const std::size_t w = e + 4;
    std::size_t end = w;
    while (end < text.size() && isWordByte(text[end])) ++end;
    const std::string word = lowerUtf8(text.substr(w, end - w));
    for (const char* ending : {"ado", "ido", "\xC3\xAD" "do", "ada", "ida"}) {
        if (word.size() > std::strlen(ending) && word.ends_with(ending)) return true;
    }
    for (const char* participle : {"dicho", "hecho", "puesto", "visto", "escrito", "abierto", "vuelto", "muerto", "roto", "cubierto",
                                   "resuelto", "devuelto", "impuesto", "propuesto", "supuesto", "compuesto", "dispuesto", "repuesto",
                                   "expuesto", "satisfecho", "previsto", "descubierto", "ido", "de"}) {
        if (word == participle) return word != "de" || (end + 1 < text.size() && text.compare(end, 5, " ser ") == 0);
    }
    return false;
}

}  // namespace

// "la Lic. Mariana Toscano", "La regidora, Ing. Rosa Pérez": a woman's professional title, said in the
// feminine where an article or a job in the feminine stands before it (the lexicon has the masculine).
std::string Spanish::beforeLexicon(const std::string& text, std::vector<Rewrite>* log) const {
    static const std::pair<const char*, const char*> kTitles[] = {{"Lic. ", "licenciada "}, {"Ing. ", "ingeniera "},
                                                                  {"Arq. ", "arquitecta "}, {"Mtro. ", "maestra "}, {"Mtra. ", "maestra "}};
    const bool numberSign = text.find("N\xC2\xBA") != std::string::npos || text.find("n\xC2\xBA") != std::string::npos ||
                            text.find("N\xC2\xB0") != std::string::npos || text.find("No. ") != std::string::npos;
    if (text.find(". ") == std::string::npos && !numberSign) return text;
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        // "a la altura del No. 3450", "la UFI Nº 4", "N° 5": the number's sign before its figure, "número" ("No." alone is the
        // word "no" to eSpeak NG, "Nº" "ene o").
        if (i == 0 || !isWordByte(text[i - 1])) {
            std::size_t sign = 0;
            for (const char* written : {"No. ", "N\xC2\xBA ", "n\xC2\xBA ", "N\xC2\xB0 ", "N.\xC2\xBA ", "n.\xC2\xBA "}) {
                if (text.compare(i, std::strlen(written), written) == 0) sign = std::strlen(written);
            }
            if (sign == 0) {
                for (const char* written : {"N\xC2\xBA", "n\xC2\xBA", "N\xC2\xB0"}) {
                    if (text.compare(i, std::strlen(written), written) == 0) sign = std::strlen(written);
                }
            }
            // ("No." only after a word it numbers, "del No. 3450", "la UFI No. 4": "¿Hubo heridos? No. 15 personas …" answers.)
            const std::size_t prior = i == 0 ? std::string::npos : text.find_last_not_of(' ', i - 1);
            const bool answered = text.compare(i, 4, "No. ") == 0 && (prior == std::string::npos || !isWordByte(text[prior]));
            if (sign != 0 && !answered && i + sign < text.size() && isDigit(text[i + sign])) {
                if (log != nullptr) log->push_back({text.substr(i, sign), "n\xC3\xBAmero", "abbreviation"});
                out += "n\xC3\xBAmero ";
                i += sign;
                continue;
            }
        }
        // ("el Col. Ramírez": a colonel before his name, after a masculine article; the lexicon's "Col." is a
        // Mexican address's colonia.)
        if (text.compare(i, 5, "Col. ") == 0 && (i == 0 || !isWordByte(text[i - 1]))) {
            const std::string before = lowerWordBefore(text, i);
            if (before == "el" || before == "del" || before == "al" || before == "un") {
                if (log != nullptr) log->push_back({"Col.", "coronel", "abbreviation"});
                out += "coronel ";
                i += 5;
                continue;
            }
        }
        // ("el Gob. Alfredo del Mazo": a governor before his name; the lexicon's "Gob." is the government, "el Gob. del
        // Estado de México".)
        if (text.compare(i, 5, "Gob. ") == 0 && (i == 0 || !isWordByte(text[i - 1])) && i + 5 < text.size() &&
            std::isupper(static_cast<unsigned char>(text[i + 5]))) {
            const std::string before = lowerWordBefore(text, i);
            const std::string said = before == "la" ? "gobernadora " : "gobernador ";
            if (log != nullptr) log->push_back({"Gob.", said.substr(0, said.size() - 1), "abbreviation"});
            out += said;
            i += 5;
            continue;
        }
        bool took = false;
        for (const auto& [written, said] : kTitles) {
            const std::size_t n = std::strlen(written);
            if (text.compare(i, n, written) != 0 || (i > 0 && isWordByte(text[i - 1]))) continue;
            // (The word before: "la", or a noun in "-a" before its comma, "regidora,"; "directora de la".)
            std::size_t e = i;
            while (e > 0 && text[e - 1] == ' ') --e;
            const bool comma = e > 0 && text[e - 1] == ',';
            if (comma) --e;
            std::size_t b = e;
            while (b > 0 && isWordByte(text[b - 1])) --b;
            const std::string before = lowerAscii(text.substr(b, e - b));
            const bool feminine = (!comma && (before == "la" || before == "una" || before == "esta" || before == "nuestra")) ||
                                  (comma && before.size() >= 4 && before.back() == 'a' && before != "para" && before != "contra");
            if (!feminine) continue;
            if (log != nullptr) log->push_back({std::string(written, n - 1), std::string(said, std::strlen(said) - 1), "abbreviation"});
            out += said;
            i += n;
            took = true;
            break;
        }
        if (!took) out += text[i++];
    }
    return out;
}

std::string Spanish::apply(const std::string& text, std::vector<Rewrite>* log) const {
    std::string out;
    std::size_t i = 0;
    const bool shouting = mostlyCapitals(text);
    while (i < text.size()) {
        const bool boundary = i == 0 || !isWordByte(text[i - 1]);
        // An email or a web address, said with the language's words for its signs.
        if (const std::size_t end = appendSpokenAddress(text, i, {"punto", "arroba"}, out, log); end != i) {
            i = end;
            continue;
        }
        // "a 7 euros por m²": one of the measure after "por", "por metro cuadrado" (eSpeak NG says "eme dos").
        if (boundary && i >= 4 && text.compare(i - 4, 4, "por ") == 0 && text.compare(i, 3, "m\xC2\xB2") == 0 &&
            (i + 3 >= text.size() || !isWordByte(text[i + 3]))) {
            if (log != nullptr) log->push_back({"m\xC2\xB2", "metro cuadrado", "unit"});
            out += "metro cuadrado";
            i += 3;
            continue;
        }
        // "(m.52)", "m.34: Merentiel", "(m.19 y m.73)", "(m.90+3)": a match's minute as agency copy writes it, "minuto
        // 52" (eSpeak NG says "eme punto"); after a bracket, a comma, a colon, "y" or a line's start.
        if (boundary && text.compare(i, 2, "m.") == 0 && i + 2 < text.size() && isDigit(text[i + 2])) {
            std::size_t e = i + 2;
            while (e < text.size() && isDigit(text[e])) ++e;
            const bool led = i == 0 || text[i - 1] == '(' || (i >= 2 && text[i - 1] == ' ' && (text[i - 2] == ',' || text[i - 2] == ':' || text[i - 2] == '(')) ||
                             (i >= 3 && text.compare(i - 3, 3, " y ") == 0);
            if (led && e - i - 2 <= 3 && (e >= text.size() || !isWordByte(text[e]) || text[e] == '+')) {
                std::string minute = "minuto " + text.substr(i + 2, e - i - 2);
                if (e + 1 < text.size() && text[e] == '+' && isDigit(text[e + 1])) {
                    std::size_t f = e + 1;
                    while (f < text.size() && isDigit(text[f])) ++f;
                    minute += " m\xC3\xA1s " + text.substr(e + 1, f - e - 1);
                    e = f;
                }
                if (log != nullptr) log->push_back({text.substr(i, e - i), minute, "minute"});
                out += minute;
                i = e;
                continue;
            }
        }
        // "el RD 1055/2024": a royal decree by its number (before its capitals are spelled).
        if (std::string decree; boundary) {
            if (const std::size_t end = shortFormBeforeFigure(text, i, {{"RD ", "real decreto "}}, decree); end != i) {
                if (log != nullptr) log->push_back({text.substr(i, end - i), decree, "abbreviation"});
                out += decree;
                i = end;
                continue;
            }
        }
        // "El alcalde, D. Julián Ortega": the title "don" (and "doña") before a given name and a surname,
        // after a comma, an article or a preposition; eSpeak NG says "de". ("Juan D. Pérez" is an initial.)
        if (boundary && (text.compare(i, 3, "D. ") == 0 || text.compare(i, 6, "D\xC3\xB1" "a. ") == 0)) {
            const std::size_t name = i + (text[i + 1] == '.' ? 3 : 6);
            std::size_t e = name;
            while (e < text.size() && (isWordByte(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80)) ++e;
            std::string before;  // the word before, with its comma
            if (i >= 2 && text[i - 1] == ' ') {
                std::size_t b = i - 1;
                while (b > 0 && text[b - 1] != ' ') --b;
                before = lowerAscii(text.substr(b, i - 1 - b));
            }
            const bool led = i == 0 || (!before.empty() && before.back() == ',') || before == "el" || before == "al" || before == "del" ||
                             before == "la" || before == "a" || before == "de" || before == "con" || before == "y" || before == "que" ||
                             before == "por" ||
                             // (After a title the lexicon said, "el Sr. D. Andreu Ortega": "el señor don Andreu".)
                             (i >= 4 && text[i - 1] == ' ' && isLexiconPlaceholderAt(text, i - 4));
            if (led && name < text.size() && std::isupper(static_cast<unsigned char>(text[name])) && e - name >= 3 && e + 1 < text.size() &&
                text[e] == ' ' && (std::isupper(static_cast<unsigned char>(text[e + 1])) || static_cast<unsigned char>(text[e + 1]) >= 0xC3)) {
                const std::string title = text[i + 1] == '.' ? "don" : "do\xC3\xB1" "a";
                if (log != nullptr) log->push_back({text.substr(i, name - i - 1), title, "abbreviation"});
                out += title + " ";
                i = name;
                continue;
            }
        }
        // Capitals eSpeak NG would make a word of ("l'OMS", "FMI"): spelled.
        // (Not the dollar's code before its amount, "USD 28.250 millones", which is said below; a pair's second code,
        // "EUR/USD 1,0850", its slash already said as a space, is no price in dollars.)
        const bool pairBefore = i >= 4 && text[i - 1] == ' ' && std::isupper(static_cast<unsigned char>(text[i - 2])) &&
                                std::isupper(static_cast<unsigned char>(text[i - 3])) && std::isupper(static_cast<unsigned char>(text[i - 4])) &&
                                (i == 4 || text[i - 5] == ' ');
        const bool codeBeforeAmount = text.compare(i, 4, "USD ") == 0 && i + 4 < text.size() && isDigit(text[i + 4]) && (i == 0 || text[i - 1] == ' ') &&
                                      !pairBefore;
        if (const std::size_t end = shouting || codeBeforeAmount ? i : appendSpelledInitialism(text, i, spanishAcronyms(), out, log); end != i) {
            i = end;
            continue;
        }
        // "$1,250", "$5.000", "$3.50": an amount in the currency "$" names here, said after the number.
        // "US$ 2 millones": the dollar named by its country, "2 millones de dólares"; "S/ 25", Peru's sol;
        // "₡140", Costa Rica's colón; "Bs. 1.250", Venezuela's bolívar (Bolivia's boliviano there); "RD$",
        // "B/.", "Gs.". ("C$" is Canada's dollar as often as Nicaragua's córdoba: left.)
        std::string_view sign, currency;
        const std::string_view bolivar = bolivia_ ? "bolivianos" : "bol\xC3\xADvares";
        // ("USD 28.250 millones", "U$S 100": the dollar's code before the amount, as Argentina's papers write it.)
        for (const auto& [written, said] : {std::pair<std::string_view, std::string_view>{"US$", "d\xC3\xB3lares"}, {"U$S", "d\xC3\xB3lares"}, {"u$s", "d\xC3\xB3lares"}, {"u$d", "d\xC3\xB3lares"},
                                            {"USD", "d\xC3\xB3lares"}, {"S/.", "soles"}, {"S/", "soles"},
                                            {"\xE2\x82\xA1", "colones"}, {"Bs.", bolivar}, {"Bs", bolivar},
                                            {"RD$", "pesos"}, {"B/.", "balboas"}, {"Gs.", "guaran\xC3\xAD" "es"},
                                            {"\xE2\x82\xB2", "guaran\xC3\xAD" "es"}, {"\xE2\x82\xAC", "euros"}}) {
            if (sign.empty() && text.compare(i, written.size(), written) == 0) {
                sign = written;
                currency = said;
            }
        }
        if (!sign.empty() && (i == 0 || (!isWordByte(text[i - 1]) && text[i - 1] != '/')) && !(sign == "USD" && pairBefore) && i + sign.size() < text.size()) {
            const std::size_t from = text[i + sign.size()] == ' ' ? i + sign.size() + 1 : i + sign.size();
            if (from < text.size() && isDigit(text[from])) {
                std::size_t e = from;
                while (e < text.size() && (isDigit(text[e]) || ((text[e] == '.' || text[e] == ',') && e + 1 < text.size() && isDigit(text[e + 1])))) ++e;
                std::string amount = text.substr(from, e - from);
                std::size_t end = e;
                std::string magnitude;
                const std::string next = wordAt(text, e);
                // ("€ 80 M", "€80M": the millions by their letter, glued or apart; its dot may end the sentence too.)
                const std::size_t letterM = e < text.size() && text[e] == 'M' ? e : text.compare(e, 2, " M") == 0 ? e + 1 : std::string::npos;
                if (letterM != std::string::npos && (letterM + 1 >= text.size() || !isWordByte(text[letterM + 1]))) {
                    magnitude = " millones";
                    end = letterM + 1;
                } else if (next == "mil" || next == "millones" || next == "mill" || next == "billones" || next == "millardos") {
                    std::size_t w = e;
                    while (w < text.size() && text[w] == ' ') ++w;
                    std::size_t wEnd = w;
                    while (wEnd < text.size() && (std::isalpha(static_cast<unsigned char>(text[wEnd])) || static_cast<unsigned char>(text[wEnd]) >= 0x80)) ++wEnd;
                    magnitude = " " + text.substr(w, wEnd - w);
                    end = wEnd;
                    // ("5 mil millones": a thousand millions, both words before the currency.)
                    if (next == "mil" && wordAt(text, wEnd) == "millones") {
                        std::size_t m = wEnd;
                        while (m < text.size() && text[m] == ' ') ++m;
                        magnitude += " millones";
                        end = m + std::strlen("millones");
                    }
                }
                const std::string spoken = amount + magnitude + (magnitude.empty() || magnitude == " mil" ? " " : " de ") + std::string(currency);
                if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "money"});
                out += spoken;
                i = end;
                continue;
            }
        }
        // ("$ 828.158": Argentina's papers set a space after the sign.)
        const std::size_t figure = text[i] == '$' && i + 2 < text.size() && text[i + 1] == ' ' ? i + 2 : i + 1;
        if (text[i] == '$' && figure < text.size() && isDigit(text[figure]) && (i == 0 || !std::isalpha(static_cast<unsigned char>(text[i - 1])))) {
            // (Digits grouped by commas after "$" are the Americas' way wherever the article is from: no
            // one writes three decimals of a dollar.)
            std::size_t end = commaGrouped(text, figure);
            const bool americas = commaThousands_ || end != figure;
            if (end == figure) {
                while (end < text.size() && (isDigit(text[end]) || ((text[end] == '.' || text[end] == ',') && end + 1 < text.size() && isDigit(text[end + 1])))) ++end;
            } else if (end + 2 < text.size() && text[end] == '.' && isDigit(text[end + 1]) && isDigit(text[end + 2])) {
                end += 3;  // "$1,250.50"
            }
            std::string amount = text.substr(figure, end - figure);
            // (A decimal point as the Americas write it stays one: "$2.5 millones" is "dos punto cinco millones" in
            // Mexico, as eSpeak NG reads it.)
            // (But a comma before one or two figures is a decimal one whatever the country: "$2,5 millones" is two and a
            // half million, never twenty-five.)
            const std::size_t lastComma = amount.rfind(',');
            const bool decimalComma = lastComma != std::string::npos && amount.size() - lastComma - 1 < 3 && amount.find('.') == std::string::npos;
            if (americas && !decimalComma) amount = withoutCommas(amount);
            std::string next = wordAt(text, end);
            // "$3.5 millones": the currency after its magnitude, "3,5 millones de pesos".
            std::string magnitude;
            if (next == "mil" || next == "millones" || next == "mill" /* millón */ || next == "billones" || next == "millardos") {
                std::size_t w = end;
                while (w < text.size() && text[w] == ' ') ++w;
                std::size_t wEnd = w;
                while (wEnd < text.size() && (std::isalpha(static_cast<unsigned char>(text[wEnd])) ||
                                              static_cast<unsigned char>(text[wEnd]) >= 0x80)) {
                    ++wEnd;
                }
                magnitude = " " + text.substr(w, wEnd - w);
                end = wEnd;
                next = wordAt(text, end);
                if (next == "de") next = wordAt(text, text.find("de", end) + 2);
            }
            // ("$30,000 MXN", "$5 USD": the currency's code after the amount names it, said in its place.)
            std::string currency = pesos_ ? "pesos" : "d\xC3\xB3lares";
            if (magnitude.empty() && (next == "mxn" || next == "usd")) {
                const std::size_t code = text.find_first_not_of(' ', end);
                if (code != std::string::npos && code + 3 <= text.size() && (code + 3 == text.size() || !isWordByte(text[code + 3]))) {
                    currency = next == "mxn" ? "pesos mexicanos" : "d\xC3\xB3lares";
                    end = code + 3;
                    next = wordAt(text, end);
                }
            }
            const bool named = next == "pesos" || next == "peso" || next == "dolares" || next == "usd" || next == "mxn" ||
                               text.compare(end + (end < text.size() && text[end] == ' ' ? 1 : 0), 8, "d\xC3\xB3lares") == 0;
            // ("2 mil pesos", but "3 millones de pesos".)
            const bool ofCurrency = !magnitude.empty() && magnitude != " mil";
            std::string spoken = amount + magnitude + (named ? "" : ofCurrency ? " de " + currency : " " + currency);
            // "$17.45": pesos and centavos, "17 pesos con 45 centavos" (a decimal comma is "coma" to a listener
            // who hears the price, where Mexico would say "punto").
            if (const std::size_t comma = amount.find_first_of(americas ? "." : ","); magnitude.empty() && comma != std::string::npos && amount.size() - comma == 3) {
                std::string word = currency;
                if (named) {
                    std::size_t w = end;
                    while (w < text.size() && text[w] == ' ') ++w;
                    std::size_t wEnd = w;
                    while (wEnd < text.size() && (std::isalpha(static_cast<unsigned char>(text[wEnd])) || static_cast<unsigned char>(text[wEnd]) >= 0x80)) {
                        ++wEnd;
                    }
                    word = text.substr(w, wEnd - w);
                    end = wEnd;
                    // (A currency's code is said as its name: "MXN" pesos, "USD" dólares.)
                    if (lowerAscii(word) == "mxn") word = "pesos";
                    if (lowerAscii(word) == "usd") word = "d\xC3\xB3lares";
                }
                const std::string cents = amount.substr(comma + 1);
                spoken = amount.substr(0, comma) + " " + word + (cents == "00" ? "" : " con " + (cents[0] == '0' ? cents.substr(1) : cents) + " centavos");
            }
            if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "money"});
            out += spoken;
            i = end;
            continue;
        }
        std::string words;
        // "D. Álvaro Ruiz", "D.ª Carmen": don and doña before a name, after a comma or a word in lower case
        // ("Juan D. Pérez" is an initial; "la vitamina D." a letter).
        if (text[i] == 'D' && (i == 0 || text[i - 1] == ' ') && (text.compare(i, 3, "D. ") == 0 || text.compare(i, 5, "D.\xC2\xAA ") == 0)) {
            const std::size_t name = i + (text[i + 2] == ' ' ? 3 : 5);
            std::size_t before = i;
            while (before > 0 && text[before - 1] == ' ') --before;
            const std::string word = lowerWordBefore(text, i);
            const bool opens = before == 0 || text[before - 1] == ',' || text[before - 1] == '(' ||
                               // (At the sentence's start, after a preposition or a verb of saying, "Según D. Álvaro",
                               // "Explicó D. Álvaro"; "Juan D. Pérez" has a middle initial.)
                               (!word.empty() && (std::islower(static_cast<unsigned char>(text[before - word.size()])) ||
                                                  (before == word.size() &&
                                                   (word == "seg\xC3\xBAn" || word == "para" || word == "con" || word == "por" || word == "ante" ||
                                                    word.ends_with("\xC3\xB3") || word == "dijo"))) &&
                                word != "vitamina" && word != "plan" && word != "tipo" && word != "grupo" && word != "clase" && word != "letra" &&
                                word != "modelo" && word != "serie" && word != "fase" && word != "nivel" && word != "categor\xC3\xAD" "a");
            const auto c = static_cast<unsigned char>(name < text.size() ? text[name] : ' ');
            if (opens && (std::isupper(c) || c == 0xC3)) {
                const std::string said = text[i + 2] == ' ' ? "don" : "do\xC3\xB1" "a";
                if (log != nullptr) log->push_back({text.substr(i, name - 1 - i), said, "abbreviation"});
                out += said + " ";
                i = name;
                continue;
            }
        }
        if (std::isupper(static_cast<unsigned char>(text[i])) && (i == 0 || text[i - 1] == ' ')) {
            if (const std::size_t end = regnalAt(text, i, words); end != i) {
                if (log != nullptr) log->push_back({text.substr(i, end - i), words, "ordinal"});
                out += words;
                i = end;
                continue;
            }
        }
        if (boundary && isDigit(text[i])) {
            if (const std::size_t end = countBeforeNounAt(text, i, words); end != i) {
                if (log != nullptr) log->push_back({text.substr(i, end - i), words, "number"});
                out += words;
                i = end;
                continue;
            }
        }
        // "2T24", "en el 3T": a quarter of the year.
        {
            static const QuarterStyle kQuarters{{"primer", "segundo", "tercer", "cuarto"}, "trimestre", "de", {"el", "del", "al", "un"}};
            // "4h12'30\"", "a 1'05\"": a time in a race (its counts agree later, "veintiún minutos").
            static const RaceTimeStyle kRace{{"una hora", "horas"}, {"un minuto", "minutos"}, {"un segundo", "segundos"}, "y",
                                             {"d\xC3\xA9" "cimas", "cent\xC3\xA9simas", "mil\xC3\xA9simas"}, {"a", "en"}, {}};
            std::size_t end = quarterAt(text, i, kQuarters, words);
            const char* kind = "date";
            if (end == i) {
                end = raceTimeAt(text, i, kRace, words);
                kind = "time";
            }
            if (end != i) {
                if (log != nullptr) log->push_back({text.substr(i, end - i), words, kind});
                out += words;
                i = end;
                continue;
            }
        }
        // "30 km/h": kilometres an hour.
        if (text.compare(i, 4, "km/h") == 0 && boundary && endsWord(text, i + 4)) {
            if (log != nullptr) log->push_back({"km/h", "kil\xC3\xB3metros por hora", "unit"});
            out += "kil\xC3\xB3metros por hora";
            i += 4;
            continue;
        }
        // "s. XIX", "ss. XV-XVI": a century written short before its numeral.
        std::string century;
        // (And a road's kilometre post, "en el km 23": "kilómetro".)
        if (const std::size_t end = shortFormBeforeFigure(text, i, {{"s. ", "siglo "}, {"S. ", "siglo "}, {"ss. ", "siglos "},
                                                                    {"km ", "kil\xC3\xB3metro "}, {"Km ", "kil\xC3\xB3metro "},
                                                                    // (Tuesday before its day of a month: "el mar. 3 de junio"; alone,
                                                                    // "mar." ends "el mar.", also before "20 personas murieron")
                                                                    {"mar. ", "martes "}, {"Mar. ", "martes "},
                                                                    // (A number and a postcode in an address: "No. 1880", "C.P. 44270".)
                                                                    {"No. ", "n\xC3\xBAmero "}, {"no. ", "n\xC3\xBAmero "},
                                                                    {"C.P. ", "c\xC3\xB3" "digo postal "}, {"CP ", "c\xC3\xB3" "digo postal "},
                                                                    // (A match's minute, as EFE writes it: "(min. 61)", "(Llorente, m. 79)",
                                                                    // "2 a 1, m. 88: Quesada".)
                                                                    {"min. ", "minuto "}, {"m. ", "minuto "}}, century);
            end != i && (century != "martes " || dayOfMonthAt(text, end, dates(), "/")) &&
            // ("respondió que no. 2025 será…": a number's sign only after a street's name or a word that is numbered.)
            (century != "n\xC3\xBAmero " || numberedBefore(text, i)) &&
            (century != "minuto " || minuteAt(text, i, end))) {
            if (log != nullptr) log->push_back({text.substr(i, end - i), century, "abbreviation"});
            out += century;
            i = end;
            continue;
        }
        // "1.º", "2.ª", "3º": an ordinal, "primero", "segunda", "tercero"; "1.er", "3er": "primer", "tercer".
        if (boundary && isDigit(text[i])) {
            std::size_t e = i;
            while (e < text.size() && isDigit(text[e]) && e - i < 3) ++e;
            std::size_t mark = e < text.size() && text[e] == '.' ? e + 1 : e;
            if (text.compare(mark, 2, "er") == 0 && endsWord(text, mark + 2) && (text.compare(i, e - i, "1") == 0 || text.compare(i, e - i, "3") == 0)) {
                const std::string spoken = text[i] == '1' ? "primer" : "tercer";
                if (log != nullptr) log->push_back({text.substr(i, mark + 2 - i), spoken, "ordinal"});
                out += spoken;
                i = mark + 2;
                continue;
            }
            // ("2do", "3ra", "4to", "7mo", "10ma": the Americas write the ordinal's last letters after the figure.)
            if (mark == e && e - i <= 2 && mark + 2 <= text.size() && endsWord(text, mark + 2)) {
                const int n = std::stoi(text.substr(i, e - i));
                static constexpr const char* kEndings[] = {"", "r", "d", "r", "t", "t", "t", "m", "v", "n", "m"};
                const char last = text[mark + 1];
                if (n >= 1 && n <= 10 && text[mark] == kEndings[n][0] && (last == 'o' || last == 'a')) {
                    // ("3ro lugar": before its noun the first and the third lose their "o", "tercer lugar".)
                    const std::string following = wordAt(text, mark + 2);
                    const bool beforeNoun = mark + 3 < text.size() && text[mark + 2] == ' ' && std::islower(static_cast<unsigned char>(text[mark + 3])) &&
                                            following != "de" && following != "del" && following != "y" && following != "o" && following != "en" &&
                                            following != "a" && following != "al" && following != "con" && following != "por" && following != "para";
                    const std::string spoken = last == 'o' && beforeNoun && (n == 1 || n == 3)
                                                   ? std::string(n == 1 ? "primer" : "tercer")
                                                   : spellout_.say(n, last == 'o' ? "%spellout-ordinal-masculine" : "%spellout-ordinal-feminine");
                    if (!spoken.empty()) {
                        if (log != nullptr) log->push_back({text.substr(i, mark + 2 - i), spoken, "ordinal"});
                        out += spoken;
                        i = mark + 2;
                        continue;
                    }
                }
            }
            // ("el 1o de mayo", "la 2a etapa": the ordinal's letter typed without its sign, as Mexico's copy often has it, after
            // an article or before a month's day.)
            if (mark == e && e - i <= 2 && mark < text.size() && (text[mark] == 'o' || text[mark] == 'a') && endsWord(text, mark + 1)) {
                const std::string before = lowerWordBefore(text, i);
                const bool article = before == "el" || before == "la" || before == "los" || before == "las" || before == "del" || before == "al" ||
                                     before == "su" || before == "sus";
                const bool ofMonth = text[mark] == 'o' && text.compare(mark + 1, 4, " de ") == 0 &&
                                     std::any_of(dates().months.begin(), dates().months.end(),
                                                 [&](std::string_view month) { return text.compare(mark + 5, month.size(), month) == 0; });
                const int n = std::stoi(text.substr(i, e - i));
                if ((article || ofMonth) && n >= 1 && n <= 20) {
                    // ("el 3o lugar": before its noun the first and the third lose their "o", "tercer lugar".)
                    const std::string following = wordAt(text, mark + 1);
                    const bool beforeNoun = !ofMonth && mark + 2 < text.size() && text[mark + 1] == ' ' &&
                                            std::islower(static_cast<unsigned char>(text[mark + 2])) && following != "de" && following != "del" &&
                                            following != "y" && following != "o" && following != "en" && following != "a" && following != "al";
                    const std::string spoken = text[mark] == 'o' && beforeNoun && (n == 1 || n == 3)
                                                   ? std::string(n == 1 ? "primer" : "tercer")
                                                   : spellout_.say(n, text[mark] == 'o' ? "%spellout-ordinal-masculine" : "%spellout-ordinal-feminine");
                    if (!spoken.empty()) {
                        if (log != nullptr) log->push_back({text.substr(i, mark + 1 - i), spoken, "ordinal"});
                        out += spoken;
                        i = mark + 1;
                        continue;
                    }
                }
            }
            // (A degree sign set for the ordinal's after its dot, "1.° de julio", is one too.)
            // (So is one set for a month's first day, "1° de marzo", as the River Plate writes it.)
            const bool firstOfMonth = text.compare(i, e - i, "1") == 0 && text.compare(mark, 2, "\xC2\xB0") == 0 &&
                                      text.compare(mark + 2, 4, " de ") == 0 &&
                                      std::any_of(dates().months.begin(), dates().months.end(),
                                                  [&](std::string_view month) { return text.compare(mark + 6, month.size(), month) == 0; });
            const bool masculine = text.compare(mark, 2, "\xC2\xBA") == 0 || (mark > e && text.compare(mark, 2, "\xC2\xB0") == 0) || firstOfMonth,
                       feminine = text.compare(mark, 2, "\xC2\xAA") == 0;
            if ((masculine || feminine) && endsWord(text, mark + 2)) {
                // (Before its noun a masculine ordinal drops its last letter: "el 21.º puesto", "vigésimo primer puesto".)
                std::size_t next = mark + 2;
                while (next < text.size() && text[next] == ' ') ++next;
                std::size_t nextEnd = next;
                while (nextEnd < text.size() && isWordByte(text[nextEnd])) ++nextEnd;
                const std::string following = text.substr(next, nextEnd - next);
                // (Only a masculine noun an ordinal is said before: "3.º derecha", "1.º absoluto", "3.º clasificado" keep the
                // whole form.)
                static constexpr std::string_view kNouns[] = {"lugar", "puesto", "piso", "a\xC3\xB1o", "d\xC3\xAD" "a", "grado", "gol", "premio",
                                                              "curso", "trimestre", "semestre", "aniversario", "nivel", "set", "partido",
                                                              "tiempo", "cuarto", "ciclo", "congreso", "festival", "encuentro", "intento",
                                                              "caso", "mandato", "cap\xC3\xADtulo", "art\xC3\xAD" "culo", "paso", "acto",
                                                              "round", "asalto", "hoyo", "mes", "tramo", "turno", "t\xC3\xADtulo", "triunfo",
                                                              "podio", "centenario", "informe", "debate", "juego", "torneo", "concurso"};
                const bool nounAfter = masculine && next == mark + 3 && nextEnd > next &&
                                       std::any_of(std::begin(kNouns), std::end(kNouns), [&](std::string_view n) { return following == n; });
                std::string spoken = nounAfter ? spellout_.say(std::stoll(text.substr(i, e - i)), "%spellout-ordinal-masculine-adjective") : "";
                if (spoken.empty()) {
                    spoken = spellout_.say(std::stoll(text.substr(i, e - i)), masculine ? "%spellout-ordinal-masculine" : "%spellout-ordinal-feminine");
                }
                if (!spoken.empty()) {
                    if (log != nullptr) log->push_back({text.substr(i, mark + 2 - i), spoken, "ordinal"});
                    out += spoken;
                    i = mark + 2;
                    continue;
                }
            }
        }
        // "1,250 personas" where a comma groups thousands (and "4,000" where the country is unknown).
        if ((commaThousands_ || unknownRegion_) && boundary && isDigit(text[i])) {
            const std::size_t end = commaGrouped(text, i);
            const bool thousands = end != i && (commaThousands_ || text.compare(end - 3, 3, "000") == 0);
            if (thousands && (end >= text.size() || !isWordByte(text[end]) || text[end] == ' ')) {
                const std::string spoken = withoutCommas(text.substr(i, end - i));
                if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "number"});
                out += spoken;
                i = end;
                continue;
            }
        }
        // "a las 19 hs", "hasta las 22 hs.": the hour alone, with the River Plate's "hs" (or "hrs") for
        // "horas"; eSpeak NG says the letters.
        if (std::string spoken; boundary && isDigit(text[i])) {
            if (const std::size_t end = hourWithMarkAt(text, i, spoken); end != i) {
                if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "time"});
                out += spoken;
                i = end;
                continue;
            }
        }
        // "Clasificación: 1. Real Madrid, 63 puntos; 2. Barcelona": a ranked list's number after a colon or a semicolon,
        // its dot said as a comma (eSpeak NG ends a sentence's tone at it and the rank sounds like the team's before it).
        if (boundary && isDigit(text[i]) && i >= 2 && text[i - 1] == ' ' && (text[i - 2] == ':' || text[i - 2] == ';')) {
            std::size_t e = i;
            while (e < text.size() && isDigit(text[e]) && e - i < 2) ++e;
            if (e + 2 < text.size() && text[e] == '.' && text[e + 1] == ' ' && std::isupper(static_cast<unsigned char>(text[e + 2]))) {
                if (log != nullptr) log->push_back({text.substr(i, e + 1 - i), text.substr(i, e - i) + ",", "ordinal"});
                out += text.substr(i, e - i) + ",";
                i = e + 1;
                continue;
            }
        }
        // "a las 1615 GMT": a wire's universal time written in four figures, "16 15 GMT".
        if (boundary && i + 4 < text.size() && isDigit(text[i]) && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) &&
            (text.compare(i + 4, 4, " GMT") == 0 || text.compare(i + 4, 4, " UTC") == 0)) {
            const int hour = std::stoi(text.substr(i, 2)), minute = std::stoi(text.substr(i + 2, 2));
            if (hour <= 23 && minute <= 59) {
                const std::string spoken = std::to_string(hour) + (minute == 0 ? std::string(" horas") : " " + std::to_string(minute));
                if (log != nullptr) log->push_back({text.substr(i, 4), spoken, "time"});
                out += spoken;
                i += 4;
                continue;
            }
        }
        // "22:00", "6:30": the time of day, "22 horas", "6 y 30".
        if (boundary && isDigit(text[i])) {
            std::size_t h = i;
            while (h < text.size() && isDigit(text[h]) && h - i < 3) ++h;
            // ("a las 17.30 h", "las 9.15 horas": a point between them too, where the hours are named or "las"
            // comes before; "17.30" alone may be a figure.)
            const std::string after = h + 3 <= text.size() ? wordAt(text, h + 3) : "";
            // ("(15.00 GMT)": a wire's universal time after the local one, its zone named.)
            const bool named = after == "horas" || after == "h" || after == "hrs" || after == "hs" || after == "gmt" || after == "utc";
            // ("de 9.00 a 14.00", "entre las 8.30 y las 10.00": a span of two such times, each end.)
            const auto pointedTime = [&](std::size_t at) {
                std::size_t k = at;
                while (k < text.size() && isDigit(text[k]) && k - at < 3) ++k;
                return k > at && k - at <= 2 && k + 2 < text.size() && text[k] == '.' && isDigit(text[k + 1]) && isDigit(text[k + 2]) &&
                       (k + 3 >= text.size() || !isDigit(text[k + 3]));
            };
            // (Not two amounts: "de 9.50 a 10.20 euros", "del 3.25 al 3.50 %".)
            const auto amountAfter = [&](std::size_t at) {
                std::size_t k = at;
                while (k < text.size() && (isDigit(text[k]) || text[k] == '.')) ++k;
                while (k < text.size() && text[k] == ' ') ++k;
                if (k < text.size() && (text[k] == '%' || text[k] == '$' || text.compare(k, 3, "\xE2\x82\xAC") == 0)) return true;
                if (text.compare(k, 3, "d\xC3\xB3") == 0) return true;  // "dólares" (its accent ends wordAt's letters)
                const std::string word = wordAt(text, k);
                for (const char* unit : {"euro", "dol", "peso", "libra", "millon", "mil", "punto", "por", "kil", "metr", "grad", "litro",
                                         "real", "sol", "bol", "yen", "franco", "cent", "tonelada", "barril"}) {
                    if (word.rfind(unit, 0) == 0) return true;
                }
                return false;
            };
            const auto spanFrom = [&] {
                const std::size_t k = h + 3;
                if (k > text.size()) return false;
                for (const char* joint : {" a ", " y ", " hasta ", " al "}) {
                    const std::size_t n = std::strlen(joint);
                    if (text.compare(k, n, joint) == 0 && pointedTime(k + n) && !amountAfter(k + n)) return true;
                }
                return false;
            };
            const auto spanTo = [&] {
                for (const char* joint : {" a ", " y ", " hasta ", " al "}) {
                    const std::size_t n = std::strlen(joint);
                    if (i < n + 4 || text.compare(i - n, n, joint) != 0) continue;
                    std::size_t k = i - n;
                    std::size_t start = k;
                    while (start > 0 && (isDigit(text[start - 1]) || text[start - 1] == '.')) --start;
                    if (start < k && pointedTime(start) && !amountAfter(i)) return true;
                }
                return false;
            };
            const bool pointed = h < text.size() && text[h] == '.' &&
                                 (named || (i >= 4 && text.compare(i - 4, 4, "las ") == 0) || (i >= 3 && text.compare(i - 3, 3, "la ") == 0) ||
                                  (((i >= 3 && text.compare(i - 3, 3, "de ") == 0) || (i >= 6 && text.compare(i - 6, 6, "desde ") == 0) ||
                                    (i >= 6 && text.compare(i - 6, 6, "entre ") == 0)) && spanFrom()) ||
                                  spanTo());
            // "a las 8 p. m.", "a la 1 a. m.": an hour on the hour with its half of the day, "a las 8 de la noche" (eSpeak NG says
            // the letters "pe eme"). (Not "m." alone, metres as often as noon.)
            if (h - i >= 1 && h - i <= 2 && (i == 0 || !isWordByte(text[i - 1]))) {
                std::size_t halfEnd = h;
                const int hour = std::stoi(text.substr(i, h - i));
                if (const char half = meridiemAt(text, h, halfEnd); (half == 'a' || half == 'p') && hour >= 1 && hour <= 12 && h < text.size() && text[h] == ' ') {
                    std::string spoken = feminineWordsOr(spellout_, hour, std::to_string(hour)) + " " + partOfDay(hour, half);
                    if (hour == 1 && out.size() >= 4 && out.compare(out.size() - 4, 4, "las ") == 0) out.replace(out.size() - 4, 4, "la ");
                    if (log != nullptr) log->push_back({text.substr(i, halfEnd - i), spoken, "time"});
                    out += spoken;
                    i = halfEnd;
                    continue;
                }
            }
            if (h - i >= 1 && h - i <= 2 && h + 2 < text.size() && (text[h] == ':' || pointed) && isDigit(text[h + 1]) && isDigit(text[h + 2]) &&
                (h + 3 >= text.size() || !isDigit(text[h + 3])) && (h + 3 >= text.size() || text[h + 3] != ':')) {
                const int hour = std::stoi(text.substr(i, h - i)), minute = std::stoi(text.substr(h + 1, 2));
                if (hour <= 24 && minute <= 59) {
                    const std::string next = wordAt(text, h + 3);
                    const bool hoursNamed = next == "horas" || next == "hrs" || next == "h" || next == "hs";
                    // ("de 5:00 a 9:00 de la mañana": a clock of twelve hours, its half of the day said after it,
                    // or after the span it ends.)
                    const auto partOfDayAfter = [&](std::size_t at) {
                        for (const char* part : {" de la ma\xC3\xB1" "ana", " de la tarde", " de la noche", " de la madrugada"}) {
                            if (text.compare(at, std::strlen(part), part) == 0) return true;
                        }
                        return false;
                    };
                    bool twelveHours = hour <= 12 && partOfDayAfter(h + 3);
                    for (std::size_t k = h + 3; !twelveHours && hour <= 12 && k + 8 < text.size() && k < h + 16; ++k) {
                        // ("de 5:00 a 9:00 de la mañana": the first of the span, its end's half of the day.)
                        if (text.compare(k, 3, " a ") == 0 && isDigit(text[k + 3])) {
                            std::size_t e = k + 3;
                            while (e < text.size() && (isDigit(text[e]) || text[e] == ':')) ++e;
                            twelveHours = partOfDayAfter(e);
                        }
                    }
                    // (An hour is feminine: "a las 21:00" is "veintiuna horas", "la 1:00" "una"; "las 1:30", as copy
                    // may write it by the others' pattern, is said with the article one hour takes, "la una y 30".)
                    const std::string hourWords = feminineWordsOr(spellout_, hour, std::to_string(hour));
                    if (hour == 1 && out.size() >= 4 && out.compare(out.size() - 4, 4, "las ") == 0 &&
                        (out.size() == 4 || out[out.size() - 5] == ' ')) {
                        out.replace(out.size() - 4, 4, "la ");
                    }
                    std::string spoken = hourWords;
                    if (minute != 0) spoken += " y " + std::to_string(minute);
                    // ("a la 1.00" is "a la una": one o'clock needs no word after it.)
                    else if (!hoursNamed && !twelveHours && hour != 1) spoken += " horas";
                    std::size_t end = h + 3;
                    // ("8:00 a. m.", "4:30 p.m.", "12:00 m.": the half of the day said, "8 de la mañana".)
                    if (std::size_t halfEnd = end; hour >= 1 && hour <= 12) {
                        if (const char half = meridiemAt(text, end, halfEnd); half != '\0' && (half != 'm' || hour == 12)) {
                            spoken = hourWords + (minute != 0 ? " y " + std::to_string(minute) : "") + " " + partOfDay(hour, half);
                            if (log != nullptr) log->push_back({text.substr(i, halfEnd - i), spoken, "time"});
                            out += spoken;
                            i = halfEnd;
                            continue;
                        }
                    }
                    // ("a las 15:30 h", "21:00 h": the letter that names the hours is said "horas", or not at all
                    // after the minutes.)
                    // ("a las 19:05 horas": the hours named after the minutes, "diecinueve horas con cinco minutos"; "19 y 5
                    // horas" sounds like a span of hours.)
                    // (At one o'clock, "la una hora" is not said: "a la 1:15 horas" is "la una y 15".)
                    if (next == "horas" && minute != 0) {
                        while (end < text.size() && text[end] == ' ') ++end;
                        end += next.size();
                        if (hour != 1) spoken = hourWords + " horas con " + std::to_string(minute) + (minute == 1 ? " minuto" : " minutos");
                    }
                    if (next == "h" || next == "hs" || next == "hrs") {
                        // (The word as written, whatever its case: past the spaces, its letters.)
                        while (end < text.size() && text[end] == ' ') ++end;
                        end += next.size();
                        if (minute == 0) spoken += hour == 1 ? " hora" : " horas";
                        // (Its dot too where the sentence goes on: "a las 19:00 hrs. ante Cruz Azul"; before a capital it is
                        // the sentence's full stop.)
                        if (end + 2 < text.size() && text[end] == '.' && text[end + 1] == ' ' && std::islower(static_cast<unsigned char>(text[end + 2]))) ++end;
                    }
                    if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "time"});
                    out += spoken;
                    i = end;
                    continue;
                }
            }
        }
        // "15/03/2025": a date in figures, day first; "2-13 de diciembre", a span of days.
        // "C.P. 08040", "CP 03100": a postal code led by a nought, figure by figure (eSpeak NG reads "cero ocho punto cero
        // cuatro cero").
        if (text[i] == '0' && (i == 0 || !isWordByte(text[i - 1])) && i >= 2) {
            const std::size_t e = digitsEnd(text, i);
            const std::string before = text.substr(i >= 14 ? i - 14 : 0, i >= 14 ? 14 : i);
            const bool postal = before.find("postal ") != std::string::npos || before.find("C.P. ") != std::string::npos ||
                                before.find("CP ") != std::string::npos || isLexiconPlaceholderAt(text, i >= 2 ? i - 2 : 0);
            if (e - i == 5 && (e >= text.size() || !isWordByte(text[e])) && postal) {
                std::string digits;
                for (std::size_t k = i; k < e; ++k) digits += (digits.empty() ? "" : " ") + std::string(1, text[k]);
                if (log != nullptr) log->push_back({text.substr(i, e - i), digits, "address"});
                out += digits;
                i = e;
                continue;
            }
        }
        if (std::size_t end = numericDate(text, i, dates(), words); end != i || (end = daysBeforeMonthAt(text, i, dates(), words)) != i) {
            if (log != nullptr) log->push_back({text.substr(i, end - i), words, "date"});
            out += words;
            i = end;
            continue;
        }
        if (const std::size_t end = haIsTheVerb(text, i) ? i : unitAfterNumber(text, i, units(), words); end != i) {
            if (log != nullptr) log->push_back({text.substr(i, end - i), words, "unit"});
            out += words;
            i = end;
            continue;
        }
        out += text[i++];
    }
    return out;
}

// A count before a noun that the lexicon or a unit wrote out, "41 pts.", "21 km", "21 €": "cuarenta y
// un puntos", "veintiún kilómetros", "veintiún euros".
namespace {

// "decimoprimero", "decimosegunda": ICU's ordinals of eleven and twelve, which newsreaders and the RAE's first choice say
// "undécimo", "duodécima" ("su 11.º gol", "la 12.ª jornada").
std::string withElevenAndTwelfthSaid(const std::string& text, std::vector<Rewrite>* log) {
    if (text.find("decimo") == std::string::npos) return text;
    std::string out = text;
    for (const auto& [icu, said] : {std::pair<std::string_view, std::string_view>{"decimoprimero", "und\xC3\xA9" "cimo"},
                                    {"decimoprimera", "und\xC3\xA9" "cima"}, {"decimoprimer", "und\xC3\xA9" "cimo"},
                                    {"decimosegundo", "duod\xC3\xA9" "cimo"}, {"decimosegunda", "duod\xC3\xA9" "cima"}}) {
        for (std::size_t at = out.find(icu); at != std::string::npos; at = out.find(icu, at + 1)) {
            if ((at > 0 && isWordByte(out[at - 1])) || (at + icu.size() < out.size() && isWordByte(out[at + icu.size()]))) continue;
            if (log != nullptr) log->push_back({std::string(icu), std::string(said), "ordinal"});
            out.replace(at, icu.size(), said);
        }
    }
    return out;
}

}  // namespace

std::string Spanish::agree(const std::string& given, std::vector<Rewrite>* log) const {
    const std::string text = withElevenAndTwelfthSaid(given, log);
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::string words;
        if (isDigit(text[i]) && (i == 0 || !isWordByte(text[i - 1]))) {
            if (const std::size_t end = countBeforeNounAt(text, i, words); end != i) {
                if (log != nullptr) log->push_back({text.substr(i, end - i), words, "number"});
                out += words;
                i = end;
                continue;
            }
            // "la Ley 21.577", "153.000.000 pesos": a figure in groups of thousands whose thousands end in one, said by
            // ICU ("veintiún mil", where eSpeak NG says "veintiuno mil"), and a round number of millions before a noun,
            // which takes "de" ("ciento cincuenta y tres millones de pesos").
            {
                std::size_t g = i;
                std::string digits;
                while (g < text.size() && (isDigit(text[g]) || (text[g] == '.' && g + 3 < text.size() && isDigit(text[g + 1]) && isDigit(text[g + 2]) &&
                                                                isDigit(text[g + 3]) && (g + 4 >= text.size() || !isDigit(text[g + 4]))))) {
                    if (isDigit(text[g])) digits += text[g];
                    ++g;
                }
                const bool grouped = text.substr(i, g - i).find('.') != std::string::npos && (g >= text.size() || (text[g] != ',' && !isWordByte(text[g])) ||
                                                                                            (text[g] == ',' && (g + 1 >= text.size() || !isDigit(text[g + 1]))));
                if (grouped && digits.size() <= 12) {
                    const long long n = std::stoll(digits);
                    const long long thousands = n / 1000 % 1000;
                    std::size_t wordEnd = 0;
                    const std::string noun = g + 1 < text.size() && text[g] == ' ' ? lowerAscii(wholeWordAt(text, g + 1, wordEnd)) : std::string();
                    // (A noun: not a word that goes on the sentence, "3.000.000 y", "para", "en".)
                    bool function = noun.size() < 3;
                    for (const char* w : {"que", "para", "por", "con", "sin", "del", "los", "las", "una", "uno", "como", "entre", "hasta", "desde",
                                          "m\xC3\xA1s", "menos", "durante", "tras", "ante", "hacia", "seg\xC3\xBAn"}) {
                        function = function || noun == w;
                    }
                    // (A plural noun: "Los 3.000.000 fueron", "3.000.000 cada año" go on without "de".)
                    if (n >= 1000000 && n % 1000000 == 0 && !function && std::islower(static_cast<unsigned char>(text[g + 1])) && noun.back() == 's' &&
                        noun != "anuales" && noun != "mensuales" && noun != "diarios" && noun != "semanales" && noun != "menos" && noun != "m\xC3\xA1s") {
                        words = std::to_string(n / 1000000) + (n == 1000000 ? " mill\xC3\xB3n de" : " millones de");
                    } else if (thousands % 10 == 1 && thousands % 100 != 11 && thousands > 20) {
                        words = spellout_.say(n, "%spellout-cardinal-masculine");
                    }
                    if (!words.empty()) {
                        if (log != nullptr) log->push_back({text.substr(i, g - i), words, "number"});
                        out += words;
                        i = g;
                        continue;
                    }
                }
            }
            // "14 dic.", said "14 diciembre" by the lexicon: a day of a month takes its "de".
            std::size_t e = i;
            while (e < text.size() && isDigit(text[e])) ++e;
            if (e - i <= 2 && e + 1 < text.size() && text[e] == ' ' && std::stoi(text.substr(i, e - i)) <= 31) {
                for (const char* month : {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                                          "noviembre", "diciembre"}) {
                    const std::size_t n = std::strlen(month);
                    if (text.compare(e + 1, n, month) == 0 && (e + 1 + n >= text.size() || !isWordByte(text[e + 1 + n]))) {
                        out += text.substr(i, e - i) + " de ";
                        i = e + 1;
                        break;
                    }
                }
                if (i == e + 1) continue;
            }
        }
        out += text[i++];
    }
    return out;
}

}  // namespace
}  // namespace spanish

std::unique_ptr<LanguageRules> makeSpanishRules(const std::string& language) {
    return std::make_unique<spanish::Spanish>(regionOf(language));
}

}  // namespace readcast

// French spoken-form rules. eSpeak NG reads French numbers, written dates and most signs itself; what it
// gets wrong is the time of day as French news writes it ("5h45" is "cinq hache quarante-cinq" to it),
// dates written in figures ("25/11" is "vingt-cinq onze"), ordinals ("2e" "deux e", "XXIe" "ixi"), a
// ruler's number ("Louis XIV" "Louis quatorze romain"), euros and cents ("12,50 €" "douze virgule
// cinquante euros"), "km/h" ("kilomètre hache") and a result ("3-1" "troiz-un").

#include <array>
#include <cctype>
#include <cstring>
#include <set>
#include <unordered_set>

#include "core/Ascii.hpp"
#include "core/WordSet.hpp"
#include "core/Text.hpp"
#include "text/DigitGroups.hpp"
#include "text/Normalizer.hpp"
#include "text/NumericDate.hpp"
#include "text/RomanNumerals.hpp"
#include "text/FractionAfterArticle.hpp"
#include "text/QuarterShortForm.hpp"
#include "text/RaceTime.hpp"
#include "text/ShortFormBeforeFigure.hpp"
#include "text/SpelledInitialism.hpp"
#include "text/SpokenAddress.hpp"
#include "text/GenderedCount.hpp"
#include "text/Spellout.hpp"
#include "text/UnitAfterNumber.hpp"

namespace readcast {
namespace french {
namespace {

// "49 M€ HT": a price without its taxes, "hors taxes", after the amount it qualifies ("HT" elsewhere is a
// high-voltage line's, a half-time's or a name's letters).
std::string withTaxesSaid(const std::string& text, std::vector<Rewrite>* log) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        // (Its letters may be spelled already: " H T".)
        const std::size_t letters = text.compare(i, 3, " HT") == 0 ? 3 : text.compare(i, 4, " H T") == 0 ? 4 : 0;
        if (letters != 0 && (i + letters >= text.size() || !isWordByte(text[i + letters]))) {
            const std::string before = out.size() >= 8 ? out.substr(out.size() - 8) : out;
            const bool amount = (!out.empty() && std::isdigit(static_cast<unsigned char>(out.back()))) || before.find("euros") != std::string::npos ||
                                before.find("\xE2\x82\xAC") != std::string::npos || before.find("dollars") != std::string::npos ||
                                before.find("francs") != std::string::npos;
            if (amount) {
                if (log != nullptr) log->push_back({"HT", "hors taxes", "abbreviation"});
                out += " hors taxes";
                i += letters;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// "38 °C": eSpeak NG says "degrés C"; a newsreader, "degrés".
const UnitAfterNumberStyle& units() {
    static const UnitAfterNumberStyle kStyle{{{"\xC2\xB0" "C", "degr\xC3\xA9", "degr\xC3\xA9s"},
                                              {"\xC2\xBA" "C", "degr\xC3\xA9", "degr\xC3\xA9s"},
                                              {"\xC2\xB0", "degr\xC3\xA9", "degr\xC3\xA9s"},
                                              // measures eSpeak NG spells ("1 g" "un gé", "120 m²" "m puissance deux")
                                              {"km\xC2\xB2", "kilom\xC3\xA8tre carr\xC3\xA9", "kilom\xC3\xA8tres carr\xC3\xA9s"},
                                              {"m\xC2\xB2", "m\xC3\xA8tre carr\xC3\xA9", "m\xC3\xA8tres carr\xC3\xA9s"},
                                              {"m\xC2\xB3", "m\xC3\xA8tre cube", "m\xC3\xA8tres cubes"},
                                              // a snowfall's or a rain's rate, "3 à 5 cm/h"
                                              {"cm/h", "centim\xc3\xa8tre \xc3\xa0 l'heure", "centim\xc3\xa8tres \xc3\xa0 l'heure"},
                                              {"mm/h", "millim\xc3\xa8tre \xc3\xa0 l'heure", "millim\xc3\xa8tres \xc3\xa0 l'heure"},
                                              {"g/l", "gramme par litre", "grammes par litre"},  // alcohol in the blood
                                              // a concentration in water or air: "0,1 µg/l", "50 mg/l", "25 µg/m3"
                                              {"\xC2\xB5g/l", "microgramme par litre", "microgrammes par litre"},
                                              {"\xC2\xB5g/L", "microgramme par litre", "microgrammes par litre"},
                                              {"mg/l", "milligramme par litre", "milligrammes par litre"},
                                              {"mg/L", "milligramme par litre", "milligrammes par litre"},
                                              {"g/L", "gramme par litre", "grammes par litre"},
                                              {"\xC2\xB5g/m\xC2\xB3", "microgramme par m\xC3\xA8tre cube", "microgrammes par m\xC3\xA8tre cube"},
                                              {"\xC2\xB5g/m3", "microgramme par m\xC3\xA8tre cube", "microgrammes par m\xC3\xA8tre cube"},
                                              // a rate's basis points, "150 pb"
                                              {"pb", "point de base", "points de base"},
                                              {"mg", "milligramme", "milligrammes"},
                                              {"\xC2\xB5g", "microgramme", "microgrammes"},
                                              {"g", "gramme", "grammes"},
                                              {"ml", "millilitre", "millilitres"},
                                              {"cl", "centilitre", "centilitres"},
                                              {"l", "litre", "litres"},
                                              // ("6,10 m", "2 800 m": eSpeak NG says the letter)
                                              {"km", "kilom\xC3\xA8tre", "kilom\xC3\xA8tres"},
                                              {"cm", "centim\xC3\xA8tre", "centim\xC3\xA8tres"},
                                              {"mm", "millim\xC3\xA8tre", "millim\xC3\xA8tres"},
                                              {"m", "m\xC3\xA8tre", "m\xC3\xA8tres"},
                                              // energy and power ("85 MW" "em double-vé"), area ("67 ha")
                                              {"TWh", "t\xC3\xA9rawattheure", "t\xC3\xA9rawattheures"},
                                              {"GWh", "gigawattheure", "gigawattheures"},
                                              {"MWh", "m\xC3\xA9gawattheure", "m\xC3\xA9gawattheures"},
                                              {"kWh", "kilowattheure", "kilowattheures"},
                                              {"MWc", "m\xC3\xA9gawatt-cr\xC3\xAAte", "m\xC3\xA9gawatts-cr\xC3\xAAte"},
                                              {"GW", "gigawatt", "gigawatts"},
                                              {"MW", "m\xC3\xA9gawatt", "m\xC3\xA9gawatts"},
                                              {"kW", "kilowatt", "kilowatts"},
                                              {"kVA", "kilovoltamp\xC3\xA8re", "kilovoltamp\xC3\xA8res"},
                                              {"ha", "hectare", "hectares"},
                                              {"Ha", "hectare", "hectares"},
                                              {"Ar", "ariary", "ariary"},
                                              {"Go", "gigaoctet", "gigaoctets"},
                                              {"To", "t\xC3\xA9raoctet", "t\xC3\xA9raoctets"},
                                              {"Mo", "m\xC3\xA9gaoctet", "m\xC3\xA9gaoctets"},
                                              // a phone's or a computer's figures: "120 Hz", "5 000 mAh", "45 W", "3 nm"
                                              {"GHz", "gigahertz", "gigahertz"},
                                              {"MHz", "m\xc3\xa9gahertz", "m\xc3\xa9gahertz"},
                                              {"kHz", "kilohertz", "kilohertz"},
                                              {"Hz", "hertz", "hertz"},
                                              {"mAh", "milliamp\xc3\xa8re-heure", "milliamp\xc3\xa8res-heure"},
                                              {"W", "watt", "watts"},
                                              {"Mpx", "m\xc3\xa9gapixel", "m\xc3\xa9gapixels"},
                                              {"nm", "nanom\xc3\xa8tre", "nanom\xc3\xa8tres"},
                                              {"Gbit/s", "gigabit par seconde", "gigabits par seconde"},
                                              {"Mbit/s", "m\xc3\xa9gabit par seconde", "m\xc3\xa9gabits par seconde"},
                                              // thousands of euros, as property and pay are written: "650 k€"
                                              {"k\xe2\x82\xac", "mille euros", "mille euros"},
                                              // a time in a race: "1 min 12 s"
                                              {"min", "minute", "minutes"},
                                              {"s", "seconde", "secondes"},
                                              // a magnitude written short: "9 G$" (Quebec), "1,4 mia" and "3 mio."
                                              // (Switzerland), "9 M" alone
                                              {"G$", "milliard de dollars", "milliards de dollars"},
                                              {"mia", "milliard", "milliards"},
                                              {"mio.", "million", "millions"},
                                              {"mio", "million", "millions"},
                                              {"M", "million", "millions"},
                                              // (after the figure: "12,50 €" has a rule of its own; "3 €/kg" comes here)
                                              {"\xE2\x82\xAC", "euro", "euros", true},
                                              // (the word itself before a price's measure, "100 euros/MWh", "5 euros/m2")
                                              {"euros", "euro", "euros", true}},
                                             "",
                                             "",
        "moins", /*singular_below_two=*/true,
        // a price by its rate or its measure: "1 200 €/mois", "1,83 €/l"
        {{"mois", "par mois"}, {"an", "par an"}, {"jour", "par jour"}, {"nuit", "la nuit"}, {"h", "de l'heure"}, {"heure", "de l'heure"},
         {"personne", "par personne"}, {"kWh", "le kilowattheure"}, {"MWh", "le m\xC3\xA9gawattheure"}, {"m\xC2\xB2", "le m\xC3\xA8tre carr\xC3\xA9"},
         {"m2", "le m\xC3\xA8tre carr\xC3\xA9"}, {"kg", "le kilo"}, {"litre", "le litre"}, {"l", "le litre"}, {"baril", "le baril"},
         {"t", "la tonne"}},
        /*span_to=*/"\xC3\xA0"};
    return kStyle;
}

// French acronyms said as words whatever their letters.
const std::unordered_set<std::string>& frenchAcronyms() {
    static const std::unordered_set<std::string> kWords{"SMIC", "CNIL", "FNAC", "EHPAD", "PACS", "URSSAF", "INSERM", "STIB"};
    return kWords;
}

class French : public LanguageRules {
public:
    French()
        : spellout_("fr"),
          // "4h12'30\"", "à 1'05\"": a time in a race, its counts feminine ("vingt et une minutes").
          race_{{"une heure", "heures"}, {"une minute", "minutes"}, {"une seconde", "secondes"}, "et",
                {"dixi\xC3\xA8mes", "centi\xC3\xA8mes", "milli\xC3\xA8mes"}, {"\xC3\xA0", "en"},
                [this](int n) { return spellout_.say(n, "%spellout-cardinal-feminine"); }} {}
    // (race_ holds a pointer to this object: neither copied nor moved.)
    French(const French&) = delete;
    French& operator=(const French&) = delete;
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override;

private:
    std::size_t ordinalAt(const std::string& text, std::size_t i, std::string& spoken) const;
    std::size_t regnalAt(const std::string& text, std::size_t i, std::string& spoken) const;
    Spellout spellout_;
    RaceTimeStyle race_;
};

bool startsWord(const std::string& text, std::size_t i) {
    return i == 0 || (!isWordByte(text[i - 1]) && static_cast<unsigned char>(text[i - 1]) < 0x80);
}

bool endsWord(const std::string& text, std::size_t i) {
    return i >= text.size() || (!isWordByte(text[i]) && static_cast<unsigned char>(text[i]) < 0x80);
}

// "2e", "21e", "1er", "1re", "1ère", "XXIe", "IIIe": an ordinal, "deuxième", "vingt et unième", "premier",
// "première", "troisième".
std::size_t French::ordinalAt(const std::string& text, std::size_t i, std::string& spoken) const {
    if (!startsWord(text, i)) return i;
    std::size_t e = i;
    int value = 0;
    if (isDigit(text[i])) {
        while (e < text.size() && isDigit(text[e]) && e - i < 4) ++e;
        value = std::stoi(text.substr(i, e - i));
    } else {
        // (Centuries and ranks in I, V and X: "Le" and "Ce" are no numerals.)
        while (e < text.size() && std::string("IVX").find(text[e]) != std::string::npos) ++e;
        value = romanNumeralValue(std::string_view(text).substr(i, e - i));
    }
    if (e == i || value <= 0) return i;
    for (const char* ending : {"\xC3\xA8re", "\xC3\xA8me", "er", "re", "e"}) {
        const std::size_t n = std::strlen(ending);
        if (text.compare(e, n, ending) != 0 || !endsWord(text, e + n)) continue;
        const bool first = std::strcmp(ending, "er") == 0 || std::strcmp(ending, "re") == 0 || std::strcmp(ending, "\xC3\xA8re") == 0;
        if (first != (value == 1)) return i;
        spoken = value == 1 ? (std::strcmp(ending, "er") == 0 ? "premier" : "premi\xC3\xA8re")
                            : spellout_.say(value, "%spellout-ordinal-masculine");
        return spoken.empty() ? i : e + n;
    }
    return i;
}

// "Louis XIV", "Jean-Paul II", "Napoléon III", "la Ve République" (an ordinal, above): a ruler's number
// after the name is said as a count, "Louis quatorze"; "François Ier" is "François premier".
std::size_t French::regnalAt(const std::string& text, std::size_t i, std::string& spoken) const {
    // (Or joined by a hyphen, as streets and schools are named after a king: "boulevard Henri-IV", "lycée Louis-le-Grand".)
    if (!startsWord(text, i) || i < 3 || (text[i - 1] != ' ' && text[i - 1] != '-')) return i;
    std::size_t nameStart = i - 1;
    while (nameStart > 0 && text[nameStart - 1] != ' ' && text[nameStart - 1] != '-') --nameStart;
    // ("le XV de France", "du XIII de Catalogne": a rugby team named by its players' number, a count.)
    const std::string article = lowerAscii(text.substr(nameStart, i - 1 - nameStart));
    if (article == "le" || article == "du" || article == "au") {
        std::size_t e = i;
        while (e < text.size() && std::string("IVXL").find(text[e]) != std::string::npos) ++e;
        const int value = e - i >= 2 && text.compare(e, 4, " de ") == 0 ? romanNumeralValue(std::string_view(text).substr(i, e - i)) : 0;
        if (value >= 2 && value <= 39) {
            spoken = spellout_.say(value, "%spellout-cardinal-masculine");
            return spoken.empty() ? i : e;
        }
    }
    if (!std::isupper(static_cast<unsigned char>(text[nameStart])) || i - 1 - nameStart < 3) return i;
    if (text.compare(i, 3, "Ier") == 0 && endsWord(text, i + 3)) {
        spoken = "premier";
        return i + 3;
    }
    std::size_t e = i;
    while (e < text.size() && std::string("IVXL").find(text[e]) != std::string::npos) ++e;
    // (One letter only as V: "Malcolm X" and "Vitamine C" are names.)
    if (!endsWord(text, e) || (e - i == 1 && text[i] != 'V')) return i;
    const int value = romanNumeralValue(std::string_view(text).substr(i, e - i));
    if (value < 2 || value > 39) return i;
    spoken = spellout_.say(value, "%spellout-cardinal-masculine");
    return spoken.empty() ? i : e;
}

// "25/11", "02/12/2024": a date in figures, "25 novembre", "2 décembre 2024", "1er mars".
const NumericDateStyle& dates() {
    static const NumericDateStyle kStyle{{"janvier", "f\xC3\xA9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\xC3\xBBt",
                                          "septembre", "octobre", "novembre", "d\xC3\xA9" "cembre"},
                                         "1er", "", "", {"du", "au", "d\xC3\xA8s", "depuis", "jusqu'au"}, "du", "au", "et"};
    return kStyle;
}

// "5h45", "17 h 30", "14h" (hours 0 to 24, minutes 00 to 59): "5 heures 45", "14 heures"; one o'clock
// is "1 heure". The digits stay digits: eSpeak NG says them in French.
// "Ste-Foy", "St-Jean-sur-Richelieu": a saint's name in a place's, written short as Quebec writes it; eSpeak
// NG says "Ste" in English.
std::string withSaintsInFull(std::string text) {
    for (const auto& [short_, full] : {std::pair<const char*, const char*>{"Ste-", "Sainte-"}, {"St-", "Saint-"}}) {
        const std::size_t n = std::strlen(short_);
        for (std::size_t at = text.find(short_); at != std::string::npos; at = text.find(short_, at + 1)) {
            if ((at > 0 && isWordByte(text[at - 1])) || at + n >= text.size() || !std::isupper(static_cast<unsigned char>(text[at + n]))) continue;
            text.replace(at, n, full);
        }
    }
    return text;
}

// "près d'1 milliard", "l'1 des accusés": the elided "de" or article before the figure one, which eSpeak NG reads
// as the letter D and a pause ("dé… un"); the figure said as the word, "d'un milliard".
std::string withElisionBeforeOne(std::string text) {
    for (const char* elided : {"d'1 ", "l'1 ", "d\xE2\x80\x99" "1 ", "l\xE2\x80\x99" "1 ", "qu'1 "}) {
        const std::size_t n = std::strlen(elided);
        for (std::size_t at = text.find(elided); at != std::string::npos; at = text.find(elided, at + 1)) {
            if (at > 0 && std::isalpha(static_cast<unsigned char>(text[at - 1]))) continue;
            text.replace(at + n - 2, 1, "un");
        }
    }
    return text;
}

// "L'A380", "l'F-35", "d'E-3": an elided article before a letter that names a model with its number. eSpeak
// NG says "L'A" as "el apostrophe a", and a consonant's letter after "l'" in English ("l'F" is "elf"): the
// article is written small and such a letter by its French name ("l'èf-35").
std::string withElisionBeforeLetteredFigure(std::string text) {
    static const std::array<const char*, 26> kNames{"A", "B", "C", "D", "E", "\xC3\xA8" "f", "G", "ache", "I", "J", "K", "\xC3\xA8" "l",
                                                    "\xC3\xA8" "m", "\xC3\xA8" "ne", "O", "P", "Q", "\xC3\xA8" "r", "\xC3\xA8" "sse",
                                                    "T", "U", "V", "W", "ixe", "Y", "Z"};
    for (std::size_t at = 1; at + 2 < text.size(); ++at) {
        // (The apostrophe typed or typeset, ’.)
        const std::size_t mark = text[at] == '\'' ? 1 : text.compare(at, 3, "\xE2\x80\x99") == 0 ? 3 : 0;
        if (mark == 0 || at + mark + 1 >= text.size() || (at >= 2 && isWordByte(text[at - 2]))) continue;
        const char article = static_cast<char>(std::tolower(static_cast<unsigned char>(text[at - 1])));
        const std::size_t letterAt = at + mark;
        const char letter = text[letterAt];
        if ((article != 'l' && article != 'd') || letter < 'A' || letter > 'Z') continue;
        std::size_t figure = letterAt + 1;
        if (figure < text.size() && (text[figure] == '-' || text[figure] == ' ')) ++figure;
        if (figure >= text.size() || !isDigit(text[figure])) continue;
        text[at - 1] = article;
        if (std::strchr("AEIOUY", letter) == nullptr) text.replace(letterAt, 1, kNames[static_cast<std::size_t>(letter - 'A')]);
    }
    return text;
}

// "de " just written before a word said from a figure that opens on a vowel ("une", "un tiers"): elided,
// "d'une", as French writes and says it.
void elideDeAtEnd(std::string& out) {
    if (out.size() >= 3 && out.compare(out.size() - 3, 3, "de ") == 0 && (out.size() == 3 || !isWordByte(out[out.size() - 4]))) {
        out.erase(out.size() - 2);
        out += '\'';
    }
}

// Swiss francs: the sign before the amount ("Fr. 12.50", "CHF 2,4 milliards", "CHF 45.-") or after it
// ("1'180 fr.", "12,50 CHF"): "12 francs 50", "2,4 milliards de francs". Switzerland writes its prices
// with a point before the centimes, and "CHF" spelled or "Fr." said as letters is no price.
bool swissFrancsAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken) {
    std::size_t n = i;
    bool before = false;
    for (const char* sign : {"Fr. ", "CHF ", "SFr. ", "CHF\xC2\xA0"}) {
        if (text.compare(i, std::strlen(sign), sign) == 0 && startsWord(text, i)) {
            n = i + std::strlen(sign);
            before = true;
            break;
        }
    }
    if (!before && (!startsWord(text, i) || !isDigit(text[i]))) return false;
    // The whole francs, their thousands apart by an apostrophe ("1'180") or a space.
    std::string whole;
    std::size_t e = n;
    while (e < text.size()) {
        if (isDigit(text[e])) {
            whole += text[e++];
        } else if ((text[e] == '\'' || text[e] == ' ') && !whole.empty() && e + 3 < text.size() && isDigit(text[e + 1]) && isDigit(text[e + 2]) &&
                   isDigit(text[e + 3]) && (e + 4 >= text.size() || !isDigit(text[e + 4]))) {
            ++e;
        } else if (text.compare(e, 3, "\xE2\x80\x99") == 0 && !whole.empty() && e + 5 < text.size() && isDigit(text[e + 3])) {
            e += 3;
        } else {
            break;
        }
    }
    if (whole.empty() || whole.size() > 9) return false;
    std::string centimes, decimals;
    if (e + 2 < text.size() && text[e] == '.' && isDigit(text[e + 1]) && isDigit(text[e + 2]) && (e + 3 >= text.size() || !isDigit(text[e + 3]))) {
        centimes = text.substr(e + 1, 2);
        e += 3;
    } else if (e + 1 < text.size() && text[e] == '.' && (text[e + 1] == '-' || text.compare(e + 1, 3, "\xE2\x80\x93") == 0)) {
        e += text[e + 1] == '-' ? 2 : 4;  // "45.-": whole francs
    } else if (e + 1 < text.size() && text[e] == ',' && isDigit(text[e + 1])) {
        std::size_t f = e + 1;
        while (f < text.size() && isDigit(text[f])) ++f;
        decimals = text.substr(e, f - e);
        e = f;
    }
    if (e < text.size() && isWordByte(text[e])) return false;
    // Millions and billions after it: "CHF 2,4 milliards", "3 mio CHF".
    std::string magnitude;
    {
        const std::size_t m = e < text.size() && text[e] == ' ' ? e + 1 : e;
        for (const auto& [written, said] : std::initializer_list<std::pair<const char*, const char*>>{
                 {"milliards", "milliards"}, {"milliard", "milliard"}, {"millions", "millions"}, {"million", "million"},
                 {"mrd", "milliards"}, {"mio", "millions"}}) {
            const std::size_t length = std::strlen(written);
            if (text.compare(m, length, written) == 0 && endsWord(text, m + length)) {
                magnitude = said;
                e = m + length;
                if (e < text.size() && text[e] == '.' && (written[1] == 'r' || written[1] == 'i') && std::strlen(written) == 3) ++e;
                break;
            }
        }
    }
    if (!before) {
        const std::size_t s = e < text.size() && text[e] == ' ' ? e + 1 : e;
        std::size_t length = 0;
        for (const char* sign : {"CHF", "fr.", "Fr.", "francs suisses"}) {
            if (text.compare(s, std::strlen(sign), sign) == 0 && (sign[std::strlen(sign) - 1] == '.' || endsWord(text, s + std::strlen(sign)))) {
                length = std::strlen(sign);
            }
        }
        if (length == 0) return false;
        e = s + length;
        // (The sign's dot that also ends the sentence stays for it.)
        if (text[e - 1] == '.' && e >= text.size()) --e;
    }
    if (!magnitude.empty()) {
        const bool one = whole == "1" && decimals.empty();
        spoken = whole + decimals + " " + (one && magnitude.back() == 's' ? magnitude.substr(0, magnitude.size() - 1) : magnitude) + " de francs";
    } else if (whole == "0" && !centimes.empty() && centimes != "00") {
        spoken = (centimes[0] == '0' ? centimes.substr(1) : centimes) + " centimes";
    } else {
        // ("12,50 CHF": centimes after a comma too.)
        if (decimals.size() == 3 && centimes.empty()) {
            centimes = decimals.substr(1);
            decimals.clear();
        }
        spoken = whole + decimals + (whole == "1" && decimals.empty() ? " franc" : " francs");
        if (!centimes.empty() && centimes != "00") spoken += " " + (centimes[0] == '0' ? centimes.substr(1) : centimes);
    }
    end = e;
    return true;
}

std::string French::apply(const std::string& written, std::vector<Rewrite>* log) const {
    // ("52'000 votants": Swiss French groups digits with an apostrophe.)
    const std::string text = withElisionBeforeLetteredFigure(withSaintsInFull(withoutApostropheGroups(written)));
    std::string out;
    std::size_t i = 0;
    const bool shouting = mostlyCapitals(text);
    // A match's result, "3-1", only in a sentence about a match.
    bool sport = false;
    for (const char* word : {"battu", "victoire", "d\xC3\xA9" "faite", "match", "score", "buts", "s'est impos", "l'emport",
                             "mi-temps", "finale", "championnat", "ligue", "coupe", "vainqueur"}) {
        sport = sport || text.find(word) != std::string::npos;
    }
    while (i < text.size()) {
        // An email or a web address, said with the language's words for its signs.
        if (const std::size_t end = appendSpokenAddress(text, i, {"point", "arobase"}, out, log); end != i) {
            i = end;
            continue;
        }
        // (Swiss francs first: their "CHF" is the currency, not letters to spell.)
        if (std::string francs; (text[i] == 'F' || text[i] == 'C' || text[i] == 'S' || isDigit(text[i]))) {
            if (std::size_t end = i; swissFrancsAt(text, i, end, francs)) {
                if (log != nullptr) log->push_back({text.substr(i, end - i), francs, "money"});
                out += francs;
                i = end;
                continue;
            }
        }
        // Capitals eSpeak NG would make a word of ("l'OMS", "FMI"): spelled.
        if (const std::size_t end = shouting ? i : appendSpelledInitialism(text, i, frenchAcronyms(), out, log); end != i) {
            i = end;
            continue;
        }
        // "les 3/4 des élus": a share, "les trois quarts"; "T2 2024", "au 3T": a quarter of the year.
        {
            static const FractionWords kFractions{{"les", "des", "aux", "ces"},
                                                  {"", "", "", "tiers", "quarts", "cinqui\xC3\xA8mes", "sixi\xC3\xA8mes", "septi\xC3\xA8mes",
                                                   "huiti\xC3\xA8mes", "neuvi\xC3\xA8mes", "dixi\xC3\xA8mes"},
                                                  {"des", "du", "de", "d"},
                                                  {"", "", "", "un tiers", "un quart", "un cinqui\xC3\xA8me", "un sixi\xC3\xA8me", "un septi\xC3\xA8me",
                                                   "un huiti\xC3\xA8me", "un neuvi\xC3\xA8me", "un dixi\xC3\xA8me"}};
            static const QuarterStyle kQuarters{{"premier", "deuxi\xC3\xA8me", "troisi\xC3\xA8me", "quatri\xC3\xA8me"}, "trimestre", "", {"le", "au", "du", ""}};
            std::string spoken;
            const char* kind = "number";
            std::size_t end = fractionAfterArticleAt(text, i, kFractions, spoken);
            // ("près de 1/3 des élus": "près d'un tiers".)
            if (end != i && spoken.rfind("un ", 0) == 0) elideDeAtEnd(out);
            if (end == i) {
                end = quarterAt(text, i, kQuarters, spoken);
                kind = "date";
            }
            if (end == i) {
                end = raceTimeAt(text, i, race_, spoken);
                kind = "time";
            }
            // "le sam. 14 déc.", "mer. 3": a weekday before its day, whose short form is a word alone ("la mer.",
            // "le jeu.", "avec Sam.").
            if (end == i) {
                end = shortFormBeforeFigure(text, i, {{"mar. ", "mardi "}, {"mer. ", "mercredi "}, {"jeu. ", "jeudi "}, {"sam. ", "samedi "},
                                                      {"Mar. ", "mardi "}, {"Mer. ", "mercredi "}, {"Jeu. ", "jeudi "}, {"Sam. ", "samedi "}},
                                            spoken);
                // (Only before a day of a month: "en mer. 20 personnes" ends a sentence on the sea.)
                if (end != i && !dayOfMonthAt(text, end, dates(), "/.")) end = i;
                kind = "date";
            }
            if (end != i) {
                if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, kind});
                out += spoken;
                i = end;
                continue;
            }
        }
        // "21 heures", "1 fois": a count agreeing with its feminine noun, "vingt et une".
        if (std::string spoken; (i == 0 || !isDigit(text[i - 1])) && isDigit(text[i])) {
            if (const std::size_t end = feminineCountAt(text, i, spellout_, isFrenchFeminine, spoken); end != i) {
                // ("plus de 1 victime": "plus d'une victime".)
                if (spoken == "une") elideDeAtEnd(out);
                if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "number"});
                out += spoken;
                i = end;
                continue;
            }
        }
        std::string date;
        if (std::size_t dateEnd = numericDate(text, i, dates(), date); dateEnd != i || (dateEnd = daysBeforeMonthAt(text, i, dates(), date)) != i) {
            if (log != nullptr) log->push_back({text.substr(i, dateEnd - i), date, "date"});
            out += date;
            i = dateEnd;
            continue;
        }
        // "l'article 49.3", "article L. 212-1": a law's article numbered with a dot between its parts, said
        // as its parts ("quarante-neuf trois"), never as a decimal.
        // (Or named by it alone after its article, "utiliser le 49.3", "recours au 49.3": French writes a
        // decimal with a comma, so a dot between two figures is no decimal point.)
        const auto named = [&] {
            // (Capitalized too where it opens a sentence or a quote: "« Le 49.3 de trop »".)
            for (const char* before : {"le ", "du ", "au ", "un ", "Le ", "Du ", "Au ", "Un "}) {
                if (i >= 3 && text.compare(i - 3, 3, before) == 0 && (i == 3 || !isWordByte(text[i - 4]))) return true;
            }
            return false;
        };
        if (isDigit(text[i]) && startsWord(text, i) &&
            ((i >= 8 && (text.compare(i - 8, 8, "article ") == 0 || text.compare(i - 8, 8, "Article ") == 0)) || named())) {
            std::size_t e = i;
            while (e < text.size() && isDigit(text[e])) ++e;
            std::size_t f = e + 1;
            while (f < text.size() && isDigit(text[f])) ++f;
            // (Not thousands grouped with a dot after an article, "le 1.500".)
            const bool law = i >= 8 && (text.compare(i - 8, 8, "article ") == 0 || text.compare(i - 8, 8, "Article ") == 0);
            if (e + 1 < text.size() && text[e] == '.' && isDigit(text[e + 1]) && (law || f - e - 1 <= 2)) {
                const std::string spoken = text.substr(i, e - i) + " " + text.substr(e + 1, f - e - 1);
                if (log != nullptr) log->push_back({text.substr(i, f - i), spoken, "number"});
                out += spoken;
                i = f;
                continue;
            }
        }
        // "en 1/8 de finale", "les 1/4 de finale", "la 1/2 finale": a cup's round by its fraction of the draw, "huitièmes
        // de finale", "quarts de finale", "demi-finale" (eSpeak NG says "un huit").
        if (text.compare(i, 2, "1/") == 0 && startsWord(text, i)) {
            static const std::pair<std::string_view, std::string_view> kRounds[] = {
                {"1/2 ", "demi-"}, {"1/4 de ", "quarts de "}, {"1/8 de ", "huiti\xC3\xA8mes de "}, {"1/16 de ", "seizi\xC3\xA8mes de "},
                {"1/32 de ", "trente-deuxi\xC3\xA8mes de "}};
            bool said = false;
            for (const auto& [written, spoken] : kRounds) {
                if (text.compare(i, written.size(), written) != 0 || text.compare(i + written.size(), 6, "finale") != 0) continue;
                if (log != nullptr) log->push_back({std::string(written), std::string(spoken), "ordinal"});
                out += spoken;
                i += written.size();
                said = true;
                break;
            }
            if (said) continue;
        }
        // "s'est incliné 1-3 face au PSG", "victoire 2-0": a match's score in a sentence about one, "1 à 3".
        if (isDigit(text[i]) && startsWord(text, i)) {
            std::size_t e = i;
            while (e < text.size() && isDigit(text[e])) ++e;
            std::size_t f = e + 1;
            while (f < text.size() && isDigit(text[f])) ++f;
            if (e - i <= 2 && e < text.size() && text[e] == '-' && f > e + 1 && f - e - 1 <= 2 && endsWord(text, f) &&
                (f >= text.size() || text[f] != '-') && std::stoi(text.substr(i, e - i)) <= 15 && std::stoi(text.substr(e + 1, f - e - 1)) <= 15) {
                const std::string lower = lowerUtf8(text);
                bool match = false;
                for (const char* w : {"match", "victoire", "d\xC3\xA9" "faite", "inclin", "impos", "battu", "but ", "buts", "score",
                                      "ligue", "mi-temps", "nul ", "l'emporte", "championnat", "coupe", "derby", "finale", "s'est qualifi"}) {
                    match = match || lower.find(w) != std::string::npos;
                }
                // ("Servette – Lausanne-Sport (2-1)": a result in brackets after the team it ends on.)
                const bool bracketed = i >= 3 && text[i - 1] == '(' && text[i - 2] == ' ' && f < text.size() && text[f] == ')' &&
                                       [&] {
                                           std::size_t w = i - 2;
                                           while (w > 0 && (isWordByte(text[w - 1]) || text[w - 1] == '-')) --w;
                                           return w < i - 2 && std::isupper(static_cast<unsigned char>(text[w]));
                                       }();
                // ("Sporting Valdora - FC Brennau 0-0": a results list's line, two teams parted by a dash and the score
                // ending the line after the second's name.)
                const bool resultLine = (f >= text.size() || text.find_first_not_of(" .;", f) == std::string::npos) &&
                                        (text.find(" - ") < i || text.find(" \xE2\x80\x93 ") < i) && i >= 2 && text[i - 1] == ' ' &&
                                        [&] {
                                            std::size_t w = i - 1;
                                            while (w > 0 && isWordByte(text[w - 1])) --w;
                                            return w < i - 1 && std::isupper(static_cast<unsigned char>(text[w]));
                                        }();
                if (match || bracketed || resultLine) {
                    const std::string spoken = text.substr(i, e - i) + " \xC3\xA0 " + text.substr(e + 1, f - e - 1);
                    if (log != nullptr) log->push_back({text.substr(i, f - i), spoken, "score"});
                    out += spoken;
                    i = f;
                    continue;
                }
            }
        }
        std::string words;
        if (std::size_t end = ordinalAt(text, i, words); end != i || (end = regnalAt(text, i, words)) != i) {
            if (log != nullptr) log->push_back({text.substr(i, end - i), words, "ordinal"});
            out += words;
            i = end;
            continue;
        }
        // "12,50 €", "3,99 €": euros and cents, "12 euros 50".
        if (startsWord(text, i) && isDigit(text[i])) {
            std::size_t e = i;
            while (e < text.size() && (isDigit(text[e]) || (text[e] == ' ' && e + 1 < text.size() && isDigit(text[e + 1])))) ++e;
            std::size_t sign = e + 3;
            if (e + 2 < text.size() && text[e] == ',' && isDigit(text[e + 1]) && isDigit(text[e + 2])) {
                if (sign < text.size() && text[sign] == ' ') ++sign;
                // The currency after the cents: "€" or the word ("8,00 euros"), but not "1,83 €/l", a price by
                // its measure, for the unit rule.
                // (Or Quebec's dollar after its cents, "33,12 $ l'heure": "33 dollars 12".)
                std::string unit = "euro";
                const auto currencyAt = [&](std::size_t at) -> std::size_t {
                    if (text.compare(at, 3, "\xE2\x82\xAC") == 0 && text.compare(at + 3, 1, "/") != 0) return 3;
                    if (text.compare(at, 1, "$") == 0 && text.compare(at + 1, 1, "/") != 0 && endsWord(text, at + 1)) {
                        unit = "dollar";
                        return 1;
                    }
                    for (const char* word : {"euros", "euro", "dollars", "dollar"}) {
                        const std::size_t n = std::strlen(word);
                        if (text.compare(at, n, word) == 0 && endsWord(text, at + n)) {
                            unit = word[0] == 'd' ? "dollar" : "euro";
                            return n;
                        }
                    }
                    return 0;
                };
                std::size_t length = currencyAt(sign);
                // ("de 7,60 à 8,00 euros": the first price of a span in the currency of the second.)
                bool spanStart = false;
                if (length == 0 && text.compare(e + 3, 4, " \xC3\xA0 ") == 0) {
                    std::size_t f = e + 7;
                    while (f < text.size() && isDigit(text[f])) ++f;
                    std::size_t s2 = f + 3;
                    if (f > e + 7 && f + 2 < text.size() && text[f] == ',' && isDigit(text[f + 1]) && isDigit(text[f + 2])) {
                        if (s2 < text.size() && text[s2] == ' ') ++s2;
                        spanStart = currencyAt(s2) != 0;
                    }
                }
                if (length != 0 || spanStart) {
                    const std::string whole = text.substr(i, e - i), cents = text.substr(e + 1, 2);
                    std::string spoken = whole + " " + unit + (whole == "1" ? "" : "s");
                    if (cents != "00") spoken += " " + (cents[0] == '0' ? cents.substr(1) : cents);
                    // ("0,25 €": twenty-five cents, not "zéro euro vingt-cinq".)
                    if (whole == "0") spoken = (cents[0] == '0' ? cents.substr(1) : cents) + (cents == "01" ? " centime" : " centimes");
                    const std::size_t finish = spanStart ? e + 3 : sign + length;
                    if (log != nullptr) log->push_back({text.substr(i, finish - i), spoken, "money"});
                    out += spoken;
                    i = finish;
                    continue;
                }
            }
            // "3-1" in a match: "3 à 1".
            if (sport && e - i <= 2 && e + 1 < text.size() && text[e] == '-' && isDigit(text[e + 1])) {
                std::size_t f = e + 1;
                while (f < text.size() && isDigit(text[f])) ++f;
                if (f - e - 1 <= 2 && endsWord(text, f)) {
                    const std::string spoken = text.substr(i, e - i) + " \xC3\xA0 " + text.substr(e + 1, f - e - 1);
                    if (log != nullptr) log->push_back({text.substr(i, f - i), spoken, "score"});
                    out += spoken;
                    i = f;
                    continue;
                }
            }
        }
        // "60 Md€", "12 M€", "3 Mds$": billions and millions of euros or dollars.
        if (startsWord(text, i) && isDigit(text[i])) {
            std::size_t e = i;
            while (e < text.size() && (isDigit(text[e]) || (text[e] == ',' && e + 1 < text.size() && isDigit(text[e + 1])))) ++e;
            std::size_t w = e < text.size() && text[e] == ' ' ? e + 1 : e;
            const char* magnitude = text.compare(w, 3, "Mds") == 0 ? "milliards" : text.compare(w, 2, "Md") == 0 ? "milliards"
                                    : text.compare(w, 1, "M") == 0 ? "millions" : nullptr;
            std::size_t sign = magnitude == nullptr ? w : w + (text.compare(w, 3, "Mds") == 0 ? 3 : text.compare(w, 2, "Md") == 0 ? 2 : 1);
            // (Or the sign after a space: "41,8 Mds €".)
            if (magnitude != nullptr && sign + 1 < text.size() && text[sign] == ' ' &&
                (text.compare(sign + 1, 3, "\xE2\x82\xAC") == 0 || text[sign + 1] == '$')) {
                ++sign;
            }
            // (A wire writes the currency's code after a space: "5 Md EUR", "12 M USD".)
            const bool code = magnitude != nullptr && (text.compare(sign, 4, " EUR") == 0 || text.compare(sign, 4, " USD") == 0) &&
                              (sign + 4 >= text.size() || !isWordByte(text[sign + 4]));
            const bool euro = text.compare(sign, 3, "\xE2\x82\xAC") == 0 || (code && text[sign + 1] == 'E'),
                       dollar = (sign < text.size() && text[sign] == '$') || (code && text[sign + 1] == 'U');
            if (magnitude != nullptr && (euro || dollar)) {
                const std::size_t end = code ? sign + 4 : sign + (euro ? 3 : 1);
                // (Under two, one million: "1 M$", "1,5 Md€".)
                const std::string number = text.substr(i, e - i);
                std::string word = magnitude;
                if (number == "1" || number.rfind("1,", 0) == 0 || number.rfind("0,", 0) == 0) word.pop_back();
                const std::string spoken = number + " " + word + (euro ? " d'euros" : " de dollars");
                if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "money"});
                out += spoken;
                i = end;
                continue;
            }
        }
        // "1,3 milliard $", "500 millions €": the magnitude's word, then the currency's sign, as Quebec writes it; "90 millions
        // de fr.", Switzerland's francs after it.
        if (startsWord(text, i) && isDigit(text[i])) {
            std::size_t e = i;
            while (e < text.size() && (isDigit(text[e]) || (text[e] == ',' && e + 1 < text.size() && isDigit(text[e + 1])))) ++e;
            bool said = false;
            for (const char* magnitude : {"milliards", "milliard", "millions", "million"}) {
                const std::size_t w = e + 1, n = std::strlen(magnitude);
                if (e >= text.size() || text[e] != ' ' || text.compare(w, n, magnitude) != 0) continue;
                const std::size_t after = w + n;
                const char* currency = nullptr;
                std::size_t end = after;
                if (text.compare(after, 2, " $") == 0) {
                    currency = " de dollars";
                    end = after + 2;
                } else if (text.compare(after, 4, " \xE2\x82\xAC") == 0) {
                    currency = " d'euros";
                    end = after + 4;
                } else if (text.compare(after, 7, " de fr.") == 0) {
                    currency = " de francs";
                    end = after + 7;
                }
                if (currency == nullptr || (end < text.size() && isWordByte(text[end]))) break;
                const std::string spoken = text.substr(i, after - i) + currency;
                if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "money"});
                out += spoken;
                i = end;
                said = true;
                break;
            }
            if (said) continue;
        }
        // "un 4 1/2 à Montréal", "3 1/2 à 4": a whole and a half, "quatre et demi" (eSpeak NG said "quatre un deux").
        if (startsWord(text, i) && isDigit(text[i])) {
            std::size_t e = i;
            while (e < text.size() && isDigit(text[e])) ++e;
            if (e - i <= 3 && text.compare(e, 4, " 1/2") == 0 && (e + 4 >= text.size() || !isWordByte(text[e + 4]))) {
                std::size_t next = e + 4;
                while (next < text.size() && text[next] == ' ') ++next;
                std::size_t wordEnd = next;
                while (wordEnd < text.size() && isWordByte(text[wordEnd])) ++wordEnd;
                const std::string word = text.substr(next, wordEnd - next);
                // (Only before a preposition or a pause: "3 1/2 ans" is "trois ans et demi", left to eSpeak NG's reading.)
                static constexpr WordSet kAfter({"", "\xC3\xA0", "au", "aux", "de", "du", "des", "dans", "pour", "sur", "en", "ou", "et"});
                if (kAfter.count(word) != 0) {
                    const std::string spoken = text.substr(i, e - i) + " et demi";
                    if (log != nullptr) log->push_back({text.substr(i, e + 4 - i), spoken, "fraction"});
                    out += spoken;
                    i = e + 4;
                    continue;
                }
            }
        }
        // "64 j 19 h", "3 j 5 h 20 min": a duration's days, before its hours ("64 jours").
        if (startsWord(text, i) && isDigit(text[i])) {
            std::size_t e = i;
            while (e < text.size() && isDigit(text[e])) ++e;
            std::size_t h = e + 3;
            if (text.compare(e, 3, " j ") == 0 && h < text.size() && isDigit(text[h])) {
                while (h < text.size() && isDigit(text[h])) ++h;
                if (h - e - 3 <= 2 && (text.compare(h, 2, " h") == 0 || text.compare(h, 1, "h") == 0)) {
                    const std::string number = text.substr(i, e - i);
                    const std::string spoken = number + (number == "1" ? " jour" : " jours");
                    if (log != nullptr) log->push_back({text.substr(i, e + 2 - i), spoken, "unit"});
                    out += spoken;
                    i = e + 2;
                    continue;
                }
            }
        }
        // "80 km/h": kilometres an hour.
        if (text.compare(i, 4, "km/h") == 0 && startsWord(text, i) && endsWord(text, i + 4)) {
            if (log != nullptr) log->push_back({"km/h", "kilom\xC3\xA8tres-heure", "unit"});
            out += "kilom\xC3\xA8tres-heure";
            i += 4;
            continue;
        }
        // "1,82 m", "1,82 mètre pour 86 kg": a height or a length in metres and centimetres, said as French says it, "un
        // mètre quatre-vingt-deux" (eSpeak NG said "un virgule quatre-vingt-deux mètre").
        if (isDigit(text[i]) && i + 5 < text.size() && text[i + 1] == ',' && isDigit(text[i + 2]) && isDigit(text[i + 3]) && text[i] != '0' &&
            (i == 0 || (!isWordByte(text[i - 1]) && text[i - 1] != ',' && text[i - 1] != '.')) && text[i + 4] == ' ') {
            std::size_t unitEnd = 0;
            for (const char* unit : {"m\xC3\xA8tres", "m\xC3\xA8tre", "m"}) {
                const std::size_t n = std::strlen(unit);
                if (unitEnd == 0 && text.compare(i + 5, n, unit) == 0 && endsWord(text, i + 5 + n) &&
                    !(std::strcmp(unit, "m") == 0 && i + 5 + n < text.size() && (text[i + 5 + n] == '/' || text[i + 5 + n] == '\xC2'))) {
                    unitEnd = i + 5 + n;
                }
            }
            if (unitEnd != 0) {
                const std::string cents = text.compare(i + 2, 2, "00") == 0 ? "" : text[i + 2] == '0' ? " " + text.substr(i + 3, 1) : " " + text.substr(i + 2, 2);
                const std::string spoken = text.substr(i, 1) + (text[i] == '1' ? " m\xC3\xA8tre" : " m\xC3\xA8tres") + cents;
                if (log != nullptr) log->push_back({text.substr(i, unitEnd - i), spoken, "unit"});
                out += spoken;
                i = unitEnd;
                continue;
            }
        }
        if (std::string degrees; isDigit(text[i]) || text[i] == '-' || text.compare(i, 3, "\xE2\x88\x92") == 0) {
            if (const std::size_t end = unitAfterNumber(text, i, units(), degrees); end != i) {
                if (log != nullptr) log->push_back({text.substr(i, end - i), degrees, "unit"});
                out += degrees;
                i = end;
                continue;
            }
        }
        const bool start = isDigit(text[i]) && (i == 0 || !isWordByte(text[i - 1]));
        std::size_t end = i;
        while (start && end < text.size() && isDigit(text[end]) && end - i < 3) ++end;
        std::size_t h = end < text.size() && text[end] == ' ' ? end + 1 : end;
        // (AFP writes the letter as a capital before the minutes: "16H30", "15H00".)
        const bool letter = h < text.size() && (text[h] == 'h' || (text[h] == 'H' && h + 2 < text.size() && isDigit(text[h + 1]) && isDigit(text[h + 2])));
        const bool hours = start && end - i <= 2 && std::stoi(text.substr(i, end - i)) <= 24 && letter;
        if (!hours) {
            out += text[i++];
            continue;
        }
        std::size_t m = h + 1;
        if (m < text.size() && text[m] == ' ' && m + 1 < text.size() && isDigit(text[m + 1])) ++m;
        std::size_t mEnd = m;
        while (mEnd < text.size() && isDigit(text[mEnd])) ++mEnd;
        const bool minutes = mEnd - m == 2 && std::stoi(text.substr(m, 2)) < 60;
        const std::size_t stop = minutes ? mEnd : h + 1;
        if (stop < text.size() && isWordByte(text[stop])) {  // "4h2o", "24hvol": not a time
            out += text[i++];
            continue;
        }
        // (One o'clock and twenty-one are "une heure", "vingt et une heures": eSpeak NG says "un".)
        const std::string hour = text.substr(i, end - i);
        const int hourValue = std::stoi(hour);
        // (Without a leading nought, which eSpeak NG says: "09h05" is "neuf heures cinq".)
        std::string spoken = feminineWordsOr(spellout_, hourValue, std::to_string(hourValue)) + (hourValue == 1 ? " heure" : " heures");
        // ("22h00": on the hour, "vingt-deux heures".)
        if (minutes && text.compare(m, 2, "00") != 0) spoken += " " + std::to_string(std::stoi(text.substr(m, 2)));
        // "1 h 56 min": a duration's minutes, named ("1 heure 56 minutes").
        std::size_t finish = stop;
        if (minutes && text.compare(stop, 4, " min") == 0 && (stop + 4 == text.size() || !isWordByte(text[stop + 4]))) {
            spoken += " minutes";
            finish = stop + 4;
            // (Its dot, when the sentence goes on: "1 h 56 min. de trajet".)
            if (finish + 2 < text.size() && text[finish] == '.' && text[finish + 1] == ' ' &&
                std::islower(static_cast<unsigned char>(text[finish + 2]))) {
                ++finish;
            }
        }
        if (log != nullptr) log->push_back({text.substr(i, finish - i), spoken, "time"});
        out += spoken;
        i = finish;
    }
    // (The figure one after an elided "de" once the amounts are said: "d'1 Md€" is "d'1 milliard d'euros" first.)
    return withElisionBeforeOne(withTaxesSaid(out, log));
}

}  // namespace
}  // namespace french

std::unique_ptr<LanguageRules> makeFrenchRules() { return std::make_unique<french::French>(); }

}  // namespace readcast

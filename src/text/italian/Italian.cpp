// Italian spoken-form rules. eSpeak NG reads Italian numbers, percentages and most signs itself. What
// it gets wrong is the time of day as Italian news writes it, with a point ("alle 14.45" is
// "quattordici punto quarantacinque" to it), an amount after its sign ("€ 300" is "euro trecento"), a
// magnitude written short ("3,2 mld"), degrees ("42 °C" "gradi ci"), the ordinal "1°" ("uno gradi")
// and a price per unit ("1,85 €/litro").

#include <cctype>
#include <regex>
#include <cstring>
#include <set>
#include <unordered_set>

#include "core/Ascii.hpp"
#include "core/WordSet.hpp"
#include "text/RewriteScan.hpp"
#include "text/Normalizer.hpp"
#include "text/SignedAmount.hpp"
#include "text/GenderedCount.hpp"
#include "text/Spellout.hpp"
#include "text/NumericDate.hpp"
#include "text/UnitAfterNumber.hpp"
#include "text/FractionAfterArticle.hpp"
#include "text/QuarterShortForm.hpp"
#include "text/RaceTime.hpp"
#include "text/ShortFormBeforeFigure.hpp"
#include "text/ActNumber.hpp"
#include "text/SpelledInitialism.hpp"
#include "text/SpokenAddress.hpp"
#include "text/DigitGroups.hpp"
#include "text/RomanNumerals.hpp"

namespace readcast {
namespace italian {
namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The months' names, in lower case.
const std::unordered_set<std::string>& italianMonths() {
    static const std::unordered_set<std::string> kMonths{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                                                         "settembre", "ottobre", "novembre", "dicembre"};
    return kMonths;
}

// "15/03/2025", a date in figures, day first.
const NumericDateStyle& dates() {
    static const NumericDateStyle kStyle{{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
                                          "novembre", "dicembre"},
                                         "primo", "", "", {"del", "dal", "al", "entro", "fino", "dall'", "all'", "luned\xC3\xAC", "marted\xC3\xAC",
                                                           "mercoled\xC3\xAC", "gioved\xC3\xAC", "venerd\xC3\xAC", "sabato", "domenica"},
                                         "dal", "al", "e"};
    return kStyle;
}

// After a number: "300 km", "3,50 €", "2-1".
// A price by its rate or its measure: "1,79 €/l" is "euro al litro".
const PriceMeasures& italianMeasures() {
    static const PriceMeasures kMeasures{{"mese", "al mese"}, {"anno", "all'anno"}, {"giorno", "al giorno"}, {"notte", "a notte"},
                                         {"ora", "all'ora"}, {"h", "all'ora"}, {"persona", "a persona"}, {"kWh", "al chilowattora"},
                                         {"MWh", "al megawattora"}, {"Smc", "allo standard metro cubo"}, {"m\xC2\xB2", "al metro quadro"},
                                         {"mq", "al metro quadro"}, {"kg", "al chilo"}, {"litro", "al litro"}, {"l", "al litro"},
                                         {"barile", "al barile"}, {"t", "alla tonnellata"}};
    return kMeasures;
}

const UnitAfterNumberStyle& units() {
    static const UnitAfterNumberStyle kStyle{
        {{"km/h", "chilometro orario", "chilometri orari"},
         {"mg/l", "milligrammo per litro", "milligrammi per litro"},
         {"g/l", "grammo per litro", "grammi per litro"},
         {"km\xC2\xB2", "chilometro quadrato", "chilometri quadrati"},
         {"m\xC2\xB2", "metro quadro", "metri quadri"},
         {"m\xC2\xB3/s", "metro cubo al secondo", "metri cubi al secondo"},
         {"m\xC2\xB3", "metro cubo", "metri cubi"},
         {"km", "chilometro", "chilometri"},
         {"cm", "centimetro", "centimetri"},
         {"mm", "millimetro", "millimetri"},
         {"m", "metro", "metri"},
         {"kg", "chilo", "chili"},
         {"mg", "milligrammo", "milligrammi"},
         {"\xC2\xB5g", "microgrammo", "microgrammi"},
         {"g", "grammo", "grammi"},
         {"ml", "millilitro", "millilitri"},
         {"l", "litro", "litri"},
         {"GB", "gigabyte", "gigabyte"},
         {"TB", "terabyte", "terabyte"},
         {"MB", "megabyte", "megabyte"},
         // a phone's or a computer's figures: "120 Hz", "3,5 GHz", "5.000 mAh", "45 W", "48 MP", "3 nm", "1 Gbit/s"
         {"GHz", "gigahertz", "gigahertz"},
         {"MHz", "megahertz", "megahertz"},
         {"kHz", "kilohertz", "kilohertz"},
         {"Hz", "hertz", "hertz"},
         {"mAh", "milliampereora", "milliampereora"},
         {"W", "watt", "watt"},
         {"MP", "megapixel", "megapixel"},
         {"nm", "nanometro", "nanometri"},
         {"Gbit/s", "gigabit al secondo", "gigabit al secondo"},
         {"Mbit/s", "megabit al secondo", "megabit al secondo"},
         {"Gbps", "gigabit al secondo", "gigabit al secondo"},
         {"Mbps", "megabit al secondo", "megabit al secondo"},
         {"ha", "ettaro", "ettari"},
         {"MW", "megawatt", "megawatt"},
         {"kWh", "chilowattora", "chilowattora"},
         {"MWh", "megawattora", "megawattora"},
         {"GWh", "gigawattora", "gigawattora"},
         {"TWh", "terawattora", "terawattora"},
         {"GW", "gigawatt", "gigawatt"},
         {"kW", "chilowatt", "chilowatt"},
         {"\xC2\xBA" "C", "grado", "gradi"},
         {"min", "minuto", "minuti"},
         {"h", "ora", "ore"},
         // a table's points: "58 pt", "3 pti"
         {"pt", "punto", "punti"},
         {"pti", "punto", "punti"},
         {"\xE2\x82\xAC", "euro", "euro", true},
         // (and the word, "1,80 euro al litro": "un euro e 80", where eSpeak NG said "uno virgola ottanta euro")
         {"euro", "euro", "euro", true}},
        "e",
        "a",
        "meno",
        false,
        italianMeasures()};
    return kStyle;
}

const SignedAmountStyle& amounts() {
    static const SignedAmountStyle kStyle{
        {{"US$", "dollaro", "dollari", "", ""},
         {"\xE2\x82\xAC", "euro", "euro", "", ""},
         {"$", "dollaro", "dollari", "", ""},
         {"\xC2\xA3", "sterlina", "sterline", "", ""},
         {"CHF", "franco svizzero", "franchi svizzeri", "centesimo", "centesimi"},
         {"fr.", "franco", "franchi", "", ""}},  // Swiss Italian: "fr. 4500"
        {{"mila", "mila", false},
         {"milioni", "milioni", true},
         {"milione", "milione", true},
         {"miliardi", "miliardi", true},
         {"miliardo", "miliardo", true},
         {"mln", "milioni", true},
         {"mld", "miliardi", true},
         {"mrd", "miliardi", true}},
        "di",
        "e",
        italianMeasures()};
    return kStyle;
}

// The word before i, lower-cased ("alle", "all'").
std::string wordBefore(const std::string& text, std::size_t i) {
    std::size_t end = i;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && (std::isalpha(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '\'')) --start;
    return lowerAscii(text.substr(start, end - start));
}

// Italian acronyms said as words whatever their letters.
const std::unordered_set<std::string>& italianAcronyms() {
    static const std::unordered_set<std::string> kWords{"CISL", "LUISS", "SPID", "INPS", "INAIL", "ISTAT", "ANAS", "IRPEF", "IMU"};
    return kWords;
}

// "Umberto I", "Elisabetta I": a ruler's first, which eSpeak NG says as the letter (it says "Carlo III"
// and "Pio IX" itself). Only after a capitalized name and before no capitalized word: mid-sentence, the
// article "I" is written small. A part's or a chapter's "I" is a count ("Parte I" is "parte uno").
// "il I lotto", "la II edizione": a Roman numeral between the article and its noun is an ordinal that
// agrees ("il primo lotto", "la seconda edizione"); "piazza XX Settembre", "via IV Novembre": before a
// month it names a day, "venti settembre". eSpeak NG says "i" and "ventesimo".
std::size_t romanBeforeNounAt(const std::string& text, std::size_t i, const Spellout& spellout, std::string& spoken) {
    if (i < 2 || text[i - 1] != ' ' || std::strchr("IVXL", text[i]) == nullptr) return i;
    std::size_t e = i;
    while (e < text.size() && std::strchr("IVXL", text[e]) != nullptr) ++e;
    if (e + 2 >= text.size() || text[e] != ' ' || e - i > 6) return i;
    const int value = romanNumeralValue(std::string_view(text).substr(i, e - i));
    if (value < 1 || value > 50) return i;
    std::size_t w = e + 1;
    while (w < text.size() && (std::isalpha(static_cast<unsigned char>(text[w])) || static_cast<unsigned char>(text[w]) >= 0x80)) ++w;
    const std::string next = lowerUtf8(text.substr(e + 1, w - e - 1));
    if (italianMonths().count(next) != 0 && value <= 31) {
        spoken = spellout.say(value, "%spellout-cardinal-masculine");
        return spoken.empty() ? i : e;
    }
    const std::string article = lowerWordBefore(text, i);
    // (Or a demonstrative: "questa XII legislatura", "quel II governo".)
    const bool masculine = article == "il" || article == "lo" || article == "del" || article == "al" || article == "nel" || article == "dal" ||
                           article == "sul" || article == "questo" || article == "quel" || article == "quello";
    const bool feminine = article == "la" || article == "della" || article == "alla" || article == "nella" || article == "dalla" ||
                          article == "sulla" || article == "questa" || article == "quella";
    if ((!masculine && !feminine) || next.size() < 3 || !std::islower(static_cast<unsigned char>(text[e + 1]))) return i;
    spoken = spellout.say(value, feminine ? "%spellout-ordinal-feminine" : "%spellout-ordinal-masculine");
    return spoken.empty() ? i : e;
}

std::size_t rulersFirstAt(const std::string& text, std::size_t i, std::string& spoken) {
    if (text[i] != 'I' || i < 4 || text[i - 1] != ' ' || (i + 1 < text.size() && (std::isalnum(static_cast<unsigned char>(text[i + 1])) ||
                                                                                  static_cast<unsigned char>(text[i + 1]) >= 0x80 ||
                                                                                  text[i + 1] == '\''))) {
        return i;
    }
    if (i + 2 < text.size() && text[i + 1] == ' ' && std::isupper(static_cast<unsigned char>(text[i + 2]))) return i;
    std::size_t start = i - 1;
    while (start > 0 && (std::isalpha(static_cast<unsigned char>(text[start - 1])) || static_cast<unsigned char>(text[start - 1]) >= 0x80)) {
        --start;
    }
    const std::string name = text.substr(start, i - 1 - start);
    if (name.size() < 3 || !std::isupper(static_cast<unsigned char>(name[0])) || mostlyCapitals(name)) return i;
    const std::string lower = lowerAscii(name);
    static const std::unordered_set<std::string> kCounted{"parte", "capitolo", "titolo", "articolo", "fase", "serie", "libro", "volume",
                                                          "atto", "tomo", "sezione", "classe", "gruppo", "livello", "tipo", "categoria",
                                                          "lotto", "girone", "divisione", "stagione", "canto", "lega", "zona"};
    // (Names of men that end in "a": "Nicola I" of Russia.)
    static const std::unordered_set<std::string> kMen{"nicola", "luca", "andrea", "elia", "mattia", "tobia", "battista", "enea"};
    if (kCounted.count(lower) != 0) {
        spoken = "uno";
    } else {
        spoken = lower.back() == 'a' && kMen.count(lower) == 0 ? "prima" : "primo";
    }
    return i + 1;
}

// "un 31enne", "due 40enni": an age written in figures before "-enne", said as one word, the number's
// last vowel dropped ("trentunenne", "quarantenni"; "ventitreenne" keeps its "tre"). eSpeak NG says
// "trentuno enne".
std::size_t ageAt(const std::string& text, std::size_t i, const Spellout& spellout, std::string& spoken) {
    if (!isDigit(text[i]) || (i > 0 && (isDigit(text[i - 1]) || std::isalpha(static_cast<unsigned char>(text[i - 1]))))) return i;
    std::size_t e = i;
    while (e < text.size() && isDigit(text[e])) ++e;
    if (e - i > 3 || text.compare(e, 3, "enn") != 0 || e + 4 > text.size() || (text[e + 3] != 'e' && text[e + 3] != 'i')) return i;
    const std::size_t end = e + 4;
    if (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) || static_cast<unsigned char>(text[end]) >= 0x80)) return i;
    const int years = std::stoi(text.substr(i, e - i));
    std::string number = years == 10 ? "dec" : spellout.say(years, "%spellout-numbering");
    if (number.empty()) return i;
    const std::string accented = "tr\xC3\xA9";  // "ventitré"
    if (number.size() >= accented.size() && number.compare(number.size() - accented.size(), accented.size(), accented) == 0) {
        number.replace(number.size() - accented.size(), accented.size(), "tre");
    } else if (number == "tre") {
        // ("treenne": three keeps its vowel too.)
    } else if (!(number.size() >= 3 && number.compare(number.size() - 3, 3, "sei") == 0) && std::strchr("aeiou", number.back()) != nullptr) {
        number.pop_back();  // ("sei" keeps its vowels: "seienne")
    }
    spoken = number + text.substr(e, 4);
    return end;
}

// "1 anno", "1 milione", "1 studente": one before a masculine noun is "un" ("uno" before s and a
// consonant, z, gn, ps, x, y); eSpeak NG says "uno anno". A feminine noun's "una" is the count rule's;
// before a preposition or a conjunction ("1 su 10", "1 a 0") the number stays "uno".
std::size_t oneBeforeNounAt(const std::string& text, std::size_t i, std::string& spoken) {
    if (text[i] != '1' || i + 2 >= text.size() || text[i + 1] != ' ' ||
        (i > 0 && (isDigit(text[i - 1]) || text[i - 1] == ',' || text[i - 1] == '.' || std::isalpha(static_cast<unsigned char>(text[i - 1]))))) {
        return i;
    }
    std::size_t e = i + 2;
    while (e < text.size() && (std::islower(static_cast<unsigned char>(text[e])) || static_cast<unsigned char>(text[e]) >= 0x80)) ++e;
    const std::string noun = text.substr(i + 2, e - i - 2);
    if (noun.size() < 3 || (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '\''))) return i;
    static const std::unordered_set<std::string> kNotNouns{"su", "per", "contro", "tra", "fra", "con", "del", "della", "dello", "dei", "degli",
                                                           "delle", "nel", "nella", "sul", "sulla", "dal", "dalla", "alla", "allo", "agli",
                                                           "alle", "che", "ogni", "mila", "anche", "non", "sono", "era", "gol", "pari"};
    if (kNotNouns.count(noun) != 0) return i;
    // (After what it numbers, "la linea 1 fermo", "il binario 1 chiuso", the figure is a name, "uno", not a count of the
    // next word.)
    static const std::unordered_set<std::string> kNumbered{"linea", "binario", "numero", "piano", "capitolo", "articolo", "comma",
                                                           "livello", "gate", "terminal", "tram", "bus", "autobus", "canale", "tappa",
                                                           "fase", "serie", "pagina", "volume", "atto", "girone", "zona", "settore",
                                                           "lotto", "sala", "padiglione", "porta", "uscita", "corsia", "reparto",
                                                           "pista", "molo", "stagione", "episodio", "gara", "turno", "lista", "punto"};
    // (After its article only, "della linea 1": "ogni piano 1 bagno", "in zona 1 morto" count; "1 milione" always does.)
    if (kNumbered.count(lowerWordBefore(text, i)) != 0 && noun != "milione" && noun != "miliardo") {
        std::size_t labelStart = i;
        while (labelStart > 0 && text[labelStart - 1] == ' ') --labelStart;
        while (labelStart > 0 && isWordByte(text[labelStart - 1])) --labelStart;
        static const std::unordered_set<std::string> kArticles{"la", "il", "lo", "della", "del", "dello", "alla", "al", "allo", "sulla",
                                                               "sul", "nella", "nel", "dalla", "dal", "l'"};
        if (kArticles.count(lowerWordBefore(text, labelStart)) != 0) return i;
    }
    // (A masculine noun: one in "-o", or one of the common ones in "-e"; "1 rete", "1 madre" are feminine,
    // "1 gennaio" is a date's "primo".)
    static const std::unordered_set<std::string> kMasculineInE{"milione", "mese", "studente", "presidente", "ponte", "pesce", "cane",
                                                               "fiume", "nome", "mare", "agente", "dipendente", "utente", "cliente",
                                                               "paziente", "giudice", "ospite", "esponente", "fiore", "ordine"};
    // ("il 1 febbraio": the first of a month is "primo", as "1° febbraio" is; eSpeak NG said "il uno".)
    if (italianMonths().count(noun) != 0) {
        spoken = "primo";
        return i + 1;
    }
    if (noun.back() != 'o' && kMasculineInE.count(noun) == 0) return i;
    const char a = noun[0], b = noun[1];
    const bool impure = (a == 's' && std::strchr("aeiou", b) == nullptr) || a == 'z' || a == 'x' || a == 'y' ||
                        (a == 'g' && b == 'n') || (a == 'p' && b == 's');
    spoken = impure ? "uno" : "un";
    return i + 1;
}

// "1 ora", "1 auto": a feminine one before a vowel is elided, "un'ora"; eSpeak NG says "una ora".
std::size_t feminineCountElidedAt(const std::string& text, std::size_t i, const Spellout& spellout, std::string& spoken) {
    const std::size_t end = feminineCountAt(text, i, spellout, isItalianFeminine, spoken);
    if (end != i && spoken == "una" && end + 1 < text.size() && text[end] == ' ' && std::strchr("aeiouAEIOU", text[end + 1]) != nullptr) {
        spoken = "un'";
        return end + 1;
    }
    return end;
}

class Italian : public LanguageRules {
public:
    Italian() : spellout_("it") {}
    // "articolo 577 c.p.": after an article's number the code is "del codice penale" (the lexicon says "codice penale"
    // after "dal", "il"); the same for the code of criminal procedure.
    std::string beforeLexicon(const std::string& text, std::vector<Rewrite>* log) const override {
        if (text.find("c.p.") == std::string::npos) return text;
        return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
            // (After an article's number or its "bis", "ter": "articolo 589 bis c.p.".)
            if (i < 2 || text[i - 1] != ' ') return i;
            const std::string before = lowerWordBefore(text, i);
            if (!isDigit(text[i - 2]) && before != "bis" && before != "ter" && before != "quater" && before != "quinquies" && before != "sexies") return i;
            for (const auto& [written, said] : {std::pair<const char*, const char*>{"c.p.p.", "del codice di procedura penale"},
                                                std::pair<const char*, const char*>{"c.p.", "del codice penale"}}) {
                const std::size_t n = std::strlen(written);
                if (text.compare(i, n, written) == 0) {
                    kind = "abbreviation";
                    spoken = said;
                    // (Its dot ends the sentence where nothing or a capital follows.)
                    const bool last = i + n == text.size() || (i + n + 1 < text.size() && text[i + n] == ' ' &&
                                                                std::isupper(static_cast<unsigned char>(text[i + n + 1])));
                    return i + n - (last ? 1 : 0);
                }
            }
            return i;
        });
    }
    std::string apply(const std::string& written, std::vector<Rewrite>* log) const override {
        const std::string text = withElidedArticles(elidedBeforeVowelNumbers(withoutApostropheGroups(written)), log);  // "2'400 metri", Swiss Italian
        const bool shouting = mostlyCapitals(text);
        std::string out;
        std::size_t i = 0;
        while (i < text.size()) {
            std::string spoken;
            // An email or a web address, said with the language's words for its signs.
            if (const std::size_t end = appendSpokenAddress(text, i, {"punto", "chiocciola"}, out, log); end != i) {
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
            // "la 24/a giornata", "il 19/o risultato": an ordinal as ANSA writes it, its ending after a slash ("ventiquattresima";
            // eSpeak NG said "ventiquattro barra a").
            if (isDigit(text[i]) && (i == 0 || !isWordByte(text[i - 1]))) {
                std::size_t e = i;
                while (e < text.size() && isDigit(text[e]) && e - i < 4) ++e;
                // (After an article or a preposition only: "via Roma 24/a" is a house's number.)
                const std::string article = lowerWordBefore(text, i);
                bool articled = false;
                for (const char* a : {"la", "il", "lo", "della", "del", "dello", "alla", "al", "allo", "nella", "nel", "nello", "dalla", "dal",
                                      "sulla", "sul", "sua", "suo", "loro", "questa", "questo", "una", "un", "prima", "ogni"}) {
                    articled = articled || article == a;
                }
                // (Or a place in a table after a verb, "la Roma resta 6/a", "chiude 2/a": a word in lower case before it
                // that numbers no house, up to fortieth.)
                bool ranked = false;
                if (!articled && !article.empty() && i >= article.size() + 1 && std::islower(static_cast<unsigned char>(text[i - 1 - article.size()])) && e - i <= 2 && std::stoi(text.substr(i, e - i)) <= 40) {
                    ranked = true;
                    for (const char* street : {"via", "viale", "corso", "piazza", "largo", "vicolo", "n", "numero", "civico", "interno", "scala", "km"}) {
                        ranked = ranked && article != street;
                    }
                }
                if ((articled || ranked) && e + 1 < text.size() && text[e] == '/' && (text[e + 1] == 'a' || text[e + 1] == 'o') &&
                    (e + 2 >= text.size() || !isWordByte(text[e + 2])) && text[i] != '0') {
                    spoken = spellout_.say(std::stoll(text.substr(i, e - i)), text[e + 1] == 'a' ? "%spellout-ordinal-feminine" : "%spellout-ordinal-masculine");
                    if (!spoken.empty() && took(e + 2, "ordinal")) continue;
                }
            }
            // A number to call, said figure by figure or in its groups: the emergency numbers ("chiamando il 112",
            // "al 1522") and a toll-free number ("numero verde 800.841.148": "800 841 148").
            if (isDigit(text[i]) && (i == 0 || !isWordByte(text[i - 1]))) {
                std::size_t e = i;
                while (e < text.size() && isDigit(text[e])) ++e;
                const std::string digits = text.substr(i, e - i);
                // (After a verb of calling or "numero", or "al"/"il" with nothing after it but a stop or "o": "chiamando il
                // 112", "al 118.", "il 112 o il 113"; not "il 115 dei presenti".)
                const std::string before = lowerWordBefore(text, i);
                const std::string twoBefore = before.empty() ? "" : lowerWordBefore(text, i - before.size() - 1);
                const bool called = twoBefore.rfind("chiam", 0) == 0 || twoBefore.rfind("contatt", 0) == 0 || before == "numero" ||
                                    twoBefore == "numero";
                const bool alone = e >= text.size() || text[e] == '.' || text[e] == ',' || text[e] == ';' || text[e] == ')' ||
                                   text.compare(e, 3, " o ") == 0 || text.compare(e, 3, " e ") == 0;
                bool emergency = (digits == "112" || digits == "113" || digits == "115" || digits == "118" || digits == "1522") &&
                                 (e >= text.size() || !isWordByte(text[e])) && (called || ((before == "il" || before == "al") && alone));
                // (Not a count of something: "il 113 per cento", "al 115%".)
                bool counted = e < text.size() && text[e] == '%';
                for (const char* noun : {" per cento", " euro", " mila", " milioni", " anni", " persone", " casi", " voti", " punti",
                                         " metri", " chilometri", " giorni", " volte"}) {
                    counted = counted || text.compare(e, std::strlen(noun), noun) == 0;
                }
                emergency = emergency && !counted;
                if (emergency) {
                    spoken.clear();
                    for (char c : digits) spoken += std::string(spoken.empty() ? "" : " ") + c;
                    if (took(e, "telephone")) continue;
                }
                // (Three groups of figures parted by dots or spaces after "numero verde": a number, not an amount.)
                if (before == "verde" && twoBefore == "numero") {
                    std::size_t f = i;
                    std::string groups;
                    while (f < text.size() && (isDigit(text[f]) || ((text[f] == '.' || text[f] == ' ') && f + 1 < text.size() && isDigit(text[f + 1])))) {
                        groups += isDigit(text[f]) ? text[f] : ' ';
                        ++f;
                    }
                    if (groups.find(' ') != std::string::npos) {
                        spoken = groups;
                        if (took(f, "telephone")) continue;
                    }
                }
            }
            // ("CHF 8.60": an amount after a currency's code, before the code's capitals are spelled.)
            if (std::isupper(static_cast<unsigned char>(text[i])) && took(signedAmount(text, i, amounts(), spoken), "money")) continue;
            // Capitals eSpeak NG would make a word of ("l'OMS", "FMI"): spelled.
            if (const std::size_t end = shouting ? i : appendSpelledInitialism(text, i, italianAcronyms(), out, log); end != i) {
                i = end;
                continue;
            }
            // "i 2/3 dei voti": a share, "i due terzi"; "2T 2024", "nel 3T": a quarter of the year.
            static const FractionWords kFractions{{"i", "dei", "ai", "dai", "sui", "questi"},
                                                  {"", "", "", "terzi", "quarti", "quinti", "sesti", "settimi", "ottavi", "noni", "decimi"},
                                                  {"di", "dei", "degli", "delle", "del", "della", "dello"},
                                                  {"", "", "", "un terzo", "un quarto", "un quinto", "un sesto", "un settimo", "un ottavo",
                                                   "un nono", "un decimo"}};
            static const QuarterStyle kQuarters{{"primo", "secondo", "terzo", "quarto"}, "trimestre", "", {"il", "nel", "del", "al"}};
            // "legge 104/1992", "d.lgs. 81/2008": an act by its number "del" its year (eSpeak NG says "barra").
            // "1h28'15\"", "a 1'05\"", "di 12\"": a time in a race.
            static const RaceTimeStyle kRace{{"un'ora", "ore"}, {"un minuto", "minuti"}, {"un secondo", "secondi"}, "e",
                                             {"decimi", "centesimi", "millesimi"}, {"di", "a", "in"}, {}};
            static const ActNumberStyle kActs{{"legge", "decreto", "decreto-legge", "legislativo", "ministeriale", "regionale", "sentenza",
                                               "ordinanza", "circolare", "delibera", "regolamento", "direttiva", "determina", "d.lgs.",
                                               "d.lgs", "dlgs", "d.l.", "d.p.r.", "d.m.", "dpcm", "dpr", "l."},
                                              {"n.", "n\xC2\xB0", "n\xC2\xBA", "numero", "num."},
                                              "del"};
            if (took(fractionAfterArticleAt(text, i, kFractions, spoken), "number") || took(quarterAt(text, i, kQuarters, spoken), "date") ||
                took(actNumberAt(text, i, kActs, spoken), "number") || took(raceTimeAt(text, i, kRace, spoken), "time")) {
                continue;
            }
            // "il gen. Luciano Magrini": a rank written short before a name, said in full (eSpeak NG said "gen" and
            // stopped at its dot). ("12 gen. 2026" is January's, before a figure.)
            if (i == 0 || !isWordByte(text[i - 1])) {
                bool ranked = false;
                for (const auto& [written, said] : {std::pair<const char*, const char*>{"gen. ", "generale "}, {"col. ", "colonnello "},
                                                    {"magg. ", "maggiore "}, {"cap. ", "capitano "}, {"ten. ", "tenente "},
                                                    {"amm. ", "ammiraglio "}, {"brig. ", "brigadiere "}, {"mar. ", "maresciallo "}}) {
                    const std::size_t n = std::strlen(written);
                    if (ranked || text.compare(i, n, written) != 0 || i + n >= text.size() || !std::isupper(static_cast<unsigned char>(text[i + n]))) continue;
                    spoken = said;
                    ranked = took(i + n, "abbreviation");
                }
                if (ranked) continue;
                // ("Venezia S. Lucia", "la basilica di S. Pietro": a saint before the name, San, Santa, Sant' or Santo; eSpeak NG
                // said "esse".)
                if (text.compare(i, 3, "S. ") == 0 && i + 3 < text.size() && std::isupper(static_cast<unsigned char>(text[i + 3])) &&
                    (i == 0 || text[i - 1] == ' ')) {
                    std::size_t end = i + 3;
                    while (end < text.size() && isWordByte(text[end])) ++end;
                    const std::string name = text.substr(i + 3, end - i - 3);
                    const bool vowel = std::string("AEIOU").find(name[0]) != std::string::npos;
                    const bool sConsonant = name.size() >= 2 && name[0] == 'S' && std::string("aeiou").find(name[1]) == std::string::npos;
                    // (After a capital, "Mario S. Rossi" has an initial; "Venezia S. Lucia" a station named after its saint.)
                    static constexpr WordSet kSaints({"Lucia", "Pietro", "Giovanni", "Marco", "Paolo", "Francesco", "Giuseppe", "Angelo",
                                                      "Antonio", "Maria", "Stefano", "Lorenzo", "Nicola", "Michele", "Giorgio", "Martino",
                                                      "Rocco", "Donato", "Benedetto", "Agata", "Anna", "Caterina", "Chiara", "Croce",
                                                      "Gennaro", "Ambrogio", "Zeno", "Vito", "Biagio", "Felice", "Gimignano", "Marino",
                                                      "Severo", "Remo", "Elena", "Sofia", "Rita", "Eufemia", "Giustina", "Bartolomeo"});
                    // (A station's or a place's name, after the preposition before it: "da Venezia S. Lucia"; after a given name
                    // alone, "Francesco S. Martino", an initial.)
                    std::size_t b = i > 0 ? i - 1 : 0;
                    while (b > 0 && text[b - 1] != ' ') --b;
                    const bool afterCapital = i > 1 && std::isupper(static_cast<unsigned char>(text[b]));
                    const std::string placeBefore = afterCapital ? lowerWordBefore(text, b) : "";
                    static constexpr WordSet kPlacePrepositions({"da", "a", "di", "per", "verso", "tra", "fra", "in", "dalla", "alla", "della",
                                                                 "nella", "dal", "al", "del", "nel", "sul", "sulla", "stazione", "piazza", "via"});
                    if (name.size() >= 3 && (!afterCapital || (kSaints.count(name) != 0 && kPlacePrepositions.count(placeBefore) != 0))) {
                        // (Before a vowel "Sant'" whatever the saint; men's names ending in "a", "San Nicola", "San Luca";
                        // women's that do not, "Santa Croce", "Santa Agnese".)
                        static constexpr WordSet kMenInA({"Nicola", "Andrea", "Luca", "Elia", "Mattia", "Tobia", "Zaccaria", "Bonaventura",
                                                          "Barnaba", "Geremia", "Isaia", "Giona", "Enea"});
                        static constexpr WordSet kWomen({"Croce", "Agnese", "Beatrice", "Irene", "Adele", "Ester", "Elisabetta"});
                        const bool woman = (name.back() == 'a' && kMenInA.count(name) == 0) || kWomen.count(name) != 0;
                        spoken = vowel ? "Sant'" : woman ? "Santa " : sConsonant ? "Santo " : "San ";
                        took(i + 3, "abbreviation");
                        continue;
                    }
                }
            }
            // "la Dda", "il Cga", "la Gdf": an initialism written as a name, which makes no Italian syllable; its letters.
            if (const std::size_t end = mixedCaseInitialismAt(text, i, spoken); took(end, "initialism")) continue;
            // "il costo per km", "3 euro al km": a rate per kilometre, no figure before the unit (eSpeak NG said "cappa emme").
            {
                bool rate = false;
                for (const char* per : {"per km", "al km"}) {
                    const std::size_t n = std::strlen(per);
                    if (rate || text.compare(i, n, per) != 0 || (i > 0 && isWordByte(text[i - 1])) || (i + n < text.size() && isWordByte(text[i + n])) ||
                        (i + n + 1 < text.size() && text[i + n] == ' ' && isAsciiDigit(text[i + n + 1]))) {
                        continue;
                    }
                    spoken = std::string(per, n - 2) + "chilometro";
                    rate = took(i + n, "unit");
                }
                if (rate) continue;
            }
            // A short form said in full before its figure or numeral (and a road's kilometre post, "al km 145":
            // "chilometro"), then "2 mortes", "1 compressa": a count agreeing with its feminine noun.
            if (took(shortFormBeforeFigure(text, i, {{"n. ", "numero "}, {"nn. ", "numeri "}, {"sec. ", "secolo "}, {"km ", "chilometro "},
                                                     {"Km ", "chilometro "}, {"L. ", "legge "},
                                                     // (a ministry's decree before its number; "D.M. Rossi" is a man's initials)
                                                     {"D.M. ", "decreto ministeriale "}, {"d.m. ", "decreto ministeriale "},
                                                     // (an annex, "(all. 3)", "(v. all. 5)": "vedi allegato 5")
                                                     {"v. all. ", "vedi allegato "}, {"all. ", "allegato "}}, spoken),
                     "abbreviation") ||
                took(gluedOrdinalAt(text, i, spoken), "ordinal") ||
                took(feminineCountElidedAt(text, i, spellout_, spoken), "number") || took(ageAt(text, i, spellout_, spoken), "number") ||
                took(romanBeforeNounAt(text, i, spellout_, spoken), "ordinal") ||
                took(rulersFirstAt(text, i, spoken), "ordinal") || took(oneBeforeNounAt(text, i, spoken), "number") ||
                took(figureAt(text, i, spoken), "number") || took(signedAmount(text, i, amounts(), spoken), "money") ||
                took(timeOfDay(text, i, spoken), "time") ||
                // "15/03/2025": a date in figures, day first.
                took(numericDate(text, i, dates(), spoken), "date") || took(daysBeforeMonthAt(text, i, dates(), spoken), "date") ||
                (!haIsTheVerb(text, i) && !spanBeforeCountedNoun(text, i) && took(unitAfterNumber(text, i, units(), spoken), "unit"))) {
                continue;
            }
            out += text[i++];
        }
        return out;
    }

    // A unit or a currency said by the rules ("1 €" is "1 euro", "1 h" "1 ora") takes its one as a noun
    // written so would: "un euro", "un'ora".
    std::string agree(const std::string& text, std::vector<Rewrite>* log) const override {
        if (text.find('1') == std::string::npos) return text;
        std::string out;
        for (std::size_t i = 0; i < text.size();) {
            std::string spoken;
            std::size_t end = text[i] == '1' ? feminineCountElidedAt(text, i, spellout_, spoken) : i;
            if (end == i && text[i] == '1') end = oneBeforeNounAt(text, i, spoken);
            if (end == i) {
                out += text[i++];
                continue;
            }
            if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "number"});
            out += spoken;
            i = end;
        }
        return out;
    }

private:
    // "di Roma 1 ha espulso Conte", "il Napoli, 2 ha detto": "ha" before a participle or another word that no hectare
    // takes ("1 ha di vigneti", "5 ha.", "30 ha in tutto" are hectares) is the verb "avere".
    static bool haIsTheVerb(const std::string& text, std::size_t i) {
        std::size_t e = i;
        while (e < text.size() && (isDigit(text[e]) || ((text[e] == ',' || text[e] == '.') && e + 1 < text.size() && isDigit(text[e + 1])))) ++e;
        if (e == i || text.compare(e, 4, " ha ") != 0) return false;
        // (The figure ends a name, "Roma 1", "Apollo 11": "il comune ha 5 ha vincolati" has hectares.)
        std::size_t w0 = i;
        while (w0 > 0 && text[w0 - 1] == ' ') --w0;
        std::size_t w1 = w0;
        while (w1 > 0 && isWordByte(text[w1 - 1])) --w1;
        if (w1 == w0 || !std::isupper(static_cast<unsigned char>(text[w1]))) return false;
        const std::size_t w = e + 4;
        std::size_t end = w;
        while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) || static_cast<unsigned char>(text[end]) >= 0x80)) ++end;
        if (end == w || !std::islower(static_cast<unsigned char>(text[w]))) return false;
        const std::string word = text.substr(w, end - w);
        for (const char* hectare : {"di", "del", "della", "dei", "degli", "delle", "in", "a", "e", "per", "tra", "fra", "su", "circa",
                                    "complessivi", "coltivati", "coltivate", "totali", "ciascuno", "ciascuna", "ognuno", "o", "contro"}) {
            if (word == hectare) return false;
        }
        return true;
    }

    // An elided article before a figure or a lettered road: "l'1%", "dell'8 marzo" (eSpeak NG says "elle
    // uno": the number is written out, "l'uno"), "L'A1" ("elle apostrofo A": the article small, "l'A1").
    // "il 8 aprile", "dal 11 marzo" as a template or a careless writer sets them: before "otto", "undici", "ottanta" and
    // "ottocento" the article elides, "l'8 aprile", "dall'11 marzo".
    static std::string elidedBeforeVowelNumbers(const std::string& text) {
        if (text.find(" 8") == std::string::npos && text.find(" 11") == std::string::npos) return text;
        static const std::regex kArticle("\\b([Ii]l|[Dd]el|[Aa]l|[Dd]al|[Nn]el|[Ss]ul) (8|11|8[0-9]|8[0-9][0-9])(?![0-9])");
        std::string out;
        std::size_t last = 0;
        for (auto it = std::sregex_iterator(text.begin(), text.end(), kArticle); it != std::sregex_iterator(); ++it) {
            const std::smatch& m = *it;
            out += text.substr(last, static_cast<std::size_t>(m.position(0)) - last);
            const std::string article = m[1].str();
            // ("il" → "l'", "del" → "dell'", "al" → "all'": the article's "l", doubled after a preposition.)
            const bool il = article == "il" || article == "Il";
            out += (il ? std::string(1, article[0] == 'I' ? 'L' : 'l') : article.substr(0, article.size() - 1) + "ll") + "'" + m[2].str();
            last = static_cast<std::size_t>(m.position(0) + m.length(0));
        }
        return out + text.substr(last);
    }

    std::string withElidedArticles(const std::string& text, std::vector<Rewrite>* log) const {
        if (text.find('\'') == std::string::npos && text.find("\xE2\x80\x99") == std::string::npos) return text;
        std::string out;
        for (std::size_t i = 0; i < text.size();) {
            const std::size_t mark = text[i] == '\'' ? 1 : text.compare(i, 3, "\xE2\x80\x99") == 0 ? 3 : 0;
            const bool afterL = i > 0 && (text[i - 1] == 'l' || text[i - 1] == 'L') && (i == 1 || !isWordByte(text[i - 2]) ||
                                                                                    std::islower(static_cast<unsigned char>(text[i - 2])));
            if (mark == 0 || !afterL || i + mark >= text.size()) {
                out += text[i++];
                continue;
            }
            const std::size_t next = i + mark;
            if (text[i - 1] == 'L' && (i == 1 || !isWordByte(text[i - 2])) && std::isupper(static_cast<unsigned char>(text[next])) &&
                next + 1 < text.size() && isDigit(text[next + 1])) {
                out.back() = 'l';  // "L'A1" -> "l'A1"
                out += text.substr(i, mark);
                i = next;
                continue;
            }
            std::size_t e = next;
            while (e < text.size() && isDigit(text[e])) ++e;
            // (A figure alone, not a year of four digits said as one, nor a time "l'1.30".)
            if (e == next || e - next > 3 || (e < text.size() && (isWordByte(text[e]) || (text[e] == '.' && e + 1 < text.size() && isDigit(text[e + 1]))))) {
                out += text[i++];
                continue;
            }
            const int n = std::stoi(text.substr(next, e - next));
            // ("all'81'", "dall'88'": a match's minute, "all'ottantunesimo"; "sull'1-1": a score, "sull'uno a uno".)
            const std::size_t minuteMark = e < text.size() && text[e] == '\'' ? 1 : text.compare(e, 3, "\xE2\x80\x99") == 0 ? 3 : 0;
            const bool minute = minuteMark != 0 && (e + minuteMark >= text.size() || !isWordByte(text[e + minuteMark]));
            std::size_t second = e + 1;
            while (second < text.size() && isDigit(text[second]) && second - e <= 2) ++second;
            // (Only "sull'": "dell'1-2%", "nell'80-90%", "dall'1-3 luglio" are ranges.)
            // (And "l'" alone before a goal's score: "firma l'1-2 con un sinistro", not a month's days, "l'1-3 luglio".)
            const bool sull = i >= 4 && lowerAscii(text.substr(i - 4, 4)) == "sull" && (i == 4 || !isWordByte(text[i - 5]));
            const bool bareL = i >= 1 && (text[i - 1] == 'l' || text[i - 1] == 'L') && (i == 1 || !isWordByte(text[i - 2]));
            const auto monthAfter = [&] {
                std::size_t w = second;
                while (w < text.size() && text[w] == ' ') ++w;
                std::size_t we = w;
                while (we < text.size() && isWordByte(text[we])) ++we;
                return italianMonths().count(lowerAscii(text.substr(w, we - w))) != 0;
            };
            const bool score = !minute && (sull || (bareL && !monthAfter())) && e + 1 < text.size() && text[e] == '-' && isDigit(text[e + 1]) &&
                               e - next <= 2 && second - e - 1 <= 2 && (second >= text.size() || (!isWordByte(text[second]) && text[second] != '%')) &&
                               text.compare(second, 4, " per") != 0;
            const std::string words = minute ? spellout_.say(n, "%spellout-ordinal-masculine")
                                      : n == 1 ? "uno" : spellout_.say(n, "%spellout-cardinal-masculine");
            if (words.empty() || std::strchr("aeiou", words[0]) == nullptr) {
                out += text[i++];
                continue;
            }
            if (minute || score) {
                const std::size_t end = minute ? e + minuteMark : second;
                std::string said = words + (score ? " a " + text.substr(e + 1, second - e - 1) : "");
                // ("all'87' cross dalla destra": before a noun the minute says its word, or "the 87th cross" is heard.)
                if (minute && end + 1 < text.size() && text[end] == ' ' && std::islower(static_cast<unsigned char>(text[end + 1]))) {
                    std::size_t wordEnd = end + 1;
                    while (wordEnd < text.size() && isWordByte(text[wordEnd])) ++wordEnd;
                    const std::string next = text.substr(end + 1, wordEnd - end - 1);
                    static constexpr WordSet kJoining({"e", "ed", "di", "del", "della", "con", "al", "a", "in", "su", "per", "tra", "fra",
                                                                "quando", "dopo", "prima", "minuto", "ma", "o", "che", "nel", "dal"});
                    if (kJoining.count(next) == 0) said += " minuto";
                }
                if (log != nullptr) log->push_back({text.substr(next, end - next), said, minute ? "minute" : "score"});
                out += text.substr(i, mark) + said;
                i = end;
                continue;
            }
            if (log != nullptr) log->push_back({text.substr(next, e - next), words, "number"});
            out += text.substr(i, mark) + words;
            // ("l'1,5 %": the decimal after its comma, "l'uno virgola 5".)
            if (e + 1 < text.size() && text[e] == ',' && isDigit(text[e + 1])) {
                out += " virgola ";
                ++e;
            }
            i = e;
        }
        return out;
    }

    // After a number: "3,2 mld" and "40 mln" (miliardi, milioni), "42 °C" (gradi), "1° maggio" (primo).
    // "2a classe", "3ª edizione", "5o posto": an ordinal written with its ending glued on, before its noun
    // ("seconda classe"); eSpeak NG says "due a".
    std::size_t gluedOrdinalAt(const std::string& text, std::size_t i, std::string& spoken) const {
        if (!isDigit(text[i]) || (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ','))) return i;
        std::size_t e = i;
        while (e < text.size() && isDigit(text[e]) && e - i < 3) ++e;
        std::size_t mark = 0;
        bool feminine = false;
        if (e < text.size() && (text[e] == 'a' || text[e] == 'o')) {
            mark = 1;
            feminine = text[e] == 'a';
        } else if (text.compare(e, 2, "\xC2\xAA") == 0 || text.compare(e, 2, "\xC2\xBA") == 0) {
            mark = 2;
            feminine = text[e + 1] == '\xAA';
        }
        const std::size_t end = e + mark;
        if (mark == 0 || e - i > 2 || end + 1 >= text.size() || text[end] != ' ' || !std::islower(static_cast<unsigned char>(text[end + 1]))) {
            return i;
        }
        spoken = spellout_.say(std::stoi(text.substr(i, e - i)), feminine ? "%spellout-ordinal-feminine" : "%spellout-ordinal-masculine");
        return spoken.empty() ? i : end;
    }

    std::size_t figureAt(const std::string& text, std::size_t i, std::string& spoken) const {
        // "-4 °C": below zero (only degrees: a sign alone is for eSpeak NG).
        const auto figure = [&](const std::string& t, std::size_t at, std::string& said) { return figureAt(t, at, said); };
        if (const std::size_t end = degreesBelowZero(text, i, "meno", "grad", figure, spoken); end != i) return end;
        if (!isDigit(text[i]) || (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ','))) return i;
        std::size_t e = i;
        while (e < text.size() && (isDigit(text[e]) || ((text[e] == ',' || text[e] == '.') && e + 1 < text.size() && isDigit(text[e + 1])))) ++e;
        const std::string number = text.substr(i, e - i);
        // ("45-50 mln", "14-16 °C": a span whose second figure carries the magnitude or the degrees, said after it.)
        if (e + 1 < text.size() && text[e] == '-' && isDigit(text[e + 1])) {
            std::size_t digits = e + 1;
            while (digits < text.size() && (isDigit(text[digits]) || text[digits] == ',')) ++digits;
            std::string second;
            if (const std::size_t end = figureAt(text, e + 1, second); end > digits && !second.empty()) {
                spoken = number + " a " + second;
                return end;
            }
        }
        // "con 25' di ritardo", "al 90'": minutes, as sport and transport write them; after "al", "dal" or
        // "nel" the minute of a match, "al novantesimo minuto".
        if (const std::size_t mark = text.compare(e, 1, "'") == 0 ? 1 : text.compare(e, 3, "\xE2\x80\x99") == 0 ? 3 : 0;
            mark != 0 && number.find_first_not_of("0123456789") == std::string::npos && number.size() <= 3 &&
            (e + mark >= text.size() || !isWordByte(text[e + mark]))) {
            // (Or a match's minute in its report's lines: a substitute's "(60' Rossi)", a scorer's "23' pt", "90'+3".)
            const std::size_t after = e + mark;
            // (Or with their dots, "37' p.t.", "9' s.t.": five characters then.)
            std::size_t halfLength = 3;
            const auto half = [&](const char* h, const char* dotted) {
                if (text.compare(after, 3, h) == 0 && (after + 3 >= text.size() || !isWordByte(text[after + 3]))) return true;
                if (text.compare(after, 5, dotted) == 0) {
                    halfLength = 5;
                    return true;
                }
                return false;
            };
            bool firstHalf = half(" pt", " p.t."), secondHalf = !firstHalf && half(" st", " s.t.");
            // ("(12' e 38' p.t.)": two minutes of the same half, its mark after the second only; "al 43' del s.t.".)
            std::size_t ofHalf = 0;
            if (!firstHalf && !secondHalf) {
                std::size_t k = after;
                if (text.compare(k, 3, " e ") == 0 || text.compare(k, 2, ", ") == 0) {
                    k += text[k] == ',' ? 2 : 3;
                    const std::size_t digits = k;
                    while (k < text.size() && isDigit(text[k]) && k - digits < 3) ++k;
                    if (k > digits && k < text.size() && text[k] == '\'') {
                        const std::size_t saved = halfLength;
                        const auto markedAt = [&](const char* h, const char* dotted) {
                            return text.compare(k + 1, std::strlen(h), h) == 0 || text.compare(k + 1, std::strlen(dotted), dotted) == 0;
                        };
                        firstHalf = markedAt(" pt", " p.t.");
                        secondHalf = !firstHalf && markedAt(" st", " s.t.");
                        halfLength = saved;
                        ofHalf = firstHalf || secondHalf ? std::string::npos : 0;
                    }
                } else if (text.compare(after, 9, " del s.t.") == 0 || text.compare(after, 9, " del p.t.") == 0) {
                    firstHalf = text[after + 5] == 'p';
                    secondHalf = !firstHalf;
                    ofHalf = 9;
                }
            }
            const bool added = after + 1 < text.size() && text[after] == '+' && isDigit(text[after + 1]);
            const auto before = [&](const char* w) {
                const std::size_t n = std::strlen(w);
                return i >= n && lowerAscii(text.substr(i - n, n)) == w && (i == n || !isWordByte(text[i - n - 1]));
            };
            // ("Recupero: 2' pt, 6' st": the time added to each half, minutes, not a minute of it.)
            const bool stoppage = text.rfind("ecupero:", i) != std::string::npos && i - text.rfind("ecupero:", i) < 40;
            // (A substitute's minute in brackets has the player's name after it: "(5' di ritardo)" is minutes.)
            const bool substitute = i > 0 && text[i - 1] == '(' && after + 1 < text.size() && text[after] == ' ' &&
                                    std::isupper(static_cast<unsigned char>(text[after + 1]));
            // (And "tra il 58' e il 64'", the minutes of the match by their article; a scorer's minute before the name in a
            // report's lines, "Marcatori: 12' McTominay (N), 34' Lautaro (I)".)
            const bool scorer = i >= 2 && (text.compare(i - 2, 2, ": ") == 0 || text.compare(i - 2, 2, ", ") == 0) && after + 1 < text.size() &&
                                text[after] == ' ' && std::isupper(static_cast<unsigned char>(text[after + 1])) &&
                                text.rfind("arcatori", i) != std::string::npos;
            const bool minuteOfMatch = before("al ") || before("dal ") || before("nel ") || (before("il ") && text.compare(after, 4, " di ") != 0) || substitute || scorer ||
                                       ((firstHalf || secondHalf) && !stoppage) || added;
            const std::string ordinal = minuteOfMatch ? spellout_.say(std::stoi(number), "%spellout-ordinal-masculine") : "";
            spoken = !ordinal.empty() ? ordinal + " minuto" : number + (number == "1" ? " minuto" : " minuti");
            std::size_t end = after;
            if (stoppage && (firstHalf || secondHalf)) {
                spoken += firstHalf ? " nel primo tempo" : " nel secondo tempo";
                end = after + (halfLength == 5 && after + 5 >= text.size() ? 4 : halfLength);  // (the dot that ends the sentence stays)
            } else if (!ordinal.empty() && ofHalf == std::string::npos) {
                // (The first of the two: the half is said after the second.)
                spoken = ordinal;
            } else if (!ordinal.empty() && ofHalf != 0) {
                spoken = ordinal + " minuto" + (firstHalf ? " del primo tempo" : " del secondo tempo");
                end = after + (after + ofHalf >= text.size() ? ofHalf - 1 : ofHalf);
            } else if (!ordinal.empty() && (firstHalf || secondHalf)) {
                spoken = ordinal + (firstHalf ? " del primo tempo" : " del secondo tempo");
                end = after + (halfLength == 5 && after + 5 >= text.size() ? 4 : halfLength);  // (the dot that ends the sentence stays)
            } else if (!ordinal.empty() && added) {
                std::size_t k = after + 1;
                while (k < text.size() && isDigit(text[k])) ++k;
                spoken = ordinal + " pi\xC3\xB9 " + text.substr(after + 1, k - after - 1);
                end = k;
            }
            return end;
        }
        std::size_t w = e < text.size() && text[e] == ' ' ? e + 1 : e;
        for (const auto& [written, said] : {std::pair<const char*, const char*>{"mld", "miliardi"}, {"mln", "milioni"}, {"mrd", "miliardi"}}) {
            // (A closing quote after it ends it too: "parla di 45-50 mln»".)
            if (text.compare(w, 3, written) == 0 && (w + 3 >= text.size() || !isWordByte(text[w + 3]) || text.compare(w + 3, 2, "\xC2\xBB") == 0 ||
                                                     text.compare(w + 3, 3, "\xE2\x80\x9D") == 0)) {
                spoken = number + " " + said;
                return w + 3;
            }
        }
        // ("°" is two bytes: C2 B0.)
        const std::size_t degree = text.compare(e, 2, "\xC2\xB0") == 0 ? e : text.compare(w, 2, "\xC2\xB0") == 0 ? w : std::string::npos;
        if (degree == std::string::npos) return i;
        std::size_t unit = degree + 2;
        if (unit < text.size() && text[unit] == ' ') ++unit;
        if (unit < text.size() && (text[unit] == 'C' || text[unit] == 'F') && (unit + 1 >= text.size() || !isWordByte(text[unit + 1]))) {
            spoken = number + (number == "1" ? " grado" : " gradi") + (text[unit] == 'F' ? " Fahrenheit" : "");
            return unit + 1;
        }
        // "il 1° maggio", "il 3° posto": glued to its number and before a word, an ordinal. So is one after an article
        // before a stop ("il turno, il 14°, si apre"), or after "essere". (A temperature, "di 14° a Roma", where the
        // sentence speaks of the weather: degrees.)
        const std::string before = lowerWordBefore(text, i);
        const bool articled = before == "il" || before == "lo" || before == "al" || before == "del" || before == "nel" || before == "dal" ||
                              before == "sul" || before == "un" || before == "essere" || before == "arrivato" || before == "classificato";
        const std::string lower = lowerUtf8(text);
        bool weather = false;
        for (const char* word : {"temperatur", "minim", "massim", "meteo", "caldo", "freddo", "gelo", "termometr", "gradi", "afa"}) {
            weather = weather || lower.find(word) != std::string::npos;
        }
        const bool stopAfter = degree + 2 >= text.size() || std::strchr(",.;:)\"", text[degree + 2]) != nullptr ||
                               text.compare(degree + 2, 3, "\xE2\x80\x9D") == 0;
        if (degree == e && number.find_first_of(",.") == std::string::npos && number.size() <= 3 && !weather &&
            ((degree + 3 < text.size() && text[degree + 2] == ' ' && std::isalpha(static_cast<unsigned char>(text[degree + 3]))) ||
             (articled && stopAfter))) {
            spoken = spellout_.say(std::stoll(number), "%spellout-ordinal-masculine");
            return spoken.empty() ? i : degree + 2;
        }
        return i;
    }

    // "Dda", "Cga", "Gdf", "Cgil": Italian papers write an initialism of three or four letters as a name,
    // which eSpeak NG reads as a word ("dda"); where its letters make no Italian syllable (two consonants
    // that open none, "dd", "cg", "gd"), they are spelled. Mid-sentence only, and never an Italian word.
    static std::size_t mixedCaseInitialismAt(const std::string& text, std::size_t i, std::string& spoken) {
        if (i < 2 || isWordByte(text[i - 1]) || !std::isupper(static_cast<unsigned char>(text[i]))) return i;
        std::size_t e = i + 1;
        while (e < text.size() && std::islower(static_cast<unsigned char>(text[e]))) ++e;
        if (e - i < 3 || e - i > 4 || (e < text.size() && (isWordByte(text[e]) || text[e] == '\'' || text[e] == '-'))) return i;
        // (Not opening a sentence, where any word is capitalized.)
        std::size_t b = i;
        while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '(' || text[b - 1] == '"')) --b;
        if (b == 0 || text[b - 1] == '.' || text[b - 1] == '!' || text[b - 1] == '?' || text[b - 1] == ':') return i;
        const std::string w = lowerAscii(text.substr(i, e - i));
        // (Spelled where no vowel is written, "Gdf", "Ztl", or where it opens on a doubled consonant or on two stops
        // or nasals, "Dda", "Cga", "Dna", that no language's name opens on: "Sky", "Theo", "Khan", "Kyiv", "Tsai",
        // "Lviv", "Gwen" are names.)
        const auto vowel = [](char c) { return std::strchr("aeiouy", c) != nullptr; };
        const bool noVowel = std::none_of(w.begin(), w.end(), vowel);
        const auto stop = [](char c) { return std::strchr("bcdgptfvzmnqk", c) != nullptr; };
        const bool opening = w[0] == w[1] || (stop(w[0]) && stop(w[1]) && !(w[0] == 'p' && w[1] == 'n') && !(w[0] == 'p' && w[1] == 't'));
        if (!noVowel && !opening) return i;
        static const std::unordered_map<char, std::string> kNames{
            {'a', "a"}, {'b', "bi"}, {'c', "ci"}, {'d', "di"}, {'e', "e"}, {'f', "effe"}, {'g', "gi"}, {'h', "acca"}, {'i', "i"},
            {'j', "i lunga"}, {'k', "cappa"}, {'l', "elle"}, {'m', "emme"}, {'n', "enne"}, {'o', "o"}, {'p', "pi"}, {'q', "cu"},
            {'r', "erre"}, {'s', "esse"}, {'t', "ti"}, {'u', "u"}, {'v', "vu"}, {'w', "doppia vu"}, {'x', "ics"}, {'y', "ipsilon"}, {'z', "zeta"}};
        spoken.clear();
        for (char c : w) spoken += (spoken.empty() ? "" : " ") + kNames.at(c);
        return e;
    }

    // "in 15-20 giorni": a span of time or a count before its noun, which eSpeak NG says "quindici venti",
    // as a newsreader does; the rule for results would make it "15 a 20".
    static bool spanBeforeCountedNoun(const std::string& text, std::size_t i) {
        if (!isDigit(text[i]) || (i > 0 && isWordByte(text[i - 1]))) return false;
        std::size_t e = i;
        while (e < text.size() && isDigit(text[e])) ++e;
        if (e - i > 3 || e + 1 >= text.size() || text[e] != '-' || !isDigit(text[e + 1])) return false;
        std::size_t f = e + 1;
        while (f < text.size() && isDigit(text[f])) ++f;
        if (f - e - 1 > 3 || f >= text.size() || text[f] != ' ' || std::stoi(text.substr(e + 1, f - e - 1)) <= std::stoi(text.substr(i, e - i))) return false;
        std::size_t w = f + 1;
        while (w < text.size() && isWordByte(text[w])) ++w;
        const std::string noun = text.substr(f + 1, w - f - 1);
        for (const char* counted : {"giorni", "anni", "mesi", "settimane", "ore", "minuti", "secondi", "persone", "metri", "chilometri",
                                    "centimetri", "chili", "euro", "volte", "gradi", "milioni", "miliardi", "mila", "posti", "km", "cm"}) {
            if (noun == counted) return true;
        }
        return false;
    }

    // "alle 14.45", "dalle 8.30", "ore 9.05", "all'1.30": hours and minutes after the words that ask
    // for a time, said "14 e 45" (and "alle 9.00" is "alle 9"). A point between digits elsewhere is a
    // thousands mark or a decimal, left to eSpeak NG.
    static std::size_t timeOfDay(const std::string& text, std::size_t i, std::string& spoken) {
        if (!isDigit(text[i]) || (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ','))) return i;
        static const char* const kBefore[] = {"alle", "dalle", "delle", "nelle", "sulle", "ore", "le", "all'", "dall'", "dell'", "verso", "entro", "h"};
        const std::string before = wordBefore(text, i);
        bool asked = false;
        for (const char* w : kBefore) asked = asked || before == w;
        if (!asked) return i;
        std::size_t h = i;
        while (h < text.size() && isDigit(text[h]) && h - i < 3) ++h;
        if (h - i > 2 || h + 2 >= text.size() || (text[h] != '.' && text[h] != ':') || !isDigit(text[h + 1]) || !isDigit(text[h + 2]) ||
            (h + 3 < text.size() && (isWordByte(text[h + 3]) || (text[h + 3] == '.' && h + 4 < text.size() && isDigit(text[h + 4]))))) {
            return i;
        }
        const int hour = std::stoi(text.substr(i, h - i)), minute = std::stoi(text.substr(h + 1, 2));
        if (hour > 24 || minute > 59) return i;
        spoken = std::to_string(hour) + (minute == 0 ? "" : " e " + std::to_string(minute));
        return h + 3;
    }

    Spellout spellout_;
};

}  // namespace
}  // namespace italian

std::unique_ptr<LanguageRules> makeItalianRules() { return std::make_unique<italian::Italian>(); }

}  // namespace readcast

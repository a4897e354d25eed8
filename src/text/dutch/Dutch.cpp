// Dutch spoken-form rules. eSpeak NG's Dutch voice reads figures and the decimal comma well, but spells
// the short forms of units and amounts after a figure ("20 km" is "twintig ka em", "3 mln" "em el en").
// They are said in full, as a newsreader says them.

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>
#include <unordered_set>

#include "core/Ascii.hpp"
#include "text/Normalizer.hpp"
#include "text/NumericDate.hpp"
#include "text/RomanNumerals.hpp"
#include "text/Spellout.hpp"
#include "text/RewriteScan.hpp"
#include "text/UnitAfterNumber.hpp"
#include "text/SignedAmount.hpp"
#include "text/SpokenAddress.hpp"
#include "text/SpelledInitialism.hpp"

namespace readcast {
namespace dutch {
namespace {

// The short forms after a figure, longest first where one begins another ("km/u" before "km").
constexpr std::pair<std::string_view, std::string_view> kAfterFigure[] = {
    // (an air-quality reading's micrograms per cubic metre, "48 µg/m³", with either of the two micro signs)
    {"\xC2\xB5g/m\xC2\xB3", "microgram per kubieke meter"}, {"\xCE\xBCg/m\xC2\xB3", "microgram per kubieke meter"},
    {"mg/l", "milligram per liter"},
    {"km/u", "kilometer per uur"}, {"km/h", "kilometer per uur"}, {"km\xC2\xB2", "vierkante kilometer"},
    {"m\xC2\xB2", "vierkante meter"}, {"m\xC2\xB3/s", "kubieke meter per seconde"}, {"m\xC2\xB3", "kubieke meter"}, {"km", "kilometer"}, {"kg", "kilo"}, {"cm", "centimeter"},
    {"mm", "millimeter"}, {"ml", "milliliter"}, {"cl", "centiliter"}, {"dl", "deciliter"}, {"l", "liter"}, {"mnd", "maanden"}, {"mln", "miljoen"}, {"mld", "miljard"}, {"mrd", "miljard"}, {"\xC2\xB0" "C", "graden"},
    {"\xC2\xB0", "graden"}};

// "7,85 miljoen", "0,25 procent": a decimal of two figures, which eSpeak NG says figure by figure ("zeven komma acht vijf"); a
// newsreader says the figures after the comma as a number, "zeven komma vijfentachtig". (One figure it says right; three and
// more are said figure by figure; a leading nought, "7,05", stays figure by figure too: "zeven komma nul vijf".)
std::string withTwoDecimalsSaid(const std::string& text, std::vector<Rewrite>* log) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ',' && i > 0 && isAsciiDigit(text[i - 1]) && i + 2 < text.size() && isAsciiDigit(text[i + 1]) && text[i + 1] != '0' &&
            isAsciiDigit(text[i + 2]) && (i + 3 >= text.size() || (!isAsciiDigit(text[i + 3]) && text[i + 3] != ','))) {
            out += " komma ";
            if (log != nullptr) log->push_back({text.substr(i, 3), " komma " + text.substr(i + 1, 2), "number"});
            continue;
        }
        out += text[i];
    }
    return out;
}

// "€ 8,4 miljoen", "€ 1,35": an amount after its sign, which eSpeak NG reads "euroteken" first; a
// newsreader says "8,4 miljoen euro", "1 euro 35".
const SignedAmountStyle& amounts() {
    // (And the currencies of the Dutch Caribbean and Suriname: "Cg 11,25", "Afl 118 miljoen", "SRD 420";
    // "Afl." with its dot is an episode, "Afl. 3 van de serie", as often.)
    static const SignedAmountStyle kStyle{{{"\xE2\x82\xAC", "euro", "euro", "cent", "cent"},
                                           {"US$", "dollar", "dollar", "cent", "cent"},
                                           {"Afl", "florin", "florin", "cent", "cent"},
                                           {"NAf.", "gulden", "gulden", "cent", "cent"},
                                           {"NAf", "gulden", "gulden", "cent", "cent"},
                                           {"Cg", "gulden", "gulden", "cent", "cent"},
                                           {"SRD", "Surinaamse dollar", "Surinaamse dollar", "cent", "cent"},
                                           {"\xC6\x92", "gulden", "gulden", "cent", "cent"},
                                           {"$", "dollar", "dollar", "cent", "cent"},
                                           {"\xC2\xA3", "pond", "pond", "pence", "pence"}},
                                          {{"miljoen", "miljoen", false},
                                           {"miljard", "miljard", false},
                                           {"mln.", "miljoen", false},
                                           {"mln", "miljoen", false},
                                           {"mld.", "miljard", false},
                                           {"mld", "miljard", false},
                                           {"mrd.", "miljard", false},
                                           {"mrd", "miljard", false}},
                                          "",
                                          "en",
                                          {},
                                          "tot"};
    return kStyle;
}

// "10.00 uur", "22.30 uur": a time of day, which eSpeak NG reads "tien nul nul uur"; a newsreader says
// "10 uur", "22 uur 30". Returns where it ends, or i.
std::size_t clockAt(const std::string& text, std::size_t i, std::string& spoken) {
    if (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ',')) return i;
    std::size_t h = i;
    while (h < text.size() && h - i < 2 && isAsciiDigit(text[h])) ++h;
    // "18u30", "(20u45)", "om 15u": Flanders writes the hour's "u" between hours and minutes, "18 uur 30" (eSpeak NG
    // said "achttien u dertig").
    if (h > i && h < text.size() && text[h] == 'u') {
        const bool minutes = h + 2 < text.size() && isAsciiDigit(text[h + 1]) && isAsciiDigit(text[h + 2]);
        const std::size_t end = minutes ? h + 3 : h + 1;
        const int hour = std::stoi(text.substr(i, h - i)), minute = minutes ? std::stoi(text.substr(h + 1, 2)) : 0;
        if (hour <= 24 && minute <= 59 && (end >= text.size() || !isWordByte(text[end]))) {
            spoken = std::to_string(hour) + " uur" + (minute == 0 ? "" : " " + std::to_string(minute));
            return end;
        }
        return i;
    }
    if (h == i || h + 3 > text.size() || (text[h] != '.' && text[h] != ':') || !isAsciiDigit(text[h + 1]) || !isAsciiDigit(text[h + 2])) return i;
    const std::size_t end = h + 3;
    const int hour = std::stoi(text.substr(i, h - i)), minute = std::stoi(text.substr(h + 1, 2));
    if (hour > 24 || minute > 59) return i;
    const std::string said = std::to_string(hour) + " uur" + (minute == 0 ? "" : " " + std::to_string(minute));
    if (text.compare(end, 4, " uur") == 0 && (end + 4 >= text.size() || !isWordByte(text[end + 4]))) {
        // ("om 14.30 uur 412 kilometer": a figure after it stays apart from the time, whose minutes eSpeak NG
        // would join to it, "dertigduizend vierhonderdtwaalf", or take it for, "10 uur 5".)
        const bool figureNext = end + 5 < text.size() && text[end + 4] == ' ' && isAsciiDigit(text[end + 5]);
        spoken = said + (figureNext ? "," : "");
        return end + 4;
    }
    // ("van 19.30 tot 21.00 uur", "19.30-21.00 uur", "tussen 11.00 en 12 uur": the first time of a span takes
    // the second's "uur".)
    for (const char* to : {" tot ", " en ", "-", "\xE2\x80\x93", " - ", " \xE2\x80\x93 "}) {
        const std::size_t next = end + std::strlen(to);
        std::string rest;
        std::size_t hourEnd = next;
        while (hourEnd < text.size() && hourEnd - next < 2 && isAsciiDigit(text[hourEnd])) ++hourEnd;
        const bool hourOnly = hourEnd > next && text.compare(hourEnd, 4, " uur") == 0;  // "tot 12 uur"
        if (text.compare(end, std::strlen(to), to) == 0 && next < text.size() && isAsciiDigit(text[next]) &&
            (clockAt(text, next, rest) != next || hourOnly)) {
            spoken = said;
            return end;
        }
    }
    return i;
}

// "Willem III", "paus Leo XIV": a ruler's number after the name, "Willem de derde", which eSpeak NG
// spells "i i i". A ruler is told by a title before the name or by a name rulers carry; a numbered part
// after its noun is counted ("Deel III", "Wereldoorlog II"); a title's number is left ("Rocky II").
// Returns where it ends, or i.
std::size_t regnalAt(const std::string& text, std::size_t i, const Spellout& dutch, std::string& spoken) {
    if (i < 2 || text[i - 1] != ' ' || (text[i] != 'I' && text[i] != 'V' && text[i] != 'X')) return i;
    std::size_t e = i;
    while (e < text.size() && (text[e] == 'I' || text[e] == 'V' || text[e] == 'X')) ++e;
    if (e < text.size() && (isWordByte(text[e]) || text[e] == '-')) return i;
    const int value = romanNumeralValue(std::string_view(text).substr(i, e - i));
    if (value < 1 || value > 39) return i;
    std::size_t nameStart = i - 1;
    while (nameStart > 0 && (isWordByte(text[nameStart - 1]) || text[nameStart - 1] == '-')) --nameStart;
    const std::string name = text.substr(nameStart, i - 1 - nameStart);
    if (name.size() < 3 || std::isupper(static_cast<unsigned char>(name[1]))) return i;
    static const char* const kRulers[] = {"Willem", "Lodewijk", "Karel", "Filips", "Hendrik", "Frederik", "Leopold", "Boudewijn",
                                          "Albert", "Elizabeth", "Napoleon", "Johannes", "Benedictus", "Pius", "Leo", "Gregorius",
                                          "Paulus", "Clemens", "Innocentius", "Nicolaas", "Alexander", "Catharina", "Peter",
                                          "Christiaan", "Gustaaf", "Harald", "Olav", "Haakon", "Margrethe", "Juan",
                                          "Felipe", "Carlos", "Charles", "George", "Edward", "Ferdinand", "Maximiliaan",
                                          "Rudolf", "Otto", "Wilhelm", "Friedrich", "Ludwig", "Rama", "Mohammed", "Abdullah"};
    bool ruler = false;
    for (const char* r : kRulers) ruler = ruler || name == r;
    // (Not a name with its initial, "Willem I. Jansen"; nor, without a title, a club named after a king: "Willem II
    // speelt tegen PSV", "Willem II – Feyenoord 0-2".)
    if (e < text.size() && text[e] == '.' && e + 2 < text.size() && text[e + 1] == ' ' && std::isupper(static_cast<unsigned char>(text[e + 2]))) {
        ruler = false;
    }
    if (ruler) {
        const std::string lowerText = lowerUtf8(text);
        for (const char* cue : {"speelt", "speelde", "tegen", "stadion", "eredivisie", "trainer", "spelers", "wedstrijd", "doelpunt", "tilburg",
                                "won met", "verloor", "gelijk", " - ", " \xE2\x80\x93 "}) {
            ruler = ruler && lowerText.find(cue) == std::string::npos;
        }
    }
    const std::string title = lowerWordBefore(text, nameStart);
    for (const char* t : {"koning", "koningin", "keizer", "keizerin", "paus", "prins", "prinses", "tsaar", "tsarina", "graaf",
                          "gravin", "hertog", "hertogin", "stadhouder", "sultan", "farao", "vorst", "kroonprins"}) {
        ruler = ruler || title == t;
    }
    if (!ruler) {
        // A numbered part takes its cardinal, "Deel III" "Deel drie", "Wereldoorlog II".
        const std::string noun = lowerUtf8(name);
        for (const char* counted : {"deel", "fase", "hoofdstuk", "wereldoorlog", "boek", "seizoen", "klasse", "artikel", "titel",
                                    "bijlage", "ronde", "divisie", "type", "categorie", "niveau", "vaticanum", "apollo", "akte",
                                    "bedrijf", "psalm", "stap", "graad", "tabel", "serie", "reeks", "jaargang", "band",
                                    "aflevering", "editie", "trede", "schaal", "sectie", "paragraaf", "afdeling"}) {
            if (noun == counted) {
                spoken = std::to_string(value);
                return e;
            }
        }
        return i;
    }
    const std::string words = dutch.say(value, "%spellout-ordinal");
    if (words.empty()) return i;
    spoken = "de " + words;
    return e;
}

// "7522 AH Enschede", "postcodes 7522 AH t/m 7522 AW": a postcode, its figures in two pairs and its letters
// apart ("vijfenzeventig tweeëntwintig A H"), where eSpeak NG says a thousands number. Known by the town's
// name after it, or the word "postcode" or another postcode before it.
std::size_t postcodeAt(const std::string& text, std::size_t i, std::string& spoken) {
    if (!isAsciiDigit(text[i]) || text[i] == '0' || (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ','))) return i;
    const std::size_t e = digitsEnd(text, i);
    if (e - i != 4 || e + 3 > text.size() || text[e] != ' ' || !std::isupper(static_cast<unsigned char>(text[e + 1])) ||
        !std::isupper(static_cast<unsigned char>(text[e + 2])) || (e + 3 < text.size() && (isWordByte(text[e + 3]) || text[e + 3] == '-'))) {
        return i;
    }
    const bool town = e + 5 < text.size() && text[e + 3] == ' ' && std::isupper(static_cast<unsigned char>(text[e + 4])) &&
                      std::islower(static_cast<unsigned char>(text[e + 5]));
    const std::size_t before = text.rfind("postcode", i);
    const bool named = before != std::string::npos && i - before <= 40;
    if (!town && !named) return i;
    // (Nor a year before a name in capitals: "in 2025 NS Reizigers".)
    const int figure = std::stoi(text.substr(i, 4));
    const std::string word = lowerWordBefore(text, i);
    if (!named && figure >= 1900 && figure <= 2099 && (word == "in" || word == "sinds" || word == "van" || word == "tot" || word == "vanaf" ||
                                                       word == "voor" || word == "na" || word == "eind" || word == "begin")) {
        return i;
    }
    spoken = text.substr(i, 2) + " " + text.substr(i + 2, 2) + " " + text.substr(e + 1, 1) + " " + text.substr(e + 2, 1);
    return e + 3;
}

// "23-12-2023", "5/3/2024": a date in figures, day first, with hyphens as the Netherlands writes it or slashes, said with its
// month's name, "23 december 2023" (eSpeak NG says the figures alone). A year of four figures with hyphens only: "3-2" is a
// score.
std::size_t dutchNumericDateAt(const std::string& text, std::size_t i, std::string& spoken) {
    static const NumericDateStyle kDates{{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                                          "november", "december"},
                                         "", "", ""};
    if (!isAsciiDigit(text[i]) || (i > 0 && (text[i - 1] == '-' || text[i - 1] == '/'))) return i;
    if (const std::size_t end = monthAndYear(text, i, kDates.months, kDates.beforeYear, spoken); end != i) return end;
    std::size_t d = i;
    while (d < text.size() && isAsciiDigit(text[d]) && d - i < 3) ++d;
    std::size_t m = d + 1;
    while (m < text.size() && isAsciiDigit(text[m]) && m - d - 1 < 3) ++m;
    std::size_t y = m + 1;
    while (y < text.size() && isAsciiDigit(text[y]) && y - m - 1 < 5) ++y;
    const char separator = d < text.size() ? text[d] : ' ';
    if ((separator != '-' && separator != '/') || m >= text.size() || text[m] != separator || y - m - 1 != 4) return i;
    std::string slashed = text.substr(0, y);
    slashed[d] = '/';
    slashed[m] = '/';
    if (y < text.size() && (isWordByte(text[y]) || text[y] == '-' || text[y] == '/')) return i;
    return numericDate(slashed, i, kDates, spoken);
}

class Dutch : public LanguageRules {
public:
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override {
        const bool shouted = mostlyCapitals(text);  // a line set all in capitals, whose words are no initialisms
        const std::string said = rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
            // "3 à 4 euro", "tussen 20 à 30 mensen": "à" between two figures is "tot" (eSpeak NG says "a grave").
            if (i >= 2 && text.compare(i, 3, "\xC3\xA0 ") == 0 && text[i - 1] == ' ' && isAsciiDigit(text[i - 2]) && i + 3 < text.size() &&
                isAsciiDigit(text[i + 3])) {
                kind = "range";
                spoken = "tot ";
                return i + 3;
            }
            // "max. 400", "max. 5 kilometer": at most, "maximaal", before a figure ("heet Max." is a name).
            if (text.compare(i, 5, "max. ") == 0 && (i == 0 || !isWordByte(text[i - 1])) && i + 5 < text.size() && isAsciiDigit(text[i + 5])) {
                kind = "abbreviation";
                spoken = "maximaal ";
                return i + 5;
            }
            kind = "date";
            if (const std::size_t dateEnd = dutchNumericDateAt(text, i, spoken); dateEnd != i) return dateEnd;
            // "De gem. bouwtijd", "gem. 4,2 jaar": average, "gemiddelde" or "gemiddeld" (eSpeak NG said "gem"). Before a capital
            // it is a municipality's, "gem. Utrecht": left.
            // (The adjective before a measure's noun after an article, "de gem. bouwtijd", "een gem. huurprijs" ("de gem. raad" is the
            // municipal council's); the adverb before a figure or a preposition and its figure, "gem. 4,2 jaar", "gem. met 8 procent".)
            if (text.compare(i, 5, "gem. ") == 0 && (i == 0 || !isWordByte(text[i - 1])) && i + 5 < text.size()) {
                const std::string next = lowerWordAfter(text, i + 5);
                static constexpr std::string_view kMeasures[] = {"tijd", "prijs", "leeftijd", "inkomen", "waarde", "temperatuur", "duur", "snelheid",
                                                                 "score", "huur", "salaris", "loon", "kosten", "opbrengst", "cijfer", "rente",
                                                                 "uitkering", "aantal", "bedrag", "groei", "verbruik", "omzet", "winst", "stijging"};
                const bool measure = std::any_of(std::begin(kMeasures), std::end(kMeasures), [&](std::string_view m) { return next.ends_with(m); });
                const std::string before = lowerWordBefore(text, i);
                const bool article = before == "de" || before == "het" || before == "een";
                const std::size_t after = i + 5 + next.size();
                const bool figure = isAsciiDigit(text[i + 5]) ||
                                    ((next == "met" || next == "van" || next == "op" || next == "per" || next == "zo'n") && after + 1 < text.size() &&
                                     isAsciiDigit(text[after + 1]));
                if ((article && measure) || figure) {
                    kind = "abbreviation";
                    spoken = article && measure ? "gemiddelde " : "gemiddeld ";
                    return i + 5;
                }
            }
            // "do 26 februari", "ma 3 maart": a weekday's short form before a day and its month (eSpeak NG said "doo").
            static constexpr std::pair<std::string_view, std::string_view> kWeekdays[] = {
                {"ma ", "maandag "}, {"di ", "dinsdag "}, {"wo ", "woensdag "}, {"do ", "donderdag "}, {"vr ", "vrijdag "},
                {"za ", "zaterdag "}};  // (not "zo", the word "so": "het is bijna zo 5 december")
            for (const auto& [shortForm, day] : kWeekdays) {
                if (text.compare(i, 3, shortForm) != 0 || (i > 0 && isWordByte(text[i - 1])) || i + 3 >= text.size() || !isAsciiDigit(text[i + 3])) continue;
                std::size_t d = i + 3;
                while (d < text.size() && isAsciiDigit(text[d])) ++d;
                // ("op vr 16/08": the day and the month in figures after the weekday, "vrijdag 16 augustus".)
                if (d - i - 3 <= 2 && d + 1 < text.size() && text[d] == '/' && isAsciiDigit(text[d + 1])) {
                    std::size_t m = d + 1;
                    while (m < text.size() && isAsciiDigit(text[m])) ++m;
                    const int month = m - d - 1 <= 2 ? std::stoi(text.substr(d + 1, m - d - 1)) : 0;
                    static constexpr std::string_view kMonthNames[] = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
                                                                       "augustus", "september", "oktober", "november", "december"};
                    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
                    const int dayOfMonth = std::stoi(text.substr(i + 3, d - i - 3));
                    if (month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= kDays[month - 1] &&
                        (m >= text.size() || (text[m] != '/' && !isWordByte(text[m])))) {
                        kind = "date";
                        spoken = std::string(day) + std::to_string(dayOfMonth) + " " + std::string(kMonthNames[month - 1]);
                        return m;
                    }
                }
                if (d - i - 3 > 2 || d + 1 >= text.size() || text[d] != ' ') continue;
                static constexpr std::string_view kMonths[] = {"jan", "feb", "maart", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
                if (std::none_of(std::begin(kMonths), std::end(kMonths), [&](std::string_view m) { return text.compare(d + 1, m.size(), m) == 0; })) continue;
                kind = "date";
                spoken = std::string(day);
                return i + 3;
            }
            kind = "money";
            if (const std::size_t amountEnd = signedAmount(text, i, amounts(), spoken); amountEnd != i) return amountEnd;
            // "1.582,29 euro": euros and cents with the word after them, said as with the sign, "1582 euro en 29 cent"
            // (not "komma negenentwintig").
            if (isAsciiDigit(text[i]) && (i == 0 || (!isWordByte(text[i - 1]) && text[i - 1] != ',' && text[i - 1] != '.'))) {
                std::size_t f = i;
                while (f < text.size() && (isAsciiDigit(text[f]) || (text[f] == '.' && f + 3 < text.size() && isAsciiDigit(text[f + 1])))) ++f;
                if (f + 8 <= text.size() && text[f] == ',' && isAsciiDigit(text[f + 1]) && isAsciiDigit(text[f + 2]) &&
                    text.compare(f + 3, 5, " euro") == 0 && (f + 8 == text.size() || !isWordByte(text[f + 8])) &&
                    text.compare(f + 8, 5, " per ") != 0) {  // ("1,08 euro per dollar": a rate, no coins)
                    const std::string signed_ = "\xE2\x82\xAC " + text.substr(i, f + 3 - i);
                    if (signedAmount(signed_, 0, amounts(), spoken) == signed_.size()) return f + 8;
                }
            }
            // "Afl. 14,80", "Afl. 2.500", "Afl. 75,2 miljoen": with its dot too where the figure is money's (cents,
            // thousands, a magnitude); "Afl. 3 van de serie" stays an episode.
            if (text.compare(i, 5, "Afl. ") == 0 && i + 5 < text.size() && isAsciiDigit(text[i + 5])) {
                const std::string rest = "Afl " + text.substr(i + 5, 40);
                std::size_t f = 4;
                while (f < rest.size() && (isAsciiDigit(rest[f]) || ((rest[f] == '.' || rest[f] == ',') && f + 1 < rest.size() && isAsciiDigit(rest[f + 1])))) ++f;
                const std::string figure = rest.substr(4, f - 4);
                const bool money = figure.find('.') != std::string::npos || (figure.find(',') != std::string::npos) ||
                                   rest.compare(f, 8, " miljoen") == 0 || rest.compare(f, 8, " miljard") == 0 || rest.compare(f, 4, " per") == 0;
                if (const std::size_t amountEnd = money ? signedAmount(rest, 0, amounts(), spoken) : 0; amountEnd > 4) return i + 5 + amountEnd - 4;
            }
            // "art. 322 Sr", "Art. 5": a law's article before its number ("street art." ends a sentence as a word).
            kind = "abbreviation";
            if ((text.compare(i, 5, "art. ") == 0 || text.compare(i, 5, "Art. ") == 0) && (i == 0 || !isWordByte(text[i - 1])) && i + 5 < text.size() &&
                isAsciiDigit(text[i + 5])) {
                spoken = text[i] == 'A' ? "Artikel" : "artikel";
                return i + 4;
            }
            kind = "address";
            if (const std::size_t postcodeEnd = postcodeAt(text, i, spoken); postcodeEnd != i) return postcodeEnd;
            kind = "time";
            if (const std::size_t clockEnd = clockAt(text, i, spoken); clockEnd != i) return clockEnd;
            // "de 63e minuut", "de 1ste keer", "21ste": an ordinal in figures, whose letters eSpeak NG says apart ("ee").
            if (isAsciiDigit(text[i]) && (i == 0 || !isWordByte(text[i - 1]))) {
                std::size_t e = i;
                while (e < text.size() && isAsciiDigit(text[e])) ++e;
                for (const char* suffix : {"ste", "de", "e"}) {
                    const std::size_t n = std::strlen(suffix);
                    if (e - i <= 3 && text.compare(e, n, suffix) == 0 && (e + n >= text.size() || !isWordByte(text[e + n]))) {
                        kind = "ordinal";
                        spoken = spell_.say(std::stoi(text.substr(i, e - i)), "%spellout-ordinal");
                        if (!spoken.empty()) return e + n;
                    }
                }
            }
            // "ESPN", "FNV": capitals that make no Dutch word, spelled ("NAVO", "NOS" are said as words).
            kind = "initialism";
            if (!shouted) {
                static const std::unordered_set<std::string> kWords{"NAVO", "NATO", "HAVO", "NAC", "ADO", "VARA", "AVRO", "UEFA", "FIFA"};
                // (A lone "S" is a sound to eSpeak NG's Dutch, "N S C" "en se": its letter's name is written.)
                static const std::unordered_map<char, std::string> kLetters{{'S', "es"}};
                if (const std::size_t end = spelledInitialismAt(text, i, kWords, spoken, kLetters); end != i) return end;
            }
            kind = "ordinal";
            if (const std::size_t regnalEnd = regnalAt(text, i, spell_, spoken); regnalEnd != i) return regnalEnd;
            kind = "unit";
            std::size_t end = spokenAddressAt(text, i, {"punt", "apenstaartje"}, spoken);
            // "20 km", "3 mln euro": a unit or a magnitude after a figure and a space.
            // (A degree sign may follow its figure without the space: "12°C".)
            const bool gluedDegree = degreeSignAfterFigure(text, i) && text[i - 1] != ' ';
            if (end == i && (gluedDegree || (i >= 2 && text[i - 1] == ' ' && isAsciiDigit(text[i - 2])))) {
                for (const auto& [written, said] : kAfterFigure) {
                    // (A lone "l" only before what it measures, "2 l water": "Kamer 12 l" is a room's letter.)
                    if (text.compare(i, written.size(), written) == 0 &&
                        (i + written.size() >= text.size() || !isWordByte(text[i + written.size()])) &&
                        (written != "l" || (i + 2 < text.size() && text[i + 1] == ' ' && std::islower(static_cast<unsigned char>(text[i + 2]))))) {
                        // ("1 °C": one degree, "graad".)
                        // ("1 mnd": one month, "maand".)
                        const bool one = i >= 2 && text[i - 2] == '1' && (i < 3 || !isWordByte(text[i - 3]));
                        spoken = (gluedDegree ? " " : "") + std::string(degreeSignAfterOne(text, i) ? "graad" : one && written == "mnd" ? "maand" : said);
                        end = i + written.size();
                        // ("600 mln. naar personeel": the short form's dot inside the sentence goes with it.)
                        if (end + 2 < text.size() && text[end] == '.' && text[end + 1] == ' ' &&
                            (std::islower(static_cast<unsigned char>(text[end + 2])) || isAsciiDigit(text[end + 2]))) {
                            ++end;
                        }
                        break;
                    }
                }
            }
            return end;
        });
        return withTwoDecimalsSaid(said, log);
    }

private:
    Spellout spell_{"nl"};
};

}  // namespace
}  // namespace dutch

std::unique_ptr<LanguageRules> makeDutchRules() { return std::make_unique<dutch::Dutch>(); }

}  // namespace readcast

// German spoken-form rules. eSpeak NG reads German cardinals, decimals with a comma and the percent sign
// itself. What it gets wrong is what German writes with a dot or a colon: ordinals ("am 22. Januar" is
// "am zweiundzwanzig Januar" to it, with a stop), dates in figures ("1.3.2024": "eins Punkt drei
// Punkt ..."), the time ("18:30 Uhr": "achtzehn Uhr dreißig Uhr") and results ("3:1": "drei eins").
// Also years before 2000 ("1990": "eintausendneunhundertneunzig"), ranges ("10-15": "zehn Strich
// fünfzehn"), cents ("12,99 €": "zwölf Komma neun neun Euro"), units ("km/h": "ka em ha") and
// initialisms it says as words ("ARD": "art", "EU": "eu").

#include <set>
#include <algorithm>
#include <cctype>

#include "text/DigitGroups.hpp"
#include "core/WordSet.hpp"
#include "text/Normalizer.hpp"
#include "text/NumericDate.hpp"
#include "text/RomanNumerals.hpp"
#include "text/RewriteScan.hpp"
#include "text/ShortFormBeforeFigure.hpp"
#include "text/Spellout.hpp"
#include "text/german/GermanFigures.hpp"
#include "text/german/GermanWords.hpp"

#include "core/Ascii.hpp"
#include "core/Text.hpp"

namespace readcast {
namespace german {
namespace {

struct Match {
    std::size_t end = 0;
    std::string spoken;
    const char* kind = "";
};

class German : public LanguageRules {
public:
    German() : spell_("de") {}
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override;
    std::string beforeLexicon(const std::string& text, std::vector<Rewrite>* log) const override;

private:
    bool numberAt(const std::string& text, std::size_t i, Match& m) const;
    bool ordinalAt(const std::string& text, std::size_t i, Match& m) const;
    bool dateInFiguresAt(const std::string& text, std::size_t i, Match& m) const;
    bool yearAt(const std::string& text, std::size_t i, Match& m) const;
    bool regnalNumberAt(const std::string& text, std::size_t i, Match& m) const;
    std::string ordinal(int n, const std::string& rule) const { return spell_.say(n, rule); }
    std::string year(int y) const { return spell_.say(y, "%spellout-numbering-year"); }

    Spellout spell_;
    // The end of the last ordinal said and its rule: "am 12. und 13. März" says both alike.
    mutable std::size_t lastOrdinalEnd_ = std::string::npos;
    mutable std::string lastOrdinalRule_;
};

// The preposition before the weekday a date at `i` stands beside ("am Montag, 6. Juli", "bis Fr., 7. März",
// "am Sa. 3. Mai"), in lower case, where it is one that gives the date its case; otherwise "".
std::string weekdayPreposition(const std::string& text, std::size_t i) {
    const WordBefore before = wordBefore(text, i);
    if (before.sign != ',' && before.sign != '.') return "";
    // ("am Sa. 3. Mai": the short day's dot right before the date, no comma.)
    WordBefore day = before.sign == ',' ? wordBeforeSign(text, i) : before;
    // ("am Di., 14. Oktober": the day written short, its dot before the comma.)
    bool shortDay = false;
    if (day.word.empty() && day.sign == '.' && day.begin > 0) {
        day = wordBefore(text, day.begin - 1);
        const std::string w = lowerGerman(day.word);
        shortDay = w == "mo" || w == "di" || w == "mi" || w == "do" || w == "fr" || w == "sa" || w == "so";
    }
    if (!shortDay && !isWeekday(lowerGerman(day.word))) return "";
    const std::string article = lowerGerman(wordBefore(text, day.begin).word);
    const bool governs = article == "am" || article == "vom" || article == "zum" || article == "bis" || article == "seit" || article == "ab";
    return governs ? article : "";
}

// The article a date at `i` takes in apposition to its weekday after a comma ("am Freitag, 7. März" "dem siebten März";
// after "bis", which takes the accusative, "den"), or "" where it stands apart from one.
std::string appositionArticle(const std::string& text, std::size_t i) {
    if (i < 2 || text.compare(i - 2, 2, ", ") != 0) return "";
    const std::string preposition = weekdayPreposition(text, i);
    return preposition.empty() ? "" : preposition == "bis" ? "den " : "dem ";
}

// The ending an ordinal takes from the words before it, as an ICU rule set: "am/im/zum/dem 3." (-en),
// "die/das 3." (-e), "der 3." (-e, but -en after a preposition or a noun: "in der 12. Minute", "Ende der
// 2. Runde"), none of them before a date ("Montag, 3. Mai": -er). Empty: no word that makes an ordinal
// of a number with a dot.
std::string endingFrom(const std::string& text, std::size_t i, bool date) {
    static const char* const kDative[] = {"am",    "im",    "vom",    "zum",   "zur",    "beim",   "dem",    "den",
                                          "des",   "einem", "einen",  "einer", "eines",  "seinem", "seinen", "seiner",
                                          "seines", "ihrem", "ihren", "ihrer", "ihres",  "diesem", "diesen", "dieses",
                                          "jedem", "jeden", "unserem", "unseren", "unserer"};
    static const char* const kPlain[] = {"die", "das", "ins", "ans", "aufs", "diese", "jede", "seine", "ihre", "unsere"};
    const WordBefore before = wordBefore(text, i);
    const std::string w = lowerGerman(before.word);
    for (const char* d : kDative) {
        if (w == d) return "%spellout-ordinal-n";
    }
    for (const char* d : kPlain) {
        if (w == d) return "%spellout-ordinal";
    }
    if (w == "der") {
        const WordBefore two = wordBefore(text, before.begin);
        const bool afterNoun = !two.word.empty() && capitalAt(two.word, 0) != 0;
        return isPreposition(lowerGerman(two.word)) || afterNoun ? "%spellout-ordinal-n" : "%spellout-ordinal";
    }
    if (!date) return "";
    // "am Montag, 6. Juli": the date stands beside "am Montag", in its case.
    if (!weekdayPreposition(text, i).empty()) return "%spellout-ordinal-n";
    if (before.word.empty() || isWeekday(w)) return "%spellout-ordinal-r";  // "Montag, 3. Mai", "3. Mai:"
    return "%spellout-ordinal-n";                                          // "bis 15. März"
}

// "22. Januar", "im 3. Quartal", "in der 12. und 78. Minute", "22.-24. Mai": a number with a dot that a
// month, a determiner or an ordinal before it makes an ordinal. A number ending a sentence stays.
bool German::ordinalAt(const std::string& text, std::size_t i, Match& m) const {
    const std::size_t d = digitsEnd(text, i);
    if (d - i > 3 || d >= text.size() || text[d] != '.' || (d + 1 < text.size() && isDigit(text[d + 1]))) return false;
    const int n = std::stoi(text.substr(i, d - i));
    if (n == 0) return false;
    std::size_t after = d + 1;
    std::size_t monthLength = 0;
    std::size_t space = after < text.size() && text[after] == ' ' ? after + 1 : after;
    // (A word the lexicon said after it, one private-use character here, is a month written short, "20.
    // Dez.", or a century's "Jh.": a date or a rank either way.)
    const int month = isLexiconPlaceholderAt(text, space) ? 13 : monthAt(text, space, &monthLength);
    // A range of days: "22.-24. Mai", "22. bis 24. Mai".
    const bool dash = text.compare(after, 1, "-") == 0 || text.compare(after, 3, "\xE2\x80\x93") == 0;
    // A minute of added time: "in der 90.+3 Minute", "in der 45.+2." ("neunzigsten plus drei").
    // (The sentence breaker may have set a space before the sign.)
    const std::size_t plusAt = after + 1 < text.size() && text[after] == ' ' ? after + 1 : after;
    const bool plus = plusAt + 1 < text.size() && text[plusAt] == '+' && isDigit(text[plusAt + 1]);
    std::string rule;
    if (lastOrdinalEnd_ != std::string::npos && lastOrdinalEnd_ <= i) {
        const std::string between = text.substr(lastOrdinalEnd_, i - lastOrdinalEnd_);
        if (between.empty() || between == " und " || between == " oder " || between == " bis " || between == ", " || between == "-" ||
            between == "\xE2\x80\x93" || between == " - " || between == " \xE2\x80\x93 ") {
            rule = lastOrdinalRule_;
        }
    }
    if (rule.empty()) rule = endingFrom(text, i, month != 0 || dash);
    if (rule.empty()) {
        // "am 12. und 13. März": an ordinal because another follows, with the ending its own words give.
        std::size_t next = 0;
        const std::string joiner = wordFrom(text, after, &next);
        if ((joiner == "und" || joiner == "oder" || joiner == "bis") && next + 1 < text.size() && isDigit(text[next + 1])) {
            const std::size_t e = digitsEnd(text, next + 1);
            if (e < text.size() && text[e] == '.') rule = endingFrom(text, i, true);
        }
    }
    if (rule.empty()) {
        // "GA 2. Klasse", "Platz 3. Liga": a rank before the noun it is given to, with no article, takes
        // the noun's gender ("zweite Klasse", "zweiter Weltkrieg", "drittes Mal").
        if (const char* ranked = rankedNounOrdinalRule(wordFrom(text, after))) rule = ranked;
    }
    if (rule.empty()) {
        // "sein 9. Saisontor", "ihr 2. Album": after an ein-word without an ending, the noun's gender gives it.
        if (const char* bare = ordinalAfterBareDeterminer(lowerGerman(wordBefore(text, i).word), wordFrom(text, after))) rule = bare;
    }
    // ("in der 12., 54. und 81. Minute": a list of them, parted by commas.)
    const bool listed = text.compare(after, 2, ", ") == 0 && after + 2 < text.size() && isDigit(text[after + 2]) &&
                        digitsEnd(text, after + 2) < text.size() && text[digitsEnd(text, after + 2)] == '.';
    if (rule.empty() || (month == 0 && !dash && !plus && !listed && smallLetterAt(text, space) == 0 && capitalAt(text, space) == 0 &&
                         !(space < text.size() && isDigit(text[space])) && wordFrom(text, after).empty() &&
                         text.compare(after, 1, " ") != 0)) {
        return false;
    }
    if (month == 0 && !dash && !plus && !listed && space == after) return false;  // "3.Liga" is not German typesetting
    m.spoken = ordinal(n, rule);
    if (m.spoken.empty()) return false;
    // ("am Freitag, 7. März": the date in apposition to the day takes its article, "dem siebten März"; after "bis",
    // which takes the accusative, "den siebten".)
    if (month != 0 && rule == "%spellout-ordinal-n") m.spoken = appositionArticle(text, i) + m.spoken;
    m.end = after;
    if (dash) {
        m.spoken += " bis ";
        m.end = after + (text[after] == '-' ? 1 : 3);
    } else if (plus) {
        m.spoken += " plus ";
        m.end = plusAt + 1;
    }
    m.kind = "ordinal";
    lastOrdinalEnd_ = dash ? m.end : d + 1;
    lastOrdinalRule_ = rule;
    return true;
}

// "1.3.2024", "01.03.24", "am 3.5.", "5. 11. 2025": the day as an ordinal, the month by its name, the year as a
// year.
bool German::dateInFiguresAt(const std::string& text, std::size_t i, Match& m) const {
    // "Bauzeit: 09/2026 bis 06/2027": a month and its year.
    static const std::array<std::string_view, 12> kMonthNames{"Januar", "Februar", "M\xC3\xA4rz", "April", "Mai", "Juni", "Juli", "August",
                                                              "September", "Oktober", "November", "Dezember"};
    if (const std::size_t end = monthAndYear(text, i, kMonthNames, "", m.spoken); end != i) {
        m.end = end;
        m.kind = "date";
        return true;
    }
    const std::size_t d = digitsEnd(text, i);
    // (A space after each dot, as some write it, only with the year's four figures after them.)
    const bool spaced = d + 2 < text.size() && text[d] == '.' && text[d + 1] == ' ' && isDigit(text[d + 2]);
    const std::size_t monthStart = spaced ? d + 2 : d + 1;
    if (d - i > 2 || monthStart >= text.size() || text[d] != '.' || !isDigit(text[monthStart])) return false;
    const std::size_t mo = digitsEnd(text, monthStart);
    if (mo - monthStart > 2 || mo >= text.size() || text[mo] != '.') return false;
    const int day = std::stoi(text.substr(i, d - i));
    const int month = std::stoi(text.substr(monthStart, mo - monthStart));
    if (day < 1 || day > 31 || month < 1 || month > 12) return false;
    // (Or without a year where the sentence goes on in small letters after it: "Wer vor dem 31. 12. kauft".)
    const bool goesOn = spaced && mo + 2 < text.size() && text[mo + 1] == ' ' && std::islower(static_cast<unsigned char>(text[mo + 2]));
    const std::size_t yearStart = spaced && !goesOn && mo + 1 < text.size() && text[mo + 1] == ' ' ? mo + 2 : mo + 1;
    if (spaced && !goesOn && (yearStart == mo + 1 || digitsEnd(text, yearStart) - yearStart != 4)) return false;
    const std::size_t y = digitsEnd(text, yearStart);
    int yearNumber = 0;
    if (y - yearStart == 4) {
        yearNumber = std::stoi(text.substr(yearStart, 4));
    } else if (y - mo - 1 == 2) {
        const int two = std::stoi(text.substr(mo + 1, 2));
        yearNumber = two < 50 ? 2000 + two : 1900 + two;
    } else if (y != mo + 1) {
        return false;
    }
    if (y < text.size() && (isWordByte(text[y]) || (text[y] == '.' && y + 1 < text.size() && isDigit(text[y + 1])))) return false;
    // Without a year, "am 3.5." needs the dot after the month and a word before that makes it a date (or
    // a weekday, "Di., 15.10.").
    const WordBefore before = wordBefore(text, i);
    const WordBefore dayWord = before.sign == ',' ? wordBeforeSign(text, i) : before;
    const bool weekday = isWeekday(lowerGerman(dayWord.word)) || (before.sign == ',' && dayWord.sign == '.');
    // (Or a list's date before its colon: "17.10.: Zinsentscheid der EZB".)
    const bool labelled = yearNumber == 0 && mo + 1 < text.size() && text[mo + 1] == ':' && before.word.empty();
    // (Or a date alone in brackets, a note's, with its hour or after the note's name: "Korrektur (16.9., 10.20 Uhr)",
    // "Aktualisiert (3.4.)"; a section's "Abschnitt (3.4.)" is its number.)
    const auto noteBefore = [&] {
        if (i < 2) return false;
        const std::string w = lowerGerman(wordBefore(text, i - 1).word);
        return w == "korrektur" || w == "update" || w == "aktualisierung" || w == "aktualisiert" || w == "nachtrag" || w == "stand" ||
               w == "richtigstellung" || w == "erg\xC3\xA4nzung";
    };
    const bool hourAfter = mo + 3 < text.size() && text.compare(mo + 1, 2, ", ") == 0 && isDigit(text[mo + 3]) &&
                           text.find(" Uhr", mo + 3) < mo + 12;
    const bool bracketed = yearNumber == 0 && i > 0 && text[i - 1] == '(' && mo + 1 < text.size() && (text[mo + 1] == ',' || text[mo + 1] == ')') &&
                           (hourAfter || noteBefore());
    if (yearNumber == 0 && endingFrom(text, i, false).empty() && !isPreposition(lowerGerman(before.word)) && !weekday && !labelled &&
        !bracketed) {
        return false;
    }
    m.spoken = ordinal(day, endingFrom(text, i, true)) + " " + monthName(month);
    // ("am Samstag, 23.11.": the date in apposition to the day takes its article, as a month's name does.)
    m.spoken = appositionArticle(text, i) + m.spoken;
    if (yearNumber != 0) m.spoken += " " + year(yearNumber);
    m.end = yearNumber != 0 ? y : mo + 1;
    m.kind = "date";
    return true;
}

// A year before 2000 as German says years ("neunzehnhundertneunzig", eSpeak NG: "eintausendneun-
// hundertneunzig"), and decades ("1990er" "neunzehnhundertneunziger"). A count stays a count: "1500
// Menschen" is followed by a noun, "im Jahr 1500" and "1989 fiel die Mauer" are years.
bool German::yearAt(const std::string& text, std::size_t i, Match& m) const {
    const std::size_t d = digitsEnd(text, i);
    if (d - i != 4) return false;
    const int y = std::stoi(text.substr(i, 4));
    if (y < 1100 || y > 2099) return false;
    if (d < text.size() && (text[d] == '.' || text[d] == ',') && d + 1 < text.size() && isDigit(text[d + 1])) return false;
    if (text.compare(d, 2, "er") == 0 && (d + 2 >= text.size() || !isWordByte(text[d + 2]))) {
        m.spoken = year(y) + "er";
        m.end = d + 2;
        if (text.compare(m.end, 1, "-") == 0 && capitalAt(text, m.end + 1) != 0) {
            m.spoken += " ";
            m.end += 1;
        }
        m.kind = "decade";
        return true;
    }
    if (y >= 2000) return false;  // eSpeak NG says "zweitausendvier" itself
    if (d < text.size() && isWordByte(text[d])) return false;
    const WordBefore before = wordBefore(text, i);
    const std::string w = lowerGerman(before.word);
    std::size_t monthLength = 0;
    // ("TSV 1860", "Hannover 96": a club named by its founding year after its letters.)
    const bool clubLetters = before.word.size() >= 2 && before.word.size() <= 4 && capitalAt(before.word, 0) != 0 &&
                             capitalAt(before.word, before.word.size() - 1) != 0;
    const bool yearWord = clubLetters || w == "jahr" || w == "jahre" || w == "jahres" || w == "anfang" || w == "ende" || w == "mitte" ||
                          w == "jahrgang" || w == "sommer" || w == "winter" || w == "herbst" || w == "fr\xC3\xBChjahr" ||
                          isPreposition(w) || (!before.word.empty() && monthAt(text, before.begin, &monthLength) != 0) ||
                          before.sign == '(';
    std::size_t space = d;
    while (space < text.size() && text[space] == ' ') ++space;
    const bool nounAfter = space > d && capitalAt(text, space) != 0;
    const bool unitAfter = space < text.size() && (text[space] == '%' || text.compare(space, 3, "\xE2\x82\xAC") == 0 || text[space] == '$');
    if (!yearWord && (nounAfter || unitAfter || (space == d && d < text.size() && text[d] != '.' && text[d] != ',' && text[d] != ')' &&
                                                 text[d] != ';' && text[d] != ':' && text[d] != '-'))) {
        return false;
    }
    if (yearWord && unitAfter) return false;
    m.spoken = year(y);
    m.end = d;
    m.kind = "year";
    return true;
}

// A name rulers bear, which a Roman number after it makes a ruler's.
bool isRulersName(const std::string& word) {
    static constexpr WordSet kNames({"Ludwig", "Friedrich", "Wilhelm", "Karl", "Heinrich", "Otto", "Leopold", "Franz", "Joseph", "Maximilian",
                                     "Elisabeth", "Katharina", "Peter", "Johannes", "Benedikt", "Pius", "Leo", "Gregor", "Paul", "Georg",
                                     "Eduard", "Richard", "Philipp", "Juan", "Felipe", "Carlos", "Charles", "Rudolf", "Albrecht", "Konrad",
                                     "Louis", "Henry", "Elizabeth", "Philippe", "Gustav", "Christian", "Frederik", "Harald", "Olav", "Willem",
                                     "Albert", "Rainier", "Edward", "Iwan", "Alexander", "Nikolaus", "Innozenz", "Clemens", "Urban", "Bonifatius"});
    return kNames.count(word) != 0;
}

// "Ludwig XIV.", "Karl III.": a ruler's number after the name, "Ludwig der Vierzehnte" ("Karl dem
// Dritten" after "von", "mit"...). eSpeak NG says "römisch vierzehn".
bool German::regnalNumberAt(const std::string& text, std::size_t i, Match& m) const {
    std::size_t e = i;
    while (e < text.size() && (text[e] == 'I' || text[e] == 'V' || text[e] == 'X')) ++e;
    if (e == i || e - i > 5 || (e < text.size() && isWordByte(text[e]))) return false;
    const bool dot = e < text.size() && text[e] == '.';
    const WordBefore name = wordBefore(text, i);
    const int value = romanNumeralValue(std::string_view(text).substr(i, e - i));
    if (value < 1 || value > 39) return false;
    // "im VI. Stock", "der III. Bezirk", "zum II. Mal": an ordinal in Roman figures after an article or a
    // preposition, before its noun, declined as one in Arabic figures is ("im sechsten Stock").
    {
        const std::string before = lowerGerman(name.word);
        static constexpr WordSet kBefore({"der", "die", "das", "den", "dem", "des", "im", "am", "zum", "zur", "beim", "vom", "ins",
                                                   "ein", "eine", "einer", "einem", "einen", "eines"});
        if (dot && kBefore.count(before) != 0 && e + 2 < text.size() && text[e + 1] == ' ' && capitalAt(text, e + 2) != 0) {
            const std::string digits = std::to_string(value);
            const std::string figures = text.substr(0, i) + digits + text.substr(e);
            Match arabic;
            if (ordinalAt(figures, i, arabic) && arabic.end > i + digits.size()) {
                m.spoken = arabic.spoken;
                m.end = arabic.end - digits.size() + (e - i);
                m.kind = "ordinal";
                return true;
            }
        }
        // (An article or a preposition is no ruler's name.)
        if (kBefore.count(before) != 0) return false;
    }
    // "SGB III", "SGB XII": a code's book after its initials is counted ("S G B drei"); one letter, "OS X", names a product.
    if (!dot && e - i >= 2 && name.word.size() >= 2 && name.word.size() <= 5 &&
        std::all_of(name.word.begin(), name.word.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; })) {
        m.spoken = std::to_string(value);
        m.end = e;
        m.kind = "number";
        return true;
    }
    if (name.word.size() < 3 || capitalAt(name.word, 0) == 0 || capitalAt(name.word, 1) != 0) return false;
    // German writes a ruler's number with its dot; without it, a ruler is known by a title before the name
    // ("Papst Leo XIV besuchte") or a name rulers bear, and anything else numbered so is counted: "Teil II",
    // "Bauabschnitt II" ("zwei", where eSpeak NG says "römisch zwei").
    // (A dot that ends the text ends the sentence, and may be no ruler's: "das Kohlekraftwerk Block II." is counted.)
    const bool lastDot = dot && e + 1 >= text.size();
    if (!dot || lastDot) {
        const std::string title = lowerGerman(wordBefore(text, name.begin).word);
        bool ruler = false;
        for (const char* t : {"papst", "k\xC3\xB6nig", "k\xC3\xB6nigin", "kaiser", "kaiserin", "zar", "zarin", "prinz", "prinzessin",
                              "herzog", "herzogin", "graf", "gr\xC3\xA4" "fin", "f\xC3\xBCrst", "kurf\xC3\xBCrst", "sultan", "pharao", "queen",
                              "king", "k\xC3\xB6nigs", "papstes", "kaisers"}) {
            ruler = ruler || title == t;
        }
        // ("die Politik Friedrichs II.", "das Schloss Ludwigs XIV.": the name in the genitive too.)
        ruler = ruler || isRulersName(name.word) || (name.word.back() == 's' && isRulersName(name.word.substr(0, name.word.size() - 1)));
        if (!ruler) {
            if (e - i < 2) return false;
            m.spoken = std::to_string(value);
            m.end = e;
            m.kind = "number";
            return true;
        }
    }
    // The case the name is in: the word before it and its titles ("mit Papst Benedikt XVI.").
    WordBefore beforeName = wordBefore(text, name.begin);
    for (int titles = 0; titles < 3 && !beforeName.word.empty() && capitalAt(beforeName.word, 0) != 0 && beforeName.begin > 0; ++titles) {
        beforeName = wordBefore(text, beforeName.begin);
    }
    const std::string p = lowerGerman(beforeName.word);
    const bool accusative = p == "f\xC3\xBCr" || p == "gegen" || p == "durch" || p == "ohne" || p == "um";
    const bool dative = !accusative && isPreposition(p);
    // ("Ludwigs XIV.": the genitive, "Ludwigs des Vierzehnten".)
    const bool genitive = name.word.size() > 3 && name.word.back() == 's' && isRulersName(name.word.substr(0, name.word.size() - 1));
    std::string words = ordinal(value, dative || accusative || genitive ? "%spellout-ordinal-n" : "%spellout-ordinal");
    if (words.empty()) return false;
    if (std::islower(static_cast<unsigned char>(words[0]))) words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0])));
    m.spoken = std::string(genitive ? "des " : accusative ? "den " : dative ? "dem " : "der ") + words;
    m.end = e;
    // The dot is the ordinal's when the sentence goes on: "Ludwig XIV. regierte".
    if (dot && (smallLetterAt(text, e + 2) != 0 || text.compare(e + 1, 1, ",") == 0) && text.compare(e + 1, 1, " ") == 0) m.end = e + 1;
    m.kind = "ordinal";
    return true;
}

// The rules that start at a digit, in order.
bool German::numberAt(const std::string& text, std::size_t i, Match& m) const {
    if (dateInFiguresAt(text, i, m) || clockTimeAt(text, i, m.end, m.spoken) || resultAt(text, i, m.end, m.spoken) ||
        fractionAt(text, i, m.end, m.spoken) || digitsSaidOneByOneAt(text, i, m.end, m.spoken)) {
        if (m.kind[0] == '\0') m.kind = "number";
        return true;
    }
    if (ordinalAt(text, i, m) || amountAt(text, i, m.end, m.spoken) || measureAt(text, i, m.end, m.spoken)) {
        if (m.kind[0] == '\0') m.kind = "number";
        return true;
    }
    if (rangeAt(text, i, m.end, m.spoken)) {
        // "1914-1918", "1939–45": years (the second is read after "bis", as a year).
        const std::size_t first = digitsEnd(text, i);
        const std::size_t second = digitsEnd(text, m.end);
        const int from = first - i == 4 ? std::stoi(text.substr(i, 4)) : 0;
        if (from >= 1100 && from < 2000 && (second - m.end == 4 || second - m.end == 2)) m.spoken = year(from) + " bis ";
        m.kind = "range";
        return true;
    }
    return yearAt(text, i, m);
}

namespace {

// "Kröger (12.)", "Kane (45.+2)": a goal's minute in brackets after its scorer, as German match reports
// write it, is "zwölfte Minute" (the ordinal rules read it then); in a sentence about a match only.
std::string withMatchMinutes(const std::string& text) {
    if (text.find("(") == std::string::npos) return text;
    const std::string lower = lowerUtf8(text);
    bool match = false;
    // (Words of a goal's scoring; a table's words, "Mainz (8.) lag hinter Freiburg (5.)", name places.)
    for (const char* w : {"traf", "treffer", "tor ", "tore ", "tor,", "tor.", "tore:", "erzielte", "k\xC3\xB6pfte", "schoss", "elfmeter", "ausgleich",
                          "eigentor", "verwandelte", "f\xC3\xBChrung", "erh\xC3\xB6hte", "verk\xC3\xBCrzte", "netzte", "vollendete",
                          "markierte"}) {
        match = match || lower.find(w) != std::string::npos;
    }
    // (Or a score the goal made: "erhöhte Ritsu Dōan (52.) … auf 2:0".)
    for (std::size_t k = 1; k + 1 < text.size() && !match; ++k) {
        match = text[k] == ':' && isDigit(text[k - 1]) && isDigit(text[k + 1]) && (k < 2 || !isDigit(text[k - 2])) &&
                (k + 2 >= text.size() || !isDigit(text[k + 2]));
    }
    // (These as words of their own, "glich … aus", "die Rote Karte", not inside "möglich", "lediglich", "Landkarte".)
    const std::string spaced = " " + lower;
    for (const char* w : {" glich ", " karte", "-karte", " pfosten", " latte ", " eingewechselt", " ausgewechselt"}) {
        match = match || spaced.find(w) != std::string::npos;
    }
    for (const char* w : {"platz", "tabelle", "rang", "lag ", "liegt", "hinter", "punkte"}) {
        match = match && lower.find(w) == std::string::npos;
    }
    if (!match) return text;
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        out += text[i];
        if (text[i] != '(') continue;
        // The minutes in the bracket, parted by commas: "(12., 67./Foulelfmeter)", "(45. +2)".
        std::string said;
        std::size_t at = i + 1;
        bool whole = false;
        while (at < text.size()) {
            std::size_t e = at;
            while (e < text.size() && isDigit(text[e])) ++e;
            if (e == at || e - at > 3 || e >= text.size() || text[e] != '.' || std::stoi(text.substr(at, e - at)) > 130) break;
            std::string item = text.substr(at, e + 1 - at) + " Minute";
            std::size_t next = e + 1;
            // ("(45.+2)", "(45. +2)": the added time after it, "plus 2".)
            const std::size_t plus = next < text.size() && text[next] == ' ' ? next + 1 : next;
            if (plus < text.size() && text[plus] == '+') {
                std::size_t f = plus + 1;
                while (f < text.size() && isDigit(text[f])) ++f;
                if (f == plus + 1) break;
                item += " plus " + text.substr(plus + 1, f - plus - 1);
                next = f;
            }
            // ("67./Foulelfmeter": how the goal was scored, after a comma.)
            if (next < text.size() && text[next] == '/') {
                std::size_t f = next + 1;
                while (f < text.size() && (std::isalpha(static_cast<unsigned char>(text[f])) || static_cast<unsigned char>(text[f]) >= 0x80)) ++f;
                if (f == next + 1) break;
                item += ", " + text.substr(next + 1, f - next - 1);
                next = f;
            }
            said += (said.empty() ? "" : ", ") + item;
            if (next < text.size() && text[next] == ')') {
                whole = true;
                at = next;
                break;
            }
            if (text.compare(next, 2, ", ") != 0) break;
            at = next + 2;
        }
        if (!whole) continue;
        out += said;
        i = at - 1;
    }
    return out;
}

}  // namespace

namespace {

// The word of ASCII letters before `at`, over the spaces before it, as written ("Jahr", "mit"; "" after a sign).
std::string asciiWordBefore(const std::string& text, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
    return text.substr(start, end - start);
}

// "1 Prozent", "1 Million": a lone one before a measure's or a count's noun is the article's "ein" or "eine",
// by the noun's gender (eSpeak NG says "eins Prozent").
bool oneBeforeUnitAt(const std::string& text, std::size_t i, Match& m) {
    if (text[i] != '1' || i + 2 >= text.size() || text[i + 1] != ' ' || (i > 0 && (text[i - 1] == ',' || text[i - 1] == '.'))) return false;
    std::size_t w = i + 2;
    while (w < text.size() && (std::isalpha(static_cast<unsigned char>(text[w])) || static_cast<unsigned char>(text[w]) >= 0x80)) ++w;
    const std::string noun = text.substr(i + 2, w - i - 2);
    static const char* const kMasculineOrNeuter[] = {"Prozent", "Prozentpunkt", "Grad", "Meter", "Kilometer", "Zentimeter", "Millimeter",
                                                     "Kilogramm", "Gramm", "Liter", "Jahr", "Monat", "Tag", "Quartal", "Punkt", "Cent",
                                                     "Mal", "Prozentpunkte"};
    static const char* const kFeminine[] = {"Million", "Milliarde", "Billion", "Stunde", "Minute", "Sekunde", "Woche", "Tonne"};
    const auto in = [&](const auto& list) { return std::any_of(std::begin(list), std::end(list), [&](const char* n) { return noun == n; }); };
    if (!in(kMasculineOrNeuter) && !in(kFeminine)) return false;
    // (After a preposition that takes the dative, its ending: "mit 1 Sekunde" "mit einer Sekunde", "seit 1 Jahr" "seit einem Jahr".)
    const std::string before = asciiWordBefore(text, i);
    const bool dative = before == "mit" || before == "von" || before == "zu" || before == "bei" || before == "nach" || before == "aus" ||
                        before == "seit" || before == "vor";
    m.end = i + 1;
    m.spoken = in(kFeminine) ? (dative ? "einer" : "eine") : (dative ? "einem" : "ein");
    m.kind = "number";
    return true;
}

}  // namespace

std::string German::apply(const std::string& written, std::vector<Rewrite>* log) const {
    // "2'400 Meter", Swiss German; a goal's minute in brackets.
    const std::string text = withMatchMinutes(withoutApostropheGroups(written, "."));
    lastOrdinalEnd_ = std::string::npos;
    const bool shouting = isShouting(text);
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    std::size_t i = 0;
    while (i < text.size()) {
        // (Digits after a number's point or comma are its groups or decimals: "85.000", "2,50".)
        const bool insideNumber = i >= 2 && (text[i - 1] == '.' || text[i - 1] == ',') && isDigit(text[i - 2]) && isDigit(text[i]);
        // (After an en dash too, a sign beyond ASCII: "vom 15.–17. Juni".)
        const bool afterDash = i >= 3 && text.compare(i - 3, 3, "\xE2\x80\x93") == 0;
        const bool boundary = (i == 0 || !isWordByte(text[i - 1]) || afterDash) && !insideNumber;
        Match m;
        bool found = false;
        // "–12 °C", "−3,5 Prozent": a minus set as a dash or as the sign itself, which eSpeak NG passes over;
        // as a hyphen it says "minus".
        if (boundary && i + 3 < text.size() && (text.compare(i, 3, "\xE2\x80\x93") == 0 || text.compare(i, 3, "\xE2\x88\x92") == 0) &&
            isDigit(text[i + 3])) {
            out += '-';
            if (Match number; numberAt(text, i + 3, number)) {
                if (log != nullptr) log->push_back({text.substr(i, number.end - i), "-" + number.spoken, number.kind});
                out += number.spoken;
                i = number.end;
            } else {
                i += 3;
            }
            continue;
        }
        // "§ 224 StGB", "§§ 242, 243": the sign of a law's section, which eSpeak NG passes over, "Paragraf".
        if (text.compare(i, 2, "\xC2\xA7") == 0) {
            const bool several = text.compare(i + 2, 2, "\xC2\xA7") == 0;
            const std::string spoken = several ? "Paragrafen" : "Paragraf";
            if (log != nullptr) log->push_back({text.substr(i, several ? 4 : 2), spoken, "symbol"});
            out += spoken;
            i += several ? 4 : 2;
            if (i < text.size() && text[i] != ' ') out += ' ';
            continue;
        }
        if (boundary && (isDigit(text[i]) || text[i] == 'F' || text[i] == 'S' || text[i] == 'C') && swissFrancsAt(text, i, m.end, m.spoken)) {
            found = true;
            m.kind = "money";
        } else if (boundary && isDigit(text[i])) {
            found = oneBeforeUnitAt(text, i, m) || numberAt(text, i, m);
        } else if (boundary && capitalAt(text, i) != 0) {
            // ("US$ 40", "N$ 58": a currency's letters before its sign.)
            if (currencyFirstAt(text, i, m.end, m.spoken)) {
                found = true;
                m.kind = "money";
            }
            found = found || regnalNumberAt(text, i, m) || weekdaySpanAt(text, i, m.end, m.spoken) || shortWordAt(text, i, m.end, m.spoken) ||
                    (!shouting && initialismAt(text, i, m.end, m.spoken));
            if (found && m.kind[0] == '\0') m.kind = "initialism";
        } else if (boundary) {
            found = currencyFirstAt(text, i, m.end, m.spoken);
            if (found) m.kind = "money";
        }
        // "bei km 214": a road's kilometre post, "Kilometer 214"; "auf S. 12", a page, "Seite 12".
        if (!found && boundary) {
            std::string post;
            // (A page only where it is looked up, "auf S. 12", "(S. 12 ff.)", "vgl. S. 3": "Thomas S. 2021" is a name, "Abs. 2, S. 3"
            // a sentence of a law.)
            const std::string before = lowerWordBefore(text, i);
            const bool page = before == "auf" || before == "siehe" || before == "ab" || (i >= 5 && text.compare(i - 5, 5, "vgl. ") == 0) ||
                              (i > 0 && text[i - 1] == '(');
            // (Capitalized too, as a police report writes the post: "bei Km 612,4".)
            if (const std::size_t end = page ? shortFormBeforeFigure(text, i, {{"km ", "Kilometer "}, {"Km ", "Kilometer "}, {"S. ", "Seite "}}, post)
                                             : shortFormBeforeFigure(text, i, {{"km ", "Kilometer "}, {"Km ", "Kilometer "}}, post);
                end != i) {
                found = true;
                m.end = end;
                m.spoken = post;
                m.kind = "abbreviation";
            }
        }
        if (!found && boundary && std::islower(static_cast<unsigned char>(text[i])) && webAddressAt(text, i, m.end, m.spoken)) {
            found = true;
            m.kind = "url";
        }
        if (!found && (text[i] == 'p' || text[i] == 'c' || text[i] == '\xE2') && perUnitAt(text, i, m.end, m.spoken) &&
            (boundary || text[i] == '\xE2')) {
            found = true;
            m.kind = "unit";
        }
        // "5 €)", "16 J.": the euro sign and the years written short after a figure, which eSpeak NG passes over before a
        // bracket and spells ("Jot"), said as their words.
        if (!found && i >= 2 && text[i - 1] == ' ' && isDigit(text[i - 2])) {
            if (text.compare(i, 3, "\xE2\x82\xAC") == 0 && (i + 3 >= text.size() || !isWordByte(text[i + 3]))) {
                found = true;
                m.end = i + 3;
                m.spoken = "Euro";
                m.kind = "money";
            } else if (text.compare(i, 2, "J.") == 0 && (i + 2 >= text.size() || !isWordByte(text[i + 2]))) {
                found = true;
                m.end = i + 2;
                // (In the dative after its preposition: "mit 12 J." "mit zwölf Jahren".)
                std::size_t figure = i - 1;
                while (figure > 0 && isDigit(text[figure - 1])) --figure;
                const std::string before = asciiWordBefore(text, figure > 0 ? figure - 1 : 0);
                const bool dative = before == "mit" || before == "von" || before == "seit" || before == "nach" || before == "vor" || before == "Mit";
                m.spoken = dative ? "Jahren" : "Jahre";
                m.kind = "abbreviation";
            }
        }
        if (!found) {
            out += text[i++];
            continue;
        }
        if (log != nullptr) log->push_back({text.substr(i, m.end - i), m.spoken, m.kind});
        out += m.spoken;
        i = m.end;
    }
    return out;
}

// A word at `at` that opens German sentences and names nothing: an article, a pronoun, a preposition or a conjunction
// ("Die", "Er", "Im", "Auch"); a capitalized noun ("Beiträge", "Franken") goes on the sentence before it.
static bool opensGermanSentence(const std::string& text, std::size_t at) {
    static constexpr WordSet kOpeners({
        "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Es", "Er", "Sie", "Wir", "Ich", "Man", "Im", "In", "Am",
        "An", "Auf", "Bei", "Mit", "Nach", "F\xC3\xBCr", "Von", "Vom", "Zum", "Zur", "Auch", "Aber", "Und", "Doch", "Dies", "Diese",
        "Dieser", "Dieses", "So", "Wie", "Was", "Wer", "Wenn", "Als", "Laut", "Zudem", "Damit", "Dabei", "Trotzdem", "Nun", "Jetzt",
        "Dann", "Bis", "Seit", "Ab", "Um", "Insgesamt", "Allerdings", "Deshalb", "Daher"});
    std::size_t end = at;
    while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) || static_cast<unsigned char>(text[end]) >= 0x80)) ++end;
    return kOpeners.count(std::string_view(text).substr(at, end - at)) != 0;
}

// Before the lexicon says "Fr." as "Frau": after millions it is the Swiss franc ("5 Mrd. Fr."); one million is
// "eine Million", not the lexicon's plural.
// And a count of four figures before what it counts, "1225 Franken", "1480 Einwohner", is grouped as
// German groups it ("1.225"): eSpeak NG says four figures from 1100 on as a year ("zwölfhundert…").
std::string German::beforeLexicon(const std::string& text, std::vector<Rewrite>* log) const {
    if (text.find_first_of("0123456789") == std::string::npos) return text;
    return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
        if (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]))) return i;
        // (A race's time before the lexicon says its "Min.".)
        if (std::size_t end = i; raceTimeAt(text, i, end, spoken)) {
            kind = "time";
            return end;
        }
        // ("in der 58. Min.": the one minute an ordinal names, "Minute", where the lexicon says "Minuten"; the dot that
        // also ends the sentence stays.)
        if (const std::size_t d = digitsEnd(text, i); d > i && d - i <= 3 && text.compare(d, 6, ". Min.") == 0 &&
                                                      (d + 6 >= text.size() || !isWordByte(text[d + 6]))) {
            kind = "abbreviation";
            spoken = text.substr(i, d - i) + ". Minute";
            return d + 6 < text.size() ? d + 6 : d + 5;
        }
        if (text.compare(i, 3, "Fr.") == 0 && i >= 2 && text[i - 1] == ' ') {
            std::size_t k = i - 1;
            while (k > 0 && text[k - 1] != ' ') --k;
            const std::string before = text.substr(k, i - 1 - k);
            // (After a figure the Swiss price rule reads it, "28.20 Fr.".)
            // (Swiss papers write a billion "Mia.".)
            if (before != "Mio." && before != "Mrd." && before != "Mia." && before != "Millionen" && before != "Milliarden") return i;
            kind = "money";
            spoken = "Franken";
            // (Its dot ends the sentence when nothing follows it, or a word that opens German sentences and names nothing:
            // "118 Mio. Fr. Die Kantone …"; a noun goes on, capitalized as German writes every noun, "118 Mio. Fr. Beiträge".)
            const std::size_t next = text.find_first_not_of(' ', i + 3);
            return i + (next == std::string::npos || opensGermanSentence(text, next) ? 2 : 3);
        }
        // "1,2 Mia.": the Swiss short form of a billion, with its dot, after a figure only ("sagte Mia." is a name).
        if (i >= 2 && text[i - 1] == ' ' && isDigit(text[i - 2]) && text.compare(i, 4, "Mia.") == 0) {
            kind = "number";
            spoken = "Milliarden";
            // (Its dot ends the sentence when nothing follows, or a word that opens German sentences: "3 Mia. Franken" goes on.)
            const std::size_t next = text.find_first_not_of(' ', i + 4);
            return i + (next == std::string::npos || opensGermanSentence(text, next) ? 3 : 4);
        }
        // "800 Mrd Euro", "590 Mio Euro": millions written without their dot (as Reuters does) after a figure only ("Mio
        // Backhaus" is a goalkeeper).
        if (i >= 2 && text[i - 1] == ' ' && isDigit(text[i - 2])) {
            for (const auto& [written, plural] : {std::pair<std::string_view, const char*>{"Mio", "Millionen"}, {"Mrd", "Milliarden"}}) {
                const std::size_t end = i + written.size();
                if (text.compare(i, written.size(), written) != 0 || (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) || text[end] == '.'))) continue;
                kind = "number";
                spoken = plural;
                return end;
            }
        }
        // "1 Mio. Euro", "1 Mrd": one million, "eine Million" (the lexicon's plural is for the other figures).
        if (text.compare(i, 2, "1 ") == 0 && (i == 0 || (text[i - 1] != ',' && text[i - 1] != '.'))) {
            for (const auto& [written, single] : {std::pair<std::string_view, const char*>{"Mio.", "eine Million"}, {"Mio", "eine Million"},
                                                  {"Mrd.", "eine Milliarde"}, {"Mrd", "eine Milliarde"}}) {
                const std::size_t end = i + 2 + written.size();
                if (text.compare(i + 2, written.size(), written) != 0 || (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end])))) continue;
                kind = "number";
                spoken = single;
                // (After a preposition that takes the dative, "von 1 Mrd. Euro", "mit 1 Mio Besuchern": "einer".)
                if (const std::string before = asciiWordBefore(text, i);
                    before == "von" || before == "mit" || before == "zu" || before == "bei" || before == "nach" || before == "aus" || before == "seit") {
                    spoken = std::string("einer") + (single + 4);
                }
                // (Its dot ends the sentence when nothing follows it.)
                return written.back() == '.' && text.find_first_not_of(' ', end) == std::string::npos ? end - 1 : end;
            }
        }
        std::size_t e = i;
        while (e < text.size() && std::isdigit(static_cast<unsigned char>(text[e]))) ++e;
        // (From 1100 to 1899: a figure from 1900 on is as likely the year, "Als 1945 Menschen flohen".)
        if (e - i != 4 || text[i] != '1' || text[i + 1] == '9' || (i > 0 && (text[i - 1] == '.' || text[i - 1] == ',')) || e + 1 >= text.size() ||
            text[e] != ' ') {
            return i;
        }
        // (Not a year named as one: "im Jahr 1480", "seit 1225".)
        const std::string before = asciiWordBefore(text, i);
        if (before == "Jahr" || before == "Jahre" || before == "Jahres" || before == "im" || before == "seit" || before == "anno" ||
            before == "Anno") {
            return i;
        }
        std::size_t w = e + 1;
        while (w < text.size() && std::isalpha(static_cast<unsigned char>(text[w]))) ++w;
        static const char* const kCounted[] = {"Franken", "Euro", "Dollar", "Pfund", "Kronen", "Menschen", "Personen", "Einwohner",
                                               "Einwohnerinnen", "Mitglieder", "Stimmen", "Meter", "Kilometer", "Tonnen", "Liter",
                                               "Wohnungen", "Mitarbeitende", "Mitarbeiter", "Besucher", "Zuschauer", "Teilnehmer",
                                               "Stellen", "Arbeitspl\xC3\xA4tze", "F\xC3\xA4lle", "Betten", "Sch\xC3\xBCler",
                                               "Studierende", "Unterschriften", "Haushalte", "Fahrzeuge", "Kilogramm", "Gramm"};
        const std::string noun = text.substr(e + 1, w - e - 1);
        if (std::none_of(std::begin(kCounted), std::end(kCounted), [&](const char* c) { return noun == c; })) return i;
        spoken = text.substr(i, 1) + "." + text.substr(i + 1, 3);
        return e;
    });
}

}  // namespace
}  // namespace german

std::unique_ptr<LanguageRules> makeGermanRules() { return std::make_unique<german::German>(); }

}  // namespace readcast

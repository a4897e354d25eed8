// Numbers of every other kind: ordinals, fractions, ranges and scores, measures, magnitudes,
// phone numbers, and plain quantities (with years told apart by their context).

#include <algorithm>
#include <cstring>
#include <unordered_set>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "text/NumberWords.hpp"
#include "text/english/NumberReading.hpp"
#include "core/Months.hpp"
#include "text/english/Rules.hpp"
#include "text/english/Tables.hpp"

namespace readcast::english {

std::optional<Match> designationRule(const Tokens& t, std::size_t i) {
    // "asteroid 2024 PT5", "2023 BU", "2024 YR4": a minor planet's provisional name, its year and its letters (and number),
    // in a sentence about the sky: said as written, "twenty twenty-four P T five" (no Pacific time, no bushels).
    if (!isKind(t, i, Kind::Number) || t[i].text.size() != 4 || !digitsOnly(t[i].text) || toInt(t[i].text) < 1990 || toInt(t[i].text) > 2099 ||
        !isKind(t, i + 1, Kind::Space) || !isKind(t, i + 2, Kind::Word) || t[i + 2].text.size() > 2 || !isUpperWord(t[i + 2].text) ||
        isKind(t, i + 3, Kind::Word) ||
        !anyWordIn(t, {"asteroid", "asteroids", "comet", "comets", "mini-moon", "minimoon", "neo", "meteor", "object", "orbit", "planetoid",
                       "space", "telescope", "astronomers", "nasa", "esa", "earth", "moon"})) {
        return std::nullopt;
    }
    std::string spoken = yearSpoken(t[i].text) + " " + spell(t[i + 2].text, false);
    std::size_t end = i + 3;
    if (isKind(t, end, Kind::Number) && digitsOnly(t[end].text) && t[end].text.size() <= 3) {
        spoken += " " + wholeWords(t[end].text);
        ++end;
    }
    return Match{end - i, spoken, "code"};
}

std::optional<Match> provisionLetterRule(const Tokens& t, std::size_t j) {
    // "section 4A", "Form 4A", "Platform 2A": a letter glued to its number, which eSpeak NG says "uh" when it stands alone
    // after the number's words ("four A"); any capital so, "section 18C", "Form 10F", never a temperature there.
    if (!isKind(t, j, Kind::Number)) return std::nullopt;
    const std::string& text = t[j].text;
    if (digitsOnly(text) && text.size() <= 4 && isKind(t, j + 1, Kind::Word) && t[j + 1].text.size() == 1 &&
        std::isupper(static_cast<unsigned char>(t[j + 1].text[0])) && !isKind(t, j + 2, Kind::Number) &&
        !isSym(t, j + 2, "'") && !isSym(t, j + 2, "-") && j >= 2 && isKind(t, j - 1, Kind::Space) &&
        // (After what names a part or a place by its number: "a 13A plug" is amps, "It was 18C" a temperature.)
        isWordIn(t, j - 2, {"s", "section", "sections", "subsection", "form", "forms", "platform", "platforms", "article", "rule", "part", "schedule",
                            "clause", "paragraph", "gate", "bay", "flat", "unit", "apartment", "apt", "room", "level", "floor", "block", "ward",
                            "question", "chapter", "grade", "route", "highway", "exit", "terminal", "stand", "pier", "berth", "lot", "plot",
                            "house", "no", "number", "class", "division", "group", "pool", "zone", "stage", "phase", "step", "table", "figure"})) {
        return Match{2, wholeWords(text) + " " + (t[j + 1].text == "A" ? std::string("eh") : t[j + 1].text), "number"};
    }
    return std::nullopt;
}

std::optional<Match> courtOrdinalRule(const Tokens& t, std::size_t i) {
    // "(2d Cir. 2025)", "the 3d Cir.": a federal court of appeals' ordinal as American citations write it, "d" for "nd" and
    // "rd"; said "Second Circuit".
    if (!isKind(t, i, Kind::Number) || (t[i].text != "2" && t[i].text != "3") || !isWordIn(t, i + 1, {"d"}) || !isKind(t, i + 2, Kind::Space) ||
        !isWordIn(t, i + 3, {"cir", "circuit"})) {
        return std::nullopt;
    }
    // (Its dot goes, but where it ends the text: "Cir." never ends a sentence, see SentenceSplitter.)
    const std::size_t end = isSym(t, i + 4, ".") && i + 5 < t.size() ? i + 5 : i + 4;
    return Match{end - i, std::string(t[i].text == "2" ? "Second" : "Third") + " Circuit", "ordinal"};
}

std::optional<Match> ordinalRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || !isKind(t, i + 1, Kind::Word)) return std::nullopt;
    const std::string suffix = lowerAscii(t[i + 1].text);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
    const Num n = parseNumber(t[i].text);
    // ("in the 38.4th over": a cricket ball's place in its over given an ordinal's ending, said as the decimal it is; eSpeak NG
    // said "tee aitch".)
    if (n.valid && !n.fraction.empty() && n.whole.size() <= 3 && n.fraction.size() == 1 && suffix == "th" && !isKind(t, i + 2, Kind::Word)) {
        return Match{2, numberWords(n), "number"};
    }
    if (!n.valid || !n.fraction.empty() || n.whole.size() > 15) return std::nullopt;
    // "lost 3st", "11st 4lb": an "st" after a number no ordinal of which ends so is stones, a British weight.
    const std::string& w = n.whole;
    const bool firstLike = w.back() == '1' && !(w.size() >= 2 && w[w.size() - 2] == '1');
    if (suffix == "st" && t[i + 1].text == "st" && !firstLike && w.size() <= 2) {
        return Match{2, wholeWords(w) + (w == "1" ? " stone" : " stone"), "unit"};
    }
    // "in the 93rd min.", "the 45th min": a match's minute, abbreviated as reports write it.
    const std::size_t u = skip(t, i + 2);
    if (u == i + 3 && isKind(t, u, Kind::Word) && (t[u].text == "min" || t[u].text == "mins") && !isKind(t, u + 1, Kind::Word)) {
        std::size_t end = u + 1;
        // (Its dot, unless the dot also ends the sentence: then it stays for the sentence.)
        const bool sentenceEnds = isKind(t, end + 1, Kind::Space) && isKind(t, end + 2, Kind::Word) && isCapitalized(t[end + 2].text);
        if (isSym(t, end, ".") && end + 1 < t.size() && !sentenceEnds) ++end;
        return Match{end - i, ordinalWords(toUnsigned(n.whole)) + " minute", "ordinal"};
    }
    return Match{2, ordinalWords(toUnsigned(n.whole)), "ordinal"};
}

namespace {

// After a fraction: "3/4ths", "1/3rd" (the suffix repeats the denominator), then a unit it measures
// ("2 1/4 tsp" -> "teaspoons"; "3/4 mile" -> "of a mile").
std::string fractionTail(const Tokens& t, std::size_t& end, bool mixed, bool spelledUnits = false) {
    if (isKind(t, end, Kind::Word) && isWordIn(t, end, {"ths", "th", "rd", "rds", "nd", "nds"})) ++end;
    const std::size_t u = skip(t, end);
    if (!isKind(t, u, Kind::Word) || t[u].text.size() < 2) return "";
    const auto* unit = findUnit(t[u].text);
    // A unit written out: "3/4 inch", "1/2 mile" (after an article it describes a noun: "a 5/8 inch bit").
    if (unit == nullptr && spelledUnits) {
        const std::string word = lowerAscii(t[u].text);
        for (const auto& entry : units()) {
            if (entry.second.one == word || entry.second.many == word) {
                unit = &entry;
                break;
            }
        }
    }
    // "in" is the preposition unless it has its dot ("3/4 in. thick"); "inch" and "inches" are the unit.
    const bool preposition = lowerAscii(t[u].text) == "in" && !isSym(t, u + 1, ".");
    if (unit == nullptr || preposition || unit->first == "sq") return "";
    end = u + 1;
    if (isSym(t, end, ".") && end + 1 < t.size()) ++end;
    const std::string one = unit->second.one;
    const bool vowel = !one.empty() && (std::string("aeiou").find(one[0]) != std::string::npos || one.rfind("hour", 0) == 0);
    return mixed ? " " + std::string(unit->second.many) : (vowel ? " of an " : " of a ") + one;
}

// "a 1/2 mile", "1/4-inch", "½ a point": one part said without its own article ("a half mile",
// "quarter-inch", "half a point"), since an article is already there or the fraction is an adjective.
std::string bareFraction(const Tokens& t, std::size_t i, std::size_t end, unsigned num, unsigned den) {
    const std::string spoken = fractionWords(num, den);
    if (num != 1) return spoken;
    // "a half mile", "a quarter share", "the half teaspoon", but "a one-third stake".
    const bool articleBefore = isWordIn(t, i >= 2 && isKind(t, i - 1, Kind::Space) ? i - 2 : t.size(), {"a", "an", "the"});
    const bool articleAfter = isKind(t, end, Kind::Space) && isWordIn(t, end + 1, {"a", "an"});
    const bool adjective = isSym(t, end, "-") && isKind(t, end + 1, Kind::Word);
    if (!articleBefore && !articleAfter && !adjective) return spoken;
    // ("a 1/3 reduction": "a one-third reduction"; "a third reduction" is heard as an ordinal.)
    if (articleBefore && den != 2 && den != 4 && !adjective) return "one-" + spoken.substr(spoken.find(' ') + 1);
    // ("1/3-inch thick walls" with no article: "one-third-inch"; "a 1/3-inch gap" is "a third-inch", "1/2-inch pipe" "half-inch",
    // "1/4-mile run" "quarter-mile".)
    const bool anyArticle = isWordIn(t, i >= 2 && isKind(t, i - 1, Kind::Space) ? i - 2 : t.size(), {"a", "an", "the"});
    if (adjective && !articleBefore && !articleAfter && !anyArticle && den != 2 && den != 4) return "one-" + spoken.substr(spoken.find(' ') + 1);
    return spoken.substr(spoken.find(' ') + 1);
}

}  // namespace

std::optional<Match> fractionRule(const Tokens& t, std::size_t i) {
    // "Red Hat Enterprise Linux 8/9", "Windows 10/11": a product's two versions in a row after its name, "eight and nine" (not a
    // weekday's date, "Friday 8/9").
    // "at 8/7c on ABC": a US network's hour in the East and an hour earlier in the Central zone, "eight, seven central".
    if (isKind(t, i, Kind::Number) && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i].text) && digitsOnly(t[i + 2].text) &&
        isKind(t, i + 3, Kind::Word) && (t[i + 3].text == "c" || t[i + 3].text == "C") && toInt(t[i].text) >= 1 && toInt(t[i].text) <= 12 &&
        toInt(t[i + 2].text) == (toInt(t[i].text) + 10) % 12 + 1 && !isKind(t, i + 4, Kind::Word)) {
        return Match{4, wholeWords(t[i].text) + ", " + wholeWords(t[i + 2].text) + " central", "time"};
    }
    // (The name in capitals, "RHEL", "iOS", before it or in brackets, or a system's own: "Smith 3/4" is a kicker's.)
    const auto productName = [&](std::size_t k) {
        if (!isKind(t, k, Kind::Word)) return false;
        const auto capitals = std::count_if(t[k].text.begin(), t[k].text.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
        return (capitals >= 2 && monthFromName(t[k].text) == 0 && !isWordIn(t, k, {"mon", "tue", "wed", "thu", "fri", "sat", "sun"})) ||
               isWordIn(t, k, {"windows", "android", "linux", "python", "ubuntu", "debian", "fedora", "java", "macos", "ios", "php", "ie"});
    };
    if (isKind(t, i, Kind::Number) && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i].text) && digitsOnly(t[i + 2].text) &&
        toInt(t[i].text) >= 2 && toInt(t[i + 2].text) == toInt(t[i].text) + 1 && !isSym(t, i + 3, "/") && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        (productName(i - 2) || (i >= 4 && isSym(t, i - 2, ")") && productName(i - 3) && isSym(t, i - 4, "("))) &&
        !isWordIn(t, skip(t, i + 3), {"of", "cup", "cups", "inch", "inches", "mile", "miles", "teaspoon", "tablespoon"})) {
        return Match{3, wholeWords(t[i].text) + " and " + wholeWords(t[i + 2].text), "fraction"};
    }
    // "128/256GB", "8/12 GB": two sizes of one thing, the unit written once after the second, "one hundred and twenty-eight
    // or two hundred and fifty-six gigabytes" (the first the smaller; "1/2 kg" is a half).
    if (isKind(t, i, Kind::Number) && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i].text) && digitsOnly(t[i + 2].text) &&
        t[i].text != "1" && toInt(t[i].text) < toInt(t[i + 2].text) && (i == 0 || !isSym(t, i - 1, "/")) &&
        (isKind(t, i + 3, Kind::Word) || (isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word)))) {
        const std::size_t u = isKind(t, i + 3, Kind::Word) ? i + 3 : i + 4;
        static const std::unordered_set<std::string> kSizes{"GB", "TB", "MB", "KB", "Gb", "Tb", "mAh", "W", "MP", "Hz", "GHz", "inch", "in"};
        if (kSizes.count(t[u].text) != 0 && !isKind(t, u + 1, Kind::Word)) {
            if (const auto second = unitRule(t, i + 2); second && second->length == u + 1 - (i + 2)) {
                return Match{u + 1 - i, wholeWords(t[i].text) + " or " + second->spoken, "unit"};
            }
        }
    }
    // "at ISO 3200 and 1/50s", "1/125 sec": a shutter's speed, "one fiftieth of a second".
    if (isKind(t, i, Kind::Number) && t[i].text == "1" && isSym(t, i + 1, "/") && i + 2 < t.size()) {
        std::string den;
        std::size_t end = 0;
        if (isKind(t, i + 2, Kind::Word) && t[i + 2].text.size() >= 3 && t[i + 2].text.back() == 's' &&
            digitsOnly(t[i + 2].text.substr(0, t[i + 2].text.size() - 1))) {
            den = t[i + 2].text.substr(0, t[i + 2].text.size() - 1);
            end = i + 3;
        } else if (isKind(t, i + 2, Kind::Number) && digitsOnly(t[i + 2].text) &&
                   (isWordIn(t, i + 3, {"s", "sec"}) || (isKind(t, i + 3, Kind::Space) && isWordIn(t, i + 4, {"s", "sec", "second"})))) {
            den = t[i + 2].text;
            end = isKind(t, i + 3, Kind::Space) ? i + 5 : i + 4;
        }
        if (!den.empty() && toInt(den) >= 2 && toInt(den) <= 16000 && !isKind(t, end, Kind::Word)) {
            return Match{end - i, "one " + ordinalWords(static_cast<unsigned>(toInt(den))) + " of a second", "fraction"};
        }
    }
    // "Cons: Crowley 1/2, Prendergast 1/1. Pens: Crowley 3/4": a kicker's goals from his attempts, after his name, in a rugby
    // card ("one from two").
    if (isKind(t, i, Kind::Number) && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i].text) && digitsOnly(t[i + 2].text) &&
        t[i].text.size() <= 2 && t[i + 2].text.size() <= 2 && toInt(t[i].text) <= toInt(t[i + 2].text) && !isSym(t, i + 3, "/") && i >= 2 &&
        isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) &&
        anyWordIn(t, {"cons", "pens", "conversions", "penalties", "con", "pen", "dgs", "kicks", "kicking", "goal-kicking"})) {
        return Match{3, wholeWords(t[i].text) + " from " + wholeWords(t[i + 2].text), "fraction"};
    }
    // "Pollard kicked 4/5 off the tee", "kicked 6/7 from the tee", "5/6 with the boot": a kicker's record after the verb or
    // before the tee.
    if (isKind(t, i, Kind::Number) && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i].text) && digitsOnly(t[i + 2].text) &&
        t[i].text.size() <= 2 && t[i + 2].text.size() <= 2 && toInt(t[i].text) <= toInt(t[i + 2].text) && !isSym(t, i + 3, "/") &&
        ((i >= 2 && isWordIn(t, i - 2, {"kicked", "kicking", "kicks", "kicker"}) && !isWordIn(t, skip(t, i + 3), {"of"})) ||
         (isKind(t, i + 3, Kind::Space) && isWordIn(t, i + 4, {"off", "from", "with"}) && isKind(t, i + 5, Kind::Space) &&
          isWordIn(t, i + 6, {"the"}) && isKind(t, i + 7, Kind::Space) && isWordIn(t, i + 8, {"tee", "boot"})))) {
        return Match{3, wholeWords(t[i].text) + " from " + wholeWords(t[i + 2].text), "fraction"};
    }
    // "Break points won: 5/14 vs 4/9", "Goff was 22/34 for 265 yards": a player's successes of his attempts in a match's
    // figures, "five out of fourteen".
    if (isKind(t, i, Kind::Number) && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i].text) && digitsOnly(t[i + 2].text) &&
        t[i].text.size() <= 3 && t[i + 2].text.size() <= 3 && toInt(t[i].text) <= toInt(t[i + 2].text) && !isSym(t, i + 3, "/") &&
        !isKind(t, i + 3, Kind::Word) && (i == 0 || !isSym(t, i - 1, "/")) && !isWordIn(t, skip(t, i + 3), {"of"}) &&
        ([&] {
             std::string sentence;
             for (const Token& w : t) sentence += lowerAscii(w.text);
             return containsAnyOf(sentence, {"break points", "first serve", "second serve", "net points", "first-serve", "second-serve",
                                           "free throws", "field goals", "third down", "third-down", "fourth down", "penalty corners",
                                           "shots on target"});
         }() ||
         anyWordIn(t, {"completions", "passing", "attempts", "conversions", "converted", "completed", "shooting", "lineouts", "scrums"}))) {
        return Match{3, wholeWords(t[i].text) + " out of " + wholeWords(t[i + 2].text), "fraction"};
    }
    // "1/100,000th the strength": one part of so many, its ordinal's ending written on ("one hundred-thousandth").
    if (isKind(t, i, Kind::Number) && t[i].text == "1" && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) &&
        isWordIn(t, i + 3, {"th"}) && !isKind(t, i + 4, Kind::Word)) {
        const Num n = parseNumber(t[i + 2].text);
        if (n.valid && n.fraction.empty() && !n.whole.empty() && n.whole.size() <= 12) {
            std::string part = ordinalWords(std::stoull(n.whole));
            std::replace(part.begin(), part.end(), ' ', '-');
            return Match{4, "one " + part, "fraction"};
        }
    }
    // (An exam's marks after a verb of scoring, "scores 499/500", "scored 87/150": out of the paper's total, any.)
    if (isKind(t, i, Kind::Number) && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i].text) && digitsOnly(t[i + 2].text) &&
        t[i + 2].text.size() >= 2 && toInt(t[i].text) <= toInt(t[i + 2].text) && !isSym(t, i + 3, "/") && !isKind(t, i + 3, Kind::Word) && i >= 2 &&
        (isWordIn(t, i - 2, {"scored", "scores", "score", "scoring", "marks", "secured", "secures", "got", "gets", "obtained"}) ||
         // ("the cut-off mark is 150/400": the mark named in the sentence, a total more than a month's days.)
         (isWordIn(t, i - 2, {"is", "was", "at", "of", "be", "remains", "to"}) && toInt(t[i + 2].text) > 31 &&
          anyWordIn(t, {"mark", "marks", "cut-off", "cutoff", "exam", "exams", "examination", "test", "paper"})))) {
        return Match{3, wholeWords(t[i].text) + " out of " + wholeWords(t[i + 2].text), "fraction"};
    }
    // A score out of a total no date has, "finished with 39/40", a critic's "16/20": out of it. (Not "5/20", the twentieth of May,
    // nor "1/20 of the dose".)
    if (isKind(t, i, Kind::Number) && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i].text) && digitsOnly(t[i + 2].text) &&
        !isSym(t, i + 3, "/") && !isKind(t, i + 3, Kind::Word) && (i == 0 || !isSym(t, i - 1, "/")) && !isWordIn(t, skip(t, i + 3), {"of", "th", "ths"})) {
        const int n = toInt(t[i].text), d = toInt(t[i + 2].text);
        const bool scale = d == 20 || d == 30 || d == 40 || d == 50 || d == 60 || d == 100;
        // (Not two counts of a plural, "a target of 40/50 seats".)
        const std::size_t next = skip(t, i + 3);
        // (Nor a word after it but a small one: "24/30 fps", "20/30 mph", "13/20 to win" are a unit's or a price's; a split,
        // "a 40/60 split", its two parts a hundred; an eye test's "20/40".)
        const bool wordAfter = isKind(t, next, Kind::Word) && !isWordIn(t, next, {"in", "at", "on", "for", "with", "from", "and", "after", "as", "by"});
        if (scale && !wordAfter && n + d != 100 && n != 20 && n > 1 && n <= d && (n > 12 || d > 31)) return Match{3, wholeWords(t[i].text) + " out of " + wholeWords(t[i + 2].text), "fraction"};
    }
    // A rating out of a maximum: "8.1/10", "4.5/5", "rated 4/5", "scored 9/10" ("four out of five").
    if (isKind(t, i, Kind::Number) && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) &&
        (t[i + 2].text == "5" || t[i + 2].text == "10" || t[i + 2].text == "100") && !isSym(t, i + 3, "/") &&
        !isKind(t, i + 3, Kind::Word)) {
        const Num score = parseNumber(t[i].text);
        const auto ratingWord = [&](std::size_t k) {
            return isWordIn(t, k, {"rated", "rating", "scored", "score", "scores", "gave", "given", "earned", "earns"});
        };
        // "rated 4/5", "rated it 4/5"
        // (Or one of a line of ratings, each after its label: "Food 4.5/5, Service 3/5, Atmosphere 4/5", where a decimal score
        // beside it shows them all scores.)
        // ("Only 3/5 of respondents": a share of something, whatever ratings follow.)
        const bool ofRatings = i >= 2 && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) && !isWordIn(t, skip(t, i + 3), {"of"}) && [&] {
            // (Or another score out of the same, after its own label: "Cooking 9/10 · Atmosphere 8/10".)
            for (std::size_t k = 0; k + 2 < t.size(); ++k) {
                if (k != i && isKind(t, k, Kind::Number) && isSym(t, k + 1, "/") && t[k + 2].text == t[i + 2].text &&
                    (t[k].text.find('.') != std::string::npos ||
                     (k >= 2 && isKind(t, k - 1, Kind::Space) && isKind(t, k - 2, Kind::Word) && isCapitalized(t[k - 2].text)))) {
                    return true;
                }
            }
            return false;
        }();
        const bool rated = (i >= 2 && ratingWord(i - 2)) || (i >= 4 && isKind(t, i - 3, Kind::Space) && ratingWord(i - 4)) || ofRatings;
        // ("Fear & Greed index at 78/100": a score out of a hundred, whatever word gives it; "3/100 of a second" is a fraction.)
        const bool hundred = t[i + 2].text == "100" && score.valid && score.fraction.empty() && digitsOnly(t[i].text) && toInt(t[i].text) > 1 &&
                             toInt(t[i].text) <= 100 && !isWordIn(t, skip(t, i + 3), {"of", "th", "ths"});
        if (score.valid && (!score.fraction.empty() || rated || hundred)) {
            return Match{3, numberWords(score) + " out of " + wholeWords(t[i + 2].text), "fraction"};
        }
    }
    // Betting odds: "won at 100/1", "the 7/2 favourite", "a 33/1 shot" ("a hundred to one").
    if (isKind(t, i, Kind::Number) && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i].text) &&
        digitsOnly(t[i + 2].text) && t[i].text.size() <= 3 && t[i + 2].text.size() <= 2 && !isSym(t, i + 3, "/") &&
        !isWordIn(t, skip(t, i + 3), {"of"}) &&
        (anyWordIn(t, {"odds", "favourite", "favorite", "bookmakers", "bookies", "outsider", "priced", "punters", "betting", "evens",
                       "each-way", "fav", "jockey", "jockeys", "trainer", "ride", "rode", "filly", "colt", "mare", "gelding"}) ||
         // ("won at 11/4", "backed at 5/1": a winner's price.)
         (i >= 4 && isWordIn(t, i - 2, {"at"}) && anyWordIn(t, {"won", "backed", "returned", "romped", "triumphed"})) ||
         // ("slashed to 4/6 to win the league", "drifted out to 9/2": a price that moved, or a price on an outcome; not a share
         // that a vote needs, "needed 2/3 to pass".)
         // ("The deadline was shortened to 5/6" is a date: a price moved in a sentence of winning or betting.)
         (i >= 4 && isWordIn(t, i - 2, {"to"}) &&
          (isWordIn(t, i - 4, {"out"}) ||
           (isWordIn(t, i - 4, {"slashed", "shortened", "drifted", "eased"}) &&
            anyWordIn(t, {"win", "title", "favourite", "favourites", "favorite", "odds", "bookmakers", "bookies", "price", "backed", "sack",
                          "manager", "next", "winner", "champions", "relegated", "relegation"})))) ||
         (isWordIn(t, skip(t, i + 3), {"to"}) && isWordIn(t, skip(t, skip(t, i + 3) + 1), {"win", "lift", "claim", "retain", "score", "finish", "land"}) &&
          !anyWordIn(t, {"need", "needs", "needed", "required", "requires", "majority", "vote", "votes", "supermajority"}) &&
          // ("Enter by 12/5 to win": a closing date.)
          !isWordIn(t, i >= 2 ? i - 2 : t.size(), {"by", "on", "until", "before", "after", "from", "since", "till", "due", "closes", "ends"})) ||
         // ("Onesmoothoperator (B. Melham) 12/1": a runner's price after its rider's initial and name in brackets, last on its line.)
         (i >= 6 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ")") && isKind(t, i - 3, Kind::Word) && isCapitalized(t[i - 3].text) &&
          isKind(t, i - 4, Kind::Space) && isSym(t, i - 5, ".") && isKind(t, i - 6, Kind::Word) && t[i - 6].text.size() == 1 &&
          std::isupper(static_cast<unsigned char>(t[i - 6].text[0])) && i >= 7 && isSym(t, i - 7, "(") &&
          (i + 3 >= t.size() || isSym(t, i + 3, ",") || isSym(t, i + 3, ";") || (isSym(t, i + 3, ".") && i + 4 >= t.size()))))) {
        return Match{3, wholeWords(t[i].text) + " to " + wholeWords(t[i + 2].text), "fraction"};
    }
    // Unicode fraction, alone or after a whole number: "½", "3½"
    if (isKind(t, i, Kind::Symbol)) {
        if (const auto v = vulgarFraction(t[i].text)) {
            std::size_t end = i + 1;
            if (inchMarkAt(t, end)) {
                // ("a ½" drill bit": the size before its noun, "half-inch".)
                if (i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"a", "an", "the"})) {
                    return Match{end + 1 - i, v->first == 1 && v->second == 2 ? "half-inch" : fractionWords(v->first, v->second) + "-inch", "fraction"};
                }
                return Match{end + 1 - i, v->first == 1 && v->second == 2 ? "half an inch" : fractionWords(v->first, v->second) + " of an inch",
                             "fraction"};
            }
            // (As "1/2 tsp" is: "½ tsp" is "half a teaspoon", "½ cup of milk" "half a cup of milk".)
            const bool articleBefore = i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"a", "an", "the"});
            const std::string tail = fractionTail(t, end, false, !articleBefore);
            if (v->first == 1 && v->second == 2 && tail.rfind(" of a", 0) == 0) return Match{end - i, "half" + tail.substr(3), "fraction"};
            // ("½ lemon", "½ onion", "½ hour": before a singular noun, "half a lemon", "half an onion".)
            if (v->first == 1 && v->second == 2 && tail.empty() && !articleBefore && isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Word) &&
                isWordIn(t, end + 1, {"cup", "teaspoon", "tablespoon", "tsp", "tbsp", "lemon", "lime", "orange", "onion", "avocado", "apple",
                                      "pepper", "chilli", "chili", "cucumber", "cabbage", "loaf", "stick", "clove", "tin", "can", "jar", "bottle",
                                      "glass", "pint", "litre", "liter", "kilo", "pound", "ounce", "dozen", "hour", "day", "week", "month",
                                      "year", "mile", "inch", "foot", "metre", "meter", "minute", "second", "century", "decade"}) &&
                !isKind(t, end + 2, Kind::Word) && !isSym(t, end + 2, "-")) {
                const std::string& noun = t[end + 1].text;
                const bool an = std::string("aeiou").find(noun[0]) != std::string::npos || noun.rfind("hour", 0) == 0 || noun.rfind("honest", 0) == 0;
                return Match{end - i, an ? "half an" : "half a", "fraction"};
            }
            return Match{end - i, bareFraction(t, i, end, v->first, v->second) + tail, "fraction"};
        }
    }
    // "3½", or with a space as some set it, "6 ½ minutes".
    const std::size_t glyph = isKind(t, i + 1, Kind::Space) && t[i + 1].text == " " ? i + 2 : i + 1;
    if (isKind(t, i, Kind::Number) && isKind(t, glyph, Kind::Symbol) && vulgarFraction(t[glyph].text) && digitsOnly(t[i].text)) {
        const auto f = *vulgarFraction(t[glyph].text);
        std::size_t end = glyph + 1;
        if (inchMarkAt(t, end)) {
            // ("the 6½" screen", "a 1½" thick steak": before what it measures, "six-and-a-half-inch".)
            const bool before = isKind(t, end + 1, Kind::Space) && isKind(t, end + 2, Kind::Word) &&
                                std::islower(static_cast<unsigned char>(t[end + 2].text[0])) &&
                                !isWordIn(t, end + 2, {"from", "across", "of", "in", "on", "at", "to", "long", "wide", "deep", "tall", "high",
                                                       "apart", "away", "below", "above", "and", "or", "by", "with", "for"});
            std::string said = wholeWords(t[i].text) + " and " + fractionWords(f.first, f.second, true) + (before ? " inch" : " inches");
            if (before) std::replace(said.begin(), said.end(), ' ', '-');
            return Match{end + 1 - i, said, "fraction"};
        }
        const std::string tail = fractionTail(t, end, true);
        return Match{end - i, wholeWords(t[i].text) + " and " + fractionWords(f.first, f.second, true) + tail, "fraction"};
    }
    // "3 3/4", "1/2", "511/512", "1/100": a numerator below its denominator. Dates ("4/29") have their
    // own rule first; "9/11" and "24/7" are names.
    std::size_t j = i;
    std::string whole;
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number) && isSym(t, i + 3, "/")) {
        whole = t[i].text;
        j = i + 2;
    }
    // ("3-1/2 to 3-3/4 percent": a whole number joined to its half or its quarters by a hyphen, as the Fed writes a rate.)
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Number) && t[i + 2].text.size() == 1 &&
        isSym(t, i + 3, "/") && isKind(t, i + 4, Kind::Number) && (t[i + 4].text == "2" || t[i + 4].text == "4" || t[i + 4].text == "8") &&
        t[i + 2].text < t[i + 4].text && !isSym(t, i + 5, "/") && !(i >= 1 && (isSym(t, i - 1, "-") || isSym(t, i - 1, "/")))) {
        whole = t[i].text;
        j = i + 2;
    }
    // ("Cores/threads: 16/32", "W/L 10/4": two figures under a label of two words with a slash, one for each.)
    if (whole.empty() && i >= 4 && isKind(t, j, Kind::Number) && digitsOnly(t[j].text) && isSym(t, j + 1, "/") && isKind(t, j + 2, Kind::Number) &&
        digitsOnly(t[j + 2].text) && !isSym(t, j + 3, "/")) {
        std::size_t k = i - 1;
        while (k > 0 && (isKind(t, k, Kind::Space) || isSym(t, k, ":"))) --k;
        if (k >= 2 && k + 3 >= i && isKind(t, k, Kind::Word) && isSym(t, k - 1, "/") && isKind(t, k - 2, Kind::Word) && !isSym(t, k - 3, "/")) {
            return Match{j + 3 - i, wholeWords(t[j].text) + " and " + wholeWords(t[j + 2].text), "fraction"};
        }
    }
    // ("a 5/1 ARM", "7/6 adjustable-rate loans": a mortgage's fixed years and its adjustment's, "five-one".)
    if (whole.empty() && isKind(t, j, Kind::Number) && digitsOnly(t[j].text) && t[j].text.size() <= 2 && isSym(t, j + 1, "/") &&
        isKind(t, j + 2, Kind::Number) && digitsOnly(t[j + 2].text) && t[j + 2].text.size() <= 2 && isKind(t, j + 3, Kind::Space) &&
        isKind(t, j + 4, Kind::Word) && (isWordIn(t, j + 4, {"arm", "arms"}) || t[j + 4].text.rfind("adjustable", 0) == 0)) {
        return Match{j + 3 - i, wholeWords(t[j].text) + "-" + wholeWords(t[j + 2].text), "fraction"};
    }
    auto num = smallInt(tok(t, j), 1, 9999);
    auto den = isSym(t, j + 1, "/") ? smallInt(tok(t, j + 2), 2, 9999) : std::nullopt;
    if (!num || !den || *num >= *den || isSym(t, j + 3, "/")) return std::nullopt;
    // ("5/1/5", "no. 138/140": the last of a run of figures with slashes, or a number's two parts after "no.", no fraction.)
    if (whole.empty() && i >= 2 && isSym(t, i - 1, "/") && isKind(t, i - 2, Kind::Number)) return std::nullopt;
    if (whole.empty() && i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ".") && isWordIn(t, i - 3, {"no", "nos"})) {
        return std::nullopt;
    }
    // "1/400th the diameter", "3/1000ths": the ordinal written after it says it is a fraction ("one four-hundredth").
    if (whole.empty() && *den > 4 && isWordIn(t, j + 3, {"th", "ths", "st", "nd", "rd"})) {
        std::string part = ordinalWords(static_cast<std::uint64_t>(*den));
        std::replace(part.begin(), part.end(), ' ', '-');
        return Match{j + 4 - i, cardinalWords(static_cast<unsigned>(*num)) + " " + part + (*num > 1 ? "s" : ""), "fraction"};
    }
    // "Class 10/12 results", "Grade 11/12": two school years named together, "ten and twelve".
    if (whole.empty() && *den <= 13 && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        isWordIn(t, i - 2, {"class", "classes", "grade", "grades", "standard", "std", "form", "forms", "year", "years"}) && isCapitalized(t[i - 2].text)) {
        return Match{j + 3 - i, cardinalWords(static_cast<unsigned>(*num)) + " and " + cardinalWords(static_cast<unsigned>(*den)), "fraction"};
    }
    // "completed 4/5 dribbles", "hit 7/10 shots": a count out of a number before the plural it counts, "four out
    // of five" (not a measure, "3/4 cups", "1/2 liters", nor a share after a word of quantity, "about 2/3 voters").
    if (whole.empty() && *den <= 20 && isKind(t, j + 3, Kind::Space) &&
        !isWordIn(t, i >= 2 ? i - 2 : t.size(), {"about", "nearly", "roughly", "almost", "over", "some", "around", "approximately", "than",
                                                 "fully", "a", "the", "just", "only", "under"}) && isPluralNounAt(t, j + 4) && findUnit(t[j + 4].text) == nullptr &&
        !isWordIn(t, j + 4, {"hours", "minutes", "seconds", "days", "weeks", "months", "years", "miles", "inches", "feet", "cups",
                             "teaspoons", "tablespoons", "pounds", "ounces", "grams", "points", "percent", "liters", "litres", "gallons",
                             "yards", "meters", "metres", "acres", "pints", "quarts", "tons", "tonnes", "kilos", "kilograms", "centimeters",
                             "centimetres", "kilometers", "kilometres", "millimeters", "millimetres", "degrees", "lengths", "sticks", "cloves",
                             "slices", "shares", "stakes", "hectares", "barrels", "bushels", "lbs", "ozs"})) {
        return Match{j + 3 - i, cardinalWords(static_cast<unsigned>(*num)) + " out of " + cardinalWords(static_cast<unsigned>(*den)), "fraction"};
    }
    // Large denominators only when they are plainly a fraction: "1/100", "511/512", "5/32" (bond prices
    // and inches are counted in powers of two).
    const bool powerOfTwo = (*den & (*den - 1)) == 0 && *den <= 64;
    if (*den > 16 && *den != 100 && *den != 1000 && !powerOfTwo && *den - *num > 2) return std::nullopt;
    std::size_t end = j + 3;
    std::string spoken = whole.empty() ? bareFraction(t, i, end, static_cast<unsigned>(*num), static_cast<unsigned>(*den))
                                       : fractionWords(static_cast<unsigned>(*num), static_cast<unsigned>(*den), true);
    // "3/4ths": the writer says fourths, not quarters.
    if (*den == 4 && isWordIn(t, end, {"ths", "th"})) spoken = cardinalWords(static_cast<unsigned>(*num)) + (*num == 1 ? " fourth" : " fourths");
    // "a 3/4-inch bit": a fraction describing a noun is singular and hyphenated ("three-quarter-inch").
    if (whole.empty() && *num > 1 && isSym(t, end, "-") && isKind(t, end + 1, Kind::Word) && spoken.back() == 's') {
        spoken.pop_back();
        std::replace(spoken.begin(), spoken.end(), ' ', '-');
        return Match{end - i, spoken, "fraction"};
    }
    const bool articleBefore = i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"a", "an", "the"});
    const std::string tail = fractionTail(t, end, !whole.empty(), whole.empty() && !articleBefore);
    // "1/2 mile": half a mile.
    if (whole.empty() && *num == 1 && *den == 2 && tail.rfind(" of a", 0) == 0) {
        return Match{end - i, "half" + tail.substr(3), "fraction"};
    }
    spoken += tail;
    if (!whole.empty()) spoken = wholeWords(whole) + " and " + spoken;
    return Match{end - i, spoken, "fraction"};
}

// A result with no goals or runs on one side: "won 4-0" is "four-nil" in British English and "four to
// nothing" in American; "0-0 at half-time" "nil-nil" in British, as "won 2-1" is "two-one". Known by the words of a result around it; "0-60
// mph" and "pages 0-9" are ranges.
std::optional<Match> zeroScoreRule(const Tokens& t, std::size_t i, bool british, bool footballStory) {
    if (!isKind(t, i, Kind::Number) || !isKind(t, i + 2, Kind::Number) || !isDash(t, i + 1) || isSym(t, i + 3, "-")) {
        return std::nullopt;
    }
    const std::string& a = t[i].text;
    const std::string& b = t[i + 2].text;
    if (a.size() > 2 || b.size() > 2 || (!british && a != "0" && b != "0" && a != b)) return std::nullopt;
    // A team's name before the score, and a result in the sentence or a team's name after it too ("Arsenal
    // beat Chelsea 5-0", "Liverpool 3-0 Man Utd").
    const std::string before = previousWord(t, i);
    const std::size_t afterScore = skip(t, i + 3);
    // (Not a sentence's first word and a unit's letter, "Drink 2–3 L of water": no side is named so.)
    const bool teams = isCapitalized(before) && before != "The" && before != "A" &&
                       ((afterScore > i + 3 && isKind(t, afterScore, Kind::Word) && isCapitalized(t[afterScore].text) &&
                         t[afterScore].text.size() >= 2) ||
                        anyWordIn(t, {"beat", "beats", "won", "win", "wins", "lost", "drew", "draw", "defeated", "thrashed",
                                      "edged", "hammered", "stunned", "victory", "defeat", "routed", "held"}));
    // "a 1-1 draw", "drew 2-2": level, "one-all" in British English.
    if (british && a == b && a != "0" && a.size() == 1 && digitsOnly(a) &&
        anyWordIn(t, {"draw", "drew", "drawn", "draws", "level", "stalemate"})) {
        return Match{3, wholeWords(a) + "-all", "score"};
    }
    if (!digitsOnly(a) || !digitsOnly(b) || a.size() > 2 || b.size() > 2) return std::nullopt;
    const bool aheadOrBehind = isWordIn(t, i >= 2 ? i - 2 : t.size(), {"went", "go", "goes", "going", "gone", "were", "are", "was", "is", "from"}) &&
                               isWordIn(t, skip(t, i + 3), {"up", "down", "ahead", "behind"});
    const bool result = (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"won", "lost", "beat", "drew", "draw", "trail", "trailed", "trailing", "leading",
                                                                 "led", "lead", "leads", "was", "is", "were", "it's",
                                                                 "ended", "finished", "a", "the", "at", "by", "final",
                                                                 "match", "game", "tie", "derby", "fixture", "semi-final",
                                                                 "win", "wins", "lose", "loses", "beats", "draws", "trails"}) &&
                         (isWordIn(t, skip(t, i + 3), {"win", "victory", "defeat", "loss", "draw", "lead", "at", "in", "with",
                                                       "over", "against", "after", "home", "away", "on", "to", "and", "if", "winners",
                                                       "losers", "victors"}) ||
                          i + 3 >= t.size() || isSym(t, i + 3, ".") || isSym(t, i + 3, ","))) ||
                        // ("left to rue missed chances in 1-0 defeat", "after Sunday's 2-1 win": the score before the result it gave,
                        // whatever comes before it.)
                        isWordIn(t, skip(t, i + 3), {"win", "victory", "defeat", "loss", "draw", "triumph", "thrashing", "drubbing", "hammering",
                                                     "reverse", "humbling"}) ||
                        // ("went 1-0 up", "to go 2-1 ahead in the series", "lead the series 2-1": a side ahead or behind.)
                        // ("came from 2-0 down", "fought back from 3-1 behind": the score a side came back from.)
                        aheadOrBehind ||
                        (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"series"}) && i >= 4 && isWordIn(t, i - 4, {"the"}) &&
                         isWordIn(t, i >= 6 ? i - 6 : t.size(), {"lead", "leads", "led", "leading", "won", "win", "wins", "level", "levelled",
                                                                 "leveled", "take", "took", "clinched", "sealed", "trail", "trails"})) ||
                        // ("Arsenal, 3-1 winners at Fulham": the side the score made winners or losers.)
                        (isSym(t, i >= 2 ? i - 2 : t.size(), ",") && isWordIn(t, skip(t, i + 3), {"winners", "losers", "victors"})) ||
                        // ("Australia take 2-1 lead at MCG": a headline's lead or win without its article, after the verb that takes it.)
                        (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"take", "takes", "took", "taking", "seal", "seals", "sealed", "claim", "claims",
                                                                 "claimed", "earn", "earns", "earned", "grab", "grabs", "snatch", "snatches",
                                                                 "secure", "secures", "secured", "hold", "holds", "build", "builds"}) &&
                         isWordIn(t, skip(t, i + 3), {"lead", "win", "victory", "series", "advantage", "draw", "triumph"})) ||
                        // ("Havertz made it 2-0 after the break": a goal that changed the score.)
                        (i >= 4 && isWordIn(t, i - 2, {"it"}) && isWordIn(t, i - 4, {"made", "make", "makes", "making"}));
    // A goal's line or a match report: "23' Okafor (Harbourside) 1-0", "a header made it 2-0".
    // ("At 1-1, we needed more composure with the ball": a manager's words of the game.)
    // (Or a match report throughout: "… from the edge of the box. 1-0.")
    const bool football = footballStory || anyWordIn(t, {"goal", "goals", "scored", "header", "penalty", "pen", "equaliser", "striker",
                                        "half-time", "full-time", "keeper", "goalkeeper", "ball", "pitch", "kick-off", "midfield"}) ||
                          (i >= 2 && (isSym(t, i - 2, ")") || isSym(t, i - 1, ")")));
    // (American English has no word for a goalless draw but "zero to zero", which the range rule says.)
    // ("The vote was 5-0", "a 9-0 ruling": a tally of votes, said with "to".)
    // ("The motion was lost 7–8", "the amendment was carried 9–6": a meeting's votes.)
    const bool tally = anyWordIn(t, {"vote", "votes", "voted", "voting", "ruling", "decision", "justices", "court", "panel",
                                     "committee", "board", "council", "senate", "ballot", "jury", "judges", "motion", "motions",
                                     "amendment", "amendments", "councillor", "councillors", "councilor", "councilors", "carried",
                                     "resolution", "delegates"});
    if ((!result && !football && !teams) || tally || (!british && a == "0" && b == "0")) return std::nullopt;
    // A result with goals on both sides: British English says "two-one", a level one "one-all" ("Villa won 2-1",
    // "saved at 1-1", "Aston Villa 2-1 Newcastle"); American English the range rule's "two to one".
    if (a != "0" && b != "0") {
        // (Only a match's goals, ten at most a side; odds, "won at 5-1", a vote, "won 52-48", a ratio or a dose,
        // "was 2-3", "fixed at 1-1", are not, unless the sentence speaks of the game.)
        const std::string word = i >= 2 ? lowerAscii(previousWord(t, i)) : "";
        const bool odds = anyWordIn(t, {"odds", "favourite", "favorite", "horse", "bet", "bets", "bookmakers", "bookies", "priced", "backed",
                                        "punters", "shot", "outsider"});
        if (!british || toInt(a) > 10 || toInt(b) > 10 || odds ||
            ((word == "at" || word == "was" || word == "is" || word == "were" || word == "by") && !football && !teams && !aheadOrBehind)) {
            return std::nullopt;
        }
        return Match{3, wholeWords(a) + (a == b ? std::string("-all") : "-" + wholeWords(b)), "score"};
    }
    const auto side = [&](const std::string& n) { return n == "0" ? std::string(british ? "nil" : "nothing") : wholeWords(n); };
    return Match{3, side(a) + (british ? "-" : " to ") + side(b), "score"};
}

// One part of an identifier written with a hyphen: a year as a year, two digits whole ("oh three"
// with its zero), more in pairs.
std::string identifierPart(const std::string& digits) {
    if (digits.size() == 4 && toInt(digits) >= 1900 && toInt(digits) <= 2099) return yearSpoken(digits);
    if (digits.size() == 2 && digits[0] == '0') return "oh " + wholeWords(digits.substr(1));
    if (digits.size() <= 2) return wholeWords(digits);
    if (digits.size() <= 4) return pairWords(digits);
    return digitWords(digits);
}

// "6-4 3-6 7-6", "won 7-5 6-2": a tennis match's sets, two pairs of games and more apart by spaces, each
// a set's score ("six-four, three-six, seven-six"); a tie-break in brackets after a set is the score rule's.
static std::optional<Match> setScoresRule(const Tokens& t, std::size_t i) {
    const auto set = [&](std::size_t k) {
        return isKind(t, k, Kind::Number) && digitsOnly(t[k].text) && t[k].text.size() == 1 && isSym(t, k + 1, "-") &&
               isKind(t, k + 2, Kind::Number) && digitsOnly(t[k + 2].text) && t[k + 2].text.size() == 1 && toInt(t[k].text) <= 7 &&
               toInt(t[k + 2].text) <= 7 && (toInt(t[k].text) >= 6 || toInt(t[k + 2].text) >= 6 || isWordIn(t, k + 4, {"retired", "ret"}));
    };
    if ((i > 0 && !isKind(t, i - 1, Kind::Space)) || !set(i) || !isKind(t, i + 3, Kind::Space) || !set(i + 4)) return std::nullopt;
    std::string spoken;
    std::size_t k = i;
    while (set(k)) {
        spoken += (spoken.empty() ? "" : ", ") + wholeWords(t[k].text) + "-" + wholeWords(t[k + 2].text);
        // (Its tie-break's points: "7-6(5)".)
        if (isSym(t, k + 3, "(") && isKind(t, k + 4, Kind::Number) && isSym(t, k + 5, ")")) {
            spoken += ", tie-break " + wholeWords(t[k + 4].text);
            k += 3;
        }
        if (!isKind(t, k + 3, Kind::Space) || !set(k + 4)) break;
        k += 4;
    }
    return Match{k + 3 - i, spoken, "score"};
}

// Past a number's groups of three figures set apart by spaces from `end` on ("237 100"): the token after them, their
// figures added to `digits`.
static std::size_t afterSpacedGroups(const Tokens& t, std::size_t end, std::string& digits) {
    while (isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Number) && t[end + 1].text.size() == 3 && digitsOnly(t[end + 1].text)) {
        digits += t[end + 1].text;
        end += 2;
    }
    return end;
}

// A whole number at `k`, its thousands grouped with commas or spaces ("237 100"): its digits and the token after it.
static std::optional<std::pair<std::string, std::size_t>> groupedWholeAt(const Tokens& t, std::size_t k) {
    if (!isKind(t, k, Kind::Number) || t[k].text.empty() || (t[k].text[0] == '0' && t[k].text.size() > 1)) return std::nullopt;
    std::string digits;
    for (char c : t[k].text) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            digits += c;
        } else if (c != ',') {
            return std::nullopt;
        }
    }
    const std::size_t end = t[k].text.size() <= 3 ? afterSpacedGroups(t, k + 1, digits) : k + 1;
    if (digits.size() > 12) return std::nullopt;
    return std::make_pair(digits, end);
}

// "1 – 237 100", "5 – 10 percent": two figures apart a spaced dash, the second the larger, where the first opens the
// line or what follows the second is a unit or a sign, a range: a clause's dash follows a figure and goes on in words
// ("rose to 40 – 12 of them children"), and a score's stands alone or among others ("Chelsea 2 – 1", "won 6 – 4, 3 – 6").
static std::optional<Match> spacedRangeRule(const Tokens& t, std::size_t i) {
    const auto first = groupedWholeAt(t, i);
    if (!first) return std::nullopt;
    const std::size_t dash = first->second + 1;
    if (!isKind(t, first->second, Kind::Space) || !(isSym(t, dash, "-") || isSym(t, dash, "\xE2\x80\x93")) || !isKind(t, dash + 1, Kind::Space)) {
        return std::nullopt;
    }
    const auto second = groupedWholeAt(t, dash + 2);
    if (!second || std::stoll(second->first) <= std::stoll(first->first)) return std::nullopt;
    std::size_t before = i;
    while (before > 0 && (isKind(t, before - 1, Kind::Space) || isSym(t, before - 1, "("))) --before;
    const std::size_t after = second->second;
    // (Not a score's: "6 – 4, 3 – 6", "beaten 19 – 23.", "0 – 1 Salah fires the visitors ahead".)
    const bool opens = before == 0 && first->first != "0" && !(isKind(t, after, Kind::Space) && isKind(t, after + 1, Kind::Word) &&
                                                              isCapitalized(t[after + 1].text));
    const bool closes = isSym(t, after, "%") ||
                        (isKind(t, after, Kind::Space) &&
                         isWordIn(t, after + 1, {"percent", "per", "percentage", "points", "years", "months", "weeks", "days", "hours", "minutes",
                                                 "seconds", "thousand", "million", "billion", "trillion", "km", "kilometres", "kilometers",
                                                 "miles", "metres", "meters", "kg", "degrees", "cm", "mm", "feet", "inches", "times"}));
    if (!opens && !closes) return std::nullopt;
    return Match{after - i, numberWords(parseNumber(first->first)) + rangeJoiner(t, i) + numberWords(parseNumber(second->first)), "range"};
}

std::optional<Match> rangeRule(const Tokens& t, std::size_t i) {
    if (auto m = setScoresRule(t, i)) return m;
    // "District 7-5A", "Region 3-6A": a school league's district by its number and its class, a name, no range.
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 2 && isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Number) &&
        digitsOnly(t[i + 2].text) && t[i + 2].text.size() == 1 && isKind(t, i + 3, Kind::Word) && t[i + 3].text.size() == 1 &&
        std::isupper(static_cast<unsigned char>(t[i + 3].text[0])) && !isKind(t, i + 4, Kind::Word) && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        isWordIn(t, i - 2, {"district", "region", "class", "division", "conference", "section", "area"}) && isCapitalized(t[i - 2].text)) {
        return Match{4, wholeWords(t[i].text) + " " + wholeWords(t[i + 2].text) + " " + (t[i + 3].text == "A" ? std::string("eh") : t[i + 3].text), "code"};
    }
    // "(1881 - 1973)": two years with a spaced dash between them.
    if (isYear(tok(t, i)) && isKind(t, i + 1, Kind::Space) && isDash(t, i + 2) && isKind(t, i + 3, Kind::Space) &&
        isYear(tok(t, i + 4)) && toInt(t[i + 4].text) >= toInt(t[i].text)) {
        return Match{5, yearSpoken(t[i].text) + rangeJoiner(t, i) + yearSpoken(t[i + 4].text), "range"};
    }
    // "passed 218 - 214", "pages 10 - 20": two whole numbers with a spaced hyphen between them after a tally's or
    // a range's word, "to" (eSpeak NG pauses and says the two numbers apart). (After a name, "Arsenal 2 - 1
    // Chelsea", a result's lines are left as they are set.)
    const auto whole = [&](std::size_t k) { return isKind(t, k, Kind::Number) && digitsOnly(t[k].text) && t[k].text.size() <= 3; };
    // (A hyphen after a word that asks for two figures: a dash between them is a clause's, "rose to 40 — 12 of them
    // children", "at 10 - 11 am".)
    if (whole(i) && isKind(t, i + 1, Kind::Space) && (isSym(t, i + 2, "-") || isSym(t, i + 2, "\xE2\x80\x93")) && isKind(t, i + 3, Kind::Space) && whole(i + 4) &&
        !isDash(t, i + 5) && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        isWordIn(t, i - 2, {"passed", "voted", "vote", "approved", "rejected", "defeated", "adopted", "confirmed", "won", "lost", "beat",
                            "pages", "between", "ages", "aged", "tally", "by", "score", "scored"}) &&
        !isWordIn(t, skip(t, i + 5), {"am", "pm", "a.m.", "p.m."}) && t[i].text[0] != '0' && t[i + 4].text[0] != '0') {
        return Match{5, numberWords(parseNumber(t[i].text)) + rangeJoiner(t, i) + numberWords(parseNumber(t[i + 4].text)), "range"};
    }
    if (auto m = spacedRangeRule(t, i)) return m;
    // "2010–2015", "2010-15", "pages 3-5", "a 3-1 win"
    if (!isKind(t, i, Kind::Number) || !isDash(t, i + 1) || !isKind(t, i + 2, Kind::Number)) return std::nullopt;
    // "3–3½ hours", "1-1¼ cups": a range up to a mixed number, whose fraction and unit the next rule reads with it, "three to
    // three and a half hours".
    if (digitsOnly(t[i].text) && digitsOnly(t[i + 2].text) && isKind(t, i + 3, Kind::Symbol) && vulgarFraction(t[i + 3].text) &&
        !isSym(t, i + 1, "\xE2\x80\x94") && (i == 0 || !isDash(t, i - 1))) {
        return Match{2, numberWords(parseNumber(t[i].text)) + " to ", "range"};
    }
    // ("account 03-0642-0123456-00": the last two groups of a chain of figures are no range.)
    if (i >= 2 && isSym(t, i - 1, "-") && isKind(t, i - 2, Kind::Number)) return std::nullopt;
    // ("Stratus-4.5-70B", "Qwen2.5-72B": a model's name, its version and its size joined to it, said apart.)
    if (i >= 1 && (isKind(t, i - 1, Kind::Word) || (i >= 2 && isSym(t, i - 1, "-") && isKind(t, i - 2, Kind::Word))) && isSym(t, i + 1, "-") &&
        isKind(t, i + 3, Kind::Word) && t[i + 3].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[i + 3].text[0]))) {
        return Match{2, numberWords(parseNumber(t[i].text)) + ", ", "code"};
    }
    // "Ordinance No. 2024-117", "Resolution 24-03", "Sec. 9-47": an identifier, not a range ("ss 18-30", the
    // sections from one to another, is one).
    // ("The House passed the bill 218-214": after "the bill" the numbers are a vote's tally.)
    const bool tally = i >= 2 && !isCapitalized(t[i - 2].text) && isWordIn(t, i - 2, {"bill", "measure", "rule", "order"}) &&
                       [&] {
                           const std::string before = lowerAscii(previousWord(t, i - 2));
                           return before == "the" || before == "a" || before == "this" || before == "that";
                       }();
    // ("Nos. 23–118 and 23–119": a court's docket numbers after their sign, with an en dash too, and the
    // next of them after "and".)
    const bool numberSign = (i >= 3 && isSym(t, i - 2, ".") && isWordIn(t, i - 3, {"no", "nos"})) || (i >= 2 && isWordIn(t, i - 2, {"no", "nos"}));
    bool nextOfThem = false;
    if (i >= 2 && isWordIn(t, i - 2, {"and", "or"})) {
        for (std::size_t k = i - 2; k > 0 && i - k < 12 && !nextOfThem; --k) {
            if (isKind(t, k - 1, Kind::Word) && !isWordIn(t, k - 1, {"and", "or", "nos", "no"})) break;
            nextOfThem = isWordIn(t, k - 1, {"nos"});
        }
    }
    if (isDash(t, i + 1) && (numberSign || nextOfThem) && digitsOnly(t[i].text) && digitsOnly(t[i + 2].text) && t[i].text.size() == 2 &&
        t[i + 2].text.size() >= 3 && !isDash(t, i + 3)) {
        return Match{3, identifierPart(t[i].text) + " dash " + identifierPart(t[i + 2].text), "code"};
    }
    // ("ref. ASIC 24-187MR": a release's number, its letters glued to the second figure, is no range.)
    if (isSym(t, i + 1, "-") && digitsOnly(t[i].text) && digitsOnly(t[i + 2].text) && isKind(t, i + 3, Kind::Word) && isUpperWord(t[i + 3].text) &&
        t[i + 3].text.size() <= 3 && t[i + 3].text.size() >= 2 && magnitudes().count(lowerAscii(t[i + 3].text)) == 0 &&
        findUnit(t[i + 3].text) == nullptr && !isKind(t, i + 4, Kind::Word) && !isKind(t, i + 4, Kind::Number)) {
        std::string letters;
        for (char c : t[i + 3].text) letters += std::string(" ") + (c == 'A' ? std::string("eh") : std::string(1, c));
        return Match{4, identifierPart(t[i].text) + " dash " + identifierPart(t[i + 2].text) + letters, "code"};
    }
    // ("Directive (BOD) 22-01": the name's letters in brackets between the name and its number.)
    // ("Recall Number: 25-147": a number's own label and its colon before it; "the case: 6-3" is a vote.)
    const std::size_t named = i >= 6 && isSym(t, i - 2, ")") && isKind(t, i - 3, Kind::Word) && isSym(t, i - 4, "(") ? i - 4
                              : i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ":") && isCapitalized(t[i - 3].text) &&
                                        t[i + 2].text.size() >= 3 &&
                                        isWordIn(t, i - 3, {"number", "no", "nos", "docket", "ref", "reference", "file", "claim", "account",
                                                            "permit", "license", "licence", "application", "id"})
                                  ? i - 1
                                  : i;
    // ("Sec. 3-32-030 of the Municipal Code": a code's title, chapter and section, three parts.)
    const bool threeParts = isSym(t, i + 3, "-") && isKind(t, i + 4, Kind::Number) && digitsOnly(t[i + 4].text) && !isSym(t, i + 5, "-") &&
                            t[i].text.size() <= 3 && t[i + 2].text.size() <= 3 && t[i + 4].text.size() <= 4;
    if (isSym(t, i + 1, "-") && digitsOnly(t[i].text) && digitsOnly(t[i + 2].text) && (!isSym(t, i + 3, "-") || threeParts) && i >= 2 && !tally &&
        // ("MPs pass bill 184-98": a vote's tally after the bill it passed.)
        !(isWordIn(t, named - 2, {"bill", "resolution", "ordinance", "measure", "motion"}) && std::islower(static_cast<unsigned char>(t[named - 2].text[0])) &&
          anyWordIn(t, {"pass", "passes", "passed", "vote", "votes", "voted", "approve", "approves", "approved", "reject", "rejects",
                        "rejected", "defeat", "defeated", "backed", "backs"})) &&
        // ("Top court rules 6-3 that …": a bench's vote after the verb, a small majority first, no rule's number.)
        !(named == i && isWordIn(t, i - 2, {"rules"}) && std::islower(static_cast<unsigned char>(t[i - 2].text[0])) && t[i].text.size() <= 2 &&
          !isWordIn(t, skip(t, i + 3), {"of"}) &&
          t[i + 2].text.size() <= 2 && toInt(t[i].text) <= 15 && toInt(t[i].text) > toInt(t[i + 2].text) && i >= 4 &&
          !isWordIn(t, i - 4, {"under", "of", "in", "and", "by", "see", "with", "to", "the", "our", "its", "these", "those", "new"})) &&
        (isWordIn(t, named - 2, {"ordinance", "resolution", "bill", "bylaw", "docket", "case", "file", "ref", "reference", "permit",
                             "license", "licence", "claim", "order", "rule", "rules", "section", "sec", "chapter",
                             "proposition", "measure", "item", "no", "nos", "number", "account", "application"}) ||
         // ("Binding Operational Directive 22-01": a directive named by its capital; "notice 30-60 days" is a range.)
         // (So is the tax office's "Notice 2024-40", "Revenue Procedure 2024-40", "Rev. Proc. 2024-40".)
         (isWordIn(t, named - 2, {"directive"}) && isCapitalized(t[named - 2].text)) ||
         // (a year first: "Ruling 6-3 along ideological lines" is a vote)
         (isWordIn(t, named - 2, {"notice", "procedure", "ruling", "announcement"}) && isCapitalized(t[named - 2].text) && t[i].text.size() == 4 &&
          (t[i].text.rfind("19", 0) == 0 || t[i].text.rfind("20", 0) == 0)) ||
         (isSym(t, i - 2, ".") && i >= 3 && isWordIn(t, i - 3, {"no", "sec", "nos", "ord", "res", "rept", "doc", "proc", "rul"})) ||
         isSym(t, i - 1, "#") ||
         // ("File # 2025-1187": a year and a serial after a spaced sign; "Lots # 101-120" are a range.)
         (isSym(t, i - 2, "#") && isKind(t, i - 1, Kind::Space) && t[i].text.size() == 4 &&
          (t[i].text.rfind("19", 0) == 0 || t[i].text.rfind("20", 0) == 0) && t[i + 2].text.size() >= 3) ||
         isWordIn(t, i - 2, {"report"}) ||
         // ("a conditional use permit (CUP 25-09)", "HB 24-1003": a paper's initials before it, its number with a leading nought
         // or far longer than the year before it, which no range or score has.)
         (isKind(t, i - 2, Kind::Word) && isUpperWord(t[i - 2].text) && t[i - 2].text.size() >= 2 && t[i - 2].text.size() <= 5 &&
          t[i + 2].text.size() >= 2 && (t[i + 2].text[0] == '0' || t[i + 2].text.size() >= t[i].text.size() + 2)) ||
         // ("By-law 2025-318": a council's law by its year and number.)
         (isWordIn(t, i - 2, {"law"}) && i >= 4 && isSym(t, i - 3, "-") && isWordIn(t, i - 4, {"by", "bye"})) ||
         // "Public Law 117-169", "Pub. L. 117-169"
         (isWordIn(t, i - 2, {"law"}) && lowerAscii(previousWord(t, i - 2)) == "public") ||
         (isSym(t, i - 2, ".") && i >= 6 && t[i - 3].text == "L" && t[i - 6].text == "Pub"))) {
        if (threeParts) {
            return Match{5, identifierPart(t[i].text) + " dash " + identifierPart(t[i + 2].text) + " dash " + identifierPart(t[i + 4].text), "code"};
        }
        return Match{3, identifierPart(t[i].text) + " dash " + identifierPart(t[i + 2].text), "code"};
    }
    if (isSym(t, i + 3, "-")) return std::nullopt;  // 555-123-4567 is a phone number
    // "042-99201234", "051-9204567": an area code with its leading zero and a subscriber's number, said
    // figure by figure as a telephone number is (no range starts at a figure led by a zero, or ends seven
    // figures long).
    // (Not a range to a round number: "the range 1-1000000".)
    const std::string& subscriber = t[i + 2].text;
    const bool round = subscriber.size() >= 2 && subscriber.find_first_not_of('0', 1) == std::string::npos;
    if (isSym(t, i + 1, "-") && digitsOnly(t[i].text) && digitsOnly(subscriber) && !round &&
        ((t[i].text.size() >= 2 && t[i].text.size() <= 5 && t[i].text[0] == '0' && subscriber.size() >= 6) ||
         (subscriber.size() >= 7 && t[i].text.size() >= 2 && t[i].text.size() <= 5))) {
        return Match{3, digitWords(t[i].text) + ", " + digitWords(t[i + 2].text), "phone"};
    }
    const Num a = parseNumber(t[i].text), b = parseNumber(t[i + 2].text);
    if (!a.valid || !b.valid) return std::nullopt;
    // ("the ASHRAE 90.1-2019 baseline", "IEEE 802.11-2020": a standard's number and its edition's year, no span.)
    if (isSym(t, i + 1, "-") && !a.fraction.empty() && a.whole.size() >= 2 && t[i + 2].text.size() == 4 && digitsOnly(t[i + 2].text) && isYear(&t[i + 2]) &&
        i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isUpperWord(t[i - 2].text)) {
        return Match{3, numberWords(a) + ", " + yearSpoken(t[i + 2].text), "code"};
    }
    // "149.85-87 yen": a quote's bid and offer, the second written by its last decimals ("149.85 to 149.87").
    if (isSym(t, i + 1, "-") && a.fraction.size() == 2 && t[i + 2].text.size() == 2 && digitsOnly(t[i + 2].text) &&
        toInt(t[i + 2].text) > toInt(a.fraction) && !a.whole.empty() &&
        anyWordIn(t, {"yen", "dollar", "dollars", "euro", "euros", "sterling", "franc", "francs", "yuan", "won", "rupee", "rupees",
                      "bid", "offer", "offered", "quoted", "traded", "trading", "dealers", "forex"})) {
        const Num offer = parseNumber(a.whole + "." + t[i + 2].text);
        if (offer.valid) return Match{3, numberWords(a) + " to " + numberWords(offer), "range"};
    }
    // "7-3=4": a sum, not a range.
    if (isSym(t, skip(t, i + 3), "=")) return Match{3, numberWords(a) + " minus " + numberWords(b), "math"};
    // "Table 6-1", "Figure 3-2": a label numbered by chapter, said as its two numbers (a hyphen; an en
    // dash is a range, "chapters 1–3").
    if (i >= 2 && isSym(t, i + 1, "-") && isKind(t, i - 1, Kind::Space) && isCapitalized(t[i - 2].text) &&
        isWordIn(t, i - 2, {"table", "figure", "fig", "exhibit", "appendix", "equation", "listing", "diagram"})) {
        return Match{3, numberWords(a) + "-" + numberWords(b), "label"};
    }
    if (isYear(&t[i]) && (isYear(&t[i + 2]) || t[i + 2].text.size() == 2)) {
        // "2021-22" says the second year short, as it is written: "twenty twenty-one to twenty-two".
        // ("2008-09" says the whole second year: "two thousand eight to two thousand nine".)
        const std::string& second = t[i + 2].text;
        const std::string upper = second.size() != 2 ? yearSpoken(second)
                                  : second[0] == '0' ? yearSpoken(t[i].text.substr(0, 2) + second)
                                                     : wholeWords(second);
        // ("2021-22 to 2025-26": two such spans joined by "to" each said without one, "twenty twenty-one twenty-two to
        // twenty twenty-five twenty-six", as Indian and Australian copy names its financial years.)
        const auto spanAt = [&](std::size_t k) {
            return k + 2 < t.size() && isYear(&t[k]) && isDash(t, k + 1) && isKind(t, k + 2, Kind::Number) && t[k + 2].text.size() == 2 &&
                   t[k + 2].text[0] != '0';
        };
        const bool spanOfSpans = second.size() == 2 && second[0] != '0' &&
                                 ((isKind(t, i + 3, Kind::Space) && isWordIn(t, i + 4, {"to", "through"}) && isKind(t, i + 5, Kind::Space) && spanAt(i + 6)) ||
                                  (i >= 6 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"to", "through"}) && isKind(t, i - 3, Kind::Space) && spanAt(i - 6)));
        return Match{3, yearSpoken(t[i].text) + (spanOfSpans ? " " : rangeJoiner(t, i)) + upper, "range"};
    }
    // ("surge of 4-6' is possible": a range of heights with the foot mark after its second figure.)
    if (isSym(t, i + 3, "\xE2\x80\xB2") ||
        (isSym(t, i + 3, "'") && !isKind(t, i + 4, Kind::Word) && !isKind(t, i + 4, Kind::Number) && !singleQuoteOpenBefore(t, i) &&
         // ("He wrote '6-4' on the board": a quotation's mark opened right before the first figure.)
         !(i >= 1 && isSym(t, i - 1, "'")))) {
        return Match{4, numberWords(a) + rangeJoiner(t, i) + numberWords(b) + " feet", "range"};
    }
    // ("Rainfall of 2–4″": the typeset inch mark after its second figure.)
    if (isSym(t, i + 3, "\xE2\x80\xB3")) return Match{4, numberWords(a) + rangeJoiner(t, i) + numberWords(b) + " inches", "range"};
    return Match{3, numberWords(a) + rangeJoiner(t, i) + numberWords(b), "range"};
}

namespace {

// The operator at token k of an arithmetic chain, spoken; null when k holds none.
const char* operatorWords(const Tokens& t, std::size_t k) {
    if (isSym(t, k, "*") || isSym(t, k, "\xC3\x97")) return " times ";
    if (isSym(t, k, "+")) return " plus ";
    if (isSym(t, k, "-") || isSym(t, k, "\xE2\x88\x92")) return " minus ";  // hyphen-minus, U+2212 minus sign
    if (isSym(t, k, "=")) return " equals ";
    if (isSym(t, k, "^")) return " to the power of ";  // "squared" and "cubed" for 2 and 3
    return nullptr;
}

}  // namespace

// Arithmetic written out: "2^15 - 1", "10^5 * 300 = 30 million", "2+2=4". A chain of numbers joined by
// operators is a sum when it holds a power, a "*", a "+" or an "=" (a dash alone is a range or a score,
// an "x" or "×" alone a size: the rules below read those). eSpeak NG says nothing for "^" and "*".
std::optional<Match> arithmeticRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || !parseNumber(t[i].text).valid) return std::nullopt;
    // Part of a word or code ("A4+", "v2^"): not a sum.
    if (i > 0 && t[i - 1].kind == Kind::Word) return std::nullopt;
    std::string spoken = numberWords(parseNumber(t[i].text));
    std::size_t end = i + 1;
    bool sum = false;
    for (;;) {
        const std::size_t op = skip(t, end);
        const char* words = operatorWords(t, op);
        const std::size_t b = skip(t, op + 1);
        if (words == nullptr || !isKind(t, b, Kind::Number) || isKind(t, b + 1, Kind::Word)) break;
        // (A sign glued to its figure after a space, "152.4 +13.8%", is a table's change, not a sum: "2 + 2", "2+2" are.)
        if (isKind(t, op - 1, Kind::Space) && b == op + 1 && (isSym(t, op, "+") || isSym(t, b + 1, "%"))) break;
        const Num n = parseNumber(t[b].text);
        if (!n.valid) break;
        const bool power = isSym(t, op, "^");
        spoken += power && t[b].text == "2" ? " squared" : power && t[b].text == "3" ? " cubed" : words + numberWords(n);
        sum = sum || (!isDash(t, op) && !isSym(t, op, "\xC3\x97"));
        end = b + 1;
    }
    if (!sum) return std::nullopt;
    return Match{end - i, spoken, "math"};
}

// A number made plural: "HTTP 500s", "404s", "the 747s" ("the 1990s" and "the 50s" are decades, read
// before): the number's words with the last one made plural.
std::optional<Match> pluralNumberRule(const Tokens& t, std::size_t i) {
    // "all four par 5s", "the par-3s": a golf course's holes by their par, "par fives".
    if (isKind(t, i, Kind::Number) && t[i].text.size() == 1 && t[i].text[0] >= '3' && t[i].text[0] <= '6' && isKind(t, i + 1, Kind::Word) &&
        t[i + 1].text == "s" && !isKind(t, i + 2, Kind::Word) && i >= 2 && (isKind(t, i - 1, Kind::Space) || isSym(t, i - 1, "-")) &&
        isWordIn(t, i - 2, {"par"})) {
        return Match{2, pluralWords(cardinalWords(static_cast<unsigned>(t[i].text[0] - '0'))), "number"};
    }
    // A round number made plural counts loosely: "1,000s lose power" is "thousands", "10,000s" "tens of
    // thousands".
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Word) && t[i + 1].text == "s" && !isKind(t, i + 2, Kind::Word)) {
        std::string digits;
        for (char c : t[i].text) {
            if (c != ',') digits += c;
        }
        static const std::pair<const char*, const char*> kLoose[] = {{"100", "hundreds"},
                                                                     {"1000", "thousands"},
                                                                     {"10000", "tens of thousands"},
                                                                     {"100000", "hundreds of thousands"},
                                                                     {"1000000", "millions"}};
        for (const auto& [written, spoken] : kLoose) {
            if (digits == written) return Match{2, spoken, "plural"};
        }
    }
    if (!isKind(t, i, Kind::Number) || !digitsOnly(t[i].text) || !isKind(t, i + 1, Kind::Word) || t[i + 1].text != "s" ||
        isKind(t, i + 2, Kind::Word) || isKind(t, i + 2, Kind::Number)) {
        return std::nullopt;
    }
    // "England Under-21s", "the Over-50s": a team or a group named by an age.
    if (i >= 2 && isSym(t, i - 1, "-") && isWordIn(t, i - 2, {"under", "over"}) && t[i].text.size() <= 2) {
        return Match{2, pluralWords(wholeWords(t[i].text)), "plural"};
    }
    if (i > 0 && !isKind(t, i - 1, Kind::Space)) return std::nullopt;
    // "four grade 9s", "Year 10s", "size 12s": grades, school years and sizes in the plural.
    if (t[i].text.size() <= 2 && isWordIn(t, i - 2, {"grade", "grades", "year", "size", "sizes", "band", "level", "straight"})) {
        return Match{2, pluralWords(wholeWords(t[i].text)), "plural"};
    }
    if (decadeRule(t, i)) return std::nullopt;  // "the 1990s", "the 50s"
    // ("grounded its MAX 9s", "the optional 21s": a model's number after its name in capitals, a wheel's size after "optional".)
    if (t[i].text.size() <= 2 && ((i >= 2 && isKind(t, i - 2, Kind::Word) &&
                                   ((t[i - 2].text.size() >= 2 && isUpperWord(t[i - 2].text)) || isLexiconPlaceholder(t[i - 2].text))) ||
                                  isWordIn(t, i - 2, {"optional", "standard"}))) {
        return Match{2, pluralWords(wholeWords(t[i].text)), "plural"};
    }
    // Three digits at least ("12s" and "5s" are seconds more often: "a lead of 12s"), after a name or a
    // determiner ("HTTP 500s", "the 747s", "more 404s"); after a verb "145s" is seconds.
    const std::string before = previousWord(t, i);
    // (Or after a count of them: "delivering about 38 737s a month".)
    if (t[i].text.size() < 3 || (before.empty() && !isKind(t, i - 2, Kind::Number)) ||
        !(isKind(t, i - 2, Kind::Number) || std::isupper(static_cast<unsigned char>(before[0])) ||
          isWordIn(t, i - 2, {"the", "these", "those", "some", "many", "more", "most", "few", "fewer", "all", "no", "any",
                              "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "several", "its", "their",
                              "or", "and", "of"}))) {
        return std::nullopt;
    }
    // "Burgundy's 2019s", "the 2021s": a vintage's or a year group's year, said as a year.
    const int value = toInt(t[i].text);
    const bool year = t[i].text.size() == 4 && value >= 1900 && value <= 2099 && value % 10 != 0;
    // ("the 747s", "six Boeing 737s", "more 404s": three figures that are no round hundred name a model or a code, said in
    // pairs as their singular is, "seven forty-sevens"; "HTTP 500s" are "five hundreds".)
    // (Not a round ten: "highs in the 110s", "the 210s and 220s" are a band of figures.)
    const bool pairs = t[i].text.size() == 3 && t[i].text[2] != '0';
    const std::string words = year ? yearSpoken(t[i].text) : pairs ? pairWords(t[i].text) : wholeWords(t[i].text);
    if (words.empty()) return std::nullopt;
    return Match{2, pluralWords(words), "plural"};
}

// A variable or a unit raised to a power: "n^2" is "n squared", "x^10" is "x to the power of ten",
// "per km^2" is "per km squared".
std::optional<Match> variablePowerRule(const Tokens& t, std::size_t i) {
    const auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
    if (!isKind(t, i, Kind::Word) || t[i].text.size() > 2 || !std::all_of(t[i].text.begin(), t[i].text.end(), letter) ||
        !isSym(t, i + 1, "^") || !isKind(t, i + 2, Kind::Number) || isKind(t, i + 3, Kind::Word)) {
        return std::nullopt;
    }
    const Num n = parseNumber(t[i + 2].text);
    if (!n.valid) return std::nullopt;
    const std::string& p = t[i + 2].text;
    return Match{3, t[i].text + (p == "2" ? " squared" : p == "3" ? " cubed" : " to the power of " + numberWords(n)), "math"};
}

namespace {

// The power written after a ten at `at`: "^8", "^-9", "⁷", "⁻¹¹". Its figures and sign, and where it ends
// (`at` where there is none).
std::size_t exponentAfter(const Tokens& t, std::size_t at, std::string& digits, bool& minus) {
    std::size_t e = at;
    minus = false;
    digits.clear();
    if (isSym(t, e, "^") && isKind(t, e + 1, Kind::Number) && digitsOnly(t[e + 1].text)) {
        digits = t[e + 1].text;
        return e + 2;
    }
    if (isSym(t, e, "^") && isSym(t, e + 1, "-") && isKind(t, e + 2, Kind::Number) && digitsOnly(t[e + 2].text)) {
        minus = true;
        digits = t[e + 2].text;
        return e + 3;
    }
    if (isSym(t, e, "\xE2\x81\xBB")) minus = true, ++e;  // superscript minus
    e = raisedFigures(t, e, digits);
    return digits.empty() ? at : e;
}

std::string powerOfTenWords(const std::string& digits, bool minus) {
    return std::string("ten to the power of ") + (minus ? "minus " : "") + numberWords(parseNumber(digits));
}

}  // namespace

// Sizes, products and ratios between two numbers: "4x6", "10 × 12", "3 x 4 = 12", "16:9", "1:100".
std::optional<Match> operatorRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number)) return std::nullopt;
    const Num a = parseNumber(t[i].text);
    if (!a.valid) return std::nullopt;
    // "about 10⁻⁹ relative to hydrogen", "10^6 cells": a power of ten alone, "ten to the power of minus nine".
    if (t[i].text == "10") {
        std::string digits;
        bool minus = false;
        const std::size_t e = exponentAfter(t, i + 1, digits, minus);
        // (Not a note's mark after a ten, "10¹".)
        if (!digits.empty() && digits.size() <= 3 && (minus || digits != "1")) {
            return Match{e - i, powerOfTenWords(digits, minus), "math"};
        }
    }
    std::size_t k = skip(t, i + 1);
    const bool times = isTimesSign(t, k);
    if (times) {
        const std::size_t b = skip(t, k + 1);
        // "1.5 × 10⁷", "3 x 10^8", "6.6 × 10⁻¹¹": a number in scientific notation, "times ten to the power of seven".
        if (isKind(t, b, Kind::Number) && t[b].text == "10") {
            std::string digits;
            bool minus = false;
            const std::size_t e = exponentAfter(t, b + 1, digits, minus);
            if (!digits.empty() && digits.size() <= 3) {
                std::string spoken = numberWords(a) + " times " + powerOfTenWords(digits, minus);
                // (And its unit: "3 x 10^8 m/s".)
                if (const auto unit = unitsAfter(t, e)) return Match{e + unit->length - i, spoken + unit->spoken, "math"};
                return Match{e - i, spoken, "math"};
            }
        }
        if (!isKind(t, b, Kind::Number) || (isKind(t, k, Kind::Word) && isKind(t, k + 1, Kind::Word))) return std::nullopt;
        // "7950X3D": letters glued after the second number make a model's name, not a size.
        // ("4x100m": a relay's legs, the unit glued after the distance.)
        if (b == k + 1 && isKind(t, b + 1, Kind::Word) &&
            !(findUnit(t[b + 1].text) != nullptr && !isKind(t, b + 2, Kind::Word) && !isKind(t, b + 2, Kind::Number))) {
            return std::nullopt;
        }
        const Num n = parseNumber(t[b].text);
        if (!n.valid) return std::nullopt;
        // With an "=" after it, a product; otherwise a size ("a 10 by 12 tarp").
        std::size_t after = b + 1;
        while (after < t.size() && !isSym(t, after, "=") && !isSym(t, after, ".") && !isSym(t, after, ",")) ++after;
        const bool product = isSym(t, after, "=");
        // "2 x 3 mm": the unit after the second number measures both.
        if (!product) {
            if (const auto measured = unitRule(t, b); measured && measured->length > 1) {
                // ("112 x 15 MW turbines", "4 x 100 kW chargers": a count of machines of a power, which no side measures:
                // "a hundred and twelve fifteen-megawatt turbines".)
                const std::size_t symbol = skip(t, b + 1);
                const bool power = a.fraction.empty() && isWordIn(t, symbol, {"w", "kw", "mw", "gw", "hp", "bhp", "kwh", "mwh", "gwh", "kva", "mva"});
                return Match{b - i + measured->length, numberWords(a) + (power ? " " : " by ") + measured->spoken, "math"};
            }
        }
        // "312 x 221 x 14.9mm": a third side, the unit after it measuring all three.
        const std::size_t k2 = skip(t, b + 1);
        if (!product && k2 > b + 1 && isWordIn(t, k2, {"x"}) && isKind(t, skip(t, k2 + 1), Kind::Number)) {
            const std::size_t c = skip(t, k2 + 1);
            if (const auto measured = unitRule(t, c); measured && measured->length > 1) {
                return Match{c - i + measured->length, numberWords(a) + " by " + numberWords(n) + " by " + measured->spoken, "math"};
            }
            const Num third = parseNumber(t[c].text);
            if (third.valid) return Match{c + 1 - i, numberWords(a) + " by " + numberWords(n) + " by " + numberWords(third), "math"};
        }
        return Match{b + 1 - i, numberWords(a) + (product ? " times " : " by ") + numberWords(n), "math"};
    }
    // "50m x 25m", "10ft x 12ft": each side with its unit glued to it.
    // (The sign of a size may be "×" as well as "x".)
    if (isKind(t, i + 1, Kind::Word) && findUnit(t[i + 1].text) != nullptr && isKind(t, i + 2, Kind::Space) && isTimesSign(t, i + 3) &&
        isKind(t, i + 4, Kind::Space) && isKind(t, i + 5, Kind::Number) && isKind(t, i + 6, Kind::Word) && findUnit(t[i + 6].text) != nullptr) {
        const auto first = unitRule(t, i), second = unitRule(t, i + 5);
        if (first && second && first->length == 2 && second->length >= 2) {
            // (Before a noun, the size describes it and both units are singular: "a fifty-meter by twenty-five-meter pool".)
            std::string secondSpoken = second->spoken;
            const Unit& unit = findUnit(t[i + 6].text)->second;
            const std::size_t after = i + 5 + second->length;
            const bool describes = isKind(t, after, Kind::Space) && isKind(t, after + 1, Kind::Word) &&
                                   std::islower(static_cast<unsigned char>(t[after + 1].text[0])) && !isFunctionWord(t[after + 1].text);
            const std::string many = std::string(" ") + unit.many;
            if (describes && secondSpoken.ends_with(many)) secondSpoken.replace(secondSpoken.size() - many.size(), many.size(), std::string(" ") + unit.one);
            return Match{5 + second->length, first->spoken + " by " + secondSpoken, "math"};
        }
    }
    // "a 40' x 120' lot", "20′ × 30′": each side in feet with its prime mark, "a forty-by-one-hundred-and-twenty-foot lot" before a
    // noun, "forty by one hundred and twenty feet" alone.
    const auto primeAt = [&](std::size_t k) { return isSym(t, k, "'") || isSym(t, k, "\xE2\x80\xB2"); };
    // ("6'x4'": the sign glued to the second side is one word with it.)
    if (primeAt(i + 1) && digitsOnly(t[i].text)) {
        std::size_t k = i + 2, side = t.size();
        std::string figures;
        if (isKind(t, k, Kind::Word) && t[k].text.size() > 1 && (t[k].text[0] == 'x' || t[k].text[0] == 'X') && digitsOnly(t[k].text.substr(1))) {
            figures = t[k].text.substr(1);
            side = k;
        } else if (isTimesSign(t, skip(t, k)) && isKind(t, skip(t, skip(t, k) + 1), Kind::Number) && digitsOnly(t[skip(t, skip(t, k) + 1)].text)) {
            side = skip(t, skip(t, k) + 1);
            figures = t[side].text;
        }
        const std::size_t end = side + 2;
        if (!figures.empty() && primeAt(side + 1) && !isKind(t, end, Kind::Number)) {
            const bool describes = isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Word) &&
                                   std::islower(static_cast<unsigned char>(t[end + 1].text[0])) && !isFunctionWord(t[end + 1].text);
            const std::string second = numberWords(parseNumber(figures));
            return Match{end - i, describes ? numberWords(a) + "-by-" + second + "-foot" : numberWords(a) + " by " + second + " feet", "math"};
        }
    }
    // "12 ft x 14 ft": each side with its unit.
    if (isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && findUnit(t[i + 2].text) != nullptr &&
        isKind(t, i + 3, Kind::Space) && isTimesSign(t, i + 4) && isKind(t, i + 5, Kind::Space) &&
        isKind(t, i + 6, Kind::Number)) {
        const auto first = unitRule(t, i), second = unitRule(t, i + 6);
        if (first && second && first->length == 3 && second->length >= 3) {
            // (Before a noun both sides are singular, as with the units glued: "a 1.1 m × 0.7 m mirror".)
            std::string firstSpoken = first->spoken, secondSpoken = second->spoken;
            const std::size_t after = i + 6 + second->length;
            const bool describes = isKind(t, after, Kind::Space) && isKind(t, after + 1, Kind::Word) &&
                                   std::islower(static_cast<unsigned char>(t[after + 1].text[0])) && !isFunctionWord(t[after + 1].text);
            const Unit& unit = findUnit(t[i + 2].text)->second;
            const std::string many = std::string(" ") + unit.many;
            for (std::string* side : {&firstSpoken, &secondSpoken}) {
                if (describes && side->ends_with(many)) side->replace(side->size() - many.size(), many.size(), std::string(" ") + unit.one);
            }
            return Match{6 + second->length, firstSpoken + " by " + secondSpoken, "math"};
        }
    }
    // "randomized 2:1:1", "a 3:2:1 split", "the 100:80:100 model": a ratio of three parts or more; a clock's minutes and
    // seconds have two digits, and no part of a clock three.
    if (isSym(t, i + 1, ":") && isKind(t, i + 2, Kind::Number) && isSym(t, i + 3, ":") && isKind(t, i + 4, Kind::Number) && digitsOnly(a.whole) &&
        a.fraction.empty() && a.whole.size() <= 3) {
        std::size_t end = i + 1;
        std::string spoken = numberWords(a);
        bool single = false, hundreds = a.whole.size() == 3;
        while (isSym(t, end, ":") && isKind(t, end + 1, Kind::Number) && digitsOnly(t[end + 1].text) && t[end + 1].text.size() <= 3) {
            single = single || t[end + 1].text.size() == 1;
            hundreds = hundreds || t[end + 1].text.size() == 3;
            spoken += " to " + wholeWords(t[end + 1].text);
            end += 2;
        }
        if ((single || hundreds) && !isSym(t, end, ":")) return Match{end - i, spoken, "math"};
    }
    // "ISO 13485:2016", "IEC 62304:2006": a standard and the year of its edition, "…, twenty sixteen".
    if (isSym(t, i + 1, ":") && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() >= 3 && digitsOnly(t[i + 2].text) &&
        t[i + 2].text.size() == 4 && toInt(t[i + 2].text) >= 1950 && toInt(t[i + 2].text) <= 2099 && !isKind(t, i + 3, Kind::Number) &&
        isWordIn(t, i >= 2 ? i - 2 : t.size(), {"iso", "iec", "en", "bs", "ansi", "ieee", "din", "astm", "sae", "nfpa", "ul", "as", "nzs"})) {
        return Match{3, numberWords(a) + ", " + yearSpoken(t[i + 2].text), "code"};
    }
    // Ratios: an aspect ratio, or odds; a time of day has minutes under sixty and two digits.
    if (isSym(t, i + 1, ":") && isKind(t, i + 2, Kind::Number)) {
        const std::string& second = t[i + 2].text;
        const bool aspect = (t[i].text == "16" && second == "9") || (t[i].text == "4" && second == "3") ||
                            (t[i].text == "21" && second == "9") || (t[i].text == "9" && second == "16") ||
                            (t[i].text == "3" && second == "2") ||
                            // ("a 14in 16:10 display", "its 3:2 screen": a screen's shape before the screen's word.)
                            (((t[i].text == "16" && second == "10") || (t[i].text == "5" && second == "4") || (t[i].text == "32" && second == "9") ||
                              (t[i].text == "18" && second == "9") || (t[i].text == "20" && second == "9") || (t[i].text == "19" && second == "9") ||
                              (t[i].text == "19.5" && second == "9")) &&
                             isWordIn(t, skip(t, i + 3), {"display", "displays", "screen", "screens", "aspect", "monitor"}) &&
                             !isWordIn(t, i >= 2 ? i - 2 : t.size(), {"at", "by", "until", "till", "from", "for", "before", "after"}));
        const std::string prev = lowerAscii(previousWord(t, i));
        // After "of", a ratio or a score ("a ratio of 3:1", "a score of 25:20"), unless it reads as a
        // clock ("as of 10:00").
        const bool clock = second.size() == 2 && a.whole.size() <= 2 && toInt(a.whole) <= 24 && toInt(second) <= 59;
        // (Or before the word for what it divides: "a 59:41 ratio", "a 60:40 mix", "a 3:2 majority": shares of a
        // hundred or two small parts; "a 2:05 split", a runner's time, and "the 6:00 split shift" are clocks.)
        const bool shares = digitsOnly(a.whole) && digitsOnly(second) && a.fraction.empty() && a.whole.size() <= 3 && second.size() <= 3 &&
                            (toInt(a.whole) + toInt(second) == 100 || (a.whole.size() == 1 && second.size() == 1));
        // (Or shares of a hundred in a sentence about a ratio: "The funding ratio will be 90:10".)
        const bool divides = isWordIn(t, skip(t, i + 3), {"ratio", "ratios"}) ||
                             (shares && isWordIn(t, skip(t, i + 3), {"split", "majority", "margin", "mix", "share"})) ||
                             (shares && toInt(a.whole) + toInt(second) == 100 && speaksOfARatio(t));
        // (A race's time after "of", minutes and seconds: "her own world record of 28:46", "a best of 12:59".)
        const bool raceTime = prev == "of" && second.size() == 2 && toInt(second) <= 59 && digitsOnly(a.whole) && a.whole.size() <= 2 &&
                              isWordIn(t, i >= 4 ? i - 4 : t.size(), {"record", "time", "best", "pb", "mark", "times", "clocking", "sb",
                                                                      // (or the stretch it was run on: "the 15.8km climb of 39:41")
                                                                      "climb", "ascent", "lap", "leg", "stage", "course", "segment", "swim"});
        const bool odds = second.size() != 2 || prev == "odds" || prev == "ratio" || prev == "split" || (prev == "of" && !clock && !raceTime) ||
                          (divides && (prev != "at" && prev != "by" && prev != "until" && prev != "till" && prev != "from"));
        if (aspect && !isSym(t, i + 3, ":") && !divides && prev != "split" && prev != "voted") {
            return Match{3, numberWords(a) + " by " + wholeWords(second), "math"};
        }
        if (odds && !isSym(t, i + 3, ":") && digitsOnly(second)) {
            return Match{3, numberWords(a) + " to " + wholeWords(second), "math"};
        }
        // A map's scale, "1:50,000": its thousands grouped.
        if (odds && !isSym(t, i + 3, ":") && second.find(',') != std::string::npos && parseNumber(second).valid &&
            parseNumber(second).fraction.empty()) {
            return Match{3, numberWords(a) + " to " + numberWords(parseNumber(second)), "math"};
        }
    }
    return std::nullopt;
}

// "4Q EPS", "left in the 3Q", "1H25 sales": a quarter or a half written with its number first, as market
// and sports copy does; "fourth-quarter EPS", "the third quarter", "first-half twenty twenty-five sales".
// A figure known by its initials that a period qualifies, "EPS", "GDP", written in capitals: "Q3 FY25 EPS", "Q2 2025 GDP".
static bool metricInitialsAt(const Tokens& t, std::size_t k) {
    return isWordIn(t, k, {"eps", "ebitda", "ebit", "gdp", "cpi", "pmi", "arr", "ffo", "nii"}) && isUpperWord(t[k].text);
}

// "FY2026", "FY27", "FY 2025": a fiscal year, "fiscal year twenty twenty-six"; returns the words and where it ends.
static std::optional<std::pair<std::string, std::size_t>> fiscalYearAt(const Tokens& t, std::size_t i) {
    // ("AY2024/25": an academic year, written as a fiscal one is, its letters joined to the year.)
    const bool academic = isKind(t, i, Kind::Word) && t[i].text == "AY" && isKind(t, i + 1, Kind::Number);
    if (!isKind(t, i, Kind::Word) || (t[i].text != "FY" && !academic) || (i > 0 && isKind(t, i - 1, Kind::Word))) return std::nullopt;
    const std::size_t k = isKind(t, i + 1, Kind::Space) ? i + 2 : i + 1;
    if (!isKind(t, k, Kind::Number) || !digitsOnly(t[k].text) || !(t[k].text.size() == 2 || isYear(&t[k])) || isKind(t, k + 1, Kind::Word)) {
        return std::nullopt;
    }
    // ("FY2024-25", "FY2023/24": a fiscal year across two calendar years, "to twenty-five".)
    const bool span = (isDash(t, k + 1) || isSym(t, k + 1, "/")) && isKind(t, k + 2, Kind::Number) && digitsOnly(t[k + 2].text) &&
                      (t[k + 2].text.size() == 2 || isYear(&t[k + 2]));
    const std::size_t end = span ? k + 3 : k + 1;
    // (As written: "FY27" "fiscal year twenty-seven", "FY2026" "fiscal year twenty twenty-six"; before what it
    // qualifies "fiscal", "FY2025 revenue" "fiscal twenty twenty-five revenue".)
    const bool metric = metricInitialsAt(t, end + 1);
    const bool qualifies = isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Word) &&
                           (std::islower(static_cast<unsigned char>(t[end + 1].text[0])) || metric) &&
                           !isWordIn(t, end + 1, {"and", "or", "to", "in", "on", "at", "as", "was", "is", "were", "will", "when", "from", "for",
                                                  "by", "with", "of", "than", "after", "before", "through", "compared"});
    const auto yearOf = [](const std::string& digits) { return digits.size() == 2 ? wholeWords(digits) : yearSpoken(digits); };
    std::string spoken = academic ? std::string(i == 0 ? "Academic year " : "academic year ") + yearOf(t[k].text)
                                  : std::string(i == 0 ? "Fiscal" : "fiscal") + (qualifies ? " " : " year ") + yearOf(t[k].text);
    if (span) spoken += " to " + yearOf(t[k + 2].text);
    return std::make_pair(spoken, end);
}

// A word that brings its own article stands before token i: "the", "its", "Apple's".
static bool determinedAt(const Tokens& t, std::size_t i) {
    return i >= 2 && isKind(t, i - 2, Kind::Word) &&
           (isPossessive(t[i - 2].text) || isWordIn(t, i - 2, {"the", "a", "its", "their", "this", "that", "our", "his", "her"}));
}

// A company's figure that a period qualifies: "H1 profit", "1H revenue", "9M sales".
static bool companyFigureAt(const Tokens& t, std::size_t k) {
    return isWordIn(t, k, {"profit", "profits", "pre", "pretax", "revenue", "revenues", "sales", "results", "earnings", "loss", "losses",
                           "outlook", "guidance", "dividend", "growth", "performance", "turnover", "operating", "net", "underlying",
                           "adjusted", "margin", "margins", "volumes", "deliveries", "update", "estimates", "forecasts", "expectations",
                           "consensus", "setup", "recovery", "rebound", "ramp", "momentum", "trajectory", "skew", "weighting", "slowdown",
                           "acceleration", "improvement"});
}

// "H2 2025", "in H1 2026": a half and its year, "the second half of twenty twenty-five" (after a word
// that brings its own article, without "the"); a quarter the same, "by Q4 2029", "the fourth quarter of …".
static std::optional<Match> halfFirstRule(const Tokens& t, std::size_t i) {
    // ("H1-FY25": a hyphen before the fiscal year, as Pakistan's and India's papers write it.)
    const bool hyphenFiscal = isSym(t, i + 2, "-") && isKind(t, i + 3, Kind::Word) && t[i + 3].text == "FY";
    const bool quarter = isKind(t, i, Kind::Word) && t[i].text == "Q";
    // ("Profit rose 12% in H2.": a half at a clause's end too, where the sentence gives a company's figures.)
    const bool halfOfFigures = isKind(t, i, Kind::Word) && t[i].text == "H" && i >= 2 && isWordIn(t, i - 2, {"in", "during", "for", "over", "since"}) &&
                               anyWordIn(t, {"revenue", "revenues", "profit", "profits", "sales", "earnings", "results", "growth", "margin",
                                             "margins", "ebitda", "dividend", "output", "deliveries", "guidance"});
    if (!isKind(t, i, Kind::Word) || (t[i].text != "H" && !quarter) || (i > 0 && isKind(t, i - 1, Kind::Word)) || !isKind(t, i + 1, Kind::Number) ||
        t[i + 1].text.size() != 1 || t[i + 1].text[0] < '1' || t[i + 1].text[0] > (quarter ? '4' : '2') ||
        (!isKind(t, i + 2, Kind::Space) && !hyphenFiscal &&
         !((quarter || halfOfFigures) && (i + 2 >= t.size() || isSym(t, i + 2, ",") || isSym(t, i + 2, ".") || isSym(t, i + 2, ";") ||
                                          isSym(t, i + 2, ")"))))) {
        return std::nullopt;
    }
    // ("the fastest lap in Q3": a motor race's qualifying session, "Q three", as its commentators say it.)
    if (quarter && t[i + 1].text[0] != '4' &&
        anyWordIn(t, {"lap", "laps", "qualifying", "pole", "grid", "session", "sessions", "quali", "tyres", "tyre", "tires", "prix", "f1",
                      "eliminated", "knocked", "fastest"}) &&
        !anyWordIn(t, {"revenue", "profit", "sales", "earnings", "results", "quarterly", "fiscal", "growth", "gdp"})) {
        return std::nullopt;
    }
    static const char* const kOrdinals[] = {"first", "second", "third", "fourth"};
    const std::string which = kOrdinals[t[i + 1].text[0] - '1'];
    const std::string part = quarter ? "quarter" : "half";
    // (Not a model's or a molecule's name: "Hummer H2 2008", "hydrogen H2 2030 targets".)
    if (i >= 2 && isKind(t, i - 2, Kind::Word) && (isCapitalized(t[i - 2].text) || isWordIn(t, i - 2, {"hydrogen", "green", "blue", "grey", "gray"})) &&
        !isWordIn(t, i - 2, {"in", "for", "by", "during", "its", "the", "over", "from", "since", "until", "into", "our", "their", "his",
                             "her", "first", "strong", "weak", "record"})) {
        return std::nullopt;
    }
    // ("H1 pre-tax profit rose", "the H2 outlook": a half before a company's figure, no year, "first-half".)
    // (Or before a figure known by its initials or a forecaster's word: "the Q2 GDP numbers", "her Q4 forecast".)
    if (companyFigureAt(t, i + 3) || (isKind(t, i + 2, Kind::Space) && metricInitialsAt(t, i + 3)) ||
        (quarter && isWordIn(t, i + 3, {"forecast", "forecasts", "outlook", "numbers", "figures", "data", "estimate", "estimates", "print", "report"}))) {
        std::string said = which + "-" + part;
        if (i == 0) said[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(said[0])));
        return Match{2, said, "number"};
    }
    std::string year;
    std::size_t end = 0;
    if (const auto fiscal = fiscalYearAt(t, i + 3)) {
        year = fiscal->first;
        end = fiscal->second;
    } else if (isYear(tok(t, i + 3)) && !isKind(t, i + 4, Kind::Word)) {
        year = yearSpoken(t[i + 3].text);
        end = i + 4;
    } else if (i >= 2 && isSym(t, i - 1, "-") && isWordIn(t, i - 2, {"end", "start"})) {
        // "by end-Q3", "from start-H2": the part of the period, as analysts write it short, "end-of the third quarter" (a
        // hyphen between words is no sound to eSpeak NG).
        return Match{2, "of the " + which + " " + part, "number"};
    } else {
        // "by the end of Q1", "88.4% in Q3, the figures show", "Q3 was another record quarter": without its year, after a
        // preposition or opening the sentence, the period itself ("Q3 Holdings" is a name).
        // (A half only after a preposition: "the H1 tag" is a web page's heading.)
        const bool period = (quarter && i == 0) ||
                            (i >= 2 && isWordIn(t, i - 2, {"in", "for", "during", "by", "since", "until", "over", "from", "after", "before", "through",
                                                           "throughout", "into", "to", "of"})) ||
                            (quarter && i >= 2 && isWordIn(t, i - 2, {"the", "its", "their", "this", "last", "next"})) ||
                            // ("in Q1 and Q2", "Q1, Q2 and Q3": the next of a list of quarters.)
                            // (Not a table's cells, "Buffalo, Q1, 0, Q2, 14": a figure after the quarter is its score.)
                            (quarter && i >= 2 && (isWordIn(t, i - 2, {"and", "or"}) || isSym(t, i - 2, ",")) &&
                             !((isSym(t, i + 2, ",") || isSym(t, i + 2, ":")) && isKind(t, skip(t, i + 3), Kind::Number)) &&
                             !isKind(t, skip(t, i + 2), Kind::Number) &&
                             std::any_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(i), [&](const Token& q) {
                                 const std::size_t k = static_cast<std::size_t>(&q - t.data());
                                 return q.kind == Kind::Word && q.text == "Q" && isKind(t, k + 1, Kind::Number) && t[k + 1].text.size() == 1;
                             }));
        const bool nameAfter = isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) && isCapitalized(t[i + 3].text);
        if (!period || nameAfter) return std::nullopt;
        const bool article = determinedAt(t, i) || (i >= 2 && isWordIn(t, i - 2, {"last", "next"}));
        return Match{2, std::string(article ? "" : i == 0 ? "The " : "the ") + which + " " + part, "number"};
    }
    // (Before what it qualifies, "H1 2026 profit": "first-half twenty twenty-six profit".)
    // (After the word that brings its article: "in H2 2025 beat" is the period itself.)
    // (Or before a company's figure where no preposition makes it the period: "Q3 2025 sales rose", not "In H1 2025 profit rose".)
    const bool afterPreposition = i >= 2 && isWordIn(t, i - 2, {"in", "for", "during", "by", "since", "until", "over", "from", "after",
                                                                "before", "through", "throughout", "into", "to"});
    // (Or a figure known by its initials: "reported Q3 FY25 EPS of $1.42", "Q2 2025 GDP".)
    const bool metricAfter = isKind(t, end, Kind::Space) && metricInitialsAt(t, end + 1);
    const bool figureAfter = !afterPreposition && isKind(t, end, Kind::Space) && (companyFigureAt(t, end + 1) || metricAfter);
    if ((determinedAt(t, i) || figureAfter) && isKind(t, end, Kind::Space) &&
        isKind(t, end + 1, Kind::Word) && (std::islower(static_cast<unsigned char>(t[end + 1].text[0])) || metricAfter) &&
        !isWordIn(t, end + 1, {"with", "of", "and", "or", "to", "in", "on", "at", "as", "after", "before", "than", "was", "is", "were",
                               "will", "when", "from", "for", "by"})) {
        std::string said = which + "-" + part + " " + year;
        if (i == 0) said[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(said[0])));
        return Match{end - i, said, "number"};
    }
    // ("end-Q3 2025": "end-of the third quarter of twenty twenty-five".)
    const bool partOf = i >= 2 && isSym(t, i - 1, "-") && isWordIn(t, i - 2, {"end", "start"});
    return Match{end - i, std::string(partOf ? "of the " : determinedAt(t, i) ? "" : i == 0 ? "The " : "the ") + which + " " + part + " of " + year, "number"};
}

static std::optional<Match> periodFirstRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || t[i].text.size() != 1 || !isKind(t, i + 1, Kind::Word) || (i > 0 && isKind(t, i - 1, Kind::Word))) {
        return std::nullopt;
    }
    // (Not a model's name after its maker's: "Galaxy 4Q".)
    // (A sentence's capitalized article is no maker: "\"The 2H setup".)
    if (i > 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) && !isPossessive(t[i - 2].text) &&
        !isWordIn(t, i - 2, {"the", "a", "an", "this", "its", "our", "their"})) {
        return std::nullopt;
    }
    const std::string& letter = t[i + 1].text;
    const int n = t[i].text[0] - '0';
    // ("9M2023", "9M FY24": the first nine months of a company's year, as Asian results write them.)
    // (Not "3M", the company.)
    const bool months = letter == "M" && (n == 6 || n == 9);
    if (!((letter == "Q" && n >= 1 && n <= 4) || (letter == "H" && n >= 1 && n <= 2) || months)) return std::nullopt;
    std::size_t end = i + 2;
    std::string year;
    if (isKind(t, end, Kind::Number) && digitsOnly(t[end].text) && (t[end].text.size() == 2 || isYear(&t[end]))) {
        year = yearSpoken(t[end].text.size() == 2 ? "20" + t[end].text : t[end].text);
        ++end;
    } else if (isKind(t, end, Kind::Space) && (isYear(tok(t, end + 1)) || fiscalYearAt(t, end + 1))) {
        // ("2H 2027", "1H FY27": the year apart.)
        std::size_t k = end + 1;
        if (const auto fiscal = fiscalYearAt(t, k)) {
            year = fiscal->first;
            end = fiscal->second;
        } else {
            year = yearSpoken(t[k].text);
            end = k + 1;
        }
    }
    if (isKind(t, end, Kind::Word) || isKind(t, end, Kind::Number)) return std::nullopt;
    // (A half or months need their year or a company's figure after them: "a 2H pencil", "1H NMR", "a 9M
    // bond" are none.)
    if ((letter == "H" || months) && year.empty() && !(isKind(t, end, Kind::Space) && companyFigureAt(t, end + 1))) return std::nullopt;
    if (months) {
        const std::string count = wholeWords(t[i].text);
        const bool before = isKind(t, end, Kind::Space) && companyFigureAt(t, end + 1);
        if (before) return Match{end - i, count + "-month" + (year.empty() ? "" : " " + year), "number"};
        return Match{end - i, std::string(determinedAt(t, i) ? "first " : "the first ") + count + " months of " + year, "number"};
    }
    const std::string period = ordinalWords(static_cast<unsigned>(n)) + (letter == "Q" ? "-quarter" : "-half");
    // (Before what it qualifies, "4Q EPS", joined; else the period itself, "in the 3Q".)
    const bool qualifies = isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Word) && !isWordIn(t, end + 1, {"with", "of", "and", "or", "to", "in", "on", "at", "as", "after", "before"});
    std::string spoken = qualifies ? period : period.substr(0, period.find('-')) + (letter == "Q" ? " quarter" : " half");
    if (!year.empty()) spoken = qualifies ? period + " " + year : std::string(determinedAt(t, i) ? "" : "the ") + spoken + " of " + year;
    return Match{end - i, spoken, "number"};
}

std::optional<Match> periodRule(const Tokens& t, std::size_t i) {
    if (auto m = periodFirstRule(t, i)) return m;
    if (auto m = halfFirstRule(t, i)) return m;
    if (auto fiscal = fiscalYearAt(t, i)) {
        // ("by FY25-end": the end of that year, "the end of fiscal twenty-five".)
        if (isSym(t, fiscal->second, "-") && isWordIn(t, fiscal->second + 1, {"end", "start"}) && !isKind(t, fiscal->second + 2, Kind::Word)) {
            std::string year = fiscal->first;
            if (const std::size_t at = year.find(" year "); at != std::string::npos) year.erase(at, 5);
            year[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(year[0])));
            return Match{fiscal->second + 2 - i, "the " + lowerAscii(t[fiscal->second + 1].text) + " of " + year, "year"};
        }
        return Match{fiscal->second - i, fiscal->first, "year"};
    }
    return std::nullopt;
}

std::optional<Match> magnitudeRule(const Tokens& t, std::size_t i) {
    // "an M6.4 quake": an earthquake's magnitude ("a magnitude six point four quake": the article with it).
    const bool article = (t[i].text == "an" || t[i].text == "An") && isKind(t, i + 1, Kind::Space);
    const std::size_t m = article ? i + 2 : i;
    if (isKind(t, m, Kind::Word) && t[m].text == "M" && isKind(t, m + 1, Kind::Number) && t[m + 1].text.find('.') != std::string::npos &&
        !isKind(t, m + 2, Kind::Word) && anyWordIn(t, {"quake", "quakes", "earthquake", "earthquakes", "tremor", "tremors", "seismic",
                                                      "aftershock", "aftershocks", "usgs", "epicenter", "epicentre", "temblor",
                                                      // (a quake's reading revised, its shaking felt, with no word for the quake itself)
                                                      "geonet", "shaking", "revised", "magnitude", "richter"})) {
        const Num n = parseNumber(t[m + 1].text);
        if (n.valid) return Match{m + 2 - i, std::string(article ? t[i].text.substr(0, 1) + " " : "") + "magnitude " + numberWords(n), "number"};
    }
    // "measured mag. 6.1", "a Mag 5.8 quake": an earthquake's magnitude written short before its number.
    if (isWordIn(t, i, {"mag"}) && (isSym(t, i + 1, ".") ? isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Number)
                                                        : isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number))) {
        const std::size_t k = isSym(t, i + 1, ".") ? i + 3 : i + 2;
        const Num n = parseNumber(t[k].text);
        if (n.valid && !n.fraction.empty() && n.whole.size() == 1) return Match{k + 1 - i, "magnitude " + numberWords(n), "number"};
    }
    // "3.9 mn subscribers", "2 bn people": a short magnitude apart from its number, before what it counts.
    // ("1.4 bn," at a clause's end, "13.4 bn light-years", "41.3 mln bpd": "bn", "tn" and "mln" are never anything else.)
    // ("9.79 trln yen": wire copy's trillions too.)
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"mn", "bn", "tn", "mln", "bln", "trln", "trn"}) &&
        ((isKind(t, i + 3, Kind::Space) && isPluralNounAt(t, i + 4)) || isWordIn(t, i + 2, {"bn", "tn", "bln", "mln", "trln", "trn"}))) {
        const Num n = parseNumber(t[i].text);
        // ("24.9 bn km": with its unit after it.)
        if (n.valid && isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word) && t[i + 4].text.size() >= 2 && !isKind(t, i + 5, Kind::Word)) {
            if (const auto* unit = findUnit(t[i + 4].text); unit != nullptr && t[i + 4].text != "in") {
                return Match{5, numberWords(n) + " " + magnitudes().at(lowerAscii(t[i + 2].text)) + " " + unit->second.many, "number"};
            }
        }
        if (n.valid) return Match{3, numberWords(n) + " " + magnitudes().at(lowerAscii(t[i + 2].text)), "number"};
    }
    // "3.5bn", "250k" attached to a number
    if (!isKind(t, i, Kind::Number) || !isKind(t, i + 1, Kind::Word)) return std::nullopt;
    const std::string w = lowerAscii(t[i + 1].text);
    const Num n = parseNumber(t[i].text);
    if (!n.valid) return std::nullopt;
    // "250M people", "208B transistors", "15T tokens", "a 2M-token window": a capital M, B or T glued to
    // a count of at most three digits, before what it counts ("6.25m" is meters, "5B" a grade or a size).
    const std::string& letter = t[i + 1].text;
    // ("optics for 800G and 1.6T": a data rate's terabits where another figure in the sentence carries a G.)
    bool gigabits = false;
    for (std::size_t k = 0; letter == "T" && k + 1 < t.size() && !gigabits; ++k) gigabits = isKind(t, k, Kind::Number) && t[k + 1].text == "G";
    // ("our 1.6T optical DSPs", "1.6T Ethernet switches": a link's speed before the parts that carry it.)
    for (std::size_t k = i + 3, words = 0; letter == "T" && !gigabits && k < t.size() && words < 2; k += 2, ++words) {
        gigabits = isWordIn(t, k, {"optical", "optics", "ethernet", "switch", "switches", "transceiver", "transceivers", "port", "ports",
                                   "module", "modules", "dsp", "dsps", "link", "links", "networking", "interconnect", "interconnects", "pluggables"});
    }
    if ((letter == "M" || letter == "B" || (letter == "T" && !gigabits)) && n.whole.size() <= 3 && !isKind(t, i + 2, Kind::Word) &&
        !isKind(t, i + 2, Kind::Number)) {
        // ("1.5B monthly active users": over a word or two in lower case before it.)
        const auto countedAfterWords = [&] {
            for (std::size_t k = i + 3; k <= i + 7 && isKind(t, k, Kind::Word) && std::islower(static_cast<unsigned char>(t[k].text[0])); k += 2) {
                if (isPluralNounAt(t, k)) return true;
                if (!isKind(t, k + 1, Kind::Space)) return false;
            }
            return false;
        };
        // ("38.4M Americans", "2M Kenyans": people named by their country, in the plural.)
        const bool people = isKind(t, i + 3, Kind::Word) && t[i + 3].text.size() > 4 && std::isupper(static_cast<unsigned char>(t[i + 3].text[0])) &&
                            t[i + 3].text.back() == 's' && !isUpperWord(t[i + 3].text.substr(0, t[i + 3].text.size() - 1));
        const bool counted = (isKind(t, i + 2, Kind::Space) && (isPluralNounAt(t, i + 3) || countedAfterWords() || people ||
                                                                (isKind(t, i + 3, Kind::Word) && findUnit(t[i + 3].text) != nullptr))) ||
                             (isSym(t, i + 2, "-") && isKind(t, i + 3, Kind::Word) && std::islower(static_cast<unsigned char>(t[i + 3].text[0])));
        // ("2.2M bpd": the unit after the magnitude, "two point two million barrels a day".)
        if (isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) && !isKind(t, i + 4, Kind::Word)) {
            // ("2M in shares": "in" is the preposition.)
            if (const auto* unit = findUnit(t[i + 3].text); unit != nullptr && t[i + 3].text.size() >= 2 && t[i + 3].text != "in") {
                // ("4.28M km²": a square unit.)
                const bool square = isSym(t, i + 4, "\xC2\xB2"), cubic = isSym(t, i + 4, "\xC2\xB3");
                return Match{square || cubic ? std::size_t{5} : std::size_t{4},
                             numberWords(n) + " " + magnitudes().at(w) + " " + (square ? "square " : cubic ? "cubic " : "") + unit->second.many,
                             "number"};
            }
        }
        // ("9.4M", "1.5B": with a fraction, a capital is a magnitude whatever follows; "400M WAU": so is an
        // "M" before the initialism of what it counts.)
        const bool initialismCounted = letter == "M" && isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) &&
                                       t[i + 3].text.size() >= 2 && t[i + 3].text.size() <= 5 && isUpperWord(t[i + 3].text);
        if (counted || !n.fraction.empty() || initialismCounted) return Match{2, numberWords(n) + " " + magnitudes().at(w), "number"};
    }
    if (w != "bn" && w != "k" && w != "tn" && w != "mn" && w != "trn") return std::nullopt;
    // "a 10k race", "won the 5k", "The 5K starts at 8": a running distance in kilometers, said "ten-K".
    if (w == "k" && n.fraction.empty() && n.whole.size() <= 2) {
        const bool determined = isWordIn(t, i >= 2 ? i - 2 : t.size(), {"the", "a", "his", "her", "their"});
        const bool running =
            isWordIn(t, skip(t, i + 2), {"race", "run", "runs", "runner", "runners", "walk", "swim", "route", "course"}) ||
            (determined && anyWordIn(t, {"ran", "race", "marathon", "parkrun", "runner", "runners", "jog", "finish", "finished"})) ||
            (determined && isWordIn(t, i >= 4 ? i - 4 : t.size(), {"won", "win", "wins"}) && !isKind(t, skip(t, i + 2), Kind::Word)) ||
            (determined && isKind(t, i + 2, Kind::Space) && isWordIn(t, i + 3, {"starts", "begins", "started", "began", "was", "is",
                                                                               "will", "drew", "attracted", "raised"}));
        if (running) return Match{2, numberWords(n) + "-K", "number"};
        // ("attacked at 5k to go", "with 3k left": the kilometres left in a race, "five K to go".)
        if (isKind(t, i + 2, Kind::Space) && ((isWordIn(t, i + 3, {"to"}) && isKind(t, i + 4, Kind::Space) && isWordIn(t, i + 5, {"go"})) ||
                                              isWordIn(t, i + 3, {"left", "remaining"})) &&
            isWordIn(t, i >= 2 ? i - 2 : t.size(), {"at", "with", "from", "inside", "within", "around", "about", "final", "last"}) &&
            // (In a race: "with 3k left in her savings" is money.)
            anyWordIn(t, {"attacked", "attack", "attacks", "race", "stage", "climb", "peloton", "sprint", "riders", "rider", "finish", "breakaway",
                          "lap", "laps", "surged", "kicked", "pulled", "dropped", "bunch", "leader", "leaders"})) {
            return Match{2, numberWords(n) + " K", "number"};
        }
    }
    // "a 2.9bn-km journey", "a $1.2bn-a-year deal" aside: a unit joined to the magnitude by a hyphen
    // describes what follows, in the singular ("two point nine billion-kilometer journey").
    if (isSym(t, i + 2, "-") && isKind(t, i + 3, Kind::Word) && t[i + 3].text.size() >= 2 && !isKind(t, i + 4, Kind::Word)) {
        if (const auto* unit = findUnit(t[i + 3].text); unit != nullptr) {
            return Match{4, numberWords(n) + " " + magnitudes().at(w) + "-" + unit->second.one, "number"};
        }
    }
    // ("7.2K BTC": thousands with a fraction said whole, "seven thousand two hundred"; a screen's "2.8K OLED
    // display" is its resolution, "two point eight K".)
    if (t[i + 1].text == "K" && isKind(t, i + 2, Kind::Space) &&
        isWordIn(t, i + 3, {"display", "displays", "screen", "screens", "oled", "lcd", "resolution", "monitor", "monitors", "video", "videos",
                            "camera", "cameras", "tv", "tvs", "panel", "footage", "streaming", "gaming", "playback", "recording", "touchscreen"})) {
        return Match{2, numberWords(n) + " K", "number"};
    }
    if (w == "k") {
        if (const auto full = thousandsInFull(n)) return Match{2, *full, "number"};
    }
    return Match{2, numberWords(n) + " " + magnitudes().at(w), "number"};
}

std::optional<std::string> indianGrouped(const std::string& text) {
    // One or two digits, then groups of two, then a last group of three: "12,34,567".
    std::vector<std::string> groups{""};
    for (char c : text) {
        if (c == ',') {
            groups.emplace_back();
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            groups.back() += c;
        } else {
            return std::nullopt;
        }
    }
    if (groups.size() < 3 || groups.back().size() != 3 || groups.front().empty() || groups.front().size() > 2) return std::nullopt;
    for (std::size_t g = 1; g + 1 < groups.size(); ++g) {
        if (groups[g].size() != 2) return std::nullopt;
    }
    std::string digits;
    for (const std::string& g : groups) digits += g;
    if (digits.size() > 15) return std::nullopt;
    const std::uint64_t v = toUnsigned(digits);
    const std::uint64_t crore = v / 10000000, lakh = v / 100000 % 100, rest = v % 100000;
    std::string out;
    if (crore > 0) out = cardinalWords(crore) + " crore";
    if (lakh > 0) out += (out.empty() ? "" : " ") + cardinalWords(lakh) + " lakh";
    if (rest > 0) out += (out.empty() ? "" : " ") + cardinalWords(rest);
    return out.empty() ? "zero" : out;
}


namespace {

// A phone number's letters that make a word, said as one ("1-800-FLOWERS", "1-800-10-TOYOTA"): English-shaped, or a brand's
// name of five letters or more with two vowels at least ("TOYOTA", whose "OYO" no English word has); "FDA", "NKF" are spelled.
bool vanityWord(const std::string& letters) {
    if (sayableAsWord(letters)) return true;
    const auto vowels = std::count_if(letters.begin(), letters.end(), [](char c) { return std::strchr("AEIOU", c) != nullptr; });
    return letters.size() >= 5 && vowels >= 2;
}

}  // namespace

std::optional<Match> phoneRule(const Tokens& t, std::size_t i) {
    // "the regular 1-800 number", "a 1-888 line": a toll-free prefix alone, as Americans name the kind of number, "one
    // eight hundred" ("1-80 people" and "1-800 metres" are ranges).
    if (isKind(t, i, Kind::Number) && t[i].text == "1" && isDash(t, i + 1) && isKind(t, i + 2, Kind::Number) && t[i + 2].text.size() == 3 &&
        t[i + 2].text[0] == '8' && t[i + 2].text[1] == t[i + 2].text[2] && !isDash(t, i + 3) && isKind(t, i + 3, Kind::Space) &&
        isWordIn(t, i + 4, {"number", "numbers", "line", "lines", "hotline", "helpline", "call", "calls", "service"})) {
        const std::string& prefix = t[i + 2].text;
        return Match{3, "one " + (prefix == "800" ? std::string("eight hundred") : digitWords(prefix)), "phone"};
    }
    // "text WATER to 85700", "SMS HELP to 3553": a short code to text, said digit by digit.
    // (Not a year, "changed the text to 2024", nor a count before its noun, "Text NASA to 2000 people".)
    const bool yearLike = t[i].text.size() == 4 && (t[i].text.rfind("19", 0) == 0 || t[i].text.rfind("20", 0) == 0);
    // ("send an SMS to 32211 now": the message sent to the code, no keyword between.)
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() >= 4 && t[i].text.size() <= 6 && i >= 4 && !yearLike &&
        isWordIn(t, i - 2, {"to"}) && isWordIn(t, i - 4, {"sms", "txt"}) && !isKind(t, i + 1, Kind::Word) && !isKind(t, i + 1, Kind::Number)) {
        return Match{1, digitWords(t[i].text), "phone"};
    }
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() >= 4 && t[i].text.size() <= 6 && i >= 2 && !yearLike &&
        isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"to"}) && !isKind(t, i + 1, Kind::Word) && !isKind(t, i + 1, Kind::Number) &&
        !(isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && std::islower(static_cast<unsigned char>(t[i + 2].text[0])) &&
          !isWordIn(t, i + 2, {"for", "and", "or", "to", "from", "by"}))) {
        // (The keyword to send stands between, in capitals or quotes: "sent 500 text messages to 1200 people" is a count. Its
        // verb may stand a few words before it: "SMS the word MAIZE to 1545".)
        bool keyword = false;
        for (std::size_t k = i - 2; k > 0 && i - k <= 10; --k) {
            keyword = keyword || (isKind(t, k, Kind::Word) && t[k].text.size() >= 2 && isUpperWord(t[k].text)) || isSym(t, k, "\"") ||
                      isSym(t, k, "\xE2\x80\x9C");
            if (keyword && isWordIn(t, k - 1, {"text", "texting", "txt", "sms"})) return Match{1, digitWords(t[i].text), "phone"};
        }
    }
    // "call 8-1-1", "dial 9-1-1": a short number written a figure at a time, said so (not "eight, one and one").
    if (isKind(t, i, Kind::Number) && t[i].text.size() == 1 && isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Number) && t[i + 2].text.size() == 1 &&
        isSym(t, i + 3, "-") && isKind(t, i + 4, Kind::Number) && t[i + 4].text.size() == 1 && !isSym(t, i + 5, "-") && !isKind(t, i + 5, Kind::Number) &&
        i >= 2 && isWordIn(t, i - 2, {"call", "dial", "at", "phone", "text", "calling", "dialing", "dialling"}) &&
        anyWordIn(t, {"call", "dial", "phone", "calling", "dialing", "dialling", "hotline", "helpline"})) {
        return Match{5, digitWords(t[i].text + t[i + 2].text + t[i + 4].text), "phone"};
    }
    // "calling the 1926 hotline", "the 16263 helpline": a short number to dial, figure by figure (never a year's "nineteen
    // twenty-six"; "the 2024 hotline review" is this century's year).
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() >= 3 && t[i].text.size() <= 6 && !isKind(t, i + 1, Kind::Word) &&
        !(t[i].text.size() == 4 && t[i].text.rfind("20", 0) == 0) && isKind(t, i + 1, Kind::Space) &&
        isWordIn(t, i + 2, {"hotline", "helpline", "shortcode"}) &&
        // ("4500 helpline calls", "the 1999 hotline scandal": a count or a year before what the line is part of.)
        !(isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word) && std::islower(static_cast<unsigned char>(t[i + 4].text[0])) &&
          !isWordIn(t, i + 4, {"on", "at", "for", "or", "and", "to", "in", "from", "which", "that", "was", "is", "will"}))) {
        return Match{1, digitWords(t[i].text), "phone"};
    }
    // "Health811", "call 211": a service's three-figure number ending in 11, glued to its name or after a word that asks to call it.
    if (isKind(t, i, Kind::Number) && t[i].text.size() == 3 && t[i].text.ends_with("11") && t[i].text[0] >= '2' && !isKind(t, i + 1, Kind::Word) &&
        !isKind(t, i + 1, Kind::Number) && i >= 1 &&
        ((isKind(t, i - 1, Kind::Word) && isCapitalized(t[i - 1].text) && t[i - 1].text.size() >= 3) ||
         isWordIn(t, i - 2, {"call", "dial", "calling", "dialing", "dialling", "phone", "ring", "text"}))) {
        return Match{1, digitWords(t[i].text), "phone"};
    }
    // A toll-free number spelled with its letters, "1-877-SAFE-NOW", "1-800-FLOWERS": the digits to dial,
    // then the words as words.
    {
        std::size_t k = i;
        std::string spoken;
        if (isKind(t, k, Kind::Number) && t[k].text == "1" && isSym(t, k + 1, "-")) {
            spoken = "one, ";
            k += 2;
        }
        if (isKind(t, k, Kind::Number) && t[k].text.size() == 3 && t[k].text[0] == '8' && digitsOnly(t[k].text) && isSym(t, k + 1, "-") &&
            isKind(t, k + 2, Kind::Word) && isUpperWord(t[k + 2].text) && t[k + 2].text.size() >= 2) {
            spoken += dialWords(t[k].text);
            std::size_t end = k + 1;
            // (Letters that make no word are an initialism, spelled: "1-800-FDA-1088".)
            while (isSym(t, end, "-") && isKind(t, end + 1, Kind::Word) && isUpperWord(t[end + 1].text)) {
                const std::string& letters = t[end + 1].text;
                spoken += vanityWord(letters) ? " " + lowerAscii(letters) : ", " + letters;
                end += 2;
            }
            // ("…-FDA-1088": digits after the letters are dialed.)
            if (isSym(t, end, "-") && isKind(t, end + 1, Kind::Number) && digitsOnly(t[end + 1].text) && t[end + 1].text.size() <= 4) {
                spoken += ", " + dialWords(t[end + 1].text);
                end += 2;
            }
            return Match{end - i, spoken, "phone"};
        }
    }
    // "+1 555-123-4567", "(02) 1234 5678", "555-1234", "0800 123 456", "202.555.0171": groups of digits
    // read digit by digit, a short pause between groups.
    std::size_t j = i;
    std::string spoken;
    if (isSym(t, j, "+") && isKind(t, j + 1, Kind::Number)) {
        spoken = "plus ";
        ++j;
    }
    // One token with dots: "202.555.0171".
    if (isKind(t, j, Kind::Number) && std::count(t[j].text.begin(), t[j].text.end(), '.') == 2 &&
        t[j].text.find(',') == std::string::npos) {
        std::vector<std::string> parts;
        std::string part;
        for (char c : t[j].text + ".") {
            if (c == '.') {
                parts.push_back(part);
                part.clear();
            } else {
                part += c;
            }
        }
        if (parts[0].size() == 3 && parts[1].size() == 3 && parts[2].size() == 4) {
            for (std::size_t g = 0; g < parts.size(); ++g) spoken += (g ? ", " : "") + dialWords(parts[g]);
            return Match{j + 1 - i, spoken, "phone"};
        }
    }
    // A word that asks to call the number after it, a few words back: "Call the office at 2383222",
    // "Enquiries phone 23-855" (not "called for 100000 signatures", nor "the phone maker shipped …").
    const auto asksToCall = [&] {
        for (std::size_t k = i, back = 0; k > 0 && back < 8; ++back) {
            --k;
            if (isWordIn(t, k, {"call", "dial", "phone", "ring", "telephone", "tel", "fax", "whatsapp", "hotline", "helpline", "enquiries",
                                "inquiries"}) &&
                !isWordIn(t, skip(t, k + 1), {"for", "maker", "makers", "company", "companies", "sales", "market"})) {
                return true;
            }
        }
        return false;
    };
    // ("Call the office at 2383222": a number of seven digits or more written whole, nothing counted after it.)
    if (spoken.empty() && isKind(t, j, Kind::Number) && digitsOnly(t[j].text) && t[j].text.size() >= 7 && t[j].text.size() <= 10 &&
        !isKind(t, skip(t, j + 1), Kind::Word) && asksToCall()) {
        return Match{j + 1 - i, dialWords(t[j].text), "phone"};
    }
    std::vector<std::string> groups;
    std::size_t end = j;
    bool parenthesis = false, spaced = false, dashed = false;
    while (true) {
        std::size_t k = end;
        const bool opened = isSym(t, k, "(");
        if (opened) ++k;
        // (Up to six digits a group: a British mobile is "07700 900123".)
        // (Or the subscriber's seven or eight after an area code with its trunk zero: Nairobi's "020 2212386".)
        if (!isKind(t, k, Kind::Number) || !digitsOnly(t[k].text) ||
            (t[k].text.size() > 6 && !(groups.size() == 1 && groups[0].size() >= 2 && groups[0].size() <= 4 && groups[0][0] == '0' && t[k].text.size() <= 8 &&
                                       isKind(t, k - 1, Kind::Space)))) {
            break;
        }
        // (An area code's bracket closes on its figures: "No. 22-1847 (4th Cir." opens an aside, no group.)
        // (And it comes first, or after a country's code: "556 (2007)" is a page and its year.)
        if (opened && (!isSym(t, k + 1, ")") || !(groups.empty() || (groups.size() == 1 && !spoken.empty())))) break;
        parenthesis = parenthesis || opened;
        groups.push_back(t[k].text);
        ++k;
        if (isSym(t, k, ")")) ++k;
        end = k;
        // ("+44 (0)20 7946 0018": the trunk's zero in brackets, glued to the next group.)
        if (opened && isKind(t, k, Kind::Number)) continue;
        // (A bracket after the number opens a group only with figures in it: "330-434-2677 (COPS)" ends before it.)
        if ((isSym(t, k, "-") || isSym(t, k, ".") || isKind(t, k, Kind::Space)) && k + 1 < t.size() &&
            (isKind(t, k + 1, Kind::Number) || (isSym(t, k + 1, "(") && isKind(t, k + 2, Kind::Number)))) {
            spaced = spaced || isKind(t, k, Kind::Space);
            dashed = dashed || isSym(t, k, "-") || isSym(t, k, ".");
            end = k + 1;
            continue;
        }
        break;
    }
    while (end > j && (isKind(t, end - 1, Kind::Space) || isSym(t, end - 1, "-") || isSym(t, end - 1, "."))) --end;
    std::size_t digits = 0;
    for (const std::string& g : groups) digits += g.size();
    if (groups.size() < 2 || digits > 15) return std::nullopt;
    // Two four-digit groups are a span of years ("1971-1975"), not a number to call.
    const bool years = groups.size() == 2 && groups[0].size() == 4 && groups[1].size() <= 4 &&
                       toInt(groups[0]) >= 1000 && toInt(groups[0]) <= 2999;
    // Groups of three after a first group are how some languages write thousands ("250 000").
    // (Not after a first group of four figures, which such a number never has: "1800 123 456" is to be called.)
    bool thousands = groups[0][0] != '0' && groups[0].size() <= 3;
    bool afterFour = groups[0].size() == 4 && groups.size() >= 3;
    for (std::size_t g = 1; g < groups.size(); ++g) {
        thousands = thousands && groups[g].size() == 3;
        afterFour = afterFour && groups[g].size() == 3;
    }
    // (A number in brackets is an area code only in a number long enough to call: "6-7 (5-7)" is a
    // tennis set and its tie-break.)
    // (A country's "+" before a number long enough to call: "+24 64" in a league table is a goal difference and points.)
    // ("215-686-TIPS (8477)": two groups of three and a word for the last figures, a number to call however short its figures.)
    const bool lettered = dashed && !spaced && groups.size() == 2 && groups[0].size() == 3 && groups[1].size() == 3 && isSym(t, end, "-") &&
                          isKind(t, end + 1, Kind::Word) && t[end + 1].text.size() >= 4 && isUpperWord(t[end + 1].text);
    const bool plausible = (!spoken.empty() && digits >= 7) || (parenthesis && digits >= 7 && !years) || lettered ||
                           (dashed && !spaced && digits >= 7 && !years) ||
                           // ("Enquiries phone 23-855": a short one in two groups, where the sentence asks to call it.)
                           // (Not two round figures rising, a range: "calls to the hotline rose to 300-400 a day".)
                           (dashed && !spaced && digits >= 5 && asksToCall() &&
                            !(groups.size() == 2 && groups[0].size() == groups[1].size() && groups[0].back() == '0' && groups[1].back() == '0' &&
                              groups[0][0] != '0' && toInt(groups[0]) < toInt(groups[1]) &&
                              !isWordIn(t, i >= 2 ? i - 2 : t.size(), {"call", "dial", "phone", "ring", "on", "text", "tel"}))) ||
                           // (A trunk's nought leads a group of its own figures, "020 7946 0018": a lone "0" before other
                           // figures is a column of a table, "8 6 2 0 18 5 20" a team's games, goals and points.)
                           (spaced && digits >= 6 && ((groups[0][0] == '0' && groups[0].size() >= 2) || callContext(t, i)) &&
                            !(thousands && !callContext(t, i))) ||
                           (spaced && !dashed && afterFour);
    // ("(68-67-69-68)": a golfer's rounds, strokes of two figures between 55 and 90, no number to call.)
    const bool rounds = dashed && (groups.size() == 3 || groups.size() == 4) && !callContext(t, i) &&
                        std::all_of(groups.begin(), groups.end(), [](const std::string& g) { return g.size() == 2 && toInt(g) >= 55 && toInt(g) <= 90; });
    // Figures joined by dashes with nothing asking to call them and no trunk's nought: two of one length
    // rising, round or from one leading figure, are a span ("5000-6000 people", "pages 10234-10290"); three
    // or more short ones a tally ("100-80-100"). (An Indian mobile "98765-43210" does not rise.)
    // (Nor after a desk's label that gives its number: "Enquiries: 6225-3341", "Reservations 2345-6789", "T: 8123-4567".)
    const auto labelled = [&] {
        for (std::size_t back = 0, k = i; back < 6 && k > 0; ++back) {
            --k;
            if (isWordIn(t, k, {"enquiries", "inquiries", "reservations", "bookings", "booking", "hotline", "t", "ph", "mob", "m", "whatsapp"})) return true;
        }
        return false;
    };
    const bool bare = dashed && !spaced && !parenthesis && spoken.empty() && !callContext(t, i) && !labelled() &&
                      std::none_of(groups.begin(), groups.end(), [](const std::string& g) { return g[0] == '0'; });
    const bool span = bare && groups.size() == 2 && groups[0].size() == groups[1].size() && toInt(groups[0]) < toInt(groups[1]) &&
                      ((groups[0].back() == '0' && groups[1].back() == '0') || groups[0][0] == groups[1][0]);
    // (Not a US number's long-distance "1-" nor one whose last figures are letters: "1-800-222-TIPS".)
    const bool tally = bare && groups.size() >= 3 && digits <= 8 && groups[0] != "1" && !(isSym(t, end, "-") && isKind(t, end + 1, Kind::Word)) &&
                       std::all_of(groups.begin(), groups.end(), [](const std::string& g) { return g.size() <= 3; });
    if (!plausible || rounds || span || tally) return std::nullopt;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        // (Ireland's and Australia's freephone and shared-cost prefixes, set apart by spaces: "1800 372 999" is "one
        // eight hundred"; India's "1800-11-4000" is said digit by digit.)
        const bool freephone = g == 0 && spaced && !dashed && (groups[0] == "1800" || groups[0] == "1300");
        // (And Australia's six-figure "13 11 14", said in pairs: "thirteen, eleven, fourteen".)
        const bool pairs = spaced && !dashed && groups.size() == 3 && groups[0] == "13" && groups[1].size() == 2 && groups[2].size() == 2 &&
                           groups[g][0] != '0';
        spoken += (g ? ", " : "") + (freephone ? std::string(groups[0] == "1800" ? "one eight hundred" : "one three hundred")
                                     : pairs ? cardinalWords(static_cast<unsigned>(toInt(groups[g])))
                                             : dialWords(groups[g]));
    }
    // "1-800-222-TIPS (8477)": the last group in letters, said as a word where it is one, and the same
    // number in figures after it in brackets, said once only.
    // ("855-NKF-CARES": letters that make no word are an initialism, spelled.)
    std::size_t letters = 0;
    while (dashed && isSym(t, end, "-") && isKind(t, end + 1, Kind::Word) && isUpperWord(t[end + 1].text) && t[end + 1].text.size() >= 2 &&
           !isKind(t, end + 2, Kind::Number)) {
        const std::string& word = t[end + 1].text;
        spoken += ", " + (vanityWord(word) ? lowerAscii(word) : spell(word, false));
        letters += word.size();
        end += 2;
    }
    if (letters > 0 && isKind(t, end, Kind::Space) && isSym(t, end + 1, "(") && isKind(t, end + 2, Kind::Number) && digitsOnly(t[end + 2].text) &&
        t[end + 2].text.size() == letters && isSym(t, end + 3, ")")) {
        end += 4;
    }
    return Match{end - i, spoken, "phone"};
}

namespace {

// News style writes a count from 1,000 with its comma, so a bare unround number from 1900 to 2099 is a
// year wherever it stands: "tougher 2035 targets", "below 1990 levels", "accepting 2025 federal returns",
// "said 2025 forms may not". It counts only after a word of quantity ("more than 1950 people") or before
// what is counted ("employs 1950 workers", "2019 tonnes"), and a round hundred stays a count ("2000 votes").
bool bareRecentYear(const Tokens& t, std::size_t i, std::size_t j) {
    const std::string& text = t[j].text;
    if (text.size() != 4 || !digitsOnly(text) || toInt(text) < 1900 || toInt(text) > 2099 || toInt(text) % 100 == 0) return false;
    // Standing as a word: at the start, after a space or an opening bracket or quote (not "$2019", "#2019", "No.2019").
    if (i > 0 && !isKind(t, i - 1, Kind::Space) && !isSym(t, i - 1, "(") && !isSym(t, i - 1, "\"") &&
        !isSym(t, i - 1, "\xE2\x80\x9C")) {
        return false;
    }
    // ("growth over 2024 revenue", "up on 2019 levels", "under 2023 rules": a preposition before what a year dates.)
    const std::size_t dated = skip(t, j + 1);
    // ("around 2019 levels", "below 1990 levels", "near 2007 prices": a level in a year, never so many levels.)
    // (Not a market's level in points or dollars: "gold traded around 2030 levels".)
    const bool newPreposition = isWordIn(t, i >= 2 ? i - 2 : t.size(), {"around", "about", "near", "below", "above", "roughly", "approximately"});
    if ((isWordIn(t, i >= 2 ? i - 2 : t.size(), {"over", "under", "at"}) ||
         (newPreposition && !anyWordIn(t, {"gold", "silver", "oil", "crude", "index", "indexes", "indices", "points", "stocks", "shares", "bitcoin",
                                             "ounce", "barrel", "traded", "trading", "nifty", "sensex", "dow", "nasdaq", "ftse", "dax"}))) &&
        dated != j + 1 &&
        !(isKind(t, dated + 1, Kind::Space) && isPluralNounAt(t, dated + 2)) &&
        isWordIn(t, dated, {"revenue", "revenues", "levels", "level", "sales", "earnings", "figures", "results", "rules", "prices", "budget",
                            "budgets", "season", "guidance", "forecast", "forecasts", "targets", "output", "profit", "profits", "spending"})) {
        return true;
    }
    if (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"than", "nearly", "almost", "about", "around", "some", "over", "under", "approximately",
                                               "roughly", "least", "most", "only", "just", "another", "additional", "extra", "total",
                                               "totalling", "totaling", "numbered", "exactly", "precisely", "room", "suite", "unit", "apt",
                                               "apartment", "page", "pages", "p", "pp", "no", "number", "flight", "route", "bus", "at",
                                               "code", "pin", "extension", "ext"})) {
        return false;
    }
    // (Dotted: "Apt. 1912", "No. 1987", "p. 2015".)
    if (i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ".") && isWordIn(t, i - 3, {"apt", "no", "nos", "p", "pp", "ext", "fig", "tel"})) {
        return false;
    }
    // Not a range, a score, a clock time, a decimal or a unit glued on ("2019-20", "2019:30", "2019.5", "2019m").
    if (j + 1 < t.size() && !isKind(t, j + 1, Kind::Space) && !isSym(t, j + 1, ",") && !isSym(t, j + 1, ".") &&
        !isSym(t, j + 1, ";") && !isSym(t, j + 1, ")") && !isSym(t, j + 1, "\"") && !isSym(t, j + 1, "\xE2\x80\x9D") &&
        !(isKind(t, j + 1, Kind::Word) && t[j + 1].text == "s")) {
        return false;
    }
    if (isSym(t, j + 1, ".") && isKind(t, j + 2, Kind::Number)) return false;
    const std::size_t next = skip(t, j + 1);
    if (next == j + 1 || !isKind(t, next, Kind::Word)) return true;
    const std::string& word = t[next].text;
    if (findUnit(word) != nullptr || units().count(word) != 0) return false;
    if (!std::islower(static_cast<unsigned char>(word[0]))) return true;  // "2019 Toyota Camry", "2019 Meursault"
    // What a number counts stands in the plural (adjectives may come first: "1985 affordable homes"); a
    // year names the time of things that have one: "2035 targets", "below 1990 levels", "2025 federal
    // income tax returns". A singular noun after it is a year's ("the 2019 harvest"), but for a few that count
    // in the singular ("2019 staff").
    static const std::unordered_set<std::string> kTimed = {
        "targets", "target", "levels", "models", "returns", "forms", "emissions", "goals", "figures", "numbers", "data",
        "results", "prices", "estimates", "projections", "forecasts", "rates", "plans", "pledges", "commitments", "standards",
        "rules", "regulations", "laws", "elections", "games", "seasons", "vintages", "wines", "crops", "harvests", "sales",
        "earnings", "revenues", "profits", "accounts", "filings", "deadlines", "contracts", "deals", "policies", "reforms",
        "taxes", "tariffs", "limits", "caps", "quotas", "allowances", "thresholds", "benchmarks", "values", "averages",
        "statistics", "rankings", "standings", "holidays", "events", "editions", "versions", "releases", "updates", "budgets",
        "exams", "examinations", "grades", "scores", "admissions", "graduates", "classes", "cohorts", "intakes",
        "prospects", "picks", "rounds", "draftees", "selections", "fixtures", "schedules", "calendars", "championships",
        "playoffs", "finals", "primaries", "midterms", "polls", "surveys", "reports", "statements", "stats",
        "totals", "peaks", "highs", "lows", "records", "shipments", "deliveries", "volumes", "orders", "bookings", "guidelines",
        "contributions", "deductions", "credits", "brackets", "benefits", "payments", "premiums", "wages",
        "salaries", "costs", "expenses", "spending", "outlays", "appropriations", "maturities",
        "kits", "collections", "lineups", "rosters", "squads", "bottlings", "reds", "whites"};
    // (Nouns and words that follow a count in the singular: a currency's own plural, "1987 yuan"; a magnitude, a
    // rate or a tally, "1975 million", "1987 a day", "1953 for and 1412 against".)
    static const std::unordered_set<std::string> kCountedSingular = {
        "staff", "personnel", "police", "crew", "cattle", "sheep", "head", "more", "fewer", "less", "other", "others", "new",
        "additional", "extra", "of", "per", "to", "out", "or", "and", "aircraft", "fish", "deer", "species", "series", "offspring",
        "yuan", "baht", "rand", "naira", "won", "zloty", "quid", "yen", "euro", "rupiah", "ringgit", "kwacha", "cedi", "dong",
        "riel", "kip", "tenge", "som", "lari", "renminbi", "hundred", "thousand", "million", "billion", "trillion", "percent",
        "cent", "square", "cubic", "cc", "light", "a", "each", "every", "last", "this"};
    const std::string lower = lowerAscii(word);
    if (kCountedSingular.count(lower) != 0) return false;
    // ("1953 for and 1412 against": a vote's tally; "a strong 2019 for the firm" is a year.)
    if ((lower == "for" || lower == "against") && anyWordIn(t, {"against", "abstentions", "abstained"})) return false;
    for (std::size_t k = next, words = 0; words < 5 && isKind(t, k, Kind::Word) && std::islower(static_cast<unsigned char>(t[k].text[0]));
         ++words) {
        // (A hyphened adjective is one word: "1987 write-in votes", "flu-related hospitalizations".)
        while (isSym(t, k + 1, "-") && isKind(t, k + 2, Kind::Word)) k += 2;
        if (isPluralNounAt(t, k)) return kTimed.count(t[k].text) != 0;
        if (!isKind(t, k + 1, Kind::Space)) break;
        k += 2;
    }
    return true;
}

}  // namespace

// A number glued to a lower-case word is part of a name ("1010data", "37signals", "360dialog"): said as a
// name says it, three or four digits in pairs ("ten ten data"). Units, times, ordinals and magnitudes
// glued to numbers ("5km", "3pm", "21st", "3bn") are read by the rules before this one.
std::optional<Match> nameNumberRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || !digitsOnly(t[i].text) || t[i].text.size() < 2 || t[i].text.size() > 4) return std::nullopt;
    if (i > 0 && (t[i - 1].kind == Kind::Word || t[i - 1].kind == Kind::Number)) return std::nullopt;
    if (!isKind(t, i + 1, Kind::Word) || t[i + 1].text.size() < 3 || !std::islower(static_cast<unsigned char>(t[i + 1].text[0]))) {
        return std::nullopt;
    }
    const std::string& digits = t[i].text;
    const bool round = digits.size() >= 3 && digits.compare(digits.size() - 2, 2, "00") == 0;
    const std::string number = digits.size() >= 3 && !round && digits[0] != '0' ? pairWords(digits) : wholeWords(digits);
    return Match{2, number + " " + t[i + 1].text, "number"};
}

namespace {

// The word before a number that makes it an identifier: "Bug 1553982", "issue #20417", "order no. 88213".
bool namesAnIdentifier(const Tokens& t, std::size_t number) {
    std::size_t k = number;
    if (k >= 1 && isSym(t, k - 1, "#")) --k;
    if (k >= 1 && isKind(t, k - 1, Kind::Space)) --k;
    if (k >= 1 && isSym(t, k - 1, ".") && k >= 2 && isWordIn(t, k - 2, {"no", "nr"})) return true;
    if (k < 1) return false;
    if (isSym(t, k - 1, "#")) return true;
    return isWordIn(t, k - 1, {"bug", "bugs", "issue", "issues", "ticket", "tickets", "case", "patch", "pr", "commit",
                               "build", "order", "invoice", "ref", "reference", "id", "item", "part", "model", "serial",
                               "account", "claim", "docket", "file", "policy", "prisoner", "inmate", "badge", "report",
                               "revision", "changeset", "request", "cve", "kb", "rfc", "code", "pin", "express", "train",
                               "mail", "local"});
}

}  // namespace

// "Form 1040", "Form 1099-K", "Forms 1040 and 990": a government form is named in pairs, "ten ninety-nine",
// and its suffix's letters spelled ("ten ninety-nine K"). (And a vineyard's "1er Cru".)
std::optional<Match> formNumberRule(const Tokens& t, std::size_t i) {
    // "Meursault 1er Cru", "St-Émilion 1er Grand Cru Classé": a vineyard's rank, French "premier"; a Bordeaux growth's, "5ème Cru",
    // its French ordinal.
    const bool cruNext = isKind(t, i + 2, Kind::Space) && (isWordIn(t, i + 3, {"cru", "crus"}) ||
                                                           (isWordIn(t, i + 3, {"grand", "grands"}) && isKind(t, i + 4, Kind::Space) &&
                                                            isWordIn(t, i + 5, {"cru", "crus"})));
    if (isKind(t, i, Kind::Number) && t[i].text == "1" && isKind(t, i + 1, Kind::Word) && t[i + 1].text == "er" && cruNext) {
        return Match{2, "prem-yay", "number"};
    }
    if (isKind(t, i, Kind::Number) && t[i].text.size() == 1 && t[i].text[0] >= '2' && t[i].text[0] <= '5' && isKind(t, i + 1, Kind::Word) &&
        (t[i + 1].text == "\xC3\xA8me" || t[i + 1].text == "eme") && cruNext) {
        static const char* const kGrowths[] = {"", "", "der-zee-yem", "twah-zee-yem", "kat-ree-yem", "sank-yem"};
        return Match{2, kGrowths[t[i].text[0] - '0'], "number"};
    }
    if (!isKind(t, i, Kind::Number) || !digitsOnly(t[i].text) || t[i].text.size() < 3 || t[i].text.size() > 4 || t[i].text[0] == '0') {
        return std::nullopt;
    }
    const bool named = i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) &&
                       (t[i - 2].text == "Form" || t[i - 2].text == "Forms");
    // (The second of a pair: "Forms 1040 and 990".)
    const bool paired = i >= 6 && isWordIn(t, i - 2, {"and", "or"}) && isKind(t, i - 4, Kind::Number) && isKind(t, i - 6, Kind::Word) &&
                        t[i - 6].text == "Forms";
    if (!named && !paired) return std::nullopt;
    std::string spoken = pairWords(t[i].text);
    std::size_t end = i + 1;
    if (isSym(t, end, "-") && isKind(t, end + 1, Kind::Word) && t[end + 1].text.size() <= 4 && isUpperWord(t[end + 1].text)) {
        spoken += " " + spell(t[end + 1].text, false);
        end += 2;
    }
    return Match{end - i, spoken, "number"};
}

std::optional<Match> numberRule(const Tokens& t, std::size_t i) {
    // "1651: sold in the Commonwealth Sale", "1926 – completed": a timeline's year opening its entry, before a colon or a dash.
    if (i == 0 && isKind(t, 0, Kind::Number) && digitsOnly(t[0].text) && t[0].text.size() == 4 && toInt(t[0].text) >= 1000 &&
        toInt(t[0].text) <= 2099 && (isSym(t, 1, ":") || (isKind(t, 1, Kind::Space) && isDash(t, 2) && isKind(t, 3, Kind::Space)))) {
        return Match{1, yearSpoken(t[0].text), "year"};
    }
    // "the 106-year-old schooner": a figure over a hundred joined to the word it measures, said with its "and" ("one hundred
    // and six-year-old", as "a two hundred and five-seat hall"), not "one hundred six-year-old", a hundred of them six years old.
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() == 3 && t[i].text[0] != '0' && toInt(t[i].text) % 100 != 0 &&
        (i == 0 || !isKind(t, i - 1, Kind::Word)) && !(i >= 1 && (isDash(t, i - 1) || isSym(t, i - 1, "/") || isSym(t, i - 1, "."))) &&
        isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Word) && std::islower(static_cast<unsigned char>(t[i + 2].text[0])) &&
        isWordIn(t, i + 2, {"year", "day", "week", "month", "hour", "minute", "page", "mile", "foot", "yard", "meter", "metre", "acre", "seat",
                            "bed", "room", "story", "storey", "member", "strong", "point", "game", "run"})) {
        return Match{1, withBritishAnd(numberWords(parseNumber(t[i].text))), "number"};
    }
    std::size_t j = i;
    bool negative = false;
    if (isMinusSignAt(t, j)) {
        negative = true;
        ++j;
    }
    if (!isKind(t, j, Kind::Number)) return std::nullopt;
    const std::string& text = t[j].text;
    Num n = parseNumber(text);
    std::string spoken;
    if (!negative && digitsOnly(text)) {
        // An account or tracking number: more than nine digits in a row is read digit by digit; so is an
        // identifier of five or more after the word that names it ("Bug 1553982", "ticket #20417").
        if (text.size() > 9 || (text.size() >= 5 && !negative && namesAnIdentifier(t, j))) {
            return Match{j + 1 - i, digitWords(text), "number"};
        }
        // "twelve 4s and three 6s", "the 2s10s curve": a figure's plural, "fours", "sixes", "twos tens" (a
        // decade's, "the 80s", is read by the decades' rule first; two digits alone are seconds, "a lead of
        // 12s", unless they follow another such plural).
        // (Only where it is counted or paired: "iPhone 5s" is a name and "in 3s" a time.)
        const bool afterPlural = j >= 2 && isKind(t, j - 1, Kind::Word) && t[j - 1].text == "s" && isKind(t, j - 2, Kind::Number);
        const bool counted = j >= 2 && isKind(t, j - 1, Kind::Space) &&
                             (isKind(t, j - 2, Kind::Number) || isWordIn(t, j - 2, {"two", "three", "four", "five", "six", "seven", "eight", "nine",
                                                                                     "ten", "eleven", "twelve", "several", "many", "no", "some"}));
        const bool paired = isKind(t, j + 2, Kind::Number) && isKind(t, j + 3, Kind::Word) && t[j + 3].text == "s";
        if ((text.size() == 1 || (text.size() == 2 && afterPlural)) && (counted || afterPlural || paired) && isKind(t, j + 1, Kind::Word) &&
            t[j + 1].text == "s" && !isKind(t, j + 2, Kind::Word) && !isSym(t, j + 2, "'") && !(j > 0 && isSym(t, j - 1, "."))) {
            std::string words = wholeWords(text);
            if (words.back() == 'y') {
                words.back() = 'i';
                words += "es";
            } else {
                words += words.back() == 'x' ? "es" : "s";
            }
            return Match{j + 2 - i, words, "number"};
        }
        // "…, 2021 share: 14.2%": a table's label naming a year's figure.
        if (text.size() == 4 && text >= "1900" && text <= "2099" && (j == 0 || (j >= 2 && isSym(t, j - 2, ","))) &&
            isKind(t, j + 1, Kind::Space) && isKind(t, j + 2, Kind::Word) &&
            (isSym(t, j + 3, ":") || (isKind(t, j + 3, Kind::Space) && isKind(t, j + 4, Kind::Word) && isSym(t, j + 5, ":")))) {
            return Match{j + 1 - i, yearSpoken(text), "number"};
        }
        // "[1994] 1 AC 212", "[2023] EWCA Crim 101": a law report's year in square brackets.
        if (text.size() == 4 && j > 0 && isSym(t, j - 1, "[") && isSym(t, j + 1, "]") && text >= "1800" && text <= "2099") {
            return Match{j + 1 - i, yearSpoken(text), "number"};
        }
        // "250 000": thousands grouped with spaces, as many languages write them.
        // ("Game 5 106-88": a group that begins a score or a range is a number of its own; "Core Ultra 7
        // 155H", one with a capital after it a model's, where "10 000m" is a unit's.)
        if (text.size() <= 3 && text[0] != '0' && isKind(t, j + 1, Kind::Space) && isKind(t, j + 2, Kind::Number) &&
            t[j + 2].text.size() == 3 && digitsOnly(t[j + 2].text) && !isDash(t, j + 3) && !isSym(t, j + 3, ":") &&
            !isSym(t, j + 3, "/") &&
            !(isKind(t, j + 3, Kind::Word) && t[j + 3].text.size() <= 2 && std::isupper(static_cast<unsigned char>(t[j + 3].text[0]))) &&
            // ("delivering about 38 737s a month": a plural's "s" glued to the second group makes it a model's name, counted.)
            !(isKind(t, j + 3, Kind::Word) && t[j + 3].text == "s") &&
            // ("grounds 171 737 MAX 9 jets": nor before a model's name and its number; "45 000 ANC members" are thousands.)
            !(isKind(t, j + 3, Kind::Space) && isKind(t, j + 4, Kind::Word) && t[j + 4].text.size() >= 2 && isCapitalized(t[j + 4].text) &&
              isKind(t, j + 5, Kind::Space) && isKind(t, j + 6, Kind::Number))) {
            std::string joined = text;
            const std::size_t end = afterSpacedGroups(t, j + 1, joined);
            return Match{end - i, wholeWords(joined), "number"};
        }
    }
    // "2,00,000", "1,50,00,000": Indian grouping, said in lakhs and crores as it is written.
    if (auto indian = indianGrouped(text); indian && !negative) return Match{j + 1 - i, *indian, "number"};
    if (!n.valid) {
        // Mixed or odd separators ("1.2.3", "1,2,3"): read the pieces with their separators.
        spoken = pointedWords(text);
    } else {
        const std::string before = previousWord(t, i);
        const std::string prev = lowerAscii(before);
        // "c. 1850", "c.1740", "ca. 1900": circa, before a year; "the Offences Against the Person Act 1861",
        // "the Data Protection Act 2018": a law's year.
        // ("est. 1887": a founding year.)
        const bool circa = (i >= 2 && isSym(t, i - 1, ".") && isWordIn(t, i - 2, {"c", "ca"})) ||
                           (i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ".") && isWordIn(t, i - 3, {"c", "ca", "est"}));
        // ("the Finance Bill, 2025": a law's year after a comma, as Commonwealth statutes are titled.)
        const std::string titled = i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ",") && isKind(t, i - 3, Kind::Word) ? t[i - 3].text
                                   : before;
        const bool law = titled == "Act" || titled == "Acts" || titled == "Regulations" || titled == "Bill" || titled == "Ordinance" ||
                         titled == "Rules";
        // "(b. 1854, d. 1900)": the years a life was born and died in.
        const bool life = i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ".") && isKind(t, i - 3, Kind::Word) &&
                          (t[i - 3].text == "b" || t[i - 3].text == "d") && (i < 4 || !isKind(t, i - 4, Kind::Word));
        // ("dates from around 1490", "in about 1850": a rough year after the word a year follows.)
        // (Not a quantity that goes on to its noun or its range: "fell from around 1490 tonnes", "from around 1490 to 3000".)
        // ("launch by about 2028 to deflect it": a verb after "to" goes on from a year.)
        const bool goesOn = isKind(t, j + 1, Kind::Space) && (isPluralNounAt(t, j + 2) || isWordIn(t, j + 2, {"of", "per"}) ||
                                                              (isWordIn(t, j + 2, {"to"}) && isKind(t, j + 4, Kind::Number)));
        const bool rough = (prev == "around" || prev == "about" || prev == "approximately" || prev == "roughly") && i >= 4 &&
                           isKind(t, i - 1, Kind::Space) && isKind(t, i - 3, Kind::Space) && !goesOn &&
                           // ("would need to launch by about 2028"; not a change, "rose by about 2028")
                           (isWordIn(t, i - 4, {"from", "in", "since", "until", "before", "after", "dates", "dated", "dating", "built",
                                               "founded", "written", "painted", "published"}) ||
                            (isWordIn(t, i - 4, {"by"}) && toInt(text) >= 1900 && toInt(text) <= 2099 && i >= 6 && isKind(t, i - 5, Kind::Space) &&
                             !isWordIn(t, i - 6, {"rose", "risen", "rises", "rising", "fell", "fallen", "falls", "falling", "grew", "grown", "cut",
                                                  "up", "down", "shrunk", "shrank", "sank", "sunk"}) &&
                             // (A verb of change in "-ed" counts, "widened by about 1980"; a passive's, "be completed by about 2030", dates.)
                             !(isKind(t, i - 6, Kind::Word) && t[i - 6].text.ends_with("ed") &&
                               !(i >= 8 && isWordIn(t, i - 8, {"be", "been", "is", "are", "was", "were", "being"})))));
        // ("2024 was a transformational year": a sentence that opens on a recent year and its verb.)
        bool opening = true;
        for (std::size_t k = 0; k < i && opening; ++k) opening = isSym(t, k, "\"") || isSym(t, k, "\xE2\x80\x9C") || isSym(t, k, "(") || isSym(t, k, "'");
        const bool yearSubject = opening && toInt(text) >= 1900 && toInt(text) <= 2099 && isKind(t, j + 1, Kind::Space) &&
                                 isWordIn(t, j + 2, {"was", "is", "will", "has", "had", "saw", "marked", "brought", "began", "ended", "proved",
                                                     "promises", "looks", "could", "would", "should", "must", "may", "might"});
        // ("The death toll rose to 1199": a count after a verb of change and "to", not a year as "from 2019 to 2024" has.)
        const bool changedTo = prev == "to" && i >= 4 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 3, Kind::Space) &&
                               isWordIn(t, i - 4, {"rose", "risen", "rising", "rises", "fell", "fallen", "falling", "falls", "increased",
                                                   "decreased", "climbed", "jumped", "dropped", "grew", "grown", "surged", "soared", "slipped",
                                                   "declined", "edged", "raised", "lowered", "reduced", "boosted", "swelled", "doubled",
                                                   "tripled", "shrank", "plunged", "slumped", "tumbled", "up", "down", "dropping", "climbing",
                                                   "slipping", "sliding", "slid"});
        // ("a live rating of 2801", "a crowd of 2200": a measure's figure after "of", no year.)
        const bool measureOf = prev == "of" && i >= 4 && isKind(t, i - 3, Kind::Space) &&
                               isWordIn(t, i - 4, {"rating", "ratings", "score", "total", "tally", "turnout", "attendance", "crowd", "balance",
                                                   "height", "depth", "altitude", "elevation", "weight", "average", "count", "capacity"});
        // A bare four-digit number after "in", "since"... is a year.
        if (!negative && !changedTo && !measureOf && isYear(&t[j]) && n.fraction.empty() && text.find(',') == std::string::npos &&
            (circa || law || life || rough || yearSubject || prev == "in" || prev == "since" || prev == "until" || prev == "till" || prev == "by" || prev == "from" ||
             prev == "during" || prev == "before" || prev == "after" || prev == "of" || prev == "year" ||
             prev == "early" || prev == "late" || prev == "mid" || prev == "circa" || prev == "between" ||
             prev == "and" || prev == "to" || prev == "through" || prev == "throughout" || prev == "beyond" || prev == "summer" || prev == "winter" ||
             prev == "spring" || prev == "autumn" || prev == "fall" || prev == "election" || prev == "season" ||
             prev == "fiscal" || prev == "fy" || prev == "dated" || prev == "vintage" || prev == "born" ||
             prev == "founded" || prev == "built" || prev == "established" || prev == "published" || prev == "est")) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        // "pre-2022 levels", "post-2008", "mid-2025", "end-2026": a year after its prefix and hyphen (no minus).
        if (isYear(&t[j]) && n.fraction.empty() && text.find(',') == std::string::npos && j >= 2 && isSym(t, j - 1, "-") &&
            isWordIn(t, j - 2, {"pre", "post", "mid", "early", "late", "end", "start"})) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        // "Q1 2024", "H2 2025": a quarter's or a half's year.
        if (!negative && isYear(&t[j]) && n.fraction.empty() && i >= 3 && isKind(t, i - 1, Kind::Space) &&
            isKind(t, i - 2, Kind::Number) && t[i - 2].text.size() == 1 && isKind(t, i - 3, Kind::Word) &&
            (t[i - 3].text == "Q" || t[i - 3].text == "H")) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        // "the COLA for 2025 is", "plans for 2026 and beyond": after "for", a recent year before a verb, a
        // joining word or the clause's end ("for 2025 people" counts, though news style would write "2,025").
        // (And after "into", a year gone into: "the order book going into 2026 is the strongest".)
        if (!negative && isYear(&t[j]) && n.fraction.empty() && (prev == "for" || prev == "into") && toInt(text) >= 1900 && toInt(text) <= 2099) {
            const std::size_t next = skip(t, j + 1);
            if (next >= t.size() || isSym(t, next, ".") || isSym(t, next, ",") || isSym(t, next, ";") || isSym(t, next, ")") ||
                isSym(t, next, "(") || isSym(t, next, "?") || isSym(t, next, "!") || isSym(t, next, ":") ||
                isWordIn(t, next, {"is", "was", "will", "has", "had", "are", "were", "would", "could", "should", "may",
                                   "might", "and", "or", "but", "to", "from", "in", "on", "at", "by", "with", "as", "when",
                                   "after", "before", "than", "that", "which", "compared", "includes", "included", "include",
                                   "shows", "showed", "sets", "set", "remains", "remained", "looks", "calls", "called", "puts",
                                   "allocates", "allocated", "provides", "provided", "totals", "totalled", "totaled", "rises",
                                   "rose", "falls", "fell", "stands", "stood", "reaches", "reached", "comes", "came"})) {
                return Match{j + 1 - i, yearSpoken(text), "year"};
            }
        }
        // "ended 2024 with $612 million", "entered 2025 on a high": a year a company or a team went through,
        // before a preposition or the clause's end ("opened 2024 stores" counts them).
        if (!negative && isYear(&t[j]) && n.fraction.empty() && toInt(text) >= 1900 && toInt(text) <= 2099 &&
            // (Not "closed": an index or a price closes at a level, "Gold closed 1985 on Friday".)
            isWordIn(t, i >= 2 ? i - 2 : t.size(), {"ended", "ends", "ending", "entered", "enters", "entering", "began", "begins",
                                                   "finished", "finishes", "started", "starts", "kicked", "rang", "welcomed"})) {
            const std::size_t next = skip(t, j + 1);
            if (next >= t.size() || isSym(t, next, ".") || isSym(t, next, ",") || isSym(t, next, ";") ||
                isWordIn(t, next, {"with", "at", "on", "in", "as", "by", "ahead", "behind", "down", "up", "off", "strongly", "and"})) {
                return Match{j + 1 - i, yearSpoken(text), "year"};
            }
        }
        // "2024 champion Danielle Collins", "the 2019 winners": a recent year before the title it won (a count of
        // champions is no news).
        if (!negative && isYear(&t[j]) && n.fraction.empty() && toInt(text) >= 1900 && toInt(text) <= 2099 && text.find(',') == std::string::npos &&
            isKind(t, j + 1, Kind::Space) &&
            (isWordIn(t, j + 2, {"champion", "winner", "runner-up", "finalist", "semifinalist", "nominee", "medalist", "medallist", "laureate",
                                 "recipient", "draftee", "inductee", "edition", "vintage"}) ||
             // (The plural only after "the": "produced 1920 winners" counts them.)
             (i >= 2 && isWordIn(t, i - 2, {"the"}) &&
              isWordIn(t, j + 2, {"champions", "winners", "runners-up", "finalists", "semifinalists", "nominees", "medalists", "medallists",
                                  "laureates", "recipients", "inductees"})))) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        // "sounded at 1900", "cleared by 1930": a clock time in the military form, said in pairs. (Not a number to call,
        // "the hotline at 1555", "at 0917-123-4567".)
        const bool dialed = isDash(t, j + 1) || (i >= 4 && isWordIn(t, i - 4, {"hotline", "helpline", "line", "number", "landline", "mobile",
                                                                             "tipline", "hotlines"}));
        // (The short number of a hotline is dialed, "one five five five".)
        if (!negative && dialed && !isDash(t, j + 1) && text.size() >= 3 && text.size() <= 5 && digitsOnly(text) && (prev == "at" || prev == "on")) {
            return Match{j + 1 - i, digitWords(text), "phone"};
        }
        if (!negative && !dialed && text.size() == 4 && n.fraction.empty() && digitsOnly(text) && (prev == "at" || prev == "by") &&
            toInt(text.substr(0, 2)) <= 23 && toInt(text.substr(2)) <= 59 && toInt(text) >= 1000) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        // "1914 to 1918", "1962 and 1970": the first of two years.
        const std::size_t joiner = skip(t, j + 1);
        if (!negative && isYear(&t[j]) && n.fraction.empty() && isWordIn(t, joiner, {"to", "and", "through", "until", "or"}) &&
            isYear(tok(t, skip(t, joiner + 1)))) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        // "the 2012 book", "the 1963 paper": a year before a singular noun ("the 2000 votes" is a count).
        const std::size_t noun = skip(t, j + 1);
        // The determiner may be a possessive ("our 2013 research", "Apple's 2007 launch") and may stand
        // before one adjective ("the landmark 1963 paper").
        const auto determiner = [&](std::size_t k) {
            // A plural's possessive: "Howells' 1892 novel".
            if (k >= 1 && k < t.size() && (isSym(t, k, "'") || isSym(t, k, "\xE2\x80\x99")) && isKind(t, k - 1, Kind::Word) &&
                t[k - 1].text.back() == 's') {
                return true;
            }
            if (k >= t.size() || !isKind(t, k, Kind::Word)) return false;
            return isPossessive(t[k].text) ||
                   isWordIn(t, k, {"the", "a", "an", "its", "his", "her", "their", "this", "that", "our", "my", "your", "whose"});
        };
        const bool determined = (i >= 2 && determiner(i - 2)) ||
                                (i >= 4 && isKind(t, i - 2, Kind::Word) && std::islower(static_cast<unsigned char>(t[i - 2].text[0])) &&
                                 isKind(t, i - 3, Kind::Space) && determiner(i - 4));
        // News style writes counts from 1,000 with a comma, so an unround one is a year before any noun:
        // "the 2030 emissions target".
        if (!negative && isYear(&t[j]) && n.fraction.empty() && toInt(text) >= 1800 && toInt(text) <= 2099 && determined &&
            isKind(t, noun, Kind::Word) && std::islower(static_cast<unsigned char>(t[noun].text[0])) &&
            (t[noun].text.back() != 's' || toInt(text) % 100 != 0)) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        // "statements regarding 2026 production guidance", "a plan for 2027 spending": after a preposition, a recent
        // unround year before a singular noun of its own (a count is written with its comma, and counts a plural).
        if (!negative && isYear(&t[j]) && n.fraction.empty() && toInt(text) >= 1900 && toInt(text) <= 2099 && toInt(text) % 100 != 0 &&
            i >= 2 && isWordIn(t, i - 2, {"regarding", "concerning", "on", "for", "toward", "towards", "into", "against", "versus", "vs",
                                          // or after a verb a company's or an agency's outlook takes: "IEA sees 2026 demand growth",
                                          // "raises 2026 guidance"
                                          "sees", "raises", "lifts", "lowers", "cuts", "trims", "boosts", "forecasts", "reaffirms",
                                          "reiterates", "affirms", "maintains", "withdraws", "issues", "expects"}) &&
            isKind(t, noun, Kind::Word) && std::islower(static_cast<unsigned char>(t[noun].text[0])) && t[noun].text.size() >= 5 &&
            t[noun].text.back() != 's' && units().count(t[noun].text) == 0 &&
            // (The noun heads the phrase: "for 1985 affordable homes" counts homes, an adjective before a plural.)
            !(isKind(t, noun + 1, Kind::Space) && isKind(t, noun + 2, Kind::Word) && isPluralNounAt(t, noun + 2)) &&
            !isWordIn(t, noun, {"crore", "lakh", "infantry", "livestock", "poultry", "horsepower", "troops", "cavalry", "artillery",
                                "personnel", "equipment", "furniture", "clothing", "luggage", "baggage", "foliage"}) &&
            !isWordIn(t, noun, {"tonne", "metre", "meter", "ounce", "barrel", "square", "cubic", "percent", "point", "times", "hundred",
                                "thousand", "million", "billion", "degree", "euro", "pound", "dollar", "franc", "rupee", "people", "children",
                                "women", "staff", "personnel", "police", "cattle", "sheep", "fish", "crew", "aircraft", "feet"})) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        // "a 2025 4th-rounder", "the 2024 1st-team pick": before an ordinal's compound, too.
        if (!negative && isYear(&t[j]) && n.fraction.empty() && toInt(text) >= 1900 && toInt(text) <= 2099 && determined &&
            isKind(t, noun, Kind::Number) && isWordIn(t, noun + 1, {"st", "nd", "rd", "th"})) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        // "an 1865 Russian novella", "the 1963 Beatles song": before a name, too.
        if (!negative && isYear(&t[j]) && n.fraction.empty() && toInt(text) >= 1500 && toInt(text) <= 2099 && determined &&
            isKind(t, noun, Kind::Word) && isCapitalized(t[noun].text)) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        // "(1898)" after a name or a title, as reference works date things.
        if (!negative && isYear(&t[j]) && n.fraction.empty() && toInt(text) >= 1000 && toInt(text) <= 2099 && i > 0 &&
            isSym(t, i - 1, "(") && isSym(t, j + 1, ")")) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        // "built around 1490 by monks": an approximate date, known by the preposition after it; an
        // approximate count is written with a comma ("around 1,500 people") or counts something ("about 1500
        // people", "numbered about 1865.").
        if (!negative && isYear(&t[j]) && n.fraction.empty() && toInt(text) >= 1000 && toInt(text) <= 2099 &&
            (prev == "around" || prev == "about" || prev == "approximately" || prev == "roughly") &&
            isWordIn(t, noun, {"by", "in", "when", "as", "at", "on", "with", "under", "after", "before", "during"})) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        // "... in the summer of 2012." and "2025, a year of ..." : a recent year standing alone
        const bool clauseEnd = j + 1 >= t.size() || isSym(t, j + 1, ",") || isSym(t, j + 1, ".") ||
                               isSym(t, j + 1, ";") || isSym(t, j + 1, ":") || isSym(t, j + 1, ")");
        const bool sentenceStart = i == 0;
        // "World Cup 2022 final", "Euro 2024 qualifiers": a year after a name
        const bool afterName = isCapitalized(previousWord(t, i)) && i >= 2 && isKind(t, i - 1, Kind::Space) &&
                               previousWord(t, i) != "The" && previousWord(t, i) != "A";
        // "the 2024 Paris Olympics", "the 2020 election": a year naming an event
        const std::size_t after = skip(t, j + 1);
        const bool eventNext =
            after > j + 1 && isKind(t, after, Kind::Word) &&
            (isCapitalized(t[after].text) ||
             isWordIn(t, after, {"election", "elections", "season", "budget", "census", "campaign", "vote", "race",
                                 "midterms", "championship", "olympics", "games", "edition", "model", "summit",
                                 "presidential", "general", "world", "tournament", "cup", "final", "finals"}));
        if (!negative && n.fraction.empty() && text.size() == 4 && (eventNext || afterName) && toInt(text) >= 1900 &&
            toInt(text) <= 2099) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        if (!negative && n.fraction.empty() && text.size() == 4 && (clauseEnd || sentenceStart) && toInt(text) >= 1900 &&
            toInt(text) <= 2099) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        if (!negative && n.fraction.empty() && bareRecentYear(t, i, j)) return Match{j + 1 - i, yearSpoken(text), "year"};
        spoken = numberWords(n);
    }
    return Match{j + 1 - i, (negative ? "minus " : "") + spoken, "number"};
}

}  // namespace readcast::english

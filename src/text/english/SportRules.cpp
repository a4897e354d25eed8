// Sport as results and box scores write it: tennis sets ("6-4, 6-7 (5-7)" is "six-four, six-seven,
// tie-break five-seven"), football formations ("a 4-2-3-1" is "four-two-three-one"), box-score
// abbreviations ("11 reb"), batting averages ("hitting .312" is "three-twelve"), a player's height ("a
// 6-9 freshman" is "six-foot-nine") and a batter not out ("134*"). Other results are ranges and scores
// said with "to" (NumberRules.cpp).

#include <unordered_map>
#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/Ascii.hpp"
#include "core/Months.hpp"
#include "core/Text.hpp"
#include "core/WordSet.hpp"
#include "text/NumberWords.hpp"
#include "text/english/NumberReading.hpp"
#include "text/english/Rules.hpp"
#include "text/english/Tables.hpp"

namespace readcast::english {
namespace {

// One digit, a dash, one digit: the two sides of a set or a line of a formation.
bool digitPair(const Tokens& t, std::size_t i) {
    return isKind(t, i, Kind::Number) && t[i].text.size() == 1 && digitsOnly(t[i].text) && isDash(t, i + 1) &&
           isKind(t, i + 2, Kind::Number) && t[i + 2].text.size() == 1 && digitsOnly(t[i + 2].text);
}

// A finished set: one side reached six with two games clear, or seven after 5 or 6 games.
bool setScore(const Tokens& t, std::size_t i) {
    if (!digitPair(t, i) || isDash(t, i + 3) || (i > 0 && isDash(t, i - 1))) return false;
    const int a = t[i].text[0] - '0', b = t[i + 2].text[0] - '0';
    const int high = a > b ? a : b, low = a > b ? b : a;
    return (high == 6 && low <= 4) || (high == 7 && (low == 5 || low == 6));
}

bool tieBreakSet(const Tokens& t, std::size_t i) {
    const char a = t[i].text[0], b = t[i + 2].text[0];
    return (a == '7' && b == '6') || (a == '6' && b == '7');
}

// "(5-7)" or "(4)" right after a set of seven games to six: the tie-break, whose tokens it returns.
std::size_t tieBreakAfter(const Tokens& t, std::size_t k) {
    if (isKind(t, k, Kind::Space)) ++k;
    if (!isSym(t, k, "(") || !isKind(t, k + 1, Kind::Number) || !digitsOnly(t[k + 1].text) || t[k + 1].text.size() > 2) return 0;
    if (isSym(t, k + 2, ")")) return k + 3;
    if (isDash(t, k + 2) && isKind(t, k + 3, Kind::Number) && digitsOnly(t[k + 3].text) && t[k + 3].text.size() <= 2 &&
        isSym(t, k + 4, ")")) {
        return k + 5;
    }
    return 0;
}

std::string gamesWords(const std::string& n) { return n == "0" ? "love" : wholeWords(n); }

// The score of a set or a game still being played, in a sentence about one: "served for the match at 5-4",
// "at 5-6, 15-40", "trailing 0-2 in the fifth", "8-7 in the tie-break" are "five-four", "fifteen-forty", "love-two",
// "eight-seven" (with "to", "five to four" is a time of day).
std::optional<Match> inPlayScore(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || !isDash(t, i + 1) || !isKind(t, i + 2, Kind::Number) || !digitsOnly(t[i].text) ||
        !digitsOnly(t[i + 2].text) || isDash(t, i + 3) || (i > 0 && (isDash(t, i - 1) || isKind(t, i - 1, Kind::Number)))) {
        return std::nullopt;
    }
    const int a = toInt(t[i].text), b = toInt(t[i + 2].text);
    const auto point = [](int p) { return p == 0 || p == 15 || p == 30 || p == 40; };
    const bool tieBreak = anyWordIn(t, {"tie-break", "tiebreak", "tiebreaker", "breaker"});
    const bool games = a <= 7 && b <= 7 && t[i].text.size() == 1 && t[i + 2].text.size() == 1;
    const bool points = point(a) && point(b) && (a >= 15 || b >= 15);
    const bool breakerPoints = tieBreak && a <= 20 && b <= 20 && std::abs(a - b) <= 9;
    if (!games && !points && !breakerPoints) return std::nullopt;
    // (Level is "all": games "came at 3-3" "three-all", points "15-15" "fifteen-all"; "40-40" stays, a club's name as often.)
    const auto said = [&] {
        if (a == b && a != 0 && a != 40) return Match{3, gamesWords(t[i].text) + "-all", "score"};
        return Match{3, gamesWords(t[i].text) + "-" + gamesWords(t[i + 2].text), "score"};
    };
    // A game's points ("15-40") right after its set's games: "At 5-6, 15-40".
    const auto pointsAt = [&](std::size_t k) {
        return isKind(t, k, Kind::Number) && isDash(t, k + 1) && isKind(t, k + 2, Kind::Number) && point(toInt(t[k].text)) &&
               point(toInt(t[k + 2].text)) && t[k].text.size() <= 2 && t[k + 2].text.size() <= 2 && (t[k].text.size() == 2 || t[k + 2].text.size() == 2);
    };
    if (games && isSym(t, i + 3, ",") && isKind(t, i + 4, Kind::Space) && pointsAt(i + 5)) return said();
    if (points && i >= 5 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ",") && digitPair(t, i - 5)) return said();
    // Otherwise only in a sentence that can be about nothing but tennis: a set by its number ("in the fourth set"), a
    // tie-break, deuce, a point of the match, a set or a break, a serve for the match, the game's own words. ("Broke the
    // deadlock", "at the break", "set up", "the match" are every sport's.)
    bool numberedSet = false;
    for (std::size_t k = 2; k < t.size() && !numberedSet; ++k) {
        numberedSet = isWordIn(t, k, {"set", "sets"}) && isKind(t, k - 1, Kind::Space) &&
                      isWordIn(t, k - 2, {"first", "second", "third", "fourth", "fifth", "opening", "deciding", "final", "each"});
    }
    bool pointOf = false;
    for (std::size_t k = 2; k < t.size() && !pointOf; ++k) {
        pointOf = isWordIn(t, k, {"point", "points"}) && isKind(t, k - 1, Kind::Space) && isWordIn(t, k - 2, {"match", "set", "break"});
    }
    const bool strong = numberedSet || pointOf || tieBreak ||
                        anyWordIn(t, {"deuce", "ace", "aces", "wimbledon", "atp", "wta", "tennis", "racket", "racquet", "baseline",
                                      "double-fault", "double-faulted"}) ||
                        (i >= 4 && isWordIn(t, i - 2, {"at"}) && isWordIn(t, i - 4, {"served", "serving", "serve", "broken", "broke"}));
    if (!strong) return std::nullopt;
    return said();
}

// Where the set after this one starts ("6-4, 6-3"), or 0.
std::size_t nextSet(const Tokens& t, std::size_t end) {
    if (!isSym(t, end, ",") || !isKind(t, end + 1, Kind::Space)) return 0;
    return setScore(t, end + 2) ? end + 2 : 0;
}

// A box score's abbreviations after a count: "11 reb", "7 ast", "44 HR".
const char* statWord(const Tokens& t, std::size_t k, bool one) {
    static const std::pair<const char*, const char*> kStats[] = {
        {"reb", "rebound"}, {"rebs", "rebound"}, {"ast", "assist"}, {"asts", "assist"}, {"stl", "steal"},
        {"blk", "block"}, {"blks", "block"}, {"tov", "turnover"}};
    if (!isKind(t, k, Kind::Word)) return nullptr;
    for (const auto& [written, word] : kStats) {
        if (t[k].text == written) {
            static thread_local std::string said;
            said = std::string(word) + (one ? "" : "s");
            return said.c_str();
        }
    }
    return nullptr;
}

bool baseball(const Tokens& t) {
    return anyWordIn(t, {"rbi", "rbis", "innings", "inning", "batting", "hitting", "hitter", "homer", "homers", "mlb",
                         "pitcher", "pitched", "strikeouts", "bullpen", "slugging", "ops", "era", "at-bats", "dugout", "whip",
                         // a hitter's season: "40 HRs and 70 SBs"
                         "sbs", "stolen",
                         // a pitcher's outing: "struck out Alvarez on a 100.4 mph fastball"
                         "fastball", "fastballs", "curveball", "reliever", "relievers", "no-hitter", "homered", "walk-off"});
}

}  // namespace

// Figures of a box score, a batting average, a player's height, a batter not out.
static std::optional<Match> statRule(const Tokens& t, std::size_t i, bool footballStory) {
    // "KL Rahul 38 n.o.", "Gill 112 (n.o.)": a batter not out, as a scorecard writes it short.
    if (isKind(t, i, Kind::Word) && (t[i].text == "n.o." || t[i].text == "n.o") && i >= 2 &&
        (isKind(t, i - 2, Kind::Number) || (isSym(t, i - 1, "(") && i >= 3 && isKind(t, i - 3, Kind::Number)))) {
        return Match{1, "not out", "score"};
    }
    if (!isKind(t, i, Kind::Number)) return std::nullopt;
    const std::string& n = t[i].text;
    // "10 games under .500": a record of half its games, "five hundred".
    if (n == ".500" && isWordIn(t, i >= 2 ? i - 2 : t.size(), {"under", "over", "above", "below", "at", "to"})) {
        return Match{1, "five hundred", "score"};
    }
    // "a .500 team", "a .600 winning percentage": a record before what it is the record of.
    if (n.size() == 4 && n[0] == '.' && n.compare(2, 2, "00") == 0 && isKind(t, i + 1, Kind::Space) &&
        isWordIn(t, i + 2, {"team", "teams", "club", "clubs", "record", "records", "season", "seasons", "mark", "winning", "ball", "pace"})) {
        return Match{1, wholeWords(n.substr(1, 1)) + " hundred", "score"};
    }
    // "hitting .312", "a .980 OPS": a batting average in thousandths, "three-twelve".
    // (A rifle's calibre is said the same way: "a .308 rifle", "a .357 Magnum".)
    const auto thousandths = [](const std::string& figure) {
        return figure.size() == 4 && figure[0] == '.' && digitsOnly(figure.substr(1));
    };
    const auto average = [](const std::string& figure) {
        const std::string digits = figure.substr(1);
        return digits == "000" ? std::string("zero")
                               : wholeWords(digits.substr(0, 1)) + "-" +
                                     (digits.substr(1) == "00" ? "hundred" : digits[1] == '0' ? "oh-" + wholeWords(digits.substr(2)) : wholeWords(digits.substr(1)));
    };
    // ".312/.405/.589": a batter's slash line, average, on-base and slugging, each said so and apart.
    if (thousandths(n) && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) && thousandths(t[i + 2].text) && isSym(t, i + 3, "/") &&
        isKind(t, i + 4, Kind::Number) && thousandths(t[i + 4].text)) {
        return Match{5, average(n) + ", " + average(t[i + 2].text) + ", " + average(t[i + 4].text), "score"};
    }
    // ("11 for 24 (.458)": the average of the hits for at-bats before it.)
    const bool hitsForAtBats = i >= 7 && isSym(t, i - 1, "(") && isKind(t, i - 2, Kind::Space) && isKind(t, i - 3, Kind::Number) &&
                               isWordIn(t, i - 5, {"for"}) && isKind(t, i - 7, Kind::Number) && t[i - 3].text.size() <= 3 &&
                               t[i - 7].text.size() <= 3;
    if (thousandths(n) && (i == 0 || !isKind(t, i - 1, Kind::Number)) &&
        (baseball(t) || hitsForAtBats || anyWordIn(t, {"hit", "batted", "caliber", "calibre", "rifle", "rifles", "magnum", "handgun", "pistol"}))) {
        return Match{1, average(n), "score"};
    }
    // "27.1 PPG", "7.4 rpg", "112 ypg", "5.4 ypc": a season's average a game, or a play.
    if (isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && t[i + 2].text.size() == 3 && !isKind(t, i + 3, Kind::Word)) {
        static const std::pair<const char*, const char*> kPerGame[] = {
            {"ppg", "points a game"}, {"rpg", "rebounds a game"}, {"apg", "assists a game"}, {"spg", "steals a game"},
            {"bpg", "blocks a game"},  {"ypg", "yards a game"},    {"ypc", "yards a carry"},  {"ypa", "yards an attempt"}};
        const std::string lower = lowerAscii(t[i + 2].text);
        // (A football season's yards only in small letters, in a sentence of the game: "300 YPG fighters" are Kurdish units.)
        const bool yards = lower == "ypg" || lower == "ypc" || lower == "ypa";
        if (yards && (t[i + 2].text != lower || !anyWordIn(t, {"yards", "rushing", "passing", "receiving", "quarterback", "running", "back",
                                                                "season", "offense", "defense", "touchdowns", "averaged", "averages", "averaging",
                                                                "ran", "rushed", "carries", "carry"}))) {
            return std::nullopt;
        }
        for (const auto& [written, what] : kPerGame) {
            if (lower != written) continue;
            const Num value = parseNumber(n);
            if (value.valid) return Match{3, numberWords(value) + " " + what, "score"};
        }
    }
    // "23' Okafor", "scored at 67'", "45+2'": a football match's minute, no feet.
    if (digitsOnly(n) && n.size() <= 3 && toInt(n) <= 130) {
        std::size_t k = i + 1;
        std::string extra;
        if (isSym(t, k, "+") && isKind(t, k + 1, Kind::Number) && digitsOnly(t[k + 1].text) && t[k + 1].text.size() <= 2) {
            extra = " plus " + wholeWords(t[k + 1].text);
            k += 2;
        }
        // "81 min: Substitution for Newcastle", "90+3 min: …": a live page's entry opening on the match's minute, which is no
        // duration, in a match report.
        if (i == 0 && isKind(t, k, Kind::Space) && isWordIn(t, k + 1, {"min", "mins"}) && isSym(t, k + 2, ":") &&
            (footballStory || anyWordIn(t, {"goal", "substitution", "booked", "corner", "free-kick", "header", "shot", "save", "penalty"}))) {
            return Match{k + 2 - i, ordinalWords(static_cast<unsigned>(toInt(n))) + " minute" + extra, "score"};
        }
        const bool mark = isSym(t, k, "'") || isSym(t, k, "\xE2\x80\xB2") || isSym(t, k, "\xE2\x80\x99");
        // (A scoring summary's words: "Tries:", "Pens:", "Goals:".)
        const bool scoring = mark && anyWordIn(t, {"tries", "try", "goals", "goal", "pens", "penalties", "penalty", "cons", "conversions", "scorers",
                                                   "scorer", "scored", "drop", "dg", "booked", "bookings", "sent"});
        // (A goal's line names its scorer and the score: "23' Okafor 1-0".)
        bool scoreLine = false;
        for (std::size_t q = 0; mark && q + 2 < t.size() && !scoreLine; ++q) {
            scoreLine = isKind(t, q, Kind::Number) && t[q].text.size() == 1 && isDash(t, q + 1) && isKind(t, q + 2, Kind::Number) &&
                        t[q + 2].text.size() == 1;
        }
        const bool scorer = isKind(t, k + 1, Kind::Space) && isKind(t, k + 2, Kind::Word) && isCapitalized(t[k + 2].text) && scoreLine;
        // (A match's timeline, a minute opening each line before a dash: "23' — Ridgeview: Ekberg".)
        const bool timeline = i == 0 && isKind(t, k + 1, Kind::Space) && (isDash(t, k + 2) || isSym(t, k + 2, "\xE2\x80\x94"));
        // (A scorers' list, each name and its minute: "Villa: Watkins 34', Okafor 87'", "(Okafor 72' – 8)".)
        // (Not a title in single marks that closes after its figure: "'Catch 22',", "'Apollo 11'".)
        bool titled = false;
        for (std::size_t q = i; q-- > 0 && !titled;) {
            titled = (isSym(t, q, "'") || isSym(t, q, "\xE2\x80\x98")) && (q == 0 || isKind(t, q - 1, Kind::Space) || isSym(t, q - 1, "(")) &&
                     isKind(t, q + 1, Kind::Word);
        }
        // (Or the scorer's second minute after the first: "Palmer 42', 67'".)
        const bool afterMinute = i >= 4 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ",") &&
                                 (isSym(t, i - 3, "'") || isSym(t, i - 3, "\xE2\x80\xB2")) && isKind(t, i - 4, Kind::Number);
        const bool listed = !titled && i >= 2 && isKind(t, i - 1, Kind::Space) &&
                            ((isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text)) || afterMinute) &&
                            (k + 1 >= t.size() || isSym(t, k + 1, ",") || isSym(t, k + 1, ";") || isSym(t, k + 1, ")") ||
                             // (The list's last, closing the sentence, in a list of scorers: "Tries: Narawa 58', Finau 71'."; "Smith 6',
                             // Jones 7'." are heights.)
                             (isSym(t, k + 1, ".") && k + 2 >= t.size() && i >= 4 && isSym(t, i - 4, ",") && toInt(n) >= 10 && scoring) ||
                             (isKind(t, k + 1, Kind::Space) && (isDash(t, k + 2) || isSym(t, k + 2, "\xE2\x80\x93") || isSym(t, k + 2, "("))));
        // (A scorer's minute in brackets after the name: "pulled one back through Ollie Watkins (62') but …".)
        // (From the tenth minute: "Shaquille O'Neal (7')" is a height.)
        // (Or the first of a list of minutes in brackets, after whatever it counts: "Pens: McKenzie 2 (23', 79')".)
        const bool bracketList = scoring && isSym(t, k + 1, ",") && isKind(t, k + 2, Kind::Space) && isKind(t, k + 3, Kind::Number) &&
                                 (isSym(t, k + 4, "'") || isSym(t, k + 4, "\xE2\x80\xB2") || isSym(t, k + 4, "\xE2\x80\x99"));
        const bool bracketed = !titled && toInt(n) >= 10 && i >= 3 && isSym(t, i - 1, "(") && isKind(t, i - 2, Kind::Space) &&
                               ((isKind(t, i - 3, Kind::Word) && isCapitalized(t[i - 3].text) && (isSym(t, k + 1, ")") || isSym(t, k + 1, ","))) ||
                                bracketList);
        // (A substitute's minute and his rating in a ratings box, "Vance 5 (Okafor 46' 8)": a figure after the mark, but
        // no inches, in brackets after a name, itself after the rating of the player he replaced.)
        const bool rated = !titled && toInt(n) >= 10 && i >= 3 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) &&
                           isCapitalized(t[i - 2].text) && isSym(t, i - 3, "(") && i >= 5 && isKind(t, i - 4, Kind::Space) &&
                           isKind(t, i - 5, Kind::Number) && isKind(t, k + 1, Kind::Space) &&
                           isKind(t, k + 2, Kind::Number) && digitsOnly(t[k + 2].text) && toInt(t[k + 2].text) <= 10 && isSym(t, k + 3, ")");
        if (mark && rated) {
            return Match{k + 1 - i, ordinalWords(static_cast<unsigned>(toInt(n))) + " minute,", "score"};
        }
        // (A minute of stoppage time, "90+4'", is no length whatever surrounds it.)
        if (mark && !extra.empty() && !isKind(t, k + 1, Kind::Number) && !isKind(t, k + 1, Kind::Word) &&
            !(isKind(t, k + 1, Kind::Space) && isKind(t, k + 2, Kind::Number))) {
            const bool article = isWordIn(t, i >= 2 ? i - 2 : t.size(), {"at", "in", "on", "after", "until", "before"});
            return Match{k + 1 - i, std::string(article ? "the " : "") + ordinalWords(static_cast<unsigned>(toInt(n))) + " minute" + extra, "score"};
        }
        // (A minute alone, as a live report sets it over an entry, "88'": no length stands alone; and in a match report, any
        // minute but one before what a length measures.)
        const bool alone = i == 0 && (k + 1 >= t.size() || (isSym(t, k + 1, ".") && k + 2 >= t.size()));
        // (Before a name, a sign, a mark or the line's end: "all 6' of him", "a 12' banner", "40' above the river" are lengths in
        // any story.)
        const std::size_t next = skip(t, k + 1);
        const bool minuteShaped = next >= t.size() || !isKind(t, next, Kind::Word) || isCapitalized(t[next].text);
        const bool matchMinute = alone || (footballStory && !titled && minuteShaped);
        // ("unload a 53' trailer in under 22 minutes": after an article, before a noun it measures, a length whatever the
        // sentence's words.)
        // (Not a goal's minute before the goal: "a 90' winner", "an 88' penalty".)
        const bool measuresNoun = i >= 2 && isWordIn(t, i - 2, {"a", "an"}) && isKind(t, next, Kind::Word) && !isCapitalized(t[next].text) &&
                                  !scorer && !timeline && !listed && !bracketed &&
                                  !anyWordIn(t, {"goal", "goals", "scored", "scores", "penalty", "winner", "equaliser", "equalizer", "header",
                                                 "striker", "opener", "leveller", "strike", "volley", "free-kick", "booked", "booking",
                                                 "substitute", "referee", "var", "red", "yellow"});
        if (mark && !measuresNoun && !isKind(t, k + 1, Kind::Number) && !isKind(t, k + 1, Kind::Word) &&
            !(isKind(t, k + 1, Kind::Space) && isKind(t, k + 2, Kind::Number)) &&
            (scorer || timeline || listed || bracketed || matchMinute || anyWordIn(t, {"goal", "goals", "scored", "scores", "penalty", "pen", "header", "match", "half-time", "halftime",
                          "minute", "minutes", "substitute", "substituted", "booked", "yellow", "red", "equaliser",
                          "equalizer", "striker", "assist", "corner", "free-kick", "og", "ft", "ht", "kick-off",
                          "referee", "stoppage", "var", "line-up", "lineup", "bench", "subs"}) ||
             // A goal told by its kind, the minute after "at" or "in" and nothing measured after it: "a composed finish at
             // 63'" ("a 60' oak", "at 6' tall" are feet; "'Love Island 5'" a title).
             (!titled && isWordIn(t, i >= 2 ? i - 2 : t.size(), {"at", "in"}) &&
              !isWordIn(t, skip(t, k + 1), {"tall", "long", "high", "wide", "deep", "by", "across", "away"}) &&
              anyWordIn(t, {"finish", "strike", "volley", "tap-in", "netted", "equalised", "equalized", "leveller", "opener", "brace"})))) {
            const bool article = isWordIn(t, i >= 2 ? i - 2 : t.size(), {"at", "in", "on", "after", "until", "before"});
            return Match{k + 1 - i, std::string(article ? "the " : "") + ordinalWords(static_cast<unsigned>(toInt(n))) + " minute" +
                                        extra + (scorer || (matchMinute && i == 0 && !alone) ? "," : ""),
                         "score"};
        }
    }
    if (!digitsOnly(n)) return std::nullopt;
    // "11 reb", "7 ast".
    if (isKind(t, i + 1, Kind::Space)) {
        if (const char* stat = statWord(t, i + 2, n == "1"); stat != nullptr && !isKind(t, i + 3, Kind::Word)) {
            return Match{3, wholeWords(n) + " " + stat, "score"};
        }
        // "44 HR", "two HRs and 5 RBIs" in a baseball story: home runs; "50 SB" stolen bases, "7 IP"
        // innings pitched. "2 INT" in a football story: interceptions.
        if (isKind(t, i + 2, Kind::Word) && !isKind(t, i + 3, Kind::Word)) {
            const std::string& w = t[i + 2].text;
            const bool one = n == "1";
            if ((w == "HR" || w == "HRs") && baseball(t)) return Match{3, wholeWords(n) + (one ? " home run" : " home runs"), "score"};
            if ((w == "SB" || w == "SBs") && baseball(t)) return Match{3, wholeWords(n) + (one ? " stolen base" : " stolen bases"), "score"};
            if (w == "IP" && baseball(t)) return Match{3, wholeWords(n) + (one ? " inning pitched" : " innings pitched"), "score"};
            // ("88 K in 71 2/3 IP": a pitcher's strikeouts.)
            if ((w == "K" || w == "Ks") && (baseball(t) || anyWordIn(t, {"ip", "whip", "walks", "bb", "strikeout"}))) {
                return Match{3, wholeWords(n) + (one ? " strikeout" : " strikeouts"), "score"};
            }
            if ((w == "INT" || w == "INTs") &&
                anyWordIn(t, {"touchdown", "touchdowns", "td", "tds", "yards", "quarterback", "passing", "interception"})) {
                return Match{3, wholeWords(n) + (one ? " interception" : " interceptions"), "score"};
            }
        }
    }
    // "0-for-4", "went 2-for-5": a batter's hits for his at-bats, "oh-for-four".
    if (n.size() <= 2 && isDash(t, i + 1) && isWordIn(t, i + 2, {"for"}) && isDash(t, i + 3) && isKind(t, i + 4, Kind::Number) &&
        digitsOnly(t[i + 4].text) && t[i + 4].text.size() <= 2) {
        return Match{5, (n == "0" ? std::string("oh") : wholeWords(n)) + "-for-" + wholeWords(t[i + 4].text), "score"};
    }
    // "a 3-2 slider", "on a 1-2 count": balls and strikes before the pitch, "three-two".
    if (n.size() == 1 && n[0] <= '3' && isDash(t, i + 1) && isKind(t, i + 2, Kind::Number) && t[i + 2].text.size() == 1 &&
        t[i + 2].text[0] <= '2' && isKind(t, i + 3, Kind::Space) &&
        isWordIn(t, i + 4, {"slider", "fastball", "changeup", "curveball", "curve", "sinker", "cutter", "splitter", "pitch",
                            "count", "heater", "knuckleball", "sweeper", "offering"})) {
        return Match{3, wholeWords(n) + "-" + (t[i + 2].text == "0" ? std::string("oh") : wholeWords(t[i + 2].text)), "score"};
    }
    // "a 6-9 freshman": a player's height in feet and inches before the position or year.
    if (n.size() == 1 && n[0] >= '5' && n[0] <= '7' && isDash(t, i + 1) && isKind(t, i + 2, Kind::Number) &&
        digitsOnly(t[i + 2].text) && toInt(t[i + 2].text) <= 11 && isKind(t, i + 3, Kind::Space) &&
        isWordIn(t, i + 4, {"freshman", "sophomore", "junior", "senior", "forward", "guard", "center", "centre", "point",
                             "wing", "lineman", "receiver", "quarterback", "tight", "defensive", "offensive", "rookie",
                             "big", "striker", "goalkeeper", "outfielder", "pitcher", "swingman", "shooting"}) &&
        // (In small letters: "6-0 Big Ten" is a conference record.)
        std::islower(static_cast<unsigned char>(t[i + 4].text[0]))) {
        return Match{3, wholeWords(n) + "-foot-" + wholeWords(t[i + 2].text), "score"};
    }
    // "9/10 from the line", "8/12 from the field", "4/7 from three": shots made of shots taken, "nine of ten".
    if (isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) && digitsOnly(n) && digitsOnly(t[i + 2].text) && n.size() <= 2 &&
        t[i + 2].text.size() <= 2 && toInt(n) <= toInt(t[i + 2].text) && isKind(t, i + 3, Kind::Space) && isWordIn(t, i + 4, {"from"}) &&
        isKind(t, i + 5, Kind::Space) &&
        (isWordIn(t, i + 6, {"three", "deep", "downtown", "range", "distance"}) ||
         (isWordIn(t, i + 6, {"the"}) && isKind(t, i + 7, Kind::Space) &&
          isWordIn(t, i + 8, {"line", "field", "floor", "arc", "stripe", "spot", "charity", "perimeter", "outside", "three-point"})))) {
        return Match{3, wholeWords(n) + " of " + wholeWords(t[i + 2].text), "score"};
    }
    // "posted 823-7 dec.", "89/7d": an innings declared, runs for wickets.
    if ((isDash(t, i + 1) || isSym(t, i + 1, "/")) && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i + 2].text) &&
        toInt(t[i + 2].text) <= 10 && n.size() <= 3) {
        std::size_t end = i + 3;
        if (isWordIn(t, end, {"d", "dec"})) {
            ++end;
        } else if (isKind(t, end, Kind::Space) && isWordIn(t, end + 1, {"dec", "decl"})) {
            end += 2;
        } else if (isKind(t, end, Kind::Space) && isWordIn(t, end + 1, {"d"}) && !isKind(t, end + 2, Kind::Word) &&
                   anyWordIn(t, {"innings", "inns", "declared", "test", "wickets", "runs", "cricket", "bowled", "batting"})) {
            end += 2;  // ("487/6 d": a scorecard's, spaced)
        } else {
            end = 0;
        }
        if (end != 0) {
            // (Its abbreviation's dot, unless the dot also ends the sentence.)
            if (isSym(t, end, ".") && end + 1 < t.size() && !(isKind(t, end + 1, Kind::Space) && isKind(t, end + 2, Kind::Word) &&
                                                               isCapitalized(t[end + 2].text))) {
                ++end;
            }
            return Match{end - i, numberWords(parseNumber(n)) + " for " + wholeWords(t[i + 2].text) + " declared", "score"};
        }
    }
    // "made 134*": a batter's score not out.
    // (A Test match in capitals: "134* in the second Test"; a "test" in small letters is any sentence's.)
    const bool testMatch = std::any_of(t.begin(), t.end(), [](const Token& k) { return k.kind == Kind::Word && (k.text == "Test" || k.text == "Tests"); });
    if (isSym(t, i + 1, "*") && !isKind(t, i + 2, Kind::Word) && !isKind(t, i + 2, Kind::Number) &&
        // (Not "test" nor "not", any sentence's: "from 741* last year, combining points and the admissions test".)
        (testMatch || anyWordIn(t, {"runs", "balls", "innings", "wicket", "wickets", "century", "unbeaten", "overs", "batting",
                      "cricket", "odi", "fours", "sixes", "knock", "boundaries", "declared", "declare", "declaration",
                      "batted", "bowled", "ashes", "stumps", "wkts", "bowler", "batsman", "batter", "t20", "t20i"}))) {
        return Match{2, wholeWords(n) + " not out", "score"};
    }
    return std::nullopt;
}

// A team's or a fighter's record, wins and losses: "improved to 6-0", "Georgia (13-1)", "a 82-58
// record" are "six and oh", "thirteen and one", "eighty-two and fifty-eight" (a score is "to").
// Records in brackets after a team's name: "Utah (11-2)", "Gonzaga (25-7, 14-2 WCC)": from the bracket
// to the record at i only records, commas and a conference's name, and so from its end to the close.
static bool inRecordBrackets(const Tokens& t, std::size_t i, std::size_t end) {
    const auto part = [&](std::size_t k) {
        // (A conference's name in words too: "(7-1, 4-1 Big Ten)", "(6-2, 3-2 Mountain West)"; "Everton (3-1 Liverpool)" is a score
        // against a side.)
        static constexpr WordSet kConferenceWords({"Big", "Ten", "East", "West", "Mountain", "Sun", "Belt", "Ivy", "League", "Pac", "Atlantic",
                                                   "Coast", "Conference", "Mid", "American", "Athletic", "Missouri", "Valley", "Horizon", "Sky",
                                                   "Patriot", "Southland", "Southern", "Summit", "Colonial", "Northeast", "Western", "Eastern"});
        return isKind(t, k, Kind::Number) || isSym(t, k, "-") || isSym(t, k, ",") || isKind(t, k, Kind::Space) ||
               (isKind(t, k, Kind::Word) && (isUpperWord(t[k].text) || kConferenceWords.count(t[k].text) != 0));
    };
    std::size_t open = i;
    while (open > 0 && i - open < 12 && part(open - 1)) --open;
    if (open < 3 || !isSym(t, open - 1, "(") || !isKind(t, open - 2, Kind::Space) || !isKind(t, open - 3, Kind::Word) ||
        !isCapitalized(t[open - 3].text)) {
        return false;
    }
    std::size_t close = end;
    while (close < t.size() && close - end < 12 && part(close)) ++close;
    return isSym(t, close, ")");
}

// In a gridiron story, the bracket after a team's name, "for the Colts (5-7)", "for Houston (7-4)": a player's
// figures in brackets are his, "Burrow (24-31)", completions of passes.
static bool gridironTeam(const Tokens& t, std::size_t i) {
    if (!anyWordIn(t, {"yards", "touchdown", "touchdowns", "quarterback", "rushing", "interception", "interceptions", "kickoff"})) return false;
    if (i < 4 || !isSym(t, i - 1, "(") || !isKind(t, i - 2, Kind::Space) || !isKind(t, i - 3, Kind::Word) || !isCapitalized(t[i - 3].text)) return false;
    return isWordIn(t, i - 5, {"the", "for", "against", "over", "at", "beat", "host", "hosts", "visit", "visits"});
}

static std::optional<Match> recordRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || !isDash(t, i + 1) || !isKind(t, i + 2, Kind::Number) || !digitsOnly(t[i].text) ||
        !digitsOnly(t[i + 2].text) || t[i].text.size() > 3 || t[i + 2].text.size() > 3 || (i > 0 && isDash(t, i - 1))) {
        return std::nullopt;
    }
    // A third number: ties, or overtime losses ("23-11-4").
    const bool third = isDash(t, i + 3) && isKind(t, i + 4, Kind::Number) && digitsOnly(t[i + 4].text) && t[i + 4].text.size() <= 2 &&
                       !isDash(t, i + 5);
    const std::size_t end = third ? i + 5 : i + 3;
    const std::string before = i >= 2 ? lowerAscii(previousWord(t, i)) : "";
    const std::string twoBefore = i >= 4 && isKind(t, i - 1, Kind::Space) ? lowerAscii(previousWord(t, i - 2)) : "";
    // (Not a range of percentages or of a measure: "humidity will drop to 8-12%", "fell to 3-5C".)
    // (A unit that is no word of its own: "3-1 in three-setters" is a record.)
    const auto unitWord = [&](std::size_t k) {
        return isKind(t, k, Kind::Word) && t[k].text.size() >= 2 && findUnit(t[k].text) != nullptr &&
               !isWordIn(t, k, {"in", "min", "mins", "mo", "pt", "pts", "sq", "hr", "hrs", "sec", "secs", "yr", "yrs", "wk", "wks", "cal", "pax"});
    };
    const bool measured = isSym(t, end, "%") || unitWord(end) ||
                          (isKind(t, end, Kind::Space) && (isWordIn(t, end + 1, {"percent", "per", "degrees", "pc"}) || unitWord(end + 1)));
    const bool moved = !measured && (before == "to" || before == "at") &&
                       (twoBefore == "improved" || twoBefore == "improve" || twoBefore == "improves" || twoBefore == "fell" ||
                        twoBefore == "fall" || twoBefore == "falls" || twoBefore == "dropped" || twoBefore == "drop" ||
                        twoBefore == "drops" || twoBefore == "moved" || twoBefore == "move" || twoBefore == "moves" ||
                        twoBefore == "slipped" || twoBefore == "climbed" || twoBefore == "evened" || twoBefore == "stand" ||
                        twoBefore == "stands" || twoBefore == "sit" || twoBefore == "sits" ||
                        // (Three parts after "to" are a record whatever the verb: "lifting the Privateers to 24-15-4".)
                        third || [&] {
                            // ("lifts the Pies to 3-2", "takes Georgia to 13-1": a side moved to its record, its name between, in
                            // capitals: "lifts the rate to 3-4 percent" is a range.)
                            if (i < 4 || !isKind(t, i - 4, Kind::Word) || !isCapitalized(t[i - 4].text) || isSym(t, skip(t, end), "%") ||
                                isWordIn(t, skip(t, end), {"pm", "am", "p", "a", "percent", "per", "degrees", "million", "billion", "hours", "days"})) {
                                return false;
                            }
                            std::size_t k = i >= 2 ? i - 2 : 0;
                            for (int words = 0; words < 4 && k >= 2; ++words) {
                                k -= 2;
                                if (isWordIn(t, k, {"lifts", "lifted", "lift", "lifting", "takes", "took", "take", "taking", "pushes", "pushed",
                                                    "push", "sends", "sent", "send", "moves", "moved", "improves", "improved", "drops", "dropped"})) {
                                    return true;
                                }
                            }
                            return false;
                        }());
    // ("The Bruins' record (38–19–7)": the record named before its bracket.)
    // (The bracket holding the record alone: "a record (38–40 C)", "record (5–10%) growth" are a measure's range.)
    const bool namedBeforeBracket = i >= 3 && isSym(t, i - 1, "(") && isKind(t, i - 2, Kind::Space) && isWordIn(t, i - 3, {"record"}) &&
                                    isSym(t, third ? i + 5 : i + 3, ")");
    const bool named = before == "record" || namedBeforeBracket || (before == "of" && twoBefore == "record") ||
                       isWordIn(t, skip(t, end), {"record"}) ||
                       // "finished the season 12-5", "are 2-0 in the playoffs"
                       before == "season" || before == "year" ||
                       // ("are now 0-3 for the season")
                       (before == "now" && (twoBefore == "are" || twoBefore == "is" || twoBefore == "were" || twoBefore == "was") &&
                        ((isWordIn(t, skip(t, end), {"for", "on"}) && isWordIn(t, skip(t, skip(t, end) + 1), {"the"}) &&
                          isWordIn(t, skip(t, skip(t, skip(t, end) + 1) + 1), {"season", "campaign"})) ||
                         (isWordIn(t, skip(t, end), {"this"}) && isWordIn(t, skip(t, skip(t, end) + 1), {"season", "campaign"}))) &&
                        !anyWordIn(t, {"aggregate"})) ||
                       ((before == "are" || before == "were" || before == "is" || before == "was") &&
                        anyWordIn(t, {"playoffs", "playoff", "season", "series", "conference", "league", "division",
                                      "standings", "tournament", "postseason"}) &&
                        !anyWordIn(t, {"half-time", "halftime", "minute", "minutes", "scored", "goal", "goals"})) ||
                       // ("are 3-9 in their last 12 road games", "is 4-1 in one-run games": a team's record in a kind of game.)
                       ((before == "are" || before == "were" || before == "is" || before == "was") && isWordIn(t, skip(t, end), {"in"}) &&
                        !isWordIn(t, skip(t, skip(t, end) + 1), {"favour", "favor", "support", "total"}) &&
                        [&] {
                            for (std::size_t k = skip(t, end) + 1, words = 0; k < t.size() && words < 8; ++k) {
                                if (t[k].kind != Kind::Word) continue;
                                ++words;
                                const std::string& w = t[k].text;
                                if (w == "games" || w == "starts" || w == "outings" || w == "matchups") return true;
                            }
                            return false;
                        }());
    // ("Boston is 22-3 when holding opponents under 40%", "are 12-2 against the East": a team's record now, in a kind of
    // game; a score is told in the past or at a moment of the game.)
    // ("Arsenal are 3-1 on aggregate", "It is 1-1 at the Etihad", "Democrats are 2-1 against" are scores and a ratio.)
    const std::size_t after = skip(t, end);
    const bool recordNow = (before == "is" || before == "are") && twoBefore != "it" &&
                           (isWordIn(t, after, {"when", "this", "since", "without", "after", "under"}) ||
                            (isWordIn(t, after, {"at"}) && isWordIn(t, skip(t, after + 1), {"home"})) ||
                            (isWordIn(t, after, {"on"}) && isWordIn(t, skip(t, skip(t, after + 1) + 1), {"road"}))) &&
                           !anyWordIn(t, {"half-time", "halftime", "break", "interval", "minute", "minutes", "scored", "goal", "goals", "lead",
                                          "led", "leading", "trailing", "trailed", "score", "inning", "innings", "period", "quarter",
                                          "aggregate", "vote", "votes", "ratio", "odds"});
    // ("His 1978 team went 26-1 and won the state title", "finished 12-4 in the regular season": a season's record after
    // "went" or "finished"; "went 3-1 up", "the match finished 2-1" are scores.)
    // (A season's games add up to ten and more; a match's goals seldom do: "the derby finished 1-1", "went 4-1".)
    const bool seasonRecord = (before == "went" || before == "go" || before == "goes" || before == "finished" || before == "finish" ||
                               before == "finishes") && toInt(t[i].text) + toInt(t[i + 2].text) >= 10 &&
                              !isWordIn(t, after, {"up", "down", "ahead", "behind", "clear", "at", "after", "on", "for", "against", "thanks",
                                                   "through"}) &&
                              !anyWordIn(t, {"derby", "tie", "clash", "fixture", "penalty", "penalties", "wickets", "overs", "innings", "runs",
                                             "draw", "drew", "extra", "shootout"}) &&
                              anyWordIn(t, {"season", "seasons", "team", "year", "title", "campaign", "regular", "championship", "undefeated",
                                            "conference", "league"}) &&
                              !anyWordIn(t, {"match", "game", "minute", "minutes", "goal", "goals", "half", "half-time", "halftime", "scored",
                                             "score", "final", "aggregate", "leg", "vote", "votes"});
    // (Three parts in the bracket after a team's name are its wins, losses and ties whatever the sentence says: "scored for
    // Montreal (21-20-4)".)
    // (Not a football side's formation, its outfield ten, "Liverpool (4-3-3)", nor a fertiliser's equal parts, "(7-7-7)".)
    const bool formation = third && toInt(t[i].text) + toInt(t[i + 2].text) + toInt(t[i + 4].text) == 10 && toInt(t[i].text) <= 5 &&
                           toInt(t[i + 2].text) <= 5 && toInt(t[i + 4].text) <= 5;
    const bool equalParts = third && t[i].text == t[i + 2].text && t[i + 2].text == t[i + 4].text;
    const bool bracketed = inRecordBrackets(t, i, end) && !formation && !equalParts &&
                           (third || anyWordIn(t, {"season", "game", "games", "win", "wins", "won", "beat", "coach", "conference", "league",
                                          "playoff", "playoffs", "ranked", "seed", "team", "host", "hosts", "visit", "visits",
                                          "face", "faces", "play", "plays", "bout", "fight", "unbeaten", "allowed", "pitched",
                                          "starter", "loss", "losses", "knocked", "knockout", "ko", "tko", "boxer", "boxing", "fighter",
                                          "stopped", "stoppage",
                                          // a game told as it went: "The Lions (12-5) trailed 27-17 early in the fourth quarter"
                                          "trailed", "quarter", "touchdown", "touchdowns", "drive", "clinch", "clinched", "rallied"}) ||
                            gridironTeam(t, i) ||
                            baseball(t)) &&
                           // (Not a bowler's figures in cricket, "Anderson (5-40) took five wickets": wickets for runs.)
                           !anyWordIn(t, {"wicket", "wickets", "overs", "bowled", "bowling", "bowler", "bowlers", "cricket", "spell"});
    // ("Ortiz (24-0, 21 KOs)", "Navarro, 28-1, 24 KOs,", "26-3-1 (19 KOs)": a fighter's record, with the wins by knockout
    // after it, after a comma or in brackets.)
    std::size_t count = t.size();
    if ((isSym(t, end, ",") && isKind(t, end + 1, Kind::Space)) || (isKind(t, end, Kind::Space) && isSym(t, end + 1, "("))) count = end + 2;
    const bool fightRecord = isKind(t, count, Kind::Number) && isKind(t, count + 1, Kind::Space) &&
                             isWordIn(t, count + 2, {"kos", "ko", "knockouts", "stoppages"});
    if ((!moved && !named && !bracketed && !recordNow && !seasonRecord && !fightRecord) || (t[i].text == "0" && t[i + 2].text == "0")) {
        return std::nullopt;
    }
    if (anyWordIn(t, {"vote", "votes", "voted", "ruling", "court", "justices", "panel", "jury", "poll", "polls"})) return std::nullopt;
    // ("call Health811 at 8-1-1": a number to dial a figure at a time, no record.)
    if (third && i >= 2 && isWordIn(t, i - 2, {"call", "dial", "at", "phone", "text", "calling", "dialing", "dialling"}) &&
        anyWordIn(t, {"call", "dial", "phone", "calling", "dialing", "dialling", "hotline", "helpline"})) {
        return std::nullopt;
    }
    const auto side = [](const std::string& n) { return n == "0" ? std::string("oh") : wholeWords(n); };
    std::string spoken = side(t[i].text) + (third ? ", " : " and ") + side(t[i + 2].text);
    if (third) spoken += " and " + side(t[i + 4].text);
    return Match{end - i, spoken, "score"};
}

// A Gaelic games side's score, goals and points: "1-15", "0-17". (Fewer than forty points: a bowler's "2-51" is
// wickets for runs.)
static bool gaelicSide(const Tokens& t, std::size_t i) {
    return isKind(t, i, Kind::Number) && t[i].text.size() == 1 && digitsOnly(t[i].text) && isSym(t, i + 1, "-") &&
           isKind(t, i + 2, Kind::Number) && t[i + 2].text.size() <= 2 && digitsOnly(t[i + 2].text) && toInt(t[i + 2].text) < 40 && !isDash(t, i + 3) &&
           (i == 0 || !isDash(t, i - 1));
}

// "Kerry 1-15 to 0-17": two sides' goals and points, "one-fifteen to zero-seventeen"; one side's alone
// in a story about hurling or Gaelic football.
static std::optional<Match> gaelicRule(const Tokens& t, std::size_t i, bool gaelicStory) {
    if (!gaelicSide(t, i)) return std::nullopt;
    // ("2-07": points set with a leading nought on a scoreboard are "two-seven".)
    const auto side = [&](std::size_t k) {
        const std::string& points = t[k + 2].text;
        return wholeWords(t[k].text) + "-" + wholeWords(points.size() == 2 && points[0] == '0' ? points.substr(1) : points);
    };
    // ("were 0-9 to 0-6 ahead": two sides' scores joined by "to" are Gaelic whatever their points.)
    if (isKind(t, i + 3, Kind::Space) && isWordIn(t, i + 4, {"to"}) && isKind(t, i + 5, Kind::Space) && gaelicSide(t, i + 6) &&
        (t[i + 2].text.size() == 2 || t[i + 8].text.size() == 2 ||
         anyWordIn(t, {"points", "frees", "goals", "half-time", "hurling", "gaelic", "gaa", "camogie", "county"}))) {
        return Match{9, side(i) + " to " + side(i + 6), "score"};
    }
    // "Kerry 1-15 Dublin 0-17", "Ballinakill (Galway) 1-14 Castlerea St Kevin's (Roscommon) 0-15": the
    // second side's name between the scores, with its county in brackets, a comma where it starts.
    // ("Dublin 0-12, Kerry 1-09": a comma after the first side's score.)
    std::size_t k = isSym(t, i + 3, ",") ? i + 4 : i + 3;
    const auto nameToken = [&](std::size_t m) {
        return isSym(t, m, "(") || isSym(t, m, ")") || isSym(t, m, "'") || isSym(t, m, "\xE2\x80\x99") ||
               (isKind(t, m, Kind::Word) && (t[m].text == "s" || isCapitalized(t[m].text)));
    };
    while (k < i + 16 && (nameToken(k) || (isKind(t, k, Kind::Space) && nameToken(k + 1)))) ++k;
    if (k > i + 4 && isKind(t, k, Kind::Space) && gaelicSide(t, k + 1) && (t[i + 2].text.size() == 2 || t[k + 3].text.size() == 2)) {
        std::string names;
        for (std::size_t w = isSym(t, i + 3, ",") ? i + 4 : i + 3; w < k; ++w) {
            if (isSym(t, w, "(") || isSym(t, w, ")")) {
                while (!names.empty() && names.back() == ' ') names.pop_back();
                names += isSym(t, w, "(") ? ", " : ",";
            } else if (!(isKind(t, w, Kind::Space) && !names.empty() && names.back() == ' ')) {
                names += t[w].text;
            }
        }
        while (!names.empty() && names.back() == ',') names.pop_back();
        return Match{k + 4 - i, side(i) + "," + names + " " + side(k + 1), "score"};
    }
    // One side's score alone: in a story about hurling or Gaelic football, or in a scorer's line with
    // its frees ("C Murtagh (0-5, 3f)").
    bool frees = false;
    for (std::size_t f = 0; f + 1 < t.size() && !frees; ++f) {
        frees = isKind(t, f, Kind::Number) && isKind(t, f + 1, Kind::Word) && (t[f + 1].text == "f" || t[f + 1].text == "fs");
    }
    // (Or shown to be one by its total in brackets, three a goal and one a point, "Kerry 1-19 (22)"; or by its points set
    // with a leading nought, as only a Gaelic scoreboard sets them, "0-09".)
    const bool totalled = isKind(t, i + 3, Kind::Space) && isSym(t, i + 4, "(") && isKind(t, i + 5, Kind::Number) && isSym(t, i + 6, ")") &&
                          digitsOnly(t[i + 5].text) && toInt(t[i + 5].text) == 3 * toInt(t[i].text) + toInt(t[i + 2].text);
    // (One such score makes the others in its sentence Gaelic: "Mayo led 0-09 to 0-08 … level at 0-14 each"; so does
    // the championship's name, "All-Ireland".)
    bool nought = false, allIreland = false;
    for (std::size_t k = 0; k + 2 < t.size(); ++k) {
        nought = nought || (gaelicSide(t, k) && t[k + 2].text.size() == 2 && t[k + 2].text[0] == '0');
        allIreland = allIreland || (isWordIn(t, k, {"all"}) && isSym(t, k + 1, "-") && isWordIn(t, k + 2, {"ireland"}));
    }
    // (A score borrowed from the sentence's evidence is a level or a lead: "level at 0-14 each", "0-14 apiece", "led
    // 1-12": not a range, "aged 8-12", "2-15%".)
    const bool level = (isKind(t, i + 3, Kind::Space) && isWordIn(t, i + 4, {"each", "apiece", "all"})) ||
                       isWordIn(t, i >= 2 ? i - 2 : t.size(), {"led", "trailed", "leading", "trailing", "level"});
    // (In a report of the Gaelic games throughout, any such score is one: "O'Donnell's 1-4 decides classic", "added 0-9 (0-5
    // frees)"; not a figure with its unit glued, "1-2pm", "2-15%".)
    // (Nor a range the words round it make one: "aged 6-12", "between 3-5", "3-5 coaching sessions", "won 5-6 of the last seven".)
    const bool ranged = isWordIn(t, i >= 2 ? i - 2 : t.size(), {"aged", "ages", "age", "between", "from", "won", "lost", "within", "about",
                                                                "around", "some", "approximately", "roughly"}) ||
                        // (A range goes on to the things it counts, "3-5 coaching sessions"; a score to where it came from or what
                        // it did, "1-4 from play", "1-4 decides classic".)
                        (isKind(t, i + 3, Kind::Space) && !isWordIn(t, i + 4, {"frees", "points", "goals"}) &&
                         (isPluralNounAt(t, i + 4) || isWordIn(t, i + 4, {"of", "per", "years", "year", "times", "days", "weeks", "months", "hours",
                                                                          "minutes"}) ||
                          (isKind(t, i + 4, Kind::Word) && std::islower(static_cast<unsigned char>(t[i + 4].text[0])) && isKind(t, i + 5, Kind::Space) &&
                           isPluralNounAt(t, i + 6) && !isWordIn(t, i + 4, {"from", "to", "in", "and", "for", "with", "after", "at", "on"}))));
    // (A player's, "O'Donnell's 1-4 decides classic", is a score whatever follows it.)
    const std::string owner = previousWord(t, i);
    const bool owned = owner.ends_with("'s") || owner.ends_with("\xE2\x80\x99s") ||
                       (i >= 3 && isWordIn(t, i - 2, {"s"}) && (isSym(t, i - 3, "'") || isSym(t, i - 3, "\xE2\x80\x99")));
    const bool ofTheStory = gaelicStory && !isKind(t, i + 3, Kind::Word) && !isSym(t, i + 3, "%") && (owned || !ranged);
    if ((anyWordIn(t, {"hurling", "hurlers", "gaelic", "gaa", "camogie", "all-ireland", "sliotar", "sam", "maguire", "mccarthy"}) &&
         t[i + 2].text.size() == 2) || ofTheStory ||
        frees || totalled || (t[i + 2].text.size() == 2 && t[i + 2].text[0] == '0') ||
        ((nought || allIreland) && level && t[i + 2].text.size() == 2)) {
        return Match{3, side(i), "score"};
    }
    return std::nullopt;
}

// Australian football's goals and behinds: "Collingwood 12.10 (82)" is "twelve ten, eighty-two" (the
// total is six a goal and one a behind), "Heeney kicked 3.2" "three goals, two behinds".
static std::optional<Match> footyRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number)) return std::nullopt;
    const std::string& n = t[i].text;
    const std::size_t dot = n.find('.');
    if (dot == std::string::npos || dot == 0 || dot > 2 || n.size() - dot - 1 > 2 || !digitsOnly(n.substr(0, dot)) ||
        !digitsOnly(n.substr(dot + 1)) || (n.size() - dot - 1 == 2 && n[dot + 1] == '0')) {
        return std::nullopt;
    }
    const int goals = toInt(n.substr(0, dot)), behinds = toInt(n.substr(dot + 1));
    if (isKind(t, i + 1, Kind::Space) && isSym(t, i + 2, "(") && isKind(t, i + 3, Kind::Number) && isSym(t, i + 4, ")") &&
        digitsOnly(t[i + 3].text) && toInt(t[i + 3].text) == 6 * goals + behinds) {
        std::string spoken = wholeWords(n.substr(0, dot)) + " " + wholeWords(n.substr(dot + 1)) + ", " + wholeWords(t[i + 3].text);
        // "Collingwood 12.10 (82) d Carlton": defeated, as the results write it.
        if (isKind(t, i + 5, Kind::Space) && isKind(t, i + 6, Kind::Word) && t[i + 6].text == "d" && isKind(t, i + 7, Kind::Space) &&
            isKind(t, i + 8, Kind::Word) && isCapitalized(t[i + 8].text)) {
            return Match{7, spoken + " defeated", "score"};
        }
        return Match{5, spoken, "score"};
    }
    // ("Collingwood, Q1: 3.2, Q2: 6.5, Q3: 9.8, Final: 14.12 (96)": a scoreboard's quarters beside a final score whose
    // points prove it Australian football's, each said as goals and behinds, "three two".)
    if (i >= 2 && isKind(t, i - 1, Kind::Space) && (isSym(t, i - 2, ":") || isSym(t, i - 2, ",")) && goals <= 40 && behinds <= 40) {
        for (std::size_t k = 0; k + 4 < t.size(); ++k) {
            const std::string& f = t[k].text;
            const std::size_t d = f.find('.');
            if (k == i || !isKind(t, k, Kind::Number) || d == std::string::npos || d == 0 || !isSym(t, k + 2, "(") || !isKind(t, k + 3, Kind::Number) ||
                !digitsOnly(f.substr(0, d)) || !digitsOnly(f.substr(d + 1)) || f.size() - d - 1 > 2 || !digitsOnly(t[k + 3].text)) {
                continue;
            }
            if (toInt(t[k + 3].text) == 6 * toInt(f.substr(0, d)) + toInt(f.substr(d + 1))) {
                return Match{1, wholeWords(n.substr(0, dot)) + " " + wholeWords(n.substr(dot + 1)), "score"};
            }
        }
    }
    // (A player's: after "kicked", and before no word but one that goes on with the sentence.)
    const bool ends = !isKind(t, skip(t, i + 1), Kind::Word) ||
                      (isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"in", "from", "against", "to", "as", "for", "and", "but",
                                                                            "while", "on", "including", "with", "before", "after", "during",
                                                                            "at", "across", "despite", "by", "this", "last", "off"}));
    if (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"kicked", "kicks", "kick"}) && goals <= 15 && ends) {
        // ("kicked 5.4 to 2.2 in the last quarter": the other side's goals and behinds after "to", the same way.)
        if (isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"to"}) && isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Number)) {
            const std::string& other = t[i + 4].text;
            const std::size_t d = other.find('.');
            if (d != std::string::npos && d >= 1 && d <= 2 && other.size() - d - 1 >= 1 && other.size() - d - 1 <= 2 && digitsOnly(other.substr(0, d)) &&
                digitsOnly(other.substr(d + 1))) {
                return Match{5, countOf(goals, "goal", "goals") + ", " + countOf(behinds, "behind", "behinds") + " to " +
                                    countOf(toInt(other.substr(0, d)), "goal", "goals") + ", " + countOf(toInt(other.substr(d + 1)), "behind", "behinds"),
                             "score"};
            }
        }
        return Match{1, countOf(goals, "goal", "goals") + ", " + countOf(behinds, "behind", "behinds"), "score"};
    }
    return std::nullopt;
}

namespace {

// "two HRs", "3 TDs" in a line of American sport, "won 4-3 in OT": a sport's abbreviations a newsreader
// says in words. ("TDs" alone are Ireland's members of parliament; "HR" alone is human resources.)
std::optional<Match> sportAbbreviationRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word) || t[i].text.size() > 3) return std::nullopt;
    // ("won 4-3 (aet)": after extra time, in capitals or written small.)
    if ((t[i].text == "AET" || t[i].text == "aet") && anyNumberDash(t)) return Match{1, "after extra time", "abbreviation"};
    if (!std::isupper(static_cast<unsigned char>(t[i].text[0]))) return std::nullopt;
    const std::string& w = t[i].text;
    const bool afterCount = i >= 2 && isKind(t, i - 1, Kind::Space) &&
                            (isKind(t, i - 2, Kind::Number) ||
                             isWordIn(t, i - 2, {"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                                 "eleven", "twelve", "his", "her", "their", "its", "first", "second", "third"}));
    if ((w == "HR" || w == "HRs") && afterCount &&
        (w == "HRs" || anyWordIn(t, {"RBI", "RBIs", "inning", "innings", "homer", "homered", "pitcher", "batting", "bat", "MLB",
                                     "hits", "doubles", "triples", "walks", "strikeouts"}))) {
        return Match{1, w == "HR" ? "home run" : "home runs", "abbreviation"};
    }
    // ("a 19-yard TD", "a 6-yd TD catch", "a 48-yd FG": after its length in yards, a touchdown and a field goal.)
    if ((w == "TD" || w == "TDs" || w == "FG" || w == "FGs") && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        isWordIn(t, i - 2, {"yard", "yarder", "yd", "yds"})) {
        const bool goal = w[0] == 'F';
        return Match{1, goal ? (w.size() == 2 ? "field goal" : "field goals") : (w == "TD" ? "touchdown" : "touchdowns"), "abbreviation"};
    }
    if ((w == "FG" || w == "FGs") && afterCount && anyWordIn(t, {"kicked", "kicker", "kicks", "yards", "yard", "missed", "NFL", "quarter", "touchdown"})) {
        return Match{1, w == "FG" ? "field goal" : "field goals", "abbreviation"};
    }
    if ((w == "TD" || w == "TDs") && afterCount &&
        anyWordIn(t, {"yards", "yds", "yard", "threw", "throws", "passes", "passing", "rushing", "rushed", "quarterback", "QB",
                      "interception", "interceptions", "INTs", "NFL", "receiving", "catches", "receptions", "carries"})) {
        return Match{1, w == "TD" ? "touchdown" : "touchdowns", "abbreviation"};
    }
    // ("two TDs and an INT", "3 INTs": interceptions, in a line that counts touchdowns or passes.)
    // (Not a team's or a cap's "INT", a noun after it: "an INT side", "his first INT cap".)
    const bool nounAfter = isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) &&
                           !isWordIn(t, i + 2, {"in", "and", "on", "to", "for", "as", "with", "that", "late", "early", "from", "but", "or",
                                                "against", "while", "before", "after", "during", "when"});
    if ((w == "INT" || w == "INTs") && (afterCount || isWordIn(t, i - 2, {"an"})) && !nounAfter &&
        anyWordIn(t, {"TD", "TDs", "touchdown", "touchdowns", "yards", "yds", "threw", "throws", "passing", "quarterback", "QB"})) {
        return Match{1, w == "INT" ? "interception" : "interceptions", "abbreviation"};
    }
    // "level at HT", "won 3-2 (AET)", "a new WR", "a PB of 9.81": a match's half or full time, extra time, a
    // world record, a personal or a season's best.
    const std::string before = i >= 2 && isKind(t, i - 1, Kind::Space) ? lowerAscii(t[i - 2].text) : "";
    // "WR Jalen Okafor", "Rookie K Santi Oyelaran", "CB Reggie Amos III": an American football player's position
    // before his name, as injury reports and rosters give it, in a sentence about the game itself.
    {
        static const std::unordered_map<std::string, std::string> kPositions{
            {"QB", "quarterback"}, {"RB", "running back"}, {"WR", "wide receiver"}, {"TE", "tight end"}, {"FB", "fullback"},
            {"LT", "left tackle"}, {"RT", "right tackle"}, {"LG", "left guard"}, {"RG", "right guard"}, {"OT", "offensive tackle"},
            {"OG", "offensive guard"}, {"DE", "defensive end"}, {"DT", "defensive tackle"}, {"NT", "nose tackle"}, {"LB", "linebacker"},
            {"OLB", "outside linebacker"}, {"ILB", "inside linebacker"}, {"CB", "cornerback"}, {"FS", "free safety"},
            {"SS", "strong safety"}, {"LS", "long snapper"}, {"OL", "offensive lineman"}, {"DL", "defensive lineman"}, {"DB", "defensive back"}, {"K", "kicker"}, {"P", "punter"}, {"S", "safety"}, {"C", "center"}};
        const auto position = kPositions.find(w);
        const auto nameAt = [&](std::size_t k) {
            return isKind(t, k, Kind::Word) && isCapitalized(t[k].text) && t[k].text.size() >= 2 && !isUpperWord(t[k].text);
        };
        if (position != kPositions.end() && isKind(t, i + 1, Kind::Space) && nameAt(i + 2) && isKind(t, i + 3, Kind::Space) && nameAt(i + 4) &&
            (i == 0 || !isKind(t, i - 1, Kind::Word)) && !isSym(t, i + 1, ".") && before != "the" && before != "a" && before != "an") {
            // (Words of the game itself: injuries alone are every sport's and every accident's, "RG Kar Medical College",
            // "a fire at LG Energy Solution's plant".)
            const bool game = anyWordIn(t, {"touchdown", "touchdowns", "quarterback", "quarterbacks", "yards", "yard", "sacks", "sack",
                                            "interception", "interceptions", "fumble", "fumbles", "kickoff", "punt", "punts", "questionable",
                                            "doubtful", "nfl", "snaps", "receiver", "receivers", "receptions", "catches", "carries", "rushing",
                                            "passing", "passes", "ir", "linebacker", "cornerback", "inactive", "inactives", "offense",
                                            "defense", "offensive", "defensive", "gridiron", "quarter", "concussion"});
            // (Nor a company's or a team's name after letters like a position's: "RB Global Inc", "WR Berkley Corp", "RB
            // Leipzig", "CB Richard Ellis".)
            const bool firm = isWordIn(t, i + 6, {"inc", "corp", "co", "ltd", "group", "team", "plc", "llc", "holdings"}) ||
                              isWordIn(t, i + 2, {"global", "energy", "leipzig", "salzburg", "medical", "richard", "formula"});
            // (Every position's letters name other things too: "SS Great Britain", "TE Connectivity", a single "S" or "K".)
            // (Nor in a sentence about baseball, whose catcher and shortstop are "C" and "SS" too.)
            if (game && !firm && !baseball(t)) {
                std::string said = position->second;
                if (i == 0) said[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(said[0])));
                return Match{1, said, "abbreviation"};
            }
        }
        // "could land on IR": the injured reserve list, in copy about a team's players.
        if (w == "IR" && (before == "on" || before == "to" || before == "off") &&
            anyWordIn(t, {"injured", "injury", "knee", "ankle", "hamstring", "placed", "put", "activated", "season", "roster", "week", "land"})) {
            return Match{1, "injured reserve", "abbreviation"};
        }
    }
    if ((w == "HT" || w == "FT") && (before == "at" || before == "by" || before == "after" || before == "before")) {
        return Match{1, w == "HT" ? "half-time" : "full-time", "abbreviation"};
    }
    // "(3pm KO)", "before KO": a football match's kick-off, after its time or a word of time.
    if (w == "KO" && (before == "pm" || before == "am" || before == "before" || before == "after" || before == "until" ||
                      (i >= 2 && isKind(t, i - 2, Kind::Number) && t[i - 2].text.find(':') != std::string::npos))) {
        return Match{1, "kick-off", "abbreviation"};
    }
    // ("3:49.04 WL", "12.12 WR", "8.34m NR": right after a mark with its decimals, as results lines write them, a world
    // lead, a national, a championship, an area or a meeting record too.)
    const bool afterMark = i >= 2 && isKind(t, i - 1, Kind::Space) &&
                           ((isKind(t, i - 2, Kind::Number) && t[i - 2].text.find('.') != std::string::npos) ||
                            (i >= 3 && isKind(t, i - 2, Kind::Word) && (t[i - 2].text == "m" || t[i - 2].text == "s") && isKind(t, i - 3, Kind::Number) &&
                             t[i - 3].text.find('.') != std::string::npos));
    static const std::pair<const char*, const char*> kMarks[] = {{"WR", "world record"}, {"PB", "personal best"}, {"SB", "season's best"},
                                                                 {"WL", "world lead"},   {"NR", "national record"}, {"CR", "championship record"},
                                                                 {"AR", "area record"},  {"MR", "meeting record"}};
    // (After the mark, the results' punctuation or a small word: "4.38 WR ran the fastest forty" is a wide receiver.)
    const std::size_t following = skip(t, i + 1);
    const bool markEnds = !isKind(t, following, Kind::Word) || isWordIn(t, following, {"and", "in", "at", "for", "with", "on", "to", "as"});
    for (const auto& [mark, said] : kMarks) {
        if (w != mark) continue;
        const bool listed = w == "WR" || w == "PB" || w == "SB";
        if (listed && (before == "a" || before == "new" || before == "the" || before == "her" || before == "his" || before == "their" ||
                       (i >= 1 && isSym(t, i - 1, "("))) &&
            anyWordIn(t, {"record", "records", "time", "ran", "run", "race", "swam", "jumped", "threw", "clocked", "seconds", "metres",
                          "meters", "final", "heat", "heats", "athletics", "sprint", "marathon", "olympic", "olympics", "championships",
                          "set", "broke", "smashed"})) {
            return Match{1, said, "abbreviation"};
        }
        // (After a mark only in a meeting's report: its events and its verbs, "2.0 AR headset" is a device's.)
        if (afterMark && markEnds &&
            anyWordIn(t, {"ran", "clocked", "swam", "jumped", "threw", "heat", "heats", "final", "athletics", "metres", "meters", "sprint",
                          "marathon", "hurdles", "relay", "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "javelin", "discus",
                          "vault", "trials", "championships", "olympic", "olympics"})) {
            return Match{1, said, "abbreviation"};
        }
    }
    // "RHP Justin Vance", "OF Victor Robles": a baseball roster's position before a player's name (not
    // "OF" in a line of capitals: the name after it is written in lower case, the word before it is not
    // in capitals).
    static const std::pair<const char*, const char*> kPositions[] = {
        {"RHP", "right-hander"}, {"LHP", "left-hander"}, {"OF", "outfielder"}, {"INF", "infielder"}, {"DH", "designated hitter"},
        {"SS", "shortstop"}, {"C", "catcher"}, {"CF", "center fielder"}, {"LF", "left fielder"}, {"RF", "right fielder"}};
    for (const auto& [written, said] : kPositions) {
        // (Nor after an article: "The RHP Group" is a firm's name.)
        if (w != written || !isKind(t, i + 1, Kind::Space) || !isKind(t, i + 2, Kind::Word) || !isCapitalized(t[i + 2].text) ||
            isUpperWord(t[i + 2].text) || (i >= 2 && isKind(t, i - 2, Kind::Word) && isUpperWord(t[i - 2].text)) ||
            isWordIn(t, i >= 2 ? i - 2 : t.size(), {"the", "a", "an", "of"})) {
            continue;
        }
        // (A lone letter is an initial as often, "C Murtagh (0-5)": the catcher's "C" before a given name and a surname.)
        if (w.size() == 1 && !(isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word) && isCapitalized(t[i + 4].text))) continue;
        // (Nor a firm's name: "signed OF Holdings", "acquired DH Properties".)
        if (isWordIn(t, i + 2, {"holdings", "group", "properties", "partners", "capital", "inc", "ltd", "llc", "plc", "corp", "company",
                                "industries", "investments", "ventures", "associates", "foundation", "trust", "bank"})) {
            continue;
        }
        // A club's move on its roster right before the position: "The Twins signed DH Nelson Cruz", "activated OF
        // Juan Soto" ("a first edition signed by DH Lawrence" is a writer's initials).
        const bool rosterMove = i >= 2 && isKind(t, i - 1, Kind::Space) &&
                                isWordIn(t, i - 2, {"signed", "activated", "claimed", "traded", "acquired", "reinstated", "designated",
                                                    "outrighted", "selected", "recalled", "optioned", "placed", "released"});
        // (Or the sentence names the game's roster moves, the position at its start or after "and": "OF Juan Soto and INF
        // Anthony Volpe were scratched".)
        const bool listed = (i == 0 || isWordIn(t, i >= 2 ? i - 2 : t.size(), {"and"})) && anyWordIn(t, {"scratched", "lineup", "mlb"});
        // (The letters that name other things as often, "SS Rajamouli", "CF Lewandowski", "RF" the Russian Federation, only in
        // a sentence about baseball.)
        const bool common = w == "SS" || w == "C" || w == "CF" || w == "LF" || w == "RF";
        if (common && !baseball(t) &&
            !anyWordIn(t, {"rhp", "lhp", "outfielder", "infielder", "mlb", "triple-a", "double-a", "dfa", "il", "hamstring", "oblique",
                           "scratched", "lineup", "game", "games"})) {
            continue;
        }
        if ((w.size() == 3 && w[1] == 'H') || baseball(t) || rosterMove || listed ||
            (i >= 1 && isSym(t, i - (isKind(t, i - 1, Kind::Space) ? 2 : 1), ":")) ||
            anyWordIn(t, {"rhp", "lhp", "outfielder", "infielder", "shortstop", "catcher", "mariners", "yankees", "dodgers",
                          "roster", "waivers", "optioned", "recalled", "triple-a", "dfa", "il"})) {
            return Match{1, said, "abbreviation"};
        }
    }
    // "the 15-day IL", "placed on the IL": baseball's injured list.
    if (w == "IL" && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        ((isWordIn(t, i - 2, {"day"}) && i >= 4 && isDash(t, i - 3)) ||
         (isWordIn(t, i - 2, {"the"}) && i >= 4 && isWordIn(t, i - 4, {"on", "off", "to", "from"}) && baseball(t)))) {
        return Match{1, "injured list", "abbreviation"};
    }
    if (w == "OT" && i >= 2 && isWordIn(t, i - 2, {"in"}) &&
        anyWordIn(t, {"won", "win", "wins", "beat", "beats", "lost", "loss", "goal", "scored", "game", "victory", "defeat",
                      "period", "shootout", "edged", "rallied", "winner", "lead"})) {
        return Match{1, "overtime", "abbreviation"};
    }
    return std::nullopt;
}

}  // namespace

namespace {

// Four rounds of a golfer's total, "68-72-70-70": no other figures are written so.
bool roundsOf(const Tokens& t, std::size_t count) {
    for (std::size_t i = 0; i + 2 * count - 2 < t.size(); ++i) {
        bool rounds = true;
        for (std::size_t k = 0; k < count && rounds; ++k) {
            const std::size_t at = i + 2 * k;
            rounds = isKind(t, at, Kind::Number) && t[at].text.size() == 2 && digitsOnly(t[at].text) && toInt(t[at].text) >= 60 &&
                     toInt(t[at].text) <= 82 && (k == count - 1 || isSym(t, at + 1, "-"));
        }
        if (rounds) return true;
    }
    return false;
}

bool fourRounds(const Tokens& t) { return roundsOf(t, 4); }

bool golf(const Tokens& t) {
    // (Words no other copy uses: "green", "par", "eagle" and "tee" have other senses.)
    return anyWordIn(t, {"golf", "golfer", "golfers", "birdie", "birdies", "bogey", "bogeys", "double-bogey", "pga", "lpga", "leaderboard",
                         "fairway", "fairways", "putt", "putts", "putted", "clubhouse", "under-par", "over-par", "birdied", "bogeyed",
                         "eagled", "par-72", "par-71", "par-70", "par-73", "caddie"}) ||
           fourRounds(t) || (roundsOf(t, 3) && anyWordIn(t, {"rounds", "round"})) ||
           // ("tied 3rd on -8 (68-70-70)": three rounds in brackets after a score.)
           std::any_of(t.begin(), t.end(), [&](const Token& w) {
               const std::size_t k = static_cast<std::size_t>(&w - t.data());
               if (w.kind != Kind::Symbol || w.text != "(" || !isSym(t, k + 6, ")")) return false;
               for (std::size_t r = k + 1; r <= k + 5; r += 2) {
                   if (!isKind(t, r, Kind::Number) || t[r].text.size() != 2 || toInt(t[r].text) < 60 || toInt(t[r].text) > 82) return false;
                   if (r < k + 5 && !isSym(t, r + 1, "-")) return false;
               }
               return true;
           }) ||
           // ("finished T40 at -4": a tie on a leaderboard, with a score against par in the sentence; "finished T2 of
           // the upgrade" is none)
           std::any_of(t.begin(), t.end(), [&](const Token& w) {
               const std::size_t k = static_cast<std::size_t>(&w - t.data());
               // (After "is", "sits" and the like only with the score right after it, "is T4 at −9": "the worst-hit terminal was
               // T5, … -8 degrees" is an airport's.)
               const auto signedAt = [&](std::size_t m) {
                   return (isSym(t, m, "-") || isSym(t, m, "+") || isSym(t, m, "\xE2\x88\x92") || isSym(t, m, "\xE2\x80\x93")) &&
                          isKind(t, m + 1, Kind::Number);
               };
               const bool scoreNext = isKind(t, k + 2, Kind::Space) && isWordIn(t, k + 3, {"at", "on"}) && isKind(t, k + 4, Kind::Space) && signedAt(k + 5);
               return w.kind == Kind::Word && w.text == "T" && isKind(t, k + 1, Kind::Number) && k >= 2 &&
                      (isWordIn(t, k - 2, {"finish", "finished", "finishing", "finishes"}) ||
                       (isWordIn(t, k - 2, {"is", "was", "sits", "sat", "lies", "lay"}) && scoreNext)) &&
                      !isKind(t, k + 3, Kind::Number) &&
                      std::any_of(t.begin(), t.end(), [&](const Token& s) {
                          const std::size_t m = static_cast<std::size_t>(&s - t.data());
                          return ((isSym(t, m, "-") || isSym(t, m, "+") || isSym(t, m, "\xE2\x88\x92")) && isKind(t, m + 1, Kind::Number) && (m == 0 || isKind(t, m - 1, Kind::Space))) ||
                                 (isWordIn(t, m, {"under", "over"}) && m >= 2 && isKind(t, m - 2, Kind::Number));
                      });
           });
}

// A golfer's score against par, "-12" "twelve under", "+6" "six over", and the rounds of a total,
// "71-68-70-67" "seventy-one, sixty-eight, seventy, sixty-seven", and a tie on a leaderboard, "T3" "tied
// for third": in copy about golf.
std::optional<Match> golfRule(const Tokens& t, std::size_t i, bool golfStory) {
    const auto aboutGolf = [&] { return golfStory || golf(t); };
    const bool sign = isSym(t, i, "-") || isSym(t, i, "+") || isSym(t, i, "\xE2\x88\x92") || isSym(t, i, "\xE2\x80\x93");
    // (A score against par stands after "at", "to", a total or in brackets, and no unit or percent follows it.)
    const bool placed = i >= 1 && (isSym(t, i - 1, "(") || (isKind(t, i - 1, Kind::Space) && i >= 2 &&
                                                            (isKind(t, i - 2, Kind::Number) || isSym(t, i - 2, ",") ||
                                                             isWordIn(t, i - 2, {"at", "to", "on", "finished", "reached", "stands", "stood",
                                                                                 "sits", "sat", "is", "was", "shot", "carded", "posted"}))));
    if (sign && placed && isKind(t, i + 1, Kind::Number) && digitsOnly(t[i + 1].text) && t[i + 1].text.size() <= 2 && !isKind(t, i + 2, Kind::Number) &&
        !isSym(t, i + 2, "%") && !(isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) &&
                                   (findUnit(t[i + 3].text) != nullptr || isWordIn(t, i + 3, {"percent", "points", "degrees", "per"}))) &&
        aboutGolf()) {
        const int n = toInt(t[i + 1].text);
        if (n >= 1 && n <= 40) return Match{2, cardinalWords(static_cast<unsigned>(n)) + (isSym(t, i, "+") ? " over" : " under"), "score"};
    }
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() == 2 && isSym(t, i + 1, "-") && (i == 0 || !isSym(t, i - 1, "-"))) {
        std::vector<std::string> rounds{t[i].text};
        std::size_t k = i + 1;
        while (isSym(t, k, "-") && isKind(t, k + 1, Kind::Number) && digitsOnly(t[k + 1].text) && t[k + 1].text.size() == 2) {
            rounds.push_back(t[k + 1].text);
            k += 2;
        }
        const bool strokes = std::all_of(rounds.begin(), rounds.end(), [](const std::string& r) { return toInt(r) >= 55 && toInt(r) <= 90; });
        if (rounds.size() >= 3 && rounds.size() <= 4 && strokes && !isSym(t, k, "-") && aboutGolf()) {
            std::string spoken;
            for (const std::string& r : rounds) spoken += (spoken.empty() ? "" : ", ") + wholeWords(r);
            return Match{k - i, spoken, "score"};
        }
    }
    // "Ewen Ferguson (Sco), E, 72": a leaderboard's cell, level with par.
    if (isKind(t, i, Kind::Word) && t[i].text == "E" && i >= 2 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ",") && isSym(t, i + 1, ",") &&
        aboutGolf()) {
        return Match{1, "level par", "score"};
    }
    // (A tie opens a leaderboard's row or follows a name and a comma, or a finish: "Heathrow T2" is a terminal.)
    if (isKind(t, i, Kind::Word) && t[i].text == "T" && isKind(t, i + 1, Kind::Number) && digitsOnly(t[i + 1].text) && t[i + 1].text.size() <= 2 &&
        (i == 0 || isSym(t, i - 1, "(") ||
         (i >= 2 && isKind(t, i - 1, Kind::Space) &&
          (isSym(t, i - 2, ",") || isWordIn(t, i - 2, {"finish", "finished", "finishing", "finishes", "is", "was", "sits", "sat", "lies", "lay"})))) &&
        !isKind(t, i + 2, Kind::Word) &&
        aboutGolf()) {
        const int n = toInt(t[i + 1].text);
        if (n >= 1 && n <= 99) return Match{2, "tied for " + ordinalWords(static_cast<unsigned>(n)), "score"};
    }
    return std::nullopt;
}

}  // namespace

std::optional<Match> golfScoreRule(const Tokens& t, std::size_t i) { return golfRule(t, i, true); }

// "Mariners: 2B Jorge Polanco", "activated 3B Matt Chapman": a baseman before a player's name, in a note on a club's roster
// or a sentence about baseball.
static std::optional<Match> basemanRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || (t[i].text != "1" && t[i].text != "2" && t[i].text != "3") || !isKind(t, i + 1, Kind::Word) ||
        t[i + 1].text != "B" || !isKind(t, i + 2, Kind::Space) || (i > 0 && !isKind(t, i - 1, Kind::Space))) {
        return std::nullopt;
    }
    const auto nameAt = [&](std::size_t k) { return isKind(t, k, Kind::Word) && isCapitalized(t[k].text) && !isUpperWord(t[k].text); };
    if (!nameAt(i + 3) || !isKind(t, i + 4, Kind::Space) || !nameAt(i + 5)) return std::nullopt;
    if (!baseball(t) && !anyWordIn(t, {"rhp", "lhp", "scratched", "scratch", "lineup", "activated", "optioned", "recalled", "il", "rehab",
                                       "day-to-day", "injured"})) {
        return std::nullopt;
    }
    static const char* const kBasemen[] = {"first baseman", "second baseman", "third baseman"};
    return Match{2, kBasemen[t[i].text[0] - '1'], "abbreviation"};
}

// "Wales 19-27 Ireland", "Arsenal 2-1 Chelsea": a result set between the two sides' names, as a headline or a results
// list writes it, said as a newsreader reads results, each side with its own score: "Wales nineteen, Ireland
// twenty-seven" ("nineteen to twenty-seven Ireland" gives the second score to no one).
static std::optional<Match> scoreBetweenNames(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || !isDash(t, i + 1) || !isKind(t, i + 2, Kind::Number) || !digitsOnly(t[i].text) ||
        !digitsOnly(t[i + 2].text) || t[i].text.size() > 3 || t[i + 2].text.size() > 3 || isDash(t, i + 3)) {
        return std::nullopt;
    }
    if (i < 2 || !isKind(t, i - 1, Kind::Space) || !isKind(t, i - 2, Kind::Word) || !isCapitalized(t[i - 2].text) ||
        monthFromName(t[i - 2].text) != 0 || !weekdayName(t[i - 2].text).empty() ||
        // (Not a label's number: "Route 19-27", "Section 12-14", "Pages 4-9".)
        isWordIn(t, i - 2, {"route", "section", "sections", "part", "parts", "chapter", "chapters", "article", "articles", "rule", "rules",
                            "highway", "interstate", "road", "street", "page", "pages", "verse", "verses", "room", "rooms", "unit", "units",
                            "gate", "gates", "flight", "platform", "platforms", "bus", "lot", "lots", "block", "level", "levels", "grade",
                            "grades", "years", "ages", "aged", "psalm", "psalms", "john", "luke", "mark", "matthew", "no", "nos", "exhibit",
                            "figure", "table", "schedule", "clause", "clauses", "paragraph", "paragraphs", "title", "bill", "case", "docket",
                            "wards", "ward", "district", "districts", "zone", "zones", "sizes", "size", "model", "models", "series"})) {
        return std::nullopt;
    }
    // (The first side opens its clause, as a results line or a headline sets it: "beat Boston 5-3 Tuesday" has a verb before
    // the name, no result between two names.)
    std::size_t first = i - 2;
    while (first >= 2 && isKind(t, first - 1, Kind::Space) && isKind(t, first - 2, Kind::Word) && isCapitalized(t[first - 2].text) && i - first < 8) {
        first -= 2;
    }
    if (!(first == 0 || (first >= 2 && isKind(t, first - 1, Kind::Space) &&
                         (isSym(t, first - 2, ":") || isSym(t, first - 2, ",") || isSym(t, first - 2, ";") || isDash(t, first - 2))))) {
        return std::nullopt;
    }
    // (The other side: capitalized words after it, three at most, then the end of the line, a colon or a comma; no day, month
    // or small word in title case, "Court Sides 5-4 With Police".)
    std::size_t end = i + 3;
    std::string side;
    while (isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Word) && isCapitalized(t[end + 1].text) && countWords(side) < 3) {
        if (monthFromName(t[end + 1].text) != 0 || !weekdayName(t[end + 1].text).empty() ||
            isWordIn(t, end + 1, {"with", "in", "on", "at", "for", "to", "as", "after", "over", "against", "from", "by", "into", "and", "but",
                                  "the", "a", "an", "of", "vs", "v"})) {
            return std::nullopt;
        }
        side += (side.empty() ? "" : " ") + t[end + 1].text;
        end += 2;
    }
    if (side.empty() || !(end >= t.size() || isSym(t, end, ":") || isSym(t, end, ",") || isSym(t, end, ".") || isSym(t, end, ";"))) {
        return std::nullopt;
    }
    const auto score = [](const std::string& n) { return n == "0" ? std::string("nil") : wholeWords(n); };
    // ("Aston Villa 2-1 Newcastle LIVE: …": a live page's label after the second side is no part of its name, and not said.)
    const std::size_t lastSpace = side.rfind(' ');
    if (lastSpace != std::string::npos && (side.substr(lastSpace + 1) == "LIVE" || side.substr(lastSpace + 1) == "Live") && isSym(t, end, ":")) {
        side.resize(lastSpace);
    }
    return Match{end - i, score(t[i].text) + ", " + side + " " + score(t[i + 2].text), "score"};
}

// "finished with 24-6-71-4", "Starc 20-3-88-2": a bowler's analysis, overs, maidens, runs and wickets, said with their
// names. (Four figures in a row where a telephone's or a code's could not be: no more maidens than overs, ten wickets
// at most; after a bowler's name, "with" or "of", or where the sentence speaks of cricket.)
static std::optional<Match> bowlingFigures(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || !isSym(t, i + 1, "-")) return std::nullopt;
    for (std::size_t k : {i + 2, i + 4, i + 6}) {
        if (!isKind(t, k, Kind::Number) || !digitsOnly(t[k].text) || t[k].text.size() > 3) return std::nullopt;
    }
    if (!isSym(t, i + 3, "-") || !isSym(t, i + 5, "-") || isSym(t, i + 7, "-") || isSym(t, i + 7, "/") || isKind(t, i + 7, Kind::Word)) {
        return std::nullopt;
    }
    // (Overs may end in a part over, "20.3".)
    const std::string& overs = t[i].text;
    const std::size_t dot = overs.find('.');
    const std::string whole = overs.substr(0, dot);
    if (whole.empty() || whole.size() > 2 || !digitsOnly(whole) ||
        (dot != std::string::npos && (overs.size() != dot + 2 || overs[dot + 1] < '1' || overs[dot + 1] > '5'))) {
        return std::nullopt;
    }
    const int o = toInt(whole), maidens = toInt(t[i + 2].text), runs = toInt(t[i + 4].text), wickets = toInt(t[i + 6].text);
    if (o == 0 || maidens > o || wickets > 10 || runs > 300 || (t[i].text.size() > 1 && t[i].text[0] == '0')) return std::nullopt;
    // (Not "the 4-3-2-1 formation", "a 3-2-1-0 countdown": figures before the noun they describe.)
    const bool beforeNoun = isKind(t, i + 7, Kind::Space) && isKind(t, i + 8, Kind::Word) &&
                            std::islower(static_cast<unsigned char>(t[i + 8].text[0])) &&
                            !isWordIn(t, i + 8, {"in", "on", "at", "from", "and", "as", "to", "for", "with", "against", "after", "before",
                                                 "while", "when", "was", "were", "but", "off", "today", "yesterday"});
    // (After a bowler's name, not a possessive's, "Southgate's 4-2-3-1"; "of" only after "figures", not "a record of 10-5-2-1".)
    const bool placed = i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && !beforeNoun &&
                        ((isCapitalized(t[i - 2].text) && !isPossessive(t[i - 2].text) &&
                          !isWordIn(t, i - 2, {"the", "a", "an", "his", "her", "their", "its", "our", "this", "that"})) ||
                         isWordIn(t, i - 2, {"with", "figures", "returned", "returns", "analysis"}) ||
                         (isWordIn(t, i - 2, {"of"}) && i >= 4 && isWordIn(t, i - 4, {"figures", "analysis"})));
    // (A football formation's lines add up to ten outfield players: "4-2-3-1", "3-4-2-1".)
    if (o + maidens + runs + wickets == 10 && o <= 5 && runs <= 5) return std::nullopt;
    const bool cricket = anyWordIn(t, {"overs", "wickets", "wicket", "maidens", "maiden", "bowled", "bowling", "bowler", "bowlers", "cricket",
                                       "innings", "spell", "figures", "seamer", "spinner", "paceman", "quick"});
    if (!placed && !cricket) return std::nullopt;
    const auto counted = [](int n, const std::string& text, const char* one, const char* many) {
        return (n == 0 ? std::string("no") : wholeWords(text)) + " " + (n == 1 ? one : many);
    };
    std::string spoken = (dot == std::string::npos ? wholeWords(overs) : wholeWords(whole) + " point " + wholeWords(overs.substr(dot + 1))) +
                         (overs == "1" ? " over, " : " overs, ") + counted(maidens, t[i + 2].text, "maiden", "maidens") + ", " +
                         counted(runs, t[i + 4].text, "run", "runs") + ", " + counted(wickets, t[i + 6].text, "wicket", "wickets");
    return Match{7, spoken, "score"};
}

std::optional<Match> cricketScoreRule(const Tokens& t, std::size_t i) {
    // "Shubman Gill (c) not out", "Jos Buttler (wk)", "(c & wk)": a scorecard's captain and wicketkeeper after the name
    // (said bare, "(c)" is a "c", the caught of the next row's dismissal).
    if (isSym(t, i, "(") && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) &&
        isWordIn(t, i + 1, {"c", "capt", "wk"})) {
        const auto role = [](const std::string& w) { return w == "wk" ? std::string("wicketkeeper") : std::string("captain"); };
        if (isSym(t, i + 2, ")")) return Match{3, ", " + role(t[i + 1].text) + ",", "role"};
        // ("(c & wk)", "(c/wk)", "(c, wk)")
        std::size_t k = i + 2;
        if (isKind(t, k, Kind::Space)) ++k;
        if (isSym(t, k, "&") || isSym(t, k, "/") || isSym(t, k, ",")) {
            ++k;
            if (isKind(t, k, Kind::Space)) ++k;
            if (isWordIn(t, k, {"c", "capt", "wk"}) && t[k].text != t[i + 1].text && isSym(t, k + 1, ")")) {
                return Match{k + 2 - i, ", captain and wicketkeeper,", "role"};
            }
        }
    }
    // "Labuschagne (67*)", "67* and Smith": a batter not out, whatever the sentence says. (Not a hotel's or a critic's
    // stars, "a 5* hotel", "4* out of five": a word of its own after the star.)
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 3 && isSym(t, i + 1, "*") &&
        !isKind(t, i + 2, Kind::Word) && !isKind(t, i + 2, Kind::Number) && !isSym(t, i + 2, "*") &&
        (!isKind(t, i + 2, Kind::Space) || !isKind(t, i + 3, Kind::Word) ||
         isWordIn(t, i + 3, {"and", "off", "from", "in", "as", "at", "before", "after", "with", "to", "for", "when", "while", "but"}))) {
        // ("54* (38)": the balls it took, in brackets after it, "off thirty-eight balls".)
        if (isKind(t, i + 2, Kind::Space) && isSym(t, i + 3, "(") && isKind(t, i + 4, Kind::Number) && digitsOnly(t[i + 4].text) &&
            t[i + 4].text.size() <= 3 && isSym(t, i + 5, ")")) {
            return Match{6, wholeWords(t[i].text) + " not out off " + wholeWords(t[i + 4].text) + " balls", "score"};
        }
        return Match{2, wholeWords(t[i].text) + " not out", "score"};
    }
    // "Kohli made 82 (53)", "Root 102 (148)": a batter's runs and, in brackets after them, the balls they took.
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 3 && isKind(t, i + 1, Kind::Space) && isSym(t, i + 2, "(") &&
        isKind(t, i + 3, Kind::Number) && digitsOnly(t[i + 3].text) && t[i + 3].text.size() <= 3 && isSym(t, i + 4, ")") &&
        toInt(t[i + 3].text) >= toInt(t[i].text) / 3 && i >= 2 && isKind(t, i - 2, Kind::Word) &&
        (isCapitalized(t[i - 2].text) || isWordIn(t, i - 2, {"made", "scored", "hit", "smashed", "struck", "added", "brisk", "quickfire", "on"}))) {
        return Match{5, wholeWords(t[i].text) + " off " + wholeWords(t[i + 3].text) + " balls", "score"};
    }
    // "after Gurbaz 112 lifts Afghanistan": a batter's runs after their name, a whole number (no model's "one twelve").
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() == 3 && t[i].text[0] != '0' && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) && !isDash(t, i + 1) && !isSym(t, i + 1, "/") && !isSym(t, i + 1, "*") &&
        (i + 1 >= t.size() || (isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && !isCapitalized(t[i + 2].text)) || isSym(t, i + 1, ",") ||
         isSym(t, i + 1, ")") || isSym(t, i + 1, ";"))) {
        return Match{1, wholeWords(t[i].text), "score"};
    }
    const bool slash = isSym(t, i + 1, "/");
    if (!isKind(t, i, Kind::Number) || !(isDash(t, i + 1) || slash) || !isKind(t, i + 2, Kind::Number) || !digitsOnly(t[i].text) ||
        !digitsOnly(t[i + 2].text) || t[i].text.size() > 3 || t[i + 2].text.size() > 3 || isDash(t, i + 3) || isSym(t, i + 3, "/") ||
        isSym(t, i + 3, "%") || (i > 0 && (isDash(t, i - 1) || isSym(t, i - 1, "/")))) {
        return std::nullopt;
    }
    const int a = toInt(t[i].text), b = toInt(t[i + 2].text);
    // (A side's wickets for its runs as Australian copy writes them, after the word that gives a score: "collapsed from 3-112
    // to 155", "were 4-210 at stumps"; a match haul after "of", "9-137": whatever else the sentence says.)
    const bool scored = !slash && i >= 2 && (isWordIn(t, i - 2, {"from", "at", "were", "was", "reached"}) ||
                                             (isWordIn(t, i - 2, {"of"}) && i >= 4 && isWordIn(t, i - 4, {"haul", "figures", "return", "returns", "analysis"})));
    if (scored && a <= 10 && b > 10 && b <= 700) return Match{3, wholeWords(t[i].text) + " for " + wholeWords(t[i + 2].text), "score"};
    const std::size_t after = skip(t, i + 3);
    // A bowler's wickets for the runs they cost, after the bowler's name (perhaps its possessive, a headline's "Rashid's
    // 5-34"), in brackets or after "took" or "figures of": "Rabada 2-51", "Afridi (4-38)"; whatever else the sentence says, a
    // scorecard's line holding "beat" ("… beat Sri Lanka 216 (Rashid 5-34, Farooqi 2-29)"). (A series' "2-1" and "won 3-0" have
    // fewer than eleven on either side.)
    const bool placed = i >= 2 && (isSym(t, i - 1, "(") ||
                                   (isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) &&
                                    ((isCapitalized(t[i - 2].text) &&
                                      !isWordIn(t, i - 2, {"the", "a", "an", "his", "her", "their", "its", "this", "that", "in", "on", "at", "by"})) ||
                                     isWordIn(t, i - 2, {"took", "takes", "taking", "with", "returned", "claimed", "grabbed", "bagged", "finished"}) ||
                                     (isWordIn(t, i - 2, {"of"}) && i >= 4 && isWordIn(t, i - 4, {"figures"})))));
    if (placed && a <= 10 && b > 10 && b <= 300 && !isWordIn(t, after, {"win", "wins", "victory", "defeat", "loss", "lead", "triumph", "thrashing", "drubbing"})) {
        return Match{3, wholeWords(t[i].text) + " for " + wholeWords(t[i + 2].text), "score"};
    }
    // (A roundup's other games and a story's other figures keep their readings: "their 31-10 win", "beat Glasgow 31-10",
    // "31-7 victors", "led 17-3 at the break", a try or a goal in the sentence; odds, "40/1 to lift the trophy", "11-4 to
    // win"; a vote or a verdict, "voted 14-0", "a majority verdict of 11-1"; a record, "are 11-1 in day-night Tests".)
    if (isWordIn(t, after, {"win", "wins", "victory", "defeat", "loss", "lead", "triumph", "draw", "thrashing", "drubbing", "hammering",
                            "scoreline", "result", "aggregate", "record", "half-time", "halftime", "winners", "victors", "losers", "winner",
                            "outsiders", "outsider", "shot", "chance", "favourites", "favorites", "odds"}) ||
        (isWordIn(t, after, {"to"}) && isWordIn(t, skip(t, after + 1), {"win", "lift", "take", "be", "reach", "beat", "finish"})) ||
        // ("Australia are 11-1 in day-night Tests": a record in a kind of match.)
        (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"are", "is"}) && isWordIn(t, after, {"in", "at", "since", "this"})) ||
        isWordIn(t, i >= 2 ? i - 2 : t.size(), {"their", "a", "an", "the", "his", "her", "its", "our", "led", "lead", "leads", "leading",
                                                "trail", "trailed", "trailing", "voted", "of"}) ||
        // (Where the sentence tells a result, the sentence's own words decide: the cricket rules know "by 43 runs".)
        anyWordIn(t, {"beat", "beats", "won", "lost", "defeated", "drew", "thrashed", "edged", "try", "tries", "goal", "goals", "touchdown",
                      "touchdowns", "conversion", "penalties", "half-time", "halftime", "break", "rugby", "football", "soccer", "hockey",
                      "netball", "odds", "bookmakers", "bookies", "punters", "bet", "betting", "favourites", "outsiders", "priced",
                      "vote", "votes", "voted", "verdict", "majority", "approved", "board", "committee", "jury", "court", "record"})) {
        return std::nullopt;
    }
    // "& 2/246", "Australia 5/198": a side's wickets for its runs with a slash, as Australian papers write it; more runs
    // than a date's day or month has, so that "on 7/12" stays a date and "24/7" a clock.
    if (slash) {
        if ((a <= 10 && b > 31) || (a > 31 && b <= 10)) return Match{3, wholeWords(t[i].text) + " for " + wholeWords(t[i + 2].text), "score"};
        return std::nullopt;
    }
    // (A horse's price in brackets after its name, "Top Dog (11-2) was second": a sports round-up's racing, in a sentence
    // that speaks of no innings; a side's score in brackets runs higher, "Surrey (312-8)".)
    const bool priced = i >= 3 && isSym(t, i - 1, "(") && isSym(t, i + 3, ")") && isKind(t, i - 2, Kind::Space) && isKind(t, i - 3, Kind::Word) &&
                        // (A bookmaker's fraction, reduced, over one, two, four, five or eight: "11-2", "9-4", "20-1"; a side's
                        // "38-3" is none.)
                        isCapitalized(t[i - 3].text) && a > b && a <= 100 && (b == 1 || ((b == 2 || b == 4 || b == 8 || b == 5) && a % 2 == 1 &&
                                                                                            (b != 5 || a % 5 != 0))) &&
                        !anyWordIn(t, {"runs", "run", "wickets", "wicket", "overs", "over", "innings", "declared", "chasing", "bowled", "batting",
                                       "batted", "bowling", "ball", "balls", "century", "fifty", "stumps", "all"});
    if (priced) return std::nullopt;
    // A side's runs for its wickets, more runs than a side has wickets: "38-2", "287-6", "42-0" (no wicket down).
    if (a > 10 && b <= 10) return Match{3, wholeWords(t[i].text) + (b == 0 ? std::string(" without loss") : " for " + wholeWords(t[i + 2].text)), "score"};
    return std::nullopt;
}

bool numbersPlace(const Tokens& t, const std::string& place, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k + 3 < to && k + 3 < t.size(); ++k) {
        if (isKind(t, k, Kind::Number) && t[k].text == place && isSym(t, k + 1, ".") && isKind(t, k + 2, Kind::Space) &&
            isKind(t, k + 3, Kind::Word) && isCapitalized(t[k + 3].text) && (k == 0 || isKind(t, k - 1, Kind::Space))) {
            return true;
        }
    }
    return false;
}

// "0-116 (116)", "73-12 (55, 62)": a snooker frame's score with the breaks of fifty and more made in it in brackets,
// which results print without a word; read bare, the bracket sounds like a third score. (A tennis set's tie-break,
// "7-6 (5)", is under fifty; a break is no more than the frame's winning score and 155 at most.)
static std::optional<Match> snookerBreaks(const Tokens& t, std::size_t i) {
    if (!isSym(t, i, "(") || i < 4 || !isKind(t, i - 1, Kind::Space) || !isKind(t, i - 2, Kind::Number) || !digitsOnly(t[i - 2].text) ||
        !isDash(t, i - 3) || !isKind(t, i - 4, Kind::Number) || !digitsOnly(t[i - 4].text)) {
        return std::nullopt;
    }
    const long frameHigh = std::max(toInt(t[i - 2].text), toInt(t[i - 4].text));
    std::vector<std::string> breaks;
    std::size_t k = i + 1;
    while (isKind(t, k, Kind::Number) && digitsOnly(t[k].text) && t[k].text.size() <= 3) {
        const long b = toInt(t[k].text);
        if (b < 50 || b > 155 || b > frameHigh) return std::nullopt;
        breaks.push_back(cardinalWords(static_cast<unsigned>(b)));
        ++k;
        if (!isSym(t, k, ",")) break;
        k = skip(t, k + 1);
    }
    if (breaks.empty() || !isSym(t, k, ")")) return std::nullopt;
    std::string spoken = breaks.size() == 1 ? ", a break of " + breaks[0] : ", breaks of ";
    for (std::size_t n = 0; breaks.size() > 1 && n < breaks.size(); ++n) {
        spoken += (n == 0 ? "" : n + 1 == breaks.size() ? " and " : ", ") + breaks[n];
    }
    return Match{k + 1 - i, spoken + ",", "score"};
}

// Whether the sentence is a basketball line: a three-point column ("3PT", "3-pt"), field goals and free throws both, or one
// of the game's own words.
static bool basketballContext(const Tokens& t) {
    bool fieldGoals = false, freeThrows = false;
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (!isKind(t, k, Kind::Word)) continue;
        const std::string& w = t[k].text;
        if (w == "FG" || w == "FGs") fieldGoals = true;
        if (w == "FT" || w == "FTs") freeThrows = true;
        if ((w == "PT" || w == "P" || w == "PM") && k >= 1 && isKind(t, k - 1, Kind::Number) && t[k - 1].text == "3") return true;
    }
    return (fieldGoals && freeThrows) ||
           anyWordIn(t, {"points", "pts", "rebounds", "reb", "rebs", "assists", "ast", "steals", "basketball", "nba", "wnba", "ncaa",
                         "three-pointers", "three-pointer", "3-pointers", "dunk", "dunks", "layup", "layups"});
}

// A basketball box score's shooting, made and attempted: "14-25 FG" "fourteen of twenty-five from the field", "6-11 3PT"
// "six of eleven from three", "4-4 FT" "four of four from the line". (Tried before the rules that read a dash between figures
// as a range or a score.)
std::optional<Match> boxScoreRule(const Tokens& t, std::size_t i) {
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 2 && isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Number) &&
        digitsOnly(t[i + 2].text) && t[i + 2].text.size() <= 2 && isKind(t, i + 3, Kind::Space) && !(i >= 1 && isSym(t, i - 1, "-"))) {
        const std::size_t k = i + 4;
        const char* where = nullptr;
        std::size_t end = k + 1;
        if (isKind(t, k, Kind::Word) && (t[k].text == "FG" || t[k].text == "FGs")) {
            where = "from the field";
        } else if (isKind(t, k, Kind::Word) && (t[k].text == "FT" || t[k].text == "FTs")) {
            where = "from the line";
        } else if ((isKind(t, k, Kind::Number) && t[k].text == "3" && isKind(t, k + 1, Kind::Word) &&
                    (t[k + 1].text == "PT" || t[k + 1].text == "P" || t[k + 1].text == "FG" || t[k + 1].text == "PM"))) {
            where = "from three";
            end = k + 2;
        } else if (isKind(t, k, Kind::Number) && t[k].text == "3" && isSym(t, k + 1, "-") && isWordIn(t, k + 2, {"pt"})) {
            where = "from three";
            end = k + 3;
        }
        // (Field goals and free throws by their letters alone are the box score's only beside basketball's other columns or
        // words: "6-11 FT tall" is a height, a football kicker's "2-3 FG" his field goals.)
        if (where != nullptr && end == k + 1 && !basketballContext(t)) return std::nullopt;
        if (where != nullptr && toInt(t[i].text) <= toInt(t[i + 2].text)) {
            return Match{end - i, wholeWords(t[i].text) + " of " + wholeWords(t[i + 2].text) + " " + where, "score"};
        }
    }
    return std::nullopt;
}

std::optional<Match> sportRule(const Tokens& t, std::size_t i, bool footballStory, bool gaelicStory) {
    if (auto m = snookerBreaks(t, i)) return m;
    // "(Calvert-Lewin 56 pen)", "(Kudus 90+5 og)": a goal's kind after its minute in a results line, a penalty or an own goal.
    if (isWordIn(t, i, {"pen", "og", "o.g"}) && std::islower(static_cast<unsigned char>(t[i].text[0])) != 0 && i >= 2 &&
        isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Number) && digitsOnly(t[i - 2].text) && t[i - 2].text.size() <= 3 &&
        (i + 1 >= t.size() || isSym(t, i + 1, ")") || isSym(t, i + 1, ",") || isSym(t, i + 1, ";"))) {
        return Match{1, t[i].text == "pen" ? "penalty" : "own goal", "abbreviation"};
    }
    // "Pat Cummins (c)", "Alex Carey (wk)", "(c & wk)": a side's captain and wicketkeeper marked after their names.
    // (A cricket side's list, its wicketkeeper marked, or a sentence about cricket: "(c)" is a copyright's or a list's mark
    // elsewhere.)
    if (isSym(t, i, "(") && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) &&
        anyWordIn(t, {"wk", "test", "odi", "t20", "squad", "xi", "wickets", "innings", "bowler", "batter", "cricket"})) {
        if (isWordIn(t, i + 1, {"c", "wk", "vc"}) && std::islower(static_cast<unsigned char>(t[i + 1].text[0])) && isSym(t, i + 2, ")")) {
            const std::string& role = t[i + 1].text;
            return Match{3, role == "c" ? ", captain," : role == "wk" ? ", wicketkeeper," : ", vice-captain,", "abbreviation"};
        }
        if (isWordIn(t, i + 1, {"c"}) && isKind(t, i + 2, Kind::Space) && isSym(t, i + 3, "&") && isKind(t, i + 4, Kind::Space) &&
            isWordIn(t, i + 5, {"wk"}) && isSym(t, i + 6, ")")) {
            return Match{7, ", captain and wicketkeeper,", "abbreviation"};
        }
    }
    // "lbw b Starc": leg before wicket, said whole (eSpeak NG says "elbow").
    if (isKind(t, i, Kind::Word) && t[i].text == "lbw") return Match{1, "l b w", "abbreviation"};
    // "Extras (b 4, lb 8, w 3, nb 6) 21": a cricket scorecard's extras by kind, byes, leg byes, wides and no-balls.
    if (isKind(t, i, Kind::Word) && isWordIn(t, i, {"b", "lb", "w", "nb"}) && std::islower(static_cast<unsigned char>(t[i].text[0])) &&
        isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i + 2].text) && t[i + 2].text.size() <= 2 &&
        (isSym(t, i - 1, "(") || (i >= 2 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ","))) && anyWordIn(t, {"extras", "sundries"})) {
        const std::string& kind = t[i].text;
        const bool one = t[i + 2].text == "1";
        const std::string name = kind == "b" ? (one ? "bye" : "byes") : kind == "lb" ? (one ? "leg bye" : "leg byes")
                                 : kind == "w" ? (one ? "wide" : "wides") : (one ? "no-ball" : "no-balls");
        return Match{3, wholeWords(t[i + 2].text) + " " + name, "score"};
    }
    // "Celtic, P 28, W 22, D 4, L 2, Pts 70": a league table's row with its columns' letters before their figures, each said
    // (three of them at least in the row, "Pts" or "GD" among them).
    if (isKind(t, i, Kind::Word) && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number) && (i == 0 || !isKind(t, i - 1, Kind::Word))) {
        static const std::pair<const char*, const char*> kColumns[] = {{"P", "played"}, {"Pld", "played"}, {"W", "won"}, {"D", "drawn"},
                                                                       {"L", "lost"}, {"GD", "goal difference"}, {"Pts", "points"},
                                                                       {"F", "for"}, {"A", "against"}};
        const auto column = [&](std::size_t k) -> const char* {
            for (const auto& [letters, word] : kColumns) {
                if (isKind(t, k, Kind::Word) && t[k].text == letters) return word;
            }
            return nullptr;
        };
        if (const char* word = column(i)) {
            std::size_t labels = 0;
            bool points = false;
            for (std::size_t k = 0; k + 2 < t.size(); ++k) {
                if (column(k) != nullptr && isKind(t, k + 1, Kind::Space) && (isKind(t, k + 2, Kind::Number) || isSym(t, k + 2, "+") || isSym(t, k + 2, "-"))) {
                    ++labels;
                    points = points || t[k].text == "Pts" || t[k].text == "GD";
                }
            }
            if (labels >= 3 && points) return Match{1, word, "abbreviation"};
        }
    }
    // "(P4 W3 L1)", "P10 W6 D2 L2": a side's record in a table's letters, glued to their figures, played, won, drawn and lost
    // (three of them at least, "P" first).
    if (isKind(t, i, Kind::Word) && t[i].text == "P" && isKind(t, i + 1, Kind::Number) && digitsOnly(t[i + 1].text) && (i == 0 || !isKind(t, i - 1, Kind::Word))) {
        std::string spoken = "played " + wholeWords(t[i + 1].text);
        std::size_t end = i + 2, parts = 1;
        // (In the order the table prints them, "P10 W6 L2 D2" as rugby's, a tie and a no-result as cricket's, "T1", "NR1".)
        static const std::pair<const char*, const char*> kColumns[] = {{"W", "won"}, {"D", "drawn"}, {"L", "lost"}, {"T", "tied"}, {"NR", "no result"}};
        for (bool found = true; found;) {
            found = false;
            for (const auto& [letter, word] : kColumns) {
                if (isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Word) && t[end + 1].text == letter && isKind(t, end + 2, Kind::Number) &&
                    digitsOnly(t[end + 2].text) && !isKind(t, end + 3, Kind::Word)) {
                    spoken += std::string(", ") + word + " " + wholeWords(t[end + 2].text);
                    end += 3;
                    ++parts;
                    found = true;
                }
            }
        }
        if (parts >= 3) return Match{end - i, spoken, "score"};
    }
    // "the women's 100mH", "400mH": a hurdles race by its distance, as results write it (no millihenry).
    if (isKind(t, i, Kind::Number) && (t[i].text == "60" || t[i].text == "100" || t[i].text == "110" || t[i].text == "400") &&
        isKind(t, i + 1, Kind::Word) && (t[i + 1].text == "mH" || t[i + 1].text == "mh")) {
        return Match{2, wholeWords(t[i].text) + " meter hurdles", "measure"};
    }
    // "kicked 2 cons, 3 pens": a goal kicker's conversions and penalties, in a report of rugby.
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 2 && isKind(t, i + 1, Kind::Space) &&
        isWordIn(t, i + 2, {"cons", "con", "pens", "pen"}) && !isKind(t, i + 3, Kind::Word) &&
        anyWordIn(t, {"try", "tries", "tryscorer", "kicked", "kicker", "rugby", "conversion", "conversions", "penalty", "flyhalf", "fly-half",
                      "first-five", "five-eighth"})) {
        const bool one = t[i].text == "1";
        const bool conversion = isWordIn(t, i + 2, {"cons", "con"});
        return Match{3, wholeWords(t[i].text) + (conversion ? (one ? " conversion" : " conversions") : (one ? " penalty" : " penalties")), "score"};
    }
    // "Cons: McKenzie 3. Pens: McKenzie 2": a rugby report's scoring summary, the kicks' label opening its line before a name.
    // (Its count after the name, a kicker's few, and then the list goes on or ends: "Cons: Heavy battery", "Cons: The 2 cameras",
    // "Pens: Lamy 2000" are a review's.)
    if (i == 0 && isWordIn(t, 0, {"cons", "pens", "con", "pen"}) && isCapitalized(t[0].text) && isSym(t, 1, ":") && isKind(t, 2, Kind::Space) &&
        isKind(t, 3, Kind::Word) && isCapitalized(t[3].text) && !isFunctionWord(t[3].text) &&
        !isWordIn(t, 3, {"only", "no", "too", "very", "some", "just", "poor", "weak", "short", "slow", "heavy", "pricey"}) &&
        isKind(t, 4, Kind::Space) && isKind(t, 5, Kind::Number) && digitsOnly(t[5].text) && toInt(t[5].text) <= 9 &&
        (t.size() == 6 || isSym(t, 6, ",") || isSym(t, 6, ".") || isSym(t, 6, ";") || isSym(t, 6, "/") || (isKind(t, 6, Kind::Space) && isSym(t, 7, "(")))) {
        return Match{1, t[0].text[0] == 'C' ? "Conversions" : "Penalties", "score"};
    }
    // A betting line: "o/u 47.5" is the over-under; "1-4 ATS" a record against the spread.
    if (isKind(t, i, Kind::Word) && (t[i].text == "o" || t[i].text == "O") && isSym(t, i + 1, "/") && isWordIn(t, i + 2, {"u"}) &&
        isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Number)) {
        return Match{3, "over-under", "score"};
    }
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 2 && isDash(t, i + 1) && isKind(t, i + 2, Kind::Number) &&
        digitsOnly(t[i + 2].text) && t[i + 2].text.size() <= 2 && isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word) &&
        t[i + 4].text == "ATS") {
        return Match{5, wholeWords(t[i].text) + " and " + (t[i + 2].text == "0" ? std::string("oh") : wholeWords(t[i + 2].text)) +
                            " against the spread", "score"};
    }
    // "in the 90+3rd minute", "the 45+2nd minute": a minute of stoppage time, "the third minute of stoppage time".
    if (isKind(t, i, Kind::Number) && (t[i].text == "45" || t[i].text == "90" || t[i].text == "105" || t[i].text == "120") && isSym(t, i + 1, "+") &&
        isKind(t, i + 2, Kind::Number) && digitsOnly(t[i + 2].text) && t[i + 2].text.size() <= 2 && isWordIn(t, i + 3, {"st", "nd", "rd", "th"}) &&
        isKind(t, i + 4, Kind::Space) && isWordIn(t, i + 5, {"minute"})) {
        return Match{6, ordinalWords(static_cast<unsigned>(toInt(t[i + 2].text))) + " minute of stoppage time", "score"};
    }
    // "knocked out Ndongo in R2": a bout's round by its letter, "in round two", where the sentence tells of a fight.
    if (isKind(t, i, Kind::Word) && t[i].text == "R" && isKind(t, i + 1, Kind::Number) && digitsOnly(t[i + 1].text) && toInt(t[i + 1].text) >= 1 &&
        toInt(t[i + 1].text) <= 15 && !isKind(t, i + 2, Kind::Word) && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        isWordIn(t, i - 2, {"in", "of", "from", "during"}) &&
        anyWordIn(t, {"knocked", "knockout", "ko", "tko", "stopped", "stoppage", "bout", "fight", "punch", "punches", "referee", "floored",
                      "knockdown", "decision", "boxer", "fighter", "title"})) {
        return Match{2, "round " + wholeWords(t[i + 1].text), "score"};
    }
    if (auto m = basemanRule(t, i)) return m;
    if (auto m = golfRule(t, i, false)) return m;
    // "Brooklyn 116 (OT)", "won 3-2 (SO)": a result after overtime or a shootout, in brackets after the score.
    if (isSym(t, i, "(") && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Number) && isSym(t, i + 2, ")")) {
        const bool word = isKind(t, i + 1, Kind::Word);
        if (word && t[i + 1].text == "OT") return Match{3, ", in overtime,", "score"};
        if (word && t[i + 1].text == "SO") return Match{3, ", in a shootout,", "score"};
    }
    if (isSym(t, i, "(") && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Number) && isKind(t, i + 1, Kind::Number) &&
        t[i + 1].text.size() == 1 && isKind(t, i + 2, Kind::Word) && t[i + 2].text == "OT" && isSym(t, i + 3, ")")) {
        const int n = t[i + 1].text[0] - '0';
        return Match{4, std::string(", in ") + (n == 2 ? "double" : n == 3 ? "triple" : ordinalWords(static_cast<unsigned>(n))) + " overtime,", "score"};
    }
    // "Athletics-Results from the indoor meeting", "Soccer-Ashford stretch lead": a wire's topic glued to its
    // headline by a hyphen, said apart ("Athletics: Results …"; eSpeak NG runs the two into one word).
    if (i == 0 && isSym(t, 1, "-") && isKind(t, 2, Kind::Word) && isCapitalized(t[2].text) &&
        isWordIn(t, 0, {"athletics", "soccer", "tennis", "golf", "cricket", "rugby", "cycling", "olympics", "boxing", "basketball",
                        "baseball", "swimming", "skiing", "sailing", "rowing", "snooker", "darts", "motorsport", "motor", "hockey",
                        "football", "racing", "nfl", "nba", "nhl", "mlb", "f1", "esports", "gymnastics", "wrestling", "judo"})) {
        return Match{2, t[0].text + ": ", "abbreviation"};
    }
    // "won on pens": a shoot-out's penalties.
    if (isWordIn(t, i, {"pens"}) && i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"on"}) &&
        (anyNumberDash(t) || anyWordIn(t, {"won", "lost", "win", "beat", "beaten", "out", "through", "shootout"}))) {
        return Match{1, "penalties", "abbreviation"};
    }
    if (auto m = sportAbbreviationRule(t, i)) return m;
    if (auto m = gaelicRule(t, i, gaelicStory)) return m;
    if (auto m = footyRule(t, i)) return m;
    if (auto m = statRule(t, i, footballStory)) return m;
    if (auto m = bowlingFigures(t, i)) return m;
    if (auto m = scoreBetweenNames(t, i)) return m;
    // "Nigeria (9-11-6)", "1. Kenya 12-9-7": a medal table's golds, silvers and bronzes, where the sentence counts medals.
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 3 && isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Number) &&
        digitsOnly(t[i + 2].text) && t[i + 2].text.size() <= 3 && isSym(t, i + 3, "-") && isKind(t, i + 4, Kind::Number) &&
        digitsOnly(t[i + 4].text) && t[i + 4].text.size() <= 3 && !isSym(t, i + 5, "-") &&
        // (After the country's name or in brackets: "a 4-3-3" is a formation.)
        ((i >= 1 && isSym(t, i - 1, "(")) || (i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text))) &&
        // (A medal table's words: a boxer's record beside "gold medal winner", "(16-2-0)", is wins, defeats and draws.)
        (anyWordIn(t, {"medals", "golds", "silvers", "bronzes"}) || [&] {
            for (std::size_t k = 0; k + 2 < t.size(); ++k) {
                if (isWordIn(t, k, {"medal"}) && isKind(t, k + 1, Kind::Space) && isWordIn(t, k + 2, {"table", "tally", "count", "standings"})) return true;
            }
            return false;
        }())) {
        return Match{5, wholeWords(t[i].text) + " gold, " + wholeWords(t[i + 2].text) + " silver, " + wholeWords(t[i + 4].text) + " bronze", "score"};
    }
    // A race's report: its horses, their trainers, jockeys, prices and fences.
    const auto racing = [&] {
        // (Words of horses only: "race", "stakes" and "handicap" are a runner's, a poker player's, a golfer's too.)
        return anyWordIn(t, {"horse", "horses", "fav", "favourite", "favorite", "jockey", "trainer", "hurdle", "hurdles", "furlong", "furlongs",
                             "odds", "ridden", "saddled", "fences", "racecourse", "stablemate", "gelding", "mare", "filly", "colt", "stallion"});
    };
    // "Fact To File (7/2)", "Gerri Colombe (9/1) was fourth": a horse's starting price in brackets after its name.
    if (i >= 3 && isSym(t, i - 1, "(") && isKind(t, i - 2, Kind::Space) && isKind(t, i - 3, Kind::Word) && isCapitalized(t[i - 3].text) &&
        isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 3 && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) &&
        digitsOnly(t[i + 2].text) && t[i + 2].text.size() <= 2 && isSym(t, i + 3, ")") && racing()) {
        return Match{3, wholeWords(t[i].text) + " to " + wholeWords(t[i + 2].text), "score"};
    }
    // ("Gerri Colombe (9-2)": the same price with a dash, as some racecards print it; a team's record is no horse's, and the
    // sentence names the horse's world.)
    if (i >= 3 && isSym(t, i - 1, "(") && isKind(t, i - 2, Kind::Space) && isKind(t, i - 3, Kind::Word) && isCapitalized(t[i - 3].text) &&
        isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 3 && isDash(t, i + 1) && isKind(t, i + 2, Kind::Number) &&
        digitsOnly(t[i + 2].text) && t[i + 2].text.size() <= 2 && isSym(t, i + 3, ")") && racing() &&
        anyWordIn(t, {"fav", "favourite", "favorite", "jockey", "ridden", "saddled", "odds", "horse", "gelding", "mare", "filly", "colt"})) {
        return Match{3, wholeWords(t[i].text) + " to " + wholeWords(t[i + 2].text), "score"};
    }
    // "a further 3l back": a horse's margin in lengths (not litres).
    // (Not "1l of water": a volume of something.)
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 2 && isKind(t, i + 1, Kind::Word) && t[i + 1].text == "l" &&
        !isKind(t, i + 2, Kind::Word) && !isKind(t, i + 2, Kind::Number) && !isWordIn(t, skip(t, i + 2), {"of"}) && racing()) {
        return Match{2, wholeWords(t[i].text) + (t[i].text == "1" ? " length" : " lengths"), "measure"};
    }
    // "at 5/2 jt-fav", "(5-2 jt fav)": the joint favourite, as racecards write it.
    if (isWordIn(t, i, {"jt", "jnt"}) && (isSym(t, i + 1, "-") || isKind(t, i + 1, Kind::Space)) && isWordIn(t, i + 2, {"fav", "favourite", "favorite"}) &&
        !isKind(t, i + 3, Kind::Word)) {
        return Match{isSym(t, i + 3, ".") && i + 4 < t.size() ? std::size_t{4} : std::size_t{3}, "joint favourite", "abbreviation"};
    }
    // "backed at 5/1", "priced at 11/4": odds after "at", where the sentence bets.
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 3 && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) &&
        digitsOnly(t[i + 2].text) && t[i + 2].text.size() <= 2 && !isSym(t, i + 3, "/") && i >= 2 && isWordIn(t, i - 2, {"at"}) &&
        anyWordIn(t, {"odds", "bookmakers", "bookies", "betting", "priced", "backed", "favourite", "favorite", "fav", "punters", "bet"})) {
        return Match{3, wholeWords(t[i].text) + " to " + wholeWords(t[i + 2].text), "score"};
    }
    // "5000-1 outsiders", "a 100/1 shot", "the 6/4 fav.": a bookmaker's odds, "five thousand to one" ("a 50-50
    // chance" is even).
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && (isSym(t, i + 1, "-") || isSym(t, i + 1, "/")) &&
        isKind(t, i + 2, Kind::Number) && digitsOnly(t[i + 2].text) && t[i + 2].text.size() <= 2 && t[i].text != t[i + 2].text &&
        isKind(t, i + 3, Kind::Space) &&
        isWordIn(t, i + 4, {"outsider", "outsiders", "shot", "shots", "chance", "chances", "favourite", "favourites", "favorite",
                            "favorites", "fav", "underdog", "underdogs", "longshot", "outsider's", "on", "against", "favouritism",
                            "favoritism", "jt", "joint"}) &&
        (!isWordIn(t, i + 4, {"on", "against"}) || anyWordIn(t, {"odds", "bookmakers", "bookies", "betting", "price", "priced"}))) {
        std::string spoken = wholeWords(t[i].text) + " to " + wholeWords(t[i + 2].text);
        if (isWordIn(t, i + 4, {"fav"})) {
            const bool stop = isSym(t, i + 5, ".") && i + 6 < t.size() && !isKind(t, skip(t, i + 6), Kind::Word);
            return Match{i + 5 + (isSym(t, i + 5, ".") && !stop ? 1 : 0) - i, spoken + " favourite", "score"};
        }
        return Match{3, spoken, "score"};
    }
    if (auto m = recordRule(t, i)) return m;
    // "Goals from Danny Welbeck (23), Kaoru Mitoma (58) and Georginio Rutter (88)", "Salah (12, pen)": a scorer's minute in
    // brackets after the name, in a sentence of goals, "in the twenty-third minute" (said bare it is heard as an age); added
    // time, "(45+2)", "minute forty-five plus two".
    if (isSym(t, i, "(") && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) &&
        isKind(t, i + 1, Kind::Number) && digitsOnly(t[i + 1].text) && t[i + 1].text.size() <= 3 && toInt(t[i + 1].text) >= 1 &&
        toInt(t[i + 1].text) <= 120 &&
        anyWordIn(t, {"goal", "goals", "scorers", "goalscorers"})) {
        std::size_t k = i + 2;
        std::string spoken = ", in the " + ordinalWords(toUnsigned(t[i + 1].text)) + " minute";
        if (isSym(t, k, "+") && isKind(t, k + 1, Kind::Number) && digitsOnly(t[k + 1].text) && t[k + 1].text.size() <= 2) {
            spoken = ", minute " + wholeWords(t[i + 1].text) + " plus " + wholeWords(t[k + 1].text);
            k += 2;
        }
        if (isSym(t, k, ",") && isKind(t, k + 1, Kind::Space) && isWordIn(t, k + 2, {"pen", "og"})) {
            spoken += lowerAscii(t[k + 2].text) == "pen" ? ", penalty" : ", own goal";
            k += 3;
        }
        std::size_t minutes = 0;
        for (std::size_t b = 0; b + 2 < t.size(); ++b) minutes += isSym(t, b, "(") && isKind(t, b + 1, Kind::Number) && (isSym(t, b + 2, ")") || isSym(t, b + 2, "+") || isSym(t, b + 2, ","));
        // (Two such brackets at least in a sentence naming goals: one bracket after a name is an age, "Alan Byrne (34), who
        // scored the winner"; a batsman's runs and a golfer's round are not minutes.)
        // (And goals scored: "Campaigners Jane Doe (29) and John Roe (31) said their goals were modest" are ages.)
        bool goalsFrom = anyWordIn(t, {"scored", "netted", "scorers", "goalscorers"});
        for (std::size_t g = 0; g + 2 < t.size() && !goalsFrom; ++g) goalsFrom = isWordIn(t, g, {"goals", "goal"}) && isWordIn(t, g + 2, {"from"});
        if (isSym(t, k, ")") && minutes >= 2 && goalsFrom &&
            !anyWordIn(t, {"runs", "wickets", "innings", "birdie", "birdies", "bogey", "par", "aged", "ages"})) {
            return Match{k + 1 - i, spoken + ",", "score"};
        }
    }
    // "(pen)", "(og)" after a scorer: a penalty, an own goal.
    if (isSym(t, i, "(") && isWordIn(t, i + 1, {"pen", "og", "o.g."}) && (isSym(t, i + 2, ")") || (isSym(t, i + 2, ".") && isSym(t, i + 3, ")")))) {
        const std::size_t end = isSym(t, i + 2, ")") ? i + 3 : i + 4;
        return Match{end - i, lowerAscii(t[i + 1].text) == "pen" ? ", penalty," : ", own goal,", "score"};
    }
    // A race's distance in miles, furlongs and yards: "1m 4f", "1m2f", "2m 3f 110y" (a metre has no furlongs after it).
    const std::size_t furlongs = isKind(t, i + 2, Kind::Space) ? i + 3 : i + 2;
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() == 1 && isWordIn(t, i + 1, {"m"}) &&
        isKind(t, furlongs, Kind::Number) && digitsOnly(t[furlongs].text) && t[furlongs].text.size() == 1 &&
        isWordIn(t, furlongs + 1, {"f"}) && !isKind(t, furlongs + 2, Kind::Word)) {
        const auto count = [](const std::string& n, const char* one, const char* many) {
            return wholeWords(n) + " " + (n == "1" ? one : many);
        };
        std::string spoken = count(t[i].text, "mile", "miles") + " " + count(t[furlongs].text, "furlong", "furlongs");
        std::size_t end = furlongs + 2;
        if (isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Number) && digitsOnly(t[end + 1].text) && isWordIn(t, end + 2, {"y", "yds"})) {
            spoken += " " + count(t[end + 1].text, "yard", "yards");
            end += 3;
        }
        return Match{end - i, spoken, "measure"};
    }
    // "D Kiprotich (Ken) 2:03:41", "Giulio Ciccone (ITA) Lidl-Trek": a competitor's country in a results line, its
    // federation's code in brackets after the name, said as the country ("Ken" was the name, "Bel" a bell).
    if (isSym(t, i, "(") && isKind(t, i + 1, Kind::Word) && t[i + 1].text.size() == 3 && isSym(t, i + 2, ")") && i >= 2 &&
        isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) &&
        std::isupper(static_cast<unsigned char>(t[i + 1].text[0])) &&
        (isUpperWord(t[i + 1].text) || t[i + 1].text == "NIr" ||
         (std::islower(static_cast<unsigned char>(t[i + 1].text[1])) && std::islower(static_cast<unsigned char>(t[i + 1].text[2]))))) {
        // (In capitals, only where results follow, a time or a score after it, or other countries in brackets: "Frankfurt
        // (FRA)" is an airport, "Ether (ETH)" a ticker.)
        std::size_t codes = 0;
        for (std::size_t k = 0; k + 2 < t.size(); ++k) {
            codes += isSym(t, k, "(") && isKind(t, k + 1, Kind::Word) && isSym(t, k + 2, ")") && teamCountryCodes().count(upperAscii(t[k + 1].text)) != 0;
        }
        // (A nickname in brackets, "Kenneth (Ken) Clarke", is none either: a time, a score or a rank after it, or three
        // codes in the line; "Marriott (MAR) 2.1%" is a ticker's move.)
        const std::size_t after = skip(t, i + 3);
        // (Or in the next cell of a table's row, a score against par: "Robert MacIntyre (Sco), -15, 68".)
        const std::size_t cell = isSym(t, after, ",") ? skip(t, after + 1) : t.size();
        const bool signedCell = cell < t.size() && (((isSym(t, cell, "-") || isSym(t, cell, "+") || isSym(t, cell, "\xE2\x88\x92")) &&
                                                     isKind(t, cell + 1, Kind::Number)) ||
                                                    (isKind(t, cell, Kind::Word) && t[cell].text == "E" && isSym(t, cell + 1, ",")));
        // (A mark with its unit is one too: "Malaika Mihambo (GER) 7.05m".)
        const bool figureAfter = (isKind(t, after, Kind::Number) && t[after].text.find('%') == std::string::npos && !isSym(t, after + 1, "%") &&
                                  (!isKind(t, after + 1, Kind::Word) || (findUnit(t[after + 1].text) != nullptr && !isKind(t, after + 2, Kind::Word)))) ||
                                 signedCell;
        // (Or a results list's row, its rank first and its time or gap last: "2. Jonas Vingegaard (Den) Visma-Lease a
        // Bike, at 2:10".)
        bool figureLater = false;
        // (A time with its marks of minutes and seconds, "4h 55' 39"", "+3'09"", is one too.)
        for (std::size_t k = i + 3; k < t.size() && !figureLater; ++k) {
            figureLater = isKind(t, k, Kind::Number) && (isSym(t, k + 1, ":") || isSym(t, k + 1, "'") || isSym(t, k + 1, "\xE2\x80\xB2")) &&
                          isKind(t, skip(t, k + 2), Kind::Number);
        }
        // (The rank in a table's first cell too: "1 | Tadej Pogačar (Slo) | UAE Team Emirates | 4h 55' 39"".)
        const bool ranked = t.size() > 2 && isKind(t, 0, Kind::Number) && digitsOnly(t[0].text) && t[0].text.size() <= 3 &&
                            (isSym(t, 1, ".") || isSym(t, 1, ")") || isSym(t, 1, ",") || isSym(t, skip(t, 1), "|")) && figureLater;
        // (Or, a code in small letters after its capital, the time later in the line: "Tadej Pogačar (Slo) UAE Team Emirates,
        // 61h 03' 46"".)
        // (A race's time with its marks, not a clock's: "Kenneth (Ken) Smith died at 4:30".)
        bool markedLater = false;
        for (std::size_t k = i + 3; k < t.size() && !markedLater; ++k) {
            markedLater = isKind(t, k, Kind::Number) && (isSym(t, k + 1, "'") || isSym(t, k + 1, "\xE2\x80\xB2")) && isKind(t, skip(t, k + 2), Kind::Number);
        }
        // (Or a race's time in hours, minutes and seconds, or a gap signed "+", later in the line: "Tadej Pogačar (Slo) UAE Team
        // Emirates 5:03:34", "Jonas Vingegaard (Den) Visma-Lease a Bike +0:01:08".)
        bool raceTimeLater = false;
        for (std::size_t k = i + 3; k + 2 < t.size() && !raceTimeLater; ++k) {
            const bool clock = isKind(t, k, Kind::Number) && isSym(t, k + 1, ":") && isKind(t, k + 2, Kind::Number);
            raceTimeLater = clock && (isSym(t, k + 3, ":") || (k >= 1 && isSym(t, k - 1, "+")));
        }
        const bool timed = (markedLater || raceTimeLater) && !isUpperWord(t[i + 1].text);
        // (Or, in capitals, before what the competitor did in the race: "Agnes Ngetich (KEN) won in 29:54", "Gudaf Tsegay (ETH)
        // was second"; "Frankfurt (FRA) was closed" and "left Frankfurt (FRA) at 11:52" are an airport's.)
        // (In small letters too, where a nickname in brackets has its surname after it, never a verb: "Biniam Girmay (Eri)
        // keeps the green jersey".)
        const bool raced = (isWordIn(t, after, {"won", "wins", "finished", "took", "clocked", "ran", "placed", "beat", "bt", "d", "def", "claimed", "crossed",
                                                "edged", "outsprinted", "set", "led", "retained", "defended", "broke", "smashed",
                                                "keeps", "kept", "leads", "retains", "holds", "held", "takes", "tops", "topped"}) ||
                            (isWordIn(t, after, {"was", "is", "came", "finished"}) && isKind(t, after + 1, Kind::Space) &&
                             isWordIn(t, after + 2, {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                                     "tenth", "runner-up", "last", "fastest"})));
        // (Or, the line's last word, after a score before the name and the other side's code: "Zhao Xintong (Chn) 18-12 Mark
        // Williams (Wal)".)
        bool scoredBefore = false;
        for (std::size_t k = 0; k + 2 < i && !scoredBefore; ++k) {
            scoredBefore = isKind(t, k, Kind::Number) && digitsOnly(t[k].text) && (isSym(t, k + 1, "-") || isSym(t, k + 1, "\xE2\x80\x93")) &&
                           isKind(t, k + 2, Kind::Number) && digitsOnly(t[k + 2].text);
        }
        const bool lastAfterScore = scoredBefore && codes >= 2 && (after >= t.size() || (isSym(t, after, ".") && after + 1 >= t.size()));
        // (Or a match's sets or games later in the line, two scores at least: "J. Sinner (ITA), seed 1, beat, D. Medvedev, 6-2 1-6
        // 6-1".)
        // (A set's score has six games or seven on one side: "passed 5-4 and 6-3", a vote, has not; and the code is in capitals,
        // "Samuel (Sam) Ortiz" is a nickname.)
        std::size_t setsLater = 0;
        for (std::size_t k = i + 3; k + 2 < t.size(); ++k) {
            setsLater += isKind(t, k, Kind::Number) && digitsOnly(t[k].text) && t[k].text.size() == 1 && isSym(t, k + 1, "-") &&
                         isKind(t, k + 2, Kind::Number) && digitsOnly(t[k + 2].text) && t[k + 2].text.size() == 1 &&
                         (t[k].text[0] == '6' || t[k].text[0] == '7' || t[k + 2].text[0] == '6' || t[k + 2].text[0] == '7');
        }
        // (Or a golfer's rounds, "70-67-66-66": three scores of sixty or seventy strokes joined, at least.)
        std::size_t rounds = 0;
        for (std::size_t k = i + 3; k < t.size() && rounds < 3; ++k) {
            const bool round = isKind(t, k, Kind::Number) && digitsOnly(t[k].text) && t[k].text.size() == 2 && (t[k].text[0] == '6' || t[k].text[0] == '7');
            rounds = round && (rounds == 0 || isSym(t, k - 1, "-")) ? rounds + 1 : (isSym(t, k, "-") && rounds > 0 ? rounds : 0);
        }
        const bool sets = (setsLater >= 2 || rounds >= 3) && isUpperWord(t[i + 1].text);
        const bool results = figureAfter || codes >= 3 || ranked || timed || raced || lastAfterScore || sets;
        if (const auto country = teamCountryCodes().find(upperAscii(t[i + 1].text)); results && country != teamCountryCodes().end()) {
            return Match{3, ", " + country->second + (lastAfterScore ? "" : ","), "abbreviation"};
        }
    }
    // "IND vs AUS, 2nd ODI": two sides by their codes either side of "vs", as a match's headline names them.
    const auto sideAt = [&](std::size_t k) {
        return isKind(t, k, Kind::Word) && t[k].text.size() == 3 && isUpperWord(t[k].text) && teamCountryCodes().count(t[k].text) != 0;
    };
    if (sideAt(i) && (i == 0 || !isKind(t, i - 1, Kind::Word))) {
        const std::size_t vs = skip(t, i + 1);
        const std::size_t other = skip(t, isSym(t, vs + 1, ".") ? vs + 2 : vs + 1);
        // (In a story of nations' teams only: "DEN vs PHI" are Denver and Philadelphia.)
        const bool nations = anyWordIn(t, {"odi", "odis", "test", "t20", "t20i", "t20is", "cricket", "wtc", "rugby", "nations", "fifa", "uefa",
                                           "qualifier", "qualifiers", "friendly", "olympic", "olympics", "davis", "fed"});
        // (Or at most one side's code is also an American team's city: "IND vs AUS"; "IND vs CHI" is Indiana and Chicago.)
        const auto city = [&](std::size_t k) {
            return isWordIn(t, k, {"chi", "den", "ind", "col", "por", "phi", "bar"});
        };
        if ((nations || !city(i) || !city(other)) && vs > i + 1 && isWordIn(t, vs, {"vs", "v"}) && other > vs + 1 && sideAt(other) &&
            !isKind(t, other + 1, Kind::Word)) {
            return Match{other + 1 - i, teamCountryCodes().at(t[i].text) + " versus " + teamCountryCodes().at(t[other].text), "abbreviation"};
        }
    }
    // "winner Tina Clayton, JAM, time 10.92": a results table's row, the country's code a cell of its own after the
    // competitor's name, where the row has a time or a mark ("jam" was the word).
    if (isKind(t, i, Kind::Word) && t[i].text.size() == 3 && isUpperWord(t[i].text) && i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ",") &&
        isKind(t, i - 3, Kind::Word) && isCapitalized(t[i - 3].text) && !isUpperWord(t[i - 3].text) && (isSym(t, i + 1, ",") || i + 1 == t.size())) {
        bool mark = false;
        for (std::size_t k = 0; k < t.size() && !mark; ++k) {
            mark = (isKind(t, k, Kind::Number) && t[k].text.find('.') != std::string::npos) ||
                   (k > 0 && isSym(t, k, ":") && isKind(t, k - 1, Kind::Number) && isKind(t, k + 1, Kind::Number));
        }
        if (const auto country = teamCountryCodes().find(t[i].text); mark && country != teamCountryCodes().end()) return Match{1, country->second, "abbreviation"};
    }
    // "Stage 14: 1. Giulio Ciccone …; 2. Lennert …": a ranked list's number after a colon or a semicolon, its dot said
    // as a comma (eSpeak NG ends a sentence's tone at it, and the rank sounds like the rider's before it).
    // (After a comma too before a runner's initial: "3:49.04 WL, 2. B. Chebet".)
    // (Or after a comma where the rank before it is numbered so in the sentence: "1. Texas 372, 2. Cal 341.5".)
    // (Or wherever the places before and after it are numbered so: "The standings were 1. Norway, 2. Sweden and 3.
    // Finland".)
    const int place = std::atoi(t[i].text.c_str());
    const bool rankedBefore = place >= 2 && numbersPlace(t, std::to_string(place - 1), 0, i);
    const bool rankedAfter = numbersPlace(t, std::to_string(place + 1), i + 1, t.size());
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 2 && isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Space) &&
        isKind(t, i + 3, Kind::Word) && isCapitalized(t[i + 3].text) && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        (isSym(t, i - 2, ":") || isSym(t, i - 2, ";") ||
         (isSym(t, i - 2, ",") && t[i + 3].text.size() == 1 && (isSym(t, i + 4, ".") || isKind(t, i + 4, Kind::Space))) ||
         rankedBefore || (rankedAfter && place <= 1))) {
        return Match{2, wholeWords(t[i].text) + ",", "ordinal"};
    }
    // "; 2 A Kering (Ken)": a competitor's initial after the rank in a results line; an "A" is said "eh", the letter (eSpeak
    // NG says the article "uh").
    // (The surname then its country in brackets or its time: "1. A Complete Unknown" is a title.)
    if (isKind(t, i, Kind::Word) && t[i].text == "A" && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && isCapitalized(t[i + 2].text) &&
        i >= 4 && isKind(t, i - 1, Kind::Space) && isKind(t, i + 3, Kind::Space) && (isSym(t, i + 4, "(") || isKind(t, i + 4, Kind::Number))) {
        const std::size_t rank = isSym(t, i - 2, ".") ? i - 3 : i - 2;
        if (rank >= 2 && isKind(t, rank, Kind::Number) && digitsOnly(t[rank].text) && t[rank].text.size() <= 2 && isKind(t, rank - 1, Kind::Space) &&
            (isSym(t, rank - 2, ":") || isSym(t, rank - 2, ";"))) {
            return Match{1, "eh", "abbreviation"};
        }
    }
    // "two 5-on-3s", "a 5-on-3": skaters against skaters, the second count in the plural where it has an "s", "five-on-threes"
    // (eSpeak NG said "three s").
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() == 1 && isDash(t, i + 1) && isWordIn(t, i + 2, {"on"}) &&
        isDash(t, i + 3) && isKind(t, i + 4, Kind::Number) && digitsOnly(t[i + 4].text) && t[i + 4].text.size() == 1) {
        const bool plural = isKind(t, i + 5, Kind::Word) && t[i + 5].text == "s";
        std::string second = wholeWords(t[i + 4].text);
        if (plural) second += second == "six" ? "es" : "s";
        return Match{plural ? std::size_t{6} : std::size_t{5}, wholeWords(t[i].text) + "-on-" + second, "score"};
    }
    // "the 2.40 at Ascot", "the 5.25 maiden": a race named by its time on the card, as British racing writes it, "the
    // two-forty" (not "two point four zero").
    if (isKind(t, i, Kind::Number) && t[i].text.size() >= 4 && t[i].text.size() <= 5 && t[i].text[t[i].text.size() - 3] == '.' && i >= 2 &&
        isWordIn(t, i - 2, {"the"}) &&
        ((isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"at"}) && isKind(t, i + 4, Kind::Word) && isCapitalized(t[i + 4].text)) ||
         (isKind(t, i + 1, Kind::Space) &&
          isWordIn(t, i + 2, {"maiden", "handicap", "race", "stakes", "novice", "hurdle", "chase", "sprint", "seller", "claimer", "nursery"})) ||
         // (Or alone before a pause, on a racecard's day: "a loose horse ran down the course before the 2.40, and …".)
         ((isSym(t, i + 1, ",") || isSym(t, i + 1, ";")) && anyWordIn(t, {"horse", "horses", "racecourse", "card", "maiden", "handicap", "jockey"})))) {
        const std::string& n = t[i].text;
        const std::size_t dot = n.size() - 3;
        const int hour = digitsOnly(n.substr(0, dot)) ? toInt(n.substr(0, dot)) : 0, minute = digitsOnly(n.substr(dot + 1)) ? toInt(n.substr(dot + 1)) : 60;
        if (hour >= 1 && hour <= 12 && minute < 60) {
            const std::string minutes = minute == 0 ? "" : minute < 10 ? "-oh-" + wholeWords(n.substr(dot + 2)) : "-" + wholeWords(n.substr(dot + 1));
            return Match{1, wholeWords(n.substr(0, dot)) + (minute == 0 ? " o'clock" : minutes), "time"};
        }
    }
    // "over 7f", "the 5f sprint": furlongs alone, in a sentence about a race ("seven furlongs"; before its noun, "the
    // seven-furlong Group Three").
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 2 && toInt(t[i].text) >= 2 && toInt(t[i].text) <= 24 &&
        isKind(t, i + 1, Kind::Word) && t[i + 1].text == "f" && !isKind(t, i + 2, Kind::Word) && !isKind(t, i + 2, Kind::Number) &&
        (i == 0 || !isSym(t, i - 1, ".")) &&
        anyWordIn(t, {"over", "race", "handicap", "stakes", "maiden", "sprint", "furlong", "furlongs", "trip", "group", "listed",
                      "favourite", "jockey", "trainer", "going", "course", "novice", "hurdle", "chase", "derby", "guineas"})) {
        const bool beforeNoun = isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) && !isWordIn(t, i + 3, {"and", "or", "on", "at", "in", "to"}) &&
                                (isCapitalized(t[i + 3].text) || isWordIn(t, i + 3, {"handicap", "race", "maiden", "sprint", "contest",
                                                                                    "trip", "stakes", "novice", "event"}));
        return Match{2, wholeWords(t[i].text) + (beforeNoun ? "-furlong" : " furlongs"), "measure"};
    }
    // "a 17.1hh gelding", "16hh": a horse's height in hands and inches, the digit after the dot inches (0 to 3), no decimal.
    if (isKind(t, i, Kind::Number) && (isWordIn(t, i + 1, {"hh"}) || (isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"hh"}))) &&
        !isKind(t, i + (isKind(t, i + 1, Kind::Space) ? 3 : 2), Kind::Word)) {
        const std::string& n = t[i].text;
        const std::size_t dot = n.find('.');
        const std::string hands = n.substr(0, dot);
        if (digitsOnly(hands) && hands.size() <= 2 && (dot == std::string::npos || (n.size() == dot + 2 && n[dot + 1] >= '0' && n[dot + 1] <= '3'))) {
            std::string said = wholeWords(hands) + " hands";
            if (dot != std::string::npos && n[dot + 1] != '0') said += " " + wholeWords(n.substr(dot + 1)) + (n[dot + 1] == '1' ? " inch" : " inches");
            return Match{isKind(t, i + 1, Kind::Space) ? std::size_t{3} : std::size_t{2}, said, "measure"};
        }
    }
    // "won over 2m", "the 3m Grade 1 chase": a jumps race's distance in miles, in a sentence about the race (no metres: a
    // hurdle or a chase is run over two miles and more).
    if (isKind(t, i, Kind::Number) && t[i].text.size() == 1 && t[i].text[0] >= '2' && t[i].text[0] <= '4' && isKind(t, i + 1, Kind::Word) &&
        t[i + 1].text == "m" && !isKind(t, i + 2, Kind::Word) && !isKind(t, i + 2, Kind::Number) && !isSym(t, i + 2, "/") &&
        (i == 0 || !isSym(t, i - 1, ".")) &&
        // (Words of a jumps race, and no wall's or a fall's: "fences should not be higher than 2m", "a novice skier fell 3m".)
        anyWordIn(t, {"hurdle", "hurdles", "chase", "chases", "chaser", "bumper", "steeplechase", "jockey", "furlongs", "gelding", "mare", "grade"}) &&
        anyWordIn(t, {"hurdle", "hurdles", "chase", "chases", "chaser", "bumper", "steeplechase", "novice", "jockey", "furlongs", "gelding", "mare",
                      "race", "won", "win", "ridden", "trainer", "favourite", "fav"}) &&
        !anyWordIn(t, {"fell", "fall", "wall", "walls", "fence", "high", "higher", "deep", "tall", "long", "wide"})) {
        const bool beforeNoun = isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) && !isWordIn(t, i + 3, {"and", "or", "on", "at", "in", "to", "by"}) &&
                                (isCapitalized(t[i + 3].text) || isWordIn(t, i + 3, {"chase", "hurdle", "handicap", "race", "novice", "event", "trip", "contest"}));
        return Match{2, wholeWords(t[i].text) + (beforeNoun ? "-mile" : " miles"), "measure"};
    }
    if (isKind(t, i, Kind::Number) && t[i].text.size() == 2) return inPlayScore(t, i);
    if (!isKind(t, i, Kind::Number) || t[i].text.size() != 1) return std::nullopt;
    // A team's one-two, "led a Mercedes 1-2", "a 1-2 finish": the first two places, no range and no score.
    if (t[i].text == "1" && isDash(t, i + 1) && isKind(t, i + 2, Kind::Number) && t[i + 2].text == "2" && !isDash(t, i + 3) &&
        !isKind(t, i + 3, Kind::Number) && (i == 0 || !isDash(t, i - 1))) {
        const bool finish = isKind(t, i + 3, Kind::Space) && isWordIn(t, i + 4, {"finish", "finishes"});
        // (A team's name between an article and it: "a Mercedes 1-2", "another Red Bull 1-2"; not a match's result, "another
        // Champions League 1-2 defeat", where a noun follows it.)
        const bool nounAfter = isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word) &&
                               !isWordIn(t, i + 4, {"in", "at", "for", "on", "with", "as", "ahead", "behind", "and", "after", "to", "from"});
        bool team = false;
        for (std::size_t k = i; !team && !nounAfter && k >= 2 && i - k < 8 && isKind(t, k - 1, Kind::Space); k -= 2) {
            if (isWordIn(t, k - 2, {"a", "another"})) team = k < i;
            else if (!isKind(t, k - 2, Kind::Word) || !isCapitalized(t[k - 2].text)) break;
        }
        if (finish || team) return Match{3, "one-two", "score"};
    }
    // A formation, "4-3-3", "3-5-2", "4-2-3-1", or a finish, "a 1-2-3 for Mercedes": three single figures or
    // more joined by hyphens, each said (not a range, "one-two to three").
    if (digitPair(t, i) && isDash(t, i + 3) && (i == 0 || !isDash(t, i - 1))) {
        std::size_t end = i + 1, lines = 1;
        std::string spoken = wholeWords(t[i].text);
        while (isDash(t, end) && isKind(t, end + 1, Kind::Number) && t[end + 1].text.size() == 1 && digitsOnly(t[end + 1].text)) {
            spoken += "-" + wholeWords(t[end + 1].text);
            ++lines;
            end += 2;
        }
        if (lines >= 3 && lines <= 5 && !isDash(t, end) && !isKind(t, end, Kind::Number) && t[i].text != "0") {
            return Match{end - i, spoken, "score"};
        }
        return std::nullopt;
    }
    // (A set and the next being played: "leading 6-4, 1-2".)
    // (Only where play stopped or stands: "suspended because of rain with Gauff leading 6-4, 1-2"; "won 6-1, 3-0 and 2-0"
    // is a list of any sport's scores.)
    // (The sentence is read for those words only once the scores' shape is there: this runs at every figure.)
    const auto stopped = [&] {
        return anyWordIn(t, {"suspended", "retired", "rain", "darkness", "leading", "trailing", "led", "trailed", "resume", "resumes"});
    };
    if (!setScore(t, i)) {
        // (Its second figure looked at only once the pair is there: the figure may end the sentence.)
        if (i >= 5 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ",") && setScore(t, i - 5) && digitPair(t, i) && t[i].text[0] <= '6' &&
            t[i + 2].text[0] <= '6' && !isWordIn(t, skip(t, i + 3), {"and", "or"}) && stopped()) {
            return Match{3, gamesWords(t[i].text) + "-" + gamesWords(t[i + 2].text), "score"};
        }
        return inPlayScore(t, i);
    }
    // A set is known by the sets around it, by its tie-break, or by a sentence about tennis.
    std::size_t end = i + 3;
    const bool inProgressAfter = isSym(t, i + 3, ",") && isKind(t, i + 4, Kind::Space) && digitPair(t, i + 5) && !isDash(t, i + 8) &&
                                 t[i + 5].text[0] <= '6' && t[i + 7].text[0] <= '6' && !isWordIn(t, skip(t, i + 8), {"and", "or"}) && stopped();
    const std::size_t tieBreak = tieBreakSet(t, i) ? tieBreakAfter(t, end) : 0;
    const bool setBefore = i >= 5 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ",") &&
                           ((setScore(t, i - 5)) || isSym(t, i - 3, ")"));
    // ("set" the noun, after its article or its number: "the guidelines also set IV fluid protocols" is the verb.)
    bool setNoun = false;
    for (std::size_t k = 2; k < t.size() && !setNoun; ++k) {
        // ("the first set of proposals": a set of something.)
        setNoun = isWordIn(t, k, {"set", "sets"}) && isKind(t, k - 1, Kind::Space) && !isWordIn(t, k + 2, {"of"}) &&
                  isWordIn(t, k - 2, {"the", "a", "first", "second", "third", "fourth", "fifth", "opening", "deciding", "final", "each",
                                      "straight", "two", "three", "four", "five", "both"});
    }
    const bool tennis = tieBreak != 0 || setBefore || nextSet(t, end) != 0 || inProgressAfter || setNoun ||
                        anyWordIn(t, {"tennis", "tie-break", "tiebreak", "tiebreaker", "wimbledon", "atp",
                                      "wta", "seed", "seeded", "slam", "love", "deuce"});
    // (Nor a range of a measure: "5–7 ml/kg/hr".)
    if (!tennis || (isKind(t, skip(t, end), Kind::Word) && t[skip(t, end)].text != "in" && findUnit(t[skip(t, end)].text) != nullptr)) return std::nullopt;
    // (A set lost to love is "love-six"; games level are "three-all", "came at 3-3", as a set's "6-6" before its tie-break.)
    std::string spoken = gamesWords(t[i].text) + "-" + (t[i].text == t[i + 2].text && t[i].text != "0" && tieBreak == 0 ? std::string("all")
                                                                                                                     : gamesWords(t[i + 2].text));
    if (tieBreak != 0) {
        std::size_t k = isKind(t, end, Kind::Space) ? end + 2 : end + 1;
        spoken += ", tie-break " + wholeWords(t[k].text);
        if (isDash(t, k + 1)) spoken += "-" + wholeWords(t[k + 2].text);
        end = tieBreak;
    }
    return Match{end - i, spoken, "score"};
}

// Odds where the report gives them: in brackets after the horse ("SEÑOR ATOMIC (4-5)"), after a word of the
// betting ("at 5-2", "from 6-1", "priced 33-1"), or with the favourite's letter glued on ("4-5f", "2-1jf"). A margin or a
// score elsewhere in the report ("won 2-1", "a 3-2 vote") stays to the other rules.
std::optional<Match> racingOddsRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || !digitsOnly(t[i].text) || !(isDash(t, i + 1) || isSym(t, i + 1, "/")) || !isKind(t, i + 2, Kind::Number) ||
        !digitsOnly(t[i + 2].text) || t[i].text.size() > 3 || t[i + 2].text.size() > 2 || isDash(t, i + 3) || isSym(t, i + 3, "/")) {
        return std::nullopt;
    }
    std::string after;
    std::size_t end = i + 3;
    if (isKind(t, end, Kind::Word) && (t[end].text == "f" || t[end].text == "F" || t[end].text == "fav")) {
        after = " favourite";
        ++end;
    } else if (isKind(t, end, Kind::Word) && (t[end].text == "jf" || t[end].text == "JF")) {
        after = " joint favourite";
        ++end;
    }
    const bool bracketed = i >= 3 && isSym(t, i - 1, "(") && isKind(t, i - 2, Kind::Space) && isKind(t, i - 3, Kind::Word) &&
                           // ("Lightning Bolt (11/4) won": a name as prose prints it, its price with the bookmaker's slash.)
                           (isUpperWord(t[i - 3].text) ||
                            // (A bookmaker's price, its second figure small: "Stuart Broad (3/45)" is a bowler's figures.)
                            (isCapitalized(t[i - 3].text) && isSym(t, i + 1, "/") && toInt(t[i + 2].text) <= 15)) &&
                           (isSym(t, end, ")") || isSym(t, end, ","));
    // ("Paddy Power offered 10/3": the fraction's slash too, after a bookmaker's word.)
    const bool betting = (isDash(t, i + 1) && isWordIn(t, i >= 2 ? i - 2 : t.size(), {"at", "priced", "odds", "backed", "returned", "sp"})) ||
                         isWordIn(t, i >= 2 ? i - 2 : t.size(), {"offered", "offers", "quoted", "quotes", "go", "went", "into", "out"});
    // (A result's line, the odds after the jockey in brackets: "1 Storm Harbour (P Townend) 7-2".)
    const bool afterJockey = i >= 2 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ")") && skip(t, end) >= t.size();
    if (after.empty() && !bracketed && !betting && !afterJockey) return std::nullopt;
    return Match{end - i, wholeWords(t[i].text) + " to " + wholeWords(t[i + 2].text) + after, "odds"};
}

std::optional<Match> bettingOddsRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || !digitsOnly(t[i].text) || !isSym(t, i + 1, "/") || !isKind(t, i + 2, Kind::Number) || !digitsOnly(t[i + 2].text) ||
        t[i].text.size() > 3 || t[i + 2].text.size() > 2 || isSym(t, i + 3, "/") || isDash(t, i + 3) || (i >= 1 && (isSym(t, i - 1, "/") || isSym(t, i - 1, ".")))) {
        return std::nullopt;
    }
    const int first = toInt(t[i].text), second = toInt(t[i + 2].text);
    // (A price's second figure is one the bookmakers use, 1 to 11, 13, 15 or 20, unless the first is larger, "100/30";
    // "Stuart Broad (3/45)" is a bowler's figures, "the Preakness (5/18)" a date.)
    const bool bookmakers = second <= 11 || second == 13 || second == 15 || second == 20;
    if (first == 0 || second == 0 || (!bookmakers && first <= second)) return std::nullopt;
    // ("The victims of 9/11": the attacks, unless a price's word stands before it, "at 9/11".)
    if (first == 9 && second == 11 && !isWordIn(t, i >= 2 ? i - 2 : t.size(), {"at", "is", "are", "was", "priced", "from", "to"})) return std::nullopt;
    // (A share of the odds or of a stake, "1/5 the odds", "1/4 of the stake", and a date after its word, "on 5/2", are no price.)
    const std::size_t next = skip(t, i + 3);
    // ("1/5 the odds", "1/4 odds": each-way terms, a share of the price, "one fifth the odds".)
    if (first == 1 && (isWordIn(t, next, {"odds"}) || (isWordIn(t, next, {"the"}) && isWordIn(t, skip(t, next + 1), {"odds"})))) {
        static const char* const kParts[] = {"", "", "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth"};
        if (second >= 2 && second <= 8) return Match{3, std::string(second == 2 ? "a " : "one ") + kParts[second], "fraction"};
    }
    if (isWordIn(t, next, {"of", "the", "odds", "cup", "cups", "inch", "inches", "mile", "miles", "pound", "pounds", "kg", "share", "th"})) return std::nullopt;
    if (i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"on", "by", "until", "since", "from", "dated"}) && second <= 12 && first <= 31) {
        return std::nullopt;
    }
    if (first == 1 && second == 1) return Match{3, "evens", "odds"};
    return Match{3, wholeWords(t[i].text) + " to " + wholeWords(t[i + 2].text), "odds"};
}

// A race's distance and the distances between its horses, as a racing report writes them: "3m 2½f" three miles two and a
// half furlongs, "7f" seven furlongs, "3½l" three and a half lengths, "nk" a neck; a horse's fate in brackets, "(PU)" pulled
// up; the race by its time, "the 3.30 Cheltenham Gold Cup" the three-thirty. Only in a racing report (StoryCues.hpp), where
// "3m" is no length in metres and "8l" no litres.
std::optional<Match> racingMeasureRule(const Tokens& t, std::size_t i) {
    // A figure with its fraction after it, "2½", said with the fraction: "two and a half"; where it ends.
    const auto amount = [&](std::size_t k, std::size_t& next) -> std::string {
        if (!isKind(t, k, Kind::Number) || !digitsOnly(t[k].text) || t[k].text.size() > 2) return "";
        next = k + 1;
        for (const auto& [sign, words] : {std::pair<const char*, const char*>{"\xC2\xBD", " and a half"}, {"\xC2\xBC", " and a quarter"},
                                          {"\xC2\xBE", " and three quarters"}}) {
            if (isSym(t, k + 1, sign)) {
                next = k + 2;
                return wholeWords(t[k].text) + words;
            }
        }
        return wholeWords(t[k].text);
    };
    const auto plural = [](const std::string& count, const char* one, const char* many) { return count + " " + (count == "one" ? one : many); };
    const bool wordStart = i == 0 || isKind(t, i - 1, Kind::Space) || isSym(t, i - 1, "(") || isSym(t, i - 1, ",");
    std::size_t next = i;
    if (const std::string count = amount(i, next); wordStart && !count.empty() && isKind(t, next, Kind::Word) && !isKind(t, next + 1, Kind::Word) &&
                                                   !isKind(t, next + 1, Kind::Number)) {
        const std::string& unit = t[next].text;
        // "3m 2½f", "2m 4f 110y": miles, then furlongs, then yards.
        if (unit == "m" && next == i + 1 && isKind(t, next + 1, Kind::Space)) {
            std::size_t after = next + 2;
            const std::string furlongs = amount(next + 2, after);
            if (!furlongs.empty() && isWordIn(t, after, {"f"}) && !isKind(t, after + 1, Kind::Word)) {
                std::string said = plural(count, "mile", "miles") + " " + plural(furlongs, "furlong", "furlongs");
                std::size_t end = after + 1;
                if (isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Number) && digitsOnly(t[end + 1].text) && isWordIn(t, end + 2, {"y", "yds"})) {
                    said += " " + wholeWords(t[end + 1].text) + " yards";
                    end += 3;
                }
                return Match{end - i, said, "unit"};
            }
        }
        if (unit == "f" && toInt(t[i].text) >= 4 && toInt(t[i].text) <= 24) return Match{next + 1 - i, plural(count, "furlong", "furlongs"), "unit"};
        if (unit == "l" && (isSym(t, next + 1, ",") || isSym(t, next + 1, ".") || next + 1 >= t.size() || isKind(t, next + 1, Kind::Space))) {
            return Match{next + 1 - i, count == "one" ? std::string("a length") : count + " lengths", "unit"};
        }
    }
    // "½l": half a length.
    if (isSym(t, i, "\xC2\xBD") && isWordIn(t, i + 1, {"l"}) && (i == 0 || isKind(t, i - 1, Kind::Space))) return Match{2, "half a length", "unit"};
    // "nk", "hd", "shd": the shortest distances, in a list of them after a comma or a colon.
    if (isKind(t, i, Kind::Word) && i >= 2 && isKind(t, i - 1, Kind::Space) && (isSym(t, i - 2, ",") || isSym(t, i - 2, ":")) &&
        !isKind(t, i + 1, Kind::Word)) {
        static constexpr std::pair<std::string_view, std::string_view> kShort[] = {
            {"nk", "a neck"}, {"snk", "a short neck"}, {"hd", "a head"}, {"shd", "a short head"}, {"nse", "a nose"}, {"dist", "a distance"}, {"dht", "a dead heat"}};
        for (const auto& [written, said] : kShort) {
            if (t[i].text == written) return Match{1, std::string(said), "unit"};
        }
    }
    // "(PU)": a horse's fate in brackets in a result's line.
    if (isSym(t, i, "(") && isKind(t, i + 1, Kind::Word) && isSym(t, i + 2, ")")) {
        static constexpr std::pair<std::string_view, std::string_view> kFates[] = {
            {"PU", "pulled up"}, {"F", "fell"}, {"UR", "unseated rider"}, {"BD", "brought down"}, {"RR", "refused to race"}, {"REF", "refused"},
            {"RO", "ran out"}, {"SU", "slipped up"}};
        for (const auto& [written, said] : kFates) {
            if (t[i + 1].text == written) return Match{3, ", " + std::string(said) + (skip(t, i + 3) >= t.size() ? "" : ","), "unit"};
        }
    }
    // "RESULT – 3.30 Cheltenham Gold Cup", "the 2.50 at Sandown": a race named by its time, the hour and its minutes.
    if (isKind(t, i, Kind::Number) && t[i].text.size() == 4 && t[i].text[1] == '.' && isAsciiDigit(t[i].text[0]) && t[i].text[0] != '0' &&
        t[i].text.find_first_not_of("0123456789", 2) == std::string::npos && toInt(t[i].text.substr(2)) % 5 == 0 && toInt(t[i].text.substr(2)) < 60 &&
        isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && isCapitalized(t[i + 2].text)) {
        const int minutes = toInt(t[i].text.substr(2));
        const std::string said = wholeWords(t[i].text.substr(0, 1)) + (minutes == 0 ? std::string(" o'clock") : minutes < 10 ? " oh " + wholeWords(t[i].text.substr(3)) : " " + wholeWords(t[i].text.substr(2)));
        return Match{1, said, "time"};
    }
    return std::nullopt;
}

}  // namespace readcast::english

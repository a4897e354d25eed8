#include "text/StoryCues.hpp"

#include <algorithm>
#include <cctype>

#include "core/Text.hpp"
#include "text/CountryCues.hpp"

namespace readcast {

namespace {

// Three times at least, two of them different words.
template <std::size_t N>
bool speaksThroughout(const std::string& text, const char* const (&words)[N]) {
    std::size_t count = 0, distinct = 0;
    for (const char* word : words) {
        const std::size_t n = occurrencesAsWord(text, word);
        count += n;
        distinct += n > 0;
    }
    return count >= 3 && distinct >= 2;
}

}  // namespace

bool isCricketReport(const std::string& text) {
    // (Words of cricket alone: "innings" is baseball's too, "bowled" ten-pin bowling's, "Test" any test.)
    static const char* const kWords[] = {"wicket", "wickets", "overs", "cricket", "Cricket", "lbw", "LBW", "ODI", "ODIs", "T20", "T20I",
                                         "batsman", "batsmen", "bowlers", "run-out", "run-outs", "not out", "stumps", "maidens", "Twenty20"};
    return speaksThroughout(text, kWords);
}

bool isChessReport(const std::string& text) {
    // (Words of chess alone: "knight", "bishop", "queen" and "rapid" name other things as often.)
    // (Nor "stalemate", "pawn", "gambit", "blitz", politics' and war's words as often, or "GM", General Motors.)
    static const char* const kWords[] = {"chess", "Chess", "grandmaster", "grandmasters", "Grandmaster", "Grandmasters", "FIDE", "checkmate",
                                         "rook", "rooks", "Elo"};
    return speaksThroughout(text, kWords);
}

bool isRacingReport(const std::string& text) {
    // (Words of the turf alone: "race", "odds", "second" and "lengths" are any story's, and so are "favourite", "trainer",
    // "handicap" and "stakes".)
    static const char* const kWords[] = {"jockey", "jockeys", "furlong", "furlongs", "odds-on", "filly", "fillies", "colt", "colts", "gelding",
                                         "racecourse", "racetrack", "Guineas", "thoroughbred", "racehorse", "racehorses",
                                         // a jumps race's by its name, "the Champion Hurdle", and the Tote's dividends (an athlete's
                                         // hurdles and steeplechase, an MP unseated, are no horse's)
                                         "Hurdle", "Tote", "each-way"};
    return speaksThroughout(text, kWords);
}

bool isBettingReport(const std::string& text) {
    // (A bookmaker by name, or the trade's own words: "odds" and "bet" alone are any story's.)
    static const char* const kWords[] = {"bookmaker", "bookmakers", "bookies", "punters", "punter", "each-way", "Betfred", "Ladbrokes",
                                         "BoyleSports", "Betfair", "bet365", "Unibet", "DraftKings", "FanDuel", "BetMGM", "Sportsbet",
                                         "William Hill", "Paddy Power", "Sky Bet", "betting", "tipster", "acca", "accumulator", "moneyline", "bet", "bets", "tips",
                                         "odds-on"};
    return speaksThroughout(text, kWords);
}

bool isGolfReport(const std::string& text) {
    // (Words of golf alone: "par", "eagle", "green", "tee" and "round" have other senses.)
    static const char* const kWords[] = {"golf", "Golf", "golfer", "golfers", "birdie", "birdies", "birdied", "bogey", "bogeys", "bogeyed",
                                         "double-bogey", "fairway", "fairways", "putt", "putts", "putted", "caddie", "caddy", "leaderboard",
                                         "PGA", "LPGA", "under-par", "over-par"};
    return speaksThroughout(text, kWords);
}

bool isCourtReport(const std::string& text) {
    static const char* const kWords[] = {"judgment", "judgments", "judgement", "judgements", "court", "Court", "appellant", "appellants",
                                         "respondent", "respondents", "justices", "Justices", "tribunal", "Tribunal", "dissenting",
                                         "concurring", "appeal", "Appeal"};
    return speaksThroughout(text, kWords);
}

bool isFootballReport(const std::string& text) {
    // (Words of association football alone: "goal", "penalty", "corner", "booked" and "header" name other things, and "kickoff",
    // "football" and "halftime" are American football's too.)
    static const char* const kWords[] = {"goalkeeper", "goalkeepers", "keeper", "midfielder", "midfielders", "striker", "strikers", "offside",
                                         "free-kick", "free-kicks", "free kick", "half-time", "kick-off", "equaliser", "equalizer", "equalise",
                                         "equalised", "stoppage time", "injury time", "clean sheet", "yellow card", "red card", "Premier League",
                                         "Champions League", "La Liga", "Serie A", "Bundesliga", "hat-trick", "penalty area", "soccer"};
    return speaksThroughout(text, kWords);
}

bool isGaelicReport(const std::string& text) {
    // (Words of the Gaelic games alone: "points", "goals" and "county" are any sport's; "hurling" a curling report's verb
    // never, but "All-Ireland" a quiz's too, so three mentions, two of them different, as for the others.)
    static const char* const kWords[] = {"hurling", "Hurling", "hurler", "hurlers", "Gaelic", "GAA", "camogie", "Camogie", "All-Ireland",
                                         "sliotar", "frees", "puck-out", "puckout", "MacCarthy", "Sam Maguire", "Croke Park", "SHC", "SFC"};
    return speaksThroughout(text, kWords);
}

std::vector<std::string> ladyJusticesOf(const std::string& text) {
    std::vector<std::string> names;
    constexpr std::string_view kTitle = "Lady Justice ";
    for (std::size_t at = text.find(kTitle); at != std::string::npos; at = text.find(kTitle, at + 1)) {
        std::size_t end = at + kTitle.size();
        while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) != 0 || text[end] == '-' || text[end] == '\'' ||
                                     static_cast<unsigned char>(text[end]) >= 0x80)) {
            ++end;
        }
        const std::string name = text.substr(at + kTitle.size(), end - at - kTitle.size());
        if (!name.empty() && std::isupper(static_cast<unsigned char>(name[0])) != 0 && std::find(names.begin(), names.end(), name) == names.end()) {
            names.push_back(name);
        }
    }
    return names;
}

StoryCues cuesOfStory(const Article& article) {
    const std::string text = cueText(article);
    StoryCues cues{countryOfText(article.language, text), isCricketReport(text), isChessReport(text), isRacingReport(text), isBettingReport(text), isGolfReport(text),
                   isCourtReport(text), isFootballReport(text), isGaelicReport(text)};
    cues.lady_justices = ladyJusticesOf(text);
    return cues;
}

}  // namespace readcast

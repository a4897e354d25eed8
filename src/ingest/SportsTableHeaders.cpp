#include "ingest/SportsTableHeaders.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <map>
#include <set>

#include "core/Ascii.hpp"
#include "core/Text.hpp"

namespace readcast {
namespace {

// "Pts.", " PTS ", "4s": the header as the tables below list it.
std::string keyOf(const std::string& header) {
    std::string k = lowerAscii(collapseWhitespace(header));
    while (!k.empty() && k.back() == '.') k.pop_back();
    return k;
}

bool isInningHeader(const std::string& key) {
    return !key.empty() && key.size() <= 2 && std::all_of(key.begin(), key.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

struct Said {
    const char* words;
    const char* singular;  // null: said before the figure
};
using Columns = std::map<std::string, Said>;

// (Words after the figure are a count, "23 runs"; before it, a verb or a rate, "won 5", "strike rate 60.52".)
const Columns kStandings{{"p", {"played", nullptr}},       {"pld", {"played", nullptr}},       {"gp", {"played", nullptr}},
                         {"mp", {"played", nullptr}},      {"w", {"won", nullptr}},            {"d", {"drawn", nullptr}},
                         {"t", {"tied", nullptr}},         {"l", {"lost", nullptr}},           {"nr", {"no result", nullptr}},
                         {"pts", {"points", "point"}},     {"gd", {"goal difference", nullptr}}, {"gf", {"goals for", nullptr}},
                         {"ga", {"goals against", nullptr}}, {"pf", {"points for", nullptr}}, {"pa", {"points against", nullptr}},
                         {"pd", {"points difference", nullptr}}, {"bp", {"bonus points", "bonus point"}},
                         {"nrr", {"net run rate", nullptr}}, {"gb", {"games behind", "game behind"}}, {"otl", {"overtime losses", "overtime loss"}}};
const Columns kBatting{{"r", {"runs", "run"}},       {"b", {"balls", "ball"}},   {"balls", {"balls", "ball"}}, {"m", {"minutes", "minute"}},
                       {"mins", {"minutes", "minute"}}, {"4s", {"fours", "four"}}, {"6s", {"sixes", "six"}},     {"sr", {"strike rate", nullptr}}};
const Columns kBowling{{"o", {"overs", "over"}},   {"ov", {"overs", "over"}},      {"m", {"maidens", "maiden"}},
                       {"r", {"runs", "run"}},     {"w", {"wickets", "wicket"}},   {"econ", {"economy", nullptr}},
                       {"er", {"economy", nullptr}}, {"nb", {"no-balls", "no-ball"}}, {"wd", {"wides", "wide"}},
                       {"0s", {"dot balls", "dot ball"}}, {"dots", {"dot balls", "dot ball"}}};
const Columns kLineScore{{"r", {"runs", "run"}}, {"h", {"hits", "hit"}}, {"e", {"errors", "error"}}, {"lob", {"left on base", nullptr}}};
// A league table in the languages whose headers are their own words' short forms: Germany's "Sp S U N Tore Diff Pkt",
// France's "Pts J G N P Bp Bc Diff", Spain's "PJ PG PE PP GF GC DG Pts", Italy's "Pt G V N P GF GS DR", Brazil's and
// Portugal's "P J V E D GP GC SG" and the Netherlands' "GS W G V P DS". The counts are said after the figure, as a
// reporter says "zehn Spiele, 28 Punkte"; a difference before it.
const Columns kStandingsDe{{"sp", {"Spiele", "Spiel"}},       {"s", {"Siege", "Sieg"}},
                           {"u", {"Unentschieden", "Unentschieden"}}, {"n", {"Niederlagen", "Niederlage"}},
                           {"tore", {"Tore", nullptr}},        {"diff", {"Tordifferenz", nullptr}}, {"td", {"Tordifferenz", nullptr}},
                           {"pkt", {"Punkte", "Punkt"}},      {"pkte", {"Punkte", "Punkt"}},       {"punkte", {"Punkte", "Punkt"}}};
const Columns kStandingsFr{{"pts", {"points", "point"}},  {"j", {"matchs", "match"}},          {"g", {"victoires", "victoire"}},
                           {"v", {"victoires", "victoire"}}, {"n", {"nuls", "nul"}},           {"p", {"d\303\251faites", "d\303\251faite"}},
                           {"d", {"d\303\251faites", "d\303\251faite"}}, {"bp", {"buts marqu\xC3\xA9s", "but marqu\xC3\xA9"}},
                           {"bc", {"buts encaiss\xC3\xA9s", "but encaiss\xC3\xA9"}},
                           {"diff", {"diff\xC3\xA9rence de buts", nullptr}}};
const Columns kStandingsEs{{"pj", {"partidos", "partido"}}, {"pg", {"victorias", "victoria"}}, {"pe", {"empates", "empate"}},
                           {"pp", {"derrotas", "derrota"}},  {"gf", {"goles a favor", "gol a favor"}},
                           {"gc", {"goles en contra", "gol en contra"}}, {"dg", {"diferencia de goles", nullptr}},
                           {"dif", {"diferencia de goles", nullptr}}, {"pts", {"puntos", "punto"}}};
const Columns kStandingsIt{{"pt", {"punti", "punto"}},     {"pti", {"punti", "punto"}},     {"g", {"partite", "partita"}},
                           {"v", {"vittorie", "vittoria"}}, {"n", {"pareggi", "pareggio"}},  {"p", {"sconfitte", "sconfitta"}},
                           {"gf", {"gol fatti", "gol fatto"}}, {"gs", {"gol subiti", "gol subito"}}, {"dr", {"differenza reti", nullptr}}};
const Columns kStandingsPt{{"p", {"pontos", "ponto"}},   {"pts", {"pontos", "ponto"}},   {"j", {"jogos", "jogo"}},
                           {"v", {"vit\xC3\xB3rias", "vit\xC3\xB3ria"}}, {"e", {"empates", "empate"}}, {"d", {"derrotas", "derrota"}},
                           {"gp", {"gols marcados", "gol marcado"}}, {"gc", {"gols sofridos", "gol sofrido"}}, {"sg", {"saldo de gols", nullptr}}};
const Columns kStandingsNl{{"gs", {"wedstrijden", "wedstrijd"}}, {"wed", {"wedstrijden", "wedstrijd"}}, {"w", {"gewonnen", "gewonnen"}},
                           {"g", {"gelijk", "gelijk"}},  {"v", {"verloren", "verloren"}},  {"p", {"punten", "punt"}},
                           {"ptn", {"punten", "punt"}},  {"ds", {"doelsaldo", nullptr}}};
// A race's classification, "Pos Driver Team Time/Gap Pts": its points after the figure ("25 points"), its laps too.
const Columns kRace{{"pts", {"points", "point"}}, {"laps", {"laps", "lap"}}, {"grid", {"started", nullptr}}};
const Columns kBoxScore{{"min", {"minutes", "minute"}},  {"pts", {"points", "point"}},  {"reb", {"rebounds", "rebound"}},
                        {"ast", {"assists", "assist"}},  {"stl", {"steals", "steal"}},  {"blk", {"blocks", "block"}},
                        {"to", {"turnovers", "turnover"}}, {"pf", {"fouls", "foul"}}};

}  // namespace

std::vector<SportsColumn> sportsColumns(const std::vector<std::string>& headers) {
    std::vector<std::string> keys;
    std::set<std::string> has;
    for (const std::string& h : headers) {
        keys.push_back(keyOf(h));
        has.insert(keys.back());
    }
    const auto any = [&](std::initializer_list<const char*> names) {
        return std::any_of(names.begin(), names.end(), [&](const char* n) { return has.count(n) != 0; });
    };
    const bool innings = std::count_if(keys.begin(), keys.end(), isInningHeader) >= 5;
    // Which table: the headers that only it has together. (A batter's row has balls and a rate or boundaries; a
    // bowler's overs and wickets; a line score its innings and runs, hits and errors; a table of a league
    // played, won and lost, or won, lost and its points or standing; a box score points and rebounds or assists.)
    const Columns* table = nullptr;
    if (any({"r"}) && any({"b", "balls"}) && any({"sr", "4s", "6s"})) {
        table = &kBatting;
    } else if (any({"o", "ov"}) && any({"r"}) && any({"w"})) {
        table = &kBowling;
    } else if (innings && any({"r"}) && any({"h"}) && any({"e"})) {
        table = &kLineScore;
    } else if ((any({"w"}) && any({"l"}) && (any({"p", "pld", "gp", "mp"}) || any({"pts", "gb", "pct"}))) ||
               // (Or the games played, a goal or points difference and the points, "P GD Pts": a table cut to its last columns.)
               (any({"p", "pld", "gp", "mp"}) && any({"gd", "pd"}) && any({"pts"}))) {
        table = &kStandings;
    } else if (any({"sp"}) && (any({"pkt", "pkte", "punkte"}) || (any({"u"}) && any({"n"})))) {
        table = &kStandingsDe;
    } else if (any({"pj"}) && any({"pts", "pg", "pe", "pp"})) {
        table = &kStandingsEs;
    } else if (any({"j"}) && any({"v"}) && any({"e"}) && any({"d"})) {
        table = &kStandingsPt;
    } else if (any({"j"}) && any({"g", "v"}) && any({"n"}) && any({"pts"})) {
        table = &kStandingsFr;
    } else if (any({"v"}) && any({"n"}) && any({"p"}) && any({"g", "pt", "pti"})) {
        table = &kStandingsIt;
    } else if (any({"w"}) && any({"g"}) && any({"v"}) && any({"gs", "wed", "ptn", "p"})) {
        table = &kStandingsNl;
    } else if (any({"pts"}) && any({"time", "gap", "time/gap", "time/retired", "laps", "interval"})) {
        table = &kRace;
    } else if (any({"pts"}) && any({"reb", "ast"})) {
        table = &kBoxScore;
    }
    std::vector<SportsColumn> columns(headers.size());
    if (table == nullptr) return columns;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (table == &kLineScore && isInningHeader(keys[i])) {
            columns[i].dropped = true;
            continue;
        }
        const auto found = table->find(keys[i]);
        if (found == table->end()) continue;
        columns[i].words = found->second.words;
        columns[i].after = found->second.singular != nullptr;
        columns[i].singular = found->second.singular != nullptr ? found->second.singular : "";
    }
    return columns;
}

std::string sayWithColumn(const SportsColumn& column, const std::string& cell) {
    // (A time already says its unit: "38:12" under "MIN" is thirty-eight minutes twelve seconds.)
    // ("31:7" under "Tore" is a count of goals for and against: "Tore 31:7".)
    if (column.words.empty() || cell.empty()) return cell;
    if (!column.after) return column.words + " " + cell;
    if (cell.find(':') != std::string::npos) return cell;
    return cell + " " + (cell == "1" ? column.singular : column.words);
}

}  // namespace readcast

// Blind round 84, and round 83's findings left open: what listeners found wrong in pages and pasted texts written for
// the round, each fix beside the neighbouring case that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "ingest/SportsTableHeaders.hpp"

using namespace readcast;

// A league table's short headers in the languages that write their own ("Sp. S U N Tore Diff. Pkt."): its figures said
// with the column's words in that language, the counts after the figure and the difference before it.
TEST(BlindRound84Test, shouldSayLeagueTablesHeadersInTheirOwnLanguage) {
    const Article a = blindPageArticle("<html lang=\"de\"><body><article><h1>Bayern bleibt vorn</h1><p>Der FC Bayern hat am Samstag "
                                       "in Freiburg mit 3:1 gewonnen und bleibt an der Spitze der Tabelle.</p>"
                                       "<table><tr><th>Pl.</th><th>Verein</th><th>Sp.</th><th>Tore</th><th>Diff.</th><th>Pkt.</th></tr>"
                                       "<tr><td>1.</td><td>FC Bayern</td><td>10</td><td>31:7</td><td>+24</td><td>28</td></tr></table>"
                                       "</article></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("1., FC Bayern, 10 Spiele, Tore 31:7, Tordifferenz +24, 28 Punkte"), std::string::npos) << body;

    const auto wordsOf = [](const std::vector<std::string>& headers) {
        std::string said;
        const std::vector<SportsColumn> columns = sportsColumns(headers);
        for (std::size_t i = 0; i < columns.size(); ++i) said += (i == 0 ? "" : "|") + columns[i].words;
        return said;
    };
    EXPECT_EQ(wordsOf({"Pos", "Equipo", "PJ", "PG", "PE", "PP", "DG", "Pts"}), "||partidos|victorias|empates|derrotas|diferencia de goles|puntos");
    EXPECT_EQ(wordsOf({"Pos", "Squadra", "Pt", "G", "V", "N", "P", "DR"}), "||punti|partite|vittorie|pareggi|sconfitte|differenza reti");
    EXPECT_EQ(wordsOf({"Clube", "P", "J", "V", "E", "D", "SG"}), "|pontos|jogos|vit\303\263rias|empates|derrotas|saldo de gols");
    EXPECT_EQ(wordsOf({"Club", "Pts", "J", "G", "N", "P", "Diff"}), "|points|matchs|victoires|nuls|d\303\251faites|diff\303\251rence de buts");
    EXPECT_EQ(wordsOf({"Club", "GS", "W", "G", "V", "P", "DS"}), "|wedstrijden|gewonnen|gelijk|verloren|punten|doelsaldo");
    // (English headers stay English; a row of headers that is no table of a league stays as it is.)
    EXPECT_EQ(wordsOf({"Team", "P", "W", "D", "L", "Pts"}), "|played|won|drawn|lost|points");
    EXPECT_EQ(wordsOf({"Name", "S", "U", "N"}), "|||");
    EXPECT_EQ(sayWithColumn(sportsColumns({"Sp", "S", "Pkt"})[2], "1"), "1 Punkt");
}

// A results table's party column, "party Lab", and a scorecard's captain, "Gill (c)": the party's name and the role said.
TEST(BlindRound84Test, shouldSayAResultsTablesPartyAndAScorecardsCaptain) {
    EXPECT_EQ(blindSay("Holloway Marsh, candidate Graham Pettifer, party Lab, votes 1,274", "en-GB"),
              "Holloway Marsh, candidate Graham Pettifer, party Labour, votes one thousand two hundred and seventy-four");
    EXPECT_EQ(blindSay("Eastgate, candidate Ann Lee, party Con, votes 847", "en-GB"), "Eastgate, candidate Ann Lee, party Conservative, votes eight hundred and forty-seven");
    // (Not a word that only starts like one: "the party of Lab" stays.)
    EXPECT_EQ(blindSay("He spoke for the party of Lab.", "en-GB"), "He spoke for the party of Lab.");
    EXPECT_EQ(blindSayInCricketReport("Shubman Gill (c) not out 94"), "Shubman Gill, captain, not out ninety-four");
    EXPECT_EQ(blindSayInCricketReport("Jos Buttler (c & wk) c Rahul b Bumrah 12"), "Jos Buttler, captain and wicketkeeper, caught Rahul bowled Bumrah twelve");
}

// A price in kroner by its measure, "3,12 kr/kWh", "2,50 kr/liter": kroner and øre, and "per" for the slash.
TEST(BlindRound84Test, shouldSayAPriceInKronerByItsMeasure) {
    EXPECT_EQ(blindSay("da den når 3,12 kr/kWh", "no"), "da den når 3 kroner og 12 øre per kilowattime");
    EXPECT_EQ(blindSay("prisen 2,50 kr/liter i dag", "no"), "prisen 2 kroner og 50 øre per liter i dag");
    EXPECT_EQ(blindSay("priset 1,25 kr/liter", "sv"), "priset 1 krona och 25 öre per liter");
    // (A rate of exchange is no price: "kroner/euro-kursen".)
    EXPECT_EQ(blindSay("kroner/euro-kursen steg", "no").find(" per "), std::string::npos);
}

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

namespace {

const std::string kParagraphs =
    "<p>The city council passed a budget of 1.38 billion dollars on Tuesday after a session that lasted eleven hours and ended "
    "after midnight.</p><p>Trash collection fees will rise by nine percent from October, the first increase in six years, to "
    "pay for new trucks and the drivers to run them.</p>";

}  // namespace

// Endless scrolling sets the next story after the first in the same template: only the first, the page's, is read. A long
// read's sections, each under a heading of one class, are all read.
TEST(BlindRound84Test, shouldReadOnlyTheFirstStoryOfAnEndlessScrollingPage) {
    const Article a = blindPageArticle("<html><body><main><div class=\"stream\"><article class=\"story\"><h1 class=\"headline\">Council "
                                       "passes budget</h1>" + kParagraphs +
                                       "</article><div class=\"divider\">Next story</div><article class=\"story\"><h2 class=\"headline\">"
                                       "Eagles reach the state final</h2><p>Junior catcher Mateo Rivas lined a two-out single in the tenth "
                                       "inning to send the Eagles to the state final on Saturday.</p><p>The Eagles face top-seeded Saint "
                                       "Albans at the ballpark by the river at four in the afternoon.</p></article></div></main></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("Trash collection fees"), std::string::npos) << body;
    EXPECT_EQ(body.find("Rivas"), std::string::npos) << body;
    const Article sections = blindPageArticle("<html><body><h1>How to profile a program</h1><main><section class=\"part\"><h1 class=\"sub\">"
                                              "Why profile</h1>" + kParagraphs + "</section><section class=\"part\"><h1 class=\"sub\">"
                                              "Existing tools</h1><p>Most commonly, profiling information serves to aid program "
                                              "optimization, and a profiler measures where the time goes.</p><p>The tools differ "
                                              "in what they cost the program while it runs and in what they show.</p></section>"
                                              "</main></body></html>");
    EXPECT_NE(blindBodyOf(sections).find("Most commonly"), std::string::npos) << blindBodyOf(sections);
}

// A print page's title, "Print: …", is the headline without its label.
TEST(BlindRound84Test, shouldTakeAPrintPagesTitleWithoutItsLabel) {
    const Article a = blindPageArticle("<html><head><title>Print: Sea ice fails to recover - The Science Weekly</title></head><body>"
                                       "<h1>Sea ice fails to recover</h1>" + kParagraphs + "</body></html>");
    EXPECT_EQ(a.title.rfind("Sea ice fails to recover", 0), 0u) << a.title;
    const Article media = blindPageArticle("<html><head><title>Print media faces a crisis</title></head><body><h1>Print media faces a crisis</h1>" +
                                           kParagraphs + "</body></html>");
    EXPECT_EQ(media.title, "Print media faces a crisis");
}

// A live page's "Pinned post" label, and an advertisement's label in Finnish, Romanian or Russian, on a line of their own.
TEST(BlindRound84Test, shouldLeaveOutAPinnedLabelAndAdvertisementLabelsInMoreLanguages) {
    const Article a = blindPageArticle("<html><body><article><h1>Storm live</h1><p class=\"label\">Pinned post</p>" + kParagraphs +
                                       "<p>Mainos</p><p>Publicitate</p><p>\320\240\320\265\320\272\320\273\320\260\320\274\320\260</p>"
                                       "<p>The storm is expected to pass by Thursday, forecasters said.</p></article></body></html>");
    const std::string body = blindBodyOf(a);
    for (const char* label : {"Pinned post", "Mainos", "Publicitate", "\320\240\320\265\320\272"}) EXPECT_EQ(body.find(label), std::string::npos) << body;
    EXPECT_NE(body.find("forecasters said"), std::string::npos) << body;
}

// A pull quote's speaker under it goes with it when the story names him by his surname; a caption written short,
// "img_cptn", is a caption; a gallery's header holds its standfirst.
TEST(BlindRound84Test, shouldLeaveOutAPullQuotesSpeakerAndAShortCaptionButReadAGallerysStandfirst) {
    const Article a = blindPageArticle("<html><body><article><h1>PSV beat Ajax</h1><p>PSV beat Ajax 3-2 on Sunday with a goal in the "
                                       "93rd minute. \"This is why you become a footballer,\" said Til after the match.</p>"
                                       "<aside class=\"pullquote\"><p>\"This is why you become a footballer\"</p><cite>Guus Til</cite></aside>"
                                       "<div class=\"artImg\"><img src=\"a.jpg\"><div class=\"img_cptn\">Fans celebrate the win at the stadium "
                                       "in Eindhoven on Sunday.</div></div><p>Ajax are now five points behind the leaders after ten matches "
                                       "of the season.</p></article></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("Guus Til\n"), std::string::npos) << body;
    for (const Block& b : a.blocks) {
        if (b.text.find("Fans celebrate") != std::string::npos) {
            EXPECT_EQ(b.kind, BlockKind::Caption) << b.text;
        }
    }
    EXPECT_NE(body.find("five points behind"), std::string::npos) << body;
    const Article gallery = blindPageArticle("<html lang=\"it\"><body><main><div class=\"gallery-head\"><h1>Venezia, acqua alta a 141 cm</h1>"
                                             "<p class=\"sommario\">La marea ha raggiunto i 141 centimetri alle 9.40 di martedì, quando in "
                                             "piazza c'era già mezzo metro d'acqua.</p></div><div class=\"gallery\"><figure><img src=\"1.jpg\">"
                                             "<figcaption><p>Piazza San Marco poco dopo le 9 di martedì. Il punto più basso della città è "
                                             "finito sotto quasi 60 cm d'acqua.</p></figcaption></figure><figure><img src=\"2.jpg\"><figcaption>"
                                             "<p>Il picco di 141 cm è stato registrato alla Punta della Salute alle 9.40 di martedì.</p>"
                                             "</figcaption></figure></div></main></body></html>");
    EXPECT_NE(blindBodyOf(gallery).find("mezzo metro"), std::string::npos) << blindBodyOf(gallery);
}

// A figure after what it numbers is its name: "la linea 1 fermo" is "uno", "1 anno" still "un anno".
TEST(BlindRound84Test, shouldLeaveAnItalianFigureAfterWhatItNumbers) {
    EXPECT_EQ(blindSay("Il vaporetto della linea 1 fermo alla fermata.", "it"), "Il vaporetto della linea 1 fermo alla fermata.");
    EXPECT_EQ(blindSay("Dopo 1 anno di lavori.", "it"), "Dopo un anno di lavori.");
}

// A story's part behind a paywall, hidden on the page and declared in its JSON-LD as not free (as publishers mark it for
// search engines), is read; the subscription box is not. Without the declaration a hidden part stays unread.
TEST(BlindRound84Test, shouldReadAStorysPartItsJsonLdDeclaresBehindAPaywall) {
    const std::string hidden = "<div class=\"article-premium\" aria-hidden=\"true\" style=\"display:none\"><p>The director said locum "
                               "anaesthetists cost two thousand euros a shift, which the hospital can no longer pay.</p><p>The ward "
                               "delivered 781 babies last year, most of them at night or at weekends.</p></div>";
    const std::string page = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                             "\"headline\":\"Maternity ward to close at night\",\"isAccessibleForFree\":false,\"hasPart\":{\"@type\":"
                             "\"WebPageElement\",\"isAccessibleForFree\":false,\"cssSelector\":\".article-premium\"}}</script></head><body>"
                             "<article><h1>Maternity ward to close at night</h1>" + kParagraphs +
                             "<div class=\"paywall\"><p>The rest of this article is for subscribers.</p><a href=\"/subscribe\">Subscribe"
                             "</a></div>" + hidden + "</article></body></html>";
    const std::string body = blindBodyOf(blindPageArticle(page));
    EXPECT_NE(body.find("781 babies"), std::string::npos) << body;
    EXPECT_EQ(body.find("for subscribers"), std::string::npos) << body;
    std::string undeclared = page;
    undeclared.replace(undeclared.find("\"hasPart\""), std::string("\"hasPart\"").size(), "\"notPart\"");
    EXPECT_EQ(blindBodyOf(blindPageArticle(undeclared)).find("781 babies"), std::string::npos);
}

// A page that renders its story with scripts and holds its text only in the data it hands them ("__NEXT_DATA__"): its
// paragraphs are read, its advertisements and pull quotes among them are not.
TEST(BlindRound84Test, shouldReadAStoryThePageHoldsOnlyInItsScriptsData) {
    const Article a = blindPageArticle(
        "<html lang=\"de\"><head><title>Bahn und GDL einigen sich</title></head><body><div id=\"__next\"><h1>Bahn und GDL einigen sich</h1>"
        "</div><script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{\"article\":{\"body\":["
        "{\"type\":\"paragraph\",\"html\":\"Die Deutsche Bahn und die GDL haben ihren Tarifkonflikt nach mehr als f\303\274nf Monaten beigelegt.\"},"
        "{\"type\":\"ad\",\"slot\":\"mrec-1\"},"
        "{\"type\":\"paragraph\",\"html\":\"Kern des Abschlusses ist die Absenkung der Wochenarbeitszeit von 38 auf 35 Stunden.\"},"
        "{\"type\":\"quote\",\"text\":\"Ein historischer Abschluss\"},"
        "{\"type\":\"paragraph\",\"html\":\"Au\303\237erdem steigen die L\303\266hne in zwei Stufen um insgesamt 420 Euro pro Monat.\"},"
        "{\"type\":\"related\",\"text\":\"Alles zum Bahnstreik\"}]}}}}</script></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("Tarifkonflikt"), std::string::npos) << body;
    EXPECT_NE(body.find("420 Euro"), std::string::npos) << body;
    EXPECT_EQ(body.find("historischer"), std::string::npos) << body;
    EXPECT_EQ(body.find("Alles zum"), std::string::npos) << body;
}

// A results table's "[1] J. Sinner (ITA) | d. | [5] D. Medvedev | 6-2 1-6": every row read (the first is no note's mark),
// the seed after the name, "d." as the win, and the country's code as the country.
TEST(BlindRound84Test, shouldReadATennisResultsTablesSeedsAndWins) {
    const Article a = blindPageArticle("<html><body><article><h1>Sinner into semi-finals</h1>" + kParagraphs +
                                       "<table><caption>Men's quarter-finals</caption>"
                                       "<tr><td>[1] J. Sinner (ITA)</td><td>d.</td><td>[5] D. Medvedev</td><td>6-2 1-6 6-1 6-4</td></tr>"
                                       "<tr><td>[25] J. Draper (GBR)</td><td>d.</td><td>[10] A. de Minaur (AUS)</td><td>6-3 7-5 6-2</td></tr>"
                                       "</table></article></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("J. Sinner (ITA), seed 1, beat, D. Medvedev, seed 5, 6-2 1-6 6-1 6-4"), std::string::npos) << body;
    EXPECT_NE(body.find("J. Draper (GBR), seed 25, beat, A. de Minaur (AUS), seed 10"), std::string::npos) << body;
    EXPECT_EQ(blindSay("J. Draper (GBR), seed 25, beat, A. de Minaur (AUS), seed 10, 6-3 7-5 6-2"),
              "J Draper, Great Britain, seed twenty-five, beat, A. de Minaur, Australia, seed ten, six-three, seven-five, six-two");
}

// An agency's initials before a heading's colon, once, are no interview's speaker: "FHP: Driver, 27, …" stays, though the
// story names the Florida Highway Patrol; "FL511" is no flight level (levels end on 0 or 5).
TEST(BlindRound84Test, shouldLeaveAnAgencysInitialsAndATrafficLinesName) {
    const Article a = blindPageArticle("<html><body><article><h1>Crash on I-95</h1><h2>FHP: Driver, 27, was traveling south in "
                                       "northbound lanes</h2><p>Three people were killed early Saturday when a wrong-way driver hit two "
                                       "vehicles on Interstate 95, the Florida Highway Patrol said in a statement.</p><p>According to an "
                                       "FHP crash report, the driver was heading south in the northbound lanes near mile marker 373."
                                       "</p></article></body></html>");
    EXPECT_NE(blindBodyOf(a).find("FHP: Driver"), std::string::npos) << blindBodyOf(a);
    EXPECT_EQ(blindSay("according to FDOT's FL511 system.").find("flight level"), std::string::npos);
    EXPECT_EQ(blindSay("It cruised at FL350."), "It cruised at flight level three five zero.");
}

// "Posted by Eilidh Brannigan, Courts Reporter" over the date line is the byline; so is a Markdown byline in bold over
// "Last updated: …", its job after a bar left out.
TEST(BlindRound84Test, shouldTakeAPostedByLineAndABoldBylineOverItsUpdate) {
    const Article posted = blindTextArticle("Council approves budget\n\nPosted by Eilidh Brannigan, Courts Reporter\nPublished: 14:07, 3 April 2025\n\n"
                                            "The council approved its budget on Tuesday after a long debate about bins and libraries.\n");
    EXPECT_EQ(posted.title, "Council approves budget");
    EXPECT_EQ(posted.byline, "Eilidh Brannigan");
    const Article bold = blindTextArticle("# Kowalczyk wins Heritage Classic\n\n**By Duncan McAllister** | Golf Correspondent\n"
                                          "Last updated: 10:42 PM EDT, Sun August 18, 2024\n\nPiotr Kowalczyk started the final round "
                                          "three shots off the lead and won by two.\n", "story.md");
    EXPECT_EQ(bold.byline, "Duncan McAllister");
    // (On a page whose metadata names a group as the author, "Android Developers", the writer printed is the byline.)
    const Article page = blindPageArticle("<html><head><meta name=\"author\" content=\"Android Developers\"></head><body><article>"
                                          "<h1>Smaller app updates</h1><p>Posted by Andrew Hayden, Software Engineer on Google Play</p>" +
                                          kParagraphs + "</article></body></html>");
    EXPECT_EQ(page.byline, "Andrew Hayden");
}

// A chess score in a sentence of chess, in a story of other things ("leads on 5/7"), and a span of two days written short,
// "(1/1–3/31)".
TEST(BlindRound84Test, shouldSayAChessScoreInASentenceOfChessAndASpanOfDaysWrittenShort) {
    EXPECT_EQ(blindSay("Grandmaster Aditi Raghunathan won in round 7. She leads on 5/7, half a point clear."),
              "Grandmaster Aditi Raghunathan won in round seven. She leads on five out of seven, half a point clear.");
    EXPECT_EQ(blindSay("The vote is on 5/7."), "The vote is on May seventh.");
    EXPECT_EQ(blindSay("The pilot (1/1\342\200\223" "3/31) lets riders travel free."),
              "The pilot, January first to March thirty-first, lets riders travel free.");
    EXPECT_EQ(blindSay("The window (1/4-30/6) closes.", "en-GB"), "The window, the first of April to the thirtieth of June, closes.");
}

// Ukrainian: thousands set apart by a space are one number ("9 000" was "nine, nought nought nought"), and the short forms
// of amounts and units are words ("млн" was spelled).
TEST(BlindRound84Test, shouldSayUkrainianThousandsAndShortForms) {
    EXPECT_EQ(blindSay("Без світла залишилися 12 640 абонентів.", "uk"), "Без світла залишилися 12640 абонентів.");
    EXPECT_EQ(blindSay("Збитки становлять 12,6 млн грн.", "uk"), "Збитки становлять 12,6 мільйонів гривень.");
    // (Lithuanian too.)
    EXPECT_EQ(blindSay("Kaina 9 000 eurų.", "lt"), "Kaina 9000 eurų.");
}

// A code's last A is the letter's name, not the article ("A1A" was "A-one uh"); a name of four capitals said as a word keeps
// it in a code ("LEAP-1A" was spelled); a time in UTC written with its zone's letter, "13:05Z", is said so.
TEST(BlindRound84Test, shouldSayACodesLastAAndAWordInItAndAZuluTime) {
    EXPECT_EQ(blindSay("the State Road 200/A1A interchange").find("A-one eh"), std::string("the State Road two hundred/").size());
    EXPECT_EQ(blindSay("two CFM LEAP-1A engines"), "two CFM LEAP one eh engines");
    EXPECT_EQ(blindSay("the ABCD-12 code"), "the eh B C D twelve code");
    EXPECT_EQ(blindSay("The crew declared an emergency at 13:05Z over Shannon."),
              "The crew declared an emergency at thirteen oh five UTC over Shannon.");
    EXPECT_EQ(blindSay("Generation Z voters"), "Generation Z voters");
}

// (A question-and-answer session keeps its A, and a junction's lettered exit its letter's name.)
TEST(BlindRound84Test, shouldSayALetteredJunctionButKeepAQuestionAndAnswerSession) {
    EXPECT_EQ(blindSay("during the Q&A session"), "during the Q and A session");
    EXPECT_EQ(blindSay("between J4 and J3A on the motorway", "en-GB"), "between junction four and junction three eh on the motorway");
}

// A race's classification embedded in the story ("results-embed", its times no clip's) is read, its points said with their
// column's word.
TEST(BlindRound84Test, shouldReadARacesClassificationEmbeddedInTheStory) {
    const Article a = blindPageArticle("<html><body><article><h1>Norris wins in Singapore</h1>" + kParagraphs +
                                       "<div class=\"results-embed\"><table><tr><th>Pos</th><th>Driver</th><th>Team</th><th>Time/Gap</th>"
                                       "<th>Pts</th></tr><tr><td>1</td><td>Lando Norris</td><td>McLaren</td><td>1:40:52.571</td><td>25</td>"
                                       "</tr><tr><td>2</td><td>Max Verstappen</td><td>Red Bull</td><td>+20.945s</td><td>18</td></tr></table>"
                                       "</div></article></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("1, Lando Norris, McLaren, 1:40:52.571, 25 points"), std::string::npos) << body;
}

// Years and dates other languages write short: Portuguese's span of years ("(2019-2023)" was "minus"), a German date alone in
// brackets, a Finnish span of days.
TEST(BlindRound84Test, shouldSaySpansOfYearsAndDaysInOtherLanguages) {
    EXPECT_EQ(blindSay("Ela foi diretora do banco (2019-2023).", "pt-BR"), "Ela foi diretora do banco (2019 a 2023).");
    EXPECT_EQ(blindSay("o placar 2023-2019", "pt-BR"), "o placar 2023-2019");
    EXPECT_EQ(blindSay("Korrektur (16.9., 10.20 Uhr): falsch.", "de"), "Korrektur (sechzehnter September, 10 Uhr 20): falsch.");
    EXPECT_EQ(blindSay("Die Quote lag bei 16,9.", "de"), "Die Quote lag bei 16,9.");
    EXPECT_EQ(blindSay("Kokous pidetään 22.\342\200\223" "23.4. kaupungissa.", "fi"),
              "Kokous pidetään kahdentenakymmenentenätoisena\342\200\223kahdentenakymmenentenäkolmantena neljättä kaupungissa.");
}

// Wire copy's "trln", a golf course's "par 5s", and a results table's party in capitals, "party IND".
TEST(BlindRound84Test, shouldSayTrillionsParsAndAPartyInCapitals) {
    EXPECT_EQ(blindSay("Japan spent a record 9.79 trln yen defending it."), "Japan spent a record nine point seven nine trillion yen defending it.");
    EXPECT_EQ(blindSay("He birdied all four par 5s."), "He birdied all four par fives.");
    EXPECT_EQ(blindSay("the independents, party IND, seats 3"), "the independents, party Independent, seats three");
    // (Not a decade's or a count's plural: "the 1990s", "in 5s and 10s".)
    EXPECT_EQ(blindSay("in the 1990s"), "in the nineteen nineties");
}

// The re-check's near misses: what the round's rules must leave as it was.
TEST(BlindRound84Test, shouldLeaveWhatTheRoundsRulesDoNotCover) {
    // (Prose's "party", a date in a sentence of chess, a span of inch fractions, a nickname or a vote's tallies.)
    EXPECT_EQ(blindSay("At the party I, like everyone else, danced."), "At the party I, like everyone else, danced.");
    EXPECT_EQ(blindSay("The chess tournament is on 6/15."), "The chess tournament is on June fifteenth.");
    EXPECT_EQ(blindSay("a 3/16-5/16 inch drill bit").find("March"), std::string::npos);
    EXPECT_EQ(blindSay("Samuel (Sam) Ortiz said the board passed it 5-4 and 6-3.").find("Samoa"), std::string::npos);
    // (Telephones' groups in the languages whose thousands are joined: after another group, or from a nought.)
    EXPECT_EQ(blindSay("\317\204\316\267\316\273. 2310 555 555", "el"), "\317\204\316\267\316\273. 2310 555 555");
    EXPECT_EQ(blindSay("0 800 500 335", "uk"), "0 800 500 335");
    // (Italian counts after a label noun without its article; a German section's number in brackets; Portuguese's
    // telephone after its area code.)
    EXPECT_EQ(blindSay("In zona 1 morto.", "it"), "In zona un morto.");
    EXPECT_EQ(blindSay("Siehe Abschnitt (3.4.) unten.", "de"), "Siehe Abschnitt (3.4.) unten.");
    EXPECT_EQ(blindSay("Ligue (11) 2030-2045.", "pt-BR").find(" a "), std::string::npos);

    // (A quoted post's "Posted by … on Truth Social" is no byline; a long read's chapters are one story; a table's notes
    // in brackets are no seeds.)
    const Article post = blindTextArticle("Trump attacks judge\n\nThe former president attacked the judge in a post on Sunday night, "
                                          "calling the ruling a disgrace to the country.\n\nPosted by Donald Trump on Truth Social\n\n"
                                          "The judge declined to comment on the post on Monday morning.\n");
    EXPECT_EQ(post.byline, "");
    const Article chapters = blindPageArticle("<html><body><main><section class=\"chapter\"><h1 class=\"title\">The long road</h1>" +
                                              kParagraphs + "</section><section class=\"chapter\"><h2 class=\"title\">Part two</h2><p>The "
                                              "second part of the story begins in the hills above the town, where the road was built "
                                              "in the nineteenth century.</p><p>Farmers there say the road changed everything about "
                                              "how they lived and worked.</p></section></main></body></html>");
    EXPECT_NE(blindBodyOf(chapters).find("nineteenth century"), std::string::npos) << blindBodyOf(chapters);
    const Article notes = blindPageArticle("<html><body><article><h1>Jobs figures</h1>" + kParagraphs +
                                           "<table><tr><td>[1] Figures are seasonally adjusted</td><td>[2] Source: ONS</td></tr></table>"
                                           "</article></body></html>");
    EXPECT_EQ(blindBodyOf(notes).find("seed"), std::string::npos) << blindBodyOf(notes);
}

// A page that shows its story keeps it, though its scripts' data holds a longer list of paragraphs (the next story, the
// comments).
TEST(BlindRound84Test, shouldKeepTheStoryAPageShowsBesideItsScriptsData) {
    std::string other;
    for (int k = 0; k < 12; ++k) {
        other += "{\"type\":\"paragraph\",\"html\":\"The bakery on the corner has sold bread to the street for ninety years and "
                 "will close at the end of the month, its owner said.\"},";
    }
    other.pop_back();
    const Article a = blindPageArticle("<html><body><article><h1>Council passes budget</h1>" + kParagraphs + kParagraphs +
                                       "</article><script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"next\":{\"body\":[" +
                                       other + "]}}}</script></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("Trash collection"), std::string::npos) << body;
    EXPECT_EQ(body.find("bakery"), std::string::npos) << body;
}

// A gloss in small letters with its plural's "s" is not said again ("basis point (bps)"); one whose "s" is its own initial
// still is left out ("short message service (sms)"), and a word in brackets that glosses nothing stays.
TEST(BlindRound84Test, shouldLeaveOutAGlossInSmallLettersWithItsPlural) {
    EXPECT_EQ(blindSay("a 25 basis point (bps) cut"), "a twenty-five basis point cut");
    EXPECT_EQ(blindSay("by short message service (sms) today"), "by short message service today");
    EXPECT_EQ(blindSay("we ran ads (ads) here"), "we ran ads, ads, here");
}

// A health page's reviewer on a line of its own under the byline is not read; a sentence that says who reviewed is.
TEST(BlindRound84Test, shouldLeaveOutAReviewersLine) {
    const Article a = blindTextArticle("Walnut snack linked to lower cholesterol\n\nBy Fatima Al-Hadidi\nMarch 12, 2025\n\n"
                                       "Reviewed by Sarah Lindqvist, RD\n\nA handful of walnuts a day may lower cholesterol by a small "
                                       "amount, a trial published on Tuesday found.\n\nReviewed by the journal's editors, the trial ran "
                                       "for sixteen weeks in three centres.\n");
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("Sarah Lindqvist"), std::string::npos) << body;
    EXPECT_NE(body.find("Reviewed by the journal's editors"), std::string::npos) << body;
}

// What blind round 49 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "ingest/Ingest.hpp"
#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"
#include "text/SentenceSplitter.hpp"
#include "text/WireCopy.hpp"

using namespace readcast;

namespace {

std::string sayRound49(const std::string& text, const std::string& language = "en") {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", language, {});
    return Normalizer(language, &lexicon).normalize(text);
}

// The body's text, one block a line.
std::string bodyOfRound49(const Article& a) {
    std::string body;
    for (const Block& b : a.blocks) body += b.text + "\n";
    return body;
}

const std::string kRound49Story =
    "The council approved the plan on Tuesday after a long debate about the number of homes and the height of the towers. ";

}  // namespace

// A listed miner's release: the board's authorisation, its contacts and its geologist's statement close it.
TEST(BlindRound49Test, shouldDropAMinersReleaseBoilerplate) {
    const Article a = ingestArticle(
        Input{"release.txt", "Karinga hits high-grade gold at Mulga Well\n\n" + kRound49Story + "\n\n" + kRound49Story +
                                 "\n\nThe company's budget for the year is A$4.8 million.\n\n"
                                 "This announcement has been authorised for release by the Board of Karinga Resources Limited.\n\n"
                                 "For further information, please contact:\nSimon Pettigrew, Managing Director\n+61 8 9322 4410\n\n"
                                 "Competent Person's Statement\n\nThe information in this announcement that relates to Exploration "
                                 "Results is based on information compiled by Mr Greg Halloran, a Competent Person.\n"},
        InputFormat::Auto);
    const std::string body = bodyOfRound49(a);
    EXPECT_NE(body.find("budget for the year"), std::string::npos) << body;
    for (const char* gone : {"authorised for release", "further information", "Pettigrew", "Competent Person"}) {
        EXPECT_EQ(body.find(gone), std::string::npos) << gone << " in " << body;
    }
}

// A page's furniture found in round 49: a box that discloses its affiliate links, a topic's follow button, a stream's
// service note; a job title's outlet is no second writer.
TEST(BlindRound49Test, shouldDropAffiliateBoxesFollowButtonsAndStreamNotes) {
    const std::string html =
        "<html><head><title>Stamp duty rises</title><meta name=\"author\" content=\"Helen Kirrane, Deputy Editor, This Is Money\"></head>"
        "<body><article><h1>Stamp duty rises</h1><aside class=\"inline-track\"><span>Follow Money on Site</span><a href=\"#\">Get notified</a></aside>"
        "<p>" + kRound49Story + kRound49Story + "</p>"
        "<div class=\"mol-factbox floatRHS\"><h3>Where to find the best deals</h3><p>Our independent mortgage finder can help you compare "
        "thousands of deals.</p><p>Affiliate links: If you take out a product we may earn a commission.</p></div>"
        "<p>" + kRound49Story + "</p>"
        "<p><strong>How to watch?</strong> You can watch the Cup on the club's YouTube and Twitch channels from 1 p.m.</p>"
        "<p>How to watch the eclipse safely: use certified glasses and never look at the Sun directly, experts said.</p>"
        "<p>" + kRound49Story + "</p></article></body></html>";
    const Article a = ingestArticle(Input{"page.html", html}, InputFormat::Auto);
    const std::string body = bodyOfRound49(a);
    for (const char* gone : {"best deals", "mortgage finder", "Affiliate", "Get notified", "Follow Money", "watch the Cup"}) {
        EXPECT_EQ(body.find(gone), std::string::npos) << gone << " in " << body;
    }
    EXPECT_NE(body.find("eclipse safely"), std::string::npos) << body;
    EXPECT_EQ(a.byline, "Helen Kirrane");
}

// A text's masthead line under its date is the publication's name, not the story's.
TEST(BlindRound49Test, shouldDropAMastheadLineThatNamesTheSite) {
    const Article a = ingestArticle(Input{"health.txt", "Measles cases top 1,200\nBy Helen Marsh\nPublished: June 12, 2025\nThe Health Desk\n\n" +
                                                            kRound49Story + "\n\n" + kRound49Story + "\n\n\u00A9 2025 The Health Desk\n"},
                                    InputFormat::Auto);
    EXPECT_EQ(a.site, "The Health Desk");
    EXPECT_EQ(bodyOfRound49(a).find("Health Desk"), std::string::npos) << bodyOfRound49(a);
}

// A drill hole's intercept: its lengths in metres, its grade in grams a tonne, the metal by its name.
TEST(BlindRound49Test, shouldReadADrillHolesIntercept) {
    EXPECT_EQ(sayRound49("DD24-003: 6.2m at 5.7 g/t Au from 203.8m."),
              "D D twenty-four zero zero three: six point two meters at five point seven grams per tonne gold from two hundred three point eight meters.");
    EXPECT_EQ(sayRound49("It returned 21m at 1.26% Cu and 0.5 oz/t Ag."),
              "It returned twenty-one meters at one point two six percent copper and zero point five ounces per tonne silver.");
    EXPECT_EQ(sayRound49("Three diamond tails for 812.4m were drilled."), "Three diamond tails for eight hundred twelve point four meters were drilled.");
    // (A decimal with "m" elsewhere is still a million.)
    EXPECT_EQ(sayRound49("It rose 1.5% to 23.4m people and a 1.2m budget."),
              "It rose one point five percent to twenty-three point four million people and a one point two million budget.");
    EXPECT_EQ(sayRound49("Cu and Au are symbols."), "Cu and Au are symbols.");
    // (Nor a purse or a hole in the accounts; nor a co-operative or a name after a rate.)
    EXPECT_EQ(sayRound49("The tournament offers a 2.5m purse over 72 holes."), "The tournament offers a two point five million purse over seventy-two holes.");
    EXPECT_EQ(sayRound49("He grew the stake to 51% Co-op members and 4% Mo Farah fans."),
              "He grew the stake to fifty-one percent Co-op members and four percent Mo Farah fans.");
}

// Streets, votes and labels: a numbered street after a direction, a street named without its type, a vote's tally after
// the chamber, a party and home town at the sentence's end, a section after "the".
TEST(BlindRound49Test, shouldReadStreetsTalliesAndLabels) {
    EXPECT_EQ(sayRound49("It is on Southwest 152nd Street."), "It is on Southwest one hundred fifty-second Street.");
    EXPECT_EQ(sayRound49("They agreed to buy 1407 Broadway."), "They agreed to buy fourteen oh seven Broadway.");
    EXPECT_EQ(sayRound49("About 1500 Broadway fans came."), "About one thousand five hundred Broadway fans came.");
    EXPECT_EQ(sayRound49("The bill passed the House 139-6 and the Senate 30-1."),
              "The bill passed the House one hundred thirty-nine to six and the Senate thirty to one.");
    EXPECT_EQ(sayRound49("He flew the Boeing 737-800 home."), "He flew the Boeing seven thirty-seven eight hundred home.");
    EXPECT_EQ(sayRound49("said Rep. Ana Flores, D-Austin."), "said Representative Ana Flores, Democrat of Austin.");
    EXPECT_EQ(sayRound49("For the s 61I offence he got four years."), "For the section sixty-one I offence he got four years.");
    EXPECT_EQ(sayRound49("He wears a s 12 shoe."), "He wears a s twelve shoe.");
}

// A fighter's record with his knockouts, a grain price to the quarter cent, grades with their stars, a degree's class,
// a subway's lettered lines, a plural initialism alone between commas.
TEST(BlindRound49Test, shouldReadRecordsPricesGradesAndLetters) {
    EXPECT_EQ(sayRound49("Ortiz (24-0, 21 KOs) beat Coria (17-9-1, 6 KOs)."),
              "Ortiz, twenty-four and oh, twenty-one K O's, beat Coria, seventeen, nine and one, six K O's.");
    EXPECT_EQ(sayRound49("Corn fell 7\u00BE cents to $4.38\u00BC a bushel."),
              "Corn fell seven and three quarters cents to four dollars and thirty-eight and a quarter cents a bushel.");
    EXPECT_EQ(sayRound49("It cost $4.38 a bushel."), "It cost four dollars and thirty-eight cents a bushel.");
    EXPECT_EQ(sayRound49("Its offer rose from AAA to A*AA, then A*A*A.", "en-GB"), "Its offer rose from triple-eh to eh-star eh eh, then eh-star eh-star eh.");
    EXPECT_EQ(sayRound49("Departments rated 4* for impact; a first or 2:1 degree.", "en-GB"),
              "Departments rated four-star for impact; a first or two-one degree.");
    EXPECT_EQ(sayRound49("He won 2:1 at home.", "en-GB"), "He won two to one at home.");
    EXPECT_EQ(sayRound49("There will be no A or C service on the A, C and E lines."),
              "There will be no eh or C service on the eh, C and E lines.");
    EXPECT_EQ(sayRound49("A man and a woman came."), "A man and a woman came.");
}

// Korean weather: degrees, air's volume and dust by their signs, a temperature below zero, a span written with "~".
TEST(BlindRound49Test, shouldReadKoreanWeather) {
    EXPECT_EQ(sayRound49("\uCD98\uCC9C -1.2\u2103, \uC11C\uC6B8 2.4\u2103", "ko"), "\uCD98\uCC9C \uC601\uD558 1 \uC810 2\uB3C4, \uC11C\uC6B8 2 \uC810 4\uB3C4");
    EXPECT_EQ(sayRound49("\uC601\uD558 8\uB3C4~\uC601\uC0C1 2\uB3C4, '\uC88B\uC74C'~'\uBCF4\uD1B5'", "ko"),
              "\uC601\uD558 8\uB3C4\uC5D0\uC11C \uC601\uC0C1 2\uB3C4, '\uC88B\uC74C'\uC5D0\uC11C '\uBCF4\uD1B5'");
    EXPECT_EQ(sayRound49("1\u33A5\uB2F9 12\u338D", "ko"), "1\uC138\uC81C\uACF1\uBBF8\uD130\uB2F9 12\uB9C8\uC774\uD06C\uB85C\uADF8\uB7A8");
    EXPECT_EQ(sayRound49("\uC218\uC775\uB960 -2.5%", "ko"), "\uC218\uC775\uB960 \uB9C8\uC774\uB108\uC2A4 2 \uC810 5 \uD37C\uC13C\uD2B8");
}

// Concentrations and basis points in French; a minus set as an en dash in Swedish; Italian parties; a part of the year
// by its Roman numeral in Indonesian.
TEST(BlindRound49Test, shouldReadUnitsSignsAndPartiesInOtherLanguages) {
    EXPECT_EQ(sayRound49("0,1 \u00B5g/l, 50 mg/l, 25 \u00B5g/m3 et 150 pb", "fr"),
              "0,1 microgramme par litre, 50 milligrammes par litre, 25 microgrammes par m\u00E8tre cube et 150 points de base");
    EXPECT_EQ(sayRound49("842 miljoner kronor (\u2013120) och 3\u20132", "sv"), "842 miljoner kronor (minus 120) och 3\u20132");
    EXPECT_EQ(sayRound49("mentre Avs ha annunciato, il Wi-Fi gratuito", "it"), "mentre A vu esse ha annunciato, il Wi-Fi gratuito");
    EXPECT_EQ(sayRound49("pada kuartal I 2026 dan semester II, Saya I", "id"), "pada kuartal 1 2026 dan semester 2, Saya I");
}

// A slash between two words is not said; a short form after a slash that glosses the words before it goes, or is
// named after a pause; units, addresses, figures and single letters keep theirs.
TEST(BlindRound49Test, shouldNotSayASlashBetweenWords) {
    EXPECT_EQ(sayRound49("il rapporto deficit/Pil, 50 mg/l, rai.it/news, il 3/4", "it"),
              "il rapporto deficit Pil, 50 milligrammi per litro, rai punto it/news, il 3/4");
    EXPECT_EQ(sayRound49("secara tahunan (year on year/yoy) dan (non performing loan/NPL)", "id"),
              "secara tahunan (year on year) dan (non performing loan, NPL)");
    EXPECT_EQ(sayRound49("\uC6D0/\uB2EC\uB7EC \uD658\uC728", "ko"), "\uC6D0 \uB2EC\uB7EC \uD658\uC728");
    // (English reads its own: "and/or", "w/o", "deficit-to-GDP".)
    EXPECT_EQ(sayRound49("the deficit/GDP ratio"), "the deficit-to-GDP ratio");
}

// Emergency and service lines said figure by figure where the text names or calls them; a count stays a count.
TEST(BlindRound49Test, shouldSayEmergencyNumbersFigureByFigure) {
    EXPECT_EQ(sayRound49("Sie hat \u00FCber den Notruf 110 Hilfe geholt und 112 angerufen.", "de"),
              "Sie hat \u00FCber den Notruf 1 1 0 Hilfe geholt und 1 1 2 angerufen.");
    EXPECT_EQ(sayRound49("Im Stadtrat wurden 115 gew\u00E4hlt.", "de"), "Im Stadtrat wurden 115 gew\u00E4hlt.");
    EXPECT_EQ(sayRound49("Es gab 110 Verletzte.", "de"), "Es gab 110 Verletzte.");
    EXPECT_EQ(sayRound49("Henvendelse kan ske p\u00E5 telefon 114. Der var 114 deltagere.", "da"),
              "Henvendelse kan ske p\u00E5 telefon 1 1 4. Der var 114 deltagere.");
    EXPECT_EQ(sayRound49("Ik heb meteen 112 gebeld, na een 112-melding. De bel ging 112 keer.", "nl"),
              "Ik heb meteen 1 1 2 gebeld, na een 1 1 2-melding. De bel ging 112 keer.");
    EXPECT_EQ(sayRound49("Politiet fik ved 04-tiden et tip.", "da"), "Politiet fik ved 4-tiden et tip.");
    EXPECT_EQ(sayRound49("mais 1,8 bili\u00F5es de Kz e 13,2 milh\u00F5es de MT, o estado de MT", "pt-PT"),
              "mais 1,8 bili\u00F5es de kwanzas e 13,2 milh\u00F5es de meticais, o estado de M T");
}

// Sentences that end on a clock on the hour or a telephone's number, and quotations opened with two commas.
TEST(BlindRound49Test, shouldEndSentencesOnClocksNumbersAndTypedQuotes) {
    const SentenceSplitter danish("da");
    EXPECT_EQ(danish("Det skete mellem klokken 01.30 og 04.00. Henvendelse kan ske p\u00E5 telefon 114. Politiet efterlyser vidner.").size(), 3u);
    EXPECT_EQ(danish("Det sker den 3.4. i Aarhus.").size(), 1u);
    const SentenceSplitter dutch("nl");
    const std::vector<std::string> s = dutch("Hij reed achter de vrachtwagen. ,,Ik zag hem ineens slingeren.'' Hij remde.");
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[1], "\u201EIk zag hem ineens slingeren.\u201D");
}

// A dpa story from a regional service: its dateline's code, the agency as the site, its notes to editors.
TEST(BlindRound49Test, shouldReadADpaRegionalStory) {
    const auto dateline = splitDateline("Osnabr\u00FCck (dpa/lni) - Knapp neun Monate nach der Tat hat der Prozess begonnen.");
    ASSERT_TRUE(dateline.has_value());
    EXPECT_EQ(dateline->place, "Osnabr\u00FCck.");
    const std::string story = "Der Prozess wird am Freitag fortgesetzt, sagte eine Sprecherin des Gerichts am Dienstag in der Stadt. ";
    const Article a = ingestArticle(
        Input{"dpa.txt", "Mordprozess in Osnabr\u00FCck beginnt\n\nVon Julia Weber, dpa\n\nOsnabr\u00FCck (dpa/lni) - " + story + story + "\n\n" + story +
                             "\n\ndpa-Notizblock\n\n## Orte\n- [Landgericht Osnabr\u00FCck](Neumarkt 2, 49074 Osnabr\u00FCck)\n\n## Termine\n"
                             "- 6. M\u00E4rz, 9.00 Uhr: Fortsetzung der Hauptverhandlung\n"},
        InputFormat::Auto);
    EXPECT_EQ(a.site, "dpa");
    EXPECT_EQ(a.byline, "Julia Weber");
    const std::string body = bodyOfRound49(a);
    EXPECT_EQ(body.find("Orte"), std::string::npos) << body;
    EXPECT_EQ(body.find("Fortsetzung der Hauptverhandlung"), std::string::npos) << body;
}

// Hebrew: the shekel as a sign or an abbreviation, counted in the masculine as a date's day is; abbreviations written with
// gershayim said in words. Arabic: a month named twice with a slash, the percent sign, a doctor's title.
TEST(BlindRound49Test, shouldReadHebrewShekelsAndAbbreviationsAndArabicTitles) {
    EXPECT_EQ(sayRound49("\u05E2\u05DC\u05D4 \u05DB-\u20AA22 \u05D5-264 \u05E9\"\u05D7, \u05DE-1 \u05D1\u05D0\u05E4\u05E8\u05D9\u05DC, \u05D1-3 \u05D1\u05E0\u05D9\u05DD", "he"),
              "\u05E2\u05DC\u05D4 \u05DB\u05E2\u05E9\u05E8\u05D9\u05DD \u05D5\u05E9\u05E0\u05D9\u05D9\u05DD \u05E9\u05E7\u05DC\u05D9\u05DD "
              "\u05D5\u05DE\u05D0\u05EA\u05D9\u05D9\u05DD \u05E9\u05D9\u05E9\u05D9\u05DD \u05D5\u05D0\u05E8\u05D1\u05E2\u05D4 \u05E9\u05E7\u05DC\u05D9\u05DD, "
              "\u05DE\u05D0\u05D7\u05D3 \u05D1\u05D0\u05E4\u05E8\u05D9\u05DC, \u05D1\u05E9\u05DC\u05D5\u05E9 \u05D1\u05E0\u05D9\u05DD");
    EXPECT_EQ(sayRound49("\u05D9\u05D5\"\u05E8 \u05D4\u05D5\u05D5\u05E2\u05D3\u05D4 \u05D5\u05DC\u05E7\u05D5\u05D8\"\u05E9", "he"),
              "\u05D9\u05D5\u05E9\u05D1 \u05E8\u05D0\u05E9 \u05D4\u05D5\u05D5\u05E2\u05D3\u05D4 \u05D5\u05DC\u05E7\u05D9\u05DC\u05D5\u05D5\u05D0\u05D8 \u05E9\u05E2\u05D4");
    EXPECT_EQ(sayRound49("\u0627\u0644\u062B\u0644\u0627\u062B\u0627\u0621 3 \u0645\u0627\u0631\u0633/\u0622\u0630\u0627\u0631 \u0627\u0631\u062A\u0641\u0639 49% \u0642\u0627\u0644 \u062F. \u0633\u0627\u0645\u062D", "ar"),
              "\u0627\u0644\u062B\u0644\u0627\u062B\u0627\u0621 3 \u0645\u0627\u0631\u0633 \u0622\u0630\u0627\u0631 \u0627\u0631\u062A\u0641\u0639 49 \u0628\u0627\u0644\u0645\u0627\u0626\u0629 "
              "\u0642\u0627\u0644 \u0627\u0644\u062F\u0643\u062A\u0648\u0631 \u0633\u0627\u0645\u062D");
}

// Polish: minutes written short after a figure; a goal's minute and how it was scored, alone in a bracket, are no
// compound adjective; a Russian short form of single letters keeps its slash for the rules.
TEST(BlindRound49Test, shouldReadPolishMinutesAndKeepShortFormsSlashes) {
    EXPECT_EQ(sayRound49("W doliczonym czasie gry (5 min), 3 min", "pl"), "W doliczonym czasie gry (5 minut), 3 minuty");
    EXPECT_EQ(sayRound49("Wszo\u0142ek (34-g\u0142ow\u0105), 20-minutowy", "pl"), "Wszo\u0142ek (34-g\u0142ow\u0105), dwudziestominutowy");
    EXPECT_EQ(sayRound49("\u0440\u043E\u0441\u0442 9% \u0433/\u0433", "ru").find("/"), std::string::npos);
    EXPECT_NE(sayRound49("\u0440\u043E\u0441\u0442 9% \u0433/\u0433", "ru").find("\u0433\u043E\u0434"), std::string::npos);
}

// A Spanish clock with its minutes and the word for hours after them: "diecinueve horas con cinco minutos".
TEST(BlindRound49Test, shouldReadASpanishClockWithItsHoursNamed) {
    EXPECT_EQ(sayRound49("a las 19:05 horas y a las 21:00 horas", "es-MX"), "a las 19 horas con 5 minutos y a las veintiuna horas");
    EXPECT_EQ(sayRound49("El vuelo sali\u00F3 a la 1:15 horas.", "es"), "El vuelo sali\u00F3 a la una y 15.");
    // (Brazil's "MT" is Mato Grosso.)
    EXPECT_EQ(sayRound49("5 milh\u00F5es de hectares em MT e 5 milh\u00F5es de MT", "pt-BR").find("meticais"), std::string::npos);
}

// An hour alone after the Danish clock's word written short; Hebrew prices in shekels and agorot, a million's count in the
// masculine; Britain's savings account said as a word.
TEST(BlindRound49Test, shouldReadHoursPricesAndAccountsRound49sRejudgingFound) {
    EXPECT_EQ(sayRound49("kort efter kl. 06 blev de anholdt, kl. 06.30", "da"), "kort efter klokken 6 blev de anholdt, klokken 6 30");
    EXPECT_EQ(sayRound49("\u05DE-\u20AA8.15, 5 \u05DE\u05D9\u05DC\u05D9\u05D0\u05E8\u05D3", "he"),
              "\u05DE\u05E9\u05DE\u05D5\u05E0\u05D4 \u05E9\u05E7\u05DC\u05D9\u05DD \u05D5\u05D7\u05DE\u05E9 \u05E2\u05E9\u05E8\u05D4 \u05D0\u05D2\u05D5\u05E8\u05D5\u05EA, "
              "\u05D7\u05DE\u05D9\u05E9\u05D4 \u05DE\u05D9\u05DC\u05D9\u05D0\u05E8\u05D3");
    EXPECT_EQ(sayRound49("the top fixed ISA pays 4.5% and ISAs are popular", "en-GB"), "the top fixed Eisa pays four point five percent and Eisas are popular");
}

// What the review of round 49's rules found they took from ordinary copy: a parole story's lead, a viewing guide's
// heading and paragraph, an agent's commission in a box, a 2:1 ratio, Broadway's actors, a writer named My, a heading
// that starts "Follow", a Balinese name after a stage, a price per square metre.
TEST(BlindRound49Test, shouldKeepWhatRound49sRulesMisread) {
    const std::string html =
        "<html><head><title>Killer to be freed</title></head><body><article><h1>Killer to be freed</h1>"
        "<p class=\"byline\">By Khanh Vu and My Pham</p>"
        "<p>A man who murdered two teenagers has been approved for release by the Parole Board, despite objections.</p>"
        "<p>" + kRound49Story + kRound49Story + "</p><h2>Follow the money on transfers</h2>"
        "<p>How to watch the Super Bowl for free: the game will be shown on Fox and streamed on the Tubi app.</p>"
        "<div class=\"panel\"><h3>How agents are paid</h3><p>Each agent may earn a commission of about $12,000 on a typical sale, "
        "the association said in its annual report on fees.</p></div>"
        "<p>" + kRound49Story + "</p></article></body></html>";
    const Article a = ingestArticle(Input{"page.html", html}, InputFormat::Auto);
    const std::string body = bodyOfRound49(a);
    for (const char* kept : {"approved for release by the Parole Board", "Follow the money", "How to watch the Super Bowl", "earn a commission"}) {
        EXPECT_NE(body.find(kept), std::string::npos) << kept << " lost from " << body;
    }
    EXPECT_EQ(a.byline, "Khanh Vu and My Pham");
    EXPECT_EQ(sayRound49("Graduates outnumber others by a 2:1 ratio.", "en-GB"), "Graduates outnumber others by a two to one ratio.");
    EXPECT_EQ(sayRound49("About 150 Broadway actors joined the strike."), "About one hundred fifty Broadway actors joined the strike.");
    EXPECT_EQ(sayRound49("Pada tahap I Wayan Koster hadir.", "id"), "Pada tahap I Wayan Koster hadir.");
    EXPECT_NE(sayRound49("Cena przekroczy\u0142a 15 tys. z\u0142/m2 w Warszawie.", "pl").find("/"), std::string::npos);
}

// A chess report's moves, numbered and glued to their numbers, with captures, checks, castling and judging marks; a score
// out of the rounds; no sentence ends at a move's number, and a knight's move is no future's code.
TEST(BlindRound49Test, shouldReadAChessReportsMoves) {
    EXPECT_EQ(sayRound49("Caruana opened with 1.e4 e5 2.Nf3 Nc6 3.Bb5 and after 4.O-O Nxe4 8.Qxd8+ Kxd8 23.Rxf7!! Kxf7 the game ended."),
              "Caruana opened with one e four e five, two knight f three knight c six, three bishop b five and after four castles knight takes e four, "
              "eight queen takes d eight, check king takes d eight, twenty-three rook takes f seven king takes f seven the game ended.");
    EXPECT_EQ(sayRound49("Caruana, with 5/7, leads after round 7; Gukesh moved to 4\u00BD/7."),
              "Caruana, with five out of seven, leads after round seven; Gukesh moved to four and a half out of seven.");
    EXPECT_EQ(sayRound49("Moody's rated it Ba1 and Be6 is a code; the stock rose 7/8 of a point."),
              "Moody's rated it Ba one and Be six is a code; the stock rose seven eighths of a point.");
    const SentenceSplitter english("en");
    EXPECT_EQ(english("Caruana opened with 1.e4 e5 2.Nf3 Nc6 3.Bb5 Nf6 and won. He was pleased.").size(), 2u);
    EXPECT_EQ(withoutInstrumentCodes("after 2.Nf3 Nc6 3.Bb5, while Wc1 fell"), "after 2.Nf3 Nc6 3.Bb5, while fell");
}

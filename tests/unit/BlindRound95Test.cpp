// Blind round 95: what listeners found wrong in AP-style local news, aggregator pages, betting and racing copy, history
// and heritage stories, gadget and car reviews, Spanish and Portuguese news and Europe's English-language outlets (and
// the last round's leftovers), each fix beside the neighbouring case that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/Byline.hpp"
#include "ingest/TableMoney.hpp"
#include "text/SentenceSplitter.hpp"
#include "text/StoryCues.hpp"
#include "text/WireCopy.hpp"

using namespace readcast;

// A results table typed in Markdown says its magnitude once, in its corner or on the line over it, as a page's does:
// each amount is read in it, except a row of amounts per share.
TEST(BlindRound95Test, shouldReadAPipeTablesMoneyInTheMagnitudeItsCornerGives) {
    const std::string body = blindBodyOf(blindTextArticle(
        "# Results\n\nRevenue rose again in the third quarter, the company said on Tuesday.\n\n"
        "| ($ in millions, except EPS) | Q3 FY26 | Q3 FY25 |\n|---|---:|---:|\n| Revenue | $2,840 | $2,073 |\n"
        "| GAAP diluted EPS | $1.47 | $0.97 |\n\nThe shares rose 4% after hours.\n",
        "story.md"));
    EXPECT_NE(body.find("$2,840 million"), std::string::npos) << body;
    EXPECT_NE(body.find("$1.47,"), std::string::npos) << body;
    EXPECT_EQ(body.find("$1.47 million"), std::string::npos) << body;
    // (A table that names no magnitude reads its amounts as they stand.)
    const std::string plain = blindBodyOf(blindTextArticle(
        "# Prices\n\nPrices at the three shops were compared on Monday by the council.\n\n| Item | Shop A | Shop B |\n|---|---:|---:|\n"
        "| Bread | $2,840 | $2,073 |\n\nThe survey runs again in May.\n",
        "story.md"));
    EXPECT_EQ(plain.find("million"), std::string::npos) << plain;
}

TEST(BlindRound95Test, shouldKnowARowOfAmountsPerShare) {
    EXPECT_TRUE(isPerShareRow("GAAP diluted EPS"));
    EXPECT_TRUE(isPerShareRow("Dividends declared per share"));
    EXPECT_FALSE(isPerShareRow("Next steps"));
    EXPECT_EQ(tableMagnitude("(Dollars in thousands)"), "thousand");
    EXPECT_EQ(withMagnitude("$(38)", "million"), "$(38) million");
}

// A rank after an ein-word without an ending takes the gender of the noun's last part, the masculine's "-er" or the
// neuter's "-es"; a date's ordinal keeps its own.
TEST(BlindRound95Test, shouldGiveARankAfterABareDeterminerItsNounsGender) {
    EXPECT_EQ(blindSay("Kane erzielte sein 9. Saisontor.", "de"), "Kane erzielte sein neuntes Saisontor.");
    EXPECT_EQ(blindSay("Es war sein 5. Titel.", "de"), "Es war sein fünfter Titel.");
    EXPECT_EQ(blindSay("Er wurde am 3. Mai geboren.", "de"), "Er wurde am dritten Mai geboren.");
}

// A paragraph of sentences that each open on a label is the story's, not a note app's fields run together.
TEST(BlindRound95Test, shouldKeepSentencesThatOpenOnLabels) {
    const std::string body = blindBodyOf(blindPageArticle(
        "<html><body><article><h1>Blues and Hawks meet on Saturday night</h1><p>Carlton host Hawthorn at the MCG on Saturday night in a "
        "game both sides need to win.</p><p>Head-to-head: Carlton $1.75, Hawthorn $2.10. Line: Carlton -7.5 ($1.90). Total: 170.5.</p>"
        "<p>Another paragraph of the preview, on the teams and their form over the last month.</p></article></body></html>"));
    EXPECT_NE(body.find("Total: 170.5."), std::string::npos) << body;
    // (Fields run on without a full stop are still a note's: "Author: … Status: … Slug: …".)
    const std::string note = blindBodyOf(blindTextArticle(
        "Author: Jana Vogt Status: draft Slug: city-budget-2025\n\nThe city council approved its budget on Tuesday after a long debate "
        "about the cost of the new tram line.\n"));
    EXPECT_EQ(note.find("Slug"), std::string::npos) << note;
}

// A camera's video modes, "8K@24fps", are no handle or address, and a "Video:" line of them is no player's title.
TEST(BlindRound95Test, shouldKeepACamerasVideoModes) {
    const std::string body = blindBodyOf(blindPageArticle(
        "<html><body><article><h1>Phone review</h1><p>Some intro paragraph that is long enough to be kept as the article body, with plenty "
        "of words in it.</p><ul><li><b>Video capture:</b> <b>Rear camera</b>: 8K@24/30fps, 4K@30/60fps; <b>Front camera</b>: 4K@30fps.</li>"
        "<li>Video: 8K at 24fps and 4K at 120fps</li><li>Follow @jdoe</li></ul><p>Another paragraph of body text about the phone at "
        "length.</p></article></body></html>"));
    EXPECT_NE(body.find("8K@24/30fps"), std::string::npos) << body;
    EXPECT_NE(body.find("Video: 8K at 24fps"), std::string::npos) << body;
    EXPECT_EQ(body.find("@jdoe"), std::string::npos) << body;
}

// A frame rate in a sentence about video, and bytes per second by their capital B.
TEST(BlindRound95Test, shouldSayFrameRatesAndBytesPerSecond) {
    EXPECT_EQ(blindSay("It shoots 8K 24p and 4K at up to 60p."), "It shoots eight K twenty-four p and four K at up to sixty p.");
    EXPECT_EQ(blindSay("Stamps rose 30p to 85p.", "en-GB"), "Stamps rose thirty pence to eighty-five pence.");
    EXPECT_EQ(blindSay("It copied files at 1,812 MBps over a 940 Mbps link."),
              "It copied files at one thousand eight hundred twelve megabytes per second over a nine hundred forty megabit per second link.");
}

// A date as continental Europe writes it, the day first with dots and unpadded, in an English story, said day first as the
// padded one is; a version's number stays one.
TEST(BlindRound95Test, shouldSayAContinentalDottedDate) {
    EXPECT_EQ(blindSay("The report, published on 3.12.2026, was late."), "The report, published on the third of December twenty twenty-six, was late.");
    EXPECT_EQ(blindSay("It is scheduled for 18.4.2027.", "en-GB"), "It is scheduled for the eighteenth of April twenty twenty-seven.");
    EXPECT_EQ(blindSay("Update to version 3.12.2026 now."), "Update to version three point twelve point two thousand twenty-six now.");
}

// The twenty-four-hour clock with a dot: after an event's verb or past noon, and a day's opening hours; a price stays one.
TEST(BlindRound95Test, shouldSayADottedTwentyFourHourClock) {
    EXPECT_EQ(blindSay("The meeting ended at 14.15."), "The meeting ended at fourteen fifteen.");
    EXPECT_EQ(blindSay("Open daily 10.00–18.00, Fridays until 21.00."), "Open daily ten A-M to six P-M, Fridays until nine P-M.");
    EXPECT_EQ(blindSay("Shares closed at 14.15."), "Shares closed at fourteen point one five.");
}

// History's numbers: a span after AD, a span of numbered books, a ruler's numeral in a sentence about a reign.
TEST(BlindRound95Test, shouldSayHistorysSpansAndRulers) {
    EXPECT_EQ(blindSay("He ruled AD 306–337."), "He ruled A-D three hundred six to three hundred thirty-seven.");
    EXPECT_EQ(blindSay("It is told in Books II–IV."), "It is told in Books two to four.");
    EXPECT_EQ(blindSay("Constantius II ruled the east."), "Constantius the Second ruled the east.");
    EXPECT_EQ(blindSay("Francis I was king of France."), "Francis the First was king of France.");
    EXPECT_EQ(blindSay("Grand Theft Auto IV sold well."), "Grand Theft Auto four sold well.");
}

// A battery's running time with the hours' letter, a camera's range of sensitivities, a quoted programme's name.
TEST(BlindRound95Test, shouldSayHoursGluedSensitivitiesAndAQuotedPlus) {
    EXPECT_EQ(blindSay("A full charge took 1:02h and lasted 15:42h."),
              "A full charge took one hour two minutes and lasted fifteen hours forty-two minutes.");
    EXPECT_EQ(blindSay("It runs at ISO 100-32000."), "It runs at ISO one hundred to thirty-two thousand.");
    EXPECT_EQ(blindSay("It keeps the \xE2\x80\x9C" "800+\xE2\x80\x9D child benefit."), "It keeps the eight hundred plus child benefit.");
    EXPECT_EQ(blindSay("It has 17,000+ aircraft."), "It has more than seventeen thousand aircraft.");
}

// "Brig" undotted inside a jail's name is no brigadier; before a name it is.
TEST(BlindRound95Test, shouldTellABrigFromABrigadier) {
    EXPECT_EQ(blindSay("He served at the Naval Consolidated Brig Miramar.", "en-GB"), "He served at the Naval Consolidated Brig Miramar.");
    EXPECT_EQ(blindSay("Brig John Smith commanded it.", "en-GB"), "Brigadier John Smith commanded it.");
}

// A dateline set before a minus sign, as one network of papers sets it, is a dateline.
TEST(BlindRound95Test, shouldTakeADatelineBeforeAMinusSign) {
    const auto dateline = splitDateline("CANTON \xE2\x88\x92 A 34-year-old Canton man faces charges.");
    ASSERT_TRUE(dateline.has_value());
    EXPECT_EQ(dateline->place, "Canton.");
}

// Spanish: the number's sign before its figure, a match's "vs.", Argentina's "u$s", El País's "EE UU", a company's "Ltda.", an
// hour on the hour with its half of the day.
TEST(BlindRound95Test, shouldSaySpanishSignsAndShortForms) {
    EXPECT_EQ(blindSay("Ocurrió a la altura del No. 3450 y en la UFI Nº 4.", "es"), "Ocurrió a la altura del número 3450 y en la UFI número 4.");
    EXPECT_EQ(blindSay("Dijo que No. Luego se fue.", "es"), "Dijo que No. Luego se fue.");
    EXPECT_EQ(blindSay("Alianza Lima vs. Universitario jugarán el sábado.", "es"), "Alianza Lima contra Universitario jugarán el sábado.");
    EXPECT_EQ(blindSay("El banco compró u$s 610 millones.", "es-AR"), "El banco compró 610 millones de dólares.");
    EXPECT_EQ(blindSay("Lo reclama EE UU a la firma Andina Ltda. desde ayer.", "es"), "Lo reclama Estados Unidos a la firma Andina Limitada desde ayer.");
    EXPECT_EQ(blindSay("Será a las 8 p. m. en Lima y a la 1 a. m. en Madrid.", "es"), "Será a las 8 de la noche en Lima y a la una de la mañana en Madrid.");
}

// A Spanish story that writes the dollar "US$" beside a bare "$" counts in its country's pesos, the one country it names (twice);
// one passing mention of a country in a story that names another names no peso.
TEST(BlindRound95Test, shouldTakeABareDollarSignBesideUsDollarsForPesos) {
    const Article a = blindPageArticle(
        "<html lang=\"es\"><head><title>Condenan a exgobernador</title></head><body><article><h1>Condenan a exgobernador por contratos</h1>"
        "<p>BOGOT\xC3\x81. La Corte Suprema de Colombia condenó al exgobernador por contratos de m\xC3\xA1s de $ 2.500 millones del programa "
        "escolar, que equivalen a unos US$ 600.000.</p><p>La defensa del político colombiano anunció que apelará la decisión ante la sala plena de la corte.</p>"
        "</article></body></html>");
    EXPECT_EQ(a.language, "es-CO");
    const Article spain = blindPageArticle(
        "<html lang=\"es\"><head><title>Suben las ventas</title></head><body><article><h1>Suben las ventas en Madrid</h1>"
        "<p>Las ventas de la firma en Madrid subieron un 5 % hasta los 2.500 millones, informó la empresa el lunes por la tarde.</p>"
        "<p>La empresa prevé seguir creciendo en 2026 en todos sus mercados.</p></article></body></html>");
    EXPECT_EQ(spain.language, "es");
    const Article houston = blindPageArticle(
        "<html lang=\"es\"><head><title>Trabajadores</title></head><body><article><h1>Trabajadores de Houston</h1>"
        "<p>Un trabajador de Houston, Texas, que llegó de México hace diez años, gana $ 800 por semana, unos US$ 800.</p>"
        "<p>Dice que en Estados Unidos el costo de la vivienda sigue subiendo cada mes.</p></article></body></html>");
    EXPECT_NE(houston.language, "es-MX");
}

// Neighbours of round 95's rules that must stay as they were: pence in a story with footage, a percentage and a scale's span
// with dotted figures, a film's and a rule's numeral, a retired brigadier, a Spanish answer, an index's fall after a minus.
TEST(BlindRound95Test, shouldLeaveTheRulesNeighboursAsTheyWere) {
    EXPECT_EQ(blindSay("He stole a 50p chocolate bar, CCTV footage shows.", "en-GB"), "He stole a fifty pence chocolate bar, CCTV footage shows.");
    EXPECT_EQ(blindSay("Turnout was at 15.30% by noon."), "Turnout was at fifteen point three percent by noon.");
    EXPECT_EQ(blindSay("A GPA of 3.00–4.00 is needed."), "A GPA of three to four is needed.");
    EXPECT_EQ(blindSay("Gladiator II opened; the emperor scenes dazzle."), "Gladiator two opened; the emperor scenes dazzle.");
    EXPECT_EQ(blindSay("Retired Brig John Smith spoke.", "en-GB"), "Retired Brigadier John Smith spoke.");
    EXPECT_EQ(blindSay("Kick-off: 20:45h CET."), "Kick-off: twenty forty-five h CET.");
    EXPECT_EQ(blindSay("NT 6.1.7601 is old."), "NT six point one point seven thousand six hundred one is old.");
    EXPECT_EQ(blindSay("\xC2\xBFHubo heridos? No. 15 personas fueron atendidas.", "es"), "\xC2\xBFHubo heridos? No. 15 personas fueron atendidas.");
    EXPECT_FALSE(splitDateline("DAX \xE2\x88\x92 1.1% as markets fell.").has_value());
    EXPECT_TRUE(isPerShareRow("Average selling price"));
    EXPECT_TRUE(isPerShareRow("ADR"));
    EXPECT_FALSE(isBoilerplate("HR/payroll"));
    EXPECT_FALSE(isBoilerplate("The audiobook was voiced by artificial intelligence, the publisher said."));
    EXPECT_FALSE(isBoilerplate("Should you buy this car?"));
    EXPECT_FALSE(isCreditLine("Featured photographer: Ami Vitale"));
}

// The wires and pictures a story's foot credits, a desk's initials in two cases, a note's star before a credit; story lines
// that open the same way stay.
TEST(BlindRound95Test, shouldKnowCreditLinesAtAStorysFoot) {
    for (const char* credit : {"(FRANCE 24 with AFP, Reuters)", "With reporting by Ukrinform, Suspilne.", "with Australian Associated Press",
                               "Main image credit: Adam Burakowski / Reporter", "Featured photo via MTI/Koszticsák Szilárd",
                               "*Con información de la Corte Suprema de Justicia"}) {
        EXPECT_TRUE(isCreditLine(credit)) << credit;
    }
    EXPECT_FALSE(isCreditLine("With the help of friends, he rebuilt it."));
    EXPECT_FALSE(isCreditLine("With Reuters reporting a loss, shares fell."));
    EXPECT_TRUE(isBoilerplate("mcm/LL"));
    EXPECT_FALSE(isBoilerplate("AC/DC"));
    EXPECT_FALSE(isBoilerplate("km/h"));
}

// A player's machine-voice note, a publisher's ask for support, a betting page's mandated taglines, a shop box's buttons and
// a reader app's toolbar; the story's sentences about the same things stay.
TEST(BlindRound95Test, shouldKnowNoticesOfPlayersPublishersAndBookmakers) {
    for (const char* notice : {"Voiced by artificial intelligence.",
                               "Thank you for relying on us to provide the journalism you can trust. Please consider supporting us with a subscription.",
                               "Chances are you're about to lose. For free and confidential support call 1800 858 858.", "Please bet responsibly.", "18+.",
                               "Affiliate notice: Car and Driver may earn money from the links on this page.", "Smart View | Open in browser",
                               "Find a used Kia EV4 for sale at Autocar Marketplace", "New from £34,595, Used from £26,990",
                               "Assine ou faça login para presentear esta reportagem."}) {
        EXPECT_TRUE(isBoilerplate(notice)) << notice;
    }
    for (const char* story : {"The regulator said bookmakers must tell customers to bet responsibly from April.",
                              "New subscribers get three months free (UK only, T&Cs apply).", "The new from-scratch design is used from May."}) {
        EXPECT_FALSE(isBoilerplate(story)) << story;
    }
}

// A byline cleared of what runs on after the name: a cut-off date's "last", the paper's short name and a desk before the job.
TEST(BlindRound95Test, shouldCleanABylinesPaperDeskAndCutDate) {
    EXPECT_EQ(cleanByline("By Mark Spoonauer last updated 3 days ago", "", "en").names, "Mark Spoonauer");
    EXPECT_EQ(cleanByline("LILA FENSTERMACHER-OYE Hub Staff Writer", "Kearney Hub", "en").names, "Lila Fenstermacher-Oye");
    EXPECT_EQ(cleanByline("Tom Harcourt Betting Writer", "", "en").names, "Tom Harcourt");
    EXPECT_EQ(cleanByline("Mary Ellen Court", "", "en").names, "Mary Ellen Court");
}

// A broadcaster's pasted page: its player's label over the story is no title, its sentence of a date is the date, its list of
// popular stories after the story is no part of it.
TEST(BlindRound95Test, shouldReadAPastedBroadcasterPageStoryAlone) {
    const Article a = blindTextArticle(
        "Swiss voters reject inheritance tax on the super-rich\n\nThis content was published on November 30, 2026 - 17:45\n4 minutes\n\n"
        "Listening: Swiss voters reject inheritance tax on the super-rich\n\nSwiss voters have clearly rejected a proposal by the Young "
        "Socialists to tax large inheritances at 50% to fund climate protection.\n\nNot a single canton voted in favour, the Federal "
        "Chancellery said on Sunday evening.\n\nThe next national votes are scheduled for March 8, 2027.\n\nPopular Stories\n"
        "1. Switzerland's glaciers lost 3% of their volume in 2026\n2. How much does a Swiss salary really buy?\n");
    EXPECT_EQ(a.title, "Swiss voters reject inheritance tax on the super-rich");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->dateIso(), "2026-11-30");
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("Listening"), std::string::npos) << body;
    EXPECT_EQ(body.find("glaciers"), std::string::npos) << body;
    EXPECT_NE(body.find("March 8, 2027"), std::string::npos) << body;
    EXPECT_TRUE(isBoilerplate("stern Geschichte von dpa \xE2\x80\xA2 5 Std."));
    EXPECT_TRUE(isBoilerplate("Reuters \xC2\xB7 3h ago"));
}

// In a betting preview a bookmaker's price with its slash is "X to Y" wherever it stands; a share of the odds, a date after its
// word and the attacks of 9/11 are not prices.
TEST(BlindRound95Test, shouldSayPricesInABettingPreview) {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", "en-GB", {});
    StoryCues cues;
    cues.betting = true;
    const Normalizer betting("en-GB", &lexicon, cues);
    EXPECT_EQ(betting.normalize("Arsenal are 11/10 with most firms and the draw is 5/2."), "Arsenal are eleven to ten with most firms and the draw is five to two.");
    EXPECT_EQ(betting.normalize("Under 2.5 goals is 10/11 and Saka is 1/1."), "Under two point five goals is ten to eleven and Saka is evens.");
    EXPECT_EQ(betting.normalize("Each-way terms are 1/5 the odds."), "Each-way terms are one fifth the odds.");
    EXPECT_EQ(betting.normalize("The victims of 9/11 were remembered."), "The victims of nine eleven were remembered.");
    EXPECT_EQ(betting.normalize("The Preakness (5/18) is next.").find("five to eighteen"), std::string::npos);
    EXPECT_TRUE(isBettingReport("The bookmakers make Arsenal favourites. The punters have backed City. William Hill go 5/2."));
    EXPECT_FALSE(isBettingReport("The council made its best bet on housing. Its bet paid off."));
}

// "911" before what it counts after a word of having is a count; a lens line's "GM" is no gram.
TEST(BlindRound95Test, shouldCountNineHundredElevenYardsAndKeepALensLine) {
    EXPECT_EQ(blindSay("He had 911 receiving yards."), "He had nine hundred eleven receiving yards.");
    EXPECT_EQ(blindSay("Call 911 now."), "Call nine one one now.");
    EXPECT_EQ(blindSay("The operator logged 911 calls."), "The operator logged nine one one calls.");
    EXPECT_EQ(blindSay("The FE 50mm F1.2 GM lens."), "The FE fifty millimeters F one point two GM lens.");
}

// "c." before a year or its era is circa inside the sentence.
TEST(BlindRound95Test, shouldNotBreakASentenceAtCircaBeforeAnEra) {
    EXPECT_EQ(SentenceSplitter("en")("It dates to c. AD 330 on stylistic grounds. He said so."),
              (std::vector<std::string>{"It dates to c. AD 330 on stylistic grounds.", "He said so."}));
    EXPECT_EQ(SentenceSplitter("en")("Add milk to make 1 c. Stir it well."), (std::vector<std::string>{"Add milk to make 1 c.", "Stir it well."}));
}

// What blind round 78 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "core/WordSet.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/DateParser.hpp"
#include "ingest/Furniture.hpp"
#include "ingest/WikiPage.hpp"
#include "text/SentenceSplitter.hpp"
#include "text/StoryCues.hpp"

using namespace readcast;

namespace {

const std::string kStory =
    "More than 120 GW of battery projects are waiting for a grid connection in Great Britain, according to figures published by the "
    "system operator on 3 June. Some developers have been told they will not be connected until 2036.\n\n"
    "\"We have shovel-ready sites and no way to plug them in,\" said Priya Desai, chief executive of Fenland Storage. \"It is absurd.\"\n\n"
    "Analysts estimate the changes could free up 40-60 GW of capacity by 2027, worth roughly three and a half billion pounds a year in "
    "avoided balancing costs, and the regulator says it will publish its final rules in the autumn after a second consultation.\n";

}  // namespace

// The word lists sorted when the program is compiled answer as the std::sets they replace.
TEST(BlindRound78Test, shouldFindTheWordsOfASetSortedWhenCompiled) {
    constexpr WordSet kStreets({"Rd", "Ave", "Blvd", "M\xC3\xA4rz"});
    static_assert(kStreets.contains("Ave"));
    EXPECT_EQ(kStreets.count("Rd"), 1u);
    EXPECT_EQ(kStreets.count("M\xC3\xA4rz"), 1u);
    EXPECT_EQ(kStreets.count("St"), 0u);
    EXPECT_EQ(kStreets.count(""), 0u);
}

// A newsletter's sponsor read set in a quote block goes whole; a quoted person's words in one stay.
TEST(BlindRound78Test, shouldDropASponsorsReadInAQuoteBlock) {
    const std::string head = "# The Grid Weekly: Why the battery boom is stalling\n\n**By Hannah Okafor**\n\n";
    const Article sponsored = blindTextArticle(head + "> **This issue is brought to you by VoltWorks.** VoltWorks helps installers quote heat pumps "
                                                      "in minutes. Use code GRID20 for 20% off your first month. [Try it free](https://voltworks.example/grid)\n\n" +
                                                   kStory,
                                               "issue.md");
    EXPECT_EQ(blindBodyOf(sponsored).find("VoltWorks"), std::string::npos);
    const Article quoted = blindTextArticle(head + "> \"Nobody is going to sign up for a queue of ten years,\" said the chief executive of the trade "
                                                   "body. \"The rules have to change.\"\n\n" +
                                                kStory,
                                            "issue.md");
    EXPECT_NE(blindBodyOf(quoted).find("queue of ten years"), std::string::npos);
    // (A quoted person's words on a sponsor, with a prompt among them, stay.)
    const Article festival = blindTextArticle(head + "> Festival director Ana Cole said: \"This year's festival is brought to you by the people of "
                                                     "Leeds.\" Try it free on Friday night, she added, as every event is open to all.\n\n" + kStory,
                                              "issue.md");
    EXPECT_NE(blindBodyOf(festival).find("Ana Cole"), std::string::npos);
}

// A writer's box at the foot, its label, its counts and its bio, goes from the label down; the credit names the byline, and the
// name alone over the body is not read again. A story whose last lines are its own keeps them.
TEST(BlindRound78Test, shouldDropAWritersBoxAtTheFootAndTheBylineRepeated) {
    const Article a = blindTextArticle("The Quiet Collapse of Local Newspapers\nA reporter's notebook from three counties that lost their paper\n\n"
                                       "Dana Whitfield\nFollow\n\n" + kStory +
                                       "\nWritten by Dana Whitfield\n1.1K Followers\nWriter for The Public Square\n\n"
                                       "Freelance reporter covering rural America. Former Ledger staffer.\n\nHelp\nStatus\nAbout\n");
    EXPECT_EQ(a.byline, "Dana Whitfield");
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("Freelance reporter"), std::string::npos);
    EXPECT_EQ(body.find("Dana Whitfield"), std::string::npos);
    EXPECT_NE(body.find("second consultation"), std::string::npos);
    const Article kept = blindTextArticle("The Quiet Collapse of Local Newspapers\n\n" + kStory +
                                          "\nThe council will vote on the plan next month. Residents can comment until Friday.\n");
    EXPECT_NE(blindBodyOf(kept).find("Residents can comment"), std::string::npos);
}

// A statistics bulletin's fields under its title: its release date over the next release is its date, and neither is read, nor
// the contact; a film's release date in a review's box is no publication date. A sentence of the story that opens on "Contact:"
// is read.
TEST(BlindRound78Test, shouldTakeABulletinsDatesAndDropItsContactField) {
    const Article a = blindTextArticle("GDP first quarterly estimate, UK: April to June 2025\n\nRelease date: 14 August 2025\nNext release: 30 September 2025\n"
                                       "Contact: Sam Patel, gdp@ons.example.gov.uk, +44 1633 455000\n\n" + kStory);
    EXPECT_EQ(a.title, "GDP first quarterly estimate, UK: April to June 2025");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->day, 14);
    const Article film = blindTextArticle("Dune: Messiah review: a colder, stranger sequel\n\nDirector: Denis Villeneuve\nRelease date: 14 November 2025\n\n" +
                                          kStory);
    EXPECT_FALSE(film.published.has_value());
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("Next release"), std::string::npos);
    EXPECT_EQ(body.find("Sam Patel"), std::string::npos);
    EXPECT_TRUE(isContactLine("Marcus Lindqvist, Chief Financial Officer +44 1633 455000"));
    EXPECT_FALSE(isContactLine("Contact: the council is asking residents to report flooding."));
    EXPECT_FALSE(isContactLine("Contact: Jane Morris, who runs the victims' support group, on 07700 900456."));
}

// A label run into the date line ("Transcript" over "Published 2 May 2025") is no writer; a name over a date still is.
TEST(BlindRound78Test, shouldNotTakeALabelOverTheDateForTheByline) {
    const Article a = blindTextArticle("The Newsroom Hour, Episode 118: Can AI fact-checkers keep up?\nTranscript\nPublished 2 May 2025\n\n" + kStory);
    EXPECT_EQ(a.byline, "");
    ASSERT_TRUE(a.published.has_value());
    const Article named = blindTextArticle("The Newsroom Hour, Episode 118: Can AI fact-checkers keep up?\nAnna Reyes 2 May 2025\n\n" + kStory);
    EXPECT_EQ(named.byline, "Anna Reyes");
}

// A wiki article's infobox, copied as rows of a label and a value parted by a tab under the title again, is not the text.
TEST(BlindRound78Test, shouldDropAWikiInfoboxCopiedAsRows) {
    const std::string page = withoutWikiChrome(
        "Lake Varnholm\nFrom Wikipedia, the free encyclopedia\n\nLake Varnholm\nLocation\tJ\xC3\xA4mtland County, Sweden\nMax. depth\t94 m (308 ft)\n\n"
        "Lake Varnholm is a glacial lake in J\xC3\xA4mtland County in central Sweden. It covers an area of about 62 square kilometres.\n");
    EXPECT_EQ(page.find("Location"), std::string::npos);
    EXPECT_EQ(page.find("Max. depth"), std::string::npos);
    EXPECT_EQ(page.rfind("Lake Varnholm\n", 0), 0u);
    EXPECT_NE(page.find("glacial lake"), std::string::npos);
}

// A wiki's worded note after a sentence's stop no longer joins two sentences; a figure's mark never did.
TEST(BlindRound78Test, shouldEndASentenceBeforeAWordedNoteMark) {
    EXPECT_EQ(SentenceSplitter("en")("It is mentioned in tax records from 1543.[citation needed] In the 19th century, timber was floated.").size(), 2u);
    EXPECT_EQ(SentenceSplitter("en")("The lake is deep.[note 2] It froze.").size(), 2u);
    EXPECT_EQ(SentenceSplitter("en")("It was built in 1543.[4] In the 19th century, timber was floated.").size(), 2u);
    EXPECT_EQ(SentenceSplitter("en")("He called it [the plan] a failure.").size(), 1u);
    // (An editor's insertion after the stop is read: it is no wiki's note.)
    EXPECT_NE(SentenceSplitter("en")("We were abandoned.[by the council] Nobody came.").front().find("by the council"), std::string::npos);
}

// "Carr LJ" is the Lady Justice the story names so; another is a Lord Justice.
TEST(BlindRound78Test, shouldSayLadyJusticeWhereTheStoryNamesHerSo) {
    EXPECT_EQ(ladyJusticesOf("In the appeal, Lady Justice Carr, with whom Lord Justice Males agreed, held that"), std::vector<std::string>{"Carr"});
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", "en-GB", {});
    StoryCues court;
    court.court = true;
    court.lady_justices = {"Carr"};
    const Normalizer judgment("en-GB", &lexicon, court);
    EXPECT_EQ(judgment.normalize("Carr LJ said the judge erred."), "Lady Justice Carr said the judge erred.");
    EXPECT_EQ(judgment.normalize("Males LJ said the judge erred."), "Lord Justice Males said the judge erred.");
}

// A judgment's paragraph cited where a quotation stands is said; a note's mark is not.
TEST(BlindRound78Test, shouldSayAJudgmentsParagraphWhereAQuotationStands) {
    EXPECT_EQ(blindSay("The court of appeal held at [45]: the words must be read as a whole.", "en-GB"),
              "The court of appeal held at paragraph forty-five: the words must be read as a whole.");
    EXPECT_EQ(blindSay("as the court held at paras [12] and [13].", "en-GB"), "as the court held at paragraphs twelve and thirteen.");
    EXPECT_EQ(blindSay("The judge agreed at [44]-[51].", "en-GB"), "The judge agreed at paragraphs forty-four to fifty-one.");
    EXPECT_EQ(blindSay("The court agreed at [12] and [13].", "en-GB"), "The court agreed at paragraphs twelve and thirteen.");
    // (Not a figure in brackets outside a judgment, nor one a word follows.)
    EXPECT_EQ(blindSay("The court heard it peaked at [5] degrees.", "en-GB").find("paragraph"), std::string::npos);
    EXPECT_EQ(blindSay("It was fast.[2] The end came.", "en-GB"), "It was fast. The end came.");
}

// Hungarian and Romanian titles before a name end no sentence and are said; a Hungarian share with its case ending is said
// once.
TEST(BlindRound78Test, shouldReadHungarianAndRomanianTitlesAndShortForms) {
    EXPECT_EQ(SentenceSplitter("hu")("A kereslet nagy – mondta dr. Szab\xC3\xB3 P\xC3\xA9ter, a sz\xC3\xB6vets\xC3\xA9g eln\xC3\xB6ke.").size(), 1u);
    EXPECT_EQ(SentenceSplitter("ro")("A declarat ministrul Muncii, dl. Mihai Ionescu, dup\xC4\x83 \xC8\x99" "edin\xC8\x9B" "a de Guvern.").size(), 1u);
    EXPECT_EQ(blindSay("ministrul Muncii, dl. Mihai Ionescu, conform OUG nr. 156", "ro"), "ministrul Muncii, domnul Mihai Ionescu, conform OUG num\xC4\x83rul 156");
    EXPECT_EQ(blindSay("12,4%-kal emelkedtek, 3%-os kamat", "hu"), "12,4 sz\xC3\xA1zal\xC3\xA9kkal emelkedtek, 3 sz\xC3\xA1zal\xC3\xA9kos kamat");
    EXPECT_EQ(blindSay("12,4% volt", "hu"), "12,4% volt");
}

// A standfirst in a "lead" element under the headline is read; a "lead" that holds a picture is not one.
TEST(BlindRound78Test, shouldReadAStandfirstInALeadElement) {
    const std::string body = "<div class=\"text\"><p>Совет директоров Банка России 21 марта сохранил ключевую ставку на уровне 21% годовых, "
                             "сообщила пресс-служба регулятора.</p><p>Решение совпало с ожиданиями большинства аналитиков, опрошенных "
                             "изданием в начале недели.</p></div>";
    const Article a = blindPageArticle("<html><body><article><h1>ЦБ сохранил ключевую ставку</h1><div class=\"lead\">Регулятор допустил "
                                       "снижение ставки во втором полугодии, если инфляция продолжит замедляться</div>" + body + "</article></body></html>");
    EXPECT_NE(blindBodyOf(a).find("Регулятор допустил"), std::string::npos);
    const Article pictured = blindPageArticle("<html><body><article><h1>ЦБ сохранил ключевую ставку</h1><div class=\"lead\"><img src=\"a.jpg\">"
                                              "Здание Банка России на Неглинной улице в Москве, фото агентства</div>" + body + "</article></body></html>");
    EXPECT_EQ(blindBodyOf(pictured).find("Неглинной"), std::string::npos);
}

// A live blog's stamp "2:10 p.m." keeps its dots; a dotted time alone is written with a colon.
TEST(BlindRound78Test, shouldKeepALiveStampsDots) {
    const Article a = blindTextArticle("Hurricane Delia makes landfall\n\n2:10 p.m.\nDelia makes landfall near Cedar Key as a strong storm.\n\n"
                                       "12:35 p.m.\nPower outages top 410,000 across the state tonight.\n");
    EXPECT_NE(blindBodyOf(a).find("2:10 p.m.: Delia"), std::string::npos);
    const Article dotted = blindTextArticle("Storm live\n\n16.45\nDelia makes landfall near Cedar Key as a strong storm.\n\n"
                                            "16.02\nPower outages top 410,000 across the state tonight.\n");
    EXPECT_NE(blindBodyOf(dotted).find("16:45: Delia"), std::string::npos);
}

// A storm's category written short is said in full where the sentence speaks of storms.
TEST(BlindRound78Test, shouldSayAStormsCategoryInFull) {
    EXPECT_EQ(blindSay("Forecasters warned it could reach Cat. 4 strength."), "Forecasters warned it could reach Category four strength.");
    EXPECT_EQ(blindSay("We took the Cat. 4 bus home."), "We took the Cat. four bus home.");
    EXPECT_EQ(blindSay("A tabby named Cat. 3 weeks on, the hurricane passed."), "A tabby named Cat. three weeks on, the hurricane passed.");
}

// Quebec's dollars and cents, Brazil's first of the month, Ireland's parties as Ireland says them.
TEST(BlindRound78Test, shouldReadQuebecDollarsBrazilsFirstAndIrishParties) {
    EXPECT_EQ(blindSay("Il gagnerait 33,12 $ l'heure, contre 9,10 \xE2\x82\xAC.", "fr-CA"), "Il gagnerait 33 dollars 12 l'heure, contre 9 euros 10.");
    EXPECT_EQ(blindSay("Publicado em 1 de outubro de 2025, 11 de maio e 1 de cada 3.", "pt-BR"),
              "Publicado em primeiro de outubro de 2025, 11 de maio e 1 de cada 3.");
    EXPECT_EQ(blindSay("Publicado em 1 de outubro de 2025.", "pt-PT"), "Publicado em 1 de outubro de 2025.");
    EXPECT_EQ(blindSay("Councillor Mark Duffy (FG) and Annie May Reape (SF) agreed.", "en-IE"),
              "Councillor Mark Duffy, Finna Gale, and Annie May Reape, Shin Fane, agreed.");
}

// A blog's header under its headline, the writer's name over a follow button, is no site's menu: the headline stays the headline.
TEST(BlindRound78Test, shouldKeepTheHeadlineOverAWritersFollowButton) {
    const Article a = blindTextArticle("The Quiet Collapse of Local Newspapers\n\nDana Whitfield\nFollow\n\n" + kStory +
                                       "\nWritten by Dana Whitfield\n1.1K Followers\nWriter for The Public Square\n\n"
                                       "Freelance reporter covering rural America. Former Ledger staffer.\n");
    EXPECT_EQ(a.title, "The Quiet Collapse of Local Newspapers");
    EXPECT_EQ(a.byline, "Dana Whitfield");
}

// An earnings release's conference call section is the times to dial in, not the news; the outlook over it is read.
TEST(BlindRound78Test, shouldDropAnEarningsCallSection) {
    const Article a = blindTextArticle("Northwind reports record third quarter\n\n" + kStory +
                                       "\nOutlook\nFor the fourth quarter, Northwind expects revenue of $430m to $440m, above what analysts expected.\n\n"
                                       "Conference Call Information\nNorthwind will host a conference call today at 2:00 p.m. PT. A live webcast will be "
                                       "available at investors.northwind.example.\n\nForward-Looking Statements\nThis press release contains "
                                       "forward-looking statements within the meaning of the Securities Act.\n");
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("webcast"), std::string::npos);
    EXPECT_NE(body.find("above what analysts expected"), std::string::npos);
}

// Hungarian: a date written year first, and the writer's label; Czech and Finnish short forms the lexicons say.
TEST(BlindRound78Test, shouldReadHungarianDatesCzechAndFinnishShortForms) {
    const auto d = parseDate("Szerz\xC5\x91: Kov\xC3\xA1" "cs Eszter 2025. j\xC3\xBAnius 3., 09:15");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->year, 2025);
    EXPECT_EQ(d->month, 6);
    EXPECT_EQ(d->day, 3);
    EXPECT_EQ(parseDate("12 martie 2025")->month, 3);
    EXPECT_EQ(blindSay("Tramvaj \xC4\x8D. 12 pojede, Dopravn\xC3\xAD podnik hl. m. Prahy", "cs"),
              "Tramvaj \xC4\x8D\xC3\xADslo 12 pojede, Dopravn\xC3\xAD podnik hlavn\xC3\xADho m\xC4\x9Bsta Prahy");
    EXPECT_EQ(blindSay("pormestari Anna-Kaisa Ikonen (kok.), joka", "fi"), "pormestari Anna-Kaisa Ikonen (kokoomus), joka");
}

// Round 78C and 78D: a box score's shooting, crores written short after Indian grouping, a road's number before a spaced
// dash in German, a pull quote whose first words are the desk's own, a thread's bar of counts and buttons, a document's
// protective marking and contents lines, a diary of dates at the story's end, a report's first section under its date.
TEST(BlindRound78Test, shouldReadRound78CAndDFindings) {
    EXPECT_EQ(blindSay("Tatum scored 32 (14-25 FG, 6-11 3PT, 4-4 FT).", "en-US"),
              "Tatum scored thirty-two, fourteen of twenty-five from the field, six of eleven from three, four of four from the line.");
    EXPECT_EQ(blindSay("He stands 6-11 ft tall.", "en-US"), "He stands six to eleven feet tall.");
    EXPECT_EQ(blindSay("Revenue was \xE2\x82\xB9" "1,13,575 cr.", "en-IN"), "Revenue was one lakh thirteen thousand five hundred and seventy-five crore rupees.");
    EXPECT_EQ(blindSay("Unfallflucht auf der B 27 \xE2\x80\x93 19-J\xC3\xA4hriger schwer verletzt", "de"),
              "Unfallflucht auf der B 27 \xE2\x80\x93 19-J\xC3\xA4hriger schwer verletzt");
    EXPECT_EQ(blindSay("Die Preise stiegen um 10 \xE2\x80\x93 15 Prozent.", "de"), "Die Preise stiegen um 10 bis 15 Prozent.");
    EXPECT_TRUE(isBoilerplate("\xE2\xAC\x86 24.7k \xC2\xB7 \xF0\x9F\x92\xAC 1.9k comments \xC2\xB7 \xF0\x9F\x8F\x86 12 awards \xC2\xB7 Share \xC2\xB7 Save \xC2\xB7 Report"));
    EXPECT_FALSE(isBoilerplate("Share and save the report three times a day."));
    EXPECT_TRUE(isBoilerplate("OFFICIAL"));
    EXPECT_FALSE(isBoilerplate("Official"));
    EXPECT_TRUE(isBoilerplate("Figure 1: Gigabit coverage by region, 2020 to 2024........ 4"));
    EXPECT_FALSE(isBoilerplate("He paused.... 4 hours later it rained."));
    const Article diary = blindTextArticle("Spring term newsletter\n\n" + kStory + "\nDates for your diary\n- Mon 10 Mar: Science Week begins\n"
                                           "- Wed 12 Mar, 2.30pm: Year 6 SATs information meeting\n- Fri 28 Mar: Break up for Easter at 1.30pm\n"
                                           "- Tue 15 Apr: Term starts\n\nKind regards,\n\nMrs J. Whitfield\n");
    EXPECT_NE(blindBodyOf(diary).find("Term starts"), std::string::npos);
    const Article report = blindTextArticle("Annual Report on Rural Broadband Coverage 2024\n\nPublished 18 February 2025\n\nExecutive Summary\n\n" + kStory);
    EXPECT_EQ(report.byline, "");
    const Article pulled = blindPageArticle(
        "<html><body><article><h1>Condenado el exalcalde a siete años</h1><p>La Audiencia ha condenado al exalcalde por malversación de "
        "caudales públicos y prevaricación en la adjudicación de contratos menores durante cuatro años.</p>"
        "<blockquote class=\"pull-quote\">«El acusado actuó con pleno conocimiento de que vulneraba la Ley de Contratos del Sector Público»</blockquote>"
        "<p>La sentencia recoge que el exalcalde, que gobernó el municipio durante 16 años, «actuó con pleno conocimiento de que vulneraba la "
        "Ley de Contratos del Sector Público». La defensa recurrirá.</p></article></body></html>");
    EXPECT_EQ(blindBodyOf(pulled).find("El acusado"), std::string::npos);
    EXPECT_NE(blindBodyOf(pulled).find("La sentencia recoge"), std::string::npos);
}

// Korean news's single Hanja, a social post's header, the RAF's ranks, a venue's box under a review, a line of ratings.
TEST(BlindRound78Test, shouldReadRound78CAndDFindingsTwo) {
    EXPECT_EQ(blindSay("\xEC\x97\x94\xEB\xB9\x84\xEB\x94\x94\xEC\x95\x84\xE5\x90\x91 \xEB\x8C\x80\xEC\x84\xA0 \xE7\xBE\x8E", "ko"),
              "\xEC\x97\x94\xEB\xB9\x84\xEB\x94\x94\xEC\x95\x84\xED\x96\xA5 \xEB\x8C\x80\xEC\x84\xA0 \xEB\xAF\xB8");
    const Article post = blindTextArticle("Priya Raman\nHead of Talent at Brightwave Analytics | Speaker | Mentor\n2d \xE2\x80\xA2 Edited \xE2\x80\xA2\n\n" + kStory);
    EXPECT_EQ(post.byline, "Priya Raman");
    EXPECT_EQ(post.title, "");
    EXPECT_EQ(blindBodyOf(post).find("Head of Talent"), std::string::npos);
    EXPECT_EQ(blindSay("rising to the rank of Sqn Ldr under Wg Cdr Smith", "en-GB"), "rising to the rank of Squadron Leader under Wing Commander Smith");
    EXPECT_TRUE(isContactLine("14\xE2\x80\x93" "16 Colston Street, Bristol BS1 5AP Tel: 0117 496 0871 Open Tue\xE2\x80\x93Sat 12pm\xE2\x80\x93" "2.30pm www.fenwickanddaughter.co.uk"));
    EXPECT_EQ(blindSay("Food 4.5/5, Service 3/5, Atmosphere 4/5", "en-GB"), "Food four point five out of five, Service three out of five, Atmosphere four out of five");
    EXPECT_EQ(blindSay("About 3/5 of voters agreed.", "en-GB"), "About three fifths of voters agreed.");
}

// Polish: a weather warning's units after their figure and its degree in Roman figures, agreeing with what they count.
TEST(BlindRound78Test, shouldReadAPolishWeatherWarningsUnitsAndDegree) {
    EXPECT_EQ(blindSay("Spadnie do 60 mm deszczu.", "pl"), "Spadnie do sze\xC5\x9B\xC4\x87" "dziesi\xC4\x99" "ciu milimetr\xC3\xB3w deszczu.");
    EXPECT_EQ(blindSay("Opady 2 mm i 1,5 cm.", "pl"), "Opady 2 milimetry i 1,5 centymetra.");
    EXPECT_EQ(blindSay("Ci\xC5\x9Bnienie 1005 hPa.", "pl"), "Ci\xC5\x9Bnienie 1005 hektopaskali.");
    EXPECT_EQ(blindSay("Wydano ostrze\xC5\xBC" "enia III stopnia.", "pl"), "Wydano ostrze\xC5\xBC" "enia trzeciego stopnia.");
    EXPECT_EQ(blindSay("W XXI wieku.", "pl"), "W dwudziestym pierwszym wieku.");
}

// French: a live page's entry time written with the hour's letter ("21h47") is said before its entry; a count of deputies is
// masculine, of companies feminine.
TEST(BlindRound78Test, shouldReadFrenchLiveStampsAndMasculineNounsInTe) {
    EXPECT_TRUE(isEntryTimeStamp("21h47"));
    EXPECT_TRUE(isEntryTimeStamp("21 h 47"));
    EXPECT_FALSE(isEntryTimeStamp("21 heures"));
    EXPECT_EQ(blindSay("La motion a \xC3\xA9t\xC3\xA9 adopt\xC3\xA9" "e par 331 d\xC3\xA9put\xC3\xA9s.", "fr"),
              "La motion a \xC3\xA9t\xC3\xA9 adopt\xC3\xA9" "e par 331 d\xC3\xA9put\xC3\xA9s.");
    EXPECT_EQ(blindSay("Il y a 21 soci\xC3\xA9t\xC3\xA9s.", "fr"), "Il y a vingt-et-une soci\xC3\xA9t\xC3\xA9s.");
}

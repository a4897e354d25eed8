// Plain text and Markdown through to an Article: headline, metadata, captions, credits, furniture.

#include <gtest/gtest.h>

#include "core/Text.hpp"
#include "core/NewsAgencies.hpp"
#include "ingest/RichText.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/Byline.hpp"
#include "ingest/Headline.hpp"
#include "ingest/Ingest.hpp"
#include "ingest/InputReader.hpp"

using namespace readcast;

namespace {

Article ingestText(const std::string& text, InputFormat format = InputFormat::Text) {
    return ingestArticle(Input{"t.txt", validateText("t.txt", text)}, format);
}

std::vector<std::string> textsOf(const Article& a, BlockKind kind) {
    std::vector<std::string> out;
    for (const Block& b : a.blocks) {
        if (b.kind == kind) out.push_back(b.text);
    }
    return out;
}

}  // namespace

TEST(ArticleAssemblerTest, shouldReadSeedArticleStructure) {
    const Article a = ingestArticle(readInput(std::string(READCAST_SOURCE_DIR) +
                                              "/samples/north-korea-russia-alliance.txt"),
                                    InputFormat::Auto);
    EXPECT_EQ(a.title, "North Korea and Russia\u2019s dangerous new alliance");
    EXPECT_EQ(a.published->iso(), "2025-04-29T00:00");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph).size(), 6u);
    const auto captions = textsOf(a, BlockKind::Caption);
    ASSERT_EQ(captions.size(), 2u);
    EXPECT_EQ(captions[0].rfind("An image released on Ukraine's SPRAVDI", 0), 0u);
    EXPECT_EQ(captions[0].find("["), std::string::npos);
    const auto credits = textsOf(a, BlockKind::Credit);
    EXPECT_EQ(credits, (std::vector<std::string>{"SPRAVDI/YONHAP", "YONHAP",
                                                 "Translated from the JoongAng Ilbo using generative AI and edited "
                                                 "by Korea JoongAng Daily staff."}));
    EXPECT_EQ(textsOf(a, BlockKind::Heading).size(), 0u);
    EXPECT_NE(a.lead_image_url.find(".jpg"), std::string::npos);
}

TEST(ArticleAssemblerTest, shouldJoinHardWrappedParagraphs) {
    const Article a = ingestText(
        "Storm hits the coast\n\n"
        "The storm reached the coast early on Monday morning and\n"
        "forced thousands of residents to leave their homes for the\n"
        "shelters set up in schools.\n\n"
        "Power was restored by the evening.\n");
    EXPECT_EQ(a.title, "Storm hits the coast");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph),
              (std::vector<std::string>{"The storm reached the coast early on Monday morning and forced thousands of "
                                        "residents to leave their homes for the shelters set up in schools.",
                                        "Power was restored by the evening."}));
}

TEST(ArticleAssemblerTest, shouldTakeBylineAndUpdatedDates) {
    const Article a = ingestText(
        "Markets rally\nBy Jane Doe\nPublished: April 1, 2025 Updated: April 2, 2025 10:00\n"
        "Stocks rose sharply on Tuesday.\n");
    EXPECT_EQ(a.byline, "Jane Doe");
    EXPECT_EQ(a.published->iso(), "2025-04-01");
    EXPECT_EQ(a.modified->iso(), "2025-04-02T10:00");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph), (std::vector<std::string>{"Stocks rose sharply on Tuesday."}));
}

// A byline and a date on one line, as pages set them: both are taken, and neither is read.
TEST(ArticleAssemblerTest, shouldTakeABylineAndADateFromOneLine) {
    const Article a = ingestText("# Storm hits coast\n\nBy Jane Doe, BBC News | Updated 2 November 2023, 14:32 GMT\n\n"
                                 "The storm hit the coast overnight.\n",
                                 InputFormat::Markdown);
    EXPECT_EQ(cleanByline(a.byline, "").names, "Jane Doe");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->iso().substr(0, 10), "2023-11-02");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph), (std::vector<std::string>{"The storm hit the coast overnight."}));
}

// "By Anna Fenwick, 3 November 2026": the date a byline carries is the story's; one without a year is not.
TEST(ArticleAssemblerTest, shouldDateTheStoryFromItsBylineLine) {
    const Article a = ingestText("Harbour pier to close\n\nBy Anna Fenwick, 3 November 2026\n\n"
                                 "The harbour town voted on Tuesday to close its oldest pier.\n");
    EXPECT_EQ(cleanByline(a.byline, "").names, "Anna Fenwick");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->dateIso(), "2026-11-03");
    const Article yearless = ingestText("Harbour pier to close\n\nBy Anna Fenwick, May 2\n\n"
                                        "The harbour town voted on Tuesday to close its oldest pier.\n");
    EXPECT_FALSE(yearless.published.has_value()) << yearless.published->iso();
}

TEST(ArticleAssemblerTest, shouldNotTakeBylineOrDateLineForTheHeadline) {
    const Article a = ingestText("By Jane Doe\nPublished: May 2, 2025\nMarkets rally\nStocks rose sharply on Tuesday.\n");
    EXPECT_EQ(a.title, "Markets rally");
    EXPECT_EQ(a.byline, "Jane Doe");
    EXPECT_EQ(a.published->iso(), "2025-05-02");
}

TEST(ArticleAssemblerTest, shouldDropAPastedPageMenuAroundTheHeadline) {
    const Article a = ingestText(
        "Skip to main content\nHome\nWorld\nSign in\nMarkets rally after rate decision\nBusiness\nTechnology\nOpinion\n"
        "Stocks rose sharply on Tuesday after the central bank held rates.\nWhat comes next\n"
        "Analysts expect another pause in June.\n");
    EXPECT_EQ(a.title, "Markets rally after rate decision");
    EXPECT_EQ(textsOf(a, BlockKind::Heading), (std::vector<std::string>{"What comes next"}));
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph).size(), 2u);
}

// A whole page copied from a browser: a consent notice, the site's name, its menu and a section label
// over the headline; a standfirst, a writer named alone over a job title, share buttons and a captioned
// picture under it. Only the headline is taken from the top; none of the rest is read.
TEST(ArticleAssemblerTest, shouldFindTheHeadlineOfAPastedPageUnderItsMastheadMenuAndConsentNotice) {
    const std::string story =
        "The harbour board voted on Monday to dredge the northern channel, a project first proposed in 2011 and "
        "shelved twice for lack of money.\n"
        "Work is expected to start in the autumn and to close the channel to larger boats for about six weeks, "
        "the board's chair told a packed meeting.\n"
        "Fishing crews, who have run aground in the channel four times this year, welcomed the decision.\n";
    const Article a = ingestText(
        "Your privacy matters to us\n"
        "We and our 312 partners store cookies on your device to personalise content and measure audiences, and "
        "you may accept or refuse them at any time in the settings of this site, which we will remember.\n"
        "Accept all\nReject all\n\n"
        "THE ESTUARY GAZETTE\nNews | Sport | Weather | Notices\nLOCAL\n"
        "Harbour board backs dredging of northern channel\n"
        "Six-week closure planned for larger boats as work starts in autumn\n"
        "Mairead Kinsella-Byrne\nHarbour correspondent\n"
        "Share on Facebook  Share on X  Copy link\n"
        "Dredgers at work off the south quay in 2019. Photograph: Tom Harte/Estuary Gazette\n" + story);
    EXPECT_EQ(a.title, "Harbour board backs dredging of northern channel");
    EXPECT_EQ(a.byline, "Mairead Kinsella-Byrne");
    std::string body;
    for (const Block& b : a.blocks) {
        if (b.kind != BlockKind::Caption) body += b.text + "\n";
    }
    EXPECT_NE(body.find("Six-week closure planned"), std::string::npos) << body;
    EXPECT_NE(body.find("welcomed the decision"), std::string::npos) << body;
    for (const char* furniture : {"cookies", "Accept", "GAZETTE", "Weather", "LOCAL", "correspondent", "Share", "Dredgers"}) {
        EXPECT_EQ(body.find(furniture), std::string::npos) << furniture << " in:\n" << body;
    }
    EXPECT_EQ(textsOf(a, BlockKind::Caption).size(), 1u);
}

// The same page's chrome in other languages: "Par Étienne", an advertisement's label, a newsletter's
// e-mail field, a skip link; and the site's name over the headline, as its copyright line names it.
TEST(ArticleAssemblerTest, shouldDropAPastedPagesChromeInOtherLanguages) {
    const Article fr = ingestText(
        "Aller au contenu principal\nLe Courrier du Val\n\nLa passerelle de Vichy rouvre aux piétons après deux ans\n"
        "Par Élodie Marchal\nPublié le 3 avril 2025\n\n"
        "La passerelle qui relie les deux rives de l'Allier a rouvert samedi matin, après deux ans de travaux et un "
        "chantier plus long que prévu.\n\nPublicité\n\n"
        "Les habitants étaient nombreux à la traverser dès l'ouverture, certains avec des vélos, d'autres avec des "
        "poussettes, sous un soleil timide.\n\nVotre adresse e-mail  Je m'inscris\n\n"
        "La mairie prévoit une fête le mois prochain pour marquer la réouverture de l'ouvrage.\n\n"
        "© 2025 Le Courrier du Val. Tous droits réservés.\n");
    EXPECT_EQ(fr.title, "La passerelle de Vichy rouvre aux piétons après deux ans");
    EXPECT_EQ(fr.byline, "Élodie Marchal");
    const std::vector<std::string> paragraphs = textsOf(fr, BlockKind::Paragraph);
    ASSERT_EQ(paragraphs.size(), 3u);
    EXPECT_EQ(paragraphs.back(), "La mairie prévoit une fête le mois prochain pour marquer la réouverture de l'ouvrage.");
}

// What a copied page sets around and after the story: a relative time and a share counter under the
// headline, a photo credit over its caption, a newsletter box (its title, pitch and e-mail field), and
// after the last sentence the writer's bio in Spanish, a "follow her" line, the readers' count, tags
// and the titles of other stories.
TEST(ArticleAssemblerTest, shouldDropTheChromeAroundAndAfterAPastedStory) {
    const Article a = ingestText(
        "El puerto de Dénia amplía su lonja\nActualizado hace 3 horas\n212\n\n"
        "Foto: Marta Ribes / DDM\nLa nueva lonja, durante las obras del pasado invierno.\n\n"
        "El puerto de Dénia estrenará en junio una lonja el doble de grande, con cámaras frigoríficas y una sala "
        "de subastas que permitirá vender el pescado a compradores de toda la comarca.\n\n"
        "La obra ha costado cuatro millones de euros, financiados en su mayor parte por la Generalitat, y ha "
        "tardado dos años en completarse por los retrasos en la entrega de materiales.\n\n"
        "Suscríbete a nuestro boletín\nLas noticias de la Marina Alta, cada mañana en tu correo.\n"
        "Introduce tu correo electrónico  Suscribirme\n\n"
        "Los pescadores confían en que la nueva sala atraiga a más compradores y mejore los precios.\n\n"
        "Marta Ribes es redactora de Local en el Diario de la Marina. Síguela en @martaribes.\n\n"
        "Comentarios (7)\n\nTags: Dénia, puerto, pesca\n\nLo más leído\n"
        "1. Cierra la playa de les Rotes por las algas\n2. El tren de la costa volverá en 2027\n");
    EXPECT_EQ(a.title, "El puerto de Dénia amplía su lonja");
    const std::vector<std::string> paragraphs = textsOf(a, BlockKind::Paragraph);
    ASSERT_EQ(paragraphs.size(), 3u) << ::testing::PrintToString(paragraphs);
    EXPECT_EQ(paragraphs.back(), "Los pescadores confían en que la nueva sala atraiga a más compradores y mejore los precios.");
    EXPECT_EQ(textsOf(a, BlockKind::Caption), (std::vector<std::string>{"La nueva lonja, durante las obras del pasado invierno."}));
    EXPECT_TRUE(textsOf(a, BlockKind::Heading).empty()) << ::testing::PrintToString(textsOf(a, BlockKind::Heading));
}

// A tenth round of pasted pages: a byline with the writer's job after a bar, or "Words by", a date line
// under the writer's job (past menus that push it down the page), a German date line with its weekday
// and hour, a row of networks' names, a "Follow" button and a sponsor's line.
TEST(ArticleAssemblerTest, shouldTakeTheBylineAndDateOfAPastedPageUnderItsMenus) {
    std::string menus;
    for (const char* item : {"MENU", "SEARCH", "News", "Sport", "Business", "Culture", "Opinion", "Podcasts", "Weather", "Jobs",
                             "Notices", "Puzzles", "Shop"}) {
        menus += std::string(item) + "\n";
    }
    const std::string story =
        "The ferry resumed service to the island on Monday after a month of repairs to its loading ramp at the quay.\n"
        "Crews worked through two weekends to finish the ramp, the harbour authority said, and the first sailing was full.\n";
    const Article a = ingestText(menus + "Sponsored by Harbour Motors\nFerry returns to the island after a month of repairs\n"
                                 "Ines Calloway | Staff Writer\nJan 22, 2025, 11:48 PM EST\nFollow\n"
                                 "Facebook  Twitter  LinkedIn  Email\n" + story);
    EXPECT_EQ(a.title, "Ferry returns to the island after a month of repairs");
    EXPECT_EQ(a.byline, "Ines Calloway");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->iso().substr(0, 10), "2025-01-22");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph).size(), 2u) << ::testing::PrintToString(textsOf(a, BlockKind::Paragraph));
    const Article words = ingestText(menus + "Ferry returns to the island after a month of repairs\nWords by Ines Calloway\n"
                                     "Senior Correspondent\nFebruary 27, 2025\n" + story);
    EXPECT_EQ(words.byline, "Ines Calloway");
    ASSERT_TRUE(words.published.has_value());
    EXPECT_EQ(words.published->iso().substr(0, 10), "2025-02-27");
    const Article de = ingestText("Die F\u00E4hre f\u00E4hrt wieder zur Insel\nVon Ines Calloway\nMittwoch, 5. Februar 2025, 16:40 Uhr\n"
                                  "Die F\u00E4hre zur Insel f\u00E4hrt seit Montag wieder, nachdem die Rampe am Kai einen Monat lang repariert wurde.\n"
                                  "Die Arbeiter haben an zwei Wochenenden durchgearbeitet, und die erste Fahrt war ausgebucht, sagte der Hafenmeister.\n");
    ASSERT_TRUE(de.published.has_value());
    EXPECT_EQ(de.published->iso().substr(0, 10), "2025-02-05");
}

// Front matter as other generators write it (authors as a list of maps, a TOML author table, "pubDate"),
// a module's imports in MDX, and a pasted Italian page: a caption credited in brackets without a colon
// is no headline, and "di Marco Bellandi" under a standfirst is a byline, not the standfirst's end.
TEST(ArticleAssemblerTest, shouldReadGeneratorsFrontMatterAndAnItalianPastedPage) {
    const std::string body = "\nThe ferry resumed service on Monday after a month of repairs to its ramp.\n";
    const Article yaml = ingestText("---\ntitle: Ferry back\npubDate: \"Thursday, 20 February 2025\"\nauthors:\n  - name: Ines Calloway\n"
                                    "    url: /authors/ines\nseo:\n  title: \"Ferry back | The Island Post\"\n---\n"
                                    "import Callout from '../../components/Callout.astro';\n" + body,
                                    InputFormat::Markdown);
    EXPECT_EQ(yaml.title, "Ferry back");
    EXPECT_EQ(yaml.byline, "Ines Calloway");
    ASSERT_TRUE(yaml.published.has_value());
    EXPECT_EQ(yaml.published->iso().substr(0, 10), "2025-02-20");
    const Article toml = ingestText("+++\ntitle = \"Ferry back\"\n[params.author]\n  name = \"Ines Calloway\"\n  title = \"Editor\"\n+++\n" + body,
                                    InputFormat::Markdown);
    EXPECT_EQ(toml.title, "Ferry back");
    EXPECT_EQ(toml.byline, "Ines Calloway");
    const Article it = ingestText(
        "Il Corriere del Lago\nAbbonati\nCronaca\nSport\n"
        "Il traghetto torna a San Vitale dopo un mese di lavori al pontile\n"
        "Gli operatori turistici tirano un sospiro di sollievo. Il sindaco: \u00ABFinalmente si riparte\u00BB\n"
        "di Marco Bellandi\n14 marzo 2025, ore 08:12\nCondividi\n"
        "Il pontile di San Vitale, riaperto ieri (Foto Luca Terzi / Agenzia Riva)\n"
        "Il traghetto per San Vitale \u00E8 tornato in servizio luned\u00EC, dopo un mese di lavori al pontile danneggiato dalla piena.\n"
        "La societ\u00E0 di navigazione ha ripristinato tutte le corse, comprese quelle serali verso l'isola.\n");
    EXPECT_EQ(it.title, "Il traghetto torna a San Vitale dopo un mese di lavori al pontile");
    EXPECT_EQ(it.byline, "Marco Bellandi");
    ASSERT_TRUE(it.published.has_value());
    EXPECT_EQ(it.published->iso().substr(0, 10), "2025-03-14");
    EXPECT_EQ(textsOf(it, BlockKind::Caption).size(), 1u);
}

// An eleventh round: a note app's clipping (a writer linked in the front matter, a highlighted phrase
// whose "==" looked like code and lost its paragraph, an embedded picture, a line of tags), date lines
// with a time after "at" or "à", an ordinal day, Dutch months, a date in figures with its update, a
// breadcrumb of two, a newsletter's "view in your browser" and "unsubscribe".
TEST(ArticleAssemblerTest, shouldReadNoteClippingsAndDateLinesOfAnEleventhRound) {
    const Article clip = ingestText("---\ntitle: \"Ferry back\"\nauthor:\n  - \"[[Ines Calloway]]\"\n---\n"
                                    "The ferry operator, ==Harbour Lines==, resumed the crossing on Monday.\n\n"
                                    "![[quay.jpg]]\n\n#ferries #island-news\n",
                                    InputFormat::Markdown);
    EXPECT_EQ(clip.byline, "Ines Calloway");
    EXPECT_EQ(textsOf(clip, BlockKind::Paragraph),
              (std::vector<std::string>{"The ferry operator, Harbour Lines, resumed the crossing on Monday."}));
    const std::string story = "\nThe ferry resumed service to the island on Monday after a month of repairs to its loading ramp.\n\n"
                              "Crews worked through two weekends to finish the ramp, and the first sailing was full.\n";
    const std::vector<std::pair<std::string, std::string>> lines = {
        {"March 16, 2024 at 11:58 p.m. EDT", "2024-03-16"},
        {"Posted on 5th June 2024", "2024-06-05"},
        {"22 mei 2024, 07:45 \u00B7 Laatste update 09:10", "2024-05-22"},
        {"Le 14/03/2024 \u00E0 06:30 - Mis \u00E0 jour le 14/03/2024 \u00E0 09:12", "2024-03-14"},
        {"Thursday 4 July 2024 at 6:00am", "2024-07-04"}};
    for (const auto& [line, iso] : lines) {
        const Article a = ingestText("View this email in your browser\nNews > Island\nFerry returns to the island\nBy Ines Calloway\n" +
                                     line + "\n" + story + "\nUnsubscribe or update your preferences\n");
        EXPECT_EQ(a.title, "Ferry returns to the island") << line;
        ASSERT_TRUE(a.published.has_value()) << line;
        EXPECT_EQ(a.published->iso().substr(0, 10), iso) << line;
        EXPECT_EQ(textsOf(a, BlockKind::Paragraph).size(), 2u) << line;
    }
}

// A newsletter pasted as text: its own name in capitals and its issue's date line come first; the
// story's headline is the line over the story's byline.
TEST(ArticleAssemblerTest, shouldFindTheStoryHeadlineUnderANewslettersNameAndIssueLine) {
    const Article a = ingestText(
        "View this email in your browser\nTHE HARBOUR LETTER\nIssue #12 \u00B7 Friday, 17 May 2024\n\nHi there,\n\n"
        "Ferry returns to the island after a month of repairs\n\nBy Ines Calloway\n\n"
        "The ferry resumed service to the island on Monday after a month of repairs to its loading ramp at the quay.\n\n"
        "Crews worked through two weekends to finish the ramp, the harbour authority said, and the first sailing was full.\n");
    EXPECT_EQ(a.title, "Ferry returns to the island after a month of repairs");
    EXPECT_EQ(a.byline, "Ines Calloway");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph).size(), 2u) << ::testing::PrintToString(textsOf(a, BlockKind::Paragraph));
}

// A twelfth round: a CMS's field lines over the text, reading times and share rows in German and
// Spanish, a caption known by its copyright sign, a writers' plural job, a byline with the page's "ago",
// and front matter keys in Spanish.
TEST(ArticleAssemblerTest, shouldReadFieldLinesAndLabelsOfATwelfthRound) {
    const std::string story = "The ferry resumed service to the island on Monday after a month of repairs to its loading ramp at the quay.\n\n"
                              "Crews worked through two weekends to finish the ramp, the harbour authority said, and the first sailing was full.\n";
    const Article cms = ingestText("Title: Ferry returns to the island\nSlug: ferry-returns\nAuthor: Ines Calloway\n"
                                   "Published: 2025-05-09T08:30:00+01:00\nStatus: publish\nExcerpt: A month of repairs is over.\n---\n" + story);
    EXPECT_EQ(cms.title, "Ferry returns to the island");
    EXPECT_EQ(cms.byline, "Ines Calloway");
    ASSERT_TRUE(cms.published.has_value());
    EXPECT_EQ(textsOf(cms, BlockKind::Paragraph).front(), "A month of repairs is over.");
    const Article labels = ingestText("Ferry returns to the island after a month of repairs\nBy Ines Calloway and Tomas Reid, Transport Correspondents\n"
                                      "Lesezeit: 3 Min.\nComparte esta nota: Facebook \u00B7 X \u00B7 WhatsApp\n"
                                      "Delen via WhatsApp  Delen via Facebook  Link kopi\u00EBren\n"
                                      "The ferry at the quay on Monday. \u00A9 Ann Holt / Courier\n" + story);
    EXPECT_EQ(labels.byline, "Ines Calloway and Tomas Reid");
    // (The caption known by its copyright sign, in the middle of the story too.)
    const Article middle = ingestText("Ferry returns to the island after a month of repairs\nBy Ines Calloway\n\n" +
                                      story.substr(0, story.find("\n\n") + 2) + "The new ramp at the quay. \u00A9 Ann Holt / Courier\n\n" +
                                      story.substr(story.find("\n\n") + 2));
    EXPECT_EQ(textsOf(middle, BlockKind::Caption), (std::vector<std::string>{"The new ramp at the quay. \u00A9 Ann Holt / Courier"}));
    EXPECT_EQ(textsOf(labels, BlockKind::Paragraph).size(), 2u) << ::testing::PrintToString(textsOf(labels, BlockKind::Paragraph));
    EXPECT_EQ(cleanByline("Ines Calloway \u00B7 Launched 3 years ago", "").names, "Ines Calloway");
    const Article es = ingestText("---\ntitulo: El ferry vuelve a la isla\nautor: In\u00E9s Calloway\nfecha: 2025-05-09\n---\n" + story,
                                  InputFormat::Markdown);
    EXPECT_EQ(es.title, "El ferry vuelve a la isla");
    EXPECT_EQ(es.byline, "In\u00E9s Calloway");
    ASSERT_TRUE(es.published.has_value());
}

TEST(ArticleAssemblerTest, shouldNotReadScriptsStylesOrCommentsLeftInText) {
    const Article a = ingestText(
        "Budget passes\n<script>\nvar ads = load('x');\n</script>\n<style>p { color: red; }</style>\n"
        "<!-- tracking\npixel -->\nThe parliament passed the budget on Friday.\n");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph), (std::vector<std::string>{"The parliament passed the budget on Friday."}));
}

TEST(ArticleAssemblerTest, shouldKeepSubheadingsFollowedByText) {
    const Article a = ingestText(
        "Budget passes\nThe parliament passed the budget on Friday.\nWhat changes\nTaxes rise next year.\n");
    EXPECT_EQ(textsOf(a, BlockKind::Heading), (std::vector<std::string>{"What changes"}));
}

TEST(ArticleAssemblerTest, shouldDropRepeatedParagraphsAndTitleRepeats) {
    const Article a = ingestText("Budget passes\nBudget passes\nThe vote was close.\nThe vote was close.\n");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph), (std::vector<std::string>{"The vote was close."}));
}

TEST(ArticleAssemblerTest, shouldReadMarkdownStructure) {
    const Article a = ingestText(
        "---\ntitle: \"Front matter title\"\nauthor: Kim Min-ji\nsite: Example Daily\nlang: en-GB\n---\n"
        "# Front matter title\n\nFirst paragraph with a [link](http://x.test).\n\n"
        "| City | People |\n|---|---|\n| Seoul | 9.7 million |\n\n"
        "1. First point\n2. Second point\n    - nested point\n\n"
        "<div>raw html</div>\n",
        InputFormat::Markdown);
    EXPECT_EQ(a.title, "Front matter title");
    EXPECT_EQ(a.byline, "Kim Min-ji");
    EXPECT_EQ(a.site, "Example Daily");
    EXPECT_EQ(a.language, "en-GB");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph),
              // (A table's row names its figures by their column; the header is no sentence of its own.)
              (std::vector<std::string>{"First paragraph with a link.", "Seoul, People 9.7 million."}));
    EXPECT_EQ(textsOf(a, BlockKind::ListItem),
              (std::vector<std::string>{"First point", "Second point", "nested point"}));
}

// Front matter as static-site generators write it: TOML between "+++" lines (its tables are the
// theme's), YAML with a doubled single quote, an author as a map, authors as a list.
// A manuscript's citations, a newsletter's greeting to a placeholder, a generator's table of contents
// and a wiki's forced line break are not read.
TEST(ArticleAssemblerTest, shouldLeaveOutCitationKeysPlaceholdersAndTableOfContentsMarks) {
    const Article a = ingestText("---\ntitle: Tourism figures rise\n---\n\n[[toc]]\n\nHola, {{ .Subscriber.FirstName }}:\n\n"
                                 "Visitor numbers rose by a tenth last year [@usf2025, 2], the board said, citing earlier work "
                                 "[see @doe99; @smith04, p. 33] and a note to [ana@example.com].\n",
                                 InputFormat::Markdown);
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph),
              (std::vector<std::string>{"Visitor numbers rose by a tenth last year, the board said, citing earlier work and a note to "
                                        "[ana@example.com]."}));
    const Article wiki = ingestText("Fuel factor to fall\n\nBy Keisha Ebanks-Bodden \\\\\n\nThe fuel factor will fall by four cents "
                                    "from July as diesel prices ease, the utility said on Monday.\n");
    EXPECT_EQ(wiki.byline, "Keisha Ebanks-Bodden");
}

// A CMS's fields between "---" lines, named in code (Lektor's "pub_date", "image_caption", "_hidden"),
// and a broadcast script's running time: the date is taken, the teaser read without its key, the rest not.
TEST(ArticleAssemblerTest, shouldTakeFieldsNamedInCodeAndLeaveOutABroadcastsCues) {
    const Article a = ingestText("title: Rhine dam repairs to cost 112 million francs\n---\nauthor: Lukas Frommelt\n---\n"
                                 "pub_date: 2025-03-14\n---\nteaser: The government wants the dam safe by 2036.\n---\nbody:\n\n"
                                 "The government approved its report on the repair of the Rhine dam on Tuesday, after two years of "
                                 "studies along the whole river.\n\nimage_caption: The dam near Balzers.\n---\n"
                                 "_hidden: no\n",
                                 InputFormat::Markdown);
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->iso().substr(0, 10), "2025-03-14");
    // (Each field over its "---" is a setext heading to Markdown: the teaser is read as one.)
    std::vector<std::string> texts;
    for (const Block& b : a.blocks) {
        if (b.kind != BlockKind::Caption) texts.push_back(b.text);
    }
    EXPECT_NE(std::find(texts.begin(), texts.end(), "The government wants the dam safe by 2036."), texts.end());
    for (const std::string& t : texts) {
        for (const char* field : {"pub_date", "image_caption", "_hidden", "teaser"}) EXPECT_EQ(t.find(field), std::string::npos) << t;
    }
    // A broadcast script's running time over the story is not read either.
    const Article script = ingestText("Laxey harbour wall to be rebuilt\n\nEst. duration: 3:05 (pkg 2:40 + intro 0:25)\n\n"
                                      "The harbour wall at Laxey will be rebuilt this summer after storm damage in January, the "
                                      "infrastructure department said on Monday.\n");
    for (const std::string& p : textsOf(script, BlockKind::Paragraph)) EXPECT_EQ(p.find("duration"), std::string::npos) << p;
}

// A note app's node with capitalized fields (Tana, Roam): the author and the date are taken, the other
// fields and the reader's own notes are not read, the story under "Article::" is.
TEST(ArticleAssemblerTest, shouldReadANoteAppsFieldsAndLeaveOutItsNotes) {
    const Article a = ingestText("%%tana%%\n- Betel nut ban: sellers fined from July #article\n  - URL:: https://example.com/ban\n"
                                 "  - Author:: [[Rhoda Kila]]\n  - Published:: [[date:2025-06-12]]\n  - Status:: [[To read #status]]\n"
                                 "  - Article::\n    - Sellers in the capital will be fined if they trade outside twelve designated "
                                 "markets from July, the city commission announced yesterday.\n  - My notes::\n"
                                 "    - Ask the health ministry about the cancer figures.\n",
                                 InputFormat::Markdown);
    EXPECT_EQ(a.byline, "Rhoda Kila");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->iso().substr(0, 10), "2025-06-12");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_NE(all.find("designated markets"), std::string::npos) << all;
    for (const char* notRead : {"URL", "Status", "My notes", "cancer figures", "#article"}) EXPECT_EQ(all.find(notRead), std::string::npos) << all;
}

TEST(ArticleAssemblerTest, shouldReadTomlAndNestedYamlFrontMatter) {
    const std::string body = "\nThe ferry resumed service on Monday after a month of repairs to its ramp.\n";
    const Article toml = ingestText("+++\ntitle = \"Ferry back after repairs\"\ndate = 2025-03-02T07:00:00Z\n"
                                    "author = \"Ines Calloway\"\n[params]\n  title = \"Theme title\"\n+++\n" + body,
                                    InputFormat::Markdown);
    EXPECT_EQ(toml.title, "Ferry back after repairs");
    EXPECT_EQ(toml.byline, "Ines Calloway");
    ASSERT_TRUE(toml.published.has_value());
    EXPECT_EQ(toml.published->iso().substr(0, 10), "2025-03-02");
    EXPECT_EQ(textsOf(toml, BlockKind::Paragraph).size(), 1u);
    // (The date's key as generators spell it: "publishedDate", "pub_date", "date-published".)
    for (const char* key : {"publishedDate", "pub_date", "date-published", "postedOn"}) {
        const Article keyed = ingestText(std::string("---\ntitle: Ferry back\n") + key + ": 2025-11-26\n---\n" + body, InputFormat::Markdown);
        ASSERT_TRUE(keyed.published.has_value()) << key;
        EXPECT_EQ(keyed.published->iso().substr(0, 10), "2025-11-26");
    }
    const Article map = ingestText("---\ntitle: 'The island''s ferry is back'\nauthor: {name: Ines Calloway, handle: ic}\n---\n" + body,
                                   InputFormat::Markdown);
    EXPECT_EQ(map.title, "The island's ferry is back");
    EXPECT_EQ(map.byline, "Ines Calloway");
    const Article list = ingestText("---\ntitle: Ferry back\nauthors:\n  - Ines Calloway\n  - Tomas Reid\n---\n" + body,
                                    InputFormat::Markdown);
    EXPECT_EQ(list.byline, "Ines Calloway and Tomas Reid");
    const Article flow = ingestText("---\ntitle: Ferry back\nauthors: [Ines Calloway, Tomas Reid]\n---\n" + body, InputFormat::Markdown);
    EXPECT_EQ(flow.byline, "Ines Calloway and Tomas Reid");
}

// What publishing systems leave in exported text: shortcodes (a caption's, an ad's, a button's, with
// their content; a drop cap's, keeping it), Liquid tags, kramdown attribute lists, footnote marks and
// notes, abbreviation definitions, named entities.
TEST(ArticleAssemblerTest, shouldNotReadShortcodesTemplateTagsOrFootnoteMarks) {
    const std::string text =
        "Ferry back after repairs\n\n"
        "[caption id=\"attachment_77\" align=\"alignleft\"]<img src=\"f.jpg\"> The ferry at the quay.[/caption]\n\n"
        "{: .lead}\nThe ferry to Inishmore resumed service on Monday after a month of repairs.[^1]\n\n"
        "[adrotate banner=\"4\"]\n\n"
        "[dropcap]P[/dropcap]assengers queued from dawn at Ros a' Mh&iacute;l, the harbour master said.\n\n"
        "{% include share-buttons.html %}\n\n"
        "[su_button url=\"https://x.test/give\" style=\"flat\"]Support local news[/su_button]\n\n"
        "The next sailing is at noon.\n\n"
        "[^1]: The ramp was damaged in a storm in February.\n"
        "*[RNLI]: Royal National Lifeboat Institution\n";
    for (const InputFormat format : {InputFormat::Text, InputFormat::Markdown}) {
        const Article a = ingestText(text, format);
        std::string all;
        for (const Block& b : a.blocks) all += b.text + "\n";
        EXPECT_NE(all.find("resumed service on Monday after a month of repairs."), std::string::npos) << all;
        EXPECT_NE(all.find("Passengers queued from dawn at Ros a' Mh\u00EDl"), std::string::npos) << all;
        EXPECT_NE(all.find("The next sailing is at noon."), std::string::npos) << all;
        for (const char* markup : {"caption", "attachment", "ferry at the quay", "adrotate", "include", "lead", "[^", "Support local",
                                   "storm in February", "Lifeboat", "&iacute;"}) {
            EXPECT_EQ(all.find(markup), std::string::npos) << markup << " in:\n" << all;
        }
    }
}

// In Markdown: a line in italics or ending with a photo credit under an image, in the story, is its
// caption; a list of links after a label is a list of other stories.
TEST(ArticleAssemblerTest, shouldTakeItalicAndCreditedLinesUnderMarkdownImagesAsCaptions) {
    const Article a = ingestText(
        "# Ferry back after repairs\n\nThe ferry to Inishmore resumed service on Monday after a month of repairs.\n\n"
        "![The quay](quay.jpg)\n*Passengers boarding at the quay on Monday.*\n\n"
        "Crews worked through the weekend to finish the new ramp.\n\n![Ramp](ramp.jpg)\n\n"
        "The new ramp under construction. Credit: Harbour Authority\n\n**Read more:**\n\n"
        "- [Island school reopens](/school)\n- [Storm damage in pictures](/storm)\n\nThe next sailing is at noon.\n",
        InputFormat::Markdown);
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph),
              (std::vector<std::string>{"The ferry to Inishmore resumed service on Monday after a month of repairs.",
                                        "Crews worked through the weekend to finish the new ramp.", "The next sailing is at noon."}));
    EXPECT_EQ(textsOf(a, BlockKind::Caption).size(), 2u);
    EXPECT_TRUE(textsOf(a, BlockKind::ListItem).empty());
}

// Above the story too, a line in italics under the lead image that ends in its photographer's credit
// is the caption, not a standfirst, in the languages captions are written in.
TEST(ArticleAssemblerTest, shouldTakeACreditedItalicLineUnderTheLeadImageAsItsCaption) {
    for (const char* caption : {"*Una pista ciclabile in via Roma, a Torino. Foto di Marco Neri*",
                                "*Le quai de Brest au petit matin. Photo de L\u00E9a Roux*",
                                "*The cycle lane on Rome Street. Photo: Mark Black*"}) {
        const Article a = ingestText(std::string("---\ntitle: Piste ciclabili\n---\n\n![Pista](/img/pista.jpg)\n") + caption +
                                         "\n\nIl consiglio comunale ha approvato ieri sera il nuovo piano per la mobilit\u00E0.\n\n"
                                         "Il piano coster\u00E0 circa 12 milioni di euro.\n",
                                     InputFormat::Markdown);
        EXPECT_EQ(textsOf(a, BlockKind::Caption).size(), 1u) << caption;
        EXPECT_EQ(textsOf(a, BlockKind::Paragraph).size(), 2u) << caption;
    }
    // A standfirst in italics under the lead image, with no credit, stays the story's.
    const Article standfirst = ingestText(
        "---\ntitle: Piste ciclabili\n---\n\n![Pista](/img/pista.jpg)\n*Quaranta chilometri di piste entro il 2028.*\n\n"
        "Il consiglio comunale ha approvato ieri sera il nuovo piano.\n",
        InputFormat::Markdown);
    EXPECT_EQ(textsOf(standfirst, BlockKind::Paragraph).size(), 2u);
}

// A story that gives an address to write to is the story ("email tips@…" is no prompt to the reader),
// and a prompt run into a paragraph of the story takes only its own sentence with it.
TEST(ArticleAssemblerTest, shouldKeepTheStoryAroundAPromptAndAddressesItQuotes) {
    const Article a = ingestText(
        "Storm hits the coast\n\nThe storm hit the coast on Monday. Send tips to tips@example.com. Residents fled.\n\n"
        "Police asked anyone with information to email tips@police.example or call 101.\n\n"
        "Have a tip? Email us at news@example.com. We read everything you send.\n",
        InputFormat::Text);
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph),
              (std::vector<std::string>{"The storm hit the coast on Monday. Residents fled.",
                                        "Police asked anyone with information to email tips@police.example or call 101."}));
}

// A menu copied with its wide spaces is a menu, never the headline; a headline over its standfirst in
// two lines is not one wrapped paragraph.
TEST(ArticleAssemblerTest, shouldKnowAWidelySpacedMenuAndAHeadlineOverItsStandfirst) {
    const Article a = ingestText(
        "Subscribe | Log in\nThe Valley Ledger\nNews   Sports   Business   Opinion   Obituaries\n\n"
        "Council approves $48 million budget with cuts to library hours\n"
        "The spending plan closes a $3.1 million gap but trims weekend hours at two branches.\n\n"
        "By Maria Okafor, Local Government Reporter\n\n"
        "The council voted 5-2 late Monday to approve a $48 million operating budget for the coming fiscal year.\n\n"
        "The library cuts take effect in July, the city manager said after the vote.\n",
        InputFormat::Text);
    EXPECT_EQ(a.title, "Council approves $48 million budget with cuts to library hours");
    ASSERT_FALSE(a.blocks.empty());
    EXPECT_EQ(a.blocks.front().text, "The spending plan closes a $3.1 million gap but trims weekend hours at two branches.");
    for (const Block& b : a.blocks) EXPECT_EQ(b.text.find("Sports"), std::string::npos) << b.text;
}

// What a blind round of pasted pages found: a machine's summary and its points, a live page's time
// stamps and shifts in its byline, its standfirst and entry titles, a wire's note of what it updated and
// its "with assistance from", a paywall's count in French, a letters invitation, a release's "About".
TEST(ArticleAssemblerTest, shouldLeaveOutWhatABlindRoundOfPastedPagesFound) {
    const Article live = ingestText(
        "Heatwave live: record 41.2C in Seville as Spain issues red alerts\n"
        "Authorities close schools early in Andalusia as temperatures climb across southern Europe\n"
        "Priya Nandakumar (now) and Liam Hart (earlier)\nTue 15 Jul 2025 14.05 BST\n\n"
        "Key points\nSummary generated by AI, reviewed by our newsroom.\n\u2022 Seville set a record.\n\u2022 Schools closed early.\n\n"
        "14.05 BST\nSeville breaks its July record\n"
        "Spain's weather agency says the thermometer at Seville airport reached 41.2C, the highest July reading since 1951.\n"
        "Updated at 14.11 BST\n\n13.20 BST\nPortugal raises wildfire warning to maximum\n"
        "Portugal's civil protection authority has raised the wildfire risk to maximum in 14 municipalities.\n\n"
        "Il vous reste 61.42% de cet article \u00E0 lire. La suite est r\u00E9serv\u00E9e aux abonn\u00E9s.\n\n"
        "\u2014 With assistance from Sofia Lindqvist\n(Updates with share move in fifth paragraph.)\n\n"
        "Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 "
        "words by email to be considered for publication in our letters section, please click here.\n\n"
        "About Nordvind Energy\nNordvind Energy ASA is a Norwegian renewable energy company\n"
        "with 3.4 GW of wind and hydropower in operation across the Nordics.\n",
        InputFormat::Text);
    EXPECT_EQ(live.byline, "Priya Nandakumar and Liam Hart");
    std::string all;
    for (const Block& b : live.blocks) all += b.text + "\n";
    // (Each entry under its time; not the time an entry was updated.)
    for (const char* story : {"Authorities close schools", "14.05 BST: Seville breaks its July record", "13.20 BST: Portugal raises wildfire warning"}) {
        EXPECT_NE(all.find(story), std::string::npos) << story << " lost from:\n" << all;
    }
    for (const char* furniture : {"Summary generated", "Seville set a record", "14.11", "Il vous reste", "assistance", "Updates with",
                                  "opinion", "Nordvind", "3.4 GW"}) {
        EXPECT_EQ(all.find(furniture), std::string::npos) << furniture << " in:\n" << all;
    }
}

// Note apps' exports: properties Markdown joins into one paragraph, a callout in a quote block (Obsidian's
// "[!info]" or a pictograph and a label), a comment for the writer, related notes under their heading,
// an event's facts; the story's quotation in a callout of its own kind is kept.
TEST(ArticleAssemblerTest, shouldReadANoteAppsExportWithoutItsPropertiesCalloutsAndComments) {
    const Article a = ingestText(
        "# Wie eine Genossenschaft bezahlbares Wohnen organisiert\n\nAutorin: Jana Vogt\nVer\u00F6ffentlicht: 17. April 2025\n"
        "Status: Ver\u00F6ffentlicht\nRessort: Wirtschaft\nTags: Wohnen, Leipzig\n\n"
        "> \U0001F4A1 **Das Wichtigste in K\u00FCrze:** Die Genossenschaft vermietet 312 Wohnungen.\n\n"
        "Wer bei der Genossenschaft in Leipzig eine Wohnung sucht, braucht vor allem Geduld und einen langen Atem.\n\n"
        "%% TODO: Zitat noch pr\u00FCfen %%\n\n"
        "> [!info] Genossenschaften in Sachsen\n> In Sachsen gibt es rund 220 Genossenschaften.\n\n"
        "> [!quote] Die Vorsitzende\n> Wir bauen f\u00FCr Menschen, nicht f\u00FCr Renditen.\n\n"
        "Auf der Warteliste stehen derzeit rund 1.400 Namen, f\u00FCr gerade einmal 312 Wohnungen.\n\n"
        "**WANN:** jeden Samstag\n**WO:** im Gemeinschaftshaus\n\n## Verwandte Artikel\n\n"
        "- [[Mieten in Leipzig 2024]]\n- [[Wohnungsbau in Sachsen]]\n",
        InputFormat::Markdown);
    EXPECT_EQ(a.byline, "Jana Vogt");
    ASSERT_TRUE(a.published.has_value());
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    for (const char* story : {"braucht vor allem Geduld", "nicht f\u00FCr Renditen", "Warteliste"}) {
        EXPECT_NE(all.find(story), std::string::npos) << story << " lost from:\n" << all;
    }
    for (const char* furniture : {"Status", "Ressort", "Wichtigste", "TODO", "220", "Samstag", "Gemeinschaftshaus", "Mieten"}) {
        EXPECT_EQ(all.find(furniture), std::string::npos) << furniture << " in:\n" << all;
    }
}

// A pasted page's caption known by the credit under it, or glued to its end after a slash; a match's
// team sheets; "Written by" over the story.
TEST(ArticleAssemblerTest, shouldKnowPastedCaptionsByTheirCreditsAndLeaveOutTeamSheets) {
    const Article a = ingestText(
        "Walking after meals may blunt blood sugar spikes\nWritten by Sarah Lin\nAugust 6, 2025\n\n"
        "A new study suggests a walk after dinner could help with glucose control. Maskot/Getty Images\n\n"
        "A ten-minute walk after meals lowered blood sugar peaks by about 17% in adults with prediabetes, the study found.\n\n"
        "Residents line up to speak during the council meeting at City Hall.\n(Jamal Reed / The Riverton Ledger)\n\n"
        "The effect was strongest after the evening meal, when most people are least active, the researchers said.\n\n"
        "Ashford Town: Kerr; Adams, Bell, Nwosu, Price; Hale, Doyle (Finch 70); Okonkwo, Reid; Mensah.\n"
        "Harwich Rovers: Grant; Cole, Marsh, Pike, Evans; Oduya, Lyle; Baker (Stone 80), Hurst; Dunn.\n",
        InputFormat::Text);
    EXPECT_EQ(a.byline, "Sarah Lin");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph).size(), 2u);
    for (const Block& b : a.blocks) {
        if (b.kind == BlockKind::Caption || b.kind == BlockKind::Credit) continue;  // kept for what they are, never read
        EXPECT_EQ(b.text.find("Getty"), std::string::npos) << b.text;
        EXPECT_EQ(b.text.find("Kerr"), std::string::npos) << b.text;
        EXPECT_EQ(b.text.find("Jamal Reed"), std::string::npos) << b.text;
    }
}

// A newsletter forwarded as text and a magazine's page: the email's "view on the web" and its bare
// addresses, a bare name over the date under a long standfirst, a pull quote that repeats the story with
// the speaker between its sentences, "Leggi anche" with the title it offers, a bio that opens on the job,
// a profile's followers, the photographer's name in capitals under a caption.
TEST(ArticleAssemblerTest, shouldReadAForwardedNewsletterAndAMagazinePageClean) {
    const Article a = ingestText(
        "View this post on the web at https://example.substack.test/p/pharmacy\n\n"
        "The quiet collapse of the town pharmacy\n"
        "Independent drugstores are closing at a rate of about one a day. In Dunmore County, the last one just shut its doors.\n\n"
        "Elena Marsh\nMay 18, 2025\n\n[https://cdn.example.test/image/ab12cd.jpeg]\n"
        "The shuttered pharmacy in Dunmore, Kansas, on a spring morning.\nIKER ETXEBARRIA\n\n"
        "Supplies came by truck when the roads allowed. \"You didn't go to the city for a haircut,\" Gary Whitfield says. "
        "\"You went for a funeral.\"\n\n\"You didn't go to the city for a haircut. You went for a funeral.\"\n\n"
        "Leggi anche\nBologna, il Comune stanzia 2 milioni per i teatri\n\n"
        "The county has lost four pharmacies in ten years, and the nearest one is now forty miles away on the highway.\n\n"
        "Share [https://example.substack.test/p/pharmacy?utm_source=share]\n\n"
        "Periodista de la secci\u00F3n de Econom\u00EDa en Bilbao. Cubre industria y energ\u00EDa.\n\n"
        "2.3K Followers. Urban data nerd. Writes about transit, maps and spreadsheets.\n",
        InputFormat::Text);
    EXPECT_EQ(a.title, "The quiet collapse of the town pharmacy");
    EXPECT_EQ(a.byline, "Elena Marsh");
    std::string all;
    for (const Block& b : a.blocks) {
        if (b.kind != BlockKind::Caption && b.kind != BlockKind::Credit) all += b.text + "\n";
    }
    EXPECT_NE(all.find("Supplies came by truck"), std::string::npos) << all;
    EXPECT_NE(all.find("forty miles away"), std::string::npos) << all;
    EXPECT_EQ(all.find("You went for a funeral.\"\n\"You"), std::string::npos) << all;
    std::size_t quotes = 0;
    for (std::size_t at = all.find("haircut"); at != std::string::npos; at = all.find("haircut", at + 1)) ++quotes;
    EXPECT_EQ(quotes, 1u) << all;
    for (const char* furniture : {"View this post", "https", "ETXEBARRIA", "Bologna", "Periodista", "Followers", "shuttered"}) {
        EXPECT_EQ(all.find(furniture), std::string::npos) << furniture << " in:\n" << all;
    }
}

// A third round of pasted pages: a caption with its credit under it over the story's first paragraph
// (which stays the story's), a breadcrumb with slashes, a forwarded email's headers, the paper's name
// under the writer's, a job or a town after the name, date lines labelled in more languages, a blog's
// "Posted on … by …".
TEST(ArticleAssemblerTest, shouldReadAThirdRoundOfPastedPagesRight) {
    const Article obit = ingestText(
        "From: The Morning Ledger <news@example.test>\nTo:\nSubject: Obituaries this week\n\n"
        "News / Obituaries / Coast\nEleanor Voss, who turned a cannery into an arts center, dies at 91\nMarisol Tran\n"
        "Harlow County Courier\nPublication date: Aug 22, 2025\n\nEleanor Voss at the Cannery Arts Center in 1994.\n"
        "Courtesy of the Voss family\nEleanor Voss, a former schoolteacher who persuaded a fishing town to turn its abandoned "
        "cannery into a theater, gallery and studio complex, died Aug. 19 at her home in Port Adair. She was 91.\n\n"
        "Her daughter, Ruth Voss-Lindgren, said the cause was heart failure, and that her mother had been ill for a year.\n",
        InputFormat::Text);
    EXPECT_EQ(obit.title, "Eleanor Voss, who turned a cannery into an arts center, dies at 91");
    EXPECT_EQ(obit.byline, "Marisol Tran");
    ASSERT_TRUE(obit.published.has_value());
    EXPECT_EQ(obit.published->dateIso(), "2025-08-22");
    ASSERT_EQ(textsOf(obit, BlockKind::Paragraph).size(), 2u);
    EXPECT_EQ(textsOf(obit, BlockKind::Paragraph).front().rfind("Eleanor Voss, a former schoolteacher", 0), 0u);
    EXPECT_EQ(textsOf(obit, BlockKind::Caption), (std::vector<std::string>{"Eleanor Voss at the Cannery Arts Center in 1994."}));

    const Article blog = ingestText(
        "Council splits on the new pool\nPosted on January 14, 2026 by Hannah Okafor\n\n"
        "The council voted 4-3 on Tuesday to build a new public pool on the site of the old library, after two hours of debate.\n\n"
        "The pool will open in 2028 if the county agrees to share the cost, the mayor said after the meeting.\n",
        InputFormat::Text);
    EXPECT_EQ(blog.byline, "Hannah Okafor");
    for (const char* raw : {"Derek Pham, Meteorologist", "Fiona Gallacher, Science Correspondent", "Claire Dubois (Lyon, correspondante)"}) {
        EXPECT_EQ(splitWords(cleanByline(raw, "").names).size(), 2u) << raw;
    }
}

// A fourth round: the agency's name under a byline, an embargo and a sub-editor's note, a clip's title
// with its running time, a player's "Listen · 4:12 min", a short pull quote, the comments under their
// count, a note's keywords, a Substack's linked name and date, its linked picture with a credit, MDX's
// imports.
TEST(ArticleAssemblerTest, shouldReadAFourthRoundOfPastedPagesAndExportsRight) {
    const Article wire = ingestText(
        "Ferry service cut as fuel costs rise\nBy Tom Beck\nAssociated Newswire\nMarch 3, 2025\n\n"
        "EMBARGOED UNTIL 06:00 BST WEDNESDAY 8 OCTOBER\n[SUBS: please check the title]\nListen \u00B7 4:12 min\n\n"
        "The state will cut ferry service to three islands from April, officials said on Monday, citing fuel costs that have doubled.\n\n"
        "\"It is the hardest call we have made,\" the director said at a hearing that ran late into the evening.\n\n"
        "\u201CThe hardest call we have made.\u201D\n\nDaklozen slapen buiten na sluiting opvang (01:47)\n\n"
        "Islanders will be offered a reduced fare on the remaining crossings, the department said.\n\n"
        "Beck reported from Seattle.\nKEYWORDS: ferries, fuel, islands\n\n12 Comments\n\nMarge T. says:\nAbout time.\n",
        InputFormat::Text);
    EXPECT_EQ(wire.byline, "Tom Beck");
    EXPECT_EQ(textsOf(wire, BlockKind::Paragraph).size(), 3u);
    std::string all;
    for (const Block& b : wire.blocks) all += b.text + "\n";
    for (const char* furniture : {"Associated", "EMBARGOED", "SUBS", "Listen", "\u201CThe hardest", "Daklozen", "reported from", "KEYWORDS",
                                  "Comments", "About time"}) {
        EXPECT_EQ(all.find(furniture), std::string::npos) << furniture << " in:\n" << all;
    }

    const Article post = ingestText(
        "# Inside the budget fight\n\n[Marcus Bell](https://substack.test/@marcusbell)\nApr 24, 2025\n\n"
        "import Chart from '../../components/Chart.astro';\nimport cases from '../../data/cases.json';\n\n"
        "[![](https://cdn.test/image/ab12cd.jpeg)](https://cdn.test/full/ab12cd.jpeg)\n"
        "The Kestrel Hill branch library on Tuesday. (Marcus Bell / The Civic Ledger)\n\n"
        "Three of the city's seven branch libraries could close by July unless the library board finds the money by Friday.\n",
        InputFormat::Markdown);
    EXPECT_EQ(post.byline, "Marcus Bell");
    ASSERT_TRUE(post.published.has_value());
    EXPECT_EQ(textsOf(post, BlockKind::Paragraph),
              (std::vector<std::string>{"Three of the city's seven branch libraries could close by July unless the library board finds the money by Friday."}));
}

// A fifth round: a job over the date is no headline ("Senior Editor, Ports & Ocean"), a name with its job
// and no separator, "By:" and "Von:", a name over the writer's address, a date with its zone's offset, a
// note's "Author:" and "Publish date:" joined, a sponsor's box (and its caps label is no photographer).
TEST(ArticleAssemblerTest, shouldReadAFifthRoundOfPastedPagesRight) {
    const std::string story = "\n\nThe port authority will open the second phase of its rail facility in September, three months ahead of schedule.\n"
                              "Rail currently carries about 21% of the containers that move through the port, officials said on Monday.\n"
                              "SPONSORED CONTENT\nIs your yard management stuck in 2015? Download the benchmark from YardOS today.\n"
                              "The early opening was made possible in part by a mild winter and by prefabricated crane rails.\n";
    const Article trade = ingestText("Port Ardent to open rail yard expansion three months early\nRachel Beaumont\n"
                                     "Senior Editor, Ports & Ocean\nTuesday, June 11, 2024" + story, InputFormat::Text);
    EXPECT_EQ(trade.title, "Port Ardent to open rail yard expansion three months early");
    EXPECT_EQ(trade.byline, "Rachel Beaumont");
    EXPECT_EQ(textsOf(trade, BlockKind::Paragraph).size(), 3u);
    for (const Block& b : trade.blocks) EXPECT_EQ(b.text.find("YardOS"), std::string::npos) << b.text;

    for (const auto& [line, name] : std::vector<std::pair<std::string, std::string>>{
             {"Harriet Okafor Environment correspondent", "Harriet Okafor"}, {"By: Dana Whitfield", "Dana Whitfield"},
             {"Von: Markus Eberle", "Markus Eberle"}, {"Elin Sj\u00F6berg\nelin.sjoberg@example.test", "Elin Sj\u00F6berg"}}) {
        const Article a = ingestText("Port Ardent to open rail yard expansion three months early\n" + line +
                                         "\nDec. 10, 2024 6:41 AM GMT+1" + story,
                                     InputFormat::Text);
        EXPECT_EQ(cleanByline(a.byline, "").names, name) << line;
        EXPECT_TRUE(a.published.has_value()) << line;
    }
    const Article note = ingestText("# Pools reopen\n\nAuthor: Omar Haddad\nPublish date: July 9, 2024\n\n"
                                    "The city will reopen its three public pools on Saturday after repairs that took most of the spring.\n",
                                    InputFormat::Markdown);
    EXPECT_EQ(note.byline, "Omar Haddad");
    EXPECT_TRUE(note.published.has_value());
}

// The same review for the furniture rules: a prefix of a comments heading without its count, a phrase
// of a button inside a word, a lead that opens on a pictograph and a label, a list under a line about
// the AI Act, justified prose with wide spaces: all the story's.
TEST(ArticleAssemblerTest, shouldKeepTheStoryWhereAReviewFoundFurnitureRulesTooBroad) {
    const Article a = ingestText(
        "Regulators weigh new rules for social media\n\n"
        "\U0001F534 BREAKING: Police have confirmed that the city's main bridge will stay closed until Friday after the crash.\n\n"
        "Facebook now requires users to verify their age.\n\n"
        "Response to the ruling\n\n"
        "The agency's lawyers said they would study the judgment before deciding whether to appeal it.\n\n"
        "The  committee  voted  to  approve\n\n"
        "The vote came after a debate of three hours in which every member of the committee spoke.\n\n"
        "Here is a summary of what the AI Act requires:\n- Providers must label generated images.\n- Users must be told when they talk to a machine.\n\n"
        "Comments on the proposal are due by March 3, the agency said in a statement on Monday.\n",
        InputFormat::Text);
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    for (const char* story : {"Police have confirmed", "Facebook now requires", "Response to the ruling", "committee", "label generated images",
                              "Comments on the proposal"}) {
        EXPECT_NE(all.find(story), std::string::npos) << story << " lost from:\n" << all;
    }
    EXPECT_EQ(all.find("|"), std::string::npos) << all;
}

TEST(ArticleAssemblerTest, shouldTakeTextUnderMarkdownImageAsCaption) {
    const Article a = ingestText(
        "# Flood\n\nRivers rose overnight.\n\n![Rescuers at work](http://x.test/a.jpg)\n\n"
        "Rescuers at work. [AP]\n\nThe water fell by noon.\n",
        InputFormat::Markdown);
    EXPECT_EQ(textsOf(a, BlockKind::Caption), (std::vector<std::string>{"Rescuers at work."}));
    EXPECT_EQ(textsOf(a, BlockKind::Credit), (std::vector<std::string>{"AP"}));
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph),
              (std::vector<std::string>{"Rivers rose overnight.", "The water fell by noon."}));
}

TEST(ArticleAssemblerTest, shouldDetectFormats) {
    EXPECT_EQ(detectFormat("a.md", "plain"), InputFormat::Markdown);
    EXPECT_EQ(detectFormat("a.txt", "# Looks like markdown"), InputFormat::Text);
    EXPECT_EQ(detectFormat("-", "# Heading\n\nText."), InputFormat::Markdown);
    EXPECT_EQ(detectFormat("-", "  <!DOCTYPE html><html>"), InputFormat::Html);
    EXPECT_EQ(detectFormat("-", "Just a line.\nAnother."), InputFormat::Text);
}

// A page printed to PDF and copied: no blank lines, paragraphs wrapped at one width, the browser's
// date line and the address with its page count in the margins. The wrapped lines are joined again;
// headings, the byline and each paragraph's last line stay apart; the margins are not read.
TEST(ArticleAssemblerTest, shouldJoinTheWrappedLinesOfAPrintedPage) {
    const Article a = ingestText(
        "3/4/26, 9:12 AM River barges return to the upper canal | The Lock Keeper\n"
        "River barges return to the upper canal\n"
        "By Ines Calloway\n"
        "A fleet of six restored barges carried grain along the upper canal on\n"
        "Monday for the first time since the locks were closed for repairs in\n"
        "the spring of last year.\n"
        "The trust that runs the canal said the barges would sail twice a week\n"
        "until the end of the harvest, and that more boats were being restored.\n"
        "https://lockkeeper.example/news/barges Page 1 of 2\n"
        "3/4/26, 9:12 AM River barges return to the upper canal | The Lock Keeper\n"
        "What comes next\n"
        "Engineers will inspect the lower locks in April. If they pass, the\n"
        "barges could reach the estuary by the summer, the trust said.\n");
    EXPECT_EQ(a.title, "River barges return to the upper canal");
    EXPECT_EQ(cleanByline(a.byline, "").names, "Ines Calloway");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph),
              (std::vector<std::string>{
                  "A fleet of six restored barges carried grain along the upper canal on Monday for the first time since the "
                  "locks were closed for repairs in the spring of last year.",
                  "The trust that runs the canal said the barges would sail twice a week until the end of the harvest, and that "
                  "more boats were being restored.",
                  "Engineers will inspect the lower locks in April. If they pass, the barges could reach the estuary by the "
                  "summer, the trust said."}));
    EXPECT_EQ(textsOf(a, BlockKind::Heading), (std::vector<std::string>{"What comes next"}));
}

// A newsletter pasted whole: its name and issue, a contents list of arrowed links, a greeting, then a
// headline of two short sentences over "Reporting by" and a date with its weekday, in Dutch here; the
// asks after the story go.
TEST(ArticleAssemblerTest, shouldFindTheStoryOfAPastedNewsletter) {
    const Article a = ingestText(
        "THE TIDE LEDGER \xC2\xB7 Tuesday edition\n\n"
        "IN THIS ISSUE\n\xE2\x86\x92 The ferry that never came\n\xE2\x86\x92 Week ahead in the council\n\n"
        "Good morning, readers. One story today, and it is a long one.\n\n"
        "The ferry stopped in March. Nobody has said when it will return.\n\n"
        "Reporting by Dana Whitcombe\ndinsdag 3 juni 2025\n\n"
        "When the island ferry was withdrawn in March, the operator said repairs would take six weeks at most and that "
        "a replacement boat had been booked.\n\n"
        "Three months later the pier is empty, and the county has yet to publish the engineers' report it commissioned.\n\n"
        "Have you had to change your plans because of the ferry? Tell us at tips@tideledger.example.\n\n"
        "This newsletter is free because members pay for it. Join them \xE2\x86\x92 tideledger.example/join\n");
    EXPECT_EQ(a.title, "The ferry stopped in March. Nobody has said when it will return.");
    EXPECT_EQ(cleanByline(a.byline, "").names, "Dana Whitcombe");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->dateIso(), "2025-06-03");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph).size(), 2u) << ::testing::PrintToString(textsOf(a, BlockKind::Paragraph));
}

// A CMS's export in French, one field a line with a space before the colon: the title, the writer, the
// date are taken, the labels over the standfirst and the body go, the caption is a caption, the
// record's own fields are not read.
TEST(ArticleAssemblerTest, shouldReadTheFieldsOfACmsExportInFrench) {
    const Article a = ingestText(
        "ID : 2025-08-4471\nStatut : publi\xC3\xA9\nTitre : Vendanges pr\xC3\xA9" "coces en Bourgogne\n"
        "Auteur : Claire Vasseur, correspondante \xC3\xA0 Beaune\nDate de publication : 28/08/2025 07:15\n"
        "Mots-cl\xC3\xA9s : vin, Bourgogne, climat\nChap\xC3\xB4 :\n"
        "Pour la troisi\xC3\xA8me ann\xC3\xA9" "e cons\xC3\xA9" "cutive, les vendanges d\xC3\xA9" "butent en ao\xC3\xBBt.\nCorps :\n"
        "\xC3\x80 Meursault, les premiers s\xC3\xA9" "cateurs ont claqu\xC3\xA9 lundi \xC3\xA0 l'aube, bien avant que le soleil ne "
        "chauffe les coteaux.\n"
        "L\xC3\xA9gende : Des vendangeurs dans une parcelle de chardonnay. Photo Claire Vasseur\n"
        "Il y a trente ans, la date moyenne du d\xC3\xA9" "but des vendanges se situait autour du 25 septembre.\n");
    EXPECT_EQ(a.title, "Vendanges pr\xC3\xA9" "coces en Bourgogne");
    EXPECT_EQ(cleanByline(a.byline, "").names, "Claire Vasseur");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->dateIso(), "2025-08-28");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph).size(), 3u) << ::testing::PrintToString(textsOf(a, BlockKind::Paragraph));
    EXPECT_EQ(textsOf(a, BlockKind::Caption).size(), 1u);
}

// Metadata as other tools write it: Hugo's JSON front matter, Ghost's "primary_author", a heading that is
// all a link to the site over the story's headline, a wire's "(Reporting by …)" at the end, a desk
// after the writer's name, a live ticker over a pasted headline, the place and date under a byline.
TEST(ArticleAssemblerTest, shouldReadMetadataAsOtherToolsWriteIt) {
    const std::string story = "Farmers in the valley may build again after two years of waiting for permits.\n";
    const Article json = ingestText("{\n  \"title\": \"Farmers may build again\",\n  \"date\": \"2025-10-09T07:30:00+02:00\",\n"
                                    "  \"authors\": [\"Femke Jansen\", \"Bas Kooiman\"],\n  \"toc\": false\n}\n\n" + story,
                                    InputFormat::Markdown);
    EXPECT_EQ(json.title, "Farmers may build again");
    EXPECT_EQ(json.byline, "Femke Jansen and Bas Kooiman");
    ASSERT_TRUE(json.published.has_value());
    EXPECT_EQ(json.published->dateIso(), "2025-10-09");
    EXPECT_EQ(textsOf(json, BlockKind::Paragraph), (std::vector<std::string>{collapseWhitespace(story)}));
    const Article ghost = ingestText("---\ntitle: Cable car halves the trip\nprimary_author: Valentina R\xC3\xADos\n---\n\n" + story,
                                     InputFormat::Markdown);
    EXPECT_EQ(ghost.byline, "Valentina R\xC3\xADos");
    const Article site = ingestText("# [The Tideline](https://thetideline.example/)\n\n# The crab season that never opened\n\n" + story,
                                    InputFormat::Markdown);
    EXPECT_EQ(site.title, "The crab season that never opened");
    EXPECT_TRUE(textsOf(site, BlockKind::Heading).empty()) << ::testing::PrintToString(textsOf(site, BlockKind::Heading));
    // (A headline that links to its own story, as a reading app saves it, is the headline.)
    const Article saved = ingestText("# [States back plan to rebuild the harbour wall](https://example.org/story)\n\n" + story,
                                     InputFormat::Markdown);
    EXPECT_EQ(saved.title, "States back plan to rebuild the harbour wall");
    const Article wire = ingestText("Dockers strike at the port\n\n" + story + "\n(Reporting by Beatriz Lima; Editing by Jo\xC3\xA3o Cardoso)\n");
    EXPECT_EQ(wire.byline, "Beatriz Lima");
    EXPECT_EQ(textsOf(wire, BlockKind::Paragraph).size(), 1u);
    const Article desk = ingestText("# Night buses return\n\n*By Theo Marsh-Adeyemi \xC2\xB7 Halden Civic Desk \xC2\xB7 2 March 2025*\n\n" + story,
                                    InputFormat::Markdown);
    EXPECT_EQ(cleanByline(desk.byline, "").names, "Theo Marsh-Adeyemi");
    const Article live = ingestText("Home \xE2\x80\xBA Local\nLIVE Storm hits the coast: power restored to 8,000 homes\n"
                                    "Ferry operator pulls out of the island route\nBy Priya Raman\n"
                                    "Fri 14 Mar 2025 06.02 GMT\n\n" + story + "\nThe council said it had offered a one-off payment, which the operator refused.\n");
    EXPECT_EQ(live.title, "Ferry operator pulls out of the island route");
    const Article placed = ingestText("Young people spend most of their pay on rent\n\nPor Luc\xC3\xAD" "a Fern\xC3\xA1ndez\n"
                                      "Madrid, 9 de febrero de 2025\n\n" + story);
    ASSERT_TRUE(placed.published.has_value());
    EXPECT_EQ(placed.published->dateIso(), "2025-02-09");
}

// Markup of static sites around the story: an admonition's box, a Hugo shortcode's banner, a class set on
// a link; a bulleted list copied from a page stays the story's; a footer's row of links ends it and the
// bios over it go.
TEST(ArticleAssemblerTest, shouldLeaveOutTheBoxesOfStaticSitesAndKeepBulletedLists) {
    const Article md = ingestText(
        "# Campus alerts reach students late\n\n"
        "{{< banner type=\"live\" >}}Follow our live blog of the council meeting tonight.{{< /banner >}}\n\n"
        "Most students received the emergency text more than ten minutes after the earthquake, a survey found.\n\n"
        ":::info Methodology\nThe survey was sent through residence hall group chats.\n:::\n\n"
        "The university said it would test a faster system before the spring term begins.\n\n"
        "[Subscribe to the Campus Wire](#/portal/signup){.kg-btn}\n",
        InputFormat::Markdown);
    EXPECT_EQ(textsOf(md, BlockKind::Paragraph),
              (std::vector<std::string>{"Most students received the emergency text more than ten minutes after the earthquake, a survey found.",
                                        "The university said it would test a faster system before the spring term begins."}));
    const Article text = ingestText(
        "Robot maker opens a plant in Worcester\n\nBy Dana Reyes\n\n"
        "Northfield Robotics will open its first factory in Worcester next year, bringing 140 jobs to the city.\n\n"
        "Key facts about the new facility:\n\xE2\x80\xA2 Capacity to assemble up to 1,200 carts per year\n"
        "\xE2\x80\xA2 A training partnership with the community college\n\n"
        "The company said hiring would begin in the spring.\n\n"
        "Dana Reyes covers business for The Worcester Ledger.\n"
        "Customer Service | Privacy Policy | Terms of Service | Do Not Sell or Share My Personal Information\n");
    EXPECT_EQ(textsOf(text, BlockKind::ListItem),
              (std::vector<std::string>{"Capacity to assemble up to 1,200 carts per year", "A training partnership with the community college"}));
    EXPECT_EQ(textsOf(text, BlockKind::Paragraph).back(), "The company said hiring would begin in the spring.");
}

// What a seventeenth blind round of pasted text and Markdown lost or read: a list copied without its
// bullets after the sentence that opens it (items apart or together, ended by commas and a full stop);
// a subheading under a wrapped prompt with no stop; MkDocs's admonitions; rows of a page's sections,
// buttons and footer links parted by one mark; hashtags under a label.
TEST(ArticleAssemblerTest, shouldReadBareListsAndSubheadsAndDropRowsAndAdmonitions) {
    const Article text = ingestText(
        "Pool to reopen after three dry summers\n\nBy Naomi Hart\n\n"
        "The council voted six to one on Tuesday to rebuild the Eastside pool, which has been closed since a main cracked in 2022.\n"
        "The plan draws on three sources:\n"
        "$2.5 million from the city's capital reserve\n"
        "$1.1 million from a state outdoor recreation grant\n\n"
        "$600,000 raised by the Friends of Eastside Pool\n"
        "Council member Gary Holt cast the only vote against, saying the city should have built an indoor pool instead.\n"
        "Members must agree to three conditions:\n"
        "a share of 300 euros per square metre,\n"
        "a monthly fee,\n"
        "a part in running the cooperative.\n"
        "Photo: City of Brookhaven\n"
        "What happens next\n"
        "Construction bids will go out in May, with work starting in the fall, and the pool could open by Memorial Day.\n");
    EXPECT_EQ(textsOf(text, BlockKind::ListItem),
              (std::vector<std::string>{"$2.5 million from the city's capital reserve", "$1.1 million from a state outdoor recreation grant",
                                        "$600,000 raised by the Friends of Eastside Pool", "a share of 300 euros per square metre,",
                                        "a monthly fee,", "a part in running the cooperative."}));
    EXPECT_EQ(textsOf(text, BlockKind::Heading), (std::vector<std::string>{"What happens next"}));

    std::string wrapped = "Reefer shortage pushes citrus to rail\n\n";
    for (int k = 0; k < 4; ++k) {
        wrapped += "Citrus exporters in Florida and Texas are diverting a growing share of their\n"
                   "shipments to rail after a shortage of refrigerated container plugs at two Gulf\n"
                   "terminals left boxes of grapefruit idling for days, shippers and port officials\n"
                   "said this week.\n";
    }
    wrapped += "Get the Cold Chain Brief, our Tuesday newsletter for reefer, pharma and other\n"
               "perishables and fresh logistics professionals. Sign up free at example.com/brief\n"
               "Costs and risks\n"
               "Shippers said the rail option adds roughly $400 to $650 per container over a direct\n"
               "truck move, though it saves on the days boxes wait at the port for a plug.\n";
    EXPECT_EQ(textsOf(ingestText(wrapped), BlockKind::Heading), (std::vector<std::string>{"Costs and risks"}));

    const Article md = ingestText(
        "# Hydrogen buses join the fleet\n\n"
        "Nyheter / Norrbotten / Kultur\n\n"
        "!!! info \"Beta\"\n    The new version of the site is in testing. [Report a bug](https://example.org/bug)\n\n"
        "The transit authority put ten hydrogen buses into service on Monday on the busiest routes in the city.\n\n"
        "!!! tip \"Read also\"\n    [Tram line contract signed](../tram.md)\n\n"
        "Drivers said the buses were quieter, and the refuelling station at the depot opened the same day.\n\n"
        "**Tags:** #transport #hydrogen\n\n"
        "??? question \"Comments (12)\"\n    Sign in with GitHub to comment.\n\n"
        "The Courier \xC2\xA9 2025 \xC2\xB7 Built with MkDocs Material \xC2\xB7 [Privacy](../privacy.md)\n",
        InputFormat::Markdown);
    EXPECT_EQ(textsOf(md, BlockKind::Paragraph),
              (std::vector<std::string>{"The transit authority put ten hydrogen buses into service on Monday on the busiest routes in the city.",
                                        "Drivers said the buses were quieter, and the refuelling station at the depot opened the same day."}));
}

// A row of short items is a page's, whatever mark parts them; a sentence's list or a row of results is not.
TEST(ArticleAssemblerTest, shouldKnowRowsOfShortItemsFromListsInSentences) {
    for (const std::string line : {"Home \xC2\xB7 Projects \xC2\xB7 Meetups \xC2\xB7 Donate \xC2\xB7 RSS", "Nyheter / Norrbotten / Kultur",
                                   "Privacy \xE2\x88\x99 Terms \xE2\x88\x99 Collection notice",
                                   "Undercurrent \xC2\xB7 Cities \xC2\xB7 Infrastructure \xC2\xB7 Subscribe \xC2\xB7 Log in",
                                   "The Lantern \xC2\xA9 2025 \xC2\xB7 Published with Ghost \xC2\xB7 Privacy \xC2\xB7 Contact"}) {
        EXPECT_TRUE(isRowOfShortItems(line)) << line;
    }
    for (const std::string line : {"Smith 12 \xC2\xB7 Jones 9 \xC2\xB7 Lee 4", "flour / sugar / eggs",
                                   "The vote was close \xC2\xB7 the council split down the middle on the budget."}) {
        EXPECT_FALSE(isRowOfShortItems(line)) << line;
    }
}

// A blog's and a newsletter platform's Markdown export: the front matter's title with the site's name
// after a dash over the printed headline (an empty advertisement's label over it); the share and like
// boxes, related posts and the comment form at the foot; a writer's link alone over the date; a
// thread of comments under its heading to the end; a letter's own pitch in Spanish.
TEST(ArticleAssemblerTest, shouldLeaveOutABlogsAndANewsletterPlatformsFurnitureInMarkdown) {
    const std::string story = "The bakery now delivers to nurseries, cafés and care homes by cargo bike only, and it says the change saves money.\n\n"
                              "The crafts chamber sees the model as an example, since only three businesses in the city deliver mostly by bike.\n\n";
    const Article wp = ingestText(
        "---\ntitle: \"Bakery switches to cargo bikes \xE2\x80\x93 Valley Courier\"\nauthor: \"Jonas Eber\"\n---\n\n"
        "*Anzeige*\n\n# Bakery switches to cargo bikes\n\n" + story +
        "### Teilen mit:\n\n* [Facebook](https://example.org/?share=facebook)\n* [E-Mail](https://example.org/?share=email)\n\n"
        "### Gef\xC3\xA4llt mir:\n\nGef\xC3\xA4llt mir Wird geladen \xE2\x80\xA6\n\n### \xC3\x84hnliche Beitr\xC3\xA4ge\n\n"
        "[Market gets a deposit system](https://example.org/2024/08/deposit/) 12 August 2024\n\n"
        "### Kommentar verfassen\n\nDeine E-Mail-Adresse wird nicht ver\xC3\xB6" "ffentlicht. Erforderliche Felder sind mit * markiert.\n",
        InputFormat::Markdown);
    EXPECT_EQ(wp.title, "Bakery switches to cargo bikes");
    EXPECT_EQ(textsOf(wp, BlockKind::Paragraph).size(), 2u);
    EXPECT_TRUE(textsOf(wp, BlockKind::Heading).empty());

    const Article substack = ingestText(
        "# The village that bought its bakery\n\n[Luc\xC3\xAD" "a Barren](https://substack.com/@lucia)\n\nMar 12, 2025\n\n" + story +
        "Gracias por leer El Despertador. Suscr\xC3\xAD" "bete gratis para recibir nuevas historias y apoyar mi trabajo.\n\n"
        "#### Discussion about this post\n\n[Tom\xC3\xA1s Alca](https://substack.com/@tomas) Mar 12\n\n"
        "Qu\xC3\xA9 maravilla. En mi pueblo cerr\xC3\xB3 el horno en 2019 y nadie hizo nada durante a\xC3\xB1os.\n\n"
        "[Substack](https://substack.com) is the home for great culture\n",
        InputFormat::Markdown);
    EXPECT_EQ(substack.byline, "Luc\xC3\xAD" "a Barren");
    ASSERT_TRUE(substack.published.has_value());
    EXPECT_EQ(substack.published->dateIso(), "2025-03-12");
    EXPECT_EQ(textsOf(substack, BlockKind::Paragraph).size(), 2u);
    EXPECT_TRUE(textsOf(substack, BlockKind::Heading).empty());
}

// A newsletter pasted as text in Portuguese: its browser link, why the reader gets it, its contents,
// a separator, a sponsor's paragraph, the asks to pass it on; the byline's town and the date line
// under it are not read.
TEST(ArticleAssemblerTest, shouldLeaveOutANewslettersChromeInPortuguese) {
    const Article a = ingestText(
        "Ver este e-mail no navegador\n"
        "Voc\xC3\xAA est\xC3\xA1 recebendo este e-mail porque se inscreveu na newsletter \xC3\x81guas Claras.\n"
        "Nesta edi\xC3\xA7\xC3\xA3o: a seca no Sul de Minas \xE2\x80\xA2 o pre\xC3\xA7o do caf\xC3\xA9\n"
        "A seca que est\xC3\xA1 esvaziando as represas do Sul de Minas\n\n"
        "Por Rafael Nogueira, de Varginha (MG)\n7 de outubro de 2025\n"
        "Quem atravessa a ponte sobre o lago de Furnas em Fama v\xC3\xAA agora um campo de terra rachada onde havia barcos de pesca.\n\n"
        "A estiagem, que j\xC3\xA1 dura cinco meses, atingiu em cheio o Sul de Minas, e 23 munic\xC3\xAD" "pios decretaram emerg\xC3\xAA" "ncia.\n"
        "\xE2\x80\x94\nPUBLICIDADE\n"
        "Este conte\xC3\xBA" "do \xC3\xA9 patrocinado por Caf\xC3\xA9Verde Cooperativa. Conhe\xC3\xA7" "a nossos caf\xC3\xA9s especiais com desconto.\n"
        "\xE2\x80\x94\nO caf\xC3\xA9 em risco\n"
        "O Sul de Minas responde por cerca de um ter\xC3\xA7o do caf\xC3\xA9 ar\xC3\xA1" "bica produzido no Brasil, e a florada est\xC3\xA1 atrasada.\n\n"
        "Gostou desta edi\xC3\xA7\xC3\xA3o? Encaminhe para um amigo.\nRecebeu de algu\xC3\xA9m? Inscreva-se aqui.\n");
    EXPECT_EQ(a.title, "A seca que est\xC3\xA1 esvaziando as represas do Sul de Minas");
    EXPECT_EQ(cleanByline(a.byline, "").names, "Rafael Nogueira");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->dateIso(), "2025-10-07");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph).size(), 3u);
    EXPECT_EQ(textsOf(a, BlockKind::Heading), (std::vector<std::string>{"O caf\xC3\xA9 em risco"}));
    EXPECT_EQ(cleanByline("\xC3\x89lodie Marchand avec APC", "").names, "\xC3\x89lodie Marchand");
}

// What the same round found in metadata and chrome: a printed page's title in its margin names the
// headline under a site's menu row; a name with its job on one line over the date line; "Eine Reportage
// von"; "Av" over a row with the page's dates; a login's name in the front matter giving way to the
// printed "Tekst:"; a press release's place and date line; a French date in figures read day first;
// a blogging platform's labels and follower counts.
TEST(ArticleAssemblerTest, shouldFindTheMetadataASeventeenthRoundOfTextAndMarkdownMissed) {
    const std::string story = "Citrus exporters are diverting a growing share of their shipments to rail after a shortage of plugs at two terminals.\n\n"
                              "Two railroads have added refrigerated service since December, and shippers say the trains run on time.\n";
    const Article printed = ingestText("2/18/25, 10:03 AM Reefer plug shortage pushes citrus to rail | FreightPulse\n"
                                       "FREIGHTPULSE Ocean Rail Trucking Air Cold Chain Webinars Research Subscribe\n"
                                       "Reefer plug shortage pushes citrus to rail\n\n" + story);
    EXPECT_EQ(printed.title, "Reefer plug shortage pushes citrus to rail");
    for (const std::string& p : textsOf(printed, BlockKind::Paragraph)) EXPECT_EQ(p.find("FREIGHTPULSE"), std::string::npos) << p;

    const Article job = ingestText("Skip to main content\nNews\nSport\nPaper tickets to vanish from northern rail routes\n\n"
                                   "Harriet Okonkwo Transport correspondent\nTue 14 Jan 2025 06.00 GMT\n\n" + story);
    EXPECT_EQ(cleanByline(job.byline, "").names, "Harriet Okonkwo");
    ASSERT_TRUE(job.published.has_value());
    EXPECT_EQ(job.published->dateIso(), "2025-01-14");

    const Article de = ingestText("WOCHENSPIEGEL\nAnmelden\nMen\xC3\xBC\nWarum in Leipzig wieder Genossenschaften bauen\n\n"
                                  "Eine Reportage von Katrin Vollmer\n12. Februar 2025, 14:30 Uhr\n\n" + story);
    EXPECT_EQ(de.title, "Warum in Leipzig wieder Genossenschaften bauen");
    EXPECT_EQ(cleanByline(de.byline, "").names, "Katrin Vollmer");

    const Article sv = ingestText("# Kiruna flyttar sitt bibliotek\n\nAv **Linnea H\xC3\xA5kansson** | Publicerad 19 maj 2025 kl. 06.00 | "
                                  "Uppdaterad 19 maj 2025 kl. 09.12\n\n" + story, InputFormat::Markdown);
    EXPECT_EQ(cleanByline(sv.byline, "").names, "Linnea H\xC3\xA5kansson");
    const Article login = ingestText("---\nauthor: azielinska\n---\n\n# Hydrogen buses join the fleet\n\n*Tekst: Agnieszka Wr\xC3\xB3" "bel*\n\n" + story,
                                     InputFormat::Markdown);
    EXPECT_EQ(cleanByline(login.byline, "").names, "Agnieszka Wr\xC3\xB3" "bel");

    const Article release = ingestText("NOTA DE PRENSA\nEl Gobierno destina 240 millones a renovar los trenes de Cercan\xC3\xAD" "as\n"
                                       "Madrid, 22 de enero de 2025\n\n" + story);
    ASSERT_TRUE(release.published.has_value());
    EXPECT_EQ(release.published->dateIso(), "2025-01-22");
    const Article fr = ingestText("Gr\xC3\xA8ve des contr\xC3\xB4leurs a\xC3\xA9riens : 1 200 vols annul\xC3\xA9s\n"
                                  "Par \xC3\x89lodie Marchand avec APC\nPubli\xC3\xA9 le 05/03/2025 \xC3\xA0 11h42\n\n" + story);
    ASSERT_TRUE(fr.published.has_value());
    EXPECT_EQ(fr.published->dateIso(), "2025-03-05");

    const Article medium = ingestText("Member-only story\n\n# What happened when we stopped writing headlines for search\n\n"
                                      "[Chidi Okafor](https://medium.com/@chidi)\n\nPublished in\n\n[Local Lab](https://medium.com/local-lab)\n\n" +
                                      story + "\n*If you found this useful, follow Local Lab for more experiments from small newsrooms.*\n\n"
                                      "## Written by Chidi Okafor\n\n614 Followers\n",
                                      InputFormat::Markdown);
    EXPECT_EQ(textsOf(medium, BlockKind::Paragraph).size(), 2u);
}

// A credit over a one-word subheading ("Imagen: … Fuente: Renfe" over "Calendario"), an address field and
// its button over a subheading ("Votre adresse e-mail" / "Je m'inscris"): the subheading stays; a
// formal "subscribe" in Spanish and a "more information" link do not.
TEST(ArticleAssemblerTest, shouldKeepASubheadingUnderACreditOrAFormsButton) {
    const std::string story = "El Consejo de Ministros ha autorizado hoy la compra de 31 nuevos trenes para las redes de Cercan\u00EDas de Asturias.\n\n";
    const Article es = ingestText("Renfe renueva sus trenes\n\n" + story +
                                  "Imagen: Recreaci\u00F3n del nuevo tren de Cercan\u00EDas. Fuente: Renfe\nCalendario\n"
                                  "Est\u00E1 previsto que el contrato se adjudique en el segundo semestre de 2025 y que las unidades lleguen en 2028.\n"
                                  "M\u00E1s informaci\u00F3n: Plan de Cercan\u00EDas 2025-2030\n"
                                  "Suscr\u00EDbase a las alertas de la Sala de prensa para recibir las notas por correo electr\u00F3nico\n");
    EXPECT_EQ(textsOf(es, BlockKind::Heading), (std::vector<std::string>{"Calendario"}));
    EXPECT_EQ(textsOf(es, BlockKind::Paragraph).size(), 2u);
    const Article fr = ingestText("Gr\u00E8ve des contr\u00F4leurs a\u00E9riens\n\n"
                                  "Pr\u00E8s de 1 200 vols ont \u00E9t\u00E9 annul\u00E9s mardi dans les a\u00E9roports fran\u00E7ais en raison d'une gr\u00E8ve.\n"
                                  "Votre adresse e-mail\nJe m'inscris\nLes compagnies s'adaptent\n"
                                  "Air Lumi\u00E8re a indiqu\u00E9 avoir annul\u00E9 40 % de ses vols int\u00E9rieurs et propos\u00E9 un report sans frais.\n");
    EXPECT_EQ(textsOf(fr, BlockKind::Heading), (std::vector<std::string>{"Les compagnies s'adaptent"}));
}

// Pandoc's Markdown of a page: fenced divs whose classes name the chrome go with their content, the
// others keep it; attributes after a heading and spans in brackets with classes lose their markup; a
// breadcrumb of two.
TEST(ArticleAssemblerTest, shouldReadPandocsMarkdownOfAPage) {
    const Article a = ingestText(
        "::: {#site-header .header}\n[Gotlands Tidning](https://example.se/){.logo} [Nyheter](/nyheter){.nav}\n:::\n\n"
        "::: {.cookie-banner}\nVi anv\xC3\xA4nder kakor f\xC3\xB6r att ge dig en b\xC3\xA4ttre upplevelse. [Godk\xC3\xA4nn alla]{.btn}\n:::\n\n"
        "[Nyheter](/nyheter) \xE2\x80\xBA [Gotland](/nyheter/gotland)\n\n"
        "# Gotland bygger nytt avsaltningsverk {#gotland .headline}\n\n"
        "::: {.byline}\nAv [Astrid Lindgren-Ek](/av/a) och [Jonas Wiberg](/av/j)\n[Publicerad 8 juli 2025 kl. 06.30]{.date}\n:::\n\n"
        "Det nya verket ska st\xC3\xA5 klart sommaren 2027 och kunna producera 10 000 kubikmeter dricksvatten per dygn.\n\n"
        "::: {.factbox}\n**S\xC3\xA5 mycket vatten beh\xC3\xB6vs**\n\n-   Normal dygnsf\xC3\xB6rbrukning vintertid: 14 000 m\xC2\xB3\n:::\n\n"
        "::: {.ad-slot}\nAnnons\n:::\n\n"
        "Region Gotland vill nu inf\xC3\xB6ra en h\xC3\xB6gre vattentaxa under sommarm\xC3\xA5naderna och f\xC3\xB6rslaget ska upp i september.\n",
        InputFormat::Markdown);
    EXPECT_EQ(a.title, "Gotland bygger nytt avsaltningsverk");
    EXPECT_EQ(cleanByline(a.byline, "").names, "Astrid Lindgren-Ek and Jonas Wiberg");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->dateIso(), "2025-07-08");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph).size(), 3u);
    EXPECT_EQ(textsOf(a, BlockKind::ListItem), (std::vector<std::string>{"Normal dygnsf\xC3\xB6rbrukning vintertid: 14 000 m\xC2\xB3"}));
    for (const Block& b : a.blocks) EXPECT_EQ(b.text.find_first_of("{}:"), b.kind == BlockKind::ListItem ? b.text.find(':') : std::string::npos) << b.text;

    const Article slug = ingestText("---\nauthor: ralmansa\n---\n\n# Las aulas se quedan sin calefacci\xC3\xB3n\n\n"
                                    "Los alumnos de tres institutos de Sevilla pasaron el invierno con abrigo en clase, seg\xC3\xBAn las familias.\n\n"
                                    "*Roc\xC3\xADo Almansa es periodista de Sevilla al D\xC3\xAD" "a y cubre educaci\xC3\xB3n y juventud.*\n",
                                    InputFormat::Markdown);
    EXPECT_EQ(slug.byline, "Roc\xC3\xADo Almansa");
}

// What an eighteenth blind round of pasted text read or lost: a live page's posts, each under its time
// ("12h20", said before the post) and its own headline; the page's buttons to keep, hear or refresh the story; titles under
// "Sur le même sujet"; a consent notice in Turkish; a breaking-news ticker over the headline; the
// writer's name with the town over the date line; a label in capitals over other stories' titles (no
// photographer's name); counts of comments, reading times and badges.
TEST(ArticleAssemblerTest, shouldReadALivePagesPostsAndLeaveOutWhatAnEighteenthRoundRead) {
    const Article live = ingestText(
        "Panne géante : le réseau progressivement rétabli\n"
        "Une avarie sur le poste électrique de Saucats a privé de courant une grande partie de la Gironde ce mardi matin.\n"
        "Écouter cet article\nPartager\nLire plus tard\n"
        "12h20\nPlus que 95 000 foyers sans courant\n"
        "Selon Enedis, le courant est revenu pour près de 90 % des clients touchés, et les communes du sud restent affectées.\n"
        "11h45\nLe tramway redémarre partiellement\n"
        "Les lignes A et B du tramway reprennent du service entre Mériadeck et Les Aubiers, mais la ligne C reste interrompue.\n"
        "Voir plus de messages\nSur le même sujet\nCoupures d'électricité : comment se faire indemniser ?\n");
    // (Each post's time said before its headline, as a live page's times are since round seventy-eight: "12h20: Plus que …".)
    std::string posts;
    for (const Block& b : live.blocks) posts += b.text + "\n";
    EXPECT_NE(posts.find("12h20: Plus que 95 000 foyers sans courant\n"), std::string::npos) << posts;
    EXPECT_NE(posts.find("11h45: Le tramway redémarre partiellement\n"), std::string::npos) << posts;
    for (const Block& b : live.blocks) EXPECT_EQ(b.text.find("indemniser"), std::string::npos) << b.text;

    const Article tr = ingestText(
        "Ana Sayfa\nGündem\nEkonomi\n"
        "Kişisel verileriniz, hizmetlerimizin daha iyi sunulabilmesi için KVKK kapsamında işlenmektedir. Çerezleri kabul et\n"
        "SON DAKİKA: Merkez Bankası faiz kararını açıkladı\n"
        "İzmir Körfezi'nde yeni vapur hattı başlıyor\n"
        "Elif Karataş - İzmir\n14.05.2025 11:20 | Son Güncelleme: 14.05.2025 13:02\nAbone Ol\n"
        "İzmir Büyükşehir Belediyesi, Karşıyaka ile Üçkuyular arasında doğrudan vapur seferlerinin başlayacağını açıkladı.\n"
        "REKLAM\n"
        "Hafta sonu seferleri için ayrı bir tarife hazırlanıyor. Belediye, yaz aylarında Urla'ya da sefer düzenlemeyi planlıyor.\n"
        "İLGİLİ HABERLER\nİzmir'de metro seferleri gece yarısına kadar uzatıldı\nKarşıyaka'da sahil yolu düzenlemesi tamamlandı\n"
        "İzdeniz verilerine göre körfezdeki vapurlar geçen yıl 14,2 milyon yolcu taşıdı, bir önceki yıla göre yüzde 12 fazla.\n"
        "Yorumlar (8)\n3 min\nNEW\n");
    EXPECT_EQ(tr.title, "İzmir Körfezi'nde yeni vapur hattı başlıyor");
    EXPECT_EQ(tr.byline, "Elif Karataş");
    ASSERT_TRUE(tr.published.has_value());
    EXPECT_EQ(tr.published->dateIso(), "2025-05-14");
    EXPECT_EQ(textsOf(tr, BlockKind::Paragraph).size(), 3u);
    EXPECT_TRUE(textsOf(tr, BlockKind::Heading).empty());
}

// What a nineteenth blind round lost: a WordPress export's paragraphs, list and quote left as HTML
// inside the Markdown (a sign-up card and a plugin's shortcode there are not read); a fact box pasted
// as a title over lines of labels and values.
TEST(ArticleAssemblerTest, shouldReadHtmlBlocksInMarkdownAndFactBoxesInText) {
    const Article wp = ingestText(
        "# Il teatro riapre\n\n[sharethis-inline-buttons]\n\n"
        "<p class=\"has-drop-cap\">Dopo un secolo di abbandono il teatro riapre le porte al pubblico della citt\xC3\xA0.</p>\n\n"
        "<ul><li>trecento posti in platea</li><li>una scuola di musica al piano terra</li></ul>\n\n"
        "<blockquote class=\"wp-block-quote\"><p>Una citazione del sindaco sul teatro e sulla citt\xC3\xA0.</p></blockquote>\n\n"
        "<div class=\"kg-signup-card\"><h3>Iscriviti alla newsletter</h3><p>Ogni venerd\xC3\xAC le notizie della citt\xC3\xA0.</p></div>\n\n"
        "<script>var x = {a: 1};</script>\n\n"
        "Un paragrafo in Markdown chiude il pezzo con una frase sulla stagione che si apre a ottobre.\n",
        InputFormat::Markdown);
    EXPECT_EQ(textsOf(wp, BlockKind::Paragraph).size(), 2u);
    EXPECT_EQ(textsOf(wp, BlockKind::ListItem), (std::vector<std::string>{"trecento posti in platea", "una scuola di musica al piano terra"}));
    EXPECT_EQ(textsOf(wp, BlockKind::Quote), (std::vector<std::string>{"Una citazione del sindaco sul teatro e sulla citt\xC3\xA0."}));
    for (const Block& b : wp.blocks) EXPECT_EQ(b.text.find_first_of("[]{}<>"), std::string::npos) << b.text;

    const Article box = ingestText(
        "Grocery store to close in December\n\nBy Dana Reyes\n\n"
        "Downtown's only grocery store will close in December, its owner said on Monday, leaving thousands without a store nearby.\n"
        "By the numbers\n4,300: people who live within a 10-minute walk of the store\n46: employees affected\n1987: the year the store opened\n"
        "What residents are saying\n"
        "At the bus stop outside the store on Monday afternoon, shoppers said they did not know where they would go next.\n");
    EXPECT_EQ(textsOf(box, BlockKind::ListItem),
              (std::vector<std::string>{"4,300: people who live within a 10-minute walk of the store", "46: employees affected",
                                        "1987: the year the store opened"}));
    EXPECT_EQ(textsOf(box, BlockKind::Heading), (std::vector<std::string>{"By the numbers", "What residents are saying"}));
}

// A page printed to PDF from a browser set to a European locale, in a language that capitalizes its
// nouns: the margin's date alone on its line, and lines wrapped in a narrow column carried on in
// capitals as often as in lower case (beyond ASCII too, "günstigste").
TEST(ArticleAssemblerTest, shouldJoinAGermanPrintedPagesWrappedLines) {
    const Article a = ingestText(
        "27.03.25, 08:51\nTempo 30 auf zwölf Hauptstrassen | Rheinzeitung\n"
        "Tempo 30 auf zwölf Hauptstrassen\n"
        "Corinne Vischer 26.03.2025, 17.30 Uhr\n"
        "Ab dem 1. Juni gilt auf zwölf Basler Hauptstrassen\nTempo 30. Das hat der Regierungsrat am Mittwoch\n"
        "entschieden. Betroffen sind unter anderem die\nFeldbergstrasse, die Elsässerstrasse und der\n"
        "Claragraben. Ziel ist weniger Lärm: Rund 28 000\nMenschen im Kanton wohnen an Strassen, wo die\n"
        "Grenzwerte überschritten werden.\n"
        "«Wir haben eine gesetzliche Pflicht, die Leute vor\nLärm zu schützen», sagte Verkehrsdirektorin Esther\n"
        "Keller an der Medienkonferenz. «Tempo 30 ist die\ngünstigste Massnahme, und sie wirkt sofort.»\n"
        "https://www.example.ch/basel/tempo-30 1/2\n");
    const std::vector<std::string> paragraphs = textsOf(a, BlockKind::Paragraph);
    ASSERT_EQ(paragraphs.size(), 2u) << ::testing::PrintToString(paragraphs);
    EXPECT_EQ(paragraphs[0].rfind("Ab dem 1. Juni gilt auf zwölf Basler Hauptstrassen Tempo 30.", 0), 0u) << paragraphs[0];
    EXPECT_NE(paragraphs[1].find("die günstigste Massnahme"), std::string::npos) << paragraphs[1];
    EXPECT_TRUE(textsOf(a, BlockKind::Heading).empty());
}

// A draft and a wire's copy as pasted: the headline under its label ("KOP:"), the draft's warning and
// who edited it last, a wire's version line and fields; the writer's name alone under the date line;
// Dutch date fields; a printed page's title on the line under its margin's date, naming the headline.
TEST(ArticleAssemblerTest, shouldReadADraftsAndAWiresMetadata) {
    const std::string story = "De stad Gent halveert vanaf 1 april het aantal deelfietsen op straat, en operatoren riskeren boetes.\n\n"
                              "Het stadsbestuur besliste dinsdag om het aantal deelfietsen terug te brengen van 2.400 naar 1.200.\n";
    const Article draft = ingestText("Concept \xE2\x80\x93 Gent deelfietsen \xE2\x80\x93 versie 3 (NIET PUBLICEREN)\n"
                                     "Laatst bewerkt door Pieter Claes, 12 minuten geleden\nAuteur: Femke Van Damme\n"
                                     "Publicatie: woensdag 12 februari 2025, 6u\n\nKOP:\nGent schrapt helft van de deelfietsen\n"
                                     "Alternatieve kop: Minder deelfietsen in Gent\n\n" + story);
    EXPECT_EQ(draft.title, "Gent schrapt helft van de deelfietsen");
    EXPECT_EQ(draft.byline, "Femke Van Damme");
    ASSERT_TRUE(draft.published.has_value());
    EXPECT_EQ(draft.published->dateIso(), "2025-02-12");
    EXPECT_EQ(textsOf(draft, BlockKind::Paragraph).size(), 2u) << ::testing::PrintToString(textsOf(draft, BlockKind::Paragraph));

    const Article wire = ingestText("Prioritet: 4\nKategori: Innenriks / Helse\nVersjon 2: Oppdatert med kommentar fra helseministeren\n"
                                    "Rekordmange i Nord-Norge st\xC3\xA5r uten fastlege\nPublisert 04.11.2025 kl. 11.14\nIngrid Sandvik\n"
                                    "Troms\xC3\xB8 (NTB): Over 31.000 innbyggere i Nord-Norge st\xC3\xA5r n\xC3\xA5 uten fast lege, viser nye tall.\n");
    EXPECT_EQ(wire.title, "Rekordmange i Nord-Norge st\xC3\xA5r uten fastlege");
    EXPECT_EQ(wire.byline, "Ingrid Sandvik");
}

// A podcast's transcript and a newsletter pasted as text: the time codes before the lines are not said;
// the note on how the transcript was made, a sponsor's paragraph whole, the sign-off and the asks to
// pass it on are not read.
TEST(ArticleAssemblerTest, shouldLeaveOutATranscriptsTimeCodesAndANewslettersSponsor) {
    const Article a = ingestText(
        "Downtown's only grocery store will close in December\n\n"
        "This transcript was generated automatically and may contain errors. Please check against the audio.\n\n"
        "Today's briefing is supported by Cornerstone Credit Union. Open a youth account this month and we'll add $25.\n\n"
        "[00:00:09] The Co-op on 11th Avenue, the only full-service grocery store downtown, will close on Dec. 20, the company said.\n\n"
        "[00:00:21] Its 46 employees will be offered jobs at other locations, a spokesperson said on Monday.\n\n"
        "That's it for today. Forward this to a friend who needs it.\n\nWas this email forwarded to you? Sign up here.\n");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph),
              (std::vector<std::string>{"The Co-op on 11th Avenue, the only full-service grocery store downtown, will close on Dec. 20, the company said.",
                                        "Its 46 employees will be offered jobs at other locations, a spokesperson said on Monday."}));
}

// A post copied from a forum or a social thread, as Markdown: the post's header, flair and edit notes, the
// forum's BBCode boxes (the post replied to, a folded list of sources, a poll), and everything from the
// thread's bar ("1.4k comments • Share", "3 likes") on, replies and related topics with it, are not read.
TEST(ArticleAssemblerTest, shouldReadAThreadsPostWithoutItsThread) {
    const std::string story =
        "The city council voted on Monday to close the old bridge to cars from next spring.\n\n"
        "Cyclists and buses will still be allowed across, the council said in a statement after the vote.\n\n"
        "The bridge, built in 1931, has needed repairs costing more than the city can afford, officials said.\n\n";
    const Article reddit = ingestText("**r/europe** \xE2\x80\xA2 Posted by u/kettle_drum_88 \xE2\x80\xA2 6h\n\nFlair: Denmark\n\n"
                                      "# Old bridge to close to cars\n\n" + story +
                                      "**Edit:** wow, did not expect this to blow up.\n\n"
                                      "1.4k comments \xE2\x80\xA2 Share \xE2\x80\xA2 Save \xE2\x80\xA2 Report\n\n96% Upvoted\n\nSort by: best\n\nlevel 1\n\n"
                                      "u/fietsbel \xC2\xB7 5h\n\nGhent did this in 2017 and nobody there wants to go back.\n\n2.3k\n\nReply\n",
                                      InputFormat::Markdown);
    const auto paragraphs = textsOf(reddit, BlockKind::Paragraph);
    ASSERT_EQ(paragraphs.size(), 3u);
    EXPECT_EQ(paragraphs.front().substr(0, 20), "The city council vot");
    const Article discourse = ingestText("# Old bridge to close to cars\n\nanna_lindqvist Moderator\n\n"
                                         "[quote=\"erik.b, post:1, topic:4412\"]\nWhen does the bridge close? I heard several dates.\n[/quote]\n\n" +
                                         story + "[details=\"Sources\"]\n- Council minutes 12/5\n[/details]\n\n"
                                         "[poll type=regular results=always]\n* I will cycle\n* Maybe\n[/poll]\n\n3 likes\n\nerik.b\n\n"
                                         "Thanks Anna! Finally some news about the bridge.\n\n1 reply\n",
                                         InputFormat::Markdown);
    EXPECT_EQ(textsOf(discourse, BlockKind::Paragraph), paragraphs);
    EXPECT_TRUE(textsOf(discourse, BlockKind::ListItem).empty());
}

// A magazine's page copied from a PDF: a narrow column with words hyphenated at the line's end, nouns in
// capitals carrying a sentence on, the running head repeated with its page number inside a paragraph,
// and a box's source line. The paragraphs are whole again, the words too, and the running head is not read.
TEST(ArticleAssemblerTest, shouldJoinANarrowColumnOfAPrintedMagazine) {
    const Article a = ingestText(
        "Wenn der Brunnen trocken f\xC3\xA4llt\n"
        "Als B\xC3\xBCrgermeister Frank Thiele im ver-\ngangenen August die Allgemeinverf\xC3\xBC-\ngung unterschrieb, ahnte er, dass sie\n"
        "nicht gut ankommen w\xC3\xBCrde. Zwischen\n15 und 21 Uhr durfte in seiner Ge-\nmeinde im Landkreis M\xC3\xA4rkisch-Oder-\n"
        "land kein Rasen mehr gesprengt, kein\nPool mehr bef\xC3\xBCllt werden. Die Al-\nternative w\xC3\xA4re gewesen, dass in den\n"
        "oberen Etagen kein Wasser mehr aus dem\nHahn kommt.\nDie Ursachen sind bekannt: trocke-\nne Sommer und ein Verbrauch, der in\n"
        "38 KOMMUNAL PRAXIS 07/2025\nHitzeperioden sprunghaft steigt. Hin-\nzu kommt, dass viele Fl\xC3\xA4" "chen ent-\n"
        "w\xC3\xA4ssert wurden, um sie zu nutzen.\nKOMMUNAL PRAXIS 07/2025\n");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph),
              (std::vector<std::string>{
                  "Als B\xC3\xBCrgermeister Frank Thiele im vergangenen August die Allgemeinverf\xC3\xBCgung unterschrieb, ahnte er, dass sie "
                  "nicht gut ankommen w\xC3\xBCrde. Zwischen 15 und 21 Uhr durfte in seiner Gemeinde im Landkreis M\xC3\xA4rkisch-Oderland "
                  "kein Rasen mehr gesprengt, kein Pool mehr bef\xC3\xBCllt werden. Die Alternative w\xC3\xA4re gewesen, dass in den oberen "
                  "Etagen kein Wasser mehr aus dem Hahn kommt.",
                  "Die Ursachen sind bekannt: trockene Sommer und ein Verbrauch, der in Hitzeperioden sprunghaft steigt. Hinzu kommt, "
                  "dass viele Fl\xC3\xA4" "chen entw\xC3\xA4ssert wurden, um sie zu nutzen."}));
}

// Text copied off a phone's narrow screen, wrapped at thirty-odd columns with no word hyphenated, and a
// broadcast's live captions, in capitals with speaker marks and time codes: the paragraphs are whole again.
TEST(ArticleAssemblerTest, shouldJoinLinesWrappedOnAPhoneAndLiveCaptions) {
    const Article phone = ingestText(
        "Harbour fees rise for fishing boats\n"
        "Fees paid by fishing boats at the\nharbour will rise by a tenth from\nMarch, the port authority said on\n"
        "Tuesday after a meeting with the\nskippers who use the quay every day.\nThe authority said the money would\n"
        "pay for new lights along the pier\nand for dredging the channel, which\nhas silted up since the storms of\nlast winter.\n");
    EXPECT_EQ(textsOf(phone, BlockKind::Paragraph),
              (std::vector<std::string>{"Fees paid by fishing boats at the harbour will rise by a tenth from March, the port authority said on "
                                        "Tuesday after a meeting with the skippers who use the quay every day.",
                                        "The authority said the money would pay for new lights along the pier and for dredging the channel, "
                                        "which has silted up since the storms of last winter."}));
    const Article captions = ingestText(
        "Captions: evening news, segment 3\n19:14:02\n>> GOOD EVENING. THE HARBOUR WILL\nCHARGE FISHING BOATS A TENTH MORE\n"
        "FROM MARCH, THE PORT AUTHORITY\nSAID TODAY.\n19:14:18\n>> THE MONEY WILL PAY FOR NEW\nLIGHTS ALONG THE PIER AND FOR\n"
        "DREDGING THE CHANNEL.\n");
    EXPECT_EQ(textsOf(captions, BlockKind::Paragraph),
              (std::vector<std::string>{"GOOD EVENING. THE HARBOUR WILL CHARGE FISHING BOATS A TENTH MORE FROM MARCH, THE PORT AUTHORITY SAID TODAY.",
                                        "THE MONEY WILL PAY FOR NEW LIGHTS ALONG THE PIER AND FOR DREDGING THE CHANNEL."}));
}

// Metadata in a draft's, a desk's and a wire's own words: "Writer:" with the editor's field on the same
// line, "Filed:", a wire header's time stamp, "UPDATE 1-" and "WEB HED:" before the headline, a press
// release's dateline opening its first paragraph; and a headline listed again among the most read is
// still the headline.
TEST(ArticleAssemblerTest, shouldReadMetadataInADeskAndAWiresOwnWords) {
    const std::string story = "The council approved the plan on Tuesday after a long debate about its cost and its route along the "
                               "river, officials said.\n\n"
                               "Work will start in the spring and take about three years, with the first section of the barrier "
                               "finished by next winter.\n";
    const Article draft = ingestText("WEB HED: Council backs river plan\n\nWriter: Tom Achebe  Editor: Sara Lind\nFiled: 12 Feb 2025\n\n" + story);
    EXPECT_EQ(draft.title, "Council backs river plan");
    EXPECT_EQ(draft.byline, "Tom Achebe");
    ASSERT_TRUE(draft.published.has_value());
    EXPECT_EQ(draft.published->iso().substr(0, 10), "2025-02-12");
    const Article wire = ingestText("r i BC-EU-RIVER-UPDATE-1 2025-12-17T06:41:08Z\n\nUPDATE 1-Council backs river plan\n\n" + story);
    EXPECT_EQ(wire.title, "Council backs river plan");
    ASSERT_TRUE(wire.published.has_value());
    EXPECT_EQ(wire.published->iso().substr(0, 10), "2025-12-17");
    const Article release = ingestText("Council backs river plan\n\nTorino, 22 maggio 2025 \xE2\x80\x93 " + story);
    ASSERT_TRUE(release.published.has_value());
    EXPECT_EQ(release.published->iso().substr(0, 10), "2025-05-22");
    EXPECT_EQ(textsOf(release, BlockKind::Paragraph).front().substr(0, 12), "The council ");
    const Article listed = ingestText("Home\n\nCouncil backs river plan after a decade\n\nThe mayor welcomed the vote on the new flood barrier\n\n"
                                      "By Priya Natarajan\n\n" + story + "\nMost read\n\n1\n\nCouncil backs river plan after a decade\n\n"
                                      "\xC2\xA9 2025 Harbour Gazette Ltd. All rights reserved.\n");
    EXPECT_EQ(listed.title, "Council backs river plan after a decade");
}

// What a twentieth round of pasted text and Markdown read: a note's links to other notes and its related
// heading, an MDX comment, a LaTeX command, a Liquid box, an editor's note in a Pandoc div, a repository's
// "Contributing" section, a desk's review marks and picture note, a radio script's cues, the writer's job
// under the byline, where the piece ran before, a wire's copyright and an about heading in Italian.
TEST(ArticleAssemblerTest, shouldLeaveOutWhatATwentiethRoundOfPastedTextRead) {
    const std::string story =
        "The council approved the plan on Tuesday after a long debate about its cost and its route along the river, officials said.\n\n"
        "Work will start in the spring and take about three years, with the first section of the barrier finished by next winter.\n\n"
        "Residents who had campaigned for the barrier for a decade welcomed the vote, though some said the design still left the "
        "eastern districts exposed.\n\n"
        "The council will hold three public meetings in March to explain the timetable and the closures of roads along the river.\n\n";
    const Article note = ingestText("# Council backs river plan\n\n" + story +
                                        "{/* truncate */}\n\n\\newpage\n\n"
                                        "{% details Sources %}\nCouncil minutes, 12 May\n{% enddetails %}\n\n"
                                        "::: {.nota-redactie}\nPhotos come separately, see the shared folder.\n:::\n\n"
                                        "## Související\n\n- [[Brno MHD rozpočet 2026]]\n- [[Rozhovor 11-2025]]\n\n"
                                        "## Contributing\n\nSpotted a story we missed? Open an issue or a pull request.\n",
                                    InputFormat::Markdown);
    EXPECT_EQ(textsOf(note, BlockKind::Paragraph).size(), 4u);
    EXPECT_TRUE(textsOf(note, BlockKind::ListItem).empty());
    EXPECT_TRUE(textsOf(note, BlockKind::Heading).empty());
    const Article draft = ingestText("Council backs river plan\n\nBy Priya Natarajan\nTransport Correspondent\n\n"
                                     "[Pic desk: use the library shot of the bridge]\n\n" + story +
                                     "Suggested edit by Sara Lind: replace \"dramatically\" with \"by a third\" \xE2\x80\x94 ACCEPTED\n\n"
                                     "IN: \"We've been patient...\" OUT: \"...no other choice.\" DUR: 0:21\n\n(ANNA)\n\n"
                                     "Dit stuk verscheen eerder in verkorte vorm in Dagblad van het Noorden.\n\n"
                                     "Chi \xC3\xA8 il Consorzio Mobilit\xC3\xA0 Sotto la Mole\n\n"
                                     "Il Consorzio riunisce dal 2016 sette imprese torinesi attive nella logistica urbana.\n\n"
                                     "Copyright 2025 Meridian Wire. All rights reserved. Republication or redistribution of Meridian Wire "
                                     "content is expressly prohibited without prior written consent.\n");
    EXPECT_EQ(draft.byline, "Priya Natarajan");
    EXPECT_EQ(textsOf(draft, BlockKind::Paragraph), textsOf(note, BlockKind::Paragraph));
    EXPECT_TRUE(textsOf(draft, BlockKind::Heading).empty());
}

// A fact box pasted under its title, in the story or at its end before the page's furniture: lines of a
// label and a figure, read as its list ("Length: 6.8km" is not a CMS's length field once the story has
// begun); a draft's notes shaped the same are not.
TEST(ArticleAssemblerTest, shouldReadAFactBoxOfLabelsAndFigures) {
    std::string story;
    for (int k = 0; k < 5; ++k) {
        story += "Paragraph " + std::to_string(k) + " of the story is a long sentence about the tram extension and what it means for the city.\n\n";
    }
    const Article a = ingestText("Tram extension approved\n\n" + story + "At a glance: the Eastern extension\n\n"
                                 "Length: 6.8km, seven new stops\nCost: \xC2\xA3" "412m, of which \xC2\xA3" "292m from central government\n"
                                 "Journey time to Brannock Park: 19 minutes\n\nAdvertisement\n\nMost read\n\n"
                                 "TK: confirm the fare (done - $4)\nSources: Marta Quinn 555-0181\n");
    EXPECT_EQ(textsOf(a, BlockKind::ListItem),
              (std::vector<std::string>{"Length: 6.8km, seven new stops", "Cost: \xC2\xA3" "412m, of which \xC2\xA3" "292m from central government",
                                        "Journey time to Brannock Park: 19 minutes"}));
    EXPECT_EQ(textsOf(a, BlockKind::Heading), (std::vector<std::string>{"At a glance: the Eastern extension"}));
}

// What a twenty-first round of pasted text read: teletext's paragraphs wrapped at forty characters with
// hyphens, a bulletin's subtitles with their cue numbers, times and sounds, a chat export's time stamps and
// senders, an outliner's properties and task lists, an email's outside-sender warning.
TEST(ArticleAssemblerTest, shouldReadTeletextSubtitlesChatsAndOutlinerNotes) {
    const Article teletext = ingestText(
        " Asiakasmaksut nousevat huhtikuussa\n keskim\xC3\xA4\xC3\xA4rin yhdeks\xC3\xA4n prosenttia\n\n"
        " Hyvinvointialueet korottavat sosiaali-\n ja terveydenhuollon asiakasmaksuja\n huhtikuun alusta. Korotus on keski-\n"
        " m\xC3\xA4\xC3\xA4rin yhdeks\xC3\xA4n prosenttia.\n\n"
        " Terveyskeskusk\xC3\xA4ynnin hinta nousee\n useimmilla alueilla 22,80 eurosta\n 24,80 euroon.\n");
    EXPECT_EQ(teletext.title, "Asiakasmaksut nousevat huhtikuussa keskim\xC3\xA4\xC3\xA4rin yhdeks\xC3\xA4n prosenttia");
    EXPECT_EQ(textsOf(teletext, BlockKind::Paragraph),
              (std::vector<std::string>{"Hyvinvointialueet korottavat sosiaali- ja terveydenhuollon asiakasmaksuja huhtikuun alusta. Korotus "
                                        "on keskim\xC3\xA4\xC3\xA4rin yhdeks\xC3\xA4n prosenttia.",
                                        "Terveyskeskusk\xC3\xA4ynnin hinta nousee useimmilla alueilla 22,80 eurosta 24,80 euroon."}));
    const Article subtitles = ingestText(
        "1\n00:00:00,000 --> 00:00:02,400\n(G\xC3\xA9n\xC3\xA9rique)\n\n2\n00:00:02,480 --> 00:00:04,120\nLa maternit\xC3\xA9 de l'h\xC3\xB4pital\n"
        "fermera ses portes le 30 juin,\n\n3\n00:00:04,200 --> 00:00:07,960\nfaute de p\xC3\xA9" "diatres et d'anesth\xC3\xA9sistes.\n\n"
        "4\n00:00:08,040 --> 00:00:11,800\nLes futures m\xC3\xA8res devront accoucher \xC3\xA0 Nevers.\n");
    const auto heard = textsOf(subtitles, BlockKind::Paragraph);
    ASSERT_FALSE(heard.empty());
    EXPECT_EQ(heard.back(), "Les futures m\xC3\xA8res devront accoucher \xC3\xA0 Nevers.");
    for (const std::string& p : heard) EXPECT_EQ(p.find("-->"), std::string::npos) << p;
    const Article chat = ingestText(
        "[12/03/24, 21:40:02] Fam\xC3\xADlia: As mensagens e as chamadas s\xC3\xA3o protegidas com a criptografia de ponta a ponta.\n"
        "[14/03/24, 08:13:05] Tia L\xC3\xBA" "cia: Prefeitura anuncia nova ciclovia no centro\n\n"
        "A prefeitura anunciou nesta quinta-feira a constru\xC3\xA7\xC3\xA3o de uma nova ciclovia no centro da cidade.\n");
    EXPECT_EQ(chat.title, "Prefeitura anuncia nova ciclovia no centro");
    const Article notes = ingestText("# Tram plan approved\n\n- collapsed:: false\n- The council approved the tram plan on Tuesday after a "
                                     "long debate, officials said.\n  id:: 65f0c2a1-1111-2222\n- [ ] call the council back\n\n"
                                     "CAUTION: This email originated from outside the organisation.\n",
                                     InputFormat::Markdown);
    EXPECT_EQ(textsOf(notes, BlockKind::ListItem),
              (std::vector<std::string>{"The council approved the tram plan on Tuesday after a long debate, officials said."}));
    EXPECT_TRUE(textsOf(notes, BlockKind::Paragraph).empty());
}

// More tools' metadata: Eleventy's "---json" front matter, a YAML block scalar, Pelican's "Key: value"
// lines, a note app's properties in the body, a read-later app's highlights and template headings, a
// word processor's escaped Markdown and a desk's draft with its alternative headlines.
TEST(ArticleAssemblerTest, shouldReadMoreToolsMetadataAndLeaveOutTheirOwnSections) {
    const std::string story = "Farmers in the valley may build again after two years of waiting for permits.\n";
    const Article eleventy = ingestText("---json\n{\n  \"title\": \"Farmers may build again\",\n  \"author\": \"Femke Jansen\",\n"
                                        "  \"date\": \"2025-10-09\",\n  \"hero\": { \"src\": \"/img/a.jpg\" }\n}\n---\n\n" + story,
                                        InputFormat::Markdown);
    EXPECT_EQ(eleventy.title, "Farmers may build again");
    EXPECT_EQ(eleventy.byline, "Femke Jansen");
    EXPECT_EQ(textsOf(eleventy, BlockKind::Paragraph), (std::vector<std::string>{collapseWhitespace(story)}));
    const Article scalar = ingestText("---\nid: 6c1d\ntitle: |\n  Farmers may build again\n  in the valley\nauthor: Femke Jansen\n---\n\n" + story,
                                      InputFormat::Markdown);
    EXPECT_EQ(scalar.title, "Farmers may build again in the valley");
    EXPECT_EQ(scalar.byline, "Femke Jansen");
    const Article pelican = ingestText("Title: Farmers may build again\nDate: 2025-10-09 10:45\nCategory: News\n"
                                       "Authors: Femke Jansen, Bas Kooiman\nSlug: farmers-build\n\n" + story,
                                       InputFormat::Markdown);
    EXPECT_EQ(pelican.title, "Farmers may build again");
    EXPECT_EQ(pelican.byline, "Femke Jansen and Bas Kooiman");
    ASSERT_TRUE(pelican.published.has_value());
    EXPECT_EQ(pelican.published->dateIso(), "2025-10-09");
    EXPECT_EQ(textsOf(pelican, BlockKind::Paragraph), (std::vector<std::string>{collapseWhitespace(story)}));
    const Article clipped = ingestText("# Farmers may build again\n\ndate-saved: 2025-10-09 21:14:09\ndate-published: 2025-10-09 08:00:00\n"
                                       "site: Valley Post\n\n## Highlights\n\n> two years of waiting\n> Note: ask the council\n\n"
                                       "## Content\n\n" + story + "\n## Notes\n\nCall the mayor's office on Monday.\n",
                                       InputFormat::Markdown);
    EXPECT_EQ(textsOf(clipped, BlockKind::Paragraph), (std::vector<std::string>{collapseWhitespace(story)}));
    EXPECT_TRUE(textsOf(clipped, BlockKind::Heading).empty()) << ::testing::PrintToString(textsOf(clipped, BlockKind::Heading));
    EXPECT_TRUE(textsOf(clipped, BlockKind::Quote).empty());
    const Article escaped = ingestText("# Farmers may build again\n\n" + story +
                                           "\n\\[caption id=\"attachment\\_55\"\\]A field by the river\\[/caption\\]\n\n\\#\\# The council's answer\n\n"
                                           "The council said it would decide in March.\n",
                                       InputFormat::Markdown);
    EXPECT_EQ(textsOf(escaped, BlockKind::Heading), (std::vector<std::string>{"The council's answer"}));
    EXPECT_EQ(textsOf(escaped, BlockKind::Paragraph).size(), 2u) << ::testing::PrintToString(textsOf(escaped, BlockKind::Paragraph));
    const Article draft = ingestText("**TITULAR:**\n\n# Farmers may build again\n\nAlternativas de titular (elegir una):\n\n"
                                     "* The valley opens to builders\n* Permits return after two years\n\n**Firma:** Luc\xC3\xAD" "a Oms\n"
                                     "**Fecha de publicaci\xC3\xB3n prevista:** 7 de noviembre de 2024\n\n**CUERPO:**\n\n" + story,
                                     InputFormat::Markdown);
    EXPECT_EQ(draft.title, "Farmers may build again");
    EXPECT_EQ(draft.byline, "Luc\xC3\xAD" "a Oms");
    ASSERT_TRUE(draft.published.has_value());
    EXPECT_EQ(draft.published->dateIso(), "2024-11-07");
    EXPECT_EQ(textsOf(draft, BlockKind::Paragraph), (std::vector<std::string>{collapseWhitespace(story)}));
    EXPECT_TRUE(textsOf(draft, BlockKind::ListItem).empty()) << ::testing::PrintToString(textsOf(draft, BlockKind::ListItem));
}

// A press release forwarded by email: the forwarder's note and signature go, the forwarded header goes,
// its subject names the headline; a salutation, a release's label, its sender's department and its end
// mark in Dutch are not read, nor an email's rules; a paragraph wrapped at seventy characters in German
// stays whole.
TEST(ArticleAssemblerTest, shouldReadAForwardedReleaseAndLeaveOutAnEmailsChrome) {
    const std::string release =
        "________________________________\nFrom: Press Office <press@northfield.example>\nSent: 12 March 2024 14:02\n"
        "To: Priya Natarajan <p.natarajan@northfield.example>\n"
        "Subject: FW: EMBARGOED 00:01 13/03: Northfield Health to open urgent treatment centre in Ashby\n\n"
        "NEWS RELEASE\n\nA 24-hour urgent treatment centre will open in Ashby this autumn, Northfield Health NHS Trust announced "
        "today, easing pressure on the town's emergency department.\n\n"
        "The centre will treat minor injuries and illnesses without the need for an appointment, the trust said in a statement.\n\n"
        "-- EINDE PERSBERICHT --\n\nFor more information call the press office.\n";
    const Article forwarded = ingestText("Hi all,\n\nPlease see the release below, embargoed until tomorrow. Dr Lewis is available for "
                                         "interviews in the morning.\n\nMany thanks,\nPriya\n\nPriya Natarajan\n"
                                         "Communications Manager | Northfield Health\nTrust Headquarters, Ridgeway House, Northfield\n\n" + release);
    EXPECT_EQ(forwarded.title, "Northfield Health to open urgent treatment centre in Ashby");
    const std::vector<std::string> paragraphs = textsOf(forwarded, BlockKind::Paragraph);
    ASSERT_EQ(paragraphs.size(), 2u) << ::testing::PrintToString(paragraphs);
    EXPECT_EQ(paragraphs[0].rfind("A 24-hour urgent treatment centre", 0), 0u);
    const Article newsletter = ingestText(
        "Die Saalebrücke wird für Lkw gesperrt\n\n==================================================================\n\n"
        "Guten Morgen,\n\nGemeente Zaanwijk | Afdeling Communicatie\n\n"
        "Auch die Unternehmen im Gewerbegebiet Saaleaue sind betroffen. Der\nGeschäftsführer eines Baustoffhandels, Ralf Gebhardt, "
        "rechnet mit\nMehrkosten von mehreren Tausend Euro im Monat. Jede Tour dauert jetzt\neine halbe Stunde länger. Das zahlt am "
        "Ende der Kunde, sagte er.\n\nDie Stadt will dort zusätzliche Kontrollen beantragen, hieß es am Montag im Rathaus.\n");
    EXPECT_EQ(newsletter.title, "Die Saalebrücke wird für Lkw gesperrt");
    const std::vector<std::string> german = textsOf(newsletter, BlockKind::Paragraph);
    ASSERT_EQ(german.size(), 2u) << ::testing::PrintToString(german);
    EXPECT_EQ(german[0].rfind("Auch die Unternehmen", 0), 0u);
    EXPECT_NE(german[0].find("eine halbe Stunde"), std::string::npos);
}

// A word processor's comments exported with a draft, a wire's header in figures with dashes, its
// no-reproduction line in Spanish, a bulletin's duration, presenter and cue to its next item.
TEST(ArticleAssemblerTest, shouldLeaveOutExportedCommentsAndABulletinsCues) {
    const Article draft = ingestText("Drought empties the river lodges\n\n12-03-2024 13:47 CET\n\n"
                                     "Of the 14 lodges[a] in the region, at least six have closed or run land trips only, the owners' "
                                     "association said on Monday.\n\nThe researcher Ricardo Tavares[b] said the river had never been so low "
                                     "in sixty years of records.\n\nQueda prohibida la reproducci\xC3\xB3n total o parcial de este contenido.\n\n"
                                     "[a]Renata, confirm the number of lodges with the association\n[b]check the spelling of his name\n");
    ASSERT_TRUE(draft.published.has_value());
    EXPECT_EQ(draft.published->dateIso(), "2024-03-12");
    const std::vector<std::string> paragraphs = textsOf(draft, BlockKind::Paragraph);
    ASSERT_EQ(paragraphs.size(), 2u) << ::testing::PrintToString(paragraphs);
    EXPECT_EQ(paragraphs[0].rfind("Of the 14 lodges in the region", 0), 0u) << paragraphs[0];
    EXPECT_EQ(paragraphs[1].rfind("The researcher Ricardo Tavares said", 0), 0u) << paragraphs[1];
    const Article bulletin = ingestText("Bologna, il tram torna in via Rizzoli dopo 61 anni\n\nDurata: 06:42\n\n"
                                        "Buongiorno e benvenuti al notiziario regionale delle tredici, apriamo con Bologna e con il tram.\n\n"
                                        "Il Comune replica che il cronoprogramma dei lavori \xC3\xA8 rispettato e che i cantieri chiuderanno nel 2026.\n\n"
                                        "\xE2\x80\x93 Segue: meteo e viabilit\xC3\xA0 \xE2\x80\x93\n\nDomani sole su tutta la regione, con massime fino a 27 gradi.\n");
    const std::vector<std::string> read = textsOf(bulletin, BlockKind::Paragraph);
    ASSERT_EQ(read.size(), 2u) << ::testing::PrintToString(read);
    EXPECT_EQ(read[1].rfind("Il Comune replica", 0), 0u);
}

// Hexo's unopened front matter, Ulysses' marks, Windows-1252 mojibake, a translator's credit and a name
// in capitals beyond ASCII; and what such rules must leave: a subheading "END OF AN ERA", a release's
// "Highlights" list, a reply that quotes an older message under "Original Message".
TEST(ArticleAssemblerTest, shouldReadToolsMarksMojibakeAndLeaveLookalikes) {
    const std::string story = "Farmers in the valley may build again after two years of waiting for permits.\n";
    const Article hexo = ingestText("title: Farmers may build again\nauthor: Femke Jansen\ntags:\n  - Valley\n---\n\n" + story, InputFormat::Markdown);
    EXPECT_EQ(hexo.title, "Farmers may build again");
    EXPECT_EQ(hexo.byline, "Femke Jansen");
    const Article ulysses = ingestText("# Farmers may build again\n\n%% DESK: 4000 characters\n\nThe plan costs 11 million ++check the "
                                       "figure++ kroner, said ||the council|| the mayor.\n\n%% Links: valley-plan\n\n" + story,
                                       InputFormat::Markdown);
    EXPECT_EQ(textsOf(ulysses, BlockKind::Paragraph),
              (std::vector<std::string>{"The plan costs 11 million kroner, said the mayor.", collapseWhitespace(story)}));
    const Article mojibake = ingestText("Il ponte chiude\n\n\xC3\x82\xC2\xAB" "Cos\xC3\x83\xC2\xAC la citt\xC3\x83\xC2\xA0 \xC3\x83\xC2\xA8 tagliata in "
                                        "due\xC3\x82\xC2\xBB, ha detto il sindaco ieri.\n");
    EXPECT_EQ(textsOf(mojibake, BlockKind::Paragraph),
              (std::vector<std::string>{"\xC2\xAB" "Cos\xC3\xAC la citt\xC3\xA0 \xC3\xA8 tagliata in due\xC2\xBB, ha detto il sindaco ieri."}));
    EXPECT_EQ(cleanByline("By Joost van der Heijden \xC2\xB7 translated by Eleanor Whitcombe", "").names, "Joost van der Heijden");
    EXPECT_EQ(cleanByline("VON SABINE KR\xC3\x9CGER", "").names, "Sabine Kr\xC3\xBCger");
    const Article era = ingestText("The mill closes\n\n" + story + "\nThe owners said the order book had been empty since spring and "
                                   "the last shift would end on Friday.\n\nEND OF AN ERA\n\nThe mill opened in 1898 and once employed "
                                   "four hundred people from the town and its villages.\n");
    EXPECT_EQ(textsOf(era, BlockKind::Paragraph).back().rfind("The mill opened in 1898", 0), 0u);
    const Article results = ingestText("# Acme reports a record quarter\n\n" + story + "\n## Highlights\n\n- Revenue rose 12% to $4.1bn.\n"
                                       "- Margin widened to 18%.\n", InputFormat::Markdown);
    EXPECT_EQ(textsOf(results, BlockKind::ListItem).size(), 2u);
    const Article reply = ingestText("Subject: RE: copy for Monday\n\nHere is my copy for Monday's edition about the mill closing after a "
                                     "century in the town.\n\n-----Original Message-----\nFrom: Desk <desk@paper.example>\n"
                                     "Subject: copy for Monday\n\nCan you file by six?\n");
    EXPECT_NE(textsOf(reply, BlockKind::Paragraph).front().find("Here is my copy"), std::string::npos)
        << ::testing::PrintToString(textsOf(reply, BlockKind::Paragraph));
}

// A story handed over by a chat assistant: its offer before the story, its question after it and the
// summary it added under the last rule are not read; a headline that opens "Here's what" is kept.
TEST(ArticleAssemblerTest, shouldLeaveOutAChatAssistantsWordsAroundTheStory) {
    const std::string story =
        "# Fountain to run again after a 15-year drought\n\n"
        "Bendigo's best-known landmark will flow again after the council awarded a $2.7 million contract to restore it.\n\n"
        "The 1881 fountain was switched off in 2009 when water restrictions reached Stage 4, and its pipes were found to leak.\n\n";
    const Article a = ingestText("Sure! Here's the article with the ads removed, formatted in clean Markdown:\n\n---\n\n" + story +
                                     "---\n\n**Summary (3 key points):**\n- The fountain will be restored.\n- Work starts in April.\n\n"
                                     "Let me know if you'd like me to shorten it for a newsletter!\n",
                                 InputFormat::Markdown);
    EXPECT_EQ(a.title, "Fountain to run again after a 15-year drought");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_EQ(all.find("Sure"), std::string::npos) << all;
    EXPECT_EQ(all.find("Summary"), std::string::npos) << all;
    EXPECT_EQ(all.find("Work starts in April"), std::string::npos) << all;
    EXPECT_EQ(all.find("Let me know"), std::string::npos) << all;
    EXPECT_NE(all.find("switched off in 2009"), std::string::npos) << all;
    const Article b = ingestText("Here's what we know about the Maui fires\n\n" + story.substr(story.find("\n\n") + 2));
    EXPECT_EQ(b.title, "Here's what we know about the Maui fires");
}

// A Swedish text that the detector splits between Swedish and its close relative Norwegian ("sv 72%,
// no 27%") is Swedish, not the English that a text of no clear language falls back to.
TEST(ArticleAssemblerTest, shouldTakeALanguageWhoseCloseRelativeSharesTheText) {
    const Article a = ingestText(
        "Färjan till ön ställs in i tre veckor\n\n"
        "Färjan till ön ställs in i tre veckor i mars när den ska på varv för att byta propelleraxel. Ersättningsbåten tar bara 48 "
        "passagerare och inga bilar. Vi vet att det blir trångt, särskilt på morgonen, säger trafikchefen. Vi lägger in fyra extra "
        "turer per dag. Butiken i byn har beställt extra varor inför avstängningen. Sopor hämtas med en särskild pråm den 18 mars.\n\n"
        "Ferjen til øya blir innstilt i tre uker i mars mens den er på verksted. Vi vet at det blir trangt om morgenen, sier trafikksjefen.\n");
    EXPECT_EQ(a.language, "sv");
}

// A video's transcript copied from its page: a time alone on a line over each line of words. The words
// are read, the times are not.
TEST(ArticleAssemblerTest, shouldReadAVideoTranscriptWithoutItsTimes) {
    std::string text = "Pool closes for the summer after a crack is found in its basin\n\nTranscript\n\n";
    const char* words[] = {"the city says one of its", "two public pools will not open this summer", "crews found a crack about 30 feet long",
                           "in the bottom of the pool during spring", "inspections last month", "repairs would cost around $400,000"};
    int second = 0;
    for (const char* w : words) {
        text += "0:" + std::string(second < 10 ? "0" : "") + std::to_string(second) + "\n" + w + "\n";
        second += 3;
    }
    const Article a = ingestText(text);
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_NE(all.find("two public pools will not open this summer crews found a crack"), std::string::npos) << all;
    EXPECT_EQ(all.find("0:03"), std::string::npos) << all;
}

// A draft's tracked changes in CriticMarkup are read as the changed text; bullets typed as characters
// ("·", "•") make a list in Markdown as in text, however many spaces follow them.
TEST(ArticleAssemblerTest, shouldReadCriticMarkupAsTheChangedTextAndTypedBulletsAsAList) {
    const std::string draft =
        "# Results beat guidance\n\n"
        "The risk is {++especially++} high, said the {~~city~>council~~}.{>>please check<<} The rest {--is gone--} stays.\n\n"
        "Results in brief\n\n"
        "\xC2\xB7      Revenue up 12% to \xC2\xA3" "48.2m, ahead of guidance\n"
        "\xC2\xB7      Net cash of \xC2\xA3" "12.3m at year end\n\n"
        "The board recommends a final dividend of 2.1p per share, payable on 14 June.\n";
    for (const InputFormat format : {InputFormat::Markdown, InputFormat::Text}) {
        const Article a = ingestText(draft, format);
        std::string all;
        for (const Block& b : a.blocks) all += b.text + "\n";
        EXPECT_NE(all.find("The risk is especially high, said the council. The rest stays."), std::string::npos) << all;
        EXPECT_EQ(all.find("please check"), std::string::npos) << all;
        EXPECT_EQ(all.find("is gone"), std::string::npos) << all;
        std::size_t items = 0;
        for (const Block& b : a.blocks) items += b.kind == BlockKind::ListItem;
        EXPECT_EQ(items, 2u) << all;
    }
}

// A thread of posts copied with its counters: the counters are not read; ratings over the same total,
// not numbered in order, are.
TEST(ArticleAssemblerTest, shouldLeaveOutAThreadsCountersButNotRatings) {
    const Article thread = ingestText(
        "Council approves fare rise from August\n\n"
        "The council approved the rise of the bus fare to $940 from August 1, after four hours of debate. (1/4)\n\n"
        "The fare rises from $700 to $940, an increase of 34 percent, with 16 votes in favour. (2/4)\n\n"
        "The school and pensioner passes stay free, and the social fare falls to a quarter. (3/4)\n\n"
        "The full story, with every fare, is on the paper's website. (4/4) /fin\n");
    std::string all;
    for (const Block& b : thread.blocks) all += b.text + "\n";
    EXPECT_EQ(all.find("/4"), std::string::npos) << all;
    EXPECT_EQ(all.find("/fin"), std::string::npos) << all;
    EXPECT_NE(all.find("with 16 votes in favour."), std::string::npos) << all;
    const Article review = ingestText(
        "A new bistro opens on the quay\n\n"
        "The bistro opened on Friday on the old quay, in the building the ferry company left last year.\n\n"
        "Food: 9/10\n\nDrinks: 9/10\n\nService: 8/10\n\nValue: 7/10\n");
    std::string rated;
    for (const Block& b : review.blocks) rated += b.text + "\n";
    EXPECT_NE(rated.find("Service: 8/10"), std::string::npos) << rated;
}

// A document's number ("RNS Number : 4821K", "Page 2841") and a link's way round the page ("Go to market
// news section") are never the headline.
TEST(ArticleAssemblerTest, shouldNotTakeADocumentsNumberOrANavigationLinkForTheHeadline) {
    const Article a = ingestText(
        "Go to market news section\n\nRNS Number : 4821K\n\nPage 2841\n\n"
        "Trading update and closure of a distribution centre\n\n"
        "The group said on Wednesday that it would close its second distribution centre next spring, with the loss of 140 jobs, "
        "and move its stock to its newer site near the motorway.\n\n"
        "Its shares rose 4 percent in early trading after the announcement, which also raised its forecast for the year.\n");
    EXPECT_EQ(a.title, "Trading update and closure of a distribution centre");
}

// A release's "Enquiries:" label opens its contacts, which are not read.
TEST(ArticleAssemblerTest, shouldLeaveOutAReleasesEnquiries) {
    const Article a = ingestText(
        "Trading update and closure of a distribution centre\n\n"
        "The group said on Wednesday that it would close its second distribution centre next spring, with the loss of 140 jobs.\n\n"
        "Its shares rose 4 percent in early trading after the announcement, which also raised its forecast for the year.\n\n"
        "Enquiries:\n\nJane Roe, Chief Financial Officer, +44 114 555 0100\n\nBrunswick Group, Tom Hale, +44 20 7404 5959\n");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_EQ(all.find("Enquiries"), std::string::npos) << all;
    EXPECT_EQ(all.find("Brunswick"), std::string::npos) << all;
    EXPECT_NE(all.find("raised its forecast"), std::string::npos) << all;
}

namespace {
const char* const kTwoParagraphs =
    "The city council approved the plan on Tuesday evening after a debate that lasted more than four hours and drew a crowd.\n\n"
    "Supporters said the scheme would cut traffic in the old town, while shop owners warned that deliveries would suffer badly.\n";
}  // namespace

// Pasted text: a kicker over the headline, the writer's name over a reading time, a job title line
// that leads with the job, a subject's bracketed tag; InDesign's character escapes.
TEST(ArticleAssemblerTest, shouldFindThePastedHeadlineUnderAKickerAndTheNameOverItsJob) {
    Article a = ingestText(std::string("Vote in the city\n\nCouncil backs car-free old town after four hours of debate\n\n"
                                       "Lena Brandt\nRedaktorin Stadt Zürich\nPubliziert: 24.11.2024, 17:05\n\n") + kTwoParagraphs);
    EXPECT_EQ(a.title, "Council backs car-free old town after four hours of debate");
    EXPECT_EQ(a.byline, "Lena Brandt");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->day, 24);
    a = ingestText(std::string("Council backs car-free old town after four hours of debate\nFarid Iskandar\n8-10 minutes\n\n"
                               "12 August 2024\n\n") + kTwoParagraphs);
    EXPECT_EQ(a.byline, "Farid Iskandar");
    a = ingestText(std::string("Subject: [Press Release] Council backs car-free old town\n\n") + kTwoParagraphs);
    EXPECT_EQ(a.title, "Council backs car-free old town");
    a = ingestText(std::string("<ParaStyle:Titolo>Il consiglio approva il centro senza auto\n\n<ParaStyle:Testo>Dall<0x2019>8 aprile "
                               "il centro sar\xC3\xA0 chiuso alle auto, ha deciso il consiglio comunale dopo un dibattito di quattro ore.\n\n"
                               "<ParaStyle:Testo>I commercianti temono per le consegne, mentre i residenti chiedono pi\xC3\xB9 autobus.\n"));
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_NE(all.find("Dall\xE2\x80\x99" "8 aprile"), std::string::npos) << all;
}

// A wire as a desk terminal saves it (ANPA): the header's lines and the paragraphs between quad marks
// "^" and "<", which are not read; a byline in capitals with a "Mc" name.
TEST(ArticleAssemblerTest, shouldReadAWireBetweenItsQuadMarks) {
    const Article a = ingestText(std::string("^AP-US--Council-Vote,1st Ld-Writethru,0612<\n^Council backs car-free old town<\n"
                                             "^Eds: UPDATES with vote count.<\n^By SCOTT McFETRIDGE and ANNA O'NEILL<\n^Associated Press<\n\n") +
                                 kTwoParagraphs);
    EXPECT_EQ(a.title, "Council backs car-free old town");
    EXPECT_EQ(a.byline, "Scott McFetridge and Anna O'Neill");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_EQ(all.find('<'), std::string::npos) << all;
    EXPECT_EQ(all.find('^'), std::string::npos) << all;
    EXPECT_EQ(all.find("Eds:"), std::string::npos) << all;
    EXPECT_NE(all.find("Supporters said"), std::string::npos) << all;
}

// Wires' headers of fields and their identifiers, a dateline alone on its line, writers named with the
// agency at the foot, keywords, a reporter's label in Indonesian, a version tag and a note to the editors.
TEST(ArticleAssemblerTest, shouldReadTheHeadersAndFeetOfMoreWires) {
    const auto all = [](const Article& a) {
        std::string text;
        for (const Block& b : a.blocks) text += b.text + "\n";
        return text;
    };
    Article a = ingestText(std::string("EUROPA PRESS | Nacional | Sociedad | 08/07/2025 13:47 | Actualizado 14:20\nID: EP20250708134712\n\n"
                                       "Council backs car-free old town\n\nMADRID, 8 Jul. (EUROPA PRESS) -\n\n") + kTwoParagraphs);
    EXPECT_EQ(a.title, "Council backs car-free old town");
    EXPECT_EQ(a.byline, "Europa Press");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->iso().substr(0, 10), "2025-07-08") << "day first";
    EXPECT_EQ(all(a).find("EP2025"), std::string::npos);
    EXPECT_EQ(all(a).rfind("Madrid.\n", 0), 0u) << all(a);
    a = ingestText(std::string("Keystone-SDA | Schweiz | Politik | 08.06.2025, 17:48\nsda0537  3 ip 0623  SDA  Volksabstimmung/Gesundheit\n\n"
                               "BELGA0527.0412 - 512 mots - Priorit\xC3\xA9: 3\n\nCouncil backs car-free old town\n\n") + kTwoParagraphs);
    EXPECT_EQ(a.title, "Council backs car-free old town");
    EXPECT_EQ(a.byline, "Keystone-SDA");
    EXPECT_EQ(all(a).find("sda0537"), std::string::npos) << all(a);
    EXPECT_EQ(all(a).find("mots"), std::string::npos) << all(a);
    a = ingestText(std::string("Council backs car-free old town\n\n") + kTwoParagraphs + "\nAnna Lindqvist/TT\nJohan Ek/TT\n\n"
                   "Fotnot: Artikeln har uppdaterats.\n");
    EXPECT_EQ(a.byline, "Anna Lindqvist and Johan Ek");
    EXPECT_EQ(all(a).find("Fotnot"), std::string::npos) << all(a);
    a = ingestText(std::string("S\xC5\x82owa kluczowe: inflacja, GUS, RPP, NBP\n\nCouncil backs car-free old town\n\n"
                               "Pewarta: Bayu Saputra\nEditor: Rina Kartika\n\n") + kTwoParagraphs);
    EXPECT_EQ(a.title, "Council backs car-free old town");
    EXPECT_EQ(a.byline, "Bayu Saputra");
    EXPECT_EQ(all(a).find("Rina"), std::string::npos) << all(a);
    a = ingestText(std::string("(LEAD) Council backs car-free old town\n\n(ATTN: UPDATES with vote count in paras 2-3; ADDS photo)\n\n") + kTwoParagraphs);
    EXPECT_EQ(a.title, "Council backs car-free old town");
    EXPECT_EQ(all(a).find("ATTN"), std::string::npos) << all(a);
    // (A byline with the agency in brackets is no dateline.)
    a = ingestText(std::string("Council backs car-free old town\n\nAv Ola Nordmann (NTB)\n\n") + kTwoParagraphs);
    EXPECT_EQ(a.byline, "Ola Nordmann");
}

// A copyright notice that goes on after its first sentence is the notice whole, in any language.
TEST(ArticleAssemblerTest, shouldLeaveOutACopyrightParagraphWhole) {
    for (const char* notice : {"\xC2\xA9 2025 Europa Press. Est\xC3\xA1 expresamente prohibida la redistribuci\xC3\xB3n de este contenido sin su consentimiento.",
                               "Copyright \xC2\xA9 Polska Agencja Prasowa. Materia\xC5\x82y opublikowane w serwisach PAP s\xC4\x85 chronione prawem autorskim.",
                               "\xC2\xA9 Crown copyright. Met Office, FitzRoy Road, Exeter, Devon, EX1 3PB, United Kingdom."}) {
        const Article a = ingestText(std::string("Council backs car-free old town\n\n") + kTwoParagraphs + "\n" + notice + "\n");
        std::string all;
        for (const Block& b : a.blocks) all += b.text + "\n";
        EXPECT_NE(all.find("Supporters said"), std::string::npos) << all;
        EXPECT_EQ(all.find("ontent"), std::string::npos) << all;
        EXPECT_EQ(all.find("Materia"), std::string::npos) << all;
        EXPECT_EQ(all.find("Exeter"), std::string::npos) << all;
    }
    // And at the foot: an editor's name, a rights notice in Indonesian, an obituary's flower shop.
    const Article a = ingestText(std::string("Council backs car-free old town\n\n") + kTwoParagraphs +
                                 "\nTo send flowers to the family or plant a tree in memory of Harold, please visit our floral store.\n\n"
                                 "Editor: Rina Kartika\n\nDilarang keras mengambil konten untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita.\n");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    for (const char* gone : {"flowers", "Rina", "Dilarang"}) EXPECT_EQ(all.find(gone), std::string::npos) << gone << "\n" << all;
}

// A match's card after its report: its lines of figures go, with the team's name and the card's heading.
TEST(ArticleAssemblerTest, shouldLeaveOutAMatchsScoreCard) {
    const Article a = ingestText(std::string("Council backs car-free old town\n\n") + kTwoParagraphs +
                                 "\nSCORECARD\n\nRoyal Challengers\nV. Kohli c Ravindra b Pathirana 64 (41b, 6x4, 2x6)\n"
                                 "P. Salt st Dhoni b Ashwin 33 (17b, 5x4, 1x6)\nT. David not out 3 (1b)\nExtras (lb-4, w-6) 10\n"
                                 "Total (for six wkts., 20 overs) 186\nCSK bowling: Khaleel 4-0-44-0, Ashwin 4-0-24-2, Noor 4-0-31-2\n\n"
                                 "Result: CSK won by six wickets.\n");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_NE(all.find("Supporters said"), std::string::npos) << all;
    EXPECT_NE(all.find("Result: CSK won"), std::string::npos) << all;
    for (const char* gone : {"SCORECARD", "Royal Challengers", "Kohli", "David", "Extras", "Total", "Khaleel"}) {
        EXPECT_EQ(all.find(gone), std::string::npos) << gone << "\n" << all;
    }
    // (A recipe's list of figures is no card.)
    const Article recipe = ingestText(std::string("Council backs car-free old town\n\nThe council voted on Tuesday to close the old town to "
                                                  "cars, after a debate of four hours.\n\nYou will need:\n200g (7oz) plain flour\n150g (5oz) caster "
                                                  "sugar\n100g (4oz) butter\n2 (large) eggs\n\n") + kTwoParagraphs);
    std::string listed;
    for (const Block& b : recipe.blocks) listed += b.text + "\n";
    EXPECT_NE(listed.find("caster sugar"), std::string::npos) << listed;
    // (Nor a company's results in a list: money and shares are the story.)
    const Article results = ingestText(std::string("Council backs car-free old town\n\nThe council voted on Tuesday to close the old town "
                                                   "to cars, after a debate of four hours.\n\nFinancial highlights\n"
                                                   "- Revenue up 14% to \xC2\xA3" "182.4m (H1 FY24: \xC2\xA3" "160.0m)\n"
                                                   "- Profit before tax \xC2\xA3" "27.3m (H1 FY24: \xC2\xA3" "19.8m)\n"
                                                   "- Basic EPS 8.42p (H1 FY24: 6.15p)\n"
                                                   "- Net debt reduced to \xC2\xA3" "58.6m (30 June 2024: \xC2\xA3" "71.2m)\n\n") + kTwoParagraphs);
    std::string figures;
    for (const Block& b : results.blocks) figures += b.text + "\n";
    for (const char* kept : {"Revenue up", "Profit before tax", "Basic EPS", "Net debt"}) {
        EXPECT_NE(figures.find(kept), std::string::npos) << kept << "\n" << figures;
    }
}

// A bulletin's lines, each short but each a sentence, are not a page's chrome over a later headline.
TEST(ArticleAssemblerTest, shouldKeepABulletinsShortSentencesOverALaterHeading) {
    const Article a = ingestText(std::string("Forties, Cromarty, Forth\nWind: Westerly 7 to severe gale 9, decreasing 4 to 6 later.\n"
                                             "Sea state: Very rough or high, becoming moderate or rough later.\nWeather: Squally wintry showers.\n"
                                             "Visibility: Good, occasionally poor.\n\nDover, Wight, Portland\nWind: Southwest 3 to 5, occasionally 6 later in Portland.\n"
                                             "Sea state: Slight or moderate, becoming rough in the west.\n\nCouncil backs car-free old town\n\n") + kTwoParagraphs);
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_NE(all.find("Squally wintry showers"), std::string::npos) << all;
    EXPECT_NE(all.find("Slight or moderate"), std::string::npos) << all;
    EXPECT_NE(all.find("Supporters said"), std::string::npos) << all;
}

// Markdown: pandoc's article header div holds the headline and byline, its heading's attributes go.
TEST(ArticleAssemblerTest, shouldReadAnArticleHeaderDivAndAHeadingsLongId) {
    const Article a = ingestText(std::string("::: {.article-header}\n# Council backs car-free old town after a long debate "
                                             "{#council-backs-car-free-old-town-after-a-long-debate-in-the-town-hall-on-tuesday .entry-title}\n\n"
                                             "[Kadeen Morrison-Blake/Chronicle Writer]{.byline}\n:::\n\n") + kTwoParagraphs,
                                 InputFormat::Markdown);
    EXPECT_EQ(a.title, "Council backs car-free old town after a long debate");
    EXPECT_EQ(a.byline, "Kadeen Morrison-Blake");
}

// A release's letterhead in capitals over its headline in capitals; a newsletter's greeting and contents
// over a story's own headline in capitals and its byline; a forwarded e-mail's Dutch header.
TEST(ArticleAssemblerTest, shouldFindAHeadlineInCapitalsUnderALetterheadOrANewsletter) {
    Article a = ingestText(std::string("REPUBLIC OF NOWHERE\nMINISTRY OF ENERGY\nPRESS RELEASE NO. 7/2025\n"
                                       "DIESEL PRICE RISES TO 400 KWANZAS A LITRE FROM 1 JULY\n\n") + kTwoParagraphs);
    EXPECT_EQ(a.title, "DIESEL PRICE RISES TO 400 KWANZAS A LITRE FROM 1 JULY");
    a = ingestText(std::string("THE HARBOUR BULLETIN\nFriday, August 1, 2025\n\nGood morning, and happy weekend!\n\n"
                               "This week: everything you need to know about the parade, a quick look at the new bus fares, and where to "
                               "find the best bakes in town before the long weekend.\n\n"
                               "PARADE 2025: NEW ROUTE ENDS AT THE HARBOUR, BANDS MUST CLEAR THE ROAD BY 7 P.M.\n\nBy Shona Greaves\n\n") +
                   kTwoParagraphs);
    EXPECT_EQ(a.title, "PARADE 2025: NEW ROUTE ENDS AT THE HARBOUR, BANDS MUST CLEAR THE ROAD BY 7 P.M.");
    EXPECT_EQ(a.byline, "Shona Greaves");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_EQ(all.find("Good morning"), std::string::npos) << all;
    a = ingestText(std::string("Van: Communicatie Dienst\nVerzonden: dinsdag 1 juli 2025 09:12\nAan: redactie\n"
                               "Onderwerp: Keti Koti 2025: herdenking bij het monument en gratis concert in de tuin\n\n") + kTwoParagraphs);
    EXPECT_EQ(a.title, "Keti Koti 2025: herdenking bij het monument en gratis concert in de tuin");
}

// The writer's name alone over the page's date line ("Published at : January 24, 2025"), under a
// standfirst, with the site's own date line and menu at the top of the copy.
TEST(ArticleAssemblerTest, shouldTakeANameOverTheDateLineUnderTheStandfirst) {
    const Article a = ingestText(std::string("Skip to main content\nFriday, January 24, 2025\nSubscribe\nSign in\nThe Valley Courier\n"
                                             "National\nPolitics\nSports\nCulture\n\n"
                                             "Council backs car-free old town after four hours of debate\n\n"
                                             "Shop owners warned that deliveries would suffer, but the plan passed by a wide margin on Tuesday after the "
                                             "mayor promised a review within a year.\n\n"
                                             "Sushila Thapa Magar\nPublished at : January 24, 2025\nUpdated at : January 24, 2025 07:15\n"
                                             "Kathmandu\nListen\nFacebook\n\n") + kTwoParagraphs);
    EXPECT_EQ(a.byline, "Sushila Thapa Magar");
}

// Markdown as chats and converters write it: an article pasted into a chat's "```quote" or a fence of
// prose is read (a fence of code is not); pandoc's tracked changes keep what was inserted and drop what
// was deleted and the comments; a headline, byline and date each set wholly in bold or italics on lines
// of their own stay apart.
TEST(ArticleAssemblerTest, shouldReadQuotedFencesTrackedChangesAndEmphasizedLinesApart) {
    const std::string prose = "Households in eastern Port Vila will go without piped water for three more days after a second pump "
                              "failed at the Tagabe station, the utility said. About 4,800 homes have had water only in the "
                              "mornings since May 27, when the main pump burned out.";
    const Article a = ingestText("```quote\n**Water cuts to continue in Port Vila**\n*By Leias Natapei*\n*Tuesday 3 June 2025*\n\n" + prose +
                                     "\n```\n\n```js\nconst water = fetch(pumps);\n```\n",
                                 InputFormat::Markdown);
    EXPECT_EQ(a.title, "Water cuts to continue in Port Vila");
    EXPECT_EQ(a.byline, "Leias Natapei");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph), (std::vector<std::string>{prose}));
    const Article fenced = ingestText("# Pumps fail again\n\n```\n" + prose + "\n```\n", InputFormat::Markdown);
    EXPECT_EQ(textsOf(fenced, BlockKind::Paragraph), (std::vector<std::string>{prose}));
    const Article tracked = ingestText(
        "# Viaduc en retard\n\nLe viaduc ne sera pas achev\u00E9 avant [le second semestre]{.insertion author=\"R\u00E9daction\"} "
        "[la fin]{.deletion author=\"R\u00E9daction\"} 2029, a annonc\u00E9 la R\u00E9gion jeudi en s\u00E9ance "
        "pl\u00E9ni\u00E8re.[V\u00E9rifier avec le service com]{.comment-start id=\"0\"}[]{.comment-end id=\"0\"}"
        "[]{#_Hlk195012345 .anchor}\n",
        InputFormat::Markdown);
    EXPECT_EQ(textsOf(tracked, BlockKind::Paragraph),
              (std::vector<std::string>{"Le viaduc ne sera pas achev\u00E9 avant le second semestre 2029, a annonc\u00E9 la R\u00E9gion "
                                        "jeudi en s\u00E9ance pl\u00E9ni\u00E8re."}));
}

// A paragraph wrapped at a fixed width in German, its lines carried on into nouns in capitals after an
// article ("…über die" over "Mühlkreisbahnbrücke"): one paragraph, all of it read.
TEST(ArticleAssemblerTest, shouldJoinAWrappedGermanParagraphAfterItsArticles) {
    const Article a = ingestText("Stadtbahn nach Gallneukirchen\n\n"
                                 "Die Strecke beginnt am Linzer Hauptbahnhof und f\u00FChrt \u00FCber die\n"
                                 "M\u00FChlkreisbahnbr\u00FCcke und Urfahr nach Gallneukirchen. Auf rund 19 km sind\n"
                                 "7,5 Minuten.\n");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph),
              (std::vector<std::string>{"Die Strecke beginnt am Linzer Hauptbahnhof und f\u00FChrt \u00FCber die "
                                        "M\u00FChlkreisbahnbr\u00FCcke und Urfahr nach Gallneukirchen. Auf rund 19 km sind 7,5 Minuten."}));
}

// WebVTT's blocks between cues: a STYLE's rules are not read (nor taken for code that hides the cues
// after them), a NOTE's lines stand apart, the voice tags and a sound in brackets go. A Usenet post's
// story between scissors marks is read without the poster's greeting, opinion and signature; a
// transcript's segment that ends on a comma runs on into the next.
TEST(ArticleAssemblerTest, shouldReadCaptionsAroundTheirStylesAndAStoryBetweenScissors) {
    const Article vtt = ingestText(
        "WEBVTT\nKind: captions\nLanguage: pt\n\nNOTE\nTelejornal das 20h00\n\nSTYLE\n::cue { color: #ffff00; background-color: rgba(0,0,0,0.8); }\n\n"
        "1\n00:00:00.000 --> 00:00:01.000\n[M\u00FAsica]\n\n2\n00:00:01.000 --> 00:00:07.900\n<v Piv\u00F4>Boa noite. A campanha do caju\narrancou hoje em\n\n"
        "3\n00:00:07.900 --> 00:00:14.875\ntodo o pa\u00EDs, com um pre\u00E7o m\u00EDnimo de 375\nfrancos CFA por quilo.\n");
    EXPECT_EQ(textsOf(vtt, BlockKind::Paragraph),
              (std::vector<std::string>{"Boa noite. A campanha do caju arrancou hoje em todo o pa\u00EDs, com um pre\u00E7o m\u00EDnimo de 375 "
                                        "francos CFA por quilo."}));
    const std::string story = "Die Regionalstadtbahn von Linz nach Gallneukirchen ist fix. Land und Bund haben am Donnerstag die "
                              "Finanzierungsvereinbarung unterzeichnet. Die Kosten werden auf 1,2 Mrd. Euro gesch\u00E4tzt, der Bund "
                              "\u00FCbernimmt 50 Prozent, das Land den Rest, und gebaut wird ab 2027.";
    const Article usenet = ingestText("Stadtbahn kommt\n\nJa, heute beschlossen. Hier der Artikel:\n\n----- schnipp -----\n\n" + story +
                                      "\n\n----- schnapp -----\n\nMeine Meinung: 2032 glaub ich erst, wenn ich drinsitze.\n\n-- \nGerhard\n"
                                      "\"Wer sp\u00E4ter bremst, ist l\u00E4nger schnell.\"\n");
    EXPECT_EQ(textsOf(usenet, BlockKind::Paragraph), (std::vector<std::string>{story}));
    const Article whisper = ingestText("Carburants : baisse de 4 francs\n\nIl est 7 heures \u00E0 Noum\u00E9a.\n"
                                       "Le litre d'essence passera de 158,5 \u00E0 154,5 francs,\nle gazole de 151 \u00E0 147 francs.\n");
    EXPECT_EQ(textsOf(whisper, BlockKind::Paragraph),
              (std::vector<std::string>{"Il est 7 heures \u00E0 Noum\u00E9a.",
                                        "Le litre d'essence passera de 158,5 \u00E0 154,5 francs, le gazole de 151 \u00E0 147 francs."}));
}

// A broadcast script in two columns: the words under "AUDIO" are read, the shots under "VIDEO" and the
// crew's fields are not, and "STORY TITLE:" gives the headline. Docsify's heading anchors and tip marks
// are not read.
TEST(ArticleAssemblerTest, shouldReadATwoColumnScriptsWordsAndLeaveDocsifyMarks) {
    const Article script = ingestText(
        "STORY TITLE: Central Market vendors to move to Kukum\nREPORTER: Jeffrey Maelasi\nCAMERA: Dennis Ramo\tEDITOR: Lyn Kengava\n\n"
        "VIDEO\tAUDIO\nANCHOR ON CAM\t\n\tVendors at the Honiara Central Market will have to move to a temporary market at Kukum "
        "from October, while the main market is rebuilt.\nGVs market, crowds, produce tables\t\n\tEvery morning more than 1,200 "
        "vendors sell vegetables, fish and crafts at the Central Market.\n");
    EXPECT_EQ(script.title, "Central Market vendors to move to Kukum");
    EXPECT_EQ(textsOf(script, BlockKind::Paragraph),
              (std::vector<std::string>{"Vendors at the Honiara Central Market will have to move to a temporary market at Kukum from "
                                        "October, while the main market is rebuilt.",
                                        "Every morning more than 1,200 vendors sell vegetables, fish and crafts at the Central Market."}));
    const Article docsify = ingestText("# Trains every half hour :id=trains\n\n## What changes :id=changes\n\n"
                                       "?> The line reopens on Monday after two years of work on the bridge and the tracks.\n",
                                       InputFormat::Markdown);
    EXPECT_EQ(docsify.title, "Trains every half hour");
    EXPECT_EQ(textsOf(docsify, BlockKind::Heading), (std::vector<std::string>{"What changes"}));
    EXPECT_EQ(textsOf(docsify, BlockKind::Paragraph),
              (std::vector<std::string>{"The line reopens on Monday after two years of work on the bridge and the tracks."}));
}

// A reading app's export: the reader's summary and highlights over "## Full Document" are not read, the
// metadata's author and date are taken, and the title and tags they repeat are not read.
TEST(ArticleAssemblerTest, shouldReadTheFullDocumentOfAReadingAppsExport) {
    const std::string story = "The city council approved the final design of the cable car on Monday. It will cost 62 million euros and "
                              "link the centre with the mountain in 18 minutes.";
    const Article a = ingestText("# Cable car to cost 62 million\n\n## Metadata\n- Author: [[Giulia Decarli]]\n"
                                 "- Full Title: Cable car to cost 62 million\n- Published: 2025-02-18\n- Document Tags: [[transport]]\n\n"
                                 "## Summary\nThe council approved the cable car, which will cost 62 million.\n\n## Highlights\n"
                                 "- It will link the centre with the mountain in 18 minutes. ([View Highlight](https://read.example/1))\n"
                                 "    - Note: compare with the bus\n\n## Full Document\n[[Cable car to cost 62 million - Full Document]]\n\n---\n\n" +
                                     story + "\n",
                                 InputFormat::Markdown);
    EXPECT_EQ(a.title, "Cable car to cost 62 million");
    EXPECT_EQ(a.byline, "Giulia Decarli");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph), (std::vector<std::string>{story}));
    EXPECT_TRUE(textsOf(a, BlockKind::ListItem).empty());
}

// A chat's header with its time code and sender alone over the message is not read; the message is.
// An HTML block in Markdown filled in by code as the page loads ("${…}") is not read.
TEST(ArticleAssemblerTest, shouldLeaveOutAChatsStampedSenderAndAnHtmlBlockFilledByCode) {
    const Article chat = ingestText("Nieuwe vleugel gaat open\n\n[09:44] Werleman, Gisela\nDe nieuwe vleugel van het ziekenhuis gaat op "
                                    "woensdag 1 oktober open, zei de directie.\n");
    EXPECT_EQ(textsOf(chat, BlockKind::Heading), (std::vector<std::string>{}));
    EXPECT_EQ(textsOf(chat, BlockKind::Paragraph),
              (std::vector<std::string>{"De nieuwe vleugel van het ziekenhuis gaat op woensdag 1 oktober open, zei de directie."}));
    const Article cards = ingestText("# Maize prices rise\n\n<div class=\"card\"><h2>National average</h2><span>${d3.format(\",\")(avg)}</span></div>\n\n"
                                     "Maize prices rose in every market the ministry tracks, its survey showed on Monday.\n",
                                     InputFormat::Markdown);
    EXPECT_TRUE(textsOf(cards, BlockKind::Heading).empty());
}

// A front matter's author under a key a template suffixed ("autor_name") is the byline.
TEST(ArticleAssemblerTest, shouldTakeTheAuthorFromASuffixedFrontMatterKey) {
    const Article a = ingestText("---\ntitel: 'Bad bleibt 14 Monate zu'\nautor_name: 'Jana Margraff'\n---\n\nDer Stadtrat hat am Montagabend "
                                 "den Weg f\u00FCr die Renovierung des Bads freigemacht, das ab September geschlossen bleibt.\n",
                                 InputFormat::Markdown);
    EXPECT_EQ(a.byline, "Jana Margraff");
}

// A paragraph wrapped at 72 columns where wrapping broke it before capitals ("…from the Caribbean" over
// "Development Bank…"): the next line's first word would not have fitted, so the lines are one; a list
// of lines of one length with nothing carried on stays lines.
TEST(ArticleAssemblerTest, shouldJoinAWrappedParagraphBrokenBeforeCapitals) {
    const Article a = ingestText("Runway upgrade\n\n"
                                 "The work is funded by a US$12.4 million loan from the Caribbean\n"
                                 "Development Bank (CDB), about EC$33.5 million, with the rest coming from\n"
                                 "the government's capital budget. The contract was awarded to Antilles\n"
                                 "Paving Ltd., one of 3 bidders.\n");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph),
              (std::vector<std::string>{"The work is funded by a US$12.4 million loan from the Caribbean Development Bank (CDB), about "
                                        "EC$33.5 million, with the rest coming from the government's capital budget. The contract was "
                                        "awarded to Antilles Paving Ltd., one of 3 bidders."}));
    const Article list = ingestText("Cane prices\n\nThe board met on Tuesday and set the price for the season that starts in May.\n\n"
                                    "Cane price up 7% to E3,450 a tonne for the 2025/26 season\n"
                                    "Mills to invest E1.2 billion in an ethanol plant at Big Bend\n"
                                    "Growers say the increase does not cover fertiliser costs\n");
    for (const Block& b : list.blocks) EXPECT_EQ(b.text.find("season Mills"), std::string::npos) << b.text;
}

// Advanced SubStation Alpha subtitles (Aegisub's .ass): the player's sections, comments, override tags
// and a name's caption in a style of its own are not read; the cues' words run on into sentences, a cue
// that starts with a figure carrying on the one before.
TEST(ArticleAssemblerTest, shouldReadTheCuesOfAssSubtitles) {
    const Article a = ingestText("[Script Info]\nTitle: Nyhederne kl. 19.30\nScriptType: v4.00+\nPlayResX: 1920\n\n[V4+ Styles]\n"
                                 "Format: Name, Fontname, Fontsize\nStyle: Default,Tiresias,64\nStyle: Navn,Tiresias,48\n\n[Events]\n"
                                 "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
                                 "Comment: 0,0:00:00.00,0:00:01.00,Default,,0,0,0,,tekstet af: kbj\n"
                                 "Dialogue: 0,0:00:01.00,0:00:06.55,Default,V\u00E6rt,0,0,0,,Godaften. Bornholm f\u00E5r en ny f\u00E6rge,\n"
                                 "Dialogue: 0,0:00:06.55,0:00:09.00,Default,V\u00E6rt,0,0,0,,{\\i1}som sejler{\\i0} fra\\NR\u00F8nne kl.\n"
                                 "Dialogue: 1,0:00:09.00,0:00:12.00,Navn,,0,0,0,,{\\an7}Jesper Kofoed\\Nformand\n"
                                 "Dialogue: 0,0:00:09.00,0:00:12.00,Default,Reporter,0,0,0,,8.30 hver morgen.\n"
                                 "Dialogue: 0,0:00:12.00,0:00:15.00,Guest,Kofoed,0,0,0,,Det er for sent.\n");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph),
              (std::vector<std::string>{"Godaften. Bornholm f\u00E5r en ny f\u00E6rge, som sejler fra R\u00F8nne kl. 8.30 hver morgen.",
                                        "Det er for sent."}))
        << "a guest's style is speech too";
    // (A cue that starts with a figure after a sentence's end starts a new one.)
    const Article srt = ingestText("1\n00:00:01,000 --> 00:00:03,000\nThe storm hit the coast on Sunday.\n\n2\n00:00:03,000 --> 00:00:05,000\n"
                                   "12 people were injured.\n\n3\n00:00:05,000 --> 00:00:07,000\nRoads were closed.\n");
    EXPECT_EQ(textsOf(srt, BlockKind::Paragraph).front(), "The storm hit the coast on Sunday.");
}

// A Rich Text Format document given as text (WordPad's, saved under any name): its words, in its code
// page, with its paragraphs, byline and date; the tables and control words are not read.
TEST(ArticleAssemblerTest, shouldReadARichTextDocument) {
    const Article a = ingestText("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\r\n"
                                 "{\\colortbl ;\\red0\\green0\\blue0;}\r\n{\\*\\generator Riched20 10.0}\\viewkind4\\uc1 \r\n"
                                 "\\pard\\b\\fs36 Boere kry R14 miljoen droogtehulp\\b0\\fs22\\par\r\n\\i Deur Annelie van der Merwe\\i0\\par\r\n"
                                 "Robertson, Maandag 12 Januarie 2026\\par\r\n"
                                 "Die regering het R14 miljoen opsy gesit om 312 boere te help wat swaar deur die droogte getref is.\\par\r\n"
                                 "\\ldblquote Ons weet dis nie genoeg nie,\\rdblquote  het Swanepoel ges\\'ea.\\par\r\n}\r\n");
    EXPECT_EQ(a.title, "Boere kry R14 miljoen droogtehulp");
    EXPECT_EQ(a.byline, "Annelie van der Merwe");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->dateIso(), "2026-01-12");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph),
              (std::vector<std::string>{"Die regering het R14 miljoen opsy gesit om 312 boere te help wat swaar deur die droogte getref is.",
                                        "\u201COns weet dis nie genoeg nie,\u201D het Swanepoel ges\u00EA."}));
}

// RTF as a broken or unusual file writes it: a lone "-" where a number goes and a character's fallback
// count too large are no reason to give up; macOS TextEdit ends its lines with a backslash; a table's
// cells are parted and its rows end; hidden text is not read; a fallback never runs past its group.
TEST(ArticleAssemblerTest, shouldReadRichTextAsTextEditAndBrokenFilesWriteIt) {
    EXPECT_EQ(rtfAsText("{\\rtf1 Some text.\\uc- More.\\u- End.\\par}"), "Some text.More.End.\n\n");
    EXPECT_EQ(rtfAsText("{\\rtf1 Text.\\uc99\\u8364 rest of story\\par}"), "Text.\xE2\x82\xAC of story\n\n");  // (four at most)
    EXPECT_EQ(rtfAsText("{\\rtf1\\ansi Harbour tunnel opens\\\nBy Tom Reed\\\nThe tunnel opened.}"),
              "Harbour tunnel opens\n\nBy Tom Reed\n\nThe tunnel opened.");
    EXPECT_EQ(rtfAsText("{\\rtf1 \\intbl Name\\cell Votes\\cell\\row Last.\\par}"), "Name, Votes, \n\nLast.\n\n");
    EXPECT_EQ(rtfAsText("{\\rtf1 Seen {\\v hidden} and {\\u8364}200.}"), "Seen  and \xE2\x82\xAC" "200.");
}

// Pandoc's grid table in Markdown is read as a table (its rows' lines joined cell by cell), not dropped as
// code for its borders.
TEST(ArticleAssemblerTest, shouldReadAGridTableInMarkdown) {
    const Article a = ingestText("# Banana prices rise\n\nGrowers will be paid more for each box from Monday, the board said on Friday.\n\n"
                                 "+-----------+-----------+\n| Grade     | Old price |\n|           | (per box) |\n+===========+===========+\n"
                                 "| Class 1   | 24.50     |\n+-----------+-----------+\n| Class 2   | 15.00     |\n+-----------+-----------+\n\n"
                                 "The new prices run to the end of the year.\n",
                                 InputFormat::Markdown);
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_NE(all.find("Class 1"), std::string::npos) << all;
    EXPECT_NE(all.find("Old price (per box)"), std::string::npos) << all;
    EXPECT_EQ(all.find("+---"), std::string::npos) << all;
}

// A newspaper clipping's column, twenty-odd characters wide: its paragraphs are whole again, across a
// title written short at a line's end ("said Cllr." over the name), a bracket that carries the sentence
// on, and a short paragraph's capital where a line as full as the longest ends on no stop.
TEST(ArticleAssemblerTest, shouldJoinANewspaperColumnsNarrowLines) {
    const Article clipping = ingestText(
        "Harbour dues to rise\n\n"
        "The harbour board last\nnight voted by six votes\nto three to raise the dues\npaid by fishing boats, a\n"
        "decision that will see the\ncharge for a berth go up\nby a tenth from March.\n\n"
        "\"It is the only way to pay\nfor the dredging,\" said Cllr.\nAnne Walsh (Ind.), who\nproposed the motion.\n\n"
        "A public meeting is due\nto be held in the Harbour\nInn next month.\n");
    EXPECT_EQ(textsOf(clipping, BlockKind::Paragraph),
              (std::vector<std::string>{"The harbour board last night voted by six votes to three to raise the dues paid by fishing boats, a "
                                        "decision that will see the charge for a berth go up by a tenth from March.",
                                        "\"It is the only way to pay for the dredging,\" said Cllr. Anne Walsh (Ind.), who proposed the motion.",
                                        "A public meeting is due to be held in the Harbour Inn next month."}));
    // (Not a headline in capitals over its brief, a subheading under a title written short, or a list's items.)
    const Article brief = ingestText(
        "Weather\n\nWEATHER WARNING ISSUED\nMet Eireann has issued\na status yellow warning\nfor wind in Kerry.\n\n"
        "The council backed the new\nbridge on Mill St.\nCosts\n\nThe council will consider:\n\n(a) widen the main road\n"
        "(b) build a new bridge\n(c) add a cycle lane\n");
    const std::vector<std::string> paragraphs = textsOf(brief, BlockKind::Paragraph);
    EXPECT_NE(std::find(paragraphs.begin(), paragraphs.end(), "Met Eireann has issued a status yellow warning for wind in Kerry."), paragraphs.end());
    EXPECT_NE(std::find(paragraphs.begin(), paragraphs.end(), "The council backed the new bridge on Mill St."), paragraphs.end());
    for (const std::string& p : paragraphs) {
        EXPECT_EQ(p.find("(a) widen the main road (b)"), std::string::npos) << p;
        EXPECT_EQ(p.find("ISSUED Met"), std::string::npos) << p;
    }
}

// A press release pasted as text: the company's "About …, Inc." and its forward-looking statements,
// headings known only by their shape, go with the paragraphs under them.
TEST(ArticleAssemblerTest, shouldLeaveOutAReleasesAboutIncAndForwardLookingStatements) {
    const Article a = ingestText(
        "Harbour Power starts building battery plant\n\n"
        "Harbour Power said on Monday it had started building a 400-megawatt battery plant near the port, its largest yet.\n\n"
        "The plant will store power from the wind farms offshore and is due to open in the spring of 2027, the company said.\n\n"
        "The mayor said the plant would bring 120 jobs to the town and about $4.8 million a year in taxes over its first ten years.\n\n"
        "Residents who had opposed the plant at two public meetings last year said they would watch the building work closely, and a "
        "group of them asked the council to publish the fire service's report on the batteries before the plant is switched on.\n\n"
        "The company said the report would be published in full, and that the batteries would sit in separate steel containers, "
        "each with its own cooling and fire protection, at least twenty metres from the nearest road and from the harbour wall.\n\n"
        "About Harbour Power, Inc.\n"
        "Harbour Power develops, builds and operates battery storage projects. Founded in 2017, it has more than 480 employees.\n\n"
        "Forward-Looking Statements\n"
        "This press release contains forward-looking statements within the meaning of Section 27A of the Securities Act of 1933, "
        "including statements about the plant's timing, its cost and the jobs it will bring. Actual results may differ materially "
        "from those expressed due to risks described under \"Risk Factors\" in the company's Annual Report on Form 10-K for the year "
        "ended December 31, 2024, filed with the SEC, and words such as \"anticipate,\" \"believe,\" \"expect\" and \"will\" are "
        "intended to identify them.\n\n"
        "Harbour Power undertakes no obligation to update any forward-looking statement, except as required by law, whether as a "
        "result of new information, future events or otherwise, and readers are cautioned not to place undue reliance on them.\n\n"
        "The plant is the second of its kind on the coast; the first, built by the same company in 2021 near the old "
        "ferry terminal, has run without a fault since it opened, its managers said in a report published last week.\n");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph),
              (std::vector<std::string>{"Harbour Power said on Monday it had started building a 400-megawatt battery plant near the port, its largest yet.",
                                        "The plant will store power from the wind farms offshore and is due to open in the spring of 2027, the company said.",
                                        "The mayor said the plant would bring 120 jobs to the town and about $4.8 million a year in taxes over its first ten years.",
                                        "Residents who had opposed the plant at two public meetings last year said they would watch the building work closely, and a "
                                        "group of them asked the council to publish the fire service's report on the batteries before the plant is switched on.",
                                        "The company said the report would be published in full, and that the batteries would sit in separate steel containers, "
                                        "each with its own cooling and fire protection, at least twenty metres from the nearest road and from the harbour wall.",
                                        "The plant is the second of its kind on the coast; the first, built by the same company in 2021 near the old "
                                        "ferry terminal, has run without a fault since it opened, its managers said in a report published last week."}));
}


// A newspaper page's copy across a page break: a headline set on three narrow lines (one opening on a
// quotation mark), a paragraph opening on a name's short form in brackets, and a sentence broken by the
// next page's running head and its jump line, "(Continued from Page A7)".
TEST(ArticleAssemblerTest, shouldJoinAStoryAcrossAPrintedPagesBreak) {
    const Article a = ingestText(
        "THE HARBOUR GAZETTE  |  SATURDAY, OCTOBER 5, 2024  |  A7\n\n"
        "Sea wall 'will not\nbe ready' until 2027\n\n"
        "By ANNA REID\n\n"
        "RESIDENTS of the har-\nbour have been told\nthat the new sea wall\nwill not be finished\nuntil the spring of 2027.\n"
        "  The Harbour Trust\n(HT) said on Friday\nthat bad ground at two\nof the sites had added\nfourteen months to it.\n"
        "  Mary Kelly, 61, whose\n\n"
        "THE HARBOUR GAZETTE  |  SATURDAY, OCTOBER 5, 2024  |  A8\n\n"
        "(Continued from Page A7)\n\n"
        "shop on Quay Street has\nflooded twice, said she\nhad stopped believing\nthe dates she was given.\n");
    EXPECT_EQ(a.title, "Sea wall 'will not be ready' until 2027");
    const std::vector<std::string> paragraphs = textsOf(a, BlockKind::Paragraph);
    ASSERT_EQ(paragraphs.size(), 3u) << ::testing::PrintToString(paragraphs);
    EXPECT_EQ(paragraphs[1], "The Harbour Trust (HT) said on Friday that bad ground at two of the sites had added fourteen months to it.");
    EXPECT_EQ(paragraphs[2], "Mary Kelly, 61, whose shop on Quay Street has flooded twice, said she had stopped believing the dates she was given.");
}


// A newsletter copied from its page: the writer's name over the date, a paid post's mark under them; a
// syndicating service's name over the byline; its note at the end.
TEST(ArticleAssemblerTest, shouldTakeANameOverItsDateAndLeaveASyndicatingServicesLines) {
    const Article post = ingestText(
        "The Local Fix\nSubscribe\nSign in\n\nWhy the bookshop is closing\n\nHannah Corrigan\nApr 3, 2024\n\n\xE2\x88\x99 Paid\n\n"
        "When Margaret Dunn opened the shop on Market Street in 1978, a paperback cost 95p and the town had three bookshops.\n\n"
        "Next month, it will have none, after its landlord raised the annual rent by more than half.\n");
    EXPECT_EQ(post.byline, "Hannah Corrigan");
    const Article report = ingestText(
        "Council tax to rise as the borough faces a gap\n\nLocal Democracy Reporting Service\nBy Aisha Patel, Local Democracy Reporter\n"
        "Thursday, 23 January 2025, 9:14pm\n\n"
        "Council tax in the borough will rise by 4.99% from April after cabinet members backed the budget on Thursday night.\n\n"
        "The budget will go to full council for approval on 26 February, when the opposition will table its own.\n\n"
        "This article was written by a Local Democracy Reporter. The Local Democracy Reporting Service is funded by the BBC.\n");
    EXPECT_EQ(report.byline, "Aisha Patel");
    const std::vector<std::string> paragraphs = textsOf(report, BlockKind::Paragraph);
    ASSERT_EQ(paragraphs.size(), 2u) << ::testing::PrintToString(paragraphs);
    EXPECT_EQ(paragraphs[0].rfind("Council tax in the borough", 0), 0u);
}

// Dates a thirty-third round's texts carried where no rule looked: a note's "Datum:" field, a wire's time
// stamp over the headline, its source line at the end, a press release's date between two dashes; an
// editor's revision note is not read.
TEST(ArticleAssemblerTest, shouldFindDatesInFieldsStampsSourceLinesAndDatelines) {
    const std::string body = "The council approved the plan on Tuesday after a long debate about its cost and its route along the river.\n\n"
                             "Work will start in the spring and take about three years, with the first section finished by next winter.\n\n";
    const Article note = ingestText("# Council backs river plan\n\nAutor: Katharina Brandt\nDatum: 12. September 2024\nStatus: Freigegeben\n\n---\n\n" +
                                        body,
                                    InputFormat::Markdown);
    ASSERT_TRUE(note.published.has_value());
    EXPECT_EQ(note.published->dateIso(), "2024-09-12");
    const Article wire = ingestText("PAP\n2024-05-22 13:47\nWarszawa\n\nCouncil backs river plan\n\nBy Anna Kowalczyk\n\n" + body);
    ASSERT_TRUE(wire.published.has_value());
    EXPECT_EQ(wire.published->dateIso(), "2024-05-22");
    const Article source = ingestText("Council backs river plan\n\n" + body + "(Bron: ANP, 4 juni 2024, 16.42 uur)\n");
    ASSERT_TRUE(source.published.has_value());
    EXPECT_EQ(source.published->dateIso(), "2024-06-04");
    for (const Block& b : source.blocks) EXPECT_EQ(b.text.find("Bron"), std::string::npos) << b.text;
    const Article release = ingestText(
        "FOR IMMEDIATE RELEASE\n\nMeridian Rail orders 36 battery trains\n\n"
        "EDINBURGH, Scotland \xE2\x80\x93 18 September 2024 \xE2\x80\x93 Meridian Rail Ltd. today announced it has signed a contract "
        "with a Swiss manufacturer for 36 battery-electric trains, the largest order of its kind.\n\n" + body +
        "*Texto revisado por: J. Almeida. Vers\xC3\xA3o 3.*\n");
    ASSERT_TRUE(release.published.has_value());
    EXPECT_EQ(release.published->dateIso(), "2024-09-18");
    const std::vector<std::string> paragraphs = textsOf(release, BlockKind::Paragraph);
    ASSERT_FALSE(paragraphs.empty());
    EXPECT_EQ(paragraphs.front().rfind("Meridian Rail Ltd. today announced", 0), 0u) << paragraphs.front();
    for (const std::string& p : paragraphs) EXPECT_EQ(p.find("revisado"), std::string::npos) << p;
}

// What the review of the thirty-third round's ingest rules found: a heading over a paragraph that opens in
// lower case, a list's short items, a label over a sentence that opens "By", an event's "Data:" line.
TEST(ArticleAssemblerTest, shouldKeepHeadingsListsLabelsAndEventDatesApart) {
    const Article a = ingestText(
        "Apple beats forecasts\n\nBy Jane Doe\n\n"
        "Apple reported higher profits on Thursday, beating the forecasts of most analysts for the third quarter in a row.\n\n"
        "Strong demand in the second quarter\n\niPhone sales rose 6 per cent to $46bn, the company said, led by its newest models.\n\n"
        "You will need:\n\nOlive oil\ntwo cloves garlic\ntinned tomatoes\n\n"
        "Fire and Rescue Service\nBy midnight, the blaze at the warehouse was under control, the service said.\n\n"
        "Data: 3 ottobre 2024\n");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_EQ(all.find("quarter iPhone"), std::string::npos) << all;
    EXPECT_EQ(all.find("Olive oil two"), std::string::npos) << all;
    EXPECT_NE(all.find("By midnight, the blaze"), std::string::npos) << all;
    EXPECT_FALSE(a.published.has_value() && a.published->dateIso() == "2024-10-03");
}

// A round-up's results, a line a match under a heading in capitals, are read; a radio script's slugs between
// dashes and a draft's notes marked not for publication are not.
TEST(ArticleAssemblerTest, shouldReadAResultsListAndLeaveSlugsAndNotesNotForPublication) {
    const Article round = ingestText(
        "Serie A, l'Inter vince a Firenze\n\n"
        "L'Inter batte 1-0 la Fiorentina al Franchi e sale a quota 57 punti, quattro sulla Juventus, fermata dall'Empoli.\n\n"
        "RISULTATI 22\xC2\xAA GIORNATA\nSabato 27/01\nFrosinone-Cagliari 3-1\nLecce-Salernitana 1-1\nGenoa-Lazio 0-1\n\n"
        "Il prossimo turno si apre venerd\xC3\xAC 2 febbraio alle 20.45 con Sassuolo-Juventus, poi le altre partite.\n");
    std::string all;
    for (const Block& b : round.blocks) all += b.text + "\n";
    EXPECT_NE(all.find("Frosinone-Cagliari 3-1"), std::string::npos) << all;
    EXPECT_NE(all.find("Genoa-Lazio 0-1"), std::string::npos) << all;
    const Article bulletin = ingestText(
        "Floods close the A66\n\nGood morning. It's eight o'clock.\n\n--- STORY 1: FLOODING ---\n"
        "Around 200 homes in Keswick are without power this morning after the storm brought down lines across the county.\n"
        "Engineers have reconnected 1,350 properties overnight and hope to finish the work by the evening.\n");
    const Article notes = ingestText(
        "# Driver jailed\n\nA driver who killed a cyclist while looking at his phone was jailed for six years on Tuesday.\n\n"
        "The A66 is closed in both directions between Braithwaite and Bassenthwaite Lake while the water goes down.\n\n"
        "**Court notes (not for publication):**\n\n- Case no. T20237045\n- Judge: HHJ Mayhew\n",
        InputFormat::Markdown);
    all.clear();
    for (const Block& b : bulletin.blocks) all += b.text + "\n";
    for (const Block& b : notes.blocks) all += b.text + "\n";
    EXPECT_EQ(all.find("STORY"), std::string::npos) << all;
    EXPECT_EQ(all.find("Court notes"), std::string::npos) << all;
    EXPECT_EQ(all.find("T20237045"), std::string::npos) << all;
    EXPECT_NE(all.find("Around 200 homes"), std::string::npos) << all;
    EXPECT_NE(all.find("The A66 is closed"), std::string::npos) << all;
}

// An Austrian wire's header marks, "=" after the headline and its "Utl.:" subtitle, and a feed item's bare
// field names are not read.
TEST(ArticleAssemblerTest, shouldLeaveOutAWiresHeaderMarksAndAFeedsFieldNames) {
    const Article wire = ingestText(
        "Zugungl\xC3\xBC" "ck in der Obersteiermark: 23 Verletzte =\n\n"
        "Utl.: Regionalzug kollidierte mit G\xC3\xBCterwaggon - Strecke bis Sonntag gesperrt =\n\n"
        "Bei einem Zugungl\xC3\xBC" "ck in der Obersteiermark sind am Samstagvormittag 23 Menschen verletzt worden, drei davon schwer.\n\n"
        "Description:\n\nDer Regionalzug war mit 80 Fahrg\xC3\xA4sten unterwegs, als er auf einen abgestellten Waggon prallte.\n");
    EXPECT_EQ(wire.title, "Zugungl\xC3\xBC" "ck in der Obersteiermark: 23 Verletzte");
    for (const Block& b : wire.blocks) {
        EXPECT_EQ(b.text.find(" ="), std::string::npos) << b.text;
        EXPECT_EQ(b.text.find("Utl."), std::string::npos) << b.text;
        EXPECT_EQ(b.text.find("Description"), std::string::npos) << b.text;
    }
}

// A wire's header (its codes, keywords, version and priority) is not read, and its agency, named over the
// headline, in the dateline or at the foot, is the byline when there is none.
TEST(ArticleAssemblerTest, shouldTakeAWiresAgencyAsTheBylineAndLeaveOutItsHeader) {
    const Article dpa = ingestText(
        "bdt0347 4 vm 412 dpa 0892\n\nVerkehr/Streiks/Bahn/\n(Zusammenfassung 18.45 Uhr)\n"
        "Lokf\xC3\xBChrer streiken ab Mittwoch 35 Stunden\n\n"
        "Berlin (dpa) - Die Lokf\xC3\xBChrergewerkschaft legt den Bahnverkehr in Deutschland erneut lahm, wie sie am Montag mitteilte.\n\n"
        "Im G\xC3\xBCterverkehr beginnt der Ausstand bereits am Dienstag um 18.00 Uhr, sagte ein Sprecher.\n");
    EXPECT_EQ(dpa.title, "Lokf\xC3\xBChrer streiken ab Mittwoch 35 Stunden");
    EXPECT_EQ(dpa.byline, "dpa");
    EXPECT_TRUE(dpa.byline_is_agency);
    EXPECT_EQ(dpa.site, "dpa");  // (the agency's own wire: nothing names another publisher)
    for (const Block& b : dpa.blocks) {
        EXPECT_EQ(b.text.find("bdt0347"), std::string::npos) << b.text;
        EXPECT_EQ(b.text.find("Streiks/"), std::string::npos) << b.text;
        EXPECT_EQ(b.text.find("Zusammenfassung"), std::string::npos) << b.text;
    }
    const Article lusa = ingestText(
        "Lusa - Ag\xC3\xAAncia de Not\xC3\xAD" "cias de Portugal\nPrioridade: 2\n\n"
        "TAP: Governo quer vender pelo menos 51% da companhia\n\n"
        "O Governo pretende alienar pelo menos 51% do capital da TAP at\xC3\xA9" " ao final de 2025, afirmou hoje o ministro.\n\n"
        "O processo poder\xC3\xA1" " render entre 1.000 e 1.500 milh\xC3\xB5" "es de euros ao Estado, segundo o Governo.\n\nLusa/Fim\n");
    EXPECT_EQ(lusa.title, "TAP: Governo quer vender pelo menos 51% da companhia");
    EXPECT_EQ(lusa.byline, "Lusa");
    EXPECT_NE(lusa.blocks.back().text.find("segundo o Governo"), std::string::npos) << lusa.blocks.back().text;
    const Article ansa = ingestText(
        "Autonomia, il Senato approva\n\n(ANSA) - ROMA, 23 GEN - L'Aula del Senato ha approvato il disegno di legge con 110 voti favorevoli.\n\n"
        "Il testo passa ora all'esame della Camera dei deputati, dove la maggioranza punta al via libera.\n\n(ANSA).\n");
    EXPECT_EQ(ansa.byline, "ANSA");
    EXPECT_NE(ansa.blocks.back().text.find("via libera"), std::string::npos) << ansa.blocks.back().text;
}

// A results release pasted from its PDF: a subheading over a paragraph set without a blank line, a lead-in
// over a quotation wrapped by hand (a line of it opening on a figure), a bullet wrapped onto an indented line.
TEST(ArticleAssemblerTest, shouldJoinAPdfsWrappedQuotesParagraphsAndBullets) {
    const Article a = ingestText(
        "Harrowgate reports record investment\n\n"
        "The Group said revenue rose strongly in the year to March, driven by higher tariffs and new connections.\n\n"
        "Highlights\n\xE2\x80\xA2  Record totex investment of 904m, up 23% on FY23\n"
        "\xE2\x80\xA2  Leakage reduced by 11% to 141 megalitres per day, ahead of our\n   regulatory target of 147 megalitres\n\n"
        "Sir Geoffrey Pellew, Chair, said:\n\"This has been a year of delivery. We invested more than at any time in our\n"
        "104-year history, and the results can be seen in fewer leaks, fewer pollution\n"
        "incidents and better treatment works across Yorkshire and the\nNorth East.\"\n\n"
        "Operational review\nThe Group completed 312 km of mains replacement during the year, against 248 km in\n"
        "FY23, and installed 186,000 smart meters, taking the total to 412,000, or 31% of\n"
        "household connections. Average supply interruptions fell to 4 min 52 s per prop-\nerty, compared with a year earlier.\n");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_NE(all.find("ahead of our regulatory target of 147 megalitres"), std::string::npos) << all;
    EXPECT_NE(all.find("at any time in our 104-year history, and the results can be seen in fewer leaks, fewer pollution incidents"),
              std::string::npos) << all;
    EXPECT_NE(all.find("Operational review\nThe Group completed 312 km of mains replacement during the year, against 248 km in FY23, and installed"),
              std::string::npos) << all;
    EXPECT_NE(all.find("per property, compared with a year earlier."), std::string::npos) << all;
}

// A wire's stamp and desks under the agency's name, and a results release's header: its date on the
// "For immediate release" line, its legal line, the company and the name it goes by, its listing.
TEST(ArticleAssemblerTest, shouldTakeAWiresStampAndAReleasesHeaderAsMetadata) {
    const Article ritzau = ingestText("RITZAU\n2024-04-22 11:37:05\nIndland, Politik, Sundhed\nPrioritet: 3\n\n"
                                      "Regeringen vil h\xC3\xA6ve aldersgr\xC3\xA6nsen\n\n"
                                      "Regeringen vil h\xC3\xA6ve aldersgr\xC3\xA6nsen for k\xC3\xB8" "b af alkohol til 18 \xC3\xA5r, oplyser ministeriet.\n\n"
                                      "Den blev i 2004 h\xC3\xA6vet fra 15 til 16 \xC3\xA5r, og nu skal den h\xC3\xA6ves igen.\n");
    EXPECT_EQ(ritzau.title, "Regeringen vil h\xC3\xA6ve aldersgr\xC3\xA6nsen");
    EXPECT_EQ(ritzau.byline, "Ritzau");
    ASSERT_TRUE(ritzau.published.has_value());
    EXPECT_EQ(ritzau.published->dateIso(), "2024-04-22");
    const Article release = ingestText(
        "PRESS RELEASE\nFor immediate release                 28 May 2024\nNot for release, publication or distribution, in whole or in "
        "part, in or into any jurisdiction where to do so would constitute a violation of the relevant laws.\n\n"
        "Harrowgate Water plc\n(\xE2\x80\x9CHarrowgate\xE2\x80\x9D or \xE2\x80\x9Cthe Group\xE2\x80\x9D)\nLSE: HWG\n\n"
        "Harrowgate Water reports record investment\n\n"
        "Harrowgate Water plc today announces its results for the year ended 31 March 2024, with revenue up 7.4%.\n\n"
        "The Group completed 312 km of mains replacement during the year, against 248 km a year earlier.\n");
    EXPECT_EQ(release.title, "Harrowgate Water reports record investment");
    ASSERT_TRUE(release.published.has_value());
    EXPECT_EQ(release.published->dateIso(), "2024-05-28");
    for (const Block& b : release.blocks) {
        for (const char* furniture : {"Not for release", "the Group\xE2\x80\x9D)", "LSE: HWG", "immediate"}) {
            EXPECT_EQ(b.text.find(furniture), std::string::npos) << b.text;
        }
    }
}

// A warning bulletin's "Issued at" line is its date; an agency's reproduction line is not read; a page's
// time stamp under the agency's name is not read; a wire's one-word field is not read.
TEST(ArticleAssemblerTest, shouldTakeABulletinsIssuedLineAndLeaveOutWireStampsAndRights) {
    const Article warning = ingestText("Orange warning - snow squall\n\nIssued at 3:15 PM EST Sunday 14 January 2024\n\n"
                                       "Snow squalls are expected to develop this evening and continue overnight across the region.\n\n"
                                       "Visibility may be suddenly reduced to near zero at times in heavy snow and blowing snow.\n");
    ASSERT_TRUE(warning.published.has_value());
    EXPECT_EQ(warning.published->dateIso(), "2024-01-14");
    for (const Block& b : warning.blocks) EXPECT_EQ(b.text.find("Issued at"), std::string::npos) << b.text;
    const Article anp = ingestText("NS schrapt intercity's\n\nANP\nVandaag, 14:32 \xC2\xB7 Aangepast 15:10\n\n"
                                   "NS schrapt vanaf maandag ongeveer 20 procent van de intercity's op drukke trajecten.\n\n"
                                   "Dat heeft het spoorbedrijf dinsdag bekendgemaakt aan de pers in Utrecht.\n");
    EXPECT_EQ(anp.byline, "ANP");
    for (const Block& b : anp.blocks) EXPECT_EQ(b.text.find("Vandaag"), std::string::npos) << b.text;
    const Article lusa = ingestText("Lusa - Ag\xC3\xAAncia de Not\xC3\xAD" "cias de Portugal\nServi\xC3\xA7o: Economia\n\n"
                                    "TAP vai ser vendida\n\nO Governo pretende alienar pelo menos 51% do capital da TAP, afirmou hoje o ministro.\n\n"
                                    "O processo poder\xC3\xA1" " render mil milh\xC3\xB5" "es de euros ao Estado, segundo o Governo.\n");
    EXPECT_EQ(lusa.title, "TAP vai ser vendida");
    for (const Block& b : lusa.blocks) EXPECT_EQ(b.text.find("Economia"), std::string::npos) << b.text;
    const Article afp = ingestText("Budget 2025\n\nLe gouvernement a pr\xC3\xA9sent\xC3\xA9 jeudi un projet de loi de finances, selon les documents.\n\n"
                                   "Le texte sera d\xC3\xA9" "battu en octobre par les d\xC3\xA9put\xC3\xA9s, a indiqu\xC3\xA9 le ministre.\n\n"
                                   "\xC2\xA9 Agence France-Presse. Tous droits de reproduction et de repr\xC3\xA9sentation r\xC3\xA9serv\xC3\xA9s.\n");
    for (const Block& b : afp.blocks) EXPECT_EQ(b.text.find("droits"), std::string::npos) << b.text;
}

// What the review of this stop's wire and release rules found: a programme's credit over the story, a
// headline that opens on an agency's name or has a comma, a remark in brackets, a letter signed with a name
// that is also an agency's, a party's letters or a short form in brackets before a dash.
TEST(ArticleAssemblerTest, shouldKeepStoriesAndHeadlinesThatOnlyLookLikeWireOrReleaseHeaders) {
    const std::string story = "The broadcaster said the series would run for six weeks from March, with a new episode every Sunday evening.\n\n"
                              "Producers said filming had taken place across the country over the last year, in twelve towns and cities.\n";
    const Article credit = ingestText("Nature series returns\n\nPresented by Fiona Bruce\n\n" + story);
    EXPECT_EQ(credit.blocks.size() >= 2, true);
    EXPECT_NE(credit.blocks.back().text.find("twelve towns"), std::string::npos);
    const Article bloomberg = ingestText("Bloomberg - the billionaire who would be president\n\n" + story);
    EXPECT_EQ(bloomberg.title, "Bloomberg - the billionaire who would be president");
    EXPECT_EQ(bloomberg.byline, "");
    const Article remark = ingestText("Apple unveils new iPhone\n\nThe company's new phone (\"the best iPhone ever\", it says)\n\n" + story);
    EXPECT_EQ(remark.title, "Apple unveils new iPhone");
    const Article letter = ingestText("Thanks for the memories\n\n" + story + "\nWith love,\n\nMena\n");
    EXPECT_EQ(letter.byline, "");
    const Article party = ingestText("Strømstøtten forlenges\n\nJonas Gahr St\xC3\xB8re (Ap): \xE2\x80\x93 Dette er en god dag for Norge, "
                                     "og vi skal s\xC3\xB8rge for at str\xC3\xB8mprisene g\xC3\xA5r ned, sa statsministeren.\n\n"
                                     "H\xC3\xB8yre mener forslaget kommer for sent, og at det koster for mye for staten.\n");
    EXPECT_EQ(party.byline, "");
    const Article placement = ingestText("Exams change\n\nAdvanced Placement (AP) - the program run by the College Board - will change "
                                         "its exams next year, officials said on Monday.\n\nTeachers welcomed the change in a statement.\n");
    EXPECT_EQ(placement.byline, "");
}

// A newsletter's sponsor box between its news items: the offer's lines go, the news after them stays.
TEST(ArticleAssemblerTest, shouldDropASponsorsOfferAndKeepTheNewsAfterIt) {
    const Article a = ingestText("Markets today\n\nStocks rose on Monday as investors bet on lower rates, with the S&P 500 up 1.2%.\n\n"
                                 "Sponsored by Acme Bank\n\nOpen a savings account today and earn 5% interest. Terms apply.\n\n"
                                 "Oil fell 2% to $78 a barrel after OPEC said it would raise output next month.\n\n"
                                 "Gold rose to a record as the dollar weakened against the euro and the yen.\n");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_EQ(all.find("savings account"), std::string::npos) << all;
    EXPECT_EQ(all.find("Acme"), std::string::npos) << all;
    EXPECT_NE(all.find("Oil fell"), std::string::npos) << all;
    EXPECT_NE(all.find("Gold rose"), std::string::npos) << all;
}

// A newsletter's box labelled "TODAY'S SPONSOR" alone between rules: the offer and its starred small print go.
TEST(ArticleAssemblerTest, shouldDropANewslettersSponsorBoxWithItsSmallPrint) {
    const Article a = ingestText("THE WEEKLY PURSE\n\nWelcome back. Today: what the rate cut means for your savings.\n\n"
                                 "-----------------------------\nTODAY'S SPONSOR\n-----------------------------\n"
                                 "Tired of 0.01% APY? Keelhaul Savings pays 4.75% APY* with no fees. Open an account in 5 minutes.\n"
                                 "*APY as of 10/1/24; rates may change. Member FDIC.\n-----------------------------\n\n"
                                 "The Federal Reserve cut its benchmark rate by half a point last month, its first cut in four years.\n\n"
                                 "Savings rates have already started to fall from their peak, and more cuts are expected.\n");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_EQ(all.find("SPONSOR"), std::string::npos) << all;
    EXPECT_EQ(all.find("Keelhaul"), std::string::npos) << all;
    EXPECT_EQ(all.find("FDIC"), std::string::npos) << all;
    EXPECT_NE(all.find("The Federal Reserve cut"), std::string::npos) << all;
    EXPECT_NE(all.find("Savings rates have"), std::string::npos) << all;
}

// A masthead set as the first heading of a Markdown page, over the site's menu and a breadcrumb: the site's
// name; the next long heading is the headline. A headline over a short standfirst and a subheading stays.
TEST(ArticleAssemblerTest, shouldTakeAMarkdownMastheadOverTheMenuForTheSite) {
    const std::string story = "\n\nLe ministre a annoncé mardi un plan de 1,2 milliard d'euros sur trois ans pour les petites lignes, "
                              "jugé insuffisant par les syndicats.\n\nLa grève est maintenue du 12 au 15 mars, selon la CGT.\n";
    const Article a = ingestText("# Le Courrier de l'Estuaire\n\n[Accueil](/) | [France](/france) | [Monde](/monde)\n\n"
                                 "Économie › Transports\n\n# Grève à la SNCF : le gouvernement débloque 1,2 milliard d'euros" + story,
                                 InputFormat::Markdown);
    EXPECT_EQ(a.title, "Grève à la SNCF : le gouvernement débloque 1,2 milliard d'euros");
    EXPECT_EQ(a.site, "Le Courrier de l'Estuaire");
    const Article b = ingestText("# FJORDPOSTEN\n\n[Forside](/) | [Nyheder](/nyheder) | [Sport](/sport)\n\n"
                                 "# DSB køber 26 nye eltog for 3,2 mia. kr.\n\nTogene skal køre mellem Aarhus og Aalborg, hvor der i dag ofte "
                                 "er fyldt, og de første leveres i 2028.\n", InputFormat::Markdown);
    EXPECT_EQ(b.title, "DSB køber 26 nye eltog for 3,2 mia. kr.");
    const Article c = ingestText("# Budget Passes After Long Debate\n\nThe vote was close.\n\n## What the New Rules Mean for Renters" + story,
                                 InputFormat::Markdown);
    EXPECT_EQ(c.title, "Budget Passes After Long Debate");
}

// A source's or a desk's label before an agency, on its own line under the headline, names the agency as
// the byline; before anything else it is no byline.
TEST(ArticleAssemblerTest, shouldTakeASourceOrDeskLabelBeforeAnAgencyForTheByline) {
    const std::string story = "\n\nEl gobierno anunció el martes un plan de inversión de 1.200 millones de pesos para el transporte "
                              "público de la capital, que entrará en vigor en abril.\n\nLa oposición criticó el anuncio.\n";
    const Article efe = ingestText("Plan de transporte para la capital\n\nRedacción / EFE \xC2\xB7 03/03/2026 \xC2\xB7 12:47 hrs" + story);
    EXPECT_EQ(efe.byline, "EFE");
    EXPECT_TRUE(efe.byline_is_agency);
    const Article ansa = ingestText("Plan de transporte para la capital\n\nRedazione ANSA" + story);
    EXPECT_EQ(ansa.byline, "ANSA");
    const Article ru = ingestText("Plan de transporte para la capital\n\n\xD0\x98\xD1\x81\xD1\x82\xD0\xBE\xD1\x87\xD0\xBD\xD0\xB8\xD0\xBA: "
                                  "\xD0\x98\xD0\xBD\xD1\x82\xD0\xB5\xD1\x80\xD1\x84\xD0\xB0\xD0\xBA\xD1\x81" + story);
    EXPECT_TRUE(ru.byline_is_agency);
    const Article ministry = ingestText("Plan de transporte para la capital\n\nFuente: Ministerio de Transporte" + story);
    EXPECT_EQ(ministry.byline, "");
}

// Agency copy on a site: the agency's own copyright line under the story names no publication; the
// site's line at the foot does.
TEST(ArticleAssemblerTest, shouldTakeTheSitesCopyrightLineOverTheAgencys) {
    const Article a = ingestText("Strike hits regional rail lines\n\nUnions said the strike would run from Tuesday to Friday, "
                                 "closing most regional lines in the west of the country.\n\nThe ministry offered talks on Monday.\n\n"
                                 "\xC2\xA9 2026 AFP\n\nMost read\n\n\xC2\xA9 2026 The Estuary Courier. All rights reserved.\n");
    EXPECT_EQ(a.site, "The Estuary Courier");
    const Article b = ingestText("Strike hits regional rail lines\n\nUnions said the strike would run from Tuesday to Friday, "
                                 "closing most regional lines in the west of the country.\n\n\xC2\xA9 2026 AFP\n");
    EXPECT_EQ(b.site, "AFP");
}

// A story's subheading "Forward-looking statements" over its own paragraphs is read with them.
TEST(ArticleAssemblerTest, shouldReadAStorysSubheadingAboutForwardLookingStatements) {
    const Article a = ingestText("SEC fines startup over rosy projections\n\nThe Securities and Exchange Commission on Tuesday fined a "
                                 "Silicon Valley startup $5 million for misleading investors about its revenue projections.\n\n"
                                 "Forward-looking statements\n\nThe agency said the company's forward-looking statements were not protected "
                                 "by the safe harbor because executives knew they were false.\n\nThe chief executive said he would appeal.\n");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_NE(all.find("The agency said"), std::string::npos) << all;
    EXPECT_NE(all.find("would appeal"), std::string::npos) << all;
}

// A distributor's "NEWS PROVIDED BY" over the release's issuer and time stamp is not read.
TEST(ArticleAssemblerTest, shouldDropADistributorsNewsProvidedByLabel) {
    const Article a = ingestText("Acme Widgets Opens Plant in Ohio\n\nNEWS PROVIDED BY\nAcme Widgets, Inc.\nFeb 26, 2025, 07:00 ET\n\n"
                                 "COLUMBUS, Ohio, Feb. 26, 2025 /Wirecast Direct/ -- Acme Widgets, Inc. today opened its third plant, "
                                 "which will employ 240 people when it reaches full output next year.\n\n"
                                 "The plant cost $85 million and will make parts for farm machinery, the company said in a statement.\n");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_EQ(all.find("PROVIDED"), std::string::npos) << all;
    EXPECT_EQ(all.find("Acme Widgets, Inc.\n"), std::string::npos) << all;
    EXPECT_NE(all.find("today opened its third plant"), std::string::npos) << all;
}

// A match report's team sheets are not read, with the teams' names over them; its scorers' line is.
TEST(ArticleAssemblerTest, shouldLeaveOutAMatchReportsTeamSheets) {
    const Article a = ingestText("Magpies storm home to stun Blues\n\nCollingwood kicked five of the last six goals to steal a four-point "
                                 "win over Carlton in front of 86,512 fans at the MCG on Saturday night.\n\n"
                                 "The Blues led by 23 points at the 18-minute mark of the third quarter but faded in the last.\n\n"
                                 "Collingwood: Elliott 3, De Goey 2, Mihocek 2, Pendlebury\n\n"
                                 "TEAMS\nCOLLINGWOOD\nB: D. Moore, Howe, Quaynor\nHB: Maynard, Murphy, Crisp\nC: Pendlebury, N. Daicos, Sidebottom\n"
                                 "HF: De Goey, Elliott, Hoskin-Elliott\nSub: McCreery\n\n"
                                 "Collingwood hosts Essendon in the Anzac Day match on Thursday, while Carlton meets Adelaide.\n");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    for (const char* sheet : {"Quaynor", "Murphy", "McCreery", "COLLINGWOOD", "TEAMS"}) EXPECT_EQ(all.find(sheet), std::string::npos) << all;
    EXPECT_NE(all.find("Elliott 3, De Goey 2"), std::string::npos) << all;
    EXPECT_NE(all.find("Carlton meets Adelaide"), std::string::npos) << all;
}

// A national agency's copy, where nothing else says the region, is read in its country's way: Belga's
// French is Belgium's ("septante"), APA's German Austria's; an agency of no one country, or writing in
// another language, says nothing of it.
TEST(ArticleAssemblerTest, shouldTakeTheRegionOfANationalAgencysCopy) {
    EXPECT_EQ(agencyRegion("Belga", "fr"), "fr-BE");
    EXPECT_EQ(agencyRegion("BELGA", "nl"), "nl-BE");
    EXPECT_EQ(agencyRegion("APA", "de"), "de-AT");
    EXPECT_EQ(agencyRegion("Keystone-SDA", "it"), "it-CH");
    EXPECT_EQ(agencyRegion("APA", "fr"), "");
    EXPECT_EQ(agencyRegion("Reuters", "en"), "");
    const Article a = ingestText("La SNCB ach\xC3\xA8te 94 nouveaux trains\n\nBRUXELLES 27/05 (BELGA)\n\n"
                                 "La SNCB a pr\xC3\xA9sent\xC3\xA9 mardi son plan d'investissement, qui pr\xC3\xA9voit l'achat de 94 nouveaux "
                                 "trains pour un montant de 3,4 milliards d'euros et une hausse de l'offre d'ici 2027.\n\n"
                                 "Les syndicats ont d\xC3\xA9nonc\xC3\xA9 ces \xC3\xA9" "conomies et confirm\xC3\xA9 une gr\xC3\xA8ve de vingt-quatre heures "
                                 "le mardi suivant dans tout le pays.\n");
    EXPECT_EQ(a.byline, "Belga");
    EXPECT_EQ(a.language, "fr-BE");
}

// A newsletter's name over its issue's headline, its writer and date under the standfirst; an obituary's
// paper and section over the name, the life's span under it, the date it was published in a sentence.
TEST(ArticleAssemblerTest, shouldFindTheHeadlinesOfANewsletterAndAnObituary) {
    Article a = ingestText(std::string("# The Housing Ledger\n\n## Rents fell in nine of twenty cities last quarter. Here's why.\n\n"
                                       "*Plus: what the rate decision means for your mortgage.*\n\n**Priya Raman**\nMar 24, 2025\n\n") + kTwoParagraphs,
                           InputFormat::Markdown);
    EXPECT_EQ(a.title, "Rents fell in nine of twenty cities last quarter. Here's why.");
    EXPECT_EQ(a.site, "The Housing Ledger");
    EXPECT_EQ(a.byline, "Priya Raman");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->iso().substr(0, 10), "2025-03-24");
    a = ingestText(std::string("The Pantagraph | Obituaries\n\nHarold \"Hal\" J. Brennan Jr.\nAug. 14, 1937 - Jan. 3, 2025\n\n"
                               "Published in The Pantagraph on Jan. 7, 2025.\n\n") + kTwoParagraphs);
    EXPECT_EQ(a.title, "Harold \"Hal\" J. Brennan Jr.");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->iso().substr(0, 10), "2025-01-07");
    // (Not a headline over its standfirst, "# Budget passes"; not a date published and updated.)
    a = ingestText(std::string("# Budget passes\n\n## Lawmakers approve the spending plan after an all-night session\n\n") + kTwoParagraphs,
                   InputFormat::Markdown);
    EXPECT_EQ(a.title, "Budget passes");
    a = ingestText(std::string("Council backs car-free old town\n\nPublished Jan. 3, 2025 - Updated Jan. 4, 2025\n\n") + kTwoParagraphs);
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->iso().substr(0, 10), "2025-01-03");
    a = ingestText(std::string("Council backs car-free old town\n\nMi, 15.J\xC3\xA4n 2025\n\n") + kTwoParagraphs);
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->iso().substr(0, 10), "2025-01-15");
}

// A French wire's header date in figures is the day first once the copy shows itself French; two writers
// with their surnames in capitals, joined by "et", are both kept.
TEST(ArticleAssemblerTest, shouldReadAFrenchWiresDateDayFirstAndBothItsWriters) {
    const Article a = ingestText("AFP\n04/03/2025 11:52 GMT\n\nLe gouvernement pr\xC3\xA9sente son plan d'\xC3\xA9" "conomies\n\n"
                                 "Par Cl\xC3\xA9mence LAVAUR et Th\xC3\xA9o BERGOUNIOUX\n\n"
                                 "PARIS, 4 mars 2025 (AFP) - Le gouvernement a pr\xC3\xA9sent\xC3\xA9 mardi un plan d'\xC3\xA9" "conomies de 40 "
                                 "milliards d'euros pour ramener le d\xC3\xA9" "ficit public \xC3\xA0 5,4% d'ici la fin de l'ann\xC3\xA9" "e.\n\n"
                                 "Le projet pr\xC3\xA9voit notamment le gel du point d'indice des fonctionnaires et une hausse de la TVA "
                                 "sur certains produits, selon le ministre.\n");
    EXPECT_EQ(a.language, "fr");
    ASSERT_TRUE(a.published);
    EXPECT_EQ(a.published->dateIso(), "2025-03-04");
    EXPECT_EQ(a.byline, "Cl\xC3\xA9mence Lavaur et Th\xC3\xA9o Bergounioux");
}

// An Indian agency's dateline with no dash after its bracket, an agency named over its copy with its
// service's word ("Kyodo News", "dpa-AFX Wirtschaftsnachrichten") and its stamp with a dash before the time.
TEST(ArticleAssemblerTest, shouldTakeTheAgencyOfPtiKyodoAndDpaAfxCopy) {
    const Article pti = ingestText("GST mop-up rises 9.1 pc in Feb\n\nNew Delhi, Mar 4 (PTI) Gross Goods and Services Tax (GST) collections "
                                   "rose 9.1 per cent in February, on the back of higher domestic revenue, data showed.\n\n"
                                   "Domestic revenue rose 10.2 per cent while revenue from imports grew 5.4 per cent, the data showed.\n");
    EXPECT_EQ(pti.byline, "the Press Trust of India");
    const Article kyodo = ingestText("Kyodo News\n\nJapan passes record budget as Aizawa eyes summer poll\n\nTOKYO, March 4 Kyodo - Japan's "
                                     "House of Representatives on Tuesday approved a record budget for fiscal 2025, clearing the way.\n\n"
                                     "The initial budget was passed with the support of the ruling coalition and two opposition parties.\n");
    EXPECT_EQ(kyodo.byline, "Kyodo News");
    const Article dpa = ingestText("dpa-AFX Wirtschaftsnachrichten\n04.03.2025 - 10:41\nwi/Konjunktur/Industrie\n(Zusammenfassung)\n\n"
                                   "Industrie: Auftr\xC3\xA4ge brechen ein\n\nBerlin (dpa) - Die deutsche Industrie hat zum Jahresbeginn deutlich "
                                   "weniger Auftr\xC3\xA4ge erhalten als erwartet worden war.\n\nOhne Gro\xC3\x9F" "auftr\xC3\xA4ge ergab sich ein "
                                   "Minus von 1,9 Prozent, teilte das Amt am Dienstag mit.\n");
    ASSERT_TRUE(dpa.published);
    EXPECT_EQ(dpa.published->dateIso(), "2025-03-04");
    EXPECT_EQ(dpa.byline, "dpa-AFX");
}

// An agency's mark glued to the last paragraph ("…3,52%.(ANSA).") or after its last sentence ("… EFE"),
// and a wire's end of message with the day it was sent ("04-MAR-25 12:18 NNNN").
TEST(ArticleAssemblerTest, shouldTakeAnAgencysMarkAfterTheLastSentenceAndItsEndOfMessage) {
    const Article ansa = ingestText("Pil, crescita dello 0,7% nel 2024\n\n(ANSA) - ROMA, 4 MAR - Il Pil italiano \xC3\xA8 cresciuto dello 0,7% "
                                    "nel 2024, secondo i dati diffusi oggi dall'Istat.\n\nLo spread tra Btp e Bund si \xC3\xA8 ristretto a 109 "
                                    "punti base, con il rendimento del decennale al 3,52%.(ANSA).\n\n     YDU-GV\n04-MAR-25 12:18 NNNN\n");
    EXPECT_EQ(ansa.byline, "ANSA");
    ASSERT_TRUE(ansa.published);
    EXPECT_EQ(ansa.published->dateIso(), "2025-03-04");
    EXPECT_EQ(ansa.blocks.back().text.substr(ansa.blocks.back().text.size() - 6), "3,52%.");
    const Article efe = ingestText("El paro baja en febrero\n\nMadrid, 4 mar (EFE).- El paro registrado baj\xC3\xB3 en 5.994 personas en "
                                   "febrero, seg\xC3\xBAn los datos publicados este martes.\n\nEl SEPE ha habilitado el tel\xC3\xA9" "fono "
                                   "para resolver dudas sobre las prestaciones. EFE\n");
    EXPECT_EQ(efe.byline, "EFE");
    EXPECT_EQ(efe.blocks.back().text.substr(efe.blocks.back().text.size() - 13), "prestaciones.");
}

// A PDF's running head (its parts set apart by wide runs of spaces, the page's number at one end) and a
// court's note over its summary are not read; a list's third item "(c) …" is no copyright line.
TEST(ArticleAssemblerTest, shouldLeaveOutRunningHeadsAndACourtsNoteButReadAThirdItem) {
    const Article a = ingestText("(Slip Opinion)              OCTOBER TERM, 2024                          1\n\n"
                                 "Court rules on whistleblower deadline\n\n"
                                 "NOTE: Where it is feasible, a syllabus (headnote) will be released at the time the opinion is issued. "
                                 "The syllabus constitutes no part of the opinion of the Court but has been prepared by the Reporter "
                                 "of Decisions for the convenience of the reader.\n\n"
                                 "Petitioner Dolores Harlan worked as a dispatcher for Meridian Freight Systems from 2014 to 2021 "
                                 "and was fired after she reported violations.\n\n"
                                 "(a) A procedural requirement is jurisdictional only if Congress clearly states that it is so.\n\n"
                                 "(c) Whether Harlan is entitled to tolling for the 7 days at issue is a question for the Court of "
                                 "Appeals on remand.\n\nREGIONAL TRANSPORT AUTHORITY     ANNUAL REPORT 2024     PAGE 15\n\n"
                                 "The Court of Appeals will hear the case again in the autumn.\n");
    EXPECT_EQ(a.title, "Court rules on whistleblower deadline");
    std::string body;
    for (const Block& b : a.blocks) body += b.text + "\n";
    EXPECT_EQ(body.find("OCTOBER TERM"), std::string::npos);
    EXPECT_EQ(body.find("constitutes no part"), std::string::npos);
    EXPECT_NE(body.find("(c) Whether Harlan"), std::string::npos);
    EXPECT_EQ(body.find("PAGE 15"), std::string::npos);  // (the page's number with its word)
    EXPECT_NE(body.find("hear the case again"), std::string::npos);
}

// A warning's "Valid:" line holds its own dates, which are read; the day it was issued is the date.
TEST(ArticleAssemblerTest, shouldReadAWarningsValidityAndTakeItsIssueDate) {
    const Article a = ingestText("Status Orange wind warning for Clare and Galway\n\nStorm Fionnuala will bring very strong and gusty "
                                 "southwest winds on Sunday evening and Sunday night across the west.\n\nValid: 18:00 Sunday 09/03/2025 "
                                 "to 06:00 Monday 10/03/2025\nIssued: 11:00 Friday 07/03/2025\n\nMean speeds of 65 to 80 km/h with "
                                 "gusts of 110 to 130 km/h are expected, higher in coastal areas.\n");
    ASSERT_TRUE(a.published);
    EXPECT_EQ(a.published->dateIso(), "2025-03-07");
    bool valid = false;
    for (const Block& b : a.blocks) valid = valid || b.text.rfind("Valid: 18:00", 0) == 0;
    EXPECT_TRUE(valid);
}

// A text names its publication in its copyright line at the foot; a newsletter's writer holding the
// copyright of their own issue names none.
TEST(ArticleAssemblerTest, shouldTakeATextsPublicationFromItsCopyrightLine) {
    const Article a = ingestText(std::string("Council backs car-free old town\n\n") + kTwoParagraphs +
                                 "\n\u00A9 2025 The Valley Courier. All rights reserved.\n");
    EXPECT_EQ(a.site, "The Valley Courier");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_EQ(all.find("rights reserved"), std::string::npos) << all;
    const Article own = ingestText(std::string("Council backs car-free old town\n\nBy Priya Raman\n\n") + kTwoParagraphs +
                                   "\n\u00A9 2025 Priya Raman\n");
    EXPECT_EQ(own.site, "");
}

// Pasted from a page, the site's name over its menu is no headline: the site's, with the headline further
// down; nor is a search box's label, or a name that ends on a preposition a byline.
TEST(ArticleAssemblerTest, shouldTakeTheSitesNameOverItsMenuForTheSite) {
    const Article a = ingestText(std::string("Continental Monetary Institute\nHome > Media > Press releases\n\nPRESS RELEASE\n\n"
                                             "Monetary policy decisions\n\n") + kTwoParagraphs);
    EXPECT_EQ(a.title, "Monetary policy decisions");
    EXPECT_EQ(a.site, "Continental Monetary Institute");
    const Article b = ingestText(std::string("NORD Russian News Agency\nPolitics | World | Business | Sports | Society\n\n"
                                             "February 12, 2025, 14:37\n\nRegion to spend 48.6 bln rubles on the city metro's second line\n\n") +
                                 kTwoParagraphs);
    EXPECT_EQ(b.title, "Region to spend 48.6 bln rubles on the city metro's second line");
    EXPECT_EQ(b.site, "NORD Russian News Agency");
    const Article c = ingestText(std::string("The Riverside Gazette\nNews | Sport | Business | Opinion\n\nCouncil bans cars from city centre\n\n"
                                             "By Jane Doe\n\n") + kTwoParagraphs);
    EXPECT_EQ(c.title, "Council bans cars from city centre");  // (no syndicating body's name: its words are not all capitalized)
    EXPECT_EQ(c.site, "The Riverside Gazette");
    const Article d = ingestText(std::string("Meridian\nMenu\nLive Now | Markets | Economics | Politics\nSign In\nSubscribe\n\nMarkets\n"
                                             "Treasuries slide as hot payrolls push the yield higher\n\nBy Priya Venkataraman\n\n") + kTwoParagraphs);
    EXPECT_EQ(d.title, "Treasuries slide as hot payrolls push the yield higher");
    EXPECT_NE(d.site, "Sign In");
    EXPECT_TRUE(isBoilerplate("Search"));
    EXPECT_EQ(cleanByline("Contracts For", "").names, "");
}

// A wire's "Enditem" run on after the last sentence, a caption's bracketed agency and photographer, and a
// share row's "X" alone on its line are not read.
TEST(ArticleAssemblerTest, shouldLeaveOutARunOnEndMarkABracketedPhotoCreditAndAShareButton) {
    const Article a = ingestText(std::string("Council backs car-free old town\n\nFacebook\nX\nEmail\n\n") + kTwoParagraphs +
                                 "\nThe council will meet again before the end of the year to settle the budget. Enditem\n\n"
                                 "[Photo: Workers close the old town's main street to cars, Nov. 19, 2025. (Xinguang/Zhang Long)]\n\n"
                                 "The mayor leaves the town hall, Tuesday, Oct. 14, 2025. (LP Photo/Rich Andersen-Vogel)\n");
    std::string all;
    for (const Block& b : a.blocks) {
        if (b.kind == BlockKind::Paragraph || b.kind == BlockKind::Heading) all += b.text + "\n";
    }
    EXPECT_NE(all.find("settle the budget."), std::string::npos) << all;
    for (const char* gone : {"Enditem", "Zhang Long", "Andersen-Vogel", "X\n"}) EXPECT_EQ(all.find(gone), std::string::npos) << gone << "\n" << all;
}

// A podcast episode's page pasted as text: the show's name over its menu, the player's buttons, the
// sponsors' reads and the links under their heading are not read; the episode's title is the headline.
TEST(ArticleAssemblerTest, shouldReadAnEpisodesNotesWithoutItsPagesFurniture) {
    const Article a = ingestText(std::string("Field Notes from the Deep\nHome   Episodes   About   Support us on Patreon   Contact\n\n"
                                             "The Mariana Problem: Mapping the Seafloor\n\n"
                                             "\xE2\x96\xB6 Play episode   \xE2\xAC\x87 Download (MP3, 66.4 MB)   Share\n\n") + kTwoParagraphs +
                                 "\nThis episode is brought to you by Tidewater Coffee. Use code DEEP20 for 20% off your first order.\n\n"
                                 "Also supported by Lumen VPN: 3 months free with an annual plan.\n\n"
                                 "Links & references\n- Seabed mapping progress report (PDF)\n- Global bathymetric grid, 2024 release\n");
    EXPECT_EQ(a.title, "The Mariana Problem: Mapping the Seafloor");
    EXPECT_EQ(a.site, "Field Notes from the Deep");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_NE(all.find("Supporters said"), std::string::npos) << all;
    for (const char* gone : {"Play episode", "Tidewater", "Lumen", "references", "bathymetric"}) {
        EXPECT_EQ(all.find(gone), std::string::npos) << gone << "\n" << all;
    }
}

// A story about a news agency, about a sponsor or a code, or a section of advice headed "Links", is read;
// the agency's words about itself closing the text are not, nor is a credit line after a wire's results.
TEST(ArticleAssemblerTest, shouldReadStoriesAboutAgenciesSponsorsAndCodes) {
    const Article a = ingestText(std::string("Council backs car-free old town\n\n") + kTwoParagraphs +
                                 "\nAFP is the world's oldest news agency, founded in 1835 as Agence Havas.\n\n"
                                 "Police said the scam asked victims to use code DELIVER50 at a fake checkout page.\n\n"
                                 "The research was also supported by the Wellcome Trust.\n\n"
                                 "Men's singles, quarter-finals:\n"
                                 "Kenji Arakawa (Japan) beat Felipe Cordeiro (Brazil) 7-5 6-2\n"
                                 "Thiago Rennard (France) beat Ivo Kastelic (Slovenia) 6-3 2-1 retired\n\n"
                                 "(Compiled by Meridian sports desk in Gdansk; Editing by Clare Fitzwilliam)\n\n"
                                 "Meridian Wire, the news and media division of Meridian Group, is the world's leading provider of multimedia news.\n\n"
                                 "\u00A9 2025 Meridian Wire. All rights reserved.\n");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    for (const char* kept : {"oldest news agency", "use code DELIVER50", "Wellcome Trust", "Thiago Rennard"}) {
        EXPECT_NE(all.find(kept), std::string::npos) << kept << "\n" << all;
    }
    for (const char* gone : {"Compiled by", "leading provider"}) EXPECT_EQ(all.find(gone), std::string::npos) << gone << "\n" << all;
    EXPECT_EQ(a.site, "Meridian Wire");
    const Article advice = ingestText(std::string("How to write a CV\n\n") + kTwoParagraphs +
                                      "\n## Links\n\nInclude links to your profile and portfolio, but make sure they are up to date.\n",
                                      InputFormat::Markdown);
    std::string read;
    for (const Block& b : advice.blocks) read += b.text + "\n";
    EXPECT_NE(read.find("Include links"), std::string::npos) << read;
}

// A poll's short lines, each with its figure, set close together are a list and read; a table's rows of
// several figures are not made into one.
TEST(ArticleAssemblerTest, shouldReadAPollsFiguresAsAList) {
    const Article a = ingestText(std::string("Poll puts Labour ahead\n\n") + kTwoParagraphs +
                                 "\nLabour 34%\nConservative 24%\nReform 18%\nLib Dem 12%\n\n"
                                 "The poll was carried out online over the weekend and has a margin of error of three points.\n");
    std::string all;
    for (const Block& b : a.blocks) {
        if (b.kind == BlockKind::ListItem) all += b.text + "\n";
    }
    EXPECT_EQ(all, "Labour 34%\nConservative 24%\nReform 18%\nLib Dem 12%\n");
}

// An agency's name in its dateline, as it writes itself ("(Xinhua)", "(Yonhap)"), is the story's source where
// no writer is named.
TEST(ArticleAssemblerTest, shouldTakeAnAgencyInMixedCaseFromItsDateline) {
    const Article a = ingestText("China pours money into clean energy\n\nBEIJING, Nov. 21 (Xinhua) -- China will invest 1.28 trillion "
                                 "yuan in clean energy bases in its western provinces over the next five years, officials said.\n\n"
                                 "The plan covers wind and solar farms in Qinghai, Gansu and Ningxia, officials told reporters in Beijing.\n");
    EXPECT_EQ(a.byline, "Xinhua");
    EXPECT_TRUE(a.byline_is_agency);
    // (A wire's time stamp over the story with its seconds is its date.)
    const Article b = ingestText("China pours money into clean energy\n\n2025-11-21 19:48:06\n\nBEIJING, Nov. 21 (Xinhua) -- China will invest "
                                 "1.28 trillion yuan in clean energy bases in its western provinces over the next five years, officials said.\n\n"
                                 "The plan covers wind and solar farms in Qinghai, Gansu and Ningxia, officials told reporters in Beijing.\n");
    ASSERT_TRUE(b.published);
    EXPECT_EQ(b.published->dateIso(), "2025-11-21");
}

// A whole date alone on a line near the top, day first ("6 March 2025"), is the release's date.
TEST(ArticleAssemblerTest, shouldTakeADayFirstDateLineNearTheTop) {
    const Article a = ingestText(std::string("PRESS RELEASE\n\n6 March 2025\n\nMonetary policy decisions\n\n") + kTwoParagraphs);
    ASSERT_TRUE(a.published);
    EXPECT_EQ(a.published->dateIso(), "2025-03-06");
}

// A related list's label on a line of its own, with its colon, anywhere in the story (its links gone with
// it); a tag line in Polish.
TEST(ArticleAssemblerTest, shouldDropARelatedListsLabelAndATagLineOfAFortiethRound) {
    const Article a = ingestText(
        "# Governo concede est\xC3\xA1" "dio por 30 anos\n\nO governo de Goi\xC3\xA1s concedeu o est\xC3\xA1" "dio a um cons\xC3\xB3rcio por "
        "30 anos, informou a secretaria nesta ter\xC3\xA7" "a-feira.\n\nNot\xC3\xAD" "cias relacionadas:\n"
        "- [Governo publica edital](https://example.com/a)\n- [BNDES aprova verba](https://example.com/b)\n\n"
        "O presidente do cons\xC3\xB3rcio afirmou que as obras come\xC3\xA7" "am em julho e devem durar trinta meses.\n\n"
        "Tagi: \xC5\x81\xC3\xB3" "d\xC5\xBA, tramwaje, transport publiczny\n",
        InputFormat::Markdown);
    for (const Block& b : a.blocks) {
        EXPECT_EQ(b.text.find("relacionadas"), std::string::npos) << b.text;
        EXPECT_EQ(b.text.find("Tagi"), std::string::npos) << b.text;
    }
    EXPECT_EQ(a.blocks.size(), 2u);
}

// A pasted page's masthead, a link to the site's front page over its menu, names the publication before a
// copyright's company; a date line with its update beside it, and a release service's "14-OCT-2025".
TEST(ArticleAssemblerTest, shouldTakeTheSiteFromAMastheadLinkAndTheDateFromLongerDateLines) {
    const Article a = ingestText("[Meridian Markets](https://meridianmarkets.example/) | Markets | Economics | [Subscribe](https://meridianmarkets.example/subscribe)\n\n"
                                 "# Asian Stocks Climb as Yen Slides\n\nBy Anika Rosswell\n\n"
                                 "October 15, 2025 at 11:42 AM GMT+9\nUpdated on October 15, 2025 at 4:18 PM GMT+9\n\n"
                                 "Asian stocks rose on Wednesday as the yen slid past 151 to the dollar and exporters rallied across the region.\n\n"
                                 "\xC2\xA9 2025 Meridian Media LP\n",
                                 InputFormat::Markdown);
    EXPECT_EQ(a.site, "Meridian Markets");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->iso(), "2025-10-15T11:42");
    const Article home = ingestText("[Home](https://example.com/) | [News](https://example.com/news)\n\n# Council votes\n\n"
                                    "The council voted on Tuesday to close the old library and build a new one by the river.\n",
                                    InputFormat::Markdown);
    EXPECT_EQ(home.site, "");
    const Article release = ingestText("NEWS RELEASE 14-OCT-2025\n\nGut microbe shrinks polyps in mice\n\n"
                                       "A gut microbe shrank intestinal polyps by up to 42 percent in mice, researchers reported on Tuesday.\n");
    ASSERT_TRUE(release.published.has_value());
    EXPECT_EQ(release.published->iso().substr(0, 10), "2025-10-14");
}

// A Russian regional site's page pasted as text: its masthead with a tagline, its menu's row, a date line
// after the section's name and before its update, a headline over a standfirst with a Roman numeral in Latin
// capitals, and the agency's dateline between slashes.
TEST(ArticleAssemblerTest, shouldTakeARussianPagesHeadlineDateSiteAndAgency) {
    const Article a = ingestText(
        "\xD0\x92\xD0\x95\xD0\xA1\xD0\xA2\xD0\x98 \xD0\x9F\xD0\x9E\xD0\x92\xD0\x9E\xD0\x9B\xD0\x96\xD0\xAC\xD0\xAF \xE2\x80\x94 \xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8 \xD1\x80\xD0\xB5\xD0\xB3\xD0\xB8\xD0\xBE\xD0\xBD\xD0\xB0\n\n"
        "\xD0\x93\xD0\xBB\xD0\xB0\xD0\xB2\xD0\xBD\xD0\xB0\xD1\x8F | \xD0\x9F\xD0\xBE\xD0\xBB\xD0\xB8\xD1\x82\xD0\xB8\xD0\xBA\xD0\xB0 | \xD0\xAD\xD0\xBA\xD0\xBE\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB8\xD0\xBA\xD0\xB0 | \xD0\x9E\xD0\xB1\xD1\x89\xD0\xB5\xD1\x81\xD1\x82\xD0\xB2\xD0\xBE | \xD0\xA1\xD0\xBF\xD0\xBE\xD1\x80\xD1\x82 | \xD0\x9A\xD1\x83\xD0\xBB\xD1\x8C\xD1\x82\xD1\x83\xD1\x80\xD0\xB0 | \xD0\x9F\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB0\xD1\x82\xD1\x8C\xD1\x81\xD1\x8F \xD0\xB2 Telegram\n\n"
        "\xD0\xAD\xD0\xBA\xD0\xBE\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB8\xD0\xBA\xD0\xB0 / 3 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2025, 12:47, \xD0\xBE\xD0\xB1\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xBE 13:05\n\n"
        "\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBF\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x8F \xD0\xB2\xD0\xBB\xD0\xBE\xD0\xB6\xD0\xB8\xD1\x82 187 \xD0\xBC\xD0\xBB\xD1\x80\xD0\xB4 \xD1\x80\xD1\x83\xD0\xB1. \xD0\xB2 \xD1\x81\xD1\x82\xD1\x80\xD0\xBE\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C\xD1\x81\xD1\x82\xD0\xB2\xD0\xBE \xD1\x81\xD0\xBA\xD0\xBE\xD1\x80\xD0\xBE\xD1\x81\xD1\x82\xD0\xBD\xD0\xBE\xD0\xB9 \xD1\x82\xD1\x80\xD0\xB0\xD1\x81\xD1\x81\xD1\x8B \xD0\xB4\xD0\xBE 2030 \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0 \xD0\xB8 \xD0\xBD\xD0\xBE\xD0\xB2\xD1\x8B\xD1\x85 \xD0\xBC\xD0\xBE\xD1\x81\xD1\x82\xD0\xBE\xD0\xB2\n\n"
        "\xD0\x9F\xD0\xB5\xD1\x80\xD0\xB2\xD1\x83\xD1\x8E \xD0\xBE\xD1\x87\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB4\xD1\x8C \xD0\xBF\xD0\xBB\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x80\xD1\x83\xD0\xB5\xD1\x82\xD1\x81\xD1\x8F \xD0\xBE\xD1\x82\xD0\xBA\xD1\x80\xD1\x8B\xD1\x82\xD1\x8C \xD0\xB2 IV \xD0\xBA\xD0\xB2\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0\xD0\xBB\xD0\xB5 2027 \xD0\xB3.\n\n"
        "\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90, 3 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0. /\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1/. \xD0\x93\xD0\xBE\xD1\x81\xD1\x83\xD0\xB4\xD0\xB0\xD1\x80\xD1\x81\xD1\x82\xD0\xB2\xD0\xB5\xD0\xBD\xD0\xBD\xD0\xB0\xD1\x8F \xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBF\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x8F \xD0\xBD\xD0\xB0\xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82 187 \xD0\xBC\xD0\xBB\xD1\x80\xD0\xB4 \xD1\x80\xD1\x83\xD0\xB1. \xD0\xBD\xD0\xB0 \xD1\x81\xD1\x82\xD1\x80\xD0\xBE\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C\xD1\x81\xD1\x82\xD0\xB2\xD0\xBE \xD1\x82\xD1\x80\xD0\xB0\xD1\x81\xD1\x81\xD1\x8B, \xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB8\xD0\xBB \xD0\xB3\xD0\xB5\xD0\xBD\xD0\xB5\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD1\x8B\xD0\xB9 \xD0\xB4\xD0\xB8\xD1\x80\xD0\xB5\xD0\xBA\xD1\x82\xD0\xBE\xD1\x80 \xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBF\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB8 \xD0\xBD\xD0\xB0 \xD0\xBF\xD1\x80\xD0\xB5\xD1\x81\xD1\x81-\xD0\xBA\xD0\xBE\xD0\xBD\xD1\x84\xD0\xB5\xD1\x80\xD0\xB5\xD0\xBD\xD1\x86\xD0\xB8\xD0\xB8.\n\n"
        "\xD0\x9E\xD0\xB1\xD1\x89\xD0\xB0\xD1\x8F \xD0\xBF\xD1\x80\xD0\xBE\xD1\x82\xD1\x8F\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xBD\xD0\xBE\xD1\x81\xD1\x82\xD1\x8C \xD1\x82\xD1\x80\xD0\xB0\xD1\x81\xD1\x81\xD1\x8B \xD1\x81\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82 312 \xD0\xBA\xD0\xBC, \xD0\xB8\xD0\xB7 \xD0\xBD\xD0\xB8\xD1\x85 48 \xD0\xBA\xD0\xBC \xD0\xBF\xD1\x80\xD0\xBE\xD0\xB9\xD0\xB4\xD1\x83\xD1\x82 \xD0\xBF\xD0\xBE \xD1\x82\xD0\xB5\xD1\x80\xD1\x80\xD0\xB8\xD1\x82\xD0\xBE\xD1\x80\xD0\xB8\xD0\xB8 \xD0\xBE\xD0\xB1\xD0\xBB\xD0\xB0\xD1\x81\xD1\x82\xD0\xB8, \xD1\x81\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBB \xD0\xBE\xD0\xBD \xD0\xB6\xD1\x83\xD1\x80\xD0\xBD\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x81\xD1\x82\xD0\xB0\xD0\xBC.\n");
    EXPECT_EQ(a.title.rfind("\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBF\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x8F \xD0\xB2\xD0\xBB\xD0\xBE\xD0\xB6\xD0\xB8\xD1\x82", 0), 0u) << a.title;
    EXPECT_EQ(a.site, "\xD0\x92\xD0\x95\xD0\xA1\xD0\xA2\xD0\x98 \xD0\x9F\xD0\x9E\xD0\x92\xD0\x9E\xD0\x9B\xD0\x96\xD0\xAC\xD0\xAF");
    EXPECT_EQ(a.byline, "\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1");
    ASSERT_TRUE(a.published);
    EXPECT_EQ(a.published->iso(), "2025-03-03T12:47");
}

// A German business wire's label before its headline is not read: "ROUNDUP 2: …", "KORREKTUR: …".
TEST(ArticleAssemblerTest, shouldLeaveOutAGermanWiresLabelBeforeItsHeadline) {
    EXPECT_EQ(cleanHeadline("ROUNDUP 2: Hallberg steigert Umsatz im dritten Quartal", {}), "Hallberg steigert Umsatz im dritten Quartal");
    EXPECT_EQ(cleanHeadline("KORREKTUR: Bahn streicht Verbindungen nach Polen", {}), "Bahn streicht Verbindungen nach Polen");
    EXPECT_EQ(cleanHeadline("Roundup of the week's best films", {}), "Roundup of the week's best films");
}

// An agency's dateline under a menu's row, a ticker, a headline, a standfirst and a caption names the byline's agency.
TEST(ArticleAssemblerTest, shouldFindTheAgencysDatelineUnderAPagesLongChrome) {
    const Article a = ingestText(
        "Diario del Manzanares\n\n"
        "España · Internacional · Economía · Madrid · Deportes · Opinión · Cultura · Sociedad · Tecnología · Ciencia · Salud\n\n"
        "ÚLTIMA HORA · El Supremo admite a trámite el recurso de la Federación de Inquilinos contra el decreto\n\n"
        "El Gobierno aprueba un plan de 2.400 millones para alquiler asequible con ayudas de hasta 600 euros al mes\n\n"
        "El plan prevé construir 43.000 viviendas hasta 2028 y amplía la edad de los beneficiarios hasta los 35 años de edad\n\n"
        "Madrid, 3 mar (EFE).- El Consejo de Ministros ha aprobado este lunes el plan, dotado con 2.400 millones de euros para el "
        "periodo 2025-2028, según ha anunciado la ministra de Vivienda.\n\n"
        "En la rueda de prensa posterior a la reunión, la ministra ha explicado que el plan eleva de 30 a 35 años la edad máxima.\n");
    EXPECT_EQ(a.byline, "EFE");
}

// A German business wire's writer between dashes at its foot: "--- Von Anja Marquardt, dpa-AFX ---".
TEST(ArticleAssemblerTest, shouldTakeAGermanWiresWriterFromItsFoot) {
    const Article a = ingestText(
        "Hallberg hebt Prognose an\n\n"
        "HEILBRONN (dpa-AFX) - Der Maschinenbauer Hallberg hat nach einem starken dritten Quartal seine Prognose für das "
        "laufende Jahr angehoben, wie das Unternehmen am Montag mitteilte.\n\n"
        "Die Telefonkonferenz für Analysten beginnt um 14.00 Uhr, teilte das Unternehmen weiter mit.\n\n"
        "--- Von Anja Marquardt, dpa-AFX ---\n");
    EXPECT_EQ(a.byline, "Anja Marquardt");
    for (const std::string& p : textsOf(a, BlockKind::Paragraph)) EXPECT_EQ(p.find("---"), std::string::npos) << p;
}

// A pasted page's share buttons in brackets and its section's path between bars are not read, nor taken for
// a heading of the story.
TEST(ArticleAssemblerTest, shouldLeaveOutBracketedShareButtonsAndASectionsPath) {
    const Article a = ingestText(
        "Council approves new fire station in split vote\n\n"
        "Local News | City Hall\n\n"
        "By Megan Ruiz\n\n"
        "Share: [Facebook] [X] [LinkedIn] [Email]\n\n"
        "The City Council on Tuesday approved a contract to build a replacement for Fire Station No. 4 on the city's north side.\n\n"
        "[Share] [Save] [Comments (42)]\n\n"
        "The vote was 5-4, with the mayor breaking a tie on the question of where the station should stand.\n");
    for (const Block& b : a.blocks) {
        EXPECT_EQ(b.text.find("Local News"), std::string::npos) << b.text;
        EXPECT_EQ(b.text.find("Facebook"), std::string::npos) << b.text;
        EXPECT_EQ(b.text.find("Comments"), std::string::npos) << b.text;
    }
    ASSERT_EQ(a.blocks.size(), 2u);
}

// Round 43's pasted furniture: a caption in square brackets opened by "Image:", the publication's own tip line, and
// the writers' box run into one line after its label. (A story's quoted address to send tips to stays.)
TEST(ArticleAssemblerTest, shouldLeaveOutABracketedImageATipLineAndALabelledBio) {
    const Article a = ingestText(
        "Jet diverts to Vienna after cabin pressure warning\n\n"
        "By Karl Brenneisen\n\n"
        "[Image: A \"For Sale\" sign outside a home in Charlotte, N.C. (Logan Cyrus/Bloomberg via Getty Images)]\n\n"
        "The jet levelled off at 10,000 feet and continued to Vienna, where it landed safely, the airline said on Saturday.\n\n"
        "Police asked anyone with information to email tips@metpolice.uk or call 101, a spokesperson for the airport said.\n\n"
        "The Aviation Desk welcomes tips. Send them to tips@theaviationdesk.com.\n\n"
        "About the author: Karl Brenneisen is a commercial pilot and a former air traffic controller who has covered aviation safety since 2011.\n");
    const std::vector<std::string> read = textsOf(a, BlockKind::Paragraph);
    ASSERT_EQ(read.size(), 2u);
    EXPECT_NE(read[1].find("tips@metpolice.uk"), std::string::npos);
    for (const Block& b : a.blocks) {
        if (b.kind == BlockKind::Caption || b.kind == BlockKind::Credit) continue;
        EXPECT_EQ(b.text.find("For Sale"), std::string::npos) << b.text;
    }
}

// A story's sentence about tips stays: only the publication's own welcome with where to send them is furniture.
TEST(ArticleAssemblerTest, shouldKeepAStorysSentenceAboutTips) {
    const Article a = ingestText(
        "Police seek witnesses after attack\n\n"
        "By Karl Brenneisen\n\n"
        "The force welcomes tips from the public and has set up a hotline for information about the attack.\n\n"
        "The FBI said it welcomes tips, and asked anyone with information to call its field office in Denver.\n\n"
        "Officers were called to the scene shortly after midnight and found the victim with serious injuries.\n");
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph).size(), 3u);
}

// Round 44's pasted pages: a site's alert banner in capitals over the headline, the writers' names alone over the
// date line under a standfirst, a date's label alone, and a newsletter's name over its issue's shorter headline.
TEST(ArticleAssemblerTest, shouldFindTheHeadlineUnderABannerAndOverTheWritersNames) {
    const Article storm = ingestText(
        "Channel 9 News | Riverside\n\nMenu  Search  Watch Live  Weather  Traffic\n\n"
        "FLOOD ALERT: Flood Warning in effect for Marsh and Elm counties\n\n"
        "River crests two feet above flood stage as hundreds leave their homes\n\n"
        "Published: Aug. 27, 2026 at 4:52 AM CDT\n\nBy Dana Whitfield\n\n"
        "The river crested at 27.4 feet early Thursday, two feet above flood stage, and hundreds of residents left their homes overnight.\n\n"
        "Emergency managers said shelters in three towns had taken in about 400 people by morning, with more expected later.\n");
    EXPECT_EQ(storm.title, "River crests two feet above flood stage as hundreds leave their homes");
    const Article race = ingestText(
        "THE GRID REPORT\n\nF1  |  MotoGP  |  IndyCar  |  Features\n\n"
        "Alvarez beats Lindqvist in desert thriller as late safety car flips strategy\n\n"
        "Mateo Alvarez held off a charging Erik Lindqvist to win the desert race, after a safety car with nine laps to go turned a strategy gamble into victory\n\n"
        "Tom Haddon and Priya Menon-Clarke\nPublished: 12 April 2026, 18:42 BST\n\n"
        "Mateo Alvarez won the race by 0.814 seconds from Erik Lindqvist after a late safety car restart set up a nine-lap sprint to the flag.\n\n"
        "Alvarez started from third and had looked set for a distant second after Lindqvist built a lead of more than eight seconds in the second stint.\n");
    EXPECT_EQ(race.title, "Alvarez beats Lindqvist in desert thriller as late safety car flips strategy");
    EXPECT_EQ(race.byline, "Tom Haddon and Priya Menon-Clarke");
    ASSERT_FALSE(textsOf(race, BlockKind::Paragraph).empty());
    EXPECT_EQ(textsOf(race, BlockKind::Paragraph)[0].rfind("Mateo Alvarez held off", 0), 0u) << "the standfirst is read";
    const Article dated = ingestText(
        "Rail strikes: which services run next week\n\nPublished\n27 February 2026\n\nHarriet Lowe\nTransport correspondent\n\n"
        "Millions of passengers face disruption next week as rail workers across England stage two days of strikes over pay.\n\n"
        "Members of the union at 14 train operators will walk out on Tuesday and Thursday, the union said in a statement.\n");
    for (const Block& b : dated.blocks) EXPECT_NE(b.text, "Published") << "a date's label alone is not read";
    const Article issue = ingestText(
        "# Ledger Lines\n\n# The capex bill comes due\n\nNadia Brennan\n\nFeb 02, 2026\n\n"
        "Welcome back to Ledger Lines, where I read the quarterly filings so you don't have to, and this week there were plenty.\n\n"
        "Four of the five biggest US tech companies reported results last week, and together they spent $118.4 billion on data centers.\n",
        InputFormat::Markdown);
    EXPECT_EQ(issue.title, "The capex bill comes due");
    EXPECT_EQ(issue.site, "Ledger Lines");
}

// An agency's slug line over the story, its name first and its date and time among its codes: the agency and the date
// (a year in two figures is this century's), and nothing of it read.
TEST(ArticleAssemblerTest, shouldTakeTheDateOfAnAgencysSlugLine) {
    const Article anp = ingestText(
        "ANP  BIN  03-03-26 15:12  ANP0412  4 BIN 0587 NL  /woningbouw/kabinet/\n"
        "Kabinet trekt 2,4 miljard euro extra uit voor huurwoningen\n\n"
        "DEN HAAG (ANP) - Het kabinet trekt tot en met 2029 in totaal 2,4 miljard euro extra uit om de bouw van huurwoningen te versnellen.\n\n"
        "Volgens de minister is de impuls hard nodig, omdat er vorig jaar minder woningen werden opgeleverd dan een jaar eerder.\n");
    ASSERT_TRUE(anp.published.has_value());
    EXPECT_EQ(anp.published->year, 2026);
    EXPECT_EQ(anp.published->month, 3);
    EXPECT_EQ(anp.published->day, 3);
    for (const Block& b : anp.blocks) EXPECT_EQ(b.text.find("ANP0412"), std::string::npos) << b.text;
    const Article sda = ingestText(
        "sda  Inland  03.03.2026 11:58  bsd  Sozialversicherungen/AHV/Bundesrat\n"
        "Bundesrat will die Rente mit der Mehrwertsteuer finanzieren\n\n"
        "Der Bundesrat h\xC3\xA4lt an seinem Plan fest, die Rente \xC3\xBC" "ber eine Erh\xC3\xB6hung der Mehrwertsteuer zu finanzieren, sagte die Ministerin.\n\n"
        "Die Vorlage kostet ab 2027 rund 4,2 Milliarden Franken pro Jahr, wie die Regierung am Dienstag in Bern mitteilte.\n");
    ASSERT_TRUE(sda.published.has_value());
    EXPECT_EQ(sda.published->hour, 11);
}

// A newsletter in Markdown: footnote numbers linked to their notes are not read after a sentence's full stop, and its
// own prompts to subscribe and share are not read.
TEST(ArticleAssemblerTest, shouldLeaveOutANewslettersFootnoteMarksAndPrompts) {
    const Article a = ingestText(
        "# The capex bill comes due\n\n"
        "Four companies spent $118.4 billion on capital expenditures in the quarter, up 61% from a year earlier.[1](#footnote-1) "
        "For context, that is more than the whole energy sector spent in all of last year, and the gap is widening fast.\n\n"
        "I still own Alphabet, which is the cheapest of the group, and I don't own Amazon here; I'd revisit below $200.[3](#footnote-3)\n\n"
        "If this was useful, the best thing you can do is share it with one person who'd like it.\n\n"
        "Welcome back. If you were forwarded this, subscribe here, it's free, and paid members get the full models every quarter.\n",
        InputFormat::Markdown);
    const std::vector<std::string> read = textsOf(a, BlockKind::Paragraph);
    ASSERT_GE(read.size(), 2u);
    EXPECT_NE(read[0].find("a year earlier. For context"), std::string::npos) << read[0];
    EXPECT_NE(read[1].find("below $200."), std::string::npos) << read[1];
    EXPECT_EQ(read[1].find("$200.3"), std::string::npos) << read[1];
    for (const std::string& p : read) {
        EXPECT_EQ(p.find("share it with"), std::string::npos) << p;
        EXPECT_EQ(p.find("forwarded"), std::string::npos) << p;
    }
}

// The writers' names and the date in brackets after the last sentence, as some papers sign a story: not read. (A
// bracket naming someone else stays.)
TEST(ArticleAssemblerTest, shouldLeaveOutTheWritersSignatureInBrackets) {
    const Article a = ingestText(
        "<html lang=\"de\"><head><meta name=\"author\" content=\"Anna Berger und Jan Huber\"></head><body><article>"
        "<h1>Regierung streicht den Bonus f\xC3\xBCr das kommende Jahr</h1>"
        "<p>Die Regierung hat am Dienstag beschlossen, den Bonus im kommenden Jahr nicht mehr auszuzahlen, sagte die Ministerin in Wien.</p>"
        "<p>Das Ministerium rechnet mit Einsparungen von rund zwei Milliarden Euro, wie ein Sprecher auf Anfrage sagte (Stefan Maier).</p>"
        "<p>Wer Fragen hat, kann sich an die Hotline des Ministeriums wenden. (Anna Berger, Jan Huber, 3.3.2025)</p>"
        "</article></body></html>",
        InputFormat::Html);
    const std::vector<std::string> read = textsOf(a, BlockKind::Paragraph);
    ASSERT_EQ(read.size(), 3u);
    EXPECT_EQ(read[2], "Wer Fragen hat, kann sich an die Hotline des Ministeriums wenden.");
    EXPECT_NE(read[1].find("(Stefan Maier)"), std::string::npos);
}

// An og:site_name that is the section, the title ending on the publisher's name after it: the publisher names the
// site. ("Le puede interesar:" over another story's link is a read-also line.)
TEST(ArticleAssemblerTest, shouldNameThePublisherOverASectionsSiteName) {
    const Article a = ingestText(
        "<html lang=\"pt-BR\"><head><title>Banco central eleva juros e indica nova alta | Mercados | Di\xC3\xA1rio Sul</title>"
        "<meta property=\"og:site_name\" content=\"Mercados\">"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Banco central eleva juros e indica nova alta\","
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Di\xC3\xA1rio Sul\"}}</script></head><body><article>"
        "<h1>Banco central eleva juros e indica nova alta</h1>"
        "<p>O banco central elevou a taxa b\xC3\xA1sica de juros em um ponto percentual nesta quarta-feira, para 14,25% ao ano.</p>"
        "<p>Le puede interesar: Simulador de cr\xC3\xA9" "dito para 2025</p>"
        "<p>A decis\xC3\xA3o foi un\xC3\xA2nime, e o comit\xC3\xAA indicou uma nova alta da mesma magnitude na pr\xC3\xB3xima reuni\xC3\xA3o.</p>"
        "</article></body></html>",
        InputFormat::Html);
    EXPECT_EQ(a.site, "Di\xC3\xA1rio Sul");
    for (const Block& b : a.blocks) EXPECT_EQ(b.text.find("Le puede"), std::string::npos) << b.text;
}

// A copied wire page: the button to follow a writer, and the caption under a bracketed photographer's credit, are not
// read.
TEST(ArticleAssemblerTest, shouldLeaveOutAFollowButtonAndACaptionUnderAPhotographersCredit) {
    const Article a = ingestText(
        "Bonds Rally as Soft Jobs Data Revive Bets on a June Cut\n\n"
        "By Dana Whitfield\nMarch 6, 2026 at 9:04 AM EST\n\n"
        "Share this article\n+ Get alerts for Dana Whitfield\n\n"
        "[Photographer: Jane Roe/Harbor Wire]\nTraders work on the floor of the exchange.\n\n"
        "Treasuries rallied across the curve on Friday after a weaker-than-expected jobs report revived wagers on a rate cut.\n\n"
        "Two-year yields, the most sensitive to changes in policy, fell as much as 14 basis points, the biggest drop since December.\n");
    for (const Block& b : a.blocks) {
        if (b.kind == BlockKind::Caption || b.kind == BlockKind::Credit) continue;
        EXPECT_EQ(b.text.find("Get alerts"), std::string::npos) << b.text;
        EXPECT_EQ(b.text.find("Traders work"), std::string::npos) << b.text;
    }
    EXPECT_EQ(textsOf(a, BlockKind::Paragraph).size(), 2u);
}

// The review of round 44's rules: a story's sentences with a button's or a newsletter's words, a headline with its own
// label in capitals, a review's title over its standfirst in Markdown, a caption over a photographer's credit with the
// story's lead under it, and a numbered part linked in the text are read as before.
TEST(ArticleAssemblerTest, shouldKeepWhatTheReviewOfRound44FoundDropped) {
    const Article story = ingestText(
        "Flood warning issued for the river valley\n\nBy Dana Whitfield\n\n"
        "Residents can get alerts for their street by texting FLOOD to the council's number, officials said on Monday.\n\n"
        "Police urged anyone who found the leaflet useful to share it with a friend or neighbour who lives alone.\n");
    EXPECT_EQ(textsOf(story, BlockKind::Paragraph).size(), 2u);
    const Article exclusive = ingestText(
        "EXCLUSIVE: Minister quits over secret donor payments\n\n"
        "Party insiders say the resignation was forced by the prime minister's office\n\n"
        "Published: 12 March 2025\n\nBy Jane Smith\n\n"
        "The minister resigned on Tuesday night after the paper put questions to him about payments from a donor.\n\n"
        "He denied any wrongdoing in a statement, but said he did not want to be a distraction for the government.\n");
    EXPECT_NE(exclusive.title.find("Minister quits"), std::string::npos) << exclusive.title;
    const Article review = ingestText(
        "# Pride and Prejudice\n\n## A joyful, fizzing new staging at the Old Vic\n\n"
        "The new Pride and Prejudice at the Old Vic is a joyful thing, quick on its feet and sharper than it first lets on.\n\n"
        "The cast of eleven plays every part between them, and the speed of the changes is half the fun of the evening.\n",
        InputFormat::Markdown);
    EXPECT_EQ(review.title, "Pride and Prejudice");
    const Article photo = ingestText(
        "Smoke chokes the city as fires burn to the north\n\nBy Dana Whitfield\nMarch 6, 2026\n\n"
        "Smoke over Manhattan on Tuesday.\nPhotographer: Jane Roe/Harbor Wire\n"
        "Air quality in New York fell to its worst level in decades on Tuesday, officials said.\n\n"
        "Officials urged residents to stay indoors and to keep their windows closed until the smoke had cleared.\n");
    bool lead = false;
    for (const std::string& p : textsOf(photo, BlockKind::Paragraph)) lead = lead || p.find("Air quality in New York") != std::string::npos;
    EXPECT_TRUE(lead);
    const Article parts = ingestText(
        "# How the plan works\n\nThe plan is set out below in part [2](#part-2) and part [3](#part-3), the council said in its report.\n\n"
        "Councillors will vote on it next month, after a consultation with residents that runs until the end of May.\n",
        InputFormat::Markdown);
    ASSERT_FALSE(textsOf(parts, BlockKind::Paragraph).empty());
    EXPECT_NE(textsOf(parts, BlockKind::Paragraph)[0].find("part 2 and part 3"), std::string::npos) << textsOf(parts, BlockKind::Paragraph)[0];
}

// A wire's subheading in capitals that names the reactions ("REACCIONES") over the story's next reported paragraph is
// the story's; the same word over a readers' thread (a name and a short line under it) still ends the story.
TEST(ArticleAssemblerTest, shouldReadAWiresReactionsSubheadingButNotAReadersThread) {
    const std::string story =
        "El Gobierno aprueba 2.300 millones para construir viviendas\n\n"
        "El Consejo de Ministros ha aprobado este martes un real decreto que destina 2.300 millones de euros a la "
        "construcci\u00F3n de viviendas de alquiler asequible.\n\n";
    const Article wire = ingestText(story +
                                    "REACCIONES\n\n"
                                    "El vicesecretario de Econom\u00EDa del PP ha calificado el anuncio de propaganda y ha recordado que solo "
                                    "se terminaron 12.600 viviendas protegidas en 2025, seg\u00FAn datos del Ministerio.\n\n"
                                    "Vox ha rechazado el plan por considerar que premia a las comunidades que no construyen.\n");
    const std::vector<std::string> paragraphs = textsOf(wire, BlockKind::Paragraph);
    ASSERT_EQ(paragraphs.size(), 3u) << ::testing::PrintToString(paragraphs);
    EXPECT_EQ(paragraphs.back(), "Vox ha rechazado el plan por considerar que premia a las comunidades que no construyen.");
    const Article thread = ingestText(story + "Reacciones\n\nJuan P\u00E9rez\n\nMuy buena noticia por fin.\n\nAna L\u00F3pez\n\nPropaganda.\n");
    EXPECT_EQ(textsOf(thread, BlockKind::Paragraph).size(), 1u) << ::testing::PrintToString(textsOf(thread, BlockKind::Paragraph));
}

// A German wire's story as its desk exports it: a slug of keywords parted by slashes over the headline (a line of its
// own, not wrapped prose), the byline, and after the story its "Notizblock" for editors (links, places, contacts under
// headings) and a heading saying what follows is not for publication, over its codes: none of it read.
TEST(ArticleAssemblerTest, shouldReadAGermanWiresHeadlineUnderItsSlugAndDropItsNotesForEditors) {
    const Article a = ingestText(
        "Bund / L\u00E4nder / Kommunen / Finanzen / Bildung / Verkehr\n"
        "Bund sagt Kommunen 7,5 Mrd. Euro f\u00FCr Schulen und Br\u00FCcken zu\n"
        "Von Jana Albrecht und Tobias Kern, dpa\n\n"
        "Berlin (dpa) - Nach monatelangem Streit haben sich Bund und L\u00E4nder auf ein Sonderprogramm f\u00FCr marode Schulen und "
        "Br\u00FCcken geeinigt. Der Bund stellt den Kommunen bis 2030 insgesamt 7,5 Mrd. Euro zur Verf\u00FCgung.\n\n"
        "Die Ministerpr\u00E4sidenten wollen am 18. Juni erneut mit dem Bundeskanzler zusammenkommen.\n\n"
        "# Notizblock\n\n## Internet\n- [Mitteilung Bundesfinanzministerium](https://www.bundesfinanzministerium.de/kommunen.html)\n\n"
        "## Orte\n- Bundeskanzleramt, Willy-Brandt-Stra\u00DF" "e 1, 10557 Berlin\n\n"
        "# Kontakte\n- Redaktion: Politik Deutschland, +49 30 2852 31000\n\n"
        "# Die folgenden Informationen sind nicht zur Ver\u00F6" "ffentlichung bestimmt\n\ndpa ja yyzz n1 tk\n");
    EXPECT_EQ(a.title, "Bund sagt Kommunen 7,5 Mrd. Euro f\u00FCr Schulen und Br\u00FCcken zu");
    const std::vector<std::string> paragraphs = textsOf(a, BlockKind::Paragraph);
    ASSERT_FALSE(paragraphs.empty());
    EXPECT_EQ(paragraphs.back(), "Die Ministerpr\u00E4sidenten wollen am 18. Juni erneut mit dem Bundeskanzler zusammenkommen.");
    EXPECT_TRUE(textsOf(a, BlockKind::Heading).empty()) << ::testing::PrintToString(textsOf(a, BlockKind::Heading));
    EXPECT_TRUE(textsOf(a, BlockKind::ListItem).empty()) << ::testing::PrintToString(textsOf(a, BlockKind::ListItem));
}

// Agencies' bylines where no "By" opens them: the writer's name and the agency's alone under the standfirst
// ("Johan Lindqvist/TT"), and the writer after the date on the date line ("Publicado em
// 03/03/2026 - 16:42 Por Ana Cristina Moura - Repórter da Agência Brasil - Brasília").
TEST(ArticleAssemblerTest, shouldTakeAnAgencysWriterAloneOnALineOrAfterTheDate) {
    const std::string lead =
        "Regeringen vill skjuta till 3,8 miljarder kronor till Polismyndigheten n\u00E4sta \u00E5r. M\u00E5let om 10 000 fler "
        "polisanst\u00E4llda till 2027 ligger fast, men oppositionen tvivlar.\n\n";
    const std::string story = "\n\nDet beskedet l\u00E4mnade justitieministern p\u00E5 en presstr\u00E4ff i Rosenbad p\u00E5 tisdagen klockan 14.\n";
    for (const char* line : {"Johan Lindqvist/TT"}) {
        const Article a = ingestText("Regeringen satsar 3,8 miljarder p\u00E5 fler poliser\n\n" + lead + line + story);
        EXPECT_EQ(a.byline, "Johan Lindqvist") << line;
        EXPECT_EQ(a.site, "TT") << line;
        for (const std::string& p : textsOf(a, BlockKind::Paragraph)) EXPECT_EQ(p.find("Lindqvist"), std::string::npos) << p;
    }
    // (A name and a place that is no agency is no byline, nor a place in capitals before an agency: "Anna Berg/Stockholm",
    // "LOS ANGELES/AP".)
    EXPECT_EQ(ingestText("Regeringen satsar 3,8 miljarder p\u00E5 fler poliser\n\n" + lead + "Anna Berg/Stockholm" + story).byline, "");
    EXPECT_EQ(ingestText("Regeringen satsar 3,8 miljarder p\u00E5 fler poliser\n\n" + lead + "LOS ANGELES/AP" + story).byline, "");
    const Article br = ingestText(
        "Governo anuncia R$ 12,5 bilh\u00F5es para saneamento no Nordeste\n\n"
        "Publicado em 03/03/2026 - 16:42 Por Ana Cristina Moura - Rep\u00F3rter da Ag\u00EAncia Brasil - Bras\u00EDlia\n\n"
        "O governo federal anunciou nesta ter\u00E7a-feira (3) investimentos de R$ 12,5 bilh\u00F5es em obras de abastecimento de "
        "\u00E1gua e esgotamento sanit\u00E1rio nos nove estados do Nordeste.\n");
    EXPECT_EQ(br.byline, "Ana Cristina Moura");
    ASSERT_TRUE(br.published.has_value());
    EXPECT_EQ(br.published->day, 3);
}

// Wire headers: a rubric in capitals over the headline is no headline, and the agency after the dateline's dash is the
// site ("ЭКОНОМИКА", "- Интерфакс."); Korean copy's reporter before "기자 =" is the byline and its agency the site; Keystone-
// ATS's header and dateline give the date, the site and Swiss French.
TEST(ArticleAssemblerTest, shouldReadWireHeadersOfARubricAKoreanReporterAndASwissAgency) {
    const Article ru = ingestText(
        "14:52 03.03.2026\n\u042D\u041A\u041E\u041D\u041E\u041C\u0418\u041A\u0410\n\n"
        "\u041C\u0438\u043D\u0444\u0438\u043D \u0420\u0424 \u0432 \u043C\u0430\u0440\u0442\u0435 \u043D\u0430\u043F\u0440\u0430\u0432\u0438\u0442 "
        "\u043D\u0430 \u043F\u043E\u043A\u0443\u043F\u043A\u0443 \u0432\u0430\u043B\u044E\u0442\u044B 4,1 \u043C\u043B\u0440\u0434 \u0440\u0443\u0431.\n\n"
        "\u041C\u041E\u0421\u041A\u0412\u0410, 3 \u043C\u0430\u0440 - \u0418\u043D\u0442\u0435\u0440\u0444\u0430\u043A\u0441. "
        "\u041C\u0438\u043D\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043E \u0444\u0438\u043D\u0430\u043D\u0441\u043E\u0432 \u0420\u0424 "
        "\u0441 6 \u043C\u0430\u0440\u0442\u0430 \u043D\u0430\u043F\u0440\u0430\u0432\u0438\u0442 \u043D\u0430 \u043F\u043E\u043A\u0443\u043F\u043A\u0443 "
        "\u0432\u0430\u043B\u044E\u0442\u044B \u0438 \u0437\u043E\u043B\u043E\u0442\u0430 4,1 \u043C\u043B\u0440\u0434 \u0440\u0443\u0431\u043B\u0435\u0439.\n");
    EXPECT_EQ(ru.title.rfind("\u041C\u0438\u043D\u0444\u0438\u043D", 0), 0u) << ru.title;
    EXPECT_EQ(ru.site, "\u0418\u043D\u0442\u0435\u0440\u0444\u0430\u043A\u0441");
    const Article ko = ingestText(
        "\uAD6D\uD68C, \uBC18\uB3C4\uCCB4\uD2B9\uBCC4\uBC95 \uBCF8\uD68C\uC758 \uD1B5\uACFC\n\n"
        "(\uC11C\uC6B8=\uC5F0\uD569\uB274\uC2A4) \uAE40\uBBFC\uC218 \uAE30\uC790 = \uBC18\uB3C4\uCCB4 \uAE30\uC5C5\uC5D0 \uB300\uD55C "
        "\uC815\uBD80 \uBCF4\uC870\uAE08 \uC9C1\uC811 \uC9C0\uAE09 \uADFC\uAC70\uB97C \uB2F4\uC740 \uD2B9\uBCC4\uBC95\uC774 3\uC77C "
        "\uAD6D\uD68C \uBCF8\uD68C\uC758\uB97C \uD1B5\uACFC\uD588\uB2E4.\n");
    EXPECT_EQ(ko.byline, "\uAE40\uBBFC\uC218");
    EXPECT_EQ(ko.site, "\uC5F0\uD569\uB274\uC2A4");
    const Article ch = ingestText(
        "sda/ats 03.03.2026 15:07 FR ECO/POL BE\n\nLe Conseil f\u00E9d\u00E9ral veut all\u00E9ger de 1,2 milliard la facture des cantons\n\n"
        "Berne (Keystone-ATS) - Le Conseil f\u00E9d\u00E9ral a pr\u00E9sent\u00E9 mardi un nouveau projet de r\u00E9partition des t\u00E2ches "
        "entre la Conf\u00E9d\u00E9ration et les cantons, qui d\u00E9chargerait ceux-ci de quelque 1,2 milliard par an.\n");
    EXPECT_FALSE(ch.site.empty());
    EXPECT_EQ(ch.language, "fr-CH");
    ASSERT_TRUE(ch.published.has_value());
    EXPECT_EQ(ch.published->day, 3);
}

// A Korean wire's reporter is its byline without costing the headline over it; a Spanish ranked list after a colon does
// not end a sentence at each rank.
TEST(ArticleAssemblerTest, shouldKeepAKoreanHeadlineOverItsReportersLead) {
    const Article ko = ingestText(
        "\uC0BC\uC131, \uC624\uD0A4\uB098\uC640 \uC5F0\uC2B5\uACBD\uAE30\uC11C LG\uC5D0 \uC5ED\uC804\uC2B9\n\n"
        "(\uC11C\uC6B8=\uC5F0\uD569\uB274\uC2A4) \uAE40\uD0DC\uC724 \uAE30\uC790 = \uD504\uB85C\uC57C\uAD6C \uC0BC\uC131 \uB77C\uC774\uC628\uC988\uAC00 "
        "\uC77C\uBCF8 \uC624\uD0A4\uB098\uC640 \uC2A4\uD504\uB9C1\uCEA0\uD504 \uC5F0\uC2B5\uACBD\uAE30\uC5D0\uC11C LG \uD2B8\uC708\uC2A4\uB97C \uAEBE\uC5C8\uB2E4.\n\n"
        "\uC0BC\uC131\uC740 3\uC77C \uC77C\uBCF8 \uC624\uD0A4\uB098\uC640\uD604\uC5D0\uC11C \uC5F4\uB9B0 LG\uC640 \uC5F0\uC2B5\uACBD\uAE30\uC5D0\uC11C 5-3\uC73C\uB85C "
        "\uC774\uACBC\uB2E4.\n");
    EXPECT_EQ(ko.title, "\uC0BC\uC131, \uC624\uD0A4\uB098\uC640 \uC5F0\uC2B5\uACBD\uAE30\uC11C LG\uC5D0 \uC5ED\uC804\uC2B9");
    EXPECT_EQ(ko.byline, "\uAE40\uD0DC\uC724");
}

// A Korean headline with a Latin name in capitals ("LG") is no line set in capitals, over a story whose paragraphs run
// long; the wire's time of sending under the story, "… 송고", is its date.
TEST(ArticleAssemblerTest, shouldKeepAKoreanHeadlineWithLatinCapitalsAndTakeTheTimeOfSending) {
    const Article ko = ingestText(
        "삼성, 오키나와 연습경기서 LG에 5-3 역전승…구자민 결승 2점 홈런\n\n"
        "KIA는 한화 3-1로 꺾고 연습경기 4연승…SSG·롯데는 2-2 무승부\n\n"
        "(서울=연합뉴스) 김태윤 기자 = 프로야구 삼성 라이온즈가 일본 오키나와 스프링캠프 연습경기에서 LG 트윈스를 꺾었다.\n\n"
        "삼성은 3일 일본 오키나와현 온나손 아카마 볼파크에서 열린 LG와 연습경기에서 1-2로 끌려가던 6회 구자민(27)의 역전 결승 2점 홈런 "
        "등을 앞세워 5-3으로 이겼다.\n\n"
        "구자민은 1-2로 뒤진 6회초 1사 1루에서 LG 세 번째 투수 박성훈(24)의 시속 146㎞ 직구를 받아쳐 오른쪽 담장을 넘기는 비거리 "
        "125ｍ짜리 투런포를 터뜨렸다.\n\n"
        "각 구단은 이달 7일 전후로 오키나와 캠프를 마치고 귀국할 예정이다.\n\n"
        "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>\n\n"
        "2026/03/03 17:42 송고\n");
    EXPECT_EQ(ko.title, "삼성, 오키나와 연습경기서 LG에 5-3 역전승…구자민 결승 2점 홈런");
    EXPECT_EQ(ko.byline, "김태윤");
    ASSERT_TRUE(ko.published.has_value());
    EXPECT_EQ(ko.published->day, 3);
    EXPECT_EQ(ko.published->hour, 17);
}

// A wire's headline in capitals right over its standfirst: the headline is the title and the standfirst is read, not the
// other way round.
TEST(ArticleAssemblerTest, shouldTakeAWiresHeadlineOverItsStandfirst) {
    const Article ansa = ingestText(
        "CALCIO: SERIE A; INTER-NAPOLI 2-1, NERAZZURRI A +7 IN VETTA\n"
        "Ferretti al 34', pari di Quiroga, poi decide Colombo al 78'\n\n"
        "(ANSA) - MILANO, 3 MAR - L'Inter batte 2-1 il Napoli nel recupero della 24/a giornata di Serie A e vola a +7 sugli azzurri, "
        "ora secondi in classifica davanti a tutti.\n\n"
        "Davanti a 72.415 spettatori, per un incasso di 5,8 milioni di euro, i nerazzurri hanno centrato la quarta vittoria consecutiva "
        "in campionato e il diciannovesimo risultato utile.\n");
    EXPECT_EQ(ansa.title, "CALCIO: SERIE A; INTER-NAPOLI 2-1, NERAZZURRI A +7 IN VETTA");
    ASSERT_FALSE(ansa.blocks.empty());
    EXPECT_EQ(ansa.blocks.front().text, "Ferretti al 34', pari di Quiroga, poi decide Colombo al 78'");
}

// An agency's name in brackets after a paragraph's last sentence, as Belga signs its lead, is not read.
TEST(ArticleAssemblerTest, shouldDropAnAgencysNameInBracketsAfterTheLead) {
    const Article belga = ingestText(
        "Le gouvernement boucle son contrôle budgétaire\n\n"
        "BRUXELLES 03/03 (BELGA) = Après plus de 30 heures de négociations, les partenaires de la majorité sont parvenus mardi à un accord "
        "sur le contrôle budgétaire, a annoncé le Premier ministre à l'issue d'un kern. (Belga)\n\n"
        "Les discussions, entamées lundi matin à 8 heures, avaient buté à plusieurs reprises sur la taxation des plus-values et sur "
        "la trajectoire des dépenses de santé.\n");
    for (const Block& b : belga.blocks) EXPECT_EQ(b.text.find("(Belga)"), std::string::npos) << b.text;
    ASSERT_FALSE(belga.blocks.empty());
    EXPECT_TRUE(belga.blocks.front().text.ends_with("à l'issue d'un kern.")) << belga.blocks.front().text;
}

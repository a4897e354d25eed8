// What blind round 53 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "ingest/EnglishRegion.hpp"
#include "ingest/Ingest.hpp"
#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"
#include "text/SentenceSplitter.hpp"

using namespace readcast;

namespace {

std::string sayRound53(const std::string& text, const std::string& language = "en") {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", language, {});
    return Normalizer(language, &lexicon).normalize(text);
}

Article textArticle53(const std::string& text) { return ingestArticle(Input{"story.txt", text}, InputFormat::Auto); }

std::string bodyOf53(const Article& a) {
    std::string body;
    for (const Block& b : a.blocks) body += b.text + "\n";
    return body;
}

}  // namespace

// A stage's result and the general classification under it both open on the same rider's row, the same but for
// the time: a list's numbered rows are no running head of a printed page, and each list keeps its winner.
TEST(BlindRound53Test, shouldKeepTheWinnersRowOfTwoResultsLists) {
    const Article a = textArticle53(
        "Pogacar extends his lead on the Hautacam\n\nTadej Pogacar won stage 12 on Thursday, soloing to the summit after a long day "
        "from Auch and extending his overall lead over Jonas Vingegaard.\n\nStage 12 result\n"
        "1. Tadej Pogacar (Slo) UAE Team Emirates-XRG, 4:07:18\n2. Jonas Vingegaard (Den) Visma-Lease a Bike, at 2:10\n"
        "3. Florian Lipowitz (Ger) Red Bull-Bora-Hansgrohe, at 2:23\n\nGeneral classification after stage 12\n"
        "1. Tadej Pogacar (Slo) UAE Team Emirates-XRG, 45:28:49\n2. Jonas Vingegaard (Den) Visma-Lease a Bike, +3:31\n\n"
        "Friday's stage 13 is a time trial.\n");
    const std::string body = bodyOf53(a);
    EXPECT_NE(body.find("Emirates-XRG, 4:07:18"), std::string::npos) << body;
    EXPECT_NE(body.find("Emirates-XRG, 45:28:49"), std::string::npos) << body;
    // (A printed page's running head, its page number changing, still goes.)
    const Article printed = textArticle53(
        "Water runs short\n\nThe mayor signed the order last August and knew it would not be popular with anyone in the\n"
        "38 KOMMUNAL PRAXIS 07/2025\nvillage, where gardens matter.\nKOMMUNAL PRAXIS 07/2025\n");
    EXPECT_EQ(bodyOf53(printed).find("KOMMUNAL"), std::string::npos) << bodyOf53(printed);
}

// A results row's rank first and its time or gap last: the rider's federation code in brackets is the country,
// said as such; a nickname in brackets stays a name.
TEST(BlindRound53Test, shouldSayTheCountryOfARiderInARankedResultsRow) {
    EXPECT_EQ(sayRound53("2. Jonas Vingegaard (Den) Visma-Lease a Bike, at 2:10"),
              "two. Jonas Vingegaard, Denmark, Visma-Lease a Bike, at two ten");
    EXPECT_EQ(sayRound53("Kenneth (Ken) Smith died at 4:30."), "Kenneth Ken Smith died at four thirty.");
    EXPECT_EQ(sayRound53("2. Kenneth (Ken) Smith was there."), "two. Kenneth Ken Smith was there.");
}

// A story about New Zealand or Ireland that spells no word either way takes the country's English when it names
// the country three times and nothing American: Britain's "one hundred and forty" there.
TEST(BlindRound53Test, shouldTakeNewZealandsOrIrelandsEnglishFromAStoryAboutIt) {
    const std::string zealand =
        "Whale experts regard New Zealand, or Aotearoa as it is called by M\xC4\x81ori, as the whale stranding capital of the world. "
        "In New Zealand 140 pilot whales died on Stewart Island.";
    EXPECT_EQ(withEnglishRegion("en", zealand), "en-NZ");
    EXPECT_EQ(withEnglishRegion("en", "Galway and Cork voted with Dublin on the plan, 140 councillors said."), "en-IE");
    // (Not an American story that names them: the US there, or a word spelled America's way.)
    EXPECT_EQ(withEnglishRegion("en", "New Zealand's prime minister met US officials in Washington; American and New Zealand negotiators "
                                      "in Auckland agreed on 140 points, the US said."),
              "en");
    EXPECT_EQ(withEnglishRegion("en", "Galway and Cork voted with Dublin on the program, 140 councillors said; the color was green."), "en");
}

// Plain text that still holds a page's block tags (a CMS's export): each paragraph, heading and list item is read,
// the lead after a picture's credit line too, which the tags, stripped word by word, had made its caption.
TEST(BlindRound53Test, shouldReadTheBlocksOfPlainTextThatStillHoldsItsTags) {
    const Article a = textArticle53(
        "Petrobras anuncia lucro de R$ 23,7 bilh&otilde;es no trimestre\nImagem: Getty Images/iStockphoto\n"
        "<p>A Petrobras registrou lucro l&iacute;quido de R$ 23,7 bilh&otilde;es no primeiro trimestre de 2024, queda de 37,9% em "
        "rela&ccedil;&atilde;o ao mesmo per&iacute;odo do ano passado, informou a companhia.</p>\n"
        "<p>O resultado ficou abaixo das proje&ccedil;&otilde;es dos analistas, que esperavam em m&eacute;dia R$ 28,5 bi.</p>\n"
        "<h2>Produ&ccedil;&atilde;o e pre&ccedil;os</h2>\n<p>A produ&ccedil;&atilde;o m&eacute;dia foi de 2,78 milh&otilde;es de barris "
        "por dia, alta de 3,7%.</p>\n<strong>Os pr&oacute;ximos passos</strong>\n<ul>\n<li>Vender refinarias no Nordeste</li>\n"
        "<li>Investir em e&oacute;licas no mar</li>\n</ul>\n<p>As a&ccedil;&otilde;es subiram 2% no after-market, segundo a B3.</p>\n");
    const std::string body = bodyOf53(a);
    EXPECT_NE(body.find("A Petrobras registrou lucro"), std::string::npos) << body;
    bool lead = false;
    for (const Block& b : a.blocks) lead = lead || (b.kind == BlockKind::Paragraph && b.text.rfind("A Petrobras registrou", 0) == 0);
    EXPECT_TRUE(lead) << body;
    EXPECT_NE(body.find("Produ\xC3\xA7\xC3\xA3o e pre\xC3\xA7os"), std::string::npos) << body;
    EXPECT_NE(body.find("Vender refinarias no Nordeste"), std::string::npos) << body;
    EXPECT_NE(body.find("Investir em e\xC3\xB3licas no mar"), std::string::npos) << body;
    EXPECT_NE(body.find("As a\xC3\xA7\xC3\xB5" "es subiram"), std::string::npos) << body;
    EXPECT_EQ(body.find('<'), std::string::npos) << body;
}

// A byline's "updated 2 hours ago" piece is the page's time, no second writer; a blog's date line names its writer
// before the count of its comments.
TEST(BlindRound53Test, shouldTakeTheWriterAloneFromABylinesTimesAndCounts) {
    const std::string story = "\n\nA Petrobras registrou lucro l\xC3\xADquido de R$ 23,7 bilh\xC3\xB5" "es no primeiro trimestre de 2024, queda de "
                              "37,9% em rela\xC3\xA7\xC3\xA3o ao mesmo per\xC3\xADodo do ano passado, informou a companhia nesta segunda-feira.\n\n"
                              "O resultado ficou abaixo das proje\xC3\xA7\xC3\xB5" "es dos analistas, segundo consenso.\n";
    EXPECT_EQ(textArticle53("Petrobras anuncia lucro de R$ 23,7 bilh\xC3\xB5" "es\nPor Ana Paula Ramos | 13/05/2024 20h15 \xE2\x80\x93 "
                            "Atualizado h\xC3\xA1 2 horas" + story).byline,
              "Ana Paula Ramos");
    const Article blog = textArticle53(
        "Why my tatties failed\nPosted on 14/08/2023 by Fiona MacLeod \xC2\xB7 6 Comments\n\nIf you have followed this blog since 2019 "
        "you will know I am stubborn about growing potatoes on a west-facing croft.\n\nThis year the weather finally won.\n");
    EXPECT_EQ(blog.byline, "Fiona MacLeod");
    ASSERT_TRUE(blog.published);
    EXPECT_EQ(blog.published->dateIso(), "2023-08-14");
}

// Local and business English from Asia and Britain: the Philippine police's ranks, a court's criminal case and its
// docket, a Malaysian firm's "Bhd", a detective constable, a degree, "care of", and "hrs." before a lower-case word.
TEST(BlindRound53Test, shouldReadRanksCasesAndShortFormsOfLocalEnglish) {
    const auto split = [](const std::string& text) { return SentenceSplitter("en")(text); };
    EXPECT_EQ(split("He was seen by PLt. Col. Ana Cruz and PMaj. Jose Reyes at the station.").size(), 1u);
    EXPECT_EQ(split("He faces Crim. Case No. R-QZN-22-04417-CR in court. He denies it.").size(), 2u);
    EXPECT_EQ(sayRound53("He was seen by PLt. Col. Ana Cruz and PMaj. Jose Reyes."),
              "He was seen by Police Lieutenant Colonel Ana Cruz and Police Major Jose Reyes.");
    EXPECT_EQ(sayRound53("He faces Crim. Case No. 1234."), "He faces Criminal Case number one thousand two hundred thirty-four.");
    EXPECT_EQ(sayRound53("Maybank Bhd said Det Con Sarah Jones had a B.Sc. from the school, c/o its dean."),
              "Maybank Berhad said Detective Constable Sarah Jones had a B S C from the school, care of its dean.");
    EXPECT_EQ(sayRound53("The drug works within 48 hrs. for most patients."), "The drug works within forty-eight hours for most patients.");
    // (A sentence that ends on the short form keeps its stop; a rank with no name after it stays as written.)
    EXPECT_EQ(sayRound53("The wait was 48 hrs. Then it ended."), "The wait was forty-eight hours. Then it ended.");
    EXPECT_EQ(sayRound53("The Gen Z vote moved."), "The Gen Z vote moved.");
}

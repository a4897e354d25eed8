// Light markups other than Markdown pasted or saved as text: AsciiDoc, reStructuredText, Org mode,
// Textile and wikitext. Their headings, fields and quotes are read as such; their attributes,
// directives, comments and drawers are never read.

#include <gtest/gtest.h>

#include "ingest/Ingest.hpp"
#include "ingest/InputReader.hpp"
#include "ingest/LightMarkup.hpp"

using namespace readcast;

namespace {

const std::string kMarkupBody =
    "The council voted 7-0 on Tuesday to replace about 9,000 lead service lines by 2027, most of them in "
    "neighborhoods built before 1960, under a $41.6 million plan.\n\n"
    "Under a federal rule finalized in October, utilities must replace all lead service lines within ten years.\n";

Article markupArticle(const std::string& text, const std::string& name = "story.txt") {
    return ingestArticle(Input{name, validateText(name, text)}, InputFormat::Auto);
}

std::string markupText(const Article& a) {
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    return all;
}

std::vector<std::string> markupHeadings(const Article& a) {
    std::vector<std::string> out;
    for (const Block& b : a.blocks) {
        if (b.kind == BlockKind::Heading) out.push_back(b.text);
    }
    return out;
}

}  // namespace

TEST(LightMarkupTest, shouldLeaveTextWithoutSuchMarkupAsItIs) {
    const std::string plain = "# A Markdown heading\n\nA paragraph: with a colon.\n\n:) a smile\n";
    EXPECT_EQ(lightMarkupAsText(plain), plain);
    EXPECT_FALSE(hasLightMarkup(plain));
}

TEST(LightMarkupTest, shouldReadAnAsciiDocHeaderSectionsAndQuoteWithoutItsAttributes) {
    const Article a = markupArticle("= Tucson Water to replace 9,000 lead lines by 2027\n"
                               "Marisol Archuleta <marchuleta@example.org>\n"
                               "v1.3, 2024-05-22: copy-edited (RG)\n"
                               ":doctype: article\n:imagesdir: ../assets/2024/05\n\n[.lead]\n" + kMarkupBody +
                               "\nimage::dig.jpg[A crew at work]\n.A crew exposes a service line in April.\n\n"
                               "== Where the pipes are\n\nMost are in the Barrio Viejo and Menlo Park neighborhoods, the utility said.\n\n"
                               "// TODO RG: confirm the figure\n\n"
                               "[quote, Dr. Aisha Benally, pediatrician at El Rio Health]\n____\nThere is no safe level of lead for a child.\n____\n\n"
                               "Work will start in July in Menlo Park, and residents will get 14 days' notice.\n");
    EXPECT_EQ(a.title, "Tucson Water to replace 9,000 lead lines by 2027");
    EXPECT_EQ(a.byline, "Marisol Archuleta");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(markupHeadings(a), (std::vector<std::string>{"Where the pipes are"}));
    const std::string all = markupText(a);
    EXPECT_EQ(all.find("imagesdir"), std::string::npos) << all;
    EXPECT_EQ(all.find("TODO"), std::string::npos) << all;
    EXPECT_EQ(all.find("crew exposes"), std::string::npos) << all;
    EXPECT_EQ(all.find("[.lead]"), std::string::npos) << all;
    EXPECT_NE(all.find("There is no safe level"), std::string::npos) << all;
    EXPECT_NE(all.find("Dr. Aisha Benally, pediatrician"), std::string::npos) << all;
}

TEST(LightMarkupTest, shouldReadARestructuredTextTitleFieldsAndSectionsWithoutDirectives) {
    const Article a = markupArticle("===========================================\n"
                               "Hebden Bridge flood wall plan is withdrawn\n"
                               "===========================================\n\n"
                               "Residents reject a wall that would hide the river\n"
                               "--------------------------------------------------\n\n"
                               ":Author: Tom Ackroyd\n:Date: 2024-01-18\n:Tags: flooding, Hebden Bridge\n\n"
                               ".. contents:: In this article\n   :local:\n\n" + kMarkupBody +
                               "\n.. image:: /images/calder.jpg\n   :alt: The river\n\n   *The Calder at the Old Bridge.*\n\n"
                               "What happens next\n=================\n\nThe agency will consider three alternatives [#]_ this spring.\n\n"
                               ".. [#] Figures from the council's flood report.\n");
    EXPECT_EQ(a.title, "Hebden Bridge flood wall plan is withdrawn");
    EXPECT_EQ(a.byline, "Tom Ackroyd");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(markupHeadings(a), (std::vector<std::string>{"What happens next"}));
    const std::string all = markupText(a);
    EXPECT_NE(all.find("Residents reject a wall"), std::string::npos) << all;
    EXPECT_EQ(all.find("contents"), std::string::npos) << all;
    EXPECT_EQ(all.find("local"), std::string::npos) << all;
    EXPECT_EQ(all.find("Old Bridge"), std::string::npos) << all;
    EXPECT_EQ(all.find("[#]"), std::string::npos) << all;
    EXPECT_NE(all.find("Figures from the council"), std::string::npos) << all;
}

TEST(LightMarkupTest, shouldReadOrgModeKeywordsHeadingsAndQuotesWithoutDrawers) {
    const Article a = markupArticle("#+TITLE: Town to close its river walk for repairs\n#+AUTHOR: Anna Lesonen\n"
                               "#+DATE: <2025-02-14 Fri 11:20>\n#+OPTIONS: toc:nil\n# Editor: check the figures by 13:00\n\n" + kMarkupBody +
                               "\n* What will change\n  :PROPERTIES:\n  :CUSTOM_ID: what-changes\n  :END:\n\n"
                               "New lighting and 120 benches will be installed along the [[https://example.org/map][1.3 km walk]].\n\n"
                               "#+BEGIN_QUOTE\nWe know this is where everyone walks, but we cannot wait any longer.\n"
                               "\xE2\x80\x94 Ivan Petrov, mayor\n#+END_QUOTE\n\n* Where to walk this summer\n\n"
                               "Walkers will be sent through the park while the work goes on, the council said.\n",
                               "notes");
    EXPECT_EQ(a.title, "Town to close its river walk for repairs");
    EXPECT_EQ(a.byline, "Anna Lesonen");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(markupHeadings(a), (std::vector<std::string>{"What will change", "Where to walk this summer"}));
    const std::string all = markupText(a);
    EXPECT_EQ(all.find("PROPERTIES"), std::string::npos) << all;
    EXPECT_EQ(all.find("CUSTOM_ID"), std::string::npos) << all;
    EXPECT_EQ(all.find("Editor"), std::string::npos) << all;
    EXPECT_EQ(all.find("https"), std::string::npos) << all;
    EXPECT_NE(all.find("1.3 km walk"), std::string::npos) << all;
    EXPECT_NE(all.find("Ivan Petrov, mayor"), std::string::npos) << all;
}

TEST(LightMarkupTest, shouldReadTextileBlocksAndLists) {
    const Article a = markupArticle("h1. Ferrara to lock its city walls at night from October\n\n"
                               "p(occhiello). Eight gates will close the bastions after a summer of vandalism.\n\n" + kMarkupBody +
                               "\nbq. \"The walls belong to everyone, but at night they are no one's,\" the councillor said.\n\n"
                               "h2. Where the gates will be\n\n# Porta degli Angeli\n# Porta Paola\n\n"
                               "The council will discuss the petition[1] on 16 September.\n");
    EXPECT_EQ(a.title, "Ferrara to lock its city walls at night from October");
    EXPECT_EQ(markupHeadings(a), (std::vector<std::string>{"Where the gates will be"}));
    const std::string all = markupText(a);
    EXPECT_EQ(all.find("p(occhiello)"), std::string::npos) << all;
    EXPECT_EQ(all.find("bq."), std::string::npos) << all;
    EXPECT_NE(all.find("Porta degli Angeli"), std::string::npos) << all;
    EXPECT_NE(all.find("the petition on 16 September"), std::string::npos) << all;
}

TEST(LightMarkupTest, shouldReadWikitextHeadingsLinksAndDateWithoutPictures) {
    const Article a = markupArticle("Halifax council votes to end free parking at ferry terminals\n\n{{date|April 10, 2024}}\n"
                               "[[Image:Terminal.jpg|thumb|right|The Alderney ferry terminal. {{Image credit|HfxTransitFan}}]]\n"
                               "'''[[w:Halifax, Nova Scotia|Halifax]] Regional Council''' voted 11\xE2\x80\x93" "6 on Tuesday to start "
                               "charging for parking at two ferry terminals from July 1.<ref>{{cite web |url=https://x.org}}</ref>\n\n" + kMarkupBody +
                               "\n== Background ==\nHalifax Transit runs two ferry routes across [[w:Halifax Harbour|Halifax Harbour]].\n");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(markupHeadings(a), (std::vector<std::string>{"Background"}));
    const std::string all = markupText(a);
    EXPECT_EQ(all.find("thumb"), std::string::npos) << all;
    EXPECT_EQ(all.find("'''"), std::string::npos) << all;
    EXPECT_EQ(all.find("cite"), std::string::npos) << all;
    EXPECT_NE(all.find("Halifax Regional Council voted"), std::string::npos) << all;
    EXPECT_NE(all.find("across Halifax Harbour."), std::string::npos) << all;
}

#include <gtest/gtest.h>

#include "ingest/InlineMarkup.hpp"

using namespace readcast;

TEST(InlineMarkupTest, shouldTakeMarkdownImagesOutWithAltAndUrl) {
    std::vector<Image> images;
    const std::string rest =
        takeImages("Before ![Soldiers [SPRAVDI/YONHAP]](https://x.test/a.jpg \"t\") after", images);
    ASSERT_EQ(images.size(), 1u);
    EXPECT_EQ(images[0].alt, "Soldiers [SPRAVDI/YONHAP]");
    EXPECT_EQ(images[0].url, "https://x.test/a.jpg");
    EXPECT_EQ(collapseWhitespace(rest), "Before after");
}

TEST(InlineMarkupTest, shouldLeaveBracketsThatAreNotImages) {
    std::vector<Image> images;
    EXPECT_EQ(takeImages("He said [sic] it! [YONHAP]", images), "He said [sic] it! [YONHAP]");
    EXPECT_TRUE(images.empty());
}

TEST(InlineMarkupTest, shouldTurnLinksIntoTheirText) {
    EXPECT_EQ(stripInlineMarkup("Read [the report](https://x.test/r \"R\") today."), "Read the report today.");
}

TEST(InlineMarkupTest, shouldDropHtmlTagsAndCommentsKeepingWordBreaks) {
    EXPECT_EQ(stripInlineMarkup("<p>Seoul<br/>Tokyo</p><!-- ad --> <b>Beijing</b>"), "Seoul Tokyo Beijing");
}

TEST(InlineMarkupTest, shouldKeepLessThanThatIsNotATag) {
    EXPECT_EQ(stripInlineMarkup("Inflation stayed < 3 percent"), "Inflation stayed < 3 percent");
}

TEST(InlineMarkupTest, shouldDecodeNamedAndNumericEntities) {
    EXPECT_EQ(decodeEntities("Tom &amp; Jerry&#8217;s &#x2014; &mdash;&nbsp;x &bogus; &"),
              "Tom & Jerry\u2019s \u2014 \u2014\u00A0x &bogus; &");
}

TEST(InlineMarkupTest, shouldRemoveEmphasisButKeepSnakeCase) {
    EXPECT_EQ(stripInlineMarkup("**Breaking:** the `file_name` was __wrong__"), "Breaking: the file_name was wrong");
}

TEST(InlineMarkupTest, shouldCollapseUnicodeSpacesAndDropZeroWidth) {
    EXPECT_EQ(collapseWhitespace("  a\u00A0\u00A0b\u2009c\u200Bd \t\n"), "a b cd");
}

TEST(InlineMarkupTest, shouldSplitAgencyCreditInCapitals) {
    std::string body, credit;
    ASSERT_TRUE(splitTrailingCredit("Soldiers in the field. [SPRAVDI/YONHAP]", body, credit));
    EXPECT_EQ(body, "Soldiers in the field.");
    EXPECT_EQ(credit, "SPRAVDI/YONHAP");
}

TEST(InlineMarkupTest, shouldNotTakeEditorialBracketsForCredits) {
    std::string body, credit;
    EXPECT_FALSE(splitTrailingCredit("He said it was [the best] decision", body, credit));
    EXPECT_FALSE(splitTrailingCredit("The vote was close [laughter]", body, credit));
    EXPECT_FALSE(splitTrailingCredit("No credit here.", body, credit));
}

TEST(InlineMarkupTest, shouldDropANoteAppsBlockIdAtTheEnd) {
    EXPECT_EQ(stripInlineMarkup("The fare rises to **£523** a year from April. ^a3f91c"), "The fare rises to £523 a year from April.");
    EXPECT_EQ(withoutBlockId("It costs 2 ^ 10 units. ^block-7"), "It costs 2 ^ 10 units.");
    EXPECT_EQ(withoutBlockId("Powers of two: 2 ^10"), "Powers of two: 2 ^10");
    EXPECT_EQ(withoutBlockId("It takes 2 ^1024 operations"), "It takes 2 ^1024 operations");
    EXPECT_EQ(withoutBlockId("He wrote ^Ab12"), "He wrote ^Ab12");
}

// An exam's starred grade keeps its star ("an A*" is no emphasis); a closing emphasis mark after a capital does not.
TEST(InlineMarkupTest, shouldKeepTheStarOfAGradeButNotEmphasis) {
    EXPECT_EQ(stripInlineMarkup("9.4 per cent an A*, and A*-G grades"), "9.4 per cent an A*, and A*-G grades");
    EXPECT_EQ(stripInlineMarkup("He backed *Plan A* today"), "He backed Plan A today");
    EXPECT_EQ(stripInlineMarkup("**Bold** and *italic*"), "Bold and italic");
}

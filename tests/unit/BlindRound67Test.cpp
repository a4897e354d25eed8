// What blind round 67 found read wrong (and earlier rounds' open findings), each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"

using namespace readcast;

namespace {

std::string pageAt(const std::string& htmlAttributes, const std::string& canonical) {
    return "<!doctype html><html" + htmlAttributes + "><head><title>Council approves budget</title><link rel=\"canonical\" href=\"" + canonical +
           "\"></head><body><article><h1>Council approves budget</h1><p>The council approved the budget on 3/4/2025 after a long "
           "debate about roads and parks in the district.</p><p>The mayor said the plan would be reviewed again when the next "
           "quarterly figures are known to the public.</p></article></body></html>";
}

}  // namespace

// A country's address names its English whether the page declares "en", nothing, or the "en-US" a publishing tool sets by
// default; a page on an address of no country keeps what it declares.
TEST(BlindRound67Test, shouldTakeTheRegionOfACountrysAddressOverADefaultDeclaration) {
    EXPECT_EQ(blindPageArticle(pageAt(" lang=\"en-US\"", "https://www.examplenews.com.au/local/budget")).language, "en-AU");
    EXPECT_EQ(blindPageArticle(pageAt("", "https://www.examplenews.co.nz/local/budget")).language, "en-NZ");
    EXPECT_EQ(blindPageArticle(pageAt(" lang=\"en\"", "https://www.examplenews.co.ke/local/budget")).language, "en-KE");
    EXPECT_EQ(blindPageArticle(pageAt(" lang=\"en-US\"", "https://www.examplenews.com/local/budget")).language, "en-US");
    // (A region the page names itself stays: a British paper's American edition.)
    EXPECT_EQ(blindPageArticle(pageAt(" lang=\"en-GB\"", "https://www.examplenews.com.au/local/budget")).language, "en-GB");
}

// A page's address copied under its headline is neither read nor run on to the headline: it is the story's address, and
// names its country's English. An address written in a sentence is still the story's.
TEST(BlindRound67Test, shouldTakeAPastedAddressLineAsTheStorysAddress) {
    const Article a = blindTextArticle(
        "Council approves budget\nhttps://www.examplenews.com.au/local/council-budget\n\nThe council approved the budget on 3/4/2025 "
        "after a long debate about roads and parks in the district.\n\nThe mayor said the plan, set out at www.examplenews.com.au/plan, "
        "would be reviewed again when the next quarterly figures are known.\n");
    EXPECT_EQ(a.title, "Council approves budget");
    EXPECT_EQ(a.url, "https://www.examplenews.com.au/local/council-budget");
    EXPECT_EQ(a.language, "en-AU");
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("council-budget"), std::string::npos) << body;
    EXPECT_NE(body.find("www.examplenews.com.au/plan"), std::string::npos) << body;
    // (A site's bare name on a line of its own is no page's address.)
    const Article site = blindTextArticle(
        "Council approves budget\n\nThe council approved the budget after a long debate about roads and parks in the district "
        "on Tuesday night.\n\nwww.examplenews.com\n");
    EXPECT_TRUE(site.url.empty()) << site.url;
}

// "T&Cs apply" in brackets at the end of a story's sentence about an offer is the story's; a bookmaker's small print alone
// is not.
TEST(BlindRound67Test, shouldKeepASentenceThatEndsOnTermsApplyInBrackets) {
    const std::string body = blindBodyOf(blindTextArticle(
        "Singtel launches gaming plan\n\nSingtel launched a plan on Monday for gamers and others who stream on their phones.\n\n"
        "Customers can sign up via the app or call 1688. Fibre customers get the first 3 months free (T&Cs apply).\n"));
    EXPECT_NE(body.find("first 3 months free (T&Cs apply)."), std::string::npos) << body;
}

// A plain-text table's rows of figures, "Service revenue 173.4 152.4 +13.8%", are the story's data, read as a list's items:
// three figures a row made them headings with nothing under them, and they were dropped.
TEST(BlindRound67Test, shouldKeepAPlainTextTablesRowsOfThreeFigures) {
    const std::string body = blindBodyOf(blindTextArticle(
        "Safaricom profit rises\n\nSafaricom reported a rise in half-year profit on Thursday as M-Pesa revenue grew strongly across "
        "Kenya.\n\nKey figures (Sh bn)\nService revenue 173.4 152.4 +13.8%\nM-Pesa revenue 77.2 66.3 +16.5%\n\nThe board declared an "
        "interim dividend of Sh0.55 per share, payable on or about March 31.\n"));
    EXPECT_NE(body.find("Service revenue 173.4 152.4 +13.8%"), std::string::npos) << body;
    EXPECT_NE(body.find("M-Pesa revenue 77.2 66.3 +16.5%"), std::string::npos) << body;
}

// A sign glued to a change after a space is no sum; "2 + 2" is. British numbers keep their "and" after a comma, and a
// compound opening on "one-" after a million is the next words' own.
TEST(BlindRound67Test, shouldReadATablesChangeAndBritishNumbersRight) {
    EXPECT_EQ(blindSay("Service revenue 173.4 152.4 +13.8%", "en-KE"),
              "Service revenue one hundred and seventy-three point four, one hundred and fifty-two point four plus thirteen point eight percent");
    EXPECT_EQ(blindSay("So 2 + 2 = 4.", "en-GB"), "So two plus two equals four.");
    EXPECT_EQ(blindSay("M-Pesa now had 34.0 million one-month active customers.", "en-KE"),
              "M-Pesa now had thirty-four million one-month active customers.");
    EXPECT_EQ(blindSay("It had 1,000,001 votes in a 2,020-seat hall.", "en-GB"),
              "It had one million and one votes in a two thousand and twenty-seat hall.");
}

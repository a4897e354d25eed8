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

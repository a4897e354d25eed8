// What blind round 76 found read wrong, and what was left from round 75, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"

using namespace readcast;

// A word a narrow column broke with a hyphen is one word again however short its line, and none of the lines after it is
// lost; a compound keeps its hyphen ("well-known", "self-employed"), and a hyphen before "and" stays ("pre- and post-war").
TEST(BlindRound76Test, shouldJoinAWordANarrowLineBrokeWithAHyphen) {
    const Article a = blindTextArticle("Headline here\n\nThe state govern-\nment made the call. The new infor-\nmation came as the depart-\n"
                                       "ment said the well-\nknown rule and the self-\nemployed workers would be fine.\n");
    EXPECT_EQ(blindBodyOf(a),
              "The state government made the call. The new information came as the department said the well-known rule and the "
              "self-employed workers would be fine.\n");
    const Article shortRun = blindTextArticle("Headline here\n\nThe state govern-\nment made the call. The new infor-\n"
                                              "mation came as the depart-\nment said the rule would be fine.\n");
    EXPECT_EQ(blindBodyOf(shortRun), "The state government made the call. The new information came as the department said the rule would be fine.\n");
    const Article conjunction = blindTextArticle("Headline here\n\nPrices in the pre-\nand post-war years rose as the\n"
                                                 "ministry said they would, and the town grew fast.\n");
    EXPECT_NE(blindBodyOf(conjunction).find("pre- and post-war"), std::string::npos);
}

// Blind round 91: what listeners found wrong in pages and pasted texts written for the round (and the last round's
// leftovers), each fix beside the neighbouring case that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"

using namespace readcast;

namespace {

const std::string kLead = "<p>Straits Pacific Bank reported a seven per cent drop in third-quarter net profit on Thursday, as lower "
                          "interest rates squeezed the margin it earns on its loans.</p><p>The result was below the average estimate "
                          "of seven analysts polled before the bank opened its books to the market.</p>";

std::string paywalledPage(const std::string& declared) {
    return "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
           "\"headline\":\"Bank profit falls\",\"isAccessibleForFree\":\"False\",\"hasPart\":{\"@type\":\"WebPageElement\","
           "\"isAccessibleForFree\":\"False\",\"cssSelector\":\"" + declared + "\"}}</script></head><body><article><h1>Bank profit "
           "falls</h1>" + kLead + "<div class=\"paywall\"><div class=\"paywall-content\" style=\"display:none\"><p>Wealth management "
           "fees rose eighteen per cent to a record, driven by inflows from clients in Hong Kong.</p><p>Assets under management "
           "climbed to a new high as at the end of September, the bank said.</p></div><div class=\"paywall-overlay\"><h3>Subscribe "
           "to unlock this article</h3><p>Get unlimited access from S$0.99 for the first month.</p></div></div></article></body></html>";
}

}  // namespace

// The part a page declares behind its paywall may hold the story's rest in a child it hides until the reader subscribes,
// beside the prompt it shows instead: that rest is read, the prompt is not; undeclared, the hidden text stays unread.
TEST(BlindRound91Test, shouldReadTheHiddenRestInsideADeclaredPaywalledPart) {
    const std::string body = blindBodyOf(blindPageArticle(paywalledPage(".paywall")));
    EXPECT_NE(body.find("Wealth management fees"), std::string::npos) << body;
    EXPECT_NE(body.find("Assets under management"), std::string::npos) << body;
    EXPECT_EQ(body.find("Subscribe"), std::string::npos) << body;
    EXPECT_EQ(body.find("unlimited access"), std::string::npos) << body;
    const std::string undeclared = blindBodyOf(blindPageArticle(paywalledPage(".premium-box")));
    EXPECT_EQ(undeclared.find("Wealth management fees"), std::string::npos) << undeclared;
}

// Blind round 91: what listeners found wrong in pages and pasted texts written for the round (and the last round's
// leftovers), each fix beside the neighbouring case that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "text/SentenceSplitter.hpp"
#include "text/WireCopy.hpp"

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

// A ticker in brackets after the name it stands for, in a paragraph about markets, is left to the screen; an abbreviation
// the name spells, one the paragraph uses again, and one after a common noun are not tickers.
TEST(BlindRound91Test, shouldDropABareTickerAfterItsCompanysName) {
    EXPECT_EQ(withoutInstrumentCodes("Shares of Nvidia (NVDA) rose 3% while MicroStrategy (MSTR), the largest holder, fell."),
              "Shares of Nvidia rose 3% while MicroStrategy, the largest holder, fell.");
    EXPECT_EQ(withoutInstrumentCodes("The Nasdaq-100 (^NDX) rose."), "The Nasdaq-100 rose.");
    EXPECT_EQ(withoutInstrumentCodes("Straits Pacific Bank (SPB) shares fell as the Bank of Japan (BOJ) held rates."),
              "Straits Pacific Bank (SPB) shares fell as the Bank of Japan (BOJ) held rates.");
    EXPECT_EQ(withoutInstrumentCodes("The net interest margin (NIM) fell as markets slid."), "The net interest margin (NIM) fell as markets slid.");
    EXPECT_EQ(withoutInstrumentCodes("Tesla (TSLA) shares fell; TSLA is down 20% this year."), "Tesla (TSLA) shares fell; TSLA is down 20% this year.");
    EXPECT_EQ(withoutInstrumentCodes("Doctors Without Borders (MSF) said the clinic was hit."), "Doctors Without Borders (MSF) said the clinic was hit.");
}

// A Turkish company's suffix "A.Ş." before the title of one of its officers goes on; before a sentence's first words it ends.
TEST(BlindRound91Test, shouldKeepATurkishCompanysSuffixBeforeAnOfficersTitle) {
    const Article a = blindTextArticle("Metro hatt\xC4\xB1 a\xC3\xA7\xC4\xB1ld\xC4\xB1\n\n\xC4\xB0zmir Metro A.\xC5\x9E. Genel M\xC3\xBC"
                                       "d\xC3\xBCr\xC3\xBC S\xC3\xB6nmez Alev, sefer say\xC4\xB1s\xC4\xB1n\xC4\xB1n artaca\xC4\x9F\xC4\xB1n\xC4\xB1 "
                                       "s\xC3\xB6yledi. \xC5\x9Eirketin ad\xC4\xB1 Ko\xC3\xA7 Holding A.\xC5\x9E. Bu y\xC4\xB1l yat\xC4\xB1r\xC4\xB1m artacak.\n");
    const std::vector<std::string> sentences = SentenceSplitter("tr")(a.blocks.back().text);
    ASSERT_EQ(sentences.size(), 3u) << blindBodyOf(a);
    EXPECT_NE(sentences[0].find("Genel M"), std::string::npos) << sentences[0];
    EXPECT_EQ(sentences[2].rfind("Bu y", 0), 0u) << sentences[2];
}

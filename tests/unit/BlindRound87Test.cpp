// Blind round 87, and round 86's findings left open: what listeners found wrong in pages and pasted texts written for
// the round, each fix beside the neighbouring case that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"

using namespace readcast;

namespace {

const std::string kFreeParagraphs =
    "<p>Two of the region's largest hospital systems plan to merge in a deal valued at about $2.3 billion, creating a network "
    "of 14 hospitals.</p><p>The systems announced the agreement early Thursday, saying the combined nonprofit would be the "
    "state's third-largest hospital operator.</p><p>The deal still needs approval from the Federal Trade Commission and "
    "is expected to close next year.</p>";

const std::string kLockedParagraphs =
    "<p>Under the agreement, the chief executive of the larger system would lead the combined group, while the other's "
    "would become board chair, and both brands would remain in place for at least the next two years.</p>"
    "<p>The systems pledged to invest $450 million over five years in rural facilities, including a new 48-bed tower "
    "and an expanded emergency department that treated about 41,500 patients last year.</p>"
    "<p>The nurses' union said it was deeply concerned about staffing and prices after the merger is complete.</p>";

std::string paywalledPage(const std::string& declaration, const std::string& style, const std::string& locked) {
    return "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
           "\"headline\":\"Hospital systems to merge\"" + declaration + "}</script><style>" + style + "</style></head><body>"
           "<article><h1>Hospital systems to merge</h1>" + kFreeParagraphs +
           "<div class=\"paywall-prompt\"><h3>Subscribe to continue reading</h3><p>You've read 3 of 3 free articles this month."
           "</p><a href=\"/subscribe\">Subscribe now</a></div>" + locked + "</article></body></html>";
}

const std::string kDeclaredLocked =
    ",\"isAccessibleForFree\":\"False\",\"hasPart\":{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":\"False\","
    "\"cssSelector\":\".paywalled-content\"}";

}  // namespace

// The paragraphs a page declares locked and hides with its own style sheet ("<style>.paywalled-content{display:none}"),
// not only with an attribute, are shown as a subscriber's browser shows them; the prompt over them is not read.
TEST(BlindRound87Test, shouldReadTheLockedPartAPageHidesWithItsStyleSheet) {
    const std::string locked = "<div class=\"paywalled-content\">" + kLockedParagraphs + "</div>";
    const Article a = blindPageArticle(paywalledPage(kDeclaredLocked, ".paywalled-content{display:none}", locked));
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("41,500 patients"), std::string::npos) << body;
    EXPECT_EQ(body.find("free articles"), std::string::npos) << body;
    EXPECT_FALSE(a.partial);
    // (Undeclared, the style sheet's word stands: the page hides it from every reader.)
    const Article undeclared = blindPageArticle(paywalledPage("", ".paywalled-content{display:none}", locked));
    EXPECT_EQ(blindBodyOf(undeclared).find("41,500 patients"), std::string::npos) << blindBodyOf(undeclared);
}

// A page that serves only the start of a story, the rest kept for subscribers, is read as far as it goes and marked
// partial: by the paywall's prompt shown on a story declared not free, or by a declared length the words read fall
// well short of. A whole story is not.
TEST(BlindRound87Test, shouldMarkAStoryThePageCutsShortForSubscribers) {
    const Article cut = blindPageArticle(paywalledPage(",\"isAccessibleForFree\":false", "", ""));
    EXPECT_TRUE(cut.partial);
    EXPECT_NE(blindBodyOf(cut).find("close next year"), std::string::npos) << blindBodyOf(cut);
    // (The prompt inside the story's box says as much without a declaration; a prompt the page hides says nothing.)
    EXPECT_TRUE(blindPageArticle(paywalledPage("", "", "")).partial);
    EXPECT_FALSE(blindPageArticle(paywalledPage(",\"isAccessibleForFree\":false", ".paywall-prompt{display:none}", "")).partial);
    // (The whole story, free, with a word count near the words read.)
    const std::string whole = paywalledPage(",\"wordCount\":190", ".paywall-prompt{display:none}", kLockedParagraphs);
    EXPECT_FALSE(blindPageArticle(whole).partial);
    std::string longer = whole;
    longer.replace(longer.find("190"), 3, "900");
    EXPECT_TRUE(blindPageArticle(longer).partial);
}

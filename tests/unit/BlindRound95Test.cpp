// Blind round 95: what listeners found wrong in AP-style local news, aggregator pages, betting and racing copy, history
// and heritage stories, gadget and car reviews, Spanish and Portuguese news and Europe's English-language outlets (and
// the last round's leftovers), each fix beside the neighbouring case that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "ingest/TableMoney.hpp"

using namespace readcast;

// A results table typed in Markdown says its magnitude once, in its corner or on the line over it, as a page's does:
// each amount is read in it, except a row of amounts per share.
TEST(BlindRound95Test, shouldReadAPipeTablesMoneyInTheMagnitudeItsCornerGives) {
    const std::string body = blindBodyOf(blindTextArticle(
        "# Results\n\nRevenue rose again in the third quarter, the company said on Tuesday.\n\n"
        "| ($ in millions, except EPS) | Q3 FY26 | Q3 FY25 |\n|---|---:|---:|\n| Revenue | $2,840 | $2,073 |\n"
        "| GAAP diluted EPS | $1.47 | $0.97 |\n\nThe shares rose 4% after hours.\n",
        "story.md"));
    EXPECT_NE(body.find("$2,840 million"), std::string::npos) << body;
    EXPECT_NE(body.find("$1.47,"), std::string::npos) << body;
    EXPECT_EQ(body.find("$1.47 million"), std::string::npos) << body;
    // (A table that names no magnitude reads its amounts as they stand.)
    const std::string plain = blindBodyOf(blindTextArticle(
        "# Prices\n\nPrices at the three shops were compared on Monday by the council.\n\n| Item | Shop A | Shop B |\n|---|---:|---:|\n"
        "| Bread | $2,840 | $2,073 |\n\nThe survey runs again in May.\n",
        "story.md"));
    EXPECT_EQ(plain.find("million"), std::string::npos) << plain;
}

TEST(BlindRound95Test, shouldKnowARowOfAmountsPerShare) {
    EXPECT_TRUE(isPerShareRow("GAAP diluted EPS"));
    EXPECT_TRUE(isPerShareRow("Dividends declared per share"));
    EXPECT_FALSE(isPerShareRow("Next steps"));
    EXPECT_EQ(tableMagnitude("(Dollars in thousands)"), "thousand");
    EXPECT_EQ(withMagnitude("$(38)", "million"), "$(38) million");
}

// A rank after an ein-word without an ending takes the gender of the noun's last part, the masculine's "-er" or the
// neuter's "-es"; a date's ordinal keeps its own.
TEST(BlindRound95Test, shouldGiveARankAfterABareDeterminerItsNounsGender) {
    EXPECT_EQ(blindSay("Kane erzielte sein 9. Saisontor.", "de"), "Kane erzielte sein neuntes Saisontor.");
    EXPECT_EQ(blindSay("Es war sein 5. Titel.", "de"), "Es war sein fünfter Titel.");
    EXPECT_EQ(blindSay("Er wurde am 3. Mai geboren.", "de"), "Er wurde am dritten Mai geboren.");
}

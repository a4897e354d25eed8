// What blind round 61 and the open findings of the rounds before it found read wrong, each with a neighbour that must
// stay as it was.
#include <gtest/gtest.h>

#include "ingest/EnglishRegion.hpp"
#include "ingest/Ingest.hpp"
#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"
#include "text/SentenceSplitter.hpp"

using namespace readcast;

namespace {

std::string say61(const std::string& text, const std::string& language = "en") {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", language, {});
    return Normalizer(language, &lexicon).normalize(text);
}

[[maybe_unused]] Article textArticle61(const std::string& text) { return ingestArticle(Input{"story.txt", text}, InputFormat::Auto); }

[[maybe_unused]] Article pageArticle61(const std::string& html) { return ingestArticle(Input{"page.html", html}, InputFormat::Auto); }

[[maybe_unused]] std::string bodyOf61(const Article& a) {
    std::string body;
    for (const Block& b : a.blocks) body += b.text + "\n";
    return body;
}

}  // namespace

// Two amounts joined by "then" or "or" that together describe a noun say their currency once, in the singular, after
// the second ("in fifty thousand then ten thousand dollar increments"); where no noun follows, each keeps its own.
TEST(BlindRound61Test, shouldSayTheCurrencyOnceForTwoAmountsBeforeANoun) {
    EXPECT_EQ(say61("Bids rose in $50,000 then $10,000 increments."), "Bids rose in fifty thousand then ten thousand dollar increments.");
    EXPECT_EQ(say61("A $10 or $20 fee is charged."), "A ten or twenty dollar fee is charged.");
    EXPECT_EQ(say61("He paid $5 or $10 to enter."), "He paid five dollars or ten dollars to enter.");
    EXPECT_EQ(say61("A free S$199 earbuds bundle."), "A free one hundred ninety-nine Singapore dollar earbuds bundle.");
}

// A code's number with a leading zero is said figure by figure ("TAK-003", "zero zero three"), not in pairs.
TEST(BlindRound61Test, shouldSayACodesLeadingZerosFigureByFigure) {
    EXPECT_EQ(say61("The vaccine TAK-003 was tested."), "The vaccine T eh K zero zero three was tested.");
    EXPECT_EQ(say61("The A3B-77 part failed."), "The A-three B seventy-seven part failed.");
    EXPECT_EQ(say61("The F-35 flew."), "The F thirty-five flew.");
}

// The tax office's documents: "Rev. Proc. 2024-40" is a Revenue Procedure, "Rev. Rul." a Revenue Ruling, and their
// numbers, as a capitalized "Notice"'s, are a year and a number ("dash"), no range; "notice 30-60 days" is one.
TEST(BlindRound61Test, shouldReadTheTaxOfficesProceduresAndRulings) {
    EXPECT_EQ(say61("See Rev. Proc. 2024-40 for details."), "See Revenue Procedure twenty twenty-four dash forty for details.");
    EXPECT_EQ(say61("It cited Rev. Rul. 99-7 today."), "It cited Revenue Ruling ninety-nine dash seven today.");
    EXPECT_EQ(say61("See Notice 2024-40."), "See Notice twenty twenty-four dash forty.");
    EXPECT_EQ(say61("Give notice 30-60 days ahead."), "Give notice thirty to sixty days ahead.");
    EXPECT_EQ(say61("The Rev. Jesse Jackson spoke."), "The Reverend Jesse Jackson spoke.");
}

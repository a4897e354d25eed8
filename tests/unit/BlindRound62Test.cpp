// What blind round 62 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "ingest/EnglishRegion.hpp"
#include "ingest/Ingest.hpp"
#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"

using namespace readcast;

namespace {

std::string say62(const std::string& text, const std::string& language = "en") {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", language, {});
    return Normalizer(language, &lexicon).normalize(text);
}

[[maybe_unused]] Article pageArticle62(const std::string& html) { return ingestArticle(Input{"page.html", html}, InputFormat::Auto); }

[[maybe_unused]] std::string bodyOf62(const Article& a) {
    std::string body;
    for (const Block& b : a.blocks) body += b.text + "\n";
    return body;
}

}  // namespace

// A Malaysian paper names its state more than its country and writes the ringgit "RM"; a Ghanaian one its cedi, once
// as "GH₵", and may write "percent" once beside "per cent": both read dates day first ("1/6/2025" is the first of June).
TEST(BlindRound62Test, shouldFindMalaysianAndGhanaianEnglish) {
    EXPECT_EQ(withEnglishRegion("en", "KUCHING: A skull found in a Sarawak cave is 37,000 years old, the Sarawak Museum said. The state "
                                      "will spend RM2.4mil on the site."),
              "en-MY");
    EXPECT_EQ(withEnglishRegion("en", "The Bank of Ghana held its rate at 28 percent as the cedi rose to GH\xE2\x82\xB5" "12.85 against the US "
                                      "dollar. Analysts in Accra said a cedi this strong cuts inflation by 2 per cent."),
              "en-GH");
    // (An American wire about Ghana, "percent" and no other spelling, stays American.)
    EXPECT_EQ(withEnglishRegion("en", "The Bank of Ghana held its rate at 28 percent as the cedi rose against the US dollar. Analysts in "
                                      "Accra said the cedi would help Ghana."),
              "en");
}

// Two figures apart a spaced dash, the second the larger, are a range where the first opens the line or a unit or the
// clause's end follows the second; a clause's dash ("rose to 40 – 12 of them children") and a score's stay pauses.
TEST(BlindRound62Test, shouldReadASpacedDashBetweenFiguresAsARangeOnlyWhereItIsOne) {
    EXPECT_EQ(say62("Prices rose 5 \xE2\x80\x93 10 percent."), "Prices rose five to ten percent.");
    EXPECT_EQ(say62("1 \xE2\x80\x93 237 100, 18% of income", "en-ZA"),
              "one to two hundred and thirty-seven thousand one hundred, eighteen percent of income");
    EXPECT_EQ(say62("The toll rose to 40 \xE2\x80\x93 12 of them children."), "The toll rose to forty, twelve of them children.");
    EXPECT_EQ(say62("Chelsea 2 \xE2\x80\x93 1 Arsenal"), "Chelsea two, one Arsenal");
    // (Amounts of a currency written as letters: the first is money when the second has money's shape.)
    EXPECT_EQ(say62("income R1 \xE2\x80\x93 R237 100, taxed", "en-ZA"),
              "income one rand to two hundred and thirty-seven thousand one hundred rand, taxed");
    EXPECT_EQ(say62("Roads R1 and R3 closed", "en-ZA"), "Roads R one and R three closed");
}

// A table whose column names its money in brackets, "Taxable income (R)", says it with each figure under it, a rate
// excepted ("18% of taxable income" under "Rate of tax (R)"), and a row of two keyed by a range of it is labelled.
TEST(BlindRound62Test, shouldSayAColumnsCurrencyWithItsFigures) {
    const Article a = pageArticle62(
        "<html><body><article><h1>Tax brackets unchanged in revised Budget</h1><p>Personal income tax brackets were not adjusted for "
        "inflation this year, the Treasury said on Wednesday.</p><table><tr><th>Taxable income (R)</th><th>Rate of tax (R)</th></tr>"
        "<tr><td>1 \xE2\x80\x93 237 100</td><td>18% of taxable income</td></tr><tr><td>237 101 \xE2\x80\x93 370 500</td><td>42 678 + 26% of "
        "taxable income above 237 100</td></tr></table><p>The threshold for taxpayers under 65 stays where it was.</p></article></body></html>");
    const std::string body = bodyOf62(a);
    EXPECT_NE(body.find("taxable income R1 \xE2\x80\x93 R237 100, 18% of taxable income\n"), std::string::npos) << body;
    EXPECT_NE(body.find("taxable income R237 101 \xE2\x80\x93 R370 500, R42 678 + 26% of taxable income above 237 100\n"), std::string::npos)
        << body;
}

// An aircraft's registration whose country prefix opens on a digit is said letter by letter, never a unit.
TEST(BlindRound62Test, shouldSpellAnAircraftsRegistration) {
    EXPECT_EQ(say62("The A350 with registration 9V-SMF landed."), "The A-three fifty with registration nine V, S M F landed.");
    EXPECT_EQ(say62("The jet (9M-MRO) vanished."), "The jet, nine M, M R O, vanished.");
    EXPECT_EQ(say62("a 12V-powered drill"), "a twelve volt-powered drill");
}

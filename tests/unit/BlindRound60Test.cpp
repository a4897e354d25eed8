// What blind rounds 59 and 60 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "ingest/Ingest.hpp"
#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"
#include "text/SentenceSplitter.hpp"

using namespace readcast;

namespace {

std::string say60(const std::string& text, const std::string& language = "en") {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", language, {});
    return Normalizer(language, &lexicon).normalize(text);
}

[[maybe_unused]] Article textArticle60(const std::string& text) { return ingestArticle(Input{"story.txt", text}, InputFormat::Auto); }

[[maybe_unused]] Article pageArticle60(const std::string& html) { return ingestArticle(Input{"page.html", html}, InputFormat::Auto); }

[[maybe_unused]] std::string bodyOf60(const Article& a) {
    std::string body;
    for (const Block& b : a.blocks) body += b.text + "\n";
    return body;
}

}  // namespace

// Round 59: science writes a rate as a unit to a negative power, "5 m s−1", "1,458 pc cm−3" (a dispersion measure,
// parsecs): said "per second", "per cubic centimeter". "4.5 pc" alone stays per cent.
TEST(BlindRound60Test, shouldReadAUnitToANegativePowerAsPer) {
    EXPECT_EQ(say60("Its DM was 1,458 pc cm\xE2\x88\x92" "3 today."),
              "Its DM was one thousand four hundred fifty-eight parsecs per cubic centimeter today.");
    EXPECT_EQ(say60("The wind was 5 m s\xE2\x88\x92" "1 at noon."), "The wind was five meters per second at noon.");
    EXPECT_EQ(say60("A flux of 3 kg m-2 s-1 was seen."), "A flux of three kilograms per square meter per second was seen.");
    EXPECT_EQ(say60("It lies 3.2 kpc away."), "It lies three point two kiloparsecs away.");
    EXPECT_EQ(say60("Profits rose 4.5 pc to \xC2\xA3" "3m."), "Profits rose four point five percent to three million pounds.");
    EXPECT_EQ(say60("Rates fell 2 pc - 3 of them agreed."), "Rates fell two percent - three of them agreed.");
}

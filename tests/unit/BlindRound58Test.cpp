// What blind rounds 57 and 58 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "ingest/Ingest.hpp"
#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"
#include "text/SentenceSplitter.hpp"

using namespace readcast;

namespace {

std::string say58(const std::string& text, const std::string& language = "en") {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", language, {});
    return Normalizer(language, &lexicon).normalize(text);
}

[[maybe_unused]] Article textArticle58(const std::string& text) { return ingestArticle(Input{"story.txt", text}, InputFormat::Auto); }

[[maybe_unused]] std::string bodyOf58(const Article& a) {
    std::string body;
    for (const Block& b : a.blocks) body += b.text + "\n";
    return body;
}

}  // namespace

// Round 57: a port's capacity in millions of containers, "1.42m TEU", is not a length; a range of millions
// written twice, "2.8m–2.9m", says "to" between them. A river's height over its datum stays in meters.
TEST(BlindRound58Test, shouldCountContainersInMillionsAndJoinARangeOfMillions) {
    EXPECT_EQ(say58("The port handled 1.42m TEU last year."), "The port handled one point four two million TEU last year.");
    EXPECT_EQ(say58("Exports hit 2.8m\xE2\x80\x93" "2.9m tonnes."), "Exports hit two point eight million to two point nine million tonnes.");
    EXPECT_EQ(say58("The river peaked at 10.6m on Sunday."), "The river peaked at ten point six meters on Sunday.");
}

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

// Round 57: a decimal power raised on a small number, "10<sup>8.6</sup>" solar masses, is a power, not "108.6";
// a note's mark on a word stays out.
TEST(BlindRound58Test, shouldRaiseADecimalPowerOnASmallNumber) {
    const Article a = ingestArticle(
        Input{"page.html", "<html><body><article><h1>Stars</h1><p>The galaxy holds 10<sup>8.6</sup> solar masses, "
                           "the survey says.<sup>3</sup> Its year 2019<sup>2.5</sup> was quiet.</p></article></body></html>"},
        InputFormat::Auto);
    const std::string body = bodyOf58(a);
    EXPECT_NE(body.find("10^8.6 solar"), std::string::npos) << body;
    EXPECT_EQ(body.find("^3"), std::string::npos) << body;
    EXPECT_EQ(body.find("2019^"), std::string::npos) << body;
}

// Round 57: a state's code of laws cited short is one sentence, named whole: "Minn. Stat. § 142D.21" is not split
// after "Minn." and its lettered section says its letter and its subsection; a title and section joined by a dash
// is no range.
TEST(BlindRound58Test, shouldReadAStatesCodeOfLawsAndItsSection) {
    const std::vector<std::string> sentences = SentenceSplitter("en")("Under Minn. Stat. \xC2\xA7 142D.21, providers must keep records. Others disagree.");
    ASSERT_EQ(sentences.size(), 2u);
    EXPECT_EQ(say58(sentences[0]), "Under Minnesota Statutes section one forty-two D point two one, providers must keep records.");
    EXPECT_EQ(say58("He was charged under Ariz. Rev. Stat. \xC2\xA7 13-1105."),
              "He was charged under Arizona Revised Statutes section thirteen dash eleven oh five.");
    EXPECT_EQ(say58("It broke Tex. Penal Code \xC2\xA7 22.01."), "It broke Texas Penal Code section twenty-two point oh one.");
    EXPECT_EQ(say58("\xC2\xA7\xC2\xA7 2-4 apply."), "sections two to four apply.");
}

// What blind round 56 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "ingest/Boilerplate.hpp"
#include "ingest/Ingest.hpp"
#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"

using namespace readcast;

namespace {

std::string sayRound56(const std::string& text, const std::string& language = "en") {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", language, {});
    return Normalizer(language, &lexicon).normalize(text);
}

Article textArticle56(const std::string& text) { return ingestArticle(Input{"story.txt", text}, InputFormat::Auto); }

std::string bodyOf56(const Article& a) {
    std::string body;
    for (const Block& b : a.blocks) body += b.text + "\n";
    return body;
}

}  // namespace

// A list's items that differ only in their figures, "• a 19-year-old man" over "• a 23-year-old man", are all read:
// none is a printed page's running head, which never repeats on the line under itself nor as an item.
TEST(BlindRound56Test, shouldReadEveryItemOfAListThatDiffersOnlyInItsFigures) {
    const std::string body = bodyOf56(textArticle56(
        "Four arrested\n\nThe following were arrested on suspicion of robbery:\n\n\xE2\x80\xA2 a 19-year-old man\n"
        "\xE2\x80\xA2 a 23-year-old man\n\xE2\x80\xA2 a 24-year-old man\n\xE2\x80\xA2 a 31-year-old man, also arrested\n\n"
        "Three have been bailed.\n"));
    for (const char* age : {"19", "23", "24", "31"}) EXPECT_NE(body.find(std::string("a ") + age + "-year-old man"), std::string::npos) << body;
    // (Items without marks, one under the other, too.)
    const std::string bare = bodyOf56(textArticle56("Arrests\n\nThose charged are:\n\nA man, 19, from Croydon\nA man, 23, from Croydon\n\nBoth deny it.\n"));
    EXPECT_NE(bare.find("A man, 23, from Croydon"), std::string::npos) << bare;
}

// A story's provenance and the page's or the email's own notes are no part of it, in whatever words they name the
// publication: a wire's "first published" tagline with any month, "Originally posted on …", a blog feed's "appeared
// first on", a comments box's rules, an email's "view it online", a text advertisement's label, a summary box's.
TEST(BlindRound56Test, shouldLeaveOutProvenanceNotesAndAnEmailsOwnLines) {
    for (const char* line : {"This report by The Canadian Press was first published May 10, 2025.", "Originally posted on Space.com.",
                             "The post TSMC's Arizona fab starts 4nm production appeared first on TechReport Daily.",
                             "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
                             "For more information, please see our Comments FAQ", "Having trouble viewing this email?", "View it online.",
                             "In Summary", "TEXT AD: Call Willie \xE2\x80\x93 +2348098788999"}) {
        EXPECT_TRUE(isBoilerplate(line)) << line;
    }
    // (The story's own words about such things stay.)
    for (const char* line : {"The novel was first published in May 1951 and sold poorly.", "The council said comments are welcome until Friday.",
                             "The summary of the report ran to 40 pages."}) {
        EXPECT_FALSE(isBoilerplate(line)) << line;
    }
}

// Blind round 86, and round 84's findings left open: what listeners found wrong in pages and pasted texts written for
// the round, each fix beside the neighbouring case that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "ingest/Boilerplate.hpp"

using namespace readcast;

namespace {

const std::string kTableLaidStory =
    "<tr><td class=\"text\">An Atlantic Crest Airbus performing flight EC-114 from Dublin to Boston with 187 passengers and 7 crew was "
    "enroute at FL350 when the crew reported smoke in the cockpit and declared Mayday.<br><br>"
    "The aircraft turned around and landed safely on Shannon's runway 24 about 36 minutes after the Mayday call, with "
    "emergency services standing by.<br><br>"
    "The airline said maintenance found a failed fan in the avionics ventilation system, which was replaced.<br><br></td></tr>";

}  // namespace

// An old page laid out in a table: the headline's row, the byline's row and the story's each a block of their own, so that
// the headline is not read again with its label ("Incident:") and the byline and date are found.
TEST(BlindRound86Test, shouldReadATableLaidPagesRowsApart) {
    const std::string page =
        "<html><head><title>Incident: Crest A21N near Shannon, smoke in cockpit</title></head><body><table><tr><td>"
        "<table><tr><td><span class=\"headline\">Incident: Crest A21N near Shannon, smoke in cockpit</span></td></tr>"
        "<tr><td><font size=\"1\">By Simon Brandt-Hollis, created Thursday, Oct 3rd 2024 21:44Z</font></td></tr>"
        "<tr><td>&nbsp;</td></tr>" + kTableLaidStory +
        "<tr><td bgcolor=\"#E8E8E8\"><font size=\"2\"><b>Reader Comments:</b> (Note: Reader comments are not moderated.) "
        "<a href=\"javascript:showComments(1)\">show comments (14)</a></font></td></tr></table></td></tr></table></body></html>";
    const Article a = blindPageArticle(page);
    EXPECT_EQ(a.title, "Crest A21N near Shannon, smoke in cockpit");
    EXPECT_EQ(a.byline, "Simon Brandt-Hollis");
    ASSERT_FALSE(a.blocks.empty());
    EXPECT_EQ(a.blocks.front().text.rfind("An Atlantic Crest Airbus", 0), 0u) << blindBodyOf(a);
    EXPECT_EQ(blindBodyOf(a).find("Incident"), std::string::npos) << blindBodyOf(a);
    EXPECT_EQ(blindBodyOf(a).find("comments"), std::string::npos) << blindBodyOf(a);
    // (A paragraph that opens on a label and says more than the title is the story's.)
    const Article kept = blindPageArticle(
        "<html><head><title>Crest A21N near Shannon</title></head><body><table><tr><td><table>"
        "<tr><td>Update: Crest A21N near Shannon returned to service on Friday after the fan was replaced.</td></tr>" +
        kTableLaidStory + "</table></td></tr></table></body></html>");
    EXPECT_NE(blindBodyOf(kept).find("returned to service"), std::string::npos) << blindBodyOf(kept);
}

// A comment widget's labels on a line of their own are the page's, not the story's.
TEST(BlindRound86Test, shouldKnowACommentWidgetsLabels) {
    EXPECT_TRUE(isBoilerplate("Reader Comments: (Note: Reader comments are not moderated.) show comments (14)"));
    EXPECT_TRUE(isBoilerplate("Show comments"));
    EXPECT_FALSE(isBoilerplate("The minister refused to show comments she had made to the committee in 2019 to the press."));
}

// A company's release as a page and as text, and a column's sections: what is the story (a lead set in
// the template's dateline box, a column's "Notes" over its own items) and what is the company's
// boilerplate (its safe harbour, its "About", its contacts, set as paragraphs in bold).

#include <gtest/gtest.h>

#include "SpokenBody.hpp"

using namespace readcast;

namespace {

std::string spoken(const Input& input) { return spokenBody(input); }

const std::string kRelease =
    "<html><head><title>Quillon Networks Reports Third Quarter Results</title></head><body><article>"
    "<h1>Quillon Networks Reports Third Quarter Results</h1>"
    "<p class='dateline'>SAN JOSE, Calif., Dec. 2, 2025 /Wire/ -- Quillon Networks, Inc., a maker of network security "
    "software, today announced financial results for its third quarter, ended October 31, 2025.</p>"
    "<p>Revenue rose eighteen percent from a year earlier, driven by new customers in Europe and by larger renewals "
    "from existing ones, the company said in its statement.</p>"
    "<p>The company raised its forecast for the full year and said it expected margins to widen further in the fourth "
    "quarter as its newest product line reaches more customers.</p>"
    "<p>Its chief executive said the quarter had been the strongest in the company's history for new customers, and that "
    "demand in Asia was growing faster than the company had planned for.</p>"
    "<p><b>Forward-Looking Statements</b></p>"
    "<p>This press release contains forward-looking statements within the meaning of the Private Securities Litigation "
    "Reform Act of 1995. Actual results may differ materially. Quillon undertakes no obligation to update them.</p>"
    "<p><b>About Quillon Networks</b></p>"
    "<p>Quillon Networks builds security software for networks. It is based in San Jose, California.</p>"
    "<p>Quillon and the Quillon logo are trademarks of Quillon Networks, Inc.</p>"
    "<p class='contacts'><b>Investor Relations Contact</b><br>Maya Okafor<br>+1 (408) 555-0187</p>"
    "</article></body></html>";

}  // namespace

TEST(ReleasePageTest, shouldReadALeadSetInTheTemplatesDatelineBox) {
    const std::string s = spoken(Input{"release.html", kRelease});
    EXPECT_NE(s.find("today announced financial results"), std::string::npos) << s;
    // (A dateline's box that holds the place and the date alone is still not read as a paragraph.)
    const std::string s2 = spoken(Input{"short.html", std::string(kRelease).replace(kRelease.find("<p class='dateline'>"), 0,
                                                                                 "<p class='dateline'>BERLIN, Dec. 2, 2025</p>")});
    EXPECT_EQ(s2.find("Berlin, December"), std::string::npos) << s2;
}

TEST(ReleasePageTest, shouldLeaveOutBoilerplateUnderHeadingsSetAsBoldParagraphs) {
    const std::string s = spoken(Input{"release.html", kRelease});
    EXPECT_NE(s.find("demand in Asia"), std::string::npos) << s;
    for (const char* part : {"Forward-Looking", "Private Securities", "About Quillon", "builds security software", "trademarks",
                             "Investor Relations", "Maya Okafor"}) {
        EXPECT_EQ(s.find(part), std::string::npos) << part << " in:\n" << s;
    }
}

TEST(ReleasePageTest, shouldLeaveOutCanadasForwardLookingInformation) {
    const std::string text =
        "Northgale Minerals Reports Second Quarter Results\n\n"
        "TSX: NGM | OTCQX: NGMLF\n\n"
        "VANCOUVER, July 29, 2026 - Northgale Minerals Inc. said on Wednesday it produced 48,312 ounces of gold in the second "
        "quarter, a record for the company, and cut its costs per ounce for the third quarter running.\n\n"
        "The company said its underground mine reached a new level three weeks ahead of plan and that drilling near the mine "
        "had found more gold than expected in a zone it had not tested before.\n\n"
        "Its chief executive said the company would spend more on drilling in the second half of the year and expected to "
        "publish a new estimate of its reserves early next year.\n\n"
        "Forward-looking Information\n\n"
        "This news release contains \"forward-looking information\" within the meaning of applicable Canadian securities laws. "
        "Readers are cautioned not to place undue reliance on forward-looking information. Northgale undertakes no obligation "
        "to update it except as required by law.\n";
    const std::string s = spoken(Input{"release.txt", text});
    EXPECT_NE(s.find("new estimate of its reserves"), std::string::npos) << s;
    EXPECT_EQ(s.find("undue reliance"), std::string::npos) << s;
    // (Nor its listings, several parted by bars.)
    EXPECT_EQ(s.find("TSX"), std::string::npos) << s;
}

TEST(ReleasePageTest, shouldReadAColumnsNotesOverItsOwnItems) {
    const std::string md =
        "# Transactions: Foxes designate Ruiz, call up Dillard\n\n"
        "The Foxes designated veteran reliever Hector Ruiz for assignment on Thursday and called up their top pitching prospect, "
        "the club announced before the game against the Herons.\n\n"
        "The move ends a difficult season for Ruiz, who signed with the club in the winter after six years with the Gulls and "
        "lost his place in the bullpen in June.\n\n"
        "## Notes\n\n"
        "- Ruiz, 34, has a 6.14 ERA in 29 innings and the Foxes have seven days to trade, release or outright him.\n"
        "- The trade deadline is 6 p.m. on Thursday, July 30, and the club is expected to look for another reliever before it.\n\n"
        "## Footnotes\n\n"
        "1. Statistics through July 15.\n";
    const std::string s = spoken(Input{"column.md", md});
    EXPECT_NE(s.find("seven days to trade"), std::string::npos) << s;
    EXPECT_NE(s.find("trade deadline"), std::string::npos) << s;
    // (Notes that are footnotes, marked or numbered, still go.)
    const std::string footnotes = std::string(md).replace(md.find("## Footnotes"), 12, "## Notes");
    EXPECT_EQ(spoken(Input{"column2.md", footnotes}).find("Statistics through"), std::string::npos);
}

// A dateline's box of stamps, bars and share buttons, however long, is not read.
TEST(ReleasePageTest, shouldLeaveOutADatelineBoxOfStampsAndButtons) {
    const std::string page = std::string(kRelease).replace(kRelease.find("<h1>"), 0,
        "<div class='article-dateline'>Published 3 March 2025, 10:45 | Updated 3 March 2025, 11:30 | 5 min read | Share on Facebook | "
        "Share on X | Share on WhatsApp | Share by email | Print this article | Copy link</div>");
    const std::string s = spoken(Input{"stamps.html", page});
    EXPECT_EQ(s.find("Share on"), std::string::npos) << s;
    EXPECT_NE(s.find("today announced financial results"), std::string::npos) << s;
}

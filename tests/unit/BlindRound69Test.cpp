// What blind round 69 found read wrong (and earlier rounds' open findings), each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"

using namespace readcast;

// A page copied whole: its menu, the headline, "2 hours ago", the buttons, the writer's name and desk, a photo's credit
// over its caption, then the story. The relative time is the byline box's line, so the headline over it is the title,
// not the caption nearer the story.
TEST(BlindRound69Test, shouldFindAPastedHeadlineOverARelativeTime) {
    const std::string page =
        "Home\nNews\nUK\nEngland\nBristol\nMan jailed for 11 years over Stokes Croft stabbing\n2 hours ago\nShare\nSave\n"
        "Jane Whitcombe\nBBC News, Bristol\nAvon and Somerset Police\nKieran Mulvaney, 34, was arrested two days after the attack\n"
        "A man who stabbed a stranger outside a Bristol bar after an argument over a spilt drink has been jailed for 11 years.\n"
        "Kieran Mulvaney, 34, of Mina Road admitted wounding with intent, contrary to section 18 of the Offences Against the "
        "Person Act 1861, at Bristol Crown Court on Friday.\n"
        "The court heard the victim, a 27-year-old man from Easton, was stabbed three times in the back on 3 March.\n";
    const Article a = blindTextArticle(page);
    EXPECT_EQ(a.title, "Man jailed for 11 years over Stokes Croft stabbing");
    EXPECT_EQ(a.byline, "Jane Whitcombe");
    const std::string body = blindBodyOf(a);
    EXPECT_EQ(body.find("hours ago"), std::string::npos) << body;
    EXPECT_EQ(body.rfind("A man who stabbed", 0), 0u) << body;
}

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

// A sportsbook's notice run on after a story's betting line goes whole, its question with its helpline; a question of the
// story's before a sentence of the story's stays.
TEST(BlindRound69Test, shouldDropAPromptsOpeningQuestionWithIt) {
    const std::string body = blindBodyOf(blindPageArticle(
        "<html><body><article><h1>Thunder favored in Game 7</h1><p>The Thunder opened as 7-point favorites at BetMGM with an over/under "
        "of 214.5 for the deciding game on Sunday night. OKC is -320 on the money line. <em>Gambling problem? Call 1-800-GAMBLER.</em>"
        "</p><p>Who wins? The coaches agree it will come down to the last five minutes of the fourth quarter in Oklahoma City.</p>"
        "</article></body></html>"));
    EXPECT_NE(body.find("OKC is -320 on the money line."), std::string::npos) << body;
    EXPECT_EQ(body.find("Gambling problem"), std::string::npos) << body;
    EXPECT_NE(body.find("Who wins? The coaches agree"), std::string::npos) << body;
}

// Two writers each linked to their own page in the printed byline are both named, though the metadata names one (with a
// title the page does not print); a page that links one writer keeps the metadata's.
TEST(BlindRound69Test, shouldNameEveryWriterLinkedInThePrintedByline) {
    const auto page = [](const std::string& declared, const std::string& byline) {
        return "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Walking study finds lower risk\","
               "\"author\":{\"@type\":\"Person\",\"name\":\"" + declared + "\"}}</script></head><body><article><header><h1>Walking study "
               "finds lower risk</h1><div class=\"byline\">By " + byline + " <span class=\"date\">July 24, 2025</span></div></header><p>Adults "
               "who walked seven thousand steps a day had a lower risk of early death than those who walked fewer, a study found.</p><p>The "
               "researchers followed the adults for ten years and counted every death among them in the records.</p></article></body></html>";
    };
    EXPECT_EQ(blindPageArticle(page("Dr. Hyun-woo Park", "<a href=\"/author/hp\">Hyun-woo Park, M.D.</a> and <a href=\"/author/em\">Eleanor "
                                                         "McBride</a>")).byline,
              "Hyun-woo Park and Eleanor McBride");
    EXPECT_EQ(blindPageArticle(page("Ma. Kristina D. Dela Cruz", "<a href=\"/author/kd\">Ma. Kristina D. Dela Cruz</a> and <a href=\"/author/"
                                                                 "jr\">Jose Emmanuel P. Reyes III</a>")).byline,
              "Ma. Kristina D. Dela Cruz and Jose Emmanuel P. Reyes III");
    EXPECT_EQ(blindPageArticle(page("Eleanor McBride", "<a href=\"/author/em\">Eleanor McBride</a>")).byline, "Eleanor McBride");
}

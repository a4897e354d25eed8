// The last guard before speech: code and serialized data are never spoken, prose always is.

#include <gtest/gtest.h>

#include "text/CodeGuard.hpp"
#include "text/ScriptBuilder.hpp"

using namespace readcast;

TEST(CodeGuardTest, shouldRecogniseScriptsDataAndMarkup) {
    const char* const code[] = {
        "var gallery = {\"id\": 12, \"title\": \"Flood\"};",
        "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}",
        "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"}",
        "[{\"src\":\"https:\\/\\/cdn.example\\/a.jpg\",\"w\":640}]",
        "document.getElementById('player').addEventListener('click', () => play());",
        "const total = items.reduce((a, b) => a + b, 0);",
        "if (x == null && y != 0) { return; }",
        "<div class=\"ad-slot\"><script src=\"/ads.js\"></script></div>",
        ".share-bar { display: flex; margin: 0 auto; }",
        "console.log ( req.method ) ; // \"GET\" console.log ( req.url ) ;",
        "let n = 5; n++; while (n--) tick();",
        "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });",
        "$('#menu').toggleClass('open');",
        "rekt: { list: [ list: [ ] ] }",
        "response.headers.get(\"Date\"); // null",
        "#include use Standard::Disclaimer; from standard import disclaimer",
        "SELECT fulltext FROM standard WHERE type = 'disclaimer';",
        "assoc_status= && next_timestamp<=time.now()",
        "def precincts(row):",
        "return int(row.get(\"Precincts Reporting\") or row[\"Precincts Counted\"])",
        "class Feed(Base):",
        // code's names before a spaced bracket
        "Serial.begin (9600); pinMode (13, OUTPUT); digitalWrite (13, HIGH);",
        "setup (); loop (); delay (1000);",
        "el.onclick = function (event) { go(event); }",
        "(function(w,d,s,l,i){w[l]=w[l]||[];})(window,document,'script','dataLayer','GTM-X');",
    };
    for (const char* c : code) EXPECT_TRUE(looksLikeCode(c)) << c;
}

TEST(CodeGuardTest, shouldLetProseThrough) {
    const char* const prose[] = {
        "The council voted 5-3 (a record) to approve the plan.",
        "Shares rose 4% to $14.75 after the report; analysts were surprised.",
        "\"We will not back down,\" she said.",
        "Temperatures will be below 5 C and above -3 C in the north.",
        "The score was 2 < 3 at half time, fans said.",
        "Alert: the road is closed between 9 a.m. and noon.",
        "He wrote in an email: \"See you at 3.\"",
        "The equation E = mc2 made Einstein famous.",
        "Request() constructor, so you may directly pass arbitrarily complex requests to fetch() as discussed below.",
        "Select from the menu; the chef chooses FROM the market WHERE possible.",
        "Prices (in euros) fell by a third; rents did not.",
        "Q&A: what the new rules mean for renters",
        "The firm's ticker, AAPL, rose; Microsoft's fell.",
        "Use the hashtag #Vote2024 and tag @cityhall.",
        "Levar a taça era um erro, disse ele.",
        "Ratings: 4/5 stars, 3/5 for value.",
        "This is the type for a Response obtained from Response.error().",
        "Use the https://example.com/path; it works.",
        "The class (of 2024) graduated, and the def. attorney objected.",
        // a function named in prose, with its initialism in brackets
        "Models with a top-heavy initial mass function (IMF) could produce the observed ratio within ~50 Myr.",
        "The wave function (psi) collapses, the paper says; the kidney function (eGFR) fell.",
        "Return to sender, he said; the parcel went back to St. Louis.",
        "The class met in room 4: she would define it (roughly) as hope.",
        // a list split by semicolons, its items' shares in brackets
        "Work will be performed in Wichita, Kansas (62%); Fort Worth, Texas (21%); St. Louis, Missouri (9%); and "
        "various locations within the continental U.S. (8%).",
        "The tour visited Paris (twice); Rome (once); and Oslo, where it ended.",
        // an accountant's negative amounts in brackets
        "Net loss was $184.7 million, or $(2.41) per share, compared with $151.2 million, or $(2.09) per share.",
    };
    for (const char* p : prose) EXPECT_FALSE(looksLikeCode(p)) << p;
}

TEST(CodeGuardTest, shouldRemoveTagResidueButNotComparisons) {
    EXPECT_EQ(withoutTagResidue("A bit of wreck</font> in the mid Atlantic."), "A bit of wreck  in the mid Atlantic.");
    EXPECT_EQ(withoutTagResidue("He said <b>no</b>."), "He said  no .");
    EXPECT_EQ(withoutTagResidue("if a < b and c > d"), "if a < b and c > d");
    EXPECT_EQ(withoutTagResidue("Under 5 <10 years"), "Under 5 <10 years");
    // A text about markup names its elements: "Single <img>", "<ul> List of <figure>" keep them.
    EXPECT_EQ(withoutTagResidue("Single <img>"), "Single <img>");
    EXPECT_EQ(withoutTagResidue("<ul> List of <figure>."), "<ul> List of <figure>.");
    EXPECT_EQ(withoutTagResidue("<p>Hello</p> world"), " Hello  world");
}

TEST(CodeGuardTest, shouldDropCodeFromTheScriptAndCountIt) {
    Article a;
    a.title = "Flood warning";
    a.blocks = {{BlockKind::Paragraph, "The river rose overnight and the mayor ordered the old town cleared before dawn. Player.init({autoplay: true, muted: 1});", 0, 0},
                {BlockKind::Paragraph, "window.ads = window.ads || []; ads.push({slot: 'top'});", 0, 0},
                {BlockKind::Paragraph, "Residents were told to leave.", 0, 0}};
    ScriptOptions o;
    o.intro = false;
    o.outro = false;
    const Script s = buildScript(a, o);
    ASSERT_EQ(s.utterances.size(), 3u);
    EXPECT_EQ(s.utterances[1].text, "The river rose overnight and the mayor ordered the old town cleared before dawn.");
    EXPECT_EQ(s.utterances[2].text, "Residents were told to leave.");
    EXPECT_EQ(s.code_passages_dropped, 2);
}

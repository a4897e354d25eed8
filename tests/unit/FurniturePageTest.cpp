// Whole pages written for these tests, one kind of furniture each: what must never be read, and what
// looks like furniture but is the story.

#include <gtest/gtest.h>

#include <algorithm>

#include "ingest/Ingest.hpp"
#include "text/ScriptBuilder.hpp"

using namespace readcast;

namespace {

const std::string kStory =
    "<p>The city council approved the new flood barrier on Tuesday, ending a decade of argument over its cost and "
    "its route along the river.</p>"
    "<p>Engineers said construction would begin in the spring and take about three years, with the first section "
    "protecting the old town by the winter after next.</p>"
    "<p>Residents who had campaigned for the barrier welcomed the vote, though some said the design still left the "
    "eastern districts exposed to the highest tides.</p>";

Article page(const std::string& body, const std::string& head = "<title>Council approves flood barrier</title>",
             const std::string& name = "page.html") {
    return ingestArticle(Input{name, "<html><head>" + head + "</head><body>" + body + "</body></html>"}, InputFormat::Auto);
}

// Everything that would be spoken from the body.
std::string spoken(const Article& a) {
    ScriptOptions o;
    o.intro = false;
    std::string out;
    for (const Utterance& u : buildScript(a, o).utterances) out += u.text + "\n";
    return out;
}

bool says(const Article& a, const std::string& text) { return spoken(a).find(text) != std::string::npos; }

}  // namespace

TEST(FurniturePageTest, shouldNeverReadScriptsTemplatesOrDataWhateverTheirType) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<script type='text/template'><div class='gallery'>{{caption}} Photo {{index}}</div></script>"
                           "<script type='text/javascript'>var gallery = {\"items\": [{\"src\": \"a.jpg\"}]};</script>"
                           "<noscript>Please enable JavaScript to view the gallery.</noscript>"
                           "<template><p>Template text that is never shown.</p></template>"
                           "<p onclick=\"track('click')\">The barrier will be tested every year.</p></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("The barrier will be tested every year."), std::string::npos);
    for (const char* code : {"{{", "gallery", "var ", "enable JavaScript", "Template text", "track("}) {
        EXPECT_EQ(s.find(code), std::string::npos) << code << " in:\n" << s;
    }
}

TEST(FurniturePageTest, shouldReadAPageByItsContentWhateverItsName) {
    const std::string html = "<!DOCTYPE html><html><head><title>Council approves flood barrier</title>"
                             "<script>window.ads = [];</script></head><body><article>" + kStory + "</article></body></html>";
    for (const char* name : {"story.md", "story.txt", "-"}) {
        const Article a = ingestArticle(Input{name, html}, InputFormat::Auto);
        EXPECT_TRUE(says(a, "The city council approved")) << name;
        EXPECT_FALSE(says(a, "window")) << name;
    }
}

TEST(FurniturePageTest, shouldReadADeclaredBodyThatHoldsMarkupWithoutItsScripts) {
    std::string body = "<p>The city council approved the new flood barrier on Tuesday after a decade of argument.</p>";
    for (int i = 0; i < 8; ++i) {
        body += "<p>Engineers said the work would take about three years and protect the old town first.</p>";
    }
    body += "<script>var player = {autoplay: true};</script>";
    // As JSON inside the page: quotes escaped, and "</" written "<\/" as pages do inside <script>.
    std::string escaped;
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '"') escaped += "\\\"";
        else if (body[i] == '/' && i > 0 && body[i - 1] == '<') escaped += "\\/";
        else escaped += body[i];
    }
    const Article a = page("<div id='app'></div>",
                           "<title>Council approves flood barrier</title><script type='application/ld+json'>"
                           "{\"@type\":\"NewsArticle\",\"headline\":\"Council approves flood barrier\",\"articleBody\":\"" +
                               escaped + "\"}</script>");
    EXPECT_TRUE(says(a, "The city council approved"));
    EXPECT_FALSE(says(a, "player")) << spoken(a);
    EXPECT_FALSE(says(a, "<p>")) << spoken(a);
}

TEST(FurniturePageTest, shouldDropPromptsDisclosuresButtonsAndLinkLabels) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory.substr(0, kStory.size() / 2) +
                           "<p>Enlarge Image</p><p>Have a tip? Let us know at tips@courier.example</p>"
                           "<p>FTC: We use income earning auto affiliate links.</p>"
                           "<p><a href='/graphic'>Graphic: Where the water rose - here</a></p>"
                           "<p>Related post: <a href='/b'>Ten years of floods</a></p>"
                           "<p>Leggi anche: <a href='/c'>La diga</a></p>" +
                           kStory.substr(kStory.size() / 2) + "</article>");
    const std::string s = spoken(a);
    for (const char* furniture : {"Enlarge", "tip", "FTC", "Graphic", "Related post", "Leggi"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
    EXPECT_NE(s.find("Residents who had campaigned"), std::string::npos);
}

TEST(FurniturePageTest, shouldDropBiosContactsAndPublisherLinesAfterTheStory) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<p>Jane Doe is a reporter covering City Hall for the Courier.</p>"
                           "<p>Follow her on Twitter at @janedoe.</p>"
                           "<p>This article originally appeared on The Riverside Times.</p>"
                           "<p>(Image: GETTY)</p>"
                           "<p>\u00A9 2026 The Courier. All rights reserved.</p></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("eastern districts"), std::string::npos);
    for (const char* furniture : {"Jane Doe", "Twitter", "originally", "GETTY", "rights"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

// House promos after the story, set all in italics with a link ("Check it out here."), are not its end;
// an italic closing line of the story itself, with no link, is.
TEST(FurniturePageTest, shouldDropItalicHousePromosWithALinkAfterTheStory) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<p><em>Reporting was supported by the River Trust.</em></p>"
                           "<p><em><strong>Weekend Reads:</strong> the Courier's best long stories, every Saturday. "
                           "Check it out <a href='/weekend'>here</a>.</em></p>"
                           "<p><em><strong>Short Fiction:</strong> new stories about the city, only on the Courier. "
                           "<a href='/fiction'>Here</a>.</em></p></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("River Trust"), std::string::npos) << s;
    for (const char* furniture : {"Weekend Reads", "Check it out", "Short Fiction", "Here."}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

// The kicker over the headline names the section or the genre; the standfirst under it is read.
TEST(FurniturePageTest, shouldNotReadTheKickerOverTheHeadline) {
    const Article a = page("<article><header><h4 class='upperdek'>City &amp; Region —</h4>"
                           "<h1>Council approves flood barrier</h1><h2>A decade of argument ends.</h2></header>" +
                           kStory + "</article>");
    const std::string s = spoken(a);
    EXPECT_EQ(s.find("Region"), std::string::npos) << s;
    EXPECT_NE(s.find("A decade of argument ends."), std::string::npos) << s;
}

// A line that introduces a video ("Podívejte se na …:", "Watch:") goes with the video, which is not
// read; a line that introduces a quoted post that is read stays.
TEST(FurniturePageTest, shouldLeaveOutTheLineThatIntroducesAVideo) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<p><em>Podívejte se na záznam jednání rady:</em></p>"
                           "<div class='embed'><iframe src='https://video.example/v/1'></iframe></div>"
                           "<p>The mayor said on Twitter:</p><blockquote class='twitter-tweet'><p>A great day for "
                           "the river and for the town.</p>— Mayor Lee (@mayorlee) May 3, 2026</blockquote>"
                           "<p>Work on the first section starts in April, weather permitting.</p></article>");
    const std::string s = spoken(a);
    EXPECT_EQ(s.find("Podívejte"), std::string::npos) << s;
    EXPECT_NE(s.find("The mayor said on Twitter"), std::string::npos) << s;
    EXPECT_NE(s.find("Mayor Lee wrote: A great day"), std::string::npos) << s;
    EXPECT_NE(s.find("weather permitting"), std::string::npos) << s;
}

// A wiki's section headings carry an "[edit]" link, and its closing sections list citations and links:
// the headings are read without their controls, the lists not at all.
TEST(FurniturePageTest, shouldReadWikiHeadingsWithoutTheirEditLinksAndLeaveOutReferenceSections) {
    const Article a = page("<div id='content'><h1>Flood barrier</h1>" + kStory +
                           "<h2><span class='mw-headline'>History</span><span class='mw-editsection'>[<a "
                           "href='/w/index.php?title=Flood&amp;action=edit&amp;section=1'>edit</a>]</span></h2>" + kStory +
                           "<h2 id='refs'>References <a class='headerlink' href='#refs'>¶</a></h2><ol><li>Smith, J. "
                           "(2020). The river. Retrieved 1 May 2021.</li><li>Council minutes, 3 June 2019.</li></ol>"
                           "<h2>External links</h2><ul><li><a href='https://example.org'>Flood barrier project site</a></li>"
                           "</ul></div>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("History.\n"), std::string::npos) << s;
    for (const char* furniture : {"edit", "References", "Retrieved", "minutes", "External", "project site"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

// A pull quote that repeats the body is left out; one whose words are nowhere else is part of the story.
TEST(FurniturePageTest, shouldReadAPullQuoteOnlyWhereItDoesNotRepeatTheBody) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<p class='graf--pullquote'>The river decides, not the council, and it always has, said one "
                           "of the engineers.</p>"
                           "<aside class='pull-quote'>ending a decade of argument over its cost and its route</aside>"
                           "<div class='pullquote'><p>ending a decade of argument over its cost and its route along the "
                           "river</p></div></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("The river decides"), std::string::npos) << s;
    std::size_t repeats = 0;
    for (std::size_t at = s.find("ending a decade of argument"); at != std::string::npos; at = s.find("ending a decade of argument", at + 1)) ++repeats;
    EXPECT_EQ(repeats, 1u) << s;
}

// A linked item in a list of plain items is one of them; a paragraph that is one link is a teaser.
TEST(FurniturePageTest, shouldKeepALinkedItemOfAPlainListButNotALinkTeaser) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<p>Residents asked three questions:</p><ul><li>How high will the wall be?</li>"
                           "<li><a href='/where'>Where will the pumps go</a>?</li><li>Who pays for it?</li></ul>"
                           "<p><a href='/other'>Read: the last flood, ten years on</a></p></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("Where will the pumps go?"), std::string::npos) << s;
    EXPECT_EQ(s.find("ten years on"), std::string::npos) << s;
}

// Linked items that open a list of written ones are among them; a sub-list of links under a written item
// that ends with a colon is what that item introduces; a list of links under a paragraph is a teaser list.
TEST(FurniturePageTest, shouldKeepLinkedItemsOfAWrittenListAndTheSubListAnItemIntroduces) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<h2>What changes</h2><ul><li><a href='/a'>Here is the full plan for the barrier!</a></li>"
                           "<li><a href='/b'>Here is the map of its route!</a></li>"
                           "<li>The riverside path closes for two summers while the foundations are laid.</li>"
                           "<li>Bus routes along the embankment move one street inland from March.</li>"
                           "<li>Still under discussion:<ul><li><a href='/c'>Motion 14: compensation for the boatyards</a></li>"
                           "<li><a href='/d'>Motion 15: a second pumping station upstream</a></li></ul></li>"
                           "<li>The council meets again in June to settle the last details.</li></ul>"
                           "<p>More on the river:</p><ul><li><a href='/e'>Ten years of floods in pictures</a></li>"
                           "<li><a href='/f'>The boatyards that built the town</a></li></ul></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("full plan for the barrier"), std::string::npos) << s;
    EXPECT_NE(s.find("map of its route"), std::string::npos) << s;
    EXPECT_NE(s.find("compensation for the boatyards"), std::string::npos) << s;
    EXPECT_NE(s.find("second pumping station"), std::string::npos) << s;
    EXPECT_EQ(s.find("floods in pictures"), std::string::npos) << s;
    EXPECT_EQ(s.find("built the town"), std::string::npos) << s;
}

// A slideshow's text is its photos' captions, whatever its markup: an h1 and a description in a carousel.
TEST(FurniturePageTest, shouldNotReadASlideshowsCaptions) {
    const Article a = page("<article><h1>Council approves flood barrier</h1><div class='slideshow-carousel'><ul><li>"
                           "<figure><img src='a.jpg' alt='The river at dawn'></figure></li></ul><div>1 / 5</div>"
                           "<h1 class='slideshow-headline'>In this photo the river rises over the old quay on Tuesday.</h1>"
                           "<div class='slideshow-description'>In this photo the river rises over the old quay on Tuesday, "
                           "while residents watch from the bridge. (Jane Roe/Agency photo)</div></div>" + kStory + "</article>");
    const std::string s = spoken(a);
    EXPECT_EQ(s.find("old quay"), std::string::npos) << s;
    EXPECT_EQ(s.find("Jane Roe"), std::string::npos) << s;
    EXPECT_NE(s.find("eastern districts"), std::string::npos) << s;
}

// Credits under pictures, in the forms blogs and magazines write them; a sentence that opens like one is
// the story's.
TEST(FurniturePageTest, shouldNotReadCreditsUnderPictures) {
    const Article a = page("<article><h1>Council approves flood barrier</h1><figure><img src='a.jpg'></figure>"
                           "<p>(<a href='/a'><em>Artist: Jane Roe</em></a>)</p>" + kStory +
                           "<p><img src='b.jpg'><br><em>Portrait by <a href='/p'>Tom Okafor</a></em></p>"
                           "<p>(Source: City archive)</p><p>All photos: River Trust staff</p>"
                           "<p>Source: the council's own figures, which show the barrier costing twice the first estimate.</p>"
                           "<p>All photos of the flooding were later deleted by the council.</p>"
                           "<p>Artwork by Banksy appeared on the flood wall overnight.</p>"
                           "</article>");
    const std::string s = spoken(a);
    EXPECT_EQ(s.find("Jane Roe"), std::string::npos) << s;
    EXPECT_EQ(s.find("Tom Okafor"), std::string::npos) << s;
    EXPECT_EQ(s.find("City archive"), std::string::npos) << s;
    EXPECT_EQ(s.find("River Trust"), std::string::npos) << s;
    EXPECT_NE(s.find("twice the first estimate"), std::string::npos) << s;
    EXPECT_NE(s.find("later deleted by the council"), std::string::npos) << s;
    EXPECT_NE(s.find("appeared on the flood wall"), std::string::npos) << s;
    EXPECT_NE(s.find("eastern districts"), std::string::npos) << s;
}

// A paragraph that is one "javascript:" link (a note that opens in place) is the page's own text, not a
// teaser for another page.
TEST(FurniturePageTest, shouldReadAParagraphThatIsOneLinkToAScript) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<p><a href='javascript:void(0)' onclick='note(3)'>He silently retired into his hermitage.</a></p>"
                           "<p>The vote was close, and the mayor cast the deciding ballot after midnight.</p>"
                           "<p><a href='/other'>Read: the last flood, ten years on</a></p></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("silently retired"), std::string::npos) << s;
    EXPECT_EQ(s.find("ten years on"), std::string::npos) << s;
}

// A link's label for screen readers is not read into the sentence.
TEST(FurniturePageTest, shouldNotReadALinksScreenReaderLabel) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<p>The engineers <a href='https://example.com/report' title='Opens a new window'>said<span "
                           "class='external-link-icon'>Opens a new window</span></a> the work would start in spring, "
                           "and the <a href='https://example.com/map'>map<i class='icon-arrow'>(external)</i></a> shows the route.</p></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("The engineers said the work would start in spring, and the map shows the route."), std::string::npos) << s;
}

// A link-out that closes an excerpt ("[…] Read the full review on …") is not read; a linked sentence of
// the story is; a block inside a link after a sentence leaves the sentence before it whole.
TEST(FurniturePageTest, shouldNotReadALinkOutThatClosesAnExcerpt) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<p>The critics were divided over the design and its cost to the eastern districts [\u2026]&#160;"
                           "<a href='https://example.com/review'>Read the full review by Jane Roe on Example.com</a></p>"
                           "<p>The barrier will be the largest on the river. <a href='https://example.com/more'>See the plans "
                           "at the town hall</a></p>"
                           "<p>After the vote, <a href='https://example.com/news'>the mayor thanked the residents.</a></p>"
                           "<p>The work starts in spring. <a href='https://example.com/x'><div>The route runs along the old quay "
                           "and past the station.</div></a></p></article>");
    const std::string s = spoken(a);
    EXPECT_EQ(s.find("full review"), std::string::npos) << s;
    EXPECT_EQ(s.find("See the plans"), std::string::npos) << s;
    EXPECT_NE(s.find("its cost to the eastern districts"), std::string::npos) << s;
    EXPECT_NE(s.find("largest on the river"), std::string::npos) << s;
    EXPECT_NE(s.find("the mayor thanked the residents"), std::string::npos) << s;
    EXPECT_NE(s.find("The work starts in spring."), std::string::npos) << s;
}

// The writer's initials or name in brackets after a paragraph's last sentence sign it; a bracket that is
// part of the sentence stays.
TEST(FurniturePageTest, shouldNotReadTheSignatureThatClosesAParagraph) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<p>The documentary follows the engineers through three winters on the river. (A.H.)</p>"
                           "<p>It is shown again on Friday and Sunday evenings. (Jane Roe)</p>"
                           "<p>The plan was drawn up by the river authority (the Environment Agency).</p></article>");
    const std::string s = spoken(a);
    EXPECT_EQ(s.find("A.H"), std::string::npos) << s;
    EXPECT_EQ(s.find("Jane Roe"), std::string::npos) << s;
    EXPECT_NE(s.find("three winters on the river."), std::string::npos) << s;
    EXPECT_NE(s.find("Environment Agency"), std::string::npos) << s;
}

// A bio that names its author by first name only, as many blogs sign off: known from the byline.
TEST(FurniturePageTest, shouldDropABioAfterTheStoryThatOpensWithTheBylinesName) {
    const std::string story = "<article><h1>Council approves flood barrier</h1>" + kStory;
    const Article a = page(story + "<p>Marisol has been fascinated by rivers since she first saw the Thames flood "
                                   "its banks. She spent several years at an engineering firm before turning to journalism.</p></article>",
                           "<title>Council approves flood barrier</title><meta name='author' content='Marisol Ventura'>");
    EXPECT_EQ(a.byline, "Marisol Ventura");
    EXPECT_TRUE(says(a, "eastern districts"));
    EXPECT_FALSE(says(a, "fascinated by rivers")) << spoken(a);
    // The same paragraph under another author's byline, or inside the story, is the story's.
    const Article other = page(story + "<p>Marisol has been fascinated by rivers since she first saw the Thames flood "
                                       "its banks, and now leads the residents' campaign.</p></article>",
                               "<title>Council approves flood barrier</title><meta name='author' content='Tom Okafor'>");
    EXPECT_TRUE(says(other, "fascinated by rivers")) << spoken(other);
    const Article inside = page("<article><h1>Council approves flood barrier</h1><p>Ventura has covered the barrier "
                                "debate for years, she said, and the vote surprised her.</p>" + kStory + "</article>",
                                "<title>Council approves flood barrier</title><meta name='author' content='Marisol Ventura'>");
    EXPECT_TRUE(says(inside, "Ventura has covered the barrier")) << spoken(inside);
}

// A standfirst that holds its summary and the feature's credits in paragraphs of their own: the
// summary is read first, the credits never.
TEST(FurniturePageTest, shouldReadAStandfirstsSummaryButNotItsCreditLine) {
    const Article a = page("<header><h1>Council approves flood barrier</h1><div class='article-standfirst'>"
                           "<p>A decade of argument ends with a vote, and a river town waits for its wall</p>"
                           "<p>by <a rel='author' href='/profile/jd'>Jane Doe</a> (reporting) and Sam Roe (photography)</p>"
                           "</div></header><article>" + kStory + "</article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("A decade of argument ends with a vote"), std::string::npos) << s;
    // The standfirst's class names the article too: the story is still the body.
    ASSERT_NE(s.find("eastern districts"), std::string::npos) << s;
    EXPECT_LT(s.find("A decade of argument"), s.find("The city council approved")) << s;
    EXPECT_EQ(s.find("photography"), std::string::npos) << s;
    EXPECT_EQ(s.find("reporting"), std::string::npos) << s;
}

TEST(FurniturePageTest, shouldDropACompanyBoilerplateSectionAndFootnotes) {
    const Article a = page("<article><h1>Acme opens a plant</h1>" + kStory +
                           "<h2>About Acme Corp.</h2><p>Acme Corp. is a leading provider of flood defences in forty "
                           "countries, with offices in Rotterdam and Hamburg.</p>"
                           "<h2>Media contact</h2><p>press@acme.example</p>"
                           "<h2>Footnotes</h2><ol><li>Figures from the 2025 annual report.</li></ol></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("eastern districts"), std::string::npos);
    for (const char* furniture : {"About Acme", "leading provider", "Media contact", "Footnotes", "annual report"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

TEST(FurniturePageTest, shouldDropTeasersForOtherStoriesButKeepARoundupsOwnItems) {
    const Article teasers = page(
        "<article><h1>Council approves flood barrier</h1>" + kStory +
        "<h3><a href='/x'>Storm closes the harbour</a></h3><p>Ferries were cancelled.</p>"
        "<h3><a href='/y'>Tram line opens</a></h3><p>The first trams ran on Monday.</p>"
        "<h3><a href='/z'>Library saved</a></h3></article>");
    const std::string s = spoken(teasers);
    EXPECT_NE(s.find("eastern districts"), std::string::npos);
    for (const char* teaser : {"harbour", "Ferries", "Tram", "Library"}) EXPECT_EQ(s.find(teaser), std::string::npos) << teaser;

    // A deals roundup: each item links to a shop, and its own write-up and price stay.
    std::string items;
    for (const char* item : {"Rain boots", "Umbrella", "Sandbags"}) {
        items += std::string("<h3><a href='https://shop.example/") + item + "'>" + item + " ($30)</a></h3>"
                 "<p>We tested these through a wet month of fieldwork, and they kept us dry, comfortable and cheerful "
                 "when everything else in the kit had given up, which is more than we can say for most of the rivals "
                 "we tried over the same weeks.</p><p>$30 at Riverside Outfitters</p>";
    }
    const Article roundup = page("<article><h1>Best flood gear</h1>" + kStory + items + "</article>");
    const std::string r = spoken(roundup);
    for (const char* kept : {"Rain boots", "Umbrella", "Sandbags", "Riverside Outfitters"}) {
        EXPECT_NE(r.find(kept), std::string::npos) << kept << " missing from:\n" << r;
    }
}

TEST(FurniturePageTest, shouldReadAnIntroducedPostAsAQuoteAndDropOneThatIsNot) {
    const std::string tweet = "<blockquote class='twitter-tweet'><p>The barrier is a win for the whole river.</p>"
                              "&mdash; Mayor Ana Ruiz (@anaruiz) <a href='#'>May 3, 2026</a></blockquote>";
    const Article introduced = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                                    "<p>The mayor wrote on Twitter:</p>" + tweet + "</article>");
    EXPECT_TRUE(says(introduced, "Mayor Ana Ruiz wrote: The barrier is a win for the whole river.")) << spoken(introduced);
    // A post the story embeds without a word is read too where it is signed, as its author's; one that names nobody is not.
    const Article embedded = page("<article><h1>Council approves flood barrier</h1>" + kStory + tweet + "</article>");
    EXPECT_TRUE(says(embedded, "Mayor Ana Ruiz wrote: The barrier is a win for the whole river.")) << spoken(embedded);
    const Article unsigned_ = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                                   "<blockquote class='twitter-tweet'><p>The barrier is a win for the whole river.</p></blockquote></article>");
    EXPECT_FALSE(says(unsigned_, "win for the whole river")) << spoken(unsigned_);
    // In the page's language: an Italian page says "ha scritto".
    const Article italian = ingestArticle(Input{"page.html", "<html lang='it-IT'><head><title>Barriera</title></head><body><article>"
                                                             "<h1>Barriera</h1>" + kStory + "<p>Il sindaco ha scritto su X:</p>" + tweet +
                                                             "</article></body></html>"},
                                          InputFormat::Auto);
    EXPECT_TRUE(says(italian, "Mayor Ana Ruiz ha scritto: The barrier")) << spoken(italian);
    // The line that introduces a post in the block the post is set in, between two blocks of the story:
    // both are read, and the hashtags the post ends on are not.
    const Article block = page("<article><h1>Council approves flood barrier</h1><div class='story-element story-text'>" + kStory +
                               "</div><div class='story-element story-jsembed'><p>In a Facebook post shortly after noon, the "
                               "council announced:</p><div class='fb-post'><blockquote><p>ADVISORY: The riverside car park closes "
                               "on Friday. #FloodWatch #Riverton</p>Posted by <a href='#'>Riverton Council</a> on <a href='#'>"
                               "Wednesday</a></blockquote></div></div><div class='story-element story-text'><p>Work on the barrier "
                               "starts in the spring and should take two years, the council said.</p></div></article>");
    const std::string b = spoken(block);
    EXPECT_TRUE(says(block, "the council announced:")) << b;
    EXPECT_TRUE(says(block, "ADVISORY: The riverside car park closes on Friday.")) << b;
    EXPECT_EQ(b.find("FloodWatch"), std::string::npos) << b;
}

TEST(FurniturePageTest, shouldKeepStoryTextThatSoundsLikeFurniture) {
    const Article a = page("<article><h1>Residents told to sign up for alerts</h1>" + kStory +
                           "<h2>Sign up for flood alerts before the winter</h2>"
                           "<p>The council urged every household to register for text alerts, and said more than "
                           "twelve thousand people had already done so since the spring.</p>"
                           "<ol><li>Sign up for text alerts on the council's website.</li>"
                           "<li>Keep sandbags ready by the front door.</li></ol></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("Sign up for flood alerts before the winter"), std::string::npos) << s;
    EXPECT_NE(s.find("Sign up for text alerts on the council's website."), std::string::npos) << s;
    EXPECT_NE(s.find("Keep sandbags ready"), std::string::npos) << s;
}

// Words that name interface pages ("terms of service", "privacy policy") inside a sentence of the
// story are the story; alone on a short line they are links.
TEST(FurniturePageTest, shouldKeepASentenceThatMentionsTermsOfServiceButNotTheLink) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<p>Are those of us who never agreed to the council's terms of service simply fair game for its cameras?</p>"
                           "<p>The council changed its privacy policy last year to let contractors see more of the data.</p>"
                           "<p>More on the barrier follows next week.</p></article>"
                           "<footer><p>Terms of Service | Privacy Policy</p></footer>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("simply fair game"), std::string::npos) << s;
    EXPECT_NE(s.find("changed its privacy policy"), std::string::npos) << s;
    EXPECT_EQ(s.find("Terms of Service"), std::string::npos) << s;
    const Article links = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                               "<p>Privacy policy</p><p>Click here to read the full report</p></article>");
    EXPECT_EQ(spoken(links).find("Privacy"), std::string::npos) << spoken(links);
    EXPECT_EQ(spoken(links).find("Click here"), std::string::npos) << spoken(links);
}

// The title set again over two headings above the body is not read twice; a wire story's closing
// "contributed to this report" is not read either.
TEST(FurniturePageTest, shouldNotReadATitleSplitOverHeadingsOrAContributorLine) {
    const auto count = [](const std::string& s, const std::string& part) {
        std::size_t n = 0;
        for (std::size_t at = s.find(part); at != std::string::npos; at = s.find(part, at + 1)) ++n;
        return n;
    };
    const Article a = page("<article><h2>The council approves</h2><h4>a flood barrier at last</h4>" + kStory +
                           "<p>Sam Roe contributed to this report.</p></article>",
                           "<title>The council approves a flood barrier at last</title>");
    const std::string s = spoken(a);
    EXPECT_EQ(count(s, "council approves"), 1u) << s;  // the title, once
    EXPECT_EQ(count(s, "flood barrier at last"), 1u) << s;
    EXPECT_EQ(s.find("contributed"), std::string::npos) << s;
    EXPECT_NE(s.find("eastern districts"), std::string::npos) << s;
    // A subhead inside the story that shares words with the title stays.
    const Article sub = page("<article><h1>The council approves a flood barrier at last</h1>" + kStory +
                             "<h2>A flood barrier</h2><p>The barrier will be tested every year by the city's engineers.</p></article>",
                             "<title>The council approves a flood barrier at last</title>");
    EXPECT_NE(spoken(sub).find("A flood barrier."), std::string::npos) << spoken(sub);
}

// Standfirsts by the names other languages give them, or by schema.org's itemprop, are read first.
TEST(FurniturePageTest, shouldReadAStandfirstWhateverTheLanguageNamesIt) {
    for (const std::string summary : {"<div class='article__perex'>", "<p class='bajada'>", "<p itemprop='description'>"}) {
        const std::string close = summary[1] == 'd' ? "</div>" : "</p>";
        const Article a = page("<header><h1>Council approves flood barrier</h1>" + summary +
                               "A decade of argument ends with a vote, and a river town waits for its wall" + close +
                               "</header><article>" + kStory + "</article>");
        const std::string s = spoken(a);
        EXPECT_NE(s.find("A decade of argument"), std::string::npos) << summary << "\n" << s;
        EXPECT_LT(s.find("A decade of argument"), s.find("The city council approved")) << s;
    }
}

// Found by a listener on real pages: a date element at the top of the body, a syndication note, the
// editor's initials closing a German story, and author bios in Spanish.
TEST(FurniturePageTest, shouldDropDateLinesReprintNotesEditorsInitialsAndBiosInOtherLanguages) {
    const Article a = page("<article><h1>Council approves flood barrier</h1><p>22 Dec, 2016 22 Dec, 2016</p>" + kStory +
                           "<p>This article was reprinted on Example.com.</p></article>");
    const std::string s = spoken(a);
    EXPECT_EQ(s.find("Dec"), std::string::npos) << s;
    EXPECT_EQ(s.find("reprinted"), std::string::npos) << s;

    const Article de = page("<article><h1>Neue Version</h1><p>Die neue Version des Programms ist ab sofort erh\u00e4ltlich und "
                            "bringt zahlreiche Verbesserungen f\u00fcr Nutzer mit.</p><p>Sie kostet knapp 50 Euro und setzt "
                            "mindestens die vorletzte Version des Betriebssystems voraus. (bsc)</p></article>",
                            "<title>Neue Version</title>");
    EXPECT_EQ(spoken(de).find("(bsc)"), std::string::npos) << spoken(de);
    EXPECT_NE(spoken(de).find("Betriebssystems voraus."), std::string::npos) << spoken(de);

    const Article es = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                            "<p>Andr\u00e9s Malamud es polit\u00f3logo e investigador en la Universidad de Lisboa.</p>"
                            "<p>Mart\u00edn Schapiro es abogado y analista internacional</p></article>");
    EXPECT_EQ(spoken(es).find("Malamud"), std::string::npos) << spoken(es);
    EXPECT_EQ(spoken(es).find("Schapiro"), std::string::npos) << spoken(es);
    // "(sic)" closing a quotation is the story's.
    const Article sic = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                             "<p>The sign at the town hall read: \"Flood barier approved.\" (sic)</p></article>");
    EXPECT_NE(spoken(sic).find("sic"), std::string::npos) << spoken(sic);
}

// A story told in list items, the first a sentence over its picture: the item is the story's first
// sentence, whatever its class says of captions ("no_caption" means it has none), though the items
// of text score far higher than it.
TEST(FurniturePageTest, shouldReadTheOpeningItemOfAStoryToldInListItems) {
    const std::string item = R"(<div class="list_item list_item_image list_item_wide image_hit no_caption " id="item_1">)"
        R"(<h2>A woman who waited a decade for the flood barrier says the vote came just in time for her street.</h2>)"
        R"(<div class="sub_content"><img src="a.jpg" class="bf_dom" alt="A woman who waited a decade for the flood barrier )"
        R"(says the vote came just in time for her street." height="422" width="625"/>)"
        R"(<div class="pinit"><a class="pin share" href="javascript:;"><span class="icon"></span></a></div>)"
        R"(<p class="print"><a href="a.jpg" rel="nofollow"><b>View this image</b></a></p></div>)"
        R"(<p class="article_caption_w_attr"><span class="source_via attribution attr_no_caption">City Council</span></p></div>)";
    const Article a = page(R"(<div data-print="body"><div id="items" class="c list_article list_show">)" + item +
                           R"(<div class="list_item list_item_text list_item_wide " id="item_2">)" + kStory +
                           R"(<p>"It is a start," one of them said.</p>)"
                           R"(<p>Work on the first section is expected to start in March, the council said.</p></div></div></div>)",
                           "<title>Student Dies</title>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("just in time for her street"), std::string::npos) << s;
    EXPECT_LT(s.find("just in time for her street"), s.find("Engineers said")) << s;
    EXPECT_EQ(s.find("City Council"), std::string::npos) << s;
}

TEST(FurniturePageTest, shouldTakeTheDateFromAPortalTimestampAndNotReadIt) {
    const Article a = ingestArticle(
        Input{"ko.txt", "\uD64D\uC218 \uBC29\uC81C \uC2B9\uC778\n"
                        "\uAE30\uC0AC\uC785\uB825 :[ 2018-08-25 15:24 ]\n"
                        "\uC2DC\uC758\uD68C\uAC00 \uD654\uC694\uC77C \uC0C8 \uD64D\uC218 \uBC29\uC81C\uB97C "
                        "\uC2B9\uC778\uD588\uB2E4. \uACF5\uC0AC\uB294 \uBD04\uC5D0 \uC2DC\uC791\uB41C\uB2E4.\n"},
        InputFormat::Text);
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->iso(), "2018-08-25T15:24");
    EXPECT_EQ(spoken(a).find("2018"), std::string::npos) << spoken(a);
}

TEST(FurniturePageTest, shouldFallBackToWhatThePageMarksAsItsBodyBeforeGivingUp) {
    // A short story in a wrapper whose classes look like furniture, marked as the article's body.
    const Article marked = page("<div class='comment-thread sidebar-widget'><div itemprop='articleBody'>"
                                "<p>The barrier vote passed.</p><p>Work starts in spring.</p></div></div>");
    EXPECT_TRUE(says(marked, "The barrier vote passed.")) << spoken(marked);
    // A page that shows nothing but declares a short body in JSON-LD.
    const Article declared = page("<div id='root'></div>",
                                  "<title>Council approves flood barrier</title><script type='application/ld+json'>"
                                  "{\"@type\":\"NewsArticle\",\"headline\":\"Council approves flood barrier\","
                                  "\"articleBody\":\"The barrier vote passed.\\nWork starts in spring.\"}</script>");
    EXPECT_TRUE(says(declared, "Work starts in spring.")) << spoken(declared);
}

// Metered sites wrap the story's own paragraphs in a class naming who may read them; a sign-up prompt
// with the same word in its class is still left out.
TEST(FurniturePageTest, shouldReadParagraphsWrappedInAClassThatNamesTheirReaders) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>"
                           "<div class='members-only'><p>The city council approved the new flood barrier on Tuesday, "
                           "ending a decade of argument over its cost and its route along the river.</p>"
                           "<p>Engineers said construction would begin in the spring and take about three years, with "
                           "the first section protecting the old town by the winter after next.</p></div>"
                           "<div class='ad-slot'>Advertisement</div>"
                           "<div class='members-only'><p>Residents who had campaigned for the barrier welcomed the vote, "
                           "though some said the design still left the eastern districts exposed.</p></div>"
                           "<div class='paywall-prompt'><p>Subscribe to keep reading. <a href='/s'>Log in</a></p></div>"
                           "</article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("ending a decade of argument"), std::string::npos) << s;
    EXPECT_NE(s.find("first section"), std::string::npos) << s;
    EXPECT_EQ(s.find("keep reading"), std::string::npos) << s;
}

// A gallery's slides, however the page names them (a data-component, the roles it gives screen readers),
// and a blog's caption table are captions; after the story, its sources, notes to editors, a media
// contact, a prompt to report a mistake and a bookshop's box are not read.
TEST(FurniturePageTest, shouldNotReadGallerySlidesSourcesNotesToEditorsOrFeedbackPrompts) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<div data-component='Gallery'><div>Gallery: the river in flood</div><div role='group' "
                           "aria-roledescription='slide' aria-label='1 of 2'><img src='1.jpg' alt=''><p>Water over the quay "
                           "wall in March</p></div></div><table class='tr-caption-container'><tr><td><img src='2.jpg'></td></tr>"
                           "<tr><td class='tr-caption'>Sandbags stacked by the mill</td></tr></table>"
                           "<p>Work on the barrier is expected to finish before the winter after next, the council said.</p>"
                           "<div class='book-box'><p>The River Years by Ann Holt is out now. To support our reporting, order "
                           "your copy from our bookshop. Delivery charges may apply.</p></div>"
                           "<section class='sources'><h3>Our sources</h3><ul><li>Council minutes, March 4</li><li>Interview "
                           "with the city engineer</li></ul></section><h3>Notes to editors</h3><ol><li>The barrier is 2.4 km "
                           "long.</li></ol><p>Media contact: Ruth Adeyemi, press office, 01632 960 123</p>"
                           "<p class='article__feedback'>Spotted an error in this article? <a href='/x'>Tell us</a></p>"
                           "<div class='c-poll__question'>POLL: Should the towpath stay open?</div><p>/rmc</p>"
                           "<p><em>Have a story? Contact Ann Holt at ann.holt@example.com</em></p></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("before the winter after next, the council said."), std::string::npos) << s;
    for (const char* furniture : {"Gallery", "quay wall", "Sandbags", "River Years", "bookshop", "Our sources", "minutes",
                                  "Notes to editors", "kilometers long", "Media contact", "Spotted", "POLL", "rmc", "Have a story"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

// A story's strip of byline, dates and reading time, named the BEM way ("article__meta"): its byline is
// the byline, and none of it is read.
TEST(FurniturePageTest, shouldNotReadAMetaStripNamedTheBemWay) {
    const Article a = page("<article><h1>Council approves flood barrier</h1><div class='article__meta'><span class='article__author'>"
                           "Par <a href='/a/jo'>Jo Marsh</a></span><span class='article__dates'><time datetime='2025-03-14'>Le "
                           "14/03/2025 \xC3\xA0 18:05</time> <span class='article__updated'>Mis \xC3\xA0 jour le 15/03/2025 \xC3\xA0 "
                           "07:30</span></span><span class='article__readtime'>Temps de lecture : 3 min</span></div>" + kStory + "</article>");
    EXPECT_EQ(a.byline, "Jo Marsh");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("The city council approved"), std::string::npos) << s;
    for (const char* furniture : {"Jo Marsh", "Mis \xC3\xA0 jour", "Temps", "18:05"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

// Two ways a whole story was lost: a post and its comment form in one wrapper (the wrapper was left out
// with the form), and a story written as text and line breaks, an advertisement's div among it, inside a
// wrapper whose class says "sidebar".
TEST(FurniturePageTest, shouldReadAPostBesideItsCommentFormAndAStoryOfLineBreaksInASidebarClass) {
    const Article post = page("<div class='page'><div class='blog-post'><h1>Council approves flood barrier</h1><div class='post-body'>" +
                              kStory + "</div><div class='comments'><h4>Be the first to comment</h4><form class='comment-form'>"
                              "<textarea></textarea><button>Comment</button></form></div></div></div>");
    EXPECT_TRUE(says(post, "The city council approved the new flood barrier")) << spoken(post);
    EXPECT_TRUE(says(post, "eastern districts exposed")) << spoken(post);
    std::string lines;
    for (const char* sentence : {"The city council approved the new flood barrier on Tuesday, ending a decade of argument over its cost, its "
                                 "route along the river and the height of its walls.",
                                 "Engineers said construction would begin in the spring, take about three years and close the towpath, "
                                 "in stages, for most of that time.",
                                 "Residents who had campaigned for the barrier welcomed the vote, though some said the design still left "
                                 "the eastern districts, the docks and the old mills exposed to the highest tides."}) {
        lines += std::string(sentence) + "<br><br>";
    }
    const Article br = page("<div class='sidebar_1'><div class='title_news'>Council approves flood barrier</div><div class='detail'>"
                            "<div class='Normal'>" + lines + "<div class='banner_inread'><span>Advertisement</span></div>"
                            "The council will meet again in June to choose a builder, its leader said, after a tender that drew "
                            "eleven bids.</div></div></div><div class='sidebar_2'><ul><li><a href='/a'>Most read story</a></li></ul></div>");
    EXPECT_TRUE(says(br, "ending a decade of argument")) << spoken(br);
    EXPECT_TRUE(says(br, "eleven bids")) << spoken(br);
}

// A page builder's story: each paragraph a widget of its own, the widgets named by type in a data
// attribute, not by a shared class. All of them are read, not only the strongest.
TEST(FurniturePageTest, shouldReadEveryTextWidgetOfAPageBuilder) {
    const char* paragraphs[] = {
        "The city council approved the new flood barrier on Tuesday, ending a decade of argument over its cost and its route.",
        "Engineers said construction would begin in the spring and take about three years, with the first section done by winter.",
        "Residents who had campaigned for the barrier welcomed the vote, though some said the design still left the docks exposed."};
    std::string widgets;
    int n = 0;
    for (const char* p : paragraphs) {
        widgets += "<div class='elementor-element elementor-element-" + std::to_string(4000 + 17 * ++n) +
                   "' data-widget_type='text-editor.default'><div class='elementor-widget-container'><p>" + p + "</p></div></div>";
    }
    const Article a = page("<div class='elementor-section'><h1>Council approves flood barrier</h1>" + widgets +
                           "<div class='elementor-element elementor-element-9" + "' data-widget_type='share-buttons.default'>"
                           "<a href='/s'>Share</a></div></div>");
    const std::string s = spoken(a);
    for (const char* p : {"ending a decade", "first section done by winter", "left the docks exposed"}) {
        EXPECT_NE(s.find(p), std::string::npos) << p << " missing from:\n" << s;
    }
}

// A photo's caption in a wrapper whose class says "text" is never taken for the story, however
// strongly the class scores.
TEST(FurniturePageTest, shouldNotTakeACaptionInATextWrapperForTheStory) {
    const Article a = page("<h1>Council approves flood barrier</h1><div class='tile'><div class='tile__textwrapper'><div>Engineers "
                           "on the quay, where the barrier's first section will stand, on Monday. (Photo: Ann Holt / Courier)"
                           "</div></div></div><div class='rec'><div class='col'><div class='blk'>The city council approved the new "
                           "flood barrier on Tuesday, ending a decade of argument over its cost, its route and its height, and "
                           "the council's leader said the vote, by thirty-one to four, was the most important of her term.</div>"
                           "</div></div>");
    EXPECT_TRUE(says(a, "ending a decade of argument")) << spoken(a);
    EXPECT_FALSE(says(a, "Engineers on the quay")) << spoken(a);
}

// Each paragraph marked alone ("para paywalled"), as sites that declare their paywalled parts to search
// engines do: read; a long prompt with the same mark is not.
TEST(FurniturePageTest, shouldReadParagraphsMarkedPaywalledOneByOne) {
    const Article a = page("<article><h1>Council approves flood barrier</h1><div class='story'>"
                           "<div class='para'>The city council approved the new flood barrier on Tuesday, ending a decade of "
                           "argument over its cost and its route along the river through the old town.</div>"
                           "<div class='para is-paywalled'>Engineers said construction would begin in the spring and take "
                           "about three years, with the first section protecting the old town by the winter after next.</div>"
                           "<div class='para is-paywalled'>Residents who had campaigned for the barrier welcomed the vote, "
                           "though some said the design still left the eastern districts exposed to the highest tides.</div>"
                           "<div class='paywall-note'>You have read all of your free stories this month, so to keep reading "
                           "everything we publish you will need a subscription from just one pound a week.</div></div></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("first section"), std::string::npos) << s;
    EXPECT_NE(s.find("eastern districts"), std::string::npos) << s;
    EXPECT_EQ(s.find("free stories"), std::string::npos) << s;
}

// Drupal sets the body field "field--label-hidden" and "field--type-text-with-summary": the label is
// hidden and the text may have a summary, but the field is the story.
TEST(FurniturePageTest, shouldReadADrupalBodyFieldWhoseClassNamesAHiddenLabelAndASummary) {
    const Article a = page("<main><div class='region region-content'><article class='node node--type-news'><h1 "
                           "class='page-title'><span class='field field--name-title'>Council approves flood barrier</span></h1>"
                           "<div class='node__content'><div class='clearfix text-formatted field field--name-body "
                           "field--type-text-with-summary field--label-hidden field__item'>" + kStory + "</div></div>"
                           "</article></div></main><div class='block-about'><h2>About the city</h2><p>Riverton is a "
                           "city of 80,000 people on the banks of the Wend, known for its mills and its university.</p></div>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("The city council approved"), std::string::npos) << s;
    EXPECT_NE(s.find("eastern districts"), std::string::npos) << s;
}

// A live page's entries: each entry's heading is read after its time (the listener needs it to know which news is
// the latest), not the labels in its header, nor the writer's sign-off under it or the call for readers' pictures.
TEST(FurniturePageTest, shouldReadEachLiveEntrysHeadingButNotItsTimeLabelsOrSignOff) {
    std::string entries;
    const char* titles[] = {"Barrier vote passes", "Work to start in spring", "Residents react"};
    for (const char* title : titles) {
        entries += std::string("<article class='entry'><header class='entry-header'><time>14:05 GMT</time>"
                               "<span class='label'>Key event</span><h3>") + title + "</h3></header>"
                   "<div class='entry-body'><p>The city council approved the new flood barrier on Tuesday, ending a "
                   "decade of argument over its cost and its route along the river.</p>"
                   "<p>\u2014 Jane Doe</p></div></article>";
    }
    const Article a = page("<main><h1>Council approves flood barrier: live</h1>" + entries +
                           "<p>If you live by the river, you can share your pictures and experiences with us.</p></main>");
    const std::string s = spoken(a);
    for (const char* title : titles) EXPECT_NE(s.find(std::string("14:05 GMT: ") + title), std::string::npos) << title << " in:\n" << s;
    for (const char* furniture : {"Key event", "Jane Doe", "share your pictures"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

// The standing notes after a column, a transcript or a wire story, several in a row: each goes.
TEST(FurniturePageTest, shouldDropStandingNotesAfterTheStoryHoweverManyFollowIt) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<p><em>Jane Doe is a retired engineer who lives in Riverside.</em></p>"
                           "<p>The views expressed in this column are the author's own.</p>"
                           "<h3>Letters to the editor</h3><p>Have something to say about this column? Send a letter "
                           "to the editor.</p><p>Letters may be edited for length and clarity.</p>"
                           "<p>Riverside Radio transcripts are created on a rush deadline. The authoritative record "
                           "of programming is the audio record.</p>"
                           "<p>The Courier receives support from the River Trust for coverage of the environment. "
                           "The Courier is solely responsible for all content.</p>"
                           "<p>The Riverside Journal is reader-supported.</p></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("eastern districts"), std::string::npos) << s;
    for (const char* furniture : {"retired engineer", "views expressed", "Letters", "transcripts", "support from",
                                  "reader-supported"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

// An AMP component's placeholder is shown only while it loads; a photo's caption under the headline is
// no standfirst.
TEST(FurniturePageTest, shouldNotReadAmpPlaceholdersOrTakeAPhotoCaptionForTheStandfirst) {
    const Article a = page("<h1>Council approves flood barrier</h1>"
                           "<div class='photo'><img src='a.jpg'><div class='credit-caption'><div class='caption'><p>The "
                           "river at Riverside, where the new barrier will stand by the winter.</p></div>"
                           "<span class='credit'>Jane Doe</span></div></div>"
                           "<article>" + kStory +
                           "<amp-iframe src='poll.html'><div placeholder><p>Vote: which design did you prefer?</p></div>"
                           "</amp-iframe></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("eastern districts"), std::string::npos) << s;
    EXPECT_EQ(s.find("where the new barrier will stand"), std::string::npos) << s;
    EXPECT_EQ(s.find("which design"), std::string::npos) << s;
}

// A page that marks its article's body (schema.org articleBody) is read from it, not from the modules
// around it that a wider choice took in (a guest book, service times); a reader's signature in a guest
// book or a comment is no byline.
TEST(FurniturePageTest, shouldReadTheDeclaredBodyAndTakeNoBylineFromReadersSignatures) {
    std::string entries;
    for (const char* who : {"Ann Lee", "Bo Kim", "Cy Roe"}) {
        entries += std::string("<div class='gb-entry'><p class='gb-text'>She was kind to everyone she met, and we will miss "
                               "her laugh, her soup and her long stories about the river.</p><p class='gb-author'>") +
                   who + " &middot; Riverside &middot; June 4, 2026</p></div>";
    }
    const Article a = page("<main><h1>Council approves flood barrier</h1><section class='story' itemprop='articleBody'>" + kStory +
                           "</section><section class='services'><h2>Service Information</h2><p>Friday, June 7 at the "
                           "Riverside Funeral Home, with visiting hours from four to seven in the evening.</p></section>"
                           "<section class='guestbook'><h2>Guest Book</h2>" + entries + "</section></main>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("eastern districts"), std::string::npos) << s;
    for (const char* furniture : {"Service Information", "visiting hours", "Guest Book", "her laugh"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
    EXPECT_EQ(a.byline, "") << a.byline;
}

// A press release ends at its end mark; contacts under a label, the wire's source line and a
// newsletter's "forwarded" prompt are no story.
TEST(FurniturePageTest, shouldEndAReleaseAtItsMarkAndDropContactsAndForwardingPrompts) {
    const Article release = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                                 "<p>###</p><h3>About Riverside Council</h3><p>The council serves 40,000 residents and "
                                 "manages the river's defences.</p></article>");
    EXPECT_TRUE(says(release, "eastern districts")) << spoken(release);
    EXPECT_FALSE(says(release, "###")) << spoken(release);
    EXPECT_FALSE(says(release, "40,000 residents")) << spoken(release);
    const Article contacts = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                                  "<p>Investor Contact:</p><p>Jane Roe, ir@example.com</p>"
                                  "<p>SOURCE Riverside Holdings, Inc.</p></article>");
    EXPECT_FALSE(says(contacts, "Jane Roe")) << spoken(contacts);
    EXPECT_FALSE(says(contacts, "Riverside Holdings")) << spoken(contacts);
    const Article letter = page("<article><h1>Council approves flood barrier</h1><p><em>Forwarded this email? "
                                "<a href='/subscribe'>Subscribe here</a> for more.</em></p>" + kStory + "</article>");
    EXPECT_TRUE(says(letter, "eastern districts")) << spoken(letter);
    EXPECT_FALSE(says(letter, "Forwarded")) << spoken(letter);
}

// A span of two dates under an obituary's name is read whole, not taken for the publication date.
TEST(FurniturePageTest, shouldReadALifesSpanOfDatesWhole) {
    const Article a = page("<article><h1>Council approves flood barrier</h1><p>March 11, 1938 \u2013 June 2, 2024</p>" + kStory +
                           "</article>");
    EXPECT_TRUE(says(a, "March 11, 1938 \u2013 June 2, 2024")) << spoken(a);
    EXPECT_FALSE(a.published.has_value()) << a.published->iso();
}

// A pronunciation guide is read once: its kana reading for Japanese, else its base text. A podcast
// episode's JSON-LD names its author.
TEST(FurniturePageTest, shouldReadRubyOnceAndTakeAnEpisodesAuthor) {
    const Article a = page("<article><h1>Council approves flood barrier</h1><p>\u4eca\u65e5\u306f<ruby>\u9c3b<rp>(</rp><rt>"
                           "\u3046\u306a\u304e</rt><rp>)</rp></ruby>\u3092\u98df\u3079\u305f\u3002<ruby>\u6f22<rt>h\u00e0n"
                           "</rt></ruby>\u5b57\u3002</p>" + kStory + "</article>",
                           "<title>Council approves flood barrier</title><script type='application/ld+json'>{\"@type\":"
                           "\"PodcastEpisode\",\"name\":\"Council approves flood barrier\",\"author\":{\"@type\":\"Person\","
                           "\"name\":\"Jane Doe\"}}</script>");
    EXPECT_TRUE(says(a, "\u4eca\u65e5\u306f\u3046\u306a\u304e\u3092\u98df\u3079\u305f\u3002")) << spoken(a);
    EXPECT_TRUE(says(a, "\u6f22\u5b57\u3002")) << spoken(a);
    EXPECT_EQ(a.byline, "Jane Doe");
}

// A page's date element with its relative time, a player's placeholder, a broadcaster's promo, an
// editor's initials, a publishing system's placeholder and a chart's credit line are no story.
TEST(FurniturePageTest, shouldDropDateElementsPlayersPromosInitialsPlaceholdersAndChartCredits) {
    const Article a = page("<article><h1>Council approves flood barrier</h1><time datetime='2026-04-25T18:42:11Z'><span>April "
                           "25, 2026</span><span>6:42 PM UTC</span><span>Updated 2 hours ago</span></time>" + kStory +
                           "<p><em>Dalsza część artykułu pod materiałem wideo</em></p><div class='video-embed'><button>Play"
                           "</button><span>The flood wall. Watch the drone footage</span></div>"
                           "<p>The barrier's first section will be tested next spring.</p>"
                           "<p>Chart: Riverside Courier \u2022 Source: council records \u2022 <a href='/d.csv'>Get the data</a></p>"
                           "<p>[Gambas:Video Warta]</p><p><em>Stay with Riverside 7 News for updates on this developing story."
                           "</em></p><p>(jd/rt)</p></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("tested next spring"), std::string::npos) << s;
    for (const char* furniture : {"Updated", "2 hours ago", "Dalsza", "drone footage", "Chart:", "Gambas", "Stay with", "(jd/rt)"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

// A photo essay tells its story in its captions: they are read when they hold far more than the body.
TEST(FurniturePageTest, shouldReadCaptionsThatTellThePhotoEssaysStory) {
    std::string figures;
    for (int k = 0; k < 4; ++k) {
        figures += "<figure><img src='p.jpg'><figcaption>The river rose over the old quay at dawn, and the ferrymen moved "
                   "their boats to the high moorings before the tide turned. \"We have seen nothing like it,\" said the harbour "
                   "master, who has worked the quay for thirty years and remembers the last great flood.</figcaption></figure>";
    }
    const Article essay = page("<article><h1>Council approves flood barrier</h1><p>A week on the river, in pictures.</p>" +
                               figures + "</article>");
    EXPECT_TRUE(says(essay, "remembers the last great flood")) << spoken(essay);
    const Article story = page("<article><h1>Council approves flood barrier</h1>" + kStory + kStory + kStory + kStory +
                               figures.substr(0, figures.size() / 4) + "</article>");
    EXPECT_FALSE(says(story, "remembers the last great flood")) << spoken(story);
    // (Nor only there: three captions long as paragraphs, a third of the page's words beside a body of its own, are an
    // essay's too; one such caption beside the same body is a picture's.)
    const std::string body = "<p>The flood came at night, when the river rose four metres in three hours and carried away the bridges of "
                             "the valley. Whole streets were gone by the morning, and the people who stayed had lost everything they "
                             "owned.</p><p>Three years on, the valley is rebuilding, slowly, with money that arrives late and rules "
                             "that change every year. These pictures show what the people of the valley have made of it since.</p>";
    std::string essay3;
    for (const char* opening : {"At dawn on the first day,", "By the second week,", "A year later,"}) {
        essay3 += std::string("<figure><img src='p.jpg'><figcaption>") + opening + " the river rose over the old quay, and the ferrymen "
                  "moved their boats to the high moorings before the tide turned. \"We have seen nothing like it,\" said the harbour master, "
                  "who remembers the last great flood.</figcaption></figure>";
    }
    const Article longCaptions = page("<article><h1>Three years after the flood</h1>" + body + body + essay3 + "</article>");
    EXPECT_TRUE(says(longCaptions, "remembers the last great flood")) << spoken(longCaptions);
    // (A picture agency's captions, the same scene three times with its place and date first, are the news's pictures.)
    std::string agency;
    for (const char* opening : {"LONDON, ENGLAND - MARCH 3: Firefighters", "LONDON, ENGLAND - MARCH 3: Crews", "LONDON, ENGLAND - MARCH 3: Residents"}) {
        agency += std::string("<figure><img src='p.jpg'><figcaption>") + opening + " at the scene of the fire in the old quay, where the "
                  "ferrymen moved their boats to the high moorings before the tide turned and the harbour master remembers the last great "
                  "flood. (Photo by Jane Doe/Getty Images)</figcaption></figure>";
    }
    const Article agencyPictures = page("<article><h1>Three years after the flood</h1>" + body + body + agency + "</article>");
    EXPECT_FALSE(says(agencyPictures, "remembers the last great flood")) << spoken(agencyPictures);
    const Article oneCaption = page("<article><h1>Three years after the flood</h1>" + body + body + figures.substr(0, figures.size() / 4) +
                                    "</article>");
    EXPECT_FALSE(says(oneCaption, "remembers the last great flood")) << spoken(oneCaption);
}

// Found by a blind round of 12 pages: a table set in a figure is read; a lead video's title, a betting
// module, a link's note for screen readers, a disclosure and a newsletter's feature note are not; a
// subhead after a pull quote stays.
TEST(FurniturePageTest, shouldReadFigureTablesAndDropVideoTitlesBettingNotesAndDisclosures) {
    const Article a = page("<h1>Council approves flood barrier</h1><div class='video-lead'><div class='video-player'><p "
                           "class='vid-title'>Barrier vote in ninety seconds</p><span class='vid-duration'>1:32</span></div>"
                           "</div><article><p>This article was featured in One Story to Read Today, our newsletter.</p>" + kStory +
                           "<p>Acme Builders <a href='/q/ACME' class='ticker'>(ACME), opens new tab</a> won the contract.</p>"
                           "<figure class='wp-block-table'><table><tr><th>Section</th><th>Cost</th></tr><tr><td>Old town"
                           "</td><td>$4 million</td></tr><tr><td>Eastern districts</td><td>$6 million</td></tr></table>"
                           "</figure><div class='betting-module'><p>Riverside to win: +140</p><p>Gambling problem? Call "
                           "1-800-GAMBLER.</p></div><p><em>Disclosure: the Courier's owner holds shares in Acme.</em></p>"
                           "</article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("Old town, $4 million"), std::string::npos) << s;
    EXPECT_NE(s.find("won the contract"), std::string::npos) << s;
    for (const char* furniture : {"ninety seconds", "featured in", "opens new tab", "Gambling", "Disclosure"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

// What sounds like a prompt but is the story: a quote of someone asking for help, a step of a guide
// that points at something below, a long step that asks the reader to write in.
TEST(FurniturePageTest, shouldKeepQuotedAppealsAndStepsThatAddressTheReader) {
    const Article a = page("<article><h1>How to find the comet tonight</h1>" + kStory +
                           "<p>\"Please send us your dashcam footage,\" Inspector Maria Hale said on Tuesday.</p><ol>"
                           "<li>Follow the line from the two bright stars towards the faint cluster below them.</li>"
                           "<li>Compare it with the chart on our observing page, and send us your estimate of its brightness.</li>"
                           "</ol><p><a href='/join'>Follow us on Instagram</a></p></article>");
    const std::string s = spoken(a);
    for (const char* story : {"send us your dashcam footage", "faint cluster below", "estimate of its brightness"}) {
        EXPECT_NE(s.find(story), std::string::npos) << story << " missing from:\n" << s;
    }
    EXPECT_EQ(s.find("Instagram"), std::string::npos) << s;
}

// The newsroom's own prompts in Spanish, Italian and Portuguese: write to us, join our channel.
TEST(FurniturePageTest, shouldNotReadTheNewsroomsPromptsInOtherLanguages) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<p>\u00BFTienes una foto de la crecida? Escr\u00ED" "benos a redaccion@example.com</p>"
                           "<p><em>Per segnalazioni scrivete a redazione@example.it o su WhatsApp.</em></p>"
                           "<p>Receba as not\u00ED" "cias do Jornal no seu WhatsApp: clique aqui e entre no nosso canal.</p></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("eastern districts"), std::string::npos) << s;
    for (const char* prompt : {"crecida", "segnalazioni", "Receba"}) EXPECT_EQ(s.find(prompt), std::string::npos) << prompt << " in:\n" << s;
}

// A pull quote that repeats the story goes with its attribution, whose names the story gave (the role
// after them, "commuter", need not be in the story's sentence).
TEST(FurniturePageTest, shouldDropARepeatedPullQuoteWithItsAttribution) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<p>\"You can hear the river again,\" said Ayla Demir, who walks the towpath every morning.</p>"
                           "<blockquote class='pull-quote'><p>\"You can hear the river again\"</p><cite>Ayla Demir, commuter"
                           "</cite></blockquote><p>The council will choose a builder in June, its leader said.</p></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("choose a builder"), std::string::npos) << s;
    EXPECT_EQ(s.find("Ayla Demir, commuter"), std::string::npos) << s;
}

// A pull quote set in other words of the story's sentence ("are" for "were") goes too, with its
// attribution, though the story names the speaker shorter.
TEST(FurniturePageTest, shouldDropAPullQuoteReworded) {
    const Article a = page("<article><h1>Minimum wage to rise</h1>" + kStory +
                           "<div class='block-pullquote'><blockquote><p>\u201CLow-paid workers are running to stand still\u201D</p>"
                           "<cite>Deputy Rhiannon Falle</cite></blockquote></div><p>Deputy Falle told the Assembly that the cost of "
                           "living had risen by 17.4 per cent over three years and that low-paid workers were \u201Crunning to stand "
                           "still\u201D.</p></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("Deputy Falle told the Assembly"), std::string::npos) << s;
    EXPECT_EQ(s.find("are running"), std::string::npos) << s;
    EXPECT_EQ(s.find("Rhiannon"), std::string::npos) << s;
}

// A label over the headline with a paywall's badge, set inline, and a caption whose class names it in
// another language, are not read.
TEST(FurniturePageTest, shouldNotReadInlineKickersOrCaptionsNamedInOtherLanguages) {
    const Article a = page("<article><header><span class='article-kicker'><span class='plus-badge'>RA+</span> Flood defences"
                           "</span><h1>Council approves flood barrier</h1></header><div class='field-imagen'><img src='r.jpg'>"
                           "<div class='epigrafe'>The river at dawn, from the old quay. (Foto: Ana Ruiz)</div></div>" + kStory +
                           "</article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("eastern districts"), std::string::npos) << s;
    for (const char* furniture : {"RA+", "Flood defences", "river at dawn", "Foto"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

// Players known by their parts: a component named in a data attribute with a running time, video.js's
// control texts, an audio clip's "3 Min"; also when the page sets one beside the story's body.
TEST(FurniturePageTest, shouldNotReadPlayersKnownByTheirControlsOrRunningTime) {
    const Article a = page("<article><h1>Council approves flood barrier</h1><div class='relative aspect-video' "
                           "data-component='video-player'><div><span>WATCH</span> Highlights of the vote <span>3:45</span>"
                           "</div></div><div class='prose'>" + kStory + "<div class='mol-video'><div class='vjs-title-bar'>"
                           "Moment the mayor cast her vote</div><div class='vjs-control-text'>Video Player is loading.</div>"
                           "</div><p>The barrier will cost four hundred million over its life, the council's treasurer said "
                           "in a statement after the meeting.</p><div class='copytext__audio'><p class='mediaplayer__title'>"
                           "Audio: the treasurer on the cost</p><p class='mediaplayer__duration'>3 Min</p></div></div>"
                           "</article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("treasurer said"), std::string::npos) << s;
    for (const char* furniture : {"WATCH", "Highlights", "mayor cast", "loading", "Audio:", "three Min"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

// What readers write beside the form they write it in (a funeral home's tribute wall) is not read, and
// neither its names nor its dates are the page's byline and date; a life's span under the name is not
// the date either.
TEST(FurniturePageTest, shouldNotReadAGuestBookOrTakeItsNamesAndDatesForTheByline) {
    const Article a = page("<div id='obit'><h1>Council approves flood barrier</h1><div class='obit-dates'>June 14, 1938 - "
                           "February 27, 2025</div><div class='obit-text'>" + kStory + "</div><div class='tribute-wall'>"
                           "<h2>Tribute Wall</h2><form><textarea></textarea><button>Post</button></form><div class='entry'>"
                           "<p class='entry__author'>Linda Rowe</p><p class='entry__date'>March 1, 2025</p><p>She was my "
                           "nurse when my son was born and I never forgot her kindness to us all.</p></div></div></div>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("highest tides"), std::string::npos) << s;
    EXPECT_EQ(s.find("my nurse"), std::string::npos) << s;
    EXPECT_EQ(s.find("Tribute"), std::string::npos) << s;
    EXPECT_NE(a.byline, "Linda Rowe");
    EXPECT_FALSE(a.published.has_value()) << a.published->dateIso();
}

// A fact box of the reporter's prose is read; a box of an event's dates is not.
TEST(FurniturePageTest, shouldReadAFactBoxOfProseButNotAnEventsInfoBox) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory + "<div class='infobox'><h3 class="
                           "'infobox__headline'>What can residents claim?</h3><p class='infobox__text'>Households flooded "
                           "twice in five years can claim a grant of up to two thousand pounds for door barriers.</p><p "
                           "class='infobox__text'>Businesses on the quay can apply for the same grant from the spring, the "
                           "council said.</p></div><p>The first works will close the quay road for a month.</p><div "
                           "class='info-box'><p>Public meeting</p><p>Town hall, 7 pm</p></div></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("What can residents claim?"), std::string::npos) << s;
    EXPECT_NE(s.find("Businesses on the quay"), std::string::npos) << s;
    EXPECT_EQ(s.find("Public meeting"), std::string::npos) << s;
}

// A live entry without a title has a header of its time alone: not read.
TEST(FurniturePageTest, shouldNotReadTheTimeOfALiveEntryWithoutATitle) {
    const std::string entry = "<article class='block'><header><span class='time'><time datetime='2025-01-24T09:14:00Z'>29m "
                              "ago</time> <span>09.14 GMT</span></span></header><div><p>Crews will not be sent out until the "
                              "wind drops below safe working levels, the company said.</p></div></article>";
    const Article a = page("<main><h1>Council approves flood barrier</h1><div class='live'>" + entry + entry + entry +
                           "</div></main>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("Crews will not"), std::string::npos) << s;
    EXPECT_EQ(s.find("ago"), std::string::npos) << s;
    EXPECT_EQ(s.find("GMT"), std::string::npos) << s;
}

// A line that is only a date, once the story has begun, is the story's (an event's date in a listing);
// above the story it is the page's date line, as is "Stand: …" in German.
TEST(FurniturePageTest, shouldReadADateLineInsideTheStoryButNotThePagesOwn) {
    const Article a = page("<article><h1>Council approves flood barrier</h1><p>Stand: 04.03.2025 14:22 Uhr</p>" + kStory +
                           "<h2>Public meetings</h2><p>Friday, March 7, 2025</p><p>Town hall, from six in the evening.</p>"
                           "</article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("Friday, March 7, 2025"), std::string::npos) << s;
    EXPECT_EQ(s.find("Stand"), std::string::npos) << s;
}

// Promos known by their data attributes (data-promo, data-widget), a pictograph opening a prompt to
// join a channel, a pointer to more of the site's news in Portuguese, an advertisement's label, and a
// stock's live quote set in a sentence.
TEST(FurniturePageTest, shouldNotReadPromosWidgetsChannelPromptsOrLiveQuotes) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory + "<div data-promo='betting'><p>Odds: "
                           "Riverside to win the league 6/4</p></div><div data-widget='match-stats'><h3>Match stats</h3><dl>"
                           "<dt>Possession</dt><dd>61%</dd></dl></div><div data-testid='AdSlot'><div>Advertisement \xC2\xB7 "
                           "Scroll to continue</div></div><p>\xF0\x9F\x93\xB2 Participe do canal do Jornal no WhatsApp</p>"
                           "<p>Shares of Acme Builders <span class='QuoteInBody-inlineButton'><a href='/q/ACME'>ACME</a><span "
                           "class='QuoteInBody-quoteChange'>+14.21%</span></span> jumped after the vote.</p><p>Its rival Bolt Civil <span "
                           "class='ticker'>(BCV, -3.05%)</span> fell.</p><p><strong>Veja "
                           "mais not\xC3\xAD" "cias da regi\xC3\xA3o no Jornal.</strong></p></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("Shares of Acme Builders jumped after the vote."), std::string::npos) << s;
    EXPECT_NE(s.find("Its rival Bolt Civil fell."), std::string::npos) << s;
    for (const char* furniture : {"Odds", "Match stats", "Possession", "Scroll", "WhatsApp", "ACME", "fourteen", "BCV", "Veja"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

// A second blind round of pages: a paywall's prompt named a gate, a label line over the headline, and a
// review's verdict with its pros and cons set beside the body (read, before it).
TEST(FurniturePageTest, shouldReadAVerdictBesideTheBodyButNotAGateOrALabel) {
    const Article a = page("<article class='review'><header><span class='article-header__category'>Match Report</span><h1>Council "
                           "approves flood barrier</h1></header><div class='pretty-verdict'><h3>Our verdict</h3><p>The barrier is "
                           "the right design at a fair price, though the eastern districts deserve more.</p><div class="
                           "'pretty-verdict__pros'><h4>Pros</h4><ul><li>Protects the old town</li></ul></div></div><div id="
                           "'article-body' class='text-copy'>" + kStory + "<div class='premium-gate'><div class='regwall'><h3>Keep "
                           "reading with Courier Premium</h3><p>This story is available exclusively to Premium subscribers.</p>"
                           "</div></div></div></article>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("right design at a fair price"), std::string::npos) << s;
    EXPECT_NE(s.find("Protects the old town"), std::string::npos) << s;
    EXPECT_LT(s.find("right design"), s.find("The city council approved")) << s;
    for (const char* furniture : {"Match Report", "Keep reading", "exclusively"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

// A third blind round of pages: appeals and boxes named in data attributes or by their words, a live
// price in a sentence, a note boxed under the headline; a post in a figure or a wrapper, read when it is
// introduced; a pull quote set in a figure; a heading whose id is a furniture word; the story's last
// block in a component named by a data attribute.
TEST(FurniturePageTest, shouldReadWrappedPostsAndFigurePullQuotesButNotAppealsOrLivePrices) {
    const std::string tweet = "<figure class='element element-tweet'><blockquote class='twitter-tweet'><p>Thirteen hours on the ward "
                              "again today.</p>&mdash; Jo Marsh (@jomarsh) <a href='#'>May 3, 2026</a> pic.twitter.com/AbC123</blockquote></figure>";
    const Article a = page("<article><h1>Council approves flood barrier</h1><div data-testid='medical-review-box'><p>Our team of "
                           "licensed experts reviews content for accuracy and fairness.</p></div><section data-area='body'>"
                           "<div data-area='text'>" + kStory + "<p>Bitcoin (BTC)<span class='price-chip down' data-live-price='BTC'>"
                           "$61,587.34 \xE2\x96\xBC 2.87%</span> fell on the news.</p><p>As one nurse put it last week:</p>" +
                           tweet + "</div><div data-gu-name='newsletter-signup'><p>Sign up to This is Europe</p><p>The most "
                           "pressing stories for Europeans</p></div><figure class='wp-block-pullquote'><blockquote><p>We are "
                           "against asking people on fixed incomes to carry all of it.</p></blockquote></figure><h2 id='practical-tips'>"
                           "How residents can prepare</h2><div data-area='text'><p>Sandbags will be handed out at the depot.</p>"
                           "</div><div class='dcr-epic'><p>We have a small favour to ask.</p><p>Millions are turning to the "
                           "Courier for open, independent news every day.</p></div></section></article>");
    const std::string s = spoken(a);
    for (const char* story : {"Jo Marsh wrote: Thirteen hours on the ward again today.", "fixed incomes", "How residents can prepare",
                              "Sandbags will be handed out", "Bitcoin (BTC) fell on the news."}) {
        EXPECT_NE(s.find(story), std::string::npos) << story << " missing from:\n" << s;
    }
    for (const char* furniture : {"licensed experts", "61,587", "Sign up", "pressing stories", "favour", "Millions", "pic.twitter"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

// A fourth blind round of pages: a live feed set as a list, its posts' titles read and their times not;
// a control with its label; a disclaimer box; a review's jump links; a broadcaster's note of its
// programme; an Instagram caption the story introduces.
TEST(FurniturePageTest, shouldReadAFeedsPostTitlesButNotControlsDisclaimersOrJumpLinks) {
    std::string feed = "<ol class='stream'>";
    for (const char* title : {"Barrier gates closed at dawn", "Roads reopen in the east", "Welcome to our coverage"}) {
        feed += std::string("<li class='stream-post'><header class='stream-post__header'><span class='time'>11:42</span><h3>") + title +
                "</h3></header><p>Crews worked through the night to clear the debris from the quay and the roads.</p></li>";
    }
    // (A post embedded in one of the feed's posts is one of its updates, introduced or not.)
    feed += "<li class='stream-post'><header><h3>Rail update</h3></header><p>Trains are still disrupted in the east.</p>"
            "<blockquote class='twitter-tweet'><p>All services east of the river are suspended today.</p>&mdash; Eastern "
            "Rail (@eastrail) <a href='#'>May 3, 2026</a></blockquote></li></ol>";
    const Article a = page("<main><h1>Council approves flood barrier</h1><div class='controls'><label><input type='checkbox'> Show "
                           "key events only</label><span>Please turn on JavaScript. Media requires JavaScript to play.</span></div>" +
                           feed + "<div class='jump-links'><strong>Jump to:</strong> <a href='#a'>Design</a> <a href='#b'>Cost</a></div>"
                           "<p>Taking to Instagram, the mayor shared a photo of the gates, writing:</p><blockquote class="
                           "'instagram-caption'><p>Dry feet at last for the old town</p></blockquote><div class='caas-disclaimer'><p>"
                           "The Courier is not responsible for the content of third-party articles.</p></div><div class='note'><p>"
                           "\xC3\x9C" "ber dieses Thema berichtete die Tagesschau am 22. Januar 2024.</p></div></main>");
    const std::string s = spoken(a);
    for (const char* story : {"Barrier gates closed at dawn", "Roads reopen in the east", "Dry feet at last",
                              "Eastern Rail wrote: All services east of the river are suspended today."}) {
        EXPECT_NE(s.find(story), std::string::npos) << story << " missing from:\n" << s;
    }
    for (const char* furniture : {"11:42", "key events", "JavaScript", "Jump to", "Design", "third-party", "Tagesschau"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

// An old page laid out in a table: the story is the cell that holds most of the row's text, not the row
// with its navigation and rail; its print and e-mail links are not read.
TEST(FurniturePageTest, shouldReadTheStorysCellOfALayoutTable) {
    std::string story;
    for (int i = 0; i < 4; ++i) story += kStory.substr(3, kStory.find("</p>") - 3) + "<br><br>";
    const Article a = page("<table width='780'><tr><td width='160'><b>Sections</b><br><a href='/local'>Local News</a><br><a href="
                           "'/schools'>Schools</a><br><b>Grain Prices</b><br>Corn $4.12<br>Soybeans $11.38</td><td width='460'>"
                           "<font size='5'><b>Council approves flood barrier</b></font><br><font size='1'><a href='/print'>Printer "
                           "Friendly Version</a> | <a href='/email'>E-mail This Story</a></font><br><br><font size='3'>" + story +
                           "</font></td><td width='160'><b>Subscribe Today!</b><br>Get the Courier delivered twice a week.<br><b>Online "
                           "Poll</b><br>Should the council build the barrier?</td></tr></table>");
    const std::string s = spoken(a);
    EXPECT_NE(s.find("The city council approved the new flood barrier"), std::string::npos) << s;
    // The <title> sets the site's name first; the side the page prints in large type is the headline.
    const Article titled = page("<table><tr><td><font size='5'><b>Council approves flood barrier for the old town</b></font><br>" +
                                story + "</td></tr></table>",
                                "<title>The Riverside Courier Online - Council approves flood barrier for the old town</title>");
    EXPECT_EQ(titled.title, "Council approves flood barrier for the old town");
    EXPECT_EQ(titled.site, "The Riverside Courier Online");
    for (const char* furniture : {"Sections", "Grain Prices", "Printer", "E-mail", "Subscribe", "Online Poll"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

// A Korean paper's end: the reporter's name and address under the story, an editors' box with the name
// alone (no capitals to tell a name by) and the count of comments. None is read.
TEST(FurniturePageTest, shouldLeaveOutAKoreanPapersReporterBoxAndCommentCount) {
    const Article a = page("<div class='wrap'><ul class='info'><li>\xEA\xB9\x80\xEB\xAF\xBC\xEC\xA4\x80 \xEA\xB8\xB0\xEC\x9E\x90</li>"
                           "<li>\xEB\x8C\x93\xEA\xB8\x80 4</li></ul><article>" + kStory +
                           "<p>\xEA\xB9\x80\xEB\xAF\xBC\xEC\xA4\x80 \xEA\xB8\xB0\xEC\x9E\x90 minjun@hanbit.example</p></article>"
                           "<div class='editors'><div>\xEA\xB9\x80\xEB\xAF\xBC\xEC\xA4\x80 \xEA\xB8\xB0\xEC\x9E\x90</div></div></div>");
    EXPECT_TRUE(says(a, "eastern districts"));
    EXPECT_FALSE(says(a, "minjun")) << spoken(a);
    EXPECT_FALSE(says(a, "\xEB\x8C\x93\xEA\xB8\x80")) << spoken(a);
}

// "p.br-article__teaser": the story's own summary as a German system names it, read; a teaser box of
// other stories beside it is not.
TEST(FurniturePageTest, shouldReadAnArticlesTeaserParagraph) {
    const Article a = page("<article><h1>Storm warning for the Black Forest</h1><p class='br-article__teaser'>The weather service "
                           "issued a level 3 warning for Thursday evening, with gusts of up to 130 kilometers an hour.</p>" + kStory +
                           "<aside class='br-inline-teaser'><a href='/other'>Read also: floods last year</a></aside></article>");
    EXPECT_TRUE(says(a, "level 3 warning")) << spoken(a);
    EXPECT_FALSE(says(a, "floods last year")) << spoken(a);
}

// A standfirst in the story's header, where the chosen element holds the header with a category link over
// the headline: read first, and once.
TEST(FurniturePageTest, shouldReadAStandfirstInTheHeaderOfTheChosenElement) {
    const Article a = page("<article><header class='entry-header'><div class='cat-links'><a href='/c/'>Explainers</a></div>"
                           "<h1 class='entry-title'>Council approves flood barrier after a decade</h1>"
                           "<div class='entry-subhead'><p>The barrier will cost $40 million and protect the old town. We answer the "
                           "most common questions.</p></div></header>" + kStory + "</article>");
    const std::string heard = spoken(a);
    EXPECT_NE(heard.find("protect the old town"), std::string::npos) << heard;
    EXPECT_EQ(heard.find("protect the old town"), heard.rfind("protect the old town")) << heard;
}

// A table classed a "summary" in the story is a box of its facts, read; a summary's class marks a
// standfirst only on a paragraph or a block of text.
TEST(FurniturePageTest, shouldReadATableClassedASummary) {
    const Article a = page("<article><h1>Man arrested in catalytic converter thefts</h1>" + kStory +
                           "<table class='incident-summary'><caption>Incident summary</caption><tbody>"
                           "<tr><th scope='row'>Arrested</th><td>Devon M. Crane, 29, of Harlow</td></tr>"
                           "<tr><th scope='row'>Location</th><td>1800 block of Linden Street</td></tr></tbody></table>"
                           "<p>The suspect is due in court on Monday, the police said in a statement on Saturday.</p></article>");
    EXPECT_TRUE(says(a, "Linden Street")) << spoken(a);
}

// A summary set apart before the body, a heading over its points ("Summary", "Lo más importante"), is
// the story's, read with it.
TEST(FurniturePageTest, shouldReadASummaryOfPointsBeforeTheBody) {
    const Article a = page("<main><article><h1>School board delays vote on closing two schools</h1>"
                           "<section class='summary'><h2>Summary</h2><ul>"
                           "<li>The board voted 5-2 to postpone a decision on closing two elementary schools.</li>"
                           "<li>The board approved a $312.4 million budget for the next school year on a 7-0 vote.</li></ul></section>"
                           "<section class='notes-body'><h2>Notes</h2>" + kStory + "</section></article></main>");
    EXPECT_TRUE(says(a, "approved a $312.4 million budget")) << spoken(a);
    EXPECT_TRUE(says(a, "postpone a decision")) << spoken(a);
}

// A readers' poll shown with its results (answers with their shares, no buttons), a share's live price
// set into a sentence as a widget, and a deals page's note on its prices are not read.
TEST(FurniturePageTest, shouldDropPollResultsStockChipsAndPriceNotes) {
    const Article a = page("<article><h1>Rail fares to rise by 3 percent next year</h1>" + kStory +
                           "<div class='poll'><h4>Poll</h4><p>Would you pay more for trains?</p><ul><li>Yes, it is worth it "
                           "<span>31%</span></li><li>No, too expensive <span>58%</span></li></ul><p>4812 votes</p></div>"
                           "<p>Rival Kestrel Motors <span class='stock-chip'><a>Kestrel Motors share price</a> <span>1,023.45</span> "
                           "<span>+2.31%</span></span> has also expanded its plant in the state this year, the company said.</p>"
                           "<p><em>Prices were correct at the time of publication and may change.</em></p></article>");
    EXPECT_FALSE(says(a, "worth it")) << spoken(a);
    EXPECT_FALSE(says(a, "share price")) << spoken(a);
    EXPECT_TRUE(says(a, "Rival Kestrel Motors has also expanded")) << spoken(a);
    EXPECT_FALSE(says(a, "correct at the time")) << spoken(a);
}

// A meeting's notes with the recording's time code before each paragraph: the time code is not read.
TEST(FurniturePageTest, shouldNotReadARecordingsTimeCodeBeforeAParagraph) {
    const Article a = page("<article><h1>School board delays vote on closing two schools</h1>" + kStory +
                           "<p>[00:17:30] Ochoa said the savings would come mostly from staffing and building costs.</p>"
                           "<p>(1:02:15) Board member Luis Ortega asked how long the longest bus ride would be.</p>"
                           "<p>[00:03:35] [Sound of a ferry horn]</p></article>");
    EXPECT_TRUE(says(a, "Ochoa said the savings")) << spoken(a);
    EXPECT_FALSE(says(a, "00:17:30")) << spoken(a);
    EXPECT_FALSE(says(a, "1:02:15")) << spoken(a);
    EXPECT_FALSE(says(a, "ferry horn")) << spoken(a);
}

// An obituary's book of condolences asks readers for their messages: not the story.
TEST(FurniturePageTest, shouldLeaveOutAnObituarysCondolenceBook) {
    const Article a = page(
        "<div class=\"row\"><div class=\"module text\"><h1>Council approves flood barrier</h1>" + kStory + "</div>"
        "<div class=\"module text condolence-box\"><h4>Sign the condolence book</h4><p>Share your memories of the mayor with his family. "
        "Messages will be printed and handed to the family at the memorial service.</p></div></div>");
    EXPECT_TRUE(says(a, "Residents who had campaigned"));
    EXPECT_FALSE(says(a, "condolence"));
    EXPECT_FALSE(says(a, "Share your memories"));
}

// A thirty-fifth blind round of pages: a share bar named in French, a "how we test" box, a post embedded
// in a Facebook wrapper signed "Posted by" and a channel's post signed "Name | Role", both introduced.
TEST(FurniturePageTest, shouldLeaveOutForeignShareBarsAndTestBoxesAndSignIntroducedPosts) {
    const Article a = page("<article><h1>Council approves flood barrier</h1><div class='c-partage'><a href='#'>Facebook</a> "
                           "<a href='#'>Courriel</a></div>" + kStory +
                           "<p>The council posted on Facebook:</p><div class='embed embed-facebook'><blockquote "
                           "class='fb-xfbml-parse-ignore'><p>The barrier is approved. Thank you all. #Riverton</p>Posted by "
                           "<a href='#'>Riverton Council</a> on Wednesday</blockquote></div>"
                           "<p>The mayor wrote on her channel:</p><blockquote class='telegram-post'><p>Work starts in May.</p>"
                           "<p>Ana Ruiz | Mayor of Riverton</p></blockquote>"
                           "<div class='sb-how-we-test'><h3>How we test</h3><p>Every barrier we review goes through the same "
                           "set of checks in our lab.</p></div></article>");
    const std::string s = spoken(a);
    EXPECT_TRUE(says(a, "Riverton Council wrote: The barrier is approved.")) << s;
    EXPECT_TRUE(says(a, "Ana Ruiz wrote: Work starts in May.")) << s;
    for (const char* furniture : {"Courriel", "Posted by", "Mayor of Riverton", "same set of checks", "#Riverton"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
}

// A channel's post after a short line that introduces it, whatever its words: read with the line.
TEST(FurniturePageTest, shouldReadAChannelsPostAfterAnyShortIntroduction) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<p>The club wrote on its Telegram channel:</p><div class='telegram-post'><p>Schools will be closed "
                           "tomorrow across the city.</p><p>Stay at home if you can.</p></div>"
                           "<p>The storm was the strongest to hit the region in a decade, the weather service said.</p></article>");
    EXPECT_TRUE(says(a, "The club wrote on its Telegram channel:")) << spoken(a);
    EXPECT_TRUE(says(a, "Schools will be closed tomorrow across the city.")) << spoken(a);
}

// A byline's box around the element marked as the author, a kicker by its Spanish name, a pull quote with
// its speaker in the same box, a "RELATED:" label over a link, readers' reactions: none is read. The
// lead set apart before the body, under the byline's box, is.
TEST(FurniturePageTest, shouldLeaveOutBylineBoxesKickersReactionsAndRelatedLinksButReadTheLead) {
    const Article a = page("<article itemscope itemtype='http://schema.org/NewsArticle'><div class='volanta'>ECONOM\xC3\x8D" "A | DATOS</div>"
                           "<h1>Council approves flood barrier</h1><div class='authorItem'><span itemprop='author'>Anna Kowalczyk"
                           "</span><span class='authorSource'>Reporter at the Courier</span></div>"
                           "<div class='article__lead' itemprop='description'><p><b>The barrier will cost 40 million over three "
                           "years, the council said on Tuesday after a debate of four hours.</b></p></div>"
                           "<div itemprop='articleBody'>" + kStory +
                           "<div class='pullquote'><blockquote>\"The design still left the eastern districts exposed to the highest "
                           "tides.\"<cite>- Mara Lind, residents' group</cite></blockquote></div>"
                           "<p><strong>RELATED:</strong> <a href='/x'>Flooded cellars? Here's how to pump them out and claim for the damage</a></p>"
                           "<div class='detail-feedback'><h3>How did this story make you feel?</h3><div class='emotion'><span>Happy 3</span>"
                           "<span>Sad 9</span></div></div></div></article>");
    const std::string s = spoken(a);
    EXPECT_TRUE(says(a, "The barrier will cost")) << s;
    EXPECT_LT(s.find("The barrier will cost"), s.find("The city council approved")) << s;
    for (const char* furniture : {"DATOS", "Reporter at the Courier", "Mara Lind", "pump them out", "make you feel", "Sad"}) {
        EXPECT_EQ(s.find(furniture), std::string::npos) << furniture << " in:\n" << s;
    }
    // A section of the story named for reactions, and a paragraph that names a book's author, are the story's.
    const Article b = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<section class='reactions'><h2>Reactions</h2><p>Environmental groups welcomed the vote, saying the barrier "
                           "would protect thousands of homes along the river.</p></section>"
                           "<p>Professor <span itemprop='author'>Jane Smith</span> of Oxford disagreed with the council.</p></article>");
    EXPECT_TRUE(says(b, "Environmental groups welcomed")) << spoken(b);
    EXPECT_TRUE(says(b, "Jane Smith of Oxford disagreed")) << spoken(b);
}

// An advertisement's slot named in the page's own language, with its "the article continues below the ad"
// note, is not read; the story's own paragraph about an advertisement is.
TEST(FurniturePageTest, shouldLeaveOutAdSlotsNamedInOtherLanguages) {
    const Article a = page("<article><h1>Council approves flood barrier</h1>" + kStory +
                           "<div class='annonce inline'><span class='annonce-label'>Annonce</span>"
                           "<p class='fortsaetter'>Artiklen forts\xC3\xA6tter under annoncen</p></div>"
                           "<div class='reklama'><p>\xD0\x9F\xD1\x80\xD0\xBE\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5 "
                           "\xD1\x81\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C\xD0\xB8 \xD0\xBF\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB5 "
                           "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD1\x8B</p></div>"
                           "<p>The council also approved an advertisement campaign to explain the barrier to residents.</p></article>");
    EXPECT_FALSE(says(a, "annoncen"));
    EXPECT_FALSE(says(a, "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD1\x8B"));
    EXPECT_TRUE(says(a, "advertisement campaign"));
}

// A market page's ticker link after a company's name ("/investing/stock/hlvm") is not read.
TEST(FurniturePageTest, shouldLeaveOutATickerLinkAfterACompanysName) {
    const Article a = page("<article><h1>Council approves flood barrier</h1><p>Halverson <a href='/investing/stock/hlvm'>HLVM</a> said it "
                           "earned $412 million in the quarter, more than analysts had expected, and raised its forecast for the year.</p>" +
                           kStory + "</article>");
    EXPECT_TRUE(says(a, "Halverson said it earned"));
    EXPECT_FALSE(says(a, "HLVM"));
    // (The symbol for a noun stays: "Shares of XYZ dropped".)
    const Article b = page("<article><h1>Council approves flood barrier</h1><p>Shares of <a href='/investing/stock/xyz'>XYZ</a> dropped 5% "
                           "after the company cut its forecast for the year, analysts said on Monday.</p>" + kStory + "</article>");
    EXPECT_TRUE(says(b, "Shares of XYZ dropped"));
}

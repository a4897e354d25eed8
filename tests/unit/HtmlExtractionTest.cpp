// Web pages to Article: metadata, body cleaning, captions, charsets, and pages that fight back.

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "core/Error.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/html/Charset.hpp"
#include "ingest/html/HtmlMetadata.hpp"
#include "ingest/Byline.hpp"
#include "ingest/Ingest.hpp"

using namespace readcast;

namespace {

Article htmlPage(const std::string& html) { return ingestArticle(Input{"page.html", html}, InputFormat::Html); }

std::vector<std::string> texts(const Article& a, BlockKind kind) {
    std::vector<std::string> out;
    for (const Block& b : a.blocks) {
        if (b.kind == kind) out.push_back(b.text);
    }
    return out;
}

// JSON string escaping for the few characters the test bodies contain.
std::string nlohmannEscape(const std::string& s) {
    std::string out;
    for (char c : s) out += c == '\n' ? std::string("\\n") : std::string(1, c);
    return out;
}

const std::string kProse =
    "<p>The central bank raised its key rate on Thursday, citing inflation that has stayed above target for "
    "three years, and signalled that more increases could follow later this year.</p>"
    "<p>Markets had expected the move, and stocks rose modestly after the announcement, while the currency "
    "strengthened against the dollar, the yen and the euro in afternoon trading.</p>"
    "<p>Economists said the decision, the fourth this year, showed the bank was willing to risk slower growth, "
    "higher unemployment and weaker exports to bring prices under control.</p>";

}  // namespace

TEST(HtmlExtractionTest, shouldReadJsonLdMetadataFirst) {
    const Article a = htmlPage(
        "<html lang='en-GB'><head><title>Wrong | Site</title>"
        "<meta property='og:title' content='Also wrong'>"
        "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\","
        "\"name\":\"Daily\"},{\"@type\":\"NewsArticle\",\"headline\":\"Bank raises rates\",\"author\":[{\"@type\":"
        "\"Person\",\"name\":\"Jane Doe\"},{\"name\":\"John Roe\"}],\"datePublished\":\"2025-03-06T09:30:00Z\","
        "\"dateModified\":\"2025-03-07\",\"publisher\":{\"name\":\"The Daily\"},\"image\":{\"url\":\"http://x/i.jpg\"}}]}"
        "</script></head><body><article>" + kProse + "</article></body></html>");
    EXPECT_EQ(a.title, "Bank raises rates");
    EXPECT_EQ(a.byline, "Jane Doe and John Roe");
    EXPECT_EQ(a.published->iso(), "2025-03-06T09:30:00Z");
    EXPECT_EQ(a.modified->iso(), "2025-03-07");
    EXPECT_EQ(a.site, "The Daily");
    EXPECT_EQ(a.language, "en-GB");
    EXPECT_EQ(a.lead_image_url, "http://x/i.jpg");
}

// An organisation other than the publisher named as the author in JSON-LD, whose initials the page prints
// as the byline: an agency, named in full and said "From …". A person's initials are not.
TEST(HtmlExtractionTest, shouldTakeAnOrganisationWhoseInitialsArePrintedForAnAgency) {
    const auto page = [](const std::string& author, const std::string& shown) {
        return htmlPage("<html lang='en'><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Rates rise\","
                        "\"author\":" + author + ",\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Money Desk\"}}</script>"
                        "</head><body><article><h1>Rates rise</h1><div class='byline'><span class='author'>" + shown +
                        "</span></div>" + kProse + "</article></body></html>");
    };
    const Article agency = page("{\"@type\":\"Organization\",\"name\":\"Associated Business Press\"}", "ABP");
    EXPECT_EQ(agency.byline, "Associated Business Press");
    EXPECT_TRUE(agency.byline_is_agency);
    const Article person = page("{\"@type\":\"Person\",\"name\":\"Anna Berg\"}", "AB");
    EXPECT_FALSE(person.byline_is_agency);
}

// A health publisher's page: its JSON-LD typed MedicalWebPage names the writer; without it, the line
// "Written by <link to the writer's page> on <date>" does (the reviewer's line does not).
TEST(HtmlExtractionTest, shouldFindTheWriterOfAHealthPublishersPage) {
    const std::string body = "<article><h1>Pill cuts blood pressure</h1><p>Written by <a href='/authors/emily-tran'>Emily Tran</a> "
                             "on March 30, 2026</p><p>Medically reviewed by <a href='/reviewers/m-oyelaran'>Marcus Oyelaran, MD</a></p>" +
                             kProse + "</article>";
    const Article typed = htmlPage("<html lang='en'><head><script type='application/ld+json'>{\"@type\":\"MedicalWebPage\","
                                   "\"headline\":\"Pill cuts blood pressure\",\"author\":{\"@type\":\"Person\",\"name\":\"Emily Tran\"}}"
                                   "</script></head><body>" + body + "</body></html>");
    EXPECT_EQ(typed.byline, "Emily Tran");
    const Article plain = htmlPage("<html lang='en'><head><title>Pill cuts blood pressure</title></head><body>" + body + "</body></html>");
    EXPECT_EQ(plain.byline, "Emily Tran");
}

// A Korean portal sets a photo and its caption in a span inside the article's text, "end_photo_org" around
// "img_desc": a caption, not the story.
TEST(HtmlExtractionTest, shouldTakeAPortalsPhotoSpanForACaption) {
    const Article a = htmlPage("<html lang='en'><head><title>Rates rise</title></head><body><article id='dic_area'>"
                               "<span class='end_photo_org'><img src='x.jpg' alt=''><em class='img_desc'>Apartment blocks in Jamsil. "
                               "2025.3.12/Hanbit Economy</em></span><br><br>" + kProse + "</article></body></html>");
    for (const std::string& p : texts(a, BlockKind::Paragraph)) EXPECT_EQ(p.find("Jamsil"), std::string::npos) << p;
    EXPECT_FALSE(texts(a, BlockKind::Caption).empty());
}

// The headline given to social networks is cut to fit; the page prints it whole: the printed one is read
// when it goes on after the same words, also where the page's JSON-LD repeats the short one.
TEST(HtmlExtractionTest, shouldReadThePrintedHeadlineWhenItSaysMoreThanTheSocialOne) {
    const Article longer = htmlPage(
        "<html><head><meta property='og:title' content='Bank raises rates for a third time'><script type='application/ld+json'>"
        "{\"@type\":\"NewsArticle\",\"headline\":\"Bank raises rates for a third time\"}</script></head><body><article><h1>Bank "
        "raises rates for a third time, and signals more to come</h1>" + kProse + "</article></body></html>");
    EXPECT_EQ(longer.title, "Bank raises rates for a third time, and signals more to come");
    // (Or in other words, the social one and the page's <title> a short SEO form of it; a <title> alone, with no
    // social title beside it, stays the headline.)
    const Article reworded = htmlPage(
        "<html><head><title>CWCM Q1 output up 18% - Copperbelt Express</title><meta property='og:title' content='CWCM Q1 output up "
        "18%'></head><body><article><h1>CWCM copper output jumps 18% in first quarter</h1>" + kProse + "</article></body></html>");
    EXPECT_EQ(reworded.title, "CWCM copper output jumps 18% in first quarter");
    const Article titled = htmlPage(
        "<html><head><title>CWCM Q1 output up 18% - Copperbelt Express</title></head><body><article><h1>CWCM copper output jumps "
        "18% in first quarter</h1>" + kProse + "</article></body></html>");
    EXPECT_EQ(titled.title, "CWCM Q1 output up 18%");
}

TEST(HtmlExtractionTest, shouldFallBackToOpenGraphAndMetaTags) {
    const Article a = htmlPage(
        "<html><head><meta property='og:title' content='Bank raises rates'>"
        "<meta property='og:site_name' content='The Daily'><meta name='author' content='By Jane Doe'>"
        "<meta property='article:published_time' content='2025-03-06T09:30:00+01:00'>"
        "<meta property='og:locale' content='fr_FR'></head><body><div>" + kProse + "</div></body></html>");
    EXPECT_EQ(a.title, "Bank raises rates");
    EXPECT_EQ(a.site, "The Daily");
    EXPECT_EQ(a.byline, "Jane Doe");
    EXPECT_EQ(a.published->iso(), "2025-03-06T09:30:00+01:00");
    EXPECT_EQ(a.language, "en") << "og:locale says French, the text is English: the text wins";
}

TEST(HtmlExtractionTest, shouldTellTheLanguageFromTheTextWhenThePageDoesNotSayOrSaysWrong) {
    const std::string spanish =
        "<p>Los pueblos ind\u00EDgenas reclaman por derechos que permanecen incumplidos desde hace d\u00E9cadas, y "
        "el gobierno promete una nueva ley antes de fin de a\u00F1o.</p><p>La propuesta fue recibida con cautela por "
        "las organizaciones sociales, que piden garant\u00EDas concretas y un calendario claro.</p>";
    EXPECT_EQ(htmlPage("<html><body><article>" + spanish + "</article></body></html>").language, "es");
    EXPECT_EQ(htmlPage("<html lang='en'><body><article>" + spanish + "</article></body></html>").language, "es");
    EXPECT_EQ(htmlPage("<html lang='es-AR'><body><article>" + spanish + "</article></body></html>").language, "es-AR")
        << "the declared region stays when the language agrees";
    EXPECT_EQ(htmlPage("<html lang='fr'><body><article><p>Bonjour.</p></article></body></html>").language, "fr")
        << "too little text to overrule the page";
}

TEST(HtmlExtractionTest, shouldCleanSiteNameFromDocumentTitle) {
    EXPECT_EQ(cleanDocumentTitle("Bank raises its key rate again | The Daily", {}, {}), "Bank raises its key rate again");
    EXPECT_EQ(cleanDocumentTitle("The Daily - Bank raises its key rate again", {}, {}), "Bank raises its key rate again");
    EXPECT_EQ(cleanDocumentTitle("Mozilla - Wikipedia", {}, {}), "Mozilla - Wikipedia");
    EXPECT_EQ(cleanDocumentTitle("Hi", {}, {"Bank raises its key rate"}), "Bank raises its key rate");
}

// The site's name in brackets at the end, or after the underscore Chinese portals use, is not read.
TEST(HtmlExtractionTest, shouldCleanABracketedOrUnderscoredSiteNameFromTheTitle) {
    const auto titleOf = [](const std::string& title, const std::string& site) {
        return htmlPage("<html><head><title>" + title + "</title><meta property='og:site_name' content='" + site +
                    "'></head><body><article>" + kProse + "</article></body></html>").title;
    };
    EXPECT_EQ(titleOf("Weekly Edition for March 26, 2015 [Example.net]", "Example.net"), "Weekly Edition for March 26, 2015");
    EXPECT_EQ(titleOf("\xE5\x90\x8E\xE6\x9E\x9C\xE5\xBE\x88\xE4\xB8\xA5\xE9\x87\x8D \xE4\xBA\x86 _\xE5\x85\x89\xE6\x98\x8E\xE7\xBD\x91",
                      "\xE5\x85\x89\xE6\x98\x8E\xE7\xBD\x91"),
              "\xE5\x90\x8E\xE6\x9E\x9C\xE5\xBE\x88\xE4\xB8\xA5\xE9\x87\x8D \xE4\xBA\x86");
    EXPECT_EQ(titleOf("\xE5\x90\x8E\xE6\x9E\x9C\xE5\xBE\x88\xE4\xB8\xA5\xE9\x87\x8D_\xE6\x95\x99\xE8\x82\xB2_\xE5\x85\x89\xE6\x98\x8E\xE7\xBD\x91", ""),
              "\xE5\x90\x8E\xE6\x9E\x9C\xE5\xBE\x88\xE4\xB8\xA5\xE9\x87\x8D") << "a portal's labels after underscores";
    EXPECT_EQ(titleOf("Snake_case names in Python code explained", ""), "Snake_case names in Python code explained");
    EXPECT_EQ(titleOf("Notes on [Example.net] outages", "Example.net"), "Notes on [Example.net] outages");
    EXPECT_EQ(titleOf("Weekly Edition for March 26, 2015 [Example.net]", ""), "Weekly Edition for March 26, 2015")
        << "a domain in brackets is a site's name even when the page does not declare one";
}

TEST(HtmlExtractionTest, shouldKeepOnlyTheArticleBody) {
    const Article a = htmlPage(
        "<html><head><title>Bank raises rates</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/business'>Business news and more</a></nav>"
        "<div class='share-bar'><a href='#'>Share on Facebook</a> <a href='#'>Share on Twitter</a></div>"
        "<main><article><h1>Bank raises rates</h1><p class='byline'>By Jane Doe</p>" + kProse +
        "<h2>What happens next</h2><p>Analysts expect another increase in June, although the bank said future "
        "decisions would depend on data.</p>"
        "<div style='display:none'><p>Hidden text that no reader sees and no listener should hear, ever.</p></div>"
        "<aside><p>Sign up for our newsletter to get the best stories every morning, straight to your inbox.</p></aside>"
        "<blockquote class='twitter-tweet'><p>Huge news from the bank today, what a day for markets, wow.</p>"
        "</blockquote><p>Advertisement</p>"
        "<ul class='related'><li><a href='/a'>Rates explained</a></li><li><a href='/b'>Mortgage costs</a></li>"
        "<li><a href='/c'>Savings accounts</a></li></ul>"
        "</article></main><div id='comments'><p>Great article, thanks for writing this up, really helpful stuff.</p></div>"
        "<footer><p>Copyright 2025 The Daily, all rights reserved, including the right to reproduce.</p></footer>"
        "</body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    ASSERT_EQ(paragraphs.size(), 4u);
    EXPECT_EQ(paragraphs[0].rfind("The central bank raised", 0), 0u);
    EXPECT_EQ(paragraphs[3].rfind("Analysts expect", 0), 0u);
    EXPECT_EQ(texts(a, BlockKind::Heading), (std::vector<std::string>{"What happens next"}));
    EXPECT_TRUE(texts(a, BlockKind::Quote).empty()) << "an embedded tweet is not the article";
    EXPECT_EQ(a.byline, "Jane Doe");
}

TEST(HtmlExtractionTest, shouldMakeFigureCaptionsAndCreditsSeparateBlocks) {
    const Article a = htmlPage("<html><body><article>" + kProse +
                           "<figure><img src='a.jpg' alt='Bank headquarters'><figcaption>The bank's headquarters in "
                           "the capital. <span class='credit'>Photo: Jane Roe/Agency</span></figcaption></figure>"
                           "</article></body></html>");
    EXPECT_EQ(texts(a, BlockKind::Caption), (std::vector<std::string>{"The bank's headquarters in the capital."}));
    EXPECT_EQ(texts(a, BlockKind::Credit), (std::vector<std::string>{"Photo: Jane Roe/Agency"}));
    EXPECT_EQ(texts(a, BlockKind::Paragraph).size(), 3u);
}

// A data table is read a row at a time, after its caption; a header row of names labels the figures
// under it and is not read on its own.
TEST(HtmlExtractionTest, shouldReadDataTablesRowByRow) {
    const Article a = htmlPage("<html><body><article>" + kProse +
                               "<table><caption>Results by party</caption><tr><th>Party</th><th>Votes</th><th>Year</th></tr>"
                               "<tr><td>Labour</td><td>9,708,716</td><td>2024</td></tr>"
                               "<tr><td>Green</td><td>1,943,265</td><td>2024</td></tr></table>"
                               "</article></body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    const std::vector<std::string> tail(paragraphs.end() - 3, paragraphs.end());
    EXPECT_EQ(tail, (std::vector<std::string>{"Results by party:", "Labour, votes 9,708,716, 2024", "Green, votes 1,943,265, 2024"}));
}

// A timetable's short cells of words are labelled too, and a header's unit in brackets that cannot be

// A highlighter's table around a code listing (a gutter of line numbers, the listing in a <pre>) is
// never read; a data table beside it still is.
TEST(HtmlExtractionTest, shouldNotReadACodeListingLaidOutAsATable) {
    const Article a = htmlPage("<html><body><article>" + kProse +
                               "<div class=\"wp_syntax\"><table><tr><td class=\"line_numbers\"><pre>1\n2</pre></td>"
                               "<td class=\"code\"><pre class=\"javascript\">fetch(\"/data.json\").then(function(res) {\n"
                               "  console.log(res.ok);\n});</pre></td></tr></table></div>"
                               "<table><tr><td>Labour</td><td>9,708,716</td></tr>"
                               "<tr><td><code class=\"language-js\">fetchLater()</code></td><td>a later fetch</td></tr></table>"
                               "</article></body></html>");
    for (const Block& b : a.blocks) EXPECT_EQ(b.text.find("fetch("), std::string::npos) << b.text;
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    const std::vector<std::string> tail(paragraphs.end() - 2, paragraphs.end());
    EXPECT_EQ(tail, (std::vector<std::string>{"Labour, 9,708,716", "fetchLater(), a later fetch"}));
}
// said is left out of its label; a cell with no letters or figures ("—") takes no label.
TEST(HtmlExtractionTest, shouldLabelShortCellsOfATimetableAndDropUnsayableUnitsFromLabels) {
    const Article a = htmlPage("<html><body><article>" + kProse +
                               "<table><tr><th>Area</th><th>Off from</th><th>Back by</th><th>Impact</th></tr>"
                               "<tr><td>Randburg, Ferndale</td><td>Tue 13 May, 20:00</td><td>Thu 15 May, 02:00</td><td>Low</td></tr></table>"
                               "<table><tr><th>Category</th><th>Range (c/kg lwt)</th><th>Change (c/kg)</th><th>Note</th></tr>"
                               "<tr><td>Bulls</td><td>250\u2013305</td><td>+8</td><td>\u2014</td></tr></table>"
                               "</article></body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    const std::vector<std::string> tail(paragraphs.end() - 2, paragraphs.end());
    EXPECT_EQ(tail, (std::vector<std::string>{"Randburg, Ferndale, off from Tue 13 May, 20:00, back by Thu 15 May, 02:00, impact Low",
                                              "Bulls, range 250\u2013305, change +8"}));
}

// A row keyed by a figure is labelled from its first cell; a range of figures too long for one figure
// takes its label; a sports table's abbreviated headers ("Pld", "GD") are said as their words.
TEST(HtmlExtractionTest, shouldLabelFigureKeyedRowsAndRangesButNotAbbreviatedHeaders) {
    const Article a = htmlPage("<html><body><article>" + kProse +
                               "<table><tr><th>Capital value</th><th>2024/25</th><th>Weekly change</th></tr>"
                               "<tr><td>$500,000</td><td>$3,240</td><td>+$6.17</td></tr></table>"
                               "<table><tr><th>Flat type</th><th>Before grants</th><th>After grants</th></tr>"
                               "<tr><td>3-room</td><td>$230,000 - $310,000</td><td>$150,000 - $230,000</td></tr></table>"
                               "<table><tr><th>Team</th><th>Pld</th><th>GD</th><th>Pts</th></tr>"
                               "<tr><td>Arsenal</td><td>38</td><td>+62</td><td>89</td></tr></table>"
                               "<table><tr><th>Onderdeel</th><th>Nu</th><th>Per 1 juli</th></tr>"
                               "<tr><td>Water</td><td>3,47</td><td>3,95</td></tr></table>"
                               "</article></body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    const std::vector<std::string> tail(paragraphs.end() - 4, paragraphs.end());
    EXPECT_EQ(tail, (std::vector<std::string>{"capital value $500,000, 2024/25: $3,240, weekly change +$6.17",
                                              "3-room, before grants $230,000 - $310,000, after grants $150,000 - $230,000",
                                              "Arsenal, played 38, goal difference +62, 89 points", "Water, nu 3,47, per 1 juli: 3,95"}))
        << "a word of two letters, Dutch 'Nu', labels its column";
}

// With header cells, a paragraph inside a cell is a long description, not a sign of a layout table; a
// note mark in a cell is not read.
TEST(HtmlExtractionTest, shouldReadADataTableWithParagraphsInItsCells) {
    const Article a = htmlPage("<html><body><article>" + kProse +
                               "<table><tr><th>Film</th><th>Description</th></tr>"
                               "<tr><th><i>Churuli</i></th><td>Two officers search a village."
                               "<p>It is based on a short story.<sup class='reference'><a href='https://x.org/p#cite-4'>[4]</a></sup></p></td></tr>"
                               "<tr><th><i>Maanaadu</i></th><td>A man is stuck in a loop.<sup><a href='#n5'>5</a></sup></td></tr>"
                               "</table></article></body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    const std::vector<std::string> tail(paragraphs.end() - 2, paragraphs.end());
    EXPECT_EQ(tail, (std::vector<std::string>{"Churuli, Two officers search a village. It is based on a short story.",
                                              "Maanaadu, A man is stuck in a loop."}));
}

// In a cell as in a paragraph, a unit's power is the unit's ("km<sup>2</sup>" is "km^2", which the text
// stage says "square kilometers"), while a larger raised number stays a word apart.
TEST(HtmlExtractionTest, shouldKeepAUnitsPowerInATableCell) {
    const Article a = htmlPage("<html><body><article>" + kProse +
                               "<table><tr><th>Area</th><td>268,021 km<sup>2</sup></td></tr>"
                               "<tr><th>Density</th><td>18.2/km<sup>2</sup> in 2019<sup>3</sup></td></tr></table></article></body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    const std::vector<std::string> tail(paragraphs.end() - 2, paragraphs.end());
    EXPECT_EQ(tail, (std::vector<std::string>{"Area, 268,021 km^2", "Density, 18.2/km^2 in 2019 3"}));
}

// A header over figures names each of them however it is written: a period ("2025 to 2026", apart from
// its figure), several words, letters beyond ASCII.
TEST(HtmlExtractionTest, shouldNameEachFigureByItsHeader) {
    const Article a = htmlPage("<html><body><article>" + kProse +
                               "<table><thead><tr><th>Bins</th><th>2025 to 2026</th><th>2026 to 2027</th></tr></thead>"
                               "<tbody><tr><td>First bin</td><td>\xC2\xA3" "55</td><td>\xC2\xA3" "62</td></tr></tbody></table>"
                               "<table><tr><th>Territoire</th><th>Enfants en logement surpeupl\xC3\xA9</th></tr>"
                               "<tr><td>Moyenne nationale</td><td>16 %</td></tr></table></article></body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    const std::vector<std::string> tail(paragraphs.end() - 2, paragraphs.end());
    EXPECT_EQ(tail, (std::vector<std::string>{"First bin, 2025 to 2026: \xC2\xA3" "55, 2026 to 2027: \xC2\xA3" "62",
                                              "Moyenne nationale, enfants en logement surpeupl\xC3\xA9 16 %"}));
}

// A table of ticks and status icons says nothing aloud: left out, its row names with it.
TEST(HtmlExtractionTest, shouldLeaveOutATableOfPictures) {
    std::string rows;
    for (const char* name : {"Load map", "Save map", "Sound settings", "Map generator"}) {
        rows += std::string("<tr><td>") + name + "</td><td><img src='ok.png'></td><td><img src='ok.png'></td><td></td></tr>";
    }
    const Article a = htmlPage("<html><body><article>" + kProse + "<table><tr><th>Screen</th><th>Draft</th><th>Review</th>"
                               "<th>Final</th></tr>" + rows + "</table></article></body></html>");
    for (const std::string& p : texts(a, BlockKind::Paragraph)) EXPECT_EQ(p.find("map"), std::string::npos) << p;
}

// A sentence wrapped by hand with <br> stays one: the line ends on a joining word or the next begins in
// lower case. Short lines that end otherwise are lines of their own (a list set with breaks).
TEST(HtmlExtractionTest, shouldKeepASentenceWrappedWithLineBreaksWhole) {
    const Article a = htmlPage("<html><body><article>" + kProse +
                               "<p>These are Headers, Request and<br>Response.</p>"
                               "<p>They have certain visibility filters<br>supporting the rules.</p>"
                               "<p>1. Finland<br>2. Norway</p></article></body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    const std::vector<std::string> tail(paragraphs.end() - 4, paragraphs.end());
    EXPECT_EQ(tail, (std::vector<std::string>{"These are Headers, Request and Response.",
                                              "They have certain visibility filters supporting the rules.", "1. Finland",
                                              "2. Norway"}));
}

// A table of contents (links to the page's own sections, with its title) is not read, and a source's
// date in the references is not the page's.
TEST(HtmlExtractionTest, shouldLeaveOutATableOfContentsAndReferenceDates) {
    std::string references;
    for (int i = 0; i < 12; ++i) {
        references += "<li><span class='reference-text'>\"Mozilla names a new chief executive [Updated] | Example News\". "
                      "Example News. Retrieved <span class='reference-accessdate'>2014-04-05</span>.</span></li>";
    }
    const Article a = htmlPage(
        "<html><body><article><div class='index-box'><p>Contents</p><ul><li><a href='#history'>1 History</a></li>"
        "<li><a href='#values'>2 Values</a><ul><li><a href='#software'>2.1 Software</a></li></ul></li></ul></div>" +
        kProse + kProse + kProse + kProse + "<ol class='reference-list'>" + references + "</ol></article></body></html>");
    for (const std::string& p : texts(a, BlockKind::Paragraph)) {
        EXPECT_EQ(p.find("History"), std::string::npos) << p;
        EXPECT_NE(p, "Contents");
    }
    EXPECT_FALSE(a.published.has_value()) << a.published->iso();
    EXPECT_FALSE(a.modified.has_value()) << a.modified->iso();
}

// English declared without a region takes the region of a country's address.
TEST(HtmlExtractionTest, shouldTakeTheRegionOfEnglishFromACountrysAddress) {
    const auto language = [](const std::string& url, const std::string& lang) {
        return htmlPage("<html lang='" + lang + "'><head><link rel='canonical' href='" + url + "'></head><body><article>" +
                        kProse + "</article></body></html>").language;
    };
    EXPECT_EQ(language("https://www.example.co.uk/news/1", "en"), "en-GB");
    EXPECT_EQ(language("https://www.example.com.au/news/1", "en"), "en-AU");
    EXPECT_EQ(language("https://www.example.com/news/1", "en"), "en");
    // (The "en-US" a publishing tool declares by default says less than the country's address.)
    EXPECT_EQ(language("https://www.example.co.uk/news/1", "en-US"), "en-GB");
    EXPECT_EQ(language("https://www.example.co.uk/news/1", "en-CA"), "en-CA");
}

// An evening story is dated in the publisher's time, not by the UTC moment in its metadata.
TEST(HtmlExtractionTest, shouldDateAnEveningStoryInThePublishersTime) {
    const Article withZone = htmlPage(
        "<html><head><meta property='article:published_time' content='2025-03-05T03:15:00Z'></head><body><article>"
        "<time datetime='2025-03-04T22:15:00-05:00'>March 4, 2025</time>" + kProse + "</article></body></html>");
    ASSERT_TRUE(withZone.published.has_value());
    EXPECT_EQ(withZone.published->dateIso(), "2025-03-04");
    const Article shown = htmlPage(
        "<html><head><meta property='article:published_time' content='2025-03-04T03:30:00.412Z'></head><body><article>"
        "<time datetime='2025-03-04T03:30:00.412Z'>March 3, 2025 at 10:30 p.m. EST</time>" + kProse + "</article></body></html>");
    ASSERT_TRUE(shown.published.has_value());
    EXPECT_EQ(shown.published->dateIso(), "2025-03-03");
    const Article morning = htmlPage(
        "<html><head><meta property='article:published_time' content='2025-03-04T15:30:00Z'></head><body><article>"
        "<time datetime='2025-03-04T15:30:00Z'>March 4, 2025</time>" + kProse + "</article></body></html>");
    EXPECT_EQ(morning.published->iso(), "2025-03-04T15:30:00Z");
}

// The publisher named as its own author is no byline; the visible one is read, found by a component's
// name or a class in the page's language, its surname in capitals set in mixed case; the byline's job
// title and the row of byline, date and reading time are not read.
TEST(HtmlExtractionTest, shouldReadTheVisibleBylineWhenTheAuthorIsThePublisher) {
    const std::string jsonLd =
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Ferry crossings cut\","
        "\"author\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"Example News\"},"
        "\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"Example News\"}}</script>";
    const Article a = htmlPage("<html><head>" + jsonLd + "</head><body><article><h1>Ferry crossings cut</h1>"
                               "<div data-component='byline-block'><div><span class='hidden-label'>By </span>Rhiannon Price</div>"
                               "<div>Example Wales transport correspondent</div></div>" + kProse + "</article></body></html>");
    EXPECT_EQ(cleanByline(a.byline, a.site).names, "Rhiannon Price");
    for (const std::string& p : texts(a, BlockKind::Paragraph)) EXPECT_EQ(p.find("correspondent"), std::string::npos) << p;

    const Article fr = htmlPage("<html lang='fr'><body><article><h1>La maternité fermera ses portes</h1>"
                                "<div class='infos-article'><span class='auteur'>Maëlle GUYOMARC'H.</span> "
                                "<span>Publié le <time datetime='2025-03-04T17:12:00+01:00'>04/03/2025 à 17h12</time></span> "
                                "<span>Lecture : 3 min.</span></div>" + kProse + "</article></body></html>");
    EXPECT_EQ(cleanByline(fr.byline, fr.site).names, "Maëlle Guyomarc'h");
    for (const std::string& p : texts(fr, BlockKind::Paragraph)) EXPECT_EQ(p.find("Publi"), std::string::npos) << p;
}

// The metadata's author is a desk, an organisation or fewer writers than the page prints: the printed
// byline is read, found after the headline or above it in the header they share (a link to the writer's
// page alone in its line), with its label in the page's language. A link in a citation names nobody.
TEST(HtmlExtractionTest, shouldPreferThePrintedWritersToADeskOrAnOrganisationInTheMetadata) {
    const auto page = [](const std::string& author, const std::string& header, const std::string& after) {
        return htmlPage("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Bank raises rates\","
                        "\"author\":" + author + ",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Valley Post\"}}</script>"
                        "</head><body><article><header>" + header + "<h1>Bank raises rates</h1></header>" + after + kProse +
                        "<p>Sources: <cite><a href='https://example.org/people/ann-lee'>Ann Lee</a>, Ministry report, 2024.</cite></p>"
                        "</article></body></html>");
    };
    const std::string person = "<p class='byline'>By <a href='/author/rv'>Rachel Vance</a>, <a href='/author/mh'>Marcus Hale</a></p>";
    EXPECT_EQ(page("{\"@type\":\"Person\",\"name\":\"KRVN 7 News Staff\"}", "", person).byline, "Rachel Vance and Marcus Hale");
    EXPECT_EQ(page("{\"@type\":\"Organization\",\"name\":\"Ground Truth\"}", "", person).byline, "Rachel Vance and Marcus Hale");
    EXPECT_EQ(page("{\"@type\":\"Person\",\"name\":\"Rachel Vance\"}", "", person).byline, "Rachel Vance and Marcus Hale");
    EXPECT_EQ(page("{\"@type\":\"Person\",\"name\":\"Redacci\u00F3n Valley Post\"}",
                   "<div class='meta'><span class='x1'><a href='/profile/lucia/profile'>Luc\u00EDa Benavente</a></span></div>", "")
                  .byline,
              "Luc\u00EDa Benavente");
    EXPECT_EQ(cleanByline("Scritto da: Giulia Ferraresi", "").names, "Giulia Ferraresi");
    // A person and the organisation that placed the story, both named as authors: the person.
    EXPECT_EQ(page("[{\"@type\":\"Person\",\"name\":\"Tom Pegg\"},{\"@type\":\"Organization\",\"name\":\"Local Democracy Reporting Service\"}]",
                   "", "<p class='byline'>By <a href='/authors/tom-pegg/'>Tom Pegg</a>, <span class='byline-role'>Local Democracy "
                   "Reporter</span></p>").byline,
              "Tom Pegg");
    // A person in the metadata, a job after the printed name: the metadata's writer stays.
    EXPECT_EQ(page("{\"@type\":\"Person\",\"name\":\"Ann Roe\"}", "",
                   "<p class='byline'>Ann Roe, Speech, Privacy and Technology Project</p>").byline,
              "Ann Roe");
    // No byline printed: the citation's link is not one, and an organisation named as the author names
    // nobody in the intro; a news agency so named is still read ("From Reuters.").
    EXPECT_EQ(page("{\"@type\":\"Organization\",\"name\":\"Contributors to the project\"}", "", "").byline, "");
    EXPECT_EQ(page("{\"@type\":\"Organization\",\"name\":\"Reuters\"}", "", "").byline, "Reuters");
    // A login's name in the metadata, the writer's printed: the printed one.
    EXPECT_EQ(page("{\"@type\":\"Person\",\"name\":\"newsdesk\"}", "", "<p class='byline'>Interview by Dana Whitcombe</p>").byline,
              "Dana Whitcombe");
}

// What a blind round of pages found: a key-points list known by its heading before a live page's posts
// and a FAQ the story's contents link to (its answers in a page builder's "nav") are the story's; boxes
// that ask ("cta"), a story's production credits and a video player's title are not.
TEST(HtmlExtractionTest, shouldKeepKeyPointsAndALinkedFaqAndDropCallsToActionAndCredits) {
    const Article live = htmlPage(
        "<html lang='fr'><body><main><h1>Tempête Olinda : 210 000 foyers privés d’électricité</h1>"
        "<section class='x-ess'><h2>Ce qu’il faut retenir</h2><ul><li>La tempête a touché la pointe bretonne dans la nuit.</li>"
        "<li>Environ 210 000 foyers étaient privés d’électricité à la mi-journée, selon Enedis.</li></ul></section>"
        "<section class='posts'><article class='post'><h2>La vigilance rouge levée</h2><p>Météo-France a levé la vigilance rouge "
        "vent violent pour le Finistère à 13 heures, et le département reste en vigilance orange jusqu’à ce soir.</p></article>"
        "<article class='post'><h2>210 000 foyers sans courant</h2><p>Selon le dernier point d’Enedis, environ 210 000 foyers "
        "restent privés d’électricité, dont 128 000 dans le Finistère, et 1 400 techniciens sont mobilisés.</p></article>"
        "<article class='post'><h2>Les trains arrêtés</h2><p>La circulation des TER est interrompue entre Brest et Quimper "
        "jusqu’à nouvel ordre, a annoncé la région dans un communiqué publié en fin de matinée.</p></article></section>"
        "</main></body></html>");
    EXPECT_EQ(texts(live, BlockKind::ListItem).size(), 2u);

    const Article explainer = htmlPage(
        "<html><body><section class='hero'><h1>What the heat rule means</h1><div class='VideoPlayer-title'>Raw video: roofers at work</div>"
        "</section><section class='body'><div class='wrap'><div class='toc-wrap'><a href='#faq'>FAQ</a></div><div class='rich'>" + kProse +
        "<div class='inline-cta'><p>Our desk is nonprofit and free to read. A gift of any size keeps our explainers coming.</p></div>"
        "</div></div></section><section id='faq' class='section-faq'><h2>Frequently asked questions</h2>"
        "<div class='q'>When does the rule take effect?</div><nav class='a'><p>Employers have 120 days to write their plans, and the "
        "break and water requirements take effect 150 days after publication.</p></nav>"
        "<div class='q'>Does it cover farmworkers?</div><nav class='a'><p>Yes. Agricultural workers on farms with more than ten "
        "employees are covered by the new federal rule.</p></nav></section>"
        "<section class='Theme-Credits'><h3>Credits</h3><p>Words: Ines Calder<br>Editor: Rosa Whitfield</p></section></body></html>");
    std::string all;
    for (const Block& b : explainer.blocks) all += b.text + "\n";
    EXPECT_NE(all.find("Does it cover farmworkers?"), std::string::npos) << all;
    EXPECT_NE(all.find("Employers have 120 days"), std::string::npos) << all;
    for (const char* furniture : {"Raw video", "A gift of any size", "Credits", "Rosa Whitfield"}) {
        EXPECT_EQ(all.find(furniture), std::string::npos) << furniture << " in:\n" << all;
    }
}

// A blog's name set as h1 over its tagline is no headline with a standfirst: the post's title is, in
// its lesser heading. A recipe's "Ingredients" heading named a header is the text's; a broadcaster's
// underwriting line is not.
TEST(HtmlExtractionTest, shouldReadABlogPostWithoutTheBlogsTaglineAndWithItsRecipesHeadings) {
    const Article a = htmlPage(
        "<html><head><title>The Millbrook Gazette: Fire destroys old feed mill</title></head><body><header><h1 class='title'><a href='/'>The Millbrook Gazette</a></h1><div class='descriptionwrapper'>"
        "<p class='description'>Volunteer-run news for Millbrook and the valley since 2009</p></div></header>"
        "<div class='main'><h3 class='post-title'>Fire destroys old feed mill</h3><div class='post-body'>" + kProse +
        "<h3 class='wprm-recipe-header wprm-recipe-ingredients-header'>Ingredients</h3><ul><li>two cups of flour</li><li>one egg</li></ul>"
        "<p>Support for the Gazette comes from the Hollander Family Foundation and from readers like you.</p>"
        "</div></div></body></html>");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_EQ(all.find("Volunteer-run"), std::string::npos) << all;
    EXPECT_NE(all.find("Ingredients"), std::string::npos) << all;
    EXPECT_EQ(all.find("Hollander"), std::string::npos) << all;
}

// Boxes that ask, known by what they hold whatever their utility classes: a newsletter's form for an
// email address, an aside whose words ask for a gift (its label too).
TEST(HtmlExtractionTest, shouldLeaveOutBoxesThatAskForAnEmailOrAGift) {
    const Article a = htmlPage("<html><body><article><h1>What the new fare caps mean</h1>" + kProse +
                               "<aside class='not-prose my-8 rounded-xl'><p class='text-sm'>Support nonprofit news</p>"
                               "<p class='mt-1'>The Ledger is free to read. Please donate now to keep it that way.</p><a href='/give'>Give now</a></aside>"
                               "<section class='mt-10 rounded-2xl'><h2>Get The Ledger in your inbox</h2><p>Our free newsletter lands every weekday at 7 a.m.</p>"
                               "<form><input type='email' placeholder='you@example.com'/><button>Subscribe</button></form></section>"
                               "</article></body></html>");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    for (const char* furniture : {"Support nonprofit news", "free to read", "inbox", "weekday"}) {
        EXPECT_EQ(all.find(furniture), std::string::npos) << furniture << " in:\n" << all;
    }
    EXPECT_NE(all.find("central bank raised"), std::string::npos) << all;
}

// A page whose classes say nothing: what follows the story is known by what it says, in its language
// (an author's bio, a licensing link with its arrow, a paywall's dialog, the comments under their
// heading), and a pull quote that repeats the story goes with its attribution.
TEST(HtmlExtractionTest, shouldLeaveOutWhatFollowsTheStoryOnAPageOfCrypticClasses) {
    const std::string story =
        "<p>El Ayuntamiento de Valencia aprobó este martes una moratoria de dos años para nuevas licencias de pisos "
        "turísticos en los seis barrios del centro histórico, después de un año récord de visitantes.</p>"
        "<p>Las asociaciones vecinales celebraron la decisión. “Llega tarde. En mi escalera quedamos tres familias; el "
        "resto son maletas que suben y bajan”, lamentó Amparo Soler, presidenta de la asociación de vecinos.</p>"
        "<blockquote class='a_q'><p>“En mi escalera quedamos tres familias; el resto son maletas que suben y bajan”</p>"
        "<footer>Amparo Soler, asociación de vecinos</footer></blockquote>"
        "<p>El Ayuntamiento calcula que la moratoria afectará a unas 600 solicitudes que estaban en tramitación, y sus "
        "titulares podrán pedir la devolución de las tasas abonadas.</p>";
    const Article a = htmlPage(
        "<html lang='es'><body><main id='main-content'><article class='a _g'><h1>Valencia limita los pisos turísticos</h1>"
        "<div class='a_c'>" + story + "</div>"
        "<div class='a_ei'><div class='a_ei_t'>Sobre la firma</div><p>Es redactora de la delegación de Valencia, donde "
        "cubre vivienda y urbanismo.</p></div>"
        "<div class='a_ed'><p>Normas \xE2\x80\xBA</p><p>Si está interesado en licenciar este contenido, pinche aquí</p></div>"
        "<div class='a_s'><div>Tu suscripción se está usando en otro dispositivo</div></div>"
        "<div class='a_com' id='comentarios'><h3>Comentarios</h3><p>Por fin. Ciutat Vella es ya un parque temático.</p></div>"
        "</article></main></body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    ASSERT_FALSE(paragraphs.empty());
    EXPECT_EQ(paragraphs.back().rfind("El Ayuntamiento calcula", 0), 0u) << paragraphs.back();
    EXPECT_TRUE(texts(a, BlockKind::Quote).empty());
    for (const std::string& p : paragraphs) EXPECT_EQ(p.find("Amparo Soler, asociación"), std::string::npos) << p;
}

// A match's statistics: each measure with the two sides named by the header.
TEST(HtmlExtractionTest, shouldReadMatchStatisticsWithEachSidesName) {
    const Article a = htmlPage("<html><body><article>" + kProse +
                               "<table><thead><tr><th>Harbour City</th><th></th><th>Eastvale Rovers</th></tr></thead>"
                               "<tbody><tr><td>61%</td><th>Possession</th><td>39%</td></tr>"
                               "<tr><td>17</td><th>Total shots</th><td>8</td></tr></tbody></table></article></body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    const std::vector<std::string> tail(paragraphs.end() - 2, paragraphs.end());
    EXPECT_EQ(tail, (std::vector<std::string>{"Possession: Harbour City 61%, Eastvale Rovers 39%",
                                              "Total shots: Harbour City 17, Eastvale Rovers 8"}));
}

// A subhead named for its permalink anchor is the text's own; a footnote's anchor link is a note mark;
// a desk credit in the metadata gives way to the byline the page shows.
TEST(HtmlExtractionTest, shouldKeepAnchoredSubheadsAndPreferAShownBylineToADeskCredit) {
    const Article a = htmlPage(
        "<html lang='it'><head><meta name='author' content='Redazione'></head><body><article><h1>Il turismo a Venezia</h1>"
        "<div class='byline'>di Mario Rossi</div>" + kProse +
        "<h2 class='header-anchor-post'>The fifty-seat problem</h2>"
        "<p>Many routes have lost half of their seats.<a class='footnote-anchor' href='#footnote-1'>1</a> The rest wait.</p>"
        "</article></body></html>");
    EXPECT_EQ(cleanByline(a.byline, a.site).names, "Mario Rossi");
    EXPECT_EQ(texts(a, BlockKind::Heading), (std::vector<std::string>{"The fifty-seat problem"}));
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    EXPECT_EQ(paragraphs.back(), "Many routes have lost half of their seats.[1] The rest wait.");  // "[1]" is not read
}

TEST(HtmlExtractionTest, shouldDecodeDeclaredLegacyCharsets) {
    // "café" in windows-1252, "한국" in EUC-KR, "日本" in Shift_JIS
    EXPECT_EQ(decodeHtml("p", "<meta charset=windows-1252><p>caf\xE9</p>"), "<meta charset=windows-1252><p>caf\u00E9</p>");
    EXPECT_EQ(decodeHtml("p", "<meta http-equiv='Content-Type' content='text/html; charset=euc-kr'><p>\xC7\xD1\xB1\xB9</p>"),
              "<meta http-equiv='Content-Type' content='text/html; charset=euc-kr'><p>\uD55C\uAD6D</p>");
    EXPECT_EQ(decodeHtml("p", "<meta charset=\"Shift_JIS\"><p>\x93\xFA\x96\x7B</p>"), "<meta charset=\"Shift_JIS\"><p>\u65E5\u672C</p>");
}

TEST(HtmlExtractionTest, shouldSeeThroughLyingCharsetDeclarations) {
    // Declares EUC-KR but is UTF-8; declares UTF-8 but is windows-1252.
    EXPECT_EQ(decodeHtml("p", "<meta charset=euc-kr><p>\uD55C\uAD6D</p>"), "<meta charset=euc-kr><p>\uD55C\uAD6D</p>");
    EXPECT_EQ(decodeHtml("p", "<meta charset=utf-8><p>caf\xE9 \x93quoted\x94</p>"),
              "<meta charset=utf-8><p>caf\u00E9 \u201Cquoted\u201D</p>");
    EXPECT_EQ(decodeHtml("p", "<meta charset=no-such-charset><p>caf\xE9</p>"), "<meta charset=no-such-charset><p>caf\u00E9</p>");
}

TEST(HtmlExtractionTest, shouldRefusePageWithoutArticle) {
    try {
        htmlPage("<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
             "<footer>Contact us</footer></body></html>");
        FAIL();
    } catch (const Error& e) {
        EXPECT_STREQ(e.what(), "page.html: no article found on this page");
    }
}

TEST(HtmlExtractionTest, shouldReadAnArticleOfHeadingsOverPicturesButNotTeaserLinks) {
    const Article pictures = htmlPage(
        "<html><head><title>Spring on the farm</title></head><body><article><h2>Lambs out in the top field at dawn</h2><img src='a.jpg' alt=''>"
        "<h2>The new milking shed, finished in May</h2><img src='b.jpg' alt=''></article></body></html>");
    EXPECT_EQ(texts(pictures, BlockKind::Paragraph),
              (std::vector<std::string>{"Lambs out in the top field at dawn", "The new milking shed, finished in May"}));
    // Headlines that link elsewhere are a section front's teasers, not a story.
    EXPECT_THROW(htmlPage("<html><body><main><section><h2><a href='/a'>Council approves the new budget for next year</a></h2>"
                          "<img src='a.jpg'></section><section><h2><a href='/b'>Storm closes roads across the county</a></h2>"
                          "</section></main></body></html>"),
                 Error);
}

TEST(HtmlExtractionTest, shouldSurviveTruncatedAndDeeplyNestedMarkup) {
    const Article truncated = htmlPage("<html><body><article>" + kProse.substr(0, kProse.size() - 30));
    EXPECT_FALSE(texts(truncated, BlockKind::Paragraph).empty());
    std::string deep = "<html><body>";
    for (int i = 0; i < 5000; ++i) deep += "<div>";
    deep += kProse;
    // Markup deeper than the limit is flattened, its text kept.
    EXPECT_EQ(texts(htmlPage(deep), BlockKind::Paragraph).size(), 3u);
    std::string shallow = "<html><body>";
    for (int i = 0; i < 100; ++i) shallow += "<div>";
    EXPECT_EQ(texts(htmlPage(shallow + kProse), BlockKind::Paragraph).size(), 3u);
}

TEST(HtmlExtractionTest, shouldKeepRightToLeftTextInLogicalOrder) {
    const Article a = htmlPage("<html lang='ar' dir='rtl'><body><article><p>\u0642\u0627\u0644 \u0627\u0644\u0628\u0646\u0643 "
                           "\u0627\u0644\u0645\u0631\u0643\u0632\u064A \u0625\u0646\u0647 \u0633\u064A\u0631\u0641\u0639 "
                           "\u0623\u0633\u0639\u0627\u0631 \u0627\u0644\u0641\u0627\u0626\u062F\u0629 \u0641\u064A "
                           "\u0627\u0644\u0631\u0628\u064A\u0639 \u0627\u0644\u0645\u0642\u0628\u0644.</p></article></body></html>");
    EXPECT_EQ(a.language, "ar");
    ASSERT_EQ(texts(a, BlockKind::Paragraph).size(), 1u);
    EXPECT_EQ(texts(a, BlockKind::Paragraph)[0].rfind("\u0642\u0627\u0644 \u0627\u0644\u0628\u0646\u0643", 0), 0u);
}

TEST(HtmlExtractionTest, shouldUseJsonLdArticleBodyWhenThePageRendersItWithScripts) {
    const std::string body =
        "The central bank raised its key rate on Thursday, citing inflation that has stayed above target for three "
        "years.\nMarkets had expected the move, and stocks rose modestly after the announcement, while the currency "
        "strengthened against the dollar.\nEconomists said the decision showed the bank was willing to risk slower "
        "growth to bring prices under control, and that more increases could follow later this year, depending "
        "on how quickly wages, rents and energy prices cool in the months ahead.\nThe governor is due to explain "
        "the decision to lawmakers next week, when she is expected to face questions about mortgage costs.";
    const Article a = htmlPage("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                           "\"headline\":\"Bank raises rates\",\"articleBody\":\"" + nlohmannEscape(body) +
                           "\"}</script></head><body><div id='app'><p>Loading the story, please wait.</p></div>"
                           "</body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    ASSERT_EQ(paragraphs.size(), 4u);
    EXPECT_EQ(paragraphs[1].rfind("Markets had expected", 0), 0u);
}

TEST(HtmlExtractionTest, shouldPreferTheElementMarkedAsArticleBody) {
    const Article a = htmlPage("<html><body><div class='promo-text'>" + kProse + "</div>"
                           "<div itemprop='articleBody'>" + kProse + "<p>Only the marked body ends with this "
                           "sentence, which tells the two apart for the test.</p></div></body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    ASSERT_FALSE(paragraphs.empty());
    EXPECT_EQ(paragraphs.back().rfind("Only the marked body", 0), 0u);
    EXPECT_EQ(paragraphs.size(), 4u);
}

TEST(HtmlExtractionTest, shouldReadTheStandfirstUnderTheHeadlineFirst) {
    const Article a = htmlPage("<html><body><article><header class='story-header'><h1>Bank raises rates</h1>"
                           "<p class='article-dek'>The fourth increase this year, as inflation refuses to ease.</p>"
                           "</header><div class='story-body'>" + kProse + "</div>"
                           "<div class='leaderboard'><p>A banner that is no summary of anything at all, honestly.</p>"
                           "</div></article></body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    ASSERT_EQ(paragraphs.size(), 4u);
    EXPECT_EQ(paragraphs[0], "The fourth increase this year, as inflation refuses to ease.");
}

// Whatever its class, the first sentence under the story's headline, in a wrapper of its own, is the
// standfirst; a byline line in another language ("Por …") and a date line with a middle dot are not read.
TEST(HtmlExtractionTest, shouldReadAStandfirstOfAnyClassAndLiftForeignBylineLines) {
    const Article a = htmlPage(
        "<html lang='pt'><head><title>Chuva forte alaga ruas na Grande SP</title></head><body>"
        "<div class='title'><h1>Chuva forte alaga ruas na Grande SP</h1></div>"
        "<div class='subtitle'><h2 class='content-head__x'>Temporal com rajadas derrubou árvores; a Defesa Civil emitiu "
        "alerta até quarta-feira.</h2></div>"
        "<article><p>Por Beatriz Moraes e Lucas Freitas, g1 SP e TV Globo — São Paulo</p>"
        "<p>05/03/2024 19h31 \xC2\xB7 Atualizado há 3 horas</p>" + kProse + "</article></body></html>");
    ASSERT_FALSE(a.blocks.empty());
    EXPECT_EQ(a.blocks[0].text.rfind("Temporal com rajadas", 0), 0u) << a.blocks[0].text;
    for (const std::string& p : texts(a, BlockKind::Paragraph)) {
        EXPECT_EQ(p.find("Beatriz"), std::string::npos) << p;
        EXPECT_EQ(p.find("19h31"), std::string::npos) << p;
    }
    EXPECT_EQ(cleanByline(a.byline, a.site, "pt").names.rfind("Beatriz Moraes", 0), 0u);
}

// A div that only wraps one paragraph (a styling wrapper) is not the article: the story continues in the
// element that holds it, some of it as bare text in divs and short paragraphs under subheadings.
TEST(HtmlExtractionTest, shouldReadPastADivThatOnlyWrapsTheOpeningParagraph) {
    const Article a = htmlPage("<html><body><article><h1>Bank raises rates</h1>"
                           "<div><p>The central bank raised its key rate on Thursday, citing inflation that has "
                           "stayed above target for three years, and signalled that more increases could follow, "
                           "perhaps as soon as next month, if prices keep rising.</p></div>"
                           "<h2>Markets</h2><p>Stocks rose.</p>"
                           "<div>Markets had expected the move, and stocks rose modestly after the announcement, "
                           "while the currency strengthened against the dollar, the yen and the euro.</div>"
                           "</article></body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    ASSERT_EQ(paragraphs.size(), 3u);
    EXPECT_EQ(paragraphs[1], "Stocks rose.");
    EXPECT_EQ(paragraphs[2].rfind("Markets had expected", 0), 0u);
    EXPECT_EQ(texts(a, BlockKind::Heading), std::vector<std::string>{"Markets"});
}

// A photo caption set in a span inside the text (no figure, no figcaption) is a caption, not the start of
// the paragraph it sits in; its credit ("attribution") goes with it.
TEST(HtmlExtractionTest, shouldTakeACaptionSpanOutOfTheParagraphItSitsIn) {
    const Article a = htmlPage("<html><body><article><h1>Bank raises rates</h1><p><img src='a.jpg'>"
                           "<span class='photo-caption'><span class='attribution'>Provided by Example Wire</span>"
                           "<span>Traders at work</span></span> The central bank raised its key rate on Thursday, "
                           "citing inflation that has stayed above target for three years.</p>" + kProse +
                           "</article></body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    ASSERT_FALSE(paragraphs.empty());
    EXPECT_EQ(paragraphs[0].rfind("The central bank raised its key rate on Thursday, citing inflation that has stayed", 0), 0u);
    for (const std::string& p : paragraphs) EXPECT_EQ(p.find("Traders"), std::string::npos) << p;
    // Kept apart, as a caption or (its credit coming first) a credit line, neither read by default.
    std::vector<std::string> apart = texts(a, BlockKind::Caption);
    for (const std::string& c : texts(a, BlockKind::Credit)) apart.push_back(c);
    ASSERT_EQ(apart.size(), 1u);
    EXPECT_NE(apart[0].find("Traders at work"), std::string::npos);
}

// The byline is the article's: the page's first h1 is a logo, and a "most read" list above the story
// carries its teasers' bylines (in list items, classed "byline" too).
TEST(HtmlExtractionTest, shouldTakeTheBylineOfTheStoryNotOfATeaserAboveIt) {
    const Article a = htmlPage("<html><head><title>Bank raises rates again | Example</title></head><body>"
                           "<h1><a href='/'>Example</a></h1><ul class='most-read'><li><a href='/other'>Another story "
                           "entirely</a> <span class='byline'><a href='/writer/ann'>Ann Teaser</a></span></li></ul>"
                           "<article><h1>Bank raises rates again</h1><span class='byline'><a href='/writer/jo' "
                           "rel='author'>Jo Marsh</a></span>" + kProse + "</article></body></html>");
    EXPECT_EQ(a.byline, "Jo Marsh");
}

// An embedded video's microdata ("datePublished" of the clip) is not the article's.
TEST(HtmlExtractionTest, shouldTakeTheArticlesMicrodataNotAnEmbeddedVideos) {
    const Article a = htmlPage("<html><head><title>Bank raises rates</title></head><body>"
                           "<div itemscope itemtype='https://schema.org/VideoObject'><meta itemprop='datePublished' "
                           "content='2015-03-12T13:11:07Z'></div><div itemscope itemtype='https://schema.org/Article'>"
                           "<meta itemprop='datePublished' content='2015-03-11T19:46:14Z'><h1>Bank raises rates</h1>" +
                           kProse + "</div></body></html>");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->day, 11);
}

// "April 17, 2015 -- Imagine…": a story that opens with its date gives the date to the metadata, not to
// the listener; the author's link inside a "byline" element is the byline, not the affiliation under it.
TEST(HtmlExtractionTest, shouldTakeTheDateThatOpensTheStoryAndTheAuthorsLinkInTheByline) {
    const Article a = htmlPage("<html><head><title>Bank raises rates</title></head><body><article><h1>Bank raises rates</h1>"
                           "<div class='author_fmt'>By <a rel='author' href='/jo'>Jo Marsh</a><br/>Example Health News</div>"
                           "<p>April 17, 2015 -- The central bank raised its key rate on Thursday, citing inflation that "
                           "has stayed above target for three years.</p>" + kProse + "</article></body></html>");
    EXPECT_EQ(a.byline, "Jo Marsh");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->day, 17);
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    ASSERT_FALSE(paragraphs.empty());
    EXPECT_EQ(paragraphs[0].rfind("The central bank raised", 0), 0u) << paragraphs[0];
}

#include "ingest/html/StyleSheets.hpp"

// A class the page's own style sheet hides is not read; one hidden only on small screens (@media) or
// only in some places (a compound selector), or whose rule hides nothing ("backface-visibility"), is.
TEST(HtmlExtractionTest, shouldNotReadWhatThePagesStyleSheetHides) {
    const auto hidden = hiddenClassesIn("/* notes */ .notice{ display: none; speak: never } .a, .gone { visibility:hidden !important }"
                                        " @media (max-width: 40em) { .mobile-off { display:none } } .x .y { display:none }"
                                        " .flip { backface-visibility: hidden } <![CDATA[ .cdata{display:none} ]]>");
    EXPECT_EQ(hidden, (std::unordered_set<std::string>{"notice", "a", "gone", "cdata"}));
    // The cascade: a later rule that shows the class again wins, unless only the hiding one is !important.
    EXPECT_EQ(hiddenClassesIn(".body{max-width:680px;display:none} .lede{display:none} .body{display:block;margin:0}"
                              " .keep{display:none!important} .keep{display:flex} .back{display:grid} .back{display:none}"),
              (std::unordered_set<std::string>{"lede", "keep", "back"}));
    const Article a = htmlPage("<html><head><title>Bank raises rates</title><style>.n1 { display: none }</style></head><body>"
                           "<article><h1>Bank raises rates</h1>" + kProse +
                           "<p class='n1'>This story was copied without permission; report it.</p>"
                           "<div>They both nodded.</div><div><a href='/x'>Share.</a></div></article></body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    for (const std::string& p : paragraphs) EXPECT_EQ(p.find("permission"), std::string::npos) << p;
    // A short sentence set in a div of its own is a paragraph; a short link is not.
    EXPECT_EQ(paragraphs.back(), "They both nodded.");
}

#include "ingest/html/NestingLimit.hpp"

namespace {

TEST(NestingLimitTest, shouldLeaveOrdinaryPagesAsTheyAre) {
    const std::string page = "<html><body><p>One<p>Two<ul><li>a<li>b</ul><script>if (a<b) { x = '</div>'; }</script>"
                             "<!-- <div> --><img src=x><br></body></html>";
    EXPECT_EQ(readcast::limitNesting(page, 5), page) << "implied closings, void elements, scripts and comments do not nest";
}

TEST(NestingLimitTest, shouldNotCountWhatHtmlClosesByItselfAsNesting) {
    std::string svg = "<html><body><article><p>Story.</p><svg>";
    for (int i = 0; i < 500; ++i) svg += "<path d=\"M0 0\"/>";
    svg += "</svg><nav><a href='/'>Home</a></nav></article></body></html>";
    EXPECT_EQ(readcast::limitNesting(svg), svg) << "self-closed elements";
    std::string table = "<html><body><table>";
    for (int i = 0; i < 500; ++i) table += "<tr><td>a<td>b";
    table += "</table><ul>";
    for (int i = 0; i < 500; ++i) table += "<li><p>item";
    table += "</ul><dl>";
    for (int i = 0; i < 500; ++i) table += "<dt>term<dd>meaning";
    table += "</dl><p title=\"it's\">Quote's end.</p></body></html>";
    EXPECT_EQ(readcast::limitNesting(table), table) << "cells, rows, items and definitions close their siblings";
    std::string stray = "<html><body>";
    for (int i = 0; i < 100000; ++i) stray += "</span>";
    stray += "<p>Text.</p></body></html>";
    EXPECT_EQ(readcast::limitNesting(stray), stray) << "stray end tags";
}

TEST(NestingLimitTest, shouldKeepScriptsScriptsBeyondTheLimit) {
    std::string page = "<html><body>";
    for (int i = 0; i < 1000; ++i) page += "<div>";
    page += "<script>var secret = 1;</script><noscript>Enable JavaScript to read this.</noscript>" + kProse;
    const readcast::Article a = readcast::ingestArticle({"deep.html", page}, readcast::InputFormat::Html);
    std::string text;
    for (const readcast::Block& b : a.blocks) text += b.text + "\n";
    EXPECT_EQ(text.find("secret"), std::string::npos) << text;
    EXPECT_EQ(text.find("Enable JavaScript"), std::string::npos) << text;
    EXPECT_NE(text.find("The central bank raised its key rate"), std::string::npos) << text;
}

TEST(NestingLimitTest, shouldDropTagsBeyondTheLimitAndKeepTheirText) {
    std::string page = "<html><body>";
    for (int i = 0; i < 1000; ++i) page += "<div class=\"x\">";
    page += "Deep text.";
    for (int i = 0; i < 1000; ++i) page += "</div>";
    page += "</body></html>";
    const std::string flat = readcast::limitNesting(page, 10);
    EXPECT_NE(flat.find("Deep text."), std::string::npos);
    std::size_t opens = 0;
    for (std::size_t at = flat.find("<div"); at != std::string::npos; at = flat.find("<div", at + 1)) ++opens;
    EXPECT_EQ(opens, 8u) << "html and body count too";
}

TEST(NestingLimitTest, shouldReadAMillionNestedElementsInLinearTime) {
    std::string page = "<html><body>";
    for (int i = 0; i < 1000000; ++i) page += "<div>";
    page += "<p>The story is down here. It is read.</p>";
    for (int i = 0; i < 1000000; ++i) page += "</div>";
    const readcast::Article a = readcast::ingestArticle({"deep.html", page}, readcast::InputFormat::Html);
    ASSERT_FALSE(a.blocks.empty());
    EXPECT_EQ(a.blocks.front().text, "The story is down here. It is read.");
}

}  // namespace

// Marks inside a word do not split it: "<em>b</em><em>y Your Name</em>" is "by Your Name", in a
// heading as in a paragraph; blocks side by side stay apart.
TEST(HtmlExtractionTest, shouldKeepWordsWholeAcrossTextMarks) {
    const Article a = htmlPage("<html><head><title>Films of the year</title></head><body><article><h1>Films of the year</h1>" + kProse +
                               "<h2>7) <a href='/f'><em>Call Me</em> <em>b</em><em>y Your Name</em></a></h2>"
                               "<p>Luca Guadagnino's film <em>Call Me</em> <em>b</em><em>y Your Name</em> adapts a novel set in a "
                               "summer in Italy, and it was the best thing on a screen that year by a long way.</p>" + kProse +
                               "</article></body></html>");
    const std::vector<std::string> headings = texts(a, BlockKind::Heading);
    ASSERT_FALSE(headings.empty());
    EXPECT_EQ(headings.back(), "7) Call Me by Your Name");
    bool paragraph = false;
    for (const std::string& p : texts(a, BlockKind::Paragraph)) paragraph |= p.find("film Call Me by Your Name adapts") != std::string::npos;
    EXPECT_TRUE(paragraph);
}

// A superscript link to a note on the same page is set as "[22]", the form the text stage leaves unread;
// a superscript without such a link is an exponent and stays as it is.
TEST(HtmlExtractionTest, shouldSetNoteMarksAsPrintDoesAndKeepExponents) {
    const Article a = htmlPage("<html><head><title>Alerts</title></head><body><article><h1>Alerts</h1>" + kProse +
                               "<p>These alerts are classified as tickets, email alerts,<sup><a href='#n22'>22</a></sup> and "
                               "pages, and the team answers about 10<sup>6</sup> of them a year across all of its sites, over "
                               "40 km<sup>2</sup> of floor, as Okafor<sup>3</sup> and Lee<sup><a href='#n4'>*</a></sup> found in "
                               "2019<sup>5</sup>, with 4.5%<sup>6</sup> more per km<sup>2</sup>.</p>"
                               "<h2>How it works<sup><a href='#n23'>23</a></sup></h2>" + kProse + "</article></body></html>");
    bool marked = false, exponent = false;
    for (const std::string& p : texts(a, BlockKind::Paragraph)) {
        marked |= p.find("email alerts,[22] and pages") != std::string::npos;
        exponent |= p.find("about 10^6 of them") != std::string::npos && p.find("40 km^2 of floor, as Okafor[3] and Lee found") != std::string::npos &&
                    p.find("in 2019[5], with 4.5%[6] more per km^2.") != std::string::npos;
    }
    EXPECT_TRUE(marked);
    EXPECT_TRUE(exponent);
    const std::vector<std::string> headings = texts(a, BlockKind::Heading);
    ASSERT_FALSE(headings.empty());
    EXPECT_EQ(headings.back(), "How it works");
    // In a heading, read as element text, a superscript stays a word of its own.
    const Article h = htmlPage("<html><head><title>Litres</title></head><body><article><h1>Litres</h1>" + kProse +
                               "<h2>Why 10<sup>6</sup> litres matter</h2>" + kProse + "</article></body></html>");
    EXPECT_EQ(texts(h, BlockKind::Heading).back(), "Why 10 6 litres matter");
}

// The headline printed over the story wins over a social network's variant when the page's <title> sides
// with it, or says the same in more words; where the h1 is a dialog's, the declared one stays.
// The date printed under the headline, in an element named for it in the page's language ("datumtijd",
// "data"), wins over today's date in the masthead above it.
TEST(HtmlExtractionTest, shouldReadTheDateUnderTheHeadlineNotTheMastheadsToday) {
    const Article a = htmlPage("<html lang='nl'><body><table id='kop'><tr><td class='datum'>Vrijdag 13 februari 2026</td></tr></table>"
                               "<article><h1>DNA stemt in met lening voor het stroomnet</h1><div class='datumtijd'>12 Feb 2026, 21:40</div>" +
                               kProse + "</article></body></html>");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->iso(), "2026-02-12T21:40");
    // (Or in the line under the headline that holds it with the byline, "article__meta", whose local day
    // wins over the metadata's instant in UTC.)
    const Article meta = htmlPage("<html lang='en'><head><meta property='article:published_time' content='2026-05-06T01:30:00Z'></head><body>"
                                  "<article><h1>Record squid season</h1><p class='article__meta'>Posted 5 May 2026, 10.30pm by "
                                  "<a href='/a'>Liam Ross</a></p>" + kProse + "</article></body></html>");
    ASSERT_TRUE(meta.published.has_value());
    EXPECT_EQ(meta.published->dateIso(), "2026-05-05");
    // (Not a comment's line nor another story's: the metadata's day stays.)
    const Article elsewhere = htmlPage("<html lang='en'><head><meta property='article:published_time' content='2025-03-04T09:00:00Z'></head>"
                                       "<body><article><h1>Record squid season</h1><div class='meta'>Related: Bridge costs soar \u2013 12 January "
                                       "2024, 10:30</div>" + kProse + "<div class='comment-meta'>March 6, 2025 at 10:12 am</div></article></body></html>");
    ASSERT_TRUE(elsewhere.published.has_value());
    EXPECT_EQ(elsewhere.published->dateIso(), "2025-03-04");
}

TEST(HtmlExtractionTest, shouldReadThePrintedHeadlineWhenThePagesTitleSidesWithIt) {
    const std::string meta = "<meta property='og:title' content='E-buses: Kigali to add 200 vehicles, fares up on 3 routes'></head>";
    const std::string body = "<body><article><h1>Kigali to add 200 electric buses as fares rise on three routes</h1>" + kProse +
                             "</article></body></html>";
    EXPECT_EQ(htmlPage("<html><head><title>Kigali to add 200 electric buses | The Kigali Ledger</title>" + meta + body).title,
              "Kigali to add 200 electric buses as fares rise on three routes");
    EXPECT_EQ(htmlPage("<html><head><title>E-buses: Kigali to add 200 vehicles, fares up on 3 routes | The Kigali Ledger</title>" +
                       meta + body)
                  .title,
              "Kigali to add 200 electric buses as fares rise on three routes")
        << "the <title> gives the social one, which the printed headline says in more words";
    EXPECT_EQ(htmlPage("<html><head><title>Kigali to add 200 electric buses | The Kigali Ledger</title>" + meta +
                       "<body><div class='fc-consent-root'><h1>The Kigali Ledger asks for your consent to use your data to:</h1></div>"
                       "<article>" + kProse + "</article></body></html>")
                  .title,
              "E-buses: Kigali to add 200 vehicles, fares up on 3 routes");
}

// A meta title that shares no word with the page's <title>, which the h1 repeats, is the site's slogan:
// the story's headline is read. A generic <title> does not overrule a story's meta title; DC.Title counts.
TEST(HtmlExtractionTest, shouldPreferTheHeadlineOverASiteWideMetaTitle) {
    const std::string body = "<body><article><h1>Cargo ship breaks up over Siberia</h1>" + kProse + "</article></body></html>";
    const Article slogan = htmlPage("<html><head><title>Cargo ship breaks up over Siberia</title>"
                                    "<meta property='og:title' content='Daily Planet - Latest News &amp; Headlines'></head>" + body);
    EXPECT_EQ(slogan.title, "Cargo ship breaks up over Siberia");
    const Article generic = htmlPage("<html><head><title>Daily Planet | Home</title>"
                                     "<meta property='og:title' content='Cargo ship breaks up over Siberia'></head>" + body);
    EXPECT_EQ(generic.title, "Cargo ship breaks up over Siberia");
    const Article noHeadline = htmlPage("<html><head><title>Daily Planet | Home</title>"
                                        "<meta property='og:title' content='Budget vote delayed again'></head><body><article>" +
                                        kProse + "</article></body></html>");
    EXPECT_EQ(noHeadline.title, "Budget vote delayed again");
    const Article dublinCore = htmlPage("<html><head><title>draft-example-04 - remoteStorage</title>"
                                        "<meta name='DC.Title' content='remoteStorage'></head><body><article>" + kProse +
                                        "</article></body></html>");
    EXPECT_EQ(dublinCore.title, "remoteStorage");
    // A logo's h1 that repeats a <title> of the site's name is no headline.
    const Article logo = htmlPage("<html><head><title>Daily Planet</title>"
                                  "<meta property='og:title' content='Council approves flood barrier'></head><body>"
                                  "<h1 class='site-title'>Daily Planet</h1><article>" + kProse + "</article></body></html>");
    EXPECT_EQ(logo.title, "Council approves flood barrier");
}

// A class that names a sub-header is no page header: the heading and the defined terms are read.
TEST(HtmlExtractionTest, shouldReadSubheadersAndDefinedTerms) {
    const Article a = htmlPage("<html><head><title>Monitoring</title></head><body><article><h1>Monitoring</h1>" + kProse +
                               "<h2 class='subheaders jumptargets'>The four golden signals</h2><dl>"
                               "<dt class='subheaders'>Latency</dt><dd><p>The time it takes to service a request, which "
                               "matters most when requests fail slowly and users wait for an answer.</p></dd></dl>" + kProse +
                               "</article></body></html>");
    const std::vector<std::string> headings = texts(a, BlockKind::Heading);
    EXPECT_NE(std::find(headings.begin(), headings.end(), "The four golden signals"), headings.end());
    bool term = false;
    for (const Block& b : a.blocks) term |= b.text == "Latency";
    EXPECT_TRUE(term);
}

// Entities a page escaped twice are decoded; angle brackets and a lone ampersand stay text.
TEST(HtmlExtractionTest, shouldDecodeEntitiesEscapedTwice) {
    const Article a = htmlPage("<html><head><title>Sales</title></head><body><article><h1>Sales</h1>"
                               "<p>Sales rose 400&amp;percnt; and the &amp;#8220;deal&amp;#8221; closed, said a &lt;b&gt; tag fan "
                               "&amp; friends at AT&amp;T, all of them in one long sentence of the story.</p>" + kProse +
                               "</article></body></html>");
    const std::vector<std::string> paragraphs = texts(a, BlockKind::Paragraph);
    ASSERT_FALSE(paragraphs.empty());
    EXPECT_EQ(paragraphs.front(), "Sales rose 400% and the \xE2\x80\x9C" "deal\xE2\x80\x9D closed, said a <b> tag fan & friends at AT&T, "
                                  "all of them in one long sentence of the story.");
}

// A byline that carries the date dates the story when nothing else does; a date without its year
// does not, nor does the byline's date overrule the metadata.
TEST(HtmlExtractionTest, shouldDateTheStoryFromItsBylineWhenNothingElseDoes) {
    const Article dated = htmlPage("<html><body><article><h1>Harbour pier to close</h1>"
                                   "<p class='byline'>By Anna Fenwick, 3 November 2026</p>" + kProse + "</article></body></html>");
    EXPECT_EQ(dated.byline, "Anna Fenwick");
    ASSERT_TRUE(dated.published.has_value());
    EXPECT_EQ(dated.published->dateIso(), "2026-11-03");
    const Article yearless = htmlPage("<html><body><article><h1>Harbour pier to close</h1>"
                                      "<p class='byline'>By Anna Fenwick, May 2</p>" + kProse + "</article></body></html>");
    EXPECT_FALSE(yearless.published.has_value()) << yearless.published->iso();
    const Article declared = htmlPage("<html><head><meta property='article:published_time' content='2026-11-04'></head>"
                                      "<body><article><h1>Harbour pier to close</h1>"
                                      "<p class='byline'>By Anna Fenwick, 3 November 2026</p>" + kProse + "</article></body></html>");
    ASSERT_TRUE(declared.published.has_value());
    EXPECT_EQ(declared.published->dateIso(), "2026-11-04");
}

// What a sixteenth blind round of pages lost or read: a standfirst set as a subheading in the story's
// header inside the element chosen as its body; the writer's own link in a block over the headline's
// (a desk named in the metadata instead); a blog's "Postado por"; an advertisement's note in capitals
// beyond ASCII; a review's "How we tested" heading kept.
TEST(HtmlExtractionTest, shouldReadWhatASixteenthRoundOfPagesLostOrRead) {
    const Article dek = htmlPage("<html><body><div class='jeg_inner_content'><div class='entry-header'>"
                                 "<h1 class='jeg_post_title'>Council makes the old town car-free</h1>"
                                 "<h2 class='jeg_post_subtitle'>By eleven votes to nine the council passed the plan. Shopkeepers are "
                                 "split.</h2></div>" + kProse + "</div></body></html>");
    ASSERT_FALSE(dek.blocks.empty());
    EXPECT_EQ(dek.blocks.front().text, "By eleven votes to nine the council passed the plan. Shopkeepers are split.");
    const Article wix = htmlPage(
        "<html><head><script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"headline\":\"New pitches are ready\","
        "\"author\":{\"@type\":\"Person\",\"name\":\"Redactie VV De Kempen\"}}</script></head><body><article>"
        "<div class='post-metadata'><span class='user-name'><a href='/profile/ingriddevries/profile'>Ingrid de Vries</a></span>"
        "<span>2 min. lezen</span></div><div class='post-title'><h1>New pitches are ready</h1></div>" + kProse +
        "</article></body></html>");
    EXPECT_EQ(wix.byline, "Ingrid de Vries");
    const Article review = htmlPage("<html><body><article><h1>The best cheap espresso machines</h1>" + kProse +
                                    "<h2>How we tested</h2>" + kProse + "<p>CONTINUA AP\xC3\x93S A PUBLICIDADE</p>" + kProse +
                                    "</article></body></html>");
    std::vector<std::string> headings;
    for (const Block& b : review.blocks) {
        if (b.kind == BlockKind::Heading) headings.push_back(b.text);
    }
    EXPECT_EQ(headings, (std::vector<std::string>{"How we tested"}));
    for (const Block& b : review.blocks) EXPECT_EQ(b.text.find("PUBLICIDADE"), std::string::npos) << b.text;
    EXPECT_EQ(cleanByline("Postado por Voz do Vale", "").names, "Voz do Vale");
}

// An AMP page's embedded tweet keeps its text in the component's placeholder, which the story
// introduces: it is read with its author. The writer's name with the town it is filed from is not read.
TEST(HtmlExtractionTest, shouldReadAnAmpPagesEmbeddedPostAndNotItsBylineWithItsTown) {
    const Article a = htmlPage(
        "<html><head><meta name='author' content='Mar\xC3\xAD" "a Dom\xC3\xAD" "nguez'></head><body><article><h1>Sevilla bans new tourist flats</h1>"
        "<p>Mar\xC3\xAD" "a Dom\xC3\xAD" "nguez Sevilla</p>" + kProse +
        "<p>The residents' group celebrated the decision on social media:</p>"
        "<amp-twitter width='375' height='472' data-tweetid='1'><blockquote placeholder class='twitter-tweet'><p>Three years without new "
        "tourist flats in the centre. It is a first step, but it comes late for thousands of families.</p>&mdash; Sevilla para Vivir "
        "(@sevillaparavivir) <a href='https://twitter.com/x/status/1'>6 March 2025</a></blockquote></amp-twitter>"
        "<p>The owners' association said it would appeal against the decision in the courts, and that the sector employs thousands.</p>"
        "</article></body></html>");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_NE(all.find("Three years without new tourist flats"), std::string::npos) << all;
    EXPECT_EQ(all.find("nguez Sevilla"), std::string::npos) << all;
}

// What a seventeenth blind round of pages named wrong: a CMS's first account as the author ("Super
// User") with the writer printed; a review's JSON-LD ("Review") naming its critic; a moment after noon
// in UTC printed as the next day where the page is (east of Greenwich).
TEST(HtmlExtractionTest, shouldNameWhatASeventeenthRoundOfPagesNamedWrong) {
    const Article joomla = htmlPage("<html><head><meta name='author' content='Super User'></head><body><article>"
                                    "<h1>Harbour pier to close</h1><p class='byline'>By Luc\u00EDa Ferrer</p>" + kProse +
                                    "</article></body></html>");
    EXPECT_EQ(joomla.byline, "Luc\u00EDa Ferrer");
    const Article review = htmlPage("<html><head><script type='application/ld+json'>{\"@type\":\"Review\",\"name\":\"A quiet "
                                    "triumph at the Lyric\",\"author\":{\"@type\":\"Person\",\"name\":\"Sam Whitlock\"}}</script>"
                                    "</head><body><article><h1>A quiet triumph at the Lyric</h1>" + kProse + "</article></body></html>");
    EXPECT_EQ(review.byline, "Sam Whitlock");
    const Article istanbul = htmlPage("<html lang='tr'><head><meta property='article:published_time' content='2024-11-13T22:10:00Z'>"
                                      "</head><body><article><h1>Liman iskelesi kapan\u0131yor</h1>"
                                      "<p class='date'>14 Kas\u0131m 2024</p>" + kProse + "</article></body></html>");
    ASSERT_TRUE(istanbul.published.has_value());
    EXPECT_EQ(istanbul.published->dateIso(), "2024-11-14");
}

// What an eighteenth blind round of pages lost or read: a fact box of a heading and a list, a person's
// box; a quotation set in a figure with its source; a summary in an "intro" under a headline the
// metadata words otherwise, on a video page; a headline set as h3 over its h4 summary; a gist's code;
// a gallery whose story is its captions.
TEST(HtmlExtractionTest, shouldReadWhatAnEighteenthRoundOfPagesLost) {
    const auto body = [](const Article& a) {
        std::string all;
        for (const Block& b : a.blocks) all += b.text + "\n";
        return all;
    };
    const Article boxes = htmlPage(
        "<html><body><article><h1>Towns sue over the rail link</h1>" + kProse +
        "<div class='infobox'><h3 class='infobox__title'>The northern link</h3><ul class='infobox__list'>"
        "<li>New line from Grafing near Munich to the border at Kufstein</li><li>Length: about 54 kilometres, two thirds in tunnels</li>"
        "<li>Estimated cost: more than seven billion euros</li></ul></div>" + kProse +
        "<div class='infobox infobox--person'><h3>The person</h3><p>Anja Reuter, 63, is a family doctor and has run a practice in "
        "Bruessow since 1998.</p></div>"
        "<figure><blockquote><span>&ldquo;</span>We built ships the size of streets, and nobody asked us what it felt like."
        "<span>&rdquo;</span></blockquote><figcaption class='source'>&mdash; Former welder Jimmy Hogg</figcaption></figure>"
        "<figure><div class='gist-embed'><table class='highlight'><tr><td class='blob-code'>def precincts(row):</td></tr>"
        "<tr><td class='blob-code'>    return int(row.get('Precincts'))</td></tr></table></div></figure></article></body></html>");
    const std::string all = body(boxes);
    for (const char* kept : {"The northern link", "seven billion euros", "has run a practice", "ships the size of streets",
                             "Former welder Jimmy Hogg"}) {
        EXPECT_NE(all.find(kept), std::string::npos) << kept << " in:\n" << all;
    }
    EXPECT_EQ(all.find("precincts"), std::string::npos) << all;

    const Article video = htmlPage(
        "<html><head><meta property='og:title' content='Light rail: a train every 3 minutes'></head><body><main>"
        "<article class='nd-article nd-article--video'><h1 class='nd-title'>How the renewed light rail will run: a train every three "
        "minutes</h1><h2 class='nd-description'>The city presented the new trains and the reopening calendar; all 16 stations reopen "
        "in January.</h2><div class='nd-video-player'><button>Play</button></div>" + kProse + "</article></main></body></html>");
    EXPECT_NE(body(video).find("presented the new trains"), std::string::npos) << body(video);
    const Article korean = htmlPage(
        "<html><head><meta property='og:title' content='E7 e-bike review'></head><body><header class='article-view-header'>"
        "<h3 class='heading'>E7 e-bike review: good enough for commuting?</h3><h4 class='subheading'>Three weeks of 18 km a day: "
        "range and comfort satisfy, weight and price do not</h4></header><div id='article-view-content-div'>" + kProse +
        "</div></body></html>");
    EXPECT_NE(body(korean).find("Three weeks of 18 km a day"), std::string::npos) << body(korean);
    const Article intro = htmlPage(
        "<html><head><meta property='og:title' content='After forty years you may swim in the river again'></head><body><article>"
        "<h1 class='article__title'>Swimming in the Dommel is allowed again: three places named</h1>"
        "<div class='article__intro'><p>For the first time in forty years people may officially swim in the Dommel again, at three "
        "places the water board named.</p></div><div class='article__byline'>Written by Femke van Dongen</div>"
        "<div class='article__body'>" + kProse + "</div></article></body></html>");
    EXPECT_NE(body(intro).find("For the first time in forty years"), std::string::npos) << body(intro);

    const Article gallery = htmlPage(
        "<html><head><title>Crowds at the fair opening | Voice</title></head><body><article class='gallery-article'>"
        "<div class='gallery-slides'><figure class='slide'><img src='1.jpg' alt=''><figcaption><p class='slide-desc'>Merchants in "
        "period costume opened the fair with a parade along the Royal Way.</p></figcaption></figure><figure class='slide'>"
        "<img src='2.jpg' alt=''><figcaption><p class='slide-desc'>The mayor handed the merchants a symbolic key to the city on "
        "Saturday.</p></figcaption></figure></div></article></body></html>");
    EXPECT_NE(body(gallery).find("symbolic key to the city"), std::string::npos) << body(gallery);
}

// What the same round read: a subscription box with its terms, a tip line, the writers' box under its
// Japanese heading, a box's source, a wire's rate of exchange, a French photo credit; the site named as
// the author gives way to "Words by", and the photographer is no second author.
TEST(HtmlExtractionTest, shouldLeaveOutWhatAnEighteenthRoundOfPagesRead) {
    const Article a = htmlPage(
        "<html><head><meta itemprop='author' content='The Lantern'></head><body><article><h1>Salt and Iron at the Foundry</h1>"
        "<p><em>Words by Naomi Reid</em> <em>&middot; Photographs by Tom Ellery</em></p>" + kProse +
        "<div class='abo-box'><p class='abo-box__title'>Vous aimez l&rsquo;info locale ?</p><p>Soutenez la r&eacute;daction : "
        "abonnez-vous d&egrave;s 1 &euro; le premier mois, sans engagement.</p></div>"
        "<p>Heb je tips over aanbestedingen bij de overheid? Mail ons via tips@example.nl of gebruik Signal.</p>"
        "<p>K&auml;lla: Norrst&aring;ls del&aring;rsrapport</p><p>($1 = 129.50 Kenyan shillings)</p>"
        "<div class='img'><img src='a.jpg' alt=''><span data-hook='imageViewerCaption'>Entra&icirc;nement sur la plage. Photo : CNA</span></div>" +
        kProse + "<div class='p-author'><h3>\xE3\x81\x93\xE3\x81\xAE\xE8\xA8\x98\xE4\xBA\x8B\xE3\x82\x92\xE6\x9B\xB8\xE3\x81\x84\xE3\x81\x9F"
        "\xE4\xBA\xBA</h3><p>Misaki Yamaguchi covers disasters for the Kagoshima bureau.</p></div></article></body></html>");
    EXPECT_EQ(a.byline, "Naomi Reid");
    std::string all;  // what is read (credits and captions are kept apart, not read)
    for (const Block& b : a.blocks) {
        if (isBodyKind(b.kind)) all += b.text + "\n";
    }
    for (const char* gone : {"info locale", "abonnez", "tips@", "Norrst", "Kenyan", "Photo : CNA", "Kagoshima", "Ellery"}) {
        EXPECT_EQ(all.find(gone), std::string::npos) << gone << " in:\n" << all;
    }
}

// A review's score box (score, pros, cons, a buy button) and its spec sheet are not read; pros and
// cons the reviewer writes out in the body's columns are.
TEST(HtmlExtractionTest, shouldLeaveOutAReviewsScoreBoxAndSpecSheet) {
    const Article a = htmlPage(
        "<html><body><article><h1>Slate 7 review: color E Ink grows up</h1>"
        "<div class='review-summary-box'><div class='review-score'><span>8</span>/10</div><div class='review-pros'><h4>Pros</h4>"
        "<ul><li>Vivid, sharp color screen</li><li>Physical page-turn buttons</li></ul></div><a class='btn-buy' href='#'>$229.99 at Amazon</a></div>" +
        kProse + "<table class='specs-table'><caption>Specifications</caption><tr><th>Storage</th><td>32GB</td></tr>"
        "<tr><th>Weight</th><td>195g</td></tr></table>"
        "<div class='wp-block-columns pros-cons'><p class='pros-title'>What we liked</p><p>The page-turn buttons make one-handed reading "
        "easy on a crowded train, and the color screen finally does comics justice.</p></div>" + kProse + "</article></body></html>");
    std::string all;
    for (const Block& b : a.blocks) {
        if (isBodyKind(b.kind)) all += b.text + "\n";
    }
    for (const char* gone : {"Vivid, sharp", "Amazon", "Storage", "195g"}) EXPECT_EQ(all.find(gone), std::string::npos) << gone << " in:\n" << all;
    EXPECT_NE(all.find("one-handed reading"), std::string::npos) << all;
}

// Today's date in the site's top bar is not the story's, even the day after a UTC evening; an office's
// communications named as the author give way to the writer the page prints.
TEST(HtmlExtractionTest, shouldSkipTheMastheadsDateAndAnOfficeNamedAsAuthor) {
    const Article a = htmlPage("<html><head><meta property='article:published_time' content='2025-03-22T19:58:10+00:00'>"
                               "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Borough beat Kingstonian\","
                               "\"author\":{\"@type\":\"Person\",\"name\":\"Service communication\"}}</script></head><body>"
                               "<div class='td-header-top-menu'><div class='td_data_time'>Sunday, March 23, 2025</div></div>"
                               "<article><h1>Borough beat Kingstonian</h1><p class='byline'>Par Claire Dubosc</p>" + kProse +
                               "</article></body></html>");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->dateIso(), "2025-03-22");
    EXPECT_EQ(a.byline, "Claire Dubosc");
}

// A Hebrew page is Hebrew: the detector's withdrawn code for it ("iw") never reaches the stages, which
// would find no voice for it and read it in English.
const std::string kHebrewParagraph = "<p>\xD7\xA2\xD7\x99\xD7\xA8\xD7\x99\xD7\x99\xD7\xAA \xD7\xAA\xD7\x9C \xD7\x90\xD7\x91\xD7\x99\xD7\x91 "
                                   "\xD7\x94\xD7\x95\xD7\x93\xD7\x99\xD7\xA2\xD7\x94 \xD7\x94\xD7\x99\xD7\x95\xD7\x9D \xD7\x9B\xD7\x99 "
                                   "\xD7\xAA\xD7\xA8\xD7\x97\xD7\x99\xD7\x91 \xD7\x90\xD7\xAA \xD7\xA8\xD7\xA9\xD7\xAA \xD7\xA0\xD7\xAA\xD7\x99\xD7\x91\xD7\x99 "
                                   "\xD7\x94\xD7\x90\xD7\x95\xD7\xA4\xD7\xA0\xD7\x99\xD7\x99\xD7\x9D \xD7\x91\xD7\xA2\xD7\x99\xD7\xA8 "
                                   "\xD7\x91\xD7\xA2\xD7\xA9\xD7\xA8\xD7\x99\xD7\x9D \xD7\xA7\xD7\x99\xD7\x9C\xD7\x95\xD7\x9E\xD7\x98\xD7\xA8\xD7\x99\xD7\x9D "
                                   "\xD7\xA0\xD7\x95\xD7\xA1\xD7\xA4\xD7\x99\xD7\x9D \xD7\xA2\xD7\x93 \xD7\xA1\xD7\x95\xD7\xA3 "
                                   "\xD7\x94\xD7\xA9\xD7\xA0\xD7\x94 \xD7\x94\xD7\x91\xD7\x90\xD7\x94.</p>";

TEST(HtmlExtractionTest, shouldNameHebrewByItsCurrentCode) {
    std::string paragraphs;
    for (int k = 0; k < 4; ++k) paragraphs += kHebrewParagraph;
    const Article a = htmlPage("<html lang='he'><head><title>x</title></head><body><article>"
                               "<h1>\xD7\xA2\xD7\x99\xD7\xA8\xD7\x99\xD7\x99\xD7\xAA \xD7\xAA\xD7\x9C \xD7\x90\xD7\x91\xD7\x99\xD7\x91</h1>" +
                               paragraphs + "</article></body></html>");
    EXPECT_EQ(a.language, "he");
}

// A header may give its unit in brackets ("Peak (6 a.m.–8 p.m.)", "Change (%)"), not a degree's; and a
// label the site gives every page of its kind ("Match Report") gives way to the printed headline.
// A table in a block of its own between two blocks of the story is read, and a year opens its rows as a
// name does: each figure is said with its column's header.
TEST(HtmlExtractionTest, shouldReadATableBetweenBlocksOfTheStoryWithRowsKeyedByYear) {
    const Article a = htmlPage("<html><body><article><div class='block'>" + kProse + kProse +
                               "</div><div class='block table'><table><thead><tr><th>Year</th><th>Deposits</th><th>Withdrawn</th></tr>"
                               "</thead><tbody><tr><td>2022</td><td>US$607.6M</td><td>US$200M</td></tr><tr><td>2023/24</td>"
                               "<td>US$1.62B</td><td>US$1.0B</td></tr></tbody></table></div><div class='block'>" + kProse + kProse +
                               "</div></article></body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    EXPECT_NE(std::find(paragraphs.begin(), paragraphs.end(), "2022, deposits US$607.6M, withdrawn US$200M"), paragraphs.end());
    EXPECT_NE(std::find(paragraphs.begin(), paragraphs.end(), "2023/24, deposits US$1.62B, withdrawn US$1.0B"), paragraphs.end());
}

TEST(HtmlExtractionTest, shouldNameFiguresByHeadersWithUnitsAndSkipAGenericTitle) {
    const Article a = htmlPage("<html><head><title>Report: Town come from behind to beat Rovers - Ashford Town FC</title>"
                               "<meta property='og:title' content='Match Report | Ashford Town FC'></head><body><article>"
                               "<h1>Report: Town come from behind to beat Rovers</h1>" + kProse +
                               "<table><tr><th>Vehicle</th><th>Peak (6 a.m.-8 p.m.)</th><th>Change (%)</th></tr>"
                               "<tr><td>Car</td><td>$9.00</td><td>+4.2</td></tr></table></article></body></html>");
    EXPECT_EQ(a.title, "Report: Town come from behind to beat Rovers");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    EXPECT_EQ(paragraphs.back(), "Car, peak (6 a.m.-8 p.m.): $9.00, change +4.2%");
}

// A page built of its own components: paragraphs in custom elements are paragraphs, a component inside a
// sentence is a word of it; the paid part named "paywall" is read even in short paragraphs; a link's note
// for screen readers set as an element of its own is not.
TEST(HtmlExtractionTest, shouldReadCustomElementsAPaywalledPartAndSkipScreenReaderNotes) {
    const Article a = htmlPage(
        "<html><body><main><news-article><h1>Metro line opens</h1><article-body>"
        "<story-para>Commuters in the southern corridor finally got their metro on Monday, as the line opened for passengers.</story-para>"
        "<story-para>The first train left at 6 am sharp and was full well before it reached the junction, <math-term>one</math-term> "
        "witness said.</story-para>"
        "<story-para>The operator said 38,412 people used the line on its first day, more than it had expected.</story-para>"
        "<p>Calloway Semiconductor <a>(CLWY.O)</a>, <a class=\"sr\">opens new tab</a> said it would add trains.</p>"
        "<div class=\"paywall\"><p>Adjusted margin was 58.4%, up from 55.1% a year earlier, helped by a richer mix of products. "
        "Analysts had expected 57.9%.</p>"
        "<p>Excluding items, the operator earned $1.18 per share, above estimates of $1.05 a share.</p></div>"
        "</article-body></news-article></main></body></html>");
    const std::vector<std::string> paragraphs = texts(a, BlockKind::Paragraph);
    ASSERT_EQ(paragraphs.size(), 6u) << ::testing::PrintToString(paragraphs);
    EXPECT_EQ(paragraphs[1], "The first train left at 6 am sharp and was full well before it reached the junction, one witness said.");
    EXPECT_EQ(paragraphs[3], "Calloway Semiconductor (CLWY.O) said it would add trains.");
    EXPECT_EQ(paragraphs[5], "Excluding items, the operator earned $1.18 per share, above estimates of $1.05 a share.");
}

// A results table whose header says "share" twice is no share bar; a player's clock is not read, nor a
// bulletin's "-o0o-" end mark, nor the note that AI wrote the points above it; an Irish page's date in
// figures is day first; "red" and the site's address are no writer.
TEST(HtmlExtractionTest, shouldKeepAResultsTableAndSkipAPlayersClockAnEndMarkAndAnAiNote) {
    const Article a = htmlPage(
        "<html lang=\"en-IE\"><body><article><h1>Independent takes the ward</h1>"
        "<div class=\"news-meta\"><span class=\"author\">red, kaernten.example-regional.at</span> "
        "<span class=\"date\">Published: 09/05/2025 16:12</span></div>"
        "<div class=\"listen\"><span>00:00 / 05:12</span><span>x1.0</span></div>" + kProse +
        "<ul><li>The ward changed hands for the first time since 2000.</li><li>Turnout fell to 31%.</li></ul>"
        "<p>Key takeaways are generated with the help of AI and reviewed by our journalists.</p>"
        "<table><thead><tr><th>Party</th><th>Votes</th><th>Share</th><th>2021 share</th></tr></thead>"
        "<tbody><tr><td>Action</td><td>2,318</td><td>47.6%</td><td>14.2%</td></tr>"
        "<tr><td>Congress</td><td>1,757</td><td>36.1%</td><td>61.0%</td></tr></tbody></table>"
        "<p>The count ended shortly after midnight, and the result was declared at the city hall.</p><p>-o0o-</p>"
        "<p>For more information contact the press office on 555 0100 during office hours.</p></article></body></html>");
    const std::vector<std::string> paragraphs = texts(a, BlockKind::Paragraph);
    EXPECT_EQ(std::count(paragraphs.begin(), paragraphs.end(), "Action, votes 2,318, share 47.6%, 2021 share: 14.2%"), 1)
        << ::testing::PrintToString(paragraphs);
    for (const std::string& p : paragraphs) {
        EXPECT_EQ(p.find("00:00"), std::string::npos) << p;
        EXPECT_EQ(p.find("o0o"), std::string::npos) << p;
        EXPECT_EQ(p.find("generated"), std::string::npos) << p;
        EXPECT_EQ(p.find("press office"), std::string::npos) << p;
    }
    EXPECT_EQ(texts(a, BlockKind::ListItem).size(), 2u);
    EXPECT_EQ(a.byline, "");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->dateIso(), "2025-05-09");
}

// A readers' poll with its buttons, an author's card, a messenger channel's promo, a "see also" link in
// Polish and an agency's initials in Arabic are not read; a table of an election's polls is.
TEST(HtmlExtractionTest, shouldSkipAReadersPollAnAuthorCardChannelPromosAndInitials) {
    const Article a = htmlPage(
        "<html><body><article><h1>Apple exports hit a record after the cyclone</h1>" + kProse +
        "<div class=\"Poll_root__x0Y1a\"><h4>Have your say</h4><p>Do you buy apples grown here over imported fruit?</p>"
        "<button>Always</button><button>Never</button></div>"
        "<table class=\"poll-results\"><tr><th>Party</th><th>Share</th></tr><tr><td>Labour</td><td>34%</td></tr>"
        "<tr><td>National</td><td>31%</td></tr></table>"
        "<p>Growers said the season had been the best in a decade, with prices holding up in every market.</p>"
        "<p>Zobacz te\xC5\xBC: Smog w Ma\xC5\x82opolsce. Gdzie powietrze jest najgorsze?</p>"
        "<p>Mari bergabung di Grup Telegram kami, caranya klik link https://t.example/news, kemudian join.</p>"
        "<p>\xD8\xB9 \xD8\xAE / \xD8\xB3 \xD8\xAD</p>"
        "<div class=\"AuthorCard_root__bH4vX\"><b>Aroha Ngata</b><p>Aroha Ngata covers business and the regions from Napier.</p></div>"
        "</article></body></html>");
    const std::vector<std::string> paragraphs = texts(a, BlockKind::Paragraph);
    EXPECT_EQ(paragraphs.size(), 6u) << ::testing::PrintToString(paragraphs);
    EXPECT_EQ(paragraphs.back(), "Growers said the season had been the best in a decade, with prices holding up in every market.");
    EXPECT_EQ(std::count(paragraphs.begin(), paragraphs.end(), "Labour, share 34%"), 1) << ::testing::PrintToString(paragraphs);
}

// A desk's account as the page's author ("Herald Reporter") names nobody: the writer's name printed over
// a job line at the top of the story is the byline. A class hidden by one rule and shown by a later one
// is read.
TEST(HtmlExtractionTest, shouldPreferThePrintedWriterToADesksAccount) {
    const Article a = htmlPage("<html><head><title>Tobacco earnings top record</title>"
                               "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\","
                               "\"name\":\"Herald Reporter\"}}</script>"
                               "<style>.story-body{display:none}.story-body{display:block}</style></head><body>"
                               "<article><h1>Tobacco earnings top record</h1><div class='story-body'>"
                               "<p><strong>Ruvimbo Chiwara</strong><br><strong>Senior Agriculture Reporter</strong></p>" + kProse +
                               "</div></article></body></html>");
    EXPECT_EQ(a.byline, "Ruvimbo Chiwara");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    ASSERT_FALSE(paragraphs.empty());
    for (const std::string& p : paragraphs) EXPECT_EQ(p.find("Agriculture Reporter"), std::string::npos) << p;
}

// A story's component blocks as a broadcaster's page sets them: a subheading in a wrapper named for a
// "subheadline" is no standfirst to be scored down and cleaned out, and a short lead-in ending on a colon
// in a block of its own introduces the list in the next.
TEST(HtmlExtractionTest, shouldKeepASubheadlineBlockAndAListsLeadIn) {
    const Article a = htmlPage("<html><head><title>A and E waits worsen</title></head><body><article><h1>A and E waits worsen</h1>" + kProse +
                               "<div data-component='text-block'><div><p>The figures also show:</p></div></div>"
                               "<div data-component='unordered-list-block'><div><ul><li><p>ambulances took 35 minutes on average to "
                               "arrive</p></li><li><p>the waiting list fell slightly, to 7.39 million cases</p></li></ul></div></div>"
                               "<div data-component='subheadline-block'><h2>Corridor care warning</h2></div>" + kProse +
                               "</article></body></html>");
    const auto headings = texts(a, BlockKind::Heading);
    EXPECT_NE(std::find(headings.begin(), headings.end(), "Corridor care warning"), headings.end());
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_NE(all.find("The figures also show:"), std::string::npos) << all;
}

// A table's corner cell that gives the unit of its figures is said once before its rows; one that
// glosses a name is not.
TEST(HtmlExtractionTest, shouldSayATablesUnitFromItsCorner) {
    const auto tableOf = [](const std::string& corner) {
        return htmlPage("<html><head><title>Results</title></head><body><article><h1>Results</h1>" + kProse +
                        "<table><thead><tr><th>" + corner + "</th><th>2025</th><th>2024</th></tr></thead>"
                        "<tbody><tr><td>Revenue</td><td>21,406</td><td>23,118</td></tr><tr><td>Profit</td><td>4,120</td><td>5,001</td></tr>"
                        "</tbody></table></article></body></html>");
    };
    const auto paragraphs = texts(tableOf("(HK$ million)"), BlockKind::Paragraph);
    EXPECT_NE(std::find(paragraphs.begin(), paragraphs.end(), "HK$ million:"), paragraphs.end());
    const auto glossed = texts(tableOf("New Zealand (Aotearoa)"), BlockKind::Paragraph);
    for (const std::string& p : glossed) EXPECT_EQ(p.find("Aotearoa"), std::string::npos) << p;
}

// A twenty-ninth blind round's pages: a story published after midnight east of Greenwich is dated by the
// day its <time> shows, and so is one whose metadata gives the same moment in another zone; an update
// the same day at another time is no reason to keep the metadata's day. A header's unit in brackets,
// "Low (°F)", leaves the word as the label (a month's, "Jan/Feb (°C)", stays no label); a degree sign set
// for an ordinal, "1.° de julio", is none. A table's short source line and a reporting fund's note are
// not read, nor the page's date line in Spanish with its "p. m.".
TEST(HtmlExtractionTest, shouldDateByTheShownDayAndLabelRowsAsATwentyNinthRoundFound) {
    const Article manx = htmlPage(
        "<html><head><meta property='article:published_time' content='2026-06-16T23:15:00+00:00'>"
        "<meta property='article:modified_time' content='2026-06-17T07:02:00+00:00'></head><body><article>"
        "<time datetime='2026-06-16T23:15:00Z'>Wednesday 17 June 2026, 00:15</time>" + kProse + "</article></body></html>");
    ASSERT_TRUE(manx.published.has_value());
    EXPECT_EQ(manx.published->dateIso(), "2026-06-17");
    const Article abidjan = htmlPage(
        "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-04-02T00:48:00+01:00\"}</script>"
        "</head><body><article><time datetime='2026-04-01T23:48:00Z'>Publi\u00E9 le mercredi 1 avril 2026 \u00E0 23h48</time>" + kProse +
        "</article></body></html>");
    ASSERT_TRUE(abidjan.published.has_value());
    EXPECT_EQ(abidjan.published->dateIso(), "2026-04-01");
    const Article tables = htmlPage(
        "<html><body><article><h1>Cold snap</h1>" + kProse +
        "<table><tr><th>Town</th><th>Low (\u00B0F)</th></tr><tr><td>Bethel</td><td>-52</td></tr><tr><td>Aniak</td><td>-58</td></tr></table>"
        "<table><tr><th>City</th><th>Jan/Feb (\u00B0C)</th></tr><tr><td>Auckland</td><td>23/16</td></tr><tr><td>Dunedin</td><td>19/11</td></tr></table>"
        "<p>Source : Conseil du Caf\u00E9-Cacao</p>"
        "<p>This reporting is supported by the Ledger's Accountability Fund. Readers can support it with a monthly membership.</p>"
        "</article></body></html>");
    const std::vector<std::string> rows = texts(tables, BlockKind::Paragraph);
    EXPECT_NE(std::find(rows.begin(), rows.end(), "Bethel, low -52"), rows.end());
    EXPECT_NE(std::find(rows.begin(), rows.end(), "Auckland, 23/16"), rows.end());
    for (const std::string& row : rows) {
        EXPECT_EQ(row.find("Source"), std::string::npos) << row;
        EXPECT_EQ(row.find("Accountability Fund"), std::string::npos) << row;
    }
    const Article dated = htmlPage("<html lang='es-CR'><body><article><h1>Peajes suben</h1><div class='fecha'>9 de junio de 2026, 11:50 p. m.</div>" +
                                   kProse + "</article></body></html>");
    ASSERT_FALSE(texts(dated, BlockKind::Paragraph).empty());
    EXPECT_EQ(texts(dated, BlockKind::Paragraph).front().find("junio"), std::string::npos);
}

// A line in bold over a hand-made break that ends on a word other languages join on ("met", "van", "do")
// stays a line of its own in a page.
TEST(HtmlExtractionTest, shouldKeepABoldLineApartThatEndsOnAnotherLanguagesJoiningWord) {
    const Article a = htmlPage("<html><body><article><h1>Results</h1>" + kProse +
                               "<p><strong>All targets met</strong><br>Revenue rose five percent on the year, the company said.</p>"
                               "</article></body></html>");
    const std::string all = [&] {
        std::string s;
        for (const Block& b : a.blocks) s += b.text + "\n";
        return s;
    }();
    EXPECT_EQ(all.find("All targets met Revenue"), std::string::npos) << all;
    EXPECT_NE(all.find("Revenue rose five percent"), std::string::npos) << all;
}

// A live page's summary box in its header, beside the headline, over entries of their own: read first.
TEST(HtmlExtractionTest, shouldReadALivePagesKeyPointsBeforeItsEntries) {
    std::string entries;
    for (int k = 0; k < 3; ++k) {
        entries += "<article class='live-entry'><time>1" + std::to_string(k) + ":00</time><h2>Entry " + std::to_string(k) +
                   "</h2><p>Queues at the border eased through the afternoon as extra booths opened, the police said in a "
                   "statement, though drivers still waited more than an hour at the worst of it.</p></article>";
    }
    const Article a = htmlPage("<html><body><main><div class='live-header'><h1>Border live: long queues</h1>"
                               "<section class='key-points'><h2>Key points</h2><ul><li>Queues of up to 3 hours on the first day</li>"
                               "<li>Four extra booths opened at 10am</li></ul></section></div>" + entries + "</main></body></html>");
    const std::vector<std::string> items = texts(a, BlockKind::ListItem);
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0], "Queues of up to 3 hours on the first day");
    ASSERT_FALSE(a.blocks.empty());
    EXPECT_EQ(a.blocks.front().text.find("Queues at the border"), std::string::npos);
}

// A photographer the metadata lists among the authors, credited for the pictures ("Foto: …") and not in
// the printed byline, is not the writer; a writer who also took the pictures, printed in the byline, stays.
TEST(HtmlExtractionTest, shouldLeaveOutAPhotographerListedAsAnAuthor) {
    const std::string jsonLd = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":"
                               "\"Emilia Jansson\"},{\"@type\":\"Person\",\"name\":\"Oskar Mattsson\"}]}</script>";
    const Article credited = htmlPage("<html><head>" + jsonLd + "</head><body><article><h1>Ferry timetable cut</h1>"
                                      "<p class='byline'>Text: Emilia Jansson</p><figure><img src='a.jpg'><figcaption>The ferry. Foto: "
                                      "Oskar Mattsson</figcaption></figure>" + kProse + "</article></body></html>");
    EXPECT_EQ(credited.byline, "Emilia Jansson");
    const Article both = htmlPage("<html><head>" + jsonLd + "</head><body><article><h1>Ferry timetable cut</h1>"
                                  "<p class='byline'>By Emilia Jansson and Oskar Mattsson</p><figure><img src='a.jpg'><figcaption>The ferry. "
                                  "Photo: Oskar Mattsson</figcaption></figure>" + kProse + "</article></body></html>");
    EXPECT_NE(both.byline.find("Oskar Mattsson"), std::string::npos) << both.byline;
    // (The whole name: "Foto: Emilia Janssonova" credits someone else.)
    const Article other = htmlPage("<html><head>" + jsonLd + "</head><body><article><h1>Ferry timetable cut</h1>"
                                   "<figure><img src='a.jpg'><figcaption>Foto: Emilia Janssonova</figcaption></figure>" + kProse +
                                   "</article></body></html>");
    EXPECT_NE(other.byline.find("Emilia Jansson"), std::string::npos) << other.byline;
}

// A page builder's text module under the headline holding the standfirst and the story's first
// paragraphs, in a row apart from the one the body continues in: all of them are read, in order.
TEST(HtmlExtractionTest, shouldReadTheStorysFirstParagraphsBesideItsStandfirst) {
    std::string body;
    for (int k = 1; k <= 10; ++k) {
        body += "<p>Paragraph " + std::to_string(k) + " of the body tells how the harbour board spent the dues it raised last spring on "
                "dredging, lights and a new slipway for the smaller boats that fish the bay, and what the skippers made of it.</p>";
    }
    const Article a = htmlPage(
        "<html><head><title>Harbour master retires after 40 years</title></head><body>"
        "<div class=\"row\"><div class=\"col\"><div class=\"module post_title\"><h1>Harbour master retires after 40 years</h1>"
        "<p class=\"meta\">by <a href=\"/author/ann\">Ann Burke</a> | Nov 25, 2026</p></div>"
        "<div class=\"module image\"><img src=\"/tom.jpg\" alt=\"Tom Reilly\"></div>"
        "<div class=\"module text image-caption\"><p><em>Tom Reilly on the quay in 2019. Picture: Joe Bloggs</em></p></div>"
        "<div class=\"module text\"><p><strong>Known along the coast as the man who never missed a tide</strong></p>"
        "<p>Tom Reilly, who ran the harbour at Kilbrack for four decades, retired on Friday at the age of 66.</p>"
        "<p>His colleagues said he would be missed by every skipper who had ever tied up at the quay.</p></div></div></div>"
        "<div class=\"row\"><div class=\"col col_2_3\"><div class=\"module text\">" + body + "</div></div>"
        "<div class=\"col sidebar\"><h3>Most read</h3><ul><li><a href=\"/a\">One story</a></li><li><a href=\"/b\">Another</a></li></ul>"
        "</div></div></body></html>");
    const std::vector<std::string> paragraphs = texts(a, BlockKind::Paragraph);
    ASSERT_EQ(paragraphs.size(), 13u);
    EXPECT_EQ(paragraphs[0], "Known along the coast as the man who never missed a tide");
    EXPECT_EQ(paragraphs[1], "Tom Reilly, who ran the harbour at Kilbrack for four decades, retired on Friday at the age of 66.");
    EXPECT_EQ(paragraphs[2], "His colleagues said he would be missed by every skipper who had ever tied up at the quay.");
    EXPECT_EQ(paragraphs[3].rfind("Paragraph 1 ", 0), 0u);
    // (Only plain paragraphs of prose: not a box's or a picture's credit beside them.)
    const Article boxed = htmlPage(
        "<html><head><title>Harbour master retires after 40 years</title></head><body>"
        "<div class=\"row\"><div class=\"col\"><h1>Harbour master retires after 40 years</h1>"
        "<div class=\"module text\"><p><strong>Known along the coast as the man who never missed a tide</strong></p>"
        "<p class=\"author-bio\">Ann Burke is the Courier's marine correspondent and has covered the harbour since 2015.</p>"
        "<p>Tom Reilly on the quay in 2019, the year he was made an honorary skipper. Picture: Joe Bloggs</p></div></div></div>"
        "<div class=\"row\"><div class=\"col col_2_3\"><div class=\"module text\">" + body + "</div></div></div></body></html>");
    for (const std::string& p : texts(boxed, BlockKind::Paragraph)) {
        EXPECT_EQ(p.find("marine correspondent"), std::string::npos);
        EXPECT_EQ(p.find("Picture:"), std::string::npos);
    }
}

// Bylines and dates a page's furniture words its own way: a field's label ("Author"), a job whose
// desk is "Court", a CMS's first account ("Super User") where the body opens "di …", and a related
// story's date in a section named "section-related" after the story.
TEST(HtmlExtractionTest, shouldTakeTheWritersNameAndTheStorysDateFromTheirOwnElements) {
    std::string body;
    for (int k = 1; k <= 5; ++k) {
        body += "<p>Paragraph " + std::to_string(k) + " of the story says what the council decided about the bridge, and what it will cost "
                "the town over the next ten years.</p>";
    }
    const Article labelled = htmlPage(
        "<html><head><title>Bridge to close for repairs</title></head><body><article><h1>Bridge to close for repairs</h1>"
        "<div class=\"field field--name-field-author\"><div class=\"field__label\">Author</div><div class=\"field__item\">"
        "<a href=\"/author/wk\">Wanjiru Kamau</a></div></div>" + body + "</article></body></html>");
    EXPECT_EQ(labelled.byline, "Wanjiru Kamau");
    const Article job = htmlPage(
        "<html><head><title>Bridge to close for repairs</title></head><body><article><h1>Bridge to close for repairs</h1>"
        "<div class=\"Page-authors\"><div class=\"Page-authorInfo\"><div class=\"Page-authorBy\">By <a class=\"Page-authorName\" href=\"/p/hb\">Hannah Bradshaw</a></div>"
        "<div class=\"Page-authorTitle\">Court Reporter</div></div></div>" + body + "</article></body></html>");
    EXPECT_EQ(job.byline, "Hannah Bradshaw");
    const Article surname = htmlPage(
        "<html><head><title>Bridge to close for repairs</title><meta name=\"author\" content=\"Mary Ellen Court\"></head><body><article>"
        "<h1>Bridge to close for repairs</h1>" + body + "</article></body></html>");
    EXPECT_EQ(surname.byline, "Mary Ellen Court");
    // (A login the metadata names, "jef", gives way to the name the page prints.)
    const Article login = htmlPage(
        "<html><head><title>Bridge to close for repairs</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"headline\":\"Bridge to close for repairs\",\"author\":{\"@type\":\"Person\",\"name\":\"jef\"}}</script></head><body><article>"
        "<h1>Bridge to close for repairs</h1><div class=\"entry-meta\"><span class=\"byline\">door <span class=\"author vcard\">"
        "<a href=\"/author/jef/\">Jef Van den Bossche</a></span></span></div>" + body + "</article></body></html>");
    EXPECT_EQ(login.byline, "Jef Van den Bossche");
    const Article account = htmlPage(
        "<html><head><title>Ponte chiuso per lavori</title><meta name=\"author\" content=\"Super User\"></head><body><article>"
        "<h1>Ponte chiuso per lavori</h1><div itemprop=\"articleBody\"><p><em>di Marco Fabbri</em></p>" + body + "</div></article></body></html>");
    EXPECT_EQ(account.byline, "Marco Fabbri");
    const Article related = htmlPage(
        "<html><head><title>Bridge to close for repairs</title></head><body><div class=\"press-date\">24 November 2026</div>"
        "<h1>Bridge to close for repairs</h1><div class=\"rich-text\">" + body + "</div><section class=\"section-related\">"
        "<h2>More news</h2><div class=\"related-item\"><a href=\"/a\"><div class=\"related-date\">2 October 2026</div>"
        "<div>Ferry timetable changes</div></a></div></section></body></html>");
    ASSERT_TRUE(related.published.has_value());
    EXPECT_EQ(related.published->month, 11);
    EXPECT_EQ(related.published->day, 24);
    // (A wrapper around the story named for what it holds beside it is no list of other stories.)
    const Article wrapped = htmlPage(
        "<html><head><title>Bridge to close for repairs</title></head><body><article class=\"post has-related-posts\">"
        "<h1>Bridge to close for repairs</h1><div class=\"press-date\">24 November 2026</div>" + body + "</article></body></html>");
    ASSERT_TRUE(wrapped.published.has_value());
    EXPECT_EQ(wrapped.published->day, 24);
}

// The publication's name without its company's legal form, never the blog platform's, and from the
// end of the page's <title> where nothing else names it.
TEST(HtmlExtractionTest, shouldNameThePublicationNotItsCompanyOrPlatform) {
    const std::string body = "<p>The council voted on Tuesday to close the bridge for repairs from March, a decision that will send "
                             "traffic through the town centre for six months.</p><p>Work will cost about two million euros, the "
                             "council said, and will be paid for from the roads budget over the next three years.</p>";
    const Article company = htmlPage(
        "<html><head><title>Bridge to close - Oberland-Echo</title><meta property=\"og:site_name\" content=\"Oberland-Echo\">"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge to close\","
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Oberland-Echo GmbH & Co. KG\"}}</script></head><body><article>"
        "<h1>Bridge to close</h1>" + body + "</article></body></html>");
    EXPECT_EQ(company.site, "Oberland-Echo");
    const Article blog = htmlPage(
        "<html><head><title>Harbour Bulletin: Bridge to close</title>"
        "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Bridge to close\","
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Blogger\"}}</script></head><body><article>"
        "<h1>Bridge to close</h1>" + body + "</article></body></html>");
    EXPECT_EQ(blog.site, "Harbour Bulletin");
    const Article after = htmlPage(
        "<html><head><title>Bridge to close for six months | Newsroom Harbour Heat</title>"
        "<meta property=\"og:title\" content=\"Bridge to close for six months\"></head><body><article>"
        "<h1>Bridge to close for six months</h1>" + body + "</article></body></html>");
    EXPECT_EQ(after.site, "Newsroom Harbour Heat");
}

// A dek may be a short line, four words or more: "Inside the fight for the lower Darling".
TEST(HtmlExtractionTest, shouldReadAShortDekUnderTheHeadline) {
    std::string body;
    for (int k = 1; k <= 6; ++k) {
        body += "<p>Paragraph " + std::to_string(k) + " of the story tells how the river ran backwards for a week in March, and what "
                "the farmers downstream did about it.</p>";
    }
    const Article a = htmlPage("<html><head><title>The river that ran backwards</title></head><body><article><header>"
                               "<h1>The river that ran backwards</h1><p class=\"lf-dek\">Inside the fight for the lower Darling</p></header>"
                               "<div class=\"story-body\">" + body + "</div></article></body></html>");
    const std::vector<std::string> paragraphs = texts(a, BlockKind::Paragraph);
    ASSERT_FALSE(paragraphs.empty());
    EXPECT_EQ(paragraphs.front(), "Inside the fight for the lower Darling");
}

// A broadcaster's two letters are its name where the page says them twice (its og:site_name and its
// publisher); "U.S." alone as og:site_name stays a place. A Polish page's credits under the story (the
// desk's initials, the photo's source) and its top bar's date and update stamp are not read, and give
// no byline; "RELATED NEWS" over a box of links is not read.
TEST(HtmlExtractionTest, shouldNameAShortBroadcasterAndLeaveOutCreditsStampsAndALinksLabel) {
    const std::string body = "<p>The council voted on Tuesday to close the bridge for repairs from March, a decision that will send "
                             "traffic through the town centre for six months.</p><p>Work will cost about two million euros, the "
                             "council said, and will be paid for from the roads budget over the next three years.</p>";
    const Article broadcaster = htmlPage(
        "<html><head><title>Bridge to close | Indland | DR</title><meta property=\"og:site_name\" content=\"DR\">"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge to close\","
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"DR\"}}</script></head><body><article>"
        "<h1>Bridge to close</h1>" + body + "</article></body></html>");
    EXPECT_EQ(broadcaster.site, "DR");
    const Article place = htmlPage("<html><head><meta property=\"og:site_name\" content=\"U.S.\"></head><body><article>"
                                   "<h1>Bridge to close</h1>" + body + "</article></body></html>");
    EXPECT_NE(place.site, "U.S.");
    const Article polish = htmlPage(
        "<html><head><title>Most zamkni\xC4\x99ty</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"headline\":\"Most zamkni\xC4\x99ty\",\"author\":{\"@type\":\"Organization\",\"name\":\"TVN24\"}}</script></head>"
        "<body><article><h1>Most zamkni\xC4\x99ty</h1>"
        "<div class=\"article-top-bar\"><time datetime=\"2024-04-07T21:00:00+02:00\">7 kwietnia 2024 21:00</time>"
        "<span>Aktualizacja: 07.04.2024 23:41</span></div>" + body +
        "<p><strong>RELATED NEWS</strong></p><ul class=\"related-inline\"><li><a href=\"#\">Another story</a></li></ul>"
        "<p>The mayor said the bridge would reopen before the summer season, when traffic into the town doubles.</p>"
        "<div class=\"article-author\"><p>Autorka/Autor: <span>kab, js/adso</span></p><p>\xC5\xB9r\xC3\xB3" "d\xC5\x82o: TVN24, PAP</p>"
        "<p>\xC5\xB9r\xC3\xB3" "d\xC5\x82o zdj\xC4\x99" "cia g\xC5\x82\xC3\xB3wnego: Pawe\xC5\x82 Supernak/PAP</p></div></article></body></html>");
    EXPECT_EQ(polish.byline, "");
    for (const Block& b : polish.blocks) {
        EXPECT_EQ(b.text.find("Aktualizacja"), std::string::npos) << b.text;
        EXPECT_EQ(b.text.find("RELATED"), std::string::npos) << b.text;
    }
    // (The credits stay blocks of the article, known as credits, which the script does not read.)
    EXPECT_TRUE(isCreditLine("Autorka/Autor: kab, js/adso"));
    EXPECT_TRUE(isCreditLine("\xC5\xB9r\xC3\xB3" "d\xC5\x82o zdj\xC4\x99" "cia g\xC5\x82\xC3\xB3wnego: Pawe\xC5\x82 Supernak/PAP"));
}

// A group's name as the JSON-LD publisher gives way to its paper's, where the og:site_name and the page's
// <title> both name the paper; a host written as the og name does not.
TEST(HtmlExtractionTest, shouldNameThePaperNotTheGroupThatPublishesIt) {
    const std::string body = "<p>The council voted on Tuesday to close the bridge for repairs from March, a decision that will send "
                             "traffic through the town centre for six months.</p><p>Work will cost about two million euros, the "
                             "council said, and will be paid for from the roads budget over the next three years.</p>";
    const auto page = [&](const std::string& og, const std::string& suffix) {
        return htmlPage("<html><head><title>Bridge to close | " + suffix + "</title><meta property=\"og:site_name\" content=\"" + og +
                        "\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge to close\","
                        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour Community Media\"}}</script></head><body><article>"
                        "<h1>Bridge to close</h1>" + body + "</article></body></html>");
    };
    EXPECT_EQ(page("The Land", "The Land | NSW").site, "The Land");
    EXPECT_EQ(page("HB.se", "HB.se").site, "Harbour Community Media");
}

// A table's header keeps the capitals of what is no common noun ("H1 2025", "EBITDA") when it labels a figure (it was
// "h1 2025").
TEST(HtmlExtractionTest, shouldKeepTheCapitalsOfAHeaderThatIsNoCommonNoun) {
    const Article a = htmlPage("<html><body><article><h1>Results</h1><p>The company reported results for the first half of the year, with "
                                  "revenue up sharply and costs down.</p><table><tr><th>Item</th><th>H1 2025</th><th>Net Revenue</th></tr>"
                                  "<tr><td>Group</td><td>10</td><td>9</td></tr></table><p>Shares rose after the results were published on "
                                  "Tuesday morning in London.</p></article></body></html>");
    bool found = false;
    for (const Block& b : a.blocks) found = found || b.text == "Group, H1 2025: 10, Net Revenue 9";
    EXPECT_TRUE(found);
}

// Spanish, Portuguese, French and German without a region take their country's from the page's address: an
// Argentine paper's Spanish is read by the Americas' voice.
TEST(HtmlExtractionTest, shouldTakeTheRegionOfAPagesAddressForSpanishPortugueseFrenchAndGerman) {
    const std::string story = "<p>El gobierno anunci\xC3\xB3 el martes un plan de inversi\xC3\xB3n para el transporte p\xC3\xBA" "blico de la "
                              "capital, que entrar\xC3\xA1 en vigor en abril seg\xC3\xBAn el ministro.</p><p>La oposici\xC3\xB3n critic\xC3\xB3 "
                              "el anuncio y pidi\xC3\xB3 un debate en el Congreso antes de su aprobaci\xC3\xB3n final.</p>";
    const Article ar = htmlPage("<html><head><link rel='canonical' href='https://www.diario.com.ar/nota/1'><title>Plan de transporte</title>"
                                "</head><body><article><h1>Plan de transporte</h1>" + story + "</article></body></html>");
    EXPECT_EQ(ar.language, "es-AR");
    const Article es = htmlPage("<html><head><link rel='canonical' href='https://www.diario.example/nota/1'><title>Plan de transporte</title>"
                                "</head><body><article><h1>Plan de transporte</h1>" + story + "</article></body></html>");
    EXPECT_EQ(es.language, "es");
}

// A stock's quote chip, a link to the quote page with the ticker for text, is not read after the company's
// name; a link whose text is a word stays.
TEST(HtmlExtractionTest, shouldNotReadAStocksQuoteChip) {
    const Article a = htmlPage("<html><body><article>" + kProse +
                               "<p>Canadian Tire Corp. Ltd. <a href=\"/investing/markets/stocks/CTC-A-T/\">CTC-A-T</a> reported a profit, and "
                               "<a href=\"/markets/stocks/DOL-T/\">Dollarama</a> gained.</p></article></body></html>");
    const auto paragraphs = texts(a, BlockKind::Paragraph);
    EXPECT_EQ(paragraphs.back(), "Canadian Tire Corp. Ltd. reported a profit, and Dollarama gained.");
}

// The og:site_name a part of the publisher's company name is the publication ("El País" of "Ediciones EL PAÍS"); an
// author's box that tells who the writer is in a sentence is a bio, no byline to add a name from.
TEST(HtmlExtractionTest, shouldNameThePublicationInsideItsCompanyAndReadNoBylineFromABio) {
    const Article a = htmlPage(
        "<html lang='es'><head><title>El Congreso aprueba el fondo | Espa\xC3\xB1" "a | EL PA\xC3\x8DS</title>"
        "<meta property='og:site_name' content='El Pa\xC3\xADs'><meta name='author' content='Andrea Fontana'>"
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"El Congreso aprueba el fondo\","
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Ediciones EL PA\xC3\x8DS\"}}</script></head><body><article>"
        "<h1>El Congreso aprueba el fondo</h1>" + kProse +
        "<div class='author-info'><p><strong>Andrea Fontana</strong> Giornalista, si occupa di mercati per Radiocor e Il Sole 24 Ore.</p></div>"
        "</article></body></html>");
    EXPECT_EQ(a.site, "El Pa\xC3\xADs");
    EXPECT_EQ(a.byline, "Andrea Fontana");
}

// Four paragraphs of a French political story, for the tests of what stands under it.
std::string budgetParagraphs() {
    std::string body;
    for (int k = 0; k < 4; ++k) {
        body += "<p>Le gouvernement a engag\u00E9 sa responsabilit\u00E9 sur le texte budg\u00E9taire mardi apr\u00E8s-midi, et les "
                "oppositions ont aussit\u00F4t d\u00E9pos\u00E9 deux motions de censure qui seront examin\u00E9es jeudi.</p>";
    }
    return body;
}

// Under the story, the writers' names signed again (the byline, said already) and the publication's pitch for its
// newsletter, naming itself to the reader, are not read; an ordinal's raised ending in a subheading is written on to its
// figure, as in a paragraph ("1<sup>er</sup> avril" is "1er avril").
TEST(HtmlExtractionTest, shouldDropTheSignatureAndTheNewsletterPitchUnderTheStory) {
    const std::string body = budgetParagraphs();
    const Article a = htmlPage(
        "<html lang='fr'><head><title>Le budget au 49.3</title><meta property='og:site_name' content='Le Monde'>"
        "<meta name='author' content='Camille Roussel, Thomas Berthier'></head><body><article><h1>Le budget au 49.3</h1>" + body +
        "<h2>Un calendrier serr\u00E9 jusqu\u2019au 1<sup>er</sup>\u00A0avril</h2>" + body +
        "<p>Camille Roussel et Thomas Berthier</p>"
        "<p>Chaque semaine, \u00AB\u00A0Le Monde\u00A0\u00BB analyse pour vous les enjeux de l\u2019actualit\u00E9 politique</p>"
        "</article></body></html>");
    const std::vector<std::string> paragraphs = texts(a, BlockKind::Paragraph);
    ASSERT_FALSE(paragraphs.empty());
    EXPECT_EQ(paragraphs.back().find("Le gouvernement"), 0u) << paragraphs.back();
    EXPECT_EQ(texts(a, BlockKind::Heading), (std::vector<std::string>{"Un calendrier serr\u00E9 jusqu\u2019au 1er avril"}));
}

// A story's last paragraph that speaks to the reader and names its publication in passing, with its full stop, is the
// story's, not a newsletter's pitch.
TEST(HtmlExtractionTest, shouldKeepAStorysLastSentenceThatNamesThePublication) {
    const std::string body = budgetParagraphs();
    const Article a = htmlPage("<html lang='fr'><head><title>Le budget</title><meta property='og:site_name' content='Le Monde'></head><body>"
                               "<article><h1>Le budget</h1>" + body +
                               "<p>\u00AB\u00A0Ce budget est fait pour vous et pour tout le monde\u00A0\u00BB, a dit la ministre.</p></article></body></html>");
    const std::vector<std::string> paragraphs = texts(a, BlockKind::Paragraph);
    ASSERT_FALSE(paragraphs.empty());
    EXPECT_NE(paragraphs.back().find("tout le monde"), std::string::npos) << paragraphs.back();
}

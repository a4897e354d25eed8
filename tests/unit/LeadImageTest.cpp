// The story's lead picture and its caption, as a page sets them: outside the body, lazily loaded, behind a stock
// share image, beside logos and avatars; and the credits a caption carries.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "core/Url.hpp"

using namespace readcast;

namespace {

// A page with `header` between its headline and its body, `meta` in its head and `body` after three paragraphs.
std::string page(const std::string& header, const std::string& meta = "", const std::string& later = "") {
    return "<html><head><title>Harbour bridge to close for repairs</title>"
           "<link rel=\"canonical\" href=\"https://news.example.com/local/2025/06/bridge-closure.html\">" +
           meta +
           "</head><body><nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a></nav><main>"
           "<h1>Harbour bridge to close for repairs</h1>" +
           header +
           "<div class=\"article-body\">"
           "<p>The harbour bridge will close to traffic for six weeks from Monday while engineers replace its expansion joints, the city council said.</p>"
           "<p>Buses will be diverted along the ring road, adding about fifteen minutes to journeys into the centre at peak times.</p>" +
           later +
           "<p>The council said the work could not wait until the autumn because two of the joints had cracked during the winter.</p>"
           "</div></main><footer>Copyright 2025 The Example News</footer></body></html>";
}

}  // namespace

TEST(LeadImageTest, shouldResolveAPicturesAddressAgainstThePage) {
    const std::string base = "https://example.com/news/2024/story.html";
    EXPECT_EQ(resolveUrl(base, "../img/a.jpg"), "https://example.com/news/img/a.jpg");
    EXPECT_EQ(resolveUrl(base, "/img/a.jpg"), "https://example.com/img/a.jpg");
    EXPECT_EQ(resolveUrl(base, "//cdn.example.net/a.jpg"), "https://cdn.example.net/a.jpg");
    EXPECT_EQ(resolveUrl(base, "a.jpg?w=2"), "https://example.com/news/2024/a.jpg?w=2");
    EXPECT_EQ(resolveUrl("https://example.com", "a.jpg"), "https://example.com/a.jpg");
    EXPECT_EQ(resolveUrl("https://example.com/a/b/", "./c/../d.png"), "https://example.com/a/b/d.png");
    EXPECT_EQ(resolveUrl(base, "https://other.example.org/x.jpg"), "https://other.example.org/x.jpg");
    // (With no web address to read it against, the address stays as the page wrote it.)
    EXPECT_EQ(resolveUrl("", "img/a.jpg"), "img/a.jpg");
}

// "<h1>…</h1><figure>…</figure><div class="article-body">…": the lead figure outside the body chosen is the
// story's picture, its caption the lead caption without its credit, and no part of what is read.
TEST(LeadImageTest, shouldTakeTheLeadFigureBetweenTheHeadlineAndTheBody) {
    const Article a = blindPageArticle(page(
        "<figure class=\"c-media\"><img src=\"/images/bridge-joints.jpg\" alt=\"The bridge\"><figcaption>"
        "Engineers inspect a cracked joint on the harbour bridge (Image: City Council)</figcaption></figure>"));
    EXPECT_EQ(a.lead_image_url, "https://news.example.com/images/bridge-joints.jpg");
    EXPECT_EQ(a.lead_image_caption, "Engineers inspect a cracked joint on the harbour bridge");
    EXPECT_EQ(blindBodyOf(a).find("Engineers inspect"), std::string::npos);
    EXPECT_NE(blindBodyOf(a).find("expansion joints"), std::string::npos);
}

// A teaser's picture between the headline and the body links to another story: no lead picture.
TEST(LeadImageTest, shouldNotTakeATeasersPictureForTheLead) {
    const Article a = blindPageArticle(page(
        "<a href=\"/local/2025/05/ferry-fares.html\"><figure><img src=\"/images/ferry.jpg\" alt=\"\">"
        "<figcaption>Ferry fares to rise in July</figcaption></figure></a>"));
    EXPECT_EQ(a.lead_image_url, "");
    EXPECT_EQ(a.lead_image_caption, "");
}

// A lazy page sets a one-pixel placeholder in src and the picture in a srcset, its addresses holding commas.
TEST(LeadImageTest, shouldTakeALazyPicturesWidestSource) {
    const Article a = blindPageArticle(page(
        "<figure><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==\" "
        "data-srcset=\"https://img.example.com/c_fill,w_320/bridge.jpg 320w, https://img.example.com/c_fill,w_1280/bridge.jpg 1280w, "
        "https://img.example.com/c_fill,w_80/bridge.jpg 80w\" alt=\"The bridge\"><figcaption>The bridge at dusk.</figcaption></figure>"));
    EXPECT_EQ(a.lead_image_url, "https://img.example.com/c_fill,w_1280/bridge.jpg");
    EXPECT_EQ(a.lead_image_caption, "The bridge at dusk.");
}

// A site's stock share picture and the writer's avatar are no picture of the story: the story's own is.
TEST(LeadImageTest, shouldPassOverStockPicturesLogosAndAvatars) {
    const Article a = blindPageArticle(page(
        "<div class=\"byline\"><img class=\"author-avatar\" src=\"/people/jane.jpg\" width=\"48\" height=\"48\"> By Jane Doe</div>",
        "<meta property=\"og:image\" content=\"https://news.example.com/static/social-placeholder.png\">",
        "<figure><img src=\"/static/logo_trans.png\" alt=\"The Example News\"></figure>"
        "<figure><img src=\"/images/2025/06/diversion-map.jpg\" alt=\"Map\"><figcaption>The diversion along the ring road.</figcaption></figure>"));
    EXPECT_EQ(a.lead_image_url, "https://news.example.com/images/2025/06/diversion-map.jpg");
    // (The story's own picture, further down, is the one taken, and its caption the lead caption.)
    EXPECT_EQ(a.lead_image_caption, "The diversion along the ring road.");
}

// The share picture is the hero over the headline, with no caption of its own: the caption of a chart further down
// the story is not its caption.
TEST(LeadImageTest, shouldNotGiveTheLeadPictureAnotherPicturesCaption) {
    const std::string html = page("", "<meta property=\"og:image\" content=\"https://news.example.com/images/hero-1200x630.jpg\">",
                                  "<figure><img src=\"/images/traffic-chart.png\" alt=\"Chart\"><figcaption>Figure 1. Traffic on the bridge by hour."
                                  "</figcaption></figure>");
    const Article a = blindPageArticle(html);
    EXPECT_EQ(a.lead_image_url, "https://news.example.com/images/hero-1200x630.jpg");
    EXPECT_EQ(a.lead_image_caption, "");
    // (The same picture in the body, set at another size, has its caption.)
    const Article b = blindPageArticle(page("<figure><img src=\"/images/hero-640x360.jpg\"><figcaption>The bridge from the quay.</figcaption></figure>",
                                            "<meta property=\"og:image\" content=\"https://news.example.com/images/hero-1200x630.jpg\">"));
    EXPECT_EQ(b.lead_image_caption, "The bridge from the quay.");
}

// A caption's credit, however it is set, is a credit: kept out of the caption read and of the lead caption.
TEST(LeadImageTest, shouldSplitTheCreditsACaptionCarries) {
    const auto captionAndCredit = [](const std::string& figcaption) {
        const Article a = blindPageArticle(page("", "", "<figure><img src=\"/images/a.jpg\"><figcaption>" + figcaption + "</figcaption></figure>"));
        std::string out;
        for (const Block& b : a.blocks) {
            if (b.kind == BlockKind::Caption) out += "caption: " + b.text + "\n";
            if (b.kind == BlockKind::Credit) out += "credit: " + b.text + "\n";
        }
        return out;
    };
    EXPECT_EQ(captionAndCredit("Jordan Keel leaving court (Image: SWNS)"), "caption: Jordan Keel leaving court\ncredit: (Image: SWNS)\n");
    EXPECT_EQ(captionAndCredit("Il presidente del Consiglio alla Camera (ansa)"), "caption: Il presidente del Consiglio alla Camera\ncredit: (ansa)\n");
    EXPECT_EQ(captionAndCredit("Esplanada dos Ministérios, em Brasília — Foto: Marcelo Camargo/Agência Brasil"),
              "caption: Esplanada dos Ministérios, em Brasília\ncredit: — Foto: Marcelo Camargo/Agência Brasil\n");
    EXPECT_EQ(captionAndCredit("[부산=뉴시스] 1일 부산항에 컨테이너가 쌓여 있다. (사진=뉴시스DB) 2025.06.01. photo@newsis.com"),
              "caption: 1일 부산항에 컨테이너가 쌓여 있다.\ncredit: (사진=뉴시스DB) 2025.06.01. photo@newsis.com\n");
    // (A country after an athlete's name, a party after a senator's, are the caption's.)
    EXPECT_EQ(captionAndCredit("Simone Biles (USA)"), "caption: Simone Biles (USA)\n");
    EXPECT_EQ(captionAndCredit("Sen. Maria Delgado (D-Calif.)"), "caption: Sen. Maria Delgado (D-Calif.)\n");
}

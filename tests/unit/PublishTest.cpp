// The publish stage's parts: name-based UUIDs, RFC 2822 dates, image sizes, XML text and URL escaping,
// Apple's categories. Reference values come from independent implementations (Python's uuid and
// email.utils), noted beside each.

#include <gtest/gtest.h>

#include "publish/ImageSize.hpp"
#include "publish/PodcastCategories.hpp"
#include "publish/Rfc2822.hpp"
#include "publish/Uuid.hpp"
#include "publish/Xml.hpp"

namespace readcast {
namespace {

TEST(UuidTest, shouldMatchPythonsUuid5) {
    // uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    EXPECT_EQ(uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org"), "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    // uuid.uuid5(uuid.UUID('ead4c236-bf58-58c6-a2c6-a6b28d128cb6'), 'podcastindex.org/namespace/1.0')
    EXPECT_EQ(podcastGuid("https://podcastindex.org/namespace/1.0"), "0b20eef2-824a-5f6a-bc6b-68f611056e0c");
    EXPECT_EQ(podcastGuid("http://podcastindex.org/namespace/1.0//"), podcastGuid("podcastindex.org/namespace/1.0"))
        << "scheme and trailing slashes are not part of the name";
    EXPECT_THROW(uuidV5("not-a-uuid", "x"), std::invalid_argument);
}

TEST(Rfc2822Test, shouldWriteTheDeclaredOffsetAndTheRightWeekday) {
    DateTime leap{2024, 2, 29, 23, 5, 7};
    leap.utc_offset_minutes = -330;
    // email.utils.format_datetime(datetime(2024, 2, 29, 23, 5, 7, tzinfo=timezone(timedelta(hours=-5, minutes=-30))))
    EXPECT_EQ(rfc2822(leap), "Thu, 29 Feb 2024 23:05:07 -0530");
    EXPECT_EQ(rfc2822(DateTime{1999, 12, 31}), "Fri, 31 Dec 1999 12:00:00 +0000") << "a date alone is noon UTC";
    EXPECT_EQ(unixSeconds(leap), 1709267707);  // date -d '2024-02-29T23:05:07-05:30' +%s
    const DateTime back = utcDateTime(1709267707);
    EXPECT_EQ(back.iso(), "2024-03-01T04:35:07Z");
    EXPECT_EQ(rfc2822(utcDateTime(0)), "Thu, 01 Jan 1970 00:00:00 +0000");
}

std::string png(unsigned w, unsigned h) {
    std::string b("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    for (unsigned v : {w, h}) {
        for (int shift = 24; shift >= 0; shift -= 8) b.push_back(static_cast<char>((v >> shift) & 0xFF));
    }
    return b + std::string(20, '\0');
}

TEST(ImageSizeTest, shouldReadPngAndJpegHeaders) {
    const auto p = imageSize(png(3000, 2999));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->width, 3000);
    EXPECT_EQ(p->height, 2999);
    // SOI, an APP0 segment to skip, then a progressive frame header (SOF2): 1400 high, 1600 wide.
    const std::string jpeg("\xFF\xD8\xFF\xE0\x00\x04\x00\x00\xFF\xC2\x00\x11\x08\x05\x78\x06\x40\x03", 18);
    const auto j = imageSize(jpeg);
    ASSERT_TRUE(j);
    EXPECT_EQ(j->width, 1600);
    EXPECT_EQ(j->height, 1400);
    EXPECT_FALSE(imageSize("GIF89a........"));
    EXPECT_FALSE(imageSize(std::string("\xFF\xD8\xFF\xDA\x00\x02", 6))) << "image data before any frame header";
    EXPECT_FALSE(imageSize(png(0, 10)));
}

TEST(XmlTest, shouldEscapeAndDropWhatXmlCannotHold) {
    EXPECT_EQ(xmlEscape("A & B <c> \"d\" 'e' ]]>"), "A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39; ]]&gt;");
    EXPECT_EQ(xmlEscape(std::string("bell\x07 nul\0 bad\xFF ok", 18)), "bell nul bad ok");
    EXPECT_EQ(xmlEscape("مرحبا é"), "مرحبا é");
    EXPECT_EQ(percentEncodeSegment("my story é.mp3"), "my%20story%20%C3%A9.mp3");
    EXPECT_EQ(percentEncodeSegment("a/b?c#d"), "a%2Fb%3Fc%23d");
}

TEST(PodcastCategoriesTest, shouldTakeApplesCategoriesOnlyInAnySpelling) {
    const auto c = podcastCategory("news > daily news");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->category, "News");
    EXPECT_EQ(c->subcategory, "Daily News");
    EXPECT_EQ(podcastCategory("TV & Film")->category, "TV & Film");
    EXPECT_TRUE(podcastCategory("technology")->subcategory.empty());
    EXPECT_FALSE(podcastCategory("Breaking"));
    EXPECT_FALSE(podcastCategory("News/Cooking")) << "a subcategory of another category";
}

}  // namespace
}  // namespace readcast

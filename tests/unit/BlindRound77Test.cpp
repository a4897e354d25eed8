// What blind round 77 found read wrong, and what was left from round 76, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "text/WireCopy.hpp"

using namespace readcast;

// An outlet's name and the date over a writer's own credit ("Warta Nusantara - Rabu, 15 Januari 2025" over "Penulis: Dewi
// Lestari"): the credit is the byline and the name the publication's, which the dateline after the place does not read
// ("JAKARTA, WARTA NUSANTARA -"). A name and a date alone are still a byline.
TEST(BlindRound77Test, shouldTakeTheWritersCreditOverAnOutletsNameBeforeTheDate) {
    const std::string story =
        "Pemerintah Provinsi DKI Jakarta mengalokasikan anggaran sebesar Rp 2,3 triliun dalam APBD 2025 untuk program pengendalian banjir. "
        "Dana tersebut akan digunakan untuk normalisasi sungai.\n\nDana tersebut akan digunakan untuk pembangunan waduk serta perbaikan "
        "pompa air di sejumlah titik rawan genangan.\n";
    const Article a = blindTextArticle("Pemprov DKI Alokasikan Dana untuk Atasi Banjir Jakarta\n\nWarta Nusantara - Rabu, 15 Januari 2025 | 16:27 WIB\n\n"
                                       "Penulis: Dewi Lestari | Editor: Bambang Santoso\n\n" + story);
    EXPECT_EQ(a.byline, "Dewi Lestari");
    EXPECT_EQ(a.site, "Warta Nusantara");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->day, 15);
    const Article alone = blindTextArticle("Pemprov DKI Alokasikan Dana untuk Atasi Banjir Jakarta\n\nDewi Lestari - Rabu, 15 Januari 2025 | 16:27 WIB\n\n" + story);
    EXPECT_EQ(alone.byline, "Dewi Lestari");

    const auto d = splitDateline("JAKARTA, WARTA NUSANTARA - Pemerintah Provinsi mengalokasikan anggaran.", "Warta Nusantara");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "Jakarta.");
    EXPECT_EQ(splitDateline("JAKARTA, ANTARA - Pemerintah Provinsi mengalokasikan anggaran.")->place, "Jakarta.");
    EXPECT_EQ(splitDateline("SANTA FE, N.M. - The governor said.", "Santa Fe Daily")->place, "Santa Fe, N.M.");
}

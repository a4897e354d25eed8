// What blind round 77 found read wrong, and what was left from round 76, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "text/SentenceSplitter.hpp"
#include "text/StoryCues.hpp"
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

// A sentence opening on a share after one that ends on a word or a scale's letter ends there: "dominating. 71% possession",
// "Low 79°F. 20% chance"; after a short form it goes on ("approx. 5% overall").
TEST(BlindRound77Test, shouldEndASentenceBeforeAShareThatOpensTheNext) {
    EXPECT_EQ(SentenceSplitter("en")("Arsenal are dominating. 71% possession so far.").size(), 2u);
    EXPECT_EQ(SentenceSplitter("en")("Low 79\xC2\xB0" "F. 20% chance of a late storm.").size(), 2u);
    EXPECT_EQ(SentenceSplitter("en")("Rates rose by approx. 5% overall.").size(), 1u);
}

// A live match report's minutes: alone on the line over an entry ("88'") it is kept and read as the minute; in a match
// report any minute is, and a score standing alone is one ("1-0." one-nil). A length is still a length outside one.
TEST(BlindRound77Test, shouldReadAMatchReportsMinutesAndScores) {
    const Article a = blindTextArticle("Arsenal beat Chelsea in the derby\n\n88'\nSUBSTITUTION for Arsenal as the crowd gives a standing ovation "
                                       "for the man of the match today.\n\n84'\nCHANCE for Nicolas Jackson who should equalise after a cross finds "
                                       "him unmarked six yards out.\n");
    EXPECT_EQ(a.blocks.front().text, "88'");
    EXPECT_EQ(blindSay("88'"), "eighty-eighth minute");
    EXPECT_TRUE(isFootballReport("The keeper saved it. The striker was offside. A free-kick followed before half-time."));
    EXPECT_FALSE(isFootballReport("The council voted on the penalty for late payment. The goal is to cut the deficit."));
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", "en-GB", {});
    StoryCues football;
    football.football = true;
    const Normalizer match("en-GB", &lexicon, football);
    EXPECT_EQ(match.normalize("71' Enzo Fernandez is booked."), "seventy-first minute, Enzo Fernandez is booked.");
    EXPECT_EQ(match.normalize("58' Gabriel rises highest."), "fifty-eighth minute, Gabriel rises highest.");
    EXPECT_EQ(match.normalize("1-0."), "one-nil.");
    EXPECT_EQ(match.normalize("The 6' tall keeper."), "The six feet tall keeper.");
    EXPECT_EQ(blindSay("A 60' oak fell."), "A sixty feet oak fell.");
}

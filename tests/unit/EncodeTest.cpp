// Encoders and the output file, checked by decoding with libsndfile and reading tags with TagLib.

#include <gtest/gtest.h>
#include <sndfile.h>
#include <taglib/fileref.h>
#include <taglib/mpegfile.h>
#include <taglib/id3v2tag.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <numbers>

#include "core/Error.hpp"
#include "encode/Mp3Encoder.hpp"
#include "core/OutputSet.hpp"
#include "encode/SndfileEncoder.hpp"

using namespace readcast;
namespace fs = std::filesystem;

namespace {

class EncodeTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir = fs::temp_directory_path() / ("readcast-encode-" +
                                           std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }

    std::vector<std::string> files() const {
        std::vector<std::string> names;
        for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
        return names;
    }

    static void feedSine(PcmSink& sink, int rate, double seconds) {
        sink.init(rate);
        std::vector<float> chunk(1024);
        const auto total = static_cast<std::size_t>(rate * seconds);
        for (std::size_t i = 0; i < total; i += chunk.size()) {
            const std::size_t n = std::min(chunk.size(), total - i);
            for (std::size_t k = 0; k < n; ++k) {
                chunk[k] = 0.4f * static_cast<float>(std::sin(2 * std::numbers::pi * 440 * static_cast<double>(i + k) / rate));
            }
            sink.process(chunk.data(), n);
        }
        sink.done();
    }

    fs::path dir;
};

struct DecodedInfo {
    int rate = 0, channels = 0;
    sf_count_t frames = 0;
};

DecodedInfo decode(const fs::path& path) {
    SF_INFO info{};
    SNDFILE* f = sf_open(path.c_str(), SFM_READ, &info);
    if (f == nullptr) return {};
    std::vector<float> buf(4096);
    sf_count_t frames = 0, n = 0;
    while ((n = sf_readf_float(f, buf.data(), static_cast<sf_count_t>(buf.size() / static_cast<std::size_t>(info.channels)))) > 0) frames += n;
    sf_close(f);
    return {info.samplerate, info.channels, frames};
}

AudioTags tags() {
    AudioTags t;
    t.title = "Séoul \u2019s test";
    t.artist = "Jane Doe";
    t.date = "2025-04-29";
    t.comment = "Read by AI";
    t.encoder = "readcast test";
    return t;
}

}  // namespace

TEST_F(EncodeTest, shouldWriteMp3ThatDecodesToTheSameLengthWithTags) {
    const fs::path path = dir / "a.mp3";
    {
        OutputSet outputs(false);
        Mp3Encoder mp3(EncoderSettings{}, tags(), outputs.add(path.string()));
        feedSine(mp3, 44100, 3.0);
        outputs.commit();
    }
    const DecodedInfo d = decode(path);
    EXPECT_EQ(d.rate, 44100);
    EXPECT_EQ(d.channels, 1);
    // The info frame tells the decoder the encoder delay and padding: the length comes back exactly.
    EXPECT_NEAR(static_cast<double>(d.frames), 3.0 * 44100, 1152);
    TagLib::MPEG::File file(path.c_str());
    ASSERT_TRUE(file.isValid());
    ASSERT_NE(file.ID3v2Tag(), nullptr);
    EXPECT_EQ(file.ID3v2Tag()->title().to8Bit(true), "Séoul \u2019s test");
    EXPECT_EQ(file.ID3v2Tag()->artist().to8Bit(true), "Jane Doe");
    EXPECT_EQ(file.ID3v2Tag()->frameListMap()["TDRC"].front()->toString().to8Bit(true), "2025-04-29");
    EXPECT_NEAR(file.audioProperties()->bitrate(), 96, 2);
}

TEST_F(EncodeTest, shouldWriteFlacAndWav) {
    for (AudioFormat format : {AudioFormat::Wav, AudioFormat::Flac}) {
        const fs::path path = dir / ("a" + formatExtension(format));
        OutputSet outputs(false);
        SndfileEncoder enc(format, tags(), outputs.add(path.string()));
        feedSine(enc, 22050, 1.0);
        outputs.commit();
        const DecodedInfo d = decode(path);
        EXPECT_EQ(d.rate, 22050);
        EXPECT_EQ(d.frames, 22050);
    }
}


#include <taglib/chapterframe.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/tbytevectorstream.h>

#include <map>

#include "encode/Id3Tag.hpp"

namespace {

// Level 1 chapters in a table of their own, listed in the top-level table after their level 0 chapter,
// as TagLib reads the tag back.
TEST(Id3ChaptersTest, shouldNestLevelOneChaptersInTablesOfTheirOwn) {
    AudioTags tags;
    tags.title = "Edition";
    tags.chapters = {{"Opening", 0, 1000, 0}, {"Story A", 1000, 5000, 0}, {"Heading A1", 3000, 4000, 1},
                     {"Heading A2", 4000, 5000, 1}, {"Story B", 5000, 8000, 0}};
    const std::string bytes = renderId3v2(tags, 0);
    const TagLib::ByteVector data(bytes.data(), static_cast<unsigned int>(bytes.size()));
    TagLib::ByteVectorStream stream(data);
    TagLib::MPEG::File file(&stream, TagLib::ID3v2::FrameFactory::instance(), false);
    ASSERT_TRUE(file.hasID3v2Tag());
    const TagLib::ID3v2::FrameList tocs = file.ID3v2Tag()->frameListMap()["CTOC"];
    ASSERT_EQ(tocs.size(), 2u);
    std::map<std::string, std::vector<std::string>> children;
    std::string topLevel;
    for (TagLib::ID3v2::Frame* f : tocs) {
        auto* toc = dynamic_cast<TagLib::ID3v2::TableOfContentsFrame*>(f);
        ASSERT_NE(toc, nullptr);
        const std::string id(toc->elementID().data(), toc->elementID().size());
        if (toc->isTopLevel()) topLevel = id;
        for (const TagLib::ByteVector& c : toc->childElements()) children[id].emplace_back(c.data(), c.size());
    }
    EXPECT_EQ(topLevel, "toc");
    EXPECT_EQ(children["toc"], (std::vector<std::string>{"chp0", "chp1", "toc1", "chp4"}));
    EXPECT_EQ(children["toc1"], (std::vector<std::string>{"chp2", "chp3"}));
    EXPECT_EQ(file.ID3v2Tag()->frameListMap()["CHAP"].size(), 5u);
}

}  // namespace

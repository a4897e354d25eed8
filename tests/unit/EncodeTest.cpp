// Encoders and the output file, checked by decoding with libsndfile and reading tags with TagLib.

#include <gtest/gtest.h>

#include "../TestTemp.hpp"
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
        dir = readcast::testing::tempRoot() / ("readcast-encode-" +
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

// Speech-like audio with nothing above 11.025 kHz (as eSpeak NG's 22.05 kHz speech, resampled): three
// seconds of syllables, voiced harmonics and a fricative band.
static std::vector<float> speechLike(int rate) {
    std::vector<float> source(static_cast<std::size_t>(rate * 3));
    for (std::size_t i = 0; i < source.size(); ++i) {
        const double t = static_cast<double>(i) / rate;
        const double envelope = 0.5 + 0.5 * std::sin(2 * std::numbers::pi * 3 * t);  // syllables
        source[i] = static_cast<float>(envelope * (0.25 * std::sin(2 * std::numbers::pi * 180 * t) + 0.12 * std::sin(2 * std::numbers::pi * 1250 * t) +
                                                   0.06 * std::sin(2 * std::numbers::pi * 3400 * t) + 0.03 * std::sin(2 * std::numbers::pi * 8700 * t)));
    }
    return source;
}

// Codes `source` to an MP3 with `settings` and decodes it: its signal-to-noise against the source, whole
// and per 20 ms (the mean of the frames' values), after aligning the two.
struct Fidelity {
    double whole = -1e9;
    double segmental = -1e9;
};
static Fidelity codedFidelity(const fs::path& path, const std::vector<float>& source, int rate, const EncoderSettings& settings) {
    {
        OutputSet outputs(false);
        Mp3Encoder mp3(settings, tags(), outputs.add(path.string()));
        mp3.init(rate);
        mp3.process(source.data(), source.size());
        mp3.done();
        outputs.commit();
    }
    SF_INFO info{};
    SNDFILE* f = sf_open(path.c_str(), SFM_READ, &info);
    std::vector<float> decoded(static_cast<std::size_t>(info.frames));
    sf_readf_float(f, decoded.data(), info.frames);
    sf_close(f);
    // The best alignment within a few frames either way (decoders differ in how they trim delay).
    Fidelity best;
    int bestShift = 0;
    for (int shift = -2400; shift <= 2400; shift += 1) {
        double signal = 0, noise = 0;
        for (std::size_t i = 10000; i < 10000 + 44100 && i + 2400 < decoded.size(); i += 3) {
            const double s = source[i], d = decoded[static_cast<std::size_t>(static_cast<long>(i) + shift)];
            signal += s * s;
            noise += (s - d) * (s - d);
        }
        const double db = 10 * std::log10(signal / std::max(noise, 1e-12));
        if (db > best.whole) {
            best.whole = db;
            bestShift = shift;
        }
    }
    const std::size_t frame = static_cast<std::size_t>(rate / 50);
    double sum = 0;
    std::size_t frames = 0;
    for (std::size_t at = 10000; at + frame + 2400 < decoded.size() && at + frame < source.size(); at += frame) {
        double signal = 0, noise = 0;
        for (std::size_t i = at; i < at + frame; ++i) {
            const double s = source[i], d = decoded[static_cast<std::size_t>(static_cast<long>(i) + bestShift)];
            signal += s * s;
            noise += (s - d) * (s - d);
        }
        if (signal < 1e-6 * static_cast<double>(frame)) continue;  // a quiet frame says nothing of the coding
        sum += std::clamp(10 * std::log10(signal / std::max(noise, 1e-12)), -10.0, 60.0);
        ++frames;
    }
    best.segmental = frames == 0 ? -1e9 : sum / static_cast<double>(frames);
    return best;
}

// Told the content's bandwidth, LAME codes nothing above it, and the decoded audio is as close to the
// source as with LAME's own lowpass (20.5 kHz at 96 kbps mono).
TEST_F(EncodeTest, shouldKeepTheSameFidelityWhenTheContentBandwidthIsGiven) {
    const int rate = 44100;
    const std::vector<float> source = speechLike(rate);
    const auto snrDb = [&](int bandwidth) {
        EncoderSettings settings;
        settings.content_bandwidth_hz = bandwidth;
        return codedFidelity(dir / ("band-" + std::to_string(bandwidth) + ".mp3"), source, rate, settings).whole;
    };
    const double own = snrDb(0), told = snrDb(11025);
    // The LAME tag records the lowpass used, in hundreds of Hz, two bytes after "LAME3.100".
    const auto lowpassHz = [&](int bandwidth) {
        std::ifstream in(dir / ("band-" + std::to_string(bandwidth) + ".mp3"), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::size_t at = bytes.find("LAME3");
        return at == std::string::npos ? -1 : static_cast<unsigned char>(bytes[at + 10]) * 100;
    };
    EXPECT_EQ(lowpassHz(11025), 11000);
    EXPECT_GT(lowpassHz(0), 15000);
    EXPECT_GT(own, 10.0) << "the comparison itself works";
    EXPECT_GT(told, own - 1.0) << "LAME's lowpass " << own << " dB, 11.025 kHz " << told << " dB";
}

// Synthetic speech is coded at LAME's quality 7, without its noise shaping: the decoded audio is as close
// to the source as at LAME's own quality, whole and frame by frame, at both rates readcast offers.
TEST_F(EncodeTest, shouldKeepTheSameFidelityAtTheFasterQualityForSpeech) {
    for (const int rate : {44100, 22050}) {
        const std::vector<float> source = speechLike(rate);
        const auto fidelity = [&](int quality) {
            EncoderSettings settings;
            settings.sample_rate_hz = rate;
            settings.bitrate_kbps = rate == 44100 ? 96 : 64;
            settings.content_bandwidth_hz = 11025;
            settings.algorithm_quality = quality;
            return codedFidelity(dir / ("q" + std::to_string(quality) + "-" + std::to_string(rate) + ".mp3"), source, rate, settings);
        };
        const Fidelity own = fidelity(-1), fast = fidelity(7);
        EXPECT_GT(own.whole, 10.0) << "the comparison itself works";
        EXPECT_GT(fast.whole, own.whole - 0.5) << rate << " Hz: LAME's own " << own.whole << " dB, quality 7 " << fast.whole << " dB";
        EXPECT_GT(fast.segmental, own.segmental - 0.5) << rate << " Hz: per 20 ms, " << own.segmental << " dB and " << fast.segmental << " dB";
    }
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

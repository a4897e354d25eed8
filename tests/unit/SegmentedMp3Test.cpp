// MP3 coded in pieces on several threads (SeamCutter, SegmentPipeline, Mp3InfoFrame, Mp3Encoder):
// the joined file must decode like one encoder's, to the sample, with no click at the seams.

#include <gtest/gtest.h>

#include "../TestTemp.hpp"
#include <lame.h>
#include <sndfile.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <numbers>
#include <random>

#include "core/OutputSet.hpp"
#include "encode/Mp3Encoder.hpp"
#include "encode/Mp3InfoFrame.hpp"
#include "encode/SeamCutter.hpp"

using namespace readcast;
namespace fs = std::filesystem;

namespace {

// Speech-like bursts (a few harmonics under an envelope, a different pitch each) between pauses of
// digital silence, as eSpeak NG's utterances and readcast's pauses are.
struct Programme {
    std::vector<float> pcm;
    std::vector<std::pair<std::size_t, std::size_t>> pauses;  // [begin, end)
};

Programme programme(int rate, double seconds, unsigned seed = 7) {
    Programme p;
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> burst_s(0.4, 2.5), pause_s(0.25, 0.7), pitch(90, 220);
    const auto total = static_cast<std::size_t>(seconds * rate);
    while (p.pcm.size() < total) {
        const auto n = static_cast<std::size_t>(burst_s(random) * rate);
        const double f0 = pitch(random);
        for (std::size_t i = 0; i < n; ++i) {
            const double t = static_cast<double>(i) / rate;
            const double envelope = std::sin(std::numbers::pi * static_cast<double>(i) / static_cast<double>(n));
            double x = 0;
            for (int h = 1; h <= 6; ++h) x += std::sin(2 * std::numbers::pi * f0 * h * t * (1 + 0.05 * t)) / h;
            p.pcm.push_back(static_cast<float>(0.25 * envelope * x));
        }
        const auto gap = static_cast<std::size_t>(pause_s(random) * rate);
        p.pauses.emplace_back(p.pcm.size(), p.pcm.size() + gap);
        p.pcm.insert(p.pcm.end(), gap, 0.0f);
    }
    return p;
}

std::vector<float> decode(const fs::path& path) {
    SF_INFO info{};
    SNDFILE* f = sf_open(path.c_str(), SFM_READ, &info);
    if (f == nullptr) return {};
    std::vector<float> out(static_cast<std::size_t>(info.frames));
    out.resize(static_cast<std::size_t>(sf_readf_float(f, out.data(), info.frames)));
    sf_close(f);
    return out;
}

std::vector<unsigned char> bytesOf(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

struct Encoded {
    fs::path path;
    std::size_t segments = 0;
};

Encoded encode(const fs::path& path, const std::vector<float>& pcm, int rate, EncoderSettings settings) {
    settings.sample_rate_hz = rate;
    OutputSet outputs(true);
    Mp3Encoder mp3(settings, AudioTags{}, outputs.add(path.string()));
    mp3.init(rate);
    for (std::size_t i = 0; i < pcm.size(); i += 1000) mp3.process(pcm.data() + i, std::min<std::size_t>(1000, pcm.size() - i));
    mp3.done();
    outputs.commit();
    return {path, mp3.segments()};
}

double snrDb(const std::vector<float>& reference, const std::vector<float>& test) {
    double signal = 0, noise = 0;
    for (std::size_t i = 0; i < std::min(reference.size(), test.size()); ++i) {
        signal += reference[i] * reference[i];
        noise += (reference[i] - test[i]) * (reference[i] - test[i]);
    }
    return 10 * std::log10(signal / std::max(noise, 1e-20));
}

// The info frame after the ID3v2 tag: its Xing fields and LAME's delay and padding.
struct InfoFrame {
    std::uint32_t frames = 0, bytes = 0;
    int delay = 0, padding = 0;
    std::size_t audio_bytes = 0;  // from the info frame to the end of the file
};

InfoFrame infoFrameOf(const std::vector<unsigned char>& file) {
    const std::size_t id3 = 10 + ((file[6] & 0x7F) << 21 | (file[7] & 0x7F) << 14 | (file[8] & 0x7F) << 7 | (file[9] & 0x7F));
    const unsigned char* h = file.data() + id3;
    const bool mpeg1 = ((h[1] >> 3) & 3) == 3;
    const std::size_t xing = 4 + (mpeg1 ? 17 : 9);  // mono
    const auto be = [&](std::size_t at, int n) {
        std::uint32_t v = 0;
        for (int i = 0; i < n; ++i) v = v << 8 | h[at + static_cast<std::size_t>(i)];
        return v;
    };
    InfoFrame f;
    f.frames = be(xing + 8, 4);
    f.bytes = be(xing + 12, 4);
    const std::uint32_t dp = be(xing + 120 + 21, 3);
    f.delay = static_cast<int>(dp >> 12);
    f.padding = static_cast<int>(dp & 0xFFF);
    f.audio_bytes = file.size() - id3;
    return f;
}

class SegmentedMp3Test : public ::testing::Test {
protected:
    void SetUp() override {
        dir = readcast::testing::tempRoot() / ("readcast-segmented-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }
    fs::path dir;
};

// Records what a SeamCutter hands on.
struct Pieces : SegmentSink {
    std::vector<std::vector<float>> pieces{{}};
    void append(const float* samples, std::size_t count) override { pieces.back().insert(pieces.back().end(), samples, samples + count); }
    void cut() override { pieces.emplace_back(); }
};

}  // namespace

TEST(SeamCutterTest, shouldMatchLamesOwnFrameCountForEveryLength) {
    for (const int rate : {44100, 22050, 8000}) {
        for (const int n : {0, 1, 575, 576, 577, 1151, 1152, 1153, 4999, 44100, 100003}) {
            lame_global_flags* lame = lame_init();
            lame_set_num_channels(lame, 1);
            lame_set_mode(lame, MONO);
            lame_set_in_samplerate(lame, rate);
            lame_set_out_samplerate(lame, rate);
            lame_set_bWriteVbrTag(lame, 0);
            ASSERT_GE(lame_init_params(lame), 0);
            std::vector<float> x(static_cast<std::size_t>(n), 0.1f);
            std::vector<unsigned char> out(static_cast<std::size_t>(n) * 2 + 20000);
            int bytes = lame_encode_buffer_ieee_float(lame, x.data(), nullptr, n, out.data(), static_cast<int>(out.size()));
            lame_encode_flush(lame, out.data() + bytes, static_cast<int>(out.size()) - bytes);
            EXPECT_EQ(SeamCutter::framesFor(n, lame_get_framesize(lame), lame_get_encoder_delay(lame)), lame_get_frameNum(lame))
                << n << " samples at " << rate << " Hz";
            EXPECT_EQ(SeamCutter::surplusFor(n, lame_get_framesize(lame), lame_get_encoder_delay(lame)),
                      lame_get_encoder_delay(lame) + lame_get_encoder_padding(lame));
            lame_close(lame);
        }
    }
}

TEST(SeamCutterTest, shouldCutOnlyInsidePausesAndDropExactlyTheEncodersSurplus) {
    const Programme p = programme(44100, 40);
    Pieces pieces;
    SeamCutter cutter({1152, 576, 3 * 44100}, pieces);
    for (std::size_t i = 0; i < p.pcm.size(); i += 777) cutter.push(p.pcm.data() + i, std::min<std::size_t>(777, p.pcm.size() - i));
    cutter.finish();
    ASSERT_GE(pieces.pieces.size(), 8u);
    EXPECT_EQ(cutter.cuts() + 1, pieces.pieces.size());
    std::size_t at = 0;  // where the next piece starts in the original stream
    for (std::size_t k = 0; k < pieces.pieces.size(); ++k) {
        const std::vector<float>& piece = pieces.pieces[k];
        // The piece is the stream from `at`, sample for sample.
        ASSERT_LE(at + piece.size(), p.pcm.size());
        ASSERT_EQ(std::memcmp(piece.data(), p.pcm.data() + at, piece.size() * sizeof(float)), 0) << "piece " << k;
        if (k + 1 < pieces.pieces.size()) {
            EXPECT_GE(piece.size(), 3u * 44100 - 1152) << "piece " << k;
            // A frame of pause ends the piece and starts the next; what is dropped between is silent.
            const std::size_t drop = static_cast<std::size_t>(SeamCutter::surplusFor(static_cast<std::int64_t>(piece.size()), 1152, 576));
            for (std::size_t i = at + piece.size() - 1152; i < at + piece.size() + drop + 1152; ++i) ASSERT_LT(std::fabs(p.pcm[i]), 1.0f / 65536) << i;
            at += piece.size() + drop;
        } else {
            EXPECT_EQ(at + piece.size(), p.pcm.size());
        }
    }
}

TEST(SeamCutterTest, shouldNeverCutWhenPausesAreTooShortOrCuttingIsOff) {
    Programme p = programme(44100, 20);
    Pieces off;
    SeamCutter never({1152, 576, 0}, off);
    never.push(p.pcm.data(), p.pcm.size());
    never.finish();
    EXPECT_EQ(off.pieces.size(), 1u);
    EXPECT_EQ(off.pieces[0], p.pcm);
    // Pauses of 100 ms: shorter than a frame, the largest surplus and a frame more.
    std::vector<float> tight;
    for (int i = 0; i < 40; ++i) {
        tight.insert(tight.end(), 20000, 0.3f);
        tight.insert(tight.end(), 4410, 0.0f);
    }
    Pieces none;
    SeamCutter cutter({1152, 576, 44100}, none);
    cutter.push(tight.data(), tight.size());
    cutter.finish();
    EXPECT_EQ(none.pieces.size(), 1u);
    EXPECT_EQ(none.pieces[0].size(), tight.size());
}

// LAME's own info frame for a stream it coded alone is what completeInfoFrame writes for the same
// frames: the counts, delay and padding, both CRCs; the seek table within a step of LAME's sampling.
TEST(Mp3InfoFrameTest, shouldRewriteLamesInfoFrameAsLameWouldForTheSameFrames) {
    for (const int rate : {44100, 22050}) {
        for (const int vbr : {-1, 4}) {
            lame_global_flags* lame = lame_init();
            lame_set_num_channels(lame, 1);
            lame_set_mode(lame, MONO);
            lame_set_in_samplerate(lame, rate);
            lame_set_out_samplerate(lame, rate);
            lame_set_brate(lame, 96);
            if (vbr >= 0) {
                lame_set_VBR(lame, vbr_default);
                lame_set_VBR_quality(lame, static_cast<float>(vbr));
            }
            lame_set_write_id3tag_automatic(lame, 0);
            ASSERT_GE(lame_init_params(lame), 0);
            const Programme p = programme(rate, 30);
            std::vector<unsigned char> out(p.pcm.size() * 2 + 20000);
            int bytes = lame_encode_buffer_ieee_float(lame, p.pcm.data(), nullptr, static_cast<int>(p.pcm.size()), out.data(), static_cast<int>(out.size()));
            bytes += lame_encode_flush(lame, out.data() + bytes, static_cast<int>(out.size()) - bytes);
            std::vector<unsigned char> lames(4000);
            lames.resize(lame_get_lametag_frame(lame, lames.data(), lames.size()));
            ASSERT_EQ(mp3FrameBytes(out.data()), lames.size());
            Mp3StreamSummary audio;
            EXPECT_EQ(audio.addFrames(out.data() + lames.size(), static_cast<std::size_t>(bytes) - lames.size()),
                      static_cast<std::size_t>(bytes) - lames.size());
            EXPECT_EQ(audio.frames(), static_cast<std::uint64_t>(lame_get_frameNum(lame)));
            // Start from a frame with every field this code writes spoiled.
            std::vector<unsigned char> ours(lames.size(), 0);
            std::copy(lames.begin(), lames.end(), ours.begin());
            const std::size_t xing = 4 + (rate == 44100 ? 17 : 9);
            for (std::size_t i = xing + 8; i < xing + 116; ++i) ours[i] = 0xAA;
            for (const std::size_t at : {21, 22, 23, 28, 29, 30, 31, 32, 33, 34, 35}) ours[xing + 120 + at] = 0xAA;
            completeInfoFrame(ours, audio, lame_get_encoder_delay(lame), lame_get_encoder_padding(lame));
            for (std::size_t i = 0; i < lames.size(); ++i) {
                if (i >= xing + 16 && i < xing + 116) {
                    EXPECT_NEAR(ours[i], lames[i], 3) << "seek table entry " << i - xing - 16;
                } else if (i < xing + 120 + 34 || i >= xing + 120 + 36) {
                    EXPECT_EQ(ours[i], lames[i]) << "byte " << i << " at " << rate << " Hz, VBR " << vbr;
                }
            }
            // The tag's own CRC covers the seek table, which may differ: check it on our bytes.
            const std::size_t crc_at = xing + 120 + 34;
            EXPECT_EQ((ours[crc_at] << 8 | ours[crc_at + 1]), lameCrc16(ours.data(), crc_at));
            lame_close(lame);
        }
    }
}

TEST(Mp3InfoFrameTest, shouldSumAsCrc16Arc) {
    // LAME's tag CRC is CRC-16/ARC (reflected 0x8005, starting at 0): its check value, and a sum carried over two calls.
    const std::string check = "123456789";
    const auto* bytes = reinterpret_cast<const unsigned char*>(check.data());
    EXPECT_EQ(lameCrc16(bytes, check.size()), 0xBB3D);
    EXPECT_EQ(lameCrc16(bytes + 4, check.size() - 4, lameCrc16(bytes, 4)), 0xBB3D);
    EXPECT_EQ(lameCrc16(bytes, 0), 0);
}

TEST_F(SegmentedMp3Test, shouldDecodeLikeOneEncoderToTheSampleWithNoClickAtTheSeams) {
    for (const int rate : {44100, 22050}) {
        const Programme p = programme(rate, 60);
        EncoderSettings one;
        one.segment_seconds = 0;
        EncoderSettings pieces;
        pieces.threads = 2;
        const Encoded single = encode(dir / "single.mp3", p.pcm, rate, one);
        const Encoded joined = encode(dir / "joined.mp3", p.pcm, rate, pieces);
        EXPECT_EQ(single.segments, 1u);
        EXPECT_GE(joined.segments, 10u) << rate;

        // The info frame: every frame counted, the delay and padding that give back the source's length.
        const std::vector<unsigned char> file = bytesOf(joined.path);
        const InfoFrame info = infoFrameOf(file);
        const int frame_size = rate == 44100 ? 1152 : 576;
        EXPECT_EQ(info.bytes, info.audio_bytes);
        EXPECT_EQ(info.delay, 576);
        EXPECT_EQ(static_cast<std::int64_t>(info.frames) * frame_size - info.delay - info.padding, static_cast<std::int64_t>(p.pcm.size()));

        const std::vector<float> a = decode(single.path);
        const std::vector<float> b = decode(joined.path);
        ASSERT_FALSE(b.empty());
        EXPECT_EQ(a.size(), b.size());
        EXPECT_NEAR(static_cast<double>(b.size()), static_cast<double>(p.pcm.size()), frame_size);
        // Aligned to the sample: the joined file is as close to the source as one encoder's, and to it.
        const double single_snr = snrDb(p.pcm, a);
        const double joined_snr = snrDb(p.pcm, b);
        EXPECT_GT(single_snr, 15.0);
        EXPECT_GT(joined_snr, single_snr - 1.0) << rate;
        EXPECT_GT(snrDb(a, b), 15.0) << rate;
        // Pauses stay silent: nothing a listener would hear as a click where the pieces meet.
        for (const auto& [begin, end] : p.pauses) {
            for (std::size_t i = begin + 2 * static_cast<std::size_t>(frame_size); i + static_cast<std::size_t>(frame_size) < end && i < b.size(); ++i) {
                ASSERT_LT(std::fabs(b[i]), 0.003f) << "at sample " << i << ", " << rate << " Hz";
            }
        }
    }
}

TEST_F(SegmentedMp3Test, shouldWriteTheSameBytesOnOneThreadAsOnFour) {
    const Programme p = programme(44100, 30);
    EncoderSettings one;
    one.threads = 1;
    EncoderSettings four;
    four.threads = 4;
    const Encoded a = encode(dir / "one.mp3", p.pcm, 44100, one);
    const Encoded b = encode(dir / "four.mp3", p.pcm, 44100, four);
    EXPECT_GT(a.segments, 3u);
    EXPECT_EQ(a.segments, b.segments);
    EXPECT_EQ(bytesOf(a.path), bytesOf(b.path));
}

TEST_F(SegmentedMp3Test, shouldWriteAValidFileForNoAudioAtAll) {
    const Encoded e = encode(dir / "empty.mp3", {}, 44100, EncoderSettings{});
    EXPECT_EQ(e.segments, 1u);
    const InfoFrame info = infoFrameOf(bytesOf(e.path));
    EXPECT_EQ(info.bytes, info.audio_bytes);
    EXPECT_EQ(static_cast<std::int64_t>(info.frames) * 1152 - info.delay - info.padding, 0);
}

// At 22.05 kHz and 32 kbps a frame cannot hold LAME's info frame, and LAME writes none: the pieces are
// joined all the same, and a decoder finds the length from the frames.
TEST_F(SegmentedMp3Test, shouldJoinPiecesWhereLameWritesNoInfoFrame) {
    const Programme p = programme(22050, 30);
    EncoderSettings low;
    low.bitrate_kbps = 32;
    const Encoded e = encode(dir / "low.mp3", p.pcm, 22050, low);
    EXPECT_GT(e.segments, 3u);
    const std::vector<float> b = decode(e.path);
    // Without delay and padding the decoder keeps both: up to the seams' surplus at the end only.
    EXPECT_GE(b.size(), p.pcm.size());
    EXPECT_LT(b.size(), p.pcm.size() + 4 * 576);
}

// A stream with no pause to cut in is one piece: its frames still go out as they are coded, so a long
// music bed never piles up in memory and a pipe hears the file as it is made.
TEST_F(SegmentedMp3Test, shouldWriteAnUncutPieceAsItIsCoded) {
    OutputSet outputs(true);
    OutputFile& out = outputs.add((dir / "bed.mp3").string());
    EncoderSettings settings;
    settings.threads = 2;
    Mp3Encoder mp3(settings, AudioTags{}, out);
    mp3.init(44100);
    std::vector<float> tone(4410);
    for (int second = 0; second < 60; ++second) {
        for (std::size_t k = 0; k < 10; ++k) {
            for (std::size_t n = 0; n < tone.size(); ++n) {
                tone[n] = 0.3f * static_cast<float>(std::sin(0.05 * static_cast<double>(second * 44100 + k * 4410 + n)));
            }
            mp3.process(tone.data(), tone.size());
        }
    }
    // 60 s at 96 kbps is 720 kB; all but the queued seconds are written before done().
    EXPECT_GT(out.size(), 300000u);
    mp3.done();
    outputs.commit();
    EXPECT_EQ(mp3.segments(), 1u);
    const InfoFrame info = infoFrameOf(bytesOf(dir / "bed.mp3"));
    EXPECT_EQ(static_cast<std::int64_t>(info.frames) * 1152 - info.delay - info.padding, 60 * 44100);
}

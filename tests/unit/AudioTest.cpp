// Resampler, encoder thread and silence helpers, fed generated signals.

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <stdexcept>

#include "CollectingSink.hpp"
#include "audio/Resampler.hpp"
#include "audio/Silence.hpp"
#include "audio/SilenceTrimmer.hpp"
#include "audio/ThreadedSink.hpp"

using namespace readcast;
using readcast::testing::CollectingSink;

namespace {

std::vector<float> sine(double hz, int rate, double seconds, float amplitude = 0.5f) {
    std::vector<float> s(static_cast<std::size_t>(rate * seconds));
    for (std::size_t i = 0; i < s.size(); ++i) {
        s[i] = amplitude * static_cast<float>(std::sin(2 * std::numbers::pi * hz * static_cast<double>(i) / rate));
    }
    return s;
}

// Frequency from upward zero crossings over the middle of the signal.
double frequency(const std::vector<float>& s, int rate) {
    const std::size_t from = s.size() / 4, to = s.size() * 3 / 4;
    std::size_t crossings = 0;
    for (std::size_t i = from + 1; i < to; ++i) crossings += (s[i - 1] < 0 && s[i] >= 0) ? 1 : 0;
    return static_cast<double>(crossings) * rate / static_cast<double>(to - from);
}

double rms(const std::vector<float>& s) {
    double sum = 0;
    for (float x : s) sum += static_cast<double>(x) * x;
    return std::sqrt(sum / static_cast<double>(s.size()));
}

}  // namespace

TEST(ResamplerTest, shouldDoubleTheRateKeepingPitchAndLevel) {
    CollectingSink out;
    Resampler up(44100, out);
    up.init(22050);
    const std::vector<float> in = sine(1000, 22050, 2.0);
    for (std::size_t i = 0; i < in.size(); i += 1000) up.process(in.data() + i, std::min<std::size_t>(1000, in.size() - i));
    up.done();
    EXPECT_EQ(out.rate, 44100);
    EXPECT_TRUE(out.finished);
    EXPECT_NEAR(static_cast<double>(out.samples.size()), 88200.0, 10.0);
    EXPECT_NEAR(frequency(out.samples, 44100), 1000.0, 5.0);
    EXPECT_NEAR(rms(out.samples), rms(in), 0.01);
}

TEST(ResamplerTest, shouldPassThroughWhenRatesMatch) {
    CollectingSink out;
    Resampler same(22050, out);
    same.init(22050);
    const std::vector<float> in = sine(440, 22050, 0.5);
    same.process(in.data(), in.size());
    same.done();
    EXPECT_EQ(out.samples, in);
}

TEST(ThreadedSinkTest, shouldDeliverEverySampleInOrder) {
    CollectingSink inner;
    {
        ThreadedSink threaded(inner, 20000);
        threaded.init(44100);
        std::vector<float> chunk(40001);
        float next = 0;
        for (int c = 0; c < 50; ++c) {
            for (float& x : chunk) x = next++;
            threaded.process(chunk.data(), chunk.size());
        }
        threaded.done();
    }
    ASSERT_EQ(inner.samples.size(), 50u * 40001u);
    for (std::size_t i = 0; i < inner.samples.size(); ++i) ASSERT_EQ(inner.samples[i], static_cast<float>(i));
    EXPECT_TRUE(inner.finished);
    EXPECT_LE(inner.largest_call, 20000u) << "a push larger than the queue's bound is split to keep the bound";
}

TEST(ThreadedSinkTest, shouldRethrowTheEncoderErrorToTheProducer) {
    struct FailingSink : PcmSink {
        void init(int) override {}
        void process(const float*, std::size_t) override { throw std::runtime_error("disk full"); }
        void done() override {}
    } failing;
    ThreadedSink threaded(failing);
    threaded.init(44100);
    const std::vector<float> chunk(1000, 0.1f);
    EXPECT_THROW(
        {
            for (int i = 0; i < 1000; ++i) threaded.process(chunk.data(), chunk.size());
            threaded.done();
        },
        std::runtime_error);
}

// One utterance through a SilenceTrimmer in chunks of `chunk` samples.
static std::pair<std::vector<float>, SilenceTrimmer::Kept> trimmed(const std::vector<float>& utterance, std::size_t chunk, std::size_t margin) {
    CollectingSink out;
    SilenceTrimmer trim(out, 0.01f, margin);
    for (std::size_t at = 0; at < utterance.size(); at += chunk) trim.process(utterance.data() + at, std::min(chunk, utterance.size() - at));
    const SilenceTrimmer::Kept kept = trim.finish();
    return {out.samples, kept};
}

TEST(SilenceTest, shouldKeepTheSpeechAndAMarginOnEachSideWhateverTheChunks) {
    std::vector<float> s(1000, 0.0f);
    s[100] = 0.2f;
    s[400] = 0.5f;  // a gap inside the speech is kept whole
    s[899] = -0.3f;
    for (const std::size_t chunk : {1u, 7u, 100u, 101u, 5000u}) {
        const auto [out, kept] = trimmed(s, chunk, 30);
        EXPECT_EQ(kept.first, 70u) << chunk;
        EXPECT_EQ(kept.last, 930u) << chunk;
        EXPECT_EQ(out, std::vector<float>(s.begin() + 70, s.begin() + 930)) << chunk;
    }
}

TEST(SilenceTest, shouldNotReachOutsideTheUtteranceForTheMargin) {
    std::vector<float> s(50, 0.0f);
    s[3] = 0.5f;
    s[47] = 0.5f;
    const auto [out, kept] = trimmed(s, 4, 30);
    EXPECT_EQ(kept.first, 0u);
    EXPECT_EQ(kept.last, 50u);
    EXPECT_EQ(out.size(), 50u);
}

TEST(SilenceTest, shouldKeepOnlyTheMarginOfAQuietUtteranceAndStartOverAfterFinish) {
    CollectingSink out;
    SilenceTrimmer trim(out, 0.01f, 30);
    const std::vector<float> quiet(500, 0.001f);
    trim.process(quiet.data(), quiet.size());
    const SilenceTrimmer::Kept first = trim.finish();
    EXPECT_EQ(first.first, 470u);
    EXPECT_EQ(first.last, 500u);
    EXPECT_EQ(trim.given(), 0u);
    std::vector<float> loud(10, 0.5f);
    trim.process(loud.data(), loud.size());
    const SilenceTrimmer::Kept second = trim.finish();
    EXPECT_EQ(second.first, 0u);
    EXPECT_EQ(second.last, 10u);
    EXPECT_EQ(out.samples.size(), 40u);
}

TEST(SilenceTest, shouldWriteExactlyTheRequestedZeros) {
    CollectingSink out;
    silence(out, 10000);
    EXPECT_EQ(out.samples.size(), 10000u);
    EXPECT_EQ(rms(out.samples), 0.0);
}

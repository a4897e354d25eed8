// Loudness measurement, the true-peak limiter, the spool and the programme joints, on signals whose
// right answer is known.

#include <ebur128.h>
#include <gtest/gtest.h>

#include "../TestTemp.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <filesystem>
#include <thread>
#include <vector>

#include "CollectingSink.hpp"
#include "audio/AudioFileReader.hpp"
#include "audio/FileLoudness.hpp"
#include "audio/GatedLoudness.hpp"
#include "audio/Loudness.hpp"
#include "core/OutputSet.hpp"
#include "encode/Encoder.hpp"
#include "audio/PcmSpool.hpp"
#include "audio/Segments.hpp"
#include "audio/TruePeakLimiter.hpp"
#include "audio/TruePeakMeter.hpp"
#include "render/LimitedLoudness.hpp"

using namespace readcast;
using readcast::testing::CollectingSink;

namespace {

std::vector<float> sineAt(double hz, double dbfs, double seconds, int rate, double phase = 0) {
    std::vector<float> s(static_cast<std::size_t>(seconds * rate));
    const double a = std::pow(10.0, dbfs / 20.0), pi = std::acos(-1.0);
    for (std::size_t i = 0; i < s.size(); ++i) s[i] = static_cast<float>(a * std::sin(2 * pi * hz * i / rate + phase));
    return s;
}

LoudnessReading measure(const std::vector<float>& s, int rate) {
    LoudnessMeter m;
    m.init(rate);
    m.process(s.data(), s.size());
    m.done();
    return m.reading();
}

// libebur128's own true peak of a signal, as a reference for TruePeakMeter.
double libebur128TruePeak(const std::vector<float>& s, int rate) {
    ebur128_state* st = ebur128_init(1, static_cast<unsigned long>(rate), EBUR128_MODE_TRUE_PEAK);
    // In uneven pieces, as a stream arrives.
    for (std::size_t at = 0, piece = 1; at < s.size(); at += piece, piece = piece * 7 % 4099 + 1) {
        ebur128_add_frames_float(st, s.data() + at, std::min(piece, s.size() - at));
    }
    double peak = 0;
    ebur128_true_peak(st, 0, &peak);
    ebur128_destroy(&st);
    return peak;
}

// libebur128's integrated loudness of stretches measured by one meter each (its histogram mode, as
// GatedLoudness keeps its blocks), pooled as one reading: the reference for GatedLoudness.
double libebur128Lufs(const std::vector<std::vector<float>>& stretches, int rate) {
    std::vector<ebur128_state*> states;
    for (const std::vector<float>& s : stretches) {
        ebur128_state* st = ebur128_init(1, static_cast<unsigned long>(rate), EBUR128_MODE_I | EBUR128_MODE_HISTOGRAM);
        ebur128_set_channel(st, 0, EBUR128_CENTER);
        for (std::size_t at = 0, piece = 1; at < s.size(); at += piece, piece = piece * 7 % 4099 + 1) {
            ebur128_add_frames_float(st, s.data() + at, std::min(piece, s.size() - at));
        }
        states.push_back(st);
    }
    double lufs = 0;
    ebur128_loudness_global_multiple(states.data(), states.size(), &lufs);
    for (ebur128_state*& st : states) ebur128_destroy(&st);
    return std::isfinite(lufs) ? lufs : -70.0;
}

double gatedLoudnessLufs(const std::vector<std::vector<float>>& stretches, int rate) {
    std::vector<GatedLoudness> meters;
    meters.reserve(stretches.size());
    std::vector<const GatedLoudness*> all;
    for (const std::vector<float>& s : stretches) {
        GatedLoudness& m = meters.emplace_back(rate);
        for (std::size_t at = 0, piece = 3; at < s.size(); at += piece, piece = piece * 5 % 997 + 1) {
            m.add(s.data() + at, std::min(piece, s.size() - at));
        }
        all.push_back(&m);
    }
    return GatedLoudness::pooled(all);
}

double truePeakMeterPeak(const std::vector<float>& s, int rate) {
    TruePeakMeter m;
    m.init(rate);
    for (std::size_t at = 0, piece = 3; at < s.size(); at += piece, piece = piece * 5 % 997 + 1) {
        m.add(s.data() + at, std::min(piece, s.size() - at));
    }
    return m.peak();
}

}  // namespace

// TruePeakMeter skips the points that cannot be the peak; what it finds is libebur128's value exactly:
// on a sine whose peaks fall between samples (+3 dB over its samples), noise, speech-like bursts with
// one loud click late in the stream, silence, and at every rate readcast writes.
TEST(LoudnessTest, shouldFindTheTruePeakLibebur128Finds) {
    std::mt19937 random(7);
    std::normal_distribution<float> noise(0.0f, 0.1f);
    for (int rate : {8000, 22050, 44100, 48000, 96000}) {
        const std::vector<float> between = sineAt(rate / 4.0, -6.0, 0.5, rate, std::acos(-1.0) / 4);
        std::vector<float> bursts(static_cast<std::size_t>(rate) * 3);
        for (std::size_t i = 0; i < bursts.size(); ++i) {
            const double envelope = 0.5 + 0.5 * std::sin(2 * std::acos(-1.0) * 3.0 * i / rate);
            bursts[i] = static_cast<float>(envelope * envelope * noise(random));
        }
        bursts[bursts.size() - rate / 3] = 0.97f;  // a click after two seconds of quieter sound
        bursts[bursts.size() - rate / 3 + 1] = -0.97f;
        // A click first, then a sine whose samples are all quieter than the click but whose points
        // between them are louder: only the points show the peak.
        std::vector<float> hidden(static_cast<std::size_t>(rate / 10), 0.0f);
        hidden[10] = 0.8f;
        const std::vector<float> sine = sineAt(rate / 4.0, 20 * std::log10(0.85), 0.2, rate, std::acos(-1.0) / 4);
        hidden.insert(hidden.end(), sine.begin(), sine.end());
        const std::vector<float> silence(static_cast<std::size_t>(rate), 0.0f);
        for (const std::vector<float>* s : std::initializer_list<const std::vector<float>*>{&between, &bursts, &hidden, &silence}) {
            EXPECT_EQ(truePeakMeterPeak(*s, rate), libebur128TruePeak(*s, rate)) << rate << " Hz";
        }
    }
    // The sine's peaks fall between samples, 3 dB over its highest sample: found (within the filter's
    // ripple this close to the Nyquist frequency).
    const std::vector<float> between = sineAt(11025, -6.0, 0.5, 44100, std::acos(-1.0) / 4);
    EXPECT_NEAR(20 * std::log10(*std::max_element(between.begin(), between.end())), -9.0, 0.05);
    EXPECT_NEAR(20 * std::log10(truePeakMeterPeak(between, 44100)), -6.0, 0.15);
}

// GatedLoudness reads what libebur128 reads: on speech-like bursts with pauses (the relative gate at
// work), noise, low and high tones (the filter's two ends), near-silence under the absolute gate, a
// stretch shorter than a block, and several stretches pooled, at every rate readcast measures. The two
// filter in a different order (two biquads here, one fourth-order filter there): a block near a bin's
// edge may fall on its other side, so the readings agree to a thousandth of a LU, not to the bit.
TEST(LoudnessTest, shouldMeasureTheLoudnessLibebur128Measures) {
    std::mt19937 random(11);
    std::normal_distribution<float> noise(0.0f, 1.0f);
    for (int rate : {8000, 16000, 22050, 24000, 44100, 48000}) {
        std::vector<float> speech(static_cast<std::size_t>(rate) * 12);
        for (std::size_t i = 0; i < speech.size(); ++i) {
            const double t = static_cast<double>(i) / rate;
            const double syllables = std::max(0.0, std::sin(2 * std::acos(-1.0) * 4.0 * t));
            const double pause = std::fmod(t, 3.0) < 0.8 ? 0.02 : 1.0;  // a quiet stretch every 3 s
            speech[i] = static_cast<float>(0.2 * pause * syllables * noise(random));
        }
        std::vector<float> white(static_cast<std::size_t>(rate) * 3);
        for (float& v : white) v = 0.05f * noise(random);
        const std::vector<float> low = sineAt(60, -12, 2.5, rate), high = sineAt(rate * 0.4, -18, 2.5, rate);
        const std::vector<float> faint = sineAt(1000, -75, 2, rate), short_one = sineAt(1000, -20, 0.3, rate);
        const std::vector<float> first(speech.begin(), speech.begin() + rate * 5), rest(speech.begin() + rate * 5, speech.end());
        for (const std::vector<std::vector<float>>& stretches :
             std::vector<std::vector<std::vector<float>>>{{speech}, {white}, {low}, {high}, {faint}, {short_one}, {first, rest, white}}) {
            EXPECT_NEAR(gatedLoudnessLufs(stretches, rate), libebur128Lufs(stretches, rate), 0.001) << rate << " Hz";
        }
        EXPECT_EQ(gatedLoudnessLufs({faint}, rate), -70.0) << "under the absolute gate";
        EXPECT_EQ(gatedLoudnessLufs({short_one}, rate), -70.0) << "no whole block";
    }
}

TEST(LoudnessTest, shouldMeasureASineAsBs1770Does) {
    // A 997 Hz sine at -20 dBFS in one channel is -23.0 LUFS (BS.1770's own calibration, -3.01 dB for a sine).
    const LoudnessReading r = measure(sineAt(997, -20, 5, 48000), 48000);
    EXPECT_NEAR(r.integrated_lufs, -23.0, 0.1);
    EXPECT_NEAR(r.true_peak_dbtp, -20.0, 0.2);
    EXPECT_LE(measure(std::vector<float>(48000, 0.0f), 48000).integrated_lufs, -69.0) << "silence is gated out";
}

TEST(LoudnessTest, shouldKeepTheTruePeakUnderTheCeilingWithoutClipping) {
    // A sine at fs/4 with a 45° phase has its sample peaks 3 dB under its true peak: only an oversampled
    // limiter sees it. Then a loud sine, twice over the ceiling.
    std::vector<float> in = sineAt(11025, -0.5, 1, 44100, std::acos(-1.0) / 4);
    const std::vector<float> loud = sineAt(1000, 6.0, 1, 44100);
    in.insert(in.end(), loud.begin(), loud.end());
    CollectingSink out;
    TruePeakLimiter limiter(-1.0, out);
    limiter.init(44100);
    for (std::size_t at = 0; at < in.size(); at += 1000) limiter.process(in.data() + at, std::min<std::size_t>(1000, in.size() - at));
    limiter.done();
    ASSERT_EQ(out.samples.size(), in.size()) << "every sample out, none added";
    EXPECT_TRUE(out.finished);
    EXPECT_LE(measure(out.samples, 44100).true_peak_dbtp, -0.95);
    EXPECT_GT(measure(out.samples, 44100).true_peak_dbtp, -2.0) << "limited to the ceiling, not far below it";
    for (float s : out.samples) ASSERT_LT(std::abs(s), 1.0f);
}

TEST(LoudnessTest, shouldPassWhatIsUnderTheCeilingUnchanged) {
    const std::vector<float> in = sineAt(440, -12, 0.5, 22050);
    CollectingSink out;
    TruePeakLimiter limiter(-1.0, out);
    limiter.init(22050);
    limiter.process(in.data(), in.size());
    limiter.done();
    ASSERT_EQ(out.samples.size(), in.size());
    for (std::size_t i = 0; i < in.size(); ++i) ASSERT_FLOAT_EQ(out.samples[i], in[i]) << i;
    EXPECT_EQ(limiter.limitedSamples(), 0);
}


// Speech-like: short bursts over the ceiling, 1.5 s apart, and a quieter tone around them. Between the
// bursts, once the gain has come back, the limiter passes samples as they are, however the stream is
// cut into blocks (its shortcut for quiet stretches starts and stops inside blocks).
TEST(LoudnessTest, shouldComeBackToUnityBetweenPeaksWhateverTheBlocks) {
    const int rate = 22050;
    std::vector<float> in = sineAt(220, -8, 6.0, rate);
    const std::vector<float> burst = sineAt(700, 2.0, 0.05, rate);
    for (std::size_t start : {rate / 2, 2 * rate, 7 * rate / 2, 5 * rate}) {
        for (std::size_t i = 0; i < burst.size(); ++i) in[start + i] += burst[i];
    }
    const auto limited = [&](std::size_t block) {
        CollectingSink out;
        TruePeakLimiter limiter(-1.5, out);
        limiter.init(rate);
        for (std::size_t at = 0; at < in.size(); at += block) limiter.process(in.data() + at, std::min(block, in.size() - at));
        limiter.done();
        return out.samples;
    };
    const std::vector<float> whole = limited(in.size());
    ASSERT_EQ(whole.size(), in.size());
    EXPECT_LE(measure(whole, rate).true_peak_dbtp, -1.45);
    for (std::size_t block : {1, 7, 1000, 4096}) {
        const std::vector<float> cut = limited(block);
        ASSERT_EQ(cut.size(), whole.size()) << block;
        for (std::size_t i = 0; i < whole.size(); ++i) ASSERT_EQ(cut[i], whole[i]) << "block " << block << ", sample " << i;
    }
    // 0.9 s after each burst (its release long over) to the next one, every sample is the input's.
    for (std::size_t from : {rate * 14 / 10, rate * 29 / 10, rate * 44 / 10}) {
        for (std::size_t i = from; i < from + rate / 2; ++i) ASSERT_EQ(whole[i], in[i]) << i;
    }
    EXPECT_LT(whole[rate / 2 + burst.size() / 2], in[rate / 2 + burst.size() / 2] * 0.9f) << "the burst itself is lowered";
}
// Speech-like: syllables of a harmonic tone whose level wanders, 1.5 dB louder in the second half (so that a
// guess from the first seconds is off), with pauses between them.
std::vector<float> syllables(double seconds, int rate) {
    std::vector<float> s(static_cast<std::size_t>(seconds * rate), 0.0f);
    std::mt19937 random(7);
    std::uniform_real_distribution<double> level(-22, -6), pitch(90, 180);
    const double pi = std::acos(-1.0);
    for (std::size_t at = 0; at + rate / 4 < s.size(); at += rate / 3) {
        const double a = std::pow(10.0, (level(random) + (at > s.size() / 2 ? 1.5 : 0.0)) / 20.0), f = pitch(random);
        for (std::size_t i = 0; i < static_cast<std::size_t>(rate / 4); ++i) {
            const double t = static_cast<double>(i) / rate, envelope = std::sin(pi * i / (rate / 4.0));
            s[at + i] = static_cast<float>(a * envelope * (0.6 * std::sin(2 * pi * f * t) + 0.3 * std::sin(4 * pi * f * t) + 0.2 * std::sin(6 * pi * f * t)));
        }
    }
    return s;
}

// The probe measures, while the narration streams past, what two dry runs replaying it afterwards would
// measure at the same gains; the gain read off its line brings the narration to the target once limited.
TEST(LoudnessTest, shouldProbeTheLimiterAsDryRunsAfterwardsWould) {
    const int rate = 22050;
    const std::vector<float> in = syllables(40.0, rate);
    CollectingSink next;
    LimiterProbe probe(-16.0, -1.5, next);
    probe.init(rate);
    for (std::size_t at = 0; at < in.size(); at += 3000) probe.process(in.data() + at, std::min<std::size_t>(3000, in.size() - at));
    probe.done();
    ASSERT_EQ(next.samples, in) << "everything passes on, unchanged";
    EXPECT_TRUE(next.finished);
    ASSERT_TRUE(probe.levels().has_value());
    const LimitedLevels& probed = *probe.levels();
    EXPECT_DOUBLE_EQ(probed.gain_db[1] - probed.gain_db[0], 1.0);
    const auto limitedAt = [&](double gain_db) {
        DryRun run(gain_db, -1.5);
        run.init(rate);
        run.process(in.data(), in.size());
        run.done();
        return run.lufs();
    };
    for (std::size_t k = 0; k < 2; ++k) EXPECT_NEAR(probed.lufs[k], limitedAt(probed.gain_db[k]), 1e-9);
    EXPECT_LT(probed.lufs[1] - probed.lufs[0], 0.97) << "the signal is loud enough to be limited";
    const double whole = measure(in, rate).integrated_lufs;
    EXPECT_GT(std::abs(probed.gain_db[0] - (-16.0 - whole)), 0.3) << "guessed from the first seconds, not the whole";
    EXPECT_NEAR(limitedAt(gainOnLine(probed, -16.0)), -16.0, 0.1);
}

TEST(LoudnessTest, shouldProbeNothingInSilence) {
    CollectingSink next;
    LimiterProbe probe(-19.0, -1.5, next);
    probe.init(22050);
    const std::vector<float> quiet(22050 * 3, 0.0f);
    probe.process(quiet.data(), quiet.size());
    probe.done();
    EXPECT_EQ(next.samples.size(), quiet.size());
    EXPECT_FALSE(probe.levels().has_value());
}

TEST(LoudnessTest, shouldReplayTheSpoolAsOftenAsAsked) {
    PcmSpool spool;
    spool.init(22050);
    const std::vector<float> in = sineAt(300, -6, 0.3, 22050);
    spool.process(in.data(), in.size());
    spool.done();
    for (int pass = 0; pass < 2; ++pass) {
        CollectingSink out;
        spool.replay(out);
        EXPECT_EQ(out.rate, 22050);
        EXPECT_TRUE(out.finished);
        ASSERT_EQ(out.samples.size(), in.size());
        for (std::size_t i = 0; i < in.size(); ++i) ASSERT_NEAR(out.samples[i], in[i], 1.0 / 32768) << i;
    }
}

// The mastering's two dry runs replay one spool on two threads at once: each gets every sample.
TEST(LoudnessTest, shouldReplayTheSpoolOnSeveralThreadsAtOnce) {
    PcmSpool spool;
    spool.init(22050);
    const std::vector<float> in = sineAt(300, -6, 3.0, 22050);
    spool.process(in.data(), in.size());
    spool.done();
    std::vector<CollectingSink> outs(4);
    std::vector<std::thread> threads;
    for (CollectingSink& out : outs) threads.emplace_back([&] { spool.replay(out); });
    for (std::thread& t : threads) t.join();
    for (const CollectingSink& out : outs) {
        ASSERT_EQ(out.samples.size(), in.size());
        for (std::size_t i = 0; i < in.size(); i += 7) ASSERT_NEAR(out.samples[i], in[i], 1.0 / 32768) << i;
    }
}

TEST(LoudnessTest, shouldJoinPiecesIntoOneStreamAndFadeTheirEdges) {
    CollectingSink out;
    Program program(out);
    const std::vector<float> ones(1000, 0.5f);
    for (int piece = 0; piece < 2; ++piece) {
        Fade fade(1000, 0.01, 0.01, program);  // 10 samples in and out at 1 kHz
        fade.init(1000);
        fade.process(ones.data(), ones.size());
        fade.done();
    }
    EXPECT_FALSE(out.finished) << "a piece's end is not the stream's";
    program.finish();
    EXPECT_TRUE(out.finished);
    EXPECT_EQ(out.inits, 1);
    ASSERT_EQ(out.samples.size(), 2000u);
    EXPECT_FLOAT_EQ(out.samples[0], 0.0f);
    EXPECT_FLOAT_EQ(out.samples[500], 0.5f);
    EXPECT_LT(out.samples[999], 0.06f);
    EXPECT_FLOAT_EQ(out.samples[1000], 0.0f);
}

// Measured in stretches on two threads, a file reads as one meter reads it whole: the gating blocks
// across the join are counted once, and the decoder starting mid-file changes nothing.
TEST(LoudnessTest, shouldMeasureAFileInStretchesAsOneMeterReadsItWhole) {
    namespace fs = std::filesystem;
    const fs::path dir = readcast::testing::tempRoot() / "readcast-file-loudness";
    fs::create_directories(dir);
    // 50 s of bursts at changing levels between silences, so that the gate and the peaks matter.
    const int rate = 44100;
    std::vector<float> pcm;
    for (int burst = 0; pcm.size() < static_cast<std::size_t>(50 * rate); ++burst) {
        const double level = 0.05 + 0.6 * ((burst * 7) % 10) / 10.0;
        for (int i = 0; i < rate * (1 + burst % 3); ++i) pcm.push_back(static_cast<float>(level * std::sin(0.07 * i + burst)));
        pcm.insert(pcm.end(), static_cast<std::size_t>(rate / 3), 0.0f);
    }
    for (const std::string name : {"a.wav", "a.mp3"}) {
        const fs::path path = dir / name;
        {
            OutputSet outputs(true);
            const std::unique_ptr<Encoder> enc = makeEncoder(*formatForPath(name), EncoderSettings{}, AudioTags{}, outputs.add(path.string()));
            enc->init(rate);
            enc->process(pcm.data(), pcm.size());
            enc->done();
            outputs.commit();
        }
        LoudnessMeter whole;
        readAudioFile(path.string(), whole);
        const LoudnessReading parts = measureAudioFile(path.string(), 2);
        EXPECT_NEAR(parts.integrated_lufs, whole.reading().integrated_lufs, 0.003) << name;
        EXPECT_NEAR(parts.true_peak_dbtp, whole.reading().true_peak_dbtp, 0.01) << name;
        EXPECT_LT(whole.reading().integrated_lufs, -5.0);
    }
    fs::remove_all(dir);
}

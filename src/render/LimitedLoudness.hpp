#pragma once
// How loud the narration is once through the limiter. Limiting takes a little loudness off the peaks
// it lowers, and how much grows smoothly with the gain: two dry runs at gains 1 dB apart give the line
// from which the gain that reaches a target once limited is read.
//
// The dry runs can be made while the narration is still being spoken: LimiterProbe guesses the gain
// from the first seconds and measures on a thread of its own, so that the second core, idle while
// eSpeak NG speaks, does the work the mastering would otherwise do after it.
//
//   PcmSpool spool;
//   LimiterProbe probe(-19.0, -1.5, spool);      // passes everything on to the spool
//   narrator.narrate(script, probe);
//   probe.levels()                              // {gains {2.1, 3.1}, loudness {-19.2, -18.3}}

#include <array>
#include <memory>
#include <optional>
#include <vector>

#include "audio/Gain.hpp"
#include "audio/Loudness.hpp"
#include "audio/ThreadedSink.hpp"
#include "audio/TruePeakLimiter.hpp"
#include "model/PcmSink.hpp"

namespace readcast {

struct LimitedLevels {
    std::array<double, 2> gain_db{};   // 1 dB apart
    std::array<double, 2> lufs{};      // reached through the limiter at each
};

// The gain (dB) at which the line through the two levels reaches `target_lufs`: at most 10 dB above
// the lower gain. The levels should have been measured near it (within a decibel or so).
double gainOnLine(const LimitedLevels& levels, double target_lufs);

// The narration at one gain through the limiter into a meter; nothing is kept but the loudness.
class DryRun : public PcmSink {
public:
    DryRun(double gain_db, double ceiling_dbtp);
    void init(int sample_rate_hz) override { gain_.init(sample_rate_hz); }
    void process(const float* samples, std::size_t count) override { gain_.process(samples, count); }
    void done() override { gain_.done(); }
    double lufs() const { return meter_.reading().integrated_lufs; }

private:
    LoudnessMeter meter_;
    TruePeakLimiter limiter_;
    Gain gain_;
};

class LimiterProbe : public PcmSink {
public:
    // Guesses the gain that brings the narration to `target_lufs`; passes every sample on to `next`.
    LimiterProbe(double target_lufs, double ceiling_dbtp, PcmSink& next);

    void init(int sample_rate_hz) override;
    void process(const float* samples, std::size_t count) override;
    void done() override;

    // Once done(): the two levels, at the guessed gain and 1 dB above; empty for a silent narration.
    const std::optional<LimitedLevels>& levels() const { return runs_.levels; }

private:
    // Runs on the worker thread: holds the first seconds until the guess, then both dry runs.
    struct Runs : public PcmSink {
        double target_lufs, ceiling_dbtp;
        int rate = 0;
        double guess_db = 0;
        std::vector<float> first;
        std::vector<std::unique_ptr<DryRun>> dry;  // empty until the guess
        bool silent = false;
        std::optional<LimitedLevels> levels;
        void init(int sample_rate_hz) override;
        void process(const float* samples, std::size_t count) override;
        void done() override;
        void start();
    };
    PcmSink& next_;
    Runs runs_;
    ThreadedSink worker_;
};

}  // namespace readcast

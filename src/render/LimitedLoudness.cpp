#include "render/LimitedLoudness.hpp"

#include <algorithm>

namespace readcast {
namespace {

// The guess is made from this much speech: the first sentences are near enough to the whole (the
// line is measured within a decibel of the gain it finds).
constexpr double kGuessS = 8.0;
// A narration's path to the probe: short, so that little waits in memory.
constexpr std::size_t kProbeQueueSamples = 1 << 15;

}  // namespace

double gainOnLine(const LimitedLevels& levels, double target_lufs) {
    const double slope = levels.lufs[1] - levels.lufs[0];  // LU per dB: 1 unlimited, less the more is limited
    if (slope < 0.05) return levels.gain_db[0] + (target_lufs - levels.lufs[0]);
    return levels.gain_db[0] + std::min((target_lufs - levels.lufs[0]) / slope, 10.0);
}

DryRun::DryRun(double gain_db, double ceiling_dbtp)
    : meter_(nullptr, /*true_peak=*/false), limiter_(ceiling_dbtp, meter_), gain_(dbToGain(gain_db), limiter_) {}

LimiterProbe::LimiterProbe(double target_lufs, double ceiling_dbtp, PcmSink& next)
    : next_(next), runs_{}, worker_(runs_, kProbeQueueSamples) {
    runs_.target_lufs = target_lufs;
    runs_.ceiling_dbtp = ceiling_dbtp;
}

void LimiterProbe::init(int sample_rate_hz) {
    next_.init(sample_rate_hz);
    worker_.init(sample_rate_hz);
}

void LimiterProbe::process(const float* samples, std::size_t count) {
    next_.process(samples, count);
    worker_.process(samples, count);
}

void LimiterProbe::done() {
    next_.done();
    worker_.done();
}

void LimiterProbe::Runs::init(int sample_rate_hz) {
    rate = sample_rate_hz;
    first.clear();
    first.reserve(static_cast<std::size_t>(kGuessS * rate));
    dry.clear();
    silent = false;
    levels.reset();
}

void LimiterProbe::Runs::process(const float* samples, std::size_t count) {
    if (silent) return;
    if (dry.empty()) {
        first.insert(first.end(), samples, samples + count);
        if (first.size() >= static_cast<std::size_t>(kGuessS * rate)) start();
        return;
    }
    for (const auto& run : dry) run->process(samples, count);
}

void LimiterProbe::Runs::start() {
    LoudnessMeter meter(nullptr, /*true_peak=*/false);
    meter.init(rate);
    meter.process(first.data(), first.size());
    const double lufs = meter.reading().integrated_lufs;
    if (lufs <= -69.0) {
        silent = true;  // nothing to guess from: the mastering measures after the narration
    } else {
        guess_db = target_lufs - lufs;
        for (int k = 0; k < 2; ++k) {
            dry.push_back(std::make_unique<DryRun>(guess_db + k, ceiling_dbtp));
            dry.back()->init(rate);
            // In small pieces: each stage's buffer grows to the largest piece it is given.
            for (std::size_t at = 0; at < first.size(); at += kProbeQueueSamples / 8) {
                dry.back()->process(first.data() + at, std::min(kProbeQueueSamples / 8, first.size() - at));
            }
        }
    }
    std::vector<float>().swap(first);
}

void LimiterProbe::Runs::done() {
    if (dry.empty() && !silent) start();
    if (silent) return;
    LimitedLevels l;
    for (std::size_t k = 0; k < 2; ++k) {
        dry[k]->done();
        l.lufs[k] = dry[k]->lufs();
    }
    l.gain_db = {guess_db, guess_db + 1.0};
    levels = l;
}

}  // namespace readcast

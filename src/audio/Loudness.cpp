#include "audio/Loudness.hpp"

#include <algorithm>
#include <cmath>

#include "audio/GatedLoudness.hpp"
#include "audio/TruePeakMeter.hpp"
#include "core/Error.hpp"

namespace readcast {

struct LoudnessMeter::State {
    explicit State(int sample_rate_hz) : loudness(sample_rate_hz) {}
    GatedLoudness loudness;
    TruePeakMeter true_peak;
};

LoudnessMeter::LoudnessMeter(PcmSink* next, bool true_peak) : next_(next), true_peak_(true_peak) {}

LoudnessMeter::~LoudnessMeter() = default;

void LoudnessMeter::init(int sample_rate_hz) {
    // The gated blocks are kept in fixed bins (0.1 dB wide) instead of a list that grows by ten entries a
    // second: memory stays flat however long the narration.
    state_ = std::make_unique<State>(sample_rate_hz);
    if (true_peak_) state_->true_peak.init(sample_rate_hz);
    if (next_ != nullptr) next_->init(sample_rate_hz);
}

void LoudnessMeter::process(const float* samples, std::size_t count) {
    state_->loudness.add(samples, count);
    if (true_peak_) state_->true_peak.add(samples, count);
    if (next_ != nullptr) next_->process(samples, count);
}

void LoudnessMeter::done() {
    if (next_ != nullptr) next_->done();
}

LoudnessReading LoudnessMeter::reading() const {
    LoudnessReading r;
    if (state_ == nullptr) return r;
    r.integrated_lufs = state_->loudness.integratedLufs();
    const double peak = true_peak_ ? state_->true_peak.peak() : 0.0;
    if (peak > 0) r.true_peak_dbtp = 20.0 * std::log10(peak);
    return r;
}

LoudnessReading LoudnessMeter::combined(const std::vector<const LoudnessMeter*>& meters) {
    LoudnessReading r;
    std::vector<const GatedLoudness*> blocks;
    for (const LoudnessMeter* m : meters) {
        if (m->state_ == nullptr) continue;
        blocks.push_back(&m->state_->loudness);
        r.true_peak_dbtp = std::max(r.true_peak_dbtp, m->reading().true_peak_dbtp);
    }
    if (!blocks.empty()) r.integrated_lufs = GatedLoudness::pooled(blocks);
    return r;
}

double dbToGain(double db) { return std::pow(10.0, db / 20.0); }

}  // namespace readcast

#include "audio/Loudness.hpp"

#include <ebur128.h>

#include <algorithm>
#include <cmath>

#include "audio/TruePeakMeter.hpp"
#include "core/Error.hpp"

namespace readcast {

struct LoudnessMeter::State {
    ebur128_state* meter = nullptr;
    TruePeakMeter true_peak;  // libebur128's own costs as much as the rest of the meter; this one is the same, cheaply
    ~State() {
        if (meter != nullptr) ebur128_destroy(&meter);
    }
};

LoudnessMeter::LoudnessMeter(PcmSink* next, bool true_peak) : next_(next), true_peak_(true_peak) {}

LoudnessMeter::~LoudnessMeter() = default;

void LoudnessMeter::init(int sample_rate_hz) {
    state_ = std::make_unique<State>();
    // The histogram keeps the gated blocks in fixed bins (0.1 dB wide) instead of a list that grows by ten
    // entries a second: memory stays flat however long the narration.
    state_->meter = ebur128_init(1, static_cast<unsigned long>(sample_rate_hz), EBUR128_MODE_I | EBUR128_MODE_HISTOGRAM);
    if (state_->meter == nullptr) throw Error(ExitCode::Failure, "libebur128 could not start a loudness meter");
    // A mono programme is heard on both ears: BS.1770 weights its one channel as a centre channel.
    ebur128_set_channel(state_->meter, 0, EBUR128_CENTER);
    if (true_peak_) state_->true_peak.init(sample_rate_hz);
    if (next_ != nullptr) next_->init(sample_rate_hz);
}

void LoudnessMeter::process(const float* samples, std::size_t count) {
    if (count > 0 && ebur128_add_frames_float(state_->meter, samples, count) != EBUR128_SUCCESS) {
        throw Error(ExitCode::Failure, "libebur128 could not measure the audio");
    }
    if (true_peak_) state_->true_peak.add(samples, count);
    if (next_ != nullptr) next_->process(samples, count);
}

void LoudnessMeter::done() {
    if (next_ != nullptr) next_->done();
}

LoudnessReading LoudnessMeter::reading() const {
    LoudnessReading r;
    if (state_ == nullptr) return r;
    double lufs = 0;
    if (ebur128_loudness_global(state_->meter, &lufs) == EBUR128_SUCCESS && std::isfinite(lufs)) r.integrated_lufs = lufs;
    const double peak = true_peak_ ? state_->true_peak.peak() : 0.0;
    if (peak > 0) r.true_peak_dbtp = 20.0 * std::log10(peak);
    return r;
}

LoudnessReading LoudnessMeter::combined(const std::vector<const LoudnessMeter*>& meters) {
    LoudnessReading r;
    std::vector<ebur128_state*> states;
    for (const LoudnessMeter* m : meters) {
        if (m->state_ == nullptr) continue;
        states.push_back(m->state_->meter);
        r.true_peak_dbtp = std::max(r.true_peak_dbtp, m->reading().true_peak_dbtp);
    }
    double lufs = 0;
    if (!states.empty() && ebur128_loudness_global_multiple(states.data(), states.size(), &lufs) == EBUR128_SUCCESS && std::isfinite(lufs)) {
        r.integrated_lufs = lufs;
    }
    return r;
}

double dbToGain(double db) { return std::pow(10.0, db / 20.0); }

}  // namespace readcast

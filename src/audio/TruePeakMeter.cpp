#include "audio/TruePeakMeter.hpp"

#include <cmath>

namespace readcast {

void TruePeakMeter::init(int sample_rate_hz) {
    // libebur128's choice: 4x below 96 kHz, 2x below 192 kHz, the samples alone above.
    const unsigned factor = sample_rate_hz < 96000 ? 4 : sample_rate_hz < 192000 ? 2 : 1;
    constexpr unsigned kTaps = 49;
    const double pi = std::acos(-1.0);
    phases_.assign(factor, Phase{});
    for (unsigned j = 0; j < kTaps && factor > 1; ++j) {
        // A Hann-windowed sinc, computed as libebur128 computes it so that the points are the same.
        const double m = static_cast<double>(j) - static_cast<double>(kTaps - 1) / 2.0;
        double c = 1.0;
        if (std::fabs(m) > 0.000000001) c = std::sin(m * pi / factor) / (m * pi / factor);
        c *= 0.5 * (1 - std::cos(2 * pi * j / (kTaps - 1)));
        if (std::fabs(c) <= 0.000000001) continue;
        phases_[j % factor].coeff.push_back(c);
        phases_[j % factor].delay.push_back(j / factor);
    }
    // Phase 0 is the sample itself (one coefficient of exactly 1): the sample peak covers it.
    if (!phases_.empty()) phases_.erase(phases_.begin());
    bound_ = 1.0;
    for (const Phase& p : phases_) {
        double sum = 0;
        for (double c : p.coeff) sum += std::fabs(c);
        bound_ = std::max(bound_, sum);
    }
    bound_ *= 1.000001;  // rounding in the sums cannot make a skipped point the peak
    history_.assign((kTaps + factor - 1) / factor, 0.0f);
    at_ = 0;
    pushed_ = loud_until_ = 0;
    peak_ = 0;
}

void TruePeakMeter::add(const float* samples, std::size_t count) {
    const auto length = static_cast<unsigned>(history_.size());
    for (std::size_t n = 0; n < count; ++n) {
        const float x = samples[n];
        const double magnitude = std::fabs(static_cast<double>(x));
        history_[at_] = x;
        // This sample is among the taps of the points after the next `length` samples; while a sample
        // that could lift a point above the peak is among them, they are interpolated.
        if (magnitude * bound_ > peak_) loud_until_ = pushed_ + length;
        if (magnitude > peak_) peak_ = magnitude;
        if (pushed_ < loud_until_) {
            for (const Phase& p : phases_) {
                double acc = 0.0;
                for (std::size_t t = 0; t < p.coeff.size(); ++t) {
                    int i = static_cast<int>(at_) - static_cast<int>(p.delay[t]);
                    if (i < 0) i += static_cast<int>(length);
                    acc += static_cast<double>(history_[static_cast<unsigned>(i)]) * p.coeff[t];
                }
                const double point = std::fabs(static_cast<double>(static_cast<float>(acc)));
                if (point > peak_) peak_ = point;
            }
        }
        ++pushed_;
        if (++at_ == length) at_ = 0;
    }
}

}  // namespace readcast

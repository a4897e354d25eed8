#pragma once
// A fixed gain in front of another sink: loudness normalization once the level is measured.
//
//   Gain g(dbToGain(+2.3), limiter);

#include <vector>

#include "model/PcmSink.hpp"

namespace readcast {

class Gain : public PcmSink {
public:
    Gain(double factor, PcmSink& next) : factor_(static_cast<float>(factor)), next_(next) {}
    void init(int sample_rate_hz) override { next_.init(sample_rate_hz); }
    void process(const float* samples, std::size_t count) override {
        buffer_.assign(samples, samples + count);
        for (float& s : buffer_) s *= factor_;
        next_.process(buffer_.data(), buffer_.size());
    }
    void done() override { next_.done(); }

private:
    float factor_;
    PcmSink& next_;
    std::vector<float> buffer_;
};

}  // namespace readcast

#pragma once
// Sample-rate conversion with libsoxr (high quality), as a PcmSink in front of another sink.
// eSpeak NG speaks at 22.05 kHz; podcast MP3s are 44.1 kHz.
//
//   Resampler up(44100, encoder);   // encoder.init(44100) is called by up.init(22050)

#include <memory>
#include <vector>

#include "model/PcmSink.hpp"

struct soxr;

namespace readcast {

class Resampler : public PcmSink {
public:
    Resampler(int output_rate_hz, PcmSink& next);
    ~Resampler() override;
    Resampler(const Resampler&) = delete;
    Resampler& operator=(const Resampler&) = delete;

    void init(int sample_rate_hz) override;
    void process(const float* samples, std::size_t count) override;
    void done() override;

private:
    std::size_t feed(const float* samples, std::size_t count);

    int output_rate_hz_;
    int input_rate_hz_ = 0;
    PcmSink& next_;
    soxr* soxr_ = nullptr;  // null when the rates already match
    std::vector<float> buffer_;
};

}  // namespace readcast

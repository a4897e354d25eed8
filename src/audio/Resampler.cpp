#include "audio/Resampler.hpp"

#include <soxr.h>

#include <algorithm>

#include "core/Error.hpp"

namespace readcast {

Resampler::Resampler(int output_rate_hz, PcmSink& next) : output_rate_hz_(output_rate_hz), next_(next) {}

Resampler::~Resampler() {
    if (soxr_ != nullptr) soxr_delete(soxr_);
}

void Resampler::init(int sample_rate_hz) {
    input_rate_hz_ = sample_rate_hz;
    if (sample_rate_hz != output_rate_hz_) {
        soxr_error_t error = nullptr;
        const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
        const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
        soxr_ = soxr_create(sample_rate_hz, output_rate_hz_, 1, &error, &io, &quality, nullptr);
        if (error != nullptr) throw Error(ExitCode::Synthesis, std::string("resampler: ") + error);
    }
    next_.init(output_rate_hz_);
}

// Passes `count` samples through soxr (null: the stream has ended, flush the filter) and forwards what
// comes out. Returns the number of samples produced.
std::size_t Resampler::feed(const float* samples, std::size_t count) {
    // Room for the ratio, plus the filter's delay line when it is flushed.
    const double ratio = static_cast<double>(output_rate_hz_) / input_rate_hz_;
    buffer_.resize(static_cast<std::size_t>(static_cast<double>(count) * ratio * 2.5) + 8192);
    std::size_t produced = 0;
    const soxr_error_t error = soxr_process(soxr_, samples, count, nullptr, buffer_.data(), buffer_.size(), &produced);
    if (error != nullptr) throw Error(ExitCode::Synthesis, std::string("resampler: ") + error);
    if (produced > 0) next_.process(buffer_.data(), produced);
    return produced;
}

void Resampler::process(const float* samples, std::size_t count) {
    if (soxr_ == nullptr) {
        next_.process(samples, count);
        return;
    }
    // In fixed blocks: the output buffer stays the size of one block however long the utterance.
    constexpr std::size_t kBlock = 4096;
    for (std::size_t done = 0; done < count; done += kBlock) feed(samples + done, std::min(kBlock, count - done));
}

void Resampler::done() {
    if (soxr_ != nullptr) {
        while (feed(nullptr, 0) > 0) {
        }
    }
    next_.done();
}

}  // namespace readcast

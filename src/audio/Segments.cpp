#include "audio/Segments.hpp"

#include <algorithm>

#include "core/Error.hpp"

namespace readcast {

void Program::init(int sample_rate_hz) {
    if (rate_ == 0) {
        rate_ = sample_rate_hz;
        next_.init(sample_rate_hz);
    } else if (sample_rate_hz != rate_) {
        throw Error(ExitCode::Failure, "internal error: programme pieces at " + std::to_string(sample_rate_hz) + " and " +
                                           std::to_string(rate_) + " Hz");
    }
}

void Program::process(const float* samples, std::size_t count) {
    samples_ += static_cast<std::int64_t>(count);
    next_.process(samples, count);
}

void Program::finish() { next_.done(); }

void Fade::init(int sample_rate_hz) {
    in_ = static_cast<std::int64_t>(in_s_ * sample_rate_hz);
    out_ = static_cast<std::int64_t>(out_s_ * sample_rate_hz);
    at_ = 0;
    next_.init(sample_rate_hz);
}

void Fade::process(const float* samples, std::size_t count) {
    buffer_.assign(samples, samples + count);
    for (float& s : buffer_) {
        double g = 1.0;
        if (in_ > 0 && at_ < in_) g = static_cast<double>(at_) / static_cast<double>(in_);
        const std::int64_t left = total_ - at_;
        if (out_ > 0 && left < out_) g = std::min(g, static_cast<double>(std::max<std::int64_t>(left, 0)) / static_cast<double>(out_));
        s = static_cast<float>(s * g);
        ++at_;
    }
    next_.process(buffer_.data(), buffer_.size());
}

}  // namespace readcast

#include "audio/TruePeakLimiter.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "audio/Loudness.hpp"

namespace readcast {
namespace {

constexpr int kTaps = 16;            // per phase: 8 samples before and 8 after the point
constexpr int kAfter = kTaps / 2;    // samples a peak estimate waits for
constexpr double kLookaheadS = 0.005;
constexpr double kReleaseS = 0.060;

// Windowed-sinc interpolation filters for the points 1/4, 2/4 and 3/4 of the way to the next sample.
const std::array<std::array<float, kTaps>, 3>& phases() {
    static const auto kPhases = [] {
        std::array<std::array<float, kTaps>, 3> p{};
        const double pi = std::acos(-1.0);
        for (int phase = 0; phase < 3; ++phase) {
            const double frac = (phase + 1) / 4.0;
            for (int m = 0; m < kTaps; ++m) {
                const double x = (m - (kAfter - 1)) - frac;  // taps at offsets -7 .. +8
                const double sinc = std::abs(x) < 1e-9 ? 1.0 : std::sin(pi * x) / (pi * x);
                const double w = 0.5 + 0.5 * std::cos(pi * x / (kAfter + 1));  // Hann over the span
                p[static_cast<std::size_t>(phase)][static_cast<std::size_t>(m)] = static_cast<float>(sinc * w);
            }
        }
        return p;
    }();
    return kPhases;
}

}  // namespace

TruePeakLimiter::TruePeakLimiter(double ceiling_dbtp, PcmSink& next) : ceiling_(dbToGain(ceiling_dbtp)), next_(next) {}

// The most an interpolated point can exceed the largest of the samples it is made of.
float interpolationGainBound() {
    static const float kBound = [] {
        float most = 1.0f;
        for (const auto& taps : phases()) {
            float sum = 0;
            for (float h : taps) sum += std::abs(h);
            most = std::max(most, sum);
        }
        return most;
    }();
    return kBound;
}

void TruePeakLimiter::init(int sample_rate_hz) {
    lookahead_ = std::max<std::size_t>(kTaps, static_cast<std::size_t>(kLookaheadS * sample_rate_hz));
    release_ = 1.0 - std::exp(-1.0 / (kReleaseS * sample_rate_hz));
    std::size_t size = 1;
    while (size < lookahead_ + 2 * kTaps + 2) size <<= 1;
    ring_.assign(size, 0.0f);
    mask_ = size - 1;
    std::size_t queue = 1;
    while (queue < lookahead_ + 2) queue <<= 1;  // it never holds more than the look-ahead and one
    window_min_.assign(queue, {0, 1.0f});
    min_head_ = min_tail_ = 0;
    smoothing_.assign(lookahead_, 1.0f);
    smoothing_at_ = 0;
    smoothing_sum_ = static_cast<double>(lookahead_);
    held_ = 1.0;
    pushed_ = emitted_ = 0;
    loud_through_ = 0;
    limited_ = 0;
    quiet_ = false;
    unity_run_ = 0;
    next_.init(sample_rate_hz);
    // The stream starts after a look-ahead of silence, so that a peak in its first samples is met by a
    // gain already down; that silence is not emitted.
    skip_ = lookahead_;
    for (std::size_t k = 0; k < lookahead_; ++k) push(0.0f);
}

float TruePeakLimiter::truePeakAt(std::size_t k) const {
    // Far under the ceiling, no point between these samples can reach it: the filters are skipped. Most
    // speech is, so the test is one comparison (push() notes the last sample loud enough to matter).
    float peak = std::abs(at(k));
    if (k >= loud_through_) return peak;
    // Samples before the stream count as silence (the ring starts zeroed and holds enough history).
    for (const auto& taps : phases()) {
        float v = 0;
        for (int m = 0; m < kTaps; ++m) v += taps[static_cast<std::size_t>(m)] * at(k + static_cast<std::size_t>(m) - (kAfter - 1));
        peak = std::max(peak, std::abs(v));
    }
    return peak;
}

std::size_t TruePeakLimiter::passQuietly(const float* samples, std::size_t count) {
    // Each sample goes into the ring, and the one a look-ahead and kAfter earlier comes out as it was,
    // until a point between samples would go over the ceiling: that sample is left to push().
    const std::size_t delay = kAfter + lookahead_;
    const float bound = interpolationGainBound();
    std::size_t n = 0;
    for (; n < count; ++n) {
        const std::size_t p = pushed_;
        ring_[p & mask_] = samples[n];
        if (std::abs(samples[n]) * bound > ceiling_) loud_through_ = p + kAfter;
        const std::size_t k = p - kAfter;  // the sample whose taps are now all in
        if (k < loud_through_ && truePeakAt(k) > ceiling_) break;
        ++pushed_;
        out_.push_back(ring_[(p - delay) & mask_]);
    }
    emitted_ += n;
    return n;
}

void TruePeakLimiter::leaveQuiet() {
    // What the slow path would hold now: one gain of one in the queue (the newest sample's), and a
    // smoothing window of ones.
    quiet_ = false;
    unity_run_ = lookahead_;
    const std::size_t ring = window_min_.size() - 1;
    min_head_ = 0;
    min_tail_ = 1;
    window_min_[0 & ring] = {pushed_ - 1 - kAfter, 1.0f};
}

void TruePeakLimiter::push(float sample) {
    // This sample is among the taps of the peak estimates of samples pushed_ - kAfter to pushed_ + kAfter - 1.
    if (std::abs(sample) * interpolationGainBound() > ceiling_) loud_through_ = pushed_ + kAfter;
    ring_[pushed_ & mask_] = sample;
    ++pushed_;
    if (pushed_ <= static_cast<std::size_t>(kAfter)) return;
    // The sample kAfter back now has all the neighbours its peak estimate needs.
    const std::size_t k = pushed_ - 1 - kAfter;
    const float peak = truePeakAt(k);
    const float need = peak > ceiling_ ? static_cast<float>(ceiling_ / peak) : 1.0f;
    const std::size_t ring = window_min_.size() - 1;
    while (min_tail_ != min_head_ && window_min_[(min_tail_ - 1) & ring].second >= need) --min_tail_;
    window_min_[min_tail_++ & ring] = {k, need};
    if (k < lookahead_) return;
    // Sample j = k - lookahead can leave: the smallest gain any peak in its look-ahead needs...
    const std::size_t j = k - lookahead_;
    while (window_min_[min_head_ & ring].first < j) ++min_head_;
    const double target = window_min_[min_head_ & ring].second;
    // ...held at once when lower, released slowly when higher...
    held_ = target < held_ ? target : held_ + (target - held_) * release_;
    // The release approaches one without reaching it: within a ten-thousandth (a thousandth of a decibel) it is one, so that the
    // quiet shortcut can take over once the whole smoothing window holds ones.
    if (held_ > 1.0 - 1e-4) held_ = 1.0;
    // ...and averaged over the look-ahead so that the gain glides down before the peak arrives.
    smoothing_sum_ += held_ - smoothing_[smoothing_at_];
    smoothing_[smoothing_at_] = static_cast<float>(held_);
    smoothing_at_ = smoothing_at_ + 1 == lookahead_ ? 0 : smoothing_at_ + 1;
    unity_run_ = held_ == 1.0 ? unity_run_ + 1 : 0;
    if (unity_run_ >= lookahead_) smoothing_sum_ = static_cast<double>(lookahead_);  // exactly: every entry is one
    const double gain = std::min(1.0, smoothing_sum_ / static_cast<double>(lookahead_));
    if (skip_ > 0) {
        --skip_;
    } else {
        if (gain < 0.9999) ++limited_;
        out_.push_back(static_cast<float>(at(j) * gain));
    }
    ++emitted_;
    // Quiet from here on while no loud sample comes: none is among the next samples' taps, the gain is
    // one and will stay one.
    quiet_ = skip_ == 0 && unity_run_ >= lookahead_ && k + 1 >= loud_through_ && target == 1.0;
}

void TruePeakLimiter::process(const float* samples, std::size_t count) {
    std::size_t i = 0;
    while (i < count) {
        if (quiet_) {
            i += passQuietly(samples + i, count - i);
            if (i == count) break;
            leaveQuiet();  // a loud sample: the slow path takes it
        }
        push(samples[i++]);
    }
    if (!out_.empty()) next_.process(out_.data(), out_.size());
    out_.clear();
}

void TruePeakLimiter::done() {
    // Silence pushes the last real samples out; nothing beyond them is emitted.
    const std::size_t total = pushed_;
    out_.clear();
    const float zero = 0.0f;
    while (emitted_ < total) {
        if (quiet_) {
            passQuietly(&zero, 1);
        } else {
            push(zero);
        }
    }  // each push emits at most one sample: exactly `total` leave
    if (!out_.empty()) next_.process(out_.data(), out_.size());
    next_.done();
}

}  // namespace readcast

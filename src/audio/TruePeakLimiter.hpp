#pragma once
// A look-ahead limiter that keeps the true peak (the peak between samples, as a DAC or a decoder
// reconstructs it) under a ceiling, so that loudness can be raised without clipping. Gain comes down
// smoothly over the look-ahead before a peak and recovers with a release, never reacting after the
// fact; what stays under the ceiling passes unchanged. A PcmSink in front of another one; the audio
// is delayed by the look-ahead inside, none of it at the output (done() flushes the tail).
//
//   TruePeakLimiter limiter(-1.5, encoder);
//   limiter.init(44100); limiter.process(pcm, n); limiter.done();

#include <cstdint>
#include <vector>

#include "model/PcmSink.hpp"

namespace readcast {

class TruePeakLimiter : public PcmSink {
public:
    TruePeakLimiter(double ceiling_dbtp, PcmSink& next);

    void init(int sample_rate_hz) override;
    void process(const float* samples, std::size_t count) override;
    void done() override;

    std::int64_t limitedSamples() const { return limited_; }  // samples whose gain was below one

private:
    void push(float sample);
    // The quiet stretch's shortcut around push(): passes the samples before the first loud one, and
    // says how many.
    std::size_t passQuietly(const float* samples, std::size_t count);
    void leaveQuiet();
    float truePeakAt(std::size_t k) const;  // of sample k and the three points after it (4x oversampled)
    float at(std::size_t k) const { return ring_[k & mask_]; }

    double ceiling_;
    PcmSink& next_;
    std::size_t lookahead_ = 0;        // samples
    double release_ = 0;               // per-sample approach factor toward unity gain
    std::vector<float> ring_;          // the last samples, by absolute index & mask_
    std::size_t mask_ = 0;
    // Sliding minimum of the gains samples need: a monotonic queue in a ring (a deque's allocation and
    // indirection at every sample cost more than the rest of the limiter).
    std::vector<std::pair<std::size_t, float>> window_min_;
    std::size_t min_head_ = 0, min_tail_ = 0;  // by absolute count, & (size - 1)
    std::vector<float> smoothing_;     // last lookahead_ held gains, averaged for the attack
    std::size_t smoothing_at_ = 0;
    double smoothing_sum_ = 0;
    double held_ = 1.0;
    std::size_t pushed_ = 0, emitted_ = 0;
    std::size_t loud_through_ = 0;     // samples before this one have no loud sample among their taps
    std::size_t skip_ = 0;             // leading silence still to swallow
    // Quiet: the gain is back at one and no loud sample is within reach, so samples pass through
    // unchanged, each only delayed by the look-ahead, without the queue and the smoothing (most of
    // speech is quiet). unity_run_ counts the gains of exactly one in a row that lead there.
    bool quiet_ = false;
    std::size_t unity_run_ = 0;
    std::vector<float> out_;
    std::int64_t limited_ = 0;
};

}  // namespace readcast

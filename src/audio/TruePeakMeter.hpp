#pragma once
// The true peak of a stream (ITU-R BS.1770: the highest point of the waveform 4x oversampled), by the
// same 49-tap interpolation as libebur128, to the same value, at a fraction of its cost: a point is
// interpolated only where its samples are loud enough to raise the peak found so far. Speech spends
// most of its time far below its loudest syllable, so most samples are passed over.
//
//   TruePeakMeter peak;
//   peak.init(44100); peak.add(pcm, n);
//   peak.peak()     // 0.89 (linear; -1.0 dBTP)

#include <cstddef>
#include <vector>

namespace readcast {

class TruePeakMeter {
public:
    void init(int sample_rate_hz);
    void add(const float* samples, std::size_t count);
    double peak() const { return peak_; }  // linear; the highest sample when that is higher

private:
    struct Phase {
        std::vector<double> coeff;     // libebur128's order: by delay, newest sample first
        std::vector<unsigned> delay;
    };
    std::vector<Phase> phases_;        // the points between samples (the one on the sample is its value)
    double bound_ = 1.0;               // the most any phase can exceed the loudest of its samples
    std::vector<float> history_;       // the last samples, a ring of the filter's length
    unsigned at_ = 0;                  // where the newest sample goes
    std::size_t pushed_ = 0;
    std::size_t loud_until_ = 0;       // samples before this one may hold a point above the peak
    double peak_ = 0;
};

}  // namespace readcast

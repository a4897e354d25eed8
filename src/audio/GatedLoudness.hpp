#pragma once
// ITU-R BS.1770-4 integrated loudness of one channel, weighted as a centre channel: the K-weighting
// filter, 400 ms blocks every 100 ms, the absolute gate at -70 LUFS and the relative gate 10 LU under
// the mean of the blocks over it. The blocks are kept as libebur128 keeps them in its histogram mode
// (in bins 0.1 dB wide from -70 to +30 LUFS, each counted at its centre), so the reading is
// libebur128's, which the unit tests check on speech, noise and tones at every rate readcast uses.
//
// Written here rather than taken from libebur128 for speed alone: libebur128 runs its filter through
// memory for any number of channels and sums every sample's square four times (once for each block
// it falls in); a render measures the narration up to four times (as spoken, two dry runs through the
// limiter, the decoded file), and libebur128 was a fifth of a render's CPU time. Here the filter's
// state stays in registers and each 100 ms is summed once.
//
//   GatedLoudness meter(22050);
//   meter.add(pcm, n);                    // any number of times
//   meter.integratedLufs()                // -21.3 (-70 for silence)
//   GatedLoudness::pooled({&a, &b})       // blocks of several meters read as one meter's

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace readcast {

class GatedLoudness {
public:
    explicit GatedLoudness(int sample_rate_hz);

    void add(const float* samples, std::size_t count);
    double integratedLufs() const;
    static double pooled(const std::vector<const GatedLoudness*>& meters);

    static constexpr std::size_t kBins = 1000;

private:
    void closeStep();

    // The two biquads of the K-weighting (a high shelf, then the RLB high-pass), as libebur128
    // derives them for any rate.
    std::array<double, 3> shelf_b_{}, shelf_a_{}, pass_b_{}, pass_a_{};
    double s1_ = 0, s2_ = 0, p1_ = 0, p2_ = 0;  // their states (transposed direct form II)
    std::size_t step_ = 0;                      // samples in 100 ms
    std::size_t in_step_ = 0;                   // samples of the current 100 ms so far
    double step_sum_ = 0;                       // their weighted squares
    std::array<double, 3> last_steps_{};        // the three 100 ms before the current one
    std::size_t steps_ = 0;                     // 100 ms steps closed so far
    std::array<std::uint64_t, kBins> histogram_{};
};

}  // namespace readcast

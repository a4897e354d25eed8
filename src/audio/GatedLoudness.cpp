#include "audio/GatedLoudness.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <numbers>

namespace readcast {
namespace {

// BS.1770's loudness of a mean square: -0.691 dB puts a 1 kHz full-scale sine at -3.01 LUFS.
double loudnessOf(double energy) { return 10.0 * std::log10(energy) - 0.691; }
double energyOf(double lufs) { return std::pow(10.0, (lufs + 0.691) / 10.0); }

// libebur128's histogram: bin i holds blocks from -70 + i/10 LUFS, counted at -69.95 + i/10.
struct Bins {
    std::array<double, GatedLoudness::kBins> centre{};
    std::array<double, GatedLoudness::kBins + 1> boundary{};
    Bins() {
        for (std::size_t i = 0; i < GatedLoudness::kBins; ++i) centre[i] = energyOf(static_cast<double>(i) / 10.0 - 69.95);
        for (std::size_t i = 0; i <= GatedLoudness::kBins; ++i) boundary[i] = energyOf(static_cast<double>(i) / 10.0 - 70.0);
    }
    // The bin an energy over the absolute gate falls in (the last one for anything louder).
    std::size_t of(double energy) const {
        const auto it = std::upper_bound(boundary.begin(), boundary.end() - 1, energy);
        return static_cast<std::size_t>(it - boundary.begin()) - 1;
    }
};

const Bins& bins() {
    static const Bins b;
    return b;
}

// Relative gate: 10 LU under the mean of the blocks over the absolute gate.
constexpr double kRelativeGate = 0.1;

}  // namespace

GatedLoudness::GatedLoudness(int sample_rate_hz) {
    const double rate = sample_rate_hz;
    // The high shelf (+4 dB above about 1.7 kHz: the head's effect).
    {
        const double f0 = 1681.974450955533, gain_db = 3.999843853973347, q = 0.7071752369554196;
        const double k = std::tan(std::numbers::pi * f0 / rate);
        const double vh = std::pow(10.0, gain_db / 20.0);
        const double vb = std::pow(vh, 0.4996667741545416);
        const double a0 = 1.0 + k / q + k * k;
        shelf_b_ = {(vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0};
        shelf_a_ = {1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0};
    }
    // The RLB high-pass at 38 Hz.
    {
        const double f0 = 38.13547087602444, q = 0.5003270373238773;
        const double k = std::tan(std::numbers::pi * f0 / rate);
        const double a0 = 1.0 + k / q + k * k;
        pass_b_ = {1.0, -2.0, 1.0};
        pass_a_ = {1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0};
    }
    step_ = static_cast<std::size_t>((sample_rate_hz + 5) / 10);  // libebur128's 100 ms
    bins();
}

void GatedLoudness::add(const float* samples, std::size_t count) {
    const double sb0 = shelf_b_[0], sb1 = shelf_b_[1], sb2 = shelf_b_[2], sa1 = shelf_a_[1], sa2 = shelf_a_[2];
    const double pb0 = pass_b_[0], pb1 = pass_b_[1], pb2 = pass_b_[2], pa1 = pass_a_[1], pa2 = pass_a_[2];
    while (count > 0) {
        const std::size_t n = std::min(count, step_ - in_step_);
        double s1 = s1_, s2 = s2_, p1 = p1_, p2 = p2_, sum = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            const double x = samples[i];
            const double y = sb0 * x + s1;
            s1 = sb1 * x - sa1 * y + s2;
            s2 = sb2 * x - sa2 * y;
            const double z = pb0 * y + p1;
            p1 = pb1 * y - pa1 * z + p2;
            p2 = pb2 * y - pa2 * z;
            sum += z * z;
        }
        // States decaying in silence would become subnormal numbers, slow to compute with: they are
        // nothing to the ear.
        const auto flush = [](double v) { return std::abs(v) < DBL_MIN ? 0.0 : v; };
        s1_ = flush(s1), s2_ = flush(s2), p1_ = flush(p1), p2_ = flush(p2);
        step_sum_ += sum;
        in_step_ += n;
        samples += n;
        count -= n;
        if (in_step_ == step_) closeStep();
    }
}

void GatedLoudness::closeStep() {
    // A block is the last four 100 ms steps, the first one once 400 ms are in.
    if (++steps_ >= 4) {
        const double energy = (last_steps_[0] + last_steps_[1] + last_steps_[2] + step_sum_) / static_cast<double>(4 * step_);
        if (energy >= bins().boundary[0]) ++histogram_[bins().of(energy)];
    }
    last_steps_ = {last_steps_[1], last_steps_[2], step_sum_};
    step_sum_ = 0.0;
    in_step_ = 0;
}

double GatedLoudness::integratedLufs() const { return pooled({this}); }

double GatedLoudness::pooled(const std::vector<const GatedLoudness*>& meters) {
    const Bins& b = bins();
    const auto sumFrom = [&](std::size_t first, double& energy) {
        std::uint64_t blocks = 0;
        energy = 0.0;
        for (const GatedLoudness* m : meters) {
            for (std::size_t i = first; i < kBins; ++i) {
                energy += static_cast<double>(m->histogram_[i]) * b.centre[i];
                blocks += m->histogram_[i];
            }
        }
        return blocks;
    };
    double energy = 0.0;
    std::uint64_t blocks = sumFrom(0, energy);
    if (blocks == 0) return -70.0;
    const double relative = energy / static_cast<double>(blocks) * kRelativeGate;
    std::size_t first = 0;
    if (relative >= b.boundary[0]) {
        first = b.of(relative);
        if (relative > b.centre[first]) ++first;
    }
    blocks = sumFrom(first, energy);
    if (blocks == 0) return -70.0;
    return loudnessOf(energy / static_cast<double>(blocks));
}

}  // namespace readcast

#pragma once
// Loudness as podcast platforms measure it: ITU-R BS.1770 / EBU R128 integrated loudness (LUFS) by
// GatedLoudness and true peak (dBTP, 4x oversampled) by TruePeakMeter, both to libebur128's values. A meter is
// a PcmSink that passes what it measures on to the next sink, if there is one.
//
//   LoudnessMeter meter;                  // or LoudnessMeter meter(&next)
//   meter.init(22050); meter.process(pcm, n); meter.done();
//   meter.reading().integrated_lufs       // -21.3
//   meter.reading().true_peak_dbtp        // -0.3

#include <memory>
#include <vector>

#include "model/PcmSink.hpp"

namespace readcast {

struct LoudnessReading {
    double integrated_lufs = -70.0;  // -70 (the absolute gate) for silence
    double true_peak_dbtp = -100.0;
};

// Spoken-word podcast practice: -19 LUFS for mono (-16 for stereo), true peak at most -1 dBTP.
inline constexpr double kPodcastMonoLufs = -19.0;
inline constexpr double kMaxTruePeakDbtp = -1.0;
inline constexpr double kMinTargetLufs = -40.0;
inline constexpr double kMaxTargetLufs = -10.0;

class LoudnessMeter : public PcmSink {
public:
    // `true_peak`: measure it too.
    explicit LoudnessMeter(PcmSink* next = nullptr, bool true_peak = true);
    ~LoudnessMeter() override;
    LoudnessMeter(const LoudnessMeter&) = delete;
    LoudnessMeter& operator=(const LoudnessMeter&) = delete;

    void init(int sample_rate_hz) override;
    void process(const float* samples, std::size_t count) override;
    void done() override;

    LoudnessReading reading() const;
    // One reading for consecutive stretches measured by separate meters: their gating blocks pooled
    // as if one meter had measured them all (each stretch but the last must run on 300 ms into the
    // next, so that the blocks across the joins are whole), the highest true peak.
    static LoudnessReading combined(const std::vector<const LoudnessMeter*>& meters);

private:
    struct State;  // the meters, kept out of this header
    PcmSink* next_;
    bool true_peak_;
    std::unique_ptr<State> state_;
};

double dbToGain(double db);

}  // namespace readcast

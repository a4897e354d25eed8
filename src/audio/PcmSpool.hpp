#pragma once
// The narration kept on disk between the pass that measures it and the pass that masters it, so that
// memory stays flat however long the article (16-bit samples, as eSpeak NG makes them: 160 MB an hour
// at 22.05 kHz). The file is anonymous: it disappears when the spool does, even on a crash.
//
//   PcmSpool spool;                       // a PcmSink
//   narrator.narrate(script, spool);      // pass 1
//   spool.replay(gain);                   // pass 2, as often as needed: init, process..., done

#include <cstdint>
#include <cstdio>
#include <vector>

#include "model/PcmSink.hpp"

namespace readcast {

class PcmSpool : public PcmSink {
public:
    PcmSpool();
    ~PcmSpool() override;
    PcmSpool(const PcmSpool&) = delete;
    PcmSpool& operator=(const PcmSpool&) = delete;

    void init(int sample_rate_hz) override;
    void process(const float* samples, std::size_t count) override;
    void done() override;

    // After done(); const and safe to run from several threads at once.
    void replay(PcmSink& sink) const;
    // The samples alone, into a sink already started (replay without init and done).
    void feed(PcmSink& sink) const;
    // What another process wrote through this spool's file (a forked copy of this one that spoke into
    // it): its `samples` at `sample_rate_hz` are this spool's now.
    void adoptWritten(int sample_rate_hz, std::int64_t samples);
    int sampleRate() const { return rate_; }
    std::int64_t samples() const { return count_; }

private:
    std::FILE* file_ = nullptr;
    int rate_ = 0;
    std::int64_t count_ = 0;
    std::vector<std::int16_t> buffer_;
};

}  // namespace readcast

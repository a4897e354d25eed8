#pragma once
// Sinks that join pieces of a programme into one stream: each piece (a jingle, the narration) runs its
// own chain with its own init() and done(), and the stream after them sees one init and one done.
//
//   Program program(limiter);                 // limiter.init once, at the first piece
//   readAudioFile("intro.wav", resamplerIntoProgram);
//   spool.replay(gainIntoProgram);
//   program.finish();                         // limiter.done(): the end of the whole stream

#include <cstdint>
#include <vector>

#include "model/PcmSink.hpp"

namespace readcast {

class Program : public PcmSink {
public:
    explicit Program(PcmSink& next) : next_(next) {}
    void init(int sample_rate_hz) override;
    void process(const float* samples, std::size_t count) override;
    void done() override {}  // a piece ended, not the programme
    void finish();

    std::int64_t samples() const { return samples_; }  // so far, at the stream's rate
    int sampleRate() const { return rate_; }

private:
    PcmSink& next_;
    int rate_ = 0;
    std::int64_t samples_ = 0;
};

// Fades a piece in and out over the given times, knowing its length in advance: no click where a
// jingle starts or is cut.
class Fade : public PcmSink {
public:
    Fade(std::int64_t total_samples_at_input, double in_s, double out_s, PcmSink& next)
        : total_(total_samples_at_input), in_s_(in_s), out_s_(out_s), next_(next) {}
    void init(int sample_rate_hz) override;
    void process(const float* samples, std::size_t count) override;
    void done() override { next_.done(); }

private:
    std::int64_t total_;
    double in_s_, out_s_;
    PcmSink& next_;
    std::int64_t in_ = 0, out_ = 0, at_ = 0;
    std::vector<float> buffer_;
};

}  // namespace readcast

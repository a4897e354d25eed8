#pragma once
// The push interface PCM flows through, a chunk at a time, so that memory never grows with the
// article's length. Samples are mono float in [-1, 1].
//
//   sink.init(22050);
//   while (more) sink.process(chunk.data(), chunk.size());
//   sink.done();   // flushes; after this the sink's output is complete

#include <cstddef>

namespace readcast {

class PcmSink {
public:
    virtual ~PcmSink() = default;
    virtual void init(int sample_rate_hz) = 0;
    virtual void process(const float* samples, std::size_t count) = 0;
    virtual void done() = 0;
};

}  // namespace readcast

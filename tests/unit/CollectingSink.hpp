#pragma once
// A PcmSink that keeps everything it is given, for tests of the stages in front of it.

#include <algorithm>
#include <vector>

#include "model/PcmSink.hpp"

namespace readcast::testing {

struct CollectingSink : PcmSink {
    int rate = 0;
    int inits = 0;
    bool finished = false;
    std::vector<float> samples;
    std::size_t calls = 0;
    std::size_t largest_call = 0;

    void init(int sample_rate_hz) override {
        rate = sample_rate_hz;
        ++inits;
    }
    void process(const float* s, std::size_t n) override {
        samples.insert(samples.end(), s, s + n);
        ++calls;
        largest_call = std::max(largest_call, n);
    }
    void done() override { finished = true; }
};

}  // namespace readcast::testing

#pragma once
// Takes the silence off both ends of one utterance as its samples stream through, keeping `margin`
// samples on each side (plosives and fricatives start and end below the threshold). It holds only
// what it has not decided on yet: up to `margin` samples before the speech, and a quiet stretch inside
// it until the next loud sample shows it was a gap and not the end. So a long paragraph is never held
// whole, and what reaches the sink is exactly what trimming the whole utterance at once would keep.
//
//   SilenceTrimmer trim(sink, 0.003f, 330);
//   trim.process(chunk, n);                    // any number of chunks: only process() reaches the sink
//   SilenceTrimmer::Kept kept = trim.finish(); // [first, last) of the utterance's samples passed on
//   ...                                        // ready for the next utterance

#include <cstddef>
#include <vector>

#include "model/PcmSink.hpp"

namespace readcast {

class SilenceTrimmer : public PcmSink {
public:
    struct Kept {
        std::size_t first = 0;
        std::size_t last = 0;
    };

    SilenceTrimmer(PcmSink& next, float threshold, std::size_t margin) : next_(next), threshold_(threshold), margin_(margin) {}

    void init(int) override {}
    void process(const float* samples, std::size_t count) override;
    void done() override {}

    // Samples of the current utterance given so far.
    std::size_t given() const { return given_; }
    // Passes on the trailing margin and starts over. An utterance with no loud sample keeps its last
    // `margin` samples, as trimming it whole would.
    Kept finish();

private:
    bool loud(float sample) const { return sample >= threshold_ || sample <= -threshold_; }
    void pass(const float* samples, std::size_t count) {
        if (count > 0) next_.process(samples, count);
    }

    PcmSink& next_;
    float threshold_;
    std::size_t margin_;
    std::size_t given_ = 0;
    bool speaking_ = false;      // a loud sample has been seen
    std::size_t first_ = 0;      // the first sample passed on
    std::size_t last_loud_ = 0;  // one past the last loud sample
    std::vector<float> held_;    // before the speech: its last samples; inside it: the quiet run since the last loud sample
};

}  // namespace readcast

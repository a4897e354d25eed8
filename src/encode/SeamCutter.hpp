#pragma once
// Where a PCM stream may be cut so that separate MP3 encoders can code the pieces side by side, and
// how to cut it so that the joined frames keep the single stream's timing to the sample.
//
// A LAME encoder started on a piece of n samples writes its own delay (576 samples) of silence first
// and pads the end to whole frames, so a piece coded alone lasts frames(n) * frame_size samples, longer
// than n. The cut is made only inside a pause, and exactly that surplus is dropped from the pause right
// after the cut: every later sample then decodes at the same time as from one encoder, so cues,
// chapters and speech marks need no correction. Around the dropped stretch a frame of the pause is kept
// on each side, so no speech is ever coded next to a seam.
//
//   SeamCutter cutter({1152, 576, 44100 * 3}, pipeline);   // pipeline: a SegmentSink
//   cutter.push(pcm, n); ...; cutter.finish();

#include <cstddef>
#include <cstdint>
#include <vector>

namespace readcast {

// Receives the pieces: append() adds to the open piece, cut() closes it (the next append opens another).
class SegmentSink {
public:
    virtual ~SegmentSink() = default;
    virtual void append(const float* samples, std::size_t count) = 0;
    virtual void cut() = 0;
};

struct SeamPlan {
    int frame_size = 1152;             // samples per MP3 frame (576 at MPEG-2 rates)
    int encoder_delay = 576;           // samples of silence the encoder writes first
    std::size_t min_segment = 132300;  // samples a piece holds before a cut is looked for; 0: never cut
};

class SeamCutter {
public:
    SeamCutter(const SeamPlan& plan, SegmentSink& out);

    void push(const float* samples, std::size_t count);
    void finish();  // the last piece gets whatever pause was held back

    // Frames a LAME encoder writes for n samples coded alone (not counting an info frame), as
    // lame_encode_flush pads: to whole frames, with at least 576 samples of padding.
    static std::int64_t framesFor(std::int64_t samples, int frame_size, int encoder_delay);
    // Samples of silence the encoder adds for n samples: what is dropped after a cut there.
    static std::int64_t surplusFor(std::int64_t samples, int frame_size, int encoder_delay);

    std::size_t cuts() const { return cuts_; }

private:
    void emit(const float* samples, std::size_t count);
    void releasePause(std::size_t count);  // hands the first `count` held-back pause samples on
    void cutInPause();

    SeamPlan plan_;
    SegmentSink& out_;
    std::size_t lead_;      // pause kept at the end of a piece
    std::size_t needed_;    // pause long enough to cut in: lead + largest surplus + a frame after
    std::vector<float> pause_;  // the current run of silent samples, held back (at most needed_)
    std::int64_t piece_ = 0;    // samples in the open piece
    std::size_t cuts_ = 0;
};

}  // namespace readcast

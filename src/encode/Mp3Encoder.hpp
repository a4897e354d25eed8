#pragma once
// PCM -> MP3 with libmp3lame, as an Encoder. Mono; CBR or VBR; an ID3v2 tag first; a Xing/LAME info
// frame so players show the right duration and trim the encoder's delay and padding. When the output
// can seek back, both are finished at done(): the info frame filled in, and the tag rewritten in place
// from updateTags() (room for it is reserved as padding at init). Only encode/ includes LAME's header.
//
// LAME codes on one core. To use them all, the stream is cut inside pauses (SeamCutter) and each piece
// is coded by its own LAME encoder on a pool of threads (SegmentPipeline); the frames are written in
// order, and one info frame covers them all (Mp3InfoFrame). The seams keep the timing of one encoder.
//
//   OutputSet outputs(false);
//   Mp3Encoder mp3(settings, tags, outputs.add("a.mp3"));
//   mp3.init(44100); mp3.process(pcm, n); mp3.done();   // then outputs.commit()

#include <cstdint>
#include <memory>
#include <vector>

#include "encode/Encoder.hpp"
#include "encode/Mp3InfoFrame.hpp"
#include "encode/SeamCutter.hpp"
#include "encode/SegmentPipeline.hpp"

struct lame_global_struct;

namespace readcast {

class Mp3Encoder : public Encoder {
public:
    Mp3Encoder(const EncoderSettings& settings, const AudioTags& tags, OutputFile& out);
    ~Mp3Encoder() override;
    Mp3Encoder(const Mp3Encoder&) = delete;
    Mp3Encoder& operator=(const Mp3Encoder&) = delete;

    void init(int sample_rate_hz) override;
    void process(const float* samples, std::size_t count) override;
    void done() override;
    void updateTags(const AudioTags& tags) override { tags_ = tags; }

    // Pieces coded by separate encoders in the last stream (1 when it was not cut).
    std::size_t segments() const { return segments_; }

    static const char* lameVersion();

private:
    // A LAME encoder set up as the settings ask; the first piece's also writes the info frame.
    lame_global_struct* startLame(bool info_frame) const;
    void configure(lame_global_struct* lame, int sample_rate_hz) const;
    void write(SegmentPipeline::Done& piece);

    EncoderSettings settings_;
    AudioTags tags_;
    OutputFile& out_;
    int input_rate_hz_ = 0;
    int lowpass_hz_ = 0;  // 0: LAME's own
    std::uint64_t audio_offset_ = 0;  // where the first MPEG frame (the info frame) starts: the tag's size
    std::size_t info_frame_bytes_ = 0;
    int frame_size_ = 1152;
    int encoder_delay_ = 576;
    std::unique_ptr<SegmentPipeline> pipeline_;
    std::unique_ptr<SeamCutter> cutter_;
    std::unique_ptr<SegmentCoder> first_;  // the first piece's encoder: it made the info frame
    Mp3StreamSummary audio_;               // every frame written but the info frame
    std::vector<unsigned char> uncounted_;  // written, not yet counted: less than a frame, or the info frame
    bool info_frame_seen_ = false;
    std::size_t piece_frames_ = 0;         // frames of the piece being written
    int last_padding_ = 0;
    std::size_t segments_ = 0;
};

}  // namespace readcast

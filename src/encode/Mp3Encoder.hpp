#pragma once
// PCM -> MP3 with libmp3lame, as an Encoder. Mono; CBR or VBR; an ID3v2 tag first; a Xing/LAME info
// frame so players show the right duration. When the output can seek back, both are finished at
// done(): the info frame filled in, and the tag rewritten in place from updateTags() (room for it is
// reserved as padding at init). Only encode/ includes LAME's header.
//
//   OutputSet outputs(false);
//   Mp3Encoder mp3(settings, tags, outputs.add("a.mp3"));
//   mp3.init(44100); mp3.process(pcm, n); mp3.done();   // then outputs.commit()

#include <cstdint>
#include <vector>

#include "encode/Encoder.hpp"

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

    static const char* lameVersion();

private:
    void writeEncoded(int bytes);
    void configure(lame_global_struct* lame, int sample_rate_hz) const;
    // The lowpass LAME chooses by itself for these settings (Hz), or 0.
    int defaultLowpassHz(int sample_rate_hz) const;

    EncoderSettings settings_;
    AudioTags tags_;
    OutputFile& out_;
    lame_global_struct* lame_ = nullptr;
    std::uint64_t audio_offset_ = 0;  // where the first MPEG frame (the info frame) starts: the tag's size
    std::vector<unsigned char> buffer_;
};

}  // namespace readcast

#pragma once
// PCM -> WAV (16-bit) or FLAC (16-bit) with libsndfile, as an Encoder; tags as RIFF INFO or Vorbis
// comments. libsndfile writes them into the header before the audio, so updateTags() cannot change
// them afterwards: none of the tags these formats carry depends on the audio.
//
//   SndfileEncoder wav(AudioFormat::Wav, tags, out);
//   wav.init(44100); wav.process(pcm, n); wav.done();

#include "encode/Encoder.hpp"

struct sf_private_tag;

namespace readcast {

class SndfileEncoder : public Encoder {
public:
    SndfileEncoder(AudioFormat format, const AudioTags& tags, OutputFile& out);
    ~SndfileEncoder() override;
    SndfileEncoder(const SndfileEncoder&) = delete;
    SndfileEncoder& operator=(const SndfileEncoder&) = delete;

    void init(int sample_rate_hz) override;
    void process(const float* samples, std::size_t count) override;
    void done() override;
    void updateTags(const AudioTags&) override {}

private:
    AudioFormat format_;
    AudioTags tags_;
    OutputFile& out_;
    sf_private_tag* file_ = nullptr;
};

}  // namespace readcast

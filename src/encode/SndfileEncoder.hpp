#pragma once
// PCM -> WAV (16-bit), FLAC (16-bit), Ogg Vorbis or Ogg Opus with libsndfile, as an Encoder. WAV gets
// its tags as RIFF INFO from libsndfile; FLAC and Ogg get theirs as Vorbis comments written by TagLib
// once the audio is complete (with chapters as CHAPTERnnn/CHAPTERnnnNAME and the cover as a picture
// block), since libsndfile writes neither chapters nor pictures.
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
    void updateTags(const AudioTags& tags) override { tags_ = tags; }

private:
    AudioFormat format_;
    AudioTags tags_;
    OutputFile& out_;
    sf_private_tag* file_ = nullptr;
};

}  // namespace readcast

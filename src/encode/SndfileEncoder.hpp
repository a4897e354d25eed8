#pragma once
// PCM -> WAV (16-bit) or FLAC (16-bit) with libsndfile, as a PcmSink; tags as RIFF INFO or Vorbis
// comments.
//
//   SndfileEncoder wav(AudioFormat::Wav, tags, out);
//   wav.init(44100); wav.process(pcm, n); wav.done();

#include "audio/PcmSink.hpp"
#include "encode/AudioTags.hpp"
#include "encode/EncoderSettings.hpp"
#include "encode/OutputFile.hpp"

struct sf_private_tag;

namespace readcast {

class SndfileEncoder : public PcmSink {
public:
    SndfileEncoder(AudioFormat format, const AudioTags& tags, OutputFile& out);
    ~SndfileEncoder() override;
    SndfileEncoder(const SndfileEncoder&) = delete;
    SndfileEncoder& operator=(const SndfileEncoder&) = delete;

    void init(int sample_rate_hz) override;
    void process(const float* samples, std::size_t count) override;
    void done() override;

private:
    AudioFormat format_;
    AudioTags tags_;
    OutputFile& out_;
    sf_private_tag* file_ = nullptr;
};

}  // namespace readcast

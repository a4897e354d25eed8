#pragma once
// PCM -> MP3 with libmp3lame, as a PcmSink. Mono; CBR or VBR; an ID3v2 tag first; a Xing/LAME info
// frame so players show the right duration (filled in at the end when the output can seek back).
// Only this file and its .cpp include LAME's header.
//
//   OutputFile out("a.mp3", false);
//   Mp3Encoder mp3(settings, tags, out);
//   mp3.init(44100); mp3.process(pcm, n); mp3.done();   // then out.commit()

#include <cstdint>
#include <vector>

#include "audio/PcmSink.hpp"
#include "encode/AudioTags.hpp"
#include "encode/EncoderSettings.hpp"
#include "encode/OutputFile.hpp"

struct lame_global_struct;

namespace readcast {

class Mp3Encoder : public PcmSink {
public:
    Mp3Encoder(const EncoderSettings& settings, const AudioTags& tags, OutputFile& out);
    ~Mp3Encoder() override;
    Mp3Encoder(const Mp3Encoder&) = delete;
    Mp3Encoder& operator=(const Mp3Encoder&) = delete;

    void init(int sample_rate_hz) override;
    void process(const float* samples, std::size_t count) override;
    void done() override;

    static const char* lameVersion();

private:
    void writeEncoded(int bytes);

    EncoderSettings settings_;
    AudioTags tags_;
    OutputFile& out_;
    lame_global_struct* lame_ = nullptr;
    std::uint64_t audio_offset_ = 0;  // where the first MPEG frame (the info frame) starts
    std::vector<unsigned char> buffer_;
};

}  // namespace readcast

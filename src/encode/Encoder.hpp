#pragma once
// An audio encoder: a PcmSink that writes one output file, with tags. Some tags are known only when
// the audio is (its length, later its chapters): updateTags() replaces the ones given at construction,
// and the encoder writes them at done() where the format and the output allow it.
//
//   std::unique_ptr<Encoder> enc = makeEncoder(AudioFormat::Mp3, settings, tags, outputs.add("story.mp3"));
//   enc->init(44100); enc->process(pcm, n);
//   enc->updateTags(finalTags);   // before done()
//   enc->done();

#include <memory>

#include "core/OutputSet.hpp"
#include "encode/EncoderSettings.hpp"
#include "model/AudioTags.hpp"
#include "model/PcmSink.hpp"

namespace readcast {

class Encoder : public PcmSink {
public:
    // Must be called from the thread that calls done(), before it; process() never reads the tags.
    virtual void updateTags(const AudioTags& tags) = 0;
};

// LAME for MP3, libsndfile for WAV and FLAC.
std::unique_ptr<Encoder> makeEncoder(AudioFormat format, const EncoderSettings& settings, const AudioTags& tags,
                                     OutputFile& out);

}  // namespace readcast

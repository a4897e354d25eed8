#include "encode/Encoder.hpp"

#include "encode/Mp3Encoder.hpp"
#include "encode/SndfileEncoder.hpp"

namespace readcast {

std::unique_ptr<Encoder> makeEncoder(AudioFormat format, const EncoderSettings& settings, const AudioTags& tags,
                                     OutputFile& out) {
    if (format == AudioFormat::Mp3) return std::make_unique<Mp3Encoder>(settings, tags, out);
    return std::make_unique<SndfileEncoder>(format, tags, out);
}

}  // namespace readcast

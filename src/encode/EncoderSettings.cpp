#include "encode/EncoderSettings.hpp"

namespace readcast {

std::string formatExtension(AudioFormat format) {
    switch (format) {
        case AudioFormat::Mp3: return ".mp3";
        case AudioFormat::Wav: return ".wav";
        case AudioFormat::Flac: return ".flac";
    }
    return ".mp3";
}

}  // namespace readcast

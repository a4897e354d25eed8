#include "encode/EncoderSettings.hpp"

#include "core/Ascii.hpp"

namespace readcast {

std::string formatExtension(AudioFormat format) {
    switch (format) {
        case AudioFormat::Mp3: return ".mp3";
        case AudioFormat::Wav: return ".wav";
        case AudioFormat::Flac: return ".flac";
    }
    return ".mp3";
}

std::optional<AudioFormat> formatForPath(const std::string& path) {
    const std::string ext = lowerExtension(path);
    for (AudioFormat f : {AudioFormat::Mp3, AudioFormat::Wav, AudioFormat::Flac}) {
        if (ext == formatExtension(f)) return f;
    }
    return std::nullopt;
}

}  // namespace readcast

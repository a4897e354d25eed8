#include "encode/EncoderSettings.hpp"

#include "core/Ascii.hpp"

namespace readcast {

std::string formatExtension(AudioFormat format) {
    switch (format) {
        case AudioFormat::Mp3: return ".mp3";
        case AudioFormat::Wav: return ".wav";
        case AudioFormat::Flac: return ".flac";
        case AudioFormat::Ogg: return ".ogg";
        case AudioFormat::Opus: return ".opus";
    }
    return ".mp3";
}

int opusSampleRate(int requested_hz) {
    for (int rate : {8000, 12000, 16000, 24000}) {
        if (requested_hz <= rate) return rate;
    }
    return 48000;
}

std::optional<AudioFormat> formatForPath(const std::string& path) {
    const std::string ext = lowerExtension(path);
    for (AudioFormat f : {AudioFormat::Mp3, AudioFormat::Wav, AudioFormat::Flac, AudioFormat::Ogg, AudioFormat::Opus}) {
        if (ext == formatExtension(f)) return f;
    }
    return std::nullopt;
}

AudioFormat resolveFormat(const std::optional<AudioFormat>& asked, const std::string& output) {
    if (asked) return *asked;
    return formatForPath(output).value_or(AudioFormat::Mp3);
}

}  // namespace readcast

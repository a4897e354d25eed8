#pragma once
// How the audio is encoded. Defaults follow podcast platforms' advice for spoken word.

#include <string>

namespace readcast {

enum class AudioFormat { Mp3, Wav, Flac };

struct EncoderSettings {
    AudioFormat format = AudioFormat::Mp3;
    int sample_rate_hz = 44100;
    int bitrate_kbps = 96;   // MP3 constant bitrate
    int vbr_quality = -1;    // 0 (best) .. 9; -1 means constant bitrate
};

// The file extension for a format: Mp3 -> ".mp3".
std::string formatExtension(AudioFormat format);

}  // namespace readcast

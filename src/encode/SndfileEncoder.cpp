#include "encode/SndfileEncoder.hpp"

#include <sndfile.h>

#include "core/Error.hpp"
#include "encode/XiphTags.hpp"

namespace readcast {

SndfileEncoder::SndfileEncoder(AudioFormat format, const AudioTags& tags, OutputFile& out)
    : format_(format), tags_(tags), out_(out) {}

SndfileEncoder::~SndfileEncoder() {
    if (file_ != nullptr) sf_close(file_);
}

void SndfileEncoder::init(int sample_rate_hz) {
    SF_INFO info{};
    info.samplerate = sample_rate_hz;
    info.channels = 1;
    switch (format_) {
        case AudioFormat::Flac: info.format = SF_FORMAT_FLAC | SF_FORMAT_PCM_16; break;
        case AudioFormat::Ogg: info.format = SF_FORMAT_OGG | SF_FORMAT_VORBIS; break;
        case AudioFormat::Opus: info.format = SF_FORMAT_OGG | SF_FORMAT_OPUS; break;
        default: info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    }
    // The descriptor stays owned by OutputFile, which renames or deletes the file afterwards.
    file_ = sf_open_fd(out_.fd(), SFM_WRITE, &info, SF_FALSE);
    if (file_ == nullptr) {
        throw Error(ExitCode::Output, "cannot write " + out_.path() + ": " + sf_strerror(nullptr));
    }
    sf_command(file_, SFC_SET_CLIPPING, nullptr, SF_TRUE);  // returns the new state, not an error
    if (format_ == AudioFormat::Ogg || format_ == AudioFormat::Opus) {
        // libsndfile's scale runs from 0 (lowest quality) to 1 (highest); 0.4 is Vorbis q4, about 64 kbps
        // for mono speech, and a comparable Opus bitrate: transparent for a voice, a third of a WAV.
        double quality = 0.4;
        sf_command(file_, SFC_SET_VBR_ENCODING_QUALITY, &quality, sizeof quality);
    }
    if (format_ != AudioFormat::Wav) return;  // TagLib writes the Vorbis comments at the end
    const std::pair<int, const std::string*> strings[] = {
        {SF_STR_TITLE, &tags_.title},   {SF_STR_ARTIST, &tags_.artist},     {SF_STR_ALBUM, &tags_.album},
        {SF_STR_DATE, &tags_.date},     {SF_STR_COMMENT, &tags_.comment},   {SF_STR_GENRE, &tags_.genre},
        {SF_STR_SOFTWARE, &tags_.encoder}, {SF_STR_TRACKNUMBER, &tags_.track},
    };
    for (const auto& [id, value] : strings) {
        if (!value->empty() && sf_set_string(file_, id, value->c_str()) != 0) {
            throw Error(ExitCode::Output, "cannot write " + out_.path() + ": tag: " + sf_strerror(file_));
        }
    }
}

void SndfileEncoder::process(const float* samples, std::size_t count) {
    const sf_count_t written = sf_writef_float(file_, samples, static_cast<sf_count_t>(count));
    if (written != static_cast<sf_count_t>(count)) {
        throw Error(ExitCode::Output, "cannot write " + out_.path() + ": " + sf_strerror(file_));
    }
}

void SndfileEncoder::done() {
    const int result = sf_close(file_);
    file_ = nullptr;
    if (result != 0) throw Error(ExitCode::Output, "cannot write " + out_.path() + ": " + sf_error_number(result));
    if (format_ != AudioFormat::Wav) {
        if (out_.writtenPath().empty()) {
            throw Error(ExitCode::Usage, "cannot write " + formatExtension(format_).substr(1) + " to stdout: its tags are "
                                         "written once the audio is complete; name the output with -o FILE");
        }
        writeXiphTags(out_.writtenPath(), format_, tags_, out_.path());
    }
}

}  // namespace readcast

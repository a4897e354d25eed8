#include "audio/AudioFileReader.hpp"

#include <sndfile.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <algorithm>
#include <limits>

#include <memory>
#include <vector>

#include "core/Error.hpp"

namespace readcast {
namespace {

struct Closer {
    void operator()(SNDFILE* f) const { sf_close(f); }
};
using File = std::unique_ptr<SNDFILE, Closer>;

File open(const std::string& path, SF_INFO& info) {
    info = SF_INFO{};
    // A pipe would block the render until someone writes into it; a folder is a mistake.
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) throw Error(ExitCode::Input, "cannot read " + path + ": " + std::strerror(errno));
    if (!S_ISREG(st.st_mode)) throw Error(ExitCode::Input, "cannot read " + path + ": not a regular file");
    if (::access(path.c_str(), R_OK) != 0) throw Error(ExitCode::Input, "cannot read " + path + ": " + std::strerror(errno));
    File f(sf_open(path.c_str(), SFM_READ, &info));
    if (!f) throw Error(ExitCode::Input, "cannot read " + path + ": not an audio file libsndfile can decode (" + sf_strerror(nullptr) + ")");
    if (info.channels < 1 || info.samplerate < 1000 || info.samplerate > 384000) {
        throw Error(ExitCode::Input, "cannot read " + path + ": " + std::to_string(info.channels) + " channels at " +
                                         std::to_string(info.samplerate) + " Hz is not usable audio");
    }
    return f;
}

}  // namespace

AudioFileInfo audioFileInfo(const std::string& path) {
    SF_INFO info;
    const File f = open(path, info);
    return AudioFileInfo{info.samplerate, info.channels, static_cast<std::int64_t>(info.frames),
                         (info.format & SF_FORMAT_TYPEMASK) == SF_FORMAT_MPEG};
}

AudioFileInfo probeAudioFile(const std::string& path) {
    const AudioFileInfo info = audioFileInfo(path);
    // Under 50 ms is no jingle: an empty or cut-off file.
    if (info.frames < info.sample_rate_hz / 20) {
        throw Error(ExitCode::Input, "cannot use " + path + ": it holds " + std::to_string(info.frames * 1000 / info.sample_rate_hz) +
                                         " ms of audio");
    }
    return info;
}

void readAudioFile(const std::string& path, PcmSink& sink, std::int64_t first, std::int64_t count) {
    SF_INFO info;
    const File f = open(path, info);
    sink.init(info.samplerate);
    // A decoder that starts mid-stream (MP3's bit reservoir, Vorbis's overlapping windows) is given
    // 100 ms before the range to settle; what it decodes there is not passed on.
    const std::int64_t settle = first > 0 ? std::min<std::int64_t>(first, info.samplerate / 10) : 0;
    if (first > 0 && sf_seek(f.get(), first - settle, SEEK_SET) < 0) {
        throw Error(ExitCode::Input, "cannot read " + path + ": it cannot be read from sample " + std::to_string(first));
    }
    std::int64_t skip = settle;
    std::int64_t left = count < 0 ? std::numeric_limits<std::int64_t>::max() : count;
    constexpr sf_count_t kFrames = 8192;
    const auto channels = static_cast<std::size_t>(info.channels);
    std::vector<float> frames(static_cast<std::size_t>(kFrames) * channels);
    std::vector<float> mono(static_cast<std::size_t>(kFrames));
    while (left > 0) {
        const sf_count_t got = sf_readf_float(f.get(), frames.data(), kFrames);
        if (got <= 0) break;
        const std::int64_t skipped = std::min<std::int64_t>(skip, got);
        skip -= skipped;
        const std::int64_t n = std::min<std::int64_t>(got - skipped, left);
        left -= n;
        // Mono as the channels' mean: a stereo jingle keeps its level when both sides carry it.
        for (std::int64_t i = 0; i < n; ++i) {
            float sum = 0;
            for (std::size_t c = 0; c < channels; ++c) sum += frames[static_cast<std::size_t>(skipped + i) * channels + c];
            mono[static_cast<std::size_t>(i)] = sum / static_cast<float>(channels);
        }
        if (n > 0) sink.process(mono.data(), static_cast<std::size_t>(n));
    }
    if (sf_error(f.get()) != SF_ERR_NO_ERROR) {
        throw Error(ExitCode::Input, "cannot read " + path + ": " + sf_strerror(f.get()));
    }
    sink.done();
}

}  // namespace readcast

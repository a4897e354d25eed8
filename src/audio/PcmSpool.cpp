#include "audio/PcmSpool.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cerrno>
#include <cmath>
#include <cstring>

#include "core/Error.hpp"

namespace readcast {

PcmSpool::PcmSpool() {
    // In TMPDIR when it is set (a cluster's node-local scratch), without a name that could be left behind.
    const char* dir = std::getenv("TMPDIR");
    const int fd = ::open(dir != nullptr && *dir != '\0' ? dir : "/tmp", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0) {
        file_ = ::fdopen(fd, "w+b");
        if (file_ == nullptr) ::close(fd);
    }
    if (file_ == nullptr) file_ = std::tmpfile();
    if (file_ == nullptr) {
        throw Error(ExitCode::Output, std::string("cannot create a temporary file for the audio: ") + std::strerror(errno));
    }
}

PcmSpool::~PcmSpool() {
    if (file_ != nullptr) std::fclose(file_);
}

void PcmSpool::init(int sample_rate_hz) {
    rate_ = sample_rate_hz;
    count_ = 0;
    std::rewind(file_);
}

void PcmSpool::process(const float* samples, std::size_t count) {
    buffer_.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const float clamped = std::clamp(samples[i], -1.0f, 32767.0f / 32768.0f);
        buffer_[i] = static_cast<std::int16_t>(std::lround(clamped * 32768.0f));
    }
    if (count > 0 && std::fwrite(buffer_.data(), sizeof(std::int16_t), count, file_) != count) {
        throw Error(ExitCode::Output, std::string("cannot write the temporary audio file: ") + std::strerror(errno));
    }
    count_ += static_cast<std::int64_t>(count);
}

void PcmSpool::done() {
    if (std::fflush(file_) != 0) {
        throw Error(ExitCode::Output, std::string("cannot write the temporary audio file: ") + std::strerror(errno));
    }
}

void PcmSpool::adoptWritten(int sample_rate_hz, std::int64_t samples) {
    rate_ = sample_rate_hz;
    count_ = samples;
}

void PcmSpool::replay(PcmSink& sink) const {
    sink.init(rate_);
    feed(sink);
    sink.done();
}

void PcmSpool::feed(PcmSink& sink) const {
    // pread at its own offset, with its own buffers: several replays may run at once on threads.
    const int fd = ::fileno(file_);
    std::vector<std::int16_t> raw;
    std::vector<float> chunk;
    constexpr std::size_t kChunk = 1 << 14;
    off_t offset = 0;
    for (std::int64_t left = count_; left > 0;) {
        const std::size_t want = static_cast<std::size_t>(std::min<std::int64_t>(left, kChunk));
        raw.resize(want);
        const auto bytes = static_cast<ssize_t>(want * sizeof(std::int16_t));
        if (::pread(fd, raw.data(), static_cast<std::size_t>(bytes), offset) != bytes) {
            throw Error(ExitCode::Output, "cannot read back the temporary audio file");
        }
        offset += bytes;
        chunk.resize(want);
        for (std::size_t i = 0; i < want; ++i) chunk[i] = static_cast<float>(raw[i]) / 32768.0f;
        sink.process(chunk.data(), chunk.size());
        left -= static_cast<std::int64_t>(want);
    }
}

}  // namespace readcast

#include "encode/Mp3InfoFrame.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "core/Error.hpp"

namespace readcast {
namespace {

constexpr std::size_t kMaxSeekEntries = 512;

void putBigEndian(unsigned char* at, std::uint64_t value, int bytes) {
    for (int i = bytes - 1; i >= 0; --i, value >>= 8) at[i] = static_cast<unsigned char>(value & 0xFF);
}

// Side information follows the 4-byte header; its size depends on the MPEG version and channels.
std::size_t sideInfoBytes(const unsigned char* header) {
    const bool mpeg1 = ((header[1] >> 3) & 3) == 3;
    const bool mono = (header[3] >> 6) == 3;
    if (mpeg1) return mono ? 17 : 32;
    return mono ? 9 : 17;
}

}  // namespace

std::size_t mp3FrameBytes(const unsigned char* h) {
    if (h[0] != 0xFF || (h[1] & 0xE0) != 0xE0) return 0;
    const int version = (h[1] >> 3) & 3;  // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
    const int layer = (h[1] >> 1) & 3;    // 1: Layer III
    const int bitrate_index = (h[2] >> 4) & 15;
    const int rate_index = (h[2] >> 2) & 3;
    if (version == 1 || layer != 1 || bitrate_index == 0 || bitrate_index == 15 || rate_index == 3) return 0;
    static const int kMpeg1Kbps[] = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    static const int kMpeg2Kbps[] = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    static const int kRates[4][3] = {{11025, 12000, 8000}, {0, 0, 0}, {22050, 24000, 16000}, {44100, 48000, 32000}};
    const bool mpeg1 = version == 3;
    const int kbps = mpeg1 ? kMpeg1Kbps[bitrate_index] : kMpeg2Kbps[bitrate_index];
    const int rate = kRates[version][rate_index];
    return static_cast<std::size_t>((mpeg1 ? 144 : 72) * kbps * 1000 / rate + ((h[2] >> 1) & 1));
}

std::uint16_t lameCrc16(const unsigned char* bytes, std::size_t size, std::uint16_t crc) {
    // A byte at a time through a table: bit by bit, this sum over every frame cost 1% of a render.
    static const std::array<std::uint16_t, 256> table = [] {
        std::array<std::uint16_t, 256> t{};
        for (unsigned byte = 0; byte < 256; ++byte) {
            std::uint16_t c = static_cast<std::uint16_t>(byte);
            for (int bit = 0; bit < 8; ++bit) c = (c & 1) ? static_cast<std::uint16_t>((c >> 1) ^ 0xA001) : static_cast<std::uint16_t>(c >> 1);
            t[byte] = c;
        }
        return t;
    }();
    for (std::size_t i = 0; i < size; ++i) crc = static_cast<std::uint16_t>((crc >> 8) ^ table[(crc ^ bytes[i]) & 0xFF]);
    return crc;
}

std::size_t Mp3StreamSummary::addFrames(const unsigned char* bytes, std::size_t size) {
    std::size_t pos = 0;
    while (size - pos >= 4) {
        const std::size_t length = mp3FrameBytes(bytes + pos);
        if (length == 0) throw Error(ExitCode::Synthesis, "LAME wrote a broken MP3 frame");
        if (length > size - pos) break;  // the rest of this frame comes with the next bytes
        if (frames_ % step_ == 0) {
            if (starts_.size() == kMaxSeekEntries) {
                // Keep every other start: twice the step, half the entries.
                for (std::size_t i = 0; i < kMaxSeekEntries / 2; ++i) starts_[i] = starts_[2 * i];
                starts_.resize(kMaxSeekEntries / 2);
                step_ *= 2;
            }
            if (frames_ % step_ == 0) starts_.push_back(bytes_);
        }
        crc_ = lameCrc16(bytes + pos, length, crc_);
        bytes_ += length;
        ++frames_;
        pos += length;
    }
    return pos;
}

std::array<unsigned char, 100> Mp3StreamSummary::seekTable() const {
    std::array<unsigned char, 100> toc{};
    if (frames_ == 0 || bytes_ == 0) return toc;
    for (std::size_t i = 1; i < toc.size(); ++i) {
        const std::uint64_t frame = frames_ * i / 100;
        const std::size_t entry = std::min<std::size_t>(static_cast<std::size_t>(frame / step_), starts_.size() - 1);
        toc[i] = static_cast<unsigned char>(std::min<std::uint64_t>(255, starts_[entry] * 256 / bytes_));
    }
    return toc;
}

void completeInfoFrame(std::vector<unsigned char>& frame, const Mp3StreamSummary& audio, int encoder_delay, int padding) {
    const std::size_t xing = frame.size() >= 4 ? 4 + sideInfoBytes(frame.data()) : 0;
    const std::size_t lame = xing + 120;  // after the tag id, flags, frames, bytes, seek table and quality
    const std::size_t crc_at = lame + 34;
    if (frame.size() < crc_at + 2 || mp3FrameBytes(frame.data()) != frame.size() ||
        (std::memcmp(&frame[xing], "Xing", 4) != 0 && std::memcmp(&frame[xing], "Info", 4) != 0) ||
        std::memcmp(&frame[lame], "LAME", 4) != 0 || frame[xing + 7] != 0x0F) {
        throw Error(ExitCode::Synthesis, "LAME did not write the info frame it was asked for");
    }
    const std::uint64_t total = frame.size() + audio.bytes();  // the info frame counts itself
    putBigEndian(&frame[xing + 8], audio.frames(), 4);
    putBigEndian(&frame[xing + 12], total, 4);
    const std::array<unsigned char, 100> toc = audio.seekTable();
    std::copy(toc.begin(), toc.end(), frame.begin() + static_cast<std::ptrdiff_t>(xing + 16));
    putBigEndian(&frame[lame + 21], (static_cast<std::uint64_t>(encoder_delay) << 12) | static_cast<std::uint64_t>(padding & 0xFFF), 3);
    putBigEndian(&frame[lame + 28], total, 4);
    putBigEndian(&frame[lame + 32], audio.crc(), 2);
    putBigEndian(&frame[crc_at], lameCrc16(frame.data(), crc_at), 2);
}

}  // namespace readcast

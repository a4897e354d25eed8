#pragma once
// The Xing/LAME info frame of an MP3 stream made of pieces coded separately. LAME writes one for the
// frames it coded itself; when several encoders coded the pieces, their frames are counted here as
// they are written, and the first encoder's info frame is rewritten for the whole stream: frame and
// byte counts, seek table, encoder delay and padding (what gapless players trim), music length and
// both CRCs. Layout: the Xing header (Gabriel Bouvigne's spec) and LAME's tag (revision 1).
//
//   Mp3StreamSummary audio;
//   audio.addFrames(bytes, size);                   // every audio frame, in order (returns bytes used)
//   completeInfoFrame(frame, audio, 576, padding);  // frame: from lame_get_lametag_frame

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace readcast {

// The size of the MPEG-1/2/2.5 Layer III frame whose header starts at `header` (4 bytes), or 0 when
// the bytes are not one.
std::size_t mp3FrameBytes(const unsigned char* header);

// CRC-16 as LAME computes it for its tag (polynomial 0x8005, bits reflected).
std::uint16_t lameCrc16(const unsigned char* bytes, std::size_t size, std::uint16_t crc = 0);

class Mp3StreamSummary {
public:
    // Counts the whole frames `bytes` starts with and returns the bytes they take: a frame cut off at
    // the end is left for the next call. Throws where the bytes are not a Layer III frame.
    std::size_t addFrames(const unsigned char* bytes, std::size_t size);

    std::uint64_t frames() const { return frames_; }
    std::uint64_t bytes() const { return bytes_; }
    std::uint16_t crc() const { return crc_; }
    // Byte position of the frame at each percent of the stream, as 1/256 of the audio bytes.
    std::array<unsigned char, 100> seekTable() const;

private:
    std::uint64_t frames_ = 0;
    std::uint64_t bytes_ = 0;
    std::uint16_t crc_ = 0;
    // Where every `step_`-th frame starts (audio bytes before it): a few hundred entries whatever the
    // length, halved when full.
    std::vector<std::uint64_t> starts_;
    std::uint64_t step_ = 1;
};

// Rewrites LAME's info frame for the whole stream. Throws when `frame` is not an info frame with a
// LAME tag.
void completeInfoFrame(std::vector<unsigned char>& frame, const Mp3StreamSummary& audio, int encoder_delay, int padding);

}  // namespace readcast

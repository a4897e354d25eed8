#include "encode/Mp3Encoder.hpp"

#include <lame.h>

#include "core/Error.hpp"
#include "encode/Id3Tag.hpp"

namespace readcast {
namespace {

// Padding reserved in the first tag for the final one: TLEN now, chapter frames later.
constexpr std::size_t kTagReserveBytes = 16384;

}  // namespace

Mp3Encoder::Mp3Encoder(const EncoderSettings& settings, const AudioTags& tags, OutputFile& out)
    : settings_(settings), tags_(tags), out_(out) {}

Mp3Encoder::~Mp3Encoder() {
    if (lame_ != nullptr) lame_close(lame_);
}

const char* Mp3Encoder::lameVersion() { return get_lame_version(); }

// Mono, the rates, and constant or variable bitrate, as the settings ask.
void Mp3Encoder::configure(lame_global_struct* lame, int sample_rate_hz) const {
    lame_set_num_channels(lame, 1);
    lame_set_mode(lame, MONO);
    lame_set_in_samplerate(lame, sample_rate_hz);
    lame_set_out_samplerate(lame, settings_.sample_rate_hz);
    if (settings_.vbr_quality >= 0) {
        lame_set_VBR(lame, vbr_default);
        lame_set_VBR_quality(lame, static_cast<float>(settings_.vbr_quality));
    } else {
        lame_set_VBR(lame, vbr_off);
        lame_set_brate(lame, settings_.bitrate_kbps);
    }
}

int Mp3Encoder::defaultLowpassHz(int sample_rate_hz) const {
    lame_global_flags* probe = lame_init();
    if (probe == nullptr) return 0;
    configure(probe, sample_rate_hz);
    const int hz = lame_init_params(probe) < 0 ? 0 : lame_get_lowpassfreq(probe);
    lame_close(probe);
    return hz;
}

void Mp3Encoder::init(int sample_rate_hz) {
    lame_ = lame_init();
    if (lame_ == nullptr) throw Error(ExitCode::Synthesis, "LAME could not start (out of memory)");
    configure(lame_, sample_rate_hz);
    if (settings_.content_bandwidth_hz > 0) {
        // Nothing is coded above what the audio holds; LAME's own lowpass stays where it is lower (at
        // low bitrates it cuts below eSpeak NG's 11.025 kHz itself).
        const int own = defaultLowpassHz(sample_rate_hz);
        if (own <= 0 || settings_.content_bandwidth_hz < own) lame_set_lowpassfreq(lame_, settings_.content_bandwidth_hz);
    }
    lame_set_bWriteVbrTag(lame_, 1);           // Xing/LAME info frame: duration and gapless data
    lame_set_write_id3tag_automatic(lame_, 0);  // the ID3v2 tag is ours (TagLib), written below
    if (lame_init_params(lame_) < 0) {
        throw Error(ExitCode::Synthesis, "LAME rejected the settings: " + std::to_string(settings_.bitrate_kbps) +
                                             " kbps at " + std::to_string(settings_.sample_rate_hz) + " Hz");
    }
    std::string id3 = renderId3v2(tags_, 0);
    // Room for what only the end knows (length, chapters): the tag is rewritten there, same size.
    if (out_.seekable()) id3 = renderId3v2(tags_, id3.size() + kTagReserveBytes);
    out_.write(id3.data(), id3.size());
    audio_offset_ = id3.size();
    buffer_.resize(8192);
}

void Mp3Encoder::writeEncoded(int bytes) {
    if (bytes < 0) throw Error(ExitCode::Synthesis, "LAME failed to encode (error " + std::to_string(bytes) + ")");
    if (bytes > 0) out_.write(buffer_.data(), static_cast<std::size_t>(bytes));
}

void Mp3Encoder::process(const float* samples, std::size_t count) {
    constexpr std::size_t kStep = 4096;  // bounded calls keep the output buffer small
    for (std::size_t done = 0; done < count; done += kStep) {
        const int n = static_cast<int>(std::min(kStep, count - done));
        // LAME's worst case: 1.25 * samples + 7200 bytes.
        buffer_.resize(static_cast<std::size_t>(n) * 5 / 4 + 7200);
        writeEncoded(lame_encode_buffer_ieee_float(lame_, samples + done, nullptr, n, buffer_.data(),
                                                   static_cast<int>(buffer_.size())));
    }
}

void Mp3Encoder::done() {
    buffer_.resize(7200);
    writeEncoded(lame_encode_flush(lame_, buffer_.data(), static_cast<int>(buffer_.size())));
    // The info frame was written blank at the start; now that the length is known, fill it in.
    if (out_.seekable()) {
        std::vector<unsigned char> frame(2880);
        const std::size_t size = lame_get_lametag_frame(lame_, frame.data(), frame.size());
        if (size > 0 && size <= frame.size()) out_.writeAt(audio_offset_, frame.data(), size);
        const std::string id3 = renderId3v2(tags_, static_cast<std::size_t>(audio_offset_));
        out_.writeAt(0, id3.data(), id3.size());
    }
}

}  // namespace readcast

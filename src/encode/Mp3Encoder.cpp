#include "encode/Mp3Encoder.hpp"

#include <lame.h>

#include <algorithm>
#include <cmath>

#include "core/Cores.hpp"
#include "core/Error.hpp"
#include "encode/Id3Tag.hpp"

namespace readcast {
namespace {

// Padding reserved in the first tag for the final one: TLEN now, chapter frames later.
constexpr std::size_t kTagReserveBytes = 16384;
// PCM waiting for the encoders, all pieces together: pieces hold 3 s or more, and a thread has work
// only while its piece has samples queued, so the queue grows with the threads.
constexpr double kQueuedSeconds = 5.0;
constexpr double kQueuedSecondsPerThread = 3.0;

class LameCoder : public SegmentCoder {
public:
    explicit LameCoder(lame_global_flags* lame) : lame_(lame) {}
    ~LameCoder() override { lame_close(lame_); }
    LameCoder(const LameCoder&) = delete;
    LameCoder& operator=(const LameCoder&) = delete;

    void encode(const float* samples, std::size_t count, std::vector<unsigned char>& out) override {
        constexpr std::size_t kStep = 4096;  // bounded calls keep LAME's output buffer small
        for (std::size_t done = 0; done < count; done += kStep) {
            const int n = static_cast<int>(std::min(kStep, count - done));
            const std::size_t at = out.size();
            out.resize(at + static_cast<std::size_t>(n) * 5 / 4 + 7200);  // LAME's worst case
            const int bytes = lame_encode_buffer_ieee_float(lame_, samples + done, nullptr, n, out.data() + at,
                                                            static_cast<int>(out.size() - at));
            keep(out, at, bytes);
        }
    }
    void finish(std::vector<unsigned char>& out) override {
        const std::size_t at = out.size();
        out.resize(at + 7200);
        keep(out, at, lame_encode_flush(lame_, out.data() + at, 7200));
    }
    lame_global_flags* lame() const { return lame_; }

private:
    static void keep(std::vector<unsigned char>& out, std::size_t at, int bytes) {
        if (bytes < 0) throw Error(ExitCode::Synthesis, "LAME failed to encode (error " + std::to_string(bytes) + ")");
        out.resize(at + static_cast<std::size_t>(bytes));
    }
    lame_global_flags* lame_;
};

}  // namespace

Mp3Encoder::Mp3Encoder(const EncoderSettings& settings, const AudioTags& tags, OutputFile& out)
    : settings_(settings), tags_(tags), out_(out) {}

Mp3Encoder::~Mp3Encoder() = default;

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

lame_global_struct* Mp3Encoder::startLame(bool info_frame) const {
    lame_global_flags* lame = lame_init();
    if (lame == nullptr) throw Error(ExitCode::Synthesis, "LAME could not start (out of memory)");
    configure(lame, input_rate_hz_);
    if (lowpass_hz_ > 0) lame_set_lowpassfreq(lame, lowpass_hz_);
    if (settings_.algorithm_quality >= 0) lame_set_quality(lame, settings_.algorithm_quality);
    lame_set_bWriteVbrTag(lame, info_frame ? 1 : 0);  // Xing/LAME info frame: duration and gapless data
    lame_set_write_id3tag_automatic(lame, 0);          // the ID3v2 tag is ours (TagLib)
    if (lame_init_params(lame) < 0) {
        lame_close(lame);
        throw Error(ExitCode::Synthesis, "LAME rejected the settings: " + std::to_string(settings_.bitrate_kbps) + " kbps at " +
                                             std::to_string(settings_.sample_rate_hz) + " Hz");
    }
    return lame;
}

void Mp3Encoder::init(int sample_rate_hz) {
    input_rate_hz_ = sample_rate_hz;
    {
        // LAME's own choices for these settings (no lowpass of ours yet); fails here, before anything is
        // written, on bad settings.
        LameCoder probe(startLame(true));
        // Nothing is coded above what the audio holds; LAME's own lowpass stays where it is lower (at
        // low bitrates it cuts below eSpeak NG's 11.025 kHz itself).
        const int own = lame_get_lowpassfreq(probe.lame());
        if (settings_.content_bandwidth_hz > 0 && (own <= 0 || settings_.content_bandwidth_hz < own)) {
            lowpass_hz_ = settings_.content_bandwidth_hz;
        }
        frame_size_ = lame_get_framesize(probe.lame());
        encoder_delay_ = lame_get_encoder_delay(probe.lame());
        // The size of the info frame the first piece starts with (0: LAME writes none, as at 32 kbps and
        // less at 22.05 kHz, where it would not fit in a frame): known once a frame is coded.
        std::vector<unsigned char> scratch;
        const std::vector<float> silence(static_cast<std::size_t>(frame_size_), 0.0f);
        probe.encode(silence.data(), silence.size(), scratch);
        probe.finish(scratch);
        info_frame_bytes_ = lame_get_lametag_frame(probe.lame(), nullptr, 0);
    }
    std::string id3 = renderId3v2(tags_, 0);
    // Room for what only the end knows (length, chapters): the tag is rewritten there, same size.
    if (out_.seekable()) id3 = renderId3v2(tags_, id3.size() + kTagReserveBytes);
    out_.write(id3.data(), id3.size());
    audio_offset_ = id3.size();

    SeamPlan plan;
    plan.frame_size = frame_size_;
    plan.encoder_delay = encoder_delay_;
    // Cuts keep the timing only when LAME does not resample (its resampler has a delay of its own).
    const bool cut = settings_.segment_seconds > 0 && sample_rate_hz == settings_.sample_rate_hz;
    plan.min_segment = cut ? static_cast<std::size_t>(std::lround(settings_.segment_seconds * sample_rate_hz)) : 0;
    const unsigned threads = threadsOrCores(settings_.threads);
    pipeline_ = std::make_unique<SegmentPipeline>(
        cut ? threads : 1u,
        static_cast<std::size_t>(std::max(kQueuedSeconds, kQueuedSecondsPerThread * (cut ? threads : 1u)) * sample_rate_hz),
        [this](std::size_t index) { return std::make_unique<LameCoder>(startLame(index == 0)); },
        [this](SegmentPipeline::Done& piece) { write(piece); });
    cutter_ = std::make_unique<SeamCutter>(plan, *pipeline_);
}

void Mp3Encoder::write(SegmentPipeline::Done& piece) {
    // Bytes go out as they come, in order; frames are counted whole (a part may end inside one).
    out_.write(piece.bytes.data(), piece.bytes.size());
    uncounted_.insert(uncounted_.end(), piece.bytes.begin(), piece.bytes.end());
    std::size_t from = 0;
    bool countable = true;
    if (piece.index == 0 && !info_frame_seen_ && info_frame_bytes_ > 0) {
        // The first piece starts with LAME's blank info frame, filled in at done().
        if (uncounted_.size() >= 4 && mp3FrameBytes(uncounted_.data()) != info_frame_bytes_) {
            throw Error(ExitCode::Synthesis, "LAME did not start with an info frame");
        }
        countable = uncounted_.size() >= info_frame_bytes_;
        if (countable) {
            from = info_frame_bytes_;
            info_frame_seen_ = true;
        }
    }
    if (countable) {
        const std::uint64_t before = audio_.frames();
        const std::size_t used = audio_.addFrames(uncounted_.data() + from, uncounted_.size() - from);
        piece_frames_ += audio_.frames() - before;
        uncounted_.erase(uncounted_.begin(), uncounted_.begin() + static_cast<std::ptrdiff_t>(from + used));
    }
    if (!piece.last) return;

    if (!uncounted_.empty()) throw Error(ExitCode::Synthesis, "LAME ended a piece inside a frame");
    if (piece.index == 0) first_ = std::move(piece.coder);
    // The seams' timing rests on this count: a LAME that pads differently must not go unnoticed.
    const auto expected = SeamCutter::framesFor(static_cast<std::int64_t>(piece.samples), frame_size_, encoder_delay_);
    if (input_rate_hz_ == settings_.sample_rate_hz && static_cast<std::int64_t>(piece_frames_) != expected) {
        throw Error(ExitCode::Synthesis, "LAME coded " + std::to_string(piece.samples) + " samples in " + std::to_string(piece_frames_) +
                                             " frames, not the " + std::to_string(expected) + " readcast's seams assume");
    }
    last_padding_ = static_cast<int>(SeamCutter::surplusFor(static_cast<std::int64_t>(piece.samples), frame_size_, encoder_delay_) -
                                     encoder_delay_);
    piece_frames_ = 0;
    ++segments_;
}

void Mp3Encoder::process(const float* samples, std::size_t count) { cutter_->push(samples, count); }

void Mp3Encoder::done() {
    cutter_->finish();
    pipeline_->finish();
    pipeline_.reset();
    // The info frame was written blank at the start; now that the whole stream is known, fill it in.
    if (out_.seekable() && info_frame_bytes_ > 0 && first_ != nullptr) {
        const auto* first = static_cast<const LameCoder*>(first_.get());
        std::vector<unsigned char> frame(info_frame_bytes_);
        const std::size_t size = lame_get_lametag_frame(first->lame(), frame.data(), frame.size());
        if (size != frame.size()) throw Error(ExitCode::Synthesis, "LAME's info frame changed size");
        // One piece: LAME's own padding (it may have resampled); several: the last piece's.
        const int padding = segments_ == 1 ? lame_get_encoder_padding(first->lame()) : last_padding_;
        completeInfoFrame(frame, audio_, encoder_delay_, padding);
        out_.writeAt(audio_offset_, frame.data(), frame.size());
        const std::string id3 = renderId3v2(tags_, static_cast<std::size_t>(audio_offset_));
        out_.writeAt(0, id3.data(), id3.size());
    }
}

}  // namespace readcast

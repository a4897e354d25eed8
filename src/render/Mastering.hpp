#pragma once
// The spooled narration made into the published file: jingles around it, loudness normalized to a
// target (EBU R128) with the true peak limited, resampled and encoded on its own thread, then decoded
// again and measured as a listener's player will play it. When the codec moved the loudness or the
// peak out of tolerance, the file is encoded once more with the difference corrected (from the spool:
// nothing is synthesized twice).
//
//   Mastering m(spool, plan);
//   MasteringResult r = m.run(makeEncoder, audioFile);

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "audio/PcmSpool.hpp"
#include "core/OutputSet.hpp"
#include "encode/Encoder.hpp"
#include "render/LimitedLoudness.hpp"

namespace readcast {

struct MasteringPlan {
    std::optional<double> target_lufs;   // empty: the level as eSpeak NG made it, no limiter
    int output_rate_hz = 44100;
    std::string intro_audio;             // files libsndfile reads; empty: none
    std::string outro_audio;
    double speech_lufs = -70.0;          // the spool's loudness, measured in the first pass
    // The limiter's effect measured while the narration was spoken (LimiterProbe, at kFirstCeilingDbtp),
    // used when its gains are near the one the target needs; otherwise the spool is replayed for it.
    std::optional<LimitedLevels> probed;
    // What the codec is expected to take off the loudness (LU), given to the first encoding so that the
    // decoded check rarely has to ask for a second one.
    double expected_codec_loss_lu = 0.0;
    unsigned threads = 0;                // for measuring the decoded file; 0: one per core
};

struct MasteringResult {
    double gain_db = 0;                  // applied to the narration
    double loudness_lufs = 0;            // of the file as written, decoded when it can be
    double true_peak_dbtp = 0;
    bool measured_decoded = false;       // false for stdout: measured on what the encoder was given
    int encodings = 0;
    double intro_audio_s = 0;            // where the narration starts, after the intro audio and its gap
    double outro_audio_s = 0;            // length of the outro audio, and its gap, after the narration
};

using EncoderFactory = std::function<std::unique_ptr<Encoder>()>;

MasteringResult master(const PcmSpool& speech, const MasteringPlan& plan, const EncoderFactory& makeEncoder, OutputFile& out);

// The limiter's first ceiling: the codecs overshoot a little where they rebuild the waveform, so it
// starts with room under the -1 dBTP that must hold in the decoded file, and gets more if a decoded
// check asks for it.
inline constexpr double kFirstCeilingDbtp = -1.5;

// Seconds of silence between a jingle and the narration.
inline constexpr double kJingleGapS = 0.5;

// How long a jingle lasts once resampled to `output_rate_hz`, with its gap: where the narration starts
// after an intro, or how much an outro adds. Checks the file is audio (Error naming it otherwise).
double jingleSeconds(const std::string& path, int output_rate_hz);

}  // namespace readcast

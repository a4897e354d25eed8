#include "render/Mastering.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <thread>

#include "audio/AudioFileReader.hpp"
#include "audio/FileLoudness.hpp"
#include "audio/Gain.hpp"
#include "audio/Loudness.hpp"
#include "audio/Resampler.hpp"
#include "audio/Segments.hpp"
#include "audio/Silence.hpp"
#include "audio/ThreadedSink.hpp"
#include "audio/TruePeakLimiter.hpp"
#include "core/Cores.hpp"

namespace readcast {
namespace {

constexpr double kLoudnessToleranceLu = 0.2;  // corrected beyond this; the promise is 0.5

struct Jingle {
    std::string path;
    AudioFileInfo info;
    double gain_db = 0;
};

std::optional<Jingle> jingleFor(const std::string& path, double target_lufs) {
    if (path.empty()) return std::nullopt;
    Jingle j{path, probeAudioFile(path), 0};
    LoudnessMeter meter(nullptr, /*true_peak=*/false);
    readAudioFile(path, meter);
    const double lufs = meter.reading().integrated_lufs;
    // As loud as the narration: a jingle mastered for music would otherwise jump out of a spoken programme.
    j.gain_db = lufs > -69.0 ? target_lufs - lufs : 0.0;
    return j;
}

void playJingle(const Jingle& j, int rate, Program& program) {
    Resampler resampler(rate, program);
    Gain gain(dbToGain(j.gain_db), resampler);
    Fade fade(j.info.frames, 0.01, 0.05, gain);
    readAudioFile(j.path, fade);
}

// The whole programme through `tail` (the limiter or not, then whatever follows): intro audio, gap,
// narration, gap, outro audio. With `speech_ceiling`, the narration alone is limited, before it is
// resampled: at eSpeak NG's rate the limiter has half the samples to look at, and the true peak it
// holds is the same waveform's.
void play(const PcmSpool& speech, const std::optional<Jingle>& intro, const std::optional<Jingle>& outro, double gain_db,
          int rate, PcmSink& tail, MasteringResult& r, std::optional<double> speech_ceiling = std::nullopt) {
    Program program(tail);
    program.init(rate);
    const auto gap = [&] { silence(program, static_cast<std::size_t>(kJingleGapS * rate)); };
    if (intro) {
        playJingle(*intro, rate, program);
        gap();
    }
    r.intro_audio_s = static_cast<double>(program.samples()) / rate;
    {
        Resampler resampler(rate, program);
        std::optional<TruePeakLimiter> limiter;
        if (speech_ceiling) limiter.emplace(*speech_ceiling, resampler);
        Gain gain(dbToGain(gain_db), limiter ? static_cast<PcmSink&>(*limiter) : resampler);
        speech.replay(gain);
    }
    const std::int64_t before_outro = program.samples();
    if (outro) {
        gap();
        playJingle(*outro, rate, program);
    }
    r.outro_audio_s = static_cast<double>(program.samples() - before_outro) / rate;
    program.finish();
}

// A probe's levels serve when the gain the target needs unlimited is this near the one it guessed.
constexpr double kProbeReachDb = 1.0;

// The gain that brings the narration to the target once limited, read off the line through two dry
// runs: the probe's, made while the narration was spoken, or two made now from the spool (cheap to
// replay), side by side on two threads, at the gain that reaches the target unlimited and 1 dB above.
// The decoded check corrects what is left.
double narrationGain(const PcmSpool& speech, const MasteringPlan& plan, double ceiling, unsigned threads) {
    const double target = *plan.target_lufs;
    const double unlimited = target - plan.speech_lufs;
    if (plan.probed && std::abs(plan.probed->gain_db[0] - unlimited) <= kProbeReachDb) return gainOnLine(*plan.probed, target);
    LimitedLevels levels;
    levels.gain_db = {unlimited, unlimited + 1.0};
    std::array<std::exception_ptr, 2> errors;
    const auto dryRun = [&](std::size_t k) {
        try {
            DryRun run(levels.gain_db[k], ceiling);
            speech.replay(run);
            levels.lufs[k] = run.lufs();
        } catch (...) {
            errors[k] = std::current_exception();
        }
    };
    if (threads > 1) {
        std::thread second(dryRun, 1);
        dryRun(0);
        second.join();
    } else {
        dryRun(0);
        dryRun(1);
    }
    for (const std::exception_ptr& e : errors) {
        if (e) std::rethrow_exception(e);
    }
    return gainOnLine(levels, target);
}

}  // namespace

double jingleSeconds(const std::string& path, int output_rate_hz) {
    if (path.empty()) return 0.0;
    const AudioFileInfo info = probeAudioFile(path);
    const double samples = std::round(static_cast<double>(info.frames) * output_rate_hz / info.sample_rate_hz);
    return samples / output_rate_hz + kJingleGapS;
}

MasteringResult master(const PcmSpool& speech, const MasteringPlan& plan, const EncoderFactory& makeEncoder, OutputFile& out) {
    MasteringResult r;
    const bool normalize = plan.target_lufs.has_value() && plan.speech_lufs > -69.0;
    // Without a target, jingles are matched to the narration as eSpeak NG made it.
    const double level = normalize ? *plan.target_lufs : plan.speech_lufs;
    const std::optional<Jingle> intro = jingleFor(plan.intro_audio, level);
    const std::optional<Jingle> outro = jingleFor(plan.outro_audio, level);
    double ceiling = kFirstCeilingDbtp;
    const unsigned threads = threadsOrCores(plan.threads);
    r.gain_db = normalize ? narrationGain(speech, plan, ceiling, threads) + plan.expected_codec_loss_lu : 0.0;

    // What the encoder is given is measured when the file cannot be decoded afterwards, or need not be:
    // without a target nothing is corrected, and the level is only reported.
    const bool measureGiven = out.isStdout() || out.writtenPath().empty() || !normalize;
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (attempt > 0) out.restart();
        const std::unique_ptr<Encoder> encoder = makeEncoder();
        LoudnessReading given;
        {
            // A short queue (1.5 s at 44.1 kHz): the MP3 encoder keeps its own, in front of its threads.
            ThreadedSink encoderThread(*encoder, 1 << 16);
            std::optional<LoudnessMeter> meter;
            if (measureGiven) meter.emplace(&encoderThread, /*true_peak=*/true);
            PcmSink& measured = meter ? static_cast<PcmSink&>(*meter) : encoderThread;
            // (Without jingles the narration alone is limited, before it is resampled; with them, the programme.)
            const bool speechOnly = normalize && !intro && !outro;
            TruePeakLimiter limiter(ceiling, measured);
            play(speech, intro, outro, r.gain_db, plan.output_rate_hz, normalize && !speechOnly ? static_cast<PcmSink&>(limiter) : measured, r,
                 speechOnly ? std::optional<double>(ceiling) : std::nullopt);
            if (meter) given = meter->reading();
        }
        ++r.encodings;
        r.loudness_lufs = given.integrated_lufs;
        r.true_peak_dbtp = given.true_peak_dbtp;
        if (measureGiven) break;
        // What a player decodes: LAME, Vorbis and Opus move the level and the peaks a little.
        const LoudnessReading decoded = measureAudioFile(out.writtenPath(), threads);
        r.loudness_lufs = decoded.integrated_lufs;
        r.true_peak_dbtp = decoded.true_peak_dbtp;
        r.measured_decoded = true;
        const double off = *plan.target_lufs - r.loudness_lufs;
        const double over = r.true_peak_dbtp - kMaxTruePeakDbtp;
        if (std::abs(off) <= kLoudnessToleranceLu && over <= -0.05) break;
        r.gain_db += off;
        if (over > -0.05) ceiling -= over + 0.2;
    }
    return r;
}

}  // namespace readcast

#include <cstdio>
#include <iostream>
#include <memory>
#include <sys/stat.h>

#include "audio/Resampler.hpp"
#include "audio/ThreadedSink.hpp"
#include "cli/Commands.hpp"
#include "cli/Narration.hpp"
#include "core/BuildInfo.hpp"
#include "core/Ascii.hpp"
#include "core/Error.hpp"
#include "encode/AudioTags.hpp"
#include "encode/Mp3Encoder.hpp"
#include "encode/OutputFile.hpp"
#include "encode/SndfileEncoder.hpp"
#include "speech/Narrator.hpp"

namespace readcast {
namespace {

AudioFormat chooseFormat(const RenderOptions& o) {
    if (o.format) return *o.format;
    const std::string ext = lowerExtension(o.output);
    if (ext == ".wav") return AudioFormat::Wav;
    if (ext == ".flac") return AudioFormat::Flac;
    return AudioFormat::Mp3;
}

std::string chooseOutput(const RenderOptions& o, AudioFormat format) {
    if (!o.output.empty()) return o.output;
    if (o.article.article == "-") {
        throw Error(ExitCode::Usage, "reading the article from stdin: name the output with -o OUT" +
                                         formatExtension(format) + ", or -o - for stdout");
    }
    const std::string& in = o.article.article;
    const std::string ext = lowerExtension(in);
    return in.substr(0, in.size() - ext.size()) + formatExtension(format);
}

bool sameFile(const std::string& a, const std::string& b) {
    struct stat sa {}, sb {};
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

std::string clock(double seconds) {
    char buf[32];
    const int whole = static_cast<int>(seconds);
    std::snprintf(buf, sizeof buf, "%d:%02d.%d", whole / 60, whole % 60, static_cast<int>((seconds - whole) * 10));
    return buf;
}

}  // namespace

void runRender(const RenderOptions& o) {
    const AudioFormat format = chooseFormat(o);
    const std::string outputPath = chooseOutput(o, format);
    if (outputPath != "-" && o.article.article != "-" && sameFile(outputPath, o.article.article)) {
        throw Error(ExitCode::Output, "cannot write " + outputPath + ": it is the article being read");
    }

    EspeakSynthesizer tts;
    const Narration n = prepareNarration(o.article, tts);
    tts.setVoice(n.narrator.espeakName(), n.narrator.rate_wpm, n.narrator.pitch);

    OutputFile out(outputPath, o.force);
    const AudioTags tags = tagsFor(n.article, std::string("readcast ") + kVersion);
    EncoderSettings settings = o.encoder;
    settings.format = format;
    std::unique_ptr<PcmSink> encoder;
    if (format == AudioFormat::Mp3) {
        encoder = std::make_unique<Mp3Encoder>(settings, tags, out);
    } else {
        encoder = std::make_unique<SndfileEncoder>(format, tags, out);
    }
    // Synthesis and resampling on this thread, encoding on its own: LAME is the slowest stage.
    ThreadedSink encoderThread(*encoder);
    Resampler resampler(settings.sample_rate_hz, encoderThread);
    const Timeline timeline = Narrator(tts).narrate(n.script, resampler);
    out.commit();

    if (!o.quiet) {
        const double seconds = static_cast<double>(timeline.total_samples) / timeline.sample_rate_hz;
        std::cerr << "readcast: wrote " << (outputPath == "-" ? std::string("stdout") : outputPath) << ": "
                  << clock(seconds) << ", " << n.script.utterances.size() << " utterances, voice "
                  << n.narrator.name << " (" << n.narrator.espeakName() << ", " << n.narrator.rate_wpm
                  << " wpm)\n";
    }
}

}  // namespace readcast

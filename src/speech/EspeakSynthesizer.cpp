#include "speech/EspeakSynthesizer.hpp"

#include <espeak-ng/speak_lib.h>

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>

#include "core/Error.hpp"
#include "speech/VoiceCatalog.hpp"

namespace readcast {
namespace {

std::atomic<bool> g_instance_alive{false};

// eSpeak NG writes some notices straight to stderr ("Full dictionary is not installed for 'be'"). The
// terminal carries readcast's messages only, so stderr points at /dev/null while eSpeak NG loads a voice.
class QuietStderr {
public:
    QuietStderr() {
        std::fflush(stderr);
        saved_ = ::dup(STDERR_FILENO);
        const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (saved_ >= 0 && null >= 0) ::dup2(null, STDERR_FILENO);
        if (null >= 0) ::close(null);
    }
    ~QuietStderr() {
        std::fflush(stderr);
        if (saved_ >= 0) {
            ::dup2(saved_, STDERR_FILENO);
            ::close(saved_);
        }
    }
    QuietStderr(const QuietStderr&) = delete;
    QuietStderr& operator=(const QuietStderr&) = delete;

private:
    int saved_ = -1;
};

int onSamples(short* wav, int count, espeak_EVENT* events) {
    if (wav == nullptr || count <= 0 || events == nullptr) return 0;
    auto* pcm = static_cast<std::vector<float>*>(events->user_data);
    if (pcm == nullptr) return 0;
    const std::size_t start = pcm->size();
    pcm->resize(start + static_cast<std::size_t>(count));  // geometric growth, unlike an exact reserve
    for (int i = 0; i < count; ++i) (*pcm)[start + static_cast<std::size_t>(i)] = static_cast<float>(wav[i]) / 32768.0f;
    return 0;  // 0 = keep synthesizing
}

// eSpeak NG is initialized once per process and never terminated before exit: initializing it again
// after espeak_Terminate() hangs in 1.51.
int initializeOnce() {
    static const int rate = [] {
        // DONT_EXIT: without it eSpeak NG calls exit() when its data folder is missing.
        const int r = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
        if (r > 0) espeak_SetSynthCallback(onSamples);
        return r;
    }();
    return rate;
}

}  // namespace

EspeakSynthesizer::EspeakSynthesizer() {
    if (g_instance_alive.exchange(true)) {
        throw Error(ExitCode::Failure, "internal error: eSpeak NG can only be used by one synthesizer per process");
    }
    sample_rate_hz_ = initializeOnce();
    if (sample_rate_hz_ <= 0) {
        g_instance_alive = false;
        throw Error(ExitCode::Synthesis, "eSpeak NG could not start: its data files were not found (espeak-ng-data)");
    }
}

EspeakSynthesizer::~EspeakSynthesizer() { g_instance_alive = false; }

void EspeakSynthesizer::applySettings(const std::string& voice) {
    // eSpeak NG loads voices by file: "en-gb" must become "gmw/en" first.
    const std::string id = VoiceCatalog::installed().identifierOf(voice);
    const QuietStderr quiet;
    if (id.empty() || espeak_SetVoiceByName(id.c_str()) != EE_OK) {
        throw Error(ExitCode::Voice, "unknown voice '" + voice + "' (see readcast voices)");
    }
    if (espeak_SetParameter(espeakRATE, settings_.rate_wpm, 0) != EE_OK ||
        espeak_SetParameter(espeakPITCH, settings_.pitch, 0) != EE_OK) {
        throw Error(ExitCode::Voice, "eSpeak NG refused rate " + std::to_string(settings_.rate_wpm) + " or pitch " +
                                         std::to_string(settings_.pitch) + " for voice '" + voice + "'");
    }
}

void EspeakSynthesizer::setVoice(const std::string& voice, const VoiceSettings& settings) {
    settings_ = settings;
    applySettings(voice);
    voice_ = voice;
}

void EspeakSynthesizer::speak(const std::string& text, const std::string& language, std::vector<float>& pcm) {
    if (language.empty() || voice_.empty() || !VoiceCatalog::installed().has(language)) {
        synthesize(text, pcm);
        return;
    }
    try {
        applySettings(language);
        synthesize(text, pcm);
    } catch (...) {
        applySettings(voice_);
        throw;
    }
    applySettings(voice_);
}

void EspeakSynthesizer::synthesize(const std::string& text, std::vector<float>& pcm) {
    const espeak_ERROR result = espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
                                             nullptr, &pcm);
    if (result != EE_OK) throw Error(ExitCode::Synthesis, "eSpeak NG failed to speak: \"" + text.substr(0, 60) + "\"");
}

std::string EspeakSynthesizer::version() {
    const char* data = nullptr;
    return espeak_Info(&data);
}

}  // namespace readcast

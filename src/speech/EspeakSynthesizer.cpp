#include "speech/EspeakSynthesizer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <exception>

#include "core/Cores.hpp"
#include "core/Error.hpp"
#include "speech/EspeakLibrary.hpp"
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

// Where one espeak_Synth call's samples go and, when asked, its words.
struct Synthesis {
    PcmSink* out;
    std::vector<float> chunk;           // the current callback's samples as floats
    std::exception_ptr failed;          // what the sink threw: it cannot unwind through eSpeak NG's C
    std::vector<WordMark>* words;
    const std::string* text;
    std::vector<std::size_t> byte_of;   // eSpeak NG counts characters from 1; readcast counts bytes
    int rate;
};

int onSamples(short* wav, int count, espeak_EVENT* events) {
    if (events == nullptr) return 0;
    auto* s = static_cast<Synthesis*>(events->user_data);
    if (s == nullptr) return 0;
    for (const espeak_EVENT* e = events; e->type != espeakEVENT_LIST_TERMINATED; ++e) {
        if (e->type != espeakEVENT_WORD || s->words == nullptr || e->text_position < 1) continue;
        const auto first = static_cast<std::size_t>(e->text_position - 1);
        const auto last = std::min(first + static_cast<std::size_t>(std::max(e->length, 0)), s->byte_of.size() - 1);
        if (first >= s->byte_of.size() - 1) continue;
        WordMark w;
        w.offset = s->byte_of[first];
        w.length = s->byte_of[last] - w.offset;
        w.sample = static_cast<std::size_t>(e->audio_position) * static_cast<std::size_t>(s->rate) / 1000;
        s->words->push_back(w);
    }
    if (wav == nullptr || count <= 0) return 0;
    try {
        s->chunk.resize(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i) s->chunk[static_cast<std::size_t>(i)] = static_cast<float>(wav[i]) / 32768.0f;
        s->out->process(s->chunk.data(), s->chunk.size());
    } catch (...) {
        s->failed = std::current_exception();
        return 1;  // stop synthesizing
    }
    return 0;  // 0 = keep synthesizing
}

// eSpeak NG is initialized once per process and never terminated before exit: initializing it again
// after espeak_Terminate() hangs in 1.51.
// It also starts its event thread, which waits for asynchronous calls this program never makes.
std::size_t g_espeak_threads = 0;

int initializeOnce() {
    static const int rate = [] {
        const std::size_t before = threadsOfThisProcess();
        // DONT_EXIT: without it eSpeak NG calls exit() when its data folder is missing.
        const int r = espeakLibrary().Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
        if (r > 0) espeakLibrary().SetSynthCallback(onSamples);
        const std::size_t after = threadsOfThisProcess();
        g_espeak_threads = after > before ? after - before : 0;
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

std::size_t EspeakSynthesizer::idleThreads() const { return g_espeak_threads; }

void EspeakSynthesizer::applySettings(const std::string& voice) {
    // eSpeak NG loads voices by file: "en-gb" must become "gmw/en" first.
    const std::string id = VoiceCatalog::installed().identifierOf(voice);
    const QuietStderr quiet;
    if (id.empty() || espeakLibrary().SetVoiceByName(id.c_str()) != EE_OK) {
        throw Error(ExitCode::Voice, "unknown voice '" + voice + "' (see readcast voices)");
    }
    if (espeakLibrary().SetParameter(espeakRATE, settings_.rate_wpm, 0) != EE_OK ||
        espeakLibrary().SetParameter(espeakPITCH, settings_.pitch, 0) != EE_OK) {
        throw Error(ExitCode::Voice, "eSpeak NG refused rate " + std::to_string(settings_.rate_wpm) + " or pitch " +
                                         std::to_string(settings_.pitch) + " for voice '" + voice + "'");
    }
}

void EspeakSynthesizer::setVoice(const std::string& voice, const VoiceSettings& settings) {
    settings_ = settings;
    applySettings(voice);
    voice_ = voice;
}

void EspeakSynthesizer::speak(const std::string& text, const std::string& language, PcmSink& out, std::vector<WordMark>* words) {
    if (language.empty() || voice_.empty() || !VoiceCatalog::installed().has(language)) {
        synthesize(text, out, words);
        return;
    }
    try {
        applySettings(language);
        synthesize(text, out, words);
    } catch (...) {
        applySettings(voice_);
        throw;
    }
    applySettings(voice_);
}

void EspeakSynthesizer::synthesize(const std::string& text, PcmSink& out, std::vector<WordMark>* words) {
    Synthesis s{&out, {}, {}, words, &text, {}, sample_rate_hz_};
    if (words != nullptr) {
        // The byte where each character starts, and one past the end.
        for (std::size_t i = 0; i < text.size(); ++i) {
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) s.byte_of.push_back(i);
        }
        s.byte_of.push_back(text.size());
    }
    const espeak_ERROR result = espeakLibrary().Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8 | espeakPHONEMES,
                                             nullptr, &s);
    if (s.failed) std::rethrow_exception(s.failed);
    if (result != EE_OK) throw Error(ExitCode::Synthesis, "eSpeak NG failed to speak: \"" + text.substr(0, 60) + "\"");
}

std::string EspeakSynthesizer::version() {
    const char* data = nullptr;
    return espeakLibrary().Info(&data);
}

}  // namespace readcast

#include "speech/EspeakSynthesizer.hpp"

#include <espeak-ng/speak_lib.h>

#include <atomic>
#include <cstring>

#include "core/Error.hpp"

namespace readcast {
namespace {

std::atomic<bool> g_instance_alive{false};

int onSamples(short* wav, int count, espeak_EVENT* events) {
    if (wav == nullptr || count <= 0 || events == nullptr) return 0;
    auto* pcm = static_cast<std::vector<float>*>(events->user_data);
    if (pcm == nullptr) return 0;
    const std::size_t start = pcm->size();
    pcm->resize(start + static_cast<std::size_t>(count));  // geometric growth, unlike an exact reserve
    for (int i = 0; i < count; ++i) (*pcm)[start + static_cast<std::size_t>(i)] = static_cast<float>(wav[i]) / 32768.0f;
    return 0;  // 0 = keep synthesizing
}

// espeak_VOICE::languages is a list of (priority byte, NUL-terminated name), ended by an empty name.
std::string languageList(const char* languages) {
    std::string out;
    for (const char* p = languages; p != nullptr && *p != '\0';) {
        const char* name = p + 1;
        if (!out.empty()) out += ", ";
        out += name;
        p = name + std::strlen(name) + 1;
    }
    return out;
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

void EspeakSynthesizer::setVoice(const std::string& espeak_name, int rate_wpm, int pitch) {
    if (espeak_SetVoiceByName(espeak_name.c_str()) != EE_OK) {
        throw Error(ExitCode::Voice, "unknown voice '" + espeak_name + "' (see readcast voices)");
    }
    if (espeak_SetParameter(espeakRATE, rate_wpm, 0) != EE_OK || espeak_SetParameter(espeakPITCH, pitch, 0) != EE_OK) {
        throw Error(ExitCode::Voice, "eSpeak NG refused rate " + std::to_string(rate_wpm) + " or pitch " +
                                         std::to_string(pitch) + " for voice '" + espeak_name + "'");
    }
    voice_ = espeak_name;
    rate_wpm_ = rate_wpm;
    pitch_ = pitch;
}

void EspeakSynthesizer::speakInLanguage(const std::string& text, const std::string& language, std::vector<float>& pcm) {
    if (voice_.empty() || espeak_SetVoiceByName(language.c_str()) != EE_OK) {
        speak(text, pcm);
        return;
    }
    espeak_SetParameter(espeakRATE, rate_wpm_, 0);
    espeak_SetParameter(espeakPITCH, pitch_, 0);
    speak(text, pcm);
    setVoice(voice_, rate_wpm_, pitch_);
}

void EspeakSynthesizer::speak(const std::string& text, std::vector<float>& pcm) {
    const espeak_ERROR result = espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
                                             nullptr, &pcm);
    if (result != EE_OK) throw Error(ExitCode::Synthesis, "eSpeak NG failed to speak: \"" + text.substr(0, 60) + "\"");
}

std::vector<EspeakVoice> EspeakSynthesizer::voices() const {
    std::vector<EspeakVoice> out;
    for (const espeak_VOICE** v = espeak_ListVoices(nullptr); v != nullptr && *v != nullptr; ++v) {
        out.push_back({(*v)->name, (*v)->identifier, languageList((*v)->languages)});
    }
    return out;
}

std::vector<std::string> EspeakSynthesizer::variants() const {
    espeak_VOICE spec{};
    spec.languages = "variant";
    std::vector<std::string> out;
    for (const espeak_VOICE** v = espeak_ListVoices(&spec); v != nullptr && *v != nullptr; ++v) {
        std::string id = (*v)->identifier;
        const std::size_t slash = id.find_last_of('/');
        out.push_back(slash == std::string::npos ? id : id.substr(slash + 1));
    }
    return out;
}

std::string EspeakSynthesizer::version() {
    const char* data = nullptr;
    return espeak_Info(&data);
}

}  // namespace readcast

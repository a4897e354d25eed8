#include "speech/EspeakLibrary.hpp"

#include <dlfcn.h>

#include <string>

#include "core/Error.hpp"

namespace readcast {
namespace {

template <typename F>
void resolve(void* handle, const char* name, F& out) {
    out = reinterpret_cast<F>(dlsym(handle, name));
    if (out == nullptr) throw Error(ExitCode::Synthesis, std::string(READCAST_ESPEAK_LIBRARY) + " has no " + name);
}

EspeakLibrary load() {
    // Never closed: eSpeak NG keeps its state until the process ends (see EspeakSynthesizer).
    void* handle = dlopen(READCAST_ESPEAK_LIBRARY, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        const char* why = dlerror();
        throw Error(ExitCode::Synthesis, std::string("eSpeak NG could not be loaded: ") + (why != nullptr ? why : READCAST_ESPEAK_LIBRARY));
    }
    EspeakLibrary lib{};
    resolve(handle, "espeak_Initialize", lib.Initialize);
    resolve(handle, "espeak_SetSynthCallback", lib.SetSynthCallback);
    resolve(handle, "espeak_SetVoiceByName", lib.SetVoiceByName);
    resolve(handle, "espeak_SetParameter", lib.SetParameter);
    resolve(handle, "espeak_Synth", lib.Synth);
    resolve(handle, "espeak_Info", lib.Info);
    resolve(handle, "espeak_ListVoices", lib.ListVoices);
    resolve(handle, "espeak_ng_InitializePath", lib.InitializePath);
    return lib;
}

}  // namespace

const EspeakLibrary& espeakLibrary() {
    static const EspeakLibrary lib = load();
    return lib;
}

}  // namespace readcast

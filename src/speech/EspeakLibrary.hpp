#pragma once
// eSpeak NG, loaded when something is first spoken or its voices are first listed, not when the program
// starts: the library brings some twenty more with it (PulseAudio, ALSA, X11, D-Bus, systemd through its
// audio output, which readcast never uses), and `readcast extract` or `--help` need none of them.
// The functions are eSpeak NG's own, called through pointers resolved once.
//
//   espeakLibrary().SetVoiceByName("en-us");   // loads libespeak-ng on the first call
//
// A missing library is an Error naming it (exit code 6, as when its data files are missing).

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

namespace readcast {

struct EspeakLibrary {
    decltype(&::espeak_Initialize) Initialize;
    decltype(&::espeak_SetSynthCallback) SetSynthCallback;
    decltype(&::espeak_SetVoiceByName) SetVoiceByName;
    decltype(&::espeak_SetParameter) SetParameter;
    decltype(&::espeak_Synth) Synth;
    decltype(&::espeak_Info) Info;
    decltype(&::espeak_ListVoices) ListVoices;
    decltype(&::espeak_ng_InitializePath) InitializePath;
};

const EspeakLibrary& espeakLibrary();

}  // namespace readcast

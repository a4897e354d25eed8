#pragma once
// How fast and how high a voice speaks: the defaults and the ranges, defined once for the narrator
// profiles, the command line and the synthesizer.

namespace readcast {

struct VoiceSettings {
    static constexpr int kDefaultRateWpm = 165;  // a measured newsreader's pace
    static constexpr int kMinRateWpm = 80;       // eSpeak NG's own limits
    static constexpr int kMaxRateWpm = 450;
    static constexpr int kDefaultPitch = 50;     // the voice's own pitch
    static constexpr int kMinPitch = 0;
    static constexpr int kMaxPitch = 100;

    int rate_wpm = kDefaultRateWpm;
    int pitch = kDefaultPitch;
};

}  // namespace readcast

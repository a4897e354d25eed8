#pragma once
// The one eSpeak NG synthesizer of this process, through the library API (never the espeak-ng
// program). eSpeak NG keeps global state, so only one instance may exist at a time; batch work runs
// several processes instead. Only this file and its .cpp include eSpeak NG's headers.
//
//   EspeakSynthesizer tts;                  // 22050 Hz mono
//   tts.setVoice("en-us+m3", 165, 50);      // throws Error(ExitCode::Voice) for an unknown voice
//   std::vector<float> pcm;
//   tts.speak("Hello there.", pcm);         // appends samples in [-1, 1]

#include <string>
#include <vector>

namespace readcast {

struct EspeakVoice {
    std::string name;        // what --voice and espeak_SetVoiceByName accept
    std::string identifier;  // file under espeak-ng-data/voices
    std::string languages;   // "en-us, en"
};

class EspeakSynthesizer {
public:
    EspeakSynthesizer();
    ~EspeakSynthesizer();
    EspeakSynthesizer(const EspeakSynthesizer&) = delete;
    EspeakSynthesizer& operator=(const EspeakSynthesizer&) = delete;

    int sampleRate() const { return sample_rate_hz_; }
    void setVoice(const std::string& espeak_name, int rate_wpm, int pitch);
    void speak(const std::string& text, std::vector<float>& pcm);
    // Speaks with eSpeak NG's voice for `language` at the current rate, then returns to the voice
    // that was set. Falls back to the current voice when eSpeak NG has none for the language.
    void speakInLanguage(const std::string& text, const std::string& language, std::vector<float>& pcm);

    std::vector<EspeakVoice> voices() const;
    std::vector<std::string> variants() const;
    static std::string version();

private:
    int sample_rate_hz_ = 0;
    std::string voice_;
    int rate_wpm_ = 175;
    int pitch_ = 50;
};

}  // namespace readcast

#pragma once
// The one eSpeak NG synthesizer of this process, through the library API (never the espeak-ng
// program). eSpeak NG keeps global state, so only one instance may exist at a time; batch work runs
// several processes instead. Only speech/ includes eSpeak NG's headers.
//
//   EspeakSynthesizer tts;                            // 22050 Hz mono
//   tts.setVoice("en-us+m3", VoiceSettings{165, 50}); // throws Error(ExitCode::Voice) for an unknown voice
//   std::vector<float> pcm;
//   tts.speak("Hello there.", "", pcm);               // appends samples in [-1, 1]

#include <string>
#include <vector>

#include "speech/Synthesizer.hpp"

namespace readcast {

class EspeakSynthesizer : public Synthesizer {
public:
    EspeakSynthesizer();
    ~EspeakSynthesizer() override;
    EspeakSynthesizer(const EspeakSynthesizer&) = delete;
    EspeakSynthesizer& operator=(const EspeakSynthesizer&) = delete;

    int sampleRate() const override { return sample_rate_hz_; }
    std::size_t idleThreads() const override;
    void setVoice(const std::string& voice, const VoiceSettings& settings) override;
    using Synthesizer::speak;
    void speak(const std::string& text, const std::string& language, PcmSink& out, std::vector<WordMark>* words) override;

    static std::string version();

private:
    void applySettings(const std::string& voice);
    void synthesize(const std::string& text, PcmSink& out, std::vector<WordMark>* words);

    int sample_rate_hz_ = 0;
    std::string voice_;
    VoiceSettings settings_;
};

}  // namespace readcast

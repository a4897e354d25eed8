#pragma once
// What the narrator needs from a speech engine: a voice, and text turned into samples, streamed into a
// sink as the engine makes them (a paragraph is never held whole). eSpeak NG is the one real
// implementation (EspeakSynthesizer); tests drive the whole chain with a fake one.
//
//   Synthesizer& tts = ...;
//   tts.setVoice("en-us+m3", VoiceSettings{165, 45});
//   tts.speak("Hello there.", "", sink, &words); // sink.process() with mono samples in [-1, 1]
//   std::vector<float> pcm;
//   tts.speak("Hello there.", "", pcm);         // or appended to a vector
//   tts.speak("Путин", "ru", pcm);              // with the engine's voice for Russian, then back
//   std::vector<WordMark> words;
//   tts.speak("Hello there.", "", pcm, &words); // and where each word starts in pcm

#include <cstddef>
#include <string>
#include <vector>

#include "model/PcmSink.hpp"
#include "model/VoiceSettings.hpp"

namespace readcast {

// A word of the text given to speak(), as bytes of that text, and the sample where it starts: counted
// from the call's first sample, or in `pcm` when speaking into a vector.
struct WordMark {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::size_t sample = 0;
};

class Synthesizer {
public:
    virtual ~Synthesizer() = default;
    virtual int sampleRate() const = 0;
    // Threads the engine started in this process that never run while it speaks: a copy of the
    // process made with fork() may speak with it all the same.
    virtual std::size_t idleThreads() const { return 0; }
    // The voice every later call speaks with. Throws Error(ExitCode::Voice) when it cannot be used.
    virtual void setVoice(const std::string& voice, const VoiceSettings& settings) = 0;
    // Gives the samples of `text` to out.process() as they are made (never init() or done(): the sink
    // outlives the call). A non-empty `language` asks for the engine's voice for that language (a name
    // written in another script), at the same rate; the current voice when it has none. With `words`,
    // each word spoken is appended to it.
    virtual void speak(const std::string& text, const std::string& language, PcmSink& out, std::vector<WordMark>* words) = 0;
    void speak(const std::string& text, const std::string& language, std::vector<float>& pcm, std::vector<WordMark>* words = nullptr);
};

}  // namespace readcast

#include "speech/Synthesizer.hpp"

namespace readcast {
namespace {

class AppendTo : public PcmSink {
public:
    explicit AppendTo(std::vector<float>& pcm) : pcm_(pcm) {}
    void init(int) override {}
    void process(const float* samples, std::size_t count) override { pcm_.insert(pcm_.end(), samples, samples + count); }
    void done() override {}

private:
    std::vector<float>& pcm_;
};

}  // namespace

void Synthesizer::speak(const std::string& text, const std::string& language, std::vector<float>& pcm, std::vector<WordMark>* words) {
    const std::size_t at = pcm.size();
    const std::size_t known = words != nullptr ? words->size() : 0;
    AppendTo sink(pcm);
    speak(text, language, static_cast<PcmSink&>(sink), words);
    if (words != nullptr) {
        for (std::size_t i = known; i < words->size(); ++i) (*words)[i].sample += at;
    }
}

}  // namespace readcast

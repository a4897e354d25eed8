#include "audio/Silence.hpp"

#include <algorithm>
#include <cmath>

namespace readcast {

std::pair<std::size_t, std::size_t> audibleRange(const std::vector<float>& pcm, float threshold) {
    std::size_t first = 0;
    while (first < pcm.size() && std::fabs(pcm[first]) < threshold) ++first;
    std::size_t last = pcm.size();
    while (last > first && std::fabs(pcm[last - 1]) < threshold) --last;
    return {first, last};
}

void silence(PcmSink& sink, std::size_t samples) {
    static const std::vector<float> kZeros(4096, 0.0f);
    while (samples > 0) {
        const std::size_t n = std::min(samples, kZeros.size());
        sink.process(kZeros.data(), n);
        samples -= n;
    }
}

}  // namespace readcast

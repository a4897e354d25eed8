#include "audio/Silence.hpp"

#include <algorithm>
#include <vector>

namespace readcast {

void silence(PcmSink& sink, std::size_t samples) {
    static const std::vector<float> kZeros(4096, 0.0f);
    while (samples > 0) {
        const std::size_t n = std::min(samples, kZeros.size());
        sink.process(kZeros.data(), n);
        samples -= n;
    }
}

}  // namespace readcast

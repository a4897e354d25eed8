// libFuzzer target: a WebVTT file (an edition reads its articles' transcripts back).

#include <cstddef>
#include <cstdint>
#include <string>

#include "sidecar/Transcripts.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    for (const readcast::TimedCue& c : readcast::readWebVtt(std::string(reinterpret_cast<const char*>(data), size))) {
        if (!(c.start_s >= 0 && c.end_s >= c.start_s)) __builtin_trap();
    }
    return 0;
}

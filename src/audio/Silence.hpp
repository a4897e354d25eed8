#pragma once
// Making silence: the pauses between utterances (SilenceTrimmer takes eSpeak NG's own off).
//
//   silence(sink, 22050 * 300 / 1000);   // 300 ms of silence at 22.05 kHz

#include <cstddef>

#include "model/PcmSink.hpp"

namespace readcast {

void silence(PcmSink& sink, std::size_t samples);

}  // namespace readcast

#pragma once
// Finding and making silence. eSpeak NG pads each utterance with silence of its own; trimming it lets
// the narrator profile's pauses be the pauses the listener hears.
//
//   auto [first, last] = audibleRange(pcm, 0.01f);   // indices of the first and one past the last loud sample
//   silence(sink, 22050 * 300 / 1000);                // 300 ms of silence at 22.05 kHz

#include <cstddef>
#include <utility>
#include <vector>

#include "model/PcmSink.hpp"

namespace readcast {

std::pair<std::size_t, std::size_t> audibleRange(const std::vector<float>& pcm, float threshold);

void silence(PcmSink& sink, std::size_t samples);

}  // namespace readcast

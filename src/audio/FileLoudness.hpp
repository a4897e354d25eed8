#pragma once
// The loudness and true peak of an audio file as a player decodes it, measured on several threads:
// the file is cut into consecutive stretches, each decoded and measured on its own, and the readings
// pooled (LoudnessMeter::combined) into what one meter reading the whole file gives. An MP3 is decoded
// whole on one thread and measured on another (its frames borrow bytes from the frames before them).
//
//   LoudnessReading r = measureAudioFile("story.mp3", 2);   // r.integrated_lufs, r.true_peak_dbtp

#include <string>

#include "audio/Loudness.hpp"

namespace readcast {

LoudnessReading measureAudioFile(const std::string& path, unsigned threads);

}  // namespace readcast

#pragma once
// An ID3v2.4 tag rendered in memory with TagLib, so it can be written before the audio even when the
// MP3 goes to a pipe.
//
//   std::string bytes = renderId3v2(tags);   // write first, then the MPEG frames

#include <string>

#include "encode/AudioTags.hpp"

namespace readcast {

std::string renderId3v2(const AudioTags& tags);

}  // namespace readcast
